#include "PersonRecordService.h"

#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "util/NationalId.h"
#include "util/Phone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace hc::services {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::services::PersonRecordService)
};

QString localName(const QVariant& zh, const QVariant& en, const QLocale& locale)
{
    const QString z = zh.toString();
    const QString e = en.toString();
    return locale.language() == QLocale::Chinese || e.isEmpty() ? z : e;
}

qint64 orZero(const QVariant& v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

Status loadPerson(const db::Database& db, const auth::Session& session, qint64 personId, const QLocale& locale,
                  PersonSummary& p)
{
    auto q = db::run(db,
                     QStringLiteral("SELECT p.pseudonym, p.name, p.national_id, p.phone, p.sex, p.birth_date, "
                                    "p.district_id, j.name, j.name_en, p.has_smartphone FROM people p JOIN "
                                    "jurisdictions j ON j.id = p.district_id WHERE p.id = ?"),
                     {personId});
    if (!q)
        return q.error();
    const QSqlQuery& r = q.value();
    // Outside the scope reads as absent, as in a search.
    if (!q.value().next() || !session.inScope(r.value(6).toLongLong()))
        return makeError(
            ErrorCode::NotFound,
            Tr::tr("There is no person %1 in the jurisdiction of %2.").arg(personId).arg(session.userName));
    p.id = personId;
    p.pseudonym = r.value(0).toString();
    p.name = r.value(1).toString();
    p.maskedNationalId = NationalId::masked(r.value(2).toString());
    p.maskedPhone = Phone::masked(r.value(3).toString());
    p.sex = r.value(4).toString();
    p.birthDate = r.value(5).toString();
    p.districtId = r.value(6).toLongLong();
    p.district = localName(r.value(7), r.value(8), locale);
    p.hasSmartphone = r.value(9).toInt() != 0;
    return {};
}

Status loadTests(const db::Database& db, qint64 personId, QList<TestEntry>& out)
{
    auto q = db::run(db,
                     QStringLiteral("SELECT kind, result, sampled_at, reported_at, lab FROM test_results WHERE "
                                    "person_id = ? ORDER BY sampled_at DESC, id DESC LIMIT %1")
                         .arg(PersonRecordService::kMaxRows),
                     {personId});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << TestEntry{r.value(0).toString(), r.value(1).toString(), r.value(2).toLongLong(), r.value(3).toLongLong(),
                         r.value(4).toString()};
    }
    return {};
}

Status loadStays(const db::Database& db, qint64 personId, qint64 homeDistrict, const QLocale& locale,
                 QList<RiskStay>& out)
{
    // The person's scans (an index range) against the designations, a small table.
    auto q = db::run(db,
                     QStringLiteral("SELECT e.scanned_at, v.name, r.level, r.venue_id, j.name, j.name_en FROM "
                                    "scan_events e JOIN venues v ON v.id = e.venue_id JOIN risk_areas r ON "
                                    "(r.venue_id = e.venue_id OR r.district_id = v.district_id) AND e.scanned_at >= "
                                    "r.from_at AND (r.to_at IS NULL OR e.scanned_at < r.to_at) LEFT JOIN "
                                    "jurisdictions j ON j.id = r.district_id WHERE e.person_id = ? "
                                    "ORDER BY e.scanned_at DESC LIMIT %1")
                         .arg(PersonRecordService::kMaxRows),
                     {personId});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        RiskStay s;
        s.kind = r.value(3).isNull() ? RiskStay::Kind::District : RiskStay::Kind::Venue;
        s.at = r.value(0).toLongLong();
        s.place = s.kind == RiskStay::Kind::Venue
                      ? r.value(1).toString()
                      : Tr::tr("%1 in %2", "venue in district")
                            .arg(r.value(1).toString(), localName(r.value(4), r.value(5), locale));
        s.level = r.value(2).toString();
        out << s;
    }
    auto home = db::run(db,
                        QStringLiteral("SELECT r.level, r.from_at, r.to_at, j.name, j.name_en FROM risk_areas r JOIN "
                                       "jurisdictions j ON j.id = r.district_id WHERE r.district_id = ? "
                                       "ORDER BY r.from_at DESC LIMIT %1")
                            .arg(PersonRecordService::kMaxRows),
                        {homeDistrict});
    if (!home)
        return home.error();
    while (home.value().next()) {
        const QSqlQuery& r = home.value();
        RiskStay s;
        s.kind = RiskStay::Kind::Home;
        s.level = r.value(0).toString();
        s.at = r.value(1).toLongLong();
        s.endAt = orZero(r.value(2));
        s.place = localName(r.value(3), r.value(4), locale);
        out << s;
    }
    std::stable_sort(out.begin(), out.end(), [](const RiskStay& a, const RiskStay& b) { return a.at > b.at; });
    if (out.size() > PersonRecordService::kMaxRows)
        out.resize(PersonRecordService::kMaxRows);
    return {};
}

