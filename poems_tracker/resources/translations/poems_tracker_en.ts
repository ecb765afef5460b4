<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
