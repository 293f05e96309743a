#pragma once
// zlib (RFC 1950) compression of code payloads; decompression stops at a size limit so a tiny
// input cannot expand into gigabytes (a "zip bomb"). zlib.h stays out of headers.

#include "util/Result.h"

#include <QByteArray>

namespace hc::codes {

class Zlib final
{
public:
    static constexpr qsizetype kDefaultLimit = 64 * 1024;

    // zlib format (2-byte header, deflate, Adler-32), maximum compression.
    static QByteArray compress(const QByteArray& data) { return compress(data, 9); }
    // The same at level 1 (fastest) to 9 (smallest); PDF streams trade a little size for speed.
    static QByteArray compress(const QByteArray& data, int level);
    // Exactly one complete zlib stream: trailing bytes, a truncated stream or output above limit are errors.
    static Result<QByteArray> decompress(const QByteArray& data, qsizetype limit = kDefaultLimit);
};

} // namespace hc::codes
