#pragma once
// Partly masked names for printed cards: the first and last character stay, the rest become '*'
// (王小明 -> 王*明, 李娜 -> 李*), so the card identifies its holder to someone who knows them and little more.

#include <QString>

namespace hc::printing {

class NameMask final
{
public:
    static QString mask(const QString& name);
};

} // namespace hc::printing
