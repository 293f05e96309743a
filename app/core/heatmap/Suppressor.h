#pragma once
// Small-cell suppression for a table of published sums. Primary: a figure with fewer than k distinct
// people is suppressed. Secondary: wherever a published figure is the sum of others (a district is the
// sum of its cells, "all colours" the sum of green, yellow and red), the suppressed parts of that sum
// must together have at least k distinct people, so subtracting the visible parts from the total only
// ever reveals a group of k or more; if they do not, further parts are suppressed, smallest first,
// until they do. Repeats until nothing changes; the result depends only on the nodes and constraints
// and the order they were added in.

#include "PeopleSketch.h"

#include <QList>

#include <vector>

namespace hc::heatmap {

class Suppressor final
{
public:
    explicit Suppressor(int threshold) : m_threshold(threshold) {}

    int addNode(qint64 scans, PeopleSketch people);
    // parent = sum of children (children with no scans need not be listed: they are published zeros).
    void addConstraint(int parent, QList<int> children);
    void run();

    int threshold() const { return m_threshold; }
    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    bool isSuppressed(int node) const { return m_nodes[static_cast<std::size_t>(node)].suppressed; }
    // Primary: fewer than k people of its own.
    bool isSmall(int node) const { return m_nodes[static_cast<std::size_t>(node)].people < m_threshold; }
    qint64 scans(int node) const { return m_nodes[static_cast<std::size_t>(node)].scans; }
    qint64 people(int node) const { return m_nodes[static_cast<std::size_t>(node)].people; }

private:
    struct Node
    {
        qint64 scans = 0;
        qint64 people = 0;
        PeopleSketch sketch;
        bool suppressed = false;
    };
    struct Constraint
    {
        int parent;
        QList<int> children;
    };
    bool enforce(const Constraint& c);

    int m_threshold;
    std::vector<Node> m_nodes;
    std::vector<Constraint> m_constraints;
};

} // namespace hc::heatmap
