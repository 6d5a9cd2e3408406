<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>grindstone::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../MainWindowRuns.cpp" line="83"/>
        <source>%n steps logged</source>
        <translation>
            <numerusform>%n step logged</numerusform>
            <numerusform>%n steps logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindowRuns.cpp" line="84"/>
        <source>%n evaluations</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grindstone::gui::TrainingController</name>
    <message numerus="yes">
        <location filename="../TrainingController.cpp" line="47"/>
        <source>%n test images</source>
        <translation>
            <numerusform>%n test image</numerusform>
            <numerusform>%n test images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grindstone::gui::TrainingWorker</name>
    <message numerus="yes">
        <location filename="../TrainingWorker.cpp" line="23"/>
        <source>finished at step %1 (final evaluation on %n test images)</source>
        <translation>
            <numerusform>finished at step %1 (final evaluation on %n test image)</numerusform>
            <numerusform>finished at step %1 (final evaluation on %n test images)</numerusform>
        </translation>
    </message>
</context>
</TS>
