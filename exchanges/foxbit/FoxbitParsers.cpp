// SPDX-License-Identifier: GPL-3.0-or-later
#include "FoxbitParsers.h"

#include "bitso/BalanceList.h"
#include "common/AdapterKit.h"

#include <utility>

namespace bourse::ex::foxbit {

using kit::num;
using kit::str;

namespace {

// Foxbit network id -> unified network code.
constexpr std::pair<const char*, const char*> kNetworks[] = {
    {"algorand", "ALGO"},   {"arbitrum", "ARBITRUM"}, {"avalanchecchain", "AVAX"}, {"bitcoin", "BTC"},
    {"bitcoincash", "BCH"}, {"bsc", "BEP20"},         {"cardano", "ADA"},          {"cosmos", "ATOM"},
    {"dogecoin", "DOGE"},   {"erc20", "ETH"},         {"hedera", "HBAR"},          {"litecoin", "LTC"},
    {"near", "NEAR"},       {"optimism", "OPTIMISM"}, {"polkadot", "DOT"},         {"polygon", "MATIC"},
    {"ripple", "XRP"},      {"solana", "SOL"},        {"stacks", "STX"},           {"stellar", "XLM"},
    {"tezos", "XTZ"},       {"trc20", "TRC20"},
};

OptInt timeOf(const JsonRef& v)
{
    auto text = str(v);
    return text ? parseIso8601(*text) : std::nullopt;
}

const Market* marketOf(const Exchange& ex, const JsonRef& id, const Market* market)
{
    if (market) {
        return market;
    }
    auto text = str(id);
    return text ? ex.findMarketById(*text) : nullptr;
}

std::string lowerOr(const OptString& s)
{
    return s ? kit::lower(*s) : std::string();
}

} // namespace

std::string networkCode(const std::string& id)
{
    for (const auto& [foxbitId, code] : kNetworks) {
        if (id == foxbitId) {
            return code;
        }
    }
    return kit::upper(id);
}

std::string networkId(const std::string& code)
{
    const std::string wanted = kit::upper(code);
    for (const auto& [foxbitId, unified] : kNetworks) {
        if (wanted == unified) {
            return foxbitId;
        }
    }
    return kit::lower(code);
}

// {"symbol":"btcbrl","quantity_min":"0.00000165","quantity_increment":"0.00000001","price_min":"0.0001",
//  "price_increment":"1.0","base":{"symbol":"btc",...},"quote":{"symbol":"brl",...},
//  "default_fees":{"maker":"0.0025","taker":"0.005"}}
Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["symbol"].stringOr("");
    m.baseId = raw["base"]["symbol"].stringOr("");
    m.quoteId = raw["quote"]["symbol"].stringOr("");
    if (m.id.empty() || m.baseId.empty() || m.quoteId.empty()) {
        throw Error(ErrorKind::BadResponse, "foxbit sent a market without its symbols");
    }
    m.base = ex.safeCurrencyCode(kit::upper(m.baseId));
    m.quote = ex.safeCurrencyCode(kit::upper(m.quoteId));
    m.symbol = m.base + "/" + m.quote;
    m.active = true;
    m.taker = num(raw["default_fees"]["taker"]);
    m.maker = num(raw["default_fees"]["maker"]);
    m.percentage = true;
    m.tierBased = false;
    // Fees are charged in the currency received.
    m.feeSide = "get";
    m.precision.price = num(raw["price_increment"]);
    m.precision.amount = num(raw["quantity_increment"]);
    m.limits.amount.min = num(raw["quantity_min"]);
    m.limits.price.min = num(raw["price_min"]);
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"symbol":"btc","name":"Bitcoin","type":"CRYPTO","precision":8,"deposit_info":{"enabled":true,
//  "min_amount":"0.0001"},"withdraw_info":{"enabled":true,"min_amount":"0.001","fee":"0.0002"},
//  "networks":[{"code":"bitcoin","name":"Bitcoin","deposit_info":{"status":"ENABLED"},
//  "withdraw_info":{"status":"ENABLED","fee":"0.0002"}}]}
Currency parseCurrency(const JsonRef& raw, const Exchange& ex)
{
    Currency c;
    c.id = raw["symbol"].stringOr("");
    c.code = ex.safeCurrencyCode(kit::upper(c.id));
    c.name = str(raw["name"]);
    c.active = true;
    if (auto type = str(raw["type"])) {
        c.type = kit::lower(*type);
    }
    JsonRef depositInfo = raw["deposit_info"];
    JsonRef withdrawInfo = raw["withdraw_info"];
    c.deposit = depositInfo["enabled"].boolean().value_or(false);
    c.withdraw = withdrawInfo["enabled"].boolean().value_or(false);
    c.fee = num(withdrawInfo["fee"]);
    if (auto places = raw["precision"].integer()) {
        c.precision = Decimal::pow10(-static_cast<int>(*places));
    }
    c.depositLimits.min = num(depositInfo["min_amount"]);
    c.withdrawLimits.min = num(withdrawInfo["min_amount"]);
    for (const auto& n : raw["networks"].items()) {
        auto id = str(n["code"]);
        if (!id) {
            continue;
        }
        Network net;
        net.id = *id;
        net.network = networkCode(*id);
        net.active = true;
        net.deposit = n["deposit_info"]["status"].stringOr("") == "ENABLED";
        net.withdraw = n["withdraw_info"]["status"].stringOr("") == "ENABLED";
        net.fee = num(n["withdraw_info"]["fee"]);
        net.depositLimits.min = c.depositLimits.min;
        net.withdrawLimits.min = c.withdrawLimits.min;
        net.info = JsonValue::fromRef(n);
        c.networks.push_back(std::move(net));
    }
    c.info = JsonValue::fromRef(raw);
    return c;
}

// {"market_symbol":"btcbrl","last_trade":{"price":"358504.69","volume":"0.00027893","date":"2024-01-01T00:00:00.000Z"},
//  "rolling_24h":{"price_change":"3000","price_change_percent":"0.84","volume":"7.5","trades_count":"80",
//  "open":"355000","high":"360000","low":"350000","quote_volume":"2700000"},
//  "best":{"ask":{"price":"358585.43","volume":"0.001"},"bid":{"price":"358504.69","volume":"0.002"}}}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    // The average is cut to the market's price step only when the caller named the market (one ticker), as ccxt
    // does; the all-tickers list keeps it whole.
    const Market* named = market;
    market = marketOf(ex, raw["market_symbol"], market);
    Ticker t;
    t.symbol = market ? market->symbol : raw["market_symbol"].stringOr("");
    JsonRef rolling = raw["rolling_24h"];
    JsonRef lastTrade = raw["last_trade"];
    t.timestamp = timeOf(lastTrade["date"]);
    t.high = num(rolling["high"]);
    t.low = num(rolling["low"]);
    t.bid = num(raw["best"]["bid"]["price"]);
    t.bidVolume = num(raw["best"]["bid"]["volume"]);
    t.ask = num(raw["best"]["ask"]["price"]);
    t.askVolume = num(raw["best"]["ask"]["volume"]);
    t.open = num(rolling["open"]);
    t.last = num(lastTrade["price"]);
    t.close = t.last;
    t.change = num(rolling["price_change"]);
    t.percentage = num(rolling["price_change_percent"]);
    t.baseVolume = num(rolling["volume"]);
    t.quoteVolume = num(rolling["quote_volume"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(named);
    return t;
}

// {"sequence_id":"3125781","timestamp":"1722559659402","asks":[["1.7903","1957.31886274"]],"bids":[[..]]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    book.timestamp = raw["timestamp"].integer();
    kit::appendLevels(book.bids, raw["bids"]);
    kit::appendLevels(book.asks, raw["asks"]);
    book.sort();
    return book;
}

// Public: {"id":"24921295","price":"552874.00000000","volume":"0.00001776","taker_side":"BUY",
//  "created_at":"2025-02-24T01:33:18.395Z"}
// Own: {"id":"..","market_symbol":"btcbrl","side":"BUY","price":"..","quantity":"..","fee":"..",
//  "fee_currency_symbol":"btc","created_at":".."}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = marketOf(ex, raw["market_symbol"], market);
    Trade t;
    t.id = str(raw["id"]);
    t.timestamp = timeOf(raw["created_at"]);
    t.symbol = market ? market->symbol : std::string();
    t.price = num(raw["price"]);
    t.amount = num(raw["volume"]) ? num(raw["volume"]) : num(raw["quantity"]);
    auto side = str(raw["taker_side"]) ? str(raw["taker_side"]) : str(raw["side"]);
    if (side) {
        t.side = kit::lower(*side);
    }
    if (t.price && t.amount) {
        t.cost = *t.price * *t.amount;
    }
    auto feeCurrency = str(raw["fee_currency_symbol"]);
    t.fee = Fee {num(raw["fee"]), feeCurrency ? OptString(ex.safeCurrencyCode(kit::upper(*feeCurrency))) : std::nullopt,
                 std::nullopt};
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw[0].integer().value_or(0);
    c.open = num(raw[1]);
    c.high = num(raw[2]);
    c.low = num(raw[3]);
    c.close = num(raw[4]);
    c.volume = num(raw[6]);
    return c;
}

// [{"currency_symbol":"btc","balance":"1.0","balance_available":"0.7","balance_locked":"0.3"}]
Balance parseBalance(const JsonRef& data, const Exchange& ex)
{
    return kit::balanceFromList(data, ex, {"currency_symbol", "balance_available", "balance_locked", "balance"});
}

std::string parseOrderStatus(std::string_view state)
{
    if (state == "ACTIVE" || state == "PARTIALLY_FILLED" || state == "PARTIALLY_CANCELED") {
        return "open";
    }
    if (state == "FILLED") {
        return "closed";
    }
    if (state == "CANCELED" || state == "PENDING_CANCEL") {
        return "canceled";
    }
    return std::string(state);
}

// {"id":"5948042819","sn":"OPXJI6CSIIRPWG","client_order_id":null,"market_symbol":"btcbrl","side":"SELL",
//  "type":"LIMIT","state":"ACTIVE","price":"600000.0","price_avg":"0.0","quantity":"1","quantity_executed":"0.0",
//  "created_at":"2025-02-27T02:02:37.129Z","fee_paid":"0.0","post_only":false,"time_in_force":"GTC",
//  "stop_price":"..","funds_received":".."}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = marketOf(ex, raw["market_symbol"], market);
    Order o;
    o.id = str(raw["id"]);
    o.clientOrderId = str(raw["client_order_id"]);
    o.timestamp = timeOf(raw["created_at"]);
    if (auto state = str(raw["state"])) {
        o.status = parseOrderStatus(*state);
    }
    o.symbol = market ? market->symbol : std::string();
    o.type = str(raw["type"]);
    o.timeInForce = str(raw["time_in_force"]);
    o.postOnly = raw["post_only"].boolean();
    o.side = str(raw["side"]) ? OptString(lowerOr(str(raw["side"]))) : std::nullopt;
    o.price = num(raw["price"]);
    o.triggerPrice = num(raw["stop_price"]);
    o.average = num(raw["price_avg"]);
    // `quantity` is what is left; the order's size is that plus what was executed.
    o.filled = num(raw["quantity_executed"]);
    o.remaining = num(raw["quantity"]);
    if (o.filled && o.remaining) {
        o.amount = *o.filled + *o.remaining;
    }
    o.cost = num(raw["funds_received"]);
    if (!o.cost && o.amount) {
        auto price = o.price ? o.price : o.average;
        if (price) {
            o.cost = *price * *o.amount;
        }
    }
    // A buy pays its fee in the base currency it receives, a sell in the quote.
    OptString feeCurrency;
    if (market) {
        feeCurrency = kit::upper(o.side == OptString("buy") ? market->baseId : market->quoteId);
    }
    o.fee = Fee {num(raw["fee_paid"]), feeCurrency, std::nullopt};
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// {"sn":"DXXX","state":"ACCEPTED","currency_symbol":"btc","amount":"0.5","fee":"0.0001","network_code":"bitcoin",
//  "created_at":"..","details_crypto":{"transaction_id":"..","receiving_address":".."},"destination_tag":null}
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    Transaction t;
    t.id = str(raw["sn"]);
    // Deposit serial numbers start with D.
    t.type = t.id && !t.id->empty() && (*t.id)[0] == 'D' ? "deposit" : "withdrawal";
    JsonRef crypto = raw["details_crypto"];
    t.txid = str(crypto["transaction_id"]);
    t.address =
        str(crypto["receiving_address"]) ? str(crypto["receiving_address"]) : str(crypto["destination_address"]);
    t.addressTo = t.address;
    t.tag = str(raw["destination_tag"]);
    t.tagTo = t.tag;
    t.timestamp = timeOf(raw["created_at"]);
    t.network = str(raw["network_code"]);
    t.amount = num(raw["amount"]);
    if (auto id = str(raw["currency_symbol"])) {
        t.currency = ex.safeCurrencyCode(kit::upper(*id));
    }
    if (auto state = str(raw["state"])) {
        static const std::pair<const char*, const char*> statuses[] = {
            {"SUBMITTING", "pending"}, {"SUBMITTED", "pending"}, {"REJECTED", "failed"},   {"CANCELLED", "canceled"},
            {"ACCEPTED", "ok"},        {"WARNING", "pending"},   {"UNBLOCKED", "pending"}, {"BLOCKED", "pending"},
            {"PROCESSING", "pending"}, {"CANCELED", "canceled"}, {"FAILED", "failed"},     {"DONE", "ok"}};
        t.status = *state;
        for (const auto& [from, to] : statuses) {
            if (*state == from) {
                t.status = to;
            }
        }
    }
    // The fee is inside the amount: its rate is over what arrived.
    const Decimal fee = num(raw["fee"]).value_or(Decimal(0));
    OptDecimal rate;
    if (t.amount && !(*t.amount - fee).isZero()) {
        rate = fee.divided(*t.amount - fee);
    }
    t.fee = Fee {fee, t.currency, rate};
    t.info = JsonValue::fromRef(raw);
    return t;
}

// {"market_symbol":"btcbrl","maker":"0.0","taker":"0.005"}
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex)
{
    TradingFee f;
    auto id = raw["market_symbol"].stringOr("");
    const Market* m = ex.findMarketById(id);
    f.symbol = m ? m->symbol : id;
    f.maker = num(raw["maker"]);
    f.taker = num(raw["taker"]);
    f.percentage = true;
    f.tierBased = true;
    f.info = JsonValue::fromRef(raw);
    return f;
}

// {"address":"bc1q...","tag":null,"network":{"name":"Bitcoin","code":"bitcoin"}}
DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code)
{
    DepositAddress a;
    a.currency = code;
    if (auto id = str(raw["network"]["code"])) {
        a.network = networkCode(*id);
    }
    a.address = str(raw["address"]);
    a.tag = str(raw["tag"]);
    a.info = JsonValue::fromRef(raw);
    return a;
}

} // namespace bourse::ex::foxbit
