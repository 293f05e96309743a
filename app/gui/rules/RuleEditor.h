#pragma once
// The structured editor of one rule, so that officials never type rule syntax: ID, names, colour,
// the condition as a tree of facts combined with "all of", "any of" and "not", each fact's parameters
// in a form, how the colour turns back, and the rule as it reads in text, updated as they edit.

#include "rules/Rule.h"

#include <QWidget>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class RuleEditor;
}

namespace hc::gui {

class RuleEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit RuleEditor(QWidget* parent = nullptr);
    ~RuleEditor() override;

    void setRule(const rules::Rule& rule);
    const rules::Rule& rule() const { return m_rule; }
    void setReadOnly(bool readOnly);
    // Path of child indices from the condition's root (Diagnostic::nodePath); {} is the root.
    void selectNode(const QList<int>& path);
    QList<int> selectedPath() const;
    // A validation message for this rule shown under it; empty hides it.
    void setProblem(const QString& text);

Q_SIGNALS:
    void ruleChanged();

private:
    void rebuildTree(const QList<int>& select);
    void showSelectedFact();
    void factEdited();
    void headerEdited();
    void turnBackEdited();
    void addFact();
    void wrapSelected(rules::Condition::Op op);
    void toggleNot();
    void removeSelected();
    void updateSentence();
    void updateEnabled();
    rules::Condition* selectedNode();
    static rules::Fact defaultFact();

    std::unique_ptr<Ui::RuleEditor> m_ui;
    rules::Rule m_rule;
    bool m_updating = false;
    bool m_readOnly = false;
};

} // namespace hc::gui
