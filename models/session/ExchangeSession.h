// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExchangeWorker.h"
#include "OrderDraft.h"
#include "PreparedOrder.h"
#include "core/ExchangeDescription.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <chrono>
#include <functional>
#include <map>
#include <memory>

class QTimer;

namespace bourse::models {

class BalancesModel;
class CandleSeries;
class MarketListModel;
class OrderBookModel;
class OrdersModel;
class SessionHealth;
class Subscription;
class TradesModel;

// One exchange account, as the window sees it. It owns the exchange (in a worker thread of its own, with its
// transport), the models of everything polled from it, and the schedule: one QTimer per feed (tickers, a
// symbol's book, trades or candles, the balances, the orders), shared by every panel that subscribed to the same
// feed, at full rate while one of them is visible, slower or stopped while all are hidden. Results arrive in the
// GUI thread as unified values and are merged into the models incrementally.
class ExchangeSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeSession)

public:
    enum class Channel {
        Markets, // the tickers of every market
        OrderBook,
        Trades,
        Candles,
        Balances,
        Orders, // open orders and the order history
        MyTrades, // the account's own trades in one market
    };
    // How a feed's data arrives: pushed by the exchange's stream, or fetched on the poll schedule.
    enum class FeedMode {
        Poll,
        Stream,
    };
    enum class State {
        Connecting,
        Online,
        Degraded, // the last request failed; polling goes on
        Unavailable, // no adapter, or the markets could not be loaded
    };

    explicit ExchangeSession(QString exchangeId, QObject* parent = nullptr);
    ~ExchangeSession() override;

    // Opens the exchange in the worker thread and loads its markets; feeds start polling once they are known.
    void start();

    const QString& exchangeId() const { return m_exchangeId; }
    QString exchangeName() const;
    // The account (its label in the accounts list) this session trades for; empty for a session that shows only
    // public data. Set once, before the session is shared.
    const QString& accountLabel() const { return m_accountLabel; }
    void setAccountLabel(const QString& label) { m_accountLabel = label; }
    // Which practice account file a demo or paper session uses (ExchangeWorker::setPracticeAccountName); set by
    // the pool before the session starts.
    void setPracticeAccountName(const QString& name);
    const QString& practiceAccountName() const { return m_practiceAccountName; }
    // The exchange's name, and the account's label when there is one: how titles and the status bar name it.
    QString displayName() const;
    bool isSimulated() const { return m_exchangeId == QStringLiteral("demo"); }
    State state() const { return m_state; }
    const QString& lastError() const { return m_lastError; }
    // Milliseconds the last answered request took, from the worker's send to its answer.
    double latencyMs() const { return m_latencyMs; }
    qint64 requestCount() const { return m_requests; }
    // The rate budget and clock skew, sampled while the session runs.
    SessionHealth* health() const { return m_health; }

    bool isDescribed() const { return m_described; }
    const ex::ExchangeDescription& description() const { return m_description; }
    bool supports(const char* method) const;
    QStringList timeframes() const;
    static qint64 timeframeMs(const QString& timeframe);
    bool marketsLoaded() const { return m_marketsLoaded; }
    const ex::Market* market(const QString& symbol) const;
    int priceDecimals(const QString& symbol) const;
    int amountDecimals(const QString& symbol) const;
    // Private feeds (balances, orders) poll only where an account can answer them: the demo needs no keys;
    // accounts on real exchanges arrive with the accounts dialog.
    bool canTrade() const;
    // The credentials of the account this session trades for (from the keychain, through the accounts dialog).
    // They are handed to the exchange in the worker thread and kept nowhere else: never logged, never written.
    void setCredentials(const ex::Credentials& credentials);
    bool hasCredentials() const { return m_hasCredentials; }
    // Options for the exchange (a test's local server as the API origin); before `start`.
    void setOptions(const ex::ExchangeOptions& options);
    // One balance request with the current credentials: what the accounts dialog's "test connection" reports.
    void testConnection(QObject* context, std::function<void(ex::Result<ex::Balance>)> done);

    // ---- feeds ----
    // A subscription owned by `owner`. Panels bound to the same feed share its poll and its model.
    Subscription* subscribe(Channel channel, const QString& symbol, const QString& timeframe, QObject* owner);
    void setInterval(Channel channel, int milliseconds);
    int interval(Channel channel) const;
    // The poll period a feed runs at now: 0 when it is stopped.
    int currentInterval(Channel channel, const QString& symbol = {}, const QString& timeframe = {}) const;
    // Books and trades stream where the exchange has a push channel (its MarketFeed) and poll otherwise, or when
    // the stream failed (it is tried again a minute later).
    FeedMode feedMode(Channel channel, const QString& symbol) const;
    // Of the feeds panels use now: how many stream and how many poll (the status bar).
    struct FeedCounts
    {
        int streaming = 0;
        int polling = 0;
    };
    FeedCounts feedCounts() const;
    // Polls a feed now, whatever its schedule (the refresh buttons; after an order).
    void refresh(Channel channel, const QString& symbol = {}, const QString& timeframe = {});

    MarketListModel* marketList();
    OrderBookModel* orderBook(const QString& symbol);
    TradesModel* trades(const QString& symbol);
    // The account's own trades in `symbol`, polled again whenever one of its orders fills.
    TradesModel* myTrades(const QString& symbol);
    CandleSeries* candles(const QString& symbol, const QString& timeframe);
    // Asks the exchange for a page of candles before the series' first (a chart panned into the past). One request
    // per series at a time; an answer with nothing older marks the series' history complete.
    void loadEarlierCandles(const QString& symbol, const QString& timeframe);
    BalancesModel* balances();
    OrdersModel* openOrders();
    OrdersModel* orderHistory();

    // ---- trading ----
    // Rounds a draft with the exchange's own precision functions (in the worker) and checks the market's limits.
    void prepareOrder(const OrderDraft& draft, QObject* context, std::function<void(ex::Result<PreparedOrder>)> done);
    // Sends exactly the prepared figures. Balances and orders are refreshed when the answer comes.
    void placeOrder(const PreparedOrder& order, QObject* context, std::function<void(ex::Result<ex::Order>)> done);
    void cancelOrder(const QString& id, const QString& symbol, QObject* context,
                     std::function<void(ex::Result<ex::Order>)> done);
    // An empty symbol cancels the open orders of every market.
    void cancelAllOrders(const QString& symbol, QObject* context,
                         std::function<void(ex::Result<std::vector<ex::Order>>)> done);

