#include "TestDatabase.h"

#include "auth/Authenticator.h"
#include "crypto/Crypto.h"
#include "db/Migrations.h"
#include "db/Sql.h"
#include "services/UserService.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace hc::test {

namespace {
QAtomicInt g_counter;

QString uniqueSuffix()
{
    return QStringLiteral("%1_%2_%3")
        .arg(QCoreApplication::applicationPid())
        .arg(g_counter.fetchAndAddRelaxed(1))
        .arg(QRandomGenerator::global()->bounded(1000000));
}

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run in a transaction).
bool onServer(const db::DatabaseUrl& admin, const QString& sql, QString* error)
{
    const QString name = QStringLiteral("hc_test_admin_") + uniqueSuffix();
    bool ok = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(admin.host);
        c.setPort(admin.port);
        c.setDatabaseName(admin.name);
        c.setUserName(admin.user);
        c.setPassword(admin.password);
        if (c.open()) {
            QSqlQuery q(c);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = c.lastError().text();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

QString TestDatabase::backendName()
{
    return qEnvironmentVariable("HC_TEST_BACKEND", QStringLiteral("sqlite"));
}

TestDatabase::TestDatabase(Mode mode)
{
    crypto::Crypto::initialize();
    m_connection = QStringLiteral("test_") + uniqueSuffix();
    m_created = createEmpty();
    if (m_created && mode == Mode::Migrated)
        open(db::Database::OpenMode::Migrate);
}

bool TestDatabase::open(db::Database::OpenMode mode)
{
    m_db.reset();
    auto opened = db::Database::open(m_url, m_connection, mode);
    if (!opened) {
        m_error = opened.error().message;
        return false;
    }
    m_db.emplace(std::move(opened).value());
    return true;
}

bool TestDatabase::createEmpty()
{
    if (backendName() == QLatin1String("postgresql")) {
        auto admin = db::DatabaseUrl::parse(qEnvironmentVariable("HC_TEST_PG_URL"));
        if (!admin) {
            m_error = QStringLiteral("HC_TEST_PG_URL: ") + admin.error().message;
            return false;
        }
        m_adminUrl = admin.value();
        m_pgName = QStringLiteral("hc_t_") + uniqueSuffix();
        if (!onServer(m_adminUrl, QStringLiteral("CREATE DATABASE ") + m_pgName, &m_error))
            return false;
        m_url = m_adminUrl;
        m_url.name = m_pgName;
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        m_url.backend = db::Backend::SQLite;
        m_url.path = m_dir->filePath(QStringLiteral("test.sqlite"));
    }
    return true;
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    for (const QString& snapshot : std::as_const(m_snapshots)) {
        QString err;
        if (!onServer(m_adminUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(snapshot), &err))
            qWarning("could not drop snapshot database %s: %s", qPrintable(snapshot), qPrintable(err));
    }
    if (!m_pgName.isEmpty()) {
        QString err;
        if (!onServer(m_adminUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName), &err))
            qWarning("could not drop test database %s: %s", qPrintable(m_pgName), qPrintable(err));
        // Roles are the cluster's, not the database's: the schema's group and login roles go too
        // (named after the database, app/core/db/PgSecurity.cpp).
        else if (!onServer(m_adminUrl,
                           QStringLiteral("DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE "
                                          "starts_with(rolname, '%1_role_') OR starts_with(rolname, '%1_user_') LOOP "
                                          "EXECUTE format('DROP ROLE %I', r); END LOOP; END $$")
                               .arg(m_pgName),
                           &err))
            qWarning("could not drop the roles of test database %s: %s", qPrintable(m_pgName), qPrintable(err));
    }
}

bool TestDatabase::saveSnapshot(const QString& tag)
{
    if (!m_db)
        return false;
    if (!isPostgres()) {
        const QString path = m_dir->filePath(tag + QStringLiteral(".snapshot"));
        QFile::remove(path);
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(path))) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    }
    const QString name = m_pgName + QStringLiteral("_") + tag;
    m_db.reset();
    bool ok = onServer(m_adminUrl, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name), &m_error) &&
              onServer(m_adminUrl, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, m_pgName), &m_error);
    if (ok && !m_snapshots.contains(name))
        m_snapshots << name;
    return open(db::Database::OpenMode::NoMigrate) && ok;
}

