#pragma once

#include <string>

namespace grindstone {

/// The scalar a distributed run logs at each step for one rank's compute time: its seconds in
/// the step outside the exchanges with the other ranks (a slower rank shows a larger figure,
/// the others wait for it in their comm_seconds).
std::string rankComputeSecondsKey(int rank);

/// The rank whose compute time `key` is, or -1 when it is another scalar.
int rankOfComputeSecondsKey(const std::string& key);

}  // namespace grindstone
