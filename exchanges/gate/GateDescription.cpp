// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gate.h"

namespace bourse::ex {

ExchangeDescription gateDescription()
{
    ExchangeDescription d;
    d.id = "gate";
    d.name = "Gate";
    d.countries = {"KR"};
    d.version = "v4";
    // One host for every section; the path below /api/v4 names the section (spot/..., wallet/..., margin/...).
    d.api = {
        {"public", "https://api.gateio.ws/api/v4"},
        {"private", "https://api.gateio.ws/api/v4"},
    };
    // Gate's testnet only serves futures; spot calls have no sandbox.
    d.sandboxApi = {
        {"public", "https://api-testnet.gateapi.io/api/v4"},
        {"private", "https://api-testnet.gateapi.io/api/v4"},
    };
    d.www = "https://gate.com";
    d.doc = {"https://www.gate.com/docs/developers/apiv4/en"};
    // Gate allows 200 requests per 10 seconds per endpoint group: 50 ms per cost unit (ccxt's figure). Order entry
    // costs 0.4 and cancels 20/75 of a unit, as Gate counts them separately and more generously.
    d.rateLimitMs = 50;
    d.rateCapacity = 1;
    for (const char* m :
         {"fetchMarkets",    "fetchCurrencies", "fetchTicker",      "fetchTickers",        "fetchOrderBook",
          "fetchTrades",     "fetchOHLCV",      "fetchTime",        "fetchBalance",        "createOrder",
          "cancelOrder",     "cancelAllOrders", "fetchOrder",       "fetchOpenOrders",     "fetchClosedOrders",
          "fetchMyTrades",   "fetchTradingFee", "fetchTradingFees", "fetchDepositAddress", "fetchDeposits",
          "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // Gate lists orders by status only (open or finished), never all at once.
    d.has["fetchOrders"] = Support::No;
    d.timeframes = {{"10s", "10s"}, {"1m", "1m"}, {"5m", "5m"}, {"15m", "15m"}, {"30m", "30m"}, {"1h", "1h"},
                    {"2h", "2h"},   {"4h", "4h"}, {"8h", "8h"}, {"1d", "1d"},   {"7d", "7d"},   {"1w", "7d"}};
    // VIP 0 of gate.com/fee: 0.2 % maker and taker, lower with volume and GT holdings.
    d.tradingFees.maker = *Decimal::parse("0.002");
    d.tradingFees.taker = *Decimal::parse("0.002");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // Gate's errors: {"label": "ORDER_NOT_FOUND", "message": "Order not found"} (gate.com/docs, "Error codes").
    d.errors.exact = {
        {"INVALID_PARAM_VALUE", ErrorKind::BadRequest},
        {"INVALID_PROTOCOL", ErrorKind::BadRequest},
        {"INVALID_ARGUMENT", ErrorKind::BadRequest},
        {"INVALID_REQUEST_BODY", ErrorKind::BadRequest},
        {"MISSING_REQUIRED_PARAM", ErrorKind::ArgumentsRequired},
        {"BAD_REQUEST", ErrorKind::BadRequest},
        {"INVALID_CONTENT_TYPE", ErrorKind::BadRequest},
        {"NOT_ACCEPTABLE", ErrorKind::BadRequest},
        {"METHOD_NOT_ALLOWED", ErrorKind::BadRequest},
        {"NOT_FOUND", ErrorKind::ExchangeError},
        {"AUTHENTICATION_FAILED", ErrorKind::AuthenticationError},
        {"INVALID_CREDENTIALS", ErrorKind::AuthenticationError},
        {"INVALID_KEY", ErrorKind::AuthenticationError},
        {"IP_FORBIDDEN", ErrorKind::AuthenticationError},
        {"READ_ONLY", ErrorKind::PermissionDenied},
        {"INVALID_SIGNATURE", ErrorKind::AuthenticationError},
        {"MISSING_REQUIRED_HEADER", ErrorKind::AuthenticationError},
        {"REQUEST_EXPIRED", ErrorKind::AuthenticationError},
        {"ACCOUNT_LOCKED", ErrorKind::AccountSuspended},
        {"FORBIDDEN", ErrorKind::PermissionDenied},
        {"SUB_ACCOUNT_NOT_FOUND", ErrorKind::ExchangeError},
        {"SUB_ACCOUNT_LOCKED", ErrorKind::AccountSuspended},
        {"MARGIN_BALANCE_EXCEPTION", ErrorKind::ExchangeError},
        {"MARGIN_TRANSFER_FAILED", ErrorKind::ExchangeError},
        {"TOO_MUCH_FUTURES_AVAILABLE", ErrorKind::ExchangeError},
        {"FUTURES_BALANCE_NOT_ENOUGH", ErrorKind::InsufficientFunds},
        {"ACCOUNT_EXCEPTION", ErrorKind::ExchangeError},
        {"SUB_ACCOUNT_TRANSFER_FAILED", ErrorKind::ExchangeError},
        {"ADDRESS_NOT_USED", ErrorKind::ExchangeError},
        {"TOO_FAST", ErrorKind::RateLimitExceeded},
        {"WITHDRAWAL_OVER_LIMIT", ErrorKind::ExchangeError},
        {"API_WITHDRAW_DISABLED", ErrorKind::ExchangeNotAvailable},
        {"INVALID_WITHDRAW_ID", ErrorKind::ExchangeError},
        {"INVALID_WITHDRAW_CANCEL_STATUS", ErrorKind::ExchangeError},
        {"INVALID_PRECISION", ErrorKind::InvalidOrder},
        {"INVALID_CURRENCY", ErrorKind::BadSymbol},
        {"INVALID_CURRENCY_PAIR", ErrorKind::BadSymbol},
        {"POC_FILL_IMMEDIATELY", ErrorKind::OrderImmediatelyFillable},
        {"ORDER_NOT_FOUND", ErrorKind::OrderNotFound},
        {"CLIENT_ID_NOT_FOUND", ErrorKind::OrderNotFound},
        {"ORDER_CLOSED", ErrorKind::InvalidOrder},
        {"ORDER_CANCELLED", ErrorKind::InvalidOrder},
        {"QUANTITY_NOT_ENOUGH", ErrorKind::InvalidOrder},
        {"BALANCE_NOT_ENOUGH", ErrorKind::InsufficientFunds},
        {"MARGIN_NOT_SUPPORTED", ErrorKind::InvalidOrder},
        {"MARGIN_BALANCE_NOT_ENOUGH", ErrorKind::InsufficientFunds},
        {"AMOUNT_TOO_LITTLE", ErrorKind::InvalidOrder},
        {"AMOUNT_TOO_MUCH", ErrorKind::InvalidOrder},
        {"REPEATED_CREATION", ErrorKind::InvalidOrder},
        {"LOAN_NOT_FOUND", ErrorKind::OrderNotFound},
        {"LOAN_RECORD_NOT_FOUND", ErrorKind::OrderNotFound},
        {"NO_MATCHED_LOAN", ErrorKind::ExchangeError},
        {"NOT_MERGEABLE", ErrorKind::ExchangeError},
        {"REPAY_TOO_MUCH", ErrorKind::ExchangeError},
        {"TOO_MANY_CURRENCY_PAIRS", ErrorKind::InvalidOrder},
        {"TOO_MANY_ORDERS", ErrorKind::InvalidOrder},
        {"TOO_MANY_REQUESTS", ErrorKind::RateLimitExceeded},
        {"MIXED_ACCOUNT_TYPE", ErrorKind::InvalidOrder},
        {"AUTO_BORROW_TOO_MUCH", ErrorKind::ExchangeError},
        {"TRADE_RESTRICTED", ErrorKind::InsufficientFunds},
        {"USER_NOT_FOUND", ErrorKind::AccountNotEnabled},
        {"CONTRACT_NO_COUNTER", ErrorKind::ExchangeError},
        {"CONTRACT_NOT_FOUND", ErrorKind::BadSymbol},
        {"RISK_LIMIT_EXCEEDED", ErrorKind::ExchangeError},
        {"INSUFFICIENT_AVAILABLE", ErrorKind::InsufficientFunds},
        {"LIQUIDATE_IMMEDIATELY", ErrorKind::InvalidOrder},
        {"LEVERAGE_TOO_HIGH", ErrorKind::InvalidOrder},
        {"LEVERAGE_TOO_LOW", ErrorKind::InvalidOrder},
        {"ORDER_NOT_OWNED", ErrorKind::ExchangeError},
        {"ORDER_FINISHED", ErrorKind::ExchangeError},
        {"POSITION_CROSS_MARGIN", ErrorKind::ExchangeError},
        {"POSITION_IN_LIQUIDATION", ErrorKind::ExchangeError},
        {"POSITION_IN_CLOSE", ErrorKind::ExchangeError},
        {"POSITION_EMPTY", ErrorKind::InvalidOrder},
        {"REMOVE_TOO_MUCH", ErrorKind::ExchangeError},
        {"RISK_LIMIT_NOT_MULTIPLE", ErrorKind::ExchangeError},
        {"RISK_LIMIT_TOO_HIGH", ErrorKind::ExchangeError},
        {"RISK_LIMIT_TOO_lOW", ErrorKind::ExchangeError},
        {"PRICE_TOO_DEVIATED", ErrorKind::InvalidOrder},
        {"SIZE_TOO_LARGE", ErrorKind::InvalidOrder},
        {"SIZE_TOO_SMALL", ErrorKind::InvalidOrder},
        {"PRICE_OVER_LIQUIDATION", ErrorKind::InvalidOrder},
        {"PRICE_OVER_BANKRUPT", ErrorKind::InvalidOrder},
        {"ORDER_POC_IMMEDIATE", ErrorKind::OrderImmediatelyFillable},
        {"INCREASE_POSITION", ErrorKind::InvalidOrder},
        {"CONTRACT_IN_DELISTING", ErrorKind::ExchangeError},
        {"INTERNAL", ErrorKind::ExchangeNotAvailable},
        {"SERVER_ERROR", ErrorKind::ExchangeNotAvailable},
        {"TOO_BUSY", ErrorKind::ExchangeNotAvailable},
        {"CROSS_ACCOUNT_NOT_FOUND", ErrorKind::ExchangeError},
        {"RISK_LIMIT_TOO_LOW", ErrorKind::BadRequest},
        {"AUTO_TRIGGER_PRICE_LESS_LAST", ErrorKind::InvalidOrder},
        {"AUTO_TRIGGER_PRICE_GREATE_LAST", ErrorKind::InvalidOrder},
        {"POSITION_HOLDING", ErrorKind::BadRequest},
        {"USER_LOAN_EXCEEDED", ErrorKind::BadRequest},
        {"NO_CHANGE", ErrorKind::InvalidOrder},
        {"PRICE_THRESHOLD_EXCEEDED", ErrorKind::InvalidOrder},
    };
    // "Your order size 0.0037 USDT is too small. The minimum is 3 USDT" comes as INVALID_PARAM_VALUE.
    d.errors.broad = {
        {"Your order size", ErrorKind::InvalidOrder},
    };
    // Tickers Gate lists under a name another coin is better known by (ccxt's list, kept from Gate's v2 API).
    d.commonCurrencies = {
        {"ORT", "XREATORS"},        {"ASS", "ASSF"},
        {"88MPH", "MPH"},           {"AXIS", "AXISDEFI"},
        {"BIFI", "BITCOINFILE"},    {"BOX", "DEFIBOX"},
        {"BYN", "BEYONDFI"},        {"EGG", "GOOSEFINANCE"},
        {"GTC", "GAMECOM"},         {"GTC_HT", "GAMECOM_HT"},
        {"GTC_BSC", "GAMECOM_BSC"}, {"HIT", "HITCHAIN"},
        {"MM", "MILLION"},          {"MPH", "MORPHER"},
        {"POINT", "GATEPOINT"},     {"RAI", "RAIREFLEXINDEX"},
        {"SBTC", "SUPERBITCOIN"},   {"TNC", "TRINITYNETWORKCREDIT"},
        {"VAI", "VAIOT"},           {"TRAC", "TRACO"},
    };
    d.createOrderTakesClientOrderId = true;
    d.fetchOrderByClientOrderId = true;
    d.timeoutMs = 10000;
    return d;
}

// Gate's chain names -> unified network codes, and back (ccxt's options.networks / networksById).
const std::map<std::string, std::string>& gateNetworkIds()
{
    static const std::map<std::string, std::string> ids {
        {"BTC", "BTC"},          {"BRC20", "BTCBRC"},    {"ETH", "ETH"},
        {"ERC20", "ETH"},        {"TRX", "TRX"},         {"TRC20", "TRX"},
        {"HECO", "HT"},          {"HRC20", "HT"},        {"BSC", "BSC"},
        {"BEP20", "BSC"},        {"SOL", "SOL"},         {"MATIC", "MATIC"},
        {"OPTIMISM", "OPETH"},   {"ADA", "ADA"},         {"AVAXC", "AVAX_C"},
        {"NEAR", "NEAR"},        {"ARBITRUM", "ARBEVM"}, {"ARBITRUM_NOVA", "ARBNOVA"},
        {"BASE", "BASEEVM"},     {"SUI", "SUI"},         {"CRONOS", "CRO"},
        {"CRO", "CRO"},          {"APT", "APT"},         {"SCROLL", "SCROLLETH"},
        {"TAIKO", "TAIKOETH"},   {"HYPE", "HYPE"},       {"ALGO", "ALGO"},
        {"LINEA", "LINEAETH"},   {"BLAST", "BLASTETH"},  {"XLM", "XLM"},
        {"RSK", "RBTC"},         {"TON", "TON"},         {"MNT", "MNT"},
        {"CELO", "CELO"},        {"HBAR", "HBAR"},       {"ZKSYNC", "ZKSERA"},
        {"KLAY", "KLAY"},        {"EOS", "EOS"},         {"ACA", "ACA"},
        {"XTZ", "XTZ"},          {"EGLD", "EGLD"},       {"GLMR", "GLMR"},
        {"AURORA", "AURORAEVM"}, {"KON", "KONET"},       {"GATECHAIN", "GTEVM"},
        {"KUSAMA", "KSMSM"},     {"OKC", "OKT"},         {"POLKADOT", "DOTSM"},
        {"LUNA", "LUNC"},
    };
    return ids;
}

} // namespace bourse::ex
