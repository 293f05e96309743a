#include "Colour.h"

#include <QCoreApplication>

namespace hc::rules {

QString colourKey(Colour colour)
{
    switch (colour) {
    case Colour::Green:
        return QStringLiteral("green");
    case Colour::Yellow:
        return QStringLiteral("yellow");
    case Colour::Red:
        return QStringLiteral("red");
    }
    return QStringLiteral("green");
}

std::optional<Colour> colourFromKey(QStringView key)
{
    for (Colour c : {Colour::Green, Colour::Yellow, Colour::Red}) {
        if (key.compare(colourKey(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString colourDisplayName(Colour colour)
{
    switch (colour) {
    case Colour::Green:
        return QCoreApplication::translate("hc::rules::Colour", "Green");
    case Colour::Yellow:
        return QCoreApplication::translate("hc::rules::Colour", "Yellow");
    case Colour::Red:
        return QCoreApplication::translate("hc::rules::Colour", "Red");
    }
    return {};
}

QString colourInSentence(Colour colour)
{
    switch (colour) {
    case Colour::Green:
        return QCoreApplication::translate("hc::rules::Colour", "green", "in a sentence");
    case Colour::Yellow:
        return QCoreApplication::translate("hc::rules::Colour", "yellow", "in a sentence");
    case Colour::Red:
        return QCoreApplication::translate("hc::rules::Colour", "red", "in a sentence");
    }
    return {};
}

} // namespace hc::rules
