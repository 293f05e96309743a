#pragma once
// Every setting a user or IT can set, in groups. A value IT set in the system-wide file is shown locked
// ("Managed by your IT department") and cannot be changed; OK stores the other changed values via Settings.

#include "util/Settings.h"

#include <QDialog>
#include <QList>

#include <memory>

class QLabel;

namespace Ui {
class SettingsDialog;
}

namespace hc::gui {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    struct Row
    {
        Settings::Key key;
        QWidget* field;
        QLabel* lockIcon;
        QLabel* managed;
    };

    void alignLabels();
    void load();
    void restoreDefaults();
    void showValue(Settings::Key key, const QVariant& value);
    QVariant shownValue(Settings::Key key) const;
    void updateLanguageNote();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QList<Row> m_rows;
    QString m_startLanguage;
};

} // namespace hc::gui
