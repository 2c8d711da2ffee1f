// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderTicketPanel.h"

#include "models/BalancesModel.h"
#include "models/DecimalText.h"
#include "models/ErrorText.h"
#include "models/MarketListModel.h"
#include "models/session/ExchangeSession.h"
#include "ui/Theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace bourse::ui {

namespace {

using models::DecimalText;

QString sideStyle(const QColor& colour)
{
    return QStringLiteral(
               "QPushButton { padding: 5px; border: 1px solid %2; border-radius: 3px; }"
               "QPushButton:checked { background: %1; color: #ffffff; border-color: %1; font-weight: bold; }")
        .arg(colour.name(), Theme::border().name());
}

// The models' plain words: translated, and for an order whose answer was lost they say "unknown — check" or
// "not placed, safe to send again" rather than a bare network error.
QString errorText(const ex::Error& error)
{
    return models::plainWords(error);
}

} // namespace

OrderTicketPanel::OrderTicketPanel(models::ExchangeSession& session, const QString& symbol, QWidget* parent)
    : Panel(session, symbol, parent)
{
    setObjectName(QStringLiteral("orderTicketPanel"));
    setMinimumWidth(285);
    buildUi();
    m_confirm = [this](const models::PreparedOrder&, const QString& text) {
        QMessageBox box(QMessageBox::Question, tr("Confirm order"), text, QMessageBox::Ok | QMessageBox::Cancel, this);
        box.button(QMessageBox::Ok)->setText(tr("Send order"));
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Ok;
    };
    connect(&session, &models::ExchangeSession::described, this, [this] {
        fillTypes();
        updateState();
    });
    connect(&session, &models::ExchangeSession::marketsReady, this, &OrderTicketPanel::applyPrecision);
    connect(session.balances(), &models::BalancesModel::updated, this, &OrderTicketPanel::updateState);
    connect(session.marketList(), &models::MarketListModel::tickersUpdated, this, [this] {
        if (orderType().endsWith(QStringLiteral("market"))) {
            recomputeTotal();
        } else if (m_price->text().isEmpty() && !m_price->hasFocus()) {
            // A fresh ticket starts at the last price.
            if (const auto last = lastPrice()) {
                m_price->setText(DecimalText::editable(*last, m_priceDecimals));
            }
        }
        updateState();
    });
    retranslate();
    rebind();
}

void OrderTicketPanel::retranslate()
{
    //: The side of an order: buy
    m_buy->setText(tr("Buy"));
    //: The side of an order: sell
    m_sell->setText(tr("Sell"));
    //: The price at which a stop order is triggered
    m_triggerLabel->setText(tr("Trigger"));
    m_priceLabel->setText(tr("Price"));
    //: The order type: limit, market, stop...
    m_typeLabel->setText(tr("Type"));
    m_amountLabel->setText(tr("Amount"));
    //: The order's value: price times amount
    m_totalLabel->setText(tr("Total"));
    for (QPushButton* b : std::as_const(m_percents)) {
        const int p = b->property("percent").toInt();
        b->setText(tr("%1%").arg(p));
        b->setToolTip(tr("%1% of the available balance").arg(p));
    }
    m_confirmBox->setText(tr("Confirm before sending"));
    applyValidators(); // the language's decimal point
    fillTypes();
    updatePricePlaceholder();
    updateState();
}

void OrderTicketPanel::updatePricePlaceholder()
{
    m_price->setPlaceholderText(orderType().endsWith(QStringLiteral("market")) ? tr("market price")
                                                                               : QStringLiteral("0"));
}

