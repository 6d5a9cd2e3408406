#pragma once

#include <QString>

#include "widgets/charts/ChartSpec.h"
#include "widgets/charts/MetricStore.h"

namespace grindstone::widgets {

/// The data behind one chart as CSV, unsmoothed: "step,<key>..." for step charts (a row per
/// step that has any of the keys, empty cells where a key is missing) and
/// "step,final,<key>..." for evaluation charts (fractions, as in the metrics log).
QString chartCsv(const ChartSpec& spec, const MetricStore& store);

/// Writes `text` atomically (temp file + rename); on failure returns false and sets `error`
/// to a message naming the file.
bool writeTextFile(const QString& path, const QString& text, QString* error);

}  // namespace grindstone::widgets
