// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FeedSubscription.h"
#include "core/MarketFeed.h"
#include "core/OrderBookBuilder.h"

#include <QObject>
#include <functional>
#include <string>

namespace bourse::models {

// One stream of the exchange's MarketFeed, carried to the GUI thread: lives in the session's worker thread beside
// the exchange. A book is rebuilt here from the snapshot and deltas (OrderBookBuilder: a gap asks the feed for a
// new snapshot instead of guessing), and what reaches the GUI is the top of the whole book, at most once per
// turn of the worker's event loop however many frames arrived in it: a burst of deltas costs the GUI one model
// update. Trades go through as they come. This is what makes stream and poll the same thing to the models:
// a book snapshot and a batch of trades, whichever way they arrived.
class StreamRelay final : public QObject
{
public:
    struct Handlers
    {
        std::function<void(const ex::OrderBook&)> book;
        std::function<void(const std::vector<ex::Trade>&)> trades;
        std::function<void(const ex::Error&)> failed;
    };

    // `levels`: how many levels a side the GUI is sent.
    StreamRelay(ex::MarketFeed& feed, ex::MarketFeed::Channel channel, const std::string& symbol, size_t levels,
                Handlers handlers, QObject* parent = nullptr);
    ~StreamRelay() override;

    size_t gaps() const { return m_builder.gaps(); }

private:
    void onBook(const ex::OrderBookUpdate& update);
    void flushBook();

    Handlers m_handlers;
    size_t m_levels;
    ex::FeedSubscription m_subscription;
    ex::OrderBookBuilder m_builder;
    bool m_flushPending = false;
};

} // namespace bourse::models
