#pragma once
// The daily situation report of a jurisdiction for one local day, the one officials send up every day:
// people by colour and colour changes by district, new positive tests and close contacts, risk areas and rule
// versions in force, overrides granted, expired and revoked by reason category (no names), cards printed.
// Counts of people below k (the heatmaps' suppression threshold) are suppressed; counts of officials' acts
// (overrides, cards) are not, they are what officials answer for. Written as CSV (its tables, for machines:
// English keys) or as a paged PDF in the language of the installed translation, with the jurisdiction, the
// generating official and page numbers in the footer.

#include "auth/Session.h"
#include "db/Database.h"
#include "overview/Overview.h"
#include "services/Jurisdictions.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

class QIODevice;
class QPdfWriter;

namespace hc::reports {

struct DistrictLine
{
    QString code;
    QString name;
    overview::ColourFigures counts;
    overview::Figure changes;
    overview::Figure positiveTests;
    overview::Figure closeContacts;
    qint64 cardsPrinted = 0;
};

struct RiskAreaLine
{
    QString where; // district or venue name
    QString level; // low, medium, high
    qint64 from = 0;
    qint64 to = 0; // 0: open
};

struct RuleVersionLine
{
    int version = 0;
    qint64 effectiveAt = 0;
    QString publishedBy;
    QString summary;
};

struct OverrideLine
{
    QString reasonKey; // services::overrideReasonKey
    qint64 granted = 0;
    qint64 expired = 0;
    qint64 revoked = 0;
};

struct DailyReportData
{
    QDate day;
    services::Jurisdiction jurisdiction;
    QString official;
    qint64 generatedAt = 0;
    int threshold = 0;
    QList<DistrictLine> districts; // by code
    DistrictLine total;
    QList<RiskAreaLine> riskAreas;
    QList<RuleVersionLine> ruleVersions; // in force at some time of the day, oldest first
    QList<OverrideLine> overrides;       // every reason category
    qint64 cardsPrinted = 0;
    // The day's scans of the city (heatmap::HeatmapRenderer, suppression as on the Heatmaps page); null when
    // the jurisdiction lies in no city.
    QImage heatmap;
    QString heatmapCity;
};

class DailyReport final
{
public:
    // jurisdiction: code or name, empty for the session's own; refused outside the session's scope.
    static Result<DailyReportData> build(const db::Database& db, const auth::Session& session, const QDate& day,
                                         const QString& jurisdiction, qint64 now);
    static Status writeCsv(const DailyReportData& data, QIODevice& out);
    // A4 portrait; the writer's title and creator are set here.
    static Status writePdf(const DailyReportData& data, QPdfWriter& writer);
    // CSV or PDF by the file name's suffix (needs a QGuiApplication for PDF).
    static Status save(const DailyReportData& data, const QString& path);
    // The name a jurisdiction goes by in the current language.
    static QString jurisdictionName(const services::Jurisdiction& j);
};

} // namespace hc::reports
