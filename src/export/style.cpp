#include "style.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace helixnet::diagram_style {

namespace {

using graphviz::escape_label;

std::size_t characters(std::string_view text) {
    std::size_t n = 0;
    for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// Words filled into lines of at most `width` characters (a longer word has a
// line of its own).
std::vector<std::string> fill(const std::vector<std::string>& words, std::size_t width) {
    std::vector<std::string> lines;
    for (const auto& w : words) {
        if (!lines.empty() && characters(lines.back()) + 1 + characters(w) <= width)
            lines.back() += " " + w;
        else
            lines.push_back(w);
    }
    return lines;
}

}  // namespace

std::string wrap_name(const std::string& name) {
    const std::size_t length = characters(name);
    if (length <= wrap_after || name.find_first_of("\r\n") != std::string::npos) return name;
    std::vector<std::string> words;
    std::size_t longest = 0;
    for (std::size_t at = 0; at <= name.size();) {
        const std::size_t space = std::min(name.find(' ', at), name.size());
        if (space > at) {
            words.push_back(name.substr(at, space - at));
            longest = std::max(longest, characters(words.back()));
        }
        at = space + 1;
    }
    if (words.size() < 2) return name;
    const std::size_t lines = std::max<std::size_t>(2, (length + 21) / 22);
    std::vector<std::string> best;
    for (std::size_t width = std::max(longest, (length + lines - 1) / lines); width <= length; ++width) {
        best = fill(words, width);
        if (best.size() <= lines) break;
    }
    std::string out;
    for (const auto& l : best) out += (out.empty() ? "" : "\n") + l;
    return out;
}

bool outside_value(const std::string& value) { return value.empty() || value == "outside" || value == "unknown"; }

std::string format_number(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string s = buffer;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

std::string with_alpha(const std::string& colour, const char* alpha) {
    if (colour.size() == 7 && colour[0] == '#') return colour + alpha;
    return colour;
}

Style::Style(const Study& study, std::string colour_by, const DiagramData& data, double largest_size, bool labels)
    : study_(study),
      colour_by_(std::move(colour_by)),
      colours_(value_colours(study, colour_by_)),
      weight_{data.lightest_tie, data.heaviest_tie},
      largest_size_(largest_size),
      labels_(labels) {}

std::string Style::colour_of(const Actor& actor) const {
    const std::string v = value_of(actor, colour_by_);
    for (const auto& s : colours_)
        if (s.value == v) return s.colour;
    return unknown_colour;
}

std::string Style::node_name(std::uint32_t actor) const {
    const std::string& id = study_.actors[actor].id;
    if (id.find('\\') == std::string::npos) return id;
    std::string name = "actor " + std::to_string(actor + 1);
    while (study_.actor_index(name)) name += "_";
    return name;
}

graphviz::DotNode Style::node(std::uint32_t actor, double size) const {
    const Actor& a = study_.actors[actor];
    graphviz::DotNode n;
    n.name = node_name(actor);
    const std::string colour = colour_of(a);
    // Area follows the measure: the size grows with its square root.
    const double t = largest_size_ > 0 ? std::sqrt(std::max(0.0, size) / largest_size_) : 0.0;
    if (labels_) {
        n.attributes.set("label", escape_label(wrap_name(a.name)));
        n.attributes.set("fontsize", format_number(smallest_font + (largest_font - smallest_font) * t));
        n.attributes.set("fillcolor", with_alpha(colour, "59"));
    } else {
        n.attributes.set("shape", "circle");
        n.attributes.set("label", "");
        n.attributes.set("width", format_number(0.08 + 0.3 * t));
        n.attributes.set("fillcolor", colour);
    }
    n.attributes.set("color", colour);
    n.attributes.set("tooltip", escape_label(a.name));
    return n;
}

graphviz::DotEdge Style::tie(const ActorPair& pair, double weight, double extra_width) const {
    graphviz::DotEdge e;
    e.tail = node_name(pair.first);
    e.head = node_name(pair.second);
    e.attributes.set("penwidth", format_number(1.0 + extra_width + 3.0 * weight_(weight)));
    e.attributes.set("tie_weight", format_number(weight));
    e.attributes.set("tooltip", escape_label(study_.actors[pair.first].name + " \xE2\x80\x93 " +
                                             study_.actors[pair.second].name + " (" + format_number(weight) + ")"));
    return e;
}

void Style::set_common(graphviz::DotGraph& g) const {
    g.graph.set("fontname", font);
    g.graph.set("charset", "UTF-8");
    g.node_defaults.set("fontname", font);
    g.node_defaults.set("shape", "box");
    g.node_defaults.set("style", "rounded,filled");
    g.node_defaults.set("margin", "0.1,0.04");
    g.node_defaults.set("penwidth", "1.4");
    g.edge_defaults.set("color", tie_colour);
}

std::string cluster_name(std::size_t index, const std::string& value) {
    return value.find('\\') == std::string::npos ? "cluster_" + value : "cluster " + std::to_string(index + 1);
}

std::vector<graphviz::DotSubgraph> cluster_subgraphs(const Study& study, const std::string& attribute,
                                                     const std::vector<std::uint32_t>& actors,
                                                     const std::vector<std::string>& names) {
    std::vector<graphviz::DotSubgraph> out;
    if (attribute.empty()) return out;
    const std::vector<ValueColour> values = value_colours(study, attribute);
    for (std::size_t vi = 0; vi < values.size(); ++vi) {
        const ValueColour& v = values[vi];
        if (outside_value(v.value)) continue;
        graphviz::DotSubgraph s;
        s.name = cluster_name(vi, v.value);
        for (std::size_t i = 0; i < actors.size(); ++i)
            if (value_of(study.actors[actors[i]], attribute) == v.value) s.nodes.push_back(names[i]);
        if (s.nodes.empty()) continue;
        s.attributes.set("label", escape_label(v.label));
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace helixnet::diagram_style
