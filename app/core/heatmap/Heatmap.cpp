#include "Heatmap.h"

#include "Geography.h"
#include "RollupConfig.h"
#include "Suppressor.h"
#include "db/FastQuery.h"
#include "db/Sql.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <climits>
#include <map>

namespace hc::heatmap {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::heatmap::Heatmap)
};

struct Agg
{
    qint64 scans = 0;
    PeopleSketch people;
    void add(qint64 s, QByteArrayView bytes)
    {
        scans += s;
        people.mergeBytes(bytes);
    }
    void add(const Agg& o)
    {
        scans += o.scans;
        people.merge(o.people);
    }
};

// [0] all colours, [1 + colour] one colour.
using Colours = std::array<Agg, 1 + kScanColours>;

struct PartKey
{
    qint64 district;
    int cx;
    int cy;
    bool operator<(const PartKey& o) const { return std::tie(district, cx, cy) < std::tie(o.district, o.cx, o.cy); }
};

struct Range
{
    int span;
    qint64 from;
    qint64 to;
};

struct Scope
{
    Geography geography;
    RollupConfig config;
    qint64 city = 0;
    qint64 district = 0; // 0: the whole city
    qint64 from = 0;
    qint64 to = 0;
};

Result<Scope> prepare(const db::Database& db, const auth::Session& session, const HeatmapQuery& query)
{
    const Status allowed = session.require(auth::Permission::ViewPeople);
    if (!allowed)
        return allowed.error();
    auto geography = Geography::load(db);
    if (!geography)
        return geography.error();
    const Area* area = geography.value().find(query.jurisdictionId);
    if (!area)
        return makeError(ErrorCode::NotFound, Tr::tr("No jurisdiction with id %1.").arg(query.jurisdictionId));
    // The tree as it is now: jurisdictions imported since the user logged in count too.
    if (!session.inScope(area->id) && !geography.value().subtree(session.jurisdictionId).contains(area->id))
        return session.requireScope(area->id, Tr::tr("The heatmap of %1").arg(area->name)).error();
    Scope s;
    s.city = geography.value().cityOf(area->id);
    const Area* city = geography.value().find(s.city);
    if (!city || city->level != QLatin1String("city"))
        return makeError(
            ErrorCode::InvalidArgument,
            Tr::tr("%1 is not a city or a district in a city; heatmaps are drawn per city.").arg(area->name));
    s.district = s.city == area->id ? 0 : area->id;
    if (!query.from.isValid() || !query.to.isValid() || query.from >= query.to)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("The heatmap window needs a start before its end."));
    constexpr qint64 hour = RollupConfig::kHour;
    const qint64 from = query.from.toSecsSinceEpoch();
    const qint64 to = query.to.toSecsSinceEpoch();
    s.from = from - ((from % hour) + hour) % hour;
    s.to = to - ((to % hour) + hour) % hour;
    if (s.to < to)
        s.to += hour;
    if (s.to - s.from > qint64(Heatmap::kMaxWindowDays) * RollupConfig::kDay)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The heatmap window is longer than %1 days.").arg(Heatmap::kMaxWindowDays));
    auto config = RollupConfig::load(db);
    if (!config)
        return config.error();
    s.config = config.value();
    s.geography = std::move(geography).value();
    return s;
}

// Whole local weeks, then whole days, then hours: the fewest rows that cover the window exactly.
QList<Range> decompose(const RollupConfig& c, qint64 from, qint64 to)
{
    qint64 firstDay = c.dayBucket(from);
    if (firstDay < from)
        firstDay += RollupConfig::kDay;
    const qint64 lastDay = c.dayBucket(to);
    if (firstDay >= lastDay)
        return {{RollupConfig::kHour, from, to}};
    QList<Range> out;
    if (from < firstDay)
        out << Range{RollupConfig::kHour, from, firstDay};
    qint64 firstWeek = c.weekBucket(firstDay);
    if (firstWeek < firstDay)
        firstWeek += RollupConfig::kWeek;
    const qint64 lastWeek = c.weekBucket(lastDay);
    if (firstWeek < lastWeek) {
        if (firstDay < firstWeek)
            out << Range{RollupConfig::kDay, firstDay, firstWeek};
        out << Range{RollupConfig::kWeek, firstWeek, lastWeek};
        if (lastWeek < lastDay)
            out << Range{RollupConfig::kDay, lastWeek, lastDay};
    } else {
        out << Range{RollupConfig::kDay, firstDay, lastDay};
    }
    if (lastDay < to)
        out << Range{RollupConfig::kHour, lastDay, to};
    return out;
}

