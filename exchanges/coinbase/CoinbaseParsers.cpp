// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoinbaseParsers.h"

#include "coinbaseexchange/CoinbaseCommon.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace bourse::ex::coinbase {

using coinbasecommon::lower;
using coinbasecommon::marketFromId;
using coinbasecommon::num;
using coinbasecommon::str;
using coinbasecommon::time8601;

namespace {

OptString lowerStr(const JsonRef& v)
{
    auto s = str(v);
    return s ? OptString(lower(*s)) : std::nullopt;
}

// Pairs of stablecoins trade at a flat rate of 0.001 % taker, nothing maker (ccxt's options.stablePairs).
bool stablePair(std::string_view id)
{
    static constexpr std::string_view pairs[] = {"BUSD-USD", "CBETH-ETH", "DAI-USD",   "GUSD-USD", "GYEN-USD",
                                                 "PAX-USD",  "PAX-USDT",  "USDC-EUR",  "USDC-GBP", "USDT-EUR",
                                                 "USDT-GBP", "USDT-USD",  "USDT-USDC", "WBTC-BTC"};
    return std::find(std::begin(pairs), std::end(pairs), id) != std::end(pairs);
}

// Seconds as a string ("1673391780") as milliseconds.
OptInt secondsText(const JsonRef& v)
{
    auto s = str(v);
    if (!s) {
        return std::nullopt;
    }
    char* end = nullptr;
    double seconds = std::strtod(s->c_str(), &end);
    if (end == s->c_str() || !std::isfinite(seconds)) {
        return std::nullopt;
    }
    return static_cast<long long>(std::trunc(seconds * 1000));
}

} // namespace

// {"product_id":"BTC-USDC","price":"37000.01","base_increment":"0.00000001","quote_increment":"0.01",
//  "quote_min_size":"1","quote_max_size":"150000000","base_min_size":"0.00000001","base_max_size":"3400",
//  "status":"online","trading_disabled":false,"product_type":"SPOT","quote_currency_id":"USDC",
//  "base_currency_id":"BTC","price_increment":"0.01","alias":"BTC-USD","alias_to":[]}
Market parseMarket(const JsonRef& raw, const Exchange& ex, const JsonRef& feeTier)
{
    Market m;
    m.id = raw["product_id"].stringOr("");
    m.baseId = raw["base_currency_id"].stringOr("");
    m.quoteId = raw["quote_currency_id"].stringOr("");
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.type = lowerStr(raw["product_type"]).value_or("spot");
    m.spot = m.type == "spot";
    m.active = raw["trading_disabled"].boolean() != true;
    const auto& fees = ex.description().tradingFees;
    if (stablePair(m.id)) {
        m.taker = *Decimal::parse("0.00001");
        m.maker = Decimal(0);
    } else {
        m.taker = num(feeTier["taker_fee_rate"]).value_or(fees.taker);
        m.maker = num(feeTier["maker_fee_rate"]).value_or(fees.maker);
    }
    m.tierBased = fees.tierBased;
    m.percentage = fees.percentage;
    m.precision.amount = num(raw["base_increment"]);
    m.precision.price = raw.has("price_increment") ? num(raw["price_increment"]) : num(raw["quote_increment"]);
    m.limits.amount.min = num(raw["base_min_size"]);
    m.limits.amount.max = num(raw["base_max_size"]);
    m.limits.cost.min = num(raw["quote_min_size"]);
    m.limits.cost.max = num(raw["quote_max_size"]);
    // The product this one is an alias of (BTC-USDC trades on the BTC-USD book), as ccxt reports it.
    m.extra = JsonValue::object();
    m.extra.set("alias", str(raw["alias_to"][0]));
    m.info = JsonValue::fromRef(raw);
    return m;
}

// fiat:   {"id":"AED","name":"United Arab Emirates Dirham","min_size":"0.01"}
// crypto: {"asset_id":"5b71fc48-...","code":"BTC","name":"Bitcoin","color":"#F7931A","sort_index":100,
//          "exponent":8,"type":"crypto","address_regex":"..."}
Currency parseCurrency(const JsonRef& raw, const Exchange& ex)
{
    Currency c;
    c.id = raw.has("id") ? raw["id"].stringOr("") : raw["code"].stringOr("");
    c.code = ex.safeCurrencyCode(c.id);
    c.name = str(raw["name"]);
    c.type = raw.has("asset_id") ? "crypto" : "fiat";
    c.active = true;
    c.amountLimits.min = num(raw["min_size"]);
    c.info = JsonValue::fromRef(raw);
    return c;
}

