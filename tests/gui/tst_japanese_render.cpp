// The window in Japanese: the same run (tests/data/gui/gallery-run, read-only) is shown first in
// English, then with the Japanese translations installed, on every central tab, every page of
// the experiment panel and the log. In Japanese, no label, button, check box, group title, tab
// bar, combo box or dock title may be narrower than its text where the English one fits, and no
// text may be elided ("…") where the English one is not; known widgets show their Japanese
// texts. Pictures of both languages go to render-actual/<test program>/ (ja-*.png, en-*.png) to
// be looked at; no baseline: the Japanese glyphs come from whichever CJK font is installed.
#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBox>
#include <QTranslator>
#include <QtTest>

#include <algorithm>
#include <functional>

#include "GuiTestSupport.h"
#include "ImageCompare.h"
#include "MainWindow.h"
#include "Translations.h"
#include "widgets/compare/CompareView.h"
#include "widgets/experiment/ExperimentPanel.h"
#include "widgets/experiment/OptionForm.h"
#include "widgets/gallery/QaReviewPanel.h"
#include "widgets/gallery/SamplesView.h"

using namespace grindstone;

namespace {

const QString kData = QStringLiteral(GRINDSTONE_TEST_DATA_DIR "/gui");

QString fixedRun() {
    return test::scratchHome() + QStringLiteral("/runs/gallery-run");
}

QString outputDir() {
    return QStringLiteral(GRINDSTONE_RENDER_OUTPUT_DIR "/") + QCoreApplication::applicationName();
}

/// What one widget shows and whether its text fits.
struct Shown {
    QString className;
    QString text;
    bool clipped = false;
};

/// Widgets by their place in the window's tree (the same in both languages), per scene.
using Survey = QMap<QString, Shown>;

QString placeOf(const QWidget* widget, const QWidget* window) {
    QStringList steps;
    for (const QWidget* w = widget; w && w != window; w = w->parentWidget()) {
        const QObject* parent = w->parent();
        const auto siblings = parent ? parent->children() : QObjectList{};
        steps.prepend(QString::number(siblings.indexOf(const_cast<QWidget*>(w))));
    }
    return steps.join(QLatin1Char('/'));
}

/// The text a widget shows and whether its room is narrower than the room its text asks for
/// (what the layouts give it: sizeHint; a wrapping label: height for its width).
bool survey(QWidget* w, Shown* out) {
    if (auto* label = qobject_cast<QLabel*>(w)) {
        out->text = label->text();
        out->clipped = label->wordWrap() ? label->height() < label->heightForWidth(label->width())
                                         : label->width() < label->sizeHint().width() ||
                                               label->height() < label->sizeHint().height();
    } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
        out->text = button->text();
        out->clipped = button->width() < button->sizeHint().width() ||
                       button->height() < button->sizeHint().height();
    } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
        out->text = group->title();
        out->clipped = group->width() < group->minimumSizeHint().width();
    } else if (auto* bar = qobject_cast<QTabBar*>(w)) {
        QStringList texts;
        for (int i = 0; i < bar->count(); ++i)
            texts << bar->tabText(i);
        out->text = texts.join(QLatin1Char('|'));
        out->clipped = bar->width() < bar->sizeHint().width();
    } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
        out->text = combo->currentText();
        out->clipped = combo->width() < combo->sizeHint().width();
    } else if (auto* dock = qobject_cast<QDockWidget*>(w)) {
        out->text = dock->windowTitle();
        // The title bar's float and close buttons take about 40 pixels.
        out->clipped =
            dock->fontMetrics().horizontalAdvance(dock->windowTitle()) + 40 > dock->width();
    } else {
        return false;
    }
    out->className = QString::fromLatin1(w->metaObject()->className());
    return !out->text.trimmed().isEmpty();
}

Survey surveyWindow(QWidget* window, const QString& scene) {
    Survey result;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        Shown shown;
        if (w->isVisible() && survey(w, &shown))
            result.insert(scene + QLatin1Char(':') + placeOf(w, window), shown);
    }
    return result;
}

}  // namespace

class TestJapaneseRender : public QObject {
    Q_OBJECT

