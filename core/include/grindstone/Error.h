#pragma once

#include <stdexcept>
#include <string>

namespace grindstone {

/// Bad input from outside the program (config, dataset, session file, argument). The message
/// names the file / key / value and says what was expected; callers show it as it is.
class InputError : public std::runtime_error {
public:
    explicit InputError(const std::string& message) : std::runtime_error(message) {}
};

/// A distributed run lost one of its ranks (it stopped, crashed or went silent past the
/// timeout). Not a bug of this process: the message says which rank saw it and why.
class RankLostError : public std::runtime_error {
public:
    explicit RankLostError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace grindstone
