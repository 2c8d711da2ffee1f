// SPDX-License-Identifier: GPL-3.0-or-later
#include "BinanceParsers.h"

#include <algorithm>
#include <cctype>

namespace bourse::ex::binance {
namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

JsonRef findFilter(const JsonRef& filters, std::string_view type)
{
    for (const auto& f : filters.items()) {
        if (f["filterType"].stringView() == type) {
            return f;
        }
    }
    return {};
}

OptDecimal precisionFromDigits(const JsonRef& digits)
{
    auto n = digits.integer();
    if (!n) {
        return std::nullopt;
    }
    return Decimal::pow10(static_cast<int>(-*n));
}

} // namespace

// {"symbol":"BTCUSDT","status":"TRADING","baseAsset":"BTC","baseAssetPrecision":8,"quoteAsset":"USDT",
//  "quotePrecision":8,"quoteAssetPrecision":8,"orderTypes":["LIMIT","LIMIT_MAKER","MARKET",...],
//  "isSpotTradingAllowed":true,"isMarginTradingAllowed":true,"filters":[{"filterType":"PRICE_FILTER",
//  "minPrice":"0.01","maxPrice":"1000000.00","tickSize":"0.01"},{"filterType":"LOT_SIZE","minQty":"0.00001",
//  "maxQty":"9000.00","stepSize":"0.00001"},{"filterType":"NOTIONAL","minNotional":"5.00",...}],...}
Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["symbol"].stringOr("");
    m.baseId = raw["baseAsset"].stringOr("");
    m.quoteId = raw["quoteAsset"].stringOr("");
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.type = "spot";
    m.spot = true;
    m.margin = raw["isMarginTradingAllowed"].boolean().value_or(false);
    m.active = raw["status"].stringView() == std::string_view("TRADING");
    m.taker = ex.description().tradingFees.taker;
    m.maker = ex.description().tradingFees.maker;
    m.tierBased = false;
    m.percentage = true;
    m.feeSide = "get";
    m.precision.base = precisionFromDigits(raw["baseAssetPrecision"]);
    m.precision.quote = precisionFromDigits(raw["quotePrecision"]);
    const JsonRef filters = raw["filters"];
    if (JsonRef price = findFilter(filters, "PRICE_FILTER"); !price.isNull()) {
        m.precision.price = price["tickSize"].decimal();
        m.limits.price = {omitZero(price["minPrice"].decimal()), omitZero(price["maxPrice"].decimal())};
    }
    if (JsonRef lot = findFilter(filters, "LOT_SIZE"); !lot.isNull()) {
        m.precision.amount = lot["stepSize"].decimal();
        m.limits.amount = {lot["minQty"].decimal(), lot["maxQty"].decimal()};
    }
    if (JsonRef notional = findFilter(filters, "MIN_NOTIONAL"); !notional.isNull()) {
        m.limits.cost.min = notional["minNotional"].decimal();
    }
    if (JsonRef notional = findFilter(filters, "NOTIONAL"); !notional.isNull()) {
        m.limits.cost = {notional["minNotional"].decimal(), notional["maxNotional"].decimal()};
    }
    m.marginModes.cross = m.margin;
    m.marginModes.isolated = m.margin;
    m.info = JsonValue::fromRef(raw);
    return m;
}

// sapi/v1/capital/config/getall: {"coin":"BTC","name":"Bitcoin","depositAllEnable":true,"withdrawAllEnable":true,
//  "networkList":[{"network":"BTC","depositEnable":true,"withdrawEnable":true,"withdrawFee":"0.0005",
//  "withdrawMin":"0.001","withdrawMax":"9000","withdrawIntegerMultiple":"0.00000001","isDefault":true}]}
Currency parseCurrency(const JsonRef& raw, const Exchange& ex)
{
    Currency c;
    c.id = raw["coin"].stringOr("");
    c.code = ex.safeCurrencyCode(c.id);
    c.name = raw["name"].string();
    c.deposit = raw["depositAllEnable"].boolean();
    c.withdraw = raw["withdrawAllEnable"].boolean();
    c.active = c.deposit.value_or(false) && c.withdraw.value_or(false) && raw["trading"].boolean().value_or(true);
    c.type = "crypto";
    for (const auto& n : raw["networkList"].items()) {
        Network net;
        net.id = n["network"].stringOr("");
        net.network = net.id;
        net.deposit = n["depositEnable"].boolean();
        net.withdraw = n["withdrawEnable"].boolean();
        net.active = net.deposit.value_or(false) && net.withdraw.value_or(false);
        net.fee = n["withdrawFee"].decimal();
        net.precision = n["withdrawIntegerMultiple"].decimal();
        net.withdrawLimits = {n["withdrawMin"].decimal(), n["withdrawMax"].decimal()};
        net.info = JsonValue::fromRef(n);
        if (n["isDefault"].boolean().value_or(false) || !c.fee) {
            c.fee = net.fee;
            c.precision = net.precision;
            c.withdrawLimits = net.withdrawLimits;
        }
        c.networks.push_back(std::move(net));
    }
    c.info = JsonValue::fromRef(raw);
    return c;
}

