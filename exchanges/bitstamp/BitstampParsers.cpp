// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitstampParsers.h"

#include "Bitstamp.h"
#include "common/SafeRead.h"

#include <map>
#include <set>

namespace bourse::ex::bitstamp {

namespace {

using namespace saferead;

// 10^-n for a count of decimals (ccxt's parsePrecision).
OptDecimal tickFromDecimals(const JsonRef& v)
{
    auto n = v.integer();
    return n ? OptDecimal(Decimal::pow10(-static_cast<int>(*n))) : std::nullopt;
}

// Seconds as text ("1710327533") or a "2024-03-13 10:58:53.123" date time (UTC), as milliseconds.
OptInt timestampOf(const JsonRef& v)
{
    auto text = str(v);
    if (!text) {
        return std::nullopt;
    }
    if (text->find(' ') != std::string::npos || text->find('-') != std::string::npos) {
        return parseIso8601(*text);
    }
    auto seconds = v.integer();
    return seconds ? OptInt(*seconds * 1000) : std::nullopt;
}

bool isFiat(std::string_view code)
{
    return code == "USD" || code == "EUR" || code == "GBP";
}

// The currency a transaction is in: its "currency" field, else the first plain key ("btc", "usd") holding a
// non-zero amount. (ccxt looks for a non-zero whole amount, and so misses a 0.5 BTC deposit.)
OptString transactionCurrencyId(const JsonRef& raw)
{
    if (auto currency = str(raw["currency"])) {
        return lower(*currency);
    }
    static const std::set<std::string_view> skip {"fee", "price", "datetime", "type", "status", "id"};
    for (const auto& [key, value] : raw.members()) {
        if (skip.count(key) || key.find('_') != std::string_view::npos) {
            continue;
        }
        auto amount = value.decimal();
        if (amount && !amount->isZero()) {
            return std::string(key);
        }
    }
    return std::nullopt;
}

} // namespace

Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["market_symbol"].string().value_or(std::string());
    m.baseId = raw["base_currency"].string().value_or(std::string());
    m.quoteId = raw["counter_currency"].string().value_or(std::string());
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.type = "spot";
    m.spot = true;
    m.margin = false;
    m.active = raw["trading"].string() == std::string("Enabled");
    m.precision.amount = tickFromDecimals(raw["base_decimals"]);
    m.precision.price = tickFromDecimals(raw["counter_decimals"]);
    m.limits.amount.min = num(raw["minimum_order_amount"]);
    m.limits.amount.max = num(raw["maximum_order_amount"]);
    m.limits.cost.min = num(raw["minimum_order_value"]);
    m.limits.cost.max = num(raw["maximum_order_value"]);
    const auto& fees = ex.description().tradingFees;
    m.taker = fees.taker;
    m.maker = fees.maker;
    m.tierBased = fees.tierBased;
    m.percentage = fees.percentage;
    m.info = JsonValue::fromRef(raw);
    return m;
}

std::vector<Currency> parseCurrencies(const JsonRef& markets, const Exchange& ex)
{
    std::vector<Currency> out;
    std::set<std::string> seen;
    auto add = [&](const JsonRef& market, const std::string& id, const OptString& name, const JsonRef& decimals) {
        std::string code = ex.safeCurrencyCode(id);
        if (id.empty() || !seen.insert(code).second) {
            return;
        }
        Currency c;
        c.id = id;
        c.code = code;
        c.name = name;
        c.type = isFiat(code) ? "fiat" : "crypto";
        c.active = true;
        c.precision = tickFromDecimals(decimals);
        c.amountLimits.min = c.precision;
        c.info = JsonValue::fromRef(market);
        out.push_back(std::move(c));
    };
    for (const auto& market : markets.items()) {
        // "Bitcoin / U.S. dollar": the two currencies' names.
        std::string description = market["description"].string().value_or(std::string());
        auto slash = description.find(" / ");
        OptString baseName = slash == std::string::npos ? OptString(description) : description.substr(0, slash);
        OptString quoteName = slash == std::string::npos ? std::nullopt : OptString(description.substr(slash + 3));
        add(market, market["base_currency"].string().value_or(""), baseName, market["base_decimals"]);
        add(market, market["counter_currency"].string().value_or(""), quoteName, market["counter_decimals"]);
    }
    return out;
}

