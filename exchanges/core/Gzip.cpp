// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gzip.h"

#include "Errors.h"

#include <zlib.h>

namespace bourse::ex {

namespace {

// windowBits 15 + 16: zlib reads and writes the gzip wrapper (header, CRC-32, length) instead of its own.
constexpr int kGzipWindowBits = 15 + 16;
constexpr size_t kChunk = 16384;

[[noreturn]] void unreadable(const std::string& why)
{
    throw Error(ErrorKind::BadResponse, "gzip data that cannot be inflated: " + why);
}

} // namespace

bool isGzip(std::string_view bytes)
{
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f
        && static_cast<unsigned char>(bytes[1]) == 0x8b;
}

std::string gunzip(std::string_view bytes, size_t maxBytes)
{
    if (!isGzip(bytes)) {
        unreadable("no gzip header");
    }
    z_stream stream {};
    if (inflateInit2(&stream, kGzipWindowBits) != Z_OK) {
        unreadable("zlib could not start");
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    std::string out;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        const size_t had = out.size();
        out.resize(had + kChunk);
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + had);
        stream.avail_out = static_cast<uInt>(kChunk);
        status = inflate(&stream, Z_NO_FLUSH);
        out.resize(had + (kChunk - stream.avail_out));
        if (status == Z_STREAM_END) {
            break;
        }
        if (status != Z_OK || out.size() > maxBytes || (stream.avail_in == 0 && stream.avail_out != 0)) {
            const std::string why = out.size() > maxBytes ? "more than " + std::to_string(maxBytes) + " bytes"
                : stream.msg                              ? std::string(stream.msg)
                                                          : std::string("the data ends too early");
            inflateEnd(&stream);
            unreadable(why);
        }
    }
    inflateEnd(&stream);
    if (out.size() > maxBytes) {
        unreadable("more than " + std::to_string(maxBytes) + " bytes");
    }
    return out;
}

std::string gzip(std::string_view bytes)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        throw Error(ErrorKind::ExchangeError, "zlib could not start compressing");
    }
    std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END) {
        throw Error(ErrorKind::ExchangeError, "zlib could not compress");
    }
    return out;
}

} // namespace bourse::ex
