// MainWindow's run handling: start, open read-only, resume, end of a run, closing while
// training.
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QStatusBar>

#include "EmbeddingTab.h"
#include "MainWindow.h"
#include "RunLocations.h"
#include "widgets/charts/ChartsView.h"
#include "widgets/charts/MetricStore.h"
#include "widgets/compare/CompareView.h"
#include "widgets/experiment/ExperimentPanel.h"
#include "widgets/log/LogPanel.h"
#include "widgets/runs/RunBrowser.h"
#include "widgets/runs/RunLogReader.h"

namespace grindstone::gui {

namespace {

using Level = widgets::LogPanel::Level;

QString runName(const QString& folder) {
    return QDir(folder).dirName();
}

}  // namespace

void MainWindow::startTraining() {
    if (m_controller->busy()) return;
    if (!m_experiment->isReady()) {
        m_log->append(Level::Error, m_experiment->problem());
        return;
    }
    const auto values = m_experiment->values();
    if (!QDir().mkpath(m_setup.workspace)) {
        m_log->append(Level::Error, tr("cannot create the workspace '%1'").arg(m_setup.workspace));
        return;
    }
    const QString folder =
        newRunFolder(m_setup.workspace, values.value(QStringLiteral("method")),
                     values.value(QStringLiteral("miner")), values.value(QStringLiteral("seed")));
    QString error;
    m_follower->stop();  // the charts are the new run's now
    if (!m_controller->startRun(values, folder, &error)) {
        m_log->append(Level::Error, error);
        return;
    }
    saveSettings();  // the options of a run that crashes the machine are not lost
    m_samplesController->setRun(folder, true);
    m_charts->setRunTitle(tr("Live: %1").arg(runName(folder)));
    setWindowTitle(tr("%1 - Grindstone").arg(runName(folder)));
    m_log->append(Level::Info, tr("Training %1 (miner %2, %3 steps, seed %4) into %5")
                                   .arg(values.value(QStringLiteral("method")),
                                        values.value(QStringLiteral("miner")),
                                        values.value(QStringLiteral("steps")),
                                        values.value(QStringLiteral("seed")), folder));
}

bool MainWindow::openRun(const QString& folder) {
    if (m_controller->busy() || folder.isEmpty()) return false;
    const widgets::RunLogSummary log = widgets::loadRunLog(folder, *m_store);
    if (!log.problem.isEmpty()) m_log->append(Level::Warning, log.problem);
    if (log.lines == 0 && !log.problem.isEmpty()) return false;
    // A run another process still trains (grindstone-cli, the ranks of a distributed run) is
    // followed: its curves, samples and snapshots grow as it writes them.
    const bool following = m_follower->follow(folder);
    m_samplesController->setRun(folder, false);
    m_embedding->setRun(folder, following);
    setWindowTitle(tr("%1 - Grindstone").arg(runName(folder)));
    m_runs->selectRun(folder);  // its details: status, ranks, changed options
    m_charts->setRunTitle(
        following ? tr("Following: %1 (trained elsewhere, read-only)").arg(runName(folder))
                  : tr("Read-only: %1").arg(runName(folder)));
    // Counts first: lupdate misreads a template argument list among tr()'s arguments.
    const auto steps = static_cast<int>(m_store->steps().size());
    const auto evaluations = static_cast<int>(m_store->evaluations().size());
    m_log->append(Level::Info,
                  tr("Opened %1 read-only: %2, %3", "folder, steps logged, evaluations")
                      .arg(folder, tr("%n steps logged", nullptr, steps),
                           tr("%n evaluations", nullptr, evaluations)));
    return true;
}

void MainWindow::refreshFollowedRun(const QString& folder, bool ended) {
    if (m_controller->busy()) return;
    const widgets::RunLogSummary log = widgets::loadRunLog(folder, *m_store);
    if (!log.problem.isEmpty()) m_log->append(Level::Warning, log.problem);
    m_samplesController->refreshSteps();
    m_runs->refresh();
    m_runs->selectRun(folder);
    if (!ended) return;
    m_embedding->setLive(false);
    m_charts->setRunTitle(tr("Read-only: %1").arg(runName(folder)));
    m_log->append(Level::Info, tr("%1: the process training it let go of it").arg(runName(folder)));
}

void MainWindow::resumeRun(const QString& folder) {
    if (m_controller->busy() || folder.isEmpty()) return;
    m_follower->stop();
    m_controller->resumeRun(folder);
    m_samplesController->setRun(folder, true);
    m_charts->setRunTitle(tr("Live: %1 (resumed)").arg(runName(folder)));
    setWindowTitle(tr("%1 - Grindstone").arg(runName(folder)));
    m_log->append(Level::Info, tr("Resuming %1").arg(folder));
}

void MainWindow::onRunEnded(const QString& folder, RunEnd end, const QString& summary) {
    const QString name = runName(folder);
    switch (end) {
        case RunEnd::Finished:
            m_charts->setRunTitle(tr("Finished: %1").arg(name));
            m_log->append(Level::Info, name + QLatin1Char(' ') + summary);
            break;
        case RunEnd::Stopped:
            m_charts->setRunTitle(tr("Stopped: %1").arg(name));
            m_log->append(Level::Info, name + QLatin1Char(' ') + summary);
            break;
        case RunEnd::Failed:
            m_charts->setRunTitle(tr("Failed: %1").arg(name));
            m_log->append(Level::Error, summary);
            if (auto* dock = findChild<QDockWidget*>(QStringLiteral("logDock"))) dock->show();
            statusBar()->showMessage(tr("The run failed: see the log"), 10000);
            break;
    }
    m_embedding->setLive(false);
    m_compare->refresh();
    m_runs->refresh();
    m_runs->selectRun(folder);
    m_samplesController->refreshSteps();
    updateStatus();
    if (m_closeWhenIdle) close();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_controller->busy()) {
        // The run must save its checkpoint and status first; the window closes when the
        // worker reports the end (onRunEnded).
        if (!m_closeWhenIdle) {
            m_closeWhenIdle = true;
            m_controller->stop();
            m_log->append(Level::Info, tr("Stopping the run so it is saved before closing..."));
        }
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::chooseRunFolder() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open a run folder"), m_setup.workspace);
    if (!folder.isEmpty()) openRun(folder);
}

}  // namespace grindstone::gui
