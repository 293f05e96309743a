#pragma once
// healthcode-ctl: the core services without a window, for IT automation and scripts.

#include "auth/Session.h"
#include "db/Database.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace hc::cli {

class Ctl final
{
public:
    Ctl();
    // args without the program name; returns the process exit code.
    int run(const QStringList& args);

    // Shared by the command files.
    QTextStream& out() { return m_out; }
    int fail(const Error& error);
    int usage(const QString& message);
    // Opens --db (migrating it), once.
    const db::Database* database();
    // Logs in as --user (password from HEALTHCODE_PASSWORD or a prompt), once.
    const auth::Session* session();
    // True when a database was named with --db or HEALTHCODE_DB (not only by the configuration file).
    bool hasDatabaseUrl() const { return !m_dbUrl.isEmpty() || !qEnvironmentVariableIsEmpty("HEALTHCODE_DB"); }
    // For commands that also take --db after their name (verify TEXT --db URL); before database() only.
    void setDatabaseUrl(const QString& url) { m_dbUrl = url; }

private:
    int dispatch(const QString& command, const QStringList& rest);
    int printHelp();

    QTextStream m_out;
    QTextStream m_err;
    QString m_dbUrl;
    QString m_userName;
    std::optional<db::Database> m_db;
    std::optional<auth::Session> m_session;
    int m_pendingExit = 0;
};

// One entry per command family, each in its own file.
int runInit(Ctl& ctl, const QStringList& args);
int runUser(Ctl& ctl, const QStringList& args);
int runJurisdictions(Ctl& ctl, const QStringList& args);
int runAudit(Ctl& ctl, const QStringList& args);
int runDemoData(Ctl& ctl, const QStringList& args);
int runKeys(Ctl& ctl, const QStringList& args);
int runVerify(Ctl& ctl, const QStringList& args);
int runConfig(Ctl& ctl, const QStringList& args);
int runImport(Ctl& ctl, const QStringList& args);
int runScans(Ctl& ctl, const QStringList& args);
int runRollups(Ctl& ctl, const QStringList& args);
int runHeatmap(Ctl& ctl, const QStringList& args);
int runPrint(Ctl& ctl, const QStringList& args);
int runCards(Ctl& ctl, const QStringList& args);
int runRules(Ctl& ctl, const QStringList& args);
int runOverride(Ctl& ctl, const QStringList& args);
int runReport(Ctl& ctl, const QStringList& args);
int runStatus(Ctl& ctl, const QStringList& args);
// True when args (without the program name) name a command that paints (print, cards, heatmap): it needs a
// QGuiApplication.
bool commandPaints(const QStringList& args);

} // namespace hc::cli
