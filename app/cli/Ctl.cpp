#include "Ctl.h"

#include "ExitCodes.h"
#include "Terminal.h"
#include "auth/Authenticator.h"
#include "util/Settings.h"

#include <QCoreApplication>

#include <cstdio>

namespace hc::cli {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::Ctl)
};
} // namespace

Ctl::Ctl() : m_out(stdout), m_err(stderr) {}

int Ctl::fail(const Error& error)
{
    m_err << QStringLiteral("healthcode-ctl: ") << error.message << Qt::endl;
    return exitCodeFor(error.code);
}

int Ctl::usage(const QString& message)
{
    m_err << QStringLiteral("healthcode-ctl: ") << message << Qt::endl
          << Tr::tr("Run healthcode-ctl --help for the commands.") << Qt::endl;
    return Usage;
}

const db::Database* Ctl::database()
{
    if (m_db)
        return &*m_db;
    QString url = m_dbUrl;
    if (url.isEmpty())
        url = qEnvironmentVariable("HEALTHCODE_DB");
    if (url.isEmpty())
        url = Settings::stringValue(Settings::Key::DatabaseUrl);
    if (url.isEmpty()) {
        m_pendingExit = fail(makeError(ErrorCode::BadDatabaseUrl,
                                       Tr::tr("No database given: use --db URL, set HEALTHCODE_DB, or set database/url "
                                              "in the configuration.")));
        return nullptr;
    }
    auto parsed = db::DatabaseUrl::parse(url);
    if (!parsed) {
        m_pendingExit = fail(parsed.error());
        return nullptr;
    }
    auto opened = db::Database::open(parsed.value(), QStringLiteral("ctl"));
    if (!opened) {
        m_pendingExit = fail(opened.error());
        return nullptr;
    }
    m_db.emplace(std::move(opened).value());
    return &*m_db;
}

const auth::Session* Ctl::session()
{
    if (m_session)
        return &*m_session;
    const db::Database* db = database();
    if (!db)
        return nullptr;
    QString name = m_userName;
    if (name.isEmpty())
        name = qEnvironmentVariable("HEALTHCODE_USER");
    if (name.isEmpty()) {
        m_pendingExit = usage(Tr::tr("This command acts as an official: give --user NAME."));
        return nullptr;
    }
    auto password = readSecret("HEALTHCODE_PASSWORD", Tr::tr("Password for %1: ").arg(name));
    if (!password) {
        m_pendingExit = fail(password.error());
        return nullptr;
    }
    auto s = auth::Authenticator::forDatabase(*db)->login(*db, name, password.value());
    if (!s) {
        m_pendingExit = fail(s.error());
        return nullptr;
    }
    m_session = s.value();
    return &*m_session;
}

