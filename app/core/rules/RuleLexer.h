#pragma once
// Splits rule text into tokens: English words, whole numbers, quoted strings (any script, with \" \\ \n
// \t \r \u{hex} escapes; "..." or “...”) and the punctuation : . , ( ) /. Problems become diagnostics and
// Invalid tokens, so the parser can report them at the right rule and go on.

#include "Diagnostic.h"
#include "RuleToken.h"

#include <QList>
#include <QString>

namespace hc::rules {

class RuleLexer final
{
public:
    // The last token is always End.
    static QList<RuleToken> tokenize(const QString& text, QList<Diagnostic>* diagnostics);
};

} // namespace hc::rules
