// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gate.h"
#include "common/RestParams.h"

namespace bourse::ex {

using rest::takeTextParam;

namespace {

// A unified time in force as Gate writes it; anything else is refused, as ccxt's handleTimeInForce does.
std::string gateTimeInForce(const std::string& unified)
{
    static const std::map<std::string, std::string> values {
        {"GTC", "gtc"}, {"IOC", "ioc"}, {"PO", "poc"}, {"POC", "poc"}, {"FOK", "fok"}};
    auto it = values.find(unified);
    if (it == values.end()) {
        throw Error(ErrorKind::ExchangeError, "gate does not support timeInForce \"" + unified + "\"");
    }
    return it->second;
}

} // namespace

JsonValue Gate::orderRequest(const Market& market, const std::string& type, const std::string& side,
                             const Decimal& amount, const OptDecimal& price, JsonValue& params, bool& trigger) const
{
    const OptDecimal triggerPrice = [&] {
        auto t = rest::takeDecimalParam(params, "triggerPrice");
        auto s = rest::takeDecimalParam(params, "stopPrice");
        return t ? t : s;
    }();
    OptDecimal stopLossPrice = rest::takeDecimalParam(params, "stopLossPrice");
    if (!stopLossPrice) {
        stopLossPrice = triggerPrice;
    }
    const OptDecimal takeProfitPrice = rest::takeDecimalParam(params, "takeProfitPrice");
    if (stopLossPrice && takeProfitPrice) {
        throw Error(ErrorKind::ExchangeError,
                    "gate createOrder() stopLossPrice and takeProfitPrice cannot both be defined");
    }
    trigger = stopLossPrice || takeProfitPrice;
    params.remove("reduceOnly"); // spot orders do not reduce positions
    const bool isMarket = type == "market";
    const bool isLimit = type == "limit";

    // Post-only: the postOnly flag, timeInForce PO, or Gate's own "poc".
    OptString tif = rest::textParam(params, "timeInForce");
    if (tif) {
        tif = rest::upper(*tif);
    }
    OptString exchangeTif;
    for (const char* key : {"timeInForce", "tif", "time_in_force"}) {
        if (!exchangeTif) {
            exchangeTif = rest::textParam(params, key);
        }
    }
    bool postOnly = rest::boolParam(params, "postOnly").value_or(false) || tif == "PO"
        || (exchangeTif && rest::lower(*exchangeTif) == "poc");
    if (postOnly) {
        if (tif == "IOC" || tif == "FOK") {
            throw Error(ErrorKind::InvalidOrder, "gate postOnly orders cannot have timeInForce equal to " + *tif);
        }
        if (isMarket) {
            throw Error(ErrorKind::InvalidOrder, "gate market orders cannot be postOnly");
        }
        params.remove("timeInForce");
    }
    params.remove("postOnly");
    OptString timeInForce;
    if (auto given = takeTextParam(params, "timeInForce")) {
        timeInForce = gateTimeInForce(rest::upper(*given));
    }
    if (postOnly) {
        timeInForce = "poc";
    }
    auto clientOrderId = rest::textParam(params, "text");
    if (!clientOrderId) {
        clientOrderId = rest::textParam(params, "clientOrderId");
    }
    params.remove("clientOrderId");
    if (isLimit && !price) {
        throw Error(ErrorKind::ArgumentsRequired, "gate createOrder() requires a price argument for limit orders");
    }
    if (isMarket) {
        if (timeInForce == "poc" || timeInForce == "gtc") {
            throw Error(ErrorKind::ExchangeError,
                        "gate createOrder() timeInForce for market order can only be \"FOK\" or \"IOC\"");
        }
        if (!timeInForce) {
            timeInForce = "ioc";
        }
    }

    JsonValue r = JsonValue::object();
    if (!trigger) {
        r.set("currency_pair", market.id);
        r.set("type", type);
        r.set("account", accountFor(false, params));
        r.set("side", side);
        if (isMarket && side == "buy") {
            // A market buy is sized by what it costs in the quote currency: `cost`, else amount * price, else
            // (createMarketBuyOrderRequiresPrice false) the amount itself is the cost.
            const bool requiresPrice =
                rest::takeBoolParam(params, {"createMarketBuyOrderRequiresPrice"}).value_or(true);
            const OptDecimal cost = rest::takeDecimalParam(params, "cost");
            if (cost) {
                r.set("amount", costToPrecision(market, *cost));
            } else if (requiresPrice) {
                if (!price) {
                    throw Error(ErrorKind::InvalidOrder,
                                "gate createOrder() requires the price argument for market buy orders to calculate "
                                "the total cost to spend (amount * price), alternatively set the "
                                "createMarketBuyOrderRequiresPrice option or param to false and pass the cost to "
                                "spend (quote quantity) in the amount argument");
                }
                r.set("amount", costToPrecision(market, amount * *price));
            } else {
                r.set("amount", costToPrecision(market, amount));
            }
        } else {
            r.set("amount", amountToPrecision(market, amount));
        }
        if (isLimit) {
            r.set("price", priceToPrecision(market, *price));
        }
        if (timeInForce) {
            r.set("time_in_force", *timeInForce);
        }
        const bool textRequired = rest::takeBoolParam(params, {"textIsRequired"}).value_or(false);
        if (clientOrderId) {
            // Gate takes custom ids of up to 28 characters, starting with "t-".
            if (clientOrderId->size() > 28) {
                throw Error(ErrorKind::BadRequest,
                            "gate createOrder() clientOrderId or text param must be up to 28 characters");
            }
            r.set("text", clientOrderId->front() == 't' ? *clientOrderId : "t-" + *clientOrderId);
            params.remove("text");
        } else if (textRequired) {
            r.set("text", randomClientOrderId("t-").substr(0, 18));
        }
        return r;
    }

    // A trigger order: what to place ("put") once the price crosses `trigger.price` in the direction `rule` says.
    if (!price) {
        throw Error(ErrorKind::ArgumentsRequired, "gate createOrder() requires a price argument for trigger orders");
    }
    JsonValue put = JsonValue::object();
    put.set("type", type);
    put.set("side", side);
    put.set("price", priceToPrecision(market, *price));
    put.set("amount", amountToPrecision(market, amount));
    put.set("account", accountFor(true, params));
    put.set("time_in_force", timeInForce.value_or("gtc"));
    r.set("put", std::move(put));
    r.set("market", market.id);
    const bool stopLoss = stopLossPrice.has_value();
    // A stop loss fires when the price moves against the position, a take profit when it moves for it.
    const bool above = stopLoss ? side == "buy" : side == "sell";
    JsonValue t = JsonValue::object();
    t.set("price", priceToPrecision(market, stopLoss ? *stopLossPrice : *takeProfitPrice));
    t.set("rule", above ? ">=" : "<=");
    // How long Gate waits for the trigger, in seconds: a day unless the caller says otherwise (ccxt's default).
    // The caller's `expiration` also stays at the top of the body, as ccxt sends it.
    const OptDecimal expiration = rest::decimalParam(params, "expiration");
    t.set("expiration", expiration ? expiration->toInt64() : 86400LL);
    if (clientOrderId) {
        t.set("text", *clientOrderId);
        params.remove("text");
    }
    r.set("trigger", std::move(t));
    return r;
}

} // namespace bourse::ex
