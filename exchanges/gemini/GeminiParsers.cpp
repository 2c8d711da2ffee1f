// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeminiParsers.h"

#include "common/AdapterKit.h"

#include <algorithm>
#include <array>

namespace bourse::ex::gemini {

using kit::num;
using kit::str;

namespace {

// The quote currencies of Gemini's pairs, longest match first where one ends another (GUSD before USD).
constexpr std::array<std::string_view, 13> kQuotes {"USDT", "GUSD", "USD", "DAI", "EUR", "GBP", "SGD",
                                                    "BTC",  "ETH",  "LTC", "BCH", "SOL", "USDC"};
// Listed by v1/symbols but refused by the trading engine (ccxt's brokenPairs).
constexpr std::array<std::string_view, 8> kBroken {"efilusd",   "maticrlusd", "maticusdc", "eurusdc",
                                                   "maticgusd", "maticusd",   "efilfil",   "eurusd"};

const Market* marketOf(const Exchange& ex, const OptString& id, const Market* market)
{
    if (id) {
        if (const Market* m = ex.findMarketById(kit::lower(*id))) {
            return m;
        }
    }
    return market;
}

} // namespace

std::optional<Market> parseMarket(std::string_view rawId, const Exchange& ex)
{
    std::string id = kit::lower(std::string(rawId));
    std::string upperId = kit::upper(id);
    if (upperId.find("PERP") != std::string::npos || std::find(kBroken.begin(), kBroken.end(), id) != kBroken.end()) {
        return std::nullopt;
    }
    Market m;
    m.id = id;
    if (id == "paxgusd") {
        // Ends in GUSD but is PAXG/USD.
        m.baseId = "PAXG";
        m.quoteId = "USD";
    } else {
        for (auto quote : kQuotes) {
            if (upperId.size() > quote.size() && upperId.ends_with(quote)) {
                m.baseId = upperId.substr(0, upperId.size() - quote.size());
                m.quoteId = std::string(quote);
                break;
            }
        }
    }
    if (m.quoteId.empty()) {
        return std::nullopt;
    }
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.taker = ex.description().tradingFees.taker;
    m.maker = ex.description().tradingFees.maker;
    m.info = JsonValue(std::string(rawId));
    return m;
}

// v1/pubticker: {"bid":"..","ask":"..","last":"..","volume":{"BTC":"..","USD":"..","timestamp":1710328245000}}
// v1/pricefeed: [{"pair":"BTCUSD","price":"9500.00","percentChange24h":"5.23"}]
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    auto pair = str(raw["pair"]);
    market = marketOf(ex, pair, market);
    Ticker t;
    std::string baseId;
    std::string quoteId;
    if (market) {
        t.symbol = market->symbol;
        baseId = kit::upper(market->baseId);
        quoteId = kit::upper(market->quoteId);
    } else if (pair) {
        // A pair the markets do not know: a 4-letter base in a 7-letter pair, else 3 + 3.
        size_t split = pair->size() == 7 ? 4 : 3;
        baseId = pair->substr(0, split);
        quoteId = pair->substr(split, 3);
        t.symbol = ex.safeCurrencyCode(baseId) + "/" + ex.safeCurrencyCode(quoteId);
    }
    JsonRef volume = raw["volume"];
    t.timestamp = volume["timestamp"].integer();
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["bid"]);
    t.ask = num(raw["ask"]);
    t.open = num(raw["open"]);
    t.last = num(raw["last"]);
    if (!t.last) {
        t.last = num(raw["close"]);
    }
    if (!t.last) {
        t.last = num(raw["price"]);
    }
    t.close = t.last;
    t.percentage = num(raw["percentChange24h"]);
    if (!t.open && t.last && t.percentage) {
        // The price feed gives only the last price and the day's change in %: the open follows (as ccxt's
        // safeTicker derives it), and from it the change and average.
        const Decimal base = Decimal(1) + t.percentage->divided(Decimal(100));
        if (!base.isZero()) {
            t.open = t.last->divided(base);
        }
    }
    if (!baseId.empty()) {
        t.baseVolume = num(volume[baseId]);
        t.quoteVolume = num(volume[quoteId]);
    }
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"bids":[{"price":"3607.85","amount":"6.643373","timestamp":"1547147541"}],"asks":[...]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    kit::appendLevels(book.bids, raw["bids"], "price", "amount");
    kit::appendLevels(book.asks, raw["asks"], "price", "amount");
    book.sort();
    return book;
}

