#include "ScanImporter.h"

#include "FieldParser.h"
#include "db/FastQuery.h"
#include "db/Sql.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace hc::imports {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::imports::ScanImporter)
};

constexpr int kLookupChunk = 100;
constexpr int kInsertChunk = 64;
constexpr int kScanColumns = 8; // parameters per row of insertStatement (bindScan)
constexpr int kPeopleCacheLimit = 500000;
constexpr qint64 kEarliest = 946684800; // 2000-01-01T00:00:00Z

QString marks(int n)
{
    QStringList m;
    m.reserve(n);
    for (int i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QStringLiteral(", "));
}

// returning: with RETURNING the keys of the rows that went in (PostgreSQL's multi-row statements).
QString insertStatement(int rows, bool sqlite, bool returning)
{
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i)
        values << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)");
    // OR FAIL (SQLite): a multi-row statement that could abort halfway makes SQLite copy every page it
    // touches to a statement journal first; a failure fails the whole batch's transaction anyway.
    return (sqlite ? QStringLiteral("INSERT OR FAIL") : QStringLiteral("INSERT")) +
           QStringLiteral(" INTO scan_events (provider, event_uid, scanned_at, venue_id, lat, lon, person_id, "
                          "colour) VALUES ") +
           values.join(QStringLiteral(", ")) +
           QStringLiteral(" ON CONFLICT (provider, event_uid) WHERE event_uid IS NOT NULL DO NOTHING") +
           (returning ? QStringLiteral(" RETURNING provider, event_uid") : QString());
}
} // namespace

ScanImporter::ScanImporter(const db::Database& db, const auth::Session& session, const ImportOptions& options)
    : Importer(db, session, ImportKind::Scans, options)
{}

ScanImporter::~ScanImporter() = default;

QList<FieldSpec> ScanImporter::fields() const
{
    return {
        {QStringLiteral("event_id"),
         true,
         {QStringLiteral("event_uid"), QStringLiteral("id"), QStringLiteral("scan_id"), QStringLiteral("事件编号"),
          QStringLiteral("事件ID"), QStringLiteral("扫码编号"), QStringLiteral("流水号")},
         Tr::tr("The provider's unique id of the scan")},
        {QStringLiteral("time"),
         true,
         {QStringLiteral("scanned_at"), QStringLiteral("timestamp"), QStringLiteral("scan_time"),
          QStringLiteral("datetime"), QStringLiteral("扫码时间"), QStringLiteral("时间")},
         Tr::tr("When the code was scanned, with its time zone")},
        {QStringLiteral("venue"),
         false,
         {QStringLiteral("venue_code"), QStringLiteral("venue_id"), QStringLiteral("place_code"),
          QStringLiteral("场所编码"), QStringLiteral("场所编号"), QStringLiteral("场所")},
         Tr::tr("The venue's code")},
        {QStringLiteral("lat"),
         false,
         {QStringLiteral("latitude"), QStringLiteral("纬度")},
         Tr::tr("Latitude in degrees (WGS 84), when there is no venue")},
        {QStringLiteral("lon"),
         false,
         {QStringLiteral("lng"), QStringLiteral("long"), QStringLiteral("longitude"), QStringLiteral("经度")},
         Tr::tr("Longitude in degrees (WGS 84), when there is no venue")},
        {QStringLiteral("pseudonym"),
         true,
         {QStringLiteral("person"), QStringLiteral("person_pseudonym"), QStringLiteral("subject"),
          QStringLiteral("假名"), QStringLiteral("人员标识")},
         Tr::tr("The person's pseudonym (never the ID number)")},
        {QStringLiteral("colour"),
         true,
         {QStringLiteral("color"), QStringLiteral("code_colour"), QStringLiteral("code_color"), QStringLiteral("码色"),
          QStringLiteral("颜色"), QStringLiteral("健康码")},
         Tr::tr("The colour the code showed: green, yellow or red")},
        {QStringLiteral("provider"),
         false,
         {QStringLiteral("提供方")},
         Tr::tr("Whose event ids these are, when the file mixes providers")},
    };
}

QString ScanImporter::columnProblem(const ColumnMapping& m) const
{
    if (!m.has(QStringLiteral("venue")) && !(m.has(QStringLiteral("lat")) && m.has(QStringLiteral("lon"))))
        return Tr::tr("scans need a venue column, or latitude and longitude columns.");
    return {};
}

