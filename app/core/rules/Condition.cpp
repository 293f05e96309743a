#include "Condition.h"

namespace hc::rules {

Condition Condition::makeFact(const Fact& fact)
{
    Condition c;
    c.op = Op::Fact;
    c.fact = fact;
    c.span = fact.span;
    return c;
}

Condition Condition::makeAnd(std::vector<Condition> children)
{
    Condition c;
    c.op = Op::And;
    c.children = std::move(children);
    return c;
}

Condition Condition::makeOr(std::vector<Condition> children)
{
    Condition c;
    c.op = Op::Or;
    c.children = std::move(children);
    return c;
}

Condition Condition::makeNot(Condition child)
{
    Condition c;
    c.op = Op::Not;
    c.children.push_back(std::move(child));
    return c;
}

const Condition* Condition::at(const QList<int>& path) const
{
    const Condition* node = this;
    for (int i : path) {
        if (i < 0 || static_cast<std::size_t>(i) >= node->children.size())
            return nullptr;
        node = &node->children[static_cast<std::size_t>(i)];
    }
    return node;
}

Condition* Condition::at(const QList<int>& path)
{
    return const_cast<Condition*>(static_cast<const Condition*>(this)->at(path));
}

bool Condition::operator==(const Condition& o) const
{
    if (op != o.op)
        return false;
    if (op == Op::Fact)
        return fact == o.fact;
    return children == o.children;
}

} // namespace hc::rules
