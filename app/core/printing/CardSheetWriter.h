#pragma once
// Lays cards out on the sheets of a paged device (QPrinter, a print preview, QPdfWriter) with QPainter: sets
// the sheet size without margins, draws cut marks once per sheet, and starts a new sheet when one is full.
// Pages are handed to the device as they are finished (QPdfWriter writes each page out at the next one), so
// the document is never held in memory. PDF files are written faster by CardPdfWriter.

#include "CardOutput.h"
#include "CardPainter.h"
#include "CardTemplate.h"

#include <QPainter>

class QFileDevice;
class QPagedPaintDevice;

namespace hc::printing {

class CardSheetWriter final : public CardOutput
{
public:
    // sink, when given, is the file behind device: its write errors are the output's.
    CardSheetWriter(QPagedPaintDevice& device, const CardTemplate& cardTemplate, const QFileDevice* sink = nullptr);
    ~CardSheetWriter() override;
    CardSheetWriter(const CardSheetWriter&) = delete;
    CardSheetWriter& operator=(const CardSheetWriter&) = delete;

    // Sets the page layout and starts painting; an error names why the device refused.
    Status begin() override;
    void addCard(const CardFace& face) override;
    Status finish() override;
    int sheets() const override { return m_sheets; }
    QString writeError() const override;

    qint64 cards() const { return m_cards; }
    bool isActive() const { return m_painter.isActive(); }
    const CardPainter& cardPainter() const { return m_cardPainter; }

private:
    QPagedPaintDevice& m_device;
    const QFileDevice* m_sink;
    CardTemplate m_template;
    CardPainter m_cardPainter;
    QPainter m_painter;
    qint64 m_cards = 0;
    int m_sheets = 0;
    int m_slot = 0;
};

} // namespace hc::printing