    /// The scenes, each brought on screen by its function: name -> set-up.
    QList<QPair<QString, std::function<void(gui::MainWindow*)>>> scenes() {
        QList<QPair<QString, std::function<void(gui::MainWindow*)>>> list;
        for (const char* view : {"charts", "embedding", "compare", "tune"})
            list.append(
                {QString::fromLatin1(view), [view](gui::MainWindow* window) {
                     QVERIFY(window->showView(QString::fromLatin1(view)));
                     if (QLatin1String(view) != QLatin1String("embedding")) return;
                     // Its status comes with the projection, from a worker thread:
                     // both languages are surveyed once it has come (424 points).
                     const auto* status =
                         window->findChild<QLabel*>(QStringLiteral("projectionStatus"));
                     QVERIFY(status);
                     QVERIFY(QTest::qWaitFor(
                         [status] { return status->text().contains(QStringLiteral("424")); },
                         120000));
                 }});
        for (const char* page : {"embeddings", "samples"})  // the window's pages of Compare
            list.append({QStringLiteral("compare-%1").arg(QString::fromLatin1(page)),
                         [page](gui::MainWindow* window) {
                             // By its page: "samples" alone names the central Samples tab.
                             window->views()->setCurrentWidget(window->compareView());
                             QTabWidget* pages = window->compareView()->pages();
                             for (int i = 0; i < pages->count(); ++i)
                                 if (pages->widget(i)->property("viewName") ==
                                     QString::fromLatin1(page))
                                     pages->setCurrentIndex(i);
                         }});
        list.append({QStringLiteral("samples-gallery"), [](gui::MainWindow* window) {
                         window->showView(QStringLiteral("samples"));
                         window->samplesView()->tabs()->setCurrentIndex(0);
                         window->samplesView()->selectTriplet(1);
                     }});
        list.append({QStringLiteral("samples-triplet-inspector"), [](gui::MainWindow* window) {
                         window->showView(QStringLiteral("triplet"));
                         window->samplesView()->selectTriplet(4);
                     }});
        for (int page = 0; page < 8; ++page)
            list.append(
                {QStringLiteral("experiment-page-%1").arg(page), [page](gui::MainWindow* window) {
                     window->showView(QStringLiteral("charts"));
                     QToolBox* groups = window->experimentPanel()->form()->groups();
                     groups->setCurrentIndex(std::min(page, groups->count() - 1));
                 }});
        list.append({QStringLiteral("log"), [](gui::MainWindow* window) {
                         window->findChild<QDockWidget*>(QStringLiteral("logDock"))->raise();
                     }});
        return list;
    }

    /// Opens the run in a new window, brings on each scene, surveys it and saves its picture.
    Survey showEveryScene(const QString& language) {
        QSettings().clear();
        Survey all;
        gui::MainWindow window(
            gui::MainWindowSetup{QFileInfo(fixedRun()).path(), QStringLiteral("/nonexistent")});
        window.resize(1400, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) return all;
        window.samplesView()->review()->setReviewer(QStringLiteral("reviewer"));
        if (!window.openRun(fixedRun())) return all;
        window.views()->setCurrentWidget(window.samplesView());
        if (!QTest::qWaitFor([&] { return window.samplesView()->stepSamples() != nullptr; },
                             300000))
            return all;
        QDir().mkpath(outputDir());
        for (const auto& [scene, setUp] : scenes()) {
            setUp(&window);
            // Settled: a text set a moment ago has its layout's room (a wrapped label's height)
            // before it is surveyed.
            QApplication::processEvents();
            QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QApplication::processEvents();
            const QImage picture = test::grabWithoutFocus(&window);
            picture.save(outputDir() + QLatin1Char('/') + language + QLatin1Char('-') + scene +
                         QStringLiteral(".png"));
            all.insert(surveyWindow(&window, scene));
        }
        if (language == QLatin1String("ja")) checkKnownTexts(window);
        return all;
    }

    void checkKnownTexts(gui::MainWindow& window) {
        QTabWidget* views = window.views();
        QStringList tabs;
        for (int i = 0; i < views->count(); ++i)
            tabs << views->tabText(i);
        QCOMPARE(tabs, (QStringList{QStringLiteral("グラフ"), QStringLiteral("埋め込み"),
                                    QStringLiteral("比較"), QStringLiteral("サンプル"),
                                    QStringLiteral("チューニング")}));
        QCOMPARE(window.findChild<QDockWidget*>(QStringLiteral("experimentDock"))->windowTitle(),
                 QStringLiteral("実験"));
        QCOMPARE(window.findChild<QDockWidget*>(QStringLiteral("runsDock"))->windowTitle(),
                 QStringLiteral("実行"));
        QCOMPARE(window.menuBar()->actions().front()->text(), QStringLiteral("ファイル(&F)"));
        QCOMPARE(window.startAction()->text(), QStringLiteral("開始(&S)"));
        QCOMPARE(window.startAction()->toolTip(), QStringLiteral("開始 (Ctrl+R)"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("stateLabel"))->text(),
                 QStringLiteral("待機中"));
        // --view's names stay English.
        QVERIFY(window.showView(QStringLiteral("verification")));
        QVERIFY(window.viewNames().contains(QStringLiteral("samples")));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        // Qt's own texts (dialog buttons), where Qt's Japanese translation is installed.
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                          QStringLiteral("/qtbase_ja.qm")))
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                     QStringLiteral("キャンセル"));
    }

