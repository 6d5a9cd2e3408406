#pragma once

#include <string>

#include <torch/serialize/archive.h>

namespace grindstone {

/// Saves anything with save(OutputArchive&) (a module, an optimiser, a strategy) as a named
/// sub-archive, so one checkpoint file nests every part of a run.
template <typename Saveable>
void writeChild(torch::serialize::OutputArchive& archive, const std::string& key,
                const Saveable& part) {
    torch::serialize::OutputArchive child;
    part.save(child);
    archive.write(key, child);
}

/// The inverse of writeChild.
template <typename Loadable>
void readChild(torch::serialize::InputArchive& archive, const std::string& key, Loadable& part) {
    torch::serialize::InputArchive child;
    archive.read(key, child);
    part.load(child);
}

}  // namespace grindstone
