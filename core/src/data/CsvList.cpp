// A plain CSV list of images (path, label[, split]): the way in for a user whose photos sit in
// any folder structure, e.g. an export from an inspection line's database.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <utility>

#include "ListParsing.h"
#include "grindstone/Error.h"
#include "grindstone/data/ImageList.h"

namespace grindstone {

using namespace listparsing;

namespace {

/// Splits one CSV record: commas separate fields, a field in double quotes may hold commas,
/// and "" inside quotes is one quote (RFC 4180, one line per record).
std::vector<std::string> csvFields(const std::string& line, const std::string& file, int number) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c != '"') {
                out.back() += c;
            } else if (i + 1 < line.size() && line[i + 1] == '"') {
                out.back() += '"';
                ++i;
            } else {
                quoted = false;
            }
        } else if (c == '"' && out.back().empty()) {
            quoted = true;
        } else if (c == ',') {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    if (quoted) badLine(file, number, "a quoted field is not closed");
    for (std::string& field : out) {  // spaces around a field are layout, not data
        const auto first = field.find_first_not_of(" \t");
        field = first == std::string::npos
                    ? std::string()
                    : field.substr(first, field.find_last_not_of(" \t") - first + 1);
    }
    return out;
}

bool isHeader(const std::vector<std::string>& row) {
    std::vector<std::string> lower = row;
    for (std::string& field : lower)
        std::transform(field.begin(), field.end(), field.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower == std::vector<std::string>{"path", "label"} ||
           lower == std::vector<std::string>{"path", "label", "split"};
}

bool isWholeNumber(const std::string& text) {
    long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

/// Label order: by number when every label is a whole number (2 before 10), else by name.
std::vector<std::string> sortedLabels(std::vector<std::string> names) {
    const bool numeric = std::all_of(names.begin(), names.end(), isWholeNumber);
    std::sort(names.begin(), names.end(), [numeric](const std::string& a, const std::string& b) {
        return numeric ? std::stol(a) < std::stol(b) : a < b;
    });
    return names;
}

}  // namespace

ImageList readCsvList(const std::string& file) {
    const std::string folder = std::filesystem::path(file).parent_path().string();
    struct Row {
        std::string path;
        std::string label;
        std::string origin;
    };
    std::vector<Row> rows;
    std::map<std::string, std::pair<std::string, std::string>> splitOfClass;  // split, origin
    bool first = true;
    for (const NumberedLine& line : readListFile(file, "the CSV image list")) {
        if (line.text.find_first_not_of(" \t") == std::string::npos) continue;
        const std::vector<std::string> row = csvFields(line.text, file, line.number);
        if (std::exchange(first, false) && isHeader(row)) continue;
        if (row.size() < 2 || row.size() > 3) {
            badLine(file, line.number,
                    "expected path,label or path,label,split, found " + std::to_string(row.size()) +
                        " fields");
        }
        if (row[0].empty()) badLine(file, line.number, "the path is empty");
        if (row[1].empty()) badLine(file, line.number, "the label is empty");
        const std::string split = row.size() == 3 ? row[2] : "";
        if (split != "" && split != "train" && split != "test")
            badLine(file, line.number, "split '" + split + "' is not train, test or empty");
        const std::string origin = file + ":" + std::to_string(line.number);
        const auto [known, added] = splitOfClass.emplace(row[1], std::make_pair(split, origin));
        if (!added && known->second.first != split) {
            badLine(file, line.number,
                    "label '" + row[1] + "' has split '" + split + "' here but '" +
                        known->second.first + "' at " + known->second.second +
                        " (a class is in one split)");
        }
        rows.push_back({row[0], row[1], origin});
    }
    if (rows.empty()) throw InputError("the CSV image list '" + file + "' lists no images");

    ImageList list;
    list.source = file;
    list.classNames = sortedLabels([&] {
        std::vector<std::string> names;
        for (const auto& [name, split] : splitOfClass)
            names.push_back(name);
        return names;
    }());
    std::map<std::string, int> labelOf;
    bool anySplit = false;
    for (const std::string& name : list.classNames) {
        labelOf[name] = static_cast<int>(labelOf.size());
        anySplit = anySplit || !splitOfClass[name].first.empty();
    }
    if (anySplit) {
        for (const std::string& name : list.classNames) {
            const auto& [split, origin] = splitOfClass[name];
            if (split.empty()) {
                throw InputError(origin + ": label '" + name +
                                 "' has no split while others do (give every row a split, or "
                                 "none)");
            }
            list.classSplit.push_back(split);
        }
    }
    for (Row& row : rows) {
        const std::filesystem::path path(row.path);
        list.entries.push_back({path.is_absolute() ? row.path : underFolder(folder, row.path),
                                labelOf[row.label], std::move(row.origin)});
    }
    return list;
}

}  // namespace grindstone
