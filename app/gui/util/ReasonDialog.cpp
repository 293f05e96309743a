#include "ReasonDialog.h"
#include "util/ui_ReasonDialog.h"

#include "util/WindowGeometry.h"

#include <QPushButton>

namespace hc::gui {

ReasonDialog::ReasonDialog(const QString& title, const QString& question, bool required, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReasonDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->questionLabel->setText(question);
    QPushButton* ok = m_ui->reasonButtonBox->button(QDialogButtonBox::Ok);
    auto update = [this, ok, required] { ok->setEnabled(!required || !reason().isEmpty()); };
    connect(m_ui->reasonPlainTextEdit, &QPlainTextEdit::textChanged, this, update);
    connect(m_ui->reasonButtonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->reasonButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    WindowGeometry::remember(this);
}

ReasonDialog::~ReasonDialog() = default;

QString ReasonDialog::reason() const
{
    return m_ui->reasonPlainTextEdit->toPlainText().trimmed();
}

} // namespace hc::gui