private Q_SLOTS:
    void initTestCase() {
        QDir(QFileInfo(fixedRun()).path()).removeRecursively();
        QVERIFY(test::copyFolder(kData + QStringLiteral("/gallery-run"), fixedRun()));
    }

    void surveySeesClippedTexts() {
        // The check below can fail: a label, a wrapped label and a button given less room than
        // their texts ask for are seen as clipped; the same with room enough are not.
        QWidget box;
        box.resize(400, 200);
        auto* narrow = new QLabel(QStringLiteral("A label much wider than its room"), &box);
        narrow->setGeometry(0, 0, 40, 20);
        auto* wrapped =
            new QLabel(QStringLiteral("A wrapped label whose lines need more height"), &box);
        wrapped->setWordWrap(true);
        wrapped->setGeometry(0, 30, 60, 12);
        auto* button = new QPushButton(QStringLiteral("A button with a long text"), &box);
        button->setGeometry(0, 50, 30, 24);
        auto* fits = new QLabel(QStringLiteral("Fits"), &box);
        fits->setGeometry(0, 80, 300, 30);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        for (QWidget* w : {static_cast<QWidget*>(narrow), static_cast<QWidget*>(wrapped),
                           static_cast<QWidget*>(button), static_cast<QWidget*>(fits)}) {
            Shown shown;
            QVERIFY(survey(w, &shown));
            QCOMPARE(shown.clipped, w != fits);
        }
    }

    void translationsAreEmbedded() {
        for (const char* file : {":/i18n/grindstone_gui_ja.qm", ":/i18n/grindstone_widgets_ja.qm",
                                 ":/i18n/grindstone_gui_en.qm", ":/i18n/grindstone_widgets_en.qm"})
            QVERIFY2(QFile::exists(QString::fromLatin1(file)), file);
        // English translates its plural forms only: one step, not "1 steps".
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/grindstone_gui_en.qm")));
        QCOMPARE(english.translate("grindstone::gui::MainWindow", "%n steps logged", nullptr, 1),
                 QStringLiteral("%n step logged"));
        QCOMPARE(english.translate("grindstone::gui::MainWindow", "%n steps logged", nullptr, 2),
                 QStringLiteral("%n steps logged"));
        QTranslator widgets;
        QVERIFY(widgets.load(QStringLiteral(":/i18n/grindstone_widgets_en.qm")));
        QCOMPARE(widgets.translate("grindstone::widgets::GalleryView", "  %n selected row(s) only",
                                   nullptr, 1),
                 QStringLiteral("  %n selected row only"));
    }

    void japaneseFitsWhereEnglishFits() {
        const Survey english = showEveryScene(QStringLiteral("en"));
        QVERIFY(!english.isEmpty());
        QVERIFY(gui::installTranslations(qApp, QStringLiteral("ja")));
        const Survey japanese = showEveryScene(QStringLiteral("ja"));
        QVERIFY(!japanese.isEmpty());
        if (QTest::currentTestFailed()) return;

        QStringList problems;
        const QChar ellipsis(0x2026);
        for (auto it = japanese.cbegin(); it != japanese.cend(); ++it) {
            const Shown& ja = it.value();
            const Shown en = english.value(it.key());
            const QString where =
                QStringLiteral("%1 (%2) \"%3\"").arg(it.key(), ja.className, ja.text.left(80));
            if (ja.clipped && !en.clipped)
                problems << where + QStringLiteral(": clipped in Japanese, not in English (\"") +
                                en.text.left(60) + QStringLiteral("\")");
            if (ja.text.contains(ellipsis) && !en.text.contains(ellipsis))
                problems << where + QStringLiteral(": elided in Japanese only");
        }
        const auto clipped = [](const Survey& survey) {
            return std::count_if(survey.cbegin(), survey.cend(),
                                 [](const Shown& shown) { return shown.clipped; });
        };
        qInfo(
            "%lld texts in English, %lld in Japanese; clipped: %lld in English, %lld in "
            "Japanese",
            static_cast<long long>(english.size()), static_cast<long long>(japanese.size()),
            static_cast<long long>(clipped(english)), static_cast<long long>(clipped(japanese)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

GRINDSTONE_GUI_TEST_MAIN(TestJapaneseRender)
#include "tst_japanese_render.moc"