// {"timestamp": "1710327533", "open": "73000", "high": "...", "low": "...", "last": "...", "volume": "...",
//  "vwap": "...", "bid": "...", "ask": "...", "pair": "BTC/USD", ...}
Ticker parseTicker(const JsonRef& raw, const Market* market, const Exchange& ex)
{
    Ticker t;
    if (auto pair = str(raw["pair"]); pair && !market) {
        // "BTC/USD": the pair names the market by its symbol.
        market = ex.findMarket(*pair);
        t.symbol = market ? market->symbol : *pair;
    }
    if (market) {
        t.symbol = market->symbol;
    }
    t.timestamp = timestampOf(raw["timestamp"]);
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["bid"]);
    t.ask = num(raw["ask"]);
    t.vwap = num(raw["vwap"]);
    t.open = num(raw["open"]);
    t.last = num(raw["last"]);
    t.close = t.last;
    t.baseVolume = num(raw["volume"]);
    if (t.baseVolume && t.vwap) {
        t.quoteVolume = *t.baseVolume * *t.vwap;
    }
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"timestamp": "1710327533", "microtimestamp": "1710327533123456", "bids": [["73000", "0.5"]], "asks": [...]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    auto micro = raw["microtimestamp"].integer();
    if (!micro) {
        throw Error(ErrorKind::ExchangeError, "bitstamp fetchOrderBook() missing microtimestamp");
    }
    book.timestamp = *micro / 1000;
    book.nonce = *micro;
    auto side = [](const JsonRef& levels, std::vector<PriceLevel>& into) {
        for (const auto& level : levels.items()) {
            auto price = num(level[0]);
            auto amount = num(level[1]);
            if (price && amount) {
                into.push_back({*price, *amount});
            }
        }
    };
    side(raw["bids"], book.bids);
    side(raw["asks"], book.asks);
    book.sort();
    return book;
}

