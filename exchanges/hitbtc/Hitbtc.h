// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <map>
#include <string>

namespace bourse::ex {

ExchangeDescription hitbtcDescription();
ExchangeDescription bequantDescription();
// Unified network code -> HitBTC's network id ("TRC20" -> "TRX", "ERC20" -> "ETH").
const std::map<std::string, std::string>& hitbtcNetworks();

// HitBTC spot (REST API 3, api.hitbtc.com/api/3), and the white-label platforms that run it (Bequant).
// Public calls are GETs; private calls carry "Authorization: HS256 ..." (HitbtcSigner.h), GETs with a query and
// the other methods with a JSON body. Orders are addressed by their client order id, which is the unified id.
class Hitbtc : public Exchange
{
public:
    Hitbtc(Transport& transport, Clock& clock, ExchangeDescription description = hitbtcDescription());

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

    // The body of a new order, in the order HitBTC's docs list the fields. Takes the unified options (postOnly,
    // timeInForce, triggerPrice / stopPrice, reduceOnly) out of `params`; the rest goes to HitBTC as is.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // The account section an order or history call goes to: "spot", or "margin" when the caller asks for a
    // margin mode (marginMode, margin: true, type: margin). Takes those keys out of `params`.
    std::string section(const Market* market, JsonValue& params, bool keepMarginFlag = false) const;
    void fetchTransactions(const char* types, const std::string& code, OptInt since, OptInt limit,
                           const JsonValue& params, Callback<std::vector<Transaction>> done);
};

// Bequant: HitBTC's platform on api.bequant.io.
class Bequant final : public Hitbtc
{
public:
    Bequant(Transport& transport, Clock& clock)
        : Hitbtc(transport, clock, bequantDescription())
    {
    }
};

} // namespace bourse::ex
