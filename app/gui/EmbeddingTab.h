#pragma once

#include <QThread>
#include <QWidget>
#include <memory>
#include <vector>

#include "ProjectionWorker.h"
#include "widgets/common/RunThumbnails.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QTimer;
class QToolButton;

namespace grindstone::widgets {
class EmbeddingPanel;
class SampleSelection;
}  // namespace grindstone::widgets

namespace grindstone::gui {

/// The "Embedding" tab: the 3D view of a run's stored snapshots (evaluation subset and the
/// probe batch at every stage), laid out by PCA / t-SNE / UMAP off the UI thread with progress
/// and cancel, a step slider with play / pause, and live following of a training run.
class EmbeddingTab : public QWidget {
    Q_OBJECT
public:
    explicit EmbeddingTab(widgets::SampleSelection* selection, QWidget* parent = nullptr);
    ~EmbeddingTab() override;

    /// Shows `folder`'s snapshots; `live` while a training writes it (new snapshots are
    /// picked up as they appear).
    void setRun(const QString& folder, bool live);
    void setLive(bool live);

    widgets::EmbeddingPanel* panel() const { return m_panel; }
    QSlider* stepSlider() const { return m_slider; }
    QComboBox* methodBox() const { return m_method; }
    /// The step shown (-1: none yet) and whether a projection is running.
    qint64 shownStep() const;
    bool projecting() const { return m_inFlight != 0; }
    /// The shown step's rows (sources, embeddings), or nullptr.
    const ProjectedStep* shown() const { return m_shown.get(); }

Q_SIGNALS:
    /// A step was drawn (tests wait for it).
    void stepShown(qint64 step);
    /// The slider (moved by the user or by play) asks for `step`. Not emitted for the newest
    /// step a newly opened or live run is drawn at, which other views pick on their own.
    void stepChosen(qint64 step);

private:
    void buildControls();
    void refreshSteps();
    void request(qint64 step);
    void onProjected(quint64 request, std::shared_ptr<const ProjectedStep> result);
    void onFailed(quint64 request, const QString& message);
    void onProgress(quint64 request, double fraction, const QString& phase);
    void advancePlayback();
    void updateStepLabel();

    QThread m_thread;
    ProjectionWorker* m_worker = nullptr;
    widgets::EmbeddingPanel* m_panel = nullptr;
    widgets::RunThumbnails m_thumbnails;
    QComboBox* m_method = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_stepLabel = nullptr;
    QToolButton* m_play = nullptr;
    QCheckBox* m_follow = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_poll = nullptr;
    QTimer* m_playTimer = nullptr;

    QString m_folder;
    std::vector<qint64> m_steps;
    std::shared_ptr<const ProjectedStep> m_shown;
    quint64 m_lastRequest = 0;
    quint64 m_inFlight = 0;  // request being computed (0: none)
    qint64 m_wanted = -1;    // step to show once the one in flight is done
    bool m_resetCamera = true;
};

}  // namespace grindstone::gui
