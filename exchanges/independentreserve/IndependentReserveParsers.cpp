// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndependentReserveParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

#include <map>

namespace bourse::ex::independentreserve {

using rest::num;
using rest::str;

namespace {

// The market an answer names by its PrimaryCurrencyCode and SecondaryCurrencyCode, else `fallback`; a pair the
// cache lacks is named from the two codes.
std::string symbolOf(const JsonRef& raw, const Exchange& ex, const Market* fallback, const Market** found = nullptr)
{
    auto baseId = str(raw["PrimaryCurrencyCode"]);
    auto quoteId = str(raw["SecondaryCurrencyCode"]);
    if (baseId && quoteId) {
        if (const Market* m = ex.findMarketById(*baseId + "/" + *quoteId)) {
            if (found) {
                *found = m;
            }
            return m->symbol;
        }
        return ex.safeCurrencyCode(*baseId) + "/" + ex.safeCurrencyCode(*quoteId);
    }
    if (fallback) {
        if (found) {
            *found = fallback;
        }
        return fallback->symbol;
    }
    return std::string();
}

OptInt timeOf(const JsonRef& v)
{
    auto text = str(v);
    return text ? kit::iso8601WithOffset(*text) : std::nullopt;
}

// "LimitBid", "MarketOffer"... -> buy / sell.
OptString sideOf(const OptString& orderType)
{
    if (!orderType) {
        return std::nullopt;
    }
    if (orderType->find("Bid") != std::string::npos) {
        return "buy";
    }
    if (orderType->find("Offer") != std::string::npos) {
        return "sell";
    }
    return orderType;
}

} // namespace

std::vector<Market> parseMarkets(const JsonRef& primaryCodes, const JsonRef& secondaryCodes, const JsonRef& minimums,
                                 const Exchange& ex)
{
    std::vector<Market> markets;
    for (const auto& base : primaryCodes.items()) {
        const std::string baseId = base.stringOr("");
        for (const auto& quote : secondaryCodes.items()) {
            Market m;
            m.baseId = baseId;
            m.quoteId = quote.stringOr("");
            m.id = m.baseId + "/" + m.quoteId;
            m.base = ex.safeCurrencyCode(m.baseId);
            m.quote = ex.safeCurrencyCode(m.quoteId);
            m.symbol = m.base + "/" + m.quote;
            // Independent Reserve publishes no price or amount steps, only a minimum volume per primary currency.
            m.limits.amount.min = num(minimums[baseId]);
            m.info = JsonValue(m.id);
            markets.push_back(std::move(m));
        }
    }
    return markets;
}

// {"DayHighestPrice":43489.49,"DayLowestPrice":41998.32,"DayAvgPrice":42743.9,"DayVolumeXbt":44.54515625,
//  "DayVolumeXbtInSecondaryCurrrency":0.12209818,"CurrentLowestOfferPrice":43619.64,"CurrentHighestBidPrice":43153.58,
//  "LastPrice":43378.43,"PrimaryCurrencyCode":"Xbt","SecondaryCurrencyCode":"Usd",
//  "CreatedTimestampUtc":"2022-01-14T22:52:29.5029223Z"}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    const Market* found = nullptr;
    Ticker t;
    t.symbol = symbolOf(raw, ex, market, &found);
    t.timestamp = timeOf(raw["CreatedTimestampUtc"]);
    t.high = num(raw["DayHighestPrice"]);
    t.low = num(raw["DayLowestPrice"]);
    t.bid = num(raw["CurrentHighestBidPrice"]);
    t.ask = num(raw["CurrentLowestOfferPrice"]);
    t.last = num(raw["LastPrice"]);
    t.close = t.last;
    t.average = num(raw["DayAvgPrice"]);
    // DayVolumeXbt counts the primary currency traded against every secondary one; the pair's own base volume is
    // DayVolumeXbtInSecondaryCurrrency (still in primary units; the triple r is Independent Reserve's spelling).
    t.baseVolume = num(raw["DayVolumeXbtInSecondaryCurrrency"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(found);
    return t;
}

// {"BuyOrders":[{"OrderType":"LimitBid","Price":497.02,"Volume":0.01}],"SellOrders":[...],
//  "CreatedTimestampUtc":"2014-08-05T06:42:11.3032208Z","PrimaryCurrencyCode":"Xbt","SecondaryCurrencyCode":"Usd"}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    book.timestamp = timeOf(raw["CreatedTimestampUtc"]);
    kit::appendLevels(book.bids, raw["BuyOrders"], "Price", "Volume");
    kit::appendLevels(book.asks, raw["SellOrders"], "Price", "Volume");
    book.sort();
    return book;
}

// Public (GetRecentTrades, one of "Trades"): {"PrimaryCurrencyAmount":0.1,"SecondaryCurrencyTradePrice":43000,
//  "TradeTimestampUtc":"2022-01-14T22:50:01.1234567Z"}
// Own (GetTrades): {"TradeGuid":"..","TradeTimestampUtc":"..","OrderGuid":"..","OrderType":"LimitBid",
//  "OrderTimestampUtc":"..","VolumeTraded":0.5,"Price":410.0,"PrimaryCurrencyCode":"Xbt","SecondaryCurrencyCode":"Usd"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    t.id = str(raw["TradeGuid"]);
    t.timestamp = timeOf(raw["TradeTimestampUtc"]);
    t.symbol = symbolOf(raw, ex, market);
    t.order = str(raw["OrderGuid"]);
    t.side = sideOf(str(raw["OrderType"]));
    t.price = num(raw["Price"]) ? num(raw["Price"]) : num(raw["SecondaryCurrencyTradePrice"]);
    t.amount = num(raw["VolumeTraded"]) ? num(raw["VolumeTraded"]) : num(raw["PrimaryCurrencyAmount"]);
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// [{"AccountGuid":"..","AccountStatus":"Active","AvailableBalance":0.0004,"CurrencyCode":"Xbt","TotalBalance":0.0004}]
Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    for (const auto& entry : raw.items()) {
        auto id = str(entry["CurrencyCode"]);
        if (!id) {
            continue;
        }
        BalanceEntry e;
        e.free = num(entry["AvailableBalance"]);
        e.total = num(entry["TotalBalance"]);
        b.currencies[ex.safeCurrencyCode(*id)] = e;
    }
    b.info = JsonValue::fromRef(raw);
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    if (status == "Open" || status == "PartiallyFilled") {
        return "open";
    }
    if (status == "Filled") {
        return "closed";
    }
    if (status == "PartiallyFilledAndCancelled" || status == "Cancelled" || status == "PartiallyFilledAndExpired"
        || status == "Expired" || status == "Failed") {
        return "canceled";
    }
    return std::string(status);
}