// product: {"product_id":"TONE-USD","price":"0.01523","price_percentage_change_24h":"1.94109772423025",
//           "volume_24h":"19773129","approximate_quote_24h_volume":"301148.2","status":"online",...}
// trade:   {"trade_id":"10092327","product_id":"BTC-USDT","price":"17488.12","size":"0.0000623",
//           "time":"2023-01-11T00:52:37.557001Z","side":"BUY","bid":"","ask":""}
// best bid/ask: {"product_id":"TRAC-EUR","bids":[{"price":"0.2384","size":"386.1"}],"asks":[...],"time":"..."}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Ticker t;
    Market m = marketFromId(str(raw["product_id"]), ex, market);
    t.symbol = m.symbol;
    t.bid = num(raw["bid"]);
    t.ask = num(raw["ask"]);
    if (raw.has("bids")) {
        t.bid = num(raw["bids"][0]["price"]);
        t.bidVolume = num(raw["bids"][0]["size"]);
        t.ask = num(raw["asks"][0]["price"]);
        t.askVolume = num(raw["asks"][0]["size"]);
    }
    t.last = num(raw["price"]);
    t.close = t.last;
    t.timestamp = time8601(raw["time"]);
    t.percentage = num(raw["price_percentage_change_24h"]);
    t.baseVolume = num(raw["volume_24h"]);
    t.quoteVolume = num(raw["approximate_quote_24h_volume"]);
    if (t.percentage && t.last && !t.open) {
        // The day's open from the last price and the change in percent, as ccxt's safeTicker derives it.
        const Decimal factor = Decimal(1) + t.percentage->divided(Decimal(100));
        if (!factor.isZero()) {
            t.open = t.last->divided(factor);
        }
    }
    t.info = JsonValue::fromRef(raw);
    t.complete(m.id.empty() ? nullptr : &m);
    return t;
}

// {"product_id":"BTC-USDT","bids":[{"price":"30757.85","size":"0.115"}],"asks":[{"price":"30759.07",
//  "size":"0.04877659"}],"time":"2023-06-30T04:02:40.533606Z"}
OrderBook parseOrderBook(const JsonRef& pricebook, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    auto side = [](const JsonRef& levels, std::vector<PriceLevel>& into) {
        for (const auto& level : levels.items()) {
            auto price = num(level["price"]);
            auto amount = num(level["size"]);
            if (price && amount) {
                into.push_back(PriceLevel {*price, *amount});
            }
        }
    };
    side(pricebook["bids"], book.bids);
    side(pricebook["asks"], book.asks);
    book.timestamp = time8601(pricebook["time"]);
    book.sort();
    return book;
}

