// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Errors.h"
#include "Http.h"

#include <functional>
#include <optional>
#include <string_view>

namespace bourse::ex {

// When and how often a request is tried again. Only idempotent reads (GET) are: an order or a cancel sent twice
// may be executed twice, so a POST or DELETE reports its first failure and order safety takes over from there.
// A retry waits, then queues at the throttle like any request, so it never exceeds the exchange's rate limit.
struct RetryPolicy
{
    int maxAttempts = 3;
    // The wait after the first failure; it doubles with each further one, up to maxDelayMs, and a jitter of up
    // to half of it is added so that many clients failing together do not come back together.
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    // A Retry-After longer than this is reported to the user rather than waited out behind their back.
    int maxRetryAfterMs = 10000;
    // In [0, 1); random unless a test fixes it.
    std::function<double()> jitter;
    // Runs `then` after `ms` milliseconds; a QTimer in the calling thread unless a test substitutes its own.
    std::function<void(int ms, std::function<void()> then)> wait;

    // One attempt, no retry.
    static RetryPolicy once()
    {
        RetryPolicy p;
        p.maxAttempts = 1;
        return p;
    }
};

// The Retry-After header in milliseconds (delta-seconds; an HTTP date is not honoured), when present and valid.
std::optional<long long> retryAfterMs(const HttpResponse& response);

// The wait before trying again a request that failed with `error` on attempt `attempt` (1-based), or nothing
// when it must not be tried again: not a GET, attempts used up, or a failure that waiting does not cure (the
// exchange said no, DDoS protection or an IP ban, maintenance, a Retry-After beyond maxRetryAfterMs).
std::optional<int> retryDelayMs(const RetryPolicy& policy, std::string_view method, int attempt,
                                const HttpResponse& response, const Error& error);

} // namespace bourse::ex
