// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateParsers.h"

#include "Gate.h"
#include "common/RestParams.h"

namespace bourse::ex::gate {

using rest::num;
using rest::precisionFromDecimals;
using rest::str;

namespace {

// Seconds, or milliseconds with a fraction where Gate gives them (create_time_ms "1606292218213.4578"): the first
// 13 digits of the microseconds are the milliseconds, as ccxt reads them.
OptInt timestampMs(const JsonRef& ms, const JsonRef& seconds)
{
    if (auto m = num(ms)) {
        std::string micros = (*m * Decimal(1000)).toString();
        return Decimal::parse(micros.substr(0, 13)).value_or(Decimal(0)).toInt64();
    }
    if (auto s = num(seconds)) {
        return (*s * Decimal(1000)).toInt64();
    }
    return std::nullopt;
}

// Order times: create_time_ms, else create_time in seconds (10 digits or a fraction) or microseconds (16 digits).
OptInt orderTime(const JsonRef& raw, std::string_view msKey, std::initializer_list<std::string_view> keys)
{
    if (auto ms = num(raw[msKey])) {
        return ms->toInt64();
    }
    for (auto key : keys) {
        auto text = str(raw[key]);
        if (!text) {
            continue;
        }
        auto value = Decimal::parse(*text);
        if (!value) {
            return std::nullopt;
        }
        if (text->size() == 10 || text->find('.') != std::string::npos) {
            return (*value * Decimal(1000)).toInt64();
        }
        if (text->size() == 16) {
            return value->divided(Decimal(1000)).toInt64();
        }
        return value->toInt64();
    }
    return std::nullopt;
}

BalanceEntry balanceEntry(const JsonRef& e)
{
    BalanceEntry b;
    b.used = num(e["freeze"]);
    if (!b.used) {
        b.used = num(e["locked"]);
    }
    b.free = num(e["available"]);
    b.total = num(e["total"]);
    return b;
}

} // namespace

Market parseMarket(const JsonRef& spot, const JsonRef& margin, const Gate& ex)
{
    // The spot entry wins over the margin one where both name a field (ccxt's deepExtend (margin, spot)).
    auto field = [&](std::string_view key) { return spot.has(key) ? spot[key] : margin[key]; };
    Market m;
    m.id = spot["id"].stringOr("");
    auto underscore = m.id.find('_');
    m.baseId = m.id.substr(0, underscore);
    m.quoteId = underscore == std::string::npos ? std::string() : m.id.substr(underscore + 1);
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    OptDecimal leverage = num(margin["leverage"]);
    m.margin = leverage.has_value();
    const auto tradeStatus = str(field("trade_status"));
    const long long marginStatus = margin["status"].integer().value_or(1);
    m.active = tradeStatus == "tradable" || (m.margin && marginStatus == 1);
    // Fees are in percent.
    OptDecimal takerPercent = num(field("fee"));
    OptDecimal makerPercent = num(field("maker_fee_rate"));
    if (!makerPercent) {
        makerPercent = takerPercent;
    }
    if (takerPercent) {
        m.taker = takerPercent->divided(Decimal(100));
    }
    if (makerPercent) {
        m.maker = makerPercent->divided(Decimal(100));
    }
    m.precision.amount = precisionFromDecimals(field("amount_precision"));
    m.precision.price = precisionFromDecimals(field("precision"));
    m.limits.leverage.min = Decimal(1);
    m.limits.leverage.max = leverage ? leverage : OptDecimal(Decimal(1));
    m.limits.amount.min = num(spot["min_base_amount"]);
    if (!m.limits.amount.min) {
        m.limits.amount.min = m.precision.amount;
    }
    m.limits.cost.min = num(field("min_quote_amount"));
    if (m.margin) {
        m.limits.cost.max = num(field("max_quote_amount"));
    }
    // buy_start is when trading opened; 0 means Gate does not say.
    if (auto buyStart = spot["buy_start"].integer(); buyStart && *buyStart != 0) {
        m.created = *buyStart * 1000;
    }
    m.tierBased = true;
    m.percentage = true;
    JsonValue info = margin.isObject() ? JsonValue::fromRef(margin) : JsonValue::object();
    mergeParams(info, JsonValue::fromRef(spot));
    m.info = std::move(info);
    return m;
}

Currency parseCurrency(const JsonRef& raw, const Gate& ex)
{
    Currency c;
    c.id = raw["currency"].stringOr("");
    c.code = ex.safeCurrencyCode(c.id);
    c.name = str(raw["name"]);
    // Leveraged tokens end in a digit and L or S (BTC3L, ETH5S).
    const bool leveraged = c.id.size() > 2 && (c.id.back() == 'L' || c.id.back() == 'S')
        && std::isdigit(static_cast<unsigned char>(c.id[c.id.size() - 2]));
    c.type = leveraged ? "leveraged" : "crypto";
    c.active = raw["delisted"].boolean() != true;
    c.deposit = raw["deposit_disabled"].boolean() != true;
    c.withdraw = raw["withdraw_disabled"].boolean() != true;
    // Gate does not say; ccxt's placeholder.
    c.precision = *Decimal::parse("0.0001");
    for (const auto& chain : raw["chains"].items()) {
        auto id = str(chain["name"]);
        if (!id) {
            continue;
        }
        Network n;
        n.id = *id;
        n.network = ex.networkCode(*id, c.code);
        n.deposit = chain["deposit_disabled"].boolean() != true;
        n.withdraw = chain["withdraw_disabled"].boolean() != true;
        n.precision = *Decimal::parse("0.0001");
        n.info = JsonValue::fromRef(chain);
        c.networks.push_back(std::move(n));
    }
    rest::completeFromNetworks(c);
    c.info = JsonValue::fromRef(raw);
    return c;
}

Ticker parseTicker(const JsonRef& raw, const Gate& ex, const Market* market)
{
    Ticker t;
    auto marketId = str(raw["currency_pair"]);
    t.symbol = market ? market->symbol : ex.symbolFor(marketId.value_or(""));
    t.last = num(raw["last"]);
    t.ask = num(raw["lowest_ask"]);
    t.bid = num(raw["highest_bid"]);
    t.high = num(raw["high_24h"]);
    t.low = num(raw["low_24h"]);
    // Sizes at the best prices arrive only on the push channel (B, A); REST tickers have none.
    t.bidVolume = num(raw["B"]);
    t.askVolume = num(raw["A"]);
    t.timestamp = raw["t"].integer();
    // "nan" for a pair without trades in the day.
    auto volume = [](const JsonRef& v) { return str(v) == "nan" ? OptDecimal(Decimal(0)) : num(v); };
    t.baseVolume = volume(raw["base_volume"]);
    t.quoteVolume = volume(raw["quote_volume"]);
    t.percentage = omitZero(num(raw["change_percentage"]));
    t.close = omitZero(t.last);
    // The open the change percentage implies, as ccxt's safeTicker derives it.
    if (t.percentage && t.close) {
        t.open = t.close->divided(Decimal(1) + t.percentage->divided(Decimal(100)));
    }
    t.info = JsonValue::fromRef(raw);
    // The average is cut to the market's price decimals only where the market was given (fetchTicker), as in ccxt.
    t.complete(market);
    return t;
}

OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook b;
    b.symbol = symbol;
    b.timestamp = raw["current"].integer();
    b.nonce = raw["id"].integer();
    b.bids = rest::priceLevels(raw["bids"]);
    b.asks = rest::priceLevels(raw["asks"]);
    b.sort();
    return b;
}

