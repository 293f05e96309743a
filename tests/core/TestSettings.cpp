#include "util/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using hc::Settings;

// The typed settings layer: defaults, ranges, and values IT sets system-wide are locked.
class TestSettings final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, m_dir->filePath(QStringLiteral("system")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("user")));
    }

    void defaults()
    {
        QCOMPARE(Settings::intValue(Settings::Key::IdleLockMinutes), 10);
        QCOMPARE(Settings::source(Settings::Key::IdleLockMinutes), Settings::Source::Default);
        QVERIFY(!Settings::isLocked(Settings::Key::IdleLockMinutes));
    }

    void userValueWithinRange()
    {
        QVERIFY(Settings::setValue(Settings::Key::IdleLockMinutes, 25));
        QCOMPARE(Settings::intValue(Settings::Key::IdleLockMinutes), 25);
        QCOMPARE(Settings::source(Settings::Key::IdleLockMinutes), Settings::Source::User);
        QVERIFY(!Settings::setValue(Settings::Key::IdleLockMinutes, 0));    // below the range
        QVERIFY(!Settings::setValue(Settings::Key::IdleLockMinutes, 9999)); // above it
        QCOMPARE(Settings::intValue(Settings::Key::IdleLockMinutes), 25);
    }

    void systemValueWinsAndIsLocked()
    {
        QVERIFY(Settings::setValue(Settings::Key::IdleLockMinutes, 25));
        {
            QSettings system(QSettings::IniFormat, QSettings::SystemScope, QStringLiteral("HealthCode"),
                             QStringLiteral("console"));
            system.setValue(QStringLiteral("security/idle_lock_minutes"), 7);
            system.setValue(QStringLiteral("database/url"), QStringLiteral("postgresql://c@db:5432/hc"));
            system.setValue(QStringLiteral("demo/allowed"), QString()); // left blank by an installer: not managed
        }
        QCOMPARE(Settings::intValue(Settings::Key::IdleLockMinutes), 7);
        QVERIFY(Settings::isLocked(Settings::Key::IdleLockMinutes));
        QVERIFY(!Settings::setValue(Settings::Key::IdleLockMinutes, 30));
        QCOMPARE(Settings::intValue(Settings::Key::IdleLockMinutes), 7);
        QCOMPARE(Settings::stringValue(Settings::Key::DatabaseUrl), QStringLiteral("postgresql://c@db:5432/hc"));
        QVERIFY(!Settings::isLocked(Settings::Key::DemoAllowed));
        QCOMPARE(Settings::value(Settings::Key::DemoAllowed).toBool(), true);
    }

    void outOfRangeSystemValueFallsBack()
    {
        QSettings system(QSettings::IniFormat, QSettings::SystemScope, QStringLiteral("HealthCode"),
                         QStringLiteral("console"));
        system.setValue(QStringLiteral("security/max_failed_logins"), QStringLiteral("lots"));
        system.sync();
        QCOMPARE(Settings::intValue(Settings::Key::MaxFailedLogins), 5);
    }

    void rangesAndReset()
    {
        QCOMPARE(Settings::minimum(Settings::Key::IdleLockMinutes), 1);
        QCOMPARE(Settings::maximum(Settings::Key::IdleLockMinutes), 480);
        QCOMPARE(Settings::minimum(Settings::Key::Language), Settings::maximum(Settings::Key::Language));
        QVERIFY(Settings::systemFileName().startsWith(m_dir->filePath(QStringLiteral("system"))));
        QVERIFY(Settings::userFileName().startsWith(m_dir->filePath(QStringLiteral("user"))));

        QVERIFY(Settings::setValue(Settings::Key::LockoutMinutes, 45));
        QVERIFY(Settings::reset(Settings::Key::LockoutMinutes));
        QCOMPARE(Settings::source(Settings::Key::LockoutMinutes), Settings::Source::Default);
        QCOMPARE(Settings::intValue(Settings::Key::LockoutMinutes), 15);

        // A locked key keeps the user's value underneath: reset refuses, and nothing is removed.
        QVERIFY(Settings::setValue(Settings::Key::IdleLockMinutes, 25));
        QSettings(QSettings::IniFormat, QSettings::SystemScope, QStringLiteral("HealthCode"), QStringLiteral("console"))
            .setValue(QStringLiteral("security/idle_lock_minutes"), 7);
        QVERIFY(!Settings::reset(Settings::Key::IdleLockMinutes));
        const QSettings user(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("HealthCode"),
                             QStringLiteral("console"));
        QCOMPARE(user.value(QStringLiteral("security/idle_lock_minutes")).toInt(), 25);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