Status loadScans(const db::Database& db, qint64 personId, QList<ScanEntry>& out)
{
    auto q = db::run(db,
                     QStringLiteral("SELECT e.scanned_at, v.name FROM scan_events e LEFT JOIN venues v ON "
                                    "v.id = e.venue_id WHERE e.person_id = ? ORDER BY e.scanned_at DESC LIMIT %1")
                         .arg(PersonRecordService::kRecentScans),
                     {personId});
    if (!q)
        return q.error();
    while (q.value().next())
        out << ScanEntry{q.value().value(0).toLongLong(), q.value().value(1).toString()};
    return {};
}

Status loadCards(const db::Database& db, qint64 personId, QList<CardEntry>& out)
{
    auto q = db::run(db,
                     QStringLiteral("SELECT serial, issued_at, expires_at, revoked_at, handed_over_at FROM "
                                    "printed_cards WHERE person_id = ? ORDER BY issued_at DESC, id DESC LIMIT %1")
                         .arg(PersonRecordService::kMaxRows),
                     {personId});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << CardEntry{r.value(0).toString(), r.value(1).toLongLong(), r.value(2).toLongLong(), orZero(r.value(3)),
                         orZero(r.value(4))};
    }
    return {};
}

Status loadOverrides(const db::Database& db, qint64 personId, QList<OverrideEntry>& out)
{
    auto q = db::run(db,
                     QStringLiteral("SELECT o.id, o.target_colour, o.reason_category, o.reason_text, o.evidence_ref, "
                                    "o.state, ru.name, o.requested_at, du.name, o.decided_at, o.expires_at FROM "
                                    "overrides o JOIN users ru ON ru.id = o.requested_by LEFT JOIN users du ON "
                                    "du.id = o.decided_by WHERE o.person_id = ? ORDER BY o.requested_at DESC, "
                                    "o.id DESC LIMIT %1")
                         .arg(PersonRecordService::kMaxRows),
                     {personId});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        OverrideEntry o;
        o.id = r.value(0).toLongLong();
        o.target = rules::colourFromKey(r.value(1).toString()).value_or(rules::Colour::Green);
        o.category = r.value(2).toString();
        o.reason = r.value(3).toString();
        o.evidence = r.value(4).toString();
        o.state = r.value(5).toString();
        o.requestedBy = r.value(6).toString();
        o.requestedAt = r.value(7).toLongLong();
        o.decidedBy = r.value(8).toString();
        o.decidedAt = orZero(r.value(9));
        o.expiresAt = r.value(10).toLongLong();
        out << o;
    }
    return {};
}
} // namespace

QString PersonRecord::explanation(const rules::ExplanationText::Options& options) const
{
    if (!status.recorded)
        return Tr::tr("%1: no rule applies.").arg(rules::colourDisplayName(rules::Colour::Green));
    const QString since =
        options.locale.toString(QDateTime::fromSecsSinceEpoch(status.since, options.timeZone), QLocale::ShortFormat);
    if (status.overrideId > 0) {
        // Who asked, who approved and why, on the person's page itself.
        for (const OverrideEntry& o : overrides)
            if (o.id == status.overrideId)
                return Tr::tr("%1 since %2 by override %3 (%4: %5), requested by %6 and approved by %7; ends %8, "
                              "then the rules decide again.")
                    .arg(rules::colourDisplayName(status.colour), since)
                    .arg(status.overrideId)
                    .arg(PersonRecordService::overrideCategoryDisplayName(o.category), o.reason, o.requestedBy,
                         o.decidedBy,
                         options.locale.toString(QDateTime::fromSecsSinceEpoch(o.expiresAt, options.timeZone),
                                                 QLocale::ShortFormat));
        return Tr::tr("%1 since %2, set by override %3.")
            .arg(rules::colourDisplayName(status.colour), since)
            .arg(status.overrideId);
    }
    if (status.explanation)
        return rules::ExplanationText::render(*status.explanation, names, options);
    return Tr::tr("%1 since %2 (rule %3 of version %4).")
        .arg(rules::colourDisplayName(status.colour), since, status.ruleId)
        .arg(status.ruleVersion);
}

