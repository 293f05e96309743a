#include "PersonView.h"
#include "people/ui_PersonView.h"

#include "OverrideDialog.h"
#include "models/PersonSearchModel.h"
#include "util/ReasonDialog.h"
#include "services/PeopleService.h"
#include "util/BusyCursor.h"
#include "util/MessageBox.h"
#include "util/TableViews.h"

#include <QDate>
#include <QDateTime>
#include <QHeaderView>

namespace hc::gui {

using services::PersonRecordService;

namespace {

QString when(qint64 secs)
{
    return secs > 0 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(secs), QLocale::ShortFormat) : QString();
}

QTableWidgetItem* item(const QString& text, const QString& toolTip = {})
{
    auto* i = new QTableWidgetItem(text);
    if (!toolTip.isEmpty())
        i->setToolTip(toolTip);
    return i;
}

// A colour is never told by its hue alone: the item carries the name, the swatch only helps.
QTableWidgetItem* colourItem(rules::Colour colour, const QString& text)
{
    auto* i = item(text);
    i->setData(Qt::DecorationRole, models::PersonSearchModel::swatch(colour));
    return i;
}

void setRow(QTableWidget* table, int row, const QList<QTableWidgetItem*>& items)
{
    for (int c = 0; c < items.size(); ++c)
        table->setItem(row, c, items.at(c));
}

} // namespace

PersonView::PersonView(const db::Database& db, const auth::Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PersonView>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    for (QTableWidget* table : {m_ui->historyTableWidget, m_ui->testsTableWidget, m_ui->staysTableWidget,
                                m_ui->scansTableWidget, m_ui->cardsTableWidget, m_ui->overridesTableWidget})
        setUpTableView(table);
    // Only roles that may reveal see the button; the service refuses the others anyway.
    m_ui->revealPushButton->setVisible(session.can(auth::Permission::RevealPersonalDetails));
    m_revealText = m_ui->revealPushButton->text();
    for (int i = 0; i < m_ui->detailsTabWidget->count(); ++i)
        m_ui->detailsTabWidget->widget(i)->setProperty("baseTitle", m_ui->detailsTabWidget->tabText(i));

    connect(m_ui->backPushButton, &QPushButton::clicked, this, &PersonView::backRequested);
    connect(m_ui->reloadPushButton, &QPushButton::clicked, this, &PersonView::reload);
    connect(m_ui->revealPushButton, &QPushButton::clicked, this, &PersonView::reveal);
    m_ui->requestOverridePushButton->setVisible(session.can(auth::Permission::RequestOverride));
    connect(m_ui->requestOverridePushButton, &QPushButton::clicked, this, &PersonView::requestOverride);
}

PersonView::~PersonView() = default;

bool PersonView::showPerson(qint64 personId)
{
    auto record = PersonRecordService::open(m_db, m_session, personId, QLocale());
    if (!record) {
        MessageBox::critical(this, tr("Cannot Open Person"), tr("The person could not be shown."),
                             record.error().message);
        return false;
    }
    m_record = std::move(record).value();
    m_revealed = false;
    fill();
    return true;
}

void PersonView::reload()
{
    if (!m_record)
        return;
    BusyCursor busy;
    showPerson(m_record->person.id);
}