Status loadDistricts(const db::Database& db, qint64 city, const QList<Range>& ranges, std::map<qint64, Colours>& out)
{
    auto q = db::FastQuery::prepare(
        db, QStringLiteral("SELECT district_id, colour, scans, people FROM scan_rollup_districts "
                           "WHERE city_id = ? AND span = ? AND bucket >= ? AND bucket < ?"));
    if (!q)
        return q.error();
    for (const Range& r : ranges) {
        db::FastQuery& f = *q.value();
        f.bindInt(0, city);
        f.bindInt(1, r.span);
        f.bindInt(2, r.from);
        f.bindInt(3, r.to);
        const Status st = f.exec();
        if (!st)
            return st;
        while (f.next()) {
            const qint64 colour = f.intValue(1);
            if (colour < 0 || colour >= kScanColours)
                continue;
            out[f.intValue(0)][static_cast<std::size_t>(1 + colour)].add(f.intValue(2), f.blobView(3));
        }
    }
    return {};
}

Status loadCells(const db::Database& db, qint64 city, const QList<Range>& ranges, std::map<PartKey, Colours>& out)
{
    auto q =
        db::FastQuery::prepare(db, QStringLiteral("SELECT district_id, cx, cy, colour, scans, people FROM "
                                                  "scan_rollup_cells WHERE city_id = ? AND span = ? AND bucket >= ? "
                                                  "AND bucket < ?"));
    if (!q)
        return q.error();
    for (const Range& r : ranges) {
        db::FastQuery& f = *q.value();
        f.bindInt(0, city);
        f.bindInt(1, r.span);
        f.bindInt(2, r.from);
        f.bindInt(3, r.to);
        const Status st = f.exec();
        if (!st)
            return st;
        while (f.next()) {
            const qint64 colour = f.intValue(3);
            if (colour < 0 || colour >= kScanColours)
                continue;
            const PartKey k{f.intValue(0), static_cast<int>(f.intValue(1)), static_cast<int>(f.intValue(2))};
            out[k][static_cast<std::size_t>(1 + colour)].add(f.intValue(4), f.blobView(5));
        }
    }
    return {};
}

void fillAll(Colours& c)
{
    c[0] = Agg{};
    for (int i = 1; i <= kScanColours; ++i)
        c[0].add(c[static_cast<std::size_t>(i)]);
}

using Nodes = std::array<int, 1 + kScanColours>; // -1: no scans (a published zero)

// Hands the sketches over to the suppressor (they are not needed here afterwards).
Nodes addNodes(Suppressor& s, Colours& c)
{
    Nodes n{};
    for (std::size_t i = 0; i < n.size(); ++i)
        n[i] = c[i].scans > 0 ? s.addNode(c[i].scans, std::move(c[i].people)) : -1;
    return n;
}

void constrain(Suppressor& s, int parent, const QList<int>& children)
{
    if (parent < 0)
        return;
    QList<int> present;
    for (const int c : children)
        if (c >= 0)
            present << c;
    if (!present.isEmpty())
        s.addConstraint(parent, present);
}

// The city and its districts for one window: the part of the decision the hourly series repeats. The
// order of nodes and constraints is part of the result, so frame() and hourly() both build it here.
struct Totals
{
    Nodes city{};
    std::map<qint64, Nodes> districts;
};

Totals addTotals(Suppressor& s, std::map<qint64, Colours>& byDistrict)
{
    Totals t;
    Colours city;
    for (auto& [id, colours] : byDistrict) {
        fillAll(colours);
        for (std::size_t i = 0; i < colours.size(); ++i)
            city[i].add(colours[i]);
    }
    t.city = addNodes(s, city);
    for (auto& [id, colours] : byDistrict)
        t.districts[id] = addNodes(s, colours);
    constrain(s, t.city[0], {t.city[1], t.city[2], t.city[3]});
    for (std::size_t c = 0; c < t.city.size(); ++c) {
        QList<int> children;
        for (const auto& [id, nodes] : t.districts)
            children << nodes[c];
        constrain(s, t.city[c], children);
    }
    for (const auto& [id, nodes] : t.districts)
        constrain(s, nodes[0], {nodes[1], nodes[2], nodes[3]});
    return t;
}

