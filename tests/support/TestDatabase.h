#pragma once
// A fresh database for one test on the backend chosen by HC_TEST_BACKEND (sqlite or postgresql):
// a temporary SQLite file, or a new PostgreSQL database on HC_TEST_PG_URL's server, dropped afterwards.

#include "auth/Session.h"
#include "db/Database.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace hc::test {

class TestDatabase final
{
public:
    enum class Mode { Migrated, EmptyUnopened };
    explicit TestDatabase(Mode mode = Mode::Migrated);
    ~TestDatabase();

    // False (with QFAIL-able error()) when the backend could not be reached.
    bool isReady() const { return m_db.has_value(); }
    QString error() const { return m_error; }
    db::Database& db() { return *m_db; }
    // EmptyUnopened: true once the empty database exists.
    bool isCreated() const { return m_created; }
    // Opens the fixture's own connection (EmptyUnopened mode) with the given migration mode.
    bool open(db::Database::OpenMode mode);
    void close() { m_db.reset(); }
    const db::DatabaseUrl& url() const { return m_url; }
    // The URL as healthcode-ctl --db takes it (with password for PostgreSQL).
    QString urlString() const;
    bool isPostgres() const { return m_url.backend == db::Backend::PostgreSQL; }
    static QString backendName();

    // Creates the first administrator "admin" (password kAdminPassword) and returns its session.
    auth::Session initAdmin();
    // Adds a user with password kUserPassword, as admin.
    auth::Session addUser(const auth::Session& admin, const QString& name, auth::Role role, qint64 jurisdictionId = 0);
    // A second connection to the same database (for concurrency tests).
    std::optional<db::Database> another(const QString& connectionName);

    // Kill harness: saves the database as it is now under tag (SQLite: VACUUM INTO a file; PostgreSQL: a
    // database made from it as a template), and puts it back, closing and reopening the fixture's connection.
    // No other connection may be open on PostgreSQL while either runs. False with error() on failure.
    bool saveSnapshot(const QString& tag);
    bool restoreSnapshot(const QString& tag);

    static constexpr const char* kAdminPassword = "admin-password-1";
    static constexpr const char* kUserPassword = "user-password-1";

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    db::DatabaseUrl m_url;
    db::DatabaseUrl m_adminUrl;
    QString m_pgName;
    QStringList m_snapshots;
    std::optional<db::Database> m_db;
    QString m_error;
    QString m_connection;
    bool m_created = false;
    bool createEmpty();
};

// Runs healthcode-ctl (HC_CTL) with args and environment additions; returns exit code, stdout, stderr.
struct CtlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CtlResult runCtl(const QStringList& args, const QStringList& env = {}, int timeoutMs = 120000);

// Tampering as a PostgreSQL superuser can: with on, the server's triggers (the append-only audit log, the override
// and rule checks of app/core/db/PgSecurity.cpp) stop firing on this connection, as they do for a DBA who sets
// session_replication_role; tests of the console's own detection use it. Nothing on SQLite.
void bypassServerTriggers(const db::Database& db, bool on);

// Fixture rows: an INSERT (db::insert adds RETURNING id); a failure ends the test program with the error.
qint64 insertRow(const db::Database& db, const QString& sql, const QVariantList& values);
// The first column of the first row as a number; -1 when the query fails or returns nothing.
qint64 scalar(const db::Database& db, const QString& sql, const QVariantList& values = {});

} // namespace hc::test
