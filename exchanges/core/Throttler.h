// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <deque>
#include <functional>

class QTimer;

namespace bourse::ex {

// A token bucket in ccxt's terms: `rateLimitMs` is the spacing of requests of cost 1, and an endpoint's cost
// (binance's weights) multiplies it. The bucket holds `capacity` tokens so a short burst goes out at once;
// after that requests wait in order. Nothing, retries included, reaches the exchange without passing here.
class Throttler
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;
    using Now = std::function<TimePoint()>;

    explicit Throttler(double rateLimitMs, double capacity = 1.0, Now now = {});
    ~Throttler();
    Throttler(const Throttler&) = delete;
    Throttler& operator=(const Throttler&) = delete;

    // Runs `go` when `cost` tokens are available, in the order of the calls.
    void acquire(double cost, std::function<void()> go);
    // How long a request of `cost` issued now would wait, in milliseconds (for the status bar's rate budget).
    double delayFor(double cost) const;
    size_t queued() const { return m_queue.size(); }
    // Lets waiting requests go if the bucket has refilled (the timer calls it; tests with a fake clock too).
    void tick() { drain(); }
    double tokens() const;
    void setRateLimit(double rateLimitMs) { m_rateLimitMs = rateLimitMs; }
    double rateLimit() const { return m_rateLimitMs; }

private:
    void refill();
    void drain();

    struct Waiting
    {
        double cost;
        std::function<void()> go;
    };
    double m_rateLimitMs;
    double m_capacity;
    double m_tokens;
    Now m_now;
    TimePoint m_last;
    std::deque<Waiting> m_queue;
    QTimer* m_timer = nullptr;
};

} // namespace bourse::ex
