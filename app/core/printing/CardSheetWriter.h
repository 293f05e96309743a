#pragma once
// Lays cards out on the sheets of a paged device (QPdfWriter, QPrinter, a print preview): sets the sheet
// size without margins, draws cut marks once per sheet, and starts a new sheet when one is full. Pages are
// handed to the device as they are finished (QPdfWriter writes each page out at the next one), so the
// document is never held in memory.

#include "CardPainter.h"
#include "CardTemplate.h"
#include "util/Result.h"

#include <QPainter>

class QPagedPaintDevice;

namespace hc::printing {

class CardSheetWriter final
{
public:
    CardSheetWriter(QPagedPaintDevice& device, const CardTemplate& cardTemplate);
    ~CardSheetWriter();
    CardSheetWriter(const CardSheetWriter&) = delete;
    CardSheetWriter& operator=(const CardSheetWriter&) = delete;

    // Sets the page layout and starts painting; an error names why the device refused.
    Status begin();
    void addCard(const CardFace& face);
    // Ends the document (the last sheet may be partly filled). Idempotent.
    Status finish();

    qint64 cards() const { return m_cards; }
    int sheets() const { return m_sheets; }
    bool isActive() const { return m_painter.isActive(); }
    const CardPainter& cardPainter() const { return m_cardPainter; }

private:
    void paintCutMarks();

    QPagedPaintDevice& m_device;
    CardTemplate m_template;
    CardPainter m_cardPainter;
    QPainter m_painter;
    qint64 m_cards = 0;
    int m_sheets = 0;
    int m_slot = 0;
};

} // namespace hc::printing
