// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineTransports.h"

#include "Json.h"

namespace bourse::ex {

FixedResponseTransport::FixedResponseTransport(std::string body, int status, Headers headers)
    : m_body(std::move(body))
    , m_status(status)
    , m_headers(std::move(headers))
{
}

void FixedResponseTransport::send(const HttpRequest& request, std::function<void(HttpResponse)> done)
{
    m_requests.push_back(request);
    HttpResponse response;
    response.status = m_status;
    response.headers = m_headers;
    response.body = m_body;
    done(std::move(response));
}

DryRunTransport::DryRunTransport(std::function<void(const HttpRequest&)> onRequest)
    : m_onRequest(std::move(onRequest))
{
}

void DryRunTransport::send(const HttpRequest& request, std::function<void(HttpResponse)>)
{
    if (!m_seen) {
        m_seen = true;
        m_onRequest(request);
    }
}

std::string requestToJson(const HttpRequest& request)
{
    JsonValue v = JsonValue::object();
    v.set("method", request.method);
    v.set("url", request.url);
    JsonValue headers = JsonValue::object();
    for (const auto& [k, value] : request.headers) {
        headers.set(k, value);
    }
    v.set("headers", std::move(headers));
    v.set("body", request.body.empty() ? JsonValue() : JsonValue(request.body));
    return v.dump();
}

} // namespace bourse::ex
