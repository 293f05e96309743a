#include "DailyReport.h"

#include "db/Sql.h"
#include "heatmap/Geography.h"
#include "heatmap/Heatmap.h"
#include "heatmap/HeatmapRenderer.h"
#include "overview/DailyCounts.h"
#include "rules/Colour.h"
#include "services/OverrideService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>

#include <algorithm>

namespace hc::reports {

using overview::DailyCounts;
using overview::Figure;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::reports::DailyReport)
};

// Per district: the count of rows of a query over [start, end) that yields (district_id, count).
Result<QHash<qint64, qint64>> perDistrict(const db::Database& db, const QString& sql, qint64 start, qint64 end)
{
    auto q = db::run(db, sql, {start, end});
    if (!q)
        return q.error();
    QHash<qint64, qint64> counts;
    while (q.value().next())
        counts[q.value().value(0).toLongLong()] += q.value().value(1).toLongLong();
    return counts;
}

// In the PDF's narrow columns a suppressed figure is a mark, explained under the title.
QString text(const Figure& f)
{
    return f.value ? QLocale().toString(*f.value) : QStringLiteral("×");
}

QString csvText(const Figure& f)
{
    return f.value ? QString::number(*f.value) : QStringLiteral("suppressed");
}

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

QString isoTime(qint64 secs)
{
    return secs == 0 ? QString() : QDateTime::fromSecsSinceEpoch(secs).toLocalTime().toString(Qt::ISODate);
}

QString shownTime(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString levelName(const QString& level)
{
    if (level == QLatin1String("high"))
        return Tr::tr("high");
    if (level == QLatin1String("medium"))
        return Tr::tr("medium");
    return Tr::tr("low");
}
} // namespace

QString DailyReport::jurisdictionName(const services::Jurisdiction& j)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return chinese || j.nameEn.isEmpty() ? j.name : j.nameEn;
}

