#include "LineDiff.h"

#include <vector>

namespace hc {

namespace {
QStringList splitLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

QList<DiffLine> LineDiff::compare(const QString& left, const QString& right)
{
    return compare(splitLines(left), splitLines(right));
}

QList<DiffLine> LineDiff::compare(const QStringList& left, const QStringList& right)
{
    QList<DiffLine> out;
    const int n = static_cast<int>(left.size());
    const int m = static_cast<int>(right.size());
    int start = 0;
    while (start < n && start < m && left.at(start) == right.at(start))
        ++start;
    int endLeft = n;
    int endRight = m;
    while (endLeft > start && endRight > start && left.at(endLeft - 1) == right.at(endRight - 1)) {
        --endLeft;
        --endRight;
    }
    for (int i = 0; i < start; ++i)
        out << DiffLine{DiffLine::Kind::Same, left.at(i), i + 1, i + 1};

    const int a = endLeft - start;
    const int b = endRight - start;
    auto removed = [&](int i) { out << DiffLine{DiffLine::Kind::Removed, left.at(i), i + 1, 0}; };
    auto added = [&](int j) { out << DiffLine{DiffLine::Kind::Added, right.at(j), 0, j + 1}; };
    if (qint64(a) * b > kMaxCells) {
        for (int i = start; i < endLeft; ++i)
            removed(i);
        for (int j = start; j < endRight; ++j)
            added(j);
    } else {
        // lcs[i][j]: length of the longest common subsequence of left[start+i..] and right[start+j..].
        const std::size_t width = static_cast<std::size_t>(b) + 1;
        std::vector<int> lcs((static_cast<std::size_t>(a) + 1) * width, 0);
        auto at = [&](int i, int j) -> int& { return lcs[static_cast<std::size_t>(i) * width + static_cast<std::size_t>(j)]; };
        for (int i = a - 1; i >= 0; --i)
            for (int j = b - 1; j >= 0; --j)
                at(i, j) = left.at(start + i) == right.at(start + j) ? at(i + 1, j + 1) + 1
                                                                     : std::max(at(i + 1, j), at(i, j + 1));
        int i = 0;
        int j = 0;
        while (i < a || j < b) {
            if (i < a && j < b && left.at(start + i) == right.at(start + j)) {
                out << DiffLine{DiffLine::Kind::Same, left.at(start + i), start + i + 1, start + j + 1};
                ++i;
                ++j;
            } else if (i < a && (j == b || at(i + 1, j) >= at(i, j + 1))) {
                removed(start + i++); // removals before additions, as diff tools show them
            } else {
                added(start + j++);
            }
        }
    }
    for (int k = 0; k < n - endLeft; ++k)
        out << DiffLine{DiffLine::Kind::Same, left.at(endLeft + k), endLeft + k + 1, endRight + k + 1};
    return out;
}

} // namespace hc
