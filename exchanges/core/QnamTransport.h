// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Http.h"

#include <QObject>

class QNetworkAccessManager;

namespace bourse::ex {

// The real transport over QNetworkAccessManager: TLS verification always on (a TLS error is a NetworkError, never
// ignored), gzip/deflate decoded by Qt, the system proxy honoured, a timeout per request.
class QnamTransport final : public QObject, public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QnamTransport)

public:
    explicit QnamTransport(QObject* parent = nullptr);
    ~QnamTransport() override;

    void send(const HttpRequest& request, std::function<void(HttpResponse)> done) override;

    // An answer longer than this is cut off and reported as unreadable (BadResponse), so that a broken or hostile
    // server cannot fill the memory. The largest real answer (binance's exchangeInfo, about 20 MB) fits many
    // times over.
    static constexpr qint64 kDefaultMaxResponseBytes = 256LL * 1024 * 1024;
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

private:
    QNetworkAccessManager* m_manager;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
};

} // namespace bourse::ex
