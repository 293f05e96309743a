#pragma once
// Opens a database once on a worker thread (without migrating it) to check that the console can reach it;
// a slow or unreachable server never freezes the dialog that asked.

#include "db/DatabaseUrl.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace hc::gui {

class ConnectionTestJob final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTestJob(db::DatabaseUrl url, QObject* parent = nullptr);
    // Waits for the connection attempt (bounded by the driver's connect timeout).
    ~ConnectionTestJob() override;

    void start();
    bool isRunning() const;
    // Set once finished() was emitted: the schema version found (0: an empty database) or the core's error.
    const std::optional<Result<int>>& result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    db::DatabaseUrl m_url;
    std::unique_ptr<QThread> m_thread;
    std::optional<Result<int>> m_result;
};

} // namespace hc::gui
