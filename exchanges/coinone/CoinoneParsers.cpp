// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoinoneParsers.h"

#include "common/RestParams.h"

#include <map>

namespace bourse::ex::coinone {

using rest::num;
using rest::str;

namespace {

std::string codeOf(const std::string& id, const ExchangeDescription& description)
{
    const std::string upper = rest::upper(id);
    auto it = description.commonCurrencies.find(upper);
    return it == description.commonCurrencies.end() ? upper : it->second;
}

// Seconds or milliseconds, told apart by size: the v2 API counts seconds, v2.1 and the public API milliseconds.
OptInt millisecondsOf(const JsonRef& v)
{
    auto n = v.integer();
    if (!n) {
        return std::nullopt;
    }
    return *n < 100000000000LL ? *n * 1000 : *n;
}

} // namespace

// {"quote_currency":"krw","target_currency":"btc","timestamp":1701067920001,...,"id":"1701067920001001"}
Market parseMarket(const JsonRef& raw, const ExchangeDescription& description)
{
    Market m;
    m.id = raw["id"].stringOr("");
    m.baseId = rest::upper(raw["target_currency"].stringOr(""));
    m.quoteId = rest::upper(raw["quote_currency"].stringOr(""));
    m.base = codeOf(m.baseId, description);
    m.quote = codeOf(m.quoteId, description);
    m.symbol = m.base + "/" + m.quote;
    m.taker = description.tradingFees.taker;
    m.maker = description.tradingFees.maker;
    // No steps are published: Coinone takes 4 decimals in amounts and prices.
    m.precision.amount = *Decimal::parse("0.0001");
    m.precision.price = *Decimal::parse("0.0001");
    m.precision.cost = *Decimal::parse("0.00000001");
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"name":"Tether USDT","symbol":"USDT","deposit_status":"normal","withdraw_status":"normal",
//  "deposit_confirm_count":"20","max_precision":"6","deposit_fee":"0.0","withdrawal_min_amount":"1.0",
//  "withdrawal_fee":"2.0"}
Currency parseCurrency(const JsonRef& raw, const Exchange& ex)
{
    Currency c;
    c.id = raw["symbol"].stringOr("");
    c.code = ex.safeCurrencyCode(c.id);
    c.name = str(raw["name"]);
    c.deposit = raw["deposit_status"].stringOr("") == "normal";
    c.withdraw = raw["withdraw_status"].stringOr("") == "normal";
    c.fee = num(raw["withdrawal_fee"]);
    c.precision = rest::precisionFromDecimals(raw["max_precision"]);
    c.withdrawLimits.min = num(raw["withdrawal_min_amount"]);
    c.type = c.code == "KRW" ? "fiat" : "crypto";
    c.info = JsonValue::fromRef(raw);
    return c;
}

// {"quote_currency":"krw","target_currency":"btc","timestamp":1701073357818,"high":..,"low":..,"first":..,
//  "last":..,"quote_volume":..,"target_volume":..,"best_asks":[{"price":..,"qty":..}],"best_bids":[..]}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex)
{
    Ticker t;
    const std::string base = ex.safeCurrencyCode(rest::upper(raw["target_currency"].stringOr("")));
    const std::string quote = ex.safeCurrencyCode(rest::upper(raw["quote_currency"].stringOr("")));
    t.symbol = base + "/" + quote;
    t.timestamp = raw["timestamp"].integer();
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.open = num(raw["first"]);
    t.last = num(raw["last"]);
    t.close = t.last;
    t.bid = num(raw["best_bids"][0]["price"]);
    t.bidVolume = num(raw["best_bids"][0]["qty"]);
    t.ask = num(raw["best_asks"][0]["price"]);
    t.askVolume = num(raw["best_asks"][0]["qty"]);
    t.baseVolume = num(raw["target_volume"]);
    t.quoteVolume = num(raw["quote_volume"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(ex.findMarket(t.symbol));
    return t;
}

// {"timestamp":1701071108673,"bids":[{"price":"50048000","qty":"0.01080229"}],"asks":[..]}
OrderBook parseOrderBook(const JsonRef& raw, const Market& market)
{
    OrderBook book;
    book.symbol = market.symbol;
    book.timestamp = raw["timestamp"].integer();
    for (const auto& level : raw["bids"].items()) {
        book.bids.push_back({num(level["price"]).value_or(Decimal()), num(level["qty"]).value_or(Decimal())});
    }
    for (const auto& level : raw["asks"].items()) {
        book.asks.push_back({num(level["price"]).value_or(Decimal()), num(level["qty"]).value_or(Decimal())});
    }
    book.sort();
    return book;
}

// Public: {"id":"1701075265708001","timestamp":1701075265708,"price":"50020000","qty":"0.00155177",
//  "is_seller_maker":false}. Own (v2 complete_orders, seconds): {"timestamp":"1416561032","price":"419000.0",
//  "type":"bid","qty":"0.001","feeRate":"-0.0015","fee":"-0.0000015","orderId":".."}
Trade parseTrade(const JsonRef& raw, const Market& market)
{
    Trade t;
    t.id = str(raw["id"]);
    t.timestamp = millisecondsOf(raw["timestamp"]);
    t.symbol = market.symbol;
    t.order = str(raw["orderId"]);
    if (auto sellerMaker = raw["is_seller_maker"].boolean()) {
        t.side = *sellerMaker ? "sell" : "buy";
    } else if (auto type = str(raw["type"])) {
        t.side = *type == "ask" ? OptString("sell") : *type == "bid" ? OptString("buy") : std::nullopt;
    }
    t.price = num(raw["price"]);
    t.amount = num(raw["qty"]);
    // Fees are given negative (what was taken off): their size is the fee.
    if (auto fee = num(raw["fee"])) {
        auto rate = num(raw["feeRate"]);
        t.fee = Fee {fee->abs(), t.side == "sell" ? market.quote : market.base,
                     rate ? OptDecimal(rate->abs()) : std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// v2 account/balance: {"result":"success","errorCode":"0","krw":{"avail":"1000","balance":"1500"},
//  "btc":{...},"normalWallets":[...]}
Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    for (const auto& member : raw.members()) {
        if (!member.value.isObject() || member.key == "normalWallets") {
            continue;
        }
        BalanceEntry e;
        e.free = num(member.value["avail"]);
        e.total = num(member.value["balance"]);
        b.currencies[ex.safeCurrencyCode(rest::upper(std::string(member.key)))] = e;
    }
    b.info = JsonValue::fromRef(raw);
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    static const std::map<std::string, std::string, std::less<>> statuses {
        {"live", "open"},     {"partially_filled", "open"}, {"partially_canceled", "open"},
        {"filled", "closed"}, {"canceled", "canceled"},
    };
    auto it = statuses.find(status);
    return it == statuses.end() ? std::string(status) : it->second;
}

// createOrder (v2.1): {"result":"success","error_code":"0","order_id":"8a82c561-.."}
// fetchOrder (v2, seconds): {"orderId":"..","baseCurrency":"KRW","targetCurrency":"BTC","price":"10011000.0",
//  "originalQty":"3.0","executedQty":"0.62","remainQty":"1.255","status":"partially_filled","side":"bid",
//  "orderedAt":1499340941,"updatedAt":1499341142,"feeRate":"0.002","fee":"0.00124","averageExecutedPrice":".."}
// fetchOpenOrders (v2.1, milliseconds): {"order_id":"..","type":"LIMIT","quote_currency":"KRW",
//  "target_currency":"BTC","price":"..","remain_qty":"..","original_qty":"..","executed_qty":"..",
//  "side":"BUY","fee":"..","fee_rate":"..","average_executed_price":"..","ordered_at":1682382690000}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Order o;
    o.id = str(raw["orderId"]) ? str(raw["orderId"]) : str(raw["order_id"]);
    // v2 calls the quote "baseCurrency" and the traded coin "targetCurrency".
    auto baseId = str(raw["targetCurrency"]) ? str(raw["targetCurrency"]) : str(raw["target_currency"]);
    auto quoteId = str(raw["baseCurrency"]) ? str(raw["baseCurrency"]) : str(raw["quote_currency"]);
    if (baseId && quoteId) {
        o.symbol = ex.safeCurrencyCode(rest::upper(*baseId)) + "/" + ex.safeCurrencyCode(rest::upper(*quoteId));
        if (const Market* known = ex.findMarket(o.symbol)) {
            market = known;
        }
    } else if (market) {
        o.symbol = market->symbol;
    }
    o.timestamp = millisecondsOf(raw["timestamp"]);
    if (!o.timestamp) {
        o.timestamp = millisecondsOf(raw["updatedAt"]);
    }
    if (!o.timestamp) {
        o.timestamp = millisecondsOf(raw["ordered_at"]);
    }
    if (!o.timestamp) {
        o.timestamp = millisecondsOf(raw["updated_at"]);
    }
    // v2 rows give the side as "type" (bid/ask); in v2.1 rows "type" is the order type and "side" BUY/SELL.
    std::string side = rest::lower(str(raw["type"]) ? *str(raw["type"]) : str(raw["side"]).value_or(""));
    if (side == "limit" || side == "market" || side == "stop_limit") {
        side = rest::lower(str(raw["side"]).value_or(""));
    }
    if (side == "ask" || side == "sell") {
        o.side = "sell";
    } else if (side == "bid" || side == "buy") {
        o.side = "buy";
    }
    o.remaining = num(raw["remainQty"]) ? num(raw["remainQty"]) : num(raw["remain_qty"]);
    o.amount = num(raw["originalQty"]);
    if (!o.amount) {
        o.amount = num(raw["qty"]) ? num(raw["qty"]) : num(raw["original_qty"]);
    }
    if (auto status = str(raw["status"])) {
        // A "live" v2 order with less left than ordered has been partly cancelled.
        if (*status == "live" && o.remaining && o.amount && *o.remaining < *o.amount) {
            o.status = "canceled";
        } else {
            o.status = parseOrderStatus(*status);
        }
    }
    if (auto fee = num(raw["fee"])) {
        auto rate = num(raw["feeRate"]) ? num(raw["feeRate"]) : num(raw["fee_rate"]);
        OptString currency;
        if (market) {
            currency = o.side == "sell" ? market->quote : market->base;
        }
        o.fee = Fee {fee, currency, rate};
    }
    o.type = "limit";
    o.price = num(raw["price"]);
    o.average =
        num(raw["averageExecutedPrice"]) ? num(raw["averageExecutedPrice"]) : num(raw["average_executed_price"]);
    o.filled = num(raw["executedQty"]) ? num(raw["executedQty"]) : num(raw["executed_qty"]);
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

std::vector<DepositAddress> parseDepositAddresses(const JsonRef& raw, const Exchange& ex)
{
    std::vector<DepositAddress> out;
    std::map<std::string, size_t> byCode;
    for (const auto& member : raw["walletAddress"].members()) {
        auto value = str(member.value);
        if (!value || *value == "-1") {
            continue;
        }
        const std::string key(member.key);
        const auto underscore = key.find('_');
        const std::string code = ex.safeCurrencyCode(rest::upper(key.substr(0, underscore)));
        const std::string suffix = underscore == std::string::npos ? std::string() : key.substr(underscore + 1);
        auto it = byCode.find(code);
        if (it == byCode.end()) {
            DepositAddress a;
            a.currency = code;
            it = byCode.emplace(code, out.size()).first;
            out.push_back(std::move(a));
        }
        DepositAddress& a = out[it->second];
        if (suffix == "tag" || suffix == "memo") {
            a.tag = value;
        } else {
            a.address = value;
        }
        a.info = JsonValue::fromRef(member.value);
    }
    std::erase_if(out, [](const DepositAddress& a) { return !rest::usableAddress(a.address); });
    return out;
}

} // namespace bourse::ex::coinone
