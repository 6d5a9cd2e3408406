#pragma once

#include <QString>
#include <QWidget>

#include "grindstone/tune/Tuner.h"

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace grindstone::widgets {

class ParallelCoordinates;

/// The Tune page: a `grindstone-cli tune` search of the workspace (or any folder) as it
/// stands: its trials across the knobs (parallel coordinates, coloured by the first rung's
/// objective, the best in red), how much each knob matters (the share of the objective's
/// variance it explains), each trial's objective per rung as curves (the trials still
/// training join them as they finish rungs), the training loss of the runs training now
/// (the page refreshes itself while one runs), every trial in a sortable table, and "Train
/// with the best setting".
class TuneView : public QWidget {
    Q_OBJECT
public:
    explicit TuneView(QWidget* parent = nullptr);

    /// Lists the searches (folders holding tune.json) directly inside `workspace`.
    void setWorkspace(const QString& workspace);
    /// Shows the search in `folder`, on the running trials' curves while one trains; false
    /// (with the reason shown) when it is none.
    bool openSearch(const QString& folder);
    void refresh();

    const TuneSearch& search() const { return m_search; }
    ParallelCoordinates* coordinates() const { return m_coordinates; }
    QTableWidget* table() const { return m_table; }
    QChartView* sensitivityChart() const { return m_sensitivity; }
    QChartView* curves() const { return m_curves; }
    /// J_metric by step of the runs training now (a trial, or a finalist's other fold).
    QChartView* runningCurves() const { return m_running; }
    QPushButton* trainBestButton() const { return m_trainBest; }
    QLabel* summary() const { return m_summary; }

Q_SIGNALS:
    /// The user asked to train the search's answer: the path of its best.json.
    void trainWithConfig(const QString& configPath);

private:
    void showSearch();
    void fillTable();
    void fillCharts();
    void fillRunning();

    QString m_workspace;
    QString m_folder;
    TuneSearch m_search;
    QComboBox* m_searches = nullptr;
    QLabel* m_summary = nullptr;
    ParallelCoordinates* m_coordinates = nullptr;
    QChartView* m_sensitivity = nullptr;
    QChartView* m_curves = nullptr;
    QChartView* m_running = nullptr;
    QTabWidget* m_charts = nullptr;  ///< the objective by rung, the running trials' loss
    QTableWidget* m_table = nullptr;
    QPushButton* m_trainBest = nullptr;
    QTimer* m_refreshTimer = nullptr;
};

}  // namespace grindstone::widgets
