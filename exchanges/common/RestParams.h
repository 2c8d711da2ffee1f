// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"
#include "core/Json.h"
#include "core/Types.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

// What the gate and htx adapters share: a REST endpoint as data, and reading the caller's `params` and an answer's
// fields the way ccxt's safe* helpers do ("" and null are absent).
namespace bourse::ex::rest {

// One REST endpoint: the description's API section, the HTTP method, the path below the section's URL and its
// cost in units of the description's rate limit.
struct Endpoint
{
    const char* api;
    const char* method;
    const char* path;
    double cost;
};

// The request's own parameters first, then the caller's, which win (ccxt's extend (request, params)). `path`
// replaces the endpoint's path where it carries an id ("spot/orders/123").
inline RequestSpec spec(const Endpoint& e, JsonValue request, const JsonValue& params, std::string path = {})
{
    mergeParams(request, params);
    return RequestSpec {e.api, e.method, path.empty() ? std::string(e.path) : std::move(path), std::move(request),
                        e.cost};
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

// A parameter as text (safeString): a string or a number's text; booleans, "" and null are absent.
inline OptString textParam(const JsonValue& params, std::string_view key)
{
    const JsonValue* v = params.find(key);
    if (!v || v->isBool()) {
        return std::nullopt;
    }
    auto s = v->asString();
    return s && !s->empty() ? s : std::nullopt;
}

inline OptString takeTextParam(JsonValue& params, std::string_view key)
{
    auto s = textParam(params, key);
    params.remove(key);
    return s;
}

// The first of several keys that holds text; all of them are taken out.
inline OptString takeTextParam(JsonValue& params, std::initializer_list<std::string_view> keys)
{
    OptString found;
    for (auto key : keys) {
        auto s = takeTextParam(params, key);
        if (!found) {
            found = s;
        }
    }
    return found;
}

// safeBool: only a JSON boolean counts.
inline OptBool boolParam(const JsonValue& params, std::string_view key)
{
    const JsonValue* v = params.find(key);
    return v && v->isBool() ? v->asBool() : std::nullopt;
}

inline OptBool takeBoolParam(JsonValue& params, std::initializer_list<std::string_view> keys)
{
    OptBool found;
    for (auto key : keys) {
        auto b = boolParam(params, key);
        params.remove(key);
        if (!found) {
            found = b;
        }
    }
    return found;
}

// A number the caller passed (a JSON number or numeric text), exactly.
inline OptDecimal decimalParam(const JsonValue& params, std::string_view key)
{
    auto s = textParam(params, key);
    return s ? Decimal::parse(*s) : std::nullopt;
}

inline OptDecimal takeDecimalParam(JsonValue& params, std::string_view key)
{
    auto d = decimalParam(params, key);
    params.remove(key);
    return d;
}

// An answer's field as text or a number, "" as absent.
inline OptString str(const JsonRef& v)
{
    auto s = v.string();
    return s && !s->empty() ? s : std::nullopt;
}

inline OptDecimal num(const JsonRef& v)
{
    auto s = str(v);
    return s ? Decimal::parse(*s) : std::nullopt;
}

inline OptDecimal num(const OptString& s)
{
    return s ? Decimal::parse(*s) : std::nullopt;
}

// Milliseconds as whole seconds, truncated (ccxt's parseToInt (ms / 1000)).
inline long long seconds(long long ms)
{
    return ms / 1000;
}

} // namespace bourse::ex::rest

namespace bourse::ex::rest {

// The pairs of names one chain goes by (ETH/ERC20, TRX/TRC20, CRONOS/CRC20, BTC/BRC20): the coin's own
// currency is on the first, any token on the second (ccxt's defaultNetworkCodeReplacements). Other codes are kept.
inline std::string preferredNetworkCode(const std::string& network, const std::string& currencyCode)
{
    struct Pair
    {
        const char* coin;
        const char* primary;
        const char* secondary;
    };
    static constexpr Pair pairs[] = {
        {"ETH", "ETH", "ERC20"}, {"CRO", "CRONOS", "CRC20"}, {"TRX", "TRX", "TRC20"}, {"BTC", "BTC", "BRC20"}};
    for (const auto& p : pairs) {
        if (network != p.primary && network != p.secondary) {
            continue;
        }
        if (currencyCode.empty()) {
            return network;
        }
        return currencyCode == p.coin ? p.primary : p.secondary;
    }
    return network;
}

} // namespace bourse::ex::rest

namespace bourse::ex::rest {

// Runs `then(market)` once markets are loaded: the market of `symbol`, or nullptr when no symbol was given (calls
// that take an optional symbol); BadSymbol for an unknown one, and a thrown Error goes to `done`.
template<typename T, typename Then>
void withOptionalMarket(Exchange& ex, const std::string& symbol, Callback<T> done, Then then)
{
    ex.loadMarkets([&ex, symbol, done, then](Result<std::monostate> loaded) mutable {
        if (!loaded.ok()) {
            done(loaded.error());
            return;
        }
        const Market* market = nullptr;
        if (!symbol.empty()) {
            market = ex.findMarket(symbol);
            if (!market) {
                done(Error(ErrorKind::BadSymbol, ex.id() + " does not have market symbol " + symbol));
                return;
            }
        }
        try {
            then(market);
        } catch (const Error& e) {
            done(e);
        }
    });
}

// The deposit address for `network` among an exchange's answer for every chain: the one whose unified network
// code matches (ETH/ERC20 and TRX/TRC20 read alike), else NotSupported; without a network, the default network's
// (`defaultNetwork`, may be empty), else the first. InvalidAddress when there is none.
inline DepositAddress selectDepositAddress(const std::vector<DepositAddress>& found, const OptString& network,
                                           const std::string& code, const std::string& defaultNetwork,
                                           const std::string& exchangeId)
{
    if (found.empty()) {
        throw Error(ErrorKind::InvalidAddress, exchangeId + " has no deposit address for " + code);
    }
    if (!network) {
        for (const auto& a : found) {
            if (!defaultNetwork.empty() && a.network == defaultNetwork) {
                return a;
            }
        }
        return found.front();
    }
    const std::string wanted = upper(*network);
    for (const auto& a : found) {
        if (a.network == wanted || a.network == preferredNetworkCode(wanted, code)) {
            return a;
        }
    }
    throw Error(ErrorKind::NotSupported, exchangeId + " - " + wanted + " network was not found for " + code);
}

// ccxt's checkAddress, as a filter: an address that is missing, shorter than 10 characters or has a space is
// no address (exchanges answer "New address is being generated" and the like).
inline bool usableAddress(const OptString& address)
{
    return address && address->size() >= 10 && address->find(' ') == std::string::npos;
}

} // namespace bourse::ex::rest

namespace bourse::ex::rest {

// The exchange's id for a unified currency code: the currencies cache, else the market that trades it.
inline OptString knownCurrencyId(const Exchange& ex, const std::string& code)
{
    if (const Currency* c = ex.findCurrency(code)) {
        return c->id;
    }
    for (const auto& m : ex.markets()) {
        if (m.base == code) {
            return m.baseId;
        }
        if (m.quote == code) {
            return m.quoteId;
        }
    }
    return std::nullopt;
}

// ccxt's handleMarketTypeAndParams for a spot-only adapter: `type` (or defaultType) is taken out of `params`; a
// type other than spot (or margin, where `marginToo`) names markets the adapter does not trade.
inline void takeSpotType(JsonValue& params, const std::string& exchangeId, const char* method, bool marginToo)
{
    auto type = takeTextParam(params, {"type", "defaultType"});
    if (type && *type != "spot" && !(marginToo && *type == "margin")) {
        throw Error(ErrorKind::NotSupported, exchangeId + " " + method + "() supports spot markets only");
    }
}

} // namespace bourse::ex::rest

namespace bourse::ex::rest {

// 10^-n for a count of decimals (ccxt's parsePrecision): 2 -> 0.01.
inline OptDecimal precisionFromDecimals(const JsonRef& v)
{
    auto n = v.integer();
    if (!n) {
        return std::nullopt;
    }
    return Decimal::pow10(-static_cast<int>(*n));
}

// Order book levels given as [price, amount] pairs (numbers or numeric strings).
inline std::vector<PriceLevel> priceLevels(const JsonRef& levels)
{
    std::vector<PriceLevel> out;
    for (const auto& level : levels.items()) {
        out.push_back({num(level[0]).value_or(Decimal(0)), num(level[1]).value_or(Decimal(0))});
    }
    return out;
}

} // namespace bourse::ex::rest

namespace bourse::ex::rest {

// A currency's own figures from its networks, as ccxt's safeCurrencyStructure fills them: deposits and
// withdrawals are open if any network's are, the lowest withdrawal fee, the coarsest precision, and the widest
// deposit and withdrawal limits.
inline void completeFromNetworks(Currency& c)
{
    auto lower = [](OptDecimal& main, const OptDecimal& v) {
        if (!main || (v && *v < *main)) {
            main = v;
        }
    };
    auto higher = [](OptDecimal& main, const OptDecimal& v) {
        if (!main || (v && *v > *main)) {
            main = v;
        }
    };
    for (const auto& n : c.networks) {
        if (!c.deposit || n.deposit == true) {
            c.deposit = n.deposit;
        }
        if (!c.withdraw || n.withdraw == true) {
            c.withdraw = n.withdraw;
        }
        lower(c.fee, n.fee);
        higher(c.precision, n.precision);
        lower(c.depositLimits.min, n.depositLimits.min);
        higher(c.depositLimits.max, n.depositLimits.max);
        lower(c.withdrawLimits.min, n.withdrawLimits.min);
        higher(c.withdrawLimits.max, n.withdrawLimits.max);
    }
}

} // namespace bourse::ex::rest

namespace bourse::ex::rest {

// The ticker several exchange engines answer (peatio, zb): {"buy","sell","high","low","last","vol"} and,
// where there is one, "open": bid, ask, high, low, last (also the close), base volume and open.
inline void readBuySellTicker(Ticker& t, const JsonRef& raw)
{
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["buy"]);
    t.ask = num(raw["sell"]);
    t.open = num(raw["open"]);
    t.last = num(raw["last"]);
    t.close = t.last;
    t.baseVolume = num(raw["vol"]);
}

// An order book {"asks":[[price, amount]..],"bids":[..],"timestamp":<seconds>} (peatio, zb), best first.
inline OrderBook bookStampedInSeconds(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    if (auto at = raw["timestamp"].integer()) {
        book.timestamp = *at * 1000;
    }
    book.bids = priceLevels(raw["bids"]);
    book.asks = priceLevels(raw["asks"]);
    book.sort();
    return book;
}

} // namespace bourse::ex::rest
