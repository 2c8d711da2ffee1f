// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription mercadoDescription();

// Mercado Bitcoin: the public data API (www.mercadobitcoin.net/api/{coin}/...), candles from API v4, and the trade
// API (TAPI v3): every private call is a form-encoded POST to /tapi/v3/ naming tapi_method and tapi_nonce, signed
// by TAPI-MAC, the hex HMAC-SHA512 of "/tapi/v3/?" + that body (mercadoMac). Answers are
// {"response_data":{...},"status_code":100}; a refusal carries "error_message".
class Mercado final : public Exchange
{
public:
    Mercado(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
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
    void fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Order>> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;

    // The TAPI method and parameters for a unified order: place_buy_order / place_sell_order (limit_price,
    // quantity), place_market_buy_order (cost: params.cost, else amount * price) or place_market_sell_order
    // (quantity). Pure apart from the market's precision.
    std::pair<std::string, JsonValue> orderRequest(const Market& market, const std::string& type,
                                                   const std::string& side, const Decimal& amount,
                                                   const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void listOrders(JsonValue request, const std::string& symbol, const char* method, OptInt since, OptInt limit,
                    const JsonValue& params, Callback<std::vector<Order>> done);
};

// The TAPI-MAC header: hex HMAC-SHA512(secret, "/tapi/v3/?" + body), `body` the form-encoded parameters as sent.
std::string mercadoMac(const std::string& secret, const std::string& body);

} // namespace bourse::ex
