// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <algorithm>

namespace bourse::ui {

namespace {

// The translators this class installed are the application's children under this name, so nothing global holds
// them and a switch finds the ones to replace.
constexpr auto TranslatorName = "bourse-translator";
constexpr auto CatalogueName = "bourse";
constexpr auto QtCatalogueName = "qtbase";

QList<QTranslator*> installedTranslators()
{
    QList<QTranslator*> found;
    if (QCoreApplication* app = QCoreApplication::instance()) {
        for (QTranslator* t : app->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly)) {
            if (t->objectName() == QLatin1String(TranslatorName)) {
                found.append(t);
            }
        }
    }
    return found;
}

// Loads `catalogue` for `locale` from the first of `dirs` that has it; null when none has.
QTranslator* loadCatalogue(const QLocale& locale, const QString& catalogue, const QStringList& dirs)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(QLatin1String(TranslatorName));
    for (const QString& dir : dirs) {
        if (translator->load(locale, catalogue, QStringLiteral("_"), dir)) {
            return translator;
        }
    }
    delete translator;
    return nullptr;
}

} // namespace

QStringList Language::searchPaths()
{
    QStringList dirs;
    const QString override = qEnvironmentVariable("BOURSE_TRANSLATIONS_DIR");
    if (!override.isEmpty()) {
        dirs.append(override);
    }
    dirs.append(
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/bourse/translations")));
    return dirs;
}

QString Language::nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    if (code.contains(QLatin1Char('_'))) {
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    }
    return name.isEmpty() ? code : name;
}

QList<Language::Choice> Language::available()
{
    QList<Choice> choices;
    QStringList codes;
    const QString prefix = QLatin1String(CatalogueName) + QLatin1Char('_');
    for (const QString& dir : searchPaths()) {
        const QStringList files = QDir(dir).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files);
        for (const QString& file : files) {
            const QString code = file.mid(prefix.size()).chopped(3);
            if (!codes.contains(code)) {
                codes.append(code);
                choices.append({code, nativeName(code)});
            }
        }
    }
    std::sort(choices.begin(), choices.end(), [](const Choice& a, const Choice& b) {
        return QString::localeAwareCompare(a.nativeName, b.nativeName) < 0;
    });
    return choices;
}

QString Language::chosen()
{
    return QSettings().value(QLatin1String(SettingsKey)).toString();
}

void Language::choose(const QString& code)
{
    QSettings().setValue(QLatin1String(SettingsKey), code);
    apply(code);
}

QLocale Language::apply(const QString& code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // The locale first: the LanguageChange the translators send makes widgets redraw their numbers too.
    QLocale::setDefault(locale);
    for (QTranslator* old : installedTranslators()) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    QStringList qtDirs {QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    qtDirs += searchPaths();
    // Qt's catalogue first, so that Bourse's, installed last, is searched first.
    for (QTranslator* t : {loadCatalogue(locale, QLatin1String(QtCatalogueName), qtDirs),
                           loadCatalogue(locale, QLatin1String(CatalogueName), searchPaths())}) {
        if (t) {
            QCoreApplication::installTranslator(t);
        }
    }
    return locale;
}

QString Language::current()
{
    const QString prefix = QLatin1String(CatalogueName) + QLatin1Char('_');
    for (const QTranslator* t : installedTranslators()) {
        const QString file = QFileInfo(t->filePath()).completeBaseName();
        if (file.startsWith(prefix)) {
            return file.mid(prefix.size());
        }
    }
    return {};
}

} // namespace bourse::ui
