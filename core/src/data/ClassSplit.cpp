// Class-disjoint splits: retrieval is measured on classes the model never saw, so the split is
// by label, and every mistake in the class lists is reported against the option that holds it.
#include "grindstone/data/ClassSplit.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "grindstone/Error.h"

namespace grindstone {
namespace {

std::string trimmed(const std::string& text) {
    const auto isSpace = [](unsigned char c) { return std::isspace(c) != 0; };
    auto begin = std::find_if_not(text.begin(), text.end(), isSpace);
    auto end = std::find_if_not(text.rbegin(), text.rend(), isSpace).base();
    return begin < end ? std::string(begin, end) : std::string();
}

std::string joined(const std::vector<int>& values) {
    std::string text;
    for (int value : values)
        text += (text.empty() ? "" : ", ") + std::to_string(value);
    return text;
}

[[noreturn]] void badList(const std::string& optionName, const std::string& spec,
                          const std::string& problem) {
    throw InputError("option '" + optionName + "': '" + spec + "' " + problem +
                     " (expected first-half, second-half, official, or a list like 0-4,7)");
}

int parseClassNumber(const std::string& text, const std::string& optionName,
                     const std::string& spec) {
    const std::string number = trimmed(text);
    int value = -1;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (number.empty() || error != std::errc() || end != number.data() + number.size() ||
        value < 0) {
        badList(optionName, spec, "has '" + number + "' where a class number belongs");
    }
    return value;
}

/// Image count per label; labels beyond classNames (a malformed set) still get counted.
std::vector<int64_t> imagesPerClass(const ImageSet& images) {
    std::vector<int64_t> counts(images.classNames.size(), 0);
    for (int label : images.labels) {
        if (label >= static_cast<int>(counts.size())) counts.resize(label + 1, 0);
        ++counts[label];
    }
    return counts;
}

std::vector<int> without(const std::vector<int>& from, const std::vector<int>& removed) {
    std::vector<int> rest;
    std::set_difference(from.begin(), from.end(), removed.begin(), removed.end(),
                        std::back_inserter(rest));
    return rest;
}

std::vector<int> common(const std::vector<int>& a, const std::vector<int>& b) {
    std::vector<int> shared;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
    return shared;
}

void requireTwoClasses(const std::vector<int>& classes, const std::string& optionName,
                       const std::string& what) {
    if (classes.size() >= 2) return;
    throw InputError("option '" + optionName + "': " + std::to_string(classes.size()) + " usable " +
                     what + " classes, need at least 2 (retrieval needs several classes; " +
                     "classes with fewer than 2 images do not count)");
}

/// `spec` against the present classes, where "official" means the dataset's own split:
/// the classes it marks `officialSide` ("train" for train_classes, "test" for test_classes).
std::vector<int> resolveClassList(const std::string& spec, const ImageSet& images,
                                  const std::vector<int>& present, const std::string& optionName,
                                  const std::string& officialSide) {
    if (trimmed(spec) != "official") return parseClassList(spec, present, optionName);
    if (officialSide.empty())
        badList(optionName, spec, "has no official counterpart (validation classes are chosen)");
    if (images.classSplit.empty()) {
        throw InputError("option '" + optionName + "': '" + images.source +
                         "' has no official split (CUB-200-2011, Cars196, Stanford Online "
                         "Products, In-Shop Clothes and CSV lists with a split column have one); "
                         "give first-half, second-half or a list");
    }
    std::vector<int> classes;
    for (int label : present)
        if (label < static_cast<int>(images.classSplit.size()) &&
            images.classSplit[static_cast<size_t>(label)] == officialSide)
            classes.push_back(label);
    return classes;
}

}  // namespace

std::vector<int> parseClassList(const std::string& spec, const std::vector<int>& classes,
                                const std::string& optionName) {
    const std::string text = trimmed(spec);
    // For odd class counts the first half gets the extra class: 10 -> 5/5, 62 -> 31/31, 7 -> 4/3.
    const auto firstHalfSize = static_cast<std::ptrdiff_t>((classes.size() + 1) / 2);
    if (text.empty()) return {};
    if (text == "first-half") return {classes.begin(), classes.begin() + firstHalfSize};
    if (text == "second-half") return {classes.begin() + firstHalfSize, classes.end()};

    std::vector<int> result;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t comma = std::min(text.find(',', start), text.size());
        const std::string item = text.substr(start, comma - start);
        start = comma + 1;
        if (trimmed(item).empty()) badList(optionName, spec, "has an empty entry");
        const size_t dash = item.find('-');
        const int first = parseClassNumber(item.substr(0, dash), optionName, spec);
        const int last = dash == std::string::npos
                             ? first
                             : parseClassNumber(item.substr(dash + 1), optionName, spec);
        if (last < first) badList(optionName, spec, "has the backwards range '" + item + "'");
        // Walk the known classes inside [first, last] so a huge range costs nothing.
        auto it = std::lower_bound(classes.begin(), classes.end(), first);
        for (int expected = first; expected <= last; ++expected, ++it) {
            if (it == classes.end() || *it != expected) {
                const std::string range = classes.empty() ? "none"
                                                          : std::to_string(classes.front()) + "-" +
                                                                std::to_string(classes.back());
                badList(optionName, spec,
                        "names class " + std::to_string(expected) +
                            ", which does not exist (classes present: " + range + ")");
            }
            result.push_back(expected);
            if (expected == last) break;  // keeps ++expected from overflowing at INT_MAX
        }
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

ClassSplit makeClassSplit(const ImageSet& images, const std::string& trainSpec,
                          const std::string& testSpec, const std::string& validationSpec,
                          std::vector<std::string>& warnings) {
    const std::vector<int64_t> counts = imagesPerClass(images);
    // Class lists (and the halves) refer to the classes that have images.
    std::vector<int> present;
    for (size_t label = 0; label < counts.size(); ++label)
        if (counts[label] > 0) present.push_back(static_cast<int>(label));

    const std::vector<int> train =
        resolveClassList(trainSpec, images, present, "train_classes", "train");
    const std::vector<int> test =
        resolveClassList(testSpec, images, present, "test_classes", "test");
    const std::vector<int> validation =
        resolveClassList(validationSpec, images, present, "validation_classes", "");

    if (const auto shared = common(train, test); !shared.empty()) {
        throw InputError("options 'train_classes' and 'test_classes' overlap: class(es) " +
                         joined(shared) + " are in both ('" + trainSpec + "' and '" + testSpec +
                         "'); test classes must never be trained on");
    }
    if (const auto outside = without(validation, train); !outside.empty()) {
        throw InputError("option 'validation_classes': class(es) " + joined(outside) +
                         " are not training classes ('" + trainSpec +
                         "'); validation classes are carved out of train_classes");
    }

    // One image cannot be both a query and its own positive, so such classes add nothing.
    std::vector<int> tiny;
    for (int label : present)
        if (counts[label] < 2) tiny.push_back(label);
    std::vector<int> excluded;
    for (int label : tiny) {
        if (std::binary_search(train.begin(), train.end(), label) ||
            std::binary_search(test.begin(), test.end(), label))
            excluded.push_back(label);
    }
    if (!excluded.empty()) {
        std::string names;
        for (int label : excluded) {
            names += (names.empty() ? "" : ", ") + std::to_string(label);
            if (label < static_cast<int>(images.classNames.size()))
                names += " (" + images.classNames[label] + ")";
        }
        warnings.push_back("excluded classes with fewer than 2 images: " + names);
    }

    ClassSplit split;
    const std::vector<int> usableTrain = without(train, tiny);
    requireTwoClasses(usableTrain, "train_classes", "training");
    split.validationClasses = without(validation, tiny);
    split.trainClasses = without(usableTrain, validation);
    if (split.trainClasses.size() < 2) {
        throw InputError("option 'validation_classes': carving out '" + validationSpec +
                         "' leaves " + std::to_string(split.trainClasses.size()) +
                         " training classes, need at least 2");
    }
    if (!validation.empty())
        requireTwoClasses(split.validationClasses, "validation_classes", "validation");
    split.testClasses = without(test, tiny);
    requireTwoClasses(split.testClasses, "test_classes", "test");
    return split;
}

std::vector<int64_t> indicesOfClasses(const ImageSet& images, const std::vector<int>& classes) {
    std::vector<bool> wanted;
    for (int label : classes) {
        if (label < 0) continue;
        if (label >= static_cast<int>(wanted.size())) wanted.resize(label + 1, false);
        wanted[label] = true;
    }
    std::vector<int64_t> indices;
    for (int64_t i = 0; i < images.size(); ++i) {
        const int label = images.labels[static_cast<size_t>(i)];
        if (label >= 0 && label < static_cast<int>(wanted.size()) && wanted[label])
            indices.push_back(i);
    }
    return indices;
}

}  // namespace grindstone