bool TestDatabase::restoreSnapshot(const QString& tag)
{
    m_db.reset();
    if (!isPostgres()) {
        const QString path = m_dir->filePath(tag + QStringLiteral(".snapshot"));
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_url.path + QString::fromLatin1(suffix));
        if (!QFile::copy(path, m_url.path)) {
            m_error = QStringLiteral("cannot copy %1").arg(path);
            return false;
        }
        return open(db::Database::OpenMode::NoMigrate);
    }
    const QString name = m_pgName + QStringLiteral("_") + tag;
    if (!onServer(m_adminUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName), &m_error) ||
        !onServer(m_adminUrl, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_pgName, name), &m_error))
        return false;
    return open(db::Database::OpenMode::NoMigrate);
}

QString TestDatabase::urlString() const
{
    if (m_url.backend == db::Backend::SQLite)
        return QStringLiteral("sqlite:") + m_url.path;
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(m_url.user, m_url.password, m_url.host)
        .arg(m_url.port)
        .arg(m_url.name);
}

auth::Session TestDatabase::initAdmin()
{
    auto id = services::UserService::initialize(db(), QStringLiteral("admin"), QString::fromLatin1(kAdminPassword),
                                                QStringLiteral("990000"), QStringLiteral("Test Province"));
    if (!id)
        qFatal("initAdmin: %s", qPrintable(id.error().message));
    auto s = auth::Authenticator::sessionFor(db(), id.value());
    if (!s)
        qFatal("initAdmin session: %s", qPrintable(s.error().message));
    return s.value();
}

auth::Session TestDatabase::addUser(const auth::Session& admin, const QString& name, auth::Role role,
                                    qint64 jurisdictionId)
{
    auto id = services::UserService::add(
        db(), admin,
        services::NewUser{name, name, QString::fromLatin1(kUserPassword), role,
                          jurisdictionId > 0 ? jurisdictionId : admin.jurisdictionId});
    if (!id)
        qFatal("addUser %s: %s", qPrintable(name), qPrintable(id.error().message));
    auto s = auth::Authenticator::sessionFor(db(), id.value());
    if (!s)
        qFatal("addUser session: %s", qPrintable(s.error().message));
    return s.value();
}

std::optional<db::Database> TestDatabase::another(const QString& connectionName)
{
    auto d = db::Database::open(m_url, connectionName, db::Database::OpenMode::NoMigrate);
    if (!d)
        return std::nullopt;
    return std::move(d).value();
}

CtlResult runCtl(const QStringList& args, const QStringList& env, int timeoutMs)
{
    CtlResult r;
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : env) {
        const int eq = kv.indexOf(QLatin1Char('='));
        if (eq < 0)
            e.remove(kv); // "NAME" alone unsets it
        else
            e.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(e);
    p.start(qEnvironmentVariable("HC_CTL"), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void bypassServerTriggers(const db::Database& db, bool on)
{
    if (db.isSqlite())
        return;
    const Status s = db.execute(on ? QStringLiteral("SET session_replication_role = replica")
                                   : QStringLiteral("SET session_replication_role = DEFAULT"));
    if (!s)
        qFatal("session_replication_role: %s", qPrintable(s.error().message));
}

qint64 insertRow(const db::Database& db, const QString& sql, const QVariantList& values)
{
    auto id = db::insert(db, sql, values);
    if (!id)
        qFatal("fixture insert failed: %s", qPrintable(id.error().message));
    return id.value();
}

qint64 scalar(const db::Database& db, const QString& sql, const QVariantList& values)
{
    auto q = db::run(db, sql, values);
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace hc::test
