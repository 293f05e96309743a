#include "PersonSearch.h"

#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "imports/PeopleImporter.h"
#include "util/NationalId.h"
#include "util/Phone.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace hc::services {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::services::PersonSearch)
};

constexpr int kNationalIdLength = 18;
constexpr int kMinSuffix = 4;
constexpr int kMaxNameLength = 64;
constexpr int kMaxInitials = 16;

bool isIdCharacters(const QString& s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!(c >= QLatin1Char('0') && c <= QLatin1Char('9')) && !(i == s.size() - 1 && c == QLatin1Char('X')))
            return false;
    }
    return !s.isEmpty();
}

bool isLatinLetters(const QString& s)
{
    for (const QChar c : s)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return false;
    return !s.isEmpty();
}

QString withoutSeparators(const QString& text)
{
    QString s;
    for (const QChar c : text)
        if (!c.isSpace() && c != QLatin1Char('-'))
            s += c;
    return s;
}

bool looksLikeMobile(const QString& compact)
{
    static const QRegularExpression mobile(QStringLiteral("^(\\+?86|0086)?1[3-9][0-9]{9}$"));
    return mobile.match(compact).hasMatch();
}

// The smallest string greater than every string that starts with prefix, in code point order (SQLite's BINARY
// and PostgreSQL's "C" collation compare UTF-8 bytes, which is code point order): the prefix with its last code
// point one higher. Empty when there is none (a prefix of U+10FFFF only).
QString prefixEnd(const QString& prefix)
{
    QList<uint> points = prefix.toUcs4(); // Qt 6.4: uint, later char32_t
    while (!points.isEmpty()) {
        uint& last = points.last();
        if (last < 0x10FFFF) {
            ++last;
            if (last >= 0xD800 && last <= 0xDFFF)
                last = 0xE000; // no surrogate halves in valid text
            return QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()), points.size());
        }
        points.removeLast();
    }
    return {};
}

QString auditedText(const PersonQuery& q)
{
    switch (q.kind) {
    case SearchKind::NationalId:
        return NationalId::masked(q.text);
    case SearchKind::Phone:
        return Phone::masked(q.text);
    default:
        return q.text;
    }
}
} // namespace

QString PersonMatch::district(const QLocale& locale) const
{
    return locale.language() == QLocale::Chinese || districtNameEn.isEmpty() ? districtName : districtNameEn;
}

QString PersonSearch::kindDisplayName(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Automatic:
        return Tr::tr("Any (recognised from what you type)");
    case SearchKind::NationalId:
        return Tr::tr("ID number");
    case SearchKind::IdSuffix:
        return Tr::tr("Last digits of the ID number");
    case SearchKind::Name:
        return Tr::tr("Name (beginning)");
    case SearchKind::Initials:
        return Tr::tr("Pinyin initials");
    case SearchKind::Phone:
        return Tr::tr("Phone");
    }
    return {};
}

QString PersonSearch::kindKey(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Automatic:
        return QStringLiteral("automatic");
    case SearchKind::NationalId:
        return QStringLiteral("national_id");
    case SearchKind::IdSuffix:
        return QStringLiteral("id_suffix");
    case SearchKind::Name:
        return QStringLiteral("name");
    case SearchKind::Initials:
        return QStringLiteral("initials");
    case SearchKind::Phone:
        return QStringLiteral("phone");
    }
    return {};
}

