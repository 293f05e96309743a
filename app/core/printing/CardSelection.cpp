#include "CardSelection.h"

#include "db/Sql.h"
#include "services/Jurisdictions.h"
#include "util/Clock.h"
#include "util/NationalId.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace hc::printing {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::printing::CardSelection)
};

constexpr int kIdsPerQuery = 500;
constexpr qint64 kChinaOffsetSecs = 8 * 3600;

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return s;
}

// A card "in force": not revoked, not expired, signed with a real (not demo) key.
const char kInForce[] = "c.person_id = p.id AND c.revoked_at IS NULL AND c.expires_at > ? AND c.key_id IN "
                        "(SELECT k.id FROM signing_keys k WHERE k.purpose = 'cards')";

// The WHERE clause and its values, without the id paging and the id list.
struct Where
{
    QString sql;
    QVariantList values;
};

Result<Where> buildWhere(const db::Database& db, const auth::Session& session, const SelectionCriteria& c)
{
    if (const Status p = session.require(auth::Permission::PrintCards); !p)
        return p.error();
    QSet<qint64> districts = session.scope;
    if (!c.district.trimmed().isEmpty()) {
        auto j = services::Jurisdictions::resolve(db, c.district.trimmed());
        if (!j)
            return j.error();
        if (const Status s = session.requireScope(j.value().id, j.value().name); !s)
            return s.error();
        auto sub = services::Jurisdictions::subtree(db, j.value().id);
        if (!sub)
            return sub.error();
        districts = sub.value() & session.scope;
    }
    if (c.minAge < 0 || c.minAge > 150)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The minimum age must be from 0 to 150, not %1.").arg(c.minAge));
    if (c.limit < 0)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("The limit must not be negative."));

    Where w;
    QList<qint64> sorted(districts.begin(), districts.end());
    std::sort(sorted.begin(), sorted.end());
    if (sorted.isEmpty())
        sorted << 0; // nothing in scope: select nobody
    w.sql = QStringLiteral("p.district_id IN (") + placeholders(sorted.size()) + QStringLiteral(")");
    for (qint64 d : sorted)
        w.values << d;
    if (c.noSmartphone)
        w.sql += QStringLiteral(" AND p.has_smartphone = 0");
    const qint64 now = Clock::nowSecs();
    if (c.minAge > 0) {
        // Born on or before this day (local date in China) N years ago.
        const QDate today = QDateTime::fromSecsSinceEpoch(now + kChinaOffsetSecs, Qt::UTC).date();
        w.sql += QStringLiteral(" AND p.birth_date <= ?");
        w.values << today.addYears(-c.minAge).toString(Qt::ISODate);
    }
    if (c.notPrintedYet) {
        w.sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM printed_cards c WHERE ") + QLatin1String(kInForce) +
                 QStringLiteral(")");
        w.values << now;
    }
    if (c.printedBefore.isValid()) {
        const qint64 cutoff = c.printedBefore.startOfDay(Qt::UTC).toSecsSinceEpoch() - kChinaOffsetSecs;
        w.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM printed_cards c WHERE ") + QLatin1String(kInForce) +
                 QStringLiteral(") AND NOT EXISTS (SELECT 1 FROM printed_cards c WHERE ") + QLatin1String(kInForce) +
                 QStringLiteral(" AND c.issued_at >= ?)");
        w.values << now << now << cutoff;
    }
    return w;
}

// The slice of the sorted id list after afterId, at most kIdsPerQuery long.
QList<qint64> idSlice(const QList<qint64>& ids, qint64 afterId)
{
    const auto from = std::upper_bound(ids.begin(), ids.end(), afterId);
    const auto to = ids.end() - from > kIdsPerQuery ? from + kIdsPerQuery : ids.end();
    return QList<qint64>(from, to);
}
} // namespace

