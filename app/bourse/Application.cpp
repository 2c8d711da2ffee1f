// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "BourseVersion.h"
#include "Registry.h"
#include "models/accounts/AccountList.h"
#include "models/accounts/CredentialVault.h"
#include "models/session/SessionPool.h"
#include "models/workspace/WorkspaceStore.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>
#include <QSettings>
#include <QTimer>
#include <algorithm>
#include <cstdio>

#if defined(HAVE_RLIMIT_CORE)
#include <sys/resource.h>
#endif
#if defined(HAVE_PR_SET_DUMPABLE)
#include <sys/prctl.h>
#endif

// LeakSanitizer inspects the process through ptrace when it exits, which a process that is not dumpable forbids.
#if defined(__SANITIZE_ADDRESS__)
#define BOURSE_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BOURSE_UNDER_ASAN 1
#endif
#endif

namespace bourse::app {

namespace {

constexpr auto DefaultSymbol = "BTC/USD";
constexpr int ScreenshotPollMs = 50;
constexpr int ScreenshotWidth = 1600;
constexpr int ScreenshotHeight = 900;
constexpr int ScreenshotTimeoutMs = 30'000;

// The options QGuiApplication and QApplication take for themselves (see `bourse --help-all`).
bool isQtOption(const QString& name)
{
    static const QStringList qtOptions {QStringLiteral("platform"),
                                        QStringLiteral("platformpluginpath"),
                                        QStringLiteral("platformtheme"),
                                        QStringLiteral("plugin"),
                                        QStringLiteral("qwindowgeometry"),
                                        QStringLiteral("qwindowicon"),
                                        QStringLiteral("qwindowtitle"),
                                        QStringLiteral("reverse"),
                                        QStringLiteral("session"),
                                        QStringLiteral("display"),
                                        QStringLiteral("geometry"),
                                        QStringLiteral("style"),
                                        QStringLiteral("stylesheet"),
                                        QStringLiteral("widgetcount"),
                                        QStringLiteral("nograb"),
                                        QStringLiteral("dograb"),
                                        QStringLiteral("sync"),
                                        QStringLiteral("name"),
                                        QStringLiteral("title"),
                                        QStringLiteral("visual"),
                                        QStringLiteral("help-all")};
    return qtOptions.contains(name);
}

void print(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Application::hardenProcess()
{
    bool hardened = true;
#if defined(HAVE_RLIMIT_CORE)
    const struct rlimit noCore = {0, 0};
    hardened = setrlimit(RLIMIT_CORE, &noCore) == 0 && hardened;
#endif
#if defined(HAVE_PR_SET_DUMPABLE) && !defined(BOURSE_UNDER_ASAN)
    hardened = prctl(PR_SET_DUMPABLE, 0) == 0 && hardened;
#endif
    if (!hardened) {
        std::fputs("bourse: warning: could not disable core dumps\n", stderr);
    }
}

int Application::run(int argc, char* argv[])
{
    hardenProcess();

    QCoreApplication::setApplicationName(QStringLiteral("bourse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOURSE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Bourse"));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Bourse, a multi-exchange crypto trading terminal."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption exchangeOption(QStringLiteral("exchange"), tr("Open a board on exchange <id>."), tr("id"),
                                            QStringLiteral("demo"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        tr("Render the main window off screen once the first data arrived, save it as a PNG to <file> and exit."),
        tr("file"));
    const QCommandLineOption symbolOption(QStringLiteral("symbol"), tr("Open the board on market <symbol>."),
                                          tr("symbol"), QString::fromLatin1(DefaultSymbol));
    parser.addOption(exchangeOption);
    parser.addOption(symbolOption);
    parser.addOption(screenshotOption);

    // First pass, before any QApplication exists: --help, --version, mistakes and --screenshot must be handled
    // without a display. Qt's own options (-platform, -style, ...) are unknown to this parser; QApplication removes
    // them before the second pass.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        const bool onlyQtOptions = !unknown.isEmpty() && std::all_of(unknown.cbegin(), unknown.cend(), isQtOption);
        if (!onlyQtOptions) {
            print(stderr, tr("bourse: %1\nTry 'bourse --help'.\n").arg(parser.errorText()));
            return 2;
        }
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        // Without an application object Qt cannot know the program's name.
        print(stdout, parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("bourse")));
        return 0;
    }
    if (parser.isSet(versionOption)) {
        print(stdout, QStringLiteral("bourse %1\n").arg(QStringLiteral(BOURSE_VERSION)));
        return 0;
    }
    const Options options {parser.value(exchangeOption), parser.value(symbolOption), parser.value(screenshotOption),
                           parser.isSet(exchangeOption) || parser.isSet(symbolOption)};
    if (parser.isSet(screenshotOption) && options.screenshotPath.isEmpty()) {
        print(stderr, tr("bourse: --screenshot needs a file name\n"));
        return 2;
    }
    // A board shows the public data of any exchange with an adapter; trading on a real one waits for the accounts
    // dialog (its private panels say so).
    if (!ex::Registry::implemented(options.exchangeId.toStdString())) {
        print(
            stderr,
            tr("bourse: no adapter serves '%1' yet; 'bourse-cli list' shows the exchanges.\n").arg(options.exchangeId));
        return 2;
    }
    if (!options.screenshotPath.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    }

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("bourse"));
    if (!parser.parse(QCoreApplication::arguments())) {
        print(stderr, tr("bourse: %1\nTry 'bourse --help'.\n").arg(parser.errorText()));
        return 2;
    }

