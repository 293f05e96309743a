#pragma once
// The console's roles and what each may do; the one table services consult before acting.

#include <QString>
#include <QStringList>

#include <optional>

namespace hc::auth {

enum class Role { Viewer, Operator, RuleEditor, Approver, Administrator };

enum class Permission {
    ViewPeople,
    RevealPersonalDetails,
    RequestOverride,
    ApproveOverride,
    EditRules,
    ApproveRules,
    ImportData,
    PurgeScans,
    PrintCards,
    ManageKeys,
    ManageUsers,
    ViewAudit,
    VerifyAudit,
    GenerateDemoData,
};

QString roleKey(Role role);                       // stored form: "rule_editor"
std::optional<Role> roleFromKey(const QString& key);
QString roleDisplayName(Role role);               // translated
QStringList allRoleKeys();
bool roleHas(Role role, Permission permission);
QString permissionDisplayName(Permission permission); // translated

} // namespace hc::auth
