#include "ScanColour.h"

#include <QCoreApplication>

namespace hc::heatmap {

QString ScanColours::key(ScanColour c)
{
    switch (c) {
    case ScanColour::Green:
        return QStringLiteral("green");
    case ScanColour::Yellow:
        return QStringLiteral("yellow");
    case ScanColour::Red:
        return QStringLiteral("red");
    }
    return {};
}

std::optional<ScanColour> ScanColours::fromKey(const QString& key)
{
    if (key == QLatin1String("green"))
        return ScanColour::Green;
    if (key == QLatin1String("yellow"))
        return ScanColour::Yellow;
    if (key == QLatin1String("red"))
        return ScanColour::Red;
    return std::nullopt;
}

std::optional<ScanColour> ScanColours::parse(const QString& text)
{
    QString t = text.trimmed().toLower();
    if (t.endsWith(QStringLiteral("码")))
        t.chop(1);
    if (t == QLatin1String("green") || t == QLatin1String("g") || t == QStringLiteral("绿"))
        return ScanColour::Green;
    if (t == QLatin1String("yellow") || t == QLatin1String("y") || t == QStringLiteral("黄"))
        return ScanColour::Yellow;
    if (t == QLatin1String("red") || t == QLatin1String("r") || t == QStringLiteral("红"))
        return ScanColour::Red;
    return std::nullopt;
}

QString ScanColours::displayName(ScanColour c)
{
    switch (c) {
    case ScanColour::Green:
        return QCoreApplication::translate("hc::heatmap", "green");
    case ScanColour::Yellow:
        return QCoreApplication::translate("hc::heatmap", "yellow");
    case ScanColour::Red:
        return QCoreApplication::translate("hc::heatmap", "red");
    }
    return {};
}

} // namespace hc::heatmap
