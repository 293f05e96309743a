// healthcode-ctl rules list|show|check|preview|propose|approve|reject|publish|rollback|reevaluate|explain.

#include "Arguments.h"
#include "Ctl.h"
#include "ExitCodes.h"
#include "Terminal.h"
#include "rules/ExplanationText.h"
#include "rules/FactsLoader.h"
#include "rules/ImpactPreview.h"
#include "rules/RuleValidator.h"
#include "services/Jurisdictions.h"
#include "services/RuleService.h"
#include "services/StatusService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QStringDecoder>

namespace hc::cli {

using services::RuleService;
using services::RuleVersionInfo;
using services::StatusService;

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli)
};

QString when(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// Rule text from a file: UTF-8 only (rule files are written by the console or a text editor).
Result<QString> readRuleFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("%1 is not UTF-8 text.").arg(path));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// Prints every diagnostic as FILE:LINE:COLUMN: message; returns whether any is an error.
bool printDiagnostics(Ctl& ctl, const QString& path, const QList<rules::Diagnostic>& diagnostics)
{
    for (const rules::Diagnostic& d : diagnostics) {
        QString where = path;
        if (d.span.isValid())
            where += QStringLiteral(":%1:%2").arg(d.span.line).arg(d.span.column);
        const QString kind = d.isError() ? Tr::tr("error") : Tr::tr("warning");
        ctl.out() << where << QStringLiteral(": ") << kind << QStringLiteral(": ") << d.toString() << Qt::endl;
    }
    return rules::hasErrors(diagnostics);
}

// A file checked as a rule set; Ok, or InvalidArgument after printing what is wrong.
int checkFile(Ctl& ctl, const QString& path, QString* text, rules::RuleSet* set = nullptr)
{
    auto read = readRuleFile(path);
    if (!read)
        return ctl.fail(read.error());
    *text = read.value();
    if (printDiagnostics(ctl, path, rules::RuleValidator::check(*text, set)))
        return ctl.fail(makeError(ErrorCode::InvalidArgument, Tr::tr("%1 has errors; fix them first.").arg(path)));
    return Ok;
}

Result<int> versionArgument(const Arguments& a, const QString& usage)
{
    bool ok = false;
    const int v = a.positional(1).toInt(&ok);
    if (a.positional().size() != 2 || !ok || v <= 0)
        return makeError(ErrorCode::InvalidArgument, usage);
    return v;
}

void printReport(Ctl& ctl, const services::ReevaluationReport& r)
{
    ctl.out() << Tr::tr("Statuses re-evaluated under rule set version %1: %2 people, %3 changed colour or reason, %4 "
                        "updated.")
                     .arg(r.ruleVersion)
                     .arg(r.people)
                     .arg(r.changed)
                     .arg(r.refreshed)
              << Qt::endl;
    for (int from = 0; from < rules::kColourCount; ++from)
        for (int to = 0; to < rules::kColourCount; ++to)
            if (r.transitions[from][to] > 0)
                ctl.out() << QStringLiteral("  ") << rules::colourDisplayName(rules::Colour(from))
                          << QStringLiteral(" -> ") << rules::colourDisplayName(rules::Colour(to))
                          << QStringLiteral(": ") << r.transitions[from][to] << Qt::endl;
    ctl.out() << Tr::tr("Now: %1 green, %2 yellow, %3 red.").arg(r.counts[0]).arg(r.counts[1]).arg(r.counts[2])
              << Qt::endl;
}

int reevaluate(Ctl& ctl, const auth::Session& s)
{
    ProgressPrinter progress;
    auto r = StatusService::reevaluate(*ctl.database(), s, Clock::nowSecs(), std::ref(progress));
    progress.end();
    if (!r)
        return ctl.fail(r.error());
    printReport(ctl, r.value());
    return Ok;
}

