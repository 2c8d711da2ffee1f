// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/BalancesModel.h"
#include "models/DecimalText.h"
#include "models/MarketListModel.h"
#include "models/OrdersModel.h"
#include "models/session/ExchangeSession.h"
#include "ui/panels/OrderTicketPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using bourse::ex::Decimal;
using namespace bourse;

namespace {

Decimal dec(const QString& text)
{
    return *Decimal::parse(text.toStdString());
}

} // namespace

class TestOrderTicketPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offersTheExchangesOrderTypes();
    void linksPriceAmountAndTotal();
    void holdsInputToThePrecision();
    void explainsRejectedInput();
    void percentButtonsUseTheBalance();
    void warnsAboutLimitsAndFunds();
    void warnsAboutAFarPrice();
    void confirmationShowsWhatIsSent();
    void declinedConfirmationSendsNothing();
    void takesAPriceFromTheBook();
    void confirmationIsPerAccount();
    void germanInputTakesADecimalComma();

private:
    void type(QLineEdit* edit, const QString& text);

    std::unique_ptr<models::ExchangeSession> m_session;
    std::unique_ptr<ui::OrderTicketPanel> m_ticket;
};

void TestOrderTicketPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BourseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestOrderTicketPanel"));
    QSettings().clear();
    // The demo keeps its practice account in the data folder: each run starts from the opening balances.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestOrderTicketPanel::init()
{
    m_session = std::make_unique<models::ExchangeSession>(QStringLiteral("demo"));
    m_ticket = std::make_unique<ui::OrderTicketPanel>(*m_session, QStringLiteral("BTC/USD"));
    m_ticket->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_ticket.get()));
    m_session->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_ticket->hasData(), 10000);
    QTRY_VERIFY(m_session->marketList()->ticker(QStringLiteral("BTC/USD")).has_value());
}

void TestOrderTicketPanel::cleanup()
{
    m_ticket.reset();
    m_session.reset();
}

void TestOrderTicketPanel::type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestOrderTicketPanel::offersTheExchangesOrderTypes()
{
    // A fresh ticket starts at the last price.
    QVERIFY(!m_ticket->priceEdit()->text().isEmpty());
    QComboBox* types = m_ticket->typeCombo();
    QVERIFY(types->findData(QStringLiteral("limit")) >= 0);
    QVERIFY(types->findData(QStringLiteral("market")) >= 0);
    // Stop orders follow the description's has.createStopOrder; the demo's engine holds them.
    QVERIFY(m_session->supports("createStopOrder"));
    QVERIFY(types->findData(QStringLiteral("stop-limit")) >= 0);
    QVERIFY(types->findData(QStringLiteral("stop-market")) >= 0);
    m_ticket->setOrderType(QStringLiteral("market"));
    QVERIFY(!m_ticket->priceEdit()->isEnabled());
    m_ticket->setOrderType(QStringLiteral("limit"));
    QVERIFY(m_ticket->priceEdit()->isEnabled());
    QVERIFY(!m_ticket->priceEdit()->text().isEmpty());
}

void TestOrderTicketPanel::linksPriceAmountAndTotal()
{
    type(m_ticket->priceEdit(), QStringLiteral("50000"));
    type(m_ticket->amountEdit(), QStringLiteral("0.5"));
    QCOMPARE(m_ticket->totalEdit()->text(), QStringLiteral("25000.00"));
    type(m_ticket->priceEdit(), QStringLiteral("40000"));
    QCOMPARE(m_ticket->totalEdit()->text(), QStringLiteral("20000.00"));
    type(m_ticket->totalEdit(), QStringLiteral("10000"));
    QCOMPARE(dec(m_ticket->amountEdit()->text()), Decimal(*Decimal::parse("0.25")));
    QVERIFY(m_ticket->feeLabel()->text().contains(QStringLiteral("20.00 USD"))); // 0.2% taker of 10,000
}

