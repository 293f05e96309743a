#pragma once
// QR code symbols for health codes, encoded here (ISO/IEC 18004): error correction level Q, one segment -
// alphanumeric when the text allows (our base45 tokens and their prefix always do), else 8-bit bytes (UTF-8) -
// in the smallest version 1-40 that holds it. Of the eight mask patterns the one with the lowest penalty score
// is chosen (rules N1-N4, evaluated on rows and columns as bit words; see QrEncoder.cpp for the exact reading,
// which is libqrencode's, so both pick the same mask; the lower mask number wins a tie).

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
    int mask = -1; // the mask pattern applied (0-7)
    QList<bool> modules;

    bool dark(int x, int y) const { return modules.at(static_cast<qsizetype>(y) * size + x); }
    bool isEmpty() const { return size == 0; }
};

class QrEncoder final
{
public:
    static Result<QrMatrix> encode(const QString& text);
    // The same in at least version minVersion (1-40), and with the given mask (0-7) instead of the best one when
    // mask >= 0: for tests that compare with other encoders and decode every mask.
    static Result<QrMatrix> encode(const QString& text, int minVersion, int mask = -1);
    // The penalty score of a symbol by the rules the encoder minimises (N1 + N2 + N3 + N4).
    static int penalty(const QrMatrix& matrix);
    // A black-on-white raster of the symbol with quietZone modules of white around it (for tests and previews;
    // printing draws the modules as vector squares instead).
    static QImage toImage(const QrMatrix& matrix, int modulePixels, int quietZone = 4);
};

} // namespace hc::codes
