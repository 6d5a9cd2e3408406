#include "grindstone/session/Npy.h"

#include <cstring>
#include <regex>

#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"

namespace grindstone {

std::string encodeNpy(const Matrix& m) {
    std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" +
                         std::to_string(m.rows) + ", " + std::to_string(m.cols) + "), }";
    // Magic (6) + version (2) + length (2) + header + '\n' must be a multiple of 64.
    const size_t total = 10 + header.size() + 1;
    header.append((64 - total % 64) % 64, ' ');
    header.push_back('\n');
    std::string out("\x93NUMPY\x01\x00", 8);
    out.push_back(static_cast<char>(header.size() & 0xff));
    out.push_back(static_cast<char>((header.size() >> 8) & 0xff));
    out += header;
    out.append(reinterpret_cast<const char*>(m.values.data()), m.values.size() * sizeof(float));
    return out;
}

void writeNpy(const std::string& path, const Matrix& matrix) {
    writeFileAtomically(path, encodeNpy(matrix));
}

Matrix decodeNpy(const std::string& bytes, const std::string& origin) {
    auto fail = [&](const std::string& why) -> Matrix {
        throw InputError("'" + origin + "' is not a readable .npy array: " + why);
    };
    if (bytes.size() < 10 || bytes.compare(0, 6, "\x93NUMPY") != 0) return fail("bad magic");
    const auto major = static_cast<unsigned char>(bytes[6]);
    size_t headerLength = 0, offset = 0;
    if (major == 1) {
        headerLength = static_cast<unsigned char>(bytes[8]) |
                       (static_cast<size_t>(static_cast<unsigned char>(bytes[9])) << 8);
        offset = 10;
    } else if (major == 2 || major == 3) {
        if (bytes.size() < 12) return fail("truncated header");
        for (int i = 0; i < 4; ++i)
            headerLength |= static_cast<size_t>(static_cast<unsigned char>(bytes[8 + i]))
                            << (8 * i);
        offset = 12;
    } else {
        return fail("unsupported version " + std::to_string(major));
    }
    if (bytes.size() < offset + headerLength) return fail("truncated header");
    const std::string header = bytes.substr(offset, headerLength);
    if (header.find("'descr': '<f4'") == std::string::npos)
        return fail("expected float32 ('<f4') data");
    if (header.find("'fortran_order': False") == std::string::npos) return fail("expected C order");
    std::smatch match;
    static const std::regex shape(R"('shape':\s*\((\d{1,18}),\s*(\d{1,18})\))");
    if (!std::regex_search(header, match, shape)) return fail("expected a 2-D shape");
    const unsigned long long rows = std::stoull(match[1]), cols = std::stoull(match[2]);
    // Rows of nothing would claim any number of rows for free.
    if (cols == 0 && rows != 0) return fail("a shape with rows but no columns");
    // Checked before allocating: a damaged header must not ask for petabytes.
    const size_t available = bytes.size() - offset - headerLength;
    const bool overflows = cols != 0 && rows > available / sizeof(float) / cols;
    const size_t expected = overflows ? 0 : rows * cols * sizeof(float);
    if (overflows || available != expected)
        return fail("data holds " + std::to_string(available) + " bytes, shape (" +
                    std::to_string(rows) + ", " + std::to_string(cols) + ") needs " +
                    (overflows ? std::string("more") : std::to_string(expected)));
    Matrix m(static_cast<int64_t>(rows), static_cast<int64_t>(cols));
    if (expected > 0)  // an empty array's buffer may be null, which memcpy must not see
        std::memcpy(m.values.data(), bytes.data() + offset + headerLength, expected);
    return m;
}

Matrix readNpy(const std::string& path) {
    return decodeNpy(readWholeFile(path), path);
}

}  // namespace grindstone
