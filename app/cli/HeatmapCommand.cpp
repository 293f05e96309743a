// healthcode-ctl heatmap: a city's (or district's) heatmap for a window as PNG (the map the console draws) or
// CSV (its figures, suppressed ones marked), from the rollups.

#include "Arguments.h"
#include "Ctl.h"
#include "ExitCodes.h"
#include "heatmap/Geography.h"
#include "heatmap/Heatmap.h"
#include "heatmap/HeatmapExport.h"
#include "heatmap/HeatmapRenderer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace hc::cli {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli)
};

QString usageText()
{
    return Tr::tr("Usage: heatmap --city CITY --from T --to T [--color all|green|yellow|red] [--metric scans|people] "
                  "[--time-zone ZONE] [--size WIDTHxHEIGHT] --out FILE.png|FILE.csv");
}

// An ISO 8601 date or date-time; a time without an offset is in zone (local time when zone is invalid).
// A date alone for the end of the window means the end of that day, so --from D --to D is one whole day.
std::optional<QDateTime> parseTime(const QString& text, const QTimeZone& zone, bool end)
{
    const QString t = text.trimmed();
    if (const QDate d = QDate::fromString(t, Qt::ISODate); d.isValid() && t.size() == 10) {
        const QDate day = end ? d.addDays(1) : d;
        return zone.isValid() ? day.startOfDay(zone) : day.startOfDay();
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    // Qt reads "...Z" and "...+08:00" with their offset; anything else is a wall-clock time.
    static const QRegularExpression withOffset(QStringLiteral("(Z|[+-]\\d\\d(:?\\d\\d)?)$"));
    if (zone.isValid() && !withOffset.match(t).hasMatch())
        dt = QDateTime(dt.date(), dt.time(), zone);
    return dt;
}

QString windowText(qint64 from, qint64 to)
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    return QStringLiteral("%1 – %2").arg(QDateTime::fromSecsSinceEpoch(from).toString(format),
                                         QDateTime::fromSecsSinceEpoch(to).toString(format));
}
} // namespace

int runHeatmap(Ctl& ctl, const QStringList& args)
{
    Arguments a(args, {QStringLiteral("city"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("color"),
                       QStringLiteral("colour"), QStringLiteral("metric"), QStringLiteral("out"),
                       QStringLiteral("size"), QStringLiteral("time-zone")});
    if (!a.isValid())
        return ctl.usage(a.error());
    if (!a.positional().isEmpty() || !a.has(QStringLiteral("city")) || !a.has(QStringLiteral("from")) ||
        !a.has(QStringLiteral("to")) || !a.has(QStringLiteral("out")))
        return ctl.usage(usageText());

    QTimeZone zone;
    if (a.has(QStringLiteral("time-zone"))) {
        zone = QTimeZone(a.value(QStringLiteral("time-zone")).toUtf8());
        if (!zone.isValid())
            return ctl.usage(Tr::tr("Unknown time zone \"%1\" (write for example Asia/Shanghai).")
                                 .arg(a.value(QStringLiteral("time-zone"))));
    }
    const auto from = parseTime(a.value(QStringLiteral("from")), zone, false);
    const auto to = parseTime(a.value(QStringLiteral("to")), zone, true);
    if (!from)
        return ctl.usage(Tr::tr("--from %1 is not a date or date-time like 2024-03-01 or 2024-03-01T08:00.")
                             .arg(a.value(QStringLiteral("from"))));
    if (!to)
        return ctl.usage(Tr::tr("--to %1 is not a date or date-time like 2024-03-02 or 2024-03-01T20:00.")
                             .arg(a.value(QStringLiteral("to"))));

    std::optional<heatmap::ScanColour> colour;
    const QString colourText =
        a.value(QStringLiteral("color"), a.value(QStringLiteral("colour"), QStringLiteral("all")));
    if (colourText.toLower() != QLatin1String("all")) {
        colour = heatmap::ScanColours::parse(colourText);
        if (!colour)
            return ctl.usage(Tr::tr("Unknown colour \"%1\": use all, green, yellow or red.").arg(colourText));
    }
    heatmap::HeatmapMetric metric = heatmap::HeatmapMetric::Scans;
    const QString metricText = a.value(QStringLiteral("metric"), QStringLiteral("scans")).toLower();
    if (metricText == QLatin1String("people"))
        metric = heatmap::HeatmapMetric::People;
    else if (metricText != QLatin1String("scans"))
        return ctl.usage(Tr::tr("Unknown metric \"%1\": use scans or people.").arg(metricText));
    QSize size = heatmap::HeatmapExport::kDefaultPngSize;
    if (a.has(QStringLiteral("size"))) {
        static const QRegularExpression wxh(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const auto m = wxh.match(a.value(QStringLiteral("size")));
        if (!m.hasMatch())
            return ctl.usage(
                Tr::tr("--size %1 is not WIDTHxHEIGHT in pixels like 1600x1200.").arg(a.value(QStringLiteral("size"))));
        size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    const QString out = a.value(QStringLiteral("out"));
    const QString suffix = out.section(QLatin1Char('.'), -1).toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("csv"))
        return ctl.usage(Tr::tr("--out %1: write the map as FILE.png or the figures as FILE.csv.").arg(out));

    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    auto geography = heatmap::Geography::load(db);
    if (!geography)
        return ctl.fail(geography.error());
    const heatmap::Area* area = geography.value().findByCodeOrName(a.value(QStringLiteral("city")));
    if (!area)
        return ctl.fail(makeError(ErrorCode::NotFound,
                                  Tr::tr("No city or district \"%1\" (give its code or its name; healthcode-ctl "
                                         "jurisdictions lists them).")
                                      .arg(a.value(QStringLiteral("city")))));

    heatmap::HeatmapQuery q;
    q.jurisdictionId = area->id;
    q.from = *from;
    q.to = *to;
    q.colour = colour;
    auto frame = heatmap::Heatmap::frame(db, *s, q);
    if (!frame)
        return ctl.fail(frame.error());
    const heatmap::HeatmapFrame& f = frame.value();

    heatmap::HeatmapRenderer map;
    map.setAreas(geography.value(), area->id);
    map.setFrame(f);
    map.setMetric(metric);
    map.setColour(colour);
    QFont font;
    font.setPixelSize(std::max(12, size.height() / 70));
    map.setFont(font);
    map.setTitle(QStringLiteral("%1 · %2").arg(area->name, windowText(f.fromSecs, f.toSecs)));
    if (const Status st = heatmap::HeatmapExport::write(out, map, size); !st)
        return ctl.fail(st.error());

    const auto suppressed = std::count_if(f.cells.cbegin(), f.cells.cend(),
                                          [](const heatmap::HeatmapCell& c) { return c.figure.suppressed; });
    ctl.out() << Tr::tr("Wrote %1: %2 %3, %4 cells (%5 suppressed, fewer than %6 people), %7 (UTC %8 to %9).")
                     .arg(out, area->name, heatmap::HeatmapRenderer::colourFilterName(colour))
                     .arg(f.cells.size())
                     .arg(suppressed)
                     .arg(f.threshold)
                     .arg(windowText(f.fromSecs, f.toSecs),
                          QDateTime::fromSecsSinceEpoch(f.fromSecs, Qt::UTC).toString(Qt::ISODate),
                          QDateTime::fromSecsSinceEpoch(f.toSecs, Qt::UTC).toString(Qt::ISODate))
              << Qt::endl;
    return Ok;
}

} // namespace hc::cli
