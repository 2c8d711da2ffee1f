// SPDX-License-Identifier: GPL-3.0-or-later
// gzip inflate over zlib against bytes made by python3's gzip module (gzip.compress(data, mtime=0)), broken and
// endless input refused with a typed error, and the compressing side read back.
#include "core/Errors.h"
#include "core/Gzip.h"

#include <QtTest>
#include <initializer_list>

using namespace bourse::ex;

namespace {

std::string bytes(std::initializer_list<unsigned char> list)
{
    return std::string(list.begin(), list.end());
}

// gzip.compress(b'{"ping":1492420473027}', mtime=0): htx's heartbeat as it arrives.
const std::string kPing = bytes({0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xab, 0x56, 0x2a, 0xc8,
                                 0xcc, 0x4b, 0x57, 0xb2, 0x32, 0x34, 0xb1, 0x34, 0x32, 0x31, 0x32, 0x30, 0x31, 0x37,
                                 0x36, 0x30, 0x32, 0xaf, 0x05, 0x00, 0x6c, 0x9f, 0xbb, 0x7a, 0x16, 0x00, 0x00, 0x00});

// gzip.compress(b'0123456789abcdef' * 2500, mtime=0, compresslevel=9): 129 bytes that inflate to 40000, more than
// one pass of the inflater's buffer.
std::string longVector()
{
    std::string out = bytes({0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xed, 0xc7, 0xc9, 0x01,
                             0xc0, 0x10, 0x00, 0x00, 0xb0, 0x95, 0x94, 0xba, 0xc6, 0x41, 0xd9, 0x7f, 0x84, 0x0e,
                             0x22, 0xf9, 0x25, 0x3c, 0x31, 0xbd, 0xb9, 0xd4, 0xd6, 0xc7, 0x5c, 0xdf, 0x3e, 0xc1});
    out += std::string(76, char(0xdd));
    out += bytes({0xfd, 0xe2, 0xff, 0x34, 0x2e, 0x75, 0x86, 0x40, 0x9c, 0x00, 0x00});
    return out;
}

ErrorKind kindOf(const std::string& input, size_t maxBytes = size_t(64) << 20)
{
    try {
        gunzip(input, maxBytes);
    } catch (const Error& e) {
        return e.kind();
    }
    return ErrorKind::ExchangeError; // not thrown: the test compares against BadResponse and fails
}

} // namespace

class TestGzip : public QObject
{
    Q_OBJECT

private slots:
    void inflatesPythonsGzip();
    void refusesBrokenInput();
    void compressesWhatItInflates();
};

void TestGzip::inflatesPythonsGzip()
{
    QVERIFY(isGzip(kPing));
    QCOMPARE(gunzip(kPing), std::string(R"({"ping":1492420473027})"));
    const std::string long40k = longVector();
    QCOMPARE(long40k.size(), size_t(129));
    std::string expected;
    for (int i = 0; i < 2500; ++i) {
        expected += "0123456789abcdef";
    }
    QCOMPARE(gunzip(long40k), expected);
}

void TestGzip::refusesBrokenInput()
{
    QVERIFY(!isGzip(R"({"ping":1})"));
    QCOMPARE(kindOf(R"({"ping":1})"), ErrorKind::BadResponse);
    QCOMPARE(kindOf(""), ErrorKind::BadResponse);
    QCOMPARE(kindOf(kPing.substr(0, 20)), ErrorKind::BadResponse); // cut short
    std::string badCrc = kPing;
    badCrc[badCrc.size() - 6] = char(badCrc[badCrc.size() - 6] ^ 0x01);
    QCOMPARE(kindOf(badCrc), ErrorKind::BadResponse);
    QCOMPARE(kindOf(longVector(), 1000), ErrorKind::BadResponse); // 40000 bytes where 1000 are allowed
    QCOMPARE(gunzip(longVector(), 40000).size(), size_t(40000));
}

void TestGzip::compressesWhatItInflates()
{
    const std::string frame = R"({"ch":"market.btcusdt.trade.detail","ts":1630994963175})";
    const std::string packed = gzip(frame);
    QVERIFY(isGzip(packed));
    QCOMPARE(gunzip(packed), frame);
    QCOMPARE(gunzip(gzip("")), std::string());
}

QTEST_GUILESS_MAIN(TestGzip)
#include "TestGzip.moc"
