// UI responsiveness while a two-stage run trains in the window, and what the window costs the
// training: a 10 ms heartbeat timer on the UI thread records how late each beat fires, and the
// same run is trained by grindstone-cli and by the window, alternating, comparing the steps
// per second of training time each run folder logs.
//   bench_gui_responsiveness [--rounds N] [--steps N] [--threads N] [--dataset DIR]
// Run it under a display (xvfb-run -a -s "-screen 0 1600x1000x24") so painting is real.
// --threads 0 (the default) compares the two programs' defaults: the CLI trains on every core,
// the window on all but one; --threads N gives both the same count.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "MainWindow.h"
#include "grindstone/options/OptionTable.h"
#include "widgets/experiment/ExperimentPanel.h"

using namespace grindstone;

namespace {

struct Settings {
    int rounds = 2;
    int steps = 150;
    int threads = 0;
    QString dataset = QString::fromStdString(findOption("dataset")->defaultValue);
};

QMap<QString, QString> runValues(const Settings& s) {
    return {{QStringLiteral("dataset"), s.dataset},
            {QStringLiteral("method"), QStringLiteral("two-stage")},
            {QStringLiteral("steps"), QString::number(s.steps)},
            {QStringLiteral("eval_every"), QString::number(s.steps / 3)},
            {QStringLiteral("eval_max_images"), QStringLiteral("2000")},
            {QStringLiteral("snapshot_every"), QString::number(s.steps / 3)},
            {QStringLiteral("checkpoint_every"), QString::number(s.steps / 2)},
            {QStringLiteral("log_every"), QStringLiteral("1")},
            {QStringLiteral("threads"), QString::number(s.threads)}};
}

/// Steps per second of training time, from the last step line of a run's log.
double stepsPerSecond(const QString& folder) {
    QFile log(folder + QStringLiteral("/metrics.jsonl"));
    if (!log.open(QIODevice::ReadOnly)) return 0;
    double steps = 0, seconds = 0;
    while (!log.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(log.readLine()).object();
        if (line.value(QLatin1String("type")).toString() != QLatin1String("step")) continue;
        steps = line.value(QLatin1String("step")).toDouble();
        seconds = line.value(QLatin1String("time")).toDouble();
    }
    return seconds > 0 ? steps / seconds : 0;
}

double cliRun(const Settings& s, const QString& folder) {
    QStringList args{QStringLiteral("train"), QStringLiteral("--out"), folder};
    const auto values = runValues(s);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        args << QStringLiteral("--set") << it.key() + QLatin1Char('=') + it.value();
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    cli.start(QStringLiteral(GRINDSTONE_CLI), args);
    cli.waitForFinished(-1);
    return stepsPerSecond(folder);
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

/// Trains in the window; appends the heartbeat's lateness (ms) while training to `delays`.
double guiRun(const Settings& s, const QString& workspace, std::vector<double>& delays) {
    gui::MainWindow window({workspace, s.dataset});
    window.resize(1600, 1000);
    window.show();
    window.experimentPanel()->setValues(runValues(s));
    QElapsedTimer clock;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        if (window.controller()->state() == gui::TrainingController::State::Training)
            delays.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6 - 10.0);
        clock.restart();
    });
    QEventLoop loop;
    QObject::connect(window.controller(), &gui::TrainingController::runEnded, &loop,
                     &QEventLoop::quit);
    clock.start();
    heartbeat.start();
    window.startAction()->trigger();
    loop.exec();
    return stepsPerSecond(window.controller()->runFolder());
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // The window saves its layout and options on closing: not into the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    Settings s;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--rounds")) s.rounds = args[i + 1].toInt();
        if (args[i] == QLatin1String("--steps")) s.steps = args[i + 1].toInt();
        if (args[i] == QLatin1String("--threads")) s.threads = args[i + 1].toInt();
        if (args[i] == QLatin1String("--dataset")) s.dataset = args[i + 1];
    }
    QTemporaryDir workspace;
    std::vector<double> delays, cliRates, guiRates;
    for (int r = 0; r < s.rounds; ++r) {
        cliRates.push_back(cliRun(s, workspace.filePath(QStringLiteral("cli-%1").arg(r))));
        guiRates.push_back(guiRun(s, workspace.filePath(QStringLiteral("gui-%1").arg(r)), delays));
        std::printf("round %d: cli %.2f steps/s, gui %.2f steps/s\n", r + 1, cliRates.back(),
                    guiRates.back());
    }
    auto mean = [](const std::vector<double>& v) {
        double sum = 0;
        for (double x : v)
            sum += x;
        return v.empty() ? 0 : sum / static_cast<double>(v.size());
    };
    const double cli = mean(cliRates), guiRate = mean(guiRates);
    std::printf("two-stage, %d steps, %d round(s), threads %d, %s\n", s.steps, s.rounds, s.threads,
                qPrintable(s.dataset));
    std::printf(
        "heartbeat lateness over %zu beats: median %.1f ms, p99 %.1f ms, max %.1f ms "
        "(target p99 < 50 ms)\n",
        delays.size(), percentile(delays, 0.5), percentile(delays, 0.99), percentile(delays, 1.0));
    std::printf(
        "training speed: cli %.2f steps/s, gui %.2f steps/s (mean of the rounds): gui %.1f%% "
        "slower (target < 10%%)\n",
        cli, guiRate, cli > 0 ? 100 * (1 - guiRate / cli) : 0.0);
    return 0;
}
