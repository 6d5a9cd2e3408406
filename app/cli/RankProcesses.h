#pragma once

#include <string>
#include <vector>

namespace grindstone::cli {

/// `train --nproc N` / `resume --nproc N`: starts N ranks of this program on this host, each
/// running `command` with the given arguments and the environment torchrun would set (RANK,
/// LOCAL_RANK, WORLD_SIZE, MASTER_ADDR = 127.0.0.1, MASTER_PORT = a free port). Rank 0 writes the
/// run and prints the progress; a stop request (Ctrl-C, SIGTERM) is passed on to every rank.
/// Returns rank 0's exit code, or the first failing rank's when rank 0 succeeded.
int runLocalRanks(const std::string& command, const std::vector<std::string>& args, int ranks);

/// This program's own path (to start copies of it).
std::string selfPath();

}  // namespace grindstone::cli