Trade parseTrade(const JsonRef& raw, const Bitstamp& ex, const Market* market)
{
    Trade t;
    t.id = str(raw["id"]);
    if (!t.id) {
        t.id = str(raw["tid"]);
    }
    t.order = str(raw["order_id"]);
    OptString priceKey;
    if (!market) {
        // A user transaction names its market by the key of its price: "btc_usd".
        for (const auto& member : raw.members()) {
            if (member.key != "order_id" && member.key.find('_') != std::string_view::npos) {
                priceKey = std::string(member.key);
                if (const Market* m = ex.marketByLooseId(member.key)) {
                    market = m;
                }
            }
        }
    }
    if (!market) {
        // An order's transaction has no price key; its two amount keys ("btc", "usd") name the market.
        static const std::set<std::string_view> known {"fee", "price", "datetime", "tid", "type", "order_id", "side"};
        std::vector<std::string> ids;
        for (const auto& member : raw.members()) {
            if (!known.count(member.key)) {
                ids.emplace_back(member.key);
            }
        }
        if (ids.size() == 2) {
            market = ex.findMarketById(ids[0] + ids[1]);
            if (!market) {
                market = ex.findMarketById(ids[1] + ids[0]);
            }
        }
    }
    OptDecimal price = num(raw["price"]);
    OptDecimal amount = num(raw["amount"]);
    OptDecimal cost = num(raw["cost"]);
    if (market) {
        const std::string baseId = lower(market->baseId);
        const std::string quoteId = lower(market->quoteId);
        if (auto p = num(raw[priceKey ? *priceKey : market->id])) {
            price = p;
        } else if (!price) {
            price = num(raw[baseId + "_" + quoteId]);
        }
        if (auto a = num(raw[market->baseId])) {
            amount = a;
        } else if (!amount) {
            amount = num(raw[baseId]);
        }
        if (auto c = num(raw[market->quoteId])) {
            cost = c;
        } else if (!cost) {
            cost = num(raw[quoteId]);
        }
        t.symbol = market->symbol;
    }
    t.timestamp = timestampOf(raw["date"]);
    if (!t.timestamp) {
        t.timestamp = timestampOf(raw["datetime"]);
    }
    if (raw.has("id")) {
        // A user transaction: the base amount's sign is the side.
        if (amount) {
            t.side = amount->sign() < 0 ? "sell" : "buy";
            amount = absolute(amount);
        }
    } else {
        auto type = raw["type"].string();
        t.side = type == std::string("1") ? OptString("sell")
            : type == std::string("0")    ? OptString("buy")
                                          : std::nullopt;
    }
    t.price = price;
    t.amount = amount;
    t.cost = absolute(cost);
    if (auto fee = num(raw["fee"])) {
        Fee f;
        f.cost = fee;
        if (market) {
            f.currency = market->quote;
        }
        t.fee = f;
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// {"timestamp": "1710327600", "open": "73241", "high": "73293", "low": "73240", "close": "73285", "volume": "0.01"}
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = timestampOf(raw["timestamp"]).value_or(0);
    c.open = num(raw["open"]);
    c.high = num(raw["high"]);
    c.low = num(raw["low"]);
    c.close = num(raw["close"]);
    c.volume = num(raw["volume"]);
    return c;
}

// [{"currency": "usd", "total": "100.00", "available": "90.00", "reserved": "10.00"}, ...]
Balance parseBalance(const JsonRef& response, const Exchange& ex)
{
    Balance b;
    for (const auto& entry : response.items()) {
        auto id = str(entry["currency"]);
        if (!id) {
            continue;
        }
        BalanceEntry e;
        e.free = num(entry["available"]);
        e.used = num(entry["reserved"]);
        e.total = num(entry["total"]);
        b.currencies[ex.safeCurrencyCode(*id)] = e;
    }
    b.info = JsonValue::fromRef(response);
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    static const std::map<std::string_view, std::string_view> statuses {
        {"In Queue", "open"},
        {"Open", "open"},
        {"Finished", "closed"},
        {"Canceled", "canceled"},
        {"Cancel pending", "canceling"},
    };
    auto it = statuses.find(status);
    return it == statuses.end() ? std::string(status) : std::string(it->second);
}

// {"id": "1234", "datetime": "2024-03-13 10:58:53", "type": "0", "price": "...", "amount": "...",
//  "currency_pair": "BTC/USD", "status": "Open", "client_order_id": "...", "transactions": [...]}
Order parseOrder(const JsonRef& raw, const Bitstamp& ex, const Market* market)
{
    Order o;
    o.id = str(raw["id"]);
    if (!o.id) {
        o.id = str(raw["order_id"]);
    }
    o.clientOrderId = str(raw["client_order_id"]);
    if (!o.clientOrderId) {
        o.clientOrderId = str(raw["orig_client_order_id"]);
    }
    auto side = str(raw["type"]);
    if (!side) {
        side = str(raw["order_type"]);
    }
    if (side) {
        o.side = *side == "1" ? "sell" : "buy";
    }
    if (auto datetime = str(raw["datetime"])) {
        o.timestamp = parseIso8601(*datetime);
    }
    if (auto pair = str(raw["currency_pair"])) {
        const Market* m = ex.marketByLooseId(*pair);
        o.symbol = m ? m->symbol : *pair;
    } else if (market) {
        o.symbol = market->symbol;
    }
    if (auto status = str(raw["status"])) {
        o.status = parseOrderStatus(*status);
    }
    o.amount = num(raw["amount"]);
    o.price = num(raw["price"]);
    for (const auto& tx : raw["transactions"].items()) {
        o.trades.push_back(parseTrade(tx, ex, market));
    }
    // What the order leaves out, its first transaction may say.
    if (o.symbol.empty() && !o.trades.empty()) {
        o.symbol = o.trades.front().symbol;
    }
    if (!o.side && !o.trades.empty()) {
        o.side = o.trades.front().side;
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// A user transaction {"id", "datetime", "type": "0", "btc": "0.5", "fee": "0", ...} or a withdrawal request
// {"id", "datetime", "type": 1, "amount": "0.5", "currency": "BTC", "status": 2, "address": "...", ...}.
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, const Currency* currency)
{
    Transaction t;
    t.id = str(raw["id"]);
    t.txid = str(raw["transaction_id"]);
    if (auto datetime = str(raw["datetime"])) {
        t.timestamp = parseIso8601(*datetime);
    }
    OptString currencyId = transactionCurrencyId(raw);
    if (currencyId) {
        t.currency = ex.safeCurrencyCode(*currencyId);
    } else if (currency) {
        t.currency = currency->code;
    }
    OptString feeCurrency;
    OptDecimal amount;
    if (raw.has("amount")) {
        amount = num(raw["amount"]);
    } else if (currency) {
        amount = num(raw[currency->id]);
        if (!amount) {
            amount = num(raw[lower(currency->id)]);
        }
        feeCurrency = currency->code;
    } else if (currencyId && t.currency) {
        amount = num(raw[*currencyId]);
        feeCurrency = t.currency;
    }
    t.amount = absolute(amount);
    static const std::map<std::string, std::string, std::less<>> statuses {
        {"0", "pending"}, {"1", "pending"}, {"2", "ok"}, {"3", "canceled"}, {"4", "failed"}};
    t.status = "ok";
    if (raw.has("status")) {
        auto status = raw["status"].string().value_or(std::string());
        auto it = statuses.find(status);
        t.status = it == statuses.end() ? status : it->second;
    }
    if (raw.has("type")) {
        auto type = raw["type"].string();
        if (type == std::string("0")) {
            t.type = "deposit";
        } else if (type == std::string("1")) {
            t.type = "withdrawal";
        }
    } else {
        t.type = "withdrawal";
    }
    if (auto address = str(raw["address"])) {
        // XRP and XLM addresses carry their destination tag: "r...?dt=123".
        auto at = address->find("?dt=");
        t.address = at == std::string::npos ? *address : address->substr(0, at);
        if (at != std::string::npos) {
            t.tag = address->substr(at + 4);
        }
    }
    t.addressTo = t.address;
    t.tagTo = t.tag;
    Fee fee;
    if (auto cost = num(raw["fee"])) {
        fee.cost = cost;
        fee.currency = feeCurrency;
    }
    t.fee = fee;
    t.info = JsonValue::fromRef(raw);
    return t;
}

// {"currency_pair": "btcusd", "market": "btcusd", "fees": {"maker": "0.15000", "taker": "0.16000"}}
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    TradingFee f;
    auto marketId = str(raw["market"]);
    const Market* m = marketId ? ex.findMarketById(*marketId) : nullptr;
    f.symbol = m ? m->symbol : market ? market->symbol : marketId.value_or(std::string());
    // Bitstamp states the fees in percent; ccxt passes the figures through as they are.
    f.maker = num(raw["fees"]["maker"]);
    f.taker = num(raw["fees"]["taker"]);
    f.info = JsonValue::fromRef(raw);
    return f;
}

DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code)
{
    DepositAddress a;
    a.currency = code;
    a.address = str(raw["address"]);
    a.tag = str(raw["memo_id"]);
    if (!a.tag) {
        a.tag = str(raw["destination_tag"]);
    }
    a.info = JsonValue::fromRef(raw);
    if (!a.address) {
        throw Error(ErrorKind::InvalidAddress, "bitstamp returned no deposit address for " + code);
    }
    return a;
}

} // namespace bourse::ex::bitstamp