void OrderTicketPanel::buildUi()
{
    m_buy = new QPushButton(this);
    m_buy->setObjectName(QStringLiteral("buyPushButton"));
    m_sell = new QPushButton(this);
    m_sell->setObjectName(QStringLiteral("sellPushButton"));
    m_buy->setStyleSheet(sideStyle(Theme::up()));
    m_sell->setStyleSheet(sideStyle(Theme::down()));
    m_sides = new QButtonGroup(this);
    for (QPushButton* b : {m_buy, m_sell}) {
        b->setCheckable(true);
        m_sides->addButton(b);
    }
    m_buy->setChecked(true);
    auto* sides = new QHBoxLayout;
    sides->setSpacing(0);
    sides->addWidget(m_buy);
    sides->addWidget(m_sell);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("orderTypeComboBox"));

    const auto makeEdit = [this](const QString& name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAlignment(Qt::AlignRight);
        edit->setPlaceholderText(QStringLiteral("0"));
        return edit;
    };
    m_trigger = makeEdit(QStringLiteral("triggerLineEdit"));
    m_price = makeEdit(QStringLiteral("priceLineEdit"));
    m_amount = makeEdit(QStringLiteral("amountLineEdit"));
    m_total = makeEdit(QStringLiteral("totalLineEdit"));
    m_triggerLabel = new QLabel(this);
    m_priceLabel = new QLabel(this);
    m_typeLabel = new QLabel(this);
    m_amountLabel = new QLabel(this);
    m_totalLabel = new QLabel(this);
    m_triggerUnit = new QLabel(this);
    m_priceUnit = new QLabel(this);
    m_amountUnit = new QLabel(this);
    m_totalUnit = new QLabel(this);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(5);
    grid->addWidget(m_typeLabel, 0, 0);
    grid->addWidget(m_type, 0, 1, 1, 2);
    grid->addWidget(m_triggerLabel, 1, 0);
    grid->addWidget(m_trigger, 1, 1);
    grid->addWidget(m_triggerUnit, 1, 2);
    grid->addWidget(m_priceLabel, 2, 0);
    grid->addWidget(m_price, 2, 1);
    grid->addWidget(m_priceUnit, 2, 2);
    grid->addWidget(m_amountLabel, 3, 0);
    grid->addWidget(m_amount, 3, 1);
    grid->addWidget(m_amountUnit, 3, 2);
    auto* percents = new QHBoxLayout;
    percents->setSpacing(3);
    for (const int p : {25, 50, 75, 100}) {
        auto* b = new QPushButton(this);
        b->setObjectName(QStringLiteral("percent%1PushButton").arg(p));
        b->setProperty("percent", p);
        connect(b, &QPushButton::clicked, this, [this, p] { applyPercent(p); });
        m_percents.append(b);
        percents->addWidget(b);
    }
    grid->addLayout(percents, 4, 1, 1, 2);
    grid->addWidget(m_totalLabel, 5, 0);
    grid->addWidget(m_total, 5, 1);
    grid->addWidget(m_totalUnit, 5, 2);
    grid->setColumnStretch(1, 1);

    m_available = new QLabel(this);
    m_available->setObjectName(QStringLiteral("availableLabel"));
    m_fee = new QLabel(this);
    m_fee->setObjectName(QStringLiteral("feeLabel"));
    for (QLabel* l : {m_available, m_fee}) {
        l->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::mutedText().name()));
    }
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::demoBadge().name()));
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submitPushButton"));
    m_submit->setMinimumHeight(32);
    m_confirmBox = new QCheckBox(this);
    m_confirmBox->setObjectName(QStringLiteral("confirmCheckBox"));
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("feedbackLabel"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(sides);
    layout->addLayout(grid);
    layout->addWidget(m_available);
    layout->addWidget(m_fee);
    layout->addWidget(m_warning);
    layout->addWidget(m_submit);
    layout->addWidget(m_confirmBox);
    layout->addWidget(m_feedback);
    layout->addStretch(1);

    connect(m_sides, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (checked) {
            updateState();
        }
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QString type = orderType();
        const bool stop = type.startsWith(QStringLiteral("stop"));
        const bool market = type.endsWith(QStringLiteral("market"));
        m_triggerLabel->setVisible(stop);
        m_trigger->setVisible(stop);
        m_triggerUnit->setVisible(stop);
        m_price->setEnabled(!market);
        updatePricePlaceholder();
        if (market) {
            m_price->clear();
        } else if (m_price->text().isEmpty()) {
            if (const auto last = lastPrice()) {
                m_price->setText(DecimalText::editable(*last, m_priceDecimals));
            }
        }
        recomputeTotal();
        updateState();
    });
    connect(m_price, &QLineEdit::textEdited, this, &OrderTicketPanel::onPriceEdited);
    connect(m_trigger, &QLineEdit::textEdited, this, &OrderTicketPanel::onPriceEdited);
    connect(m_amount, &QLineEdit::textEdited, this, &OrderTicketPanel::onAmountEdited);
    connect(m_total, &QLineEdit::textEdited, this, &OrderTicketPanel::onTotalEdited);
    // The validators drop what does not fit the market; say why, or a key press that does nothing looks broken.
    for (QLineEdit* edit : {m_trigger, m_price, m_amount, m_total}) {
        connect(edit, &QLineEdit::inputRejected, this, [this, edit] {
            const int decimals = edit == m_amount ? m_amountDecimals : m_priceDecimals;
            showFeedback(decimals > 0
                             ? tr("Digits and one decimal point only, and no more than %1 after the point on this "
                                  "market.")
                                   .arg(decimals)
                             : tr("Whole numbers only on this market: digits, no decimal point."),
                         true);
        });
    }
    connect(m_submit, &QPushButton::clicked, this, &OrderTicketPanel::submit);
    connect(m_confirmBox, &QCheckBox::toggled, this, &OrderTicketPanel::setConfirmOrders);
}

