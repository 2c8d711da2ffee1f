// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription btcboxDescription();

// BTCBOX (www.btcbox.co.jp/api/v1). Markets are named by their coin ("coin=eth"), all quoted in JPY. Private
// calls are form POSTs carrying key, nonce (milliseconds) and "signature": the HMAC-SHA256 (hex) of the form so
// far under the MD5 (hex) of the secret. Errors come as {"result":false,"code":"200"} with a 200 status.
class Btcbox final : public Exchange
{
public:
    Btcbox(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
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

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // The market a call names, BTC/JPY when none is given (BTCBOX's own default).
    template<typename T, typename Then> void withMarketOrBtc(const std::string& symbol, Callback<T> done, Then then);
    // The coin parameter the public calls take when the exchange lists more than one market.
    JsonValue coinQuery(const Market& market) const;
    void fetchOrderList(const char* type, const std::string& symbol, OptInt since, OptInt limit,
                        const JsonValue& params, Callback<std::vector<Order>> done);
};

// The form body of a private call: key, nonce, the parameters, then the signature over all that.
std::string btcboxSignedBody(const std::string& apiKey, const std::string& secret, const std::string& nonce,
                             const JsonValue& params);

} // namespace bourse::ex
