#include "ClearanceEditor.h"
#include "rules/ui_ClearanceEditor.h"

#include "RuleTerms.h"

namespace hc::gui {

ClearanceEditor::ClearanceEditor(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::ClearanceEditor>())
{
    m_ui->setupUi(this);
    RuleTerms::fillTestKinds(m_ui->testKindComboBox);
    RuleTerms::fillUnits(m_ui->apartUnitComboBox);
    RuleTerms::select(m_ui->apartUnitComboBox, static_cast<int>(rules::TimeUnit::Hours));
    auto notify = [this] {
        if (!m_updating)
            Q_EMIT changed();
    };
    connect(m_ui->testsSpinBox, &QSpinBox::valueChanged, this, notify);
    connect(m_ui->apartSpinBox, &QSpinBox::valueChanged, this, notify);
    connect(m_ui->testKindComboBox, &QComboBox::currentIndexChanged, this, notify);
    connect(m_ui->apartUnitComboBox, &QComboBox::currentIndexChanged, this, notify);
}

ClearanceEditor::~ClearanceEditor() = default;

void ClearanceEditor::setClearance(const rules::Clearance& c)
{
    m_updating = true;
    m_ui->testsSpinBox->setValue(c.isSet() ? static_cast<int>(c.tests) : 1);
    RuleTerms::select(m_ui->testKindComboBox, static_cast<int>(c.testKind));
    m_ui->apartSpinBox->setValue(static_cast<int>(c.apart.amount));
    RuleTerms::select(m_ui->apartUnitComboBox, static_cast<int>(c.apart.unit));
    m_updating = false;
}

rules::Clearance ClearanceEditor::clearance() const
{
    rules::Clearance c;
    c.tests = m_ui->testsSpinBox->value();
    c.testKind = static_cast<rules::TestKind>(RuleTerms::selected(m_ui->testKindComboBox));
    c.apart.amount = m_ui->apartSpinBox->value();
    c.apart.unit = static_cast<rules::TimeUnit>(RuleTerms::selected(m_ui->apartUnitComboBox));
    return c;
}

} // namespace hc::gui
