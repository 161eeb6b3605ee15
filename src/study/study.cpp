#include "helixnet/study/study.hpp"

#include <algorithm>

#include "helixnet/error.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {

std::optional<Confidence> parse_confidence(std::string_view text) {
    const auto is = [&](std::string_view word) {
        return text.size() == word.size() && std::equal(text.begin(), text.end(), word.begin(), [](char a, char b) {
                   return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
               });
    };
    if (is("stated")) return Confidence::stated;
    if (is("implied")) return Confidence::implied;
    if (is("assumed")) return Confidence::assumed;
    return std::nullopt;
}

std::string_view to_string(Confidence c) {
    switch (c) {
        case Confidence::stated:
            return "stated";
        case Confidence::implied:
            return "implied";
        case Confidence::assumed:
            return "assumed";
    }
    return "stated";
}

const std::string* Actor::attribute(std::string_view key) const {
    const auto it = attributes.find(std::string(key));
    return it == attributes.end() ? nullptr : &it->second;
}

bool Actor::stands_for_group() const {
    const std::string* count = attribute(group_count_attribute);
    return count != nullptr && !trim(*count).empty();
}

const ValueInfo* AttributeInfo::find(std::string_view value) const {
    for (const auto& [v, info] : values)
        if (v == value) return &info;
    return nullptr;
}

std::optional<std::uint32_t> Study::actor_index(std::string_view id) const {
    const auto it = index_.find(id);
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

bool Study::has_wave(int year) const {
    return std::any_of(waves.begin(), waves.end(), [&](const Wave& w) { return w.year == year; });
}

bool Study::actor_in_wave(std::uint32_t actor, int year) const {
    const auto& w = actors[actor].waves;
    return w.empty() || std::find(w.begin(), w.end(), year) != w.end();
}

std::size_t Study::actors_in_wave(int year) const {
    std::size_t n = 0;
    for (std::uint32_t a = 0; a < actors.size(); ++a) n += actor_in_wave(a, year);
    return n;
}

const AttributeInfo* Study::attribute_info(std::string_view name) const {
    for (const auto& a : attributes)
        if (a.name == name) return &a;
    return nullptr;
}

std::vector<int> Study::wave_years() const {
    std::vector<int> years;
    years.reserve(waves.size());
    for (const auto& w : waves) years.push_back(w.year);
    return years;
}

bool Study::has_attribute(std::string_view name) const {
    return attribute_info(name) != nullptr ||
           std::find(attribute_names.begin(), attribute_names.end(), name) != attribute_names.end();
}

std::string Study::value_label(std::string_view attribute, std::string_view value) const {
    if (const AttributeInfo* info = attribute_info(attribute))
        if (const ValueInfo* v = info->find(value); v && !v->label.empty()) return v->label;
    return std::string(value);
}

std::string_view Study::helix_role(std::string_view sector_value) const {
    if (const AttributeInfo* info = attribute_info("sector")) {
        if (const ValueInfo* v = info->find(sector_value)) {
            if (!v->helix.empty()) return v->helix;
            // Declared without a role: only the conventional names take one.
        }
    }
    if (sector_value == "government" || sector_value == "industry" || sector_value == "education") return sector_value;
    return {};
}

void Study::reindex() {
    index_.clear();
    index_.reserve(actors.size());
    for (std::uint32_t i = 0; i < actors.size(); ++i) index_.emplace(actors[i].id, i);
}

void Study::reindex_one(std::size_t i) { index_.emplace(actors[i].id, static_cast<std::uint32_t>(i)); }

std::string wave_list(const Study& study) {
    std::string years;
    for (const Wave& w : study.waves) years += (years.empty() ? "" : ", ") + std::to_string(w.year);
    return years.empty() ? std::string("none") : years;
}

void require_wave(const Study& study, int year) {
    if (!study.has_wave(year))
        throw Failure("the study has no wave " + std::to_string(year) + " (its waves: " + wave_list(study) + ")");
}

Study filter_by_confidence(const Study& study, Confidence level) {
    Study out = study;
    std::erase_if(out.ties, [&](const Tie& t) { return t.level() < level; });
    for (auto& init : out.initiatives)
        std::erase_if(init.members, [&](const Membership& m) { return m.level() < level; });
    return out;
}

}  // namespace helixnet
