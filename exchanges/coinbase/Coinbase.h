// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <functional>
#include <string>
#include <vector>

namespace bourse::ex {

ExchangeDescription coinbaseDescription();

// Coinbase (api.coinbase.com): the Advanced Trade API v3 for markets and trading, the v2 API for time,
// currencies, balances and transfers. Private calls are authenticated by a CDP key's JWT or a legacy key's
// HMAC (CoinbaseSigner.h). Spot markets only.
class Coinbase final : public Exchange
{
public:
    Coinbase(Transport& transport, Clock& clock);

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
    void fetchTime(const JsonValue& params, Callback<long long> done) override;
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
    void fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;

    // The POST brokerage/orders body for a unified order (CoinbaseOrderRequest.cpp): client_order_id, product_id,
    // side and one order_configuration (limit GTC/GTD/IOC/FOK, stop-limit, market by base or quote size). Takes the
    // unified options out of `params`. Pure apart from the market's precision and the client order id.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // A symbol, or a product id in its place ("DOGE-USDT"), as ccxt's market() accepts both. Throws BadSymbol.
    const Market& marketOrId(const std::string& symbolOrId) const;
    // The v2 account holding a currency (offline: "myAccount"), or the one the caller named (account_id).
    void withAccountId(const std::string& code, JsonValue& params, Callback<std::string> done);
    void fetchOrdersWith(const OptString& status, const std::string& symbol, OptInt since, OptInt limit,
                         const JsonValue& params, Callback<std::vector<Order>> done);
    void fetchTransfers(const char* kind, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Transaction>> done);

    struct Account
    {
        std::string id;
        std::string code;
    };
    std::vector<Account> m_accounts;
    bool m_accountsLoaded = false;
};

} // namespace bourse::ex