// Public: {"timestamp":1710325796,"timestampms":1710325796526,"tid":2840140831246421,"price":"73268.24",
//  "amount":"0.00028921","exchange":"gemini","type":"buy"}
// Own: {"price":"..","amount":"..","timestamp":..,"timestampms":..,"type":"Buy","aggressor":true,
//  "fee_currency":"USD","fee_amount":"0.0135","tid":..,"order_id":"..","exchange":"gemini"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    t.timestamp = raw["timestampms"].integer();
    t.id = str(raw["tid"]);
    t.order = str(raw["order_id"]);
    t.symbol = market ? market->symbol : std::string();
    if (auto side = str(raw["type"])) {
        t.side = kit::lower(*side);
    }
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    auto feeCurrency = str(raw["fee_currency"]);
    t.fee = Fee {num(raw["fee_amount"]), feeCurrency ? OptString(ex.safeCurrencyCode(*feeCurrency)) : std::nullopt,
                 std::nullopt};
    t.info = JsonValue::fromRef(raw);
    t.complete();
    if (!t.fee) {
        // ccxt keeps an empty fee on a public trade ({"cost":null,"currency":null}).
        t.fee = Fee {};
    }
    return t;
}

// [1710324000000, 73402.61, 73402.61, 73268.24, 73268.24, 0.05445598]
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw[0].integer().value_or(0);
    c.open = num(raw[1]);
    c.high = num(raw[2]);
    c.low = num(raw[3]);
    c.close = num(raw[4]);
    c.volume = num(raw[5]);
    return c;
}

// [{"type":"exchange","currency":"BTC","amount":"1154.62034001","available":"1129.10517279",
//   "availableForWithdrawal":"1129.10517279"}]
Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    for (const auto& entry : raw.items()) {
        auto id = str(entry["currency"]);
        if (!id) {
            continue;
        }
        BalanceEntry e;
        e.free = num(entry["available"]);
        e.total = num(entry["amount"]);
        b.currencies[ex.safeCurrencyCode(*id)] = e;
    }
    b.info = JsonValue::fromRef(raw);
    b.complete();
    return b;
}

// {"order_id":"106817811","client_order_id":"..","symbol":"btcusd","exchange":"gemini","avg_execution_price":"0",
//  "side":"buy","type":"exchange limit","timestamp":"1547220404","timestampms":1547220404836,"is_live":true,
//  "is_cancelled":false,"executed_amount":"0","remaining_amount":"1","options":["maker-or-cancel"],
//  "price":"3633.00","original_amount":"1"}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    auto marketId = str(raw["symbol"]);
    market = marketOf(ex, marketId, market);
    Order o;
    o.id = str(raw["order_id"]);
    o.clientOrderId = str(raw["client_order_id"]);
    o.timestamp = raw["timestampms"].integer();
    o.status = "closed";
    if (raw["is_live"].boolean() == true) {
        o.status = "open";
    }
    if (raw["is_cancelled"].boolean() == true) {
        o.status = "canceled";
    }
    o.symbol = market ? market->symbol : marketId.value_or("");
    o.type = str(raw["type"]);
    if (o.type == "exchange limit") {
        o.type = "limit";
    } else if (o.type == "market buy" || o.type == "market sell") {
        o.type = "market";
    }
    if (auto side = str(raw["side"])) {
        o.side = kit::lower(*side);
    }
    o.price = num(raw["price"]);
    o.average = num(raw["avg_execution_price"]);
    o.amount = num(raw["original_amount"]);
    o.filled = num(raw["executed_amount"]);
    o.remaining = num(raw["remaining_amount"]);
    o.timeInForce = "GTC";
    o.postOnly = false;
    auto option = str(raw["options"][0]);
    if (option == "immediate-or-cancel") {
        o.timeInForce = "IOC";
    } else if (option == "fill-or-kill") {
        o.timeInForce = "FOK";
    } else if (option == "maker-or-cancel") {
        o.timeInForce = "PO";
        o.postOnly = true;
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// {"type":"Deposit","status":"Complete","timestampms":1507913541275,"eid":320013281,"currency":"USD",
//  "amount":"36.00","method":"ACH"}; withdrawals add "destination", "txHash", "feeAmount", "withdrawalId".
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    Transaction t;
    t.timestamp = raw["timestampms"].integer();
    if (auto id = str(raw["currency"])) {
        t.currency = ex.safeCurrencyCode(*id);
    }
    t.address = str(raw["destination"]);
    if (auto type = str(raw["type"])) {
        t.type = kit::lower(*type);
    }
    if (auto status = str(raw["status"])) {
        t.status = *status == "Advanced" || *status == "Complete" ? std::string("ok") : *status;
    }
    t.id = str(raw["eid"]) ? str(raw["eid"]) : str(raw["withdrawalId"]);
    t.txid = str(raw["txHash"]);
    t.amount = num(raw["amount"]);
    t.comment = str(raw["message"]);
    if (auto fee = num(raw["feeAmount"])) {
        t.fee = Fee {fee, t.currency, std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    return t;
}

} // namespace bourse::ex::gemini
