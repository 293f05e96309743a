#include "OverviewPage.h"
#include "overview/ui_OverviewPage.h"

#include "reports/DailyReport.h"
#include "util/ReasonDialog.h"
#include "services/OverrideService.h"
#include "util/BackgroundJob.h"
#include "util/BusyCursor.h"
#include "util/Clock.h"
#include "util/MessageBox.h"
#include "util/TableViews.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineSeries>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>

namespace hc::gui {

using overview::Figure;
using rules::Colour;
using services::OverrideInfo;

namespace {
constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kRefreshMs = 60 * 1000;

QColor colourOf(Colour c)
{
    switch (c) {
    case Colour::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case Colour::Yellow:
        return QColor(0xf9, 0xa8, 0x25);
    case Colour::Red:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

QString when(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(), QLocale::ShortFormat);
}

void fill(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows)
{
    table->clear();
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    fitColumns(table); // with room around the headers, also when empty

}
} // namespace

OverviewPage::OverviewPage(const db::Database& db, const auth::Session& session, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::OverviewPage>()), m_db(db), m_session(session),
      m_refreshTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    for (QTableWidget* t : {m_ui->topRulesTableWidget, m_ui->pendingTableWidget, m_ui->expiringTableWidget,
                            m_ui->signalsTableWidget, m_ui->importsTableWidget}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_reportJob = new BackgroundJob(db, QStringLiteral("overview-report"), this);
    connect(m_reportJob, &BackgroundJob::finished, this, [this] {
        m_ui->reportButton->setEnabled(true);
        const bool ok = m_reportStatus.ok();
        const QString message = ok ? tr("Daily report saved to %1.").arg(m_reportPath)
                                   : tr("The daily report was not saved: %1").arg(m_reportStatus.error().message);
        if (!ok)
            MessageBox::warning(this, tr("Daily Report"), message);
        Q_EMIT statusMessage(message);
        Q_EMIT reportFinished(ok, message);
    });
    connect(m_ui->reportButton, &QPushButton::clicked, this, &OverviewPage::chooseReportFile);
    m_ui->coloursChartView->setRenderHint(QPainter::Antialiasing);
    m_ui->approveButton->setVisible(m_session.can(auth::Permission::ApproveOverride));
    m_ui->rejectButton->setVisible(m_session.can(auth::Permission::ApproveOverride));
    m_ui->pendingGroupBox->setVisible(m_session.can(auth::Permission::ApproveOverride) ||
                                      m_session.can(auth::Permission::ApproveRules));
    m_ui->signalsGroupBox->setVisible(m_session.can(auth::Permission::ViewAudit));
    m_ui->auditGroupBox->setVisible(m_session.can(auth::Permission::ViewAudit));
    m_ui->importsGroupBox->setVisible(m_session.can(auth::Permission::ImportData) ||
                                      m_session.can(auth::Permission::ViewAudit));
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(m_ui->districtComboBox, &QComboBox::currentIndexChanged, this, &OverviewPage::districtChanged);
    connect(m_ui->pendingTableWidget, &QTableWidget::itemSelectionChanged, this,
            &OverviewPage::pendingSelectionChanged);
    connect(m_ui->pendingTableWidget, &QTableWidget::itemDoubleClicked, this, &OverviewPage::openSelected);
    connect(m_ui->openButton, &QPushButton::clicked, this, &OverviewPage::openSelected);
    connect(m_ui->approveButton, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this, [this] { decideSelected(false); });
    // Others change statuses, requests and imports meanwhile: the home page follows while it is shown.
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_refreshTimer->start();
    refresh();
}

OverviewPage::~OverviewPage() = default;

QIcon OverviewPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("go-home"), style()->standardIcon(QStyle::SP_DirHomeIcon));
}

void OverviewPage::activate()
{
    refresh();
}

void OverviewPage::refresh()
{
    // Precomputed daily counts and a handful of small queries: quick enough for the GUI thread.
    BusyCursor busy;
    QElapsedTimer timer;
    timer.start();
    auto loaded = overview::Overview::load(m_db, m_session, Clock::nowSecs());
    if (!loaded) {
        m_ui->headlineLabel->setText(tr("The overview could not be loaded: %1").arg(loaded.error().message));
        return;
    }
    m_data = loaded.value();
    showCounts();
    showDistricts();
    showChanges();
    showPending();
    showLists();
    m_lastLoadMs = timer.elapsed();
}

