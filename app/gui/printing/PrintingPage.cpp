#include "PrintingPage.h"
#include "printing/ui_PrintingPage.h"

#include "PrintJob.h"
#include "SelectionCountJob.h"
#include "demo/DemoDatabase.h"
#include "printing/CardCustody.h"
#include "printing/CardPrinter.h"
#include "printing/CardSelection.h"
#include "printing/IdListFile.h"
#include "printing/PrintBatchModel.h"
#include "services/Jurisdictions.h"
#include "util/MessageBox.h"
#include "util/TableViews.h"
#include "util/WindowGeometry.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStyle>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace hc::gui {

PrintingPage::PrintingPage(const db::Database& db, const auth::Session& session, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::PrintingPage>()), m_db(db), m_session(session),
      m_batches(new printing::PrintBatchModel(db, session, this)), m_job(new PrintJob(db, session, this)),
      m_countJob(new SelectionCountJob(db, session, this)), m_countTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->batchesTableView->setModel(m_batches);
    setUpTableView(m_ui->batchesTableView);

    // Districts in scope; the first entry is the whole scope.
    m_ui->districtComboBox->addItem(tr("Everyone in my jurisdiction"), QString());
    if (auto all = services::Jurisdictions::all(db)) {
        for (const auto& j : all.value())
            if (session.inScope(j.id) && j.level != QLatin1String("province"))
                m_ui->districtComboBox->addItem(QStringLiteral("%1 (%2)").arg(j.name, j.code), j.code);
    }
    for (const QString& name : printing::CardTemplate::names())
        m_ui->templateComboBox->addItem(printing::CardTemplate::fromName(name)->displayName(), name);
    m_ui->printedBeforeDateEdit->setDate(QDate::currentDate());
    m_ui->pdfFileLineEdit->setText(QDir::home().filePath(QStringLiteral("health-code-cards.pdf")));
    auto demoKey = printing::CardPrinter::checkKey(db, true);
    m_ui->demoCheckBox->setEnabled(demoKey && demoKey.value().active);
    if (auto info = demo::DemoDatabase::info(db); info && info.value().demo) {
        m_ui->demoCheckBox->setChecked(true);
        m_ui->demoCheckBox->setEnabled(false);
        m_ui->demoCheckBox->setToolTip(tr("This is a demo database: every card printed from it is a demo card."));
    }

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(300);
    connect(m_countTimer, &QTimer::timeout, this, &PrintingPage::runCount);
    connect(m_countJob, &SelectionCountJob::finished, this, &PrintingPage::showCount);
    for (QCheckBox* box : {m_ui->noSmartphoneCheckBox, m_ui->notPrintedCheckBox, m_ui->printedBeforeCheckBox})
        connect(box, &QCheckBox::toggled, this, &PrintingPage::scheduleCount);
    connect(m_ui->printedBeforeCheckBox, &QCheckBox::toggled, m_ui->printedBeforeDateEdit, &QWidget::setEnabled);
    connect(m_ui->printedBeforeDateEdit, &QDateEdit::dateChanged, this, &PrintingPage::scheduleCount);
    connect(m_ui->minAgeSpinBox, &QSpinBox::valueChanged, this, &PrintingPage::scheduleCount);
    connect(m_ui->limitSpinBox, &QSpinBox::valueChanged, this, &PrintingPage::scheduleCount);
    connect(m_ui->districtComboBox, &QComboBox::currentIndexChanged, this, &PrintingPage::scheduleCount);
    connect(m_ui->idListLineEdit, &QLineEdit::textChanged, this, &PrintingPage::scheduleCount);
    for (QLineEdit* edit : {m_ui->passphraseLineEdit, m_ui->pdfFileLineEdit, m_ui->serialLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &PrintingPage::updateActions);
    connect(m_ui->demoCheckBox, &QCheckBox::toggled, this, &PrintingPage::updateActions);
    connect(m_ui->browseIdListPushButton, &QPushButton::clicked, this, &PrintingPage::browseIdList);
    connect(m_ui->browsePdfPushButton, &QPushButton::clicked, this, &PrintingPage::browsePdf);
    connect(m_ui->previewPushButton, &QPushButton::clicked, this, &PrintingPage::openPreview);
    connect(m_ui->printPdfPushButton, &QPushButton::clicked, this, &PrintingPage::printToPdf);
    connect(m_ui->printPrinterPushButton, &QPushButton::clicked, this, &PrintingPage::printToPrinter);
    connect(m_ui->handOverPushButton, &QPushButton::clicked, this, &PrintingPage::handOver);
    connect(m_ui->reprintPushButton, &QPushButton::clicked, this, &PrintingPage::reprint);
    connect(m_ui->reloadBatchesPushButton, &QPushButton::clicked, m_batches, &printing::PrintBatchModel::reload);
    connect(m_job, &PrintJob::finished, this, &PrintingPage::showPrintResult);
    runCount();
    updateActions();
}

