#include "SamplesView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include "grindstone/session/QaTags.h"
#include "widgets/gallery/GalleryView.h"
#include "widgets/gallery/QaReviewPanel.h"
#include "widgets/gallery/QaSummaryTable.h"
#include "widgets/gallery/StageStyle.h"
#include "widgets/gallery/TripletInspector.h"

namespace grindstone::widgets {

SamplesView::SamplesView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("samplesView"));
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("probeStepCombo"));
    m_step->setMinimumContentsLength(10);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("samplesStatus"));
    m_decoder = new QLabel(this);
    m_decoder->setObjectName(QStringLiteral("decoderLabel"));
    m_trainDecoder = new QPushButton(tr("Train decoder"), this);
    m_trainDecoder->setObjectName(QStringLiteral("trainDecoder"));
    m_trainDecoder->setToolTip(
        tr("Fit an embedding -> image decoder on this run's training images for the "
           "checkpoint nearest this step (runs in the background)"));
    m_decoderProgress = new QProgressBar(this);
    m_decoderProgress->setRange(0, 1000);
    m_decoderProgress->setMaximumWidth(160);
    m_decoderProgress->hide();
    m_cancelDecoder = new QPushButton(tr("Cancel"), this);
    m_cancelDecoder->setObjectName(QStringLiteral("cancelDecoder"));
    m_cancelDecoder->hide();
    m_provenance = new QLabel(this);
    m_provenance->setObjectName(QStringLiteral("provenance"));
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long texts must never widen the window: they are cut, with the whole in the tooltip.
    for (QLabel* label : {m_status, m_provenance})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Probe step:"), this));
    top->addWidget(m_step);
    top->addWidget(m_status, 1);
    top->addWidget(m_decoder);
    top->addWidget(m_decoderProgress);
    top->addWidget(m_trainDecoder);
    top->addWidget(m_cancelDecoder);

    m_gallery = new GalleryView(m_thumbnails, this);
    m_review = new QaReviewPanel(this);
    auto* galleryPage = new QWidget(this);
    auto* galleryLayout = new QVBoxLayout(galleryPage);
    galleryLayout->setContentsMargins(0, 0, 0, 0);
    galleryLayout->addWidget(m_gallery, 1);
    galleryLayout->addWidget(m_review);
    // Showing the tab puts the keyboard on the tiles: J / K / A / R / N work at once.
    m_gallery->setFocusProxy(m_gallery->listView());
    galleryPage->setFocusProxy(m_gallery);

    m_inspector = new TripletInspector(m_thumbnails, this);
    auto* inspectorScroll = new QScrollArea(this);
    inspectorScroll->setWidget(m_inspector);
    inspectorScroll->setWidgetResizable(true);
    inspectorScroll->setFrameShape(QFrame::NoFrame);
    m_summary = new QaSummaryTable(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("samplesTabs"));
    m_tabs->addTab(galleryPage, tr("Gallery"));
    m_tabs->addTab(inspectorScroll, tr("Triplet inspector"));
    m_tabs->addTab(m_summary, tr("QA summary"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->addLayout(top);
    layout->addWidget(m_provenance);
    layout->addWidget(m_tabs, 1);

    connect(m_step, &QComboBox::activated, this, [this] {
        // A step picked by hand: follow new steps only when it is the newest.
        m_followNewest = m_step->currentIndex() == m_step->count() - 1;
    });
    connect(m_step, &QComboBox::currentIndexChanged, this, &SamplesView::onStepChosen);
    connect(m_trainDecoder, &QPushButton::clicked, this, [this] {
        if (currentStep() >= 0) Q_EMIT trainDecoderRequested(currentStep());
    });
    connect(m_cancelDecoder, &QPushButton::clicked, this, &SamplesView::cancelDecoderRequested);
    connect(m_gallery, &GalleryView::currentSampleChanged, this, &SamplesView::onSampleChanged);
    connect(m_gallery, &GalleryView::reviewKeyPressed, this, &SamplesView::onReviewKey);
    connect(m_gallery, &GalleryView::tripletActivated, this, [this](qint64 row) {
        m_inspector->setRow(row);
        m_tabs->setCurrentIndex(1);
    });
    connect(m_inspector, &TripletInspector::rowChanged, this, &SamplesView::tripletSelected);
    connect(m_review, &QaReviewPanel::tagged, this, [this](bool advance) {
        const bool movedOn = m_gallery->refreshAfterReview();
        updateSummary();
        if (advance && !movedOn) m_gallery->step(1);
    });
    connect(m_review, &QaReviewPanel::noteEditorClosed, this,
            [this] { m_gallery->listView()->setFocus(); });
    connect(m_review, &QaReviewPanel::problem, this, &SamplesView::problem);
    connect(m_review, &QaReviewPanel::exported, this,
            [this](const QString& path) { setStatus(tr("QA tags exported to %1").arg(path)); });
    setRun(QString(), false);
}

void SamplesView::setRun(const QString& runFolder, bool live) {
    m_runFolder = runFolder;
    m_live = live;
    m_followNewest = true;
    m_samples.reset();
    if (runFolder.isEmpty() || !m_thumbnails.load(runFolder)) m_thumbnails.clear();
    {
        const QSignalBlocker block(m_step);
        m_step->clear();
    }
    m_review->setRun(runFolder);
    m_gallery->setTags(m_review->store());
    m_gallery->setSamples(nullptr);
    m_inspector->setSamples(nullptr);
    m_review->setSamples(nullptr);
    setStatus(runFolder.isEmpty() ? tr("Open a run or start training.") : QString());
    setDecoderTraining(false);
    updateDecoderLabel();
    updateProvenance();
    updateSummary();
}

void SamplesView::setSteps(const std::vector<int64_t>& steps) {
    const int64_t shown = currentStep();
    {
        const QSignalBlocker block(m_step);
        m_step->clear();
        for (int64_t s : steps)
            m_step->addItem(tr("step %1").arg(s), QVariant::fromValue<qint64>(s));
        m_step->setCurrentIndex(m_step->findData(QVariant::fromValue<qint64>(shown)));
    }
    if (steps.empty()) {
        setStatus(m_live ? tr("No probe batch stored yet: the first comes "
                              "with the first snapshot (snapshot_every).")
                         : tr("This run has no stored probe batch with a "
                              "snapshot."));
        return;
    }
    if (m_step->currentIndex() < 0 || (m_live && m_followNewest))
        m_step->setCurrentIndex(m_step->count() - 1);  // asks for it (onStepChosen)
}

int64_t SamplesView::currentStep() const {
    return m_step->currentIndex() < 0 ? -1 : m_step->currentData().toLongLong();
}

void SamplesView::setStep(int64_t step) {
    const int at = m_step->findData(QVariant::fromValue<qint64>(step));
    if (at < 0) return;
    m_followNewest = at == m_step->count() - 1;
    m_step->setCurrentIndex(at);
}

void SamplesView::onStepChosen() {
    const int64_t step = currentStep();
    if (step < 0 || (m_samples && m_samples->step == step)) return;
    Q_EMIT stepRequested(step);
}

void SamplesView::setLoading(int64_t step) {
    setStatus(tr("Computing the quality figures of step %1...").arg(step));
}

void SamplesView::setStepSamples(std::shared_ptr<const StepSamples> samples) {
    if (!samples || samples->runFolder != m_runFolder || samples->step != currentStep()) return;
    m_samples = std::move(samples);
    setStatus(m_samples->problem);
    if (!m_samples->problem.isEmpty()) Q_EMIT problem(m_samples->problem);
    m_gallery->setSamples(m_samples);
    m_inspector->setSamples(m_samples);
    m_review->setSamples(m_samples);
    updateDecoderLabel();
    updateProvenance();
    updateSummary();
}

void SamplesView::showRows(const QString& stageFile, const QList<qint64>& rows) {
    m_gallery->showRows(stageFile, rows);
    if (!rows.isEmpty()) m_inspector->setRow(rows.front());
}

void SamplesView::selectTriplet(qint64 row) {
    m_gallery->selectTriplet(row);
    m_inspector->setRow(row);
}

void SamplesView::onSampleChanged(const QString& stageFile, qint64 row) {
    m_review->setCurrentSample(stageFile, row);
    m_inspector->setRow(row);
    updateProvenance();
    Q_EMIT sampleSelected(stageFile, row);
}

void SamplesView::onReviewKey(int key) {
    if (key == Qt::Key_A) m_review->accept();
    if (key == Qt::Key_R) m_review->reject();
    if (key == Qt::Key_N) m_review->editNote();
}

void SamplesView::updateProvenance() {
    const SampleQuality* s = m_gallery->currentSample();
    if (!m_samples || !s || s->row >= m_samples->provenance.triplets()) {
        m_provenance->setText(QString());
        return;
    }
    const QString text = tr("Step %1 · m_t %2 · %3, triplet %4 · from %5")
                             .arg(m_samples->step)
                             .arg(QLocale().toString(m_samples->provenance.artMargin, 'f', 3))
                             .arg(stageFileTitle(s->stageFile))
                             .arg(s->row)
                             .arg(m_samples->tripletOrigin(s->row));
    m_provenance->setText(text);
    m_provenance->setToolTip(text);
}

void SamplesView::updateDecoderLabel() {
    if (m_samples && m_samples->decoder) {
        const DecoderReport& d = *m_samples->decoder;
        QString text = tr("Decoded images: held-out MSE %1, mean image %2")
                           .arg(QLocale().toString(d.heldOutMse, 'f', 3))
                           .arg(QLocale().toString(d.heldOutMseMeanImage, 'f', 3));
        if (d.checkpointStep != m_samples->step)
            text += tr(" (decoder of step %1)").arg(d.checkpointStep);
        m_decoder->setText(text);
        m_decoder->setToolTip(
            tr("Mean squared pixel error (pixels in [0, 1]) on %1 held-out real "
               "images: %2 after training, %3 untrained, %4 for the mean training "
               "image. A decoded picture is only as trustworthy as this gap.")
                .arg(d.heldOutImages)
                .arg(QLocale().toString(d.heldOutMse, 'f', 4))
                .arg(QLocale().toString(d.heldOutMseUntrained, 'f', 4))
                .arg(QLocale().toString(d.heldOutMseMeanImage, 'f', 4)));
    } else {
        m_decoder->setText(m_runFolder.isEmpty() ? QString()
                                                 : tr("No decoder yet: train one to see generated "
                                                      "samples as images"));
        m_decoder->setToolTip(QString());
    }
    m_trainDecoder->setEnabled(!m_runFolder.isEmpty() && currentStep() >= 0 &&
                               !m_cancelDecoder->isVisible());
}

void SamplesView::setDecoderTraining(bool running) {
    m_decoderProgress->setVisible(running);
    m_cancelDecoder->setVisible(running);
    m_decoderProgress->setValue(0);
    m_trainDecoder->setEnabled(!running && !m_runFolder.isEmpty() && currentStep() >= 0);
}

void SamplesView::setDecoderProgress(double fraction, const QString& phase) {
    m_decoderProgress->setValue(qRound(1000 * fraction));
    m_decoderProgress->setFormat(phase + QStringLiteral(" %p%"));
}

void SamplesView::setDecoderMessage(const QString& text) {
    setStatus(text);
}

void SamplesView::setStatus(const QString& text) {
    m_status->setText(text);
    m_status->setToolTip(text);
}

void SamplesView::updateSummary() {
    const QaTagStore* store = m_review->store();
    m_summary->setSummary(store ? store->summary() : std::vector<QaTagSummary>{});
}

}  // namespace grindstone::widgets