signals:
    void described();
    void marketsReady();
    void stateChanged();
    // Every answered request (the status bar's latency).
    void replied();
    void requestFailed(const QString& what, const QString& message);
    // A feed switched between stream and poll.
    void feedModeChanged();
    // The figures createOrder received, for the log and the tests.
    void orderSent(const bourse::models::PreparedOrder& order);

private:
    friend class Subscription;
    friend class SessionHealth; // asks the exchange for its time through `run`
    struct Feed
    {
        Channel channel;
        QString symbol;
        QString timeframe;
        QTimer* timer = nullptr;
        int subscribers = 0;
        int active = 0;
        int inFlight = 0;
        bool primed = false; // the first (full) answer arrived
        bool streamWanted = false; // a stream was asked of the worker
        bool streaming = false; // the stream runs: no polling
        bool streamRefused = false; // no stream here, or it failed: poll
    };
    static QString keyOf(Channel channel, const QString& symbol, const QString& timeframe);
    static QString channelName(Channel channel);
    Feed* feed(const QString& key);
    void release(const QString& key, bool wasActive);
    void activate(const QString& key, bool active);
    void reschedule(Feed& feed);
    int scheduledInterval(const Feed& feed) const;
    void poll(const QString& key);
    void updateStream(const QString& key);
    void onStreamStarted(const QString& key, bool started);
    void onStreamFailed(const QString& key, const QString& message);
    void onMarkets(ex::Result<std::vector<ex::Market>> result);
    void noteReply(double milliseconds, const ex::Error* error, const QString& what);
    void applyPrecision(const QString& symbol);

    // Runs `call` on the exchange in the worker thread; `done` gets the result in the GUI thread, unless
    // `context` was destroyed meanwhile.
    template<typename T>
    void run(const QString& what, std::function<void(ex::Exchange&, ex::Callback<T>)> call, QObject* context,
             std::function<void(ex::Result<T>)> done)
    {
        ++m_requests;
        ExchangeWorker* worker = m_worker;
        QPointer<QObject> guard(context);
        const bool guarded = context != nullptr;
        auto deliver = [this, what, guard, guarded, done](ex::Result<T> result, double ms) {
            noteReply(ms, result.ok() ? nullptr : &result.error(), what);
            if ((!guarded || guard) && done) {
                done(std::move(result));
            }
        };
        QMetaObject::invokeMethod(
            worker,
            [this, worker, call, deliver] {
                const auto started = std::chrono::steady_clock::now();
                ex::Callback<T> reply = [this, deliver, started](ex::Result<T> result) {
                    const double ms =
                        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
                    QMetaObject::invokeMethod(
                        this, [deliver, result = std::move(result), ms]() mutable { deliver(std::move(result), ms); },
                        Qt::QueuedConnection);
                };
                ex::Exchange* exchange = worker->exchange();
                if (!exchange) {
                    reply(ex::Error(ex::ErrorKind::ExchangeNotAvailable, "no adapter serves this exchange yet"));
                    return;
                }
                try {
                    call(*exchange, reply);
                } catch (const ex::Error& e) {
                    reply(e);
                } catch (const std::exception& e) {
                    reply(ex::Error(ex::ErrorKind::BaseError, e.what()));
                }
            },
            Qt::QueuedConnection);
    }

    QString m_exchangeId;
    QString m_accountLabel;
    QString m_practiceAccountName;
    QThread m_thread;
    ExchangeWorker* m_worker = nullptr;
    SessionHealth* m_health = nullptr;
    State m_state = State::Connecting;
    QString m_lastError;
    double m_latencyMs = 0;
    qint64 m_requests = 0;
    bool m_described = false;
    ex::ExchangeDescription m_description;
    bool m_marketsLoaded = false;
    std::map<Channel, int> m_intervals;
    std::map<QString, Feed> m_feeds;
    bool m_hasCredentials = false;

    MarketListModel* m_marketList = nullptr;
    QHash<QString, OrderBookModel*> m_books;
    QHash<QString, TradesModel*> m_trades;
    QHash<QString, TradesModel*> m_myTrades;
    QHash<QString, CandleSeries*> m_candles;
    BalancesModel* m_balances = nullptr;
    OrdersModel* m_openOrders = nullptr;
    OrdersModel* m_orderHistory = nullptr;
};

} // namespace bourse::models
