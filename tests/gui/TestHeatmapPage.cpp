// The Heatmap page driven like an official uses it, on a small demo city: the last day with data is shown, the
// map paints cells, suppressed cells are there and their tooltip says so without a number, play-back advances
// hour by hour at the chosen speed (the step intervals are printed), the colour filter and the metric change
// the map and the chart, the tables never show a number for a suppressed figure, and the exports write what
// the map shows.

#include "GuiTest.h"
#include "TestDatabase.h"

#include "MainWindow.h"
#include "auth/Authenticator.h"
#include "demo/DemoDataGenerator.h"
#include "heatmap/Heatmap.h"
#include "heatmap/HeatmapExport.h"
#include "heatmap/HeatmapMapWidget.h"
#include "heatmap/HeatmapPage.h"
#include "heatmap/Rollups.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolTip>

#include <algorithm>

using namespace hc;
using namespace hc::test;
using gui::HeatmapMapWidget;
using gui::HeatmapPage;

namespace {
demo::DemoDataOptions smallCity()
{
    demo::DemoDataOptions o;
    o.people = 20000;
    o.days = 2;
    o.scansPerDay = 8000;
    o.seed = 20200123;
    o.endAt = QDateTime(QDate(2024, 3, 3), QTime(0, 0), Qt::UTC);
    return o;
}

void selectByData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setFocus();
    box->setCurrentIndex(index);
}

