// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsDialog.h"

#include "models/ErrorText.h"
#include "models/accounts/CredentialVault.h"
#include "models/session/ExchangeSession.h"
#include "models/session/SessionPool.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace bourse::ui {

AccountsDialog::AccountsDialog(models::AccountList& accounts, models::CredentialVault& vault, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Exchange accounts"));
    resize(720, 420);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accountsList"));
    auto* newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(QStringLiteral("newButton"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(m_removeButton);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelLineEdit"));
    m_label->setPlaceholderText(tr("e.g. Binance main"));
    m_exchange = new QComboBox(this);
    m_exchange->setObjectName(QStringLiteral("exchangeComboBox"));
    for (const auto& choice : models::SessionPool::openableExchanges()) {
        // An exchange that needs no keys (the demo) has no account to set up.
        if (!models::AccountList::credentialFields(choice.id).isEmpty()) {
            //: An exchange that closed or left ccxt: Bourse speaks the API it documented in 2019
            m_exchange->addItem(choice.pastVenue ? tr("%1 (2019 API)").arg(choice.name) : choice.name, choice.id);
            m_exchange->setItemData(m_exchange->count() - 1, choice.pastVenue, Qt::UserRole + 1);
        }
    }
    m_apiHost = new QLineEdit(this);
    m_apiHost->setObjectName(QStringLiteral("apiHostLineEdit"));
    m_apiHost->setPlaceholderText(tr("the exchange's own"));
    m_apiHost->setToolTip(tr("For a venue that closed or moved: every request of this account goes to this host "
                             "instead, keys included. Enter only a host you trust."));
    m_form = new QFormLayout;
    m_form->addRow(tr("&Label:"), m_label);
    m_form->addRow(tr("&Exchange:"), m_exchange);
    m_form->addRow(tr("API &host:"), m_apiHost);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto* note = new QLabel(tr("Keys are kept in the system keychain only. Give them trading rights only if you "
                               "trade from Bourse, and never withdrawal rights."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::mutedText().name()));

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addWidget(note);
    right->addWidget(m_status);
    right->addStretch(1);
    right->addWidget(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(newButton, &QPushButton::clicked, this, &AccountsDialog::newAccount);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_saveButton, &QPushButton::clicked, this, &AccountsDialog::save);
    connect(m_testButton, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(m_exchange, &QComboBox::currentIndexChanged, this, &AccountsDialog::rebuildFields);
    connect(m_list, &QListWidget::currentTextChanged, this, [this] {
        if (QListWidgetItem* item = m_list->currentItem()) {
            showAccount(item->data(Qt::UserRole).toString());
        }
    });

    rebuildFields();
    reloadList();
    if (m_list->count() == 0) {
        newAccount();
    }
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::setExchangeOptions(const ex::ExchangeOptions& options)
{
    m_options = std::make_unique<ex::ExchangeOptions>(options);
}

QString AccountsDialog::statusText() const
{
    return m_status->text();
}

void AccountsDialog::reloadList(const QString& select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const models::Account& account : m_accounts.accounts()) {
        const int index = m_exchange->findData(account.exchange);
        const QString exchange = index >= 0 ? m_exchange->itemText(index) : account.exchange;
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(account.label, exchange), m_list);
        item->setData(Qt::UserRole, account.label);
        if (account.label == select) {
            m_list->setCurrentItem(item);
        }
    }
    m_removeButton->setEnabled(m_list->count() > 0);
}

void AccountsDialog::newAccount()
{
    m_editing.clear();
    m_list->clearSelection();
    m_label->clear();
    m_apiHost->clear();
    for (QLineEdit* field : std::as_const(m_fields)) {
        field->clear();
    }
    setStatus({}, false);
    m_label->setFocus();
}

void AccountsDialog::showAccount(const QString& label)
{
    const std::optional<models::Account> account = m_accounts.find(label);
    if (!account) {
        return;
    }
    m_editing = label;
    m_label->setText(account->label);
    m_exchange->setCurrentIndex(std::max(0, m_exchange->findData(account->exchange)));
    m_apiHost->setText(account->apiHost);
    setBusy(true);
    setStatus(tr("Reading the keys from the keychain…"), false);
    m_vault.load(label, [this, label](std::optional<ex::Credentials> credentials, const QString& error) {
        setBusy(false);
        if (m_editing != label) {
            return; // another account was chosen meanwhile
        }
        if (!credentials) {
            setStatus(error, true);
            return;
        }
        const auto fill = [this](const char* name, const std::string& value) {
            if (QLineEdit* field = m_fields.value(QString::fromLatin1(name))) {
                field->setText(QString::fromStdString(value));
            }
        };
        fill("apiKey", credentials->apiKey);
        fill("secret", credentials->secret);
        fill("password", credentials->password);
        fill("uid", credentials->uid);
        for (const auto& [name, value] : credentials->other) {
            if (QLineEdit* field = m_fields.value(QString::fromStdString(name))) {
                field->setText(QString::fromStdString(value));
            }
        }
        setStatus(tr("Keys read from the keychain."), false);
    });
}

bool AccountsDialog::pastVenueChosen() const
{
    return m_exchange->currentData(Qt::UserRole + 1).toBool();
}

void AccountsDialog::rebuildFields()
{
    // Only a venue on its 2019 API may be pointed elsewhere: for a live exchange another host is a place the keys
    // should never go.
    m_form->setRowVisible(m_apiHost, pastVenueChosen());
    if (!pastVenueChosen()) {
        m_apiHost->clear();
    }
    for (QLineEdit* field : std::as_const(m_fields)) {
        m_form->removeRow(field);
    }
    m_fields.clear();
    for (const auto& f : models::AccountList::credentialFields(m_exchange->currentData().toString())) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("credential-%1").arg(f.name));
        edit->setAccessibleName(f.title);
        edit->setEchoMode(f.secret ? QLineEdit::Password : QLineEdit::Normal);
        // Keys are pasted; a stray space from a web page is never part of one.
        connect(edit, &QLineEdit::editingFinished, edit, [edit] { edit->setText(edit->text().trimmed()); });
        m_form->addRow(f.title + QLatin1Char(':'), edit);
        m_fields.insert(f.name, edit);
    }
}

