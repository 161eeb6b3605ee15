// The one random-number scheme of helixnet: SplitMix64 (Steele, Lea & Flood
// 2014), small, fast and the same on every platform (unlike the standard
// library's distributions), with one way to derive independent streams from
// a user's --seed, so that parallel work cut into fixed blocks draws the same
// numbers whatever the number of threads.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace helixnet {

struct SplitMix {
    std::uint64_t state;

    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1), 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in [0, bound), bound ≥ 1 (by scaling a uniform double: a bias
    // below 2^-53 per value, far below what any test here can see).
    std::size_t below(std::size_t bound) {
        const auto k = static_cast<std::size_t>(uniform() * static_cast<double>(bound));
        return std::min(k, bound - 1);
    }
};

// One step of SplitMix64 from `x`: a well-mixed 64-bit value.
[[nodiscard]] inline std::uint64_t mix(std::uint64_t x) { return SplitMix{x}.next(); }

// The generator of stream `stream` (a block, a sample) under `seed`.
[[nodiscard]] inline SplitMix stream_generator(std::uint64_t seed, std::uint64_t stream) {
    return SplitMix{mix(seed ^ mix(stream + 1))};
}

}  // namespace helixnet
