#include "GalleryView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

#include "widgets/gallery/SampleListModel.h"
#include "widgets/gallery/SampleTileDelegate.h"
#include "widgets/gallery/StageStyle.h"

namespace grindstone::widgets {

namespace {

QIcon colourIcon(const QColor& colour) {
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

/// The gallery opens on the last generated negative (G2's for two-stage): the samples the
/// method exists for.
std::string defaultStage(const StepSamples& samples) {
    std::string chosen;
    for (const auto& stage : samples.quality.stages)
        if (stage.stage.stage != SampleStage::Real && stage.stage.role == SampleRole::Negative)
            chosen = stage.stageFile;
    if (chosen.empty() && !samples.quality.stages.empty())
        chosen = samples.quality.stages.back().stageFile;
    return chosen;
}

}  // namespace

GalleryView::GalleryView(const RunThumbnails& thumbnails, QWidget* parent) : QWidget(parent) {
    m_model = new SampleListModel(this);
    m_delegate = new SampleTileDelegate(thumbnails, this);

    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sortCombo"));
    using Sort = SampleListModel::Sort;
    for (Sort s : {Sort::Row, Sort::Hardness, Sort::LabelProbability, Sort::KthDistanceRatio})
        m_sort->addItem(SampleListModel::sortName(s), static_cast<int>(s));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("filterCombo"));
    using Filter = SampleListModel::Filter;
    for (Filter f :
         {Filter::All, Filter::AnyFlag, Filter::ViolatesMargin, Filter::LabelInconsistent,
          Filter::NotANegative, Filter::Outlier, Filter::Unreviewed})
        m_filter->addItem(SampleListModel::filterName(f), static_cast<int>(f));
    m_subsetLabel = new QLabel(this);
    m_subsetLabel->hide();

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Stage:"), this));
    controls->addWidget(m_stage);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Sort:"), this));
    controls->addWidget(m_sort);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(m_filter);
    controls->addWidget(m_subsetLabel);
    controls->addStretch(1);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("stageHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("galleryList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setWrapping(true);
    m_list->setSpacing(2);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);

    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStageFile(m_stage->currentData().toString().toStdString());
        updateHeader();
        step(0);
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setSort(static_cast<SampleListModel::Sort>(m_sort->currentData().toInt()));
        step(0);
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(static_cast<SampleListModel::Filter>(m_filter->currentData().toInt()));
        step(0);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GalleryView::onCurrentChanged);
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const SampleQuality* s = m_model->sample(index.row())) Q_EMIT tripletActivated(s->row);
    });
    updateHeader();
}

void GalleryView::setSamples(std::shared_ptr<const StepSamples> samples) {
    const QString previous = stageFile();
    const SampleQuality* current = currentSample();
    const qint64 row = current ? current->row : 0;
    m_samples = std::move(samples);
    m_model->setSamples(m_samples);
    fillStages();
    if (!previous.isEmpty()) setStageFile(previous);
    selectTriplet(row);
    updateHeader();
}

void GalleryView::fillStages() {
    const QSignalBlocker block(m_stage);
    m_stage->clear();
    if (m_samples)
        for (const auto& stage : m_samples->quality.stages)
            m_stage->addItem(
                colourIcon(stageColor(stage.stage.stage)),
                QStringLiteral("%1  (%2)")
                    .arg(stageFileTitle(stage.stageFile), QString::fromStdString(stage.stageFile)),
                QString::fromStdString(stage.stageFile));
    const int at =
        m_samples ? m_stage->findData(QString::fromStdString(defaultStage(*m_samples))) : -1;
    m_stage->setCurrentIndex(std::max(at, 0));
    m_model->setStageFile(m_stage->currentData().toString().toStdString());
}

void GalleryView::setTags(const QaTagStore* tags) {
    m_delegate->setTags(tags);
    m_model->setTags(tags);
    refreshTiles();
}

void GalleryView::refreshTiles() {
    m_list->viewport()->update();
}

bool GalleryView::refreshAfterReview() {
    if (m_model->filter() != SampleListModel::Filter::Unreviewed) {
        refreshTiles();
        return false;
    }
    const int position = m_list->currentIndex().row();
    const int before = m_model->rowCount();
    m_model->refilter();
    const int count = m_model->rowCount();
    if (count > 0) {
        const QModelIndex index = m_model->index(std::clamp(position, 0, count - 1));
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
    return count < before;
}

QString GalleryView::stageFile() const {
    return m_stage->currentData().toString();
}

void GalleryView::setStageFile(const QString& stageFile) {
    const int at = m_stage->findData(stageFile);
    if (at >= 0) m_stage->setCurrentIndex(at);
}

const SampleQuality* GalleryView::currentSample() const {
    return m_model->sample(m_list->currentIndex().row());
}

bool GalleryView::step(int delta) {
    const int count = m_model->rowCount();
    if (count == 0) return false;
    const int from = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    const int to = std::clamp(from + delta, 0, count - 1);
    const QModelIndex index = m_model->index(to);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return to != from || delta == 0;
}

void GalleryView::showRows(const QString& stageFile, const QList<qint64>& rows) {
    if (!stageFile.isEmpty()) setStageFile(stageFile);
    m_model->setRowSubset(rows);
    m_subsetLabel->setVisible(!rows.isEmpty());
    m_subsetLabel->setText(tr("  %n selected row(s) only", nullptr, int(rows.size())));
    step(0);
}

void GalleryView::selectTriplet(qint64 row) {
    const int position = m_model->positionOfRow(row);
    if (position < 0) {
        step(0);
        return;
    }
    const QModelIndex index = m_model->index(position);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void GalleryView::onCurrentChanged() {
    if (const SampleQuality* s = currentSample())
        Q_EMIT currentSampleChanged(QString::fromStdString(s->stageFile), s->row);
}

void GalleryView::updateHeader() {
    const StageQuality* stage = nullptr;
    if (m_samples)
        for (const auto& s : m_samples->quality.stages)
            if (s.stageFile == m_model->stageFile()) stage = &s;
    if (!stage) {
        m_header->setText(m_samples && !m_samples->problem.isEmpty()
                              ? m_samples->problem.toHtmlEscaped()
                              : tr("No probe samples to show."));
        return;
    }
    QString text =
        tr("<b>%1</b>: %2 samples · mean hardness %3 · violating the "
           "margin %4 · label consistent %5")
            .arg(stageFileTitle(stage->stageFile).toHtmlEscaped())
            .arg(stage->samples)
            .arg(QLocale().toString(stage->meanHardness, 'f', 3))
            .arg(percentText(stage->violatingShare), percentText(stage->labelConsistency));
    if (stage->stage.role == SampleRole::Negative)
        text += tr(" · not negatives %1").arg(stage->notNegatives);
    text += tr(" · outliers %1 · spread %2× its sources'")
                .arg(stage->outliers)
                .arg(QLocale().toString(stage->diversityRatio, 'f', 2));
    if (stage->collapsed) text += tr(" <span style=\"color:#c42828\"><b>COLLAPSED</b></span>");
    m_header->setText(text);
}

bool GalleryView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
            case Qt::Key_J:
                step(1);
                return true;
            case Qt::Key_K:
                step(-1);
                return true;
            case Qt::Key_A:
            case Qt::Key_R:
            case Qt::Key_N:
                Q_EMIT reviewKeyPressed(key->key());
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                if (const SampleQuality* s = currentSample()) Q_EMIT tripletActivated(s->row);
                return true;
            default:
                break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace grindstone::widgets
