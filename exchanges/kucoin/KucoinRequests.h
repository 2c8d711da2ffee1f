// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <string_view>

// What Kucoin.cpp and KucoinOrders.cpp share: endpoints with their weights, and reading the caller's `params` the
// way ccxt's safe* helpers read them.
namespace bourse::ex::kucoin {

// One REST endpoint. `path` starts with its version ("v1/orders"); "{}" stands for the id it is called with.
// `cost` is its weight in KuCoin's rate-limit pool (kucoin.com/docs-new/rate-limit, as ccxt lists them).
struct Endpoint
{
    const char* api;
    const char* method;
    const char* path;
    double cost;
};

// The request's own parameters first, then the caller's, which win (ccxt's extend (request, params)). `id` fills
// the path's "{}".
RequestSpec spec(const Endpoint& e, JsonValue request, const JsonValue& params, const std::string& id = {});

// A parameter as text ("" and null count as absent, booleans are not text).
OptString textParam(const JsonValue& params, std::string_view key);
OptString takeTextParam(JsonValue& params, std::string_view key);
// The first of two keys that is set, as text; both are taken out.
OptString takeText2(JsonValue& params, std::string_view a, std::string_view b);
// ccxt's safeBool: only a JSON boolean counts.
OptBool boolParam(const JsonValue& params, std::string_view key);
// The first of two keys that holds a boolean, else `fallback` (ccxt's safeBool2).
bool bool2(const JsonValue& params, std::string_view a, std::string_view b, bool fallback);
// ccxt's handleOptionAndParams for a boolean option: the parameter or its "default" twin, taken out.
OptBool takeBoolOption(JsonValue& params, std::string_view key);
// marginMode / defaultMarginMode, taken out.
OptString takeMarginMode(JsonValue& params);
// KuCoin's tradeType for a margin mode (cross -> MARGIN_TRADE, isolated -> MARGIN_ISOLATED_TRADE).
std::string marginTradeType(const std::string& marginMode);
// Refuses `uta: true`: the unified trading account has its own API, which this adapter does not speak.
void refuseUnified(JsonValue& params, const char* method);

} // namespace bourse::ex::kucoin
