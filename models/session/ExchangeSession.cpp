// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeSession.h"

#include "SessionHealth.h"
#include "Subscription.h"
#include "core/OrderSafety.h"
#include "models/BalancesModel.h"
#include "models/CandleSeries.h"
#include "models/DecimalText.h"
#include "models/MarketListModel.h"
#include "models/OrderBookModel.h"
#include "models/OrdersModel.h"
#include "models/TradesModel.h"

#include <QPointer>
#include <QTimer>
#include <utility>

namespace bourse::models {

namespace {

// Default poll periods (milliseconds). A venue's rate limit is enforced below us by the exchange's throttle;
// these are what a trading screen needs: the book ~4/s, trades ~2/s, the rest every few seconds.
constexpr int MarketsMs = 3000;
constexpr int OrderBookMs = 250;
constexpr int TradesMs = 500;
constexpr int CandlesMs = 3000;
constexpr int BalancesMs = 3000;
constexpr int OrdersMs = 3000;
// Own trades change only when an order fills, and a fill seen in the orders polls them at once (see myTrades).
constexpr int MyTradesMs = 15000;
// A feed whose panels are all hidden: market-wide and account feeds slow down by this factor (the market list
// and the balances are cheap, and the ticket needs fresh balances the moment it is shown again); a book, trades
// or candles of one symbol stop.
constexpr int HiddenSlowdown = 10;
constexpr int BookLevels = 100;
constexpr int TradesLimit = 100;
constexpr int CandleHistory = 300;
constexpr int CandleTail = 3;
constexpr int HistoryLimit = 100;

} // namespace

QString ExchangeSession::channelName(Channel channel)
{
    switch (channel) {
    case ExchangeSession::Channel::Markets:
        return QStringLiteral("tickers");
    case ExchangeSession::Channel::OrderBook:
        return QStringLiteral("book");
    case ExchangeSession::Channel::Trades:
        return QStringLiteral("trades");
    case ExchangeSession::Channel::Candles:
        return QStringLiteral("candles");
    case ExchangeSession::Channel::Balances:
        return QStringLiteral("balances");
    case ExchangeSession::Channel::Orders:
        return QStringLiteral("orders");
    case ExchangeSession::Channel::MyTrades:
        return QStringLiteral("my trades");
    }
    return {};
}

namespace {

bool isPrivate(ExchangeSession::Channel channel)
{
    return channel == ExchangeSession::Channel::Balances || channel == ExchangeSession::Channel::Orders
        || channel == ExchangeSession::Channel::MyTrades;
}

} // namespace

ExchangeSession::ExchangeSession(QString exchangeId, QObject* parent)
    : QObject(parent)
    , m_exchangeId(std::move(exchangeId))
    , m_intervals {{Channel::Markets, MarketsMs},  {Channel::OrderBook, OrderBookMs}, {Channel::Trades, TradesMs},
                   {Channel::Candles, CandlesMs},  {Channel::Balances, BalancesMs},   {Channel::Orders, OrdersMs},
                   {Channel::MyTrades, MyTradesMs}}
{
    m_thread.setObjectName(QStringLiteral("exchange:%1").arg(m_exchangeId));
    m_worker = new ExchangeWorker(m_exchangeId);
    m_worker->moveToThread(&m_thread);
    // The worker, its transport and its exchange are destroyed in their own thread, once its loop has ended.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_health = new SessionHealth(*this, m_worker);
    // The first figures as soon as the exchange can be asked for its time, not a timer period later.
    connect(this, &ExchangeSession::marketsReady, m_health, &SessionHealth::sample);
    m_marketList = new MarketListModel(m_exchangeId, this);
    m_balances = new BalancesModel(this);
    m_openOrders = new OrdersModel(this);
    m_orderHistory = new OrdersModel(this);
    m_orderHistory->setMaxRows(HistoryLimit);
    // A fill (seen as an open order's filled amount growing, or a filled order reaching the history) brings new own
    // trades: their market's feed polls at once rather than at its slow period.
    for (OrdersModel* orders : {m_openOrders, m_orderHistory}) {
        connect(orders, &OrdersModel::filled, this, [this](const QStringList& symbols) {
            for (const QString& symbol : symbols) {
                refresh(Channel::MyTrades, symbol);
            }
        });
    }
}

ExchangeSession::~ExchangeSession()
{
    // After this, no worker code runs and nothing more is posted to us; answers already posted die with us.
    m_thread.quit();
    m_thread.wait();
}

void ExchangeSession::setPracticeAccountName(const QString& name)
{
    // The worker is only touched before its thread runs.
    Q_ASSERT(!m_thread.isRunning());
    m_practiceAccountName = name;
    m_worker->setPracticeAccountName(name);
}

void ExchangeSession::start()
{
    if (m_thread.isRunning()) {
        return;
    }
    m_thread.start();
    m_health->start();
    ExchangeWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker] {
            const bool opened = worker->open();
            ex::ExchangeDescription description =
                opened ? worker->exchange()->description() : ex::ExchangeDescription();
            QMetaObject::invokeMethod(
                this,
                [this, opened, description = std::move(description)] {
                    if (!opened) {
                        m_state = State::Unavailable;
                        m_lastError = tr("no adapter serves %1 yet").arg(m_exchangeId);
                        emit stateChanged();
                        return;
                    }
                    m_description = description;
                    m_described = true;
                    emit described();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    run<std::vector<ex::Market>>(
        QStringLiteral("markets"),
        [](ex::Exchange& exchange, ex::Callback<std::vector<ex::Market>> done) {
            exchange.loadMarkets([&exchange, done](ex::Result<std::monostate> loaded) {
                if (!loaded.ok()) {
                    done(loaded.error());
                    return;
                }
                done(exchange.markets());
            });
        },
        this, [this](ex::Result<std::vector<ex::Market>> result) { onMarkets(std::move(result)); });
}

void ExchangeSession::onMarkets(ex::Result<std::vector<ex::Market>> result)
{
    if (!result.ok()) {
        m_state = State::Unavailable;
        m_lastError = QString::fromStdString(result.error().message());
        emit stateChanged();
        // Try again in a while: a venue in maintenance comes back.
        QTimer::singleShot(30'000, this, [this] {
            m_thread.quit();
            m_thread.wait();
        });
        return;
    }
    m_marketList->setMarkets(result.value(), m_description.precisionMode);
    m_marketsLoaded = true;
    for (const QString& symbol : m_books.keys()) {
        applyPrecision(symbol);
    }
    for (const QString& symbol : m_trades.keys() + m_myTrades.keys()) {
        applyPrecision(symbol);
    }
    for (const ex::Market& m : result.value()) {
        const QString symbol = QString::fromStdString(m.symbol);
        m_openOrders->setPrecision(symbol, priceDecimals(symbol), amountDecimals(symbol));
        m_orderHistory->setPrecision(symbol, priceDecimals(symbol), amountDecimals(symbol));
    }
    emit marketsReady();
    for (auto& [key, f] : m_feeds) {
        reschedule(f);
        if (scheduledInterval(f) > 0) {
            poll(key);
        }
        updateStream(key);
    }
}

QString ExchangeSession::exchangeName() const
{
    return m_described ? QString::fromStdString(m_description.name) : m_exchangeId;
}

QString ExchangeSession::displayName() const
{
    return m_accountLabel.isEmpty() ? exchangeName() : tr("%1 (%2)").arg(exchangeName(), m_accountLabel);
}

bool ExchangeSession::supports(const char* method) const
{
    return m_described && m_description.supports(method) != ex::Support::No;
}

QStringList ExchangeSession::timeframes() const
{
    QStringList list;
    for (const auto& [unified, exchangeValue] : m_description.timeframes) {
        list.append(QString::fromStdString(unified));
    }
    return list;
}

qint64 ExchangeSession::timeframeMs(const QString& timeframe)
{
    if (timeframe.size() < 2) {
        return 0;
    }
    bool ok = false;
    const qint64 count = timeframe.left(timeframe.size() - 1).toLongLong(&ok);
    if (!ok) {
        return 0;
    }
    switch (timeframe.back().toLatin1()) {
    case 'm':
        return count * 60'000;
    case 'h':
        return count * 3'600'000;
    case 'd':
        return count * 86'400'000;
    case 'w':
        return count * 7 * 86'400'000;
    case 'M':
        return count * 30 * 86'400'000LL;
    default:
        return 0;
    }
}

const ex::Market* ExchangeSession::market(const QString& symbol) const
{
    return m_marketList->market(symbol);
}

int ExchangeSession::priceDecimals(const QString& symbol) const
{
    return m_marketList->priceDecimals(symbol);
}

int ExchangeSession::amountDecimals(const QString& symbol) const
{
    return m_marketList->amountDecimals(symbol);
}

bool ExchangeSession::canTrade() const
{
    const bool needsKeys = m_description.requiredCredentials.apiKey || m_description.requiredCredentials.secret;
    return m_described && (m_hasCredentials || !needsKeys);
}

void ExchangeSession::setCredentials(const ex::Credentials& credentials)
{
    m_hasCredentials = !credentials.empty();
    ExchangeWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, credentials] { worker->setCredentials(credentials); }, Qt::QueuedConnection);
    // Private feeds start (or stop) polling now that an account can (or no longer can) answer them.
    for (auto& [key, f] : m_feeds) {
        reschedule(f);
    }
}