ex::Credentials AccountsDialog::typedCredentials() const
{
    ex::Credentials c;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const std::string value = it.value()->text().trimmed().toStdString();
        if (it.key() == QLatin1String("apiKey")) {
            c.apiKey = value;
        } else if (it.key() == QLatin1String("secret")) {
            c.secret = value;
        } else if (it.key() == QLatin1String("password")) {
            c.password = value;
        } else if (it.key() == QLatin1String("uid")) {
            c.uid = value;
        } else {
            c.other[it.key().toStdString()] = value;
        }
    }
    return c;
}

bool AccountsDialog::formComplete(QString* missing) const
{
    if (m_label->text().trimmed().isEmpty()) {
        *missing = tr("Give the account a label.");
        return false;
    }
    for (const auto& field : models::AccountList::credentialFields(m_exchange->currentData().toString())) {
        const QLineEdit* edit = m_fields.value(field.name);
        const QString problem =
            models::AccountList::credentialProblem(field, edit ? edit->text().trimmed() : QString());
        if (!problem.isEmpty()) {
            *missing = problem;
            return false;
        }
    }
    if (const QString problem = models::AccountList::apiHostProblem(m_apiHost->text().trimmed()); !problem.isEmpty()) {
        *missing = problem;
        return false;
    }
    return true;
}

void AccountsDialog::save()
{
    QString missing;
    if (!formComplete(&missing)) {
        setStatus(missing, true);
        return;
    }
    const models::Account account {m_label->text().trimmed(), m_exchange->currentData().toString(),
                                   pastVenueChosen() ? m_apiHost->text().trimmed() : QString()};
    const QString previous = m_editing;
    if (account.label != previous && m_accounts.find(account.label)) {
        setStatus(tr("An account named “%1” exists already.").arg(account.label), true);
        return;
    }
    setBusy(true);
    setStatus(tr("Saving the keys in the keychain…"), false);
    // The settings learn of the account only once the keychain holds its keys.
    m_vault.store(account.label, typedCredentials(), [this, account, previous](const QString& error) {
        setBusy(false);
        if (!error.isEmpty()) {
            setStatus(error, true);
            return;
        }
        m_accounts.put(account);
        if (!previous.isEmpty() && previous != account.label) {
            m_accounts.remove(previous);
            m_vault.remove(previous, [](const QString&) {});
        }
        m_editing = account.label;
        reloadList(account.label);
        setStatus(tr("Saved. The keys are in the system keychain."), false);
        emit accountsChanged();
    });
}

void AccountsDialog::removeAccount()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    const QString label = item->data(Qt::UserRole).toString();
    if (QMessageBox::question(this, tr("Remove account"),
                              tr("Remove the account “%1” and delete its keys from the keychain?").arg(label))
        != QMessageBox::Yes) {
        return;
    }
    setBusy(true);
    m_vault.remove(label, [this, label](const QString& error) {
        setBusy(false);
        if (!error.isEmpty()) {
            setStatus(error, true); // the account stays listed while its keys are still in the keychain
            return;
        }
        m_accounts.remove(label);
        reloadList();
        newAccount();
        setStatus(tr("Removed “%1” and its keys.").arg(label), false);
        emit accountsChanged();
    });
}

void AccountsDialog::testConnection()
{
    QString missing;
    if (!formComplete(&missing)) {
        setStatus(missing, true);
        return;
    }
    m_testSession = std::make_unique<models::ExchangeSession>(m_exchange->currentData().toString());
    ex::ExchangeOptions options = m_options ? *m_options : ex::ExchangeOptions();
    if (const QString host = m_apiHost->text().trimmed(); pastVenueChosen() && !host.isEmpty()) {
        options.apiUrl = host.toStdString();
    }
    m_testSession->setOptions(options);
    m_testSession->setCredentials(typedCredentials());
    m_testSession->start();
    setBusy(true);
    setStatus(tr("Asking %1 for the balance…").arg(m_exchange->currentText()), false);
    m_testSession->testConnection(this, [this](ex::Result<ex::Balance> result) {
        setBusy(false);
        if (!result.ok()) {
            setStatus(models::plainWords(result.error()), true);
            return;
        }
        int held = 0;
        for (const auto& [code, entry] : result.value().currencies) {
            if (entry.total && !entry.total->isZero()) {
                ++held;
            }
        }
        setStatus(tr("Connected: the keys work; the account holds %n currencies.", nullptr, held), false);
    });
}

void AccountsDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Theme::down().name()) : QString());
}

void AccountsDialog::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    const bool idle = m_busy == 0;
    m_saveButton->setEnabled(idle);
    m_testButton->setEnabled(idle);
    m_removeButton->setEnabled(idle && m_list->count() > 0);
}

} // namespace bourse::ui
