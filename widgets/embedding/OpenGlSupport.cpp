#include "widgets/embedding/OpenGlSupport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QSurfaceFormat>

namespace grindstone::widgets {

QString openGlUnavailableReason() {
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
    return QCoreApplication::translate(
               "OpenGlSupport",
               "no OpenGL 3.2 context on the '%1' Qt platform: run under xvfb-run "
               "-a -s \"-screen 0 1600x1000x24\" (as CI does)")
        .arg(QGuiApplication::platformName());
}

}  // namespace grindstone::widgets
