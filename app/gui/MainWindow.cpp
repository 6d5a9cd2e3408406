#include "MainWindow.h"

#include "CompareEmbeddings.h"
#include "CompareSamples.h"
#include "EmbeddingTab.h"
#include "widgets/common/DisplayPath.h"
#include "widgets/compare/CompareView.h"
#include "widgets/selection/SampleSelection.h"
#include "widgets/tune/TuneView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>

#include "grindstone/Error.h"
#include "grindstone/options/Config.h"
#include "widgets/charts/ChartsView.h"
#include "widgets/charts/MetricStore.h"
#include "widgets/common/CoreMessageText.h"
#include "widgets/experiment/ExperimentPanel.h"
#include "widgets/gallery/SamplesView.h"
#include "widgets/log/LogPanel.h"
#include "widgets/runs/RunBrowser.h"

namespace grindstone::gui {

namespace {

/// The name of a tab for --view and showView(): its page's "viewName" property (the English
/// name, the same in every language), else its text without accelerator marks.
QString viewName(const QTabWidget* tabs, int index) {
    const QVariant name = tabs->widget(index)->property("viewName");
    if (name.isValid()) return name.toString();
    return tabs->tabText(index).remove(QLatin1Char('&')).toLower();
}

/// Gives `page` its English view name and shows it under its translated title.
void addView(QTabWidget* tabs, QWidget* page, const char* name, const QString& title) {
    page->setProperty("viewName", QString::fromLatin1(name));
    tabs->addTab(page, title);
}

}  // namespace

MainWindow::MainWindow(const MainWindowSetup& setup, QWidget* parent)
    : QMainWindow(parent), m_setup(setup) {
    setWindowTitle(tr("Grindstone"));
    setObjectName(QStringLiteral("mainWindow"));
    m_store = new widgets::MetricStore(this);
    m_controller = new TrainingController(*m_store, this);

    m_views = new QTabWidget(this);
    m_views->setDocumentMode(true);
    m_charts = new widgets::ChartsView(*m_store, m_views);
    addView(m_views, m_charts, "charts", tr("Charts"));
    m_selection = new widgets::SampleSelection(this);
    m_embedding = new EmbeddingTab(m_selection, m_views);
    addView(m_views, m_embedding, "embedding", tr("Embedding"));
    m_compare = new widgets::CompareView(m_views);
    addView(m_views, m_compare, "compare", tr("Compare"));
    // Compare's own pages, in its order: their names stay English when their titles are not.
    const char* const comparePages[] = {"curves", "verification", "configuration"};
    for (int i = 0; i < m_compare->pages()->count() && i < 3; ++i)
        if (!m_compare->pages()->widget(i)->property("viewName").isValid())
            m_compare->pages()->widget(i)->setProperty("viewName",
                                                       QString::fromLatin1(comparePages[i]));
    auto* compareEmbeddings = new CompareEmbeddings(m_compare);
    compareEmbeddings->setProperty("viewName", QStringLiteral("embeddings"));
    m_compare->addPage(compareEmbeddings, tr("Embeddings"));
    connect(m_compare, &widgets::CompareView::comparisonChanged, compareEmbeddings,
            [this, compareEmbeddings] { compareEmbeddings->setRuns(m_compare->selectedRuns()); });
    auto* compareSamples = new CompareSamples(m_compare);
    compareSamples->setProperty("viewName", QStringLiteral("samples"));
    m_compare->addPage(compareSamples, tr("Samples"));
    connect(m_compare, &widgets::CompareView::comparisonChanged, compareSamples,
            [this, compareSamples] { compareSamples->setRuns(m_compare->selectedRuns()); });
    setCentralWidget(m_views);

    createActions();
    createDocks();
    createMenus();
    createStatusBar();
    createSamplesView();
    createTuneView();

    connect(m_experiment, &widgets::ExperimentPanel::readinessChanged, this,
            &MainWindow::updateActions);
    connect(m_controller, &TrainingController::stateChanged, this, &MainWindow::updateActions);
    connect(m_controller, &TrainingController::progressed, this, &MainWindow::updateStatus);
    connect(m_controller, &TrainingController::message, m_log, &widgets::LogPanel::append);
    connect(m_controller, &TrainingController::runStarted, this, [this](const QString& folder) {
        m_runs->refresh();
        m_compare->refresh();
        m_embedding->setRun(folder, true);
    });
    connect(m_controller, &TrainingController::runEnded, this, &MainWindow::onRunEnded);
    connect(m_runs, &widgets::RunBrowser::openRequested, this, &MainWindow::openRun);
    m_follower = new RunFollower(this);
    connect(m_follower, &RunFollower::changed, this,
            [this](const QString& folder) { refreshFollowedRun(folder, false); });
    connect(m_follower, &RunFollower::ended, this,
            [this](const QString& folder) { refreshFollowedRun(folder, true); });
    connect(m_runs, &widgets::RunBrowser::resumeRequested, this, &MainWindow::resumeRun);

    restoreSettings();
    m_runs->setWorkspace(m_setup.workspace);
    m_compare->setWorkspace(m_setup.workspace);
    m_tune->setWorkspace(m_setup.workspace);
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

bool MainWindow::showView(const QString& name) {
    if (name.compare(QLatin1String("triplet"), Qt::CaseInsensitive) == 0) {
        m_views->setCurrentWidget(m_samples);
        m_samples->tabs()->setCurrentIndex(1);
        return true;
    }
    for (int i = 0; i < m_views->count(); ++i)
        if (viewName(m_views, i).compare(name, Qt::CaseInsensitive) == 0) {
            m_views->setCurrentIndex(i);
            return true;
        }
    QTabWidget* pages = m_compare->pages();  // a page of Compare: curves, verification, ...
    for (int i = 0; i < pages->count(); ++i)
        if (viewName(pages, i).compare(name, Qt::CaseInsensitive) == 0) {
            m_views->setCurrentWidget(m_compare);
            pages->setCurrentIndex(i);
            return true;
        }
    return false;
}

QStringList MainWindow::viewNames() const {
    QStringList names;
    for (int i = 0; i < m_views->count(); ++i)
        names << viewName(m_views, i);
    for (int i = 0; i < m_compare->pages()->count(); ++i)
        names << viewName(m_compare->pages(), i);
    return names << QStringLiteral("triplet");
}

void MainWindow::createActions() {
    QStyle* s = style();
    m_start = new QAction(s->standardIcon(QStyle::SP_MediaPlay), tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("startAction"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_pause = new QAction(s->standardIcon(QStyle::SP_MediaPause), tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseAction"));
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_resume = new QAction(s->standardIcon(QStyle::SP_MediaSeekForward), tr("&Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumeAction"));
    // Pause and Resume are never enabled together, so one key toggles between them.
    m_resume->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_stop = new QAction(s->standardIcon(QStyle::SP_MediaStop), tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("stopAction"));
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    for (QAction* action : {m_start, m_pause, m_resume, m_stop}) {
        // "Start (Ctrl+R)"; the text without its accelerator, which Japanese writes "(&S)".
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("\\(&.\\)$"))).remove(QLatin1Char('&'));
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            text, action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);  // shortcuts work wherever the focus is in the window
    }
    connect(m_start, &QAction::triggered, this, &MainWindow::startTraining);
    connect(m_pause, &QAction::triggered, m_controller, &TrainingController::pause);
    connect(m_resume, &QAction::triggered, m_controller, &TrainingController::unpause);
    connect(m_stop, &QAction::triggered, m_controller, &TrainingController::stop);
}

void MainWindow::createDocks() {
    m_experiment = new widgets::ExperimentPanel(m_setup.defaultDataset, this);
    m_experiment->setActions({m_start, m_pause, m_resume, m_stop});
    auto* experimentDock = new QDockWidget(tr("Experiment"), this);
    experimentDock->setObjectName(QStringLiteral("experimentDock"));
    experimentDock->setWidget(m_experiment);
    addDockWidget(Qt::LeftDockWidgetArea, experimentDock);

    m_runs = new widgets::RunBrowser(this);
    auto* runsDock = new QDockWidget(tr("Runs"), this);
    runsDock->setObjectName(QStringLiteral("runsDock"));
    runsDock->setWidget(m_runs);
    addDockWidget(Qt::BottomDockWidgetArea, runsDock);

    m_log = new widgets::LogPanel(this);
    auto* logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    // Tabbed, not side by side: the run table needs the width for its columns and names.
    tabifyDockWidget(runsDock, logDock);
    runsDock->raise();
    connect(m_log, &widgets::LogPanel::problemAppended, logDock, &QDockWidget::raise);

    // The experiment panel is tall (every option): it takes the full height on the left.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    resizeDocks({experimentDock}, {400}, Qt::Horizontal);
    resizeDocks({runsDock}, {200}, Qt::Vertical);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open run folder..."), this, &MainWindow::chooseRunFolder);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->addActions({m_start, m_pause, m_resume, m_stop});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (auto* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Grindstone"), this, [this] {
        QMessageBox::about(this, tr("About Grindstone"),
                           tr("<b>Grindstone %1</b><br>Deep metric learning with two-stage "
                              "hard-sample generation.<br>Runs are saved in %2")
                               .arg(QApplication::applicationVersion(),
                                    widgets::displayPath(m_setup.workspace).toHtmlEscaped()));
    });
}

