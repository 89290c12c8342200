#include "logging.h"

Q_LOGGING_CATEGORY(lcOrders, "hearth.orders", QtWarningMsg)
