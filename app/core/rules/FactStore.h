#pragma once
// A person's facts condensed for evaluation, column by column (struct of arrays): per person the district,
// birth date and smartphone flag, and per kind of event a flat, time-sorted list with per-person offsets,
// plus the risk designations of each home district. Read-only once built (FactStoreBuilder, FactsLoader),
// so several evaluations may read one store at the same time.

#include "Fact.h"

#include <QByteArrayView>
#include <QStringList>

#include <array>
#include <limits>
#include <span>
#include <vector>

namespace hc::rules {

// The kinds of dated events kept per person.
enum class Channel : quint8
{
    PositiveTest, // attr: testKindMask(Pcr|Antigen)
    NegativeTest, // attr: testKindMask(Pcr|Antigen)
    CloseContact,
    Symptom,   // aux: index into FactStore::symptomNames()
    VenueScan, // scans at a venue while the venue was designated; attr: riskLevelBit, aux: venue id
    AreaScan,  // scans at a venue in a district while it was designated; attr: riskLevelBit, aux: venue id
};
inline constexpr int kChannelCount = 6;

struct EventColumns
{
    std::vector<quint32> offsets; // person i's events are [offsets[i], offsets[i + 1])
    std::vector<qint64> times;    // Unix seconds, ascending within a person
    std::vector<qint64> ids;      // row id of the event in its table
    std::vector<qint64> aux;
    std::vector<quint8> attrs; // see Channel; 0xff for kinds without attributes
};

// A home district designated at a risk level over [from, to).
struct Designation
{
    qint64 id = 0; // risk_areas.id
    qint64 from = 0;
    qint64 to = std::numeric_limits<qint64>::max(); // open-ended: max
    RiskLevel level = RiskLevel::High;
};

class FactStore final
{
public:
    static constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();

    int personCount() const { return static_cast<int>(m_personIds.size()); }
    qint64 personId(int index) const { return m_personIds[static_cast<std::size_t>(index)]; }
    // The index of a person (binary search), -1 if not loaded.
    int indexOf(qint64 personId) const;
    qint64 districtId(int index) const;
    // Districts of the loaded people, densely numbered (for per-district tallies).
    int districtIndex(int index) const { return m_districtIndex[static_cast<std::size_t>(index)]; }
    int districtCount() const { return static_cast<int>(m_districtIds.size()); }
    qint64 districtIdAt(int districtIndex) const { return m_districtIds[static_cast<std::size_t>(districtIndex)]; }
    // Birth date as yyyymmdd, 0 when unknown.
    qint32 birthKey(int index) const { return m_birthKeys[static_cast<std::size_t>(index)]; }
    bool hasSmartphone(int index) const { return m_noSmartphone[static_cast<std::size_t>(index)] == 0; }

    const EventColumns& events(Channel channel) const { return m_channels[static_cast<std::size_t>(channel)]; }
    std::span<const Designation> homeDesignations(int index) const;
    // Bits riskLevelBit(level) of the levels the person's home district was ever designated at.
    quint8 homeLevels(int index) const;
    const QStringList& symptomNames() const { return m_symptoms; }

    // Facts older than this were not loaded (windows reaching further back see nothing there).
    qint64 horizon() const { return m_horizon; }
    qint64 eventCount() const;
    qint64 memoryBytes() const;

    // "yyyy-MM-dd" to yyyymmdd; 0 when not a valid date.
    static qint32 birthKeyFromText(QStringView text);
    static qint32 birthKeyFromText(QByteArrayView utf8);

private:
    friend class FactStoreBuilder;
    std::vector<qint64> m_personIds; // ascending
    std::vector<qint32> m_districtIndex;
    std::vector<qint32> m_birthKeys;
    std::vector<quint8> m_noSmartphone;
    std::array<EventColumns, kChannelCount> m_channels;
    std::vector<qint64> m_districtIds;
    std::vector<quint32> m_designationOffsets; // per district index
    std::vector<Designation> m_designations;
    std::vector<quint8> m_districtLevels;
    QStringList m_symptoms;
    qint64 m_horizon = 0;
};

} // namespace hc::rules
