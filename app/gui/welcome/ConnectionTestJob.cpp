#include "ConnectionTestJob.h"

#include "db/Database.h"

#include <QThread>

#include <atomic>

namespace hc::gui {

ConnectionTestJob::ConnectionTestJob(db::DatabaseUrl url, QObject* parent) : QObject(parent), m_url(std::move(url)) {}

ConnectionTestJob::~ConnectionTestJob()
{
    if (m_thread)
        m_thread->wait();
}

bool ConnectionTestJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ConnectionTestJob::start()
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    m_result.reset();
    m_thread.reset(QThread::create([this] {
        static std::atomic_int s_serial{0};
        const QString connectionName = QStringLiteral("connection-test-%1").arg(++s_serial);
        // NoMigrate: a test must not create tables in a database the user has not chosen yet.
        auto result = [&]() -> Result<int> {
            auto db = db::Database::open(m_url, connectionName, db::Database::OpenMode::NoMigrate);
            if (!db)
                return db.error();
            return db.value().schemaVersion();
        }();
        m_result = std::move(result);
    }));
    m_thread->setObjectName(QStringLiteral("connection-test"));
    connect(m_thread.get(), &QThread::finished, this, &ConnectionTestJob::finished);
    m_thread->start();
}

} // namespace hc::gui
