// libFuzzer target: Pajek networks (study/pajek_io); an accepted network
// must also survive being written as Pajek and read back with the same
// actors and ties.
#include "fuzz.hpp"
#include "helixnet/study/pajek_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace helixnet;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzz::read(
        [&] {
            Diagnostics d;
            return read_study_pajek(text, "fuzz.net", d);
        },
        [](const Study& s) {
            PajekFiles files;
            try {
                files = write_study_pajek(s, s.waves.back().year);
            } catch (const Failure&) {
                return;  // an id Pajek cannot hold
            }
            Diagnostics d;
            try {
                if (fuzz::canonical(read_study_pajek(files.network, "back.net", d))["ties"] !=
                    fuzz::canonical(s)["ties"])
                    fuzz::fail("the ties change when written as Pajek and read back", files.network);
            } catch (const InvalidInput& e) {
                fuzz::fail("a written Pajek network does not read back", std::string(e.what()) + "\n" + files.network);
            }
        });
    return 0;
}
