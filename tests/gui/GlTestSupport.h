#pragma once

// VTK needs a real OpenGL context. Qt's offscreen platform (chosen when there is no display)
// has none here: tests that render skip with this reason instead of failing; CI runs the
// suites under xvfb-run, where Mesa provides one.
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

/// Skips the current test when VTK cannot render here (see openGlUnavailableReason).
#define GRINDSTONE_REQUIRE_OPENGL()                                                \
    do {                                                                           \
        static const QString reason = grindstone::test::openGlUnavailableReason(); \
        if (!reason.isEmpty()) QSKIP(qPrintable(reason));                          \
    } while (false)
