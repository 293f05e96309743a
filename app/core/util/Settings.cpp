#include "Settings.h"

#include <QCoreApplication>
#include <QSettings>

namespace hc {

namespace {
struct Spec
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
    int min;
    int max; // min == max: not an integer setting
    // Policy of the jurisdiction, not a preference: read from IT's system-wide file only.
    bool systemOnly = false;
};

const Spec kSpecs[] = {
    {Settings::Key::DatabaseUrl, "database/url", QString(), 0, 0},
    {Settings::Key::IdleLockMinutes, "security/idle_lock_minutes", 10, 1, 480},
    {Settings::Key::MaxFailedLogins, "security/max_failed_logins", 5, 3, 20},
    {Settings::Key::LockoutMinutes, "security/lockout_minutes", 15, 1, 1440},
    {Settings::Key::Language, "ui/language", QString(), 0, 0},
    {Settings::Key::DemoAllowed, "demo/allowed", true, 0, 0},
    // k protects everyone in the heatmaps and the retention window is the jurisdiction's data policy: an
    // official's own file must not lower them (the issue: k is "set by the administrator").
    {Settings::Key::HeatmapSuppressionThreshold, "heatmap/suppression_threshold", 10, 2, 1000, true},
    {Settings::Key::ScanRetentionDays, "scans/retention_days", 28, 1, 3650, true},
    {Settings::Key::CardValidityDays, "printing/card_validity_days", 365, 1, 1830},
    {Settings::Key::ProxyCollectionCap, "printing/proxy_collection_cap", 10, 1, 500},
    {Settings::Key::RuleLeadTimeHours, "rules/lead_time_hours", 24, 0, 720, true},
    {Settings::Key::OverrideDefaultDays, "overrides/default_days", 7, 1, 90, true},
    {Settings::Key::OverrideMaxDays, "overrides/max_days", 14, 1, 90, true},
    {Settings::Key::OverrideRequestHours, "overrides/request_hours", 48, 1, 336, true},
};

const Spec& spec(Settings::Key key)
{
    for (const Spec& s : kSpecs)
        if (s.key == key)
            return s;
    return kSpecs[0];
}

QSettings systemSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::SystemScope, QStringLiteral("HealthCode"),
                     QStringLiteral("console"));
}

QSettings userSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("HealthCode"),
                     QStringLiteral("console"));
}

// Out-of-range integers fall back to the default rather than locking an office out.
QVariant checked(const Spec& s, const QVariant& v)
{
    if (s.min == s.max)
        return s.defaultValue.typeId() == QMetaType::Bool ? QVariant(v.toBool()) : QVariant(v.toString());
    bool ok = false;
    const int i = v.toInt(&ok);
    return ok && i >= s.min && i <= s.max ? QVariant(i) : QVariant();
}
} // namespace

QVariant Settings::value(Key key)
{
    const Spec& s = spec(key);
    const QString k = QString::fromLatin1(s.name);
    for (const auto scope : {QSettings::SystemScope, QSettings::UserScope}) {
        if (scope == QSettings::UserScope && s.systemOnly)
            break;
        const QSettings st(QSettings::IniFormat, scope, QStringLiteral("HealthCode"), QStringLiteral("console"));
        if (!st.value(k).toString().isEmpty()) {
            const QVariant v = checked(s, st.value(k));
            if (v.isValid())
                return v;
        }
    }
    return s.defaultValue;
}

Settings::Source Settings::source(Key key)
{
    // An empty value (an installer property left blank) means "not managed", not "managed as empty".
    const QString k = QString::fromLatin1(spec(key).name);
    if (!systemSettings().value(k).toString().isEmpty())
        return Source::System;
    if (!spec(key).systemOnly && !userSettings().value(k).toString().isEmpty())
        return Source::User;
    return Source::Default;
}

bool Settings::setValue(Key key, const QVariant& value)
{
    const Spec& s = spec(key);
    if (isLocked(key) || s.systemOnly)
        return false;
    const QVariant v = checked(s, value);
    if (!v.isValid())
        return false;
    QSettings st = userSettings();
    st.setValue(QString::fromLatin1(s.name), v);
    st.sync();
    return st.status() == QSettings::NoError;
}

bool Settings::reset(Key key)
{
    if (isLocked(key))
        return false;
    QSettings st = userSettings();
    st.remove(QString::fromLatin1(spec(key).name));
    st.sync();
    return st.status() == QSettings::NoError;
}

QString Settings::name(Key key)
{
    return QString::fromLatin1(spec(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return spec(key).defaultValue;
}

int Settings::minimum(Key key)
{
    return spec(key).min;
}

int Settings::maximum(Key key)
{
    return spec(key).max;
}

bool Settings::isSystemOnly(Key key)
{
    return spec(key).systemOnly;
}

QList<Settings::Key> Settings::allKeys()
{
    QList<Key> keys;
    for (const Spec& s : kSpecs)
        keys << s.key;
    return keys;
}

QString Settings::sourceName(Source source)
{
    switch (source) {
    case Source::Default:
        return QCoreApplication::translate("hc::Settings", "default");
    case Source::User:
        return QCoreApplication::translate("hc::Settings", "user setting");
    case Source::System:
        return QCoreApplication::translate("hc::Settings", "managed by IT (system-wide file)");
    }
    return {};
}

QString Settings::systemFileName()
{
    return systemSettings().fileName();
}

QString Settings::userFileName()
{
    return userSettings().fileName();
}

} // namespace hc
