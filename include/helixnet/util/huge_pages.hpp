// Transparent huge pages for the heap. On a large network most of the time
// goes to reads scattered over arrays of many megabytes (the lanes of the
// multi-source BFS, Leiden's communities, the power iteration's vector): with
// 4 KiB pages nearly every such read also misses the address-translation
// cache, and the kernel takes a fault for every 4 KiB first touched. glibc
// backs its heap with 2 MiB pages when its tunable glibc.malloc.hugetlb is 1
// (glibc 2.35 and later; a no-op where the kernel does not offer them), and
// the tunable is read only from the environment when a program starts: so the
// command-line program starts itself once more with it set (src/cli/main.cpp).
// The 1M-actor `metrics --approx 0.02` run took 39-48 s with it and 43-57 s
// without, alternating (docs/metrics.md).
#pragma once

#include <optional>
#include <string>

namespace helixnet {

// The value of GLIBC_TUNABLES that asks for huge pages, given its current
// value (null when unset), or nullopt when it already says something about
// glibc.malloc.hugetlb (the user's choice, or a start that already set it).
[[nodiscard]] std::optional<std::string> tunables_with_huge_pages(const char* current);

}  // namespace helixnet
