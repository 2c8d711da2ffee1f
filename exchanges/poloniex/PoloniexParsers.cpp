// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoloniexParsers.h"

#include "core/CurrencyNetworks.h"

#include <algorithm>
#include <cctype>

namespace bourse::ex::poloniex {

namespace {

// ccxt reads "" and null as absent, and so do we.
OptString str(const JsonRef& v)
{
    auto s = v.string();
    if (!s || s->empty()) {
        return std::nullopt;
    }
    return s;
}

OptString firstOf(const JsonRef& raw, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        if (auto s = str(raw[key])) {
            return s;
        }
    }
    return std::nullopt;
}

OptDecimal num(const OptString& text)
{
    return text ? Decimal::parse(*text) : std::nullopt;
}

OptDecimal num(const JsonRef& v)
{
    return v.decimal();
}

OptString lower(OptString s)
{
    if (s) {
        std::transform(s->begin(), s->end(), s->begin(), [](unsigned char c) { return std::tolower(c); });
    }
    return s;
}

// 10^-n for a count of decimals.
OptDecimal scale(const JsonRef& v)
{
    auto n = v.integer();
    return n ? OptDecimal(Decimal::pow10(-static_cast<int>(*n))) : std::nullopt;
}

const Market* marketOf(const JsonRef& raw, const Exchange& ex, const Market* fallback)
{
    auto id = str(raw["symbol"]);
    const Market* m = id ? ex.findMarketById(*id) : nullptr;
    return m ? m : fallback;
}

// The symbol of a market id not in the cache: "BASE_QUOTE" -> "BASE/QUOTE" (ccxt's safeMarket with "_").
std::string symbolOf(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    if (market) {
        return market->symbol;
    }
    auto id = str(raw["symbol"]).value_or(std::string());
    auto sep = id.find('_');
    if (sep == std::string::npos) {
        return id;
    }
    return ex.safeCurrencyCode(id.substr(0, sep)) + "/" + ex.safeCurrencyCode(id.substr(sep + 1));
}

} // namespace

