// Finding people: every search kind, automatic detection, masking, scope (a person outside it is never found),
// keyset paging through the lazy model, the audit records of searches, views and reveals, the person record, the
// step 9 indexes on a database migrated from version 8, and healthcode-ctl status show|explain.

#include "TestDatabase.h"

#include "auth/Authenticator.h"
#include "db/Migrations.h"
#include "db/Sql.h"
#include "models/PersonSearchModel.h"
#include "services/PeopleService.h"
#include "services/PersonRecordService.h"
#include "services/PersonSearch.h"
#include "services/StatusService.h"
#include "util/Clock.h"
#include "util/NationalId.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace hc;
using services::PersonQuery;
using services::PersonSearch;
using services::SearchKind;

namespace {

constexpr qint64 kDay = 86400;

// A valid ID number: region, birth date, a three-digit sequence, check character.
QString nationalId(const QString& region, const QString& birth, int sequence)
{
    const QString first17 = region + birth + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + NationalId::checkCharacter(first17);
}

QStringList asUser()
{
    return {QStringLiteral("HEALTHCODE_PASSWORD=") + QString::fromLatin1(test::TestDatabase::kUserPassword)};
}

// Two districts under the test province: the clerk's (inside) and another one (outside the clerk's scope).
struct Fixture
{
    test::TestDatabase t;
    auth::Session admin, clerk, viewer;
    qint64 inside = 0, outside = 0;
    qint64 wangFang = 0, wangFei = 0, liNa = 0, stranger = 0;
    QString wangFangId, liNaId, strangerId;

    Fixture()
    {
        if (!t.isReady())
            qFatal("database: %s", qPrintable(t.error()));
        admin = t.initAdmin();
        const db::Database& db = t.db();
        inside =
            test::insertRow(db,
                            QStringLiteral("INSERT INTO jurisdictions (code, name, name_en, level, parent_id) VALUES "
                                           "('990101', '西湖区', 'Xihu', 'district', ?)"),
                            {admin.jurisdictionId});
        outside =
            test::insertRow(db,
                            QStringLiteral("INSERT INTO jurisdictions (code, name, name_en, level, parent_id) VALUES "
                                           "('990102', '上城区', 'Shangcheng', 'district', ?)"),
                            {admin.jurisdictionId});
        admin = auth::Authenticator::sessionFor(db, admin.userId).value(); // the new districts in its scope
        clerk = t.addUser(admin, QStringLiteral("clerk"), auth::Role::Operator, inside);
        viewer = t.addUser(admin, QStringLiteral("viewer"), auth::Role::Viewer, inside);
        wangFangId = nationalId(QStringLiteral("330106"), QStringLiteral("19800501"), 123);
        // Another region, and a birth date that gives the same check character: the same last four.
        for (int day = 1; day <= 28 && strangerId.right(4) != wangFangId.right(4); ++day)
            strangerId =
                nationalId(QStringLiteral("330102"), QStringLiteral("197001%1").arg(day, 2, 10, QLatin1Char('0')), 123);
        if (strangerId.right(4) != wangFangId.right(4))
            qFatal("no birth date gives the same check character");
        liNaId = nationalId(QStringLiteral("330106"), QStringLiteral("19850303"), 789);
        wangFang =
            person(wangFangId, QStringLiteral("王芳"), QStringLiteral("wf"), QStringLiteral("13812345678"), inside);
        wangFei = person(nationalId(QStringLiteral("330106"), QStringLiteral("19900202"), 456), QStringLiteral("王飞"),
                         QStringLiteral("WF"), QString(), inside);
        liNa = person(liNaId, QStringLiteral("李娜"), QStringLiteral("ln"), QStringLiteral("13900001111"), inside);
        // Same last four as 王芳, same name and phone, but outside the clerk's scope.
        stranger =
            person(strangerId, QStringLiteral("王芳"), QStringLiteral("wf"), QStringLiteral("13812345678"), outside);
    }

    qint64 person(const QString& id, const QString& name, const QString& initials, const QString& phone,
                  qint64 district)
    {
        return test::insertRow(
            t.db(),
            QStringLiteral("INSERT INTO people (national_id, pseudonym, name, name_initials, sex, birth_date, "
                           "phone, district_id) VALUES (?, ?, ?, ?, 'F', '1980-05-01', ?, ?)"),
            {id, QString(QStringLiteral("P-") + id), name, initials, phone.isEmpty() ? QVariant() : QVariant(phone),
             district});
    }

