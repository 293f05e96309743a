#include "AuditVerifyJob.h"

#include "services/AuditService.h"
#include "util/BackgroundJob.h"

namespace hc::gui {

AuditVerifyJob::AuditVerifyJob(const db::Database& db, const auth::Session& session, QObject* parent)
    : QObject(parent), m_session(session), m_job(new BackgroundJob(db, QStringLiteral("audit-verify"), this))
{
    connect(m_job, &BackgroundJob::progress, this,
            [this](const QString&, qint64 done, qint64) { Q_EMIT progress(done); });
    connect(m_job, &BackgroundJob::finished, this, &AuditVerifyJob::finished);
}

AuditVerifyJob::~AuditVerifyJob()
{
    // Cancel and wait for the worker before the members it writes go: children are deleted after them.
    delete m_job;
}

bool AuditVerifyJob::isRunning() const
{
    return m_job->isRunning();
}

void AuditVerifyJob::start()
{
    if (isRunning())
        return;
    m_result.reset();
    m_job->start([this](Result<db::Database>& connection, const BackgroundJob::Progress& progress) {
        auto result = [&]() -> Result<audit::Verification> {
            if (!connection)
                return connection.error();
            return services::AuditService::verify(connection.value(), m_session, nullptr,
                                                  [&progress](qint64 done) { return progress(QString(), done, 0); });
        }();
        // Read by the GUI thread only after finished(), which is delivered after this store.
        m_result = std::move(result);
    });
}

void AuditVerifyJob::cancel()
{
    m_job->cancel();
}

} // namespace hc::gui
