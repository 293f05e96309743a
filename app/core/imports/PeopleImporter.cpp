#include "PeopleImporter.h"

#include "BatchLookup.h"
#include "FieldParser.h"
#include "crypto/Crypto.h"
#include "db/Sql.h"
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
    Q_DECLARE_TR_FUNCTIONS(hc::imports::PeopleImporter)
};

struct Stored
{
    qint64 id = 0;
    QString pseudonym;
    QString name;
    QString initials;
    QString sex;
    QString birthDate;
    QString phone;
    qint64 districtId = 0;
    bool smartphone = true;
};

// The one answer for an ID number stored outside the user's scope. ID numbers are unique, so that it cannot be
// imported here is unavoidable; it compares nothing, so nothing else about that person shows.
QString outsideScope(const QString& nationalId, const QString& user)
{
    return Tr::tr("%1 is registered outside the jurisdiction of %2 and cannot be imported here.")
        .arg(NationalId::masked(nationalId), user);
}
} // namespace

PeopleImporter::PeopleImporter(const db::Database& db, const auth::Session& session, const ImportOptions& options)
    : Importer(db, session, ImportKind::People, options)
{}

PeopleImporter::~PeopleImporter() = default;

QList<FieldSpec> PeopleImporter::fields() const
{
    return {
        {QStringLiteral("national_id"),
         true,
         {QStringLiteral("id_number"), QStringLiteral("id_card"), QStringLiteral("身份证号"),
          QStringLiteral("身份证号码"), QStringLiteral("证件号码")},
         Tr::tr("The 18-character citizen ID number")},
        {QStringLiteral("name"), true, {QStringLiteral("姓名")}, Tr::tr("Full name")},
        {QStringLiteral("sex"),
         false,
         {QStringLiteral("gender"), QStringLiteral("性别")},
         Tr::tr("F or M (女/男); taken from the ID number when absent")},
        {QStringLiteral("birth_date"),
         false,
         {QStringLiteral("birthday"), QStringLiteral("dob"), QStringLiteral("出生日期")},
         Tr::tr("Birth date; taken from the ID number when absent")},
        {QStringLiteral("phone"),
         false,
         {QStringLiteral("mobile"), QStringLiteral("手机"), QStringLiteral("手机号"), QStringLiteral("电话"),
          QStringLiteral("联系电话")},
         Tr::tr("Phone number")},
        {QStringLiteral("district"),
         true,
         {QStringLiteral("district_code"), QStringLiteral("区县"), QStringLiteral("所属区县"),
          QStringLiteral("区县编码")},
         Tr::tr("The district's code or name")},
        {QStringLiteral("has_smartphone"),
         false,
         {QStringLiteral("smartphone"), QStringLiteral("有智能手机"), QStringLiteral("智能手机")},
         Tr::tr("Whether the person can show a code on a phone (yes when absent)")},
        {QStringLiteral("pseudonym"),
         false,
         {QStringLiteral("假名"), QStringLiteral("人员标识")},
         Tr::tr("The pseudonym scanning providers know the person by; generated when absent")},
        {QStringLiteral("name_initials"),
         false,
         {QStringLiteral("initials"), QStringLiteral("拼音首字母")},
         Tr::tr("Initials of the name in pinyin")},
        {QStringLiteral("guardian"),
         false,
         {QStringLiteral("guardian_national_id"), QStringLiteral("监护人身份证号")},
         Tr::tr("The ID number of the person's guardian or proxy")},
    };
}

QString PeopleImporter::normalisedPhone(const QString& text)
{
    QString d;
    for (const QChar c : text) {
        if (c.isDigit())
            d += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('(') && c != QLatin1Char(')') &&
                 !(c == QLatin1Char('+') && d.isEmpty()))
            return {};
    }
    if (text.trimmed().startsWith(QLatin1Char('+')) && d.startsWith(QLatin1String("86")))
        d = d.mid(2);
    else if (d.startsWith(QLatin1String("0086")))
        d = d.mid(4);
    return d.size() >= 7 && d.size() <= 15 ? d : QString();
}

Status PeopleImporter::prepare()
{
    auto geography = heatmap::Geography::load(database());
    if (!geography)
        return geography.error();
    m_geography = std::move(geography).value();
    return {};
}

