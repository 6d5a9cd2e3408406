#pragma once

#include <QMainWindow>
#include <QString>

#include "RunFollower.h"
#include "SamplesController.h"
#include "TrainingController.h"

class QAction;
class QLabel;
class QTabWidget;

namespace grindstone::widgets {
class ChartsView;
class CompareView;
class TuneView;
class ExperimentPanel;
class LogPanel;
class MetricStore;
class RunBrowser;
class SamplesView;
class SampleSelection;
}  // namespace grindstone::widgets

namespace grindstone::gui {

class EmbeddingTab;

/// Where the window finds runs and the default data (tests point these at their own
/// folders).
struct MainWindowSetup {
    QString workspace;
    QString defaultDataset;
};

/// The workbench: experiment panel (dock), the views in the centre (charts, samples), run browser
/// and log (docks), status bar; Start / Pause / Resume / Stop with shortcuts. Layout, last dataset
/// and options persist in QSettings. Closing during training stops the run, lets it save,
/// then closes.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowSetup& setup, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows a run's logged curves without training (works on a run that is not finished).
    bool openRun(const QString& folder);
    /// Continues a stopped or crashed run.
    void resumeRun(const QString& folder);

    /// Brings the central view whose tab is named `name` (case-insensitive) to the front;
    /// "triplet" is the Samples tab's triplet inspector.
    bool showView(const QString& name);
    QStringList viewNames() const;

    widgets::ExperimentPanel* experimentPanel() const { return m_experiment; }
    widgets::ChartsView* chartsView() const { return m_charts; }
    widgets::RunBrowser* runBrowser() const { return m_runs; }
    widgets::LogPanel* logPanel() const { return m_log; }
    /// The "Samples" tab (galleries, triplet inspector, QA) and what feeds it. The 3D view's
    /// selection connects to the view's slots setStep / showRows / selectTriplet.
    widgets::SamplesView* samplesView() const { return m_samples; }
    SamplesController* samplesController() const { return m_samplesController; }
    QTabWidget* views() const { return m_views; }
    widgets::MetricStore* store() const { return m_store; }
    EmbeddingTab* embeddingTab() const { return m_embedding; }
    widgets::CompareView* compareView() const { return m_compare; }
    widgets::TuneView* tuneView() const { return m_tune; }
    widgets::SampleSelection* selection() const { return m_selection; }
    TrainingController* controller() const { return m_controller; }
    QAction* startAction() const { return m_start; }
    QAction* pauseAction() const { return m_pause; }
    QAction* resumeAction() const { return m_resume; }
    QAction* stopAction() const { return m_stop; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    /// The Samples tab follows the Embedding tab's step, box selection and picked point.
    void linkEmbeddingAndSamples();
    void createSamplesView();
    /// The Tune tab; its "Train with the best setting" fills the form and starts.
    void createTuneView();
    void restoreSettings();
    void saveSettings() const;
    void startTraining();
    void updateActions();
    void updateStatus();
    void onRunEnded(const QString& folder, RunEnd end, const QString& summary);
    void chooseRunFolder();
    /// A run opened read-only that another process trains: its new lines, then its end.
    void refreshFollowedRun(const QString& folder, bool ended);

    MainWindowSetup m_setup;
    widgets::MetricStore* m_store = nullptr;
    TrainingController* m_controller = nullptr;
    widgets::ExperimentPanel* m_experiment = nullptr;
    widgets::ChartsView* m_charts = nullptr;
    widgets::RunBrowser* m_runs = nullptr;
    widgets::LogPanel* m_log = nullptr;
    widgets::SamplesView* m_samples = nullptr;
    SamplesController* m_samplesController = nullptr;
    QTabWidget* m_views = nullptr;
    widgets::SampleSelection* m_selection = nullptr;
    EmbeddingTab* m_embedding = nullptr;
    widgets::CompareView* m_compare = nullptr;
    widgets::TuneView* m_tune = nullptr;
    QAction* m_start = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_stop = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_stepLabel = nullptr;
    RunFollower* m_follower = nullptr;
    bool m_closeWhenIdle = false;
};

}  // namespace grindstone::gui
