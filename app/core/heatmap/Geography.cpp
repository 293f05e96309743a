#include "Geography.h"

#include "db/Sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace hc::heatmap {

Result<Geography> Geography::load(const db::Database& db)
{
    auto q = db::run(db, QStringLiteral("SELECT id, code, name, name_en, level, parent_id, boundary FROM jurisdictions "
                                        "ORDER BY id"));
    if (!q)
        return q.error();
    Geography g;
    while (q.value().next()) {
        Area a;
        a.id = q.value().value(0).toLongLong();
        a.code = q.value().value(1).toString();
        a.name = q.value().value(2).toString();
        a.nameEn = q.value().value(3).toString();
        a.level = q.value().value(4).toString();
        a.parentId = q.value().value(5).toLongLong();
        const QString boundary = q.value().value(6).toString();
        if (!boundary.isEmpty()) {
            auto b = Boundary::fromText(boundary);
            if (b)
                a.boundary = std::move(b).value();
        }
        g.m_index.insert(a.id, static_cast<int>(g.m_areas.size()));
        g.m_byCode.insert(a.code, static_cast<int>(g.m_areas.size()));
        g.m_areas << std::move(a);
    }
    for (int i = 0; i < g.m_areas.size(); ++i)
        if (g.m_areas.at(i).boundary)
            g.m_withBoundary << i;
    std::stable_sort(g.m_withBoundary.begin(), g.m_withBoundary.end(),
                     [&g](int a, int b) { return g.depth(g.m_areas.at(a).id) > g.depth(g.m_areas.at(b).id); });
    return g;
}

const Area* Geography::find(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_areas.at(*it);
}

const Area* Geography::findByCode(const QString& code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &m_areas.at(*it);
}

const Area* Geography::findByCodeOrName(const QString& text) const
{
    if (const Area* a = findByCode(text))
        return a;
    const Area* found = nullptr;
    for (const Area& a : m_areas)
        if (a.name == text || a.nameEn.compare(text, Qt::CaseInsensitive) == 0) {
            if (found)
                return nullptr;
            found = &a;
        }
    return found;
}

int Geography::depth(qint64 id) const
{
    int d = 0;
    for (const Area* a = find(id); a && a->parentId != 0 && d < 64; a = find(a->parentId))
        ++d;
    return d;
}

qint64 Geography::cityOf(qint64 id) const
{
    int guard = 0;
    for (const Area* a = find(id); a && guard < 64; a = find(a->parentId), ++guard)
        if (a->level == QLatin1String("city"))
            return a->id;
    return id;
}

qint64 Geography::locate(double lat, double lon) const
{
    for (const int i : m_withBoundary) {
        const Area& a = m_areas.at(i);
        if (a.boundary->contains(lon, lat))
            return a.id;
    }
    return 0;
}

QSet<qint64> Geography::subtree(qint64 id) const
{
    QSet<qint64> out;
    if (!find(id))
        return out;
    out.insert(id);
    // The tree is small (a few hundred nodes): repeat until no child is added.
    for (bool grew = true; grew;) {
        grew = false;
        for (const Area& a : m_areas)
            if (!out.contains(a.id) && out.contains(a.parentId)) {
                out.insert(a.id);
                grew = true;
            }
    }
    return out;
}

QList<qint64> Geography::rollupAreasOf(qint64 city) const
{
    QList<qint64> out;
    for (const Area& a : m_areas)
        if (cityOf(a.id) == city)
            out << a.id;
    return out;
}

} // namespace hc::heatmap
