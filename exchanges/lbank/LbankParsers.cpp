// SPDX-License-Identifier: GPL-3.0-or-later
#include "LbankParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

#include <map>

namespace bourse::ex::lbank {

using kit::num;
using kit::str;

namespace {

const Market* resolve(const Exchange& ex, const JsonRef& raw, const Market* market)
{
    if (auto id = str(raw["symbol"])) {
        if (const Market* m = ex.findMarketById(*id)) {
            return m;
        }
    }
    return market;
}

// "buy_market" -> {"buy", "market"}; "sell" -> {"sell", ""}.
std::pair<std::string, std::string> splitType(const std::string& raw)
{
    auto underscore = raw.find('_');
    if (underscore == std::string::npos) {
        return {raw, std::string()};
    }
    return {raw.substr(0, underscore), raw.substr(underscore + 1)};
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

} // namespace

std::string networkCode(const std::string& networkId, const std::string& currencyCode)
{
    static const std::map<std::string, std::string> byId = {
        {"erc20", "ERC20"}, {"trc20", "TRC20"}, {"TRX", "TRC20"}, {"bep20(bsc)", "BEP20"}, {"bep20", "BEP20"}};
    auto it = byId.find(networkId);
    return rest::preferredNetworkCode(it == byId.end() ? networkId : it->second, currencyCode);
}

std::string networkId(const std::string& code)
{
    static const std::map<std::string, std::string> byCode = {
        {"ERC20", "erc20"},     {"ETH", "erc20"},        {"TRC20", "trc20"},    {"TRX", "trc20"},     {"OMNI", "omni"},
        {"ASA", "asa"},         {"BEP20", "bep20(bsc)"}, {"BSC", "bep20(bsc)"}, {"HT", "heco"},       {"BNB", "bep2"},
        {"BTC", "btc"},         {"DOGE", "dogecoin"},    {"MATIC", "matic"},    {"POLYGON", "matic"}, {"OEC", "oec"},
        {"BTCTRON", "btctron"}, {"XRP", "xrp"}};
    const std::string upper = kit::upper(code);
    auto it = byCode.find(upper);
    return it == byCode.end() ? upper : it->second;
}

Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["symbol"].stringOr("");
    auto underscore = m.id.find('_');
    m.baseId = m.id.substr(0, underscore);
    m.quoteId = underscore == std::string::npos ? std::string() : m.id.substr(underscore + 1);
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.active = true;
    m.precision.amount = rest::precisionFromDecimals(raw["quantityAccuracy"]);
    m.precision.price = rest::precisionFromDecimals(raw["priceAccuracy"]);
    m.limits.amount.min = num(raw["minTranQua"]);
    m.taker = ex.description().tradingFees.taker;
    m.maker = ex.description().tradingFees.maker;
    m.info = JsonValue::fromRef(raw);
    return m;
}

// [{"amountScale":"4","chain":"trc20","assetCode":"usdt","min":"1","transferAmtScale":"4","canWithDraw":true,
//   "fee":"1.0000","minTransfer":"0.0001","type":"1"}, ...]
Currency parseCurrency(const std::vector<JsonRef>& chains, const Exchange& ex)
{
    Currency c;
    c.id = chains.empty() ? std::string() : chains.front()["assetCode"].stringOr("");
    c.code = ex.safeCurrencyCode(c.id);
    JsonValue info = JsonValue::array();
    for (const auto& chain : chains) {
        info.push(JsonValue::fromRef(chain));
        Network n;
        n.id = str(chain["chain"]).value_or(c.id);
        n.network = networkCode(n.id, c.code);
        n.withdrawLimits.min = num(chain["min"]);
        n.depositLimits.min = num(chain["minTransfer"]);
        n.withdraw = chain["canWithDraw"].boolean();
        n.fee = num(chain["fee"]);
        n.precision = rest::precisionFromDecimals(chain["transferAmtScale"]);
        n.info = JsonValue::fromRef(chain);
        c.networks.push_back(std::move(n));
    }
    c.info = std::move(info);
    rest::completeFromNetworks(c);
    return c;
}

// {"symbol":"btc_usdt","ticker":{"high":"29695.57","vol":"6890.2789","low":"29110","change":"0.58",
//  "turnover":"202769821.06","latest":"29405.98"},"timestamp":1692064274908}
Ticker parseTicker(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = resolve(ex, raw, market);
    const JsonRef data = raw["ticker"];
    Ticker t;
    t.symbol = market ? market->symbol : ex.safeSymbol(raw["symbol"].stringOr(""));
    t.timestamp = raw["timestamp"].integer();
    t.high = num(data["high"]);
    t.low = num(data["low"]);
    t.last = num(data["latest"]);
    t.close = t.last;
    t.percentage = num(data["change"]);
    t.baseVolume = num(data["vol"]);
    t.quoteVolume = num(data["turnover"]);
    // LBank gives the 24 h change only in percent: the open it implies is last / (1 + change / 100).
    if (t.last && t.percentage) {
        const Decimal ratio = Decimal(1) + t.percentage->divided(Decimal(100));
        if (!ratio.isZero()) {
            t.open = t.last->divided(ratio);
        }
    }
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// Public (trades):        {"date_ms":1647021989789,"amount":0.0028,"price":38804.2,"type":"buy","tid":"52d5..."}
// Public (supplement):    {"quoteQty":1675.04,"price":0.127545,"qty":13133,"id":"3589...","time":1648058297110,
//                          "isBuyerMaker":false}
// Private (my trades):    {"orderUuid":"38b4...","tradeFeeRate":0.001,"dealTime":1648500944496,"dealQuantity":30,
//                          "tradeFee":0.004533,"txUuid":"11f3...","dealPrice":0.151113,"dealVolumePrice":4.53339,
//                          "tradeType":"sell_market"}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    (void)ex;
    Trade t;
    t.timestamp = raw["date_ms"].integer();
    if (!t.timestamp) {
        t.timestamp = raw["time"].integer();
    }
    if (!t.timestamp) {
        t.timestamp = raw["dealTime"].integer();
    }
    t.amount = num(firstOf(raw, {"amount", "qty", "dealQuantity"}));
    t.price = num(firstOf(raw, {"price", "dealPrice"}));
    t.cost = num(firstOf(raw, {"quoteQty", "dealVolumePrice"}));
    if (auto rawSide = firstOf(raw, {"tradeType", "type"})) {
        auto [side, kind] = splitType(*rawSide);
        t.side = side;
        t.type = kind == "market" ? "market" : "limit";
        t.takerOrMaker = kind == "maker" ? "maker" : "taker";
    }
    t.id = firstOf(raw, {"tid", "id", "txUuid"});
    t.order = str(raw["orderUuid"]);
    t.symbol = market ? market->symbol : std::string();
    if (auto feeCost = num(raw["tradeFee"])) {
        Fee fee;
        fee.cost = feeCost;
        if (market) {
            // A buy pays its fee in what it receives (the base), a sell in the quote.
            fee.currency = t.side == "buy" ? market->base : market->quote;
        }
        fee.rate = num(raw["tradeFeeRate"]);
        t.fee = fee;
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// [1482311500, 5423.23, 5472.80, 5516.09, 5462, 234.3250]: seconds, open, high, low, close, volume.
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw[0].integer().value_or(0) * 1000;
    c.open = num(raw[1]);
    c.high = num(raw[2]);
    c.low = num(raw[3]);
    c.close = num(raw[4]);
    c.volume = num(raw[5]);
    return c;
}

// supplement/user_info:         {"data":[{"usableAmt":"31.45","assetAmt":"31.45","freezeAmt":"0","coin":"doge",
//                                  "networkList":[...]}],"ts":...}
// supplement/user_info_account: {"data":{"balances":[{"asset":"lbk","free":"0","locked":"0"}]},"ts":...}
// user_info:                    {"data":{"toBtc":{..},"freeze":{"egc":"0"},"asset":{..},"free":{"egc":"0"}}}
Balance parseBalance(const JsonRef& response, const Exchange& ex)
{
    Balance b;
    b.timestamp = response["ts"].integer();
    b.info = JsonValue::fromRef(response);
    const JsonRef data = response["data"];
    if (data.isObject() && data.has("toBtc")) {
        for (const auto& member : data["free"].members()) {
            BalanceEntry e;
            e.free = num(member.value);
            e.used = num(data["freeze"][member.key]);
            b.currencies[ex.safeCurrencyCode(member.key)] = e;
        }
    } else if (data.isObject() && data["balances"].isArray()) {
        for (const auto& item : data["balances"].items()) {
            BalanceEntry e;
            e.free = num(item["free"]);
            e.used = num(item["locked"]);
            b.currencies[ex.safeCurrencyCode(item["asset"].stringOr(""))] = e;
        }
    } else if (data.isArray()) {
        for (const auto& item : data.items()) {
            BalanceEntry e;
            e.free = num(item["usableAmt"]);
            e.used = num(item["freezeAmt"]);
            b.currencies[ex.safeCurrencyCode(item["coin"].stringOr(""))] = e;
        }
    }
    b.complete();
    return b;
}

std::string parseOrderStatus(const std::string& status)
{
    // -1 cancelled, 0 unfilled, 1 partly filled, 2 filled, 3 partly filled then cancelled, 4 being cancelled.
    static const std::map<std::string, std::string> statuses = {{"-1", "canceled"}, {"0", "open"},     {"1", "open"},
                                                                {"2", "closed"},    {"3", "canceled"}, {"4", "closed"}};
    auto it = statuses.find(status);
    return it == statuses.end() ? status : it->second;
}

// supplement/orders_info: {"cummulativeQuoteQty":0,"symbol":"doge_usdt","executedQty":0,"orderId":"53d2...",
//   "origQty":100,"price":0.05,"clientOrderId":null,"origQuoteOrderQty":5,"updateTime":1648163406000,
//   "time":1648163139387,"type":"buy_maker","status":-1}
// orders_info:            {"symbol":"shib_usdt","amount":1,"create_time":1649367863356,"price":0.0000246,
//   "avg_price":0.0000246,"type":"buy_market","order_id":"abe8...","custom_id":"007","deal_amount":40548.5,"status":2}
// cancel answers:         {"executedQty":0.0,"orderId":"293e...","price":0.05,"origQty":100.0,"tradeType":"buy",
//   "status":0}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    market = resolve(ex, raw, market);
    Order o;
    o.id = firstOf(raw, {"orderId", "order_id"});
    o.clientOrderId = firstOf(raw, {"clientOrderId", "custom_id"});
    o.timestamp = raw["time"].integer();
    if (!o.timestamp) {
        o.timestamp = raw["create_time"].integer();
    }
    if (auto status = str(raw["status"])) {
        o.status = parseOrderStatus(*status);
    }
    o.symbol = market ? market->symbol : ex.safeSymbol(raw["symbol"].stringOr(""));
    const std::string rawType = firstOf(raw, {"type", "tradeType"}).value_or("");
    auto [side, kind] = splitType(rawType);
    if (!side.empty()) {
        o.side = side;
    }
    o.type = kind == "market" ? "market" : "limit";
    o.postOnly = kind == "maker";
    if (kind == "maker") {
        o.timeInForce = "PO";
    } else if (kind == "ioc") {
        o.timeInForce = "IOC";
    } else if (kind == "fok") {
        o.timeInForce = "FOK";
    }
    o.price = num(raw["price"]);
    o.cost = num(raw["cummulativeQuoteQty"]);
    // A market buy's quantity is what it spends in the quote currency, not an amount of the base.
    if (rawType != "buy_market") {
        o.amount = num(firstOf(raw, {"origQty", "amount"}));
    }
    o.filled = num(firstOf(raw, {"executedQty", "deal_amount"}));
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// {"symbol":"skt_usdt","makerCommission":"0.10","takerCommission":"0.10"}
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex)
{
    TradingFee f;
    f.symbol = ex.safeSymbol(raw["symbol"].stringOr(""));
    f.maker = num(raw["makerCommission"]);
    f.taker = num(raw["takerCommission"]);
    f.info = JsonValue::fromRef(raw);
    return f;
}

// Deposit:    {"insertTime":1649012310000,"amount":9,"address":"TYAS...","networkName":"trc20","txId":"081e...",
//              "coin":"usdt","status":"2"}
// Withdrawal: {"amount":2,"address":"TBjr...","fee":1,"networkName":"trc20","coid":"usdt","txId":"47ee...",
//              "id":1902194,"applyTime":1649014002000,"status":"4"}
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    Transaction t;
    t.id = str(raw["id"]);
    const bool deposit = !t.id;
    t.type = deposit ? "deposit" : "withdrawal";
    t.txid = str(raw["txId"]);
    t.timestamp = raw["insertTime"].integer();
    if (!t.timestamp) {
        t.timestamp = raw["applyTime"].integer();
    }
    t.address = str(raw["address"]);
    (deposit ? t.addressFrom : t.addressTo) = t.address;
    t.amount = num(raw["amount"]);
    const std::string code = ex.safeCurrencyCode(firstOf(raw, {"coin", "coid"}).value_or(""));
    t.currency = code;
    if (auto status = str(raw["status"])) {
        static const std::map<std::string, std::string> deposits = {
            {"1", "pending"}, {"2", "ok"}, {"3", "failed"}, {"4", "canceled"}, {"5", "transfer"}};
        static const std::map<std::string, std::string> withdrawals = {
            {"1", "pending"}, {"2", "canceled"}, {"3", "failed"}, {"4", "ok"}};
        const auto& table = deposit ? deposits : withdrawals;
        auto it = table.find(*status);
        t.status = it == table.end() ? *status : it->second;
    }
    if (auto network = str(raw["networkName"])) {
        t.network = networkCode(*network, code);
    }
    t.internal = t.status == "transfer";
    if (auto fee = num(raw["fee"])) {
        t.fee = Fee {fee, code, std::nullopt};
    }
    t.info = JsonValue::fromRef(raw);
    return t;
}

} // namespace bourse::ex::lbank
