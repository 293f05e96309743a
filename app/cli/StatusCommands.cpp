// healthcode-ctl status show|explain PERSON: a person's colour, why, and what the person page shows.

#include "Arguments.h"
#include "Ctl.h"
#include "ExitCodes.h"
#include "rules/ExplanationText.h"
#include "services/PersonRecordService.h"
#include "services/PersonSearch.h"
#include "services/StatusService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hc::cli {

using services::PersonRecord;
using services::PersonRecordService;
using services::PersonSearch;
using services::StatusService;

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::StatusCommands)
};

QString when(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// The person named by a full ID number, in the acting official's scope, and what the person page shows (audited).
std::optional<PersonRecord> openPerson(Ctl& ctl, const Arguments& a, const QString& usage, int& code)
{
    code = Ok;
    if (a.positional().size() != 2) {
        code = ctl.usage(usage);
        return std::nullopt;
    }
    const auth::Session* s = ctl.session();
    if (!s) {
        code = -1;
        return std::nullopt;
    }
    const db::Database& db = *ctl.database();
    auto person = PersonSearch::lookup(db, *s, a.positional(1));
    if (!person) {
        code = ctl.fail(person.error());
        return std::nullopt;
    }
    auto record = PersonRecordService::open(db, *s, person.value());
    if (!record) {
        code = ctl.fail(record.error());
        return std::nullopt;
    }
    return std::move(record).value();
}

void section(Ctl& ctl, const QString& title, qsizetype count)
{
    ctl.out() << Qt::endl << Tr::tr("%1 (%2):").arg(title).arg(count) << Qt::endl;
}

int show(Ctl& ctl, const Arguments& a)
{
    int code = Ok;
    const auto record = openPerson(ctl, a, Tr::tr("Usage: status show PERSON (a full ID number)"), code);
    if (!record)
        return code;
    const services::PersonSummary& p = record->person;
    QTextStream& out = ctl.out();
    out << Tr::tr("Person:   %1, ID number %2, %3").arg(p.name, p.maskedNationalId, p.district) << Qt::endl;
    out << Tr::tr("Colour:   %1").arg(rules::colourDisplayName(record->status.colour)) << Qt::endl;
    out << Tr::tr("Why:      %1").arg(record->explanation()) << Qt::endl;

    section(ctl, Tr::tr("Status history"), record->history.size());
    for (const services::StatusHistoryEntry& h : record->history) {
        const QString rule = h.overrideId > 0 ? Tr::tr("override %1").arg(h.overrideId)
                                              : Tr::tr("rule %1, version %2").arg(h.ruleId).arg(h.ruleVersion);
        out << QStringLiteral("  %1  %2  %3  %4")
                   .arg(when(h.since), -16)
                   .arg(h.until > 0 ? when(h.until) : Tr::tr("now"), -16)
                   .arg(rules::colourDisplayName(h.colour), -8)
                   .arg(rule)
            << Qt::endl;
    }
    section(ctl, Tr::tr("Tests"), record->tests.size());
    for (const services::TestEntry& t : record->tests)
        out << QStringLiteral("  %1  %2  %3  %4")
                   .arg(when(t.sampledAt), -16)
                   .arg(PersonRecordService::testKindDisplayName(t.kind), -8)
                   .arg(PersonRecordService::testResultDisplayName(t.result), -8)
                   .arg(t.lab)
            << Qt::endl;
    section(ctl, Tr::tr("Risk-area stays"), record->stays.size());
    for (const services::RiskStay& s : record->stays)
        out << QStringLiteral("  %1  %2  %3")
                   .arg(when(s.at), -16)
                   .arg(PersonRecordService::riskLevelDisplayName(s.level), -12)
                   .arg(s.kind == services::RiskStay::Kind::Home ? Tr::tr("home district %1").arg(s.place) : s.place)
            << Qt::endl;
    section(ctl, Tr::tr("Recent scans"), record->scans.size());
    for (const services::ScanEntry& e : record->scans)
        out << QStringLiteral("  %1  %2").arg(when(e.at), -16).arg(e.venue) << Qt::endl;
    section(ctl, Tr::tr("Printed cards"), record->cards.size());
    for (const services::CardEntry& c : record->cards)
        out << QStringLiteral("  %1  %2  %3")
                   .arg(c.serial, -20)
                   .arg(when(c.issuedAt), -16)
                   .arg(c.revokedAt > 0 ? Tr::tr("revoked %1").arg(when(c.revokedAt))
                                        : Tr::tr("valid until %1").arg(when(c.expiresAt)))
            << Qt::endl;
    section(ctl, Tr::tr("Overrides"), record->overrides.size());
    for (const services::OverrideEntry& o : record->overrides)
        out << QStringLiteral("  %1  %2  %3  %4  %5")
                   .arg(o.id, -6)
                   .arg(rules::colourDisplayName(o.target), -8)
                   .arg(PersonRecordService::overrideStateDisplayName(o.state), -18)
                   .arg(PersonRecordService::overrideCategoryDisplayName(o.category))
                   .arg(Tr::tr("asked by %1").arg(o.requestedBy))
            << Qt::endl;
    return Ok;
}

int explain(Ctl& ctl, const Arguments& a)
{
    int code = Ok;
    const auto record = openPerson(ctl, a, Tr::tr("Usage: status explain PERSON (a full ID number)"), code);
    if (!record)
        return code;
    ctl.out() << record->explanation() << Qt::endl;
    if (record->status.overrideId > 0)
        return Ok;
    // The stored status is what codes show; say so when the rules in force now would decide otherwise.
    const db::Database& db = *ctl.database();
    auto now = StatusService::explainNow(db, *ctl.session(), record->person.id, Clock::nowSecs());
    if (!now)
        return ctl.fail(now.error());
    if (now.value().colour != record->status.colour || now.value().ruleId != record->status.ruleId) {
        auto names = rules::ExplanationText::loadNames(db, {now.value()});
        if (!names)
            return ctl.fail(names.error());
        ctl.out() << Tr::tr("The rules in force now say: %1 This takes effect at the next re-evaluation.")
                         .arg(rules::ExplanationText::render(now.value(), names.value(), {}))
                  << Qt::endl;
    }
    return Ok;
}
} // namespace

int runStatus(Ctl& ctl, const QStringList& args)
{
    Arguments a(args, {});
    if (!a.isValid())
        return ctl.usage(a.error());
    const QString sub = a.positional(0);
    if (sub == QLatin1String("show"))
        return show(ctl, a);
    if (sub == QLatin1String("explain"))
        return explain(ctl, a);
    return ctl.usage(Tr::tr("Usage: status show|explain PERSON (a full ID number)"));
}

} // namespace hc::cli
