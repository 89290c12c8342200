#include "logging.h"

Q_LOGGING_CATEGORY(lcSync, "hearth.sync", QtWarningMsg)
