#include "logging.h"

Q_LOGGING_CATEGORY(lcProduction, "hearth.production", QtWarningMsg)
