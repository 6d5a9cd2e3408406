#pragma once

#include <QString>

namespace grindstone::gui {

/// The folder runs go into: sessions/runs when the program runs from a checkout, the user's
/// data folder (XDG_DATA_HOME or ~/.local/share, then grindstone/runs) when installed. The
/// same rule as grindstone-cli, so both programs see the same runs.
QString defaultWorkspace();

/// A new run folder inside `workspace`, named <time>-<method>-<miner>-s<seed> like the CLI's,
/// with a number appended when the name is taken.
QString newRunFolder(const QString& workspace, const QString& method, const QString& miner,
                     const QString& seed);

}  // namespace grindstone::gui
