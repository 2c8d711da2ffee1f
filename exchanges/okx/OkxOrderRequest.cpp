// SPDX-License-Identifier: GPL-3.0-or-later
#include "Okx.h"
#include "OkxParams.h"

namespace bourse::ex {

using namespace okx;

namespace {

// The broker tag ccxt sends on every order (OKX's broker programme); kept so that requests compare with ccxt's.
constexpr const char* kBrokerId = "6b9ad766b55dBCDE";

bool triggerPriceTypeValid(const std::string& type)
{
    return type == "last" || type == "index" || type == "mark";
}

// A stopLoss / takeProfit object attached to an order (attachAlgoOrds): its trigger, its limit price or "-1"
// for a market exit, and what the trigger watches. `p` is "sl" or "tp".
JsonValue attachedExit(const Okx& ex, const Market& market, const JsonValue& spec, const std::string& p,
                       const char* what)
{
    const std::string P = p == "sl" ? "stopLoss" : "takeProfit";
    auto trigger = firstText(spec, {"triggerPrice", "stopPrice", p + "TriggerPx"});
    if (!trigger) {
        throw Error(ErrorKind::InvalidOrder,
                    "okx createOrder() requires a trigger price in params[\"" + P + "\"][\"triggerPrice\"] for a "
                        + what + " order");
    }
    JsonValue out = JsonValue::object();
    out.set(p + "TriggerPx", ex.priceToPrecision(market, decimalOf(*trigger, "trigger price")));
    auto limit = firstText(spec, {"price", P + "Price", p + "OrdPx"});
    auto kind = p == "sl" ? firstText(spec, {"type"}) : firstText(spec, {"type", "tpOrdKind"});
    if (kind && *kind != "limit" && *kind != "market") {
        throw Error(ErrorKind::InvalidOrder,
                    "okx createOrder() params[\"" + P + "\"][\"type\"] must be limit or market");
    }
    const bool limitExit = kind ? *kind == "limit" : limit.has_value();
    if (limitExit) {
        if (!limit) {
            throw Error(ErrorKind::InvalidOrder,
                        "okx createOrder() requires a limit price in params[\"" + P + "\"][\"price\"]");
        }
        if (p == "tp") {
            out.set("tpOrdKind", "limit");
        }
        out.set(p + "OrdPx", ex.priceToPrecision(market, decimalOf(*limit, "limit price")));
    } else {
        out.set(p + "OrdPx", "-1");
    }
    const std::string watch = firstText(spec, {"triggerPriceType", p + "TriggerPxType"}).value_or("last");
    if (!triggerPriceTypeValid(watch)) {
        throw Error(ErrorKind::InvalidOrder, "okx createOrder() trigger price type must be last, index or mark");
    }
    out.set(p + "TriggerPxType", watch);
    return out;
}

} // namespace

JsonValue Okx::orderRequest(const Market& market, const std::string& type, const std::string& side,
                            const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    auto takeProfitPrice = firstText(params, {"takeProfitPrice", "tpTriggerPx"});
    auto stopLossPrice = firstText(params, {"stopLossPrice", "slTriggerPx"});
    const bool conditional = stopLossPrice || takeProfitPrice || type == "conditional";
    const auto closeFraction = firstText(params, {"closeFraction"});
    JsonValue r = JsonValue::object();
    r.set("instId", market.id);
    r.set("side", side);
    r.set("ordType", type);
    // Closing a fraction of a position sizes the order itself.
    if (!((conditional || type == "oco") && closeFraction)) {
        r.set("sz", amountToPrecision(market, amount));
    }
    const auto triggerPrice = firstText(params, {"triggerPrice", "stopPrice", "triggerPx"});
    const std::string timeInForce = firstText(params, {"timeInForce"}).value_or("GTC");
    auto priceText = price ? OptString(price->toString()) : std::nullopt;
    const auto tpOrdPx = firstText(params, {"tpOrdPx"}) ? firstText(params, {"tpOrdPx"}) : priceText;
    const auto slOrdPx = firstText(params, {"slOrdPx"}) ? firstText(params, {"slOrdPx"}) : priceText;
    const std::string tpTriggerPxType = firstText(params, {"tpTriggerPxType"}).value_or("last");
    const std::string slTriggerPxType = firstText(params, {"slTriggerPxType"}).value_or("last");
    const auto clientOrderId = firstText(params, {"clOrdId", "clientOrderId"});
    const JsonValue* stopLoss = params.find("stopLoss");
    const JsonValue* takeProfit = params.find("takeProfit");
    const bool hasStopLoss = stopLoss && stopLoss->isObject();
    const bool hasTakeProfit = takeProfit && takeProfit->isObject();
    const JsonValue stopLossSpec = hasStopLoss ? *stopLoss : JsonValue::object();
    const JsonValue takeProfitSpec = hasTakeProfit ? *takeProfit : JsonValue::object();
    const auto trailingPercent = firstText(params, {"trailingPercent", "callbackRatio"});
    const auto trailingPrice = firstText(params, {"trailingPrice", "callbackSpread"});
    const bool trigger = triggerPrice || type == "trigger";

    // Spot is a cash trade unless a margin mode (cross / isolated) is asked for; margin borrows `ccy`.
    auto marginMode = firstText(params, {"marginMode", "tdMode"});
    bool margin = false;
    if (marginMode && *marginMode != "cash") {
        margin = true;
    } else {
        marginMode = "cross";
        margin = isTrue(params, "margin");
    }
    if (margin) {
        const std::string ccy = firstText(params, {"ccy"}).value_or(side == "buy" ? market.quote : market.base);
        r.set("ccy", safeCurrencyCode(ccy));
    }
    r.set("tdMode", margin ? *marginMode : std::string("cash"));

    const bool isMarket = type == "market";
    // Post-only: the postOnly flag, timeInForce PO, or the post_only type; never with IOC/FOK or at market.
    std::string tifUpper = timeInForce;
    for (auto& c : tifUpper) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    bool postOnly = isTrue(params, "postOnly") || tifUpper == "PO" || type == "post_only";
    if (postOnly) {
        if (tifUpper == "IOC" || tifUpper == "FOK") {
            throw Error(ErrorKind::InvalidOrder, "okx postOnly orders cannot have timeInForce equal to " + tifUpper);
        }
        if (isMarket) {
            throw Error(ErrorKind::InvalidOrder, "okx market orders cannot be postOnly");
        }
        params.remove("postOnly");
    }
    removeAll(params,
              {"currency", "ccy", "marginMode", "timeInForce", "stopPrice", "triggerPrice", "clientOrderId",
               "stopLossPrice", "takeProfitPrice", "slOrdPx", "tpOrdPx", "margin", "stopLoss", "takeProfit",
               "trailingPercent"});
    const bool ioc = timeInForce == "IOC" || type == "ioc";
    const bool fok = timeInForce == "FOK" || type == "fok";
    const bool marketIoc = (isMarket && ioc) || type == "optimal_limit_ioc";
    const std::string tgtCcy = firstText(params, {"tgtCcy"}).value_or("base_ccy");
    if (!margin) {
        r.set("tgtCcy", tgtCcy);
    }
    if (isMarket || marketIoc) {
        r.set("ordType", "market");
        if (side == "buy" && tgtCcy == "quote_ccy") {
            // A market buy sized in quote currency: sz is what to spend. With createMarketBuyOrderRequiresPrice
            // the amount is in base and multiplied by price; by default (ccxt's too) the amount is the cost.
            const JsonValue* flag = params.find("createMarketBuyOrderRequiresPrice");
            const bool requiresPrice = flag && flag->isBool() ? *flag->asBool() : false;
            params.remove("createMarketBuyOrderRequiresPrice");
            auto notionalText = firstText(params, {"cost", "sz"});
            removeAll(params, {"cost", "sz"});
            OptDecimal notional = notionalText ? OptDecimal(decimalOf(*notionalText, "cost")) : std::nullopt;
            if (requiresPrice && !notional) {
                if (!price) {
                    throw Error(ErrorKind::InvalidOrder,
                                "okx createOrder() requires the price argument with market buy orders to calculate "
                                "the total cost to spend (amount * price), or the cost in params.cost");
                }
                notional = amount * *price;
            }
            r.set("sz", costToPrecision(market, notional.value_or(amount)));
        }
    } else if (!trigger && !conditional) {
        if (!price) {
            throw Error(ErrorKind::InvalidOrder, "okx createOrder() requires a price for a " + type + " order");
        }
        r.set("px", priceToPrecision(market, *price));
    }
    if (postOnly) {
        r.set("ordType", "post_only");
    } else if (ioc && !marketIoc) {
        r.set("ordType", "ioc");
    } else if (fok) {
        r.set("ordType", "fok");
    }
    if (trailingPercent) {
        // OKX's callbackRatio is a fraction: 1 % is "0.01".
        r.set("callbackRatio", decimalOf(*trailingPercent, "trailingPercent").divided(Decimal(100)).toString());
        r.set("ordType", "move_order_stop");
    } else if (trailingPrice) {
        r.set("callbackSpread", *trailingPrice);
        r.set("ordType", "move_order_stop");
    } else if (hasStopLoss || hasTakeProfit) {
        JsonValue attached = JsonValue::object();
        if (hasStopLoss) {
            mergeParams(attached, attachedExit(*this, market, stopLossSpec, "sl", "stop loss"));
        }
        if (hasTakeProfit) {
            mergeParams(attached, attachedExit(*this, market, takeProfitSpec, "tp", "take profit"));
        }
        JsonValue list = JsonValue::array();
        list.push(std::move(attached));
        r.set("attachAlgoOrds", std::move(list));
    }
    if (trigger) {
        if (!triggerPrice) {
            throw Error(ErrorKind::InvalidOrder, "okx createOrder() requires params.triggerPrice for a trigger order");
        }
        r.set("ordType", "trigger");
        r.set("triggerPx", priceToPrecision(market, decimalOf(*triggerPrice, "triggerPrice")));
        if (isMarket) {
            r.set("orderPx", "-1");
        } else if (price) {
            r.set("orderPx", priceToPrecision(market, *price));
        } else {
            throw Error(ErrorKind::InvalidOrder, "okx createOrder() requires a price for a limit trigger order");
        }
    } else if (conditional) {
        // A stop-loss or take-profit order of its own; both at once is a one-cancels-the-other pair.
        r.set("ordType", takeProfitPrice && stopLossPrice ? "oco" : "conditional");
        if (side == "sell") {
            r.remove("tgtCcy");
        }
        if (r.find("tdMode")->asString() == std::string("cash")) {
            r.set("tdMode", *marginMode);
        }
        if (takeProfitPrice) {
            r.set("tpTriggerPx", priceToPrecision(market, decimalOf(*takeProfitPrice, "takeProfitPrice")));
            r.set("tpOrdPx", tpOrdPx ? priceToPrecision(market, decimalOf(*tpOrdPx, "tpOrdPx")) : "-1");
            r.set("tpTriggerPxType", tpTriggerPxType);
        }
        if (stopLossPrice) {
            r.set("slTriggerPx", priceToPrecision(market, decimalOf(*stopLossPrice, "stopLossPrice")));
            r.set("slOrdPx", slOrdPx ? priceToPrecision(market, decimalOf(*slOrdPx, "slOrdPx")) : "-1");
            r.set("slTriggerPxType", slTriggerPxType);
        }
    }
    if (clientOrderId) {
        r.set("clOrdId", *clientOrderId);
        removeAll(params, {"clOrdId", "clientOrderId"});
    } else {
        // The broker id and 16 random characters: 32 in all, OKX's limit for a client order id.
        r.set("clOrdId", std::string(kBrokerId) + randomClientOrderId("").substr(0, 16));
        r.set("tag", kBrokerId);
    }
    mergeParams(r, params);
    return r;
}

} // namespace bourse::ex
