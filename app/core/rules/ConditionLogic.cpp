#include "ConditionLogic.h"

#include "RuleLimits.h"

#include <algorithm>

namespace hc::rules {

namespace {

using Op = Condition::Op;

// Shared step budget of one top-level question; exhausted means "could not prove it".
struct Budget
{
    int steps = 20000;
    bool spend() { return --steps >= 0; }
};

// age over N and age under N are complements; "not" of one is the other.
std::optional<Fact> ageComplement(const Condition& c)
{
    if (c.op != Op::Fact || !isAgeFact(c.fact.kind))
        return std::nullopt;
    Fact f = c.fact;
    f.kind = c.fact.kind == FactKind::AgeOver ? FactKind::AgeUnder : FactKind::AgeOver;
    return f;
}

bool atomImplies(const Fact& a, const Fact& b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case FactKind::AgeOver:
        return a.years >= b.years;
    case FactKind::AgeUnder:
        return a.years <= b.years;
    case FactKind::NoSmartphone:
        return true;
    default:
        break;
    }
    if (a.window.seconds() > b.window.seconds() || a.count < b.count)
        return false;
    if (isTestFact(a.kind) && b.testKind != TestKind::Any && a.testKind != b.testKind)
        return false;
    if (hasRiskLevel(a.kind) && a.level != b.level)
        return false;
    return !b.unless.isSet() || a.unless == b.unless;
}

bool atomsContradict(const Fact& a, const Fact& b)
{
    if (a.kind == FactKind::AgeOver && b.kind == FactKind::AgeUnder)
        return a.years >= b.years;
    if (a.kind == FactKind::AgeUnder && b.kind == FactKind::AgeOver)
        return b.years >= a.years;
    return false;
}

bool implies(const Condition& a, const Condition& b, Budget& budget);

bool contradicts(const Condition& a, const Condition& b, Budget& budget)
{
    if (!budget.spend())
        return false;
    if (a.op == Op::Or)
        return !a.children.empty() && std::all_of(a.children.begin(), a.children.end(),
                                                  [&](const Condition& c) { return contradicts(c, b, budget); });
    if (b.op == Op::Or)
        return !b.children.empty() && std::all_of(b.children.begin(), b.children.end(),
                                                  [&](const Condition& c) { return contradicts(a, c, budget); });
    if (a.op == Op::And)
        return std::any_of(a.children.begin(), a.children.end(),
                           [&](const Condition& c) { return contradicts(c, b, budget); });
    if (b.op == Op::And)
        return std::any_of(b.children.begin(), b.children.end(),
                           [&](const Condition& c) { return contradicts(a, c, budget); });
    if (b.op == Op::Not && b.children.size() == 1)
        return implies(a, b.children.front(), budget);
    if (a.op == Op::Not && a.children.size() == 1)
        return implies(b, a.children.front(), budget);
    if (a.op == Op::Fact && b.op == Op::Fact)
        return atomsContradict(a.fact, b.fact);
    return false;
}

bool implies(const Condition& a, const Condition& b, Budget& budget)
{
    if (!budget.spend())
        return false;
    if (a.op == Op::Or)
        return !a.children.empty() && std::all_of(a.children.begin(), a.children.end(),
                                                  [&](const Condition& c) { return implies(c, b, budget); });
    if (b.op == Op::And)
        return std::all_of(b.children.begin(), b.children.end(),
                           [&](const Condition& c) { return implies(a, c, budget); });
    if (b.op == Op::Or) {
        if (std::any_of(b.children.begin(), b.children.end(),
                        [&](const Condition& c) { return implies(a, c, budget); }))
            return true;
    }
    if (a.op == Op::And)
        return std::any_of(a.children.begin(), a.children.end(),
                           [&](const Condition& c) { return implies(c, b, budget); });
    if (b.op == Op::Or)
        return false;
    if (a.op == Op::Not && a.children.size() == 1) {
        if (b.op == Op::Not && b.children.size() == 1)
            return implies(b.children.front(), a.children.front(), budget);
        if (const auto complement = ageComplement(a.children.front()))
            return implies(Condition::makeFact(*complement), b, budget);
        return false;
    }
    if (b.op == Op::Not && b.children.size() == 1)
        return contradicts(a, b.children.front(), budget);
    if (a.op == Op::Fact && b.op == Op::Fact)
        return atomImplies(a.fact, b.fact);
    return false;
}

bool isTautology(const Condition& c, Budget& budget);

bool isContradiction(const Condition& c, Budget& budget)
{
    if (!budget.spend())
        return false;
    switch (c.op) {
    case Op::Fact:
        if (c.fact.kind == FactKind::AgeUnder)
            return c.fact.years <= 0;
        if (c.fact.kind == FactKind::AgeOver)
            return c.fact.years > limits::kMaxAgeYears;
        return false;
    case Op::Not:
        return c.children.size() == 1 && isTautology(c.children.front(), budget);
    case Op::Or:
        return !c.children.empty() && std::all_of(c.children.begin(), c.children.end(),
                                                  [&](const Condition& x) { return isContradiction(x, budget); });
    case Op::And:
        if (std::any_of(c.children.begin(), c.children.end(),
                        [&](const Condition& x) { return isContradiction(x, budget); }))
            return true;
        for (std::size_t i = 0; i < c.children.size(); ++i) {
            for (std::size_t j = i + 1; j < c.children.size(); ++j) {
                if (contradicts(c.children[i], c.children[j], budget))
                    return true;
                if (budget.steps < 0)
                    return false;
            }
        }
        return false;
    }
    return false;
}

bool isTautology(const Condition& c, Budget& budget)
{
    if (!budget.spend())
        return false;
    switch (c.op) {
    case Op::Fact:
        if (c.fact.kind == FactKind::AgeOver)
            return c.fact.years <= 0;
        if (c.fact.kind == FactKind::AgeUnder)
            return c.fact.years > limits::kMaxAgeYears;
        return false;
    case Op::Not:
        return c.children.size() == 1 && isContradiction(c.children.front(), budget);
    case Op::And:
        return !c.children.empty() && std::all_of(c.children.begin(), c.children.end(),
                                                  [&](const Condition& x) { return isTautology(x, budget); });
    case Op::Or:
        if (std::any_of(c.children.begin(), c.children.end(),
                        [&](const Condition& x) { return isTautology(x, budget); }))
            return true;
        // x or y holds for everyone when "not x" implies y.
        for (std::size_t i = 0; i < c.children.size(); ++i) {
            const Condition& x = c.children[i];
            std::optional<Condition> notX;
            if (x.op == Op::Not && x.children.size() == 1)
                notX = x.children.front();
            else if (const auto complement = ageComplement(x))
                notX = Condition::makeFact(*complement);
            if (!notX)
                continue;
            for (std::size_t j = 0; j < c.children.size(); ++j) {
                if (i != j && implies(*notX, c.children[j], budget))
                    return true;
                if (budget.steps < 0)
                    return false;
            }
        }
        return false;
    }
    return false;
}

void resolveInto(Condition& c, const Clearance& turnBack, bool positive)
{
    if (c.op == Op::Fact) {
        if (!positive || !isEventFact(c.fact.kind) || c.fact.kind == FactKind::NegativeTest) {
            if (!positive)
                c.fact.unless = Clearance{};
            return;
        }
        if (!c.fact.unless.isSet())
            c.fact.unless = turnBack;
        return;
    }
    const bool childPositive = c.op == Op::Not ? !positive : positive;
    for (Condition& child : c.children)
        resolveInto(child, turnBack, childPositive);
}

} // namespace

