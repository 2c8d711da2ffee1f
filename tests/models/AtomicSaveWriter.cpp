// SPDX-License-Identifier: GPL-3.0-or-later
// A helper for TestAtomicSave, not a test: saves one of Bourse's files over and over, each round different, until
// it is killed. Prints "saved" once the first round is on disk, so the test knows its kills land among the writes.
//
//   AtomicSaveWriter file <path>        writeFileAtomically, the helper every save goes through
//   AtomicSaveWriter accounts <path>    the account list, in a QSettings INI file at <path>
//   AtomicSaveWriter workspace <path>   the workspace store (only in builds with the GUI's models)
//
// Round n writes a self-checking state: n accounts named "r<n>-<k>", a workspace whose every panel carries n, a
// file whose body repeats n. A reader that finds a mix of rounds has seen a torn write.
#include "core/AtomicFile.h"
#include "models/accounts/AccountList.h"
#ifdef BOURSE_WRITER_WORKSPACE
#include "models/workspace/WorkspaceStore.h"
#endif

#include <QCoreApplication>
#include <QSettings>
#include <cstdio>

using namespace bourse;

namespace {

void announce(bool& announced)
{
    if (!announced) {
        std::printf("saved\n");
        std::fflush(stdout);
        announced = true;
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: AtomicSaveWriter file|accounts|workspace <path>\n");
        return 2;
    }
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    bool announced = false;
    if (mode == QLatin1String("file")) {
        for (int round = 1;; ++round) {
            // Big enough that a write takes more than one page, so a kill can land inside one.
            const QByteArray line = QByteArray::number(round) + '\n';
            if (ex::writeFileAtomically(path, line.repeated(20000 + round % 1000))) {
                announce(announced);
            }
        }
    }
    if (mode == QLatin1String("accounts")) {
        QSettings settings(path, QSettings::IniFormat);
        models::AccountList list(&settings);
        for (int round = 1;; ++round) {
            for (const auto& account : list.accounts()) {
                list.remove(account.label);
            }
            for (int k = 0; k < 1 + round % 7; ++k) {
                list.put({QStringLiteral("r%1-%2").arg(round).arg(k), QStringLiteral("binance")});
            }
            announce(announced);
        }
    }
#ifdef BOURSE_WRITER_WORKSPACE
    if (mode == QLatin1String("workspace")) {
        models::WorkspaceStore store(path);
        for (int round = 1;; ++round) {
            models::WorkspaceLayout layout =
                models::WorkspaceLayout::defaultLayout(QStringLiteral("demo"), QStringLiteral("BTC/USD"));
            for (auto& panel : layout.panels) {
                panel.symbol = QStringLiteral("R%1/USD").arg(round);
            }
            layout.dockState = QByteArray::number(round).repeated(5000);
            if (store.save(QStringLiteral("main"), layout)) {
                announce(announced);
            }
        }
    }
#endif
    std::fprintf(stderr, "AtomicSaveWriter: unknown mode %s\n", argv[1]);
    return 2;
}
