// libFuzzer target: GraphML (study/graphml_io); an accepted study must also
// survive being written as GraphML and read back.
#include "fuzz.hpp"
#include "helixnet/study/graphml_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace helixnet;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto reader = [](const std::string& t, Diagnostics& d) { return read_study_graphml(t, "fuzz.graphml", d); };
    fuzz::read(
        [&] {
            Diagnostics d;
            return read_study_graphml(text, "fuzz.graphml", d);
        },
        [&](const Study& s) { fuzz::check_kept(s, write_study_graphml, reader); });
    return 0;
}
