// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription lunoDescription();

// Luno (api.luno.com/api/1). Every call, POSTs included, carries its parameters in the query string; private calls
// add HTTP Basic authentication with the key id and secret (lunoAuthorization). Errors are
// {"error":"...","error_code":"ErrInsufficientBalance",...}. Bitcoin is XBT in Luno's ids.
class Luno final : public Exchange
{
public:
    Luno(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
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
    void fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Order>> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;

    // The endpoint and query of a unified order: postorder takes volume, price and BID/ASK; marketorder BUY with
    // the counter (quote) volume to spend or SELL with the base volume. Pure apart from the market's precision.
    std::pair<std::string, JsonValue> orderRequest(const Market& market, const std::string& type,
                                                   const std::string& side, const Decimal& amount,
                                                   const OptDecimal& price) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // listorders, narrowed to one state (PENDING, COMPLETE) or none.
    void fetchOrdersByState(const char* state, const std::string& symbol, OptInt since, OptInt limit,
                            const JsonValue& params, Callback<std::vector<Order>> done);
};

// "Basic " + base64(apiKey:secret).
std::string lunoAuthorization(const std::string& apiKey, const std::string& secret);

} // namespace bourse::ex
