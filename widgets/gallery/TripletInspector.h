#pragma once

#include <QWidget>

#include <memory>

#include "widgets/gallery/StepSamples.h"

class QLabel;
class QSpinBox;

namespace grindstone::widgets {

class RunThumbnails;

/// One probe triplet across every stage of the pipeline: the real anchor / positive /
/// negative, the stretched pair, G1, GS and G2's outputs side by side (a generated sample as
/// its decoded image, or its nearest real image when the run has no decoder), and under each
/// stage its squared distances a-p and a-n, the hardness D2(a,p) - D2(a,n) and whether it
/// violates the metric margin; the margins and the triplet's provenance on top.
class TripletInspector : public QWidget {
    Q_OBJECT
public:
    explicit TripletInspector(const RunThumbnails& thumbnails, QWidget* parent = nullptr);

    void setSamples(std::shared_ptr<const StepSamples> samples);
    qint64 row() const;
    QSpinBox* rowSpin() const { return m_row; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void setRow(qint64 row);

Q_SIGNALS:
    void rowChanged(qint64 row);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateSummary();

    const RunThumbnails& m_thumbnails;
    std::shared_ptr<const StepSamples> m_samples;
    QSpinBox* m_row = nullptr;
    QLabel* m_summary = nullptr;
};

}  // namespace grindstone::widgets