int Ctl::printHelp()
{
    m_out << Tr::tr(
        "Usage: healthcode-ctl [--db URL] [--user NAME] COMMAND [ARGUMENTS]\n"
        "\n"
        "Database URL: sqlite:PATH or postgresql://user@host:port/name (also HEALTHCODE_DB).\n"
        "Passwords come from HEALTHCODE_PASSWORD (the acting user), HEALTHCODE_NEW_PASSWORD (a new\n"
        "user's) and HEALTHCODE_KEY_PASSPHRASE (signing keys) when set; otherwise you are asked.\n"
        "\n"
        "Commands:\n"
        "  init --admin NAME [--jurisdiction-code CODE] [--jurisdiction-name NAME]\n"
        "                          create the schema and the first administrator\n"
        "  user add NAME --role ROLE [--scope JURISDICTION] [--display-name TEXT]\n"
        "  user list | disable NAME | enable NAME | unlock NAME | passwd NAME\n"
        "  jurisdictions           list jurisdiction codes and names\n"
        "  audit verify [--checkpoint FILE]\n"
        "  audit checkpoint --out FILE\n"
        "  demo-data [--people N] [--days D] [--scans-per-day M] [--seed S]\n"
        "  keys generate [--jurisdiction J] [--demo | --purpose cards|demo|trust_list]\n"
        "  keys list | retire KID\n"
        "  keys export-trust-list FILE | export-revocations FILE\n"
        "  keys import-trust-list FILE [--accept-new-signer]\n"
        "                          signing keys of printed codes and the trust between jurisdictions\n"
        "  verify TEXT|- | --image FILE.png [--trust-list FILE] [--revocations FILE] [--db URL] [--demo]\n"
        "                          check a printed code offline (against the files, and the database's\n"
        "                          keys when --db is given) and print its claims\n"
        "  config show             the effective configuration and where each value comes from\n"
        "  import scans|people|tests|risk-areas|venues FILE... [--encoding utf-8|gb18030]\n"
        "         [--provider NAME] [--report FILE.csv] [--map FIELD=COLUMN,...] [--time-zone ZONE]\n"
        "         [--batch-size N] [--force]\n"
        "                          import CSV or JSON Lines files (UTF-8 or GB18030); a file with a fatal\n"
        "                          problem imports nothing; importing a file again adds nothing\n"
        "  import jurisdictions FILE.geojson\n"
        "                          cities and districts with codes, names and boundaries\n"
        "  scans purge [--days N]  delete scans older than the retention window, or N days (N at least the window;\n"
        "                          rollups stay; administrators)\n"
        "  rollups rebuild [--cell-size METRES]\n"
        "                          recompute the heatmap rollups from the raw scans\n"
        "  heatmap --city CITY --from T --to T [--color all|green|yellow|red] [--metric scans|people]\n"
        "          [--time-zone ZONE] [--size WIDTHxHEIGHT] --out FILE.png|FILE.csv\n"
        "                          a city's or district's heatmap from the rollups: the map as PNG or one\n"
        "                          row per cell as CSV, small groups suppressed (T: 2024-03-01 or\n"
        "                          2024-03-01T08:00, local time unless --time-zone or an offset is given;\n"
        "                          a date as --to includes that day)\n"
        "  print [--no-smartphone] [--min-age N] [--district D] [--not-printed]\n"
        "        [--printed-before YYYY-MM-DD] [--ids FILE] [--limit N] [--template id-card|a6] [--demo]\n"
        "        --out FILE.pdf    print signed cards for everyone in scope who matches, as one batch\n"
        "  cards reprint SERIAL [--template id-card|a6] --out FILE.pdf\n"
        "                          revoke a lost card and print its holder a new one\n"
        "  cards hand-over SERIAL [--proxy ID-NUMBER]\n"
        "                          record that a card was collected (by its holder or a checked proxy)\n"
        "  rules list | show [VERSION] | check FILE | preview FILE\n"
        "                          the rule set versions, one version's text, a file's problems, and\n"
        "                          who would change colour under a file's rules\n"
        "  rules propose FILE [--summary TEXT] | approve VERSION [--note TEXT] | reject VERSION --reason TEXT\n"
        "  rules publish VERSION [--at YYYY-MM-DDTHH:MM] [--urgent REASON] | rollback VERSION --reason TEXT\n"
        "                          the four-eyes workflow: a second official approves; publishing\n"
        "                          takes effect after the lead time unless urgent\n"
        "  rules reevaluate        recompute everyone's status under the rules in force\n"
        "  rules explain PERSON    why a person (number, pseudonym or ID number) has their colour\n"
        "  override request PERSON --to COLOUR --reason CATEGORY --note TEXT --expires 7d|36h [--evidence REF]\n"
        "  override approve ID [--note TEXT] | reject ID --note TEXT | revoke ID --reason TEXT | list [--person P]\n"
        "                          overrides of a person's colour; a second official with the approver role\n"
        "                          decides (categories: test_result_correction, wrong_contact_designation,\n"
        "                          identity_mix_up, medical_exemption, other)\n"
        "  status show PERSON      a person's colour, why, history, tests, risk-area stays, recent scans,\n"
        "                          printed cards and overrides (PERSON: a full ID number in your scope)\n"
        "  status explain PERSON   why the person has their recorded colour, and what the rules say now\n"
        "  report daily --date YYYY-MM-DD [--jurisdiction J] --out FILE.pdf|FILE.csv\n"
        "                          the daily situation report of your jurisdiction (or J in your scope):\n"
        "                          colours and changes by district, tests, contacts, risk areas, rule\n"
        "                          versions, overrides by reason, cards printed; small counts suppressed\n"
        "\n"
        "Roles: viewer, operator, rule_editor, approver, administrator.\n"
        "Exit codes: 0 ok, 2 usage, 3 bad database URL, 4 database unavailable, 5 database too new,\n"
        "6 wrong user name or password, 7 account locked, 8 account disabled, 9 permission denied,\n"
        "10 outside the user's jurisdiction, 11 not found, 12 conflict, 13 audit chain broken,\n"
        "14 key or signature problem, 15 database error, 16 invalid input, 17 cancelled.\n"
        "Codes refused by verify: 20 not a health code, 21-25 malformed (base45, zlib, CBOR, COSE,\n"
        "claims), 26 unknown issuer or key, 27 bad signature, 28 issuer does not match its key,\n"
        "29 revoked, 30 key retired, 31 not yet valid, 32 expired, 33 no QR code in the image;\n"
        "34 wrong signing key passphrase; 35 print selected nobody.\n");
    m_out.flush();
    return Ok;
}

