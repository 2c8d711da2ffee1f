// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionHealth.h"

#include "ExchangeSession.h"
#include "ExchangeWorker.h"

#include <QDateTime>
#include <QTimer>
#include <algorithm>

namespace bourse::models {

namespace {

// Every two seconds the budget, every minute the clock: a clock drifts slowly, and each fetchTime spends budget.
constexpr int SampleMs = 2000;
constexpr int ClockEverySamples = 30;

} // namespace

SessionHealth::SessionHealth(ExchangeSession& session, ExchangeWorker* worker)
    : QObject(&session)
    , m_session(session)
    , m_worker(worker)
    , m_timer(new QTimer(this))
    , m_clockEvery(ClockEverySamples)
{
    m_timer->setInterval(SampleMs);
    connect(m_timer, &QTimer::timeout, this, &SessionHealth::sample);
}

void SessionHealth::start()
{
    m_timer->start();
}

void SessionHealth::setInterval(int milliseconds, int clockEvery)
{
    m_timer->setInterval(milliseconds);
    m_clockEvery = std::max(clockEvery, 1);
}

void SessionHealth::sample()
{
    sampleBudget();
    if (m_samples++ % m_clockEvery == 0) {
        sampleClock();
    }
}

// The throttle belongs to the worker thread: it is read there and the figures travel back as a value. The session
// stops that thread before its children (this) go, so the answer never reaches a deleted object.
void SessionHealth::sampleBudget()
{
    ExchangeWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker] {
            ex::Exchange* exchange = worker->exchange();
            if (!exchange) {
                return;
            }
            const ex::Throttler& throttler = exchange->throttler();
            const double capacity = std::max(1.0, exchange->description().rateCapacity); // as the throttle sizes it
            const double rateLimit = throttler.rateLimit();
            // What a request as big as the bucket would wait for is the budget spent (and promised to queued
            // requests) in units of one request, capped at the bucket's size.
            const double used = rateLimit > 0 ? std::min(capacity, throttler.delayFor(capacity) / rateLimit) : 0.0;
            const RateBudget budget {used, capacity, static_cast<int>(throttler.queued()), rateLimit};
            QMetaObject::invokeMethod(
                this,
                [this, budget] {
                    m_budget = budget;
                    emit changed();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SessionHealth::sampleClock()
{
    if (m_askingClock || !m_session.marketsLoaded() || !m_session.supports("fetchTime")) {
        return;
    }
    m_askingClock = true;
    const qint64 sent = QDateTime::currentMSecsSinceEpoch();
    m_session.run<long long>(
        QStringLiteral("time"),
        [](ex::Exchange& e, ex::Callback<long long> done) { e.fetchTime(ex::JsonValue::object(), done); }, this,
        [this, sent](ex::Result<long long> r) {
            m_askingClock = false;
            if (!r.ok()) {
                return;
            }
            const qint64 received = QDateTime::currentMSecsSinceEpoch();
            m_skewMs = r.value() - (sent + received) / 2;
            emit changed();
        });
}

} // namespace bourse::models
