#include "Rule.h"

namespace hc::rules {

QString Rule::displayName(const QLocale& locale) const
{
    if (!altName.isEmpty() && locale.language() == QLocale::Chinese)
        return altName;
    return name;
}

bool Rule::operator==(const Rule& o) const
{
    return id == o.id && name == o.name && altName == o.altName && colour == o.colour && condition == o.condition &&
           turnBack == o.turnBack && description == o.description;
}

} // namespace hc::rules
