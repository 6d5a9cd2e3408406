#pragma once

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "grindstone/Error.h"

namespace grindstone {

/// "10, 20, 30": steps for a message.
inline std::string stepList(const std::vector<int64_t>& steps) {
    std::string out;
    for (int64_t s : steps)
        out += (out.empty() ? "" : ", ") + std::to_string(s);
    return out;
}

/// `wanted` (or the newest when -1) among `steps` of a run folder's files; `file(step)` names
/// what is missing. Throws InputError naming the folder, the file and the steps there are.
template <typename FileOf>
int64_t chooseStep(const std::vector<int64_t>& steps, int64_t wanted, const std::string& folder,
                   const std::string& what, FileOf file) {
    if (steps.empty())
        throw InputError("run '" + folder + "' has no " + what + " (" +
                         std::filesystem::path(file(0)).parent_path().string() + " holds none)");
    if (wanted < 0) return steps.back();
    if (std::find(steps.begin(), steps.end(), wanted) == steps.end())
        throw InputError("run '" + folder + "' has no " + what + " for step " +
                         std::to_string(wanted) + " ('" + file(wanted) + "' does not exist); its " +
                         what + "s are at steps " + stepList(steps));
    return wanted;
}

}  // namespace grindstone
