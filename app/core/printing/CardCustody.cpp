#include "CardCustody.h"

#include "NameMask.h"
#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/Clock.h"
#include "util/NationalId.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hc::printing {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::printing::CardCustody)
};

const char kSelect[] =
    "SELECT c.id, c.serial, c.person_id, p.name, p.district_id, p.guardian_id, c.batch_id, c.key_id, "
    "k.purpose, c.issued_at, c.expires_at, c.revoked_at, c.revoke_reason, c.replaces_card_id, c.handed_over_at, "
    "c.collected_by_kind, c.proxy_national_id "
    "FROM printed_cards c JOIN people p ON p.id = c.person_id LEFT JOIN signing_keys k ON k.id = c.key_id ";

CardRecord read(const QSqlQuery& q)
{
    CardRecord c;
    c.id = q.value(0).toLongLong();
    c.serial = q.value(1).toString();
    c.personId = q.value(2).toLongLong();
    c.maskedName = NameMask::mask(q.value(3).toString());
    c.districtId = q.value(4).toLongLong();
    c.guardianId = q.value(5).toLongLong();
    c.batchId = q.value(6).toLongLong();
    c.keyId = q.value(7).toLongLong();
    c.demo = q.value(8).toString() == QLatin1String("demo");
    c.issuedAt = q.value(9).toLongLong();
    c.expiresAt = q.value(10).toLongLong();
    c.revokedAt = q.value(11).toLongLong();
    c.revokeReason = q.value(12).toString();
    c.replacesCardId = q.value(13).toLongLong();
    c.handedOverAt = q.value(14).toLongLong();
    c.collectedByKind = q.value(15).toString();
    const QString proxy = q.value(16).toString();
    c.proxyMaskedId = proxy.isEmpty() ? QString() : NationalId::masked(proxy);
    return c;
}
} // namespace

QString CardCustody::normalSerial(const QString& serial)
{
    QString s = serial.trimmed().toLower();
    s.remove(QLatin1Char(' '));
    return s;
}

Result<CardRecord> CardCustody::find(const db::Database& db, const auth::Session& session, const QString& serial)
{
    if (const Status p = session.require(auth::Permission::PrintCards); !p)
        return p.error();
    const QString s = normalSerial(serial);
    auto q = db::run(db, QLatin1String(kSelect) + QStringLiteral("WHERE c.serial = ?"), {s});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no printed card with the serial %1.").arg(s));
    CardRecord c = read(q.value());
    if (const Status sc = session.requireScope(c.districtId, Tr::tr("card %1").arg(s)); !sc)
        return sc.error();
    return c;
}

Result<QList<CardRecord>> CardCustody::cards(const db::Database& db, const auth::Session& session, qint64 batchId,
                                             qint64 afterId, int maxRows)
{
    if (const Status p = session.require(auth::Permission::PrintCards); !p)
        return p.error();
    auto q =
        db::run(db, QLatin1String(kSelect) + QStringLiteral("WHERE c.batch_id = ? AND c.id > ? ORDER BY c.id LIMIT ?"),
                {batchId, afterId, maxRows});
    if (!q)
        return q.error();
    QList<CardRecord> out;
    while (q.value().next()) {
        CardRecord c = read(q.value());
        if (session.inScope(c.districtId))
            out << c;
    }
    return out;
}

