// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription coinoneDescription();

// Coinone (api.coinone.co.kr): market data from the public v2 API (paths name the quote and target currencies,
// "ticker_new/KRW/BTC"); account calls are POSTs to the v2 and v2.1 private APIs whose body is the base64 of a JSON
// payload {access_token, nonce, ...}, signed with HMAC-SHA512 under the upper-cased secret (CoinoneSigner). v2.1
// takes a UUID nonce, v2 the time in seconds. Errors come as {"result":"error","error_code":"107",...}.
class Coinone final : public Exchange
{
public:
    Coinone(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done) override;
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
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;
};

// The X-COINONE-PAYLOAD value: base64 of {"access_token":key,"nonce":nonce,...params} as JSON text.
std::string coinonePayload(const std::string& apiKey, const std::string& nonce, const JsonValue& params);
// The X-COINONE-SIGNATURE value: hex HMAC-SHA512 of the payload under the upper-cased secret.
std::string coinoneSignature(const std::string& payload, const std::string& secret);

} // namespace bourse::ex