Result<PersonRecord> PersonRecordService::open(const db::Database& db, const auth::Session& session, qint64 personId,
                                               const QLocale& locale)
{
    const Status allowed = session.require(auth::Permission::ViewPeople);
    if (!allowed)
        return allowed.error();
    PersonRecord record;
    Status s = loadPerson(db, session, personId, locale, record.person);
    if (!s)
        return s.error();
    auto status = StatusService::status(db, session, personId);
    if (!status)
        return status.error();
    record.status = status.value();
    auto history = StatusService::history(db, session, personId);
    if (!history)
        return history.error();
    record.history = history.value().mid(0, kMaxRows);
    s = loadTests(db, personId, record.tests);
    if (s)
        s = loadStays(db, personId, record.person.districtId, locale, record.stays);
    if (s)
        s = loadScans(db, personId, record.scans);
    if (s)
        s = loadCards(db, personId, record.cards);
    if (s)
        s = loadOverrides(db, personId, record.overrides);
    if (!s)
        return s.error();

    QList<rules::Explanation> explanations;
    if (record.status.explanation)
        explanations << *record.status.explanation;
    for (const StatusHistoryEntry& h : std::as_const(record.history))
        if (h.explanation)
            explanations << *h.explanation;
    auto names = rules::ExplanationText::loadNames(db, explanations, locale);
    if (!names)
        return names.error();
    record.names = names.value();

    // Who looked at whose health record is on file before the record is shown.
    auto a =
        audit::AuditLog::appendAlone(db, session.userName, QStringLiteral("people.view"),
                                     QStringLiteral("person:%1").arg(personId), {{QStringLiteral("person"), personId}});
    if (!a)
        return a.error();
    return record;
}

QString PersonRecordService::overrideCategoryDisplayName(const QString& key)
{
    if (key == QLatin1String("test_result_correction"))
        return Tr::tr("Test result correction");
    if (key == QLatin1String("wrong_contact_designation"))
        return Tr::tr("Wrong contact designation");
    if (key == QLatin1String("identity_mix_up"))
        return Tr::tr("Identity mix-up");
    if (key == QLatin1String("medical_exemption"))
        return Tr::tr("Medical exemption");
    if (key == QLatin1String("other"))
        return Tr::tr("Other");
    return key;
}

QString PersonRecordService::overrideStateDisplayName(const QString& key)
{
    if (key == QLatin1String("requested"))
        return Tr::tr("Awaiting approval");
    if (key == QLatin1String("active"))
        return Tr::tr("In effect");
    if (key == QLatin1String("rejected"))
        return Tr::tr("Rejected");
    if (key == QLatin1String("expired"))
        return Tr::tr("Expired");
    if (key == QLatin1String("revoked"))
        return Tr::tr("Revoked");
    if (key == QLatin1String("request_expired"))
        return Tr::tr("Request expired");
    return key;
}

QString PersonRecordService::testKindDisplayName(const QString& key)
{
    if (key == QLatin1String("pcr"))
        return Tr::tr("PCR");
    if (key == QLatin1String("antigen"))
        return Tr::tr("Antigen");
    return key;
}

QString PersonRecordService::testResultDisplayName(const QString& key)
{
    if (key == QLatin1String("positive"))
        return Tr::tr("Positive");
    if (key == QLatin1String("negative"))
        return Tr::tr("Negative");
    return key;
}

QString PersonRecordService::riskLevelDisplayName(const QString& key)
{
    if (key == QLatin1String("high"))
        return Tr::tr("High risk");
    if (key == QLatin1String("medium"))
        return Tr::tr("Medium risk");
    if (key == QLatin1String("low"))
        return Tr::tr("Low risk");
    return key;
}

} // namespace hc::services