int list(Ctl& ctl)
{
    const db::Database* db = ctl.database();
    if (!db)
        return -1;
    auto versions = RuleService::list(*db);
    if (!versions)
        return ctl.fail(versions.error());
    auto current = RuleService::inForce(*db, Clock::nowSecs());
    const int inForce = current ? current.value().version : 0;
    ctl.out() << Tr::tr("VERSION  STATE       EFFECTIVE         BY            APPROVED BY   SUMMARY") << Qt::endl;
    for (const RuleVersionInfo& v : versions.value()) {
        const QString state = v.version == inForce ? Tr::tr("in force") : services::ruleStateDisplayName(v.state);
        ctl.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(v.version, 7)
                         .arg(state, -10)
                         .arg(when(v.effectiveAt), -16)
                         .arg(v.createdBy.isEmpty() ? Tr::tr("(console)") : v.createdBy, -12)
                         .arg(v.approvedBy, -12)
                         .arg(v.summary)
                  << Qt::endl;
    }
    return Ok;
}

int show(Ctl& ctl, const Arguments& a)
{
    const db::Database* db = ctl.database();
    if (!db)
        return -1;
    Result<RuleVersionInfo> v = makeError(ErrorCode::NotFound, QString());
    if (a.positional().size() > 1) {
        auto n = versionArgument(a, Tr::tr("Usage: rules show [VERSION]"));
        if (!n)
            return ctl.usage(n.error().message);
        v = RuleService::byVersion(*db, n.value());
    } else {
        v = RuleService::inForce(*db, Clock::nowSecs());
    }
    if (!v)
        return ctl.fail(v.error());
    ctl.out() << v.value().text;
    if (!v.value().text.endsWith(QLatin1Char('\n')))
        ctl.out() << Qt::endl;
    return Ok;
}

int preview(Ctl& ctl, const Arguments& a)
{
    if (a.positional().size() != 2)
        return ctl.usage(Tr::tr("Usage: rules preview FILE"));
    QString text;
    rules::RuleSet set;
    if (const int c = checkFile(ctl, a.positional(1), &text, &set); c != Ok)
        return c;
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    const qint64 now = Clock::nowSecs();
    auto before = RuleService::compiledInForce(db, now);
    if (!before)
        return ctl.fail(before.error());
    auto after = rules::CompiledRules::compile(set, before.value().version() + 1);
    if (!after)
        return ctl.fail(after.error());
    ProgressPrinter progress;
    const qint64 from = now - std::max(before.value().longestWindowSecs(), after.value().longestWindowSecs());
    auto facts = rules::FactsLoader::load(db, s->scope, from, std::ref(progress));
    if (!facts) {
        progress.end();
        return ctl.fail(facts.error());
    }
    const QString evaluating = Tr::tr("Evaluating both rule sets");
    auto impact = rules::ImpactPreview::run(facts.value(), before.value(), after.value(), now,
                                            [&](qint64 done, qint64 total) { return progress(evaluating, done, total); });
    progress.end();
    if (!impact)
        return ctl.fail(impact.error());
    const rules::Impact& i = impact.value();
    ctl.out() << Tr::tr("%1 of %2 people in scope would change colour.").arg(i.changed()).arg(i.people) << Qt::endl;
    auto matrixLine = [&](const QString& label, const rules::ColourMatrix& m) {
        QStringList parts;
        for (int from = 0; from < rules::kColourCount; ++from)
            for (int to = 0; to < rules::kColourCount; ++to)
                if (from != to && m.count[from][to] > 0)
                    parts << QStringLiteral("%1 -> %2: %3")
                                 .arg(rules::colourDisplayName(rules::Colour(from)),
                                      rules::colourDisplayName(rules::Colour(to)))
                                 .arg(m.count[from][to]);
        if (!parts.isEmpty())
            ctl.out() << QStringLiteral("  ") << label << QStringLiteral(": ") << parts.join(QStringLiteral(", "))
                      << Qt::endl;
    };
    matrixLine(Tr::tr("Everyone"), i.overall);
    ctl.out() << Tr::tr("By district:") << Qt::endl;
    for (auto it = i.byDistrict.cbegin(); it != i.byDistrict.cend(); ++it) {
        auto j = services::Jurisdictions::byId(db, it.key());
        matrixLine(j ? j.value().name : QString::number(it.key()), it.value());
    }
    ctl.out() << Tr::tr("By age:") << Qt::endl;
    for (int band = 0; band < rules::Impact::AgeBandCount; ++band)
        matrixLine(rules::Impact::ageBandLabel(band), i.byAgeBand[static_cast<std::size_t>(band)]);
    return Ok;
}

