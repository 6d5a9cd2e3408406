#include "StepSamples.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cstdlib>
#include <exception>

#include "grindstone/session/ProbeStage.h"
#include "grindstone/session/StepPoints.h"
#include "widgets/common/CoreMessageText.h"

namespace grindstone::widgets {

namespace {

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
    QString text =
        QCoreApplication::translate("StepSamples",
                                    "anchor #%1 (class %2), positive #%3, negative #%4 (class %5)")
            .arg(p.anchorIndices[r])
            .arg(p.anchorLabels[r])
            .arg(p.positiveIndices[r])
            .arg(p.negativeIndices[r])
            .arg(p.negativeLabels[r]);
    if (!p.stretchFactors.empty())
        text += QCoreApplication::translate("StepSamples", " · stretch factor %1")
                    .arg(QLocale().toString(p.stretchFactors[r], 'f', 3));
    return text;
}

ProbeProvenance provenanceOf(const StageSamples& probe) {
    ProbeProvenance out;
    out.step = probe.step;
    out.artMargin = probe.margin;
    out.anchorIndices = probe.anchorIndices;
    out.positiveIndices = probe.positiveIndices;
    out.negativeIndices = probe.negativeIndices;
    out.anchorLabels = probe.anchorLabels;
    out.negativeLabels = probe.negativeLabels;
    out.stretchFactors = probe.stretchFactors;
    return out;
}

StepSamples loadStepSamples(const QString& runFolder, int64_t step) {
    StepSamples out;
    out.runFolder = runFolder;
    out.step = step;
    const std::string folder = runFolder.toStdString();
    try {
        // One read of probe/step-N (core checks it); the figures read it again with the
        // snapshot they compare against.
        StageSamples probe = readProbeStep(folder, step);
        out.provenance = provenanceOf(probe);
        out.embeddings = std::move(probe.stages);
        out.quality = assessRunProbe(folder, step);
    } catch (const std::exception& e) {
        out.problem = coreMessageText(e.what());
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
        out.problem =
            QCoreApplication::translate("StepSamples", "the decoder could not be used: %1")
                .arg(coreMessageText(e.what()));
    }
    return out;
}

}  // namespace grindstone::widgets