// fill:
// {"entry_id":"dc74...","trade_id":"19fc7eee-...","order_id":"01b6e467-...","trade_time":"2023-11-26T10:19:47.504Z",
//        "trade_type":"FILL","price":"0.392","size":"10","commission":"0.03136","product_id":"ADA-USDT",
//        "liquidity_indicator":"TAKER","size_in_quote":false,"side":"SELL"}
// v2 buy: {"id":"67e0eaec-...","status":"completed","amount":{"amount":"1.00000000","currency":"BTC"},
//          "total":{"amount":"10.25","currency":"USD"},"subtotal":{"amount":"10.10","currency":"USD"},
//          "fee":{"amount":"0.15","currency":"USD"},"created_at":"2015-01-31T20:49:02Z","resource":"buy"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    t.info = JsonValue::fromRef(raw);
    JsonRef amountObject = raw["amount"];
    JsonRef subtotal = raw["subtotal"];
    JsonRef feeObject = raw["fee"];
    OptString marketId = str(raw["product_id"]);
    const Market* known = marketId ? ex.findMarketById(*marketId) : market;
    if (marketId || known) {
        t.symbol = marketFromId(marketId, ex, market).symbol;
    } else if (auto b = str(amountObject["currency"]), q = str(raw["total"]["currency"]); b && q) {
        t.symbol = ex.safeCurrencyCode(*b) + "/" + ex.safeCurrencyCode(*q);
    }
    OptDecimal v3Price = num(raw["price"]);
    OptDecimal v3Amount = amountObject.isObject() ? std::nullopt : num(raw["size"]);
    OptDecimal v3Cost;
    if (raw["size_in_quote"].boolean() == true && v3Amount && v3Price && !v3Price->isZero()) {
        // The size was given in the quote currency: it is the cost, and the amount follows from the price.
        v3Cost = v3Amount;
        v3Amount = v3Amount->divided(*v3Price);
    }
    OptDecimal amount = amountObject.isObject() ? num(amountObject["amount"]) : v3Amount;
    OptDecimal cost = subtotal.isObject() ? num(subtotal["amount"]) : v3Cost;
    OptDecimal price = v3Price;
    if (cost && amount && !amount->isZero()) {
        price = cost->divided(*amount);
    }
    if (price && amount) {
        cost = *price * *amount;
    }
    Fee fee;
    fee.cost = feeObject.isObject() ? num(feeObject["amount"]) : num(raw["commission"]);
    OptString feeCurrency = feeObject.isObject() ? str(feeObject["currency"]) : std::nullopt;
    if (!feeCurrency && known && fee.cost) {
        feeCurrency = known->quote;
    }
    if (feeCurrency) {
        fee.currency = ex.safeCurrencyCode(*feeCurrency);
    }
    t.fee = fee;
    t.id = raw.has("id") ? str(raw["id"]) : str(raw["trade_id"]);
    t.order = str(raw["order_id"]);
    OptString datetime;
    for (const char* key : {"created_at", "trade_time", "time"}) {
        if (!datetime) {
            datetime = str(raw[key]);
            t.timestamp = time8601(raw[key]);
        }
    }
    // ccxt reports Coinbase's own text as the datetime ("...37.557001Z", not "...37.557Z").
    t.extra = JsonValue::object();
    t.extra.set("datetime", datetime);
    OptString side = raw.has("resource") ? lowerStr(raw["resource"]) : lowerStr(raw["side"]);
    t.side = side == "unknown_order_side" ? std::nullopt : side;
    OptString liquidity = lowerStr(raw["liquidity_indicator"]);
    t.takerOrMaker = liquidity == "unknown_liquidity_indicator" ? std::nullopt : liquidity;
    t.price = price;
    t.amount = amount;
    t.cost = cost;
    t.complete();
    return t;
}

// {"start":"1673391780","low":"17414.36","high":"17417.99","open":"17417.74","close":"17417.38",
//  "volume":"1.87780853"}
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = secondsText(raw["start"]).value_or(0);
    c.open = num(raw["open"]);
    c.high = num(raw["high"]);
    c.low = num(raw["low"]);
    c.close = num(raw["close"]);
    c.volume = num(raw["volume"]);
    return c;
}

// v2: {"data":[{"id":"...","name":"BTC Wallet","primary":true,"type":"wallet","currency":{"code":"BTC",...},
//       "balance":{"amount":"0.00000000","currency":"BTC"}}]}
// v3: {"accounts":[{"uuid":"...","name":"BTC Wallet","currency":"BTC","available_balance":{"value":"0.1",
//       "currency":"BTC"},"type":"ACCOUNT_TYPE_CRYPTO","hold":{"value":"0","currency":"BTC"}}]}
Balance parseBalance(const JsonRef& response, const Exchange& ex)
{
    Balance b;
    b.info = JsonValue::fromRef(response);
    JsonRef list = response.has("data") ? response["data"] : response["accounts"];
    for (const auto& account : list.items()) {
        const std::string type = account["type"].stringOr("");
        OptString currencyId;
        OptDecimal free, used;
        if (type == "wallet" || type == "fiat") {
            currencyId = str(account["balance"]["currency"]);
            free = num(account["balance"]["amount"]);
        } else if (type == "ACCOUNT_TYPE_CRYPTO" || type == "ACCOUNT_TYPE_FIAT") {
            if (!account["available_balance"].isObject() || !account["hold"].isObject()) {
                continue;
            }
            currencyId = str(account["available_balance"]["currency"]);
            free = num(account["available_balance"]["value"]);
            used = num(account["hold"]["value"]);
        } else {
            continue;
        }
        if (!currencyId) {
            continue;
        }
        // One currency may have several accounts (wallet and vault): their balances add up.
        BalanceEntry& e = b.currencies[ex.safeCurrencyCode(*currencyId)];
        e.free = e.free && free ? OptDecimal(*e.free + *free) : (e.free ? e.free : free);
        if (used) {
            e.used = e.used ? OptDecimal(*e.used + *used) : used;
        }
        OptDecimal total = used && free ? OptDecimal(*used + *free) : free;
        e.total = e.total && total ? OptDecimal(*e.total + *total) : (e.total ? e.total : total);
    }
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    if (status == "OPEN") {
        return "open";
    }
    if (status == "FILLED") {
        return "closed";
    }
    if (status == "CANCELLED" || status == "EXPIRED" || status == "FAILED") {
        return "canceled";
    }
    return std::string(status);
}

