// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Http.h"

#include <functional>
#include <vector>

namespace bourse::ex {

// Answers every request with the same body and status (bourse-cli --respond-with; replay tests). It records what
// was asked, so a test can check the requests too.
class FixedResponseTransport final : public Transport
{
public:
    explicit FixedResponseTransport(std::string body, int status = 200, Headers headers = {});
    void send(const HttpRequest& request, std::function<void(HttpResponse)> done) override;
    const std::vector<HttpRequest>& requests() const { return m_requests; }

private:
    std::string m_body;
    int m_status;
    Headers m_headers;
    std::vector<HttpRequest> m_requests;
};

// Sends nothing: hands the first request to `onRequest` and never answers (bourse-cli --dry-run).
class DryRunTransport final : public Transport
{
public:
    explicit DryRunTransport(std::function<void(const HttpRequest&)> onRequest);
    void send(const HttpRequest& request, std::function<void(HttpResponse)> done) override;

private:
    std::function<void(const HttpRequest&)> m_onRequest;
    bool m_seen = false;
};

// The request as JSON {"method","url","headers","body"} (body null when empty).
std::string requestToJson(const HttpRequest& request);

} // namespace bourse::ex
