#include "HeatmapPage.h"
#include "heatmap/ui_HeatmapPage.h"

#include "HeatmapMapWidget.h"
#include "heatmap/Heatmap.h"
#include "heatmap/HeatmapExport.h"
#include "heatmap/PeopleSketch.h"
#include "heatmap/RollupConfig.h"
#include "util/BackgroundJob.h"
#include "util/MessageBox.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHeaderView>
#include <QHideEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QShowEvent>
#include <QStyle>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>

namespace hc::gui {

using heatmap::Heatmap;
using heatmap::HeatmapFrame;
using heatmap::HeatmapMetric;
using heatmap::ScanColour;

namespace {
constexpr qint64 kHour = heatmap::RollupConfig::kHour;

QString timeText(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString windowText(qint64 from, qint64 to)
{
    return HeatmapPage::tr("%1 – %2").arg(timeText(from), timeText(to));
}

QColor seriesColour(ScanColour c)
{
    switch (c) {
    case ScanColour::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case ScanColour::Yellow:
        return QColor(0xe0, 0x9b, 0x00);
    case ScanColour::Red:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::black;
}

// A swatch with the colour's name next to it in the filter: the name carries the meaning, the swatch helps.
QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(QColor(0x44, 0x44, 0x44));
    p.setBrush(colour);
    p.drawRect(QRectF(0.5, 0.5, 13, 13));
    return QIcon(pixmap);
}

QTableWidgetItem* numberItem(qint64 value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* suppressedItem(int threshold)
{
    auto* item = new QTableWidgetItem(HeatmapPage::tr("suppressed"));
    item->setToolTip(HeatmapPage::tr("Fewer than %1 people, or hidden so that a small group cannot be worked out "
                                     "by subtraction.")
                         .arg(threshold));
    item->setForeground(QColor(0x66, 0x66, 0x66));
    QFont f = item->font();
    f.setItalic(true);
    item->setFont(f);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

HeatmapPage::HeatmapPage(const db::Database& db, const auth::Session& session, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::HeatmapPage>()), m_db(db), m_session(session),
      m_loadJob(new BackgroundJob(db, QStringLiteral("heatmap-load"), this)),
      m_hoursJob(new BackgroundJob(db, QStringLiteral("heatmap-hours"), this)), m_reloadTimer(new QTimer(this)),
      m_playTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->mainSplitter->setSizes({760, 440});
    m_ui->sideSplitter->setSizes({300, 300});

    m_ui->metricComboBox->addItem(heatmap::HeatmapRenderer::metricName(HeatmapMetric::Scans),
                                  static_cast<int>(HeatmapMetric::Scans));
    m_ui->metricComboBox->addItem(heatmap::HeatmapRenderer::metricName(HeatmapMetric::People),
                                  static_cast<int>(HeatmapMetric::People));
    m_ui->colourComboBox->addItem(tr("All colours"), -1);
    for (const ScanColour c : {ScanColour::Green, ScanColour::Yellow, ScanColour::Red})
        m_ui->colourComboBox->addItem(swatch(seriesColour(c)), heatmap::ScanColours::displayName(c),
                                      static_cast<int>(c));
    m_ui->speedComboBox->addItem(tr("1 hour per second"), 1);
    m_ui->speedComboBox->addItem(tr("2 hours per second"), 2);
    m_ui->speedComboBox->addItem(tr("4 hours per second"), 4);
    m_ui->speedComboBox->addItem(tr("8 hours per second"), 8);
    m_ui->speedComboBox->setCurrentIndex(1);
    m_ui->hourSlider->setRange(0, 0);

    for (QTableWidget* table : {m_ui->venuesTableWidget, m_ui->districtsTableWidget}) {
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
        table->horizontalHeader()->setStretchLastSection(false);
    }
    m_ui->venuesTableWidget->setColumnCount(5);
    m_ui->venuesTableWidget->setHorizontalHeaderLabels(
        {tr("Venue"), tr("Code"), tr("District"), tr("Scans"), tr("Distinct people")});
    m_ui->venuesTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->districtsTableWidget->setColumnCount(3);
    m_ui->districtsTableWidget->setHorizontalHeaderLabels({tr("District"), tr("Scans"), tr("Distinct people")});
    m_ui->districtsTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* chart = new QChart;
    chart->setObjectName(QStringLiteral("hourlyChart"));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // setChart() releases the view's own first chart without deleting it (LeakSanitizer).
    QChart* initial = m_ui->hourlyChartView->chart();
    m_ui->hourlyChartView->setChart(chart);
    delete initial;
    m_ui->hourlyChartView->setRenderHint(QPainter::Antialiasing);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &HeatmapPage::reload);
    connect(m_playTimer, &QTimer::timeout, this, &HeatmapPage::step);

    connect(m_ui->cityComboBox, &QComboBox::currentIndexChanged, this, &HeatmapPage::citySelected);
    connect(m_ui->districtComboBox, &QComboBox::currentIndexChanged, this, &HeatmapPage::districtSelected);
    connect(m_ui->metricComboBox, &QComboBox::currentIndexChanged, this, &HeatmapPage::metricChanged);
    connect(m_ui->colourComboBox, &QComboBox::currentIndexChanged, this, &HeatmapPage::reload);
    connect(m_ui->fromDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &HeatmapPage::scheduleReload);
    connect(m_ui->toDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &HeatmapPage::scheduleReload);
    connect(m_ui->lastDayButton, &QPushButton::clicked, this, &HeatmapPage::showLastDay);
    connect(m_ui->exportPngButton, &QPushButton::clicked, this, &HeatmapPage::exportMap);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &HeatmapPage::exportFigures);
    connect(m_ui->playButton, &QPushButton::toggled, this, &HeatmapPage::togglePlay);
    connect(m_ui->hourSlider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_showing)
            showHour(value);
    });
    connect(m_ui->speedComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_playTimer->setInterval(1000 / std::max(1, m_ui->speedComboBox->currentData().toInt())); });
    m_playTimer->setInterval(1000 / m_ui->speedComboBox->currentData().toInt());
    connect(m_ui->wholeWindowButton, &QPushButton::clicked, this, [this] {
        m_ui->playButton->setChecked(false);
        showWholeWindow();
    });
    connect(m_ui->heatmapMapWidget, &HeatmapMapWidget::areaActivated, this, &HeatmapPage::areaActivated);
    connect(m_loadJob, &BackgroundJob::finished, this, &HeatmapPage::jobStopped);
    connect(m_hoursJob, &BackgroundJob::finished, this, &HeatmapPage::jobStopped);

    loadCities();
    updateActions();
}