Trade parseTrade(const JsonRef& raw, const Gate& ex, const Market* market)
{
    Trade t;
    t.id = str(raw["id"]);
    if (!t.id) {
        t.id = str(raw["trade_id"]);
    }
    t.timestamp = timestampMs(raw["create_time_ms"], raw["time"].isNull() ? raw["create_time"] : raw["time"]);
    auto marketId = str(raw["currency_pair"]);
    t.symbol = marketId ? ex.symbolFor(*marketId) : (market ? market->symbol : std::string());
    if (const Market* m = marketId ? ex.findMarketById(*marketId) : nullptr) {
        t.symbol = m->symbol;
    }
    t.amount = num(raw["amount"]);
    if (t.amount) {
        t.amount = t.amount->abs();
    }
    t.price = num(raw["price"]);
    t.side = str(raw["side"]);
    if (!t.side) {
        t.side = str(raw["type"]);
    }
    t.order = str(raw["order_id"]);
    t.takerOrMaker = str(raw["role"]);
    // The fee in the fee currency, plus what was paid in GT or points where Gate charged those.
    if (auto fee = num(raw["fee"])) {
        auto currencyId = str(raw["fee_currency"]);
        t.fees.push_back({fee, currencyId ? OptString(ex.safeCurrencyCode(*currencyId)) : std::nullopt, std::nullopt});
    }
    if (auto gt = omitZero(num(raw["gt_fee"]))) {
        t.fees.push_back({gt, std::string("GT"), std::nullopt});
    }
    if (auto points = omitZero(num(raw["point_fee"]))) {
        t.fees.push_back({points, std::string("GATEPOINT"), std::nullopt});
    }
    auto reduced = reduceFeesByCurrency(t.fees);
    if (reduced.size() == 1) {
        t.fee = reduced.front();
    }
    if (t.price && t.amount) {
        t.cost = *t.price * *t.amount;
    }
    t.info = JsonValue::fromRef(raw);
    return t;
}