// {"symbol":"BTC_USDT","baseCurrencyName":"BTC","quoteCurrencyName":"USDT","displayName":"BTC/USDT",
//  "state":"NORMAL","visibleStartTime":1659018819512,"tradableStartTime":1659018819512,
//  "symbolTradeLimit":{"symbol":"BTC_USDT","priceScale":2,"quantityScale":6,"amountScale":2,
//  "minQuantity":"0.000001","minAmount":"1","highestBid":"0","lowestAsk":"0"},
//  "crossMargin":{"supportCrossMargin":true,"maxLeverage":3}}
Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = str(raw["symbol"]).value_or(std::string());
    m.baseId = str(raw["baseCurrencyName"]).value_or(std::string());
    m.quoteId = str(raw["quoteCurrencyName"]).value_or(std::string());
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.type = "spot";
    m.spot = true;
    m.active = raw["state"].string() == std::string("NORMAL");
    JsonRef limits = raw["symbolTradeLimit"];
    m.precision.amount = scale(limits["quantityScale"]);
    m.precision.price = scale(limits["priceScale"]);
    m.limits.amount.min = num(limits["minQuantity"]);
    m.limits.cost.min = num(limits["minAmount"]);
    m.created = raw["tradableStartTime"].integer();
    // One fee schedule for every market; the fee is taken from what the order receives.
    m.taker = ex.description().tradingFees.taker;
    m.maker = ex.description().tradingFees.maker;
    m.feeSide = "get";
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"id":668,"coin":"ADA","delisted":false,"tradeEnable":true,"name":"Cardano","networkList":[{"id":668,
//  "coin":"ADA","name":"Cardano","currencyType":"address","blockchain":"ADA","withdrawalEnable":true,
//  "depositEnable":true,"depositAddress":null,"withdrawMin":"5.00000000","decimals":6,"withdrawFee":"3.00000000",
//  "minConfirm":30,"contractAddress":null}],"supportCollateral":false,"supportBorrow":false}
Currency parseCurrency(const JsonRef& raw, const Exchange& ex)
{
    Currency c;
    c.id = str(raw["coin"]).value_or(std::string());
    c.code = ex.safeCurrencyCode(c.id);
    c.name = str(raw["name"]);
    for (const auto& chain : raw["networkList"].items()) {
        Network n;
        n.id = str(chain["blockchain"]).value_or(std::string());
        // Poloniex names chains (ETH, TRX, BSC); tokens on them are known by their standard (ERC20, TRC20, BEP20).
        std::string code = n.id == "ETH"      ? "ERC20"
            : n.id == "TRX" || n.id == "TRON" ? "TRC20"
            : n.id == "BSC"                   ? "BEP20"
                                              : n.id;
        n.network = preferredNetworkCode(code, c.code);
        n.fee = num(chain["withdrawFee"]);
        n.deposit = chain["depositEnable"].boolean();
        n.withdraw = chain["withdrawalEnable"].boolean();
        n.precision = scale(chain["decimals"]);
        n.withdrawLimits.min = num(chain["withdrawMin"]);
        n.info = JsonValue::fromRef(chain);
        c.networks.push_back(std::move(n));
    }
    completeFromNetworks(c);
    c.info = JsonValue::fromRef(raw);
    return c;
}

// {"symbol":"BTC_USDT","open":"26053.33","low":"26053.33","high":"26798.02","close":"26447.58",
//  "quantity":"6116.210188","amount":"161082122.88450926","tradeCount":"134709","startTime":"1692784440000",
//  "closeTime":"1692870839630","displayName":"BTC/USDT","dailyChange":"0.0151","bid":"26447.57",
//  "bidQuantity":"0.016313","ask":"26447.58","askQuantity":"0.068307","ts":"1692870845446","markPrice":"26444.11"}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = marketOf(raw, ex, market);
    Ticker t;
    // An unknown market keeps its id as the symbol here (ccxt splits ids at "_" for trades and orders only).
    t.symbol = market ? market->symbol : str(raw["symbol"]).value_or(std::string());
    t.timestamp = raw["ts"].integer();
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["bid"]);
    t.bidVolume = num(raw["bidQuantity"]);
    t.ask = num(raw["ask"]);
    t.askVolume = num(raw["askQuantity"]);
    t.open = num(raw["open"]);
    t.close = num(raw["close"]);
    t.last = t.close;
    // dailyChange is a fraction (0.0151 is 1.51 %).
    if (auto change = num(raw["dailyChange"])) {
        t.percentage = *change * Decimal(100);
    }
    t.baseVolume = num(raw["quantity"]);
    t.quoteVolume = num(raw["amount"]);
    t.markPrice = num(raw["markPrice"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"time":1659695219507,"scale":"-1","asks":["23139.82","0.317981","23140","0.191091"],
//  "bids":["23139.74","0.432092","23139.73","0.198592"],"ts":1659695219512}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    book.timestamp = raw["time"].integer();
    auto side = [](const JsonRef& flat, std::vector<PriceLevel>& into) {
        for (size_t i = 0; i + 1 < flat.size(); i += 2) {
            auto price = num(flat[i]);
            auto amount = num(flat[i + 1]);
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

// markets/{symbol}/trades: {"id":"60014521","price":"23162.94","quantity":"0.00009","amount":"2.0846646",
//                           "takerSide":"SELL","ts":1659684602042,"createTime":1659684602036}
// trades:                  {"id":"32164924331503616","symbol":"LINK_USDT","accountType":"SPOT",
//                           "orderId":"32164923987566592","side":"SELL","type":"MARKET","matchRole":"TAKER",
//                           "createTime":1648635115525,"price":"11","quantity":"0.5","amount":"5.5",
//                           "feeCurrency":"USDT","feeAmount":"0.007975","pageId":"32164924331503616",
//                           "clientOrderId":"myOwnId-321"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = marketOf(raw, ex, market);
    Trade t;
    t.info = JsonValue::fromRef(raw);
    t.symbol = symbolOf(raw, ex, market);
    t.id = firstOf(raw, {"id", "tradeID"});
    t.order = str(raw["orderId"]);
    for (const char* key : {"ts", "createTime"}) {
        if (!t.timestamp) {
            t.timestamp = raw[key].integer();
        }
    }
    t.side = lower(firstOf(raw, {"side", "takerSide"}));
    t.type = lower(str(raw["type"]));
    t.takerOrMaker = lower(str(raw["matchRole"]));
    t.price = num(raw["price"]);
    t.amount = num(raw["quantity"]);
    t.cost = num(raw["amount"]);
    if (auto feeCost = str(raw["feeAmount"])) {
        Fee fee;
        fee.cost = Decimal::parse(*feeCost);
        if (auto feeCurrency = str(raw["feeCurrency"])) {
            fee.currency = ex.safeCurrencyCode(*feeCurrency);
        }
        t.fee = fee;
    }
    t.complete();
    return t;
}

std::string parseOrderStatus(std::string_view state)
{
    if (state == "NEW" || state == "PARTIALLY_FILLED") {
        return "open";
    }
    if (state == "FILLED") {
        return "closed";
    }
    if (state == "PENDING_CANCEL" || state == "PARTIALLY_CANCELED" || state == "CANCELED" || state == "FAILED") {
        return "canceled";
    }
    return std::string(state);
}

namespace {

std::string orderType(const std::string& raw)
{
    if (raw == "MARKET" || raw == "STOP-MARKET") {
        return "market";
    }
    if (raw == "LIMIT" || raw == "LIMIT_MAKER" || raw == "STOP-LIMIT") {
        return "limit";
    }
    return raw;
}

} // namespace

// orders, orders/{id}:
//   {"id":"21934611974062080","clientOrderId":"123","symbol":"TRX_USDC","state":"NEW","accountType":"SPOT",
//    "side":"SELL","type":"LIMIT","timeInForce":"GTC","quantity":"1.00","price":"10.00","avgPrice":"0.00",
//    "amount":"0.00","filledQuantity":"0.00","filledAmount":"0.00","createTime":1646196019020,
//    "updateTime":1646196019020}
// a new order: {"id":"29772698821328896","clientOrderId":"1234Abc"}
// a cancelation: {"orderId":"210832697138888704","clientOrderId":"","state":"PENDING_CANCEL","code":200,
//                 "message":""}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = marketOf(raw, ex, market);
    Order o;
    o.info = JsonValue::fromRef(raw);
    if (market || raw.has("symbol")) {
        o.symbol = symbolOf(raw, ex, market);
    }
    o.id = firstOf(raw, {"orderNumber", "id", "orderId"});
    o.clientOrderId = str(raw["clientOrderId"]);
    o.timestamp = raw["timestamp"].integer() ? raw["timestamp"].integer() : raw["createTime"].integer();
    o.lastTradeTimestamp = raw["updateTime"].integer();
    if (auto state = str(raw["state"])) {
        o.status = parseOrderStatus(*state);
    }
    auto rawType = str(raw["type"]);
    if (rawType) {
        o.type = orderType(*rawType);
    }
    o.postOnly = rawType == "LIMIT_MAKER";
    o.timeInForce = str(raw["timeInForce"]);
    o.side = lower(str(raw["side"]));
    o.price = num(firstOf(raw, {"price", "rate"}));
    o.triggerPrice = num(firstOf(raw, {"triggerPrice", "stopPrice"}));
    o.average = num(raw["avgPrice"]);
    o.amount = num(raw["quantity"]);
    o.filled = num(raw["filledQuantity"]);
    // Paid in TRX at a discount, the fee is stated; otherwise only the rate is known.
    if (auto feeCurrency = str(raw["tokenFeeCurrency"])) {
        Fee fee;
        fee.currency = ex.safeCurrencyCode(*feeCurrency);
        fee.cost = num(raw["tokenFee"]);
        fee.rate = num(raw["fee"]);
        if (fee.cost) {
            o.fee = fee;
        }
    }
    o.reduceOnly = raw["reduceOnly"].boolean();
    o.complete();
    return o;
}

// [low, high, open, close, amount, quantity, buyTakerAmount, buyTakerQuantity, tradeCount, ts, weightedAverage,
//  interval, startTime, closeTime]
// ["22814.01","23049.3","22946.73","23000.19","116934.0284","5.087281","66196.6384","2.878808",202,
//  1659665099999,"22985.9835","MINUTE_5",1659664800000,1659665099999]
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw[12].integer().value_or(0);
    c.open = num(raw[2]);
    c.high = num(raw[1]);
    c.low = num(raw[0]);
    c.close = num(raw[3]);
    c.volume = num(raw[5]);
    return c;
}

// [{"accountId":"7xxxxxxxxxx8","accountType":"SPOT","balances":[{"currencyId":"214","currency":"USDT",
//   "available":"2.00","hold":"0.00"}]}]
Balance parseBalance(const JsonRef& response, const Exchange& ex)
{
    Balance b;
    b.info = JsonValue::fromRef(response);
    for (const auto& account : response.items()) {
        for (const auto& entry : account["balances"].items()) {
            auto currencyId = str(entry["currency"]);
            if (!currencyId) {
                continue;
            }
            BalanceEntry e;
            e.free = num(entry["available"]);
            e.used = num(entry["hold"]);
            b.currencies[ex.safeCurrencyCode(*currencyId)] = e;
        }
    }
    b.complete();
    return b;
}

// deposits:    {"depositNumber":134587098,"currency":"DOGE","address":"DJVJZ58tJC8UeUv9Tqcdtn6uhWobouxFLT",
//               "amount":"49798.01987021","txid":"f49d4896...","timestamp":1524321838,"confirmations":3371,
//               "status":"COMPLETE"}
// withdrawals: {"withdrawalRequestsId":7397527,"currency":"ETC","address":"0x26419a62055af459d2cd69bb7392f5100b75e304",
//               "amount":"13.19951600","fee":"0.01000000","timestamp":1506010932,"status":"COMPLETED",
//               "txid":"343346392f82...","ipAddress":"1.2.3.4","paymentID":null}
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    Transaction tx;
    tx.info = JsonValue::fromRef(raw);
    if (auto seconds = raw["timestamp"].integer()) {
        tx.timestamp = *seconds * 1000;
    }
    if (auto currencyId = str(raw["currency"])) {
        tx.currency = ex.safeCurrencyCode(*currencyId);
    }
    std::string status = str(raw["status"]).value_or("pending");
    // An old withdrawal's status carries its transaction hash: "COMPLETE: dadf4272...".
    if (status == "COMPLETE" || status == "COMPLETED" || status.rfind("COMPLETE: ", 0) == 0) {
        tx.status = "ok";
    } else if (status == "AWAITING APPROVAL" || status == "AWAITING_APPROVAL" || status == "PENDING"
               || status == "PROCESSING") {
        tx.status = "pending";
    } else if (status == "COMPLETE ERROR" || status == "COMPLETE_ERROR") {
        tx.status = "failed";
    } else {
        tx.status = status;
    }
    tx.txid = str(raw["txid"]);
    const bool withdrawal = raw.has("withdrawalRequestsId");
    tx.type = withdrawal ? "withdrawal" : "deposit";
    tx.id = withdrawal ? str(raw["withdrawalRequestsId"]) : str(raw["depositNumber"]);
    tx.address = str(raw["address"]);
    tx.tag = str(raw["paymentID"]);
    auto amount = num(raw["amount"]);
    auto fee = num(raw["fee"]);
    // A withdrawal's amount includes the fee; what arrives is the rest.
    if (withdrawal && amount) {
        tx.amount = fee ? OptDecimal(*amount - *fee) : std::nullopt;
    } else {
        tx.amount = amount;
    }
    Fee f;
    f.currency = tx.currency;
    f.cost = fee;
    tx.fee = f;
    return tx;
}

} // namespace bourse::ex::poloniex
