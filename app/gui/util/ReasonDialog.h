#pragma once
// Asks for the reason of a decision (rejecting or restoring a rule set version, an approval note) that is
// recorded in the audit log; OK stays disabled while a required reason is empty.

#include <QDialog>

#include <memory>

namespace Ui {
class ReasonDialog;
}

namespace hc::gui {

class ReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& question, bool required, QWidget* parent = nullptr);
    ~ReasonDialog() override;

    QString reason() const;

private:
    std::unique_ptr<Ui::ReasonDialog> m_ui;
};

} // namespace hc::gui
