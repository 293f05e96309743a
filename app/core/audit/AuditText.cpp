#include "AuditText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace hc::audit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::audit::AuditText)
};

struct ActionName
{
    const char* key;
    const char* name;
};

// Every action the console records (AuditLog::append callers).
const ActionName kActions[] = {
    {"init", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Database set up")},
    {"login", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Logged in")},
    {"login.failed", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Login failed")},
    {"login.locked", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Account locked after failed logins")},
    {"login.refused", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Login refused")},
    {"user.add", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Official added")},
    {"user.disable", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Official disabled")},
    {"user.enable", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Official enabled again")},
    {"user.password", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Password changed")},
    {"user.role", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Role or scope changed")},
    {"user.unlock", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Account unlocked")},
    {"audit.checkpoint", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Audit checkpoint written")},
    {"audit.verify", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Audit log verified")},
    {"jurisdiction.create", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Jurisdiction created")},
    {"jurisdiction.update", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Jurisdiction changed")},
    {"people.search", QT_TRANSLATE_NOOP("hc::audit::AuditText", "People searched")},
    {"people.view", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Person's record opened")},
    {"people.reveal", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Full ID number shown")},
    {"people.refused", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Person not found or outside the scope")},
    {"override.request", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Override requested")},
    {"override.approve", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Override approved")},
    {"override.reject", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Override rejected")},
    {"override.revoke", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Override revoked")},
    {"override.expire", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Override ended")},
    {"override.request_expire", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Override request expired")},
    {"override.refused", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Override refused")},
    {"rules.install_default", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Default rules installed")},
    {"rules.draft", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Rule draft created")},
    {"rules.edit", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Rule draft edited")},
    {"rules.discard", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Rule draft discarded")},
    {"rules.propose", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Rules proposed")},
    {"rules.approve", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Rules approved")},
    {"rules.reject", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Rules rejected")},
    {"rules.publish", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Rules published")},
    {"rules.supersede", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Rules superseded")},
    {"rules.rollback", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Rules rolled back")},
    {"rules.refused", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Rule step refused")},
    {"statuses.reevaluate", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Statuses re-evaluated")},
    {"import.start", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Import started")},
    {"import.batch", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Import batch stored")},
    {"import.finish", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Import finished")},
    {"import.cancel", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Import cancelled")},
    {"import.fail", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Import failed")},
    {"import.resume", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Import resumed")},
    {"import.refused", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Import refused")},
    {"scans.purge", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Old scans purged")},
    {"rollups.harden", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Heatmap figures fixed")},
    {"rollups.rebuild", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Heatmap figures rebuilt")},
    {"keys.generate", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Signing key generated")},
    {"keys.retire", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Signing key retired")},
    {"keys.export_trust_list", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Trust list exported")},
    {"keys.import_trust_list", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Trust list imported")},
    {"keys.export_revocations", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Revocation list exported")},
    {"print.batch_start", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Print batch started")},
    {"print.batch_finish", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Print batch ended")},
    {"cards.hand_over", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Card handed over")},
    {"cards.revoke", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Card revoked")},
    {"demo.create", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Demo database created")},
    {"demo.generate", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Synthetic data generated")},
    {"training.step", QT_TRANSLATE_NOOP("hc::audit::AuditText", "Training scenario step")},
};

// A value that is a moment: a key naming one and a number of seconds in the years 2001 to 2096.
bool isTime(const QString& key, const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double v = value.toDouble();
    if (v < 1e9 || v > 4e9)
        return false;
    return key.endsWith(QLatin1String("_at")) || key.endsWith(QLatin1String("_time")) ||
           key == QLatin1String("at") || key == QLatin1String("since") || key == QLatin1String("until") ||
           key == QLatin1String("from") || key == QLatin1String("to");
}

QString valueText(const QString& key, const QJsonValue& value)
{
    if (isTime(key, value))
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(value.toDouble())),
                                  QLocale::ShortFormat);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case QJsonValue::Null:
        return QStringLiteral("-");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}
} // namespace

QString AuditText::actionName(const QString& action)
{
    for (const ActionName& a : kActions)
        if (action == QLatin1String(a.key))
            return Tr::tr(a.name);
    return action;
}

QString AuditText::details(const QString& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return json;
    const QJsonObject o = doc.object();
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it)
        parts << it.key() + QStringLiteral(": ") + valueText(it.key(), it.value());
    return parts.join(QStringLiteral(" · "));
}

} // namespace hc::audit
