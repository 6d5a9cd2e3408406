#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace grindstone::widgets {

/// A named set of option values laid over the option table's defaults.
struct Preset {
    QString name;
    QString description;
    QMap<QString, QString> values;
};

/// "Reference (METHOD.md)" (the settings of docs/METHOD.md), "Fast demo" and "Defaults".
const QVector<Preset>& presets();

/// A preset's name or description (kept in English: the name is the key --preset takes) in
/// the user's language.
QString presetText(const QString& english);

/// Every option's canonical value under `preset`: the defaults, then the preset's values.
QMap<QString, QString> presetValues(const Preset& preset);

/// The preset whose values equal `values` on every key of `values` except `ignored` (the
/// dataset is chosen separately), or nullptr when the form is custom.
const Preset* matchingPreset(const QMap<QString, QString>& values, const QStringList& ignored);

}  // namespace grindstone::widgets
