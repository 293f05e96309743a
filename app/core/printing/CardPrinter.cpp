#include "CardPrinter.h"

#include "CardCustody.h"
#include "CardIssuer.h"
#include "CardPdfWriter.h"
#include "CardSelection.h"
#include "CardSheetWriter.h"
#include "NameMask.h"
#include "PrintingLogging.h"
#include "audit/AuditLog.h"
#include "db/FastQuery.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "demo/DemoDatabase.h"
#include "services/Jurisdictions.h"
#include "util/Clock.h"
#include "util/KillPoint.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDevice>
#include <QJsonArray>
#include <QPagedPaintDevice>
#include <QSqlQuery>

#include <future>

namespace hc::printing {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::printing::CardPrinter)
};

// Cards are inserted 100 rows a statement on PostgreSQL (fewer round trips) and one row a statement on SQLite,
// which has no round trips to save: recording 10,000 cards through db::FastQuery takes 0.16 s, most of it the
// commits. (Through QSqlQuery, whose parameter lookup is linear in the parameters, it took 0.45 s in 100-row
// statements and 0.29 s in one-row ones.)
int rowsPerInsert(const db::Database& db)
{
    return db.isSqlite() ? 1 : 100;
}

QString purposeFor(bool demo)
{
    return demo ? QStringLiteral("demo") : QStringLiteral("cards");
}

QString dayText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QJsonObject criteriaJson(const SelectionCriteria& c)
{
    QJsonObject o;
    if (c.noSmartphone)
        o.insert(QStringLiteral("no_smartphone"), true);
    if (c.minAge > 0)
        o.insert(QStringLiteral("min_age"), c.minAge);
    if (!c.district.isEmpty())
        o.insert(QStringLiteral("district"), c.district);
    if (c.notPrintedYet)
        o.insert(QStringLiteral("not_printed_yet"), true);
    if (c.printedBefore.isValid())
        o.insert(QStringLiteral("printed_before"), c.printedBefore.toString(Qt::ISODate));
    if (c.useIdList)
        o.insert(QStringLiteral("id_list"), static_cast<double>(c.personIds.size()));
    if (c.limit > 0)
        o.insert(QStringLiteral("limit"), static_cast<double>(c.limit));
    return o;
}

CardFace faceFor(const IssuedCard& card, const QString& issuerName)
{
    CardFace f;
    f.maskedName = NameMask::mask(card.person.name);
    f.districtName = card.person.districtName;
    f.districtNameEn = card.person.districtNameEn;
    f.issuerName = issuerName;
    f.serial = card.claims.serialText();
    f.issuedAt = card.claims.issuedAt;
    f.expiresAt = card.claims.expiresAt;
    f.qr = card.qr;
    f.mark = card.claims.demo ? CardFace::Mark::Demo : CardFace::Mark::None;
    return f;
}

constexpr int kCardColumns = 7; // parameters per row of insertSql

QString insertSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO printed_cards (serial, person_id, batch_id, key_id, issued_at, "
                                 "expires_at, replaces_card_id) VALUES ");
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? QStringLiteral("(?,?,?,?,?,?,?)") : QStringLiteral(",(?,?,?,?,?,?,?)");
    return sql;
}

// Everything one run needs besides the request: the unlocked key and its jurisdiction.
struct Signer
{
    crypto::UnlockedKey key;
    QString issuerCode;
    QString issuerName;
};

