// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticeAccount.h"

#include "core/AtomicFile.h"
#include "core/DataDirectory.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <cctype>

namespace bourse::ex {

namespace {

Q_LOGGING_CATEGORY(lcPractice, "bourse.practice")

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

PracticeAccount::PracticeAccount(MatchingEngine& engine, std::string venue, std::string fileName,
                                 std::map<std::string, Decimal> startingBalance)
    : m_engine(engine)
    , m_venue(std::move(venue))
    , m_fileName(std::move(fileName))
    , m_startingBalance(std::move(startingBalance))
{
}

std::string PracticeAccount::dataDirectory()
{
    return ex::dataDirectory().toStdString();
}

void PracticeAccount::setStatePath(std::string path)
{
    m_path = std::move(path);
}

void PracticeAccount::setAccountName(std::string name)
{
    m_accountName = std::move(name);
}

std::string PracticeAccount::statePath() const
{
    if (m_path) {
        return *m_path;
    }
    const std::string folder = dataDirectory();
    if (folder.empty()) {
        return {};
    }
    if (m_accountName.empty()) {
        return folder + "/" + m_fileName;
    }
    // Readable where the name allows it, unique by the hash whatever the name holds (slashes, spaces, any script).
    std::string slug;
    for (const char c : m_accountName) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        slug.push_back(keep ? static_cast<char>(std::tolower(static_cast<unsigned char>(c))) : '-');
    }
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray::fromStdString(m_accountName), QCryptographicHash::Sha256).toHex().left(8);
    const size_t dot = m_fileName.rfind('.');
    const std::string stem = dot == std::string::npos ? m_fileName : m_fileName.substr(0, dot);
    const std::string extension = dot == std::string::npos ? std::string() : m_fileName.substr(dot);
    return folder + "/" + stem + "-" + slug.substr(0, 40) + "-" + hash.toStdString() + extension;
}

void PracticeAccount::setStartingBalance(std::map<std::string, Decimal> balance)
{
    m_startingBalance = std::move(balance);
}

JsonValue& PracticeAccount::venueState()
{
    load();
    return m_venueState;
}

void PracticeAccount::fresh(const std::map<std::string, Decimal>& balance)
{
    m_engine.reset(balance);
    m_venueState = JsonValue::object();
}

void PracticeAccount::report(AccountFileError::Kind kind, std::string message, std::string keptAs)
{
    m_problem = AccountFileError {kind, statePath(), std::move(keptAs), std::move(message)};
    qCWarning(lcPractice).noquote() << qs(m_venue) << "account:" << qs(m_problem->message);
}

void PracticeAccount::putAside(const std::string& path, const std::string& why)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = qs(path) + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n) {
        aside = qs(path) + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    }
    if (QFile::rename(qs(path), aside)) {
        report(AccountFileError::Kind::Corrupt,
               path + " is not a usable account (" + why + "); it was kept as " + aside.toStdString()
                   + " and a fresh account was opened",
               aside.toStdString());
        return;
    }
    m_writable = false;
    report(AccountFileError::Kind::Corrupt,
           path + " is not a usable account (" + why
               + ") and could not be moved aside; a fresh account is used in memory and the file is left as it is");
}

void PracticeAccount::load()
{
    if (m_loaded) {
        return;
    }
    m_loaded = true;
    fresh(m_startingBalance);
    m_written = serialize();
    const std::string path = statePath();
    if (path.empty()) {
        m_writable = false;
        return;
    }
    QFile file(qs(path));
    if (!file.exists()) {
        return;
    }
    QByteArray bytes;
    if (!file.open(QIODevice::ReadOnly) || (bytes = file.readAll(), file.error() != QFileDevice::NoError)) {
        m_writable = false;
        report(AccountFileError::Kind::Unreadable,
               "cannot read " + path + " (" + file.errorString().toStdString()
                   + "); a fresh account is used in memory and the file is left as it is");
        return;
    }
    file.close();

    auto doc = JsonDocument::tryParse(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
    if (!doc || !doc->root().isObject()) {
        putAside(path, bytes.isEmpty() ? "it is empty" : "it is not a JSON object");
        return;
    }
    const JsonRef root = doc->root();
    if (root["format"].string() != std::optional<std::string>(kFormat)) {
        putAside(path, std::string("it is not a ") + kFormat + " file");
        return;
    }
    const auto version = root["version"].integer();
    if (!version || *version < 1) {
        putAside(path, "it has no format version");
        return;
    }
    if (*version > kFormatVersion) {
        m_writable = false;
        report(AccountFileError::Kind::NewerFormat,
               path + " was written by a newer Bourse (format " + std::to_string(*version)
                   + "); a fresh account is used in memory and the file is left for that version");
        return;
    }
    try {
        m_engine.restore(AccountState::fromJson(root["account"]));
    } catch (const Error& e) {
        fresh(m_startingBalance);
        putAside(path, e.message());
        return;
    }
    m_venueState = root["venueState"].isObject() ? JsonValue::fromRef(root["venueState"]) : JsonValue::object();
    m_written = serialize();
}

std::string PracticeAccount::serialize() const
{
    JsonValue v = JsonValue::object();
    v.set("format", kFormat);
    v.set("version", kFormatVersion);
    v.set("venue", m_venue);
    v.set("account", m_engine.state().toJson());
    v.set("venueState", m_venueState);
    return v.dump();
}

bool PracticeAccount::save()
{
    if (!m_loaded) {
        return true;
    }
    std::string text = serialize();
    if (text == m_written || !m_writable) {
        return true;
    }
    if (!write(text)) {
        return false;
    }
    m_written = std::move(text);
    return true;
}

bool PracticeAccount::write(const std::string& text)
{
    const QString path = qs(statePath());
    QString why;
    if (!writeFileAtomically(path, QByteArray::fromStdString(text), &why)) {
        report(AccountFileError::Kind::WriteFailed,
               "cannot write " + path.toStdString() + " (" + why.toStdString()
                   + "); the file keeps the previous account");
        return false;
    }
    return true;
}

void PracticeAccount::reset(const std::optional<std::map<std::string, Decimal>>& balance)
{
    m_loaded = true;
    fresh(balance.value_or(m_startingBalance));
    // The user asked for it: a file that was left alone (unreadable, newer) is theirs to replace now.
    m_writable = !statePath().empty();
    m_problem.reset();
    m_written.clear();
    save();
}

} // namespace bourse::ex
