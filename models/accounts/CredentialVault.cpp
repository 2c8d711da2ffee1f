// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialVault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

namespace bourse::models {

namespace {

QString key(const QString& account)
{
    return QStringLiteral("account/") + account;
}

// Secrets do not outlive their use in freed memory.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        bytes.fill('\0');
    }
    bytes.clear();
}

} // namespace

CredentialVault::CredentialVault(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QByteArray CredentialVault::serialise(const ex::Credentials& c)
{
    QJsonObject other;
    for (const auto& [name, value] : c.other) {
        other.insert(QString::fromStdString(name), QString::fromStdString(value));
    }
    const QJsonObject o {{QStringLiteral("apiKey"), QString::fromStdString(c.apiKey)},
                         {QStringLiteral("secret"), QString::fromStdString(c.secret)},
                         {QStringLiteral("password"), QString::fromStdString(c.password)},
                         {QStringLiteral("uid"), QString::fromStdString(c.uid)},
                         {QStringLiteral("other"), other}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<ex::Credentials> CredentialVault::deserialise(const QByteArray& bytes)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    ex::Credentials c;
    c.apiKey = o.value(QStringLiteral("apiKey")).toString().toStdString();
    c.secret = o.value(QStringLiteral("secret")).toString().toStdString();
    c.password = o.value(QStringLiteral("password")).toString().toStdString();
    c.uid = o.value(QStringLiteral("uid")).toString().toStdString();
    const QJsonObject other = o.value(QStringLiteral("other")).toObject();
    for (auto it = other.begin(); it != other.end(); ++it) {
        c.other[it.key().toStdString()] = it.value().toString().toStdString();
    }
    return c;
}

QString CredentialVault::describeError(int keychainError, const QString& detail)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return tr("No API key is stored in the keychain for this account.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return tr("The keychain refused access: it is locked or the request was declined. Unlock it and try "
                  "again. (%1)")
            .arg(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return tr("No keychain is available. Bourse keeps API keys only in the system keychain (GNOME Keyring, "
                  "KWallet or KeePassXC's Secret Service on Linux); start one and try again. Nothing was stored "
                  "anywhere else. (%1)")
            .arg(detail);
    case QKeychain::CouldNotDeleteEntry:
        return tr("The keychain could not delete the entry: %1").arg(detail);
    case QKeychain::OtherError:
        break;
    }
    return tr("The keychain could not be used (%1). Bourse keeps API keys only in the system keychain; nothing was "
              "stored anywhere else.")
        .arg(detail);
}

void CredentialVault::store(const QString& account, const ex::Credentials& credentials,
                            std::function<void(QString)> done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key(account));
    QByteArray bytes = serialise(credentials);
    job->setBinaryData(bytes);
    wipe(bytes);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        done(describeError(finished->error(), finished->errorString()));
    });
    job->start();
}

void CredentialVault::load(const QString& account, std::function<void(std::optional<ex::Credentials>, QString)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key(account));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            done(std::nullopt, describeError(finished->error(), finished->errorString()));
            return;
        }
        QByteArray bytes = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
        std::optional<ex::Credentials> credentials = deserialise(bytes);
        wipe(bytes);
        if (!credentials) {
            done(std::nullopt, tr("The keychain entry of this account is not one Bourse wrote; enter the keys again."));
            return;
        }
        done(std::move(credentials), {});
    });
    job->start();
}

void CredentialVault::remove(const QString& account, std::function<void(QString)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key(account));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        // Deleting what is not there leaves the keychain as asked.
        const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(gone ? QString() : describeError(finished->error(), finished->errorString()));
    });
    job->start();
}

} // namespace bourse::models
