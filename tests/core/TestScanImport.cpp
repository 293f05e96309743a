// Scan import end to end on the real database (SQLite and PostgreSQL): fixtures for jurisdictions,
// venues, people, tests and risk areas; idempotent scan import; rejected rows with line numbers; fatal
// files import nothing; resume after cancel and crash; rollups equal a recount from the raw events and
// a rebuild; HyperLogLog accuracy; suppression that hides small cells and cannot be undone by
// subtraction; retention; the same event id with other content; scans older than the retention window
// or the last purge; a re-run with other settings; people and test results outside the user's scope.

#include "TestDatabase.h"

#include "audit/AuditLog.h"
#include "auth/Authenticator.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "heatmap/Geography.h"
#include "heatmap/Heatmap.h"
#include "heatmap/PeopleSketch.h"
#include "heatmap/Retention.h"
#include "heatmap/RollupConfig.h"
#include "heatmap/Rollups.h"
#include "imports/ImportService.h"
#include "util/Clock.h"
#include "util/NationalId.h"
#include "util/Settings.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace hc;
using namespace hc::imports;
using heatmap::ScanColour;

namespace {
QString data(const char* name)
{
    return qEnvironmentVariable("HC_TEST_DATA") + QStringLiteral("/imports/") + QString::fromLatin1(name);
}

qint64 count(const db::Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db::run(db, sql, values);
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

qint64 idOf(const db::Database& db, const char* code)
{
    return count(db, QStringLiteral("SELECT id FROM jurisdictions WHERE code = ?"), {QString::fromLatin1(code)});
}

// Every rollup row as text, to compare whole tables.
QStringList rollupRows(const db::Database& db)
{
    QStringList out;
    for (const char* sql :
         {"SELECT 'c', city_id, span, bucket, district_id, cx, cy, colour, scans, people FROM scan_rollup_cells",
          "SELECT 'd', city_id, span, bucket, district_id, 0, 0, colour, scans, people FROM scan_rollup_districts",
          "SELECT 'v', city_id, span, bucket, venue_id, district_id, 0, colour, scans, people FROM "
          "scan_rollup_venues"}) {
        auto q = db::run(db, QString::fromLatin1(sql));
        if (!q)
            return {q.error().message};
        while (q.value().next()) {
            QStringList parts;
            for (int i = 0; i < 9; ++i)
                parts << q.value().value(i).toString();
            parts << QString::fromLatin1(q.value().value(9).toByteArray().toHex());
            out << parts.join(QLatin1Char('|'));
        }
    }
    out.sort();
    return out;
}

// The rollups as they should be, recounted from the raw scan_events without the accumulator.
QStringList recount(const db::Database& db)
{
    auto config = heatmap::RollupConfig::load(db);
    auto geography = heatmap::Geography::load(db);
    if (!config || !geography)
        return {QStringLiteral("cannot load")};
    struct Agg
    {
        qint64 scans = 0;
        std::set<qint64> people;
    };
    std::map<QString, Agg> rows;
    auto q =
        db::run(db, QStringLiteral("SELECT s.scanned_at, s.venue_id, s.lat, s.lon, s.person_id, s.colour, v.lat, "
                                   "v.lon, v.district_id FROM scan_events s LEFT JOIN venues v ON v.id = s.venue_id"));
    if (!q)
        return {q.error().message};
    const heatmap::RollupConfig& c = config.value();
    while (q.value().next()) {
        const auto& r = q.value();
        const bool venue = !r.value(8).isNull();
        const qint64 district =
            venue ? r.value(8).toLongLong() : geography.value().locate(r.value(2).toDouble(), r.value(3).toDouble());
        if (district == 0)
            continue;
        const double lat = venue ? r.value(6).toDouble() : r.value(2).toDouble();
        const double lon = venue ? r.value(7).toDouble() : r.value(3).toDouble();
        const qint64 city = geography.value().cityOf(district);
        const int colour = static_cast<int>(*heatmap::ScanColours::fromKey(r.value(5).toString()));
        const qint64 at = r.value(0).toLongLong();
        const QPoint cell = c.grid().cellOf(lat, lon);
        const qint64 person = r.value(4).toLongLong();
        auto add = [&](const QString& key) {
            Agg& a = rows[key];
            ++a.scans;
            if (person > 0)
                a.people.insert(person);
        };
        // Weeks start on a local Monday: 2024-03-04 00:00 +08:00 is one.
        const qint64 week = c.dayBucket(at) - ((c.dayBucket(at) - 1709481600) % (7 * 86400) + 7 * 86400) % (7 * 86400);
        for (const auto& [span, bucket] :
             {std::pair<int, qint64>{3600, at - at % 3600}, {86400, c.dayBucket(at)}, {7 * 86400, week}}) {
            add(QStringLiteral("c|%1|%2|%3|%4|%5|%6|%7")
                    .arg(city)
                    .arg(span)
                    .arg(bucket)
                    .arg(district)
                    .arg(cell.x())
                    .arg(cell.y())
                    .arg(colour));
            add(QStringLiteral("d|%1|%2|%3|%4|0|0|%5").arg(city).arg(span).arg(bucket).arg(district).arg(colour));
        }
        if (venue)
            for (const auto& [span, bucket] : {std::pair<int, qint64>{86400, c.dayBucket(at)}, {7 * 86400, week}})
                add(QStringLiteral("v|%1|%2|%3|%4|%5|0|%6")
                        .arg(city)
                        .arg(span)
                        .arg(bucket)
                        .arg(r.value(1).toLongLong())
                        .arg(district)
                        .arg(colour));
    }
    QStringList out;
    for (const auto& [key, a] : rows) {
        heatmap::PeopleSketch s;
        for (const qint64 p : a.people)
            s.add(c.personHash(p));
        out << key + QStringLiteral("|%1|").arg(a.scans) + QString::fromLatin1(s.toBytes().toHex());
    }
    out.sort();
    return out;
}

// Rank of a 0/1 matrix (rows of doubles) by Gaussian elimination with partial pivoting.
int rank(std::vector<std::vector<double>> m)
{
    int r = 0;
    const std::size_t cols = m.empty() ? 0 : m[0].size();
    for (std::size_t c = 0; c < cols && r < static_cast<int>(m.size()); ++c) {
        std::size_t pivot = static_cast<std::size_t>(r);
        for (std::size_t i = static_cast<std::size_t>(r); i < m.size(); ++i)
            if (std::fabs(m[i][c]) > std::fabs(m[pivot][c]))
                pivot = i;
        if (std::fabs(m[pivot][c]) < 1e-9)
            continue;
        std::swap(m[pivot], m[static_cast<std::size_t>(r)]);
        for (std::size_t i = 0; i < m.size(); ++i) {
            if (i == static_cast<std::size_t>(r))
                continue;
            const double f = m[i][c] / m[static_cast<std::size_t>(r)][c];
            if (f != 0)
                for (std::size_t k = c; k < cols; ++k)
                    m[i][k] -= f * m[static_cast<std::size_t>(r)][k];
        }
        ++r;
    }
    return r;
}

// Peak resident memory of this process so far (VmHWM), in KiB.
qint64 peakKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& l : f.readAll().split('\n'))
        if (l.startsWith("VmHWM:"))
            return l.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// The fixtures are dated 2024-03-01 and scans older than the retention window are refused: the tests run
// on a clock that goes on from 2024-03-10T00:00Z (or from secs).
constexpr qint64 kFixtureNow = 1710028800;
void setNow(qint64 secs)
{
    const qint64 offset = QDateTime::currentSecsSinceEpoch() - secs;
    Clock::setSource([offset] { return QDateTime::currentDateTimeUtc().addSecs(-offset); });
}

QString csvLine(const QStringList& fields)
{
    return fields.join(QLatin1Char(',')) + QLatin1Char('\n');
}
} // namespace

class TestScanImport final : public QObject
{
    Q_OBJECT

    struct World
    {
        test::TestDatabase t;
        auth::Session admin;
        qint64 city = 0;
        qint64 east = 0; // 990101, lon 120.0-120.1
        qint64 west = 0; // 990102, lon 120.1-120.2
        QTemporaryDir dir;
    };

