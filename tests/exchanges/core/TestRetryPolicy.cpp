// SPDX-License-Identifier: GPL-3.0-or-later
// Retries: which failures of which requests are tried again, after how long, and that the request pipeline
// re-signs each attempt, passes it through the throttle and gives up after the bound. The waits are recorded,
// not slept: the policy's jitter and wait are injected.
#include "core/Exchange.h"

#include <QTest>
#include <deque>

using namespace bourse::ex;

Q_DECLARE_METATYPE(bourse::ex::ErrorKind)

namespace {

HttpResponse answer(int status, std::string body = {}, Headers headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    return r;
}

HttpResponse noAnswer(ErrorKind kind)
{
    HttpResponse r;
    r.transportError = Error(kind, "no answer");
    return r;
}

RetryPolicy fixedPolicy(double jitter = 0)
{
    RetryPolicy p;
    p.jitter = [jitter] { return jitter; };
    return p;
}

// Answers from a script and counts what was sent.
class Script final : public Transport
{
public:
    std::deque<HttpResponse> replies;
    std::vector<HttpRequest> sent;
    void send(const HttpRequest& request, std::function<void(HttpResponse)> done) override
    {
        sent.push_back(request);
        HttpResponse r = replies.empty() ? noAnswer(ErrorKind::NetworkError) : replies.front();
        if (!replies.empty()) {
            replies.pop_front();
        }
        done(r);
    }
};

// The smallest exchange: one public section, each request signed with a counter so re-signing shows.
class Plain final : public Exchange
{
public:
    Plain(Transport& transport, Clock& clock)
        : Exchange(describe(), transport, clock)
    {
    }
    int signatures = 0;

protected:
    HttpRequest sign(const RequestSpec& spec) override
    {
        HttpRequest r;
        r.method = spec.method;
        r.url = apiUrl(spec.api) + "/" + spec.path + "?n=" + std::to_string(++signatures);
        return r;
    }

private:
    static ExchangeDescription describe()
    {
        ExchangeDescription d;
        d.id = "plain";
        d.api["public"] = "https://plain.example/api";
        d.rateLimitMs = 0;
        return d;
    }
};

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void delays_data();
    void delays();
    void retryAfterHeader_data();
    void retryAfterHeader();
    void pipelineRetriesAReadUntilItSucceeds();
    void pipelineGivesUpAfterTheBound();
    void pipelineSendsAPostOnce_data();
    void pipelineSendsAPostOnce();
    void retriesAreOffByDefault();
    void retryAfterTravelsWithTheError();
};

void TestRetryPolicy::delays_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("status"); // 0: no answer (a transport error of kind `kind`)
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("retryAfter");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<int>("expected"); // -1: not retried

    QTest::newRow("503, first failure") << "GET" << 1 << 503 << ErrorKind::ExchangeNotAvailable << "" << 0.0 << 500;
    QTest::newRow("503, second failure") << "GET" << 2 << 503 << ErrorKind::ExchangeNotAvailable << "" << 0.0 << 1000;
    QTest::newRow("jitter adds up to half")
        << "GET" << 2 << 502 << ErrorKind::ExchangeNotAvailable << "" << 0.999 << 1499;
    QTest::newRow("bounded at three tries") << "GET" << 3 << 503 << ErrorKind::ExchangeNotAvailable << "" << 0.0 << -1;
    QTest::newRow("timeout") << "GET" << 1 << 0 << ErrorKind::RequestTimeout << "" << 0.0 << 500;
    QTest::newRow("reset") << "GET" << 1 << 0 << ErrorKind::NetworkError << "" << 0.5 << 625;
    QTest::newRow("429 without Retry-After") << "GET" << 1 << 429 << ErrorKind::RateLimitExceeded << "" << 0.0 << 500;
    QTest::newRow("429 Retry-After 3") << "GET" << 1 << 429 << ErrorKind::RateLimitExceeded << "3" << 0.0 << 3000;
    QTest::newRow("429 Retry-After too long") << "GET" << 1 << 429 << ErrorKind::RateLimitExceeded << "60" << 0.0 << -1;
    QTest::newRow("418 ban") << "GET" << 1 << 418 << ErrorKind::RateLimitExceeded << "2" << 0.0 << -1;
    QTest::newRow("DDoS page on a 503") << "GET" << 1 << 503 << ErrorKind::DDoSProtection << "" << 0.0 << -1;
    QTest::newRow("maintenance") << "GET" << 1 << 503 << ErrorKind::OnMaintenance << "" << 0.0 << -1;
    QTest::newRow("bad request") << "GET" << 1 << 400 << ErrorKind::BadRequest << "" << 0.0 << -1;
    QTest::newRow("unreadable 200") << "GET" << 1 << 200 << ErrorKind::BadResponse << "" << 0.0 << -1;
    QTest::newRow("POST on a 503") << "POST" << 1 << 503 << ErrorKind::ExchangeNotAvailable << "" << 0.0 << -1;
    QTest::newRow("POST on a timeout") << "POST" << 1 << 0 << ErrorKind::RequestTimeout << "" << 0.0 << -1;
    QTest::newRow("DELETE on a reset") << "DELETE" << 1 << 0 << ErrorKind::NetworkError << "" << 0.0 << -1;
    QTest::newRow("PUT on a 503") << "PUT" << 1 << 503 << ErrorKind::ExchangeNotAvailable << "" << 0.0 << -1;
}

