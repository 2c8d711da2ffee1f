// SPDX-License-Identifier: GPL-3.0-or-later
#include "Json.h"

#include "Errors.h"

#include <charconv>
#include <limits>
#include <simdjson.h>

namespace bourse::ex {

namespace od = simdjson::ondemand;

namespace {

std::string_view trimRight(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

void appendUtf8(std::string& out, uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

uint32_t hex4(std::string_view s, size_t at)
{
    uint32_t v = 0;
    if (at + 4 > s.size()) {
        return 0xFFFD;
    }
    auto r = std::from_chars(s.data() + at, s.data() + at + 4, v, 16);
    return r.ec == std::errc() ? v : 0xFFFD;
}

// Unescapes the inside of a JSON string literal (simdjson has validated it already).
std::string unescape(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c != '\\' || i + 1 >= raw.size()) {
            out.push_back(c);
            continue;
        }
        char e = raw[++i];
        switch (e) {
        case 'n':
            out.push_back('\n');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'u': {
            uint32_t cp = hex4(raw, i + 1);
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < raw.size() + 1 && raw.substr(i + 1, 2) == "\\u") {
                uint32_t low = hex4(raw, i + 3);
                if (low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            out.push_back(e);
            break;
        }
    }
    return out;
}

// The inside of a string literal that starts at `begin` (just past the opening quote).
std::string_view literalFrom(const char* begin, const char* limit)
{
    const char* p = begin;
    while (p < limit && *p != '"') {
        p += (*p == '\\') ? 2 : 1;
    }
    return std::string_view(begin, static_cast<size_t>(p - begin));
}

} // namespace

struct JsonBuilder
{
    JsonDocument& doc;
    const char* limit;

    std::string_view keep(std::string_view raw)
    {
        if (raw.find('\\') == std::string_view::npos) {
            return raw;
        }
        doc.m_unescaped.push_back(unescape(raw));
        return doc.m_unescaped.back();
    }

    template<typename V> simdjson::error_code add(V& value, std::string_view key)
    {
        od::json_type t;
        if (auto err = value.type().get(t)) {
            return err;
        }
        uint32_t index = static_cast<uint32_t>(doc.m_nodes.size());
        doc.m_nodes.push_back({});
        doc.m_nodes[index].key = key;
        switch (t) {
        case od::json_type::array: {
            od::array arr;
            if (auto err = value.get_array().get(arr)) {
                return err;
            }
            uint32_t count = 0;
            for (auto element : arr) {
                od::value v;
                if (auto err = element.get(v)) {
                    return err;
                }
                if (auto err = add(v, {})) {
                    return err;
                }
                ++count;
            }
            doc.m_nodes[index].type = JsonType::Array;
            doc.m_nodes[index].size = count;
            break;
        }
        case od::json_type::object: {
            od::object obj;
            if (auto err = value.get_object().get(obj)) {
                return err;
            }
            uint32_t count = 0;
            for (auto field : obj) {
                od::raw_json_string rawKey;
                if (auto err = field.key().get(rawKey)) {
                    return err;
                }
                std::string_view k = keep(literalFrom(rawKey.raw(), limit));
                od::value v;
                if (auto err = field.value().get(v)) {
                    return err;
                }
                if (auto err = add(v, k)) {
                    return err;
                }
                ++count;
            }
            doc.m_nodes[index].type = JsonType::Object;
            doc.m_nodes[index].size = count;
            break;
        }
        case od::json_type::string: {
            std::string_view token = trimRight(value.raw_json_token());
            // Validate the escapes and UTF-8 the way simdjson does, but keep our own view of the text.
            std::string_view checked;
            if (auto err = value.get_string().get(checked)) {
                return err;
            }
            doc.m_nodes[index].type = JsonType::String;
            doc.m_nodes[index].text = keep(token.substr(1, token.size() >= 2 ? token.size() - 2 : 0));
            break;
        }
        case od::json_type::number: {
            std::string_view token = trimRight(value.raw_json_token());
            od::number_type nt;
            if (auto err = value.get_number_type().get(nt)) {
                return err;
            }
            doc.m_nodes[index].type = JsonType::Number;
            doc.m_nodes[index].text = token;
            break;
        }
        case od::json_type::boolean: {
            bool b = false;
            if (auto err = value.get_bool().get(b)) {
                return err;
            }
            doc.m_nodes[index].type = JsonType::Bool;
            doc.m_nodes[index].text = b ? "true" : "false";
            break;
        }
        case od::json_type::null: {
            bool isNull = false;
            if (auto err = value.is_null().get(isNull)) {
                return err;
            }
            if (!isNull) {
                return simdjson::N_ATOM_ERROR;
            }
            doc.m_nodes[index].type = JsonType::Null;
            break;
        }
        }
        doc.m_nodes[index].end = static_cast<uint32_t>(doc.m_nodes.size());
        return simdjson::SUCCESS;
    }
};

JsonDocument::JsonDocument() = default;
JsonDocument::~JsonDocument() = default;
JsonDocument::JsonDocument(JsonDocument&&) noexcept = default;
JsonDocument& JsonDocument::operator=(JsonDocument&&) noexcept = default;

std::optional<JsonDocument> JsonDocument::tryParse(std::string_view text)
{
    thread_local od::parser parser;
    JsonDocument doc;
    doc.m_text.reserve(text.size() + simdjson::SIMDJSON_PADDING);
    doc.m_text.assign(text);
    doc.m_nodes.reserve(text.size() / 8 + 4);
    od::document parsed;
    if (parser.iterate(doc.m_text.data(), doc.m_text.size(), doc.m_text.capacity()).get(parsed)) {
        return std::nullopt;
    }
    JsonBuilder builder {doc, doc.m_text.data() + doc.m_text.size()};
    // Scalars at the root are a special case in On-Demand: read them through the document itself.
    od::json_type rootType;
    if (parsed.type().get(rootType)) {
        return std::nullopt;
    }
    if (rootType == od::json_type::array || rootType == od::json_type::object) {
        od::value rootValue;
        if (parsed.get_value().get(rootValue) || builder.add(rootValue, {})) {
            return std::nullopt;
        }
        // Anything after the value (`{"a":1}xyz`) is malformed too.
        const char* trailing = nullptr;
        if (parsed.current_location().get(trailing) == simdjson::SUCCESS) {
            return std::nullopt;
        }
        return doc;
    }
    // A scalar root: its token must be the whole document (On-Demand does not move past it).
    std::string_view token;
    if (parsed.raw_json_token().get(token)
        || trimRight(token)
            != trimRight(std::string_view(doc.m_text).substr(static_cast<size_t>(token.data() - doc.m_text.data())))) {
        return std::nullopt;
    }
    if (builder.add(parsed, {})) {
        return std::nullopt;
    }
    return doc;
}

JsonDocument JsonDocument::parse(std::string_view text)
{
    auto doc = tryParse(text);
    if (!doc) {
        std::string_view trimmed = text;
        while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\n' || trimmed.front() == '\r')) {
            trimmed.remove_prefix(1);
        }
        if (trimmed.empty()) {
            throw Error(ErrorKind::NullResponse, "the exchange returned an empty response");
        }
        throw Error(ErrorKind::BadResponse,
                    "the exchange returned a response that is not valid JSON: " + textExcerpt(text, 120));
    }
    return std::move(*doc);
}

// ---- JsonRef ----

JsonType JsonRef::type() const
{
    if (!m_doc) {
        return JsonType::Missing;
    }
    const auto* n = m_doc->node(m_index);
    return n ? n->type : JsonType::Missing;
}

bool JsonRef::isNull() const
{
    auto t = type();
    return t == JsonType::Missing || t == JsonType::Null;
}

JsonRef JsonRef::operator[](std::string_view key) const
{
    if (type() != JsonType::Object) {
        return {};
    }
    const auto* n = m_doc->node(m_index);
    uint32_t child = m_index + 1;
    for (uint32_t i = 0; i < n->size; ++i) {
        const auto* c = m_doc->node(child);
        if (c->key == key) {
            return JsonRef(m_doc, child);
        }
        child = c->end;
    }
    return {};
}

JsonRef JsonRef::operator[](size_t index) const
{
    auto t = type();
    if (t != JsonType::Array && t != JsonType::Object) {
        return {};
    }
    const auto* n = m_doc->node(m_index);
    if (index >= n->size) {
        return {};
    }
    uint32_t child = m_index + 1;
    for (size_t i = 0; i < index; ++i) {
        child = m_doc->node(child)->end;
    }
    return JsonRef(m_doc, child);
}

size_t JsonRef::size() const
{
    auto t = type();
    if (t != JsonType::Array && t != JsonType::Object) {
        return 0;
    }
    return m_doc->node(m_index)->size;
}

std::vector<JsonRef> JsonRef::items() const
{
    std::vector<JsonRef> out;
    auto t = type();
    if (t != JsonType::Array && t != JsonType::Object) {
        return out;
    }
    const auto* n = m_doc->node(m_index);
    out.reserve(n->size);
    uint32_t child = m_index + 1;
    for (uint32_t i = 0; i < n->size; ++i) {
        out.emplace_back(m_doc, child);
        child = m_doc->node(child)->end;
    }
    return out;
}

std::vector<JsonMember> JsonRef::members() const
{
    std::vector<JsonMember> out;
    if (type() != JsonType::Object) {
        return out;
    }
    const auto* n = m_doc->node(m_index);
    out.reserve(n->size);
    uint32_t child = m_index + 1;
    for (uint32_t i = 0; i < n->size; ++i) {
        const auto* c = m_doc->node(child);
        out.push_back({c->key, JsonRef(m_doc, child)});
        child = c->end;
    }
    return out;
}

std::string_view JsonRef::rawText() const
{
    auto t = type();
    if (t == JsonType::Missing) {
        return {};
    }
    return m_doc->node(m_index)->text;
}

std::optional<std::string_view> JsonRef::stringView() const
{
    auto t = type();
    if (t == JsonType::String || t == JsonType::Number) {
        return m_doc->node(m_index)->text;
    }
    return std::nullopt;
}

std::optional<std::string> JsonRef::string() const
{
    auto v = stringView();
    if (!v) {
        return std::nullopt;
    }
    return std::string(*v);
}

std::optional<Decimal> JsonRef::decimal() const
{
    auto t = type();
    if (t != JsonType::String && t != JsonType::Number) {
        return std::nullopt;
    }
    return Decimal::parse(m_doc->node(m_index)->text);
}

std::optional<long long> JsonRef::integer() const
{
    auto t = type();
    if (t != JsonType::String && t != JsonType::Number) {
        return std::nullopt;
    }
    std::string_view text = m_doc->node(m_index)->text;
    long long v = 0;
    auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec == std::errc() && r.ptr == text.data() + text.size()) {
        return v;
    }
    auto d = Decimal::parse(text);
    // Out of range is no integer of ours (a timestamp of 1e30 is damage, not a time).
    if (!d || *d > Decimal(std::numeric_limits<long long>::max())
        || *d < Decimal(std::numeric_limits<long long>::min())) {
        return std::nullopt;
    }
    return d->toInt64();
}

std::optional<bool> JsonRef::boolean() const
{
    if (type() != JsonType::Bool) {
        return std::nullopt;
    }
    return m_doc->node(m_index)->text == "true";
}

std::string JsonRef::toJsonText() const
{
    return JsonValue::fromRef(*this).dump();
}

// ---- JsonValue ----

JsonValue::JsonValue(bool value)
    : m_type(JsonType::Bool)
    , m_bool(value)
{
}

JsonValue::JsonValue(int value)
    : m_type(JsonType::Number)
    , m_text(std::to_string(value))
{
}

JsonValue::JsonValue(long long value)
    : m_type(JsonType::Number)
    , m_text(std::to_string(value))
{
}

JsonValue::JsonValue(const Decimal& value)
    : m_type(JsonType::Number)
    , m_text(value.toString())
{
}

JsonValue::JsonValue(const char* value)
    : m_type(JsonType::String)
    , m_text(value)
{
}

JsonValue::JsonValue(std::string value)
    : m_type(JsonType::String)
    , m_text(std::move(value))
{
}

JsonValue::JsonValue(std::string_view value)
    : m_type(JsonType::String)
    , m_text(value)
{
}

JsonValue JsonValue::number(std::string text)
{
    JsonValue v;
    v.m_type = JsonType::Number;
    v.m_text = std::move(text);
    return v;
}

JsonValue JsonValue::array()
{
    JsonValue v;
    v.m_type = JsonType::Array;
    return v;
}

JsonValue JsonValue::object()
{
    JsonValue v;
    v.m_type = JsonType::Object;
    return v;
}

JsonValue JsonValue::fromRef(const JsonRef& ref)
{
    switch (ref.type()) {
    case JsonType::Missing:
    case JsonType::Null:
        return {};
    case JsonType::Bool:
        return JsonValue(*ref.boolean());
    case JsonType::Number:
        return number(std::string(ref.rawText()));
    case JsonType::String:
        return JsonValue(std::string(ref.rawText()));
    case JsonType::Array:
    case JsonType::Object: {
        // Walks the children in place and reserves their exact count: every market, ticker and trade copies its
        // raw JSON into `info`, so temporary child lists and regrowing vectors are a large share of a parse.
        const bool isArray = ref.type() == JsonType::Array;
        JsonValue v = isArray ? array() : object();
        const JsonDocument* doc = ref.document();
        const auto* n = doc->node(ref.index());
        if (isArray) {
            v.m_items.reserve(n->size);
        } else {
            v.m_members.reserve(n->size);
        }
        uint32_t child = ref.index() + 1;
        for (uint32_t i = 0; i < n->size; ++i) {
            const auto* c = doc->node(child);
            if (isArray) {
                v.m_items.push_back(fromRef(JsonRef(doc, child)));
            } else {
                v.m_members.emplace_back(std::string(c->key), fromRef(JsonRef(doc, child)));
            }
            child = c->end;
        }
        return v;
    }
    }
    return {};
}

std::optional<JsonValue> JsonValue::parse(std::string_view text)
{
    auto doc = JsonDocument::tryParse(text);
    if (!doc) {
        return std::nullopt;
    }
    return fromRef(doc->root());
}

JsonValue& JsonValue::set(std::string_view key, JsonValue value)
{
    if (m_type != JsonType::Object) {
        *this = object();
    }
    if (auto* existing = find(key)) {
        *existing = std::move(value);
        return *existing;
    }
    m_members.emplace_back(std::string(key), std::move(value));
    return m_members.back().second;
}

const JsonValue* JsonValue::find(std::string_view key) const
{
    for (const auto& [k, v] : m_members) {
        if (k == key) {
            return &v;
        }
    }
    return nullptr;
}

JsonValue* JsonValue::find(std::string_view key)
{
    for (auto& [k, v] : m_members) {
        if (k == key) {
            return &v;
        }
    }
    return nullptr;
}

bool JsonValue::remove(std::string_view key)
{
    for (auto it = m_members.begin(); it != m_members.end(); ++it) {
        if (it->first == key) {
            m_members.erase(it);
            return true;
        }
    }
    return false;
}

std::optional<std::string> JsonValue::asString() const
{
    if (m_type == JsonType::String || m_type == JsonType::Number) {
        return m_text;
    }
    if (m_type == JsonType::Bool) {
        return std::string(m_bool ? "true" : "false");
    }
    return std::nullopt;
}

std::optional<Decimal> JsonValue::asDecimal() const
{
    if (m_type == JsonType::String || m_type == JsonType::Number) {
        return Decimal::parse(m_text);
    }
    return std::nullopt;
}

std::optional<long long> JsonValue::asInteger() const
{
    auto d = asDecimal();
    if (!d) {
        return std::nullopt;
    }
    return d->toInt64();
}

std::optional<bool> JsonValue::asBool() const
{
    if (m_type == JsonType::Bool) {
        return m_bool;
    }
    if (m_type == JsonType::String) {
        if (m_text == "true") {
            return true;
        }
        if (m_text == "false") {
            return false;
        }
    }
    return std::nullopt;
}

std::string textExcerpt(std::string_view text, size_t maxChars)
{
    std::string head(text.substr(0, maxChars));
    for (char& c : head) {
        if (c == '\n' || c == '\r' || c == '\t') {
            c = ' ';
        }
    }
    return head + (text.size() > maxChars ? "..." : "");
}

void appendJsonString(std::string& out, std::string_view text)
{
    out.push_back('"');
    for (char c : text) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                out.append(buf);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

void JsonValue::dumpTo(std::string& out) const
{
    switch (m_type) {
    case JsonType::Missing:
    case JsonType::Null:
        out.append("null");
        break;
    case JsonType::Bool:
        out.append(m_bool ? "true" : "false");
        break;
    case JsonType::Number:
        out.append(m_text);
        break;
    case JsonType::String:
        appendJsonString(out, m_text);
        break;
    case JsonType::Array: {
        out.push_back('[');
        bool first = true;
        for (const auto& item : m_items) {
            if (!first) {
                out.push_back(',');
            }
            first = false;
            item.dumpTo(out);
        }
        out.push_back(']');
        break;
    }
    case JsonType::Object: {
        out.push_back('{');
        bool first = true;
        for (const auto& [k, v] : m_members) {
            if (!first) {
                out.push_back(',');
            }
            first = false;
            appendJsonString(out, k);
            out.push_back(':');
            v.dumpTo(out);
        }
        out.push_back('}');
        break;
    }
    }
}

std::string JsonValue::dump() const
{
    std::string out;
    dumpTo(out);
    return out;
}

} // namespace bourse::ex