HeatmapPage::~HeatmapPage()
{
    // The workers post to this page: stop them before any member they write goes away.
    m_playTimer->stop();
    delete m_hoursJob;
    delete m_loadJob;
}

QIcon HeatmapPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("applications-science"), style()->standardIcon(QStyle::SP_DriveNetIcon));
}

void HeatmapPage::activate()
{
    // Imports since the page was last shown add scans: read the window again (not the choices). The first
    // reading starts when the page is first shown.
    if (!m_geography)
        loadCities();
    else if (m_loaded && jurisdiction() != 0)
        reload();
}

void HeatmapPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_deferred) {
        m_deferred = false;
        reload();
    }
}

void HeatmapPage::hideEvent(QHideEvent* event)
{
    m_ui->playButton->setChecked(false);
    Page::hideEvent(event);
}

HeatmapMapWidget* HeatmapPage::mapWidget() const
{
    return m_ui->heatmapMapWidget;
}

bool HeatmapPage::isBusy() const
{
    // Until finished() is handled, not merely until the threads end: the results are taken over there.
    return m_loading || m_readingHours || m_reloadTimer->isActive();
}

int HeatmapPage::hourCount() const
{
    return m_to > m_from ? static_cast<int>((m_to - m_from) / kHour) : 0;
}

void HeatmapPage::loadCities()
{
    auto geography = heatmap::Geography::load(m_db);
    if (!geography) {
        fail(geography.error().message);
        return;
    }
    m_geography = std::move(geography).value();
    const QSet<qint64> scope = m_geography->subtree(m_session.jurisdictionId);
    const QSignalBlocker block(m_ui->cityComboBox);
    m_ui->cityComboBox->clear();
    for (const heatmap::Area& a : m_geography->areas())
        if (a.level == QLatin1String("city") && (m_session.inScope(a.id) || scope.contains(a.id)))
            m_ui->cityComboBox->addItem(a.name, a.id);
    // An official of one district sees the heatmap of that district only.
    if (m_ui->cityComboBox->count() == 0)
        if (const heatmap::Area* own = m_geography->find(m_session.jurisdictionId);
            own && own->level == QLatin1String("district"))
            m_ui->cityComboBox->addItem(own->name, own->id);
    if (m_ui->cityComboBox->count() == 0) {
        m_ui->summaryLabel->setText(tr("There is no city in your jurisdiction to draw: import the jurisdictions with "
                                       "their boundaries first (healthcode-ctl import jurisdictions)."));
        updateActions();
        return;
    }
    m_ui->cityComboBox->setCurrentIndex(0);
    citySelected();
}

