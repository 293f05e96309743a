#pragma once
// The risk rules: the versions of the rule set with their state, the selected version's rules in the
// structured editor (editable only in one's own draft), live validation, the text, the changes against the
// version it came from side by side, and the impact preview; the governance steps (draft, propose, approve
// or reject, publish, restore) as buttons enabled by role and state. Publishing or restoring re-evaluates
// everyone's status in the background.

#include "Page.h"
#include "auth/Session.h"
#include "db/Database.h"
#include "rules/Impact.h"
#include "rules/RuleSet.h"
#include "services/RuleService.h"
#include "services/StatusService.h"

#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class RulesPage;
}

namespace hc::models {
class RuleVersionListModel;
}

namespace hc::gui {

class BackgroundJob;

class RulesPage final : public Page
{
    Q_OBJECT
public:
    RulesPage(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~RulesPage() override;

    QString title() const override { return tr("Risk Rules"); }
    QIcon icon() const override;
    void activate() override;

    // Selects a version in the list (tests, and after each step).
    void selectVersion(int version);
    bool isDirty() const { return m_dirty; }
    const rules::RuleSet& ruleSet() const { return m_set; }
    const std::optional<rules::Impact>& impact() const { return m_impact; }

private:
    void reload(int selectVersion);
    void versionSelected();
    bool confirmLeavingDraft();
    void showVersion(const services::RuleVersionInfo& v);
    void showRuleList(int selectRow);
    void ruleSelected(int row);
    void ruleEdited();
    void addRule();
    void removeRule();
    void moveRule(int delta);
    void validate();
    void problemActivated(int row);
    void showText();
    void showChanges();
    void updateActions();

    bool saveDraft();
    void newDraft();
    void propose();
    void approve();
    void reject();
    void publish();
    void rollback();
    void preview();
    void showImpact();
    void revealSample();
    void startReevaluation();
    void reevaluationFinished();

    const services::RuleVersionInfo* selected() const;
    bool isEditable() const;
    void fail(const QString& title, const Error& error);

    std::unique_ptr<Ui::RulesPage> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    models::RuleVersionListModel* m_model = nullptr;
    std::optional<services::RuleVersionInfo> m_shown;
    rules::RuleSet m_set;
    bool m_setHasErrors = false;
    bool m_dirty = false;
    bool m_showing = false;
    QTimer* m_validateTimer = nullptr;
    BackgroundJob* m_job = nullptr;
    std::optional<Result<rules::Impact>> m_previewResult;
    std::optional<Result<services::ReevaluationReport>> m_reevaluationResult;
    std::optional<rules::Impact> m_impact;
};

} // namespace hc::gui
