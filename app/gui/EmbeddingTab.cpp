#include "EmbeddingTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "StepScene.h"
#include "grindstone/session/StepPoints.h"
#include "widgets/embedding/EmbeddingPanel.h"
#include "widgets/embedding/EmbeddingView.h"
#include "widgets/embedding/OpenGlSupport.h"
#include "widgets/embedding/PointInfoPanel.h"

Q_DECLARE_METATYPE(std::shared_ptr<const grindstone::gui::ProjectedStep>)

namespace grindstone::gui {
namespace {

constexpr int kPollMs = 2000;      // live runs: how often to look for a new snapshot
constexpr int kPlayPauseMs = 700;  // playback: pause on each step once it is drawn

}  // namespace

EmbeddingTab::EmbeddingTab(widgets::SampleSelection* selection, QWidget* parent) : QWidget(parent) {
    qRegisterMetaType<std::shared_ptr<const ProjectedStep>>();
    m_panel = new widgets::EmbeddingPanel(selection, this);
    buildControls();

    m_worker = new ProjectionWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ProjectionWorker::projected, this, &EmbeddingTab::onProjected);
    connect(m_worker, &ProjectionWorker::failed, this, &EmbeddingTab::onFailed);
    connect(m_worker, &ProjectionWorker::progressed, this, &EmbeddingTab::onProgress);
    m_thread.setObjectName(QStringLiteral("projection"));
    m_thread.start(QThread::LowPriority);

    // Real points show their own image from the run's thumbnails; generated ones have none
    // (the info panel then shows their nearest real points').
    m_panel->info()->setImageProvider([this](const widgets::ScenePoint& p) {
        if (!m_shown || !widgets::isRealKind(p.kind) || p.id < 0 ||
            p.id >= static_cast<int64_t>(m_shown->points.sources.size()))
            return QImage();
        return m_thumbnails.image(m_shown->points.sources[static_cast<size_t>(p.id)].datasetIndex);
    });
}

EmbeddingTab::~EmbeddingTab() {
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void EmbeddingTab::buildControls() {
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("projectionMethod"));
    m_method->addItem(tr("PCA (aligned)"), int(ProjectionMethod::Pca));
    // i18n: not translated (the methods' names)
    m_method->addItem(QStringLiteral("t-SNE"), int(ProjectionMethod::Tsne));
    m_method->addItem(QStringLiteral("UMAP"), int(ProjectionMethod::Umap));  // i18n: name
    m_method->setToolTip(
        tr("PCA: fitted on the evaluation subset, aligned from step to step. t-SNE / UMAP: each "
           "step starts from the previous one's layout, so frames stay comparable."));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("snapshotSlider"));
    m_slider->setEnabled(false);
    m_stepLabel = new QLabel(tr("no run"), this);
    m_stepLabel->setMinimumWidth(150);
    m_play = new QToolButton(this);
    m_play->setCheckable(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play the stored snapshots from the first to the last"));
    m_follow = new QCheckBox(tr("Follow training"), this);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Show each new snapshot of a live run as it is stored"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(180);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("projectionStatus"));
    // Wraps rather than clips: its numbers vary and translations run longer than English.
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Layout"), this));
    bar->addWidget(m_method);
    bar->addSpacing(12);
    bar->addWidget(m_play);
    bar->addWidget(m_slider, 1);
    bar->addWidget(m_stepLabel);
    bar->addWidget(m_follow);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    if (const QString problem = widgets::openGlUnavailableReason(); problem.isEmpty()) {
        layout->addWidget(m_panel, 1);
    } else {
        // Never shown, the VTK view never touches OpenGL; the tab says why it is empty.
        m_panel->hide();
        auto* note = new QLabel(tr("The 3D view needs OpenGL: %1").arg(problem), this);
        note->setWordWrap(true);
        layout->addWidget(note, 1, Qt::AlignTop);
    }

    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &EmbeddingTab::refreshSteps);
    m_playTimer = new QTimer(this);
    m_playTimer->setSingleShot(true);
    m_playTimer->setInterval(kPlayPauseMs);
    connect(m_playTimer, &QTimer::timeout, this, &EmbeddingTab::advancePlayback);

    connect(m_slider, &QSlider::valueChanged, this, [this](int index) {
        updateStepLabel();
        if (index < 0 || index >= static_cast<int>(m_steps.size())) return;
        request(m_steps[static_cast<size_t>(index)]);
        Q_EMIT stepChosen(m_steps[static_cast<size_t>(index)]);
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        m_resetCamera = true;
        if (const qint64 step = shownStep(); step >= 0) request(step);
    });
    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        m_play->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        if (on && m_slider->value() >= m_slider->maximum()) m_slider->setValue(0);
        if (on && !projecting()) m_playTimer->start();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_wanted = -1;
        m_play->setChecked(false);
        m_worker->cancel();
    });
}