Result<Signer> unlock(const db::Database& db, bool demo, const QString& passphrase)
{
    auto check = CardPrinter::checkKey(db, demo);
    if (!check)
        return check.error();
    if (!check.value().active) {
        if (const auto& r = check.value().newestRetired)
            return makeError(
                ErrorCode::CryptoError,
                Tr::tr("The %1 signing key %2 was retired on %3 and signs nothing any more; an official who "
                       "manages keys must generate a new one (healthcode-ctl keys generate) before "
                       "printing.")
                    .arg(purposeFor(demo), r->kid, dayText(r->retiredAt)));
        return makeError(ErrorCode::CryptoError,
                         Tr::tr("There is no %1 signing key yet; an official who manages keys must generate one "
                                "(healthcode-ctl keys generate%2) before printing.")
                             .arg(purposeFor(demo), demo ? QStringLiteral(" --demo") : QString()));
    }
    auto key = crypto::KeyStore::unlockActive(db, purposeFor(demo), passphrase);
    if (!key)
        return key.error();
    Signer s;
    s.key = std::move(key).value();
    auto j = services::Jurisdictions::byId(db, s.key.key.jurisdictionId);
    if (!j)
        return makeError(
            ErrorCode::CryptoError,
            Tr::tr("The signing key %1 has no jurisdiction, so its cards could name no issuer.").arg(s.key.key.kid));
    s.issuerCode = j.value().code;
    s.issuerName = j.value().name;
    return s;
}

// A chunk's cards and the batch's count in one transaction; with the reprint's revocation when given.
Status record(const db::Database& db, const auth::Session& session, qint64 batchId, qint64 keyId,
              const QList<IssuedCard>& cards, qint64 replacesCardId, bool revokeReplaced)
{
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (revokeReplaced) {
        auto up = db::run(db,
                          QStringLiteral("UPDATE printed_cards SET revoked_at = ?, revoked_by = ?, revoke_reason = ? "
                                         "WHERE id = ? AND revoked_at IS NULL"),
                          {Clock::nowSecs(), session.userId,
                           QStringLiteral("lost; replaced in print batch %1").arg(batchId), replacesCardId});
        if (!up)
            return up.error();
        if (up.value().numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict, Tr::tr("The card to replace was revoked by someone else meanwhile."));
        auto serial = db::run(db, QStringLiteral("SELECT serial FROM printed_cards WHERE id = ?"), {replacesCardId});
        if (!serial)
            return serial.error();
        const QString old = serial.value().next() ? serial.value().value(0).toString() : QString();
        auto a =
            audit::AuditLog::append(db, session.userName, QStringLiteral("cards.revoke"), QStringLiteral("card:") + old,
                                    {{QStringLiteral("reason"), QStringLiteral("lost")},
                                     {QStringLiteral("replacement_batch"), batchId},
                                     {QStringLiteral("replacement"), cards.value(0).claims.serialText()}});
        if (!a)
            return a.error();
    }
    std::unique_ptr<db::FastQuery> full;
    const int perInsert = rowsPerInsert(db);
    for (qsizetype i = 0; i < cards.size(); i += perInsert) {
        const int rows = static_cast<int>(std::min<qsizetype>(perInsert, cards.size() - i));
        std::unique_ptr<db::FastQuery> partial;
        std::unique_ptr<db::FastQuery>& q = rows == perInsert ? full : partial;
        if (!q) {
            auto prepared = db::FastQuery::prepare(db, insertSql(rows));
            if (!prepared)
                return prepared.error();
            q = std::move(prepared).value();
        }
        for (int k = 0; k < rows; ++k) {
            const IssuedCard& c = cards.at(i + k);
            const int b = k * kCardColumns;
            q->bindText(b, c.claims.serialText());
            q->bindInt(b + 1, c.person.id);
            q->bindInt(b + 2, batchId);
            q->bindInt(b + 3, keyId);
            q->bindInt(b + 4, c.claims.issuedAt);
            q->bindInt(b + 5, c.claims.expiresAt);
            if (replacesCardId > 0)
                q->bindInt(b + 6, replacesCardId);
            else
                q->bindNull(b + 6);
        }
        if (const Status st = q->exec(); !st)
            return st;
    }
    auto up = db::run(db, QStringLiteral("UPDATE print_batches SET printed_count = printed_count + ? WHERE id = ?"),
                      {static_cast<qint64>(cards.size()), batchId});
    if (!up)
        return up.error();
    return tx.commit();
}

