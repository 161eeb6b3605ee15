// Where the bundled study lives, wherever helixnet is run from.
#pragma once

#include <filesystem>

namespace helixnet {

// The folder of the bundled study `regio-deal-drechtsteden-gorinchem`, looked
// for in order: $HELIXNET_DATA_DIR/networks, <program dir>/../share/helixnet/networks
// (an installed or relocated tree), the source tree the program was built
// from, and the install prefix it was configured for. Throws Failure listing
// the places searched when none holds it.
[[nodiscard]] std::filesystem::path bundled_study_path();

inline constexpr const char* bundled_study_name = "regio-deal-drechtsteden-gorinchem";

}  // namespace helixnet
