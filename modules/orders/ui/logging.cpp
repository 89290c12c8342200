#include "logging.h"

Q_LOGGING_CATEGORY(lcOrdersUi, "hearth.orders.ui", QtWarningMsg)
