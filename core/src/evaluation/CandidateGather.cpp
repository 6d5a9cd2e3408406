#include "evaluation/CandidateGather.h"

#include <algorithm>
#include <cstdlib>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace grindstone::evaluation {

namespace {

using Gather = int64_t (*)(const float*, const int32_t*, int64_t, uint32_t, const GatherQuery&,
                           float*, uint32_t*, float*);

int64_t gatherPlain(const float* keys, const int32_t* labels, int64_t count, uint32_t first,
                    const GatherQuery& query, float* outKeys, uint32_t* outIndex, float* lowest) {
    // Branch-free: a fifth or so of the keys pass, so a branch would mispredict constantly.
    int64_t out = 0;
    float low = *lowest;
    for (int64_t j = 0; j < count; ++j) {
        const float key = std::max(keys[j], query.floor);  // NaN stays NaN: max keeps arg 1
        const bool pass = keys[j] <= query.limit;
        outKeys[out] = key;
        outIndex[out] =
            (first + static_cast<uint32_t>(j)) | (labels[j] == query.label ? kRelevantBit : 0);
        out += pass ? 1 : 0;
        low = pass && key < low ? key : low;
    }
    *lowest = low;
    return out;
}

#if defined(__x86_64__)
// Compress into a register and store whole vectors: the memory form of vcompressps is
// microcoded and several times slower on Intel cores. (maskz_max rather than max: GCC 12 warns
// about the undefined source of the unmasked intrinsic.)
__attribute__((target("avx512f"))) int64_t gatherAvx512(const float* keys, const int32_t* labels,
                                                        int64_t count, uint32_t first,
                                                        const GatherQuery& query, float* outKeys,
                                                        uint32_t* outIndex, float* lowest) {
    const __m512 limits = _mm512_set1_ps(query.limit);
    const __m512 floors = _mm512_set1_ps(query.floor);
    const __m512i labelVector = _mm512_set1_epi32(query.label);
    const __m512i relevantBit = _mm512_set1_epi32(static_cast<int>(kRelevantBit));
    const __m512i step = _mm512_set1_epi32(16);
    __m512i index =
        _mm512_add_epi32(_mm512_set1_epi32(static_cast<int>(first)),
                         _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
    __m512 low = _mm512_set1_ps(*lowest);
    int64_t out = 0;
    int64_t j = 0;
    for (; j + 16 <= count; j += 16) {
        const __m512 raw = _mm512_loadu_ps(keys + j);
        const __mmask16 pass = _mm512_cmp_ps_mask(raw, limits, _CMP_LE_OQ);
        const __m512 key = _mm512_maskz_max_ps(0xffff, raw, floors);
        const __mmask16 relevant =
            _mm512_cmpeq_epi32_mask(_mm512_loadu_si512(labels + j), labelVector);
        const __m512i tagged = _mm512_mask_or_epi32(index, relevant, index, relevantBit);
        _mm512_storeu_ps(outKeys + out, _mm512_maskz_compress_ps(pass, key));
        _mm512_storeu_si512(outIndex + out, _mm512_maskz_compress_epi32(pass, tagged));
        low = _mm512_mask_min_ps(low, pass, low, key);
        out += __builtin_popcount(pass);
        index = _mm512_add_epi32(index, step);
    }
    // Reduced by hand: GCC 12 warns inside _mm512_reduce_min_ps.
    alignas(64) float lanes[16];
    _mm512_store_ps(lanes, low);
    *lowest = *std::min_element(lanes, lanes + 16);
    return out + gatherPlain(keys + j, labels + j, count - j, first + static_cast<uint32_t>(j),
                             query, outKeys + out, outIndex + out, lowest);
}
#endif

Gather chooseGather() {
#if defined(__x86_64__)
    if (!std::getenv("GRINDSTONE_EVAL_SCALAR") && __builtin_cpu_supports("avx512f"))
        return gatherAvx512;
#endif
    return gatherPlain;
}

}  // namespace

int64_t gatherBelow(const float* keys, const int32_t* labels, int64_t count, uint32_t first,
                    const GatherQuery& query, float* outKeys, uint32_t* outIndex, float* lowest) {
    static const Gather gather = chooseGather();
    return gather(keys, labels, count, first, query, outKeys, outIndex, lowest);
}

}  // namespace grindstone::evaluation
