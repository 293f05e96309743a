#pragma once
// The heatmap page's queries, answered from the rollups only (raw scans are never aggregated here):
// a frame of cells and area totals for a window, the hourly series for play-back, the top venues.
// Every answer is scope-checked against the session and passed through small-cell suppression.
//
// Suppression (k = Settings::HeatmapSuppressionThreshold, never below 5): within one answer, every
// figure with fewer than k distinct people is suppressed and carries no numbers. The decision is made on
// the whole city for all three colours at once - cells (split at district borders) inside districts
// inside the city, each for green, yellow, red and all colours - and every published sum (city, district,
// cell "all colours") has its suppressed parts add up to at least k distinct people, suppressing the
// smallest visible parts where needed. So a frame for a district or a colour filter shows exactly the
// figures the city frame shows for it, and no shown figure minus other shown figures isolates a group of
// fewer than k people. The hourly series uses the same totals-level decisions as a one-hour frame.
// Not covered by suppression alone: differences between answers for different, overlapping windows
// (a day frame minus the frames of all its hours but one). Exact counts per window
// cannot rule that out; limiting windows to whole hours narrows it. Publishing rounded or noisy
// counts is the remedy if that is needed.

#include "Grid.h"
#include "HeatmapQuery.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <functional>

namespace hc::heatmap {

class Heatmap final
{
public:
    static constexpr int kMinimumThreshold = 5;
    static constexpr int kMaxWindowDays = 400;

    // k from the settings, never below kMinimumThreshold.
    static int threshold();

    static Result<HeatmapFrame> frame(const db::Database& db, const auth::Session& session, const HeatmapQuery& query);
    // The one-hour frames of the window in order (play-back), each what frame() gives for that hour, with the
    // checks and the configuration read once; each may return false to stop (the result is then Cancelled).
    static Status hourFrames(const db::Database& db, const auth::Session& session, const HeatmapQuery& query,
                             const std::function<bool(HeatmapFrame&&)>& each);
    // Start (UTC seconds) of the last hour with scans in the city or district; 0 when it has none.
    static Result<qint64> lastHourWithData(const db::Database& db, const auth::Session& session, qint64 jurisdictionId);
    // One figure per hour of the window for the city or district asked for.
    static Result<QList<HourFigure>> hourly(const db::Database& db, const auth::Session& session,
                                            const HeatmapQuery& query);
    // The venues with the most scans (of the colour asked for) over the days overlapping the window.
    static Result<TopVenues> topVenues(const db::Database& db, const auth::Session& session, const HeatmapQuery& query,
                                       int limit = 10);
    // The grid the rollups use, to draw cells.
    static Result<Grid> grid(const db::Database& db);
};

} // namespace hc::heatmap
