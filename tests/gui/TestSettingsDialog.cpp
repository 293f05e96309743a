// The Settings dialog on real widgets: values IT set in the system-wide file are shown locked and cannot be
// changed, the others are stored in the user's file on OK, Restore Defaults leaves locked values alone, and the
// main window's Settings action applies a new idle lock time at once.

#include "GuiTest.h"
#include "TestDatabase.h"

#include "MainWindow.h"
#include "login/IdleLock.h"
#include "settings/SettingsDialog.h"
#include "util/Settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

#include <chrono>

using namespace hc;
using namespace hc::test;
using gui::SettingsDialog;

namespace {
QSettings settingsFile(QSettings::Scope scope)
{
    return QSettings(QSettings::IniFormat, scope, QStringLiteral("HealthCode"), QStringLiteral("console"));
}

void write(QSettings::Scope scope, const QVariantMap& values)
{
    QSettings s = settingsFile(scope);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        s.setValue(it.key(), it.value());
    s.sync();
}

// What IT set for the tests: an idle lock and a heatmap threshold, both in range.
void writeSystemFile()
{
    write(QSettings::SystemScope,
          {{QStringLiteral("security/idle_lock_minutes"), 7}, {QStringLiteral("heatmap/suppression_threshold"), 25}});
}

// Only what the user's own file holds: QSettings would otherwise fall back to the system file.
QVariant userValue(const char* name)
{
    QSettings user = settingsFile(QSettings::UserScope);
    user.setFallbacksEnabled(false);
    return user.value(QString::fromLatin1(name));
}

QPushButton* restoreDefaultsButton(const QObject* dialog)
{
    auto* box = child<QDialogButtonBox>(dialog, "settingsButtonBox");
    return box ? box->button(QDialogButtonBox::RestoreDefaults) : nullptr;
}

// The field is disabled, shows value and carries the managed marker with the system file in its tool tip.
void checkLocked(const SettingsDialog& dialog, const char* field, const char* base, int value)
{
    auto* spin = child<QSpinBox>(&dialog, field);
    QVERIFY(spin);
    QVERIFY(!spin->isEnabled());
    QCOMPARE(spin->value(), value);
    const QString managedName = QString::fromLatin1(base) + QStringLiteral("ManagedLabel");
    auto* managed = dialog.findChild<QLabel*>(managedName);
    QVERIFY(managed);
    QVERIFY(managed->isVisible());
    QVERIFY(managed->isEnabled());
    QCOMPARE(managed->text(), QStringLiteral("Managed by your IT department"));
    const QString systemFile = QDir::toNativeSeparators(Settings::systemFileName());
    QVERIFY2(managed->toolTip().contains(systemFile), qPrintable(managed->toolTip()));
    QVERIFY2(spin->toolTip().contains(systemFile), qPrintable(spin->toolTip()));
    auto* icon = dialog.findChild<QLabel*>(QString::fromLatin1(base) + QStringLiteral("LockIconLabel"));
    QVERIFY(icon);
    QVERIFY(icon->isVisible());
    QVERIFY(!icon->pixmap().isNull());
}

void checkUnlocked(const SettingsDialog& dialog, const char* field, const char* base)
{
    auto* widget = child<QWidget>(&dialog, field);
    QVERIFY(widget);
    QVERIFY(widget->isEnabled());
    auto* managed = dialog.findChild<QLabel*>(QString::fromLatin1(base) + QStringLiteral("ManagedLabel"));
    QVERIFY(managed);
    QVERIFY(!managed->isVisible());
}

// Picks the combo box entry whose data is value with the keyboard, as a user would.
void chooseByKeyboard(QComboBox* combo, const QString& value)
{
    const int target = combo->findData(value);
    QVERIFY(target >= 0);
    combo->setFocus();
    while (combo->currentIndex() != target) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(combo->currentIndex() != before);
    }
}
} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Nothing of the developer's own configuration may leak in, nor anything out.
        qputenv("HOME", m_home.filePath(QStringLiteral("home")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("user")));
        QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, m_home.filePath(QStringLiteral("system")));
        QVERIFY(Settings::systemFileName().startsWith(m_home.path()));
        QVERIFY(Settings::userFileName().startsWith(m_home.path()));
    }

    void init()
    {
        for (auto scope : {QSettings::UserScope, QSettings::SystemScope}) {
            QSettings s = settingsFile(scope);
            s.clear();
            s.sync();
        }
    }

    void systemValuesAreLockedAndCannotBeChanged()
    {
        writeSystemFile();
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (const QByteArray dir = qgetenv("HC_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("settings.png")));

        checkLocked(dialog, "idleLockMinutesSpinBox", "idleLockMinutes", 7);
        checkLocked(dialog, "heatmapSuppressionThresholdSpinBox", "heatmapSuppressionThreshold", 25);
        checkUnlocked(dialog, "lockoutMinutesSpinBox", "lockoutMinutes");
        checkUnlocked(dialog, "languageComboBox", "language");
        checkUnlocked(dialog, "maxFailedLoginsSpinBox", "maxFailedLogins");
        QCOMPARE(child<QSpinBox>(&dialog, "lockoutMinutesSpinBox")->value(), 15);
        QVERIFY(!child<QLabel>(&dialog, "languageNoteLabel")->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "errorLabel")->isVisible());

        // A user trying anyway: typing and arrow keys on the locked field change nothing.
        auto* idle = child<QSpinBox>(&dialog, "idleLockMinutesSpinBox");
        QTest::mouseClick(idle, Qt::LeftButton);
        replaceText(idle, QStringLiteral("30"));
        QTest::keyClick(idle, Qt::Key_Up);
        QCOMPARE(idle->value(), 7);
        QTest::mouseClick(okButton(&dialog, "settingsButtonBox"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!userValue("security/idle_lock_minutes").isValid());
        QCOMPARE(Settings::intValue(Settings::Key::IdleLockMinutes), 7);

        // Nor can anything else go around the dialog: the settings layer refuses a locked key.
        QVERIFY(!Settings::setValue(Settings::Key::IdleLockMinutes, 30));
        QVERIFY(!Settings::setValue(Settings::Key::HeatmapSuppressionThreshold, 50));
        QVERIFY(!Settings::reset(Settings::Key::IdleLockMinutes));
        QCOMPARE(Settings::intValue(Settings::Key::IdleLockMinutes), 7);
        QCOMPARE(Settings::intValue(Settings::Key::HeatmapSuppressionThreshold), 25);
        QVERIFY(!userValue("security/idle_lock_minutes").isValid());
        QVERIFY(!userValue("heatmap/suppression_threshold").isValid());
    }

    void unlockedValuesAreStoredInTheUserFile()
    {
        writeSystemFile();
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto* lockout = child<QSpinBox>(&dialog, "lockoutMinutesSpinBox");
        // Out of the range Settings allows: the spin box does not take it.
        replaceText(lockout, QStringLiteral("99999"));
        QVERIFY(lockout->value() <= Settings::maximum(Settings::Key::LockoutMinutes));
        replaceText(lockout, QStringLiteral("45"));
        QCOMPARE(lockout->value(), 45);
        auto* failures = child<QSpinBox>(&dialog, "maxFailedLoginsSpinBox");
        failures->setFocus();
        QTest::keyClick(failures, Qt::Key_Up);
        QCOMPARE(failures->value(), 6);
        QCOMPARE(child<QSpinBox>(&dialog, "heatmapSuppressionThresholdSpinBox")->minimum(), 5);
        // The jurisdiction's policies are IT's even where the system file does not set them: the default shows.
        checkLocked(dialog, "scanRetentionDaysSpinBox", "scanRetentionDays", 28);

        auto* language = child<QComboBox>(&dialog, "languageComboBox");
        QCOMPARE(language->currentData().toString(), QString());
        QVERIFY(language->findText(QStringLiteral("简体中文")) >= 0);
        chooseByKeyboard(language, QStringLiteral("zh_CN"));
        QCOMPARE(language->currentText(), QStringLiteral("简体中文"));
        QTRY_VERIFY(child<QLabel>(&dialog, "languageNoteLabel")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "languageNoteLabel")->text().contains(QStringLiteral("next time")));

        auto* demo = child<QCheckBox>(&dialog, "demoAllowedCheckBox");
        QVERIFY(demo->isChecked());
        QTest::mouseClick(demo, Qt::LeftButton, {}, QPoint(8, demo->height() / 2));
        QVERIFY(!demo->isChecked());

        QTest::mouseClick(okButton(&dialog, "settingsButtonBox"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QCOMPARE(userValue("security/lockout_minutes").toInt(), 45);
        QCOMPARE(userValue("security/max_failed_logins").toInt(), 6);
        QCOMPARE(userValue("ui/language").toString(), QStringLiteral("zh_CN"));
        QCOMPARE(userValue("demo/allowed").toBool(), false);
        QCOMPARE(Settings::source(Settings::Key::LockoutMinutes), Settings::Source::User);
        QCOMPARE(Settings::intValue(Settings::Key::LockoutMinutes), 45);
        QCOMPARE(Settings::stringValue(Settings::Key::Language), QStringLiteral("zh_CN"));
        // The locked ones are untouched, in both files.
        QCOMPARE(Settings::source(Settings::Key::IdleLockMinutes), Settings::Source::System);
        QVERIFY(!userValue("security/idle_lock_minutes").isValid());
        QCOMPARE(settingsFile(QSettings::SystemScope).value(QStringLiteral("security/idle_lock_minutes")).toInt(), 7);

        // Opened again, the dialog shows what was stored.
        SettingsDialog again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(child<QSpinBox>(&again, "lockoutMinutesSpinBox")->value(), 45);
        QCOMPARE(child<QComboBox>(&again, "languageComboBox")->currentText(), QStringLiteral("简体中文"));
        QVERIFY(!child<QLabel>(&again, "languageNoteLabel")->isVisible());
    }

    void cancelStoresNothing()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        replaceText(child<QSpinBox>(&dialog, "lockoutMinutesSpinBox"), QStringLiteral("45"));
        auto* box = child<QDialogButtonBox>(&dialog, "settingsButtonBox");
        QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!userValue("security/lockout_minutes").isValid());
        QCOMPARE(Settings::source(Settings::Key::LockoutMinutes), Settings::Source::Default);
    }

    void restoreDefaultsLeavesLockedValuesAlone()
    {
        writeSystemFile();
        write(QSettings::UserScope, {{QStringLiteral("security/lockout_minutes"), 45},
                                     {QStringLiteral("scans/retention_days"), 90},
                                     {QStringLiteral("ui/language"), QStringLiteral("en")},
                                     {QStringLiteral("security/idle_lock_minutes"), 20}, // under IT's lock
                                     {QStringLiteral("database/url"), QStringLiteral("sqlite:/srv/hc/office.sqlite")}});
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QSpinBox>(&dialog, "lockoutMinutesSpinBox")->value(), 45);
        // A value of the user's own for a policy key is not read: k and the retention window are IT's.
        checkLocked(dialog, "scanRetentionDaysSpinBox", "scanRetentionDays", 28);
        QCOMPARE(Settings::intValue(Settings::Key::ScanRetentionDays), 28);
        QCOMPARE(Settings::source(Settings::Key::ScanRetentionDays), Settings::Source::Default);
        QVERIFY(!Settings::setValue(Settings::Key::ScanRetentionDays, 2));
        QCOMPARE(child<QComboBox>(&dialog, "languageComboBox")->currentData().toString(), QStringLiteral("en"));
        auto* url = child<QLineEdit>(&dialog, "databaseUrlLineEdit");
        QVERIFY(url->isReadOnly());
        QVERIFY2(url->text().contains(QStringLiteral("/srv/hc/office.sqlite")), qPrintable(url->text()));
        QVERIFY(child<QLabel>(&dialog, "databaseNoteLabel")->isVisible());

        QPushButton* restore = restoreDefaultsButton(&dialog);
        QVERIFY(restore);
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(child<QSpinBox>(&dialog, "lockoutMinutesSpinBox")->value(), 15);
        QCOMPARE(child<QComboBox>(&dialog, "languageComboBox")->currentData().toString(), QString());
        QVERIFY(child<QLabel>(&dialog, "languageNoteLabel")->isVisible());
        checkLocked(dialog, "idleLockMinutesSpinBox", "idleLockMinutes", 7);
        checkLocked(dialog, "heatmapSuppressionThresholdSpinBox", "heatmapSuppressionThreshold", 25);
        QVERIFY(url->text().contains(QStringLiteral("/srv/hc/office.sqlite")));

        QTest::mouseClick(okButton(&dialog, "settingsButtonBox"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        // Defaults are no values of the user's own; what IT manages, and the user's value under it, stay.
        QVERIFY(!userValue("security/lockout_minutes").isValid());
        QCOMPARE(Settings::intValue(Settings::Key::ScanRetentionDays), 28);
        QCOMPARE(Settings::source(Settings::Key::LockoutMinutes), Settings::Source::Default);
        QCOMPARE(Settings::source(Settings::Key::Language), Settings::Source::Default);
        QCOMPARE(Settings::intValue(Settings::Key::IdleLockMinutes), 7);
        QCOMPARE(Settings::intValue(Settings::Key::HeatmapSuppressionThreshold), 25);
        QCOMPARE(userValue("security/idle_lock_minutes").toInt(), 20);
        QCOMPARE(Settings::stringValue(Settings::Key::DatabaseUrl), QStringLiteral("sqlite:/srv/hc/office.sqlite"));
    }

    void databaseManagedByItIsLockedToo()
    {
        write(QSettings::SystemScope,
              {{QStringLiteral("database/url"), QStringLiteral("postgresql://console:secret@db:5432/hc")}});
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* url = child<QLineEdit>(&dialog, "databaseUrlLineEdit");
        QVERIFY(!url->isEnabled());
        QVERIFY2(url->text().contains(QStringLiteral("db:5432")), qPrintable(url->text()));
        QVERIFY2(!url->text().contains(QStringLiteral("secret")), qPrintable(url->text()));
        QVERIFY(child<QLabel>(&dialog, "databaseUrlManagedLabel")->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "databaseNoteLabel")->isVisible());
    }

    void mainWindowActionOpensItAndTheIdleLockFollows()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        gui::MainWindow window(t.db(), admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.idleLock()->interval(), std::chrono::milliseconds(std::chrono::minutes(10)));

        auto* action = child<QAction>(&window, "settingsAction");
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        QTest::keySequence(&window, action->shortcut());
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog(QStringLiteral("SettingsDialog"))));
        replaceText(child<QSpinBox>(dialog, "idleLockMinutesSpinBox"), QStringLiteral("3"));
        QTest::mouseClick(okButton(dialog, "settingsButtonBox"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog(QStringLiteral("SettingsDialog")));
        QCOMPARE(userValue("security/idle_lock_minutes").toInt(), 3);
        QCOMPARE(window.idleLock()->interval(), std::chrono::milliseconds(std::chrono::minutes(3)));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
