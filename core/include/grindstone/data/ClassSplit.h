#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "grindstone/data/ImageSet.h"

namespace grindstone {

/// Class-disjoint split: training classes (minus validation ones), validation classes carved
/// from the training classes, and test classes that are never trained on.
struct ClassSplit {
    std::vector<int> trainClasses;
    std::vector<int> validationClasses;
    std::vector<int> testClasses;
};

/// Parses "first-half", "second-half", "" (empty list) or a list like "0-4,7,9" against the
/// sorted `classes`. Throws InputError naming `optionName` on a malformed list or a class
/// that does not exist.
std::vector<int> parseClassList(const std::string& spec, const std::vector<int>& classes,
                                const std::string& optionName);

/// Builds the split. "official" as `trainSpec` / `testSpec` takes the dataset's own split
/// (ImageSet::classSplit; an InputError when it has none). Classes with fewer than 2 images are
/// excluded with a warning; fewer than 2 usable training or test classes, or overlapping
/// train/test, is an InputError.
ClassSplit makeClassSplit(const ImageSet& images, const std::string& trainSpec,
                          const std::string& testSpec, const std::string& validationSpec,
                          std::vector<std::string>& warnings);

/// Indices of the images whose label is in `classes`, in ascending order.
std::vector<int64_t> indicesOfClasses(const ImageSet& images, const std::vector<int>& classes);

}  // namespace grindstone
