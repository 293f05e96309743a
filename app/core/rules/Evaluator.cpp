#include "Evaluator.h"

#include "RulePrinter.h"
#include "RulesLogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>

namespace hc::rules {

namespace {

using Atom = CompiledRules::Atom;
using OpCode = CompiledRules::OpCode;
constexpr qint64 kUnknown = Explanation::kUnknown;
constexpr qint64 kNever = Explanation::kNever;

// An event that satisfied a fact term: [start, end] is when it happened (a home-district designation
// lasts; open-ended designations end at kOpenEnd).
struct Hit
{
    qint64 start = 0;
    qint64 end = 0;
    qint64 id = 0;
    qint64 aux = 0;
    quint8 attr = 0;
    bool home = false;
};

struct AtomDetail
{
    bool value = false;
    qint64 since = kUnknown;
    qint64 until = kNever;
    std::vector<Hit> hits;
};

// A node's value and the stretch of time it keeps that value for, as far as the loaded facts tell.
struct NodeResult
{
    bool value = false;
    qint64 since = kUnknown;
    qint64 until = kNever;
    QList<ExplainedFact> facts; // only when the node is true
};

qint64 saturatingAdd(qint64 a, qint64 b)
{
    if (a == kNever || a == FactStore::kOpenEnd || b >= kNever - a)
        return kNever;
    return a + b;
}

qint32 dateKey(const QDate& d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

// Midnight UTC of the day a person born on birthKey turns years old (29 February: 1 March in other years).
qint64 birthdaySecs(qint32 birthKey, qint64 years)
{
    const int y = birthKey / 10000 + static_cast<int>(years);
    const int m = (birthKey / 100) % 100;
    const int d = birthKey % 100;
    QDate date(y, m, d);
    if (!date.isValid())
        date = QDate(y, 3, 1);
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

class Machine
{
public:
    Machine(const FactStore& facts, const CompiledRules& rules, qint64 now)
        : m_facts(facts), m_rules(rules), m_now(now), m_values(rules.atoms().size()),
          m_stack(static_cast<std::size_t>(rules.maxStack()) + 1), m_details(rules.atoms().size()),
          m_detailStamp(rules.atoms().size(), -1)
    {
        m_today = dateKey(QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).date());
    }

    // Colour and deciding rule (-1: green).
    std::pair<Colour, int> evaluate(int person)
    {
        prepare(person);
        for (int r : m_rules.order()) {
            if (run(r))
                return {m_rules.rule(r).colour, r};
        }
        return {Colour::Green, -1};
    }

    // Since and until of a colour decided by evaluate(person) (the same person, right after).
    std::pair<qint64, qint64> timing(int person, Colour colour)
    {
        qint64 since = kNever;
        qint64 until = kUnknown;
        for (int r : m_rules.order()) {
            if (m_rules.rule(r).colour != colour)
                continue;
            if (!run(r))
                continue;
            std::size_t cursor = 0;
            const NodeResult n = walk(person, m_rules.resolvedCondition(r), m_rules.factAtoms(r), cursor, false);
            since = std::min(since, n.since);
            until = std::max(until, n.until);
        }
        return {since == kNever ? kUnknown : since, until == kUnknown ? kNever : until};
    }

    Explanation explain(int person)
    {
        Explanation e;
        e.personId = m_facts.personId(person);
        e.evaluatedAt = m_now;
        e.ruleSetVersion = m_rules.version();
        const auto [colour, decided] = evaluate(person);
        e.colour = colour;
        if (decided < 0)
            return e;
        const Rule& rule = m_rules.rule(decided);
        e.ruleIndex = decided;
        e.ruleId = rule.id;
        e.ruleName = rule.name;
        e.ruleAltName = rule.altName;
        e.turnBack = rule.turnBack;
        std::tie(e.since, e.until) = timing(person, colour);
        std::size_t cursor = 0;
        e.facts = walk(person, m_rules.resolvedCondition(decided), m_rules.factAtoms(decided), cursor, true).facts;
        if (!rule.turnBack.isSet()) {
            for (quint32 a : m_rules.factAtoms(decided)) {
                const Fact& f = m_rules.atoms()[a].fact;
                if (f.unless.isSet()) {
                    e.factTurnBack = f.unless;
                    break;
                }
            }
        }
        for (int r = 0; r < m_rules.ruleCount(); ++r) {
            if (r == decided || !run(r))
                continue;
            const Colour c = m_rules.rule(r).colour;
            if (c < colour && c > e.nextColour)
                e.nextColour = c;
            if (e.otherRules.size() < 10)
                e.otherRules.append(m_rules.rule(r).id);
        }
        return e;
    }

private:
    const FactStore& m_facts;
    const CompiledRules& m_rules;
    const qint64 m_now;
    qint32 m_today = 0;
    std::vector<quint8> m_values;
    std::vector<quint8> m_stack;
    std::vector<AtomDetail> m_details;
    std::vector<int> m_detailStamp;
    int m_person = -1;
    quint16 m_mask = 0;

    void prepare(int person)
    {
        m_person = person;
        quint16 mask = 0;
        for (int c = 0; c < kChannelCount; ++c) {
            const EventColumns& ev = m_facts.events(static_cast<Channel>(c));
            const auto p = static_cast<std::size_t>(person);
            if (ev.offsets[p] != ev.offsets[p + 1])
                mask |= static_cast<quint16>(1u << c);
        }
        mask |= static_cast<quint16>(static_cast<unsigned>(m_facts.homeLevels(person)) << kChannelCount);
        m_mask = mask;
        const std::vector<Atom>& atoms = m_rules.atoms();
        for (std::size_t i = 0; i < atoms.size(); ++i)
            m_values[i] = atom(atoms[i], person, nullptr) ? 1 : 0;
    }

    bool run(int rule)
    {
        const std::vector<CompiledRules::Instruction>& code = m_rules.code();
        quint8* stack = m_stack.data();
        std::size_t sp = 0;
        for (quint32 k = m_rules.codeBegin(rule), end = m_rules.codeEnd(rule); k < end; ++k) {
            const CompiledRules::Instruction ins = code[k];
            switch (ins.op) {
            case OpCode::Atom:
                stack[sp++] = m_values[ins.arg];
                break;
            case OpCode::Not:
                stack[sp - 1] ^= 1;
                break;
            case OpCode::And: {
                quint8 v = 1;
                for (std::size_t j = sp - ins.arg; j < sp; ++j)
                    v &= stack[j];
                sp -= ins.arg;
                stack[sp++] = v;
                break;
            }
            case OpCode::Or: {
                quint8 v = 0;
                for (std::size_t j = sp - ins.arg; j < sp; ++j)
                    v |= stack[j];
                sp -= ins.arg;
                stack[sp++] = v;
                break;
            }
            }
        }
        return sp > 0 && stack[0] != 0;
    }

    // True when negative tests after time t (up to now) form a chain of a.clearTests tests, each at least
    // a.apartSecs after the one before.
    bool cleared(int person, qint64 t, const Atom& a) const
    {
        const EventColumns& neg = m_facts.events(Channel::NegativeTest);
        const auto p = static_cast<std::size_t>(person);
        const quint32 e = neg.offsets[p + 1];
        auto it = std::upper_bound(neg.times.begin() + neg.offsets[p], neg.times.begin() + e, t);
        qint32 got = 0;
        qint64 last = 0;
        for (auto i = static_cast<quint32>(it - neg.times.begin()); i < e && neg.times[i] <= m_now; ++i) {
            if (!(neg.attrs[i] & a.clearMask))
                continue;
            if (got == 0 || neg.times[i] - last >= a.apartSecs) {
                ++got;
                last = neg.times[i];
                if (got >= a.clearTests)
                    return true;
            }
        }
        return false;
    }

    // The atom's value for the person; with hits, every event that satisfies it is collected.
    bool atom(const Atom& a, int person, std::vector<Hit>* hits) const
    {
        switch (a.kind) {
        case FactKind::AgeOver: {
            const qint32 k = m_facts.birthKey(person);
            return k != 0 && k + a.years * 10000 <= m_today;
        }
        case FactKind::AgeUnder: {
            const qint32 k = m_facts.birthKey(person);
            return k != 0 && k + a.years * 10000 > m_today;
        }
        case FactKind::NoSmartphone:
            return !m_facts.hasSmartphone(person);
        default:
            break;
        }
        if ((a.needMask & m_mask) == 0)
            return false;
        const qint64 lo = m_now - a.windowSecs;
        qint32 n = 0;
        const EventColumns& ev = m_facts.events(a.channel);
        const auto p = static_cast<std::size_t>(person);
        const quint32 e = ev.offsets[p + 1];
        const auto first = std::lower_bound(ev.times.begin() + ev.offsets[p], ev.times.begin() + e, lo);
        for (auto i = static_cast<quint32>(first - ev.times.begin()); i < e && ev.times[i] <= m_now; ++i) {
            if (!(ev.attrs[i] & a.attrMask))
                continue;
            if (a.clearTests && cleared(person, ev.times[i], a))
                continue;
            ++n;
            if (hits)
                hits->push_back({ev.times[i], ev.times[i], ev.ids[i], ev.aux[i], ev.attrs[i], false});
            else if (n >= a.count)
                return true;
        }
        if (a.kind == FactKind::AreaStay && (m_facts.homeLevels(person) & a.attrMask)) {
            for (const Designation& d : m_facts.homeDesignations(person)) {
                if (!(riskLevelBit(d.level) & a.attrMask) || d.from > m_now)
                    continue;
                // Still designated: the person is there now, and nothing after now can clear that.
                const qint64 last = std::min(d.to, m_now);
                if (last < lo)
                    continue;
                if (a.clearTests && cleared(person, last, a))
                    continue;
                ++n;
                if (hits)
                    hits->push_back({d.from, d.to, d.id, 0, riskLevelBit(d.level), true});
                else if (n >= a.count)
                    return true;
            }
        }
        return n >= a.count;
    }

    const AtomDetail& detail(int person, quint32 index)
    {
        AtomDetail& d = m_details[index];
        if (m_detailStamp[index] == person)
            return d;
        m_detailStamp[index] = person;
        const Atom& a = m_rules.atoms()[index];
        d.hits.clear();
        d.since = kUnknown;
        d.until = kNever;
        const qint32 birth = m_facts.birthKey(person);
        switch (a.kind) {
        case FactKind::AgeOver:
            d.value = atom(a, person, nullptr);
            if (birth != 0) {
                if (d.value)
                    d.since = birthdaySecs(birth, a.years);
                else
                    d.until = birthdaySecs(birth, a.years);
            }
            return d;
        case FactKind::AgeUnder:
            d.value = atom(a, person, nullptr);
            if (birth != 0) {
                if (d.value)
                    d.until = birthdaySecs(birth, a.years);
                else
                    d.since = birthdaySecs(birth, a.years);
            }
            return d;
        case FactKind::NoSmartphone:
            d.value = atom(a, person, nullptr);
            return d;
        default:
            break;
        }
        atom(a, person, &d.hits);
        const auto n = static_cast<std::size_t>(d.hits.size());
        const auto k = static_cast<std::size_t>(std::max(a.count, 1));
        d.value = n >= k;
        if (!d.value)
            return d;
        // The k-th event to arrive made the term true; it stays true until the k-th latest leaves the window.
        std::vector<qint64> starts;
        std::vector<qint64> ends;
        starts.reserve(n);
        ends.reserve(n);
        for (const Hit& h : d.hits) {
            starts.push_back(h.start);
            ends.push_back(h.home && h.end == FactStore::kOpenEnd ? kNever : saturatingAdd(h.end, a.windowSecs));
        }
        std::sort(starts.begin(), starts.end());
        std::sort(ends.begin(), ends.end(), std::greater<>());
        d.since = starts[k - 1];
        d.until = ends[k - 1];
        return d;
    }

    ExplainedFact describeHit(int person, const Atom& a, const Hit& h) const
    {
        ExplainedFact f;
        f.kind = a.kind;
        f.term = RulePrinter::printFact(a.fact);
        f.eventId = h.id;
        f.at = h.start;
        switch (a.kind) {
        case FactKind::PositiveTest:
        case FactKind::NegativeTest:
            f.testKind = h.attr == testKindMask(TestKind::Pcr)
                             ? TestKind::Pcr
                             : (h.attr == testKindMask(TestKind::Antigen) ? TestKind::Antigen : TestKind::Any);
            break;
        case FactKind::Symptom:
            if (h.aux >= 0 && h.aux < m_facts.symptomNames().size())
                f.symptom = m_facts.symptomNames().at(h.aux);
            break;
        case FactKind::VenueScan:
        case FactKind::AreaStay:
            f.level = a.fact.level;
            if (h.home) {
                f.home = true;
                f.districtId = m_facts.districtId(person);
                f.endAt = h.end == FactStore::kOpenEnd ? kNever : h.end;
            } else {
                f.venueId = h.aux;
            }
            break;
        default:
            break;
        }
        return f;
    }

    qint64 ageYears(int person) const
    {
        const qint32 birth = m_facts.birthKey(person);
        if (birth == 0)
            return 0;
        return (m_today - birth) / 10000;
    }

    NodeResult walk(int person, const Condition& c, const std::vector<quint32>& factAtoms, std::size_t& cursor,
                    bool collect)
    {
        using Op = Condition::Op;
        NodeResult r;
        switch (c.op) {
        case Op::Fact: {
            const quint32 index = factAtoms[cursor++];
            const AtomDetail& d = detail(person, index);
            r.value = d.value;
            r.since = d.since;
            r.until = d.until;
            if (!collect || !r.value)
                return r;
            const Atom& a = m_rules.atoms()[index];
            if (!isEventFact(a.kind)) {
                ExplainedFact f;
                f.kind = a.kind;
                f.term = RulePrinter::printFact(a.fact);
                f.years = isAgeFact(a.kind) ? ageYears(person) : 0;
                r.facts.append(f);
                return r;
            }
            // The latest few events, oldest first.
            std::vector<Hit> hits = d.hits;
            std::sort(hits.begin(), hits.end(), [](const Hit& x, const Hit& y) { return x.start < y.start; });
            constexpr std::size_t kListed = 3;
            const std::size_t from = hits.size() > kListed ? hits.size() - kListed : 0;
            for (std::size_t i = from; i < hits.size(); ++i)
                r.facts.append(describeHit(person, a, hits[i]));
            if (from > 0 && !r.facts.isEmpty())
                r.facts.first().more = static_cast<qint64>(from);
            return r;
        }
        case Op::Not: {
            NodeResult child = walk(person, c.children.front(), factAtoms, cursor, collect);
            r.value = !child.value;
            r.since = child.since;
            r.until = child.until;
            if (collect && r.value) {
                ExplainedFact f;
                const Condition& inner = c.children.front();
                f.kind = inner.op == Op::Fact ? inner.fact.kind : FactKind::PositiveTest;
                f.term = RulePrinter::printCondition(inner);
                f.absent = true;
                r.facts.append(f);
            }
            return r;
        }
        case Op::And:
        case Op::Or: {
            const bool isAnd = c.op == Op::And;
            std::vector<NodeResult> children;
            children.reserve(c.children.size());
            for (const Condition& child : c.children)
                children.push_back(walk(person, child, factAtoms, cursor, collect));
            r.value = isAnd;
            for (const NodeResult& n : children)
                r.value = isAnd ? (r.value && n.value) : (r.value || n.value);
            // All children with the node's value keep it (and: all true / or: all false) -> the latest since,
            // the earliest until; otherwise any child with the node's value keeps it -> earliest since,
            // latest until.
            const bool all = isAnd == r.value;
            r.since = all ? kUnknown : kNever;
            r.until = all ? kNever : kUnknown;
            for (const NodeResult& n : children) {
                if (n.value != r.value)
                    continue;
                if (all) {
                    r.since = std::max(r.since, n.since);
                    r.until = std::min(r.until, n.until);
                } else {
                    r.since = std::min(r.since, n.since);
                    r.until = std::max(r.until, n.until);
                }
                if (collect && r.value)
                    r.facts.append(n.facts);
            }
            if (r.since == kNever)
                r.since = kUnknown;
            if (r.until == kUnknown)
                r.until = kNever;
            return r;
        }
        }
        return r;
    }
};

} // namespace

Result<Evaluation> Evaluator::evaluateAll(const FactStore& facts, const CompiledRules& rules, qint64 now,
                                          const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    Evaluation ev;
    ev.now = now;
    ev.ruleSetVersion = rules.version();
    const int n = facts.personCount();
    const auto size = static_cast<std::size_t>(n);
    ev.colours.assign(size, static_cast<quint8>(Colour::Green));
    ev.rules.assign(size, -1);
    ev.since.assign(size, Explanation::kUnknown);
    ev.until.assign(size, Explanation::kNever);
    Machine machine(facts, rules, now);
    constexpr int kProgressEvery = 1 << 15;
    for (int p = 0; p < n; ++p) {
        if (progress && (p % kProgressEvery) == 0 && !progress(p, n))
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("hc::rules::Evaluator", "The evaluation was cancelled."));
        const auto [colour, rule] = machine.evaluate(p);
        const auto i = static_cast<std::size_t>(p);
        ev.colours[i] = static_cast<quint8>(colour);
        ev.rules[i] = rule;
        ++ev.counts[static_cast<std::size_t>(colour)];
        if (colour != Colour::Green)
            std::tie(ev.since[i], ev.until[i]) = machine.timing(p, colour);
    }
    if (progress)
        progress(n, n);
    ev.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    qCDebug(lcRules) << "evaluated" << n << "people with rule set version" << rules.version() << "in" << ev.seconds
                     << "s";
    return ev;
}

Explanation Evaluator::explain(const FactStore& facts, const CompiledRules& rules, int personIndex, qint64 now)
{
    Machine machine(facts, rules, now);
    return machine.explain(personIndex);
}

} // namespace hc::rules
