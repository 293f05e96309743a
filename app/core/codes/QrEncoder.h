#pragma once
// QR code symbols for health codes (libqrencode behind this class): error correction level Q, the
// text split into alphanumeric/numeric/byte segments (base45 text comes out alphanumeric).

#include "util/Result.h"

#include <QImage>
#include <QList>
#include <QString>

namespace hc::codes {

// The modules of one QR symbol, without the quiet zone; row-major, true = dark.
struct QrMatrix
{
    int size = 0;
    int version = 0;
    QList<bool> modules;

    bool dark(int x, int y) const { return modules.at(static_cast<qsizetype>(y) * size + x); }
    bool isEmpty() const { return size == 0; }
};

class QrEncoder final
{
public:
    static Result<QrMatrix> encode(const QString& text);
    // A black-on-white raster of the symbol with quietZone modules of white around it (for tests and previews;
    // printing draws the modules as vector squares instead).
    static QImage toImage(const QrMatrix& matrix, int modulePixels, int quietZone = 4);
};

} // namespace hc::codes
