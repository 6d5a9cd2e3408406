#include "widgets/experiment/OptionField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include "grindstone/Error.h"
#include "grindstone/options/Config.h"
#include "widgets/experiment/OptionText.h"

namespace grindstone::widgets {

namespace {

const QColor kErrorColor(0xc6, 0x28, 0x28);

QString tooltipOf(const OptionSpec& spec) {
    QString tip =
        OptionField::tr("<b>%1</b> (%2)<br>%3<br><br>Allowed: %4<br>Default: %5")
            .arg(QString::fromStdString(spec.name).toHtmlEscaped(), optionTypeText(spec.type),
                 optionDocText(spec).toHtmlEscaped(), optionAllowedText(spec).toHtmlEscaped(),
                 QString::fromStdString(spec.defaultValue).toHtmlEscaped());
    if (!spec.unit.empty())
        tip += OptionField::tr("<br>Unit: %1").arg(optionUnitText(spec).toHtmlEscaped());
    return tip;
}

}  // namespace

OptionField::OptionField(const OptionSpec& spec, QWidget* parent) : QObject(parent), m_spec(spec) {
    const QString name = QString::fromStdString(spec.name);
    const QString tip = tooltipOf(spec);
    m_label = new QLabel(name, parent);
    m_label->setToolTip(tip);

    m_row = new QWidget(parent);
    auto* layout = new QHBoxLayout(m_row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    switch (spec.type) {
        case OptionType::Bool: {
            auto* box = new QCheckBox(m_row);
            connect(box, &QCheckBox::toggled, this, &OptionField::validate);
            m_editor = box;
            break;
        }
        case OptionType::Choice: {
            auto* combo = new QComboBox(m_row);
            for (const auto& choice : spec.choices)
                combo->addItem(QString::fromStdString(choice));
            connect(combo, &QComboBox::currentTextChanged, this, &OptionField::validate);
            m_editor = combo;
            break;
        }
        default: {
            auto* edit = new QLineEdit(m_row);
            // An empty text option means "none" (validation_classes); "text" says nothing.
            const bool freeText = spec.type == OptionType::Text;
            edit->setPlaceholderText(
                freeText && spec.defaultValue.empty() ? tr("none") : optionAllowedText(spec));
            connect(edit, &QLineEdit::textChanged, this, &OptionField::validate);
            m_editor = edit;
            break;
        }
    }
    m_editor->setObjectName(name);
    m_editor->setToolTip(tip);
    layout->addWidget(m_editor, 1);
    if (!spec.unit.empty()) layout->addWidget(new QLabel(optionUnitText(spec), m_row));

    m_error = new QLabel(parent);
    m_error->setObjectName(name + QStringLiteral("Error"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, kErrorColor);
    m_error->setPalette(errorPalette);
    m_error->hide();
    setText(QString::fromStdString(spec.defaultValue));
}

bool OptionField::isValid() const {
    return m_error->isHidden();
}

QString OptionField::text() const {
    if (auto* box = qobject_cast<QCheckBox*>(m_editor))
        return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto* combo = qobject_cast<QComboBox*>(m_editor)) return combo->currentText();
    return static_cast<QLineEdit*>(m_editor)->text();
}

void OptionField::setText(const QString& text) {
    if (auto* box = qobject_cast<QCheckBox*>(m_editor)) {
        box->setChecked(text == QLatin1String("true") || text == QLatin1String("1"));
    } else if (auto* combo = qobject_cast<QComboBox*>(m_editor)) {
        const int index = combo->findText(text);
        if (index >= 0) combo->setCurrentIndex(index);
    } else {
        static_cast<QLineEdit*>(m_editor)->setText(text);
    }
    validate();
}

void OptionField::validate() {
    QString problem;
    try {
        m_value = QString::fromStdString(canonicalOptionValue(m_spec.name, text().toStdString()));
    } catch (const InputError&) {
        // Core's message is English; the same sentence in the user's language.
        problem = optionRejectedText(m_spec, text());
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    QPalette editorPalette = m_editor->parentWidget()->palette();
    if (!problem.isEmpty()) editorPalette.setColor(QPalette::Base, QColor(0xff, 0xeb, 0xee));
    m_editor->setPalette(editorPalette);
    // Options changed from their default show in bold: a glance tells what this run changes.
    QFont font = m_label->font();
    font.setBold(problem.isEmpty() && m_value.toStdString() != m_spec.defaultValue);
    m_label->setFont(font);
    Q_EMIT edited();
}

}  // namespace grindstone::widgets