int Ctl::run(const QStringList& args)
{
    int i = 0;
    for (; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto takeValue = [&](const QString& opt, QString& into) {
            if (a == opt) {
                if (i + 1 >= args.size())
                    return -1;
                into = args.at(++i);
                return 1;
            }
            if (a.startsWith(opt + QLatin1Char('='))) {
                into = a.mid(opt.size() + 1);
                return 1;
            }
            return 0;
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return printHelp();
        if (a == QLatin1String("--version")) {
            m_out << QStringLiteral("healthcode-ctl ") << QStringLiteral(HC_VERSION) << Qt::endl;
            return Ok;
        }
        int r = takeValue(QStringLiteral("--db"), m_dbUrl);
        if (r == 0)
            r = takeValue(QStringLiteral("--user"), m_userName);
        if (r < 0)
            return usage(Tr::tr("Option %1 needs a value.").arg(a));
        if (r == 0)
            break;
    }
    if (i >= args.size())
        return usage(Tr::tr("No command given."));
    return dispatch(args.at(i), args.mid(i + 1));
}

int Ctl::dispatch(const QString& command, const QStringList& rest)
{
    int code = Ok;
    if (command == QLatin1String("init"))
        code = runInit(*this, rest);
    else if (command == QLatin1String("user"))
        code = runUser(*this, rest);
    else if (command == QLatin1String("jurisdictions"))
        code = runJurisdictions(*this, rest);
    else if (command == QLatin1String("audit"))
        code = runAudit(*this, rest);
    else if (command == QLatin1String("demo-data"))
        code = runDemoData(*this, rest);
    else if (command == QLatin1String("keys"))
        code = runKeys(*this, rest);
    else if (command == QLatin1String("verify"))
        code = runVerify(*this, rest);
    else if (command == QLatin1String("config"))
        code = runConfig(*this, rest);
    else if (command == QLatin1String("import"))
        code = runImport(*this, rest);
    else if (command == QLatin1String("scans"))
        code = runScans(*this, rest);
    else if (command == QLatin1String("rollups"))
        code = runRollups(*this, rest);
    else if (command == QLatin1String("heatmap"))
        code = runHeatmap(*this, rest);
    else if (command == QLatin1String("print"))
        code = runPrint(*this, rest);
    else if (command == QLatin1String("cards"))
        code = runCards(*this, rest);
    else if (command == QLatin1String("rules"))
        code = runRules(*this, rest);
    else if (command == QLatin1String("override"))
        code = runOverride(*this, rest);
    else if (command == QLatin1String("report"))
        code = runReport(*this, rest);
    else if (command == QLatin1String("status"))
        code = runStatus(*this, rest);
    else if (command == QLatin1String("help"))
        return printHelp();
    else
        return usage(Tr::tr("Unknown command \"%1\".").arg(command));
    m_out.flush();
    // Commands return -1 when database() or session() already reported the failure.
    return code < 0 ? m_pendingExit : code;
}

} // namespace hc::cli
