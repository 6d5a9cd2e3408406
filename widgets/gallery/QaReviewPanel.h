#pragma once

#include <QString>
#include <QWidget>

#include <memory>
#include <string>

class QLabel;
class QLineEdit;
class QPushButton;

namespace grindstone {
class QaTagStore;
}

namespace grindstone::widgets {

struct StepSamples;

/// The QA bar under the gallery: verdicts on the sample under the cursor (Accept, Reject, a
/// note in a small inline editor), the review progress of the step, the reviewer's name and
/// the export of every tag as CSV or JSON. Each verdict is saved in the run (qa/tags.json)
/// through QaTagStore at once.
class QaReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit QaReviewPanel(QWidget* parent = nullptr);
    ~QaReviewPanel() override;

    /// Opens the run's tags; false (the panel disabled, the reason shown) when qa/tags.json
    /// is damaged. An empty folder closes them.
    bool setRun(const QString& runFolder);
    void setSamples(std::shared_ptr<const StepSamples> samples);
    /// The sample verdicts apply to.
    void setCurrentSample(const QString& stageFile, qint64 row);

    const QaTagStore* store() const { return m_store.get(); }
    QString reviewer() const;
    void setReviewer(const QString& name);
    /// The progress line ("14 / 288 generated samples reviewed at step 300 ...").
    QString progressText() const;
    bool exportCsv(const QString& path);
    bool exportJson(const QString& path);

    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* rejectButton() const { return m_reject; }
    QLineEdit* noteEdit() const { return m_note; }
    QLineEdit* reviewerEdit() const { return m_reviewer; }

public Q_SLOTS:
    void accept();
    void reject();
    /// Opens the inline note editor on the current sample (Enter saves, Escape cancels).
    void editNote();

Q_SIGNALS:
    /// A verdict or note was saved (`advance`: move on to the next sample).
    void tagged(bool advance);
    void noteEditorClosed();
    void problem(const QString& text);
    void exported(const QString& path);

private:
    void setVerdict(const std::string& verdict);
    void saveNote();
    bool save(const std::string& verdict, const std::string& note);
    void chooseExport(bool csv);
    bool exportTo(const QString& path, bool csv);
    void updateProgress();
    bool reviewable() const;

    std::unique_ptr<QaTagStore> m_store;
    std::shared_ptr<const StepSamples> m_samples;
    std::string m_stage;
    qint64 m_row = -1;
    QString m_runFolder;
    QLabel* m_progress = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_noteButton = nullptr;
    QLineEdit* m_note = nullptr;
    QLineEdit* m_reviewer = nullptr;
    QPushButton* m_export = nullptr;
};

}  // namespace grindstone::widgets
