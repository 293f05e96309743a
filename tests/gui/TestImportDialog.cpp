// The import dialog driven like an official uses it, on SQLite and PostgreSQL: the district boundaries, venues
// and people of a city go in through it; a scan file whose event-id column has a name the console does not know
// shows the problem and no Import button until the official picks the column in the mapping; the first rows show
// which column feeds which field; the import runs with progress, names its rejected rows, and the report saved
// from the dialog lists them by file and line; importing the same file again adds nothing. A large file cancelled
// half-way keeps exactly its committed batches and the next import resumes it. At start-up the console purges
// raw scans past the retention window (rollups and audit chain intact). The File menu offers the dialog only to
// who may import.

#include "GuiTest.h"
#include "TestDatabase.h"

#include "MainWindow.h"
#include "auth/Authenticator.h"
#include "audit/AuditLog.h"
#include "imports/ImportDialog.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateTime>
#include <QStatusBar>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace hc;
using namespace hc::test;
using gui::ImportDialog;
using imports::ImportKind;

namespace {
QString data(const char* name)
{
    return qEnvironmentVariable("HC_TEST_DATA") + QStringLiteral("/imports/") + QString::fromLatin1(name);
}

QString write(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", name);
    return path;
}

// The fixtures are dated 2024-03-01 and scans older than the retention window are refused: the tests run on a
// clock that goes on from 2024-03-10T00:00Z (or from secs).
void setNow(qint64 secs)
{
    const qint64 offset = QDateTime::currentSecsSinceEpoch() - secs;
    Clock::setSource([offset] { return QDateTime::currentDateTimeUtc().addSecs(-offset); });
}

QPushButton* importButton(const ImportDialog& dialog)
{
    return child<QPushButton>(&dialog, "importPushButton");
}

// Imports the listed files of one kind through the dialog and waits for the outcome.
void importThrough(ImportDialog& dialog, ImportKind kind, const QStringList& files)
{
    dialog.setKind(kind);
    while (auto* item = child<QListWidget>(&dialog, "filesListWidget")->item(0))
        delete item;
    dialog.addFiles(files);
    QVERIFY2(importButton(dialog)->isEnabled(), qPrintable(child<QLabel>(&dialog, "problemLabel")->text()));
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting() && !child<QLabel>(&dialog, "resultLabel")->isHidden(), 60000);
}
// The fixture city's boundaries, venues and people, through the dialog; returns the administrator's session as
// after a new login (the new districts in scope).
auth::Session importCity(TestDatabase& t, const auth::Session& admin)
{
    {
        ImportDialog dialog(t.db(), admin);
        importThrough(dialog, ImportKind::Jurisdictions, {data("city.geojson")});
        if (dialog.reports().size() != 1 || !dialog.reports().first().completed())
            qFatal("jurisdictions: %s", qPrintable(child<QLabel>(&dialog, "resultLabel")->text()));
    }
    const auth::Session fresh = auth::Authenticator::sessionFor(t.db(), admin.userId).value();
    ImportDialog dialog(t.db(), fresh);
    importThrough(dialog, ImportKind::Venues, {data("venues.csv")});
    importThrough(dialog, ImportKind::People, {data("people.csv")});
    return fresh;
}
} // namespace

class TestImportDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
    }
    void init() { setNow(1710028800); }
    void cleanup() { Clock::setSource(nullptr); }

    void mapPreviewImportReport()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = importCity(t, t.initAdmin());
        QTemporaryDir dir;
        ImportDialog dialog(t.db(), admin);
        dialog.resize(1000, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The fixtures hold rows the importers refuse (a venue outside its district, a wrong check digit...).
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM venues")), 3);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM people")), 7);

        // A provider's export with its own name for the event id; one row names nobody, one a venue that is not.
        const QByteArray scans = "单号,扫码时间,场所编码,纬度,经度,假名,码色\n"
                                 "A-1,2024-03-01T08:15:00+08:00,V001,,,PS001,绿码\n"
                                 "A-2,2024-03-01T08:20:00+08:00,V002,,,PS002,green\n"
                                 "A-3,2024-03-01T08:25:00+08:00,V001,,,NOBODY,green\n"
                                 "A-4,2024-03-01T08:30:00+08:00,V404,,,PS003,red\n"
                                 "A-5,2024-03-01T08:35:00+08:00,V003,,,PS007,黄码\n";
        const QString path = write(dir, "provider.csv", scans);
        dialog.setKind(ImportKind::Scans);
        while (auto* item = child<QListWidget>(&dialog, "filesListWidget")->item(0))
            delete item;
        dialog.addFiles({path});
        auto* problem = child<QLabel>(&dialog, "problemLabel");
        QVERIFY2(problem->isVisible() && problem->text().contains(QStringLiteral("event_id")),
                 qPrintable(problem->text()));
        QVERIFY(!importButton(dialog)->isEnabled());
        auto* preview = child<QTableWidget>(&dialog, "previewTableWidget");
        QCOMPARE(preview->rowCount(), 5);
        QCOMPARE(preview->columnCount(), 7);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("A-1"));
        QCOMPARE(preview->item(0, 6)->text(), QStringLiteral("绿码"));
        // Columns the console knows are already matched, and the header says to which field.
        QCOMPARE(preview->horizontalHeaderItem(1)->text(), QStringLiteral("扫码时间 → time"));
        QCOMPARE(child<QComboBox>(&dialog, "timeColumnComboBox")->currentText(), QStringLiteral("扫码时间"));
        saveScreenshot(&dialog, QStringLiteral("ImportDialog-problem"));

        // The official picks the column, as with the mouse.
        auto* eventColumn = child<QComboBox>(&dialog, "event_idColumnComboBox");
        const int index = eventColumn->findText(QStringLiteral("单号"));
        QVERIFY(index > 0);
        eventColumn->setCurrentIndex(index);
        Q_EMIT eventColumn->activated(index);
        QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
        QVERIFY(importButton(dialog)->isEnabled());
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("单号 → event_id"));
        child<QLineEdit>(&dialog, "providerLineEdit")->setText(QStringLiteral("acme"));

        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting() && !child<QLabel>(&dialog, "resultLabel")->isHidden(), 60000);
        QCOMPARE(dialog.reports().size(), 1);
        const imports::ImportReport& report = dialog.reports().first();
        QVERIFY2(report.completed(), qPrintable(report.error.message));
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.rejected, 2);
        const QString result = child<QLabel>(&dialog, "resultLabel")->text();
        QVERIFY2(result.contains(QStringLiteral("provider.csv: 3 imported, 0 duplicates, 2 rejected")),
                 qPrintable(result));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE provider = 'acme'")), 3);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE event_uid = 'A-3'")), 0);
        saveScreenshot(&dialog, QStringLiteral("ImportDialog-result"));

        // The downloadable report: file, line and reason of each rejected row.
        auto* save = child<QPushButton>(&dialog, "saveReportPushButton");
        QVERIFY(save->isVisible());
        const QString reportPath = dir.filePath(QStringLiteral("rejected.csv"));
        const Status saved = dialog.saveReport(reportPath);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QFile f(reportPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("provider.csv,4,pseudonym,No person has the pseudonym NOBODY.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("provider.csv,5,venue,")), qPrintable(text));

        // The same file again: nothing read, nothing added.
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting() && !child<QLabel>(&dialog, "resultLabel")->isHidden(), 60000);
        QVERIFY(dialog.reports().size() == 1 && dialog.reports().first().alreadyImported);
        QVERIFY(child<QLabel>(&dialog, "resultLabel")->text().contains(QStringLiteral("already imported")));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events")), 3);
    }

    void cancelKeepsCommittedBatchesAndResumes()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = importCity(t, t.initAdmin());
        QTemporaryDir dir;
        ImportDialog dialog(t.db(), admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // 160,000 scans: four batches of 50,000 rows, the last one short.
        const int rows = 160000;
        QByteArray csv = "event_id,time,venue,pseudonym,colour\n";
        csv.reserve(rows * 48);
        for (int i = 0; i < rows; ++i)
            csv += "E" + QByteArray::number(i) + ",2024-03-01T" + QByteArray::number(8 + i % 12).rightJustified(2, '0') +
                   ":00:00+08:00,V00" + QByteArray::number(1 + i % 3) + ",PS00" + QByteArray::number(1 + i % 7) +
                   ",green\n";
        const QString path = write(dir, "big.csv", csv);
        dialog.setKind(ImportKind::Scans);
        while (auto* item = child<QListWidget>(&dialog, "filesListWidget")->item(0))
            delete item;
        dialog.addFiles({path});
        QVERIFY(importButton(dialog)->isEnabled());
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        // Cancel as the official would, past the first batch (31% of the file).
        QProgressDialog* progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((progress = dialog.findChild<QProgressDialog*>(QStringLiteral("importProgressDialog"))) &&
                                     progress->labelText().contains(QStringLiteral("Importing")) &&
                                     progress->value() >= 40,
                                 60000);
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting() && !child<QLabel>(&dialog, "resultLabel")->isHidden(), 60000);
        const QString result = child<QLabel>(&dialog, "resultLabel")->text();
        QVERIFY2(result.contains(QStringLiteral("Cancelled")), qPrintable(result));
        const qint64 stored = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events"));
        qInfo("cancelled after %lld of %d rows", static_cast<long long>(stored), rows);
        QVERIFY2(stored >= 50000 && stored < rows, "the cancel came after the first batch, before the last");
        QCOMPARE(stored % 50000, 0); // whole batches only

        // Import again: it resumes after the committed batches and ends with every row exactly once.
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting() && !child<QLabel>(&dialog, "resultLabel")->isHidden(), 120000);
        QCOMPARE(dialog.reports().size(), 1);
        QVERIFY2(dialog.reports().first().completed(), qPrintable(dialog.reports().first().error.message));
        QVERIFY(dialog.reports().first().resumed);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events")), rows);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(DISTINCT event_uid) FROM scan_events")), rows);
    }

    // Retention at start-up: an official who may purge logs in and the raw scans past the window go, with
    // their audit record, while the heatmap's rollups of those hours stay; a viewer's login purges nothing.
    void startUpPurgesExpiredScans()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session first = t.initAdmin();
        const auth::Session viewer = t.addUser(first, QStringLiteral("viewer"), auth::Role::Viewer);
        const auth::Session admin = importCity(t, first);
        QTemporaryDir dir;
        ImportDialog setup(t.db(), admin);
        const qint64 now = Clock::nowSecs();
        QByteArray csv[2] = {"event_id,time,venue,pseudonym,colour\n", "event_id,time,venue,pseudonym,colour\n"};
        for (int i = 0; i < 40; ++i) {
            const qint64 at = now - (i < 15 ? 40 : 3) * 86400 + i * 60;
            csv[i < 15 ? 0 : 1] += "R" + QByteArray::number(i) + ',' +
                                   QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate).toLatin1() +
                                   ",V001,PS00" + QByteArray::number(1 + i % 7) + ",green\n";
        }
        // Scans older than the retention window are refused: the old ones went in when they were new.
        setNow(now - 37 * 86400);
        importThrough(setup, ImportKind::Scans, {write(dir, "old.csv", csv[0])});
        setNow(now);
        importThrough(setup, ImportKind::Scans, {write(dir, "new.csv", csv[1])});
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events")), 40);
        const qint64 cutoff = now - 28 * 86400; // the default window
        const QString oldRollups =
            QStringLiteral("SELECT COUNT(*) FROM scan_rollup_districts WHERE bucket < %1").arg(cutoff);
        const qint64 rollupsBefore = scalar(t.db(), oldRollups);
        QVERIFY(rollupsBefore > 0);

        {
            gui::MainWindow window(t.db(), viewer);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(200);
            QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events")), 40);
        }
        gui::MainWindow window(t.db(), admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events")), 25, 30000);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Purged 15 scan")));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE scanned_at < %1").arg(cutoff)),
                 0);
        QCOMPARE(scalar(t.db(), oldRollups), rollupsBefore);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'scans.purge' AND "
                                               "actor = 'admin'")),
                 1);
        auto verified = audit::AuditLog::verify(t.db());
        QVERIFY(verified.ok() && verified.value().ok);
    }

    void menuOnlyForWhoMayImport()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        const auth::Session viewer = t.addUser(admin, QStringLiteral("viewer"), auth::Role::Viewer);
        {
            gui::MainWindow window(t.db(), admin);
            auto* action = window.findChild<QAction*>(QStringLiteral("importAction"));
            QVERIFY(action && action->isVisible() && action->isEnabled());
            action->trigger();
            QTRY_VERIFY(window.findChild<ImportDialog*>() && window.findChild<ImportDialog*>()->isVisible());
            window.findChild<ImportDialog*>()->close();
        }
        gui::MainWindow window(t.db(), viewer);
        auto* action = window.findChild<QAction*>(QStringLiteral("importAction"));
        QVERIFY(action && !action->isVisible() && !action->isEnabled());
    }
};

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
