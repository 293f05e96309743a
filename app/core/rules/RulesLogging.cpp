#include "RulesLogging.h"

Q_LOGGING_CATEGORY(lcRules, "hc.rules", QtInfoMsg)