namespace {
QString figureText(const Figure& f)
{
    return f.value ? QLocale().toString(*f.value) : OverviewPage::tr("suppressed");
}
} // namespace

void OverviewPage::showCounts()
{
    const overview::OverviewData& d = m_data;
    if (!d.countsDay.isValid())
        m_ui->headlineLabel->setText(tr("No colour counts recorded yet: they appear after the first re-evaluation "
                                        "of the statuses."));
    else
        m_ui->headlineLabel->setText(
            tr("<b>%1</b> — colour counts as of %2, updated %3")
                .arg(m_session.userName, QLocale().toString(d.countsDay, QLocale::LongFormat), when(d.now)));
    m_ui->totalCountLabel->setText(tr("People: <b>%1</b>").arg(figureText(d.current.people)));
    QLabel* labels[] = {m_ui->greenCountLabel, m_ui->yellowCountLabel, m_ui->redCountLabel};
    for (int c = 0; c < rules::kColourCount; ++c) {
        const Colour colour = static_cast<Colour>(c);
        labels[c]->setText(QStringLiteral("<span style=\"color:%1\">■</span> %2: <b>%3</b>")
                               .arg(colourOf(colour).name(), rules::colourDisplayName(colour),
                                    figureText(d.current.colours[static_cast<std::size_t>(c)])));
    }
    m_ui->suppressionLabel->setText(
        tr("Figures for fewer than %1 people are shown as suppressed, and so are parts that would give them away; "
           "the chart draws them together as one grey band.")
            .arg(d.threshold));
}

void OverviewPage::showDistricts()
{
    const qint64 chosen = m_ui->districtComboBox->currentData().toLongLong();
    const QSignalBlocker blocker(m_ui->districtComboBox);
    m_ui->districtComboBox->clear();
    m_ui->districtComboBox->addItem(tr("All districts"), qint64(0));
    for (const overview::DistrictName& d : m_data.districts)
        m_ui->districtComboBox->addItem(d.name, d.id);
    m_ui->districtComboBox->setCurrentIndex(std::max(0, m_ui->districtComboBox->findData(chosen)));
    m_ui->districtComboBox->setVisible(m_data.districts.size() > 1);
    districtChanged();
}

void OverviewPage::districtChanged()
{
    const qint64 district = m_ui->districtComboBox->currentData().toLongLong();
    if (district == 0) {
        m_chart = {m_data.days, m_data.daysSuppressed};
    } else {
        auto series = overview::Overview::series(m_db, m_session, district, m_data.now);
        m_chart = series ? series.value() : overview::ColourSeries{};
    }
    showChart();
}

void OverviewPage::showChart()
{
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("MM-dd"));
    axisX->setTickCount(std::clamp(static_cast<int>(m_chart.days.size()) + 1, 2, 6));
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    // Stacked: each colour's area lies between the sum of the colours below it and that sum plus its own.
    // A day's counts hold until the next day's: each day is drawn from its start to its end.
    // Suppressed colours go into one grey band on top: its height is the published total minus the shown
    // colours, which anyone can work out already, and it keeps the stack as high as the people counted.
    QList<qreal> lower(m_chart.days.size(), 0.0);
    qreal top = 0;
    for (int c = 0; c <= rules::kColourCount; ++c) {
        const bool band = c == rules::kColourCount;
        auto* upperLine = new QLineSeries;
        auto* lowerLine = new QLineSeries;
        for (int i = 0; i < m_chart.days.size(); ++i) {
            const overview::DayCounts& day = m_chart.days[i];
            qreal value = 0;
            if (band) {
                if (!overview::suppress(day.counts.people, m_data.threshold).suppressed())
                    value = static_cast<qreal>(day.counts.people) - lower[i];
            } else if (!m_chart.suppressed[i][static_cast<std::size_t>(c)]) {
                value = static_cast<qreal>(day.counts.colours[static_cast<std::size_t>(c)]);
            }
            const qreal from = static_cast<qreal>(day.day.startOfDay().toMSecsSinceEpoch());
            const qreal to = static_cast<qreal>(day.day.addDays(1).startOfDay().toMSecsSinceEpoch());
            lowerLine->append(from, lower[i]);
            lowerLine->append(to, lower[i]);
            lower[i] += value;
            upperLine->append(from, lower[i]);
            upperLine->append(to, lower[i]);
            top = std::max(top, lower[i]);
        }
        auto* area = new QAreaSeries(upperLine, lowerLine);
        // An area series does not own its lines: parented to it, they go with the chart (LeakSanitizer).
        upperLine->setParent(area);
        lowerLine->setParent(area);
        const QColor colour = band ? QColor(0x9e, 0x9e, 0x9e) : colourOf(static_cast<Colour>(c));
        area->setName(band ? tr("Suppressed") : rules::colourDisplayName(static_cast<Colour>(c)));
        area->setColor(colour);
        area->setBorderColor(colour.darker(120));
        chart->addSeries(area);
        area->attachAxis(axisX);
        area->attachAxis(axisY);
    }
    axisY->setRange(0, std::max<qreal>(top * 1.05, 10.0));
    axisY->applyNiceNumbers(); // round ticks (1,000 2,000 ...), not a fraction of the top
    if (!m_chart.days.isEmpty())
        axisX->setRange(m_chart.days.first().day.startOfDay(), m_chart.days.last().day.addDays(1).startOfDay());
    QChart* old = m_ui->coloursChartView->chart();
    m_ui->coloursChartView->setChart(chart);
    delete old;
}

