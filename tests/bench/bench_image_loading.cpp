// Decoding photographs into a dataset: JPEGs the size of CUB-200-2011's (500 x 375), decoded,
// converted to RGB and resized to 224 px, on one thread and on every core, alternated in one
// run so the machine's load falls on both alike.
//   bench_image_loading [--images N] [--size PX] [--rounds R]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>

#include "SyntheticPhoto.h"
#include "grindstone/data/ImageList.h"
#include "grindstone/runtime/BlasKernels.h"

using namespace grindstone;
namespace fs = std::filesystem;

namespace {

double imagesPerSecond(const ImageList& list, int size, unsigned threads) {
    std::vector<std::string> warnings;
    const auto start = std::chrono::steady_clock::now();
    DecodeSettings decode;
    decode.size = size;
    decode.threads = threads;
    decode.storage = PixelStorage::Memory;
    const ImageSet set = decodeImageList(list, decode, warnings);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return static_cast<double>(set.size()) / seconds;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    grindstone::chooseBlasKernels();
    int images = 600, size = 224, rounds = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--images")) images = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--size")) size = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--rounds")) rounds = std::atoi(argv[i + 1]);
    }
    const fs::path folder = fs::temp_directory_path() / "grindstone-bench-image-loading";
    fs::create_directories(folder);
    ImageList list;
    list.source = folder.string();
    list.classNames = {"photos"};
    for (int i = 0; i < images; ++i) {
        const std::string path = (folder / (std::to_string(i) + ".jpg")).string();
        if (!fs::exists(path)) bench::writePhoto(path, i);
        list.entries.push_back({path, 0, path});
    }
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::printf("decoding %d JPEGs of 500 x 375 to %d x %d RGB, %d rounds alternated\n", images,
                size, size, rounds);
    std::vector<double> one, all;
    imagesPerSecond(list, size, cores);  // warm the page cache: both then read from memory
    for (int r = 0; r < rounds; ++r) {
        one.push_back(imagesPerSecond(list, size, 1));
        all.push_back(imagesPerSecond(list, size, cores));
    }
    std::printf("1 thread:   %8.1f images/s (median)\n", median(one));
    std::printf("%u threads: %8.1f images/s (median)\n", cores, median(all));
    std::printf("ratio:      %8.2fx\n", median(all) / median(one));
    fs::remove_all(folder);
    return 0;
}
