#include "helixnet/report/fragility_section.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include <fmt/format.h>

#include "helixnet/analysis/measures.hpp"
#include "helixnet/util/number.hpp"
#include "helixnet/util/xml.hpp"

namespace helixnet {
namespace {

constexpr const char* dash = "\xE2\x80\x93";  // –

std::string esc(std::string_view s) { return xml_escape(s); }

const Measure& measure(MeasureLevel level, std::string_view key) { return *find_measure(level, key); }

std::string label(MeasureLevel level, std::string_view key, Language language) {
    return esc(measure(level, key).text(language).label);
}

std::string value(MeasureLevel level, std::string_view key, const std::optional<double>& v, Language language) {
    return esc(format_measure(measure(level, key), v, language));
}

// "A, B, C and 4 more" of at most `shown` names, in the order given.
std::string names_html(const Study& study, const std::vector<std::uint32_t>& actors, Words w, std::size_t shown = 6) {
    if (actors.empty()) return dash;
    std::string out;
    const std::size_t n = std::min(shown, actors.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) out += i + 1 == n && actors.size() <= shown ? w.pick(" and ", " en ") : ", ";
        out += esc(study.actors[actors[i]].name);
    }
    if (actors.size() > shown)
        out += fmt::format(fmt::runtime(w.pick(" and {} more", " en nog {}")), actors.size() - shown);
    return out;
}

std::string sector_of(const Study& study, std::uint32_t actor) {
    const std::string* s = study.actors[actor].attribute("sector");
    return s && !s->empty() ? esc(study.value_label("sector", *s)) : std::string(dash);
}

// The actors that `v`'s departure would cut off from the rest of its
// component: the parts of the component without v, all but the largest
// (ties: the one with the lowest vertex), in study order. For v in the
// largest component this is compare/what_if.hpp's cut_off. O(n + m).
std::vector<std::uint32_t> cut_off_by(const WaveGraph& g, Vertex v) {
    std::vector<std::uint32_t> part(g.actors(), static_cast<std::uint32_t>(-1));
    std::vector<std::vector<Vertex>> parts;
    std::vector<Vertex> queue;
    for (const Vertex start : g.neighbours(v)) {
        if (part[start] != static_cast<std::uint32_t>(-1)) continue;
        const auto id = static_cast<std::uint32_t>(parts.size());
        parts.emplace_back();
        queue.assign(1, start);
        part[start] = id;
        while (!queue.empty()) {
            const Vertex u = queue.back();
            queue.pop_back();
            parts.back().push_back(u);
            for (const Vertex t : g.neighbours(u))
                if (t != v && part[t] == static_cast<std::uint32_t>(-1)) {
                    part[t] = id;
                    queue.push_back(t);
                }
        }
    }
    const auto lowest = [&](std::size_t p) { return *std::min_element(parts[p].begin(), parts[p].end()); };
    std::size_t kept = 0;
    for (std::size_t p = 1; p < parts.size(); ++p)
        if (parts[p].size() > parts[kept].size() || (parts[p].size() == parts[kept].size() && lowest(p) < lowest(kept)))
            kept = p;
    std::vector<std::uint32_t> out;
    for (std::size_t p = 0; p < parts.size(); ++p)
        if (p != kept)
            for (const Vertex u : parts[p]) out.push_back(g.actor(u));
    std::sort(out.begin(), out.end());
    return out;
}

// The actors listed for one wave: the largest fragmentation_if_removed above
// the wave's own DF, largest first (ties: study order).
std::vector<Vertex> key_actors(const WaveAnalysis& w) {
    std::vector<Vertex> out;
    const auto& value = w.fragmentation_if_removed.value;
    if (!w.distance_fragmentation) return out;
    for (Vertex v = 0; v < value.size(); ++v)
        if (value[v] && *value[v] > *w.distance_fragmentation + 1e-12) out.push_back(v);
    std::stable_sort(out.begin(), out.end(), [&](Vertex a, Vertex b) { return *value[a] > *value[b]; });
    if (out.size() > key_actors_listed) out.resize(key_actors_listed);
    return out;
}

std::string key_actors_wave(const Study& study, const WaveAnalysis& w, Words words) {
    const Language lang = words.language;
    std::string out = fmt::format("<h3>{}</h3>", w.year());
    out += "<p>" +
           esc(fmt::format(
               "{}: {}. {}: {}. {}: {}.", measure(MeasureLevel::network, "distance_fragmentation").text(lang).label,
               format_measure(measure(MeasureLevel::network, "distance_fragmentation"), w.distance_fragmentation, lang),
               measure(MeasureLevel::network, "articulation_points").text(lang).label, w.cut_points.articulation_points,
               measure(MeasureLevel::network, "bridges").text(lang).label, w.cut_points.bridges.size())) +
           "</p>";
    const std::vector<Vertex> listed = key_actors(w);
    if (listed.empty()) {
        out += "<p>" +
               esc(words.pick("No single actor's departure would leave the others further apart.",
                              "Het vertrek van geen enkele actor zou de anderen verder uit elkaar brengen.")) +
               "</p>";
    } else {
        out += "<div class=\"table-wrap\"><table class=\"key-actors\"><thead><tr><th>" +
               esc(words.pick("Actor", "Actor")) + "</th><th>" + esc(words.pick("Sector", "Sector")) +
               "</th><th class=\"num\">" + label(MeasureLevel::actor, "fragmentation_if_removed", lang) +
               "</th><th class=\"num\">" + esc(words.pick("Rise", "Stijging")) + "</th><th>" +
               label(MeasureLevel::actor, "articulation_point", lang) + "</th><th>" +
               esc(words.pick("Would cut off", "Zou afsnijden")) + "</th></tr></thead><tbody>";
        for (const Vertex v : listed) {
            const std::uint32_t actor = w.graph.actor(v);
            const bool cut = w.cut_points.articulation_point[v];
            const std::vector<std::uint32_t> cut_off = cut ? cut_off_by(w.graph, v) : std::vector<std::uint32_t>{};
            const std::optional<double> rise = *w.fragmentation_if_removed.value[v] - *w.distance_fragmentation;
            out += "<tr><th scope=\"row\">" + esc(study.actors[actor].name) + "</th><td>" + sector_of(study, actor) +
                   "</td><td class=\"num\">" +
                   value(MeasureLevel::actor, "fragmentation_if_removed", w.fragmentation_if_removed.value[v], lang) +
                   "</td><td class=\"num\">+" + esc(format_decimal(rise, 3, lang)) + "</td><td>" +
                   value(MeasureLevel::actor, "articulation_point", cut ? 1.0 : 0.0, lang) + "</td><td>" +
                   names_html(study, cut_off, words) + "</td></tr>";
        }
        out += "</tbody></table></div>";
    }
    if (w.cut_points.articulation_points > 0) {
        std::vector<std::uint32_t> cuts;
        for (Vertex v = 0; v < w.cut_points.articulation_point.size(); ++v)
            if (w.cut_points.articulation_point[v]) cuts.push_back(w.graph.actor(v));
        out += "<p>" + esc(words.pick("Cut points: ", "Snijpunten: ")) + names_html(study, cuts, words, 12) + ".</p>";
    }
    if (!w.fragmentation_if_removed.exact)
        out +=
            "<p class=\"note\">" +
            esc(fmt::format(
                fmt::runtime(words.pick("Estimated from {} of the {} actors as sources (a seeded sample).",
                                        "Geschat met {} van de {} actoren als bron (een steekproef met vaste seed).")),
                w.fragmentation_if_removed.sources, w.graph.actors())) +
            "</p>";
    return out;
}

// One sentence on how far the communities follow the groups of `g`, judged
// by the adjusted Rand index (0 is chance): at least 0.5 "largely", at least
// 0.15 "partly", below that "across".
std::string follows_sentence(const AttributeGroups& g, Words words) {
    const auto& ari = g.communities.ari;
    if (!ari) return {};
    const std::string attribute = esc(g.grouping.attribute);
    const std::string figures = esc(fmt::format("(ARI {}, NMI {})", format_decimal(ari, 2, words.language),
                                                format_decimal(g.communities.nmi, 2, words.language)));
    if (*ari >= 0.5)
        return fmt::format(
            fmt::runtime(words.pick("The clusters largely follow the lines of <b>{}</b> {}: actors mostly work "
                                    "with their own kind.",
                                    "De clusters volgen grotendeels de grenzen van <b>{}</b> {}: actoren werken "
                                    "vooral met hun eigen soort.")),
            attribute, figures);
    if (*ari >= 0.15)
        return fmt::format(fmt::runtime(words.pick(
                               "The clusters partly follow the lines of <b>{}</b> {}: some circles are mixed.",
                               "De clusters volgen deels de grenzen van <b>{}</b> {}: sommige kringen zijn gemengd.")),
                           attribute, figures);
    return fmt::format(
        fmt::runtime(words.pick("The clusters cut across the lines of <b>{}</b> {}: the circles that work together "
                                "mix its groups.",
                                "De clusters gaan dwars door de grenzen van <b>{}</b> {}: de kringen die "
                                "samenwerken mengen de groepen.")),
        attribute, figures);
}

// The make-up of each cluster of two or more actors by the groups of `g`.
std::string makeup_list(const Study& study, const WaveAnalysis& w, const AttributeGroups& g, Words words) {
    std::string out;
    for (std::uint32_t c = 0; c < w.communities.count(); ++c) {
        if (w.communities.sizes[c] < 2) break;  // sizes are non-increasing
        std::map<std::uint32_t, std::size_t> per_group;
        for (Vertex v = 0; v < w.communities.of.size(); ++v)
            if (w.communities.of[v] == c) ++per_group[g.grouping.group_of[v]];
        std::vector<std::pair<std::uint32_t, std::size_t>> parts(per_group.begin(), per_group.end());
        std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        std::string groups;
        for (const auto& [group, n] : parts)
            groups += (groups.empty() ? "" : ", ") +
                      fmt::format("{} {}", n, esc(study.value_label(g.grouping.attribute, g.grouping.names[group])));
        out += "<li>" +
               esc(fmt::format(fmt::runtime(words.pick("Cluster {} ({} actors): ", "Cluster {} ({} actoren): ")), c + 1,
                               w.communities.sizes[c])) +
               groups + "</li>";
    }
    return out.empty() ? out : "<ul class=\"clusters\">" + out + "</ul>";
}

}  // namespace

