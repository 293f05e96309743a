#pragma once
// Chooses when an approved rule set version takes effect: at the earliest after the lead time, so that people
// can learn of the change, or at once with an urgency reason that goes into the audit log.

#include <QDialog>

#include <memory>

namespace Ui {
class PublishDialog;
}

namespace hc::gui {

class PublishDialog final : public QDialog
{
    Q_OBJECT
public:
    PublishDialog(int version, qint64 leadTimeSecs, QWidget* parent = nullptr);
    ~PublishDialog() override;

    // Unix seconds; RuleService::kEffectiveNow for an urgent publication.
    qint64 effectiveAt() const;
    QString urgencyReason() const;

private:
    void update();

    std::unique_ptr<Ui::PublishDialog> m_ui;
    qint64 m_leadTimeSecs = 0;
};

} // namespace hc::gui