Status finishBatch(const db::Database& db, const auth::Session& session, qint64 batchId, const QString& state,
                   qint64 printed, int sheets, const QString& message)
{
    db::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto up =
        db::run(db, QStringLiteral("UPDATE print_batches SET state = ?, finished_at = ?, message = ? WHERE id = ?"),
                {state, Clock::nowSecs(), message, batchId});
    if (!up)
        return up.error();
    QJsonObject details{{QStringLiteral("state"), state},
                        {QStringLiteral("printed"), static_cast<double>(printed)},
                        {QStringLiteral("sheets"), sheets}};
    if (!message.isEmpty())
        details.insert(QStringLiteral("message"), message);
    auto a = audit::AuditLog::append(db, session.userName, QStringLiteral("print.batch_finish"),
                                     QStringLiteral("print_batch:%1").arg(batchId), details);
    if (!a)
        return a.error();
    return tx.commit();
}
} // namespace

Result<SigningKeyCheck> CardPrinter::checkKey(const db::Database& db, bool demo)
{
    auto keys = crypto::KeyStore::list(db, purposeFor(demo));
    if (!keys)
        return keys.error();
    SigningKeyCheck check;
    for (const auto& k : keys.value()) {
        if (k.retiredAt == 0) {
            if (!check.active || k.id > check.active->id)
                check.active = k;
        } else if (!check.newestRetired || k.retiredAt > check.newestRetired->retiredAt) {
            check.newestRetired = k;
        }
    }
    if (check.active)
        check.newestRetired.reset();
    return check;
}

