// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// gzip (RFC 1952) over zlib: htx compresses every websocket frame it sends.
namespace bourse::ex {

// True when `bytes` starts with gzip's magic number (1f 8b).
bool isGzip(std::string_view bytes);
// The bytes a gzip member inflates to. Throws BadResponse on bytes that are not gzip, are cut short or fail their
// CRC, and on output beyond `maxBytes` (a frame that inflates without end is refused, not held in memory).
std::string gunzip(std::string_view bytes, size_t maxBytes = size_t(64) << 20);
// `bytes` as one gzip member (what tests play an exchange with).
std::string gzip(std::string_view bytes);

} // namespace bourse::ex
