// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coinex.h"

namespace bourse::ex {

ExchangeDescription coinexDescription()
{
    ExchangeDescription d;
    d.id = "coinex";
    d.name = "CoinEx";
    d.countries = {"CN"};
    d.version = "v2";
    d.api = {
        {"public", "https://api.coinex.com/v2"},
        {"private", "https://api.coinex.com/v2"},
    };
    d.www = "https://www.coinex.com";
    d.doc = {"https://docs.coinex.com/api/v2"};
    // CoinEx allows 400 requests a second per IP: a 2.5 ms unit. Endpoints cost what their own limits imply
    // (docs.coinex.com/api/v2/rate-limit): 40 for a call limited to 10 a second, 13.334 for 30, 8 for 50...
    d.rateLimitMs = 2.5;
    d.rateCapacity = 40;
    for (const char* m : kUnifiedMethods) {
        d.has[m] = Support::Yes;
    }
    // No all-orders call: open and finished orders are separate lists.
    d.has["fetchOrders"] = Support::No;
    d.timeframes = {{"1m", "1min"},  {"3m", "3min"},  {"5m", "5min"},  {"15m", "15min"}, {"30m", "30min"},
                    {"1h", "1hour"}, {"2h", "2hour"}, {"4h", "4hour"}, {"6h", "6hour"},  {"12h", "12hour"},
                    {"1d", "1day"},  {"3d", "3day"},  {"1w", "1week"}};
    // coinex.com/fees: 0.2 % maker and taker on spot at the base level (markets carry their own rates).
    d.tradingFees.maker = *Decimal::parse("0.002");
    d.tradingFees.taker = *Decimal::parse("0.002");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // CoinEx's codes (docs.coinex.com/api/v2/error): 3xxx trading, 4xxx access and signature.
    d.errors.exact = {
        {"23", ErrorKind::PermissionDenied},
        {"24", ErrorKind::AuthenticationError},
        {"25", ErrorKind::AuthenticationError},
        {"34", ErrorKind::AuthenticationError},
        {"35", ErrorKind::ExchangeNotAvailable},
        {"36", ErrorKind::RequestTimeout},
        {"213", ErrorKind::RateLimitExceeded},
        {"107", ErrorKind::InsufficientFunds},
        {"158", ErrorKind::PermissionDenied},
        {"600", ErrorKind::OrderNotFound},
        {"601", ErrorKind::InvalidOrder},
        {"602", ErrorKind::InvalidOrder},
        {"606", ErrorKind::InvalidOrder},
        {"3008", ErrorKind::RequestTimeout},
        {"3109", ErrorKind::InsufficientFunds},
        {"3127", ErrorKind::InvalidOrder},
        {"3157", ErrorKind::BadSymbol},
        {"3600", ErrorKind::OrderNotFound},
        {"3606", ErrorKind::InvalidOrder},
        {"3610", ErrorKind::ExchangeError},
        {"3612", ErrorKind::InvalidOrder},
        {"3613", ErrorKind::InvalidOrder},
        {"3614", ErrorKind::InvalidOrder},
        {"3615", ErrorKind::InvalidOrder},
        {"3616", ErrorKind::InvalidOrder},
        {"3617", ErrorKind::InvalidOrder},
        {"3618", ErrorKind::InvalidOrder},
        {"3619", ErrorKind::InvalidOrder},
        {"3620", ErrorKind::InvalidOrder},
        {"3621", ErrorKind::InvalidOrder},
        {"3622", ErrorKind::InvalidOrder},
        {"3627", ErrorKind::InvalidOrder},
        {"3628", ErrorKind::InvalidOrder},
        {"3629", ErrorKind::InvalidOrder},
        {"3632", ErrorKind::InvalidOrder},
        {"3633", ErrorKind::InvalidOrder},
        {"3634", ErrorKind::InvalidOrder},
        {"3635", ErrorKind::InvalidOrder},
        {"4001", ErrorKind::ExchangeNotAvailable},
        {"4002", ErrorKind::RequestTimeout},
        {"4003", ErrorKind::ExchangeError},
        {"4004", ErrorKind::BadRequest},
        {"4005", ErrorKind::AuthenticationError},
        {"4006", ErrorKind::AuthenticationError},
        {"4007", ErrorKind::PermissionDenied},
        {"4008", ErrorKind::AuthenticationError},
        {"4009", ErrorKind::ExchangeError},
        {"4010", ErrorKind::ExchangeError},
        {"4011", ErrorKind::PermissionDenied},
        {"4017", ErrorKind::ExchangeError},
        {"4115", ErrorKind::AccountSuspended},
        {"4117", ErrorKind::BadSymbol},
        {"4123", ErrorKind::RateLimitExceeded},
        {"4130", ErrorKind::ExchangeError},
        {"4158", ErrorKind::ExchangeError},
        {"4213", ErrorKind::RateLimitExceeded},
        {"4512", ErrorKind::PermissionDenied},
    };
    d.errors.broad = {
        {"ip not allow visit", ErrorKind::PermissionDenied},
        {"service too busy", ErrorKind::ExchangeNotAvailable},
        {"Service is not available during funding fee settlement", ErrorKind::OperationFailed},
    };
    // CoinEx's ACM is Actinium, not the AC Milan fan token.
    d.commonCurrencies = {{"ACM", "Actinium"}};
    d.createOrderTakesClientOrderId = true;
    d.timeoutMs = 10000;
    return d;
}

// clang-format off
const std::map<std::string, std::string>& coinexNetworks()
{
    static const std::map<std::string, std::string> networks{
        {"BTC", "BTC"}, {"BEP20", "BSC"}, {"TRC20", "TRC20"}, {"ERC20", "ERC20"}, {"BRC20", "BRC20"}, {"SOL", "SOL"},
        {"TON", "TON"}, {"BSV", "BSV"}, {"AVAXC", "AVA_C"}, {"AVAXX", "AVA"}, {"SUI", "SUI"}, {"ACA", "ACA"},
        {"CHZ", "CHILIZ"}, {"ADA", "ADA"}, {"ARBITRUM", "ARBITRUM"}, {"ARBITRUM_NOVA", "ARBITRUM_NOVA"},
        {"OP", "OPTIMISM"}, {"APT", "APTOS"}, {"ATOM", "ATOM"}, {"FTM", "FTM"}, {"BCH", "BCH"}, {"ASTR", "ASTR"},
        {"LTC", "LTC"}, {"MATIC", "MATIC"}, {"CRONOS", "CRONOS"}, {"DASH", "DASH"}, {"DOT", "DOT"}, {"ETC", "ETC"},
        {"ETHW", "ETHPOW"}, {"FIL", "FIL"}, {"ZIL", "ZIL"}, {"DOGE", "DOGE"}, {"TIA", "CELESTIA"}, {"SEI", "SEI"},
        {"XRP", "XRP"}, {"XMR", "XMR"},
    };
    return networks;
}
// clang-format on

} // namespace bourse::ex
