#include "TestDatabase.h"

#include "audit/AuditLog.h"
#include "audit/Checkpoint.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "services/AuditService.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace hc;

namespace {
const QString kPass = QStringLiteral("audit key passphrase");

void appendN(const db::Database& db, int n)
{
    for (int i = 0; i < n; ++i) {
        auto r = audit::AuditLog::appendAlone(db, QStringLiteral("tester"), QStringLiteral("test.event"),
                                              QStringLiteral("item:%1").arg(i), {{QStringLiteral("i"), i}});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
    }
}

void exec(const db::Database& db, const QString& sql, const QVariantList& values = {})
{
    auto r = db::run(db, sql, values);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
}

audit::Verification verify(const db::Database& db, const audit::Checkpoint* c = nullptr)
{
    auto v = audit::AuditLog::verify(db, c);
    if (!v)
        qFatal("verify failed: %s", qPrintable(v.error().message));
    return v.value();
}
} // namespace

class TestAuditLog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qInfo("backend: %s", qPrintable(test::TestDatabase::backendName())); }

    void chainVerifies()
    {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        appendN(t.db(), 20);
        const auto v = verify(t.db());
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.records, 20);
        QCOMPARE(v.headSeq, 20);
        // The stored hash is the documented formula, recomputable by anyone.
        auto q = db::run(t.db(), QStringLiteral("SELECT seq, at, actor, action, target, details, hash FROM audit_log "
                                                "WHERE seq = 1"));
        QVERIFY(q.ok() && q.value().next());
        audit::AuditRecord r{1, q.value().value(1).toLongLong(), q.value().value(2).toString(),
                             q.value().value(3).toString(), q.value().value(4).toString(),
                             q.value().value(5).toString(), q.value().value(6).toString()};
        const QByteArray expected = QCryptographicHash::hash(QByteArray(QByteArray(32, '\0') + audit::AuditLog::canonical(r)),
                                                             QCryptographicHash::Sha256)
                                        .toHex();
        QCOMPARE(r.hash.toLatin1(), expected);
    }

    void changeAndRecordShareTransaction()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        {
            db::Transaction tx(t.db());
            auto a = audit::AuditLog::append(t.db(), QStringLiteral("x"), QStringLiteral("never.committed"), {});
            QVERIFY(a.ok());
        } // rolled back: the record goes with the change
        QCOMPARE(verify(t.db()).records, 0);
    }

    void tamper_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("edit") << QStringLiteral("edit") << qint64(5);
        QTest::newRow("delete") << QStringLiteral("delete") << qint64(5);
        QTest::newRow("insert") << QStringLiteral("insert") << qint64(6); // the forged record chains; its successor does not
        QTest::newRow("reorder") << QStringLiteral("reorder") << qint64(4);
        QTest::newRow("append forged") << QStringLiteral("append") << qint64(11);
    }

    void tamper()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, firstBad);
        test::TestDatabase t;
        QVERIFY(t.isReady());
        appendN(t.db(), 10);
        const db::Database& db = t.db();
        test::bypassServerTriggers(db, true); // on PostgreSQL only a superuser can do this
        if (kind == QLatin1String("edit")) {
            exec(db, QStringLiteral("UPDATE audit_log SET details = '{\"i\":99}' WHERE seq = 5"));
        } else if (kind == QLatin1String("delete")) {
            exec(db, QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
        } else if (kind == QLatin1String("insert")) {
            // Make room at 5 and insert a record whose hash is computed correctly for its own content:
            // the next record no longer chains to it.
            exec(db, QStringLiteral("UPDATE audit_log SET seq = seq + 100 WHERE seq >= 5"));
            exec(db, QStringLiteral("UPDATE audit_log SET seq = seq - 99 WHERE seq >= 105"));
            auto prev = db::run(db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = 4"));
            QVERIFY(prev.ok() && prev.value().next());
            audit::AuditRecord r{5, 1, QStringLiteral("mallory"), QStringLiteral("user.add"), QStringLiteral("user:evil"),
                                 QStringLiteral("{}"), {}};
            r.hash = audit::AuditLog::chainHash(prev.value().value(0).toString(), r);
            exec(db, QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, target, details, hash) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {r.seq, r.atMs, r.actor, r.action, r.target, r.details, r.hash});
        } else if (kind == QLatin1String("reorder")) {
            exec(db, QStringLiteral("UPDATE audit_log SET seq = 1000 WHERE seq = 4"));
            exec(db, QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = 6"));
            exec(db, QStringLiteral("UPDATE audit_log SET seq = 6 WHERE seq = 1000"));
        } else if (kind == QLatin1String("append")) {
            exec(db, QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, target, details, hash) "
                                    "VALUES (11, 0, 'mallory', 'x', '', '{}', 'deadbeef')"));
        }
        test::bypassServerTriggers(db, false);
        const auto v = verify(db);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, firstBad);
        QVERIFY(!v.reason.isEmpty());
    }

    void checkpointDetectsTruncationAndRewrite()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        const auth::Session admin = t.initAdmin();
        appendN(t.db(), 10);
        auto c = services::AuditService::checkpoint(t.db(), admin, kPass);
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        QVERIFY(c.value().signatureValid());
        const qint64 seq = c.value().seq;
        // Round trip through the file format.
        auto parsed = audit::Checkpoint::fromJson(c.value().toJson(), QStringLiteral("cp.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().headHash, c.value().headHash);
        {
            const auto v = verify(t.db(), &parsed.value());
            QVERIFY2(v.ok, qPrintable(v.reason));
        }
        // Truncation: the tail after record 8 removed; the rest still chains.
        test::bypassServerTriggers(t.db(), true);
        exec(t.db(), QStringLiteral("DELETE FROM audit_log WHERE seq > 8"));
        test::bypassServerTriggers(t.db(), false);
        QVERIFY(verify(t.db()).ok); // undetectable without the checkpoint...
        {
            const auto v = verify(t.db(), &parsed.value()); // ...and caught with it
            QVERIFY(!v.ok);
            QCOMPARE(v.firstBadSeq, 9);
            QVERIFY(v.reason.contains(QString::number(seq)));
        }
        // Full rewrite: a self-consistent chain with different content.
        test::bypassServerTriggers(t.db(), true);
        exec(t.db(), QStringLiteral("DELETE FROM audit_log"));
        test::bypassServerTriggers(t.db(), false);
        appendN(t.db(), static_cast<int>(seq) + 3);
        QVERIFY(verify(t.db()).ok);
        const auto v = verify(t.db(), &parsed.value());
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, seq);
    }

    void checkpointFileTamperRejected()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        const auth::Session admin = t.initAdmin();
        auto c = services::AuditService::checkpoint(t.db(), admin, kPass);
        QVERIFY(c.ok());
        QByteArray json = c.value().toJson();
        json.replace(QByteArray("\"seq\": " + QByteArray::number(c.value().seq)),
                     QByteArray("\"seq\": " + QByteArray::number(c.value().seq - 1)));
        auto bad = audit::Checkpoint::fromJson(json, QStringLiteral("cp.json"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("cp.json")), qPrintable(bad.error().message));
        QVERIFY(bad.error().message.contains(QStringLiteral("signature")));
        // A wrong passphrase never signs.
        auto wrong = services::AuditService::checkpoint(t.db(), admin, QStringLiteral("not the passphrase"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::AuthenticationFailed);
    }

    void viewerCannotVerify()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        const auth::Session admin = t.initAdmin();
        const auth::Session viewer = t.addUser(admin, QStringLiteral("viewer"), auth::Role::Viewer);
        auto v = services::AuditService::verify(t.db(), viewer);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::PermissionDenied);
    }

    // Writers on two connections at once never fork the chain.
    void concurrentAppendsSerialise()
    {
        test::TestDatabase t;
        QVERIFY(t.isReady());
        constexpr int kPerThread = 60;
        auto worker = [&](const QString& name) {
            return QThread::create([&t, name] {
                auto other = t.another(name);
                if (!other)
                    qFatal("cannot open second connection");
                for (int i = 0; i < kPerThread; ++i) {
                    auto r = audit::AuditLog::appendAlone(*other, name, QStringLiteral("race"), QString::number(i));
                    if (!r)
                        qFatal("append failed: %s", qPrintable(r.error().message));
                }
            });
        };
        std::unique_ptr<QThread> a(worker(QStringLiteral("writer_a")));
        std::unique_ptr<QThread> b(worker(QStringLiteral("writer_b")));
        a->start();
        b->start();
        QVERIFY(a->wait(120000));
        QVERIFY(b->wait(120000));
        const auto v = verify(t.db());
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.records, 2 * kPerThread);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
