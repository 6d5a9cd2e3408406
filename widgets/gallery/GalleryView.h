#pragma once

#include <QList>
#include <QWidget>

#include <memory>
#include <string>

#include "widgets/gallery/StepSamples.h"

class QComboBox;
class QLabel;
class QListView;

namespace grindstone {
class QaTagStore;
}

namespace grindstone::widgets {

class RunThumbnails;
class SampleListModel;
class SampleTileDelegate;

/// The per-stage gallery: a stage file chosen from the step's probe batch, its aggregates on
/// one line, and its samples as tiles, sorted and filtered by their figures. Keys on the
/// tiles: J / K next / previous sample (arrows move through the grid), A / R / N are passed
/// on as review requests, Enter opens the triplet.
class GalleryView : public QWidget {
    Q_OBJECT
public:
    explicit GalleryView(const RunThumbnails& thumbnails, QWidget* parent = nullptr);

    /// A new step (or run); keeps the chosen stage file when the step has it.
    void setSamples(std::shared_ptr<const StepSamples> samples);
    void setTags(const QaTagStore* tags);
    /// Repaints the tiles (a verdict changed).
    void refreshTiles();
    /// After a verdict: repaints, and when only unreviewed samples are shown, drops the one
    /// just reviewed. True when that moved the cursor on to the next sample already.
    bool refreshAfterReview();

    QString stageFile() const;
    void setStageFile(const QString& stageFile);
    /// The sample under the cursor; null when the gallery is empty.
    const SampleQuality* currentSample() const;
    /// Moves the cursor by `delta` gallery positions (clamped); false at either end.
    bool step(int delta);
    /// Shows only `rows` of `stageFile` (empty: every row again).
    void showRows(const QString& stageFile, const QList<qint64>& rows);
    /// Puts the cursor on the stage file's sample of triplet `row` (when shown).
    void selectTriplet(qint64 row);

    QComboBox* stageCombo() const { return m_stage; }
    QComboBox* sortCombo() const { return m_sort; }
    QComboBox* filterCombo() const { return m_filter; }
    QListView* listView() const { return m_list; }
    SampleListModel* model() const { return m_model; }

Q_SIGNALS:
    void currentSampleChanged(const QString& stageFile, qint64 row);
    /// A / R / N pressed on a tile.
    void reviewKeyPressed(int key);
    /// Enter or a double click on a tile.
    void tripletActivated(qint64 row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillStages();
    void updateHeader();
    void onCurrentChanged();

    SampleListModel* m_model = nullptr;
    SampleTileDelegate* m_delegate = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_sort = nullptr;
    QComboBox* m_filter = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_subsetLabel = nullptr;
    QListView* m_list = nullptr;
    std::shared_ptr<const StepSamples> m_samples;
};

}  // namespace grindstone::widgets
