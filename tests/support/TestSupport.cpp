// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QFile>

namespace bourse::test {

std::string readTextFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll().toStdString();
}

std::vector<ex::Market> loadMarketsFile(const QString& path)
{
    ex::JsonDocument doc = ex::JsonDocument::parse(readTextFile(path));
    std::vector<ex::Market> markets;
    for (const auto& m : doc.root().members()) {
        markets.push_back(ex::Market::fromJson(m.value));
    }
    return markets;
}

MisbehavingServer::MisbehavingServer(Mode mode, QByteArray answer)
    : m_mode(mode)
    , m_answer(std::move(answer))
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = nextPendingConnection()) {
            ++connections;
            socket->setParent(this);
            if (m_mode == Mode::Reset) {
                socket->abort();
                continue;
            }
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                lastRequest += socket->readAll();
                if (m_mode == Mode::Answer && lastRequest.contains("\r\n\r\n")) {
                    socket->write(m_answer);
                    socket->disconnectFromHost();
                }
            });
        }
    });
}

std::string MisbehavingServer::origin() const
{
    return "http://127.0.0.1:" + std::to_string(serverPort());
}

QByteArray httpResponse(int status, const QByteArray& body, const QByteArray& contentType,
                        const QList<QPair<QByteArray, QByteArray>>& extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
    for (const auto& [k, v] : extraHeaders) {
        out += k + ": " + v + "\r\n";
    }
    return out + "\r\n" + body;
}

} // namespace bourse::test
