// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitfinexParsers.h"

#include "Bitfinex.h"
#include "common/SafeRead.h"

#include <map>

namespace bourse::ex::bitfinex {

namespace {

using namespace saferead;

// "BTCF0" -> "BTC": a derivative collateral name's underlying code.
std::string beforeF0(const std::string& code)
{
    auto at = code.find("F0");
    return at == std::string::npos ? code : code.substr(0, at);
}

// Bitfinex's wording of an order type -> the unified type; types Bitfinex has no unified name for are absent.
OptString unifiedOrderType(std::string_view type)
{
    static const std::map<std::string_view, std::string_view> types {
        {"MARKET", "market"},
        {"EXCHANGE MARKET", "market"},
        {"LIMIT", "limit"},
        {"EXCHANGE LIMIT", "limit"},
        {"EXCHANGE STOP", "market"},
        {"EXCHANGE FOK", "limit"},
        {"EXCHANGE STOP LIMIT", "limit"},
        {"EXCHANGE IOC", "limit"},
    };
    auto it = types.find(type);
    return it == types.end() ? std::nullopt : OptString(std::string(it->second));
}

// A deposit method name -> the unified network code (the inverse of bitfinexNetworks(), plus USDT on Ethereum).
std::string networkCode(const std::string& methodId)
{
    if (methodId == "TETHERUSE") {
        return "ERC20";
    }
    for (const auto& [code, id] : bitfinexNetworks()) {
        if (id == methodId) {
            return code;
        }
    }
    return methodId;
}

// The lists of the configuration answer are [[key, value], ...]; this finds a key's value.
JsonRef lookup(const JsonRef& list, std::string_view key)
{
    for (const auto& entry : list.items()) {
        if (entry[0].stringView() == key) {
            return entry[1];
        }
    }
    return JsonRef();
}

} // namespace

Market parseMarket(const JsonRef& pair, const std::set<std::string, std::less<>>& marginIds, const Exchange& ex)
{
    Market m;
    const std::string id = upper(pair[0].string().value_or(std::string()));
    JsonRef info = pair[1];
    // "BTCUSD" is two three-letter codes; longer codes are written with a colon ("AVAX:USD").
    auto colon = id.find(':');
    m.baseId = colon == std::string::npos ? id.substr(0, 3) : id.substr(0, colon);
    m.quoteId = colon == std::string::npos ? (id.size() > 3 ? id.substr(3, 3) : std::string()) : id.substr(colon + 1);
    m.base = beforeF0(ex.safeCurrencyCode(m.baseId));
    m.quote = beforeF0(ex.safeCurrencyCode(m.quoteId));
    m.id = "t" + id;
    m.symbol = m.base + "/" + m.quote;
    m.type = "spot";
    m.spot = true;
    m.margin = marginIds.count(id) > 0;
    m.active = true;
    m.contract = false;
    // Every pair: 8 decimals of amount, 5 significant digits of price (github.com/ccxt/ccxt/issues/7310).
    m.precision.amount = Decimal(8);
    m.precision.price = Decimal(5);
    m.limits.amount.min = num(info[3]);
    m.limits.amount.max = num(info[4]);
    m.limits.price.min = Decimal::parse("0.00000001");
    const auto& fees = ex.description().tradingFees;
    m.taker = fees.taker;
    m.maker = fees.maker;
    m.tierBased = fees.tierBased;
    m.percentage = fees.percentage;
    m.feeSide = "get";
    m.info = JsonValue::fromRef(info);
    return m;
}

std::vector<Currency> parseCurrencies(const JsonRef& response, const Exchange& ex)
{
    JsonRef labels = response[2];
    JsonRef pools = response[5];
    JsonRef explorers = response[6];
    JsonRef fees = response[7];
    JsonRef statuses = response[9];
    // Deposit methods by the currency they carry: [["BITCOIN", ["BTC"]], ["TETHERUSX", ["UST"]], ...].
    std::map<std::string, std::vector<std::string>> methodsByCurrency;
    for (const auto& entry : response[8].items()) {
        auto method = str(entry[0]);
        auto currency = str(entry[1][0]);
        if (method && currency) {
            methodsByCurrency[*currency].push_back(*method);
        }
    }
    std::vector<Currency> out;
    for (const auto& idRef : response[0].items()) {
        auto id = str(idRef);
        // The F0 names are derivative collateral, not currencies one holds.
        if (!id || (id->size() >= 2 && id->substr(id->size() - 2) == "F0")) {
            continue;
        }
        Currency c;
        c.id = *id;
        c.code = ex.safeCurrencyCode(*id);
        c.name = str(lookup(labels, *id));
        // Only coins have a network ("pool") or a block explorer.
        if (!lookup(pools, *id).isNull() || !lookup(explorers, *id).isMissing()) {
            c.type = "crypto";
        }
        c.active = true;
        c.fee = num(lookup(fees, *id)[1]);
        c.withdrawLimits.min = c.fee;
        c.precision = Decimal::pow10(-8);
        for (const auto& methodId : methodsByCurrency[*id]) {
            Network n;
            n.id = lower(methodId);
            n.network = networkCode(methodId);
            // pub:info:tx:status entries are [method, deposit active (1/0), withdrawal active, ...].
            JsonRef row;
            for (const auto& entry : statuses.items()) {
                if (entry[0].stringView() == methodId) {
                    row = entry;
                }
            }
            n.deposit = row[1].integer() == 1LL;
            n.withdraw = row[2].integer() == 1LL;
            n.info = JsonValue(methodId);
            // A currency can be deposited if any of its networks takes deposits.
            if (!c.deposit || *n.deposit) {
                c.deposit = n.deposit;
            }
            if (!c.withdraw || *n.withdraw) {
                c.withdraw = n.withdraw;
            }
            c.networks.push_back(std::move(n));
        }
        JsonValue info = JsonValue::array();
        info.push(JsonValue(*id));
        info.push(JsonValue::fromRef(lookup(labels, *id)));
        info.push(JsonValue::fromRef(lookup(pools, *id)));
        info.push(JsonValue::fromRef(lookup(fees, *id)));
        c.info = std::move(info);
        out.push_back(std::move(c));
    }
    return out;
}

// [SYMBOL?, BID, BID_SIZE, ASK, ASK_SIZE, DAILY_CHANGE, DAILY_CHANGE_RELATIVE, LAST_PRICE, VOLUME, HIGH, LOW]
Ticker parseTicker(const JsonRef& raw, const Market* market, const Exchange& ex)
{
    Ticker t;
    auto first = raw[0].isString() ? raw[0].stringView() : std::nullopt;
    const bool hasId = first && (first->starts_with("t") || first->starts_with("f"));
    size_t shift = hasId ? 0 : 1;
    if (hasId) {
        if (const Market* m = ex.findMarketById(*first)) {
            market = m;
        }
    }
    t.symbol = market ? market->symbol : (hasId ? std::string(*first) : std::string());
    auto at = [&](size_t i) { return num(raw[i - shift]); };
    t.bid = at(1);
    t.ask = at(3);
    t.change = at(5);
    if (auto relative = at(6)) {
        t.percentage = *relative * Decimal(100);
    }
    t.last = at(7);
    t.close = t.last;
    t.baseVolume = at(8);
    t.high = at(9);
    t.low = at(10);
    // The day's open is the last price less the change (ccxt's safeTicker derives it the same way).
    if (t.change && t.close) {
        t.open = *t.close - *t.change;
    }
    t.info = JsonValue::fromRef(raw);
    // Not in tick-size mode: the average is not cut to the market's price decimals.
    t.complete(nullptr);
    return t;
}

OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol, bool rawBook, long long timestamp)
{
    OrderBook book;
    book.symbol = symbol;
    book.timestamp = timestamp;
    for (const auto& level : raw.items()) {
        auto price = num(level[rawBook ? 1 : 0]);
        auto amount = num(level[2]);
        if (!price || !amount) {
            continue;
        }
        if (amount->sign() > 0) {
            book.bids.push_back({*price, *amount});
        } else {
            book.asks.push_back({*price, -*amount});
        }
    }
    book.sort();
    return book;
}

Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    const bool isPrivate = raw.size() > 5;
    t.id = str(raw[0]);
    OptDecimal amount = num(raw[isPrivate ? 4 : 2]);
    t.side = amount && amount->sign() < 0 ? "sell" : "buy";
    t.amount = absolute(amount);
    t.price = num(raw[isPrivate ? 5 : 3]);
    t.timestamp = raw[isPrivate ? 2 : 1].integer();
    t.symbol = market ? market->symbol : std::string();
    if (isPrivate) {
        auto marketId = raw[1].string().value_or(std::string());
        t.symbol = ex.safeSymbol(marketId);
        t.order = str(raw[3]);
        t.takerOrMaker = raw[8].integer() == 1LL ? "maker" : "taker";
        // The fee is charged as a negative amount.
        Fee fee;
        if (auto cost = num(raw[9])) {
            fee.cost = -*cost;
        }
        if (auto currency = str(raw[10])) {
            fee.currency = ex.safeCurrencyCode(*currency);
        }
        t.fee = fee;
        if (auto type = raw[6].stringView()) {
            t.type = unifiedOrderType(*type);
        }
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

std::string parseOrderStatus(std::string_view status)
{
    static const std::map<std::string_view, std::string_view> statuses {
        {"ACTIVE", "open"},           {"PARTIALLY", "open"},
        {"EXECUTED", "closed"},       {"CANCELED", "canceled"},
        {"INSUFFICIENT", "canceled"}, {"POSTONLY CANCELED", "canceled"},
        {"RSN_DUST", "rejected"},     {"RSN_PAUSE", "rejected"},
        {"IOC CANCELED", "canceled"}, {"FILLORKILL CANCELED", "canceled"},
    };
    // "PARTIALLY FILLED @ 107.6(-0.2)": the first word says it.
    std::string_view state = status.substr(0, status.find(' '));
    auto it = statuses.find(state);
    return it == statuses.end() ? std::string(status) : std::string(it->second);
}

// [ID, GID, CID, SYMBOL, MTS_CREATE, MTS_UPDATE, AMOUNT (remaining, signed), AMOUNT_ORIG (signed), TYPE, TYPE_PREV,
//  MTS_TIF, _, FLAGS, STATUS, _, _, PRICE, PRICE_AVG, PRICE_TRAILING, PRICE_AUX_LIMIT, ...]
Order parseOrder(const JsonRef& raw, const Exchange& ex)
{
    Order o;
    o.id = str(raw[0]);
    o.clientOrderId = str(raw[2]);
    o.symbol = ex.safeSymbol(raw[3].string().value_or(std::string()));
    // Index 5 (the last update) is what ccxt reports as the order's time (ccxt issue 6686).
    o.timestamp = raw[5].integer();
    o.remaining = absolute(num(raw[6]));
    OptDecimal signedAmount = num(raw[7]);
    o.amount = absolute(signedAmount);
    o.side = signedAmount && signedAmount->sign() < 0 ? "sell" : "buy";
    const std::string orderType = raw[8].string().value_or(std::string());
    o.type = unifiedOrderType(orderType);
    o.timeInForce = orderType == "EXCHANGE IOC" || orderType == "IOC" ? "IOC"
        : orderType == "EXCHANGE FOK" || orderType == "FOK"           ? "FOK"
                                                                      : "GTC";
    // Flags add up: 4096 is post-only, 1024 reduce-only (ccxt reads the two and their sum).
    auto flags = raw[12].string();
    o.postOnly = flags == std::string("4096") || flags == std::string("5120");
    o.price = num(raw[16]);
    if (orderType == "EXCHANGE STOP" || orderType == "EXCHANGE STOP LIMIT") {
        // For stop orders the price field holds the trigger; a stop-limit's limit is the auxiliary price.
        o.triggerPrice = o.price;
        o.price = orderType == "EXCHANGE STOP LIMIT" ? num(raw[19]) : std::nullopt;
    }
    if (auto status = raw[13].string()) {
        o.status = parseOrderStatus(status->substr(0, status->find(" @ ")));
    }
    o.average = num(raw[17]);
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw[0].integer().value_or(0);
    c.open = num(raw[1]);
    c.high = num(raw[3]);
    c.low = num(raw[4]);
    c.close = num(raw[2]);
    c.volume = num(raw[5]);
    return c;
}

// [WALLET_TYPE, CURRENCY, BALANCE, UNSETTLED_INTEREST, AVAILABLE_BALANCE, LAST_CHANGE, TRADE_DETAILS]
Balance parseBalance(const JsonRef& response, const std::string& walletType, const Exchange& ex)
{
    Balance b;
    for (const auto& wallet : response.items()) {
        if (wallet[0].string() != walletType) {
            continue;
        }
        auto currencyId = lower(wallet[1].string().value_or(std::string()));
        BalanceEntry e;
        e.total = num(wallet[2]);
        e.free = num(wallet[4]);
        b.currencies[ex.safeCurrencyCode(currencyId)] = e;
    }
    b.info = JsonValue::fromRef(response);
    b.complete();
    return b;
}

// [ID, CURRENCY, CURRENCY_NAME, _, _, MTS_STARTED, MTS_UPDATED, _, _, STATUS, _, _, AMOUNT (negative for
//  withdrawals), FEES, _, _, DESTINATION_ADDRESS, _, _, _, TRANSACTION_ID, WITHDRAW_TRANSACTION_NOTE]
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    static const std::map<std::string_view, std::string_view> statuses {
        {"SUCCESS", "ok"},      {"COMPLETED", "ok"},           {"ERROR", "failed"},
        {"FAILURE", "failed"},  {"CANCELED", "canceled"},      {"PENDING APPROVAL", "pending"},
        {"PENDING", "pending"}, {"PENDING REVIEW", "pending"}, {"PENDING CANCELLATION", "pending"},
        {"SENDING", "pending"}, {"USER APPROVED", "pending"},
    };
    Transaction t;
    t.id = str(raw[0]);
    if (auto currencyId = str(raw[1])) {
        t.currency = ex.safeCurrencyCode(*currencyId);
    }
    if (auto method = str(raw[2])) {
        t.network = networkCode(*method);
    }
    t.timestamp = raw[5].integer();
    t.updated = raw[6].integer();
    if (auto status = str(raw[9])) {
        auto it = statuses.find(*status);
        t.status = it == statuses.end() ? *status : std::string(it->second);
    }
    OptDecimal signedAmount = num(raw[12]);
    t.amount = absolute(signedAmount);
    if (signedAmount) {
        t.type = signedAmount->sign() < 0 ? "withdrawal" : "deposit";
    }
    Fee fee;
    fee.currency = t.currency;
    fee.cost = absolute(num(raw[13]));
    t.fee = fee;
    t.address = str(raw[16]);
    t.addressTo = t.address;
    t.txid = str(raw[20]);
    t.comment = str(raw[21]);
    t.info = JsonValue::fromRef(raw);
    return t;
}

