// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription bitflyerDescription();

// bitFlyer Lightning (api.bitflyer.com/v1). Private calls live under /v1/me/ and carry ACCESS-KEY,
// ACCESS-TIMESTAMP (seconds) and ACCESS-SIGN, the HMAC-SHA256 (hex) of timestamp + method + path with query +
// JSON body. Errors come as {"status":-208,"error_message":"...","data":null} with a 4xx/5xx status. Spot markets
// only: the FX and futures products are left out.
class Bitflyer final : public Exchange
{
public:
    Bitflyer(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    void fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                        Callback<OrderBook> done) override;
    void fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Trade>> done) override;
    void fetchBalance(const JsonValue& params, Callback<Balance> done) override;
    void fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done) override;
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
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;

    // The sendchildorder body for a unified order; takes timeInForce (GTC/IOC/FOK) out of `params`.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void fetchChildOrders(const std::string& symbol, OptInt since, OptInt limit, JsonValue params, const char* state,
                          Callback<std::vector<Order>> done);
    void fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done);
};

// ACCESS-SIGN: hex HMAC-SHA256 of timestamp + method + path (query included) + body under the secret.
std::string bitflyerSignature(const std::string& secret, const std::string& timestamp, const std::string& method,
                              const std::string& path, const std::string& body);

} // namespace bourse::ex
