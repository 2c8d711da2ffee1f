// SPDX-License-Identifier: GPL-3.0-or-later
#include "Registry.h"

#include "bigone/Bigone.h"
#include "binance/Binance.h"
#include "bit2c/Bit2c.h"
#include "bitbank/Bitbank.h"
#include "bitfinex/Bitfinex.h"
#include "bitflyer/Bitflyer.h"
#include "bithumb/Bithumb.h"
#include "bitso/Bitso.h"
#include "bitstamp/Bitstamp.h"
#include "bittrex/Bittrex.h"
#include "blinktrade/Blinktrade.h"
#include "btcbox/Btcbox.h"
#include "btcmarkets/BtcMarkets.h"
#include "btcturk/Btcturk.h"
#include "cex/Cex.h"
#include "coinbase/Coinbase.h"
#include "coinbaseexchange/CoinbaseExchange.h"
#include "coincheck/Coincheck.h"
#include "coinegg/Coinegg.h"
#include "coinex/Coinex.h"
#include "coinmate/Coinmate.h"
#include "coinone/Coinone.h"
#include "coinspot/Coinspot.h"
#include "demo/Demo.h"
#include "deribit/Deribit.h"
#include "foxbit/Foxbit.h"
#include "gate/Gate.h"
#include "gemini/Gemini.h"
#include "hitbtc/Hitbtc.h"
#include "htx/Htx.h"
#include "independentreserve/IndependentReserve.h"
#include "indodax/Indodax.h"
#include "kraken/Kraken.h"
#include "kucoin/Kucoin.h"
#include "lbank/Lbank.h"
#include "liqui/Liqui.h"
#include "luno/Luno.h"
#include "mercado/Mercado.h"
#include "okx/Okx.h"
#include "paper/PaperExchange.h"
#include "paymium/Paymium.h"
#include "peatio/Peatio.h"
#include "poloniex/Poloniex.h"
#include "upbit/Upbit.h"
#include "zaif/Zaif.h"
#include "zb/Zb.h"

#include <functional>
#include <map>