// ticker/24hr: {"symbol":"BTCUSDT","priceChange":"-94.99","priceChangePercent":"-0.095","weightedAvgPrice":
//  "0.29628482","prevClosePrice":"0.10002000","lastPrice":"4.00000200","lastQty":"200.0","bidPrice":"4.00000000",
//  "bidQty":"100.0","askPrice":"4.00000200","askQty":"100.0","openPrice":"99.00000000","highPrice":"100.00000000",
//  "lowPrice":"0.10000000","volume":"8913.30000000","quoteVolume":"15.30000000","openTime":1499783499040,
//  "closeTime":1499869899040,"firstId":28385,"lastId":28460,"count":76}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Ticker t;
    t.symbol = ex.safeSymbol(raw["symbol"].stringOr(""), market);
    t.timestamp = raw.has("closeTime") ? raw["closeTime"].integer() : raw["time"].integer();
    t.high = omitZero(raw["highPrice"].decimal());
    t.low = omitZero(raw["lowPrice"].decimal());
    t.bid = omitZero(raw["bidPrice"].decimal());
    t.bidVolume = raw["bidQty"].decimal();
    t.ask = omitZero(raw["askPrice"].decimal());
    t.askVolume = raw["askQty"].decimal();
    t.vwap = raw["weightedAvgPrice"].decimal();
    t.open = omitZero(raw["openPrice"].decimal());
    t.last = omitZero(raw["lastPrice"].decimal());
    t.close = t.last;
    t.previousClose = raw["prevClosePrice"].decimal();
    t.change = raw["priceChange"].decimal();
    t.percentage = omitZero(raw["priceChangePercent"].decimal());
    t.baseVolume = raw["volume"].decimal();
    t.quoteVolume = raw["quoteVolume"].decimal();
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// depth: {"lastUpdateId":1027024,"bids":[["4.00000000","431.00000000"]],"asks":[["4.00000200","12.00000000"]]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    book.nonce = raw["lastUpdateId"].integer();
    book.timestamp = raw["T"].integer(); // absent on spot
    auto side = [](const JsonRef& levels, std::vector<PriceLevel>& out) {
        out.reserve(levels.size());
        for (const auto& level : levels.items()) {
            auto price = level[0].decimal();
            auto amount = level[1].decimal();
            if (price && amount) {
                out.push_back({*price, *amount});
            }
        }
    };
    side(raw["bids"], book.bids);
    side(raw["asks"], book.asks);
    book.sort();
    return book;
}

