// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription paymiumDescription();

// Paymium (paymium.com/api/v1): one market, BTC/EUR, whose id is the quote currency ("eur"). Private calls carry
// Api-Key, Api-Nonce (seconds) and Api-Signature: the lowercase hex HMAC-SHA256, keyed with the secret, of
// nonce + full URL (without the query) + the JSON body or the query string (github.com/Paymium/api-documentation).
// An error is an HTTP 400/422 whose body has an "errors" list of messages.
class Paymium final : public Exchange
{
public:
    Paymium(Transport& transport, Clock& clock);

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
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;
};

// The Api-Signature value: hex(HMAC-SHA256(secret, nonce + url + bodyOrQuery)).
std::string paymiumSignature(const std::string& secret, const std::string& nonce, const std::string& url,
                             const std::string& bodyOrQuery);

} // namespace bourse::ex
