// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchingEngine.h"
#include "core/Json.h"

#include <map>
#include <optional>
#include <string>

namespace bourse::ex {

// Why an account file could not be used. The account in use is then a fresh one, and the file is left alone.
struct AccountFileError
{
    enum class Kind {
        Unreadable, // the file exists but cannot be read (permissions, a folder): kept in memory only, never written
        Corrupt, // not an account (cut short, not JSON, inconsistent): moved aside to `keptAs`
        NewerFormat, // written by a newer Bourse: kept in memory only, so the newer version keeps its account
        WriteFailed, // a save failed (disk full, permissions): the previous file is intact, the change is not in it
    };
    Kind kind = Kind::Corrupt;
    std::string path;
    std::string keptAs;
    std::string message;
};

// The money and orders of a simulated account (demo, paper trading) and the file that keeps them between runs.
//
// The venue owns the MatchingEngine and configures its markets; this class puts the account into it on first use
// (load()) and writes it back after each change (save()). The file is small JSON, replaced atomically: QSaveFile
// writes a temporary file beside it, fsyncs it and renames it over the old one, and the folder is fsynced after
// the rename, so a crash or a kill at any instant leaves either the old account or the new one, never a mix.
//
// Choices for a file that cannot be used, none of which ever loses the user's data silently:
// - missing: a fresh account with the starting balance; nothing is written until something changes;
// - corrupt: renamed to "<file>.corrupt-<UTC time>", logged, and a fresh account opened (written at its first
//   change);
// - unreadable, or from a newer Bourse: a fresh account in memory only, logged, the file never touched (an
//   explicit reset() is the user's decision and writes it).
// problem() says which happened. Two programs using the same file at once each write their own account over the
// other's: the file is a single user's save slot, not a database.
class PracticeAccount
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kFormat = "bourse-practice-account";

    // `venue` is recorded in the file ("demo", "paper-binance"); `fileName` names it in the data folder.
    PracticeAccount(MatchingEngine& engine, std::string venue, std::string fileName,
                    std::map<std::string, Decimal> startingBalance);

    // BOURSE_DATA_DIR when it is set (tests and scripts point it at a folder of their own), else the app data
    // folder (QStandardPaths::AppDataLocation).
    static std::string dataDirectory();

    // The file. By default "<dataDirectory()>/<fileName>", decided at the first load; an empty path keeps the
    // account in memory only. Call before the account is used.
    void setStatePath(std::string path);
    std::string statePath() const;
    // A second practice account on the same venue (the accounts list may hold several demo accounts) keeps a file
    // of its own, "<file stem>-<name>-<8 hex of the name's hash>.json", so that "My demo" and "my-demo" never
    // share one. An empty name is the venue's unnamed file (its first account, and bourse-cli's). Call before the
    // account is used.
    void setAccountName(std::string name);

    // What a fresh account starts with, and what reset() goes back to.
    void setStartingBalance(std::map<std::string, Decimal> balance);
    const std::map<std::string, Decimal>& startingBalance() const { return m_startingBalance; }

    // Reads the account into the engine, once.
    void load();
    bool loaded() const { return m_loaded; }
    // Fields the venue keeps beside the account (demo: until when its resting orders were matched). Saved with it.
    JsonValue& venueState();
    // Writes the account when it changed since it was read or written. False when the write failed: the change
    // stays in memory, the file keeps the previous account, and problem() says why.
    bool save();
    // A fresh account with `balance` (or the starting balance), written at once.
    void reset(const std::optional<std::map<std::string, Decimal>>& balance = std::nullopt);

    const std::optional<AccountFileError>& problem() const { return m_problem; }
    // The account file as text: what save() writes.
    std::string serialize() const;

private:
    void fresh(const std::map<std::string, Decimal>& balance);
    void report(AccountFileError::Kind kind, std::string message, std::string keptAs = {});
    void putAside(const std::string& path, const std::string& why);
    bool write(const std::string& text);

    MatchingEngine& m_engine;
    std::string m_venue;
    std::string m_fileName;
    std::string m_accountName;
    std::optional<std::string> m_path;
    std::map<std::string, Decimal> m_startingBalance;
    JsonValue m_venueState = JsonValue::object();
    std::string m_written; // the text the file holds (or would hold, for a fresh account not yet written)
    bool m_loaded = false;
    bool m_writable = true;
    std::optional<AccountFileError> m_problem;
};

} // namespace bourse::ex
