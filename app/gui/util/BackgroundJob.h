#pragma once
// Runs one piece of database work on a worker thread with a connection of its own (Qt SQL connections
// belong to one thread), reporting progress and stopping when cancelled. The work stores its result itself;
// finished() is emitted on the GUI thread after the work returned.

#include "db/Database.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace hc::gui {

class BackgroundJob final : public QObject
{
    Q_OBJECT
public:
    // Reports progress; returns false once the user cancelled.
    using Progress = std::function<bool(const QString& phase, qint64 done, qint64 total)>;
    // connection: the worker's own connection, or why it could not be opened.
    using Work = std::function<void(Result<db::Database>& connection, const Progress& progress)>;
    // Work that needs no connection to the console's database (it makes a database of its own, say).
    using PlainWork = std::function<void(const Progress& progress)>;

    // db must outlive the job; the job cancels and waits for its thread when destroyed.
    BackgroundJob(const db::Database& db, const QString& name, QObject* parent = nullptr);
    // A job for PlainWork only.
    explicit BackgroundJob(const QString& name, QObject* parent = nullptr);
    ~BackgroundJob() override;

    // Refused (false) while running, and Work without a database.
    bool start(Work work);
    bool start(PlainWork work);
    bool isRunning() const;

    // A window-modal progress dialog that follows this job and cancels it; closes itself when it finishes.
    QProgressDialog* showProgress(QWidget* parent, const QString& title, const QString& objectName);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished();

private:
    const db::Database* m_db = nullptr;
    QString m_name;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancelled{false};
};

} // namespace hc::gui
