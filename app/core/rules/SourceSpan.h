#pragma once
// A place in rule text. offset and length count UTF-16 code units (QString indices, what a text editor
// selects); line and column are 1-based, the column counting Unicode code points (what a person counts).

#include <QtGlobal>

namespace hc::rules {

struct SourceSpan
{
    qint32 offset = -1;
    qint32 length = 0;
    qint32 line = 0;
    qint32 column = 0;

    bool isValid() const { return offset >= 0; }
    qint32 end() const { return offset + length; }
    // The span from the start of a to the end of b (either may be invalid).
    static SourceSpan cover(const SourceSpan& a, const SourceSpan& b)
    {
        if (!a.isValid())
            return b;
        if (!b.isValid())
            return a;
        SourceSpan s = a;
        s.length = qMax(a.end(), b.end()) - a.offset;
        return s;
    }
};

} // namespace hc::rules
