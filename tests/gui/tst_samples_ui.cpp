// The Samples tab driven as a reviewer does: open a committed two-stage run (tests/data/gui/
// gallery-run), page through the generated negatives with the keyboard, accept, reject and note
// samples, and find the verdicts in the session (qa/tags.json through QaTagStore), in the
// summary table and in the CSV / JSON exports. Then a run trained in the window: the tab
// follows its probe steps live, and "Train decoder" decodes its generated samples.
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "grindstone/quality/Decoder.h"
#include "grindstone/session/QaTags.h"
#include "widgets/experiment/DatasetPicker.h"
#include "widgets/experiment/ExperimentPanel.h"
#include "widgets/experiment/OptionField.h"
#include "widgets/experiment/OptionForm.h"
#include "widgets/gallery/GalleryView.h"
#include "widgets/gallery/QaReviewPanel.h"
#include "widgets/gallery/QaSummaryTable.h"
#include "widgets/gallery/SampleListModel.h"
#include "widgets/gallery/SamplesView.h"

using namespace grindstone;

namespace {

constexpr int kLong = 600000;  // the machine may be shared; never a criterion on speed
const QString kFixture = QStringLiteral(GRINDSTONE_TEST_DATA_DIR "/gui/gallery-run");

QStringList readLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

}  // namespace

class TestSamplesUi : public QObject {
    Q_OBJECT

    QTemporaryDir m_workspace;

    /// Copies the fixture run to `folder`, shows the window, opens the run read-only and shows
    /// the Samples tab once its newest step is loaded.
    static void openFixture(gui::MainWindow& window, const QString& folder) {
        QVERIFY(test::copyFolder(kFixture, folder));
        window.resize(1400, 900);
        window.show();
        // Keyboard focus needs an active window (under Xvfb as on a desktop).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openRun(folder));
        window.views()->setCurrentWidget(window.samplesView());
        QTRY_VERIFY_WITH_TIMEOUT(window.samplesView()->stepSamples() != nullptr, kLong);
        QVERIFY(!window.samplesController()->loading());
    }

private Q_SLOTS:
    void initTestCase() { QSettings().clear(); }

