// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Decimal.h"

#include <QTest>
#include <limits>

using bourse::ex::Decimal;

namespace {
Decimal d(const char* text)
{
    auto v = Decimal::parse(text);
    if (!v) {
        qFatal("bad decimal literal %s", text);
    }
    return *v;
}
} // namespace

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void parseAndPrint_data();
    void parseAndPrint();
    void rejectsGarbage();
    void arithmeticIsExact();
    void division();
    void rounding();
    void comparison();
    void fromDouble();
    void largeProductsStayClose();
    void fuzzFindsStayFixed();
};

void TestDecimal::parseAndPrint_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer") << "42"
                             << "42";
    QTest::newRow("trailing zeros") << "43519.34000000"
                                    << "43519.34";
    QTest::newRow("leading dot") << ".5"
                                 << "0.5";
    QTest::newRow("trailing dot") << "5."
                                  << "5";
    QTest::newRow("negative") << "-0.00012"
                              << "-0.00012";
    QTest::newRow("plus") << "+3"
                          << "3";
    QTest::newRow("exponent") << "1e-8"
                              << "0.00000001";
    QTest::newRow("big exponent") << "2.5E+3"
                                  << "2500";
    QTest::newRow("negative zero") << "-0.000"
                                   << "0";
    QTest::newRow("long") << "0.0007856509959147719"
                          << "0.0007856509959147719";
    QTest::newRow("38 digits") << "12345678901234567890.123456789012345678"
                               << "12345678901234567890.123456789012345678";
    // 18 significant digits are gathered in 64 bits, the 19th on in 128: both sides of that seam.
    QTest::newRow("18 digits") << "-999999999999999999"
                               << "-999999999999999999";
    QTest::newRow("19 digits") << "9999999999999999999"
                               << "9999999999999999999";
    QTest::newRow("19 digits after zeros") << "0.0001234567890123456789"
                                           << "0.0001234567890123456789";
}

void TestDecimal::parseAndPrint()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    auto v = Decimal::parse(input.toStdString());
    QVERIFY(v.has_value());
    QCOMPARE(QString::fromStdString(v->toString()), expected);
}

void TestDecimal::rejectsGarbage()
{
    for (const char* bad : {"", "-", ".", "abc", "1.2.3", "1e", "12a", "<html>", "NaN", "1,5"}) {
        QVERIFY2(!Decimal::parse(bad).has_value(), bad);
    }
}

void TestDecimal::arithmeticIsExact()
{
    // The classic binary-float failure: 0.1 + 0.2 is exactly 0.3 here.
    QCOMPARE(d("0.1") + d("0.2"), d("0.3"));
    QCOMPARE((d("0.1") + d("0.2")).toString(), std::string("0.3"));
    QCOMPARE((d("73238.7") * d("0.00109")).toString(), std::string("79.830183"));
    QCOMPARE((d("1") - d("0.00000001")).toString(), std::string("0.99999999"));
    QCOMPARE((d("-5.5") + d("2.25")).toString(), std::string("-3.25"));
    QCOMPARE((d("10") % d("3")).toString(), std::string("1"));
    QCOMPARE((d("-0.12") % d("0.05")).toString(), std::string("-0.02"));
}

void TestDecimal::division()
{
    QCOMPARE((d("9.08") / d("0.1")).toString(), std::string("90.8"));
    QCOMPARE((d("1") / d("3")).toString(), std::string("0.333333333333333333"));
    QCOMPARE(d("2").divided(d("3"), 4).toString(), std::string("0.6666"));
    QCOMPARE((d("755.9012396") / d("0.010309")).toString(), std::string("73324.4"));
    QCOMPARE((d("1") / d("0")).toString(), std::string("0")); // no crash on bad data
}

