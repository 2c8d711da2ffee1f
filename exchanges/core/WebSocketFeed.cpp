// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebSocketFeed.h"

#include "Exchange.h"
#include "TransportPolicy.h"

#include <QDateTime>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <algorithm>
#include <deque>
#include <optional>

namespace bourse::ex {

namespace {

long long nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The transport policy's rule for websockets: wss anywhere, plain ws only to this machine (the tests' exchanges).
bool allowedUrl(const QUrl& url)
{
    if (url.scheme() == QLatin1String("wss")) {
        return true;
    }
    return url.scheme() == QLatin1String("ws") && isLoopbackHost(url.host().toStdString());
}

// The error a refused address reports, or nothing when it may be opened.
std::optional<Error> refusal(const QUrl& url)
{
    if (allowedUrl(url)) {
        return std::nullopt;
    }
    return Error(ErrorKind::ExchangeNotAvailable,
                 "refusing an unencrypted stream to a host other than this machine: " + url.toString().toStdString());
}

// The feed's own copy of one book, with the exchange's depth applied.
class LocalBook
{
public:
    void reset(const OrderBook& book)
    {
        m_bids.clear();
        m_asks.clear();
        for (const auto& level : book.bids) {
            m_bids[level.price] = level.amount;
        }
        for (const auto& level : book.asks) {
            m_asks[level.price] = level.amount;
        }
    }
    void apply(const std::vector<BookLevelChange>& changes)
    {
        for (const auto& change : changes) {
            if (change.side == BookSide::Bid) {
                set(m_bids, change);
            } else {
                set(m_asks, change);
            }
        }
    }
    // Removes levels beyond `depth` a side and says which, so subscribers remove them too.
    std::vector<BookLevelChange> truncate(size_t depth)
    {
        std::vector<BookLevelChange> removed;
        if (depth == 0) {
            return removed;
        }
        trim(m_bids, depth, BookSide::Bid, removed);
        trim(m_asks, depth, BookSide::Ask, removed);
        return removed;
    }
    OrderBook book(const std::string& symbol, size_t depth) const
    {
        OrderBook out;
        out.symbol = symbol;
        copy(m_bids, depth, out.bids);
        copy(m_asks, depth, out.asks);
        return out;
    }

private:
    template<typename Map> static void set(Map& side, const BookLevelChange& change)
    {
        if (change.amount.isZero()) {
            side.erase(change.price);
        } else {
            side[change.price] = change.amount;
        }
    }
    template<typename Map>
    static void trim(Map& side, size_t depth, BookSide which, std::vector<BookLevelChange>& removed)
    {
        while (side.size() > depth) {
            auto last = std::prev(side.end());
            removed.push_back({which, last->first, Decimal()});
            side.erase(last);
        }
    }
    template<typename Map> static void copy(const Map& side, size_t depth, std::vector<PriceLevel>& out)
    {
        for (const auto& [price, amount] : side) {
            if (depth != 0 && out.size() == depth) {
                break;
            }
            out.push_back({price, amount});
        }
    }

    std::map<Decimal, Decimal, std::greater<>> m_bids;
    std::map<Decimal, Decimal> m_asks;
};

} // namespace

struct WebSocketFeed::Connection
{
    std::string url;
    std::unique_ptr<QWebSocket> socket;
    std::unique_ptr<QTimer> heartbeat;
    std::unique_ptr<QTimer> retry;
    std::set<StreamKey> streams;
    bool open = false;
    bool lost = false; // a drop is being handled: one reconnect per drop, whichever signal came first
    int attempts = 0;
    long long lastFrameMs = 0;
    uint64_t nextRequestId = 1;
};

struct WebSocketFeed::BookState
{
    std::string symbol;
    LocalBook book;
    bool live = false; // the book is whole: a snapshot and every delta since
    uint64_t lastUpdateId = 0; // the exchange's id of the last delta applied (numbered protocols)
    uint64_t published = 0; // the sequence of the last message sent to subscribers
    std::deque<StreamBookMessage> buffered; // deltas that arrived before their REST snapshot
    bool restPending = false;
    uint64_t generation = 0; // which REST request is the current one
    std::unique_ptr<QTimer> retry;
};

WebSocketFeed::WebSocketFeed(Exchange& exchange, std::unique_ptr<StreamProtocol> protocol)
    : m_exchange(exchange)
    , m_protocol(std::move(protocol))
    , m_jitter(std::random_device {}())
{
}