void PersonView::fill()
{
    const services::PersonSummary& p = m_record->person;
    m_ui->nameLabel->setText(p.name);
    m_ui->nationalIdLabel->setText(p.maskedNationalId);
    m_ui->phoneLabel->setText(p.maskedPhone.isEmpty() ? tr("none") : p.maskedPhone);
    m_ui->districtLabel->setText(p.district);
    const QDate born = QDate::fromString(p.birthDate, Qt::ISODate);
    m_ui->birthLabel->setText(
        tr("%1, %2").arg(p.sex == QLatin1String("F") ? tr("female") : tr("male"),
                         born.isValid() ? QLocale().toString(born, QLocale::ShortFormat) : p.birthDate));
    m_ui->smartphoneLabel->setText(p.hasSmartphone ? tr("yes") : tr("no (needs a printed code)"));
    m_ui->revealPushButton->setEnabled(true);
    m_ui->revealPushButton->setText(m_revealText);

    const services::PersonStatus& st = m_record->status;
    const QString colour = rules::colourDisplayName(st.colour);
    m_ui->colourLabel->setText(st.overrideId > 0 ? tr("%1 (override)").arg(colour) : colour);
    const QColor swatch = models::PersonSearchModel::swatch(st.colour);
    m_ui->colourLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 4px 16px; font-weight: bold; "
                       "font-size: 14pt; }")
            .arg(swatch.name(),
                 st.colour == rules::Colour::Yellow ? QStringLiteral("black") : QStringLiteral("white")));
    m_ui->explanationLabel->setText(m_record->explanation({QLocale(), QTimeZone::systemTimeZone()}));

    fillHistory();
    fillTests();
    fillStays();
    fillScans();
    fillCards();
    fillOverrides();
    updateTabTitles();
}

void PersonView::fillHistory()
{
    QTableWidget* t = m_ui->historyTableWidget;
    t->setRowCount(static_cast<int>(m_record->history.size()));
    const rules::ExplanationText::Options options{QLocale(), QTimeZone::systemTimeZone()};
    for (int r = 0; r < m_record->history.size(); ++r) {
        const services::StatusHistoryEntry& h = m_record->history.at(r);
        const QString by = h.overrideId > 0 ? tr("override %1").arg(h.overrideId)
                                            : tr("rule %1, version %2").arg(h.ruleId).arg(h.ruleVersion);
        const QString why =
            h.explanation ? rules::ExplanationText::render(*h.explanation, m_record->names, options) : QString();
        setRow(t, r,
               {colourItem(h.colour, rules::colourDisplayName(h.colour)), item(when(h.since)),
                item(h.until > 0 ? when(h.until) : tr("now")), item(by), item(why, why)});
    }
    fitColumns(t);
}

void PersonView::fillTests()
{
    QTableWidget* t = m_ui->testsTableWidget;
    t->setRowCount(static_cast<int>(m_record->tests.size()));
    for (int r = 0; r < m_record->tests.size(); ++r) {
        const services::TestEntry& e = m_record->tests.at(r);
        setRow(t, r,
               {item(when(e.sampledAt)), item(when(e.reportedAt)),
                item(PersonRecordService::testKindDisplayName(e.kind)),
                item(PersonRecordService::testResultDisplayName(e.result)), item(e.lab)});
    }
    fitColumns(t);
}

void PersonView::fillStays()
{
    QTableWidget* t = m_ui->staysTableWidget;
    t->setRowCount(static_cast<int>(m_record->stays.size()));
    for (int r = 0; r < m_record->stays.size(); ++r) {
        const services::RiskStay& s = m_record->stays.at(r);
        QString time = when(s.at);
        QString how;
        switch (s.kind) {
        case services::RiskStay::Kind::Venue:
            how = tr("scanned at a designated venue");
            break;
        case services::RiskStay::Kind::District:
            how = tr("scanned in a designated district");
            break;
        case services::RiskStay::Kind::Home:
            how = tr("lives in a designated district");
            time = s.endAt > 0 ? tr("%1 to %2").arg(when(s.at), when(s.endAt)) : tr("since %1").arg(when(s.at));
            break;
        }
        setRow(t, r, {item(time), item(s.place), item(PersonRecordService::riskLevelDisplayName(s.level)), item(how)});
    }
    fitColumns(t);
}

void PersonView::fillScans()
{
    QTableWidget* t = m_ui->scansTableWidget;
    t->setRowCount(static_cast<int>(m_record->scans.size()));
    for (int r = 0; r < m_record->scans.size(); ++r) {
        const services::ScanEntry& e = m_record->scans.at(r);
        setRow(t, r, {item(when(e.at)), item(e.venue.isEmpty() ? tr("(no venue recorded)") : e.venue)});
    }
    fitColumns(t);
}

