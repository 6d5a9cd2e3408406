#include "QaReviewPanel.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>

#include <exception>

#include "grindstone/session/QaTags.h"
#include "widgets/common/CoreMessageText.h"
#include "widgets/gallery/StageStyle.h"
#include "widgets/gallery/StepSamples.h"

namespace grindstone::widgets {

QaReviewPanel::QaReviewPanel(QWidget* parent) : QWidget(parent) {
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("qaProgress"));
    m_accept = new QPushButton(tr("Accept (A)"), this);
    m_accept->setObjectName(QStringLiteral("qaAccept"));
    m_reject = new QPushButton(tr("Reject (R)"), this);
    m_reject->setObjectName(QStringLiteral("qaReject"));
    m_noteButton = new QPushButton(tr("Note (N)"), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("qaNote"));
    m_note->setPlaceholderText(tr("note: Enter saves, Esc cancels"));
    m_note->setClearButtonEnabled(true);
    m_note->hide();
    m_reviewer = new QLineEdit(this);
    m_reviewer->setObjectName(QStringLiteral("qaReviewer"));
    m_reviewer->setPlaceholderText(tr("your name"));
    m_reviewer->setMaximumWidth(120);
    m_reviewer->setText(qEnvironmentVariable("USER"));
    m_export = new QPushButton(tr("Export tags"), this);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("As CSV..."), this, [this] { chooseExport(true); });
    menu->addAction(tr("As JSON..."), this, [this] { chooseExport(false); });
    m_export->setMenu(menu);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_accept);
    layout->addWidget(m_reject);
    layout->addWidget(m_noteButton);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_progress, 1);
    layout->addWidget(new QLabel(tr("Reviewer:"), this));
    layout->addWidget(m_reviewer);
    layout->addWidget(m_export);

    connect(m_accept, &QPushButton::clicked, this, &QaReviewPanel::accept);
    connect(m_reject, &QPushButton::clicked, this, &QaReviewPanel::reject);
    connect(m_noteButton, &QPushButton::clicked, this, &QaReviewPanel::editNote);
    connect(m_note, &QLineEdit::returnPressed, this, &QaReviewPanel::saveNote);
    auto* cancel = new QShortcut(QKeySequence(Qt::Key_Escape), m_note);
    cancel->setContext(Qt::WidgetShortcut);
    connect(cancel, &QShortcut::activated, this, [this] {
        m_note->hide();
        m_progress->show();
        Q_EMIT noteEditorClosed();
    });
    updateProgress();
}

QaReviewPanel::~QaReviewPanel() = default;

bool QaReviewPanel::setRun(const QString& runFolder) {
    m_store.reset();
    m_runFolder = runFolder;
    bool ok = true;
    if (!runFolder.isEmpty()) {
        try {
            m_store = std::make_unique<QaTagStore>(runFolder.toStdString());
        } catch (const std::exception& e) {
            ok = false;
            Q_EMIT problem(coreMessageText(e.what()));
        }
    }
    updateProgress();
    return ok;
}

void QaReviewPanel::setSamples(std::shared_ptr<const StepSamples> samples) {
    m_samples = std::move(samples);
    updateProgress();
}

void QaReviewPanel::setCurrentSample(const QString& stageFile, qint64 row) {
    m_stage = stageFile.toStdString();
    m_row = row;
    m_note->hide();
    m_progress->show();
    updateProgress();
}

QString QaReviewPanel::reviewer() const {
    return m_reviewer->text().trimmed();
}

void QaReviewPanel::setReviewer(const QString& name) {
    m_reviewer->setText(name);
}

bool QaReviewPanel::reviewable() const {
    const auto name = parseProbeStage(m_stage);
    return m_store && m_samples && m_row >= 0 && name && name->stage != SampleStage::Real;
}

void QaReviewPanel::accept() {
    setVerdict("accepted");
}

void QaReviewPanel::reject() {
    setVerdict("rejected");
}

void QaReviewPanel::setVerdict(const std::string& verdict) {
    if (!reviewable()) return;
    const QaTag* old = m_store->find(m_samples->step, m_stage, m_row);
    if (save(verdict, old ? old->note : std::string())) Q_EMIT tagged(true);
}

void QaReviewPanel::editNote() {
    if (!reviewable()) return;
    const QaTag* old = m_store->find(m_samples->step, m_stage, m_row);
    m_note->setText(old ? QString::fromStdString(old->note) : QString());
    m_progress->hide();
    m_note->show();
    m_note->setFocus();
}

void QaReviewPanel::saveNote() {
    m_note->hide();
    m_progress->show();
    if (reviewable()) {
        const QaTag* old = m_store->find(m_samples->step, m_stage, m_row);
        if (save(old ? old->verdict : std::string(), m_note->text().trimmed().toStdString()))
            Q_EMIT tagged(false);
    }
    Q_EMIT noteEditorClosed();
}

bool QaReviewPanel::save(const std::string& verdict, const std::string& note) {
    QaTag tag;
    tag.step = m_samples->step;
    tag.stage = m_stage;
    tag.row = m_row;
    tag.verdict = verdict;
    tag.note = note;
    tag.reviewer = reviewer().toStdString();
    try {
        m_store->set(tag);
    } catch (const std::exception& e) {
        Q_EMIT problem(coreMessageText(e.what()));
        return false;
    }
    updateProgress();
    return true;
}

QString QaReviewPanel::progressText() const {
    if (!m_store) return tr("QA tags unavailable");
    if (!m_samples || m_samples->quality.samples.empty()) return QString();
    int64_t generated = 0, reviewed = 0, stageTotal = 0, stageReviewed = 0;
    for (const auto& s : m_samples->quality.samples) {
        if (s.stage.stage == SampleStage::Real) continue;
        const QaTag* tag = m_store->find(m_samples->step, s.stageFile, s.row);
        const bool done = tag && !tag->verdict.empty();
        ++generated;
        reviewed += done;
        if (s.stageFile == m_stage) {
            ++stageTotal;
            stageReviewed += done;
        }
    }
    QString text =
        tr("%1 / %2 reviewed at step %3").arg(reviewed).arg(generated).arg(m_samples->step);
    if (stageTotal > 0)
        text +=
            tr(" · %1: %2 / %3").arg(stageFileTitle(m_stage)).arg(stageReviewed).arg(stageTotal);
    else if (!m_stage.empty())
        text += tr(" · real samples are not reviewed");
    return text;
}

void QaReviewPanel::updateProgress() {
    m_progress->setText(progressText());
    const bool on = reviewable();
    m_accept->setEnabled(on);
    m_reject->setEnabled(on);
    m_noteButton->setEnabled(on);
    m_export->setEnabled(m_store != nullptr);
}

bool QaReviewPanel::exportCsv(const QString& path) {
    return exportTo(path, true);
}

bool QaReviewPanel::exportJson(const QString& path) {
    return exportTo(path, false);
}

bool QaReviewPanel::exportTo(const QString& path, bool csv) {
    if (!m_store) return false;
    try {
        if (csv)
            m_store->exportCsv(path.toStdString());
        else
            m_store->exportJson(path.toStdString());
    } catch (const std::exception& e) {
        Q_EMIT problem(coreMessageText(e.what()));
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

void QaReviewPanel::chooseExport(bool csv) {
    const QString suggested =
        QDir(m_runFolder)
            .filePath(csv ? QStringLiteral("qa-tags.csv") : QStringLiteral("qa-tags.json"));
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export QA tags as CSV") : tr("Export QA tags as JSON"), suggested,
        csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    if (!path.isEmpty()) exportTo(path, csv);
}

}  // namespace grindstone::widgets
