// MainWindow's "Samples" tab: the per-stage galleries, the triplet inspector and QA review of
// the run on show, fed by SamplesController off the UI thread.
#include <QTabWidget>

#include "MainWindow.h"
#include "widgets/gallery/SamplesView.h"
#include "widgets/log/LogPanel.h"

namespace grindstone::gui {

void MainWindow::createSamplesView() {
    m_samples = new widgets::SamplesView(m_views);
    m_views->addTab(m_samples, QStringLiteral("Samples"));
    m_samplesController = new SamplesController(*m_samples, this);
    connect(m_controller, &TrainingController::probeStored, m_samplesController,
            &SamplesController::probeStored);
    connect(m_samplesController, &SamplesController::message, m_log, &widgets::LogPanel::append);
    connect(m_samples, &widgets::SamplesView::problem, this, [this](const QString& text) {
        if (!text.isEmpty()) m_log->append(widgets::LogPanel::Level::Warning, text);
    });
}

}  // namespace grindstone::gui
