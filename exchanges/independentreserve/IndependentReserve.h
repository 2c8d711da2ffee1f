// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <utility>
#include <vector>

namespace bourse::ex {

ExchangeDescription independentreserveDescription();

// Independent Reserve (api.independentreserve.com). Public methods are GETs below /Public with a query string;
// private ones are POSTs below /Private whose JSON body carries the key, a nonce (Unix seconds) and an upper-case
// hex HMAC-SHA256 of the URL and every parameter (independentreserveSignature). A refusal is an HTTP 4xx with
// {"Message":"..."}.
class IndependentReserve final : public Exchange
{
public:
    IndependentReserve(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    void fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                        Callback<OrderBook> done) override;
    void fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Trade>> done) override;
    void fetchBalance(const JsonValue& params, Callback<Balance> done) override;
    void createOrder(const std::string& symbol, const std::string& type, const std::string& side, const Decimal& amount,
                     OptDecimal price, const JsonValue& params, Callback<Order> done) override;
    void cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                     Callback<Order> done) override;
    void fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                    Callback<Order> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void fetchOrderPage(bool open, const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Order>> done);
};

// The signature field: upper-case hex HMAC-SHA256(secret, "url,apiKey=K,nonce=N,k1=v1,k2=v2..."), the parameters
// in the order they are sent.
std::string independentreserveSignature(const std::string& url, const std::string& apiKey, const std::string& nonce,
                                        const std::vector<std::pair<std::string, std::string>>& params,
                                        const std::string& secret);

} // namespace bourse::ex