QString tooltipAt(HeatmapMapWidget* map, const QPoint& pos)
{
    QHelpEvent help(QEvent::ToolTip, pos, map->mapToGlobal(pos));
    QApplication::sendEvent(map, &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

int firstCell(HeatmapMapWidget* map, bool suppressed)
{
    for (int i = 0; i < map->cells().size(); ++i)
        if (map->cells().at(i).figure.suppressed == suppressed && map->positionOf(i).x() >= 0)
            return i;
    return -1;
}
} // namespace

class TestHeatmapPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
    }

    void showPlayFilterExport()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        auth::Session admin = t.initAdmin();
        auto generated = demo::DemoDataGenerator::generate(t.db(), admin, smallCity());
        QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().message));
        admin = auth::Authenticator::sessionFor(t.db(), admin.userId).value();
        auto rebuilt = heatmap::Rollups::rebuild(t.db(), admin);
        QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.ok() ? QString() : rebuilt.error().message));
        const auth::Session viewer = t.addUser(admin, QStringLiteral("viewer"), auth::Role::Viewer);

        HeatmapPage page(t.db(), viewer);
        page.resize(1360, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* city = child<QComboBox>(&page, "cityComboBox");
        QVERIFY(city->count() >= 2);
        // The second city, as an official would pick it; the window is its last day with data.
        selectByData(city, city->itemData(1));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        const qint64 cityId = city->currentData().toLongLong();
        const auto last = heatmap::Heatmap::lastHourWithData(t.db(), viewer, cityId);
        QVERIFY(last.ok() && last.value() > 0);
        QCOMPARE(page.windowTo() - page.windowFrom(), 86400);
        QVERIFY(page.windowFrom() <= last.value() && last.value() < page.windowTo());
        QCOMPARE(page.hourCount(), 24);
        QCOMPARE(page.hourIndex(), -1);

        // Cells painted, some suppressed; the tooltip of a suppressed cell says so and gives no number.
        HeatmapMapWidget* map = page.mapWidget();
        QVERIFY2(!map->cells().isEmpty(), qPrintable(child<QLabel>(&page, "summaryLabel")->text()));
        const int hidden = firstCell(map, true);
        const int shown = firstCell(map, false);
        QVERIFY2(hidden >= 0 && shown >= 0, "the demo city's day has suppressed and shown cells on screen");
        const QString hiddenTip = tooltipAt(map, map->positionOf(hidden));
        QVERIFY2(hiddenTip.contains(QStringLiteral("Suppressed: fewer than 10 people")), qPrintable(hiddenTip));
        QVERIFY2(!hiddenTip.contains(QStringLiteral("scans,")) &&
                     !hiddenTip.contains(QStringLiteral("distinct people")),
                 qPrintable(hiddenTip));
        const QString shownTip = tooltipAt(map, map->positionOf(shown));
        QVERIFY2(
            shownTip.contains(QStringLiteral("%1 scans").arg(QLocale().toString(map->cells().at(shown).figure.scans))),
            qPrintable(shownTip));
        QToolTip::hideText();
        QVERIFY(child<QLabel>(&page, "summaryLabel")->text().contains(QStringLiteral("suppressed")));

        // The chart: one named series per colour of code.
        QChart* chart = child<QChartView>(&page, "hourlyChartView")->chart();
        QStringList names;
        for (QAbstractSeries* s : chart->series())
            names << s->name();
        for (const char* name : {"green codes", "yellow codes", "red codes"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), qPrintable(names.join(QStringLiteral(", "))));
        QVERIFY(chart->title().contains(QStringLiteral("Scans per hour")));
        // Tables: a suppressed figure is the word, never a number.
        auto* districts = child<QTableWidget>(&page, "districtsTableWidget");
        QVERIFY(districts->rowCount() >= 2);
        for (int r = 0; r < districts->rowCount(); ++r)
            for (int c = 1; c < 3; ++c) {
                const QString text = districts->item(r, c)->text();
                QVERIFY2(text == QLatin1String("suppressed") || text.toLongLong() >= 0, qPrintable(text));
            }
        auto* venues = child<QTableWidget>(&page, "venuesTableWidget");
        for (int r = 0; r < venues->rowCount(); ++r)
            QVERIFY(venues->item(r, 4)->data(Qt::DisplayRole).toLongLong() >= 10);
        saveScreenshot(&page, QStringLiteral("heatmap-day"));

        // Play at 8 hours a second: the hour advances one step at a time, at least three steps.
        selectByData(child<QComboBox>(&page, "speedComboBox"), 8);
        auto* slider = child<QSlider>(&page, "hourSlider");
        QList<int> hours;
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        connect(slider, &QSlider::valueChanged, &page, [&](int v) {
            hours << v;
            at << clock.elapsed();
        });
        auto* play = child<QPushButton>(&page, "playButton");
        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(play->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(page.hourIndex() >= 4, 20000);
        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(!play->isChecked());
        const int stopped = page.hourIndex();
        QTest::qWait(400);
        QCOMPARE(page.hourIndex(), stopped);
        for (int i = 1; i < hours.size(); ++i)
            QCOMPARE(hours.at(i), hours.at(i - 1) + 1);
        QStringList gaps;
        for (int i = 1; i < at.size(); ++i)
            gaps << QString::number(at.at(i) - at.at(i - 1));
        qInfo("play-back steps at 8 h/s: hours %s, intervals %s ms", qPrintable(QString::number(hours.size())),
              qPrintable(gaps.join(QLatin1Char(' '))));
        QVERIFY(hours.size() >= 3);
        QVERIFY(child<QLabel>(&page, "hourLabel")->text().startsWith(QStringLiteral("Hour %1 of 24").arg(stopped + 1)));
        // The map shows that hour's frame.
        QCOMPARE(map->renderer().frame().fromSecs, page.windowFrom() + stopped * 3600);
        QCOMPARE(map->renderer().frame().toSecs - map->renderer().frame().fromSecs, 3600);
        saveScreenshot(&page, QStringLiteral("heatmap-hour"));

        // Yellow codes only: a new reading, the legend and summary name the colour.
        const int before = static_cast<int>(map->cells().size());
        selectByData(child<QComboBox>(&page, "colourComboBox"), static_cast<int>(heatmap::ScanColour::Yellow));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        QCOMPARE(page.hourIndex(), -1);
        QCOMPARE(map->renderer().colour(), std::optional<heatmap::ScanColour>(heatmap::ScanColour::Yellow));
        QVERIFY(!map->cells().isEmpty());
        QVERIFY(static_cast<int>(map->cells().size()) < before);
        QVERIFY(child<QLabel>(&page, "summaryLabel")->text().contains(QStringLiteral("yellow codes")));
        for (const heatmap::HeatmapCell& c : map->cells())
            QVERIFY(c.figure.suppressed ? c.figure.scans == 0 && c.figure.people == 0 : c.figure.people >= 10);
        saveScreenshot(&page, QStringLiteral("heatmap-yellow"));

        // Distinct people: the chart follows.
        selectByData(child<QComboBox>(&page, "metricComboBox"), static_cast<int>(heatmap::HeatmapMetric::People));
        QCOMPARE(map->renderer().metric(), heatmap::HeatmapMetric::People);
        QVERIFY(chart->title().contains(QStringLiteral("Distinct people per hour")));

        // Exports: the map as PNG, its figures as CSV with suppressed rows marked.
        QTemporaryDir dir;
        QVERIFY(page.exportTo(dir.filePath(QStringLiteral("map.png"))).ok());
        QCOMPARE(QImage(dir.filePath(QStringLiteral("map.png"))).size(), heatmap::HeatmapExport::kDefaultPngSize);
        QVERIFY(page.exportTo(dir.filePath(QStringLiteral("figures.csv"))).ok());
        QFile csv(dir.filePath(QStringLiteral("figures.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray figures = csv.readAll();
        QVERIFY(figures.contains(",yellow,"));
        QCOMPARE(figures.contains("suppressed,suppressed"),
                 std::any_of(map->cells().cbegin(), map->cells().cend(),
                             [](const heatmap::HeatmapCell& c) { return c.figure.suppressed; }));

        // A district: double-clicking it on the map chooses it.
        selectByData(child<QComboBox>(&page, "colourComboBox"), -1);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        const qint64 district = map->renderer().areas().value(0).id;
        const QRectF bounds = map->renderer().areaBounds(district);
        QVERIFY(!bounds.isEmpty());
        QPoint inside(-1, -1);
        const QTransform tr = map->renderer().transform(QRectF(map->rect()));
        for (int i = 1; i < 20 && inside.x() < 0; ++i)
            for (int j = 1; j < 20 && inside.x() < 0; ++j) {
                const QPoint p =
                    tr.map(QPointF(bounds.left() + bounds.width() * i / 20, bounds.top() + bounds.height() * j / 20))
                        .toPoint();
                if (map->renderer().areaAt(QRectF(map->rect()), QPointF(p)) == district)
                    inside = p;
            }
        QVERIFY(inside.x() >= 0);
        QTest::mouseDClick(map, Qt::LeftButton, {}, inside);
        QCOMPARE(child<QComboBox>(&page, "districtComboBox")->currentData().toLongLong(), district);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        for (const heatmap::HeatmapCell& c : map->cells())
            QCOMPARE(c.districtId, district);
        saveScreenshot(&page, QStringLiteral("heatmap-district"));
    }

    void everyOfficialHasThePage()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        for (const auth::Role role : {auth::Role::Viewer, auth::Role::Operator, auth::Role::Administrator}) {
            const auth::Session s =
                role == auth::Role::Administrator ? admin : t.addUser(admin, auth::roleKey(role), role);
            gui::MainWindow window(t.db(), s);
            QVERIFY(window.page(QStringLiteral("HeatmapPage")));
        }
    }
};

QTEST_MAIN(TestHeatmapPage)
#include "TestHeatmapPage.moc"