WebSocketFeed::~WebSocketFeed()
{
    for (auto& [url, c] : m_connections) {
        c->socket->disconnect();
        c->socket->abort();
    }
}

void WebSocketFeed::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = std::max(1, firstMs);
    m_maxDelayMs = std::max(m_firstDelayMs, maxMs);
}

bool WebSocketFeed::connected() const
{
    return !m_connections.empty() && std::all_of(m_connections.begin(), m_connections.end(), [](const auto& entry) {
        return entry.second->open;
    });
}

// ---- streams ----

void WebSocketFeed::streamStarted(Channel channel, const std::string& symbol)
{
    if (channel == Channel::OrderBook) {
        auto state = std::make_unique<BookState>();
        state->symbol = symbol;
        m_books[symbol] = std::move(state);
    } else {
        m_wanted.insert({channel, symbol});
    }
    // Subscribing needs the market's id; the markets are normally loaded already, and otherwise load first.
    m_exchange.loadMarkets([this, channel, symbol](Result<std::monostate> loaded) {
        if (!isStreamWanted(channel, symbol)) {
            return;
        }
        if (!loaded.ok()) {
            publishError(channel, symbol, loaded.error());
            return;
        }
        open(channel, symbol);
    });
}

bool WebSocketFeed::isStreamWanted(Channel channel, const std::string& symbol) const
{
    return channel == Channel::OrderBook ? m_books.count(symbol) > 0 : m_wanted.count({channel, symbol}) > 0;
}

void WebSocketFeed::open(Channel channel, const std::string& symbol)
{
    const Market* market = m_exchange.findMarket(symbol);
    if (!market) {
        publishError(channel, symbol,
                     Error(ErrorKind::BadSymbol, m_exchange.id() + " does not have market symbol " + symbol));
        return;
    }
    if (auto unsupported = m_protocol->unsupported(channel)) {
        publishError(channel, symbol, *unsupported);
        return;
    }
    const std::string url = urlOf(channel, *market);
    if (auto refused = refusal(QUrl(QString::fromStdString(url)))) {
        publishError(channel, symbol, *refused);
        return;
    }
    const bool created = m_connections.count(url) == 0;
    Connection& c = connectionFor(url);
    c.streams.insert({channel, symbol});
    m_streamUrl[{channel, symbol}] = url;
    if (created) {
        connect(c); // its streams subscribe once it is open
    } else if (c.open) {
        send(c, m_protocol->subscribe(channel, *market, c.nextRequestId++));
        if (channel == Channel::OrderBook && m_protocol->bookSnapshotFromRest()) {
            fetchRestSnapshot(*m_books[symbol]);
        }
    }
}

void WebSocketFeed::streamStopped(Channel channel, const std::string& symbol)
{
    if (auto book = m_books.find(symbol); channel == Channel::OrderBook && book != m_books.end()) {
        // Kept until the next frame: this may run inside a subscriber's handler, called from the book's own code.
        m_retiredBooks.push_back(std::move(book->second));
        m_books.erase(book);
    }
    m_wanted.erase({channel, symbol});
    auto it = m_streamUrl.find({channel, symbol});
    if (it == m_streamUrl.end()) {
        return;
    }
    const std::string url = it->second;
    m_streamUrl.erase(it);
    auto c = m_connections.find(url);
    if (c == m_connections.end()) {
        return;
    }
    c->second->streams.erase({channel, symbol});
    const Market* market = m_exchange.findMarket(symbol);
    if (c->second->open && market) {
        send(*c->second, m_protocol->unsubscribe(channel, *market, c->second->nextRequestId++));
    }
    closeIfIdle(url);
}

void WebSocketFeed::snapshotWanted(const std::string& symbol)
{
    auto it = m_books.find(symbol);
    if (it != m_books.end() && it->second->live) {
        publishBookSnapshot(*it->second);
    }
}

std::string WebSocketFeed::urlOf(Channel channel, const Market& market) const
{
    return withOrigin(m_protocol->url(channel, market));
}

std::string WebSocketFeed::withOrigin(const std::string& url) const
{
    if (m_originOverride.empty()) {
        return url;
    }
    const QUrl original(QString::fromStdString(url));
    QUrl replaced(QString::fromStdString(m_originOverride));
    replaced.setPath(original.path());
    replaced.setQuery(original.query());
    return replaced.toString().toStdString();
}

// ---- connections ----