std::string parseOrderStatus(const std::string& status)
{
    static const std::map<std::string, std::string> statuses {
        {"open", "open"},         {"_new", "open"},     {"filled", "closed"},    {"cancelled", "canceled"},
        {"liquidated", "closed"}, {"ioc", "canceled"},  {"failed", "canceled"},  {"expired", "canceled"},
        {"finished", "closed"},   {"finish", "closed"}, {"succeeded", "closed"},
    };
    auto it = statuses.find(status);
    return it == statuses.end() ? status : it->second;
}

Order parseOrder(const JsonRef& raw, const Gate& ex, const Market* market)
{
    Order o;
    o.info = JsonValue::fromRef(raw);
    // A rejected entry of a batch: {"succeeded": false, "label": ..., "message": ...}.
    if (raw["succeeded"].boolean() == false) {
        o.id = str(raw["id"]);
        o.clientOrderId = str(raw["text"]);
        o.status = "rejected";
        o.symbol = market ? market->symbol : std::string();
        o.complete();
        return o;
    }
    o.id = str(raw["id"]);
    JsonRef put = raw["put"];
    JsonRef trigger = raw["trigger"];
    auto pick = [&](std::string_view key) { return raw.has(key) ? str(raw[key]) : str(put[key]); };
    o.type = pick("type");
    OptString tif = pick("time_in_force");
    if (tif) {
        tif = rest::upper(*tif);
        if (*tif == "POC") {
            tif = "PO";
        }
    }
    o.timeInForce = tif;
    o.postOnly = tif == "PO";
    OptString amount = pick("amount");
    o.side = pick("side");
    OptString price = pick("price");
    OptString remaining = str(raw["left"]);
    OptString cost = str(raw["filled_total"]);
    o.triggerPrice = num(trigger["price"]);
    o.average = num(raw["avg_deal_price"]);
    if (!o.average) {
        o.average = num(raw["fill_price"]);
    }
    if (o.triggerPrice && !o.triggerPrice->isZero()) {
        // A trigger order has not traded: nothing filled until it fires.
        remaining = amount;
        cost = "0";
    }
    OptString rawStatus = str(raw["finish_as"]);
    if (!rawStatus) {
        rawStatus = str(raw["status"]);
    }
    o.timestamp = orderTime(raw, "create_time_ms", {"create_time", "ctime"});
    o.lastTradeTimestamp = orderTime(raw, "update_time_ms", {"update_time", "finish_time"});
    OptString marketId = str(raw["currency_pair"]);
    if (!marketId) {
        marketId = str(raw["market"]);
    }
    o.symbol = marketId ? ex.symbolFor(*marketId) : (market ? market->symbol : std::string());
    std::vector<Fee> fees;
    if (auto gt = num(raw["gt_fee"])) {
        fees.push_back({gt, std::string("GT"), std::nullopt});
    }
    if (auto fee = num(raw["fee"])) {
        fees.push_back({fee, ex.safeCurrencyCode(raw["fee_currency"].stringOr("")), std::nullopt});
    }
    if (auto rebate = num(raw["rebated_fee"])) {
        fees.push_back({-*rebate, ex.safeCurrencyCode(raw["rebated_fee_currency"].stringOr("")), std::nullopt});
    }
    o.status = rawStatus ? OptString(parseOrderStatus(*rawStatus)) : std::nullopt;
    OptDecimal remainingValue = num(remaining);
    OptDecimal amountValue = num(amount);
    OptDecimal costValue = num(cost);
    OptDecimal priceValue = num(price);
    const auto account = str(raw["account"]);
    if (account == "spot" || account == "unified") {
        o.average = num(raw["avg_deal_price"]);
        if (o.type == "market" && o.side == "buy") {
            // A market buy is placed by its cost: `amount` and `left` are in the quote currency.
            if (remainingValue && o.average && !o.average->isZero()) {
                remainingValue = remainingValue->divided(*o.average);
            } else {
                remainingValue.reset();
            }
            priceValue.reset();
            costValue = amountValue;
            amountValue = amountValue && o.average && !o.average->isZero()
                ? OptDecimal(amountValue->divided(*o.average))
                : std::nullopt;
        }
    }
    o.price = priceValue;
    o.amount = amountValue ? OptDecimal(amountValue->abs()) : std::nullopt;
    o.cost = costValue ? OptDecimal(costValue->abs()) : std::nullopt;
    o.remaining = remainingValue ? OptDecimal(remainingValue->abs()) : std::nullopt;
    o.clientOrderId = str(raw["text"]);
    if (!o.clientOrderId) {
        o.clientOrderId = str(trigger["text"]);
    }
    if (fees.size() == 1) {
        o.fee = fees.front();
    }
    o.complete();
    if (fees.size() > 1) {
        o.fee.reset();
        o.fees = fees;
    }
    return o;
}

Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = num(raw[0]).value_or(Decimal(0)).toInt64() * 1000;
    c.open = num(raw[5]);
    c.high = num(raw[3]);
    c.low = num(raw[4]);
    c.close = num(raw[2]);
    c.volume = num(raw[6]);
    return c;
}