void TestRetryPolicy::delays()
{
    QFETCH(QString, method);
    QFETCH(int, attempt);
    QFETCH(int, status);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, retryAfter);
    QFETCH(double, jitter);
    QFETCH(int, expected);
    HttpResponse response = status == 0 ? noAnswer(kind) : answer(status);
    if (!retryAfter.isEmpty()) {
        response.headers.emplace_back("retry-after", retryAfter.toStdString());
    }
    auto delay = retryDelayMs(fixedPolicy(jitter), method.toStdString(), attempt, response, Error(kind, "x"));
    QCOMPARE(delay.value_or(-1), expected);
}

void TestRetryPolicy::retryAfterHeader_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<qlonglong>("ms"); // -1: not understood
    QTest::newRow("seconds") << "30" << 30000LL;
    QTest::newRow("zero") << "0" << 0LL;
    QTest::newRow("spaces") << " 2 " << 2000LL;
    QTest::newRow("http date") << "Wed, 21 Oct 2026 07:28:00 GMT" << -1LL;
    QTest::newRow("negative") << "-5" << -1LL;
    QTest::newRow("junk") << "3s" << -1LL;
}

void TestRetryPolicy::retryAfterHeader()
{
    QFETCH(QString, value);
    QFETCH(qlonglong, ms);
    HttpResponse r = answer(429, {}, {{"Retry-After", value.toStdString()}});
    QCOMPARE(retryAfterMs(r).value_or(-1), ms);
}

void TestRetryPolicy::pipelineRetriesAReadUntilItSucceeds()
{
    Script transport;
    Clock clock;
    Plain exchange(transport, clock);
    std::vector<int> waits;
    RetryPolicy p = fixedPolicy(0.5);
    p.wait = [&waits](int ms, std::function<void()> then) {
        waits.push_back(ms);
        then();
    };
    exchange.setRetryPolicy(p);
    transport.replies = {answer(503), noAnswer(ErrorKind::RequestTimeout), answer(200, R"({"ok":1})")};
    std::optional<Result<JsonDocument>> result;
    exchange.request({"public", "GET", "x", JsonValue::object(), 1},
                     [&](Result<JsonDocument> r) { result.emplace(std::move(r)); });
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().root()["ok"].integer().value_or(0), 1LL);
    QCOMPARE(waits, (std::vector<int> {625, 1250}));
    QCOMPARE(transport.sent.size(), size_t(3));
    // Each attempt is signed afresh: a nonce or timestamp is never replayed.
    QCOMPARE(transport.sent[2].url, std::string("https://plain.example/api/x?n=3"));
}

void TestRetryPolicy::pipelineGivesUpAfterTheBound()
{
    Script transport;
    Clock clock;
    Plain exchange(transport, clock);
    RetryPolicy p = fixedPolicy();
    p.maxAttempts = 4;
    p.wait = [](int, std::function<void()> then) { then(); };
    exchange.setRetryPolicy(p);
    for (int i = 0; i < 6; ++i) {
        transport.replies.push_back(answer(502, "<html>Bad Gateway</html>"));
    }
    std::optional<Result<JsonDocument>> result;
    exchange.request({"public", "GET", "x", JsonValue::object(), 1},
                     [&](Result<JsonDocument> r) { result.emplace(std::move(r)); });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind(), ErrorKind::ExchangeNotAvailable);
    QCOMPARE(transport.sent.size(), size_t(4));
}

void TestRetryPolicy::pipelineSendsAPostOnce_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("POST") << "POST";
    QTest::newRow("DELETE") << "DELETE";
}

void TestRetryPolicy::pipelineSendsAPostOnce()
{
    QFETCH(QString, method);
    Script transport;
    Clock clock;
    Plain exchange(transport, clock);
    int waited = 0;
    RetryPolicy p = fixedPolicy();
    p.wait = [&waited](int, std::function<void()> then) {
        ++waited;
        then();
    };
    exchange.setRetryPolicy(p);
    transport.replies = {noAnswer(ErrorKind::RequestTimeout), answer(200, "{}")};
    std::optional<Result<JsonDocument>> result;
    exchange.request({"public", method.toStdString(), "order", JsonValue::object(), 1},
                     [&](Result<JsonDocument> r) { result.emplace(std::move(r)); });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind(), ErrorKind::RequestTimeout);
    QCOMPARE(transport.sent.size(), size_t(1));
    QCOMPARE(waited, 0);
}

void TestRetryPolicy::retriesAreOffByDefault()
{
    Script transport;
    Clock clock;
    Plain exchange(transport, clock);
    QCOMPARE(exchange.retryPolicy().maxAttempts, 1);
    transport.replies = {answer(503), answer(200, "{}")};
    std::optional<Result<JsonDocument>> result;
    exchange.request({"public", "GET", "x", JsonValue::object(), 1},
                     [&](Result<JsonDocument> r) { result.emplace(std::move(r)); });
    QVERIFY(result && !result->ok());
    QCOMPARE(transport.sent.size(), size_t(1));
}

void TestRetryPolicy::retryAfterTravelsWithTheError()
{
    Script transport;
    Clock clock;
    Plain exchange(transport, clock);
    transport.replies = {answer(429, "", {{"Retry-After", "7"}})};
    std::optional<Result<JsonDocument>> result;
    exchange.request({"public", "GET", "x", JsonValue::object(), 1},
                     [&](Result<JsonDocument> r) { result.emplace(std::move(r)); });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind(), ErrorKind::RateLimitExceeded);
    QCOMPARE(result->error().retryAfterMs().value_or(0), 7000LL);
    QVERIFY(result->error().message().find("retry after 7 s") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
