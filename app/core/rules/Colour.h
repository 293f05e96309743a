#pragma once
// The three health code colours, ordered by severity: green < yellow < red.

#include <QString>
#include <QStringView>

#include <optional>

namespace hc::rules {

enum class Colour : quint8
{
    Green = 0,
    Yellow = 1,
    Red = 2
};

inline constexpr int kColourCount = 3;

// Stored and rule-text form: "green", "yellow", "red".
QString colourKey(Colour colour);
std::optional<Colour> colourFromKey(QStringView key); // case-insensitive
// Translated, capitalised for the start of a sentence ("Red", "红码").
QString colourDisplayName(Colour colour);
// Translated, for the middle of a sentence ("red", "红码").
QString colourInSentence(Colour colour);

} // namespace hc::rules
