#pragma once

#include <QString>

namespace grindstone::widgets {

/// A path as the window shows it: native separators, and the user's home folder as "~"
/// (shorter, and the same words whoever's home it is). Editable fields keep the full path.
QString displayPath(const QString& path);

}  // namespace grindstone::widgets
