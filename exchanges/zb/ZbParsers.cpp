// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZbParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

namespace bourse::ex::zb {

using rest::num;
using rest::str;

Market parseMarket(const std::string& id, const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = id;
    const auto underscore = id.find('_');
    m.baseId = id.substr(0, underscore);
    m.quoteId = underscore == std::string::npos ? std::string() : id.substr(underscore + 1);
    m.base = ex.commonCurrencyCode(kit::upper(m.baseId));
    m.quote = ex.commonCurrencyCode(kit::upper(m.quoteId));
    m.symbol = m.base + "/" + m.quote;
    m.active = true;
    // Scales are counts of decimals; the smallest amount and price are one unit of the last. A scale no market
    // could have is left out.
    auto scale = [](const JsonRef& v) -> OptInt {
        auto n = v.integer();
        return n && *n >= 0 && *n <= 30 ? n : std::nullopt;
    };
    if (auto amountScale = scale(raw["amountScale"])) {
        m.precision.amount = Decimal(*amountScale);
        m.limits.amount.min = Decimal::pow10(-static_cast<int>(*amountScale));
    }
    if (auto priceScale = scale(raw["priceScale"])) {
        m.precision.price = Decimal(*priceScale);
        m.limits.price.min = Decimal::pow10(-static_cast<int>(*priceScale));
    }
    m.limits.cost.min = Decimal(0);
    m.info = JsonValue::fromRef(raw);
    return m;
}

Ticker parseTicker(const JsonRef& raw, const Market* market, OptInt timestamp)
{
    Ticker t;
    t.symbol = market ? market->symbol : std::string();
    t.timestamp = timestamp;
    rest::readBuySellTicker(t, raw);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

OrderBook parseOrderBook(const JsonRef& raw, const Market& market)
{
    return rest::bookStampedInSeconds(raw, market.symbol);
}

Trade parseTrade(const JsonRef& raw, const Market& market)
{
    Trade t;
    t.id = str(raw["tid"]);
    if (auto date = raw["date"].integer()) {
        t.timestamp = *date * 1000;
    }
    t.symbol = market.symbol;
    // trade_type is the taker's side of the book: bid is a buy.
    t.side = str(raw["trade_type"]) == "bid" ? "buy" : "sell";
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw[0].integer().value_or(0);
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
    for (const auto& coin : raw["result"]["coins"].items()) {
        // The currency id (key), else its English name.
        auto id = str(coin["key"]);
        if (!id) {
            id = str(coin["enName"]);
        }
        if (!id) {
            continue;
        }
        BalanceEntry e;
        e.free = num(coin["available"]);
        e.used = num(coin["freez"]);
        b.currencies[ex.safeCurrencyCode(*id)] = e;
    }
    b.info = JsonValue::fromRef(raw);
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    if (status == "0" || status == "3") { // 3: partly filled
        return "open";
    }
    if (status == "1") {
        return "canceled";
    }
    if (status == "2") {
        return "closed";
    }
    return std::string(status);
}

Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Order o;
    o.id = str(raw["id"]);
    if (auto id = str(raw["currency"])) {
        if (const Market* known = ex.findMarketById(*id)) {
            market = known;
        }
    }
    o.symbol = market ? market->symbol : std::string();
    o.timestamp = raw["trade_date"].integer();
    o.type = "limit"; // ZB had limit orders only
    o.side = raw["type"].integer() == 1 ? "buy" : "sell";
    o.price = num(raw["price"]);
    o.amount = num(raw["total_amount"]);
    o.filled = num(raw["trade_amount"]);
    if (o.amount && o.filled) {
        o.remaining = *o.amount - *o.filled;
    }
    o.cost = num(raw["trade_money"]);
    if (o.cost && o.filled && o.filled->sign() > 0) {
        o.average = *o.cost / *o.filled;
    }
    if (auto status = str(raw["status"])) {
        o.status = parseOrderStatus(*status);
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

} // namespace bourse::ex::zb