void TestOrderTicketPanel::holdsInputToThePrecision()
{
    const int priceDecimals = m_session->priceDecimals(QStringLiteral("BTC/USD"));
    const int amountDecimals = m_session->amountDecimals(QStringLiteral("BTC/USD"));
    type(m_ticket->priceEdit(), QStringLiteral("123.456789"));
    QCOMPARE(m_ticket->priceEdit()->text(), QStringLiteral("123.456789").left(4 + priceDecimals));
    type(m_ticket->amountEdit(), QStringLiteral("0.123456789123"));
    QCOMPARE(m_ticket->amountEdit()->text(), QStringLiteral("0.123456789123").left(2 + amountDecimals));
    type(m_ticket->amountEdit(), QStringLiteral("1x-2"));
    QCOMPARE(m_ticket->amountEdit()->text(), QStringLiteral("12"));
}

void TestOrderTicketPanel::explainsRejectedInput()
{
    auto* feedback = m_ticket->findChild<QLabel*>(QStringLiteral("feedbackLabel"));
    QVERIFY(feedback);
    const int amountDecimals = m_session->amountDecimals(QStringLiteral("BTC/USD"));
    QVERIFY(amountDecimals > 0);
    type(m_ticket->amountEdit(), QStringLiteral("0.5"));
    QVERIFY(feedback->text().isEmpty());
    // A letter, a minus sign, a comma: each dropped, and the ticket says what it takes.
    for (const QString& typed : {QStringLiteral("x"), QStringLiteral("-"), QStringLiteral(",")}) {
        feedback->clear();
        QTest::keyClicks(m_ticket->amountEdit(), typed);
        QCOMPARE(m_ticket->amountEdit()->text(), QStringLiteral("0.5"));
        QCOMPARE(
            feedback->text(),
            QStringLiteral("Digits and one decimal point only, and no more than %1 after the point on this market.")
                .arg(amountDecimals));
    }
    // One decimal more than the market has.
    feedback->clear();
    type(m_ticket->amountEdit(), QStringLiteral("0.") + QString(amountDecimals + 1, QLatin1Char('1')));
    QCOMPARE(m_ticket->amountEdit()->text(), QStringLiteral("0.") + QString(amountDecimals, QLatin1Char('1')));
    QVERIFY2(feedback->text().contains(QString::number(amountDecimals)), qPrintable(feedback->text()));
    // The price field names the price's own precision.
    feedback->clear();
    QTest::keyClicks(m_ticket->priceEdit(), QStringLiteral("e"));
    const int priceDecimals = m_session->priceDecimals(QStringLiteral("BTC/USD"));
    QVERIFY2(feedback->text().contains(QString::number(priceDecimals)) || priceDecimals == 0,
             qPrintable(feedback->text()));
}

void TestOrderTicketPanel::percentButtonsUseTheBalance()
{
    const ex::Market* market = m_session->market(QStringLiteral("BTC/USD"));
    QVERIFY(market && market->taker);
    type(m_ticket->priceEdit(), QStringLiteral("50000"));
    m_ticket->setSide(true);
    QTest::mouseClick(m_ticket->percentButton(50), Qt::LeftButton);
    const Decimal amount = dec(m_ticket->amountEdit()->text());
    // Half of 100,000 USD at 50,000, with room for the taker fee, to the market's step.
    const Decimal spent = amount * Decimal(50000) * (Decimal(1) + *market->taker);
    QVERIFY(spent <= Decimal(50000));
    QVERIFY(spent > Decimal(49900));
    QVERIFY(amount.decimalPlaces() <= m_session->amountDecimals(QStringLiteral("BTC/USD")));

    m_ticket->setSide(false);
    QTest::mouseClick(m_ticket->percentButton(25), Qt::LeftButton);
    QCOMPARE(dec(m_ticket->amountEdit()->text()), *Decimal::parse("0.25")); // a quarter of 1 BTC
    QTest::mouseClick(m_ticket->percentButton(100), Qt::LeftButton);
    QCOMPARE(dec(m_ticket->amountEdit()->text()), Decimal(1));
    QVERIFY(m_ticket->canSubmit());
}

