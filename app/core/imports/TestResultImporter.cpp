#include "TestResultImporter.h"

#include "BatchLookup.h"
#include "FieldParser.h"
#include "db/Sql.h"
#include "util/Clock.h"
#include "util/NationalId.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace hc::imports {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::imports::TestResultImporter)
};

struct Person
{
    qint64 id = 0;
    qint64 district = 0;
};
} // namespace

TestResultImporter::TestResultImporter(const db::Database& db, const auth::Session& session,
                                       const ImportOptions& options)
    : Importer(db, session, ImportKind::Tests, options)
{}

TestResultImporter::~TestResultImporter() = default;

QList<FieldSpec> TestResultImporter::fields() const
{
    return {
        {QStringLiteral("national_id"),
         false,
         {QStringLiteral("id_number"), QStringLiteral("身份证号"), QStringLiteral("身份证号码")},
         Tr::tr("The person's ID number (or give the pseudonym)")},
        {QStringLiteral("pseudonym"),
         false,
         {QStringLiteral("person"), QStringLiteral("假名")},
         Tr::tr("The person's pseudonym (or give the ID number)")},
        {QStringLiteral("kind"),
         true,
         {QStringLiteral("test_type"), QStringLiteral("type"), QStringLiteral("检测类型"), QStringLiteral("类型")},
         Tr::tr("pcr or antigen (核酸/抗原)")},
        {QStringLiteral("result"),
         true,
         {QStringLiteral("结果"), QStringLiteral("检测结果")},
         Tr::tr("positive or negative (阳性/阴性)")},
        {QStringLiteral("sampled_at"),
         true,
         {QStringLiteral("sample_time"), QStringLiteral("sampled"), QStringLiteral("采样时间")},
         Tr::tr("When the sample was taken, with its time zone")},
        {QStringLiteral("reported_at"),
         false,
         {QStringLiteral("report_time"), QStringLiteral("reported"), QStringLiteral("报告时间")},
         Tr::tr("When the result was reported (the sampling time when absent)")},
        {QStringLiteral("lab"), false, {QStringLiteral("检测机构"), QStringLiteral("机构")}, Tr::tr("The laboratory")},
    };
}

QString TestResultImporter::columnProblem(const ColumnMapping& m) const
{
    if (!m.has(QStringLiteral("national_id")) && !m.has(QStringLiteral("pseudonym")))
        return Tr::tr("test results need a column with the person's ID number or pseudonym.");
    return {};
}

Status TestResultImporter::prepare()
{
    m_now = Clock::nowSecs();
    return {};
}

std::optional<Reject> TestResultImporter::accept(const SourceRecord& record, const ColumnMapping& m)
{
    const QStringList& v = record.values;
    Row row;
    row.line = record.line;
    row.nationalId = m.value(v, QStringLiteral("national_id")).toUpper();
    row.pseudonym = m.value(v, QStringLiteral("pseudonym"));
    if (row.nationalId.isEmpty() && row.pseudonym.isEmpty())
        return Reject{QStringLiteral("national_id"), Tr::tr("The row names no person (ID number or pseudonym).")};
    if (!row.nationalId.isEmpty() && !NationalId::isValid(row.nationalId))
        return Reject{QStringLiteral("national_id"),
                      Tr::tr("%1 is not a valid ID number.").arg(NationalId::masked(row.nationalId))};
    const QString kind = m.value(v, QStringLiteral("kind")).toLower();
    if (kind == QLatin1String("pcr") || kind == QStringLiteral("核酸") || kind == QLatin1String("naat"))
        row.kind = QStringLiteral("pcr");
    else if (kind == QLatin1String("antigen") || kind == QLatin1String("rapid") || kind == QStringLiteral("抗原"))
        row.kind = QStringLiteral("antigen");
    else
        return Reject{QStringLiteral("kind"), Tr::tr("\"%1\" is not a test kind (pcr or antigen).").arg(shown(kind))};
    const QString result = m.value(v, QStringLiteral("result")).toLower();
    if (result == QLatin1String("positive") || result == QLatin1String("pos") || result == QLatin1String("+") ||
        result == QStringLiteral("阳性"))
        row.result = QStringLiteral("positive");
    else if (result == QLatin1String("negative") || result == QLatin1String("neg") || result == QLatin1String("-") ||
             result == QStringLiteral("阴性"))
        row.result = QStringLiteral("negative");
    else
        return Reject{QStringLiteral("result"),
                      Tr::tr("\"%1\" is not a result (positive or negative).").arg(shown(result))};
    QString problem;
    const auto sampled =
        FieldParser::utcSeconds(m.value(v, QStringLiteral("sampled_at")), options().timeZone, false, &problem);
    if (!sampled)
        return Reject{QStringLiteral("sampled_at"), problem};
    row.sampledAt = *sampled;
    const QString reportedText = m.value(v, QStringLiteral("reported_at"));
    row.reportedAt = row.sampledAt;
    if (!reportedText.isEmpty()) {
        const auto reported = FieldParser::utcSeconds(reportedText, options().timeZone, false, &problem);
        if (!reported)
            return Reject{QStringLiteral("reported_at"), problem};
        row.reportedAt = *reported;
    }
    if (row.reportedAt < row.sampledAt)
        return Reject{QStringLiteral("reported_at"), Tr::tr("The result is reported before the sample was taken.")};
    if (row.reportedAt > m_now + 3600)
        return Reject{QStringLiteral("reported_at"), Tr::tr("The result lies in the future.")};
    row.lab = m.value(v, QStringLiteral("lab"));
    if (row.lab.size() > 200)
        return Reject{QStringLiteral("lab"), Tr::tr("The lab's name is longer than 200 characters.")};
    m_rows.push_back(std::move(row));
    return std::nullopt;
}

