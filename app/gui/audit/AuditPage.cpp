#include "AuditPage.h"
#include "audit/ui_AuditPage.h"

#include "AuditVerifyJob.h"
#include "models/AuditLogModel.h"
#include "util/TableViews.h"
#include "util/WindowGeometry.h"

#include <QLocale>
#include <QProgressDialog>
#include <QStyle>

#include <algorithm>
#include <limits>

namespace hc::gui {

using models::AuditLogModel;

AuditPage::AuditPage(const db::Database& db, const auth::Session& session, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::AuditPage>()), m_db(db), m_session(session),
      m_model(new AuditLogModel(db, session, this)), m_job(new AuditVerifyJob(db, session, this))
{
    m_ui->setupUi(this);
    m_ui->auditTableView->setModel(m_model);
    setUpTableView(m_ui->auditTableView);

    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_ui->fromDateEdit, m_ui->toDateEdit}) {
        edit->setDate(today);
        edit->setMaximumDate(today.addYears(1));
    }
    connect(m_ui->fromCheckBox, &QCheckBox::toggled, m_ui->fromDateEdit, &QWidget::setEnabled);
    connect(m_ui->toCheckBox, &QCheckBox::toggled, m_ui->toDateEdit, &QWidget::setEnabled);
    for (QLineEdit* edit : {m_ui->actorLineEdit, m_ui->actionLineEdit, m_ui->textLineEdit})
        connect(edit, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_ui->applyFilterPushButton, &QPushButton::clicked, this, &AuditPage::applyFilter);
    connect(m_ui->clearFilterPushButton, &QPushButton::clicked, this, &AuditPage::clearFilter);
    connect(m_ui->verifyChainPushButton, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_job, &AuditVerifyJob::finished, this, &AuditPage::showVerification);

    if (!session.can(auth::Permission::VerifyAudit)) {
        m_ui->verifyChainPushButton->setEnabled(false);
        m_ui->verifyChainPushButton->setToolTip(
            tr("Your role (%1) may not verify the audit chain; an administrator can.")
                .arg(auth::roleDisplayName(session.role)));
    }
    showResult(m_model->lastError(), QStringLiteral("#c62828"));
}

AuditPage::~AuditPage() = default;

QString AuditPage::title() const
{
    return tr("Audit Log");
}

QIcon AuditPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("document-properties"),
                            style()->standardIcon(QStyle::SP_FileDialogDetailedView));
}

void AuditPage::activate()
{
    m_model->reload();
}

bool AuditPage::isVerifying() const
{
    return m_job->isRunning();
}

void AuditPage::applyFilter()
{
    AuditLogModel::Filter filter;
    filter.actor = m_ui->actorLineEdit->text().trimmed();
    filter.action = m_ui->actionLineEdit->text().trimmed();
    filter.text = m_ui->textLineEdit->text().trimmed();
    // Days are the user's local days: "to" includes the whole of its day.
    if (m_ui->fromCheckBox->isChecked())
        filter.from = m_ui->fromDateEdit->date().startOfDay();
    if (m_ui->toCheckBox->isChecked())
        filter.to = m_ui->toDateEdit->date().addDays(1).startOfDay();
    m_model->setFilter(filter);
    fitColumns(m_ui->auditTableView);
}

void AuditPage::clearFilter()
{
    for (QLineEdit* edit : {m_ui->actorLineEdit, m_ui->actionLineEdit, m_ui->textLineEdit})
        edit->clear();
    m_ui->fromCheckBox->setChecked(false);
    m_ui->toCheckBox->setChecked(false);
    applyFilter();
}

void AuditPage::verifyChain()
{
    if (m_job->isRunning())
        return;
    // The head gives the progress range; if it cannot be read the dialog just shows activity.
    auto head = audit::AuditLog::head(m_db);
    const qint64 total = head ? head.value().first : 0;
    const int maximum = static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max()));

    m_progress = new QProgressDialog(tr("Verifying the audit chain…"), tr("Cancel"), 0, maximum, this);
    m_progress->setObjectName(QStringLiteral("verifyProgressDialog"));
    m_progress->setAccessibleName(tr("Verification progress"));
    m_progress->setWindowTitle(tr("Verify Audit Chain"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(500);
    m_progress->setValue(0);
    WindowGeometry::remember(m_progress);
    connect(m_progress, &QProgressDialog::canceled, m_job, &AuditVerifyJob::cancel);
    connect(m_job, &AuditVerifyJob::progress, m_progress, [this, maximum](qint64 done) {
        if (m_progress)
            m_progress->setValue(static_cast<int>(std::min<qint64>(done, maximum)));
    });
    m_ui->verifyChainPushButton->setEnabled(false);
    showResult(tr("Verifying…"), QString());
    m_job->start();
}

void AuditPage::showVerification()
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    m_ui->verifyChainPushButton->setEnabled(true);
    const auto& result = m_job->result();
    if (!result || !result->ok()) {
        const bool cancelled = result && result->error().code == ErrorCode::Cancelled;
        showResult(cancelled ? result->error().message
                             : tr("Verification did not finish: %1").arg(result ? result->error().message : QString()),
                   cancelled ? QString() : QStringLiteral("#c62828"));
    } else if (result->value().ok) {
        showResult(tr("Intact: %1 records").arg(QLocale().toString(result->value().records)),
                   QStringLiteral("#2e7d32"));
    } else {
        const audit::Verification& v = result->value();
        showResult(tr("Broken at record %1: %2").arg(v.firstBadSeq).arg(v.reason), QStringLiteral("#c62828"));
    }
    // A successful verification is itself recorded; show it.
    m_model->reload();
    if (result && result->ok() && !result->value().ok) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data(Qt::UserRole).toLongLong() == result->value().firstBadSeq) {
                m_ui->auditTableView->selectRow(row);
                m_ui->auditTableView->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
                break;
            }
        }
    }
    Q_EMIT verificationFinished();
}

void AuditPage::showResult(const QString& text, const QString& color)
{
    m_ui->verifyResultLabel->setText(text);
    m_ui->verifyResultLabel->setStyleSheet(
        color.isEmpty() ? QString() : QStringLiteral("font-weight: bold; color: %1;").arg(color));
}

} // namespace hc::gui
