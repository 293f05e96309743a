#include "CardSheetWriter.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPrinter>

namespace hc::printing {

CardSheetWriter::CardSheetWriter(QPagedPaintDevice& device, const CardTemplate& cardTemplate)
    : m_device(device), m_template(cardTemplate), m_cardPainter(cardTemplate)
{}

CardSheetWriter::~CardSheetWriter()
{
    if (m_painter.isActive())
        m_painter.end();
}

Status CardSheetWriter::begin()
{
    // Cards are placed on the paper itself: no margins, and a printer's page starts at the paper's corner.
    if (auto* printer = dynamic_cast<QPrinter*>(&m_device))
        printer->setFullPage(true);
    m_device.setPageLayout(
        QPageLayout(m_template.pageSize(), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    if (!m_painter.begin(&m_device))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("hc::printing::CardSheetWriter",
                                                     "The printer or file refused to start the document."));
    // One painter unit is 0.1 mm from the paper's top-left corner.
    const double scale = m_device.logicalDpiX() / 254.0;
    m_painter.scale(scale, m_device.logicalDpiY() / 254.0);
    m_painter.setRenderHint(QPainter::Antialiasing, false);
    m_painter.setRenderHint(QPainter::TextAntialiasing, true);
    return {};
}

void CardSheetWriter::addCard(const CardFace& face)
{
    if (!m_painter.isActive())
        return;
    if (m_slot == 0) {
        if (m_sheets > 0)
            m_device.newPage();
        ++m_sheets;
        paintCutMarks();
    }
    const QRectF r = m_template.cardRectMm(m_slot);
    m_cardPainter.paint(m_painter, face, r.topLeft() * CardPainter::kUnitsPerMm);
    ++m_cards;
    m_slot = (m_slot + 1) % m_template.cardsPerSheet();
}

void CardSheetWriter::paintCutMarks()
{
    if (!m_template.hasCutMarks())
        return;
    // Marks in the margins along every grid line, 2 mm clear of the cards so no cut shows them.
    const double k = CardPainter::kUnitsPerMm;
    const QRectF first = m_template.cardRectMm(0);
    const QRectF last = m_template.cardRectMm(m_template.cardsPerSheet() - 1);
    const double left = first.left() * k;
    const double top = first.top() * k;
    const double right = last.right() * k;
    const double bottom = last.bottom() * k;
    const double gap = 2 * k;
    const double length = 6 * k;
    QVarLengthArray<QLineF, 32> lines;
    for (int c = 0; c <= m_template.columns(); ++c) {
        const double x = left + c * m_template.cardSizeMm().width() * k;
        lines.append(QLineF(x, top - gap - length, x, top - gap));
        lines.append(QLineF(x, bottom + gap, x, bottom + gap + length));
    }
    for (int r = 0; r <= m_template.rows(); ++r) {
        const double y = top + r * m_template.cardSizeMm().height() * k;
        lines.append(QLineF(left - gap - length, y, left - gap, y));
        lines.append(QLineF(right + gap, y, right + gap + length, y));
    }
    m_painter.setPen(QPen(Qt::black, 1.5));
    m_painter.drawLines(lines.constData(), static_cast<int>(lines.size()));
}

Status CardSheetWriter::finish()
{
    if (m_painter.isActive() && !m_painter.end())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("hc::printing::CardSheetWriter",
                                                     "The printer or file did not accept the end of the document."));
    return {};
}

} // namespace hc::printing
