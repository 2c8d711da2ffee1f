// SPDX-License-Identifier: GPL-3.0-or-later
#include "QnamTransport.h"

#include "TransportPolicy.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>
#include <algorithm>
#include <cstring>

namespace bourse::ex {
namespace {

constexpr const char* kRefusedRedirect = "bourseRefusedRedirect";
constexpr const char* kTooLarge = "bourseTooLarge";

// A request body that can be read once. Qt's HTTP channel sends a request again, on its own, when the connection
// closes before an answer (a stale keep-alive connection, a reset); for a GET that is harmless, for a POST it can
// place an order twice. Qt re-sends only after rewinding the body: this one refuses to rewind once read, so the
// second send fails with ContentReSendError and the caller finds out what happened to the first.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_read) + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override { return m_read >= m_data.size() && QIODevice::atEnd(); }
    // Before the first byte leaves, a rewind changes nothing; after it, it would mean sending the request again.
    bool reset() override { return m_read == 0; }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_read);
        if (n > 0) {
            std::memcpy(out, m_data.constData() + m_read, static_cast<size_t>(n));
            m_read += n;
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

bool isIdempotent(const std::string& method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

Error errorFor(QNetworkReply::NetworkError code, const QString& text, const std::string& url)
{
    std::string detail = text.toStdString() + " (" + url + ")";
    switch (code) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return Error(ErrorKind::RequestTimeout, "request timed out: " + detail);
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return Error(ErrorKind::ExchangeNotAvailable, "the exchange could not be reached: " + detail);
    case QNetworkReply::RemoteHostClosedError:
        return Error(ErrorKind::NetworkError, "the connection was closed by the exchange: " + detail);
    case QNetworkReply::ContentReSendError:
        return Error(ErrorKind::NetworkError,
                     "the connection closed before the exchange answered; the request was not sent again: " + detail);
    case QNetworkReply::SslHandshakeFailedError:
        return Error(ErrorKind::NetworkError, "the exchange's TLS certificate was not accepted: " + detail);
    default:
        return Error(ErrorKind::NetworkError, detail);
    }
}

} // namespace

QnamTransport::QnamTransport(QObject* parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_manager->setAutoDeleteReplies(true);
}

QnamTransport::~QnamTransport() = default;

void QnamTransport::send(const HttpRequest& request, std::function<void(HttpResponse)> done)
{
    if (auto refused = refusedUrlReason(request.url)) {
        // Never sent: the keys and the signature stay here.
        HttpResponse response;
        response.transportError = Error(ErrorKind::BadRequest, "request not sent: " + *refused);
        done(std::move(response));
        return;
    }
    QNetworkRequest qreq(QUrl(QString::fromStdString(request.url), QUrl::StrictMode));
    qreq.setTransferTimeout(request.timeoutMs);
    // Every redirect is checked: to plain http beyond this machine it is refused (the transport policy); to
    // another origin it is not followed, since it would carry the API key header to a host the user never chose,
    // and the 3xx itself comes back for the exchange to report; within the origin it is followed.
    qreq.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    qreq.setRawHeader("User-Agent", "Bourse/0.1");
    for (const auto& [k, v] : request.headers) {
        qreq.setRawHeader(QByteArray::fromStdString(k), QByteArray::fromStdString(v));
    }
    QByteArray body = QByteArray::fromStdString(request.body);
    const QByteArray method = QByteArray::fromStdString(request.method);
    QNetworkReply* reply = nullptr;
    if (isIdempotent(request.method)) {
        reply = m_manager->sendCustomRequest(qreq, method, body);
    } else {
        // Unbuffered, so Qt reads the body from the device itself and cannot keep a copy to send again; with the
        // length given, it is sent as one body rather than in chunks.
        qreq.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        qreq.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto* device = new OneShotBody(std::move(body), nullptr);
        reply = m_manager->sendCustomRequest(qreq, method, device);
        device->setParent(reply);
    }
    std::string url = request.url;
    const QUrl origin = qreq.url();
    connect(reply, &QNetworkReply::redirected, reply, [reply, origin](const QUrl& target) {
        if (auto refused = refusedUrlReason(target.toString().toStdString())) {
            reply->setProperty(kRefusedRedirect, QString::fromStdString(*refused));
            reply->abort();
        } else if (target.scheme() != origin.scheme() || target.host() != origin.host()
                   || target.port(origin.scheme() == QLatin1String("https") ? 443 : 80)
                       != origin.port(origin.scheme() == QLatin1String("https") ? 443 : 80)) {
            reply->abort(); // the 3xx, with its Location, is the answer
        } else {
            Q_EMIT reply->redirectAllowed();
        }
    });
    const qint64 maxBytes = m_maxResponseBytes;
    auto tooLarge = [reply, maxBytes](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes) {
            reply->setProperty(kTooLarge, true);
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply,
            [reply, tooLarge] { tooLarge(0, reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()); });
    connect(reply, &QNetworkReply::downloadProgress, reply, tooLarge);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), url, maxBytes]() {
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto& [k, v] : reply->rawHeaderPairs()) {
            response.headers.emplace_back(k.toStdString(), v.toStdString());
        }
        response.body = reply->readAll().toStdString();
        // An HTTP error status still carries a body for the exchange's own error mapping; only a missing answer
        // is a transport error.
        const QVariant refusedRedirect = reply->property(kRefusedRedirect);
        if (reply->property(kTooLarge).isValid()) {
            response.status = 0;
            response.body.clear();
            response.transportError = Error(ErrorKind::BadResponse,
                                            "the answer is larger than " + std::to_string(maxBytes / (1024 * 1024))
                                                + " MB and was not read (" + url + ")");
        } else if (refusedRedirect.isValid()) {
            // The request arrived; what the exchange did with it is unknown (a NetworkError, like a lost reply).
            response.status = 0;
            response.transportError =
                Error(ErrorKind::NetworkError,
                      "the exchange redirected the request, refused: " + refusedRedirect.toString().toStdString());
        } else if (reply->error() != QNetworkReply::NoError && response.status == 0) {
            response.transportError = errorFor(reply->error(), reply->errorString(), url);
        }
        done(std::move(response));
    });
}

} // namespace bourse::ex
