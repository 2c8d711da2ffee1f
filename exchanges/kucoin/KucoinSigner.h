// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Http.h"
#include "core/Json.h"

#include <string>
#include <string_view>

// How KuCoin authenticates a private call (kucoin.com/docs-new/authentication), API key version 2:
//     KC-API-SIGN       = base64(HMAC-SHA256(secret, timestamp + METHOD + endpoint + body))
//     KC-API-PASSPHRASE = base64(HMAC-SHA256(secret, passphrase))
// where `endpoint` is the path with its query ("/api/v1/orders?symbol=BTC-USDT") and `body` the JSON text of a
// POST (empty otherwise). Pure functions, so that tests check them against known values.
namespace bourse::ex::kucoin {

// key=value&... in order, values as they are (not percent-encoded): the text KuCoin signs and ccxt sends.
std::string rawQuery(const JsonValue& params);

std::string signature(std::string_view timestamp, std::string_view method, std::string_view endpoint,
                      std::string_view body, std::string_view secret);
std::string signedPassphrase(std::string_view passphrase, std::string_view secret);

// The KC-API-* headers of a private call (and Content-Type when it has a body).
void addAuthHeaders(HttpRequest& request, std::string_view endpoint, std::string_view timestamp,
                    std::string_view apiKey, std::string_view secret, std::string_view passphrase);

} // namespace bourse::ex::kucoin