Result<DailyReportData> DailyReport::build(const db::Database& db, const auth::Session& session, const QDate& day,
                                           const QString& jurisdiction, qint64 now)
{
    if (!day.isValid())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("The report needs a valid day (YYYY-MM-DD)."));
    DailyReportData d;
    d.day = day;
    d.official = session.userName;
    d.generatedAt = now;
    d.threshold = heatmap::Heatmap::threshold();
    const int k = d.threshold;
    auto j = jurisdiction.isEmpty() ? services::Jurisdictions::byId(db, session.jurisdictionId)
                                    : services::Jurisdictions::resolve(db, jurisdiction);
    if (!j)
        return j.error();
    d.jurisdiction = j.value();
    if (const Status s = session.requireScope(d.jurisdiction.id, Tr::tr("jurisdiction %1").arg(d.jurisdiction.code));
        !s)
        return s.error();
    auto subtree = services::Jurisdictions::subtree(db, d.jurisdiction.id);
    if (!subtree)
        return subtree.error();
    QSet<qint64> scope = subtree.value();
    scope.intersect(session.scope);
    auto all = services::Jurisdictions::all(db);
    if (!all)
        return all.error();
    QList<services::Jurisdiction> districts;
    for (const services::Jurisdiction& x : all.value())
        if (x.level == QLatin1String("district") && scope.contains(x.id))
            districts << x;
    std::sort(districts.begin(), districts.end(), [](const auto& a, const auto& b) { return a.code < b.code; });

    const auto [start, end] = DailyCounts::dayBounds(day);
    auto counts = DailyCounts::byDistrict(db, scope, day);
    if (!counts)
        return counts.error();
    auto changes = perDistrict(db,
                               QStringLiteral("SELECT p.district_id, count(*) FROM status_history h JOIN people p "
                                              "ON p.id = h.person_id WHERE h.since >= ? AND h.since < ? "
                                              "GROUP BY p.district_id"),
                               start, end);
    auto positives = perDistrict(db,
                                 QStringLiteral("SELECT p.district_id, count(*) FROM test_results t JOIN people p "
                                                "ON p.id = t.person_id WHERE t.result = 'positive' AND "
                                                "t.reported_at >= ? AND t.reported_at < ? GROUP BY p.district_id"),
                                 start, end);
    auto contacts = perDistrict(db,
                                QStringLiteral("SELECT p.district_id, count(*) FROM close_contacts c JOIN people p "
                                               "ON p.id = c.person_id WHERE c.designated_at >= ? AND "
                                               "c.designated_at < ? GROUP BY p.district_id"),
                                start, end);
    auto cards = perDistrict(db,
                             QStringLiteral("SELECT p.district_id, count(*) FROM printed_cards c JOIN people p "
                                            "ON p.id = c.person_id WHERE c.issued_at >= ? AND c.issued_at < ? "
                                            "GROUP BY p.district_id"),
                             start, end);
    for (const auto* r : {&changes, &positives, &contacts, &cards})
        if (!*r)
            return r->error();
    // Raw figures per district and for the total, columns: people, green, yellow, red, changes, positive
    // tests, close contacts. Primary suppression per figure, then the sums (colours to people in each row,
    // districts to the total in each column) are protected until nothing changes.
    constexpr int kColumns = 7;
    const int rows = static_cast<int>(districts.size());
    QList<QList<qint64>> raw(rows + 1, QList<qint64>(kColumns, 0));
    for (int r = 0; r < rows; ++r) {
        const qint64 id = districts[r].id;
        const overview::ColourCounts c = counts.value().value(id);
        raw[r] = {c.people,
                  c.colours[0],
                  c.colours[1],
                  c.colours[2],
                  changes.value().value(id),
                  positives.value().value(id),
                  contacts.value().value(id)};
        for (int col = 0; col < kColumns; ++col)
            raw[rows][col] += raw[r][col];
    }
    QList<QList<bool>> hidden(rows + 1, QList<bool>(kColumns, false));
    for (int r = 0; r <= rows; ++r)
        for (int col = 0; col < kColumns; ++col)
            hidden[r][col] = overview::suppress(raw[r][col], k).suppressed();
    for (bool changed = true; changed;) {
        changed = false;
        for (int r = 0; r <= rows; ++r) {
            QList<bool> h = hidden[r].mid(1, 3);
            changed |= overview::protectSum(raw[r].mid(1, 3), h, hidden[r][0], k);
            for (int c = 0; c < 3; ++c)
                hidden[r][c + 1] = h[c];
        }
        for (int col = 0; col < kColumns; ++col) {
            QList<qint64> parts;
            QList<bool> h;
            for (int r = 0; r < rows; ++r) {
                parts << raw[r][col];
                h << hidden[r][col];
            }
            changed |= overview::protectSum(parts, h, hidden[rows][col], k);
            for (int r = 0; r < rows; ++r)
                hidden[r][col] = h[r];
        }
    }
    auto figure = [&](int r, int col) { return hidden[r][col] ? Figure{} : Figure{raw[r][col]}; };
    auto line = [&](int r, const QString& code, const QString& name, qint64 cardsPrinted) {
        DistrictLine l{code, name, {}, figure(r, 4), figure(r, 5), figure(r, 6), cardsPrinted};
        l.counts.people = figure(r, 0);
        for (int c = 0; c < rules::kColourCount; ++c)
            l.counts.colours[static_cast<std::size_t>(c)] = figure(r, c + 1);
        return l;
    };
    for (int r = 0; r < rows; ++r) {
        const services::Jurisdiction& x = districts[r];
        d.districts << line(r, x.code, jurisdictionName(x), cards.value().value(x.id));
        d.cardsPrinted += cards.value().value(x.id);
    }
    d.total = line(rows, d.jurisdiction.code, Tr::tr("All districts"), d.cardsPrinted);

    auto areas =
        db::run(db,
                QStringLiteral("SELECT coalesce(v.district_id, r.district_id), coalesce(v.name, j.name), "
                               "coalesce(v.name, CASE WHEN j.name_en = '' THEN j.name ELSE j.name_en END), "
                               "r.level, r.from_at, r.to_at FROM risk_areas r LEFT JOIN venues v ON v.id = "
                               "r.venue_id LEFT JOIN jurisdictions j ON j.id = r.district_id "
                               "WHERE r.from_at < ? AND (r.to_at IS NULL OR r.to_at > ?) ORDER BY r.from_at, r.id"),
                {end, start});
    if (!areas)
        return areas.error();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    while (areas.value().next()) {
        const QSqlQuery& q = areas.value();
        if (scope.contains(q.value(0).toLongLong()))
            d.riskAreas << RiskAreaLine{q.value(chinese ? 1 : 2).toString(), q.value(3).toString(),
                                        q.value(4).toLongLong(), q.value(5).toLongLong()};
    }

    auto versions = db::run(db,
                            QStringLiteral("SELECT r.version, r.effective_at, u.name, r.summary FROM rule_versions r "
                                           "LEFT JOIN users u ON u.id = r.published_by WHERE r.state IN ('published', "
                                           "'superseded') AND r.effective_at < ? ORDER BY r.effective_at, r.version"),
                            {end});
    if (!versions)
        return versions.error();
    while (versions.value().next()) {
        const QSqlQuery& q = versions.value();
        RuleVersionLine v{q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
        // Only the one in force when the day began and those that took effect during it.
        if (v.effectiveAt <= start && !d.ruleVersions.isEmpty() && d.ruleVersions.last().effectiveAt <= start)
            d.ruleVersions.removeLast();
        d.ruleVersions << v;
    }

    for (const QString& key : services::overrideReasonKeys())
        d.overrides << OverrideLine{key, 0, 0, 0};
    const std::pair<QString, qint64 OverrideLine::*> kinds[] = {
        {QStringLiteral("o.decided_at >= ? AND o.decided_at < ? AND o.state IN ('active', 'expired', 'revoked')"),
         &OverrideLine::granted},
        {QStringLiteral("o.expires_at >= ? AND o.expires_at < ? AND o.state = 'expired'"), &OverrideLine::expired},
        {QStringLiteral("o.revoked_at >= ? AND o.revoked_at < ?"), &OverrideLine::revoked},
    };
    for (const auto& [where, member] : kinds) {
        auto q =
            db::run(db,
                    QStringLiteral("SELECT p.district_id, o.reason_category, count(*) FROM overrides o JOIN people "
                                   "p ON p.id = o.person_id WHERE ") +
                        where + QStringLiteral(" GROUP BY p.district_id, o.reason_category"),
                    {start, end});
        if (!q)
            return q.error();
        while (q.value().next()) {
            if (!scope.contains(q.value().value(0).toLongLong()))
                continue;
            for (OverrideLine& line : d.overrides)
                if (line.reasonKey == q.value().value(1).toString())
                    line.*member += q.value().value(2).toLongLong();
        }
    }
    // A small heatmap of the day's scans in the city the jurisdiction belongs to (a province: its first city).
    auto geography = heatmap::Geography::load(db);
    if (!geography)
        return geography.error();
    qint64 city = geography.value().cityOf(d.jurisdiction.id);
    const heatmap::Area* cityArea = geography.value().find(city);
    if (!cityArea || cityArea->level != QLatin1String("city")) {
        cityArea = nullptr;
        for (const heatmap::Area& a : geography.value().areas())
            if (a.level == QLatin1String("city") && a.parentId == d.jurisdiction.id) {
                cityArea = &a;
                break;
            }
    }
    if (cityArea && session.inScope(cityArea->id)) {
        heatmap::HeatmapQuery q;
        q.jurisdictionId = cityArea->id;
        q.from = QDateTime(day, QTime(0, 0));
        q.to = QDateTime(day.addDays(1), QTime(0, 0));
        auto frame = heatmap::Heatmap::frame(db, session, q);
        if (!frame)
            return frame.error();
        heatmap::HeatmapRenderer map;
        map.setAreas(geography.value(), cityArea->id);
        map.setFrame(frame.value());
        QFont font;
        font.setPixelSize(22);
        map.setFont(font);
        d.heatmapCity = QLocale().language() == QLocale::Chinese || cityArea->nameEn.isEmpty() ? cityArea->name
                                                                                                  : cityArea->nameEn;
        d.heatmap = map.render(QSize(1500, 1000));
    }
    return d;
}

