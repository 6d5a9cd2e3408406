// What the dataset layouts' list readers share: reading a list file with its line numbers,
// errors that name the file and line, and turning a layout's class ids into labels.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "grindstone/data/ImageList.h"

namespace grindstone::listparsing {

/// A list file's lines, without line ends ("\r\n" too), numbered from 1.
struct NumberedLine {
    int number = 0;
    std::string text;
};

/// Every line of `file`; an InputError naming `what` ("CUB-200-2011's image list") when it
/// is missing or unreadable.
std::vector<NumberedLine> readListFile(const std::string& file, const std::string& what);

/// Throws InputError "FILE:LINE: problem".
[[noreturn]] void badLine(const std::string& file, int line, const std::string& problem);

/// Whitespace-separated fields of a line.
std::vector<std::string> fields(const std::string& line);

/// For lists with a header line: true for a row of the header's fields, false for the header
/// itself (the first line, which `header` says is still to come, and then clears). A header
/// other than `names`, or a row with another field count, is an error at its line.
bool isRowAfterHeader(const std::vector<std::string>& parts, const std::vector<std::string>& names,
                      bool& header, const std::string& file, int line);

/// A positive whole number, or an InputError naming the file, line and field.
long parseId(const std::string& text, const std::string& file, int line, const std::string& what);

/// `path` is the dataset's folder joined with `relative`.
std::string underFolder(const std::string& folder, const std::string& relative);

/// Class ids seen in a layout, turned into labels by ascending id; the first half of the ids
/// is the training half of the layouts whose official split is by class id (CUB, Cars196).
class ClassIds {
public:
    void add(long id, const std::string& name) { m_names.emplace(id, name); }
    bool has(long id) const { return m_names.count(id) > 0; }
    /// Labels in ascending id order; call after every add.
    void number();
    int label(long id) const { return m_labels.at(id); }
    std::vector<std::string> names() const;
    /// "train" for the first half of the ids (the extra class of an odd count too), then "test".
    std::vector<std::string> halvesSplit() const;

private:
    std::map<long, std::string> m_names;
    std::map<long, int> m_labels;
};

}  // namespace grindstone::listparsing
