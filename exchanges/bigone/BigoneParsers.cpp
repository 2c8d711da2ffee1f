// SPDX-License-Identifier: GPL-3.0-or-later
#include "BigoneParsers.h"

#include "Bigone.h"
#include "common/AdapterKit.h"
#include "common/RestParams.h"

namespace bourse::ex::bigone {

using kit::num;
using kit::str;

std::string symbolOf(const Exchange& ex, const std::string& marketId, const Market* market)
{
    if (const Market* m = ex.findMarketById(marketId)) {
        return m->symbol;
    }
    if (market) {
        return market->symbol;
    }
    auto dash = marketId.find('-');
    if (dash == std::string::npos) {
        return marketId;
    }
    return ex.safeCurrencyCode(marketId.substr(0, dash)) + "/" + ex.safeCurrencyCode(marketId.substr(dash + 1));
}

std::string networkCode(const std::string& gateway, const std::string& currencyCode)
{
    for (const auto& [code, id] : bigoneNetworks()) {
        if (id == gateway) {
            return rest::preferredNetworkCode(code, currencyCode);
        }
    }
    return gateway;
}

std::string gatewayName(const std::string& network, const std::string& currencyCode)
{
    // One chain goes by two codes (ETH/ERC20, TRX/TRC20, CRONOS/CRC20, BTC/BRC20) and the table names one of
    // them: the other finds the same gateway.
    static const std::map<std::string, std::string> sibling {{"ETH", "ERC20"}, {"ERC20", "ETH"},    {"TRX", "TRC20"},
                                                             {"TRC20", "TRX"}, {"CRONOS", "CRC20"}, {"CRC20", "CRONOS"},
                                                             {"BRC20", "BTC"}};
    const auto& networks = bigoneNetworks();
    const std::string wanted = rest::upper(network);
    std::vector<std::string> candidates {wanted, rest::preferredNetworkCode(wanted, currencyCode)};
    if (auto it = sibling.find(wanted); it != sibling.end()) {
        candidates.push_back(it->second);
    }
    for (const auto& code : candidates) {
        if (auto it = networks.find(code); it != networks.end()) {
            return it->second;
        }
    }
    return network;
}

// {"id":"550b34db-...","name":"BTC-USDT","quote_scale":2,"quote_asset":{"symbol":"USDT",..},
//  "base_asset":{"symbol":"BTC",..},"base_scale":6,"min_quote_value":"10","max_quote_value":"1000000"}
Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["name"].stringOr("");
    m.baseId = raw["base_asset"]["symbol"].stringOr("");
    m.quoteId = raw["quote_asset"]["symbol"].stringOr("");
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.active = true;
    m.precision.amount = rest::precisionFromDecimals(raw["base_scale"]);
    m.precision.price = rest::precisionFromDecimals(raw["quote_scale"]);
    m.limits.cost.min = num(raw["min_quote_value"]);
    m.limits.cost.max = num(raw["max_quote_value"]);
    m.taker = ex.description().tradingFees.taker;
    m.maker = ex.description().tradingFees.maker;
    m.info = JsonValue::fromRef(raw);
    m.extra = JsonValue::object();
    if (auto uuid = str(raw["id"])) {
        m.extra.set("uuid", *uuid);
    }
    return m;
}

// {"symbol":"USDT","name":"TetherUS","scale":12,"is_fiat":false,"binding_gateways":[{"gateway_name":"Ethereum",
//  "is_deposit_enabled":true,"is_withdrawal_enabled":true,"min_withdrawal_amount":"0.000001",
//  "withdrawal_fee":"5.71","min_deposit_amount":"0.000001","withdrawal_scale":6,"scale":12}]}
Currency parseCurrency(const JsonRef& raw, const Exchange& ex)
{
    auto decimalsOf = [](const JsonRef& v) {
        return rest::precisionFromDecimals(v["withdrawal_scale"].isNull() ? v["scale"] : v["withdrawal_scale"]);
    };
    Currency c;
    c.id = raw["symbol"].stringOr("");
    c.code = ex.safeCurrencyCode(c.id);
    c.name = str(raw["name"]);
    const auto chains = raw["binding_gateways"].items();
    for (const auto& chain : chains) {
        auto id = str(chain["gateway_name"]);
        if (!id) {
            continue;
        }
        Network n;
        n.id = *id;
        n.network = networkCode(*id, c.code);
        n.deposit = chain["is_deposit_enabled"].boolean();
        n.withdraw = chain["is_withdrawal_enabled"].boolean();
        n.fee = num(chain["withdrawal_fee"]);
        n.precision = decimalsOf(chain);
        n.depositLimits.min = num(chain["min_deposit_amount"]);
        n.withdrawLimits.min = num(chain["min_withdrawal_amount"]);
        n.info = JsonValue::fromRef(chain);
        c.networks.push_back(std::move(n));
    }
    if (raw["is_fiat"].boolean() == true) {
        c.type = "fiat";
    } else if (chains.empty()) {
        c.type = "other";
    } else {
        c.type = "crypto";
    }
    // The currency's own scale, widened to the coarsest of its networks'.
    c.precision = decimalsOf(raw);
    rest::completeFromNetworks(c);
    c.info = JsonValue::fromRef(raw);
    return c;
}

