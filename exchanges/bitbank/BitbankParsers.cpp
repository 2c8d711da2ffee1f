// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitbankParsers.h"

#include "common/RestParams.h"

#include <map>

namespace bourse::ex::bitbank {

using rest::num;
using rest::str;

namespace {

const Market* marketOf(const Exchange& ex, const JsonRef& raw, const Market* market)
{
    if (auto id = str(raw["pair"])) {
        if (const Market* known = ex.findMarketById(*id)) {
            return known;
        }
    }
    return market;
}

// "btc_jpy" -> BTC/JPY for a pair the markets do not know.
std::string symbolOf(const Exchange& ex, const JsonRef& raw, const Market* market)
{
    if (market) {
        return market->symbol;
    }
    auto id = str(raw["pair"]);
    if (!id) {
        return std::string();
    }
    auto underscore = id->find('_');
    if (underscore == std::string::npos) {
        return *id;
    }
    return ex.safeCurrencyCode(rest::upper(id->substr(0, underscore))) + "/"
        + ex.safeCurrencyCode(rest::upper(id->substr(underscore + 1)));
}

} // namespace

Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["name"].stringOr("");
    m.baseId = raw["base_asset"].stringOr("");
    m.quoteId = raw["quote_asset"].stringOr("");
    m.base = ex.safeCurrencyCode(rest::upper(m.baseId));
    m.quote = ex.safeCurrencyCode(rest::upper(m.quoteId));
    m.symbol = m.base + "/" + m.quote;
    m.active = raw["is_enabled"].boolean();
    // Spot fees are charged in the quote currency.
    m.taker = num(raw["taker_fee_rate_quote"]);
    m.maker = num(raw["maker_fee_rate_quote"]);
    m.precision.amount = rest::precisionFromDecimals(raw["amount_digits"]);
    m.precision.price = rest::precisionFromDecimals(raw["price_digits"]);
    m.limits.amount.min = num(raw["unit_amount"]);
    m.limits.amount.max = num(raw["limit_max_amount"]);
    m.info = JsonValue::fromRef(raw);
    return m;
}

TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex)
{
    TradingFee f;
    const Market* market = ex.findMarketById(raw["name"].stringOr(""));
    f.symbol = market ? market->symbol : parseMarket(raw, ex).symbol;
    f.maker = num(raw["maker_fee_rate_quote"]);
    f.taker = num(raw["taker_fee_rate_quote"]);
    f.percentage = true;
    f.tierBased = false;
    f.info = JsonValue::fromRef(raw);
    return f;
}

