#pragma once
// Reading QR codes from images (zxing-cpp behind this class), for verifying a photographed or scanned card.

#include "util/Result.h"

#include <QImage>
#include <QString>

namespace hc::codes {

class QrDecoder final
{
public:
    // The text of the one QR code in image; NotFound when there is none.
    static Result<QString> decode(const QImage& image);
    // Loads path (PNG, JPEG, ...) and decodes it; the errors name the file. An unreadable file is
    // InvalidArgument, an image without a QR code NotFound.
    static Result<QString> decodeFile(const QString& path);
};

} // namespace hc::codes
