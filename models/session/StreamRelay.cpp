// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamRelay.h"

#include <utility>

namespace bourse::models {

StreamRelay::StreamRelay(ex::MarketFeed& feed, ex::MarketFeed::Channel channel, const std::string& symbol,
                         size_t levels, Handlers handlers, QObject* parent)
    : QObject(parent)
    , m_handlers(std::move(handlers))
    , m_levels(levels)
    , m_builder([this] { m_subscription.resync(); })
{
    auto failed = [this](const ex::Error& error) {
        if (m_handlers.failed) {
            m_handlers.failed(error);
        }
    };
    switch (channel) {
    case ex::MarketFeed::Channel::OrderBook:
        m_subscription = feed.subscribeOrderBook(
            symbol, [this](const ex::OrderBookUpdate& update) { onBook(update); }, failed);
        break;
    case ex::MarketFeed::Channel::Trades:
        m_subscription = feed.subscribeTrades(
            symbol,
            [this](const std::vector<ex::Trade>& trades) {
                if (m_handlers.trades) {
                    m_handlers.trades(trades);
                }
            },
            failed);
        break;
    case ex::MarketFeed::Channel::Ticker:
        break;
    }
}

StreamRelay::~StreamRelay()
{
    m_subscription.cancel();
}

void StreamRelay::onBook(const ex::OrderBookUpdate& update)
{
    m_builder.apply(update);
    if (!m_builder.synced() || m_flushPending) {
        return;
    }
    m_flushPending = true;
    // After every frame already queued in this thread: they fold into one update of the GUI's model. Dropped
    // with this relay if the stream stops first.
    QMetaObject::invokeMethod(
        this, [this] { flushBook(); }, Qt::QueuedConnection);
}

void StreamRelay::flushBook()
{
    m_flushPending = false;
    if (m_builder.synced() && m_handlers.book) {
        m_handlers.book(m_builder.book(m_levels));
    }
}

} // namespace bourse::models
