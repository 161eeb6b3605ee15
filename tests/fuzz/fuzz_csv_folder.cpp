// libFuzzer target: the CSV folder form (study/csv_io). The input packs the
// folder's files (fuzz.hpp, unpack): `>>> study.json`, `>>> actors.csv`, ...
// Only those five names are written; any other is ignored.
#include "fuzz.hpp"
#include "helixnet/study/csv_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace helixnet;
    const auto& folder = fuzz::scratch();
    for (const auto& [name, content] : fuzz::unpack({reinterpret_cast<const char*>(data), size}))
        if (name == "study.json" || name == "actors.csv" || name == "ties.csv" || name == "memberships.csv" ||
            name == "initiatives.csv")
            fuzz::write_file(folder / name, content);
    fuzz::read([&] {
        Diagnostics d;
        return read_study_folder(folder, d);
    });
    return 0;
}
