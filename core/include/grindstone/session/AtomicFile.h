#pragma once

#include <string>

namespace grindstone {

/// Writes `contents` to `path` through a temporary file in the same folder, fsync and rename,
/// so a crash leaves either the old file or the new one. Throws InputError on failure.
void writeFileAtomically(const std::string& path, const std::string& contents);

/// Whole file as bytes; throws InputError naming the file when it cannot be read.
std::string readWholeFile(const std::string& path);

/// fsync of a folder, so a rename inside it survives a power cut.
void syncDirectory(const std::string& path);

}  // namespace grindstone
