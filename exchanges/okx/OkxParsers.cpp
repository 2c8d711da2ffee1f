// SPDX-License-Identifier: GPL-3.0-or-later
#include "OkxParsers.h"

#include "Okx.h"

#include <map>

namespace bourse::ex::okx {

namespace {

// OKX writes "" where a field does not apply; like ccxt's safe* readers, that counts as absent.
OptString text(const JsonRef& v)
{
    auto s = v.string();
    return s && !s->empty() ? s : std::nullopt;
}

// The first of two fields that is present (ccxt's safeString2 / safeNumber2).
OptString text2(const JsonRef& raw, std::string_view a, std::string_view b)
{
    auto first = text(raw[a]);
    return first ? first : text(raw[b]);
}

// A number OKX may send as "" where it does not apply.
OptDecimal number(const JsonRef& v)
{
    return v.decimal();
}

OptInt integer(const JsonRef& v)
{
    return v.integer();
}

OptDecimal number2(const JsonRef& raw, std::string_view a, std::string_view b)
{
    auto first = number(raw[a]);
    return first ? first : number(raw[b]);
}

// OKX reports fees as negative numbers (a rebate is positive); unified fees are costs.
OptDecimal negated(const OptDecimal& v)
{
    return v ? OptDecimal(-*v) : std::nullopt;
}

} // namespace

// clang-format off
std::string networkIdToCode(const std::string& networkId)
{
    // OKX's chain names -> unified codes (ccxt's options.networks, inverted).
    static const std::map<std::string, std::string> codes{
        {"AELF", "AELF"}, {"Acala", "ACA"}, {"Algorand", "ALGO"}, {"Aptos", "APT"}, {"Arbitrum One", "ARBITRUM"},
        {"Arweave", "AR"}, {"Astar", "ASTR"}, {"Avalanche C-Chain", "AVAXC"}, {"Avalanche X-Chain", "AVAXX"},
        {"BEP20", "BEP20"}, {"BRC20", "BRC20"}, {"BSC", "BEP20"}, {"Babylon", "BABY"}, {"Base", "BASE"},
        {"Berachain", "BERA"}, {"Bitcoin", "BTC"}, {"Bitcoin SV", "BSV"}, {"BitcoinCash", "BCH"}, {"CELO", "CELO"},
        {"CORE", "CORE"}, {"Canton Network", "CANTON"}, {"Cardano", "ADA"}, {"Casper", "CSPR"}, {"Celestia", "TIA"},
        {"Chia", "XCH"}, {"Conflux", "CFX"}, {"Cosmos", "ATOM"}, {"Crypto", "CRONOS"}, {"DYDX", "DYDX"},
        {"Dfinity", "ICP"}, {"Digibyte", "DGB"}, {"Dogecoin", "DOGE"}, {"EOS", "EOS"}, {"ERC20", "ERC20"},
        {"Elrond", "EGLD"}, {"Ethereum Classic", "ETC"}, {"EthereumPow", "ETHW"}, {"FLOW", "FLOW"},
        {"Filecoin", "FIL"}, {"Flare", "FLR"}, {"Fogo", "FOGO"}, {"Hedera", "HBAR"}, {"HyperEVM", "HYPER"},
        {"INJ", "INJ"}, {"Klaytn", "KLAY"}, {"Kusama", "KSM"}, {"Lightning", "BTCLIGHTNING"}, {"Linea", "LINEA"},
        {"Lisk", "LSK"}, {"Litecoin", "LTC"}, {"MIOTA", "IOTA"}, {"MegaETH", "MEGAETH"}, {"Metis", "METIS"},
        {"Mina", "MINA"}, {"Monad", "MONAD"}, {"Moonbeam", "GLRM"}, {"Moonriver", "MOVR"}, {"NEAR", "NEAR"},
        {"NULS", "NULS"}, {"Nano", "NANO"}, {"OASYS", "OASYS"}, {"Ontology", "ONT"}, {"Optimism", "OP"}, {"PI", "PI"},
        {"Pharos", "PHAROS"}, {"Plasma", "PLASMA"}, {"Polkadot", "DOT"}, {"Polygon", "MATIC"}, {"Quantum", "QUANTUM"},
        {"Ravencoin", "RVN"}, {"Ripple", "XRP"}, {"Ronin", "RONIN"}, {"SEI", "SEI"}, {"SUI", "SUI"},
        {"Scroll", "SCROLL"}, {"Siacoin", "SC"}, {"Solana", "SOL"}, {"Sonic", "SONIC"}, {"Stellar Lumens", "XLM"},
        {"TON", "TON"}, {"TRC20", "TRC20"}, {"Tempo", "TEMPO"}, {"Tezos", "XTZ"}, {"Theta", "THETA"},
        {"Vaulta", "VAULTA"}, {"Wax", "WAX"}, {"Zcash", "ZEC"}, {"ZetaChain", "ZETA"}, {"Zilliqa", "ZIL"},
        {"l-Stacks", "STX"}, {"zkSync Era", "ZKSYNCERA"},
    };
    auto it = codes.find(networkId);
    return it == codes.end() ? networkId : it->second;
}
// clang-format on

// {"instId":"BTC-USDT","instType":"SPOT","baseCcy":"BTC","quoteCcy":"USDT","lotSz":"0.00000001","minSz":"0.00001",
//  "tickSz":"0.1","lever":"10","listTime":"1548133413000","maxLmtSz":"9999999999","maxMktSz":"1000000",
//  "state":"live",...}
Market parseMarket(const JsonRef& raw, const Okx& ex)
{
    Market m;
    m.id = raw["instId"].stringOr("");
    std::string baseId = raw["baseCcy"].stringOr("");
    std::string quoteId = raw["quoteCcy"].stringOr("");
    if (baseId.empty() || quoteId.empty()) {
        // Instruments before their listing can come without currencies; the id still names them.
        auto dash = m.id.find('-');
        baseId = m.id.substr(0, dash);
        quoteId =
            dash == std::string::npos ? std::string() : m.id.substr(dash + 1, m.id.find('-', dash + 1) - dash - 1);
    }
    m.baseId = baseId;
    m.quoteId = quoteId;
    m.base = ex.safeCurrencyCode(baseId);
    m.quote = ex.safeCurrencyCode(quoteId);
    m.symbol = m.base.empty() || m.quote.empty() ? m.id : m.base + "/" + m.quote;
    m.type = "spot";
    m.spot = true;
    Decimal leverage = raw["lever"].decimal().value_or(Decimal(1));
    if (leverage < Decimal(1)) {
        leverage = Decimal(1);
    }
    m.margin = leverage > Decimal(1);
    m.active = raw["state"].stringView() == std::string_view("live");
    m.taker = ex.description().tradingFees.taker;
    m.maker = ex.description().tradingFees.maker;
    // Public trading starts at contTdSwTime; listTime counts the pre-trading call auction too.
    m.created = integer(raw["contTdSwTime"]) ? integer(raw["contTdSwTime"]) : integer(raw["listTime"]);
    m.precision.amount = number(raw["lotSz"]);
    m.precision.price = number(raw["tickSz"]);
    m.limits.leverage = {Decimal(1), leverage};
    m.limits.amount = {number(raw["minSz"]), number(raw["maxLmtSz"])};
    m.limits.cost.max = number(raw["maxMktSz"]);
    if (auto code = integer(raw["instIdCode"])) {
        JsonValue extra = JsonValue::object();
        extra.set("instIdCode", *code);
        m.extra = std::move(extra);
    }
    m.info = JsonValue::fromRef(raw);
    return m;
}

// [{"ccy":"USDT","chain":"USDT-TRC20","name":"Tether","canDep":true,"canWd":true,"minWd":"2","maxWd":"...",
//   "fee":"1","wdTickSz":"6",...}, {...one per chain}]
Currency parseCurrency(const std::vector<JsonRef>& chains, const Okx& ex)
{
    Currency c;
    JsonRef first = chains.empty() ? JsonRef() : chains.front();
    c.id = first["ccy"].stringOr("");
    c.code = ex.safeCurrencyCode(c.id);
    c.name = text(first["name"]);
    c.type = "crypto";
    for (const auto& chain : chains) {
        const std::string chainId = chain["chain"].stringOr("");
        if (chainId.empty()) {
            c.type = "fiat"; // fiat currencies have no chain
        }
        auto dash = chainId.find('-');
        Network n;
        n.id = chainId;
        n.network = networkIdToCode(dash == std::string::npos ? std::string() : chainId.substr(dash + 1));
        n.deposit = chain["canDep"].boolean();
        n.withdraw = chain["canWd"].boolean();
        n.fee = number(chain["fee"]);
        if (auto places = integer(chain["wdTickSz"])) {
            n.precision = Decimal::pow10(static_cast<int>(-*places)); // "wdTickSz":"6" is 0.000001
        }
        n.withdrawLimits = {number(chain["minWd"]), number(chain["maxWd"])};
        n.info = JsonValue::fromRef(chain);
        // What holds for the currency follows from its chains (ccxt's safeCurrencyStructure): it can be
        // deposited or withdrawn where any chain can; its fee and precision are the lowest a chain has.
        if (!c.deposit || n.deposit == true) {
            c.deposit = n.deposit;
        }
        if (!c.withdraw || n.withdraw == true) {
            c.withdraw = n.withdraw;
        }
        if (n.fee && (!c.fee || *n.fee < *c.fee)) {
            c.fee = n.fee;
        }
        if (n.precision && (!c.precision || *n.precision > *c.precision)) {
            c.precision = n.precision;
        }
        if (n.withdrawLimits.min && (!c.withdrawLimits.min || *n.withdrawLimits.min < *c.withdrawLimits.min)) {
            c.withdrawLimits.min = n.withdrawLimits.min;
        }
        if (n.withdrawLimits.max && (!c.withdrawLimits.max || *n.withdrawLimits.max > *c.withdrawLimits.max)) {
            c.withdrawLimits.max = n.withdrawLimits.max;
        }
        // A fiat currency's one entry has no chain: its network is keyed "" (as ccxt keys it).
        c.networks.push_back(std::move(n));
    }
    JsonValue info = JsonValue::array();
    for (const auto& chain : chains) {
        info.push(JsonValue::fromRef(chain));
    }
    c.info = std::move(info);
    return c;
}

// {"instType":"SPOT","instId":"BTC-USDT","last":"9999.99","lastSz":"0.1","askPx":"9999.99","askSz":"11",
//  "bidPx":"8888.88","bidSz":"5","open24h":"9000","high24h":"10000","low24h":"8888.88","volCcy24h":"2222",
//  "vol24h":"2222","sodUtc0":"0.1","sodUtc8":"0.1","ts":"1597026383085"}
Ticker parseTicker(const JsonRef& raw, const Market* market, const Okx& ex)
{
    Ticker t;
    const std::string instId = raw["instId"].stringOr("");
    const Market* m = instId.empty() ? market : ex.findMarketById(instId);
    if (!m && market && market->id == instId) {
        m = market;
    }
    t.symbol = instId.empty() && market ? market->symbol : ex.symbolOf(instId, m);
    t.timestamp = integer(raw["ts"]);
    t.high = number(raw["high24h"]);
    t.low = number(raw["low24h"]);
    t.bid = number(raw["bidPx"]);
    t.bidVolume = number(raw["bidSz"]);
    t.ask = number(raw["askPx"]);
    t.askVolume = number(raw["askSz"]);
    t.open = number(raw["open24h"]);
    t.last = number(raw["last"]);
    t.close = t.last;
    t.baseVolume = number(raw["vol24h"]);
    // volCcy24h is in quote currency for spot only (in contracts for derivatives).
    // An instrument the markets do not know is not taken for spot (as ccxt does).
    if (m && m->spot) {
        t.quoteVolume = number(raw["volCcy24h"]);
    }
    t.markPrice = number(raw["markPx"]);
    t.indexPrice = number(raw["idxPx"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(m);
    return t;
}

// {"asks":[["41006.8","0.60038921","0","1"]],"bids":[["41006.3","0.30178218","0","2"]],"ts":"1629966436396"}
// Each level: price, size, a deprecated field, the number of orders.
OrderBook parseOrderBook(const JsonRef& raw, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    book.timestamp = integer(raw["ts"]);
    auto side = [](const JsonRef& levels, std::vector<PriceLevel>& out) {
        out.reserve(levels.size());
        for (const auto& level : levels.items()) {
            auto price = level[0].decimal();
            auto amount = level[1].decimal();
            if (price && amount) {
                // The third figure is a deprecated field OKX still sends as "0"; ccxt keeps it.
                out.push_back({*price, *amount, level[2].integer()});
            }
        }
    };
    side(raw["bids"], book.bids);
    side(raw["asks"], book.asks);
    book.sort();
    return book;
}

// Public: {"instId":"BTC-USDT","side":"sell","sz":"0.00001","px":"29963.2","tradeId":"242720720",
//  "ts":"1654161646974"}. Fill: {"instId":"BTC-USDT","tradeId":"...","ordId":"...","clOrdId":"","billId":"...",
//  "fillPx":"...","fillSz":"...","side":"buy","execType":"T","feeCcy":"BTC","fee":"-0.000001","ts":"..."}
Trade parseTrade(const JsonRef& raw, const Market* market, const Okx& ex)
{
    Trade t;
    t.id = text(raw["tradeId"]);
    const std::string instId = raw["instId"].stringOr("");
    t.symbol = instId.empty() && market ? market->symbol : ex.symbolOf(instId, market);
    t.timestamp = integer(raw["ts"]);
    t.price = number2(raw, "fillPx", "px");
    t.amount = number2(raw, "fillSz", "sz");
    t.side = text(raw["side"]);
    t.order = text(raw["ordId"]);
    if (auto fee = number(raw["fee"])) {
        Fee f;
        f.cost = -*fee;
        f.currency = ex.safeCurrencyCode(raw["feeCcy"].stringOr(""));
        t.fee = f;
    }
    if (auto exec = text(raw["execType"])) {
        t.takerOrMaker = *exec == "T" ? std::string("taker") : *exec == "M" ? std::string("maker") : *exec;
    }
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// ["1597026383085","3.721","3.743","3.677","3.708","8422410","22698348.04828491","12698348.04828491","0"]:
// ts, open, high, low, close, volume in base (spot), in quote, in quote (USD for contracts), confirmed.
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

// {"code":"0","data":[{"uTime":"1705474164160","totalEq":"...","details":[{"ccy":"USDT","eq":"10.5",
//  "availBal":"10.5","availEq":"","frozenBal":"0","cashBal":"10.5",...}]}]}
Balance parseTradingBalance(const JsonRef& response, const Okx& ex)
{
    Balance b;
    JsonRef first = response["data"][0];
    b.timestamp = integer(first["uTime"]);
    for (const auto& d : first["details"].items()) {
        BalanceEntry e;
        e.total = number(d["eq"]);
        // availEq is the margin account's figure; a cash account leaves it empty and has availBal/frozenBal.
        if (!text(d["availEq"])) {
            e.free = number(d["availBal"]);
            e.used = number(d["frozenBal"]);
        } else {
            e.free = number(d["availEq"]);
        }
        b.currencies[ex.safeCurrencyCode(d["ccy"].stringOr(""))] = e;
    }
    b.info = JsonValue::fromRef(response);
    b.complete();
    return b;
}

// {"code":"0","data":[{"availBal":"37.11","bal":"37.11","ccy":"USDT","frozenBal":"0"}]}
Balance parseFundingBalance(const JsonRef& response, const Okx& ex)
{
    Balance b;
    for (const auto& d : response["data"].items()) {
        BalanceEntry e;
        e.total = number(d["bal"]);
        e.free = number(d["availBal"]);
        e.used = number(d["frozenBal"]);
        b.currencies[ex.safeCurrencyCode(d["ccy"].stringOr(""))] = e;
    }
    b.info = JsonValue::fromRef(response);
    b.complete();
    return b;
}

// {"category":"1","delivery":"","exercise":"","instType":"SPOT","level":"lv1","maker":"-0.0008",
//  "taker":"-0.001","ts":"1639043138472"}; negative is a fee the user pays.
TradingFee parseTradingFee(const JsonRef& raw, const Market& market)
{
    TradingFee f;
    f.symbol = market.symbol;
    f.maker = negated(number2(raw, "maker", "makerU"));
    f.taker = negated(number2(raw, "taker", "takerU"));
    f.info = JsonValue::fromRef(raw);
    return f;
}

std::string parseOrderStatus(std::string_view state)
{
    static const std::map<std::string_view, std::string_view> statuses {
        {"canceled", "canceled"}, {"order_failed", "canceled"}, {"mmp_canceled", "canceled"},
        {"live", "open"},         {"partially_filled", "open"}, {"partially_effective", "open"},
        {"filled", "closed"},     {"effective", "closed"},
    };
    auto it = statuses.find(state);
    return std::string(it == statuses.end() ? state : it->second);
}

// {"instType":"SPOT","instId":"BTC-USDT","ordId":"312269865356374016","clOrdId":"b1","px":"999","sz":"3",
//  "ordType":"limit","side":"buy","tgtCcy":"","accFillSz":"0","fillPx":"0","avgPx":"0","state":"live",
//  "fee":"0","feeCcy":"BTC","cTime":"1597026383085","uTime":"1597026383085","fillTime":"",...}
Order parseOrder(const JsonRef& raw, const Market* market, const Okx& ex)
{
    Order o;
    o.info = JsonValue::fromRef(raw);
    // A placement or cancellation answer per order: sCode "0" is accepted, anything else refused.
    if (auto code = text(raw["sCode"]); code && *code != "0") {
        o.id = text(raw["ordId"]);
        o.clientOrderId = text(raw["clOrdId"]);
        o.status = "rejected";
        o.complete();
        return o;
    }
    o.id = text2(raw, "algoId", "ordId");
    o.timestamp = integer(raw["cTime"]);
    o.lastUpdateTimestamp = integer(raw["uTime"]);
    o.lastTradeTimestamp = integer(raw["fillTime"]);
    o.side = text(raw["side"]);
    OptString type = text(raw["ordType"]);
    if (type == "post_only" || type == "rpi") {
        o.postOnly = true;
        type = "limit";
    } else if (type == "fok") {
        o.timeInForce = "FOK";
        type = "limit";
    } else if (type == "ioc") {
        o.timeInForce = "IOC";
        type = "limit";
    }
    o.type = type;
    const std::string instId = raw["instId"].stringOr("");
    const Market* m = instId.empty() ? market : ex.findMarketById(instId);
    o.symbol = instId.empty() && market ? market->symbol : ex.symbolOf(instId, m ? m : market);
    o.filled = number(raw["accFillSz"]);
    o.price = number2(raw, "px", "ordPx");
    o.average = number(raw["avgPx"]);
    if (auto state = text(raw["state"])) {
        o.status = parseOrderStatus(*state);
    }
    // A spot market buy sized in quote currency (tgtCcy quote_ccy) has its cost in sz, not its amount.
    const std::string tgtCcy = raw["tgtCcy"].stringOr("base_ccy");
    if (o.side == "buy" && o.type == "market" && raw["instType"].stringView() == std::string_view("SPOT")
        && tgtCcy == "quote_ccy") {
        o.cost = number(raw["sz"]);
    } else {
        o.amount = number(raw["sz"]);
    }
    if (auto fee = number(raw["fee"])) {
        Fee f;
        f.cost = -*fee;
        f.currency = ex.safeCurrencyCode(raw["feeCcy"].stringOr(""));
        o.fee = f;
    }
    o.clientOrderId = text(raw["clOrdId"]);
    o.stopLossPrice = number2(raw, "slTriggerPx", "slOrdPx");
    o.takeProfitPrice = number2(raw, "tpTriggerPx", "tpOrdPx");
    o.triggerPrice = number2(raw, "triggerPx", "moveTriggerPx");
    o.reduceOnly = raw["reduceOnly"].string() == std::string("true");
    o.complete();
    return o;
}

std::string parseTransactionStatus(std::string_view state)
{
    // Deposits: 0 waiting for confirmations, 1 credited, 2 successful, 8 pending for a temporary suspension,
    // 12 account or deposit frozen... Withdrawals: -3 canceling, -2 canceled, -1 failed, 0 waiting, 1 in
    // progress, 2 sent, 7 approved, 10 waiting for transfer, 4/5/6/8/9/12 waiting on review.
    static const std::map<std::string_view, std::string_view> statuses {
        {"-3", "pending"}, {"-2", "canceled"}, {"-1", "failed"}, {"0", "pending"},  {"1", "pending"},
        {"2", "ok"},       {"3", "pending"},   {"4", "pending"}, {"5", "pending"},  {"6", "pending"},
        {"7", "pending"},  {"8", "pending"},   {"9", "pending"}, {"10", "pending"}, {"12", "pending"},
        {"15", "pending"}, {"16", "pending"},
    };
    auto it = statuses.find(state);
    return std::string(it == statuses.end() ? state : it->second);
}

// Deposit: {"amt":"0.01044408","txId":"1915737_3_0_0_asset","ccy":"BTC","chain":"BTC-Bitcoin","from":"13801825426",
//  "to":"","ts":"1597026383085","state":"2","depId":"4703879"}. Withdrawal: {"chain":"ETH-Ethereum","fee":"0.007",
//  "ccy":"ETH","amt":"0.029809","txId":"0x...","from":"1334****","to":"0xa...","state":"2","ts":"...",
//  "wdId":"15447421"}
Transaction parseTransaction(const JsonRef& raw, const Okx& ex)
{
    Transaction t;
    const bool withdrawal = text(raw["wdId"]).has_value();
    t.type = withdrawal ? "withdrawal" : "deposit";
    t.id = withdrawal ? text(raw["wdId"]) : text(raw["depId"]);
    t.addressFrom = text(raw["from"]);
    t.addressTo = text(raw["to"]);
    t.address = t.addressTo;
    // A memo or payment id; pmtId wins where both are given.
    OptString tag = text2(raw, "tag", "memo");
    if (auto pmtId = text(raw["pmtId"])) {
        tag = pmtId;
    }
    t.tagTo = tag;
    t.tag = tag;
    const std::string code = ex.safeCurrencyCode(raw["ccy"].stringOr(""));
    t.currency = code;
    if (auto chain = text(raw["chain"])) {
        auto dash = chain->find('-');
        t.network = networkIdToCode(dash == std::string::npos ? std::string() : chain->substr(dash + 1));
    }
    t.amount = number(raw["amt"]);
    if (auto state = text(raw["state"])) {
        t.status = parseTransactionStatus(*state);
    }
    t.txid = text(raw["txId"]);
    t.timestamp = integer(raw["ts"]);
    Fee fee;
    fee.currency = code;
    fee.cost = withdrawal ? number(raw["fee"]) : OptDecimal(Decimal(0));
    t.fee = fee;
    t.info = JsonValue::fromRef(raw);
    return t;
}

// {"chain":"USDT-TRC20","ctAddr":"...","ccy":"USDT","to":"6","addr":"TT...","selected":true,"memo":"..."}
DepositAddress parseDepositAddress(const JsonRef& raw, const std::string& code, const Okx& ex)
{
    DepositAddress a;
    a.address = text(raw["addr"]);
    for (const char* key : {"tag", "pmtId", "memo"}) {
        if (auto tag = text(raw[key])) {
            a.tag = tag;
            break;
        }
    }
    if (!a.tag) {
        a.tag = text(raw["addrEx"]["comment"]);
    }
    const std::string currencyId = raw["ccy"].stringOr("");
    a.currency = currencyId.empty() ? code : ex.safeCurrencyCode(currencyId);
    if (auto chain = text(raw["chain"])) {
        // The currency's networks know the chain where currencies are loaded; else the chain's own name.
        const Currency* currency = ex.findCurrency(a.currency);
        const std::string wanted = *chain == "USDT-Polygon" ? "USDT-Polygon-Bridge" : *chain;
        if (currency) {
            for (const auto& n : currency->networks) {
                if (n.id == wanted || n.id == *chain) {
                    a.network = n.network;
                }
            }
        }
        if (!a.network) {
            auto dash = chain->find('-');
            a.network = networkIdToCode(dash == std::string::npos ? *chain : chain->substr(dash + 1));
        }
    }
    const std::string address = a.address.value_or("");
    const bool oneChar = !address.empty() && address.find_first_not_of(address[0]) == std::string::npos;
    if (address.empty() || oneChar || address.find(' ') != std::string::npos) {
        throw Error(ErrorKind::InvalidAddress, "okx address is invalid: \"" + address + "\"");
    }
    a.info = JsonValue::fromRef(raw);
    return a;
}

} // namespace bourse::ex::okx
