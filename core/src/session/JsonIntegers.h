#pragma once
// Integer fields of the JSON files Grindstone reads back (run.json, metrics.jsonl, QA tags,
// bench and tune records, caches). nlohmann's get<int>() converts a floating-point value with a
// plain cast, which is undefined past the type's range (a hand-edited "step": 5e19), and
// narrows a large integer silently. These readers accept only an integer the type can hold and
// otherwise throw nlohmann's own type_error, so every reader's existing catch names the file.

#include <cstdint>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

namespace grindstone::jsonfields {

/// `value` as an integer; `name` (the field's key) goes into the message when it is not one.
template <typename Integer>
Integer integerValue(const nlohmann::json& value, const std::string& name) {
    using Limits = std::numeric_limits<Integer>;
    if (value.is_number_unsigned()) {
        const uint64_t u = value.get<uint64_t>();
        if (u <= static_cast<uint64_t>(Limits::max())) return static_cast<Integer>(u);
    } else if (value.is_number_integer()) {
        const int64_t i = value.get<int64_t>();
        const bool fits =
            i >= static_cast<int64_t>(Limits::min()) &&
            (i < 0 || static_cast<uint64_t>(i) <= static_cast<uint64_t>(Limits::max()));
        if (fits) return static_cast<Integer>(i);
    }
    throw nlohmann::json::type_error::create(
        302,
        "'" + name + "' is not an integer from " + std::to_string(Limits::min()) + " to " +
            std::to_string(Limits::max()) + ": " + value.dump(),
        &value);
}

/// object[key] as an integer; throws when the key is missing or not such an integer.
template <typename Integer>
Integer integerAt(const nlohmann::json& object, const std::string& key) {
    return integerValue<Integer>(object.at(key), key);
}

/// object[key] as an integer, or `fallback` when the key is absent (a present key that is not
/// such an integer still throws: the file is damaged, not old).
template <typename Integer>
Integer integerOr(const nlohmann::json& object, const std::string& key, Integer fallback) {
    const auto it = object.find(key);
    return it == object.end() ? fallback : integerValue<Integer>(*it, key);
}

}  // namespace grindstone::jsonfields