Status ScanImporter::prepare()
{
    auto geography = heatmap::Geography::load(database());
    if (!geography)
        return geography.error();
    m_geography = std::move(geography).value();
    auto config = heatmap::RollupConfig::load(database());
    if (!config)
        return config.error();
    m_rollups.emplace(config.value());
    QSqlQuery q(database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, district_id, lat, lon FROM venues")))
        return db::sqlError(q);
    while (q.next())
        m_venues.insert(q.value(1).toString(), heatmap::VenuePlace{q.value(0).toLongLong(), q.value(2).toLongLong(),
                                                                   q.value(3).toDouble(), q.value(4).toDouble()});
    m_now = Clock::nowSecs();
    // Raw scans older than this are not kept: the retention window as the purge reads it, and no earlier than
    // the last purge, whose rollups before it hold no exact per-person sets any more and are not hardened again.
    m_retentionDays = Settings::intValue(Settings::Key::ScanRetentionDays);
    const qint64 cutoff = m_now - qint64(m_retentionDays) * heatmap::RollupConfig::kDay;
    m_oldestIsPurge = config.value().purgedBefore() > cutoff;
    m_oldest = std::max(cutoff, config.value().purgedBefore());
    m_columns = Columns(); // looked up again from this import's mapping
    return {};
}

std::optional<Reject> ScanImporter::accept(const SourceRecord& record, const ColumnMapping& m)
{
    if (m_columns.mapping != &m) {
        m_columns.mapping = &m;
        m_columns.eventId = m.column(QStringLiteral("event_id"));
        m_columns.time = m.column(QStringLiteral("time"));
        m_columns.venue = m.column(QStringLiteral("venue"));
        m_columns.lat = m.column(QStringLiteral("lat"));
        m_columns.lon = m.column(QStringLiteral("lon"));
        m_columns.pseudonym = m.column(QStringLiteral("pseudonym"));
        m_columns.colour = m.column(QStringLiteral("colour"));
        m_columns.provider = m.column(QStringLiteral("provider"));
    }
    const QStringList& v = record.values;
    const auto value = [&v](int column) {
        return column >= 0 && column < v.size() ? v.at(column).trimmed() : QString();
    };
    Row row;
    row.line = record.line;
    row.eventId = value(m_columns.eventId);
    if (row.eventId.isEmpty())
        return Reject{QStringLiteral("event_id"), Tr::tr("The event id is empty.")};
    if (row.eventId.size() > 200)
        return Reject{QStringLiteral("event_id"), Tr::tr("The event id is longer than 200 characters.")};
    row.provider = m_columns.provider >= 0 ? value(m_columns.provider) : options().provider;
    if (row.provider.isEmpty())
        row.provider = options().provider;
    if (row.provider.isNull())
        row.provider = QString::fromLatin1(""); // NOT NULL: no provider is the empty one
    if (row.provider.size() > 100)
        return Reject{QStringLiteral("provider"), Tr::tr("The provider name is longer than 100 characters.")};

    QString problem;
    const auto at = FieldParser::utcSeconds(value(m_columns.time), options().timeZone, false, &problem);
    if (!at)
        return Reject{QStringLiteral("time"), problem};
    if (*at > m_now + 3600)
        return Reject{QStringLiteral("time"),
                      Tr::tr("The scan time %1 lies in the future.")
                          .arg(QDateTime::fromSecsSinceEpoch(*at, Qt::UTC).toString(Qt::ISODate))};
    if (*at < kEarliest)
        return Reject{QStringLiteral("time"), Tr::tr("The scan time is before the year 2000.")};
    if (*at < m_oldest) {
        const QString time = QDateTime::fromSecsSinceEpoch(*at, Qt::UTC).toString(Qt::ISODate);
        const QString oldest = QDateTime::fromSecsSinceEpoch(m_oldest, Qt::UTC).toString(Qt::ISODate);
        if (m_oldestIsPurge)
            return Reject{QStringLiteral("time"),
                          Tr::tr("The scan time %1 is before %2, up to which raw scans were purged; raw scans that "
                                 "old are not kept.")
                              .arg(time, oldest)};
        return Reject{QStringLiteral("time"),
                      Tr::tr("The scan time %1 is older than the retention window of %2 days (before %3); raw scans "
                             "that old are not kept.")
                          .arg(time)
                          .arg(m_retentionDays)
                          .arg(oldest)};
    }
    row.fact.at = *at;

    const QString colourText = value(m_columns.colour);
    const auto colour = heatmap::ScanColours::parse(colourText);
    if (!colour)
        return Reject{
            QStringLiteral("colour"),
            Tr::tr("\"%1\" is not a code colour (green, yellow or red; 绿, 黄 or 红).").arg(shown(colourText))};
    row.fact.colour = *colour;

    row.pseudonym = value(m_columns.pseudonym);
    if (row.pseudonym.isEmpty())
        return Reject{QStringLiteral("pseudonym"), Tr::tr("The person's pseudonym is empty.")};
    if (row.pseudonym.size() > 128)
        return Reject{QStringLiteral("pseudonym"), Tr::tr("The pseudonym is longer than 128 characters.")};

    const QString latText = value(m_columns.lat);
    const QString lonText = value(m_columns.lon);
    if (!latText.isEmpty() || !lonText.isEmpty()) {
        const auto lat = FieldParser::number(latText, -90, 90, Tr::tr("latitude"), &problem);
        if (!lat)
            return Reject{QStringLiteral("lat"), problem};
        const auto lon = FieldParser::number(lonText, -180, 180, Tr::tr("longitude"), &problem);
        if (!lon)
            return Reject{QStringLiteral("lon"), problem};
        row.hasCoordinates = true;
        row.lat = *lat;
        row.lon = *lon;
    }
    const QString venueCode = value(m_columns.venue);
    const heatmap::VenuePlace* venue = nullptr;
    if (!venueCode.isEmpty()) {
        const auto it = m_venues.constFind(venueCode);
        if (it != m_venues.cend())
            venue = &*it;
        else if (!row.hasCoordinates)
            return Reject{QStringLiteral("venue"),
                          Tr::tr("No venue has the code %1, and the row has no coordinates.").arg(shown(venueCode))};
    } else if (!row.hasCoordinates) {
        return Reject{QStringLiteral("venue"), Tr::tr("The row has neither a venue nor coordinates.")};
    }
    if (!heatmap::Rollups::place(*m_geography, venue, row.hasCoordinates, row.lat, row.lon, row.fact)) {
        if (venue)
            return Reject{QStringLiteral("venue"),
                          Tr::tr("Venue %1 is not in a district of a city.").arg(shown(venueCode))};
        return Reject{
            QStringLiteral("lat"),
            Tr::tr("The point %1, %2 lies in no district of a city in the database (are the district boundaries "
                   "imported?).")
                .arg(row.lat)
                .arg(row.lon)};
    }
    if (!inScope(row.fact.districtId)) {
        const heatmap::Area* d = m_geography->find(row.fact.districtId);
        return Reject{venue ? QStringLiteral("venue") : QStringLiteral("lat"),
                      Tr::tr("The scan is in %1, outside the jurisdiction of user %2.")
                          .arg(d ? d->name : QString::number(row.fact.districtId), session().userName)};
    }
    m_rows.push_back(std::move(row));
    return std::nullopt;
}

Status ScanImporter::resolvePeople(BatchResult& result, std::vector<bool>& keep)
{
    if (m_people.size() > kPeopleCacheLimit)
        m_people.clear();
    // One cache lookup per row; only the pseudonyms not cached are asked for, each once.
    QStringList unknown;
    QSet<QString> asked;
    for (Row& r : m_rows) {
        const auto it = m_people.constFind(r.pseudonym);
        if (it != m_people.cend()) {
            r.fact.personId = *it;
        } else {
            r.fact.personId = 0;
            if (!asked.contains(r.pseudonym)) {
                asked.insert(r.pseudonym);
                unknown << r.pseudonym;
            }
        }
    }
    std::unique_ptr<db::FastQuery> full;
    for (qsizetype i = 0; i < unknown.size(); i += kLookupChunk) {
        const int n = static_cast<int>(std::min<qsizetype>(kLookupChunk, unknown.size() - i));
        std::unique_ptr<db::FastQuery> partial;
        db::FastQuery* q = nullptr;
        const QString sql =
            QStringLiteral("SELECT pseudonym, id FROM people WHERE pseudonym IN (") + marks(n) + QLatin1Char(')');
        if (n == kLookupChunk && full) {
            q = full.get();
        } else {
            auto prepared = db::FastQuery::prepare(database(), sql);
            if (!prepared)
                return prepared.error();
            if (n == kLookupChunk) {
                full = std::move(prepared).value();
                q = full.get();
            } else {
                partial = std::move(prepared).value();
                q = partial.get();
            }
        }
        for (int k = 0; k < n; ++k)
            q->bindText(k, unknown.at(i + k));
        const Status st = q->exec();
        if (!st)
            return st;
        while (q->next())
            m_people.insert(q->textValue(0), q->intValue(1));
    }
    keep.assign(m_rows.size(), true);
    if (unknown.isEmpty())
        return {};
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& r = m_rows[i];
        if (r.fact.personId > 0)
            continue;
        const auto it = m_people.constFind(r.pseudonym);
        if (it == m_people.cend()) {
            keep[i] = false;
            result.rejects << RejectedRow{r.line, QStringLiteral("pseudonym"),
                                          Tr::tr("No person has the pseudonym %1.").arg(shown(r.pseudonym))};
        } else {
            r.fact.personId = *it;
        }
    }
    return {};
}

