// SPDX-License-Identifier: GPL-3.0-or-later
#include "Types.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace bourse::ex {

std::string iso8601(long long ms)
{
    if (ms < 0) {
        return {};
    }
    std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm tm {};
    gmtime_r(&seconds, &tm);
    char buf[80];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
    return buf;
}

std::optional<long long> parseIso8601(std::string_view text)
{
    // 2024-03-13T11:05:59.173Z, also with a space instead of T, without Z, without fraction.
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    std::string s(text);
    if (std::sscanf(s.c_str(), "%4d-%2d-%2d%*c%2d:%2d:%2d", &year, &month, &day, &hour, &minute, &second) < 3) {
        return std::nullopt;
    }
    long long millis = 0;
    auto dot = s.find('.', 10);
    if (dot != std::string::npos) {
        int digits = 0;
        for (size_t i = dot + 1; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
            if (digits < 3) {
                millis = millis * 10 + (s[i] - '0');
            }
            ++digits;
        }
        for (; digits < 3; ++digits) {
            millis *= 10;
        }
    }
    std::tm tm {};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    return static_cast<long long>(timegm(&tm)) * 1000 + millis;
}

namespace {

JsonValue timestampJson(const OptInt& ts)
{
    return ts ? JsonValue(*ts) : JsonValue();
}

JsonValue datetimeJson(const OptInt& ts)
{
    return ts ? JsonValue(iso8601(*ts)) : JsonValue();
}

JsonValue minMax(const MinMax& m)
{
    JsonValue v = JsonValue::object();
    v.set("min", m.min);
    v.set("max", m.max);
    return v;
}

MinMax readMinMax(const JsonRef& j)
{
    return {j["min"].decimal(), j["max"].decimal()};
}

std::string str(const JsonRef& j)
{
    return j.string().value_or(std::string());
}

// ccxt prints an unknown symbol as null, never as "".
JsonValue symbolJson(const std::string& symbol)
{
    return symbol.empty() ? JsonValue() : JsonValue(symbol);
}

void appendExtra(JsonValue& v, const JsonValue& extra)
{
    if (extra.isObject()) {
        for (const auto& [k, value] : extra.members()) {
            v.set(k, value);
        }
    }
}

} // namespace

OptDecimal omitZero(const OptDecimal& v)
{
    return v && !v->isZero() ? v : std::nullopt;
}

// ccxt's reduceFeesByCurrency: fees with no cost dropped, the rest summed per currency and rate.
std::vector<Fee> reduceFeesByCurrency(const std::vector<Fee>& fees)
{
    std::vector<Fee> out;
    std::vector<std::string> keys;
    for (size_t i = 0; i < fees.size(); ++i) {
        const Fee& f = fees[i];
        if (!f.cost) {
            continue;
        }
        std::string key = (f.currency ? *f.currency : std::to_string(i)) + "|" + (f.rate ? f.rate->toString() : "");
        auto it = std::find(keys.begin(), keys.end(), key);
        if (it == keys.end()) {
            keys.push_back(key);
            out.push_back(f);
        } else {
            Fee& into = out[static_cast<size_t>(it - keys.begin())];
            into.cost = *into.cost + *f.cost;
        }
    }
    return out;
}

JsonValue feeToJson(const Fee& fee)
{
    JsonValue v = JsonValue::object();
    v.set("cost", fee.cost);
    v.set("currency", fee.currency);
    if (fee.rate) {
        v.set("rate", fee.rate);
    }
    return v;
}

// ---- Market ----

