#pragma once
// Verifies the audit chain (AuditService::verify) in a BackgroundJob: a worker thread with its own database
// connection, reporting how many records were checked and stopping when cancelled.

#include "audit/AuditLog.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <QObject>

#include <optional>

namespace hc::gui {

class BackgroundJob;

class AuditVerifyJob final : public QObject
{
    Q_OBJECT
public:
    // db must outlive the job; the job cancels and waits for its thread when destroyed.
    AuditVerifyJob(const db::Database& db, const auth::Session& session, QObject* parent = nullptr);
    ~AuditVerifyJob() override;

    void start();
    bool isRunning() const;
    // Set once finished() was emitted.
    const std::optional<Result<audit::Verification>>& result() const { return m_result; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(qint64 recordsChecked);
    void finished();

private:
    auth::Session m_session;
    BackgroundJob* m_job;
    std::optional<Result<audit::Verification>> m_result;
};

} // namespace hc::gui
