#include "PublishDialog.h"
#include "rules/ui_PublishDialog.h"

#include "services/RuleService.h"
#include "util/Clock.h"
#include "util/WindowGeometry.h"

#include <QPushButton>

namespace hc::gui {

PublishDialog::PublishDialog(int version, qint64 leadTimeSecs, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PublishDialog>()), m_leadTimeSecs(leadTimeSecs)
{
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(
        tr("Rule set version %1 will replace the rules in force. Changes take effect at the earliest %n hour(s) "
           "after publishing, so that people and venues can learn of them.",
           nullptr, static_cast<int>(leadTimeSecs / 3600))
            .arg(version));
    // A minute of slack: the dialog may stay open a while before OK.
    const QDateTime earliest = Clock::nowUtc().addSecs(leadTimeSecs + 60).toLocalTime();
    m_ui->effectiveDateTimeEdit->setMinimumDateTime(earliest);
    m_ui->effectiveDateTimeEdit->setDateTime(earliest);
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    connect(m_ui->urgentCheckBox, &QCheckBox::toggled, this, &PublishDialog::update);
    connect(m_ui->urgencyLineEdit, &QLineEdit::textChanged, this, &PublishDialog::update);
    connect(m_ui->publishButtonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->publishButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    WindowGeometry::remember(this);
}

PublishDialog::~PublishDialog() = default;

void PublishDialog::update()
{
    const bool urgent = m_ui->urgentCheckBox->isChecked();
    m_ui->effectiveDateTimeEdit->setEnabled(!urgent);
    m_ui->urgencyLineEdit->setEnabled(urgent);
    const bool missingReason = urgent && urgencyReason().isEmpty();
    m_ui->problemLabel->setText(missingReason ? tr("Give the reason for publishing without the lead time.")
                                              : QString());
    m_ui->publishButtonBox->button(QDialogButtonBox::Ok)->setEnabled(!missingReason);
}

qint64 PublishDialog::effectiveAt() const
{
    return m_ui->urgentCheckBox->isChecked() ? services::RuleService::kEffectiveNow
                                             : m_ui->effectiveDateTimeEdit->dateTime().toSecsSinceEpoch();
}

QString PublishDialog::urgencyReason() const
{
    return m_ui->urgentCheckBox->isChecked() ? m_ui->urgencyLineEdit->text().trimmed() : QString();
}

} // namespace hc::gui