void EmbeddingTab::setRun(const QString& folder, bool live) {
    m_folder = folder;
    m_shown.reset();
    m_steps.clear();
    m_resetCamera = true;
    m_thumbnails.load(folder);
    m_panel->view()->setScene({}, true);
    m_status->setText(m_thumbnails.problem());
    refreshSteps();
    setLive(live);
}

void EmbeddingTab::setLive(bool live) {
    if (live)
        m_poll->start();
    else
        m_poll->stop();
    if (!live && !m_folder.isEmpty()) refreshSteps();  // the final snapshot
}

qint64 EmbeddingTab::shownStep() const {
    return m_shown ? m_shown->points.step : -1;
}

void EmbeddingTab::refreshSteps() {
    if (m_folder.isEmpty()) return;
    std::vector<qint64> steps;
    for (int64_t s : storedSnapshotSteps(m_folder.toStdString()))
        steps.push_back(s);
    if (steps == m_steps) return;
    const bool wasAtEnd = m_steps.empty() || m_slider->value() == m_slider->maximum();
    m_steps = steps;
    const QSignalBlocker block(m_slider);
    m_slider->setEnabled(!m_steps.empty());
    m_slider->setRange(0, std::max(0, static_cast<int>(m_steps.size()) - 1));
    if (m_steps.empty()) {
        m_status->setText(tr("No embedding snapshot stored yet (option snapshot_every)."));
    } else if (wasAtEnd && (m_follow->isChecked() || !m_shown)) {
        m_slider->setValue(m_slider->maximum());
        request(m_steps.back());
    }
    updateStepLabel();
}

void EmbeddingTab::updateStepLabel() {
    if (m_steps.empty()) {
        m_stepLabel->setText(tr("no snapshots"));
        return;
    }
    const auto index = static_cast<size_t>(std::max(0, m_slider->value()));
    m_stepLabel->setText(
        tr("step %1 (%2 of %3)").arg(m_steps[index]).arg(index + 1).arg(m_steps.size()));
}

void EmbeddingTab::request(qint64 step) {
    m_wanted = step;
    if (m_inFlight != 0) {
        m_worker->cancel();  // its end starts the wanted step
        return;
    }
    m_inFlight = ++m_lastRequest;
    m_wanted = -1;
    const QString folder = m_folder;
    const int method = m_method->currentData().toInt();
    const quint64 id = m_inFlight;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, folder, step, method, id] {
            worker->project(folder, step, method, id);
        },
        Qt::QueuedConnection);
}

void EmbeddingTab::onProgress(quint64 id, double fraction, const QString& phase) {
    if (id != m_inFlight) return;
    m_progress->setValue(static_cast<int>(1000 * fraction));
    m_progress->setFormat(phase + QStringLiteral(" %p%"));
}

void EmbeddingTab::onProjected(quint64 id, std::shared_ptr<const ProjectedStep> result) {
    if (id != m_inFlight) return;
    m_inFlight = 0;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (result->folder == m_folder) {
        m_shown = result;
        m_panel->view()->setScene(buildStepScene(result->points, result->layout), m_resetCamera);
        m_resetCamera = false;
        const auto& p = result->points;
        m_status->setText(tr("%1 of %2 points at step %3 (%4 evaluation, %5 probe) in %6 s%7")
                              .arg(m_method->currentText())
                              .arg(p.embeddings.rows)
                              .arg(p.step)
                              .arg(p.evaluationRows)
                              .arg(p.embeddings.rows - p.evaluationRows)
                              .arg(QLocale().toString(result->seconds, 'f', 1))
                              .arg(p.artMargin > 0
                                       ? tr("; m_t %1").arg(QLocale().toString(p.artMargin, 'f', 3))
                                       : QString()));
        Q_EMIT stepShown(p.step);
    }
    if (m_wanted >= 0) {
        request(m_wanted);
    } else if (m_play->isChecked()) {
        m_playTimer->start();
    }
}

void EmbeddingTab::onFailed(quint64 id, const QString& message) {
    if (id != m_inFlight) return;
    m_inFlight = 0;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (!message.isEmpty()) {
        m_status->setText(tr("Cannot show this step: %1").arg(message));
        m_play->setChecked(false);
    } else if (m_wanted < 0) {
        m_status->setText(tr("Projection cancelled."));
    }
    if (m_wanted >= 0) request(m_wanted);
}

void EmbeddingTab::advancePlayback() {
    if (!m_play->isChecked()) return;
    if (m_slider->value() >= m_slider->maximum()) {
        m_play->setChecked(false);
        return;
    }
    m_slider->setValue(m_slider->value() + 1);
}

}  // namespace grindstone::gui
