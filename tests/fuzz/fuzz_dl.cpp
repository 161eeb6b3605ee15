// libFuzzer target: UCINET DL (study/dl_io); an accepted file must also
// survive being written as DL and read back with the same actors and ties.
#include "fuzz.hpp"
#include "helixnet/study/dl_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace helixnet;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzz::read(
        [&] {
            Diagnostics d;
            return read_study_dl(text, "fuzz.dl", d);
        },
        [](const Study& s) {
            std::string written;
            try {
                written = write_study_dl(s, s.waves.back().year);
            } catch (const Failure&) {
                return;  // an id DL cannot hold
            }
            Diagnostics d;
            try {
                if (fuzz::canonical(read_study_dl(written, "back.dl", d))["ties"] != fuzz::canonical(s)["ties"])
                    fuzz::fail("the ties change when written as DL and read back", written);
            } catch (const InvalidInput& e) {
                fuzz::fail("a written DL file does not read back", std::string(e.what()) + "\n" + written);
            }
        });
    return 0;
}