Result<PersonQuery> PersonSearch::resolve(const PersonQuery& query)
{
    const QString text = query.text.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("Type an ID number (or its last digits), a name, pinyin initials or a phone number."));
    const QString compact = withoutSeparators(text).toUpper();
    SearchKind kind = query.kind;
    if (kind == SearchKind::Automatic) {
        if (compact.size() == kNationalIdLength && isIdCharacters(compact))
            kind = SearchKind::NationalId;
        else if (looksLikeMobile(compact))
            kind = SearchKind::Phone;
        else if (isIdCharacters(compact))
            kind = SearchKind::IdSuffix;
        else if (isLatinLetters(compact))
            kind = SearchKind::Initials;
        else
            kind = SearchKind::Name;
    }
    PersonQuery r{kind, QString()};
    switch (kind) {
    case SearchKind::NationalId:
        if (compact.size() != kNationalIdLength || !isIdCharacters(compact))
            return makeError(ErrorCode::InvalidArgument,
                             Tr::tr("\"%1\" is not an ID number: it has 18 characters, 17 digits and a last digit "
                                    "or X.")
                                 .arg(text));
        r.text = compact;
        break;
    case SearchKind::IdSuffix:
        if (!isIdCharacters(compact) || compact.size() >= kNationalIdLength)
            return makeError(ErrorCode::InvalidArgument,
                             Tr::tr("\"%1\" is not the end of an ID number: type its last 4 to 17 characters, "
                                    "digits and a last X.")
                                 .arg(text));
        if (compact.size() < kMinSuffix)
            return makeError(ErrorCode::InvalidArgument,
                             Tr::tr("Type at least the last %1 characters of the ID number.").arg(kMinSuffix));
        r.text = compact;
        break;
    case SearchKind::Phone:
        r.text = imports::PeopleImporter::normalisedPhone(text);
        if (r.text.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             Tr::tr("\"%1\" is not a phone number: type its digits, with +86 or not.").arg(text));
        break;
    case SearchKind::Initials:
        if (!isLatinLetters(compact) || compact.size() > kMaxInitials)
            return makeError(
                ErrorCode::InvalidArgument,
                Tr::tr("Pinyin initials are Latin letters only, at most %1 (\"wxm\" for 王小明).").arg(kMaxInitials));
        r.text = compact.toLower();
        break;
    case SearchKind::Name:
        if (text.size() > kMaxNameLength)
            return makeError(ErrorCode::InvalidArgument,
                             Tr::tr("A name has at most %1 characters; type its beginning.").arg(kMaxNameLength));
        r.text = text;
        break;
    case SearchKind::Automatic:
        break;
    }
    return r;
}

