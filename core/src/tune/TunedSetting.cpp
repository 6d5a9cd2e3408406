#include <filesystem>

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/options/Config.h"
#include "grindstone/tune/Tuner.h"
#include "tune/TuneFolder.h"

namespace grindstone {

TunedSetting readTunedSetting(const std::string& searchFolder) {
    const std::string record = searchFolder + "/tune.json";
    const std::string best = searchFolder + "/best.json";
    std::error_code ec;
    if (!std::filesystem::exists(record, ec))
        throw InputError("'" + searchFolder + "' holds no search (no tune.json)");
    if (!std::filesystem::exists(best, ec))
        throw InputError("the search in '" + searchFolder +
                         "' has no answer yet (no best.json): run it again to finish it");
    const nlohmann::json search = readTuneRecord(searchFolder);
    Config answer;
    answer.mergeJsonFile(best);
    TunedSetting out;
    out.method = answer.text("method");
    const auto space = search.find("space");
    if (space == search.end() || !space->is_object() || space->empty())
        throw InputError(record + ": no search space in it");
    for (const auto& [option, range] : space->items())
        out.values[option] = answer.text(option);  // throws InputError for an unknown option
    return out;
}

}  // namespace grindstone
