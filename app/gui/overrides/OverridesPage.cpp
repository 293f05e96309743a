#include "OverridesPage.h"
#include "overrides/ui_OverridesPage.h"

#include "models/OverrideListModel.h"
#include "people/OverrideDialog.h"
#include "util/ReasonDialog.h"
#include "services/OverrideService.h"
#include "util/Clock.h"
#include "util/MessageBox.h"
#include "util/TableViews.h"

#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStyle>

namespace hc::gui {

using services::OverrideInfo;
using services::OverrideService;
using services::OverrideState;

OverridesPage::OverridesPage(const db::Database& db, const auth::Session& session, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::OverridesPage>()), m_db(db), m_session(session),
      m_model(new models::OverrideListModel(db, session, this))
{
    m_ui->setupUi(this);
    // Item data: the states shown, as a list of ints (empty: all).
    auto states = [](std::initializer_list<OverrideState> list) {
        QVariantList v;
        for (const OverrideState s : list)
            v << static_cast<int>(s);
        return v;
    };
    m_ui->filterComboBox->addItem(tr("Waiting or in force"), states({OverrideState::Requested, OverrideState::Active}));
    m_ui->filterComboBox->addItem(tr("Awaiting approval"), states({OverrideState::Requested}));
    m_ui->filterComboBox->addItem(tr("In force"), states({OverrideState::Active}));
    m_ui->filterComboBox->addItem(tr("All"), QVariantList());
    m_ui->overridesTableView->setModel(m_model);
    setUpTableView(m_ui->overridesTableView);
    m_ui->requestButton->setVisible(m_session.can(auth::Permission::RequestOverride));
    m_ui->approveButton->setVisible(m_session.can(auth::Permission::ApproveOverride));
    m_ui->rejectButton->setVisible(m_session.can(auth::Permission::ApproveOverride));
    m_ui->signalsGroupBox->setVisible(m_session.can(auth::Permission::ViewAudit));
    m_ui->signalsTableWidget->verticalHeader()->hide();
    connect(m_ui->filterComboBox, &QComboBox::currentIndexChanged, this, &OverridesPage::filterChanged);
    connect(m_ui->overridesTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OverridesPage::showSelected);
    connect(m_ui->requestButton, &QPushButton::clicked, this, &OverridesPage::requestOverride);
    connect(m_ui->approveButton, &QPushButton::clicked, this, [this] { decide(QStringLiteral("approve")); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this, [this] { decide(QStringLiteral("reject")); });
    connect(m_ui->revokeButton, &QPushButton::clicked, this, [this] { decide(QStringLiteral("revoke")); });
    filterChanged();
}

OverridesPage::~OverridesPage() = default;

QIcon OverridesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("security-medium"), style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

void OverridesPage::activate()
{
    reload();
}

void OverridesPage::reload()
{
    const OverrideInfo* current = m_model->item(m_ui->overridesTableView->currentIndex().row());
    const qint64 id = current ? current->id : 0;
    // What ran out since the page was last shown ends first, as the hourly re-evaluation would do.
    auto expired = OverrideService::expireDue(m_db, m_session.userName, Clock::nowSecs());
    if (!expired)
        Q_EMIT statusMessage(expired.error().message);
    m_model->reload();
    fitColumns(m_ui->overridesTableView);
    if (!m_model->lastError().isEmpty())
        Q_EMIT statusMessage(m_model->lastError());
    selectOverride(id);
    showSelected();
    showSignals();
}

void OverridesPage::filterChanged()
{
    QList<OverrideState> states;
    for (const QVariant& v : m_ui->filterComboBox->currentData().toList())
        states << static_cast<OverrideState>(v.toInt());
    m_model->setStateFilter(states);
    reload();
}

void OverridesPage::selectOverride(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_ui->overridesTableView->setCurrentIndex(m_model->index(row, 0));
}

void OverridesPage::showSelected()
{
    const OverrideInfo* o = m_model->item(m_ui->overridesTableView->currentIndex().row());
    const QLocale locale;
    auto when = [&](qint64 secs) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(), QLocale::ShortFormat);
    };
    if (!o) {
        m_ui->detailsLabel->setText(m_model->rowCount() == 0 ? tr("No overrides to show.") : QString());
    } else {
        QStringList lines{tr("Override %1: %2 for %3 (no. %4).")
                              .arg(o->id)
                              .arg(rules::colourDisplayName(o->target), o->personName)
                              .arg(o->personId),
                          tr("Reason: %1. %2").arg(services::overrideReasonDisplayName(o->reason), o->note)};
        if (!o->evidence.isEmpty())
            lines << tr("Evidence: %1").arg(o->evidence);
        lines << tr("Requested by %1 on %2; ends on %3.").arg(o->requestedBy, when(o->requestedAt), when(o->expiresAt));
        if (o->state == OverrideState::Requested)
            lines << tr("Waiting for a second official until %1.").arg(when(o->requestExpiresAt));
        if (!o->decidedBy.isEmpty())
            lines << (o->state == OverrideState::Rejected ? tr("Rejected by %1 on %2.") : tr("Approved by %1 on %2."))
                         .arg(o->decidedBy, when(o->decidedAt));
        if (!o->revokedBy.isEmpty())
            lines << tr("Revoked by %1 on %2: %3").arg(o->revokedBy, when(o->revokedAt), o->revokeReason);
        m_ui->detailsLabel->setText(lines.join(QLatin1Char('\n')));
    }
    const bool requested = o && o->state == OverrideState::Requested;
    const bool own = o && o->requestedBy == m_session.userName;
    m_ui->approveButton->setEnabled(requested && !own);
    m_ui->approveButton->setToolTip(requested && own ? tr("You requested this override; a second official must "
                                                          "approve it.")
                                                     : QString());
    m_ui->rejectButton->setEnabled(requested && !own);
    m_ui->revokeButton->setEnabled(o && (o->state == OverrideState::Active || requested) &&
                                   (m_session.can(auth::Permission::RequestOverride) ||
                                    m_session.can(auth::Permission::ApproveOverride)));
}

