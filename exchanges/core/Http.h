// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Errors.h"

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bourse::ex {

using Headers = std::vector<std::pair<std::string, std::string>>;

// A request as it leaves Bourse: signed, with its final URL. `--dry-run` prints exactly this.
struct HttpRequest
{
    std::string method = "GET";
    std::string url;
    Headers headers;
    std::string body;
    int timeoutMs = 10000;
};

struct HttpResponse
{
    int status = 0;
    Headers headers;
    std::string body;
    // Set when no HTTP answer arrived: timeout, reset, refused, TLS failure. Already a typed error.
    std::optional<Error> transportError;

    std::optional<std::string> header(std::string_view name) const;
};

// How requests reach an exchange. The product uses QnamTransport; tests and the CLI's offline modes substitute
// their own (replay, dry run, fault injection).
class Transport
{
public:
    virtual ~Transport() = default;
    virtual void send(const HttpRequest& request, std::function<void(HttpResponse)> done) = 0;
};

} // namespace bourse::ex
