// SPDX-License-Identifier: GPL-3.0-or-later
// bourse-cli: the exchange layer, headless (DESIGN.md, "The bourse-cli contract").
#include "BourseVersion.h"
#include "CliOptions.h"
#include "KeychainAccount.h"
#include "MethodDispatch.h"
#include "Registry.h"
#include "core/OfflineTransports.h"
#include "core/QnamTransport.h"
#include "core/TransportPolicy.h"

#include <QCoreApplication>
#include <QTimer>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace bourse;
using namespace bourse::ex;

namespace {

void printLine(const std::string& text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const Error& error)
{
    JsonValue v = JsonValue::object();
    v.set("error", std::string(errorKindName(error.kind())));
    v.set("message", error.message());
    printLine(v.dump());
    return 1;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(ErrorKind::BadRequest, "cannot read " + path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

JsonDocument readJsonFile(const std::string& path)
{
    std::string text = readFile(path);
    auto doc = JsonDocument::tryParse(text);
    if (!doc) {
        throw Error(ErrorKind::BadRequest, path + " is not valid JSON");
    }
    return std::move(*doc);
}

// https anywhere; plain http only to this machine (DESIGN.md: hosts are https).
void checkApiUrl(const std::string& url)
{
    if (auto refused = refusedUrlReason(url)) {
        throw Error(ErrorKind::BadRequest, "--api-url " + url + " is refused: " + *refused);
    }
}

// A symbol the exchange does not list: name the listed one the user probably meant ("btc-usdt", "BTCUSDT" ->
// BTC/USDT), or say how symbols are written.
Error withSymbolHint(const Error& error, const Exchange& exchange, const std::vector<JsonValue>& args)
{
    if (error.kind() != ErrorKind::BadSymbol) {
        return error;
    }
    auto squeeze = [](const std::string& text) {
        std::string out;
        for (char c : text) {
            if (std::isalnum(static_cast<unsigned char>(c))) {
                out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
            }
        }
        return out;
    };
    for (const JsonValue& arg : args) {
        const auto text = arg.isString() ? arg.asString() : std::nullopt;
        if (!text || exchange.findMarket(*text)) {
            continue;
        }
        const std::string wanted = squeeze(*text);
        for (const Market& market : exchange.markets()) {
            if (!wanted.empty() && squeeze(market.symbol) == wanted) {
                return Error(error.kind(), error.message() + "; did you mean " + market.symbol + "?");
            }
        }
    }
    return Error(error.kind(),
                 error.message() + " (symbols are written BASE/QUOTE, like BTC/USDT; `bourse-cli " + exchange.id()
                     + " fetchMarkets` lists them)");
}

std::unique_ptr<Exchange> createExchange(const std::string& id, Transport& transport, Clock& clock)
{
    auto exchange = Registry::create(id, transport, clock);
    if (exchange) {
        return exchange;
    }
    auto entry = Registry::find(id);
    if (!entry) {
        throw Error(ErrorKind::BadRequest, "unknown exchange " + id + " (bourse-cli list shows them all)");
    }
    throw Error(ErrorKind::NotSupported, id + " is not implemented yet: " + entry->note);
}

int describe(const std::string& id)
{
    auto entry = Registry::find(id);
    if (!entry) {
        return fail(Error(ErrorKind::BadRequest, "unknown exchange " + id));
    }
    FixedResponseTransport none("");
    Clock clock;
    JsonValue out = entry->toJson();
    if (auto exchange = Registry::create(id, none, clock)) {
        JsonValue d = exchange->description().toJson();
        for (const auto& [k, v] : d.members()) {
            if (!out.contains(k) || k == "name") {
                out.set(k, v);
            }
        }
    }
    printLine(out.dump());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The GUI's names, so both programs share one app data folder and with it the demo and paper accounts.
    QCoreApplication::setOrganizationName(QStringLiteral("Bourse"));
    QCoreApplication::setApplicationName(QStringLiteral("bourse"));
    std::vector<std::string> args(argv + 1, argv + argc);
    cli::CliOptions options;
    try {
        options = cli::CliOptions::parse(args);
    } catch (const std::invalid_argument& e) {
        std::cerr << "bourse-cli: " << e.what() << "\n" << cli::usageText();
        return 2;
    }
    if (options.version) {
        printLine(std::string("bourse-cli ") + BOURSE_VERSION);
        return 0;
    }
    const auto& pos = options.positional;
    if (options.help || pos.empty()) {
        std::cout << cli::usageText();
        return options.help ? 0 : 2;
    }
    if (pos[0] == "list") {
        printLine(Registry::listJson().dump());
        return 0;
    }
    if (pos[0] == "describe") {
        if (pos.size() < 2) {
            std::cerr << cli::usageText();
            return 2;
        }
        return describe(pos[1]);
    }
    if (pos.size() < 2) {
        std::cerr << cli::usageText();
        return 2;
    }
    const std::string& exchangeId = pos[0];
    const std::string& method = pos[1];
    std::vector<JsonValue> methodArgs;
    for (size_t i = 2; i < pos.size(); ++i) {
        // Each argument is JSON when it parses as JSON, else a string.
        auto parsed = JsonValue::parse(pos[i]);
        methodArgs.push_back(parsed ? std::move(*parsed) : JsonValue(pos[i]));
    }

    int exitCode = 0;
    bool finished = false;
    auto finish = [&](int code) {
        if (!finished) {
            finished = true;
            exitCode = code;
            QTimer::singleShot(0, &app, [&app, code] { app.exit(code); });
        }
    };

    try {
        if (!cli::isUnifiedMethod(method)) {
            throw Error(ErrorKind::NotSupported, "unknown unified method " + method);
        }
        Credentials creds;
        if (!options.account.empty()) {
            creds = cli::readAccount(options.account, exchangeId);
        } else {
            creds.apiKey = options.apiKey;
            creds.secret = options.secret;
            creds.password = options.password;
            creds.uid = options.uid;
            creds.other = options.credentials;
        }
        // Keys from the keychain are real: a dry run shows them only when asked to.
        const bool mask = !options.account.empty() && !options.reveal;
        std::unique_ptr<Transport> transport;
        if (options.dryRun) {
            transport = std::make_unique<DryRunTransport>([&, creds](const HttpRequest& request) {
                const std::string json = requestToJson(request);
                printLine(mask ? cli::maskSecrets(json, creds) : json);
                finish(0);
            });
        } else if (!options.respondWithFile.empty()) {
            transport = std::make_unique<FixedResponseTransport>(readFile(options.respondWithFile));
        } else {
            if (!options.apiUrl.empty()) {
                checkApiUrl(options.apiUrl);
            }
            transport = std::make_unique<QnamTransport>();
        }
        Clock clock;
        if (options.time) {
            clock.fixAt(*options.time);
        }
        auto exchange = createExchange(exchangeId, *transport, clock);
        exchange->setCredentials(creds);
        ExchangeOptions exOptions;
        exOptions.sandbox = options.sandbox;
        exOptions.apiUrl = options.apiUrl;
        exOptions.timeoutMs = options.timeoutMs.value_or(0);
        exOptions.offline = options.dryRun || !options.respondWithFile.empty();
        exchange->setOptions(exOptions);
        if (!options.currenciesFile.empty()) {
            JsonDocument doc = readJsonFile(options.currenciesFile);
            std::vector<Currency> currencies;
            for (const auto& m : doc.root().members()) {
                currencies.push_back(Currency::fromJson(m.value));
            }
            exchange->setCurrencies(std::move(currencies));
        }
        if (!options.marketsFile.empty()) {
            JsonDocument doc = readJsonFile(options.marketsFile);
            std::vector<Market> markets;
            for (const auto& m : doc.root().members()) {
                markets.push_back(Market::fromJson(m.value));
            }
            exchange->setMarkets(std::move(markets));
        }
        cli::callUnifiedMethod(*exchange, method, methodArgs, [&](Result<JsonValue> result) {
            if (finished) {
                return;
            }
            if (result.ok()) {
                printLine(result.value().dump());
                finish(0);
            } else {
                finish(fail(withSymbolHint(result.error(), *exchange, methodArgs)));
            }
        });
        if (!finished) {
            app.exec();
        }
        // The exchange and transport outlive every callback: the loop has stopped.
        return exitCode;
    } catch (const Error& e) {
        return fail(e);
    }
}
