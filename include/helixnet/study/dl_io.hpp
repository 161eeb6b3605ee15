// UCINET's DL format (`.dl`) as a form of a study (docs/format.md "UCINET
// DL"): one wave of one-mode data.
//
// Written: `format = edgelist1` with the actor ids as `labels:` (so that
// isolates are kept) and one `from to weight` line per tie of the wave.
//
// Read: `dl n=...` with `format = edgelist1`, `nodelist1` or `fullmatrix`
// (the default), labels given by `labels:` or `labels embedded` (without
// either, actors are numbered 1..n), `diagonal = present|absent`; keywords
// in any case, separated by spaces, commas or line breaks. The data are a
// matrix, as UCINET reads them: a cell listed twice in a list adds up, and a
// pair whose two cells differ is one tie weighing the larger (UCINET's
// symmetrizing by maximum, with a warning); the diagonal is ignored. The
// file is one wave, numbered 0. Two-mode data (`nr`, `nc`), several
// matrices (`nm`) and other formats are errors.
#pragma once

#include <string>
#include <string_view>

#include "helixnet/error.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

// Reads and validates a study from DL text (the content of `file`).
// Warnings go into `diagnostics`; throws InvalidInput with every error, each
// naming the file, the line and the value. `n` may exceed the file's size
// in bytes by at most 10,000.
[[nodiscard]] Study read_study_dl(std::string_view text, const std::string& file, Diagnostics& diagnostics);

// The wave `wave` of the study. Throws Failure when an actor id cannot be a
// DL label (it holds both kinds of quote or a line break).
[[nodiscard]] std::string write_study_dl(const Study& study, int wave);

}  // namespace helixnet
