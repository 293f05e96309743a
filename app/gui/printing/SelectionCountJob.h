#pragma once
// Counts the people a selection matches (CardSelection::count) on a worker thread with its own connection,
// so the Printing page's live count never blocks; a newer request replaces one still waiting.

#include "auth/Session.h"
#include "db/Database.h"
#include "printing/SelectionCriteria.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace hc::gui {

class SelectionCountJob final : public QObject
{
    Q_OBJECT
public:
    // db must outlive the job; the job waits for its thread when destroyed.
    SelectionCountJob(const db::Database& db, const auth::Session& session, QObject* parent = nullptr);
    ~SelectionCountJob() override;

    void start(const printing::SelectionCriteria& criteria);
    bool isRunning() const;
    // The newest count, set when finished() is emitted.
    const std::optional<Result<qint64>>& result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void onThreadFinished();

    const db::Database& m_db;
    auth::Session m_session;
    std::unique_ptr<QThread> m_thread;
    std::optional<printing::SelectionCriteria> m_pending;
    std::optional<Result<qint64>> m_threadResult;
    std::optional<Result<qint64>> m_result;
};

} // namespace hc::gui
