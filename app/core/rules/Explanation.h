#pragma once
// Why a person has their colour: the rule (and rule set version) that decided it, the facts that matched
// (which event, at what time), since when, and how and when the colour turns back. Stored with the status
// as JSON (statuses.facts) so that the person's page can show it in the reader's language; ExplanationText
// renders it as a sentence.

#include "Colour.h"
#include "Fact.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace hc::rules {

struct ExplainedFact
{
    FactKind kind = FactKind::PositiveTest;
    bool absent = false; // matched through "not": the fact is absent
    QString term;        // the rule's words for it: "a positive test within 14 days"
    qint64 eventId = 0;  // row id: test_results, close_contacts, scan_events, symptom_declarations, risk_areas
    qint64 at = 0;       // event time; home stays: designated from
    qint64 endAt = 0;    // home stays: designated until (kNever: still designated)
    bool home = false;   // area stay because the home district is designated
    TestKind testKind = TestKind::Any;
    RiskLevel level = RiskLevel::High;
    qint64 venueId = 0;
    qint64 districtId = 0;
    QString symptom;
    qint64 years = 0; // age facts: the person's age in years
    qint64 more = 0;  // further matching events not listed
};

struct Explanation
{
    static constexpr qint64 kUnknown = std::numeric_limits<qint64>::min();
    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();

    qint64 personId = 0;
    qint64 evaluatedAt = 0;
    int ruleSetVersion = 0;
    Colour colour = Colour::Green;
    qint64 since = kUnknown; // the facts show the colour since then
    qint64 until = kNever;   // the colour ends then unless new facts arrive (windows expiring)
    int ruleIndex = -1;      // in the rule set; -1 for green
    QString ruleId;
    QString ruleName;
    QString ruleAltName;
    Clearance turnBack;                // of the deciding rule
    Clearance factTurnBack;            // a matched fact's own "unless ... after it" (when the rule has no turn-back)
    Colour nextColour = Colour::Green; // what remains when this rule stops matching
    QList<ExplainedFact> facts;
    QStringList otherRules; // ids of other rules that matched too

    QJsonObject toJson() const;
    static std::optional<Explanation> fromJson(const QJsonObject& json);
};

} // namespace hc::rules
