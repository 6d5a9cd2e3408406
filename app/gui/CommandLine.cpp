#include "CommandLine.h"

#include <QCommandLineParser>

namespace grindstone::gui {

CommandLine parseCommandLine(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Grindstone: deep metric learning workbench (train, watch, compare)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("Folder of runs the run browser lists and "
                                                      "new runs go into."),
                                       QStringLiteral("dir"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  QStringLiteral("Open a run folder read-only."),
                                  QStringLiteral("run"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    QStringLiteral("Apply a preset: \"Reference (METHOD.md)\", "
                                                   "\"Fast demo\" or \"Defaults\"."),
                                    QStringLiteral("name"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Set an option in the experiment panel (after the "
                                                "preset), as grindstone-cli's --set."),
                                 QStringLiteral("key=value"));
    const QCommandLineOption start(QStringLiteral("start"),
                                   QStringLiteral("Start training at once."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the window to this PNG file, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"),
                                   QStringLiteral("Seconds to wait before the screenshot."),
                                   QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size, e.g. 1600x1000."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QStringLiteral("The view to show first: the name of a tab in the "
                       "centre (charts, embedding, samples, compare), a page of "
                       "Compare (curves, verification, configuration, ...) or "
                       "triplet (the Samples tab's triplet inspector)."),
        QStringLiteral("NAME"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QStringLiteral("Select these run folders (comma-separated) in the Compare view."),
        QStringLiteral("runs"));
    parser.addOptions(
        {workspace, open, preset, set, start, screenshot, delay, size, view, compare});
    parser.process(arguments);

    CommandLine out;
    out.workspace = parser.value(workspace);
    out.openRun = parser.value(open);
    out.preset = parser.value(preset);
    out.sets = parser.values(set);
    out.start = parser.isSet(start);
    out.screenshot = parser.value(screenshot);
    out.screenshotDelayMs = static_cast<int>(parser.value(delay).toDouble() * 1000);
    out.size = parser.value(size);
    out.view = parser.value(view);
    for (const QString& run : parser.value(compare).split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.compareRuns << run.trimmed();
    return out;
}

}  // namespace grindstone::gui
