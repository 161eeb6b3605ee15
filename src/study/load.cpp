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

namespace {

// Lower case, for endings written in capitals (`STUDY.JSON`).
std::string lower(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

}  // namespace

std::span<const FormEnding> study_form_endings() {
    static const FormEnding endings[] = {
        {".json", StudyForm::json},     {".graphml", StudyForm::graphml}, {".dot", StudyForm::dot},
        {".gv", StudyForm::dot},        {".edges", StudyForm::edge_list}, {".edgelist", StudyForm::edge_list},
        {".txt", StudyForm::edge_list}, {".gexf", StudyForm::gexf},       {".net", StudyForm::pajek},
        {".dl", StudyForm::dl},         {".kumu.json", StudyForm::kumu},
    };
    return endings;
}

std::string study_endings_text() {
    std::vector<std::string> all;
    for (const FormEnding& e : study_form_endings()) all.emplace_back(e.ending);
    std::string out;
    for (std::size_t i = 0; i < all.size(); ++i) out += (i == 0 ? "" : i + 1 == all.size() ? " or " : ", ") + all[i];
    return out;
}

StudyForm form_of(const std::filesystem::path& path) {
    // The longest ending that the file name ends in (".kumu.json" before ".json").
    const std::string name = lower(path.filename().string());
    const FormEnding* best = nullptr;
    for (const FormEnding& e : study_form_endings())
        if (name.ends_with(e.ending) && (!best || e.ending.size() > best->ending.size())) best = &e;
    return best ? best->form : StudyForm::csv_folder;
}

std::optional<std::string> unknown_study_ending(const std::filesystem::path& path) {
    std::error_code ec;
    if (form_of(path) != StudyForm::csv_folder || std::filesystem::is_directory(path, ec)) return std::nullopt;
    const std::string ending = path.filename().extension().string();
    if (ending.empty() || ending == ".") return std::nullopt;
    return ending;
}

Study load_study(const std::filesystem::path& path, const LoadOptions& options, std::vector<Diagnostic>* warnings) {
    Diagnostics diagnostics;
    std::error_code ec;
    const StudyForm form = form_of(path);
    if (form != StudyForm::csv_folder && !std::filesystem::is_regular_file(path, ec))
        throw InvalidInput(path.string(), std::filesystem::exists(path, ec) ? "not a regular file" : "no such file");
    if (form == StudyForm::csv_folder && std::filesystem::exists(path, ec) && !std::filesystem::is_directory(path, ec))
        throw InvalidInput(path.string(), "not a study: helixnet reads files ending in " + study_endings_text() +
                                              ", and CSV study folders");
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