JsonValue Market::toJson() const
{
    JsonValue v = JsonValue::object();
    v.set("id", id);
    v.set("symbol", symbol);
    v.set("base", base);
    v.set("quote", quote);
    v.set("settle", settle);
    v.set("baseId", baseId);
    v.set("quoteId", quoteId);
    v.set("settleId", settleId);
    v.set("type", type);
    v.set("spot", spot);
    v.set("margin", margin);
    v.set("swap", swap);
    v.set("future", future);
    v.set("option", option);
    v.set("index", JsonValue());
    v.set("active", active);
    v.set("contract", contract);
    v.set("linear", linear);
    v.set("inverse", inverse);
    v.set("subType", JsonValue());
    v.set("taker", taker);
    v.set("maker", maker);
    v.set("contractSize", contractSize);
    v.set("expiry", expiry);
    v.set("expiryDatetime", expiryDatetime);
    v.set("strike", strike);
    v.set("optionType", optionType);
    JsonValue p = JsonValue::object();
    p.set("amount", precision.amount);
    p.set("price", precision.price);
    if (precision.cost) {
        p.set("cost", precision.cost);
    }
    if (precision.base) {
        p.set("base", precision.base);
    }
    if (precision.quote) {
        p.set("quote", precision.quote);
    }
    v.set("precision", std::move(p));
    JsonValue l = JsonValue::object();
    l.set("leverage", minMax(limits.leverage));
    l.set("amount", minMax(limits.amount));
    l.set("price", minMax(limits.price));
    l.set("cost", minMax(limits.cost));
    v.set("limits", std::move(l));
    JsonValue mm = JsonValue::object();
    mm.set("cross", marginModes.cross);
    mm.set("isolated", marginModes.isolated);
    v.set("marginModes", std::move(mm));
    v.set("created", created);
    if (tierBased) {
        v.set("tierBased", tierBased);
    }
    if (percentage) {
        v.set("percentage", percentage);
    }
    if (feeSide) {
        v.set("feeSide", feeSide);
    }
    appendExtra(v, extra);
    v.set("info", info);
    return v;
}

Market Market::fromJson(const JsonRef& j)
{
    Market m;
    m.id = str(j["id"]);
    m.symbol = str(j["symbol"]);
    m.base = str(j["base"]);
    m.quote = str(j["quote"]);
    m.settle = j["settle"].string();
    m.baseId = j["baseId"].string().value_or(m.base);
    m.quoteId = j["quoteId"].string().value_or(m.quote);
    m.settleId = j["settleId"].string();
    m.type = j["type"].string().value_or("spot");
    m.spot = j["spot"].boolean().value_or(m.type == "spot");
    m.margin = j["margin"].boolean().value_or(false);
    m.swap = j["swap"].boolean().value_or(false);
    m.future = j["future"].boolean().value_or(false);
    m.option = j["option"].boolean().value_or(false);
    m.active = j["active"].boolean();
    m.contract = j["contract"].boolean().value_or(false);
    m.linear = j["linear"].boolean();
    m.inverse = j["inverse"].boolean();
    m.taker = j["taker"].decimal();
    m.maker = j["maker"].decimal();
    m.contractSize = j["contractSize"].decimal();
    m.precision.amount = j["precision"]["amount"].decimal();
    m.precision.price = j["precision"]["price"].decimal();
    m.precision.cost = j["precision"]["cost"].decimal();
    m.precision.base = j["precision"]["base"].decimal();
    m.precision.quote = j["precision"]["quote"].decimal();
    m.limits.leverage = readMinMax(j["limits"]["leverage"]);
    m.limits.amount = readMinMax(j["limits"]["amount"]);
    m.limits.price = readMinMax(j["limits"]["price"]);
    m.limits.cost = readMinMax(j["limits"]["cost"]);
    m.created = j["created"].integer();
    m.tierBased = j["tierBased"].boolean();
    m.percentage = j["percentage"].boolean();
    m.feeSide = j["feeSide"].string();
    m.info = JsonValue::fromRef(j["info"]);
    return m;
}

// ---- Currency ----

JsonValue Currency::toJson() const
{
    JsonValue v = JsonValue::object();
    v.set("id", id);
    v.set("code", code);
    v.set("name", name);
    v.set("active", active);
    v.set("deposit", deposit);
    v.set("withdraw", withdraw);
    v.set("fee", fee);
    v.set("precision", precision);
    v.set("type", type);
    JsonValue l = JsonValue::object();
    l.set("amount", minMax(amountLimits));
    l.set("withdraw", minMax(withdrawLimits));
    l.set("deposit", minMax(depositLimits));
    v.set("limits", std::move(l));
    JsonValue nets = JsonValue::object();
    for (const auto& n : networks) {
        JsonValue nv = JsonValue::object();
        nv.set("id", n.id);
        nv.set("network", n.network);
        nv.set("active", n.active);
        nv.set("deposit", n.deposit);
        nv.set("withdraw", n.withdraw);
        nv.set("fee", n.fee);
        nv.set("precision", n.precision);
        JsonValue nl = JsonValue::object();
        nl.set("withdraw", minMax(n.withdrawLimits));
        nl.set("deposit", minMax(n.depositLimits));
        nv.set("limits", std::move(nl));
        nv.set("info", n.info);
        nets.set(n.network, std::move(nv));
    }
    v.set("networks", std::move(nets));
    v.set("fees", JsonValue::object()); // ccxt's currency structure always has it
    v.set("info", info);
    return v;
}