namespace bourse::ex {
namespace {

using Factory = std::function<std::unique_ptr<Exchange>(Transport&, Clock&)>;

template<typename T> Factory make()
{
    return [](Transport& t, Clock& c) { return std::make_unique<T>(t, c); };
}

const std::map<std::string, Factory, std::less<>>& factories()
{
    // One adapter a line, so that adding one never rewraps the others (clang-format would pack them).
    // clang-format off
    static const std::map<std::string, Factory, std::less<>> table {
        {"acx", make<Acx>()},
        {"bequant", make<Bequant>()},
        {"bigone", make<Bigone>()},
        {"binance", make<Binance>()},
        {"bit2c", make<Bit2c>()},
        {"bitbank", make<Bitbank>()},
        {"bitfinex", make<Bitfinex>()},
        {"bitflyer", make<Bitflyer>()},
        {"bitkk", make<Bitkk>()},
        {"bithumb", make<Bithumb>()},
        {"bitso", make<Bitso>()},
        {"bitstamp", make<Bitstamp>()},
        {"bittrex", make<Bittrex>()},
        {"bleutrade", make<Bleutrade>()},
        {"btcbox", make<Btcbox>()},
        {"btctradeim", make<Btctradeim>()},
        {"btcmarkets", make<BtcMarkets>()},
        {"btcturk", make<Btcturk>()},
        {"cex", make<Cex>()},
        {"chilebit", make<Chilebit>()},
        {"coinbase", make<Coinbase>()},
        {"coinbaseexchange", make<CoinbaseExchange>()},
        {"coincheck", make<Coincheck>()},
        {"coinegg", make<Coinegg>()},
        {"coinex", make<Coinex>()},
        {"coinmate", make<Coinmate>()},
        {"coinone", make<Coinone>()},
        {"coinspot", make<Coinspot>()},
        {"coolcoin", make<Coolcoin>()},
        {"demo", make<Demo>()},
        {"deribit", make<Deribit>()},
        {"dsx", make<Dsx>()},
        {"foxbit", make<Foxbit>()},
        {"gate", make<Gate>()},
        {"gemini", make<Gemini>()},
        {"hitbtc", make<Hitbtc>()},
        {"htx", make<Htx>()},
        {"independentreserve", make<IndependentReserve>()},
        {"indodax", make<Indodax>()},
        {"kraken", make<Kraken>()},
        {"kucoin", make<Kucoin>()},
        {"kuna", make<Kuna>()},
        {"lbank", make<Lbank>()},
        {"liqui", make<Liqui>()},
        {"luno", make<Luno>()},
        {"mercado", make<Mercado>()},
        {"okx", make<Okx>()},
        {"okxus", make<OkxUs>()},
        {"paymium", make<Paymium>()},
        {"poloniex", make<Poloniex>()},
        {"surbitcoin", make<Surbitcoin>()},
        {"tidex", make<Tidex>()},
        {"upbit", make<Upbit>()},
        {"vbtc", make<Vbtc>()},
        {"yobit", make<Yobit>()},
        {"zaif", make<Zaif>()},
        {"zb", make<Zb>()},
    };
    // clang-format on
    return table;
}

RegistryEntry entryFor(const RegistryRow& row)
{
    RegistryEntry e;
    e.id = row.id;
    e.name = row.name;
    for (const char* c : row.countries) {
        e.countries.emplace_back(c);
    }
    e.servedBy = row.servedBy;
    e.alive = row.alive;
    bool hasAdapter = factories().count(e.id) > 0;
    if (hasAdapter) {
        e.status = "implemented";
        e.note = row.fate;
        if (e.alive != "yes") {
            e.note += "; adapter on its documented 2019 API (an account can set another API host to reach it)";
        }
    } else if (!e.servedBy.empty()) {
        bool target = factories().count(e.servedBy) > 0;
        e.status = "alias";
        e.note = "served by " + e.servedBy + (target ? "" : " (its adapter is planned)") + "; " + row.fate;
    } else {
        e.status = "planned";
        e.note = std::string("adapter planned; ") + row.fate;
    }
    return e;
}

// "paper-binance" -> "binance"; empty when `id` is no paper id. Paper trading is an account type over a real
// exchange, not an exchange: `list` never shows paper ids, yet every real id has one.
std::string_view paperTarget(std::string_view id)
{
    constexpr std::string_view prefix = PaperExchange::kIdPrefix;
    if (!id.starts_with(prefix)) {
        return {};
    }
    std::string_view target = id.substr(prefix.size());
    // The demo's account is practice already, and paper over paper would be paper.
    if (target == "demo" || target.starts_with(prefix)) {
        return {};
    }
    return target;
}

} // namespace

JsonValue RegistryEntry::toJson() const
{
    JsonValue v = JsonValue::object();
    v.set("id", id);
    v.set("name", name);
    JsonValue c = JsonValue::array();
    for (const auto& country : countries) {
        c.push(country);
    }
    v.set("countries", std::move(c));
    v.set("status", status);
    v.set("servedBy", servedBy.empty() ? JsonValue() : JsonValue(servedBy));
    v.set("note", note);
    v.set("alive", alive);
    return v;
}

std::vector<RegistryEntry> Registry::entries()
{
    std::vector<RegistryEntry> out;
    for (const auto& row : registryRows()) {
        out.push_back(entryFor(row));
    }
    return out;
}

std::optional<RegistryEntry> Registry::find(std::string_view id)
{
    if (std::string_view target = paperTarget(id); !target.empty()) {
        auto real = find(target);
        if (!real) {
            return std::nullopt;
        }
        RegistryEntry e = *real;
        e.id = PaperExchange::kIdPrefix + real->id;
        e.name = real->name + " (paper)";
        if (!e.servedBy.empty()) {
            e.servedBy = PaperExchange::kIdPrefix + e.servedBy;
        }
        e.note = "paper trading on " + real->name
            + "'s public market data: orders are filled by Bourse with practice money; " + real->note;
        return e;
    }
    for (const auto& row : registryRows()) {
        if (id == row.id) {
            return entryFor(row);
        }
    }
    return std::nullopt;
}

bool Registry::implemented(std::string_view id)
{
    return factories().count(id) > 0;
}

std::unique_ptr<Exchange> Registry::create(std::string_view id, Transport& transport, Clock& clock)
{
    if (std::string_view target = paperTarget(id); !target.empty()) {
        auto real = create(target, transport, clock);
        return real ? std::make_unique<PaperExchange>(std::move(real), transport, clock) : nullptr;
    }
    auto it = factories().find(id);
    if (it != factories().end()) {
        return it->second(transport, clock);
    }
    auto entry = find(id);
    if (entry && !entry->servedBy.empty()) {
        auto served = factories().find(entry->servedBy);
        if (served != factories().end()) {
            return served->second(transport, clock);
        }
    }
    return nullptr;
}

JsonValue Registry::listJson()
{
    JsonValue list = JsonValue::array();
    for (const auto& e : entries()) {
        list.push(e.toJson());
    }
    return list;
}

} // namespace bourse::ex
