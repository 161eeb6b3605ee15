// Internal: assembles a Study from records read by any loader and checks
// every rule of docs/format.md, collecting all problems before deciding. Loaders
// parse syntax; the builder owns the meaning, so that every form reports the
// same errors in the same words.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "helixnet/error.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet::detail {

// Where a record was read: for messages.
struct Place {
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string record;       // e.g. "ties[3]" or "record 4"
    std::uint32_t index = 0;  // 1-based record number
};

struct RawWave {
    std::string year;  // as written
    std::optional<int> parsed;
    std::string label;
    Place place;
};

struct RawActor {
    std::string id;
    std::string name;
    std::string note;
    std::map<std::string, std::string> attributes;
    std::string waves;                             // as written ("2019;2022" or JSON list joined)
    std::optional<std::vector<int>> parsed_waves;  // nullopt: unparseable
    Place place;
};

struct RawTie {
    std::string source, target;
    std::string wave;  // as written
    std::optional<int> parsed_wave;
    std::string weight;  // as written; empty = 1
    std::optional<double> parsed_weight;
    std::string kind, initiative, evidence, source_ref, confidence;
    Place place;
    // The actors' indices, when the reader has just looked the ids up (an
    // edge list); otherwise the builder looks them up.
    std::optional<std::uint32_t> source_index, target_index;
};

struct RawMembership {
    std::string initiative, actor;
    std::string waves;
    std::optional<std::vector<int>> parsed_waves;
    std::string confidence, evidence, source_ref;
    Place place;
};

// The parts of a study a reader may fail to read as a whole (a missing file
// or required column). The builder then keeps quiet about what follows from
// the gap: no "unknown actor" for every tie when actors.csv could not be
// read, no "actor has no ties" when ties.csv could not.
enum class StudyPart : std::uint8_t { actors, ties, memberships };

class StudyBuilder {
public:
    explicit StudyBuilder(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

    Study& study() { return study_; }
    void declare_waves(const std::vector<RawWave>& waves);
    // The metadata of one attribute's values; `places[i]` is where values[i]
    // was read. Checks each value's colour (study/colour.hpp) and helix role.
    void declare_attribute(AttributeInfo info, const std::vector<Place>& places);
    void add_actor(RawActor actor);
    // A name and attributes for an actor already added (an edge list's
    // attribute table describes the actors its ties named); tidied as
    // add_actor tidies them, a non-empty value replacing what was there.
    void describe_actor(std::uint32_t actor, std::string name, std::map<std::string, std::string> attributes,
                        const Place& place);
    void add_initiative(std::string id, std::string name, std::map<std::string, std::string> attributes,
                        const Place& place);
    void add_tie(const RawTie& tie);
    void add_membership(const RawMembership& membership);
    // How the places of warnings found at the end name records by their
    // 0-based index: `actors[3]`, `ties[12]` (JSON, the default), or e.g.
    // `node[3]`, `edge[12]` (GraphML, DOT).
    void name_records(std::string actors, std::string ties) {
        actor_records_ = std::move(actors);
        tie_records_ = std::move(ties);
    }
    void error(const Place& place, std::string message, std::string value = {}, std::string hint = {});
    void warning(const Place& place, std::string message, std::string value = {}, std::string hint = {});
    // A part was not read (its error already reported).
    void part_unreadable(StudyPart part) { unreadable_.insert(part); }

    // Checks what needs the whole study (waves inferred when none were
    // declared, duplicate pairs, actors without ties) and returns the study,
    // or throws InvalidInput with every diagnostic when any error was found.
    Study finish();

private:
    std::optional<std::uint32_t> resolve_actor(const std::string& id, const Place& place, const char* role);
    void check_waves_declared(const std::vector<int>& years, const Place& place, const std::string& written);
    // `value` without spaces around it; a value that had some is noted for
    // the one warning per file that finish() gives.
    std::string tidy(std::string value, const Place& place);
    // "did you mean 'x'?" for an unknown actor id near a known one.
    std::string actor_hint(const std::string& id);
    void merge_duplicates();
    void warn_untied();

    Diagnostics& diagnostics_;
    Study study_;
    bool waves_declared_ = false;
    // Where actors and ties were read, rebuilt from each item's Origin so that
    // a million ties do not carry a million file names.
    Place place_of(const Origin& origin, const std::string& file, const std::string& array) const;
    std::string actor_file_, tie_file_;
    std::map<std::uint32_t, std::string> actor_file_elsewhere_;  // actors not read from actor_file_
    bool json_records_ = false;
    std::string actor_records_ = "actors", tie_records_ = "ties";
    std::vector<std::pair<Place, RawMembership>> pending_memberships_;
    std::set<StudyPart> unreadable_;
    // Per actor (add_actor is the one place actors are added): whether it
    // exists in every wave (has no list of waves), so that checking a tie's
    // actors reads one bit rather than each actor.
    std::vector<bool> in_every_wave_;
    bool in_wave(std::uint32_t actor, int year) const {
        return in_every_wave_[actor] || study_.actor_in_wave(actor, year);
    }
    // Actors named in a tie record that was rejected.
    std::set<std::uint32_t> in_rejected_tie_;
    // Where spaces around ids and values were removed, per file, in order.
    std::vector<std::pair<std::string, std::vector<std::string>>> tidied_;
    // Actor ids as candidates for "did you mean", built at the first unknown id.
    std::vector<std::string_view> actor_ids_;
    std::size_t hints_given_ = 0;
};

// Reads the study-level parts of a JSON document (format, name, description,
// sources, waves, attributes, initiatives with any members) into `builder`.
// `whole` is false for a CSV folder's study.json, where format is optional
// and actors/ties are not expected. Returns the parsed document (null when
// the text is not valid JSON, after reporting why).
nlohmann::ordered_json read_json_header(std::string_view text, const std::string& file, StudyBuilder& builder,
                                        bool whole);

// A number as JSON: a whole number as an integer (`2`, not `2.0`).
nlohmann::ordered_json number_json(double value);

// The text of a whole-file form (GraphML, DOT) without its UTF-8 byte-order
// mark. Throws InvalidInput, with the place, when the text is empty
// ("empty file: expected <what>"), is not UTF-8 or holds a NUL byte.
std::string_view checked_text(std::string_view text, const std::string& file, std::string_view what, Diagnostics& d);

}  // namespace helixnet::detail