Status ScanImporter::writeBatch(BatchResult& result)
{
    if (m_rows.empty())
        return {};
    std::vector<bool> keep;
    Status st = resolvePeople(result, keep);
    if (!st)
        return st;
    // The rows go in as the file has them: providers export chronologically, so the time index and the rowid
    // grow at their ends. (Sorting a batch by person helped the person index less than it cost the others:
    // 4 indexes, 1M scans in 50k batches, sqlite3 shell: 7.2 s in file order, 7.8 s by person, 8.9 s by venue.)
    std::vector<std::size_t> rows;
    rows.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (keep[i])
            rows.push_back(i);
    st = database().isSqlite() ? insertSqlite(rows, result) : insertMultiRow(rows, result);
    if (!st)
        return st;
    return m_rollups->flush(database());
}

// r's kScanColumns scan_events columns, in insertStatement's order, from parameter first on.
void ScanImporter::bindScan(db::FastQuery& q, int first, const Row& r)
{
    int b = first;
    q.bindText(b++, r.provider);
    q.bindText(b++, r.eventId);
    q.bindInt(b++, r.fact.at);
    if (r.fact.venueId > 0)
        q.bindInt(b++, r.fact.venueId);
    else
        q.bindNull(b++);
    if (r.hasCoordinates) {
        q.bindDouble(b++, r.lat);
        q.bindDouble(b++, r.lon);
    } else {
        q.bindNull(b++);
        q.bindNull(b++);
    }
    q.bindInt(b++, r.fact.personId);
    q.bindText(b, heatmap::ScanColours::key(r.fact.colour));
}

