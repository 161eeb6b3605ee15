// Benchmark of the metrics engine on seeded Barabási–Albert graphs, against
// igraph's C library on the same graphs in the same run where it is installed.
//
// Graphs: "10k" (10 000 actors, 3 ties per newcomer: ~30 000 ties) and "100k"
// (100 000 actors, 5 per newcomer: ~500 000 ties); with
// --benchmark_filter='^1M' instead, only "1M" (1 000 000 actors, ~5 000 000
// ties), without the exact all-pairs measures. Measures timed: loading
// the graph from a plain edge list file (helixnet: read_edge_list_graph, and
// as "load (study)" reading and validating it as a study, then building the
// wave's graph, as the command line does; igraph:
// igraph_read_graph_edgelist), building the graph from an edge array,
// betweenness (helixnet: the one traversal per source that also
// yields closeness, harmonic, path length and diameter), closeness, PageRank,
// clustering with Burt's constraint (helixnet: one pass that also gives
// transitivity and effective size; igraph: two calls), the whole metrics run (igraph: the same measures one call
// after another), and "metrics command": what `helixnet metrics FILE
// --format json` computes (the plain edge list read as its network, the
// whole analysis pipeline, the JSON text; no igraph counterpart). On 100k, exact betweenness and closeness by igraph
// would take many minutes, so there helixnet runs with approximate betweenness
// (--approx 0.02) and igraph is timed on the linear-time measures only.
//
// Also timed: Leiden communities (helixnet: its default of at most two runs;
// igraph: igraph_community_leiden with the modularity objective, until an
// iteration changes nothing), cut points
// and bridges, and fragmentation_if_removed (no igraph counterpart; on 100k
// it is an estimate within its default work limit). After the summary, the
// modularity each library's Leiden reaches on each graph.
//
// After Google Benchmark's own table it prints a summary: each measure's time
// for both libraries, the ratio igraph/helixnet, and the peak memory each
// measurement adds, measured in a child process of its own (fork, return the
// heap the set-up freed, then the peak resident size less the size at the
// start; see peak_extra_mib).
#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "helixnet/analysis/output.hpp"
#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/graph/edge_list_graph.hpp"
#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/metrics/communities.hpp"
#include "helixnet/metrics/cut_points.hpp"
#include "helixnet/metrics/fragmentation.hpp"
#include "helixnet/metrics/neighbourhood.hpp"
#include "helixnet/metrics/pagerank.hpp"
#include "helixnet/metrics/paths.hpp"
#include "helixnet/metrics/wave_metrics.hpp"
#include "helixnet/study/edge_list.hpp"

#ifdef HELIXNET_WITH_IGRAPH
#include <igraph/igraph.h>
#endif

