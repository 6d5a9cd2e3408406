#pragma once

#include <QString>
#include <QStringList>

namespace grindstone::gui {

/// What `grindstone` was asked on its command line.
struct CommandLine {
    QString workspace;   ///< empty: the default workspace
    QString openRun;     ///< a run folder to open read-only (--open, or the positional run)
    QString language;    ///< --lang: "en", "ja"; empty: the system's
    QString preset;      ///< a preset to apply at launch
    QStringList sets;    ///< KEY=VALUE option values applied after the preset
    bool start = false;  ///< start training at once with the panel's values
    QString screenshot;  ///< grab the window into this PNG, then quit
    int screenshotDelayMs = 0;
    QString size;             ///< "WxH": window size (screenshots)
    QString view;             ///< the central view to show first ("charts", "embedding", ...)
    QStringList compareRuns;  ///< run folders to select in the Compare view
    QString error;            ///< why the arguments are refused (exit code 2); empty: accepted
};

/// Parses the arguments (QCommandLineParser: --help and --version exit here). The positional
/// argument is a run to open read-only: its folder or the path of its run.json (what a file
/// manager passes for a run.json).
CommandLine parseCommandLine(const QStringList& arguments);

}  // namespace grindstone::gui