Currency Currency::fromJson(const JsonRef& j)
{
    Currency c;
    c.id = str(j["id"]);
    c.code = str(j["code"]);
    c.name = j["name"].string();
    c.active = j["active"].boolean();
    c.deposit = j["deposit"].boolean();
    c.withdraw = j["withdraw"].boolean();
    c.fee = j["fee"].decimal();
    c.precision = j["precision"].decimal();
    c.type = j["type"].string();
    c.amountLimits = readMinMax(j["limits"]["amount"]);
    c.withdrawLimits = readMinMax(j["limits"]["withdraw"]);
    c.depositLimits = readMinMax(j["limits"]["deposit"]);
    c.info = JsonValue::fromRef(j["info"]);
    return c;
}

// ---- Ticker ----

// ccxt's safeTicker, for what Kraken leaves out: change, percentage, average from open and close.
void Ticker::complete(const Market* market)
{
    if (!close) {
        close = last;
    }
    open = omitZero(open);
    close = omitZero(close);
    bid = omitZero(bid);
    ask = omitZero(ask);
    high = omitZero(high);
    low = omitZero(low);
    if (!vwap && quoteVolume && baseVolume && !quoteVolume->isZero() && !baseVolume->isZero()) {
        vwap = *quoteVolume / *baseVolume;
    }
    if (!change && close && open) {
        change = *close - *open;
    }
    if (open) {
        if (!percentage && change) {
            percentage = change->divided(*open) * Decimal(100);
        }
        if (!average && close) {
            // Half of open + close, cut to the price's decimals when the market is known (ccxt does the same).
            int places = 18;
            if (market && market->precision.price) {
                places = std::max(0, market->precision.price->decimalPlaces());
            }
            average = (*open + *close).divided(Decimal(2), places);
        }
    }
    last = close;
}

JsonValue Ticker::toJson() const
{
    JsonValue v = JsonValue::object();
    v.set("symbol", symbolJson(symbol));
    v.set("timestamp", timestampJson(timestamp));
    v.set("datetime", datetimeJson(timestamp));
    v.set("high", high);
    v.set("low", low);
    v.set("bid", bid);
    v.set("bidVolume", bidVolume);
    v.set("ask", ask);
    v.set("askVolume", askVolume);
    v.set("vwap", vwap);
    v.set("open", open);
    v.set("close", close);
    v.set("last", last);
    v.set("previousClose", previousClose);
    v.set("change", change);
    v.set("percentage", percentage);
    v.set("average", average);
    v.set("baseVolume", baseVolume);
    v.set("quoteVolume", quoteVolume);
    v.set("markPrice", markPrice);
    v.set("indexPrice", indexPrice);
    v.set("info", info);
    return v;
}

// ---- OrderBook ----

void OrderBook::sort()
{
    std::stable_sort(bids.begin(), bids.end(),
                     [](const PriceLevel& a, const PriceLevel& b) { return a.price > b.price; });
    std::stable_sort(asks.begin(), asks.end(),
                     [](const PriceLevel& a, const PriceLevel& b) { return a.price < b.price; });
}

JsonValue OrderBook::toJson() const
{
    auto side = [](const std::vector<PriceLevel>& levels) {
        JsonValue arr = JsonValue::array();
        arr.items().reserve(levels.size());
        for (const auto& l : levels) {
            JsonValue pair = JsonValue::array();
            pair.push(l.price);
            pair.push(l.amount);
            if (l.countOrId) {
                pair.push(JsonValue(*l.countOrId));
            }
            arr.push(std::move(pair));
        }
        return arr;
    };
    JsonValue v = JsonValue::object();
    v.set("symbol", symbol);
    v.set("bids", side(bids));
    v.set("asks", side(asks));
    v.set("timestamp", timestampJson(timestamp));
    v.set("datetime", datetimeJson(timestamp));
    v.set("nonce", nonce);
    return v;
}

