#pragma once
// The jurisdiction tree with boundaries, read once: the city a district belongs to, and which district
// contains a point. Imports, the rollup rebuild and the heatmap query share it.

#include "Boundary.h"
#include "db/Database.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace hc::heatmap {

struct Area
{
    qint64 id = 0;
    QString code;
    QString name;
    QString nameEn;
    QString level; // province, city, district
    qint64 parentId = 0;
    std::optional<Boundary> boundary;
};

class Geography final
{
public:
    // Boundaries that do not parse are ignored here (they were validated when imported).
    static Result<Geography> load(const db::Database& db);

    const Area* find(qint64 id) const;
    const Area* findByCode(const QString& code) const;
    // A code, or a name (Chinese or English) that only one jurisdiction has.
    const Area* findByCodeOrName(const QString& text) const;
    const QList<Area>& areas() const { return m_areas; }
    // The nearest city at or above id; id itself when there is none (a tree without cities).
    qint64 cityOf(qint64 id) const;
    // The deepest jurisdiction whose boundary contains the point; 0 when none does.
    qint64 locate(double lat, double lon) const;
    // The jurisdictions whose nearest city is city (the city itself included when scans can land on it).
    QList<qint64> rollupAreasOf(qint64 city) const;
    // id and everything below it (a user's scope as the tree is now, not as it was at login).
    QSet<qint64> subtree(qint64 id) const;
    bool hasBoundaries() const { return !m_withBoundary.isEmpty(); }

private:
    int depth(qint64 id) const;
    QList<Area> m_areas;
    QHash<qint64, int> m_index;
    QHash<QString, int> m_byCode;
    QList<int> m_withBoundary; // ordered deepest first
};

} // namespace hc::heatmap
