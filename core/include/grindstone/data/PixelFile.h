#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace grindstone {

/// Decoded pixels kept in a file on disk and mapped into memory. The file is unlinked as soon as
/// it is created, so it disappears with the process, crash or not. Its pages are the kernel's
/// to write back and drop under memory pressure: a dataset larger than the machine's memory
/// (Stanford Online Products at 224 px: 18 GB) still loads, and what training touches is read
/// back on demand.
class PixelFile {
public:
    /// Reserves `bytes` bytes on disk in `folder` (created if missing) and maps them. An
    /// InputError when the folder cannot be written or the disk has not that much room.
    static std::shared_ptr<PixelFile> create(const std::string& folder, uint64_t bytes);
    ~PixelFile();
    PixelFile(const PixelFile&) = delete;
    PixelFile& operator=(const PixelFile&) = delete;

    uint8_t* data() { return m_data; }
    const uint8_t* data() const { return m_data; }
    uint64_t size() const { return m_size; }
    /// Keeps the first `bytes` bytes (images that did not decode were left out); the rest of the
    /// file is given back to the disk.
    void shrink(uint64_t bytes);

private:
    PixelFile(int fd, uint8_t* data, uint64_t size)
        : m_fd(fd), m_data(data), m_size(size), m_mapped(size) {}
    int m_fd = -1;
    uint8_t* m_data = nullptr;
    uint64_t m_size = 0;
    uint64_t m_mapped = 0;
};

}  // namespace grindstone
