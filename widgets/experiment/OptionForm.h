#pragma once

#include <QMap>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QToolBox;

namespace grindstone::widgets {

class OptionField;

/// The settings form generated from the core's option table: the `pinned` options on top,
/// every other option on the page of its group (a QToolBox), in table order. A group whose
/// page holds an invalid value says so in its title.
class OptionForm : public QWidget {
    Q_OBJECT
public:
    /// `excluded`: options another widget edits (the dataset picker's `dataset`).
    OptionForm(const QStringList& pinned, const QStringList& excluded, QWidget* parent = nullptr);

    /// Canonical values of every field (invalid ones as typed).
    QMap<QString, QString> values() const;
    /// Sets the fields named in `values`; others keep their value, unknown names are ignored.
    void setValues(const QMap<QString, QString>& values);
    void resetToDefaults();
    bool isValid() const { return invalidOptions().isEmpty(); }
    QStringList invalidOptions() const;
    OptionField* field(const QString& name) const;
    QToolBox* groups() const { return m_groups; }

Q_SIGNALS:
    void edited();

private:
    void updateGroupTitles();

    QVector<OptionField*> m_fields;
    QToolBox* m_groups = nullptr;
    QMap<QString, int> m_groupPage;  // group name -> toolbox page
};

}  // namespace grindstone::widgets
