// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOptions.h"

#include <stdexcept>

namespace bourse::cli {

std::string usageText()
{
    return "usage: bourse-cli list\n"
           "       bourse-cli describe <exchange>\n"
           "       bourse-cli [options] <exchange> <method> [args...]\n"
           "       bourse-cli demo resetAccount [{\"USD\":100000,...}]   practice account (demo, paper-<id>)\n"
           "                                    back to its starting (or the given) balance\n"
           "practice accounts (demo, paper-<id>) are kept in $BOURSE_DATA_DIR, else the app data folder\n"
           "options:\n"
           "  --markets FILE        preload unified markets (ccxt shape, keyed by symbol)\n"
           "  --currencies FILE     preload unified currencies\n"
           "  --respond-with FILE   offline: answer every request with this file, status 200\n"
           "  --dry-run             print the first request that would be sent, and send nothing\n"
           "  --api-key K --secret S [--password P] [--uid U]   credentials\n"
           "  --credential NAME=VALUE   another credential the exchange requires\n"
           "  --account NAME        read credentials from the OS keychain\n"
           "  --reveal              with --account and --dry-run: print secrets unmasked\n"
           "  --sandbox             use the exchange's testnet\n"
           "  --time MS             fixed clock for nonces and timestamps\n"
           "  --api-url URL         send every request to this origin (http only to loopback)\n"
           "  --timeout MS          request timeout\n"
           "  --version             print the version\n"
           "  --help                print this help\n";
}

CliOptions CliOptions::parse(const std::vector<std::string>& args)
{
    CliOptions o;
    auto value = [&](size_t& i) -> const std::string& {
        if (i + 1 >= args.size()) {
            throw std::invalid_argument("missing value for " + args[i]);
        }
        return args[++i];
    };
    auto number = [](const std::string& name, const std::string& text) {
        try {
            size_t used = 0;
            long long v = std::stoll(text, &used);
            if (used != text.size()) {
                throw std::invalid_argument(text);
            }
            return v;
        } catch (const std::exception&) {
            throw std::invalid_argument(name + " expects a whole number, got \"" + text + "\"");
        }
    };
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--markets") {
            o.marketsFile = value(i);
        } else if (a == "--currencies") {
            o.currenciesFile = value(i);
        } else if (a == "--respond-with") {
            o.respondWithFile = value(i);
        } else if (a == "--dry-run") {
            o.dryRun = true;
        } else if (a == "--reveal") {
            o.reveal = true;
        } else if (a == "--sandbox") {
            o.sandbox = true;
        } else if (a == "--api-key") {
            o.apiKey = value(i);
        } else if (a == "--secret") {
            o.secret = value(i);
        } else if (a == "--password") {
            o.password = value(i);
        } else if (a == "--uid") {
            o.uid = value(i);
        } else if (a == "--credential") {
            const std::string& kv = value(i);
            auto eq = kv.find('=');
            if (eq == std::string::npos || eq == 0) {
                throw std::invalid_argument("--credential expects NAME=VALUE");
            }
            o.credentials[kv.substr(0, eq)] = kv.substr(eq + 1);
        } else if (a == "--account") {
            o.account = value(i);
        } else if (a == "--time") {
            o.time = number(a, value(i));
        } else if (a == "--api-url") {
            o.apiUrl = value(i);
        } else if (a == "--timeout") {
            o.timeoutMs = static_cast<int>(number(a, value(i)));
        } else if (a == "--help" || a == "-h") {
            o.help = true;
        } else if (a == "--version") {
            o.version = true;
        } else if (a.size() > 2 && a.rfind("--", 0) == 0 && o.positional.size() < 2) {
            throw std::invalid_argument("unknown option " + a);
        } else {
            o.positional.push_back(a);
        }
    }
    if (o.dryRun && !o.respondWithFile.empty()) {
        throw std::invalid_argument("--dry-run and --respond-with exclude each other");
    }
    return o;
}

} // namespace bourse::cli
