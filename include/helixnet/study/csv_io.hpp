// The CSV folder form of a study (docs/format.md): study.json (optional header),
// actors.csv, ties.csv, memberships.csv and initiatives.csv, each RFC 4180.
#pragma once

#include <filesystem>

#include <optional>

#include "helixnet/error.hpp"
#include "helixnet/study/csv.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

// Reads and validates a CSV study folder; warnings go into `diagnostics`,
// and when any error is found throws InvalidInput with all of them.
[[nodiscard]] Study read_study_folder(const std::filesystem::path& folder, Diagnostics& diagnostics);

// Writes the study as a CSV folder (created if absent) in `dialect` (weights
// with its decimal mark). Each file is written atomically; files of the form
// the study does not need are not written.
void write_study_folder(const Study& study, const std::filesystem::path& folder, const CsvDialect& dialect = {});

// The dialect a CSV folder is written in (that of its actors.csv), so that
// writing it back keeps the user's separator, decimal mark, byte-order mark
// and line ends; nullopt when the folder has no actors.csv.
[[nodiscard]] std::optional<CsvDialect> study_folder_dialect(const std::filesystem::path& folder);

}  // namespace helixnet