Result<SearchPage> PersonSearch::search(const db::Database& db, const auth::Session& session, const PersonQuery& query,
                                        const std::optional<SearchCursor>& after, int limit)
{
    const Status allowed = session.require(auth::Permission::ViewPeople);
    if (!allowed)
        return allowed.error();
    auto resolved = resolve(query);
    if (!resolved)
        return resolved.error();
    SearchPage page;
    page.query = resolved.value();
    const QString& text = page.query.text;
    limit = std::clamp(limit, 1, 1000);

    // Each kind reads one index range in (key, id) order and stops after the page (see migration step 9).
    // SQLite (without statistics) takes an equality for the most selective term and would trade that range
    // for the district index, then sort a million people of a district for a page of a hundred: +district_id
    // keeps the term out of its index choice. PostgreSQL weighs the district's share from its statistics and
    // needs them: hidden behind +, it guesses a tiny share and sorts everyone with the surname instead.
    const QString district = db.isSqlite() ? QStringLiteral("+p.district_id") : QStringLiteral("p.district_id");
    const QString collate = db.isSqlite() ? QString() : QStringLiteral(" COLLATE \"C\"");
    QString key;
    QString where;
    QVariantList values;
    switch (page.query.kind) {
    case SearchKind::NationalId:
        where = QStringLiteral("p.national_id = ? AND p.id > ?");
        values << text << (after ? after->id : 0);
        break;
    case SearchKind::IdSuffix:
        where = QStringLiteral("substr(p.national_id, 15) = ?");
        values << text.right(kMinSuffix);
        if (text.size() > kMinSuffix) {
            where += QStringLiteral(" AND substr(p.national_id, ?) = ?");
            values << kNationalIdLength + 1 - text.size() << text;
        }
        where += QStringLiteral(" AND p.id > ?");
        values << (after ? after->id : 0);
        break;
    case SearchKind::Phone:
        where = QStringLiteral("p.phone = ? AND p.id > ?");
        values << text << (after ? after->id : 0);
        break;
    case SearchKind::Name:
    case SearchKind::Initials: {
        key = (page.query.kind == SearchKind::Name ? QStringLiteral("p.name")
                                                   : QStringLiteral("lower(p.name_initials)")) +
              collate;
        // From (prefix, 0) or after the cursor, up to the first string past the prefix. The row value alone
        // does not start SQLite's index range on an expression (it would read the index from its beginning):
        // key >= says where to start, the row value skips what the pages before showed.
        const QString from = after ? after->key : text;
        where = QStringLiteral("%1 >= ? AND (%1, p.id) > (?, ?)").arg(key);
        values << from << from << (after ? after->id : 0);
        const QString end = prefixEnd(text);
        if (!end.isEmpty()) {
            where += QStringLiteral(" AND %1 < ?").arg(key);
            values << end;
        }
        break;
    }
    case SearchKind::Automatic:
        break;
    }
    QList<qint64> scope(session.scope.cbegin(), session.scope.cend());
    if (scope.isEmpty())
        return page;
    std::sort(scope.begin(), scope.end());
    QStringList marks;
    for (const qint64 id : scope) {
        marks << QStringLiteral("?");
        values << id;
    }
    const QString order = key.isEmpty() ? QStringLiteral("p.id") : key + QStringLiteral(", p.id");
    const QString sql =
        QStringLiteral("SELECT p.id, p.name, p.national_id, p.phone, p.district_id, s.colour, s.override_id, %1 "
                       "FROM people p LEFT JOIN statuses s ON s.person_id = p.id WHERE %2 AND %3 IN (%4) "
                       "ORDER BY %5 LIMIT %6")
            .arg(key.isEmpty() ? QStringLiteral("''") : key, where, district, marks.join(QStringLiteral(", ")), order)
            .arg(limit + 1);
    auto q = db::run(db, sql, values);
    if (!q)
        return q.error();
    QString lastKey;
    QSet<qint64> districts;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        if (page.people.size() == limit) {
            page.next = SearchCursor{lastKey, page.people.last().id};
            break;
        }
        PersonMatch m;
        m.id = r.value(0).toLongLong();
        m.name = r.value(1).toString();
        m.maskedNationalId = NationalId::masked(r.value(2).toString());
        m.maskedPhone = Phone::masked(r.value(3).toString());
        m.districtId = r.value(4).toLongLong();
        m.recorded = !r.value(5).isNull();
        m.colour = rules::colourFromKey(r.value(5).toString()).value_or(rules::Colour::Green);
        m.overridden = !r.value(6).isNull();
        lastKey = r.value(7).toString();
        districts.insert(m.districtId);
        page.people << m;
    }
    q.value().finish();

    if (!districts.isEmpty()) {
        QStringList ids;
        for (const qint64 d : districts)
            ids << QString::number(d);
        auto names = db::run(db, QStringLiteral("SELECT id, name, name_en FROM jurisdictions WHERE id IN (%1)")
                                     .arg(ids.join(QStringLiteral(", "))));
        if (!names)
            return names.error();
        QHash<qint64, std::pair<QString, QString>> byId;
        while (names.value().next())
            byId.insert(names.value().value(0).toLongLong(),
                        {names.value().value(1).toString(), names.value().value(2).toString()});
        for (PersonMatch& m : page.people) {
            const auto n = byId.value(m.districtId);
            m.districtName = n.first;
            m.districtNameEn = n.second;
        }
    }

    if (!after) {
        // Recorded before the names leave this function; further pages of the same search are not.
        auto a = audit::AuditLog::appendAlone(db, session.userName, QStringLiteral("people.search"),
                                              QStringLiteral("people"),
                                              {{QStringLiteral("kind"), kindKey(page.query.kind)},
                                               {QStringLiteral("text"), auditedText(page.query)},
                                               {QStringLiteral("shown"), static_cast<int>(page.people.size())},
                                               {QStringLiteral("more"), page.next.has_value()}});
        if (!a)
            return a.error();
    }
    return page;
}

Result<qint64> PersonSearch::lookup(const db::Database& db, const auth::Session& session, const QString& nationalId)
{
    const Status allowed = session.require(auth::Permission::ViewPeople);
    if (!allowed)
        return allowed.error();
    const QString id = withoutSeparators(nationalId).toUpper();
    auto q = db::run(db, QStringLiteral("SELECT id, district_id FROM people WHERE national_id = ?"), {id});
    if (!q)
        return q.error();
    // The same answer whether the person lives elsewhere or nowhere: scope hides existence too.
    if (!q.value().next() || !session.inScope(q.value().value(1).toLongLong()))
        return makeError(ErrorCode::NotFound, Tr::tr("No person in the jurisdiction of %1 has the ID number %2.")
                                                  .arg(session.userName, NationalId::masked(id)));
    return q.value().value(0).toLongLong();
}

} // namespace hc::services
