// SPDX-License-Identifier: GPL-3.0-or-later
#include "QnamTransport.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace bourse::ex {
namespace {

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
    QNetworkRequest qreq(QUrl(QString::fromStdString(request.url), QUrl::StrictMode));
    qreq.setTransferTimeout(request.timeoutMs);
    // Only within the same scheme, host and port: a redirect elsewhere would carry the API key header to a host
    // the user never chose (and https -> http would drop TLS). It comes back as its 3xx, a typed error.
    qreq.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    qreq.setRawHeader("User-Agent", "Bourse/0.1");
    for (const auto& [k, v] : request.headers) {
        qreq.setRawHeader(QByteArray::fromStdString(k), QByteArray::fromStdString(v));
    }
    QByteArray body = QByteArray::fromStdString(request.body);
    QNetworkReply* reply = m_manager->sendCustomRequest(qreq, QByteArray::fromStdString(request.method), body);
    std::string url = request.url;
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), url]() {
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto& [k, v] : reply->rawHeaderPairs()) {
            response.headers.emplace_back(k.toStdString(), v.toStdString());
        }
        response.body = reply->readAll().toStdString();
        // An HTTP error status still carries a body for the exchange's own error mapping; only a missing answer
        // is a transport error.
        if (reply->error() != QNetworkReply::NoError && response.status == 0) {
            response.transportError = errorFor(reply->error(), reply->errorString(), url);
        }
        done(std::move(response));
    });
}

} // namespace bourse::ex
