// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Decimal.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bourse::ex {

class JsonDocument;

enum class JsonType : uint8_t { Missing, Null, Bool, Number, String, Array, Object };

// A read-only view of one value in a parsed response. Every accessor is safe: a missing key, a wrong type or an
// out-of-range index gives an empty result, never a crash (ccxt's safe* helpers, typed). Numbers keep their JSON
// text, so decimal() reads them exactly.
class JsonRef
{
public:
    JsonRef() = default;
    JsonRef(const JsonDocument* doc, uint32_t index)
        : m_doc(doc)
        , m_index(index)
    {
    }

    JsonType type() const;
    bool isMissing() const { return type() == JsonType::Missing; }
    bool isNull() const; // missing or JSON null
    bool isString() const { return type() == JsonType::String; }
    bool isNumber() const { return type() == JsonType::Number; }
    bool isArray() const { return type() == JsonType::Array; }
    bool isObject() const { return type() == JsonType::Object; }
    bool isBool() const { return type() == JsonType::Bool; }

    JsonRef operator[](std::string_view key) const;
    JsonRef operator[](size_t index) const;
    JsonRef operator[](int index) const { return (*this)[static_cast<size_t>(index)]; }
    size_t size() const;
    bool has(std::string_view key) const { return !(*this)[key].isMissing(); }

    // A string, or a number's text (ccxt's safeString reads both).
    std::optional<std::string> string() const;
    std::optional<std::string_view> stringView() const;
    std::optional<Decimal> decimal() const; // from a number or a numeric string
    std::optional<long long> integer() const; // from a number or a numeric string, truncated
    std::optional<bool> boolean() const; // JSON true/false only
    std::string_view rawText() const; // the JSON token text of a scalar

    std::string stringOr(std::string_view fallback) const { return string().value_or(std::string(fallback)); }

    // Children of an array (values) or object (values, in document order).
    std::vector<JsonRef> items() const;
    std::vector<struct JsonMember> members() const;

    // Compact JSON text of this value (for `info` and debugging).
    std::string toJsonText() const;

    const JsonDocument* document() const { return m_doc; }
    uint32_t index() const { return m_index; }

private:
    const JsonDocument* m_doc = nullptr;
    uint32_t m_index = UINT32_MAX;
};

struct JsonMember
{
    std::string_view key;
    JsonRef value;
};

// A parsed response. Built with simdjson's On-Demand parser into a flat pre-order node array; strings and numbers
// are views into the document's own copy of the text (unescaped copies only where the text has escapes).
class JsonDocument
{
public:
    JsonDocument();
    ~JsonDocument();
    JsonDocument(JsonDocument&&) noexcept;
    JsonDocument& operator=(JsonDocument&&) noexcept;
    JsonDocument(const JsonDocument&) = delete;
    JsonDocument& operator=(const JsonDocument&) = delete;

    // Throws Error(BadResponse) with a short excerpt of the text when it is not one complete JSON value.
    static JsonDocument parse(std::string_view text);
    static std::optional<JsonDocument> tryParse(std::string_view text);

    JsonRef root() const { return JsonRef(this, m_nodes.empty() ? UINT32_MAX : 0); }
    const std::string& text() const { return m_text; }

    struct Node
    {
        JsonType type = JsonType::Null;
        uint32_t end = 0; // index one past this node's subtree
        uint32_t size = 0; // children of an array or object
        std::string_view text;
        std::string_view key;
    };
    const Node* node(uint32_t index) const { return index < m_nodes.size() ? &m_nodes[index] : nullptr; }

private:
    friend struct JsonBuilder;
    std::string m_text;
    std::vector<Node> m_nodes;
    std::deque<std::string> m_unescaped;
};

// An owned JSON value for what Bourse writes: unified results, request parameters, CLI arguments. Objects keep
// their insertion order (request parameters are signed in the order they were added).
class JsonValue
{
public:
    JsonValue() = default; // null
    JsonValue(std::nullptr_t) { }
    JsonValue(bool value);
    JsonValue(int value);
    JsonValue(long long value);
    JsonValue(const Decimal& value);
    JsonValue(const char* value);
    JsonValue(std::string value);
    JsonValue(std::string_view value);
    template<typename T> JsonValue(const std::optional<T>& value)
    {
        if (value) {
            *this = JsonValue(*value);
        }
    }
    static JsonValue number(std::string text); // JSON number text, kept verbatim
    static JsonValue array();
    static JsonValue object();
    static JsonValue fromRef(const JsonRef& ref);
    // Parses JSON text; std::nullopt when it is not valid JSON.
    static std::optional<JsonValue> parse(std::string_view text);

    JsonType type() const { return m_type; }
    bool isNull() const { return m_type == JsonType::Null || m_type == JsonType::Missing; }
    bool isObject() const { return m_type == JsonType::Object; }
    bool isArray() const { return m_type == JsonType::Array; }
    bool isString() const { return m_type == JsonType::String; }
    bool isNumber() const { return m_type == JsonType::Number; }
    bool isBool() const { return m_type == JsonType::Bool; }

    // Object access.
    JsonValue& set(std::string_view key, JsonValue value);
    const JsonValue* find(std::string_view key) const;
    JsonValue* find(std::string_view key);
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    bool remove(std::string_view key);
    const std::vector<std::pair<std::string, JsonValue>>& members() const { return m_members; }
    // Array access.
    void push(JsonValue value) { m_items.push_back(std::move(value)); }
    const std::vector<JsonValue>& items() const { return m_items; }
    std::vector<JsonValue>& items() { return m_items; }
    size_t size() const { return m_type == JsonType::Object ? m_members.size() : m_items.size(); }

    // Scalars: a string or number's text; a bool as "true"/"false".
    std::optional<std::string> asString() const;
    std::optional<Decimal> asDecimal() const;
    std::optional<long long> asInteger() const;
    std::optional<bool> asBool() const;

    std::string dump() const;
    void dumpTo(std::string& out) const;

private:
    JsonType m_type = JsonType::Null;
    bool m_bool = false;
    std::string m_text; // string contents or number text
    std::vector<JsonValue> m_items;
    std::vector<std::pair<std::string, JsonValue>> m_members;
};

void appendJsonString(std::string& out, std::string_view text);
// The start of a response for an error message: at most `maxChars`, on one line, "..." when cut.
std::string textExcerpt(std::string_view text, size_t maxChars);

} // namespace bourse::ex
