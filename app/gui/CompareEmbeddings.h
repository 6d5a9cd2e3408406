#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

#include "WorkerThreads.h"

class QLabel;
class QTreeWidget;

namespace grindstone::widgets {
class EmbeddingPanel;
class SampleSelection;
}  // namespace grindstone::widgets

namespace grindstone::gui {

struct EmbeddingPair;

/// Two runs' embedding spaces side by side on the same evaluation images (the newest step both
/// stored): PCA of the first run, the second run's PCA layout rotated onto it (orthogonal
/// Procrustes on the shared images) so a point sits in comparable places; linked cameras; the
/// points whose 10 nearest neighbours changed most between the two runs are listed and
/// highlighted in both views. Computed off the UI thread.
class CompareEmbeddings : public QWidget {
    Q_OBJECT
public:
    explicit CompareEmbeddings(QWidget* parent = nullptr);
    ~CompareEmbeddings() override;

    /// Compares the first two of `folders` (fewer: shows what to do).
    void setRuns(const QStringList& folders);

    widgets::EmbeddingPanel* left() const { return m_left; }
    widgets::EmbeddingPanel* right() const { return m_right; }
    QTreeWidget* changedList() const { return m_changed; }
    QString statusText() const;
    bool computing() const { return m_pending > 0; }

Q_SIGNALS:
    void computed();

private:
    void present(quint64 request, std::shared_ptr<const EmbeddingPair> pair, const QString& error);

    widgets::SampleSelection* m_selection = nullptr;
    widgets::EmbeddingPanel* m_left = nullptr;
    widgets::EmbeddingPanel* m_right = nullptr;
    QLabel* m_leftTitle = nullptr;
    QLabel* m_rightTitle = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_changed = nullptr;
    QStringList m_folders;
    WorkerThreads m_workers;
    quint64 m_request = 0;
    int m_pending = 0;
};

}  // namespace grindstone::gui
