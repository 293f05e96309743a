// Hostile text (issue 9): SQL injection attempts and awkward strings in every free-text field the services
// take, on SQLite and PostgreSQL. Each must reach the database only as a bound value: stored and read back
// exactly as given (or, where the field has a format, refused with a message saying so), every table still
// there with its rows, and the audit chain intact.

#include "TestDatabase.h"

#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "imports/ImportOptions.h"
#include "imports/ImportService.h"
#include "services/OverrideService.h"
#include "services/PersonSearch.h"
#include "services/RuleService.h"
#include "services/StatusService.h"
#include "services/UserService.h"
#include "util/Clock.h"
#include "util/NationalId.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;
using services::OverrideService;

namespace {
constexpr qint64 kDay = 86400;

QStringList hostile()
{
    return {
        QStringLiteral("O'Brien"),
        QStringLiteral("'; DROP TABLE people; --"),
        QStringLiteral("\"; DROP TABLE audit_log; --"),
        QStringLiteral("x' OR '1'='1"),
        QStringLiteral("-- comment"),
        QStringLiteral("/* open comment"),
        QStringLiteral("$$; DELETE FROM users; $$"),
        QStringLiteral("\\'; SELECT pg_sleep(10); --"),
        QStringLiteral("%_%"),
        QStringLiteral("Robert'); DELETE FROM overrides WHERE ('1'='1"),
        QStringLiteral("line\nbreak\ttab\r"),
        QStringLiteral("张伟'); DROP TABLE statuses; --"),
        QStringLiteral("😷 emoji and \u202Eright-to-left"),
        QString(5000, QLatin1Char('\'')),
        QString(20000, QLatin1Char('x')) + QStringLiteral("'; DROP TABLE people; --"),
    };
}

// Every table of the schema and its row count: nothing dropped, nothing emptied.
QMap<QString, qint64> tableCounts(const db::Database& db)
{
    QMap<QString, qint64> counts;
    const QString sql = db.isSqlite() ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                                       "NOT LIKE 'sqlite_%'")
                                      : QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    QStringList tables;
    auto q = db::run(db, sql);
    while (q && q.value().next())
        tables << q.value().value(0).toString();
    for (const QString& t : tables)
        counts.insert(t, test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)));
    return counts;
}
} // namespace

