#include "widgets/experiment/OptionForm.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolBox>
#include <QVBoxLayout>

#include "grindstone/options/OptionTable.h"
#include "widgets/experiment/OptionField.h"
#include "widgets/experiment/OptionText.h"

namespace grindstone::widgets {

namespace {

QFormLayout* newFormLayout(QWidget* parent) {
    auto* form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setContentsMargins(4, 4, 4, 4);
    form->setVerticalSpacing(4);
    return form;
}

void addField(QFormLayout* form, OptionField* field) {
    form->addRow(field->label(), field->row());
    form->addRow(QString(), field->errorLabel());
}

}  // namespace

OptionForm::OptionForm(const QStringList& pinned, const QStringList& excluded, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* pinnedBox = new QWidget(this);
    QFormLayout* pinnedForm = newFormLayout(pinnedBox);
    pinnedForm->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pinnedBox);

    m_groups = new QToolBox(this);
    m_groups->setObjectName(QStringLiteral("optionGroups"));
    layout->addWidget(m_groups, 1);

    QMap<QString, QFormLayout*> groupForms;
    for (const QString& name : pinned)
        if (const OptionSpec* spec = findOption(name.toStdString())) {
            auto* field = new OptionField(*spec, pinnedBox);
            addField(pinnedForm, field);
            m_fields.push_back(field);
        }
    for (const auto& spec : optionTable()) {
        const QString name = QString::fromStdString(spec.name);
        if (pinned.contains(name) || excluded.contains(name)) continue;
        const QString group = QString::fromStdString(spec.group);
        QFormLayout* form = groupForms.value(group);
        if (!form) {
            auto* scroll = new QScrollArea(m_groups);
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            auto* page = new QWidget(scroll);
            form = newFormLayout(page);
            scroll->setWidget(page);
            m_groupPage.insert(group, m_groups->addItem(scroll, optionGroupText(spec)));
            groupForms.insert(group, form);
        }
        auto* field = new OptionField(spec, form->parentWidget());
        addField(form, field);
        m_fields.push_back(field);
    }
    for (auto* field : m_fields)
        connect(field, &OptionField::edited, this, [this] {
            updateGroupTitles();
            Q_EMIT edited();
        });
}

QMap<QString, QString> OptionForm::values() const {
    QMap<QString, QString> out;
    for (const auto* field : m_fields)
        out.insert(field->name(), field->isValid() ? field->value() : field->text());
    return out;
}

void OptionForm::setValues(const QMap<QString, QString>& values) {
    for (auto* field : m_fields) {
        const auto it = values.constFind(field->name());
        if (it != values.constEnd()) field->setText(it.value());
    }
}

void OptionForm::resetToDefaults() {
    for (auto* field : m_fields)
        field->setText(QString::fromStdString(field->spec().defaultValue));
}

QStringList OptionForm::invalidOptions() const {
    QStringList names;
    for (const auto* field : m_fields)
        if (!field->isValid()) names << field->name();
    return names;
}

OptionField* OptionForm::field(const QString& name) const {
    for (auto* field : m_fields)
        if (field->name() == name) return field;
    return nullptr;
}

void OptionForm::updateGroupTitles() {
    QMap<QString, int> invalid;
    for (const auto* field : m_fields)
        if (!field->isValid()) ++invalid[QString::fromStdString(field->spec().group)];
    for (auto it = m_groupPage.cbegin(); it != m_groupPage.cend(); ++it) {
        const int count = invalid.value(it.key());
        const QString title =
            QCoreApplication::translate("OptionTable", it.key().toUtf8().constData());
        m_groups->setItemText(
            it.value(), count == 0 ? title : tr("%1  (%n invalid)", nullptr, count).arg(title));
    }
}

}  // namespace grindstone::widgets
