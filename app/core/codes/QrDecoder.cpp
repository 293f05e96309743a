#include "QrDecoder.h"

#include <QCoreApplication>
#include <QImageReader>

// zxing-cpp 1.4 returns text as UTF-8 only with this set (its default is about to change to that).
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace hc::codes {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::QrDecoder)
};
} // namespace

Result<QString> QrDecoder::decode(const QImage& image)
{
    if (image.isNull())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("The image is empty."));
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return makeError(ErrorCode::NotFound, Tr::tr("No readable QR code was found in the image."));
    return QString::fromStdString(result.text());
}

Result<QString> QrDecoder::decodeFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("Cannot read the image %1: %2").arg(path, reader.errorString()));
    auto text = decode(image);
    if (!text)
        return makeError(text.error().code, QStringLiteral("%1: %2").arg(path, text.error().message));
    return text;
}

} // namespace hc::codes