Result<QList<qint64>> CardSelection::resolveIds(const db::Database& db, const auth::Session& session,
                                                const QList<IdListEntry>& entries)
{
    if (const Status p = session.require(auth::Permission::PrintCards); !p)
        return p.error();
    QHash<QString, int> lineOf;
    for (const auto& e : entries)
        lineOf.insert(e.nationalId, e.line);
    QHash<QString, std::pair<qint64, qint64>> found; // national id -> (person id, district)
    for (qsizetype i = 0; i < entries.size(); i += kIdsPerQuery) {
        const qsizetype n = std::min<qsizetype>(kIdsPerQuery, entries.size() - i);
        QVariantList values;
        for (qsizetype k = 0; k < n; ++k)
            values << entries.at(i + k).nationalId;
        auto q = db::run(db,
                         QStringLiteral("SELECT id, national_id, district_id FROM people WHERE national_id IN (") +
                             placeholders(n) + QStringLiteral(")"),
                         values);
        if (!q)
            return q.error();
        while (q.value().next())
            found.insert(q.value().value(1).toString(),
                         {q.value().value(0).toLongLong(), q.value().value(2).toLongLong()});
    }
    QStringList unknown;
    QStringList outside;
    QList<qint64> ids;
    for (const auto& e : entries) {
        const auto it = found.constFind(e.nationalId);
        if (it == found.constEnd())
            unknown << Tr::tr("line %1 (%2)").arg(e.line).arg(NationalId::masked(e.nationalId));
        else if (!session.inScope(it->second))
            outside << Tr::tr("line %1 (%2)").arg(e.line).arg(NationalId::masked(e.nationalId));
        else
            ids << it->first;
    }
    auto listed = [](const QStringList& items) {
        QStringList shown = items.mid(0, IdListFile::kMaxReportedProblems);
        if (items.size() > shown.size())
            shown << Tr::tr("and %1 more").arg(items.size() - shown.size());
        return shown.join(QStringLiteral(", "));
    };
    if (!unknown.isEmpty())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("%1 ID number(s) of the list are not registered: %2. Nothing was selected.")
                             .arg(unknown.size())
                             .arg(listed(unknown)));
    if (!outside.isEmpty())
        return makeError(ErrorCode::OutOfScope,
                         Tr::tr("%1 person(s) on the list live outside your jurisdiction: %2. Nothing was selected.")
                             .arg(outside.size())
                             .arg(listed(outside)));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Result<qint64> CardSelection::count(const db::Database& db, const auth::Session& session,
                                    const SelectionCriteria& criteria)
{
    auto where = buildWhere(db, session, criteria);
    if (!where)
        return where.error();
    qint64 total = 0;
    qint64 after = 0;
    while (true) {
        QString sql = QStringLiteral("SELECT COUNT(*) FROM people p WHERE ") + where.value().sql;
        QVariantList values = where.value().values;
        QList<qint64> slice;
        if (criteria.useIdList) {
            slice = idSlice(criteria.personIds, after);
            if (slice.isEmpty())
                break;
            sql += QStringLiteral(" AND p.id IN (") + placeholders(slice.size()) + QStringLiteral(")");
            for (qint64 id : slice)
                values << id;
        }
        auto q = db::run(db, sql, values);
        if (!q)
            return q.error();
        if (q.value().next())
            total += q.value().value(0).toLongLong();
        if (!criteria.useIdList)
            break;
        after = slice.last();
    }
    return criteria.limit > 0 ? std::min(total, criteria.limit) : total;
}

Result<QList<SelectedPerson>> CardSelection::page(const db::Database& db, const auth::Session& session,
                                                  const SelectionCriteria& criteria, qint64 afterId, int maxRows)
{
    auto where = buildWhere(db, session, criteria);
    if (!where)
        return where.error();
    QList<SelectedPerson> people;
    qint64 after = afterId;
    while (people.size() < maxRows) {
        QString sql = QStringLiteral("SELECT p.id, p.pseudonym, p.name, p.district_id, j.name, j.name_en "
                                     "FROM people p JOIN jurisdictions j ON j.id = p.district_id WHERE ") +
                      where.value().sql + QStringLiteral(" AND p.id > ?");
        QVariantList values = where.value().values;
        values << after;
        QList<qint64> slice;
        if (criteria.useIdList) {
            slice = idSlice(criteria.personIds, after);
            if (slice.isEmpty())
                break;
            sql += QStringLiteral(" AND p.id IN (") + placeholders(slice.size()) + QStringLiteral(")");
            for (qint64 id : slice)
                values << id;
        }
        sql += QStringLiteral(" ORDER BY p.id LIMIT ?");
        values << maxRows - people.size();
        auto q = db::run(db, sql, values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            people << SelectedPerson{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                                     r.value(3).toLongLong(), r.value(4).toString(), r.value(5).toString()};
        }
        if (!criteria.useIdList)
            break;
        // The id list goes slice by slice; when the page is not full yet, this slice was used up.
        after = slice.last();
    }
    return people;
}

} // namespace hc::printing
