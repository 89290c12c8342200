#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "hearth.core", QtWarningMsg)
