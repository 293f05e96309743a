// The heatmap as it leaves the console (SQLite and PostgreSQL): the CSV marks suppressed figures with a word,
// never a number, and nothing suppressed can be worked out from what the CSVs of all colour filters show
// together (rank test over the shown sums; every shown sum's suppressed parts hold at least k people); the PNG
// paints suppressed cells grey and hatched and shown cells on the scale; play-back frames equal one-hour
// frames; healthcode-ctl heatmap writes both files.

#include "TestDatabase.h"

#include "auth/Authenticator.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "heatmap/Geography.h"
#include "heatmap/Heatmap.h"
#include "heatmap/HeatmapExport.h"
#include "heatmap/HeatmapRenderer.h"
#include "heatmap/RollupConfig.h"
#include "imports/ImportService.h"
#include "util/Clock.h"

#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace hc;
using heatmap::ScanColour;
using test::runCtl;

namespace {
constexpr qint64 kDay = 1709222400; // 2024-03-01T00:00+08:00

QString data(const char* name)
{
    return qEnvironmentVariable("HC_TEST_DATA") + QStringLiteral("/imports/") + QString::fromLatin1(name);
}

qint64 idOf(const db::Database& db, const char* code)
{
    auto q = db::run(db, QStringLiteral("SELECT id FROM jurisdictions WHERE code = ?"), {QString::fromLatin1(code)});
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

QString iso(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

// Rank of a matrix of 0/1 rows by Gaussian elimination with partial pivoting.
int rank(std::vector<std::vector<double>> m)
{
    int r = 0;
    const std::size_t cols = m.empty() ? 0 : m[0].size();
    for (std::size_t c = 0; c < cols && r < static_cast<int>(m.size()); ++c) {
        auto pivot = static_cast<std::size_t>(r);
        for (auto i = static_cast<std::size_t>(r); i < m.size(); ++i)
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

// One CSV row of the export, split (no field of the fixture holds a comma or quote).
struct Row
{
    QString level;
    QString district;
    int cx = 0;
    int cy = 0;
    QString colour;
    QString scans;
    QString people;
    bool suppressed() const { return scans == QLatin1String("suppressed"); }
};

QList<Row> parse(const QByteArray& csv, QString* header)
{
    QList<Row> rows;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    *header = lines.value(0);
    for (const QString& line : lines.mid(1)) {
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() != 14)
            qFatal("bad CSV line %s", qPrintable(line));
        rows << Row{f[0], f[1], f[3].toInt(), f[4].toInt(), f[9], f[12], f[13]};
    }
    return rows;
}
} // namespace

class TestHeatmap final : public QObject
{
    Q_OBJECT

    struct World
    {
        test::TestDatabase t;
        auth::Session admin;
        qint64 city = 0;
        qint64 east = 0;
        qint64 west = 0;
        QTemporaryDir dir;
        qint64 scans = 0;
    };

    // The fixture city (two districts), venues and people through the importers, and a day of scans in
    // about fifty places: many small groups (suppressed), some large, a few red and yellow codes.
    static std::unique_ptr<World> world()
    {
        auto w = std::make_unique<World>();
        if (!w->t.isReady())
            return w;
        const db::Database& db = w->t.db();
        w->admin = w->t.initAdmin();
        using imports::ImportKind;
        auto j = imports::ImportService::importFile(db, w->admin, ImportKind::Jurisdictions, data("city.geojson"));
        if (!j)
            qFatal("jurisdictions: %s", qPrintable(j.error().message));
        for (const auto& [kind, file] :
             {std::pair{ImportKind::Venues, "venues.csv"}, {ImportKind::People, "people.csv"}}) {
            auto r = imports::ImportService::importFile(db, w->admin, kind, data(file));
            if (!r || !r.value().completed())
                qFatal("%s failed", file);
        }
        w->admin = auth::Authenticator::sessionFor(db, w->admin.userId).value();
        w->city = idOf(db, "990100");
        w->east = idOf(db, "990101");
        w->west = idOf(db, "990102");
        {
            db::Transaction tx(db);
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, district_id) "
                                     "VALUES (?, ?, ?, 'F', '1990-01-01', ?)"));
            for (int i = 0; i < 400; ++i) {
                const QString p = QStringLiteral("H%1").arg(i, 5, 10, QLatin1Char('0'));
                if (!db::rerun(q, {QString(QStringLiteral("X") + p), p, p, w->east}))
                    qFatal("people");
            }
            if (!tx.commit())
                qFatal("people commit");
        }
        QRandomGenerator rng(20240301);
        QByteArray csv = "event_id,time,venue,lat,lon,pseudonym,colour\n";
        int id = 0;
        for (int place = 0; place < 50; ++place) {
            const double lat = 30.0 + rng.bounded(0.2);
            const double lon = 120.0 + rng.bounded(0.2);
            const int people =
                place < 8 ? 30 + static_cast<int>(rng.bounded(40)) : 1 + static_cast<int>(rng.bounded(20));
            for (int p = 0; p < people; ++p) {
                const int person = static_cast<int>(rng.bounded(400));
                const int roll = static_cast<int>(rng.bounded(100));
                const char* colour = roll < 78 ? "green" : roll < 93 ? "yellow" : "red";
                for (int s = 0, n = 1 + static_cast<int>(rng.bounded(3)); s < n; ++s) {
                    csv += QStringLiteral("H%1,%2,,%3,%4,H%5,%6\n")
                               .arg(id++)
                               .arg(iso(kDay + rng.bounded(86400)))
                               .arg(lat, 0, 'f', 6)
                               .arg(lon, 0, 'f', 6)
                               .arg(person, 5, 10, QLatin1Char('0'))
                               .arg(QString::fromLatin1(colour))
                               .toUtf8();
                }
            }
        }
        const QString path = w->dir.filePath(QStringLiteral("scans.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
            qFatal("scans file");
        f.close();
        auto r = imports::ImportService::importFile(db, w->admin, ImportKind::Scans, path);
        if (!r || r.value().imported != id)
            qFatal("scans: %s", r ? "rejected rows" : qPrintable(r.error().message));
        w->scans = id;
        return w;
    }

    static heatmap::HeatmapQuery dayQuery(const World& w, std::optional<ScanColour> colour = std::nullopt)
    {
        heatmap::HeatmapQuery q;
        q.jurisdictionId = w.city;
        q.from = QDateTime::fromSecsSinceEpoch(kDay, Qt::UTC);
        q.to = q.from.addDays(1);
        q.colour = colour;
        return q;
    }

    static heatmap::HeatmapRenderer mapOf(World& w, const heatmap::HeatmapFrame& frame,
                                          std::optional<ScanColour> colour, bool withAreas = true)
    {
        heatmap::HeatmapRenderer map;
        if (withAreas)
            map.setAreas(heatmap::Geography::load(w.t.db()).value(), w.city);
        map.setFrame(frame);
        map.setColour(colour);
        return map;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("backend: %s", qPrintable(test::TestDatabase::backendName()));
        // The scans are dated 2024-03-01 and scans older than the retention window are refused: the clock goes
        // on from 2024-03-10T00:00Z.
        const qint64 offset = QDateTime::currentSecsSinceEpoch() - 1710028800;
        Clock::setSource([offset] { return QDateTime::currentDateTimeUtc().addSecs(-offset); });
    }
    void cleanupTestCase() { Clock::setSource(nullptr); }

    void csvMarksSuppressedAndNothingSuppressedIsDerivable()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        const int k = heatmap::Heatmap::threshold();
        QCOMPARE(k, 10);

        // What the four CSVs (all colours, green, yellow, red) show.
        std::map<QString, QList<Row>> shown; // colour -> rows
        int suppressedCells = 0;
        for (int c = 0; c <= 3; ++c) {
            const auto colour = c == 0 ? std::nullopt : std::optional<ScanColour>(static_cast<ScanColour>(c - 1));
            auto frame = heatmap::Heatmap::frame(db, w->admin, dayQuery(*w, colour));
            QVERIFY2(frame.ok(), qPrintable(frame.error().message));
            const QByteArray csv = heatmap::HeatmapExport::csv(mapOf(*w, frame.value(), colour));
            QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
            QString header;
            const QList<Row> rows = parse(csv, &header);
            QCOMPARE(header, QStringLiteral("level,district_code,district_name,cell_x,cell_y,west,south,east,north,"
                                            "colour,from,to,scans,people"));
            const auto& f = frame.value();
            QCOMPARE(rows.size(), f.cells.size() + f.districts.size() + 1);
            for (int i = 0; i < f.cells.size(); ++i) {
                const Row& r = rows.at(i);
                QCOMPARE(r.level, QStringLiteral("cell"));
                QCOMPARE(r.cx, f.cells.at(i).cx);
                // A suppressed cell is the word in both columns; a shown one has both numbers.
                if (f.cells.at(i).figure.suppressed) {
                    QCOMPARE(r.scans, QStringLiteral("suppressed"));
                    QCOMPARE(r.people, QStringLiteral("suppressed"));
                    ++suppressedCells;
                } else {
                    QCOMPARE(r.scans.toLongLong(), f.cells.at(i).figure.scans);
                    QCOMPARE(r.people.toLongLong(), f.cells.at(i).figure.people);
                    QVERIFY(r.people.toLongLong() >= k);
                }
            }
            QCOMPARE(rows.last().level, QStringLiteral("total"));
            QCOMPARE(rows.last().district, QStringLiteral("990100"));
            QCOMPARE(rows.last().colour, c == 0 ? QStringLiteral("all") : heatmap::ScanColours::key(*colour));
            shown[rows.last().colour] = rows;
        }
        QVERIFY(suppressedCells > 0);

        // The unknowns: one per (cell part, colour) that has scans (a missing row is a published zero).
        using Key = std::tuple<QString, int, int, QString>;
        std::map<Key, std::size_t> unknown;
        for (const char* c : {"green", "yellow", "red"})
            for (const Row& r : shown[QString::fromLatin1(c)])
                if (r.level == QLatin1String("cell"))
                    unknown.emplace(Key{r.district, r.cx, r.cy, r.colour}, unknown.size());
        auto vectorOf = [&](const Row& r) {
            std::vector<double> v(unknown.size(), 0.0);
            for (const auto& [key, index] : unknown) {
                const auto& [d, x, y, c] = key;
                const bool colourMatches = r.colour == QLatin1String("all") || r.colour == c;
                const bool placeMatches =
                    r.level == QLatin1String("total") || (r.level == QLatin1String("district") && r.district == d) ||
                    (r.level == QLatin1String("cell") && r.district == d && r.cx == x && r.cy == y);
                if (colourMatches && placeMatches)
                    v[index] = 1;
            }
            return v;
        };
        std::vector<std::vector<double>> published;
        std::vector<std::pair<Row, std::vector<double>>> hidden;
        for (const auto& [colour, rows] : shown)
            for (const Row& r : rows) {
                if (r.suppressed())
                    hidden.emplace_back(r, vectorOf(r));
                else
                    published.push_back(vectorOf(r));
            }
        QVERIFY(!hidden.empty() && !published.empty());
        const int base = rank(published);
        for (const auto& [row, v] : hidden) {
            auto with = published;
            with.push_back(v);
            QVERIFY2(rank(with) > base, qPrintable(QStringLiteral("the suppressed %1 %2 (%3, %4) %5 can be computed "
                                                                  "from the shown figures")
                                                       .arg(row.level, row.district)
                                                       .arg(row.cx)
                                                       .arg(row.cy)
                                                       .arg(row.colour)));
        }

        // Complementary suppression, checked against the raw scans: wherever a shown sum has suppressed parts,
        // those parts together hold at least k distinct people, so subtracting reveals no small group.
        auto config = heatmap::RollupConfig::load(db);
        auto geography = heatmap::Geography::load(db);
        QVERIFY(config.ok() && geography.ok());
        std::map<Key, std::set<qint64>> people;
        auto raw = db::run(db, QStringLiteral("SELECT lat, lon, person_id, colour FROM scan_events"));
        QVERIFY(raw.ok());
        while (raw.value().next()) {
            const double lat = raw.value().value(0).toDouble();
            const double lon = raw.value().value(1).toDouble();
            const heatmap::Area* d = geography.value().find(geography.value().locate(lat, lon));
            QVERIFY(d);
            const QPoint cell = config.value().grid().cellOf(lat, lon);
            people[Key{d->code, cell.x(), cell.y(), raw.value().value(3).toString()}].insert(
                raw.value().value(2).toLongLong());
        }
        auto peopleIn = [&](const Row& r) {
            std::set<qint64> out;
            const auto v = vectorOf(r);
            for (const auto& [key, index] : unknown)
                if (v[index] > 0)
                    out.insert(people[key].cbegin(), people[key].cend());
            return out;
        };
        int checkedSums = 0;
        auto checkSum = [&](const Row& parent, const QList<Row>& children) {
            if (parent.suppressed())
                return;
            std::set<qint64> hiddenPeople;
            bool anyHidden = false;
            for (const Row& c : children)
                if (c.suppressed()) {
                    anyHidden = true;
                    const auto p = peopleIn(c);
                    hiddenPeople.insert(p.cbegin(), p.cend());
                }
            if (!anyHidden)
                return;
            ++checkedSums;
            QVERIFY2(static_cast<int>(hiddenPeople.size()) >= k,
                     qPrintable(QStringLiteral("%1 %2 %3 minus its shown parts leaves %4 people")
                                    .arg(parent.level, parent.district, parent.colour)
                                    .arg(hiddenPeople.size())));
        };
        for (const auto& [colour, rows] : shown) {
            QList<Row> districts;
            for (const Row& r : rows)
                if (r.level == QLatin1String("district"))
                    districts << r;
            checkSum(rows.last(), districts);
            for (const Row& d : districts) {
                QList<Row> cells;
                for (const Row& r : rows)
                    if (r.level == QLatin1String("cell") && r.district == d.district)
                        cells << r;
                checkSum(d, cells);
            }
        }
        // "All colours" rows against their colours.
        for (const Row& parent : shown[QStringLiteral("all")]) {
            QList<Row> parts;
            for (const char* c : {"green", "yellow", "red"})
                for (const Row& r : shown[QString::fromLatin1(c)])
                    if (r.level == parent.level && r.district == parent.district && r.cx == parent.cx &&
                        r.cy == parent.cy)
                        parts << r;
            checkSum(parent, parts);
        }
        QVERIFY(checkedSums > 0);
    }

    void pngPaintsSuppressedCellsGreyAndShownOnTheScale()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        auto frame = heatmap::Heatmap::frame(w->t.db(), w->admin, dayQuery(*w));
        QVERIFY(frame.ok());
        // Without districts (no borders or names over the cells) so that every cell's middle is its own colour.
        heatmap::HeatmapRenderer map = mapOf(*w, frame.value(), std::nullopt, false);
        map.setLegendVisible(false);
        QRectF extent;
        for (const heatmap::HeatmapCell& c : frame.value().cells)
            extent = extent.united(c.bounds);
        map.setView(extent.adjusted(-0.01, -0.01, 0.01, 0.01));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("map.png"));
        const QSize size(1200, 900);
        const Status st = heatmap::HeatmapExport::writePng(png, map, size);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        const QImage image(png);
        QCOMPARE(image.size(), size);
        const QTransform t = map.transform(QRectF(QPointF(0, 0), QSizeF(size)));
        std::map<std::pair<int, int>, int> parts;
        for (const heatmap::HeatmapCell& c : frame.value().cells)
            ++parts[{c.cx, c.cy}];
        int grey = 0;
        int coloured = 0;
        for (const heatmap::HeatmapCell& c : frame.value().cells) {
            if (parts[{c.cx, c.cy}] > 1)
                continue; // split at the district border: the two parts overlap without their clip
            const QColor px = image.pixelColor(t.map(c.bounds.center()).toPoint());
            if (c.figure.suppressed) {
                QVERIFY2(px.red() == px.green() && px.green() == px.blue(), qPrintable(px.name()));
                ++grey;
            } else {
                const QColor want = map.colourFor(c.figure.scans);
                QVERIFY2(std::abs(px.red() - want.red()) <= 2 && std::abs(px.green() - want.green()) <= 2 &&
                             std::abs(px.blue() - want.blue()) <= 2,
                         qPrintable(px.name() + QStringLiteral(" != ") + want.name()));
                QVERIFY(!(px.red() == px.green() && px.green() == px.blue()));
                ++coloured;
            }
        }
        QVERIFY(grey > 0 && coloured > 0);
        // With districts and the legend: the picture the console and the command line write.
        const QString full = dir.filePath(QStringLiteral("full.png"));
        QVERIFY(heatmap::HeatmapExport::write(full, mapOf(*w, frame.value(), std::nullopt)).ok());
        QCOMPARE(QImage(full).size(), heatmap::HeatmapExport::kDefaultPngSize);
        QVERIFY(!heatmap::HeatmapExport::write(dir.filePath(QStringLiteral("map.gif")), map).ok());
    }

    void playBackFramesAreOneHourFrames()
    {
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const db::Database& db = w->t.db();
        auto last = heatmap::Heatmap::lastHourWithData(db, w->admin, w->city);
        QVERIFY(last.ok());
        QVERIFY(last.value() >= kDay + 23 * 3600 - 8 * 3600 && last.value() < kDay + 86400);
        for (const auto colour : {std::optional<ScanColour>(), std::optional<ScanColour>(ScanColour::Red)}) {
            heatmap::HeatmapQuery q = dayQuery(*w, colour);
            QList<heatmap::HeatmapFrame> frames;
            QVERIFY(heatmap::Heatmap::hourFrames(db, w->admin, q, [&](heatmap::HeatmapFrame&& f) {
                        frames << std::move(f);
                        return true;
                    }).ok());
            QCOMPARE(frames.size(), 24);
            for (int h = 0; h < 24; ++h) {
                heatmap::HeatmapQuery one = q;
                one.from = q.from.addSecs(3600 * h);
                one.to = one.from.addSecs(3600);
                auto f = heatmap::Heatmap::frame(db, w->admin, one);
                QVERIFY(f.ok());
                QCOMPARE(frames.at(h).fromSecs, f.value().fromSecs);
                QCOMPARE(frames.at(h).total.figure.suppressed, f.value().total.figure.suppressed);
                QCOMPARE(frames.at(h).total.figure.scans, f.value().total.figure.scans);
                QCOMPARE(frames.at(h).cells.size(), f.value().cells.size());
                for (int i = 0; i < f.value().cells.size(); ++i) {
                    QCOMPARE(frames.at(h).cells.at(i).cx, f.value().cells.at(i).cx);
                    QCOMPARE(frames.at(h).cells.at(i).figure.suppressed, f.value().cells.at(i).figure.suppressed);
                    QCOMPARE(frames.at(h).cells.at(i).figure.scans, f.value().cells.at(i).figure.scans);
                }
            }
        }
        // Stopping early says so.
        int seen = 0;
        const Status stopped = heatmap::Heatmap::hourFrames(db, w->admin, dayQuery(*w),
                                                            [&](heatmap::HeatmapFrame&&) { return ++seen < 3; });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QCOMPARE(seen, 3);
        // A district official may not read the city's hours.
        const auth::Session east = w->t.addUser(w->admin, QStringLiteral("east"), auth::Role::Viewer, w->east);
        QCOMPARE(heatmap::Heatmap::lastHourWithData(db, east, w->city).error().code, ErrorCode::OutOfScope);
        QVERIFY(heatmap::Heatmap::lastHourWithData(db, east, w->east).ok());
    }

    void ctlWritesPngAndCsv()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("HC_CTL"), "HC_CTL must name the healthcode-ctl executable");
        auto w = world();
        QVERIFY2(w->t.isReady(), qPrintable(w->t.error()));
        const QStringList asAdmin{QStringLiteral("HEALTHCODE_PASSWORD=") +
                                  QString::fromLatin1(test::TestDatabase::kAdminPassword)};
        const QStringList base{QStringLiteral("--db"),  w->t.urlString(),          QStringLiteral("--user"),
                               QStringLiteral("admin"), QStringLiteral("heatmap"), QStringLiteral("--city"),
                               QStringLiteral("990100")};
        const QStringList day{QStringLiteral("--from"), QStringLiteral("2024-03-01T00:00+08:00"),
                              QStringLiteral("--to"), QStringLiteral("2024-03-02T00:00+08:00")};
        QTemporaryDir dir;

        const QString png = dir.filePath(QStringLiteral("city.png"));
        auto r =
            runCtl(base + day +
                       QStringList{QStringLiteral("--size"), QStringLiteral("1200x900"), QStringLiteral("--metric"),
                                   QStringLiteral("people"), QStringLiteral("--out"), png},
                   asAdmin);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("suppressed")), qPrintable(r.out));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1200, 900));

        const QString csv = dir.filePath(QStringLiteral("city.csv"));
        r = runCtl(base + day +
                       QStringList{QStringLiteral("--color"), QStringLiteral("all"), QStringLiteral("--out"), csv},
                   asAdmin);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QString header;
        const QList<Row> rows = parse(bytes, &header);
        QVERIFY(header.startsWith(QStringLiteral("level,district_code,district_name,cell_x,cell_y")));
        QVERIFY(header.endsWith(QStringLiteral(",scans,people")));
        bool suppressedRow = false;
        bool shownRow = false;
        for (const Row& row : rows) {
            if (row.level != QLatin1String("cell"))
                continue;
            suppressedRow = suppressedRow || (row.scans == QLatin1String("suppressed") && row.people == row.scans);
            shownRow = shownRow || row.scans.toLongLong() > 0;
        }
        QVERIFY(suppressedRow && shownRow);
        // Matches the core's own export of the same frame.
        auto frame = heatmap::Heatmap::frame(w->t.db(), w->admin, dayQuery(*w));
        QVERIFY(frame.ok());
        QCOMPARE(bytes, heatmap::HeatmapExport::csv(mapOf(*w, frame.value(), std::nullopt)));

        // Dates in a named zone: one whole local day, the same file.
        const QString byDate = dir.filePath(QStringLiteral("by-date.csv"));
        r = runCtl(base + QStringList{QStringLiteral("--from"), QStringLiteral("2024-03-01"), QStringLiteral("--to"),
                                      QStringLiteral("2024-03-01"), QStringLiteral("--time-zone"),
                                      QStringLiteral("Asia/Shanghai"), QStringLiteral("--out"), byDate},
                   asAdmin);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile again(byDate);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), bytes);

        // Red codes only, as PNG at the default size.
        const QString red = dir.filePath(QStringLiteral("red.png"));
        r = runCtl(base + day +
                       QStringList{QStringLiteral("--color"), QStringLiteral("red"), QStringLiteral("--out"), red},
                   asAdmin);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(red).size(), heatmap::HeatmapExport::kDefaultPngSize);

        // Mistakes: usage (2) without writing anything; outside the user's jurisdiction (10).
        for (const QStringList& bad :
             {QStringList{QStringLiteral("--out"), dir.filePath(QStringLiteral("x.gif"))},
              QStringList{QStringLiteral("--metric"), QStringLiteral("visits"), QStringLiteral("--out"), csv},
              QStringList{QStringLiteral("--color"), QStringLiteral("blue"), QStringLiteral("--out"), csv}}) {
            r = runCtl(base + day + bad, asAdmin);
            QCOMPARE(r.exitCode, 2);
        }
        r = runCtl(base + QStringList{QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--to"),
                                      QStringLiteral("2024-03-02"), QStringLiteral("--out"), csv},
                   asAdmin);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.gif"))));
        w->t.addUser(w->admin, QStringLiteral("east"), auth::Role::Viewer, w->east);
        const QStringList asEast{QStringLiteral("HEALTHCODE_PASSWORD=") +
                                 QString::fromLatin1(test::TestDatabase::kUserPassword)};
        QStringList eastArgs = base + day + QStringList{QStringLiteral("--out"), csv};
        eastArgs[3] = QStringLiteral("east");
        r = runCtl(eastArgs, asEast);
        QCOMPARE(r.exitCode, 10);
        eastArgs[6] = QStringLiteral("990101");
        r = runCtl(eastArgs, asEast);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        auto help = runCtl({QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("heatmap --city CITY --from T --to T")));
    }
};

QTEST_MAIN(TestHeatmap)
#include "TestHeatmap.moc"
