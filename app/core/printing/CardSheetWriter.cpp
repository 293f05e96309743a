#include "CardSheetWriter.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPrinter>

namespace hc::printing {

CardSheetWriter::CardSheetWriter(QPagedPaintDevice& device, const CardTemplate& cardTemplate,
                                 const QFileDevice* sink)
    : m_device(device), m_sink(sink), m_template(cardTemplate), m_cardPainter(cardTemplate)
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
        m_cardPainter.paintCutMarks(m_painter);
    }
    const QRectF r = m_template.cardRectMm(m_slot);
    m_cardPainter.paint(m_painter, face, r.topLeft() * CardPainter::kUnitsPerMm);
    ++m_cards;
    m_slot = (m_slot + 1) % m_template.cardsPerSheet();
}

QString CardSheetWriter::writeError() const
{
    if (!m_sink || m_sink->error() == QFileDevice::NoError)
        return {};
    return QCoreApplication::translate("hc::printing::CardSheetWriter", "Writing %1 failed: %2")
        .arg(m_sink->fileName(), m_sink->errorString());
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
