#pragma once

#include <QString>

#include "grindstone/options/OptionTable.h"

namespace grindstone::widgets {

/// What the settings form shows of core's option table, in the user's language. Core has no
/// Qt, so its English texts are looked up under the "OptionTable" context;
/// OptionTableStrings.cpp (generated from the table) lists them for lupdate. Without a
/// translation each function returns the table's own English text.
QString optionGroupText(const OptionSpec& spec);
QString optionDocText(const OptionSpec& spec);
QString optionUnitText(const OptionSpec& spec);
QString optionTypeText(OptionType type);
/// describeAllowed(spec), translated: the English result equals core's text exactly.
QString optionAllowedText(const OptionSpec& spec);
/// Why `value` is refused for the option, translated: the English result equals the message
/// of core's canonicalOptionValue exactly.
QString optionRejectedText(const OptionSpec& spec, const QString& value);

}  // namespace grindstone::widgets
