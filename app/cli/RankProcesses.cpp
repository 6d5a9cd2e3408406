#include "RankProcesses.h"

#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <thread>

#include "StopSignal.h"
#include "grindstone/Error.h"
#include "grindstone/runtime/ProcessGroup.h"

extern char** environ;

namespace grindstone::cli {
namespace {

/// A loopback port nobody listens on now (the kernel picks it; rank 0's store binds it next).
int freeLoopbackPort() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw InputError("--nproc: cannot open a socket: " + std::string(strerror(errno)));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    const bool ok = bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
                    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    close(fd);
    if (!ok) throw InputError("--nproc: no free loopback port: " + std::string(strerror(errno)));
    return ntohs(address.sin_port);
}

using Clock = std::chrono::steady_clock;

std::vector<std::string> environmentWith(const std::map<std::string, std::string>& set) {
    std::vector<std::string> out;
    for (char** e = environ; *e; ++e) {
        const std::string entry(*e);
        if (!set.count(entry.substr(0, entry.find('=')))) out.push_back(entry);
    }
    for (const auto& [name, value] : set)
        out.push_back(name + "=" + value);
    return out;
}

pid_t startRank(const std::string& command, const std::vector<std::string>& commandArgs, int rank,
                int ranks, int port) {
    std::vector<std::string> args = {selfPath(), command};
    args.insert(args.end(), commandArgs.begin(), commandArgs.end());
    std::vector<std::string> env = environmentWith({{"RANK", std::to_string(rank)},
                                                    {"LOCAL_RANK", std::to_string(rank)},
                                                    {"WORLD_SIZE", std::to_string(ranks)},
                                                    {"MASTER_ADDR", "127.0.0.1"},
                                                    {"MASTER_PORT", std::to_string(port)}});
    std::vector<char*> argv, envp;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (auto& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    pid_t pid = 0;
    if (const int error = posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), envp.data()))
        throw InputError("--nproc: cannot start rank " + std::to_string(rank) + ": " +
                         strerror(error));
    return pid;
}

}  // namespace

std::string selfPath() {
    std::error_code ec;
    const auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) throw InputError("cannot find this program to start it again (/proc/self/exe)");
    return path.string();
}

int runLocalRanks(const std::string& command, const std::vector<std::string>& args, int ranks) {
    StopSignal stopSignal;
    const int port = freeLoopbackPort();
    const auto timeout = std::chrono::duration<double>(rankTimeoutFromEnvironment());
    std::map<pid_t, int> running;  // pid -> rank
    for (int rank = 0; rank < ranks; ++rank)
        running[startRank(command, args, rank, ranks, port)] = rank;
    std::map<int, int> codes;
    bool passedOn = false;
    // Once a rank has failed, the others end at their next exchange or after the timeout; a
    // rank still there a timeout later hangs (stopped, deadlocked) and is ended here.
    bool aRankFailed = false;
    Clock::time_point endHungRanksAt{};
    while (!running.empty()) {
        if (StopSignal::requested() && !passedOn) {
            passedOn = true;  // every rank agrees on the stop at its next step
            for (const auto& [pid, rank] : running)
                kill(pid, SIGINT);
        }
        if (aRankFailed && Clock::now() >= endHungRanksAt) {
            endHungRanksAt = Clock::time_point::max();
            for (const auto& [pid, rank] : running) {
                std::cerr << "rank " << rank << " of " << ranks << " did not end "
                          << static_cast<long long>(timeout.count())
                          << " s after a rank failed; ending it\n";
                kill(pid, SIGKILL);
            }
        }
        int status = 0;
        const pid_t done = waitpid(-1, &status, WNOHANG);
        if (done <= 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            continue;
        }
        const auto it = running.find(done);
        if (it == running.end()) continue;
        const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        codes[it->second] = code;
        const bool failed = code != 0 && code != 3 && code != 4;
        if (failed && it->second != 0)
            std::cerr << "rank " << it->second << " of " << ranks << " failed (exit " << code
                      << "); the others stop when they next need it\n";
        if (failed && !aRankFailed) {
            aRankFailed = true;
            endHungRanksAt = Clock::now() + std::chrono::duration_cast<Clock::duration>(timeout);
        }
        running.erase(it);
    }
    if (codes[0] != 0) return codes[0];
    for (const auto& [rank, code] : codes)
        if (code != 0) return code;
    return 0;
}

}  // namespace grindstone::cli
