// SPDX-License-Identifier: GPL-3.0-or-later
#include "HitbtcParsers.h"

#include "Hitbtc.h"
#include "core/CurrencyNetworks.h"

namespace bourse::ex::hitbtc {

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

OptDecimal num(const JsonRef& v)
{
    return v.decimal();
}

OptInt isoTime(const JsonRef& v)
{
    auto s = str(v);
    return s ? parseIso8601(*s) : std::nullopt;
}

// The unified code of a network id in public/currency: the description's table read backwards ("TRX" -> TRC20,
// "btc" -> BTC), then the main chains' aliases settled for the coin (see preferredNetworkCode).
std::string networkCode(const std::string& networkId, const std::string& currencyCode)
{
    std::string code = networkId;
    for (const auto& [unified, id] : hitbtcNetworks()) {
        if (id == networkId) {
            code = unified;
            break;
        }
    }
    code = preferredNetworkCode(code, currencyCode);
    for (auto& c : code) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return code;
}

} // namespace

// "MANAUSDT": {"type":"spot","base_currency":"MANA","quote_currency":"USDT","quantity_increment":"1",
//              "tick_size":"0.0000001","take_rate":"0.0025","make_rate":"0.001","fee_currency":"USDT",
//              "margin_trading":true,"max_initial_leverage":"5.00"}
std::optional<Market> parseMarket(std::string_view id, const JsonRef& raw, const Exchange& ex)
{
    // "_BQX" ids are listed but unknown to every other call (ccxt found public/symbol/EOSUSD_BQX answer 2001).
    if (raw["type"].string() != std::string("spot") || id.ends_with("_BQX")) {
        return std::nullopt;
    }
    Market m;
    m.id = std::string(id);
    m.baseId = str(raw["base_currency"]).value_or(std::string());
    m.quoteId = str(raw["quote_currency"]).value_or(std::string());
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.type = "spot";
    m.spot = true;
    m.margin = raw["margin_trading"].boolean().value_or(false);
    m.active = true; // public/symbol lists only tradable symbols
    m.taker = num(raw["take_rate"]);
    m.maker = num(raw["make_rate"]);
    auto lot = num(raw["quantity_increment"]);
    auto step = num(raw["tick_size"]);
    m.precision.amount = lot;
    m.precision.price = step;
    m.limits.leverage.min = Decimal(1);
    m.limits.leverage.max = num(raw["max_initial_leverage"]).value_or(Decimal(1));
    m.limits.amount.min = lot;
    m.limits.price.min = step;
    // The smallest order: one lot at one tick.
    if (lot && step) {
        m.limits.cost.min = *lot * *step;
    }
    m.tierBased = true;
    m.percentage = true;
    m.extra = JsonValue::object();
    if (auto feeCurrency = str(raw["fee_currency"])) {
        m.extra.set("feeCurrency", ex.safeCurrencyCode(*feeCurrency));
    }
    m.info = JsonValue::fromRef(raw);
    return m;
}

// "USDT": {"full_name":"Tether","crypto":true,"payin_enabled":true,"payout_enabled":true,"transfer_enabled":true,
//          "precision_transfer":"0.000001","delisted":false,"networks":[{"code":"USDT","network":"TRX",
//          "protocol":"TRC20","default":true,"payin_enabled":true,"payout_enabled":true,
//          "precision_payout":"0.000001","payout_fee":"1.000000000000"}]}
Currency parseCurrency(std::string_view id, const JsonRef& raw, const Exchange& ex)
{
    Currency c;
    c.id = std::string(id);
    c.code = ex.safeCurrencyCode(id);
    c.name = str(raw["full_name"]);
    c.active = raw["delisted"].boolean() != true;
    c.deposit = raw["payin_enabled"].boolean();
    c.withdraw = raw["payout_enabled"].boolean();
    c.precision = num(raw["precision_transfer"]);
    for (const auto& n : raw["networks"].items()) {
        // "protocol" names the token standard ("TRC20") where there is one, "network" the chain ("TRX").
        auto networkId = str(n["protocol"]) ? str(n["protocol"]) : str(n["network"]);
        Network net;
        net.id = networkId.value_or(std::string());
        net.network = networkId ? networkCode(*networkId, c.code) : c.code;
        net.fee = num(n["payout_fee"]);
        net.deposit = n["payin_enabled"].boolean();
        net.withdraw = n["payout_enabled"].boolean();
        net.precision = num(n["precision_payout"]);
        net.info = JsonValue::fromRef(n);
        c.networks.push_back(std::move(net));
    }
    completeFromNetworks(c);
    c.info = JsonValue::fromRef(raw);
    return c;
}

