#pragma once
// Demo mode's own database: builds a fresh synthetic city in a file of its own (never the configured
// production database), with a demo administrator, and marks the database as a demo one in database_info
// so that every part of the program (window title, exports, printed cards) can say so.

#include "DemoDataGenerator.h"
#include "db/Database.h"

#include <QString>

#include <functional>

namespace hc::demo {

// The demo administrator created with the city; the password (also the passphrase of the demo signing key)
// lives in memory only.
struct DemoLogin
{
    QString userName;
    QString password;
};

// What database_info says about a database.
struct DemoInfo
{
    bool demo = false;
    quint64 seed = 0;
    qint64 createdAt = 0; // UTC seconds; 0 while the city is still being built
};

class DemoDatabase final
{
public:
    static constexpr const char* kAdminName = "demo.admin";

    // The size trainers get: small enough to build in seconds, the same city every time (fixed seed).
    static DemoDataOptions defaultOptions();
    // <AppDataLocation>/demo/demo.sqlite
    static QString defaultPath();

    // Refuses when demo mode is disabled in the system-wide configuration (demo/allowed = false).
    static Status checkAllowed();
    // Refuses when demoPath is the file of productionUrlText (the configured database); an empty or
    // PostgreSQL production URL cannot be the same file.
    static Status checkIsolated(const QString& demoPath, const QString& productionUrlText);

    // Replaces the file at path (only if it is a demo database or has no users) with a new demo city:
    // schema, marker, demo administrator with a random password, a demo signing key sealed with it,
    // synthetic data, heatmap rollups and everyone's status.
    // Uses and closes connectionName in the calling thread. progress(phase, done, total) may cancel.
    static Result<DemoLogin> create(const QString& path, const QString& connectionName,
                                    const DemoDataOptions& options, const DemoDataGenerator::Progress& progress = {});

    // Moves a database built by create() into path, replacing the demo database there (refused if path is
    // not a demo database and has users). Every connection to path must be closed first.
    static Status install(const QString& builtPath, const QString& path);

    // Demo marker of an open database (a database without the marker is not a demo one).
    static Result<DemoInfo> info(const db::Database& db);
};

} // namespace hc::demo