std::size_t colourIndex(const HeatmapQuery& q)
{
    return q.colour ? 1 + static_cast<std::size_t>(*q.colour) : 0;
}

Figure figureOf(const Suppressor& s, int node)
{
    Figure f;
    if (node < 0) {
        f.suppressed = false;
        return f;
    }
    f.suppressed = s.isSuppressed(node);
    if (!f.suppressed) {
        f.scans = s.scans(node);
        // Above the exact range people are a HyperLogLog estimate, which can come out a little above the
        // scans; nobody is scanned less than once.
        f.people = std::min(s.people(node), f.scans);
    }
    return f;
}

AreaFigure areaFigure(const Geography& g, qint64 id, const Figure& figure)
{
    AreaFigure a;
    a.jurisdictionId = id;
    if (const Area* area = g.find(id)) {
        a.code = area->code;
        a.name = area->name;
        a.nameEn = area->nameEn;
    }
    a.figure = figure;
    return a;
}
} // namespace

int Heatmap::threshold()
{
    return std::max(kMinimumThreshold, Settings::intValue(Settings::Key::HeatmapSuppressionThreshold));
}

Result<Grid> Heatmap::grid(const db::Database& db)
{
    auto config = RollupConfig::load(db);
    if (!config)
        return config.error();
    return config.value().grid();
}

namespace {
// One frame from the rollup rows of ranges: the whole decision for the city, then the part asked for.
Result<HeatmapFrame> buildFrame(const db::Database& db, const Scope& sc, const QList<Range>& ranges, std::size_t ci,
                                qint64 from, qint64 to)
{
    std::map<qint64, Colours> districts;
    Status st = loadDistricts(db, sc.city, ranges, districts);
    if (!st)
        return st.error();
    std::map<PartKey, Colours> parts;
    st = loadCells(db, sc.city, ranges, parts);
    if (!st)
        return st.error();

    Suppressor s(Heatmap::threshold());
    const Totals totals = addTotals(s, districts);
    std::map<PartKey, Nodes> partNodes;
    for (auto& [key, colours] : parts) {
        fillAll(colours);
        partNodes[key] = addNodes(s, colours);
    }
    // Cells inside each district, per colour and for all colours; then each cell's colours.
    for (const auto& [district, dn] : totals.districts) {
        for (std::size_t c = 0; c < dn.size(); ++c) {
            QList<int> children;
            for (auto it = partNodes.lower_bound(PartKey{district, INT_MIN, INT_MIN});
                 it != partNodes.end() && it->first.district == district; ++it)
                children << it->second[c];
            constrain(s, dn[c], children);
        }
    }
    for (const auto& [key, pn] : partNodes)
        constrain(s, pn[0], {pn[1], pn[2], pn[3]});
    s.run();

    HeatmapFrame f;
    f.fromSecs = from;
    f.toSecs = to;
    f.threshold = s.threshold();
    f.cellSizeMetres = sc.config.grid().cellSizeMetres();
    if (sc.district == 0) {
        f.total = areaFigure(sc.geography, sc.city, figureOf(s, totals.city[ci]));
        for (const qint64 id : sc.geography.rollupAreasOf(sc.city)) {
            if (id == sc.city)
                continue;
            const auto it = totals.districts.find(id);
            f.districts << areaFigure(sc.geography, id,
                                      figureOf(s, it == totals.districts.end() ? -1 : it->second[ci]));
        }
        std::stable_sort(f.districts.begin(), f.districts.end(), [](const AreaFigure& a, const AreaFigure& b) {
            if (a.figure.suppressed != b.figure.suppressed)
                return !a.figure.suppressed;
            return a.figure.scans > b.figure.scans;
        });
    } else {
        const auto it = totals.districts.find(sc.district);
        f.total =
            areaFigure(sc.geography, sc.district, figureOf(s, it == totals.districts.end() ? -1 : it->second[ci]));
        f.districts << f.total;
    }
    for (const auto& [key, pn] : partNodes) {
        if (pn[ci] < 0 || (sc.district != 0 && key.district != sc.district))
            continue;
        HeatmapCell cell;
        cell.districtId = key.district;
        cell.cx = key.cx;
        cell.cy = key.cy;
        cell.bounds = sc.config.grid().cellRect(key.cx, key.cy);
        cell.figure = figureOf(s, pn[ci]);
        f.cells << cell;
    }
    return f;
}
} // namespace