// {"ask":"0.020572","bid":"0.020566","last":"0.020574","low":"0.020388","high":"0.021084","open":"0.020913",
//  "volume":"138444.3666","volume_quote":"2853.6874972480","timestamp":"2021-06-02T17:52:36.732Z"}
Ticker parseTicker(const JsonRef& raw, const Market* market, std::string_view marketId)
{
    Ticker t;
    t.symbol = market ? market->symbol : std::string(marketId);
    t.timestamp = isoTime(raw["timestamp"]);
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num(raw["bid"]);
    t.ask = num(raw["ask"]);
    t.open = num(raw["open"]);
    t.close = t.last = num(raw["last"]);
    t.baseVolume = num(raw["volume"]);
    t.quoteVolume = num(raw["volume_quote"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"timestamp":"2021-07-08T12:52:33.390Z","ask":[["0.046002","0.014"],["0.046003","0.47"]],
//  "bid":[["0.046001","0.029"],["0.046000","0.108"]]}
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    book.timestamp = isoTime(raw["timestamp"]);
    auto side = [](const JsonRef& levels, std::vector<PriceLevel>& into) {
        into.reserve(levels.size());
        for (const auto& level : levels.items()) {
            auto price = num(level[0]);
            auto amount = num(level[1]);
            if (price && amount) {
                into.push_back({*price, *amount});
            }
        }
    };
    side(raw["bid"], book.bids);
    side(raw["ask"], book.asks);
    book.sort();
    return book;
}

// public/trades:       {"id":974786185,"price":"0.032462","qty":"0.3673","side":"buy",
//                       "timestamp":"2020-10-16T12:57:39.846Z"}
// spot/history/trade:  {"id":1393448977,"order_id":653496804534,"client_order_id":"065f6f0ff9d54547848454182263d7b4",
//                       "symbol":"DICEETH","side":"buy","quantity":"1.4","price":"0.00261455",
//                       "fee":"0.000003294333","timestamp":"2021-09-19T05:35:56.601Z","taker":true}
// an order's fills:    {"id":"1437229630","position_id":"0","quantity":"0.00010","price":"62884.78",
//                       "fee":"0.005659630200","timestamp":"2021-10-26T08:55:55.1Z","taker":true}
Trade parseTrade(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Trade t;
    t.info = JsonValue::fromRef(raw);
    if (auto marketId = str(raw["symbol"])) {
        const Market* found = ex.findMarketById(*marketId);
        market = found ? found : market;
        t.symbol = market ? market->symbol : *marketId;
    } else if (market) {
        t.symbol = market->symbol;
    }
    t.id = str(raw["id"]);
    t.timestamp = isoTime(raw["timestamp"]);
    // Orders are known by their client order id (see parseOrder), and so are the orders of trades.
    t.order = str(raw["clientOrderId"]) ? str(raw["clientOrderId"]) : str(raw["client_order_id"]);
    t.side = str(raw["side"]);
    t.price = num(raw["price"]);
    t.amount = raw.has("quantity") ? num(raw["quantity"]) : num(raw["qty"]);
    // Public trades say nothing of it; they are the taker's side of the match.
    auto taker = raw["taker"].boolean();
    t.takerOrMaker = taker.value_or(true) ? "taker" : "maker";
    if (auto feeCost = str(raw["fee"])) {
        Fee fee;
        fee.cost = Decimal::parse(*feeCost);
        // Fees are charged in the market's fee currency (the quote currency on most markets).
        const JsonValue* feeCurrency = market ? market->info.find("fee_currency") : nullptr;
        if (feeCurrency && feeCurrency->asString()) {
            fee.currency = ex.safeCurrencyCode(*feeCurrency->asString());
        }
        t.fee = fee;
    }
    t.complete();
    return t;
}

std::string parseOrderStatus(std::string_view status)
{
    if (status == "new" || status == "suspended" || status == "partiallyFilled") {
        return "open";
    }
    if (status == "filled") {
        return "closed";
    }
    if (status == "expired") {
        return "failed";
    }
    return std::string(status); // canceled
}

// {"id":488953123149,"client_order_id":"103ad305301e4c3590045b13de15b36e","symbol":"BTCUSDT","side":"buy",
//  "status":"new","type":"limit","time_in_force":"GTC","quantity":"0.00001","quantity_cumulative":"0",
//  "price":"0.01","price_average":"0.01","post_only":false,"created_at":"2021-04-13T13:06:16.567Z",
//  "updated_at":"2021-04-13T13:06:16.567Z"}
// A market order comes back filled, with "trades":[{...}] (see parseTrade).
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    Order o;
    o.info = JsonValue::fromRef(raw);
    if (auto marketId = str(raw["symbol"])) {
        const Market* found = ex.findMarketById(*marketId);
        market = found ? found : market;
        o.symbol = market ? market->symbol : *marketId;
    } else if (market) {
        o.symbol = market->symbol;
    }
    // The client order id is the id: every order call of API 3 takes it (ccxt#5674).
    o.id = o.clientOrderId = str(raw["client_order_id"]);
    o.side = str(raw["side"]);
    o.type = str(raw["type"]);
    o.amount = num(raw["quantity"]);
    o.price = num(raw["price"]);
    o.average = num(raw["price_average"]);
    auto created = str(raw["created_at"]);
    auto updated = str(raw["updated_at"]);
    o.timestamp = created ? parseIso8601(*created) : std::nullopt;
    // An order is only updated by its fills and its cancelation; an unchanged one has not traded.
    if (updated != created) {
        o.lastTradeTimestamp = o.lastUpdateTimestamp = updated ? parseIso8601(*updated) : std::nullopt;
    }
    o.filled = num(raw["quantity_cumulative"]);
    if (auto status = str(raw["status"])) {
        o.status = parseOrderStatus(*status);
    }
    o.postOnly = raw["post_only"].boolean();
    o.reduceOnly = raw["reduce_only"].boolean();
    o.timeInForce = str(raw["time_in_force"]);
    o.triggerPrice = num(raw["stop_price"]);
    for (const auto& fill : raw["trades"].items()) {
        o.trades.push_back(parseTrade(fill, ex, market));
    }
    o.complete();
    return o;
}

// {"timestamp":"2021-10-25T07:38:00.000Z","open":"4173.391","close":"4170.923","min":"4170.923",
//  "max":"4173.986","volume":"0.1879","volume_quote":"784.2517846"}
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = isoTime(raw["timestamp"]).value_or(0);
    c.open = num(raw["open"]);
    c.high = num(raw["max"]);
    c.low = num(raw["min"]);
    c.close = num(raw["close"]);
    c.volume = num(raw["volume"]);
    return c;
}

