// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeDescription.h"

namespace bourse::ex {

std::optional<ErrorKind> ErrorMap::match(std::string_view codeOrMessage) const
{
    for (const auto& [key, kind] : exact) {
        if (key == codeOrMessage) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<ErrorKind> ErrorMap::matchBroad(std::string_view message) const
{
    for (const auto& [key, kind] : broad) {
        if (message.find(key) != std::string_view::npos) {
            return kind;
        }
    }
    return std::nullopt;
}

Support ExchangeDescription::supports(std::string_view method) const
{
    auto it = has.find(std::string(method));
    return it == has.end() ? Support::No : it->second;
}

std::optional<std::string> ExchangeDescription::timeframe(std::string_view unified) const
{
    for (const auto& [u, e] : timeframes) {
        if (u == unified) {
            return e;
        }
    }
    return std::nullopt;
}

JsonValue ExchangeDescription::toJson() const
{
    JsonValue v = JsonValue::object();
    v.set("id", id);
    v.set("name", name);
    JsonValue c = JsonValue::array();
    for (const auto& country : countries) {
        c.push(country);
    }
    v.set("countries", std::move(c));
    v.set("version", version);
    JsonValue urls = JsonValue::object();
    JsonValue apiUrls = JsonValue::object();
    for (const auto& [section, url] : api) {
        apiUrls.set(section, url);
    }
    urls.set("api", std::move(apiUrls));
    if (!sandboxApi.empty()) {
        JsonValue test = JsonValue::object();
        for (const auto& [section, url] : sandboxApi) {
            test.set(section, url);
        }
        urls.set("test", std::move(test));
    }
    urls.set("www", www);
    JsonValue docs = JsonValue::array();
    for (const auto& d : doc) {
        docs.push(d);
    }
    urls.set("doc", std::move(docs));
    v.set("urls", std::move(urls));
    JsonValue hasJson = JsonValue::object();
    for (const char* method : kUnifiedMethods) {
        Support s = supports(method);
        hasJson.set(method, s == Support::Emulated ? JsonValue("emulated") : JsonValue(s == Support::Yes));
    }
    v.set("has", std::move(hasJson));
    JsonValue tf = JsonValue::object();
    for (const auto& [u, e] : timeframes) {
        tf.set(u, e);
    }
    v.set("timeframes", std::move(tf));
    JsonValue fees = JsonValue::object();
    JsonValue trading = JsonValue::object();
    trading.set("maker", tradingFees.maker);
    trading.set("taker", tradingFees.taker);
    trading.set("percentage", tradingFees.percentage);
    trading.set("tierBased", tradingFees.tierBased);
    fees.set("trading", std::move(trading));
    v.set("fees", std::move(fees));
    JsonValue creds = JsonValue::object();
    creds.set("apiKey", requiredCredentials.apiKey);
    creds.set("secret", requiredCredentials.secret);
    creds.set("password", requiredCredentials.password);
    creds.set("uid", requiredCredentials.uid);
    for (const auto& other : requiredCredentials.other) {
        creds.set(other, true);
    }
    v.set("requiredCredentials", std::move(creds));
    const char* mode = precisionMode == CountingMode::TickSize ? "TICK_SIZE"
        : precisionMode == CountingMode::SignificantDigits     ? "SIGNIFICANT_DIGITS"
                                                               : "DECIMAL_PLACES";
    v.set("precisionMode", mode);
    v.set("rateLimit", Decimal::fromDouble(rateLimitMs));
    if (paper) {
        v.set("paper", true); // only when true: a real exchange's description stays ccxt's shape
    }
    return v;
}

} // namespace bourse::ex