void ExchangeSession::setOptions(const ex::ExchangeOptions& options)
{
    ExchangeWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, options] { worker->setOptions(options); }, Qt::QueuedConnection);
}

void ExchangeSession::testConnection(QObject* context, std::function<void(ex::Result<ex::Balance>)> done)
{
    run<ex::Balance>(
        QStringLiteral("test connection"),
        [](ex::Exchange& e, ex::Callback<ex::Balance> reply) { e.fetchBalance(ex::JsonValue::object(), reply); },
        context, std::move(done));
}

void ExchangeSession::applyPrecision(const QString& symbol)
{
    const ex::Market* m = market(symbol);
    if (!m) {
        return;
    }
    if (OrderBookModel* book = m_books.value(symbol)) {
        ex::Decimal tick = ex::Decimal::pow10(-priceDecimals(symbol));
        if (m_description.precisionMode == ex::CountingMode::TickSize && m->precision.price) {
            tick = *m->precision.price;
        }
        book->setPrecision(tick, priceDecimals(symbol), amountDecimals(symbol));
    }
    for (TradesModel* trades : {m_trades.value(symbol), m_myTrades.value(symbol)}) {
        if (trades) {
            trades->setPrecision(priceDecimals(symbol), amountDecimals(symbol));
        }
    }
}

