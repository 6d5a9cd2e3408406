#include "widgets/experiment/DatasetPicker.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "grindstone/data/DatasetLoader.h"
#include "widgets/common/DisplayPath.h"

namespace grindstone::widgets {

DatasetPicker::DatasetPicker(const QString& defaultPath, QWidget* parent) : QWidget(parent) {
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("datasetPath"));
    m_path->setToolTip(
        tr("glyphs, fashion-mnist, a folder of IDX files (MNIST format, gzipped or not), a "
           "folder with one sub-folder of images per class, a CUB-200-2011, Cars196, Stanford "
           "Online Products or In-Shop Clothes folder as published, or a CSV list of "
           "path,label[,split]"));
    auto* useGlyphs = new QPushButton(tr("Glyphs"), this);
    useGlyphs->setObjectName(QStringLiteral("glyphsButton"));
    useGlyphs->setToolTip(
        tr("The glyph benchmark: 62 characters drawn in the installed font families, built on "
           "first use into %1")
            .arg(QString::fromStdString(datasetFolder(kGlyphDatasetName))));
    auto* useFashion = new QPushButton(tr("Fashion-MNIST"), this);
    useFashion->setObjectName(QStringLiteral("fashionMnistButton"));
    useFashion->setToolTip(tr("Fashion-MNIST from Debian's dataset-fashion-mnist: %1")
                               .arg(QString::fromLatin1(kFashionMnistFolder)));
    m_browse = new QPushButton(tr("Folder..."), this);
    m_browse->setToolTip(
        tr("Choose a dataset folder: one sub-folder per class, IDX files, or a CUB-200-2011, "
           "Cars196, Stanford Online Products or In-Shop Clothes folder"));
    auto* chooseList = new QPushButton(tr("CSV..."), this);
    chooseList->setObjectName(QStringLiteral("csvButton"));
    chooseList->setToolTip(
        tr("Choose a CSV list of images: path,label[,split] rows, paths relative to the file"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("datasetMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The path gets a row of its own: a long path stays readable beside a narrow panel.
    auto* buttons = new QHBoxLayout();
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(useGlyphs);
    buttons->addWidget(useFashion);
    buttons->addWidget(m_browse);
    buttons->addWidget(chooseList);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_path);
    layout->addLayout(buttons);

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        check();
        Q_EMIT changed();
    });
    connect(useGlyphs, &QPushButton::clicked, this,
            [this] { setPath(QString::fromLatin1(kGlyphDatasetName)); });
    connect(useFashion, &QPushButton::clicked, this,
            [this] { setPath(QString::fromLatin1(kFashionMnistName)); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Choose a dataset folder"), path());
        if (!folder.isEmpty()) setPath(folder);
    });
    connect(chooseList, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a CSV list of images"), path(),
                                         tr("CSV lists (*.csv);;All files (*)"));
        if (!file.isEmpty()) setPath(file);
    });
    setPath(defaultPath);
}

QString DatasetPicker::installCommand() {
    return QStringLiteral("sudo apt-get install dataset-fashion-mnist");
}

QString DatasetPicker::path() const {
    return m_path->text().trimmed();
}

void DatasetPicker::setPath(const QString& path) {
    m_path->setText(path);
    check();
}

namespace {

/// A path that word wrap may break after each '/' (a zero-width space there): a long path
/// otherwise runs past the panel's edge.
QString wrappable(const QString& path) {
    return displayPath(path).replace(QLatin1Char('/'), QStringLiteral("/\u200B"));
}

/// What the picker says of a dataset it recognises; the benchmarks carry their own split.
QString layoutDescription(const std::string& layout, const QString& folder) {
    if (layout == "idx") return DatasetPicker::tr("IDX images (MNIST format)");
    if (layout == "cub")
        return DatasetPicker::tr(
            "CUB-200-2011 layout (images.txt); train_classes = official uses "
            "its split");
    if (layout == "cars")
        return DatasetPicker::tr(
            "Cars196 layout (cars_annos.mat); train_classes = official uses "
            "its split");
    if (layout == "sop")
        return DatasetPicker::tr(
            "Stanford Online Products layout (Ebay_train.txt, Ebay_test.txt); "
            "train_classes = official uses its split");
    if (layout == "inshop")
        return DatasetPicker::tr(
            "In-Shop Clothes layout (list_eval_partition.txt); train_classes = official uses "
            "its split, test queries search the gallery");
    if (layout == "csv") return DatasetPicker::tr("CSV list of images (path,label[,split])");
    const auto classes = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return DatasetPicker::tr("Image folder: %1 class sub-folders").arg(classes.size());
}

}  // namespace

void DatasetPicker::check() {
    const QString name = path();
    const QString folder = QString::fromStdString(datasetFolder(name.toStdString()));
    const bool glyphs = name == QLatin1String(kGlyphDatasetName);
    const std::string layout = datasetLayout(folder.toStdString());
    const bool exists = !name.isEmpty() && !layout.empty();
    // The glyph benchmark is drawn when training starts if it is not built yet.
    m_usable = exists || glyphs;
    QString text;
    QColor color(0xc6, 0x28, 0x28);
    if (name.isEmpty()) {
        text = tr("Choose a dataset folder.");
    } else if (glyphs) {
        color = palette().color(QPalette::PlaceholderText);
        text = exists ? tr("Glyph benchmark (IDX images in %1)").arg(wrappable(folder))
                      : tr("Glyph benchmark: drawn from the installed fonts when "
                           "training starts (a few seconds), into %1")
                            .arg(wrappable(folder));
    } else if (!exists && QDir::cleanPath(folder) == QLatin1String(kFashionMnistFolder)) {
        text = tr("Fashion-MNIST is not installed (no folder %1). Install it with\n    %2\nor "
                  "choose another dataset.")
                   .arg(wrappable(folder), installCommand());
    } else if (!exists) {
        text = QFileInfo(folder).isFile()
                   ? tr("'%1' is not a dataset: choose a folder or a .csv list.")
                         .arg(wrappable(folder))
                   : tr("No dataset folder at '%1'.").arg(wrappable(folder));
    } else {
        color = palette().color(QPalette::PlaceholderText);
        text = layoutDescription(layout, folder);
    }
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, color);
    m_message->setPalette(p);
    m_message->setText(text);
}

}  // namespace grindstone::widgets