void OverviewPage::showChanges()
{
    const overview::OverviewData& d = m_data;
    QStringList parts;
    for (int c = 0; c < rules::kColourCount; ++c)
        parts << tr("to %1: %2")
                     .arg(rules::colourDisplayName(static_cast<Colour>(c)),
                          figureText(d.changesTo[static_cast<std::size_t>(c)]));
    m_ui->changesLabel->setText(
        tr("<b>%1</b> colour changes (%2)").arg(figureText(d.changes24h), parts.join(tr(", "))));
    QList<QStringList> rows;
    for (const overview::RuleChanges& r : d.topRules)
        rows << QStringList{r.ruleId.isEmpty() ? tr("(no rule applies, or an override)") : r.ruleId,
                            figureText(r.people)};
    fill(m_ui->topRulesTableWidget, {tr("Rule"), tr("Changes")}, rows);
}

void OverviewPage::showPending()
{
    QTableWidget* t = m_ui->pendingTableWidget;
    t->clear();
    t->setColumnCount(4);
    t->setHorizontalHeaderLabels({tr("What"), tr("Details"), tr("Requested by"), tr("Since")});
    t->setRowCount(0);
    auto add = [t](const QString& kind, qint64 id, const QStringList& cells) {
        const int row = t->rowCount();
        t->insertRow(row);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(kKindRole, kind);
            item->setData(kIdRole, id);
            t->setItem(row, c, item);
        }
    };
    for (const services::OverrideInfo& o : m_data.pendingOverrides)
        add(QStringLiteral("override"), o.id,
            {tr("Override %1").arg(o.id),
             tr("%1 to %2: %3")
                 .arg(o.personName, rules::colourDisplayName(o.target), services::overrideReasonDisplayName(o.reason)),
             o.requestedBy, when(o.requestedAt)});
    for (const services::RuleVersionInfo& v : m_data.pendingRules)
        add(QStringLiteral("rules"), v.version,
            {tr("Rule set version %1").arg(v.version), v.summary, v.proposedBy, when(v.proposedAt)});
    fitColumns(t);
    const bool empty = t->rowCount() == 0;
    m_ui->pendingEmptyLabel->setText(empty ? tr("Nothing waits for your decision.")
                                           : tr("%n item(s) wait for your decision.", nullptr, t->rowCount()));
    if (!empty)
        t->setCurrentCell(0, 0);
    pendingSelectionChanged();
}

void OverviewPage::pendingSelectionChanged()
{
    const QTableWidgetItem* item = m_ui->pendingTableWidget->currentItem();
    const bool selected = item && m_ui->pendingTableWidget->selectionModel()->hasSelection();
    const bool isOverride = selected && item->data(kKindRole).toString() == QLatin1String("override");
    m_ui->openButton->setEnabled(selected);
    m_ui->approveButton->setEnabled(isOverride);
    m_ui->rejectButton->setEnabled(isOverride);
}

void OverviewPage::openSelected()
{
    const QTableWidgetItem* item = m_ui->pendingTableWidget->currentItem();
    if (!item)
        return;
    Q_EMIT pageRequested(item->data(kKindRole).toString() == QLatin1String("override") ? QStringLiteral("OverridesPage")
                                                                                       : QStringLiteral("RulesPage"));
}

