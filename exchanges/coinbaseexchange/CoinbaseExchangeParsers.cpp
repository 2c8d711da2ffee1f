// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoinbaseExchangeParsers.h"

#include "CoinbaseCommon.h"
#include "CoinbaseExchange.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace bourse::ex::coinbaseexchange {

using coinbasecommon::lower;
using coinbasecommon::marketFromId;
using coinbasecommon::num;
using coinbasecommon::str;
using coinbasecommon::time8601;

namespace {

// Coinbase network id -> unified code ("ethereum" -> "ETH"); ids it has no code for stay as they are.
std::string networkCode(const std::string& id)
{
    for (const auto& [code, networkId] : coinbaseExchangeNetworks()) {
        if (networkId == id) {
            return code;
        }
    }
    return id;
}

} // namespace

// {"id":"BTC-USD","base_currency":"BTC","quote_currency":"USD","quote_increment":"0.01",
//  "base_increment":"0.00000001","display_name":"BTC/USD","min_market_funds":"1","margin_enabled":false,
//  "post_only":false,"limit_only":false,"cancel_only":false,"trading_disabled":false,"status":"online",
//  "status_message":"","auction_mode":false}
Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["id"].stringOr("");
    // The halves of the id, not base_currency: "BTCAUCTION-USD" names BTC as its base and would collide with
    // BTC-USD.
    auto dash = m.id.find('-');
    m.baseId = m.id.substr(0, dash);
    m.quoteId = dash == std::string::npos ? std::string() : m.id.substr(dash + 1);
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.margin = raw["margin_enabled"].boolean().value_or(false);
    m.active = raw["status"].string() == std::string("online");
    const auto& fees = ex.description().tradingFees;
    m.maker = fees.maker;
    m.taker = fees.taker;
    m.tierBased = fees.tierBased;
    m.percentage = fees.percentage;
    m.precision.amount = num(raw["base_increment"]);
    m.precision.price = num(raw["quote_increment"]);
    m.limits.cost.min = num(raw["min_market_funds"]);
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"id":"USDT","name":"Tether","min_size":"0.000001","status":"online","max_precision":"0.000001",
//  "details":{"type":"crypto","min_withdrawal_amount":0.000001,"max_withdrawal_amount":20000000},
//  "default_network":"ethereum","supported_networks":[{"id":"ethereum","name":"Ethereum","status":"online",
//  "min_withdrawal_amount":0.000001,"max_withdrawal_amount":20000000}]}
Currency parseCurrency(const JsonRef& raw, const Exchange& ex)
{
    Currency c;
    c.id = raw["id"].stringOr("");
    c.code = ex.safeCurrencyCode(c.id);
    c.name = str(raw["name"]);
    JsonRef details = raw["details"];
    c.type = str(details["type"]);
    c.active = raw["status"].string() == std::string("online");
    c.precision = num(raw["max_precision"]);
    c.amountLimits.min = num(details["min_size"]);
    c.withdrawLimits.min = num(details["min_withdrawal_amount"]);
    c.withdrawLimits.max = num(details["max_withdrawal_amount"]);
    for (const auto& n : raw["supported_networks"].items()) {
        Network net;
        net.id = n["id"].stringOr("");
        net.network = networkCode(net.id);
        net.active = n["status"].string() == std::string("online");
        net.withdrawLimits.min = num(n["min_withdrawal_amount"]);
        net.withdrawLimits.max = num(n["max_withdrawal_amount"]);
        net.info = JsonValue::fromRef(n);
        c.networks.push_back(std::move(net));
    }
    c.info = JsonValue::fromRef(raw);
    return c;
}

