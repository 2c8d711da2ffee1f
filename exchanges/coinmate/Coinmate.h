// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription coinmateDescription();

// CoinMate (coinmate.io/api). Public calls are GETs with a query; private calls are form-encoded POSTs that carry
// the client id (the account's uid), the API key, a millisecond nonce and an HMAC-SHA256 of nonce + clientId + key
// (coinmateSignature). Every answer is {"error":bool,"errorMessage":..,"data":..}; an error is a message, no code.
class Coinmate final : public Exchange
{
public:
    Coinmate(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchTime(const JsonValue& params, Callback<long long> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    void fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                      Callback<std::vector<Ticker>> done) override;
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
    void fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Order>> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;

    // The endpoint and form fields of a unified order: buyLimit/sellLimit take amount and price, buyInstant the
    // total to spend and sellInstant the amount to sell. Pure apart from the market's precision.
    std::pair<std::string, JsonValue> orderRequest(const Market& market, const std::string& type,
                                                   const std::string& side, const Decimal& amount,
                                                   const OptDecimal& price) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // transferHistory lists deposits and withdrawals together; `type` keeps one kind.
    void fetchTransfers(const char* type, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Transaction>> done);
};

// The upper-case hex HMAC-SHA256 of nonce + clientId + apiKey under the secret.
std::string coinmateSignature(const std::string& nonce, const std::string& clientId, const std::string& apiKey,
                              const std::string& secret);

} // namespace bourse::ex
