#include "DemoBuildJob.h"

#include "util/BackgroundJob.h"

#include <QElapsedTimer>

#include <atomic>

namespace hc::gui {

DemoBuildJob::DemoBuildJob(QString path, const demo::DemoDataOptions& options, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_options(options),
      m_job(new BackgroundJob(QStringLiteral("demo-build"), this))
{
    connect(m_job, &BackgroundJob::progress, this, &DemoBuildJob::progress);
    connect(m_job, &BackgroundJob::finished, this, &DemoBuildJob::finished);
}

DemoBuildJob::~DemoBuildJob()
{
    // Cancel and wait for the worker before the members it writes go: children are deleted after them.
    delete m_job;
}

bool DemoBuildJob::isRunning() const
{
    return m_job->isRunning();
}

void DemoBuildJob::start()
{
    if (isRunning())
        return;
    m_result.reset();
    m_job->start([this](const BackgroundJob::Progress& report) {
        static std::atomic_int s_serial{0};
        const QString connectionName = QStringLiteral("demo-build-%1").arg(++s_serial);
        // The generator reports many times a second; the GUI needs a few updates a second, and every phase change.
        QElapsedTimer sinceReport;
        sinceReport.start();
        QString lastPhase;
        bool go = true;
        auto progress = [&](const QString& phase, qint64 done, qint64 total) {
            if (phase != lastPhase || done >= total || sinceReport.elapsed() >= 100) {
                lastPhase = phase;
                sinceReport.restart();
                go = report(phase, done, total);
            }
            return go;
        };
        auto result = demo::DemoDatabase::create(m_path, connectionName, m_options, progress);
        // Read by the GUI thread only after finished(), which is delivered after this store.
        m_result = std::move(result);
    });
}

void DemoBuildJob::cancel()
{
    m_job->cancel();
}

} // namespace hc::gui