void OrderTicketPanel::fillTypes()
{
    const QString current = orderType();
    QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(tr("Limit"), QStringLiteral("limit"));
    m_type->addItem(tr("Market"), QStringLiteral("market"));
    // Stop orders only where the exchange declares them (ccxt's has.createStopOrder).
    if (session().supports("createStopOrder")) {
        m_type->addItem(tr("Stop limit"), QStringLiteral("stop-limit"));
        m_type->addItem(tr("Stop market"), QStringLiteral("stop-market"));
    }
    const int index = m_type->findData(current);
    m_type->setCurrentIndex(index < 0 ? 0 : index);
    blocker.unblock();
    emit m_type->currentIndexChanged(m_type->currentIndex());
}

void OrderTicketPanel::rebind()
{
    dropSubscriptions();
    keep(session().subscribe(models::ExchangeSession::Channel::Balances, {}, {}, this));
    keep(session().subscribe(models::ExchangeSession::Channel::Markets, {}, {}, this));
    QSettings settings;
    // Before confirmations were per account they were per exchange: that choice still holds for its accounts.
    const QVariant exchangeWide = settings.value(QStringLiteral("confirmOrders/%1").arg(session().exchangeId()), true);
    m_confirmBox->setChecked(settings.value(confirmSettingKey(), exchangeWide).toBool());
    for (QLineEdit* e : {m_price, m_trigger, m_amount, m_total}) {
        e->clear();
    }
    m_feedback->clear();
    applyPrecision();
}

void OrderTicketPanel::applyValidators()
{
    const auto validator = [this](int decimals) {
        // The locale's decimal point is taken besides the dot ("0,5" in German); a group separator never is.
        const QString points = QRegularExpression::escape(DecimalText::decimalPoints());
        const QString pattern = decimals > 0 ? QStringLiteral("^\\d{0,15}([%1]\\d{0,%2})?$").arg(points).arg(decimals)
                                             : QStringLiteral("^\\d{0,15}$");
        return new QRegularExpressionValidator(QRegularExpression(pattern), this);
    };
    m_price->setValidator(validator(m_priceDecimals));
    m_trigger->setValidator(validator(m_priceDecimals));
    m_amount->setValidator(validator(m_amountDecimals));
    m_total->setValidator(validator(m_priceDecimals));
}

void OrderTicketPanel::applyPrecision()
{
    m_priceDecimals = session().priceDecimals(symbol());
    m_amountDecimals = session().amountDecimals(symbol());
    applyValidators();
    m_priceUnit->setText(quote());
    m_triggerUnit->setText(quote());
    m_totalUnit->setText(quote());
    m_amountUnit->setText(base());
    if (m_price->text().isEmpty() && !orderType().endsWith(QStringLiteral("market"))) {
        if (const auto last = lastPrice()) {
            m_price->setText(DecimalText::editable(*last, m_priceDecimals));
        }
    }
    updateState();
}

QString OrderTicketPanel::base() const
{
    const ex::Market* m = session().market(symbol());
    return m ? QString::fromStdString(m->base) : symbol().section(QLatin1Char('/'), 0, 0);
}

QString OrderTicketPanel::quote() const
{
    const ex::Market* m = session().market(symbol());
    return m ? QString::fromStdString(m->quote) : symbol().section(QLatin1Char('/'), 1, 1);
}

std::optional<ex::Decimal> OrderTicketPanel::value(const QLineEdit* edit) const
{
    auto v = DecimalText::parse(edit->text());
    return v && !v->isZero() ? v : std::nullopt;
}

