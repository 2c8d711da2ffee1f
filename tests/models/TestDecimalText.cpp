// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DecimalText.h"

#include <QDateTime>
#include <QTest>

using namespace bourse;
using models::DecimalText;

// Amounts in the user's locale: the separators change, the Decimal's own digits never do (no double on the way).
class TestDecimalText final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void localizedKeepsTheDigits_data();
    void localizedKeepsTheDigits();
    void formatFollowsTheDefaultLocale();
    void fixedIsWhatAnEditReadsBack();
    void inputTakesTheLocalesDecimalPoint();
    void datesFollowTheDefaultLocale();
};

void TestDecimalText::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestDecimalText::localizedKeepsTheDigits_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<bool>("group");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de_DE") << "de_DE"
                           << "1234.5678" << true << "1.234,5678";
    QTest::newRow("en_US") << "en_US"
                           << "1234.5678" << true << "1,234.5678";
    QTest::newRow("de_DE negative") << "de_DE"
                                    << "-1234567.5" << true << "-1.234.567,5";
    QTest::newRow("en_US negative") << "en_US"
                                    << "-123456" << true << "-123,456";
    QTest::newRow("de_DE ungrouped") << "de_DE"
                                     << "1234.5678" << false << "1234,5678";
    QTest::newRow("small") << "de_DE"
                           << "0.00000001" << true << "0,00000001";
    // More digits than a double holds: all kept.
    QTest::newRow("long") << "en_US"
                          << "123456789012345678.123456789012345678" << true
                          << "123,456,789,012,345,678.123456789012345678";
    QTest::newRow("fr_FR") << "fr_FR"
                           << "1234.5" << true << QStringLiteral("1\u202f234,5");
}

void TestDecimalText::localizedKeepsTheDigits()
{
    QFETCH(QString, locale);
    QFETCH(QString, plain);
    QFETCH(bool, group);
    QFETCH(QString, expected);
    QCOMPARE(DecimalText::localized(plain, QLocale(locale), group), expected);
}

void TestDecimalText::formatFollowsTheDefaultLocale()
{
    const ex::Decimal value = *ex::Decimal::parse("1234.5678");
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    QCOMPARE(DecimalText::format(value, 4), QStringLiteral("1.234,5678"));
    QCOMPARE(DecimalText::format(value, 2), QStringLiteral("1.234,57"));
    QCOMPARE(DecimalText::exact(*ex::Decimal::parse("1234.567891234")), QStringLiteral("1.234,567891234"));
    QCOMPARE(DecimalText::percent(*ex::Decimal::parse("1.25")), QStringLiteral("+1,25%"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QCOMPARE(DecimalText::format(value, 4), QStringLiteral("1,234.5678"));
    QCOMPARE(DecimalText::format(value, 6), QStringLiteral("1,234.567800"));
}

void TestDecimalText::fixedIsWhatAnEditReadsBack()
{
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    const ex::Decimal value = *ex::Decimal::parse("68342.1");
    QCOMPARE(DecimalText::fixed(value, 2), QStringLiteral("68342.10"));
    QVERIFY(*DecimalText::parse(DecimalText::fixed(value, 2)) == value);
}

void TestDecimalText::inputTakesTheLocalesDecimalPoint()
{
    const ex::Decimal value = *ex::Decimal::parse("68342.1");
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    QCOMPARE(DecimalText::editable(value, 2), QStringLiteral("68342,10"));
    QCOMPARE(*DecimalText::parse(QStringLiteral("68342,10")), value);
    QCOMPARE(*DecimalText::parse(QStringLiteral("68342.10")), value); // the dot is always a decimal point
    QCOMPARE(DecimalText::decimalPoints(), QStringLiteral(".,"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QCOMPARE(DecimalText::editable(value, 2), QStringLiteral("68342.10"));
    QCOMPARE(DecimalText::decimalPoints(), QStringLiteral("."));
    // In English a comma groups thousands: "1,000" is no number here, never 1.
    QVERIFY(!DecimalText::parse(QStringLiteral("1,000")));
}

void TestDecimalText::datesFollowTheDefaultLocale()
{
    const qint64 ms = QDateTime(QDate(2026, 11, 25), QTime(10, 13, 54)).toMSecsSinceEpoch();
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    QCOMPARE(DecimalText::dateTime(ms), QStringLiteral("25.11.26 10:13:54"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QCOMPARE(DecimalText::dateTime(ms), QStringLiteral("11/25/26 10:13:54"));
    // Today's moments show the time alone; yesterday's keep their date.
    const qint64 evening = QDateTime(QDate(2026, 11, 25), QTime(23, 59, 0)).toMSecsSinceEpoch();
    const qint64 nextMorning = QDateTime(QDate(2026, 11, 26), QTime(0, 1, 0)).toMSecsSinceEpoch();
    QCOMPARE(DecimalText::compactDateTime(ms, evening), QStringLiteral("10:13:54"));
    QCOMPARE(DecimalText::compactDateTime(ms, nextMorning), QStringLiteral("11/25/26 10:13:54"));
}

QTEST_MAIN(TestDecimalText)
#include "TestDecimalText.moc"
