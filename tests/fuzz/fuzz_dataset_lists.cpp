// The benchmark layouts' text list files (CUB, SOP, In-Shop) and a CSV image list, as the input's
// bytes make them: the first byte picks the layout, the rest (split at NUL bytes where a layout has
// several files) becomes its files. (Cars196's cars_annos.mat is decoded by libmatio, which
// allocates whatever size a damaged file declares; its reader's checks of what libmatio returns are
// tested in tst_dataset_layouts.) The readers must refuse with InputError or return a list whose
// every entry has a label within its classes; decoding the (missing) images is refused too.
#include "FuzzSupport.h"
#include "grindstone/data/ImageList.h"

using namespace grindstone;

namespace {

std::vector<std::string> partsOf(const uint8_t* data, size_t size, size_t count) {
    std::vector<std::string> parts(count);
    size_t part = 0;
    for (size_t i = 0; i < size; ++i) {
        if (data[i] == 0 && part + 1 < count) {
            ++part;
            continue;
        }
        parts[part] += static_cast<char>(data[i]);
    }
    return parts;
}

void write(const std::string& path, const std::string& text) {
    fuzz::writeBytes(path, reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

ImageList readAs(uint8_t layout, const std::string& folder, const uint8_t* data, size_t size) {
    switch (layout % 4) {
        case 0:
            write(folder + "/list.csv", fuzz::text(data, size));
            return readCsvList(folder + "/list.csv");
        case 1: {
            const auto parts = partsOf(data, size, 3);
            write(folder + "/images.txt", parts[0]);
            write(folder + "/image_class_labels.txt", parts[1]);
            write(folder + "/classes.txt", parts[2]);
            return readCubList(folder);
        }
        case 2: {
            const auto parts = partsOf(data, size, 2);
            write(folder + "/Ebay_train.txt", parts[0]);
            write(folder + "/Ebay_test.txt", parts[1]);
            return readSopList(folder);
        }
        default:
            write(folder + "/list_eval_partition.txt", fuzz::text(data, size));
            return readInShopList(folder);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    const std::string folder = fuzz::scratchFolder();
    return fuzz::refuseOrRead([&] {
        const ImageList list = readAs(data[0], folder, data + 1, size - 1);
        for (const ImageListEntry& entry : list.entries)
            if (entry.label < 0 || entry.label >= static_cast<int>(list.classNames.size()))
                __builtin_trap();  // a label outside the classes: a reader bug
        if (!list.classSplit.empty() && list.classSplit.size() != list.classNames.size())
            __builtin_trap();
        if (!list.queryGallery)
            for (const ImageListEntry& entry : list.entries)
                if (entry.inGallery) __builtin_trap();  // a gallery flag without the protocol
        std::vector<std::string> warnings;
        DecodeSettings decode;
        decode.size = 8;
        decode.channels = 1;
        decode.unreadable = UnreadableImages::Skip;
        decode.threads = 1;
        decode.storage = PixelStorage::Memory;
        decodeImageList(list, decode, warnings);
    });
}
