// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtxSigner.h"

#include "core/Exchange.h"
#include "core/Signing.h"
#include "core/Types.h"

#include <algorithm>

namespace bourse::ex::htx {

std::string timestamp(long long milliseconds)
{
    // iso8601 gives "2023-11-14T22:13:20.000Z": HTX wants the seconds without fraction or zone.
    return iso8601(milliseconds).substr(0, 19);
}

std::string signature(std::string_view method, std::string_view host, std::string_view path, std::string_view auth,
                      std::string_view secret)
{
    std::string payload(method);
    payload.append("\n").append(host).append("\n").append(path).append("\n").append(auth);
    return signing::toBase64(signing::hmac(signing::Hash::Sha256, secret, payload));
}

HttpRequest signPrivate(const std::string& method, const std::string& origin, const std::string& host,
                        const std::string& path, const JsonValue& params, long long milliseconds,
                        std::string_view apiKey, std::string_view secret)
{
    // The four authentication keys in ASCII order, then (GET) the call's own parameters in ASCII order.
    std::vector<std::pair<std::string, std::string>> pairs {
        {"AccessKeyId", std::string(apiKey)},
        {"SignatureMethod", "HmacSHA256"},
        {"SignatureVersion", "2"},
        {"Timestamp", timestamp(milliseconds)},
    };
    HttpRequest r;
    r.method = method;
    if (method != "POST") {
        auto query = paramPairs(params);
        std::stable_sort(query.begin(), query.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        pairs.insert(pairs.end(), query.begin(), query.end());
        r.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    } else {
        r.body = params.dump();
        r.headers.emplace_back("Content-Type", "application/json");
    }
    const std::string auth = signing::urlencode(pairs);
    r.url = origin + path + "?" + auth
        + "&Signature=" + signing::percentEncode(signature(method, host, path, auth, secret));
    return r;
}

} // namespace bourse::ex::htx
