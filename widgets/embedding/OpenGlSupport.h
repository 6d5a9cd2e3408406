#pragma once

#include <QString>

namespace grindstone::widgets {

/// Empty when an OpenGL 3.2 core context can be made current (what the VTK view needs), else
/// why not. Qt's offscreen platform has none here; a window then leaves its 3D views out
/// rather than crash inside Qt when it draws them.
QString openGlUnavailableReason();

}  // namespace grindstone::widgets
