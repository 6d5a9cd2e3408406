#include "evaluation/InputChecks.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "grindstone/Error.h"

namespace grindstone::evaluation {

namespace {
constexpr float kLargestValue = 1e15f;
}  // namespace

void checkEmbeddings(const Matrix& embeddings, int64_t minRows, const char* what) {
    const std::string prefix = std::string(what) + ": ";
    if (embeddings.rows < minRows)
        throw InputError(prefix + "needs at least " + std::to_string(minRows) +
                         " embeddings, got " + std::to_string(embeddings.rows));
    if (embeddings.cols < 1) throw InputError(prefix + "embeddings have no dimension");
    if (static_cast<int64_t>(embeddings.values.size()) != embeddings.rows * embeddings.cols)
        throw InputError(prefix + "embedding matrix holds " +
                         std::to_string(embeddings.values.size()) + " values, expected " +
                         std::to_string(embeddings.rows) + " x " + std::to_string(embeddings.cols));
    // A diverged model yields NaN or huge values: NaN distances would rank at random, and
    // squared distances must stay finite in float.
    const auto bad = std::find_if(embeddings.values.begin(), embeddings.values.end(),
                                  [](float v) { return !(std::fabs(v) <= kLargestValue); });
    if (bad != embeddings.values.end()) {
        const int64_t index = bad - embeddings.values.begin();
        throw InputError(prefix + "embedding row " + std::to_string(index / embeddings.cols) +
                         " holds " + std::to_string(*bad) + ", expected finite values within " +
                         "+-1e15");
    }
}

void checkLabels(const Matrix& embeddings, const std::vector<int>& labels, const char* what) {
    if (static_cast<int64_t>(labels.size()) != embeddings.rows)
        throw InputError(std::string(what) + ": " + std::to_string(labels.size()) + " labels for " +
                         std::to_string(embeddings.rows) + " embeddings");
}

void checkGalleryFlags(const Matrix& embeddings, const std::vector<bool>& inGallery,
                       const char* what) {
    if (inGallery.size() != static_cast<size_t>(embeddings.rows))
        throw InputError(std::string(what) + ": " + std::to_string(inGallery.size()) +
                         " gallery flags for " + std::to_string(embeddings.rows) + " rows");
}

void checkKs(const std::vector<int>& ks, const char* what) {
    for (int k : ks)
        if (k < 1)
            throw InputError(std::string(what) + ": Recall@K needs K >= 1, got " +
                             std::to_string(k));
}

std::vector<int32_t> denseLabels(const std::vector<int>& labels, int32_t* classes) {
    std::vector<int> distinct = labels;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::vector<int32_t> dense(labels.size());
    for (size_t i = 0; i < labels.size(); ++i)
        dense[i] = static_cast<int32_t>(
            std::lower_bound(distinct.begin(), distinct.end(), labels[i]) - distinct.begin());
    *classes = static_cast<int32_t>(distinct.size());
    return dense;
}

}  // namespace grindstone::evaluation
