#pragma once

#include <QTableWidget>

#include <vector>

#include "grindstone/quality/SampleQuality.h"
#include "grindstone/session/QaTags.h"

namespace grindstone::widgets {

/// One probe step at a glance: a row per stage file (its sample count in the tooltip) with its
/// quality figures (hardness,
/// margin violations, label consistency, not-a-negative, outliers, diversity with a collapse
/// flag) and the QA verdicts recorded for that stage at that step. Flags are drawn in red so
/// two runs' tables side by side show at once where their generators differ.
class StageQualityTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column {
        Stage,
        Hardness,
        Violating,
        LabelConsistent,
        NotNegatives,
        Outliers,
        Diversity,
        Verdicts,  ///< "accepted / rejected" at that step
        ColumnCount
    };

    explicit StageQualityTable(QWidget* parent = nullptr);
    /// The stages of `quality`; the tags of `tags` whose step is quality.step are counted.
    void setQuality(const ProbeQuality& quality, const std::vector<QaTagSummary>& tags);
};

}  // namespace grindstone::widgets
