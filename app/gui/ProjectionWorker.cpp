#include "ProjectionWorker.h"

#include <chrono>

#include "CorePhases.h"
#include "grindstone/Error.h"
#include "grindstone/projection/StepLayout.h"
#include "widgets/common/CoreMessageText.h"

namespace grindstone::gui {

void ProjectionWorker::project(const QString& folder, qint64 step, int method, quint64 request) {
    m_cancel = false;
    if (!m_projector || folder != m_folder || method != m_method) {
        ProjectionOptions options;
        options.method = static_cast<ProjectionMethod>(method);
        options.dims = 3;
        m_projector = std::make_unique<EmbeddingProjector>(options);
        m_folder = folder;
        m_method = method;
    }
    const auto started = std::chrono::steady_clock::now();
    try {
        auto result = std::make_shared<ProjectedStep>();
        result->folder = folder;
        Q_EMIT progressed(request, 0, tr("reading step %1").arg(step));
        result->points = readStepPoints(folder.toStdString(), step);
        result->layout = layoutStepPoints(
            *m_projector, result->points, [&](double fraction, const std::string& phase) {
                Q_EMIT progressed(request, fraction, phaseText(phase));
                return !m_cancel.load();
            });
        result->seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        Q_EMIT projected(request, result);
    } catch (const ProjectionCancelled&) {
        // A cancelled projection leaves the projector's previous layout in place.
        Q_EMIT failed(request, QString());
    } catch (const std::exception& e) {
        Q_EMIT failed(request, widgets::coreMessageText(e.what()));
    }
}

}  // namespace grindstone::gui
