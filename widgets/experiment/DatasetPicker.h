#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace grindstone::widgets {

/// The `dataset` option: a name or a path, with buttons for the named datasets (the glyph
/// benchmark, the default; Fashion-MNIST from its Debian package) and a folder chooser. Under
/// it, what the folder holds, or, when there is no such folder, why, with the install command
/// when it is Fashion-MNIST that is missing.
class DatasetPicker : public QWidget {
    Q_OBJECT
public:
    DatasetPicker(const QString& defaultPath, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    /// The folder exists (whether it reads as a dataset is the loader's call at start).
    bool isUsable() const { return m_usable; }
    /// What the folder holds or why it cannot be used. The owner lays it out, where a
    /// wrapped message gets the height it needs (inside a form row it would be clipped).
    QLabel* message() const { return m_message; }
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* browseButton() const { return m_browse; }

    /// The command that installs Fashion-MNIST.
    static QString installCommand();

Q_SIGNALS:
    void changed();

private:
    void check();

    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_message = nullptr;
    bool m_usable = false;
};

}  // namespace grindstone::widgets
