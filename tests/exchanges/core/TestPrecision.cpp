// SPDX-License-Identifier: GPL-3.0-or-later
// decimalToPrecision against the vectors of ccxt's 2019 test suite (tests/data/decimal_to_precision.json holds
// them as data), plus the tick-size mode that 2019 lacked.
#include "core/Errors.h"
#include "core/Json.h"
#include "core/Precision.h"

#include <QFile>
#include <QTest>

using namespace bourse::ex;

class TestPrecision : public QObject
{
    Q_OBJECT

private slots:
    void ccxtVectors_data();
    void ccxtVectors();
    void tickSize_data();
    void tickSize();
    void rejectsMeaninglessPrecision();
    void fuzzFindsStayFixed();
};

void TestPrecision::ccxtVectors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("rounding");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("padding");
    QTest::addColumn<QString>("expected");
    QFile file(QStringLiteral(BOURSE_TEST_DATA "/decimal_to_precision.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    JsonDocument doc = JsonDocument::parse(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
    int count = 0;
    for (const JsonRef& v : doc.root()["decimalToPrecision"].items()) {
        if (v["active"].boolean() != true) {
            continue;
        }
        auto q = [&](const char* key) { return QString::fromStdString(v[key].stringOr("")); };
        QTest::addRow("line %s", v["line"].stringOr("?").c_str())
            << q("input") << q("rounding") << q("precision") << q("countingMode") << q("padding") << q("expected");
        ++count;
    }
    QVERIFY(count >= 100);
}

void TestPrecision::ccxtVectors()
{
    QFETCH(QString, input);
    QFETCH(QString, rounding);
    QFETCH(QString, precision);
    QFETCH(QString, mode);
    QFETCH(QString, padding);
    QFETCH(QString, expected);
    CountingMode counting = mode == QLatin1String("SIGNIFICANT_DIGITS") ? CountingMode::SignificantDigits
        : mode == QLatin1String("TICK_SIZE")                            ? CountingMode::TickSize
                                                                        : CountingMode::DecimalPlaces;
    std::string out = decimalToPrecision(
        *Decimal::parse(input.toStdString()), rounding == QLatin1String("ROUND") ? Rounding::Round : Rounding::Truncate,
        *Decimal::parse(precision.toStdString()), counting,
        padding == QLatin1String("PAD_WITH_ZERO") ? Padding::PadWithZero : Padding::None);
    QCOMPARE(QString::fromStdString(out), expected);
}

void TestPrecision::tickSize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("round");
    QTest::addColumn<QString>("tick");
    QTest::addColumn<bool>("pad");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncate to cents") << "55.324242343" << false << "0.01" << false << "55.32";
    QTest::newRow("round to cents") << "55.325" << true << "0.01" << false << "55.33";
    QTest::newRow("binance lot step") << "0.0007856509959147719" << false << "0.00001" << false << "0.00078";
    QTest::newRow("tick 0.05 down") << "0.12" << true << "0.05" << false << "0.1";
    QTest::newRow("tick 0.05 up") << "0.13" << true << "0.05" << false << "0.15";
    QTest::newRow("tick 0.05 truncate") << "0.149" << false << "0.05" << false << "0.1";
    QTest::newRow("tick 25") << "1037" << true << "25" << false << "1025";
    QTest::newRow("tick 25 half") << "1037.5" << true << "25" << false << "1050";
    QTest::newRow("padded to tick decimals") << "1.5" << true << "0.001" << true << "1.500";
    QTest::newRow("on grid stays") << "42.10" << false << "0.01" << false << "42.1";
    QTest::newRow("below one tick") << "0.004" << false << "0.01" << false << "0";
    QTest::newRow("negative truncates toward zero") << "-0.149" << false << "0.05" << false << "-0.1";
}

void TestPrecision::tickSize()
{
    QFETCH(QString, input);
    QFETCH(bool, round);
    QFETCH(QString, tick);
    QFETCH(bool, pad);
    QFETCH(QString, expected);
    std::string out = decimalToPrecision(
        *Decimal::parse(input.toStdString()), round ? Rounding::Round : Rounding::Truncate,
        *Decimal::parse(tick.toStdString()), CountingMode::TickSize, pad ? Padding::PadWithZero : Padding::None);
    QCOMPARE(QString::fromStdString(out), expected);
}

void TestPrecision::rejectsMeaninglessPrecision()
{
    QVERIFY_THROWS_EXCEPTION(Error,
                             decimalToPrecision(Decimal(1), Rounding::Round, Decimal(0), CountingMode::TickSize));
    QVERIFY_THROWS_EXCEPTION(Error,
                             decimalToPrecision(Decimal(1), Rounding::Round, Decimal(-1), CountingMode::TickSize));
    QVERIFY_THROWS_EXCEPTION(
        Error, decimalToPrecision(Decimal(1), Rounding::Round, *Decimal::parse("0.5"), CountingMode::DecimalPlaces));
}

// FuzzPrecision's find: a tick far finer than a huge value rounded away while aligning, and value % tick divided
// by zero (SIGFPE, the terminal gone).
void TestPrecision::fuzzFindsStayFixed()
{
    const Decimal huge = *Decimal::parse("123.1e46");
    const std::string text = decimalToPrecision(huge, Rounding::Truncate, Decimal(705), CountingMode::TickSize);
    QCOMPARE(*Decimal::parse(text), huge);
    QCOMPARE(roundToPrecision(-huge, Rounding::Round, Decimal(705), CountingMode::TickSize), -huge);
    // 44 billion decimal places, padded: a string of 44 GB (a timeout, then out of memory). Now a typed error.
    QVERIFY_THROWS_EXCEPTION(Error,
                             decimalToPrecision(Decimal(-1), Rounding::Round, *Decimal::parse("44037378276"),
                                                CountingMode::DecimalPlaces, Padding::PadWithZero));
    QCOMPARE(decimalToPrecision(Decimal(1), Rounding::Round, Decimal(1000), CountingMode::DecimalPlaces,
                                Padding::PadWithZero)
                 .size(),
             size_t(1002));
}

QTEST_GUILESS_MAIN(TestPrecision)
#include "TestPrecision.moc"
