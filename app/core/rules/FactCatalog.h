#pragma once
// What the structured rule editor offers: every fact kind with its translated label, the words it reads as,
// and its parameters with their ranges, so officials build conditions by choosing instead of typing.

#include "Fact.h"

#include <QList>
#include <QString>

#include <optional>

namespace hc::rules {

struct FactParameter
{
    enum class Type : quint8
    {
        Count,     // "at least N" (integer)
        Window,    // amount + unit (days / hours)
        Years,     // integer
        TestKind,  // any / PCR / antigen
        RiskLevel, // high / medium / low
        Unless,    // optional clearance: N negative tests, kind, spacing
    };
    Type type = Type::Count;
    QString key;   // "window"
    QString label; // translated
    qint64 minimum = 0;
    qint64 maximum = 0;
};

struct FactKindInfo
{
    FactKind kind = FactKind::PositiveTest;
    QString key;         // stable, for JSON and settings: "positive_test"
    QString label;       // translated: "Positive test"
    QString description; // translated, one sentence for a tooltip
    bool dated = false;  // has a window; can be counted and cleared
    QList<FactParameter> parameters;
    Fact example; // a sensible starting value for the editor
};

class FactCatalog final
{
public:
    static QList<FactKindInfo> all();
    static FactKindInfo info(FactKind kind);
    static QString key(FactKind kind);
    static std::optional<FactKind> kindFromKey(const QString& key);
    static Fact defaultFact(FactKind kind);

    // Translated labels for the choices of parameters.
    static QString testKindLabel(TestKind kind);
    static QString riskLevelLabel(RiskLevel level);
    static QString timeUnitLabel(TimeUnit unit);
    static QList<TestKind> testKinds();
    static QList<RiskLevel> riskLevels();
};

} // namespace hc::rules