int propose(Ctl& ctl, const Arguments& a)
{
    if (a.positional().size() != 2)
        return ctl.usage(Tr::tr("Usage: rules propose FILE [--summary TEXT] [--based-on VERSION]"));
    QString text;
    if (const int c = checkFile(ctl, a.positional(1), &text); c != Ok)
        return c;
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    int basedOn = a.value(QStringLiteral("based-on")).toInt();
    if (!a.has(QStringLiteral("based-on"))) {
        auto current = RuleService::inForce(db, Clock::nowSecs());
        basedOn = current ? current.value().version : 0;
    }
    auto version = RuleService::createDraft(db, *s, text, a.value(QStringLiteral("summary")), basedOn);
    if (!version)
        return ctl.fail(version.error());
    auto draft = RuleService::byVersion(db, version.value());
    if (!draft)
        return ctl.fail(draft.error());
    const Status p = RuleService::propose(db, *s, version.value(), draft.value().rowVersion);
    if (!p)
        return ctl.fail(p.error());
    ctl.out() << Tr::tr("Proposed rule set version %1. A second official with the approver role approves it with "
                        "\"rules approve %1\".")
                     .arg(version.value())
              << Qt::endl;
    return Ok;
}

// approve, reject: a decision on a proposed version by the acting approver.
int decide(Ctl& ctl, const Arguments& a, bool approve)
{
    const QString usage = approve ? Tr::tr("Usage: rules approve VERSION [--note TEXT]")
                                  : Tr::tr("Usage: rules reject VERSION --reason TEXT");
    auto n = versionArgument(a, usage);
    if (!n)
        return ctl.usage(n.error().message);
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    auto v = RuleService::byVersion(db, n.value());
    if (!v)
        return ctl.fail(v.error());
    const Status done = approve ? RuleService::approve(db, *s, n.value(), a.value(QStringLiteral("note")),
                                                       v.value().rowVersion)
                                : RuleService::reject(db, *s, n.value(), a.value(QStringLiteral("reason")),
                                                      v.value().rowVersion);
    if (!done)
        return ctl.fail(done.error());
    ctl.out() << (approve ? Tr::tr("Approved rule set version %1; publish it with \"rules publish %1\".")
                          : Tr::tr("Rejected rule set version %1."))
                     .arg(n.value())
              << Qt::endl;
    return Ok;
}

