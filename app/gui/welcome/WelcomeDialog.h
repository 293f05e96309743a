#pragma once
// First run without any configured database: offers the demo city, a SQLite file on this PC or a
// PostgreSQL server (with a connection test); the caller opens and remembers the choice.

#include "db/DatabaseUrl.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class WelcomeDialog;
}

namespace hc::gui {

class ConnectionTestJob;

class WelcomeDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, Demo, Database };

    explicit WelcomeDialog(QWidget* parent = nullptr);
    ~WelcomeDialog() override;

    Choice choice() const { return m_choice; }
    // The chosen database, with the PostgreSQL password typed here (for this session only).
    db::DatabaseUrl databaseUrl() const;
    // The address to store in the user's settings: never with a password.
    QString urlToRemember() const;
    // Shows why the chosen database could not be used (the dialog is shown again by the caller).
    void showOpenProblem(const QString& problem);

    static QString defaultSqlitePath();

public Q_SLOTS:
    void accept() override;

private:
    void validate();
    void browse();
    void testConnection();
    void showTestResult();

    std::unique_ptr<Ui::WelcomeDialog> m_ui;
    Choice m_choice = Choice::None;
    QPointer<ConnectionTestJob> m_test;
};

} // namespace hc::gui
