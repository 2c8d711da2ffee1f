// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <vector>

namespace bourse::cli {

// Calls a unified method by name with positional JSON arguments (null = not given), and hands back the unified
// result as JSON: the shapes ccxt returns (tickers and trading fees keyed by symbol, OHLCV as rows).
void callUnifiedMethod(ex::Exchange& exchange, const std::string& method, const std::vector<ex::JsonValue>& args,
                       ex::Callback<ex::JsonValue> done);

bool isUnifiedMethod(const std::string& method);

} // namespace bourse::cli
