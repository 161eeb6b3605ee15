#include "helixnet/study/memberships.hpp"

#include <algorithm>

namespace helixnet {

std::vector<WaveInitiative> wave_memberships(const Study& study, int year) {
    std::vector<WaveInitiative> out;
    if (!study.has_wave(year)) return out;
    for (std::uint32_t i = 0; i < study.initiatives.size(); ++i) {
        WaveInitiative wi;
        wi.initiative = i;
        for (const Membership& m : study.initiatives[i].members) {
            // (The loaders reject a listed wave the actor does not exist in; a
            // study built in code may hold one, and it is not a membership.)
            const bool in_wave = study.actor_in_wave(m.actor, year) &&
                                 (m.waves.empty() || std::find(m.waves.begin(), m.waves.end(), year) != m.waves.end());
            if (in_wave) wi.members.push_back({m.actor, m.level()});
        }
        if (wi.members.empty()) continue;
        // One membership per actor, the surest record first after sorting.
        std::sort(wi.members.begin(), wi.members.end(), [](const WaveMember& a, const WaveMember& b) {
            return a.actor != b.actor ? a.actor < b.actor : a.confidence > b.confidence;
        });
        wi.members.erase(std::unique(wi.members.begin(), wi.members.end(),
                                     [](const WaveMember& a, const WaveMember& b) { return a.actor == b.actor; }),
                         wi.members.end());
        out.push_back(std::move(wi));
    }
    return out;
}

}  // namespace helixnet
