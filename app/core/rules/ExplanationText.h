#pragma once
// Renders an Explanation as a sentence in the reader's language, e.g.
//   "Red since 12 Mar 14:05 because: positive PCR test on 12 Mar (rule R3 "Confirmed case", version 7);
//    turns green after two negative tests 24 h apart."
// Venue and district names come from a lookup the caller fills (loadNames), ids are shown otherwise.

#include "Explanation.h"
#include "db/Database.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace hc::rules {

struct ExplanationNames
{
    QHash<qint64, QString> districts;
    QHash<qint64, QString> venues;
};

class ExplanationText final
{
public:
    struct Options
    {
        QLocale locale; // dates and the rule's display name
        QTimeZone timeZone = QTimeZone::systemTimeZone();
    };

    static QString render(const Explanation& e, const ExplanationNames& names, const Options& options);
    static QString render(const Explanation& e) { return render(e, {}, Options{}); }
    // One fact as a phrase: "positive PCR test on 12 Mar".
    static QString renderFact(const ExplainedFact& f, const ExplanationNames& names, const Options& options);

    // Names of the venues and districts the explanations mention (Chinese names for Chinese locales).
    static Result<ExplanationNames> loadNames(const db::Database& db, const QList<Explanation>& explanations,
                                              const QLocale& locale = QLocale());
};

} // namespace hc::rules
