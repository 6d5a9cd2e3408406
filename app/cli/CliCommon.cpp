#include "CliCommon.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <sstream>

#include "grindstone/Error.h"
#include "grindstone/session/UserFolders.h"

namespace grindstone::cli {
namespace fs = std::filesystem;

std::string takeOption(Args& args, const std::string& name) {
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == name) {
            if (i + 1 >= args.size()) throw InputError(name + " needs a value");
            std::string value = args[i + 1];
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
                       args.begin() + static_cast<std::ptrdiff_t>(i + 2));
            return value;
        }
        if (args[i].rfind(name + "=", 0) == 0) {
            std::string value = args[i].substr(name.size() + 1);
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i));
            return value;
        }
    }
    return {};
}

bool takeFlag(Args& args, const std::string& name) {
    const auto it = std::find(args.begin(), args.end(), name);
    if (it == args.end()) return false;
    args.erase(it);
    return true;
}

uint64_t wholeNumber(const std::string& text, const std::string& flag) {
    errno = 0;
    char* end = nullptr;
    const unsigned long long value = std::strtoull(text.c_str(), &end, 10);
    if (text.empty() || text[0] == '-' || *end != '\0' || errno == ERANGE)
        throw InputError(flag + ": '" + text + "' is not a whole number >= 0");
    return value;
}

int64_t parseStep(const std::string& text, const std::string& flag) {
    const uint64_t step = wholeNumber(text, flag);
    if (step > static_cast<uint64_t>(INT64_MAX))
        throw InputError(flag + ": '" + text + "' is not a whole number >= 0");
    return static_cast<int64_t>(step);
}

void expectNoMore(const Args& args, const std::string& command) {
    if (!args.empty())
        throw InputError("'" + command + "' does not take '" + args.front() +
                         "'; see grindstone-cli help");
}

Config configFromArgs(const Args& args, Args& rest, const Config& base) {
    Config config = base;
    std::vector<std::string> assignments;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= args.size()) throw InputError(a + " needs a value");
            return args[++i];
        };
        if (a == "--config")
            config.mergeJsonFile(value());
        else if (a.rfind("--config=", 0) == 0)
            config.mergeJsonFile(a.substr(9));
        else if (a == "--set")
            assignments.push_back(value());
        else if (a.rfind("--set=", 0) == 0)
            assignments.push_back(a.substr(6));
        else
            rest.push_back(a);
    }
    // --set wins over the file, whatever the order on the command line.
    for (const auto& s : assignments)
        config.setAssignment(s);
    return config;
}

std::string defaultWorkspace() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return grindstone::defaultWorkspace(ec ? std::string() : exe.string(), GRINDSTONE_SOURCE_DIR);
}

std::string defaultRunFolder(const Config& config, const std::string& workspace) {
    const fs::path base = workspace.empty() ? defaultWorkspace() : workspace;
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    std::ostringstream name;
    name << std::put_time(&tm, "%Y%m%d-%H%M%S") << '-' << config.text("method") << '-'
         << config.text("miner") << "-s" << config.text("seed");
    fs::path folder = base / name.str();
    for (int i = 2; fs::exists(folder); ++i)
        folder = base / (name.str() + "-" + std::to_string(i));
    return folder.string();
}

}  // namespace grindstone::cli