// {"pair":"btc_jpy","sell":"5372200","buy":"5371801","high":"5430000","low":"5322000","open":"5400000",
//  "last":"5372200","vol":"243.5212","timestamp":1700000000000} (ticker has no "pair")
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = marketOf(ex, raw, market);
    Ticker t;
    t.symbol = symbolOf(ex, raw, market);
    t.timestamp = raw["timestamp"].integer();
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["buy"]);
    t.ask = num(raw["sell"]);
    t.open = num(raw["open"]);
    t.last = num(raw["last"]);
    t.close = t.last;
    t.baseVolume = num(raw["vol"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"asks":[["5372200","0.0100"]],"bids":[["5371801","0.0515"]],...,"timestamp":1700000000000,"sequenceId":"..."}
OrderBook parseOrderBook(const JsonRef& raw, const Market& market)
{
    OrderBook book;
    book.symbol = market.symbol;
    book.timestamp = raw["timestamp"].integer();
    book.bids = rest::priceLevels(raw["bids"]);
    book.asks = rest::priceLevels(raw["asks"]);
    book.sort();
    return book;
}

// Public: {"transaction_id":1143247037,"side":"buy","price":"3836025","amount":"0.0005","executed_at":1694249441593}
// Own: {"trade_id":..,"pair":"btc_jpy","order_id":..,"side":"sell","type":"limit","amount":"0.0005",
//  "price":"3836025","maker_taker":"maker","fee_amount_base":"0","fee_amount_quote":"-0.38","executed_at":..}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = marketOf(ex, raw, market);
    Trade t;
    t.id = str(raw["transaction_id"]) ? str(raw["transaction_id"]) : str(raw["trade_id"]);
    t.timestamp = raw["executed_at"].integer();
    t.symbol = symbolOf(ex, raw, market);
    t.order = str(raw["order_id"]);
    t.type = str(raw["type"]);
    t.side = str(raw["side"]);
    t.takerOrMaker = str(raw["maker_taker"]);
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    if (auto fee = num(raw["fee_amount_quote"])) {
        t.fee = Fee {fee, market ? OptString(market->quote) : std::nullopt, std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw[5].integer().value_or(0);
    c.open = num(raw[0]);
    c.high = num(raw[1]);
    c.low = num(raw[2]);
    c.close = num(raw[3]);
    c.volume = num(raw[4]);
    return c;
}

// {"assets":[{"asset":"jpy","onhand_amount":"1000.0000","locked_amount":"0.0000","free_amount":"1000.0000",...}]}
Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    for (const auto& asset : raw["assets"].items()) {
        auto id = str(asset["asset"]);
        if (!id) {
            continue;
        }
        BalanceEntry e;
        e.free = num(asset["free_amount"]);
        e.used = num(asset["locked_amount"]);
        e.total = num(asset["onhand_amount"]);
        b.currencies[ex.safeCurrencyCode(rest::upper(*id))] = e;
    }
    b.info = JsonValue::fromRef(raw);
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    static const std::map<std::string, std::string, std::less<>> statuses {
        {"INACTIVE", "open"}, // a stop order not triggered yet
        {"UNFILLED", "open"},
        {"PARTIALLY_FILLED", "open"},
        {"FULLY_FILLED", "closed"},
        {"CANCELED_UNFILLED", "canceled"},
        {"CANCELED_PARTIALLY_FILLED", "canceled"},
    };
    auto it = statuses.find(status);
    return it == statuses.end() ? std::string(status) : it->second;
}

// {"order_id":123,"pair":"btc_jpy","side":"buy","type":"limit","start_amount":"0.01","remaining_amount":"0.01",
//  "executed_amount":"0","price":"5000000","post_only":false,"average_price":"0","ordered_at":1700000000000,
//  "trigger_price":"..","status":"UNFILLED"}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = marketOf(ex, raw, market);
    Order o;
    o.id = str(raw["order_id"]);
    o.symbol = symbolOf(ex, raw, market);
    o.timestamp = raw["ordered_at"].integer();
    if (auto status = str(raw["status"])) {
        o.status = parseOrderStatus(*status);
    }
    if (auto type = str(raw["type"])) {
        o.type = rest::lower(*type);
    }
    if (auto side = str(raw["side"])) {
        o.side = rest::lower(*side);
    }
    o.price = num(raw["price"]);
    o.triggerPrice = num(raw["trigger_price"]);
    o.amount = num(raw["start_amount"]);
    o.filled = num(raw["executed_amount"]);
    o.remaining = num(raw["remaining_amount"]);
    // An order with nothing executed says an average price of 0.
    o.average = omitZero(num(raw["average_price"]));
    o.postOnly = raw["post_only"].boolean();
    o.info = JsonValue::fromRef(raw);
    o.complete(o.triggerPrice.has_value());
    return o;
}

// Deposits: {"uuid":"..","asset":"btc","network":"bitcoin","amount":"0.001","txid":"..","status":"DONE",
//  "found_at":1700000000000,"confirmed_at":..}. Withdrawals: {"uuid":"..","asset":"btc","amount":"0.001",
//  "fee":"0.0006","address":"..","network":"bitcoin","destination_tag":..,"txid":"..","status":"DONE",
//  "requested_at":1700000000000}
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, bool deposit)
{
    static const std::map<std::string, std::string, std::less<>> statuses {
        {"FOUND", "pending"},     {"CONFIRMED", "pending"}, {"CONFIRMING", "pending"},
        {"EXAMINING", "pending"}, {"SENDING", "pending"},   {"DONE", "ok"},
        {"REJECTED", "failed"},   {"CANCELED", "canceled"}, {"CONFIRM_TIMEOUT", "failed"},
    };
    Transaction t;
    t.id = str(raw["uuid"]);
    t.txid = str(raw["txid"]);
    t.type = deposit ? "deposit" : "withdrawal";
    if (auto id = str(raw["asset"])) {
        t.currency = ex.safeCurrencyCode(rest::upper(*id));
    }
    t.network = str(raw["network"]);
    t.amount = num(raw["amount"]);
    t.address = str(raw["address"]);
    t.addressTo = t.address;
    t.tag = str(raw["destination_tag"]);
    t.tagTo = t.tag;
    t.timestamp = deposit ? raw["found_at"].integer() : raw["requested_at"].integer();
    if (deposit) {
        t.updated = raw["confirmed_at"].integer();
    }
    if (auto status = str(raw["status"])) {
        auto it = statuses.find(*status);
        t.status = it == statuses.end() ? *status : it->second;
    }
    if (auto fee = num(raw["fee"])) {
        t.fee = Fee {fee, t.currency, std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    return t;
}

} // namespace bourse::ex::bitbank
