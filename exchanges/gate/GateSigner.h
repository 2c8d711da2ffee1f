// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Http.h"
#include "core/Json.h"

#include <string>
#include <string_view>

// How Gate authenticates a private call (gate.com/docs/developers/apiv4, "Authentication"): headers KEY, Timestamp
// (seconds) and SIGN = hex(HMAC-SHA512(secret, METHOD \n /api/v4/path \n query \n hex(SHA512(body)) \n timestamp)).
// GET and DELETE parameters go in the query, sorted by key; POST parameters go in a JSON body.
namespace bourse::ex::gate {

// The SIGN header for one request. `signedPath` starts at /api/v4; `query` is the raw (unencoded) query string.
std::string signature(std::string_view method, std::string_view signedPath, std::string_view query,
                      std::string_view body, std::string_view timestamp, std::string_view secret);

// A whole signed private request to `baseUrl` + "/" + `path` (`signedPrefix` is the URL's path, "/api/v4").
HttpRequest signPrivate(const std::string& method, const std::string& baseUrl, const std::string& signedPrefix,
                        const std::string& path, const JsonValue& params, long long seconds, std::string_view apiKey,
                        std::string_view secret);

} // namespace bourse::ex::gate
