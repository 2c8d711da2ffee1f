// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

// Public-key signatures over OpenSSL 3, for exchanges whose API keys are key pairs rather than shared secrets
// (Coinbase's CDP keys: ECDSA P-256 in PEM, or Ed25519). Byte strings are std::string, as in Signing.h.
namespace bourse::ex::signing {

// ECDSA over P-256 with SHA-256 of `message`, with the private key given as PEM (SEC1 "EC PRIVATE KEY" or PKCS#8
// "PRIVATE KEY"; a PEM whose line breaks arrived as the two characters \n, as copied out of a JSON key file, is
// read too). Returns the 64-byte r || s form JWS wants (RFC 7518 section 3.4), not DER; std::nullopt when the key
// is not a P-256 private key. ECDSA is randomised: two calls give different, equally valid signatures.
std::optional<std::string> ecdsaP256Sign(std::string_view pemPrivateKey, std::string_view message);

// A compact JWS with ES256: base64url(header).base64url(payload).base64url(r || s). header and payload are JSON
// texts, signed as given. std::nullopt when the key is unusable.
std::optional<std::string> jwtEs256(std::string_view headerJson, std::string_view payloadJson,
                                    std::string_view pemPrivateKey);

// Ed25519 (RFC 8032) with a 32-byte private seed: the 64-byte signature, deterministic. std::nullopt when the
// seed is not 32 bytes.
std::optional<std::string> ed25519Sign(std::string_view seed, std::string_view message);

// A compact JWS with EdDSA over Ed25519 (RFC 8037).
std::optional<std::string> jwtEdDsa(std::string_view headerJson, std::string_view payloadJson, std::string_view seed);

// RSASSA-PKCS1-v1_5 with SHA-256 (RFC 8017 section 8.2, "SHA256withRSA") of `message`, with an RSA private key as
// PEM (PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA PRIVATE KEY"). Deterministic. std::nullopt when the key is not an RSA
// private key.
std::optional<std::string> rsaSha256Sign(std::string_view pemPrivateKey, std::string_view message);

} // namespace bourse::ex::signing
