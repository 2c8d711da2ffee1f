// SPDX-License-Identifier: GPL-3.0-or-later
#include "BtcMarketsParsers.h"

#include "common/RestParams.h"

namespace bourse::ex::btcmarkets {

using rest::num;
using rest::str;

namespace {

// "BTC-AUD" as the cached market, else a market made up from the id's two halves, so an answer about a market
// the cache lacks still names it.
Market marketOf(const Exchange& ex, const OptString& id, const Market* fallback)
{
    if (id) {
        if (const Market* m = ex.findMarketById(*id)) {
            return *m;
        }
    } else if (fallback) {
        return *fallback;
    }
    Market m;
    if (!id) {
        return m;
    }
    m.id = *id;
    auto dash = id->find('-');
    if (dash == std::string::npos) {
        m.symbol = *id;
        return m;
    }
    m.baseId = id->substr(0, dash);
    m.quoteId = id->substr(dash + 1);
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    return m;
}

OptInt timeOf(const JsonRef& v)
{
    auto text = str(v);
    return text ? parseIso8601(*text) : std::nullopt;
}

OptString sideOf(const JsonRef& v)
{
    auto side = str(v);
    if (side == "Bid") {
        return "buy";
    }
    if (side == "Ask") {
        return "sell";
    }
    return side;
}

} // namespace

// {"marketId":"COMP-AUD","baseAssetName":"COMP","quoteAssetName":"AUD","minOrderAmount":"0.00006",
//  "maxOrderAmount":"1000000","amountDecimals":"8","priceDecimals":"2","status":"Online"}
Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["marketId"].stringOr("");
    m.baseId = raw["baseAssetName"].stringOr("");
    m.quoteId = raw["quoteAssetName"].stringOr("");
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.active = raw["status"].stringOr("") == "Online";
    // AUD markets carry a flat 0.85 %; the others the description's tiered base rates.
    const auto& fees = ex.description().tradingFees;
    const bool aud = m.quote == "AUD";
    m.taker = aud ? *Decimal::parse("0.0085") : fees.taker;
    m.maker = aud ? *Decimal::parse("0.0085") : fees.maker;
    m.precision.amount = rest::precisionFromDecimals(raw["amountDecimals"]);
    m.precision.price = rest::precisionFromDecimals(raw["priceDecimals"]);
    m.limits.amount = {num(raw["minOrderAmount"]), num(raw["maxOrderAmount"])};
    // AUD prices cannot go below one tick.
    if (aud) {
        m.limits.price.min = m.precision.price;
    }
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"marketId":"BAT-AUD","bestBid":"0.3751","bestAsk":"0.377","lastPrice":"0.3769","volume24h":"56192.97613335",
//  "volumeQte24h":"21179.13270465","price24h":"0.0119","pricePct24h":"3.26","low24h":"0.3611","high24h":"0.3799",
//  "timestamp":"2020-08-09T18:28:23.280000Z"}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    const Market m = marketOf(ex, str(raw["marketId"]), market);
    Ticker t;
    t.symbol = m.symbol;
    t.timestamp = timeOf(raw["timestamp"]);
    t.high = num(raw["high24h"]);
    t.low = num(raw["low24h"]);
    t.bid = num(raw["bestBid"]);
    t.ask = num(raw["bestAsk"]);
    t.last = num(raw["lastPrice"]);
    t.close = t.last;
    // price24h is the change over the day, in quote currency; pricePct24h the same in percent.
    t.change = num(raw["price24h"]);
    t.percentage = num(raw["pricePct24h"]);
    // The day's opening price is what the change was counted from.
    if (t.last && t.change) {
        t.open = *t.last - *t.change;
    }
    t.baseVolume = num(raw["volume24h"]);
    t.quoteVolume = num(raw["volumeQte24h"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(m.id.empty() ? nullptr : &m);
    return t;
}

// {"marketId":"BTC-AUD","snapshotId":1599936148941000,"asks":[["14459.45","0.00456475"]],"bids":[["14421.01","0.52"]]}
// The snapshot id is the book's time in microseconds.
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    book.bids = rest::priceLevels(raw["bids"]);
    book.asks = rest::priceLevels(raw["asks"]);
    book.nonce = raw["snapshotId"].integer();
    if (book.nonce) {
        book.timestamp = *book.nonce / 1000;
    }
    book.sort();
    return book;
}

// Public: {"id":"6191646611","price":"539.98","amount":"0.5","timestamp":"2020-08-09T15:21:05.016000Z","side":"Ask"}
// Own: adds "marketId", "fee", "orderId", "liquidityType" ("Taker"/"Maker") and "clientOrderId".
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    const Market m = marketOf(ex, str(raw["marketId"]), market);
    Trade t;
    t.id = str(raw["id"]);
    t.timestamp = timeOf(raw["timestamp"]);
    t.symbol = m.symbol;
    t.order = str(raw["orderId"]);
    t.side = sideOf(raw["side"]);
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    if (auto liquidity = str(raw["liquidityType"])) {
        t.takerOrMaker = rest::lower(*liquidity);
    }
    // Fees are charged in AUD on AUD markets and in the base asset elsewhere.
    if (auto fee = num(raw["fee"])) {
        t.fee = Fee {fee, m.quote == "AUD" ? m.quote : m.base, std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// ["2020-09-12T18:30:00.000000Z","14409.45","14409.45","14403.91","14403.91","0.01571701"]
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = timeOf(raw[0]).value_or(0);
    c.open = num(raw[1]);
    c.high = num(raw[2]);
    c.low = num(raw[3]);
    c.close = num(raw[4]);
    c.volume = num(raw[5]);
    return c;
}

// [{"assetName":"LTC","balance":"5","available":"5","locked":"0"}]
Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    for (const auto& entry : raw.items()) {
        auto id = str(entry["assetName"]);
        if (!id) {
            continue;
        }
        BalanceEntry e;
        e.used = num(entry["locked"]);
        e.total = num(entry["balance"]);
        b.currencies[ex.safeCurrencyCode(*id)] = e;
    }
    b.info = JsonValue::fromRef(raw);
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    if (status == "Accepted" || status == "Placed" || status == "Partially Matched") {
        return "open";
    }
    if (status == "Fully Matched") {
        return "closed";
    }
    if (status == "Cancelled" || status == "Partially Cancelled") {
        return "canceled";
    }
    if (status == "Failed") {
        return "rejected";
    }
    return std::string(status);
}

// {"orderId":"7524","marketId":"BTC-AUD","side":"Bid","type":"Limit","creationTime":"2019-08-30T11:08:21.956000Z",
//  "price":"100.12","amount":"1.034","openAmount":"1.034","status":"Accepted","clientOrderId":"1234-5678",
//  "timeInForce":"IOC","postOnly":false,"selfTrade":"P","triggerPrice":"105","targetAmount":"1000"}
// A cancellation answers only {"orderId":"7524","clientOrderId":"123-456"}.
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    const Market m = marketOf(ex, str(raw["marketId"]), market);
    Order o;
    o.id = str(raw["orderId"]);
    o.clientOrderId = str(raw["clientOrderId"]);
    o.timestamp = timeOf(raw["creationTime"]);
    o.symbol = m.symbol;
    if (auto type = str(raw["type"])) {
        o.type = rest::lower(*type);
    }
    o.timeInForce = str(raw["timeInForce"]);
    o.postOnly = raw["postOnly"].boolean();
    o.side = sideOf(raw["side"]);
    o.price = num(raw["price"]);
    o.triggerPrice = num(raw["triggerPrice"]);
    o.amount = num(raw["amount"]);
    o.remaining = num(raw["openAmount"]);
    if (auto status = str(raw["status"])) {
        o.status = parseOrderStatus(*status);
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// {"id":"500985282","assetName":"BTC","amount":"0.42570126","type":"Withdraw","creationTime":"...",
//  "status":"Complete","description":"...","fee":"0.0005","lastUpdate":"...",
//  "paymentDetail":{"txId":"...","address":"rAddress?dt=873874545"}}
// The amount includes the fee; a destination tag follows the address after "?dt=".
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    Transaction t;
    t.id = str(raw["id"]);
    t.timestamp = timeOf(raw["creationTime"]);
    t.updated = timeOf(raw["lastUpdate"]);
    const std::string type = rest::lower(raw["type"].stringOr(""));
    if (type == "withdraw") {
        t.type = "withdrawal";
    } else if (!type.empty()) {
        t.type = type;
    }
    JsonRef detail = raw["paymentDetail"];
    t.txid = str(detail["txId"]);
    t.address = str(detail["address"]);
    if (t.address) {
        auto at = t.address->find("?dt=");
        if (at != std::string::npos) {
            t.tag = t.address->substr(at + 4);
            t.address = t.address->substr(0, at);
        }
    }
    t.addressTo = t.address;
    t.tagTo = t.tag;
    if (auto status = str(raw["status"])) {
        if (*status == "Accepted" || *status == "Pending Authorization") {
            t.status = "pending";
        } else if (*status == "Complete") {
            t.status = "ok";
        } else if (*status == "Cancelled") {
            t.status = "cancelled";
        } else if (*status == "Failed") {
            t.status = "failed";
        } else {
            t.status = status;
        }
    }
    auto currencyId = str(raw["assetName"]);
    if (currencyId) {
        t.currency = ex.safeCurrencyCode(*currencyId);
    }
    auto fee = num(raw["fee"]);
    t.amount = num(raw["amount"]);
    if (t.amount && fee) {
        t.amount = *t.amount - *fee;
    }
    t.fee = Fee {fee, t.currency, std::nullopt};
    t.comment = str(raw["description"]);
    t.info = JsonValue::fromRef(raw);
    return t;
}

} // namespace bourse::ex::btcmarkets
