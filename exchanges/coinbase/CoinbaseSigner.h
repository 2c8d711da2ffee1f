// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

// How Coinbase authenticates a private call (docs.cdp.coinbase.com, "API key authentication"). Three kinds of key
// are in use, told apart by their shape:
//  * CDP keys with an ECDSA secret: the key name is "organizations/{org}/apiKeys/{id}" and the secret an EC P-256
//    private key in PEM. Each request carries "Authorization: Bearer <JWT>", an ES256 token valid for two minutes
//    that names the request ("GET api.coinbase.com/api/v3/brokerage/accounts") in its `uri` claim.
//  * CDP keys with an Ed25519 secret: the secret is 64 bytes in base64 (88 characters, ending in "="); the token
//    is EdDSA-signed with the first 32 bytes as the seed, for audience cdp_service, the request in `uris`.
//  * Legacy keys: CB-ACCESS-SIGN = hex(HMAC-SHA256(secret, timestamp + METHOD + path + body)), with the
//    timestamp in seconds. For v2 GETs the path includes the query; for v3 it does not.
// Pure functions, so that tests can check them.
namespace bourse::ex::coinbase {

enum class KeyKind {
    Legacy,
    CdpEcdsa,
    CdpEd25519,
};

KeyKind keyKind(std::string_view apiKey, std::string_view secret);

// The legacy CB-ACCESS-SIGN value (lower-case hex).
std::string legacySign(std::string_view timestamp, std::string_view method, std::string_view path,
                       std::string_view payload, std::string_view secret);

// The bearer token for a CDP key. `request` is "METHOD host/path" without the query; `nonce` any fresh text
// (ccxt sends 16 random bytes in hex). std::nullopt when the secret is not a usable key.
std::optional<std::string> bearerToken(KeyKind kind, std::string_view apiKey, std::string_view secret,
                                       std::string_view request, long long seconds, std::string_view nonce);

// 16 random bytes as 32 hex digits, for the token's nonce.
std::string randomNonce();

} // namespace bourse::ex::coinbase