    // The fixture city, its venues and people, through the importers themselves.
    std::unique_ptr<World> world()
    {
        auto w = std::make_unique<World>();
        if (!w->t.isReady())
            return w;
        w->admin = w->t.initAdmin();
        auto j = ImportService::importFile(w->t.db(), w->admin, ImportKind::Jurisdictions, data("city.geojson"));
        if (!j)
            qFatal("jurisdictions: %s", qPrintable(j.error().message));
        for (const auto& [kind, file] :
             {std::pair{ImportKind::Venues, "venues.csv"}, {ImportKind::People, "people.csv"}}) {
            auto r = ImportService::importFile(w->t.db(), w->admin, kind, data(file));
            if (!r || !r.value().completed())
                qFatal("%s failed", file);
        }
        // A session as it is after the import: scope includes the new city and districts.
        auto fresh = auth::Authenticator::sessionFor(w->t.db(), w->admin.userId);
        if (!fresh)
            qFatal("session: %s", qPrintable(fresh.error().message));
        w->admin = fresh.value();
        w->city = idOf(w->t.db(), "990100");
        w->east = idOf(w->t.db(), "990101");
        w->west = idOf(w->t.db(), "990102");
        return w;
    }

    // count people with pseudonyms prefix0001.. in district, directly (fixtures for large samples).
    static void addPeople(const db::Database& db, qint64 district, const QString& prefix, int n)
    {
        db::Transaction tx(db);
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, district_id) "
                                 "VALUES (?, ?, ?, 'F', '1990-01-01', ?)"));
        for (int i = 0; i < n; ++i) {
            const QString p = prefix + QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
            QVERIFY(db::rerun(q, {QString(QStringLiteral("X") + p), p, p, district}).ok());
        }
        QVERIFY(tx.commit().ok());
    }

    static QString write(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    static QByteArray scansCsv(const QList<QStringList>& rows)
    {
        QString s =
            csvLine({QStringLiteral("event_id"), QStringLiteral("time"), QStringLiteral("venue"), QStringLiteral("lat"),
                     QStringLiteral("lon"), QStringLiteral("pseudonym"), QStringLiteral("colour")});
        for (const QStringList& r : rows)
            s += csvLine(r);
        return s.toUtf8();
    }

    static QString iso(qint64 t) { return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate); }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings (the suppression threshold) come from a test-only place, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        qInfo("backend: %s", qPrintable(test::TestDatabase::backendName()));
    }
    void init() { setNow(kFixtureNow); }
    void cleanup() { Clock::setSource(nullptr); }

    void otherKindsFromFixtures()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        // GeoJSON: city and two districts; an orphan and a broken ring are rejected by feature number.
        QVERIFY(w->city > 0 && w->east > 0 && w->west > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM jurisdictions WHERE parent_id = ?"), {w->city}), 2);
        auto again = ImportService::importFile(db, w->admin, ImportKind::Jurisdictions, data("city.geojson"));
        QVERIFY(again.ok() && again.value().alreadyImported);
        ImportOptions force;
        force.force = true;
        auto forced = ImportService::importFile(db, w->admin, ImportKind::Jurisdictions, data("city.geojson"), force);
        QVERIFY(forced.ok());
        QCOMPARE(forced.value().imported, 0);
        QCOMPARE(forced.value().duplicates, 3);
        QCOMPARE(forced.value().rejected, 2);
        QCOMPARE(forced.value().rejects.at(0).line, 4);
        QCOMPARE(forced.value().rejects.at(1).line, 5);
        auto geography = heatmap::Geography::load(db);
        QVERIFY(geography.ok());
        QCOMPARE(geography.value().locate(30.1, 120.05), w->east);
        QCOMPARE(geography.value().locate(30.1, 120.15), w->west);
        QCOMPARE(geography.value().cityOf(w->west), w->city);

        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM venues")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM people")), 7);
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM people WHERE pseudonym = 'PS007' AND has_smartphone = 0 "
                                     "AND phone = '13900000000'")),
            1);
        auto gb = ImportService::importFile(db, w->admin, ImportKind::People, data("people_gb18030.csv"));
        QVERIFY2(gb.ok(), qPrintable(gb.error().message));
        QCOMPARE(gb.value().encoding, QStringLiteral("GB18030"));
        QCOMPARE(gb.value().imported, 3);
        auto name = db::run(db, QStringLiteral("SELECT name FROM people WHERE pseudonym = 'GB002'"));
        QVERIFY(name.ok() && name.value().next());
        QCOMPARE(name.value().value(0).toString(), QStringLiteral("欧阳娜娜"));

        auto tests = ImportService::importFile(db, w->admin, ImportKind::Tests, data("tests.csv"));
        QVERIFY2(tests.ok(), qPrintable(tests.error().message));
        QCOMPARE(tests.value().imported, 2);
        QCOMPARE(tests.value().rejected, 2);
        QCOMPARE(tests.value().rejects.at(0).field, QStringLiteral("result"));
        QCOMPARE(tests.value().rejects.at(1).field, QStringLiteral("reported_at"));
        auto testsAgain = ImportService::importFile(db, w->admin, ImportKind::Tests, data("tests.csv"), force);
        QVERIFY(testsAgain.ok());
        QCOMPARE(testsAgain.value().imported, 0);
        QCOMPARE(testsAgain.value().duplicates, 2);

        auto risk = ImportService::importFile(db, w->admin, ImportKind::RiskAreas, data("risk_areas.csv"));
        QVERIFY2(risk.ok(), qPrintable(risk.error().message));
        QCOMPARE(risk.value().imported, 2);
        QCOMPARE(risk.value().rejected, 2);
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM risk_areas WHERE level = 'medium' AND to_at IS NOT NULL")),
            1);

        // Venues and people are never changed by an import: other details are rejected rows.
        const QString changed =
            write(w->dir, "venues2.csv", "code,name,district,lat,lon\nV001,Renamed,990101,30.05,120.05\n");
        auto venue = ImportService::importFile(db, w->admin, ImportKind::Venues, changed);
        QVERIFY(venue.ok());
        QCOMPARE(venue.value().rejected, 1);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM venues WHERE name = 'Renamed'")), 0);
    }

    void scansAreIdempotentAndRejectedRowsNamed()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        ImportOptions o;
        o.provider = QStringLiteral("acme");
        auto r = ImportService::importFile(db, w->admin, ImportKind::Scans, data("scans.csv"), o);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const ImportReport& rep = r.value();
        QVERIFY(rep.completed());
        QCOMPARE(rep.imported, 5);
        QCOMPARE(rep.duplicates, 1);
        QCOMPARE(rep.rejected, 8);
        QMap<qint64, QString> fields;
        for (const RejectedRow& row : rep.rejects)
            fields.insert(row.line, row.field);
        QCOMPARE(fields.keys(), (QList<qint64>{6, 7, 8, 9, 10, 11, 13, 15}));
        QCOMPARE(fields.value(6), QStringLiteral("time"));
        QCOMPARE(fields.value(7), QStringLiteral("venue"));
        QCOMPARE(fields.value(8), QStringLiteral("pseudonym"));
        QCOMPARE(fields.value(9), QStringLiteral("colour"));
        QCOMPARE(fields.value(10), QStringLiteral("time"));
        QCOMPARE(fields.value(11), QStringLiteral("lat"));
        QCOMPARE(fields.value(13), QString()); // the truncated row
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), 5);
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE event_uid = 'E012' AND venue_id IS NULL "
                                     "AND colour = 'green'")),
            1);
        // E003 was 00:25Z: stored in UTC.
        QCOMPARE(count(db, QStringLiteral("SELECT scanned_at FROM scan_events WHERE event_uid = 'E003'")),
                 qint64(1709252700));

        const QString report = w->dir.filePath(QStringLiteral("rejects.csv"));
        QVERIFY(ImportReport::writeCsv(report, {rep}).ok());
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("scans.csv,8,pseudonym,No person has the pseudonym NOBODY.")),
                 qPrintable(text));

        // The same file again adds nothing: not even read without --force, all duplicates with it.
        const QStringList before = rollupRows(db);
        QVERIFY(!before.isEmpty());
        auto again = ImportService::importFile(db, w->admin, ImportKind::Scans, data("scans.csv"), o);
        QVERIFY(again.ok() && again.value().alreadyImported);
        o.force = true;
        auto forced = ImportService::importFile(db, w->admin, ImportKind::Scans, data("scans.csv"), o);
        QVERIFY(forced.ok());
        QCOMPARE(forced.value().imported, 0);
        QCOMPARE(forced.value().duplicates, 6);
        QCOMPARE(forced.value().rejected, 8); // the same rows as the first time, no more
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), 5);
        QCOMPARE(rollupRows(db), before);
        // Event ids are unique per provider: another provider's E001 is another scan.
        o.provider = QStringLiteral("other");
        o.force = false;
        auto other = ImportService::importFile(db, w->admin, ImportKind::Scans, data("scans.csv"), o);
        QVERIFY(other.ok());
        QCOMPARE(other.value().imported, 5);

        auto jsonl = ImportService::importFile(db, w->admin, ImportKind::Scans, data("scans.jsonl"), o);
        QVERIFY2(jsonl.ok(), qPrintable(jsonl.error().message));
        QCOMPARE(jsonl.value().imported, 3);
        QCOMPARE(jsonl.value().rejected, 3);
        QCOMPARE(jsonl.value().rejects.at(0).line, 3);
        QCOMPARE(jsonl.value().rejects.at(2).line, 5);
        QCOMPARE(rollupRows(db), recount(db));

        // Every batch is audited with the change, and the chain still verifies.
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import.finish'")) >= 4);
        auto v = audit::AuditLog::verify(db);
        QVERIFY(v.ok() && v.value().ok);
    }

    void fatalFilesImportNothing()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        const qint64 runs = count(db, QStringLiteral("SELECT COUNT(*) FROM import_runs"));
        struct Case
        {
            QString path;
            const char* says;
        };
        QByteArray binary(4096, '\0');
        binary.replace(0, 10, "event_id,t");
        const QList<Case> cases{
            {data("scans_missing_column.csv"), "colour"},
            {data("scans_bad_encoding.csv"), "line 5"},
            {data("scans_truncated_quote.csv"), "never closed"},
            {write(w->dir, "binary.csv", binary), "binary"},
            {write(w->dir, "empty.csv", QByteArray()), "empty"},
            {w->dir.filePath(QStringLiteral("nope.csv")), "no such file"},
        };
        for (const Case& c : cases) {
            auto r = ImportService::importFile(db, w->admin, ImportKind::Scans, c.path);
            QVERIFY2(!r.ok(), qPrintable(c.path));
            QVERIFY2(r.error().message.contains(QString::fromLatin1(c.says)), qPrintable(r.error().message));
            QVERIFY(r.error().message.contains(QFileInfo(c.path).fileName()));
        }
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_rollup_cells")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM import_runs")), runs);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import.refused'")), 5);
    }

    // JSON Lines event ids that are 64-bit integers: three scans were stored as one (event_uid
    // 1234567890123456800) and two "duplicates". Every digit is kept; a number that cannot be is a rejected row.
    void sixtyFourBitEventIdsAreKept()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        QByteArray bytes;
        for (const char* id :
             {"1234567890123456789", "1234567890123456790", "1234567890123456791", "1.2345678901234567e18"})
            bytes += QByteArray("{\"event_id\": ") + id +
                     ", \"time\": \"2024-03-01T10:00:00+08:00\", \"venue\": \"V001\", \"pseudonym\": \"PS001\", "
                     "\"colour\": \"green\"}\n";
        ImportOptions o;
        o.provider = QStringLiteral("acme");
        auto r = ImportService::importFile(db, w->admin, ImportKind::Scans, write(w->dir, "ids.jsonl", bytes), o);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().imported, 3);
        QCOMPARE(r.value().duplicates, 0);
        QCOMPARE(r.value().rejected, 1);
        QCOMPARE(r.value().rejects.at(0).line, 4);
        QVERIFY2(r.value().rejects.at(0).reason.contains(QStringLiteral("\"event_id\"")),
                 qPrintable(r.value().rejects.at(0).reason));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE event_uid IN (?, ?, ?)"),
                       {QStringLiteral("1234567890123456789"), QStringLiteral("1234567890123456790"),
                        QStringLiteral("1234567890123456791")}),
                 3);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), 3);
    }

    // GB18030 names whose byte pairs are also valid UTF-8 (谢小英 read as "лСӢ") were stored garbled; UTF-8
    // Latin names (José) must stay UTF-8.
    void namesInEitherEncodingAreStoredIntact()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        QStringEncoder gb("GB18030");
        const QByteArray gbBytes = gb.encode(QStringLiteral("national_id,name,phone,district,pseudonym\r\n"
                                                            "990102197001010219,谢小英,13700000000,990102,GX001\r\n"
                                                            "990102197001010227,肖雪梅,13700000001,990102,GX002\r\n"));
        auto g = ImportService::importFile(db, w->admin, ImportKind::People, write(w->dir, "gb.csv", gbBytes));
        QVERIFY2(g.ok(), qPrintable(g.error().message));
        QCOMPARE(g.value().encoding, QStringLiteral("GB18030"));
        QCOMPARE(g.value().imported, 2);
        const QByteArray utf8 = QStringLiteral("national_id,name,phone,district,pseudonym\n"
                                               "990102197001010243,José Müller,13700000002,990102,GX003\n"
                                               "990102197001010251,Ørsted Ñúñez,13700000003,990102,GX004\n")
                                    .toUtf8();
        auto u = ImportService::importFile(db, w->admin, ImportKind::People, write(w->dir, "latin.csv", utf8));
        QVERIFY2(u.ok(), qPrintable(u.error().message));
        QCOMPARE(u.value().encoding, QStringLiteral("UTF-8"));
        QCOMPARE(u.value().imported, 2);
        auto q = db::run(db, QStringLiteral("SELECT name FROM people WHERE pseudonym LIKE 'GX%' ORDER BY pseudonym"));
        QVERIFY(q.ok());
        QStringList names;
        while (q.value().next())
            names << q.value().value(0).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("谢小英"), QStringLiteral("肖雪梅"), QStringLiteral("José Müller"),
                                     QStringLiteral("Ørsted Ñúñez")}));
    }

    // A stray quote that closes more than kMaxRecordBytes later: 4 rows were stored in batches of 2 before
    // the import failed. Now the file is refused first; a shorter swallowed span is one reject naming its lines.
    void strayQuotesStoreNothingOrNameTheirLines()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        auto row = [](int i, const char* venue = "V001") -> QByteArray {
            return QByteArray("Q") + QByteArray::number(i) + ",2024-03-01T08:15:00+08:00," + venue + ",,,PS001,green\n";
        };
        QByteArray bytes = "event_id,time,venue,lat,lon,pseudonym,colour\n";
        for (int i = 2; i <= 6; ++i)
            bytes += row(i);
        bytes += row(7, "\"V001");
        const QByteArray filler = QByteArray(999, 'x') + '\n';
        while (bytes.size() < 4 * 1024 * 1024 + 100000)
            bytes += filler;
        bytes += "x\",,,PS001,green\n" + row(9);
        ImportOptions o;
        o.provider = QStringLiteral("acme");
        o.batchSize = 2;
        auto big = ImportService::importFile(db, w->admin, ImportKind::Scans, write(w->dir, "stray.csv", bytes), o);
        QVERIFY(!big.ok());
        QVERIFY2(big.error().message.contains(QStringLiteral("line 7:")), qPrintable(big.error().message));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE file_name = 'stray.csv'")), 0);

        QByteArray shorter = "event_id,time,venue,lat,lon,pseudonym,colour\n" + row(2, "\"V001");
        for (int i = 3; i <= 103; ++i)
            shorter += row(i);
        shorter += "x\",,,PS001,green,more\n" + row(105);
        auto r = ImportService::importFile(db, w->admin, ImportKind::Scans, write(w->dir, "short.csv", shorter), o);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().imported, 1);
        QCOMPARE(r.value().rejected, 1);
        QCOMPARE(r.value().rejects.at(0).line, 2);
        QVERIFY2(r.value().rejects.at(0).reason.contains(QStringLiteral("lines 2-104")) &&
                     r.value().rejects.at(0).reason.contains(QStringLiteral("unbalanced quote")),
                 qPrintable(r.value().rejects.at(0).reason));
    }

    // Lone CR line ends (old Mac, mixed files) merged rows; a CR-only file was refused with its whole text as
    // the "columns", and that text went into the import.refused audit record.
    void loneCarriageReturnsAndBoundedRefusals()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        QList<QStringList> rows;
        for (int i = 0; i < 5; ++i)
            rows << QStringList{QStringLiteral("M%1").arg(i),
                                QStringLiteral("2024-03-01T08:15:00+08:00"),
                                QStringLiteral("V001"),
                                QString(),
                                QString(),
                                QStringLiteral("PS00%1").arg(i + 1),
                                QStringLiteral("green")};
        QByteArray mac = scansCsv(rows);
        mac.replace('\n', '\r');
        QByteArray mixed = scansCsv(rows);
        mixed.replace("\nM1,", "\rM1,").replace("\nM3,", "\r\nM3,").replace("\nM4,", "\rM4,");
        ImportOptions o;
        o.provider = QStringLiteral("acme");
        for (const auto& [name, bytes] : {std::pair{"mac.csv", mac}, {"mixed.csv", mixed}}) {
            o.provider = QString::fromLatin1(name);
            auto r = ImportService::importFile(db, w->admin, ImportKind::Scans, write(w->dir, name, bytes), o);
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QCOMPARE(r.value().imported, 5);
            QCOMPARE(r.value().rejected, 0);
        }
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), 10);

        // A refusal lists a few of the file's columns, each shortened: it is stored in the audit log.
        QStringList wide{QStringLiteral("event_id"), QStringLiteral("time"), QStringLiteral("venue"),
                         QStringLiteral("pseudonym")};
        for (int i = 0; i < 200; ++i)
            wide << QStringLiteral("PSX%1_").arg(i) + QString(100, QLatin1Char('q'));
        auto refused = ImportService::importFile(db, w->admin, ImportKind::Scans,
                                                 write(w->dir, "wide.csv", csvLine(wide).toUtf8()), o);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("colour")));
        auto audit =
            db::run(db, QStringLiteral("SELECT details FROM audit_log WHERE action = 'import.refused' ORDER BY seq"));
        QVERIFY(audit.ok() && audit.value().next());
        const QString details = audit.value().value(0).toString();
        QVERIFY2(details.contains(QStringLiteral("colour")) && details.size() < 1000 &&
                     !details.contains(QStringLiteral("PSX10_")),
                 qPrintable(details));
    }

    // "A 2 GB file": read in bounded memory, and a fault near its end (a byte that is no UTF-8, a line without
    // end) refuses the whole file with the line named, before a single row is stored.
    void twoGigabyteFilesInBoundedMemory()
    {
        // The file is refused before the database is touched: once is enough, not per backend.
        if (test::TestDatabase::backendName() != QLatin1String("sqlite"))
            QSKIP("runs in the SQLite variant");
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        const QString path = w->dir.filePath(QStringLiteral("huge.csv"));
        QByteArray chunk;
        qint64 line = 1;
        for (int i = 0; chunk.size() < (1 << 20); ++i, ++line)
            chunk += "E" + QByteArray::number(i) + ",2024-03-01T08:15:00+08:00,V001,,,PS001,green\n";
        const qint64 chunks = (qint64(2) << 30) / chunk.size() + 1;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("event_id,time,venue,lat,lon,pseudonym,colour\n");
            for (qint64 i = 0; i < chunks; ++i)
                QVERIFY(f.write(chunk) == chunk.size());
            f.write("E-last,2024-03-01T08:15:00+08:00,V001,,,PS\xff\xfe" "01,green\n");
        }
        const qint64 lines = 1 + chunks * (line - 1) + 1;
        QVERIFY(QFileInfo(path).size() > (qint64(2) << 30));
        const qint64 before = peakKiB();
        auto r = ImportService::importFile(db, w->admin, ImportKind::Scans, path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("line %1").arg(lines)), qPrintable(r.error().message));
        QFile::remove(path);
        const qint64 grown = peakKiB() - before;
        qInfo("2 GiB file (%lld lines) refused at its last line; peak memory grew by %lld KiB",
              static_cast<long long>(lines), static_cast<long long>(grown));
        QVERIFY2(grown < 256 * 1024, "reading is streamed, not the file held in memory");

        // One line of 3 MiB without a line break: refused as a line too long, naming it.
        const QByteArray endless = "event_id,time,venue,lat,lon,pseudonym,colour\nE1," + QByteArray(3 << 20, 'x');
        auto longLine = ImportService::importFile(db, w->admin, ImportKind::Scans, write(w->dir, "long.csv", endless));
        QVERIFY(!longLine.ok());
        QVERIFY2(longLine.error().message.contains(QStringLiteral("line 2")), qPrintable(longLine.error().message));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), 0);
    }

    void resumesAfterCancelAndCrash()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        addPeople(db, w->east, QStringLiteral("R"), 200);
        QRandomGenerator rng(7);
        QList<QStringList> rows;
        const qint64 start = 1709251200; // 2024-03-01T00:00Z
        for (int i = 0; i < 6000; ++i) {
            const bool venue = rng.bounded(2) == 0;
            rows << QStringList{
                QStringLiteral("R%1").arg(i),
                iso(start + rng.bounded(2 * 86400)),
                venue ? QStringLiteral("V00%1").arg(1 + rng.bounded(3)) : QString(),
                venue ? QString() : QString::number(30.0 + rng.bounded(0.2), 'f', 6),
                venue ? QString() : QString::number(120.0 + rng.bounded(0.2), 'f', 6),
                QStringLiteral("R%1").arg(rng.bounded(200), 5, 10, QLatin1Char('0')),
                QStringList{QStringLiteral("green"), QStringLiteral("yellow"), QStringLiteral("red")}.at(
                    rng.bounded(3))};
        }
        const QString path = write(w->dir, "big.csv", scansCsv(rows));
        ImportOptions o;
        o.batchSize = 500;
        int calls = 0;
        auto cancelFirst = [&](const QString& phase, qint64, qint64) {
            return !(phase.startsWith(QStringLiteral("Importing")) && ++calls == 1);
        };
        auto first = ImportService::importFile(db, w->admin, ImportKind::Scans, path, o, cancelFirst);
        QVERIFY(first.ok());
        QCOMPARE(first.value().error.code, ErrorCode::Cancelled);
        const qint64 committed = count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events"));
        QCOMPARE(committed, first.value().imported);
        QVERIFY(committed > 0 && committed < 6000);
        QCOMPARE(rollupRows(db), recount(db)); // what is stored is consistent at every batch

        // Resume: the rest, nothing twice.
        auto second = ImportService::importFile(db, w->admin, ImportKind::Scans, path, o);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QVERIFY(second.value().resumed);
        QVERIFY(second.value().completed());
        QCOMPARE(second.value().imported + second.value().duplicates + second.value().rejected, qint64(6000));
        QCOMPARE(second.value().duplicates, 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), second.value().imported);

        // A crash: the run says 'running' but nobody has touched it for an hour.
        rows.clear();
        for (int i = 0; i < 3000; ++i)
            rows << QStringList{QStringLiteral("C%1").arg(i),
                                iso(start + i * 60),
                                QStringLiteral("V001"),
                                QString(),
                                QString(),
                                QStringLiteral("R%1").arg(i % 200, 5, 10, QLatin1Char('0')),
                                QStringLiteral("green")};
        const QString crashed = write(w->dir, "crash.csv", scansCsv(rows));
        calls = 0;
        auto cut = ImportService::importFile(db, w->admin, ImportKind::Scans, crashed, o, cancelFirst);
        QVERIFY(cut.ok() && cut.value().error.code == ErrorCode::Cancelled);
        auto up = db::run(db, QStringLiteral("UPDATE import_runs SET state = 'running', heartbeat_at = ? WHERE id = ?"),
                          {Clock::nowSecs(), cut.value().runId});
        QVERIFY(up.ok());
        auto busy = ImportService::importFile(db, w->admin, ImportKind::Scans, crashed, o);
        QVERIFY(!busy.ok());
        QCOMPARE(busy.error().code, ErrorCode::Conflict);
        QVERIFY(db::run(db, QStringLiteral("UPDATE import_runs SET heartbeat_at = ? WHERE id = ?"),
                        {Clock::nowSecs() - 3600, cut.value().runId})
                    .ok());
        auto resumed = ImportService::importFile(db, w->admin, ImportKind::Scans, crashed, o);
        QVERIFY2(resumed.ok(), qPrintable(resumed.error().message));
        QVERIFY(resumed.value().resumed);
        QCOMPARE(resumed.value().imported, qint64(3000));
        QCOMPARE(rollupRows(db), recount(db));

        // A rebuild from the raw events gives exactly the rollups the imports maintained.
        const QStringList maintained = rollupRows(db);
        auto rebuilt = heatmap::Rollups::rebuild(db, w->admin);
        QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error().message));
        QCOMPARE(rebuilt.value().scans, count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")));
        QCOMPARE(rollupRows(db), maintained);

        // Windows made of weeks, days and hours add up to what the raw scans say.
        auto config = heatmap::RollupConfig::load(db);
        QVERIFY(config.ok());
        for (const auto& [from, to] : {std::pair<qint64, qint64>{start - 20 * 86400, start + 30 * 86400},
                                       {start + 5 * 3600, start + 41 * 3600},
                                       {start - 3 * 86400 + 7200, start + 9 * 86400 - 3600}}) {
            heatmap::HeatmapQuery q;
            q.jurisdictionId = w->city;
            q.from = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
            q.to = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
            auto f = heatmap::Heatmap::frame(db, w->admin, q);
            QVERIFY2(f.ok(), qPrintable(f.error().message));
            QCOMPARE(f.value().total.figure.scans,
                     count(db,
                           QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE scanned_at >= ? AND scanned_at < ?"),
                           {from, to}));
        }
    }

    void hyperLogLogAccuracy()
    {
        QRandomGenerator64 rng(1234);
        for (const int n : {10, 64, 65, 200, 1000, 10000, 100000}) {
            heatmap::PeopleSketch s;
            for (int i = 0; i < n; ++i)
                s.add(rng.generate());
            const double error = std::fabs(s.estimate() - n) / n;
            // 1.04 / sqrt(1024) = 3.25 % standard error; allow four of them.
            QVERIFY2(error < (n <= heatmap::PeopleSketch::kExactLimit ? 1e-12 : 0.13),
                     qPrintable(QStringLiteral("n=%1 estimate=%2").arg(n).arg(s.estimate())));
            auto back = heatmap::PeopleSketch::fromBytes(s.toBytes());
            QVERIFY(back.has_value());
            QCOMPARE(back->estimate(), s.estimate());
        }
        // Merging is set union: overlapping halves count the overlap once.
        heatmap::PeopleSketch a, b, both;
        QRandomGenerator64 r2(99);
        std::vector<quint64> hashes(30000);
        for (auto& h : hashes)
            h = r2.generate();
        for (int i = 0; i < 20000; ++i)
            a.add(hashes[static_cast<std::size_t>(i)]);
        for (int i = 10000; i < 30000; ++i)
            b.add(hashes[static_cast<std::size_t>(i)]);
        for (const auto h : hashes)
            both.add(h);
        a.merge(b);
        QCOMPARE(a.toBytes(), both.toBytes());
        QVERIFY(std::fabs(a.estimate() - 30000) / 30000 < 0.13);
        // Serialised forms: exact, sparse, dense.
        heatmap::PeopleSketch small, sparse;
        small.add(1);
        QCOMPARE(heatmap::PeopleSketch::kindOf(small.toBytes()), 'E');
        for (int i = 0; i < 100; ++i)
            sparse.add(r2.generate());
        QCOMPARE(heatmap::PeopleSketch::kindOf(sparse.toBytes()), 'S');
        QCOMPARE(heatmap::PeopleSketch::kindOf(both.toBytes()), 'D');
        QVERIFY(!heatmap::PeopleSketch::fromBytes(QByteArray("X\x0a")).has_value());
    }

    void largeSampleThroughTheDatabase()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        addPeople(db, w->east, QStringLiteral("H"), 3000);
        QList<QStringList> rows;
        for (int i = 0; i < 6000; ++i)
            rows << QStringList{QStringLiteral("H%1").arg(i),
                                QStringLiteral("2024-03-01T10:%1:00+08:00").arg(i % 60, 2, 10, QLatin1Char('0')),
                                QStringLiteral("V001"),
                                QString(),
                                QString(),
                                QStringLiteral("H%1").arg(i % 3000, 5, 10, QLatin1Char('0')),
                                QStringLiteral("green")};
        auto r = ImportService::importFile(db, w->admin, ImportKind::Scans, write(w->dir, "hll.csv", scansCsv(rows)));
        QVERIFY2(r.ok() && r.value().completed(), qPrintable(r.ok() ? r.value().error.message : r.error().message));
        heatmap::HeatmapQuery q;
        q.jurisdictionId = w->city;
        q.from = QDateTime::fromSecsSinceEpoch(1709258400, Qt::UTC); // 10:00 +08:00
        q.to = q.from.addSecs(3600);
        auto f = heatmap::Heatmap::frame(db, w->admin, q);
        QVERIFY2(f.ok(), qPrintable(f.error().message));
        QCOMPARE(f.value().total.figure.scans, 6000);
        QVERIFY2(std::abs(f.value().total.figure.people - 3000) < 3000 * 0.13,
                 qPrintable(QString::number(f.value().total.figure.people)));
        QCOMPARE(rollupRows(db), recount(db));
    }

    void suppressionHidesSmallCellsAndCannotBeSubtracted()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        const int k = heatmap::Heatmap::threshold();
        QCOMPARE(k, 10);
        addPeople(db, w->east, QStringLiteral("S"), 400);
        QRandomGenerator rng(2024);
        QList<QStringList> rows;
        const qint64 day = 1709222400; // 2024-03-01T00:00+08:00
        int id = 0;
        auto scan = [&](const QString& venue, double lat, double lon, int person, const char* colour, qint64 at) {
            rows << QStringList{QStringLiteral("S%1").arg(id++),
                                iso(at),
                                venue,
                                venue.isEmpty() ? QString::number(lat, 'f', 6) : QString(),
                                venue.isEmpty() ? QString::number(lon, 'f', 6) : QString(),
                                QStringLiteral("S%1").arg(person, 5, 10, QLatin1Char('0')),
                                QString::fromLatin1(colour)};
        };
        for (int c = 0; c < 40; ++c) {
            const double lat = 30.0 + rng.bounded(0.2);
            const double lon = 120.0 + rng.bounded(0.2);
            const int people = 1 + static_cast<int>(rng.bounded(25));
            for (int p = 0; p < people; ++p) {
                const int person = static_cast<int>(rng.bounded(400));
                const int roll = static_cast<int>(rng.bounded(100));
                const char* colour = roll < 80 ? "green" : roll < 93 ? "yellow" : "red";
                for (int s = 0, n = 1 + static_cast<int>(rng.bounded(3)); s < n; ++s)
                    scan({}, lat, lon, person, colour, day + rng.bounded(86400));
            }
        }
        // Venues: V001 15 people, V002 3, V003 12 (for the top-venues residual rule).
        for (int p = 0; p < 15; ++p)
            scan(QStringLiteral("V001"), 0, 0, 100 + p, "green", day + 3600 * 10);
        for (int p = 0; p < 3; ++p)
            scan(QStringLiteral("V002"), 0, 0, 200 + p, "green", day + 3600 * 11);
        for (int p = 0; p < 12; ++p)
            scan(QStringLiteral("V003"), 0, 0, 300 + p, "green", day + 3600 * 12);
        auto imported =
            ImportService::importFile(db, w->admin, ImportKind::Scans, write(w->dir, "k.csv", scansCsv(rows)));
        QVERIFY2(imported.ok() && imported.value().imported == rows.size(),
                 qPrintable(imported.ok() ? QString::number(imported.value().rejected) : imported.error().message));

        heatmap::HeatmapQuery q;
        q.jurisdictionId = w->city;
        q.from = QDateTime::fromSecsSinceEpoch(day, Qt::UTC);
        q.to = q.from.addDays(1);
        // Truth from raw scans, per (district, cx, cy) and colour.
        auto config = heatmap::RollupConfig::load(db);
        auto geography = heatmap::Geography::load(db);
        QVERIFY(config.ok() && geography.ok());
        struct Truth
        {
            std::set<qint64> people[4]; // [0] all colours
            qint64 scans[4] = {};
        };
        std::map<std::tuple<qint64, int, int>, Truth> truth;
        auto raw = db::run(db, QStringLiteral("SELECT COALESCE(v.lat, s.lat), COALESCE(v.lon, s.lon), "
                                              "COALESCE(v.district_id, 0), s.person_id, s.colour FROM scan_events s "
                                              "LEFT JOIN venues v ON v.id = s.venue_id"));
        QVERIFY(raw.ok());
        while (raw.value().next()) {
            const double lat = raw.value().value(0).toDouble();
            const double lon = raw.value().value(1).toDouble();
            qint64 district = raw.value().value(2).toLongLong();
            if (district == 0)
                district = geography.value().locate(lat, lon);
            const QPoint cell = config.value().grid().cellOf(lat, lon);
            Truth& t = truth[{district, cell.x(), cell.y()}];
            const int colour = 1 + static_cast<int>(*heatmap::ScanColours::fromKey(raw.value().value(4).toString()));
            for (const int i : {0, colour}) {
                t.people[i].insert(raw.value().value(3).toLongLong());
                ++t.scans[i];
            }
        }

        // All published figures of the city frames (every colour filter) as equations over the
        // unknowns (cell, colour); then no figure with fewer than k people may lie in their span.
        std::map<std::tuple<qint64, int, int, int>, std::size_t> unknown;
        for (const auto& [key, t] : truth)
            for (int c = 1; c <= 3; ++c)
                if (t.scans[c] > 0)
                    unknown.emplace(std::tuple_cat(key, std::tuple<int>(c)), unknown.size());
        std::vector<std::vector<double>> published;
        std::vector<std::vector<double>> small;
        int secondary = 0;
        int visible = 0;
        auto vectorFor = [&](qint64 district, int cx, int cy, int colour, bool wholeArea) {
            std::vector<double> v(unknown.size(), 0.0);
            for (const auto& [key, index] : unknown) {
                const auto& [d, x, y, c] = key;
                if ((colour == 0 || c == colour) && (district == 0 || d == district) &&
                    (wholeArea || (x == cx && y == cy)))
                    v[index] = 1;
            }
            return v;
        };
        for (int colour = 0; colour <= 3; ++colour) {
            q.colour = colour == 0 ? std::nullopt : std::optional<ScanColour>(static_cast<ScanColour>(colour - 1));
            auto f = heatmap::Heatmap::frame(db, w->admin, q);
            QVERIFY2(f.ok(), qPrintable(f.error().message));
            for (const heatmap::HeatmapCell& cell : f.value().cells) {
                const Truth& t = truth.at({cell.districtId, cell.cx, cell.cy});
                const auto v = vectorFor(cell.districtId, cell.cx, cell.cy, colour, false);
                const qint64 people = static_cast<qint64>(t.people[colour].size());
                if (cell.figure.suppressed) {
                    QCOMPARE(cell.figure.scans, 0);
                    QCOMPARE(cell.figure.people, 0);
                    if (people < k)
                        small.push_back(v);
                    else
                        ++secondary;
                } else {
                    ++visible;
                    QVERIFY(people >= k);
                    QCOMPARE(cell.figure.scans, t.scans[colour]);
                    QCOMPARE(cell.figure.people, people);
                    published.push_back(v);
                }
            }
            for (const heatmap::AreaFigure& a : f.value().districts)
                if (!a.figure.suppressed)
                    published.push_back(vectorFor(a.jurisdictionId, 0, 0, colour, true));
            if (!f.value().total.figure.suppressed)
                published.push_back(vectorFor(0, 0, 0, colour, true));

            // A district's frame shows exactly what the city frame shows for it.
            heatmap::HeatmapQuery dq = q;
            dq.jurisdictionId = w->east;
            auto df = heatmap::Heatmap::frame(db, w->admin, dq);
            QVERIFY(df.ok());
            int inEast = 0;
            for (const heatmap::HeatmapCell& cell : f.value().cells)
                if (cell.districtId == w->east) {
                    const heatmap::HeatmapCell& same = df.value().cells.at(inEast++);
                    QCOMPARE(same.cx, cell.cx);
                    QCOMPARE(same.figure.suppressed, cell.figure.suppressed);
                    QCOMPARE(same.figure.scans, cell.figure.scans);
                }
            QCOMPARE(df.value().cells.size(), inEast);
        }
        QVERIFY2(
            !small.empty() && secondary > 0 && visible > 0,
            qPrintable(
                QStringLiteral("small %1, secondary %2, visible %3").arg(small.size()).arg(secondary).arg(visible)));
        const int base = rank(published);
        for (const auto& v : small) {
            auto with = published;
            with.push_back(v);
            QVERIFY2(rank(with) > base, "a suppressed figure can be computed from the shown ones");
        }

        // Play-back: each hour of the series is what a one-hour frame shows as its total.
        q.colour.reset();
        auto series = heatmap::Heatmap::hourly(db, w->admin, q);
        QVERIFY(series.ok());
        QCOMPARE(series.value().size(), 24);
        for (const int h : {3, 10, 11, 12, 20}) {
            heatmap::HeatmapQuery hq = q;
            hq.from = q.from.addSecs(3600 * h);
            hq.to = hq.from.addSecs(3600);
            auto hf = heatmap::Heatmap::frame(db, w->admin, hq);
            QVERIFY(hf.ok());
            QCOMPARE(series.value().at(h).figure.suppressed, hf.value().total.figure.suppressed);
            QCOMPARE(series.value().at(h).figure.scans, hf.value().total.figure.scans);
        }

        // Top venues: V002 (3 people) is not listed; listing V003 would leave V002 alone in the rest.
        auto top = heatmap::Heatmap::topVenues(db, w->admin, q, 10);
        QVERIFY(top.ok());
        QCOMPARE(top.value().venues.size(), 1);
        QCOMPARE(top.value().venues.at(0).code, QStringLiteral("V001"));
        QCOMPARE(top.value().venues.at(0).people, 15);
    }

    void scopeIsEnforced()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        const auth::Session east = w->t.addUser(w->admin, QStringLiteral("east"), auth::Role::Operator, w->east);
        ImportOptions o;
        o.provider = QStringLiteral("acme");
        auto r = ImportService::importFile(db, east, ImportKind::Scans, data("scans.csv"), o);
        QVERIFY(r.ok());
        // E004 (coordinates in the west), E007 (venue V003) and E012 (west) are outside the user's jurisdiction.
        QCOMPARE(r.value().imported, 3);
        int outside = 0;
        for (const RejectedRow& row : r.value().rejects)
            outside += row.reason.contains(QStringLiteral("outside the jurisdiction")) ? 1 : 0;
        QCOMPARE(outside, 3);
        heatmap::HeatmapQuery q;
        q.jurisdictionId = w->city;
        q.from = QDateTime::fromSecsSinceEpoch(1709222400, Qt::UTC);
        q.to = q.from.addDays(1);
        auto city = heatmap::Heatmap::frame(db, east, q);
        QVERIFY(!city.ok());
        QCOMPARE(city.error().code, ErrorCode::OutOfScope);
        q.jurisdictionId = w->east;
        QVERIFY(heatmap::Heatmap::frame(db, east, q).ok());
        const auth::Session viewer = w->t.addUser(w->admin, QStringLiteral("viewer"), auth::Role::Viewer);
        auto refused = ImportService::importFile(db, viewer, ImportKind::Scans, data("scans.csv"), o);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!heatmap::Rollups::rebuild(db, east).ok());
        QVERIFY(!heatmap::Retention::purge(db, east).ok());
    }

    void retentionPurgesRawScansAndKeepsRollups()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        const qint64 now = Clock::nowSecs();
        QList<QStringList> rows[2];
        for (int i = 0; i < 40; ++i) {
            const qint64 at = now - (i < 20 ? 40 : 2) * 86400 + i * 60;
            rows[i < 20 ? 0 : 1] << QStringList{QStringLiteral("T%1").arg(i),
                                                iso(at),
                                                QStringLiteral("V001"),
                                                QString(),
                                                QString(),
                                                QStringLiteral("PS00%1").arg(1 + i % 6),
                                                QStringLiteral("green")};
        }
        // Scans older than the retention window are refused: the old ones went in when they were new.
        setNow(now - 38 * 86400);
        auto r = ImportService::importFile(db, w->admin, ImportKind::Scans, write(w->dir, "old.csv", scansCsv(rows[0])));
        QVERIFY(r.ok() && r.value().imported == 20);
        setNow(now);
        r = ImportService::importFile(db, w->admin, ImportKind::Scans, write(w->dir, "new.csv", scansCsv(rows[1])));
        QVERIFY(r.ok() && r.value().imported == 20);
        const qint64 cutoff = now - 30 * 86400;
        const qint64 oldRollups =
            count(db, QStringLiteral("SELECT COUNT(*) FROM scan_rollup_districts WHERE bucket < ?"), {cutoff});
        QVERIFY(oldRollups > 0);
        auto p = heatmap::Retention::purge(db, w->admin, {}, 30);
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        QCOMPARE(p.value().deleted, 20);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), 20);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_rollup_districts WHERE bucket < ?"), {cutoff}),
                 oldRollups);
        QVERIFY(p.value().hardenedBuckets > 0);
        // No exact per-person sets before the cutoff; the recent ones are still exact.
        auto sketches = db::run(db, QStringLiteral("SELECT bucket, span, people FROM scan_rollup_cells"));
        QVERIFY(sketches.ok());
        while (sketches.value().next()) {
            const qint64 end = sketches.value().value(0).toLongLong() + sketches.value().value(1).toLongLong();
            const char kind = heatmap::PeopleSketch::kindOf(sketches.value().value(2).toByteArray());
            if (end <= cutoff)
                QVERIFY(kind != 'E');
            else if (sketches.value().value(0).toLongLong() > cutoff)
                QCOMPARE(kind, 'E');
        }
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'scans.purge'")) >= 1);
        // A rebuild keeps what it cannot recompute.
        auto rebuilt = heatmap::Rollups::rebuild(db, w->admin);
        QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error().message));
        QVERIFY(rebuilt.value().keptBefore > cutoff);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_rollup_districts WHERE bucket < ?"), {cutoff}),
                 oldRollups);
        QVERIFY(!heatmap::Rollups::rebuild(db, w->admin, {}, 250).ok()); // no new grid once scans are gone
        auto again = heatmap::Retention::purge(db, w->admin, {}, 30);
        QVERIFY(again.ok());
        QCOMPARE(again.value().deleted, 0);
    }
    // A provider's event id names one scan: the same id again with other content is a rejected row naming what
    // differs, whether it came earlier in the file (also in the same batch) or was stored before.
    void sameEventIdWithOtherContentIsRejected()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        ImportOptions o;
        o.provider = QStringLiteral("acme");
        const auto row = [](const char* id, const char* time, const char* venue, const char* lat, const char* lon,
                            const char* person, const char* colour) {
            return QStringList{QString::fromUtf8(id),  QString::fromUtf8(time),   QString::fromUtf8(venue),
                               QString::fromUtf8(lat), QString::fromUtf8(lon),    QString::fromUtf8(person),
                               QString::fromUtf8(colour)};
        };
        const QString first = write(
            w->dir, "dup.csv",
            scansCsv({row("d1", "2024-03-01T08:00:00+08:00", "V001", "", "", "PS001", "green"),
                      row("d2", "2024-03-01T08:05:00+08:00", "V001", "", "", "PS002", "green"),
                      row("d1", "2024-03-01T09:00:00+08:00", "V002", "", "", "PS003", "red"),
                      row("d2", "2024-03-01T08:05:00+08:00", "V001", "", "", "PS002", "green")}));
        auto r = ImportService::importFile(db, w->admin, ImportKind::Scans, first, o);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().imported, 2);
        QCOMPARE(r.value().duplicates, 1);
        QCOMPARE(r.value().rejected, 1);
        QCOMPARE(r.value().rejects.at(0).line, 4);
        QCOMPARE(r.value().rejects.at(0).field, QStringLiteral("event_id"));
        QVERIFY2(r.value().rejects.at(0).reason.contains(QStringLiteral("d1")) &&
                     r.value().rejects.at(0).reason.contains(QStringLiteral("time, venue, person, colour")),
                 qPrintable(r.value().rejects.at(0).reason));

        // Against what is stored, one row per batch.
        o.batchSize = 1;
        const QString second =
            write(w->dir, "dup2.csv",
                  scansCsv({row("d1", "2024-03-01T08:00:00+08:00", "V001", "", "", "PS001", "green"),
                            row("d1", "2024-03-01T08:00:00+08:00", "V001", "", "", "PS001", "yellow"),
                            row("d2", "2024-03-01T08:05:00+08:00", "", "30.05", "120.05", "PS002", "green"),
                            row("d3", "2024-03-01T08:10:00+08:00", "V001", "", "", "PS003", "green")}));
        r = ImportService::importFile(db, w->admin, ImportKind::Scans, second, o);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().imported, 1);
        QCOMPARE(r.value().duplicates, 1);
        QCOMPARE(r.value().rejected, 2);
        QCOMPARE(r.value().rejects.at(0).line, 3);
        QVERIFY2(r.value().rejects.at(0).reason.contains(QStringLiteral("different colour")),
                 qPrintable(r.value().rejects.at(0).reason));
        QCOMPARE(r.value().rejects.at(1).line, 4);
        QVERIFY2(r.value().rejects.at(1).reason.contains(QStringLiteral("different venue, coordinates")),
                 qPrintable(r.value().rejects.at(1).reason));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE event_uid = 'd1' AND colour = 'green' "
                                          "AND venue_id = (SELECT id FROM venues WHERE code = 'V001')")),
                 1);
        QCOMPARE(rollupRows(db), recount(db));

        // Importing the first file again adds nothing and rejects only its own conflicting row.
        o.batchSize = 50000;
        o.force = true;
        r = ImportService::importFile(db, w->admin, ImportKind::Scans, first, o);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().imported, 0);
        QCOMPARE(r.value().duplicates, 3);
        QCOMPARE(r.value().rejected, 1);
        QCOMPARE(r.value().rejects.at(0).line, 4);
    }

    // Raw scans older than the retention window, or than where a purge left off, are not kept: their rollups
    // would hold exact per-person sets that no purge hardens.
    void scansOlderThanRetentionAreRefused()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        const qint64 now = Clock::nowSecs();
        const int window = Settings::intValue(Settings::Key::ScanRetentionDays);
        QVERIFY(window > 6);
        const auto scan = [](const QString& id, qint64 at) {
            return QStringList{id,       iso(at),  QStringLiteral("V001"), QString(), QString(), QStringLiteral("PS001"),
                               QStringLiteral("green")};
        };
        auto r = ImportService::importFile(
            db, w->admin, ImportKind::Scans,
            write(w->dir, "window.csv",
                  scansCsv({scan(QStringLiteral("W1"), now - qint64(window + 2) * 86400),
                            scan(QStringLiteral("W2"), now - 86400)})));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().imported, 1);
        QCOMPARE(r.value().rejected, 1);
        QCOMPARE(r.value().rejects.at(0).line, 2);
        QCOMPARE(r.value().rejects.at(0).field, QStringLiteral("time"));
        QVERIFY2(r.value().rejects.at(0).reason.contains(QStringLiteral("retention window of %1 days").arg(window)),
                 qPrintable(r.value().rejects.at(0).reason));

        // A purge left off 3 days ago: 12 scans 5 days old are inside the window but before it.
        auto config = heatmap::RollupConfig::load(db);
        QVERIFY(config.ok());
        const qint64 purgedBefore = now - 3 * 86400;
        QVERIFY(config.value().setPurgedBefore(db, purgedBefore).ok());
        QList<QStringList> rows;
        for (int i = 0; i < 12; ++i)
            rows << scan(QStringLiteral("P%1").arg(i), now - 5 * 86400 + i * 60);
        rows << scan(QStringLiteral("P12"), now - 3600);
        r = ImportService::importFile(db, w->admin, ImportKind::Scans, write(w->dir, "purged.csv", scansCsv(rows)));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().imported, 1);
        QCOMPARE(r.value().rejected, 12);
        for (const RejectedRow& row : r.value().rejects) {
            QCOMPARE(row.field, QStringLiteral("time"));
            QVERIFY2(row.reason.contains(QStringLiteral("purged")), qPrintable(row.reason));
        }
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE scanned_at < ?"), {purgedBefore}), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_rollup_districts WHERE span = 3600 AND bucket < ?"),
                       {purgedBefore}),
                 0);
        QCOMPARE(rollupRows(db), recount(db));
    }

    // A completed run blocks only a run with the same settings; then it says what it rejected.
    void rerunWithOtherSettingsIsNotBlocked()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        QList<QStringList> rows;
        for (int i = 0; i < 3; ++i)
            rows << QStringList{QStringLiteral("Z%1").arg(i),
                                QStringLiteral("2024-03-01T09:0%1:00").arg(i),
                                QStringLiteral("V001"),
                                QString(),
                                QString(),
                                QStringLiteral("PS001"),
                                QStringLiteral("green")};
        const QString path = write(w->dir, "nozone.csv", scansCsv(rows));
        ImportOptions o;
        auto r = ImportService::importFile(db, w->admin, ImportKind::Scans, path, o);
        QVERIFY2(r.ok() && r.value().completed(), qPrintable(r.error().message));
        QCOMPARE(r.value().imported, 0);
        QCOMPARE(r.value().rejected, 3); // no time zone
        r = ImportService::importFile(db, w->admin, ImportKind::Scans, path, o);
        QVERIFY(r.ok() && r.value().alreadyImported);
        QCOMPARE(r.value().earlierRejected, 3);
        o.timeZone = QTimeZone("Asia/Shanghai");
        r = ImportService::importFile(db, w->admin, ImportKind::Scans, path, o);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(!r.value().alreadyImported);
        QCOMPARE(r.value().imported, 3);
        QCOMPARE(r.value().rejected, 0);
        QCOMPARE(count(db, QStringLiteral("SELECT scanned_at FROM scan_events WHERE event_uid = 'Z0'")),
                 qint64(1709254800)); // 09:00 +08:00
        r = ImportService::importFile(db, w->admin, ImportKind::Scans, path, o);
        QVERIFY(r.ok() && r.value().alreadyImported);
        QCOMPARE(r.value().earlierRejected, 0);
    }

    // An operator's import shows nothing about people outside their scope beyond what the ID number's uniqueness
    // cannot hide; test results say "no person in the jurisdiction" whether the person lives elsewhere or nowhere.
    // (On PostgreSQL the operator's own database role hides them: TestImportCtl.)
    void importsShowNothingOutsideTheScope()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        const auth::Session east = w->t.addUser(w->admin, QStringLiteral("east"), auth::Role::Operator, w->east);
        // 赵磊 lives in the west, phone 13900000000.
        const QString zhao = QStringLiteral("990102199001010111");
        const QString people = write(w->dir, "people-east.csv",
                                     "national_id,name,phone,district,guardian\n"
                                     "990102199001010111,王五,13800000000,990101,\n"
                                     "990102199001010111,赵磊,13900000000,990101,\n"
                                     "990101200001010014,新人,13700000000,990101,\n"
                                     "990101199002020024,被监护人,,990101,990102199001010111\n");
        auto r = ImportService::importFile(db, east, ImportKind::People, people);
        QVERIFY2(r.ok() && r.value().completed(), qPrintable(r.ok() ? r.value().error.message : r.error().message));
        QCOMPARE(r.value().imported, 1);
        QCOMPARE(r.value().rejected, 3);
        const QString outside =
            QStringLiteral("%1 is registered outside the jurisdiction of east and cannot be imported here.")
                .arg(NationalId::masked(zhao));
        QCOMPARE(r.value().rejects.at(0).line, 2);
        QCOMPARE(r.value().rejects.at(0).field, QStringLiteral("national_id"));
        QCOMPARE(r.value().rejects.at(0).reason, outside);
        QCOMPARE(r.value().rejects.at(1).line, 3);
        QCOMPARE(r.value().rejects.at(1).reason, outside);
        QCOMPARE(r.value().rejects.at(2).line, 5);
        QCOMPARE(r.value().rejects.at(2).field, QStringLiteral("guardian"));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM people WHERE national_id = ? AND name = '赵磊'"), {zhao}),
                 1);

        const QString tests = write(w->dir, "tests-east.csv",
                                    "national_id,kind,result,sampled_at\n"
                                    "990102199001010111,pcr,negative,2024-03-01T08:00:00+08:00\n"
                                    "990101199503030036,pcr,negative,2024-03-01T08:00:00+08:00\n");
        auto t = ImportService::importFile(db, east, ImportKind::Tests, tests);
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        QCOMPARE(t.value().rejected, 2);
        const auto nobody = [](const QString& id) {
            return QStringLiteral("No person in the jurisdiction of east has the ID number %1.")
                .arg(NationalId::masked(id));
        };
        QCOMPARE(t.value().rejects.at(0).field, QStringLiteral("national_id"));
        QCOMPARE(t.value().rejects.at(0).reason, nobody(zhao));
        QCOMPARE(t.value().rejects.at(1).field, QStringLiteral("national_id"));
        QCOMPARE(t.value().rejects.at(1).reason, nobody(QStringLiteral("990101199503030036")));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM test_results")), 0);
    }

    // Purging is the administrators' (PostgreSQL grants DELETE on scan_events to them only), and never keeps
    // fewer days than IT's window: the rules read the scans inside it.
    void purgeKeepsAtLeastTheWindowAndIsTheAdministrators()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        const qint64 now = Clock::nowSecs();
        QList<QStringList> rows;
        for (int i = 0; i < 10; ++i)
            rows << QStringList{QStringLiteral("K%1").arg(i),
                                iso(now - 3 * 86400 + i * 60),
                                QStringLiteral("V001"),
                                QString(),
                                QString(),
                                QStringLiteral("PS00%1").arg(1 + i % 6),
                                QStringLiteral("green")};
        auto r = ImportService::importFile(db, w->admin, ImportKind::Scans, write(w->dir, "keep.csv", scansCsv(rows)));
        QVERIFY2(r.ok() && r.value().imported == 10, r.ok() ? "" : qPrintable(r.error().message));
        const int window = Settings::intValue(Settings::Key::ScanRetentionDays);
        QVERIFY(window > 2);
        auto shorter = heatmap::Retention::purge(db, w->admin, {}, 2);
        QVERIFY(!shorter.ok());
        QCOMPARE(shorter.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(shorter.error().message.contains(QString::number(window)), qPrintable(shorter.error().message));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), 10);

        const auth::Session op = w->t.addUser(w->admin, QStringLiteral("purging-op"), auth::Role::Operator);
        QVERIFY(op.can(auth::Permission::ImportData));
        auto denied = heatmap::Retention::purge(db, op);
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        auto due = heatmap::Retention::due(db, op);
        QVERIFY(due.ok() && !due.value());
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM scan_events")), 10);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'scans.purge'")), 0);

        // Keeping more than the window is the administrator's to choose.
        auto longer = heatmap::Retention::purge(db, w->admin, {}, window + 30);
        QVERIFY2(longer.ok(), qPrintable(longer.error().message));
        QCOMPARE(longer.value().deleted, 0);
    }
};

QTEST_GUILESS_MAIN(TestScanImport)
#include "TestScanImport.moc"
