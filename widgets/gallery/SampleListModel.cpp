#include "SampleListModel.h"

#include <algorithm>

#include <QLocale>
#include "grindstone/session/QaTags.h"

namespace grindstone::widgets {

SampleListModel::SampleListModel(QObject* parent) : QAbstractListModel(parent) {}

void SampleListModel::setSamples(std::shared_ptr<const StepSamples> samples) {
    m_samples = std::move(samples);
    rebuild();
}

void SampleListModel::setStageFile(const std::string& stageFile) {
    m_stageFile = stageFile;
    rebuild();
}

void SampleListModel::setSort(Sort sort) {
    m_sort = sort;
    rebuild();
}

void SampleListModel::setFilter(Filter filter) {
    m_filter = filter;
    rebuild();
}

void SampleListModel::setRowSubset(const QList<qint64>& rows) {
    m_subset = rows;
    rebuild();
}

const SampleQuality* SampleListModel::sample(int position) const {
    if (!m_samples || position < 0 || position >= static_cast<int>(m_order.size())) return nullptr;
    return &m_samples->quality.samples[static_cast<size_t>(m_order[static_cast<size_t>(position)])];
}

int SampleListModel::positionOfRow(int64_t row) const {
    for (size_t i = 0; i < m_order.size(); ++i)
        if (sample(static_cast<int>(i))->row == row) return static_cast<int>(i);
    return -1;
}

int SampleListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

QVariant SampleListModel::data(const QModelIndex& index, int role) const {
    const SampleQuality* s = sample(index.row());
    if (!s) return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return tr("%1 row %2").arg(QString::fromStdString(s->stageFile)).arg(s->row);
    if (role == Qt::UserRole) return QVariant::fromValue<qint64>(s->row);
    if (role == Qt::ToolTipRole) {
        QString neighbours;
        for (const auto& n : s->neighbours)
            neighbours += tr("<br>#%1: class %2, distance %3")
                              .arg(n.datasetIndex)
                              .arg(n.label)
                              .arg(QLocale().toString(n.distance, 'f', 3));
        return tr("<b>%1, triplet %2</b><br>hardness D²(a,p) − D²(a,n) = %3 (violates the "
                  "margin: %4)<br>intended class %5; the softmax on real embeddings says %6 "
                  "(p %7)<br>k-th nearest real at %8 (%9× the reals' median)%10<br><br>"
                  "Nearest real images (class, distance):%11")
            .arg(QString::fromStdString(s->stageFile))
            .arg(s->row)
            .arg(QLocale().toString(s->hardness, 'f', 4))
            .arg(s->violatesMargin ? tr("yes") : tr("no"))
            .arg(s->intendedLabel)
            .arg(s->predictedLabel)
            .arg(QLocale().toString(s->predictedProbability, 'f', 3))
            .arg(QLocale().toString(s->kthDistance, 'f', 3))
            .arg(QLocale().toString(s->kthDistanceRatio, 'f', 2))
            .arg(s->outlier ? tr(" — an outlier") : QString())
            .arg(neighbours);
    }
    return {};
}

bool SampleListModel::accepts(const SampleQuality& s) const {
    if (s.stageFile != m_stageFile) return false;
    if (!m_subset.isEmpty() && !m_subset.contains(s.row)) return false;
    switch (m_filter) {
        case Filter::All:
            return true;
        case Filter::AnyFlag:
            return s.violatesMargin || !s.labelConsistent || s.notANegative || s.outlier;
        case Filter::ViolatesMargin:
            return s.violatesMargin;
        case Filter::LabelInconsistent:
            return !s.labelConsistent;
        case Filter::NotANegative:
            return s.notANegative;
        case Filter::Outlier:
            return s.outlier;
        case Filter::Unreviewed: {
            const QaTag* tag = m_tags ? m_tags->find(m_samples->step, s.stageFile, s.row) : nullptr;
            return !tag || tag->verdict.empty();
        }
    }
    return true;
}

void SampleListModel::rebuild() {
    beginResetModel();
    m_order.clear();
    if (m_samples) {
        const auto& all = m_samples->quality.samples;
        for (size_t i = 0; i < all.size(); ++i)
            if (accepts(all[i])) m_order.push_back(static_cast<int>(i));
        // Hardest, least certain and farthest from the data first: what a reviewer looks for.
        auto key = [&](int i) -> double {
            const SampleQuality& s = all[static_cast<size_t>(i)];
            switch (m_sort) {
                case Sort::Row:
                    return static_cast<double>(s.row);
                case Sort::Hardness:
                    return -s.hardness;
                case Sort::LabelProbability:
                    return s.predictedProbability;
                case Sort::KthDistanceRatio:
                    return -s.kthDistanceRatio;
            }
            return 0;
        };
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](int a, int b) { return key(a) < key(b); });
    }
    endResetModel();
}

QString SampleListModel::sortName(Sort sort) {
    switch (sort) {
        case Sort::Row:
            return tr("Triplet row");
        case Sort::Hardness:
            return tr("Hardness (hardest first)");
        case Sort::LabelProbability:
            return tr("Label probability (lowest first)");
        case Sort::KthDistanceRatio:
            return tr("Distance to data (farthest first)");
    }
    return {};
}

QString SampleListModel::filterName(Filter filter) {
    switch (filter) {
        case Filter::All:
            return tr("All samples");
        case Filter::AnyFlag:
            return tr("Any flag");
        case Filter::ViolatesMargin:
            return tr("Violates margin");
        case Filter::LabelInconsistent:
            return tr("Label inconsistent");
        case Filter::NotANegative:
            return tr("Not a negative");
        case Filter::Outlier:
            return tr("Outlier");
        case Filter::Unreviewed:
            return tr("Not reviewed yet");
    }
    return {};
}

}  // namespace grindstone::widgets
