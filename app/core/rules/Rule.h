#pragma once
// One rule of a rule set: "Rule R3 "Confirmed case": red when <condition>." with how its colour turns back.

#include "Colour.h"
#include "Condition.h"

#include <QLocale>
#include <QString>

namespace hc::rules {

struct Rule
{
    QString id;      // R3: letters, digits, '_' and '-', starting with a letter; unique in the set
    QString name;    // any script
    QString altName; // optional second name, by convention in Chinese: "Confirmed case" / "确诊病例"
    Colour colour = Colour::Yellow;
    Condition condition;
    // How the colour turns back besides the windows expiring: not set: "when the window expires";
    // set: "after N negative tests D apart" following the dated facts that matched.
    Clearance turnBack;
    QString description; // optional, any script

    SourceSpan span; // the whole rule
    SourceSpan idSpan;
    SourceSpan nameSpan;
    SourceSpan colourSpan;
    SourceSpan turnBackSpan;

    // The name to show: altName for Chinese locales when present, otherwise name.
    QString displayName(const QLocale& locale = QLocale()) const;
    // Structural equality; source positions are ignored.
    bool operator==(const Rule& o) const;
    bool operator!=(const Rule& o) const { return !(*this == o); }
};

} // namespace hc::rules
