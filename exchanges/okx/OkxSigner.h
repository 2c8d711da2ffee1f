// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Http.h"
#include "core/Json.h"

#include <string>
#include <string_view>

// How OKX authenticates a private call (okx.com/docs-v5, "REST Authentication"):
//     OK-ACCESS-SIGN = base64(HMAC-SHA256(secret, timestamp + method + requestPath + body))
// where timestamp is ISO 8601 with milliseconds in UTC, requestPath is "/api/v5/..." with its query string for a
// GET, and body is the JSON text of a POST. Pure functions, so that tests check them against a known vector.
namespace bourse::ex::okx {

std::string signature(std::string_view timestamp, std::string_view method, std::string_view requestPath,
                      std::string_view body, std::string_view secret);

struct PrivateCall
{
    std::string method; // GET or POST
    std::string url; // without the query
    std::string requestPath; // "/api/v5/trade/order", what is signed
    JsonValue params; // an object, or an array for the batch calls
};

// A whole signed request: the query (GET) or JSON body (POST), OK-ACCESS-KEY/SIGN/TIMESTAMP/PASSPHRASE headers,
// and Content-Type on a POST. `timestampMs` is the clock's time.
HttpRequest signPrivate(const PrivateCall& call, long long timestampMs, std::string_view apiKey,
                        std::string_view secret, std::string_view passphrase);

// Parameters as a query string: values percent-encoded, in the order given.
std::string queryString(const JsonValue& params);

} // namespace bourse::ex::okx
