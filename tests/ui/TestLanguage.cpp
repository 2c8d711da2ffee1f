// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DecimalText.h"
#include "models/session/SessionPool.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace bourse;

// The language switches at run time through the View > Language menu, with the test's own German catalogue
// (tests/ui/i18n/bourse_de.ts, found through BOURSE_TRANSLATIONS_DIR), and every part of the window follows.
class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsEachLanguageByItsOwnName();
    void switchesToGermanAndBack();
    void numbersFollowTheLanguage();
    void theChoiceIsKept();

private:
    void choose(const QString& objectName);
    QString viewMenuTitle() const;
    QString header(const char* viewName, int section) const;

    std::unique_ptr<models::SessionPool> m_sessions;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestLanguage::initTestCase()
{
    qputenv("BOURSE_TRANSLATIONS_DIR", QByteArrayLiteral(TEST_TRANSLATIONS_DIR));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BourseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestLanguage"));
    QSettings().clear();
    ui::Theme::applyDark(*qApp);
}

void TestLanguage::init()
{
    ui::Language::apply(QString());
    m_sessions = std::make_unique<models::SessionPool>();
    m_window = std::make_unique<ui::MainWindow>(
        *m_sessions, models::WorkspaceLayout::defaultLayout(QStringLiteral("demo"), QStringLiteral("BTC/USD")));
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLanguage::cleanup()
{
    m_window.reset();
    m_sessions.reset();
    ui::Language::apply(QString());
}

// What the Language menu does when the user picks an entry, and the events Qt posts for it delivered.
void TestLanguage::choose(const QString& objectName)
{
    auto* action = m_window->findChild<QAction*>(objectName);
    QVERIFY2(action, qPrintable(objectName));
    action->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

QString TestLanguage::viewMenuTitle() const
{
    const auto* view = m_window->findChild<QMenu*>(QStringLiteral("viewMenu"));
    return view ? view->menuAction()->text() : QString();
}

QString TestLanguage::header(const char* viewName, int section) const
{
    const auto* view = m_window->findChild<QTableView*>(QString::fromLatin1(viewName));
    return view ? view->model()->headerData(section, Qt::Horizontal).toString() : QString();
}

void TestLanguage::listsEachLanguageByItsOwnName()
{
    const auto* menu = m_window->findChild<QMenu*>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    auto* german = m_window->findChild<QAction*>(QStringLiteral("language-de"));
    QVERIFY(german);
    QCOMPARE(german->text(), QStringLiteral("Deutsch"));
    QCOMPARE(ui::Language::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
    QCOMPARE(ui::Language::nativeName(QStringLiteral("pt_BR")), QStringLiteral("Português (Brasil)"));
    auto* system = m_window->findChild<QAction*>(QStringLiteral("language-system"));
    QVERIFY(system);
    QCOMPARE(system->text(), QStringLiteral("&System default"));
    QVERIFY(system->isChecked());
}

void TestLanguage::switchesToGermanAndBack()
{
    QDockWidget* book = m_window->dock(QStringLiteral("orderBook"));
    QVERIFY(book);
    QCOMPARE(viewMenuTitle(), QStringLiteral("&View"));
    QVERIFY(book->windowTitle().startsWith(QStringLiteral("Order book · ")));
    QCOMPARE(m_window->activityLogDock()->windowTitle(), QStringLiteral("Activity log"));
    QCOMPARE(header("orderBookTableView", 0), QStringLiteral("Price"));

    choose(QStringLiteral("language-de"));
    QCOMPARE(ui::Language::current(), QStringLiteral("de"));
    QCOMPARE(viewMenuTitle(), QStringLiteral("&Ansicht"));
    QCOMPARE(m_window->findChild<QMenu*>(QStringLiteral("languageMenu"))->menuAction()->text(),
             QStringLiteral("&Sprache"));
    QVERIFY2(book->windowTitle().startsWith(QStringLiteral("Orderbuch · ")), qPrintable(book->windowTitle()));
    QCOMPARE(m_window->activityLogDock()->windowTitle(), QStringLiteral("Aktivitätsprotokoll"));
    QCOMPARE(header("orderBookTableView", 0), QStringLiteral("Preis"));
    QCOMPARE(header("activityLogTable", 2), QStringLiteral("Was geschah"));
    const auto* buy = m_window->findChild<QPushButton*>(QStringLiteral("buyPushButton"));
    QVERIFY(buy);
    QCOMPARE(buy->text(), QStringLiteral("Kaufen"));
    const auto* close = book->titleBarWidget()->findChild<QToolButton*>(QStringLiteral("closeButton"));
    QVERIFY(close);
    QCOMPARE(close->toolTip(), QStringLiteral("Dieses Panel entfernen"));
    QCOMPARE(QCoreApplication::translate("bourse::ui::MainWindow", "%n queued", nullptr, 3),
             QStringLiteral("3 warten"));
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("language-de"))->isChecked());
    // Qt's own catalogue beside ours, for its standard dialogs (Debian: qt6-translations-l10n).
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    } else {
        qWarning("qtbase_de.qm is not installed: Qt's own dialogs stay in English");
    }

    choose(QStringLiteral("language-system"));
    QCOMPARE(viewMenuTitle(), QStringLiteral("&View"));
    QVERIFY2(book->windowTitle().startsWith(QStringLiteral("Order book · ")), qPrintable(book->windowTitle()));
    QCOMPARE(m_window->activityLogDock()->windowTitle(), QStringLiteral("Activity log"));
    QCOMPARE(header("orderBookTableView", 0), QStringLiteral("Price"));
    QCOMPARE(buy->text(), QStringLiteral("Buy"));
    QCOMPARE(header("activityLogTable", 2), QStringLiteral("What happened"));
}

void TestLanguage::numbersFollowTheLanguage()
{
    const ex::Decimal value = *ex::Decimal::parse("1234.5678");
    auto* plot = m_window->findChild<QWidget*>(QStringLiteral("candlePlot"));
    QVERIFY(plot);
    choose(QStringLiteral("language-de"));
    QCOMPARE(models::DecimalText::format(value, 4), QStringLiteral("1.234,5678"));
    QCOMPARE(plot->locale().toString(1234.5, 'f', 1), QStringLiteral("1234,5")); // the chart's axis figures
    choose(QStringLiteral("language-system")); // the tests' C locale
    QCOMPARE(models::DecimalText::format(value, 4), QStringLiteral("1,234.5678"));
    QCOMPARE(plot->locale().toString(1234.5, 'f', 1), QStringLiteral("1234.5"));
}

void TestLanguage::theChoiceIsKept()
{
    choose(QStringLiteral("language-de"));
    QCOMPARE(QSettings().value(QLatin1String(ui::Language::SettingsKey)).toString(), QStringLiteral("de"));
    QCOMPARE(ui::Language::chosen(), QStringLiteral("de"));
    choose(QStringLiteral("language-system"));
    QCOMPARE(ui::Language::chosen(), QString());
}

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
