// SPDX-License-Identifier: GPL-3.0-or-later
#include "KrakenSigner.h"

#include "core/Signing.h"

#include <utility>
#include <vector>

namespace bourse::ex::kraken {

namespace {

void walk(const std::string& prefix, const JsonValue& value, std::vector<std::pair<std::string, std::string>>& out)
{
    switch (value.type()) {
    case JsonType::Missing:
        return;
    case JsonType::Null:
        out.emplace_back(prefix, std::string());
        return;
    case JsonType::Array:
        for (size_t i = 0; i < value.items().size(); ++i) {
            walk(prefix + "[" + std::to_string(i) + "]", value.items()[i], out);
        }
        return;
    case JsonType::Object:
        for (const auto& [k, v] : value.members()) {
            walk(prefix + "[" + k + "]", v, out);
        }
        return;
    default:
        out.emplace_back(prefix, value.asString().value_or(std::string()));
    }
}

} // namespace

std::string urlencodeNested(const JsonValue& params)
{
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const auto& [k, v] : params.members()) {
        walk(k, v, pairs);
    }
    std::string out;
    for (const auto& [k, v] : pairs) {
        if (!out.empty()) {
            out.push_back('&');
        }
        // Keys stay as they are (brackets included), as qs's encodeValuesOnly writes them: the signature covers
        // these exact bytes.
        out.append(k);
        out.push_back('=');
        out.append(signing::percentEncode(v));
    }
    return out;
}

std::string decodeSecret(std::string_view secret)
{
    if (auto bytes = signing::fromBase64(secret)) {
        return std::move(*bytes);
    }
    std::string kept;
    for (char c : secret) {
        bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/' || c == '=';
        if (alphabet) {
            kept.push_back(c);
        }
    }
    std::string bytes = signing::fromBase64(kept).value_or(std::string());
    signing::cleanse(kept);
    return bytes;
}

std::string apiSign(std::string_view uriPath, std::string_view nonce, std::string_view body, std::string_view secret)
{
    std::string noncedBody(nonce);
    noncedBody.append(body);
    std::string message(uriPath);
    message.append(signing::digest(signing::Hash::Sha256, noncedBody));
    std::string key = decodeSecret(secret);
    std::string signature = signing::toBase64(signing::hmac(signing::Hash::Sha512, key, message));
    signing::cleanse(key);
    return signature;
}

bool wantsJsonBody(std::string_view path, const JsonValue& params)
{
    if (path == "AddOrderBatch" || path == "CancelOrderBatch") {
        return true;
    }
    const JsonValue* price = params.find("price");
    auto text = price ? price->asString() : std::nullopt;
    return text && !text->empty() && text->back() == '%';
}

std::string privateBody(const JsonValue& params, std::string_view nonce, bool json)
{
    JsonValue all = JsonValue::object();
    all.set("nonce", std::string(nonce));
    for (const auto& [k, v] : params.members()) {
        all.set(k, v);
    }
    return json ? all.dump() : urlencodeNested(all);
}

HttpRequest signPrivate(const std::string& url, std::string_view uriPath, const std::string& path,
                        const JsonValue& params, std::string_view nonce, std::string_view apiKey,
                        std::string_view secret)
{
    bool json = wantsJsonBody(path, params);
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    r.body = privateBody(params, nonce, json);
    r.headers.emplace_back("API-Key", std::string(apiKey));
    r.headers.emplace_back("API-Sign", apiSign(uriPath, nonce, r.body, secret));
    r.headers.emplace_back("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded");
    return r;
}

} // namespace bourse::ex::kraken
