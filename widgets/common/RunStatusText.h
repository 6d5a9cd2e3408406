#pragma once

#include <QString>

namespace grindstone::widgets {

/// A run's or trial's status as core records it ("finished", "running", "stopped", "crashed",
/// "damaged", "not started") in the user's language; an unknown status is shown as it is.
QString runStatusText(const QString& status);

}  // namespace grindstone::widgets