WebSocketFeed::Connection& WebSocketFeed::connectionFor(const std::string& url)
{
    auto& slot = m_connections[url];
    if (slot) {
        return *slot;
    }
    slot = std::make_unique<Connection>();
    Connection* c = slot.get();
    c->url = url;
    c->socket = std::make_unique<QWebSocket>();
    c->heartbeat = std::make_unique<QTimer>();
    c->retry = std::make_unique<QTimer>();
    c->retry->setSingleShot(true);
    QWebSocket* socket = c->socket.get();
    QObject::connect(socket, &QWebSocket::connected, socket, [this, c] { onConnected(*c); });
    QObject::connect(socket, &QWebSocket::disconnected, socket, [this, c] { onLost(*c, "the connection closed"); });
    QObject::connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), socket,
                     [this, c, socket] { onLost(*c, socket->errorString().toStdString()); });
    QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                     [this, c](const QString& text) { onFrame(*c, text.toStdString()); });
    QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
                     [this, c](const QByteArray& bytes) { onFrame(*c, bytes.toStdString()); });
    QObject::connect(socket, &QWebSocket::pong, socket, [c] { c->lastFrameMs = nowMs(); });
    QObject::connect(c->heartbeat.get(), &QTimer::timeout, c->heartbeat.get(), [this, c] { onHeartbeat(*c); });
    QObject::connect(c->retry.get(), &QTimer::timeout, c->retry.get(), [this, c] {
        ++m_stats.reconnects;
        connect(*c);
    });
    return *c;
}

void WebSocketFeed::connect(Connection& c)
{
    c.lost = false;
    c.open = false;
    const std::string url = c.url;
    m_protocol->resolveUrl(m_exchange, url, [this, url](Result<std::string> resolved) {
        auto it = m_connections.find(url);
        if (it == m_connections.end()) {
            return; // closed meanwhile
        }
        Connection& connection = *it->second;
        if (!resolved.ok()) {
            for (const auto& [channel, symbol] : connection.streams) {
                publishError(channel, symbol, resolved.error());
            }
            connection.lost = false;
            onLost(connection, resolved.error().message());
            return;
        }
        const QUrl address(QString::fromStdString(withOrigin(resolved.value())));
        if (auto refused = refusal(address)) {
            for (const auto& [channel, symbol] : connection.streams) {
                publishError(channel, symbol, *refused);
            }
            return;
        }
        connection.socket->open(address);
    });
}

void WebSocketFeed::onConnected(Connection& c)
{
    ++m_stats.connects;
    c.open = true;
    c.lost = false;
    c.lastFrameMs = nowMs();
    c.heartbeat->start(m_heartbeatOverrideMs > 0 ? m_heartbeatOverrideMs
                                                 : std::max(100, m_protocol->heartbeatIntervalMs()));
    send(c, m_protocol->greeting());
    // Every stream of the connection again: a new connection knows nothing of the old one's subscriptions.
    const std::set<StreamKey> streams = c.streams;
    for (const auto& [channel, symbol] : streams) {
        if (const Market* market = m_exchange.findMarket(symbol)) {
            send(c, m_protocol->subscribe(channel, *market, c.nextRequestId++));
            if (channel == Channel::OrderBook && m_protocol->bookSnapshotFromRest() && m_books.count(symbol)) {
                fetchRestSnapshot(*m_books[symbol]);
            }
        }
    }
}

void WebSocketFeed::onLost(Connection& c, const std::string& why)
{
    if (c.lost) {
        return;
    }
    c.lost = true;
    c.open = false;
    c.heartbeat->stop();
    // Whatever the books held is now of unknown age: subscribers wait for the snapshot after the reconnect.
    for (const auto& [channel, symbol] : c.streams) {
        if (channel == Channel::OrderBook && m_books.count(symbol)) {
            BookState& state = *m_books[symbol];
            if (state.live) {
                ++m_stats.bookResyncs;
            }
            state.live = false;
            state.buffered.clear();
            ++state.generation;
            state.restPending = false;
            invalidateBooks(symbol);
        }
    }
    if (c.streams.empty()) {
        return;
    }
    const int exponent = std::min(c.attempts, 16);
    const double base = std::min<double>(m_maxDelayMs, double(m_firstDelayMs) * double(1 << exponent));
    std::uniform_real_distribution<double> vary(0.8, 1.2);
    ++c.attempts;
    (void)why;
    c.retry->start(int(base * vary(m_jitter)));
}