// SQLite: one prepared one-row insert per scan, its change count saying whether it went in (0: the provider's
// event id is stored already, also when it came earlier in this batch). No RETURNING rows to collect and match,
// no multi-row statement to compile per batch tail: SQLite has no round trips to save.
Status ScanImporter::insertSqlite(const std::vector<std::size_t>& rows, BatchResult& result)
{
    if (!m_insert) {
        auto prepared = db::FastQuery::prepare(database(), insertStatement(1, true, false));
        if (!prepared)
            return prepared.error();
        m_insert = std::move(prepared).value();
    }
    db::FastQuery& q = *m_insert;
    std::vector<std::size_t> collisions;
    for (const std::size_t i : rows) {
        const Row& r = m_rows[i];
        bindScan(q, 0, r);
        const Status st = q.exec();
        if (!st)
            return st;
        if (q.changes() > 0) {
            m_rollups->add(r.fact);
            ++result.imported;
        } else {
            collisions.push_back(i);
        }
    }
    return checkCollisions(collisions, result);
}

// PostgreSQL: many rows per statement (one round trip), RETURNING the keys that went in.
Status ScanImporter::insertMultiRow(const std::vector<std::size_t>& batch, BatchResult& result)
{
    // A repeated event id within the batch is a duplicate of its first occurrence.
    std::vector<std::size_t> rows;
    rows.reserve(batch.size());
    std::vector<std::size_t> collisions;
    QSet<std::pair<QString, QString>> seen;
    seen.reserve(static_cast<qsizetype>(batch.size()));
    for (const std::size_t i : batch) {
        const std::pair<QString, QString> key{m_rows[i].provider, m_rows[i].eventId};
        if (seen.contains(key)) {
            collisions.push_back(i);
            continue;
        }
        seen.insert(key);
        rows.push_back(i);
    }
    std::unique_ptr<db::FastQuery> full;
    for (std::size_t start = 0; start < rows.size(); start += kInsertChunk) {
        const std::size_t n = std::min<std::size_t>(kInsertChunk, rows.size() - start);
        std::unique_ptr<db::FastQuery> partial;
        db::FastQuery* q = nullptr;
        if (n == kInsertChunk && full) {
            q = full.get();
        } else {
            auto prepared =
                db::FastQuery::prepare(database(), insertStatement(static_cast<int>(n), database().isSqlite(), true));
            if (!prepared)
                return prepared.error();
            if (n == kInsertChunk) {
                full = std::move(prepared).value();
                q = full.get();
            } else {
                partial = std::move(prepared).value();
                q = partial.get();
            }
        }
        for (std::size_t k = start; k < start + n; ++k)
            bindScan(*q, static_cast<int>(k - start) * kScanColumns, m_rows[rows[k]]);
        const Status st = q->exec();
        if (!st)
            return st;
        // Which rows went in: those whose (provider, event id) was not stored before.
        QSet<std::pair<QString, QString>> inserted;
        while (q->next())
            inserted.insert({q->textValue(0), q->textValue(1)});
        for (std::size_t k = start; k < start + n; ++k) {
            const Row& r = m_rows[rows[k]];
            if (inserted.remove({r.provider, r.eventId})) {
                m_rollups->add(r.fact);
                ++result.imported;
            } else {
                collisions.push_back(rows[k]);
            }
        }
    }
    std::sort(collisions.begin(), collisions.end()); // file order, for the rejected rows
    return checkCollisions(collisions, result);
}

