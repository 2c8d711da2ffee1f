// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoinexParsers.h"

#include "Coinex.h"
#include "common/AdapterKit.h"

namespace bourse::ex::coinex {

using kit::num;
using kit::str;

namespace {

// A count of decimals as a step: "8" -> 1e-8 (ccxt's parsePrecision).
OptDecimal stepOf(const JsonRef& decimals)
{
    auto n = decimals.integer();
    return n ? OptDecimal(Decimal::pow10(-static_cast<int>(*n))) : std::nullopt;
}

const Market* resolve(const Exchange& ex, const JsonRef& raw, const Market* market)
{
    if (auto id = str(raw["market"])) {
        if (const Market* m = ex.findMarketById(*id)) {
            return m;
        }
    }
    return market;
}

std::string symbolOf(const Exchange& ex, const JsonRef& raw, const Market* market)
{
    if (market) {
        return market->symbol;
    }
    return ex.safeSymbol(raw["market"].stringOr(""));
}

} // namespace

// {"market":"BTCUSDT","base_ccy":"BTC","quote_ccy":"USDT","base_ccy_precision":8,"quote_ccy_precision":2,
//  "min_amount":"0.0001","maker_fee_rate":"0.002","taker_fee_rate":"0.002","is_margin_available":true,
//  "is_api_trading_available":true,"status":"online"}
Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["market"].stringOr("");
    m.baseId = raw["base_ccy"].stringOr("");
    m.quoteId = raw["quote_ccy"].stringOr("");
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.margin = raw["is_margin_available"].boolean().value_or(false);
    m.active = raw["is_api_trading_available"].boolean();
    m.taker = num(raw["taker_fee_rate"]);
    m.maker = num(raw["maker_fee_rate"]);
    m.precision.amount = stepOf(raw["base_ccy_precision"]);
    m.precision.price = stepOf(raw["quote_ccy_precision"]);
    m.limits.amount.min = num(raw["min_amount"]);
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"asset":{"ccy":"USDT","deposit_enabled":true,"withdraw_enabled":true},"chains":[{"chain":"TRC20",
//  "deposit_enabled":true,"withdraw_enabled":true,"withdrawal_fee":"1","withdrawal_precision":6,
//  "min_deposit_amount":"1","min_withdraw_amount":"2"}]}
Currency parseCurrency(const JsonRef& raw, const Exchange& ex)
{
    Currency c;
    c.id = raw["asset"]["ccy"].stringOr("");
    c.code = ex.safeCurrencyCode(c.id);
    c.deposit = raw["asset"]["deposit_enabled"].boolean();
    c.withdraw = raw["asset"]["withdraw_enabled"].boolean();
    c.type = "crypto";
    for (const auto& chain : raw["chains"].items()) {
        auto id = str(chain["chain"]);
        if (!id) {
            continue;
        }
        Network n;
        n.id = *id;
        n.network = *id;
        for (const auto& [code, chainId] : coinexNetworks()) {
            if (chainId == *id) {
                n.network = code;
                break;
            }
        }
        n.deposit = chain["deposit_enabled"].boolean();
        n.withdraw = chain["withdraw_enabled"].boolean();
        n.fee = num(chain["withdrawal_fee"]);
        n.precision = stepOf(chain["withdrawal_precision"]);
        n.depositLimits.min = num(chain["min_deposit_amount"]);
        n.withdrawLimits.min = num(chain["min_withdraw_amount"]);
        n.info = JsonValue::fromRef(chain);
        c.networks.push_back(std::move(n));
    }
    // The currency is usable when any of its chains is (ccxt's safeCurrencyStructure).
    for (const auto& n : c.networks) {
        if (n.deposit == true && !c.deposit) {
            c.deposit = true;
        }
        if (n.withdraw == true && !c.withdraw) {
            c.withdraw = true;
        }
        if (n.fee && (!c.fee || *n.fee < *c.fee)) {
            c.fee = n.fee;
        }
    }
    c.info = JsonValue::fromRef(raw);
    return c;
}

// {"market":"BTCUSDT","last":"..","open":"..","close":"..","high":"..","low":"..","volume":"..","value":"..",
//  "volume_sell":"..","volume_buy":"..","period":86400}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = resolve(ex, raw, market);
    Ticker t;
    t.symbol = symbolOf(ex, raw, market);
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bidVolume = num(raw["volume_buy"]);
    t.askVolume = num(raw["volume_sell"]);
    t.open = num(raw["open"]);
    t.close = num(raw["close"]);
    t.last = num(raw["last"]);
    t.baseVolume = num(raw["volume"]);
    t.quoteVolume = num(raw["value"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"asks":[["70851.94","0.0004"]],"bids":[["70851.93","1.0314"]],"checksum":..,"last":"..","updated_at":..}
OrderBook parseOrderBook(const JsonRef& depth, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    book.timestamp = depth["updated_at"].integer();
    kit::appendLevels(book.bids, depth["bids"]);
    kit::appendLevels(book.asks, depth["asks"]);
    book.sort();
    return book;
}

// Public: {"deal_id":3514376759,"created_at":1689152421692,"side":"buy","price":"30718.42","amount":"0.00000325"}
// Own: {"deal_id":..,"created_at":..,"market":"BTCUSDT","side":"buy","order_id":..,"price":..,"amount":..,
//  "role":"taker","fee":"0.0299","fee_ccy":"USDT"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = resolve(ex, raw, market);
    Trade t;
    t.timestamp = raw["created_at"].integer();
    t.symbol = symbolOf(ex, raw, market);
    t.id = str(raw["deal_id"]);
    t.order = str(raw["order_id"]);
    t.side = str(raw["side"]);
    t.takerOrMaker = str(raw["role"]);
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    t.cost = num(raw["deal_money"]);
    if (auto feeCost = num(raw["fee"])) {
        auto feeCcy = str(raw["fee_ccy"]);
        t.fee = Fee {feeCost, feeCcy ? OptString(ex.safeCurrencyCode(*feeCcy)) : std::nullopt, std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// {"market":"BTCUSDT","created_at":1701763200000,"open":"..","close":"..","high":"..","low":"..","volume":"..",
//  "value":".."}. The sixth figure is `value` (the quote turnover), as ccxt reads it.
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw["created_at"].integer().value_or(0);
    c.open = num(raw["open"]);
    c.high = num(raw["high"]);
    c.low = num(raw["low"]);
    c.close = num(raw["close"]);
    c.volume = num(raw["value"]);
    return c;
}

Balance parseBalance(const JsonRef& data, const Exchange& ex, bool margin)
{
    Balance b;
    for (const auto& entry : data.items()) {
        BalanceEntry e;
        std::string id;
        if (margin) {
            // {"margin_account":"BTCUSDT","base_ccy":"BTC","quote_ccy":"USDT","available":{"base_ccy":"..",
            //  "quote_ccy":".."},"frozen":{..},"repaid":{..},"interest":{..}}
            id = entry["base_ccy"].stringOr("");
            e.free = num(entry["available"]["base_ccy"]);
            e.used = num(entry["frozen"]["base_ccy"]);
        } else {
            // {"ccy":"USDT","available":"..","frozen":".."}
            id = entry["ccy"].stringOr("");
            e.free = num(entry["available"]);
            e.used = num(entry["frozen"]);
        }
        if (!id.empty()) {
            b.currencies[ex.safeCurrencyCode(id)] = e;
        }
    }
    b.info = JsonValue::fromRef(data);
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    if (status == "not_deal" || status == "part_deal" || status == "open") {
        return "open";
    }
    if (status == "done") {
        return "closed";
    }
    if (status == "cancel") {
        return "canceled";
    }
    return std::string(status);
}

// {"order_id":117180532345,"market":"BTCUSDT","market_type":"SPOT","side":"buy","type":"limit",
//  "amount":"0.0001","price":"61000","unfilled_amount":"0.0001","filled_amount":"0","filled_value":"0",
//  "client_id":"..","base_fee":"0","quote_fee":"0","discount_fee":"0","maker_fee_rate":"0.002",
//  "taker_fee_rate":"0.002","created_at":1712216400000,"updated_at":1712216400000,"status":"open"}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = resolve(ex, raw, market);
    Order o;
    o.id = str(raw["position_id"]);
    if (!o.id) {
        o.id = str(raw["order_id"]);
    }
    if (!o.id) {
        o.id = str(raw["stop_id"]);
    }
    o.clientOrderId = str(raw["client_id"]);
    o.timestamp = raw["created_at"].integer();
    o.lastTradeTimestamp = raw["updated_at"].integer();
    if (o.lastTradeTimestamp == 0) {
        o.lastTradeTimestamp = o.timestamp;
    }
    if (auto status = str(raw["status"])) {
        o.status = parseOrderStatus(*status);
    }
    o.symbol = symbolOf(ex, raw, market);
    o.type = str(raw["type"]);
    o.side = str(raw["side"]);
    if (o.side == "long") {
        o.side = "buy";
    } else if (o.side == "short") {
        o.side = "sell";
    }
    o.price = num(raw["price"]);
    o.triggerPrice = num(raw["trigger_price"]);
    o.cost = num(raw["filled_value"]);
    o.average = num(raw["avg_entry_price"]);
    o.amount = num(raw["amount"]);
    o.filled = num(raw["filled_amount"]);
    o.remaining = num(raw["unfilled_amount"]);
    auto feeCcy = str(raw["fee_ccy"]);
    OptString feeCurrency =
        feeCcy ? OptString(ex.safeCurrencyCode(*feeCcy)) : (market ? OptString(market->quote) : std::nullopt);
    OptDecimal feeCost = num(raw["quote_fee"]) ? num(raw["quote_fee"]) : num(raw["fee"]);
    o.fee = Fee {feeCost, feeCurrency, std::nullopt};
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// Deposit: {"deposit_id":..,"created_at":..,"tx_id":"..","ccy":"USDT","chain":"TRC20","deposit_method":"ON_CHAIN",
//  "amount":"..","actual_amount":"..","to_address":"..","confirmations":..,"status":"finished"}
// Withdrawal: {"withdraw_id":..,"created_at":..,"withdraw_method":"on_chain","ccy":"USDT","amount":"..",
//  "actual_amount":"..","chain":"TRC20","tx_fee":"..","fee_asset":"USDT","to_address":"..","memo":"","tx_id":"..",
//  "status":"finished","remark":""}
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    static const std::map<std::string, std::string, std::less<>> statuses {
        {"audit", "pending"},      {"pass", "pending"},    {"audit_required", "pending"}, {"processing", "pending"},
        {"confirming", "pending"}, {"not_pass", "failed"}, {"cancel", "canceled"},        {"finish", "ok"},
        {"finished", "ok"},        {"fail", "failed"},
    };
    Transaction t;
    const bool withdrawal = raw.has("withdraw_id");
    t.type = withdrawal ? "withdrawal" : "deposit";
    t.id = str(raw[withdrawal ? "withdraw_id" : "deposit_id"]);
    t.txid = str(raw["tx_id"]);
    t.timestamp = raw["created_at"].integer();
    t.address = str(raw["to_address"]);
    t.addressTo = t.address;
    t.tag = str(raw["memo"]);
    t.comment = str(raw["remark"]);
    auto currencyId = str(raw["ccy"]);
    if (currencyId) {
        t.currency = ex.safeCurrencyCode(*currencyId);
    }
    if (auto chain = str(raw["chain"])) {
        t.network = *chain;
        for (const auto& [code, chainId] : coinexNetworks()) {
            if (chainId == *chain) {
                t.network = code;
                break;
            }
        }
    }
    t.amount = num(raw["actual_amount"]) ? num(raw["actual_amount"]) : num(raw["amount"]);
    if (auto status = str(raw["status"])) {
        auto it = statuses.find(*status);
        t.status = it == statuses.end() ? *status : it->second;
    }
    auto method = str(raw[withdrawal ? "withdraw_method" : "deposit_method"]);
    t.internal = method && kit::lower(*method) == "local";
    OptDecimal feeCost = withdrawal ? num(raw["tx_fee"]) : OptDecimal(Decimal());
    auto feeCcy = str(raw["fee_asset"]) ? str(raw["fee_asset"]) : str(raw["fee_ccy"]);
    t.fee = Fee {feeCost, feeCcy ? OptString(ex.safeCurrencyCode(*feeCcy)) : std::nullopt, std::nullopt};
    t.info = JsonValue::fromRef(raw);
    return t;
}

TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = resolve(ex, raw, market);
    TradingFee f;
    f.symbol = symbolOf(ex, raw, market);
    f.maker = num(raw["maker_fee_rate"]);
    f.taker = num(raw["taker_fee_rate"]);
    f.percentage = true;
    f.tierBased = true;
    f.info = JsonValue::fromRef(raw);
    return f;
}

// {"address":"1P1JqozxioQwaqPwgMAQdNDYNyaVSqgARq","memo":""}; an address with a memo can also come as
// "address:memo" (not for Conflux, whose addresses start with "cfx:").
DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code)
{
    DepositAddress a;
    a.currency = code;
    std::string full = raw["address"].stringOr("");
    auto colon = full.find(':');
    if (colon != std::string::npos && full.substr(0, colon) != "cfx") {
        a.address = full.substr(0, colon);
        a.tag = full.substr(colon + 1, full.find(':', colon + 1) - colon - 1);
    } else if (!full.empty()) {
        a.address = full;
    }
    if (auto memo = raw["memo"].string()) {
        a.tag = memo->empty() ? (a.tag ? a.tag : std::nullopt) : memo;
    }
    a.info = JsonValue::fromRef(raw);
    return a;
}

} // namespace bourse::ex::coinex
