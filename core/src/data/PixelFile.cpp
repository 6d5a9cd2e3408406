// An unlinked, mapped file for decoded pixels (POSIX: mkstemp, posix_fallocate, mmap).
#include "grindstone/data/PixelFile.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include "grindstone/Error.h"

namespace grindstone {
namespace {

std::string gigabytes(uint64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(bytes) / 1e9);
    return text;
}

}  // namespace

std::shared_ptr<PixelFile> PixelFile::create(const std::string& folder, uint64_t bytes) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw InputError("cannot create '" + folder + "' for decoded images: " + error.message());
    std::string name = folder + "/decoded-XXXXXX";
    std::vector<char> path(name.begin(), name.end());
    path.push_back('\0');
    const int fd = mkstemp(path.data());
    if (fd < 0) {
        throw InputError("cannot create a file in '" + folder +
                         "' for decoded images: " + std::strerror(errno));
    }
    unlink(path.data());  // nothing to clean up later: the file lives as long as the mapping
    if (bytes == 0) return std::shared_ptr<PixelFile>(new PixelFile(fd, nullptr, 0));
    // Reserve the blocks now: a sparse file that runs out of disk while being written would
    // kill the process with SIGBUS instead of saying why.
    if (const int failed = posix_fallocate(fd, 0, static_cast<off_t>(bytes)); failed != 0) {
        close(fd);
        throw InputError("cannot keep " + gigabytes(bytes) + " of decoded images in '" + folder +
                         "': " + std::strerror(failed) +
                         " (free disk space there, or set decoded_images = memory)");
    }
    void* data = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (data == MAP_FAILED) {
        const int failed = errno;
        close(fd);
        throw InputError("cannot map " + gigabytes(bytes) + " of decoded images in '" + folder +
                         "': " + std::strerror(failed));
    }
    return std::shared_ptr<PixelFile>(new PixelFile(fd, static_cast<uint8_t*>(data), bytes));
}

PixelFile::~PixelFile() {
    if (m_data) munmap(m_data, m_mapped);
    if (m_fd >= 0) close(m_fd);
}

void PixelFile::shrink(uint64_t bytes) {
    if (bytes >= m_size) return;
    m_size = bytes;
    // Whole pages past the end go back to the disk; the mapping itself keeps its length.
    const auto page = static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
    const uint64_t keep = (bytes + page - 1) / page * page;
    if (keep < m_mapped) {
        madvise(m_data + keep, m_mapped - keep, MADV_DONTNEED);
        if (ftruncate(m_fd, static_cast<off_t>(keep)) != 0) {
            // Not fatal: the space is given back when the process ends.
        }
    }
}

}  // namespace grindstone
