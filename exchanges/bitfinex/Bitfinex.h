// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <map>
#include <string>

namespace bourse::ex {

ExchangeDescription bitfinexDescription();
// Unified network code -> Bitfinex's deposit method ("BTC" -> "BITCOIN", "TRC20" -> "TETHERUSX").
const std::map<std::string, std::string>& bitfinexNetworks();

// Bitfinex spot (REST API v2). Public calls are GETs on api-pub.bitfinex.com; private calls are POSTs of a JSON
// body to api.bitfinex.com/v2/auth/..., signed with HMAC-SHA384 (bfx-* headers). Answers are positional arrays;
// a side is the sign of an amount (negative: sell).
class Bitfinex final : public Exchange
{
public:
    Bitfinex(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done) override;
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
    void cancelAllOrders(const std::string& symbol, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                    Callback<Order> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done) override;
    void fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;
    MarketFeed* marketFeed() override;

    // Bitfinex's own rounding: amounts to 8 decimals, truncated; prices to the market's significant digits, then
    // to at most 8 decimals (docs.bitfinex.com "Price precision", "Amount precision").
    std::string bitfinexAmount(const Market& market, const Decimal& amount) const;
    std::string bitfinexPrice(const Market& market, const Decimal& price) const;

    // The order/submit body for a unified order, in the order Bitfinex's docs list the fields. Takes the unified
    // options (triggerPrice, stopPrice, timeInForce, postOnly, reduceOnly, trailingAmount, clientOrderId) out of
    // `params`, and leaves what goes to Bitfinex as is.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void fetchOrderList(const std::string& path, const std::string& symbol, OptInt since, OptInt limit,
                        JsonValue request, const JsonValue& params, Callback<std::vector<Order>> done);
    void fetchMovements(const std::string& type, const std::string& code, OptInt since, OptInt limit,
                        const JsonValue& params, Callback<std::vector<Transaction>> done);
};

} // namespace bourse::ex
