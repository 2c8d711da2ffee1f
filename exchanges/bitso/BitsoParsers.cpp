// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitsoParsers.h"

#include "BalanceList.h"
#include "common/AdapterKit.h"

namespace bourse::ex::bitso {

using kit::num;
using kit::str;

namespace {

// "btc_mxn" -> BTC/MXN for a book the markets cache does not know.
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
    auto sep = id->find('_');
    if (sep == std::string::npos) {
        return *id;
    }
    return ex.safeCurrencyCode(kit::upper(id->substr(0, sep))) + "/"
        + ex.safeCurrencyCode(kit::upper(id->substr(sep + 1)));
}

OptDecimal absolute(const OptDecimal& v)
{
    return v ? OptDecimal(v->abs()) : std::nullopt;
}

// Bitso's network ids for the chains whose unified code differs from the upper-cased id.
std::string networkCode(const std::string& id)
{
    static const std::pair<const char*, const char*> known[] = {
        {"trx", "TRC20"}, {"erc20", "ERC20"}, {"bsc", "BEP20"}, {"bep2", "BEP2"}};
    for (const auto& [bitsoId, code] : known) {
        if (id == bitsoId) {
            return code;
        }
    }
    return kit::upper(id);
}

} // namespace

OptInt parseTime(const JsonRef& v)
{
    auto text = str(v);
    if (!text) {
        return std::nullopt;
    }
    auto ms = parseIso8601(*text);
    // "+hhmm" as well as "+hh:mm" after the seconds.
    auto sign = text->find_first_of("+-", 19);
    if (!ms || sign == std::string::npos) {
        return ms;
    }
    std::string digits;
    for (char c : text->substr(sign + 1)) {
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
        }
    }
    if (digits.size() != 4) {
        return ms;
    }
    const long long minutes = std::stoll(digits.substr(0, 2)) * 60 + std::stoll(digits.substr(2));
    return *ms - ((*text)[sign] == '+' ? 1 : -1) * minutes * 60000;
}

// {"book":"btc_mxn","minimum_amount":".003","maximum_amount":"1000.00","minimum_price":"100.00",
//  "maximum_price":"1000000.00","minimum_value":"25.00","maximum_value":"1000000.00","tick_size":"0.01",
//  "fees":{"flat_rate":{"maker":"0.500","taker":"0.650"},"structure":[{"volume":"1500000","maker":"0.00500",
//  "taker":"0.00650"},...]}}
Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["book"].stringOr("");
    auto sep = m.id.find('_');
    if (m.id.empty() || sep == std::string::npos) {
        throw Error(ErrorKind::BadResponse, "bitso sent a book without a base_quote id");
    }
    m.baseId = m.id.substr(0, sep);
    m.quoteId = m.id.substr(sep + 1);
    m.base = ex.safeCurrencyCode(kit::upper(m.baseId));
    m.quote = ex.safeCurrencyCode(kit::upper(m.quoteId));
    m.symbol = m.base + "/" + m.quote;
    // The flat rate is in percent; the first volume tier, where there is one, is the rate that applies.
    JsonRef fees = raw["fees"];
    if (auto taker = num(fees["flat_rate"]["taker"])) {
        m.taker = taker->divided(Decimal(100));
    }
    if (auto maker = num(fees["flat_rate"]["maker"])) {
        m.maker = maker->divided(Decimal(100));
    }
    JsonValue takerTiers = JsonValue::array();
    JsonValue makerTiers = JsonValue::array();
    bool first = true;
    for (const auto& tier : fees["structure"].items()) {
        JsonValue t = JsonValue::array();
        t.push(num(tier["volume"]));
        t.push(num(tier["taker"]));
        takerTiers.push(std::move(t));
        JsonValue k = JsonValue::array();
        k.push(num(tier["volume"]));
        k.push(num(tier["maker"]));
        makerTiers.push(std::move(k));
        if (first) {
            m.taker = num(tier["taker"]);
            m.maker = num(tier["maker"]);
            first = false;
        }
    }
    m.extra = JsonValue::object();
    JsonValue tiers = JsonValue::object();
    tiers.set("taker", std::move(takerTiers));
    tiers.set("maker", std::move(makerTiers));
    m.extra.set("tiers", std::move(tiers));
    m.percentage = true;
    m.tierBased = true;
    if (const Currency* c = ex.findCurrency(m.base)) {
        m.precision.amount = c->precision;
    }
    m.precision.price = num(raw["tick_size"]);
    m.limits.amount = {num(raw["minimum_amount"]), num(raw["maximum_amount"])};
    m.limits.price = {num(raw["minimum_price"]), num(raw["maximum_price"])};
    m.limits.cost = {num(raw["minimum_value"]), num(raw["maximum_value"])};
    m.info = JsonValue::fromRef(raw);
    return m;
}

