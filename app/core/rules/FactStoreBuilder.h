#pragma once
// Builds a FactStore: people first, then events and home-district designations in any order (the loader
// streams them sorted by person, which is fastest). finish() sorts what needs sorting and drops exact
// duplicates (one scan matched by two overlapping designations of the same level).

#include "FactStore.h"

#include <QHash>

namespace hc::rules {

class FactStoreBuilder final
{
public:
    explicit FactStoreBuilder(qint64 horizon = 0);

    // Returns the person's index until finish(); people added in ascending id order keep their index.
    int addPerson(qint64 id, qint64 districtId, qint32 birthKey, bool hasSmartphone);
    int personCount() const { return static_cast<int>(m_ids.size()); }
    // Index of an added person, -1 if none (binary search while ids ascend, else a lookup table).
    int indexOf(qint64 personId) const;

    // attr: see Channel; events of kinds without attributes keep kAnyAttr, which every term matches.
    static constexpr quint8 kAnyAttr = 0xff;
    void addEvent(Channel channel, int personIndex, qint64 time, qint64 id, quint8 attr = kAnyAttr, qint64 aux = 0);
    void addDesignation(qint64 districtId, const Designation& designation);
    // Interns a symptom text for the Symptom channel's aux.
    qint64 symptomIndex(const QString& symptom);

    FactStore finish();

private:
    struct Pending
    {
        std::vector<quint32> person;
        std::vector<qint64> times, ids, aux;
        std::vector<quint8> attrs;
        bool sorted = true;
    };
    FactStore m_store;
    std::vector<qint64> m_ids;
    std::vector<qint64> m_districts;
    std::vector<qint32> m_birthKeys;
    std::vector<quint8> m_noSmartphone;
    bool m_idsAscending = true;
    mutable QHash<qint64, int> m_idIndex; // only when ids were not added in order
    std::array<Pending, kChannelCount> m_pending;
    std::vector<std::pair<qint64, Designation>> m_designations;
    QHash<QString, qint64> m_symptomIndex;
};

} // namespace hc::rules
