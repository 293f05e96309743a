#include "Arguments.h"
#include "Ctl.h"
#include "ExitCodes.h"
#include "Terminal.h"
#include "codes/KeyService.h"
#include "codes/RevocationService.h"
#include "codes/TrustListService.h"
#include "services/Jurisdictions.h"

#include <QCoreApplication>
#include <QDateTime>
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

QString dateText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// Once signed in, the only AuthenticationFailed left is the signing key's passphrase: give it its own code.
int failKey(Ctl& ctl, const Error& error)
{
    const int code = ctl.fail(error);
    return error.code == ErrorCode::AuthenticationFailed ? WrongKeyPassphrase : code;
}

int writeFile(Ctl& ctl, const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return ctl.fail(
            makeError(ErrorCode::InvalidArgument, Tr::tr("Cannot write %1: %2").arg(path, f.errorString())));
    return Ok;
}

int generate(Ctl& ctl, Arguments& a)
{
    if (a.positional().size() != 1)
        return ctl.usage(Tr::tr("Usage: keys generate [--jurisdiction J] [--demo | --purpose PURPOSE]"));
    QString purpose = a.value(QStringLiteral("purpose"), QStringLiteral("cards"));
    if (a.has(QStringLiteral("demo"))) {
        if (a.has(QStringLiteral("purpose")) && purpose != QLatin1String("demo"))
            return ctl.usage(Tr::tr("--demo and --purpose %1 contradict each other.").arg(purpose));
        purpose = QStringLiteral("demo");
    }
    if (!codes::KeyService::purposes().contains(purpose))
        return ctl.fail(makeError(ErrorCode::InvalidArgument,
                                  Tr::tr("Unknown key purpose \"%1\"; purposes are: %2.")
                                      .arg(purpose, codes::KeyService::purposes().join(QStringLiteral(", ")))));
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    qint64 jurisdiction = s->jurisdictionId;
    if (a.has(QStringLiteral("jurisdiction"))) {
        auto j = services::Jurisdictions::resolve(db, a.value(QStringLiteral("jurisdiction")));
        if (!j)
            return ctl.fail(j.error());
        jurisdiction = j.value().id;
    }
    // Refuse what the service would refuse before asking for a passphrase nobody will use.
    if (const Status p = s->require(auth::Permission::ManageKeys); !p)
        return ctl.fail(p.error());
    auto passphrase =
        readSecret("HEALTHCODE_KEY_PASSPHRASE", Tr::tr("Passphrase for the new %1 key: ").arg(purpose), true);
    if (!passphrase)
        return ctl.fail(passphrase.error());
    auto key = codes::KeyService::generate(db, *s, purpose, jurisdiction, passphrase.value());
    if (!key)
        return failKey(ctl, key.error());
    auto j = services::Jurisdictions::byId(db, key.value().jurisdictionId);
    ctl.out() << Tr::tr("Generated %1 key %2 for jurisdiction %3.")
                     .arg(purpose, key.value().kid, j ? j.value().code : QString())
              << Qt::endl;
    return Ok;
}

int list(Ctl& ctl)
{
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    auto keys = codes::KeyService::list(*ctl.database(), *s);
    if (!keys)
        return ctl.fail(keys.error());
    QTextStream& out = ctl.out();
    out << qSetFieldWidth(18) << Qt::left << Tr::tr("KID") << qSetFieldWidth(12) << Tr::tr("PURPOSE")
        << qSetFieldWidth(14) << Tr::tr("JURISDICTION") << qSetFieldWidth(22) << Tr::tr("CREATED") << qSetFieldWidth(0)
        << Tr::tr("STATE") << Qt::endl;
    for (const auto& k : keys.value()) {
        const QString state =
            k.key.retiredAt > 0 ? Tr::tr("retired %1").arg(dateText(k.key.retiredAt)) : Tr::tr("active");
        out << qSetFieldWidth(18) << Qt::left << k.key.kid << qSetFieldWidth(12) << k.key.purpose << qSetFieldWidth(14)
            << k.jurisdictionCode << qSetFieldWidth(22) << dateText(k.key.createdAt) << qSetFieldWidth(0) << state
            << Qt::endl;
    }
    return Ok;
}

int retire(Ctl& ctl, Arguments& a)
{
    if (a.positional().size() != 2)
        return ctl.usage(Tr::tr("Usage: keys retire KID"));
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    auto key = codes::KeyService::retire(*ctl.database(), *s, a.positional(1));
    if (!key)
        return ctl.fail(key.error());
    ctl.out() << Tr::tr("Key %1 (%2) retired: it signs nothing from now on; codes it signed before stay valid until "
                        "they expire. Export the trust list again so verifiers learn of it.")
                     .arg(key.value().kid, key.value().purpose)
              << Qt::endl;
    return Ok;
}

