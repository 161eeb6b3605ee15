#include "helixnet/report/explorer.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "helixnet/analysis/measures.hpp"
#include "helixnet/export/colours.hpp"
#include "helixnet/report/html.hpp"
#include "helixnet/util/number.hpp"
#include "helixnet/util/xml.hpp"

namespace helixnet {
namespace {

using Json = nlohmann::ordered_json;

// The explorer's own texts; the script reads them from the data.
struct ExplorerText {
    const char* title;
    const char* intro;
    const char* views;  // the label of the row of view buttons
    const char* change;
    const char* confidence;
    const char* all;
    const char* implied;
    const char* stated;
    const char* colour;
    const char* search;
    const char* search_hint;
    const char* no_match;
    const char* hidden;  // "{hidden} of {total} ties hidden by the confidence filter"
    const char* panel_hint;
    const char* close;
    const char* attributes;
    const char* measures;
    const char* brokerage;
    const char* absent;
    const char* ties_in;  // followed by the view's label
    const char* no_ties;
    const char* tie_between;
    const char* partner;
    const char* kind;
    const char* weight;
    const char* level;
    const char* source;
    const char* initiative;
    const char* initiatives_in;  // followed by the view's label
    const char *status_new, *status_ended, *status_kept;
    const char *level_stated, *level_implied, *level_assumed;
    const char* legend;
};

const ExplorerText english{
    .title = "Explore the network",
    .intro =
        "Choose a wave, point at an actor to see its ties, select an actor or a tie to read the evidence "
        "behind it. The address of the page keeps what you chose, so a link opens the same view.",
    .views = "Wave",
    .change = "change",
    .confidence = "Minimum confidence",
    .all = "all ties",
    .implied = "implied or stated",
    .stated = "stated",
    .colour = "Colour by",
    .search = "Find an actor",
    .search_hint = "name",
    .no_match = "No actor of that name.",
    .hidden = "{hidden} of {total} ties hidden by the confidence filter",
    .panel_hint =
        "Select an actor or a tie in the drawing (or press Enter on an actor) to see its ties and the "
        "evidence for each.",
    .close = "Clear the selection",
    .attributes = "Attributes",
    .measures = "Measures per wave",
    .brokerage = "Brokerage",
    .absent = "not in this wave",
    .ties_in = "Ties in",
    .no_ties = "No ties in this view.",
    .tie_between = "Tie",
    .partner = "Partner",
    .kind = "Kind",
    .weight = "Weight",
    .level = "Confidence",
    .source = "Source",
    .initiative = "Initiative",
    .initiatives_in = "Member of initiatives in",
    .status_new = "new",
    .status_ended = "ended",
    .status_kept = "in both waves",
    .level_stated = "stated",
    .level_implied = "implied",
    .level_assumed = "assumed",
    .legend = "Colours",
};

const ExplorerText dutch{
    .title = "Verken het netwerk",
    .intro =
        "Kies een meting, wijs een actor aan om zijn banden te zien, kies een actor of een band om het bewijs "
        "te lezen. Het adres van de pagina onthoudt de keuze, zodat een link dezelfde weergave opent.",
    .views = "Meting",
    .change = "verandering",
    .confidence = "Minimale zekerheid",
    .all = "alle banden",
    .implied = "afgeleid of genoemd",
    .stated = "genoemd",
    .colour = "Kleur naar",
    .search = "Zoek een actor",
    .search_hint = "naam",
    .no_match = "Geen actor met die naam.",
    .hidden = "{hidden} van {total} banden verborgen door het zekerheidsfilter",
    .panel_hint =
        "Kies een actor of een band in de tekening (of druk op Enter bij een actor) om de banden en het "
        "bewijs voor elke band te zien.",
    .close = "Keuze wissen",
    .attributes = "Kenmerken",
    .measures = "Maten per meting",
    .brokerage = "Makelaarschap",
    .absent = "niet in deze meting",
    .ties_in = "Banden in",
    .no_ties = "Geen banden in deze weergave.",
    .tie_between = "Band",
    .partner = "Partner",
    .kind = "Soort",
    .weight = "Gewicht",
    .level = "Zekerheid",
    .source = "Bron",
    .initiative = "Initiatief",
    .initiatives_in = "Lid van initiatieven in",
    .status_new = "nieuw",
    .status_ended = "beëindigd",
    .status_kept = "in beide metingen",
    .level_stated = "genoemd",
    .level_implied = "afgeleid",
    .level_assumed = "aangenomen",
    .legend = "Kleuren",
};

const ExplorerText& explorer_text(Language language) { return language == Language::dutch ? dutch : english; }

// The attribute's name as a heading: the singular noun for those the project
// knows, else the name itself.
std::string attribute_label(Language language, const std::string& attribute) {
    const auto nouns = attribute_nouns(attribute, language);
    return nouns ? std::string(nouns->singular) : attribute;
}

constexpr std::size_t most_colour_values = 12;

Json texts(const ExplorerText& t) {
    return Json{{"no_match", t.no_match},
                {"hidden", t.hidden},
                {"panel_hint", t.panel_hint},
                {"close", t.close},
                {"attributes", t.attributes},
                {"measures", t.measures},
                {"absent", t.absent},
                {"ties_in", t.ties_in},
                {"no_ties", t.no_ties},
                {"tie_between", t.tie_between},
                {"partner", t.partner},
                {"kind", t.kind},
                {"weight", t.weight},
                {"level", t.level},
                {"source", t.source},
                {"initiative", t.initiative},
                {"initiatives_in", t.initiatives_in},
                {"status_new", t.status_new},
                {"status_ended", t.status_ended},
                {"status_kept", t.status_kept},
                {"levels", {t.level_assumed, t.level_implied, t.level_stated}},
                {"legend", t.legend}};
}

// Every categorical attribute the actors carry, with 2 to 12 values, coloured
// as the diagrams colour them (hex colours only: a colour reaches a style
// through the script, and only one that cannot name a resource).
Json colourings(const Study& study, Language language) {
    Json out = Json::array();
    for (const std::string& attribute : study.attribute_names) {
        const std::vector<ValueColour> values = value_colours(study, attribute);
        if (values.size() < 2 || values.size() > most_colour_values) continue;
        Json list = Json::array();
        for (const auto& v : values) {
            std::string colour = safe_colour(v.colour);
            if (colour.empty()) colour = unknown_colour;
            list.push_back({{"value", v.value}, {"label", v.label}, {"colour", colour}});
        }
        out.push_back({{"attribute", attribute}, {"label", attribute_label(language, attribute)}, {"values", list}});
    }
    return out;
}

std::string number(double value, Language language) {
    return format_decimal(value, value == std::floor(value) ? 0 : 2, language);
}

}  // namespace

Json explorer_data(const ExplorerInput& input) {
    const Study& study = input.study;
    const Language lang = input.language;
    const ExplorerText& t = explorer_text(lang);
    const ReportStrings& rs = report_strings(lang);
    Json data;
    data["lang"] = std::string(rs.lang);

    Json views = Json::array();
    for (const Wave& w : study.waves)
        views.push_back({{"key", std::to_string(w.year)}, {"label", std::to_string(w.year)}, {"waves", {w.year}}});
    if (study.waves.size() > 1) {
        const int first = study.waves.front().year, last = study.waves.back().year;
        views.push_back({{"key", "change"},
                         {"label", fmt::format("{} {} \xE2\x86\x92 {}", t.change, first, last)},
                         {"waves", {first, last}},
                         {"change", true}});
    }
    data["views"] = views;

    // Degree and betweenness as the table of measures names, reads and prints them.
    const Measure* actor_measures[] = {find_measure(MeasureLevel::actor, "degree"),
                                       find_measure(MeasureLevel::actor, "betweenness")};
    Json headings = Json::array();
    for (const Measure* measure : actor_measures) headings.push_back(measure->text(lang).label);
    for (const auto& attribute : input.by)
        headings.push_back(fmt::format("{} ({})", t.brokerage, attribute_noun(rs, attribute)));
    data["measures"] = headings;

    // Measures per actor and wave: null where the actor is absent.
    std::vector<Json> measures(study.actors.size(), Json::array());
    for (const WaveAnalysis& w : input.waves) {
        std::vector<Json> row(study.actors.size(), Json());
        for (Vertex v = 0; v < w.graph.actors(); ++v) {
            Json& r = row[w.graph.actor(v)];
            r = Json::array();
            for (const Measure* measure : actor_measures)
                r.push_back(format_measure(*measure, measure->actor(w, v), lang));
        }
        for (const auto& attribute : input.by) {
            const AttributeGroups* groups = nullptr;
            for (const auto& g : w.groups.attributes)
                if (g.grouping.attribute == attribute) groups = &g;
            for (Vertex v = 0; v < w.graph.actors(); ++v) {
                Json& r = row[w.graph.actor(v)];
                if (r.is_null()) continue;
                r.push_back(groups && v < groups->brokerage.size() ? std::to_string(groups->brokerage[v].bridging())
                                                                   : std::string("\xE2\x80\x93"));
            }
        }
        for (std::size_t a = 0; a < study.actors.size(); ++a) measures[a].push_back(std::move(row[a]));
    }

    Json actors = Json::array();
    for (std::size_t i = 0; i < study.actors.size(); ++i) {
        const Actor& a = study.actors[i];
        Json attributes = Json::array();
        Json values = Json::object();
        for (const auto& [key, value] : a.attributes) {
            if (value.empty()) continue;
            attributes.push_back({attribute_label(lang, key), study.value_label(key, value)});
            values[key] = value;
        }
        actors.push_back({{"id", a.id},
                          {"name", a.name},
                          {"attributes", attributes},
                          {"values", values},
                          {"measures", std::move(measures[i])}});
    }
    data["actors"] = actors;

    Json ties = Json::array();
    for (const Tie& tie : study.ties) {
        std::string initiative;
        for (const Initiative& in : study.initiatives)
            if (in.id == tie.initiative) initiative = in.name;
        if (initiative.empty()) initiative = tie.initiative;
        ties.push_back({{"a", tie.source},
                        {"b", tie.target},
                        {"wave", tie.wave},
                        {"kind", tie.kind},
                        {"weight", number(tie.weight, lang)},
                        {"level", static_cast<int>(tie.level())},
                        {"evidence", tie.evidence},
                        {"source_ref", tie.source_ref},
                        {"initiative", initiative}});
    }
    data["ties"] = ties;

    // Memberships, with the waves each holds in (all the actor's waves when
    // the study names none).
    Json memberships = Json::array();
    for (const Initiative& in : study.initiatives)
        for (const Membership& m : in.members) {
            Json waves = Json::array();
            for (const Wave& w : study.waves)
                if (study.actor_in_wave(m.actor, w.year) &&
                    (m.waves.empty() || std::find(m.waves.begin(), m.waves.end(), w.year) != m.waves.end()))
                    waves.push_back(w.year);
            memberships.push_back({{"actor", m.actor},
                                   {"initiative", in.name},
                                   {"waves", waves},
                                   {"level", static_cast<int>(m.level())},
                                   {"evidence", m.evidence},
                                   {"source_ref", m.source_ref}});
        }
    data["memberships"] = memberships;

    data["colourings"] = colourings(study, lang);
    data["default_colouring"] = study.has_attribute("sector") ? "sector" : "";
    data["text"] = texts(t);
    return data;
}

std::string explorer_html(Language language) {
    const ExplorerText& t = explorer_text(language);
    const auto esc = [](std::string_view s) { return xml_escape(s); };
    std::string out = R"(<div id="explorer" class="explorer" hidden>)";
    out += "<h3>" + esc(t.title) + "</h3><p class=\"intro\">" + esc(t.intro) + "</p>";
    out += R"(<div class="explorer-controls">)";
    out += fmt::format(R"(<div class="explorer-views" role="group" aria-label="{}" id="explorer-views"></div>)",
                       esc(t.views));
    out += fmt::format(
        R"(<label>{}<select id="explorer-confidence"><option value="all">{}</option><option value="implied">{}</option><option value="stated">{}</option></select></label>)",
        esc(t.confidence), esc(t.all), esc(t.implied), esc(t.stated));
    out += fmt::format(R"(<label>{}<select id="explorer-colour"></select></label>)", esc(t.colour));
    out += fmt::format(
        R"(<label>{}<input id="explorer-search" type="search" autocomplete="off" list="explorer-names" placeholder="{}"></label><datalist id="explorer-names"></datalist>)",
        esc(t.search), esc(t.search_hint));
    out += "</div>";
    out += R"(<p id="explorer-status" class="explorer-status" aria-live="polite"></p>)";
    out += R"(<div class="explorer-body"><div id="explorer-drawing" class="explorer-drawing">)";
    out += R"(<div id="explorer-tooltip" class="explorer-tooltip" role="tooltip" hidden></div>)";
    out += R"(<div id="explorer-legend" class="explorer-legend"></div></div>)";
    out +=
        fmt::format(R"(<aside id="actor-panel" class="actor-panel" aria-live="polite" tabindex="-1"><p>{}</p></aside>)",
                    esc(t.panel_hint));
    out += "</div></div>";
    return out;
}

std::string explorer_scripts(const Json& data) {
    return "<script type=\"application/json\" id=\"explorer-data\">" + script_json(data) + "</script>\n<script>" +
           std::string(explorer_script()) + "</script>\n";
}

}  // namespace helixnet
