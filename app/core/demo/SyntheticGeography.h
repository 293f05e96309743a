#pragma once
// A made-up but plausible province around 120E 30N: three or four cities, each tiled by four to six
// districts with wiggly shared borders, administrative-division style codes, Chinese and English names,
// population weights, point-in-district tests and GeoJSON boundaries.

#include <QSet>
#include <QString>

#include <vector>

namespace hc::demo {

class Rng;

struct GeoPoint
{
    double lon = 0;
    double lat = 0;
};

struct Region
{
    QString code;
    QString name;                // Chinese, with its suffix (省, 市, 区)
    QString nameEn;              // pinyin with "Province", "City" or "District"
    QString stem;                // Chinese name without the suffix, used to name venues
    QString level;               // province, city, district
    int parent = -1;             // index of the parent region; -1: the root (existing or new)
    std::vector<GeoPoint> ring;  // counter-clockwise, not repeated at the end
    double populationWeight = 0; // districts only
    GeoPoint min;
    GeoPoint max;
};

class SyntheticGeography final
{
public:
    // provincePrefix: the first two digits of every code. takenCodes are skipped when numbering.
    // withProvince: region 0 is a new province that encloses the cities.
    static SyntheticGeography build(Rng& rng, const QString& provincePrefix, bool withProvince,
                                    const QSet<QString>& takenCodes);

    const std::vector<Region>& regions() const { return m_regions; }
    const std::vector<int>& districts() const { return m_districts; }

    bool contains(int region, GeoPoint p) const;
    // A uniformly distributed point inside the region.
    GeoPoint randomPoint(int region, Rng& rng) const;
    // {"type":"Polygon","coordinates":[[[lon,lat],...]]} with the ring closed, as RFC 7946 wants.
    QString geoJson(int region) const;

private:
    std::vector<Region> m_regions;
    std::vector<int> m_districts;
};

} // namespace hc::demo