void OverviewPage::decideSelected(bool approve)
{
    const QTableWidgetItem* item = m_ui->pendingTableWidget->currentItem();
    if (!item || item->data(kKindRole).toString() != QLatin1String("override"))
        return;
    const qint64 id = item->data(kIdRole).toLongLong();
    auto found = services::OverrideService::byId(m_db, m_session, id);
    if (!found) {
        MessageBox::warning(this, tr("Override %1").arg(id), found.error().message);
        refresh();
        return;
    }
    const OverrideInfo o = found.value();
    const QString title = approve ? tr("Approve Override") : tr("Reject Override");
    const QString question =
        approve ? tr("Approve override %1 (%2 for %3, asked by %4: %5)? It takes effect at once. Add a note if you "
                     "like.")
                      .arg(o.id)
                      .arg(rules::colourDisplayName(o.target), o.personName, o.requestedBy, o.note)
                : tr("Why do you reject override %1? The reason is recorded in the audit log.").arg(o.id);
    ReasonDialog dialog(title, question, !approve, this);
    dialog.setObjectName(approve ? QStringLiteral("approveOverrideDialog") : QStringLiteral("rejectOverrideDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status done = approve
                            ? services::OverrideService::approve(m_db, m_session, o.id, dialog.reason(), o.rowVersion)
                            : services::OverrideService::reject(m_db, m_session, o.id, dialog.reason(), o.rowVersion);
    if (!done)
        MessageBox::warning(this, title, done.error().message);
    else
        Q_EMIT statusMessage(approve ? tr("Override %1 approved, in force now.").arg(o.id)
                                     : tr("Override %1 rejected.").arg(o.id));
    refresh();
}

void OverviewPage::chooseReportFile()
{
    const QDate today = QDate::currentDate();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Daily Report"), QStringLiteral("daily-report-%1.pdf").arg(today.toString(Qt::ISODate)),
        tr("PDF report (*.pdf);;Tables as CSV (*.csv)"));
    if (!path.isEmpty())
        saveReport(path, overview::DailyCounts::dayOf(Clock::nowSecs()));
}

bool OverviewPage::saveReport(const QString& path, const QDate& day)
{
    if (m_reportJob->isRunning())
        return false;
    m_reportPath = path;
    m_ui->reportButton->setEnabled(false);
    const auth::Session session = m_session;
    const qint64 now = Clock::nowSecs();
    // Building the report reads a day of history and paints the PDF: off the GUI thread, with its own connection.
    return m_reportJob->start(
        [this, session, path, day, now](Result<db::Database>& connection, const BackgroundJob::Progress&) {
            if (!connection) {
                m_reportStatus = connection.error();
                return;
            }
            auto data = reports::DailyReport::build(connection.value(), session, day, QString(), now);
            m_reportStatus = data ? reports::DailyReport::save(data.value(), path) : Status(data.error());
        });
}

void OverviewPage::showLists()
{
    const overview::OverviewData& d = m_data;
    QList<QStringList> expiring;
    for (const OverrideInfo& o : d.expiringSoon)
        expiring << QStringList{tr("Override %1").arg(o.id), rules::colourDisplayName(o.target),
                                services::overrideReasonDisplayName(o.reason), when(o.expiresAt)};
    fill(m_ui->expiringTableWidget, {tr("Override"), tr("Colour"), tr("Reason"), tr("Ends")}, expiring);

    QList<QStringList> flagged;
    for (const services::OverrideSignal& s : d.misuseSignals)
        flagged << QStringList{s.official, QLocale().toString(s.requests), s.flags.join(tr("; "))};
    fill(m_ui->signalsTableWidget, {tr("Official"), tr("Requests"), tr("What stands out")}, flagged);

    QList<QStringList> imports;
    for (const overview::ImportRunSummary& r : d.imports)
        imports << QStringList{
            r.fileName,       r.kind, r.state, QLocale().toString(r.imported), QLocale().toString(r.rejected),
            when(r.startedAt)};
    fill(m_ui->importsTableWidget, {tr("File"), tr("Kind"), tr("State"), tr("Imported"), tr("Rejected"), tr("Started")},
         imports);

    auto mark = [](const overview::AuditMark& m) {
        return m.at == 0 ? tr("never") : tr("%1 by %2").arg(when(m.at), m.actor);
    };
    m_ui->auditLabel->setText(tr("Last verification: %1<br>Last signed checkpoint: %2")
                                  .arg(mark(d.lastVerification), mark(d.lastCheckpoint)));
}

} // namespace hc::gui
