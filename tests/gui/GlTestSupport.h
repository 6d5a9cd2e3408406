#pragma once

// VTK needs a real OpenGL context. Qt's offscreen platform (chosen when there is no display)
// has none here: tests that render skip with this reason then; CI runs the suites under
// xvfb-run, where Mesa provides one. On a display without OpenGL they fail: a CI that lost
// its OpenGL must not pass by skipping.
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QSurfaceFormat>

namespace grindstone::test {

/// Empty when an OpenGL 3.2 core context can be made current, else why not.
inline QString openGlUnavailableReason() {
    QSurfaceFormat format;
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    QOpenGLContext context;
    context.setFormat(format);
    QOffscreenSurface surface;
    surface.setFormat(format);
    surface.create();
    if (context.create() && surface.isValid() && context.makeCurrent(&surface)) {
        context.doneCurrent();
        return {};
    }
    return QStringLiteral(
               "no OpenGL 3.2 context on the '%1' Qt platform: run under xvfb-run "
               "-a -s \"-screen 0 1600x1000x24\" (as CI does)")
        .arg(QGuiApplication::platformName());
}

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
