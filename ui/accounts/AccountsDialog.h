// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/accounts/AccountList.h"

#include <QDialog>
#include <QMap>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace bourse::ex {
struct Credentials;
struct ExchangeOptions;
} // namespace bourse::ex

namespace bourse::models {
class CredentialVault;
class ExchangeSession;
} // namespace bourse::models

namespace bourse::ui {

// Adds, edits and removes exchange accounts. The keys go to the OS keychain (CredentialVault) and nowhere else:
// the settings keep the label and the exchange. The form asks for what the exchange's description requires;
// "Test connection" asks the exchange for the balance with the keys as typed.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    AccountsDialog(models::AccountList& accounts, models::CredentialVault& vault, QWidget* parent = nullptr);
    ~AccountsDialog() override;

    // Tests point "Test connection" at a local server.
    void setExchangeOptions(const ex::ExchangeOptions& options);
    QString statusText() const;
    // True while a keychain or exchange request is under way.
    bool isBusy() const { return m_busy > 0; }

signals:
    void accountsChanged();

private:
    void reloadList(const QString& select = {});
    void showAccount(const QString& label);
    void newAccount();
    void rebuildFields();
    void save();
    void removeAccount();
    void testConnection();
    ex::Credentials typedCredentials() const;
    bool formComplete(QString* missing) const;
    void setStatus(const QString& text, bool error);
    void setBusy(bool busy);
    bool pastVenueChosen() const;

    models::AccountList& m_accounts;
    models::CredentialVault& m_vault;
    QString m_editing; // label of the account shown, empty for a new one
    QListWidget* m_list;
    QLineEdit* m_label;
    QComboBox* m_exchange;
    QFormLayout* m_form;
    QMap<QString, QLineEdit*> m_fields; // by credential name
    QLineEdit* m_apiHost; // shown for venues that closed or left ccxt (their 2019 API)
    QLabel* m_status;
    QPushButton* m_saveButton;
    QPushButton* m_removeButton;
    QPushButton* m_testButton;
    int m_busy = 0;
    std::unique_ptr<ex::ExchangeOptions> m_options;
    std::unique_ptr<models::ExchangeSession> m_testSession;
};

} // namespace bourse::ui