// ---- Trade ----

// ccxt's safeTrade: cost from price * amount, the fee list from the fee.
void Trade::complete()
{
    if (!cost && price && amount) {
        cost = *price * *amount;
    }
    if (fee) {
        fees = reduceFeesByCurrency({*fee});
        if (fees.size() == 1) {
            fee = fees.front();
        } else if (fees.empty()) {
            fee.reset();
        }
    }
}

JsonValue Trade::toJson() const
{
    JsonValue v = JsonValue::object();
    v.set("info", info);
    v.set("timestamp", timestampJson(timestamp));
    v.set("datetime", datetimeJson(timestamp));
    v.set("symbol", symbolJson(symbol));
    v.set("id", id);
    v.set("order", order);
    v.set("type", type);
    v.set("side", side);
    v.set("takerOrMaker", takerOrMaker);
    v.set("price", price);
    v.set("amount", amount);
    v.set("cost", cost);
    v.set("fee", fee ? feeToJson(*fee) : feeToJson(Fee {}));
    JsonValue list = JsonValue::array();
    for (const auto& f : fees) {
        list.push(feeToJson(f));
    }
    v.set("fees", std::move(list));
    appendExtra(v, extra);
    return v;
}

// ---- Ohlcv ----

JsonValue Ohlcv::toJson() const
{
    JsonValue v = JsonValue::array();
    v.push(JsonValue(timestamp));
    v.push(open);
    v.push(high);
    v.push(low);
    v.push(close);
    v.push(volume);
    return v;
}

// ---- Balance ----

void Balance::complete()
{
    for (auto& [code, e] : currencies) {
        if (!e.total && e.free && e.used) {
            e.total = *e.free + *e.used;
        }
        if (!e.free && e.total && e.used) {
            e.free = *e.total - *e.used;
        }
        if (!e.used && e.total && e.free) {
            e.used = *e.total - *e.free;
        }
    }
}

JsonValue Balance::toJson() const
{
    JsonValue v = JsonValue::object();
    v.set("info", info);
    v.set("timestamp", timestampJson(timestamp));
    v.set("datetime", datetimeJson(timestamp));
    JsonValue freeMap = JsonValue::object(), usedMap = JsonValue::object(), totalMap = JsonValue::object();
    for (const auto& [code, e] : currencies) {
        JsonValue entry = JsonValue::object();
        entry.set("free", e.free);
        entry.set("used", e.used);
        entry.set("total", e.total);
        v.set(code, std::move(entry));
        freeMap.set(code, e.free);
        usedMap.set(code, e.used);
        totalMap.set(code, e.total);
    }
    v.set("free", std::move(freeMap));
    v.set("used", std::move(usedMap));
    v.set("total", std::move(totalMap));
    return v;
}

// ---- Order ----

// ccxt's safeOrder, as far as Kraken's orders need it: filled, remaining, cost and average from one another,
// the fee list, and the time in force implied by the type.
void Order::complete(bool triggerOrStopOrder)
{
    amount = omitZero(amount);
    average = omitZero(average);
    price = omitZero(price);
    const bool parseFilled = !filled;
    const bool parseCost = !cost;
    const bool parseFee = !fee;
    std::vector<Fee> tradeFees;
    if (!trades.empty()) {
        if (parseFilled) {
            filled = Decimal(0);
        }
        if (parseCost) {
            cost = Decimal(0);
        }
        for (const auto& t : trades) {
            if (parseFilled && t.amount) {
                *filled += *t.amount;
            }
            if (parseCost && t.cost) {
                *cost += *t.cost;
            }
            if (t.timestamp && (!lastTradeTimestamp || *t.timestamp > *lastTradeTimestamp)) {
                lastTradeTimestamp = t.timestamp;
            }
            tradeFees.insert(tradeFees.end(), t.fees.begin(), t.fees.end());
        }
    }
    fees = reduceFeesByCurrency(tradeFees);
    if (!parseFee && fees.empty()) {
        fees.push_back(*fee);
    }
    if (parseFee && fees.size() == 1) {
        fee = fees.front();
    }
    const bool closed = status == "closed";
    if (!amount) {
        if (filled && remaining) {
            amount = *filled + *remaining;
        } else if (closed) {
            amount = filled;
        }
    }
    if (!filled) {
        if (amount && remaining) {
            filled = *amount - *remaining;
        } else if (closed && amount) {
            filled = amount;
        }
    }
    if (!remaining) {
        if (amount && filled) {
            remaining = *amount - *filled;
        } else if (closed) {
            remaining = Decimal(0);
        }
    }
    if (!average && filled && cost && filled->sign() > 0) {
        average = cost->divided(*filled);
    }
    if (parseCost && filled && (average || price)) {
        cost = *filled * (average ? *average : *price);
    }
    if ((!price || price->isZero()) && type == "market") {
        price = average;
    }
    if (!timeInForce) {
        if (!triggerOrStopOrder && type == "market") {
            timeInForce = "IOC";
        }
        if (postOnly == true) {
            timeInForce = "PO";
        }
    } else if (!postOnly) {
        postOnly = timeInForce == "PO";
    }
}

