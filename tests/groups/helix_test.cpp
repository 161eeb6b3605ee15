#include "helixnet/groups/helix.hpp"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace helixnet {
namespace {

using R = HelixRole;

//   G5 --- I1 --- N6        G0-I1-E2 is the one helix triangle.
//           | \   /         Open helix triads, by middle actor:
//           |  G0 --- E3      G0: I1-G0-E3;  I1: G5-I1-E2;  E2: G0-E2-I4.
//           | /               N6 has no role and never counts.
//           E2 --- I4
TEST(Helix, CountsTrianglesOnceAndOpenTriadsByTheirMiddle) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {0, 2}, {1, 2}, {0, 3},
                                                          {2, 4}, {5, 1}, {6, 0}, {6, 1}};
    const std::vector<R> roles = {R::government, R::industry,   R::education, R::education,
                                  R::industry,   R::government, R::none};
    const HelixCounts c = helix_counts(build_graph(7, edges), roles);
    EXPECT_EQ(c.triangles, 1u);
    EXPECT_EQ(c.open_triads, 3u);
    EXPECT_EQ(c.ties, 6u);  // every tie but N6's two
}

// G0 - G1 - I2 - N3, I2 - I4: only G1-I2 joins two different roles.
TEST(Helix, TiesCountOnlyPairsOfDifferentRoles) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {1, 2}, {2, 3}, {2, 4}};
    const std::vector<R> roles = {R::government, R::government, R::industry, R::none, R::industry};
    EXPECT_EQ(helix_counts(build_graph(5, edges), roles).ties, 1u);
}

TEST(Helix, RolesFromMetadataOrValueNames) {
    Study s;
    s.waves = {{2024, ""}};
    const char* sectors[] = {"overheid", "industry", "education", "intermediary", ""};
    for (const char* sector : sectors) {
        Actor a;
        a.id = sector[0] ? sector : "none";
        if (sector[0]) a.attributes["sector"] = sector;
        s.actors.push_back(a);
    }
    AttributeInfo info;
    info.name = "sector";
    ValueInfo gov;
    gov.helix = "government";
    info.values = {{"overheid", gov}, {"industry", {}}};
    s.attributes.push_back(info);
    s.attribute_names = {"sector"};
    s.reindex();
    const auto roles = helix_roles(s, build_wave_graph(s, 2024));
    EXPECT_EQ(roles, (std::vector<R>{R::government, R::industry, R::education, R::none, R::none}));
}

}  // namespace
}  // namespace helixnet
