#pragma once

#include <QAbstractListModel>
#include <QList>

#include <memory>
#include <string>
#include <vector>

#include "widgets/gallery/StepSamples.h"

namespace grindstone {
class QaTagStore;
}

namespace grindstone::widgets {

/// The samples of one stage file of a probe step, sorted and filtered as the gallery asks.
/// Rows are gallery positions; sample() gives the figures behind one.
class SampleListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Sort { Row, Hardness, LabelProbability, KthDistanceRatio };
    enum class Filter {
        All,
        AnyFlag,
        ViolatesMargin,
        LabelInconsistent,
        NotANegative,
        Outlier,
        Unreviewed
    };

    explicit SampleListModel(QObject* parent = nullptr);

    void setSamples(std::shared_ptr<const StepSamples> samples);
    void setStageFile(const std::string& stageFile);
    void setSort(Sort sort);
    void setFilter(Filter filter);
    /// Shows only these triplet rows (a selection made elsewhere, e.g. the 3D view); an empty
    /// list shows every row again.
    void setRowSubset(const QList<qint64>& rows);
    /// Where verdicts are looked up for the Unreviewed filter (null: every sample counts as
    /// unreviewed).
    void setTags(const QaTagStore* tags) { m_tags = tags; }
    /// Applies the filter again (a verdict changed what Unreviewed shows).
    void refilter() { rebuild(); }

    const std::string& stageFile() const { return m_stageFile; }
    Sort sort() const { return m_sort; }
    Filter filter() const { return m_filter; }
    bool hasRowSubset() const { return !m_subset.isEmpty(); }
    const StepSamples* samples() const { return m_samples.get(); }
    /// The figures of gallery position `position`; null when out of range.
    const SampleQuality* sample(int position) const;
    /// The gallery position of a triplet row; -1 when hidden or absent.
    int positionOfRow(int64_t row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    static QString sortName(Sort sort);
    static QString filterName(Filter filter);

private:
    void rebuild();
    bool accepts(const SampleQuality& s) const;

    std::shared_ptr<const StepSamples> m_samples;
    std::string m_stageFile;
    Sort m_sort = Sort::Row;
    Filter m_filter = Filter::All;
    QList<qint64> m_subset;
    const QaTagStore* m_tags = nullptr;
    std::vector<int> m_order;  // indices into m_samples->quality.samples
};

}  // namespace grindstone::widgets
