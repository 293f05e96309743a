#pragma once
// Demo mode only: the trainer picks a scenario (built in or from a file), starts it and moves it on a day
// at a time; the page shows the day's narrative and the trainee's tasks. Each step runs in the background
// and re-evaluates everyone's status; the console's clock follows the scenario's.

#include "Page.h"
#include "auth/Session.h"
#include "db/Database.h"
#include "training/ScenarioRunner.h"

#include <memory>
#include <optional>

namespace Ui {
class TrainingPage;
}

namespace hc::gui {

class BackgroundJob;

class TrainingPage final : public Page
{
    Q_OBJECT
public:
    TrainingPage(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~TrainingPage() override;

    QString title() const override { return tr("Training"); }
    QIcon icon() const override;
    const std::optional<training::ScenarioState>& state() const { return m_state; }
    // Adds a scenario (tests, and "Open scenario file…") and selects it.
    void addScenario(const training::Scenario& scenario);
    // "Outbreak: day 2 of 5", or empty when no scenario runs.
    QString bannerText() const;

Q_SIGNALS:
    void scenarioChanged(const QString& bannerText);

private:
    void show(int index);
    void showState();
    void openFile();
    void advance();
    void stepFinished();
    const training::Scenario* current() const;

    std::unique_ptr<Ui::TrainingPage> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    QList<training::Scenario> m_scenarios;
    std::optional<training::ScenarioState> m_state;
    BackgroundJob* m_job = nullptr;
    std::optional<Result<training::ScenarioState>> m_result;
};

} // namespace hc::gui
