#include "diagram_legend.hpp"

#include <algorithm>

namespace helixnet {

namespace style = diagram_style;

namespace {

constexpr const char* thick_line = "\xE2\x94\x81\xE2\x94\x81";   // ━━
constexpr const char* thin_line = "\xE2\x94\x80\xE2\x94\x80";    // ──
constexpr const char* dashed_line = "\xE2\x95\x8C\xE2\x95\x8C";  // ╌╌
constexpr const char* en_dash = " \xE2\x80\x93 ";

}  // namespace

LegendFacts legend_facts(const Study& study, const DiagramRequest& request, const style::Style& look,
                         const std::vector<std::uint32_t>& actors, bool boxes, std::optional<int> since) {
    LegendFacts f;
    for (const auto& s : look.colours()) {
        const bool used = std::any_of(actors.begin(), actors.end(), [&](std::uint32_t a) {
            return style::value_of(study.actors[a], look.colour_by()) == s.value;
        });
        if (used) f.colours.push_back(s);
    }
    f.unknown_colour = !look.colour_by().empty() && std::any_of(actors.begin(), actors.end(), [&](std::uint32_t a) {
        return style::value_of(study.actors[a], look.colour_by()).empty();
    });
    f.boxes = boxes && !request.cluster_by.empty();
    if (f.boxes) {
        bool no_value = false;
        for (const auto& v : style::value_colours(study, request.cluster_by)) {
            if (!style::outside_value(v.value)) continue;
            const bool used = std::any_of(actors.begin(), actors.end(), [&](std::uint32_t a) {
                return style::value_of(study.actors[a], request.cluster_by) == v.value;
            });
            if (used) f.outside.push_back(v.label);
        }
        for (const auto a : actors) no_value = no_value || style::value_of(study.actors[a], request.cluster_by).empty();
        if (no_value) f.outside.emplace_back();  // "no value", in the legend's words
    }
    f.largest = look.largest_size();
    f.labels = look.labels();
    f.since = since;
    return f;
}

Legend diagram_legend(const Study& study, const DiagramOptions& options, const DiagramRequest& request,
                      const LegendFacts& facts) {
    const DiagramText& text = options.text;
    const auto name = [&](const std::string& n) {
        const auto it = text.names.find(n);
        return it == text.names.end() ? n : it->second;
    };
    Legend legend;
    if (!request.colour_by.empty()) {
        legend.heading(text.colour + ": " + name(request.colour_by));
        for (const auto& s : facts.colours) legend.swatch(s.colour, s.label);
        if (facts.unknown_colour) legend.swatch(style::unknown_colour, text.unknown);
    }
    if (facts.boxes) {
        legend.heading(text.boxes + ": " + name(request.cluster_by));
        legend.box(style::box_fill, style::box_line, text.box);
        if (!facts.outside.empty()) {
            std::string outside;
            for (const auto& label : facts.outside)
                outside += (outside.empty() ? "" : "; ") + (label.empty() ? text.no_value : label);
            legend.text(text.outside + ": " + outside);
        }
    }
    legend.heading(text.size + ": " + name(options.size_by));
    std::string largest = style::format_number(facts.largest);
    std::replace(largest.begin(), largest.end(), '.', text.decimal_mark);
    if (facts.labels) {
        legend.sizes(style::smallest_font, style::largest_font, text.larger);
    } else {
        legend.glyphs("", "\xE2\x80\xA2\xE2\x97\x8F", text.larger_point);  // •●
    }
    legend.text(text.largest + ": " + largest);
    legend.heading(text.ties);
    legend.glyphs(style::tie_colour, thick_line, text.tie);
    if (!request.highlight.empty()) {
        for (const Focus& h : request.highlight)
            legend.glyphs(style::highlight_colour, thick_line,
                          text.highlighted + "\n" + study.value_label(h.attribute, h.group_a) + en_dash +
                              study.value_label(h.attribute, h.group_b));
        legend.glyphs(style::with_alpha(style::tie_colour, style::faint_alpha), thin_line, text.faint);
    }
    if (facts.since) {
        legend.heading(text.change_since + " " + std::to_string(*facts.since));
        legend.glyphs(style::added_colour, thick_line, text.new_tie);
        legend.glyphs(style::removed_colour, dashed_line, text.ended_tie);
        legend.glyphs(style::stable_colour, thin_line, text.stable_tie);
        legend.glyphs("", "\xE2\x97\x8E", text.joined);
        legend.glyphs(style::left_text_colour, "\xE2\x97\x8C", text.left);
    }
    return legend;
}

}  // namespace helixnet
