#include "printinglog.h"

Q_LOGGING_CATEGORY(lcPrinting, "hearth.printing", QtWarningMsg)
