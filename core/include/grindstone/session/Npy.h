#pragma once

#include <string>

#include "grindstone/Matrix.h"

namespace grindstone {

/// Serialises a matrix as a NumPy .npy (version 1.0, little-endian float32, C order), the
/// array format other tools read directly.
std::string encodeNpy(const Matrix& matrix);
void writeNpy(const std::string& path, const Matrix& matrix);  // atomic

/// Reads a 2-D float32 .npy written by encodeNpy (or NumPy). Throws InputError naming the file
/// and what is wrong (bad magic, unsupported dtype / order / shape, size mismatch).
Matrix readNpy(const std::string& path);
Matrix decodeNpy(const std::string& bytes, const std::string& origin);

}  // namespace grindstone
