// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderBookBuilder.h"

namespace bourse::ex {

namespace {

template<typename Better>
void diffSide(const std::vector<PriceLevel>& before, const std::vector<PriceLevel>& after, BookSide side, Better better,
              std::vector<BookLevelChange>& out)
{
    size_t i = 0, j = 0;
    while (i < before.size() || j < after.size()) {
        if (j == after.size() || (i < before.size() && better(before[i].price, after[j].price))) {
            out.push_back({side, before[i].price, Decimal()});
            ++i;
        } else if (i == before.size() || better(after[j].price, before[i].price)) {
            out.push_back({side, after[j].price, after[j].amount});
            ++j;
        } else {
            if (before[i].amount != after[j].amount) {
                out.push_back({side, after[j].price, after[j].amount});
            }
            ++i;
            ++j;
        }
    }
}

template<typename Map> void load(Map& side, const std::vector<PriceLevel>& levels)
{
    side.clear();
    for (const auto& l : levels) {
        if (l.amount.sign() > 0) {
            side[l.price] = l.amount;
        }
    }
}

template<typename Map> void set(Map& side, const BookLevelChange& c)
{
    if (c.amount.sign() > 0) {
        side[c.price] = c.amount;
    } else {
        side.erase(c.price);
    }
}

template<typename Map> std::vector<PriceLevel> levels(const Map& side, std::optional<size_t> depth)
{
    std::vector<PriceLevel> out;
    out.reserve(depth ? std::min(*depth, side.size()) : side.size());
    for (const auto& [price, amount] : side) {
        if (depth && out.size() >= *depth) {
            break;
        }
        out.push_back({price, amount});
    }
    return out;
}

} // namespace

OrderBookBuilder::OrderBookBuilder(std::function<void()> requestResync)
    : m_requestResync(std::move(requestResync))
{
}

OrderBookBuilder::Outcome OrderBookBuilder::apply(const OrderBookUpdate& update)
{
    if (update.snapshot) {
        load(m_bids, update.book.bids);
        load(m_asks, update.book.asks);
        m_symbol = update.symbol;
        m_sequence = update.sequence;
        m_timestamp = update.timestamp;
        m_synced = true;
        return Outcome::Snapshot;
    }
    if (!m_synced) {
        return Outcome::AwaitingSnapshot;
    }
    if (update.previousSequence != m_sequence) {
        if (update.sequence <= m_sequence) {
            return Outcome::Stale;
        }
        m_synced = false;
        ++m_gaps;
        if (m_requestResync) {
            m_requestResync();
        }
        return Outcome::Gap;
    }
    for (const auto& c : update.changes) {
        if (c.side == BookSide::Bid) {
            set(m_bids, c);
        } else {
            set(m_asks, c);
        }
    }
    m_sequence = update.sequence;
    m_timestamp = update.timestamp;
    return Outcome::Applied;
}

OrderBook OrderBookBuilder::book(std::optional<size_t> depth) const
{
    OrderBook b;
    b.symbol = m_symbol;
    b.bids = levels(m_bids, depth);
    b.asks = levels(m_asks, depth);
    b.timestamp = m_timestamp;
    b.nonce = static_cast<long long>(m_sequence);
    return b;
}

std::vector<BookLevelChange> OrderBookBuilder::diff(const OrderBook& before, const OrderBook& after)
{
    std::vector<BookLevelChange> out;
    diffSide(
        before.bids, after.bids, BookSide::Bid, [](const Decimal& a, const Decimal& b) { return a > b; }, out);
    diffSide(
        before.asks, after.asks, BookSide::Ask, [](const Decimal& a, const Decimal& b) { return a < b; }, out);
    return out;
}

} // namespace bourse::ex
