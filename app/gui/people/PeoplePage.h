#pragma once
// The People page: search people in the official's scope (PersonSearch through a lazy model, so millions stay
// responsive) and open one to see their colour, why, and their history (PersonView), on the same page.

#include "Page.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <memory>

namespace Ui {
class PeoplePage;
}

namespace hc::models {
class PersonSearchModel;
}

namespace hc::gui {

class PersonView;

class PeoplePage final : public Page
{
    Q_OBJECT
public:
    PeoplePage(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~PeoplePage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    models::PersonSearchModel* model() const { return m_model; }
    PersonView* personView() const { return m_personView; }
    // Opens the person in row of the results (tests; double-click and Enter do the same).
    void openRow(int row);

private:
    void search();
    void showResults();
    void showSearch();
    void updateActions();

    std::unique_ptr<Ui::PeoplePage> m_ui;
    models::PersonSearchModel* m_model;
    PersonView* m_personView;
};

} // namespace hc::gui
