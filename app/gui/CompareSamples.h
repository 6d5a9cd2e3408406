#pragma once

#include <QStringList>
#include <QWidget>

#include <array>
#include <memory>

#include "WorkerThreads.h"
#include "widgets/common/RunThumbnails.h"

class QComboBox;
class QLabel;

namespace grindstone {
class QaTagStore;
}

namespace grindstone::widgets {
class GalleryView;
class StageQualityTable;
struct StepSamples;
}  // namespace grindstone::widgets

namespace grindstone::gui {

/// Two runs' generated samples side by side at a probe step both stored (the newest by
/// default): per run, each stage's quality figures with its QA verdicts at that step, and the
/// gallery of one stage, the same stage in both (choosing it on either side moves the other).
/// Read-only: verdicts are given in the Samples tab. Steps load off the UI thread.
class CompareSamples : public QWidget {
    Q_OBJECT
public:
    explicit CompareSamples(QWidget* parent = nullptr);
    ~CompareSamples() override;

    /// Compares the first two of `folders` (fewer: shows what to do).
    void setRuns(const QStringList& folders);

    /// The run shown on `side` (0: left, 1: right); empty when none.
    QString folder(int side) const { return m_sides[side].folder; }
    QComboBox* stepCombo() const { return m_step; }
    widgets::StageQualityTable* table(int side) const { return m_sides[side].table; }
    widgets::GalleryView* gallery(int side) const { return m_sides[side].gallery; }
    QString statusText() const;
    bool loading() const { return m_pending > 0; }

Q_SIGNALS:
    void loaded();

private:
    struct Side {
        QString folder;
        widgets::RunThumbnails thumbnails;
        std::unique_ptr<QaTagStore> tags;
        QLabel* title = nullptr;
        widgets::StageQualityTable* table = nullptr;
        widgets::GalleryView* gallery = nullptr;
    };
    void load(qint64 step);
    void present(quint64 request, std::shared_ptr<const widgets::StepSamples> left,
                 std::shared_ptr<const widgets::StepSamples> right);
    void followStage(int from);

    std::array<Side, 2> m_sides;
    QComboBox* m_step = nullptr;
    QLabel* m_status = nullptr;
    WorkerThreads m_workers;
    quint64 m_request = 0;
    int m_pending = 0;
};

}  // namespace grindstone::gui