class TestHostileInput final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    auth::Session m_admin, m_clerk, m_approver, m_editor;
    qint64 m_person = 0;
    qint64 m_district = 0;

    const db::Database& db() { return m_t->db(); }

    // The tables may only have grown (by the rows the step itself added), never lost one or a row.
    void checkIntact(const QMap<QString, qint64>& before, const QString& what)
    {
        const auto after = tableCounts(db());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(what + QStringLiteral(": table gone: ") + it.key()));
            QVERIFY2(after.value(it.key()) >= it.value(),
                     qPrintable(what + QStringLiteral(": rows lost in ") + it.key()));
        }
        auto v = audit::AuditLog::verify(db());
        QVERIFY2(v && v.value().ok, qPrintable(what + QStringLiteral(": audit chain")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_t->isReady(), qPrintable(m_t->error()));
        m_admin = m_t->initAdmin();
        m_district = test::insertRow(db(),
                                     QStringLiteral("INSERT INTO jurisdictions (code, name, level, parent_id) VALUES "
                                                    "('990101', 'East', 'district', ?)"),
                                     {m_admin.jurisdictionId});
        m_admin.scope.insert(m_district);
        m_person = test::insertRow(db(),
                                   QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, "
                                                  "district_id) VALUES ('330102197001010011', 'P-1', 'Li Si', 'M', "
                                                  "'1970-01-01', ?)"),
                                   {m_district});
        m_clerk = m_t->addUser(m_admin, QStringLiteral("clerk"), auth::Role::Operator, m_district);
        m_approver = m_t->addUser(m_admin, QStringLiteral("approver"), auth::Role::Approver);
        m_approver.scope.insert(m_district);
        m_editor = m_t->addUser(m_admin, QStringLiteral("editor"), auth::Role::RuleEditor);
    }

    void userNamesAndDisplayNames()
    {
        int n = 0;
        for (const QString& h : hostile()) {
            const auto before = tableCounts(db());
            // A user name has a format: refused, with the rule.
            auto bad = services::UserService::add(db(), m_admin,
                                                  {h, h, QString::fromLatin1(test::TestDatabase::kUserPassword),
                                                   auth::Role::Viewer, m_admin.jurisdictionId});
            QVERIFY(!bad);
            QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
            // A display name is free text: stored as given.
            const QString name = QStringLiteral("hostile%1").arg(++n);
            auto ok = services::UserService::add(db(), m_admin,
                                                 {name, h, QString::fromLatin1(test::TestDatabase::kUserPassword),
                                                  auth::Role::Viewer, m_admin.jurisdictionId});
            QVERIFY2(ok, qPrintable(ok.error().message));
            auto back = services::UserService::find(db(), m_admin, name);
            QVERIFY(back);
            QCOMPARE(back.value().displayName, h);
            checkIntact(before, QStringLiteral("user ") + h.left(40));
        }
    }

    void overrideTexts()
    {
        for (const QString& h : hostile()) {
            const auto before = tableCounts(db());
            services::OverrideRequest r;
            r.personId = m_person;
            r.target = rules::Colour::Red;
            r.reason = services::OverrideReason::Other;
            r.note = h;
            r.evidence = h.left(200);
            r.expiresAt = Clock::nowSecs() + 3 * kDay;
            auto id = OverrideService::request(db(), m_clerk, r);
            QVERIFY2(id, qPrintable(id.error().message));
            auto o = OverrideService::byId(db(), m_admin, id.value());
            QVERIFY(o);
            QCOMPARE(o.value().note, h.trimmed()); // notes are stored trimmed, nothing else changes
            QCOMPARE(o.value().evidence, h.left(200).trimmed());
            const Status rejected = OverrideService::reject(db(), m_approver, id.value(), h, o.value().rowVersion);
            QVERIFY2(rejected, qPrintable(rejected.error().message));
            QCOMPARE(test::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM approvals WHERE subject_id = ? AND note = ?"),
                                  {id.value(), h.trimmed()}),
                     1);
            checkIntact(before, QStringLiteral("override ") + h.left(40));
        }
        // A revoke reason too, on an approved override.
        services::OverrideRequest r;
        r.personId = m_person;
        r.target = rules::Colour::Red;
        r.reason = services::OverrideReason::Other;
        r.note = QStringLiteral("to revoke");
        r.expiresAt = Clock::nowSecs() + 3 * kDay;
        auto id = OverrideService::request(db(), m_clerk, r);
        QVERIFY(id);
        QVERIFY(OverrideService::approve(db(), m_approver, id.value(), QStringLiteral("ok"),
                                         OverrideService::byId(db(), m_admin, id.value())->rowVersion));
        const QString h = hostile().at(1);
        const Status revoked =
            OverrideService::revoke(db(), m_clerk, id.value(), h, OverrideService::byId(db(), m_admin, id.value())->rowVersion);
        QVERIFY2(revoked, qPrintable(revoked.error().message));
        QCOMPARE(OverrideService::byId(db(), m_admin, id.value())->revokeReason, h);
    }

    void ruleDraftTextAndSummary()
    {
        for (const QString& h : hostile()) {
            const auto before = tableCounts(db());
            auto v = services::RuleService::createDraft(db(), m_editor, h, h, 1);
            QVERIFY2(v, qPrintable(v.error().message));
            auto back = services::RuleService::byVersion(db(), v.value());
            QVERIFY(back);
            QCOMPARE(back.value().text, h);
            QCOMPARE(back.value().summary, h.trimmed());
            // Proposing it is refused for the text's problems, never run as SQL.
            const Status p = services::RuleService::propose(db(), m_editor, v.value(), back.value().rowVersion);
            QVERIFY(!p);
            checkIntact(before, QStringLiteral("rule draft ") + h.left(40));
        }
    }

    void searchBox()
    {
        for (const QString& h : hostile()) {
            const auto before = tableCounts(db());
            for (auto kind : {services::SearchKind::Automatic, services::SearchKind::Name, services::SearchKind::Phone,
                              services::SearchKind::IdSuffix, services::SearchKind::Initials}) {
                auto page = services::PersonSearch::search(db(), m_admin, {kind, h});
                // Found nobody, or refused as not that kind of text: either way no SQL ran from it.
                if (page)
                    QVERIFY2(page.value().people.isEmpty(), qPrintable(h.left(40)));
                else
                    QCOMPARE(page.error().code, ErrorCode::InvalidArgument);
            }
            checkIntact(before, QStringLiteral("search ") + h.left(40));
        }
    }

    void importedFields()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("people.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("national_id,name,phone,district,pseudonym,has_smartphone\n");
        const QStringList names = hostile().mid(0, 13); // names up to a sane length
        for (int i = 0; i < names.size(); ++i) {
            QString name = names.at(i);
            name.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
            name.replace(QLatin1Char('\t'), QLatin1Char(' '));
            const QString first17 = QStringLiteral("33010219800101%1").arg(200 + i, 3, 10, QLatin1Char('0'));
            const QString line = QStringLiteral("%1%2,\"%3\",,990101,HX%4,1\n")
                                     .arg(first17)
                                     .arg(NationalId::checkCharacter(first17))
                                     .arg(QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")))
                                     .arg(i);
            f.write(line.toUtf8());
        }
        f.close();
        const auto before = tableCounts(db());
        auto report = imports::ImportService::importFile(db(), m_admin, imports::ImportKind::People, path, {});
        QVERIFY2(report, qPrintable(report.error().message));
        // The one with a right-to-left override character is refused, naming line and field; the rest go in.
        QCOMPARE(report.value().rejected, 1);
        QCOMPARE(report.value().rejects.value(0).line, 14);
        QCOMPARE(report.value().rejects.value(0).field, QStringLiteral("name"));
        for (int i = 0; i < names.size(); ++i) {
            if (i == 12)
                continue;
            QString name = names.at(i).trimmed();
            name.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
            name.replace(QLatin1Char('\t'), QLatin1Char(' '));
            auto q = db::run(db(), QStringLiteral("SELECT name FROM people WHERE pseudonym = ?"),
                             {QStringLiteral("HX%1").arg(i)});
            QVERIFY(q && q.value().next());
            QCOMPARE(q.value().value(0).toString(), name.trimmed());
        }
        checkIntact(before, QStringLiteral("import"));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "TestHostileInput.moc"
