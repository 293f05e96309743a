#pragma once
// Finds people in the official's scope by full ID number, the last digits of it, name prefix, pinyin initials
// or phone, a page at a time (keyset pagination: each page starts after the last row of the one before, so the
// hundredth page costs what the first does). Results carry masked ID numbers and phones only; each new search
// is audited. People outside the scope are never found.

#include "auth/Session.h"
#include "db/Database.h"
#include "rules/Colour.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace hc::services {

enum class SearchKind
{
    Automatic, // from what the text looks like (see PersonSearch::resolve)
    NationalId,
    IdSuffix, // the last 4 to 17 characters
    Name,     // prefix
    Initials, // pinyin initials, prefix, any case
    Phone,
};

struct PersonQuery
{
    SearchKind kind = SearchKind::Automatic;
    QString text;
};

struct PersonMatch
{
    qint64 id = 0;
    QString name;
    QString maskedNationalId;
    QString maskedPhone; // empty: no phone
    qint64 districtId = 0;
    QString districtName;
    QString districtNameEn;
    rules::Colour colour = rules::Colour::Green;
    bool recorded = false;   // false: no status row (green, no rule applies)
    bool overridden = false; // the colour is held by an override

    QString district(const QLocale& locale = QLocale()) const;
};

// Where the next page starts: after this key and id.
struct SearchCursor
{
    QString key;
    qint64 id = 0;
};

struct SearchPage
{
    PersonQuery query; // resolved: the kind searched and the normalised text
    QList<PersonMatch> people;
    std::optional<SearchCursor> next; // none: no more pages
};

class PersonSearch final
{
public:
    static constexpr int kPageSize = 100;

    // The kind a query is searched as and its normalised text; an error says what to type instead.
    // Automatic: 18 characters of digits (the last may be X) are an ID number, 11 digits from 1[3-9] (with
    // +86 or spaces) a mobile phone, other digits (4 or more) the end of an ID number, Latin letters pinyin
    // initials, anything else the start of a name.
    static Result<PersonQuery> resolve(const PersonQuery& query);

    // One page of people in the session's scope. Without after, a new search: audited (kind and text, ID numbers
    // and phones masked). Needs ViewPeople.
    static Result<SearchPage> search(const db::Database& db, const auth::Session& session, const PersonQuery& query,
                                     const std::optional<SearchCursor>& after = std::nullopt, int limit = kPageSize);

    // The person with this full ID number, if in the session's scope (NotFound otherwise, whether the person
    // exists elsewhere or not). Not audited: callers record what they show.
    static Result<qint64> lookup(const db::Database& db, const auth::Session& session, const QString& nationalId);

    static QString kindDisplayName(SearchKind kind); // translated
    static QString kindKey(SearchKind kind);         // "id_suffix"
};

} // namespace hc::services
