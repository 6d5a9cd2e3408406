#pragma once

#include <string>
#include <vector>

namespace grindstone {

enum class OptionType { Int, Real, Bool, Choice, Text };

/// One configurable option. The table of these is the single definition that drives
/// validation, defaults, `--set key=value`, the GUI's settings form, the session file and the
/// generated option reference.
struct OptionSpec {
    std::string name;
    OptionType type = OptionType::Text;
    std::string defaultValue;          ///< canonical text form
    double minimum = 0;                ///< Int / Real only
    double maximum = 0;                ///< Int / Real only
    std::vector<std::string> choices;  ///< Choice only
    std::string unit;
    std::string group;
    std::string doc;
};

/// Every option Grindstone knows, grouped, in display order.
const std::vector<OptionSpec>& optionTable();

/// The spec of `name`, or nullptr.
const OptionSpec* findOption(const std::string& name);

/// Human-readable form of the allowed values ("integer in [1, 100000]", "one of: a, b").
std::string describeAllowed(const OptionSpec& spec);

const char* optionTypeName(OptionType type);

}  // namespace grindstone
