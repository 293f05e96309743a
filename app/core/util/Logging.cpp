#include "Logging.h"

Q_LOGGING_CATEGORY(lcDb, "hc.db")
Q_LOGGING_CATEGORY(lcAuth, "hc.auth")
Q_LOGGING_CATEGORY(lcAudit, "hc.audit")
Q_LOGGING_CATEGORY(lcDemo, "hc.demo")
