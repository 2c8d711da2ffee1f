// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddPanelDialog.h"

#include "LinkGroups.h"
#include "PanelFactory.h"
#include "models/MarketListModel.h"
#include "models/session/ExchangeSession.h"
#include "models/session/SessionPool.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace bourse::ui {

AddPanelDialog::AddPanelDialog(models::SessionPool& sessions, const models::PanelBinding& suggestion, QWidget* parent)
    : QDialog(parent)
    , m_sessions(sessions)
    , m_kind(suggestion.kind)
    , m_timeframe(suggestion.timeframe)
{
    setObjectName(QStringLiteral("addPanelDialog"));
    setWindowTitle(tr("Add %1").arg(PanelFactory::kindTitle(m_kind).toLower()));

    m_exchange = new QComboBox(this);
    m_exchange->setObjectName(QStringLiteral("exchangeComboBox"));
    for (const auto& choice : models::SessionPool::openableExchanges()) {
        m_exchange->addItem(choice.name, choice.id);
    }
    m_exchange->setCurrentIndex(std::max(0, m_exchange->findData(suggestion.exchange)));

    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("accountComboBox"));
    fillAccounts();
    m_account->setCurrentIndex(
        std::max(0, m_account->findData(m_sessions.resolveAccount(suggestion.exchange, suggestion.account))));

    m_symbol = new QComboBox(this);
    m_symbol->setObjectName(QStringLiteral("symbolComboBox"));
    m_symbol->setEditable(true);
    m_symbol->setInsertPolicy(QComboBox::NoInsert);
    fillSymbols();
    m_symbol->setCurrentText(suggestion.symbol);

    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("linkGroupComboBox"));
    for (int group = 0; group < LinkGroups::count(); ++group) {
        m_group->addItem(LinkGroups::name(group), group);
    }
    m_group->setCurrentIndex(std::max(0, m_group->findData(suggestion.linkGroup)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Exchange:"), m_exchange);
    form->addRow(tr("A&ccount:"), m_account);
    if (!models::PanelKind::isAccountWide(m_kind)) {
        form->addRow(tr("&Market:"), m_symbol);
    } else {
        m_symbol->hide();
    }
    form->addRow(tr("&Link group:"), m_group);
    form->addRow(buttons);

    connect(m_exchange, &QComboBox::currentIndexChanged, this, [this] {
        fillAccounts();
        fillSymbols();
    });
    const auto validate = [this, buttons] {
        const bool ok = models::PanelKind::isAccountWide(m_kind) || !m_symbol->currentText().trimmed().isEmpty();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && m_exchange->currentIndex() >= 0);
    };
    connect(m_symbol, &QComboBox::currentTextChanged, this, validate);
    validate();
}

// The accounts on the chosen exchange; one without any offers its public data only.
void AddPanelDialog::fillAccounts()
{
    m_account->clear();
    const QStringList labels = m_sessions.accountsOf(m_exchange->currentData().toString());
    for (const QString& label : labels) {
        m_account->addItem(label, label);
    }
    if (labels.isEmpty()) {
        m_account->addItem(tr("No account (market data only)"), QString());
    }
    m_account->setEnabled(labels.size() > 1);
}

// Only a session already open has its market list; a new exchange's markets are typed (its session opens when
// the panel is added).
void AddPanelDialog::fillSymbols()
{
    const QString typed = m_symbol->currentText();
    m_symbol->clear();
    if (models::ExchangeSession* session = m_sessions.find(m_exchange->currentData().toString())) {
        if (session->marketsLoaded()) {
            const models::MarketListModel* list = session->marketList();
            QStringList symbols;
            for (int row = 0; row < list->rowCount(); ++row) {
                symbols.append(list->index(row, models::MarketListModel::Symbol).data().toString());
            }
            symbols.sort();
            m_symbol->addItems(symbols);
        }
    }
    m_symbol->setCurrentText(typed);
}

models::PanelBinding AddPanelDialog::binding() const
{
    models::PanelBinding b;
    b.kind = m_kind;
    b.exchange = m_exchange->currentData().toString();
    b.account = m_account->currentData().toString();
    b.symbol = models::PanelKind::isAccountWide(m_kind) ? QString() : m_symbol->currentText().trimmed();
    b.linkGroup = m_group->currentData().toInt();
    b.timeframe = m_timeframe;
    return b;
}

} // namespace bourse::ui
