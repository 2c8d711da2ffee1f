// SPDX-License-Identifier: GPL-3.0-or-later
#include "BittrexParsers.h"

#include "common/AdapterKit.h"
#include "common/RestParams.h"

namespace bourse::ex::bittrex {

using rest::num;
using rest::str;

namespace {

OptInt time(const JsonRef& v)
{
    auto s = str(v);
    return s ? parseIso8601(*s) : std::nullopt;
}

// true / "true"; bleutrade writes its booleans as strings.
OptBool flag(const JsonRef& v)
{
    if (auto b = v.boolean()) {
        return b;
    }
    if (auto s = str(v)) {
        return *s == "true";
    }
    return std::nullopt;
}

const Market* marketOf(const JsonRef& raw, const Exchange& ex, const Market* fallback, std::string& symbol,
                       Dialect dialect)
{
    auto id = str(raw["Exchange"]);
    if (!id) {
        symbol = fallback ? fallback->symbol : std::string();
        return fallback;
    }
    if (const Market* m = ex.findMarketById(*id)) {
        symbol = m->symbol;
        return m;
    }
    symbol = symbolFromId(*id, ex, dialect);
    return nullptr;
}

} // namespace

std::string symbolFromId(const std::string& id, const Exchange& ex, Dialect dialect)
{
    const char separator = dialect == Dialect::Bittrex ? '-' : '_';
    auto cut = id.find(separator);
    if (cut == std::string::npos) {
        return id;
    }
    std::string first = ex.safeCurrencyCode(id.substr(0, cut));
    std::string second = ex.safeCurrencyCode(id.substr(cut + 1));
    return dialect == Dialect::Bittrex ? second + "/" + first : first + "/" + second;
}

// {"MarketCurrency":"LTC","BaseCurrency":"BTC","MarketCurrencyLong":"Litecoin","BaseCurrencyLong":"Bitcoin",
//  "MinTradeSize":0.01,"MarketName":"BTC-LTC","IsActive":true,"Created":"2014-02-13T00:00:00"}
Market parseMarket(const JsonRef& raw, const Exchange& ex)
{
    Market m;
    m.id = raw["MarketName"].stringOr("");
    m.baseId = raw["MarketCurrency"].stringOr("");
    m.quoteId = raw["BaseCurrency"].stringOr("");
    m.base = ex.safeCurrencyCode(m.baseId);
    m.quote = ex.safeCurrencyCode(m.quoteId);
    m.symbol = m.base + "/" + m.quote;
    // 2019 ccxt took every market as active (its test of IsActive was always true); the flag is read here.
    m.active = flag(raw["IsActive"]).value_or(true);
    // Amounts to 8 decimals; prices to 8, USD markets to 3 (2019 ccxt's pricePrecisionByCode).
    const int pricePlaces = m.quote == "USD" ? 3 : 8;
    m.precision.amount = Decimal(8);
    m.precision.price = Decimal(pricePlaces);
    m.limits.amount.min = num(raw["MinTradeSize"]);
    m.limits.price.min = Decimal::pow10(-pricePlaces);
    m.created = time(raw["Created"]);
    m.info = JsonValue::fromRef(raw);
    return m;
}

// {"Currency":"BTC","CurrencyLong":"Bitcoin","MinConfirmation":2,"TxFee":0.0002,"IsActive":true,
//  "CoinType":"BITCOIN","BaseAddress":null}
Currency parseCurrency(const JsonRef& raw, const Exchange& ex)
{
    Currency c;
    c.id = raw["Currency"].stringOr("");
    c.code = ex.commonCurrencyCode(c.id);
    c.name = str(raw["CurrencyLong"]);
    c.type = str(raw["CoinType"]);
    c.active = flag(raw["IsActive"]);
    c.fee = num(raw["TxFee"]);
    // The API gives no precision: 8 decimals, as 2019 ccxt assumed.
    c.precision = Decimal(8);
    c.withdrawLimits.min = c.fee;
    c.info = JsonValue::fromRef(raw);
    return c;
}

// {"MarketName":"BTC-LTC","High":0.0135,"Low":0.012,"Volume":3833.97619253,"Last":0.01349998,
//  "BaseVolume":47.03987026,"TimeStamp":"2014-07-09T07:22:16.72","Bid":0.01271001,"Ask":0.012911,
//  "OpenBuyOrders":45,"OpenSellOrders":45,"PrevDay":0.01229501,"Created":"2014-02-13T00:00:00"}
// Volume is in the market currency (the base), BaseVolume in bittrex's "base" (the quote).
Ticker parseTicker(const JsonRef& raw, const Market* market)
{
    Ticker t;
    t.symbol = market ? market->symbol : std::string();
    t.timestamp = time(raw["TimeStamp"]);
    t.high = num(raw["High"]);
    t.low = num(raw["Low"]);
    t.bid = num(raw["Bid"]);
    t.ask = num(raw["Ask"]);
    t.last = num(raw["Last"]);
    t.close = t.last;
    t.open = num(raw["PrevDay"]);
    t.baseVolume = num(raw["Volume"]);
    t.quoteVolume = num(raw["BaseVolume"]);
    t.info = JsonValue::fromRef(raw);
    t.complete(market);
    return t;
}

// {"buy":[{"Quantity":12.37,"Rate":0.02525}],"sell":[{"Quantity":32.55412402,"Rate":0.02540000}]}
OrderBook parseOrderBook(const JsonRef& result, const std::string& symbol)
{
    OrderBook book;
    book.symbol = symbol;
    kit::appendLevels(book.bids, result["buy"], "Rate", "Quantity");
    kit::appendLevels(book.asks, result["sell"], "Rate", "Quantity");
    book.sort();
    return book;
}

// {"Id":319435,"TimeStamp":"2014-07-09T03:21:20.08","Quantity":0.30802438,"Price":0.012634,"Total":0.00389158,
//  "FillType":"FILL","OrderType":"BUY"}; bleutrade: {"TimeStamp":"2014-07-29 18:08:00","Quantity":"654971.69",
//  "Price":"0.00000055","Total":"0.360234432","OrderType":"BUY","TradeID":"2191"}
Trade parseTrade(const JsonRef& raw, const Market* market)
{
    Trade t;
    t.id = str(raw["Id"]);
    if (!t.id) {
        t.id = str(raw["ID"]);
    }
    if (!t.id) {
        t.id = str(raw["TradeID"]);
    }
    t.timestamp = time(raw["TimeStamp"]);
    t.symbol = market ? market->symbol : std::string();
    auto side = str(raw["OrderType"]).value_or("");
    if (side == "BUY" || side == "SELL") {
        t.side = kit::lower(side);
    }
    t.type = "limit";
    t.price = num(raw["Price"]);
    t.amount = num(raw["Quantity"]);
    t.info = JsonValue::fromRef(raw);
    t.complete();
    return t;
}

// {"O":0.0203,"H":0.0204,"L":0.0202,"C":0.0203,"V":1021.5,"T":"2017-07-22T00:00:00","BV":20.7}
Ohlcv parseOhlcv(const JsonRef& raw)
{
    Ohlcv c;
    c.timestamp = time(raw["T"]).value_or(0);
    c.open = num(raw["O"]);
    c.high = num(raw["H"]);
    c.low = num(raw["L"]);
    c.close = num(raw["C"]);
    c.volume = num(raw["V"]);
    return c;
}

// [{"Currency":"DOGE","Balance":4.21549076,"Available":4.21549076,"Pending":0,"CryptoAddress":"DLxcEt3...",
//   "Requested":false,"Uuid":null}, ...]
Balance parseBalance(const JsonRef& result, const Exchange& ex)
{
    Balance b;
    for (const auto& raw : result.items()) {
        BalanceEntry e;
        e.free = num(raw["Available"]);
        e.total = num(raw["Balance"]);
        if (e.free && e.total) {
            e.used = *e.total - *e.free;
        }
        b.currencies[ex.safeCurrencyCode(raw["Currency"].stringOr(""))] = e;
    }
    b.info = JsonValue::fromRef(result);
    b.complete();
    return b;
}

// Open (getopenorders): {"OrderUuid":"09aa5bb6-...","Exchange":"BTC-LTC","OrderType":"LIMIT_SELL","Quantity":5.0,
//  "QuantityRemaining":5.0,"Limit":2.0,"CommissionPaid":0.0,"Price":0.0,"PricePerUnit":null,
//  "Opened":"2014-07-09T03:55:48.77","Closed":null,"CancelInitiated":false,...}
// One (getorder): the same with "Type" instead of "OrderType", and "IsOpen".
// History (getorderhistory): {"OrderUuid":"fd97d393-...","Exchange":"BTC-LTC","TimeStamp":"2014-07-09T04:01:00.667",
//  "OrderType":"LIMIT_BUY","Limit":0.00000001,"Quantity":100000.0,"QuantityRemaining":100000.0,"Commission":0.0,
//  "Price":0.0,"PricePerUnit":null,...} - Price is what was spent (the cost), Limit the order's price.
// bleutrade: {"OrderId":"65489","Exchange":"LTC_BTC","Type":"BUY","Quantity":"20.00000000",
//  "QuantityRemaining":"5.00000000","QuantityBaseTraded":"0.16549764","Price":"0.01268311","Status":"OPEN",
//  "Created":"2014-08-03 13:55:20","Comments":"..."} - here Price is the order's price and QuantityBaseTraded the
//  cost. (2019 ccxt read bleutrade's Price as the cost; the API documents it as the price.)
Order parseOrder(const JsonRef& raw, const Exchange& ex, const Market* market, Dialect dialect)
{
    Order o;
    market = marketOf(raw, ex, market, o.symbol, dialect);
    o.id = str(raw["OrderUuid"]);
    if (!o.id) {
        o.id = str(raw["OrderId"]);
    }
    auto side = str(raw["OrderType"]);
    if (!side) {
        side = str(raw["Type"]);
    }
    if (side == "LIMIT_BUY" || side == "BUY") {
        o.side = "buy";
    } else if (side == "LIMIT_SELL" || side == "SELL") {
        o.side = "sell";
    }
    o.type = "limit";
    if (str(raw["Opened"])) {
        o.status = "open";
    }
    if (str(raw["Closed"])) {
        o.status = "closed";
    }
    if (flag(raw["CancelInitiated"]) == true) {
        o.status = "canceled";
    }
    if (auto status = str(raw["Status"])) {
        o.status = *status == "OK"  ? "closed"
            : *status == "OPEN"     ? "open"
            : *status == "CANCELED" ? "canceled"
                                    : *status;
    }
    o.timestamp = time(raw["Opened"]);
    if (auto created = time(raw["Created"])) {
        o.timestamp = created;
    }
    o.lastTradeTimestamp = time(raw["TimeStamp"]);
    if (auto closed = time(raw["Closed"])) {
        o.lastTradeTimestamp = closed;
    }
    if (!o.timestamp) {
        o.timestamp = o.lastTradeTimestamp;
    }
    o.amount = num(raw["Quantity"]);
    o.remaining = num(raw["QuantityRemaining"]);
    if (o.amount && o.remaining) {
        o.filled = *o.amount - *o.remaining;
    }
    if (dialect == Dialect::Bleutrade) {
        o.price = omitZero(num(raw["Price"]));
        o.cost = num(raw["QuantityBaseTraded"]);
    } else {
        o.price = omitZero(num(raw["Limit"]));
        o.cost = omitZero(num(raw["Price"]));
        o.average = num(raw["PricePerUnit"]);
    }
    if (!o.cost && o.price && o.filled) {
        o.cost = *o.price * *o.filled;
    }
    auto commission = num(raw["Commission"]);
    if (!commission) {
        commission = num(raw["CommissionPaid"]);
    }
    if (commission) {
        // Commissions are paid in the quote currency.
        OptString currency;
        if (market) {
            currency = market->quote;
        } else if (auto slash = o.symbol.find('/'); slash != std::string::npos) {
            currency = o.symbol.substr(slash + 1);
        }
        o.fee = Fee {commission, currency, std::nullopt};
    }
    o.info = JsonValue::fromRef(raw);
    o.complete();
    return o;
}

// bittrex deposit:
// {"Id":22578097,"Amount":0.3,"Currency":"ETH","Confirmations":15,"LastUpdated":"2018-06-10T07:12:10.57",
//  "TxId":"0xf50b...","CryptoAddress":"0xb25f..."}
// bittrex withdrawal: {"PaymentUuid":"b32c7a5c-...","Currency":"BTC","Amount":17.0,"Address":"1DfaaFBd...",
//  "Opened":"2014-07-09T04:24:47.217","Authorized":true,"PendingPayment":false,"TxCost":0.0002,"TxId":null,
//  "Canceled":true,"InvalidAddress":false}
// bleutrade: {"Id":"98009125","Coin":"DOGE","Amount":"-483858.64312050","TimeStamp":"2017-11-22 22:29:05",
//  "Label":"483848.64312050;DJVJZ58tJC8UeUv9Tqcdtn6uhWobouxFLT;10.00000000","TransactionId":"8563105276..."}
//  - a withdrawal's amount is negative and its label is amount;address;fee; TransactionId "CANCELED" when it was.
Transaction parseTransaction(const JsonRef& raw, const Exchange& ex, Dialect dialect)
{
    Transaction t;
    t.info = JsonValue::fromRef(raw);
    t.tag = std::nullopt;
    if (dialect == Dialect::Bleutrade) {
        t.id = str(raw["Id"]);
        t.currency = ex.safeCurrencyCode(raw["Coin"].stringOr(""));
        t.timestamp = time(raw["TimeStamp"]);
        t.txid = str(raw["TransactionId"]);
        t.amount = num(raw["Amount"]);
        t.type = "deposit";
        if (t.amount && t.amount->isNegative()) {
            t.amount = -*t.amount;
            t.type = "withdrawal";
        }
        const std::string label = raw["Label"].stringOr("");
        std::vector<std::string> parts;
        for (size_t start = 0;;) {
            auto cut = label.find(';', start);
            parts.push_back(label.substr(start, cut == std::string::npos ? std::string::npos : cut - start));
            if (cut == std::string::npos) {
                break;
            }
            start = cut + 1;
        }
        if (parts.size() == 3) {
            t.amount = Decimal::parse(parts[0]);
            t.address = parts[1];
            t.fee = Fee {Decimal::parse(parts[2]), t.currency, std::nullopt};
        } else if (!label.empty()) {
            t.address = label;
        }
        t.status = "ok";
        if (t.txid == "CANCELED") {
            t.txid = std::nullopt;
            t.status = "canceled";
        }
        return t;
    }
    t.id = str(raw["Id"]);
    if (!t.id) {
        t.id = str(raw["PaymentUuid"]);
    }
    t.currency = ex.safeCurrencyCode(raw["Currency"].stringOr(""));
    t.amount = num(raw["Amount"]);
    t.address = str(raw["CryptoAddress"]);
    if (!t.address) {
        t.address = str(raw["Address"]);
    }
    t.txid = str(raw["TxId"]);
    t.updated = time(raw["LastUpdated"]);
    t.timestamp = time(raw["Opened"]);
    // Only withdrawals have an opening time.
    t.type = t.timestamp ? "withdrawal" : "deposit";
    if (!t.timestamp) {
        t.timestamp = t.updated;
    }
    if (*t.type == "deposit") {
        t.status = "ok";
        t.fee = Fee {Decimal(0), t.currency, std::nullopt};
    } else {
        t.status = "pending";
        if (flag(raw["InvalidAddress"]) == true) {
            t.status = "failed";
        } else if (flag(raw["Canceled"]) == true) {
            t.status = "canceled";
        } else if (flag(raw["PendingPayment"]) == true) {
            t.status = "pending";
        } else if (flag(raw["Authorized"]) == true && t.txid) {
            t.status = "ok";
        }
        t.fee = Fee {num(raw["TxCost"]), t.currency, std::nullopt};
    }
    return t;
}

} // namespace bourse::ex::bittrex