std::optional<Reject> PeopleImporter::accept(const SourceRecord& record, const ColumnMapping& m)
{
    const QStringList& v = record.values;
    Row row;
    row.line = record.line;
    row.nationalId = m.value(v, QStringLiteral("national_id")).toUpper();
    if (!NationalId::isValid(row.nationalId))
        return Reject{QStringLiteral("national_id"),
                      Tr::tr("%1 is not a valid ID number (18 characters, a real birth date and a matching check "
                             "character).")
                          .arg(NationalId::masked(row.nationalId))};
    const QString derivedSex = row.nationalId.at(16).digitValue() % 2 == 1 ? QStringLiteral("M") : QStringLiteral("F");
    const QString derivedBirth =
        QStringLiteral("%1-%2-%3").arg(row.nationalId.mid(6, 4), row.nationalId.mid(10, 2), row.nationalId.mid(12, 2));
    row.name = m.value(v, QStringLiteral("name"));
    if (row.name.isEmpty() || row.name.size() > 64)
        return Reject{QStringLiteral("name"), Tr::tr("The name must have 1 to 64 characters.")};
    for (const QChar c : std::as_const(row.name))
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Reject{QStringLiteral("name"), Tr::tr("The name contains control characters.")};
    const QString sex = m.value(v, QStringLiteral("sex")).toUpper();
    if (sex.isEmpty()) {
        row.sex = derivedSex;
    } else {
        if (sex == QLatin1String("M") || sex == QLatin1String("MALE") || sex == QStringLiteral("男"))
            row.sex = QStringLiteral("M");
        else if (sex == QLatin1String("F") || sex == QLatin1String("FEMALE") || sex == QStringLiteral("女"))
            row.sex = QStringLiteral("F");
        else
            return Reject{QStringLiteral("sex"), Tr::tr("\"%1\" is not a sex (F or M, 女 or 男).").arg(shown(sex))};
        if (row.sex != derivedSex)
            return Reject{QStringLiteral("sex"), Tr::tr("The sex does not match the ID number.")};
    }
    QString problem;
    const QString birth = m.value(v, QStringLiteral("birth_date"));
    if (birth.isEmpty()) {
        row.birthDate = derivedBirth;
    } else {
        const auto d = FieldParser::date(birth, &problem);
        if (!d)
            return Reject{QStringLiteral("birth_date"), problem};
        if (*d != derivedBirth)
            return Reject{QStringLiteral("birth_date"), Tr::tr("The birth date does not match the ID number.")};
        row.birthDate = *d;
    }
    const QString phone = m.value(v, QStringLiteral("phone"));
    if (!phone.isEmpty()) {
        row.phone = normalisedPhone(phone);
        if (row.phone.isEmpty())
            return Reject{QStringLiteral("phone"), Tr::tr("\"%1\" is not a phone number.").arg(shown(phone))};
    }
    const QString district = m.value(v, QStringLiteral("district"));
    const heatmap::Area* area = m_geography->findByCodeOrName(district);
    if (!area)
        return Reject{QStringLiteral("district"),
                      Tr::tr("No jurisdiction has the code or name \"%1\".").arg(shown(district))};
    if (!inScope(area->id))
        return Reject{QStringLiteral("district"),
                      Tr::tr("%1 is outside the jurisdiction of user %2.").arg(area->name, session().userName)};
    row.districtId = area->id;
    const QString smartphone = m.value(v, QStringLiteral("has_smartphone"));
    if (!smartphone.isEmpty()) {
        const auto b = FieldParser::yesNo(smartphone, &problem);
        if (!b)
            return Reject{QStringLiteral("has_smartphone"), problem};
        row.smartphone = *b;
    }
    row.pseudonym = m.value(v, QStringLiteral("pseudonym"));
    row.pseudonymGiven = !row.pseudonym.isEmpty();
    if (row.pseudonym.size() > 128)
        return Reject{QStringLiteral("pseudonym"), Tr::tr("The pseudonym is longer than 128 characters.")};
    if (!row.pseudonymGiven)
        row.pseudonym = QStringLiteral("P") + QString::fromLatin1(crypto::Crypto::randomBytes(12).toHex());
    row.initials = m.value(v, QStringLiteral("name_initials"));
    if (row.initials.size() > 16)
        return Reject{QStringLiteral("name_initials"), Tr::tr("The initials are longer than 16 characters.")};
    row.guardian = m.value(v, QStringLiteral("guardian")).toUpper();
    if (!row.guardian.isEmpty() && !NationalId::isValid(row.guardian))
        return Reject{QStringLiteral("guardian"),
                      Tr::tr("%1 is not a valid ID number for the guardian.").arg(NationalId::masked(row.guardian))};
    if (row.guardian == row.nationalId && !row.guardian.isEmpty())
        return Reject{QStringLiteral("guardian"), Tr::tr("A person cannot be their own guardian.")};
    m_rows.push_back(std::move(row));
    return std::nullopt;
}

