// End-to-end checks of `whatif` and `keyplayers`: output shapes, exit
// statuses, and the message for an unknown id.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../support/run.hpp"

namespace helixnet {
namespace {

using ::testing::HasSubstr;
using testing::run_helixnet;
using testing::shell_quote;
using testing::TempDir;

// Two triangles joined through "hub", which is tied to a and b of the first
// and to d of the second; "solo" has no ties:
//   b ─ c          e
//   │ ╲ │          │ ╲
//  hub ─ a    hub ─ d ─ f
std::string write_study(const TempDir& dir) {
    dir.write("s/study.json", R"({"name": "Bridge study", "waves": [{"year": 2020}, {"year": 2023}]})");
    dir.write("s/actors.csv",
              "id,name,sector,region\n"
              "a,Actor A,government,north\nb,Actor B,industry,north\nc,Actor C,education,north\n"
              "hub,The Hub,government,north\nd,Actor D,industry,south\ne,Actor E,education,south\n"
              "f,Actor F,government,south\nsolo,Solo,industry,south\n");
    dir.write("s/ties.csv",
              "source,target,wave\n"
              "a,b,2023\nb,c,2023\nc,a,2023\na,hub,2023\nb,hub,2023\nhub,d,2023\nd,e,2023\ne,f,2023\nf,d,2023\n"
              "a,b,2020\n");
    return shell_quote((dir.path() / "s").string());
}

TEST(WhatIfCommand, JsonBeforeAndAfter) {
    TempDir dir;
    const std::string study = write_study(dir);
    const auto r = run_helixnet("whatif " + study + " --wave 2023 --remove hub --format json");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["wave"], 2023);
    EXPECT_EQ(j["removed"], nlohmann::json::array({"hub"}));
    EXPECT_EQ(j["before"]["network"]["components"], 2);
    EXPECT_EQ(j["after"]["network"]["components"], 3);
    EXPECT_EQ(j["before"]["network"]["ties"], 9);
    EXPECT_EQ(j["after"]["network"]["ties"], 6);
    EXPECT_NEAR(j["after"]["network"]["fragmentation"].get<double>(), 1.0 - 12.0 / 42, 1e-12);
    EXPECT_EQ(j["cut_off"], nlohmann::json::array({"d", "e", "f"}));  // the lowest-numbered piece stays main
    EXPECT_EQ(j["group_pairs_lost"]["region"], nlohmann::json::parse(R"([["north", "south"]])"));
    EXPECT_EQ(j["before"]["groups"]["sector"]["helix_triangles"], 2);
}

TEST(WhatIfCommand, TableAndCommaSeparatedIds) {
    TempDir dir;
    const std::string study = write_study(dir);
    const auto r = run_helixnet("whatif " + study + " --remove a,hub --by region");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("wave 2023 without Actor A (a), The Hub (hub)"));
    EXPECT_THAT(r.out, HasSubstr("Distance fragmentation"));
    EXPECT_THAT(r.out, HasSubstr("Ties between groups (region)"));
    EXPECT_THAT(r.out, HasSubstr("Cut off from the largest component (2): Actor B; Actor C"));
    EXPECT_THAT(r.out, HasSubstr("Pairs of groups by region that would lose their last tie: north"));
}

TEST(WhatIfCommand, UnknownIdExitsThreeWithTheValue) {
    TempDir dir;
    const std::string study = write_study(dir);
    const auto r = run_helixnet("whatif " + study + " --remove hbu");
    EXPECT_EQ(r.status, 3);
    EXPECT_THAT(r.err, HasSubstr("--remove: error: no actor with this id in the study (did you mean 'hub'?): 'hbu'"));
    EXPECT_TRUE(r.out.empty());
    EXPECT_EQ(run_helixnet("whatif " + study).status, 2);  // --remove is required
    const auto wave = run_helixnet("whatif " + study + " --wave 1999 --remove hub");
    EXPECT_EQ(wave.status, 1);
    EXPECT_THAT(wave.err, HasSubstr("no wave 1999"));
}

TEST(KeyPlayersCommand, JsonAndTable) {
    TempDir dir;
    const std::string study = write_study(dir);
    const auto r = run_helixnet("keyplayers " + study + " -k 1 --format json");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["k"], 1);
    EXPECT_EQ(j["kpp_neg"]["members"], nlohmann::json::array({"hub"}));
    EXPECT_EQ(j["kpp_neg"]["search"], "enumeration");
    EXPECT_EQ(j["kpp_pos"]["reach_2"]["members"], nlohmann::json::array({"hub"}));
    EXPECT_EQ(j["kpp_pos"]["reach_2"]["reach_2"], 6);
    EXPECT_EQ(j["articulation_points"], 2);  // hub, d
    EXPECT_EQ(j["bridges"], nlohmann::json::parse(R"([["hub", "d"]])"));
    EXPECT_TRUE(j["fragmentation_if_removed_exact"].get<bool>());
    EXPECT_EQ(j["actors"].size(), 8u);
    const auto table = run_helixnet("keyplayers " + study + " -k 2");
    ASSERT_EQ(table.status, 0) << table.err;
    EXPECT_THAT(table.out, HasSubstr("Whose departure would fragment the network most"));
    EXPECT_THAT(table.out, HasSubstr("Whose departure alone fragments most"));
    EXPECT_THAT(table.out, HasSubstr("The Hub"));
}

TEST(KeyPlayersCommand, SetLargerThanTheWaveFails) {
    TempDir dir;
    const std::string study = write_study(dir);
    const auto r = run_helixnet("keyplayers " + study + " -k 8");
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("-k 8 is too large"));
    EXPECT_EQ(run_helixnet("keyplayers " + study + " -k 0").status, 2);
}

TEST(FragilityCommands, Help) {
    for (const char* cmd : {"whatif", "keyplayers"}) {
        const auto r = run_helixnet(std::string(cmd) + " --help");
        EXPECT_EQ(r.status, 0) << cmd;
        EXPECT_THAT(r.out, HasSubstr("--wave")) << cmd;
        EXPECT_THAT(r.out, HasSubstr("Borgatti")) << cmd;
    }
    EXPECT_THAT(run_helixnet("--help").out, HasSubstr("keyplayers"));
}

}  // namespace
}  // namespace helixnet
