// The Compare tab of the window on two committed two-stage runs (tests/data/gui/gallery-run and
// gallery-run-b: other seed and lr_generator), compared with baseline images page by page:
// curves, configuration diff, the two runs' samples side by side, and (with OpenGL) the two
// embedding spaces. Then the samples page's behaviour: common steps, figures equal to core's,
// QA verdicts counted per run, one stage on both sides. Baselines: tests/data/gui/baselines; a
// mismatch writes the actual and difference images under the build folder (render-actual/);
// GRINDSTONE_UPDATE_BASELINES=1 rewrites them.
#include <QComboBox>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "CompareEmbeddings.h"
#include "CompareSamples.h"
#include "GlTestSupport.h"
#include "GuiTestSupport.h"
#include "ImageCompare.h"
#include "MainWindow.h"
#include "grindstone/quality/SampleQuality.h"
#include "grindstone/session/QaTags.h"
#include "widgets/compare/CompareView.h"
#include "widgets/compare/OverlayChart.h"
#include "widgets/gallery/GalleryView.h"
#include "widgets/gallery/StageQualityTable.h"

using namespace grindstone;
using widgets::StageQualityTable;

namespace {

const QString kData = QStringLiteral(GRINDSTONE_TEST_DATA_DIR "/gui");

/// Run names show in the tab: fixed names in the test's own folder.
QString fixedWorkspace() {
    return test::scratchHome() + QStringLiteral("/runs");
}

QString runA() {
    return fixedWorkspace() + QStringLiteral("/gallery-run");
}

QString runB() {
    return fixedWorkspace() + QStringLiteral("/gallery-run-b");
}

/// The table row of `stageFile`, -1 when absent.
int rowOf(const StageQualityTable* table, const QString& stageFile) {
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, StageQualityTable::Stage)->data(Qt::UserRole) == stageFile) return r;
    return -1;
}

QString cell(const StageQualityTable* table, const QString& stageFile, int column) {
    const int row = rowOf(table, stageFile);
    return row < 0 ? QStringLiteral("(no row)") : table->item(row, column)->text();
}

}  // namespace

class TestCompareRender : public QObject {
    Q_OBJECT

    std::unique_ptr<gui::MainWindow> m_window;
    gui::CompareSamples* m_samples = nullptr;

    widgets::CompareView* view() const { return m_window->compareView(); }

    void showPage(const QString& title) {
        QTabWidget* pages = view()->pages();
        for (int i = 0; i < pages->count(); ++i)
            if (pages->tabText(i) == title) pages->setCurrentIndex(i);
        QCOMPARE(pages->tabText(pages->currentIndex()), title);
    }

private Q_SLOTS:
    void initTestCase() {
        QSettings().clear();
        QDir(fixedWorkspace()).removeRecursively();
        QVERIFY(test::copyFolder(kData + QStringLiteral("/gallery-run"), runA()));
        QVERIFY(test::copyFolder(kData + QStringLiteral("/gallery-run-b"), runB()));
        m_window = std::make_unique<gui::MainWindow>(
            gui::MainWindowSetup{fixedWorkspace(), QStringLiteral("/nonexistent")});
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->views()->setCurrentWidget(view());
        m_samples = view()->findChild<gui::CompareSamples*>();
        QVERIFY(m_samples);
        QSignalSpy loaded(m_samples, &gui::CompareSamples::loaded);
        view()->selectRuns({runA(), runB()});
        QVERIFY(loaded.wait(120000));
    }

    void cleanupTestCase() { m_window.reset(); }

    void curves() {
        showPage(QStringLiteral("Curves"));
        test::verifyBaseline(test::grabWithoutFocus(view()), QStringLiteral("compare-curves"));
    }

    void configuration() {
        showPage(QStringLiteral("Configuration"));
        test::verifyBaseline(test::grabWithoutFocus(view()),
                             QStringLiteral("compare-configuration"));
    }

    void samples() {
        showPage(QStringLiteral("Samples"));
        test::verifyBaseline(test::grabWithoutFocus(view()), QStringLiteral("compare-samples"));
    }

    void embeddings() {
        GRINDSTONE_REQUIRE_OPENGL();
        auto* embeddings = view()->findChild<gui::CompareEmbeddings*>();
        QVERIFY(embeddings);
        QTRY_VERIFY_WITH_TIMEOUT(!embeddings->computing(), 120000);
        QVERIFY2(embeddings->statusText().startsWith(QStringLiteral("Step 2: 40 shared")),
                 qPrintable(embeddings->statusText()));
        showPage(QStringLiteral("Embeddings"));
        test::verifyBaseline(test::grabWithoutFocus(view()), QStringLiteral("compare-embeddings"));
    }

