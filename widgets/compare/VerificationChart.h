#pragma once

#include <QChartView>
#include <QString>
#include <QVector>

#include "grindstone/evaluation/Verification.h"

namespace grindstone::widgets {

/// Verification curves of several runs in one chart, a colour per run (the comparison's
/// colours): ROC (true-accept rate against false-accept rate, FAR on a log scale so the low
/// rates an inspection line works at are readable) or DET (false-reject against false-accept
/// rate, both on normal-deviate scales, where a Gaussian score model is a straight line).
class VerificationChart : public QChartView {
    Q_OBJECT
public:
    enum class Kind { Roc, Det };
    struct Run {
        QString name;
        int colourIndex = 0;
        const VerificationReport* report = nullptr;  ///< nullptr: the run has no figures
    };
    explicit VerificationChart(Kind kind, QWidget* parent = nullptr);

    void setRuns(const QVector<Run>& runs);
    /// Names of the runs drawn, in order.
    QStringList drawnSeries() const;
    Kind kind() const { return m_kind; }

    /// The normal deviate of a rate (the DET axes' scale), clamped to the axis' range.
    static double normalDeviate(double rate);

private:
    Kind m_kind;
};

}  // namespace grindstone::widgets
