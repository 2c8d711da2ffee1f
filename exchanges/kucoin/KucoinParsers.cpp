// SPDX-License-Identifier: GPL-3.0-or-later
#include "KucoinParsers.h"

#include "Kucoin.h"
#include "core/Filtering.h"

#include <map>

namespace bourse::ex::kucoin {

namespace {

// ccxt's safeString: a string or a number's text, with "" and null as absent (KuCoin sends "" for unset fields).
OptString str(const JsonRef& v)
{
    auto s = v.string();
    return s && !s->empty() ? s : std::nullopt;
}

OptString str2(const JsonRef& raw, std::string_view a, std::string_view b)
{
    auto s = str(raw[a]);
    return s ? s : str(raw[b]);
}

OptDecimal num(const JsonRef& v)
{
    return str(v) ? v.decimal() : std::nullopt;
}

OptDecimal num2(const JsonRef& raw, std::string_view a, std::string_view b)
{
    auto d = num(raw[a]);
    return d ? d : num(raw[b]);
}

// KuCoin sends precisions as a number of decimals ("8"); ccxt's parsePrecision turns that into a step (1e-8).
OptDecimal stepFromDecimals(const JsonRef& v)
{
    auto places = str(v) ? v.integer() : std::nullopt;
    return places ? OptDecimal(Decimal::pow10(-static_cast<int>(*places))) : std::nullopt;
}

OptString codeOf(const JsonRef& currencyId, const Kucoin& ex)
{
    auto id = str(currencyId);
    return id ? OptString(ex.safeCurrencyCode(*id)) : std::nullopt;
}

// What the networks allow, the currency allows: deposit or withdraw if any network does, the lowest fee and
// minimum, the highest maximum and the coarsest step (ccxt's safeCurrencyStructure, in the same order).
void summarizeNetworks(Currency& c)
{
    auto lower = [](OptDecimal& main, const OptDecimal& v) {
        if (!main || (v && *v < *main)) {
            main = v;
        }
    };
    auto higher = [](OptDecimal& main, const OptDecimal& v) {
        if (!main || (v && *v > *main)) {
            main = v;
        }
    };
    for (const auto& n : c.networks) {
        if (!c.deposit || n.deposit == true) {
            c.deposit = n.deposit;
        }
        if (!c.withdraw || n.withdraw == true) {
            c.withdraw = n.withdraw;
        }
        lower(c.fee, n.fee);
        higher(c.precision, n.precision);
        lower(c.depositLimits.min, n.depositLimits.min);
        higher(c.depositLimits.max, n.depositLimits.max);
        lower(c.withdrawLimits.min, n.withdrawLimits.min);
        higher(c.withdrawLimits.max, n.withdrawLimits.max);
    }
}

// The market an answer names, when the caller did not say.
const Market* knownMarket(const std::string& marketId, const Market* market, const Kucoin& ex)
{
    return market || marketId.empty() ? market : ex.findMarketById(marketId);
}

} // namespace

std::string symbolOf(std::string_view marketId, const Market* market, const Kucoin& ex)
{
    if (market) {
        return market->symbol;
    }
    if (const Market* m = ex.findMarketById(marketId)) {
        return m->symbol;
    }
    auto dash = marketId.find('-');
    if (dash == std::string_view::npos) {
        return std::string(marketId);
    }
    return ex.safeCurrencyCode(marketId.substr(0, dash)) + "/" + ex.safeCurrencyCode(marketId.substr(dash + 1));
}

OptString networkCode(const OptString& chainId, const std::string& currencyCode)
{
    if (!chainId) {
        return std::nullopt;
    }
    auto it = kucoinNetworkCodes().find(*chainId);
    std::string code = it == kucoinNetworkCodes().end() ? *chainId : it->second;
    // A chain that is both a coin and a token standard reads as the coin for the coin itself ("eth" for ETH is
    // ETH) and as the standard for tokens on it ("eth" for USDT is ERC20).
    struct Pair
    {
        const char* coin;
        const char* primary;
        const char* secondary;
        bool primaryByDefault;
    };
    static const Pair pairs[] = {
        {"ETH", "ETH", "ERC20", false},
        {"CRO", "CRONOS", "CRC20", false},
        {"TRX", "TRX", "TRC20", false},
        {"BTC", "BTC", "BRC20", true},
    };
    for (const auto& p : pairs) {
        if (code != p.primary && code != p.secondary) {
            continue;
        }
        if (currencyCode.empty()) {
            return code;
        }
        return std::string(currencyCode == p.coin ? p.primary : p.secondary);
    }
    return code;
}

Market parseMarket(const JsonRef& raw, const JsonRef& ticker, const Kucoin& ex)
{
    Market m;
    m.id = raw["symbol"].stringOr("");
    auto dash = m.id.find('-');
    m.baseId = m.id.substr(0, dash);
    m.quoteId = dash == std::string::npos ? std::string() : m.id.substr(dash + 1);
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    m.type = "spot";
    m.spot = true;
    // Cross and isolated margin lists need a key (margin/symbols, isolated/symbols); the symbol's own flag says
    // whether margin exists at all.
    m.margin = raw["isMarginEnabled"].boolean().value_or(false);
    m.marginModes.cross = false;
    m.marginModes.isolated = false;
    m.active = raw["enableTrading"].boolean();
    // The fee is the rate times the symbol's coefficient (0 on fee-free promotions).
    auto takerRate = num(ticker["takerFeeRate"]);
    auto takerCoefficient = num(ticker["takerCoefficient"]);
    auto makerRate = num(ticker["makerFeeRate"]);
    auto makerCoefficient = num(ticker["makerCoefficient"]);
    if (takerRate && takerCoefficient) {
        m.taker = *takerRate * *takerCoefficient;
    }
    if (makerRate && makerCoefficient) {
        m.maker = *makerRate * *makerCoefficient;
    }
    m.precision.amount = num(raw["baseIncrement"]);
    m.precision.price = num(raw["priceIncrement"]);
    m.limits.amount.min = num(raw["baseMinSize"]);
    m.limits.amount.max = num(raw["baseMaxSize"]);
    m.limits.cost.min = num(raw["quoteMinSize"]);
    m.limits.cost.max = num(raw["quoteMaxSize"]);
    m.info = JsonValue::fromRef(raw);
    return m;
}

Currency parseCurrency(const JsonRef& raw, const Kucoin& ex)
{
    Currency c;
    c.id = raw["currency"].stringOr("");
    c.code = ex.safeCurrencyCode(c.id);
    c.name = str(raw["fullName"]);
    c.precision = stepFromDecimals(raw["precision"]);
    JsonRef chains = raw["chains"].isArray() ? raw["chains"] : raw["items"];
    // A currency with no chain cannot be deposited on-chain: a fiat currency.
    c.type = chains.size() == 0 ? "fiat" : "crypto";
    for (const auto& chain : chains.items()) {
        auto chainId = str(chain["chainId"]);
        auto code = networkCode(chainId, c.code);
        if (!code) {
            continue;
        }
        Network n;
        n.id = *chainId;
        n.network = *code;
        n.fee = num2(chain, "withdrawalMinFee", "minWithdrawFee");
        n.deposit = chain["isDepositEnabled"].boolean();
        n.withdraw = chain["isWithdrawEnabled"].boolean();
        n.precision = stepFromDecimals(chain["withdrawPrecision"]);
        n.withdrawLimits.min = num2(chain, "withdrawalMinSize", "minWithdrawSize");
        n.withdrawLimits.max = num2(chain, "maxWithdraw", "maxWithdrawSize");
        n.depositLimits.min = num2(chain, "depositMinSize", "minDepositSize");
        n.depositLimits.max = num2(chain, "maxDeposit", "maxDepositSize");
        n.info = JsonValue::fromRef(chain);
        c.networks.push_back(std::move(n));
    }
    summarizeNetworks(c);
    c.info = JsonValue::fromRef(raw);
    return c;
}

Ticker parseTicker(const JsonRef& raw, const Market* market, const Kucoin& ex, OptInt time)
{
    Ticker t;
    t.symbol = symbolOf(raw["symbol"].stringOr(""), market, ex);
    if (!market) {
        market = ex.findMarket(t.symbol);
    }
    // REST says `last`; the stream's /market/snapshot says `lastTradedPrice` and /market/ticker `price`.
    auto last = num(raw["price"]);
    if (!last) {
        last = num2(raw, "last", "lastTradedPrice");
    }
    if (str(raw["time"])) {
        t.timestamp = raw["time"].integer();
    } else if (str(raw["datetime"])) {
        t.timestamp = raw["datetime"].integer();
    } else {
        t.timestamp = time;
    }
    t.high = num(raw["high"]);
    t.low = num(raw["low"]);
    t.bid = num2(raw, "buy", "bestBid");
    t.bidVolume = num(raw["bestBidSize"]);
    t.ask = num2(raw, "sell", "bestAsk");
    t.askVolume = num(raw["bestAskSize"]);
    t.open = omitZero(num(raw["open"]));
    t.close = last;
    t.last = last;
    t.change = num(raw["changePrice"]);
    // changeRate is a fraction (0.0089 is 0.89 %).
    if (auto rate = num(raw["changeRate"])) {
        t.percentage = omitZero(*rate * Decimal(100));
    }
    t.average = num(raw["averagePrice"]);
    t.baseVolume = num(raw["vol"]);
    t.quoteVolume = num(raw["volValue"]);
    // KuCoin gives no opening price: it is the last price less the change (or, without a change, the last price
    // over 1 + percentage), as ccxt's safeTicker derives it.
    if (!t.open && t.close) {
        if (t.change) {
            t.open = *t.close - *t.change;
        } else if (t.percentage) {
            t.open = t.close->divided(Decimal(1) + t.percentage->divided(Decimal(100)));
        }
    }
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

OrderBook parseOrderBook(const JsonRef& data, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    auto levels = [](const JsonRef& side, std::vector<PriceLevel>& out) {
        out.reserve(side.size());
        for (const auto& level : side.items()) {
            auto price = level[0].decimal();
            auto amount = level[1].decimal();
            if (price && amount) {
                out.push_back(PriceLevel {*price, *amount});
            }
        }
    };
    levels(data["bids"], book.bids);
    levels(data["asks"], book.asks);
    book.timestamp = data["time"].integer();
    if (!book.timestamp) {
        if (auto ns = data["ts"].integer()) {
            book.timestamp = *ns / 1000000;
        }
    }
    book.nonce = data["sequence"].integer();
    book.sort();
    return book;
}

Trade parseTrade(const JsonRef& raw, const Market* market, const Kucoin& ex)
{
    Trade t;
    std::string marketId = raw["symbol"].stringOr("");
    market = knownMarket(marketId, market, ex);
    t.symbol = symbolOf(marketId, market, ex);
    t.id = str2(raw, "tradeId", "id");
    t.order = str(raw["orderId"]);
    t.takerOrMaker = str(raw["liquidity"]);
    // Public trades carry `time` in nanoseconds; fills carry `createdAt` in milliseconds (in seconds where the
    // fill is an old one with `dealValue`).
    if (auto ns = str(raw["time"]) ? raw["time"].integer() : raw["ts"].integer()) {
        t.timestamp = *ns / 1000000;
    } else if (auto ms = raw["createdAt"].integer()) {
        t.timestamp = raw.has("dealValue") ? *ms * 1000 : *ms;
    }
    t.price = num2(raw, "price", "dealPrice");
    t.amount = num2(raw, "size", "amount");
    t.side = str(raw["side"]);
    if (auto feeCost = num(raw["fee"])) {
        Fee fee;
        fee.cost = feeCost;
        fee.currency = codeOf(raw["feeCurrency"], ex);
        if (!fee.currency && market) {
            fee.currency = t.side == "sell" ? market->quote : market->base;
        }
        fee.rate = num(raw["feeRate"]);
        t.fee = fee;
    }
    // "match" is what every public trade says; it names no order type.
    t.type = str(raw["type"]);
    if (t.type == "match") {
        t.type.reset();
    }
    t.cost = num2(raw, "funds", "dealValue");
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

Order parseOrder(const JsonRef& raw, const Market* market, const Kucoin& ex)
{
    Order o;
    std::string marketId = raw["symbol"].stringOr("");
    market = knownMarket(marketId, market, ex);
    o.symbol = marketId.empty() && !market ? std::string() : symbolOf(marketId, market, ex);
    o.timestamp = raw["createdAt"].integer();
    // Stop orders have `stop` (loss / entry) and a status of their own: NEW until triggered, then the order they
    // became is a normal one.
    const bool trigger = str(raw["stop"]).has_value();
    const bool stopTriggered = raw["stopTriggered"].boolean().value_or(false);
    auto isActive = raw["isActive"].boolean();
    if (!isActive) {
        isActive = raw["active"].boolean();
    }
    auto status = str(raw["status"]);
    if (isActive) {
        o.status = *isActive ? "open" : "closed";
    }
    if (trigger) {
        if (status == "NEW") {
            o.status = "open";
        } else if (isActive != true && !stopTriggered) {
            o.status = "cancelled"; // sic: ccxt's spelling for an untriggered stop order that is gone
        }
    }
    if (raw["cancelExist"].boolean() == true) {
        o.status = "canceled";
    }
    if (status == "fail") {
        o.status = "rejected";
    }
    for (const char* key : {"id", "orderId", "newOrderId", "cancelledOrderId"}) {
        if (auto id = str(raw[key])) {
            o.id = id;
            break;
        }
    }
    o.clientOrderId = str(raw["clientOid"]);
    o.type = str(raw["type"]);
    o.timeInForce = str(raw["timeInForce"]);
    o.postOnly = raw["postOnly"].boolean();
    o.side = str(raw["side"]);
    o.amount = num(raw["size"]);
    o.price = num(raw["price"]); // 0 for a market order: complete() drops it
    o.triggerPrice = num(raw["stopPrice"]);
    o.cost = num(raw["dealFunds"]);
    o.filled = num(raw["dealSize"]);
    Fee fee;
    fee.currency = codeOf(raw["feeCurrency"], ex);
    fee.cost = num(raw["fee"]);
    o.fee = fee;
    o.average = num(raw["avgDealPrice"]);
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    auto time = str(raw[0]);
    // Spot candles are [seconds, open, close, high, low, volume, turnover]; a millisecond time means the
    // [time, open, high, low, close, volume] order of the unified-account candles.
    if (time && time->size() <= 10) {
        c.timestamp = raw[0].integer().value_or(0) * 1000;
        c.open = num(raw[1]);
        c.high = num(raw[3]);
        c.low = num(raw[4]);
        c.close = num(raw[2]);
    } else {
        c.timestamp = raw[0].integer().value_or(0);
        c.open = num(raw[1]);
        c.high = num(raw[2]);
        c.low = num(raw[3]);
        c.close = num(raw[4]);
    }
    c.volume = num(raw[5]);
    return c;
}

Balance parseBalance(const JsonRef& data, const std::string& type, const Kucoin& ex)
{
    Balance b;
    for (const auto& account : data.items()) {
        if (account["type"].stringOr("") != type) {
            continue;
        }
        auto code = codeOf(account["currency"], ex);
        if (!code) {
            continue;
        }
        BalanceEntry e;
        e.total = num(account["balance"]);
        e.free = num(account["available"]);
        e.used = num(account["holds"]);
        b.currencies[*code] = e;
    }
    b.complete();
    return b;
}

Balance parseMarginBalance(const JsonRef& data, bool isolated, const Kucoin& ex)
{
    Balance b;
    auto add = [&](const JsonRef& entry) {
        auto code = codeOf(entry["currency"], ex);
        if (!code) {
            return;
        }
        BalanceEntry e;
        e.used = num2(entry, "holdBalance", "hold");
        e.free = num2(entry, "availableBalance", "available");
        e.total = num2(entry, "totalBalance", "total");
        auto it = b.currencies.find(*code);
        if (it == b.currencies.end()) {
            b.currencies[*code] = e;
            return;
        }
        // The same currency on several isolated symbols: the sums.
        auto sum = [](OptDecimal& current, const OptDecimal& incoming) {
            if (!current) {
                current = incoming;
            } else if (incoming) {
                *current += *incoming;
            }
        };
        sum(it->second.free, e.free);
        sum(it->second.used, e.used);
        sum(it->second.total, e.total);
    };
    if (isolated) {
        JsonRef assets = data["assets"].isArray() ? data["assets"] : data;
        for (const auto& pair : assets.items()) {
            add(pair["baseAsset"]);
            add(pair["quoteAsset"]);
        }
    } else {
        for (const auto& account : data["accounts"].items()) {
            add(account);
        }
    }
    b.complete();
    return b;
}

Transaction parseTransaction(const JsonRef& raw, const Kucoin& ex, const std::string& type)
{
    Transaction t;
    auto code = codeOf(raw["currency"], ex);
    t.currency = code;
    t.address = str(raw["address"]);
    t.amount = num(raw["amount"]);
    // walletTxId is "<txid>@<address>@<index>" on some chains.
    if (auto txid = str(raw["walletTxId"])) {
        auto at = txid->find('@');
        if (at != std::string::npos) {
            std::string rest = txid->substr(at + 1);
            std::string address = rest.substr(0, rest.find('@'));
            if (!t.address && address.size() > 1) {
                t.address = address;
            }
            txid = txid->substr(0, at);
        }
        t.txid = txid;
    }
    t.type = type;
    if (auto feeCost = num(raw["fee"])) {
        Fee fee;
        fee.cost = feeCost;
        if (t.amount && !t.amount->isZero()) {
            fee.rate = feeCost->divided(*t.amount);
        }
        fee.currency = code;
        t.fee = fee;
    }
    t.timestamp = raw["createdAt"].integer();
    if (!t.timestamp) {
        t.timestamp = raw["createAt"].integer();
    }
    t.updated = raw["updatedAt"].integer();
    // The v1 history (before 2019-02-18) counts in seconds.
    if (!raw.has("createdAt")) {
        if (t.timestamp) {
            *t.timestamp *= 1000;
        }
        if (t.updated) {
            *t.updated *= 1000;
        }
    }
    t.internal = raw["isInner"].boolean();
    t.tag = str(raw["memo"]);
    t.tagTo = t.tag;
    t.addressTo = t.address;
    t.network = networkCode(str(raw["chain"]), code.value_or(""));
    static const std::map<std::string, std::string> statuses {
        {"SUCCESS", "ok"},
        {"PROCESSING", "pending"},
        {"WALLET_PROCESSING", "pending"},
        {"FAILURE", "failed"},
    };
    if (auto status = str(raw["status"])) {
        auto it = statuses.find(*status);
        t.status = it == statuses.end() ? *status : it->second;
    }
    t.id = str2(raw, "id", "withdrawalId");
    t.comment = str(raw["remark"]);
    t.info = JsonValue::fromRef(raw);
    return t;
}

DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code)
{
    DepositAddress a;
    a.currency = code;
    a.address = str(raw["address"]);
    if (a.address && a.address->rfind("bitcoincash:", 0) == 0) {
        a.address = a.address->substr(12);
    }
    // An address is one word of more than one distinct character (NIM's are spaced groups, so not checked).
    if (code != "NIM") {
        const std::string& text = a.address.value_or("");
        bool oneChar = text.find_first_not_of(text.empty() ? '\0' : text[0]) == std::string::npos;
        if (oneChar || text.find(' ') != std::string::npos) {
            throw Error(ErrorKind::InvalidAddress, "kucoin fetchDepositAddress() got no usable address: " + text);
        }
    }
    a.network = networkCode(str(raw["chainId"]), code);
    a.tag = str(raw["memo"]);
    a.info = JsonValue::fromRef(raw);
    return a;
}

TradingFee parseTradingFee(const JsonRef& entry, const Market& market)
{
    TradingFee f;
    f.symbol = market.symbol;
    f.maker = num(entry["makerFeeRate"]);
    f.taker = num(entry["takerFeeRate"]);
    f.percentage = true;
    f.tierBased = true;
    f.info = JsonValue::fromRef(entry);
    return f;
}

} // namespace bourse::ex::kucoin
