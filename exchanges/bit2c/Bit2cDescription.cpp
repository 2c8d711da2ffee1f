// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bit2c.h"

namespace bourse::ex {

ExchangeDescription bit2cDescription()
{
    ExchangeDescription d;
    d.id = "bit2c";
    d.name = "Bit2C";
    d.countries = {"IL"};
    d.version = "";
    // Public paths end in .json (Exchanges/BtcNis/orderbook.json); private ones have no suffix.
    d.api = {
        {"public", "https://bit2c.co.il"},
        {"private", "https://bit2c.co.il"},
    };
    d.www = "https://www.bit2c.co.il";
    d.doc = {"https://www.bit2c.co.il/home/api", "https://github.com/OferE/bit2c"};
    // Bit2C asks for no more than one request every three seconds.
    d.rateLimitMs = 3000;
    d.rateCapacity = 1;
    for (const char* m : kUnifiedMethods) {
        d.has[m] = Support::No;
    }
    // Its four markets are fixed (no market list call): fetchMarkets answers from Bourse's own table.
    for (const char* m :
         {"fetchMarkets", "fetchTicker", "fetchOrderBook", "fetchTrades", "fetchBalance", "createOrder", "cancelOrder",
          "fetchOrder", "fetchOpenOrders", "fetchMyTrades", "fetchTradingFees", "fetchDepositAddress"}) {
        d.has[m] = Support::Yes;
    }
    // bit2c.co.il/home/Fees: 2.5 % maker and 3 % taker at the lowest monthly volume, down to 0.1 % / 0.2 % from
    // 4 million NIS a month.
    d.tradingFees.maker = *Decimal::parse("0.025");
    d.tradingFees.taker = *Decimal::parse("0.03");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // Errors come as {"error": "..."} or {"Error": "..."}, in words.
    d.errors.exact = {
        {"Please provide valid APIkey", ErrorKind::AuthenticationError},
        {"No order found.", ErrorKind::OrderNotFound},
    };
    d.errors.broad = {
        {"Please provide valid nonce", ErrorKind::InvalidNonce},
        {"please approve new terms of use on site", ErrorKind::PermissionDenied},
        {"insufficient", ErrorKind::InsufficientFunds},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