PrintingPage::~PrintingPage() = default;

QString PrintingPage::title() const
{
    return tr("Printing");
}

QIcon PrintingPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("document-print"), style()->standardIcon(QStyle::SP_DialogSaveButton));
}

void PrintingPage::activate()
{
    m_batches->reload();
    fitColumns(m_ui->batchesTableView);
    scheduleCount();
}

bool PrintingPage::isPrinting() const
{
    return m_job->isRunning();
}

bool PrintingPage::isCounting() const
{
    return m_counting || m_countTimer->isActive();
}

printing::SelectionCriteria PrintingPage::criteria() const
{
    printing::SelectionCriteria c;
    c.noSmartphone = m_ui->noSmartphoneCheckBox->isChecked();
    c.notPrintedYet = m_ui->notPrintedCheckBox->isChecked();
    c.minAge = m_ui->minAgeSpinBox->value();
    c.district = m_ui->districtComboBox->currentData().toString();
    if (m_ui->printedBeforeCheckBox->isChecked())
        c.printedBefore = m_ui->printedBeforeDateEdit->date();
    c.limit = m_ui->limitSpinBox->value();
    return c;
}

Result<printing::SelectionCriteria> PrintingPage::resolvedCriteria() const
{
    printing::SelectionCriteria c = criteria();
    const QString list = m_ui->idListLineEdit->text().trimmed();
    if (list.isEmpty())
        return c;
    auto entries = printing::IdListFile::read(list);
    if (!entries)
        return entries.error();
    auto ids = printing::CardSelection::resolveIds(m_db, m_session, entries.value());
    if (!ids)
        return ids.error();
    c.useIdList = true;
    c.personIds = ids.value();
    return c;
}

printing::PrintRequest PrintingPage::request(const QString& destination) const
{
    printing::PrintRequest r;
    r.cardTemplate = *printing::CardTemplate::fromName(m_ui->templateComboBox->currentData().toString());
    r.demo = m_ui->demoCheckBox->isChecked();
    r.passphrase = m_ui->passphraseLineEdit->text();
    r.destination = destination;
    return r;
}

void PrintingPage::scheduleCount()
{
    m_countTimer->start();
}

void PrintingPage::runCount()
{
    auto c = resolvedCriteria();
    if (!c) {
        m_count = -1;
        m_countError = c.error().message;
        showCount();
        return;
    }
    m_ui->countLabel->setText(tr("Counting…"));
    m_counting = true;
    m_countJob->start(c.value());
}

void PrintingPage::showCount()
{
    if (const auto& r = m_countJob->result(); r && m_countError.isEmpty()) {
        m_count = r->ok() ? r->value() : -1;
        m_countError = r->ok() ? QString() : r->error().message;
    }
    if (m_count >= 0)
        m_ui->countLabel->setText(tr("%Ln person(s) selected.", nullptr,
                                     static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()))));
    else
        m_ui->countLabel->setText(m_countError);
    m_ui->countLabel->setStyleSheet(m_count > 0 ? QStringLiteral("font-weight: bold;")
                                                : QStringLiteral("font-weight: bold; color: #c62828;"));
    m_countError.clear();
    m_counting = false;
    updateActions();
    Q_EMIT countUpdated();
}

