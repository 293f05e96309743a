#pragma once
// The one typed settings layer: every key with its default and range. Values set in the system-wide
// file that IT manages (/etc/xdg/HealthCode/console.ini on Linux) override the user's and are locked.

#include <QString>
#include <QVariant>

namespace hc {

class Settings final
{
public:
    enum class Key {
        DatabaseUrl,
        IdleLockMinutes,
        MaxFailedLogins,
        LockoutMinutes,
        Language,
        DemoAllowed,
        HeatmapSuppressionThreshold,
        ScanRetentionDays,
        CardValidityDays,
        ProxyCollectionCap,
        RuleLeadTimeHours,
        OverrideDefaultDays,
        OverrideMaxDays,
        OverrideRequestHours,
    };
    enum class Source { Default, User, System };

    static QVariant value(Key key);
    static int intValue(Key key) { return value(key).toInt(); }
    static QString stringValue(Key key) { return value(key).toString(); }
    static Source source(Key key);
    // Locked: set in the system file, or a policy key only that file may set.
    static bool isLocked(Key key) { return source(key) == Source::System || isSystemOnly(key); }
    // False (and nothing stored) if the key is locked or the value is out of range.
    static bool setValue(Key key, const QVariant& value);

    // Removes the user's own value so that the default (or a later default) applies; false if locked.
    static bool reset(Key key);

    static QString name(Key key);       // "security/idle_lock_minutes"
    static QVariant defaultValue(Key key);
    // The range of an integer key; both 0 for the others.
    static int minimum(Key key);
    static int maximum(Key key);
    static QList<Key> allKeys();
    // Policy keys (rule lead time, override limits, heatmap k, scan retention) only IT sets, in the system-wide
    // file.
    static bool isSystemOnly(Key key);
    static QString sourceName(Source source); // translated
    // The files behind the System and User sources, for messages that say where a value comes from.
    static QString systemFileName();
    static QString userFileName();
};

} // namespace hc
