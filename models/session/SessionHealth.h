// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <optional>

class QTimer;

namespace bourse::models {

class ExchangeSession;
class ExchangeWorker;

// How close a session runs to its exchange's limits, for the status bar: the rate budget its throttle has left
// (sampled in the worker thread, where the throttle lives) and the skew between the exchange's clock and ours
// (from fetchTime, where the exchange has it). Sampled on a timer while the session runs; the clock less often,
// since asking for it is a request of its own.
class SessionHealth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionHealth)

public:
    struct RateBudget
    {
        double used = 0; // tokens spent and not yet refilled
        double capacity = 0;
        int queued = 0; // requests waiting for tokens
        double rateLimitMs = 0;
    };

    SessionHealth(ExchangeSession& session, ExchangeWorker* worker);

    // Starts the timer (the session does, once it runs).
    void start();
    // The sampling period; the clock is asked every `clockEvery` samples (and at the first).
    void setInterval(int milliseconds, int clockEvery);
    // Samples now, whatever the timer.
    void sample();

    const std::optional<RateBudget>& rateBudget() const { return m_budget; }
    // The exchange's clock minus ours, in milliseconds, against the middle of the request's round trip; absent
    // where the exchange has no fetchTime or has not answered yet.
    const std::optional<qint64>& clockSkewMs() const { return m_skewMs; }

signals:
    void changed();

private:
    void sampleBudget();
    void sampleClock();

    ExchangeSession& m_session;
    ExchangeWorker* m_worker;
    QTimer* m_timer;
    int m_clockEvery = 30;
    int m_samples = 0;
    bool m_askingClock = false;
    std::optional<RateBudget> m_budget;
    std::optional<qint64> m_skewMs;
};

} // namespace bourse::models