// {"asset_pair_name":"BTC-USDT","bid":{"price":"63900","order_count":1,"quantity":"0.013929"},"ask":{...},
//  "open":"64818.81","high":"65112.32","low":"63272.84","close":"63905.62","volume":"2567.46","daily_change":"-913.19"}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Ticker t;
    t.symbol = symbolOf(ex, raw["asset_pair_name"].stringOr(""), market);
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["bid"]["price"]);
    t.bidVolume = num(raw["bid"]["quantity"]);
    t.ask = num(raw["ask"]["price"]);
    t.askVolume = num(raw["ask"]["quantity"]);
    t.open = num(raw["open"]);
    t.close = num(raw["close"]);
    t.last = t.close;
    t.change = num(raw["daily_change"]);
    t.baseVolume = num(raw["volume"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"asset_pair_name":"EOS-BTC","bids":[{"price":"42","order_count":4,"quantity":"23.33"}],"asks":[...]}
OrderBook parseOrderBook(const JsonRef& data, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    kit::appendLevels(book.bids, data["bids"], "price", "quantity");
    kit::appendLevels(book.asks, data["asks"], "price", "quantity");
    book.sort();
    return book;
}

namespace {

std::string sideOf(const std::string& side)
{
    return side == "BID" ? "buy" : side == "ASK" ? "sell" : side;
}

} // namespace

// Public: {"id":38199941,"price":"3378.67","amount":"0.019812","taker_side":"ASK","created_at":"2019-01-29T06:05:56Z"}
// Own: {"id":10854280,"asset_pair_name":"XIN-USDT","price":"70","amount":"1","taker_side":"ASK",
//  "maker_order_id":58284908,"taker_order_id":58284909,"maker_fee":"0.0008","taker_fee":"0.07",
//  "side":"SELF_TRADING","inserted_at":"2019-04-16T12:00:01Z"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    t.id = str(raw["id"]);
    auto time = str(raw["created_at"]);
    if (!time) {
        time = str(raw["inserted_at"]);
    }
    t.timestamp = time ? parseIso8601(*time) : std::nullopt;
    const std::string marketId = raw["asset_pair_name"].stringOr("");
    if (const Market* m = ex.findMarketById(marketId)) {
        market = m;
    }
    t.symbol = marketId.empty() && market ? market->symbol : symbolOf(ex, marketId, market);
    t.type = "limit";
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    const auto rawSide = str(raw["side"]);
    const auto takerSide = str(raw["taker_side"]);
    // The taker's side is the trade's side on the public tape; an own trade names its side and whether it was
    // the taker's.
    if (rawSide && takerSide && *rawSide != "SELF_TRADING") {
        t.takerOrMaker = *takerSide == *rawSide ? "taker" : "maker";
    }
    if (!rawSide) {
        t.side = takerSide == "ASK" ? "sell" : "buy";
    } else {
        t.side = sideOf(*rawSide);
    }
    t.order = str(raw["maker_order_id"]);
    if (!t.order) {
        t.order = str(raw["taker_order_id"]);
    }
    // Which currency each fee is in, from the trade's side and role (ccxt's reading of BigONE's own trades).
    OptString makerCurrency;
    OptString takerCurrency;
    if (market) {
        if (t.takerOrMaker) {
            const bool buy = t.side == "buy";
            const bool maker = t.takerOrMaker == "maker";
            makerCurrency = buy == maker ? market->base : market->quote;
            takerCurrency = buy == maker ? market->quote : market->base;
        } else if (rawSide == "SELF_TRADING") {
            makerCurrency = takerSide == "BID" ? market->quote : market->base;
            takerCurrency = takerSide == "BID" ? market->base : market->quote;
        }
    }
    auto makerFee = num(raw["maker_fee"]);
    auto takerFee = num(raw["taker_fee"]);
    if (makerFee && takerFee) {
        t.fees = reduceFeesByCurrency(
            {Fee {makerFee, makerCurrency, std::nullopt}, Fee {takerFee, takerCurrency, std::nullopt}});
        if (t.fees.size() == 1) {
            t.fee = t.fees.front();
        }
    } else if (makerFee) {
        t.fee = Fee {makerFee, makerCurrency, std::nullopt};
    } else if (takerFee) {
        t.fee = Fee {takerFee, takerCurrency, std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// {"close":"73422.06","high":"73442.95","low":"73238.69","open":"73246.67","time":"2024-03-13T11:00:00Z",
//  "volume":"40.023109"}
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = parseIso8601(raw["time"].stringOr("")).value_or(0);
    c.open = num(raw["open"]);
    c.high = num(raw["high"]);
    c.low = num(raw["low"]);
    c.close = num(raw["close"]);
    c.volume = num(raw["volume"]);
    return c;
}

// {"code":0,"data":[{"asset_symbol":"BTC","balance":"0.1","locked_balance":"0.02"}]}
Balance parseBalance(const JsonRef& response, const Exchange& ex)
{
    Balance b;
    for (const auto& raw : response["data"].items()) {
        auto id = str(raw["asset_symbol"]);
        if (!id) {
            continue;
        }
        BalanceEntry e;
        e.total = num(raw["balance"]);
        e.used = num(raw["locked_balance"]);
        b.currencies[ex.safeCurrencyCode(*id)] = e;
    }
    b.info = JsonValue::fromRef(response);
    b.complete();
    return b;
}

namespace {

OptString orderStatus(const OptString& state)
{
    if (state == "PENDING") {
        return "open";
    }
    if (state == "FILLED") {
        return "closed";
    }
    if (state == "CANCELLED") {
        return "canceled";
    }
    return std::nullopt;
}

} // namespace

// {"id":10,"asset_pair_name":"EOS-BTC","price":"10.00","amount":"10.00","filled_amount":"9.0",
//  "avg_deal_price":"12.0","side":"ASK","state":"FILLED","created_at":"2019-01-29T06:05:56Z",
//  "updated_at":"2019-01-29T06:05:56Z","type":"LIMIT","stop_price":"0","immediate_or_cancel":false,
//  "post_only":false,"client_order_id":""}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Order o;
    o.id = str(raw["id"]);
    o.clientOrderId = str(raw["client_order_id"]);
    auto marketId = str(raw["asset_pair_name"]);
    if (marketId) {
        o.symbol = symbolOf(ex, *marketId, market);
    } else if (market) {
        o.symbol = market->symbol;
    }
    auto created = str(raw["created_at"]);
    o.timestamp = created ? parseIso8601(*created) : std::nullopt;
    auto updated = str(raw["updated_at"]);
    o.lastTradeTimestamp = updated ? parseIso8601(*updated) : std::nullopt;
    o.side = raw["side"].stringOr("") == "BID" ? "buy" : "sell";
    auto trigger = num(raw["stop_price"]);
    o.triggerPrice = trigger && !trigger->isZero() ? trigger : std::nullopt;
    if (raw["immediate_or_cancel"].boolean() == true) {
        o.timeInForce = "IOC";
    }
    o.postOnly = raw["post_only"].boolean();
    auto type = str(raw["type"]);
    if (type == "LIMIT" || type == "STOP_LIMIT") {
        o.type = "limit";
    } else if (type == "MARKET" || type == "STOP_MARKET") {
        o.type = "market";
    } else {
        o.type = type;
    }
    o.price = num(raw["price"]);
    // A market buy is sized in quote: its filled_amount is what it spent.
    if (o.type == "market" && o.side == "buy") {
        o.cost = num(raw["filled_amount"]);
    } else {
        o.amount = num(raw["amount"]);
        o.filled = num(raw["filled_amount"]);
    }
    o.average = num(raw["avg_deal_price"]);
    o.status = orderStatus(str(raw["state"]));
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// Deposit: {"id":5,"asset_symbol":"ETH","amount":"1.0","state":"CONFIRMED","txid":"..","target_address":"..",
//  "memo":"","inserted_at":"2018-05-30T11:22:46Z","confirms":100,"is_internal":false}
// Withdrawal: the same with "customer_id" and "completed_at".
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    Transaction t;
    t.id = str(raw["id"]);
    t.txid = str(raw["txid"]);
    auto inserted = str(raw["inserted_at"]);
    t.timestamp = inserted ? parseIso8601(*inserted) : std::nullopt;
    auto updated = str(raw["updated_at"]);
    if (!updated) {
        updated = str(raw["completed_at"]);
    }
    t.updated = updated ? parseIso8601(*updated) : std::nullopt;
    t.addressTo = str(raw["target_address"]);
    t.tag = str(raw["memo"]);
    t.type = raw.has("customer_id") ? "withdrawal" : "deposit";
    t.amount = num(raw["amount"]);
    if (auto id = str(raw["asset_symbol"])) {
        t.currency = ex.safeCurrencyCode(*id);
    }
    auto state = str(raw["state"]);
    if (state == "WITHHOLD" || state == "CONFIRMED" || state == "COMPLETED") {
        t.status = "ok";
    } else if (state == "UNCONFIRMED" || state == "PENDING") {
        t.status = "pending";
    } else {
        t.status = state;
    }
    t.internal = raw["is_internal"].boolean();
    t.info = JsonValue::fromRef(raw);
    return t;
}

} // namespace bourse::ex::bigone
