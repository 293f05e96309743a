#pragma once
// The words of the rule editor in the reader's language: fact kinds, test kinds, risk levels, time units
// and a fact described as a short phrase; and the combo boxes that offer them.

#include "rules/Condition.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;

namespace hc::gui {

class RuleTerms final
{
    Q_DECLARE_TR_FUNCTIONS(hc::gui::RuleTerms)
public:
    static QString factKindName(rules::FactKind kind);
    static QString testKindName(rules::TestKind kind);
    static QString levelName(rules::RiskLevel level);
    static QString durationText(const rules::Duration& duration);
    static QString clearanceText(const rules::Clearance& clearance);
    // "Positive test (PCR), at least 2, within 14 days, unless 2 negative tests 24 hours apart after it"
    static QString describeFact(const rules::Fact& fact);
    static QString describeNode(const rules::Condition& node);

    // Items carry the enum value as their data.
    static void fillFactKinds(QComboBox* box);
    static void fillTestKinds(QComboBox* box);
    static void fillLevels(QComboBox* box);
    static void fillUnits(QComboBox* box);
    // Selects the item whose data is value.
    static void select(QComboBox* box, int value);
    static int selected(const QComboBox* box);
};

} // namespace hc::gui
