// The in-memory model of a study (docs/format.md, `helixnet/1`): actors with
// categorical attributes, waves, undirected ties per wave with evidence and
// confidence, and initiatives with their members per wave.
//
// Items refer to each other by index into the study's vectors; `Origin`
// records where each item was read, so that validation can name the place.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "helixnet/study/focus.hpp"

namespace helixnet {

// stated: the source says so; implied: follows from what it says;
// assumed: the encoder's judgement. Ordered so that `>=` means "at least".
enum class Confidence : std::uint8_t { assumed = 0, implied = 1, stated = 2 };

// "stated", "implied" or "assumed" in any case ("Stated" as a spreadsheet
// capitalises it); nullopt for anything else.
std::optional<Confidence> parse_confidence(std::string_view text);
std::string_view to_string(Confidence c);

// Where an item was read: a line (CSV, edge list) or a record index (JSON).
struct Origin {
    std::uint32_t line = 0;    // 1-based line of the record's first line; 0 if unknown
    std::uint32_t record = 0;  // 1-based record number within its file/array
};

struct Wave {
    int year = 0;
    std::string label;
};

struct Actor {
    std::string id;
    std::string name;  // defaults to id when absent
    std::string note;
    // Categorical attributes (sector, region, pillar, ...). A missing or empty
    // value is "unknown" for group metrics.
    std::map<std::string, std::string> attributes;
    std::vector<int> waves;  // empty: every wave of the study
    Origin origin;

    [[nodiscard]] const std::string* attribute(std::string_view key) const;
    // Whether the actor stands for a group of organisations ("ongeveer 60
    // ondernemingen"): its `count` attribute holds a number, a range or a word
    // ("60", "4-5", "unspecified"); empty or absent for one organisation
    // (docs/format.md, "Group actors").
    [[nodiscard]] bool stands_for_group() const;
};

// The actor attribute that marks a group actor (Actor::stands_for_group).
inline constexpr std::string_view group_count_attribute = "count";

struct Tie {
    std::uint32_t source = 0;  // index into Study::actors
    std::uint32_t target = 0;
    int wave = 0;
    double weight = 1.0;
    std::string kind;
    std::string initiative;
    std::string evidence;
    std::string source_ref;
    std::optional<Confidence> confidence;  // absent means stated
    Origin origin;

    [[nodiscard]] Confidence level() const { return confidence.value_or(Confidence::stated); }
};

struct Membership {
    std::uint32_t actor = 0;  // index into Study::actors
    std::vector<int> waves;   // empty: every wave the actor exists in
    std::optional<Confidence> confidence;
    std::string evidence;
    std::string source_ref;
    Origin origin;

    [[nodiscard]] Confidence level() const { return confidence.value_or(Confidence::stated); }
};

struct Initiative {
    std::string id;
    std::string name;
    std::map<std::string, std::string> attributes;  // pillar, ...
    std::vector<Membership> members;
    Origin origin;
};

// Metadata for the values of one attribute: label, colour and (for sector)
// the triple-helix role.
struct ValueInfo {
    std::string label;
    std::string color;
    std::string helix;                                                // "government", "industry", "education" or empty
    nlohmann::ordered_json extra = nlohmann::ordered_json::object();  // other keys, kept as read
};

struct AttributeInfo {
    std::string name;
    std::vector<std::pair<std::string, ValueInfo>> values;  // in declared order

    [[nodiscard]] const ValueInfo* find(std::string_view value) const;
};

// How co-membership was projected into the ties (`--memberships`,
// study/projection.hpp): none, or per wave the links it added and the ties it
// strengthened. Every output of a projected study says so.
enum class MembershipProjection : std::uint8_t { none, count, newman };

struct ProjectedWave {
    int year = 0;
    std::size_t links_added = 0;      // pairs without a tie that got one of kind co-membership
    std::size_t ties_reinforced = 0;  // pairs with a tie whose weight grew
};

struct ProjectionRecord {
    MembershipProjection method = MembershipProjection::none;
    std::vector<ProjectedWave> waves;  // in the study's wave order

    [[nodiscard]] bool applied() const { return method != MembershipProjection::none; }
};
// What the loader does with the same pair listed more than once in a wave
// (study.json `"duplicates"`): one tie whose weight is the records' sum
// (the default, docs/metrics.md) or their largest weight.
enum class DuplicateRule : std::uint8_t { sum, max };

struct Study {
    std::string format = "helixnet/1";
    std::string name;
    std::string description;
    nlohmann::ordered_json sources = nlohmann::ordered_json::array();  // kept as read
    std::vector<Focus> focus;  // the comparisons the study is about (study/focus.hpp)
    std::vector<Wave> waves;   // in declared order
    DuplicateRule duplicates = DuplicateRule::sum;
    std::vector<AttributeInfo> attributes;  // metadata, in declared order
    std::vector<Actor> actors;
    std::vector<Initiative> initiatives;
    std::vector<Tie> ties;
    // Attribute keys used by actors, in order of first appearance.
    std::vector<std::string> attribute_names;
    // What project_memberships added to `ties` (never read from a file).
    ProjectionRecord projection;

    [[nodiscard]] std::optional<std::uint32_t> actor_index(std::string_view id) const;
    [[nodiscard]] bool has_wave(int year) const;
    [[nodiscard]] bool actor_in_wave(std::uint32_t actor, int year) const;
    // The actors that exist in a wave (the size of its network, isolates included).
    [[nodiscard]] std::size_t actors_in_wave(int year) const;
    [[nodiscard]] const AttributeInfo* attribute_info(std::string_view name) const;
    [[nodiscard]] std::vector<int> wave_years() const;
    // Actors' attribute keys plus those declared in `attributes`.
    [[nodiscard]] bool has_attribute(std::string_view name) const;
    // The label of an attribute's value from `attributes.<attribute>.<value>.label`,
    // else the value itself.
    [[nodiscard]] std::string value_label(std::string_view attribute, std::string_view value) const;
    // The helix role of an actor's sector value: from attributes.sector.<v>.helix,
    // else the value itself when it is government/industry/education; else empty.
    [[nodiscard]] std::string_view helix_role(std::string_view sector_value) const;

    // Rebuilds the id -> index lookup; call after changing `actors`.
    void reindex();
    // Adds actors[i] to the lookup (after appending one actor).
    void reindex_one(std::size_t i);

private:
    struct IdHash {  // lets find() take a string_view without building a string
        using is_transparent = void;
        std::size_t operator()(std::string_view id) const { return std::hash<std::string_view>{}(id); }
    };
    std::unordered_map<std::string, std::uint32_t, IdHash, std::equal_to<>> index_;
};

// The study's wave years for messages: "2019, 2022, 2024" ("none").
[[nodiscard]] std::string wave_list(const Study& study);

// Throws Failure unless the study declares wave `year`: "the study has no wave
// 1999 (its waves: 2019, 2022, 2024)".
void require_wave(const Study& study, int year);

// A copy of the study keeping only ties and memberships at or above `level`
// (`--confidence`). Actors, waves and initiatives are kept.
[[nodiscard]] Study filter_by_confidence(const Study& study, Confidence level);

}  // namespace helixnet
