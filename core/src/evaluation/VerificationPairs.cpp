#include <cmath>
#include <random>

#include "evaluation/InputChecks.h"
#include "grindstone/Error.h"
#include "grindstone/evaluation/Verification.h"

namespace grindstone {
namespace {

float distance(const Matrix& m, int64_t a, int64_t b) {
    const float* x = m.row(a);
    const float* y = m.row(b);
    double sum = 0;
    for (int64_t c = 0; c < m.cols; ++c) {
        const double d = static_cast<double>(x[c]) - static_cast<double>(y[c]);
        sum += d * d;
    }
    return static_cast<float>(std::sqrt(sum));
}

void requirePairsOfBothKinds(const PairDistances& out) {
    if (out.positiveAvailable == 0)
        throw InputError("verification: no class has two images, so there is no same-class pair");
    if (out.negativeAvailable == 0)
        throw InputError(
            "verification: every image is of one class, so there is no "
            "different-class pair");
}

/// Query x gallery pairs: the same limits and draws as any-two-rows pairs, over the pairs of
/// one query row and one gallery row.
PairDistances queryGalleryPairs(const Matrix& embeddings, const std::vector<int32_t>& dense,
                                int32_t classes, const std::vector<bool>& inGallery,
                                int64_t maxPositive, int64_t maxNegative, uint64_t seed) {
    evaluation::checkGalleryFlags(embeddings, inGallery, "verification");
    std::vector<int64_t> queries, gallery;
    std::vector<std::vector<int64_t>> queriesOf(static_cast<size_t>(classes)),
        galleryOf(static_cast<size_t>(classes));
    for (size_t i = 0; i < dense.size(); ++i) {
        const auto row = static_cast<int64_t>(i);
        (inGallery[i] ? gallery : queries).push_back(row);
        (inGallery[i] ? galleryOf : queriesOf)[static_cast<size_t>(dense[i])].push_back(row);
    }
    PairDistances out;
    std::vector<int64_t> pairsOfClass;
    for (int32_t c = 0; c < classes; ++c) {
        pairsOfClass.push_back(static_cast<int64_t>(queriesOf[static_cast<size_t>(c)].size() *
                                                    galleryOf[static_cast<size_t>(c)].size()));
        out.positiveAvailable += pairsOfClass.back();
    }
    out.negativeAvailable =
        static_cast<int64_t>(queries.size() * gallery.size()) - out.positiveAvailable;
    requirePairsOfBothKinds(out);

    std::mt19937_64 rng(seed);
    if (out.positiveAvailable <= maxPositive) {
        for (int32_t c = 0; c < classes; ++c)
            for (int64_t q : queriesOf[static_cast<size_t>(c)])
                for (int64_t g : galleryOf[static_cast<size_t>(c)])
                    out.positive.push_back(distance(embeddings, q, g));
    } else {
        std::discrete_distribution<size_t> pickClass(pairsOfClass.begin(), pairsOfClass.end());
        for (int64_t k = 0; k < maxPositive; ++k) {
            const size_t c = pickClass(rng);
            const auto& q = queriesOf[c];
            const auto& g = galleryOf[c];
            const int64_t a = q[std::uniform_int_distribution<size_t>(0, q.size() - 1)(rng)];
            const int64_t b = g[std::uniform_int_distribution<size_t>(0, g.size() - 1)(rng)];
            out.positive.push_back(distance(embeddings, a, b));
        }
    }
    if (out.negativeAvailable <= maxNegative) {
        for (int64_t q : queries)
            for (int64_t g : gallery)
                if (dense[static_cast<size_t>(q)] != dense[static_cast<size_t>(g)])
                    out.negative.push_back(distance(embeddings, q, g));
    } else {
        std::uniform_int_distribution<size_t> pickQuery(0, queries.size() - 1);
        std::uniform_int_distribution<size_t> pickGallery(0, gallery.size() - 1);
        while (static_cast<int64_t>(out.negative.size()) < maxNegative) {
            const int64_t q = queries[pickQuery(rng)], g = gallery[pickGallery(rng)];
            if (dense[static_cast<size_t>(q)] != dense[static_cast<size_t>(g)])
                out.negative.push_back(distance(embeddings, q, g));
        }
    }
    return out;
}

}  // namespace

PairDistances verificationPairs(const Matrix& embeddings, const std::vector<int>& labels,
                                int64_t maxPositive, int64_t maxNegative, uint64_t seed,
                                const std::vector<bool>& inGallery) {
    evaluation::checkEmbeddings(embeddings, 2, "verification");
    evaluation::checkLabels(embeddings, labels, "verification");
    if (maxPositive < 1 || maxNegative < 1)
        throw InputError("verification: the pair limits must be at least 1");
    int32_t classes = 0;
    const std::vector<int32_t> dense = evaluation::denseLabels(labels, &classes);
    if (!inGallery.empty())
        return queryGalleryPairs(embeddings, dense, classes, inGallery, maxPositive, maxNegative,
                                 seed);
    std::vector<std::vector<int64_t>> members(static_cast<size_t>(classes));
    for (size_t i = 0; i < dense.size(); ++i)
        members[static_cast<size_t>(dense[i])].push_back(static_cast<int64_t>(i));

    PairDistances out;
    std::vector<int64_t> pairsOfClass;  // C(n, 2) per class, to draw a positive pair's class
    for (const auto& m : members) {
        const auto n = static_cast<int64_t>(m.size());
        pairsOfClass.push_back(n * (n - 1) / 2);
        out.positiveAvailable += pairsOfClass.back();
    }
    const int64_t rows = embeddings.rows;
    out.negativeAvailable = rows * (rows - 1) / 2 - out.positiveAvailable;
    requirePairsOfBothKinds(out);

    std::mt19937_64 rng(seed);
    if (out.positiveAvailable <= maxPositive) {
        for (const auto& m : members)
            for (size_t i = 0; i < m.size(); ++i)
                for (size_t j = i + 1; j < m.size(); ++j)
                    out.positive.push_back(distance(embeddings, m[i], m[j]));
    } else {
        std::discrete_distribution<size_t> pickClass(pairsOfClass.begin(), pairsOfClass.end());
        for (int64_t k = 0; k < maxPositive; ++k) {
            const auto& m = members[pickClass(rng)];
            std::uniform_int_distribution<size_t> pick(0, m.size() - 1);
            const size_t a = pick(rng);
            size_t b = pick(rng);
            while (b == a)
                b = pick(rng);
            out.positive.push_back(distance(embeddings, m[a], m[b]));
        }
    }
    if (out.negativeAvailable <= maxNegative) {
        for (int64_t i = 0; i < rows; ++i)
            for (int64_t j = i + 1; j < rows; ++j)
                if (dense[static_cast<size_t>(i)] != dense[static_cast<size_t>(j)])
                    out.negative.push_back(distance(embeddings, i, j));
    } else {
        // Rejection: 1 / (share of negative pairs) draws per pair on average, a handful
        // unless one class holds nearly every image.
        std::uniform_int_distribution<int64_t> pick(0, rows - 1);
        while (static_cast<int64_t>(out.negative.size()) < maxNegative) {
            const int64_t a = pick(rng), b = pick(rng);
            if (dense[static_cast<size_t>(a)] != dense[static_cast<size_t>(b)])
                out.negative.push_back(distance(embeddings, a, b));
        }
    }
    return out;
}

}  // namespace grindstone