std::optional<ex::Decimal> OrderTicketPanel::lastPrice() const
{
    const auto ticker = session().marketList()->ticker(symbol());
    return ticker ? ticker->last : std::nullopt;
}

std::optional<ex::Decimal> OrderTicketPanel::referencePrice() const
{
    if (!orderType().endsWith(QStringLiteral("market"))) {
        return value(m_price);
    }
    if (orderType().startsWith(QStringLiteral("stop"))) {
        return value(m_trigger);
    }
    return lastPrice();
}

void OrderTicketPanel::onPriceEdited()
{
    recomputeTotal();
    updateState();
}

void OrderTicketPanel::onAmountEdited()
{
    recomputeTotal();
    updateState();
}

void OrderTicketPanel::recomputeTotal()
{
    const auto price = referencePrice();
    const auto amount = value(m_amount);
    if (price && amount) {
        m_total->setText(DecimalText::editable(*price * *amount, m_priceDecimals));
    } else if (!m_total->hasFocus()) {
        m_total->clear();
    }
}

void OrderTicketPanel::onTotalEdited()
{
    const auto price = referencePrice();
    const auto total = value(m_total);
    if (price && total) {
        // The amount the total buys, truncated to the market's step (never more than the user asked to spend).
        m_amount->setText(DecimalText::editable(
            total->divided(*price, m_amountDecimals + 2).truncated(m_amountDecimals), m_amountDecimals));
    }
    updateState();
}

void OrderTicketPanel::takePrice(const ex::Decimal& price, const std::optional<ex::Decimal>& amount)
{
    if (orderType().endsWith(QStringLiteral("market"))) {
        setOrderType(QStringLiteral("limit"));
    }
    m_price->setText(DecimalText::editable(price, m_priceDecimals));
    if (amount) {
        m_amount->setText(DecimalText::editable(amount->truncated(m_amountDecimals), m_amountDecimals));
    }
    recomputeTotal();
    updateState();
}

void OrderTicketPanel::applyPercent(int percent)
{
    const ex::Decimal share = ex::Decimal(percent).divided(ex::Decimal(100), 4);
    ex::Decimal amount;
    if (isBuy()) {
        const auto price = referencePrice();
        if (!price) {
            showFeedback(tr("Enter a price first"), true);
            return;
        }
        // Leave room for the taker fee, so that 100% is an order the balance can pay for.
        const ex::Market* m = session().market(symbol());
        const ex::Decimal fee = m && m->taker ? *m->taker : ex::Decimal();
        const ex::Decimal spend = session().balances()->freeOf(quote()) * share;
        amount = spend.divided(*price * (ex::Decimal(1) + fee), m_amountDecimals + 2);
    } else {
        amount = session().balances()->freeOf(base()) * share;
    }
    m_amount->setText(DecimalText::editable(amount.truncated(m_amountDecimals), m_amountDecimals));
    recomputeTotal();
    updateState();
}

QPushButton* OrderTicketPanel::percentButton(int percent) const
{
    const int index = percent / 25 - 1;
    return index >= 0 && index < m_percents.size() ? m_percents.at(index) : nullptr;
}

void OrderTicketPanel::setSide(bool buy)
{
    (buy ? m_buy : m_sell)->setChecked(true);
}

bool OrderTicketPanel::isBuy() const
{
    return m_buy->isChecked();
}

void OrderTicketPanel::setOrderType(const QString& type)
{
    const int index = m_type->findData(type);
    if (index >= 0) {
        m_type->setCurrentIndex(index);
    }
}

QString OrderTicketPanel::orderType() const
{
    return m_type->currentData().toString();
}

QString OrderTicketPanel::fatFingerWarning() const
{
    const auto last = lastPrice();
    const auto price = orderType().endsWith(QStringLiteral("market")) ? std::nullopt : value(m_price);
    if (!last || !price || last->isZero()) {
        return {};
    }
    const ex::Decimal deviation = ((*price - *last) * ex::Decimal(100)).divided(*last, 4);
    if (deviation.abs() < ex::Decimal(FatFingerPercent)) {
        return {};
    }
    return tr("The price is %1% %2 the last price %3.")
        .arg(DecimalText::format(deviation.abs(), 1, false), deviation.isNegative() ? tr("below") : tr("above"),
             DecimalText::format(*last, m_priceDecimals));
}