namespace {

OptString orderType(const OptString& type)
{
    if (!type || *type == "UNKNOWN_ORDER_TYPE") {
        return std::nullopt;
    }
    if (*type == "MARKET") {
        return "market";
    }
    if (*type == "LIMIT" || *type == "STOP" || *type == "STOP_LIMIT") {
        return "limit";
    }
    return type;
}

OptString timeInForce(const OptString& tif)
{
    if (!tif || *tif == "UNKNOWN_TIME_IN_FORCE") {
        return std::nullopt;
    }
    if (*tif == "GOOD_UNTIL_CANCELLED") {
        return "GTC";
    }
    if (*tif == "GOOD_UNTIL_DATE_TIME") {
        return "GTD";
    }
    if (*tif == "IMMEDIATE_OR_CANCEL") {
        return "IOC";
    }
    if (*tif == "FILL_OR_KILL") {
        return "FOK";
    }
    return tif;
}

} // namespace

// {"order_id":"9bc1eb3b-...","product_id":"BTC-USD","user_id":"...","order_configuration":{"limit_limit_gtc":
//  {"base_size":"0.0001","limit_price":"30000","post_only":false}},"side":"BUY","client_order_id":"ccxt-...",
//  "status":"OPEN","time_in_force":"GOOD_UNTIL_CANCELLED","created_time":"2023-06-30T06:42:27.939011Z",
//  "completion_percentage":"0","filled_size":"0","average_filled_price":"0","fee":"","number_of_fills":"0",
//  "filled_value":"0","pending_cancel":false,"size_in_quote":false,"total_fees":"0","order_type":"LIMIT"}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Order o;
    o.info = JsonValue::fromRef(raw);
    OptString marketId = str(raw["product_id"]);
    Market m = marketFromId(marketId, ex, market);
    o.symbol = m.symbol;
    JsonRef config = raw["order_configuration"];
    JsonRef limit;
    for (const char* key : {"limit_limit_gtc", "limit_limit_gtd", "sor_limit_ioc"}) {
        if (limit.isMissing() && config[key].isObject()) {
            limit = config[key];
        }
    }
    JsonRef stop = config["stop_limit_stop_limit_gtc"].isObject() ? config["stop_limit_stop_limit_gtc"]
                                                                  : config["stop_limit_stop_limit_gtd"];
    if (!limit.isMissing()) {
        o.price = num(limit["limit_price"]);
        o.amount = num(limit["base_size"]);
        o.postOnly = limit["post_only"].boolean();
    } else if (stop.isObject()) {
        o.price = num(stop["limit_price"]);
        o.amount = num(stop["base_size"]);
        o.postOnly = stop["post_only"].boolean();
        o.triggerPrice = num(stop["stop_price"]);
    } else {
        o.amount = num(config["market_market_ioc"]["base_size"]);
    }
    o.id = str(raw["order_id"]);
    o.clientOrderId = str(raw["client_order_id"]);
    if (auto created = str(raw["created_time"])) {
        o.timestamp = parseIso8601(*created);
    }
    o.type = orderType(str(raw["order_type"]));
    o.timeInForce = timeInForce(str(raw["time_in_force"]));
    o.side = lowerStr(raw["side"]);
    o.filled = num(raw["filled_size"]);
    o.average = num(raw["average_filled_price"]);
    if (auto status = str(raw["status"]); status && *status != "UNKNOWN_ORDER_STATUS") {
        o.status = parseOrderStatus(*status);
    }
    Fee fee;
    fee.cost = num(raw["total_fees"]);
    // In the quote currency of the market the caller named; ccxt leaves it unknown when the order was looked
    // up by id alone, and so do we.
    if (fee.cost && market) {
        fee.currency = market->quote;
    }
    o.fee = fee;
    o.complete();
    return o;
}

