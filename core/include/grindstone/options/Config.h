#pragma once

#include <map>
#include <string>
#include <vector>

namespace grindstone {

/// A validated set of option values (every option of the table present, each checked against
/// its spec). Values are kept in canonical text form and read through typed getters.
class Config {
public:
    /// All defaults.
    Config();

    /// Sets one option; throws InputError naming the key and what is allowed.
    void set(const std::string& key, const std::string& value);
    /// Parses "key=value" (the CLI's --set form).
    void setAssignment(const std::string& assignment);

    /// Reads a JSON object file of option values; unknown keys and bad values are errors that
    /// name the file and the key. Keys not in the file keep their current value.
    void mergeJsonFile(const std::string& path);
    void mergeJsonText(const std::string& text, const std::string& origin);
    std::string toJson(int indent = 2) const;

    std::string text(const std::string& key) const;
    long long integer(const std::string& key) const;
    double real(const std::string& key) const;
    bool flag(const std::string& key) const;

    /// Keys whose values differ from `other` (sorted).
    std::vector<std::string> differences(const Config& other) const;
    const std::map<std::string, std::string>& values() const { return m_values; }

    bool operator==(const Config& other) const { return m_values == other.m_values; }

private:
    std::map<std::string, std::string> m_values;
};

/// Canonicalises and validates `value` for `key`; throws InputError on failure.
std::string canonicalOptionValue(const std::string& key, const std::string& value);

}  // namespace grindstone
