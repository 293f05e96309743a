#include "HeatmapExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QImageWriter>
#include <QSaveFile>

namespace hc::heatmap {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::heatmap::HeatmapExport)
};

QByteArray csvField(const QString& s)
{
    QString out = s;
    // A leading = + - @ would be run as a formula by spreadsheets: prefix it (OWASP CSV injection).
    if (!out.isEmpty() && QStringLiteral("=+-@").contains(out.at(0)))
        out.prepend(QLatin1Char('\''));
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) || out.contains(QLatin1Char('\n')) ||
        out.contains(QLatin1Char('\r')))
        out = QLatin1Char('"') + out.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return out.toUtf8();
}

QByteArray degrees(double v)
{
    return QByteArray::number(v, 'f', 6);
}

QByteArray figures(const Figure& f)
{
    if (f.suppressed)
        return QByteArray(HeatmapExport::kSuppressed) + ',' + HeatmapExport::kSuppressed;
    return QByteArray::number(f.scans) + ',' + QByteArray::number(f.people);
}

QByteArray iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate).toLatin1();
}

Status cannotWrite(const QString& path, const QString& why)
{
    return makeError(ErrorCode::InvalidArgument, Tr::tr("Cannot write %1: %2").arg(path, why));
}
} // namespace

QByteArray HeatmapExport::csv(const HeatmapRenderer& map)
{
    const HeatmapFrame& f = map.frame();
    const QByteArray colour = map.colour() ? ScanColours::key(*map.colour()).toLatin1() : QByteArray("all");
    const QByteArray window = iso(f.fromSecs) + ',' + iso(f.toSecs);
    QHash<qint64, const AreaFigure*> areas;
    for (const AreaFigure& a : f.districts)
        areas.insert(a.jurisdictionId, &a);
    auto area = [&](qint64 id) {
        const AreaFigure* a = areas.value(id);
        if (!a && f.total.jurisdictionId == id)
            a = &f.total;
        return a ? QByteArray(csvField(a->code) + ',' + csvField(a->name)) : QByteArray(QByteArray::number(id) + ',');
    };

    QByteArray out("\xEF\xBB\xBF"
                   "level,district_code,district_name,cell_x,cell_y,west,south,east,north,colour,from,to,scans,"
                   "people\r\n");
    for (const HeatmapCell& c : f.cells) {
        out += "cell," + area(c.districtId) + ',' + QByteArray::number(c.cx) + ',' + QByteArray::number(c.cy) + ',' +
               degrees(c.bounds.left()) + ',' + degrees(c.bounds.top()) + ',' + degrees(c.bounds.right()) + ',' +
               degrees(c.bounds.bottom()) + ',' + colour + ',' + window + ',' + figures(c.figure) + "\r\n";
    }
    // A district frame lists the district itself as its only district: that is the total row.
    for (const AreaFigure& a : f.districts)
        if (a.jurisdictionId != f.total.jurisdictionId)
            out += "district," + area(a.jurisdictionId) + ",,,,,,," + colour + ',' + window + ',' + figures(a.figure) +
                   "\r\n";
    out += "total," + area(f.total.jurisdictionId) + ",,,,,,," + colour + ',' + window + ',' + figures(f.total.figure) +
           "\r\n";
    return out;
}

Status HeatmapExport::writeCsv(const QString& path, const HeatmapRenderer& map)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    const QByteArray bytes = csv(map);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

Status HeatmapExport::writePng(const QString& path, const HeatmapRenderer& map, const QSize& size)
{
    if (size.width() < 200 || size.height() < 150 || size.width() > 10000 || size.height() > 10000)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("A heatmap picture is between 200 x 150 and 10000 x 10000 pixels, not %1 x %2.")
                             .arg(size.width())
                             .arg(size.height()));
    const QImage image = map.render(size);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(image))
        return cannotWrite(path, writer.errorString());
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

Status HeatmapExport::write(const QString& path, const HeatmapRenderer& map, const QSize& size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeCsv(path, map);
    if (suffix == QLatin1String("png"))
        return writePng(path, map, size);
    return makeError(ErrorCode::InvalidArgument,
                     Tr::tr("%1: the heatmap is written as .png (the map) or .csv (the figures).").arg(path));
}

} // namespace hc::heatmap
