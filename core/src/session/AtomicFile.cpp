#include "grindstone/session/AtomicFile.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "grindstone/Error.h"

namespace grindstone {

void writeFileAtomically(const std::string& path, const std::string& contents) {
    // A temporary name of this process's and this call's own: two processes writing the same
    // file (trials of one search filling the raw-pixel cache) must not share one, or one
    // truncates what the other is writing. It still ends in .tmp, which a run folder's
    // check removes when a crash left one behind.
    static std::atomic<unsigned> calls{0};
    const std::string temp =
        path + "." + std::to_string(::getpid()) + "-" + std::to_string(calls++) + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw InputError("cannot write '" + path + "': " + std::strerror(errno));
    size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string reason = std::strerror(errno);
            ::close(fd);
            std::remove(temp.c_str());
            throw InputError("cannot write '" + path + "': " + reason);
        }
        written += static_cast<size_t>(n);
    }
    ::fsync(fd);
    ::close(fd);
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(temp.c_str());
        throw InputError("cannot write '" + path + "': " + reason);
    }
}

std::string readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot read '" + path + "': " + std::strerror(errno));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void syncDirectory(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace grindstone
