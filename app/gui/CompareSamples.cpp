#include "CompareSamples.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

#include "grindstone/quality/SampleQuality.h"
#include "grindstone/session/QaTags.h"
#include "widgets/common/CoreMessageText.h"
#include "widgets/gallery/GalleryView.h"
#include "widgets/gallery/StageQualityTable.h"
#include "widgets/gallery/StepSamples.h"

namespace grindstone::gui {

namespace {

const char* const kChooseTwo =
    QT_TRANSLATE_NOOP("grindstone::gui::CompareSamples",
                      "Select two runs with stored probe batches (option snapshot_every).");

/// The probe steps both runs stored, ascending; a run whose steps cannot be listed has none.
std::vector<int64_t> commonProbeSteps(const QString& first, const QString& second) {
    std::vector<int64_t> a, b, common;
    try {
        a = qualitySteps(first.toStdString());
        b = qualitySteps(second.toStdString());
    } catch (const std::exception&) {
        return {};
    }
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    return common;
}

}  // namespace

CompareSamples::CompareSamples(QWidget* parent) : QWidget(parent) {
    m_status = new QLabel(tr(kChooseTwo), this);
    m_status->setWordWrap(true);
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("compareSamplesStep"));
    m_step->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_step, &QComboBox::currentIndexChanged, this, [this] {
        if (m_step->currentIndex() >= 0) load(m_step->currentData().toLongLong());
    });

    auto* tables = new QWidget(this);
    auto* tablesRow = new QHBoxLayout(tables);
    tablesRow->setContentsMargins(0, 0, 0, 0);
    auto* galleries = new QWidget(this);
    auto* galleriesRow = new QHBoxLayout(galleries);
    galleriesRow->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 2; ++i) {
        Side& side = m_sides[static_cast<size_t>(i)];
        side.title = new QLabel(tables);
        side.title->setTextFormat(Qt::RichText);
        side.table = new widgets::StageQualityTable(tables);
        side.table->setObjectName(QStringLiteral("stageQuality%1").arg(i));
        auto* column = new QVBoxLayout;
        column->addWidget(side.title);
        column->addWidget(side.table, 1);
        tablesRow->addLayout(column, 1);
        side.gallery = new widgets::GalleryView(side.thumbnails, galleries);
        side.gallery->setObjectName(QStringLiteral("compareGallery%1").arg(i));
        // Two galleries side by side: their combo boxes may shrink (eliding their text) so the
        // page fits a 1400-pixel window beside the experiment panel.
        for (QComboBox* combo :
             {side.gallery->stageCombo(), side.gallery->sortCombo(), side.gallery->filterCombo()}) {
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(10);
        }
        galleriesRow->addWidget(side.gallery, 1);
        connect(side.gallery->stageCombo(), &QComboBox::currentIndexChanged, this,
                [this, i] { followStage(i); });
    }
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tables);
    split->addWidget(galleries);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(new QLabel(tr("Probe step:"), this));
    top->addWidget(m_step);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);
}

CompareSamples::~CompareSamples() {
    m_workers.wait();  // a job still running would report to a deleted widget
}

QString CompareSamples::statusText() const {
    return m_status->text();
}

void CompareSamples::setRuns(const QStringList& folders) {
    const QStringList two = folders.mid(0, 2);
    if (two.size() == 2 && two[0] == m_sides[0].folder && two[1] == m_sides[1].folder) return;
    ++m_request;  // whatever is loading now is for other runs
    for (int i = 0; i < 2; ++i) {
        Side& side = m_sides[static_cast<size_t>(i)];
        side.folder = i < two.size() ? two[i] : QString();
        side.gallery->setTags(nullptr);  // before the store it points to goes
        side.tags.reset();
        side.title->clear();
        side.table->setRowCount(0);
        side.gallery->setSamples(nullptr);
        if (side.folder.isEmpty() || !side.thumbnails.load(side.folder)) side.thumbnails.clear();
    }
    {
        const QSignalBlocker block(m_step);
        m_step->clear();
    }
    if (two.size() < 2) {
        m_status->setText(tr(kChooseTwo));
        return;
    }
    const auto steps = commonProbeSteps(two[0], two[1]);
    if (steps.empty()) {
        m_status->setText(
            tr("The two runs have no probe step in common (both need snapshots at the same "
               "steps: option snapshot_every)."));
        return;
    }
    for (int i = 0; i < 2; ++i) {
        Side& side = m_sides[static_cast<size_t>(i)];
        try {
            side.tags = std::make_unique<QaTagStore>(side.folder.toStdString());
        } catch (const std::exception& e) {
            m_status->setText(widgets::coreMessageText(e.what()));  // shown until the load ends
        }
        side.gallery->setTags(side.tags.get());
    }
    for (int64_t s : steps)
        m_step->addItem(tr("step %1").arg(s), QVariant::fromValue<qint64>(s));
    m_step->setCurrentIndex(m_step->count() - 1);  // the newest: loads it
}

void CompareSamples::load(qint64 step) {
    const quint64 request = ++m_request;
    const QString first = m_sides[0].folder, second = m_sides[1].folder;
    m_status->setText(tr("Assessing both runs' probe batches of step %1...").arg(step));
    ++m_pending;
    // Quality figures (and decoded images) of a step take about a second per run.
    m_workers.start(
        [this, request, first, second, step] {
            auto left =
                std::make_shared<const widgets::StepSamples>(widgets::loadStepSamples(first, step));
            auto right = std::make_shared<const widgets::StepSamples>(
                widgets::loadStepSamples(second, step));
            QMetaObject::invokeMethod(
                this, [this, request, left, right] { present(request, left, right); },
                Qt::QueuedConnection);
        },
        QStringLiteral("compare samples"));
}

void CompareSamples::present(quint64 request, std::shared_ptr<const widgets::StepSamples> left,
                             std::shared_ptr<const widgets::StepSamples> right) {
    --m_pending;
    if (request != m_request) return;
    QStringList problems;
    const std::array<std::shared_ptr<const widgets::StepSamples>, 2> both{left, right};
    for (int i = 0; i < 2; ++i) {
        Side& side = m_sides[static_cast<size_t>(i)];
        const auto& samples = both[static_cast<size_t>(i)];
        const QString name = QDir(side.folder).dirName();
        side.title->setText(tr("<b>%1</b> — step %2, ART margin m<sub>t</sub> %3")
                                .arg(name.toHtmlEscaped())
                                .arg(samples->step)
                                .arg(QLocale().toString(samples->quality.artMargin, 'g', 3)));
        side.table->setQuality(samples->quality,
                               side.tags ? side.tags->summary() : std::vector<QaTagSummary>{});
        side.gallery->setSamples(samples);
        if (!samples->problem.isEmpty()) problems << name + QStringLiteral(": ") + samples->problem;
    }
    followStage(0);
    m_status->setText(problems.isEmpty()
                          ? tr("Step %1 of both runs. Red: flagged figures. The stage chosen on "
                               "one side is shown on both.")
                                .arg(left->step)
                          : problems.join(QStringLiteral("; ")));
    Q_EMIT loaded();
}

void CompareSamples::followStage(int from) {
    const QString stage = m_sides[static_cast<size_t>(from)].gallery->stageFile();
    widgets::GalleryView* other = m_sides[static_cast<size_t>(1 - from)].gallery;
    // A stage the other run lacks (triplet against two-stage) leaves it where it is.
    if (!stage.isEmpty() && other->stageFile() != stage) other->setStageFile(stage);
}

}  // namespace grindstone::gui
