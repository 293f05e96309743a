#include "AuditVerifyJob.h"

#include "services/AuditService.h"

#include <QThread>

namespace hc::gui {

AuditVerifyJob::AuditVerifyJob(const db::Database& db, const auth::Session& session, QObject* parent)
    : QObject(parent), m_db(db), m_session(session)
{}

AuditVerifyJob::~AuditVerifyJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

bool AuditVerifyJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void AuditVerifyJob::start()
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    m_cancelled = false;
    m_result.reset();
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("audit-verify"));
    connect(m_thread.get(), &QThread::finished, this, &AuditVerifyJob::finished);
    m_thread->start();
}

void AuditVerifyJob::cancel()
{
    m_cancelled = true;
}

void AuditVerifyJob::run()
{
    static std::atomic_int s_serial{0};
    const QString connectionName = QStringLiteral("audit-verify-%1").arg(++s_serial);
    // The worker's own connection lives and dies in this thread: Qt SQL connections are not shared across threads.
    auto result = [&]() -> Result<audit::Verification> {
        auto connection = m_db.openAnother(connectionName);
        if (!connection)
            return connection.error();
        return services::AuditService::verify(connection.value(), m_session, nullptr, [this](qint64 done) {
            Q_EMIT progress(done);
            return !m_cancelled.load();
        });
    }();
    // Read by the GUI thread only after QThread::finished, which is delivered after this store.
    m_result = std::move(result);
}

} // namespace hc::gui