// ---- models ----

MarketListModel* ExchangeSession::marketList()
{
    return m_marketList;
}

OrderBookModel* ExchangeSession::orderBook(const QString& symbol)
{
    OrderBookModel*& book = m_books[symbol];
    if (!book) {
        book = new OrderBookModel(symbol, this);
        applyPrecision(symbol);
        // The account's own orders are marked at their levels, as they open, fill and go.
        OrderBookModel* model = book;
        connect(m_openOrders, &OrdersModel::updated, model,
                [this, model] { model->setOwnOrders(m_openOrders->orders()); });
        model->setOwnOrders(m_openOrders->orders());
    }
    return book;
}

TradesModel* ExchangeSession::trades(const QString& symbol)
{
    TradesModel*& trades = m_trades[symbol];
    if (!trades) {
        trades = new TradesModel(symbol, this);
        applyPrecision(symbol);
    }
    return trades;
}

TradesModel* ExchangeSession::myTrades(const QString& symbol)
{
    TradesModel*& trades = m_myTrades[symbol];
    if (!trades) {
        trades = new TradesModel(symbol, TradesModel::Source::Own, this);
        applyPrecision(symbol);
    }
    return trades;
}

CandleSeries* ExchangeSession::candles(const QString& symbol, const QString& timeframe)
{
    CandleSeries*& series = m_candles[keyOf(Channel::Candles, symbol, timeframe)];
    if (!series) {
        series = new CandleSeries(symbol, timeframe, timeframeMs(timeframe), this);
        if (isSimulated()) {
            series->setSourceLabel(tr("demo data"));
        }
    }
    return series;
}

BalancesModel* ExchangeSession::balances()
{
    return m_balances;
}

OrdersModel* ExchangeSession::openOrders()
{
    return m_openOrders;
}

OrdersModel* ExchangeSession::orderHistory()
{
    return m_orderHistory;
}

// ---- the schedule ----

QString ExchangeSession::keyOf(Channel channel, const QString& symbol, const QString& timeframe)
{
    return QStringLiteral("%1|%2|%3").arg(channelName(channel), symbol, timeframe);
}

ExchangeSession::Feed* ExchangeSession::feed(const QString& key)
{
    auto it = m_feeds.find(key);
    return it == m_feeds.end() ? nullptr : &it->second;
}

