#include "Database.h"

#include "Migrations.h"
#include "Retry.h"
#include "util/KillPoint.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/vfs.h>

namespace hc::db {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::db::Database)
};
} // namespace

struct Database::Impl
{
    DatabaseUrl url;
    QString name;
};

Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;

Database::~Database()
{
    if (!d)
        return;
    const QString name = d->name;
    {
        QSqlDatabase c = QSqlDatabase::database(name, false);
        if (c.isValid())
            c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(d->name, false);
}

Backend Database::backend() const
{
    return d->url.backend;
}

const DatabaseUrl& Database::url() const
{
    return d->url;
}

bool Database::isOnNetworkShare(const QString& path)
{
    if (path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//")))
        return true;
    QFileInfo fi(path);
    const QString dir = fi.absoluteDir().absolutePath();
    struct statfs st {};
    if (statfs(QFile::encodeName(dir).constData(), &st) != 0)
        return false;
    switch (static_cast<unsigned long>(st.f_type)) {
    case 0x6969UL:     // NFS
    case 0x517BUL:     // SMB
    case 0xFF534D42UL: // CIFS
    case 0xFE534D42UL: // SMB2
    case 0x564c:       // NCP
    case 0x01021997UL: // 9P
    case 0x47504653UL: // GPFS
    case 0x0BD00BD0UL: // Lustre
    case 0x73757245UL: // Coda
    case 0x5346414FUL: // AFS
        return true;
    default:
        return false;
    }
}

namespace {
QSqlDatabase configurePg(const QString& connectionName, const DatabaseUrl& url)
{
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    c.setHostName(url.host);
    c.setPort(url.port);
    c.setDatabaseName(url.name);
    if (!url.user.isEmpty())
        c.setUserName(url.user);
    if (!url.password.isEmpty())
        c.setPassword(url.password);
    c.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=healthcode"));
    return c;
}
} // namespace

Result<Database> Database::open(const DatabaseUrl& url, const QString& connectionName, OpenMode mode)
{
    if (QSqlDatabase::contains(connectionName))
        return makeError(ErrorCode::DatabaseError,
                         Tr::tr("A database connection named \"%1\" is already open.").arg(connectionName));

    if (url.backend == Backend::SQLite) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return makeError(ErrorCode::DatabaseUnavailable,
                             Tr::tr("The Qt SQLite driver (QSQLITE) is not installed."));
        if (isOnNetworkShare(url.path))
            return makeError(ErrorCode::DatabaseUnavailable,
                             Tr::tr("The SQLite file %1 is on a network share. SQLite's locking is not safe there; "
                                    "offices that share data must use a PostgreSQL server.")
                                 .arg(url.path));
        const QFileInfo fi(url.path);
        if (!fi.absoluteDir().exists())
            return makeError(ErrorCode::DatabaseUnavailable,
                             Tr::tr("The folder %1 for the SQLite file does not exist.").arg(fi.absolutePath()));
    } else if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         Tr::tr("The Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)."));
    }

    Database db;
    db.d = std::make_unique<Impl>();
    db.d->url = url;
    db.d->name = connectionName;
    {
        QSqlDatabase c;
        if (url.backend == Backend::SQLite) {
            c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            c.setDatabaseName(url.path);
            c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            c = configurePg(connectionName, url);
        }
        if (!c.open()) {
            const QString why = c.lastError().text().trimmed();
            return makeError(ErrorCode::DatabaseUnavailable,
                             Tr::tr("Cannot open the database %1: %2").arg(url.displayString(), why));
        }
    }

    if (url.backend == Backend::SQLite) {
        // WAL lets the GUI read while a worker writes; FULL sync because statuses and audit must survive power loss.
        // A 64 MiB page cache per connection (SQLite's default is 2 MiB): a heatmap frame reads some 30 MB of
        // rollups, and play-back reads the same weeks again each step.
        for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL",
                                   "PRAGMA cache_size=-65536"}) {
            const Status s = db.execute(QString::fromLatin1(pragma));
            if (!s)
                return s.error();
        }
    } else {
        const Status s = db.execute(QStringLiteral("SET TIME ZONE 'UTC'"));
        if (!s)
            return s.error();
    }

    if (mode == OpenMode::Migrate) {
        const Status m = Migrations::migrate(db);
        if (!m)
            return m.error();
    } else {
        auto v = db.schemaVersion();
        if (!v)
            return v.error();
        if (v.value() > Migrations::latestVersion())
            return Migrations::tooNewError(v.value());
    }
    qCDebug(lcDb) << "opened" << url.displayString() << "as" << connectionName;
    return db;
}

Result<Database> Database::openAnother(const QString& connectionName) const
{
    return open(d->url, connectionName, OpenMode::NoMigrate);
}

Status Database::probeLogin(const QString& user, const QString& password) const
{
    if (isSqlite())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("SQLite databases have no server roles."));
    DatabaseUrl url = d->url;
    url.user = user;
    url.password = password;
    const QString name = d->name + QStringLiteral("_probe");
    QString why;
    {
        QSqlDatabase c = configurePg(name, url);
        if (!c.open())
            why = c.lastError().text().trimmed();
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!why.isEmpty())
        return makeError(ErrorCode::AuthenticationFailed, why);
    return {};
}

Status Database::reconnectAs(const QString& user, const QString& password) const
{
    if (isSqlite())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("SQLite databases have no server roles."));
    QSqlDatabase c = connection();
    const QString oldUser = c.userName();
    const QString oldPassword = c.password();
    c.close();
    c.setUserName(user);
    c.setPassword(password);
    if (!c.open()) {
        const QString why = c.lastError().text().trimmed();
        c.setUserName(oldUser);
        c.setPassword(oldPassword);
        c.open();
        (void)execute(QStringLiteral("SET TIME ZONE 'UTC'"));
        return makeError(ErrorCode::AuthenticationFailed, why);
    }
    d->url.user = user;
    d->url.password = password;
    return execute(QStringLiteral("SET TIME ZONE 'UTC'"));
}

Status Database::execute(const QString& sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        Error e = makeError(ErrorCode::DatabaseError,
                            QCoreApplication::translate("hc::db::Database", "Database error in \"%1\": %2")
                                .arg(sql.left(80), q.lastError().text()));
        return isTransient(q.lastError()) ? markTransient(e) : e;
    }
    killpoint::reach("sql.execute");
    return {};
}

Result<int> Database::schemaVersion() const
{
    const QStringList tables = connection().tables();
    if (!tables.contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
        return makeError(ErrorCode::DatabaseError, q.lastError().text());
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace hc::db
