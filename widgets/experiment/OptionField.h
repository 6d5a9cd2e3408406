#pragma once

#include <QObject>
#include <QString>

#include "grindstone/options/OptionTable.h"

class QLabel;
class QWidget;

namespace grindstone::widgets {

/// The editor of one option of the core's table: a line edit for numbers and text, a check
/// box for booleans, a combo box for choices, with the unit beside it and an error line under
/// it. Values are checked by the core's own validation (canonicalOptionValue), so the form
/// refuses exactly what a config file or `--set` would refuse.
class OptionField : public QObject {
    Q_OBJECT
public:
    OptionField(const OptionSpec& spec, QWidget* parent);

    const OptionSpec& spec() const { return m_spec; }
    QString name() const { return QString::fromStdString(m_spec.name); }
    QLabel* label() const { return m_label; }
    /// The editor with its unit (what a form row shows on the right).
    QWidget* row() const { return m_row; }
    QWidget* editor() const { return m_editor; }
    QLabel* errorLabel() const { return m_error; }

    /// The text as entered (not canonical; may be invalid).
    QString text() const;
    /// Sets the editor; an invalid text is shown as invalid, like typed input.
    void setText(const QString& text);
    bool isValid() const;
    /// The canonical value; only meaningful when isValid().
    QString value() const { return m_value; }

Q_SIGNALS:
    void edited();

private:
    void validate();

    OptionSpec m_spec;
    QLabel* m_label = nullptr;
    QWidget* m_row = nullptr;
    QWidget* m_editor = nullptr;
    QLabel* m_error = nullptr;
    QString m_value;
};

}  // namespace grindstone::widgets
