// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace bourse::app {

// The GUI's composition root: hardens the process, reads the command line, then creates the models and the main
// window and wires them together. Nothing is global; what a part needs is handed to it here (STYLE.md,
// anti-pattern 2).
class Application final
{
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    Application() = delete;

    static int run(int argc, char* argv[]);

private:
    struct Options
    {
        QString exchangeId;
        QString symbol;
        QString screenshotPath;
        // --exchange or --symbol given: open the default layout there instead of the last workspace.
        bool marketChosen = false;
    };

    // No core dumps and not dumpable, so key material in memory cannot leave through a crash file or ptrace.
    static void hardenProcess();
    static int runWindow(const Options& options);
};

} // namespace bourse::app
