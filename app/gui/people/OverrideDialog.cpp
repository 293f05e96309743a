#include "OverrideDialog.h"
#include "people/ui_OverrideDialog.h"

#include "services/OverrideService.h"
#include "services/StatusService.h"
#include "util/Clock.h"
#include "util/WindowGeometry.h"

#include <QPushButton>

namespace hc::gui {

using services::OverrideService;

OverrideDialog::OverrideDialog(const db::Database& db, const auth::Session& session, const QString& nationalId,
                               QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OverrideDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->personLineEdit->setText(nationalId);
    m_ui->personLineEdit->setReadOnly(!nationalId.isEmpty());
    for (auto c : {rules::Colour::Green, rules::Colour::Yellow, rules::Colour::Red})
        m_ui->targetComboBox->addItem(rules::colourDisplayName(c), static_cast<int>(c));
    for (const QString& key : services::overrideReasonKeys())
        m_ui->reasonComboBox->addItem(services::overrideReasonDisplayName(*services::overrideReasonFromKey(key)), key);
    m_ui->daysSpinBox->setMaximum(static_cast<int>(OverrideService::maxDurationSecs() / 86400));
    m_ui->daysSpinBox->setValue(static_cast<int>(OverrideService::defaultDurationSecs() / 86400));
    m_ui->daysSpinBox->setSuffix(tr(" days"));
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->problemLabel->hide();
    connect(m_ui->personLineEdit, &QLineEdit::textChanged, this, &OverrideDialog::update);
    connect(m_ui->notePlainTextEdit, &QPlainTextEdit::textChanged, this, &OverrideDialog::update);
    connect(m_ui->overrideButtonBox, &QDialogButtonBox::accepted, this, &OverrideDialog::accept);
    connect(m_ui->overrideButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    WindowGeometry::remember(this);
}

OverrideDialog::~OverrideDialog() = default;

void OverrideDialog::setPerson(qint64 personId, const QString& displayName)
{
    m_personId = personId;
    m_ui->personLabel->setText(tr("Person:"));
    m_ui->personLineEdit->setText(displayName);
    m_ui->personLineEdit->setReadOnly(true);
}

void OverrideDialog::update()
{
    m_ui->overrideButtonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->personLineEdit->text().trimmed().isEmpty() &&
                     !m_ui->notePlainTextEdit->toPlainText().trimmed().isEmpty());
}

void OverrideDialog::accept()
{
    auto showProblem = [this](const QString& text) {
        m_ui->problemLabel->setText(text);
        m_ui->problemLabel->show();
    };
    services::OverrideRequest r;
    if (m_personId > 0) {
        r.personId = m_personId;
    } else {
        auto person = services::StatusService::findPerson(m_db, m_session, m_ui->personLineEdit->text());
        if (!person)
            return showProblem(person.error().message);
        r.personId = person.value();
    }
    r.target = static_cast<rules::Colour>(m_ui->targetComboBox->currentData().toInt());
    r.reason = *services::overrideReasonFromKey(m_ui->reasonComboBox->currentData().toString());
    r.note = m_ui->notePlainTextEdit->toPlainText();
    r.evidence = m_ui->evidenceLineEdit->text();
    r.expiresAt = Clock::nowSecs() + qint64(m_ui->daysSpinBox->value()) * 86400;
    auto id = OverrideService::request(m_db, m_session, r);
    if (!id)
        return showProblem(id.error().message);
    m_requestId = id.value();
    QDialog::accept();
}

} // namespace hc::gui