std::vector<TradingFee> parseTradingFees(const JsonRef& response, const std::vector<Market>& markets)
{
    // [_, _, _, _, [[MAKER crypto, stable, fiat, _, _, DERIV_REBATE], [TAKER crypto, stable, fiat, _, _, DERIV]], ...]
    JsonRef maker = response[4][0];
    JsonRef taker = response[4][1];
    static const std::set<std::string, std::less<>> fiat {"USD", "EUR", "JPY", "GBP", "CHN"};
    std::vector<TradingFee> out;
    for (const auto& m : markets) {
        TradingFee f;
        f.symbol = m.symbol;
        const size_t column = fiat.count(m.quote) ? 2 : 0;
        f.maker = num(maker[column]);
        f.taker = num(taker[column]);
        f.percentage = true;
        f.tierBased = true;
        f.info = JsonValue::fromRef(response);
        out.push_back(std::move(f));
    }
    return out;
}

// [MTS, "acc_dep", null, null, [null, METHOD, CURRENCY, null, ADDRESS, POOL_ADDRESS], null, "SUCCESS", "success"]
DepositAddress parseDepositAddress(const JsonRef& response, const std::string& code)
{
    JsonRef result = response[4];
    auto pool = str(result[5]);
    DepositAddress a;
    a.currency = code;
    // With a pool address (XRP, EOS...) the per-user part is the tag.
    a.address = pool ? pool : str(result[4]);
    a.tag = pool ? str(result[4]) : std::nullopt;
    a.info = JsonValue::fromRef(response);
    if (!a.address) {
        throw Error(ErrorKind::InvalidAddress, "bitfinex returned no deposit address for " + code);
    }
    return a;
}

} // namespace bourse::ex::bitfinex
