#include "ListParsing.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "grindstone/Error.h"

namespace grindstone::listparsing {

std::vector<NumberedLine> readListFile(const std::string& file, const std::string& what) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error))
        throw InputError(what + " '" + file + "' is missing");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(what + " '" + file + "' cannot be read");
    std::vector<NumberedLine> lines;
    std::string text;
    for (int number = 1; std::getline(in, text); ++number) {
        if (!text.empty() && text.back() == '\r') text.pop_back();
        lines.push_back({number, std::move(text)});
    }
    return lines;
}

void badLine(const std::string& file, int line, const std::string& problem) {
    throw InputError(file + ":" + std::to_string(line) + ": " + problem);
}

std::vector<std::string> fields(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string field; in >> field;)
        out.push_back(field);
    return out;
}

long parseId(const std::string& text, const std::string& file, int line, const std::string& what) {
    long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 1)
        badLine(file, line, "'" + text + "' is not a valid " + what + " (a whole number >= 1)");
    return value;
}

std::string underFolder(const std::string& folder, const std::string& relative) {
    return (std::filesystem::path(folder) / relative).lexically_normal().string();
}

void ClassIds::number() {
    m_labels.clear();
    int next = 0;
    for (const auto& [id, name] : m_names)
        m_labels[id] = next++;
}

std::vector<std::string> ClassIds::names() const {
    std::vector<std::string> out;
    for (const auto& [id, name] : m_names)
        out.push_back(name);
    return out;
}

std::vector<std::string> ClassIds::halvesSplit() const {
    const size_t trainCount = (m_names.size() + 1) / 2;
    std::vector<std::string> split(m_names.size(), "test");
    std::fill_n(split.begin(), trainCount, "train");
    return split;
}

bool isRowAfterHeader(const std::vector<std::string>& parts, const std::vector<std::string>& names,
                      bool& header, const std::string& file, int line) {
    std::string joined;
    for (const std::string& name : names)
        joined += (joined.empty() ? "" : " ") + name;
    if (header) {
        header = false;
        if (parts.size() == names.size() && parts[0] == names[0]) return false;
        badLine(file, line, "expected the header '" + joined + "'");
    }
    if (parts.size() != names.size())
        badLine(file, line,
                "expected " + std::to_string(names.size()) + " fields (" + joined + "), found " +
                    std::to_string(parts.size()));
    return true;
}

}  // namespace grindstone::listparsing
