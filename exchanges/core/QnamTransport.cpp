// SPDX-License-Identifier: GPL-3.0-or-later
#include "QnamTransport.h"

#include "TransportPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace bourse::ex {
namespace {

constexpr const char* kRefusedRedirect = "bourseRefusedRedirect";

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
    QNetworkReply* reply = m_manager->sendCustomRequest(qreq, QByteArray::fromStdString(request.method), body);
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
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), url]() {
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto& [k, v] : reply->rawHeaderPairs()) {
            response.headers.emplace_back(k.toStdString(), v.toStdString());
        }
        response.body = reply->readAll().toStdString();
        // An HTTP error status still carries a body for the exchange's own error mapping; only a missing answer
        // is a transport error.
        const QVariant refusedRedirect = reply->property(kRefusedRedirect);
        if (refusedRedirect.isValid()) {
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