void PersonView::fillCards()
{
    QTableWidget* t = m_ui->cardsTableWidget;
    t->setRowCount(static_cast<int>(m_record->cards.size()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int r = 0; r < m_record->cards.size(); ++r) {
        const services::CardEntry& c = m_record->cards.at(r);
        const QString state = c.revokedAt > 0     ? tr("revoked on %1").arg(when(c.revokedAt))
                              : c.expiresAt < now ? tr("expired")
                                                  : tr("valid");
        setRow(t, r,
               {item(c.serial), item(when(c.issuedAt)), item(when(c.expiresAt)), item(state),
                item(c.handedOverAt > 0 ? when(c.handedOverAt) : tr("not yet"))});
    }
    fitColumns(t);
}

void PersonView::fillOverrides()
{
    QTableWidget* t = m_ui->overridesTableWidget;
    t->setRowCount(static_cast<int>(m_record->overrides.size()));
    for (int r = 0; r < m_record->overrides.size(); ++r) {
        const services::OverrideEntry& o = m_record->overrides.at(r);
        const QString details = o.evidence.isEmpty() ? o.reason : tr("%1 (evidence: %2)").arg(o.reason, o.evidence);
        setRow(t, r,
               {item(QString::number(o.id)), colourItem(o.target, rules::colourDisplayName(o.target)),
                item(PersonRecordService::overrideCategoryDisplayName(o.category)), item(details, details),
                item(PersonRecordService::overrideStateDisplayName(o.state)),
                item(tr("%1, %2").arg(o.requestedBy, when(o.requestedAt))),
                item(o.decidedBy.isEmpty() ? QString() : tr("%1, %2").arg(o.decidedBy, when(o.decidedAt))),
                item(when(o.expiresAt))});
    }
    fitColumns(t);
}

void PersonView::updateTabTitles()
{
    const qsizetype counts[] = {m_record->history.size(), m_record->tests.size(), m_record->stays.size(),
                                m_record->scans.size(),   m_record->cards.size(), m_record->overrides.size()};
    QTabWidget* tabs = m_ui->detailsTabWidget;
    for (int i = 0; i < tabs->count() && i < static_cast<int>(std::size(counts)); ++i)
        tabs->setTabText(
            i, QStringLiteral("%1 (%2)").arg(tabs->widget(i)->property("baseTitle").toString()).arg(counts[i]));
}

void PersonView::requestOverride()
{
    if (!m_record)
        return;
    OverrideDialog dialog(m_db, m_session, QString(), this);
    dialog.setPerson(m_record->person.id, m_ui->nameLabel->text());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(tr("Override %1 requested; it waits for a second official's approval.").arg(dialog.requestId()));
    reload();
}

void PersonView::reveal()
{
    if (!m_record)
        return;
    const qint64 id = m_record->person.id;
    const QString name = m_record->person.name;
    auto* dialog = new ReasonDialog(tr("Reveal ID Number and Phone"),
                                    tr("Why do you need the full ID number and phone of %1? Your reason is recorded "
                                       "in the audit log with your name.")
                                        .arg(name),
                                    true, this);
    dialog->setObjectName(QStringLiteral("revealDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, name] {
        auto shown = services::PeopleService::revealIdentifiers(m_db, m_session, id, dialog->reason());
        if (!shown) {
            MessageBox::critical(this, tr("Cannot Reveal"),
                                 tr("The ID number and phone of %1 were not shown.").arg(name), shown.error().message);
            return;
        }
        if (!m_record || m_record->person.id != id)
            return;
        m_ui->nationalIdLabel->setText(shown.value().nationalId);
        m_ui->phoneLabel->setText(shown.value().phone.isEmpty() ? tr("none") : shown.value().phone);
        m_revealed = true;
        m_ui->revealPushButton->setEnabled(false);
        m_ui->revealPushButton->setText(tr("Revealed (recorded in the audit log)"));
        Q_EMIT statusMessage(tr("ID number and phone of %1 revealed; the audit log records it.").arg(name));
    });
    dialog->open();
}

} // namespace hc::gui
