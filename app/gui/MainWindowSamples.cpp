// MainWindow's "Samples" tab: the per-stage galleries, the triplet inspector and QA review of
// the run on show, fed by SamplesController off the UI thread.
#include <QMap>
#include <QTabWidget>

#include "EmbeddingTab.h"
#include "MainWindow.h"
#include "widgets/embedding/EmbeddingPanel.h"
#include "widgets/embedding/EmbeddingView.h"
#include "widgets/gallery/SamplesView.h"
#include "widgets/log/LogPanel.h"
#include "widgets/selection/SampleSelection.h"

namespace grindstone::gui {

void MainWindow::createSamplesView() {
    m_samples = new widgets::SamplesView(m_views);
    m_samples->setProperty("viewName", QStringLiteral("samples"));  // --view samples
    m_views->addTab(m_samples, tr("Samples"));
    m_samplesController = new SamplesController(*m_samples, this);
    connect(m_controller, &TrainingController::probeStored, m_samplesController,
            &SamplesController::probeStored);
    connect(m_samplesController, &SamplesController::message, m_log, &widgets::LogPanel::append);
    connect(m_samples, &widgets::SamplesView::problem, this, [this](const QString& text) {
        if (!text.isEmpty()) m_log->append(widgets::LogPanel::Level::Warning, text);
    });
    linkEmbeddingAndSamples();
}

void MainWindow::linkEmbeddingAndSamples() {
    // The galleries follow the 3D view's step slider (not the layout of a newly opened run,
    // which can finish after the user chose another step in the Samples tab)...
    connect(m_embedding, &EmbeddingTab::stepChosen, m_samples, &widgets::SamplesView::setStep);
    // ...its box selection (the probe samples in it, of the stage file with the most)...
    connect(m_selection, &widgets::SampleSelection::changed, this, [this](QObject* origin) {
        const ProjectedStep* shown = m_embedding->shown();
        if (!shown || origin == m_samples) return;
        QMap<QString, QList<qint64>> rows;
        for (int index : m_selection->indices()) {
            const auto& source = shown->points.sources[static_cast<size_t>(index)];
            if (source.probe) rows[QString::fromStdString(source.stageFile)] << source.probeRow;
        }
        m_samples->setStep(shown->points.step);
        QString stage;
        for (auto it = rows.begin(); it != rows.end(); ++it)
            if (stage.isEmpty() || it.value().size() > rows.value(stage).size()) stage = it.key();
        m_samples->showRows(stage, rows.value(stage));
    });
    // ...and its pick: a probe sample puts its triplet in the inspector.
    connect(m_embedding->panel()->view(), &widgets::EmbeddingView::pointPicked, this,
            [this](int index) {
                const ProjectedStep* shown = m_embedding->shown();
                if (!shown || index < 0) return;
                const auto& source = shown->points.sources[static_cast<size_t>(index)];
                if (!source.probe) return;
                m_samples->setStep(shown->points.step);
                m_samples->selectTriplet(source.probeRow);
            });
}

}  // namespace grindstone::gui