    void reviewWithTheKeyboard() {
        const QString run = m_workspace.path() + QStringLiteral("/gallery-run");
        gui::MainWindow window({m_workspace.path(), QStringLiteral("/nonexistent")});
        openFixture(window, run);
        if (QTest::currentTestFailed()) return;
        widgets::SamplesView* view = window.samplesView();

        // The newest probe step shows first, on G2's negatives, in triplet order.
        QCOMPARE(view->stepCombo()->count(), 2);
        QCOMPARE(view->currentStep(), 2);
        QCOMPARE(view->gallery()->stageFile(), QStringLiteral("g2_negative"));
        QCOMPARE(view->gallery()->model()->rowCount(), 32);
        QVERIFY(view->stepSamples()->problem.isEmpty());

        widgets::QaReviewPanel* review = view->review();
        test::typeInto(review->reviewerEdit(), QStringLiteral("tester"));
        QListView* list = view->gallery()->listView();
        list->setFocus();
        QCOMPARE(view->gallery()->currentSample()->row, 0);

        QTest::keyClick(list, Qt::Key_A);  // row 0 accepted, on to row 1
        QCOMPARE(view->gallery()->currentSample()->row, 1);
        QTest::keyClick(list, Qt::Key_R);  // row 1 rejected, on to row 2
        QTest::keyClick(list, Qt::Key_J);  // skip row 2
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(view->gallery()->currentSample()->row, 4);
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(view->gallery()->currentSample()->row, 3);
        QTest::keyClick(list, Qt::Key_N);  // a note on row 3, no verdict
        QVERIFY(review->noteEdit()->isVisible());
        QVERIFY(review->noteEdit()->hasFocus());
        QTest::keyClicks(review->noteEdit(), QStringLiteral("blurry, \"maybe\" a 7"));
        QTest::keyClick(review->noteEdit(), Qt::Key_Return);
        QVERIFY(!review->noteEdit()->isVisible());
        QVERIFY(list->hasFocus());
        QCOMPARE(view->gallery()->currentSample()->row, 3);  // a note does not move on
        QTest::keyClick(list, Qt::Key_R);                    // row 3: rejected, note kept

        QCOMPARE(review->progressText(),
                 QStringLiteral("3 / 288 reviewed at step 2 · G2 negative: 3 / 32"));

        // In the session, saved at once.
        const QaTagStore store(run.toStdString());
        QCOMPARE(store.tags().size(), size_t(3));
        const QaTag* accepted = store.find(2, "g2_negative", 0);
        QVERIFY(accepted);
        QCOMPARE(accepted->verdict, std::string("accepted"));
        QCOMPARE(accepted->reviewer, std::string("tester"));
        QCOMPARE(store.find(2, "g2_negative", 1)->verdict, std::string("rejected"));
        QVERIFY(!store.find(2, "g2_negative", 2));
        const QaTag* noted = store.find(2, "g2_negative", 3);
        QVERIFY(noted);
        QCOMPARE(noted->verdict, std::string("rejected"));
        QCOMPARE(noted->note, std::string("blurry, \"maybe\" a 7"));

        // The summary table: one row for (step 2, g2_negative).
        auto* summary = view->summary();
        QCOMPARE(summary->rowCount(), 1);
        QCOMPARE(summary->item(0, 0)->text(), QStringLiteral("2"));
        QCOMPARE(summary->item(0, 2)->text(), QStringLiteral("1"));
        QCOMPARE(summary->item(0, 3)->text(), QStringLiteral("2"));
        QCOMPARE(summary->item(0, 4)->text(), QStringLiteral("1"));

        // Exports.
        const QString csv = m_workspace.path() + QStringLiteral("/tags.csv");
        const QString json = m_workspace.path() + QStringLiteral("/tags.json");
        QVERIFY(review->exportCsv(csv));
        QVERIFY(review->exportJson(json));
        const QStringList lines = readLines(csv);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("step,stage,row,verdict,note,reviewer,time"));
        QVERIFY2(lines[1].startsWith(QStringLiteral("2,g2_negative,0,accepted,,tester,")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[3].startsWith(QStringLiteral(
                     "2,g2_negative,3,rejected,\"blurry, \"\"maybe\"\" a 7\",tester,")),
                 qPrintable(lines[3]));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(jsonFile.readAll()).array();
        QCOMPARE(array.size(), 3);
        QCOMPARE(array[1].toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(array[2].toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("blurry, \"maybe\" a 7"));

        // Only what is left to review: a verdict takes the sample out and the cursor stays on
        // the next one.
        auto* gallery = view->gallery();
        gallery->filterCombo()->setCurrentIndex(
            gallery->filterCombo()->findData(int(widgets::SampleListModel::Filter::Unreviewed)));
        QCOMPARE(gallery->model()->rowCount(), 29);  // rows 0, 1 and 3 have verdicts
        gallery->selectTriplet(2);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_A);
        QCOMPARE(gallery->model()->rowCount(), 28);
        QCOMPARE(gallery->currentSample()->row, 4);
        QCOMPARE(QaTagStore(run.toStdString()).find(2, "g2_negative", 2)->verdict,
                 std::string("accepted"));
        gallery->filterCombo()->setCurrentIndex(0);

        // Another step: its own progress; the tags of step 2 stay.
        view->setStep(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->stepSamples()->step == 0, kLong);
        QVERIFY2(review->progressText().startsWith(QStringLiteral("0 / 288 reviewed at step 0")),
                 qPrintable(review->progressText()));
        QCOMPARE(summary->rowCount(), 1);
    }

    void sortFilterAndSelection() {
        const QString run = m_workspace.path() + QStringLiteral("/gallery-run-2");
        gui::MainWindow window({m_workspace.path(), QStringLiteral("/nonexistent")});
        openFixture(window, run);
        if (QTest::currentTestFailed()) return;
        widgets::SamplesView* view = window.samplesView();
        widgets::GalleryView* gallery = view->gallery();
        auto* model = gallery->model();

        // Sorted by hardness: hardest first.
        gallery->sortCombo()->setCurrentIndex(
            gallery->sortCombo()->findData(int(widgets::SampleListModel::Sort::Hardness)));
        for (int i = 1; i < model->rowCount(); ++i)
            QVERIFY(model->sample(i - 1)->hardness >= model->sample(i)->hardness);
        // Filtered to margin violations only.
        gallery->filterCombo()->setCurrentIndex(gallery->filterCombo()->findData(
            int(widgets::SampleListModel::Filter::ViolatesMargin)));
        QVERIFY(model->rowCount() > 0);
        for (int i = 0; i < model->rowCount(); ++i)
            QVERIFY(model->sample(i)->violatesMargin);
        gallery->filterCombo()->setCurrentIndex(0);

        // What the 3D view will send: rows of a stage, one triplet.
        QSignalSpy selected(view, &widgets::SamplesView::sampleSelected);
        view->showRows(QStringLiteral("g1_anchor"), {5, 7});
        QCOMPARE(gallery->stageFile(), QStringLiteral("g1_anchor"));
        QCOMPARE(model->rowCount(), 2);
        view->selectTriplet(7);
        QCOMPARE(gallery->currentSample()->row, 7);
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.last().at(1).toLongLong(), 7);
        view->showRows(QString(), {});
        QCOMPARE(model->rowCount(), 32);

