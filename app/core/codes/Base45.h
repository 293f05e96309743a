#pragma once
// Base45 (RFC 9285): bytes as text from the 45 characters of QR code alphanumeric mode.

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace hc::codes {

class Base45 final
{
public:
    enum class Problem
    {
        None,
        BadCharacter, // a character outside the alphabet
        BadLength,    // length % 3 == 1: a lone trailing character
        Overflow,     // a group encodes more than 65535 (three characters) or 255 (final two)
    };
    struct Failure
    {
        Problem problem = Problem::None;
        qsizetype position = -1; // 0-based index of the bad character or of the group's first character
        QChar character;         // BadCharacter: the character itself
        int value = 0;           // Overflow: the group's value
    };

    static QString alphabet();
    static QString encode(const QByteArray& bytes);
    // On failure the error names the 1-based character position; failure (if given) has the details.
    static Result<QByteArray> decode(QStringView text, Failure* failure = nullptr);
    // The translated message for failure, with positions shifted by offset (the characters before text).
    static QString describe(const Failure& failure, qsizetype offset = 0);
};

} // namespace hc::codes
