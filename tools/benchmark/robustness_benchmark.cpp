// Benchmark of `helixnet robustness` (compare/robustness.hpp): the bundled
// study, and a generated study of 2,000 ties (the most the passage search
// takes) in three waves, shaped like an encoded report: 420 actors of five
// sectors and three regions, one in ten standing for a group, some present in
// one or two waves only; quotes that name two to four parties (a tie between
// each pair) or one pair, a third of later ties repeating an earlier wave's
// tie with its quote, one tie in ten without evidence, and a mix of stated,
// implied and assumed ties; and two dense random waves of 1,000 ties each,
// every tie its own quote.
//
// Run: build/tools/benchmark/helixnet_robustness_benchmark
//      build/tools/benchmark/helixnet_robustness_benchmark --write-study FILE.json
// (the second writes the generated study, so that the whole command can be
// timed: /usr/bin/time -v build/helixnet robustness FILE.json).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "helixnet/compare/robustness.hpp"
#include "helixnet/error.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/study/load.hpp"

namespace {

using nlohmann::json;

json generated_study_json(std::size_t total_ties, std::uint32_t seed) {
    std::mt19937_64 rng(seed);
    const auto uniform = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    const auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    const std::vector<int> years = {2019, 2022, 2024};
    const std::vector<std::size_t> wave_ties = {total_ties * 25 / 100, total_ties * 35 / 100,
                                                total_ties - total_ties * 25 / 100 - total_ties * 35 / 100};
    const char* sectors[] = {"government", "industry", "education", "intermediary", "civil-society"};
    const char* regions[] = {"north", "south", "outside", ""};
    const std::size_t n = 420;
    json j = {{"format", "helixnet/1"},
              {"name", "Generated study (2,000 ties)"},
              {"waves", json::array()},
              {"actors", json::array()},
              {"ties", json::array()}};
    for (const int y : years) j["waves"].push_back({{"year", y}});
    std::vector<std::vector<bool>> present(n, std::vector<bool>(years.size(), true));
    for (std::size_t a = 0; a < n; ++a) {
        json actor = {{"id", "a" + std::to_string(a)}, {"sector", sectors[uniform(5)]}};
        if (const char* r = regions[uniform(4)]; *r) actor["region"] = r;
        if (chance(0.1)) actor["count"] = chance(0.5) ? "unspecified" : std::to_string(5 + uniform(60));
        if (chance(0.3)) {
            json waves = json::array();
            const std::size_t first = uniform(3);
            for (std::size_t w = 0; w < years.size(); ++w) {
                present[a][w] = w >= first;
                if (present[a][w]) waves.push_back(years[w]);
            }
            actor["waves"] = waves;
        }
        j["actors"].push_back(actor);
    }
    std::size_t quotes = 0;
    const char* levels[] = {"stated", "stated", "implied", "assumed"};
    std::vector<std::map<std::pair<std::size_t, std::size_t>, std::string>> tied(years.size());
    for (std::size_t w = 0; w < years.size(); ++w) {
        std::vector<std::size_t> here;
        for (std::size_t a = 0; a < n; ++a)
            if (present[a][w]) here.push_back(a);
        // Later waves repeat earlier ties, with their quotes.
        if (w > 0)
            for (const auto& [pair, quote] : tied[w - 1]) {
                if (tied[w].size() >= wave_ties[w] / 3) break;
                if (present[pair.first][w] && present[pair.second][w] && chance(0.6)) tied[w][pair] = quote;
            }
        while (tied[w].size() < wave_ties[w]) {
            // Hubs: the first actors are drawn more often.
            const auto pick = [&] {
                const std::size_t i = std::min(uniform(here.size()), uniform(here.size()));
                return here[i];
            };
            const std::size_t parties = chance(0.55) ? 2 : 3 + uniform(2);
            std::set<std::size_t> named;
            while (named.size() < parties) named.insert(pick());
            const std::string quote = chance(0.1) ? std::string() : "Quote " + std::to_string(quotes++);
            const std::vector<std::size_t> list(named.begin(), named.end());
            for (std::size_t x = 0; x < list.size(); ++x)
                for (std::size_t y = x + 1; y < list.size() && tied[w].size() < wave_ties[w]; ++y)
                    tied[w].try_emplace({list[x], list[y]}, quote);
        }
        for (const auto& [pair, quote] : tied[w]) {
            json t = {{"source", "a" + std::to_string(pair.first)},
                      {"target", "a" + std::to_string(pair.second)},
                      {"wave", years[w]},
                      {"confidence", levels[uniform(4)]}};
            if (!quote.empty()) {
                t["evidence"] = quote;
                t["source_ref"] = "report, section " + std::to_string(quote.size() % 7);
            }
            j["ties"].push_back(t);
        }
    }
    return j;
}

const helixnet::Study& generated_study() {
    static const helixnet::Study study = [] {
        helixnet::Diagnostics d;
        return helixnet::read_study_json(generated_study_json(2000, 2024).dump(), "generated.json", d);
    }();
    return study;
}

// Two waves of 1,000 ties among 100 actors drawn at random, every tie its
// own quote: no three passages cut such a wave, which the search must prove.
const helixnet::Study& dense_study() {
    static const helixnet::Study study = [] {
        std::mt19937_64 rng(7);
        json j = {{"format", "helixnet/1"},
                  {"name", "Dense random waves"},
                  {"waves", {{{"year", 2019}}, {{"year", 2022}}}},
                  {"actors", json::array()},
                  {"ties", json::array()}};
        const std::size_t n = 100;
        for (std::size_t a = 0; a < n; ++a) j["actors"].push_back({{"id", "a" + std::to_string(a)}});
        std::size_t quote = 0;
        for (const int year : {2019, 2022}) {
            std::set<std::pair<std::size_t, std::size_t>> ties;
            while (ties.size() < 1000) {
                const std::size_t u = rng() % n, v = rng() % n;
                if (u != v) ties.emplace(std::min(u, v), std::max(u, v));
            }
            for (const auto& [u, v] : ties)
                j["ties"].push_back({{"source", "a" + std::to_string(u)},
                                     {"target", "a" + std::to_string(v)},
                                     {"wave", year},
                                     {"evidence", "Quote " + std::to_string(quote++)}});
        }
        helixnet::Diagnostics d;
        return helixnet::read_study_json(j.dump(), "dense.json", d);
    }();
    return study;
}

const helixnet::Study& bundled_study() {
    static const helixnet::Study study = helixnet::load_study(helixnet::bundled_study_path());
    return study;
}

void run(benchmark::State& state, const helixnet::Study& study) {
    std::size_t findings = 0, fragile = 0;
    for (auto _ : state) {
        const helixnet::RobustnessResult r = helixnet::analyse_robustness(study);
        findings = fragile = 0;
        for (const auto& c : r.comparisons)
            for (const auto& f : c.findings) {
                ++findings;
                fragile += f.robust() ? 0 : 1;
            }
        benchmark::DoNotOptimize(findings);
    }
    state.counters["ties"] = static_cast<double>(study.ties.size());
    state.counters["findings"] = static_cast<double>(findings);
    state.counters["fragile"] = static_cast<double>(fragile);
}

void BM_RobustnessBundled(benchmark::State& state) { run(state, bundled_study()); }
void BM_RobustnessGenerated2000(benchmark::State& state) { run(state, generated_study()); }
void BM_RobustnessDense2000(benchmark::State& state) { run(state, dense_study()); }

// The variants alone (the passage search skipped), to show what the search costs.
void BM_RobustnessGenerated2000VariantsOnly(benchmark::State& state) {
    helixnet::RobustnessOptions options;
    options.passage_search_limit = 0;
    for (auto _ : state) benchmark::DoNotOptimize(helixnet::analyse_robustness(generated_study(), options));
}

BENCHMARK(BM_RobustnessBundled)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RobustnessGenerated2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RobustnessDense2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RobustnessGenerated2000VariantsOnly)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--write-study") == 0) {
        std::ofstream out(argv[2]);
        out << generated_study_json(2000, 2024).dump(1) << '\n';
        return out ? 0 : 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
