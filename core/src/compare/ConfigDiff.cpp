#include "grindstone/compare/ConfigDiff.h"

#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"

namespace grindstone {
namespace {

using Json = nlohmann::json;

/// Flattens a document into path -> JSON text of each leaf. An empty object or list is a leaf
/// too, so "no entries" and "missing" stay distinguishable; an empty document has no leaves.
void flatten(const Json& value, const std::string& path, std::map<std::string, std::string>& out) {
    if (value.is_object() && (!value.empty() || path.empty())) {
        for (const auto& [key, child] : value.items())
            flatten(child, path.empty() ? key : path + "." + key, out);
    } else if (value.is_array() && !value.empty()) {
        for (size_t i = 0; i < value.size(); ++i)
            flatten(value[i], path + "[" + std::to_string(i) + "]", out);
    } else {
        out[path] = value.dump();
    }
}

}  // namespace

std::vector<DiffRow> diffDocuments(const std::vector<std::string>& jsonTexts,
                                   const std::vector<std::string>& origins) {
    std::vector<std::map<std::string, std::string>> flat(jsonTexts.size());
    std::map<std::string, bool> keys;
    for (size_t i = 0; i < jsonTexts.size(); ++i) {
        const std::string origin =
            i < origins.size() ? origins[i] : "document " + std::to_string(i);
        Json doc;
        try {
            doc = Json::parse(jsonTexts[i]);
        } catch (const Json::exception& e) {  // a syntax error or a number out of range
            throw InputError("'" + origin + "' is not valid JSON: " + e.what());
        }
        flatten(doc, "", flat[i]);
        for (const auto& entry : flat[i])
            keys[entry.first] = true;
    }
    std::vector<DiffRow> rows;
    for (const auto& entry : keys) {
        DiffRow row;
        row.key = entry.first;
        for (const auto& doc : flat) {
            const auto it = doc.find(entry.first);
            row.values.push_back(it == doc.end() ? std::nullopt
                                                 : std::optional<std::string>(it->second));
        }
        for (const auto& v : row.values)
            row.differs = row.differs || v != row.values.front();
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<DiffRow> diffRunConfigs(const std::vector<std::string>& runFolders) {
    std::vector<std::string> texts, origins;
    for (const std::string& folder : runFolders) {
        const std::string path = folder + "/config.json";
        std::error_code ec;
        texts.push_back(std::filesystem::exists(path, ec) ? readWholeFile(path) : "{}");
        origins.push_back(path);
    }
    return diffDocuments(texts, origins);
}

std::vector<DiffRow> differencesOnly(const std::vector<DiffRow>& rows) {
    std::vector<DiffRow> out;
    for (const auto& row : rows)
        if (row.differs) out.push_back(row);
    return out;
}

}  // namespace grindstone
