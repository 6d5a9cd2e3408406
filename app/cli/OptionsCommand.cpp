#include <iostream>

#include <nlohmann/json.hpp>

#include "CliCommon.h"
#include "grindstone/options/OptionTable.h"

namespace grindstone::cli {

namespace {

/// JSON Schema (draft 2020-12) of a run's config.json, generated from the option table so it
/// cannot drift from what the program accepts. sessions/schemas/config.schema.json is this
/// output (a test keeps them equal).
nlohmann::ordered_json configSchema() {
    nlohmann::ordered_json schema;
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    schema["$id"] = "https://grindstone.invalid/schemas/config.schema.json";
    schema["title"] = "Grindstone run config (config.json)";
    schema["type"] = "object";
    schema["additionalProperties"] = false;
    nlohmann::ordered_json properties = nlohmann::ordered_json::object();
    nlohmann::ordered_json required = nlohmann::ordered_json::array();
    for (const auto& spec : optionTable()) {
        required.push_back(spec.name);  // a run's config.json holds every option
        nlohmann::ordered_json p;
        p["description"] = spec.doc;
        switch (spec.type) {
            case OptionType::Int:
                p["type"] = "integer";
                p["minimum"] = static_cast<long long>(spec.minimum);
                p["maximum"] = static_cast<long long>(spec.maximum);
                break;
            case OptionType::Real:
                p["type"] = "number";
                p["minimum"] = spec.minimum;
                p["maximum"] = spec.maximum;
                break;
            case OptionType::Bool:
                p["type"] = "boolean";
                break;
            case OptionType::Choice:
                p["type"] = "string";
                p["enum"] = spec.choices;
                break;
            case OptionType::Text:
                p["type"] = "string";
                break;
        }
        properties[spec.name] = p;
    }
    schema["properties"] = properties;
    schema["required"] = required;
    return schema;
}

}  // namespace

int runOptions(Args args) {
    const bool json = takeFlag(args, "--json");
    const bool schema = takeFlag(args, "--schema");
    expectNoMore(args, "options");
    if (schema) {
        std::cout << configSchema().dump(2) << '\n';
        return 0;
    }
    if (json) {
        nlohmann::ordered_json all = nlohmann::ordered_json::array();
        for (const auto& spec : optionTable()) {
            nlohmann::ordered_json o;
            o["name"] = spec.name;
            o["type"] = optionTypeName(spec.type);
            o["default"] = spec.defaultValue;
            o["allowed"] = describeAllowed(spec);
            if (!spec.choices.empty()) o["choices"] = spec.choices;
            o["unit"] = spec.unit;
            o["group"] = spec.group;
            o["doc"] = spec.doc;
            all.push_back(o);
        }
        std::cout << all.dump(2) << '\n';
        return 0;
    }
    std::string group;
    for (const auto& spec : optionTable()) {
        if (spec.group != group) {
            group = spec.group;
            std::cout << (group == optionTable().front().group ? "" : "\n") << "[" << group
                      << "]\n";
        }
        std::cout << "  " << spec.name << " (" << optionTypeName(spec.type) << ", default "
                  << (spec.defaultValue.empty() ? "\"\"" : spec.defaultValue)
                  << (spec.unit.empty() ? "" : " " + spec.unit) << "; " << describeAllowed(spec)
                  << ")\n      " << spec.doc << '\n';
    }
    return 0;
}

}  // namespace grindstone::cli