std::string_view key_actors_section_title(Language language) {
    return language == Language::dutch ? "Wat als een sleutelactor vertrekt?" : "What if a key actor leaves?";
}

std::string_view communities_section_title(Language language) {
    return language == Language::dutch ? "Volgen de clusters de sectoren?" : "Do clusters follow sector lines?";
}

std::string key_actors_section_html(const Study& study, std::span<const WaveAnalysis> waves, Language language) {
    const Words words{language};
    std::string out =
        "<p class=\"intro\">" +
        esc(words.pick(
            "Which parts of the network hang on one actor? For each wave, the actors whose departure would leave "
            "the others furthest apart: the distance fragmentation of the network without them (Borgatti: 0 when "
            "everyone is tied to everyone, 1 when no one reaches anyone), how much it rises, whether the actor is a "
            "cut point (its departure alone splits its part of the network) and whom it would cut off from the rest "
            "of that part.",
            "Welke delen van het netwerk hangen aan één actor? Per meting de actoren van wie het vertrek de anderen "
            "het verst uit elkaar zou brengen: de afstandsfragmentatie van het netwerk zonder hen (Borgatti: 0 als "
            "iedereen met iedereen verbonden is, 1 als niemand iemand bereikt), hoeveel die stijgt, of de actor een "
            "snijpunt is (zijn vertrek alleen al splitst zijn deel van het netwerk) en wie hij van de rest van dat "
            "deel "
            "zou afsnijden.")) +
        "</p>";
    for (const WaveAnalysis& w : waves) out += key_actors_wave(study, w, words);
    return out;
}

