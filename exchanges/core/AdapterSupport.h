// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exchange.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Small pieces that REST adapters written as a table of endpoints share (hitbtc, poloniex): the endpoint record,
// the request spec with the caller's parameters merged in, path placeholders, and ccxt-style parameter reading.
namespace bourse::ex::adapter {

// One REST endpoint: API section, HTTP method, path below the section's URL (placeholders in braces) and its
// cost in units of the description's rate limit.
struct Endpoint
{
    const char* api;
    const char* method;
    const char* path;
    double cost;
};

// The request's own parameters first, then the caller's, which win (ccxt's extend (request, params)).
inline RequestSpec spec(const Endpoint& e, JsonValue request, const JsonValue& params)
{
    mergeParams(request, params);
    return RequestSpec {e.api, e.method, e.path, std::move(request), e.cost};
}

inline JsonValue object()
{
    return JsonValue::object();
}

// "orders/{id}" with the parameters: the path filled in ("orders/123"), and the parameters left for the query.
inline std::pair<std::string, JsonValue> implodePath(const std::string& pathTemplate, const JsonValue& params)
{
    std::string path = pathTemplate;
    JsonValue query = params;
    for (size_t open = path.find('{'); open != std::string::npos; open = path.find('{', open)) {
        size_t close = path.find('}', open);
        if (close == std::string::npos) {
            break;
        }
        std::string key = path.substr(open + 1, close - open - 1);
        const JsonValue* value = params.find(key);
        std::string text = value ? value->asString().value_or(std::string()) : std::string();
        path.replace(open, close - open + 1, text);
        open += text.size();
        query.remove(key);
    }
    return {std::move(path), std::move(query)};
}

// A parameter as text, the way ccxt's safeString reads it ("" and null count as absent, booleans are no text).
inline OptString textParam(const JsonValue& params, std::string_view key)
{
    const JsonValue* v = params.find(key);
    auto s = v && !v->isBool() ? v->asString() : std::nullopt;
    return s && !s->empty() ? s : std::nullopt;
}

inline std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

inline std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

// Every element of a JSON list through `parse`.
template<typename T, typename Parse> std::vector<T> parseList(const JsonRef& list, Parse parse)
{
    std::vector<T> out;
    out.reserve(list.size());
    for (const auto& item : list.items()) {
        out.push_back(parse(item));
    }
    return out;
}

} // namespace bourse::ex::adapter
