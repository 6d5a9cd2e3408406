#include "widgets/log/LogPanel.h"

#include <QTime>

namespace grindstone::widgets {

namespace {
constexpr int kMaxLines = 5000;  // a week-long session must not grow without bound
}

LogPanel::LogPanel(QWidget* parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setMaximumBlockCount(kMaxLines);
    setObjectName(QStringLiteral("logPanel"));
}

void LogPanel::append(Level level, const QString& text) {
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    QString color;
    QString prefix;
    if (level == Level::Warning) {
        color = QStringLiteral("#b35c00");
        prefix = tr("warning: ");
    } else if (level == Level::Error) {
        color = QStringLiteral("#c62828");
        prefix = tr("error: ");
    }
    QString html = QStringLiteral("<span style='color:#757575'>%1</span> ").arg(stamp);
    const QString body =
        QString(prefix + text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    html += color.isEmpty() ? body
                            : QStringLiteral("<span style='color:%1'>%2</span>").arg(color, body);
    appendHtml(html);
    if (level != Level::Info) Q_EMIT problemAppended();
}

}  // namespace grindstone::widgets