// ticker: {"trade_id":843439,"price":"0.997999","size":"80.29769","time":"2020-01-28T02:13:33.012523Z",
//          "bid":"0.997094","ask":"0.998","volume":"1903188.03750000"}
// stats:  {"open":"34.19000000","high":"95.70000000","low":"7.06000000","volume":"2.41000000"}
// spark-lines candle: [1639472400, 4.26, 4.38, 4.35, 4.27]  (time, low, high, open, close)
Ticker parseTicker(const JsonRef& raw, const Market* market)
{
    Ticker t;
    t.symbol = market ? market->symbol : std::string();
    if (raw.isArray()) {
        t.last = num(raw[4]);
    } else {
        t.timestamp = time8601(raw["time"]);
        t.bid = num(raw["bid"]);
        t.ask = num(raw["ask"]);
        t.high = num(raw["high"]);
        t.low = num(raw["low"]);
        t.open = num(raw["open"]);
        t.last = raw.has("price") ? num(raw["price"]) : num(raw["last"]);
        t.baseVolume = num(raw["volume"]);
    }
    t.close = t.last;
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"sequence":1924393896,"bids":[["0.01825","24.34811287",2]],"asks":[["0.01826","171.10414904",4]]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    auto side = [](const JsonRef& levels, std::vector<PriceLevel>& into) {
        for (const auto& level : levels.items()) {
            auto price = num(level[0]);
            auto amount = num(level[1]);
            if (price && amount) {
                // The third figure is the number of orders at the level (level 2 of the book).
                into.push_back(PriceLevel {*price, *amount, level[2].integer()});
            }
        }
    };
    side(raw["bids"], book.bids);
    side(raw["asks"], book.asks);
    book.nonce = raw["sequence"].integer();
    book.sort();
    return book;
}

// public: {"trade_id":"15035219","side":"sell","size":"0.27426731","price":"25820.42000000",
//          "time":"2023-09-10T13:47:41.447577Z"}
// fill:   {"trade_id":82047307,"product_id":"BTC-USD","order_id":"d50ec984-...","side":"sell",
//          "size":"0.00513192","price":"9314.78","created_at":"2014-11-07T22:19:28.578544Z","liquidity":"T",
//          "fee":"0.00025","settled":true,"usd_volume":"0.0924556000000000"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    t.info = JsonValue::fromRef(raw);
    t.timestamp = raw.has("time") ? time8601(raw["time"]) : time8601(raw["created_at"]);
    Market m = marketFromId(str(raw["product_id"]), ex, market);
    t.symbol = m.symbol;
    OptDecimal feeRate;
    if (!m.quoteId.empty()) {
        // A fill reports its value in the quote currency as "<quote>_value" ("usd_value").
        t.cost = num(raw[lower(m.quoteId) + "_value"]);
        if (auto liquidity = str(raw["liquidity"])) {
            t.takerOrMaker = *liquidity == "T" ? "taker" : "maker";
            feeRate = *liquidity == "T" ? m.taker : m.maker;
        }
    }
    Fee fee;
    fee.cost = raw.has("fill_fees") ? num(raw["fill_fees"]) : num(raw["fee"]);
    fee.currency = m.quote.empty() ? OptString() : OptString(m.quote);
    fee.rate = feeRate;
    t.fee = fee;
    t.id = str(raw["trade_id"]);
    t.order = str(raw["order_id"]);
    // The public feed names the maker's side; a fill (or a match with both order ids) names the user's own.
    const bool buy = raw["side"].string() == std::string("buy");
    const bool ownSide = t.order || (raw.has("maker_order_id") && raw.has("taker_order_id"));
    t.side = ownSide ? (buy ? "buy" : "sell") : (buy ? "sell" : "buy");
    t.price = num(raw["price"]);
    t.amount = num(raw["size"]);
    t.complete();
    return t;
}

// [1591514160, 0.02507, 0.02507, 0.02507, 0.02507, 0.02816506]  (time, low, high, open, close, volume)
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw[0].integer().value_or(0) * 1000;
    c.open = num(raw[3]);
    c.high = num(raw[2]);
    c.low = num(raw[1]);
    c.close = num(raw[4]);
    c.volume = num(raw[5]);
    return c;
}

// [{"id":"4aac9c60-...","currency":"BTC","balance":"0.0000000000000000","available":"0",
//   "hold":"0.0000000000000000","profile_id":"b709263e-..."}]
Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    b.info = JsonValue::fromRef(raw);
    for (const auto& entry : raw.items()) {
        auto id = str(entry["currency"]);
        if (!id) {
            continue;
        }
        BalanceEntry e;
        e.free = num(entry["available"]);
        e.used = num(entry["hold"]);
        e.total = num(entry["balance"]);
        b.currencies[ex.safeCurrencyCode(*id)] = e;
    }
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    if (status == "pending" || status == "active" || status == "open" || status == "canceling") {
        return "open";
    }
    if (status == "done") {
        return "closed";
    }
    return std::string(status);
}

