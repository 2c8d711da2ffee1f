// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtxParsers.h"

#include "Htx.h"
#include "common/RestParams.h"

namespace bourse::ex::htx {

using rest::num;
using rest::precisionFromDecimals;
using rest::str;

namespace {

OptString firstText(const JsonRef& raw, std::initializer_list<std::string_view> keys)
{
    for (auto key : keys) {
        if (auto s = str(raw[key])) {
            return s;
        }
    }
    return std::nullopt;
}

OptInt firstInteger(const JsonRef& raw, std::initializer_list<std::string_view> keys)
{
    for (auto key : keys) {
        if (auto d = num(raw[key])) {
            return d->toInt64();
        }
    }
    return std::nullopt;
}

std::string symbolOf(const JsonRef& raw, const Htx& ex, const Market* market)
{
    if (auto id = str(raw["symbol"])) {
        if (const Market* m = ex.findMarketById(*id)) {
            return m->symbol;
        }
        if (!market) {
            return *id;
        }
    }
    return market ? market->symbol : std::string();
}

} // namespace

Market parseMarket(const JsonRef& raw, const Htx& ex)
{
    Market m;
    m.baseId = raw["base-currency"].stringOr("");
    m.quoteId = raw["quote-currency"].stringOr("");
    if (m.baseId.empty() || m.quoteId.empty()) {
        throw Error(ErrorKind::ExchangeError, "htx fetchMarkets() missing baseId or quoteId");
    }
    m.id = rest::lower(m.baseId + m.quoteId);
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.precision.price = precisionFromDecimals(raw["price-precision"]);
    m.precision.amount = precisionFromDecimals(raw["amount-precision"]);
    m.precision.cost = precisionFromDecimals(raw["value-precision"]);
    m.maker = *Decimal::parse("0.002");
    m.taker = *Decimal::parse("0.002");
    m.active = str(raw["state"]) == "online";
    const Decimal leverage = num(raw["leverage-ratio"]).value_or(Decimal(1));
    const Decimal superLeverage = num(raw["super-margin-leverage-ratio"]).value_or(Decimal(1));
    m.margin = leverage > Decimal(1) || superLeverage > Decimal(1);
    m.limits.leverage.min = Decimal(1);
    m.limits.leverage.max = leverage;
    m.limits.amount.min = num(raw["min-order-amt"]);
    m.limits.amount.max = num(raw["max-order-amt"]);
    m.limits.cost.min = num(raw["min-order-value"]);
    m.tierBased = false;
    m.percentage = true;
    m.feeSide = "get";
    m.extra = JsonValue::object();
    m.extra.set("lowercaseId", m.id);
    m.info = JsonValue::fromRef(raw);
    return m;
}

Currency parseCurrency(const JsonRef& raw, const Htx& ex, std::map<std::string, std::string>& chainTitles)
{
    Currency c;
    c.id = raw["currency"].stringOr("");
    c.code = ex.safeCurrencyCode(c.id);
    c.type = str(raw["assetType"]) == "1" ? "crypto" : "fiat";
    c.active = str(raw["instStatus"]) == "normal";
    for (const auto& chain : raw["chains"].items()) {
        auto id = str(chain["chain"]);
        if (!id) {
            continue;
        }
        // baseChain ("TRX") where HTX gives it, else the display name.
        auto title = str(chain["baseChain"]);
        if (!title) {
            title = str(chain["displayName"]);
        }
        if (title) {
            chainTitles[*id] = *title;
        }
        Network n;
        n.id = *id;
        n.network = ex.networkCode(*id, c.code);
        n.deposit = str(chain["depositStatus"]) == "allowed";
        n.withdraw = str(chain["withdrawStatus"]) == "allowed";
        n.fee = num(chain["transactFeeWithdraw"]);
        n.precision = precisionFromDecimals(chain["withdrawPrecision"]);
        n.depositLimits.min = num(chain["minDepositAmt"]);
        n.withdrawLimits.min = num(chain["minWithdrawAmt"]);
        n.withdrawLimits.max = num(chain["maxWithdrawAmt"]);
        n.info = JsonValue::fromRef(chain);
        c.networks.push_back(std::move(n));
    }
    rest::completeFromNetworks(c);
    c.info = JsonValue::fromRef(raw);
    return c;
}

Ticker parseTicker(const JsonRef& raw, const Htx& ex, const Market* market)
{
    Ticker t;
    t.symbol = symbolOf(raw, ex, market);
    t.timestamp = firstInteger(raw, {"ts", "quoteTime"});
    // market/detail/merged gives [price, size] pairs; market/tickers gives bid and bidSize apart.
    if (raw["bid"].isArray()) {
        t.bid = num(raw["bid"][0]);
        t.bidVolume = num(raw["bid"][1]);
    } else if (raw.has("bid")) {
        t.bid = num(raw["bid"]);
        t.bidVolume = num(raw["bidSize"]);
    }
    if (raw["ask"].isArray()) {
        t.ask = num(raw["ask"][0]);
        t.askVolume = num(raw["ask"][1]);
    } else if (raw.has("ask")) {
        t.ask = num(raw["ask"]);
        t.askVolume = num(raw["askSize"]);
    }
    t.open = num(raw["open"]);
    t.close = num(raw["close"]);
    t.last = t.close;
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.baseVolume = num(raw["amount"]);
    t.quoteVolume = num(raw["vol"]);
    t.info = JsonValue::fromRef(raw);
    // The average is cut to the market's price decimals only where the market was given (fetchTicker), as in ccxt.
    t.complete(market);
    return t;
}

OrderBook parseOrderBook(const JsonRef& tick, const std::string& symbol, OptInt timestamp)
{
    OrderBook b;
    b.symbol = symbol;
    b.timestamp = timestamp;
    b.nonce = tick["version"].integer();
    b.bids = rest::priceLevels(tick["bids"]);
    b.asks = rest::priceLevels(tick["asks"]);
    b.sort();
    return b;
}

Trade parseTrade(const JsonRef& raw, const Htx& ex, const Market* market)
{
    Trade t;
    t.symbol = symbolOf(raw, ex, market);
    t.timestamp = firstInteger(raw, {"ts", "created-at", "created_at", "create_date", "created_time"});
    t.order = firstText(raw, {"order-id", "order_id"});
    t.side = firstText(raw, {"direction", "side"});
    // "buy-limit": the side and the order type in one.
    if (auto type = str(raw["type"])) {
        auto dash = type->find('-');
        if (dash != std::string::npos) {
            t.side = type->substr(0, dash);
            auto rest = type->substr(dash + 1);
            t.type = rest.substr(0, rest.find('-'));
        } else {
            t.type = type;
        }
    }
    if (auto role = str(raw["role"])) {
        t.takerOrMaker = rest::lower(*role);
    }
    t.price = num(firstText(raw, {"price", "trade_price"}));
    t.amount = num(firstText(raw, {"filled-amount", "amount"}));
    OptString feeCost = str(raw["filled-fees"]);
    OptString feeCurrency;
    if (auto id = firstText(raw, {"fee-currency", "fee_asset", "fee_currency"})) {
        feeCurrency = ex.safeCurrencyCode(*id);
    }
    // Fees paid in HTX points: the points, in the deduction currency.
    if (auto points = str(raw["filled-points"])) {
        if (!feeCost || num(feeCost).value_or(Decimal(0)).isZero()) {
            if (auto deduct = str(raw["fee-deduct-currency"])) {
                feeCost = points;
                feeCurrency = ex.safeCurrencyCode(*deduct);
            }
        }
    }
    if (feeCost) {
        t.fee = Fee {num(feeCost), feeCurrency, std::nullopt};
    }
    auto id = str(raw["id"]);
    t.id = id && id->find('-') != std::string::npos ? id : firstText(raw, {"trade_id", "trade-id", "id"});
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

std::string parseOrderStatus(const std::string& status)
{
    static const std::map<std::string, std::string> statuses {
        {"partial-filled", "open"},   {"partial-canceled", "canceled"},
        {"filled", "closed"},         {"canceled", "canceled"},
        {"submitted", "open"},        {"created", "open"},
        {"active", "open"},           {"new", "open"},
        {"partially_filled", "open"}, {"partially_canceled", "canceled"},
    };
    auto it = statuses.find(status);
    return it == statuses.end() ? status : it->second;
}

Order parseOrder(const JsonRef& raw, const Htx& ex, const Market* market)
{
    Order o;
    o.info = JsonValue::fromRef(raw);
    const Market* m = market;
    if (auto id = str(raw["symbol"])) {
        if (const Market* found = ex.findMarketById(*id)) {
            m = found;
        }
    }
    o.symbol = symbolOf(raw, ex, m);
    if (auto state = firstText(raw, {"state", "status"})) {
        o.status = parseOrderStatus(*state);
    }
    if (firstText(raw, {"err_code", "err-code"})) {
        o.status = "rejected";
    }
    o.id = firstText(raw, {"algo_id", "id", "order_id_str", "order-id", "order_id"});
    o.side = firstText(raw, {"direction", "side"});
    o.type = str(raw["order_price_type"]);
    if (auto rawType = str(raw["type"])) {
        auto dash = rawType->find('-');
        if (dash != std::string::npos) {
            o.side = rawType->substr(0, dash);
            auto rest = rawType->substr(dash + 1);
            o.type = rest.substr(0, rest.find('-'));
        } else if (!o.type) {
            o.type = rawType;
        }
    }
    o.timestamp = firstInteger(raw, {"created_at", "created-at", "create_date", "created_time"});
    o.clientOrderId = firstText(raw, {"client_order_id", "client-order-id", "algo_client_order_id"});
    // A market buy is placed by its cost: `amount` is then the quote spent, not a base amount.
    if (o.type && o.type->find("market") != std::string::npos) {
        o.cost = num(raw["field-cash-amount"]);
    } else {
        o.amount = num(firstText(raw, {"volume", "amount"}));
        o.cost = num(firstText(raw, {"filled-cash-amount", "field-cash-amount", "trade_turnover"}));
    }
    // HTX's "field-" keys are its own misspelling of "filled-".
    o.filled = num(firstText(raw, {"filled-amount", "field-amount", "trade_volume"}));
    o.price = num(firstText(raw, {"price", "order_price"}));
    OptString feeCost = firstText(raw, {"filled-fees", "field-fees"});
    if (auto fee = str(raw["fee"])) {
        feeCost = fee;
    }
    if (feeCost && *feeCost != "0" && *feeCost != "0.0") {
        OptString currency;
        if (auto id = firstText(raw, {"fee_asset", "fee_currency"})) {
            currency = ex.safeCurrencyCode(*id);
        } else if (m) {
            // The fee is taken from what the order receives.
            currency = o.side == "sell" ? m->quote : m->base;
        }
        o.fee = Fee {num(feeCost), currency, std::nullopt};
    }
    o.average = num(raw["trade_avg_price"]);
    o.triggerPrice = num(firstText(raw, {"stop-price", "trigger_price"}));
    if (auto tif = str(raw["time_in_force"])) {
        o.timeInForce = rest::upper(*tif);
    }
    if (auto reduceOnly = raw["reduce_only"].integer()) {
        o.reduceOnly = *reduceOnly != 0;
    }
    o.complete();
    return o;
}

Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = num(raw["id"]).value_or(Decimal(0)).toInt64() * 1000;
    c.open = num(raw["open"]);
    c.high = num(raw["high"]);
    c.low = num(raw["low"]);
    c.close = num(raw["close"]);
    c.volume = num(raw["amount"]);
    return c;
}

Balance parseBalance(const JsonRef& response, const Htx& ex)
{
    Balance b;
    b.info = JsonValue::fromRef(response);
    for (const auto& entry : response["data"]["list"].items()) {
        std::string code = ex.safeCurrencyCode(entry["currency"].stringOr(""));
        BalanceEntry& e = b.currencies[code];
        auto type = str(entry["type"]);
        if (type == "trade") {
            e.free = num(entry["balance"]);
        } else if (type == "frozen") {
            e.used = num(entry["balance"]);
        }
    }
    b.complete();
    return b;
}

Transaction parseTransaction(const JsonRef& raw, const Htx& ex)
{
    static const std::map<std::string, std::string> statuses {
        {"unknown", "failed"},    {"confirming", "pending"},      {"confirmed", "ok"},
        {"safe", "ok"},           {"orphan", "failed"},           {"submitted", "pending"},
        {"canceled", "canceled"}, {"reexamine", "pending"},       {"reject", "failed"},
        {"pass", "pending"},      {"wallet-reject", "failed"},    {"confirm-error", "failed"},
        {"repealed", "failed"},   {"wallet-transfer", "pending"}, {"pre-transfer", "pending"},
        {"verifying", "pending"},
    };
    Transaction t;
    t.info = JsonValue::fromRef(raw);
    t.timestamp = raw["created-at"].integer();
    t.currency = ex.safeCurrencyCode(raw["currency"].stringOr(""));
    t.type = str(raw["type"]);
    if (t.type == "withdraw") {
        t.type = "withdrawal";
    }
    OptDecimal fee = num(raw["fee"]);
    if (fee) {
        fee = fee->abs();
    }
    auto chain = str(raw["chain"]);
    t.txid = str(raw["tx-hash"]);
    // Ethereum hashes sometimes arrive without their 0x.
    if (t.txid && chain == "ETH" && t.txid->find("0x") == std::string::npos) {
        t.txid = "0x" + *t.txid;
    }
    t.id = firstText(raw, {"id", "data"});
    if (chain) {
        t.network = ex.networkCode(*chain, *t.currency);
    }
    t.address = str(raw["address"]);
    t.tag = str(raw["address-tag"]);
    t.amount = num(raw["amount"]);
    if (auto state = str(raw["state"])) {
        auto it = statuses.find(*state);
        t.status = it == statuses.end() ? *state : it->second;
    }
    t.updated = raw["updated-at"].integer();
    t.internal = str(raw["sub-type"]) == "FAST";
    t.fee = Fee {fee, t.currency, std::nullopt};
    return t;
}

TradingFee parseTradingFee(const JsonRef& raw, const Htx& ex, const Market& market)
{
    TradingFee f;
    f.symbol = symbolOf(raw, ex, &market);
    f.maker = num(raw["actualMakerRate"]);
    f.taker = num(raw["actualTakerRate"]);
    f.info = JsonValue::fromRef(raw);
    return f;
}

DepositAddress parseDepositAddress(const JsonRef& raw, const Htx& ex)
{
    DepositAddress a;
    a.currency = ex.safeCurrencyCode(raw["currency"].stringOr(""));
    a.address = str(raw["address"]);
    a.tag = str(raw["addressTag"]);
    if (auto chain = str(raw["chain"])) {
        a.network = ex.networkCode(*chain, a.currency);
    }
    a.info = JsonValue::fromRef(raw);
    return a;
}

} // namespace bourse::ex::htx