Result<HeatmapFrame> Heatmap::frame(const db::Database& db, const auth::Session& session, const HeatmapQuery& query)
{
    auto scope = prepare(db, session, query);
    if (!scope)
        return scope.error();
    const Scope& sc = scope.value();
    return buildFrame(db, sc, decompose(sc.config, sc.from, sc.to), colourIndex(query), sc.from, sc.to);
}

Status Heatmap::hourFrames(const db::Database& db, const auth::Session& session, const HeatmapQuery& query,
                           const std::function<bool(HeatmapFrame&&)>& each)
{
    auto scope = prepare(db, session, query);
    if (!scope)
        return scope.error();
    const Scope& sc = scope.value();
    const std::size_t ci = colourIndex(query);
    for (qint64 h = sc.from; h < sc.to; h += RollupConfig::kHour) {
        auto f = buildFrame(db, sc, {Range{RollupConfig::kHour, h, h + RollupConfig::kHour}}, ci, h,
                            h + RollupConfig::kHour);
        if (!f)
            return f.error();
        if (!each(std::move(f).value()))
            return makeError(ErrorCode::Cancelled, Tr::tr("The heatmap play-back was stopped."));
    }
    return {};
}

Result<qint64> Heatmap::lastHourWithData(const db::Database& db, const auth::Session& session, qint64 jurisdictionId)
{
    // Any window will do for the checks: only the jurisdiction and the user matter here.
    HeatmapQuery probe;
    probe.jurisdictionId = jurisdictionId;
    probe.from = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    probe.to = probe.from.addSecs(RollupConfig::kHour);
    auto scope = prepare(db, session, probe);
    if (!scope)
        return scope.error();
    const Scope& sc = scope.value();
    auto q =
        sc.district == 0
            ? db::run(db,
                      QStringLiteral("SELECT MAX(bucket) FROM scan_rollup_districts WHERE city_id = ? AND span = ?"),
                      {sc.city, RollupConfig::kHour})
            : db::run(db,
                      QStringLiteral("SELECT MAX(bucket) FROM scan_rollup_districts WHERE city_id = ? AND span = ? "
                                     "AND district_id = ?"),
                      {sc.city, RollupConfig::kHour, sc.district});
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return qint64(0);
    return q.value().value(0).toLongLong();
}

Result<QList<HourFigure>> Heatmap::hourly(const db::Database& db, const auth::Session& session,
                                          const HeatmapQuery& query)
{
    auto scope = prepare(db, session, query);
    if (!scope)
        return scope.error();
    const Scope& sc = scope.value();
    auto q = db::FastQuery::prepare(db, QStringLiteral("SELECT bucket, district_id, colour, scans, people FROM "
                                                       "scan_rollup_districts WHERE city_id = ? AND span = ? AND "
                                                       "bucket >= ? AND bucket < ?"));
    if (!q)
        return q.error();
    db::FastQuery& f = *q.value();
    f.bindInt(0, sc.city);
    f.bindInt(1, RollupConfig::kHour);
    f.bindInt(2, sc.from);
    f.bindInt(3, sc.to);
    const Status st = f.exec();
    if (!st)
        return st.error();
    std::map<qint64, std::map<qint64, Colours>> byHour;
    while (f.next()) {
        const qint64 colour = f.intValue(2);
        if (colour < 0 || colour >= kScanColours)
            continue;
        byHour[f.intValue(0)][f.intValue(1)][static_cast<std::size_t>(1 + colour)].add(f.intValue(3), f.blobView(4));
    }

    const std::size_t ci = colourIndex(query);
    const int k = threshold();
    QList<HourFigure> out;
    for (qint64 h = sc.from; h < sc.to; h += RollupConfig::kHour) {
        HourFigure hf;
        hf.hourStart = h;
        hf.figure.suppressed = false;
        auto it = byHour.find(h);
        if (it != byHour.end()) {
            Suppressor s(k);
            const Totals totals = addTotals(s, it->second);
            s.run();
            int node = totals.city[ci];
            if (sc.district != 0) {
                const auto d = totals.districts.find(sc.district);
                node = d == totals.districts.end() ? -1 : d->second[ci];
            }
            hf.figure = figureOf(s, node);
        }
        out << hf;
    }
    return out;
}

