#pragma once
// Builds a demo city (DemoDatabase::create) in a BackgroundJob: a worker thread that makes the database
// file itself, reporting progress a few times a second and stopping when cancelled.

#include "demo/DemoDatabase.h"

#include <QObject>

#include <optional>

namespace hc::gui {

class BackgroundJob;

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
    QString m_path;
    demo::DemoDataOptions m_options;
    BackgroundJob* m_job;
    std::optional<Result<demo::DemoLogin>> m_result;
};

} // namespace hc::gui