void OverridesPage::requestOverride()
{
    OverrideDialog dialog(m_db, m_session, QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(tr("Override %1 requested; it waits for a second official's approval.").arg(dialog.requestId()));
    reload();
    selectOverride(dialog.requestId());
}

void OverridesPage::decide(const QString& step)
{
    const OverrideInfo* selected = m_model->item(m_ui->overridesTableView->currentIndex().row());
    if (!selected)
        return;
    const OverrideInfo o = *selected;
    const bool approve = step == QLatin1String("approve");
    const QString title = approve ? tr("Approve Override") : step == QLatin1String("reject") ? tr("Reject Override")
                                                                                             : tr("Revoke Override");
    const QString question =
        approve ? tr("Approve override %1 (%2 for %3)? It takes effect at once. Add a note if you like.")
                      .arg(o.id)
                      .arg(rules::colourDisplayName(o.target), o.personName)
                : tr("Why? The reason is recorded in the audit log.");
    ReasonDialog dialog(title, question, !approve, this);
    dialog.setObjectName(step + QStringLiteral("OverrideDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Status done;
    if (approve)
        done = OverrideService::approve(m_db, m_session, o.id, dialog.reason(), o.rowVersion);
    else if (step == QLatin1String("reject"))
        done = OverrideService::reject(m_db, m_session, o.id, dialog.reason(), o.rowVersion);
    else
        done = OverrideService::revoke(m_db, m_session, o.id, dialog.reason(), o.rowVersion);
    if (!done)
        MessageBox::warning(this, title, done.error().message);
    else
        Q_EMIT statusMessage(tr("Override %1: %2.").arg(o.id).arg(
            approve ? tr("approved, in force now") : step == QLatin1String("reject") ? tr("rejected") : tr("revoked")));
    reload();
}

void OverridesPage::showSignals()
{
    if (!m_session.can(auth::Permission::ViewAudit))
        return;
    auto signalList = OverrideService::misuseSignals(m_db, m_session, Clock::nowSecs() - 30 * 86400);
    QTableWidget* table = m_ui->signalsTableWidget;
    table->clear();
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels(
        {tr("Official"), tr("Requests"), tr("To green"), tr("Reason \"other\""), tr("What stands out")});
    if (!signalList) {
        table->setRowCount(0);
        Q_EMIT statusMessage(signalList.error().message);
        return;
    }
    table->setRowCount(static_cast<int>(signalList.value().size()));
    for (int r = 0; r < signalList.value().size(); ++r) {
        const services::OverrideSignal& sig = signalList.value().at(r);
        const QStringList cells{sig.official, QString::number(sig.requests), QString::number(sig.relaxing),
                                QString::number(sig.other),
                                sig.flags.isEmpty() ? tr("nothing unusual") : sig.flags.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 4 && !sig.flags.isEmpty())
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            table->setItem(r, c, item);
        }
    }
    fitColumns(table);
    table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
}

} // namespace hc::gui
