#pragma once
// What the heatmap page asks for and what it gets back: a city or district, a time window and a colour
// filter; cells, totals and districts with their figures or a suppressed mark, hourly series, top venues.

#include "ScanColour.h"

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

namespace hc::heatmap {

struct HeatmapQuery
{
    qint64 jurisdictionId = 0; // a city or a district
    QDateTime from;            // window [from, to); rounded outwards to whole hours
    QDateTime to;
    std::optional<ScanColour> colour; // nullopt: all colours
};

// A figure that is either shown or suppressed; a suppressed figure carries no numbers at all.
struct Figure
{
    bool suppressed = true;
    qint64 scans = 0;  // 0 when suppressed
    qint64 people = 0; // distinct people (exact up to 64, estimated above); 0 when suppressed
};

struct HeatmapCell
{
    qint64 districtId = 0; // cells are split at district borders: clip the rectangle to the district
    int cx = 0;
    int cy = 0;
    QRectF bounds; // degrees: x = longitude, y = latitude
    Figure figure;
};

struct AreaFigure
{
    qint64 jurisdictionId = 0;
    QString code;
    QString name;
    QString nameEn;
    Figure figure;
};

struct HeatmapFrame
{
    qint64 fromSecs = 0; // the window actually used (whole hours, UTC seconds)
    qint64 toSecs = 0;
    int threshold = 0; // k: figures with fewer distinct people are suppressed
    int cellSizeMetres = 0;
    AreaFigure total;            // the city or district asked for
    QList<AreaFigure> districts; // city: its districts, most scans first, suppressed last; district: itself
    QList<HeatmapCell> cells;    // cells with scans; cells without scans are absent
};

struct HourFigure
{
    qint64 hourStart = 0; // UTC seconds
    Figure figure;
};

struct VenueFigure
{
    qint64 venueId = 0;
    QString code;
    QString name;
    qint64 districtId = 0;
    double lat = 0;
    double lon = 0;
    qint64 scans = 0;
    qint64 people = 0;
};

struct TopVenues
{
    qint64 fromSecs = 0; // venues are counted by whole local days: the days overlapping the window
    qint64 toSecs = 0;
    QList<VenueFigure> venues; // only venues with at least k distinct people
};

} // namespace hc::heatmap
