// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coinbase.h"
#include "coinbaseexchange/CoinbaseCommon.h"

#include <algorithm>
#include <cctype>
#include <random>

namespace bourse::ex {

using coinbasecommon::boolParam;
using coinbasecommon::textParam;

namespace {

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

// A random UUID (version 4) text, as Coinbase's client_order_id expects.
std::string uuid4()
{
    std::random_device device;
    unsigned char b[16];
    for (auto& byte : b) {
        byte = static_cast<unsigned char>(device() & 0xff);
    }
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            out.push_back('-');
        }
        out.push_back(hex[b[i] >> 4]);
        out.push_back(hex[b[i] & 0x0f]);
    }
    return out;
}

Decimal needNumber(const std::string& text, const char* what)
{
    auto d = Decimal::parse(text);
    if (!d) {
        throw Error(ErrorKind::InvalidOrder, std::string("coinbase createOrder() ") + what + " is not a number");
    }
    return *d;
}

} // namespace

JsonValue Coinbase::orderRequest(const Market& m, const std::string& type, const std::string& side,
                                 const Decimal& amount, const OptDecimal& price, JsonValue& params) const
{
    JsonValue req = JsonValue::object();
    // The caller's id when given, else one of ours: Coinbase needs one per order.
    auto clientOrderId = textParam(params, "clientOrderId");
    req.set("client_order_id", clientOrderId ? *clientOrderId : "bourse-" + uuid4());
    req.set("product_id", m.id);
    req.set("side", upper(side));
    if (boolParam(params, "reduceOnly") == true) {
        throw Error(ErrorKind::NotSupported, "coinbase createOrder() reduceOnly is for futures positions");
    }
    OptString trigger;
    for (const char* key : {"stopPrice", "stop_price", "triggerPrice"}) {
        if (!trigger) {
            trigger = textParam(params, key);
        }
    }
    auto stopLoss = textParam(params, "stopLossPrice");
    auto takeProfit = textParam(params, "takeProfitPrice");
    auto timeInForce = textParam(params, "timeInForce");
    const bool postOnly = timeInForce == "PO" || boolParam(params, "postOnly", "post_only") == true;
    auto endTime = textParam(params, "end_time");
    auto stopDirection = textParam(params, "stop_direction");
    const bool buy = side == "buy";
    JsonValue config = JsonValue::object();
    auto limitPrice = [&] {
        if (!price) {
            throw Error(ErrorKind::InvalidOrder, "coinbase createOrder() a limit order needs a price");
        }
        return priceToPrecision(m, *price);
    };
    const bool gtd = timeInForce == "GTD" || endTime;
    if (type == "limit") {
        if (gtd && !endTime) {
            throw Error(ErrorKind::ExchangeError,
                        "coinbase createOrder() requires an end_time parameter for a GTD order");
        }
        JsonValue body = JsonValue::object();
        body.set("base_size", amountToPrecision(m, amount));
        body.set("limit_price", limitPrice());
        if (trigger || stopLoss || takeProfit) {
            // A stop-limit order. Which way the trigger is crossed: a plain trigger buys on the way down (and sells
            // on the way up); a stop loss the other way round; a take profit as a plain trigger.
            std::string stopPrice;
            if (trigger) {
                stopPrice = priceToPrecision(m, needNumber(*trigger, "triggerPrice"));
            } else if (stopLoss) {
                stopPrice = priceToPrecision(m, needNumber(*stopLoss, "stopLossPrice"));
            } else {
                stopPrice = priceToPrecision(m, needNumber(*takeProfit, "takeProfitPrice"));
            }
            const bool down = trigger ? buy : (stopLoss ? !buy : buy);
            body.set("stop_price", stopPrice);
            body.set("stop_direction",
                     stopDirection.value_or(down ? "STOP_DIRECTION_STOP_DOWN" : "STOP_DIRECTION_STOP_UP"));
            if (trigger && gtd) {
                body.set("end_time", *endTime);
                config.set("stop_limit_stop_limit_gtd", body);
            } else {
                config.set("stop_limit_stop_limit_gtc", body);
            }
        } else if (gtd) {
            body.set("end_time", *endTime);
            body.set("post_only", postOnly);
            config.set("limit_limit_gtd", body);
        } else if (timeInForce == "IOC") {
            config.set("sor_limit_ioc", body);
        } else if (timeInForce == "FOK") {
            config.set("limit_limit_fok", body);
        } else {
            body.set("post_only", postOnly);
            config.set("limit_limit_gtc", body);
        }
    } else {
        if (trigger || stopLoss || takeProfit) {
            throw Error(ErrorKind::NotSupported, "coinbase createOrder() only stop limit orders are supported");
        }
        JsonValue body = JsonValue::object();
        if (m.spot && buy) {
            // A market buy spends a quote amount: `cost`, else amount * price, else (with
            // createMarketBuyOrderRequiresPrice false) the amount itself is the cost.
            auto requiresPrice = boolParam(params, "createMarketBuyOrderRequiresPrice").value_or(true);
            auto cost = textParam(params, "cost");
            std::string total;
            if (cost) {
                total = costToPrecision(m, needNumber(*cost, "cost"));
            } else if (requiresPrice) {
                if (!price) {
                    throw Error(ErrorKind::InvalidOrder,
                                "coinbase createOrder() requires a price argument for market buy orders on spot "
                                "markets to calculate the total amount to spend (amount * price), alternatively "
                                "set the createMarketBuyOrderRequiresPrice param to false and pass the cost to "
                                "spend in the amount argument");
                }
                total = costToPrecision(m, amount * *price);
            } else {
                total = costToPrecision(m, amount);
            }
            body.set("quote_size", total);
        } else {
            body.set("base_size", amountToPrecision(m, amount));
        }
        config.set("market_market_ioc", body);
    }
    req.set("order_configuration", config);
    for (const char* key : {"timeInForce", "triggerPrice", "stopLossPrice", "takeProfitPrice", "stopPrice",
                            "stop_price", "stopDirection", "stop_direction", "clientOrderId", "postOnly", "post_only",
                            "end_time", "marginMode", "cost", "createMarketBuyOrderRequiresPrice", "reduceOnly"}) {
        params.remove(key);
    }
    return req;
}

} // namespace bourse::ex
