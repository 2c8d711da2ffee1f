// SPDX-License-Identifier: GPL-3.0-or-later
#include "KrakenParsers.h"

#include "Kraken.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace bourse::ex::kraken {

namespace {

// ccxt reads "" and null as absent (its safe* accessors), and so do we.
OptString str(const JsonRef& v)
{
    auto s = v.string();
    if (!s || s->empty()) {
        return std::nullopt;
    }
    return s;
}

OptDecimal num(const JsonRef& v)
{
    return v.decimal();
}

OptDecimal num(const OptString& text)
{
    return text ? Decimal::parse(*text) : std::nullopt;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

bool contains(std::string_view s, std::string_view part)
{
    return s.find(part) != std::string_view::npos;
}

// 10^-n for a count of decimals (ccxt's parsePrecision).
OptDecimal precisionFromDecimals(const JsonRef& v)
{
    auto n = v.integer();
    if (!n) {
        return std::nullopt;
    }
    return Decimal::pow10(-static_cast<int>(*n));
}

// The part of a sentence ("buy 0.1 LTCUSDT @ limit 30") at an index, absent past the end.
OptString word(const std::vector<std::string>& words, size_t i)
{
    return i < words.size() && !words[i].empty() ? OptString(words[i]) : std::nullopt;
}

std::vector<std::string> splitSpaces(const std::string& text)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (true) {
        size_t end = text.find(' ', start);
        out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    return out;
}

} // namespace

OptInt timestampFromSeconds(const JsonRef& value)
{
    auto text = value.stringView();
    if (!text || text->empty()) {
        return std::nullopt;
    }
    std::string s(*text);
    char* end = nullptr;
    double seconds = std::strtod(s.c_str(), &end);
    if (end == s.c_str() || !std::isfinite(seconds)) {
        return std::nullopt;
    }
    return static_cast<long long>(std::trunc(seconds * 1000));
}

// {"altname":"XBTUSDT","wsname":"XBT/USDT","aclass_base":"currency","base":"XXBT","aclass_quote":"currency",
//  "quote":"USDT","lot":"unit","cost_decimals":5,"pair_decimals":1,"lot_decimals":8,"lot_multiplier":1,
//  "leverage_buy":[2,3],"leverage_sell":[2,3],"fees":[[0,0.4],[10000,0.35]],"fees_maker":[[0,0.25],[10000,0.2]],
//  "fee_volume_currency":"ZUSD","margin_call":80,"margin_stop":40,"ordermin":"0.0001","costmin":"0.5",
//  "tick_size":"0.1","status":"online"}
Market parseMarket(std::string_view id, const JsonRef& raw, const Kraken& ex)
{
    Market m;
    m.id = std::string(id);
    auto baseRaw = str(raw["base"]);
    auto quoteRaw = str(raw["quote"]);
    if (!baseRaw) {
        throw Error(ErrorKind::ExchangeError, "kraken AssetPairs " + m.id + " has no base asset");
    }
    // ccxt 4.5.84 keeps the unified codes as baseId/quoteId too; Kraken accepts either in requests.
    m.base = m.baseId = ex.currencyCode(*baseRaw);
    m.quote = m.quoteId = quoteRaw ? ex.currencyCode(*quoteRaw) : std::string();
    // Dark-pool pairs ("XBTUSD.d") were dropped from AssetPairs; synthetic ":BTNL" pairs keep their id as symbol.
    m.symbol = contains(m.id, ":BTNL") ? m.id : m.base + "/" + m.quote;
    m.type = "spot";
    m.spot = true;
    JsonRef leverageBuy = raw["leverage_buy"];
    m.margin = leverageBuy.size() > 0;
    m.active = raw["status"].string() == std::string("online");
    // Fee tiers are [volume, percent]; the first tier is the one a new account pays.
    if (auto maker = num(raw["fees_maker"][0][1])) {
        m.maker = maker->divided(Decimal(100));
    }
    if (auto taker = num(raw["fees"][0][1])) {
        m.taker = taker->divided(Decimal(100));
    }
    m.precision.price = precisionFromDecimals(raw["pair_decimals"]);
    m.precision.amount = precisionFromDecimals(raw["lot_decimals"]);
    m.limits.leverage.min = Decimal(1);
    m.limits.leverage.max = leverageBuy.size() > 0 ? num(leverageBuy[leverageBuy.size() - 1]) : OptDecimal(Decimal(1));
    m.limits.amount.min = num(raw["ordermin"]);
    m.limits.cost.min = num(raw["costmin"]);
    // ccxt's kraken markets also carry these two; orders and trades name pairs by the altname.
    m.extra = JsonValue::object();
    m.extra.set("altname", JsonValue::fromRef(raw["altname"]));
    m.extra.set("wsId", str(raw["wsname"]));
    m.info = JsonValue::fromRef(raw);
    return m;
}

// "XXBT": {"aclass":"currency","altname":"XBT","decimals":10,"display_decimals":5,"margin_rate":0.01,
//          "status":"enabled"}
// "XBT.M": {"aclass":"currency","altname":"XBT.M","decimals":10,"display_decimals":5,"status":"enabled"}
Currency parseCurrency(std::string_view id, const JsonRef& raw, const Kraken& ex)
{
    Currency c;
    c.id = std::string(id);
    c.code = ex.currencyCode(id);
    auto altname = str(raw["altname"]);
    // "XXBT" is "XBT" to Kraken's users: an X/Z-prefixed name is mapped through its altname.
    if (!contains(id, ".") && altname && *altname != id && (startsWith(id, "X") || startsWith(id, "Z"))) {
        c.code = ex.currencyCode(*altname);
    }
    c.name = altname;
    c.active = raw["status"].string() == std::string("enabled");
    c.type = contains(c.code, ".HOLD") ? "fiat" : "crypto";
    c.precision = precisionFromDecimals(raw["decimals"]);
    c.info = JsonValue::fromRef(raw);
    return c;
}

// {"a":["2432.77000","1","1.000"],"b":["2431.37000","2","2.000"],"c":["2430.58000","0.04408910"],
//  "v":["4147.94474901","8896.96086304"],"p":["2456.22239","2568.63032"],"t":[3907,10056],
//  "l":["2302.18000","2302.18000"],"h":["2621.14000","2860.01000"],"o":"2571.56000"}
Ticker parseTicker(const JsonRef& raw, const Market* market, std::string_view pair)
{
    Ticker t;
    t.symbol = market ? market->symbol : std::string(pair);
    // Index 1 of v, p, h and l is the last 24 hours (index 0: today since midnight UTC).
    t.baseVolume = num(raw["v"][1]);
    t.vwap = num(raw["p"][1]);
    if (t.baseVolume && t.vwap) {
        t.quoteVolume = *t.baseVolume * *t.vwap;
    }
    t.close = num(raw["c"][0]);
    t.high = num(raw["h"][1]);
    t.low = num(raw["l"][1]);
    // a and b are [price, whole-lot volume, lot volume].
    t.bid = num(raw["b"][0]);
    t.bidVolume = num(raw["b"][2]);
    t.ask = num(raw["a"][0]);
    t.askVolume = num(raw["a"][2]);
    t.open = num(raw["o"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"asks":[["0.023480","4.000",1586321307],["0.023490","50.095",1586321306]],
//  "bids":[["0.023470","59.580",1586321307],["0.023460","20.000",1586321301]]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    auto side = [](const JsonRef& levels, std::vector<PriceLevel>& into) {
        into.reserve(levels.size());
        for (const auto& level : levels.items()) {
            auto price = num(level[0]);
            auto amount = num(level[1]);
            if (price && amount) {
                // The third field is the level's last update, in seconds.
                into.push_back({*price, *amount, level[2].integer()});
            }
        }
    };
    side(raw["bids"], book.bids);
    side(raw["asks"], book.asks);
    book.sort();
    return book;
}

// Public (Trades):  ["73324.40000","0.01030900",1710327959.1733468,"b","m","",6324366]
//                   [price, volume, time, buy/sell, market/limit, misc, trade id]
// Private (TradesHistory, QueryTrades):
//   {"ordertxid":"OSJVN7-A2AE-63WZV","postxid":"TBP7O6-PNXI-CONU","pair":"XXBTZUSD","time":1710429248.3052235,
//    "type":"sell","ordertype":"limit","price":"72026.50000","cost":"7.20265","fee":"0.01873","vol":"0.00010000",
//    "margin":"0.00000","misc":"","trade_id":68230622,"maker":false}
Trade parseTrade(const JsonRef& raw, const Kraken& ex, const Market* market, const OptString& id)
{
    Trade t;
    t.info = JsonValue::fromRef(raw);
    OptString price, amount;
    if (raw.isArray()) {
        t.timestamp = timestampFromSeconds(raw[2]);
        t.side = raw[3].string() == std::string("s") ? "sell" : "buy";
        t.type = raw[4].string() == std::string("l") ? "limit" : "market";
        price = str(raw[0]);
        amount = str(raw[1]);
        // The trade id is the seventh field today; older answers had six, and ccxt then took `last` as the id
        // of the newest trade.
        t.id = raw.size() > 6 ? str(raw[6]) : id;
    } else if (raw.isString()) {
        t.id = str(raw);
    } else if (raw.has("ordertxid")) {
        auto pair = str(raw["pair"]);
        if (pair) {
            market = ex.marketByAltnameOrId(*pair);
        }
        if (!market) {
            t.symbol = pair.value_or(std::string());
        }
        t.order = str(raw["ordertxid"]);
        t.id = id ? id : str(raw["id"]) ? str(raw["id"]) : str(raw["postxid"]);
        t.timestamp = timestampFromSeconds(raw["time"]);
        t.side = str(raw["type"]);
        t.type = str(raw["ordertype"]);
        price = str(raw["price"]);
        amount = str(raw["vol"]);
        if (raw.has("fee")) {
            Fee fee;
            fee.cost = num(raw["fee"]);
            // Kraken charges spot fees in the quote currency unless the order asked otherwise (fcib).
            if (market) {
                fee.currency = market->quote;
            }
            t.fee = fee;
        }
    } else {
        // The shape of Kraken's websocket v2 trades, which ccxt parses here too.
        t.symbol = str(raw["symbol"]).value_or(std::string());
        t.id = str(raw["trade_id"]);
        t.side = str(raw["side"]);
        t.type = str(raw["ord_type"]);
        price = str(raw["price"]);
        amount = str(raw["qty"]);
        if (auto datetime = str(raw["timestamp"])) {
            t.timestamp = parseIso8601(*datetime);
        }
    }
    if (market) {
        t.symbol = market->symbol;
    }
    t.price = num(price);
    t.amount = num(amount);
    t.cost = num(raw["cost"]);
    if (auto maker = raw["maker"].boolean()) {
        t.takerOrMaker = *maker ? "maker" : "taker";
    }
    t.complete();
    return t;
}

std::string parseOrderStatus(std::string_view status)
{
    if (status == "pending" || status == "open" || status == "pending_new" || status == "new"
        || status == "partially_filled") {
        return "open";
    }
    if (status == "filled" || status == "closed") {
        return "closed";
    }
    return std::string(status); // canceled, expired
}

namespace {

// Kraken's dashed order types as unified ones; the spaced ones of an order sentence are read separately.
std::string unifiedOrderType(const std::string& raw)
{
    if (raw == "take-profit" || raw == "stop-loss") {
        return "market";
    }
    if (raw == "stop-loss-limit" || raw == "take-profit-limit" || raw == "trailing-stop-limit") {
        return "limit";
    }
    return raw;
}

} // namespace

// AddOrder:   {"descr":{"order":"buy 0.10000000 LTCUSDT @ stop loss 29.00000 -> limit 30.00000"},
//              "txid":["OJZ42L-YACUJ-YCYN4C"]}
// QueryOrders, OpenOrders, ClosedOrders (keyed by order id):
//   {"refid":null,"userref":0,"cl_ord_id":"1234","status":"closed","reason":null,"opentm":1586822919.3342,
//    "closetm":1586822919.365,"starttm":0,"expiretm":0,"descr":{"pair":"XBTUSDT","type":"sell",
//    "ordertype":"market","price":"0","price2":"0","leverage":"none","order":"sell 0.21804000 XBTUSDT @ market",
//    "close":""},"vol":"0.21804000","vol_exec":"0.21804000","cost":"1493.9","fee":"3.8","price":"6851.5",
//    "stopprice":"0.00000","limitprice":"0.00000","misc":"","oflags":"fciq","trades":["TT5UC3-GOIRW-6AZZ6R"]}
Order parseOrder(const JsonRef& raw, const Kraken& ex, const OptString& id, bool usingCost)
{
    Order o;
    o.info = JsonValue::fromRef(raw);
    JsonRef descr = raw["descr"];
    OptString sentence = descr.isObject() ? str(descr["order"]) : str(descr);
    OptString side, rawType, pair, price, amount, cost, triggerPrice;
    if (sentence) {
        // "<side> <volume> <pair> @ <type> [<price>] [-> limit <price2>]", e.g.
        // "sell 0.00100000 ETHUSDT @ stop loss 2677.00 -> limit 2577.00 with 5:1 leverage".
        auto words = splitSpaces(*sentence);
        side = word(words, 0);
        (usingCost ? cost : amount) = word(words, 1);
        pair = word(words, 2);
        auto part4 = word(words, 4), part5 = word(words, 5);
        if (part4 == "limit" || part4 == "market") {
            rawType = part4;
        } else {
            rawType = part4.value_or("undefined") + " " + part5.value_or("undefined");
        }
        if (rawType == "stop loss" || rawType == "take profit") {
            triggerPrice = word(words, 6);
            price = word(words, 9);
        } else if (rawType == "limit") {
            price = part5;
        }
    }
    if (auto s = str(descr["type"])) {
        side = s;
    }
    if (auto t = str(descr["ordertype"])) {
        rawType = t; // dashed: "take-profit-limit", "trailing-stop"
    }
    if (auto p = str(descr["pair"])) {
        pair = p;
    }
    const Market* market = pair ? ex.marketByAltnameOrId(*pair) : nullptr;
    o.symbol = market ? market->symbol : pair.value_or(std::string());
    o.timestamp = timestampFromSeconds(raw["opentm"]);
    o.lastUpdateTimestamp = timestampFromSeconds(raw["closetm"]);
    if (auto vol = str(raw["vol"])) {
        amount = vol;
    }
    OptString filled = str(raw["vol_exec"]);
    // Kraken rounds the order's cost; like ccxt we derive it from the average price and the filled volume.
    if (auto p = str(descr["price"])) {
        price = p;
    }
    // A trailing stop's price is its offset ("+50.0000%"), and 0 means none.
    if (price && (price->back() == '%' || (num(price) && num(price)->isZero()))) {
        price.reset();
    }
    if (!price) {
        price = str(raw["limitprice"]) ? str(raw["limitprice"])
            : str(raw["price"])        ? str(raw["price"])
                                       : str(descr["price2"]);
    }
    std::string flags = str(raw["oflags"]).value_or(std::string());
    bool postOnly = contains(flags, "post");
    if (raw.has("fee")) {
        Fee fee;
        fee.cost = num(raw["fee"]);
        // fciq / fcib: fees taken in quote / base currency.
        if (contains(flags, "fciq")) {
            fee.currency = market ? OptString(market->quote) : std::nullopt;
        } else if (contains(flags, "fcib")) {
            fee.currency = market ? OptString(market->base) : std::nullopt;
        }
        o.fee = fee;
    }
    o.status = str(raw["status"]) ? OptString(parseOrderStatus(*str(raw["status"]))) : std::nullopt;
    o.id = id;
    for (const char* key : {"id", "txid", "order_id", "amend_id"}) {
        if (!o.id) {
            o.id = str(raw[key]);
        }
    }
    if (!o.id || startsWith(*o.id, "[")) {
        o.id = str(raw["txid"][0]);
    }
    o.clientOrderId = str(raw["cl_ord_id"]) ? str(raw["cl_ord_id"]) : str(raw["userref"]);
    for (const auto& tradeRef : raw["trades"].items()) {
        Trade t = parseTrade(tradeRef, ex, market);
        if (tradeRef.isString()) {
            // Only the id is known; the trade belongs to this order.
            t.order = o.id;
            t.symbol = o.symbol;
            t.info = JsonValue::object();
            t.extra = JsonValue::object();
            t.extra.set("orderId", o.id);
        }
        o.trades.push_back(std::move(t));
    }
    // Kraken's stopprice is the last trigger seen, not the order's own (ccxt #24192): it is not read.
    if (rawType) {
        if (startsWith(*rawType, "take-profit")) {
            o.takeProfitPrice = num(descr["price"]);
            price = str(descr["price2"]);
            if (num(price) && num(price)->isZero()) {
                price.reset();
            }
        } else if (startsWith(*rawType, "stop-loss")) {
            o.stopLossPrice = num(descr["price"]);
            price = str(descr["price2"]);
            if (num(price) && num(price)->isZero()) {
                price.reset();
            }
        } else if (rawType == "take profit") {
            o.takeProfitPrice = num(triggerPrice);
        } else if (rawType == "stop loss") {
            o.stopLossPrice = num(triggerPrice);
        }
        o.type = unifiedOrderType(*rawType);
        if (o.type == "stop loss" || o.type == "take profit") {
            o.type = price ? "limit" : "market";
        }
    }
    o.side = side;
    o.price = num(price);
    o.triggerPrice = num(triggerPrice);
    o.cost = num(cost);
    o.amount = num(amount);
    o.filled = num(filled);
    o.average = num(raw["price"]);
    o.postOnly = raw.has("amend_id") ? OptBool() : OptBool(postOnly);
    if (auto reduceOnly = raw["reduceOnly"].boolean()) {
        o.reduceOnly = reduceOnly;
    } else {
        o.reduceOnly = raw["reduce_only"].boolean();
    }
    bool triggerOrStop = triggerPrice || o.stopLossPrice || o.takeProfitPrice;
    o.complete(triggerOrStop);
    return o;
}

// [1591475640,"0.02500","0.02500","0.02500","0.02500","0.02500","9.12201000",5]
// [time, open, high, low, close, vwap, volume, count]
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = timestampFromSeconds(raw[0]).value_or(0);
    c.open = num(raw[1]);
    c.high = num(raw[2]);
    c.low = num(raw[3]);
    c.close = num(raw[4]);
    c.volume = num(raw[6]);
    return c;
}

// {"error":[],"result":{"ZUSD":{"balance":"25435.21","hold_trade":"8249.76"},
//                       "XXBT":{"balance":"1.2435","hold_trade":"0.8423"},"XBT.M":{"balance":"0.5"}}}
Balance parseBalance(const JsonRef& response, const Kraken& ex)
{
    Balance b;
    b.info = JsonValue::fromRef(response);
    for (const auto& [assetId, entry] : response["result"].members()) {
        BalanceEntry e;
        e.used = num(entry["hold_trade"]);
        e.total = num(entry["balance"]);
        b.currencies[ex.currencyCode(assetId)] = e;
    }
    b.complete();
    return b;
}

// {"method":"Tether USD (TRC20)","aclass":"currency","asset":"USDT","refid":"54435345","txid":"534jh34jk5h34jk",
//  "info":"T43j5h345j5jh34jksdhjke","amount":"9.00000000","fee":"0.00000000","time":"1714923561",
//  "status":"Success","status-prop":"on-hold","network":"Tron"}
Transaction parseTransaction(const JsonRef& raw, const Kraken& ex, const OptString& type)
{
    Transaction tx;
    tx.info = JsonValue::fromRef(raw);
    tx.id = str(raw["refid"]);
    tx.txid = str(raw["txid"]);
    tx.timestamp = timestampFromSeconds(raw["time"]);
    if (auto asset = str(raw["asset"])) {
        tx.currency = ex.currencyCode(*asset);
    }
    // Kraken's `info` is the address (or the bank reference).
    tx.address = str(raw["info"]);
    tx.amount = num(raw["amount"]);
    if (auto status = str(raw["status"])) {
        // IFEX transaction states; "Settled" is not final yet for Kraken.
        if (status == "Initial" || status == "Pending" || status == "Settled") {
            tx.status = "pending";
        } else if (status == "Success" || status == "Partial") {
            tx.status = "ok";
        } else if (status == "Failure") {
            tx.status = "failed";
        } else {
            tx.status = status;
        }
    }
    // Held for review, being cancelled, or a withdrawal on hold: not settled either way yet.
    auto prop = str(raw["status-prop"]);
    if (prop == "on-hold" || prop == "cancel-pending" || prop == "onhold") {
        tx.status = "pending";
    }
    tx.type = type;
    if (auto network = str(raw["network"])) {
        const auto& networks = krakenWithdrawNetworks();
        auto it = networks.find(*network);
        tx.network = it == networks.end() ? *network : it->second;
    }
    Fee fee;
    fee.currency = tx.currency;
    fee.cost = num(raw["fee"]);
    if (!fee.cost && type == "deposit") {
        fee.cost = Decimal(0); // Kraken charges nothing to receive
    }
    tx.fee = fee;
    return tx;
}

// {"currency":"ZUSD","volume":"0.0000","fees":{"XXBTZUSD":{"fee":"0.2600","minfee":"0.1000","maxfee":"0.2600",
//  "nextfee":"0.2400","tiervolume":"0.0000","nextvolume":"50000.0000"}},"fees_maker":{"XXBTZUSD":{"fee":"0.1600",
//  "minfee":"0.0000","maxfee":"0.1600","nextfee":"0.1400","tiervolume":"0.0000","nextvolume":"50000.0000"}}}
TradingFee parseTradingFee(const JsonRef& result, const Market& market)
{
    TradingFee f;
    f.info = JsonValue::fromRef(result);
    f.symbol = market.symbol;
    // Percentages: 0.2600 is 0.26 %.
    if (auto maker = num(result["fees_maker"][market.id]["fee"])) {
        f.maker = maker->divided(Decimal(100));
    }
    if (auto taker = num(result["fees"][market.id]["fee"])) {
        f.taker = taker->divided(Decimal(100));
    }
    f.percentage = true;
    f.tierBased = true;
    return f;
}

// {"address":"0x77b5051f97efa9cc52c9ad5b023a53fc15c200d3","expiretm":"0","new":true}
// {"address":"rLHzPsX6oXkzU2qL12kHCH8G8cnZv1rBJh","expiretm":"0","tag":"1361101127"}
DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code)
{
    DepositAddress a;
    a.info = JsonValue::fromRef(raw);
    a.currency = code;
    a.address = str(raw["address"]);
    a.tag = str(raw["tag"]);
    // ccxt's checkAddress: an address must exist, have no space and not be one repeated character.
    const std::string& address = a.address.value_or(std::string());
    bool oneCharacter = !address.empty() && address.find_first_not_of(address.front()) == std::string::npos;
    if (!a.address || oneCharacter || contains(address, " ")) {
        throw Error(ErrorKind::InvalidAddress, "kraken address is missing or invalid: \"" + address + "\"");
    }
    return a;
}

} // namespace bourse::ex::kraken
