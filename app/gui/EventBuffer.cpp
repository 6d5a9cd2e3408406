#include "EventBuffer.h"

namespace grindstone::gui {

void EventBuffer::onStep(const StepReport& report) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pending.steps.push_back(report);
}

void EventBuffer::onEvaluation(const EvaluationReport& report) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pending.evaluations.push_back(report);
}

void EventBuffer::onEvent(const TrainingEvent& event) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pending.events.push_back(event);
}

void EventBuffer::onProgress(const PhaseProgress& progress) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pending.progress = progress;  // only the latest counts
}

void EventBuffer::onStageSamples(const StageSamples& samples) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pending.probeSteps.push_back(samples.step);
}

TrainingUpdate EventBuffer::take() {
    TrainingUpdate out;
    std::lock_guard<std::mutex> lock(m_mutex);
    std::swap(out, m_pending);
    return out;
}

}  // namespace grindstone::gui
