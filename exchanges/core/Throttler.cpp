// SPDX-License-Identifier: GPL-3.0-or-later
#include "Throttler.h"

#include <QTimer>
#include <algorithm>
#include <cmath>

namespace bourse::ex {

Throttler::Throttler(double rateLimitMs, double capacity, Now now)
    : m_rateLimitMs(std::max(rateLimitMs, 0.0))
    , m_capacity(std::max(capacity, 1.0))
    , m_tokens(std::max(capacity, 1.0))
    , m_now(now ? std::move(now) : Now([] { return std::chrono::steady_clock::now(); }))
    , m_last(m_now())
{
}

Throttler::~Throttler()
{
    delete m_timer;
}

void Throttler::refill()
{
    TimePoint now = m_now();
    double elapsed = std::chrono::duration<double, std::milli>(now - m_last).count();
    m_last = now;
    if (m_rateLimitMs <= 0) {
        m_tokens = m_capacity;
        return;
    }
    m_tokens = std::min(m_capacity, m_tokens + elapsed / m_rateLimitMs);
}

double Throttler::tokens() const
{
    return m_tokens;
}

double Throttler::delayFor(double cost) const
{
    double elapsed = std::chrono::duration<double, std::milli>(m_now() - m_last).count();
    double available = m_rateLimitMs <= 0 ? m_capacity : std::min(m_capacity, m_tokens + elapsed / m_rateLimitMs);
    double queuedCost = 0;
    for (const auto& w : m_queue) {
        queuedCost += w.cost;
    }
    double deficit = queuedCost + cost - available;
    return deficit <= 0 ? 0.0 : deficit * m_rateLimitMs;
}

void Throttler::acquire(double cost, std::function<void()> go)
{
    m_queue.push_back({cost, std::move(go)});
    if (m_queue.size() == 1) {
        drain();
    }
}

void Throttler::drain()
{
    refill();
    while (!m_queue.empty()) {
        // A request costlier than the whole bucket still goes once the bucket is full, leaving a debt.
        double need = std::min(m_queue.front().cost, m_capacity);
        if (m_tokens + 1e-9 < need) {
            double waitMs = (need - m_tokens) * m_rateLimitMs;
            if (!m_timer) {
                m_timer = new QTimer();
                m_timer->setSingleShot(true);
                QObject::connect(m_timer, &QTimer::timeout, [this] { drain(); });
            }
            m_timer->start(static_cast<int>(std::ceil(waitMs)));
            return;
        }
        Waiting next = std::move(m_queue.front());
        m_queue.pop_front();
        m_tokens -= next.cost;
        next.go();
    }
}

} // namespace bourse::ex
