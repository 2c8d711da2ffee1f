// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Decimal.h"
#include "Errors.h"
#include "Json.h"
#include "Precision.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace bourse::ex {

// What an exchange offers for a unified method: natively, emulated by Bourse from other calls, or not at all.
enum class Support {
    No,
    Yes,
    Emulated,
};

// The unified methods, in the order `describe` lists them.
inline constexpr const char* kUnifiedMethods[] = {
    "fetchMarkets",      "fetchCurrencies",  "fetchTicker",     "fetchTickers",     "fetchOrderBook",
    "fetchTrades",       "fetchOHLCV",       "fetchTime",       "fetchBalance",     "createOrder",
    "cancelOrder",       "cancelAllOrders",  "fetchOrder",      "fetchOrders",      "fetchOpenOrders",
    "fetchClosedOrders", "fetchMyTrades",    "fetchTradingFee", "fetchTradingFees", "fetchDepositAddress",
    "fetchDeposits",     "fetchWithdrawals",
};

struct ErrorMap
{
    // An exchange's error code or message matched whole.
    std::vector<std::pair<std::string, ErrorKind>> exact;
    // A substring of the message.
    std::vector<std::pair<std::string, ErrorKind>> broad;

    std::optional<ErrorKind> match(std::string_view codeOrMessage) const;
    std::optional<ErrorKind> matchBroad(std::string_view message) const;
};

// One exchange, as data: the record ccxt's describe() returns, typed. Adapters build one in their
// <Name>Description.cpp and never change it afterwards.
struct ExchangeDescription
{
    std::string id;
    std::string name;
    std::vector<std::string> countries;
    std::string version;
    // API section name -> base URL ("public" -> "https://api.kraken.com/0/public").
    std::map<std::string, std::string> api;
    std::map<std::string, std::string> sandboxApi;
    std::string www;
    std::vector<std::string> doc;
    double rateLimitMs = 1000;
    // Tokens the throttle lets through at once before spacing requests.
    double rateCapacity = 1;
    std::map<std::string, Support> has;
    // Unified timeframe ("1m") -> the exchange's value, in the exchange's order.
    std::vector<std::pair<std::string, std::string>> timeframes;
    struct
    {
        Decimal maker;
        Decimal taker;
        bool percentage = true;
        bool tierBased = false;
    } tradingFees;
    struct
    {
        bool apiKey = true;
        bool secret = true;
        bool password = false;
        bool uid = false;
        std::vector<std::string> other; // login, privateKey, walletAddress, twofa
    } requiredCredentials;
    CountingMode precisionMode = CountingMode::TickSize;
    ErrorMap errors;
    // Exchange currency code -> common code (XBT -> BTC).
    std::map<std::string, std::string> commonCurrencies;
    int timeoutMs = 10000;
    // Paper trading (PaperExchange): public data from a real exchange, the user's orders filled by Bourse with
    // no money at stake. Shown wherever the exchange appears, so practice is never taken for the real thing.
    bool paper = false;
    // Order safety (OrderSafety.h): createOrder sends a `clientOrderId` param along and the exchange keeps it with
    // the order; fetchOrder finds an order by it (an empty id and params {"clientOrderId": ...}).
    bool createOrderTakesClientOrderId = false;
    bool fetchOrderByClientOrderId = false;
    // The shape of the client order ids the exchange accepts: letters and digits ("bourse" + 20), or a UUID where
    // it takes nothing else (coinbase's client_oid; kraken's cl_ord_id takes a UUID or 18 characters).
    enum class ClientOrderIdFormat { Alphanumeric, Uuid };
    ClientOrderIdFormat clientOrderIdFormat = ClientOrderIdFormat::Alphanumeric;

    Support supports(std::string_view method) const;
    std::optional<std::string> timeframe(std::string_view unified) const;
    JsonValue toJson() const;
};

} // namespace bourse::ex
