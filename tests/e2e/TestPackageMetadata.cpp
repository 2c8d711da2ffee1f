// SPDX-License-Identifier: GPL-3.0-or-later
// The facts the packages carry come from one place (project() through BourseVersion.h): both programs print that
// version, the metainfo announces it, and the hand-written man pages document exactly the options the programs
// accept, so a new option without a manual entry, or a stale entry, fails here.
#include "BourseVersion.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QByteArray runProgram(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << program << args << "failed:" << p.readAllStandardError();
        return {};
    }
    return p.readAllStandardOutput();
}

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read" << path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Long options as a reader sees them: roff writes a hyphen as "\-".
QSet<QString> longOptions(QString text)
{
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*[a-z]"));
    QSet<QString> found;
    for (const auto& match : option.globalMatch(text)) {
        found.insert(match.captured());
    }
    return found;
}

} // namespace

class TestPackageMetadata : public QObject
{
    Q_OBJECT

private slots:
    void versionIsTheProjects();
    void programsPrintTheVersion_data();
    void programsPrintTheVersion();
    void manPagesDocumentEveryOption_data();
    void manPagesDocumentEveryOption();
    void metainfoAnnouncesTheRelease();
};

void TestPackageMetadata::versionIsTheProjects()
{
    QCOMPARE(QStringLiteral(BOURSE_VERSION), QStringLiteral(PROJECT_VERSION));
    QVERIFY(
        QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(QStringLiteral(BOURSE_VERSION)).hasMatch());
    QCOMPARE(QStringLiteral(BOURSE_LICENSE), QStringLiteral("GPL-3.0-or-later"));
}

void TestPackageMetadata::programsPrintTheVersion_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("bourse-cli") << QStringLiteral(BOURSE_CLI) << QByteArray("bourse-cli " BOURSE_VERSION "\n");
#ifdef BOURSE_GUI
    QTest::newRow("bourse") << QStringLiteral(BOURSE_GUI) << QByteArray("bourse " BOURSE_VERSION "\n");
#endif
}

void TestPackageMetadata::programsPrintTheVersion()
{
    QFETCH(QString, program);
    QFETCH(QByteArray, expected);
    QCOMPARE(runProgram(program, {QStringLiteral("--version")}), expected);
}

void TestPackageMetadata::manPagesDocumentEveryOption_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("manPage");
    QTest::newRow("bourse-cli") << QStringLiteral(BOURSE_CLI) << QStringLiteral(MAN_DIR "/bourse-cli.1");
#ifdef BOURSE_GUI
    QTest::newRow("bourse") << QStringLiteral(BOURSE_GUI) << QStringLiteral(MAN_DIR "/bourse.1");
#endif
}

void TestPackageMetadata::manPagesDocumentEveryOption()
{
    QFETCH(QString, program);
    QFETCH(QString, manPage);
    const QSet<QString> accepted = longOptions(QString::fromUtf8(runProgram(program, {QStringLiteral("--help")})));
    QVERIFY2(accepted.contains(QStringLiteral("--version")), "--help names no --version: it was not read");
    const QString page = readText(manPage);
    QVERIFY(page.contains(QStringLiteral(".TH ")));
    QVERIFY2(page.contains(QStringLiteral("\"Bourse " BOURSE_VERSION "\"")), "the .TH line lacks the version");
    QVERIFY2(page.contains(QStringLiteral("\"" BOURSE_RELEASE_DATE "\"")), "the .TH line lacks the release date");
    const QSet<QString> documented = longOptions(page);
    QStringList undocumented = (accepted - documented).values();
    QStringList unknown = (documented - accepted).values();
    undocumented.sort();
    unknown.sort();
    QCOMPARE(undocumented.join(QLatin1Char(' ')), QString());
    QCOMPARE(unknown.join(QLatin1Char(' ')), QString());
}

void TestPackageMetadata::metainfoAnnouncesTheRelease()
{
#ifndef METAINFO_FILE
    QSKIP("the metainfo is installed with the GUI (BOURSE_BUILD_GUI=OFF)");
#else
    QXmlStreamReader xml(readText(QStringLiteral(METAINFO_FILE)));
    QString id, license, launchable, releaseVersion, releaseDate;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("id")) {
            id = xml.readElementText();
        } else if (name == QLatin1String("project_license")) {
            license = xml.readElementText();
        } else if (name == QLatin1String("launchable")) {
            launchable = xml.readElementText();
        } else if (name == QLatin1String("release") && releaseVersion.isEmpty()) {
            // The first release listed is the newest, as AppStream orders them.
            releaseVersion = xml.attributes().value(QLatin1String("version")).toString();
            releaseDate = xml.attributes().value(QLatin1String("date")).toString();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, QStringLiteral(BOURSE_APP_ID));
    QCOMPARE(license, QStringLiteral(BOURSE_LICENSE));
    QCOMPARE(launchable, QStringLiteral("bourse.desktop"));
    QCOMPARE(releaseVersion, QStringLiteral(BOURSE_VERSION));
    QCOMPARE(releaseDate, QStringLiteral(BOURSE_RELEASE_DATE));
#endif
}

QTEST_GUILESS_MAIN(TestPackageMetadata)
#include "TestPackageMetadata.moc"