Currency parseCurrency(const JsonRef& raw, const Exchange& ex)
{
    Currency c;
    c.id = raw["code"].stringOr("");
    c.code = ex.safeCurrencyCode(kit::upper(c.id));
    c.name = str(raw["full_name"]);
    if (auto places = raw["precision"].integer()) {
        c.precision = Decimal::pow10(-static_cast<int>(*places));
    }
    c.type = str(raw["type"]);
    c.info = JsonValue::fromRef(raw);
    return c;
}

// {"book":"btc_mxn","volume":"22.31349615","high":"5750.00","last":"5633.98","low":"5450.00","vwap":"5393.45",
//  "ask":"5632.24","bid":"5520.01","created_at":"2016-04-08T17:52:31.000+00:00"}
Ticker parseTicker(const JsonRef& raw, const Market& market)
{
    Ticker t;
    t.symbol = market.symbol;
    t.timestamp = parseTime(raw["created_at"]);
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["bid"]);
    t.ask = num(raw["ask"]);
    t.vwap = num(raw["vwap"]);
    t.last = num(raw["last"]);
    t.close = t.last;
    t.baseVolume = num(raw["volume"]);
    if (t.baseVolume && t.vwap) {
        t.quoteVolume = *t.baseVolume * *t.vwap;
    }
    t.info = JsonValue::fromRef(raw);
    t.complete(&market);
    return t;
}

// {"asks":[{"book":"btc_mxn","price":"5632.24","amount":"1.34491802"}],"bids":[...],
//  "updated_at":"2016-04-08T17:52:31.000+00:00","sequence":"27214"}
OrderBook parseOrderBook(const JsonRef& raw, const Market& market)
{
    OrderBook book;
    book.symbol = market.symbol;
    book.timestamp = parseTime(raw["updated_at"]);
    kit::appendLevels(book.bids, raw["bids"], "price", "amount");
    kit::appendLevels(book.asks, raw["asks"], "price", "amount");
    book.sort();
    return book;
}

