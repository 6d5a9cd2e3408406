#pragma once

#include <QList>
#include <QObject>

namespace grindstone::widgets {

/// The set of selected samples shared by the views (embedding view, galleries): indices of
/// points in the current embedding scene, sorted and unique. A view that changes the
/// selection passes itself as `origin` so it can ignore its own echo.
class SampleSelection : public QObject {
    Q_OBJECT
public:
    explicit SampleSelection(QObject* parent = nullptr);

    const QList<int>& indices() const { return m_indices; }
    bool isEmpty() const { return m_indices.isEmpty(); }
    bool contains(int index) const;

    /// Replaces the selection; emits changed only when it differs.
    void setIndices(QList<int> indices, QObject* origin = nullptr);
    void clear(QObject* origin = nullptr) { setIndices({}, origin); }

Q_SIGNALS:
    void changed(QObject* origin);

private:
    QList<int> m_indices;
};

}  // namespace grindstone::widgets
