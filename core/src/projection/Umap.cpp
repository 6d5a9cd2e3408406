#include "projection/Umap.h"

#include <algorithm>
#include <cmath>

#include "grindstone/projection/LayoutMath.h"

namespace grindstone::projection {

namespace {

constexpr int kNegativeSamples = 5;
constexpr float kGradientClip = 4.0f;
constexpr double kInitialExtent = 10.0;
constexpr float kInitialNoise = 1e-4f;
constexpr double kWarmLearningRate = 0.1;

/// umap-learn's Tausworthe generator (tau88), seeded through splitmix64.
class TauRandom {
public:
    explicit TauRandom(uint64_t seed) {
        for (uint32_t& s : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            s = static_cast<uint32_t>(z ^ (z >> 31)) | 0x100u;  // tau88 needs s > 15
        }
    }
    uint32_t next() {
        m_state[0] = ((m_state[0] & 4294967294u) << 12) ^ (((m_state[0] << 13) ^ m_state[0]) >> 19);
        m_state[1] = ((m_state[1] & 4294967288u) << 4) ^ (((m_state[1] << 2) ^ m_state[1]) >> 25);
        m_state[2] = ((m_state[2] & 4294967280u) << 17) ^ (((m_state[2] << 3) ^ m_state[2]) >> 11);
        return m_state[0] ^ m_state[1] ^ m_state[2];
    }

private:
    uint32_t m_state[3];
};

float clip(float v) {
    return std::clamp(v, -kGradientClip, kGradientClip);
}

/// The graph's edges (both directions, as umap-learn's COO), those below max / epochs dropped.
struct EdgeList {
    std::vector<int32_t> head, tail;
    std::vector<double> epochsPerSample;
};

EdgeList sampledEdges(const SparseGraph& graph, int epochs) {
    const double strongest = *std::max_element(graph.weights.begin(), graph.weights.end());
    EdgeList list;
    for (int64_t r = 0; r < graph.rows; ++r)
        for (auto e = static_cast<size_t>(graph.rowStart[static_cast<size_t>(r)]);
             e < static_cast<size_t>(graph.rowStart[static_cast<size_t>(r + 1)]); ++e) {
            const double w = graph.weights[e];
            if (w < strongest / epochs || w <= 0) continue;
            list.head.push_back(static_cast<int32_t>(r));
            list.tail.push_back(graph.cols[e]);
            list.epochsPerSample.push_back(strongest / w);
        }
    return list;
}

template <int Dims>
void optimise(std::vector<float>& y, int64_t n, const EdgeList& edges, const UmapCurve& curve,
              int epochs, double initialRate, uint64_t seed, const ProgressReporter& progress) {
    const auto count = edges.head.size();
    std::vector<double> nextSample = edges.epochsPerSample;
    std::vector<double> negativePeriod(count), nextNegative(count);
    for (size_t e = 0; e < count; ++e)
        nextNegative[e] = negativePeriod[e] = edges.epochsPerSample[e] / kNegativeSamples;
    const auto a = static_cast<float>(curve.a), b = static_cast<float>(curve.b);
    TauRandom random(seed);
    double rate = initialRate;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        const auto alpha = static_cast<float>(rate);
        for (size_t e = 0; e < count; ++e) {
            if (nextSample[e] > epoch) continue;
            float* current = y.data() + static_cast<int64_t>(edges.head[e]) * Dims;
            float* other = y.data() + static_cast<int64_t>(edges.tail[e]) * Dims;
            float d2 = 0;
            for (int d = 0; d < Dims; ++d)
                d2 += (current[d] - other[d]) * (current[d] - other[d]);
            if (d2 > 0) {
                const float power = std::pow(d2, b);
                const float coefficient = -2.0f * a * b * (power / d2) / (a * power + 1.0f);
                for (int d = 0; d < Dims; ++d) {
                    const float g = clip(coefficient * (current[d] - other[d])) * alpha;
                    current[d] += g;
                    other[d] -= g;
                }
            }
            nextSample[e] += edges.epochsPerSample[e];
            const int negatives = static_cast<int>((epoch - nextNegative[e]) / negativePeriod[e]);
            for (int s = 0; s < negatives; ++s) {
                const int64_t k = random.next() % static_cast<uint32_t>(n);
                other = y.data() + k * Dims;
                float n2 = 0;
                for (int d = 0; d < Dims; ++d)
                    n2 += (current[d] - other[d]) * (current[d] - other[d]);
                if (n2 <= 0 && k == edges.head[e]) continue;
                const float coefficient =
                    n2 > 0 ? 2.0f * b / ((0.001f + n2) * (a * std::pow(n2, b) + 1.0f)) : 0.0f;
                for (int d = 0; d < Dims; ++d)
                    current[d] += (coefficient > 0 ? clip(coefficient * (current[d] - other[d]))
                                                   : kGradientClip) *
                                  alpha;
            }
            nextNegative[e] += negatives * negativePeriod[e];
        }
        // umap-learn lowers the rate after each epoch from the epoch's index: 1, 1, 1 - 1/N...
        rate = initialRate * (1.0 - static_cast<double>(epoch) / epochs);
        progress.report(static_cast<double>(epoch + 1) / epochs, "UMAP layout");
    }
}

/// umap-learn's start from an array: PCA scaled so the largest coordinate is 10, a little
/// noise against coincident points, then each axis stretched onto [0, 10].
std::vector<float> pcaStart(const Matrix& data, int dims, uint64_t seed) {
    const Matrix pca = padColumns(principalComponents(data, dims).projected, dims);
    float largest = 0;
    for (float v : pca.values)
        largest = std::max(largest, std::fabs(v));
    const double scale = largest > 0 ? kInitialExtent / largest : 1.0;
    TauRandom random(seed ^ 0x5DEECE66Dull);
    std::vector<float> y(pca.values.size());
    for (size_t at = 0; at < y.size(); ++at)
        y[at] = static_cast<float>(pca.values[at] * scale) +
                kInitialNoise * (static_cast<float>(random.next() % 20001u) / 10000.0f - 1.0f);
    for (int d = 0; d < dims; ++d) {
        float low = y[static_cast<size_t>(d)], high = low;
        for (int64_t i = 0; i < data.rows; ++i) {
            low = std::min(low, y[static_cast<size_t>(i * dims + d)]);
            high = std::max(high, y[static_cast<size_t>(i * dims + d)]);
        }
        const float span = high > low ? high - low : 1.0f;
        for (int64_t i = 0; i < data.rows; ++i) {
            float& v = y[static_cast<size_t>(i * dims + d)];
            v = static_cast<float>(kInitialExtent) * (v - low) / span;
        }
    }
    return y;
}

}  // namespace

