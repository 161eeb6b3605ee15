#include "helixnet/compare/narrative.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "helixnet/groups/grouping.hpp"
#include "helixnet/util/number.hpp"
#include "helixnet/util/table.hpp"

namespace helixnet {
namespace {

constexpr const char* arrow = "\xE2\x86\x92";  // →

std::string number(double v, int decimals, Words w) { return format_decimal(v, decimals, w.language); }

// A movement split into verb and the rest, so that Dutch can put the subject
// between them after a fronted phrase ("Van 2019 tot 2022 steeg het aantal
// banden van 17 naar 40").
struct Movement {
    std::string verb;
    std::string rest;
};

// The percentage is given only for counts from at least relative_change_base
// (analysis/measures.hpp): "+300%" on a count of 1 misleads.
Movement movement(double from, double to, int decimals, Words w, bool percent = true) {
    const std::string a = number(from, decimals, w);
    const std::string b = number(to, decimals, w);
    if (a == b) return {w.pick("stayed", "bleef"), fmt::format("{} {}", w.pick("at", "gelijk op"), a)};
    std::string rest = fmt::format("{} {} {} {}", w.pick("from", "van"), a, w.pick("to", "naar"), b);
    if (percent && decimals == 0 && std::fabs(from) >= relative_change_base)
        rest += fmt::format(" ({}%)", format_signed(100.0 * (to - from) / std::fabs(from), 0, w.language));
    const bool up = to > from;
    return {up ? w.pick("rose", "steeg") : w.pick("fell", "daalde"), std::move(rest)};
}

std::string clause(const std::string& subject, const Movement& m) { return subject + " " + m.verb + " " + m.rest; }

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string join_list(const std::vector<std::string>& items, Words w) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? w.pick(" and ", " en ") : ", ";
        out += items[i];
    }
    return out;
}

const ValueChange* find(const std::vector<NamedChange>& list, std::string_view key) {
    for (const auto& n : list)
        if (n.key == key) return &n.value;
    return nullptr;
}

bool defined(const ValueChange* v) { return v && v->from && v->to; }

// "sectors" / "sectoren" for the attributes the project knows; otherwise
// "different values of ‘x’".
std::string groups_noun(const std::string& attribute, Words w) {
    if (const auto nouns = attribute_nouns(attribute, w.language)) return std::string(nouns->plural);
    return fmt::format("{} \xE2\x80\x98{}\xE2\x80\x99", w.pick("different values of", "verschillende waarden van"),
                       attribute);
}

std::string group_label(const Study& study, const std::string& attribute, const std::string& group, Words w) {
    if (group == unknown_group) return w.pick("unknown", "onbekend");
    return study.value_label(attribute, group);
}

std::string ties_word(Words w) { return w.pick("ties", "het aantal banden"); }

void add_sentence(std::string& out, const std::string& sentence) {
    if (sentence.empty()) return;
    if (!out.empty()) out += ' ';
    out += capitalised(sentence) + ".";
}

std::string group_sentence(const Study& study, const AttributeChange& g, Words w) {
    std::vector<std::string> clauses;
    const ValueChange* external = find(g.metrics, "external_ties");
    if (defined(external))
        clauses.push_back(
            clause(fmt::format("{} {} {}", ties_word(w), w.pick("between", "tussen"), groups_noun(g.attribute, w)),
                   movement(*external->from, *external->to, 0, w)));
    std::vector<std::string> known;
    for (const auto& p : g.mixing)
        for (const auto* name : {&p.group_a, &p.group_b})
            if (*name != unknown_group && std::find(known.begin(), known.end(), *name) == known.end())
                known.push_back(*name);
    if (known.size() <= pair_clause_limit) {
        for (const auto& p : g.mixing) {
            if (p.group_a == p.group_b || p.group_a == unknown_group || p.group_b == unknown_group) continue;
            if (p.from == 0 && p.to == 0) continue;
            clauses.push_back(clause(fmt::format("{} {} {} {} {}", ties_word(w), w.pick("between", "tussen"),
                                                 group_label(study, g.attribute, p.group_a, w), w.pick("and", "en"),
                                                 group_label(study, g.attribute, p.group_b, w)),
                                     movement(static_cast<double>(p.from), static_cast<double>(p.to), 0, w)));
        }
    }
    std::string out;
    for (std::size_t i = 0; i < clauses.size(); ++i) out += (i ? "; " : "") + clauses[i];
    return out;
}

}  // namespace