Status PeopleImporter::writeBatch(BatchResult& result)
{
    if (m_rows.empty())
        return {};
    QStringList ids;
    QStringList pseudonyms;
    QStringList guardians;
    for (const Row& r : m_rows) {
        ids << r.nationalId;
        if (r.pseudonymGiven)
            pseudonyms << r.pseudonym;
        if (!r.guardian.isEmpty())
            guardians << r.guardian;
    }
    QHash<QString, Stored> stored;
    Status st =
        BatchLookup::run(database(),
                         QStringLiteral("SELECT national_id, id, pseudonym, name, name_initials, sex, birth_date, "
                                        "phone, district_id, has_smartphone FROM people WHERE national_id IN"),
                         ids, [&](const QSqlQuery& q) {
                             Stored s;
                             s.id = q.value(1).toLongLong();
                             s.pseudonym = q.value(2).toString();
                             s.name = q.value(3).toString();
                             s.initials = q.value(4).toString();
                             s.sex = q.value(5).toString();
                             s.birthDate = q.value(6).toString();
                             s.phone = q.value(7).toString();
                             s.districtId = q.value(8).toLongLong();
                             s.smartphone = q.value(9).toInt() != 0;
                             stored.insert(q.value(0).toString(), s);
                         });
    if (!st)
        return st;
    QSet<QString> takenPseudonyms;
    st = BatchLookup::run(database(), QStringLiteral("SELECT pseudonym FROM people WHERE pseudonym IN"), pseudonyms,
                          [&](const QSqlQuery& q) { takenPseudonyms.insert(q.value(0).toString()); });
    if (!st)
        return st;
    // Guardians outside the scope count as not stored, as PostgreSQL's row-level security has it.
    QHash<QString, qint64> guardianIds;
    st = BatchLookup::run(database(), QStringLiteral("SELECT national_id, id, district_id FROM people WHERE national_id IN"),
                          guardians, [&](const QSqlQuery& q) {
                              if (inScope(q.value(2).toLongLong()))
                                  guardianIds.insert(q.value(0).toString(), q.value(1).toLongLong());
                          });
    if (!st)
        return st;

    // Decide row by row, in file order, so that the first of two rows for one person is the one kept.
    QHash<QString, const Row*> inBatch;
    QSet<QString> batchPseudonyms;
    std::vector<const Row*> toInsert;
    for (const Row& r : m_rows) {
        auto reject = [&](const QString& field, const QString& reason) {
            result.rejects << RejectedRow{r.line, field, reason};
        };
        const auto s = stored.constFind(r.nationalId);
        if (s != stored.cend() && !inScope(s->districtId)) {
            reject(QStringLiteral("national_id"), outsideScope(r.nationalId, session().userName));
            continue;
        }
        const Row* earlier = inBatch.value(r.nationalId);
        if (s != stored.cend() || earlier) {
            QStringList differs;
            const QString name = s != stored.cend() ? s->name : earlier->name;
            if (name != r.name)
                differs << Tr::tr("name");
            if ((s != stored.cend() ? s->phone : earlier->phone) != r.phone)
                differs << Tr::tr("phone");
            if ((s != stored.cend() ? s->districtId : earlier->districtId) != r.districtId)
                differs << Tr::tr("district");
            if ((s != stored.cend() ? s->smartphone : earlier->smartphone) != r.smartphone)
                differs << Tr::tr("smartphone");
            if (r.pseudonymGiven && (s != stored.cend() ? s->pseudonym : earlier->pseudonym) != r.pseudonym)
                differs << Tr::tr("pseudonym");
            if (!r.initials.isEmpty() && (s != stored.cend() ? s->initials : earlier->initials) != r.initials)
                differs << Tr::tr("initials");
            if (differs.isEmpty())
                ++result.duplicates;
            else
                reject(QString(), Tr::tr("%1 is already %2 with a different %3; imports never change a person, correct "
                                         "it in the console.")
                                      .arg(NationalId::masked(r.nationalId),
                                           s != stored.cend() ? Tr::tr("stored") : Tr::tr("earlier in the file"),
                                           differs.join(QStringLiteral(", "))));
            continue;
        }
        if (r.pseudonymGiven && (takenPseudonyms.contains(r.pseudonym) || batchPseudonyms.contains(r.pseudonym))) {
            reject(QStringLiteral("pseudonym"),
                   Tr::tr("The pseudonym %1 belongs to another person.").arg(shown(r.pseudonym)));
            continue;
        }
        inBatch.insert(r.nationalId, &r);
        batchPseudonyms.insert(r.pseudonym);
        toInsert.push_back(&r);
    }
    // A guardian must be stored already or be inserted with this batch; dropping one row can orphan another.
    for (bool changed = true; changed;) {
        changed = false;
        QSet<QString> inserting;
        for (const Row* r : toInsert)
            inserting.insert(r->nationalId);
        for (auto it = toInsert.begin(); it != toInsert.end();) {
            const Row* r = *it;
            if (!r->guardian.isEmpty() && !guardianIds.contains(r->guardian) && !inserting.contains(r->guardian)) {
                result.rejects << RejectedRow{r->line, QStringLiteral("guardian"),
                                              Tr::tr("The guardian %1 is neither stored nor imported with this person.")
                                                  .arg(NationalId::masked(r->guardian))};
                it = toInsert.erase(it);
                changed = true;
            } else {
                ++it;
            }
        }
    }

    // ON CONFLICT: on PostgreSQL row-level security hides people outside the scope from the lookup above, so
    // their ID number is found only here; a row that did not go in is refused like one seen outside the scope.
    QSqlQuery ins(database().connection());
    if (!ins.prepare(QStringLiteral(
            "INSERT INTO people (national_id, pseudonym, name, name_initials, sex, birth_date, phone, district_id, "
            "has_smartphone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (national_id) DO NOTHING RETURNING id")))
        return db::sqlError(ins);
    // Guardians first, so that a ward whose guardian is refused here is refused too instead of stored without one.
    QSet<QString> refused;
    std::vector<const Row*> inserted;
    std::vector<const Row*> waiting = toInsert;
    const auto insert = [&](const Row* r) -> Status {
        const Status s = db::rerun(ins, {r->nationalId, r->pseudonym, r->name, r->initials, r->sex, r->birthDate,
                                         r->phone.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r->phone),
                                         r->districtId, r->smartphone ? 1 : 0});
        if (!s)
            return s;
        const bool in = ins.next();
        if (in)
            guardianIds.insert(r->nationalId, ins.value(0).toLongLong());
        ins.finish();
        if (in) {
            inserted.push_back(r);
            ++result.imported;
        } else {
            refused.insert(r->nationalId);
            result.rejects << RejectedRow{r->line, QStringLiteral("national_id"),
                                          outsideScope(r->nationalId, session().userName)};
        }
        return {};
    };
    for (bool progress = true; progress && !waiting.empty();) {
        progress = false;
        for (auto it = waiting.begin(); it != waiting.end();) {
            const Row* r = *it;
            const bool guardianRefused = !r->guardian.isEmpty() && refused.contains(r->guardian);
            if (!r->guardian.isEmpty() && !guardianRefused && !guardianIds.contains(r->guardian)) {
                ++it; // its guardian is inserted with this batch, later in the file
                continue;
            }
            it = waiting.erase(it);
            progress = true;
            if (guardianRefused) {
                refused.insert(r->nationalId);
                result.rejects << RejectedRow{r->line, QStringLiteral("guardian"),
                                              Tr::tr("The guardian %1 is neither stored nor imported with this person.")
                                                  .arg(NationalId::masked(r->guardian))};
                continue;
            }
            st = insert(r);
            if (!st)
                return st;
        }
    }
    // What is left are guardians of each other: in file order, linked below.
    for (const Row* r : waiting) {
        st = insert(r);
        if (!st)
            return st;
    }
    QSqlQuery up(database().connection());
    if (!up.prepare(QStringLiteral("UPDATE people SET guardian_id = ? WHERE national_id = ?")))
        return db::sqlError(up);
    for (const Row* r : inserted)
        if (!r->guardian.isEmpty() && guardianIds.contains(r->guardian)) {
            st = db::rerun(up, {guardianIds.value(r->guardian), r->nationalId});
            if (!st)
                return st;
        }
    return {};
}

} // namespace hc::imports