namespace {

using helixnet::Vertex;
using Edges = std::vector<std::pair<Vertex, Vertex>>;

// Barabási–Albert: actors 0..k form a clique; each later actor ties to k
// distinct earlier actors drawn with probability proportional to degree.
Edges barabasi_albert(std::size_t n, std::size_t k, std::uint32_t seed) {
    std::mt19937_64 rng(seed);
    Edges edges;
    std::vector<Vertex> ends;
    for (Vertex u = 0; u <= k; ++u)
        for (Vertex v = u + 1; v <= k; ++v) {
            edges.emplace_back(u, v);
            ends.push_back(u);
            ends.push_back(v);
        }
    std::vector<Vertex> chosen;
    for (auto v = static_cast<Vertex>(k + 1); v < n; ++v) {
        chosen.clear();
        while (chosen.size() < k) {
            const Vertex u = ends[rng() % ends.size()];
            if (std::find(chosen.begin(), chosen.end(), u) == chosen.end()) chosen.push_back(u);
        }
        for (const Vertex u : chosen) {
            edges.emplace_back(u, v);
            ends.push_back(u);
            ends.push_back(v);
        }
    }
    return edges;
}

struct Workload {
    std::string name;
    std::size_t n = 0;
    Edges edges;
    std::string edge_file;  // the edges as a plain edge list, for "load"
    helixnet::WaveGraph graph;
    std::optional<double> approx;  // betweenness estimated in the whole run
#ifdef HELIXNET_WITH_IGRAPH
    igraph_t igraph{};
    igraph_vector_int_t igraph_edges{};
#endif
};

std::vector<Workload>& workloads() {
    static std::vector<Workload> all;
    return all;
}

#ifdef HELIXNET_WITH_IGRAPH
void make_igraph(Workload& w) {
    igraph_vector_int_init(&w.igraph_edges, static_cast<igraph_integer_t>(2 * w.edges.size()));
    for (std::size_t i = 0; i < w.edges.size(); ++i) {
        VECTOR(w.igraph_edges)[2 * i] = w.edges[i].first;
        VECTOR(w.igraph_edges)[2 * i + 1] = w.edges[i].second;
    }
    igraph_create(&w.igraph, &w.igraph_edges, static_cast<igraph_integer_t>(w.n), IGRAPH_UNDIRECTED);
}

// The measures of docs/metrics.md that igraph has, one call after another (there is
// no effective size; centralizations come from the vectors).
double igraph_whole(const igraph_t* g) {
    double sink = 0;
    igraph_vector_int_t degree, membership, csize, cores;
    igraph_vector_t btw, clo, harm, eig, pr, local, constraint;
    igraph_vector_int_init(&degree, 0);
    igraph_vector_int_init(&membership, 0);
    igraph_vector_int_init(&csize, 0);
    igraph_vector_int_init(&cores, 0);
    for (auto* v : {&btw, &clo, &harm, &eig, &pr, &local, &constraint}) igraph_vector_init(v, 0);
    igraph_integer_t components = 0;
    igraph_real_t density = 0, transitivity = 0, average_clustering = 0, apl = 0, diameter = 0, value = 0;
    igraph_degree(g, &degree, igraph_vss_all(), IGRAPH_ALL, false);
    igraph_density(g, &density, false);
    igraph_connected_components(g, &membership, &csize, &components, IGRAPH_WEAK);
    igraph_transitivity_undirected(g, &transitivity, IGRAPH_TRANSITIVITY_ZERO);
    igraph_transitivity_avglocal_undirected(g, &average_clustering, IGRAPH_TRANSITIVITY_ZERO);
    igraph_average_path_length(g, &apl, nullptr, false, true);
    igraph_diameter(g, &diameter, nullptr, nullptr, nullptr, nullptr, false, true);
    igraph_betweenness(g, &btw, igraph_vss_all(), false, nullptr);
    igraph_closeness(g, &clo, nullptr, nullptr, igraph_vss_all(), IGRAPH_ALL, nullptr, true);
    igraph_harmonic_centrality(g, &harm, igraph_vss_all(), IGRAPH_ALL, nullptr, true);
    igraph_eigenvector_centrality(g, &eig, &value, false, true, nullptr, nullptr);
    igraph_pagerank(g, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, &value, igraph_vss_all(), false, 0.85, nullptr, nullptr);
    igraph_transitivity_local_undirected(g, &local, igraph_vss_all(), IGRAPH_TRANSITIVITY_ZERO);
    igraph_coreness(g, &cores, IGRAPH_ALL);
    igraph_constraint(g, &constraint, igraph_vss_all(), nullptr);
    sink += density + transitivity + average_clustering + apl + diameter + VECTOR(btw)[0] + VECTOR(clo)[0] +
            VECTOR(harm)[0] + VECTOR(eig)[0] + VECTOR(pr)[0] + VECTOR(local)[0] + VECTOR(constraint)[0];
    for (auto* v : {&degree, &membership, &csize, &cores}) igraph_vector_int_destroy(v);
    for (auto* v : {&btw, &clo, &harm, &eig, &pr, &local, &constraint}) igraph_vector_destroy(v);
    return sink;
}

// igraph's Leiden for modularity: node weights the degrees, resolution 1/2m,
// randomness 0.01, iterated until stable; returns the modularity reached.
double igraph_leiden(const igraph_t* g) {
    igraph_vector_t degree;
    igraph_vector_int_t d, membership;
    igraph_vector_int_init(&d, 0);
    igraph_vector_int_init(&membership, 0);
    igraph_degree(g, &d, igraph_vss_all(), IGRAPH_ALL, false);
    igraph_vector_init(&degree, igraph_vector_int_size(&d));
    for (igraph_integer_t i = 0; i < igraph_vector_int_size(&d); ++i) VECTOR(degree)[i] = VECTOR(d)[i];
    igraph_integer_t clusters = 0;
    igraph_real_t quality = 0, modularity = 0;
    igraph_community_leiden(g, nullptr, &degree, 1.0 / (2.0 * static_cast<double>(igraph_ecount(g))), 0.01, false, -1,
                            &membership, &clusters, &quality);
    igraph_modularity(g, &membership, nullptr, 1.0, false, &modularity);
    igraph_vector_destroy(&degree);
    igraph_vector_int_destroy(&d);
    igraph_vector_int_destroy(&membership);
    return modularity;
}
#endif

// One timed operation of one library on one graph.
struct Measurement {
    std::string graph, measure, library;
    std::function<void()> run;
    int iterations = 1;
    [[nodiscard]] std::string name() const { return graph + "/" + measure + "/" + library; }
};

std::vector<Measurement> measurements() {
    std::vector<Measurement> all;
    for (Workload& w : workloads()) {
        const bool big = w.n > 50000;
        const bool huge = w.n > 500000;  // no exact all-pairs measure: hours
        const auto add = [&](std::string measure, std::string library, std::function<void()> run, int iterations) {
            all.push_back({w.name, std::move(measure), std::move(library), std::move(run), iterations});
        };
        Workload* p = &w;
        add(
            "load", "helixnet",
            [p] {
                helixnet::Diagnostics diagnostics;
                benchmark::DoNotOptimize(helixnet::read_edge_list_graph(p->edge_file, diagnostics));
            },
            big ? 3 : 10);
        add(
            "load (study)", "helixnet",
            [p] {
                helixnet::Diagnostics diagnostics;
                const helixnet::Study study = helixnet::read_edge_list(p->edge_file, {}, diagnostics);
                benchmark::DoNotOptimize(helixnet::build_wave_graph(study, 0));
            },
            big ? 3 : 10);
        add(
            "build", "helixnet", [p] { benchmark::DoNotOptimize(helixnet::build_graph(p->n, p->edges)); },
            big ? 3 : 20);
        if (!big)
            add(
                "betweenness", "helixnet",
                [p] { benchmark::DoNotOptimize(helixnet::shortest_path_measures(p->graph)); }, 3);
        // On 1M the distance measures are estimated too (exact: hours).
        helixnet::PathOptions approx;
        approx.approx_epsilon = 0.02;
        approx.approx_distances = huge;
        add(
            huge ? "paths ~0.02 (all estimated)" : "betweenness ~0.02", "helixnet",
            [p, approx] { benchmark::DoNotOptimize(helixnet::shortest_path_measures(p->graph, approx)); }, 1);
        if (!huge)
            add(
                "closeness", "helixnet", [p] { benchmark::DoNotOptimize(helixnet::distance_measures(p->graph)); },
                big ? 1 : 5);
        add(
            "pagerank", "helixnet", [p] { benchmark::DoNotOptimize(helixnet::pagerank(p->graph)); }, big ? 3 : 20);
        add(
            "clustering", "helixnet", [p] { benchmark::DoNotOptimize(helixnet::neighbourhood_measures(p->graph)); },
            big ? 3 : 20);
        add(
            "communities (Leiden)", "helixnet",
            [p] { benchmark::DoNotOptimize(helixnet::leiden_communities(p->graph)); }, big ? 1 : 3);
        add(
            "cut points and bridges", "helixnet", [p] { benchmark::DoNotOptimize(helixnet::cut_points(p->graph)); },
            big ? 3 : 20);
        if (!huge)
            add(
                "fragmentation if removed", "helixnet",
                [p] { benchmark::DoNotOptimize(helixnet::fragmentation_if_removed(p->graph)); }, 1);
        helixnet::MetricsOptions whole;
        whole.approx_epsilon = w.approx;
        whole.approx_distances = huge;
        add(
            huge       ? "metrics (all ~0.02)"
            : w.approx ? "metrics (betweenness ~0.02)"
                       : "metrics",
            "helixnet", [p, whole] { benchmark::DoNotOptimize(helixnet::compute_wave_metrics(p->graph, whole)); },
            big ? 1 : 3);
        // What `helixnet metrics FILE [--approx 0.02] --format json` does
        // between reading its arguments and writing its file: the plain edge
        // list read as its network and actors, every measure of the analysis
        // pipeline (fragility and communities included), the JSON text made
        // piece by piece (counted here; the command writes each piece out).
        add(
            w.approx ? "metrics command (~0.02)" : "metrics command", "helixnet",
            [p] {
                auto plain = helixnet::read_plain_edge_list_graph(p->edge_file);
                const helixnet::Study study = helixnet::edge_list_actors(*plain, "benchmark");
                helixnet::AnalysisOptions options;
                options.estimate_betweenness_above = std::nullopt;
                options.metrics.approx_epsilon = p->approx;
                options.metrics.approx_distances = p->approx.has_value();
                std::size_t bytes = 0;  // the command writes each piece to its file
                helixnet::write_metrics_json(study.name,
                                             helixnet::analyse_network(study, std::move(plain->graph), options),
                                             [&bytes](std::string_view text) { bytes += text.size(); });
                benchmark::DoNotOptimize(bytes);
            },
            1);
#ifdef HELIXNET_WITH_IGRAPH
        add(
            "load", "igraph",
            [p] {
                igraph_t g;
                FILE* file = std::fopen(p->edge_file.c_str(), "r");
                igraph_read_graph_edgelist(&g, file, 0, IGRAPH_UNDIRECTED);
                std::fclose(file);
                igraph_destroy(&g);
            },
            big ? 3 : 10);
        add(
            "build", "igraph",
            [p] {
                igraph_t g;
                igraph_create(&g, &p->igraph_edges, static_cast<igraph_integer_t>(p->n), IGRAPH_UNDIRECTED);
                igraph_destroy(&g);
            },
            big ? 3 : 20);
        if (!big) {
            add(
                "betweenness", "igraph",
                [p] {
                    igraph_vector_t r;
                    igraph_vector_init(&r, 0);
                    igraph_betweenness(&p->igraph, &r, igraph_vss_all(), false, nullptr);
                    igraph_vector_destroy(&r);
                },
                1);
            add(
                "closeness", "igraph",
                [p] {
                    igraph_vector_t r;
                    igraph_vector_init(&r, 0);
                    igraph_closeness(&p->igraph, &r, nullptr, nullptr, igraph_vss_all(), IGRAPH_ALL, nullptr, true);
                    igraph_vector_destroy(&r);
                },
                1);
            add(
                "metrics", "igraph", [p] { benchmark::DoNotOptimize(igraph_whole(&p->igraph)); }, 1);
        }
        add(
            "pagerank", "igraph",
            [p] {
                igraph_vector_t r;
                igraph_real_t value;
                igraph_vector_init(&r, 0);
                igraph_pagerank(&p->igraph, IGRAPH_PAGERANK_ALGO_PRPACK, &r, &value, igraph_vss_all(), false, 0.85,
                                nullptr, nullptr);
                igraph_vector_destroy(&r);
            },
            big ? 3 : 20);
        add(
            "communities (Leiden)", "igraph", [p] { benchmark::DoNotOptimize(igraph_leiden(&p->igraph)); },
            big ? 1 : 3);
        add(
            "cut points and bridges", "igraph",
            [p] {
                igraph_vector_int_t points, bridges;
                igraph_vector_int_init(&points, 0);
                igraph_vector_int_init(&bridges, 0);
                igraph_articulation_points(&p->igraph, &points);
                igraph_bridges(&p->igraph, &bridges);
                igraph_vector_int_destroy(&points);
                igraph_vector_int_destroy(&bridges);
            },
            big ? 3 : 20);
        add(
            "clustering", "igraph",
            [p] {
                igraph_vector_t r, c;
                igraph_vector_init(&r, 0);
                igraph_vector_init(&c, 0);
                igraph_transitivity_local_undirected(&p->igraph, &r, igraph_vss_all(), IGRAPH_TRANSITIVITY_ZERO);
                igraph_constraint(&p->igraph, &c, igraph_vss_all(), nullptr);
                igraph_vector_destroy(&r);
                igraph_vector_destroy(&c);
            },
            big ? 3 : 20);
#endif
    }
    return all;
}

// Records each benchmark's mean wall time (ms) while printing as usual.
class Recorder : public benchmark::ConsoleReporter {
public:
    std::map<std::string, double> ms;
    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& r : runs) ms[r.benchmark_name()] = r.GetAdjustedRealTime();
        ConsoleReporter::ReportRuns(runs);
    }
};

