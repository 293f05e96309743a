#include "DemoDatabase.h"

#include "audit/AuditLog.h"
#include "auth/Authenticator.h"
#include "codes/KeyService.h"
#include "db/DatabaseUrl.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "heatmap/Rollups.h"
#include "services/StatusService.h"
#include "services/UserService.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace hc::demo {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::demo::DemoDatabase)
};

// The same file whether or not it exists yet, however the path was written.
QString normalisedPath(const QString& path)
{
    const QFileInfo fi(path);
    const QString canonical = fi.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(fi.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? fi.absolutePath() : folder) + QLatin1Char('/') + fi.fileName());
}

// Letters and digits without look-alikes; 20 of them are far beyond guessing and pass the password rules.
QString randomPassword()
{
    static const QLatin1String alphabet("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 20; ++i)
        password += QChar(alphabet.at(static_cast<int>(QRandomGenerator::system()->bounded(alphabet.size()))));
    return password;
}

// A file is replaced only when nothing of value can be in it: a demo database, or one without users.
Status checkReplaceable(const QString& path, const QString& connectionName)
{
    const QFileInfo fi(path);
    if (!fi.exists() || fi.size() == 0)
        return {};
    const Error refused{ErrorCode::Conflict,
                        Tr::tr("The file %1 exists and is not a demo database; demo mode never overwrites it. Move the "
                               "file away or choose another place for the demo database.")
                            .arg(path)};
    db::DatabaseUrl url;
    url.backend = db::Backend::SQLite;
    url.path = path;
    auto existing = db::Database::open(url, connectionName + QStringLiteral("-check"), db::Database::OpenMode::NoMigrate);
    if (!existing)
        return refused;
    auto marker = DemoDatabase::info(existing.value());
    if (marker && marker.value().demo)
        return {};
    auto anyUser = services::UserService::anyUserExists(existing.value());
    if (anyUser && !anyUser.value())
        return {};
    return refused;
}

Status removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove())
            return makeError(
                ErrorCode::DatabaseUnavailable,
                Tr::tr("The old demo database %1 could not be removed: %2").arg(file.fileName(), file.errorString()));
    }
    return {};
}

Status writeInfo(const db::Database& db, const QString& name, const QString& value)
{
    // DELETE then INSERT: the same statement on both backends (no UPSERT dialects).
    auto del = db::run(db, QStringLiteral("DELETE FROM database_info WHERE name = ?"), {name});
    if (!del)
        return del.error();
    auto ins = db::run(db, QStringLiteral("INSERT INTO database_info (name, value) VALUES (?, ?)"), {name, value});
    if (!ins)
        return ins.error();
    return {};
}

} // namespace

DemoDataOptions DemoDatabase::defaultOptions()
{
    DemoDataOptions options;
    options.people = 5000;
    options.days = 7;
    options.scansPerDay = 10000;
    options.seed = 20200123; // the same city for every trainer and every reset
    return options;
}

QString DemoDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo/demo.sqlite"));
}

Status DemoDatabase::checkAllowed()
{
    if (Settings::value(Settings::Key::DemoAllowed).toBool())
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     Tr::tr("Demo mode is disabled on this computer by the system-wide configuration (%1 = false). "
                            "Ask IT if you need it for training.")
                         .arg(Settings::name(Settings::Key::DemoAllowed)));
}

Status DemoDatabase::checkIsolated(const QString& demoPath, const QString& productionUrlText)
{
    if (productionUrlText.trimmed().isEmpty())
        return {};
    auto production = db::DatabaseUrl::parse(productionUrlText);
    if (!production || production.value().backend != db::Backend::SQLite)
        return {};
    if (normalisedPath(production.value().path) != normalisedPath(demoPath))
        return {};
    return makeError(ErrorCode::Conflict,
                     Tr::tr("The demo database %1 is the configured database. Demo mode never uses the production "
                            "database; point the configuration (database/url) at another file.")
                         .arg(demoPath));
}

