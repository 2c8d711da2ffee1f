// SPDX-License-Identifier: GPL-3.0-or-later
// Every file Bourse saves survives a kill in the middle of a save: a writer process (AtomicSaveWriter) saves in a
// loop and is SIGKILLed at random instants; after each kill the file must be whole, parse, and hold one round's
// state, never a mix. (The demo and paper accounts have the same test in TestPracticeAccount.)
#include "core/AtomicFile.h"
#include "models/accounts/AccountList.h"
#ifdef BOURSE_WRITER_WORKSPACE
#include "models/workspace/WorkspaceStore.h"
#endif

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace bourse;

class TestAtomicSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesAndReplacesAFile();
    void failsWithoutTouchingTheOldFile();
    void fileSurvivesKills();
    void accountListSurvivesKills();
#ifdef BOURSE_WRITER_WORKSPACE
    void workspaceSurvivesKills();
#endif

private:
    // Starts the writer, lets it save a random while, kills it; `check` then reads what it left. Returns how many
    // rounds were checked.
    void killWhileSaving(const QString& mode, const QString& path, const std::function<int()>& roundOnDisk);
    QString pathOf(const char* name) const
    {
        return m_dir->filePath(QString::fromLatin1(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAtomicSave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAtomicSave::writesAndReplacesAFile()
{
    const QString path = m_dir->filePath(QStringLiteral("sub/folder/state.json"));
    QString error;
    QVERIFY2(ex::writeFileAtomically(path, "first", &error), qPrintable(error));
    QVERIFY(ex::writeFileAtomically(path, "second"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second"));
    // Nothing but the file itself is left in the folder.
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("sub/folder"))).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("state.json")});
}

void TestAtomicSave::failsWithoutTouchingTheOldFile()
{
    const QString path = pathOf("state.json");
    QVERIFY(ex::writeFileAtomically(path, "kept"));
    // A folder where the file should go: the write fails, says why, and the old content stays.
    const QString blocked = m_dir->filePath(QStringLiteral("blocked"));
    QVERIFY(QDir().mkpath(blocked + QStringLiteral("/state.json")));
    QString error;
    QVERIFY(!ex::writeFileAtomically(blocked + QStringLiteral("/state.json"), "lost", &error));
    QVERIFY(!error.isEmpty());
    // A folder that cannot be created (a file is in the way).
    QVERIFY(!ex::writeFileAtomically(path + QStringLiteral("/inner.json"), "lost", &error));
    QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("kept"));
}

void TestAtomicSave::killWhileSaving(const QString& mode, const QString& path, const std::function<int()>& roundOnDisk)
{
    constexpr int kKills = 25;
    auto* random = QRandomGenerator::global();
    int lastRound = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        QProcess writer;
        writer.start(QStringLiteral(ATOMIC_SAVE_WRITER), {mode, path});
        QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
        QVERIFY2(writer.waitForReadyRead(10000), "the writer never saved");
        QTest::qSleep(static_cast<int>(random->bounded(1, 80)));
        writer.kill(); // SIGKILL: no destructor, no flush
        QVERIFY(writer.waitForFinished(5000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        const int round = roundOnDisk();
        if (QTest::currentTestFailed()) {
            qWarning("torn %s after kill %d", qPrintable(mode), kill);
            return;
        }
        QVERIFY2(round >= 1, "the file holds no complete round");
        lastRound = std::max(lastRound, round);
        // QSettings guards its file with a QLockFile; a SIGKILL while that lock file was being written leaves it
        // unreadable, and Qt then waits out its 30 s stale time before the next writer may save. That is Qt's
        // lock, not the file under test: clear it so each round measures the save itself.
        QFile::remove(path + QStringLiteral(".lock"));
    }
    qInfo("%s: %d kills, last round on disk %d", qPrintable(mode), kKills, lastRound);
}

void TestAtomicSave::fileSurvivesKills()
{
    const QString path = pathOf("state.txt");
    killWhileSaving(QStringLiteral("file"), path, [&] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return 0;
        }
        const QList<QByteArray> lines = file.readAll().split('\n');
        // Round n is the line "n" repeated 20000 + n % 1000 times, then the final newline.
        const int round = lines.first().toInt();
        [&] {
            QCOMPARE(lines.size(), qsizetype(20000 + round % 1000 + 1));
            QCOMPARE(std::set<QByteArray>(lines.begin(), lines.end() - 1).size(), size_t(1));
        }();
        return round;
    });
}

void TestAtomicSave::accountListSurvivesKills()
{
    const QString path = pathOf("bourse.ini");
    killWhileSaving(QStringLiteral("accounts"), path, [&] {
        QSettings settings(path, QSettings::IniFormat);
        const QList<models::Account> accounts = models::AccountList(&settings).accounts();
        static const QRegularExpression labelPattern(QStringLiteral("^r(\\d+)-(\\d+)$"));
        std::set<int> rounds;
        std::set<QString> labels;
        for (const auto& account : accounts) {
            const auto match = labelPattern.match(account.label);
            [&] {
                QVERIFY2(match.hasMatch(), qPrintable(account.label));
                QCOMPARE(account.exchange, QStringLiteral("binance"));
            }();
            rounds.insert(match.captured(1).toInt());
            labels.insert(account.label);
        }
        [&] {
            QCOMPARE(settings.status(), QSettings::NoError);
            QCOMPARE(labels.size(), size_t(accounts.size()));
            // Between two rounds the list is emptied and refilled: one round at a time, never a mix.
            QVERIFY2(rounds.size() <= 1, "accounts of two rounds in one file");
        }();
        return rounds.empty() ? 1 : *rounds.begin();
    });
}

#ifdef BOURSE_WRITER_WORKSPACE
void TestAtomicSave::workspaceSurvivesKills()
{
    const QString path = pathOf("workspaces.json");
    killWhileSaving(QStringLiteral("workspace"), path, [&] {
        models::WorkspaceStore store(path);
        QStringList problems;
        [&] {
            QVERIFY2(store.load(), qPrintable(store.error()));
            QCOMPARE(store.names(), QStringList {QStringLiteral("main")});
        }();
        const auto layout = store.layout(QStringLiteral("main"), problems);
        if (!layout || layout->panels.isEmpty()) {
            return 0;
        }
        const QString symbol = layout->panels.first().symbol;
        const int round = symbol.mid(1, symbol.indexOf(QLatin1Char('/')) - 1).toInt();
        [&] { QCOMPARE(layout->dockState, QByteArray::number(round).repeated(5000)); }();
        return round;
    });
}
#endif

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "TestAtomicSave.moc"
