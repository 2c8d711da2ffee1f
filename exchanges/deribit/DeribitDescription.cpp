// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deribit.h"

namespace bourse::ex {

ExchangeDescription deribitDescription()
{
    ExchangeDescription d;
    d.id = "deribit";
    d.name = "Deribit";
    d.countries = {"AE"};
    d.version = "v2";
    d.api = {
        {"public", "https://www.deribit.com/api/v2/public"},
        {"private", "https://www.deribit.com/api/v2/private"},
    };
    d.sandboxApi = {
        {"public", "https://test.deribit.com/api/v2/public"},
        {"private", "https://test.deribit.com/api/v2/private"},
    };
    d.www = "https://www.deribit.com";
    d.doc = {"https://docs.deribit.com/v2", "https://github.com/deribit"};
    // Deribit's credit system allows about 20 non-matching requests a second and 5 matching-engine ones (order
    // entry and cancels): a 50 ms unit, matching-engine calls cost 4.
    d.rateLimitMs = 50;
    d.rateCapacity = 20;
    for (const char* m : kUnifiedMethods) {
        d.has[m] = Support::Yes;
    }
    // No all-orders list; its fee call reports per derivative kind, not per spot pair.
    for (const char* m : {"fetchOrders", "fetchTradingFee", "fetchTradingFees"}) {
        d.has[m] = Support::No;
    }
    d.timeframes = {{"1m", "1"},  {"3m", "3"},   {"5m", "5"},   {"10m", "10"}, {"15m", "15"},  {"30m", "30"},
                    {"1h", "60"}, {"2h", "120"}, {"3h", "180"}, {"6h", "360"}, {"12h", "720"}, {"1d", "1D"}};
    // deribit.com/pages/information/fees: spot pairs trade at 0 % maker and taker (markets carry their own).
    d.tradingFees.maker = Decimal(0);
    d.tradingFees.taker = Decimal(0);
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // Deribit's error codes (docs.deribit.com "Error Codes"), matched on error.code.
    d.errors.exact = {
        {"9999", ErrorKind::PermissionDenied},      {"10000", ErrorKind::AuthenticationError},
        {"10001", ErrorKind::ExchangeError},        {"10002", ErrorKind::InvalidOrder},
        {"10003", ErrorKind::InvalidOrder},         {"10004", ErrorKind::OrderNotFound},
        {"10005", ErrorKind::InvalidOrder},         {"10006", ErrorKind::InvalidOrder},
        {"10007", ErrorKind::InvalidOrder},         {"10008", ErrorKind::InvalidOrder},
        {"10009", ErrorKind::InsufficientFunds},    {"10010", ErrorKind::OrderNotFound},
        {"10011", ErrorKind::InvalidOrder},         {"10012", ErrorKind::InvalidOrder},
        {"10013", ErrorKind::PermissionDenied},     {"10014", ErrorKind::PermissionDenied},
        {"10015", ErrorKind::PermissionDenied},     {"10016", ErrorKind::PermissionDenied},
        {"10017", ErrorKind::PermissionDenied},     {"10018", ErrorKind::PermissionDenied},
        {"10019", ErrorKind::PermissionDenied},     {"10020", ErrorKind::ExchangeError},
        {"10021", ErrorKind::InvalidOrder},         {"10022", ErrorKind::InvalidOrder},
        {"10023", ErrorKind::InvalidOrder},         {"10024", ErrorKind::InvalidOrder},
        {"10025", ErrorKind::InvalidOrder},         {"10026", ErrorKind::InvalidOrder},
        {"10027", ErrorKind::InvalidOrder},         {"10028", ErrorKind::DDoSProtection},
        {"10029", ErrorKind::OrderNotFound},        {"10030", ErrorKind::ExchangeError},
        {"10031", ErrorKind::ExchangeError},        {"10032", ErrorKind::InvalidOrder},
        {"10033", ErrorKind::NotSupported},         {"10034", ErrorKind::InvalidOrder},
        {"10035", ErrorKind::InvalidOrder},         {"10036", ErrorKind::InvalidOrder},
        {"10040", ErrorKind::ExchangeNotAvailable}, {"10041", ErrorKind::OnMaintenance},
        {"10043", ErrorKind::InvalidOrder},         {"10044", ErrorKind::InvalidOrder},
        {"10045", ErrorKind::InvalidOrder},         {"10046", ErrorKind::InvalidOrder},
        {"10047", ErrorKind::DDoSProtection},       {"10048", ErrorKind::ExchangeError},
        {"11008", ErrorKind::InvalidOrder},         {"11029", ErrorKind::BadRequest},
        {"11030", ErrorKind::ExchangeError},        {"11031", ErrorKind::ExchangeError},
        {"11035", ErrorKind::DDoSProtection},       {"11036", ErrorKind::InvalidOrder},
        {"11037", ErrorKind::BadRequest},           {"11038", ErrorKind::InvalidOrder},
        {"11039", ErrorKind::InvalidOrder},         {"11041", ErrorKind::InvalidOrder},
        {"11042", ErrorKind::PermissionDenied},     {"11043", ErrorKind::BadRequest},
        {"11044", ErrorKind::InvalidOrder},         {"11045", ErrorKind::BadRequest},
        {"11046", ErrorKind::BadRequest},           {"11047", ErrorKind::BadRequest},
        {"11048", ErrorKind::ExchangeError},        {"11049", ErrorKind::BadRequest},
        {"11050", ErrorKind::BadRequest},           {"11051", ErrorKind::OnMaintenance},
        {"11052", ErrorKind::ExchangeError},        {"11053", ErrorKind::ExchangeError},
        {"11054", ErrorKind::InvalidOrder},         {"11090", ErrorKind::InvalidAddress},
        {"11091", ErrorKind::InvalidAddress},       {"11092", ErrorKind::InvalidAddress},
        {"11093", ErrorKind::DDoSProtection},       {"11094", ErrorKind::ExchangeError},
        {"11095", ErrorKind::ExchangeError},        {"11096", ErrorKind::ExchangeError},
        {"12000", ErrorKind::AuthenticationError},  {"12001", ErrorKind::DDoSProtection},
        {"12002", ErrorKind::ExchangeError},        {"12003", ErrorKind::AuthenticationError},
        {"12004", ErrorKind::AuthenticationError},  {"12005", ErrorKind::AuthenticationError},
        {"12100", ErrorKind::ExchangeError},        {"12998", ErrorKind::AuthenticationError},
        {"12999", ErrorKind::AuthenticationError},  {"13000", ErrorKind::AuthenticationError},
        {"13001", ErrorKind::AuthenticationError},  {"13002", ErrorKind::PermissionDenied},
        {"13003", ErrorKind::AuthenticationError},  {"13004", ErrorKind::AuthenticationError},
        {"13005", ErrorKind::AuthenticationError},  {"13006", ErrorKind::AuthenticationError},
        {"13007", ErrorKind::AuthenticationError},  {"13008", ErrorKind::ExchangeError},
        {"13009", ErrorKind::AuthenticationError},  {"13010", ErrorKind::BadRequest},
        {"13011", ErrorKind::BadRequest},           {"13012", ErrorKind::PermissionDenied},
        {"13013", ErrorKind::BadRequest},           {"13014", ErrorKind::BadRequest},
        {"13015", ErrorKind::BadRequest},           {"13016", ErrorKind::BadRequest},
        {"13017", ErrorKind::ExchangeError},        {"13018", ErrorKind::ExchangeError},
        {"13019", ErrorKind::ExchangeError},        {"13020", ErrorKind::ExchangeError},
        {"13021", ErrorKind::PermissionDenied},     {"13025", ErrorKind::ExchangeError},
        {"-32602", ErrorKind::BadRequest},          {"-32601", ErrorKind::BadRequest},
        {"-32700", ErrorKind::BadRequest},          {"-32000", ErrorKind::BadRequest},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
