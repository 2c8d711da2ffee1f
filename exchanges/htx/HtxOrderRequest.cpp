// SPDX-License-Identifier: GPL-3.0-or-later
#include "Htx.h"
#include "common/RestParams.h"

#include <set>

namespace bourse::ex {

using rest::takeTextParam;

namespace {

// ccxt's broker tag: client order ids Bourse makes up start with it, as ccxt's do.
constexpr const char* kBrokerId = "AA03022abc";

// The order types that carry a price (ccxt's options.spot.limitOrderTypes, without the side prefix).
bool takesPrice(const std::string& orderType)
{
    static const std::set<std::string> types {"limit",      "ioc",       "limit-maker",
                                              "stop-limit", "limit-fok", "stop-limit-fok"};
    return types.count(orderType) > 0;
}

// A random UUID v4 in its canonical text form.
std::string uuid()
{
    std::string digits;
    while (digits.size() < 32) {
        for (char c : randomClientOrderId("")) {
            digits.push_back("0123456789abcdef"[static_cast<unsigned char>(c) % 16]);
        }
    }
    digits.resize(32);
    digits[12] = '4';
    return digits.substr(0, 8) + "-" + digits.substr(8, 4) + "-" + digits.substr(12, 4) + "-" + digits.substr(16, 4)
        + "-" + digits.substr(20, 12);
}

} // namespace

JsonValue Htx::orderRequest(const Market& market, const std::string& accountId, const std::string& marginMode,
                            const std::string& type, const std::string& side, const Decimal& amount,
                            const OptDecimal& price, JsonValue& params) const
{
    JsonValue r = JsonValue::object();
    r.set("account-id", accountId);
    r.set("symbol", market.id);
    std::string orderType = type;
    for (const char* prefix : {"buy-", "sell-"}) {
        if (orderType.rfind(prefix, 0) == 0) {
            orderType = orderType.substr(std::string(prefix).size());
        }
    }
    OptDecimal triggerPrice = rest::takeDecimalParam(params, "triggerPrice");
    for (const char* key : {"stopPrice", "stop-price"}) {
        auto other = rest::takeDecimalParam(params, key);
        if (!triggerPrice) {
            triggerPrice = other;
        }
    }
    if (!triggerPrice) {
        if (orderType == "stop-limit" || orderType == "stop-limit-fok") {
            throw Error(ErrorKind::ArgumentsRequired, "htx createOrder() requires a triggerPrice for a trigger order");
        }
    } else {
        // A stop order fires when the price crosses the trigger: upwards for a buy, downwards for a sell, unless
        // the caller says otherwise (operator gte / lte).
        r.set("stop-price", priceToPrecision(market, *triggerPrice));
        r.set("operator", takeTextParam(params, "operator").value_or(side == "sell" ? "lte" : "gte"));
        if (orderType == "limit" || orderType == "limit-fok") {
            orderType = "stop-" + orderType;
        } else if (orderType != "stop-limit" && orderType != "stop-limit-fok") {
            throw Error(ErrorKind::NotSupported, "htx createOrder() does not support " + type + " orders");
        }
    }
    params.remove("operator");
    // Post-only: the postOnly flag, timeInForce PO, or HTX's own limit-maker type.
    OptString tif = rest::textParam(params, "timeInForce");
    if (tif) {
        tif = rest::upper(*tif);
    }
    const bool postOnly =
        rest::boolParam(params, "postOnly").value_or(false) || tif == "PO" || orderType == "limit-maker";
    if (postOnly) {
        if (tif == "IOC" || tif == "FOK") {
            throw Error(ErrorKind::InvalidOrder, "htx postOnly orders cannot have timeInForce equal to " + *tif);
        }
        if (orderType == "market") {
            throw Error(ErrorKind::InvalidOrder, "htx market orders cannot be postOnly");
        }
        orderType = "limit-maker";
        params.remove("timeInForce");
    }
    params.remove("postOnly");
    const std::string timeInForce = takeTextParam(params, "timeInForce").value_or("GTC");
    if (timeInForce == "FOK") {
        orderType += "-fok";
    } else if (timeInForce == "IOC") {
        orderType = "ioc";
    }
    r.set("type", side + "-" + orderType);
    // HTX keeps client ids unique for 24 hours, 64 characters at most.
    auto clientOrderId = takeTextParam(params, {"clientOrderId", "client-order-id"});
    r.set("client-order-id", clientOrderId ? *clientOrderId : std::string(kBrokerId) + uuid());
    if (marginMode == "cross") {
        r.set("source", "super-margin-api");
    } else if (marginMode == "isolated") {
        r.set("source", "margin-api");
    } else if (marginMode == "c2c") {
        r.set("source", "c2c-margin-api");
    }
    if (orderType == "market" && side == "buy") {
        // A market buy is sized by what it costs in the quote currency: `cost`, else amount * price, else
        // (createMarketBuyOrderRequiresPrice false) the amount itself is the cost. ccxt rounds it with the
        // amount precision, and so do we, so that requests compare.
        const bool requiresPrice = rest::takeBoolParam(params, {"createMarketBuyOrderRequiresPrice"}).value_or(true);
        const OptDecimal cost = rest::takeDecimalParam(params, "cost");
        if (cost) {
            r.set("amount", amountToPrecision(market, *cost));
        } else if (requiresPrice) {
            if (!price) {
                throw Error(ErrorKind::InvalidOrder,
                            "htx createOrder() requires the price argument for market buy orders to calculate the "
                            "total cost to spend (amount * price), alternatively set the "
                            "createMarketBuyOrderRequiresPrice option or param to false and pass the cost to spend "
                            "in the amount argument");
            }
            r.set("amount", amountToPrecision(market, amount * *price));
        } else {
            r.set("amount", amountToPrecision(market, amount));
        }
    } else {
        r.set("amount", amountToPrecision(market, amount));
    }
    if (takesPrice(orderType)) {
        if (!price) {
            throw Error(ErrorKind::ArgumentsRequired,
                        "htx createOrder() requires a price argument for " + type + " orders");
        }
        r.set("price", priceToPrecision(market, *price));
    }
    return r;
}

} // namespace bourse::ex
