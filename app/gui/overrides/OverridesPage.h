#pragma once
// Overrides of people's colours in the official's jurisdiction: requests waiting for a second official,
// active ones and their history; operators request and revoke, approvers approve or reject (never their own
// request), and supervisors see which officials' overrides look unusual.

#include "Page.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <memory>

namespace Ui {
class OverridesPage;
}

namespace hc::models {
class OverrideListModel;
}

namespace hc::gui {

class OverridesPage final : public Page
{
    Q_OBJECT
public:
    OverridesPage(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~OverridesPage() override;

    QString title() const override { return tr("Overrides"); }
    QIcon icon() const override;
    void activate() override;
    const models::OverrideListModel* model() const { return m_model; }
    void selectOverride(qint64 id);

private:
    void reload();
    void filterChanged();
    void showSelected();
    void requestOverride();
    void decide(const QString& step);
    void showSignals();

    std::unique_ptr<Ui::OverridesPage> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    models::OverrideListModel* m_model = nullptr;
};

} // namespace hc::gui
