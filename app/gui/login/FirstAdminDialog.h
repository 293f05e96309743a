#pragma once
// First run on an empty database: creates the first administrator (UserService::initialize).

#include "db/Database.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FirstAdminDialog;
}

namespace hc::gui {

class FirstAdminDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdminDialog(const db::Database& db, QWidget* parent = nullptr);
    ~FirstAdminDialog() override;

    QString userName() const;

public Q_SLOTS:
    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::FirstAdminDialog> m_ui;
    const db::Database& m_db;
};

} // namespace hc::gui
