#pragma once
// Data-parallel training across processes and hosts on PyTorch's distributed engine (c10d):
// rendezvous through its TCPStore, collectives through its Gloo process group. A process that
// joins none is a world of one, and training is then exactly the single-process run.

#include <map>
#include <optional>
#include <string>

namespace grindstone {

struct ProcessGroupSettings {
    int rank = 0;
    int worldSize = 1;
    std::string masterAddress = "127.0.0.1";
    int masterPort = 29500;
    /// How long a rank waits for the others (rendezvous, every collective) before it gives up:
    /// PyTorch's 30 minutes, since the others wait while rank 0 evaluates.
    double timeoutSeconds = 1800;
};

/// The rank's settings from the environment torchrun-style launchers set: RANK, WORLD_SIZE,
/// MASTER_ADDR, MASTER_PORT (GRINDSTONE_DIST_TIMEOUT optionally, in seconds). Nothing when
/// WORLD_SIZE is unset; InputError naming the variable when one is malformed or missing.
std::optional<ProcessGroupSettings> processGroupFromEnvironment(
    const std::map<std::string, std::string>& environment);
/// The same from this process's environment.
std::optional<ProcessGroupSettings> processGroupFromEnvironment();

/// How long a rank waits for the others: GRINDSTONE_DIST_TIMEOUT from this process's
/// environment, else the default (what a launcher allows a rank before ending it).
double rankTimeoutFromEnvironment();

/// Joins the process group (blocks until every rank has arrived or the timeout passes). Throws
/// InputError when the rendezvous fails: an unreachable address, a port in use, a timeout.
void joinProcessGroup(const ProcessGroupSettings& settings);

/// This process's rank and world size (0 and 1 outside a process group).
int processRank();
int processWorldSize();

/// Rank 0's `bytes` on every rank (the others pass anything, e.g. nothing): how the ranks of
/// a run that must roll back get the checkpoint rank 0 returns to. Every rank must call it at
/// the same point. In a world of one, `bytes` back.
std::string shareFromRankZero(const std::string& bytes);

}  // namespace grindstone
