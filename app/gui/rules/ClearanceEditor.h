#pragma once
// Edits "N negative [PCR|antigen] tests D apart" (rules::Clearance) with a spin box and combo boxes.

#include "rules/Fact.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ClearanceEditor;
}

namespace hc::gui {

class ClearanceEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ClearanceEditor(QWidget* parent = nullptr);
    ~ClearanceEditor() override;

    // A clearance that is not set shows as one negative test.
    void setClearance(const rules::Clearance& clearance);
    rules::Clearance clearance() const;

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<Ui::ClearanceEditor> m_ui;
    bool m_updating = false;
};

} // namespace hc::gui