void PrintingPage::updateActions()
{
    const bool busy = m_job->isRunning();
    QString why;
    if (m_count == 0)
        why = tr("Nobody matches the selection.");
    else if (m_count < 0)
        why = tr("Correct the selection first.");
    else if (m_ui->passphraseLineEdit->text().isEmpty())
        why = tr("Enter the passphrase of the %1 signing key.")
                  .arg(m_ui->demoCheckBox->isChecked() ? tr("demo") : tr("cards"));
    m_ui->printHintLabel->setText(why);
    const bool canPrint = !busy && why.isEmpty();
    m_ui->printPdfPushButton->setEnabled(canPrint && !m_ui->pdfFileLineEdit->text().trimmed().isEmpty());
    m_ui->printPrinterPushButton->setEnabled(canPrint);
    m_ui->previewPushButton->setEnabled(!busy && m_count > 0);
    const bool hasSerial = !m_ui->serialLineEdit->text().trimmed().isEmpty();
    m_ui->handOverPushButton->setEnabled(!busy && hasSerial);
    m_ui->reprintPushButton->setEnabled(!busy && hasSerial && !m_ui->passphraseLineEdit->text().isEmpty() &&
                                        !m_ui->pdfFileLineEdit->text().trimmed().isEmpty());
}

void PrintingPage::browseIdList()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose ID List"), QString(),
                                                      tr("Text files (*.txt *.csv);;All files (*)"));
    if (!path.isEmpty())
        m_ui->idListLineEdit->setText(path);
}

void PrintingPage::browsePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Print Cards to PDF"), m_ui->pdfFileLineEdit->text(),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        m_ui->pdfFileLineEdit->setText(path);
}

void PrintingPage::openPreview()
{
    auto c = resolvedCriteria();
    if (!c) {
        MessageBox::warning(this, tr("Cannot Preview"), c.error().message);
        return;
    }
    auto* dialog = new QPrintPreviewDialog(this);
    dialog->setObjectName(QStringLiteral("cardsPrintPreviewDialog"));
    dialog->setWindowTitle(tr("Card Preview (unsigned: the codes say PREVIEW)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WindowGeometry::remember(dialog);
    const printing::SelectionCriteria criteria = c.value();
    const printing::CardTemplate cardTemplate = request(QString()).cardTemplate;
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, criteria, cardTemplate](QPrinter* printer) {
        // At most a few sheets, unsigned and unrecorded: fast enough for the GUI thread.
        if (const Status s = printing::CardPrinter::preview(m_db, m_session, criteria, cardTemplate, *printer); !s)
            MessageBox::warning(this, tr("Cannot Preview"), s.error().message);
    });
    dialog->open();
}

