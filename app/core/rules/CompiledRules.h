#pragma once
// A validated rule set compiled once into a flat program for evaluating many people: the distinct fact
// terms ("atoms") of all rules, each rule's condition as postfix code over those atoms, and the order in
// which rules are tried (most severe colour first, then rule order). Immutable after compile(), so it can be
// shared by threads; built from the set only when the set has no validation errors.

#include "FactStore.h"
#include "RuleSet.h"
#include "util/Result.h"

#include <vector>

namespace hc::rules {

class CompiledRules final
{
public:
    // One distinct fact term, with everything the evaluator needs precomputed.
    struct Atom
    {
        FactKind kind = FactKind::PositiveTest;
        Channel channel = Channel::PositiveTest;
        quint8 attrMask = 0;  // event attr bits that match (test kinds, risk level)
        quint16 needMask = 0; // person mask bits without which the atom is false (see Evaluator)
        qint32 count = 1;
        qint64 windowSecs = 0;
        qint32 clearTests = 0; // 0: events are never cleared
        quint8 clearMask = 0;  // test kinds of clearing negative tests
        qint64 apartSecs = 0;
        qint64 years = 0;
        Fact fact; // the (resolved) term, for explanations
    };
    enum class OpCode : quint8
    {
        Atom,
        And,
        Or,
        Not
    };
    struct Instruction
    {
        OpCode op = OpCode::Atom;
        quint32 arg = 0; // Atom: atom index; And/Or: number of operands
    };

    CompiledRules() = default;

    // Validates and compiles; a set with errors is refused with the first error's message.
    static Result<CompiledRules> compile(const RuleSet& set, int version = 0);

    int version() const { return m_version; }
    const RuleSet& ruleSet() const { return m_set; }
    int ruleCount() const { return static_cast<int>(m_set.rules.size()); }
    const Rule& rule(int index) const { return m_set.rules.at(index); }
    // The longest window of any fact: load facts from now minus this.
    qint64 longestWindowSecs() const { return m_longestWindow; }

    // For the evaluator.
    const std::vector<Atom>& atoms() const { return m_atoms; }
    const std::vector<Instruction>& code() const { return m_code; }
    quint32 codeBegin(int rule) const { return m_codeStart[static_cast<std::size_t>(rule)]; }
    quint32 codeEnd(int rule) const { return m_codeStart[static_cast<std::size_t>(rule) + 1]; }
    const std::vector<int>& order() const { return m_order; }
    int maxStack() const { return m_maxStack; }
    // The rule's condition with turn-back clearances applied to its facts (ConditionLogic::resolve), and
    // the atom of each of its facts in pre-order.
    const Condition& resolvedCondition(int rule) const { return m_resolved[static_cast<std::size_t>(rule)]; }
    const std::vector<quint32>& factAtoms(int rule) const { return m_factAtoms[static_cast<std::size_t>(rule)]; }

private:
    RuleSet m_set;
    int m_version = 0;
    qint64 m_longestWindow = 0;
    std::vector<Atom> m_atoms;
    std::vector<Instruction> m_code;
    std::vector<quint32> m_codeStart;
    std::vector<int> m_order;
    int m_maxStack = 1;
    std::vector<Condition> m_resolved;
    std::vector<std::vector<quint32>> m_factAtoms;
};

} // namespace hc::rules
