// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gemini.h"

namespace bourse::ex {

ExchangeDescription geminiDescription()
{
    ExchangeDescription d;
    d.id = "gemini";
    d.name = "Gemini";
    d.countries = {"US"};
    d.version = "v1";
    d.api = {
        {"public", "https://api.gemini.com"},
        {"private", "https://api.gemini.com"},
    };
    d.sandboxApi = {
        {"public", "https://api.sandbox.gemini.com"},
        {"private", "https://api.sandbox.gemini.com"},
    };
    d.www = "https://gemini.com/";
    d.doc = {"https://docs.gemini.com/rest-api", "https://docs.sandbox.gemini.com"};
    // Gemini allows 120 public requests a minute and 600 private ones (docs "Rate Limits"): a 100 ms unit, public
    // calls cost 5 (2 a second), private calls 1.
    d.rateLimitMs = 100;
    d.rateCapacity = 5;
    for (const char* m : {"fetchMarkets", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades", "fetchOHLCV",
                          "fetchBalance", "createOrder", "cancelOrder", "fetchOrder", "fetchOpenOrders",
                          "fetchMyTrades", "fetchTradingFees", "fetchDepositAddress"}) {
        d.has[m] = Support::Yes;
    }
    // Deposits and withdrawals come from one transfers list, split by type here.
    d.has["fetchDeposits"] = Support::Emulated;
    d.has["fetchWithdrawals"] = Support::Emulated;
    // The currency list lives only in Gemini's web documentation; no server time, no cancel-all-on-symbol, no
    // closed-order history, no per-market fee call.
    for (const char* m :
         {"fetchCurrencies", "fetchTime", "cancelAllOrders", "fetchOrders", "fetchClosedOrders", "fetchTradingFee"}) {
        d.has[m] = Support::No;
    }
    d.timeframes = {{"1m", "1m"},  {"5m", "5m"},  {"15m", "15m"}, {"30m", "30m"},
                    {"1h", "1hr"}, {"6h", "6hr"}, {"1d", "1day"}};
    // gemini.com/api-fee-schedule, lowest volume tier: 0.2 % maker, 0.4 % taker.
    d.tradingFees.maker = *Decimal::parse("0.002");
    d.tradingFees.taker = *Decimal::parse("0.004");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // Gemini's `reason` values (docs "Error Codes").
    d.errors.exact = {
        {"AuctionNotOpen", ErrorKind::BadRequest},
        {"ClientOrderIdTooLong", ErrorKind::BadRequest},
        {"ClientOrderIdMustBeString", ErrorKind::BadRequest},
        {"ConflictingOptions", ErrorKind::BadRequest},
        {"EndpointMismatch", ErrorKind::BadRequest},
        {"EndpointNotFound", ErrorKind::BadRequest},
        {"IneligibleTiming", ErrorKind::BadRequest},
        {"InsufficientFunds", ErrorKind::InsufficientFunds},
        {"InvalidJson", ErrorKind::BadRequest},
        {"InvalidNonce", ErrorKind::InvalidNonce},
        {"InvalidApiKey", ErrorKind::AuthenticationError},
        {"InvalidOrderType", ErrorKind::InvalidOrder},
        {"InvalidPrice", ErrorKind::InvalidOrder},
        {"InvalidQuantity", ErrorKind::InvalidOrder},
        {"InvalidSide", ErrorKind::InvalidOrder},
        {"InvalidSignature", ErrorKind::AuthenticationError},
        {"InvalidSymbol", ErrorKind::BadRequest},
        {"InvalidTimestampInPayload", ErrorKind::BadRequest},
        {"Maintenance", ErrorKind::OnMaintenance},
        {"MarketNotOpen", ErrorKind::InvalidOrder},
        {"MissingApikeyHeader", ErrorKind::AuthenticationError},
        {"MissingOrderField", ErrorKind::InvalidOrder},
        {"MissingRole", ErrorKind::AuthenticationError},
        {"MissingPayloadHeader", ErrorKind::AuthenticationError},
        {"MissingSignatureHeader", ErrorKind::AuthenticationError},
        {"NoSSL", ErrorKind::AuthenticationError},
        {"OptionsMustBeArray", ErrorKind::BadRequest},
        {"OrderNotFound", ErrorKind::OrderNotFound},
        {"RateLimit", ErrorKind::RateLimitExceeded},
        {"System", ErrorKind::ExchangeError},
        {"UnsupportedOption", ErrorKind::BadRequest},
    };
    d.errors.broad = {
        {"The Gemini Exchange is currently undergoing maintenance.", ErrorKind::OnMaintenance},
        {"We are investigating technical issues with the Gemini Exchange.", ErrorKind::ExchangeNotAvailable},
        {"Internal Server Error", ErrorKind::ExchangeNotAvailable},
    };
    d.createOrderTakesClientOrderId = true;
    // order/status by client_order_id is not documented to answer one order: the lost order is searched for in
    // the open and recent orders, which carry client_order_id.
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
