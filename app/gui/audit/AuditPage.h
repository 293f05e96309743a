#pragma once
// The Audit page: the audit log (lazy, newest first) with filters, and verification of the hash chain
// on a worker thread with progress and cancel.

#include "Page.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <QPointer>

#include <memory>

class QProgressDialog;

namespace Ui {
class AuditPage;
}

namespace hc::models {
class AuditLogModel;
}

namespace hc::gui {

class AuditVerifyJob;

class AuditPage final : public Page
{
    Q_OBJECT
public:
    AuditPage(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~AuditPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    models::AuditLogModel* model() const { return m_model; }
    bool isVerifying() const;

public Q_SLOTS:
    void applyFilter();
    void clearFilter();
    void verifyChain();

Q_SIGNALS:
    // The verification ended (intact, broken, failed or cancelled); the result label says how.
    void verificationFinished();

private:
    void showVerification();
    void showResult(const QString& text, const QString& color);

    std::unique_ptr<Ui::AuditPage> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    models::AuditLogModel* m_model;
    AuditVerifyJob* m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace hc::gui
