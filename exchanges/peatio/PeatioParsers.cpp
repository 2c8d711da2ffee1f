// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeatioParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

namespace bourse::ex::peatio {

using rest::num;
using rest::str;

namespace {

Market marketOf(const Exchange& ex, const PeatioApi& api, std::string id, std::string baseId, std::string quoteId)
{
    Market m;
    m.id = std::move(id);
    m.baseId = std::move(baseId);
    m.quoteId = std::move(quoteId);
    m.base = ex.commonCurrencyCode(kit::upper(m.baseId));
    m.quote = ex.commonCurrencyCode(kit::upper(m.quoteId));
    m.symbol = m.base + "/" + m.quote;
    const auto price = api.pricePlaces.find(m.quote);
    const int pricePlaces = price == api.pricePlaces.end() ? api.defaultPricePlaces : price->second;
    m.precision.amount = Decimal(api.amountPlaces);
    m.precision.price = Decimal(pricePlaces);
    return m;
}

OptInt time(const JsonRef& v)
{
    auto text = str(v);
    return text ? kit::iso8601WithOffset(*text) : std::nullopt;
}

// Peatio names a side of the book ask/bid (own trades, order lists); orders and some trade lists say sell/buy.
OptString side(const JsonRef& v)
{
    auto s = str(v);
    if (s == "ask") {
        return std::string("sell");
    }
    if (s == "bid") {
        return std::string("buy");
    }
    return s;
}

} // namespace

Market parseMarket(const JsonRef& raw, const Exchange& ex, const PeatioApi& api)
{
    std::string id = raw["id"].stringOr("");
    auto baseId = str(raw["base_unit"]);
    auto quoteId = str(raw["quote_unit"]);
    if (!baseId || !quoteId) {
        const std::string name = raw["name"].stringOr("");
        const auto slash = name.find('/');
        baseId = kit::lower(name.substr(0, slash));
        quoteId = slash == std::string::npos ? std::string() : kit::lower(name.substr(slash + 1));
    }
    Market m = marketOf(ex, api, std::move(id), *baseId, *quoteId);
    m.active = true;
    m.info = JsonValue::fromRef(raw);
    return m;
}

std::optional<Market> marketFromTickerId(const std::string& id, const Exchange& ex, const PeatioApi& api)
{
    for (const auto& quoteId : api.quoteIds) {
        const auto at = id.find(quoteId);
        if (at == std::string::npos || at == 0) {
            continue;
        }
        std::string baseId = id;
        baseId.erase(at, quoteId.size());
        Market m = marketOf(ex, api, id, baseId, quoteId);
        // 2019 kuna: the smallest and largest amount and price are 10^-decimals and 10^decimals.
        const int amountPlaces = api.amountPlaces;
        const int pricePlaces = static_cast<int>(m.precision.price->toInt64());
        m.limits.amount = {Decimal::pow10(-amountPlaces), Decimal::pow10(amountPlaces)};
        m.limits.price = {Decimal::pow10(-pricePlaces), Decimal::pow10(pricePlaces)};
        m.info = JsonValue::object();
        return m;
    }
    return std::nullopt;
}

std::string symbolOf(const Exchange& ex, const std::string& marketId)
{
    if (const Market* m = ex.findMarketById(marketId)) {
        return m->symbol;
    }
    if (marketId.size() < 6) {
        return marketId;
    }
    return ex.commonCurrencyCode(kit::upper(marketId.substr(0, 3))) + "/"
        + ex.commonCurrencyCode(kit::upper(marketId.substr(3, 3)));
}

Ticker parseTicker(const JsonRef& raw, const Market* market, const std::string& symbol)
{
    const JsonRef t = raw["ticker"];
    Ticker out;
    out.symbol = market ? market->symbol : symbol;
    if (auto at = raw["at"].integer()) {
        out.timestamp = *at * 1000;
    }
    rest::readBuySellTicker(out, t);
    out.info = JsonValue::fromRef(t);
    out.complete(market);
    return out;
}

OrderBook parseOrderBook(const JsonRef& raw, const Market& market)
{
    return rest::bookStampedInSeconds(raw, market.symbol);
}

Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    t.id = str(raw["id"]);
    t.timestamp = time(raw["created_at"]);
    if (market) {
        t.symbol = market->symbol;
    } else if (auto id = str(raw["market"])) {
        t.symbol = symbolOf(ex, *id);
    }
    t.order = str(raw["order_id"]);
    t.side = side(raw["side"]);
    t.price = num(raw["price"]);
    t.amount = num(raw["volume"]);
    t.cost = num(raw["funds"]);
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw[0].integer().value_or(0) * 1000;
    c.open = num(raw[1]);
    c.high = num(raw[2]);
    c.low = num(raw[3]);
    c.close = num(raw[4]);
    c.volume = num(raw[5]);
    return c;
}

Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    for (const auto& account : raw["accounts"].items()) {
        auto id = str(account["currency"]);
        if (!id) {
            continue;
        }
        BalanceEntry e;
        e.free = num(account["balance"]);
        e.used = num(account["locked"]);
        b.currencies[ex.commonCurrencyCode(kit::upper(*id))] = e;
    }
    b.info = JsonValue::fromRef(raw);
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view state)
{
    if (state == "wait") {
        return "open";
    }
    if (state == "done") {
        return "closed";
    }
    if (state == "cancel") {
        return "canceled";
    }
    return std::string(state);
}

Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Order o;
    o.id = str(raw["id"]);
    if (auto id = str(raw["market"])) {
        if (const Market* known = ex.findMarketById(*id)) {
            market = known;
        }
        o.symbol = market ? market->symbol : symbolOf(ex, *id);
    } else if (market) {
        o.symbol = market->symbol;
    }
    o.timestamp = time(raw["created_at"]);
    if (auto state = str(raw["state"])) {
        o.status = parseOrderStatus(*state);
    }
    o.type = str(raw["ord_type"]);
    o.side = side(raw["side"]);
    // A market order says no price (or 0).
    o.price = omitZero(num(raw["price"]));
    o.amount = num(raw["volume"]);
    o.filled = num(raw["executed_volume"]);
    o.remaining = num(raw["remaining_volume"]);
    o.average = omitZero(num(raw["avg_price"]));
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

} // namespace bourse::ex::peatio
