#include "CByteScan.h"

#if defined(__SSE2__)
#include <emmintrin.h>

uint64_t evident_byte_mask64(const uint8_t *bytes, uint8_t first, uint8_t second, uint8_t third) {
    const __m128i a = _mm_set1_epi8((char)first);
    const __m128i b = _mm_set1_epi8((char)second);
    const __m128i c = _mm_set1_epi8((char)third);
    uint64_t mask = 0;
    for (int lane = 0; lane < 4; lane++) {
        const __m128i block = _mm_loadu_si128((const __m128i *)(bytes + 16 * lane));
        const __m128i found = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(block, a), _mm_cmpeq_epi8(block, b)), _mm_cmpeq_epi8(block, c));
        mask |= (uint64_t)(uint16_t)_mm_movemask_epi8(found) << (16 * lane);
    }
    return mask;
}

#else

uint64_t evident_byte_mask64(const uint8_t *bytes, uint8_t first, uint8_t second, uint8_t third) {
    uint64_t mask = 0;
    for (int index = 0; index < 64; index++) {
        const uint8_t byte = bytes[index];
        if (byte == first || byte == second || byte == third) {
            mask |= (uint64_t)1 << index;
        }
    }
    return mask;
}

#endif
