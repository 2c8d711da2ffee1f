// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransportPolicy.h"

#include <QHostAddress>
#include <QUrl>

namespace bourse::ex {

bool isLoopbackHost(const std::string& host)
{
    const QString name = QString::fromStdString(host).toLower();
    if (name == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

std::optional<std::string> refusedUrlReason(const std::string& url)
{
    const QUrl parsed(QString::fromStdString(url), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        return "not a URL with a host";
    }
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return std::nullopt;
    }
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(parsed.host().toStdString())) {
            return std::nullopt;
        }
        return "plain http is refused for " + parsed.host().toStdString()
            + ": keys and orders go to an exchange over https only (http is for servers on this machine)";
    }
    return "the scheme " + scheme.toStdString() + " is refused for " + parsed.host().toStdString() + " (https only)";
}

} // namespace bourse::ex
