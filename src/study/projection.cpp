#include "helixnet/study/projection.hpp"

#include <algorithm>
#include <tuple>

#include "helixnet/error.hpp"
#include "helixnet/study/memberships.hpp"

namespace helixnet {

std::optional<MembershipProjection> parse_projection(std::string_view text) {
    if (text == "none") return MembershipProjection::none;
    if (text == "count") return MembershipProjection::count;
    if (text == "newman") return MembershipProjection::newman;
    return std::nullopt;
}

std::string_view to_string(MembershipProjection method) {
    switch (method) {
        case MembershipProjection::none:
            return "none";
        case MembershipProjection::count:
            return "count";
        case MembershipProjection::newman:
            return "newman";
    }
    return "none";
}

namespace {

// One initiative's contribution to one pair of its members (a < b).
struct PairShare {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    double weight = 0;
    Confidence confidence = Confidence::stated;
    std::uint32_t initiative = 0;
};

}  // namespace

Study project_memberships(const Study& study, MembershipProjection method) {
    Study out = study;
    if (method == MembershipProjection::none) return out;
    if (study.projection.applied())
        throw Failure("the study's memberships are already projected (" +
                      std::string(to_string(study.projection.method)) + ")");
    out.projection.method = method;

    // The existing ties of every wave, by (wave, pair).
    std::vector<std::tuple<int, std::uint32_t, std::uint32_t, std::size_t>> existing;
    existing.reserve(study.ties.size());
    for (std::size_t i = 0; i < study.ties.size(); ++i) {
        const Tie& t = study.ties[i];
        existing.emplace_back(t.wave, std::min(t.source, t.target), std::max(t.source, t.target), i);
    }
    std::sort(existing.begin(), existing.end());

    std::vector<Tie> added;
    for (const Wave& wave : study.waves) {
        std::vector<PairShare> shares;
        for (const WaveInitiative& wi : wave_memberships(study, wave.year)) {
            const std::size_t d = wi.members.size();
            if (d < 2) continue;
            const double weight = method == MembershipProjection::count ? 1.0 : 1.0 / static_cast<double>(d - 1);
            for (std::size_t i = 0; i < d; ++i)
                for (std::size_t j = i + 1; j < d; ++j)
                    shares.push_back({wi.members[i].actor, wi.members[j].actor, weight,
                                      std::min(wi.members[i].confidence, wi.members[j].confidence), wi.initiative});
        }
        // Each pair's shares side by side, in the study's order of initiatives
        // (so that the sum of weights is the same on every run).
        std::stable_sort(shares.begin(), shares.end(), [](const PairShare& x, const PairShare& y) {
            return std::tie(x.a, x.b) < std::tie(y.a, y.b);
        });
        ProjectedWave record;
        record.year = wave.year;
        for (std::size_t i = 0; i < shares.size();) {
            std::size_t end = i;
            double weight = 0;
            Confidence confidence = Confidence::assumed;
            std::string ids;
            for (; end < shares.size() && shares[end].a == shares[i].a && shares[end].b == shares[i].b; ++end) {
                weight += shares[end].weight;
                confidence = std::max(confidence, shares[end].confidence);
                ids += (ids.empty() ? "" : ";") + study.initiatives[shares[end].initiative].id;
            }
            const auto key = std::make_tuple(wave.year, shares[i].a, shares[i].b, std::size_t{0});
            const auto it = std::lower_bound(existing.begin(), existing.end(), key);
            if (it != existing.end() && std::get<0>(*it) == wave.year && std::get<1>(*it) == shares[i].a &&
                std::get<2>(*it) == shares[i].b) {
                out.ties[std::get<3>(*it)].weight += weight;
                ++record.ties_reinforced;
            } else {
                Tie tie;
                tie.source = shares[i].a;
                tie.target = shares[i].b;
                tie.wave = wave.year;
                tie.weight = weight;
                tie.kind = std::string(co_membership_kind);
                tie.initiative = std::move(ids);
                tie.confidence = confidence;
                added.push_back(std::move(tie));
                ++record.links_added;
            }
            i = end;
        }
        out.projection.waves.push_back(record);
    }
    out.ties.insert(out.ties.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    return out;
}

}  // namespace helixnet

namespace helixnet {

std::string projection_note(const ProjectionRecord& record, Language language) {
    if (!record.applied()) return {};
    const bool nl = language == Language::dutch;
    std::string out =
        nl ? "De banden bevatten gedeeld lidmaatschap (--memberships " : "Ties include co-membership (--memberships ";
    out += to_string(record.method);
    if (record.method == MembershipProjection::count)
        out += nl ? ": gewicht = aantal gedeelde initiatieven)." : ": weight = initiatives shared).";
    else
        out += nl ? ": gewicht = som van 1/(leden − 1) over de gedeelde initiatieven)."
                  : ": weight = sum of 1/(members − 1) over the initiatives shared).";
    for (std::size_t i = 0; i < record.waves.size(); ++i) {
        const ProjectedWave& w = record.waves[i];
        out += (i == 0 ? " " : "; ") + std::to_string(w.year) + ": " + std::to_string(w.links_added) +
               (nl ? (w.links_added == 1 ? " band toegevoegd, " : " banden toegevoegd, ")
                   : (w.links_added == 1 ? " link added, " : " links added, ")) +
               std::to_string(w.ties_reinforced) +
               (nl ? (w.ties_reinforced == 1 ? " band versterkt" : " banden versterkt")
                   : (w.ties_reinforced == 1 ? " tie strengthened" : " ties strengthened"));
    }
    if (!record.waves.empty()) out += ".";
    return out;
}

}  // namespace helixnet
