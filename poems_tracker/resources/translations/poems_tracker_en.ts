<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarExport</name>
    <message numerus="yes">
        <source>%n visit(s) written to {path}. Open this file with your calendar program; exporting again later updates the same visits instead of adding them twice.</source>
        <translation>
            <numerusform>%n visit written to {path}. Open this file with your calendar program; exporting again later updates the same visits instead of adding them twice.</numerusform>
            <numerusform>%n visits written to {path}. Open this file with your calendar program; exporting again later updates the same visits instead of adding them twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <source>The report (%n page(s)) was saved as {path}.</source>
        <translation>
            <numerusform>The report (%n page) was saved as {path}.</numerusform>
            <numerusform>The report (%n pages) was saved as {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n day(s) logged.</source>
        <translation>
            <numerusform>%n day logged.</numerusform>
            <numerusform>%n days logged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkersDueLine</name>
    <message numerus="yes">
        <source>Markers not measured for more than %n month(s): {names}.</source>
        <translation>
            <numerusform>Markers not measured for more than %n month: {names}.</numerusform>
            <numerusform>Markers not measured for more than %n months: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <source>Nothing was imported, so your records are unchanged. Fix the %n problem(s) below in the files and import again:</source>
        <translation>
            <numerusform>Nothing was imported, so your records are unchanged. Fix the %n problem below in the files and import again:</numerusform>
            <numerusform>Nothing was imported, so your records are unchanged. Fix the %n problems below in the files and import again:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message numerus="yes">
        <source>Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Wait %n second before the next try.</numerusform>
            <numerusform>Wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
</context>
</TS>