void TestOrderTicketPanel::warnsAboutLimitsAndFunds()
{
    const ex::Market* market = m_session->market(QStringLiteral("BTC/USD"));
    QVERIFY(market->limits.cost.min);
    // The smallest amount at a price of 1 is worth less than the minimum order value.
    type(m_ticket->priceEdit(), QStringLiteral("1"));
    type(m_ticket->amountEdit(), models::DecimalText::plain(*market->limits.amount.min));
    QVERIFY(m_ticket->warningText().contains(QStringLiteral("minimum order value")));
    QVERIFY(!m_ticket->submitButton()->isEnabled());
    const Decimal last = *m_session->marketList()->ticker(QStringLiteral("BTC/USD"))->last;
    type(m_ticket->priceEdit(), models::DecimalText::plain(last.rounded(0)));
    type(m_ticket->amountEdit(), QStringLiteral("3"));
    QVERIFY(m_ticket->warningText().contains(QStringLiteral("Not enough USD")));
    QVERIFY(!m_ticket->submitButton()->isEnabled());
    type(m_ticket->amountEdit(), QStringLiteral("1"));
    QVERIFY(m_ticket->warningText().isEmpty());
    QVERIFY(m_ticket->submitButton()->isEnabled());
}

void TestOrderTicketPanel::warnsAboutAFarPrice()
{
    const Decimal last = *m_session->marketList()->ticker(QStringLiteral("BTC/USD"))->last;
    const Decimal far = (last * *Decimal::parse("0.8")).rounded(2);
    type(m_ticket->priceEdit(), models::DecimalText::plain(far));
    type(m_ticket->amountEdit(), QStringLiteral("0.01"));
    QVERIFY(m_ticket->warningText().contains(QStringLiteral("below the last price")));
    QVERIFY(m_ticket->submitButton()->isEnabled()); // a warning, not a block
}

void TestOrderTicketPanel::confirmationShowsWhatIsSent()
{
    m_session->subscribe(models::ExchangeSession::Channel::Orders, {}, {}, m_ticket.get());
    QTRY_VERIFY(m_session->openOrders()->hasData());
    std::optional<models::PreparedOrder> shown;
    QString shownText;
    m_ticket->setConfirmer([&](const models::PreparedOrder& order, const QString& text) {
        shown = order;
        shownText = text;
        return true;
    });
    m_ticket->setConfirmOrders(true);
    m_ticket->setSide(true);
    // Near the last price (no fat-finger warning); what is sent is what the exchange's precision functions make
    // of the input.
    const Decimal last = *m_session->marketList()->ticker(QStringLiteral("BTC/USD"))->last;
    const Decimal price = (last * *Decimal::parse("0.95")).rounded(1);
    type(m_ticket->priceEdit(), models::DecimalText::plain(price));
    type(m_ticket->amountEdit(), QStringLiteral("0.1"));
    QSignalSpy sent(m_session.get(), &models::ExchangeSession::orderSent);
    QSignalSpy placed(m_ticket.get(), &ui::OrderTicketPanel::orderPlaced);
    QTest::mouseClick(m_ticket->submitButton(), Qt::LeftButton);
    QVERIFY(placed.wait(5000));

    QVERIFY(shown.has_value());
    QCOMPARE(sent.size(), 1);
    const auto sentOrder = sent.at(0).at(0).value<models::PreparedOrder>();
    QCOMPARE(sentOrder, *shown);
    QCOMPARE(shownText, ui::OrderTicketPanel::confirmationText(sentOrder, m_session->exchangeName(), QString()));
    QVERIFY(shownText.contains(QStringLiteral("Buy %1 BTC").arg(sentOrder.amount)));
    QVERIFY(shownText.contains(QStringLiteral("Price: %1 USD").arg(sentOrder.price)));
    QCOMPARE(dec(sentOrder.price), price);
    QCOMPARE(dec(sentOrder.amount), *Decimal::parse("0.1"));

    // The exchange has it: an open order, and the funds it holds are no longer free.
    const QString id = placed.at(0).at(0).toString();
    QTRY_VERIFY(m_session->openOrders()->rowOf(id) >= 0);
    QTRY_COMPARE(m_session->balances()->freeOf(QStringLiteral("USD")),
                 Decimal(100000) - price * *Decimal::parse("0.1"));
    QVERIFY(m_ticket->feedbackLabel()->text().contains(id));
}