Status ScanImporter::checkCollisions(const std::vector<std::size_t>& rows, BatchResult& result)
{
    if (rows.empty())
        return {};
    struct Stored
    {
        qint64 at = 0;
        qint64 venueId = 0;
        bool hasCoordinates = false;
        double lat = 0;
        double lon = 0;
        qint64 personId = 0;
        QString colour;
    };
    // Each event id once, per provider (the unique index is on both).
    QHash<QString, QStringList> byProvider;
    QSet<std::pair<QString, QString>> asked;
    for (const std::size_t i : rows) {
        const Row& r = m_rows[i];
        if (!asked.contains({r.provider, r.eventId})) {
            asked.insert({r.provider, r.eventId});
            byProvider[r.provider] << r.eventId;
        }
    }
    QHash<std::pair<QString, QString>, Stored> stored;
    for (auto it = byProvider.cbegin(); it != byProvider.cend(); ++it) {
        const QStringList& ids = it.value();
        for (qsizetype i = 0; i < ids.size(); i += kLookupChunk) {
            const int n = static_cast<int>(std::min<qsizetype>(kLookupChunk, ids.size() - i));
            auto prepared = db::FastQuery::prepare(
                database(), QStringLiteral("SELECT event_uid, scanned_at, venue_id, lat, lon, person_id, colour FROM "
                                           "scan_events WHERE provider = ? AND event_uid IS NOT NULL AND event_uid IN (") +
                                marks(n) + QLatin1Char(')'));
            if (!prepared)
                return prepared.error();
            db::FastQuery& q = *prepared.value();
            q.bindText(0, it.key());
            for (int k = 0; k < n; ++k)
                q.bindText(1 + k, ids.at(i + k));
            const Status st = q.exec();
            if (!st)
                return st;
            while (q.next()) {
                Stored s;
                s.at = q.intValue(1);
                s.venueId = q.isNull(2) ? 0 : q.intValue(2);
                s.hasCoordinates = !q.isNull(3) && !q.isNull(4);
                s.lat = s.hasCoordinates ? q.doubleValue(3) : 0;
                s.lon = s.hasCoordinates ? q.doubleValue(4) : 0;
                s.personId = q.intValue(5);
                s.colour = q.textValue(6);
                stored.insert({it.key(), q.textValue(0)}, s);
            }
        }
    }
    for (const std::size_t i : rows) {
        const Row& r = m_rows[i];
        const auto s = stored.constFind({r.provider, r.eventId});
        if (s == stored.cend()) {
            // PostgreSQL: stored, but outside what row-level security lets this user see.
            result.rejects << RejectedRow{r.line, QStringLiteral("event_id"),
                                          Tr::tr("The event id %1 is already stored for a scan outside the "
                                                 "jurisdiction of user %2.")
                                              .arg(shown(r.eventId), session().userName)};
            continue;
        }
        QStringList differs;
        if (s->at != r.fact.at)
            differs << Tr::tr("time");
        if (s->venueId != (r.fact.venueId > 0 ? r.fact.venueId : 0))
            differs << Tr::tr("venue");
        if (s->hasCoordinates != r.hasCoordinates || s->lat != r.lat || s->lon != r.lon)
            differs << Tr::tr("coordinates");
        if (s->personId != r.fact.personId)
            differs << Tr::tr("person");
        if (s->colour != heatmap::ScanColours::key(r.fact.colour))
            differs << Tr::tr("colour");
        if (differs.isEmpty()) {
            ++result.duplicates;
            continue;
        }
        result.rejects << RejectedRow{
            r.line, QStringLiteral("event_id"),
            Tr::tr("The event id %1 is already stored (from this file or an earlier import) with a different %2; a "
                   "provider's event id names one scan.")
                .arg(shown(r.eventId), differs.join(QStringLiteral(", ")))};
    }
    return {};
}

void ScanImporter::discardBatch()
{
    m_rows.clear();
    if (m_rollups)
        m_rollups->clear();
}

} // namespace hc::imports