Condition ConditionLogic::resolve(const Rule& rule)
{
    Condition c = rule.condition;
    resolveInto(c, rule.turnBack, true);
    return c;
}

bool ConditionLogic::implies(const Condition& a, const Condition& b)
{
    Budget budget;
    return rules::implies(a, b, budget);
}

bool ConditionLogic::contradicts(const Condition& a, const Condition& b)
{
    Budget budget;
    return rules::contradicts(a, b, budget);
}

bool ConditionLogic::isContradiction(const Condition& c)
{
    Budget budget;
    return rules::isContradiction(c, budget);
}

bool ConditionLogic::isTautology(const Condition& c)
{
    Budget budget;
    return rules::isTautology(c, budget);
}

QByteArray ConditionLogic::shape(const Condition& c)
{
    switch (c.op) {
    case Op::Fact: {
        QByteArray s = QByteArray::number(static_cast<int>(c.fact.kind));
        if (hasRiskLevel(c.fact.kind))
            s += 'L' + QByteArray::number(static_cast<int>(c.fact.level));
        return s;
    }
    case Op::Not:
        return "!(" + (c.children.empty() ? QByteArray() : shape(c.children.front())) + ')';
    case Op::And:
    case Op::Or: {
        QList<QByteArray> parts;
        for (const Condition& child : c.children)
            parts << shape(child);
        std::sort(parts.begin(), parts.end());
        return (c.op == Op::And ? QByteArray("&(") : QByteArray("|(")) + parts.join(',') + ')';
    }
    }
    return {};
}

int ConditionLogic::depth(const Condition& c, int limit)
{
    // Iterative, so an absurdly deep tree built in code cannot exhaust the stack here.
    struct Item
    {
        const Condition* node;
        int depth;
    };
    std::vector<Item> stack{{&c, 0}};
    int deepest = 0;
    while (!stack.empty()) {
        const Item it = stack.back();
        stack.pop_back();
        deepest = std::max(deepest, it.depth);
        if (deepest > limit)
            return deepest;
        for (const Condition& child : it.node->children)
            stack.push_back({&child, it.depth + 1});
    }
    return deepest;
}

int ConditionLogic::factCount(const Condition& c)
{
    if (c.op == Op::Fact)
        return 1;
    int n = 0;
    for (const Condition& child : c.children)
        n += factCount(child);
    return n;
}

bool ConditionLogic::hasEventFact(const Condition& c)
{
    if (c.op == Op::Fact)
        return isEventFact(c.fact.kind);
    return std::any_of(c.children.begin(), c.children.end(), [](const Condition& x) { return hasEventFact(x); });
}

namespace {
bool clearable(const Condition& c, bool positive)
{
    if (c.op == Op::Fact)
        return positive && isEventFact(c.fact.kind) && c.fact.kind != FactKind::NegativeTest;
    const bool childPositive = c.op == Op::Not ? !positive : positive;
    return std::any_of(c.children.begin(), c.children.end(),
                       [&](const Condition& x) { return clearable(x, childPositive); });
}
} // namespace

bool ConditionLogic::hasClearableFact(const Condition& c)
{
    return clearable(c, true);
}

} // namespace hc::rules
