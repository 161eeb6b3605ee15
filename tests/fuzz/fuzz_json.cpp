// libFuzzer target: the JSON form (study/json_io).
#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace helixnet;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzz::read([&] {
        Diagnostics d;
        return read_study_json(text, "fuzz.json", d);
    });
    return 0;
}
