#pragma once
// Where and when people are scanned, city by city: a city (and district), a time window, a colour of codes and
// a metric; the map of grid cells with the districts, hour-by-hour play-back over the window, the figures per
// hour by colour as a chart, the top venues and the districts. Everything comes from the rollups through
// heatmap::Heatmap on worker threads (the hours of a play-back are read ahead); suppressed figures are shown
// as suppressed everywhere, never as a number.

#include "Page.h"
#include "auth/Session.h"
#include "db/Database.h"
#include "heatmap/Geography.h"
#include "heatmap/HeatmapQuery.h"
#include "heatmap/HeatmapRenderer.h"

#include <QHash>

#include <array>
#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class HeatmapPage;
}

namespace hc::gui {

class BackgroundJob;
class HeatmapMapWidget;

class HeatmapPage final : public Page
{
    Q_OBJECT
public:
    HeatmapPage(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~HeatmapPage() override;

    QString title() const override { return tr("Heatmaps"); }
    QIcon icon() const override;
    void activate() override;

    // For tests and the screenshots.
    HeatmapMapWidget* mapWidget() const;
    bool isBusy() const;
    // The hour shown (0 = the first hour of the window), or -1 for the whole window.
    int hourIndex() const { return m_hour; }
    int hourCount() const;
    int hoursLoaded() const { return static_cast<int>(m_hourFrames.size()); }
    // The window asked for (UTC seconds, whole hours).
    qint64 windowFrom() const { return m_from; }
    qint64 windowTo() const { return m_to; }
    void setWindow(const QDateTime& from, const QDateTime& to);
    // Writes what the map shows as .png or its figures as .csv.
    Status exportTo(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Loaded
    {
        heatmap::HeatmapFrame frame;
        std::array<QList<heatmap::HourFigure>, heatmap::kScanColours> hourly;
        heatmap::TopVenues venues;
    };

    void loadCities();
    void citySelected();
    void districtSelected();
    void areaActivated(qint64 id);
    void showLastDay();
    void scheduleReload();
    void reload();
    void startLoad();
    void startHours();
    void jobStopped();
    void loadArrived(int generation, const Result<Loaded>& result);
    void hourFrameArrived(int generation, const heatmap::HeatmapFrame& frame);
    void hoursArrived(int generation, const Status& status);
    void showWholeWindow();
    void showHour(int index);
    void togglePlay(bool play);
    void step();
    void metricChanged();
    void showFrame(const heatmap::HeatmapFrame& frame, const QString& title);
    void updateChart();
    void updateChartMarker();
    void updateTables();
    void updateHourLabel();
    void updateActions();
    void exportMap();
    void exportFigures();
    void fail(const QString& message);

    qint64 jurisdiction() const;
    std::optional<heatmap::ScanColour> colour() const;
    heatmap::HeatmapMetric chosenMetric() const;
    QString areaName(qint64 id) const;
    qint64 hourMaximum() const;

    std::unique_ptr<Ui::HeatmapPage> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    std::optional<heatmap::Geography> m_geography;
    BackgroundJob* m_loadJob = nullptr;
    BackgroundJob* m_hoursJob = nullptr;
    QTimer* m_reloadTimer = nullptr;
    QTimer* m_playTimer = nullptr;
    bool m_reloadPending = false;
    bool m_deferred = false; // a reading waits for the page to be shown
    bool m_loading = false;
    bool m_readingHours = false;
    int m_generation = 0;
    qint64 m_from = 0;
    qint64 m_to = 0;
    heatmap::HeatmapQuery m_query;
    std::optional<Loaded> m_loaded;
    QHash<int, heatmap::HeatmapFrame> m_hourFrames;
    std::array<qint64, 2> m_hourMaximum{}; // the largest shown cell figure over the hours read: scans, people
    int m_hour = -1;
    bool m_showing = false;
};

} // namespace hc::gui
