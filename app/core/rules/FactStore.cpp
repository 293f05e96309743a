#include "FactStore.h"

#include <QDate>

#include <algorithm>

namespace hc::rules {

int FactStore::indexOf(qint64 personId) const
{
    const auto it = std::lower_bound(m_personIds.begin(), m_personIds.end(), personId);
    if (it == m_personIds.end() || *it != personId)
        return -1;
    return static_cast<int>(it - m_personIds.begin());
}

qint64 FactStore::districtId(int index) const
{
    return m_districtIds[static_cast<std::size_t>(m_districtIndex[static_cast<std::size_t>(index)])];
}

std::span<const Designation> FactStore::homeDesignations(int index) const
{
    const auto d = static_cast<std::size_t>(m_districtIndex[static_cast<std::size_t>(index)]);
    const quint32 b = m_designationOffsets[d];
    const quint32 e = m_designationOffsets[d + 1];
    return std::span<const Designation>(m_designations.data() + b, e - b);
}

quint8 FactStore::homeLevels(int index) const
{
    return m_districtLevels[static_cast<std::size_t>(m_districtIndex[static_cast<std::size_t>(index)])];
}

qint64 FactStore::eventCount() const
{
    qint64 n = 0;
    for (const EventColumns& c : m_channels)
        n += static_cast<qint64>(c.times.size());
    return n;
}

qint64 FactStore::memoryBytes() const
{
    qint64 n = static_cast<qint64>(m_personIds.size() * (sizeof(qint64) + 2 * sizeof(qint32) + 1));
    for (const EventColumns& c : m_channels) {
        n += static_cast<qint64>(c.offsets.size() * sizeof(quint32));
        n += static_cast<qint64>(c.times.size() * (3 * sizeof(qint64) + 1));
    }
    n += static_cast<qint64>(m_designations.size() * sizeof(Designation));
    return n;
}

qint32 FactStore::birthKeyFromText(QByteArrayView utf8)
{
    if (utf8.size() != 10)
        return 0;
    char16_t chars[10];
    for (int i = 0; i < 10; ++i)
        chars[i] = static_cast<char16_t>(static_cast<unsigned char>(utf8.at(i)));
    return birthKeyFromText(QStringView(chars, 10));
}

qint32 FactStore::birthKeyFromText(QStringView text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return 0;
    auto digits = [&](qsizetype from, qsizetype n) {
        int v = 0;
        for (qsizetype i = from; i < from + n; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const int y = digits(0, 4);
    const int m = digits(5, 2);
    const int d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0 || !QDate::isValid(y, m, d))
        return 0;
    return y * 10000 + m * 100 + d;
}

} // namespace hc::rules