void HeatmapPage::citySelected()
{
    if (!m_geography || m_ui->cityComboBox->currentIndex() < 0)
        return;
    const qint64 city = m_ui->cityComboBox->currentData().toLongLong();
    const QSet<qint64> scope = m_geography->subtree(m_session.jurisdictionId);
    {
        const QSignalBlocker block(m_ui->districtComboBox);
        m_ui->districtComboBox->clear();
        const heatmap::Area* area = m_geography->find(city);
        if (area && area->level == QLatin1String("city")) {
            m_ui->districtComboBox->addItem(tr("Whole city"), city);
            for (const qint64 id : m_geography->rollupAreasOf(city))
                if (const heatmap::Area* d = m_geography->find(id);
                    d && id != city && (m_session.inScope(id) || scope.contains(id)))
                    m_ui->districtComboBox->addItem(d->name, d->id);
        } else if (area) {
            m_ui->districtComboBox->addItem(area->name, area->id);
        }
    }
    m_ui->heatmapMapWidget->setAreas(*m_geography, jurisdiction());
    showLastDay();
}

void HeatmapPage::districtSelected()
{
    if (!m_geography)
        return;
    m_ui->heatmapMapWidget->setAreas(*m_geography, jurisdiction());
    reload();
}

void HeatmapPage::areaActivated(qint64 id)
{
    const int index = m_ui->districtComboBox->findData(id);
    if (index >= 0)
        m_ui->districtComboBox->setCurrentIndex(index);
}

qint64 HeatmapPage::jurisdiction() const
{
    if (m_ui->districtComboBox->currentIndex() >= 0)
        return m_ui->districtComboBox->currentData().toLongLong();
    return m_ui->cityComboBox->currentIndex() >= 0 ? m_ui->cityComboBox->currentData().toLongLong() : 0;
}

std::optional<ScanColour> HeatmapPage::colour() const
{
    const int c = m_ui->colourComboBox->currentData().toInt();
    return c < 0 ? std::nullopt : std::optional<ScanColour>(static_cast<ScanColour>(c));
}

HeatmapMetric HeatmapPage::chosenMetric() const
{
    return static_cast<HeatmapMetric>(m_ui->metricComboBox->currentData().toInt());
}

QString HeatmapPage::areaName(qint64 id) const
{
    const heatmap::Area* a = m_geography ? m_geography->find(id) : nullptr;
    return a ? a->name : QString::number(id);
}

void HeatmapPage::showLastDay()
{
    const qint64 id = jurisdiction();
    if (id == 0)
        return;
    auto last = Heatmap::lastHourWithData(m_db, m_session, id);
    auto config = heatmap::RollupConfig::load(m_db);
    if (!last || !config) {
        fail(!last ? last.error().message : config.error().message);
        return;
    }
    // The 24 hours up to and with the last hour with scans: a whole day of data to play back, wherever the
    // imports stopped. Without scans, the local day (as the rollups count days) so far.
    if (last.value() > 0) {
        const qint64 end = last.value() + kHour;
        setWindow(QDateTime::fromSecsSinceEpoch(end - heatmap::RollupConfig::kDay), QDateTime::fromSecsSinceEpoch(end));
    } else {
        const qint64 day = config.value().dayBucket(QDateTime::currentSecsSinceEpoch());
        setWindow(QDateTime::fromSecsSinceEpoch(day), QDateTime::fromSecsSinceEpoch(day + heatmap::RollupConfig::kDay));
    }
    if (last.value() == 0)
        Q_EMIT statusMessage(tr("No scans in %1 yet: import scans first.").arg(areaName(id)));
}

