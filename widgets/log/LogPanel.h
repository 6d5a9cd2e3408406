#pragma once

#include <QPlainTextEdit>

namespace grindstone::widgets {

/// What the application tells the user as it goes: runs started and ended, evaluations,
/// events, warnings and errors, each line stamped with the time. Keeps the newest lines only.
class LogPanel : public QPlainTextEdit {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };

    explicit LogPanel(QWidget* parent = nullptr);
    void append(Level level, const QString& text);
    /// Plain text of every line shown (tests, copy).
    QString text() const { return toPlainText(); }

Q_SIGNALS:
    /// A warning or error was appended: the window brings the log to the front, since it may
    /// sit behind the run browser.
    void problemAppended();
};

}  // namespace grindstone::widgets