// {"id":"d0c5340b-...","price":"0.10000000","size":"0.01000000","product_id":"BTC-USD","side":"buy",
//  "stp":"dc","type":"limit","time_in_force":"GTC","post_only":false,"created_at":"2016-12-08T20:02:28.53864Z",
//  "fill_fees":"0.0000000000000000","filled_size":"0.00000000","executed_value":"0.0000000000000000",
//  "status":"pending","settled":false}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Order o;
    o.info = JsonValue::fromRef(raw);
    o.timestamp = time8601(raw["created_at"]);
    Market m = marketFromId(str(raw["product_id"]), ex, market);
    o.symbol = m.symbol;
    if (auto status = str(raw["status"])) {
        o.status = parseOrderStatus(*status);
        // A "done" order may be done because it was cancelled.
        if (o.status == "closed" && raw["done_reason"].string() == std::string("canceled")) {
            o.status = "canceled";
        }
    }
    o.price = num(raw["price"]);
    o.filled = num(raw["filled_size"]);
    o.amount = raw.has("size") ? num(raw["size"]) : o.filled;
    o.cost = num(raw["executed_value"]);
    if (auto feeCost = num(raw["fill_fees"])) {
        Fee fee;
        fee.cost = feeCost;
        fee.currency = m.quote.empty() ? OptString() : OptString(m.quote);
        o.fee = fee;
    }
    o.id = str(raw["id"]);
    o.type = str(raw["type"]);
    o.side = str(raw["side"]);
    o.timeInForce = str(raw["time_in_force"]);
    o.postOnly = raw["post_only"].boolean();
    o.triggerPrice = num(raw["stop_price"]);
    o.clientOrderId = str(raw["client_oid"]);
    o.complete();
    return o;
}

// {"id":"19ac524d-...","type":"withdraw","created_at":"2020-03-20 18:13:16.63883+00",
//  "completed_at":"2020-03-20 18:13:18.000Z","canceled_at":null,"processed_at":"2020-03-20 18:13:17.18+00",
//  "account_id":"2a11354d-...","user_id":"5eeac63c...","amount":"1.00000000",
//  "details":{"fee":"0.00000000","network":"bitcoin","sent_to_address":"3QsT...","crypto_transaction_hash":"..."}}
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, const OptString& code)
{
    Transaction t;
    t.info = JsonValue::fromRef(raw);
    JsonRef details = raw["details"];
    t.timestamp = time8601(raw["created_at"]);
    if (auto id = str(raw["currency"])) {
        t.currency = ex.safeCurrencyCode(*id);
    } else {
        t.currency = code;
    }
    t.amount = num(raw["amount"]);
    t.type = str(raw["type"]);
    OptString address = str(details["crypto_address"]);
    if (auto a = str(raw["crypto_address"])) {
        address = a;
    }
    Fee fee;
    if (t.type == "withdraw") {
        t.type = "withdrawal";
        if (auto to = str(details["sent_to_address"])) {
            address = to;
        }
        if (auto feeCost = num(details["fee"])) {
            // The amount Coinbase reports includes the fee; what arrives is the rest.
            if (t.amount) {
                t.amount = *t.amount - *feeCost;
            }
            fee.cost = feeCost;
            fee.currency = t.currency;
        }
    }
    t.fee = fee;
    if (auto network = str(details["network"])) {
        t.network = networkCode(*network);
    }
    t.id = str(raw["id"]);
    t.txid = str(details["crypto_transaction_hash"]);
    if (!raw["canceled_at"].isNull()) {
        t.status = "canceled";
    } else if (!raw["completed_at"].isNull()) {
        t.status = "ok";
    } else if (!raw["processed_at"].isNull()) {
        t.status = "failed";
    } else {
        t.status = "pending";
    }
    t.address = address;
    t.addressTo = str(details["crypto_address"]);
    t.tag = str(details["destination_tag"]);
    t.updated = time8601(raw["processed_at"]);
    t.internal = false;
    return t;
}

OptInt parseTime(const JsonRef& raw)
{
    // Seconds with a fraction; through a double and truncated, as ccxt's safeTimestamp does.
    auto text = raw["epoch"].string();
    if (!text) {
        return std::nullopt;
    }
    char* end = nullptr;
    double seconds = std::strtod(text->c_str(), &end);
    if (end == text->c_str() || !std::isfinite(seconds)) {
        return std::nullopt;
    }
    return static_cast<long long>(std::trunc(seconds * 1000));
}

} // namespace bourse::ex::coinbaseexchange
