// Writes every study named on the command line in each form a fuzz target
// reads, as seeds: make_seeds OUT STUDY... -> OUT/<target>/<study name>.
// The CSV folder and the edge list with its attribute CSV are packed into
// one input each, as their targets unpack them (fuzz.hpp).
#include <iostream>

#include "fuzz.hpp"
#include "helixnet/study/csv.hpp"
#include "helixnet/study/csv_io.hpp"
#include "helixnet/study/dl_io.hpp"
#include "helixnet/study/dot_io.hpp"
#include "helixnet/study/edge_list.hpp"
#include "helixnet/study/gexf_io.hpp"
#include "helixnet/study/graphml_io.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/study/pajek_io.hpp"
#include "helixnet/util/text.hpp"

int main(int argc, char** argv) {
    using namespace helixnet;
    if (argc < 3) {
        std::cerr << "usage: make_seeds OUT STUDY...\n";
        return 2;
    }
    const std::filesystem::path out = argv[1];
    for (const char* t : {"json", "csv_folder", "edge_list", "graphml", "dot", "gexf", "pajek", "dl"})
        std::filesystem::create_directories(out / t);
    for (int i = 2; i < argc; ++i) {
        const std::filesystem::path path = argv[i];
        std::string name = path.filename().string();
        if (name.empty()) name = path.parent_path().filename().string();
        const Study s = load_study(path);
        const int wave = s.waves.back().year;
        fuzz::write_file(out / "json" / name, write_study_json(s));
        fuzz::write_file(out / "graphml" / name, write_study_graphml(s));
        fuzz::write_file(out / "gexf" / name, write_study_gexf(s));
        fuzz::write_file(out / "dot" / name, write_study_dot(s));
        try {
            fuzz::write_file(out / "pajek" / name, write_study_pajek(s, wave).network);
            fuzz::write_file(out / "dl" / name, write_study_dl(s, wave));
        } catch (const Failure&) {
            // ids these forms cannot hold
        }
        const auto& folder = fuzz::scratch();
        write_study_folder(s, folder);
        std::string packed;
        for (const char* f : {"study.json", "actors.csv", "ties.csv", "memberships.csv"})
            if (std::filesystem::exists(folder / f))
                packed += std::string(">>> ") + f + "\n" + read_text_file((folder / f).string());
        fuzz::write_file(out / "csv_folder" / name, packed);
        std::string attributes = csv_line([&] {
            std::vector<std::string> header = {"id", "name"};
            header.insert(header.end(), s.attribute_names.begin(), s.attribute_names.end());
            return header;
        }());
        for (const Actor& a : s.actors) {
            std::vector<std::string> row = {a.id, a.name};
            for (const auto& k : s.attribute_names) row.push_back(a.attribute(k) ? *a.attribute(k) : std::string());
            attributes += csv_line(row);
        }
        fuzz::write_file(out / "edge_list" / name,
                         ">>> edges\n" + write_edge_list(s, wave) + ">>> attributes.csv\n" + attributes);
    }
    return 0;
}
