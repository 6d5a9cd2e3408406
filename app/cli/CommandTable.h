#pragma once

#include <string>
#include <vector>

namespace grindstone::cli {

/// One command of grindstone-cli as its usage, manual page and shell completion describe it:
/// one table, so the three cannot drift apart.
struct CommandHelp {
    std::string name;
    /// The arguments after the name; several lines when they do not fit one (the usage and the
    /// manual break them where the table does).
    std::vector<std::string> synopsis;
    /// What it does: lines of the usage text, joined into a paragraph by the manual.
    std::vector<std::string> description;
};

/// The words or lines joined by single spaces (a synopsis or description as one line, a
/// word list for the shell).
std::string spaceJoined(const std::vector<std::string>& parts);

/// Every command, in the order the usage lists them.
const std::vector<CommandHelp>& commandTable();

/// The usage text `grindstone-cli help` prints.
std::string usageText();

/// The flags a command's synopsis names (--set, --out, ...), in order, each once.
std::vector<std::string> flagsOf(const CommandHelp& command);

/// The words a flag's value is one of when its synopsis spells them out (`--method
/// pca|tsne|umap`, `--dims 2|3`); empty otherwise.
std::vector<std::string> flagChoices(const CommandHelp& command, const std::string& flag);

/// What a flag (or a positional argument when `flag` is empty) takes as value in the synopsis:
/// "FILE.json", "DIR", "KEY=VALUE", "RUN_DIR", ... or empty for a flag without a value.
std::string flagValueName(const CommandHelp& command, const std::string& flag);

}  // namespace grindstone::cli
