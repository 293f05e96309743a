#include "Arguments.h"
#include "Ctl.h"
#include "ExitCodes.h"
#include "codes/HealthCodeToken.h"
#include "codes/QrDecoder.h"
#include "codes/RevocationList.h"
#include "codes/RevocationService.h"
#include "codes/TrustList.h"
#include "codes/TrustListService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

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
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

int exitCodeForFailure(codes::TokenFailure failure)
{
    switch (failure) {
    case codes::TokenFailure::None:
        return Ok;
    case codes::TokenFailure::NotAHealthCode:
        return CodeNotOurs;
    case codes::TokenFailure::MalformedBase45:
        return CodeBadBase45;
    case codes::TokenFailure::MalformedZlib:
        return CodeBadZlib;
    case codes::TokenFailure::MalformedCbor:
        return CodeBadCbor;
    case codes::TokenFailure::MalformedCose:
        return CodeBadCose;
    case codes::TokenFailure::MalformedClaims:
        return CodeBadClaims;
    case codes::TokenFailure::UnknownKey:
        return CodeUnknownKey;
    case codes::TokenFailure::BadSignature:
        return CodeBadSignature;
    case codes::TokenFailure::IssuerMismatch:
        return CodeIssuerMismatch;
    case codes::TokenFailure::Revoked:
        return CodeRevoked;
    case codes::TokenFailure::RetiredKey:
        return CodeRetiredKey;
    case codes::TokenFailure::NotYetValid:
        return CodeNotYetValid;
    case codes::TokenFailure::Expired:
        return CodeExpired;
    }
    return Internal;
}

Result<QByteArray> readFile(const QString& path, qint64 limit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    return f.read(limit);
}

// The text to verify: the argument, standard input for "-", or the QR code in --image.
Result<QString> codeText(const Arguments& a)
{
    if (a.has(QStringLiteral("image"))) {
        const QString path = a.value(QStringLiteral("image"));
        if (!QFileInfo::exists(path))
            return makeError(ErrorCode::NotFound, Tr::tr("There is no file %1.").arg(path));
        return codes::QrDecoder::decodeFile(path);
    }
    if (a.positional(0) != QLatin1String("-"))
        return a.positional(0);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Cannot read the code from standard input."));
    QString text = QString::fromUtf8(in.read(64 * 1024));
    // Only line ends are dropped: a space is a base45 character and may end a code.
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

void printClaims(QTextStream& out, const codes::TokenVerification& v)
{
    const codes::CwtClaims& c = *v.claims;
    auto line = [&](const QString& label, const QString& value) {
        out << QStringLiteral("  ") << qSetFieldWidth(14) << Qt::left << label << qSetFieldWidth(0) << value
            << Qt::endl;
    };
    line(Tr::tr("issuer"), c.issuer);
    line(Tr::tr("subject"), c.subject);
    line(Tr::tr("card serial"), c.serialText());
    line(Tr::tr("issued"), dateText(c.issuedAt));
    line(Tr::tr("expires"), dateText(c.expiresAt));
    if (!v.kid.isEmpty())
        line(Tr::tr("signing key"), v.key ? QStringLiteral("%1 (%2)").arg(v.kid, v.key->source) : v.kid);
}
} // namespace

