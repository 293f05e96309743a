#include "Explanation.h"

#include "FactCatalog.h"

#include <QJsonArray>

namespace hc::rules {

namespace {

QJsonValue time(qint64 t)
{
    if (t == Explanation::kUnknown || t == Explanation::kNever)
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(t);
}

qint64 timeFrom(const QJsonValue& v, qint64 fallback)
{
    return v.isDouble() ? static_cast<qint64>(v.toDouble()) : fallback;
}

std::optional<TestKind> testKindFrom(const QString& key)
{
    for (TestKind k : FactCatalog::testKinds()) {
        if (testKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

std::optional<RiskLevel> levelFrom(const QString& key)
{
    for (RiskLevel l : FactCatalog::riskLevels()) {
        if (riskLevelKey(l) == key)
            return l;
    }
    return std::nullopt;
}

QJsonObject clearanceJson(const Clearance& c)
{
    QJsonObject tb;
    tb.insert(QStringLiteral("tests"), c.tests);
    tb.insert(QStringLiteral("testKind"), testKindKey(c.testKind));
    tb.insert(QStringLiteral("apart"), c.apart.amount);
    tb.insert(QStringLiteral("apartUnit"),
              c.apart.unit == TimeUnit::Days ? QStringLiteral("days") : QStringLiteral("hours"));
    return tb;
}

Clearance clearanceFrom(const QJsonObject& tb)
{
    Clearance c;
    if (tb.isEmpty())
        return c;
    c.tests = tb.value(QStringLiteral("tests")).toInt();
    c.testKind = testKindFrom(tb.value(QStringLiteral("testKind")).toString()).value_or(TestKind::Any);
    c.apart.amount = tb.value(QStringLiteral("apart")).toInt();
    c.apart.unit =
        tb.value(QStringLiteral("apartUnit")).toString() == QLatin1String("days") ? TimeUnit::Days : TimeUnit::Hours;
    return c;
}

} // namespace

QJsonObject Explanation::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), 1);
    o.insert(QStringLiteral("person"), personId);
    o.insert(QStringLiteral("evaluatedAt"), evaluatedAt);
    o.insert(QStringLiteral("version"), ruleSetVersion);
    o.insert(QStringLiteral("colour"), colourKey(colour));
    o.insert(QStringLiteral("since"), time(since));
    o.insert(QStringLiteral("until"), time(until));
    if (ruleIndex >= 0) {
        o.insert(QStringLiteral("ruleIndex"), ruleIndex);
        o.insert(QStringLiteral("rule"), ruleId);
        o.insert(QStringLiteral("ruleName"), ruleName);
        if (!ruleAltName.isEmpty())
            o.insert(QStringLiteral("ruleAltName"), ruleAltName);
        o.insert(QStringLiteral("next"), colourKey(nextColour));
        if (turnBack.isSet())
            o.insert(QStringLiteral("turnBack"), clearanceJson(turnBack));
        if (factTurnBack.isSet())
            o.insert(QStringLiteral("factTurnBack"), clearanceJson(factTurnBack));
    }
    QJsonArray facts;
    for (const ExplainedFact& f : this->facts) {
        QJsonObject j;
        j.insert(QStringLiteral("fact"), FactCatalog::key(f.kind));
        j.insert(QStringLiteral("term"), f.term);
        if (f.absent)
            j.insert(QStringLiteral("absent"), true);
        if (f.eventId)
            j.insert(QStringLiteral("id"), f.eventId);
        if (isEventFact(f.kind) && !f.absent) {
            j.insert(QStringLiteral("at"), time(f.at));
            if (f.home) {
                j.insert(QStringLiteral("home"), true);
                j.insert(QStringLiteral("to"), time(f.endAt));
            }
        }
        if (isTestFact(f.kind) && !f.absent)
            j.insert(QStringLiteral("testKind"), testKindKey(f.testKind));
        if (hasRiskLevel(f.kind))
            j.insert(QStringLiteral("level"), riskLevelKey(f.level));
        if (f.venueId)
            j.insert(QStringLiteral("venue"), f.venueId);
        if (f.districtId)
            j.insert(QStringLiteral("district"), f.districtId);
        if (!f.symptom.isEmpty())
            j.insert(QStringLiteral("symptom"), f.symptom);
        if (isAgeFact(f.kind))
            j.insert(QStringLiteral("years"), f.years);
        if (f.more)
            j.insert(QStringLiteral("more"), f.more);
        facts.append(j);
    }
    o.insert(QStringLiteral("facts"), facts);
    if (!otherRules.isEmpty())
        o.insert(QStringLiteral("others"), QJsonArray::fromStringList(otherRules));
    return o;
}

std::optional<Explanation> Explanation::fromJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("v")).toInt() != 1)
        return std::nullopt;
    const auto colour = colourFromKey(o.value(QStringLiteral("colour")).toString());
    if (!colour)
        return std::nullopt;
    Explanation e;
    e.personId = static_cast<qint64>(o.value(QStringLiteral("person")).toDouble());
    e.evaluatedAt = static_cast<qint64>(o.value(QStringLiteral("evaluatedAt")).toDouble());
    e.ruleSetVersion = o.value(QStringLiteral("version")).toInt();
    e.colour = *colour;
    e.since = timeFrom(o.value(QStringLiteral("since")), kUnknown);
    e.until = timeFrom(o.value(QStringLiteral("until")), kNever);
    e.ruleIndex = o.value(QStringLiteral("ruleIndex")).toInt(-1);
    e.ruleId = o.value(QStringLiteral("rule")).toString();
    e.ruleName = o.value(QStringLiteral("ruleName")).toString();
    e.ruleAltName = o.value(QStringLiteral("ruleAltName")).toString();
    e.nextColour = colourFromKey(o.value(QStringLiteral("next")).toString()).value_or(Colour::Green);
    e.turnBack = clearanceFrom(o.value(QStringLiteral("turnBack")).toObject());
    e.factTurnBack = clearanceFrom(o.value(QStringLiteral("factTurnBack")).toObject());
    const QJsonArray facts = o.value(QStringLiteral("facts")).toArray();
    for (const QJsonValue& v : facts) {
        const QJsonObject j = v.toObject();
        const auto kind = FactCatalog::kindFromKey(j.value(QStringLiteral("fact")).toString());
        if (!kind)
            return std::nullopt;
        ExplainedFact f;
        f.kind = *kind;
        f.term = j.value(QStringLiteral("term")).toString();
        f.absent = j.value(QStringLiteral("absent")).toBool();
        f.eventId = static_cast<qint64>(j.value(QStringLiteral("id")).toDouble());
        f.at = timeFrom(j.value(QStringLiteral("at")), 0);
        f.home = j.value(QStringLiteral("home")).toBool();
        f.endAt = timeFrom(j.value(QStringLiteral("to")), kNever);
        f.testKind = testKindFrom(j.value(QStringLiteral("testKind")).toString()).value_or(TestKind::Any);
        f.level = levelFrom(j.value(QStringLiteral("level")).toString()).value_or(RiskLevel::High);
        f.venueId = static_cast<qint64>(j.value(QStringLiteral("venue")).toDouble());
        f.districtId = static_cast<qint64>(j.value(QStringLiteral("district")).toDouble());
        f.symptom = j.value(QStringLiteral("symptom")).toString();
        f.years = static_cast<qint64>(j.value(QStringLiteral("years")).toDouble());
        f.more = static_cast<qint64>(j.value(QStringLiteral("more")).toDouble());
        e.facts.append(f);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("others")).toArray())
        e.otherRules.append(v.toString());
    return e;
}

} // namespace hc::rules
