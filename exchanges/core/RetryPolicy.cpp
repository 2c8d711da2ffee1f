// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include <algorithm>
#include <charconv>
#include <random>

namespace bourse::ex {

std::optional<long long> retryAfterMs(const HttpResponse& response)
{
    auto value = response.header("Retry-After");
    if (!value) {
        return std::nullopt;
    }
    std::string_view text = *value;
    while (!text.empty() && text.front() == ' ') {
        text.remove_prefix(1);
    }
    while (!text.empty() && text.back() == ' ') {
        text.remove_suffix(1);
    }
    long long seconds = -1;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (ec != std::errc() || end != text.data() + text.size() || seconds < 0 || seconds > 86400 * 7) {
        return std::nullopt;
    }
    return seconds * 1000;
}

namespace {

double randomJitter()
{
    thread_local std::mt19937_64 generator {std::random_device {}()};
    return std::uniform_real_distribution<double>(0.0, 1.0)(generator);
}

// Failures that another try may cure: no answer at all, the exchange overloaded or briefly down, a rate limit.
bool curable(const HttpResponse& response, const Error& error)
{
    const ErrorKind kind = error.kind();
    const bool transient = kind == ErrorKind::RequestTimeout || kind == ErrorKind::NetworkError
        || kind == ErrorKind::ExchangeNotAvailable || kind == ErrorKind::RateLimitExceeded;
    if (!transient) {
        return false;
    }
    if (response.transportError) {
        return true;
    }
    return response.status == 429 || response.status == 500 || response.status == 502 || response.status == 503
        || response.status == 504;
}

} // namespace

std::optional<int> retryDelayMs(const RetryPolicy& policy, std::string_view method, int attempt,
                                const HttpResponse& response, const Error& error)
{
    if (method != "GET" || attempt >= policy.maxAttempts || !curable(response, error)) {
        return std::nullopt;
    }
    long long backoff =
        std::min<long long>(static_cast<long long>(policy.baseDelayMs) << std::min(attempt - 1, 20), policy.maxDelayMs);
    const double jitter = std::clamp(policy.jitter ? policy.jitter() : randomJitter(), 0.0, 1.0);
    long long delay = backoff + static_cast<long long>(jitter * static_cast<double>(backoff) / 2);
    if (auto asked = retryAfterMs(response)) {
        if (*asked > policy.maxRetryAfterMs) {
            return std::nullopt;
        }
        delay = std::max(delay, *asked);
    }
    return static_cast<int>(delay);
}

} // namespace bourse::ex