Result<CardRecord> CardCustody::handOver(const db::Database& db, const auth::Session& session, const QString& serial,
                                         const QString& proxyNationalId)
{
    const QString proxy = proxyNationalId.trimmed().toUpper();
    if (!proxy.isEmpty() && !NationalId::isValid(proxy))
        return makeError(
            ErrorCode::InvalidArgument,
            Tr::tr("The proxy's ID number \"%1\" is not valid (18 characters with a correct check character). "
                   "Check the ID card again.")
                .arg(proxy.left(40)));
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    // One hand-over at a time on PostgreSQL, so two offices cannot both pass one proxy's cap.
    if (!db.isSqlite()) {
        if (const Status l = db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(4242061)")); !l)
            return l.error();
    }
    auto card = find(db, session, serial);
    if (!card)
        return card.error();
    const CardRecord& c = card.value();
    if (c.revokedAt > 0)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Card %1 was revoked (%2); it must not be handed over.").arg(c.serial, c.revokeReason));
    if (c.handedOverAt > 0)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Card %1 was already handed over on %2.")
                             .arg(c.serial, QDateTime::fromSecsSinceEpoch(c.handedOverAt).toString(Qt::ISODate)));
    const qint64 now = Clock::nowSecs();
    if (c.expiresAt <= now)
        return makeError(ErrorCode::Conflict, Tr::tr("Card %1 has expired; print a new one.").arg(c.serial));

    auto holder = db::run(db, QStringLiteral("SELECT national_id FROM people WHERE id = ?"), {c.personId});
    if (!holder)
        return holder.error();
    const QString holderId = holder.value().next() ? holder.value().value(0).toString() : QString();

    QString kind = QStringLiteral("holder");
    QVariant collectedBy = c.personId;
    QVariant proxyColumn;
    if (!proxy.isEmpty() && proxy != holderId) {
        auto person = db::run(db, QStringLiteral("SELECT id FROM people WHERE national_id = ?"), {proxy});
        if (!person)
            return person.error();
        const qint64 proxyPersonId = person.value().next() ? person.value().value(0).toLongLong() : 0;
        kind = proxyPersonId > 0 && proxyPersonId == c.guardianId ? QStringLiteral("guardian")
                                                                  : QStringLiteral("community_worker");
        collectedBy = proxyPersonId > 0 ? QVariant(proxyPersonId) : QVariant();
        proxyColumn = proxy;
        const int cap = Settings::intValue(Settings::Key::ProxyCollectionCap);
        auto count = db::run(db,
                             QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM printed_cards "
                                            "WHERE proxy_national_id = ? AND person_id <> ?"),
                             {proxy, c.personId});
        if (!count)
            return count.error();
        const qint64 already = count.value().next() ? count.value().value(0).toLongLong() : 0;
        if (already >= cap)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("The proxy %1 has already collected cards for %2 people; one proxy may collect for "
                                    "at most %3 (setting %4). The card was not handed over.")
                                 .arg(NationalId::masked(proxy))
                                 .arg(already)
                                 .arg(cap)
                                 .arg(Settings::name(Settings::Key::ProxyCollectionCap)));
    }
    auto up = db::run(db,
                      QStringLiteral("UPDATE printed_cards SET handed_over_at = ?, handed_over_by = ?, "
                                     "collected_by_person_id = ?, collected_by_kind = ?, proxy_national_id = ? "
                                     "WHERE id = ? AND handed_over_at IS NULL AND revoked_at IS NULL"),
                      {now, session.userId, collectedBy, kind, proxyColumn, c.id});
    if (!up)
        return up.error();
    if (up.value().numRowsAffected() != 1)
        return makeError(
            ErrorCode::Conflict,
            Tr::tr("Card %1 was changed by someone else in the meantime. Reload and try again.").arg(c.serial));
    QJsonObject details{{QStringLiteral("kind"), kind}, {QStringLiteral("person_id"), c.personId}};
    if (!proxyColumn.isNull())
        details.insert(QStringLiteral("proxy"), NationalId::masked(proxy));
    auto a = audit::AuditLog::append(db, session.userName, QStringLiteral("cards.hand_over"),
                                     QStringLiteral("card:") + c.serial, details);
    if (!a)
        return a.error();
    if (const Status cm = tx.commit(); !cm)
        return cm.error();
    CardRecord done = c;
    done.handedOverAt = now;
    done.collectedByKind = kind;
    done.proxyMaskedId = proxyColumn.isNull() ? QString() : NationalId::masked(proxy);
    return done;
}

} // namespace hc::printing