Result<int> CardPrinter::closeStaleBatches(const db::Database& db, const auth::Session& session)
{
    const qint64 now = Clock::nowSecs();
    auto q = db::run(db,
                     QStringLiteral("SELECT b.id, b.printed_count, b.created_at, u.jurisdiction_id, "
                                    "(SELECT MAX(c.issued_at) FROM printed_cards c WHERE c.batch_id = b.id) "
                                    "FROM print_batches b JOIN users u ON u.id = b.created_by "
                                    "WHERE b.state = 'running' AND b.created_at < ?"),
                     {now - kStaleSeconds});
    if (!q)
        return q.error();
    struct Stale
    {
        qint64 id;
        qint64 printed;
        qint64 lastSeen;
    };
    QList<Stale> stale;
    while (q.value().next()) {
        const qint64 lastSeen = std::max(q.value().value(2).toLongLong(), q.value().value(4).toLongLong());
        if (session.inScope(q.value().value(3).toLongLong()) && lastSeen < now - kStaleSeconds)
            stale.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), lastSeen});
    }
    int closed = 0;
    for (const Stale& s : stale) {
        const QString message =
            Tr::tr("Interrupted: the program printing this batch stopped without ending it (no card signed since "
                   "%1 UTC). The %2 card(s) recorded may exist in a partial output; those not handed over are "
                   "revoked. Print them again.")
                .arg(QDateTime::fromSecsSinceEpoch(s.lastSeen, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                .arg(s.printed);
        db::Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        auto up = db::run(db,
                          QStringLiteral("UPDATE print_batches SET state = 'failed', finished_at = ?, message = ? "
                                         "WHERE id = ? AND state = 'running'"),
                          {now, message, s.id});
        if (!up)
            return up.error();
        if (up.value().numRowsAffected() != 1)
            continue; // ended or closed by someone else meanwhile
        // The batch's output is cut short somewhere after its last committed chunk: its cards are recorded
        // but none is known to be whole or in anyone's hands. Revoked (a verifier then refuses them), except
        // those an official has handed over since, which are real cards with their holders.
        auto revoked = db::run(db,
                               QStringLiteral("UPDATE printed_cards SET revoked_at = ?, revoked_by = ?, revoke_reason = ? "
                                              "WHERE batch_id = ? AND revoked_at IS NULL AND handed_over_at IS NULL"),
                               {now, session.userId, QStringLiteral("print batch %1 interrupted").arg(s.id), s.id});
        if (!revoked)
            return revoked.error();
        const int revokedCount = revoked.value().numRowsAffected();
        auto a = audit::AuditLog::append(db, session.userName, QStringLiteral("print.batch_finish"),
                                         QStringLiteral("print_batch:%1").arg(s.id),
                                         {{QStringLiteral("state"), QStringLiteral("failed")},
                                          {QStringLiteral("printed"), static_cast<double>(s.printed)},
                                          {QStringLiteral("interrupted"), true},
                                          {QStringLiteral("revoked"), revokedCount},
                                          {QStringLiteral("last_card_at"), static_cast<double>(s.lastSeen)}});
        if (!a)
            return a.error();
        if (revokedCount > 0) {
            auto r = audit::AuditLog::append(db, session.userName, QStringLiteral("cards.revoke"),
                                             QStringLiteral("print_batch:%1").arg(s.id),
                                             {{QStringLiteral("reason"), QStringLiteral("interrupted batch")},
                                              {QStringLiteral("cards"), revokedCount}});
            if (!r)
                return r.error();
        }
        if (const Status c = tx.commit(); !c)
            return c.error();
        qCWarning(lcPrinting) << "batch" << s.id << "was interrupted; marked failed";
        ++closed;
    }
    return closed;
}

Result<PrintOutcome> CardPrinter::printPdf(const db::Database& db, const auth::Session& session,
                                           const PrintRequest& request, QFileDevice& out, const Progress& progress)
{
    CardPdfWriter output(out, request.cardTemplate);
    return printTo(db, session, request, output, progress);
}

Result<PrintOutcome> CardPrinter::print(const db::Database& db, const auth::Session& session,
                                        const PrintRequest& request, QPagedPaintDevice& device,
                                        const Progress& progress, const QFileDevice* sink)
{
    CardSheetWriter output(device, request.cardTemplate, sink);
    return printTo(db, session, request, output, progress);
}

Result<PrintOutcome> CardPrinter::printTo(const db::Database& db, const auth::Session& session,
                                          const PrintRequest& request, CardOutput& output, const Progress& progress)
{
    if (const Status p = session.require(auth::Permission::PrintCards); !p)
        return p.error();
    auto total = CardSelection::count(db, session, request.criteria);
    if (!total)
        return total.error();
    if (total.value() == 0)
        return makeError(ErrorCode::NotFound,
                         Tr::tr("Nobody in your jurisdiction matches the selection; nothing was printed."));
    if (auto closed = closeStaleBatches(db, session); !closed)
        return closed.error();
    // Every card printed from a demo database is a demo card, whatever the caller asked.
    PrintRequest effective = request;
    if (auto info = demo::DemoDatabase::info(db); info && info.value().demo)
        effective.demo = true;
    return run(db, session, effective, total.value(), output, progress);
}

Result<PrintOutcome> CardPrinter::run(const db::Database& db, const auth::Session& session, const PrintRequest& request,
                                      qint64 total, CardOutput& writer, const Progress& progress)
{
    auto signer = unlock(db, request.demo, request.passphrase);
    if (!signer)
        return signer.error();
    const crypto::StoredKey& key = signer.value().key.key;
    const qint64 validitySecs = static_cast<qint64>(Settings::intValue(Settings::Key::CardValidityDays)) * 86400;
    const CardIssuer issuer(QByteArray::fromHex(key.kid.toLatin1()), signer.value().key.secretKey,
                            signer.value().issuerCode, validitySecs, request.demo);
    const QString issuerName = signer.value().issuerName;

    if (const Status b = writer.begin(); !b)
        return b.error();

    PrintOutcome outcome;
    outcome.requested = total;
    outcome.keyKid = key.kid;
    {
        db::Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        auto id = db::insert(db,
                             QStringLiteral("INSERT INTO print_batches (created_by, created_at, template, destination, "
                                            "key_id, requested_count, printed_count, state, demo) "
                                            "VALUES (?, ?, ?, ?, ?, ?, 0, 'running', ?)"),
                             {session.userId, Clock::nowSecs(), request.cardTemplate.name(), request.destination,
                              key.id, outcome.requested, request.demo ? 1 : 0});
        if (!id)
            return id.error();
        outcome.batchId = id.value();
        auto a = audit::AuditLog::append(db, session.userName, QStringLiteral("print.batch_start"),
                                         QStringLiteral("print_batch:%1").arg(outcome.batchId),
                                         {{QStringLiteral("template"), request.cardTemplate.name()},
                                          {QStringLiteral("destination"), request.destination},
                                          {QStringLiteral("key"), key.kid},
                                          {QStringLiteral("demo"), request.demo},
                                          {QStringLiteral("requested"), static_cast<double>(outcome.requested)},
                                          {QStringLiteral("selection"), criteriaJson(request.criteria)}});
        if (!a)
            return a.error();
        if (const Status c = tx.commit(); !c)
            return c.error();
    }
    qCInfo(lcPrinting) << "batch" << outcome.batchId << "started:" << outcome.requested << "cards,"
                       << request.cardTemplate.name();

    const int perSheet = request.cardTemplate.cardsPerSheet();
    const int wanted = request.chunkCards > 0 ? request.chunkCards : kDefaultChunkCards;
    const int chunk = (wanted + perSheet - 1) / perSheet * perSheet;

    auto fetch = [&](qint64 after, qint64 done) -> Result<QList<SelectedPerson>> {
        const qint64 left = outcome.requested - done;
        if (left <= 0)
            return QList<SelectedPerson>();
        return CardSelection::page(db, session, request.criteria, after,
                                   static_cast<int>(std::min<qint64>(chunk, left)));
    };
    auto startIssuing = [&](QList<SelectedPerson> people) {
        // Each chunk is issued when it is signed, so the batch's newest card tells that the run is alive.
        const qint64 now = Clock::nowSecs();
        return std::async(std::launch::async, [&issuer, people = std::move(people), now, &request] {
            return issuer.issue(people, now, request.threads);
        });
    };

    QString failure;
    bool cancelled = false;
    auto first = fetch(0, 0);
    if (!first) {
        failure = first.error().message;
    } else {
        auto pending = startIssuing(first.value());
        while (true) {
            auto issued = pending.get();
            if (!issued) {
                failure = issued.error().message;
                break;
            }
            const QList<IssuedCard>& cards = issued.value();
            if (cards.isEmpty())
                break;
            // Sign the next chunk while this one is recorded and painted.
            auto next = fetch(cards.last().person.id, outcome.printed + cards.size());
            if (!next) {
                failure = next.error().message;
                break;
            }
            pending = startIssuing(next.value());
            const bool revoke = request.replacesCardId > 0 && outcome.printed == 0;
            if (const Status r = record(db, session, outcome.batchId, key.id, cards, request.replacesCardId, revoke);
                !r) {
                failure = r.error().message;
                pending.wait();
                break;
            }
            for (const IssuedCard& card : cards)
                writer.addCard(faceFor(card, issuerName));
            killpoint::reach("print.painted");
            outcome.printed += cards.size();
            outcome.lastSerial = cards.last().claims.serialText();
            if (const QString e = writer.writeError(); !e.isEmpty()) {
                failure = e;
                pending.wait();
                break;
            }
            if (progress && !progress(outcome.printed, outcome.requested)) {
                cancelled = outcome.printed < outcome.requested; // a cancel after the last chunk changes nothing
                pending.wait(); // its cards were signed but are never recorded nor printed
                break;
            }
        }
    }
    const Status finished = writer.finish();
    killpoint::reach("print.finished");
    if (failure.isEmpty() && !finished)
        failure = finished.error().message;
    if (failure.isEmpty())
        failure = writer.writeError();
    outcome.sheets = writer.sheets();
    outcome.state = !failure.isEmpty() ? QStringLiteral("failed")
                    : cancelled        ? QStringLiteral("cancelled")
                                       : QStringLiteral("completed");
    const Status closed =
        finishBatch(db, session, outcome.batchId, outcome.state, outcome.printed, outcome.sheets, failure);
    qCInfo(lcPrinting) << "batch" << outcome.batchId << outcome.state << outcome.printed << "cards";
    if (!failure.isEmpty())
        return makeError(
            ErrorCode::DatabaseError,
            Tr::tr("Print batch %1 failed after %2 card(s): %3 The cards recorded for the batch are the ones "
                   "that may exist; revoke them if the output is lost.")
                .arg(outcome.batchId)
                .arg(outcome.printed)
                .arg(failure));
    if (!closed)
        return closed.error();
    return outcome;
}

Result<PrintOutcome> CardPrinter::reprintPdf(const db::Database& db, const auth::Session& session,
                                             const QString& serial, PrintRequest request, QFileDevice& out)
{
    CardPdfWriter output(out, request.cardTemplate);
    return reprintTo(db, session, serial, std::move(request), output);
}

Result<PrintOutcome> CardPrinter::reprint(const db::Database& db, const auth::Session& session, const QString& serial,
                                          PrintRequest request, QPagedPaintDevice& device, const QFileDevice* sink)
{
    CardSheetWriter output(device, request.cardTemplate, sink);
    return reprintTo(db, session, serial, std::move(request), output);
}

Result<PrintOutcome> CardPrinter::reprintTo(const db::Database& db, const auth::Session& session, const QString& serial,
                                            PrintRequest request, CardOutput& output)
{
    auto card = CardCustody::find(db, session, serial);
    if (!card)
        return card.error();
    if (card.value().revokedAt > 0)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Card %1 is already revoked (%2); reprint the card that replaced it, if any.")
                             .arg(card.value().serial, card.value().revokeReason));
    request.criteria = SelectionCriteria();
    request.criteria.useIdList = true;
    request.criteria.personIds = {card.value().personId};
    request.demo = card.value().demo;
    request.replacesCardId = card.value().id;
    return printTo(db, session, request, output, {});
}

