#pragma once
// Writes card sheets straight into a PDF file, without QPainter and QPdfWriter, which cost most of a bulk
// print run's time. Each sheet becomes one compressed content stream written out when the sheet is full;
// the parts every card shares are one form drawn by reference; text uses the card font's glyph outlines as
// embedded Type 3 fonts (every glyph with the character it shows, so text can be copied and searched).
// Only the object offsets, the page list and the glyphs used are held until the end.
// Document title "Health code cards" (translated), creator "Health Code Console <version>".

#include "CardOutput.h"
#include "CardTemplate.h"

#include <memory>

class QFileDevice;

namespace hc::printing {

class CardPdfWriter final : public CardOutput
{
public:
    // out must be open for writing; it stays owned by the caller and must outlive the writer.
    CardPdfWriter(QFileDevice& out, const CardTemplate& cardTemplate);
    ~CardPdfWriter() override;
    CardPdfWriter(const CardPdfWriter&) = delete;
    CardPdfWriter& operator=(const CardPdfWriter&) = delete;

    Status begin() override;
    void addCard(const CardFace& face) override;
    Status finish() override;
    int sheets() const override;
    QString writeError() const override;

    qint64 cards() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hc::printing
