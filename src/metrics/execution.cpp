#include "helixnet/metrics/execution.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace helixnet {

unsigned resolve_threads(unsigned requested) {
    if (requested > 0) return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

void run_blocks(std::size_t blocks, unsigned threads,
                const std::function<void(std::size_t block, unsigned worker)>& body,
                const std::function<void(std::size_t done)>& on_done) {
    const unsigned workers = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, blocks)));
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> failed{false};
    std::exception_ptr error;
    std::mutex error_mutex;
    std::size_t reported = 0;  // the last count the calling thread reported

    const auto work = [&](unsigned worker) {
        for (;;) {
            if (failed.load(std::memory_order_relaxed)) return;
            const std::size_t block = next.fetch_add(1, std::memory_order_relaxed);
            if (block >= blocks) return;
            try {
                body(block, worker);
                const std::size_t finished = done.fetch_add(1, std::memory_order_relaxed) + 1;
                if (worker == 0 && on_done) on_done(reported = finished);
            } catch (...) {
                const std::lock_guard lock(error_mutex);
                if (!error) error = std::current_exception();
                failed = true;
                return;
            }
        }
    };

    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    try {
        for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work, w);
    } catch (...) {
        failed = true;
        for (auto& t : pool) t.join();
        throw;
    }
    work(0);
    for (auto& t : pool) t.join();
    if (error) std::rethrow_exception(error);
    // The other threads may have done the last blocks (or all of them): the
    // caller still hears that everything is done.
    if (on_done && reported < blocks) on_done(blocks);
}

}  // namespace helixnet
