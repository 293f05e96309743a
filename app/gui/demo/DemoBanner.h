#pragma once
// The strip above every page of a demo database's main window: says the data is synthetic and offers
// the one-click reset. It cannot be hidden (no close button, not a tool bar, hide() is ignored).

#include <QFrame>

#include <memory>

namespace Ui {
class DemoBanner;
}

namespace hc::gui {

class DemoBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit DemoBanner(QWidget* parent = nullptr);
    ~DemoBanner() override;

    // Only showing is honoured: a trainee must never be able to mistake the demo for real data.
    void setVisible(bool visible) override;
    // The demo administrator's login, shown so that trainers can unlock the idle lock or log in again.
    void setLogin(const QString& userName, const QString& password);
    // The training scenario in progress ("Outbreak: day 2 of 5"); empty hides it.
    void setScenario(const QString& text);

Q_SIGNALS:
    void resetRequested();

private:
    std::unique_ptr<Ui::DemoBanner> m_ui;
};

} // namespace hc::gui
