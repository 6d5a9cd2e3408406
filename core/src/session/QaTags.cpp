#include "grindstone/session/QaTags.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <map>
#include <sstream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"
#include "session/JsonIntegers.h"
#include "session/UtcTime.h"

namespace grindstone {
namespace {

using Json = nlohmann::ordered_json;
constexpr int kTagsFormatVersion = 1;

auto key(const QaTag& t) {
    return std::tie(t.step, t.stage, t.row);
}

Json tagsJson(const std::vector<QaTag>& tags) {
    Json all = Json::array();
    for (const auto& t : tags)
        all.push_back({{"step", t.step},
                       {"stage", t.stage},
                       {"row", t.row},
                       {"verdict", t.verdict},
                       {"note", t.note},
                       {"reviewer", t.reviewer},
                       {"time", t.time}});
    return all;
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

void checkVerdict(const std::string& verdict) {
    if (verdict != "accepted" && verdict != "rejected" && !verdict.empty())
        throw InputError("QA verdict '" + verdict + "' is not one of: accepted, rejected, \"\"");
}

}  // namespace

QaTagStore::QaTagStore(const std::string& runFolder) : m_path(runFolder + "/qa/tags.json") {
    std::error_code ec;
    if (!std::filesystem::exists(m_path, ec)) return;
    try {
        const Json file = Json::parse(readWholeFile(m_path));
        const int version = jsonfields::integerAt<int>(file, "format_version");
        if (version > kTagsFormatVersion)
            throw InputError("'" + m_path + "' is QA tag format " + std::to_string(version) +
                             ", newer than this Grindstone reads (" +
                             std::to_string(kTagsFormatVersion) + ")");
        for (const auto& j : file.at("tags")) {
            QaTag t{jsonfields::integerAt<int64_t>(j, "step"),
                    j.at("stage").get<std::string>(),
                    jsonfields::integerAt<int64_t>(j, "row"),
                    j.at("verdict").get<std::string>(),
                    j.value("note", std::string()),
                    j.value("reviewer", std::string()),
                    j.value("time", std::string())};
            checkVerdict(t.verdict);
            m_tags.push_back(std::move(t));
        }
    } catch (const Json::exception& e) {
        throw InputError("'" + m_path + "' is damaged: " + e.what());
    } catch (const InputError& e) {
        const std::string message = e.what();
        throw InputError(message.find(m_path) == std::string::npos ? "'" + m_path + "': " + message
                                                                   : message);
    }
    std::sort(m_tags.begin(), m_tags.end(),
              [](const QaTag& a, const QaTag& b) { return key(a) < key(b); });
}

void QaTagStore::set(QaTag tag) {
    checkVerdict(tag.verdict);
    tag.time = utcTimestamp();
    auto it = std::lower_bound(m_tags.begin(), m_tags.end(), tag,
                               [](const QaTag& a, const QaTag& b) { return key(a) < key(b); });
    const bool exists = it != m_tags.end() && key(*it) == key(tag);
    if (tag.verdict.empty() && tag.note.empty()) {
        if (exists) m_tags.erase(it);
    } else if (exists) {
        *it = std::move(tag);
    } else {
        m_tags.insert(it, std::move(tag));
    }
    save();
}

const QaTag* QaTagStore::find(int64_t step, const std::string& stage, int64_t row) const {
    for (const auto& t : m_tags)
        if (t.step == step && t.stage == stage && t.row == row) return &t;
    return nullptr;
}

std::vector<QaTagSummary> QaTagStore::summary() const {
    std::map<std::pair<int64_t, std::string>, QaTagSummary> byStage;
    for (const auto& t : m_tags) {
        QaTagSummary& s = byStage[{t.step, t.stage}];
        s.step = t.step;
        s.stage = t.stage;
        s.accepted += t.verdict == "accepted";
        s.rejected += t.verdict == "rejected";
        s.notes += !t.note.empty();
    }
    std::vector<QaTagSummary> out;
    for (auto& [k, s] : byStage)
        out.push_back(s);
    return out;
}

void QaTagStore::save() const {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(m_path).parent_path(), ec);
    if (ec) throw InputError("cannot create the folder of '" + m_path + "': " + ec.message());
    Json file;
    file["format_version"] = kTagsFormatVersion;
    file["tags"] = tagsJson(m_tags);
    writeFileAtomically(m_path, file.dump(2) + "\n");
}

void QaTagStore::exportCsv(const std::string& path) const {
    std::string csv = "step,stage,row,verdict,note,reviewer,time\n";
    for (const auto& t : m_tags)
        csv += std::to_string(t.step) + "," + csvField(t.stage) + "," + std::to_string(t.row) +
               "," + t.verdict + "," + csvField(t.note) + "," + csvField(t.reviewer) + "," +
               t.time + "\n";
    writeFileAtomically(path, csv);
}

void QaTagStore::exportJson(const std::string& path) const {
    writeFileAtomically(path, tagsJson(m_tags).dump(2) + "\n");
}

}  // namespace grindstone