Matrix runUmap(const Matrix& data, const ProjectionOptions& options, const Matrix* warmStart,
               const ProgressReporter& progress) {
    const int64_t n = data.rows;
    const int k = static_cast<int>(std::min<int64_t>(n - 1, options.neighbours - 1));
    const Neighbours neighbours = nearestNeighbours(data, k, progress.part(0.0, 0.5));
    progress.report(0.5, "UMAP fuzzy set");
    const SparseGraph graph = fuzzySimplicialSet(neighbours);
    const int automaticEpochs = n <= 10000 ? 500 : 200;
    const int fullEpochs = options.umapEpochs > 0 ? options.umapEpochs : automaticEpochs;
    const EdgeList edges = sampledEdges(graph, fullEpochs);
    const UmapCurve curve = fitUmapCurve(options.minDist);

    std::vector<float> y;
    int epochs = fullEpochs;
    double rate = 1.0;
    if (warmStart) {
        y = warmStart->values;
        epochs = std::max(30, fullEpochs / 10);
        rate = kWarmLearningRate;
    } else {
        y = pcaStart(data, options.dims, options.seed);
    }
    progress.report(0.55, "UMAP layout");
    const ProgressReporter steps = progress.part(0.55, 1.0);
    if (options.dims == 2)
        optimise<2>(y, n, edges, curve, epochs, rate, options.seed, steps);
    else
        optimise<3>(y, n, edges, curve, epochs, rate, options.seed, steps);
    Matrix layout(n, options.dims);
    layout.values = std::move(y);
    return layout;
}

}  // namespace grindstone::projection
