#pragma once
// One token of rule text, produced by RuleLexer.

#include "SourceSpan.h"

#include <QString>

namespace hc::rules {

struct RuleToken
{
    enum class Type : quint8
    {
        Word,
        Number,
        String,
        Colon,
        Period,
        Comma,
        LParen,
        RParen,
        Slash,
        Invalid,
        End
    };

    Type type = Type::End;
    QString text;          // Word: as written; String: the decoded value
    qint64 number = 0;     // Number (may be negative)
    bool overflow = false; // Number: more than limits::kMaxNumber
    bool atLineStart = false;
    SourceSpan span;

    bool isWord(QLatin1String word) const { return type == Type::Word && text.compare(word, Qt::CaseInsensitive) == 0; }
};

} // namespace hc::rules
