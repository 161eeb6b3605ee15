// The table of measures (analysis/measures.hpp). Each entry: key, level,
// kind, decimals, English and Dutch label and definition, the views that show
// it, and how it is read from the pipeline's typed results. The conventions
// (null cases, references) are documented beside the functions that compute
// the values (metrics/, groups/) and in docs/metrics.md.
#include "helixnet/analysis/measures.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "helixnet/util/json.hpp"
#include "helixnet/util/number.hpp"
#include "helixnet/util/table.hpp"

namespace helixnet {
namespace {

using Json = nlohmann::ordered_json;
using Value = std::optional<double>;

Value count(std::size_t v) { return static_cast<double>(v); }

// The JSON of a matrix over the groups of `g`: {"g1": {"g1": x, "g2": y}, ...}.
template <typename Cell>
Json group_matrix(const AttributeGroups& g, Cell cell) {
    Json out = Json::object();
    const auto& names = g.grouping.names;
    for (std::size_t a = 0; a < names.size(); ++a) {
        Json row = Json::object();
        for (std::size_t b = 0; b < names.size(); ++b) row[names[b]] = cell(a, b);
        out[names[a]] = std::move(row);
    }
    return out;
}

constexpr unsigned summary_and_report = view_summary | view_report;

// A brokerage role count of one actor (groups/brokerage.hpp).
template <std::size_t BrokerageCounts::*Role>
Measure role_measure(std::string_view key, MeasureText en, MeasureText nl, unsigned views = 0) {
    return Measure{.key = key,
                   .family = "brokerage",
                   .level = MeasureLevel::actor_group,
                   .kind = MeasureKind::count,
                   .decimals = 0,
                   .en = en,
                   .nl = nl,
                   .views = views,
                   .actor_group = [](const AttributeGroups& g, Vertex v) { return count(g.brokerage[v].*Role); }};
}

// The count of a role the group sizes alone would predict (groups/brokerage.hpp).
template <auto Role>
Measure expected_measure(std::string_view key) {
    return Measure{
        .key = key,
        .family = "brokerage_expected",
        .level = MeasureLevel::actor_group,
        .kind = MeasureKind::real,
        .decimals = 3,
        .en = {"Expected brokerage", "The brokerage count of this role that the group sizes alone would predict."},
        .nl = {"Verwacht makelaarschap", "Het makelaarsaantal van deze rol dat alleen de groepsgroottes voorspellen."},
        .actor_group = [](const AttributeGroups& g, Vertex v) -> Value { return g.brokerage_expected[v].*Role; }};
}

// A measure of the change between two waves: described here, computed and
// read by compare/ (WaveComparison).
Measure comparison_measure(std::string_view key, MeasureKind kind, MeasureText en, MeasureText nl, unsigned views = 0) {
    return Measure{
        .key = key, .level = MeasureLevel::comparison, .kind = kind, .decimals = 3, .en = en, .nl = nl, .views = views};
}

const std::vector<Measure>& table() {
    static const std::vector<Measure> measures = {
    // ---- Network level (docs/metrics.md, "Network level") ----------------------
    Measure{.key = "actors",
            .level = MeasureLevel::network,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Actors", "The organisations that take part in the wave."},
            .nl = {"Actoren", "De organisaties die aan de meting deelnemen."},
            .views = summary_and_report | view_headline | view_table | view_card,
            .network = [](const WaveAnalysis& w) { return count(w.metrics.network.actors); }},
    Measure{.key = "ties",
            .level = MeasureLevel::network,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Ties", "The pairs of actors that work together in the wave, each pair counted once."},
            .nl = {"Banden", "De paren actoren die in de meting samenwerken, elk paar één keer geteld."},
            .views = summary_and_report | view_headline | view_table | view_card,
            .network = [](const WaveAnalysis& w) { return count(w.metrics.network.ties); }},
    Measure{.key = "isolates",
            .level = MeasureLevel::network,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Isolates", "Actors without any tie in the wave."},
            .nl = {"Geïsoleerde actoren", "Actoren zonder enige band in de meting."},
            .views = summary_and_report | view_table,
            .network = [](const WaveAnalysis& w) { return count(w.metrics.network.isolates); }},
    Measure{.key = "density",
            .level = MeasureLevel::network,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Density", "The share of all possible pairs of actors that have a tie, 2m/(n(n−1))."},
            .nl = {"Dichtheid", "Het aandeel van alle mogelijke paren actoren dat een band heeft, 2m/(n(n−1))."},
            .views = summary_and_report | view_headline | view_table,
            .network = [](const WaveAnalysis& w) { return w.metrics.network.density; }},
    Measure{.key = "average_degree",
            .level = MeasureLevel::network,
            .kind = MeasureKind::real,
            .decimals = 2,
            .en = {"Average degree", "The mean number of ties per actor, 2m/n."},
            .nl = {"Gemiddeld aantal banden", "Het gemiddelde aantal banden per actor, 2m/n."},
            .views = summary_and_report | view_headline | view_table,
            .network = [](const WaveAnalysis& w) { return w.metrics.network.average_degree; }},
    Measure{.key = "components",
            .level = MeasureLevel::network,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Components",
                   "The number of separate parts of the network, each lone actor counting as one."},
            .nl = {"Componenten",
                   "Het aantal losse delen van het netwerk, waarbij een actor zonder banden als één deel telt."},
            .views = summary_and_report | view_table,
            .network = [](const WaveAnalysis& w) { return count(w.metrics.network.components); }},
    Measure{.key = "largest_component",
            .level = MeasureLevel::network,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Largest component", "The number of actors in the largest connected part of the network."},
            .nl = {"Grootste component", "Het aantal actoren in het grootste samenhangende deel van het netwerk."},
            .views = view_summary | view_table,
            .network = [](const WaveAnalysis& w) { return count(w.metrics.network.largest_component); }},
    Measure{.key = "largest_component_share",
            .level = MeasureLevel::network,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Largest component share", "The share of actors in the largest connected part of the network."},
            .nl = {"Aandeel in grootste component",
                   "Het aandeel actoren in het grootste samenhangende deel van het netwerk."},
            .views = summary_and_report | view_headline | view_table | view_card,
            .network = [](const WaveAnalysis& w) { return w.metrics.network.largest_component_share; }},
    Measure{.key = "transitivity",
            .level = MeasureLevel::network,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Transitivity", "The share of connected triples of actors that are closed into a triangle."},
            .nl = {"Transitiviteit", "Het aandeel verbonden drietallen actoren dat tot een driehoek gesloten is."},
            .views = summary_and_report | view_headline | view_table,
            .network = [](const WaveAnalysis& w) { return w.metrics.network.transitivity; }},
    Measure{.key = "average_clustering",
            .level = MeasureLevel::network,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Average clustering",
                   "The mean share of an actor's partners that are tied to each other (0 for fewer than two)."},
            .nl = {"Gemiddelde clustering",
                   "Het gemiddelde aandeel partners van een actor dat onderling een band heeft (0 bij minder dan "
                   "twee)."},
            .views = view_table,
            .network = [](const WaveAnalysis& w) { return w.metrics.network.average_clustering; }},
    Measure{.key = "average_path_length",
            .level = MeasureLevel::network,
            .kind = MeasureKind::real,
            .decimals = 2,
            .en = {"Average path length",
                   "The mean number of steps on the shortest path between two connected actors."},
            .nl = {"Gemiddelde padlengte",
                   "Het gemiddelde aantal stappen op het kortste pad tussen twee verbonden actoren."},
            .views = summary_and_report | view_table,
            .network = [](const WaveAnalysis& w) { return w.metrics.network.average_path_length; }},
    Measure{.key = "diameter",
            .level = MeasureLevel::network,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Diameter", "The longest shortest path between two connected actors, in steps."},
            .nl = {"Diameter", "Het langste kortste pad tussen twee verbonden actoren, in stappen."},
            .views = summary_and_report | view_table,
            .network = [](const WaveAnalysis& w) -> Value {
                const auto& d = w.metrics.network.diameter;
                return d ? Value(*d) : std::nullopt;
            }},
    Measure{.key = "degree_centralization",
            .level = MeasureLevel::network,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Degree centralization",
                   "How much the ties are concentrated on one actor (Freeman), from 0 (all equal) to 1 (a star)."},
            .nl = {"Centralisatie (banden)",
                   "Hoe sterk de banden op één actor geconcentreerd zijn (Freeman), van 0 (allen gelijk) tot 1 (een "
                   "ster)."},
            .views = view_report | view_table,
            .network = [](const WaveAnalysis& w) { return w.metrics.network.degree_centralization; }},
    Measure{.key = "betweenness_centralization",
            .level = MeasureLevel::network,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Betweenness centralization",
                   "How much the shortest paths run through one actor (Freeman), from 0 to 1."},
            .nl = {"Centralisatie (betweenness)",
                   "Hoe sterk de kortste paden via één actor lopen (Freeman), van 0 tot 1."},
            .views = view_report | view_table,
            .network = [](const WaveAnalysis& w) { return w.metrics.network.betweenness_centralization; }},
    // Fragility and communities (metrics/cut_points.hpp, fragmentation.hpp,
    // communities.hpp; Borgatti 2006, Traag et al. 2019).
    Measure{.key = "articulation_points",
            .level = MeasureLevel::network,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Cut points",
                   "The number of actors whose departure alone would split a part of the network in two or more."},
            .nl = {"Snijpunten",
                   "Het aantal actoren van wie het vertrek alleen al een deel van het netwerk in tweeën of meer "
                   "zou splitsen."},
            .views = summary_and_report | view_table,
            .network = [](const WaveAnalysis& w) { return count(w.cut_points.articulation_points); }},
    Measure{.key = "bridges",
            .level = MeasureLevel::network,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Bridges", "The number of ties whose loss alone would split a part of the network."},
            .nl = {"Bruggen", "Het aantal banden waarvan het verlies alleen al een deel van het netwerk zou splitsen."},
            .views = view_report | view_table,
            .network = [](const WaveAnalysis& w) { return count(w.cut_points.bridges.size()); }},
    Measure{.key = "fragmentation",
            .level = MeasureLevel::network,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Fragmentation",
                   "The share of pairs of actors that cannot reach each other at all (Borgatti); 0 when "
                   "everyone is connected."},
            .nl = {"Fragmentatie",
                   "Het aandeel paren actoren dat elkaar helemaal niet kan bereiken (Borgatti); 0 als iedereen "
                   "verbonden is."},
            .views = view_report | view_table,
            .network = [](const WaveAnalysis& w) { return w.fragmentation; }},
    Measure{.key = "distance_fragmentation",
            .level = MeasureLevel::network,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Distance fragmentation",
                   "Like fragmentation, but a pair joined only through a long chain counts as partly apart "
                   "(Borgatti): 1 minus the mean of 1/distance over all pairs."},
            .nl = {"Afstandsfragmentatie",
                   "Als fragmentatie, maar een paar dat alleen via een lange keten verbonden is telt als deels "
                   "gescheiden (Borgatti): 1 min het gemiddelde van 1/afstand over alle paren."},
            .views = summary_and_report | view_table,
            .network = [](const WaveAnalysis& w) { return w.distance_fragmentation; }},
    Measure{.key = "communities",
            .level = MeasureLevel::network,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Communities",
                   "The number of clusters with more ties among themselves than chance would give (Leiden, "
                   "modularity), each lone actor counting as one."},
            .nl = {"Clusters",
                   "Het aantal clusters met meer banden onderling dan toeval zou geven (Leiden, modulariteit), "
                   "waarbij een actor zonder banden als één cluster telt."},
            .views = view_report | view_table,
            .network = [](const WaveAnalysis& w) { return count(w.communities.count()); }},
    Measure{.key = "community_modularity",
            .level = MeasureLevel::network,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Community modularity",
                   "How clearly the network falls into those clusters (modularity of the Leiden partition); "
                   "above 0.3 the clusters are clearly separate."},
            .nl = {"Modulariteit van de clusters",
                   "Hoe duidelijk het netwerk in die clusters uiteenvalt (modulariteit van de Leiden-indeling); "
                   "boven 0,3 zijn de clusters duidelijk gescheiden."},
            .views = view_table,
            .network = [](const WaveAnalysis& w) { return w.communities.modularity; }},

    // ---- Group level (docs/metrics.md, "Group level"), per --by attribute ------
    Measure{.key = "mixing",
            .level = MeasureLevel::group,
            .kind = MeasureKind::structured,
            .decimals = 0,
            .en = {"Ties between groups",
                   "The number of ties between each pair of groups; the diagonal counts the ties inside a group."},
            .nl = {"Banden tussen groepen",
                   "Het aantal banden tussen elk paar groepen; de diagonaal telt de banden binnen een groep."},
            .json = [](const AttributeGroups& g) {
                return group_matrix(g, [&](std::size_t a, std::size_t b) { return g.metrics.mixing[a][b]; });
            }},
    Measure{.key = "block_density",
            .level = MeasureLevel::group,
            .kind = MeasureKind::structured,
            .decimals = 3,
            .en = {"Block density", "The ties between two groups divided by the pairs of actors possible between them."},
            .nl = {"Blokdichtheid",
                   "De banden tussen twee groepen gedeeld door het aantal mogelijke paren actoren ertussen."},
            .json = [](const AttributeGroups& g) {
                return group_matrix(
                    g, [&](std::size_t a, std::size_t b) { return optional_json(g.metrics.block_density[a][b]); });
            }},
    Measure{.key = "internal_ties",
            .level = MeasureLevel::group,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Ties within groups", "The ties between actors of the same group."},
            .nl = {"Banden binnen groepen", "De banden tussen actoren uit dezelfde groep."},
            .group = [](const AttributeGroups& g) { return count(g.metrics.internal_ties); }},
    Measure{.key = "external_ties",
            .level = MeasureLevel::group,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Ties across groups", "The ties between actors of different groups (sectors or regions)."},
            .nl = {"Banden tussen groepen", "De banden tussen actoren uit verschillende groepen (sectoren of regio's)."},
            .views = view_headline | view_report | view_card,
            .group = [](const AttributeGroups& g) { return count(g.metrics.external_ties); }},
    Measure{.key = "ei_index",
            .level = MeasureLevel::group,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"E-I index",
                   "(external − internal)/(external + internal) ties of the groups, from −1 (all ties inside groups) "
                   "to +1 (all ties across groups) (Krackhardt and Stern)."},
            .nl = {"E-I-index",
                   "(externe − interne)/(externe + interne) banden van de groepen, van −1 (alle banden binnen groepen) "
                   "tot +1 (alle banden tussen groepen) (Krackhardt en Stern)."},
            .views = view_headline | view_report,
            .group = [](const AttributeGroups& g) { return g.metrics.ei_index; }},
    Measure{.key = "expected_ei_index",
            .level = MeasureLevel::group,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Expected E-I index", "The E-I index the group sizes alone would give if ties fell at random."},
            .nl = {"Verwachte E-I-index",
                   "De E-I-index die alleen de groepsgroottes zouden geven als banden willekeurig vielen."},
            .views = view_report,
            .group = [](const AttributeGroups& g) { return g.metrics.expected_ei_index; }},
    Measure{.key = "ei_p_value",
            .level = MeasureLevel::group,
            .kind = MeasureKind::probability,
            .decimals = 3,
            .en = {"p-value of the E-I index",
                   "The share of random relabellings of the actors, group sizes kept, whose E-I index lies at least "
                   "as far from the expected value as the observed one."},
            .nl = {"p-waarde van de E-I-index",
                   "Het aandeel willekeurige herverdelingen van de actoren over de groepen (groepsgroottes gelijk) "
                   "waarvan de E-I-index minstens zo ver van de verwachte waarde ligt als de gemeten index."},
            .views = view_report,
            .group = [](const AttributeGroups& g) { return g.metrics.ei_p_value; }},
    Measure{.key = "assortativity",
            .level = MeasureLevel::group,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Assortativity",
                   "How much more often actors tie within their own group than chance would give, from −1 to +1 "
                   "(Newman); 0 means no preference."},
            .nl = {"Assortativiteit",
                   "Hoeveel vaker actoren een band hebben binnen hun eigen groep dan toeval zou geven, van −1 tot +1 "
                   "(Newman); 0 betekent geen voorkeur."},
            .group = [](const AttributeGroups& g) { return g.metrics.assortativity; }},
    Measure{.key = "modularity",
            .level = MeasureLevel::group,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Modularity",
                   "How much the ties stay inside the groups compared with random ties between the same actors; "
                   "above 0.3 the groups are clearly separate circles."},
            .nl = {"Modulariteit",
                   "Hoeveel de banden binnen de groepen blijven vergeleken met willekeurige banden tussen dezelfde "
                   "actoren; boven 0,3 zijn de groepen duidelijk gescheiden kringen."},
            .group = [](const AttributeGroups& g) { return g.metrics.modularity; }},
    // The communities against the groups (groups/partition_comparison.hpp).
    Measure{.key = "community_nmi",
            .level = MeasureLevel::group,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Communities follow groups (NMI)",
                   "How much knowing an actor's cluster tells about its group (normalised mutual information, "
                   "over the actors with a tie), from 0 (nothing) to 1 (the clusters are the groups)."},
            .nl = {"Clusters volgen groepen (NMI)",
                   "Hoeveel het cluster van een actor zegt over zijn groep (genormaliseerde wederzijdse "
                   "informatie, over de actoren met een band), van 0 (niets) tot 1 (de clusters zijn de groepen)."},
            .views = view_report | view_table,
            .group = [](const AttributeGroups& g) { return g.communities.nmi; }},
    Measure{.key = "community_ari",
            .level = MeasureLevel::group,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Communities follow groups (ARI)",
                   "How often the clusters and the groups put a pair of actors together or apart alike, "
                   "corrected for chance (adjusted Rand index, over the actors with a tie); 0 is chance, 1 the same "
                   "partition."},
            .nl = {"Clusters volgen groepen (ARI)",
                   "Hoe vaak de clusters en de groepen een paar actoren op dezelfde manier samen of apart "
                   "zetten, gecorrigeerd voor toeval (aangepaste Rand-index, over de actoren met een band); 0 is "
                   "toeval, 1 dezelfde indeling."},
            .group = [](const AttributeGroups& g) { return g.communities.ari; }},
    Measure{.key = "community_vi",
            .level = MeasureLevel::group,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Communities against groups (VI)",
                   "The information lost and gained going from the groups to the clusters (variation of "
                   "information, natural log, over the actors with a tie); 0 when they are the same."},
            .nl = {"Clusters tegenover groepen (VI)",
                   "De informatie die verloren gaat en bijkomt van de groepen naar de clusters (variatie van "
                   "informatie, natuurlijke log, over de actoren met een band); 0 als ze gelijk zijn."},
            .group = [](const AttributeGroups& g) { return g.communities.vi; }},
    Measure{.key = "per_group",
            .level = MeasureLevel::group,
            .kind = MeasureKind::structured,
            .decimals = 3,
            .en = {"Per group", "Each group's size, ties inside and across, E-I index and internal density."},
            .nl = {"Per groep", "Per groep de grootte, banden binnen en naar buiten, E-I-index en interne dichtheid."},
            .json = [](const AttributeGroups& g) {
                Json out = Json::object();
                for (std::size_t a = 0; a < g.grouping.groups(); ++a) {
                    const GroupSummary& s = g.metrics.per_group[a];
                    out[g.grouping.names[a]] = {{"size", s.size},
                                                {"internal_ties", s.internal_ties},
                                                {"external_ties", s.external_ties},
                                                {"ei_index", optional_json(s.ei_index)},
                                                {"internal_density", optional_json(s.internal_density)}};
                }
                return out;
            }},
    Measure{.key = "helix_ties",
            .level = MeasureLevel::group,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Triple-helix ties",
                   "Ties between two actors of different helix roles: government, industry or education."},
            .nl = {"Triple-helixbanden",
                   "Banden tussen twee actoren met verschillende helixrollen: overheid, bedrijfsleven of onderwijs."},
            .group = [](const AttributeGroups& g) { return count(g.helix->ties); },
            .applies = [](const AttributeGroups& g) { return g.helix.has_value(); }},
    Measure{.key = "helix_triangles",
            .level = MeasureLevel::group,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Triple-helix triangles",
                   "Triangles of three actors that are government, industry and education, all tied to each other."},
            .nl = {"Triple-helixdriehoeken",
                   "Driehoeken van drie actoren uit overheid, bedrijfsleven en onderwijs die allemaal onderling een "
                   "band hebben."},
            .group = [](const AttributeGroups& g) { return count(g.helix->triangles); },
            .applies = [](const AttributeGroups& g) { return g.helix.has_value(); }},
    Measure{.key = "helix_open_triads",
            .level = MeasureLevel::group,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Open triple-helix triads",
                   "Chains of a government, an industry and an education actor in which the two ends are not tied."},
            .nl = {"Open triple-helixdrietallen",
                   "Ketens van een overheids-, bedrijfs- en onderwijsactor waarin de twee uiteinden geen band hebben."},
            .group = [](const AttributeGroups& g) { return count(g.helix->open_triads); },
            .applies = [](const AttributeGroups& g) { return g.helix.has_value(); }},

    // ---- Actor level (docs/metrics.md, "Actor level") --------------------------
    Measure{.key = "degree",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Degree", "The number of partners an actor has in the wave."},
            .nl = {"Aantal banden", "Het aantal partners van een actor in de meting."},
            .views = view_table | view_size,
            .actor = [](const WaveAnalysis& w, Vertex v) { return count(w.metrics.actors[v].degree); }},
    Measure{.key = "strength",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::real,
            .decimals = 2,
            .en = {"Strength", "The sum of the weights of an actor's ties."},
            .nl = {"Sterkte", "De som van de gewichten van de banden van een actor."},
            .views = view_table | view_size,
            .compact = true,
            .actor = [](const WaveAnalysis& w, Vertex v) -> Value { return w.metrics.actors[v].strength; }},
    Measure{.key = "degree_centrality",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Degree centrality", "An actor's partners as a share of all other actors in the wave."},
            .nl = {"Degreecentraliteit", "De partners van een actor als aandeel van alle andere actoren in de meting."},
            .actor = [](const WaveAnalysis& w, Vertex v) { return w.metrics.actors[v].degree_centrality; }},
    Measure{.key = "betweenness",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Betweenness",
                   "The share of shortest paths between other pairs of actors that pass through an actor (Brandes, "
                   "normalised to 0–1)."},
            .nl = {"Betweenness",
                   "Het aandeel kortste paden tussen andere paren actoren dat via een actor loopt (Brandes, "
                   "genormaliseerd op 0–1)."},
            .views = view_table | view_report | view_size,
            .actor = [](const WaveAnalysis& w, Vertex v) { return w.metrics.actors[v].betweenness; }},
    Measure{.key = "closeness",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Closeness",
                   "How few steps an actor needs to reach the others it can reach, scaled by how many it can reach "
                   "(Wasserman and Faust)."},
            .nl = {"Nabijheid",
                   "Hoe weinig stappen een actor nodig heeft om de anderen te bereiken die hij kan bereiken, gewogen "
                   "naar hoeveel dat er zijn (Wasserman en Faust)."},
            .views = view_table | view_size,
            .actor = [](const WaveAnalysis& w, Vertex v) { return w.metrics.actors[v].closeness; }},
    Measure{.key = "harmonic",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Harmonic centrality", "The mean of 1/steps to every other actor (0 for actors out of reach)."},
            .nl = {"Harmonische centraliteit",
                   "Het gemiddelde van 1/stappen naar elke andere actor (0 voor onbereikbare actoren)."},
            .views = view_table | view_size,
            .actor = [](const WaveAnalysis& w, Vertex v) { return w.metrics.actors[v].harmonic; }},
    Measure{.key = "eigenvector",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Eigenvector centrality", "High for actors tied to actors that are themselves well tied."},
            .nl = {"Eigenvectorcentraliteit", "Hoog voor actoren met banden met actoren die zelf veel banden hebben."},
            .views = view_table | view_size,
            .actor = [](const WaveAnalysis& w, Vertex v) { return w.metrics.actors[v].eigenvector; }},
    Measure{.key = "pagerank",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::real,
            .decimals = 4,
            .en = {"PageRank", "The share of time a random walk along the ties spends at an actor (damping 0.85)."},
            .nl = {"PageRank",
                   "Het aandeel van de tijd dat een willekeurige wandeling langs de banden bij een actor is (demping "
                   "0,85)."},
            .views = view_table | view_size,
            .actor = [](const WaveAnalysis& w, Vertex v) { return w.metrics.actors[v].pagerank; }},
    Measure{.key = "clustering",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Clustering", "The share of pairs of an actor's partners that are tied to each other."},
            .nl = {"Clustering", "Het aandeel paren partners van een actor dat onderling een band heeft."},
            .views = view_table,
            .actor = [](const WaveAnalysis& w, Vertex v) { return w.metrics.actors[v].clustering; }},
    Measure{.key = "core",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Core number",
                   "The largest k such that the actor belongs to a group in which everyone has at least k ties."},
            .nl = {"Kerngetal",
                   "De grootste k waarvoor de actor hoort bij een groep waarin iedereen minstens k banden heeft."},
            .views = view_table | view_size,
            .actor = [](const WaveAnalysis& w, Vertex v) { return count(w.metrics.actors[v].core); }},
    Measure{.key = "constraint",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Constraint",
                   "How much an actor's partners are tied to each other (Burt); high means few brokerage "
                   "opportunities."},
            .nl = {"Beperking",
                   "Hoe sterk de partners van een actor onderling verbonden zijn (Burt); hoog betekent weinig kansen "
                   "om te bemiddelen."},
            .views = view_table,
            .actor = [](const WaveAnalysis& w, Vertex v) { return w.metrics.actors[v].constraint; }},
    Measure{.key = "effective_size",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::real,
            .decimals = 2,
            .en = {"Effective size", "An actor's partners minus their redundancy through ties among them (Burt)."},
            .nl = {"Effectieve omvang",
                   "Het aantal partners van een actor min hun overlap door banden onderling (Burt)."},
            .views = view_table,
            .actor = [](const WaveAnalysis& w, Vertex v) { return w.metrics.actors[v].effective_size; }},
    Measure{.key = "articulation_point",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::flag,
            .decimals = 0,
            .en = {"Cut point", "Whether the actor's departure alone would split a part of the network."},
            .nl = {"Snijpunt", "Of het vertrek van de actor alleen al een deel van het netwerk zou splitsen."},
            .views = view_table,
            .actor = [](const WaveAnalysis& w, Vertex v) -> Value {
                return w.cut_points.articulation_point[v] ? 1.0 : 0.0;
            }},
    Measure{.key = "fragmentation_if_removed",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Fragmentation if removed",
                   "The distance fragmentation the network would have without this actor; the more it rises "
                   "above the network's own, the more the others depend on the actor."},
            .nl = {"Fragmentatie zonder deze actor",
                   "De afstandsfragmentatie die het netwerk zonder deze actor zou hebben; hoe verder die boven "
                   "die van het netwerk zelf ligt, hoe meer de anderen van de actor afhangen."},
            .views = view_table,
            .actor = [](const WaveAnalysis& w, Vertex v) { return w.fragmentation_if_removed.value[v]; }},
    Measure{.key = "community",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Community", "The actor's cluster (Leiden), numbered from 0 by size, largest first."},
            .nl = {"Cluster", "Het cluster van de actor (Leiden), genummerd vanaf 0 naar grootte, grootste eerst."},
            .actor = [](const WaveAnalysis& w, Vertex v) { return count(w.communities.of[v]); }},
    Measure{.key = "initiatives",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Initiatives", "The number of initiatives an actor takes part in during the wave."},
            .nl = {"Initiatieven", "Het aantal initiatieven waaraan een actor in de meting deelneemt."},
            .views = view_table,
            .actor = [](const WaveAnalysis& w, Vertex v) { return count(w.initiatives.actor_initiatives[v]); }},
    Measure{.key = "initiative_centrality",
            .level = MeasureLevel::actor,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Initiative centrality",
                   "The initiatives an actor takes part in as a share of all initiatives of the wave."},
            .nl = {"Initiatiefcentraliteit",
                   "De initiatieven waaraan een actor deelneemt als aandeel van alle initiatieven in de meting."},
            .actor = [](const WaveAnalysis& w, Vertex v) { return w.initiatives.initiative_centrality[v]; }},

    // ---- Actor level per --by attribute ------------------------------------
    Measure{.key = "ei_index",
            .level = MeasureLevel::actor_group,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"E-I index of the actor",
                   "(external − internal)/(external + internal) over the actor's own ties, from −1 to +1."},
            .nl = {"E-I-index van de actor",
                   "(externe − interne)/(externe + interne) over de eigen banden van de actor, van −1 tot +1."},
            .actor_group = [](const AttributeGroups& g, Vertex v) { return g.actor_ei[v]; }},
    role_measure<&BrokerageCounts::coordinator>(
        "coordinator", {"Coordinator", "Pairs of the actor's unconnected partners, all in its own group."},
        {"Coördinator", "Paren niet-verbonden partners van de actor, allemaal uit de eigen groep."}),
    role_measure<&BrokerageCounts::itinerant>(
        "itinerant",
        {"Itinerant broker", "Pairs of unconnected partners from one other group, linked by an outsider."},
        {"Rondreizend makelaar", "Paren niet-verbonden partners uit één andere groep, verbonden door een buitenstaander."}),
    role_measure<&BrokerageCounts::gatekeeper>(
        "gatekeeper",
        {"Gatekeeper", "Pairs of unconnected partners of which exactly one is in the actor's own group."},
        {"Poortwachter", "Paren niet-verbonden partners waarvan er precies één uit de eigen groep komt."}),
    role_measure<&BrokerageCounts::liaison>(
        "liaison", {"Liaison", "Pairs of unconnected partners from two other, different groups."},
        {"Verbinder", "Paren niet-verbonden partners uit twee andere, verschillende groepen."}),
    role_measure<&BrokerageCounts::total>(
        "total",
        {"Brokerage",
         "The number of pairs of an actor's contacts that are not tied to each other, which the actor links (Gould "
         "and Fernandez), counted over all roles."},
        {"Makelaarschap",
         "Het aantal paren contacten van een actor dat onderling geen band heeft en dat de actor verbindt (Gould en "
         "Fernandez), over alle rollen."},
        view_report),
    expected_measure<&BrokerageExpected::coordinator>("coordinator"),
    expected_measure<&BrokerageExpected::itinerant>("itinerant"),
    expected_measure<&BrokerageExpected::gatekeeper>("gatekeeper"),
    expected_measure<&BrokerageExpected::liaison>("liaison"),
    expected_measure<&BrokerageExpected::total>("total"),

    // ---- Initiatives: actors × initiatives (groups/initiatives.hpp) ------
    Measure{.key = "density",
            .level = MeasureLevel::two_mode,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Membership density",
                   "The share of all pairs of an actor and an initiative of the wave that are memberships: "
                   "memberships / (actors × initiatives)."},
            .nl = {"Dichtheid van deelname",
                   "Het aandeel van alle paren van een actor en een initiatief in de meting dat een deelname is: "
                   "deelnames / (actoren × initiatieven)."},
            .views = view_table | view_report,
            .network = [](const WaveAnalysis& w) { return w.initiatives.density; }},
    Measure{.key = "synergy_bits",
            .level = MeasureLevel::two_mode,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Triple-helix synergy (bits)",
                   "Leydesdorff's mutual information between whether the initiatives include education, industry "
                   "and government: below zero the three combine into synergy, above zero they are redundant."},
            .nl = {"Triple-helixsynergie (bits)",
                   "Leydesdorffs wederzijdse informatie tussen of de initiatieven onderwijs, bedrijfsleven en "
                   "overheid bevatten: onder nul vormen de drie samen synergie, boven nul overlappen ze."},
            .views = view_table | view_report,
            .network = [](const WaveAnalysis& w) { return w.initiatives.synergy_bits; }},
    Measure{.key = "members",
            .level = MeasureLevel::initiative,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Members", "The actors that take part in the initiative in the wave."},
            .nl = {"Leden", "De actoren die in de meting aan het initiatief deelnemen."},
            .views = view_table | view_report,
            .initiative = [](const WaveAnalysis& w, std::size_t i) {
                return count(w.initiatives.list[i].members.size());
            }},
    Measure{.key = "degree_centrality",
            .level = MeasureLevel::initiative,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Share of actors", "The initiative's members as a share of all actors in the wave."},
            .nl = {"Aandeel actoren", "De leden van het initiatief als aandeel van alle actoren in de meting."},
            .views = view_table | view_report,
            .initiative = [](const WaveAnalysis& w, std::size_t i) -> Value {
                return w.initiatives.list[i].degree_centrality;
            }},
    Measure{.key = "helix_roles",
            .level = MeasureLevel::initiative,
            .kind = MeasureKind::structured,
            .decimals = 0,
            .en = {"Helix roles", "Which of government, industry and education have a member in the initiative."},
            .nl = {"Helixrollen", "Welke van overheid, bedrijfsleven en onderwijs een lid in het initiatief hebben."},
            .views = view_report,
            .initiative_json = [](const WaveAnalysis& w, std::size_t i) {
                const InitiativeMeasures& p = w.initiatives.list[i];
                Json roles = Json::array();
                if (p.government) roles.push_back("government");
                if (p.industry) roles.push_back("industry");
                if (p.education) roles.push_back("education");
                return roles;
            }},
    Measure{.key = "helix_complete",
            .level = MeasureLevel::initiative,
            .kind = MeasureKind::flag,
            .decimals = 0,
            .en = {"All three helices",
                   "Whether government, industry and education all have a member in the initiative."},
            .nl = {"Alle drie de helices",
                   "Of overheid, bedrijfsleven en onderwijs alle drie een lid in het initiatief hebben."},
            .views = view_table | view_report,
            .initiative = [](const WaveAnalysis& w, std::size_t i) -> Value {
                return w.initiatives.list[i].helix_complete() ? 1.0 : 0.0;
            }},
    Measure{.key = "member_tie_density",
            .level = MeasureLevel::initiative,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Ties among members",
                   "The share of pairs of the initiative's members that have a direct tie in the wave."},
            .nl = {"Banden tussen leden",
                   "Het aandeel paren leden van het initiatief dat in de meting een directe band heeft."},
            .views = view_table | view_report,
            .initiative = [](const WaveAnalysis& w, std::size_t i) {
                return w.initiatives.list[i].member_tie_density;
            }},
    Measure{.key = "members_by",
            .level = MeasureLevel::initiative,
            .kind = MeasureKind::structured,
            .decimals = 0,
            .en = {"Members by group", "The initiative's members in each group of every --by attribute."},
            .nl = {"Leden per groep", "De leden van het initiatief in elke groep van elk --by-kenmerk."},
            .initiative_json = [](const WaveAnalysis& w, std::size_t i) {
                const InitiativeMeasures& p = w.initiatives.list[i];
                Json out = Json::object();
                for (std::size_t a = 0; a < p.members_by.size() && a < w.groups.attributes.size(); ++a) {
                    const Grouping& g = w.groups.attributes[a].grouping;
                    Json counts = Json::object();
                    for (std::size_t k = 0; k < g.groups(); ++k) counts[g.names[k]] = p.members_by[a][k];
                    out[g.attribute] = std::move(counts);
                }
                return out;
            }},
    Measure{.key = "shared",
            .level = MeasureLevel::initiative_pair,
            .kind = MeasureKind::count,
            .decimals = 0,
            .en = {"Shared members", "The actors that take part in both initiatives in the wave."},
            .nl = {"Gedeelde leden", "De actoren die in de meting aan beide initiatieven deelnemen."},
            .views = view_table | view_report,
            .initiative_pair = [](const WaveAnalysis& w, std::size_t i) {
                return count(w.initiatives.overlap[i].shared);
            }},
    Measure{.key = "jaccard",
            .level = MeasureLevel::initiative_pair,
            .kind = MeasureKind::real,
            .decimals = 3,
            .en = {"Overlap (Jaccard)",
                   "Shared members divided by the actors in either initiative: 1 the same members, 0 none in "
                   "common."},
            .nl = {"Overlap (Jaccard)",
                   "Gedeelde leden gedeeld door de actoren in een van beide initiatieven: 1 dezelfde leden, 0 geen "
                   "gemeenschappelijke."},
            .views = view_table | view_report,
            .initiative_pair = [](const WaveAnalysis& w, std::size_t i) -> Value {
                return w.initiatives.overlap[i].jaccard;
            }},

    // ---- Comparing two waves (docs/metrics.md, "Comparing two waves"; read by compare/) ----
    comparison_measure("ties_added", MeasureKind::count, {"Ties added", "Ties in the later wave that the earlier one did not have."},
                       {"Nieuwe banden", "Banden in de latere meting die er in de eerdere niet waren."}),
    comparison_measure("ties_removed", MeasureKind::count, {"Ties ended", "Ties of the earlier wave that the later one no longer has."},
                       {"Beëindigde banden", "Banden uit de eerdere meting die er in de latere niet meer zijn."}),
    comparison_measure("ties_stable", MeasureKind::count, {"Ties kept", "Ties present in both waves."},
                       {"Gebleven banden", "Banden die in beide metingen bestaan."}),
    comparison_measure("jaccard", MeasureKind::real,
                       {"Share of ties kept (Jaccard)",
                        "The ties present in both waves divided by the ties present in either: 1 means nothing "
                        "changed, 0 that no tie was kept."},
                       {"Aandeel gebleven banden (Jaccard)",
                        "De banden die in beide metingen bestaan, gedeeld door de banden die in één van beide "
                        "bestaan: 1 betekent niets veranderd, 0 dat geen band bleef."},
                       view_report),
    comparison_measure("hamming", MeasureKind::count,
                       {"Pairs that changed (Hamming)",
                        "Among actors present in both waves, the pairs that gained or lost a tie."},
                       {"Paren die veranderden (Hamming)",
                        "Van de actoren die in beide metingen voorkomen: de paren die een band kregen of verloren."}),
    comparison_measure("jaccard_common", MeasureKind::real,
                       {"Share of ties kept among actors in both waves",
                        "The Jaccard index over the actors present in both waves; below 0.3 the ties turned over "
                        "heavily."},
                       {"Aandeel gebleven banden tussen blijvers",
                        "De Jaccard-index over de actoren die in beide metingen voorkomen; onder 0,3 wisselden de "
                        "banden sterk."}),
    comparison_measure("rank_correlation.betweenness", MeasureKind::real,
                       {"Same brokers? (rank correlation of betweenness)",
                        "Spearman's rank correlation of betweenness over actors in both waves: 1 the same order, 0 "
                        "no relation."},
                       {"Dezelfde makelaars? (rangcorrelatie betweenness)",
                        "Spearmans rangcorrelatie van betweenness over actoren in beide metingen: 1 dezelfde "
                        "volgorde, 0 geen verband."}),
    comparison_measure("rank_correlation.degree", MeasureKind::real,
                       {"Same hubs? (rank correlation of degree)",
                        "Spearman's rank correlation of the number of ties over actors in both waves."},
                       {"Dezelfde spilfiguren? (rangcorrelatie banden)",
                        "Spearmans rangcorrelatie van het aantal banden over actoren in beide metingen."}),
    };
    return measures;
}

}  // namespace

