// An image folder (one sub-folder per class) holding one image the input's bytes make: a
// corrupt or truncated PNG / JPEG. The first byte picks the extension.
#include "FuzzSupport.h"
#include "grindstone/data/ImageList.h"

using namespace grindstone;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    static const char* const extensions[] = {".png", ".jpg", ".bmp", ".pgm"};
    const std::string folder = fuzz::scratchFolder();
    fuzz::writeBytes(folder + "/a/0" + extensions[data[0] % 4], data + 1, size - 1);
    fuzz::writeBytes(folder + "/b/0" + extensions[data[0] % 4], data + 1, size - 1);
    std::vector<std::string> warnings;
    // One decoding thread: two at once would each hold a huge image OpenCV accepts (up to 2^30
    // pixels), past the fuzzer's memory limit, which tells nothing about the reader.
    DecodeSettings decode;
    decode.size = 16;
    decode.channels = 1;
    decode.threads = 1;
    decode.storage = PixelStorage::Memory;
    return fuzz::refuseOrRead(
        [&] { decodeImageList(readClassFolderList(folder), decode, warnings); });
}
