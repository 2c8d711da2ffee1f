// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Decimal.h"
#include "Json.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

// The unified values every adapter returns. Field names and JSON shapes are ccxt's, so that bourse-cli output
// compares with ccxt's on the same input. An absent value is std::nullopt and prints as null.
namespace bourse::ex {

using OptDecimal = std::optional<Decimal>;
using OptString = std::optional<std::string>;
using OptInt = std::optional<long long>;
using OptBool = std::optional<bool>;

std::string iso8601(long long milliseconds);
std::optional<long long> parseIso8601(std::string_view text);

struct MinMax
{
    OptDecimal min;
    OptDecimal max;
};

struct Market
{
    std::string id;
    std::string symbol;
    std::string base;
    std::string quote;
    OptString settle;
    std::string baseId;
    std::string quoteId;
    OptString settleId;
    std::string type = "spot";
    bool spot = true;
    bool margin = false;
    bool swap = false;
    bool future = false;
    bool option = false;
    OptBool active;
    bool contract = false;
    OptBool linear;
    OptBool inverse;
    OptDecimal taker;
    OptDecimal maker;
    OptDecimal contractSize;
    OptInt expiry;
    OptString expiryDatetime;
    OptDecimal strike;
    OptString optionType;
    struct
    {
        OptDecimal amount;
        OptDecimal price;
        OptDecimal cost;
        OptDecimal base;
        OptDecimal quote;
    } precision;
    struct
    {
        MinMax leverage;
        MinMax amount;
        MinMax price;
        MinMax cost;
    } limits;
    struct
    {
        OptBool cross;
        OptBool isolated;
    } marginModes;
    OptInt created;
    OptBool tierBased;
    OptBool percentage;
    OptString feeSide;
    JsonValue info;
    // Keys ccxt's parser adds for this exchange beyond the unified ones (kraken's altname, wsId), as an object;
    // toJson appends them.
    JsonValue extra;

    JsonValue toJson() const;
    static Market fromJson(const JsonRef& json);
};

struct Network
{
    std::string id;
    std::string network;
    OptBool active;
    OptBool deposit;
    OptBool withdraw;
    OptDecimal fee;
    OptDecimal precision;
    MinMax withdrawLimits;
    MinMax depositLimits;
    JsonValue info;
};

struct Currency
{
    std::string id;
    std::string code;
    OptString name;
    OptBool active;
    OptBool deposit;
    OptBool withdraw;
    OptDecimal fee;
    OptDecimal precision;
    MinMax amountLimits;
    MinMax withdrawLimits;
    MinMax depositLimits;
    OptString type;
    std::vector<Network> networks;
    JsonValue info;

    JsonValue toJson() const;
    static Currency fromJson(const JsonRef& json);
};

struct Ticker
{
    std::string symbol;
    OptInt timestamp;
    OptDecimal high;
    OptDecimal low;
    OptDecimal bid;
    OptDecimal bidVolume;
    OptDecimal ask;
    OptDecimal askVolume;
    OptDecimal vwap;
    OptDecimal open;
    OptDecimal close;
    OptDecimal last;
    OptDecimal previousClose;
    OptDecimal change;
    OptDecimal percentage;
    OptDecimal average;
    OptDecimal baseVolume;
    OptDecimal quoteVolume;
    OptDecimal markPrice;
    OptDecimal indexPrice;
    JsonValue info;

    // Derives what the exchange left out (change, percentage, average, vwap...) the way ccxt's safeTicker does;
    // the average is cut to the market's price decimals when the market is known.
    void complete(const Market* market = nullptr);
    JsonValue toJson() const;
};

struct PriceLevel
{
    Decimal price;
    Decimal amount;
    // The third figure some exchanges give a level (an order count, an order id, kraken's update time), printed
    // as the level's third element as ccxt does; absent for most.
    OptInt countOrId = std::nullopt;
};

struct OrderBook
{
    std::string symbol;
    std::vector<PriceLevel> bids; // best (highest) first
    std::vector<PriceLevel> asks; // best (lowest) first
    OptInt timestamp;
    OptInt nonce;

    void sort();
    JsonValue toJson() const;
};

struct Fee
{
    OptDecimal cost;
    OptString currency;
    OptDecimal rate;
};

struct Trade
{
    OptString id;
    OptInt timestamp;
    std::string symbol;
    OptString order;
    OptString type;
    OptString side;
    OptString takerOrMaker;
    OptDecimal price;
    OptDecimal amount;
    OptDecimal cost;
    std::optional<Fee> fee;
    std::vector<Fee> fees;
    JsonValue info;
    // Keys ccxt's parser adds for this exchange (kraken's orderId on an order's trade ids), as an object.
    JsonValue extra;

    // cost from price * amount, fee list from fee (ccxt's safeTrade).
    void complete();
    JsonValue toJson() const;
};

struct Ohlcv
{
    long long timestamp = 0;
    OptDecimal open;
    OptDecimal high;
    OptDecimal low;
    OptDecimal close;
    OptDecimal volume;

    JsonValue toJson() const;
};

struct BalanceEntry
{
    OptDecimal free;
    OptDecimal used;
    OptDecimal total;
};

struct Balance
{
    std::map<std::string, BalanceEntry> currencies;
    OptInt timestamp;
    JsonValue info;

    // Fills the missing one of free/used/total from the other two (ccxt's safeBalance).
    void complete();
    JsonValue toJson() const;
};

struct Order
{
    OptString id;
    OptString clientOrderId;
    OptInt timestamp;
    OptInt lastTradeTimestamp;
    OptInt lastUpdateTimestamp;
    std::string symbol;
    OptString type;
    OptString timeInForce;
    OptBool postOnly;
    OptBool reduceOnly;
    OptString side;
    OptDecimal price;
    OptDecimal triggerPrice;
    OptDecimal takeProfitPrice;
    OptDecimal stopLossPrice;
    OptDecimal amount;
    OptDecimal cost;
    OptDecimal average;
    OptDecimal filled;
    OptDecimal remaining;
    OptString status;
    std::optional<Fee> fee;
    std::vector<Fee> fees;
    std::vector<Trade> trades;
    JsonValue info;

    // Derives filled/remaining/cost/average from each other and from the trades, the fee list, and the time in
    // force a market or post-only order implies (ccxt's safeOrder).
    void complete(bool triggerOrStopOrder = false);
    JsonValue toJson() const;
};

struct Transaction
{
    OptString id;
    OptString txid;
    OptInt timestamp;
    OptString network;
    OptString address;
    OptString addressTo;
    OptString addressFrom;
    OptString tag;
    OptString tagTo;
    OptString tagFrom;
    OptString type; // deposit | withdrawal
    OptDecimal amount;
    OptString currency;
    OptString status;
    OptInt updated;
    OptBool internal;
    OptString comment;
    std::optional<Fee> fee;
    JsonValue info;

    JsonValue toJson() const;
};

struct TradingFee
{
    std::string symbol;
    OptDecimal maker;
    OptDecimal taker;
    OptBool percentage;
    OptBool tierBased;
    JsonValue info;

    JsonValue toJson() const;
};

struct DepositAddress
{
    std::string currency;
    OptString network;
    OptString address;
    OptString tag;
    JsonValue info;

    JsonValue toJson() const;
};

JsonValue feeToJson(const Fee& fee);
// Zero as absent: exchanges write 0 where a price or amount does not apply.
OptDecimal omitZero(const OptDecimal& v);
// Fees without a cost dropped, the rest summed per currency and rate (ccxt's reduceFeesByCurrency).
std::vector<Fee> reduceFeesByCurrency(const std::vector<Fee>& fees);

} // namespace bourse::ex
