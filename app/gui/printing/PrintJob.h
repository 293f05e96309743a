#pragma once
// Runs a print batch (CardPrinter) on a worker thread with its own database connection, to a PDF file or a
// printer, reporting progress and stopping after the current chunk when cancelled.

#include "auth/Session.h"
#include "db/Database.h"
#include "printing/PrintRequest.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QPrinter;
class QThread;

namespace hc::gui {

class PrintJob final : public QObject
{
    Q_OBJECT
public:
    // db must outlive the job; the job cancels and waits for its thread when destroyed.
    PrintJob(const db::Database& db, const auth::Session& session, QObject* parent = nullptr);
    ~PrintJob() override;

    // Prints request to the PDF file path.
    void startPdf(const printing::PrintRequest& request, const QString& path);
    // Prints request to printer, which must live until finished().
    void startPrinter(const printing::PrintRequest& request, QPrinter* printer);
    // Revokes the card serial and prints its replacement to the PDF file path.
    void startReprint(const QString& serial, const printing::PrintRequest& request, const QString& path);
    bool isRunning() const;
    // Set once finished() was emitted.
    const std::optional<Result<printing::PrintOutcome>>& result() const { return m_result; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void start(const printing::PrintRequest& request, const QString& path, QPrinter* printer, const QString& serial);
    void run(const printing::PrintRequest& request, const QString& path, QPrinter* printer, const QString& serial);

    const db::Database& m_db;
    auth::Session m_session;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancelled{false};
    std::optional<Result<printing::PrintOutcome>> m_result;
};

} // namespace hc::gui
