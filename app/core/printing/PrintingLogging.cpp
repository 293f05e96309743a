#include "PrintingLogging.h"

Q_LOGGING_CATEGORY(lcPrinting, "hc.printing")
