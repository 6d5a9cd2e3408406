#pragma once

#include <QString>
#include <QStringList>

namespace grindstone::gui {

/// What `grindstone` was asked on its command line.
struct CommandLine {
    QString workspace;   ///< empty: the default workspace
    QString openRun;     ///< a run folder to open read-only
    QString preset;      ///< a preset to apply at launch
    QStringList sets;    ///< KEY=VALUE option values applied after the preset
    bool start = false;  ///< start training at once with the panel's values
    QString screenshot;  ///< grab the window into this PNG, then quit
    int screenshotDelayMs = 0;
    QString size;             ///< "WxH": window size (screenshots)
    QString view;             ///< the central view to show first ("charts", "embedding", ...)
    QStringList compareRuns;  ///< run folders to select in the Compare view
};

/// Parses the arguments (QCommandLineParser: --help and --version exit here).
CommandLine parseCommandLine(const QStringList& arguments);

}  // namespace grindstone::gui
