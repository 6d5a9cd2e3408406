#include "grindstone/options/Config.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/options/OptionTable.h"

namespace grindstone {
namespace {

std::string knownKeys() {
    std::string keys;
    for (const auto& spec : optionTable())
        keys += (keys.empty() ? "" : ", ") + spec.name;
    return keys;
}

[[noreturn]] void rejectValue(const OptionSpec& spec, const std::string& value) {
    throw InputError("option '" + spec.name + "': '" + value + "' is not valid; expected " +
                     describeAllowed(spec));
}

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

}  // namespace

std::string canonicalOptionValue(const std::string& key, const std::string& raw) {
    const OptionSpec* spec = findOption(key);
    if (!spec) throw InputError("unknown option '" + key + "'; known options: " + knownKeys());
    const std::string value = trimmed(raw);
    switch (spec->type) {
        case OptionType::Int: {
            errno = 0;
            char* end = nullptr;
            const long long v = std::strtoll(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || errno == ERANGE || v < spec->minimum ||
                v > spec->maximum)
                rejectValue(*spec, raw);
            return std::to_string(v);
        }
        case OptionType::Real: {
            errno = 0;
            char* end = nullptr;
            const double v = std::strtod(value.c_str(), &end);
            if (value.empty() || *end != '\0' || errno == ERANGE || !std::isfinite(v) ||
                v < spec->minimum || v > spec->maximum)
                rejectValue(*spec, raw);
            std::ostringstream s;
            s.precision(10);
            s << v;
            return s.str();
        }
        case OptionType::Bool: {
            std::string lower = value;
            std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
            if (lower == "true" || lower == "1" || lower == "yes" || lower == "on") return "true";
            if (lower == "false" || lower == "0" || lower == "no" || lower == "off") return "false";
            rejectValue(*spec, raw);
        }
        case OptionType::Choice:
            if (std::find(spec->choices.begin(), spec->choices.end(), value) == spec->choices.end())
                rejectValue(*spec, raw);
            return value;
        case OptionType::Text:
            return value;
    }
    return value;
}

Config::Config() {
    for (const auto& spec : optionTable())
        m_values[spec.name] = spec.defaultValue;
}

void Config::set(const std::string& key, const std::string& value) {
    m_values[key] = canonicalOptionValue(key, value);
}

void Config::setAssignment(const std::string& assignment) {
    const auto eq = assignment.find('=');
    if (eq == std::string::npos || eq == 0)
        throw InputError("'" + assignment + "' is not of the form KEY=VALUE");
    set(trimmed(assignment.substr(0, eq)), assignment.substr(eq + 1));
}

void Config::mergeJsonFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot read config file '" + path + "'");
    std::stringstream buffer;
    buffer << in.rdbuf();
    mergeJsonText(buffer.str(), path);
}

void Config::mergeJsonText(const std::string& text, const std::string& origin) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {  // a syntax error or a number out of range
        throw InputError("config '" + origin + "' is not valid JSON: " + e.what());
    }
    if (!doc.is_object())
        throw InputError("config '" + origin + "' must hold a JSON object of option values");
    // Validate everything before changing anything, so a bad file leaves the config intact.
    std::map<std::string, std::string> staged;
    for (const auto& [key, value] : doc.items()) {
        std::string raw;
        if (value.is_string())
            raw = value.get<std::string>();
        else if (value.is_boolean())
            raw = value.get<bool>() ? "true" : "false";
        else if (value.is_number_integer())
            raw = value.dump();  // exact digits, even past long long
        else if (value.is_number()) {
            std::ostringstream s;
            s.precision(17);
            s << value.get<double>();
            raw = s.str();
        } else
            throw InputError("config '" + origin + "': option '" + key +
                             "' must be a string, number or boolean");
        try {
            staged[key] = canonicalOptionValue(key, raw);
        } catch (const InputError& e) {
            throw InputError("config '" + origin + "': " + e.what());
        }
    }
    for (auto& [key, value] : staged)
        m_values[key] = value;
}

std::string Config::toJson(int indent) const {
    nlohmann::ordered_json doc = nlohmann::ordered_json::object();
    for (const auto& spec : optionTable()) {
        const std::string& v = m_values.at(spec.name);
        switch (spec.type) {
            case OptionType::Int:
                doc[spec.name] = std::stoll(v);
                break;
            case OptionType::Real:
                doc[spec.name] = std::stod(v);
                break;
            case OptionType::Bool:
                doc[spec.name] = (v == "true");
                break;
            default:
                doc[spec.name] = v;
        }
    }
    return doc.dump(indent);
}

std::string Config::text(const std::string& key) const {
    const auto it = m_values.find(key);
    if (it == m_values.end()) throw InputError("unknown option '" + key + "'");
    return it->second;
}

long long Config::integer(const std::string& key) const {
    return std::stoll(text(key));
}
double Config::real(const std::string& key) const {
    return std::stod(text(key));
}
bool Config::flag(const std::string& key) const {
    return text(key) == "true";
}

std::vector<std::string> Config::differences(const Config& other) const {
    std::vector<std::string> keys;
    for (const auto& [key, value] : m_values) {
        const auto it = other.m_values.find(key);
        if (it == other.m_values.end() || it->second != value) keys.push_back(key);
    }
    return keys;
}

}  // namespace grindstone