Balance parseBalance(const JsonRef& raw, const Gate& ex, bool isolated)
{
    Balance b;
    b.info = JsonValue::fromRef(raw);
    if (raw.isObject() && raw.has("balances")) {
        for (const auto& member : raw["balances"].members()) {
            b.currencies[ex.safeCurrencyCode(member.key)] = balanceEntry(member.value);
        }
    } else {
        for (const auto& entry : raw.items()) {
            if (isolated) {
                for (const char* side : {"base", "quote"}) {
                    JsonRef part = entry[side];
                    std::string code = ex.safeCurrencyCode(part["currency"].stringOr(""));
                    BalanceEntry add = balanceEntry(part);
                    BalanceEntry& into = b.currencies[code];
                    // The same currency in several isolated pairs adds up.
                    auto sum = [](OptDecimal& a, const OptDecimal& v) {
                        if (v) {
                            a = a ? *a + *v : *v;
                        }
                    };
                    sum(into.free, add.free);
                    sum(into.used, add.used);
                    sum(into.total, add.total);
                }
            } else {
                b.currencies[ex.safeCurrencyCode(entry["currency"].stringOr(""))] = balanceEntry(entry);
            }
        }
    }
    b.complete();
    return b;
}

Transaction parseTransaction(const JsonRef& raw, const Gate& ex)
{
    static const std::map<std::string, std::string> statuses {
        {"PEND", "pending"},    {"REQUEST", "pending"}, {"DMOVE", "pending"},   {"MANUAL", "pending"},
        {"VERIFY", "pending"},  {"PROCES", "pending"},  {"EXTPEND", "pending"}, {"SPLITPEND", "pending"},
        {"CANCEL", "canceled"}, {"FAIL", "failed"},     {"INVALID", "failed"},  {"DONE", "ok"},
        {"BCODE", "ok"},
    };
    Transaction t;
    t.info = JsonValue::fromRef(raw);
    t.id = str(raw["id"]);
    OptDecimal amount = num(raw["amount"]);
    // Ids say what a record is: d... a deposit, w... a withdrawal, b... a transfer signed by its amount.
    if (t.id) {
        const char first = t.id->front();
        if (first == 'b') {
            t.type = amount && amount->sign() > 0 ? "deposit" : "withdrawal";
            if (amount) {
                amount = amount->abs();
            }
        } else if (first == 'd') {
            t.type = "deposit";
        } else if (first == 'w') {
            t.type = "withdrawal";
        } else {
            t.type = std::string(1, first);
        }
    }
    OptDecimal fee = num(raw["fee"]);
    if (!fee) {
        fee = num(raw["fee_amount"]);
    }
    // Gate's withdrawal amount includes the fee.
    if (t.type == "withdrawal" && amount) {
        amount = fee ? OptDecimal(*amount - *fee) : std::nullopt;
    }
    t.amount = amount;
    t.currency = ex.safeCurrencyCode(raw["currency"].stringOr(""));
    if (auto chain = str(raw["chain"])) {
        t.network = ex.networkCode(rest::upper(*chain), *t.currency);
    }
    t.txid = str(raw["txid"]);
    if (auto status = str(raw["status"])) {
        auto it = statuses.find(*status);
        t.status = it == statuses.end() ? *status : it->second;
    }
    t.address = str(raw["address"]);
    t.tag = str(raw["memo"]);
    if (auto ts = num(raw["timestamp"])) {
        t.timestamp = (*ts * Decimal(1000)).toInt64();
    }
    t.fee = Fee {fee, t.currency, std::nullopt};
    return t;
}

TradingFee parseTradingFee(const JsonRef& raw, const Market& market)
{
    // With the GT discount on, the discounted rates apply.
    const bool gt = raw["gt_discount"].boolean() == true;
    TradingFee f;
    f.symbol = market.symbol;
    f.maker = num(raw[gt ? "gt_maker_fee" : "maker_fee"]);
    f.taker = num(raw[gt ? "gt_taker_fee" : "taker_fee"]);
    f.info = JsonValue::fromRef(raw);
    return f;
}

DepositAddress parseDepositAddress(const JsonRef& raw, const Gate& ex, const std::string& code)
{
    DepositAddress a;
    a.currency = code;
    a.address = str(raw["address"]);
    a.tag = str(raw["payment_id"]);
    if (auto chain = str(raw["chain"])) {
        a.network = ex.networkCode(*chain, code);
    }
    a.info = JsonValue::fromRef(raw);
    return a;
}

} // namespace bourse::ex::gate
