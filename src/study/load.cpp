#include "helixnet/study/load.hpp"

#include <system_error>

#include "helixnet/study/csv_io.hpp"
#include "helixnet/study/dl_io.hpp"
#include "helixnet/study/dot_io.hpp"
#include "helixnet/study/edge_list.hpp"
#include "helixnet/study/gexf_io.hpp"
#include "helixnet/study/graphml_io.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/study/pajek_io.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {

StudyForm form_of(const std::filesystem::path& path) {
    const std::string ext = path.extension().string();
    if (path.filename().string().ends_with(".kumu.json")) return StudyForm::kumu;
    if (ext == ".json") return StudyForm::json;
    if (ext == ".edges" || ext == ".edgelist" || ext == ".txt") return StudyForm::edge_list;
    if (ext == ".graphml") return StudyForm::graphml;
    if (ext == ".dot" || ext == ".gv") return StudyForm::dot;
    if (ext == ".gexf") return StudyForm::gexf;
    if (ext == ".net") return StudyForm::pajek;
    if (ext == ".dl") return StudyForm::dl;
    return StudyForm::csv_folder;
}

Study load_study(const std::filesystem::path& path, const LoadOptions& options, std::vector<Diagnostic>* warnings) {
    Diagnostics diagnostics;
    std::error_code ec;
    const StudyForm form = form_of(path);
    if (form != StudyForm::csv_folder && !std::filesystem::is_regular_file(path, ec))
        throw InvalidInput(path.string(), std::filesystem::exists(path, ec) ? "not a regular file" : "no such file");
    Study study;
    switch (form) {
        case StudyForm::json:
            study = read_study_json(read_text_file(path.string()), path.string(), diagnostics);
            break;
        case StudyForm::csv_folder:
            study = read_study_folder(path, diagnostics);
            break;
        case StudyForm::edge_list:
            study = read_edge_list(path, options.attributes_csv, diagnostics);
            break;
        case StudyForm::graphml:
            study = read_study_graphml(read_text_file(path.string()), path.string(), diagnostics);
            break;
        case StudyForm::dot:
            study = read_study_dot(read_text_file(path.string()), path.string(), diagnostics);
            break;
        case StudyForm::gexf:
            study = read_study_gexf(read_text_file(path.string()), path.string(), diagnostics);
            break;
        case StudyForm::pajek:
            study = read_study_pajek(read_text_file(path.string()), path.string(), diagnostics);
            break;
        case StudyForm::dl:
            study = read_study_dl(read_text_file(path.string()), path.string(), diagnostics);
            break;
        case StudyForm::kumu:
            throw InvalidInput(path.string(),
                               "helixnet writes Kumu's JSON but does not read it: give the study it was written from");
    }
    if (warnings) {
        const auto w = diagnostics.warnings();
        warnings->insert(warnings->end(), w.begin(), w.end());
    }
    return study;
}

}  // namespace helixnet
