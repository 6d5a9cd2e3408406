#pragma once

#include <QString>

#include <string>

namespace grindstone::gui {

/// A phase that core reports while it projects a snapshot or trains a decoder ("nearest
/// neighbours", "training the decoder", ...), in the user's language for the progress bars.
/// Core speaks English and knows no Qt; a phase missing from the list shows as core wrote it.
QString phaseText(const std::string& phase);

}  // namespace grindstone::gui
