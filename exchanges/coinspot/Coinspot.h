// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription coinspotDescription();

// CoinSpot (coinspot.com.au, API v1). Prices are public (GET /pubapi/latest); everything else, the order book and
// the market's trade history included, is a POST below /api whose JSON body starts with a nonce (Unix seconds)
// and is signed whole: the "sign" header is the hex HMAC-SHA512 of the body, keyed with the secret
// (coinspotSignature). Markets are named by their coin ("btc") and trade against AUD. A refusal is
// {"status":"error","message":"..."}.
class Coinspot final : public Exchange
{
public:
    Coinspot(Transport& transport, Clock& clock);

    // The fixed market table; no request.
    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    void fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                      Callback<std::vector<Ticker>> done) override;
    void fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                        Callback<OrderBook> done) override;
    void fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Trade>> done) override;
    void fetchBalance(const JsonValue& params, Callback<Balance> done) override;
    // Limit orders only (CoinSpot's market orders are quotes, not orders): my/buy or my/sell with the coin, the
    // amount and the rate.
    void createOrder(const std::string& symbol, const std::string& type, const std::string& side, const Decimal& amount,
                     OptDecimal price, const JsonValue& params, Callback<Order> done) override;
    // CoinSpot cancels buys and sells at different endpoints: params {"side":"buy"|"sell"} is required.
    void cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                     Callback<Order> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;
};

// The "sign" header: hex HMAC-SHA512(secret, body), over the exact body text sent.
std::string coinspotSignature(const std::string& secret, const std::string& body);

} // namespace bourse::ex
