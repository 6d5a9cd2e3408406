// In-Shop Clothes Retrieval's partition list, read as DeepFashion ships it. Its split is by
// item: the training items, and the test items whose photographs are divided into queries and
// a gallery, so a query is answered from the gallery alone (the literature's protocol).
#include <filesystem>
#include <map>

#include "ListParsing.h"
#include "grindstone/Error.h"
#include "grindstone/data/ImageList.h"

namespace grindstone {

using namespace listparsing;

namespace {

namespace fs = std::filesystem;

constexpr const char* kListName = "list_eval_partition.txt";

/// The partition list: at the folder's top, or in Eval/ as the download unpacks.
std::string partitionFile(const std::string& folder) {
    std::error_code error;
    const std::string top = underFolder(folder, kListName);
    const std::string eval = underFolder(folder, std::string("Eval/") + kListName);
    return !fs::is_regular_file(top, error) && fs::is_regular_file(eval, error) ? eval : top;
}

/// Where the list's img/... paths start: the folder, or its Img/ when the images are there.
std::string imageRoot(const std::string& folder) {
    std::error_code error;
    if (!fs::is_directory(underFolder(folder, "img"), error) &&
        fs::is_directory(underFolder(folder, "Img/img"), error))
        return underFolder(folder, "Img");
    return folder;
}

/// "id_00000123" -> 123.
long itemNumber(const std::string& item, const std::string& file, int line) {
    if (item.rfind("id_", 0) != 0)
        badLine(file, line, "item '" + item + "' is not of the form id_NNNNNNNN");
    return parseId(item.substr(3), file, line, "item id");
}

}  // namespace

ImageList readInShopList(const std::string& folder) {
    const std::string file = partitionFile(folder);
    const std::vector<NumberedLine> lines = readListFile(file, "In-Shop Clothes' partition list");
    struct Row {
        std::string path;
        long item;
        bool inGallery;
        std::string origin;
    };
    std::vector<Row> rows;
    std::map<long, std::string> sideOfItem;  // "train" / "test"
    std::map<long, std::string> firstSeen;   // where an item was first listed
    std::map<long, std::string> nameOfItem;  // as the list spells it
    long declared = -1;
    int countLine = 0;
    bool header = true;
    for (const NumberedLine& line : lines) {
        const std::vector<std::string> parts = fields(line.text);
        if (parts.empty()) continue;
        if (declared < 0) {  // the image count
            if (parts.size() != 1)
                badLine(file, line.number, "expected the image count on the first line");
            declared = parseId(parts[0], file, line.number, "image count");
            countLine = line.number;
            continue;
        }
        if (!isRowAfterHeader(parts, {"image_name", "item_id", "evaluation_status"}, header, file,
                              line.number))
            continue;
        const long item = itemNumber(parts[1], file, line.number);
        const std::string& status = parts[2];
        if (status != "train" && status != "query" && status != "gallery")
            badLine(file, line.number,
                    "evaluation status '" + status + "' is not train, query or gallery");
        const std::string side = status == "train" ? "train" : "test";
        const std::string origin = file + ":" + std::to_string(line.number);
        const auto [known, added] = sideOfItem.emplace(item, side);
        if (!added && known->second != side) {
            badLine(file, line.number,
                    "item " + parts[1] + " is also listed for " + known->second + " (" +
                        firstSeen[item] + "); training and test items must differ");
        }
        if (added) {
            firstSeen[item] = origin;
            nameOfItem[item] = parts[1];
        }
        rows.push_back({parts[0], item, status == "gallery", origin});
    }
    if (rows.empty())
        throw InputError("In-Shop Clothes' partition list '" + file + "' lists nothing");
    if (declared != static_cast<long>(rows.size()))
        badLine(file, countLine,
                "declares " + std::to_string(declared) + " images, the list holds " +
                    std::to_string(rows.size()));

    ClassIds ids;
    for (const auto& [item, side] : sideOfItem)
        ids.add(item, nameOfItem[item]);
    ids.number();
    ImageList list;
    list.source = folder;
    list.classNames = ids.names();
    for (const auto& [item, side] : sideOfItem)
        list.classSplit.push_back(side);
    list.queryGallery = true;
    const std::string root = imageRoot(folder);
    for (Row& row : rows) {
        ImageListEntry entry;
        entry.path = underFolder(root, row.path);
        entry.label = ids.label(row.item);
        entry.origin = std::move(row.origin);
        entry.inGallery = row.inGallery;
        list.entries.push_back(std::move(entry));
    }
    return list;
}

}  // namespace grindstone
