// SPDX-License-Identifier: GPL-3.0-or-later
#include "KucoinSigner.h"

#include "core/Exchange.h"
#include "core/Signing.h"

namespace bourse::ex::kucoin {

std::string rawQuery(const JsonValue& params)
{
    std::string out;
    for (const auto& [k, v] : paramPairs(params)) {
        if (!out.empty()) {
            out.push_back('&');
        }
        out.append(k);
        out.push_back('=');
        out.append(v);
    }
    return out;
}

std::string signature(std::string_view timestamp, std::string_view method, std::string_view endpoint,
                      std::string_view body, std::string_view secret)
{
    std::string payload;
    payload.reserve(timestamp.size() + method.size() + endpoint.size() + body.size());
    payload.append(timestamp).append(method).append(endpoint).append(body);
    return signing::toBase64(signing::hmac(signing::Hash::Sha256, secret, payload));
}

std::string signedPassphrase(std::string_view passphrase, std::string_view secret)
{
    return signing::toBase64(signing::hmac(signing::Hash::Sha256, secret, passphrase));
}

void addAuthHeaders(HttpRequest& request, std::string_view endpoint, std::string_view timestamp,
                    std::string_view apiKey, std::string_view secret, std::string_view passphrase)
{
    request.headers.emplace_back("KC-API-KEY-VERSION", "2");
    request.headers.emplace_back("KC-API-KEY", std::string(apiKey));
    request.headers.emplace_back("KC-API-TIMESTAMP", std::string(timestamp));
    request.headers.emplace_back("KC-API-PASSPHRASE", signedPassphrase(passphrase, secret));
    request.headers.emplace_back("KC-API-SIGN", signature(timestamp, request.method, endpoint, request.body, secret));
}

} // namespace bourse::ex::kucoin
