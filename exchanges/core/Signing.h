// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Signing primitives over OpenSSL 3 (adapters use these and nothing else for crypto, as ccxt's rule goes).
// Byte strings are std::string: binary-safe, and what the request builders concatenate.
namespace bourse::ex::signing {

enum class Hash {
    Md5,
    Sha1,
    Sha256,
    Sha384,
    Sha512,
};

std::string digest(Hash hash, std::string_view data);
std::string hmac(Hash hash, std::string_view key, std::string_view data);

std::string toHex(std::string_view bytes);
std::optional<std::string> fromHex(std::string_view hex);
std::string toBase64(std::string_view bytes);
std::optional<std::string> fromBase64(std::string_view text); // accepts missing padding
std::string toBase64Url(std::string_view bytes); // no padding (RFC 7515)
std::optional<std::string> fromBase64Url(std::string_view text);

// RFC 3986 percent-encoding: everything but A-Z a-z 0-9 - _ . ~ is escaped (what ccxt's urlencode sends).
std::string percentEncode(std::string_view text);
std::string percentDecode(std::string_view text);
// key=value&key=value in the given order, both sides percent-encoded.
std::string urlencode(const std::vector<std::pair<std::string, std::string>>& params);

// A compact JWS with HMAC-SHA256 (RFC 7515 section 3.1): base64url(header).base64url(payload).base64url(mac).
// header and payload are JSON texts, signed as given.
std::string jwtHs256(std::string_view headerJson, std::string_view payloadJson, std::string_view secret);

// Zeroes a byte string in place in a way the optimiser cannot drop (OPENSSL_cleanse).
void cleanse(std::string& bytes);

} // namespace bourse::ex::signing
