#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

#include "widgets/common/RunThumbnails.h"
#include "widgets/gallery/StepSamples.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace grindstone::widgets {

class GalleryView;
class QaReviewPanel;
class QaSummaryTable;
class TripletInspector;

/// The "Samples" tab: a run's stored probe batches step by step. A step selector with the
/// provenance of the sample under the cursor; the per-stage gallery with the QA bar under it;
/// the triplet inspector; the QA summary. It shows what it is given (setSteps,
/// setStepSamples) and asks for the rest by signals: the application loads steps and trains
/// decoders off the UI thread.
class SamplesView : public QWidget {
    Q_OBJECT
public:
    explicit SamplesView(QWidget* parent = nullptr);

    /// Shows a run (empty: none). `live`: a run training now, whose newest probe step the view
    /// follows until the user picks an older one.
    void setRun(const QString& runFolder, bool live);
    QString runFolder() const { return m_runFolder; }
    /// The run's probe steps, ascending. Asks for a step when none is shown yet (or, live and
    /// following, for the newest).
    void setSteps(const std::vector<int64_t>& steps);
    /// `step` is being loaded.
    void setLoading(int64_t step);
    /// A loaded step arrives (ignored when it is not the step now selected).
    void setStepSamples(std::shared_ptr<const StepSamples> samples);
    std::shared_ptr<const StepSamples> stepSamples() const { return m_samples; }
    /// The step now selected (-1: none).
    int64_t currentStep() const;

    /// Decoder training state, from the application.
    void setDecoderTraining(bool running);
    void setDecoderProgress(double fraction, const QString& phase);
    void setDecoderMessage(const QString& text);

    GalleryView* gallery() const { return m_gallery; }
    TripletInspector* inspector() const { return m_inspector; }
    QaReviewPanel* review() const { return m_review; }
    QaSummaryTable* summary() const { return m_summary; }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* stepCombo() const { return m_step; }
    QPushButton* trainDecoderButton() const { return m_trainDecoder; }
    QPushButton* cancelDecoderButton() const { return m_cancelDecoder; }
    QLabel* decoderLabel() const { return m_decoder; }
    const RunThumbnails& thumbnails() const { return m_thumbnails; }

public Q_SLOTS:
    /// Shows probe step `step` (loads it when needed); ignored when the run has no such step.
    void setStep(int64_t step);
    /// Shows only these triplet rows of `stageFile` in the gallery (empty rows: all again),
    /// e.g. what the 3D view selected.
    void showRows(const QString& stageFile, const QList<qint64>& rows);
    /// Puts triplet `row` under the cursor in the gallery and in the inspector.
    void selectTriplet(qint64 row);

Q_SIGNALS:
    void stepRequested(qint64 step);
    void trainDecoderRequested(qint64 step);
    void cancelDecoderRequested();
    /// The sample under the gallery's cursor changed.
    void sampleSelected(const QString& stageFile, qint64 row);
    /// The triplet shown in the inspector changed.
    void tripletSelected(qint64 row);
    void problem(const QString& text);

private:
    void onStepChosen();
    void onSampleChanged(const QString& stageFile, qint64 row);
    void onReviewKey(int key);
    void updateProvenance();
    void updateDecoderLabel();
    void updateSummary();
    void setStatus(const QString& text);

    QString m_runFolder;
    bool m_live = false;
    bool m_followNewest = true;
    RunThumbnails m_thumbnails;
    std::shared_ptr<const StepSamples> m_samples;
    QComboBox* m_step = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_provenance = nullptr;
    QLabel* m_decoder = nullptr;
    QPushButton* m_trainDecoder = nullptr;
    QPushButton* m_cancelDecoder = nullptr;
    QProgressBar* m_decoderProgress = nullptr;
    QTabWidget* m_tabs = nullptr;
    GalleryView* m_gallery = nullptr;
    QaReviewPanel* m_review = nullptr;
    TripletInspector* m_inspector = nullptr;
    QaSummaryTable* m_summary = nullptr;
};

}  // namespace grindstone::widgets