void MainWindow::createStatusBar() {
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stepLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_stepLabel);
    statusBar()->addPermanentWidget(m_stateLabel);
}

void MainWindow::updateActions() {
    using State = TrainingController::State;
    const State state = m_controller->state();
    const bool busy = m_controller->busy();
    const bool ready = m_experiment->isReady();
    m_start->setEnabled(!busy && ready);
    m_start->setStatusTip(ready ? QString() : m_experiment->problem());
    // Nothing to pause once the steps are done: the final evaluation runs to its end.
    const bool stepsLeft =
        m_controller->totalSteps() == 0 || m_controller->step() < m_controller->totalSteps();
    m_pause->setEnabled((state == State::Training || state == State::Loading) && stepsLeft);
    m_resume->setEnabled(state == State::Paused);
    m_stop->setEnabled(busy && state != State::Stopping);
    m_experiment->setEditable(!busy);
    m_runs->setTrainingActive(busy);
}

void MainWindow::updateStatus() {
    updateActions();
    if (m_controller->busy())
        m_runs->setLiveProgress(m_controller->runFolder(), m_controller->step(),
                                m_controller->totalSteps());
    const QString detail = m_controller->statusText();
    const auto [drawn, families] = m_controller->preparation();
    const auto [computed, images] = m_controller->featureProgress();
    if (families > 0)
        m_experiment->setProgress(drawn, families, detail, tr("font families"));
    else if (images > 0)
        m_experiment->setProgress(computed, images, detail, tr("images"));
    else if (m_controller->busy())
        m_experiment->setProgress(m_controller->step(), m_controller->totalSteps(), detail);
    else
        m_experiment->clearProgress(detail);
    m_stateLabel->setText(m_controller->stateText());
    m_stepLabel->setText(
        m_controller->totalSteps() > 0
            ? tr("step %1 / %2").arg(m_controller->step()).arg(m_controller->totalSteps())
            : QString());
}

void MainWindow::createTuneView() {
    m_tune = new widgets::TuneView(m_views);
    addView(m_views, m_tune, "tune", tr("Tune"));
    connect(m_tune, &widgets::TuneView::trainWithConfig, this, [this](const QString& path) {
        Config config;
        try {
            config.mergeJsonFile(path.toStdString());
        } catch (const InputError& e) {
            QMessageBox::warning(this, tr("Train with the best setting"),
                                 widgets::coreMessageText(e.what()));
            return;
        }
        QMap<QString, QString> values;
        for (const auto& [key, value] : config.values())
            values.insert(QString::fromStdString(key), QString::fromStdString(value));
        m_experiment->setValues(values);
        showView(QStringLiteral("charts"));
        if (m_start->isEnabled()) m_start->trigger();
    });
}

}  // namespace grindstone::gui