void WebSocketFeed::onHeartbeat(Connection& c)
{
    if (!c.open) {
        return;
    }
    if (nowMs() - c.lastFrameMs > m_protocol->silenceTimeoutMs()) {
        // Silent too long: the connection is dead even if TCP has not noticed.
        c.socket->abort();
        onLost(c, "the exchange went silent");
        return;
    }
    const std::string beat = m_protocol->heartbeat();
    if (beat.empty()) {
        c.socket->ping();
    } else {
        send(c, {beat});
    }
}

void WebSocketFeed::send(Connection& c, const std::vector<std::string>& frames)
{
    for (const auto& frame : frames) {
        c.socket->sendTextMessage(QString::fromStdString(frame));
    }
}

void WebSocketFeed::closeIfIdle(const std::string& url)
{
    auto it = m_connections.find(url);
    if (it == m_connections.end() || !it->second->streams.empty()) {
        return;
    }
    // Destroyed later (at the next frame, or with the feed): this may run inside one of the socket's own signals.
    std::unique_ptr<Connection> c = std::move(it->second);
    m_connections.erase(it);
    c->socket->disconnect();
    c->heartbeat->stop();
    c->retry->stop();
    c->socket->close();
    m_retiredConnections.push_back(std::move(c));
}

void WebSocketFeed::onFrame(Connection& c, const std::string& frame)
{
    ++m_stats.frames;
    m_retiredBooks.clear();
    m_retiredConnections.clear(); // their signals are cut: `c` is never one of them
    c.lastFrameMs = nowMs();
    c.attempts = 0;
    StreamEvents events;
    try {
        m_protocol->parse(frame, m_exchange, events);
    } catch (const Error&) {
        ++m_stats.badFrames;
        return;
    }
    send(c, events.replies);
    for (auto& message : events.books) {
        onBook(message);
    }
    for (const auto& [symbol, trades] : events.trades) {
        if (!trades.empty()) {
            publishTrades(symbol, trades);
        }
    }
    for (const auto& ticker : events.tickers) {
        publishTicker(ticker);
    }
    for (const auto& failure : events.errors) {
        if (failure.symbol.empty()) {
            for (const auto& [channel, symbol] : c.streams) {
                publishError(channel, symbol, failure.error);
            }
        } else {
            publishError(failure.channel, failure.symbol, failure.error);
        }
    }
    if (m_frameObserver) {
        m_frameObserver();
    }
}

// ---- order books ----

void WebSocketFeed::onBook(StreamBookMessage& message)
{
    auto it = m_books.find(message.update.symbol);
    if (it == m_books.end()) {
        return; // a stream already stopped
    }
    BookState& state = *it->second;
    const Market* market = m_exchange.findMarket(state.symbol);
    if (message.update.snapshot) {
        state.book.reset(message.update.book);
        state.book.truncate(m_protocol->bookDepth());
        state.lastUpdateId = message.lastUpdateId;
        state.live = true;
        if (message.checksum && market
            && m_protocol->bookChecksum(state.book.book(state.symbol, m_protocol->checksumLevels()), *market)
                != message.checksum) {
            ++m_stats.checksumFailures;
            resync(state);
            return;
        }
        invalidateBooks(state.symbol);
        publishBookSnapshot(state);
        return;
    }
    if (!state.live) {
        if (m_protocol->bookSnapshotFromRest()) {
            state.buffered.push_back(std::move(message));
        }
        return; // a stream snapshot is on its way
    }
    if (m_protocol->bookSnapshotFromRest()) {
        if (message.lastUpdateId <= state.lastUpdateId) {
            return; // already in the snapshot
        }
        if (message.firstUpdateId > state.lastUpdateId + 1) {
            resync(state, &message); // a delta is missing: this one is kept for after the new snapshot
            return;
        }
    }
    if (message.previousUpdateId != 0 && message.previousUpdateId != state.lastUpdateId) {
        resync(state); // the delta names a predecessor the feed never saw
        return;
    }
    applyDelta(state, message, market);
}

bool WebSocketFeed::isCurrent(const BookState& state) const
{
    auto it = m_books.find(state.symbol);
    return it != m_books.end() && it->second.get() == &state;
}