Subscription* ExchangeSession::subscribe(Channel channel, const QString& symbol, const QString& timeframe,
                                         QObject* owner)
{
    const QString key = keyOf(channel, symbol, timeframe);
    Feed* f = feed(key);
    if (!f) {
        Feed created {channel, symbol, timeframe};
        created.timer = new QTimer(this);
        created.timer->setObjectName(key);
        connect(created.timer, &QTimer::timeout, this, [this, key] { poll(key); });
        f = &m_feeds.emplace(key, created).first->second;
    }
    const bool wasRunning = scheduledInterval(*f) > 0 && f->timer->isActive();
    ++f->subscribers;
    ++f->active;
    reschedule(*f);
    // A new feed gets its first answer at once; a feed already running serves the new panel from its model.
    if (!wasRunning && m_marketsLoaded) {
        poll(key);
    }
    updateStream(key);
    return new Subscription(this, key, owner);
}

void ExchangeSession::release(const QString& key, bool wasActive)
{
    Feed* f = feed(key);
    if (!f) {
        return;
    }
    --f->subscribers;
    if (wasActive) {
        --f->active;
    }
    reschedule(*f);
    updateStream(key);
}

void ExchangeSession::activate(const QString& key, bool active)
{
    Feed* f = feed(key);
    if (!f) {
        return;
    }
    const bool wasStopped = !f->timer->isActive();
    f->active += active ? 1 : -1;
    reschedule(*f);
    updateStream(key);
    // A panel shown again gets fresh data at once rather than at the next tick.
    if (active && wasStopped && m_marketsLoaded) {
        poll(key);
    }
}

int ExchangeSession::scheduledInterval(const Feed& f) const
{
    if (f.subscribers <= 0 || f.streaming || (isPrivate(f.channel) && m_described && !canTrade())) {
        return 0;
    }
    const int base = interval(f.channel);
    if (f.active > 0) {
        return base;
    }
    switch (f.channel) {
    case Channel::Markets:
    case Channel::Balances:
    case Channel::Orders:
        return base * HiddenSlowdown;
    default:
        return 0;
    }
}

void ExchangeSession::reschedule(Feed& f)
{
    const int ms = m_marketsLoaded ? scheduledInterval(f) : 0;
    if (ms <= 0) {
        f.timer->stop();
    } else if (!f.timer->isActive() || f.timer->interval() != ms) {
        f.timer->start(ms);
    }
}

void ExchangeSession::setInterval(Channel channel, int milliseconds)
{
    m_intervals[channel] = milliseconds;
    for (auto& [key, f] : m_feeds) {
        if (f.channel == channel) {
            reschedule(f);
        }
    }
}

int ExchangeSession::interval(Channel channel) const
{
    const auto it = m_intervals.find(channel);
    return it == m_intervals.end() ? 1000 : it->second;
}

int ExchangeSession::currentInterval(Channel channel, const QString& symbol, const QString& timeframe) const
{
    const auto it = m_feeds.find(keyOf(channel, symbol, timeframe));
    if (it == m_feeds.end() || !it->second.timer->isActive()) {
        return 0;
    }
    return it->second.timer->interval();
}

void ExchangeSession::refresh(Channel channel, const QString& symbol, const QString& timeframe)
{
    const QString key = keyOf(channel, symbol, timeframe);
    if (feed(key)) {
        poll(key);
    }
}

