#include "widgets/experiment/ExperimentPanel.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/experiment/DatasetPicker.h"
#include "widgets/experiment/OptionForm.h"
#include "widgets/experiment/Presets.h"

namespace grindstone::widgets {

namespace {

const QString kDataset = QStringLiteral("dataset");

}  // namespace

ExperimentPanel::ExperimentPanel(const QString& defaultDataset, QWidget* parent) : QWidget(parent) {
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetBox"));
    // A preset's English name is its key (--preset takes it); the box shows it translated.
    for (const auto& preset : presets())
        m_preset->addItem(presetText(preset.name), presetText(preset.description));
    for (int i = 0; i < m_preset->count(); ++i)
        m_preset->setItemData(i, m_preset->itemData(i), Qt::ToolTipRole);
    m_preset->addItem(tr("Custom"), tr("Values of your own"));

    m_dataset = new DatasetPicker(defaultDataset, this);
    m_form = new OptionForm({QStringLiteral("method"), QStringLiteral("miner"),
                             QStringLiteral("steps"), QStringLiteral("seed")},
                            {kDataset}, this);

    auto* top = new QFormLayout();
    top->setContentsMargins(0, 0, 0, 0);
    top->addRow(tr("Preset"), m_preset);
    top->addRow(tr("Dataset"), m_dataset);

    m_buttons = new QWidget(this);
    auto* buttonRow = new QHBoxLayout(m_buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setFormat(tr("%v / %m steps"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);  // no run yet: no "0 / 1 steps"
    m_progressLabel = new QLabel(tr("Idle"), this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_dataset->message());
    layout->addWidget(m_form, 1);
    layout->addWidget(m_buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressLabel);

    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        if (index < presets().size()) applyPreset(presets()[index].name);
    });
    connect(m_form, &OptionForm::edited, this, &ExperimentPanel::onEdited);
    connect(m_dataset, &DatasetPicker::changed, this, &ExperimentPanel::onEdited);
    onEdited();
}

QMap<QString, QString> ExperimentPanel::values() const {
    auto out = m_form->values();
    out.insert(kDataset, m_dataset->path());
    return out;
}

void ExperimentPanel::setValues(const QMap<QString, QString>& values) {
    m_applyingPreset = true;  // one readiness update at the end, not one per field
    m_form->setValues(values);
    if (values.contains(kDataset)) m_dataset->setPath(values.value(kDataset));
    m_applyingPreset = false;
    onEdited();
}

void ExperimentPanel::applyPreset(const QString& name) {
    for (const auto& preset : presets())
        if (preset.name == name) {
            m_applyingPreset = true;
            m_form->setValues(presetValues(preset));  // the dataset stays as chosen
            m_applyingPreset = false;
            onEdited();
            return;
        }
}

bool ExperimentPanel::isReady() const {
    return m_form->isValid() && m_dataset->isUsable();
}

QString ExperimentPanel::problem() const {
    const QStringList invalid = m_form->invalidOptions();
    if (!invalid.isEmpty())
        return tr("Invalid value for: %1").arg(invalid.join(QStringLiteral(", ")));
    if (!m_dataset->isUsable()) return m_dataset->message()->text();
    return {};
}

void ExperimentPanel::setActions(const QList<QAction*>& actions) {
    for (QAction* action : actions) {
        auto* button = new QToolButton(m_buttons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_buttons->layout()->addWidget(button);
    }
}

void ExperimentPanel::setEditable(bool editable) {
    m_form->setEnabled(editable);
    m_dataset->setEnabled(editable);
    m_preset->setEnabled(editable);
}

void ExperimentPanel::setProgress(qint64 done, qint64 total, const QString& detail,
                                  const QString& unit) {
    // QProgressBar counts in int: scale budgets beyond its range.
    const qint64 divisor = total > 1'000'000'000 ? total / 1'000'000'000 + 1 : 1;
    m_progress->setRange(0, static_cast<int>(std::max<qint64>(1, total / divisor)));
    m_progress->setValue(static_cast<int>(done / divisor));
    m_progress->setFormat(unit.isEmpty() ? tr("%v / %m steps") : QStringLiteral("%v / %m ") + unit);
    m_progress->setTextVisible(true);
    m_progressLabel->setText(detail);
}

void ExperimentPanel::clearProgress(const QString& detail) {
    m_progressLabel->setText(detail);
}

void ExperimentPanel::onEdited() {
    if (m_applyingPreset) return;
    const Preset* preset = matchingPreset(values(), {kDataset});
    m_preset->setCurrentIndex(preset ? int(preset - presets().data()) : m_preset->count() - 1);
    const bool ready = isReady();
    if (ready != m_ready) {
        m_ready = ready;
        Q_EMIT readinessChanged(ready);
    }
    Q_EMIT edited();
}

}  // namespace grindstone::widgets
