#include "PrintJob.h"

#include "printing/CardPrinter.h"

#include <QCoreApplication>
#include <QFile>
#include <QPrinter>
#include <QThread>

namespace hc::gui {

PrintJob::PrintJob(const db::Database& db, const auth::Session& session, QObject* parent)
    : QObject(parent), m_db(db), m_session(session)
{}

PrintJob::~PrintJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

bool PrintJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void PrintJob::startPdf(const printing::PrintRequest& request, const QString& path)
{
    start(request, path, nullptr, QString());
}

void PrintJob::startPrinter(const printing::PrintRequest& request, QPrinter* printer)
{
    start(request, QString(), printer, QString());
}

void PrintJob::startReprint(const QString& serial, const printing::PrintRequest& request, const QString& path)
{
    start(request, path, nullptr, serial);
}

void PrintJob::start(const printing::PrintRequest& request, const QString& path, QPrinter* printer,
                     const QString& serial)
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    m_cancelled = false;
    m_result.reset();
    m_thread.reset(QThread::create([this, request, path, printer, serial] { run(request, path, printer, serial); }));
    m_thread->setObjectName(QStringLiteral("print-batch"));
    connect(m_thread.get(), &QThread::finished, this, &PrintJob::finished);
    m_thread->start();
}

void PrintJob::cancel()
{
    m_cancelled = true;
}

void PrintJob::run(const printing::PrintRequest& request, const QString& path, QPrinter* printer, const QString& serial)
{
    static std::atomic_int s_serial{0};
    const QString connectionName = QStringLiteral("print-batch-%1").arg(++s_serial);
    // The worker's connection, file and PDF writer live and die in this thread.
    auto result = [&]() -> Result<printing::PrintOutcome> {
        auto connection = m_db.openAnother(connectionName);
        if (!connection)
            return connection.error();
        auto progress = [this](qint64 done, qint64 total) {
            Q_EMIT this->progress(done, total);
            return !m_cancelled.load();
        };
        if (printer) {
            return printing::CardPrinter::print(connection.value(), m_session, request, *printer, progress);
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("hc::gui::PrintJob", "Cannot write %1: %2").arg(path, file.errorString()));
        Result<printing::PrintOutcome> out =
            serial.isEmpty() ? printing::CardPrinter::printPdf(connection.value(), m_session, request, file, progress)
                             : printing::CardPrinter::reprintPdf(connection.value(), m_session, serial, request, file);
        file.close();
        if (file.size() == 0)
            file.remove();
        return out;
    }();
    // Read by the GUI thread only after QThread::finished, which is delivered after this store.
    m_result = std::move(result);
}

} // namespace hc::gui
