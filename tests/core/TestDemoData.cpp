// The synthetic data generator: counts, plausibility, determinism, refusals, cancel and audit.

#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "demo/DemoDataGenerator.h"
#include "util/NationalId.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace hc;

namespace {

demo::DemoDataOptions smallOptions(quint64 seed = 7)
{
    demo::DemoDataOptions o;
    o.people = 2000;
    o.days = 3;
    o.scansPerDay = 5000;
    o.seed = seed;
    o.endAt = QDateTime(QDate(2022, 4, 20), QTime(0, 0), Qt::UTC);
    return o;
}

qint64 count(const db::Database& db, const QString& sql)
{
    auto q = db::run(db, sql);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

qint64 rows(const db::Database& db, const char* table)
{
    return count(db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
}

// SHA-256 over the ordered rows of the generated tables: equal data, equal checksum.
QByteArray checksum(const db::Database& db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QString queries[] = {
        QStringLiteral("SELECT id, code, name, name_en, level, parent_id, boundary FROM jurisdictions ORDER BY id"),
        QStringLiteral("SELECT id, code, name, kind, district_id, lat, lon FROM venues ORDER BY id"),
        QStringLiteral("SELECT id, national_id, pseudonym, name, name_initials, sex, birth_date, phone, district_id, "
                       "has_smartphone, guardian_id FROM people ORDER BY id"),
        QStringLiteral("SELECT person_id, kind, result, sampled_at, reported_at, lab FROM test_results ORDER BY id"),
        QStringLiteral("SELECT person_id, designated_at, source_person_id, note FROM close_contacts ORDER BY id"),
        QStringLiteral("SELECT district_id, venue_id, level, from_at, to_at, note FROM risk_areas ORDER BY id"),
        QStringLiteral("SELECT id, provider, scanned_at, venue_id, lat, lon, person_id, colour FROM scan_events "
                       "ORDER BY id"),
    };
    for (const QString& sql : queries) {
        auto q = db::run(db, sql);
        if (!q)
            return {};
        const int n = q.value().record().count();
        while (q.value().next()) {
            for (int i = 0; i < n; ++i) {
                const QVariant v = q.value().value(i);
                h.addData((v.isNull() ? QStringLiteral("<null>") : v.toString()).toUtf8());
                h.addData(QByteArrayView("\x1f", 1));
            }
            h.addData(QByteArrayView("\x1e", 1));
        }
    }
    return h.result().toHex();
}

// The indexes the bulk load drops and builds again must all be back afterwards.
QStringList indexNames(const db::Database& db)
{
    QStringList names;
    auto q = db::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
    while (q && q.value().next())
        names << q.value().value(0).toString();
    return names;
}

bool insidePolygon(const QJsonArray& ring, double lon, double lat)
{
    bool inside = false;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const double xi = ring.at(i).toArray().at(0).toDouble();
        const double yi = ring.at(i).toArray().at(1).toDouble();
        const double xj = ring.at(j).toArray().at(0).toDouble();
        const double yj = ring.at(j).toArray().at(1).toDouble();
        if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi)
            inside = !inside;
    }
    return inside;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatesPlausibleConsistentData();
    void sameSeedSameDataOtherSeedOtherData();
    void createsProvinceInEmptyDatabase();
    void refusesDatabaseWithPeople();
    void refusesViewer();
    void cancelDuringPeopleStoresNothing();
    void cancelDuringScansStoresNoScans();

private:
    QStringList m_indexes; // of a freshly migrated SQLite database
};

void TestDemoData::initTestCase()
{
    if (test::TestDatabase::backendName() != QLatin1String("sqlite"))
        return;
    test::TestDatabase t;
    QVERIFY2(t.isReady(), qPrintable(t.error()));
    m_indexes = indexNames(t.db());
    QVERIFY(m_indexes.contains(QStringLiteral("scan_events_person")));
    // An expression index (migration step 9) must come back too: it is rebuilt from its stored SQL.
    QVERIFY(m_indexes.contains(QStringLiteral("people_name_key")));
    QVERIFY(m_indexes.contains(QStringLiteral("people_id_tail")));
}

void TestDemoData::generatesPlausibleConsistentData()
{
    test::TestDatabase t;
    QVERIFY2(t.isReady(), qPrintable(t.error()));
    const auth::Session admin = t.initAdmin();
    const db::Database& db = t.db();
    const auto options = smallOptions();
    QStringList phases;
    auto r = demo::DemoDataGenerator::generate(db, admin, options, [&](const QString& phase, qint64, qint64) {
        if (phases.isEmpty() || phases.last() != phase)
            phases << phase;
        return true;
    });
    QVERIFY2(r, qPrintable(r.error().message));
    const demo::DemoDataReport& rep = r.value();
    QCOMPARE(phases.size(), 6); // jurisdictions, venues, people, facts, scans, indexing

    // Counts match the report and the tables.
    QCOMPARE(rep.people, options.people);
    QCOMPARE(rep.scans, options.days * options.scansPerDay);
    QCOMPARE(rows(db, "people"), rep.people);
    QCOMPARE(rows(db, "scan_events"), rep.scans);
    QCOMPARE(rows(db, "venues"), rep.venues);
    QCOMPARE(rows(db, "test_results"), rep.testResults);
    QCOMPARE(rows(db, "risk_areas"), rep.riskAreas);
    QCOMPARE(rows(db, "close_contacts"), rep.closeContacts);
    QCOMPARE(rows(db, "symptom_declarations"), rep.symptomDeclarations);
    QCOMPARE(rows(db, "jurisdictions"), rep.jurisdictions + 1); // and the root made by initAdmin
    QVERIFY(rep.venues >= 40);
    QVERIFY(rep.testResults > 0);
    QVERIFY(rep.positives >= 3);
    QVERIFY(rep.riskAreas > 0);
    QVERIFY(rep.closeContacts > 0);
    QVERIFY(rep.symptomDeclarations > 0);
    QCOMPARE(rep.toSecs, options.endAt.toSecsSinceEpoch());
    QCOMPARE(rep.fromSecs, rep.toSecs - options.days * 86400);

    // Jurisdictions: 3-4 cities of 4-6 districts under the root, 6-digit codes, names, closed polygons.
    const qint64 cities = count(db, QStringLiteral("SELECT COUNT(*) FROM jurisdictions WHERE level = 'city'"));
    const qint64 districts = count(db, QStringLiteral("SELECT COUNT(*) FROM jurisdictions WHERE level = 'district'"));
    QVERIFY(cities >= 3 && cities <= 4);
    QVERIFY(districts >= 4 * cities && districts <= 6 * cities);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM jurisdictions c JOIN jurisdictions p ON p.id = c.parent_id "
                                      "WHERE c.level = 'city' AND p.level = 'province'")),
             cities);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM jurisdictions d JOIN jurisdictions c ON c.id = d.parent_id "
                                      "WHERE d.level = 'district' AND c.level = 'city' "
                                      "AND substr(d.code, 1, 4) = substr(c.code, 1, 4)")),
             districts);
    QHash<qint64, QJsonArray> rings;
    {
        auto q = db::run(db, QStringLiteral("SELECT id, code, name, name_en, boundary FROM jurisdictions "
                                            "WHERE level <> 'province'"));
        QVERIFY(q);
        while (q.value().next()) {
            const QString code = q.value().value(1).toString();
            QVERIFY2(code.size() == 6 && code.toInt() > 0, qPrintable(code));
            QVERIFY(!q.value().value(2).toString().isEmpty());
            QVERIFY(!q.value().value(3).toString().isEmpty());
            const QJsonObject geo = QJsonDocument::fromJson(q.value().value(4).toString().toUtf8()).object();
            QCOMPARE(geo.value(QLatin1String("type")).toString(), QStringLiteral("Polygon"));
            const QJsonArray ring = geo.value(QLatin1String("coordinates")).toArray().at(0).toArray();
            QVERIFY(ring.size() >= 4);
            QCOMPARE(ring.first(), ring.last());
            for (const QJsonValue& p : ring) {
                const double lon = p.toArray().at(0).toDouble();
                const double lat = p.toArray().at(1).toDouble();
                QVERIFY(lon > 117 && lon < 123 && lat > 27 && lat < 33);
            }
            rings.insert(q.value().value(0).toLongLong(), ring);
        }
    }

    // Venues lie inside their district.
    {
        auto q = db::run(db, QStringLiteral("SELECT v.district_id, v.lat, v.lon, v.kind, v.name FROM venues v "
                                            "JOIN jurisdictions d ON d.id = v.district_id WHERE d.level = 'district'"));
        QVERIFY(q);
        qint64 n = 0;
        QSet<QString> kinds;
        while (q.value().next()) {
            ++n;
            const QJsonArray ring = rings.value(q.value().value(0).toLongLong());
            QVERIFY(insidePolygon(ring, q.value().value(2).toDouble(), q.value().value(1).toDouble()));
            kinds.insert(q.value().value(3).toString());
            const QString name = q.value().value(4).toString();
            QVERIFY2(name.size() >= 3 && !name.contains(QLatin1Char('%')), qPrintable(name));
        }
        QCOMPARE(n, rep.venues);
        QVERIFY(kinds.size() >= 8);
    }

    // People: valid, unique ID numbers whose region, birth date and sex agree with the row.
    {
        auto q =
            db::run(db, QStringLiteral("SELECT p.id, p.national_id, p.pseudonym, p.name, p.name_initials, p.sex, "
                                       "p.birth_date, p.phone, d.code, d.level, p.has_smartphone, p.guardian_id "
                                       "FROM people p JOIN jurisdictions d ON d.id = p.district_id ORDER BY p.id"));
        QVERIFY(q);
        QSet<QString> ids;
        QSet<QString> pseudonyms;
        qint64 elderly = 0;
        qint64 over70 = 0;
        qint64 over70WithoutPhone = 0;
        qint64 withoutSmartphone = 0;
        qint64 guardians = 0;
        const QDate end = options.endAt.date();
        static const QRegularExpression phonePattern(QStringLiteral("^1[358][0-9]{9}$"));
        static const QRegularExpression hex16(QStringLiteral("^[0-9a-f]{16}$"));
        static const QRegularExpression initialsPattern(QStringLiteral("^[a-z]+$"));
        while (q.value().next()) {
            const QString nid = q.value().value(1).toString();
            QVERIFY2(NationalId::isValid(nid), qPrintable(nid));
            QVERIFY2(!ids.contains(nid), qPrintable(nid));
            ids.insert(nid);
            QCOMPARE(nid.left(6), q.value().value(8).toString());
            QCOMPARE(q.value().value(9).toString(), QStringLiteral("district"));
            const QString birth = q.value().value(6).toString();
            QCOMPARE(nid.mid(6, 8), QString(birth).remove(QLatin1Char('-')));
            const bool odd = nid.at(16).digitValue() % 2 == 1;
            QCOMPARE(q.value().value(5).toString(), odd ? QStringLiteral("M") : QStringLiteral("F"));
            const QString pseudonym = q.value().value(2).toString();
            QVERIFY(hex16.match(pseudonym).hasMatch());
            QVERIFY(!nid.contains(pseudonym) && !pseudonyms.contains(pseudonym));
            pseudonyms.insert(pseudonym);
            const QString name = q.value().value(3).toString();
            const QString initials = q.value().value(4).toString();
            QVERIFY2(name.size() >= 2 && name.size() <= 4, qPrintable(name));
            QCOMPARE(initials.size(), name.size()); // one initial per character
            QVERIFY(initialsPattern.match(initials).hasMatch());
            const QVariant phone = q.value().value(7);
            QVERIFY(phone.isNull() || phonePattern.match(phone.toString()).hasMatch());
            const bool smartphone = q.value().value(10).toInt() == 1;
            if (smartphone)
                QVERIFY(!phone.isNull());
            else
                ++withoutSmartphone;
            const QDate born = QDate::fromString(birth, Qt::ISODate);
            QVERIFY(born.isValid() && born < end);
            int age = end.year() - born.year();
            if (end < born.addYears(age))
                --age;
            QVERIFY(age >= 0 && age <= 101);
            if (age >= 60)
                ++elderly;
            if (age >= 70) {
                ++over70;
                if (!smartphone)
                    ++over70WithoutPhone;
            }
            if (!q.value().value(11).isNull()) {
                ++guardians;
                QVERIFY(!smartphone);
                QVERIFY(q.value().value(11).toLongLong() < q.value().value(0).toLongLong());
            }
        }
        QCOMPARE(ids.size(), options.people);
        const double elderlyShare = static_cast<double>(elderly) / static_cast<double>(options.people);
        QVERIFY2(elderlyShare > 0.14 && elderlyShare < 0.27, qPrintable(QString::number(elderlyShare)));
        QVERIFY(over70 > 50);
        const double noPhoneShare = static_cast<double>(over70WithoutPhone) / static_cast<double>(over70);
        QVERIFY2(noPhoneShare > 0.45 && noPhoneShare < 0.75, qPrintable(QString::number(noPhoneShare)));
        QCOMPARE(withoutSmartphone, rep.withoutSmartphone);
        QCOMPARE(guardians, rep.guardians);
        QVERIFY(guardians > 0);
    }
    // Guardians are adults with a smartphone in the same district.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM people p JOIN people g ON g.id = p.guardian_id "
                                      "WHERE g.has_smartphone = 1 AND g.district_id = p.district_id")),
             rep.guardians);

    // Facts lie in the window; positives cluster; contacts point at positive cases.
    const qint64 from = rep.fromSecs;
    const qint64 to = rep.toSecs;
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM test_results WHERE sampled_at < %1 OR reported_at >= %2 "
                                      "OR reported_at <= sampled_at")
                           .arg(from)
                           .arg(to)),
             0);
    const qint64 positives = count(db, QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM test_results "
                                                      "WHERE result = 'positive'"));
    QCOMPARE(positives, rep.positives);
    QVERIFY(positives * 20 < rep.testResults); // mostly negative
    QCOMPARE(
        count(db, QStringLiteral("SELECT COUNT(*) FROM close_contacts c WHERE NOT EXISTS (SELECT 1 FROM "
                                 "test_results t WHERE t.person_id = c.source_person_id AND t.result = 'positive')")),
        0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM risk_areas WHERE from_at < %1 OR to_at > %2 "
                                      "OR to_at <= from_at OR level NOT IN ('low', 'medium', 'high')")
                           .arg(from)
                           .arg(to)),
             0);

    // Scans: inside the days, at existing venues with their coordinates, of existing people, mostly green.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE scanned_at < %1 OR scanned_at >= %2")
                           .arg(from)
                           .arg(to)),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events s JOIN venues v ON v.id = s.venue_id "
                                      "JOIN people p ON p.id = s.person_id WHERE s.lat = v.lat AND s.lon = v.lon "
                                      "AND s.provider = 'demo' AND s.event_uid IS NULL")),
             rep.scans);
    for (int day = 0; day < options.days; ++day)
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE scanned_at >= %1 AND scanned_at < %2")
                               .arg(from + day * 86400)
                               .arg(from + (day + 1) * 86400)),
                 options.scansPerDay);
    const qint64 green = count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE colour = 'green'"));
    QVERIFY(green > rep.scans * 9 / 10);
    // A scan is red only while its person is red: after a positive result.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events s WHERE s.colour = 'red' AND NOT EXISTS "
                                      "(SELECT 1 FROM test_results t WHERE t.person_id = s.person_id "
                                      "AND t.result = 'positive' AND t.reported_at <= s.scanned_at)")),
             0);

    // Daily rhythm in China Standard Time: the small hours are far quieter than the commutes and meals.
    QHash<int, qint64> byHour;
    {
        auto q = db::run(db, QStringLiteral("SELECT ((scanned_at + 28800) % 86400) / 3600 AS h, COUNT(*) "
                                            "FROM scan_events GROUP BY ((scanned_at + 28800) % 86400) / 3600"));
        QVERIFY(q);
        while (q.value().next())
            byHour.insert(q.value().value(0).toInt(), q.value().value(1).toLongLong());
    }
    const qint64 night = byHour.value(2) + byHour.value(3) + byHour.value(4);
    const qint64 peaks = byHour.value(8) + byHour.value(12) + byHour.value(18);
    QVERIFY2(night * 10 < peaks, qPrintable(QStringLiteral("night %1, peaks %2").arg(night).arg(peaks)));

    // Scans concentrate: the busiest tenth of venues takes far more than a tenth of the scans.
    {
        auto q = db::run(db, QStringLiteral("SELECT COUNT(*) AS n FROM scan_events GROUP BY venue_id ORDER BY n DESC"));
        QVERIFY(q);
        QList<qint64> perVenue;
        while (q.value().next())
            perVenue << q.value().value(0).toLongLong();
        qint64 top = 0;
        for (qsizetype i = 0; i < perVenue.size() / 10; ++i)
            top += perVenue.at(i);
        QVERIFY(top * 4 > rep.scans);
    }

    if (!t.isPostgres()) {
        // Consistent despite the foreign keys being off during generation, and the settings are back.
        auto fk = db::run(db, QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(fk);
        QVERIFY(!fk.value().next());
        QCOMPARE(count(db, QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(count(db, QStringLiteral("PRAGMA synchronous")), 2);
        QCOMPARE(indexNames(db), m_indexes);
        auto integrity = db::run(db, QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(integrity && integrity.value().next());
        QCOMPARE(integrity.value().value(0).toString(), QStringLiteral("ok"));
    }

    // One audit record per stored transaction; the last carries the report; the chain verifies.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'demo.generate'")), 3);
    {
        auto q = db::run(db, QStringLiteral("SELECT target, details FROM audit_log ORDER BY seq DESC LIMIT 1"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("phase:scans"));
        const QJsonObject details = QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object();
        const QJsonObject report = details.value(QLatin1String("report")).toObject();
        QCOMPARE(report.value(QLatin1String("people")).toInteger(), rep.people);
        QCOMPARE(report.value(QLatin1String("scans")).toInteger(), rep.scans);
        QCOMPARE(report.value(QLatin1String("seed")).toString(), QStringLiteral("7"));
    }
    auto v = audit::AuditLog::verify(db);
    QVERIFY(v);
    QVERIFY2(v.value().ok, qPrintable(v.value().reason));
}

void TestDemoData::sameSeedSameDataOtherSeedOtherData()
{
    QByteArray sums[3];
    const quint64 seeds[3] = {42, 42, 43};
    for (int i = 0; i < 3; ++i) {
        test::TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        auto options = smallOptions(seeds[i]);
        options.people = 1500;
        options.scansPerDay = 3000;
        auto r = demo::DemoDataGenerator::generate(t.db(), admin, options);
        QVERIFY2(r, qPrintable(r.error().message));
        sums[i] = checksum(t.db());
        QVERIFY(!sums[i].isEmpty());
    }
    QCOMPARE(sums[0], sums[1]);
    QVERIFY(sums[0] != sums[2]);
}

void TestDemoData::createsProvinceInEmptyDatabase()
{
    test::TestDatabase t;
    QVERIFY2(t.isReady(), qPrintable(t.error()));
    auth::Session trainer;
    trainer.userName = QStringLiteral("trainer");
    trainer.role = auth::Role::Administrator;
    auto options = smallOptions();
    options.people = 300;
    options.days = 1;
    options.scansPerDay = 200;
    auto r = demo::DemoDataGenerator::generate(t.db(), trainer, options);
    QVERIFY2(r, qPrintable(r.error().message));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM jurisdictions WHERE parent_id IS NULL")), 1);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM jurisdictions WHERE parent_id IS NULL "
                                          "AND level = 'province' AND boundary IS NOT NULL")),
             1);
    QCOMPARE(rows(t.db(), "jurisdictions"), r.value().jurisdictions);
    QCOMPARE(rows(t.db(), "people"), 300);
}

void TestDemoData::refusesDatabaseWithPeople()
{
    test::TestDatabase t;
    QVERIFY2(t.isReady(), qPrintable(t.error()));
    const auth::Session admin = t.initAdmin();
    auto options = smallOptions();
    options.people = 200;
    options.days = 1;
    options.scansPerDay = 100;
    auto first = demo::DemoDataGenerator::generate(t.db(), admin, options);
    QVERIFY2(first, qPrintable(first.error().message));
    const qint64 audit = rows(t.db(), "audit_log");
    const qint64 jurisdictions = rows(t.db(), "jurisdictions");
    const qint64 scans = rows(t.db(), "scan_events");
    options.seed = 99;
    auto second = demo::DemoDataGenerator::generate(t.db(), admin, options);
    QVERIFY(!second);
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QVERIFY(second.error().message.contains(QLatin1String("people")));
    QCOMPARE(rows(t.db(), "audit_log"), audit);
    QCOMPARE(rows(t.db(), "jurisdictions"), jurisdictions);
    QCOMPARE(rows(t.db(), "people"), 200);
    QCOMPARE(rows(t.db(), "scan_events"), scans);
}

void TestDemoData::refusesViewer()
{
    test::TestDatabase t;
    QVERIFY2(t.isReady(), qPrintable(t.error()));
    const auth::Session admin = t.initAdmin();
    const auth::Session viewer = t.addUser(admin, QStringLiteral("viewer"), auth::Role::Viewer);
    const qint64 audit = rows(t.db(), "audit_log");
    auto r = demo::DemoDataGenerator::generate(t.db(), viewer, smallOptions());
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(rows(t.db(), "jurisdictions"), 1);
    QCOMPARE(rows(t.db(), "people"), 0);
    QCOMPARE(rows(t.db(), "audit_log"), audit);
}

void TestDemoData::cancelDuringPeopleStoresNothing()
{
    test::TestDatabase t;
    QVERIFY2(t.isReady(), qPrintable(t.error()));
    const auth::Session admin = t.initAdmin();
    const qint64 audit = rows(t.db(), "audit_log");
    const QString people = QCoreApplication::translate("hc::demo::DemoDataGenerator", "People");
    auto r = demo::DemoDataGenerator::generate(t.db(), admin, smallOptions(),
                                               [&](const QString& phase, qint64, qint64) { return phase != people; });
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QCOMPARE(rows(t.db(), "people"), 0);
    QCOMPARE(rows(t.db(), "venues"), 0);
    QCOMPARE(rows(t.db(), "jurisdictions"), 1);
    QCOMPARE(rows(t.db(), "audit_log"), audit);
    if (!t.isPostgres()) {
        QCOMPARE(count(t.db(), QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(indexNames(t.db()), m_indexes);
    }

    // Nothing was left behind, so the run can simply be repeated.
    auto again = demo::DemoDataGenerator::generate(t.db(), admin, smallOptions());
    QVERIFY2(again, qPrintable(again.error().message));
    QCOMPARE(rows(t.db(), "people"), smallOptions().people);
    auto v = audit::AuditLog::verify(t.db());
    QVERIFY(v && v.value().ok);
}

void TestDemoData::cancelDuringScansStoresNoScans()
{
    test::TestDatabase t;
    QVERIFY2(t.isReady(), qPrintable(t.error()));
    const auth::Session admin = t.initAdmin();
    auto options = smallOptions();
    options.scansPerDay = 40000; // several progress reports a day
    const QString scans = QCoreApplication::translate("hc::demo::DemoDataGenerator", "Scans");
    qint64 lastDone = 0;
    auto r = demo::DemoDataGenerator::generate(t.db(), admin, options, [&](const QString& phase, qint64 done, qint64) {
        if (phase != scans)
            return true;
        lastDone = done;
        return done <= options.scansPerDay + 1000; // into the second day
    });
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QVERIFY(lastDone > options.scansPerDay);
    // People and facts were stored by their own transactions; the scans step stored nothing.
    QCOMPARE(rows(t.db(), "people"), options.people);
    QVERIFY(rows(t.db(), "test_results") > 0);
    QCOMPARE(rows(t.db(), "scan_events"), 0);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'demo.generate'")), 2);
    if (!t.isPostgres()) {
        QCOMPARE(indexNames(t.db()), m_indexes); // the dropped scan indexes came back with the rollback
        QCOMPARE(count(t.db(), QStringLiteral("PRAGMA foreign_keys")), 1);
    }
    auto v = audit::AuditLog::verify(t.db());
    QVERIFY(v && v.value().ok);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
