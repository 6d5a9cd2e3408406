#pragma once

#include <QVector>
#include <QWidget>
#include <optional>
#include <vector>

#include "grindstone/evaluation/Verification.h"

class QLabel;
class QTreeWidget;

namespace grindstone::widgets {

class VerificationChart;

/// The comparison's verification page: the runs' ROC and DET curves overlaid, and a table of
/// what a line decides on (AUC, EER, TAR at FAR 1e-2 / 1e-3 / 1e-4, and the threshold chosen
/// on the validation classes with the false-accept and false-reject rates it gives on the test
/// classes).
class VerificationPage : public QWidget {
    Q_OBJECT
public:
    struct Run {
        QString name;
        std::optional<VerificationReport> report;  ///< none: the run holds no figures
    };
    explicit VerificationPage(QWidget* parent = nullptr);

    /// Run i gets the comparison's i-th colour.
    void setRuns(const QVector<Run>& runs);

    VerificationChart* roc() const { return m_roc; }
    VerificationChart* det() const { return m_det; }
    QTreeWidget* table() const { return m_table; }
    QLabel* note() const { return m_note; }

private:
    std::vector<Run> m_runs;  // the charts point into these reports
    VerificationChart* m_roc = nullptr;
    VerificationChart* m_det = nullptr;
    QTreeWidget* m_table = nullptr;
    QLabel* m_note = nullptr;
};

}  // namespace grindstone::widgets
