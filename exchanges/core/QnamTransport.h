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

private:
    QNetworkAccessManager* m_manager;
};

} // namespace bourse::ex
