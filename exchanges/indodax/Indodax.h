// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription indodaxDescription();

// Indodax (indodax.com). Public calls are GETs below /api with the pair in the path; private calls are
// form-encoded POSTs to /tapi naming the method, a millisecond timestamp and a receive window, signed with an
// HMAC-SHA512 of the whole form in the Sign header (indodaxSignature). Private answers are
// {"success":1,"return":{..}} or {"success":0,"error":"..","error_code":".."}.
class Indodax final : public Exchange
{
public:
    Indodax(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
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
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;

    // The trade form of a unified order: pair, side, price and the amounts Indodax wants - a buy names the quote
    // currency to spend (amount * price, or params.cost for a market buy), a sell the base amount. Takes `cost`
    // out of `params`. Pure apart from the market's precision.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // transHistory answers deposits and withdrawals together; `deposits` picks one side.
    void fetchTransfers(bool deposits, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Transaction>> done);
};

// The lower-case hex HMAC-SHA512 of the form body under the secret.
std::string indodaxSignature(const std::string& body, const std::string& secret);

} // namespace bourse::ex
