#include "evaluation/CandidateGather.h"

#include <algorithm>
#include <cstdlib>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace grindstone::evaluation {

namespace {

using Gather = int64_t (*)(const float*, const int32_t*, int64_t, float, float, int32_t, uint32_t,
                           float*, uint32_t*);

int64_t gatherPlain(const float* keys, const int32_t* labels, int64_t count, float limit,
                    float floor, int32_t label, uint32_t first, float* outKeys,
                    uint32_t* outIndex) {
    // Branch-free: a fifth or so of the keys pass, so a branch would mispredict constantly.
    int64_t out = 0;
    for (int64_t j = 0; j < count; ++j) {
        const float key = keys[j];
        outKeys[out] = std::max(key, floor);
        outIndex[out] =
            (first + static_cast<uint32_t>(j)) | (labels[j] == label ? kRelevantBit : 0);
        out += key <= limit ? 1 : 0;
    }
    return out;
}

#if defined(__x86_64__)
// Compress into a register and store whole vectors: the memory form of vcompressps is
// microcoded and several times slower on Intel cores. (maskz_max rather than max: GCC 12 warns
// about the undefined source of the unmasked intrinsic.)
__attribute__((target("avx512f"))) int64_t gatherAvx512(const float* keys, const int32_t* labels,
                                                        int64_t count, float limit, float floor,
                                                        int32_t label, uint32_t first,
                                                        float* outKeys, uint32_t* outIndex) {
    const __m512 limits = _mm512_set1_ps(limit);
    const __m512 floors = _mm512_set1_ps(floor);
    const __m512i labelVector = _mm512_set1_epi32(label);
    const __m512i relevantBit = _mm512_set1_epi32(static_cast<int>(kRelevantBit));
    const __m512i step = _mm512_set1_epi32(16);
    __m512i index =
        _mm512_add_epi32(_mm512_set1_epi32(static_cast<int>(first)),
                         _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
    int64_t out = 0;
    int64_t j = 0;
    for (; j + 16 <= count; j += 16) {
        const __m512 key = _mm512_loadu_ps(keys + j);
        const __mmask16 pass = _mm512_cmp_ps_mask(key, limits, _CMP_LE_OQ);
        const __mmask16 relevant =
            _mm512_cmpeq_epi32_mask(_mm512_loadu_si512(labels + j), labelVector);
        const __m512i tagged = _mm512_mask_or_epi32(index, relevant, index, relevantBit);
        _mm512_storeu_ps(outKeys + out,
                         _mm512_maskz_compress_ps(pass, _mm512_maskz_max_ps(0xffff, key, floors)));
        _mm512_storeu_si512(outIndex + out, _mm512_maskz_compress_epi32(pass, tagged));
        out += __builtin_popcount(pass);
        index = _mm512_add_epi32(index, step);
    }
    return out + gatherPlain(keys + j, labels + j, count - j, limit, floor, label,
                             first + static_cast<uint32_t>(j), outKeys + out, outIndex + out);
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

int64_t gatherBelow(const float* keys, const int32_t* labels, int64_t count, float limit,
                    float floor, int32_t label, uint32_t first, float* outKeys,
                    uint32_t* outIndex) {
    static const Gather gather = chooseGather();
    return gather(keys, labels, count, limit, floor, label, first, outKeys, outIndex);
}

}  // namespace grindstone::evaluation
