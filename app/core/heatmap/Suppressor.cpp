#include "Suppressor.h"

namespace hc::heatmap {

int Suppressor::addNode(qint64 scans, PeopleSketch people)
{
    Node n;
    n.scans = scans;
    n.people = people.count();
    n.sketch = std::move(people);
    n.suppressed = n.people < m_threshold;
    m_nodes.push_back(std::move(n));
    return static_cast<int>(m_nodes.size()) - 1;
}

void Suppressor::addConstraint(int parent, QList<int> children)
{
    m_constraints.push_back(Constraint{parent, std::move(children)});
}

bool Suppressor::enforce(const Constraint& c)
{
    if (m_nodes[static_cast<std::size_t>(c.parent)].suppressed)
        return false;
    PeopleSketch hidden;
    bool any = false;
    for (const int child : c.children) {
        const Node& n = m_nodes[static_cast<std::size_t>(child)];
        if (n.suppressed) {
            hidden.merge(n.sketch);
            any = true;
        }
    }
    if (!any)
        return false;
    bool changed = false;
    while (hidden.count() < m_threshold) {
        // The visible part with the fewest people (then scans, then the earliest) joins the hidden ones.
        int best = -1;
        for (const int child : c.children) {
            const Node& n = m_nodes[static_cast<std::size_t>(child)];
            if (n.suppressed)
                continue;
            if (best < 0) {
                best = child;
                continue;
            }
            const Node& b = m_nodes[static_cast<std::size_t>(best)];
            if (n.people < b.people || (n.people == b.people && n.scans < b.scans))
                best = child;
        }
        if (best < 0) {
            // Every part is hidden and they still have fewer than k people together: then so has the
            // parent (it is their sum), and it must not be shown either.
            m_nodes[static_cast<std::size_t>(c.parent)].suppressed = true;
            return true;
        }
        Node& b = m_nodes[static_cast<std::size_t>(best)];
        b.suppressed = true;
        hidden.merge(b.sketch);
        changed = true;
    }
    return changed;
}

void Suppressor::run()
{
    bool changed = true;
    while (changed) {
        changed = false;
        for (const Constraint& c : m_constraints)
            changed = enforce(c) || changed;
    }
}

} // namespace hc::heatmap
