#include "logging.h"

Q_LOGGING_CATEGORY(lcFinance, "hearth.finance", QtWarningMsg)