void HeatmapPage::setWindow(const QDateTime& from, const QDateTime& to)
{
    {
        const QSignalBlocker a(m_ui->fromDateTimeEdit);
        const QSignalBlocker b(m_ui->toDateTimeEdit);
        m_ui->fromDateTimeEdit->setDateTime(from.toLocalTime());
        m_ui->toDateTimeEdit->setDateTime(to.toLocalTime());
    }
    reload();
}

void HeatmapPage::scheduleReload()
{
    m_reloadTimer->start(300);
}

void HeatmapPage::reload()
{
    m_reloadTimer->stop();
    const qint64 id = jurisdiction();
    if (id == 0)
        return;
    // Nothing is read for a page nobody looks at (the main window builds every page at login).
    if (!isVisible()) {
        m_deferred = true;
        return;
    }
    heatmap::HeatmapQuery q;
    q.jurisdictionId = id;
    q.from = m_ui->fromDateTimeEdit->dateTime();
    q.to = m_ui->toDateTimeEdit->dateTime();
    q.colour = colour();
    if (q.from >= q.to) {
        fail(tr("The window needs a start before its end."));
        return;
    }
    if (q.from.daysTo(q.to) > Heatmap::kMaxWindowDays) {
        fail(tr("The window is longer than %1 days.").arg(Heatmap::kMaxWindowDays));
        return;
    }
    if (m_loadJob->isRunning() || m_hoursJob->isRunning()) {
        // Tried again once the running reads stopped (their finished() may already be on its way, so the
        // timer tries again too rather than waiting for a signal that has passed).
        m_reloadPending = true;
        m_loadJob->cancel();
        m_hoursJob->cancel();
        m_reloadTimer->start(50);
        return;
    }
    m_reloadPending = false;
    m_ui->playButton->setChecked(false);
    ++m_generation;
    m_query = q;
    const qint64 f = q.from.toSecsSinceEpoch();
    const qint64 t = q.to.toSecsSinceEpoch();
    m_from = f - ((f % kHour) + kHour) % kHour;
    m_to = t - ((t % kHour) + kHour) % kHour;
    if (m_to < t)
        m_to += kHour;
    m_hourFrames.clear();
    m_hourMaximum = {};
    m_hour = -1;
    {
        const QSignalBlocker block(m_ui->hourSlider);
        m_ui->hourSlider->setRange(0, std::max(0, hourCount() - 1));
        m_ui->hourSlider->setValue(0);
        m_ui->hourSlider->setTickInterval(hourCount() > 72 ? 24 : 6);
    }
    m_ui->summaryLabel->setText(tr("Reading the heatmap of %1…").arg(areaName(id)));

    m_loading = true;
    m_readingHours = true;
    startLoad();
    startHours();
    updateActions();
}

// Each worker posts what it read, tagged with the generation of the choices it was read for; the page takes
// over only the current generation's results (a cancelled or overtaken worker may still be posting).
void HeatmapPage::startLoad()
{
    const auth::Session session = m_session;
    const heatmap::HeatmapQuery q = m_query;
    const int generation = m_generation;
    m_loadJob->start([this, session, q, generation](Result<db::Database>& connection, const BackgroundJob::Progress&) {
        auto read = [&]() -> Result<Loaded> {
            if (!connection)
                return connection.error();
            const db::Database& db = connection.value();
            Loaded loaded;
            auto frame = Heatmap::frame(db, session, q);
            if (!frame)
                return frame.error();
            loaded.frame = std::move(frame).value();
            // The chart shows every colour whatever the filter: one series each.
            for (const ScanColour c : {ScanColour::Green, ScanColour::Yellow, ScanColour::Red}) {
                heatmap::HeatmapQuery byColour = q;
                byColour.colour = c;
                auto hourly = Heatmap::hourly(db, session, byColour);
                if (!hourly)
                    return hourly.error();
                loaded.hourly[static_cast<std::size_t>(c)] = std::move(hourly).value();
            }
            auto venues = Heatmap::topVenues(db, session, q, 10);
            if (!venues)
                return venues.error();
            loaded.venues = std::move(venues).value();
            return loaded;
        };
        QMetaObject::invokeMethod(
            this, [this, generation, result = read()] { loadArrived(generation, result); }, Qt::QueuedConnection);
    });
}

