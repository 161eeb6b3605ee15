#include "helixnet/report/report.hpp"
#include "helixnet/util/xml.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <system_error>

#include <fmt/format.h>

#include "helixnet/analysis/focus.hpp"
#include "helixnet/analysis/measures.hpp"
#include "helixnet/compare/robustness.hpp"
#include "helixnet/error.hpp"
#include "helixnet/export/dot.hpp"
#include "helixnet/export/render.hpp"
#include "helixnet/export/two_mode.hpp"
#include "helixnet/groups/wave_groups.hpp"
#include "helixnet/report/explorer.hpp"
#include "helixnet/report/fragility_section.hpp"
#include "helixnet/report/html.hpp"
#include "helixnet/report/robustness_section.hpp"
#include "helixnet/report/strings.hpp"
#include "helixnet/report/style.hpp"
#include "helixnet/report/trend_chart.hpp"
#include "helixnet/study/projection.hpp"
#include "helixnet/util/atomic_file.hpp"
#include "helixnet/util/number.hpp"
#include "initiatives_section.hpp"

namespace helixnet {
namespace {

constexpr const char* arrow = "\xE2\x86\x92";  // →
constexpr const char* dash = "\xE2\x80\x93";   // –

std::string esc(std::string_view s) { return xml_escape(s); }

// Everything the page is written from, measured once.
struct Material {
    Material(const Study& s, const ReportOptions& o, const ReportStrings& strings) : study(s), options(o), t(strings) {}

