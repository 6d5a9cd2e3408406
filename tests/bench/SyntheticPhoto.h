#pragma once
// Photograph-like JPEGs for the loading benchmarks: the size of CUB-200-2011's images.
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <random>
#include <string>

namespace grindstone::bench {

/// A photograph-like JPEG: smooth noise with a few shapes, so the codec does real work.
inline void writePhoto(const std::string& path, int seed) {
    cv::Mat image(375, 500, CV_8UC3);
    cv::theRNG().state = static_cast<uint64_t>(seed) + 1;
    cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
    cv::GaussianBlur(image, image, cv::Size(0, 0), 6);
    std::mt19937 rng(static_cast<unsigned>(seed));
    for (int i = 0; i < 6; ++i) {
        const cv::Point a(static_cast<int>(rng() % 500), static_cast<int>(rng() % 375));
        const cv::Point b(static_cast<int>(rng() % 500), static_cast<int>(rng() % 375));
        cv::rectangle(image, a, b,
                      cv::Scalar(static_cast<double>(rng() % 256), static_cast<double>(rng() % 256),
                                 static_cast<double>(rng() % 256)),
                      cv::FILLED);
    }
    cv::imwrite(path, image, {cv::IMWRITE_JPEG_QUALITY, 90});
}

}  // namespace grindstone::bench
