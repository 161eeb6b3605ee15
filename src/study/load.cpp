#include "helixnet/study/load.hpp"

namespace helixnet {

StudyForm form_of(const std::filesystem::path& path) {
    const std::string ext = path.extension().string();
    if (ext == ".json") return StudyForm::json;
    if (ext == ".edges" || ext == ".edgelist" || ext == ".txt") return StudyForm::edge_list;
    if (ext == ".graphml") return StudyForm::graphml;
    if (ext == ".dot" || ext == ".gv") return StudyForm::dot;
    return StudyForm::csv_folder;
}

Study load_study(const std::filesystem::path& path, const LoadOptions&, std::vector<Diagnostic>*) {
    throw Failure("loading '" + path.string() + "' is not available yet");
}

}  // namespace helixnet
