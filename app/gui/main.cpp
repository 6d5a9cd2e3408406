// grindstone: the desktop workbench.
#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>
#include <string_view>

#include "CommandLine.h"
#include "MainWindow.h"
#include "RunLocations.h"
#include "Translations.h"
#include "grindstone/Error.h"
#include "grindstone/options/Config.h"
#include "grindstone/options/OptionTable.h"
#include "grindstone/runtime/BlasKernels.h"
#include "widgets/common/CoreMessageText.h"
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

/// Prints a refusal of the command line ("grindstone: " and the message) and returns the exit
/// code of refused arguments.
int refuse(const QString& message) {
    std::fprintf(stderr, "grindstone: %s\n", qPrintable(message));
    return 2;
}

/// --lang's language when it is one the program speaks, else the system's (an unknown --lang
/// is refused by parseCommandLine, in the system's language).
QString chosenLanguage() {
    const QString requested = gui::requestedLanguage(QCoreApplication::arguments());
    return gui::uiLanguages().contains(requested) ? requested : gui::systemLanguage();
}

}  // namespace

int main(int argc, char** argv) {
    grindstone::chooseBlasKernels();
    if (onlyPrints(argc, argv)) {
        const QCoreApplication console(argc, argv);
        nameApplication();
        gui::installTranslations(QCoreApplication::instance(), chosenLanguage());
        gui::parseCommandLine(QCoreApplication::arguments());  // prints, then exits
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    // The desktop matches the window to the installed menu entry and its icon (the icon theme
    // has it once the package is installed; from a build folder the window has none).
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.grindstone.Grindstone"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("dev.grindstone.Grindstone")));
    // One look everywhere (and what the render tests' baselines are drawn with).
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // Before the command line's help texts and the window's widgets are made.
    if (!gui::installTranslations(&app, chosenLanguage()))
        qWarning("grindstone: the translation of the user interface is missing from this build");
    const gui::CommandLine args = gui::parseCommandLine(QApplication::arguments());
    if (!args.error.isEmpty()) return refuse(args.error);

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
        if (equals <= 0)
            return refuse(
                QCoreApplication::translate("grindstone", "--set '%1' is not of the form KEY=VALUE")
                    .arg(assignment));
        const QString key = assignment.left(equals);
        const QString value = assignment.mid(equals + 1);
        try {
            // A choice the form cannot show would otherwise be dropped without a word.
            canonicalOptionValue(key.toStdString(), value.toStdString());
        } catch (const InputError& e) {
            return refuse(QStringLiteral("--set %1: %2")
                              .arg(assignment, grindstone::widgets::coreMessageText(e.what())));
        }
        values.insert(key, value);
    }
    window.experimentPanel()->setValues(values);
    window.show();
    if (!args.openRun.isEmpty() && !window.openRun(args.openRun))
        return refuse(
            QCoreApplication::translate("grindstone", "cannot open run '%1'").arg(args.openRun));
    if (!args.compareRuns.isEmpty()) {
        QStringList folders;
        for (const QString& run : args.compareRuns)
            folders << QFileInfo(run).absoluteFilePath();
        window.compareView()->refresh();
        window.compareView()->selectRuns(folders);
        const QStringList selected = window.compareView()->selectedRuns();
        for (const QString& folder : folders)
            if (!selected.contains(folder))
                return refuse(
                    QCoreApplication::translate(
                        "grindstone", "--compare: '%1' is not a run of the workspace '%2'")
                        .arg(folder, setup.workspace));
    }
    if (!args.view.isEmpty() && !window.showView(args.view))
        return refuse(QCoreApplication::translate("grindstone", "--view %1: no such view (%2)")
                          .arg(args.view, window.viewNames().join(QStringLiteral(", "))));
    if (args.start) window.startAction()->trigger();
    if (!args.screenshot.isEmpty()) {
        QTimer::singleShot(args.screenshotDelayMs, &window, [&window, &args] {
            if (!window.grab().save(args.screenshot, "PNG"))
                refuse(QCoreApplication::translate("grindstone", "cannot write '%1'")
                           .arg(args.screenshot));
            window.close();  // during training: stops and saves the run first
        });
    }
    return QApplication::exec();
}
