#include "TrainingPage.h"
#include "training/ui_TrainingPage.h"

#include "util/BackgroundJob.h"
#include "util/Clock.h"
#include "util/MessageBox.h"

#include <QDateTime>
#include <QFileDialog>
#include <QStyle>

namespace hc::gui {

using training::Scenario;
using training::ScenarioRunner;

TrainingPage::TrainingPage(const db::Database& db, const auth::Session& session, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::TrainingPage>()), m_db(db), m_session(session),
      m_job(new BackgroundJob(db, QStringLiteral("training-step"), this))
{
    m_ui->setupUi(this);
    m_scenarios = Scenario::builtIn();
    auto state = ScenarioRunner::state(db);
    if (state)
        m_state = state.value();
    // A console restarted in the middle of a scenario continues on the scenario's day.
    ScenarioRunner::applyClock(m_state);
    for (const Scenario& s : m_scenarios)
        m_ui->scenarioComboBox->addItem(s.title.text(), s.id);
    connect(m_ui->scenarioComboBox, &QComboBox::currentIndexChanged, this, &TrainingPage::show);
    connect(m_ui->nextStepButton, &QPushButton::clicked, this, &TrainingPage::advance);
    connect(m_ui->openFileButton, &QPushButton::clicked, this, &TrainingPage::openFile);
    connect(m_job, &BackgroundJob::finished, this, &TrainingPage::stepFinished);
    const int running = m_state ? m_ui->scenarioComboBox->findData(m_state->scenarioId) : -1;
    m_ui->scenarioComboBox->setCurrentIndex(running >= 0 ? running : 0);
    show(m_ui->scenarioComboBox->currentIndex());
}

TrainingPage::~TrainingPage() = default;

QIcon TrainingPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("applications-education"), style()->standardIcon(QStyle::SP_MediaPlay));
}

const Scenario* TrainingPage::current() const
{
    const int index = m_ui->scenarioComboBox->currentIndex();
    return index >= 0 && index < m_scenarios.size() ? &m_scenarios.at(index) : nullptr;
}

void TrainingPage::addScenario(const Scenario& scenario)
{
    for (int i = 0; i < m_scenarios.size(); ++i)
        if (m_scenarios.at(i).id == scenario.id) {
            m_scenarios[i] = scenario;
            m_ui->scenarioComboBox->setItemText(i, scenario.title.text());
            m_ui->scenarioComboBox->setCurrentIndex(i);
            show(i);
            return;
        }
    m_scenarios << scenario;
    m_ui->scenarioComboBox->addItem(scenario.title.text(), scenario.id);
    m_ui->scenarioComboBox->setCurrentIndex(m_ui->scenarioComboBox->count() - 1);
}

QString TrainingPage::bannerText() const
{
    if (!m_state)
        return {};
    for (const Scenario& s : m_scenarios)
        if (s.id == m_state->scenarioId)
            return tr("Scenario \"%1\": day %2 of %3").arg(s.title.text()).arg(m_state->stepsDone).arg(s.steps.size());
    return tr("Scenario %1: day %2").arg(m_state->scenarioId).arg(m_state->stepsDone);
}

void TrainingPage::show(int)
{
    const Scenario* s = current();
    m_ui->summaryLabel->setText(s ? s->summary.text() : tr("No scenarios are installed."));
    showState();
}

void TrainingPage::showState()
{
    const Scenario* s = current();
    const bool mine = s && m_state && m_state->scenarioId == s->id;
    const bool other = m_state && !mine;
    const int done = mine ? m_state->stepsDone : 0;
    const bool busy = m_job->isRunning();
    m_ui->scenarioComboBox->setEnabled(!m_state && !busy);
    m_ui->openFileButton->setEnabled(!m_state && !busy);
    m_ui->nextStepButton->setText(done == 0 ? tr("&Start") : tr("&Next day"));
    m_ui->nextStepButton->setEnabled(s && !other && done < s->steps.size() && !busy);
    m_ui->tasksListWidget->clear();
    if (!s || done == 0) {
        m_ui->dayLabel->setText(other ? tr("Another scenario is running in this demo city.")
                                      : tr("Not started. Starting writes the first day's events into the demo city."));
        m_ui->narrativeLabel->clear();
        m_ui->narrativeLabel->hide();
    } else {
        const training::ScenarioStep& step = s->steps.at(done - 1);
        const QString date = QLocale().toString(Clock::nowUtc().toLocalTime().date(), QLocale::LongFormat);
        m_ui->dayLabel->setText(done == s->steps.size()
                                    ? tr("%1 (last day, %2). The scenario is complete.").arg(step.title.text(), date)
                                    : tr("%1 (%2)").arg(step.title.text(), date));
        m_ui->narrativeLabel->setText(step.narrative.text());
        m_ui->narrativeLabel->show();
        for (const training::LocalizedText& task : step.tasks) {
            auto* item = new QListWidgetItem(task.text(), m_ui->tasksListWidget);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    Q_EMIT scenarioChanged(bannerText());
}

void TrainingPage::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), QString(),
                                                      tr("Training scenarios (*.json)"));
    if (path.isEmpty())
        return;
    auto s = Scenario::load(path);
    if (!s) {
        MessageBox::warning(this, tr("Open Scenario"), tr("The scenario cannot be used."), s.error().message);
        return;
    }
    addScenario(s.value());
}

void TrainingPage::advance()
{
    const Scenario* s = current();
    if (!s)
        return;
    m_result.reset();
    const Scenario scenario = *s;
    const auth::Session session = m_session;
    const bool started = m_job->start(
        [this, scenario, session](Result<db::Database>& connection, const BackgroundJob::Progress& progress) {
            if (!connection) {
                m_result = connection.error();
                return;
            }
            m_result = ScenarioRunner::advance(connection.value(), session, scenario, progress);
        });
    if (!started)
        return;
    m_job->showProgress(this, tr("Next Scenario Day"), QStringLiteral("trainingProgressDialog"));
    showState();
}

void TrainingPage::stepFinished()
{
    if (m_result && !*m_result) {
        MessageBox::warning(this, tr("Training Scenario"), m_result->error().message);
    } else if (m_result) {
        m_state = m_result->value();
        ScenarioRunner::applyClock(m_state);
        Q_EMIT statusMessage(tr("Scenario day %1 has begun; statuses are up to date.").arg(m_state->stepsDone));
    }
    showState();
}

} // namespace hc::gui
