// The list files of CUB-200-2011 and Stanford Online Products, read as their authors ship them,
// with the class-disjoint splits the metric-learning literature evaluates on. Every
// inconsistency between the files is an error naming the file and the line, before a single
// image is decoded.
#include <map>
#include <set>

#include "ListParsing.h"
#include "grindstone/Error.h"
#include "grindstone/data/ImageList.h"

namespace grindstone {

using namespace listparsing;

namespace {

/// "id value" lines (CUB's images.txt, image_class_labels.txt, classes.txt) by id; an id
/// twice, a missing value or a bad id is an error at its line.
std::map<long, std::pair<std::string, int>> idValueLines(const std::string& file,
                                                         const std::string& what) {
    std::map<long, std::pair<std::string, int>> byId;
    for (const NumberedLine& line : readListFile(file, what)) {
        const std::vector<std::string> parts = fields(line.text);
        if (parts.empty()) continue;
        if (parts.size() != 2)
            badLine(file, line.number,
                    "expected 2 fields (id value), found " + std::to_string(parts.size()));
        const long id = parseId(parts[0], file, line.number, "id");
        if (!byId.emplace(id, std::make_pair(parts[1], line.number)).second)
            badLine(file, line.number, "id " + parts[0] + " is listed twice");
    }
    if (byId.empty()) throw InputError(what + " '" + file + "' lists nothing");
    return byId;
}

}  // namespace

ImageList readCubList(const std::string& folder) {
    const std::string imagesFile = underFolder(folder, "images.txt");
    const std::string labelsFile = underFolder(folder, "image_class_labels.txt");
    const std::string classesFile = underFolder(folder, "classes.txt");
    const auto images = idValueLines(imagesFile, "CUB-200-2011's image list");
    const auto labels = idValueLines(labelsFile, "CUB-200-2011's image labels");
    const auto classes = idValueLines(classesFile, "CUB-200-2011's class list");

    ClassIds ids;
    for (const auto& [id, name] : classes)
        ids.add(id, name.first);
    ids.number();

    ImageList list;
    list.source = folder;
    list.classNames = ids.names();
    list.classSplit = ids.halvesSplit();
    for (const auto& [imageId, labelLine] : labels) {
        const long classId = parseId(labelLine.first, labelsFile, labelLine.second, "class id");
        if (!ids.has(classId)) {
            badLine(labelsFile, labelLine.second,
                    "class " + labelLine.first + " is not in " + classesFile);
        }
        if (!images.count(imageId)) {
            badLine(labelsFile, labelLine.second,
                    "image " + std::to_string(imageId) + " is not in " + imagesFile);
        }
    }
    for (const auto& [imageId, pathLine] : images) {
        const auto label = labels.find(imageId);
        if (label == labels.end()) {
            badLine(imagesFile, pathLine.second,
                    "image " + std::to_string(imageId) + " has no class in " + labelsFile);
        }
        const long classId = parseId(label->second.first, labelsFile, label->second.second, "");
        list.entries.push_back({underFolder(folder, "images/" + pathLine.first), ids.label(classId),
                                imagesFile + ":" + std::to_string(pathLine.second)});
    }
    return list;
}

ImageList readSopList(const std::string& folder) {
    struct Row {
        std::string path;
        long classId;
        std::string origin;
    };
    std::vector<Row> rows;
    std::map<long, std::string> splitOfClass;  // "train" / "test"
    std::map<long, std::string> firstSeen;     // where a class was first listed
    for (const char* split : {"train", "test"}) {
        const std::string file = underFolder(folder, std::string("Ebay_") + split + ".txt");
        const std::vector<NumberedLine> lines =
            readListFile(file, std::string("Stanford Online Products' ") + split + " list");
        bool header = true;
        for (const NumberedLine& line : lines) {
            const std::vector<std::string> parts = fields(line.text);
            if (parts.empty()) continue;
            if (!isRowAfterHeader(parts, {"image_id", "class_id", "super_class_id", "path"}, header,
                                  file, line.number))
                continue;
            parseId(parts[0], file, line.number, "image id");
            const long classId = parseId(parts[1], file, line.number, "class id");
            parseId(parts[2], file, line.number, "super-class id");
            const std::string origin = file + ":" + std::to_string(line.number);
            const auto [known, added] = splitOfClass.emplace(classId, split);
            if (!added && known->second != split) {
                badLine(file, line.number,
                        "class " + parts[1] + " is also in the " + known->second + " list (" +
                            firstSeen[classId] + "); the splits must not share a class");
            }
            if (added) firstSeen[classId] = origin;
            rows.push_back({underFolder(folder, parts[3]), classId, origin});
        }
        if (header)
            throw InputError("Stanford Online Products' " + std::string(split) + " list '" + file +
                             "' lists nothing");
    }

    ClassIds ids;
    for (const auto& [classId, split] : splitOfClass)
        ids.add(classId, std::to_string(classId));
    ids.number();
    ImageList list;
    list.source = folder;
    list.classNames = ids.names();
    for (const auto& [classId, split] : splitOfClass)
        list.classSplit.push_back(split);
    for (Row& row : rows)
        list.entries.push_back(
            {std::move(row.path), ids.label(row.classId), std::move(row.origin)});
    return list;
}

}  // namespace grindstone
