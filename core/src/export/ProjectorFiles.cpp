#include "export/ProjectorFiles.h"

#include <algorithm>
#include <charconv>
#include <limits>

#include "export/ProjectorSprite.h"
#include "grindstone/Error.h"
#include "grindstone/session/ProbeStage.h"

namespace grindstone {
namespace {

struct Row {
    const float* embedding;
    int label;
    std::string kind, split;
    int64_t imageIndex;  // own image for real rows; nearest real row's image for generated ones
    ProbeStageName stage;
};

ProbeStageName classify(const std::string& name, const std::string& probeName) {
    if (const auto parsed = parseProbeStage(name)) return *parsed;
    throw InputError("'" + probeName + "' lists stage '" + name +
                     "', which this Grindstone does not know");
}

bool isGenerated(const Row& r) {
    return r.stage.stage != SampleStage::Real;
}

std::string labelText(const ImageSet& images, int label) {
    std::string text = label >= 0 && label < static_cast<int>(images.classNames.size())
                           ? images.classNames[static_cast<size_t>(label)]
                           : std::to_string(label);
    // A tab or line break in a class name would shift the TSV's columns.
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    return text;
}

void checkIndex(int64_t index, const ImageSet& images, const std::string& origin) {
    if (index < 0 || index >= images.size())
        throw InputError("'" + origin + "' refers to image " + std::to_string(index) +
                         ", outside the dataset '" + images.source + "' (" +
                         std::to_string(images.size()) + " images); was the dataset changed?");
}

void appendProbeRows(const StageSamples& probe, const ImageSet& images,
                     const std::string& probeName, std::vector<Row>& rows) {
    std::vector<Row> probeRows;
    for (const auto& [name, matrix] : probe.stages) {
        const ProbeStageName s = classify(name, probeName);
        for (int64_t i = 0; i < matrix.rows; ++i) {
            const auto t = static_cast<size_t>(i);
            const int64_t image = s.role == SampleRole::Anchor     ? probe.anchorIndices[t]
                                  : s.role == SampleRole::Positive ? probe.positiveIndices[t]
                                                                   : probe.negativeIndices[t];
            checkIndex(image, images, probeName);
            const int label =
                s.role == SampleRole::Negative ? probe.negativeLabels[t] : probe.anchorLabels[t];
            // The probe batch is drawn from the training classes.
            probeRows.push_back({matrix.row(i), label, name, "train", image, s});
        }
    }
    // Pipeline order (real, stretched, stage 1, ...), then anchor / positive / negative; the
    // stable sort keeps triplet order within a stage.
    std::stable_sort(probeRows.begin(), probeRows.end(),
                     [](const Row& a, const Row& b) { return pipelineBefore(a.stage, b.stage); });
    rows.insert(rows.end(), probeRows.begin(), probeRows.end());
}

/// Generated rows have no image of their own: show the nearest real row's (squared L2 in the
/// embedding space, the space the projector plots).
void pointGeneratedRowsAtNearestReal(std::vector<Row>& rows, int64_t dim) {
    std::vector<const Row*> real;
    for (const auto& r : rows)
        if (!isGenerated(r)) real.push_back(&r);
    for (auto& r : rows) {
        if (!isGenerated(r) || real.empty()) continue;
        double best = std::numeric_limits<double>::infinity();
        for (const Row* candidate : real) {
            double d = 0;
            for (int64_t k = 0; k < dim; ++k) {
                const double diff = double(r.embedding[k]) - double(candidate->embedding[k]);
                d += diff * diff;
            }
            if (d < best) {
                best = d;
                r.imageIndex = candidate->imageIndex;
            }
        }
    }
}

void appendFloat(std::string& out, float v) {
    char text[32];
    const auto result = std::to_chars(text, text + sizeof(text), v);  // shortest round-trip
    out.append(text, result.ptr);
}

std::string pbtxt(int64_t step, int64_t width, int64_t height) {
    // Field names of TensorBoard's projector_config.proto (text format needs them spelled so;
    // tensorPath / metadataPath / imagePath / singleImageDim are their JSON names).
    return "embeddings {\n  tensor_name: \"step " + std::to_string(step) +
           "\"\n  tensor_path: \"tensors.tsv\"\n  metadata_path: \"metadata.tsv\"\n"
           "  sprite {\n    image_path: \"sprite.png\"\n    single_image_dim: " +
           std::to_string(width) + "\n    single_image_dim: " + std::to_string(height) +
           "\n  }\n}\n";
}

}  // namespace

ProjectorFiles buildProjectorFiles(const EmbeddingSnapshot& snapshot, const StageSamples* probe,
                                   const ImageSet& images, const std::string& snapshotName,
                                   const std::string& probeName, const std::string& spritePath) {
    const int64_t dim = snapshot.embeddings.cols;
    std::vector<Row> rows;
    for (int64_t i = 0; i < snapshot.embeddings.rows; ++i) {
        const auto t = static_cast<size_t>(i);
        checkIndex(snapshot.datasetIndices[t], images, snapshotName);
        rows.push_back({snapshot.embeddings.row(i), snapshot.labels[t], "real_eval",
                        snapshot.isTest[t] ? "test" : "train", snapshot.datasetIndices[t],
                        ProbeStageName{}});
    }
    if (probe) {
        for (const auto& [name, matrix] : probe->stages)
            if (matrix.cols != dim)
                throw InputError("'" + probeName + "': stage '" + name + "' has " +
                                 std::to_string(matrix.cols) + " columns, the snapshot " +
                                 std::to_string(dim));
        appendProbeRows(*probe, images, probeName, rows);
    }
    pointGeneratedRowsAtNearestReal(rows, dim);

    ProjectorFiles files;
    files.rows = static_cast<int64_t>(rows.size());
    files.metadataTsv = "label\tkind\tstage\tsplit\n";
    std::vector<SpriteTile> tiles;
    for (const auto& r : rows) {
        for (int64_t k = 0; k < dim; ++k) {
            if (k) files.tensorsTsv += '\t';
            appendFloat(files.tensorsTsv, r.embedding[k]);
        }
        files.tensorsTsv += '\n';
        files.metadataTsv += labelText(images, r.label) + '\t' + r.kind + '\t' +
                             stageName(r.stage.stage) + '\t' + r.split + '\n';
        tiles.push_back({r.imageIndex, isGenerated(r), stageColour(r.stage.stage)});
    }
    // Photographs are shrunk so every tile fits TensorBoard's sprite limit; glyphs stay as they
    // are.
    const int64_t maxTile = kSpriteSideLimit / spriteGridSide(static_cast<int64_t>(tiles.size()));
    files.spritePng = encodeSprite(images, tiles, spritePath, maxTile);
    const auto [tileWidth, tileHeight] = spriteTileSize(images, maxTile);
    files.configPbtxt = pbtxt(snapshot.step, tileWidth, tileHeight);
    return files;
}

}  // namespace grindstone
