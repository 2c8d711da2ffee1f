// SPDX-License-Identifier: GPL-3.0-or-later
#include "CexParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

#include <utility>

namespace bourse::ex::cex {

using rest::num;
using rest::str;

namespace {

// Unified network code -> CEX.IO's blockchain id.
const std::vector<std::pair<std::string, std::string>>& networks()
{
    static const std::vector<std::pair<std::string, std::string>> table {
        {"BTC", "bitcoin"},
        {"ERC20", "ERC20"},
        {"BSC20", "binancesmartchain"},
        {"DOGE", "dogecoin"},
        {"ALGO", "algorand"},
        {"XLM", "stellar"},
        {"ATOM", "cosmos"},
        {"LTC", "litecoin"},
        {"XRP", "ripple"},
        {"FTM", "fantom"},
        {"MINA", "mina"},
        {"THETA", "theta"},
        {"XTZ", "tezos"},
        {"TIA", "celestia"},
        {"CRONOS", "cronos"},
        {"MATIC", "polygon"},
        {"TON", "ton"},
        {"TRC20", "tron"},
        {"SOLANA", "solana"},
        {"SGB", "songbird"},
        {"DYDX", "dydx"},
        {"DASH", "dash"},
        {"ZIL", "zilliqa"},
        {"EOS", "eos"},
        {"AVALANCHEC", "avalanche"},
        {"ETHPOW", "ethereumpow"},
        {"NEAR", "near"},
        {"ARBITRUM", "arbitrum"},
        {"DOT", "polkadot"},
        {"OPT", "optimism"},
        {"INJ", "injective"},
        {"ADA", "cardano"},
        {"ONT", "ontology"},
        {"ICP", "icp"},
        {"KAVA", "kava"},
        {"KSM", "kusama"},
        {"SEI", "sei"},
        {"NEO", "neo"},
        {"NEO3", "neo3"},
        {"XDC", "xdc"},
    };
    return table;
}

OptInt iso(const JsonRef& v)
{
    auto text = str(v);
    return text ? parseIso8601(*text) : std::nullopt;
}

} // namespace

std::string networkIdFor(const std::string& networkCode)
{
    for (const auto& [code, id] : networks()) {
        if (code == networkCode) {
            return id;
        }
    }
    return networkCode;
}

std::string networkCodeFor(const std::string& networkId)
{
    for (const auto& [code, id] : networks()) {
        if (id == networkId) {
            return code;
        }
    }
    return kit::upper(networkId);
}

Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.baseId = raw["base"].stringOr("");
    m.quoteId = raw["quote"].stringOr("");
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    // Tickers and order lists name a pair by its codes joined with a hyphen; the API takes the same.
    m.id = m.base + "-" + m.quote;
    m.symbol = m.base + "/" + m.quote;
    m.limits.amount = {num(raw["baseMin"]), num(raw["baseMax"])};
    m.limits.price = {num(raw["minPrice"]), num(raw["maxPrice"])};
    m.limits.cost = {num(raw["quoteMin"]), num(raw["quoteMax"])};
    m.precision.amount = num(raw["baseLotSize"]);
    m.precision.price = rest::precisionFromDecimals(raw["pricePrecision"]);
    m.precision.base = rest::precisionFromDecimals(raw["basePrecision"]);
    m.precision.quote = rest::precisionFromDecimals(raw["quotePrecision"]);
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"currency":"ZAP","fiat":false,"precision":"8","walletPrecision":"6","walletDeposit":true,"walletWithdrawal":true}
// + {"name":"Cardano","blockchains":{"cardano":{"type":"coin","deposit":"enabled","minDeposit":"1",
//    "withdrawal":"enabled","minWithdrawal":"5","withdrawalFee":"1",...}}}
Currency parseCurrency(const JsonRef& raw, const JsonRef& processing, const Exchange& ex)
{
    Currency c;
    c.id = raw["currency"].stringOr("");
    c.code = ex.safeCurrencyCode(c.id);
    c.name = str(processing["name"]);
    c.type = raw["fiat"].boolean() == true ? "fiat" : "crypto";
    c.precision = rest::precisionFromDecimals(raw["precision"]);
    c.deposit = raw["walletDeposit"].boolean();
    c.withdraw = raw["walletWithdrawal"].boolean();
    for (const auto& chain : processing["blockchains"].members()) {
        Network n;
        n.id = std::string(chain.key);
        n.network = networkCodeFor(n.id);
        n.deposit = chain.value["deposit"].stringOr("") == "enabled";
        n.withdraw = chain.value["withdrawal"].stringOr("") == "enabled";
        n.fee = num(chain.value["withdrawalFee"]);
        n.precision = c.precision;
        n.depositLimits.min = num(chain.value["minDeposit"]);
        n.withdrawLimits.min = num(chain.value["minWithdrawal"]);
        n.info = JsonValue::fromRef(chain.value);
        c.networks.push_back(std::move(n));
    }
    // The currency's own deposit/withdraw flags stand; the fee and limits come from its networks.
    const OptBool deposit = c.deposit;
    const OptBool withdraw = c.withdraw;
    rest::completeFromNetworks(c);
    if (deposit) {
        c.deposit = deposit;
    }
    if (withdraw) {
        c.withdraw = withdraw;
    }
    c.info = JsonValue::fromRef(raw);
    return c;
}

