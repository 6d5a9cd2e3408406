#pragma once

#include <QMap>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;

namespace grindstone::widgets {

class DatasetPicker;
class OptionForm;

/// What to train and the controls to train it: preset, dataset, method, miner and every
/// option of the core's table, Start / Pause / Resume / Stop (the window's actions), and the
/// progress of the current run with its speed and time left.
class ExperimentPanel : public QWidget {
    Q_OBJECT
public:
    ExperimentPanel(const QString& defaultDataset, QWidget* parent = nullptr);

    /// Every option's value, the dataset included (invalid fields as typed).
    QMap<QString, QString> values() const;
    /// Sets the named options (the dataset too); the others keep their value.
    void setValues(const QMap<QString, QString>& values);
    void applyPreset(const QString& name);
    /// Every value valid and the dataset folder present.
    bool isReady() const;
    /// Why the panel is not ready (empty when it is).
    QString problem() const;

    /// Buttons that trigger (and follow the state of) the window's actions.
    void setActions(const QList<QAction*>& actions);
    /// The options are fixed while a run trains.
    void setEditable(bool editable);
    /// The bar counts `done` of `total` `unit` (steps while training, font families while the
    /// default data is drawn); no unit means steps.
    void setProgress(qint64 done, qint64 total, const QString& detail,
                     const QString& unit = QString());
    void clearProgress(const QString& detail);

    OptionForm* form() const { return m_form; }
    DatasetPicker* dataset() const { return m_dataset; }
    QComboBox* presetBox() const { return m_preset; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* progressLabel() const { return m_progressLabel; }

Q_SIGNALS:
    void readinessChanged(bool ready);
    void edited();

private:
    void onEdited();

    QComboBox* m_preset = nullptr;
    DatasetPicker* m_dataset = nullptr;
    OptionForm* m_form = nullptr;
    QWidget* m_buttons = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    bool m_ready = false;
    bool m_applyingPreset = false;
};

}  // namespace grindstone::widgets
