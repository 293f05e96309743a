#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Page.h"
#include "audit/AuditPage.h"
#include "demo/DemoBanner.h"
#include "demo/DemoDatabase.h"
#include "heatmap/HeatmapPage.h"
#include "heatmap/Retention.h"
#include "imports/ImportDialog.h"
#include "login/IdleLock.h"
#include "overrides/OverridesPage.h"
#include "overview/OverviewPage.h"
#include "people/PeoplePage.h"
#include "printing/PrintingPage.h"
#include "rules/RulesPage.h"
#include "services/Jurisdictions.h"
#include "training/TrainingPage.h"
#include "settings/SettingsDialog.h"
#include "users/UsersPage.h"
#include "util/BackgroundJob.h"
#include "util/MessageBox.h"
#include "util/Settings.h"
#include "util/WindowGeometry.h"

#include <QCloseEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace hc::gui {

MainWindow::MainWindow(const db::Database& db, const auth::Session& session, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Health Code Console — %1").arg(session.userName));
    setUpDemo();

    // The home page, for every role: the jurisdiction at a glance and what waits for this official.
    auto* overview = new OverviewPage(db, session, this);
    connect(overview, &OverviewPage::pageRequested, this, [this](const QString& name) {
        if (Page* p = page(name))
            showPage(p);
    });
    addPage(overview);
    // Only areas that work and that the role may use get a page: no placeholders, no dead buttons.
    if (session.can(auth::Permission::ManageUsers))
        addPage(new UsersPage(db, session, this));
    // Every official finds people in their scope; what they may reveal or change follows the role.
    addPage(new PeoplePage(db, session, this));
    // Every official may read the rules that colour people's codes; the steps on the page follow the role.
    addPage(new RulesPage(db, session, this));
    if (session.can(auth::Permission::RequestOverride) || session.can(auth::Permission::ApproveOverride))
        addPage(new OverridesPage(db, session, this));
    if (session.can(auth::Permission::PrintCards))
        addPage(new PrintingPage(db, session, this));
    if (session.can(auth::Permission::ViewAudit))
        addPage(new AuditPage(db, session, this));
    addPage(new HeatmapPage(db, session, this)); // every official: figures only, small groups suppressed
    // Scenarios write synthetic events: only ever in a demo database, and only for who may generate them.
    if (m_demo && session.can(auth::Permission::GenerateDemoData)) {
        auto* training = new TrainingPage(db, session, this);
        connect(training, &TrainingPage::scenarioChanged, m_demoBanner, &DemoBanner::setScenario);
        m_demoBanner->setScenario(training->bannerText());
        addPage(training);
    }
    connect(m_ui->pageListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size())
            showPage(m_pages.at(row));
    });
    if (!m_pages.isEmpty())
        m_ui->pageListWidget->setCurrentRow(0);
    else
        showEmptyState();
    m_ui->viewMenu->setEnabled(!m_pages.isEmpty());

    m_idleLock = new IdleLock(db, session, this);
    connect(m_ui->lockAction, &QAction::triggered, m_idleLock, &IdleLock::lockNow);
    connect(m_idleLock, &IdleLock::logoutRequested, this, &MainWindow::logOut);
    connect(m_ui->logOutAction, &QAction::triggered, this, &MainWindow::logOut);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    // Windows has no standard key for it: Ctrl+, there, as most applications use.
    QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferences.isEmpty())
        preferences << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    m_ui->settingsAction->setShortcuts(preferences);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    // Only for who may import: no dead menu entries.
    m_ui->importAction->setVisible(session.can(auth::Permission::ImportData));
    m_ui->importAction->setEnabled(session.can(auth::Permission::ImportData));
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::showImport);

    setUpStatusBar();
    WindowGeometry::remember(this);
    QTimer::singleShot(0, this, &MainWindow::purgeExpiredScans);
}

MainWindow::~MainWindow() = default;

Page* MainWindow::page(const QString& name) const
{
    for (Page* p : m_pages)
        if (p->objectName() == name)
            return p;
    return nullptr;
}

void MainWindow::showPage(Page* page)
{
    const int index = static_cast<int>(m_pages.indexOf(page));
    if (index < 0)
        return;
    m_ui->pagesStackedWidget->setCurrentWidget(page);
    m_ui->pageListWidget->setCurrentRow(index);
    page->activate();
}