std::span<const Measure> all_measures() { return table(); }

const Measure* find_measure(MeasureLevel level, std::string_view key) {
    for (const Measure& m : table()) {
        if (m.level != level) continue;
        if (m.family.empty() ? key == m.key
                             : key.size() == m.family.size() + 1 + m.key.size() && key.starts_with(m.family) &&
                                   key[m.family.size()] == '.' && key.ends_with(m.key))
            return &m;
    }
    return nullptr;
}

std::string format_measure(const Measure& measure, const std::optional<double>& value, Language language) {
    if (!value) return format_decimal(std::nullopt, 0, language);
    switch (measure.kind) {
        case MeasureKind::count:
            return format_decimal(value, 0, language);
        case MeasureKind::flag:
            return *value != 0 ? (language == Language::dutch ? "ja" : "yes")
                               : (language == Language::dutch ? "nee" : "no");
        case MeasureKind::probability:
            return format_p_value(value, language);
        case MeasureKind::real:
        case MeasureKind::structured:
            break;
    }
    const bool whole = measure.compact && std::floor(*value) == *value;
    return format_decimal(value, whole ? 0 : measure.decimals, language);
}

nlohmann::ordered_json measure_json(const Measure& measure, const std::optional<double>& value) {
    if (!value) return nullptr;
    switch (measure.kind) {
        case MeasureKind::count:
            return static_cast<std::uint64_t>(std::llround(*value));
        case MeasureKind::flag:
            return *value != 0;
        default:
            return *value;
    }
}

