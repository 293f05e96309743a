#pragma once
// The Printing page: choose who gets a paper health code (filters or an ID list) with a live count, pick
// the template, preview, print to PDF or a printer in the background with progress and cancel, and act on
// printed cards (hand-over, reprint of a lost card). All rules live in hc::printing.

#include "Page.h"
#include "auth/Session.h"
#include "db/Database.h"
#include "printing/PrintRequest.h"

#include <QPointer>

#include <memory>

namespace Ui {
class PrintingPage;
}

class QPrinter;
class QProgressDialog;
class QTimer;

namespace hc::printing {
class PrintBatchModel;
}

namespace hc::gui {

class PrintJob;
class SelectionCountJob;

class PrintingPage final : public Page
{
    Q_OBJECT
public:
    PrintingPage(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~PrintingPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    printing::PrintBatchModel* batchModel() const { return m_batches; }
    bool isPrinting() const;
    bool isCounting() const;
    // The selection as the filters describe it (an ID list is read when printing or counting).
    printing::SelectionCriteria criteria() const;
    // Opens the print preview (non-modal for tests; the dialog is deleted when closed).
    void openPreview();

Q_SIGNALS:
    void countUpdated();
    void printFinished();

private:
    Result<printing::SelectionCriteria> resolvedCriteria() const;
    printing::PrintRequest request(const QString& destination) const;
    void scheduleCount();
    void runCount();
    void showCount();
    void updateActions();
    void browseIdList();
    void browsePdf();
    void printToPdf();
    void printToPrinter();
    void reprint();
    void handOver();
    void startProgress(const QString& text);
    void showPrintResult();
    void showCustodyResult(const QString& text, bool ok);

    std::unique_ptr<Ui::PrintingPage> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    printing::PrintBatchModel* m_batches;
    PrintJob* m_job;
    SelectionCountJob* m_countJob;
    QTimer* m_countTimer;
    QPointer<QProgressDialog> m_progress;
    std::unique_ptr<QPrinter> m_printer;
    qint64 m_count = -1;
    QString m_countError;
    bool m_reprinting = false;
    bool m_counting = false; // until the count (or its error) is shown
};

} // namespace hc::gui
