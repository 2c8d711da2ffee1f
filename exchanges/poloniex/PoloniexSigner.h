// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <string>
#include <string_view>

// How Poloniex authenticates a private call (api-docs.poloniex.com/spot/api/#authentication): the headers key,
// signatureMethod, signatureVersion, signTimestamp and
//     signature = base64(HMAC-SHA256(secret, METHOD + "\n" + path + "\n" + params))
// where, for a GET, params is the query with signTimestamp added, sorted by key and urlencoded; for a body,
// "requestBody=<json>&signTimestamp=<ms>" (or just "signTimestamp=<ms>" when there is no body).
namespace bourse::ex::poloniex {

// The third line of the signed text for a GET: signTimestamp and the query, sorted by key, urlencoded.
std::string sortedQuery(const JsonValue& query, std::string_view timestamp);
std::string signature(std::string_view method, std::string_view path, std::string_view params, std::string_view secret);

} // namespace bourse::ex::poloniex
