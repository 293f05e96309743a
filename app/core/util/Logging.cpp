#include "Logging.h"

Q_LOGGING_CATEGORY(lcDb, "hc.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "hc.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "hc.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "hc.demo", QtInfoMsg)
