#include "DemoBuildJob.h"

#include <QElapsedTimer>
#include <QThread>

namespace hc::gui {

DemoBuildJob::DemoBuildJob(QString path, const demo::DemoDataOptions& options, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_options(options)
{}

DemoBuildJob::~DemoBuildJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

bool DemoBuildJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DemoBuildJob::start()
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    m_cancelled = false;
    m_result.reset();
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("demo-build"));
    connect(m_thread.get(), &QThread::finished, this, &DemoBuildJob::finished);
    m_thread->start();
}

void DemoBuildJob::cancel()
{
    m_cancelled = true;
}

void DemoBuildJob::run()
{
    static std::atomic_int s_serial{0};
    const QString connectionName = QStringLiteral("demo-build-%1").arg(++s_serial);
    // The generator reports many times a second; the GUI needs a few updates a second, and every phase change.
    QElapsedTimer sinceReport;
    sinceReport.start();
    QString lastPhase;
    auto progress = [&](const QString& phase, qint64 done, qint64 total) {
        if (phase != lastPhase || done >= total || sinceReport.elapsed() >= 100) {
            lastPhase = phase;
            sinceReport.restart();
            Q_EMIT this->progress(phase, done, total);
        }
        return !m_cancelled.load();
    };
    auto result = demo::DemoDatabase::create(m_path, connectionName, m_options, progress);
    // Read by the GUI thread only after QThread::finished, which is delivered after this store.
    m_result = std::move(result);
}

} // namespace hc::gui