QString OrderTicketPanel::warningText() const
{
    QStringList warnings;
    const ex::Market* m = session().market(symbol());
    const auto amount = value(m_amount);
    const auto price = referencePrice();
    if (m && amount) {
        if (m->limits.amount.min && *amount < *m->limits.amount.min) {
            warnings << tr("The minimum amount is %1 %2.")
                            .arg(DecimalText::exact(*m->limits.amount.min), QString::fromStdString(m->base));
        }
        if (m->limits.amount.max && *amount > *m->limits.amount.max) {
            warnings << tr("The maximum amount is %1 %2.")
                            .arg(DecimalText::exact(*m->limits.amount.max), QString::fromStdString(m->base));
        }
        if (price && m->limits.cost.min && *amount * *price < *m->limits.cost.min) {
            warnings << tr("The minimum order value is %1 %2.")
                            .arg(DecimalText::exact(*m->limits.cost.min), QString::fromStdString(m->quote));
        }
        if (session().balances()->hasData()) {
            if (isBuy() && price && *amount * *price > session().balances()->freeOf(quote())) {
                warnings << tr("Not enough %1: %2 available.")
                                .arg(quote(), DecimalText::amount(session().balances()->freeOf(quote())));
            } else if (!isBuy() && *amount > session().balances()->freeOf(base())) {
                warnings << tr("Not enough %1: %2 available.")
                                .arg(base(), DecimalText::amount(session().balances()->freeOf(base())));
            }
        }
    }
    const QString fat = fatFingerWarning();
    if (!fat.isEmpty()) {
        warnings << fat;
    }
    return warnings.join(QLatin1Char('\n'));
}

bool OrderTicketPanel::canSubmit() const
{
    if (m_sending || !session().canTrade() || !session().market(symbol()) || !value(m_amount)) {
        return false;
    }
    const QString type = orderType();
    if (!type.endsWith(QStringLiteral("market")) && !value(m_price)) {
        return false;
    }
    if (type.startsWith(QStringLiteral("stop")) && !value(m_trigger)) {
        return false;
    }
    // Limits and funds block; a far price only warns.
    const QString warnings = warningText();
    const QString fat = fatFingerWarning();
    return warnings.isEmpty() || warnings == fat;
}

void OrderTicketPanel::updateState()
{
    const bool buy = isBuy();
    const QString asset = buy ? quote() : base();
    m_available->setText(tr("Available: %1 %2").arg(DecimalText::amount(session().balances()->freeOf(asset)), asset));
    const ex::Market* m = session().market(symbol());
    const auto price = referencePrice();
    const auto amount = value(m_amount);
    if (m && m->taker && price && amount) {
        m_fee->setText(tr("Fee: up to %1 %2 (%3% taker)")
                           .arg(DecimalText::format(*price * *amount * *m->taker, m_priceDecimals), quote(),
                                DecimalText::exact(*m->taker * ex::Decimal(100))));
    } else if (m && m->taker) {
        m_fee->setText(tr("Fee: %1% maker, %2% taker")
                           .arg(DecimalText::exact(m->maker.value_or(*m->taker) * ex::Decimal(100)),
                                DecimalText::exact(*m->taker * ex::Decimal(100))));
    } else {
        m_fee->clear();
    }
    m_warning->setText(warningText());
    m_warning->setVisible(!m_warning->text().isEmpty());
    if (!session().canTrade() && session().isDescribed()) {
        m_submit->setText(tr("Add an account to trade"));
    } else {
        m_submit->setText(buy ? tr("Buy %1").arg(base()) : tr("Sell %1").arg(base()));
    }
    m_submit->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: #ffffff; font-weight: bold; "
                                           "border: none; border-radius: 3px; }"
                                           "QPushButton:disabled { background: %2; color: %3; }")
                                .arg((buy ? Theme::up() : Theme::down()).darker(115).name(), Theme::border().name(),
                                     Theme::mutedText().name()));
    m_submit->setEnabled(canSubmit());
}

