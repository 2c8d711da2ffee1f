// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lbank.h"

namespace bourse::ex {

ExchangeDescription lbankDescription()
{
    ExchangeDescription d;
    d.id = "lbank";
    d.name = "LBank";
    d.countries = {"CN"};
    d.version = "v2";
    // Every spot path is /v2/<path>.do on one host (the signer adds the suffix).
    d.api = {
        {"public", "https://api.lbank.info/v2"},
        {"private", "https://api.lbank.info/v2"},
    };
    d.www = "https://www.lbank.com";
    d.doc = {"https://www.lbank.com/en-US/docs/index.html"};
    // LBank allows 50 order placements or cancellations a second (a 20 ms unit, cost 1) and 20 other requests a
    // second (cost 50 / 20 = 2.5).
    d.rateLimitMs = 20;
    d.rateCapacity = 1;
    for (const char* m : kUnifiedMethods) {
        d.has[m] = Support::Yes;
    }
    // No finished-orders list of its own: the order history (fetchOrders) holds them with the cancelled ones.
    d.has["fetchClosedOrders"] = Support::No;
    d.timeframes = {{"1m", "minute1"}, {"5m", "minute5"}, {"15m", "minute15"}, {"30m", "minute30"},
                    {"1h", "hour1"},   {"2h", "hour2"},   {"4h", "hour4"},     {"6h", "hour6"},
                    {"8h", "hour8"},   {"12h", "hour12"}, {"1d", "day1"},      {"1w", "week1"}};
    // lbank.com trading fees: 0.1 % maker and taker on spot.
    d.tradingFees.maker = *Decimal::parse("0.001");
    d.tradingFees.taker = *Decimal::parse("0.001");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    // The secret is either an HMAC key or, for an RSA key pair, the base64 PKCS#8 private key.
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // LBank's error_code values (lbank.com/en-US/docs/index.html#error-code), by what they mean for the caller.
    d.errors.exact = {
        {"10000", ErrorKind::ExchangeError}, // internal error
        {"10001", ErrorKind::BadRequest}, // required parameters empty
        {"10002", ErrorKind::AuthenticationError}, // validation failed
        {"10003", ErrorKind::BadRequest}, // invalid parameter
        {"10004", ErrorKind::RateLimitExceeded}, // request too frequent
        {"10005", ErrorKind::AuthenticationError}, // secret key does not exist
        {"10006", ErrorKind::AuthenticationError}, // user does not exist
        {"10007", ErrorKind::AuthenticationError}, // invalid signature
        {"10008", ErrorKind::BadSymbol}, // invalid trading pair
        {"10009", ErrorKind::InvalidOrder}, // price and/or amount required for a limit order
        {"10010", ErrorKind::InvalidOrder}, // price and/or amount below the minimum
        {"10013", ErrorKind::InvalidOrder}, // amount too small
        {"10014", ErrorKind::InsufficientFunds}, // insufficient money in the account
        {"10015", ErrorKind::InvalidOrder}, // invalid order type
        {"10016", ErrorKind::InsufficientFunds}, // insufficient account balance
        {"10017", ErrorKind::ExchangeError}, // server error
        {"10018", ErrorKind::BadRequest}, // page size out of 1..50
        {"10019", ErrorKind::BadRequest}, // more than 3 cancellations in one request
        {"10020", ErrorKind::BadRequest}, // volume < 0.001
        {"10021", ErrorKind::InvalidOrder}, // price < 0.01
        {"10022", ErrorKind::PermissionDenied}, // invalid authorization
        {"10023", ErrorKind::InvalidOrder}, // market orders not supported
        {"10024", ErrorKind::PermissionDenied}, // user cannot trade this pair
        {"10025", ErrorKind::InvalidOrder}, // order already filled
        {"10026", ErrorKind::InvalidOrder}, // order already cancelled
        {"10027", ErrorKind::InvalidOrder}, // order is being cancelled
        {"10028", ErrorKind::BadRequest}, // wrong query time
        {"10029", ErrorKind::BadRequest}, // from not in the query time
        {"10030", ErrorKind::BadRequest}, // from does not match the transaction type
        {"10031", ErrorKind::InvalidNonce}, // echostr must be 30 to 40 characters
        {"10033", ErrorKind::ExchangeError}, // failed to create order
        {"10036", ErrorKind::DuplicateOrderId}, // custom id duplicated
        {"10100", ErrorKind::PermissionDenied}, // no privilege to withdraw
        {"10101", ErrorKind::BadRequest}, // invalid withdrawal fee rate
        {"10102", ErrorKind::InsufficientFunds}, // too little to withdraw
        {"10103", ErrorKind::ExchangeError}, // daily withdrawal limit exceeded
        {"10104", ErrorKind::ExchangeError}, // cancel rejected
        {"10105", ErrorKind::ExchangeError}, // request has been cancelled
        {"10106", ErrorKind::BadRequest}, // not a trading time
        {"10107", ErrorKind::BadRequest}, // start price exception
        {"10108", ErrorKind::ExchangeError}, // cannot create order
        {"10109", ErrorKind::InvalidAddress}, // wallet address not mapped
        {"10110", ErrorKind::ExchangeError}, // transfer fee not mapped
        {"10111", ErrorKind::BadRequest}, // amount must be > 0
        {"10112", ErrorKind::BadRequest}, // fee too low
        {"10113", ErrorKind::BadRequest}, // transfer fee is 0
        {"10600", ErrorKind::BadRequest}, // replay filter: check the timestamp
        {"10601", ErrorKind::ExchangeError}, // interface closed
        {"10701", ErrorKind::BadSymbol}, // invalid asset code
        {"10702", ErrorKind::PermissionDenied}, // deposits not allowed
    };
    // LBank's xbt is not bitcoin; its hit, vet_erc20 and pnt are other projects' tickers.
    d.commonCurrencies = {{"XBT", "XBT"}, {"HIT", "Hiver"}, {"VET_ERC20", "VEN"}, {"PNT", "Penta"}};
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
