// Benchmark of the HTML report and its diagrams on the bundled study (three
// waves, 45 actors): what `helixnet report` spends its time on.
//
//   report          build_report with the command's defaults (5000
//                   permutations; every wave and the change view drawn as SVG
//                   and PNG): the whole report in memory, nothing written
//   report, no PNG  the same without the PNG files
//   diagrams        the report's four diagrams alone, built and drawn as SVG
//                   and PNG the way build_report draws them
//
// Run: build/tools/benchmark/helixnet_report_benchmark. For the whole process,
// `/usr/bin/time -v build/helixnet report -o /tmp/r`.
#include <benchmark/benchmark.h>

#include <cstdio>

#include "helixnet/export/render.hpp"
#include "helixnet/report/report.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/study/load.hpp"

namespace {

const helixnet::Study& bundled() {
    static const helixnet::Study study = helixnet::load_study(helixnet::bundled_study_path());
    return study;
}

void report(benchmark::State& state, bool png) {
    helixnet::ReportOptions options;
    options.png = png;
    for (auto _ : state) benchmark::DoNotOptimize(helixnet::build_report(bundled(), options));
}

// The report's diagrams as build_report draws them: one layout of the study,
// then every wave and the change from the first to the last wave, each laid
// out by Graphviz once for its SVG and its PNG on an A4 page.
std::size_t draw_report_diagrams(const helixnet::Study& study) {
    using namespace helixnet;
    std::size_t bytes = 0;
    const StableLayout layout = stable_layout(study, {});
    RenderOptions a4;
    a4.page = PageSize::a4;
    const auto draw = [&](const DiagramOptions& options) {
        for (const auto& drawn :
             render_diagram(build_diagram(study, options, layout), {ImageFormat::svg, ImageFormat::png}, a4))
            bytes += drawn.data.size();
    };
    for (const auto& w : study.waves) {
        DiagramOptions options;
        options.wave = w.year;
        draw(options);
    }
    DiagramOptions change;
    change.wave = study.waves.back().year;
    change.diff_from = study.waves.front().year;
    draw(change);
    return bytes;
}

void diagrams(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(draw_report_diagrams(bundled()));
}

}  // namespace

BENCHMARK_CAPTURE(report, with_png, true)->Name("report")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(report, without_png, false)->Name("report, no PNG")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(diagrams)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    std::printf("bundled study: %zu actors, %zu waves\n", bundled().actors.size(), bundled().waves.size());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
