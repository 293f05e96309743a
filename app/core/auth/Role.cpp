#include "Role.h"

#include <QCoreApplication>

namespace hc::auth {

namespace {
struct RoleInfo
{
    Role role;
    const char* key;
    const char* name;
};

const RoleInfo kRoles[] = {
    {Role::Viewer, "viewer", QT_TRANSLATE_NOOP("hc::auth", "Viewer")},
    {Role::Operator, "operator", QT_TRANSLATE_NOOP("hc::auth", "Operator")},
    {Role::RuleEditor, "rule_editor", QT_TRANSLATE_NOOP("hc::auth", "Rule editor")},
    {Role::Approver, "approver", QT_TRANSLATE_NOOP("hc::auth", "Approver")},
    {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("hc::auth", "Administrator")},
};
} // namespace

QString roleKey(Role role)
{
    for (const auto& r : kRoles)
        if (r.role == role)
            return QString::fromLatin1(r.key);
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto& r : kRoles)
        if (k == QLatin1String(r.key))
            return r.role;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    for (const auto& r : kRoles)
        if (r.role == role)
            return QCoreApplication::translate("hc::auth", r.name);
    return {};
}

QStringList allRoleKeys()
{
    QStringList keys;
    for (const auto& r : kRoles)
        keys << QString::fromLatin1(r.key);
    return keys;
}

bool roleHas(Role role, Permission p)
{
    switch (p) {
    case Permission::ViewPeople:
        return true;
    case Permission::RevealPersonalDetails:
    case Permission::RequestOverride:
    case Permission::ImportData:
    case Permission::PrintCards:
        return role == Role::Operator || role == Role::Administrator;
    case Permission::ApproveOverride:
    case Permission::ApproveRules:
        return role == Role::Approver || role == Role::Administrator;
    case Permission::EditRules:
        return role == Role::RuleEditor || role == Role::Administrator;
    case Permission::ViewAudit:
        return role == Role::Approver || role == Role::Administrator;
    case Permission::ManageKeys:
    case Permission::ManageUsers:
    case Permission::PurgeScans: // PostgreSQL grants DELETE on scan_events to administrators only
    case Permission::VerifyAudit:
    case Permission::GenerateDemoData:
        return role == Role::Administrator;
    }
    return false;
}

QString permissionDisplayName(Permission p)
{
    switch (p) {
    case Permission::ViewPeople:
        return QCoreApplication::translate("hc::auth", "view people");
    case Permission::RevealPersonalDetails:
        return QCoreApplication::translate("hc::auth", "reveal ID numbers and phones");
    case Permission::RequestOverride:
        return QCoreApplication::translate("hc::auth", "request status overrides");
    case Permission::ApproveOverride:
        return QCoreApplication::translate("hc::auth", "approve status overrides");
    case Permission::EditRules:
        return QCoreApplication::translate("hc::auth", "edit risk rules");
    case Permission::ApproveRules:
        return QCoreApplication::translate("hc::auth", "approve risk rules");
    case Permission::ImportData:
        return QCoreApplication::translate("hc::auth", "import data");
    case Permission::PurgeScans:
        return QCoreApplication::translate("hc::auth", "purge raw scans past the retention window");
    case Permission::PrintCards:
        return QCoreApplication::translate("hc::auth", "print cards");
    case Permission::ManageKeys:
        return QCoreApplication::translate("hc::auth", "manage signing keys");
    case Permission::ManageUsers:
        return QCoreApplication::translate("hc::auth", "manage users");
    case Permission::ViewAudit:
        return QCoreApplication::translate("hc::auth", "view the audit log");
    case Permission::VerifyAudit:
        return QCoreApplication::translate("hc::auth", "verify and checkpoint the audit log");
    case Permission::GenerateDemoData:
        return QCoreApplication::translate("hc::auth", "generate synthetic data");
    }
    return {};
}

} // namespace hc::auth