void HeatmapPage::startHours()
{
    const auth::Session session = m_session;
    const heatmap::HeatmapQuery q = m_query;
    const int generation = m_generation;
    const qint64 total = hourCount();
    // The hours are read ahead in order while the first frame is on screen, so that play-back only ever
    // waits for the database when it overtakes the reader.
    m_hoursJob->start([this, session, q, generation, total](Result<db::Database>& connection,
                                                            const BackgroundJob::Progress& progress) {
        Status st;
        if (!connection) {
            st = connection.error();
        } else {
            qint64 done = 0;
            st = Heatmap::hourFrames(connection.value(), session, q, [&](HeatmapFrame&& f) {
                QMetaObject::invokeMethod(
                    this, [this, generation, f = std::move(f)] { hourFrameArrived(generation, f); },
                    Qt::QueuedConnection);
                return progress(QString(), ++done, total);
            });
        }
        QMetaObject::invokeMethod(
            this, [this, generation, st] { hoursArrived(generation, st); }, Qt::QueuedConnection);
    });
}

void HeatmapPage::jobStopped()
{
    if (m_reloadPending)
        reload();
}

void HeatmapPage::loadArrived(int generation, const Result<Loaded>& result)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            fail(result.error().message);
        updateActions();
        return;
    }
    m_loaded = result.value();
    updateChart();
    updateTables();
    if (m_hour < 0)
        showWholeWindow();
    updateActions();
}

void HeatmapPage::hourFrameArrived(int generation, const HeatmapFrame& frame)
{
    if (generation != m_generation)
        return;
    const int index = static_cast<int>((frame.fromSecs - m_from) / kHour);
    m_hourFrames.insert(index, frame);
    // One scale for the whole play-back; only shown figures ever raise it.
    for (const heatmap::HeatmapCell& c : frame.cells)
        if (!c.figure.suppressed) {
            m_hourMaximum[0] = std::max(m_hourMaximum[0], c.figure.scans);
            m_hourMaximum[1] = std::max(m_hourMaximum[1], c.figure.people);
        }
    if (m_hour == index)
        showHour(index);
    else if (m_hour >= 0)
        m_ui->heatmapMapWidget->setScaleMaximum(hourMaximum());
}

void HeatmapPage::hoursArrived(int generation, const Status& status)
{
    if (generation != m_generation)
        return;
    m_readingHours = false;
    if (!status && status.error().code != ErrorCode::Cancelled)
        fail(status.error().message);
    updateActions();
}

qint64 HeatmapPage::hourMaximum() const
{
    return m_hourMaximum[chosenMetric() == HeatmapMetric::Scans ? 0 : 1];
}

void HeatmapPage::showFrame(const HeatmapFrame& frame, const QString& title)
{
    HeatmapMapWidget* map = m_ui->heatmapMapWidget;
    map->setMetric(chosenMetric());
    map->setColour(colour());
    map->setScaleMaximum(m_hour >= 0 ? hourMaximum() : 0);
    map->setTitle(title);
    map->setFrame(frame);

    const heatmap::AreaFigure& total = frame.total;
    const auto suppressed = std::count_if(frame.cells.cbegin(), frame.cells.cend(),
                                          [](const heatmap::HeatmapCell& c) { return c.figure.suppressed; });
    const QString what = heatmap::HeatmapRenderer::colourFilterName(colour());
    QString text;
    if (!total.figure.suppressed && total.figure.scans == 0)
        text = tr("%1: no scans of %2 in this window.").arg(areaName(total.jurisdictionId), what);
    else if (total.figure.suppressed)
        text = tr("%1, %2: suppressed (fewer than %3 people).")
                   .arg(areaName(total.jurisdictionId), what)
                   .arg(frame.threshold);
    else
        text = tr("%1, %2: %3 scans by %4 distinct people.")
                   .arg(areaName(total.jurisdictionId), what, QLocale().toString(total.figure.scans),
                        QLocale().toString(total.figure.people));
    if (!frame.cells.isEmpty())
        text += QLatin1Char(' ') + tr("Cells with scans: %1, of them suppressed: %2 (fewer than %3 people, or hidden "
                                      "so that a small group cannot be worked out by subtraction).")
                                       .arg(frame.cells.size())
                                       .arg(suppressed)
                                       .arg(frame.threshold);
    if (!total.figure.suppressed && total.figure.people > heatmap::PeopleSketch::kExactLimit)
        text += QLatin1Char(' ') + tr("Distinct people above %1 are estimated (standard error about 3%).")
                                       .arg(heatmap::PeopleSketch::kExactLimit);
    m_ui->summaryLabel->setText(text);
    updateHourLabel();
    updateChartMarker();
}

