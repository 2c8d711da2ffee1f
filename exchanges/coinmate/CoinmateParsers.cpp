// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoinmateParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

namespace bourse::ex::coinmate {

using rest::num;
using rest::str;

namespace {

// A pair id the markets do not know is still BASE_QUOTE: its symbol is read off the id.
std::string symbolOf(const Exchange& ex, const OptString& id, const Market* market)
{
    if (market) {
        return market->symbol;
    }
    if (!id) {
        return std::string();
    }
    if (const Market* m = ex.findMarketById(*id)) {
        return m->symbol;
    }
    auto cut = id->find('_');
    if (cut == std::string::npos) {
        return *id;
    }
    return ex.safeCurrencyCode(id->substr(0, cut)) + "/" + ex.safeCurrencyCode(id->substr(cut + 1));
}

} // namespace

Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["name"].stringOr("");
    m.baseId = raw["firstCurrency"].stringOr("");
    m.quoteId = raw["secondCurrency"].stringOr("");
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.precision.amount = rest::precisionFromDecimals(raw["lotDecimals"]);
    m.precision.price = rest::precisionFromDecimals(raw["priceDecimals"]);
    m.limits.amount.min = num(raw["minAmount"]);
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"last":"0.001337","high":..,"low":..,"amount":"34.75","bid":..,"ask":..,"change":"-0.74","open":..,
//  "timestamp":"1708074485"} - seconds; `amount` is the base volume. ccxt reads neither open nor change.
Ticker parseTicker(const JsonRef& raw, const Market* market)
{
    Ticker t;
    t.symbol = market ? market->symbol : std::string();
    if (auto seconds = raw["timestamp"].integer()) {
        t.timestamp = *seconds * 1000;
    }
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["bid"]);
    t.ask = num(raw["ask"]);
    t.last = num(raw["last"]);
    t.close = t.last;
    t.baseVolume = num(raw["amount"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"asks":[{"price":..,"amount":..}],"bids":[..],"timestamp":1700000000} - seconds.
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    if (auto seconds = raw["timestamp"].integer()) {
        book.timestamp = *seconds * 1000;
    }
    kit::appendLevels(book.bids, raw["bids"], "price", "amount");
    kit::appendLevels(book.asks, raw["asks"], "price", "amount");
    book.sort();
    return book;
}

// Public: {"timestamp":1561598833416,"transactionId":"4156303","price":10950.41,"amount":0.004,
//  "currencyPair":"BTC_EUR","tradeType":"BUY"}
// Own: {"transactionId":2671819,"createdTimestamp":1529649127605,"currencyPair":"LTC_BTC","type":"BUY",
//  "orderType":"LIMIT","orderId":101810227,"amount":0.01,"price":0.01406,"fee":0,"feeType":"MAKER"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    auto marketId = str(raw["currencyPair"]);
    if (!market && marketId) {
        market = ex.findMarketById(*marketId);
    }
    Trade t;
    t.id = str(raw["transactionId"]);
    t.timestamp = raw["timestamp"].integer();
    if (!t.timestamp) {
        t.timestamp = raw["createdTimestamp"].integer();
    }
    t.symbol = symbolOf(ex, marketId, market);
    auto side = str(raw["type"]);
    if (!side) {
        side = str(raw["tradeType"]);
    }
    if (side) {
        t.side = kit::lower(*side);
    }
    if (auto type = str(raw["orderType"])) {
        t.type = kit::lower(*type);
    }
    t.order = str(raw["orderId"]);
    // Only the own trades say; ccxt calls every other trade a taker's.
    t.takerOrMaker = raw["feeType"].stringOr("") == "MAKER" ? "maker" : "taker";
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    if (auto fee = num(raw["fee"])) {
        // Fees are charged in the quote currency.
        t.fee = Fee {fee, market ? OptString(market->quote) : std::nullopt, std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// {"BTC":{"currency":"BTC","balance":1.5,"reserved":0.5,"available":1.0},...}
Balance parseBalance(const JsonRef& data, const Exchange& ex)
{
    Balance b;
    for (const auto& member : data.members()) {
        BalanceEntry e;
        e.free = num(member.value["available"]);
        e.used = num(member.value["reserved"]);
        e.total = num(member.value["balance"]);
        b.currencies[ex.safeCurrencyCode(member.key)] = e;
    }
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    if (status == "FILLED") {
        return "closed";
    }
    if (status == "CANCELLED") {
        return "canceled";
    }
    if (status == "PARTIALLY_FILLED" || status == "OPEN") {
        return "open";
    }
    return std::string(status);
}

// Open orders: {"id":781246605,"timestamp":1584480015133,"type":"SELL","currencyPair":"ETH_BTC","price":0.0345,
//  "amount":0.01,"stopPrice":null,"orderTradeType":"LIMIT","clientOrderId":null} - `amount` is what remains.
// History: {"id":67527001,"timestamp":..,"type":"BUY","price":5897.24,"remainingAmount":0.002367,
//  "originalAmount":0.1,"status":"CANCELLED","orderTradeType":"LIMIT","avgPrice":null}
// Cancel: {"success":true,"remainingAmount":0.1}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    auto marketId = str(raw["currencyPair"]);
    if (!market && marketId) {
        market = ex.findMarketById(*marketId);
    }
    Order o;
    o.id = str(raw["id"]);
    o.clientOrderId = str(raw["clientOrderId"]);
    o.timestamp = raw["timestamp"].integer();
    o.symbol = symbolOf(ex, marketId, market);
    if (auto side = str(raw["type"])) {
        o.side = kit::lower(*side);
    }
    if (auto type = str(raw["orderTradeType"])) {
        o.type = *type == "LIMIT" ? "limit" : *type == "MARKET" ? "market" : *type;
    }
    o.price = num(raw["price"]);
    o.triggerPrice = num(raw["stopPrice"]);
    o.amount = num(raw["originalAmount"]);
    o.remaining = num(raw["remainingAmount"]);
    if (!o.remaining) {
        o.remaining = num(raw["amount"]);
    }
    o.average = num(raw["avgPrice"]);
    if (auto status = str(raw["status"])) {
        o.status = parseOrderStatus(*status);
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// {"transactionId":1862815,"timestamp":1516803982388,"amountCurrency":"LTC","amount":1,"fee":0,"walletType":"LTC",
//  "transferType":"DEPOSIT","transferStatus":"COMPLETED","txid":"ccb9..","destination":"LQrt..","destinationTag":null}
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    Transaction t;
    t.id = str(raw["transactionId"]);
    if (!t.id) {
        t.id = str(raw["id"]);
    }
    t.txid = str(raw["txid"]);
    if (auto type = str(raw["transferType"])) {
        t.type = kit::lower(*type);
    }
    auto currencyId = str(raw["amountCurrency"]);
    if (currencyId) {
        t.currency = ex.safeCurrencyCode(*currencyId);
    }
    t.network = str(raw["walletType"]);
    t.amount = num(raw["amount"]);
    if (auto status = str(raw["transferStatus"])) {
        static const std::map<std::string, std::string, std::less<>> statuses {
            {"COMPLETED", "ok"},    {"OK", "ok"},       {"WAITING", "pending"},   {"SENT", "pending"},
            {"CREATED", "pending"}, {"NEW", "pending"}, {"CANCELED", "canceled"},
        };
        auto it = statuses.find(*status);
        t.status = it == statuses.end() ? *status : it->second;
    }
    t.timestamp = raw["timestamp"].integer();
    t.address = str(raw["destination"]);
    t.tag = str(raw["destinationTag"]);
    t.fee = Fee {num(raw["fee"]), t.currency, std::nullopt};
    t.info = JsonValue::fromRef(raw);
    return t;
}

TradingFee parseTradingFee(const JsonRef& raw, const std::string& symbol)
{
    TradingFee f;
    f.symbol = symbol;
    if (auto maker = num(raw["maker"])) {
        f.maker = maker->divided(Decimal(100));
    }
    if (auto taker = num(raw["taker"])) {
        f.taker = taker->divided(Decimal(100));
    }
    f.percentage = true;
    f.tierBased = true;
    f.info = JsonValue::fromRef(raw);
    return f;
}

} // namespace bourse::ex::coinmate
