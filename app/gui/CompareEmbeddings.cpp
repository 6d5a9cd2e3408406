#include "CompareEmbeddings.h"

#include <QCoreApplication>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <algorithm>
#include <map>

#include "grindstone/Error.h"
#include "grindstone/compare/NeighbourhoodChange.h"
#include "grindstone/projection/LayoutMath.h"
#include "grindstone/projection/Projection.h"
#include "grindstone/session/StepPoints.h"
#include "widgets/common/CoreMessageText.h"
#include "widgets/embedding/EmbeddingPanel.h"
#include "widgets/embedding/EmbeddingView.h"
#include "widgets/embedding/EmbeddingViewOptions.h"
#include "widgets/embedding/OpenGlSupport.h"
#include "widgets/embedding/PointInfoPanel.h"
#include "widgets/selection/SampleSelection.h"

namespace grindstone::gui {

constexpr int kNeighbours = 10;
constexpr int kHighlighted = 20;  // most changed points highlighted in both views
constexpr int kListed = 100;

/// Both runs' evaluation rows on the images they share, laid out in one basis.
struct EmbeddingPair {
    qint64 step = 0;
    Matrix a, b, layoutA, layoutB;
    std::vector<int> labels;
    std::vector<bool> isTest;
    NeighbourhoodChange change;
};

namespace {

std::shared_ptr<EmbeddingPair> computePair(const QString& first, const QString& second) {
    const auto stepsA = storedSnapshotSteps(first.toStdString());
    const auto stepsB = storedSnapshotSteps(second.toStdString());
    std::vector<int64_t> common;
    std::set_intersection(stepsA.begin(), stepsA.end(), stepsB.begin(), stepsB.end(),
                          std::back_inserter(common));
    if (common.empty())
        throw InputError(QCoreApplication::translate("grindstone::gui::CompareEmbeddings",
                                                     "the two runs have no snapshot step in "
                                                     "common (option snapshot_every)")
                             .toStdString());
    const StepPoints a = readStepPoints(first.toStdString(), common.back());
    const StepPoints b = readStepPoints(second.toStdString(), common.back());
    std::map<int64_t, int64_t> rowOfB;  // dataset index -> evaluation row of b
    for (int64_t r = 0; r < b.evaluationRows; ++r)
        rowOfB[b.sources[static_cast<size_t>(r)].datasetIndex] = r;
    auto pair = std::make_shared<EmbeddingPair>();
    pair->step = common.back();
    const int64_t dim = a.embeddings.cols;
    for (int64_t r = 0; r < a.evaluationRows; ++r) {
        const auto& s = a.sources[static_cast<size_t>(r)];
        const auto it = rowOfB.find(s.datasetIndex);
        if (it == rowOfB.end()) continue;
        pair->a.values.insert(pair->a.values.end(), a.embeddings.row(r), a.embeddings.row(r) + dim);
        pair->b.values.insert(pair->b.values.end(), b.embeddings.row(it->second),
                              b.embeddings.row(it->second) + b.embeddings.cols);
        pair->labels.push_back(s.label);
        pair->isTest.push_back(s.isTest);
    }
    const auto rows = static_cast<int64_t>(pair->labels.size());
    if (rows <= kNeighbours)
        throw InputError(QCoreApplication::translate("grindstone::gui::CompareEmbeddings",
                                                     "the two runs share %1 evaluation images; "
                                                     "more than %2 are needed (same dataset and "
                                                     "split?)")
                             .arg(rows)
                             .arg(kNeighbours)
                             .toStdString());
    pair->a.rows = pair->b.rows = rows;
    pair->a.cols = dim;
    pair->b.cols = b.embeddings.cols;
    ProjectionOptions pca;
    pair->layoutA = EmbeddingProjector(pca).project(pair->a);
    pair->layoutB = alignToReference(EmbeddingProjector(pca).project(pair->b), pair->layoutA);
    pair->change = neighbourhoodChange(pair->a, pair->b, kNeighbours);
    return pair;
}

widgets::EmbeddingScene sceneOf(const EmbeddingPair& pair, const Matrix& embeddings,
                                const Matrix& layout) {
    widgets::EmbeddingScene scene;
    for (int64_t r = 0; r < layout.rows; ++r) {
        widgets::ScenePoint p;
        p.x = layout.at(r, 0);
        p.y = layout.at(r, 1);
        p.z = layout.cols > 2 ? layout.at(r, 2) : 0.0f;
        p.label = pair.labels[static_cast<size_t>(r)];
        const bool test = pair.isTest[static_cast<size_t>(r)];
        p.kind = test ? widgets::PointKind::EvalTest : widgets::PointKind::EvalTrain;
        p.split = test ? widgets::Split::Test : widgets::Split::Train;
        p.id = r;
        scene.points.push_back(p);
    }
    scene.embeddings = embeddings.values;
    scene.embeddingDim = static_cast<int>(embeddings.cols);
    return scene;
}

}  // namespace

CompareEmbeddings::CompareEmbeddings(QWidget* parent) : QWidget(parent) {
    qRegisterMetaType<std::shared_ptr<const EmbeddingPair>>(
        "std::shared_ptr<const grindstone::gui::EmbeddingPair>");
    m_selection = new widgets::SampleSelection(this);
    m_left = new widgets::EmbeddingPanel(m_selection, this);
    m_right = new widgets::EmbeddingPanel(m_selection, this);
    // Two info panels would leave the views too narrow: the list on the right names the points.
    m_left->info()->hide();
    m_right->info()->hide();
    // One options strip (the left view's, moved above both) draws both views alike; two
    // would not fit side by side in a 1400-pixel window.
    m_right->options()->hide();
    m_left->layout()->removeWidget(m_left->options());
    connect(m_left->view(), &widgets::EmbeddingView::displayChanged, m_right->view(),
            [this] { m_right->view()->followDisplay(*m_left->view()); });
    // Linked cameras: a move in either view moves the other.
    connect(m_left->view(), &widgets::EmbeddingView::cameraChanged, m_right->view(),
            [this] { m_right->view()->followCamera(*m_left->view()); });
    connect(m_right->view(), &widgets::EmbeddingView::cameraChanged, m_left->view(),
            [this] { m_left->view()->followCamera(*m_right->view()); });
    m_leftTitle = new QLabel(this);
    m_rightTitle = new QLabel(this);
    m_status = new QLabel(tr("Select two runs with embedding snapshots."), this);
    m_status->setWordWrap(true);
    m_changed = new QTreeWidget(this);
    m_changed->setObjectName(QStringLiteral("changedNeighbourhoods"));
    m_changed->setHeaderLabels({tr("Row"), tr("Class"), tr("Split"), tr("Changed")});
    m_changed->setRootIsDecorated(false);
    m_changed->setMinimumWidth(260);
    m_changed->setMaximumWidth(340);
    connect(m_changed, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        m_left->view()->setPickedPoint(item->text(0).toInt());
    });

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_status, 0, 0, 1, 3);
    grid->addWidget(m_left->options(), 1, 0, 1, 2);
    grid->addWidget(m_leftTitle, 2, 0);
    grid->addWidget(m_rightTitle, 2, 1);
    if (const QString problem = widgets::openGlUnavailableReason(); problem.isEmpty()) {
        grid->addWidget(m_left, 3, 0);
        grid->addWidget(m_right, 3, 1);
    } else {
        m_left->hide();
        m_right->hide();
        m_left->options()->hide();
        m_status->setText(tr("The 3D views need OpenGL: %1").arg(problem));
    }
    grid->addWidget(m_changed, 1, 2, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

CompareEmbeddings::~CompareEmbeddings() {
    m_workers.wait();  // a job still running would report to a deleted widget
}

QString CompareEmbeddings::statusText() const {
    return m_status->text();
}

void CompareEmbeddings::setRuns(const QStringList& folders) {
    const QStringList two = folders.mid(0, 2);
    if (two == m_folders) return;
    m_folders = two;
    const quint64 request = ++m_request;
    if (two.size() < 2) {
        m_status->setText(tr("Select two runs with embedding snapshots."));
        return;
    }
    m_status->setText(tr("Projecting both runs' snapshots..."));
    ++m_pending;
    // Reading, PCA and the k-NN of both runs take a while on 2,000+ points: a short-lived
    // thread, the result handed back to the UI thread.
    m_workers.start(
        [this, request, two] {
            std::shared_ptr<const EmbeddingPair> pair;
            QString error;
            try {
                pair = computePair(two[0], two[1]);
            } catch (const std::exception& e) {
                error = widgets::coreMessageText(e.what());
            }
            QMetaObject::invokeMethod(
                this, [this, request, pair, error] { present(request, pair, error); },
                Qt::QueuedConnection);
        },
        QStringLiteral("compare embeddings"));
}

void CompareEmbeddings::present(quint64 request, std::shared_ptr<const EmbeddingPair> pair,
                                const QString& error) {
    --m_pending;
    if (request != m_request) return;
    if (!pair) {
        m_status->setText(tr("Cannot compare the embeddings: %1").arg(error));
        Q_EMIT computed();
        return;
    }
    m_leftTitle->setText(QDir(m_folders[0]).dirName());
    m_rightTitle->setText(tr("%1 (rotated onto the left)").arg(QDir(m_folders[1]).dirName()));
    m_left->view()->setScene(sceneOf(*pair, pair->a, pair->layoutA), true);
    m_right->view()->setScene(sceneOf(*pair, pair->b, pair->layoutB), true);
    m_right->view()->followCamera(*m_left->view());
    m_changed->clear();
    QList<int> highlighted;
    const auto& c = pair->change;
    for (size_t i = 0; i < c.mostChanged.size() && i < size_t(kListed); ++i) {
        const auto row = c.mostChanged[i];
        const auto r = static_cast<size_t>(row);
        new QTreeWidgetItem(
            m_changed,
            // i18n: the row and the class are identifiers, not quantities
            {QString::number(row), QString::number(pair->labels[r]),
             pair->isTest[r] ? tr("test") : tr("train"),
             QStringLiteral("%1%").arg(QLocale().toString(100 * c.perPoint[r], 'f', 0))});
        if (i < size_t(kHighlighted)) highlighted << static_cast<int>(row);
    }
    for (int c = 0; c < m_changed->columnCount(); ++c)
        m_changed->resizeColumnToContents(c);
    m_selection->setIndices(highlighted, this);
    m_status->setText(tr("Step %1: %2 shared evaluation images; their %3 nearest "
                         "neighbours changed by %4% on average between the runs "
                         "(the %5 most changed are ringed in both views)")
                          .arg(pair->step)
                          .arg(pair->labels.size())
                          .arg(kNeighbours)
                          .arg(QLocale().toString(100 * c.mean, 'f', 1))
                          .arg(kHighlighted));
    Q_EMIT computed();
}

}  // namespace grindstone::gui
