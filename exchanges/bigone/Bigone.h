// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <map>
#include <string>

namespace bourse::ex {

ExchangeDescription bigoneDescription();
// Unified network code -> BigONE gateway name ("TRC20" -> "Tron"); codes not listed are sent as given.
const std::map<std::string, std::string>& bigoneNetworks();

// BigONE spot (REST API v3, big.one/api/v3). Private calls go to /api/v3/viewer and carry
// "Authorization: Bearer <JWT>": an HS256 token, keyed with the secret, over {"type":"OpenAPIV2","sub":apiKey,
// "nonce":<nanoseconds>} (open.big.one/docs/api_authentication.html). Answers are {"code":0,"data":...}; an error is
// a non-zero code with a message.
class Bigone final : public Exchange
{
public:
    Bigone(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    void fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                      Callback<std::vector<Ticker>> done) override;
    void fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                        Callback<OrderBook> done) override;
    void fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Trade>> done) override;
    void fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                    const JsonValue& params, Callback<std::vector<Ohlcv>> done) override;
    void fetchTime(const JsonValue& params, Callback<long long> done) override;
    void fetchBalance(const JsonValue& params, Callback<Balance> done) override;
    void createOrder(const std::string& symbol, const std::string& type, const std::string& side, const Decimal& amount,
                     OptDecimal price, const JsonValue& params, Callback<Order> done) override;
    void cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                     Callback<Order> done) override;
    void cancelAllOrders(const std::string& symbol, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                    Callback<Order> done) override;
    void fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Order>> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;

    // The POST /orders body for a unified order. Takes the unified options (clientOrderId, postOnly, timeInForce,
    // triggerPrice, cost, createMarketBuyOrderRequiresPrice) out of `params`.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done);
};

// The bearer token of a private call: HS256 JWT over {"type":"OpenAPIV2","sub":apiKey,"nonce":nonce}.
std::string bigoneToken(const std::string& apiKey, const std::string& secret, const std::string& nonce);

} // namespace bourse::ex
