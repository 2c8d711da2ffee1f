// SPDX-License-Identifier: GPL-3.0-or-later
#include "OkxSigner.h"

#include "core/Exchange.h"
#include "core/Signing.h"
#include "core/Types.h"

namespace bourse::ex::okx {

std::string signature(std::string_view timestamp, std::string_view method, std::string_view requestPath,
                      std::string_view body, std::string_view secret)
{
    std::string message;
    message.reserve(timestamp.size() + method.size() + requestPath.size() + body.size());
    message.append(timestamp).append(method).append(requestPath).append(body);
    return signing::toBase64(signing::hmac(signing::Hash::Sha256, secret, message));
}

std::string queryString(const JsonValue& params)
{
    return signing::urlencode(paramPairs(params));
}

HttpRequest signPrivate(const PrivateCall& call, long long timestampMs, std::string_view apiKey,
                        std::string_view secret, std::string_view passphrase)
{
    HttpRequest r;
    r.method = call.method;
    r.url = call.url;
    std::string signedPath = call.requestPath;
    if (call.method == "GET") {
        if (call.params.size() > 0) {
            const std::string query = "?" + queryString(call.params);
            r.url += query;
            signedPath += query;
        }
    } else if (call.params.isArray() || call.params.size() > 0) {
        // An empty object sends no body at all; a batch (an array) always sends one, even "[]".
        r.body = call.params.dump();
    }
    const std::string timestamp = iso8601(timestampMs);
    r.headers.emplace_back("OK-ACCESS-KEY", std::string(apiKey));
    r.headers.emplace_back("OK-ACCESS-PASSPHRASE", std::string(passphrase));
    r.headers.emplace_back("OK-ACCESS-TIMESTAMP", timestamp);
    if (call.method != "GET") {
        r.headers.emplace_back("Content-Type", "application/json");
    }
    r.headers.emplace_back("OK-ACCESS-SIGN", signature(timestamp, call.method, signedPath, r.body, secret));
    return r;
}

} // namespace bourse::ex::okx
