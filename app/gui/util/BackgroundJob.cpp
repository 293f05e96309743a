#include "BackgroundJob.h"

#include "WindowGeometry.h"

#include <QProgressDialog>
#include <QThread>

namespace hc::gui {

BackgroundJob::BackgroundJob(const db::Database& db, const QString& name, QObject* parent)
    : QObject(parent), m_db(&db), m_name(name)
{}

BackgroundJob::BackgroundJob(const QString& name, QObject* parent) : QObject(parent), m_name(name) {}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

bool BackgroundJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BackgroundJob::start(Work work)
{
    if (!m_db)
        return false;
    static std::atomic_int s_serial{0};
    const QString connectionName = QStringLiteral("%1-%2").arg(m_name).arg(++s_serial);
    return start([this, connectionName, work = std::move(work)](const Progress& progress) {
        // Opened, used and closed in this thread.
        Result<db::Database> connection = m_db->openAnother(connectionName);
        work(connection, progress);
    });
}

bool BackgroundJob::start(PlainWork work)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait();
    m_cancelled = false;
    m_thread.reset(QThread::create([this, work = std::move(work)] {
        work([this](const QString& phase, qint64 done, qint64 total) {
            Q_EMIT progress(phase, done, total);
            return !m_cancelled.load();
        });
    }));
    m_thread->setObjectName(m_name);
    connect(m_thread.get(), &QThread::finished, this, &BackgroundJob::finished);
    m_thread->start();
    return true;
}

void BackgroundJob::cancel()
{
    m_cancelled = true;
}

QProgressDialog* BackgroundJob::showProgress(QWidget* parent, const QString& title, const QString& objectName)
{
    auto* dialog = new QProgressDialog(title, tr("Cancel"), 0, 100, parent);
    dialog->setObjectName(objectName);
    dialog->setAccessibleName(title);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(300);
    dialog->setValue(0);
    WindowGeometry::remember(dialog);
    connect(dialog, &QProgressDialog::canceled, this, &BackgroundJob::cancel);
    connect(this, &BackgroundJob::progress, dialog, [dialog](const QString& phase, qint64 done, qint64 total) {
        dialog->setLabelText(phase);
        dialog->setValue(total > 0 ? static_cast<int>(std::min<qint64>(done * 100 / total, 100)) : 0);
    });
    connect(this, &BackgroundJob::finished, dialog, [dialog] {
        dialog->close();
        dialog->deleteLater();
    });
    return dialog;
}

} // namespace hc::gui
