#pragma once
// Print runs with a chain of custody. Each run is a batch (who, when, template, destination, key, how many);
// cards are signed, recorded and painted chunk by chunk.
//
// The batch rule: a chunk's serials (and the batch's printed_count) are committed in one transaction
// *before* the chunk's sheets are painted, and cancellation is honoured only between chunks, after the
// chunk's sheets were handed to the device. So a completed or cancelled batch records exactly the cards in
// its output (the document is always ended properly). Failures before the first chunk (no one selected,
// wrong passphrase, retired key, unwritable output) create no batch and no serial. If the output fails or
// the process dies during a chunk, the batch records that whole chunk, which may be partly missing from
// the output: a card that may exist is always recorded (and can be revoked), never the reverse. Chunks are
// whole sheets, so no serial is ever half recorded. Printing is audited per batch (start and end).

#include "CardOutput.h"
#include "PrintRequest.h"
#include "SigningKeyCheck.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <functional>

class QFileDevice;
class QPagedPaintDevice;

namespace hc::printing {

class CardPrinter final
{
public:
    // Cards signed, recorded (one transaction, one fsync) and drawn per step; progress and cancel act between
    // steps. 1,000 cards take about 0.15 s to a PDF and about a second through QPainter. With 200, recording
    // 10,000 cards took 0.29 s instead of 0.19 s, mostly in the extra commits.
    static constexpr int kDefaultChunkCards = 1000;
    static constexpr int kPreviewCards = 20;
    // A running batch with no card signed for this long was left by a program that stopped (a chunk takes
    // a second at most); every print run closes such batches first.
    static constexpr qint64 kStaleSeconds = 600;

    // progress(done, total) after every chunk; returning false cancels after that chunk.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The key a run would sign with (purpose "demo" or "cards"), for a clear refusal before asking for a passphrase.
    static Result<SigningKeyCheck> checkKey(const db::Database& db, bool demo);

    // Prints the selection into a PDF file (out, open for writing) written directly by CardPdfWriter.
    static Result<PrintOutcome> printPdf(const db::Database& db, const auth::Session& session,
                                         const PrintRequest& request, QFileDevice& out, const Progress& progress = {});
    // Prints the selection onto device (a printer) with QPainter. sink, when given, is the file behind device: a
    // write error fails the batch.
    static Result<PrintOutcome> print(const db::Database& db, const auth::Session& session, const PrintRequest& request,
                                      QPagedPaintDevice& device, const Progress& progress = {},
                                      const QFileDevice* sink = nullptr);
    // A lost card: revokes serial and prints its holder a new card in one batch (request.criteria is ignored).
    static Result<PrintOutcome> reprintPdf(const db::Database& db, const auth::Session& session,
                                           const QString& serial, PrintRequest request, QFileDevice& out);
    static Result<PrintOutcome> reprint(const db::Database& db, const auth::Session& session, const QString& serial,
                                        PrintRequest request, QPagedPaintDevice& device,
                                        const QFileDevice* sink = nullptr);
    // Marks batches left 'running' by a program that stopped (see kStaleSeconds) as failed, each with a message and
    // its audit record; batches of officials outside the session's scope are left alone. Returns how many.
    static Result<int> closeStaleBatches(const db::Database& db, const auth::Session& session);
    // The layout with the first people of the selection, unsigned: the QR codes say PREVIEW and nothing is recorded.
    static Status preview(const db::Database& db, const auth::Session& session, const SelectionCriteria& criteria,
                          const CardTemplate& cardTemplate, QPagedPaintDevice& device, int maxCards = kPreviewCards);

private:
    static Result<PrintOutcome> printTo(const db::Database& db, const auth::Session& session,
                                        const PrintRequest& request, CardOutput& output, const Progress& progress);
    static Result<PrintOutcome> reprintTo(const db::Database& db, const auth::Session& session, const QString& serial,
                                          PrintRequest request, CardOutput& output);
    static Result<PrintOutcome> run(const db::Database& db, const auth::Session& session, const PrintRequest& request,
                                    qint64 total, CardOutput& output, const Progress& progress);
};

} // namespace hc::printing