void HeatmapPage::showWholeWindow()
{
    m_hour = -1;
    if (!m_loaded)
        return;
    showFrame(m_loaded->frame,
              QStringLiteral("%1 · %2").arg(areaName(jurisdiction()),
                                            windowText(m_loaded->frame.fromSecs, m_loaded->frame.toSecs)));
}

void HeatmapPage::showHour(int index)
{
    if (index < 0 || index >= hourCount())
        return;
    m_hour = index;
    {
        m_showing = true;
        m_ui->hourSlider->setValue(index);
        m_showing = false;
    }
    const auto it = m_hourFrames.constFind(index);
    if (it == m_hourFrames.cend()) {
        // Not read yet: the last picture stays until it arrives (hourFrameArrived shows it).
        updateHourLabel();
        return;
    }
    const qint64 start = m_from + index * kHour;
    showFrame(*it, QStringLiteral("%1 · %2").arg(areaName(jurisdiction()), windowText(start, start + kHour)));
}

void HeatmapPage::togglePlay(bool play)
{
    m_ui->playButton->setText(play ? tr("&Pause") : tr("&Play"));
    m_ui->playButton->setAccessibleName(play ? tr("Pause the play-back") : tr("Play hour by hour"));
    if (!play) {
        m_playTimer->stop();
        return;
    }
    if (m_hour < 0 || m_hour >= hourCount() - 1)
        showHour(0);
    m_playTimer->start();
}

void HeatmapPage::step()
{
    const int next = m_hour + 1;
    if (next >= hourCount()) {
        m_ui->playButton->setChecked(false);
        return;
    }
    // Waits for the reader rather than skipping hours.
    if (!m_hourFrames.contains(next))
        return;
    showHour(next);
}

void HeatmapPage::metricChanged()
{
    if (m_hour >= 0)
        showHour(m_hour);
    else
        showWholeWindow();
    updateChart();
    updateChartMarker();
}

void HeatmapPage::updateHourLabel()
{
    QString text;
    if (m_hour < 0) {
        text = tr("Whole window: %1 h").arg(hourCount());
    } else {
        const qint64 start = m_from + m_hour * kHour;
        text = tr("Hour %1 of %2: %3–%4")
                   .arg(m_hour + 1)
                   .arg(hourCount())
                   .arg(timeText(start),
                        QLocale().toString(QDateTime::fromSecsSinceEpoch(start + kHour), QStringLiteral("HH:mm")));
        if (!m_hourFrames.contains(m_hour))
            text += QLatin1Char(' ') + tr("(reading…)");
    }
    m_ui->hourLabel->setText(text);
}

