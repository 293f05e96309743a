#include "CompiledRules.h"

#include "ConditionLogic.h"
#include "RuleValidator.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace hc::rules {

namespace {

// Person mask bits (Evaluator builds the same): one per channel with events, then one per risk level at
// which the home district was ever designated.
quint16 channelBit(Channel c)
{
    return static_cast<quint16>(1u << static_cast<unsigned>(c));
}

quint16 homeLevelBit(RiskLevel level)
{
    return static_cast<quint16>(static_cast<unsigned>(riskLevelBit(level)) << kChannelCount);
}

Channel channelOf(const Fact& f)
{
    switch (f.kind) {
    case FactKind::PositiveTest:
        return Channel::PositiveTest;
    case FactKind::NegativeTest:
        return Channel::NegativeTest;
    case FactKind::CloseContact:
        return Channel::CloseContact;
    case FactKind::Symptom:
        return Channel::Symptom;
    case FactKind::VenueScan:
        return Channel::VenueScan;
    case FactKind::AreaStay:
        return Channel::AreaScan;
    default:
        return Channel::PositiveTest;
    }
}

QByteArray atomKey(const Fact& f)
{
    QByteArray k = QByteArray::number(static_cast<int>(f.kind));
    if (isEventFact(f.kind)) {
        k += '/' + QByteArray::number(f.count) + '/' + QByteArray::number(f.window.seconds());
        if (isTestFact(f.kind))
            k += 't' + QByteArray::number(static_cast<int>(f.testKind));
        if (hasRiskLevel(f.kind))
            k += 'l' + QByteArray::number(static_cast<int>(f.level));
        if (f.unless.isSet())
            k += 'u' + QByteArray::number(f.unless.tests) + ',' +
                 QByteArray::number(static_cast<int>(f.unless.testKind)) + ',' +
                 QByteArray::number(f.unless.apart.seconds());
    } else if (isAgeFact(f.kind)) {
        k += '/' + QByteArray::number(f.years);
    }
    return k;
}

class Emitter
{
public:
    Emitter(std::vector<CompiledRules::Atom>& atoms, std::vector<CompiledRules::Instruction>& code,
            QHash<QByteArray, quint32>& atomIndex, qint64& longestWindow)
        : m_atoms(atoms), m_code(code), m_atomIndex(atomIndex), m_longestWindow(longestWindow)
    {}

    // Emits postfix code; returns the stack depth the node needs.
    int emit(const Condition& c, std::vector<quint32>& factAtoms)
    {
        using Op = Condition::Op;
        using OpCode = CompiledRules::OpCode;
        switch (c.op) {
        case Op::Fact: {
            const quint32 atom = atomFor(c.fact);
            factAtoms.push_back(atom);
            m_code.push_back({OpCode::Atom, atom});
            return 1;
        }
        case Op::Not: {
            const int need = emit(c.children.front(), factAtoms);
            m_code.push_back({OpCode::Not, 1});
            return need;
        }
        case Op::And:
        case Op::Or: {
            int need = 0;
            for (std::size_t i = 0; i < c.children.size(); ++i)
                need = std::max(need, static_cast<int>(i) + emit(c.children[i], factAtoms));
            m_code.push_back({c.op == Op::And ? OpCode::And : OpCode::Or, static_cast<quint32>(c.children.size())});
            return need;
        }
        }
        return 1;
    }

private:
    std::vector<CompiledRules::Atom>& m_atoms;
    std::vector<CompiledRules::Instruction>& m_code;
    QHash<QByteArray, quint32>& m_atomIndex;
    qint64& m_longestWindow;

    quint32 atomFor(const Fact& f)
    {
        const QByteArray key = atomKey(f);
        const auto it = m_atomIndex.constFind(key);
        if (it != m_atomIndex.constEnd())
            return it.value();
        CompiledRules::Atom a;
        a.kind = f.kind;
        a.fact = f;
        a.years = f.years;
        if (isEventFact(f.kind)) {
            a.channel = channelOf(f);
            a.count = static_cast<qint32>(f.count);
            a.windowSecs = f.window.seconds();
            m_longestWindow = std::max(m_longestWindow, a.windowSecs);
            a.attrMask = isTestFact(f.kind) ? testKindMask(f.testKind)
                                            : (hasRiskLevel(f.kind) ? riskLevelBit(f.level) : quint8(0xff));
            a.needMask = channelBit(a.channel);
            if (f.kind == FactKind::AreaStay)
                a.needMask |= homeLevelBit(f.level);
            if (f.unless.isSet()) {
                a.clearTests = static_cast<qint32>(f.unless.tests);
                a.clearMask = testKindMask(f.unless.testKind);
                a.apartSecs = f.unless.apart.seconds();
            }
        }
        const auto index = static_cast<quint32>(m_atoms.size());
        m_atoms.push_back(a);
        m_atomIndex.insert(key, index);
        return index;
    }
};

} // namespace

Result<CompiledRules> CompiledRules::compile(const RuleSet& set, int version)
{
    const QList<Diagnostic> problems = RuleValidator::validate(set);
    for (const Diagnostic& d : problems) {
        if (d.isError())
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("hc::rules::CompiledRules", "The rule set cannot be used: %1")
                                 .arg(d.toString()));
    }
    CompiledRules c;
    c.m_set = set;
    c.m_version = version;
    QHash<QByteArray, quint32> atomIndex;
    Emitter emitter(c.m_atoms, c.m_code, atomIndex, c.m_longestWindow);
    const auto n = static_cast<std::size_t>(set.rules.size());
    c.m_resolved.reserve(n);
    c.m_factAtoms.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        c.m_codeStart.push_back(static_cast<quint32>(c.m_code.size()));
        c.m_resolved.push_back(ConditionLogic::resolve(set.rules.at(static_cast<qsizetype>(i))));
        c.m_maxStack = std::max(c.m_maxStack, emitter.emit(c.m_resolved.back(), c.m_factAtoms[i]));
    }
    c.m_codeStart.push_back(static_cast<quint32>(c.m_code.size()));
    c.m_order.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        c.m_order[i] = static_cast<int>(i);
    std::stable_sort(c.m_order.begin(), c.m_order.end(),
                     [&](int a, int b) { return set.rules.at(a).colour > set.rules.at(b).colour; });
    return c;
}

} // namespace hc::rules