void MainWindow::setUpDemo()
{
    // The marker is read from the database itself, so a demo file opened any way (--demo, --db) is marked.
    auto info = demo::DemoDatabase::info(m_db);
    m_demo = info && info.value().demo;
    if (!m_demo)
        return;
    setWindowTitle(tr("[DEMO] Health Code Console — %1").arg(m_session.userName));
    // Part of the central widget, not a tool bar or dock: nothing in the window can hide or move it.
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("demoCentralWidget"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_demoBanner = new DemoBanner(central);
    layout->addWidget(m_demoBanner);
    layout->addWidget(takeCentralWidget(), 1);
    setCentralWidget(central);
    connect(m_demoBanner, &DemoBanner::resetRequested, this, &MainWindow::demoResetRequested);
}

void MainWindow::addPage(Page* page)
{
    m_pages << page;
    m_ui->pagesStackedWidget->addWidget(page);
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_ui->pageListWidget);
    item->setToolTip(page->title());
    connect(page, &Page::statusMessage, this,
            [this](const QString& message) { m_ui->mainStatusBar->showMessage(message, 10000); });

    const int number = static_cast<int>(m_pages.size());
    auto* action = m_ui->viewMenu->addAction(page->icon(), page->title());
    action->setObjectName(page->objectName() + QStringLiteral("Action"));
    if (number <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
}

void MainWindow::showEmptyState()
{
    // Not a placeholder page: a plain statement, so that an official with such a role is not left guessing.
    auto* label = new QLabel(tr("There is nothing here yet for the role %1. The areas this role works in are "
                                "not part of this version of the console.")
                                 .arg(auth::roleDisplayName(m_session.role)),
                             m_ui->pagesStackedWidget);
    label->setObjectName(QStringLiteral("emptyStateLabel"));
    label->setAccessibleName(tr("No pages"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    m_ui->pagesStackedWidget->addWidget(label);
    m_ui->pageListWidget->hide();
}

void MainWindow::setUpStatusBar()
{
    auto addLabel = [this](const QString& objectName, const QString& accessibleName, const QString& text) {
        auto* label = new QLabel(text, m_ui->mainStatusBar);
        label->setObjectName(objectName);
        label->setAccessibleName(accessibleName);
        m_ui->mainStatusBar->addPermanentWidget(label);
    };
    auto jurisdiction = services::Jurisdictions::byId(m_db, m_session.jurisdictionId);
    const QString jurisdictionText = jurisdiction
                                         ? tr("%1 (%2)").arg(jurisdiction.value().name, jurisdiction.value().code)
                                         : jurisdiction.error().message;
    addLabel(QStringLiteral("userStatusLabel"), tr("User"), tr("User: %1").arg(m_session.userName));
    addLabel(QStringLiteral("roleStatusLabel"), tr("Role"), tr("Role: %1").arg(auth::roleDisplayName(m_session.role)));
    addLabel(QStringLiteral("jurisdictionStatusLabel"), tr("Jurisdiction"),
             tr("Jurisdiction: %1").arg(jurisdictionText));
}

void MainWindow::showAbout()
{
    const db::DatabaseUrl& url = m_db.url();
    QString text = tr("<h3>Health Code Console %1</h3>").arg(QStringLiteral(HC_VERSION));
    text += tr("<p>Database: %1<br>Backend: %2<br>Demo mode: %3</p>")
                .arg(url.displayString().toHtmlEscaped(), m_db.isSqlite() ? tr("SQLite") : tr("PostgreSQL"),
                     m_demo ? tr("yes") : tr("no"));
    if (m_demo)
        text += tr("<p><b>Demo mode:</b> a synthetic training city. No person in it is real and cards printed "
                   "from it are not valid.</p>");
    else if (m_db.isSqlite())
        text += tr("<p><b>Single-office mode.</b> This SQLite database serves one PC; roles and jurisdictions are "
                   "checked by the console itself, not by a database server. Offices that share data use a "
                   "PostgreSQL server, which enforces them for every program that connects.</p>");
    else
        text += tr("<p>The PostgreSQL server enforces your role and jurisdiction; this console is connected as "
                   "the database role %1.</p>")
                    .arg(url.user.toHtmlEscaped());
    text += tr("<p>Logged in as %1 (%2)</p>")
                .arg(m_session.userName.toHtmlEscaped(), auth::roleDisplayName(m_session.role).toHtmlEscaped());
    MessageBox::about(this, tr("About Health Code Console"), text);
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The idle lock's timer holds the interval it started with: a new value applies now, not at the next login.
    connect(dialog, &QDialog::accepted, this, [this] {
        m_idleLock->setInterval(std::chrono::minutes(Settings::intValue(Settings::Key::IdleLockMinutes)));
    });
    dialog->open();
}

void MainWindow::showImport()
{
    auto* dialog = new ImportDialog(m_db, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The page in front shows what was just imported.
    connect(dialog, &ImportDialog::imported, this, [this] {
        if (auto* current = qobject_cast<Page*>(m_ui->pagesStackedWidget->currentWidget()))
            current->activate();
    });
    dialog->open();
}

void MainWindow::purgeExpiredScans()
{
    if (!m_session.can(auth::Permission::PurgeScans))
        return;
    auto due = heatmap::Retention::due(m_db, m_session);
    if (!due || !due.value())
        return;
    auto* job = new BackgroundJob(m_db, QStringLiteral("retention"), this);
    auto report = std::make_shared<Result<heatmap::PurgeReport>>(heatmap::PurgeReport{});
    connect(job, &BackgroundJob::finished, this, [this, job, report] {
        job->deleteLater();
        const QString message =
            report->ok() ? tr("Purged %n scan(s) older than the retention window; their heatmap figures stay.", nullptr,
                              static_cast<int>(std::min<qint64>(report->value().deleted, INT_MAX)))
                         : report->error().message;
        m_ui->mainStatusBar->showMessage(message, 15000);
    });
    job->start([session = m_session, report](Result<db::Database>& connection,
                                               const BackgroundJob::Progress& progress) {
        *report = connection ? heatmap::Retention::purge(connection.value(), session, progress)
                             : Result<heatmap::PurgeReport>(connection.error());
    });
    job->showProgress(this, tr("Purging old scans"), QStringLiteral("retentionProgressDialog"));
}

void MainWindow::logOut()
{
    m_loggingOut = true;
    Q_EMIT logoutRequested();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QMainWindow::closeEvent(event);
    if (event->isAccepted() && !m_loggingOut)
        Q_EMIT quitRequested();
}

} // namespace hc::gui
