#include "grindstone/session/UserFolders.h"

#include <cstdlib>
#include <filesystem>

namespace grindstone {
namespace {

namespace fs = std::filesystem;

/// $variable/grindstone, else ~/homeRelative/grindstone, else ./fallback.
std::string xdgFolder(const char* variable, const char* homeRelative, const char* fallback) {
    if (const char* xdg = std::getenv(variable); xdg && *xdg)
        return (fs::path(xdg) / "grindstone").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (fs::path(home) / homeRelative / "grindstone").string();
    return (fs::current_path() / fallback).string();
}

}  // namespace

std::string userDataFolder() {
    return xdgFolder("XDG_DATA_HOME", ".local/share", "grindstone-data");
}

std::string userCacheFolder() {
    return xdgFolder("XDG_CACHE_HOME", ".cache", "grindstone-cache");
}

std::string defaultWorkspace(const std::string& executable, const std::string& sourceDir) {
    const std::string source = fs::path(sourceDir).lexically_normal().string();
    if (!source.empty() && executable.rfind(source + "/", 0) == 0)
        return (fs::path(source) / "sessions" / "runs").string();
    return (fs::path(userDataFolder()) / "runs").string();
}

std::string glyphBenchmarkFolder() {
    return (fs::path(userDataFolder()) / "glyphs").string();
}

}  // namespace grindstone