void TestDecimal::rounding()
{
    QCOMPARE(d("1.45").rounded(1).toString(), std::string("1.5"));
    QCOMPARE(d("1.45").rounded(0).toString(), std::string("1"));
    QCOMPARE(d("-2.5").rounded(0).toString(), std::string("-3"));
    QCOMPARE(d("-0.123456").truncated(5).toString(), std::string("-0.12345"));
    QCOMPARE(d("123.456").truncated(-1).toString(), std::string("120"));
    QCOMPARE(d("-1.01").floor(0).toString(), std::string("-2"));
    QCOMPARE(d("1.01").ceil(0).toString(), std::string("2"));
    QCOMPARE(d("0.00098765").magnitude(), -4);
    QCOMPARE(d("1234.5").magnitude(), 3);
    QCOMPARE(d("0.0100").decimalPlaces(), 2);
    QCOMPARE(d("1234.99").toInt64(), 1234LL);
    QCOMPARE(d("1e3").toInt64(), 1000LL);
}

void TestDecimal::comparison()
{
    QVERIFY(d("0.10") == d("0.1"));
    QVERIFY(d("0.099") < d("0.1"));
    QVERIFY(d("-1") < d("0.0001"));
    QVERIFY(d("100") > d("99.9999999999"));
    QVERIFY(d("1e-30") > d("0"));
}

void TestDecimal::fromDouble()
{
    QCOMPARE(Decimal::fromDouble(0.1).toString(), std::string("0.1"));
    QCOMPARE(Decimal::fromDouble(1e-7).toString(), std::string("0.0000001"));
    QCOMPARE(Decimal::fromDouble(50).toString(), std::string("50"));
}

void TestDecimal::largeProductsStayClose()
{
    // Past 38 digits the product loses its least significant digits, never its magnitude.
    Decimal a = d("123456789012345678901.123456789");
    Decimal b = d("987654321098765432.123456789");
    Decimal p = a * b;
    double expected = 123456789012345678901.123456789 * 987654321098765432.123456789;
    QVERIFY(std::abs(p.toDouble() / expected - 1.0) < 1e-12);
}

// Inputs libFuzzer found (tests/fuzz): each crashed, or was undefined behaviour, before its fix.
void TestDecimal::fuzzFindsStayFixed()
{
    // toInt64 of a value past long long multiplied past Int128 (FuzzJson, FuzzDecimal): now it saturates.
    QCOMPARE(Decimal::parse("4e38")->toInt64(), std::numeric_limits<long long>::max());
    QCOMPARE(Decimal::parse("-11e38")->toInt64(), std::numeric_limits<long long>::min());
    QCOMPARE(Decimal::parse("1e400")->toInt64(), std::numeric_limits<long long>::max());
    QCOMPARE(Decimal::parse("9223372036854775807")->toInt64(), std::numeric_limits<long long>::max());
    QCOMPARE(Decimal::parse("-12.9e2")->toInt64(), -1290LL);
    // A divisor that rounds away to nothing while aligning (FuzzPrecision: 123.1e46 % 705 divided by zero).
    QCOMPARE((*Decimal::parse("123.1e46") % Decimal(705)), Decimal());
    QCOMPARE((*Decimal::parse("-123.1e46") % Decimal(-1)), Decimal());
    QCOMPARE((Decimal(17) % Decimal(5)), Decimal(2));
    // Rounding half away from zero when the dropped digits are close to 10^38 (FuzzDecimal: |r| * 2 overflowed).
    const Decimal big = *Decimal::parse("0.99999999999999999999999999999999999999");
    QCOMPARE(big.rounded(0), Decimal(1));
    QCOMPARE((-big).rounded(0), Decimal(-1));
    QCOMPARE(Decimal::parse("0.49999999999999999999999999999999999999")->rounded(0), Decimal());
    // Exponents an exchange never sends are refused instead of overflowing the scale.
    QVERIFY(!Decimal::parse("1e-2147483648"));
    QVERIFY(!Decimal::parse("1e2147483647"));
    QVERIFY(!Decimal::parse("1e1001"));
    QCOMPARE(Decimal::parse("1e-1000")->toString().size(), size_t(1002));
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "TestDecimal.moc"
