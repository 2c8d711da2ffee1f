// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoloniexSigner.h"

#include "core/Exchange.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex::poloniex {

std::string sortedQuery(const JsonValue& query, std::string_view timestamp)
{
    auto pairs = paramPairs(query);
    pairs.emplace_back("signTimestamp", std::string(timestamp));
    // Byte order, so "Z" sorts before "a" as Poloniex's own examples sort.
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return signing::urlencode(pairs);
}

std::string signature(std::string_view method, std::string_view path, std::string_view params, std::string_view secret)
{
    std::string text(method);
    text.push_back('\n');
    text.append(path);
    text.push_back('\n');
    text.append(params);
    return signing::toBase64(signing::hmac(signing::Hash::Sha256, secret, text));
}

} // namespace bourse::ex::poloniex