int publish(Ctl& ctl, const Arguments& a)
{
    auto n = versionArgument(a, Tr::tr("Usage: rules publish VERSION [--at YYYY-MM-DDTHH:MM] [--urgent REASON]"));
    if (!n)
        return ctl.usage(n.error().message);
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    const qint64 now = Clock::nowSecs();
    const QString urgency = a.value(QStringLiteral("urgent"));
    qint64 effective = urgency.trimmed().isEmpty() ? now + RuleService::leadTimeSecs() : RuleService::kEffectiveNow;
    if (a.has(QStringLiteral("at"))) {
        const QDateTime at = QDateTime::fromString(a.value(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid())
            return ctl.usage(
                Tr::tr("--at %1 is not a date and time like 2026-12-01T08:00.").arg(a.value(QStringLiteral("at"))));
        effective = at.toSecsSinceEpoch();
    }
    auto v = RuleService::byVersion(db, n.value());
    if (!v)
        return ctl.fail(v.error());
    const Status p = RuleService::publish(db, *s, n.value(), effective, urgency, v.value().rowVersion);
    if (!p)
        return ctl.fail(p.error());
    if (auto published = RuleService::byVersion(db, n.value()); published) // kEffectiveNow: the service's now
        effective = published.value().effectiveAt;
    ctl.out() << Tr::tr("Published rule set version %1, in force from %2.").arg(n.value()).arg(when(effective))
              << Qt::endl;
    if (effective > now) {
        ctl.out() << Tr::tr("Statuses follow at the first scheduled \"rules reevaluate\" after it takes effect "
                            "(README, Deployment).")
                  << Qt::endl;
        return Ok;
    }
    return reevaluate(ctl, *s);
}

int rollback(Ctl& ctl, const Arguments& a)
{
    auto n = versionArgument(a, Tr::tr("Usage: rules rollback VERSION --reason TEXT"));
    if (!n)
        return ctl.usage(n.error().message);
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    auto v = RuleService::rollback(*ctl.database(), *s, n.value(), a.value(QStringLiteral("reason")));
    if (!v)
        return ctl.fail(v.error());
    ctl.out() << Tr::tr("Restored the rules of version %1 as version %2, in force now.").arg(n.value()).arg(v.value())
              << Qt::endl;
    return reevaluate(ctl, *s);
}

int explain(Ctl& ctl, const Arguments& a)
{
    if (a.positional().size() != 2)
        return ctl.usage(Tr::tr("Usage: rules explain PERSON (number, pseudonym or ID number)"));
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    auto person = StatusService::findPerson(db, *s, a.positional(1));
    if (!person)
        return ctl.fail(person.error());
    auto e = StatusService::explainPerson(db, *s, person.value(), Clock::nowSecs());
    if (!e)
        return ctl.fail(e.error());
    auto names = rules::ExplanationText::loadNames(db, {e.value()});
    if (!names)
        return ctl.fail(names.error());
    ctl.out() << rules::ExplanationText::render(e.value(), names.value(), {}) << Qt::endl;
    auto stored = StatusService::status(db, *s, person.value());
    if (!stored)
        return ctl.fail(stored.error());
    const services::PersonStatus& st = stored.value();
    if (st.overrideId > 0)
        ctl.out()
            << Tr::tr("Recorded status: %1 by override %2.").arg(rules::colourDisplayName(st.colour)).arg(st.overrideId)
            << Qt::endl;
    else if (st.recorded && st.colour != e.value().colour)
        ctl.out() << Tr::tr("Recorded status: %1 since %2; it changes at the next re-evaluation.")
                         .arg(rules::colourDisplayName(st.colour), when(st.since))
                  << Qt::endl;
    return Ok;
}
} // namespace

int runRules(Ctl& ctl, const QStringList& args)
{
    Arguments a(args,
                {QStringLiteral("summary"), QStringLiteral("based-on"), QStringLiteral("note"),
                 QStringLiteral("reason"), QStringLiteral("at"), QStringLiteral("urgent")});
    if (!a.isValid())
        return ctl.usage(a.error());
    const QString sub = a.positional(0);
    if (sub == QLatin1String("list"))
        return list(ctl);
    if (sub == QLatin1String("show"))
        return show(ctl, a);
    if (sub == QLatin1String("check")) {
        if (a.positional().size() != 2)
            return ctl.usage(Tr::tr("Usage: rules check FILE"));
        QString text;
        const int c = checkFile(ctl, a.positional(1), &text);
        if (c == Ok)
            ctl.out() << Tr::tr("%1: the rules are valid.").arg(a.positional(1)) << Qt::endl;
        return c;
    }
    if (sub == QLatin1String("preview"))
        return preview(ctl, a);
    if (sub == QLatin1String("propose"))
        return propose(ctl, a);
    if (sub == QLatin1String("approve") || sub == QLatin1String("reject"))
        return decide(ctl, a, sub == QLatin1String("approve"));
    if (sub == QLatin1String("publish"))
        return publish(ctl, a);
    if (sub == QLatin1String("rollback"))
        return rollback(ctl, a);
    if (sub == QLatin1String("reevaluate")) {
        const auth::Session* s = ctl.session();
        return s ? reevaluate(ctl, *s) : -1;
    }
    if (sub == QLatin1String("explain"))
        return explain(ctl, a);
    return ctl.usage(Tr::tr("Usage: rules list|show|check|preview|propose|approve|reject|publish|rollback|reevaluate|"
                            "explain"));
}

} // namespace hc::cli
