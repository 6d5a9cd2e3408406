#include "widgets/common/RunStatusText.h"

#include <QCoreApplication>

namespace grindstone::widgets {

namespace {
// Core writes these into run.json and the tune records; listed here for lupdate.
[[maybe_unused]] const char* const kStatuses[] = {
    QT_TRANSLATE_NOOP("RunStatus", "finished"), QT_TRANSLATE_NOOP("RunStatus", "running"),
    QT_TRANSLATE_NOOP("RunStatus", "stopped"),  QT_TRANSLATE_NOOP("RunStatus", "crashed"),
    QT_TRANSLATE_NOOP("RunStatus", "damaged"),  QT_TRANSLATE_NOOP("RunStatus", "not started")};
}  // namespace

QString runStatusText(const QString& status) {
    return QCoreApplication::translate("RunStatus", status.toUtf8().constData());
}

}  // namespace grindstone::widgets
