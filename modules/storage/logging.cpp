#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "hearth.storage", QtWarningMsg)
