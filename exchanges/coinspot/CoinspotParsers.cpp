// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoinspotParsers.h"

#include "common/RestParams.h"

namespace bourse::ex::coinspot {

using rest::num;
using rest::str;

std::vector<Market> staticMarkets(const ExchangeDescription& description)
{
    // The coins ccxt lists for CoinSpot. The API's v1 order calls name only the coin and trade it against AUD, so
    // only AUD markets are listed (a USDT market would need v2's markettype).
    static constexpr const char* coins[] = {"btc", "usdt", "eth", "ada", "sol",  "xrp", "doge", "ltc",
                                            "xlm", "trx",  "eos", "neo", "powr", "gas", "rhoc"};
    std::vector<Market> markets;
    for (const char* coin : coins) {
        Market m;
        m.id = coin;
        m.baseId = coin;
        m.quoteId = "aud";
        m.base = rest::upper(coin);
        m.quote = "AUD";
        m.symbol = m.base + "/" + m.quote;
        m.taker = description.tradingFees.taker;
        m.maker = description.tradingFees.maker;
        m.info = JsonValue::object();
        markets.push_back(std::move(m));
    }
    return markets;
}

Ticker parseTicker(const JsonRef& raw, const Market& market)
{
    Ticker t;
    t.symbol = market.symbol;
    t.bid = num(raw["bid"]);
    t.ask = num(raw["ask"]);
    t.last = num(raw["last"]);
    t.close = t.last;
    t.info = JsonValue::fromRef(raw);
    t.complete(&market);
    return t;
}

OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    for (const auto& level : raw["buyorders"].items()) {
        if (auto price = num(level["rate"]), amount = num(level["amount"]); price && amount) {
            book.bids.push_back({*price, *amount});
        }
    }
    for (const auto& level : raw["sellorders"].items()) {
        if (auto price = num(level["rate"]), amount = num(level["amount"]); price && amount) {
            book.asks.push_back({*price, *amount});
        }
    }
    book.sort();
    return book;
}

// Public: {"amount":0.00102091,"rate":21549.09999991,"total":21.99969168,"coin":"BTC","solddate":1604890646143,
//          "market":"BTC/AUD"}
// Own:    {"otc":false,"market":"ALGO/AUD","amount":386.95197925,"created":"2022-10-20T09:56:44.502Z",
//          "audfeeExGst":1.80018002,"audGst":0.180018,"audtotal":200}
// An own trade has no rate: the price is the total over the amount, and the fee is the AUD fee plus its GST.
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market, const OptString& side)
{
    Trade t;
    auto marketId = str(raw["market"]);
    if (marketId) {
        const Market* known = nullptr;
        for (const auto& m : ex.markets()) {
            if (m.symbol == *marketId) {
                known = &m;
                break;
            }
        }
        if (known) {
            t.symbol = known->symbol;
        } else if (auto slash = marketId->find('/'); slash != std::string::npos) {
            t.symbol = ex.safeCurrencyCode(marketId->substr(0, slash)) + "/"
                + ex.safeCurrencyCode(marketId->substr(slash + 1));
        } else {
            t.symbol = *marketId;
        }
    } else if (market) {
        t.symbol = market->symbol;
    }
    t.side = side ? side : str(raw["side"]);
    t.amount = num(raw["amount"]);
    t.cost = num(raw["total"]) ? num(raw["total"]) : num(raw["audtotal"]);
    if (auto sold = raw["solddate"].integer()) {
        t.timestamp = *sold;
        t.price = num(raw["rate"]);
    } else {
        if (auto created = str(raw["created"])) {
            t.timestamp = parseIso8601(*created);
        }
        if (t.cost && t.amount && !t.amount->isZero()) {
            t.price = t.cost->divided(*t.amount);
        }
        auto feeExGst = num(raw["audfeeExGst"]);
        auto gst = num(raw["audGst"]);
        if (feeExGst && gst) {
            t.fee = Fee {*feeExGst + *gst, ex.safeCurrencyCode("AUD"), std::nullopt};
        }
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// my/balances: {"status":"ok","balances":[{"BTC":{"balance":0.1,"audbalance":16.59,"rate":165.95}}]}
// An older shape: {"status":"ok","balance":{"btc":0.1,"aud":100}}. Only totals are given.
Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    JsonRef balances = raw["balance"].isNull() ? raw["balances"] : raw["balance"];
    if (balances.isArray()) {
        for (const auto& group : balances.items()) {
            for (const auto& member : group.members()) {
                BalanceEntry e;
                e.total = num(member.value["balance"]);
                b.currencies[ex.safeCurrencyCode(member.key)] = e;
            }
        }
    } else {
        for (const auto& member : balances.members()) {
            BalanceEntry e;
            e.total = num(member.value);
            b.currencies[ex.safeCurrencyCode(member.key)] = e;
        }
    }
    b.info = JsonValue::fromRef(raw);
    b.complete();
    return b;
}

} // namespace bourse::ex::coinspot
