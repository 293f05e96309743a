#pragma once
// One fact term of a rule condition ("a positive PCR test within 14 days", "age over 60") with its
// parameters, as the parser reads it and the structured editor builds it. Only the parameters that
// belong to the kind are meaningful; equality compares exactly those.

#include "SourceSpan.h"

#include <QString>

namespace hc::rules {

enum class FactKind : quint8
{
    PositiveTest, // a positive [PCR|antigen] test within W
    NegativeTest, // a negative [PCR|antigen] test within W
    CloseContact, // a close contact designation within W
    VenueScan,    // a scan at a <level>-risk venue while designated within W
    AreaStay,     // a stay in a <level>-risk area within W (home district designated, or scans in such a district)
    Symptom,      // a declared symptom within W
    AgeOver,      // age over N (has had the Nth birthday)
    AgeUnder,     // age under N (has not yet had the Nth birthday)
    NoSmartphone, // no smartphone
};
inline constexpr int kFactKindCount = 9;

enum class TestKind : quint8
{
    Any,
    Pcr,
    Antigen
};
enum class RiskLevel : quint8
{
    Low,
    Medium,
    High
};
enum class TimeUnit : quint8
{
    Hours,
    Days
};

// Dated facts have a window and can be counted and cleared; the others describe the person.
bool isEventFact(FactKind kind);
bool isTestFact(FactKind kind);
bool hasRiskLevel(FactKind kind);
bool isAgeFact(FactKind kind);

struct Duration
{
    qint64 amount = 0;
    TimeUnit unit = TimeUnit::Days;

    // Saturates instead of overflowing for absurd amounts (the validator refuses those).
    qint64 seconds() const;
    bool isZero() const { return amount == 0; }
    // A zero duration is the same in any unit.
    bool operator==(const Duration& o) const { return amount == o.amount && (amount == 0 || unit == o.unit); }
    bool operator!=(const Duration& o) const { return !(*this == o); }
};

// "N negative [PCR|antigen] tests [D apart]" after an event: the event no longer counts.
struct Clearance
{
    qint64 tests = 0; // 0: none
    TestKind testKind = TestKind::Any;
    Duration apart{0, TimeUnit::Hours};
    SourceSpan span;

    bool isSet() const { return tests != 0; }
    bool operator==(const Clearance& o) const
    {
        return tests == o.tests && (tests == 0 || (testKind == o.testKind && apart == o.apart));
    }
    bool operator!=(const Clearance& o) const { return !(*this == o); }
};

struct Fact
{
    FactKind kind = FactKind::PositiveTest;
    qint64 count = 1;                    // dated facts: "at least N"
    TestKind testKind = TestKind::Any;   // tests
    RiskLevel level = RiskLevel::High;   // venue scans and area stays
    Duration window{14, TimeUnit::Days}; // dated facts
    qint64 years = 0;                    // age facts
    Clearance unless;                    // dated facts: "unless N negative tests ... after it"

    SourceSpan span;       // the whole term
    SourceSpan countSpan;  // "at least N": N
    SourceSpan windowSpan; // "within N days": the whole window phrase
    SourceSpan yearsSpan;

    bool operator==(const Fact& o) const;
    bool operator!=(const Fact& o) const { return !(*this == o); }
};

// Attribute bits stored per event in the condensed facts (FactStore) and matched by compiled rules.
quint8 testKindMask(TestKind kind); // Any: PCR|antigen
quint8 riskLevelBit(RiskLevel level);

QString testKindKey(TestKind kind);    // "any", "pcr", "antigen"
QString riskLevelKey(RiskLevel level); // "low", "medium", "high"

} // namespace hc::rules
