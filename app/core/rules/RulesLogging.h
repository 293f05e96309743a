#pragma once
// Logging category of the risk rules module (hc.rules).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRules)