Result<DemoLogin> DemoDatabase::create(const QString& path, const QString& connectionName,
                                       const DemoDataOptions& options, const DemoDataGenerator::Progress& progress)
{
    const Status allowed = checkAllowed();
    if (!allowed)
        return allowed.error();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::DatabaseUnavailable, Tr::tr("The folder %1 could not be created.").arg(folder));
    const Status replaceable = checkReplaceable(path, connectionName);
    if (!replaceable)
        return replaceable.error();
    const Status removed = removeDatabaseFiles(path);
    if (!removed)
        return removed.error();

    db::DatabaseUrl url;
    url.backend = db::Backend::SQLite;
    url.path = path;
    auto opened = db::Database::open(url, connectionName);
    if (!opened)
        return opened.error();
    const db::Database& db = opened.value();

    // The marker comes first: a build that is cancelled half-way still leaves a file that is plainly demo
    // (and that the next start may replace).
    {
        db::Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        Status s = writeInfo(db, QStringLiteral("demo"), QStringLiteral("1"));
        if (s)
            s = writeInfo(db, QStringLiteral("demo_seed"), QString::number(options.seed));
        if (s)
            s = tx.commit();
        if (!s)
            return s.error();
    }

    DemoLogin login{QString::fromLatin1(kAdminName), randomPassword()};
    auto adminId = services::UserService::initialize(db, login.userName, login.password, QStringLiteral("990000"),
                                                     Tr::tr("Demo Province"));
    if (!adminId)
        return adminId.error();
    auto session = auth::Authenticator::sessionFor(db, adminId.value());
    if (!session)
        return session.error();

    // Demo cards are signed with a demo key (never in a production trust list), sealed with the demo
    // administrator's password so that the trainer who sees one knows the other.
    auto key = codes::KeyService::generate(db, session.value(), QStringLiteral("demo"), session.value().jurisdictionId,
                                           login.password);
    if (!key)
        return key.error();
    auto report = DemoDataGenerator::generate(db, session.value(), options, progress);
    if (!report)
        return report.error();
    auto rollups = heatmap::Rollups::rebuild(db, session.value(), progress);
    if (!rollups)
        return rollups.error();
    auto statuses = services::StatusService::reevaluate(
        db, login.userName, Clock::nowSecs(), [&](const QString& phase, qint64 done, qint64 total) {
            return !progress || progress(phase, done, total);
        });
    if (!statuses)
        return statuses.error();

    {
        db::Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        const qint64 now = Clock::nowSecs();
        Status s = writeInfo(db, QStringLiteral("demo_created_at"), QString::number(now));
        if (s) {
            auto a = audit::AuditLog::append(db, login.userName, QStringLiteral("demo.create"), QStringLiteral("database"),
                                             {{QStringLiteral("seed"), QString::number(options.seed)},
                                              {QStringLiteral("people"), report.value().people},
                                              {QStringLiteral("scans"), report.value().scans}});
            if (!a)
                s = a.error();
        }
        if (s)
            s = tx.commit();
        if (!s)
            return s.error();
    }
    qCInfo(lcDemo) << "demo city built in" << path << "people" << report.value().people << "scans"
                   << report.value().scans;
    return login;
}

Status DemoDatabase::install(const QString& builtPath, const QString& path)
{
    const Status replaceable = checkReplaceable(path, QStringLiteral("demo-install"));
    if (!replaceable)
        return replaceable;
    const Status removed = removeDatabaseFiles(path);
    if (!removed)
        return removed;
    // The builder closed its connection, so SQLite has folded the write-ahead log into the file; a log left
    // behind (a crash) must travel with it, the shared-memory index is rebuilt on open.
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (!QFile::exists(builtPath + suffix))
            continue;
        QFile built(builtPath + suffix);
        if (!built.rename(path + suffix))
            return makeError(
                ErrorCode::DatabaseUnavailable,
                Tr::tr("The new demo database could not be moved to %1: %2").arg(path + suffix, built.errorString()));
    }
    QFile::remove(builtPath + QStringLiteral("-shm"));
    return {};
}

Result<DemoInfo> DemoDatabase::info(const db::Database& db)
{
    auto q = db::run(db, QStringLiteral("SELECT name, value FROM database_info WHERE name LIKE 'demo%'"));
    if (!q)
        return q.error();
    DemoInfo info;
    while (q.value().next()) {
        const QString name = q.value().value(0).toString();
        const QString value = q.value().value(1).toString();
        if (name == QLatin1String("demo"))
            info.demo = value == QLatin1String("1");
        else if (name == QLatin1String("demo_seed"))
            info.seed = value.toULongLong();
        else if (name == QLatin1String("demo_created_at"))
            info.createdAt = value.toLongLong();
    }
    return info;
}

} // namespace hc::demo