    const Study& study;
    const ReportOptions& options;
    const ReportStrings& t;
    std::vector<std::string> by;                 // grouping attributes
    std::vector<WaveAnalysis> waves;             // in the study's wave order
    std::vector<Focus> focus;                    // the comparisons the page leads with
    std::vector<WaveComparison> consecutive;     // wave i → i+1
    std::optional<WaveComparison> overall;       // first → last (also when there are only two waves)
    std::vector<std::string> diagram_svg;        // inline, per wave
    std::string change_svg;                      // inline, first → last; empty for one wave
    std::string community_svg;                   // inline, the last wave coloured by community
    std::vector<TwoModeFigure> two_mode;         // per wave; empty without initiatives
    bool explorer = false;                       // the page carries the explorer (report/explorer.hpp)
    std::optional<RobustnessResult> robustness;  // several waves: how sure each change is
};

std::string value_colour(const Study& study, std::string_view attribute, const std::string& value) {
    if (const AttributeInfo* info = study.attribute_info(attribute))
        if (const ValueInfo* v = info->find(value)) return safe_colour(v->color);
    return {};
}

// The actor's name with a dot in its sector colour.
std::string actor_html(const Study& study, std::uint32_t actor) {
    const Actor& a = study.actors.at(actor);
    std::string dot;
    if (const std::string* sector = a.attribute("sector")) {
        const std::string colour = value_colour(study, "sector", *sector);
        if (!colour.empty())
            dot = fmt::format(R"(<span class="dot" style="background:{}" title="{}"></span>)", colour,
                              esc(study.value_label("sector", *sector)));
    }
    return dot + esc(a.name);
}

std::string sector_html(const Study& study, std::uint32_t actor) {
    const std::string* sector = study.actors.at(actor).attribute("sector");
    if (!sector || sector->empty()) return dash;
    return esc(study.value_label("sector", *sector));
}

std::string confidence_label(const ReportStrings& t, std::string_view level) {
    if (level == "stated") return std::string(t.levels_stated);
    if (level == "implied") return std::string(t.levels_implied);
    if (level == "assumed") return std::string(t.levels_assumed);
    return std::string(level);
}

// Whether betweenness was estimated in any wave (large waves, ReportOptions).
bool any_estimated(const Material& m) {
    return std::any_of(m.waves.begin(), m.waves.end(),
                       [](const WaveAnalysis& w) { return w.metrics.approximation.has_value(); });
}

// The note under a table with betweenness when it was estimated in some wave:
// which waves, and how close the estimate is with what probability.
std::string estimated_note(const Material& m) {
    std::string years;
    const BetweennessApproximation* a = nullptr;
    for (const auto& w : m.waves)
        if (w.metrics.approximation) {
            years += (years.empty() ? "" : ", ") + std::to_string(w.metrics.wave);
            a = &*w.metrics.approximation;
        }
    if (!a) return {};
    const Language lang = m.options.language;
    return "<p class=\"note\">" +
           esc(fmt::format(fmt::runtime(m.t.estimated_note), fmt::arg("waves", years),
                           fmt::arg("epsilon", format_decimal(a->epsilon, 2, lang)),
                           fmt::arg("probability", format_decimal(1.0 - a->delta, 2, lang)))) +
           "</p>";
}

// ---- Sections ----------------------------------------------------------------

struct Section {
    std::string id;
    std::string title;
};

std::string section_head(const Section& s, std::size_t number) {
    return fmt::format(R"(<section id="{}"><h2><span class="num">{}</span>{}</h2>)", s.id, number, esc(s.title));
}

std::string cover(const Material& m) {
    const Study& study = m.study;
    std::string out = R"(<header class="cover"><div class="wrap">)";
    out += "<p class=\"kicker\">" + esc(m.t.kicker) + "</p>";
    out += "<h1>" + esc(study.name) + "</h1>";
    if (!study.description.empty()) out += "<p class=\"lede\">" + esc(study.description) + "</p>";
    out += "<ol class=\"wave-list\">";
    for (const auto& w : study.waves)
        out += fmt::format("<li><b>{}</b>{}</li>", w.year, w.label.empty() ? "" : "<span>" + esc(w.label) + "</span>");
    out += "</ol>";
    if (!m.options.confidence.empty())
        out += "<p class=\"note\">" + esc(m.t.confidence_note) + " <b>" + esc(m.options.confidence) + "</b> (" +
               esc(confidence_label(m.t, m.options.confidence)) + ")</p>";
    if (study.projection.applied())
        out += "<p class=\"note\">" + esc(projection_note(study.projection, m.options.language)) + "</p>";
    out += "</div></header>";
    return out;
}

std::string contents(const Material& m, const std::vector<Section>& sections) {
    std::string out =
        "<nav class=\"toc\" aria-label=\"" + esc(m.t.contents) + "\"><h2>" + esc(m.t.contents) + "</h2><ol>";
    for (const auto& s : sections) out += fmt::format(R"(<li><a href="#{}">{}</a></li>)", s.id, esc(s.title));
    out += "</ol></nav>";
    return out;
}

// Headline cards (view_card of the table of measures): the last wave's value
// with the first wave's beside it; group measures once per --by attribute.
std::string overview(const Material& m) {
    const Language lang = m.options.language;
    struct Card {
        std::string label;
        const Measure* measure;
        std::optional<double> from, to;
    };
    std::vector<Card> cards;
    const WaveAnalysis& first = m.waves.front();
    const WaveAnalysis& last = m.waves.back();
    const Measure& ties = *find_measure(MeasureLevel::group, "external_ties");
    for (const Focus& f : m.focus)
        cards.push_back({focus_label(m.study, f, lang), &ties, focus_ties(first, f), focus_ties(last, f)});
    for (const Measure& measure : all_measures()) {
        if (!measure.in(view_card)) continue;
        if (measure.level == MeasureLevel::network)
            cards.push_back(
                {std::string(measure.text(lang).label), &measure, measure.network(first), measure.network(last)});
        else if (measure.level == MeasureLevel::group)
            for (const auto& attribute : m.by) {
                if (std::find(m.focus.begin(), m.focus.end(), Focus{attribute, "", ""}) != m.focus.end())
                    continue;  // already a card of the focus
                const AttributeGroups* a = first.groups.find(attribute);
                const AttributeGroups* b = last.groups.find(attribute);
                if (a && b && measure.applies_to(*a) && measure.applies_to(*b))
                    cards.push_back({std::string(m.t.between_top) + " " + attribute_noun(m.t, attribute), &measure,
                                     measure.group(*a), measure.group(*b)});
            }
    }
    std::string out = "<div class=\"cards\">";
    for (const auto& c : cards) {
        out += "<div class=\"card\"><div class=\"card-label\">" + esc(c.label) + "</div>";
        out += "<div class=\"card-value\">" + format_measure(*c.measure, c.to, lang) + "</div>";
        out += fmt::format("<div class=\"card-wave\">{} {}</div>", esc(m.t.wave), m.study.waves.back().year);
        if (m.waves.size() > 1)
            out += fmt::format("<div class=\"card-from\">{}: {}</div>", m.study.waves.front().year,
                               format_measure(*c.measure, c.from, lang));
        out += "</div>";
    }
    out += "</div>";
    return out;
}

std::string wave_caption(const Material& m, std::size_t i) {
    const Wave& w = m.study.waves[i];
    const auto& n = m.waves[i].metrics.network;
    std::string out = fmt::format("<b>{}</b>", w.year);
    if (!w.label.empty()) out += " " + esc(w.label);
    out += fmt::format(R"(<span class="meta">{} {} · {} {}</span>)", n.actors, esc(m.t.actors_unit), n.ties,
                       esc(m.t.ties_unit));
    return out;
}

std::string diagrams(const Material& m) {
    std::string out = "<p class=\"intro\">" + esc(m.t.diagrams_intro) + "</p>";
    if (m.explorer) out += explorer_html(m.options.language);
    out += fmt::format(R"(<div class="diagrams n{}">)", std::min<std::size_t>(m.waves.size(), 3));
    for (std::size_t i = 0; i < m.waves.size(); ++i) {
        const int year = m.study.waves[i].year;
        out += fmt::format(
            R"(<figure class="diagram" data-view="{0}"><a href="wave-{0}.svg" title="{1}">{2}</a><figcaption>{3})",
            year, esc(m.t.open_full_size), m.diagram_svg[i], wave_caption(m, i));
        if (m.options.png)
            out += fmt::format(R"( <a class="file" href="wave-{}.png">{}</a>)", year, esc(m.t.png_version));
        out += "</figcaption></figure>";
    }
    out += "</div>";
    return out;
}

// The last wave drawn with each cluster in its own colour (communities
// section), linked to its file like the other drawings.
std::string community_figure(const Material& m) {
    if (m.community_svg.empty()) return {};
    const int year = m.waves.back().year();
    const bool nl = m.options.language == Language::dutch;
    std::string out = fmt::format(R"(<figure class="diagram wide"><a href="communities-{0}.svg" title="{1}">{2}</a>)",
                                  year, esc(m.t.open_full_size), m.community_svg);
    out += fmt::format(
        "<figcaption><b>{} {}</b>",
        esc(nl ? "Clusters (Leiden), elk in een eigen kleur," : "Clusters (Leiden), each in its own colour,"), year);
    if (m.options.png)
        out += fmt::format(R"( <a class="file" href="communities-{}.png">{}</a>)", year, esc(m.t.png_version));
    return out + "</figcaption></figure>";
}

std::string change(const Material& m) {
    std::string out = "<p class=\"intro\">" + esc(m.t.change_intro) + "</p>";
    const int first = m.study.waves.front().year, last = m.study.waves.back().year;
    if (!m.change_svg.empty()) {
        out += fmt::format(
            R"(<figure class="diagram wide" data-view="change"><a href="change-{0}-{1}.svg" title="{2}">{3}</a>)",
            first, last, esc(m.t.open_full_size), m.change_svg);
        out += fmt::format("<figcaption><b>{} {} {} {}</b>", esc(m.t.change_caption), first, arrow, last);
        if (m.options.png)
            out += fmt::format(R"( <a class="file" href="change-{}-{}.png">{}</a>)", first, last, esc(m.t.png_version));
        out += "</figcaption></figure>";
    }
    out += "<div class=\"story\">";
    const auto paragraph = [&](const WaveComparison& c) {
        out += fmt::format("<h3>{} {} {}</h3><p>{}</p>", c.from, arrow, c.to,
                           esc(change_paragraph(m.study, c, m.options.language)));
    };
    for (const auto& c : m.consecutive) paragraph(c);
    if (m.consecutive.size() > 1 && m.overall) paragraph(*m.overall);
    out += "</div>";
    return out;
}

std::vector<std::optional<double>> per_wave(const Material& m, const auto& get) {
    std::vector<std::optional<double>> values;
    for (const auto& w : m.waves) values.push_back(get(w));
    return values;
}

std::string chart_figure(const std::string& title, const std::string& svg) {
    return "<figure class=\"chart\"><figcaption>" + esc(title) + "</figcaption>" + svg + "</figure>";
}

std::string trends(const Material& m) {
    const Language lang = m.options.language;
    std::vector<int> years = m.study.wave_years();
    std::string out = "<p class=\"intro\">" + esc(m.t.trends_intro) + "</p><div class=\"charts\">";
    const auto single = [&](const std::string& title, std::vector<std::optional<double>> values, int decimals,
                            std::optional<double> y_max = std::nullopt) {
        TrendChart c;
        c.title = title;
        c.years = years;
        c.series.push_back({title, std::move(values), false, ""});
        c.decimals = decimals;
        c.language = lang;
        c.y_min = 0.0;
        c.y_max = y_max;
        out += chart_figure(title, trend_chart_svg(c));
    };
    const auto network_chart = [&](std::string_view key, std::optional<double> y_max = std::nullopt) {
        const Measure& measure = *find_measure(MeasureLevel::network, key);
        single(std::string(measure.text(lang).label),
               per_wave(m, [&](const WaveAnalysis& w) { return measure.network(w); }), measure.decimals, y_max);
    };
    network_chart("density");
    for (const auto& attribute : m.by) {
        single(std::string(m.t.between_top) + " " + attribute_noun(m.t, attribute),
               per_wave(m,
                        [&](const WaveAnalysis& w) -> std::optional<double> {
                            const AttributeGroups* g = w.groups.find(attribute);
                            if (!g) return std::nullopt;
                            return double(g->metrics.external_ties);
                        }),
               0);
        // Ties between each pair of declared values, for an attribute with few
        // of them (the sub-regions of a region deal).
        const AttributeInfo* info = m.study.attribute_info(attribute);
        if (attribute == "sector" || !info || info->values.size() < 2 || info->values.size() > pair_clause_limit)
            continue;
        for (std::size_t a = 0; a < info->values.size(); ++a)
            for (std::size_t b = a + 1; b < info->values.size(); ++b) {
                const std::string& va = info->values[a].first;
                const std::string& vb = info->values[b].first;
                single(fmt::format("{} {} {} {}", m.t.ties_between, m.study.value_label(attribute, va), dash,
                                   m.study.value_label(attribute, vb)),
                       per_wave(m,
                                [&](const WaveAnalysis& w) -> std::optional<double> {
                                    const AttributeGroups* g = w.groups.find(attribute);
                                    if (!g) return std::nullopt;
                                    const auto i = g->grouping.find(va), j = g->grouping.find(vb);
                                    if (!i || !j) return 0.0;
                                    return double(g->metrics.mixing[*i][*j]);
                                }),
                       0);
            }
    }
    for (const auto& attribute : m.by) {
        TrendChart c;
        c.title = fmt::format("{} ({})", find_measure(MeasureLevel::group, "ei_index")->text(lang).label,
                              attribute_noun(m.t, attribute));
        c.years = years;
        const auto get = [&](auto field) {
            return per_wave(m, [&](const WaveAnalysis& w) -> std::optional<double> {
                const AttributeGroups* g = w.groups.find(attribute);
                return g ? g->metrics.*field : std::nullopt;
            });
        };
        c.series.push_back({std::string(m.t.observed), get(&GroupMetrics::ei_index), false, ""});
        c.series.push_back({std::string(m.t.expected), get(&GroupMetrics::expected_ei_index), true, "#6b7785"});
        c.y_min = -1.0;
        c.y_max = 1.0;
        c.decimals = 2;
        c.language = lang;
        out += chart_figure(c.title, trend_chart_svg(c));
    }
    network_chart("largest_component_share", 1.0);
    out += "</div>";
    return out;
}

std::string figures(const Material& m) {
    const Language lang = m.options.language;
    const bool change = m.waves.size() > 1;
    std::string out = "<p class=\"intro\">" + esc(m.t.figures_intro) + "</p>";
    out += "<div class=\"table-wrap\"><table class=\"figures\"><thead><tr><th>" + esc(m.t.measure) + "</th>";
    for (const auto& w : m.waves) out += fmt::format("<th class=\"num\">{}</th>", w.year());
    if (change)
        out += fmt::format("<th class=\"num\">{} {} {} {}</th>", esc(m.t.change_column), m.waves.front().year(), arrow,
                           m.waves.back().year());
    out += "</tr></thead><tbody>";
    const auto row = [&](std::string_view label, const Measure& measure,
                         const std::vector<std::optional<double>>& values, bool sub = false) {
        out += fmt::format("<tr{}><th scope=\"row\">{}</th>", sub ? " class=\"sub\"" : "", esc(label));
        for (const auto& x : values) out += "<td class=\"num\">" + format_measure(measure, x, lang) + "</td>";
        if (change) {
            std::string cell = measure.kind == MeasureKind::probability
                                   ? std::string(dash)
                                   : esc(format_change(measure, values.front(), values.back(), lang));
            out += "<td class=\"num change\">" + cell + "</td>";
        }
        out += "</tr>";
    };
    const bool estimated = any_estimated(m);
    for (const Measure& measure : all_measures()) {
        if (measure.level != MeasureLevel::network || !measure.in(view_report)) continue;
        std::string label(measure.text(lang).label);
        if (estimated && measure.key == "betweenness_centralization") label += " (" + std::string(m.t.estimated) + ")";
        row(label, measure, per_wave(m, [&](const WaveAnalysis& w) { return measure.network(w); }));
    }
    for (const auto& attribute : m.by) {
        out += fmt::format(R"(<tr class="group"><th colspan="{}">{}</th></tr>)", m.waves.size() + (change ? 2 : 1),
                           esc(attribute_noun(m.t, attribute)));
        for (const Measure& measure : all_measures()) {
            if (measure.level != MeasureLevel::group || !measure.in(view_report)) continue;
            row(measure.text(lang).label, measure,
                per_wave(m,
                         [&](const WaveAnalysis& w) -> std::optional<double> {
                             const AttributeGroups* g = w.groups.find(attribute);
                             return g && measure.applies_to(*g) ? measure.group(*g) : std::nullopt;
                         }),
                true);
        }
    }
    out += "</tbody></table></div>";
    if (estimated) out += estimated_note(m);
    return out;
}

// A table with one column per wave and one row per rank.
std::string ranking_table(const Material& m, const std::string& caption,
                          const std::vector<std::vector<std::pair<std::uint32_t, std::string>>>& per_wave_list) {
    std::size_t rows = 0;
    for (const auto& l : per_wave_list) rows = std::max(rows, l.size());
    std::string out = "<div class=\"table-wrap\"><table class=\"ranking\"><caption>" + esc(caption) +
                      "</caption><thead><tr><th class=\"rank\">" + esc(m.t.rank) + "</th>";
    for (const auto& w : m.study.waves) out += fmt::format("<th>{}</th>", w.year);
    out += "</tr></thead><tbody>";
    if (rows == 0)
        out +=
            fmt::format(R"(<tr><td></td><td colspan="{}" class="muted">{}</td></tr>)", m.waves.size(), esc(m.t.none));
    for (std::size_t r = 0; r < rows; ++r) {
        out += fmt::format("<tr><td class=\"rank\">{}</td>", r + 1);
        for (const auto& l : per_wave_list) {
            if (r < l.size())
                out +=
                    "<td>" + actor_html(m.study, l[r].first) + " <span class=\"score\">" + l[r].second + "</span></td>";
            else
                out += "<td></td>";
        }
        out += "</tr>";
    }
    out += "</tbody></table></div>";
    return out;
}

std::string actors(const Material& m) {
    const Language lang = m.options.language;
    std::string out = "<p class=\"intro\">" + esc(m.t.actors_intro) + "</p>";
    std::vector<std::vector<std::pair<std::uint32_t, std::string>>> lists;
    for (const auto& w : m.waves) {
        std::vector<const ActorMetrics*> order;
        for (const auto& a : w.metrics.actors)
            if (a.betweenness && *a.betweenness > 1e-12) order.push_back(&a);
        std::stable_sort(order.begin(), order.end(), [&](const ActorMetrics* a, const ActorMetrics* b) {
            if (std::fabs(*a->betweenness - *b->betweenness) > 1e-12) return *a->betweenness > *b->betweenness;
            return m.study.actors[a->actor].name < m.study.actors[b->actor].name;
        });
        if (order.size() > m.options.top) order.resize(m.options.top);
        auto& list = lists.emplace_back();
        for (const ActorMetrics* a : order) list.emplace_back(a->actor, format_decimal(a->betweenness, 3, lang));
    }
    if (any_estimated(m)) {
        out += ranking_table(m, std::string(m.t.by_betweenness) + " (" + std::string(m.t.estimated) + ")", lists);
        out += estimated_note(m);
    } else {
        out += ranking_table(m, std::string(m.t.by_betweenness), lists);
    }
    // Brokerage between groups (itinerant + gatekeeper + liaison) depends on
    // the grouping: one table per --by attribute.
    for (const auto& attribute : m.by) {
        lists.clear();
        for (const auto& w : m.waves) {
            auto& list = lists.emplace_back();
            if (const AttributeGroups* g = w.groups.find(attribute))
                for (const Vertex v : top_brokers(*g, m.options.top))
                    list.emplace_back(w.graph.actor(v), std::to_string(g->brokerage[v].bridging()));
        }
        out += ranking_table(m, std::string(m.t.by_brokerage) + " (" + attribute_noun(m.t, attribute) + ")", lists);
    }
    return out;
}

std::string turnover(const Material& m) {
    std::string out = "<p class=\"intro\">" + esc(m.t.turnover_intro) + "</p>";
    out += "<div class=\"table-wrap\"><table class=\"turnover\"><thead><tr><th>" + esc(m.t.from_to) + "</th><th>" +
           esc(m.t.joined) + "</th><th>" + esc(m.t.left) + "</th></tr></thead><tbody>";
    const auto names = [&](const std::vector<std::uint32_t>& list) {
        if (list.empty()) return "<span class=\"muted\">" + esc(m.t.none) + "</span>";
        std::vector<std::uint32_t> sorted = list;
        std::sort(sorted.begin(), sorted.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return m.study.actors[a].name < m.study.actors[b].name; });
        std::string s = fmt::format("<span class=\"count\">{}</span><ul class=\"names\">", sorted.size());
        for (const auto a : sorted) s += "<li>" + actor_html(m.study, a) + "</li>";
        return s + "</ul>";
    };
    for (const auto& c : m.consecutive)
        out += fmt::format("<tr><th scope=\"row\">{} {} {}</th><td>{}</td><td>{}</td></tr>", c.from, arrow, c.to,
                           names(c.ties.joined), names(c.ties.left));
    out += "</tbody></table></div>";
    return out;
}

std::string initiatives(const Material& m) {
    const Study& study = m.study;
    std::string out = "<p class=\"intro\">" + esc(m.t.initiatives_intro) + "</p>";
    if (study.initiatives.empty()) return out + "<p class=\"muted\">" + esc(m.t.no_initiatives) + "</p>";
    if (study.projection.applied())
        out += "<p class=\"note\">" + esc(projection_note(study.projection, m.options.language)) + "</p>";
    out += initiative_measures_html(study, m.waves, m.t, m.options.language, m.two_mode, m.options.png);
    out += "<h3>" + esc(m.t.members_per_initiative) + "</h3><div class=\"initiatives\">";
    for (const auto& in : study.initiatives) {
        out += "<article class=\"initiative\"><h3>" + esc(in.name) + "</h3>";
        std::string meta;
        for (const auto& [key, value] : in.attributes) {
            if (!study.attribute_info(key)) continue;  // free text (status, notes) is left to the study's README
            meta += "<span class=\"tag\">" + esc(study.value_label(key, value)) + "</span>";
        }
        if (!meta.empty()) out += "<p class=\"tags\">" + meta + "</p>";
        out += "<table class=\"members\"><thead><tr><th>" + esc(m.t.actor) + "</th><th>" + esc(m.t.sector) + "</th>";
        for (const auto& w : study.waves) out += fmt::format("<th class=\"mark\">{}</th>", w.year);
        out += "</tr></thead><tbody>";
        // One row per actor: an actor may be listed once per period of membership.
        std::vector<std::uint32_t> order;
        std::map<std::uint32_t, std::vector<bool>> waves_of;
        for (const auto& member : in.members) {
            auto [it, fresh] = waves_of.try_emplace(member.actor, std::vector<bool>(study.waves.size(), false));
            if (fresh) order.push_back(member.actor);
            for (std::size_t i = 0; i < study.waves.size(); ++i) {
                const int year = study.waves[i].year;
                if (study.actor_in_wave(member.actor, year) &&
                    (member.waves.empty() ||
                     std::find(member.waves.begin(), member.waves.end(), year) != member.waves.end()))
                    it->second[i] = true;
            }
        }
        std::vector<std::size_t> count(study.waves.size(), 0);
        for (const auto actor : order) {
            out += "<tr><td>" + actor_html(study, actor) + "</td><td class=\"muted\">" + sector_html(study, actor) +
                   "</td>";
            for (std::size_t i = 0; i < study.waves.size(); ++i) {
                const bool in_wave = waves_of[actor][i];
                count[i] += in_wave;
                out += in_wave ? "<td class=\"mark\"><span class=\"yes\" title=\"" +
                                     std::to_string(study.waves[i].year) + "\">\xE2\x97\x8F</span></td>"
                               : "<td class=\"mark\"></td>";
            }
            out += "</tr>";
        }
        out += "</tbody><tfoot><tr><td colspan=\"2\">" + esc(m.t.member_count) + "</td>";
        for (const auto n : count) out += fmt::format("<td class=\"mark\">{}</td>", n);
        out += "</tr></tfoot></table></article>";
    }
    out += "</div>";
    return out;
}

// The definition of every measure the report shows (view_report).
std::string definitions(const Material& m) {
    std::string out = "<dl class=\"definitions\">";
    for (const Measure& measure : all_measures()) {
        if (!measure.in(view_report)) continue;
        const MeasureText& text = measure.text(m.options.language);
        out += "<div><dt>" + esc(text.label) + "</dt><dd>" + esc(text.definition) + "</dd></div>";
    }
    return out + "</dl>";
}

std::string json_text(const nlohmann::ordered_json& v) {
    if (v.is_string()) return v.get<std::string>();
    return v.dump();
}

std::string sources(const Material& m) {
    const Study& study = m.study;
    std::string out = "<p class=\"intro\">" + esc(m.t.sources_intro) + "</p>";
    if (!study.description.empty())
        out += "<h3>" + esc(m.t.description) + "</h3><p class=\"description\">" + esc(study.description) + "</p>";
    if (!study.sources.empty()) {
        out += "<h3>" + esc(m.t.sources) + "</h3><ul class=\"sources\">";
        for (const auto& s : study.sources) {
            out += "<li>";
            if (!s.is_object()) {
                out += esc(json_text(s)) + "</li>";
                continue;
            }
            const auto field = [&](const char* key) -> std::string {
                const auto it = s.find(key);
                return it == s.end() || it->is_null() ? std::string() : json_text(*it);
            };
            if (const std::string title = field("title"); !title.empty())
                out += "<span class=\"source-title\">" + esc(title) + "</span>";
            std::vector<std::string> parts;
            for (const char* key : {"authors", "publisher", "year"})
                if (std::string v = field(key); !v.empty()) parts.push_back(esc(v));
            if (!parts.empty()) {
                std::string joined;
                for (const auto& p : parts) joined += (joined.empty() ? "" : " · ") + p;
                out += "<span class=\"source-meta\">" + joined + "</span>";
            }
            if (const std::string url = field("url"); !url.empty())
                out += "<span class=\"source-url\">" + esc(m.t.url) + ": <code>" + esc(url) + "</code></span>";
            out += "</li>";
        }
        out += "</ul>";
    }
    out += "<h3>" + esc(m.t.definitions) + "</h3>" + definitions(m);
    return out;
}

std::string page(const Material& m) {
    std::vector<Section> sections = {{"overview", std::string(m.t.overview)}, {"diagrams", std::string(m.t.diagrams)}};
    const bool several = m.waves.size() > 1;
    if (several) sections.push_back({"change", std::string(m.t.change)});
    sections.push_back({"trends", std::string(m.t.trends)});
    sections.push_back({"figures", std::string(m.t.figures)});
    sections.push_back({"actors", std::string(m.t.actors)});
    sections.push_back({"key-actors", std::string(key_actors_section_title(m.options.language))});
    sections.push_back({"communities", std::string(communities_section_title(m.options.language))});
    if (several) sections.push_back({"turnover", std::string(m.t.turnover)});
    if (several) sections.push_back({"robustness", std::string(robustness_section_title(m.options.language))});
    sections.push_back({"initiatives", std::string(m.t.initiatives)});
    sections.push_back({"sources", std::string(m.t.sources)});

    std::string out = fmt::format(R"(<!DOCTYPE html>
<html lang="{}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="helixnet">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{} {} {}</title>
<style>{}{}</style>
</head>
<body>
)",
                                  m.t.lang, esc(m.study.name), dash, esc(m.t.kicker), report_css(),
                                  m.explorer ? explorer_css() : std::string_view());
    out += cover(m);
    out += "<main class=\"wrap\">";
    out += contents(m, sections);
    std::size_t number = 0;
    for (const auto& s : sections) {
        out += section_head(s, ++number);
        if (s.id == "overview")
            out += overview(m);
        else if (s.id == "diagrams")
            out += diagrams(m);
        else if (s.id == "change")
            out += change(m);
        else if (s.id == "trends")
            out += trends(m);
        else if (s.id == "figures")
            out += figures(m);
        else if (s.id == "actors")
            out += actors(m);
        else if (s.id == "key-actors")
            out += key_actors_section_html(m.study, m.waves, m.options.language);
        else if (s.id == "communities")
            out += communities_section_html(m.study, m.waves, m.by, community_figure(m), m.options.language);
        else if (s.id == "turnover")
            out += turnover(m);
        else if (s.id == "robustness")
            out += robustness_section_html(m.study, *m.robustness, m.options.language);
        else if (s.id == "initiatives")
            out += initiatives(m);
        else if (s.id == "sources")
            out += sources(m);
        out += "</section>\n";
    }
    out += "</main><footer class=\"wrap\"><p>" + esc(m.t.generated_by) + "</p></footer>\n";
    if (m.explorer) out += explorer_scripts(explorer_data({m.study, m.waves, m.by, m.options.language}));
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace

Report build_report(const Study& study, const ReportOptions& options) {
    if (study.waves.empty()) throw Failure("the study has no waves to report on");
    Report report;
    Material m(study, options, report_strings(options.language));
    const std::vector<Focus>& focus = options.focus.empty() ? study.focus : options.focus;
    for (const Focus& f : focus) require_focus(study, f);
    AnalysisOptions analysis_options = options.analysis;
    analysis_options.attributes = attributes_with_focus(
        analysis_options.attributes.empty() ? default_group_attributes(study) : analysis_options.attributes, focus);
    StudyAnalysis analysis = analyse_study(study, analysis_options);
    if (analysis.waves.size() > 1) m.robustness = analyse_robustness(study, analysis);
    m.focus = focus;
    m.by = std::move(analysis.attributes);
    m.waves = std::move(analysis.waves);
    for (const WaveAnalysis& w : m.waves)
        if (w.estimated_for_size)
            report.notes.push_back(fmt::format("wave {} has {} actors; betweenness is estimated (epsilon {})", w.year(),
                                               w.graph.actors(), w.metrics.approximation->epsilon));
    for (std::size_t i = 0; i + 1 < m.waves.size(); ++i)
        m.consecutive.push_back(compare_waves(study, m.waves[i], m.waves[i + 1]));
    if (m.waves.size() > 1) m.overall = compare_waves(study, m.waves.front(), m.waves.back());

    // Diagrams: every wave, and the change from the first to the last, with
    // titles and legends in the report's language, the focus (if any)
    // highlighted, each on an A4 page. One layout for every drawing (the
    // costly step), and each drawing laid out once by Graphviz for both its
    // SVG and its PNG.
    DiagramOptions base;
    base.text = diagram_text(options.language);
    for (const Focus& f : m.focus)
        if (f.pair()) base.highlight.push_back(f);
    const StableLayout layout = stable_layout(study, base);
    for (const auto& note : layout.notes) report.notes.push_back("diagrams: " + note);
    std::vector<ReportFile> files;
    const auto draw = [&](const Study& drawn_study, const DiagramOptions& d, const std::string& stem) {
        const Diagram diagram = build_diagram(drawn_study, d, layout);
        std::vector<ImageFormat> formats = {ImageFormat::svg};
        if (options.png) formats.push_back(ImageFormat::png);
        RenderOptions page;
        page.page = PageSize::a4;
        std::vector<RenderedDiagram> drawn = render_diagram(diagram, formats, page);
        files.push_back({stem + ".svg", drawn[0].data});
        if (options.png) files.push_back({stem + ".png", std::move(drawn[1].data)});
        return inline_svg(drawn[0].data, "network");
    };
    for (const auto& w : study.waves) {
        DiagramOptions d = base;
        d.wave = w.year;
        m.diagram_svg.push_back(draw(study, d, fmt::format("wave-{}", w.year)));
    }
    if (m.waves.size() > 1) {
        DiagramOptions d = base;
        d.wave = study.waves.back().year;
        d.diff_from = study.waves.front().year;
        m.change_svg = draw(study, d, fmt::format("change-{}-{}", study.waves.front().year, study.waves.back().year));
    }
    {
        DiagramOptions d = base;
        d.wave = m.waves.back().year();
        d.colour_by = "community";
        m.community_svg = draw(with_communities(study, m.waves.back()), d, fmt::format("communities-{}", *d.wave));
    }

    // Actors and initiatives: one two-mode drawing per wave, one layout for all.
    if (!study.initiatives.empty()) {
        TwoModeOptions two_mode;
        two_mode.text = two_mode_text(options.language);
        const TwoModeLayout layout = two_mode_layout(study, two_mode);
        for (const auto& note : layout.notes) report.notes.push_back("two-mode: " + note);
        for (const auto& w : study.waves) {
            two_mode.wave = w.year;
            const std::string stem = fmt::format("two-mode-{}", w.year);
            const Diagram diagram = build_two_mode_diagram(study, two_mode, layout);
            std::vector<ImageFormat> formats = {ImageFormat::svg};
            if (options.png) formats.push_back(ImageFormat::png);
            std::vector<RenderedDiagram> drawn = render_diagram(diagram, formats, RenderOptions{});
            files.push_back({stem + ".svg", drawn[0].data});
            if (options.png) files.push_back({stem + ".png", std::move(drawn[1].data)});
            m.two_mode.push_back({inline_svg(drawn[0].data, "network"), stem});
        }
    }

    m.explorer = study.ties.size() <= explorer_tie_limit;
    if (!m.explorer)
        report.notes.push_back(
            fmt::format("the study has {} ties, more than {}: the page has no explorer, only the "
                        "static drawings",
                        study.ties.size(), explorer_tie_limit));
    report.files.push_back({"index.html", page(m)});
    for (auto& f : files) report.files.push_back(std::move(f));
    return report;
}

void write_report(const Report& report, const std::filesystem::path& dir_in) {
    namespace fs = std::filesystem;
    fs::path dir = dir_in.lexically_normal();
    if (dir.has_filename() == false && dir.has_parent_path()) dir = dir.parent_path();
    if (dir.empty()) throw Failure("no folder given for the report");
    std::error_code ec;
    if (fs::exists(dir, ec)) {
        if (!fs::is_directory(dir, ec)) throw Failure(fmt::format("{}: exists and is not a folder", dir.string()));
        // index.html last, so that it never links to a file not yet written.
        for (std::size_t i = report.files.size(); i-- > 0;)
            if (report.files[i].name != "index.html")
                write_file_atomically(dir / report.files[i].name, report.files[i].content);
        for (const auto& f : report.files)
            if (f.name == "index.html") write_file_atomically(dir / f.name, f.content);
        return;
    }
    const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
    fs::create_directories(parent, ec);
    if (ec) throw Failure(fmt::format("{}: cannot create the folder: {}", parent.string(), ec.message()));
    std::random_device rd;
    const fs::path tmp = parent / fmt::format(".{}.tmp-{:08x}", dir.filename().string(), rd());
    try {
        if (!fs::create_directory(tmp, ec) || ec)
            throw Failure(fmt::format("{}: cannot create the folder: {}", tmp.string(), ec.message()));
        for (const auto& f : report.files) {
            std::ofstream out(tmp / f.name, std::ios::binary);
            out.write(f.content.data(), static_cast<std::streamsize>(f.content.size()));
            out.close();
            if (!out) throw Failure(fmt::format("{}: cannot write", (tmp / f.name).string()));
        }
        fs::rename(tmp, dir, ec);
        if (ec) throw Failure(fmt::format("{}: cannot move the report into place: {}", dir.string(), ec.message()));
    } catch (...) {
        fs::remove_all(tmp, ec);
        throw;
    }
}

}  // namespace helixnet
