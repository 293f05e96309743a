#include "RollupConfig.h"

#include "crypto/Crypto.h"
#include "db/Sql.h"

#include <QHash>
#include <QSqlQuery>
#include <QtEndian>

#include <cmath>

namespace hc::heatmap {

namespace {
const QString kCellSize = QStringLiteral("cell_size_m");
const QString kRefLat = QStringLiteral("reference_latitude");
const QString kDayOffset = QStringLiteral("day_offset_s");
const QString kSalt = QStringLiteral("person_hash_salt");
const QString kPurged = QStringLiteral("purged_before");

Status put(const db::Database& db, const QString& name, const QString& value, bool replace)
{
    const QString sql = replace ? QStringLiteral("INSERT INTO heatmap_config (name, value) VALUES (?, ?) "
                                                 "ON CONFLICT (name) DO UPDATE SET value = excluded.value")
                                : QStringLiteral("INSERT INTO heatmap_config (name, value) VALUES (?, ?) "
                                                 "ON CONFLICT (name) DO NOTHING");
    auto q = db::run(db, sql, {name, value});
    if (!q)
        return q.error();
    return {};
}

Result<QHash<QString, QString>> readAll(const db::Database& db)
{
    auto q = db::run(db, QStringLiteral("SELECT name, value FROM heatmap_config"));
    if (!q)
        return q.error();
    QHash<QString, QString> values;
    while (q.value().next())
        values.insert(q.value().value(0).toString(), q.value().value(1).toString());
    return values;
}

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64's finaliser: every input bit affects every output bit.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}
} // namespace

Result<double> RollupConfig::defaultReferenceLatitude(const db::Database& db)
{
    auto q = db::run(db, QStringLiteral("SELECT AVG(lat) FROM venues"));
    if (!q)
        return q.error();
    if (q.value().next() && !q.value().value(0).isNull())
        return std::round(q.value().value(0).toDouble() * 10.0) / 10.0;
    return 30.0;
}

Result<RollupConfig> RollupConfig::load(const db::Database& db)
{
    auto values = readAll(db);
    if (!values)
        return values.error();
    if (!values.value().contains(kSalt) || !values.value().contains(kRefLat)) {
        // Concurrent first loads agree: whoever inserts first wins, the others re-read.
        const QByteArray random = crypto::Crypto::randomBytes(8);
        const quint64 salt = qFromLittleEndian<quint64>(random.constData());
        Status s = put(db, kSalt, QString::number(salt), false);
        if (s) {
            auto lat = defaultReferenceLatitude(db);
            if (!lat)
                return lat.error();
            s = put(db, kRefLat, QString::number(lat.value(), 'f', 1), false);
        }
        if (s)
            s = put(db, kCellSize, QString::number(kDefaultCellSize), false);
        if (s)
            s = put(db, kDayOffset, QString::number(kDefaultDayOffset), false);
        if (!s)
            return s.error();
        values = readAll(db);
        if (!values)
            return values.error();
    }
    const auto& v = values.value();
    RollupConfig c;
    const int cell = v.value(kCellSize).toInt();
    c.m_grid = Grid(cell >= 50 && cell <= 20000 ? cell : kDefaultCellSize, v.value(kRefLat).toDouble());
    c.m_dayOffset = v.value(kDayOffset, QString::number(kDefaultDayOffset)).toInt();
    c.m_salt = v.value(kSalt).toULongLong();
    c.m_purgedBefore = v.value(kPurged).toLongLong();
    return c;
}

Status RollupConfig::save(const db::Database& db) const
{
    Status s = put(db, kCellSize, QString::number(m_grid.cellSizeMetres()), true);
    if (s)
        s = put(db, kRefLat, QString::number(m_grid.referenceLatitude(), 'f', 6), true);
    if (s)
        s = put(db, kDayOffset, QString::number(m_dayOffset), true);
    return s;
}

Status RollupConfig::setPurgedBefore(const db::Database& db, qint64 secs)
{
    m_purgedBefore = secs;
    return put(db, kPurged, QString::number(secs), true);
}

qint64 RollupConfig::hourBucket(qint64 t) const
{
    return t - ((t % kHour) + kHour) % kHour;
}

qint64 RollupConfig::dayBucket(qint64 t) const
{
    const qint64 local = t + m_dayOffset;
    return local - ((local % kDay) + kDay) % kDay - m_dayOffset;
}

qint64 RollupConfig::weekBucket(qint64 t) const
{
    const qint64 day = (dayBucket(t) + m_dayOffset) / kDay; // local days since 1970-01-01, a Thursday
    const qint64 monday = day - ((day - 4) % 7 + 7) % 7;
    return monday * kDay - m_dayOffset;
}

std::uint64_t RollupConfig::personHash(qint64 personId) const
{
    return mix(mix(static_cast<std::uint64_t>(personId) ^ m_salt) + m_salt);
}

} // namespace hc::heatmap
