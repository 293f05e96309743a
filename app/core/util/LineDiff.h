#pragma once
// Line-by-line comparison of two texts (rule set versions side by side): the longest common subsequence of
// lines after trimming the common start and end, so long texts with a small change stay cheap. When the
// changed middle is too large to compare line by line it is shown as removed and added as a whole.

#include <QList>
#include <QString>
#include <QStringList>

namespace hc {

struct DiffLine
{
    enum class Kind
    {
        Same,
        Removed, // only on the left
        Added    // only on the right
    };
    Kind kind = Kind::Same;
    QString text;
    int leftLine = 0;  // 1-based; 0 when not on the left
    int rightLine = 0; // 1-based; 0 when not on the right
};

class LineDiff final
{
public:
    static QList<DiffLine> compare(const QStringList& left, const QStringList& right);
    static QList<DiffLine> compare(const QString& left, const QString& right);
    // Lines of the middle part beyond which no line-by-line comparison is tried (cells = n * m).
    static constexpr qint64 kMaxCells = 4'000'000;
};

} // namespace hc