int runVerify(Ctl& ctl, const QStringList& args)
{
    Arguments a(
        args,
        {QStringLiteral("image"), QStringLiteral("trust-list"), QStringLiteral("revocations"), QStringLiteral("db")},
        {QStringLiteral("demo")});
    if (!a.isValid())
        return ctl.usage(a.error());
    if (a.has(QStringLiteral("db")))
        ctl.setDatabaseUrl(a.value(QStringLiteral("db")));
    const bool image = a.has(QStringLiteral("image"));
    if ((image && !a.positional().isEmpty()) || (!image && a.positional().size() != 1))
        return ctl.usage(Tr::tr(
            "Usage: verify TEXT|- | --image FILE  [--trust-list FILE] [--revocations FILE] [--db URL] [--demo]"));
    const bool useDatabase = ctl.hasDatabaseUrl() || !a.has(QStringLiteral("trust-list"));
    if (a.has(QStringLiteral("demo")) && !useDatabase)
        return ctl.usage(Tr::tr("--demo trusts the demo keys of a database: give --db too."));

    auto text = codeText(a);
    if (!text) {
        const int code = ctl.fail(text.error());
        return image && text.error().code == ErrorCode::NotFound && QFileInfo::exists(a.value(QStringLiteral("image")))
                   ? NoQrCode
                   : code;
    }

    // Trust: the given trust list, and the database's own and imported keys when a database is given.
    codes::TrustStore trust;
    if (a.has(QStringLiteral("trust-list"))) {
        const QString path = a.value(QStringLiteral("trust-list"));
        auto bytes = readFile(path, 64 * 1024 * 1024);
        if (!bytes)
            return ctl.fail(bytes.error());
        auto list = codes::TrustList::fromJson(bytes.value(), path);
        if (!list)
            return ctl.fail(list.error());
        for (const auto& k : list.value().keys)
            trust.addKey(codes::TrustedKey{k.kid, k.jurisdiction, k.publicKey, k.retiredAt, false,
                                           Tr::tr("trust list %1 of %2").arg(path, list.value().issuer)});
        trust.addListSigner(list.value().signerKid, list.value().signerPublicKey);
    }
    const db::Database* db = nullptr;
    if (useDatabase) {
        db = ctl.database();
        if (!db)
            return -1;
        auto store = codes::TrustListService::trustStore(*db, a.has(QStringLiteral("demo")));
        if (!store)
            return ctl.fail(store.error());
        trust.merge(store.value());
    }

    // Revocations: the given list (signed by a trusted list signer) and the database's own.
    QList<codes::RevocationLookup> lookups;
    if (a.has(QStringLiteral("revocations"))) {
        const QString path = a.value(QStringLiteral("revocations"));
        auto bytes = readFile(path, 1024 * 1024 * 1024);
        if (!bytes)
            return ctl.fail(bytes.error());
        auto list = codes::RevocationList::fromJson(bytes.value(), path);
        if (!list)
            return ctl.fail(list.error());
        if (!trust.isListSigner(list.value().signerKid, list.value().signerPublicKey))
            return ctl.fail(makeError(ErrorCode::CryptoError,
                                      Tr::tr("%1 is signed by key %2, which signed none of the trust lists in use; "
                                             "it cannot be trusted.")
                                          .arg(path, list.value().signerKid)));
        lookups << list.value().lookup();
    }
    if (db) {
        auto own = codes::RevocationService::current(*db);
        if (!own)
            return ctl.fail(own.error());
        lookups << own.value().lookup();
    }
    const codes::RevocationLookup revoked = [&lookups](const QString& issuer, const QByteArray& serial) {
        for (const auto& lookup : lookups) {
            if (const auto at = lookup(issuer, serial))
                return at;
        }
        return std::optional<qint64>();
    };

    codes::TokenVerification v = codes::HealthCodeToken::verify(text.value(), trust, revoked, Clock::nowSecs());
    if (v.ok() && v.demo && !a.has(QStringLiteral("demo"))) {
        v.failure = codes::TokenFailure::UnknownKey;
        v.message = Tr::tr("This is a demo card: demo cards are never valid.");
    }
    QTextStream& out = ctl.out();
    if (v.ok()) {
        out << (v.demo ? Tr::tr("DEMO - NOT VALID: a demo card, correctly signed by a demo key.")
                       : Tr::tr("Valid health code."))
            << Qt::endl;
        printClaims(out, v);
        return Ok;
    }
    if (v.claims) {
        out << Tr::tr("NOT VALID. The code says:") << Qt::endl;
        printClaims(out, v);
        out.flush();
    }
    ctl.fail(makeError(ErrorCode::InvalidArgument, v.message));
    return exitCodeForFailure(v.failure);
}

} // namespace hc::cli
