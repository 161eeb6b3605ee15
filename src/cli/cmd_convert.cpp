// helixnet convert IN OUT: between the JSON form, the CSV folder form,
// GraphML, Graphviz DOT, GEXF, Pajek, UCINET DL, Kumu's JSON and plain edge
// lists; the form of each side follows its ending (README.md, docs/format.md).
#include <iostream>

#include "command.hpp"
#include "helixnet/study/csv_io.hpp"
#include "helixnet/study/dl_io.hpp"
#include "helixnet/study/dot_io.hpp"
#include "helixnet/study/edge_list.hpp"
#include "helixnet/study/gexf_io.hpp"
#include "helixnet/study/graphml_io.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/study/kumu_io.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/study/pajek_io.hpp"
#include "helixnet/util/atomic_file.hpp"

namespace helixnet::cli {
namespace {

struct ConvertOptions {
    StudyOptions in;
    std::string out;
    std::optional<int> wave;
    CsvCliOptions csv;
};

// The wave a one-wave form holds: --wave, else the last (said on stderr).
int one_wave(const Study& study, const ConvertOptions& o, const char* form) {
    const int wave = o.wave.value_or(study.waves.back().year);
    require_wave(study, wave);
    if (!o.wave && study.waves.size() > 1 && !o.in.quiet)
        std::cerr << "helixnet: " << form << " holds one wave; writing wave " << wave << " (choose with --wave)\n";
    return wave;
}

int run_convert(const ConvertOptions& o) {
    const Study study = load_for_command(o.in);
    const std::filesystem::path out = o.out;
    const StudyForm form = form_of(out);
    Diagnostics warnings;
    std::string lost;  // what the form does not hold, said on stderr
    const bool by_wave =
        form == StudyForm::edge_list || form == StudyForm::pajek || form == StudyForm::dl || form == StudyForm::kumu;
    if (o.wave && !by_wave && !o.in.quiet)
        std::cerr << "helixnet: --wave ignored: " << out.string() << " holds every wave\n";
    switch (form) {
        case StudyForm::json:
            write_file_atomically(out, write_study_json(study));
            break;
        case StudyForm::graphml:
            write_file_atomically(out, write_study_graphml(study, &warnings));
            break;
        case StudyForm::gexf:
            write_file_atomically(out, write_study_gexf(study, &warnings));
            break;
        case StudyForm::edge_list:
            write_file_atomically(out, write_edge_list(study, one_wave(study, o, "an edge list")));
            break;
        case StudyForm::pajek: {
            const PajekFiles files = write_study_pajek(study, one_wave(study, o, "a Pajek network"));
            write_file_atomically(out, files.network);
            for (const PajekPartition& p : files.partitions) {
                const auto clu = out.parent_path() / (out.stem().string() + "." + p.suffix + ".clu");
                write_file_atomically(clu, p.text);
                if (!o.in.quiet)
                    std::cerr << "helixnet: wrote " << clu.string() << " (partition by " << p.attribute << ")\n";
            }
            lost = "a Pajek network holds actor ids and tie weights (attributes as numbered partitions)";
            break;
        }
        case StudyForm::dl:
            write_file_atomically(out, write_study_dl(study, one_wave(study, o, "a DL file")));
            lost = "a DL file holds actor ids and tie weights";
            break;
        case StudyForm::kumu:
            write_file_atomically(out, write_study_kumu(study, o.wave));
            lost = "Kumu's JSON holds actors and ties";
            break;
        case StudyForm::dot:
            write_file_atomically(out, write_study_dot(study));
            break;
        case StudyForm::csv_folder: {
            // The dialect asked for, else that of a CSV folder IN (so that
            // writing a folder back does not change its files), else plain.
            std::optional<CsvDialect> dialect;
            if (!o.csv.dialect.empty())
                dialect = csv_dialect(o.csv);
            else if (form_of(o.in.study) == StudyForm::csv_folder)
                dialect = study_folder_dialect(o.in.study);
            write_study_folder(study, out, dialect.value_or(CsvDialect{}));
            break;
        }
    }
    if (!o.in.quiet) {
        for (Diagnostic w : warnings.items()) {
            w.file = out.string();  // what was written of the record the warning names
            std::cerr << "helixnet: " << w.to_string() << '\n';
        }
        if (!lost.empty())
            std::cerr << "helixnet: " << lost
                      << "; what else the study holds is not written (docs/format.md says what each form keeps)\n";
        std::cerr << "helixnet: wrote " << out.string() << '\n';
    }
    return 0;
}

const bool registered = register_command({
    "convert",
    "Convert a study between JSON, CSV folder, GraphML, DOT, GEXF, Pajek, DL, Kumu and edge list (by file ending)",
    [](CLI::App& sub) -> std::function<int()> {
        auto o = std::make_shared<ConvertOptions>();
        sub.add_option("IN", o->in.study,
                       "study to read: .json, .graphml, .dot/.gv, .gexf, .net (Pajek), .dl (UCINET), edge list or CSV "
                       "folder")
            ->required();
        sub.add_option("OUT", o->out,
                       "where to write: .json, .graphml, .dot/.gv (the study, not a drawing), .gexf (every wave, on "
                       "Gephi's timeline), .net (Pajek, one wave, with a .clu partition per attribute beside it), .dl "
                       "(UCINET edgelist1, one wave), .kumu.json (Kumu; every wave unless --wave), "
                       ".edges/.edgelist/.txt (one wave), anything else a CSV folder (created if absent)")
            ->required()
            ->check(CLI::Validator(
                [](std::string& path) -> std::string {
                    const auto ending = unknown_study_ending(path);
                    if (!ending) return {};
                    return "'" + path + "': no study form ends in " + *ending + "; write to a file ending in " +
                           study_endings_text() + ", or to a folder name without an ending for a CSV folder";
                },
                "", ""));
        sub.add_option("--confidence", o->in.confidence, "keep only ties and memberships at or above this level")
            ->check(CLI::IsMember({"stated", "implied", "assumed"}, CLI::ignore_case));
        add_memberships_option(sub, o->in);
        sub.add_option("--attributes", o->in.attributes, "actor attribute CSV for an edge list IN")
            ->type_name("FILE")
            ->check(CLI::ExistingFile.description(""));
        sub.add_option(
               "--wave", o->wave,
               "the wave an edge list, Pajek or DL OUT holds (default: the last), or the one wave of a Kumu OUT")
            ->type_name("YEAR");
        sub.add_option("--csv-dialect", o->csv.dialect,
                       "how a CSV folder OUT is written: plain (',' and a decimal point) or excel-nl (';', decimal "
                       "comma, byte-order mark and Windows line ends); default: as a CSV folder IN is written, else "
                       "plain")
            ->check(CLI::IsMember(csv_dialect_names()));
        sub.add_flag("-q,--quiet", o->in.quiet, "no messages on stderr");
        return [o] { return run_convert(*o); };
    },
});

}  // namespace
}  // namespace helixnet::cli
