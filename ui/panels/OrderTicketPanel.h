// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Panel.h"
#include "core/Decimal.h"
#include "models/session/PreparedOrder.h"

#include <functional>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bourse::ui {

// Order entry for one market: buy or sell; limit, market and (where the exchange has them) stop orders; price,
// amount and total linked; input held to the market's precision; its limits and the available balance checked
// as the user types; 25/50/75/100 % of the balance; a fee estimate; a confirmation that shows the order exactly
// as the exchange's precision functions will send it; a warning when a limit price is far from the last price;
// and the exchange's own words when it refuses.
class OrderTicketPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTicketPanel)

public:
    // A limit price further than this from the last price (in per cent) asks for a second look.
    static constexpr int FatFingerPercent = 10;

    OrderTicketPanel(models::ExchangeSession& session, const QString& symbol, QWidget* parent = nullptr);

    bool hasData() const override;

    // The text of the confirmation dialog for `order`: every figure as it will be sent.
    static QString confirmationText(const models::PreparedOrder& order, const QString& exchangeName,
                                    const QString& warning);
    // Decides whether a prepared order goes out; tests replace it. The default shows a dialog with the text.
    void setConfirmer(std::function<bool(const models::PreparedOrder&, const QString& text)> confirm);
    // "Confirm before sending" is the account's own: a practice account may skip the dialog while the real one
    // on the same exchange keeps it.
    void setConfirmOrders(bool confirm);
    bool confirmOrders() const;
    const std::optional<models::PreparedOrder>& lastConfirmed() const { return m_lastConfirmed; }
    const QString& lastConfirmationText() const { return m_lastConfirmationText; }

    void setSide(bool buy);
    bool isBuy() const;
    // "limit", "market", "stop-limit" or "stop-market".
    void setOrderType(const QString& type);
    QString orderType() const;
    // From the order book: a level's price, and its amount when asked for.
    void takePrice(const ex::Decimal& price, const std::optional<ex::Decimal>& amount = std::nullopt);
    void applyPercent(int percent);
    // The warnings shown under the fields (limits, funds, fat finger); empty when all is well.
    QString warningText() const;
    bool canSubmit() const;
    void submit();

    QLineEdit* priceEdit() const { return m_price; }
    QLineEdit* triggerEdit() const { return m_trigger; }
    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* totalEdit() const { return m_total; }
    QComboBox* typeCombo() const { return m_type; }
    QPushButton* submitButton() const { return m_submit; }
    QPushButton* percentButton(int percent) const;
    QLabel* feedbackLabel() const { return m_feedback; }
    QLabel* feeLabel() const { return m_fee; }
    QLabel* availableLabel() const { return m_available; }

signals:
    void orderPlaced(const QString& orderId);

protected:
    void rebind() override;
    void retranslate() override;

private:
    QString confirmSettingKey() const;
    void buildUi();
    void updatePricePlaceholder();
    void fillTypes();
    void applyPrecision();
    void applyValidators();
    void onPriceEdited();
    void onAmountEdited();
    void onTotalEdited();
    void recomputeTotal();
    void updateState();
    void showFeedback(const QString& text, bool error);
    void send(const models::PreparedOrder& order);
    std::optional<ex::Decimal> value(const QLineEdit* edit) const;
    // The price an order is valued at: the limit price, else the trigger, else the last price.
    std::optional<ex::Decimal> referencePrice() const;
    std::optional<ex::Decimal> lastPrice() const;
    QString fatFingerWarning() const;
    QString base() const;
    QString quote() const;

    QPushButton* m_buy = nullptr;
    QPushButton* m_sell = nullptr;
    QButtonGroup* m_sides = nullptr;
    QComboBox* m_type = nullptr;
    QLabel* m_triggerLabel = nullptr;
    QLineEdit* m_trigger = nullptr;
    QLabel* m_priceLabel = nullptr;
    QLabel* m_typeLabel = nullptr;
    QLabel* m_amountLabel = nullptr;
    QLabel* m_totalLabel = nullptr;
    QLineEdit* m_price = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_total = nullptr;
    QLabel* m_priceUnit = nullptr;
    QLabel* m_triggerUnit = nullptr;
    QLabel* m_amountUnit = nullptr;
    QLabel* m_totalUnit = nullptr;
    QList<QPushButton*> m_percents;
    QLabel* m_available = nullptr;
    QLabel* m_fee = nullptr;
    QLabel* m_warning = nullptr;
    QPushButton* m_submit = nullptr;
    QCheckBox* m_confirmBox = nullptr;
    QLabel* m_feedback = nullptr;
    int m_priceDecimals = 2;
    int m_amountDecimals = 8;
    bool m_sending = false;
    std::function<bool(const models::PreparedOrder&, const QString&)> m_confirm;
    std::optional<models::PreparedOrder> m_lastConfirmed;
    QString m_lastConfirmationText;
};

} // namespace bourse::ui
