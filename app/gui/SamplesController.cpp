#include "SamplesController.h"

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <utility>

#include <QLocale>
#include "CorePhases.h"
#include "grindstone/quality/SampleQuality.h"
#include "grindstone/session/RunFolder.h"
#include "widgets/common/CoreMessageText.h"
#include "widgets/gallery/SamplesView.h"
#include "widgets/gallery/StepSamples.h"

namespace grindstone::gui {

namespace {

using Level = widgets::LogPanel::Level;

/// The checkpoint nearest the probe step (the same step when it has one); -1 without any.
int64_t nearestCheckpoint(const std::string& folder, int64_t step) {
    const auto steps = checkpointSteps(folder);
    if (steps.empty()) return -1;
    return *std::min_element(steps.begin(), steps.end(), [step](int64_t a, int64_t b) {
        return std::abs(a - step) < std::abs(b - step);
    });
}

}  // namespace

SamplesController::SamplesController(widgets::SamplesView& view, QObject* parent)
    : QObject(parent), m_view(view) {
    m_decoderSettings.threads = 1;
    connect(&m_view, &widgets::SamplesView::stepRequested, this, &SamplesController::load);
    connect(&m_view, &widgets::SamplesView::trainDecoderRequested, this,
            &SamplesController::trainDecoder);
    connect(&m_view, &widgets::SamplesView::cancelDecoderRequested, this,
            &SamplesController::cancelDecoder);
}

SamplesController::~SamplesController() {
    if (m_cancel) m_cancel->store(true);
    // Before any member goes: a job still running reports to this object.
    m_workers.wait();
}

void SamplesController::setRun(const QString& folder, bool live) {
    if (m_trainingDecoder && folder != m_folder) cancelDecoder();
    m_folder = folder;
    m_pendingStep = -1;
    m_view.setRun(folder, live);
    refreshSteps();
}

void SamplesController::probeStored(qint64) {
    refreshSteps();
}

void SamplesController::refreshSteps() {
    if (m_folder.isEmpty()) return;
    try {
        m_view.setSteps(qualitySteps(m_folder.toStdString()));
    } catch (const std::exception& e) {
        Q_EMIT message(Level::Warning, widgets::coreMessageText(e.what()));
    }
}

void SamplesController::load(qint64 step) {
    if (m_loading) {
        m_pendingStep = step;  // the newest request wins
        return;
    }
    startLoad(step);
}

void SamplesController::startLoad(qint64 step) {
    m_view.setLoading(step);
    const QString folder = m_folder;
    m_loading = true;
    m_workers.start(
        [this, folder, step] {
            auto samples = std::make_shared<const widgets::StepSamples>(
                widgets::loadStepSamples(folder, step));
            QMetaObject::invokeMethod(this, [this, samples] {
                m_loading = false;
                m_view.setStepSamples(samples);
                Q_EMIT stepLoaded(samples->step);
                if (m_pendingStep >= 0) {
                    const qint64 next = std::exchange(m_pendingStep, -1);
                    if (next != samples->step || samples->runFolder != m_folder) startLoad(next);
                }
            });
        },
        QStringLiteral("samples loader"));
}

void SamplesController::trainDecoder(qint64 step) {
    if (m_trainingDecoder || m_folder.isEmpty()) return;
    const std::string folder = m_folder.toStdString();
    const int64_t checkpoint = nearestCheckpoint(folder, step);
    if (checkpoint < 0) {
        onDecoderEnded(false, tr("%1 has no checkpoint to train a decoder for").arg(m_folder));
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_view.setDecoderTraining(true);
    m_view.setDecoderMessage(tr("Training the decoder of checkpoint step %1...").arg(checkpoint));
    Q_EMIT message(
        Level::Info,
        tr("Training a decoder for %1, checkpoint step %2").arg(m_folder).arg(checkpoint));
    const DecoderSettings settings = m_decoderSettings;
    auto cancel = m_cancel;
    m_trainingDecoder = true;
    m_workers.start(
        [this, folder, checkpoint, settings, cancel] {
            bool ok = false;
            QString text;
            try {
                const DecoderReport report =
                    trainRunDecoder(folder, checkpoint, settings,
                                    [this, cancel](double fraction, const std::string& phase) {
                                        const QString name = phaseText(phase);
                                        QMetaObject::invokeMethod(this, [this, fraction, name] {
                                            if (m_trainingDecoder)
                                                m_view.setDecoderProgress(fraction, name);
                                        });
                                        return !cancel->load();
                                    });
                ok = true;
                text = tr("Decoder of step %1 trained in %2 s: held-out MSE %3 (untrained "
                          "%4, mean image %5)")
                           .arg(report.checkpointStep)
                           .arg(QLocale().toString(report.seconds, 'f', 1))
                           .arg(QLocale().toString(report.heldOutMse, 'f', 4))
                           .arg(QLocale().toString(report.heldOutMseUntrained, 'f', 4))
                           .arg(QLocale().toString(report.heldOutMseMeanImage, 'f', 4));
            } catch (const DecoderCancelled&) {
                text = tr("Decoder training cancelled");
            } catch (const std::exception& e) {
                text = tr("Decoder training failed: %1").arg(widgets::coreMessageText(e.what()));
            }
            QMetaObject::invokeMethod(this, [this, ok, text] { onDecoderEnded(ok, text); });
        },
        QStringLiteral("decoder training"));
}

void SamplesController::cancelDecoder() {
    if (m_cancel) m_cancel->store(true);
}

void SamplesController::onDecoderEnded(bool ok, const QString& text) {
    m_trainingDecoder = false;
    m_cancel.reset();
    m_view.setDecoderTraining(false);
    m_view.setDecoderMessage(text);
    Q_EMIT message(ok ? Level::Info : Level::Warning, text);
    Q_EMIT decoderFinished(ok, text);
    // Show the new decoder's images: reload the step on screen.
    if (ok && m_view.currentStep() >= 0) load(m_view.currentStep());
}

}  // namespace grindstone::gui
