// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateSigner.h"

#include "core/Exchange.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex::gate {

std::string signature(std::string_view method, std::string_view signedPath, std::string_view query,
                      std::string_view body, std::string_view timestamp, std::string_view secret)
{
    std::string payload(method);
    payload.append("\n").append(signedPath);
    payload.append("\n").append(query);
    payload.append("\n").append(signing::toHex(signing::digest(signing::Hash::Sha512, body)));
    payload.append("\n").append(timestamp);
    return signing::toHex(signing::hmac(signing::Hash::Sha512, secret, payload));
}

HttpRequest signPrivate(const std::string& method, const std::string& baseUrl, const std::string& signedPrefix,
                        const std::string& path, const JsonValue& params, long long seconds, std::string_view apiKey,
                        std::string_view secret)
{
    HttpRequest r;
    r.method = method;
    r.url = baseUrl + "/" + path;
    std::string rawQuery;
    if (method == "GET" || method == "DELETE") {
        // Sorted by key, so that the signed text and the URL agree whatever order the parameters were added in.
        auto pairs = paramPairs(params);
        std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [k, v] : pairs) {
            if (!rawQuery.empty()) {
                rawQuery.push_back('&');
            }
            rawQuery.append(k).append("=").append(v);
        }
        if (!pairs.empty()) {
            r.url += "?" + signing::urlencode(pairs);
        }
    } else {
        r.body = params.dump();
    }
    const std::string timestamp = std::to_string(seconds);
    r.headers.emplace_back("KEY", std::string(apiKey));
    r.headers.emplace_back("Timestamp", timestamp);
    r.headers.emplace_back("SIGN", signature(method, signedPrefix + "/" + path, rawQuery, r.body, timestamp, secret));
    r.headers.emplace_back("Content-Type", "application/json");
    return r;
}

} // namespace bourse::ex::gate
