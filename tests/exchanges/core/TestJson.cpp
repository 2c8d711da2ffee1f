// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Errors.h"
#include "core/Json.h"

#include <QTest>

using namespace bourse::ex;

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void readsNestedValuesSafely();
    void integersOutOfRangeAreMissing();
    void keepsNumberTextExact();
    void unescapesStrings();
    void rejectsMalformedInput_data();
    void rejectsMalformedInput();
    void scalarRoots();
    void everyTruncationIsRejected();
    void writerRoundTrips();
    void orderedObjects();
};

void TestJson::readsNestedValuesSafely()
{
    JsonDocument doc = JsonDocument::parse(R"({"a":{"b":[1,"2",null,true]},"s":"x"})");
    JsonRef root = doc.root();
    QVERIFY(root.isObject());
    QCOMPARE(root.size(), size_t(2));
    QCOMPARE(root["a"]["b"][0].integer().value(), 1LL);
    QCOMPARE(root["a"]["b"][1].integer().value(), 2LL); // numeric strings read as numbers too
    QVERIFY(root["a"]["b"][2].isNull());
    QCOMPARE(root["a"]["b"][3].boolean().value(), true);
    // Missing keys, wrong types and out-of-range indexes are empty, never a crash.
    QVERIFY(root["missing"]["deeper"][7].isMissing());
    QVERIFY(!root["s"]["x"].string().has_value());
    QVERIFY(!root["a"]["b"][99].decimal().has_value());
    QVERIFY(!root["s"].decimal().has_value());
    QCOMPARE(root["a"]["b"].items().size(), size_t(4));
    QCOMPARE(root.members().front().key, std::string_view("a"));
}

void TestJson::keepsNumberTextExact()
{
    // 0.1 + 0.2 style errors come from doubles; the text of each number reaches Decimal unchanged.
    JsonDocument doc = JsonDocument::parse(R"([0.0007856509959147719, 1e-8, 12345678901234567890.12345678, -0.0])");
    QCOMPARE(doc.root()[0].decimal()->toString(), std::string("0.0007856509959147719"));
    QCOMPARE(doc.root()[1].decimal()->toString(), std::string("0.00000001"));
    QCOMPARE(doc.root()[2].decimal()->toString(), std::string("12345678901234567890.12345678"));
    QCOMPARE(doc.root()[0].rawText(), std::string_view("0.0007856509959147719"));
}

void TestJson::unescapesStrings()
{
    JsonDocument doc = JsonDocument::parse(R"({"k\"ey":"a\"b\\c\n\u00e9\ud83d\ude00"})");
    QCOMPARE(doc.root()["k\"ey"].string().value(), std::string("a\"b\\c\n\xc3\xa9\xf0\x9f\x98\x80"));
}

void TestJson::rejectsMalformedInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::newRow("truncated object") << R"({"symbol":"BTCUSDT","price":"4)"
                                      << "BadResponse";
    QTest::newRow("truncated array") << R"([[1,2],[3,)"
                                     << "BadResponse";
    QTest::newRow("html page") << "<html><body><h1>502 Bad Gateway</h1></body></html>"
                               << "BadResponse";
    QTest::newRow("trailing garbage") << R"({"a":1} xyz)"
                                      << "BadResponse";
    QTest::newRow("bare word") << "nul"
                               << "BadResponse";
    QTest::newRow("empty") << ""
                           << "NullResponse";
    QTest::newRow("whitespace") << "  \n"
                                << "NullResponse";
}

void TestJson::rejectsMalformedInput()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QVERIFY(!JsonDocument::tryParse(text.toStdString()).has_value());
    try {
        JsonDocument::parse(text.toStdString());
        QFAIL("parse accepted malformed JSON");
    } catch (const Error& e) {
        QCOMPARE(QString::fromLatin1(errorKindName(e.kind()).data()), kind);
        QVERIFY(errorKindIs(e.kind(), ErrorKind::ExchangeError));
    }
}

void TestJson::scalarRoots()
{
    QCOMPARE(JsonDocument::parse("1700000000000").root().integer().value(), 1700000000000LL);
    QCOMPARE(JsonDocument::parse("\"ok\"").root().string().value(), std::string("ok"));
    QVERIFY(JsonDocument::parse("null").root().isNull());
}

void TestJson::everyTruncationIsRejected()
{
    // A response cut at any byte (a reset mid-body) is refused as a whole, never read as a shorter value.
    const std::string full = R"({"symbol":"BTCUSDT","bids":[["42574.3","0.0107"],["42574.2","0.00646"]],)"
                             R"("asks":[["42574.31","0.0087"]],"lastUpdateId":25445101,"ok":true,"x":null})";
    QVERIFY(JsonDocument::tryParse(full).has_value());
    for (size_t cut = 0; cut < full.size(); ++cut) {
        QVERIFY2(!JsonDocument::tryParse(full.substr(0, cut)).has_value(), full.substr(0, cut).c_str());
    }
}

void TestJson::writerRoundTrips()
{
    const std::string text = R"({"a":[1,2.50,"x\ny",true,null],"b":{"c":-0.1}})";
    auto value = JsonValue::parse(text);
    QVERIFY(value.has_value());
    QCOMPARE(value->dump(), text);
    QVERIFY(!JsonValue::parse("{bad").has_value());
}

void TestJson::orderedObjects()
{
    JsonValue v = JsonValue::object();
    v.set("z", 1);
    v.set("a", "two");
    v.set("z", 3); // replaces in place, keeps the position
    QCOMPARE(v.dump(), std::string(R"({"z":3,"a":"two"})"));
    QVERIFY(v.remove("z"));
    QCOMPARE(v.dump(), std::string(R"({"a":"two"})"));
}

// FuzzJson's find: an integer() of 4e38 multiplied past Int128 (undefined behaviour); now no integer at all.
void TestJson::integersOutOfRangeAreMissing()
{
    JsonDocument doc = JsonDocument::parse(R"([4e38, "-1e19", 9.3e18, "1700000000000", 1.7e12, 1e-1001])");
    QVERIFY(!doc.root()[0].integer());
    QVERIFY(!doc.root()[1].integer());
    QVERIFY(!doc.root()[2].integer());
    QCOMPARE(*doc.root()[3].integer(), 1700000000000LL);
    QCOMPARE(*doc.root()[4].integer(), 1700000000000LL);
    QVERIFY(!doc.root()[5].integer());
}

QTEST_GUILESS_MAIN(TestJson)
#include "TestJson.moc"
