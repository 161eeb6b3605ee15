// How the metrics engine runs: on how many threads, and whom it tells about
// its progress.
//
// Work is cut into a fixed number of blocks that does not depend on the number
// of threads; each block accumulates on its own and blocks are combined in
// block order, so every result is the same, bit for bit, whatever `threads`.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace helixnet {

// Called with a stage name ("shortest paths", "betweenness sample", ...), the
// units done and the units in total. Only ever called on the calling thread.
using ProgressCallback = std::function<void(std::string_view stage, std::size_t done, std::size_t total)>;

struct Execution {
    unsigned threads = 0;       // 0: std::thread::hardware_concurrency()
    ProgressCallback progress;  // may be empty
};

// `requested`, or the number of hardware threads when 0 (at least 1).
[[nodiscard]] unsigned resolve_threads(unsigned requested);

// Runs body(block, worker) for every block in [0, blocks) on up to `threads`
// threads (worker in [0, threads)); blocks are handed out in increasing order.
// The calling thread is worker 0 and alone calls `on_done(blocks_done)` after
// each block it finishes, and once more with `blocks` at the end if its last
// call was below that (the counts it reports always rise). The first exception thrown by a body is rethrown
// here after every thread has stopped.
void run_blocks(std::size_t blocks, unsigned threads,
                const std::function<void(std::size_t block, unsigned worker)>& body,
                const std::function<void(std::size_t done)>& on_done = {});

}  // namespace helixnet
