// The experiment panel in the real window: the form generated from the option table, values
// refused inline, the missing-dataset message, presets, and what persists between launches.
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolBox>
#include <QToolButton>
#include <QtTest>

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "grindstone/options/OptionTable.h"
#include "widgets/experiment/DatasetPicker.h"
#include "widgets/experiment/ExperimentPanel.h"
#include "widgets/experiment/OptionField.h"
#include "widgets/experiment/OptionForm.h"

using namespace grindstone;
using grindstone::test::typeInto;

class TestExperimentPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_workspace;

    gui::MainWindowSetup setup(const QString& defaultDataset) const {
        return {m_workspace.path(), defaultDataset};
    }

    /// A dataset folder that exists: one sub-folder per class.
    QString imageFolder() const {
        const QString folder = m_workspace.filePath(QStringLiteral("images"));
        QDir().mkpath(folder + QStringLiteral("/cat"));
        QDir().mkpath(folder + QStringLiteral("/dog"));
        return folder;
    }

    static QToolButton* button(gui::MainWindow& window, const QString& name) {
        return window.findChild<QToolButton*>(name);
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void formHasEveryOptionWithDocAndDefault() {
        gui::MainWindow window(setup(imageFolder()));
        auto* form = window.experimentPanel()->form();
        for (const auto& spec : optionTable()) {
            if (spec.name == "dataset") continue;  // the dataset picker edits it
            auto* field = form->field(QString::fromStdString(spec.name));
            QVERIFY2(field, spec.name.c_str());
            QCOMPARE(field->value().toStdString(), spec.defaultValue);
            QVERIFY(field->editor()->toolTip().contains(
                QString::fromStdString(spec.doc).toHtmlEscaped()));
        }
        QVERIFY(form->groups()->count() >= 5);  // grouped, as the table groups them
        QVERIFY(window.experimentPanel()->isReady());
        QVERIFY(window.startAction()->isEnabled());
    }

    void invalidValueIsRefusedInline() {
        gui::MainWindow window(setup(imageFolder()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* steps = window.experimentPanel()->form()->field(QStringLiteral("steps"));
        typeInto(steps->editor(), QStringLiteral("-5"));
        QVERIFY(!steps->isValid());
        QVERIFY(steps->errorLabel()->isVisible());
        QVERIFY2(steps->errorLabel()->text().contains(QStringLiteral("'-5'")),
                 qPrintable(steps->errorLabel()->text()));
        QVERIFY(steps->errorLabel()->text().contains(QStringLiteral("[1, 10000000]")));
        QVERIFY(!window.startAction()->isEnabled());
        QToolButton* start = button(window, QStringLiteral("startActionButton"));
        QVERIFY(start && !start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(!window.controller()->busy());
        QVERIFY(QDir(m_workspace.path()).entryList({QStringLiteral("*-s1")}, QDir::Dirs).isEmpty());

        // A value out of a real option's range marks its group's title too.
        auto* gan = window.experimentPanel()->form()->field(QStringLiteral("gan_weight"));
        typeInto(gan->editor(), QStringLiteral("abc"));
        auto* groups = window.experimentPanel()->form()->groups();
        bool marked = false;
        for (int i = 0; i < groups->count(); ++i)
            marked = marked || groups->itemText(i).contains(QStringLiteral("1 invalid"));
        QVERIFY(marked);

        typeInto(steps->editor(), QStringLiteral("25"));
        typeInto(gan->editor(), QStringLiteral("1000"));
        QVERIFY(steps->isValid() && !steps->errorLabel()->isVisible());
        QVERIFY(window.startAction()->isEnabled());
        QVERIFY(start->isEnabled());
    }

    void defaultGlyphsAreBuiltOnStartAndMissingFoldersAreExplained() {
        // A user data folder without the glyph benchmark yet: it is drawn when training starts.
        const QByteArray dataHome = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", m_workspace.filePath(QStringLiteral("fresh-user")).toUtf8());
        gui::MainWindow window(setup(QStringLiteral("glyphs")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* picker = window.experimentPanel()->dataset();
        QVERIFY(picker->message()->isVisible());
        QVERIFY2(picker->message()->text().contains(QStringLiteral("when training starts")) &&
                     picker->message()->text().contains(QStringLiteral("fresh-user")),
                 qPrintable(picker->message()->text()));
        QVERIFY(window.startAction()->isEnabled());
        if (dataHome.isEmpty())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", dataHome);

        typeInto(picker->pathEdit(), m_workspace.filePath(QStringLiteral("nowhere")));
        QVERIFY2(picker->message()->text().contains(QStringLiteral("No dataset folder at")),
                 qPrintable(picker->message()->text()));
        QVERIFY(!window.startAction()->isEnabled());

        typeInto(picker->pathEdit(), imageFolder());
        QCOMPARE(picker->message()->text(), QStringLiteral("Image folder: 2 class sub-folders"));
        QVERIFY(window.startAction()->isEnabled());
    }

    void presetsSetTheirValuesAndEditsMakeACustomSet() {
        gui::MainWindow window(setup(imageFolder()));
        auto* panel = window.experimentPanel();
        auto* presetBox = panel->presetBox();
        QCOMPARE(presetBox->currentText(), QStringLiteral("Defaults"));
        panel->applyPreset(QStringLiteral("Fast demo"));
        QCOMPARE(presetBox->currentText(), QStringLiteral("Fast demo"));
        QCOMPARE(panel->values().value(QStringLiteral("steps")), QStringLiteral("300"));
        panel->applyPreset(QStringLiteral("Reference (METHOD.md)"));
        QCOMPARE(panel->values().value(QStringLiteral("lr_metric")), QStringLiteral("7e-05"));
        QCOMPARE(panel->values().value(QStringLiteral("steps")), QStringLiteral("600"));
        typeInto(panel->form()->field(QStringLiteral("seed"))->editor(), QStringLiteral("7"));
        QCOMPARE(presetBox->currentText(), QStringLiteral("Custom"));
        QCOMPARE(panel->dataset()->path(), imageFolder());  // presets never change the data
    }

    void datasetAndOptionsPersist() {
        const QString images = imageFolder();
        {
            gui::MainWindow window(setup(QStringLiteral("/nonexistent/default")));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            typeInto(window.experimentPanel()->dataset()->pathEdit(), images);
            typeInto(window.experimentPanel()->form()->field(QStringLiteral("steps"))->editor(),
                     QStringLiteral("77"));
            QVERIFY(window.close());
        }
        gui::MainWindow again(setup(QStringLiteral("/nonexistent/default")));
        QCOMPARE(again.experimentPanel()->dataset()->path(), images);
        QCOMPARE(again.experimentPanel()->values().value(QStringLiteral("steps")),
                 QStringLiteral("77"));
        QVERIFY(again.startAction()->isEnabled());
    }
};

GRINDSTONE_GUI_TEST_MAIN(TestExperimentPanel)
#include "tst_experiment_panel.moc"
