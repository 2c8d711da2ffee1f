// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription cexDescription();

// CEX.IO Spot Trading (trade.cex.io/api/spot). Every call is a POST with a JSON body, public ones to rest-public and
// private ones to rest with X-AGGR-KEY, X-AGGR-TIMESTAMP (seconds) and X-AGGR-SIGNATURE: the base64 HMAC-SHA256 of
// action + timestamp + body (cexSignature). Answers are {"ok":"ok","data":..} or {"error":".."}. Orders and deposit
// addresses belong to a sub-account: the caller names it in params.accountId (the main account may not trade by
// API).
class Cex final : public Exchange
{
public:
    Cex(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done) override;
    void fetchTime(const JsonValue& params, Callback<long long> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    void fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                      Callback<std::vector<Ticker>> done) override;
    void fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                        Callback<OrderBook> done) override;
    void fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Trade>> done) override;
    void fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                    const JsonValue& params, Callback<std::vector<Ohlcv>> done) override;
    void fetchBalance(const JsonValue& params, Callback<Balance> done) override;
    void fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done) override;
    void createOrder(const std::string& symbol, const std::string& type, const std::string& side, const Decimal& amount,
                     OptDecimal price, const JsonValue& params, Callback<Order> done) override;
    void cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                     Callback<Order> done) override;
    void cancelAllOrders(const std::string& symbol, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;

    // The do_my_new_order body for a unified order. Takes accountId, clientOrderId, timeInForce, triggerPrice and
    // cost out of `params`. `clientOrderId` is the default id (a fresh UUID in createOrder). Pure apart from the
    // clock and the market's precision.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params,
                           const std::string& clientOrderId);

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void fetchOrdersByStatus(bool closed, const std::string& symbol, OptInt since, OptInt limit,
                             const JsonValue& params, Callback<std::vector<Order>> done);
    void fetchFunding(const char* direction, const std::string& code, OptInt since, OptInt limit,
                      const JsonValue& params, Callback<std::vector<Transaction>> done);
};

// base64(HMAC-SHA256(secret, action + seconds + body)).
std::string cexSignature(const std::string& action, const std::string& seconds, const std::string& body,
                         const std::string& secret);

} // namespace bourse::ex
