#include "FactStoreBuilder.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace hc::rules {

FactStoreBuilder::FactStoreBuilder(qint64 horizon)
{
    m_store.m_horizon = horizon;
}

int FactStoreBuilder::addPerson(qint64 id, qint64 districtId, qint32 birthKey, bool hasSmartphone)
{
    if (!m_ids.empty() && id <= m_ids.back())
        m_idsAscending = false;
    m_ids.push_back(id);
    m_districts.push_back(districtId);
    m_birthKeys.push_back(birthKey);
    m_noSmartphone.push_back(hasSmartphone ? 0 : 1);
    if (!m_idsAscending)
        m_idIndex.clear();
    return static_cast<int>(m_ids.size() - 1);
}

int FactStoreBuilder::indexOf(qint64 personId) const
{
    if (m_idsAscending) {
        const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), personId);
        return it != m_ids.end() && *it == personId ? static_cast<int>(it - m_ids.begin()) : -1;
    }
    if (m_idIndex.isEmpty()) {
        for (std::size_t i = 0; i < m_ids.size(); ++i)
            m_idIndex.insert(m_ids[i], static_cast<int>(i));
    }
    return m_idIndex.value(personId, -1);
}

void FactStoreBuilder::addEvent(Channel channel, int personIndex, qint64 time, qint64 id, quint8 attr, qint64 aux)
{
    Pending& p = m_pending[static_cast<std::size_t>(channel)];
    const auto person = static_cast<quint32>(personIndex);
    if (p.sorted && !p.person.empty()) {
        const quint32 lp = p.person.back();
        const qint64 lt = p.times.back();
        if (person < lp || (person == lp && (time < lt || (time == lt && id < p.ids.back()))))
            p.sorted = false;
    }
    p.person.push_back(person);
    p.times.push_back(time);
    p.ids.push_back(id);
    p.aux.push_back(aux);
    p.attrs.push_back(attr);
}

void FactStoreBuilder::addDesignation(qint64 districtId, const Designation& designation)
{
    m_designations.emplace_back(districtId, designation);
}

qint64 FactStoreBuilder::symptomIndex(const QString& symptom)
{
    const auto it = m_symptomIndex.constFind(symptom);
    if (it != m_symptomIndex.constEnd())
        return it.value();
    const qint64 index = m_store.m_symptoms.size();
    m_store.m_symptoms.append(symptom);
    m_symptomIndex.insert(symptom, index);
    return index;
}

FactStore FactStoreBuilder::finish()
{
    const std::size_t n = m_ids.size();
    // People by ascending id; remap[old index] = new index.
    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    if (!m_idsAscending)
        std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return m_ids[a] < m_ids[b]; });
    std::vector<quint32> remap(n);
    for (std::size_t i = 0; i < n; ++i)
        remap[order[i]] = static_cast<quint32>(i);

    FactStore& s = m_store;
    QHash<qint64, qint32> districtIndex;
    s.m_personIds.resize(n);
    s.m_districtIndex.resize(n);
    s.m_birthKeys.resize(n);
    s.m_noSmartphone.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const quint32 from = order[i];
        s.m_personIds[i] = m_ids[from];
        s.m_birthKeys[i] = m_birthKeys[from];
        s.m_noSmartphone[i] = m_noSmartphone[from];
        const qint64 district = m_districts[from];
        auto it = districtIndex.constFind(district);
        if (it == districtIndex.constEnd()) {
            it = districtIndex.insert(district, static_cast<qint32>(s.m_districtIds.size()));
            s.m_districtIds.push_back(district);
        }
        s.m_districtIndex[i] = it.value();
    }

    for (int c = 0; c < kChannelCount; ++c) {
        Pending& p = m_pending[static_cast<std::size_t>(c)];
        EventColumns& out = s.m_channels[static_cast<std::size_t>(c)];
        const std::size_t m = p.person.size();
        for (quint32& person : p.person)
            person = remap[person];
        std::vector<quint32> idx(m);
        std::iota(idx.begin(), idx.end(), 0u);
        if (!p.sorted || !m_idsAscending) {
            std::stable_sort(idx.begin(), idx.end(), [&](quint32 a, quint32 b) {
                return std::tie(p.person[a], p.times[a], p.ids[a], p.attrs[a]) <
                       std::tie(p.person[b], p.times[b], p.ids[b], p.attrs[b]);
            });
        }
        out.offsets.assign(n + 1, 0);
        out.times.clear();
        out.ids.clear();
        out.aux.clear();
        out.attrs.clear();
        out.times.reserve(m);
        out.ids.reserve(m);
        out.aux.reserve(m);
        out.attrs.reserve(m);
        std::size_t kept = 0;
        quint32 lastPerson = 0;
        for (std::size_t k = 0; k < m; ++k) {
            const quint32 i = idx[k];
            if (kept > 0 && lastPerson == p.person[i] && out.ids.back() == p.ids[i] && out.times.back() == p.times[i] &&
                out.attrs.back() == p.attrs[i])
                continue; // the same event matched twice
            out.times.push_back(p.times[i]);
            out.ids.push_back(p.ids[i]);
            out.aux.push_back(p.aux[i]);
            out.attrs.push_back(p.attrs[i]);
            ++out.offsets[p.person[i] + 1];
            lastPerson = p.person[i];
            ++kept;
        }
        for (std::size_t i = 0; i < n; ++i)
            out.offsets[i + 1] += out.offsets[i];
        p = Pending{};
    }

    // Home-district designations, grouped by district index.
    std::vector<std::pair<qint32, Designation>> designations;
    for (const auto& [district, d] : m_designations) {
        const auto it = districtIndex.constFind(district);
        if (it != districtIndex.constEnd())
            designations.emplace_back(it.value(), d);
    }
    std::stable_sort(designations.begin(), designations.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first, a.second.from, a.second.id) < std::tie(b.first, b.second.from, b.second.id);
    });
    const std::size_t districts = s.m_districtIds.size();
    s.m_designationOffsets.assign(districts + 1, 0);
    s.m_districtLevels.assign(districts, 0);
    s.m_designations.clear();
    for (const auto& [district, d] : designations) {
        s.m_designations.push_back(d);
        ++s.m_designationOffsets[static_cast<std::size_t>(district) + 1];
        s.m_districtLevels[static_cast<std::size_t>(district)] |= riskLevelBit(d.level);
    }
    for (std::size_t i = 0; i < districts; ++i)
        s.m_designationOffsets[i + 1] += s.m_designationOffsets[i];
    m_designations.clear();

    FactStore result = std::move(m_store);
    m_store = FactStore{};
    m_ids.clear();
    m_districts.clear();
    m_birthKeys.clear();
    m_noSmartphone.clear();
    m_idsAscending = true;
    m_idIndex.clear();
    m_symptomIndex.clear();
    return result;
}

} // namespace hc::rules
