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
    m_path->setToolTip(QStringLiteral(
        "glyphs, fashion-mnist, a folder of IDX files (MNIST format, gzipped or not) or a "
        "folder with one sub-folder of images per class"));
    auto* useGlyphs = new QPushButton(QStringLiteral("Glyphs"), this);
    useGlyphs->setObjectName(QStringLiteral("glyphsButton"));
    useGlyphs->setToolTip(
        QStringLiteral(
            "The glyph benchmark: 62 characters drawn in the installed font families, built on "
            "first use into ") +
        QString::fromStdString(datasetFolder(kGlyphDatasetName)));
    auto* useFashion = new QPushButton(QStringLiteral("Fashion-MNIST"), this);
    useFashion->setObjectName(QStringLiteral("fashionMnistButton"));
    useFashion->setToolTip(QStringLiteral("Fashion-MNIST from Debian's dataset-fashion-mnist: ") +
                           QString::fromLatin1(kFashionMnistFolder));
    m_browse = new QPushButton(QStringLiteral("Folder..."), this);
    m_browse->setToolTip(QStringLiteral("Choose an image folder (one sub-folder per class)"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("datasetMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* row = new QHBoxLayout();
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_path, 1);
    row->addWidget(useGlyphs);
    row->addWidget(useFashion);
    row->addWidget(m_browse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        check();
        Q_EMIT changed();
    });
    connect(useGlyphs, &QPushButton::clicked, this,
            [this] { setPath(QString::fromLatin1(kGlyphDatasetName)); });
    connect(useFashion, &QPushButton::clicked, this,
            [this] { setPath(QString::fromLatin1(kFashionMnistName)); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, QStringLiteral("Choose a dataset folder"), path());
        if (!folder.isEmpty()) setPath(folder);
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

}  // namespace

void DatasetPicker::check() {
    const QString name = path();
    const QString folder = QString::fromStdString(datasetFolder(name.toStdString()));
    const bool glyphs = name == QLatin1String(kGlyphDatasetName);
    const bool exists = !name.isEmpty() && QFileInfo(folder).isDir();
    // The glyph benchmark is drawn when training starts if it is not built yet.
    m_usable = exists || glyphs;
    QString text;
    QColor color(0xc6, 0x28, 0x28);
    if (name.isEmpty()) {
        text = QStringLiteral("Choose a dataset folder.");
    } else if (glyphs) {
        color = palette().color(QPalette::PlaceholderText);
        text = exists ? QStringLiteral("Glyph benchmark (IDX images in %1)").arg(wrappable(folder))
                      : QStringLiteral(
                            "Glyph benchmark: drawn from the installed fonts when "
                            "training starts (a few seconds), into %1")
                            .arg(wrappable(folder));
    } else if (!exists && QDir::cleanPath(folder) == QLatin1String(kFashionMnistFolder)) {
        text = QStringLiteral(
                   "Fashion-MNIST is not installed (no folder %1). Install it with\n    %2\nor "
                   "choose another dataset.")
                   .arg(wrappable(folder), installCommand());
    } else if (!exists) {
        text = QStringLiteral("No dataset folder at '%1'.").arg(wrappable(folder));
    } else if (folderHasIdxFiles(folder.toStdString())) {
        color = palette().color(QPalette::PlaceholderText);
        text = QStringLiteral("IDX images (MNIST format)");
    } else {
        color = palette().color(QPalette::PlaceholderText);
        const auto classes = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        text = QStringLiteral("Image folder: %1 class sub-folders").arg(classes.size());
    }
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, color);
    m_message->setPalette(p);
    m_message->setText(text);
}

}  // namespace grindstone::widgets