void PrintingPage::startProgress(const QString& text)
{
    const qint64 total = std::max<qint64>(m_count, 1);
    m_progress = new QProgressDialog(text, tr("Cancel"), 0,
                                     static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max())), this);
    m_progress->setObjectName(QStringLiteral("printProgressDialog"));
    m_progress->setAccessibleName(tr("Printing progress"));
    m_progress->setWindowTitle(tr("Printing Cards"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    m_progress->setValue(0);
    WindowGeometry::remember(m_progress);
    connect(m_progress, &QProgressDialog::canceled, m_job, &PrintJob::cancel);
    connect(m_job, &PrintJob::progress, m_progress, [this](qint64 done, qint64 all) {
        if (!m_progress)
            return;
        m_progress->setMaximum(static_cast<int>(std::min<qint64>(all, std::numeric_limits<int>::max())));
        m_progress->setValue(static_cast<int>(std::min<qint64>(done, std::numeric_limits<int>::max())));
        m_progress->setLabelText(tr("Printed %1 of %2 cards…").arg(QLocale().toString(done), QLocale().toString(all)));
    });
    updateActions();
}

void PrintingPage::printToPdf()
{
    auto c = resolvedCriteria();
    if (!c) {
        MessageBox::warning(this, tr("Cannot Print"), c.error().message);
        return;
    }
    const QString path = QFileInfo(m_ui->pdfFileLineEdit->text().trimmed()).absoluteFilePath();
    if (QFileInfo::exists(path) &&
        MessageBox::question(this, tr("Replace File?"), tr("%1 exists already. Replace it?").arg(path)) !=
            QMessageBox::Yes)
        return;
    printing::PrintRequest r = request(QStringLiteral("file:") + path);
    r.criteria = c.value();
    m_reprinting = false;
    startProgress(tr("Printing cards to %1…").arg(QFileInfo(path).fileName()));
    m_job->startPdf(r, path);
    updateActions();
}

void PrintingPage::printToPrinter()
{
    auto c = resolvedCriteria();
    if (!c) {
        MessageBox::warning(this, tr("Cannot Print"), c.error().message);
        return;
    }
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setObjectName(QStringLiteral("cardsPrintDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printing::PrintRequest r = request(QStringLiteral("printer:") + m_printer->printerName());
    r.criteria = c.value();
    m_reprinting = false;
    startProgress(tr("Printing cards on %1…").arg(m_printer->printerName()));
    m_job->startPrinter(r, m_printer.get());
    updateActions();
}

void PrintingPage::reprint()
{
    const QString serial = printing::CardCustody::normalSerial(m_ui->serialLineEdit->text());
    auto card = printing::CardCustody::find(m_db, m_session, serial);
    if (!card) {
        showCustodyResult(card.error().message, false);
        return;
    }
    if (MessageBox::question(this, tr("Reprint Lost Card?"),
                             tr("Card %1 of %2 will be revoked: checkpoints will refuse it from the next revocation "
                                "list on. A new card is printed to %3.")
                                 .arg(serial, card.value().maskedName, m_ui->pdfFileLineEdit->text())) !=
        QMessageBox::Yes)
        return;
    const QString path = QFileInfo(m_ui->pdfFileLineEdit->text().trimmed()).absoluteFilePath();
    m_reprinting = true;
    startProgress(tr("Printing the replacement card…"));
    m_job->startReprint(serial, request(QStringLiteral("file:") + path), path);
    updateActions();
}

void PrintingPage::handOver()
{
    auto card =
        printing::CardCustody::handOver(m_db, m_session, m_ui->serialLineEdit->text(), m_ui->proxyLineEdit->text());
    if (!card) {
        showCustodyResult(card.error().message, false);
        return;
    }
    const auto& c = card.value();
    QString whom = tr("its holder %1").arg(c.maskedName);
    if (c.collectedByKind == QLatin1String("guardian"))
        whom = tr("the holder's guardian %1").arg(c.proxyMaskedId);
    else if (c.collectedByKind == QLatin1String("community_worker"))
        whom = tr("the community worker %1").arg(c.proxyMaskedId);
    const QString text = tr("Card %1 handed over to %2.").arg(c.serial, whom);
    showCustodyResult(text, true);
    m_ui->proxyLineEdit->clear();
    Q_EMIT statusMessage(text);
}

void PrintingPage::showCustodyResult(const QString& text, bool ok)
{
    m_ui->custodyResultLabel->setText(text);
    m_ui->custodyResultLabel->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
}

void PrintingPage::showPrintResult()
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    m_printer.reset();
    m_batches->reload();
    fitColumns(m_ui->batchesTableView);
    const auto& result = m_job->result();
    if (!result || !result->ok()) {
        const QString message = result ? result->error().message : tr("The print run did not finish.");
        if (m_reprinting)
            showCustodyResult(message, false);
        MessageBox::critical(this, tr("Printing Failed"), message);
    } else {
        const printing::PrintOutcome& o = result->value();
        QString text;
        if (m_reprinting)
            text = tr("The lost card was revoked; its replacement %1 was printed (batch %2).")
                       .arg(o.lastSerial)
                       .arg(o.batchId);
        else if (o.state == QLatin1String("cancelled"))
            text = tr("Cancelled: batch %1 has %2 of %3 cards, exactly those on the %4 sheet(s) produced.")
                       .arg(o.batchId)
                       .arg(o.printed)
                       .arg(o.requested)
                       .arg(o.sheets);
        else
            text = tr("Batch %1: %2 card(s) printed on %3 sheet(s).").arg(o.batchId).arg(o.printed).arg(o.sheets);
        if (m_reprinting)
            showCustodyResult(text, true);
        MessageBox::information(this, tr("Printing Finished"), text);
        Q_EMIT statusMessage(text);
    }
    m_ui->passphraseLineEdit->clear();
    scheduleCount();
    updateActions();
    Q_EMIT printFinished();
}

} // namespace hc::gui
