<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Hearth::Cli</name>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>%n order shown</numerusform>
            <numerusform>%n orders shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::ImportPanel</name>
    <message numerus="yes">
        <source>The first %n row(s) of %1 as this mapping reads them.</source>
        <translation>
            <numerusform>The first %n row of %1 as this mapping reads it.</numerusform>
            <numerusform>The first %n rows of %1 as this mapping reads them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in these rows, e.g. %1.</source>
        <translation>
            <numerusform>%n problem in these rows: %1.</numerusform>
            <numerusform>%n problems in these rows, e.g. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s) with “%1”</source>
        <translation>
            <numerusform>Importing %n file with “%1”</numerusform>
            <numerusform>Importing %n files with “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, in %1 order(s). Nothing has been written yet. Import the good rows to skip those orders and import the rest, or import nothing and correct the file first.</source>
        <translation>
            <numerusform>%n row has problems, in %1 order(s). Nothing has been written yet. Import the good rows to skip those orders and import the rest, or import nothing and correct the file first.</numerusform>
            <numerusform>%n rows have problems, in %1 order(s). Nothing has been written yet. Import the good rows to skip those orders and import the rest, or import nothing and correct the file first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::ImportSummary</name>
    <message numerus="yes">
        <source>The files were left as they are; %n row(s) had problems. Correct them and import the files again.</source>
        <translation>
            <numerusform>The files were left as they are; %n row had problems. Correct it and import the files again.</numerusform>
            <numerusform>The files were left as they are; %n rows had problems. Correct them and import the files again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n new order</numerusform>
            <numerusform>%n new orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) updated</source>
        <translation>
            <numerusform>%n order updated</numerusform>
            <numerusform>%n orders updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) unchanged</source>
        <translation>
            <numerusform>%n order unchanged</numerusform>
            <numerusform>%n orders unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) not updated because they had moved on</source>
        <translation>
            <numerusform>%n order not updated because it had moved on</numerusform>
            <numerusform>%n orders not updated because they had moved on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); %1 order(s) skipped</source>
        <translation>
            <numerusform>%n bad row; %1 order skipped</numerusform>
            <numerusform>%n bad rows; %1 orders skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked returned</source>
        <translation>
            <numerusform>%n order marked returned</numerusform>
            <numerusform>%n orders marked returned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read; the files held no orders.</source>
        <translation>
            <numerusform>%n row read; the files held no orders.</numerusform>
            <numerusform>%n rows read; the files held no orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1.</source>
        <translation>
            <numerusform>%n row read: %1.</numerusform>
            <numerusform>%n rows read: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) changed in the file but had already moved on (%1), so they were not updated:</source>
        <translation>
            <numerusform>%n order changed in the file but had already moved on (%1), so it was not updated:</numerusform>
            <numerusform>%n orders changed in the file but had already moved on (%1), so they were not updated:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) changed in the file but had already moved on, so they were not updated:</source>
        <translation>
            <numerusform>%n order changed in the file but had already moved on, so it was not updated:</numerusform>
            <numerusform>%n orders changed in the file but had already moved on, so they were not updated:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::OrdersPage</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Orders::TimelineFormat</name>
    <message numerus="yes">
        <source>Created the order with %n line(s), total %1</source>
        <translation>
            <numerusform>Created the order with %n line, total %1</numerusform>
            <numerusform>Created the order with %n lines, total %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Users::LoginDialog</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Users::PasswordFields</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Users::UserStore</name>
    <message numerus="yes">
        <source>too many wrong passwords; try again in %n second(s)</source>
        <translation>
            <numerusform>too many wrong passwords; try again in %n second</numerusform>
            <numerusform>too many wrong passwords; try again in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Users::UsersPage</name>
    <message numerus="yes">
        <source>%n user(s) may sign in to this database</source>
        <translation>
            <numerusform>%n user may sign in to this database</numerusform>
            <numerusform>%n users may sign in to this database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n disabled</numerusform>
            <numerusform>%n disabled</numerusform>
        </translation>
    </message>
</context>
</TS>