    void reportShowsEveryPage() {
        GRINDSTONE_REQUIRE_OPENGL();
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("report.html"));
        QString error;
        QVERIFY2(view()->exportReport(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        // The curves, the two verification charts, the Embeddings and Samples pages.
        QCOMPARE(html.count(QStringLiteral("<img ")), view()->charts().size() + 2 + 2);
        // The Embeddings page's image holds the two 3D views as drawn, not blank widgets.
        const QString marker = QStringLiteral("<h2>Embeddings</h2><img alt=\"Embeddings\" src=\"");
        const int begin = html.indexOf(marker) + marker.size();
        QVERIFY(begin > marker.size());
        const QString url = html.mid(begin, html.indexOf(QLatin1Char('"'), begin) - begin);
        const QByteArray png =
            QByteArray::fromBase64(url.mid(url.indexOf(QLatin1Char(',')) + 1).toLatin1());
        const QImage image = QImage::fromData(png, "PNG");
        QVERIFY(!image.isNull());
        if (qEnvironmentVariableIsSet("GRINDSTONE_SCREENSHOT"))
            image.save(qEnvironmentVariable("GRINDSTONE_SCREENSHOT"));
        QSet<QRgb> colours;
        for (int y = image.height() / 2; y < image.height(); y += 3)
            for (int x = 0; x < image.width() / 2; x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void samplesShowBothRunsAtACommonStep() {
        QComboBox* steps = m_samples->stepCombo();
        QCOMPARE(steps->count(), 2);  // both runs stored probe steps 0 and 2
        QCOMPARE(steps->currentData().toLongLong(), 2LL);
        const QString runs[] = {runA(), runB()};
        for (int side = 0; side < 2; ++side) {
            // The figures are core's, stage by stage.
            const ProbeQuality quality = assessRunProbe(runs[side].toStdString(), 2);
            const StageQualityTable* table = m_samples->table(side);
            QCOMPARE(table->rowCount(), static_cast<int>(quality.stages.size()));
            for (const StageQuality& s : quality.stages) {
                const QString file = QString::fromStdString(s.stageFile);
                QVERIFY(table->item(rowOf(table, file), StageQualityTable::Stage)
                            ->toolTip()
                            .endsWith(QStringLiteral(": %1 samples").arg(s.samples)));
                QCOMPARE(cell(table, file, StageQualityTable::Outliers),
                         QString::number(s.outliers));
                QCOMPARE(cell(table, file, StageQualityTable::LabelConsistent),
                         QStringLiteral("%1%").arg(qRound(100 * s.labelConsistency)));
            }
        }
        // The runs differ (seed, lr_generator): so do their stage-1 outputs' figures.
        QVERIFY(
            cell(m_samples->table(0), QStringLiteral("g1_anchor"), StageQualityTable::Hardness) !=
            cell(m_samples->table(1), QStringLiteral("g1_anchor"), StageQualityTable::Hardness));
    }

    void choosingAStageOnOneSideShowsItOnBoth() {
        for (int from : {0, 1}) {
            const QString stage =
                from == 0 ? QStringLiteral("g1_anchor") : QStringLiteral("gs_positive");
            widgets::GalleryView* gallery = m_samples->gallery(from);
            gallery->stageCombo()->setCurrentIndex(gallery->stageCombo()->findData(stage));
            QCOMPARE(m_samples->gallery(0)->stageFile(), stage);
            QCOMPARE(m_samples->gallery(1)->stageFile(), stage);
        }
    }

    void verdictsAreCountedPerRunAndStep() {
        {
            QaTagStore tags(runA().toStdString());
            tags.set({2, "g2_negative", 0, "accepted", "", "qa", ""});
            tags.set({2, "g2_negative", 1, "rejected", "", "qa", ""});
            tags.set({0, "g2_negative", 2, "rejected", "", "qa", ""});  // another step
        }
        // Choosing the runs again reads their tags (the sides follow the table's order).
        QSignalSpy loaded(m_samples, &gui::CompareSamples::loaded);
        view()->selectRuns({runA()});
        view()->selectRuns({runA(), runB()});
        QVERIFY(loaded.wait(120000));
        const int a = m_samples->folder(0) == runA() ? 0 : 1;
        QCOMPARE(m_samples->folder(a), runA());
        const QString g2 = QStringLiteral("g2_negative");
        QCOMPARE(cell(m_samples->table(a), g2, StageQualityTable::Verdicts),
                 QStringLiteral("1 / 1"));
        QCOMPARE(cell(m_samples->table(1 - a), g2, StageQualityTable::Verdicts),
                 QStringLiteral("0 / 0"));
        // Step 0 counts its own verdict only.
        m_samples->stepCombo()->setCurrentIndex(0);
        QVERIFY(loaded.wait(120000));
        QCOMPARE(cell(m_samples->table(a), g2, StageQualityTable::Verdicts),
                 QStringLiteral("0 / 1"));
    }

    void oneRunAsksForTwo() {
        view()->selectRuns({runA()});
        QVERIFY(m_samples->statusText().startsWith(QStringLiteral("Select two runs")));
        QCOMPARE(m_samples->table(0)->rowCount(), 0);
        QCOMPARE(m_samples->stepCombo()->count(), 0);
    }
};

GRINDSTONE_GUI_TEST_MAIN(TestCompareRender)
#include "tst_compare_render.moc"
