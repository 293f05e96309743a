#include "Zlib.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>

namespace hc::codes {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::Zlib)
};

Bytef* bytes(const QByteArray& a)
{
    // zlib's API is not const-correct for input buffers; it never writes through next_in.
    return reinterpret_cast<Bytef*>(const_cast<char*>(a.constData()));
}

// Ends the inflate stream however the function is left.
struct InflateGuard
{
    z_stream* stream;
    ~InflateGuard() { inflateEnd(stream); }
};
} // namespace

QByteArray Zlib::compress(const QByteArray& data, int level)
{
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    QByteArray out(static_cast<qsizetype>(size), '\0');
    const int rc = compress2(reinterpret_cast<Bytef*>(out.data()), &size, bytes(data), static_cast<uLong>(data.size()),
                             std::clamp(level, Z_BEST_SPEED, Z_BEST_COMPRESSION));
    if (rc != Z_OK)
        return {}; // only Z_MEM_ERROR is possible with a buffer of compressBound()
    out.resize(static_cast<qsizetype>(size));
    return out;
}

Result<QByteArray> Zlib::decompress(const QByteArray& data, qsizetype limit)
{
    if (data.isEmpty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("The compressed data is empty."));
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Not enough memory to decompress."));
    InflateGuard guard{&zs};
    zs.next_in = bytes(data);
    zs.avail_in = static_cast<uInt>(data.size());

    QByteArray out;
    constexpr qsizetype kChunk = 4096;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        // One byte beyond the limit tells "exactly at the limit" from "above it".
        const qsizetype room = std::min(kChunk, limit + 1 - out.size());
        const qsizetype before = out.size();
        out.resize(before + room);
        zs.next_out = reinterpret_cast<Bytef*>(out.data() + before);
        zs.avail_out = static_cast<uInt>(room);
        rc = inflate(&zs, Z_NO_FLUSH);
        out.resize(before + room - static_cast<qsizetype>(zs.avail_out));
        if (out.size() > limit)
            return makeError(
                ErrorCode::InvalidArgument,
                Tr::tr("The compressed data expands to more than %1 bytes; a health code is far smaller.").arg(limit));
        if (rc == Z_STREAM_END)
            break;
        if (rc == Z_NEED_DICT)
            return makeError(ErrorCode::InvalidArgument, Tr::tr("The compressed data needs a preset dictionary."));
        if (rc == Z_DATA_ERROR)
            return makeError(ErrorCode::InvalidArgument,
                             Tr::tr("The compressed data is damaged at byte %1: %2.")
                                 .arg(static_cast<qulonglong>(zs.total_in))
                                 .arg(QString::fromLatin1(zs.msg ? zs.msg : "invalid data")));
        if (rc == Z_MEM_ERROR)
            return makeError(ErrorCode::InvalidArgument, Tr::tr("Not enough memory to decompress."));
        if (rc == Z_BUF_ERROR || (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0))
            return makeError(ErrorCode::InvalidArgument,
                             Tr::tr("The compressed data ends before the end of its stream (truncated)."));
        if (rc != Z_OK)
            return makeError(ErrorCode::InvalidArgument, Tr::tr("The compressed data could not be decompressed."));
    }
    if (zs.avail_in != 0)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("%1 unexpected bytes follow the end of the compressed stream.").arg(zs.avail_in));
    return out;
}

} // namespace hc::codes
