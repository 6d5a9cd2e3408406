#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include "Translations.h"

namespace grindstone::gui {

namespace {

/// A run to open: its folder, or the folder of the run.json given.
QString runFolderOf(const QString& path, QString* error) {
    const QFileInfo info(path);
    if (info.isDir()) return path;
    if (info.isFile() && info.fileName() == QLatin1String("run.json")) return info.absolutePath();
    *error = info.exists()
                 ? QCoreApplication::translate("CommandLine",
                                               "'%1' is neither a run folder nor a run's run.json")
                       .arg(path)
                 : QCoreApplication::translate("CommandLine", "'%1' does not exist").arg(path);
    return {};
}

}  // namespace

CommandLine parseCommandLine(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Grindstone: deep metric learning workbench (train, watch, compare)."));
    parser.addHelpOption();
    parser.addVersionOption();
    // The value names (dir, run, name...) go through translation too; QCommandLineParser lines up
    // the help's columns by characters, not by display width, so the Japanese keeps them ASCII.
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QCoreApplication::translate("CommandLine",
                                    "Folder of runs the run browser lists and new runs go into."),
        QCoreApplication::translate("CommandLine", "dir"));
    const QCommandLineOption open(
        QStringLiteral("open"),
        QCoreApplication::translate("CommandLine", "Open a run folder read-only."),
        QCoreApplication::translate("CommandLine", "run"));
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        QCoreApplication::translate("CommandLine",
                                    "Apply a preset: \"Reference (METHOD.md)\", \"Fast demo\" or "
                                    "\"Defaults\"."),
        QCoreApplication::translate("CommandLine", "name"));
    const QCommandLineOption set(
        QStringLiteral("set"),
        QCoreApplication::translate("CommandLine",
                                    "Set an option in the experiment panel (after the preset), "
                                    "as grindstone-cli's --set."),
        QStringLiteral("key=value"));
    const QCommandLineOption start(
        QStringLiteral("start"),
        QCoreApplication::translate("CommandLine", "Start training at once."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine",
                                    "Save a picture of the window to this PNG file, then quit."),
        QCoreApplication::translate("CommandLine", "file"));
    const QCommandLineOption delay(
        QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("CommandLine", "Seconds to wait before the screenshot."),
        QCoreApplication::translate("CommandLine", "seconds"), QStringLiteral("0"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("CommandLine", "Window size, e.g. 1600x1000."),
        QStringLiteral("WxH"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate(
            "CommandLine",
            "The view to show first: the name of a tab in the centre (charts, embedding, "
            "samples, compare), a page of Compare (curves, verification, configuration, ...) or "
            "triplet (the Samples tab's triplet inspector)."),
        QStringLiteral("NAME"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QCoreApplication::translate("CommandLine",
                                    "Select these run folders (comma-separated) in the Compare "
                                    "view."),
        QCoreApplication::translate("CommandLine", "runs"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine",
                                    "Language of the user interface: %1 (default: the system's).")
            .arg(uiLanguages().join(QStringLiteral(", "))),
        QCoreApplication::translate("CommandLine", "language"));
    parser.addOptions(
        {workspace, open, preset, set, start, screenshot, delay, size, view, compare, lang});
    parser.addPositionalArgument(
        QCoreApplication::translate("CommandLine", "run"),
        QCoreApplication::translate("CommandLine",
                                    "A run folder or its run.json to open read-only, as --open."),
        QCoreApplication::translate("CommandLine", "[run]"));
    parser.process(arguments);

    CommandLine out;
    out.workspace = parser.value(workspace);
    out.openRun = parser.value(open);
    out.language = parser.value(lang);
    out.preset = parser.value(preset);
    out.sets = parser.values(set);
    out.start = parser.isSet(start);
    out.screenshot = parser.value(screenshot);
    out.screenshotDelayMs = static_cast<int>(parser.value(delay).toDouble() * 1000);
    out.size = parser.value(size);
    out.view = parser.value(view);
    for (const QString& run : parser.value(compare).split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.compareRuns << run.trimmed();

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        out.error = QCoreApplication::translate("CommandLine", "one run to open, not %1")
                        .arg(positional.size());
    else if (positional.size() == 1 && !out.openRun.isEmpty())
        out.error = QCoreApplication::translate("CommandLine",
                                                "a run to open and --open: give one of them");
    else if (positional.size() == 1)
        out.openRun = runFolderOf(positional.front(), &out.error);
    if (!out.language.isEmpty() && !uiLanguages().contains(out.language))
        out.error = QCoreApplication::translate("CommandLine", "--lang %1: no such language (%2)")
                        .arg(out.language, uiLanguages().join(QStringLiteral(", ")));
    return out;
}

}  // namespace grindstone::gui
