#include "SelectionCountJob.h"

#include "printing/CardSelection.h"

#include <QThread>

#include <atomic>

namespace hc::gui {

SelectionCountJob::SelectionCountJob(const db::Database& db, const auth::Session& session, QObject* parent)
    : QObject(parent), m_db(db), m_session(session)
{}

SelectionCountJob::~SelectionCountJob()
{
    if (m_thread)
        m_thread->wait();
}

bool SelectionCountJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SelectionCountJob::start(const printing::SelectionCriteria& criteria)
{
    if (isRunning()) {
        m_pending = criteria;
        return;
    }
    if (m_thread)
        m_thread->wait();
    m_threadResult.reset();
    m_thread.reset(QThread::create([this, criteria] {
        static std::atomic_int s_serial{0};
        auto connection = m_db.openAnother(QStringLiteral("selection-count-%1").arg(++s_serial));
        if (!connection) {
            m_threadResult = Result<qint64>(connection.error());
            return;
        }
        m_threadResult = printing::CardSelection::count(connection.value(), m_session, criteria);
    }));
    m_thread->setObjectName(QStringLiteral("selection-count"));
    connect(m_thread.get(), &QThread::finished, this, &SelectionCountJob::onThreadFinished);
    m_thread->start();
}

void SelectionCountJob::onThreadFinished()
{
    if (m_pending) {
        // The filters changed meanwhile: this count is stale, count again.
        const printing::SelectionCriteria next = *m_pending;
        m_pending.reset();
        m_thread->wait();
        start(next);
        return;
    }
    m_result = m_threadResult;
    Q_EMIT finished();
}

} // namespace hc::gui