std::string measure_csv(const Measure& measure, const std::optional<double>& value, const CsvWriter& writer,
                        bool full_precision) {
    if (!value) return {};
    switch (measure.kind) {
        case MeasureKind::count:
            return std::to_string(std::llround(*value));
        case MeasureKind::flag:
            return *value != 0 ? "true" : "false";
        default:
            break;
    }
    if (full_precision) return writer.number(*value);
    const bool whole = measure.compact && std::floor(*value) == *value;
    return writer.number(*value, whole ? 0 : measure.decimals);
}

std::string format_change(const Measure& measure, const std::optional<double>& from, const std::optional<double>& to,
                          Language language) {
    if (!from || !to) return format_decimal(std::nullopt, 0, language);
    const double change = *to - *from;
    const int decimals = measure.kind == MeasureKind::count ? 0 : measure.decimals;
    std::string out = format_signed(change, decimals, language);
    if (measure.kind == MeasureKind::count && std::fabs(*from) >= relative_change_base) {
        const std::string percent = format_signed(100.0 * change / std::fabs(*from), 0, language);
        out += " (" + percent + "%)";
    }
    return out;
}

std::string explain_measures(const std::vector<const Measure*>& measures, Language language, std::size_t width) {
    std::string out;
    std::vector<const Measure*> done;
    for (const Measure* m : measures) {
        if (std::find(done.begin(), done.end(), m) != done.end()) continue;
        done.push_back(m);
        const MeasureText& t = m->text(language);
        out += wrap_text(std::string(t.label) + ": " + std::string(t.definition), width, "    ");
    }
    return out;
}

std::vector<std::string> size_measure_keys() {
    std::vector<std::string> out;
    for (const Measure& m : table())
        if (m.level == MeasureLevel::actor && m.in(view_size)) out.emplace_back(m.key);
    return out;
}
}  // namespace helixnet
