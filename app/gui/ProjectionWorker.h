#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

#include "grindstone/Matrix.h"
#include "grindstone/projection/Projection.h"
#include "grindstone/session/StepPoints.h"

namespace grindstone::gui {

/// A projected step, handed from the worker thread to the window.
struct ProjectedStep {
    QString folder;
    StepPoints points;
    Matrix layout;
    double seconds = 0;
};

/// Reads and projects stored steps on its own thread (a QThread the tab owns): a t-SNE or UMAP
/// of a few thousand points takes seconds, which the UI thread must never wait for. Keeps one
/// projector per run and method, so consecutive steps are aligned / warm-started. Requests are
/// numbered; a newer one cancels the one in flight.
class ProjectionWorker : public QObject {
    Q_OBJECT
public:
    /// Called from the UI thread: asks the running projection to stop at its next check.
    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void project(const QString& folder, qint64 step, int method, quint64 request);

Q_SIGNALS:
    void progressed(quint64 request, double fraction, const QString& phase);
    void projected(quint64 request, std::shared_ptr<const grindstone::gui::ProjectedStep> result);
    void failed(quint64 request, const QString& message);

private:
    std::atomic<bool> m_cancel{false};
    std::unique_ptr<EmbeddingProjector> m_projector;
    QString m_folder;
    int m_method = -1;
};

}  // namespace grindstone::gui