// [{"currency":"PAXG","available":"0","reserved":"0","reserved_margin":"0"}, ...]
Balance parseBalance(const JsonRef& response, const Exchange& ex)
{
    Balance b;
    b.info = JsonValue::fromRef(response);
    for (const auto& entry : response.items()) {
        auto currencyId = str(entry["currency"]);
        if (!currencyId) {
            continue;
        }
        BalanceEntry e;
        e.free = num(entry["available"]);
        e.used = num(entry["reserved"]);
        b.currencies[ex.safeCurrencyCode(*currencyId)] = e;
    }
    b.complete();
    return b;
}

// {"id":"101609495","created_at":"2018-03-06T22:05:06.507Z","updated_at":"2018-03-06T22:11:45.03Z",
//  "status":"SUCCESS","type":"DEPOSIT","subtype":"BLOCKCHAIN","native":{"tx_id":"e20b0965-...",
//  "index":"881652766","currency":"ETH","amount":"0.01418088","hash":"d95dbbff...","address":"0xd925...",
//  "confirmations":"20","senders":["0x243bec9256c9a3469da22103891465b47583d9f1"],"fee":"1.22"}}
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex)
{
    Transaction tx;
    tx.info = JsonValue::fromRef(raw);
    tx.id = str(raw["operation_id"]) ? str(raw["operation_id"]) : str(raw["id"]);
    tx.timestamp = isoTime(raw["created_at"]);
    tx.updated = isoTime(raw["updated_at"]);
    if (auto type = str(raw["type"])) {
        tx.type = type == "DEPOSIT" ? "deposit" : type == "WITHDRAW" ? "withdrawal" : *type;
    }
    if (auto status = str(raw["status"])) {
        if (status == "CREATED" || status == "PENDING") {
            tx.status = "pending";
        } else if (status == "FAILED" || status == "ROLLED_BACK") {
            tx.status = "failed";
        } else if (status == "SUCCESS") {
            tx.status = "ok";
        } else {
            tx.status = status;
        }
    }
    JsonRef native = raw["native"];
    if (auto currencyId = str(native["currency"])) {
        tx.currency = ex.safeCurrencyCode(*currencyId);
    }
    tx.txid = str(native["hash"]);
    tx.address = tx.addressTo = str(native["address"]);
    tx.tag = tx.tagTo = str(native["payment_id"]);
    tx.addressFrom = str(native["senders"][0]);
    tx.amount = num(native["amount"]);
    // OFFCHAIN: a transfer between two HitBTC accounts, which never touches the chain.
    tx.internal = raw["subtype"].string() == std::string("OFFCHAIN");
    Fee fee;
    if (auto cost = num(native["fee"])) {
        fee.cost = cost;
        fee.currency = tx.currency;
    }
    tx.fee = fee;
    return tx;
}

// {"symbol":"ARVUSDT","take_rate":"0.0009","make_rate":"0.0009"} (the symbol only in the list of all markets)
TradingFee parseTradingFee(const JsonRef& raw, const Exchange& ex, const Market* market)
{
    TradingFee f;
    f.info = JsonValue::fromRef(raw);
    if (auto marketId = str(raw["symbol"])) {
        f.symbol = ex.safeSymbol(*marketId, market);
    } else if (market) {
        f.symbol = market->symbol;
    }
    f.taker = num(raw["take_rate"]);
    f.maker = num(raw["make_rate"]);
    return f;
}

// {"currency":"ETH","address":"0xd0d9aea60c41988c3e68417e2616065617b7afd3","payment_id":"..."}
DepositAddress parseDepositAddress(const JsonRef& raw, const Exchange& ex)
{
    DepositAddress a;
    a.info = JsonValue::fromRef(raw);
    if (auto currencyId = str(raw["currency"])) {
        a.currency = ex.safeCurrencyCode(*currencyId);
    }
    a.address = str(raw["address"]);
    a.tag = str(raw["payment_id"]);
    return a;
}

} // namespace bourse::ex::hitbtc
