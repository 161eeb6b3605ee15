// What a diagram shows and in which words: the options of build_diagram
// (export/dot.hpp), the legend's words in English and Dutch, and the error
// that names which option was wrong, so that a front end can name its own
// flag for it.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helixnet/compare/narrative.hpp"
#include "helixnet/error.hpp"
#include "helixnet/study/focus.hpp"

namespace helixnet {

// The words of a diagram's title and legend, all in one language:
// diagram_text(Language) gives English or Dutch, and a caller may change any.
// Labels of attribute values come from the study, as the study writes them.
struct DiagramText {
    std::string wave = "wave";        // title: "wave 2024 (end)"
    std::string change = "change";    // title: "change 2019 (start) → 2024 (end)"
    std::string colour = "colour";    // heading: "colour: sector"
    std::string unknown = "unknown";  // actors without a value
    std::string boxes = "boxes";      // heading: "boxes: region"
    std::string box = "one box per value, named at its top";
    std::string outside = "outside the boxes";  // "outside the boxes: Buiten de regio; no value"
    std::string no_value = "no value";
    std::string size = "size";  // heading: "size: degree"
    std::string larger = "larger name = larger value";
    std::string larger_point = "larger dot = larger value";  // drawings of unlabelled points
    std::string largest = "largest";                         // "largest: 7"
    std::string ties = "ties";                               // heading
    std::string tie = "tie; wider = heavier";
    std::string highlighted = "bold: ties";  // "bold: ties Gorinchem e.o. – Drechtsteden"
    std::string faint = "faint: every other tie";
    std::string change_since = "change since";  // heading: "change since 2019"
    std::string new_tie = "new tie";
    std::string ended_tie = "tie ended (dashed)";
    std::string stable_tie = "tie in both waves";
    std::string joined = "actor joined (double border)";
    std::string left = "actor left (dashed, faded)";
    // An attribute or measure name as the headings show it; absent: the name.
    std::map<std::string, std::string> names;
    char decimal_mark = '.';
};

// The title and legend words in `language`, attribute and measure names
// included.
[[nodiscard]] DiagramText diagram_text(Language language);

// The pairs of groups whose ties a diagram draws bold, every other tie faint,
// are focus pairs (study/focus.hpp): ties between an actor whose `attribute`
// is `group_a` and one whose is `group_b` (either way round; within one group
// when the two are the same, which a diagram allows and a focus does not).
//
// "ATTR=G1:G2" (e.g. "region=gorinchem:drechtsteden"). Throws
// DiagramOptionError (highlight) when the text is not of that form.
[[nodiscard]] Focus parse_highlight(std::string_view text);

struct DiagramOptions {
    std::optional<int> wave;       // absent: the study's last wave
    std::optional<int> diff_from;  // draw the change from this wave to `wave`
    // Absent: "sector" / "region" when the study has that attribute, else
    // none. "" or "none": no colours / no clusters. Any other name must be an
    // attribute of the study.
    std::optional<std::string> colour_by;
    std::optional<std::string> cluster_by;
    std::string size_by = "degree";  // one of size_measures() (export/diagram_data.hpp)
    std::size_t top = 0;             // > 0: only the top actors by size_by in the drawn wave
    // Ties of any of these pairs bold, the others faint; empty: none.
    std::vector<Focus> highlight;  // pairs only (Focus::pair())
    // Drawings of more actors than this are laid out by sfdp without cluster
    // boxes; of more than label_limit, as unlabelled points.
    std::size_t cluster_limit = 500;
    std::size_t label_limit = 2000;
    DiagramText text;
};

// The option a DiagramOptionError is about.
enum class DiagramSetting { wave, diff_from, colour_by, cluster_by, size_by, highlight };

// A diagram option that the study cannot satisfy (a wave it lacks, an
// attribute or measure it does not know). The message names the problem, not
// a command-line flag; setting() says which option it concerns.
class DiagramOptionError : public Failure {
public:
    DiagramOptionError(DiagramSetting setting, const std::string& message) : Failure(message), setting_(setting) {}
    [[nodiscard]] DiagramSetting setting() const { return setting_; }

private:
    DiagramSetting setting_;
};

}  // namespace helixnet
