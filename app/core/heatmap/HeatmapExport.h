#pragma once
// The heatmap's figures as CSV and its picture as PNG, for the page's export buttons and healthcode-ctl
// heatmap. The CSV has one row per cell, then one per district and one for the total, exactly the figures
// the map shows: a suppressed figure is the word "suppressed", never a number, so what the file shows is
// what Heatmap's suppression allows to be shown together.

#include "HeatmapRenderer.h"
#include "util/Result.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace hc::heatmap {

class HeatmapExport final
{
public:
    static constexpr const char* kSuppressed = "suppressed";
    static constexpr QSize kDefaultPngSize{1600, 1200};

    // UTF-8 with a byte order mark (spreadsheet programs on Chinese Windows need it), CRLF line ends.
    // Columns: level (cell, district, total), district_code, district_name, cell_x, cell_y, west, south, east,
    // north (the cell in degrees), colour (all, green, yellow, red), from, to (UTC, ISO 8601), scans, people.
    static QByteArray csv(const HeatmapRenderer& map);
    static Status writeCsv(const QString& path, const HeatmapRenderer& map);
    static Status writePng(const QString& path, const HeatmapRenderer& map, const QSize& size = kDefaultPngSize);
    // By the file name's suffix (.csv or .png, any case).
    static Status write(const QString& path, const HeatmapRenderer& map, const QSize& size = kDefaultPngSize);
};

} // namespace hc::heatmap
