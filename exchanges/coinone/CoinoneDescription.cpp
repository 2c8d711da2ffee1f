// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coinone.h"

namespace bourse::ex {

ExchangeDescription coinoneDescription()
{
    ExchangeDescription d;
    d.id = "coinone";
    d.name = "CoinOne";
    d.countries = {"KR"};
    d.version = "v2";
    d.api = {
        {"public", "https://api.coinone.co.kr/public/v2"},
        {"private", "https://api.coinone.co.kr/v2"},
        {"private21", "https://api.coinone.co.kr/v2.1"},
    };
    d.www = "https://coinone.co.kr";
    d.doc = {"https://docs.coinone.co.kr"};
    // Coinone allows 20 requests a second per IP (and 40 private per key): one every 50 ms.
    d.rateLimitMs = 50;
    d.rateCapacity = 1;
    for (const char* m :
         {"fetchMarkets", "fetchCurrencies", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades",
          "fetchBalance", "createOrder", "cancelOrder", "fetchOrder", "fetchOpenOrders", "fetchMyTrades"}) {
        d.has[m] = Support::Yes;
    }
    // One call lists every deposit address; the one for a currency is picked from it.
    d.has["fetchDepositAddress"] = Support::Emulated;
    // The complete-orders call answers trades, not orders; no candles, server time, fee, funding history or
    // cancel-all is wired.
    for (const char* m : {"fetchClosedOrders", "fetchOrders", "fetchOHLCV", "fetchTime", "cancelAllOrders",
                          "fetchTradingFee", "fetchTradingFees", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::No;
    }
    d.tradingFees.maker = *Decimal::parse("0.002");
    d.tradingFees.taker = *Decimal::parse("0.002");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // Coinone's error_code table (docs.coinone.co.kr, "Error code").
    d.errors.exact = {
        {"4", ErrorKind::PermissionDenied}, // blocked user access
        {"11", ErrorKind::AuthenticationError}, // access token is missing
        {"12", ErrorKind::AuthenticationError}, // invalid access token
        {"40", ErrorKind::PermissionDenied}, // invalid API permission
        {"50", ErrorKind::AuthenticationError}, // authenticate error
        {"51", ErrorKind::BadRequest}, // invalid API
        {"103", ErrorKind::InsufficientFunds}, // lack of balance
        {"104", ErrorKind::OrderNotFound}, // order id does not exist
        {"105", ErrorKind::InvalidOrder}, // price is not correct
        {"107", ErrorKind::BadRequest}, // parameter error
        {"108", ErrorKind::BadSymbol}, // unknown cryptocurrency
        {"113", ErrorKind::InvalidOrder}, // quantity is too low
        {"120", ErrorKind::AuthenticationError}, // payload is missing
        {"121", ErrorKind::AuthenticationError}, // signature is missing
        {"122", ErrorKind::InvalidNonce}, // nonce is missing
        {"123", ErrorKind::AuthenticationError}, // signature is not correct
        {"130", ErrorKind::InvalidNonce}, // nonce must be a positive integer
        {"131", ErrorKind::InvalidNonce}, // nonce must be bigger than the last
        {"141", ErrorKind::InvalidOrder}, // too many limit orders
        {"405", ErrorKind::OnMaintenance}, // server under maintenance
    };
    d.commonCurrencies = {{"SOC", "Soda Coin"}};
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
