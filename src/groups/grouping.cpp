#include "helixnet/groups/grouping.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "helixnet/error.hpp"

namespace helixnet {

std::optional<std::uint32_t> Grouping::find(std::string_view name) const {
    for (std::uint32_t g = 0; g < names.size(); ++g)
        if (names[g] == name) return g;
    return std::nullopt;
}

std::vector<std::string> attribute_parts(const Study& study, std::string_view attribute) {
    if (study.has_attribute(attribute) || attribute.find('+') == std::string_view::npos)
        return {std::string(attribute)};
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t plus = attribute.find('+', start);
        parts.emplace_back(attribute.substr(start, plus == std::string_view::npos ? plus : plus - start));
        if (plus == std::string_view::npos) break;
        start = plus + 1;
    }
    return parts;
}

namespace {

bool is_unknown(const std::string* value) { return value == nullptr || value->empty() || *value == unknown_group; }

// Ranks of the values one attribute takes in the wave: declared values first
// (in declared order), then the others in byte order, "unknown" last.
struct PartRanks {
    std::vector<std::string> names;      // rank -> value
    std::vector<std::uint32_t> rank_of;  // vertex -> rank
};

PartRanks rank_part(const Study& study, const WaveGraph& graph, const std::string& part) {
    std::vector<const std::string*> value_of(graph.actors());
    bool any_unknown = false;
    std::vector<std::string> seen;
    for (Vertex v = 0; v < graph.actors(); ++v) {
        const std::string* value = study.actors[graph.actor(v)].attribute(part);
        if (is_unknown(value)) {
            any_unknown = true;
            value = nullptr;
        } else {
            seen.push_back(*value);
        }
        value_of[v] = value;
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());

    PartRanks ranks;
    if (const AttributeInfo* info = study.attribute_info(part)) {
        for (const auto& [value, meta] : info->values)
            if (std::binary_search(seen.begin(), seen.end(), value) &&
                std::find(ranks.names.begin(), ranks.names.end(), value) == ranks.names.end())
                ranks.names.push_back(value);
    }
    for (const std::string& value : seen)
        if (std::find(ranks.names.begin(), ranks.names.end(), value) == ranks.names.end()) ranks.names.push_back(value);
    const auto unknown_rank = static_cast<std::uint32_t>(ranks.names.size());
    if (any_unknown) ranks.names.emplace_back(unknown_group);

    std::map<std::string_view, std::uint32_t> rank;
    for (std::uint32_t r = 0; r < ranks.names.size(); ++r) rank.emplace(ranks.names[r], r);
    ranks.rank_of.resize(graph.actors());
    for (Vertex v = 0; v < graph.actors(); ++v)
        ranks.rank_of[v] = value_of[v] == nullptr ? unknown_rank : rank.at(*value_of[v]);
    return ranks;
}

void count_sizes(Grouping& grouping) {
    grouping.sizes.assign(grouping.names.size(), 0);
    for (const std::uint32_t g : grouping.group_of) ++grouping.sizes[g];
}

}  // namespace

Grouping make_grouping(const Study& study, const WaveGraph& graph, std::string_view attribute) {
    const std::vector<std::string> parts = attribute_parts(study, attribute);
    for (const std::string& part : parts)
        if (part.empty() || !study.has_attribute(part))
            throw Failure("the study has no attribute '" + part + "'" +
                          (parts.size() > 1 ? " (in '" + std::string(attribute) + "')" : std::string()));

    std::vector<PartRanks> ranks;
    ranks.reserve(parts.size());
    for (const std::string& part : parts) ranks.push_back(rank_part(study, graph, part));

    // Key of a vertex: the ranks of its parts; groups are the distinct keys in
    // lexicographic order.
    const std::size_t n = graph.actors();
    std::map<std::vector<std::uint32_t>, std::uint32_t> key_index;
    std::vector<std::vector<std::uint32_t>> key_of(n);
    for (Vertex v = 0; v < n; ++v) {
        key_of[v].reserve(parts.size());
        for (const PartRanks& r : ranks) key_of[v].push_back(r.rank_of[v]);
        key_index.emplace(key_of[v], 0);
    }
    Grouping grouping;
    grouping.attribute = std::string(attribute);
    for (auto& [key, index] : key_index) {
        index = static_cast<std::uint32_t>(grouping.names.size());
        std::string name;
        for (std::size_t p = 0; p < key.size(); ++p) {
            if (p > 0) name += '+';
            name += ranks[p].names[key[p]];
        }
        grouping.names.push_back(std::move(name));
    }
    grouping.group_of.resize(n);
    for (Vertex v = 0; v < n; ++v) grouping.group_of[v] = key_index.at(key_of[v]);
    count_sizes(grouping);
    return grouping;
}

Grouping make_grouping(std::string_view attribute, std::span<const std::string> values) {
    std::vector<std::string> seen;
    bool any_unknown = false;
    for (const std::string& value : values) {
        if (value.empty() || value == unknown_group)
            any_unknown = true;
        else
            seen.push_back(value);
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    Grouping grouping;
    grouping.attribute = std::string(attribute);
    grouping.names = seen;
    if (any_unknown) grouping.names.emplace_back(unknown_group);
    grouping.group_of.resize(values.size());
    for (std::size_t v = 0; v < values.size(); ++v) {
        const std::string& value = values[v];
        grouping.group_of[v] =
            value.empty() || value == unknown_group
                ? static_cast<std::uint32_t>(seen.size())
                : static_cast<std::uint32_t>(std::lower_bound(seen.begin(), seen.end(), value) - seen.begin());
    }
    count_sizes(grouping);
    return grouping;
}

std::vector<std::string> merge_group_names(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<std::string> out = a;
    std::size_t insert_at = 0;
    for (const auto& name : b) {
        const auto it = std::find(out.begin(), out.end(), name);
        if (it != out.end()) {
            insert_at = static_cast<std::size_t>(it - out.begin()) + 1;
        } else {
            out.insert(out.begin() + static_cast<std::ptrdiff_t>(insert_at), name);
            ++insert_at;
        }
    }
    return out;
}

}  // namespace helixnet
