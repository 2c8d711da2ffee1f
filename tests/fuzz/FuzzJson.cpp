// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the JSON layer. Every response of every exchange goes through JsonDocument, and every request
// body and CLI argument through JsonValue; neither may crash, and what is parsed must dump to JSON that parses
// back to the same text.
#include "core/Json.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace bourse::ex;

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

// Reads every accessor of every node, the way adapters do.
void walk(const JsonRef& ref, int depth)
{
    (void)ref.string();
    (void)ref.decimal();
    (void)ref.integer();
    (void)ref.boolean();
    (void)ref.rawText();
    (void)ref["id"];
    (void)ref[size_t {0}];
    if (depth > 64) {
        return;
    }
    for (const auto& member : ref.members()) {
        walk(member.value, depth + 1);
    }
    for (const auto& item : ref.items()) {
        walk(item, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto doc = JsonDocument::tryParse(text)) {
        walk(doc->root(), 0);
        std::string compact = doc->root().toJsonText();
        auto again = JsonDocument::tryParse(compact);
        check(again.has_value());
        check(again->root().toJsonText() == compact);
        std::string dumped = JsonValue::fromRef(doc->root()).dump();
        auto value = JsonValue::parse(dumped);
        check(value.has_value());
        check(value->dump() == dumped);
    }
    if (auto value = JsonValue::parse(text)) {
        (void)value->asString();
        (void)value->asDecimal();
        (void)value->asInteger();
        (void)value->dump();
    }
    return 0;
}
