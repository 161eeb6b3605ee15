// Benchmark of the two-mode measures and the co-membership projection on a
// seeded study of 100 000 actors, against igraph's bipartite projection on
// the same memberships in the same run where igraph's C library is
// installed.
//
// The study: 100 000 actors in one wave (sector government, industry,
// education or none, a quarter each) with the ~500 000 ties of a
// Barabási–Albert graph (5 per newcomer), and 5 000 initiatives whose sizes
// follow a Pareto law (shape 1.3 from 2 members, at most 400) with members
// drawn uniformly; the program prints the memberships and pairs of
// co-members it makes.
// Timed: the memberships of the wave with every measure of
// groups/initiatives.hpp (density, synergy, per initiative, overlaps, per
// actor; helixnet), the count projection into the study's ties (helixnet:
// project_memberships, which also merges the links into the existing ties;
// igraph: igraph_bipartite_projection onto the actors with multiplicities,
// which builds the projected graph only).
//
// Run: build/tools/benchmark/helixnet_two_mode_benchmark
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/groups/grouping.hpp"
#include "helixnet/groups/initiatives.hpp"
#include "helixnet/study/projection.hpp"

#ifdef HELIXNET_WITH_IGRAPH
#include <igraph/igraph.h>
#endif

namespace {

using helixnet::Vertex;

constexpr std::size_t actors = 100000;
constexpr std::size_t initiatives = 5000;

helixnet::Study make_study() {
    std::mt19937_64 rng(20240601);
    helixnet::Study s;
    s.name = "two-mode benchmark";
    s.waves = {{0, ""}};
    const char* sectors[] = {"government", "industry", "education", ""};
    s.actors.resize(actors);
    for (std::size_t a = 0; a < actors; ++a) {
        s.actors[a].id = "a" + std::to_string(a);
        s.actors[a].name = s.actors[a].id;
        if (*sectors[a % 4]) s.actors[a].attributes["sector"] = sectors[a % 4];
    }
    s.attribute_names = {"sector"};
    s.reindex();
    // Barabási–Albert ties, 5 per newcomer.
    constexpr std::size_t k = 5;
    std::vector<Vertex> ends;
    const auto tie = [&](Vertex u, Vertex v) {
        helixnet::Tie t;
        t.source = u;
        t.target = v;
        s.ties.push_back(t);
        ends.push_back(u);
        ends.push_back(v);
    };
    for (Vertex u = 0; u <= k; ++u)
        for (Vertex v = u + 1; v <= k; ++v) tie(u, v);
    std::vector<Vertex> chosen;
    for (auto v = static_cast<Vertex>(k + 1); v < actors; ++v) {
        chosen.clear();
        while (chosen.size() < k) {
            const Vertex u = ends[rng() % ends.size()];
            if (std::find(chosen.begin(), chosen.end(), u) == chosen.end()) chosen.push_back(u);
        }
        for (const Vertex u : chosen) tie(u, v);
    }
    // Initiatives: Pareto sizes (shape 1.3, from 2), members drawn uniformly.
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<std::uint32_t> actor(0, actors - 1);
    for (std::size_t i = 0; i < initiatives; ++i) {
        helixnet::Initiative in;
        in.id = "i" + std::to_string(i);
        const auto size = static_cast<std::size_t>(std::min(400.0, 2.0 / std::pow(1.0 - unit(rng), 1.0 / 1.3)));
        std::vector<std::uint32_t> members;
        while (members.size() < size) {
            const std::uint32_t a = actor(rng);
            if (std::find(members.begin(), members.end(), a) == members.end()) members.push_back(a);
        }
        for (const std::uint32_t a : members) {
            helixnet::Membership m;
            m.actor = a;
            in.members.push_back(m);
        }
        s.initiatives.push_back(std::move(in));
    }
    return s;
}

const helixnet::Study& study() {
    static const helixnet::Study s = make_study();
    return s;
}

const helixnet::WaveGraph& graph() {
    static const helixnet::WaveGraph g = helixnet::build_wave_graph(study(), 0);
    return g;
}

void measures(benchmark::State& state) {
    const helixnet::Grouping sector = helixnet::make_grouping(study(), graph(), "sector");
    const helixnet::Grouping* groupings[] = {&sector};
    for (auto _ : state) {
        const helixnet::WaveInitiatives in = helixnet::measure_initiatives(study(), graph(), groupings);
        benchmark::DoNotOptimize(in.density);
    }
}

void projection(benchmark::State& state) {
    for (auto _ : state) {
        const helixnet::Study p = helixnet::project_memberships(study(), helixnet::MembershipProjection::count);
        benchmark::DoNotOptimize(p.ties.size());
    }
}

#ifdef HELIXNET_WITH_IGRAPH
void igraph_projection(benchmark::State& state) {
    // Actors 0..n-1, initiatives after them.
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, 0);
    for (std::size_t i = 0; i < study().initiatives.size(); ++i)
        for (const auto& m : study().initiatives[i].members) {
            igraph_vector_int_push_back(&edges, m.actor);
            igraph_vector_int_push_back(&edges, static_cast<igraph_integer_t>(actors + i));
        }
    igraph_t g;
    igraph_create(&g, &edges, static_cast<igraph_integer_t>(actors + initiatives), IGRAPH_UNDIRECTED);
    igraph_vector_bool_t types;
    igraph_vector_bool_init(&types, static_cast<igraph_integer_t>(actors + initiatives));
    for (std::size_t v = actors; v < actors + initiatives; ++v) VECTOR(types)[v] = true;
    for (auto _ : state) {
        igraph_t projected;
        igraph_vector_int_t multiplicity;
        igraph_vector_int_init(&multiplicity, 0);
        igraph_bipartite_projection(&g, &types, &projected, nullptr, &multiplicity, nullptr, 1);
        benchmark::DoNotOptimize(igraph_ecount(&projected));
        igraph_vector_int_destroy(&multiplicity);
        igraph_destroy(&projected);
    }
    igraph_vector_bool_destroy(&types);
    igraph_destroy(&g);
    igraph_vector_int_destroy(&edges);
}
#endif

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    std::size_t memberships = 0, pairs = 0;
    for (const auto& in : study().initiatives) {
        memberships += in.members.size();
        pairs += in.members.size() * (in.members.size() - 1) / 2;
    }
    std::printf("study: %zu actors, %zu ties, %zu initiatives, %zu memberships, %zu pairs of co-members\n",
                graph().actors(), graph().ties(), study().initiatives.size(), memberships, pairs);
    benchmark::RegisterBenchmark("100k/initiative measures/helixnet", measures)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("100k/count projection/helixnet", projection)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
#ifdef HELIXNET_WITH_IGRAPH
    benchmark::RegisterBenchmark("100k/count projection/igraph", igraph_projection)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
#endif
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