void HeatmapPage::updateChart()
{
    QChart* chart = m_ui->hourlyChartView->chart();
    chart->removeAllSeries();
    // removeAllSeries() deletes the series, removeAxis() only releases an axis: deleted here (LeakSanitizer).
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    if (!m_loaded)
        return;
    const bool scans = chosenMetric() == HeatmapMetric::Scans;
    chart->setTitle(scans ? tr("Scans per hour by colour of code") : tr("Distinct people per hour by colour of code"));

    auto* x = new QDateTimeAxis;
    // Hours as "HH" under the axis title "Hour": "HH:mm" did not fit seven labels into the chart's width.
    x->setFormat(hourCount() > 48 ? QStringLiteral("MM-dd") : QStringLiteral("HH"));
    x->setTitleText(tr("Hour"));
    x->setRange(QDateTime::fromSecsSinceEpoch(m_from), QDateTime::fromSecsSinceEpoch(m_to));
    x->setTickCount(hourCount() > 48 ? 8 : 7);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(scans ? tr("Scans") : tr("Distinct people"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // Each colour is a line broken where its figure is suppressed: a gap says "not shown", a point at zero
    // would say "none".
    qint64 top = 0;
    std::vector<QAbstractSeries*> extra;
    QList<qint64> suppressedHours;
    for (const ScanColour c : {ScanColour::Green, ScanColour::Yellow, ScanColour::Red}) {
        const auto& series = m_loaded->hourly[static_cast<std::size_t>(c)];
        QLineSeries* segment = nullptr;
        bool first = true;
        for (const heatmap::HourFigure& h : series) {
            if (h.figure.suppressed) {
                segment = nullptr;
                if (!suppressedHours.contains(h.hourStart))
                    suppressedHours << h.hourStart;
                continue;
            }
            if (!segment) {
                segment = new QLineSeries;
                segment->setName(tr("%1 codes").arg(heatmap::ScanColours::displayName(c)));
                QPen pen(seriesColour(c), 2);
                segment->setPen(pen);
                chart->addSeries(segment);
                segment->attachAxis(x);
                segment->attachAxis(y);
                if (!first)
                    extra.push_back(segment);
                first = false;
            }
            const qint64 v = scans ? h.figure.scans : h.figure.people;
            top = std::max(top, v);
            segment->append(static_cast<qreal>(h.hourStart) * 1000.0, static_cast<qreal>(v));
        }
    }
    y->setRange(0, std::max<qint64>(10, top + top / 10));
    y->applyNiceNumbers();
    if (!suppressedHours.isEmpty()) {
        std::sort(suppressedHours.begin(), suppressedHours.end());
        auto* upper = new QLineSeries;
        const qreal height = y->max();
        for (const qint64 h : suppressedHours) {
            const qreal a = static_cast<qreal>(h) * 1000.0;
            const qreal b = static_cast<qreal>(h + kHour) * 1000.0;
            upper->append(a, 0);
            upper->append(a, height);
            upper->append(b, height);
            upper->append(b, 0);
        }
        auto* band = new QAreaSeries(upper);
        upper->setParent(band); // an area series does not own its line
        band->setName(tr("suppressed"));
        band->setPen(Qt::NoPen);
        band->setBrush(QBrush(QColor(0x90, 0x90, 0x90, 110), Qt::BDiagPattern));
        chart->addSeries(band);
        band->attachAxis(x);
        band->attachAxis(y);
    }
    auto* marker = new QLineSeries;
    marker->setObjectName(QStringLiteral("hourMarkerSeries"));
    marker->setName(tr("hour shown"));
    marker->setPen(QPen(QColor(0xe0, 0x1b, 0x84), 2, Qt::DashLine));
    chart->addSeries(marker);
    marker->attachAxis(x);
    marker->attachAxis(y);
    // One legend entry per colour, however many pieces its line has.
    for (QAbstractSeries* s : extra)
        for (QLegendMarker* m : chart->legend()->markers(s))
            m->setVisible(false);
    updateChartMarker();
}

void HeatmapPage::updateChartMarker()
{
    QChart* chart = m_ui->hourlyChartView->chart();
    QLineSeries* marker = nullptr;
    for (QAbstractSeries* s : chart->series())
        if (s->objectName() == QLatin1String("hourMarkerSeries"))
            marker = qobject_cast<QLineSeries*>(s);
    if (!marker)
        return;
    marker->clear();
    const bool shown = m_hour >= 0;
    for (QLegendMarker* m : chart->legend()->markers(marker))
        m->setVisible(shown);
    if (!shown)
        return;
    auto axes = chart->axes(Qt::Vertical);
    const qreal top = axes.isEmpty() ? 1 : static_cast<QValueAxis*>(axes.first())->max();
    const qreal at = static_cast<qreal>(m_from + m_hour * kHour + kHour / 2) * 1000.0;
    marker->append(at, 0);
    marker->append(at, top);
}

void HeatmapPage::updateTables()
{
    if (!m_loaded)
        return;
    const int k = m_loaded->frame.threshold;
    QTableWidget* v = m_ui->venuesTableWidget;
    v->setSortingEnabled(false);
    v->setRowCount(static_cast<int>(m_loaded->venues.venues.size()));
    for (int r = 0; r < m_loaded->venues.venues.size(); ++r) {
        const heatmap::VenueFigure& f = m_loaded->venues.venues.at(r);
        v->setItem(r, 0, new QTableWidgetItem(f.name));
        v->setItem(r, 1, new QTableWidgetItem(f.code));
        v->setItem(r, 2, new QTableWidgetItem(areaName(f.districtId)));
        v->setItem(r, 3, numberItem(f.scans));
        v->setItem(r, 4, numberItem(f.people));
    }
    v->resizeColumnsToContents();
    v->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QString days = windowText(m_loaded->venues.fromSecs, m_loaded->venues.toSecs);
    m_ui->venuesNoteLabel->setText(
        m_loaded->venues.venues.isEmpty()
            ? tr("No venue had %1 or more distinct people (%2) over the whole days %3.")
                  .arg(k)
                  .arg(heatmap::HeatmapRenderer::colourFilterName(colour()), days)
            : tr("The venues with the most scans (%1) over the whole days %2; only venues with %3 or more distinct "
                 "people are listed.")
                  .arg(heatmap::HeatmapRenderer::colourFilterName(colour()), days)
                  .arg(k));

    QTableWidget* d = m_ui->districtsTableWidget;
    d->setSortingEnabled(false);
    QList<heatmap::AreaFigure> rows{m_loaded->frame.total};
    for (const heatmap::AreaFigure& a : m_loaded->frame.districts)
        if (a.jurisdictionId != m_loaded->frame.total.jurisdictionId)
            rows << a;
    d->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const heatmap::AreaFigure& a = rows.at(r);
        auto* name = new QTableWidgetItem(r == 0 ? tr("%1 (total)").arg(a.name) : a.name);
        if (r == 0) {
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
        }
        d->setItem(r, 0, name);
        d->setItem(r, 1, a.figure.suppressed ? suppressedItem(k) : numberItem(a.figure.scans));
        d->setItem(r, 2, a.figure.suppressed ? suppressedItem(k) : numberItem(a.figure.people));
    }
    d->resizeColumnsToContents();
    d->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void HeatmapPage::updateActions()
{
    const bool any = jurisdiction() != 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->cityComboBox, m_ui->districtComboBox, m_ui->metricComboBox,
                                                      m_ui->colourComboBox, m_ui->fromDateTimeEdit,
                                                      m_ui->toDateTimeEdit, m_ui->lastDayButton, m_ui->playButton,
                                                      m_ui->hourSlider, m_ui->speedComboBox, m_ui->wholeWindowButton})
        w->setEnabled(any);
    m_ui->exportPngButton->setEnabled(any && m_loaded.has_value());
    m_ui->exportCsvButton->setEnabled(any && m_loaded.has_value());
}

void HeatmapPage::fail(const QString& message)
{
    m_ui->summaryLabel->setText(message);
    Q_EMIT statusMessage(message);
}

Status HeatmapPage::exportTo(const QString& path)
{
    heatmap::HeatmapRenderer map = m_ui->heatmapMapWidget->renderer();
    map.setHighlightedCell(-1);
    QFont font = this->font();
    font.setPixelSize(std::max(12, heatmap::HeatmapExport::kDefaultPngSize.height() / 70));
    map.setFont(font);
    return heatmap::HeatmapExport::write(path, map);
}

void HeatmapPage::exportMap()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Map"), QStringLiteral("heatmap.png"), tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (const Status st = exportTo(path); !st)
        MessageBox::warning(this, tr("Export Map"), st.error().message);
    else
        Q_EMIT statusMessage(tr("Map saved as %1.").arg(path));
}

void HeatmapPage::exportFigures()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Figures"), QStringLiteral("heatmap.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status st = exportTo(path); !st)
        MessageBox::warning(this, tr("Export Figures"), st.error().message);
    else
        Q_EMIT statusMessage(tr("Figures saved as %1.").arg(path));
}

} // namespace hc::gui
