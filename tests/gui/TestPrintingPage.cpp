#include "GuiTest.h"
#include "TestDatabase.h"

#include "codes/KeyService.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "printing/PrintBatchModel.h"
#include "printing/PrintingPage.h"
#include "services/Jurisdictions.h"
#include "util/MessageBox.h"
#include "util/NationalId.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;
using namespace hc::test;
using gui::PrintingPage;

namespace {
const QString kPass = QStringLiteral("correct horse battery staple");

// A district with 30 people: 20 without a smartphone.
void addPeople(const db::Database& db, auth::Session& admin)
{
    db::Transaction tx(db);
    auto d = db::insert(
        db,
        QStringLiteral(
            "INSERT INTO jurisdictions (code, name, name_en, level, parent_id) VALUES (?, ?, ?, 'district', ?)"),
        {QStringLiteral("330106"), QStringLiteral("西湖区"), QStringLiteral("Xihu"), admin.jurisdictionId});
    QVERIFY(d);
    for (int i = 0; i < 30; ++i) {
        const QString first17 = QStringLiteral("33010619400101%1").arg(i, 3, 10, QLatin1Char('0'));
        auto r = db::run(db,
                         QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, "
                                        "district_id, has_smartphone) VALUES (?, ?, ?, 'F', '1940-01-01', ?, ?)"),
                         {QString(first17 + NationalId::checkCharacter(first17)),
                          QStringLiteral("5a5a0000000000%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("王秀英"),
                          d.value(), i < 20 ? 0 : 1});
        QVERIFY(r);
    }
    QVERIFY(tx.commit());
    admin.scope = services::Jurisdictions::subtree(db, admin.jurisdictionId).value();
    QVERIFY(codes::KeyService::generate(db, admin, QStringLiteral("cards"), admin.jurisdictionId, kPass));
}

QString countText(const PrintingPage& page)
{
    return child<QLabel>(&page, "countLabel")->text();
}
} // namespace

class TestPrintingPage final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
    }

    void selectPrintAndHandOver()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        auth::Session admin = t.initAdmin();
        addPeople(t.db(), admin);
        if (QTest::currentTestFailed())
            return;

        PrintingPage page(t.db(), admin);
        page.show();
        QTRY_VERIFY(!page.isCounting());
        QTRY_VERIFY2(countText(page).contains(QStringLiteral("30")), qPrintable(countText(page)));

        QTest::mouseClick(child<QCheckBox>(&page, "noSmartphoneCheckBox"), Qt::LeftButton);
        QTRY_VERIFY2(countText(page).contains(QStringLiteral("20")), qPrintable(countText(page)));

        // Print stays disabled, and says why, until the passphrase is given.
        auto* print = child<QPushButton>(&page, "printPdfPushButton");
        QVERIFY(!print->isEnabled());
        QVERIFY(child<QLabel>(&page, "printHintLabel")->text().contains(QStringLiteral("passphrase")));
        const QString pdf = m_dir.filePath(QStringLiteral("cards.pdf"));
        replaceText(child<QLineEdit>(&page, "pdfFileLineEdit"), pdf);

        // A wrong passphrase: a clear message, no batch.
        replaceText(child<QLineEdit>(&page, "passphraseLineEdit"), QStringLiteral("wrong passphrase"));
        QVERIFY(print->isEnabled());
        QSignalSpy finished(&page, &PrintingPage::printFinished);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(print, Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(gui::MessageBox::lastText().contains(QStringLiteral("passphrase")),
                 qPrintable(gui::MessageBox::lastText()));
        QCOMPARE(page.batchModel()->rowCount(), 0);

        replaceText(child<QLineEdit>(&page, "passphraseLineEdit"), kPass);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(print, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QVERIFY2(gui::MessageBox::lastText().contains(QStringLiteral("20 card(s)")),
                 qPrintable(gui::MessageBox::lastText()));
        QVERIFY(QFile(pdf).size() > 0);
        QCOMPARE(page.batchModel()->rowCount(), 1);
        QCOMPARE(page.batchModel()->batch(0)->printed, 20);
        QVERIFY(child<QLineEdit>(&page, "passphraseLineEdit")->text().isEmpty()); // not kept around

        // Hand-over of one printed card to its holder.
        auto serial = db::run(t.db(), QStringLiteral("SELECT serial FROM printed_cards ORDER BY id LIMIT 1"));
        QVERIFY(serial && serial.value().next());
        replaceText(child<QLineEdit>(&page, "serialLineEdit"), serial.value().value(0).toString());
        QTest::mouseClick(child<QPushButton>(&page, "handOverPushButton"), Qt::LeftButton);
        QVERIFY2(child<QLabel>(&page, "custodyResultLabel")->text().contains(QStringLiteral("handed over")),
                 qPrintable(child<QLabel>(&page, "custodyResultLabel")->text()));
        QTest::mouseClick(child<QPushButton>(&page, "handOverPushButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&page, "custodyResultLabel")->text().contains(QStringLiteral("already")));

        // The preview opens without signing anything.
        page.openPreview();
        QTRY_VERIFY(visibleDialog(QStringLiteral("cardsPrintPreviewDialog")) != nullptr);
        visibleDialog(QStringLiteral("cardsPrintPreviewDialog"))->close();
        QCOMPARE(page.batchModel()->rowCount(), 1);
    }

    void cancelRecordsWhatWasPrinted()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        auth::Session admin = t.initAdmin();
        addPeople(t.db(), admin);
        PrintingPage page(t.db(), admin);
        page.show();
        QTRY_VERIFY(!page.isCounting());
        QTRY_VERIFY2(countText(page).contains(QStringLiteral("30")), qPrintable(countText(page)));
        replaceText(child<QLineEdit>(&page, "pdfFileLineEdit"), m_dir.filePath(QStringLiteral("cancel.pdf")));
        replaceText(child<QLineEdit>(&page, "passphraseLineEdit"), kPass);
        QSignalSpy finished(&page, &PrintingPage::printFinished);
        gui::MessageBox::setNextAnswer(QMessageBox::Yes); // replace the file if it exists
        QTest::mouseClick(child<QPushButton>(&page, "printPdfPushButton"), Qt::LeftButton);
        // Cancel straight away: the batch keeps what was produced up to the end of its chunk, and says so.
        auto* progress = page.findChild<QProgressDialog*>(QStringLiteral("printProgressDialog"));
        QVERIFY(progress);
        Q_EMIT progress->canceled(); // as the Cancel button does
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        auto q = db::run(t.db(), QStringLiteral("SELECT printed_count, state FROM print_batches"));
        QVERIFY(q && q.value().next());
        const qint64 printed = q.value().value(0).toLongLong();
        auto cards = db::run(t.db(), QStringLiteral("SELECT COUNT(*) FROM printed_cards"));
        QVERIFY(cards && cards.value().next());
        QCOMPARE(cards.value().value(0).toLongLong(), printed);
    }
};

QTEST_MAIN(TestPrintingPage)
#include "TestPrintingPage.moc"
