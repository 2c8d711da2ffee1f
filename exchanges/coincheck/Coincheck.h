// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription coincheckDescription();

// Coincheck (coincheck.com/api). The exchange publishes no market list: the pairs are fixed in the adapter.
// Private calls carry ACCESS-KEY, ACCESS-NONCE (milliseconds) and ACCESS-SIGNATURE, the HMAC-SHA256 (hex) of
// nonce + full URL + body, with the parameters sorted by key. Errors come as {"success":false,"error":"..."}.
class Coincheck final : public Exchange
{
public:
    Coincheck(Transport& transport, Clock& clock);

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
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;

    // The POST exchange/orders parameters for a unified order (before sorting). A market buy spends JPY:
    // params.cost, else amount * price; without either it is refused.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;
};

// ACCESS-SIGNATURE: hex HMAC-SHA256 of nonce + url + body under the secret.
std::string coincheckSignature(const std::string& secret, const std::string& nonce, const std::string& url,
                               const std::string& body);

} // namespace bourse::ex
