// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <memory>
#include <string>
#include <vector>

namespace bourse::ex {

// One row of the catalogue (generated from shared/reference/exchanges.csv).
struct RegistryRow
{
    const char* id;
    const char* name;
    std::vector<const char*> countries;
    const char* servedBy; // a seed id that today's API of another id serves
    const char* family; // the 2019 class it extended, if any
    const char* alive; // yes | no | unknown (2026)
    const char* fate;
};
const std::vector<RegistryRow>& registryRows();

struct RegistryEntry
{
    std::string id;
    std::string name;
    std::vector<std::string> countries;
    std::string status; // implemented | partial | alias | closed | planned
    std::string servedBy;
    std::string note;
    // Whether the venue trades in 2026: yes | no (closed) | unknown (left ccxt; not verified either way). An
    // implemented venue that is not alive speaks its documented 2019 API.
    std::string alive;

    JsonValue toJson() const;
};

// Every exchange Bourse knows: the 122 seed ids of 2019, today's ids that serve some of them, and demo. An id's
// status comes from whether an adapter for it exists, so the list cannot claim more than the code does.
class Registry
{
public:
    static std::vector<RegistryEntry> entries();
    static std::optional<RegistryEntry> find(std::string_view id);
    // The adapter for `id` (an alias resolves to the id that serves it); nullptr when none exists yet.
    static std::unique_ptr<Exchange> create(std::string_view id, Transport& transport, Clock& clock);
    static bool implemented(std::string_view id);
    static JsonValue listJson();
};

} // namespace bourse::ex
