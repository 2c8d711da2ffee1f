// SPDX-License-Identifier: GPL-3.0-or-later
// Coinbase's transfers and addresses: the v2 API, per account (one account per currency).
#include "Coinbase.h"
#include "CoinbaseParsers.h"
#include "coinbaseexchange/CoinbaseCommon.h"
#include "core/Filtering.h"

namespace bourse::ex {

using namespace coinbase;
using coinbasecommon::spec;
using coinbasecommon::textParam;

// ---- funding ----

void Coinbase::withAccountId(const std::string& code, JsonValue& params, Callback<std::string> done)
{
    auto given = textParam(params, "account_id");
    if (!given) {
        given = textParam(params, "accountId");
    }
    params.remove("account_id");
    params.remove("accountId");
    if (given) {
        done(*given);
        return;
    }
    if (code.empty()) {
        done(Error(ErrorKind::ArgumentsRequired,
                   "coinbase requires an account_id (or accountId) parameter OR a currency code argument"));
        return;
    }
    // Offline runs take the account list as given (one account, "myAccount"), as ccxt's static tests preload it.
    if (options().offline) {
        done(std::string("myAccount"));
        return;
    }
    auto find = [this, code]() -> Result<std::string> {
        for (const auto& a : m_accounts) {
            if (a.code == code) {
                return a.id;
            }
        }
        return Error(ErrorKind::ExchangeError,
                     "coinbase could not find an account id for " + code
                         + ". You might try to generate the deposit address in the website "
                           "for that coin first.");
    };
    if (m_accountsLoaded) {
        done(find());
        return;
    }
    JsonValue q = JsonValue::object();
    q.set("limit", 250);
    // {"accounts":[{"uuid":"...","name":"BTC Wallet","currency":"BTC",...}],"has_next":false,"cursor":""}
    request<std::monostate>(
        spec("v3private", "GET", "brokerage/accounts", q, JsonValue::object()),
        [find, done](Result<std::monostate> loaded) {
            if (!loaded.ok()) {
                done(loaded.error());
                return;
            }
            done(find());
        },
        [this](const JsonRef& r) {
            m_accounts.clear();
            for (const auto& a : r["accounts"].items()) {
                m_accounts.push_back(Account {a["uuid"].stringOr(""), safeCurrencyCode(a["currency"].stringOr(""))});
            }
            m_accountsLoaded = true;
            return std::monostate {};
        });
}

void Coinbase::fetchTransfers(const char* kind, const std::string& code, OptInt since, OptInt limit,
                              const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        auto extra = std::make_shared<JsonValue>(params);
        // currencyType crypto: the account's transaction list, which has the on-chain sends and receives.
        const bool crypto = textParam(*extra, "currencyType") == "crypto";
        extra->remove("currencyType");
        withAccountId(code, *extra, [=, this](Result<std::string> accountId) {
            if (!accountId.ok()) {
                done(accountId.error());
                return;
            }
            JsonValue q = JsonValue::object();
            if (limit) {
                q.set("limit", *limit);
            }
            const std::string type = std::string(kind) == "deposits" ? "deposit" : "withdrawal";
            const std::string path = "accounts/" + accountId.value() + "/" + (crypto ? "transactions" : kind);
            request<std::vector<Transaction>>(spec("v2private", "GET", path, q, *extra), done,
                                              [this, crypto, type, since, limit](const JsonRef& r) {
                                                  std::vector<Transaction> items;
                                                  for (const auto& raw : r["data"].items()) {
                                                      Transaction t = parseTransaction(raw, *this);
                                                      if (!crypto || t.type == type) {
                                                          items.push_back(std::move(t));
                                                      }
                                                  }
                                                  return filterTransactions(std::move(items), "", since, limit);
                                              });
        });
    });
}

void Coinbase::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Transaction>> done)
{
    fetchTransfers("deposits", code, since, limit, params, std::move(done));
}

void Coinbase::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                                Callback<std::vector<Transaction>> done)
{
    fetchTransfers("withdrawals", code, since, limit, params, std::move(done));
}

void Coinbase::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        auto extra = std::make_shared<JsonValue>(params);
        auto network = textParam(*extra, "network");
        extra->remove("network");
        // ccxt lets a given accountId travel on in the query too; Coinbase ignores it, and the requests compare.
        auto given = textParam(*extra, "accountId");
        withAccountId(code, *extra, [this, code, extra, network, given, done](Result<std::string> accountId) {
            if (!accountId.ok()) {
                done(accountId.error());
                return;
            }
            if (given) {
                extra->set("accountId", *given);
            }
            // {"data":[{"id":"...","address":"0x...","network":"ethereum","address_label":"ETH address",...}]}
            request<DepositAddress>(
                spec("v2private", "GET", "accounts/" + accountId.value() + "/addresses", JsonValue::object(), *extra),
                done, [this, code, network](const JsonRef& r) {
                    for (const auto& raw : r["data"].items()) {
                        if (!network || raw["network"].string() == network) {
                            return parseDepositAddress(raw, *this, code);
                        }
                    }
                    throw Error(ErrorKind::InvalidAddress,
                                "coinbase has no deposit address for " + code
                                    + (network ? " on " + *network : std::string()));
                });
        });
    });
}

} // namespace bourse::ex
