#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTreeWidget;

namespace grindstone::widgets {

/// The runs of a workspace (one folder of run folders) as the core's listing reports them:
/// status, method, miner, steps, final Recall@1 and MAP@R. The selected run's details (folder,
/// problem of a damaged run, options that differ from the defaults) show below the table.
/// A run can be opened read-only, or resumed when it stopped or crashed.
class RunBrowser : public QWidget {
    Q_OBJECT
public:
    explicit RunBrowser(QWidget* parent = nullptr);

    void setWorkspace(const QString& folder);
    QString workspace() const { return m_workspace; }
    /// Lists the workspace again, keeping the selection when the run is still there.
    void refresh();
    QString selectedRun() const;
    bool selectRun(const QString& folder);
    /// The run this window trains: its row shows the live step (run.json, which the listing
    /// reads, is only rewritten when the status changes).
    void setLiveProgress(const QString& folder, qint64 step, qint64 totalSteps);
    /// While a run trains, nothing else may be resumed (one trainer at a time) or opened (the
    /// charts show the live run).
    void setTrainingActive(bool active);

    QTreeWidget* table() const { return m_table; }
    QSplitter* splitter() const { return m_splitter; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* resumeButton() const { return m_resume; }

Q_SIGNALS:
    void openRequested(const QString& folder);
    void resumeRequested(const QString& folder);

private:
    void updateSelection();

    QString m_workspace;
    QLabel* m_workspaceLabel = nullptr;
    QTreeWidget* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QSplitter* m_splitter = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_resume = nullptr;
    bool m_trainingActive = false;
};

}  // namespace grindstone::widgets
