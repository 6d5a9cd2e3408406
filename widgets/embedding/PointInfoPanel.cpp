#include "widgets/embedding/PointInfoPanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

#include "widgets/embedding/EmbeddingView.h"
#include "widgets/embedding/NearestNeighbours.h"

namespace grindstone::widgets {

namespace {

constexpr int kThumbnail = 72;
constexpr int kRealImagesOfGenerated = 3;
struct Field {
    const char* name;  // object name, the key of field()
    const char* label;
};
const Field kFields[] = {
    {"class", QT_TRANSLATE_NOOP("grindstone::widgets::PointInfoPanel", "Class:")},
    {"kind", QT_TRANSLATE_NOOP("grindstone::widgets::PointInfoPanel", "Kind:")},
    {"stage", QT_TRANSLATE_NOOP("grindstone::widgets::PointInfoPanel", "Stage:")},
    {"split", QT_TRANSLATE_NOOP("grindstone::widgets::PointInfoPanel", "Split:")},
    {"id", QT_TRANSLATE_NOOP("grindstone::widgets::PointInfoPanel", "Source row:")},
    {"hardness", QT_TRANSLATE_NOOP("grindstone::widgets::PointInfoPanel", "Hardness:")}};

QString formatDistance(float d) {
    return QLocale().toString(double(d), 'f', 3);
}

}  // namespace

PointInfoPanel::PointInfoPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_imageRow = new QHBoxLayout;
    layout->addLayout(m_imageRow);
    m_form = new QFormLayout;
    for (const Field& f : kFields) {
        auto* value = new QLabel(this);
        value->setObjectName(QString::fromLatin1(f.name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(tr(f.label), value);
    }
    layout->addLayout(m_form);
    m_space = new QLabel(this);
    m_space->setWordWrap(true);
    layout->addWidget(m_space);
    m_neighbours = new QTreeWidget(this);
    m_neighbours->setRootIsDecorated(false);
    m_neighbours->setHeaderLabels({QStringLiteral("#"), tr("Class"), tr("Kind"), tr("Distance")});
    m_neighbours->header()->setStretchLastSection(false);
    m_neighbours->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_neighbours->header()->setSectionResizeMode(2, QHeaderView::Stretch);  // kind: elided
    setMinimumWidth(300);
    layout->addWidget(m_neighbours, 1);
    connect(m_neighbours, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (m_view) m_view->setPickedPoint(item->data(0, Qt::UserRole).toInt());
    });
    showPoint(-1);
}

void PointInfoPanel::setView(EmbeddingView* view) {
    if (m_view) disconnect(m_view, nullptr, this, nullptr);
    m_view = view;
    if (view) {
        connect(view, &EmbeddingView::pointPicked, this, &PointInfoPanel::showPoint);
        connect(view, &EmbeddingView::sceneChanged, this, [this] { showPoint(-1); });
    }
    showPoint(view ? view->pickedPoint() : -1);
}

void PointInfoPanel::setImageProvider(SampleImageProvider provider) {
    m_images = std::move(provider);
    showPoint(m_index);
}

void PointInfoPanel::setNeighbourCount(int k) {
    m_k = std::max(1, k);
    showPoint(m_index);
}

QString PointInfoPanel::field(const QString& name) const {
    const auto* label = findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

int PointInfoPanel::imageCount() const {
    int count = 0;
    for (int i = 0; i < m_imageRow->count(); ++i)
        if (m_imageRow->itemAt(i)->widget()) ++count;
    return count;
}

QWidget* PointInfoPanel::thumbnail(const QImage& image, const QString& caption) {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* picture = new QLabel(box);
    picture->setFixedSize(kThumbnail, kThumbnail);
    picture->setAlignment(Qt::AlignCenter);
    picture->setFrameShape(QFrame::Box);
    if (image.isNull())
        picture->setText(tr("no image"));
    else  // small dataset images (28x28) are scaled up without blurring them
        picture->setPixmap(QPixmap::fromImage(image.scaled(
            kThumbnail - 4, kThumbnail - 4, Qt::KeepAspectRatio, Qt::FastTransformation)));
    layout->addWidget(picture);
    auto* text = new QLabel(caption, box);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    return box;
}

void PointInfoPanel::showImages(const EmbeddingScene& scene, int index) {
    const ScenePoint& point = scene.points[size_t(index)];
    if (isRealKind(point.kind)) {
        m_imageRow->addWidget(thumbnail(m_images ? m_images(point) : QImage(), QString()));
        return;
    }
    // A generated embedding has no image: show the real samples nearest to it.
    const auto real = nearestNeighbours(scene, index, kRealImagesOfGenerated, [&](int i) {
        return isRealKind(scene.points[size_t(i)].kind);
    });
    for (const Neighbour& n : real)
        m_imageRow->addWidget(
            thumbnail(m_images ? m_images(scene.points[size_t(n.index)]) : QImage(),
                      QStringLiteral("d=%1").arg(formatDistance(n.distance))));
}

void PointInfoPanel::showPoint(int index) {
    while (QLayoutItem* item = m_imageRow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_neighbours->clear();
    const EmbeddingScene* scene = m_view ? &m_view->scene() : nullptr;
    m_index = scene && index >= 0 && size_t(index) < scene->points.size() ? index : -1;
    for (const Field& f : kFields)
        findChild<QLabel*>(QString::fromLatin1(f.name))->clear();
    if (m_index < 0) {
        m_title->setText(tr("Click a point to see it here."));
        m_space->clear();
        return;
    }
    const ScenePoint& p = scene->points[size_t(m_index)];
    m_title->setText(tr("<b>Point %1</b>").arg(m_index));
    showImages(*scene, m_index);
    m_imageRow->addStretch();
    const auto set = [this](const char* name, const QString& text) {
        findChild<QLabel*>(QString::fromLatin1(name))->setText(text);
    };
    set("class", QStringLiteral("%1 (%2)").arg(scene->className(p.label)).arg(p.label));
    set("kind", pointKindName(p.kind));
    set("stage", pointKindStage(p.kind));
    set("split", splitName(p.split));
    set("id", QString::number(p.id));  // i18n: an identifier, not a quantity
    set("hardness", std::isnan(p.hardness) ? tr("not defined")
                                           : QLocale().toString(double(p.hardness), 'g', 4));
    m_space->setText(scene->hasEmbeddings()
                         ? tr("Nearest neighbours in the embedding space (%1 dimensions):")
                               .arg(scene->embeddingDim)
                         : tr("Nearest neighbours in the projected 3D space (the scene has no "
                              "embeddings):"));
    int rank = 1;
    for (const Neighbour& n : nearestNeighbours(*scene, m_index, m_k)) {
        const ScenePoint& q = scene->points[size_t(n.index)];
        auto* item = new QTreeWidgetItem(m_neighbours,
                                         {QLocale().toString(rank++), scene->className(q.label),
                                          pointKindName(q.kind), formatDistance(n.distance)});
        item->setData(0, Qt::UserRole, n.index);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
}

}  // namespace grindstone::widgets
