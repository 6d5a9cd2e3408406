// MainWindow's persistent state: window and dock layout, the run browser's splitter, the
// last dataset and options, the charts' smoothing and log scale, the QA reviewer's name.
#include <QJsonDocument>
#include <QJsonObject>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QToolBox>

#include "MainWindow.h"
#include "grindstone/Error.h"
#include "grindstone/options/Config.h"
#include "widgets/charts/ChartsView.h"
#include "widgets/experiment/ExperimentPanel.h"
#include "widgets/experiment/OptionForm.h"
#include "widgets/gallery/QaReviewPanel.h"
#include "widgets/gallery/SamplesView.h"
#include "widgets/runs/RunBrowser.h"

namespace grindstone::gui {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
// "splitter2": the splitter turned horizontal; an old vertical state must not be restored.
const QString kRunSplitter = QStringLiteral("runs/splitter2");
const QString kDataset = QStringLiteral("experiment/dataset");
const QString kOptions = QStringLiteral("experiment/options");
const QString kOptionPage = QStringLiteral("experiment/optionPage");
const QString kSmoothing = QStringLiteral("charts/smoothing");
const QString kLogScale = QStringLiteral("charts/logScale");
const QString kReviewer = QStringLiteral("qa/reviewer");

/// Saved options that this version still accepts (an option may have been renamed or its
/// range narrowed since they were saved).
QMap<QString, QString> validOptions(const QJsonObject& saved) {
    QMap<QString, QString> out;
    for (auto it = saved.begin(); it != saved.end(); ++it) {
        try {
            out.insert(it.key(), QString::fromStdString(canonicalOptionValue(
                                     it.key().toStdString(), it.value().toString().toStdString())));
        } catch (const InputError&) {
        }
    }
    return out;
}

}  // namespace

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray())) {
        // First start: room for the charts' 3 x 3 grid, yet on a laptop's screen (1366 x 768)
        // no larger than most of it, so no edge starts off-screen.
        QSize size(1500, 940);
        if (const QScreen* shown = screen()) size = size.boundedTo(shown->availableSize() * 0.9);
        resize(size);
    }
    restoreState(settings.value(kState).toByteArray());
    m_runs->splitter()->restoreState(settings.value(kRunSplitter).toByteArray());

    auto values =
        validOptions(QJsonDocument::fromJson(settings.value(kOptions).toByteArray()).object());
    const QString dataset = settings.value(kDataset).toString();
    if (!dataset.isEmpty()) values.insert(QStringLiteral("dataset"), dataset);
    m_experiment->setValues(values);
    m_experiment->form()->groups()->setCurrentIndex(settings.value(kOptionPage, 0).toInt());
    m_charts->setSmoothing(settings.value(kSmoothing, 0.0).toDouble());
    m_charts->setLogScale(settings.value(kLogScale, true).toBool());
    // The reviewer of QA tags: as typed last time, else the login name ($USER).
    const QString reviewer = settings.value(kReviewer).toString();
    if (!reviewer.isEmpty()) m_samples->review()->setReviewer(reviewer);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kRunSplitter, m_runs->splitter()->saveState());
    auto values = m_experiment->values();
    settings.setValue(kDataset, values.take(QStringLiteral("dataset")));
    QJsonObject options;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        options.insert(it.key(), it.value());
    settings.setValue(kOptions, QJsonDocument(options).toJson(QJsonDocument::Compact));
    settings.setValue(kOptionPage, m_experiment->form()->groups()->currentIndex());
    settings.setValue(kSmoothing, m_charts->smoothing());
    settings.setValue(kLogScale, m_charts->logScale());
    settings.setValue(kReviewer, m_samples->review()->reviewer());
}

}  // namespace grindstone::gui