// {"bestBid":"0.3917","bestAsk":"0.3949","low":"0.3787","high":"0.3925","volume":"120.736","quoteVolume":"46.65",
//  "last":"0.3949","lastTradePrice":"0.3925","priceChange":"0.0038","priceChangePercentage":"0.97",...}
// `last` is the indicative price, as ccxt reads it; the ticker carries no time.
Ticker parseTicker(const JsonRef& raw, const Market* market)
{
    Ticker t;
    t.symbol = market ? market->symbol : std::string();
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["bestBid"]);
    t.ask = num(raw["bestAsk"]);
    t.close = num(raw["last"]);
    t.last = t.close;
    t.change = num(raw["priceChange"]);
    t.percentage = num(raw["priceChangePercentage"]);
    t.baseVolume = num(raw["volume"]);
    t.quoteVolume = num(raw["quoteVolume"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"timestamp":"1728636922648","currency1":"BTC","currency2":"USDT","bids":[["60694.1","13.1"],..],"asks":[..]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    book.timestamp = raw["timestamp"].integer();
    kit::appendLevels(book.bids, raw["bids"]);
    kit::appendLevels(book.asks, raw["asks"]);
    book.sort();
    return book;
}

// {"tradeId":"1728630559823-0","dateISO":"2024-10-11T07:09:19.823Z","side":"SELL","price":"60879.5",
//  "amount":"0.00165962"}
Trade parseTrade(const JsonRef& raw, const Market* market)
{
    Trade t;
    t.id = str(raw["tradeId"]);
    t.timestamp = iso(raw["dateISO"]);
    t.symbol = market ? market->symbol : std::string();
    if (auto side = str(raw["side"])) {
        t.side = kit::lower(*side);
    }
    t.price = num(raw["price"]);
    t.amount = num(raw["amount"]);
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// {"timestamp":"1728643320000","open":"61061","high":"61095.1","low":"61048.5","close":"61087.8","volume":"0",..}
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = raw["timestamp"].integer().value_or(0);
    c.open = num(raw["open"]);
    c.high = num(raw["high"]);
    c.low = num(raw["low"]);
    c.close = num(raw["close"]);
    c.volume = num(raw["volume"]);
    return c;
}

Balance parseBalance(const JsonRef& raw, const Exchange& ex)
{
    Balance b;
    for (const auto& member : raw.members()) {
        BalanceEntry e;
        e.used = num(member.value["balanceOnHold"]);
        e.total = num(member.value["balance"]);
        b.currencies[ex.safeCurrencyCode(member.key)] = e;
    }
    b.info = JsonValue::fromRef(raw);
    b.complete();
    return b;
}

std::string parseOrderStatus(std::string_view status)
{
    static const std::map<std::string, std::string, std::less<>> statuses {
        {"PENDING_NEW", "open"}, {"NEW", "open"},          {"PARTIALLY_FILLED", "open"},    {"FILLED", "closed"},
        {"EXPIRED", "expired"},  {"REJECTED", "rejected"}, {"PENDING_CANCEL", "canceling"}, {"CANCELLED", "canceled"},
    };
    auto it = statuses.find(status);
    return it == statuses.end() ? std::string(status) : it->second;
}

// {"orderId":"1313003","clientOrderId":"037F0AFEB93A","status":"FILLED","currency1":"AI","currency2":"USDT",
//  "side":"BUY","orderType":"Market","timeInForce":"IOC","executedAmountCcy1":"25.606429",
//  "executedAmountCcy2":"10.20904439","requestedAmountCcy1":null,"feeAmount":"0.02552261","feeCurrency":"USDT",
//  "price":null,"averagePrice":"0.3986","serverCreateTimestamp":"1728474624956","lastUpdateTimestamp":"..",..}
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    auto base = str(raw["currency1"]);
    auto quote = str(raw["currency2"]);
    OptString marketId;
    if (base && quote) {
        marketId = *base + "-" + *quote;
        if (!market) {
            market = ex.findMarketById(*marketId);
        }
    }
    Order o;
    o.id = str(raw["orderId"]);
    o.clientOrderId = str(raw["clientOrderId"]);
    o.timestamp = raw["serverCreateTimestamp"].integer();
    o.lastUpdateTimestamp = raw["lastUpdateTimestamp"].integer();
    o.symbol = market ? market->symbol : marketId ? ex.safeSymbol(*marketId) : std::string();
    if (auto type = str(raw["orderType"])) {
        o.type = kit::lower(*type);
    }
    o.timeInForce = str(raw["timeInForce"]);
    if (auto side = str(raw["side"])) {
        o.side = kit::lower(*side);
    }
    o.price = num(raw["price"]);
    o.triggerPrice = num(raw["stopPrice"]);
    o.amount = num(raw["requestedAmountCcy1"]);
    o.cost = num(raw["executedAmountCcy2"]);
    o.average = num(raw["averagePrice"]);
    o.filled = num(raw["executedAmountCcy1"]);
    if (auto status = str(raw["status"])) {
        o.status = parseOrderStatus(*status);
    }
    if (auto fee = num(raw["feeAmount"])) {
        auto feeCurrency = str(raw["feeCurrency"]);
        o.fee = Fee {fee, feeCurrency ? OptString(ex.safeCurrencyCode(*feeCurrency)) : std::nullopt, std::nullopt};
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// {"clientId":"up421412345","accountId":"","currency":"USDT","direction":"withdraw","amount":"12.390606",
//  "commissionAmount":"0.00000000","status":"approved","updatedAt":"2024-10-14T14:08:50.013Z","txId":"30367718"}
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    Transaction t;
    t.id = str(raw["txId"]);
    t.type = raw["direction"].stringOr("") == "withdraw" ? "withdrawal" : "deposit";
    if (auto currencyId = str(raw["currency"])) {
        t.currency = ex.safeCurrencyCode(*currencyId);
    }
    t.amount = num(raw["amount"]);
    if (auto status = str(raw["status"])) {
        t.status = *status == "approved" ? "ok" : *status;
    }
    t.timestamp = iso(raw["updatedAt"]);
    t.fee = Fee {num(raw["commissionAmount"]), t.currency, std::nullopt};
    t.info = JsonValue::fromRef(raw);
    return t;
}

// {"address":"0x..","accountId":"sub1","currency":"USDT","blockchain":"ERC20"}
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex, const std::string& code)
{
    auto address = str(raw["address"]);
    if (!rest::usableAddress(address)) {
        throw Error(ErrorKind::InvalidAddress, "cex has no usable deposit address for " + code);
    }
    DepositAddress a;
    auto currencyId = str(raw["currency"]);
    a.currency = currencyId ? ex.safeCurrencyCode(*currencyId) : code;
    if (auto chain = str(raw["blockchain"])) {
        a.network = networkCodeFor(*chain);
    }
    a.address = address;
    a.info = JsonValue::fromRef(raw);
    return a;
}

} // namespace bourse::ex::cex
