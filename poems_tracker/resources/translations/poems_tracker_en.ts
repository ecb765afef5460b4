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
</TS>
