// Loads the installed bundled study through the installed library.
#include <iostream>

#include <helixnet/graph/wave_graph.hpp>
#include <helixnet/study/bundled.hpp>
#include <helixnet/study/load.hpp>

int main() {
    const helixnet::Study study = helixnet::load_study(helixnet::bundled_study_path());
    const helixnet::WaveGraph g = helixnet::build_wave_graph(study, study.waves.back().year);
    std::cout << study.name << ": " << g.actors() << " actors, " << g.ties() << " ties\n";
    return g.actors() > 0 ? 0 : 1;
}
