#include "SyntheticGeography.h"

#include "Rng.h"

#include <algorithm>
#include <iterator>

namespace hc::demo {

namespace {

struct PlaceName
{
    const char* chinese;
    const char* pinyin;
};

// Invented city names, so that nobody mistakes the demo for a real place.
const PlaceName kCities[] = {
    {"临江", "Linjiang"}, {"云溪", "Yunxi"},  {"安澜", "Anlan"},
    {"明湖", "Minghu"},   {"青屿", "Qingyu"}, {"望海", "Wanghai"},
};

const PlaceName kDistricts[] = {
    {"东城", "Dongcheng"}, {"西城", "Xicheng"},  {"南湖", "Nanhu"},  {"北山", "Beishan"},  {"江北", "Jiangbei"},
    {"江南", "Jiangnan"},  {"新港", "Xingang"},  {"高新", "Gaoxin"}, {"滨江", "Binjiang"}, {"临水", "Linshui"},
    {"望江", "Wangjiang"}, {"古城", "Gucheng"},  {"白沙", "Baisha"}, {"青石", "Qingshi"},  {"金桥", "Jinqiao"},
    {"龙泉", "Longquan"},  {"长乐", "Changle"},  {"安平", "Anping"}, {"凤鸣", "Fengming"}, {"桃源", "Taoyuan"},
    {"清河", "Qinghe"},    {"柳岸", "Liu'an"},   {"石湾", "Shiwan"}, {"梅溪", "Meixi"},    {"松林", "Songlin"},
    {"紫荆", "Zijing"},    {"双塔", "Shuangta"}, {"湖滨", "Hubin"},
};

template <typename T> void shuffle(std::vector<T>& v, Rng& rng)
{
    for (std::size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[rng.below(i)]);
}

// A border between two grid vertices: straight ends, a few displaced points between them. Neighbouring
// districts walk the same polyline in opposite directions, so they tile without gaps or overlaps.
std::vector<GeoPoint> wigglyEdge(GeoPoint a, GeoPoint b, Rng& rng)
{
    std::vector<GeoPoint> out{a};
    const double dx = b.lon - a.lon;
    const double dy = b.lat - a.lat;
    for (int i = 1; i <= 3; ++i) {
        const double t = i / 4.0;
        const double off = rng.uniform(-0.05, 0.05);
        out.push_back({a.lon + dx * t - dy * off, a.lat + dy * t + dx * off});
    }
    out.push_back(b);
    return out;
}

void append(std::vector<GeoPoint>& ring, const std::vector<GeoPoint>& edge, bool reversed)
{
    // The last point of each edge is the first of the next one.
    if (!reversed)
        ring.insert(ring.end(), edge.begin(), edge.end() - 1);
    else
        ring.insert(ring.end(), edge.rbegin(), edge.rend() - 1);
}

void computeBounds(Region& r)
{
    r.min = r.max = r.ring.front();
    for (const GeoPoint& p : r.ring) {
        r.min.lon = std::min(r.min.lon, p.lon);
        r.min.lat = std::min(r.min.lat, p.lat);
        r.max.lon = std::max(r.max.lon, p.lon);
        r.max.lat = std::max(r.max.lat, p.lat);
    }
}

QString code6(const QString& prefix, int a, int b)
{
    return prefix + QStringLiteral("%1%2").arg(a, 2, 10, QLatin1Char('0')).arg(b, 2, 10, QLatin1Char('0'));
}

} // namespace

SyntheticGeography SyntheticGeography::build(Rng& rng, const QString& provincePrefix, bool withProvince,
                                             const QSet<QString>& takenCodes)
{
    SyntheticGeography g;
    int provinceIndex = -1;
    if (withProvince) {
        Region p;
        p.code = provincePrefix + QStringLiteral("0000");
        p.stem = QString::fromUtf8("东海");
        p.name = p.stem + QString::fromUtf8("省");
        p.nameEn = QStringLiteral("Donghai Province");
        p.level = QStringLiteral("province");
        g.m_regions.push_back(p);
        provinceIndex = 0;
    }

    std::vector<int> cityOrder(std::size(kCities));
    for (std::size_t i = 0; i < cityOrder.size(); ++i)
        cityOrder[i] = static_cast<int>(i);
    shuffle(cityOrder, rng);
    std::vector<int> districtOrder(std::size(kDistricts));
    for (std::size_t i = 0; i < districtOrder.size(); ++i)
        districtOrder[i] = static_cast<int>(i);
    shuffle(districtOrder, rng);
    std::size_t nextDistrictName = 0;

    const int cityCount = 3 + static_cast<int>(rng.below(2));
    // Cities sit in the cells of a 2 x 2 layout west of Hangzhou Bay; with three, one cell stays rural.
    std::vector<int> slots{0, 1, 2, 3};
    shuffle(slots, rng);
    int cityNumber = 0;
    for (int c = 0; c < cityCount; ++c) {
        Region city;
        do {
            ++cityNumber;
            city.code = code6(provincePrefix, cityNumber, 0);
        } while (takenCodes.contains(city.code));
        const PlaceName& cn = kCities[cityOrder[static_cast<std::size_t>(c)]];
        city.stem = QString::fromUtf8(cn.chinese);
        city.name = city.stem + QString::fromUtf8("市");
        city.nameEn = QString::fromLatin1(cn.pinyin) + QStringLiteral(" City");
        city.level = QStringLiteral("city");
        city.parent = provinceIndex;

        const int slot = slots[static_cast<std::size_t>(c)];
        const double width = rng.uniform(0.45, 0.75);
        const double height = rng.uniform(0.35, 0.55);
        // Slots are wider than a city plus its jitter, so cities never overlap.
        const double x0 = 118.9 + (slot % 2) * 1.1 + rng.uniform(0.05, 0.95 - width);
        const double y0 = 29.2 + (slot / 2) * 0.9 + rng.uniform(0.05, 0.75 - height);

        // Districts are the cells of a jittered rows x cols grid; five districts merge two cells of a row.
        const int districtCount = 4 + static_cast<int>(rng.below(3));
        int rows = 2;
        int cols = districtCount == 4 ? 2 : 3;
        if (districtCount == 6 && rng.chance(0.5)) {
            rows = 3;
            cols = 2;
        }
        std::vector<std::vector<GeoPoint>> v(static_cast<std::size_t>(rows + 1),
                                             std::vector<GeoPoint>(static_cast<std::size_t>(cols + 1)));
        const double cw = width / cols;
        const double ch = height / rows;
        for (int r = 0; r <= rows; ++r)
            for (int k = 0; k <= cols; ++k)
                v[r][k] = {x0 + k * cw + rng.uniform(-0.18, 0.18) * cw, y0 + r * ch + rng.uniform(-0.18, 0.18) * ch};
        // horizontal[r][k]: v[r][k] -> v[r][k+1]; vertical[r][k]: v[r][k] -> v[r+1][k].
        std::vector<std::vector<std::vector<GeoPoint>>> horizontal(static_cast<std::size_t>(rows + 1));
        std::vector<std::vector<std::vector<GeoPoint>>> vertical(static_cast<std::size_t>(rows));
        for (int r = 0; r <= rows; ++r)
            for (int k = 0; k < cols; ++k)
                horizontal[r].push_back(wigglyEdge(v[r][k], v[r][k + 1], rng));
        for (int r = 0; r < rows; ++r)
            for (int k = 0; k <= cols; ++k)
                vertical[r].push_back(wigglyEdge(v[r][k], v[r + 1][k], rng));

        for (int k = 0; k < cols; ++k)
            append(city.ring, horizontal[0][k], false);
        for (int r = 0; r < rows; ++r)
            append(city.ring, vertical[r][cols], false);
        for (int k = cols - 1; k >= 0; --k)
            append(city.ring, horizontal[rows][k], true);
        for (int r = rows - 1; r >= 0; --r)
            append(city.ring, vertical[r][0], true);
        computeBounds(city);
        const int cityIndex = static_cast<int>(g.m_regions.size());
        g.m_regions.push_back(city);

        struct Cell
        {
            int row;
            int first;
            int last;
        };
        std::vector<Cell> cells;
        const int mergeRow = districtCount == 5 ? static_cast<int>(rng.below(2)) : -1;
        const int mergeAt = districtCount == 5 ? static_cast<int>(rng.below(2)) : -1;
        for (int r = 0; r < rows; ++r)
            for (int k = 0; k < cols; ++k) {
                if (r == mergeRow && k == mergeAt) {
                    cells.push_back({r, k, k + 1});
                    ++k;
                } else {
                    cells.push_back({r, k, k});
                }
            }
        int districtNumber = 1;
        for (const Cell& cell : cells) {
            Region d;
            do {
                ++districtNumber; // real district numbering starts at 02; 01 was the old "urban area" code
                d.code = city.code.left(4) + QStringLiteral("%1").arg(districtNumber, 2, 10, QLatin1Char('0'));
            } while (takenCodes.contains(d.code));
            const PlaceName& dn = kDistricts[static_cast<std::size_t>(districtOrder[nextDistrictName++])];
            d.stem = QString::fromUtf8(dn.chinese);
            d.name = d.stem + QString::fromUtf8("区");
            d.nameEn = QString::fromLatin1(dn.pinyin) + QStringLiteral(" District");
            d.level = QStringLiteral("district");
            d.parent = cityIndex;
            for (int k = cell.first; k <= cell.last; ++k)
                append(d.ring, horizontal[cell.row][k], false);
            append(d.ring, vertical[cell.row][cell.last + 1], false);
            for (int k = cell.last; k >= cell.first; --k)
                append(d.ring, horizontal[cell.row + 1][k], true);
            append(d.ring, vertical[cell.row][cell.first], true);
            computeBounds(d);
            // Central districts are denser; weights vary about tenfold like real urban districts.
            const double u = rng.uniform();
            d.populationWeight = (0.4 + 2.0 * u * u * u) * (c == 0 ? 1.6 : 1.0);
            g.m_districts.push_back(static_cast<int>(g.m_regions.size()));
            g.m_regions.push_back(d);
        }
    }

    if (withProvince) {
        // A wiggly rectangle around all cities.
        Region& p = g.m_regions[0];
        GeoPoint lo = g.m_regions[1].min;
        GeoPoint hi = g.m_regions[1].max;
        for (std::size_t i = 1; i < g.m_regions.size(); ++i) {
            lo.lon = std::min(lo.lon, g.m_regions[i].min.lon);
            lo.lat = std::min(lo.lat, g.m_regions[i].min.lat);
            hi.lon = std::max(hi.lon, g.m_regions[i].max.lon);
            hi.lat = std::max(hi.lat, g.m_regions[i].max.lat);
        }
        lo = {lo.lon - 0.2, lo.lat - 0.2};
        hi = {hi.lon + 0.2, hi.lat + 0.2};
        const GeoPoint corners[4] = {lo, {hi.lon, lo.lat}, hi, {lo.lon, hi.lat}};
        for (int i = 0; i < 4; ++i)
            append(p.ring, wigglyEdge(corners[i], corners[(i + 1) % 4], rng), false);
        computeBounds(p);
    }
    return g;
}

bool SyntheticGeography::contains(int region, GeoPoint p) const
{
    const Region& r = m_regions[static_cast<std::size_t>(region)];
    if (p.lon < r.min.lon || p.lon > r.max.lon || p.lat < r.min.lat || p.lat > r.max.lat)
        return false;
    bool inside = false;
    const std::size_t n = r.ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const GeoPoint& a = r.ring[i];
        const GeoPoint& b = r.ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat) && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}

GeoPoint SyntheticGeography::randomPoint(int region, Rng& rng) const
{
    const Region& r = m_regions[static_cast<std::size_t>(region)];
    for (;;) {
        const GeoPoint p{rng.uniform(r.min.lon, r.max.lon), rng.uniform(r.min.lat, r.max.lat)};
        if (contains(region, p))
            return p;
    }
}

QString SyntheticGeography::geoJson(int region) const
{
    const Region& r = m_regions[static_cast<std::size_t>(region)];
    QString s = QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[");
    auto point = [&s](const GeoPoint& p) {
        s += QLatin1Char('[') + QString::number(p.lon, 'f', 6) + QLatin1Char(',') + QString::number(p.lat, 'f', 6) +
             QLatin1Char(']');
    };
    for (const GeoPoint& p : r.ring) {
        point(p);
        s += QLatin1Char(',');
    }
    point(r.ring.front());
    s += QStringLiteral("]]}");
    return s;
}

} // namespace hc::demo
