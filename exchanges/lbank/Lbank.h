// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription lbankDescription();

// LBank spot (REST API v2, api.lbank.info/v2/<path>.do). Public calls are GETs with a sorted query. Private calls
// are POSTed forms carrying api_key and sign; the signature covers the MD5 of the sorted parameters plus echostr,
// signature_method and timestamp, which travel as headers (LbankSigner.cpp). Every answer is
// {"result":"true","data":...,"error_code":0,"ts":...}; a failure is result "false" with an error_code.
class Lbank final : public Exchange
{
public:
    Lbank(Transport& transport, Clock& clock);

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
    void cancelAllOrders(const std::string& symbol, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                    Callback<Order> done) override;
    void fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Order>> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
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

    // The create_order form for a unified order, in LBank's fields (symbol, type such as buy_market or sell_ioc,
    // price, amount, custom_id). Takes the unified options (clientOrderId, timeInForce, postOnly, cost,
    // createMarketBuyOrderRequiresPrice) out of `params`. A market buy spends `price` of the quote currency.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void fetchOrderPage(const char* which, const std::string& symbol, OptInt since, OptInt limit,
                        const JsonValue& params, Callback<std::vector<Order>> done);
    void fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done);
    std::string currencyId(const std::string& code) const;
};

// What a private LBank request carries, computed from its parameters (api_key included) at a given timestamp
// (ms) and echostr (a 30-40 character nonce): `sign` for the form, and the three headers the signature covers.
struct LbankSignature
{
    std::string sign;
    std::string signatureMethod; // HmacSHA256, or RSA when the secret is a private key
    std::string timestamp;
    std::string echostr;
};

// The signature of `params` (sorted by key here). A secret longer than 32 characters is an RSA private key
// (base64 PKCS#8, as LBank issues it): SHA256withRSA, base64. A shorter one is an HMAC key: HMAC-SHA256, hex.
// Throws AuthenticationError when an RSA secret is not a usable key.
LbankSignature lbankSign(const std::vector<std::pair<std::string, std::string>>& params, const std::string& secret,
                         long long timestampMs, const std::string& echostr);

} // namespace bourse::ex
