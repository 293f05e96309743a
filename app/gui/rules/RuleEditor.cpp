#include "RuleEditor.h"
#include "rules/ui_RuleEditor.h"

#include "RuleTerms.h"
#include "rules/RulePrinter.h"

namespace hc::gui {

using rules::Condition;
using rules::Fact;
using rules::FactKind;

namespace {
constexpr int kPathRole = Qt::UserRole;

QVariantList toVariant(const QList<int>& path)
{
    QVariantList list;
    for (int i : path)
        list << i;
    return list;
}

QList<int> fromVariant(const QVariant& v)
{
    QList<int> path;
    for (const QVariant& i : v.toList())
        path << i.toInt();
    return path;
}

void addItems(QTreeWidgetItem* item, const Condition& node, const QList<int>& path)
{
    item->setText(0, RuleTerms::describeNode(node));
    item->setData(0, kPathRole, toVariant(path));
    for (int i = 0; i < static_cast<int>(node.children.size()); ++i)
        addItems(new QTreeWidgetItem(item), node.children[static_cast<std::size_t>(i)], QList<int>(path) << i);
}
} // namespace

RuleEditor::RuleEditor(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::RuleEditor>())
{
    m_ui->setupUi(this);
    m_ui->colourComboBox->addItem(rules::colourDisplayName(rules::Colour::Yellow), static_cast<int>(rules::Colour::Yellow));
    m_ui->colourComboBox->addItem(rules::colourDisplayName(rules::Colour::Red), static_cast<int>(rules::Colour::Red));
    RuleTerms::fillFactKinds(m_ui->factKindComboBox);
    RuleTerms::fillTestKinds(m_ui->testKindComboBox);
    RuleTerms::fillLevels(m_ui->levelComboBox);
    RuleTerms::fillUnits(m_ui->windowUnitComboBox);
    m_ui->turnBackComboBox->addItem(tr("When the time windows expire"));
    m_ui->turnBackComboBox->addItem(tr("After negative tests following the facts:"));
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->problemLabel->hide();

    for (QLineEdit* edit : {m_ui->ruleIdLineEdit, m_ui->ruleNameLineEdit, m_ui->ruleAltNameLineEdit,
                            m_ui->descriptionLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &RuleEditor::headerEdited);
    connect(m_ui->colourComboBox, &QComboBox::currentIndexChanged, this, &RuleEditor::headerEdited);
    connect(m_ui->conditionTreeWidget, &QTreeWidget::currentItemChanged, this, &RuleEditor::showSelectedFact);
    for (QComboBox* box : {m_ui->factKindComboBox, m_ui->testKindComboBox, m_ui->levelComboBox,
                           m_ui->windowUnitComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &RuleEditor::factEdited);
    for (QSpinBox* spin : {m_ui->countSpinBox, m_ui->windowSpinBox, m_ui->yearsSpinBox})
        connect(spin, &QSpinBox::valueChanged, this, &RuleEditor::factEdited);
    connect(m_ui->unlessCheckBox, &QCheckBox::toggled, this, &RuleEditor::factEdited);
    connect(m_ui->unlessClearanceEditor, &ClearanceEditor::changed, this, &RuleEditor::factEdited);
    connect(m_ui->turnBackComboBox, &QComboBox::currentIndexChanged, this, &RuleEditor::turnBackEdited);
    connect(m_ui->turnBackClearanceEditor, &ClearanceEditor::changed, this, &RuleEditor::turnBackEdited);
    connect(m_ui->addFactButton, &QPushButton::clicked, this, &RuleEditor::addFact);
    connect(m_ui->allOfButton, &QPushButton::clicked, this, [this] { wrapSelected(Condition::Op::And); });
    connect(m_ui->anyOfButton, &QPushButton::clicked, this, [this] { wrapSelected(Condition::Op::Or); });
    connect(m_ui->notButton, &QPushButton::clicked, this, &RuleEditor::toggleNot);
    connect(m_ui->removeNodeButton, &QPushButton::clicked, this, &RuleEditor::removeSelected);
    setRule(rules::Rule{});
}

RuleEditor::~RuleEditor() = default;

Fact RuleEditor::defaultFact()
{
    Fact f;
    f.kind = FactKind::PositiveTest;
    f.window = {14, rules::TimeUnit::Days};
    return f;
}

void RuleEditor::setRule(const rules::Rule& rule)
{
    m_updating = true;
    m_rule = rule;
    m_ui->ruleIdLineEdit->setText(rule.id);
    m_ui->ruleNameLineEdit->setText(rule.name);
    m_ui->ruleAltNameLineEdit->setText(rule.altName);
    m_ui->descriptionLineEdit->setText(rule.description);
    m_ui->descriptionLineEdit->setCursorPosition(0); // show where it begins, not its end
    m_ui->descriptionLineEdit->setToolTip(rule.description);
    RuleTerms::select(m_ui->colourComboBox, static_cast<int>(rule.colour));
    m_ui->turnBackComboBox->setCurrentIndex(rule.turnBack.isSet() ? 1 : 0);
    m_ui->turnBackClearanceEditor->setClearance(rule.turnBack);
    m_ui->turnBackClearanceEditor->setEnabled(rule.turnBack.isSet() && !m_readOnly);
    m_updating = false;
    rebuildTree({});
    updateSentence();
}

void RuleEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit* edit : {m_ui->ruleIdLineEdit, m_ui->ruleNameLineEdit, m_ui->ruleAltNameLineEdit,
                            m_ui->descriptionLineEdit})
        edit->setReadOnly(readOnly);
    updateEnabled();
}

void RuleEditor::setProblem(const QString& text)
{
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
}

QList<int> RuleEditor::selectedPath() const
{
    const QTreeWidgetItem* item = m_ui->conditionTreeWidget->currentItem();
    return item ? fromVariant(item->data(0, kPathRole)) : QList<int>();
}

Condition* RuleEditor::selectedNode()
{
    return m_rule.condition.at(selectedPath());
}

void RuleEditor::selectNode(const QList<int>& path)
{
    QTreeWidgetItem* item = m_ui->conditionTreeWidget->topLevelItem(0);
    for (int i : path) {
        if (!item || i < 0 || i >= item->childCount())
            break;
        item = item->child(i);
    }
    if (item)
        m_ui->conditionTreeWidget->setCurrentItem(item);
}

void RuleEditor::rebuildTree(const QList<int>& select)
{
    m_updating = true;
    m_ui->conditionTreeWidget->clear();
    addItems(new QTreeWidgetItem(m_ui->conditionTreeWidget), m_rule.condition, {});
    m_ui->conditionTreeWidget->expandAll();
    m_updating = false;
    selectNode(select);
    if (!m_ui->conditionTreeWidget->currentItem())
        m_ui->conditionTreeWidget->setCurrentItem(m_ui->conditionTreeWidget->topLevelItem(0));
    showSelectedFact();
}

void RuleEditor::showSelectedFact()
{
    if (m_updating)
        return;
    const Condition* node = selectedNode();
    const bool isFact = node && node->op == Condition::Op::Fact;
    m_ui->factGroupBox->setVisible(isFact);
    if (isFact) {
        const Fact& f = node->fact;
        m_updating = true;
        RuleTerms::select(m_ui->factKindComboBox, static_cast<int>(f.kind));
        RuleTerms::select(m_ui->testKindComboBox, static_cast<int>(f.testKind));
        RuleTerms::select(m_ui->levelComboBox, static_cast<int>(f.level));
        m_ui->countSpinBox->setValue(static_cast<int>(f.count));
        m_ui->windowSpinBox->setValue(static_cast<int>(f.window.amount));
        RuleTerms::select(m_ui->windowUnitComboBox, static_cast<int>(f.window.unit));
        m_ui->yearsSpinBox->setValue(static_cast<int>(f.years));
        m_ui->unlessCheckBox->setChecked(f.unless.isSet());
        m_ui->unlessClearanceEditor->setClearance(f.unless);
        m_updating = false;
    }
    updateEnabled();
}

void RuleEditor::updateEnabled()
{
    const Condition* node = selectedNode();
    const bool editable = !m_readOnly;
    m_ui->colourComboBox->setEnabled(editable);
    m_ui->turnBackComboBox->setEnabled(editable);
    m_ui->turnBackClearanceEditor->setEnabled(editable && m_ui->turnBackComboBox->currentIndex() == 1);
    m_ui->addFactButton->setEnabled(editable && node);
    m_ui->allOfButton->setEnabled(editable && node);
    m_ui->anyOfButton->setEnabled(editable && node);
    m_ui->notButton->setEnabled(editable && node);
    // The whole condition cannot be removed, only its parts.
    m_ui->removeNodeButton->setEnabled(editable && node && !selectedPath().isEmpty());
    if (!node || node->op != Condition::Op::Fact)
        return;
    const FactKind kind = node->fact.kind;
    const bool event = rules::isEventFact(kind);
    m_ui->factKindComboBox->setEnabled(editable);
    m_ui->testKindComboBox->setEnabled(editable && rules::isTestFact(kind));
    m_ui->levelComboBox->setEnabled(editable && rules::hasRiskLevel(kind));
    m_ui->countSpinBox->setEnabled(editable && event);
    m_ui->windowSpinBox->setEnabled(editable && event);
    m_ui->windowUnitComboBox->setEnabled(editable && event);
    m_ui->yearsSpinBox->setEnabled(editable && rules::isAgeFact(kind));
    m_ui->unlessCheckBox->setEnabled(editable && event);
    m_ui->unlessClearanceEditor->setEnabled(editable && event && m_ui->unlessCheckBox->isChecked());
}

void RuleEditor::factEdited()
{
    if (m_updating)
        return;
    Condition* node = selectedNode();
    if (!node || node->op != Condition::Op::Fact)
        return;
    Fact& f = node->fact;
    const FactKind kind = static_cast<FactKind>(RuleTerms::selected(m_ui->factKindComboBox));
    if (kind != f.kind && rules::isAgeFact(kind) && f.years == 0) {
        f.years = 60; // a useful start rather than an impossible age of 0
        m_updating = true;
        m_ui->yearsSpinBox->setValue(60);
        m_updating = false;
    }
    f.kind = kind;
    f.testKind = static_cast<rules::TestKind>(RuleTerms::selected(m_ui->testKindComboBox));
    f.level = static_cast<rules::RiskLevel>(RuleTerms::selected(m_ui->levelComboBox));
    f.count = m_ui->countSpinBox->value();
    f.window = {m_ui->windowSpinBox->value(),
                static_cast<rules::TimeUnit>(RuleTerms::selected(m_ui->windowUnitComboBox))};
    f.years = m_ui->yearsSpinBox->value();
    f.unless = m_ui->unlessCheckBox->isChecked() ? m_ui->unlessClearanceEditor->clearance() : rules::Clearance{};
    if (QTreeWidgetItem* item = m_ui->conditionTreeWidget->currentItem())
        item->setText(0, RuleTerms::describeFact(f));
    updateEnabled();
    updateSentence();
    Q_EMIT ruleChanged();
}

void RuleEditor::headerEdited()
{
    if (m_updating)
        return;
    m_rule.id = m_ui->ruleIdLineEdit->text().trimmed();
    m_rule.name = m_ui->ruleNameLineEdit->text();
    m_rule.altName = m_ui->ruleAltNameLineEdit->text();
    m_rule.description = m_ui->descriptionLineEdit->text();
    m_rule.colour = static_cast<rules::Colour>(RuleTerms::selected(m_ui->colourComboBox));
    updateSentence();
    Q_EMIT ruleChanged();
}

void RuleEditor::turnBackEdited()
{
    if (m_updating)
        return;
    const bool tests = m_ui->turnBackComboBox->currentIndex() == 1;
    m_rule.turnBack = tests ? m_ui->turnBackClearanceEditor->clearance() : rules::Clearance{};
    updateEnabled();
    updateSentence();
    Q_EMIT ruleChanged();
}

void RuleEditor::addFact()
{
    const QList<int> path = selectedPath();
    Condition* node = selectedNode();
    if (!node)
        return;
    if (node->isCompound()) {
        node->children.push_back(Condition::makeFact(defaultFact()));
        rebuildTree(QList<int>(path) << static_cast<int>(node->children.size()) - 1);
    } else if (Condition* parent = path.isEmpty() ? nullptr : m_rule.condition.at(path.mid(0, path.size() - 1));
               parent && parent->isCompound()) {
        parent->children.push_back(Condition::makeFact(defaultFact()));
        rebuildTree(path.mid(0, path.size() - 1) << static_cast<int>(parent->children.size()) - 1);
    } else {
        // A single fact (or a "not") gets a partner: both must hold.
        *node = Condition::makeAnd({*node, Condition::makeFact(defaultFact())});
        rebuildTree(QList<int>(path) << 1);
    }
    updateSentence();
    Q_EMIT ruleChanged();
}

void RuleEditor::wrapSelected(Condition::Op op)
{
    const QList<int> path = selectedPath();
    Condition* node = selectedNode();
    if (!node)
        return;
    std::vector<Condition> children{*node, Condition::makeFact(defaultFact())};
    *node = op == Condition::Op::And ? Condition::makeAnd(std::move(children)) : Condition::makeOr(std::move(children));
    rebuildTree(QList<int>(path) << 1);
    updateSentence();
    Q_EMIT ruleChanged();
}

void RuleEditor::toggleNot()
{
    const QList<int> path = selectedPath();
    Condition* node = selectedNode();
    if (!node)
        return;
    if (node->op == Condition::Op::Not) {
        Condition inner = node->children.front();
        *node = std::move(inner);
    } else {
        *node = Condition::makeNot(*node);
    }
    rebuildTree(path);
    updateSentence();
    Q_EMIT ruleChanged();
}

void RuleEditor::removeSelected()
{
    QList<int> path = selectedPath();
    if (path.isEmpty())
        return;
    const int index = path.takeLast();
    Condition* parent = m_rule.condition.at(path);
    if (!parent)
        return;
    if (parent->op == Condition::Op::Not) {
        // "not" of nothing means nothing: remove it with its content, from its own parent.
        selectNode(path);
        removeSelected();
        return;
    }
    parent->children.erase(parent->children.begin() + index);
    if (parent->children.size() == 1) {
        Condition only = parent->children.front();
        *parent = std::move(only);
    }
    rebuildTree(path);
    updateSentence();
    Q_EMIT ruleChanged();
}

void RuleEditor::updateSentence()
{
    m_ui->sentenceLabel->setText(rules::RulePrinter::printRule(m_rule).trimmed());
}

} // namespace hc::gui
