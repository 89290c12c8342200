#include "logging.h"

Q_LOGGING_CATEGORY(lcWorkflowUi, "hearth.workflow.ui", QtWarningMsg)