// aggTrades: {"a":26129,"p":"0.01633102","q":"4.70443515","f":27781,"l":27781,"T":1498793709153,"m":true,"M":true}
// trades:    {"id":28457,"price":"4.00000100","qty":"12.00000000","quoteQty":"48.000012","time":1499865549590,
//             "isBuyerMaker":true,"isBestMatch":true}
// myTrades:  {"symbol":"BNBBTC","id":28457,"orderId":100234,"price":"4.00000100","qty":"12.00000000",
//             "quoteQty":"48.000012","commission":"10.10000000","commissionAsset":"BNB","time":1499865549590,
//             "isBuyer":true,"isMaker":false,"isBestMatch":true}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    t.symbol = ex.safeSymbol(raw["symbol"].stringOr(""), market);
    for (const char* key : {"t", "a", "tradeId", "id"}) {
        if (auto id = raw[key].string()) {
            t.id = id;
            break;
        }
    }
    t.order = raw["orderId"].string();
    t.timestamp = raw.has("T") ? raw["T"].integer() : raw["time"].integer();
    t.price = raw.has("p") ? raw["p"].decimal() : raw["price"].decimal();
    t.amount = raw.has("q") ? raw["q"].decimal() : raw["qty"].decimal();
    t.cost = raw["quoteQty"].decimal();
    if (auto buyer = raw["isBuyer"].boolean()) {
        t.side = *buyer ? "buy" : "sell";
    } else if (auto maker = raw.has("m") ? raw["m"].boolean() : raw["isBuyerMaker"].boolean()) {
        // The buyer was the maker: the taker, whose side a public trade reports, sold.
        t.side = *maker ? "sell" : "buy";
    }
    if (auto isMaker = raw["isMaker"].boolean()) {
        t.takerOrMaker = *isMaker ? "maker" : "taker";
    }
    if (raw.has("commission")) {
        Fee fee;
        fee.cost = raw["commission"].decimal();
        if (auto asset = raw["commissionAsset"].string()) {
            fee.currency = ex.safeCurrencyCode(*asset);
        }
        t.fee = fee;
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// [1499040000000,"0.01634790","0.80000000","0.01575800","0.01577100","148976.11427815",1499644799999,...]
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw[0].integer().value_or(0);
    c.open = raw[1].decimal();
    c.high = raw[2].decimal();
    c.low = raw[3].decimal();
    c.close = raw[4].decimal();
    c.volume = raw[5].decimal();
    return c;
}

// account: {"makerCommission":15,...,"updateTime":123456789,"accountType":"SPOT",
//  "balances":[{"asset":"BTC","free":"4723846.89208129","locked":"0.00000000"}],"permissions":["SPOT"]}
// margin/account: {"userAssets":[{"asset":"BTC","free":"0.1","locked":"0","borrowed":"0","interest":"0",...}]}
// margin/isolated/account: {"assets":[{"baseAsset":{"asset":"BTC","free":...},"quoteAsset":{...},...}]}
// asset/get-funding-asset: [{"asset":"USDT","free":"1","locked":"0","freeze":"0","withdrawing":"0"}]
// papi balance: [{"asset":"USDT","totalWalletBalance":"122607.35","umUnrealizedPNL":"23.7","cmUnrealizedPNL":"0",...}]
Balance parseBalance(const JsonRef& raw, const Exchange& ex, BalanceKind kind)
{
    Balance b;
    auto add = [&](const JsonRef& entry, OptDecimal free, OptDecimal used, OptDecimal total) {
        BalanceEntry& e = b.currencies[ex.safeCurrencyCode(entry["asset"].stringOr(""))];
        // Isolated margin lists a currency once per market: the account holds their sum.
        auto sum = [](OptDecimal& into, const OptDecimal& v) { into = into && v ? *into + *v : (v ? v : into); };
        sum(e.free, free);
        sum(e.used, used);
        sum(e.total, total);
    };
    auto dec = [](const JsonRef& j, const char* key) { return j[key].decimal(); };
    switch (kind) {
    case BalanceKind::Spot:
        b.timestamp = raw["updateTime"].integer();
        for (const auto& entry : raw["balances"].items()) {
            add(entry, dec(entry, "free"), dec(entry, "locked"), std::nullopt);
        }
        break;
    case BalanceKind::CrossMargin:
        for (const auto& entry : raw["userAssets"].items()) {
            add(entry, dec(entry, "free"), dec(entry, "locked"), std::nullopt);
        }
        break;
    case BalanceKind::IsolatedMargin:
        for (const auto& pair : raw["assets"].items()) {
            for (const char* side : {"baseAsset", "quoteAsset"}) {
                add(pair[side], dec(pair[side], "free"), dec(pair[side], "locked"), std::nullopt);
            }
        }
        break;
    case BalanceKind::Funding:
        for (const auto& entry : raw.items()) {
            Decimal used;
            for (const char* key : {"freeze", "locked", "withdrawing"}) {
                used += dec(entry, key).value_or(Decimal());
            }
            add(entry, dec(entry, "free"), used, std::nullopt);
        }
        break;
    case BalanceKind::Portfolio:
        for (const auto& entry : raw.items()) {
            Decimal total;
            for (const char* key : {"umUnrealizedPNL", "cmUnrealizedPNL", "totalWalletBalance"}) {
                total += dec(entry, key).value_or(Decimal());
            }
            add(entry, std::nullopt, std::nullopt, total);
        }
        break;
    }
    b.info = JsonValue::fromRef(raw);
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    static const std::pair<std::string_view, std::string_view> statuses[] = {
        {"NEW", "open"},
        {"PARTIALLY_FILLED", "open"},
        {"ACCEPTED", "open"},
        {"TRIGGERING", "open"},
        {"FILLED", "closed"},
        {"TRIGGERED", "closed"},
        {"FINISHED", "closed"},
        {"CANCELED", "canceled"},
        {"CANCELLED", "canceled"},
        {"PENDING_CANCEL", "canceling"},
        {"REJECTED", "rejected"},
        {"EXPIRED", "expired"},
        {"EXPIRED_IN_MATCH", "expired"},
    };
    for (const auto& [k, v] : statuses) {
        if (k == status) {
            return std::string(v);
        }
    }
    return std::string(status);
}