// Public: {"book":"btc_usdt","created_at":"2024-03-13T10:59:59+0000","amount":"0.00007045","maker_side":"sell",
//  "price":"73320","tid":"119089863"}
// user_trades: {"book":"btc_mxn","major":"-0.25232073","created_at":"..","minor":"1013.540958479115",
//  "fees_amount":"-10.237787459744","fees_currency":"mxn","price":"4057.45","tid":"51756","oid":"g81d3y1ywri0yg8m",
//  "side":"sell","maker_side":"buy"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    t.id = str(raw["tid"]);
    t.timestamp = parseTime(raw["created_at"]);
    t.symbol = symbolOf(ex, str(raw["book"]), market);
    t.order = str(raw["oid"]);
    auto side = str(raw["side"]);
    auto makerSide = str(raw["maker_side"]);
    if (side) {
        // The user's own trade: maker when its side is the resting one.
        t.side = side;
        t.takerOrMaker = side == makerSide ? "maker" : "taker";
    } else {
        // A public trade names the resting side; the trade's side is the taker's.
        t.side = makerSide == OptString("buy") ? "sell" : "buy";
    }
    t.amount = absolute(num(raw["amount"]) ? num(raw["amount"]) : num(raw["major"]));
    t.cost = absolute(num(raw["minor"]));
    t.price = num(raw["price"]);
    if (auto feeCost = num(raw["fees_amount"])) {
        auto feeCurrency = str(raw["fees_currency"]);
        t.fee = Fee {feeCost, feeCurrency ? OptString(ex.safeCurrencyCode(kit::upper(*feeCurrency))) : std::nullopt,
                     std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// {"bucket_start_time":1648219140000,"first_rate":"44958.60","last_rate":"44979.88","min_rate":"44932.17",
//  "max_rate":"44979.88","volume":"0.00103918",...}
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw["bucket_start_time"].integer().value_or(0);
    c.open = num(raw["first_rate"]);
    c.high = num(raw["max_rate"]);
    c.low = num(raw["min_rate"]);
    c.close = num(raw["last_rate"]);
    c.volume = num(raw["volume"]);
    return c;
}

// {"balances":[{"currency":"mxn","total":"100.1234","locked":"25.1234","available":"75.0000"}]}
Balance parseBalance(const JsonRef& payload, const Exchange& ex)
{
    return kit::balanceFromList(payload["balances"], ex, {"currency", "available", "locked", "total"});
}

std::string parseOrderStatus(std::string_view status)
{
    if (status == "partial-fill" || status == "partially filled" || status == "queued") {
        return "open";
    }
    if (status == "completed") {
        return "closed";
    }
    return std::string(status);
}

// {"book":"btc_mxn","original_amount":"0.01000000","unfilled_amount":"0.00500000","original_value":"56.0",
//  "created_at":"2016-04-08T17:52:31.000+00:00","updated_at":"..","price":"5600.00","oid":"543cr2v32a1h6844",
//  "side":"buy","status":"partial-fill","type":"limit","client_id":"..."}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Order o;
    o.id = str(raw["oid"]);
    o.clientOrderId = str(raw["client_id"]);
    o.timestamp = parseTime(raw["created_at"]);
    o.symbol = symbolOf(ex, str(raw["book"]), market);
    o.type = str(raw["type"]);
    o.side = str(raw["side"]);
    o.price = num(raw["price"]);
    o.amount = num(raw["original_amount"]);
    o.remaining = num(raw["unfilled_amount"]);
    if (auto status = str(raw["status"])) {
        o.status = parseOrderStatus(*status);
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

Order orderWithId(const std::string& id, const std::string& symbol)
{
    Order o;
    o.id = id;
    o.symbol = symbol;
    o.info = JsonValue(id);
    o.complete();
    return o;
}

// {"fid":"c5b8d7f0768ee91d3b33bee648318688","status":"pending","created_at":"2016-04-08T17:52:31.000+00:00",
//  "currency":"btc","method":"btc","amount":"0.48650929","details":{"tx_hash":"..","receiving_address":".."}}
// Withdrawals carry "wid" and details.withdrawal_address.
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    Transaction t;
    auto withdrawId = str(raw["wid"]);
    t.id = withdrawId ? withdrawId : str(raw["fid"]);
    t.type = withdrawId ? "withdrawal" : "deposit";
    JsonRef details = raw["details"];
    t.txid = str(details["tx_hash"]);
    t.timestamp = parseTime(raw["created_at"]);
    auto withdrawalAddress = str(details["withdrawal_address"]);
    auto receivingAddress = str(details["receiving_address"]);
    t.addressFrom = receivingAddress;
    t.addressTo = withdrawalAddress;
    t.address = withdrawalAddress ? withdrawalAddress : receivingAddress;
    auto network = str(raw["network"]) ? str(raw["network"]) : str(raw["method"]);
    if (network) {
        t.network = networkCode(*network);
    }
    t.amount = num(raw["amount"]);
    auto currencyId = str(raw["currency"]) ? str(raw["currency"]) : str(raw["asset"]);
    if (currencyId) {
        t.currency = ex.safeCurrencyCode(kit::upper(*currencyId));
    }
    if (auto status = str(raw["status"])) {
        if (*status == "pending" || *status == "in_progress") {
            t.status = "pending";
        } else if (*status == "complete") {
            t.status = "ok";
        } else {
            t.status = *status;
        }
    }
    t.info = JsonValue::fromRef(raw);
    return t;
}

// {"book":"btc_mxn","fee_decimal":"0.0001","fee_percent":"0.01","taker_fee_decimal":"0.0065",
//  "maker_fee_decimal":"0.0050",...}
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex)
{
    TradingFee f;
    f.symbol = symbolOf(ex, str(raw["book"]), nullptr);
    f.maker = num(raw["maker_fee_decimal"]);
    f.taker = num(raw["taker_fee_decimal"]);
    f.percentage = true;
    f.tierBased = true;
    f.info = JsonValue::fromRef(raw);
    return f;
}

} // namespace bourse::ex::bitso