Status DailyReport::writeCsv(const DailyReportData& d, QIODevice& out)
{
    QStringList lines;
    auto row = [&lines](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << csvField(f);
        lines << quoted.join(QLatin1Char(','));
    };
    row({QStringLiteral("report"), QStringLiteral("day"), QStringLiteral("jurisdiction"), QStringLiteral("official"),
         QStringLiteral("generated_at"), QStringLiteral("suppression_threshold")});
    row({QStringLiteral("daily_situation"), d.day.toString(Qt::ISODate), d.jurisdiction.code, d.official,
         isoTime(d.generatedAt), QString::number(d.threshold)});
    lines << QString();
    row({QStringLiteral("district_code"), QStringLiteral("district"), QStringLiteral("people"), QStringLiteral("green"),
         QStringLiteral("yellow"), QStringLiteral("red"), QStringLiteral("colour_changes"),
         QStringLiteral("positive_tests"), QStringLiteral("close_contacts"), QStringLiteral("cards_printed")});
    auto district = [&row](const DistrictLine& l, const QString& code) {
        row({code, l.name, csvText(l.counts.people), csvText(l.counts.colours[0]), csvText(l.counts.colours[1]),
             csvText(l.counts.colours[2]), csvText(l.changes), csvText(l.positiveTests), csvText(l.closeContacts),
             QString::number(l.cardsPrinted)});
    };
    for (const DistrictLine& l : d.districts)
        district(l, l.code);
    district(d.total, QStringLiteral("total"));
    lines << QString();
    row({QStringLiteral("risk_area"), QStringLiteral("level"), QStringLiteral("from"), QStringLiteral("to")});
    for (const RiskAreaLine& a : d.riskAreas)
        row({a.where, a.level, isoTime(a.from), isoTime(a.to)});
    lines << QString();
    row({QStringLiteral("rule_version"), QStringLiteral("effective_at"), QStringLiteral("published_by"),
         QStringLiteral("summary")});
    for (const RuleVersionLine& v : d.ruleVersions)
        row({QString::number(v.version), isoTime(v.effectiveAt), v.publishedBy, v.summary});
    lines << QString();
    row({QStringLiteral("override_reason"), QStringLiteral("granted"), QStringLiteral("expired"),
         QStringLiteral("revoked")});
    for (const OverrideLine& o : d.overrides)
        row({o.reasonKey, QString::number(o.granted), QString::number(o.expired), QString::number(o.revoked)});
    const QByteArray bytes = (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    if (out.write(bytes) != bytes.size())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The report could not be written: %1").arg(out.errorString()));
    return {};
}

namespace {
// One line of the PDF: a heading, a table row or a paragraph; every line is one text line high so that the
// pages (and "page X of Y") are known before anything is painted.
struct Line
{
    enum Kind
    {
        Title,
        Heading,
        Header,
        Row,
        Total,
        Text,
        Image
    } kind = Row;
    QStringList cells;
    QList<qreal> widths; // fractions of the text width, one per cell; an Image line shows the report's heatmap
};

qreal heightOf(const Line& l, qreal line)
{
    switch (l.kind) {
    case Line::Title:
        return line * 2.2;
    case Line::Image:
        return line * 32;
    case Line::Heading:
        return line * 2.0;
    case Line::Header:
        return l.widths.size() > 4 ? line * 2.3 : line * 1.4; // two lines where the figures' columns are narrow
    default:
        return line * 1.25;
    }
}
} // namespace

Status DailyReport::writePdf(const DailyReportData& d, QPdfWriter& writer)
{
    writer.setTitle(Tr::tr("Daily situation report %1").arg(d.day.toString(Qt::ISODate)));
    writer.setCreator(QStringLiteral("Health Code Console %1").arg(QStringLiteral(HC_VERSION)));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));

    const QList<qreal> districtWidths{0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
    QList<Line> lines;
    lines << Line{
        Line::Title, {Tr::tr("Daily situation report, %1").arg(QLocale().toString(d.day, QLocale::LongFormat))}, {1.0}};
    lines << Line{
        Line::Text, {QStringLiteral("%1 (%2)").arg(jurisdictionName(d.jurisdiction), d.jurisdiction.code)}, {1.0}};
    lines << Line{Line::Text,
                  {Tr::tr("× marks a suppressed figure: fewer than %1 people, or one that would give such "
                          "a group away.")
                       .arg(d.threshold)},
                  {1.0}};
    lines << Line{Line::Heading, {Tr::tr("People by colour and the day's changes, by district")}, {1.0}};
    lines << Line{Line::Header,
                  {Tr::tr("District"), Tr::tr("People"), rules::colourDisplayName(rules::Colour::Green),
                   rules::colourDisplayName(rules::Colour::Yellow), rules::colourDisplayName(rules::Colour::Red),
                   Tr::tr("Changes"), Tr::tr("Positive tests"), Tr::tr("Close contacts"), Tr::tr("Cards printed")},
                  districtWidths};
    auto district = [&](const DistrictLine& l, Line::Kind kind) {
        lines << Line{kind,
                      {l.name, text(l.counts.people), text(l.counts.colours[0]), text(l.counts.colours[1]),
                       text(l.counts.colours[2]), text(l.changes), text(l.positiveTests), text(l.closeContacts),
                       QLocale().toString(l.cardsPrinted)},
                      districtWidths};
    };
    for (const DistrictLine& l : d.districts)
        district(l, Line::Row);
    district(d.total, Line::Total);

    lines << Line{Line::Heading, {Tr::tr("Risk areas in force")}, {1.0}};
    if (d.riskAreas.isEmpty())
        lines << Line{Line::Text, {Tr::tr("None.")}, {1.0}};
    else
        lines << Line{
            Line::Header, {Tr::tr("Area"), Tr::tr("Level"), Tr::tr("From"), Tr::tr("Until")}, {0.4, 0.14, 0.23, 0.23}};
    for (const RiskAreaLine& a : d.riskAreas)
        lines << Line{Line::Row,
                      {a.where, levelName(a.level), shownTime(a.from), a.to ? shownTime(a.to) : Tr::tr("open")},
                      {0.4, 0.14, 0.23, 0.23}};

    lines << Line{Line::Heading, {Tr::tr("Rule versions in force")}, {1.0}};
    lines << Line{Line::Header,
                  {Tr::tr("Version"), Tr::tr("In force from"), Tr::tr("Published by"), Tr::tr("Summary")},
                  {0.12, 0.23, 0.2, 0.45}};
    for (const RuleVersionLine& v : d.ruleVersions)
        lines << Line{Line::Row,
                      {QString::number(v.version), v.effectiveAt ? shownTime(v.effectiveAt) : Tr::tr("from the start"),
                       v.publishedBy.isEmpty() ? Tr::tr("(installed)") : v.publishedBy, v.summary},
                      {0.12, 0.23, 0.2, 0.45}};

    lines << Line{Line::Heading, {Tr::tr("Overrides by reason category")}, {1.0}};
    lines << Line{Line::Header,
                  {Tr::tr("Reason"), Tr::tr("Granted"), Tr::tr("Expired"), Tr::tr("Revoked")},
                  {0.46, 0.18, 0.18, 0.18}};
    for (const OverrideLine& o : d.overrides) {
        const auto reason = services::overrideReasonFromKey(o.reasonKey);
        lines << Line{Line::Row,
                      {reason ? services::overrideReasonDisplayName(*reason) : o.reasonKey,
                       QLocale().toString(o.granted), QLocale().toString(o.expired), QLocale().toString(o.revoked)},
                      {0.46, 0.18, 0.18, 0.18}};
    }
    lines << Line{Line::Text, {Tr::tr("Cards printed on the day: %1.").arg(QLocale().toString(d.cardsPrinted))}, {1.0}};
    if (!d.heatmap.isNull()) {
        lines << Line{Line::Heading, {Tr::tr("Scans of the day in %1").arg(d.heatmapCity)}, {1.0}};
        lines << Line{Line::Text,
                      {Tr::tr("Per 500 m cell; grey hatched cells have fewer than %1 people and show no figure.")
                           .arg(d.threshold)},
                      {1.0}};
        lines << Line{Line::Image, {}, {1.0}};
    }

    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::InvalidArgument, Tr::tr("The PDF could not be started."));
    QFont body = painter.font();
    body.setPointSizeF(9.5);
    QFont bold = body;
    bold.setBold(true);
    QFont heading = bold;
    heading.setPointSizeF(12);
    QFont title = bold;
    title.setPointSizeF(16);
    QFont small = body;
    small.setPointSizeF(8);
    const qreal lineHeight = QFontMetricsF(body, &writer).height();
    const QRectF area = writer.pageLayout()
                            .paintRectPixels(writer.resolution())
                            .translated(-writer.pageLayout().paintRectPixels(writer.resolution()).topLeft());
    const qreal footerHeight = lineHeight * 2.5;
    const qreal usable = area.height() - footerHeight;

    // Pages first: which line starts each page (a heading never ends a page on its own).
    QList<int> pageStarts{0};
    qreal y = 0;
    for (int i = 0; i < lines.size(); ++i) {
        qreal h = heightOf(lines[i], lineHeight);
        const bool keepWithNext = lines[i].kind == Line::Heading || lines[i].kind == Line::Header;
        qreal needed = keepWithNext ? h + 2.5 * lineHeight : h;
        // The heatmap's heading and caption go on the page of the map.
        if (lines[i].kind == Line::Heading && i + 2 < lines.size() && lines[i + 2].kind == Line::Image)
            needed = h + heightOf(lines[i + 1], lineHeight) + heightOf(lines[i + 2], lineHeight);
        if (y + needed > usable && i > pageStarts.last()) {
            pageStarts << i;
            y = 0;
        }
        y += h;
    }
    const int pages = static_cast<int>(pageStarts.size());
    const QString footerLeft =
        Tr::tr("%1 (%2) · generated by %3 on %4")
            .arg(jurisdictionName(d.jurisdiction), d.jurisdiction.code, d.official, shownTime(d.generatedAt));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        const int first = pageStarts[page];
        const int last = page + 1 < pages ? pageStarts[page + 1] : static_cast<int>(lines.size());
        // A table that goes on from the last page repeats its header.
        QList<Line> shown = lines.mid(first, last - first);
        if (page > 0 && (shown.first().kind == Line::Row || shown.first().kind == Line::Total))
            for (int i = first - 1; i >= 0; --i)
                if (lines[i].kind == Line::Header) {
                    shown.prepend(lines[i]);
                    break;
                }
        y = 0;
        for (const Line& line : shown) {
            const qreal h = heightOf(line, lineHeight);
            switch (line.kind) {
            case Line::Title:
                painter.setFont(title);
                break;
            case Line::Heading:
                painter.setFont(heading);
                break;
            case Line::Header:
            case Line::Total:
                painter.setFont(bold);
                break;
            default:
                painter.setFont(body);
            }
            if (line.kind == Line::Image) {
                const QSizeF size = QSizeF(d.heatmap.size()).scaled(QSizeF(area.width(), h), Qt::KeepAspectRatio);
                painter.drawImage(QRectF(QPointF(0, y), size), d.heatmap);
                y += h;
                continue;
            }
            const QFontMetricsF fm(painter.font(), &writer);
            qreal x = 0;
            for (int c = 0; c < line.cells.size(); ++c) {
                const qreal w = area.width() * line.widths.value(c, 1.0);
                const QRectF cell(x, y, w - lineHeight * 0.4, h);
                // Figures right-aligned in their columns, names and words left.
                const bool number = c > 0 && line.cells.size() > 1 && line.widths.size() == 9;
                const Qt::Alignment align = (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom;
                if (line.kind == Line::Header)
                    painter.drawText(cell, align.toInt() | Qt::TextWordWrap, line.cells[c]);
                else
                    painter.drawText(cell, align.toInt(), fm.elidedText(line.cells[c], Qt::ElideRight, cell.width()));
                x += w;
            }
            if (line.kind == Line::Header || line.kind == Line::Total) {
                painter.setPen(QPen(Qt::black, 1));
                const qreal ly = line.kind == Line::Header ? y + h + lineHeight * 0.1 : y + lineHeight * 0.15;
                painter.drawLine(QPointF(0, ly), QPointF(area.width(), ly));
            }
            y += h;
        }
        painter.setFont(small);
        painter.setPen(QPen(Qt::darkGray, 1));
        const qreal fy = area.height() - lineHeight * 1.5;
        painter.drawLine(QPointF(0, fy - lineHeight * 0.3), QPointF(area.width(), fy - lineHeight * 0.3));
        const QRectF footer(0, fy, area.width(), lineHeight * 1.5);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.setPen(Qt::black);
    }
    painter.end();
    return {};
}

Status DailyReport::save(const DailyReportData& data, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("%1 could not be opened for writing: %2").arg(path, file.errorString()));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeCsv(data, file);
    if (suffix != QLatin1String("pdf")) {
        file.close();
        file.remove();
        return makeError(
            ErrorCode::InvalidArgument,
            Tr::tr("%1: the report is written as .pdf or .csv; give the file one of those names.").arg(path));
    }
    QPdfWriter writer(&file);
    return writePdf(data, writer);
}

} // namespace hc::reports
