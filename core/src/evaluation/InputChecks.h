#pragma once

#include <cstdint>
#include <vector>

#include "grindstone/Matrix.h"

namespace grindstone::evaluation {

/// Throws InputError unless `embeddings` is a consistent matrix of finite values with at least
/// `minRows` rows. `what` names the caller in the message.
void checkEmbeddings(const Matrix& embeddings, int64_t minRows, const char* what);

/// Throws InputError unless there is one label per row.
void checkLabels(const Matrix& embeddings, const std::vector<int>& labels, const char* what);

/// Throws InputError unless there is one gallery flag per row (`what` names the caller).
void checkGalleryFlags(const Matrix& embeddings, const std::vector<bool>& inGallery,
                       const char* what);

/// Throws InputError if a K is below 1.
void checkKs(const std::vector<int>& ks, const char* what);

/// Maps arbitrary labels to 0..classes-1 (in order of first value), so counts fit in arrays.
std::vector<int32_t> denseLabels(const std::vector<int>& labels, int32_t* classes);

}  // namespace grindstone::evaluation