    QList<qint64> find(const auth::Session& s, SearchKind kind, const QString& text)
    {
        auto page = PersonSearch::search(t.db(), s, PersonQuery{kind, text});
        if (!page)
            qFatal("search %s failed: %s", qPrintable(text), qPrintable(page.error().message));
        QList<qint64> ids;
        for (const services::PersonMatch& m : page.value().people)
            ids << m.id;
        return ids;
    }
};

} // namespace

class TestPersonSearch final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("backend: %s", qPrintable(test::TestDatabase::backendName()));
    }

    void automaticDetection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("ID number") << QStringLiteral("33010619800501123x") << int(SearchKind::NationalId)
                                   << QStringLiteral("33010619800501123X");
        QTest::newRow("ID number, spaced") << QStringLiteral("330106 19800501 1234") << int(SearchKind::NationalId)
                                           << QStringLiteral("330106198005011234");
        QTest::newRow("mobile") << QStringLiteral("138 1234 5678") << int(SearchKind::Phone)
                                << QStringLiteral("13812345678");
        QTest::newRow("mobile +86") << QStringLiteral("+86 138-1234-5678") << int(SearchKind::Phone)
                                    << QStringLiteral("13812345678");
        QTest::newRow("last four") << QStringLiteral("1234") << int(SearchKind::IdSuffix) << QStringLiteral("1234");
        QTest::newRow("last six with X") << QStringLiteral("01123x") << int(SearchKind::IdSuffix)
                                         << QStringLiteral("01123X");
        QTest::newRow("initials") << QStringLiteral("WXM") << int(SearchKind::Initials) << QStringLiteral("wxm");
        QTest::newRow("name") << QStringLiteral(" 王小 ") << int(SearchKind::Name) << QStringLiteral("王小");
    }

    void automaticDetection()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, normalised);
        auto r = PersonSearch::resolve(PersonQuery{SearchKind::Automatic, text});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(int(r.value().kind), kind);
        QCOMPARE(r.value().text, normalised);
    }

    void badQueriesAreRefusedWithAReason()
    {
        auto tooShort = PersonSearch::resolve(PersonQuery{SearchKind::Automatic, QStringLiteral("123")});
        QCOMPARE(tooShort.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(tooShort.error().message.contains(QStringLiteral("last 4")), qPrintable(tooShort.error().message));
        QCOMPARE(PersonSearch::resolve(PersonQuery{SearchKind::NationalId, QStringLiteral("1234")}).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(PersonSearch::resolve(PersonQuery{SearchKind::Phone, QStringLiteral("call me")}).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(PersonSearch::resolve(PersonQuery{SearchKind::Initials, QStringLiteral("王")}).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(PersonSearch::resolve(PersonQuery{SearchKind::Automatic, QStringLiteral("  ")}).error().code,
                 ErrorCode::InvalidArgument);
    }

    void eachKindFindsInScopeOnly()
    {
        Fixture f;
        // Full ID number: exact; masked in the result.
        QCOMPARE(f.find(f.clerk, SearchKind::Automatic, f.wangFangId), QList<qint64>{f.wangFang});
        auto page = PersonSearch::search(f.t.db(), f.clerk, PersonQuery{SearchKind::NationalId, f.wangFangId});
        QVERIFY(page.ok());
        const services::PersonMatch& m = page.value().people.first();
        QCOMPARE(m.maskedNationalId, NationalId::masked(f.wangFangId));
        QVERIFY(!m.maskedNationalId.contains(f.wangFangId.mid(3, 11)));
        QCOMPARE(m.maskedPhone, QStringLiteral("138****5678"));
        QCOMPARE(m.name, QStringLiteral("王芳"));
        QCOMPARE(m.districtName, QStringLiteral("西湖区"));
        QCOMPARE(m.district(QLocale(QLocale::English)), QStringLiteral("Xihu"));
        QCOMPARE(m.colour, rules::Colour::Green);
        QVERIFY(!m.recorded);
        QVERIFY(!page.value().next);

        // Last digits: the stranger has the same last four but lives outside the clerk's scope.
        const QString lastFour = f.wangFangId.right(4);
        QCOMPARE(f.strangerId.right(4), lastFour);
        QCOMPARE(f.find(f.clerk, SearchKind::IdSuffix, lastFour), QList<qint64>{f.wangFang});
        QCOMPARE(f.find(f.admin, SearchKind::IdSuffix, lastFour), (QList<qint64>{f.wangFang, f.stranger}));
        QCOMPARE(f.find(f.admin, SearchKind::IdSuffix, f.wangFangId.right(10)), QList<qint64>{f.wangFang});
        QCOMPARE(f.find(f.admin, SearchKind::IdSuffix, QStringLiteral("0000")), QList<qint64>{});

        // Name prefix, in name order; pinyin initials in any case; phone in any notation.
        // 芳 U+82B3 sorts before 飞 U+98DE.
        QCOMPARE(f.find(f.clerk, SearchKind::Name, QStringLiteral("王")), (QList<qint64>{f.wangFang, f.wangFei}));
        QCOMPARE(f.find(f.clerk, SearchKind::Name, QStringLiteral("王芳")), QList<qint64>{f.wangFang});
        QCOMPARE(f.find(f.clerk, SearchKind::Automatic, QStringLiteral("李")), QList<qint64>{f.liNa});
        QCOMPARE(f.find(f.clerk, SearchKind::Automatic, QStringLiteral("wf")), (QList<qint64>{f.wangFang, f.wangFei}));
        QCOMPARE(f.find(f.clerk, SearchKind::Initials, QStringLiteral("L")), QList<qint64>{f.liNa});
        QCOMPARE(f.find(f.clerk, SearchKind::Automatic, QStringLiteral("+86 138 1234 5678")),
                 QList<qint64>{f.wangFang});
        QCOMPARE(f.find(f.admin, SearchKind::Phone, QStringLiteral("13812345678")),
                 (QList<qint64>{f.wangFang, f.stranger}));

        // The stranger's full ID number finds nobody for the clerk, and the lookup does not tell them apart
        // from an ID number nobody has.
        QCOMPARE(f.find(f.clerk, SearchKind::NationalId, f.strangerId), QList<qint64>{});
        auto outside = PersonSearch::lookup(f.t.db(), f.clerk, f.strangerId);
        auto nobody = PersonSearch::lookup(f.t.db(), f.clerk,
                                           nationalId(QStringLiteral("330106"), QStringLiteral("20000101"), 1));
        QCOMPARE(outside.error().code, ErrorCode::NotFound);
        QCOMPARE(nobody.error().code, ErrorCode::NotFound);
        QCOMPARE(PersonSearch::lookup(f.t.db(), f.clerk, f.wangFangId).value(), f.wangFang);
        QCOMPARE(PersonSearch::lookup(f.t.db(), f.admin, f.strangerId).value(), f.stranger);

        // Nor can the clerk open or reveal the stranger by number.
        QCOMPARE(services::PersonRecordService::open(f.t.db(), f.clerk, f.stranger).error().code, ErrorCode::NotFound);
        QCOMPARE(
            services::PeopleService::revealIdentifiers(f.t.db(), f.clerk, f.stranger, QStringLiteral("x")).error().code,
            ErrorCode::NotFound);
    }

    void pagesFollowEachOtherWithoutGapsOrRepeats()
    {
        Fixture f;
        // 250 people named 张..., many with the same name, and 120 with the same last four digits.
        QSet<qint64> expected;
        for (int i = 0; i < 250; ++i) {
            const QString name = QStringLiteral("张") + QChar(0x4E00 + i % 7);
            expected.insert(f.person(nationalId(QStringLiteral("330106"), QStringLiteral("19600101"), i), name,
                                     QStringLiteral("z"), QString(), f.inside));
        }
        QList<services::PersonMatch> all;
        std::optional<services::SearchCursor> after;
        int pages = 0;
        do {
            auto page = PersonSearch::search(f.t.db(), f.clerk, PersonQuery{SearchKind::Name, QStringLiteral("张")},
                                             after, 100);
            QVERIFY2(page.ok(), qPrintable(page.error().message));
            all << page.value().people;
            after = page.value().next;
            ++pages;
        } while (after && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(all.size(), 250);
        QSet<qint64> seen;
        for (int i = 0; i < all.size(); ++i) {
            seen.insert(all.at(i).id);
            if (i > 0) {
                const auto& a = all.at(i - 1);
                const auto& b = all.at(i);
                QVERIFY(a.name < b.name || (a.name == b.name && a.id < b.id));
            }
        }
        QCOMPARE(seen, expected);

        // Exactly one page: no cursor, so the model does not ask again.
        auto exact = PersonSearch::search(f.t.db(), f.clerk, PersonQuery{SearchKind::Name, QStringLiteral("张")},
                                          std::nullopt, 250);
        QCOMPARE(exact.value().people.size(), 250);
        QVERIFY(!exact.value().next);

        // Last digits, paged by id.
        for (int i = 0; i < 120; ++i)
            f.person(nationalId(QStringLiteral("33%1").arg(1000 + i), QStringLiteral("19700101"), 123),
                     QStringLiteral("赵六"), QString(), QString(), f.inside);
        const QString four = f.wangFangId.right(4);
        // The check character differs with the region: count what really ends in those four.
        const qint64 sameEnd =
            test::scalar(f.t.db(),
                         QStringLiteral("SELECT COUNT(*) FROM people WHERE substr(national_id, 15) = ? "
                                        "AND district_id = ?"),
                         {four, f.inside});
        QVERIFY(sameEnd > 1);
        QList<qint64> ids;
        after.reset();
        do {
            auto page = PersonSearch::search(f.t.db(), f.clerk, PersonQuery{SearchKind::IdSuffix, four}, after, 3);
            QVERIFY(page.ok());
            for (const auto& m : page.value().people)
                ids << m.id;
            after = page.value().next;
        } while (after);
        QCOMPARE(ids.size(), sameEnd);
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
    }

    void lazyModelFetchesPageByPage()
    {
        Fixture f;
        for (int i = 0; i < 45; ++i)
            f.person(nationalId(QStringLiteral("330106"), QStringLiteral("19600101"), i), QStringLiteral("陈明"),
                     QStringLiteral("cm"), QString(), f.inside);
        models::PersonSearchModel model(f.t.db(), f.clerk);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.search(PersonQuery{SearchKind::Automatic, QStringLiteral("cm")}, 20));
        QCOMPARE(model.query().kind, SearchKind::Initials);
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 40);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 45);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.columnCount(), int(models::PersonSearchModel::ColumnCount));
        QCOMPARE(model.headerData(models::PersonSearchModel::NationalId, Qt::Horizontal).toString(),
                 QStringLiteral("ID number"));
        const QModelIndex id = model.index(0, models::PersonSearchModel::NationalId);
        QVERIFY(id.data().toString().contains(QStringLiteral("***********")));
        QCOMPARE(model.index(0, models::PersonSearchModel::Colour).data().toString(), QStringLiteral("Green"));
        QVERIFY(model.index(0, models::PersonSearchModel::Colour).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.index(0, models::PersonSearchModel::District).data().toString(), QStringLiteral("Xihu"));
        QVERIFY(model.index(0, 0).data(models::PersonSearchModel::PersonIdRole).toLongLong() > 0);

        // The tester fetches as a view would, page after page, and checks every signal on the way. (Attached
        // after the search: it calls fetchMore from its own modelReset handler, which it then reports as an
        // insertion during the reset.)
        models::PersonSearchModel tested(f.t.db(), f.clerk);
        QVERIFY(tested.search(PersonQuery{SearchKind::Name, QStringLiteral("陈")}, 20));
        {
            QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QTRY_COMPARE(tested.rowCount(), 45);
            QVERIFY(!tested.canFetchMore({}));
            // A refused query leaves the model empty and says why.
            QVERIFY(!tested.search(PersonQuery{SearchKind::IdSuffix, QStringLiteral("12")}));
            QCOMPARE(tested.rowCount(), 0);
            QVERIFY(!tested.lastError().isEmpty());
            tested.clear();
            QVERIFY(tested.lastError().isEmpty());
        }
    }

    void searchesViewsAndRevealsAreAudited()
    {
        Fixture f;
        const db::Database& db = f.t.db();
        const qint64 before =
            test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'people.search'"));
        models::PersonSearchModel model(db, f.clerk);
        QVERIFY(model.search(PersonQuery{SearchKind::Automatic, f.wangFangId}));
        auto q = db::run(db, QStringLiteral("SELECT actor, details FROM audit_log WHERE action = 'people.search' "
                                            "ORDER BY seq DESC LIMIT 1"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("clerk"));
        const QJsonObject details = QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("kind")).toString(), QStringLiteral("national_id"));
        // The audit log holds the masked number, not the number.
        QCOMPARE(details.value(QStringLiteral("text")).toString(), NationalId::masked(f.wangFangId));
        QVERIFY(!q.value().value(1).toString().contains(f.wangFangId));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'people.search'")),
                 before + 1);

        auto record = services::PersonRecordService::open(db, f.viewer, f.wangFang);
        QVERIFY2(record.ok(), qPrintable(record.error().message));
        QCOMPARE(test::scalar(db,
                              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'people.view' AND actor = "
                                             "'viewer' AND target = ?"),
                              {QStringLiteral("person:%1").arg(f.wangFang)}),
                 1);

        // A viewer may not reveal; an operator may, with a purpose, and the record names person and purpose.
        auto refused = services::PeopleService::revealIdentifiers(db, f.viewer, f.wangFang, QStringLiteral("check"));
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(services::PeopleService::revealIdentifiers(db, f.clerk, f.wangFang, QStringLiteral(" ")).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'people.reveal'")), 0);
        auto shown = services::PeopleService::revealIdentifiers(db, f.clerk, f.wangFang,
                                                                QStringLiteral("Phone call with the person"));
        QVERIFY2(shown.ok(), qPrintable(shown.error().message));
        QCOMPARE(shown.value().nationalId, f.wangFangId);
        QCOMPARE(shown.value().phone, QStringLiteral("13812345678"));
        auto r = db::run(db, QStringLiteral("SELECT actor, target, details FROM audit_log WHERE action = "
                                            "'people.reveal'"));
        QVERIFY(r && r.value().next());
        QCOMPARE(r.value().value(0).toString(), QStringLiteral("clerk"));
        QCOMPARE(r.value().value(1).toString(), QStringLiteral("person:%1").arg(f.wangFang));
        QVERIFY(r.value().value(2).toString().contains(QStringLiteral("Phone call with the person")));
    }

    void personRecordShowsColourWhyAndFacts()
    {
        Fixture f;
        const db::Database& db = f.t.db();
        const qint64 now = Clock::nowSecs();
        const qint64 sampled = now - 3 * kDay;
        test::insertRow(
            db,
            QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at, lab) VALUES "
                           "(?, 'pcr', 'positive', ?, ?, 'Lab 1')"),
            {f.wangFang, sampled, sampled + 3600});
        const qint64 venue =
            test::insertRow(db,
                            QStringLiteral("INSERT INTO venues (code, name, kind, district_id, lat, lon) VALUES "
                                           "('V1', '菜市场', 'market', ?, 30.2, 120.1)"),
                            {f.inside});
        test::insertRow(db, QStringLiteral("INSERT INTO risk_areas (venue_id, level, from_at) VALUES (?, 'high', ?)"),
                        {venue, now - 5 * kDay});
        for (int i = 0; i < 3; ++i)
            test::insertRow(db,
                            QStringLiteral("INSERT INTO scan_events (scanned_at, venue_id, person_id, colour) VALUES "
                                           "(?, ?, ?, 'green')"),
                            {now - (4 + i) * kDay, venue, f.wangFang});
        QVERIFY(services::StatusService::reevaluate(db, QStringLiteral("test"), now).ok());

        auto record = services::PersonRecordService::open(db, f.clerk, f.wangFang, QLocale(QLocale::English));
        QVERIFY2(record.ok(), qPrintable(record.error().message));
        const services::PersonRecord& r = record.value();
        QCOMPARE(r.person.name, QStringLiteral("王芳"));
        QCOMPARE(r.person.maskedNationalId, NationalId::masked(f.wangFangId));
        QCOMPARE(r.person.maskedPhone, QStringLiteral("138****5678"));
        QCOMPARE(r.person.district, QStringLiteral("Xihu"));
        QCOMPARE(r.status.colour, rules::Colour::Red);
        const QString why = r.explanation({QLocale(QLocale::English), QTimeZone::utc()});
        QVERIFY2(why.startsWith(QStringLiteral("Red since")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("positive PCR test")), qPrintable(why));
        QCOMPARE(r.history.size(), 1);
        QCOMPARE(r.tests.size(), 1);
        QCOMPARE(r.tests.first().lab, QStringLiteral("Lab 1"));
        QCOMPARE(r.scans.size(), 3);
        QCOMPARE(r.scans.first().venue, QStringLiteral("菜市场"));
        // The scan 6 days ago was before the venue was designated.
        QCOMPARE(r.stays.size(), 2);
        QCOMPARE(r.stays.first().kind, services::RiskStay::Kind::Venue);
        QCOMPARE(r.stays.first().level, QStringLiteral("high"));
        QVERIFY(r.cards.isEmpty());
        QVERIFY(r.overrides.isEmpty());

        // Someone no rule ever touched is green, and the page says so in words.
        auto green = services::PersonRecordService::open(db, f.clerk, f.liNa);
        QVERIFY(green.ok());
        QVERIFY(!green.value().status.recorded);
        QCOMPARE(green.value().explanation(), QStringLiteral("Green: no rule applies."));
    }

    void suffixSearchWorksOnADatabaseMigratedFromVersion8()
    {
        test::TestDatabase t(test::TestDatabase::Mode::EmptyUnopened);
        QVERIFY2(t.isCreated(), qPrintable(t.error()));
        QVERIFY2(t.open(db::Database::OpenMode::NoMigrate), qPrintable(t.error()));
        QVERIFY(db::Migrations::migrate(t.db(), 8).ok());
        const auth::Session admin = t.initAdmin();
        const QString id = nationalId(QStringLiteral("330106"), QStringLiteral("19800501"), 321);
        test::insertRow(
            t.db(),
            QStringLiteral("INSERT INTO people (national_id, pseudonym, name, name_initials, sex, birth_date, "
                           "district_id) VALUES (?, 'P1', '周杰', 'ZJ', 'M', '1980-05-01', ?)"),
            {id, admin.jurisdictionId});
        QVERIFY(db::Migrations::migrate(t.db()).ok());
        QCOMPARE(t.db().schemaVersion().value(), db::Migrations::latestVersion());
        auto page = PersonSearch::search(t.db(), admin, PersonQuery{SearchKind::Automatic, id.right(5)});
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page.value().people.size(), 1);
        // Initials stored in capitals are found in any case.
        QCOMPARE(PersonSearch::search(t.db(), admin, PersonQuery{SearchKind::Initials, QStringLiteral("zj")})
                     .value()
                     .people.size(),
                 1);
    }

    void ctlStatusShowAndExplain()
    {
        Fixture f;
        const db::Database& db = f.t.db();
        const qint64 now = Clock::nowSecs();
        test::insertRow(
            db,
            QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at) VALUES "
                           "(?, 'pcr', 'positive', ?, ?)"),
            {f.wangFang, now - 2 * kDay, now - 2 * kDay + 3600});
        QVERIFY(services::StatusService::reevaluate(db, QStringLiteral("test"), now).ok());
        const QString url = f.t.urlString();
        const QStringList asClerk = {QStringLiteral("--db"), url, QStringLiteral("--user"), QStringLiteral("clerk")};

        auto shown = test::runCtl(asClerk + QStringList{QStringLiteral("status"), QStringLiteral("show"), f.wangFangId},
                                  asUser());
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(QStringLiteral("王芳")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(NationalId::masked(f.wangFangId)), qPrintable(shown.out));
        QVERIFY2(!shown.out.contains(f.wangFangId), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QStringLiteral("Colour:   Red")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QStringLiteral("positive PCR test")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QStringLiteral("Tests (1):")), qPrintable(shown.out));

        auto explained = test::runCtl(
            asClerk + QStringList{QStringLiteral("status"), QStringLiteral("explain"), f.wangFangId}, asUser());
        QVERIFY2(explained.exitCode == 0, qPrintable(explained.err));
        QVERIFY2(explained.out.startsWith(QStringLiteral("Red since")), qPrintable(explained.out));
        QVERIFY2(explained.out.contains(QStringLiteral("rule R")), qPrintable(explained.out));

        auto green = test::runCtl(asClerk + QStringList{QStringLiteral("status"), QStringLiteral("explain"), f.liNaId},
                                  asUser());
        QVERIFY2(green.exitCode == 0, qPrintable(green.err));
        QCOMPARE(green.out.trimmed(), QStringLiteral("Green: no rule applies."));

        // Outside the clerk's scope reads like nobody: exit 11 (not found), nothing shown.
        auto outside = test::runCtl(
            asClerk + QStringList{QStringLiteral("status"), QStringLiteral("show"), f.strangerId}, asUser());
        QCOMPARE(outside.exitCode, 11);
        QVERIFY(outside.out.isEmpty());
        QVERIFY(!outside.err.contains(f.strangerId));
        auto usage = test::runCtl(asClerk + QStringList{QStringLiteral("status"), QStringLiteral("show")}, asUser());
        QCOMPARE(usage.exitCode, 2);
        auto unknown = test::runCtl(
            asClerk + QStringList{QStringLiteral("status"), QStringLiteral("frobnicate"), f.wangFangId}, asUser());
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'people.view' AND actor = "
                                            "'clerk'")),
            3);
    }
};

QTEST_GUILESS_MAIN(TestPersonSearch)
#include "TestPersonSearch.moc"
