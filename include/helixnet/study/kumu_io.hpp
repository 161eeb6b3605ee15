// Kumu's JSON import (a "blueprint", docs.kumu.io/guides/import/blueprints)
// written from a study (docs/format.md "Kumu"), to map it in Kumu.
//
// `elements`: one per actor, with `id` (the actor id, which connections
// name), `label` (its name), `type` (its sector), its other attributes as
// fields of their own name, `description` (its note) and `tags` (the waves it
// takes part in, as text). `connections`: one per tie, with `from`, `to`,
// `direction` ("undirected"), `type` (the kind), `strength` (the weight),
// `description` (the evidence), `confidence`, `wave`, `initiative` and
// `source_ref`. Kumu's JSON is written, not read.
#pragma once

#include <optional>
#include <string>

#include "helixnet/study/study.hpp"

namespace helixnet {

// The actors and ties of one wave, or of every wave (each connection naming
// its wave) when `wave` is nullopt.
[[nodiscard]] std::string write_study_kumu(const Study& study, std::optional<int> wave = std::nullopt);

}  // namespace helixnet
