#include "helixnet/util/huge_pages.hpp"

#include <string_view>

namespace helixnet {

std::optional<std::string> tunables_with_huge_pages(const char* current) {
    constexpr std::string_view setting = "glibc.malloc.hugetlb=1";
    if (current == nullptr || *current == '\0') return std::string(setting);
    const std::string_view value(current);
    if (value.find("glibc.malloc.hugetlb") != std::string_view::npos) return std::nullopt;
    return std::string(value) + ":" + std::string(setting);
}

}  // namespace helixnet
