// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace bourse::models {

// The only place API keys are kept between runs: the OS keychain, through QtKeychain (the Secret Service on
// Linux, the Keychain on macOS, the Credential Manager on Windows). One entry per account, under the account's
// label. There is no fallback to a file: when no keychain answers, storing fails and says why in plain words.
class CredentialVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialVault)

public:
    static constexpr const char* kService = "Bourse";

    explicit CredentialVault(QString service = QString::fromLatin1(kService), QObject* parent = nullptr);

    // `done` gets an empty string on success, else what went wrong, for the user.
    void store(const QString& account, const ex::Credentials& credentials, std::function<void(QString)> done);
    void load(const QString& account, std::function<void(std::optional<ex::Credentials>, QString)> done);
    void remove(const QString& account, std::function<void(QString)> done);

    // The keychain's error code, in words a trader can act on.
    static QString describeError(int keychainError, const QString& detail);

    // The entry's bytes (JSON); exposed for tests of the round trip.
    static QByteArray serialise(const ex::Credentials& credentials);
    static std::optional<ex::Credentials> deserialise(const QByteArray& bytes);

private:
    QString m_service;
};

} // namespace bourse::models
