#include "StepSamples.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdlib>
#include <exception>

#include "grindstone/session/Npy.h"
#include "grindstone/session/ProbeStage.h"
#include "grindstone/session/RunFolder.h"

namespace grindstone::widgets {

namespace {

QString probeFolder(const QString& runFolder, int64_t step) {
    return runFolder + QStringLiteral("/probe/") + QString::fromStdString(stepFileTag(step));
}

template <typename T>
std::vector<T> numbers(const QJsonObject& object, const char* key) {
    std::vector<T> out;
    for (const auto& value : object.value(QLatin1String(key)).toArray())
        out.push_back(static_cast<T>(value.toDouble()));
    return out;
}

/// C x H x W bytes as a QImage (grey for one channel, RGB for three).
QImage toImage(const std::vector<uint8_t>& pixels, int channels, int height, int width) {
    const bool colour = channels >= 3;
    QImage image(width, height, colour ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    const size_t plane = static_cast<size_t>(height) * width;
    for (int y = 0; y < height; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const size_t at = static_cast<size_t>(y) * width + x;
            if (colour)
                for (int c = 0; c < 3; ++c)
                    line[3 * x + c] = pixels[c * plane + at];
            else
                line[x] = pixels[at];
        }
    }
    return image;
}

/// The decoder whose checkpoint is nearest to `step` (the same one when it exists).
int64_t nearestDecoder(const std::vector<int64_t>& steps, int64_t step) {
    return *std::min_element(steps.begin(), steps.end(), [step](int64_t a, int64_t b) {
        return std::abs(a - step) < std::abs(b - step);
    });
}

}  // namespace

int StepSamples::sampleIndex(const std::string& stageFile, int64_t row) const {
    const auto& all = quality.samples;
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].row == row && all[i].stageFile == stageFile) return static_cast<int>(i);
    return -1;
}

QImage StepSamples::decodedImage(const std::string& stageFile, int64_t row) const {
    const auto it = decoded.find(stageFile);
    if (it == decoded.end() || row < 0 || row >= static_cast<int64_t>(it->second.size())) return {};
    return it->second[static_cast<size_t>(row)];
}

int64_t StepSamples::realDatasetIndex(const std::string& stageFile, int64_t row) const {
    const auto name = parseProbeStage(stageFile);
    if (!name || name->stage != SampleStage::Real || row < 0 || row >= provenance.triplets())
        return -1;
    const auto r = static_cast<size_t>(row);
    switch (name->role) {
        case SampleRole::Anchor:
            return provenance.anchorIndices[r];
        case SampleRole::Positive:
            return provenance.positiveIndices[r];
        case SampleRole::Negative:
            return provenance.negativeIndices[r];
    }
    return -1;
}

QString StepSamples::tripletOrigin(int64_t row) const {
    if (row < 0 || row >= provenance.triplets()) return {};
    const auto& p = provenance;
    const auto r = static_cast<size_t>(row);
    QString text = QStringLiteral("anchor #%1 (class %2), positive #%3, negative #%4 (class %5)")
                       .arg(p.anchorIndices[r])
                       .arg(p.anchorLabels[r])
                       .arg(p.positiveIndices[r])
                       .arg(p.negativeIndices[r])
                       .arg(p.negativeLabels[r]);
    if (!p.stretchFactors.empty())
        text += QStringLiteral(" · stretch factor %1").arg(p.stretchFactors[r], 0, 'f', 3);
    return text;
}

bool readProbeProvenance(const QString& runFolder, int64_t step, ProbeProvenance& out,
                         QString* problem) {
    const QString path = probeFolder(runFolder, step) + QStringLiteral("/samples.json");
    QFile file(path);
    QJsonParseError error;
    const QJsonObject side = file.open(QIODevice::ReadOnly)
                                 ? QJsonDocument::fromJson(file.readAll(), &error).object()
                                 : QJsonObject();
    if (side.isEmpty() || error.error != QJsonParseError::NoError) {
        if (problem) *problem = QStringLiteral("%1: missing or not a probe sidecar").arg(path);
        return false;
    }
    out.step = side.value(QStringLiteral("step")).toInteger(step);
    out.artMargin = side.value(QStringLiteral("margin")).toDouble();
    out.anchorIndices = numbers<int64_t>(side, "anchor_indices");
    out.positiveIndices = numbers<int64_t>(side, "positive_indices");
    out.negativeIndices = numbers<int64_t>(side, "negative_indices");
    out.anchorLabels = numbers<int>(side, "anchor_labels");
    out.negativeLabels = numbers<int>(side, "negative_labels");
    out.stretchFactors = numbers<float>(side, "stretch_factors");
    const size_t n = out.anchorIndices.size();
    if (out.positiveIndices.size() != n || out.negativeIndices.size() != n ||
        out.anchorLabels.size() != n || out.negativeLabels.size() != n ||
        (!out.stretchFactors.empty() && out.stretchFactors.size() != n)) {
        if (problem)
            *problem = QStringLiteral("%1: its per-triplet lists differ in length").arg(path);
        return false;
    }
    return true;
}

StepSamples loadStepSamples(const QString& runFolder, int64_t step) {
    StepSamples out;
    out.runFolder = runFolder;
    out.step = step;
    const std::string folder = runFolder.toStdString();
    try {
        QString problem;
        if (!readProbeProvenance(runFolder, step, out.provenance, &problem)) {
            out.problem = problem;
            return out;
        }
        out.quality = assessRunProbe(folder, step);
        const QString dir = probeFolder(runFolder, step);
        for (const auto& stage : out.quality.stages)
            out.embeddings[stage.stageFile] =
                readNpy(dir.toStdString() + "/" + stage.stageFile + ".npy");
    } catch (const std::exception& e) {
        out.problem = QString::fromStdString(e.what());
        out.quality = {};
        return out;
    }
    try {
        out.decoderSteps = decoderSteps(folder);
        if (out.decoderSteps.empty()) return out;
        const EmbeddingDecoder decoder(folder, nearestDecoder(out.decoderSteps, step));
        out.decoder = decoder.report();
        const auto c = static_cast<int>(decoder.channels());
        const auto h = static_cast<int>(decoder.height());
        const auto w = static_cast<int>(decoder.width());
        for (const auto& [stageFile, matrix] : out.embeddings) {
            const auto name = parseProbeStage(stageFile);
            if (!name || name->stage == SampleStage::Real) continue;
            auto& images = out.decoded[stageFile];
            for (const auto& pixels : decoder.decode(matrix))
                images.push_back(toImage(pixels, c, h, w));
        }
    } catch (const std::exception& e) {
        out.decoded.clear();
        out.decoder.reset();
        out.problem = QStringLiteral("the decoder could not be used: %1")
                          .arg(QString::fromStdString(e.what()));
    }
    return out;
}

}  // namespace grindstone::widgets