void OrderTicketPanel::setConfirmer(std::function<bool(const models::PreparedOrder&, const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void OrderTicketPanel::setConfirmOrders(bool confirm)
{
    m_confirmBox->setChecked(confirm);
    QSettings().setValue(confirmSettingKey(), confirm);
}

QString OrderTicketPanel::confirmSettingKey() const
{
    // The exchange's shared public session (no account) keeps the exchange-wide key. Labels are percent-encoded:
    // a '/' in one would otherwise open a settings group.
    const QString& account = session().accountLabel();
    if (account.isEmpty()) {
        return QStringLiteral("confirmOrders/%1").arg(session().exchangeId());
    }
    return QStringLiteral("confirmOrders/%1/%2")
        .arg(session().exchangeId(), QString::fromLatin1(QUrl::toPercentEncoding(account)));
}

bool OrderTicketPanel::confirmOrders() const
{
    return m_confirmBox->isChecked();
}

QString OrderTicketPanel::confirmationText(const models::PreparedOrder& order, const QString& exchangeName,
                                           const QString& warning)
{
    QStringList lines;
    lines << tr("Send this order to %1?").arg(exchangeName) << QString();
    lines << tr("%1 %2 %3 on %4")
                 .arg(order.side == QStringLiteral("buy") ? tr("Buy") : tr("Sell"), order.amount, order.base,
                      order.symbol);
    lines << tr("Type: %1").arg(order.triggerPrice.isEmpty() ? order.type : tr("stop %1").arg(order.type));
    if (!order.triggerPrice.isEmpty()) {
        lines << tr("Trigger price: %1 %2").arg(order.triggerPrice, order.quote);
    }
    lines << (order.price.isEmpty() ? tr("Price: market") : tr("Price: %1 %2").arg(order.price, order.quote));
    lines << tr("Value: about %1 %2").arg(order.estimatedCost, order.quote);
    lines << tr("Fee: up to %1 %2").arg(order.estimatedFee, order.quote);
    if (!warning.isEmpty()) {
        lines << QString() << tr("Warning: %1").arg(warning);
    }
    return lines.join(QLatin1Char('\n'));
}

void OrderTicketPanel::showFeedback(const QString& text, bool error)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(QStringLiteral("color: %1;").arg((error ? Theme::down() : Theme::up()).name()));
}

void OrderTicketPanel::submit()
{
    if (!canSubmit()) {
        return;
    }
    const QString type = orderType();
    models::OrderDraft draft;
    draft.symbol = symbol();
    draft.side = isBuy() ? QStringLiteral("buy") : QStringLiteral("sell");
    draft.type = type.endsWith(QStringLiteral("market")) ? QStringLiteral("market") : QStringLiteral("limit");
    draft.amount = *value(m_amount);
    if (draft.type == QStringLiteral("limit")) {
        draft.price = value(m_price);
    }
    if (type.startsWith(QStringLiteral("stop"))) {
        draft.triggerPrice = value(m_trigger);
    }
    m_sending = true;
    updateState();
    showFeedback(tr("Checking the order…"), false);
    const QString warning = fatFingerWarning();
    session().prepareOrder(draft, this, [this, warning](ex::Result<models::PreparedOrder> prepared) {
        m_sending = false;
        if (!prepared.ok()) {
            showFeedback(errorText(prepared.error()), true);
            updateState();
            return;
        }
        const models::PreparedOrder& order = prepared.value();
        const QString text = confirmationText(order, session().exchangeName(), warning);
        // A far price asks even when confirmations are off.
        if ((confirmOrders() || !warning.isEmpty()) && !m_confirm(order, text)) {
            showFeedback(tr("Not sent."), false);
            updateState();
            return;
        }
        m_lastConfirmed = order;
        m_lastConfirmationText = text;
        send(order);
    });
}

void OrderTicketPanel::send(const models::PreparedOrder& order)
{
    m_sending = true;
    updateState();
    showFeedback(tr("Sending…"), false);
    session().placeOrder(order, this, [this, order](ex::Result<ex::Order> placed) {
        m_sending = false;
        if (!placed.ok()) {
            showFeedback(errorText(placed.error()), true);
        } else {
            const ex::Order& o = placed.value();
            const QString id = QString::fromStdString(o.id.value_or(std::string()));
            showFeedback(tr("Order %1 %2: %3 %4 %5")
                             .arg(id, QString::fromStdString(o.status.value_or(std::string())),
                                  order.side == QStringLiteral("buy") ? tr("buy") : tr("sell"), order.amount,
                                  order.base),
                         false);
            emit orderPlaced(id);
        }
        updateState();
    });
}

bool OrderTicketPanel::hasData() const
{
    return session().market(symbol()) != nullptr && session().balances()->hasData();
}

} // namespace bourse::ui
