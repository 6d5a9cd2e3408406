// Benchmark (not a test): a workspace of N runs (default 200, copies of the fixture run)
// opened in the Compare tab's table, then sorted by Recall@1 and by name; prints the times.
// Usage: bench_compare_table [--runs N] [--rounds R]
#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

#include "FixtureWorkspace.h"
#include "widgets/compare/CompareView.h"
#include "widgets/compare/RunTableModel.h"

using namespace grindstone;

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("DISPLAY")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // the view's saved state stays out of the user's
    int runs = 200, rounds = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (QByteArray(argv[i]) == "--runs") runs = std::atoi(argv[i + 1]);
        if (QByteArray(argv[i]) == "--rounds") rounds = std::atoi(argv[i + 1]);
    }
    QTemporaryDir ws;
    for (int i = 0; i < runs; ++i)
        if (test::addFixtureRun(ws.path(), QStringLiteral("run-%1").arg(i, 4, 10, QLatin1Char('0')),
                                i % 5 + 1, QStringLiteral("lr_metric"), 0.001 * (1 + i / 5),
                                0.5 + 0.4 * ((i * 37) % 101) / 100.0)
                .isEmpty()) {
            std::fprintf(stderr, "cannot write the workspace\n");
            return 1;
        }
    std::printf(
        "%d runs, %d rounds (each: a new Compare view opens the workspace, shows it, "
        "sorts by R@1 then by name)\n",
        runs, rounds);
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer total;
        total.start();
        widgets::CompareView view;
        view.resize(1400, 900);
        view.setWorkspace(ws.path());
        view.show();
        QApplication::processEvents();
        const double open = total.nsecsElapsed() / 1e6;
        QElapsedTimer sort;
        sort.start();
        view.table()->sortByColumn(widgets::RunTableModel::R1, Qt::DescendingOrder);
        QApplication::processEvents();
        view.table()->sortByColumn(widgets::RunTableModel::Name, Qt::AscendingOrder);
        QApplication::processEvents();
        std::printf(
            "round %d: open + list %.1f ms, two sorts %.1f ms, total %.1f ms (target "
            "< 1000 ms)\n",
            r + 1, open, sort.nsecsElapsed() / 1e6, total.nsecsElapsed() / 1e6);
    }
    return 0;
}
