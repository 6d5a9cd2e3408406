<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>grindstone::widgets::CompareView</name>
    <message numerus="yes">
        <location filename="../compare/CompareReport.cpp" line="91"/>
        <source>&lt;h1&gt;Run comparison&lt;/h1&gt;&lt;p&gt;%n runs of %1, written %2. Metrics are the last evaluation&apos;s on the test classes (never the best one), in percent.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h1&gt;Run comparison&lt;/h1&gt;&lt;p&gt;%n run of %1, written %2. Metrics are the last evaluation&apos;s on the test classes (never the best one), in percent.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h1&gt;Run comparison&lt;/h1&gt;&lt;p&gt;%n runs of %1, written %2. Metrics are the last evaluation&apos;s on the test classes (never the best one), in percent.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../compare/CompareView.cpp" line="267"/>
        <source>Comparing %n runs</source>
        <translation>
            <numerusform>Comparing %n run</numerusform>
            <numerusform>Comparing %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::GalleryView</name>
    <message numerus="yes">
        <location filename="../gallery/GalleryView.cpp" line="203"/>
        <source>  %n selected row(s) only</source>
        <translation>
            <numerusform>  %n selected row only</numerusform>
            <numerusform>  %n selected rows only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::OptionForm</name>
    <message numerus="yes">
        <location filename="../experiment/OptionForm.cpp" line="121"/>
        <source>%1  (%n invalid)</source>
        <translation>
            <numerusform>%1  (%n invalid)</numerusform>
            <numerusform>%1  (%n invalid)</numerusform>
        </translation>
    </message>
</context>
</TS>
