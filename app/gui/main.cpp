// grindstone: the desktop workbench.
#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>
#include <string_view>

#include "CommandLine.h"
#include "MainWindow.h"
#include "RunLocations.h"
#include "grindstone/Error.h"
#include "grindstone/options/Config.h"
#include "grindstone/options/OptionTable.h"
#include "grindstone/runtime/BlasKernels.h"
#include "widgets/compare/CompareView.h"
#include "widgets/experiment/ExperimentPanel.h"

using namespace grindstone;

namespace {

void nameApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("Grindstone"));
    QCoreApplication::setApplicationName(QStringLiteral("grindstone"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRINDSTONE_VERSION));
}

/// --help and --version (QCommandLineParser's spellings) only print: they must work where a
/// QApplication cannot start (no display, e.g. on a build server).
bool onlyPrints(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    grindstone::chooseBlasKernels();
    if (onlyPrints(argc, argv)) {
        const QCoreApplication console(argc, argv);
        nameApplication();
        gui::parseCommandLine(QCoreApplication::arguments());  // prints, then exits
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    // One look everywhere (and what the render tests' baselines are drawn with).
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const gui::CommandLine args = gui::parseCommandLine(QApplication::arguments());

    gui::MainWindowSetup setup;
    setup.workspace = args.workspace.isEmpty() ? gui::defaultWorkspace() : args.workspace;
    setup.defaultDataset = QString::fromStdString(findOption("dataset")->defaultValue);
    gui::MainWindow window(setup);
    if (!args.size.isEmpty()) {
        const QStringList wh = args.size.split(QLatin1Char('x'));
        if (wh.size() == 2) window.resize(wh[0].toInt(), wh[1].toInt());
    }
    if (!args.preset.isEmpty()) window.experimentPanel()->applyPreset(args.preset);
    QMap<QString, QString> values;
    for (const QString& assignment : args.sets) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            std::fprintf(stderr, "grindstone: --set '%s' is not of the form KEY=VALUE\n",
                         qPrintable(assignment));
            return 2;
        }
        const QString key = assignment.left(equals);
        const QString value = assignment.mid(equals + 1);
        try {
            // A choice the form cannot show would otherwise be dropped without a word.
            canonicalOptionValue(key.toStdString(), value.toStdString());
        } catch (const InputError& e) {
            std::fprintf(stderr, "grindstone: --set %s: %s\n", qPrintable(assignment), e.what());
            return 2;
        }
        values.insert(key, value);
    }
    window.experimentPanel()->setValues(values);
    window.show();
    if (!args.openRun.isEmpty() && !window.openRun(args.openRun)) {
        std::fprintf(stderr, "grindstone: cannot open run '%s'\n", qPrintable(args.openRun));
        return 2;
    }
    if (!args.compareRuns.isEmpty()) {
        QStringList folders;
        for (const QString& run : args.compareRuns)
            folders << QFileInfo(run).absoluteFilePath();
        window.compareView()->refresh();
        window.compareView()->selectRuns(folders);
        const QStringList selected = window.compareView()->selectedRuns();
        for (const QString& folder : folders)
            if (!selected.contains(folder)) {
                std::fprintf(stderr,
                             "grindstone: --compare: '%s' is not a run of the workspace '%s'\n",
                             qPrintable(folder), qPrintable(setup.workspace));
                return 2;
            }
    }
    if (!args.view.isEmpty() && !window.showView(args.view)) {
        std::fprintf(stderr, "grindstone: --view %s: no such view (%s)\n", qPrintable(args.view),
                     qPrintable(window.viewNames().join(QStringLiteral(", "))));
        return 2;
    }
    if (args.start) window.startAction()->trigger();
    if (!args.screenshot.isEmpty()) {
        QTimer::singleShot(args.screenshotDelayMs, &window, [&window, &args] {
            if (!window.grab().save(args.screenshot, "PNG"))
                std::fprintf(stderr, "grindstone: cannot write '%s'\n",
                             qPrintable(args.screenshot));
            window.close();  // during training: stops and saves the run first
        });
    }
    return QApplication::exec();
}