JsonValue Order::toJson() const
{
    JsonValue v = JsonValue::object();
    v.set("info", info);
    v.set("id", id);
    v.set("clientOrderId", clientOrderId);
    v.set("timestamp", timestampJson(timestamp));
    v.set("datetime", datetimeJson(timestamp));
    v.set("lastTradeTimestamp", lastTradeTimestamp);
    v.set("lastUpdateTimestamp", lastUpdateTimestamp);
    v.set("symbol", symbolJson(symbol));
    v.set("type", type);
    v.set("timeInForce", timeInForce);
    v.set("postOnly", postOnly);
    v.set("reduceOnly", reduceOnly);
    v.set("side", side);
    v.set("price", price);
    v.set("stopPrice", triggerPrice);
    v.set("triggerPrice", triggerPrice);
    v.set("takeProfitPrice", takeProfitPrice);
    v.set("stopLossPrice", stopLossPrice);
    v.set("amount", amount);
    v.set("cost", cost);
    v.set("average", average);
    v.set("filled", filled);
    v.set("remaining", remaining);
    v.set("status", status);
    v.set("fee", fee ? feeToJson(*fee) : JsonValue());
    JsonValue feeList = JsonValue::array();
    for (const auto& f : fees) {
        feeList.push(feeToJson(f));
    }
    v.set("fees", std::move(feeList));
    JsonValue tradeList = JsonValue::array();
    for (const auto& t : trades) {
        tradeList.push(t.toJson());
    }
    v.set("trades", std::move(tradeList));
    return v;
}

// ---- Transaction ----

JsonValue Transaction::toJson() const
{
    JsonValue v = JsonValue::object();
    v.set("info", info);
    v.set("id", id);
    v.set("txid", txid);
    v.set("timestamp", timestampJson(timestamp));
    v.set("datetime", datetimeJson(timestamp));
    v.set("network", network);
    v.set("address", address);
    v.set("addressTo", addressTo);
    v.set("addressFrom", addressFrom);
    v.set("tag", tag);
    v.set("tagTo", tagTo);
    v.set("tagFrom", tagFrom);
    v.set("type", type);
    v.set("amount", amount);
    v.set("currency", currency);
    v.set("status", status);
    v.set("updated", updated);
    v.set("internal", internal);
    v.set("comment", comment);
    if (fee) {
        JsonValue f = JsonValue::object();
        f.set("currency", fee->currency);
        f.set("cost", fee->cost);
        if (fee->rate) {
            f.set("rate", fee->rate);
        }
        v.set("fee", std::move(f));
    } else {
        v.set("fee", JsonValue());
    }
    return v;
}

JsonValue TradingFee::toJson() const
{
    JsonValue v = JsonValue::object();
    v.set("info", info);
    v.set("symbol", symbol);
    v.set("maker", maker);
    v.set("taker", taker);
    v.set("percentage", percentage);
    v.set("tierBased", tierBased);
    return v;
}

JsonValue DepositAddress::toJson() const
{
    JsonValue v = JsonValue::object();
    v.set("info", info);
    v.set("currency", currency);
    v.set("network", network);
    v.set("address", address);
    v.set("tag", tag);
    return v;
}

} // namespace bourse::ex
