// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoinbaseSigner.h"

#include "core/Json.h"
#include "core/Signing.h"
#include "core/SigningKeys.h"

#include <random>

namespace bourse::ex::coinbase {

KeyKind keyKind(std::string_view apiKey, std::string_view secret)
{
    if (apiKey.find("organizations/") != std::string_view::npos || secret.starts_with("-----BEGIN")) {
        return KeyKind::CdpEcdsa;
    }
    // An Ed25519 key pair in base64 is 88 characters with padding.
    if (secret.size() == 88 || secret.ends_with('=')) {
        return KeyKind::CdpEd25519;
    }
    return KeyKind::Legacy;
}

std::string legacySign(std::string_view timestamp, std::string_view method, std::string_view path,
                       std::string_view payload, std::string_view secret)
{
    std::string message(timestamp);
    message.append(method);
    message.append(path);
    message.append(payload);
    return signing::toHex(signing::hmac(signing::Hash::Sha256, secret, message));
}

std::optional<std::string> bearerToken(KeyKind kind, std::string_view apiKey, std::string_view secret,
                                       std::string_view request, long long seconds, std::string_view nonce)
{
    const bool eddsa = kind == KeyKind::CdpEd25519;
    JsonValue header = JsonValue::object();
    header.set("alg", eddsa ? "EdDSA" : "ES256");
    header.set("typ", "JWT");
    header.set("kid", std::string(apiKey));
    header.set("nonce", std::string(nonce));
    JsonValue audience = JsonValue::array();
    audience.push(eddsa ? "cdp_service" : "retail_rest_api_proxy");
    JsonValue claims = JsonValue::object();
    claims.set("aud", audience);
    claims.set("iss", eddsa ? "cdp" : "coinbase-cloud");
    claims.set("nbf", seconds);
    claims.set("exp", seconds + 120);
    claims.set("sub", std::string(apiKey));
    claims.set("iat", seconds);
    if (eddsa) {
        JsonValue uris = JsonValue::array();
        uris.push(std::string(request));
        claims.set("uris", uris);
    } else {
        claims.set("uri", std::string(request));
    }
    if (!eddsa) {
        return signing::jwtEs256(header.dump(), claims.dump(), secret);
    }
    auto keyPair = signing::fromBase64(secret);
    if (!keyPair || keyPair->size() < 32) {
        return std::nullopt;
    }
    std::string seed = keyPair->substr(0, 32);
    auto token = signing::jwtEdDsa(header.dump(), claims.dump(), seed);
    signing::cleanse(seed);
    signing::cleanse(*keyPair);
    return token;
}

std::string randomNonce()
{
    std::random_device device;
    std::string bytes(16, '\0');
    for (auto& b : bytes) {
        b = static_cast<char>(device() & 0xff);
    }
    return signing::toHex(bytes);
}

} // namespace bourse::ex::coinbase
