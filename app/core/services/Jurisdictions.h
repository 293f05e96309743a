#pragma once
// The province > city > district tree: lookups by code or name, and the descendants that make a user's scope.

#include "db/Database.h"

#include <QList>
#include <QSet>
#include <QString>

namespace hc::services {

struct Jurisdiction
{
    qint64 id = 0;
    QString code;
    QString name;
    QString nameEn;
    QString level; // province, city, district
    qint64 parentId = 0;
};

class Jurisdictions final
{
public:
    static Result<QList<Jurisdiction>> all(const db::Database& db);
    // Accepts a code ("330106") or an exact name in Chinese or English.
    static Result<Jurisdiction> resolve(const db::Database& db, const QString& codeOrName);
    static Result<Jurisdiction> byId(const db::Database& db, qint64 id);
    // id and every jurisdiction below it.
    static Result<QSet<qint64>> subtree(const db::Database& db, qint64 id);
    // Creates a jurisdiction; the caller's transaction carries the audit record.
    static Result<qint64> create(const db::Database& db, const QString& actor, const Jurisdiction& j);
    static QString levelDisplayName(const QString& level);
};

} // namespace hc::services