// Details (GetOrderDetails, CancelOrder, Place*Order): {"OrderGuid":"..","CreatedTimestampUtc":"..",
//  "Type":"MarketBid","VolumeOrdered":5.0,"VolumeFilled":5.0,"Price":null,"AvgPrice":100.0,"ReservedAmount":0.0,
//  "Status":"Filled","PrimaryCurrencyCode":"Xbt","SecondaryCurrencyCode":"Usd"}
// Lists (GetOpenOrders, GetClosedOrders): "OrderType", "Volume", "Outstanding", "Value" and "FeePercent" instead.
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    const Market* found = nullptr;
    Order o;
    o.id = str(raw["OrderGuid"]);
    o.timestamp = timeOf(raw["CreatedTimestampUtc"]);
    o.symbol = symbolOf(raw, ex, market, &found);
    auto orderType = str(raw["Type"]) ? str(raw["Type"]) : str(raw["OrderType"]);
    o.side = sideOf(orderType);
    if (orderType) {
        if (orderType->find("Market") != std::string::npos) {
            o.type = "market";
        } else if (orderType->find("Limit") != std::string::npos) {
            o.type = "limit";
        } else {
            o.type = orderType;
        }
    }
    if (auto tif = str(raw["TimeInForce"])) {
        // Moc ("maker or cancel") is a post-only order.
        static const std::map<std::string, std::string> names {
            {"Gtc", "GTC"}, {"Moc", "PO"}, {"Fok", "FOK"}, {"Ioc", "IOC"}};
        auto it = names.find(*tif);
        o.timeInForce = it == names.end() ? *tif : it->second;
    }
    o.price = num(raw["Price"]);
    o.cost = num(raw["Value"]);
    o.average = num(raw["AvgPrice"]);
    o.amount = num(raw["VolumeOrdered"]) ? num(raw["VolumeOrdered"]) : num(raw["Volume"]);
    o.filled = num(raw["VolumeFilled"]);
    o.remaining = num(raw["Outstanding"]);
    if (auto status = str(raw["Status"])) {
        o.status = parseOrderStatus(*status);
    }
    // The fee is a rate of the filled volume, charged in the primary currency.
    const std::string base = found
        ? found->base
        : (str(raw["PrimaryCurrencyCode"]) ? ex.safeCurrencyCode(*str(raw["PrimaryCurrencyCode"])) : std::string());
    Fee fee;
    fee.rate = num(raw["FeePercent"]);
    if (fee.rate && o.filled) {
        fee.cost = *fee.rate * *o.filled;
    }
    if (!base.empty()) {
        fee.currency = base;
    }
    o.fee = fee;
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

std::vector<TradingFee> parseTradingFees(const JsonRef& raw, const Exchange& ex)
{
    std::map<std::string, std::pair<OptDecimal, JsonValue>> byCode;
    for (const auto& row : raw.items()) {
        if (auto id = str(row["CurrencyCode"])) {
            byCode[ex.safeCurrencyCode(*id)] = {num(row["Fee"]), JsonValue::fromRef(row)};
        }
    }
    std::vector<TradingFee> fees;
    for (const auto& m : ex.markets()) {
        TradingFee f;
        f.symbol = m.symbol;
        if (auto it = byCode.find(m.base); it != byCode.end()) {
            f.maker = it->second.first;
            f.taker = it->second.first;
            f.info = it->second.second;
        }
        f.percentage = true;
        f.tierBased = true;
        fees.push_back(std::move(f));
    }
    return fees;
}

// {"Tag":"3307446684","DepositAddress":"GCCQH4HA...","LastCheckedTimestampUtc":"..","NextUpdateTimestampUtc":".."}
DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code)
{
    DepositAddress a;
    a.currency = code;
    a.address = str(raw["DepositAddress"]);
    if (!rest::usableAddress(a.address)) {
        throw Error(ErrorKind::InvalidAddress, "independentreserve has no usable deposit address for " + code);
    }
    a.tag = str(raw["Tag"]);
    a.info = JsonValue::fromRef(raw);
    return a;
}

} // namespace bourse::ex::independentreserve