void ExchangeSession::poll(const QString& key)
{
    Feed* f = feed(key);
    // One request per feed at a time: a slow venue is not sent a pile of requests that would all answer late.
    if (!f || !m_marketsLoaded || f->inFlight > 0) {
        return;
    }
    const std::string symbol = f->symbol.toStdString();
    const auto finished = [this, key] {
        if (Feed* done = feed(key)) {
            --done->inFlight;
            done->primed = true;
        }
    };
    const QString what = channelName(f->channel);
    switch (f->channel) {
    case Channel::Markets:
        ++f->inFlight;
        run<std::vector<ex::Ticker>>(
            what,
            [](ex::Exchange& e, ex::Callback<std::vector<ex::Ticker>> done) {
                e.fetchTickers({}, ex::JsonValue::object(), done);
            },
            this,
            [this, finished](ex::Result<std::vector<ex::Ticker>> r) {
                finished();
                if (r.ok()) {
                    m_marketList->applyTickers(r.value());
                }
            });
        break;
    case Channel::OrderBook:
        ++f->inFlight;
        run<ex::OrderBook>(
            what,
            [symbol](ex::Exchange& e, ex::Callback<ex::OrderBook> done) {
                e.fetchOrderBook(symbol, BookLevels, ex::JsonValue::object(), done);
            },
            this,
            [this, finished, s = f->symbol](ex::Result<ex::OrderBook> r) {
                finished();
                if (r.ok()) {
                    orderBook(s)->applySnapshot(r.value());
                }
            });
        break;
    case Channel::Trades:
        ++f->inFlight;
        run<std::vector<ex::Trade>>(
            what,
            [symbol](ex::Exchange& e, ex::Callback<std::vector<ex::Trade>> done) {
                e.fetchTrades(symbol, std::nullopt, TradesLimit, ex::JsonValue::object(), done);
            },
            this,
            [this, finished, s = f->symbol](ex::Result<std::vector<ex::Trade>> r) {
                finished();
                if (r.ok()) {
                    trades(s)->applyTrades(r.value());
                }
            });
        break;
    case Channel::Candles: {
        ++f->inFlight;
        // The full history once, then the last few candles: the forming one and any that closed meanwhile.
        const long long limit = f->primed && !candles(f->symbol, f->timeframe)->isEmpty() ? CandleTail : CandleHistory;
        run<std::vector<ex::Ohlcv>>(
            what,
            [symbol, tf = f->timeframe.toStdString(), limit](ex::Exchange& e,
                                                             ex::Callback<std::vector<ex::Ohlcv>> done) {
                e.fetchOHLCV(symbol, tf, std::nullopt, limit, ex::JsonValue::object(), done);
            },
            this,
            [this, finished, s = f->symbol, tf = f->timeframe](ex::Result<std::vector<ex::Ohlcv>> r) {
                finished();
                if (r.ok()) {
                    candles(s, tf)->apply(r.value());
                }
            });
        break;
    }
    case Channel::Balances:
        ++f->inFlight;
        run<ex::Balance>(
            what,
            [](ex::Exchange& e, ex::Callback<ex::Balance> done) { e.fetchBalance(ex::JsonValue::object(), done); },
            this,
            [this, finished](ex::Result<ex::Balance> r) {
                finished();
                if (r.ok()) {
                    m_balances->applyBalance(r.value());
                }
            });
        break;
    case Channel::MyTrades:
        ++f->inFlight;
        run<std::vector<ex::Trade>>(
            what,
            [symbol](ex::Exchange& e, ex::Callback<std::vector<ex::Trade>> done) {
                e.fetchMyTrades(symbol, std::nullopt, TradesLimit, ex::JsonValue::object(), done);
            },
            this,
            [this, finished, s = f->symbol](ex::Result<std::vector<ex::Trade>> r) {
                finished();
                if (r.ok()) {
                    myTrades(s)->applyTrades(r.value());
                }
            });
        break;
    case Channel::Orders:
        f->inFlight += 2;
        run<std::vector<ex::Order>>(
            what,
            [](ex::Exchange& e, ex::Callback<std::vector<ex::Order>> done) {
                e.fetchOpenOrders({}, std::nullopt, std::nullopt, ex::JsonValue::object(), done);
            },
            this,
            [this, finished](ex::Result<std::vector<ex::Order>> r) {
                finished();
                if (r.ok()) {
                    m_openOrders->applyOrders(r.value());
                }
            });
        run<std::vector<ex::Order>>(
            what,
            [](ex::Exchange& e, ex::Callback<std::vector<ex::Order>> done) {
                e.fetchClosedOrders({}, std::nullopt, HistoryLimit, ex::JsonValue::object(), done);
            },
            this,
            [this, finished](ex::Result<std::vector<ex::Order>> r) {
                finished();
                if (r.ok()) {
                    m_orderHistory->applyOrders(r.value());
                    // An order of unknown fate may have filled at once: the history names it.
                    m_openOrders->resolveFrom(r.value());
                }
            });
        break;
    }
}

void ExchangeSession::noteReply(double milliseconds, const ex::Error* error, const QString& what)
{
    m_latencyMs = milliseconds;
    const State before = m_state;
    if (error) {
        m_lastError = QString::fromStdString(error->message());
        if (m_state != State::Unavailable) {
            m_state = State::Degraded;
        }
        emit requestFailed(what, m_lastError);
    } else if (m_state != State::Unavailable || what == QStringLiteral("markets")) {
        m_state = State::Online;
    }
    if (before != m_state) {
        emit stateChanged();
    }
    emit replied();
}

} // namespace bourse::models
