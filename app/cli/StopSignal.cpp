#include "StopSignal.h"

#include <unistd.h>

#include <atomic>
#include <csignal>

namespace grindstone::cli {
namespace {

std::atomic<bool> g_stopRequested{false};
// Only lock-free atomics may be touched from a signal handler.
static_assert(std::atomic<bool>::is_always_lock_free);

struct sigaction g_previousInt, g_previousTerm;

void onSignal(int) {
    g_stopRequested = true;
    // One-shot for both signals: a second Ctrl-C or SIGTERM ends the process the usual way.
    // sigaction is async-signal-safe.
    struct sigaction fallback {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(SIGINT, &fallback, nullptr);
    sigaction(SIGTERM, &fallback, nullptr);
    static const char message[] =
        "\nstop requested: finishing the current step and saving the run (again to kill)\n";
    // write(2) is async-signal-safe; stdio is not.
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, message, sizeof(message) - 1);
}

}  // namespace

StopSignal::StopSignal() {
    g_stopRequested = false;
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &g_previousInt);
    sigaction(SIGTERM, &action, &g_previousTerm);
}

StopSignal::~StopSignal() {
    sigaction(SIGINT, &g_previousInt, nullptr);
    sigaction(SIGTERM, &g_previousTerm, nullptr);
}

bool StopSignal::requested() {
    return g_stopRequested;
}

}  // namespace grindstone::cli
