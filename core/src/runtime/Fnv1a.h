// FNV-1a, 64 bits: the caches' keys (raw-pixel floor, backbone features) are this hash over
// everything their contents depend on. Not cryptographic: it tells inputs apart, nothing more.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace grindstone {

class Fnv1a {
public:
    void mix(const void* data, size_t bytes) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (size_t i = 0; i < bytes; ++i)
            m_hash = (m_hash ^ p[i]) * 1099511628211ULL;
    }
    void mix(const std::string& text) { mix(text.data(), text.size()); }
    /// 16 lower-case hex digits.
    std::string hex() const {
        char text[17];
        std::snprintf(text, sizeof(text), "%016llx", static_cast<unsigned long long>(m_hash));
        return text;
    }

private:
    uint64_t m_hash = 1469598103934665603ULL;
};

}  // namespace grindstone
