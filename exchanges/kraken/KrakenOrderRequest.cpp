// SPDX-License-Identifier: GPL-3.0-or-later
// The AddOrder request for a unified order: order types, flags and the unified options mapped to Kraken's.
#include "Kraken.h"
#include "KrakenParams.h"

namespace bourse::ex {

using namespace kraken;

JsonValue Kraken::orderRequest(const Market& market, const std::string& type, const std::string& side,
                               const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    JsonValue req = JsonValue::object();
    req.set("pair", market.id);
    req.set("type", side);
    req.set("ordertype", type);
    req.set("volume", amountToPrecision(market, amount));
    if (auto clientOrderId = takeTextParam(params, "clientOrderId")) {
        req.set("cl_ord_id", *clientOrderId);
    }
    const auto stopLoss = textParam(params, "stopLossPrice");
    const auto takeProfit = textParam(params, "takeProfitPrice");
    const auto trailingAmount = textParam(params, "trailingAmount");
    const auto trailingPercent = textParam(params, "trailingPercent");
    const auto trailingLimitAmount = textParam(params, "trailingLimitAmount");
    const auto trailingLimitPercent = textParam(params, "trailingLimitPercent");
    const bool trailing = trailingAmount || trailingPercent;
    const bool isLimit = type.size() >= 5 && type.compare(type.size() - 5, 5, "limit") == 0;
    const bool isMarket = type == "market";
    const auto cost = takeTextParam(params, "cost");
    const auto flags = takeTextParam(params, "oflags");
    const bool viqc = flags && flags->find("viqc") != std::string::npos;
    auto pricing = [&](const std::string& text) { return priceToPrecision(market, number(text, "price")); };
    if (isMarket && (cost || viqc)) {
        // viqc: the volume is in quote currency, i.e. "buy for this much" (Kraken allows it on buys only).
        req.set("volume", costToPrecision(market, cost ? number(*cost, "cost") : amount));
        req.set("oflags", flags ? *flags + ",viqc" : std::string("viqc"));
    } else if (isLimit && !trailing && price) {
        req.set("price", priceToPrecision(market, *price));
    }
    const OptBool reduceOnly =
        boolParam(params, "reduceOnly") ? boolParam(params, "reduceOnly") : boolParam(params, "reduce_only");
    if (stopLoss || takeProfit) {
        // Kraken's price is the trigger, price2 the limit.
        req.set("price", pricing(stopLoss ? *stopLoss : *takeProfit));
        req.set("ordertype", std::string(stopLoss ? "stop-loss" : "take-profit") + (isLimit ? "-limit" : ""));
        if (isLimit && price) {
            req.set("price2", priceToPrecision(market, *price));
        }
    } else if (trailing) {
        // Offsets from the market: "+" for the trailing distance (Kraken requires it), `offset` ("-" unless
        // told) for the limit's distance from the trigger; a number or a percentage.
        auto percent = [](const std::string& sign, const std::string& v) {
            return sign + v + (v.back() == '%' ? "" : "%");
        };
        const std::string offset = textParam(params, "offset").value_or("-");
        req.set("trigger", textParam(params, "trigger").value_or("last"));
        const std::string distance = trailingPercent ? percent("+", *trailingPercent) : "+" + *trailingAmount;
        if (isLimit || trailingLimitAmount || trailingLimitPercent) {
            req.set("ordertype", "trailing-stop-limit");
            if (trailingLimitPercent) {
                req.set("price", trailingPercent ? percent("+", *trailingPercent) : JsonValue());
                req.set("price2", percent(offset, *trailingLimitPercent));
            } else if (trailingLimitAmount) {
                req.set("price", trailingAmount ? JsonValue("+" + *trailingAmount) : JsonValue());
                req.set("price2", offset + *trailingLimitAmount);
            }
        } else {
            req.set("ordertype", "trailing-stop");
            req.set("price", distance);
        }
    }
    if (reduceOnly == true) {
        req.set("reduce_only", "true");
    }
    if (const JsonValue* close = params.find("close"); close && close->isObject()) {
        // The conditional close order. ccxt rounds its prices here, but the caller's `close` then overrides
        // this one when the params are merged; the same happens here, so the caller's prices go as given.
        JsonValue rounded = *close;
        for (const char* key : {"price", "price2"}) {
            if (const JsonValue* p = close->find(key); p && p->asDecimal()) {
                rounded.set(key, priceToPrecision(market, *p->asDecimal()));
            }
        }
        req.set("close", rounded);
    }
    if (auto tif =
            textParam(params, "timeInForce") ? textParam(params, "timeInForce") : textParam(params, "timeinforce")) {
        req.set("timeinforce", *tif);
    }
    // postOnly, or timeInForce PO: Kraken's post flag. Never with IOC/FOK, never on a market order.
    const std::string tif = upper(textParam(params, "timeInForce").value_or(""));
    bool postOnly = boolParam(params, "postOnly").value_or(false) || tif == "PO";
    if (postOnly) {
        if (tif == "IOC" || tif == "FOK") {
            throw Error(ErrorKind::InvalidOrder, "kraken postOnly orders cannot have timeInForce equal to " + tif);
        }
        if (isMarket) {
            throw Error(ErrorKind::InvalidOrder, "kraken market orders cannot be postOnly");
        }
        params.remove("postOnly");
        req.set("oflags", flags ? *flags + ",post" : std::string("post"));
    }
    if (flags && !req.contains("oflags")) {
        req.set("oflags", *flags);
    }
    for (const char* unified : {"timeInForce", "reduceOnly", "stopLossPrice", "takeProfitPrice", "trailingAmount",
                                "trailingPercent", "trailingLimitAmount", "trailingLimitPercent", "offset"}) {
        params.remove(unified);
    }
    // Keys set to null above (a trailing limit without its trailing distance) are not sent, as in ccxt.
    JsonValue out = JsonValue::object();
    for (const auto& [k, v] : req.members()) {
        if (!v.isNull()) {
            out.set(k, v);
        }
    }
    return out;
}

} // namespace bourse::ex
