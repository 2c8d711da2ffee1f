// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription bit2cDescription();

// Bit2C (bit2c.co.il), Israel's shekel exchange: four fixed markets against NIS. Public calls are GETs of
// Exchanges/<pair>/<name>.json with no query. Private calls carry a millisecond nonce first among their form
// parameters (in the query for a GET, as the body for a POST) and two headers: key, and sign, the base64
// HMAC-SHA512 of that form text keyed with the secret. Errors come as {"error": "..."} or {"Error": "..."}.
class Bit2c final : public Exchange
{
public:
    Bit2c(Transport& transport, Clock& clock);

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
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;

    // The markets Bit2C trades (it has no call that lists them).
    static std::vector<Market> staticMarkets(const ExchangeDescription& description);

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // A market given by symbol, or nullptr for an empty one (calls where the symbol is optional).
    const Market* optionalMarket(const std::string& symbol) const;
};

// The sign header: base64 of the HMAC-SHA512 of the form text (nonce=...&...) keyed with the secret.
std::string bit2cSignature(const std::string& formText, const std::string& secret);

} // namespace bourse::ex