std::string communities_section_html(const Study& study, std::span<const WaveAnalysis> waves,
                                     std::span<const std::string> by, const std::string& community_figure,
                                     Language language) {
    const Words words{language};
    std::string out =
        "<p class=\"intro\">" +
        esc(words.pick("Clusters are groups of actors with more ties among themselves than chance would give, "
                       "found in the ties alone (Leiden, modularity). If they match the sectors, the helices still "
                       "work in their own circles; if they cut across them, the circles that work together are "
                       "mixed. ARI and NMI measure the match over the actors with a tie: 1 is the same division, an "
                       "ARI of 0 no more than chance.",
                       "Clusters zijn groepen actoren met meer banden onderling dan toeval zou geven, alleen uit de "
                       "banden gevonden (Leiden, modulariteit). Vallen ze samen met de sectoren, dan werken de "
                       "helices nog in hun eigen kring; gaan ze er dwars doorheen, dan zijn de kringen die "
                       "samenwerken gemengd. ARI en NMI meten de overeenkomst over de actoren met een band: 1 is "
                       "dezelfde indeling, een ARI van 0 niet meer dan toeval.")) +
        "</p>";
    out += "<div class=\"table-wrap\"><table class=\"communities\"><thead><tr><th>" +
           esc(words.pick("Wave", "Meting")) + "</th><th class=\"num\">" +
           label(MeasureLevel::network, "communities", language) + "</th><th class=\"num\">" +
           label(MeasureLevel::network, "community_modularity", language) + "</th>";
    for (const std::string& a : by)
        out += "<th class=\"num\">" + esc(a) + ": ARI</th><th class=\"num\">" + esc(a) + ": NMI</th>";
    out += "</tr></thead><tbody>";
    for (const WaveAnalysis& w : waves) {
        out += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>", w.year(),
                           w.communities.count(),
                           value(MeasureLevel::network, "community_modularity", w.communities.modularity, language));
        for (const std::string& a : by) {
            const AttributeGroups* g = w.groups.find(a);
            out += "<td class=\"num\">" +
                   (g ? value(MeasureLevel::group, "community_ari", g->communities.ari, language) : dash) +
                   "</td><td class=\"num\">" +
                   (g ? value(MeasureLevel::group, "community_nmi", g->communities.nmi, language) : dash) + "</td>";
        }
        out += "</tr>";
    }
    out += "</tbody></table></div>";
    if (waves.empty()) return out;
    const WaveAnalysis& last = waves.back();
    out += fmt::format("<h3>{}</h3>", last.year());
    for (const std::string& a : by)
        if (const AttributeGroups* g = last.groups.find(a))
            if (std::string s = follows_sentence(*g, words); !s.empty()) out += "<p>" + s + "</p>";
    if (!by.empty())
        if (const AttributeGroups* g = last.groups.find(by.front())) out += makeup_list(study, last, *g, words);
    out += community_figure;
    return out;
}

Study with_communities(const Study& study, const WaveAnalysis& wave) {
    Study out = study;
    const std::string name = "community";
    if (std::find(out.attribute_names.begin(), out.attribute_names.end(), name) == out.attribute_names.end())
        out.attribute_names.push_back(name);
    AttributeInfo info;
    info.name = name;
    for (std::size_t c = 0; c < wave.communities.count(); ++c) {
        ValueInfo v;
        v.label = fmt::format("Cluster {}", c + 1);  // the same word in English and Dutch
        info.values.emplace_back(std::to_string(c + 1), std::move(v));
    }
    out.attributes.erase(std::remove_if(out.attributes.begin(), out.attributes.end(),
                                        [&](const AttributeInfo& a) { return a.name == name; }),
                         out.attributes.end());
    out.attributes.push_back(std::move(info));
    for (Actor& a : out.actors) a.attributes.erase(name);
    for (Vertex v = 0; v < wave.communities.of.size(); ++v)
        out.actors[wave.graph.actor(v)].attributes[name] = std::to_string(wave.communities.of[v] + 1);
    return out;
}

}  // namespace helixnet