    // The language the user chose in View > Language, else the system's; the screenshot speaks the system's (LANG),
    // never the user's setting, so that a test command decides what it shows.
    ui::Language::apply(options.screenshotPath.isEmpty() ? ui::Language::chosen() : QString());

    // The scheme the user chose in View > Theme; the screenshot always shows the dark one, as the README's does.
    const QString theme =
        options.screenshotPath.isEmpty() ? QSettings().value(QStringLiteral("ui/theme")).toString() : QString();
    ui::Theme::apply(app, ui::Theme::fromName(theme));
    QApplication::setWindowIcon(ui::Theme::appIcon());
    return runWindow(options);
}

int Application::runWindow(const Options& options)
{
    models::SessionPool sessions;
    models::WorkspaceStore store;
    models::AccountList accounts;
    models::CredentialVault vault;
    const bool screenshot = !options.screenshotPath.isEmpty();
    // The window opens on the workspace it showed last; the screenshot always shows the default layout, and never
    // touches the user's workspaces.
    models::WorkspaceLayout layout = models::WorkspaceLayout::defaultLayout(options.exchangeId, options.symbol);
    QString workspaceName = tr("Default");
    QStringList problems;
    if (!screenshot) {
        if (!store.load()) {
            problems.append(store.error());
        } else if (!options.marketChosen && !store.current().isEmpty()) {
            if (auto saved = store.layout(store.current(), problems)) {
                layout = *saved;
                workspaceName = store.current();
            }
        }
    }
    if (!screenshot) {
        // Before the window opens its panels: each opens the session of its account.
        sessions.setAccounts(&accounts, &vault);
    }
    ui::MainWindow window(sessions, layout);
    if (!screenshot) {
        window.setAccounts(&accounts, &vault);
        window.setWorkspaceStore(&store);
        window.setWorkspaceName(workspaceName);
    }
    for (const QString& problem : std::as_const(problems)) {
        print(stderr, QStringLiteral("bourse: %1\n").arg(problem));
    }

    QTimer screenshotPoll;
    if (!options.screenshotPath.isEmpty()) {
        window.resize(ScreenshotWidth, ScreenshotHeight);
        // Every panel gets its first answers through queued calls from the session's thread; the picture is taken
        // once the market list, book, trades, chart and balances all show them, after the replots they queued.
        QObject::connect(&screenshotPoll, &QTimer::timeout, &window,
                         [&window, &screenshotPoll, path = options.screenshotPath] {
                             if (!window.panelsHaveData()) {
                                 return;
                             }
                             screenshotPoll.stop();
                             QTimer::singleShot(ScreenshotPollMs, &window, [&window, path] {
                                 if (!window.grab().save(path, "PNG")) {
                                     print(stderr, tr("bourse: cannot write the screenshot to %1\n").arg(path));
                                     QCoreApplication::exit(1);
                                     return;
                                 }
                                 QCoreApplication::exit(0);
                             });
                         });
        screenshotPoll.start(ScreenshotPollMs);
        QTimer::singleShot(ScreenshotTimeoutMs, &window, [] {
            print(stderr,
                  tr("bourse: no data arrived within %1 s; no screenshot taken\n").arg(ScreenshotTimeoutMs / 1000));
            QCoreApplication::exit(1);
        });
    }

    window.show();
    return QApplication::exec();
}

} // namespace bourse::app
