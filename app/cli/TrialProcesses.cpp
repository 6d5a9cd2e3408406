#include "TrialProcesses.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <thread>

#include "RankProcesses.h"
#include "StopSignal.h"
#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"

extern char** environ;

namespace grindstone::cli {
namespace {

struct Child {
    std::string folder, configFile;
};

pid_t launch(const TrialJob& job, int parallel, Child& child) {
    std::vector<std::string> args = {selfPath()};
    if (job.fresh) {
        Config config = job.config;
        if (config.integer("threads") == 0) {
            const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
            config.set("threads",
                       std::to_string(std::max(1u, cores / static_cast<unsigned>(parallel))));
        }
        child.configFile = job.folder + ".config.json";
        writeFileAtomically(child.configFile, config.toJson() + "\n");
        args.insert(args.end(), {"train", "--config", child.configFile, "--out", job.folder,
                                 "--until", std::to_string(job.steps)});
    } else {
        args.insert(args.end(), {"resume", job.folder, "--steps", std::to_string(job.steps)});
    }
    child.folder = job.folder;
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    const std::string log = job.folder + ".log";
    posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, log.c_str(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&files, STDOUT_FILENO, STDERR_FILENO);
    std::vector<char*> argv;
    for (std::string& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int error = posix_spawn(&pid, argv[0], &files, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    if (error != 0)
        throw InputError("tune --parallel: cannot start a trial: " + std::string(strerror(error)));
    return pid;
}

}  // namespace

bool runTrialProcesses(const std::vector<TrialJob>& jobs, int parallel) {
    std::map<pid_t, Child> running;
    size_t next = 0;
    bool ok = true, stopping = false;
    while (next < jobs.size() || !running.empty()) {
        if (StopSignal::requested() && !stopping) {
            stopping = true;
            for (const auto& [pid, child] : running)
                kill(pid, SIGINT);  // each child checkpoints and stops at its next step
        }
        while (!stopping && ok && next < jobs.size() &&
               static_cast<int>(running.size()) < parallel) {
            Child child;
            const pid_t pid = launch(jobs[next], parallel, child);
            std::cerr << jobs[next].what << ": " << child.folder << " (log: " << child.folder
                      << ".log)\n";
            running[pid] = child;
            ++next;
        }
        if (running.empty()) break;
        int status = 0;
        const pid_t done = waitpid(-1, &status, WNOHANG);
        if (done <= 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            continue;
        }
        const auto it = running.find(done);
        if (it == running.end()) continue;
        const Child child = it->second;
        running.erase(it);
        if (!child.configFile.empty()) std::remove(child.configFile.c_str());
        const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (code == 0 || code == 4) continue;  // finished, or diverged (read back as such)
        if (code != 3)
            std::cerr << child.folder << " failed (exit " << code << "); see " << child.folder
                      << ".log. The search stops here\n";
        ok = false;
    }
    return ok && !stopping;
}

}  // namespace grindstone::cli
