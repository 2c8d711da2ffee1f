// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoincheckParsers.h"

#include "common/AdapterKit.h"
#include "jpkit/PairBook.h"

#include <set>

namespace bourse::ex::coincheck {

using kit::num;
using kit::str;

std::vector<Market> staticMarkets()
{
    // BTC/JPY is the pair that trades; the others are listed on the exchange's order API as well.
    static const char* const pairs[][2] = {
        {"btc", "jpy"}, {"etc", "jpy"}, {"fct", "jpy"}, {"mona", "jpy"}, {"etc", "btc"}};
    std::vector<Market> markets;
    for (const auto& p : pairs) {
        Market m;
        m.baseId = p[0];
        m.quoteId = p[1];
        m.id = m.baseId + "_" + m.quoteId;
        m.base = kit::upper(m.baseId);
        m.quote = kit::upper(m.quoteId);
        m.symbol = m.base + "/" + m.quote;
        m.tierBased = false;
        m.percentage = true;
        m.info = JsonValue();
        markets.push_back(std::move(m));
    }
    return markets;
}

Ticker parseTicker(const JsonRef& raw, const Market& market)
{
    Ticker t;
    t.symbol = market.symbol;
    if (auto seconds = raw["timestamp"].integer()) {
        t.timestamp = *seconds * 1000;
    }
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["bid"]);
    t.ask = num(raw["ask"]);
    t.last = num(raw["last"]);
    t.close = t.last;
    t.baseVolume = num(raw["volume"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(&market);
    return t;
}

OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    return jpkit::parsePairBook(raw, symbol);
}

Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    t.info = JsonValue::fromRef(raw);
    t.id = str(raw["id"]);
    if (auto created = str(raw["created_at"])) {
        t.timestamp = parseIso8601(*created);
    }
    auto pair = str(raw["pair"]);
    if (const Market* m = pair ? ex.findMarketById(*pair) : nullptr) {
        market = m;
    }
    t.symbol = market ? market->symbol : ex.safeSymbol(pair.value_or(""));
    t.price = num(raw["rate"]);
    if (raw.has("liquidity")) {
        const std::string liquidity = raw["liquidity"].stringOr("");
        if (liquidity == "T") {
            t.takerOrMaker = "taker";
        } else if (liquidity == "M") {
            t.takerOrMaker = "maker";
        }
        // The funds moved: base amount and quote cost, signed by direction as the exchange gives them.
        if (market) {
            t.amount = num(raw["funds"][market->baseId]);
            t.cost = num(raw["funds"][market->quoteId]);
        }
        Fee fee;
        fee.cost = num(raw["fee"]);
        fee.currency = str(raw["fee_currency"]);
        t.fee = fee;
        t.side = str(raw["side"]);
        t.order = str(raw["order_id"]);
    } else {
        t.amount = num(raw["amount"]);
        t.side = str(raw["order_type"]);
    }
    t.complete();
    return t;
}

Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    b.info = JsonValue::fromRef(raw);
    std::set<std::string> ids;
    for (const auto& m : ex.markets()) {
        ids.insert(m.baseId);
        ids.insert(m.quoteId);
    }
    for (const auto& id : ids) {
        if (!raw.has(id)) {
            continue;
        }
        BalanceEntry e;
        e.free = num(raw[id]);
        e.used = num(raw[id + "_reserved"]);
        b.currencies[ex.safeCurrencyCode(id)] = e;
    }
    b.complete();
    return b;
}

Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Order o;
    o.info = JsonValue::fromRef(raw);
    o.id = str(raw["id"]);
    o.side = str(raw["order_type"]);
    if (auto created = str(raw["created_at"])) {
        o.timestamp = parseIso8601(*created);
    }
    // Only the open part is reported, so it stands for both the amount and what remains.
    o.amount = num(raw["pending_amount"]);
    o.remaining = o.amount;
    o.price = num(raw["rate"]);
    auto pair = str(raw["pair"]);
    if (const Market* m = pair ? ex.findMarketById(*pair) : nullptr) {
        market = m;
    }
    o.symbol = market ? market->symbol : (pair ? ex.safeSymbol(*pair) : std::string());
    o.complete();
    return o;
}

std::string parseTransactionStatus(std::string_view status)
{
    // Withdrawals: pending, processing, finished, canceled; deposits: confirmed (seen), received (credited).
    if (status == "pending" || status == "processing" || status == "confirmed") {
        return "pending";
    }
    if (status == "finished" || status == "received") {
        return "ok";
    }
    if (status == "canceled") {
        return "canceled";
    }
    return std::string(status);
}

Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, const char* type)
{
    Transaction t;
    t.info = JsonValue::fromRef(raw);
    t.id = str(raw["id"]);
    if (auto created = str(raw["created_at"])) {
        t.timestamp = parseIso8601(*created);
    }
    if (auto confirmed = str(raw["confirmed_at"])) {
        t.updated = parseIso8601(*confirmed);
    }
    t.address = str(raw["address"]);
    t.addressTo = t.address;
    t.amount = num(raw["amount"]);
    if (auto id = str(raw["currency"])) {
        t.currency = ex.safeCurrencyCode(*id);
    }
    if (auto status = str(raw["status"])) {
        t.status = parseTransactionStatus(*status);
    }
    t.type = type;
    if (auto feeCost = num(raw["fee"])) {
        Fee fee;
        fee.cost = feeCost;
        fee.currency = t.currency;
        t.fee = fee;
    }
    return t;
}

} // namespace bourse::ex::coincheck