void WebSocketFeed::applyDelta(BookState& state, StreamBookMessage& message, const Market* market)
{
    OrderBookUpdate& delta = message.update;
    state.book.apply(delta.changes);
    for (auto& removed : state.book.truncate(m_protocol->bookDepth())) {
        delta.changes.push_back(removed);
    }
    // Checked before anyone sees it: a book that fails its checksum never reaches a subscriber.
    if (message.checksum && market
        && m_protocol->bookChecksum(state.book.book(state.symbol, m_protocol->checksumLevels()), *market)
            != message.checksum) {
        ++m_stats.checksumFailures;
        resync(state);
        return;
    }
    state.lastUpdateId = message.lastUpdateId;
    delta.previousSequence = state.published;
    delta.sequence = ++state.published;
    publishDelta(delta);
}

void WebSocketFeed::publishBookSnapshot(BookState& state)
{
    OrderBookUpdate snapshot;
    snapshot.symbol = state.symbol;
    snapshot.snapshot = true;
    snapshot.sequence = ++state.published;
    snapshot.timestamp = nowMs();
    snapshot.book = state.book.book(state.symbol, 0);
    deliverSnapshot(snapshot);
}

void WebSocketFeed::resync(BookState& state, StreamBookMessage* keep)
{
    ++m_stats.bookResyncs;
    state.live = false;
    state.buffered.clear();
    if (keep) {
        state.buffered.push_back(std::move(*keep));
    }
    invalidateBooks(state.symbol);
    if (m_protocol->bookSnapshotFromRest()) {
        fetchRestSnapshot(state);
        return;
    }
    // The stream's own snapshot comes with a new subscription.
    auto url = m_streamUrl.find({Channel::OrderBook, state.symbol});
    const Market* market = m_exchange.findMarket(state.symbol);
    if (url == m_streamUrl.end() || !market) {
        return;
    }
    auto c = m_connections.find(url->second);
    if (c != m_connections.end() && c->second->open) {
        send(*c->second, m_protocol->unsubscribe(Channel::OrderBook, *market, c->second->nextRequestId++));
        send(*c->second, m_protocol->subscribe(Channel::OrderBook, *market, c->second->nextRequestId++));
    }
}

void WebSocketFeed::fetchRestSnapshot(BookState& state)
{
    if (state.restPending) {
        return;
    }
    state.restPending = true;
    const uint64_t generation = ++state.generation;
    const std::string symbol = state.symbol;
    ++m_stats.restSnapshots;
    m_exchange.fetchOrderBook(symbol, m_protocol->restSnapshotDepth(), JsonValue::object(),
                              [this, symbol, generation](Result<OrderBook> result) {
                                  auto it = m_books.find(symbol);
                                  if (it == m_books.end() || it->second->generation != generation) {
                                      return; // the stream stopped, or a newer request replaced this one
                                  }
                                  BookState& s = *it->second;
                                  s.restPending = false;
                                  if (!result.ok()) {
                                      publishError(Channel::OrderBook, symbol, result.error());
                                      if (!s.retry) {
                                          s.retry = std::make_unique<QTimer>();
                                          s.retry->setSingleShot(true);
                                          QObject::connect(s.retry.get(), &QTimer::timeout, s.retry.get(),
                                                           [this, symbol] {
                                                               if (m_books.count(symbol)) {
                                                                   fetchRestSnapshot(*m_books[symbol]);
                                                               }
                                                           });
                                      }
                                      s.retry->start(m_maxDelayMs / 4);
                                      return;
                                  }
                                  onRestSnapshot(symbol, generation, result.value());
                              });
}

void WebSocketFeed::onRestSnapshot(const std::string& symbol, uint64_t generation, const OrderBook& book)
{
    BookState& state = *m_books[symbol];
    const uint64_t snapshotId = static_cast<uint64_t>(book.nonce.value_or(0));
    std::deque<StreamBookMessage> buffered;
    buffered.swap(state.buffered);
    while (!buffered.empty() && buffered.front().lastUpdateId <= snapshotId) {
        buffered.pop_front(); // already in the snapshot
    }
    if (!buffered.empty() && buffered.front().firstUpdateId > snapshotId + 1) {
        // The snapshot is older than the first delta kept: ask again (binance's procedure).
        state.buffered = std::move(buffered);
        fetchRestSnapshot(state);
        return;
    }
    state.book.reset(book);
    state.lastUpdateId = snapshotId;
    state.live = true;
    invalidateBooks(symbol);
    publishBookSnapshot(state);
    (void)generation;
    for (auto& message : buffered) {
        if (!isCurrent(state) || !state.live) {
            return;
        }
        if (message.firstUpdateId > state.lastUpdateId + 1) {
            resync(state, &message);
            return;
        }
        applyDelta(state, message, m_exchange.findMarket(state.symbol));
    }
}

} // namespace bourse::ex
