// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bourse::cli {

// The command line of bourse-cli, as DESIGN.md's contract defines it. Options may stand anywhere.
struct CliOptions
{
    std::vector<std::string> positional;
    std::string marketsFile;
    std::string currenciesFile;
    std::string respondWithFile;
    bool dryRun = false;
    bool reveal = false;
    bool sandbox = false;
    std::string apiKey;
    std::string secret;
    std::string password;
    std::string uid;
    std::map<std::string, std::string> credentials;
    std::string account;
    std::optional<long long> time;
    std::string apiUrl;
    std::optional<int> timeoutMs;
    bool help = false;
    bool version = false;

    // Throws std::invalid_argument with a message for the user.
    static CliOptions parse(const std::vector<std::string>& args);
};

std::string usageText();

} // namespace bourse::cli
