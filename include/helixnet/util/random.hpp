// The one random-number scheme of helixnet: SplitMix64 (Steele, Lea & Flood
// 2014, "Fast splittable pseudorandom number generators", OOPSLA), small, fast
// and the same on every platform and standard library (the standard
// distributions are not), with one way to derive independent streams from a
// user's --seed, so that parallel work cut into fixed blocks draws the same
// numbers whatever the number of threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>

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
    // Uniform in [0, bound), bound ≥ 1, without bias (Lemire 2019, "Fast random
    // integer generation in an interval", ACM TOMACS 29(1)).
    std::uint64_t below(std::uint64_t bound) {
        __extension__ using u128 = unsigned __int128;
        u128 product = static_cast<u128>(next()) * bound;
        auto low = static_cast<std::uint64_t>(product);
        if (low < bound) {
            const std::uint64_t threshold = (0 - bound) % bound;
            while (low < threshold) {
                product = static_cast<u128>(next()) * bound;
                low = static_cast<std::uint64_t>(product);
            }
        }
        return static_cast<std::uint64_t>(product >> 64);
    }
    // Fisher–Yates shuffle of `items`.
    template <typename T>
    void shuffle(std::span<T> items) {
        for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[below(i)]);
    }
};

// The name the graph algorithms use: `SplitMix64 rng(seed)`.
using SplitMix64 = SplitMix;

// One step of SplitMix64 from `x`: a well-mixed 64-bit value.
[[nodiscard]] inline std::uint64_t mix(std::uint64_t x) { return SplitMix{x}.next(); }

// The generator of stream `stream` (a block, a sample) under `seed`.
[[nodiscard]] inline SplitMix stream_generator(std::uint64_t seed, std::uint64_t stream) {
    return SplitMix{mix(seed ^ mix(stream + 1))};
}

}  // namespace helixnet