long resident_kib() {
    std::ifstream statm("/proc/self/statm");
    long size = 0, resident = 0;
    statm >> size >> resident;
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// The peak resident size (VmHWM) since it was last reset, in KiB.
long peak_resident_kib() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    return -1;
}

// Peak memory (MiB) that one run of `m` adds, in a child process of its own.
// The child first returns the heap the parent freed (malloc_trim) and resets
// its peak (clear_refs 5), so that neither library is credited with memory
// the benchmark's own set-up left free.
double peak_extra_mib(const Measurement& m) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        malloc_trim(0);
        std::ofstream("/proc/self/clear_refs") << "5";
        const long before = resident_kib();
        m.run();
        const long peak = peak_resident_kib();
        const double mib = peak < 0 ? -1.0 : static_cast<double>(peak - before) / 1024.0;
        if (write(fds[1], &mib, sizeof mib) != sizeof mib) _exit(1);
        _exit(0);
    }
    close(fds[1]);
    double mib = -1;
    if (read(fds[0], &mib, sizeof mib) != sizeof mib) mib = -1;
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return mib;
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    const struct {
        const char* name;
        std::size_t n, k;
        std::optional<double> approx;
    } specs[] = {{"10k", 10000, 3, std::nullopt}, {"100k", 100000, 5, 0.02}, {"1M", 1000000, 5, 0.02}};
    // The 1M graph only when the filter names it (--benchmark_filter='^1M'):
    // it takes minutes and some GiB.
    const bool million = benchmark::GetBenchmarkFilter().find("1M") != std::string::npos;
    for (const auto& s : specs) {
        if ((s.n >= 1000000) != million) continue;
        Workload w;
        w.name = s.name;
        w.n = s.n;
        w.edges = barabasi_albert(s.n, s.k, 20240101);
        w.graph = helixnet::build_graph(w.n, w.edges);
        w.approx = s.approx;
        w.edge_file = std::filesystem::temp_directory_path().string() + "/helixnet-benchmark-" + w.name + "-" +
                      std::to_string(getpid()) + ".edges";
        std::ofstream out(w.edge_file);
        for (const auto& [u, v] : w.edges) out << u << ' ' << v << '\n';
        workloads().push_back(std::move(w));
    }
