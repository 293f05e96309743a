#pragma once
// Builds a demo city (DemoDatabase::create) on a worker thread with its own database connection,
// reporting progress and stopping when cancelled.

#include "demo/DemoDatabase.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace hc::gui {

class DemoBuildJob final : public QObject
{
    Q_OBJECT
public:
    // Builds into path (replacing an older demo database there); the job cancels and waits when destroyed.
    DemoBuildJob(QString path, const demo::DemoDataOptions& options, QObject* parent = nullptr);
    ~DemoBuildJob() override;

    void start();
    bool isRunning() const;
    const QString& path() const { return m_path; }
    // Set once finished() was emitted.
    const std::optional<Result<demo::DemoLogin>>& result() const { return m_result; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished();

private:
    void run();

    QString m_path;
    demo::DemoDataOptions m_options;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancelled{false};
    std::optional<Result<demo::DemoLogin>> m_result;
};

} // namespace hc::gui
