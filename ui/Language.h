// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace bourse::ui {

// The language the GUI speaks: Bourse's catalogue and Qt's own (for its standard dialogs) installed in the
// application, and the default QLocale that numbers and dates follow. Switching at run time replaces the
// translators; Qt then sends every widget a LanguageChange, on which each re-translates itself.
class Language final
{
public:
    Language() = delete;

    // A language Bourse ships: its code ("de", "pt_BR") and its name in itself ("Deutsch").
    struct Choice
    {
        QString code;
        QString nativeName;
    };

    // The settings' key; its value is a code, or empty to follow the system.
    static constexpr auto SettingsKey = "ui/language";

    // The languages whose catalogue is found, by their own names.
    static QList<Choice> available();
    // Where catalogues are looked for, first found wins: $BOURSE_TRANSLATIONS_DIR, then
    // <exe dir>/../share/bourse/translations (installed, and the build tree, which mirrors that layout).
    static QStringList searchPaths();
    // The code kept in the settings (empty: the system's language).
    static QString chosen();
    // Applies `code` and keeps it in the settings: what the settings' Language menu does.
    static void choose(const QString& code);
    // Applies `code` (empty: the system's language) without keeping it: the translators for it replace the
    // installed ones, and its locale becomes the default one. Returns that locale.
    static QLocale apply(const QString& code);
    // The code of the catalogue in use, empty when the GUI shows its English source texts.
    static QString current();
    // `name` ("Deutsch") for `code` ("de"): the language's name in itself, with its territory when the code has one.
    static QString nativeName(const QString& code);
};

} // namespace bourse::ui
