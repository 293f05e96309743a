#include "Arguments.h"
#include "Ctl.h"
#include "ExitCodes.h"
#include "Terminal.h"
#include "printing/CardCustody.h"
#include "printing/CardPrinter.h"
#include "printing/CardSelection.h"
#include "printing/IdListFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace hc::cli {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli)
};

// A wrong key passphrase has its own exit code, as in keys.
int failPrint(Ctl& ctl, const Error& error)
{
    const int code = ctl.fail(error);
    return error.code == ErrorCode::AuthenticationFailed ? WrongKeyPassphrase : code;
}

// Refuses before the passphrase prompt when there is no key that may sign: retired (its own exit code) or none.
int checkSigningKey(Ctl& ctl, bool demo)
{
    auto check = printing::CardPrinter::checkKey(*ctl.database(), demo);
    if (!check)
        return ctl.fail(check.error());
    if (check.value().active)
        return Ok;
    const QString purpose = demo ? QStringLiteral("demo") : QStringLiteral("cards");
    if (const auto& retired = check.value().newestRetired) {
        ctl.fail(makeError(
            ErrorCode::CryptoError,
            Tr::tr("The %1 signing key %2 was retired on %3 and signs nothing any more. An official who "
                   "manages keys must generate a new one (healthcode-ctl keys generate%4); nothing was "
                   "printed.")
                .arg(purpose, retired->kid,
                     QDateTime::fromSecsSinceEpoch(retired->retiredAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")),
                     demo ? QStringLiteral(" --demo") : QString())));
        return CodeRetiredKey;
    }
    return ctl.fail(makeError(ErrorCode::CryptoError,
                              Tr::tr("There is no %1 signing key. An official who manages keys must generate one "
                                     "(healthcode-ctl keys generate%2); nothing was printed.")
                                  .arg(purpose, demo ? QStringLiteral(" --demo") : QString())));
}

// The PDF file behind a print run; an output that never received a page is removed again.
struct PdfOutput
{
    explicit PdfOutput(const QString& path) : file(path) {}
    QFile file;

    bool open() { return file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    void discardIfEmpty()
    {
        file.close();
        if (file.size() == 0)
            file.remove();
    }
};

int runPrintCommand(Ctl& ctl, const QStringList& args)
{
    Arguments a(args,
                {QStringLiteral("min-age"), QStringLiteral("district"), QStringLiteral("ids"), QStringLiteral("limit"),
                 QStringLiteral("template"), QStringLiteral("out"), QStringLiteral("printed-before")},
                {QStringLiteral("no-smartphone"), QStringLiteral("not-printed"), QStringLiteral("demo")});
    printing::SelectionCriteria criteria;
    const auto minAge = a.integer(QStringLiteral("min-age"), 0, 0, 150);
    const auto limit = a.integer(QStringLiteral("limit"), 0, 1, 100000000);
    if (!a.isValid())
        return ctl.usage(a.error());
    if (!a.positional().isEmpty() || !a.has(QStringLiteral("out")))
        return ctl.usage(
            Tr::tr("Usage: print [--no-smartphone] [--min-age N] [--district D] [--not-printed] "
                   "[--printed-before YYYY-MM-DD] [--ids FILE] [--limit N] [--template id-card|a6] [--demo] "
                   "--out FILE.pdf"));
    const QString templateName = a.value(QStringLiteral("template"), QStringLiteral("id-card"));
    const auto cardTemplate = printing::CardTemplate::fromName(templateName);
    if (!cardTemplate)
        return ctl.usage(Tr::tr("Unknown template \"%1\"; templates are: %2.")
                             .arg(templateName, printing::CardTemplate::names().join(QStringLiteral(", "))));
    criteria.noSmartphone = a.has(QStringLiteral("no-smartphone"));
    criteria.minAge = static_cast<int>(*minAge);
    criteria.limit = *limit;
    criteria.district = a.value(QStringLiteral("district"));
    criteria.notPrintedYet = a.has(QStringLiteral("not-printed"));
    if (a.has(QStringLiteral("printed-before"))) {
        criteria.printedBefore = QDate::fromString(a.value(QStringLiteral("printed-before")), Qt::ISODate);
        if (!criteria.printedBefore.isValid())
            return ctl.usage(Tr::tr("--printed-before needs a date as YYYY-MM-DD, not \"%1\".")
                                 .arg(a.value(QStringLiteral("printed-before"))));
    }
    const bool demo = a.has(QStringLiteral("demo"));

    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    if (const Status p = s->require(auth::Permission::PrintCards); !p)
        return ctl.fail(p.error());
    if (a.has(QStringLiteral("ids"))) {
        auto entries = printing::IdListFile::read(a.value(QStringLiteral("ids")));
        if (!entries)
            return ctl.fail(entries.error());
        auto ids = printing::CardSelection::resolveIds(db, *s, entries.value());
        if (!ids)
            return ctl.fail(ids.error());
        criteria.useIdList = true;
        criteria.personIds = ids.value();
    }
    auto count = printing::CardSelection::count(db, *s, criteria);
    if (!count)
        return ctl.fail(count.error());
    if (count.value() == 0) {
        ctl.fail(makeError(ErrorCode::NotFound,
                           Tr::tr("Nobody in your jurisdiction matches the selection; nothing was printed.")));
        return EmptySelection;
    }
    ctl.out() << Tr::tr("%1 people selected.").arg(count.value()) << Qt::endl;
    if (const int k = checkSigningKey(ctl, demo); k != Ok)
        return k;
    auto passphrase = readSecret("HEALTHCODE_KEY_PASSPHRASE", demo ? Tr::tr("Passphrase of the demo signing key: ")
                                                                   : Tr::tr("Passphrase of the cards signing key: "));
    if (!passphrase)
        return ctl.fail(passphrase.error());

    const QString path = a.value(QStringLiteral("out"));
    PdfOutput output(path);
    if (!output.open())
        return ctl.fail(
            makeError(ErrorCode::InvalidArgument, Tr::tr("Cannot write %1: %2").arg(path, output.file.errorString())));
    printing::PrintRequest request;
    request.criteria = criteria;
    request.cardTemplate = *cardTemplate;
    request.demo = demo;
    request.passphrase = passphrase.value();
    request.destination = QStringLiteral("file:") + QFileInfo(path).absoluteFilePath();
    auto outcome = printing::CardPrinter::printPdf(db, *s, request, output.file);
    output.discardIfEmpty();
    if (!outcome)
        return failPrint(ctl, outcome.error());
    const auto& o = outcome.value();
    ctl.out() << Tr::tr("Print batch %1: %2 card(s) on %3 sheet(s) written to %4, signed with the %5 key %6.")
                     .arg(o.batchId)
                     .arg(o.printed)
                     .arg(o.sheets)
                     .arg(path, demo ? QStringLiteral("demo") : QStringLiteral("cards"), o.keyKid)
              << Qt::endl;
    return Ok;
}

int reprint(Ctl& ctl, Arguments& a)
{
    if (a.positional().size() != 2 || !a.has(QStringLiteral("out")))
        return ctl.usage(Tr::tr("Usage: cards reprint SERIAL [--template id-card|a6] --out FILE.pdf"));
    const QString templateName = a.value(QStringLiteral("template"), QStringLiteral("id-card"));
    const auto cardTemplate = printing::CardTemplate::fromName(templateName);
    if (!cardTemplate)
        return ctl.usage(Tr::tr("Unknown template \"%1\"; templates are: %2.")
                             .arg(templateName, printing::CardTemplate::names().join(QStringLiteral(", "))));
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    const db::Database& db = *ctl.database();
    auto card = printing::CardCustody::find(db, *s, a.positional(1));
    if (!card)
        return ctl.fail(card.error());
    if (const int k = checkSigningKey(ctl, card.value().demo); k != Ok)
        return k;
    auto passphrase = readSecret("HEALTHCODE_KEY_PASSPHRASE", Tr::tr("Passphrase of the signing key: "));
    if (!passphrase)
        return ctl.fail(passphrase.error());
    const QString path = a.value(QStringLiteral("out"));
    PdfOutput output(path);
    if (!output.open())
        return ctl.fail(
            makeError(ErrorCode::InvalidArgument, Tr::tr("Cannot write %1: %2").arg(path, output.file.errorString())));
    printing::PrintRequest request;
    request.cardTemplate = *cardTemplate;
    request.passphrase = passphrase.value();
    request.destination = QStringLiteral("file:") + QFileInfo(path).absoluteFilePath();
    auto outcome = printing::CardPrinter::reprintPdf(db, *s, a.positional(1), request, output.file);
    output.discardIfEmpty();
    if (!outcome)
        return failPrint(ctl, outcome.error());
    ctl.out() << Tr::tr("Card %1 revoked as lost. Its replacement %2 (print batch %3) was written to %4.")
                     .arg(card.value().serial, outcome.value().lastSerial)
                     .arg(outcome.value().batchId)
                     .arg(path)
              << Qt::endl
              << Tr::tr(
                     "Export the revocation list again (healthcode-ctl keys export-revocations) so offline verifiers "
                     "refuse the old card.")
              << Qt::endl;
    return Ok;
}

int handOver(Ctl& ctl, Arguments& a)
{
    if (a.positional().size() != 2)
        return ctl.usage(Tr::tr("Usage: cards hand-over SERIAL [--proxy ID-NUMBER]"));
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    auto card = printing::CardCustody::handOver(*ctl.database(), *s, a.positional(1), a.value(QStringLiteral("proxy")));
    if (!card)
        return ctl.fail(card.error());
    const auto& c = card.value();
    QString whom;
    if (c.collectedByKind == QLatin1String("guardian"))
        whom = Tr::tr("the holder's guardian %1").arg(c.proxyMaskedId);
    else if (c.collectedByKind == QLatin1String("community_worker"))
        whom = Tr::tr("the community worker %1").arg(c.proxyMaskedId);
    else
        whom = Tr::tr("its holder %1").arg(c.maskedName);
    ctl.out() << Tr::tr("Card %1 handed over to %2.").arg(c.serial, whom) << Qt::endl;
    return Ok;
}
} // namespace

bool commandPaints(const QStringList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("--user")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--")))
            continue;
        return a == QLatin1String("print") || a == QLatin1String("cards") || a == QLatin1String("heatmap") ||
               a == QLatin1String("report");
    }
    return false;
}

int runPrint(Ctl& ctl, const QStringList& args)
{
    return runPrintCommand(ctl, args);
}

int runCards(Ctl& ctl, const QStringList& args)
{
    Arguments a(args, {QStringLiteral("out"), QStringLiteral("template"), QStringLiteral("proxy")});
    if (!a.isValid())
        return ctl.usage(a.error());
    const QString sub = a.positional(0);
    if (sub == QLatin1String("reprint"))
        return reprint(ctl, a);
    if (sub == QLatin1String("hand-over"))
        return handOver(ctl, a);
    return ctl.usage(Tr::tr("Usage: cards reprint SERIAL --out FILE.pdf | cards hand-over SERIAL [--proxy ID-NUMBER]"));
}

} // namespace hc::cli
