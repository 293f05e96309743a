#pragma once
// Plausible Chinese personal names: common surnames weighted by frequency, one- or two-character given
// names whose characters follow the fashion of the birth generation, with the pinyin initials of each.

#include "AliasTable.h"

#include <string>

namespace hc::demo {

class ChineseNames final
{
public:
    ChineseNames();

    // Writes the full name as UTF-8 into name and its lowercase pinyin initials ("王小明" -> "wxm") into
    // initials; both are cleared first (their capacity is kept, so a loop allocates nothing).
    void generate(Rng& rng, bool male, int birthYear, std::string& name, std::string& initials) const;

private:
    AliasTable m_surnames;
};

} // namespace hc::demo
