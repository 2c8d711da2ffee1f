// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// The shipped catalogues (translations/*.ts). Built twice: as TestTranslationsComplete (label `translations`: every
// message of the code translated in every language, nothing vanished) and as TestTranslationPlaceholders (every
// translation keeps its source's %1…%9 and %n).

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    qint64 line = 0;

    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString where(const QString& file) const
    {
        return QStringLiteral("%1:%2 [%3] \"%4\"").arg(file).arg(line).arg(context, source.left(60));
    }
};

struct Catalogue
{
    QString file;
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue read(const QString& path)
{
    Catalogue c;
    c.file = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = file.errorString();
        return c;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            c.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = {};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            m.line = xml.lineNumber();
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    m.translations.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                }
            } else {
                m.translations.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
            c.messages.append(m);
        }
    }
    if (xml.hasError()) {
        c.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    }
    return c;
}

QList<Catalogue> catalogues()
{
    QList<Catalogue> list;
    const QDir dir(QStringLiteral(TRANSLATIONS_DIR));
    for (const QString& name : dir.entryList({QStringLiteral("bourse_*.ts")}, QDir::Files, QDir::Name)) {
        list.append(read(dir.filePath(name)));
    }
    return list;
}

bool isSourceLanguage(const Catalogue& c)
{
    return c.language == QLatin1String("en") || c.language.startsWith(QLatin1String("en_"));
}

} // namespace

class TestTranslationFiles final : public QObject
{
    Q_OBJECT

private slots:
    void theLanguagesAreThere();
#if defined(CHECK_COMPLETE)
    void everyCatalogueIsComplete();
#else
    void placeholdersMatch();
    void placeholderCheckCatchesAMismatch();
#endif
};

void TestTranslationFiles::theLanguagesAreThere()
{
    QStringList languages;
    for (const Catalogue& c : catalogues()) {
        QVERIFY2(c.error.isEmpty(), qPrintable(c.file + QStringLiteral(": ") + c.error));
        QVERIFY2(!c.messages.isEmpty(), qPrintable(c.file));
        languages.append(c.language);
    }
    const QList<Catalogue> all = catalogues();
    QCOMPARE(std::count_if(all.cbegin(), all.cend(), isSourceLanguage), 1);
    for (const char* code : {"en", "de", "es", "fr", "it", "pt_BR", "ru", "uk", "tr", "zh_CN", "ja", "ko", "id"}) {
        QVERIFY2(languages.contains(QLatin1String(code)), code);
    }
}

#if defined(CHECK_COMPLETE)

// Every message the code has (bourse_en.ts, which bourse_lupdate keeps current) is translated in every language;
// the English catalogue itself needs only its plural forms.
void TestTranslationFiles::everyCatalogueIsComplete()
{
    const QList<Catalogue> all = catalogues();
    QSet<QString> current;
    for (const Catalogue& c : all) {
        if (isSourceLanguage(c)) {
            for (const Message& m : c.messages) {
                current.insert(m.key());
            }
        }
    }
    QVERIFY(!current.isEmpty());
    QStringList problems;
    for (const Catalogue& c : all) {
        QSet<QString> present;
        for (const Message& m : c.messages) {
            present.insert(m.key());
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
                problems << QStringLiteral("%1: no longer in the code").arg(m.where(c.file));
                continue;
            }
            if (!current.contains(m.key())) {
                problems << QStringLiteral("%1: not in bourse_en.ts (run bourse_lupdate)").arg(m.where(c.file));
            }
            if (isSourceLanguage(c) && !m.numerus) {
                continue; // the source text is the English
            }
            if (m.type == QLatin1String("unfinished")) {
                problems << QStringLiteral("%1: unfinished").arg(m.where(c.file));
            } else if (m.translations.isEmpty()
                       || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                      [](const QString& t) { return t.trimmed().isEmpty(); })) {
                problems << QStringLiteral("%1: a form is empty").arg(m.where(c.file));
            }
        }
        const int missing = static_cast<int>((current - present).size());
        if (missing > 0) {
            problems
                << QStringLiteral("%1: %2 messages of the code missing (run bourse_lupdate)").arg(c.file).arg(missing);
        }
    }
    for (const QString& p : std::as_const(problems).mid(0, 40)) {
        qWarning().noquote() << p;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, the first above").arg(problems.size())));
}

#else

namespace {

// %1…%99 and %n, with or without the L that asks for the locale's digits (a translation may add or drop it).
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.append(QLatin1Char('%') + it.next().captured(1));
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

// What is wrong with `m`'s placeholders, empty when nothing. A plural form may leave %n out ("one order").
QString placeholderProblem(const Message& m)
{
    const QStringList expected = placeholders(m.source);
    QStringList withoutN = expected;
    withoutN.removeAll(QStringLiteral("%n"));
    bool anyHasN = false;
    for (const QString& t : m.translations) {
        if (t.isEmpty()) {
            continue; // not translated: the source is shown
        }
        QStringList got = placeholders(t);
        anyHasN = anyHasN || got.contains(QStringLiteral("%n"));
        if (m.numerus) {
            got.removeAll(QStringLiteral("%n"));
        }
        if (got != (m.numerus ? withoutN : expected)) {
            return QStringLiteral("has %1 where the source has %2: \"%3\"")
                .arg(got.join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')), t);
        }
    }
    const bool translated =
        std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString& t) { return !t.isEmpty(); });
    if (m.numerus && translated && expected.contains(QStringLiteral("%n")) && !anyHasN) {
        return QStringLiteral("no plural form shows %n");
    }
    return {};
}

} // namespace

void TestTranslationFiles::placeholdersMatch()
{
    QStringList problems;
    for (const Catalogue& c : catalogues()) {
        for (const Message& m : c.messages) {
            if (const QString p = placeholderProblem(m); !p.isEmpty()) {
                problems << m.where(c.file) + QStringLiteral(": ") + p;
            }
        }
    }
    for (const QString& p : std::as_const(problems)) {
        qWarning().noquote() << p;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 messages, listed above").arg(problems.size())));
}

void TestTranslationFiles::placeholderCheckCatchesAMismatch()
{
    Message m;
    m.source = QStringLiteral("Not enough %1: %2 available.");
    m.translations = {QStringLiteral("Nicht genug %1: %2 verfügbar.")};
    QCOMPARE(placeholderProblem(m), QString());
    m.translations = {QStringLiteral("Nicht genug %1 verfügbar.")};
    QVERIFY(!placeholderProblem(m).isEmpty());
    m.translations = {QStringLiteral("Nicht genug %L1: %L2 verfügbar.")};
    QCOMPARE(placeholderProblem(m), QString());
    m.numerus = true;
    m.source = QStringLiteral("Cancel all %n open order(s) on %1?");
    m.translations = {QStringLiteral("Die offene Order auf %1 stornieren?"),
                      QStringLiteral("Alle %n offenen Orders auf %1 stornieren?")};
    QCOMPARE(placeholderProblem(m), QString());
    m.translations = {QStringLiteral("Die offene Order stornieren?"), QStringLiteral("Alle %n stornieren?")};
    QVERIFY(!placeholderProblem(m).isEmpty());
    m.translations = {QStringLiteral("Die Order auf %1?"), QStringLiteral("Alle Orders auf %1?")};
    QCOMPARE(placeholderProblem(m), QStringLiteral("no plural form shows %n"));
}

#endif

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"
