// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountList.h"

#include "Registry.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "core/OfflineTransports.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <memory>

namespace bourse::models {

namespace {

QSettings& defaultSettings()
{
    static QSettings settings;
    return settings;
}

} // namespace

AccountList::AccountList(QSettings* settings)
    : m_settings(settings ? settings : &defaultSettings())
{
}

QList<Account> AccountList::accounts() const
{
    QList<Account> list;
    const int size = m_settings->beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        Account a {m_settings->value(QStringLiteral("label")).toString(),
                   m_settings->value(QStringLiteral("exchange")).toString(),
                   m_settings->value(QStringLiteral("apiHost")).toString()};
        if (!a.label.isEmpty() && !a.exchange.isEmpty()) {
            list.append(a);
        }
    }
    m_settings->endArray();
    return list;
}

std::optional<Account> AccountList::find(const QString& label) const
{
    for (const Account& a : accounts()) {
        if (a.label == label) {
            return a;
        }
    }
    return std::nullopt;
}

bool AccountList::put(const Account& account, QString* error)
{
    if (account.label.trimmed().isEmpty() || account.exchange.isEmpty()) {
        if (error) {
            *error = tr("An account needs a label and an exchange.");
        }
        return false;
    }
    QList<Account> list = accounts();
    bool replaced = false;
    for (Account& a : list) {
        if (a.label == account.label) {
            a = account;
            replaced = true;
        }
    }
    if (!replaced) {
        list.append(account);
    }
    write(list);
    return true;
}

bool AccountList::remove(const QString& label)
{
    QList<Account> list = accounts();
    const auto removed = list.removeIf([&label](const Account& a) { return a.label == label; });
    if (removed == 0) {
        return false;
    }
    write(list);
    return true;
}

void AccountList::write(const QList<Account>& accounts)
{
    m_settings->remove(QStringLiteral("accounts"));
    m_settings->beginWriteArray(QStringLiteral("accounts"), static_cast<int>(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("label"), accounts.at(i).label);
        m_settings->setValue(QStringLiteral("exchange"), accounts.at(i).exchange);
        if (!accounts.at(i).apiHost.isEmpty()) {
            m_settings->setValue(QStringLiteral("apiHost"), accounts.at(i).apiHost);
        }
    }
    m_settings->endArray();
    // QSettings replaces its file by renaming a synced temporary file over it; the folder sync makes the rename
    // durable as well.
    m_settings->sync();
    ex::syncFolder(QFileInfo(m_settings->fileName()).absolutePath());
}

QList<AccountList::CredentialField> AccountList::credentialFields(const QString& exchangeId)
{
    // The description is data; an exchange object that can send nothing is the way to read it.
    ex::DryRunTransport transport([](const ex::HttpRequest&) {});
    ex::Clock clock;
    const std::unique_ptr<ex::Exchange> exchange = ex::Registry::create(exchangeId.toStdString(), transport, clock);
    if (!exchange) {
        return {};
    }
    const auto& required = exchange->description().requiredCredentials;
    QList<CredentialField> fields;
    if (required.apiKey) {
        fields.append({QStringLiteral("apiKey"), tr("API key"), false});
    }
    if (required.secret) {
        fields.append({QStringLiteral("secret"), tr("Secret"), true});
    }
    if (required.password) {
        fields.append({QStringLiteral("password"), tr("Passphrase"), true});
    }
    if (required.uid) {
        fields.append({QStringLiteral("uid"), tr("User ID"), false});
    }
    for (const std::string& other : required.other) {
        const QString name = QString::fromStdString(other);
        fields.append({name, name, true});
    }
    return fields;
}

QString AccountList::credentialProblem(const CredentialField& field, const QString& value)
{
    if (value.isEmpty()) {
        return tr("%1 needs a value.").arg(field.title);
    }
    if (field.name == QLatin1String("password") || value.startsWith(QLatin1String("-----BEGIN"))) {
        return {};
    }
    for (const QChar c : value) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            return tr("%1 contains a line break. Copy it again from the exchange's API page, in one piece.")
                .arg(field.title);
        }
        if (c.isSpace()) {
            return tr("%1 contains a space. Keys have none: copy it again from the exchange's API page.")
                .arg(field.title);
        }
        if (!c.isPrint()) {
            return tr("%1 contains an invisible character. Copy it again from the exchange's API page.")
                .arg(field.title);
        }
    }
    return {};
}

QString AccountList::apiHostProblem(const QString& host)
{
    if (host.isEmpty()) {
        return {};
    }
    const QUrl url(host, QUrl::StrictMode);
    const bool loopback = url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")
        || url.host() == QLatin1String("::1");
    const bool schemeOk = url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && loopback);
    const bool originOnly = (url.path().isEmpty() || url.path() == QLatin1String("/")) && !url.hasQuery()
        && !url.hasFragment() && url.userInfo().isEmpty();
    if (!url.isValid() || url.host().isEmpty() || !schemeOk || !originOnly) {
        return tr("The API host must be an https:// address without a path, such as https://api.example.com.");
    }
    return {};
}

} // namespace bourse::models
