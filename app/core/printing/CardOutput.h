#pragma once
// Where a print run's cards go: sheets painted on a paged device (CardSheetWriter: printers, preview) or a
// PDF file written directly (CardPdfWriter). Cards are laid out slot by slot, sheet after sheet, and every
// finished sheet is handed on at once, so no output ever holds the document.

#include "CardFace.h"
#include "util/Result.h"

namespace hc::printing {

class CardOutput
{
public:
    virtual ~CardOutput() = default;

    // Starts the document; an error says why the device or file refused.
    virtual Status begin() = 0;
    virtual void addCard(const CardFace& face) = 0;
    // Ends the document (the last sheet may be partly filled). Idempotent.
    virtual Status finish() = 0;
    virtual int sheets() const = 0;
    // Empty while everything handed over was written; else why not, naming the file.
    virtual QString writeError() const = 0;
};

} // namespace hc::printing