// {"id":"67e0eaec-...","status":"completed","payment_method":{...},"transaction":{...},
//  "amount":{"amount":"1.00000000","currency":"BTC"},"subtotal":{"amount":"10.10","currency":"USD"},
//  "created_at":"2015-01-31T20:49:02Z","updated_at":"2015-02-11T16:54:02-08:00","resource":"deposit",
//  "committed":true,"fee":{"amount":"0.00","currency":"USD"}}
// or a transaction of type "send": {"id":"...","type":"send","status":"completed","amount":{"amount":"-0.5",
//  "currency":"BTC"},"network":{"status":"confirmed","hash":"...","network_name":"bitcoin",
//  "transaction_fee":{"amount":"0.0001","currency":"BTC"},"transaction_amount":{...}},"to":{"address":"..."}}
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    Transaction t;
    t.info = JsonValue::fromRef(raw);
    JsonRef network = raw["network"];
    const bool send = raw["type"].string() == std::string("send");
    JsonRef amountObject = send ? network["transaction_amount"] : raw["subtotal"];
    JsonRef feeObject = send ? network["transaction_fee"] : raw["fee"];
    if (!amountObject.isObject()) {
        amountObject = raw["amount"];
    }
    OptDecimal amount = num(amountObject["amount"]);
    if (auto status = str(raw["status"])) {
        t.status = *status == "created" ? "pending" : *status == "completed" ? "ok" : *status;
    } else {
        t.status = raw["committed"].boolean() == true ? "ok" : "pending";
    }
    t.id = str(raw["id"]);
    t.txid = network.has("hash") ? str(network["hash"]) : t.id;
    t.timestamp = time8601(raw["created_at"]);
    OptString resource = str(raw["resource"]);
    if (resource == "deposit" || resource == "withdrawal") {
        t.type = resource;
    } else if (amount && amount->sign() > 0) {
        t.type = "deposit";
    } else if (amount && amount->sign() < 0) {
        t.type = "withdrawal";
    } else {
        t.type = resource;
    }
    if (auto currencyId = str(amountObject["currency"])) {
        t.currency = ex.safeCurrencyCode(*currencyId);
    }
    t.network = lowerStr(network["network_name"]);
    t.address = str(raw["to"]["address"]);
    t.addressTo = t.address;
    t.amount = amount ? OptDecimal(amount->abs()) : std::nullopt;
    t.updated = time8601(raw["updated_at"]);
    Fee fee;
    fee.cost = num(feeObject["amount"]);
    if (auto feeCurrency = str(feeObject["currency"])) {
        fee.currency = ex.safeCurrencyCode(*feeCurrency);
    }
    t.fee = fee;
    return t;
}

// {"id":"05b1ebbf-...","address":"0x...","address_info":{"address":"0x..."},"name":"One-off receiving address",
//  "network":"ethereum","address_label":"ETH address","resource":"address"}
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex, const std::string& code)
{
    DepositAddress a;
    a.info = JsonValue::fromRef(raw);
    a.address = str(raw["address"]);
    if (!a.address) {
        throw Error(ErrorKind::InvalidAddress, "coinbase deposit address missing in the answer");
    }
    a.currency = code;
    if (auto label = str(raw["address_label"])) {
        a.currency = ex.safeCurrencyCode(label->substr(0, label->find(' ')));
    } else if (auto id = str(raw["currency"])) {
        a.currency = ex.safeCurrencyCode(*id);
    }
    a.network = str(raw["network"]);
    a.tag = str(raw["address_info"]["destination_tag"]);
    return a;
}

} // namespace bourse::ex::coinbase
