// libFuzzer target: plain edge lists (study/edge_list). The input packs the
// edge list and, optionally, its attribute CSV (fuzz.hpp, unpack):
// `>>> edges` and `>>> attributes.csv`; an input without `>>>` lines is the
// edge list alone.
#include "fuzz.hpp"
#include "helixnet/study/edge_list.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace helixnet;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto& folder = fuzz::scratch();
    const auto edges = folder / "fuzz.edges";
    std::filesystem::path attributes;
    auto files = fuzz::unpack(input);
    if (files.empty()) files.emplace_back("edges", std::string(input));
    fuzz::write_file(edges, {});
    for (const auto& [name, content] : files) {
        if (name == "edges") fuzz::write_file(edges, content);
        if (name == "attributes.csv") {
            attributes = folder / "attributes.csv";
            fuzz::write_file(attributes, content);
        }
    }
    fuzz::read([&] {
        Diagnostics d;
        return read_edge_list(edges, attributes, d);
    });
    return 0;
}
