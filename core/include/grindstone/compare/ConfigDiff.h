#pragma once

#include <optional>
#include <string>
#include <vector>

namespace grindstone {

/// One leaf of the compared documents: its path ("lr_metric", "versions.qt",
/// "config_changes[0].step") and its value in each document (JSON text; nullopt where the
/// document lacks the key).
struct DiffRow {
    std::string key;
    std::vector<std::optional<std::string>> values;
    bool differs = false;  ///< not the same in every document (a missing key differs)
};

/// Compares N JSON documents (config.json or run.json of N runs) leaf by leaf: objects are
/// walked by key, lists by index (a longer list's extra items are missing in the shorter),
/// scalars compared as JSON text. Rows are sorted by key. Throws InputError naming
/// `origins[i]` when a text does not parse.
std::vector<DiffRow> diffDocuments(const std::vector<std::string>& jsonTexts,
                                   const std::vector<std::string>& origins);

/// diffDocuments over the config.json of each run folder (a run without one counts as an
/// empty document: every option missing).
std::vector<DiffRow> diffRunConfigs(const std::vector<std::string>& runFolders);

/// The rows that differ.
std::vector<DiffRow> differencesOnly(const std::vector<DiffRow>& rows);

}  // namespace grindstone