std::string change_paragraph(const Study& study, const WaveComparison& c, Language language) {
    const Words w{language};
    std::string out;

    // 1. Ties.
    if (const ValueChange* ties = find(c.network, "ties"); defined(ties)) {
        const Movement m = movement(*ties->from, *ties->to, 0, w);
        if (w.dutch())
            add_sentence(out, fmt::format("van {} tot {} {} het aantal banden {}", c.from, c.to, m.verb, m.rest));
        else
            add_sentence(out, fmt::format("from {} to {} the number of ties {} {}", c.from, c.to, m.verb, m.rest));
    }

    // 2. Ties between groups.
    for (const auto& g : c.groups) add_sentence(out, group_sentence(study, g, w));

    // 3. Stability.
    const bool actors_changed = !c.ties.joined.empty() || !c.ties.left.empty();
    const std::size_t first_ties = c.ties.ties_stable + c.ties.ties_removed;
    const std::string heavy = w.pick(" (below 0.3: heavy turnover)", " (onder 0,3: veel verloop)");
    if (first_ties > 0 && c.ties.jaccard) {
        std::string s = w.dutch()
                            ? fmt::format("{} van de {} banden van {} bestonden in {} nog (Jaccard {}",
                                          c.ties.ties_stable, first_ties, c.from, c.to, number(*c.ties.jaccard, 2, w))
                            : fmt::format("{} of the {} ties of {} were still there in {} (Jaccard {}",
                                          c.ties.ties_stable, first_ties, c.from, c.to, number(*c.ties.jaccard, 2, w));
        s += ")";
        if (actors_changed && c.ties.jaccard_common) {
            s += fmt::format("; {} {}",
                             w.pick("among the actors present in both waves the Jaccard index is",
                                    "onder de actoren die in beide metingen meededen is de Jaccard-index"),
                             number(*c.ties.jaccard_common, 2, w));
            if (*c.ties.jaccard_common < 0.3) s += heavy;
        } else if (!actors_changed && *c.ties.jaccard < 0.3) {
            s += heavy;
        }
        add_sentence(out, s);
    }

    // 4. Composition.
    const std::size_t joined = c.ties.joined.size();
    const std::size_t left = c.ties.left.size();
    const std::size_t common = c.ties.common_actors;
    if (actors_changed) {
        if (w.dutch())
            add_sentence(out, fmt::format("de samenstelling veranderde: {}, {}; {} van de {} actoren deden in beide "
                                          "metingen mee",
                                          joined == 0   ? std::string("er kwam niemand bij")
                                          : joined == 1 ? std::string("1 actor kwam erbij")
                                                        : fmt::format("{} actoren kwamen erbij", joined),
                                          left == 0   ? std::string("niemand viel af")
                                          : left == 1 ? std::string("1 viel af")
                                                      : fmt::format("{} vielen af", left),
                                          common, common + joined + left));
        else
            add_sentence(out, fmt::format("the actor set changed: {} joined, {} left; {} of {} actors took part in "
                                          "both waves",
                                          joined, left, common, common + joined + left));
    } else if (common > 0) {
        add_sentence(out, w.dutch() ? fmt::format("in beide metingen deden dezelfde {} actoren mee", common)
                                    : fmt::format("the same {} actors took part in both waves", common));
    }
    const ValueChange* actors = find(c.network, "actors");
    const ValueChange* density = find(c.network, "density");
    const ValueChange* degree = find(c.network, "average_degree");
    if (defined(actors) && *actors->from != *actors->to && defined(density) && defined(degree)) {
        const Movement m = movement(*density->from, *density->to, 3, w);
        const std::string n = fmt::format("{} {} {}", number(*actors->from, 0, w), arrow, number(*actors->to, 0, w));
        const std::string d = fmt::format("{} {} {}", number(*degree->from, 1, w), arrow, number(*degree->to, 1, w));
        add_sentence(out, w.dutch()
                              ? fmt::format("{}; die deelt door het aantal mogelijke paren, dat met het kwadraat van "
                                            "het aantal actoren groeit ({}), dus het gemiddelde aantal banden per "
                                            "actor ({}) zegt meer over groei van de samenwerking",
                                            clause("de dichtheid", m), n, d)
                              : fmt::format("{}; it divides by the number of possible pairs, which grows with the "
                                            "square of the number of actors ({}), so the average degree ({}) says "
                                            "more about growth in collaboration",
                                            clause("density", m), n, d));
    }

    // 5. Who brokers more: the largest rises in betweenness.
    // Betweenness with the decimals of the table of measures, so that a small
    // rise does not print as "0.00 → 0.00".
    const int decimals = find_measure(MeasureLevel::actor, "betweenness")->decimals;
    std::vector<std::string> hubs;
    for (const auto& a : c.actors) {
        const auto rise = a.betweenness_rise();
        if (!rise || *rise <= 1e-9 || hubs.size() == 3) break;
        hubs.push_back(fmt::format("{} ({} {} {})", study.actors.at(a.actor).name,
                                   number(*a.betweenness_from, decimals, w), arrow,
                                   number(*a.betweenness_to, decimals, w)));
    }
    if (!hubs.empty())
        add_sentence(out,
                     fmt::format("{} {}", w.pick("betweenness rose most for", "de betweenness steeg het meest bij"),
                                 join_list(hubs, w)));
    return out;
}

}  // namespace helixnet
