#pragma once
// Versioned schema: stepwise migrations, one transaction per step, the same meaning on SQLite and PostgreSQL.

#include "Database.h"

namespace hc::db {

class Migrations final
{
public:
    static int latestVersion();
    // Brings db from its recorded version up to target (default: latest), one transaction per step.
    static Status migrate(const Database& db, int target = -1);
    static Error tooNewError(int found);
};

} // namespace hc::db
