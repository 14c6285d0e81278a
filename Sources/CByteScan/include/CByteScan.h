#ifndef EVIDENT_BYTE_SCAN_H
#define EVIDENT_BYTE_SCAN_H

#include <stdint.h>

/// Returns a mask of the 64 bytes at `bytes`: bit i is set when byte i equals `first`, `second` or
/// `third`. The CSV scanner finds a block's delimiters and line ends with one call instead of a test
/// per byte. All 64 bytes must be readable.
uint64_t evident_byte_mask64(const uint8_t *bytes, uint8_t first, uint8_t second, uint8_t third);

#endif
