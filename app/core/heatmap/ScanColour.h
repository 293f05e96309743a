#pragma once
// The colour a code showed when it was scanned, as stored (text in scan_events, a small number in rollups).

#include <QString>

#include <optional>

namespace hc::heatmap {

enum class ScanColour
{
    Green = 0,
    Yellow = 1,
    Red = 2
};
inline constexpr int kScanColours = 3;

class ScanColours final
{
public:
    static QString key(ScanColour c); // "green", as in scan_events.colour
    static std::optional<ScanColour> fromKey(const QString& key);
    // Also what providers write: 绿/黄/红, 绿码/黄码/红码, G/Y/R, any case.
    static std::optional<ScanColour> parse(const QString& text);
    static QString displayName(ScanColour c); // translated
};

} // namespace hc::heatmap
