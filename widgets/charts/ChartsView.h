#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSlider;

namespace grindstone::widgets {

class MetricChart;
class MetricStore;

/// The charts tab: a grid of the standard charts over one MetricStore, with the smoothing
/// slider, the log-scale switch for loss charts, a legend of the event markers present and
/// "export all". Redraws at most a few times a second, and only while visible.
class ChartsView : public QWidget {
    Q_OBJECT
public:
    explicit ChartsView(MetricStore& store, QWidget* parent = nullptr);

    /// What the charts show, e.g. "Live: <run>" or "Read-only: <run>".
    void setRunTitle(const QString& title);
    QString runTitle() const;
    double smoothing() const;
    void setSmoothing(double smoothing);
    bool logScale() const;
    void setLogScale(bool on);
    const QVector<MetricChart*>& charts() const { return m_charts; }
    MetricChart* chart(const QString& id) const;
    /// Writes <id>.png and <id>.csv of every chart into `folder`; false with `error` set on
    /// the first failure.
    bool exportAll(const QString& folder, QString* error);

Q_SIGNALS:
    /// Smoothing or log scale changed (the window persists them).
    void viewSettingsChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();
    void refreshAll();
    void updateMarkerLegend();
    void chooseExportFolder();

    MetricStore& m_store;
    QLabel* m_title = nullptr;
    QSlider* m_smoothing = nullptr;
    QLabel* m_smoothingValue = nullptr;
    QCheckBox* m_log = nullptr;
    QLabel* m_legend = nullptr;
    QVector<MetricChart*> m_charts;
    bool m_stale = false;
    QElapsedTimer m_sinceRefresh;  // invalid until the first refresh
    QTimer m_pendingRefresh;
};

}  // namespace grindstone::widgets
