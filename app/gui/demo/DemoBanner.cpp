#include "DemoBanner.h"
#include "demo/ui_DemoBanner.h"

namespace hc::gui {

DemoBanner::DemoBanner(QWidget* parent) : QFrame(parent), m_ui(std::make_unique<Ui::DemoBanner>())
{
    m_ui->setupUi(this);
    m_ui->loginLabel->hide();
    m_ui->scenarioLabel->hide();
    connect(m_ui->resetPushButton, &QPushButton::clicked, this, &DemoBanner::resetRequested);
}

DemoBanner::~DemoBanner() = default;

void DemoBanner::setLogin(const QString& userName, const QString& password)
{
    m_ui->loginLabel->setText(tr("Demo administrator: %1 · password (also of the demo signing key): %2").arg(userName, password));
    m_ui->loginLabel->setVisible(!userName.isEmpty());
}

void DemoBanner::setScenario(const QString& text)
{
    m_ui->scenarioLabel->setText(text);
    m_ui->scenarioLabel->setVisible(!text.isEmpty());
}

void DemoBanner::setVisible(bool visible)
{
    Q_UNUSED(visible);
    QFrame::setVisible(true);
}

} // namespace hc::gui
