// libFuzzer target: Graphviz DOT (study/dot_io, through cgraph). The reader
// takes the text, as load_study hands it over after reading the file.
#include "fuzz.hpp"
#include "helixnet/study/dot_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace helixnet;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzz::read([&] {
        Diagnostics d;
        return read_study_dot(text, "fuzz.dot", d);
    });
    return 0;
}
