// Leydesdorff's triple-helix synergy: the mutual information in three
// dimensions between university (education), industry and government.
//
// Each unit (here: an initiative of a wave) is coded by three yes/no
// dimensions: U, whether an education actor takes part; I, an industry
// actor; G, a government actor. Over the n units, with H the Shannon entropy
// in bits of the observed distribution of one, two or three dimensions,
//
//     T = H_U + H_I + H_G − H_UI − H_UG − H_IG + H_UIG
//
// (Leydesdorff 2003, "The mutual information of university-industry-
// government relations", Scientometrics 58(2), 445–467, after Abramson 1963). A
// negative T is synergy: the three dimensions together leave less
// uncertainty than their pairwise relations imply, as when initiatives
// combine the helices in complementary ways. A positive T means none: the
// dimensions are redundant (at the extreme every initiative has all three or
// none). Closed forms: the codings (0,0,0), (0,1,1), (1,0,1), (1,1,0)
// give −1 bit; U = I = G with both values equally often gives +1 bit; all
// eight codings equally often (independent fair dimensions) give 0.
//
// Null for fewer than two units (one unit has no distribution to speak of).
// A value within 1e-12 of zero is 0 (the entropies cancel up to rounding).
// Complexity O(n).
#pragma once

#include <optional>
#include <span>

namespace helixnet {

struct HelixCoding {
    bool education = false;   // U
    bool industry = false;    // I
    bool government = false;  // G
};

// T in bits over the codings; nullopt for fewer than two.
[[nodiscard]] std::optional<double> helix_synergy_bits(std::span<const HelixCoding> codings);

}  // namespace helixnet
