#include <iostream>

#include <nlohmann/json.hpp>

#include "CliCommon.h"
#include "grindstone/options/OptionTable.h"

namespace grindstone::cli {

int runOptions(Args args) {
    const bool json = takeFlag(args, "--json");
    expectNoMore(args, "options");
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
