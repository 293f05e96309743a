#include "Arguments.h"
#include "Ctl.h"
#include "ExitCodes.h"
#include "Terminal.h"
#include "services/AuditService.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace hc::cli {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli)
};

int verify(Ctl& ctl, Arguments& a)
{
    std::optional<audit::Checkpoint> checkpoint;
    if (a.has(QStringLiteral("checkpoint"))) {
        const QString path = a.value(QStringLiteral("checkpoint"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return ctl.fail(makeError(ErrorCode::NotFound, Tr::tr("Cannot read %1: %2").arg(path, f.errorString())));
        auto c = audit::Checkpoint::fromJson(f.readAll(), path);
        if (!c)
            return ctl.fail(c.error());
        checkpoint = c.value();
    }
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    auto v = services::AuditService::verify(*ctl.database(), *s, checkpoint ? &*checkpoint : nullptr);
    if (!v)
        return ctl.fail(v.error());
    if (!v.value().ok)
        return ctl.fail(
            makeError(ErrorCode::AuditBroken,
                      Tr::tr("Audit chain broken at record %1: %2").arg(v.value().firstBadSeq).arg(v.value().reason)));
    ctl.out() << Tr::tr("Audit chain intact: %1 records, head %2 %3.")
                     .arg(v.value().records)
                     .arg(v.value().headSeq)
                     .arg(v.value().headHash);
    if (checkpoint)
        ctl.out() << ' ' << Tr::tr("Matches checkpoint %1 signed by key %2.").arg(checkpoint->seq).arg(checkpoint->kid);
    ctl.out() << Qt::endl;
    return Ok;
}

int checkpoint(Ctl& ctl, Arguments& a)
{
    if (!a.has(QStringLiteral("out")))
        return ctl.usage(Tr::tr("Usage: audit checkpoint --out FILE"));
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    auto pass = readSecret("HEALTHCODE_KEY_PASSPHRASE", Tr::tr("Passphrase of the audit signing key: "));
    if (!pass)
        return ctl.fail(pass.error());
    auto c = services::AuditService::checkpoint(*ctl.database(), *s, pass.value());
    if (!c)
        return ctl.fail(c.error());
    const QString path = a.value(QStringLiteral("out"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(c.value().toJson()) < 0 || !f.commit())
        return ctl.fail(
            makeError(ErrorCode::InvalidArgument, Tr::tr("Cannot write %1: %2").arg(path, f.errorString())));
    ctl.out() << Tr::tr("Checkpoint of record %1 written to %2 (key %3).").arg(c.value().seq).arg(path, c.value().kid)
              << Qt::endl;
    return Ok;
}
} // namespace

int runAudit(Ctl& ctl, const QStringList& args)
{
    Arguments a(args, {QStringLiteral("checkpoint"), QStringLiteral("out")});
    if (!a.isValid())
        return ctl.usage(a.error());
    if (a.positional(0) == QLatin1String("verify") && a.positional().size() == 1)
        return verify(ctl, a);
    if (a.positional(0) == QLatin1String("checkpoint") && a.positional().size() == 1)
        return checkpoint(ctl, a);
    return ctl.usage(Tr::tr("Usage: audit verify [--checkpoint FILE] | audit checkpoint --out FILE"));
}

} // namespace hc::cli
