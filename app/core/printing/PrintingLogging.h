#pragma once
// Logging category of the printing module (hc.printing).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPrinting)