Status TestResultImporter::writeBatch(BatchResult& result)
{
    if (m_rows.empty())
        return {};
    QStringList ids;
    QStringList pseudonyms;
    for (const Row& r : m_rows) {
        if (!r.nationalId.isEmpty())
            ids << r.nationalId;
        else
            pseudonyms << r.pseudonym;
    }
    QHash<QString, Person> byId;
    QHash<QString, Person> byPseudonym;
    Status st =
        BatchLookup::run(database(),
                         QStringLiteral("SELECT national_id, id, district_id FROM people WHERE "
                                        "national_id IN"),
                         ids, [&](const QSqlQuery& q) {
                             byId.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
                         });
    if (!st)
        return st;
    st = BatchLookup::run(
        database(), QStringLiteral("SELECT pseudonym, id, district_id FROM people WHERE pseudonym IN"), pseudonyms,
        [&](const QSqlQuery& q) {
            byPseudonym.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
        });
    if (!st)
        return st;
    QSqlQuery exists(database().connection());
    exists.setForwardOnly(true);
    if (!exists.prepare(QStringLiteral("SELECT 1 FROM test_results WHERE person_id = ? AND kind = ? AND sampled_at = ? "
                                       "AND result = ?")))
        return db::sqlError(exists);
    QSqlQuery ins(database().connection());
    if (!ins.prepare(QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at, lab) "
                                    "VALUES (?, ?, ?, ?, ?, ?)")))
        return db::sqlError(ins);
    QSet<QString> seen;
    for (const Row& r : m_rows) {
        const bool byNationalId = !r.nationalId.isEmpty();
        const auto found = byNationalId ? byId.constFind(r.nationalId) : byPseudonym.constFind(r.pseudonym);
        // One answer whether the person lives elsewhere or nowhere: scope hides existence too (as status show).
        if (found == (byNationalId ? byId.cend() : byPseudonym.cend()) || !inScope(found->district)) {
            result.rejects << RejectedRow{
                r.line, byNationalId ? QStringLiteral("national_id") : QStringLiteral("pseudonym"),
                byNationalId ? Tr::tr("No person in the jurisdiction of %1 has the ID number %2.")
                                   .arg(session().userName, NationalId::masked(r.nationalId))
                             : Tr::tr("No person in the jurisdiction of %1 has the pseudonym %2.")
                                   .arg(session().userName, shown(r.pseudonym))};
            continue;
        }
        const QString key = QStringLiteral("%1|%2|%3|%4").arg(found->id).arg(r.kind).arg(r.sampledAt).arg(r.result);
        if (seen.contains(key)) {
            ++result.duplicates;
            continue;
        }
        seen.insert(key);
        st = db::rerun(exists, {found->id, r.kind, r.sampledAt, r.result});
        if (!st)
            return st;
        const bool stored = exists.next();
        exists.finish();
        if (stored) {
            ++result.duplicates;
            continue;
        }
        st = db::rerun(ins, {found->id, r.kind, r.result, r.sampledAt, r.reportedAt, r.lab});
        if (!st)
            return st;
        ++result.imported;
    }
    return {};
}

} // namespace hc::imports