Result<TopVenues> Heatmap::topVenues(const db::Database& db, const auth::Session& session, const HeatmapQuery& query,
                                     int limit)
{
    auto scope = prepare(db, session, query);
    if (!scope)
        return scope.error();
    const Scope& sc = scope.value();
    TopVenues result;
    result.fromSecs = sc.config.dayBucket(sc.from);
    result.toSecs = sc.config.dayBucket(sc.to - 1) + RollupConfig::kDay;
    auto q =
        db::FastQuery::prepare(db, QStringLiteral("SELECT venue_id, district_id, colour, scans, people FROM "
                                                  "scan_rollup_venues WHERE city_id = ? AND span = ? AND bucket >= ? "
                                                  "AND bucket < ?"));
    if (!q)
        return q.error();
    struct Venue
    {
        qint64 district = 0;
        Agg agg;
    };
    QHash<qint64, Venue> venues;
    const int wanted = query.colour ? static_cast<int>(*query.colour) : -1;
    for (const Range& r : decompose(sc.config, result.fromSecs, result.toSecs)) {
        if (r.span == RollupConfig::kHour)
            continue; // the window is whole days
        db::FastQuery& f = *q.value();
        f.bindInt(0, sc.city);
        f.bindInt(1, r.span);
        f.bindInt(2, r.from);
        f.bindInt(3, r.to);
        const Status st = f.exec();
        if (!st)
            return st.error();
        while (f.next()) {
            const qint64 district = f.intValue(1);
            if ((sc.district != 0 && district != sc.district) || (wanted >= 0 && f.intValue(2) != wanted))
                continue;
            Venue& v = venues[f.intValue(0)];
            v.district = district;
            v.agg.add(f.intValue(3), f.blobView(4));
        }
    }

    const int k = threshold();
    std::vector<std::pair<qint64, const Venue*>> order;
    order.reserve(static_cast<std::size_t>(venues.size()));
    for (auto it = venues.cbegin(); it != venues.cend(); ++it)
        order.emplace_back(it.key(), &it.value());
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return a.second->agg.scans != b.second->agg.scans ? a.second->agg.scans > b.second->agg.scans
                                                          : a.first < b.first;
    });
    std::vector<std::size_t> listed; // indexes into order
    for (std::size_t i = 0; i < order.size() && static_cast<int>(listed.size()) < limit; ++i)
        if (order[i].second->agg.people.count() >= k)
            listed.push_back(i);
    // What is not listed must not be a small group either: the scope's total minus the list would show it.
    while (!listed.empty()) {
        PeopleSketch rest;
        bool any = false;
        std::size_t next = 0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (next < listed.size() && listed[next] == i) {
                ++next;
                continue;
            }
            rest.merge(order[i].second->agg.people);
            any = true;
        }
        if (!any || rest.count() >= k)
            break;
        listed.pop_back();
    }
    if (listed.empty())
        return result;

    QStringList marks;
    QVariantList ids;
    for (const std::size_t i : listed) {
        marks << QStringLiteral("?");
        ids << order[i].first;
    }
    auto names = db::run(db,
                         QStringLiteral("SELECT id, code, name, lat, lon FROM venues WHERE id IN (") +
                             marks.join(QStringLiteral(", ")) + QLatin1Char(')'),
                         ids);
    if (!names)
        return names.error();
    QHash<qint64, VenueFigure> figures;
    while (names.value().next()) {
        VenueFigure v;
        v.venueId = names.value().value(0).toLongLong();
        v.code = names.value().value(1).toString();
        v.name = names.value().value(2).toString();
        v.lat = names.value().value(3).toDouble();
        v.lon = names.value().value(4).toDouble();
        figures.insert(v.venueId, v);
    }
    for (const std::size_t i : listed) {
        VenueFigure v = figures.value(order[i].first);
        v.venueId = order[i].first;
        v.districtId = order[i].second->district;
        v.scans = order[i].second->agg.scans;
        v.people = order[i].second->agg.people.count();
        result.venues << v;
    }
    return result;
}

} // namespace hc::heatmap
