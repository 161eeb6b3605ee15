#include "helixnet/export/colours.hpp"

#include <iterator>
#include <set>

#include "helixnet/study/colour.hpp"

namespace helixnet {
namespace {

constexpr const char* palette[] = {"#E69F00", "#56B4E9", "#009E73", "#F0E442",
                                   "#0072B2", "#D55E00", "#CC79A7", "#000000"};

// A study colour as Graphviz reads it: `#rgb` spelled out as `#rrggbb`;
// empty for anything study/colour.hpp does not accept, which the loaders
// reject but a study built in code may hold (Graphviz's gradient parser
// crashes on some such values).
std::string graphviz_colour(const std::string& colour) {
    if (!is_valid_colour(colour)) return {};
    if (colour.size() == 4 && colour[0] == '#')
        return {'#', colour[1], colour[1], colour[2], colour[2], colour[3], colour[3]};
    return colour;
}

}  // namespace

std::string value_of(const Actor& actor, const std::string& attribute) {
    if (attribute.empty()) return {};
    const std::string* v = actor.attribute(attribute);
    return v ? *v : std::string();
}

std::vector<ValueColour> value_colours(const Study& study, const std::string& attribute) {
    std::vector<ValueColour> out;
    if (attribute.empty()) return out;
    std::set<std::string> seen;
    if (const AttributeInfo* info = study.attribute_info(attribute))
        for (const auto& [value, meta] : info->values)
            if (seen.insert(value).second)
                out.push_back({value, meta.label.empty() ? value : meta.label, graphviz_colour(meta.color)});
    for (const Actor& a : study.actors) {
        const std::string v = value_of(a, attribute);
        if (!v.empty() && seen.insert(v).second) out.push_back({v, v, ""});
    }
    std::size_t next = 0;
    for (auto& s : out)
        if (s.colour.empty()) s.colour = palette[next++ % std::size(palette)];
    return out;
}

}  // namespace helixnet
