#pragma once
// Parses the database addresses the console accepts: sqlite:PATH and postgresql://user@host:port/name.

#include "util/Result.h"

#include <QString>

namespace hc::db {

enum class Backend { SQLite, PostgreSQL };

struct DatabaseUrl
{
    Backend backend = Backend::SQLite;
    QString path;      // SQLite: file path
    QString host;      // PostgreSQL
    int port = 5432;
    QString user;
    QString password;  // from the URL if given there; libpq also reads PGPASSWORD and ~/.pgpass
    QString name;

    // The URL without its password, safe to show and log.
    QString displayString() const;
    static Result<DatabaseUrl> parse(const QString& text);
};

} // namespace hc::db
