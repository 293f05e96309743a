#include "QrEncoder.h"

#include <QCoreApplication>

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace hc::codes {

Result<QrMatrix> QrEncoder::encode(const QString& text)
{
    const QByteArray data = text.toUtf8();
    // Case-sensitive, with an 8-bit hint: qrencode picks numeric/alphanumeric segments where the text allows.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_Q, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("hc::codes::QrEncoder",
                                                     "The text (%1 characters) does not fit in a QR code at error "
                                                     "correction level Q.")
                             .arg(text.size()));
    QrMatrix m;
    m.size = code->width;
    m.version = code->version;
    m.modules.resize(static_cast<qsizetype>(m.size) * m.size);
    for (qsizetype i = 0; i < m.modules.size(); ++i)
        m.modules[i] = (code->data[i] & 1) != 0; // bit 0 is the module colour; the others are libqrencode's notes
    return m;
}

QImage QrEncoder::toImage(const QrMatrix& matrix, int modulePixels, int quietZone)
{
    const int side = (matrix.size + 2 * quietZone) * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.size; ++y) {
        for (int row = 0; row < modulePixels; ++row) {
            uchar* line = image.scanLine((y + quietZone) * modulePixels + row);
            for (int x = 0; x < matrix.size; ++x) {
                if (matrix.dark(x, y))
                    std::fill_n(line + (x + quietZone) * modulePixels, modulePixels, static_cast<uchar>(0));
            }
        }
    }
    return image;
}

} // namespace hc::codes
