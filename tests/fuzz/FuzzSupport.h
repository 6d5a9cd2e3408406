#pragma once
// Shared by the fuzz targets: the input as a file where a reader takes a path, and the rule
// every target applies. A reader may refuse any input with InputError (a clear message is
// its job); anything else escaping it (another exception type, a crash, a sanitizer report)
// is a bug that libFuzzer reports.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "grindstone/Error.h"

namespace grindstone::fuzz {

/// A folder of this process's own, emptied for each input.
inline std::string scratchFolder() {
    static const std::string folder =
        (std::filesystem::temp_directory_path() / ("grindstone-fuzz-" + std::to_string(::getpid())))
            .string();
    std::error_code ec;
    std::filesystem::remove_all(folder, ec);
    std::filesystem::create_directories(folder);
    return folder;
}

inline void writeBytes(const std::string& path, const uint8_t* data, size_t size) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

inline std::string text(const uint8_t* data, size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

/// Runs `read`; an InputError is a refusal, the reader doing its job.
template <typename Read>
int refuseOrRead(Read read) {
    try {
        read();
    } catch (const InputError&) {
    }
    return 0;
}

}  // namespace grindstone::fuzz
