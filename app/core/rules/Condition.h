#pragma once
// The condition of a rule as a tree: fact terms combined with and / or / not. A value type the
// structured editor builds and edits directly; And and Or have at least two children, Not exactly one.

#include "Fact.h"

#include <QList>

#include <vector>

namespace hc::rules {

struct Condition
{
    enum class Op : quint8
    {
        Fact,
        And,
        Or,
        Not
    };

    Op op = Op::Fact;
    Fact fact;                       // Op::Fact
    std::vector<Condition> children; // And, Or: two or more; Not: one
    SourceSpan span;                 // the text of the whole node (parentheses excluded)

    static Condition makeFact(const Fact& fact);
    static Condition makeAnd(std::vector<Condition> children);
    static Condition makeOr(std::vector<Condition> children);
    static Condition makeNot(Condition child);

    bool isCompound() const { return op == Op::And || op == Op::Or; }
    // The node at a path of child indices (Diagnostic::nodePath), nullptr if the path leads nowhere.
    const Condition* at(const QList<int>& path) const;
    Condition* at(const QList<int>& path);
    // Structural equality; source positions are ignored.
    bool operator==(const Condition& o) const;
    bool operator!=(const Condition& o) const { return !(*this == o); }
};

} // namespace hc::rules