Status CardPrinter::preview(const db::Database& db, const auth::Session& session, const SelectionCriteria& criteria,
                            const CardTemplate& cardTemplate, QPagedPaintDevice& device, int maxCards)
{
    auto people = CardSelection::page(
        db, session, criteria, 0,
        static_cast<int>(criteria.limit > 0 ? std::min<qint64>(criteria.limit, maxCards) : maxCards));
    if (!people)
        return people.error();
    auto qr = codes::QrEncoder::encode(QStringLiteral("PREVIEW - NOT A HEALTH CODE"));
    if (!qr)
        return qr.error();
    const qint64 now = Clock::nowSecs();
    const qint64 validity = static_cast<qint64>(Settings::intValue(Settings::Key::CardValidityDays)) * 86400;
    CardSheetWriter writer(device, cardTemplate);
    if (const Status b = writer.begin(); !b)
        return b;
    for (const SelectedPerson& p : people.value()) {
        CardFace f;
        f.maskedName = NameMask::mask(p.name);
        f.districtName = p.districtName;
        f.districtNameEn = p.districtNameEn;
        f.serial = QStringLiteral("0000000000000000");
        f.issuedAt = now;
        f.expiresAt = now + validity;
        f.qr = qr.value();
        f.mark = CardFace::Mark::Preview;
        writer.addCard(f);
    }
    return writer.finish();
}

} // namespace hc::printing
