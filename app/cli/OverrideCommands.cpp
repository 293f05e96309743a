// healthcode-ctl override request|approve|reject|revoke|list.

#include "Arguments.h"
#include "Ctl.h"
#include "ExitCodes.h"
#include "services/OverrideService.h"
#include "services/StatusService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace hc::cli {

using services::OverrideInfo;
using services::OverrideService;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli)
};

QString when(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// "7d", "36h" to seconds; 0 when malformed.
qint64 duration(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})([dh])$"));
    const auto m = re.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return 0;
    return m.captured(1).toLongLong() * (m.captured(2) == QLatin1String("d") ? 86400 : 3600);
}

int request(Ctl& ctl, const Arguments& a)
{
    const QString usage = Tr::tr("Usage: override request PERSON --to green|yellow|red --reason CATEGORY --note TEXT "
                                 "--expires DURATION (7d, 36h) [--evidence REF]");
    if (a.positional().size() != 2 || !a.has(QStringLiteral("to")) || !a.has(QStringLiteral("reason")))
        return ctl.usage(usage);
    const auto colour = rules::colourFromKey(a.value(QStringLiteral("to")));
    if (!colour)
        return ctl.usage(Tr::tr("--to must be green, yellow or red, not \"%1\".").arg(a.value(QStringLiteral("to"))));
    const auto reason = services::overrideReasonFromKey(a.value(QStringLiteral("reason")));
    if (!reason)
        return ctl.usage(Tr::tr("--reason must be one of: %1.").arg(services::overrideReasonKeys().join(QStringLiteral(", "))));
    const qint64 secs = a.has(QStringLiteral("expires")) ? duration(a.value(QStringLiteral("expires")))
                                                         : OverrideService::defaultDurationSecs();
    if (secs <= 0)
        return ctl.usage(Tr::tr("--expires takes a duration like 7d or 36h, not \"%1\".").arg(a.value(QStringLiteral("expires"))));
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    auto person = services::StatusService::findPerson(db, *s, a.positional(1));
    if (!person)
        return ctl.fail(person.error());
    services::OverrideRequest r;
    r.personId = person.value();
    r.target = *colour;
    r.reason = *reason;
    r.note = a.value(QStringLiteral("note"));
    r.evidence = a.value(QStringLiteral("evidence"));
    r.expiresAt = Clock::nowSecs() + secs;
    auto id = OverrideService::request(db, *s, r);
    if (!id)
        return ctl.fail(id.error());
    ctl.out() << id.value() << Qt::endl;
    return Ok;
}

// approve, reject, revoke: a step on one override, checked against the row as just read.
int step(Ctl& ctl, const Arguments& a, const QString& what)
{
    bool ok = false;
    const qint64 id = a.positional(1).toLongLong(&ok);
    if (a.positional().size() != 2 || !ok)
        return ctl.usage(Tr::tr("Usage: override %1 ID [--note TEXT]").arg(what));
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    auto o = OverrideService::byId(db, *s, id);
    if (!o)
        return ctl.fail(o.error());
    const QString note = a.value(QStringLiteral("note"), a.value(QStringLiteral("reason")));
    Status done;
    if (what == QLatin1String("approve"))
        done = OverrideService::approve(db, *s, id, note, o.value().rowVersion);
    else if (what == QLatin1String("reject"))
        done = OverrideService::reject(db, *s, id, note, o.value().rowVersion);
    else
        done = OverrideService::revoke(db, *s, id, note, o.value().rowVersion);
    if (!done)
        return ctl.fail(done.error());
    auto now = OverrideService::byId(db, *s, id);
    ctl.out() << Tr::tr("Override %1: %2.").arg(id).arg(now ? services::overrideStateDisplayName(now.value().state) : QString())
              << Qt::endl;
    return Ok;
}

int list(Ctl& ctl, const Arguments& a)
{
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    qint64 person = 0;
    if (a.has(QStringLiteral("person"))) {
        auto p = services::StatusService::findPerson(db, *s, a.value(QStringLiteral("person")));
        if (!p)
            return ctl.fail(p.error());
        person = p.value();
    }
    auto l = OverrideService::list(db, *s, person);
    if (!l)
        return ctl.fail(l.error());
    ctl.out() << Tr::tr("ID  STATE  PERSON  TO  REASON  REQUESTED BY  DECIDED BY  EXPIRES") << Qt::endl;
    for (const OverrideInfo& o : l.value())
        ctl.out() << QStringList{QString::number(o.id), services::overrideStateDisplayName(o.state),
                                 QString::number(o.personId), rules::colourDisplayName(o.target),
                                 services::overrideReasonDisplayName(o.reason), o.requestedBy, o.decidedBy,
                                 when(o.expiresAt)}
                         .join(QStringLiteral("  "))
                  << Qt::endl;
    return Ok;
}
} // namespace

int runOverride(Ctl& ctl, const QStringList& args)
{
    Arguments a(args, {QStringLiteral("to"), QStringLiteral("reason"), QStringLiteral("note"), QStringLiteral("expires"),
                       QStringLiteral("evidence"), QStringLiteral("person")});
    if (!a.isValid())
        return ctl.usage(a.error());
    const QString sub = a.positional(0);
    if (sub == QLatin1String("request"))
        return request(ctl, a);
    if (sub == QLatin1String("approve") || sub == QLatin1String("reject") || sub == QLatin1String("revoke"))
        return step(ctl, a, sub);
    if (sub == QLatin1String("list"))
        return list(ctl, a);
    return ctl.usage(Tr::tr("Usage: override request|approve|reject|revoke|list"));
}

} // namespace hc::cli
