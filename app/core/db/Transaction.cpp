#include "Transaction.h"

#include "Retry.h"
#include "util/KillPoint.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hc::db {

Transaction::Transaction(const Database& db) : m_db(db)
{
    QSqlQuery q(db.connection());
    const QString begin = db.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (q.exec(begin)) {
        m_active = true;
        killpoint::reach("tx.begin");
    } else {
        m_error = makeError(ErrorCode::DatabaseError,
                            QCoreApplication::translate("hc::db::Transaction",
                                                        "Could not start a transaction: %1")
                                .arg(q.lastError().text()));
        if (isTransient(q.lastError()))
            m_error = markTransient(m_error);
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.code != ErrorCode::None
                   ? m_error
                   : makeError(ErrorCode::DatabaseError,
                               QCoreApplication::translate("hc::db::Transaction", "No transaction to commit."));
    killpoint::reach("tx.commit.before");
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = q.lastError().text();
        const bool transient = isTransient(q.lastError());
        rollback();
        Error error = makeError(ErrorCode::DatabaseError,
                                QCoreApplication::translate("hc::db::Transaction", "Could not commit: %1").arg(why));
        return transient ? markTransient(error) : error;
    }
    m_active = false;
    killpoint::reach("tx.commit.after");
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcDb) << "rollback failed:" << q.lastError().text();
}

} // namespace hc::db
