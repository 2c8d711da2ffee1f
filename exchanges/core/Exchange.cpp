// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exchange.h"

#include "Signing.h"
#include "TransportPolicy.h"
#include "WebSocketFeed.h"

#include <QTimer>
#include <algorithm>
#include <cctype>
#include <random>

namespace bourse::ex {

Credentials::~Credentials()
{
    signing::cleanse(apiKey);
    signing::cleanse(secret);
    signing::cleanse(password);
    signing::cleanse(uid);
    for (auto& [k, v] : other) {
        signing::cleanse(v);
    }
}

Exchange::Exchange(ExchangeDescription description, Transport& transport, Clock& clock)
    : m_description(std::move(description))
    , m_transport(transport)
    , m_clock(clock)
    , m_throttler(m_description.rateLimitMs, m_description.rateCapacity)
{
}

Exchange::~Exchange() = default;

MarketFeed* Exchange::websocketFeed(const std::function<std::unique_ptr<StreamProtocol>()>& make)
{
    if (m_options.offline) {
        return nullptr;
    }
    if (!m_websocketFeed) {
        auto feed = std::make_unique<WebSocketFeed>(*this, make());
        if (!m_options.streamUrl.empty()) {
            feed->setOriginOverride(m_options.streamUrl);
        }
        m_websocketFeed = std::move(feed);
    }
    return m_websocketFeed.get();
}

// ---- markets and currencies ----

void Exchange::setMarkets(std::vector<Market> markets)
{
    m_markets = std::move(markets);
    m_marketBySymbol.clear();
    m_marketById.clear();
    for (size_t i = 0; i < m_markets.size(); ++i) {
        m_marketBySymbol.emplace(m_markets[i].symbol, i);
        m_marketById.emplace(m_markets[i].id, i);
    }
    m_marketsLoaded = true;
}

void Exchange::setCurrencies(std::vector<Currency> currencies)
{
    m_currencies = std::move(currencies);
    m_currencyByCode.clear();
    m_currencyById.clear();
    for (size_t i = 0; i < m_currencies.size(); ++i) {
        m_currencyByCode.emplace(m_currencies[i].code, i);
        m_currencyById.emplace(m_currencies[i].id, i);
    }
}

const Market* Exchange::findMarket(std::string_view symbol) const
{
    auto it = m_marketBySymbol.find(std::string(symbol));
    return it == m_marketBySymbol.end() ? nullptr : &m_markets[it->second];
}

const Market* Exchange::findMarketById(std::string_view id) const
{
    auto it = m_marketById.find(std::string(id));
    return it == m_marketById.end() ? nullptr : &m_markets[it->second];
}

const Currency* Exchange::findCurrency(std::string_view code) const
{
    auto it = m_currencyByCode.find(std::string(code));
    return it == m_currencyByCode.end() ? nullptr : &m_currencies[it->second];
}

const Market& Exchange::market(std::string_view symbol) const
{
    if (const Market* m = findMarket(symbol)) {
        return *m;
    }
    throw Error(ErrorKind::BadSymbol, m_description.id + " does not have market symbol " + std::string(symbol));
}

std::string Exchange::commonCurrencyCode(std::string_view code) const
{
    auto it = m_description.commonCurrencies.find(std::string(code));
    return it == m_description.commonCurrencies.end() ? std::string(code) : it->second;
}

std::string Exchange::safeCurrencyCode(std::string_view currencyId) const
{
    auto it = m_currencyById.find(std::string(currencyId));
    if (it != m_currencyById.end()) {
        return m_currencies[it->second].code;
    }
    std::string upper(currencyId);
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    return commonCurrencyCode(upper);
}

std::string Exchange::safeSymbol(std::string_view marketId, const Market* market) const
{
    if (market) {
        return market->symbol;
    }
    if (const Market* m = findMarketById(marketId)) {
        return m->symbol;
    }
    return std::string(marketId);
}

void Exchange::loadMarkets(Callback<std::monostate> done, bool reload)
{
    if (m_marketsLoaded && !reload) {
        done(std::monostate {});
        return;
    }
    m_marketsWaiting.push_back(std::move(done));
    if (m_marketsWaiting.size() > 1) {
        return; // one markets request serves every caller waiting for it
    }
    fetchMarkets(JsonValue::object(), [this](Result<std::vector<Market>> result) {
        auto waiting = std::move(m_marketsWaiting);
        m_marketsWaiting.clear();
        if (result.ok()) {
            setMarkets(std::move(result.value()));
        }
        for (auto& cb : waiting) {
            cb(result.ok() ? Result<std::monostate>(std::monostate {}) : Result<std::monostate>(result.error()));
        }
    });
}

// ---- precision ----

namespace {

std::string toPrecisionOrThrow(const Exchange& ex, const Market& market, const Decimal& value,
                               const OptDecimal& precision, Rounding rounding, const char* what)
{
    if (!precision) {
        return value.toString();
    }
    std::string text = decimalToPrecision(value, rounding, *precision, ex.description().precisionMode);
    if (text == "0") {
        throw Error(ErrorKind::InvalidOrder,
                    ex.id() + " " + what + " of " + market.symbol + " must be greater than " + "its precision "
                        + precision->toString() + ", got " + value.toString());
    }
    return text;
}

} // namespace

std::string Exchange::amountToPrecision(const Market& market, const Decimal& amount) const
{
    return toPrecisionOrThrow(*this, market, amount, market.precision.amount, Rounding::Truncate, "amount");
}

std::string Exchange::priceToPrecision(const Market& market, const Decimal& price) const
{
    return toPrecisionOrThrow(*this, market, price, market.precision.price, Rounding::Round, "price");
}

std::string Exchange::costToPrecision(const Market& market, const Decimal& cost) const
{
    const OptDecimal& precision = market.precision.cost ? market.precision.cost : market.precision.price;
    if (!precision) {
        return cost.toString();
    }
    return decimalToPrecision(cost, Rounding::Truncate, *precision, m_description.precisionMode);
}

// ---- unified methods that an adapter has not overridden ----

Error Exchange::notSupported(std::string_view method) const
{
    return Error(ErrorKind::NotSupported, m_description.id + " " + std::string(method) + "() is not supported yet");
}

void Exchange::fetchMarkets(const JsonValue&, Callback<std::vector<Market>> done)
{
    done(notSupported("fetchMarkets"));
}
void Exchange::fetchCurrencies(const JsonValue&, Callback<std::vector<Currency>> done)
{
    done(notSupported("fetchCurrencies"));
}
void Exchange::fetchTicker(const std::string&, const JsonValue&, Callback<Ticker> done)
{
    done(notSupported("fetchTicker"));
}
void Exchange::fetchTickers(const std::vector<std::string>&, const JsonValue&, Callback<std::vector<Ticker>> done)
{
    done(notSupported("fetchTickers"));
}
void Exchange::fetchOrderBook(const std::string&, OptInt, const JsonValue&, Callback<OrderBook> done)
{
    done(notSupported("fetchOrderBook"));
}
void Exchange::fetchTrades(const std::string&, OptInt, OptInt, const JsonValue&, Callback<std::vector<Trade>> done)
{
    done(notSupported("fetchTrades"));
}
void Exchange::fetchOHLCV(const std::string&, const std::string&, OptInt, OptInt, const JsonValue&,
                          Callback<std::vector<Ohlcv>> done)
{
    done(notSupported("fetchOHLCV"));
}
void Exchange::fetchTime(const JsonValue&, Callback<long long> done)
{
    done(notSupported("fetchTime"));
}
void Exchange::fetchBalance(const JsonValue&, Callback<Balance> done)
{
    done(notSupported("fetchBalance"));
}
void Exchange::createOrder(const std::string&, const std::string&, const std::string&, const Decimal&, OptDecimal,
                           const JsonValue&, Callback<Order> done)
{
    done(notSupported("createOrder"));
}
void Exchange::cancelOrder(const std::string&, const std::string&, const JsonValue&, Callback<Order> done)
{
    done(notSupported("cancelOrder"));
}
void Exchange::cancelAllOrders(const std::string&, const JsonValue&, Callback<std::vector<Order>> done)
{
    done(notSupported("cancelAllOrders"));
}
void Exchange::fetchOrder(const std::string&, const std::string&, const JsonValue&, Callback<Order> done)
{
    done(notSupported("fetchOrder"));
}
void Exchange::fetchOrders(const std::string&, OptInt, OptInt, const JsonValue&, Callback<std::vector<Order>> done)
{
    done(notSupported("fetchOrders"));
}
void Exchange::fetchOpenOrders(const std::string&, OptInt, OptInt, const JsonValue&, Callback<std::vector<Order>> done)
{
    done(notSupported("fetchOpenOrders"));
}
void Exchange::fetchClosedOrders(const std::string&, OptInt, OptInt, const JsonValue&,
                                 Callback<std::vector<Order>> done)
{
    done(notSupported("fetchClosedOrders"));
}
void Exchange::fetchMyTrades(const std::string&, OptInt, OptInt, const JsonValue&, Callback<std::vector<Trade>> done)
{
    done(notSupported("fetchMyTrades"));
}
void Exchange::fetchTradingFee(const std::string&, const JsonValue&, Callback<TradingFee> done)
{
    done(notSupported("fetchTradingFee"));
}
void Exchange::fetchTradingFees(const JsonValue&, Callback<std::vector<TradingFee>> done)
{
    done(notSupported("fetchTradingFees"));
}
void Exchange::fetchDepositAddress(const std::string&, const JsonValue&, Callback<DepositAddress> done)
{
    done(notSupported("fetchDepositAddress"));
}
void Exchange::fetchDeposits(const std::string&, OptInt, OptInt, const JsonValue&,
                             Callback<std::vector<Transaction>> done)
{
    done(notSupported("fetchDeposits"));
}
void Exchange::fetchWithdrawals(const std::string&, OptInt, OptInt, const JsonValue&,
                                Callback<std::vector<Transaction>> done)
{
    done(notSupported("fetchWithdrawals"));
}

// ---- the request pipeline ----

std::string Exchange::apiUrl(const std::string& section) const
{
    const auto& table =
        m_options.sandbox && !m_description.sandboxApi.empty() ? m_description.sandboxApi : m_description.api;
    auto it = table.find(section);
    if (it == table.end()) {
        throw Error(ErrorKind::NotSupported,
                    m_description.id + " has no API section " + section + (m_options.sandbox ? " in its sandbox" : ""));
    }
    std::string url = it->second;
    if (!m_options.apiUrl.empty()) {
        if (auto refused = refusedUrlReason(m_options.apiUrl)) {
            throw Error(ErrorKind::BadRequest, "the API URL " + m_options.apiUrl + " is refused: " + *refused);
        }
        // Keep the path, replace scheme and host.
        auto schemeEnd = url.find("://");
        auto pathStart = schemeEnd == std::string::npos ? 0 : url.find('/', schemeEnd + 3);
        std::string origin = m_options.apiUrl;
        while (!origin.empty() && origin.back() == '/') {
            origin.pop_back();
        }
        url = origin + (pathStart == std::string::npos ? std::string() : url.substr(pathStart));
    }
    return url;
}

void Exchange::requireCredentials() const
{
    const auto& req = m_description.requiredCredentials;
    auto missing = [&](bool required, const std::string& value, const char* name) {
        if (required && value.empty()) {
            throw Error(ErrorKind::AuthenticationError, m_description.id + " requires the \"" + name + "\" credential");
        }
    };
    missing(req.apiKey, m_credentials.apiKey, "apiKey");
    missing(req.secret, m_credentials.secret, "secret");
    missing(req.password, m_credentials.password, "password");
    missing(req.uid, m_credentials.uid, "uid");
    for (const auto& name : req.other) {
        auto it = m_credentials.other.find(name);
        missing(true, it == m_credentials.other.end() ? std::string() : it->second, name.c_str());
    }
}

void Exchange::request(const RequestSpec& spec, Callback<JsonDocument> done)
{
    attempt(spec, 1, std::move(done));
}

// Each attempt is signed afresh (a new timestamp or nonce) and queues at the throttle: a retry is a request like
// any other and the rate limit holds for it too.
void Exchange::attempt(const RequestSpec& spec, int number, Callback<JsonDocument> done)
{
    auto signedRequest = guarded<HttpRequest>([&] { return sign(spec); });
    if (!signedRequest.ok()) {
        done(signedRequest.error());
        return;
    }
    HttpRequest req = std::move(signedRequest.value());
    req.timeoutMs = m_options.timeoutMs > 0 ? m_options.timeoutMs : m_description.timeoutMs;
    m_throttler.acquire(spec.cost, [this, spec, number, req, done = std::move(done)]() mutable {
        m_transport.send(req, [this, spec, number, req, done = std::move(done)](HttpResponse response) mutable {
            Result<JsonDocument> result = interpret(req, response);
            if (!result.ok()) {
                if (auto wait = retryDelayMs(m_retry, req.method, number, response, result.error())) {
                    later(*wait, [this, spec, number, done = std::move(done)]() mutable {
                        attempt(spec, number + 1, std::move(done));
                    });
                    return;
                }
            }
            done(std::move(result));
        });
    });
}

void Exchange::later(int ms, std::function<void()> then)
{
    std::weak_ptr<int> alive = m_alive;
    auto guardedThen = [alive, then = std::move(then)] {
        if (!alive.expired()) {
            then();
        }
    };
    if (m_retry.wait) {
        m_retry.wait(ms, std::move(guardedThen));
    } else {
        QTimer::singleShot(ms, std::move(guardedThen));
    }
}

void Exchange::throwMapped(std::string_view code, std::string_view message, ErrorKind fallback) const
{
    std::string text = m_description.id + " " + std::string(message.empty() ? code : message);
    if (!code.empty()) {
        if (auto kind = m_description.errors.match(code)) {
            throw Error(*kind, text);
        }
    }
    if (!message.empty()) {
        if (auto kind = m_description.errors.match(message)) {
            throw Error(*kind, text);
        }
        if (auto kind = m_description.errors.matchBroad(message)) {
            throw Error(*kind, text);
        }
    }
    throw Error(fallback, text);
}

void Exchange::handleErrors(const HttpResponse&, const JsonDocument*) { }

namespace {

bool containsNoCase(std::string_view haystack, std::string_view needle)
{
    auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                          [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    return it != haystack.end();
}

// The HTTP status, when the exchange's own error mapping found nothing more precise.
void throwForStatus(const std::string& id, const HttpRequest& sent, const HttpResponse& r)
{
    const std::string where = id + " " + sent.method + " " + sent.url + " ";
    const std::string& body = r.body;
    bool html = body.find('<') != std::string::npos && containsNoCase(body, "<html");
    if (html
        && (containsNoCase(body, "cloudflare") || containsNoCase(body, "ddos")
            || containsNoCase(body, "attention required") || containsNoCase(body, "captcha"))) {
        throw Error(ErrorKind::DDoSProtection,
                    where + "blocked by the exchange's DDoS protection (HTTP " + std::to_string(r.status) + ")");
    }
    if (html && containsNoCase(body, "maintenance")) {
        throw Error(ErrorKind::OnMaintenance, where + "the exchange is down for maintenance");
    }
    if (r.status >= 300 && r.status < 400) {
        throw Error(ErrorKind::ExchangeNotAvailable,
                    where + "HTTP " + std::to_string(r.status) + ": redirected to "
                        + r.header("Location").value_or("nowhere")
                        + ", which Bourse does not follow (the API moved, or something on the way intercepts it)");
    }
    if (r.status < 400) {
        return;
    }
    std::string detail = "HTTP " + std::to_string(r.status) + " " + textExcerpt(body, 200);
    switch (r.status) {
    case 429:
        throw Error(ErrorKind::RateLimitExceeded, where + detail);
    case 418:
        throw Error(ErrorKind::DDoSProtection, where + detail);
    case 401:
    case 407:
    case 511:
        throw Error(ErrorKind::AuthenticationError, where + detail);
    case 403:
        throw Error(ErrorKind::PermissionDenied, where + detail);
    case 400:
        throw Error(ErrorKind::BadRequest, where + detail);
    case 404:
    case 409:
    case 410:
    case 451:
        throw Error(ErrorKind::ExchangeNotAvailable, where + detail);
    default:
        if (r.status >= 500) {
            throw Error(ErrorKind::ExchangeNotAvailable, where + detail);
        }
        throw Error(ErrorKind::ExchangeError, where + detail);
    }
}

} // namespace

Result<JsonDocument> Exchange::interpret(const HttpRequest& sent, const HttpResponse& response)
{
    if (response.transportError) {
        return *response.transportError;
    }
    auto parsed = JsonDocument::tryParse(response.body);
    try {
        handleErrors(response, parsed ? &*parsed : nullptr);
        throwForStatus(m_description.id, sent, response);
        if (!parsed) {
            JsonDocument::parse(response.body); // throws the typed BadResponse / NullResponse
        }
    } catch (const Error& e) {
        // Whichever mapping typed the error (the exchange's code or the HTTP status), the wait it asked for
        // travels with it, for the retry and for the words the user reads.
        if (auto wait = retryAfterMs(response)) {
            Error timed(e.kind(),
                        e.message() + " (the exchange asks to retry after " + std::to_string(*wait / 1000) + " s)");
            return timed.setRetryAfterMs(*wait);
        }
        return e;
    }
    return std::move(*parsed);
}

// ---- params ----

void mergeParams(JsonValue& into, const JsonValue& extra)
{
    if (!extra.isObject()) {
        return;
    }
    for (const auto& [k, v] : extra.members()) {
        into.set(k, v);
    }
}

std::optional<JsonValue> takeParam(JsonValue& params, std::string_view key)
{
    if (auto* v = params.find(key)) {
        JsonValue copy = *v;
        params.remove(key);
        return copy;
    }
    return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> paramPairs(const JsonValue& params)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [k, v] : params.members()) {
        if (v.isNull()) {
            continue;
        }
        if (v.isArray() || v.isObject()) {
            out.emplace_back(k, v.dump());
        } else {
            out.emplace_back(k, v.asString().value_or(std::string()));
        }
    }
    return out;
}

std::string randomClientOrderId(std::string_view prefix)
{
    static constexpr char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    thread_local std::mt19937_64 generator {std::random_device {}()};
    std::uniform_int_distribution<int> pick(0, 35);
    std::string id(prefix);
    for (int i = 0; i < 20; ++i) {
        id.push_back(alphabet[pick(generator)]);
    }
    return id;
}

} // namespace bourse::ex
