#pragma once

// VTK needs a real OpenGL context. Qt's offscreen platform (chosen when there is no display)
// has none here: tests that render skip with this reason then; CI runs the suites under
// xvfb-run, where Mesa provides one. On a display without OpenGL they fail: a CI that lost
// its OpenGL must not pass by skipping.
#include <QGuiApplication>

#include "widgets/embedding/OpenGlSupport.h"

namespace grindstone::test {

using widgets::openGlUnavailableReason;

}  // namespace grindstone::test

/// Skips the current test when there is no display and so no OpenGL for VTK; fails when
/// there is a display without OpenGL (a CI that lost its OpenGL must not pass by skipping).
#define GRINDSTONE_REQUIRE_OPENGL()                                                \
    do {                                                                           \
        static const QString reason = grindstone::test::openGlUnavailableReason(); \
        if (reason.isEmpty()) break;                                               \
        if (QGuiApplication::platformName() == QStringLiteral("offscreen"))        \
            QSKIP(qPrintable(reason));                                             \
        QFAIL(qPrintable(reason));                                                 \
    } while (false)