void TestOrderTicketPanel::declinedConfirmationSendsNothing()
{
    int asked = 0;
    m_ticket->setConfirmer([&](const models::PreparedOrder&, const QString&) {
        ++asked;
        return false;
    });
    m_ticket->setConfirmOrders(true);
    type(m_ticket->priceEdit(), QStringLiteral("30000"));
    type(m_ticket->amountEdit(), QStringLiteral("0.1"));
    QSignalSpy sent(m_session.get(), &models::ExchangeSession::orderSent);
    m_ticket->submit();
    QTRY_COMPARE(asked, 1);
    QTRY_COMPARE(m_ticket->feedbackLabel()->text(), QStringLiteral("Not sent."));
    QCOMPARE(sent.size(), 0);
}

void TestOrderTicketPanel::takesAPriceFromTheBook()
{
    m_ticket->setOrderType(QStringLiteral("market"));
    m_ticket->takePrice(*Decimal::parse("61234.5"), *Decimal::parse("0.123456789"));
    QCOMPARE(m_ticket->orderType(), QStringLiteral("limit"));
    QCOMPARE(m_ticket->priceEdit()->text(), QStringLiteral("61234.50"));
    QVERIFY(dec(m_ticket->amountEdit()->text()) <= *Decimal::parse("0.123456789"));
    QVERIFY(!m_ticket->totalEdit()->text().isEmpty());
}

void TestOrderTicketPanel::confirmationIsPerAccount()
{
    models::ExchangeSession real(QStringLiteral("demo"));
    real.setAccountLabel(QStringLiteral("Main"));
    models::ExchangeSession practice(QStringLiteral("demo"));
    practice.setAccountLabel(QStringLiteral("Practice/2"));
    const auto ticketOn = [](models::ExchangeSession& session) {
        return std::make_unique<ui::OrderTicketPanel>(session, QStringLiteral("BTC/USD"));
    };
    auto realTicket = ticketOn(real);
    auto practiceTicket = ticketOn(practice);
    QVERIFY(realTicket->confirmOrders());
    QVERIFY(practiceTicket->confirmOrders());

    practiceTicket->setConfirmOrders(false);
    realTicket->setConfirmOrders(true);
    QVERIFY(realTicket->confirmOrders());
    // Read back by new tickets on each account: each keeps its own choice.
    QVERIFY(!ticketOn(practice)->confirmOrders());
    QVERIFY(ticketOn(real)->confirmOrders());
    // The '/' in a label does not open a settings group of its own.
    QCOMPARE(QSettings().value(QStringLiteral("confirmOrders/demo/Practice%2F2")).toBool(), false);

    // An account that never chose follows the exchange-wide choice made before confirmations were per account.
    QSettings().setValue(QStringLiteral("confirmOrders/demo"), false);
    models::ExchangeSession other(QStringLiteral("demo"));
    other.setAccountLabel(QStringLiteral("Other"));
    QVERIFY(!ticketOn(other)->confirmOrders());
    QVERIFY(ticketOn(real)->confirmOrders());
    QSettings().remove(QStringLiteral("confirmOrders"));
}

void TestOrderTicketPanel::germanInputTakesADecimalComma()
{
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_ticket.get(), &change);
    m_ticket->takePrice(*Decimal::parse("61234.5"), std::nullopt);
    QCOMPARE(m_ticket->priceEdit()->text(), QStringLiteral("61234,50"));
    type(m_ticket->amountEdit(), QStringLiteral("0,25"));
    QCOMPARE(m_ticket->amountEdit()->text(), QStringLiteral("0,25"));
    // The total is worked out from the comma figures, exactly, and shown with a comma.
    QCOMPARE(dec(m_ticket->totalEdit()->text().replace(QLatin1Char(','), QLatin1Char('.'))),
             Decimal::parse("15308.625")->rounded(2));
    // A group separator is not a decimal point: the validator refuses a second separator.
    type(m_ticket->amountEdit(), QStringLiteral("1.000,5"));
    QVERIFY(m_ticket->amountEdit()->text() != QStringLiteral("1.000,5"));
    QLocale::setDefault(QLocale::c());
    QApplication::sendEvent(m_ticket.get(), &change);
}

QTEST_MAIN(TestOrderTicketPanel)
#include "TestOrderTicketPanel.moc"
