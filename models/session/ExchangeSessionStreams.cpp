// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming side of a session: where the exchange pushes books and trades (its MarketFeed), a feed streams
// through a StreamRelay in the worker thread instead of polling, and falls back to polling when the stream fails.
#include "ExchangeSession.h"
#include "models/OrderBookModel.h"
#include "models/TradesModel.h"

#include <QTimer>

namespace bourse::models {

namespace {

// A stream that failed is tried again after this long; polling serves meanwhile.
constexpr int StreamRetryMs = 60'000;
// Levels a side sent to the book model, as many as a polled book asks for.
constexpr size_t StreamBookLevels = 100;

} // namespace

ExchangeSession::FeedMode ExchangeSession::feedMode(Channel channel, const QString& symbol) const
{
    const auto it = m_feeds.find(keyOf(channel, symbol, {}));
    return it != m_feeds.end() && it->second.streaming ? FeedMode::Stream : FeedMode::Poll;
}

ExchangeSession::FeedCounts ExchangeSession::feedCounts() const
{
    FeedCounts counts;
    for (const auto& [key, f] : m_feeds) {
        if (f.subscribers <= 0) {
            continue;
        }
        (f.streaming ? counts.streaming : counts.polling) += 1;
    }
    return counts;
}

void ExchangeSession::updateStream(const QString& key)
{
    Feed* f = feed(key);
    if (!f || (f->channel != Channel::OrderBook && f->channel != Channel::Trades)) {
        return;
    }
    // Like a polled book, a stream runs only while one of its panels is visible.
    const bool wanted = m_marketsLoaded && f->subscribers > 0 && f->active > 0 && !f->streamRefused;
    if (wanted == f->streamWanted) {
        return;
    }
    f->streamWanted = wanted;
    ExchangeWorker* worker = m_worker;
    if (!wanted) {
        const bool wasStreaming = f->streaming;
        f->streaming = false;
        QMetaObject::invokeMethod(
            worker, [worker, key] { worker->stopStream(key); }, Qt::QueuedConnection);
        if (wasStreaming) {
            reschedule(*f);
            // Later, not now: this runs while a panel drops its subscriptions, possibly inside the window's own
            // destruction, when a listener is half gone.
            QMetaObject::invokeMethod(
                this, [this] { emit feedModeChanged(); }, Qt::QueuedConnection);
        }
        return;
    }
    const auto channel =
        f->channel == Channel::OrderBook ? ex::MarketFeed::Channel::OrderBook : ex::MarketFeed::Channel::Trades;
    const QString symbol = f->symbol;
    // The handlers run in the worker thread and hand their values to this one.
    StreamRelay::Handlers handlers;
    handlers.book = [this, symbol](const ex::OrderBook& book) {
        QMetaObject::invokeMethod(
            this, [this, symbol, book] { orderBook(symbol)->applySnapshot(book); }, Qt::QueuedConnection);
    };
    handlers.trades = [this, symbol](const std::vector<ex::Trade>& batch) {
        QMetaObject::invokeMethod(
            this, [this, symbol, batch] { trades(symbol)->applyTrades(batch); }, Qt::QueuedConnection);
    };
    handlers.failed = [this, key](const ex::Error& error) {
        QMetaObject::invokeMethod(
            this, [this, key, message = QString::fromStdString(error.message())] { onStreamFailed(key, message); },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        worker,
        [this, worker, key, channel, symbol = symbol.toStdString(), handlers] {
            const bool started = worker->startStream(key, channel, symbol, StreamBookLevels, handlers);
            QMetaObject::invokeMethod(
                this, [this, key, started] { onStreamStarted(key, started); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ExchangeSession::onStreamStarted(const QString& key, bool started)
{
    Feed* f = feed(key);
    if (!f || !f->streamWanted) {
        return;
    }
    if (!started) {
        f->streamWanted = false;
        f->streamRefused = true; // the exchange has no push channel: it polls for good
        return;
    }
    f->streaming = true;
    reschedule(*f);
    emit feedModeChanged();
}

void ExchangeSession::onStreamFailed(const QString& key, const QString& message)
{
    Feed* f = feed(key);
    if (!f || !f->streamWanted) {
        return;
    }
    const bool wasStreaming = f->streaming;
    f->streamWanted = false;
    f->streaming = false;
    f->streamRefused = true;
    ExchangeWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, key] { worker->stopStream(key); }, Qt::QueuedConnection);
    emit requestFailed(tr("%1 stream").arg(channelName(f->channel)), message);
    reschedule(*f);
    if (scheduledInterval(*f) > 0) {
        poll(key);
    }
    if (wasStreaming) {
        emit feedModeChanged();
    }
    QTimer::singleShot(StreamRetryMs, this, [this, key] {
        if (Feed* again = feed(key)) {
            again->streamRefused = false;
            updateStream(key);
        }
    });
}

} // namespace bourse::models
