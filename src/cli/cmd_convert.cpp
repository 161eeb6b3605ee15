// helixnet convert IN OUT: between the JSON form, the CSV folder form,
// GraphML, Graphviz DOT and plain edge lists; the form of each side follows
// its ending (CLI.md).
#include <iostream>

#include "command.hpp"
#include "helixnet/study/csv_io.hpp"
#include "helixnet/study/dot_io.hpp"
#include "helixnet/study/edge_list.hpp"
#include "helixnet/study/graphml_io.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/util/atomic_file.hpp"

namespace helixnet::cli {
namespace {

struct ConvertOptions {
    StudyOptions in;
    std::string out;
    std::optional<int> wave;
};

int run_convert(const ConvertOptions& o) {
    const Study study = load_for_command(o.in);
    const std::filesystem::path out = o.out;
    switch (form_of(out)) {
        case StudyForm::json:
            write_file_atomically(out, write_study_json(study));
            break;
        case StudyForm::graphml: {
            std::size_t replaced = 0;
            write_file_atomically(out, write_study_graphml(study, &replaced));
            if (replaced > 0 && !o.in.quiet)
                std::cerr << "helixnet: warning: " << replaced
                          << " control character(s) that XML does not allow were written as U+FFFD\n";
            break;
        }
        case StudyForm::edge_list: {
            const int wave = o.wave.value_or(study.waves.back().year);
            if (!study.has_wave(wave)) throw Failure("the study has no wave " + std::to_string(wave));
            if (!o.wave && study.waves.size() > 1 && !o.in.quiet)
                std::cerr << "helixnet: an edge list holds one wave; writing wave " << wave
                          << " (choose with --wave)\n";
            write_file_atomically(out, write_edge_list(study, wave));
            break;
        }
        case StudyForm::dot:
            write_file_atomically(out, write_study_dot(study));
            break;
        case StudyForm::csv_folder:
            write_study_folder(study, out);
            break;
    }
    if (!o.in.quiet) std::cerr << "helixnet: wrote " << out.string() << '\n';
    return 0;
}

const bool registered = register_command({
    "convert",
    "Convert a study between JSON, CSV folder, GraphML, DOT and edge list (by file ending)",
    [](CLI::App& sub) -> std::function<int()> {
        auto o = std::make_shared<ConvertOptions>();
        sub.add_option("IN", o->in.study, "study to read: .json, .graphml, .dot/.gv, edge list or CSV folder")
            ->required();
        sub.add_option("OUT", o->out,
                       "where to write: .json, .graphml, .dot/.gv (the study, not a drawing), .edges/.edgelist/.txt "
                       "(one wave), anything else a CSV folder (created if absent)")
            ->required();
        sub.add_option("--confidence", o->in.confidence, "keep only ties and memberships at or above this level")
            ->check(CLI::IsMember({"stated", "implied", "assumed"}));
        sub.add_option("--attributes", o->in.attributes, "actor attribute CSV for an edge list IN")
            ->check(CLI::ExistingFile);
        sub.add_option("--wave", o->wave, "the wave an edge list OUT holds (default: the last)");
        sub.add_flag("-q,--quiet", o->in.quiet, "no messages on stderr");
        return [o] { return run_convert(*o); };
    },
});

}  // namespace
}  // namespace helixnet::cli
