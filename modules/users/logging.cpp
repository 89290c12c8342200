#include "logging.h"

Q_LOGGING_CATEGORY(lcUsers, "hearth.users", QtWarningMsg)