// keys export-trust-list FILE / export-revocations FILE: the official needs ManageKeys and the trust list key's
// passphrase; exportList makes the signed list, written to FILE whole or not at all, and describe says what
// was written.
template <typename List, typename ExportList, typename Describe>
int exportSignedList(Ctl& ctl, Arguments& a, const QString& usage, ExportList exportList, Describe describe)
{
    if (a.positional().size() != 2)
        return ctl.usage(usage);
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    if (const Status p = s->require(auth::Permission::ManageKeys); !p)
        return ctl.fail(p.error());
    auto passphrase = readSecret("HEALTHCODE_KEY_PASSPHRASE", Tr::tr("Passphrase of the trust list signing key: "));
    if (!passphrase)
        return ctl.fail(passphrase.error());
    Result<List> list = exportList(*ctl.database(), *s, passphrase.value());
    if (!list)
        return failKey(ctl, list.error());
    const QString path = a.positional(1);
    if (const int w = writeFile(ctl, path, list.value().toJson()); w != Ok)
        return w;
    ctl.out() << describe(list.value(), path) << Qt::endl;
    return Ok;
}

int exportTrustList(Ctl& ctl, Arguments& a)
{
    return exportSignedList<codes::TrustList>(
        ctl, a, Tr::tr("Usage: keys export-trust-list FILE"), codes::TrustListService::exportList,
        [](const codes::TrustList& list, const QString& path) {
            return Tr::tr("Trust list of %1 with %2 card key(s) written to %3, signed by key %4.\n"
                          "Fingerprint of the signing key (give it to importers by another channel): %5")
                .arg(list.issuer)
                .arg(list.keys.size())
                .arg(path, list.signerKid, list.signerFingerprint());
        });
}

int importTrustList(Ctl& ctl, Arguments& a)
{
    if (a.positional().size() != 2)
        return ctl.usage(Tr::tr("Usage: keys import-trust-list FILE [--accept-new-signer]"));
    const QString path = a.positional(1);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctl.fail(makeError(ErrorCode::NotFound, Tr::tr("Cannot read %1: %2").arg(path, f.errorString())));
    const QByteArray json = f.read(64 * 1024 * 1024);
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    auto imported = codes::TrustListService::importList(*ctl.database(), *s, json, path,
                                                        a.has(QStringLiteral("accept-new-signer")));
    if (!imported)
        return ctl.fail(imported.error());
    const auto& i = imported.value();
    if (i.unchanged) {
        ctl.out() << Tr::tr("The trust list of %1 in %2 is already imported; nothing changed.").arg(i.issuer, path)
                  << Qt::endl;
        return Ok;
    }
    ctl.out() << Tr::tr("Imported the trust list of %1 (%2 card key(s), created %3)%4.\n"
                        "Signed by key %5, fingerprint %6: compare it with the one %1 gave you by another channel.")
                     .arg(i.issuer)
                     .arg(i.keys)
                     .arg(dateText(i.createdAt),
                          i.replacedEarlier ? Tr::tr(", replacing the one imported before") : QString(), i.signerKid,
                          i.signerFingerprint)
              << Qt::endl;
    return Ok;
}

int exportRevocations(Ctl& ctl, Arguments& a)
{
    return exportSignedList<codes::RevocationList>(
        ctl, a, Tr::tr("Usage: keys export-revocations FILE"), codes::RevocationService::exportList,
        [](const codes::RevocationList& list, const QString& path) {
            return Tr::tr("Revocation list of %1 with %2 revoked card(s) written to %3, signed by key %4.")
                .arg(list.issuer)
                .arg(list.cards.size())
                .arg(path, list.signerKid);
        });
}
} // namespace

int runKeys(Ctl& ctl, const QStringList& args)
{
    Arguments a(args, {QStringLiteral("jurisdiction"), QStringLiteral("purpose")},
                {QStringLiteral("demo"), QStringLiteral("accept-new-signer")});
    if (!a.isValid())
        return ctl.usage(a.error());
    const QString verb = a.positional(0);
    if (verb == QLatin1String("generate"))
        return generate(ctl, a);
    if (verb == QLatin1String("list") && a.positional().size() == 1)
        return list(ctl);
    if (verb == QLatin1String("retire"))
        return retire(ctl, a);
    if (verb == QLatin1String("export-trust-list"))
        return exportTrustList(ctl, a);
    if (verb == QLatin1String("import-trust-list"))
        return importTrustList(ctl, a);
    if (verb == QLatin1String("export-revocations"))
        return exportRevocations(ctl, a);
    return ctl.usage(
        Tr::tr("Usage: keys generate|list|retire|export-trust-list|import-trust-list|export-revocations ..."));
}

} // namespace hc::cli
