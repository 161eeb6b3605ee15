// libFuzzer target: GEXF (study/gexf_io); an accepted study must also
// survive being written as GEXF and read back.
#include "fuzz.hpp"
#include "helixnet/study/gexf_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace helixnet;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto reader = [](const std::string& t, Diagnostics& d) { return read_study_gexf(t, "fuzz.gexf", d); };
    fuzz::read(
        [&] {
            Diagnostics d;
            return read_study_gexf(text, "fuzz.gexf", d);
        },
        [&](const Study& s) { fuzz::check_kept(s, write_study_gexf, reader); });
    return 0;
}