// {"symbol":"LTCBTC","orderId":1,"orderListId":-1,"clientOrderId":"myOrder1","price":"0.1","origQty":"1.0",
//  "executedQty":"0.0","cummulativeQuoteQty":"0.0","status":"NEW","timeInForce":"GTC","type":"LIMIT",
//  "side":"BUY","stopPrice":"0.0","icebergQty":"0.0","time":1499827319559,"updateTime":1499827319559,
//  "isWorking":true,"workingTime":1499827319559,"origQuoteOrderQty":"0.000000","fills":[...]}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Order o;
    std::string rawStatus = raw["status"].stringOr("");
    if (!rawStatus.empty()) {
        o.status = parseOrderStatus(rawStatus);
    }
    o.symbol = ex.safeSymbol(raw["symbol"].stringOr(""), market);
    o.id = raw["orderId"].string();
    o.clientOrderId = raw["clientOrderId"].string();
    if (!o.clientOrderId) {
        o.clientOrderId = raw["origClientOrderId"].string();
    }
    OptDecimal filled = raw["executedQty"].decimal();
    o.filled = filled ? filled : OptDecimal(Decimal());
    for (const char* key : {"time", "createTime", "workingTime", "transactTime", "updateTime"}) {
        if (auto ts = raw[key].integer()) {
            o.timestamp = ts;
            break;
        }
    }
    OptInt updated;
    for (const char* key : {"updateTime", "transactTime"}) {
        if (auto ts = raw[key].integer()) {
            updated = ts;
            break;
        }
    }
    if (updated) {
        if ((o.status == "open" && o.filled->sign() > 0) || o.status == "closed") {
            o.lastTradeTimestamp = updated;
        }
    }
    for (const char* key : {"transactTime", "updateTime"}) {
        if (auto ts = raw[key].integer()) {
            o.lastUpdateTimestamp = ts;
            break;
        }
    }
    o.price = omitZero(raw["price"].decimal());
    o.amount = omitZero(raw["origQty"].decimal());
    o.cost = raw["cummulativeQuoteQty"].decimal();
    std::string type = lower(raw["type"].stringOr(""));
    o.postOnly = type == "limit_maker";
    if (type == "limit_maker" || type == "stop_loss_limit" || type == "take_profit_limit") {
        type = "limit";
    } else if (type == "stop_loss" || type == "take_profit") {
        type = "market";
    }
    if (!type.empty()) {
        o.type = type;
    }
    o.side = raw["side"].string();
    if (o.side) {
        o.side = lower(*o.side);
    }
    o.timeInForce = raw["timeInForce"].string();
    if (o.timeInForce == "GTX") {
        o.timeInForce = "PO";
    }
    o.postOnly = *o.postOnly || o.timeInForce == "PO";
    o.triggerPrice = omitZero(raw["stopPrice"].decimal());
    for (const auto& fill : raw["fills"].items()) {
        // Fills carry price, qty, commission and commissionAsset of each partial execution.
        // ccxt reads them with its trade parser: no time, side or order id of their own.
        Trade t;
        t.symbol = o.symbol;
        t.id = fill["tradeId"].string();
        t.price = fill["price"].decimal();
        t.amount = fill["qty"].decimal();
        if (fill.has("commission")) {
            Fee fee;
            fee.cost = fill["commission"].decimal();
            if (auto asset = fill["commissionAsset"].string()) {
                fee.currency = ex.safeCurrencyCode(*asset);
            }
            t.fee = fee;
        }
        t.info = JsonValue::fromRef(fill);
        t.complete();
        o.trades.push_back(std::move(t));
    }
    o.info = JsonValue::fromRef(raw);
    o.complete(o.triggerPrice.has_value());
    return o;
}

