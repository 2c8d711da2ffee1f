// SPDX-License-Identifier: GPL-3.0-or-later
// A helper for TestPracticeAccount, not a test: trades on the demo account in the file given as its argument as
// fast as it can, saving after every order, until it is killed. Prints "saved" once the first change is on
// disk, so the test knows that its kills land among the writes.
#include "core/OfflineTransports.h"
#include "demo/Demo.h"

#include <QCoreApplication>
#include <cstdio>

using namespace bourse::ex;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: PracticeAccountWriter <account file>\n");
        return 2;
    }
    FixedResponseTransport none("");
    Clock clock;
    Demo demo(none, clock);
    demo.setStatePath(argv[1]);
    demo.loadMarkets([](Result<std::monostate>) {});
    const JsonValue params = JsonValue::object();
    bool announced = false;
    for (unsigned long long i = 0;; ++i) {
        switch (i % 4) {
        case 0: // a small market order: trades, fees, balances all move
            demo.createOrder("BTC/USD", "market", i % 8 ? "buy" : "sell", *Decimal::parse("0.0001"), std::nullopt,
                             params, [](Result<Order>) {});
            break;
        case 1: // a bid far below the market: rests, holds funds
        case 2:
            demo.createOrder("ETH/USD", "limit", "buy", *Decimal::parse("0.01"),
                             Decimal(1000 + static_cast<int>(i % 97)), params, [](Result<Order>) {});
            break;
        default:
            demo.cancelAllOrders("ETH/USD", params, [](Result<std::vector<Order>>) {});
            break;
        }
        if (!announced && demo.practiceAccount().problem() == std::nullopt) {
            std::printf("saved\n");
            std::fflush(stdout);
            announced = true;
        }
    }
}
