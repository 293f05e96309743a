#pragma once
// The console's home page: the state of the official's jurisdiction at a glance (people by colour now and
// over 30 days, the last day's colour changes and their rules, what waits for this official's decision with
// the step to take it, overrides ending soon, misuse signals, the last imports and audit checks), every figure
// from core (overview::Overview) in the official's scope with small counts suppressed.

#include "Page.h"
#include "auth/Session.h"
#include "db/Database.h"
#include "overview/Overview.h"

#include <memory>

namespace Ui {
class OverviewPage;
}

class QTimer;

namespace hc::gui {

class BackgroundJob;

class OverviewPage final : public Page
{
    Q_OBJECT
public:
    OverviewPage(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~OverviewPage() override;

    QString title() const override { return tr("Overview"); }
    QIcon icon() const override;
    void activate() override;
    const overview::OverviewData& data() const { return m_data; }
    // Milliseconds the last refresh took.
    qint64 lastLoadMs() const { return m_lastLoadMs; }

    // Writes the daily report of day for the official's jurisdiction to path (.pdf or .csv) on a worker thread;
    // reportFinished() follows. False while a report is being written.
    bool saveReport(const QString& path, const QDate& day);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The official wants the page with this objectName (RulesPage, OverridesPage) to act there.
    void pageRequested(const QString& pageName);
    void reportFinished(bool ok, const QString& message);

private:
    void showCounts();
    void showChart();
    void showDistricts();
    void districtChanged();
    void showChanges();
    void showPending();
    void showLists();
    void pendingSelectionChanged();
    void openSelected();
    void decideSelected(bool approve);
    void chooseReportFile();

    std::unique_ptr<Ui::OverviewPage> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    overview::OverviewData m_data;
    overview::ColourSeries m_chart; // what the chart shows: the whole scope or the chosen district
    qint64 m_lastLoadMs = 0;
    QTimer* m_refreshTimer = nullptr;
    BackgroundJob* m_reportJob = nullptr;
    QString m_reportPath;
    Status m_reportStatus;
};

} // namespace hc::gui