// deposit:    {"id":"769800519366885376","amount":"0.001","coin":"BNB","network":"BNB","status":1,
//              "address":"bnb136n...","addressTag":"101764890","txId":"98A3EA56...","insertTime":1661493146000,
//              "transferType":0,"confirmTimes":"1/1","walletType":0}
// withdrawal: {"id":"b6ae22b3aa844210a7041aee7589627c","amount":"8.91000000","transactionFee":"0.004",
//              "coin":"USDT","status":6,"address":"0x94df8b...","txId":"0xb5ef8c...","applyTime":"2019-10-12 11:12:02",
//              "network":"ETH","transferType":0,"info":"The address is not valid","confirmNo":3,"walletType":1,
//              "txKey":"","completeTime":"2023-03-23 16:52:41"}
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, const std::string& type)
{
    Transaction t;
    t.type = type;
    t.id = raw["id"].string();
    t.txid = raw["txId"].string();
    if (t.txid && t.txid->rfind("Internal transfer ", 0) == 0) {
        t.txid = t.txid->substr(18);
    }
    t.amount = raw["amount"].decimal();
    if (auto coin = raw["coin"].string()) {
        t.currency = ex.safeCurrencyCode(*coin);
    }
    if (auto network = raw["network"].string()) {
        t.network = networkCode(*network);
    }
    t.address = raw["address"].string();
    t.addressTo = t.address;
    if (auto tag = raw["addressTag"].string(); tag && !tag->empty()) {
        t.tag = tag;
        t.tagTo = tag;
    }
    if (type == "deposit") {
        t.timestamp = raw["insertTime"].integer();
        static const char* depositStatus[] = {"pending", "ok", "", "", "", "", "ok", "failed", "pending"};
        if (auto s = raw["status"].integer(); s && *s >= 0 && *s < 9 && depositStatus[*s][0]) {
            t.status = depositStatus[*s];
        }
    } else {
        if (auto apply = raw["applyTime"].string()) {
            t.timestamp = parseIso8601(*apply);
        }
        t.updated = raw.has("successTime") ? raw["successTime"].integer() : raw["updateTime"].integer();
        static const char* withdrawStatus[] = {"pending", "canceled", "pending", "failed", "pending", "failed", "ok"};
        if (auto s = raw["status"].integer(); s && *s >= 0 && *s < 7) {
            t.status = withdrawStatus[*s];
        }
        if (auto fee = raw.has("transactionFee") ? raw["transactionFee"].decimal() : raw["totalFee"].decimal()) {
            t.fee = Fee {fee, t.currency, std::nullopt};
        }
    }
    if (auto transfer = raw["transferType"].integer()) {
        t.internal = *transfer != 0;
    }
    t.info = JsonValue::fromRef(raw);
    return t;
}

// {"symbol":"ADABNB","makerCommission":"0.001","takerCommission":"0.001"}
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex)
{
    TradingFee f;
    f.symbol = ex.safeSymbol(raw["symbol"].stringOr(""));
    f.maker = raw["makerCommission"].decimal();
    f.taker = raw["takerCommission"].decimal();
    f.info = JsonValue::fromRef(raw);
    return f;
}

// {"address":"1HPn8Rx2y6nNSfagQBKy27GB99Vbzg89wv","coin":"BTC","tag":"","url":"https://btc.com/..."}
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex)
{
    DepositAddress a;
    a.currency = ex.safeCurrencyCode(raw["coin"].stringOr(""));
    a.address = raw["address"].string();
    if (auto tag = raw["tag"].string(); tag && !tag->empty()) {
        a.tag = tag;
    }
    a.network = raw["network"].string();
    a.info = JsonValue::fromRef(raw);
    return a;
}

namespace {
// Binance names networks by chain id; ccxt's unified network codes name the token standard.
constexpr std::pair<std::string_view, std::string_view> kNetworks[] = {
    {"ETH", "ERC20"},
    {"TRX", "TRC20"},
    {"BSC", "BEP20"},
    {"BNB", "BEP2"},
};
} // namespace

std::string networkCode(const std::string& id)
{
    for (const auto& [chain, code] : kNetworks) {
        if (chain == id) {
            return std::string(code);
        }
    }
    return id;
}

std::string networkId(const std::string& code)
{
    for (const auto& [chain, unified] : kNetworks) {
        if (unified == code) {
            return std::string(chain);
        }
    }
    return code;
}

} // namespace bourse::ex::binance