        // Real samples are shown but not reviewed.
        gallery->setStageFile(QStringLiteral("real_anchor"));
        QVERIFY(!view->review()->acceptButton()->isEnabled());
        // No checkpoint in the fixture: training a decoder says so.
        QTest::mouseClick(view->trainDecoderButton(), Qt::LeftButton);
        QTRY_VERIFY(!window.samplesController()->trainingDecoder());
    }

    void followLiveTrainingThenTrainDecoder() {
        GRINDSTONE_REQUIRE_GLYPHS();
        const QString workspace = m_workspace.path() + QStringLiteral("/live");
        gui::MainWindow window({workspace, QStringLiteral("/nonexistent")});
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* panel = window.experimentPanel();
        test::typeInto(panel->dataset()->pathEdit(), test::glyphsFolder());
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("method"), QStringLiteral("two-stage")},
            {QStringLiteral("steps"), QStringLiteral("3")},
            {QStringLiteral("eval_every"), QStringLiteral("10")},
            {QStringLiteral("eval_max_images"), QStringLiteral("300")},
            {QStringLiteral("snapshot_every"), QStringLiteral("1")},
            {QStringLiteral("snapshot_size"), QStringLiteral("40")},
            {QStringLiteral("batch_classes"), QStringLiteral("4")},
            {QStringLiteral("batch_per_class"), QStringLiteral("4")},
            {QStringLiteral("triplets"), QStringLiteral("16")},
            {QStringLiteral("threads"), QStringLiteral("1")},
        };
        for (const auto& [name, value] : values) {
            auto* field = panel->form()->field(name);
            QVERIFY2(field, qPrintable(name));
            if (auto* combo = qobject_cast<QComboBox*>(field->editor()))
                combo->setCurrentIndex(combo->findText(value));
            else
                test::typeInto(field->editor(), value);
        }
        QVERIFY2(panel->isReady(), qPrintable(panel->problem()));
        window.views()->setCurrentWidget(window.samplesView());
        widgets::SamplesView* view = window.samplesView();
        window.startAction()->trigger();
        QVERIFY(window.controller()->busy());

        // Live: the tab offers the stored steps as they come and shows the newest.
        QTRY_VERIFY_WITH_TIMEOUT(view->stepCombo()->count() >= 1, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->busy(), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(view->stepCombo()->count(), 4, kLong);  // steps 0..3
        QTRY_VERIFY_WITH_TIMEOUT(view->stepSamples() && view->stepSamples()->step == 3, kLong);
        QVERIFY(!view->stepSamples()->decoder);
        QVERIFY2(view->decoderLabel()->text().startsWith(QStringLiteral("No decoder yet")),
                 qPrintable(view->decoderLabel()->text()));

        // A decoder, small enough for a test, trained in the background.
        DecoderSettings settings;
        settings.steps = 30;
        settings.maxImages = 600;
        settings.threads = 1;
        window.samplesController()->setDecoderSettings(settings);
        QSignalSpy finished(window.samplesController(), &gui::SamplesController::decoderFinished);
        QTest::mouseClick(view->trainDecoderButton(), Qt::LeftButton);
        QVERIFY(window.samplesController()->trainingDecoder());
        QVERIFY(view->cancelDecoderButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kLong);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(QFile::exists(window.controller()->runFolder() +
                              QStringLiteral("/decoder/step-00000003.json")));
        // The step reloads with its samples decoded, and the error is on show.
        QTRY_VERIFY_WITH_TIMEOUT(view->stepSamples()->decoder.has_value(), kLong);
        const auto& decoded = view->stepSamples()->decoded;
        QVERIFY(decoded.count("g2_negative") == 1);
        QCOMPARE(decoded.at("g2_negative").size(), size_t(16));
        QVERIFY(!decoded.at("g2_negative").front().isNull());
        QVERIFY(decoded.count("real_anchor") == 0);
        QVERIFY2(view->decoderLabel()->text().startsWith(
                     QStringLiteral("Decoded images: held-out MSE ")),
                 qPrintable(view->decoderLabel()->text()));

        // Cancelling a second training leaves the first decoder in place.
        finished.clear();
        QTest::mouseClick(view->trainDecoderButton(), Qt::LeftButton);
        QTest::mouseClick(view->cancelDecoderButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kLong);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(QFile::exists(window.controller()->runFolder() +
                              QStringLiteral("/decoder/step-00000003.json")));
    }
};

GRINDSTONE_GUI_TEST_MAIN(TestSamplesUi)
#include "tst_samples_ui.moc"
