#include "RoleChoice.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>

namespace hc::gui {

void fillRoleComboBox(QComboBox* comboBox, auth::Role selected)
{
    comboBox->clear();
    for (const QString& key : auth::allRoleKeys()) {
        const auto role = auth::roleFromKey(key);
        if (!role)
            continue;
        comboBox->addItem(auth::roleDisplayName(*role), key);
        if (*role == selected)
            comboBox->setCurrentIndex(comboBox->count() - 1);
    }
}

auth::Role chosenRole(const QComboBox* comboBox)
{
    return auth::roleFromKey(comboBox->currentData().toString()).value_or(auth::Role::Viewer);
}

QString roleSummary(auth::Role role)
{
    QStringList may;
    // The Permission enum is contiguous from ViewPeople to GenerateDemoData.
    for (int p = static_cast<int>(auth::Permission::ViewPeople);
         p <= static_cast<int>(auth::Permission::GenerateDemoData); ++p) {
        const auto permission = static_cast<auth::Permission>(p);
        if (auth::roleHas(role, permission))
            may << auth::permissionDisplayName(permission);
    }
    return QCoreApplication::translate("hc::gui", "May %1.").arg(QLocale().createSeparatedList(may));
}

} // namespace hc::gui
