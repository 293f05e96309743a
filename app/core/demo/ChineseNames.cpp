#include "ChineseNames.h"

#include "Rng.h"

#include <iterator>
#include <vector>

namespace hc::demo {

namespace {

struct Surname
{
    const char* utf8;
    const char* initials;
    double percent; // share of the population, after the 2020 census tables
};

// The hundred most common surnames and a few compound ones; initials of the surname reading.
const Surname kSurnames[] = {
    {"王", "w", 7.25},    {"李", "l", 7.19},    {"张", "z", 6.90},     {"刘", "l", 5.38},     {"陈", "c", 4.61},
    {"杨", "y", 3.22},    {"黄", "h", 2.45},    {"赵", "z", 2.19},     {"吴", "w", 2.00},     {"周", "z", 1.90},
    {"徐", "x", 1.45},    {"孙", "s", 1.38},    {"马", "m", 1.29},     {"朱", "z", 1.28},     {"胡", "h", 1.16},
    {"郭", "g", 1.15},    {"何", "h", 1.06},    {"林", "l", 1.02},     {"高", "g", 1.00},     {"罗", "l", 0.86},
    {"郑", "z", 0.80},    {"梁", "l", 0.75},    {"谢", "x", 0.69},     {"宋", "s", 0.66},     {"唐", "t", 0.63},
    {"许", "x", 0.61},    {"韩", "h", 0.58},    {"冯", "f", 0.56},     {"邓", "d", 0.55},     {"曹", "c", 0.53},
    {"彭", "p", 0.52},    {"曾", "z", 0.50},    {"肖", "x", 0.49},     {"田", "t", 0.48},     {"董", "d", 0.47},
    {"袁", "y", 0.46},    {"潘", "p", 0.45},    {"于", "y", 0.44},     {"蒋", "j", 0.43},     {"蔡", "c", 0.42},
    {"余", "y", 0.41},    {"杜", "d", 0.40},    {"叶", "y", 0.39},     {"程", "c", 0.38},     {"苏", "s", 0.37},
    {"魏", "w", 0.36},    {"吕", "l", 0.35},    {"丁", "d", 0.34},     {"任", "r", 0.33},     {"沈", "s", 0.32},
    {"姚", "y", 0.31},    {"卢", "l", 0.30},    {"姜", "j", 0.29},     {"崔", "c", 0.28},     {"钟", "z", 0.27},
    {"谭", "t", 0.26},    {"陆", "l", 0.25},    {"汪", "w", 0.24},     {"范", "f", 0.23},     {"金", "j", 0.22},
    {"石", "s", 0.21},    {"廖", "l", 0.20},    {"贾", "j", 0.19},     {"夏", "x", 0.18},     {"韦", "w", 0.17},
    {"付", "f", 0.16},    {"方", "f", 0.15},    {"白", "b", 0.14},     {"邹", "z", 0.13},     {"孟", "m", 0.12},
    {"熊", "x", 0.12},    {"秦", "q", 0.11},    {"邱", "q", 0.11},     {"江", "j", 0.11},     {"尹", "y", 0.10},
    {"薛", "x", 0.10},    {"闫", "y", 0.10},    {"段", "d", 0.09},     {"雷", "l", 0.09},     {"侯", "h", 0.09},
    {"龙", "l", 0.08},    {"史", "s", 0.08},    {"陶", "t", 0.08},     {"黎", "l", 0.07},     {"贺", "h", 0.07},
    {"顾", "g", 0.07},    {"毛", "m", 0.07},    {"郝", "h", 0.06},     {"龚", "g", 0.06},     {"邵", "s", 0.06},
    {"万", "w", 0.06},    {"钱", "q", 0.06},    {"严", "y", 0.05},     {"覃", "q", 0.05},     {"武", "w", 0.05},
    {"戴", "d", 0.05},    {"莫", "m", 0.05},    {"孔", "k", 0.05},     {"向", "x", 0.04},     {"汤", "t", 0.04},
    {"欧阳", "oy", 0.03}, {"司马", "sm", 0.01}, {"诸葛", "zg", 0.005}, {"上官", "sg", 0.005},
};

struct Glyph
{
    const char* utf8;
    char initial;
};

// Given-name characters by generation: names of people born before about 1975 differ visibly from
// those of their grandchildren. Only characters with one common reading, so the initial is unambiguous.
const Glyph kMaleOld[] = {
    {"建", 'j'}, {"国", 'g'}, {"军", 'j'}, {"华", 'h'}, {"明", 'm'}, {"平", 'p'}, {"志", 'z'}, {"伟", 'w'},
    {"强", 'q'}, {"德", 'd'}, {"林", 'l'}, {"福", 'f'}, {"生", 's'}, {"荣", 'r'}, {"文", 'w'}, {"海", 'h'},
    {"永", 'y'}, {"春", 'c'}, {"东", 'd'}, {"庆", 'q'}, {"金", 'j'}, {"保", 'b'}, {"忠", 'z'}, {"学", 'x'},
    {"兴", 'x'}, {"良", 'l'}, {"成", 'c'}, {"民", 'm'}, {"刚", 'g'}, {"勇", 'y'},
};
const Glyph kMaleNew[] = {
    {"浩", 'h'}, {"宇", 'y'}, {"轩", 'x'}, {"子", 'z'}, {"博", 'b'}, {"涛", 't'}, {"杰", 'j'}, {"鹏", 'p'},
    {"磊", 'l'}, {"超", 'c'}, {"辉", 'h'}, {"俊", 'j'}, {"晨", 'c'}, {"昊", 'h'}, {"睿", 'r'}, {"泽", 'z'},
    {"航", 'h'}, {"天", 't'}, {"一", 'y'}, {"铭", 'm'}, {"思", 's'}, {"嘉", 'j'}, {"梓", 'z'}, {"然", 'r'},
    {"文", 'w'}, {"翔", 'x'}, {"阳", 'y'}, {"帅", 's'}, {"凯", 'k'}, {"伟", 'w'},
};
const Glyph kFemaleOld[] = {
    {"秀", 'x'}, {"英", 'y'}, {"兰", 'l'}, {"桂", 'g'}, {"芳", 'f'}, {"珍", 'z'}, {"凤", 'f'}, {"玉", 'y'},
    {"华", 'h'}, {"淑", 's'}, {"琴", 'q'}, {"梅", 'm'}, {"红", 'h'}, {"霞", 'x'}, {"丽", 'l'}, {"萍", 'p'},
    {"云", 'y'}, {"莲", 'l'}, {"芬", 'f'}, {"美", 'm'}, {"翠", 'c'}, {"娟", 'j'}, {"玲", 'l'}, {"敏", 'm'},
    {"静", 'j'}, {"燕", 'y'}, {"艳", 'y'}, {"春", 'c'}, {"素", 's'}, {"慧", 'h'},
};
const Glyph kFemaleNew[] = {
    {"欣", 'x'}, {"怡", 'y'}, {"涵", 'h'}, {"萱", 'x'}, {"梓", 'z'}, {"诗", 's'}, {"雨", 'y'}, {"佳", 'j'},
    {"婷", 't'}, {"雪", 'x'}, {"琳", 'l'}, {"颖", 'y'}, {"悦", 'y'}, {"晨", 'c'}, {"思", 's'}, {"语", 'y'},
    {"梦", 'm'}, {"可", 'k'}, {"馨", 'x'}, {"彤", 't'}, {"若", 'r'}, {"晓", 'x'}, {"倩", 'q'}, {"璐", 'l'},
    {"瑶", 'y'}, {"妍", 'y'}, {"蕾", 'l'}, {"琪", 'q'}, {"娜", 'n'}, {"婧", 'j'},
};

template <std::size_t N> const Glyph& pick(Rng& rng, const Glyph (&pool)[N])
{
    return pool[rng.below(N)];
}

} // namespace

ChineseNames::ChineseNames()
{
    std::vector<double> w;
    w.reserve(std::size(kSurnames));
    for (const Surname& s : kSurnames)
        w.push_back(s.percent);
    m_surnames = AliasTable(w);
}

void ChineseNames::generate(Rng& rng, bool male, int birthYear, std::string& name, std::string& initials) const
{
    name.clear();
    initials.clear();
    const Surname& s = kSurnames[m_surnames.sample(rng)];
    name += s.utf8;
    initials += s.initials;
    // Generations overlap: some parents already chose "modern" names, some grandparents still old ones.
    const double modernShare = birthYear < 1965 ? 0.05 : birthYear < 1985 ? 0.45 : 0.92;
    const bool modern = rng.chance(modernShare);
    // One-character given names were most common for those born in the 1970s to 1990s.
    const double singleShare = (birthYear >= 1970 && birthYear < 1995) ? 0.28 : 0.12;
    const int count = rng.chance(singleShare) ? 1 : 2;
    for (int i = 0; i < count; ++i) {
        const Glyph& g = male ? (modern ? pick(rng, kMaleNew) : pick(rng, kMaleOld))
                              : (modern ? pick(rng, kFemaleNew) : pick(rng, kFemaleOld));
        name += g.utf8;
        initials += g.initial;
    }
}

} // namespace hc::demo
