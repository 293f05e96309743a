#pragma once
// RAII unit of work: rolled back in the destructor unless committed. Every change and its audit
// record share one Transaction. SQLite starts with BEGIN IMMEDIATE so a read never turns into a
// failing write upgrade.

#include "Database.h"

namespace hc::db {

class Transaction final
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False if BEGIN failed; error() says why.
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }
    Status commit();
    void rollback();

private:
    const Database& m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace hc::db
