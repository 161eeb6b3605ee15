// Numbers for people: the one decimal formatter of every table, paragraph,
// report and diagram label. (Numbers for machines, JSON and CSV at full
// precision, are written by format_number in util/text.hpp.)
#pragma once

#include <optional>
#include <string>

#include "helixnet/util/language.hpp"

namespace helixnet {

// `value` with `decimals` digits after the point (a decimal comma in Dutch),
// rounded as printf rounds (to nearest, ties to even); a value that rounds to zero
// prints without a sign ("0.000", never "-0.000"); "–" for an undefined value.
[[nodiscard]] std::string format_decimal(const std::optional<double>& value, int decimals,
                                         Language language = Language::english);

// The same with a sign: "+0.042", "-3", "0" for a change that
// rounds to zero.
[[nodiscard]] std::string format_signed(const std::optional<double>& value, int decimals,
                                        Language language = Language::english);

// A p-value for people: "< 0.001" below 0.001, else 3 decimals; "–" undefined.
[[nodiscard]] std::string format_p_value(const std::optional<double>& value, Language language = Language::english);

}  // namespace helixnet
