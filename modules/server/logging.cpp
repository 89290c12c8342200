#include "logging.h"

Q_LOGGING_CATEGORY(lcServer, "hearth.server", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServerRequest, "hearth.server.request", QtInfoMsg)
