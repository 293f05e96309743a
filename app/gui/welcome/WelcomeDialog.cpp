#include "WelcomeDialog.h"
#include "welcome/ui_WelcomeDialog.h"

#include "ConnectionTestJob.h"
#include "util/InlineValidation.h"
#include "util/Settings.h"
#include "util/WindowGeometry.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace hc::gui {

WelcomeDialog::WelcomeDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::WelcomeDialog>())
{
    m_ui->setupUi(this);
    // A word-wrapped label's later lines are not part of the dialog's minimum size (Qt leaves height-for-width
    // out of it), so a smaller dialog drew the Chinese note over its own second line: keep room for two.
    m_ui->passwordNoteLabel->setMinimumHeight(2 * m_ui->passwordNoteLabel->fontMetrics().lineSpacing());
    m_ui->continueButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    m_ui->continueButtonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    // IT can switch demo mode off for a whole office; then there is nothing to offer.
    m_ui->demoGroupBox->setVisible(Settings::value(Settings::Key::DemoAllowed).toBool());
    m_ui->sqlitePathLineEdit->setText(QDir::toNativeSeparators(defaultSqlitePath()));
    m_ui->postgresPortSpinBox->setValue(5432);
    m_ui->postgresUserLineEdit->setText(qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER")));

    connect(m_ui->startDemoPushButton, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        QDialog::accept();
    });
    connect(m_ui->sqliteRadioButton, &QRadioButton::toggled, this, &WelcomeDialog::validate);
    connect(m_ui->postgresRadioButton, &QRadioButton::toggled, this, &WelcomeDialog::validate);
    for (QLineEdit* edit : {m_ui->sqlitePathLineEdit, m_ui->postgresHostLineEdit, m_ui->postgresDatabaseLineEdit,
                            m_ui->postgresUserLineEdit, m_ui->postgresPasswordLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &WelcomeDialog::validate);
    connect(m_ui->postgresPortSpinBox, &QSpinBox::valueChanged, this, &WelcomeDialog::validate);
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &WelcomeDialog::browse);
    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this, &WelcomeDialog::testConnection);
    connect(m_ui->continueButtonBox, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    connect(m_ui->continueButtonBox, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);
    showProblem(m_ui->sqliteProblemLabel, {});
    showProblem(m_ui->postgresProblemLabel, {});
    showProblem(m_ui->openProblemLabel, {});
    m_ui->connectionResultLabel->hide();
    validate();
    WindowGeometry::remember(this);
}

WelcomeDialog::~WelcomeDialog() = default;

QString WelcomeDialog::defaultSqlitePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("healthcode.sqlite"));
}

db::DatabaseUrl WelcomeDialog::databaseUrl() const
{
    db::DatabaseUrl url;
    if (m_ui->sqliteRadioButton->isChecked()) {
        url.backend = db::Backend::SQLite;
        url.path = QDir::fromNativeSeparators(m_ui->sqlitePathLineEdit->text().trimmed());
        return url;
    }
    url.backend = db::Backend::PostgreSQL;
    url.host = m_ui->postgresHostLineEdit->text().trimmed();
    url.port = m_ui->postgresPortSpinBox->value();
    url.name = m_ui->postgresDatabaseLineEdit->text().trimmed();
    url.user = m_ui->postgresUserLineEdit->text().trimmed();
    url.password = m_ui->postgresPasswordLineEdit->text();
    return url;
}

QString WelcomeDialog::urlToRemember() const
{
    const db::DatabaseUrl url = databaseUrl();
    if (url.backend == db::Backend::SQLite)
        return QStringLiteral("sqlite:") + QFileInfo(url.path).absoluteFilePath();
    // QUrl percent-encodes what needs it, so DatabaseUrl::parse reads back exactly these fields.
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(url.user);
    u.setHost(url.host);
    u.setPort(url.port);
    u.setPath(QLatin1Char('/') + url.name);
    return u.toString();
}

void WelcomeDialog::showOpenProblem(const QString& problem)
{
    showProblem(m_ui->openProblemLabel, problem);
}

void WelcomeDialog::validate()
{
    const bool sqlite = m_ui->sqliteRadioButton->isChecked();
    m_ui->sqliteWidget->setEnabled(sqlite);
    m_ui->postgresWidget->setEnabled(!sqlite);

    QString sqliteProblem;
    QString postgresProblem;
    if (sqlite) {
        const QString path = m_ui->sqlitePathLineEdit->text().trimmed();
        if (path.isEmpty())
            sqliteProblem = tr("Give the file for the database.");
        else if (QFileInfo(path).isDir())
            sqliteProblem = tr("%1 is a folder; give a file name inside it.").arg(path);
    } else {
        if (m_ui->postgresHostLineEdit->text().trimmed().isEmpty())
            postgresProblem = tr("Give the server's host name or address.");
        else if (m_ui->postgresDatabaseLineEdit->text().trimmed().isEmpty())
            postgresProblem = tr("Give the name of the database on the server.");
        else if (m_ui->postgresUserLineEdit->text().trimmed().isEmpty())
            postgresProblem = tr("Give the database user name.");
    }
    showProblem(m_ui->sqliteProblemLabel, sqliteProblem);
    showProblem(m_ui->postgresProblemLabel, postgresProblem);
    // A changed address makes the last test result stale.
    if (!m_test || !m_test->isRunning())
        m_ui->connectionResultLabel->hide();
    showProblem(m_ui->openProblemLabel, {});
    const bool testing = m_test && m_test->isRunning();
    m_ui->testConnectionPushButton->setEnabled(!sqlite && postgresProblem.isEmpty() && !testing);
    m_ui->continueButtonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(sqlite ? sqliteProblem.isEmpty() : postgresProblem.isEmpty() && !testing);
}

void WelcomeDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Database File"), m_ui->sqlitePathLineEdit->text(), tr("SQLite databases (*.sqlite *.db)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_ui->sqlitePathLineEdit->setText(QDir::toNativeSeparators(chosen));
}

void WelcomeDialog::testConnection()
{
    delete m_test;
    m_test = new ConnectionTestJob(databaseUrl(), this);
    connect(m_test, &ConnectionTestJob::finished, this, &WelcomeDialog::showTestResult);
    m_ui->connectionResultLabel->setStyleSheet({});
    m_ui->connectionResultLabel->setText(tr("Connecting to %1…").arg(databaseUrl().displayString()));
    m_ui->connectionResultLabel->show();
    m_test->start();
    validate();
}

void WelcomeDialog::showTestResult()
{
    if (!m_test || !m_test->result())
        return;
    const Result<int>& result = *m_test->result();
    validate();
    if (!result) {
        // libpq breaks its messages over indented lines; one paragraph reads better next to the button.
        showProblem(m_ui->connectionResultLabel, result.error().message.simplified());
        return;
    }
    m_ui->connectionResultLabel->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_ui->connectionResultLabel->setText(
        result.value() == 0
            ? tr("Connected. The database is empty; the console sets it up when you continue.")
            : tr("Connected. The database is a Health Code Console database (schema version %1).").arg(result.value()));
    m_ui->connectionResultLabel->show();
}

void WelcomeDialog::accept()
{
    if (!m_ui->continueButtonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_ui->sqliteRadioButton->isChecked()) {
        const QString folder = QFileInfo(databaseUrl().path).absolutePath();
        if (!QDir().mkpath(folder)) {
            showProblem(m_ui->sqliteProblemLabel, tr("The folder %1 could not be created.").arg(folder));
            return;
        }
    }
    m_choice = Choice::Database;
    QDialog::accept();
}

} // namespace hc::gui
