#pragma once
// One named Qt SQL connection to the console's database (SQLite file or PostgreSQL), migrated at open.
// A Database is owned by one thread; a worker thread opens its own with openAnother().

#include "DatabaseUrl.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace hc::db {

class Database final
{
public:
    enum class OpenMode { Migrate, NoMigrate };

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    // Opens, configures and (by default) migrates to the latest schema. connectionName must be unique per thread.
    static Result<Database> open(const DatabaseUrl& url, const QString& connectionName,
                                 OpenMode mode = OpenMode::Migrate);
    // A second connection to the same database, for another thread.
    Result<Database> openAnother(const QString& connectionName) const;

    QSqlDatabase connection() const;
    Backend backend() const;
    const DatabaseUrl& url() const;
    bool isSqlite() const { return backend() == Backend::SQLite; }

    // Schema version recorded in the database (0: empty).
    Result<int> schemaVersion() const;

    // PostgreSQL: closes this connection and opens it again as another role (an official's own login role), so that
    // everything holding this Database, and every connection openAnother() makes later, acts as that role. On
    // failure the connection is opened again as before and the server's reason is returned.
    Status reconnectAs(const QString& user, const QString& password) const;
    // PostgreSQL: a separate, short connection as user with password (checks a login without touching this one).
    Status probeLogin(const QString& user, const QString& password) const;

    // Runs SQL that returns nothing; for fixed statements only (no user values).
    Status execute(const QString& sql) const;

    // True where the path lies on a network file system (NFS, SMB/CIFS) or is a UNC path.
    static bool isOnNetworkShare(const QString& path);

private:
    Database() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hc::db