#ifdef HELIXNET_WITH_IGRAPH
    for (Workload& w : workloads()) make_igraph(w);
#endif
    for (const Workload& w : workloads())
        std::printf("graph %s: %zu actors, %zu ties, %u threads\n", w.name.c_str(), w.graph.actors(), w.graph.ties(),
                    helixnet::resolve_threads(0));

    const std::vector<Measurement> all = measurements();
    for (const Measurement& m : all)
        benchmark::RegisterBenchmark(m.name().c_str(),
                                     [run = m.run](benchmark::State& state) {
                                         for (auto _ : state) run();
                                     })
            ->Iterations(m.iterations)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    // Memory first: igraph's PageRank starts an OpenMP thread pool, and a child
    // forked after that would wait for pool threads it does not have.
    const bool memory = std::getenv("HELIXNET_BENCH_NO_MEMORY") == nullptr;
    const std::string filter = benchmark::GetBenchmarkFilter();
    const std::regex pattern(filter.empty() || filter == "all" ? "." : filter);
    const auto selected = [&](const std::string& name) { return std::regex_search(name, pattern); };
    std::map<std::string, double> peak_mib;
    if (memory)
        for (const Measurement& m : all)
            if (selected(m.name())) peak_mib[m.name()] = peak_extra_mib(m);

    Recorder recorder;
    benchmark::RunSpecifiedBenchmarks(&recorder);

    std::printf("\n%-6s %-28s %12s %12s %9s %13s %13s\n", "graph", "measure", "helixnet ms", "igraph ms", "speed-up",
                "helixnet MiB", "igraph MiB");
    std::set<std::string> done;
    for (const Measurement& m : all) {
        const std::string key = m.graph + "/" + m.measure;
        if (!done.insert(key).second) continue;
        const auto time = [&](const std::string& library) -> std::optional<double> {
            const auto it =
                recorder.ms.find(key + "/" + library + "/iterations:" + std::to_string([&] {
                                     for (const Measurement& x : all)
                                         if (x.graph == m.graph && x.measure == m.measure && x.library == library)
                                             return x.iterations;
                                     return 0;
                                 }()) +
                                 "/real_time");
            if (it == recorder.ms.end()) return std::nullopt;
            return it->second;
        };
        const auto mem = [&](const std::string& library) -> std::string {
            const auto it = peak_mib.find(key + "/" + library);
            if (it == peak_mib.end()) return "";
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.1f", it->second);
            return buf;
        };
        const auto ours = time("helixnet"), theirs = time("igraph");
        if (!ours && !theirs) continue;
        char ratio[32] = "";
        if (ours && theirs) std::snprintf(ratio, sizeof ratio, "%.2fx", *theirs / *ours);
        char a[32] = "", b[32] = "";
        if (ours) std::snprintf(a, sizeof a, "%.1f", *ours);
        if (theirs) std::snprintf(b, sizeof b, "%.1f", *theirs);
        std::printf("%-6s %-28s %12s %12s %9s %13s %13s\n", m.graph.c_str(), m.measure.c_str(), a, b, ratio,
                    mem("helixnet").c_str(), mem("igraph").c_str());
    }
    // The quality of the communities, beside their time.
    for (const Workload& w : workloads()) {
        if (!selected(w.name + "/communities (Leiden)/helixnet")) continue;
        const helixnet::Communities ours = helixnet::leiden_communities(w.graph);
        std::printf("%-6s Leiden modularity: helixnet %.4f (%zu communities)", w.name.c_str(), *ours.modularity,
                    ours.count());
#ifdef HELIXNET_WITH_IGRAPH
        igraph_rng_seed(igraph_rng_default(), 1);
        std::printf(", igraph %.4f", igraph_leiden(&w.igraph));
#endif
        std::printf("\n");
    }
#ifdef HELIXNET_WITH_IGRAPH
    for (Workload& w : workloads()) {
        igraph_destroy(&w.igraph);
        igraph_vector_int_destroy(&w.igraph_edges);
    }
#endif
    for (const Workload& w : workloads()) std::remove(w.edge_file.c_str());
    benchmark::Shutdown();
    return 0;
}
