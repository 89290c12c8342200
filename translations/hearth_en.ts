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
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hearthctl profit: %n line(s) carry no cost yet and count at cost 0</source>
        <translation>
            <numerusform>hearthctl profit: %n line carries no cost yet and counts at cost 0</numerusform>
            <numerusform>hearthctl profit: %n lines carry no cost yet and count at cost 0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is lost: the %n change(s) made here wait for the next round.</source>
        <translation>
            <numerusform>Nothing is lost: the %n change made here waits for the next round.</numerusform>
            <numerusform>Nothing is lost: the %n changes made here wait for the next round.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n change(s) still waiting, </source>
        <translation>
            <numerusform>Synced: %n change still waiting, </numerusform>
            <numerusform>Synced: %n changes still waiting, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Information: %n reference(s) %1 name people of another desk (users do not sync); not damage.</source>
        <translation>
            <numerusform>Information: %n reference %1 names a person of another desk (users do not sync); not damage.</numerusform>
            <numerusform>Information: %n references %1 name people of another desk (users do not sync); not damage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::CostAnalysisPage</name>
    <message numerus="yes">
        <source>%1, %2: %n order(s)</source>
        <translation>
            <numerusform>%1, %2: %n order</numerusform>
            <numerusform>%1, %2: %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::MonthClose</name>
    <message numerus="yes">
        <source>%n order(s) still have cost marks pending</source>
        <translation>
            <numerusform>%n order still has cost marks pending</numerusform>
            <numerusform>%n orders still have cost marks pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) with revenue have no actual cost lines: their profit is the estimate only</source>
        <translation>
            <numerusform>%n order with revenue has no actual cost lines: its profit is the estimate only</numerusform>
            <numerusform>%n orders with revenue have no actual cost lines: their profit is the estimate only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s), %1 net: %2; %3</source>
        <translation>
            <numerusform>%n receipt, %1 net: %2; %3</numerusform>
            <numerusform>%n receipts, %1 net: %2; %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dealer(s) with entries in the month have no confirmed statement covering it as it stands</source>
        <translation>
            <numerusform>%n dealer with entries in the month has no confirmed statement covering it as it stands</numerusform>
            <numerusform>%n dealers with entries in the month have no confirmed statement covering it as it stands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebate period(s) ended by the month&apos;s end are still to settle or to claw back</source>
        <translation>
            <numerusform>%n rebate period ended by the month&apos;s end is still to settle or to claw back</numerusform>
            <numerusform>%n rebate periods ended by the month&apos;s end are still to settle or to claw back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of the month lose money</source>
        <translation>
            <numerusform>%n order of the month loses money</numerusform>
            <numerusform>%n orders of the month lose money</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Finance::MonthClosePage</name>
    <message numerus="yes">
        <source>%n figure(s) changed since the close (rows that arrived later, such as a receipt from an offline desk).</source>
        <translation>
            <numerusform>%n figure changed since the close (a row that arrived later, such as a receipt from an offline desk).</numerusform>
            <numerusform>%n figures changed since the close (rows that arrived later, such as a receipt from an offline desk).</numerusform>
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
    <message numerus="yes">
        <source>%n part(s), %1</source>
        <translation>
            <numerusform>%n part, %1</numerusform>
            <numerusform>%n parts, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Printing::LabelPrinter</name>
    <message numerus="yes">
        <source>The printer stopped after %n label(s)</source>
        <translation>
            <numerusform>The printer stopped after %n label</numerusform>
            <numerusform>The printer stopped after %n labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Printing::WorkOrderSheet</name>
    <message numerus="yes">
        <source>Panels: %n piece(s), %1 m²</source>
        <translation>
            <numerusform>Panels: %n piece, %1 m²</numerusform>
            <numerusform>Panels: %n pieces, %1 m²</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Production::GanttExport</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Production::MesImportReport</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded</source>
        <translation>
            <numerusform>%n event recorded</numerusform>
            <numerusform>%n events recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded before</source>
        <translation>
            <numerusform>%n already recorded before</numerusform>
            <numerusform>%n already recorded before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported, nothing of them written: %1.</source>
        <translation>
            <numerusform>%n file not imported, nothing of them written: %1.</numerusform>
            <numerusform>%n files not imported, nothing of them written: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); fix them and import the file again.</source>
        <translation>
            <numerusform>%n bad row; fix them and import the file again.</numerusform>
            <numerusform>%n bad rows; fix them and import the file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanChecker</name>
    <message numerus="yes">
        <source>%1 has %n machine(s); there is no machine %2</source>
        <translation>
            <numerusform>%1 has %n machine; there is no machine %2</numerusform>
            <numerusform>%1 has %n machines; there is no machine %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it is on machine %1, but %2 has %n machine(s)</source>
        <translation>
            <numerusform>it is on machine %1, but %2 has %n machine</numerusform>
            <numerusform>it is on machine %1, but %2 has %n machines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanGanttBuilder</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n machine</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n work order</numerusform>
            <numerusform>%n work orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanPage</name>
    <message numerus="yes">
        <source>%n operation(s) have no place in the plan yet: plan forward or reschedule.</source>
        <translation>
            <numerusform>%n operation has no place in the plan yet: plan forward or reschedule.</numerusform>
            <numerusform>%n operations have no place in the plan yet: plan forward or reschedule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan loaded: %n operation(s).</source>
        <translation>
            <numerusform>Plan loaded: %n operation.</numerusform>
            <numerusform>Plan loaded: %n operations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanRunner</name>
    <message numerus="yes">
        <source>%n problem(s); the first: %1</source>
        <translation>
            <numerusform>%n problem; the first: %1</numerusform>
            <numerusform>%n problems; the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be made; the first: %1</source>
        <translation>
            <numerusform>%n could not be made; the first: %1</numerusform>
            <numerusform>%n could not be made; the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) of the new work orders put in the plan&apos;s gaps.</source>
        <translation>
            <numerusform>%n operation of the new work orders put in the plan&apos;s gaps.</numerusform>
            <numerusform>%n operations of the new work orders put in the plan&apos;s gaps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Production::PlanSidePanel</name>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n work order(s)</source>
        <translation>
            <numerusform>%1 of %n work order</numerusform>
            <numerusform>%1 of %n work orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Production::ProductionHandoff</name>
    <message numerus="yes">
        <source>%1 made; %n work order(s) of %2 still in production</source>
        <translation>
            <numerusform>%1 made; %n work order of %2 still in production</numerusform>
            <numerusform>%1 made; %n work orders of %2 still in production</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Production::ProductionModule</name>
    <message numerus="yes">
        <source>%n work order(s) planned to end after their due date</source>
        <translation>
            <numerusform>%n work order planned to end after their due date</numerusform>
            <numerusform>%n work orders planned to end after their due date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Production::WorkOrderDetailPane</name>
    <message numerus="yes">
        <source>%n part(s), %1 m², %2 m of edge banding</source>
        <translation>
            <numerusform>%n part, %1 m², %2 m of edge banding</numerusform>
            <numerusform>%n parts, %1 m², %2 m of edge banding</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s), one per piece</source>
        <translation>
            <numerusform>%n label, one per piece</numerusform>
            <numerusform>%n labels, one per piece</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Production::WorkOrdersPage</name>
    <message numerus="yes">
        <source>%n operation(s) planned into the gaps of the plan.</source>
        <translation>
            <numerusform>%n operation planned into the gaps of the plan.</numerusform>
            <numerusform>%n operations planned into the gaps of the plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s)</source>
        <translation>
            <numerusform>%Ln work order</numerusform>
            <numerusform>%Ln work orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) while making work orders; the rest were made.</source>
        <translation>
            <numerusform>%n problem while making work orders; the rest were made.</numerusform>
            <numerusform>%n problems while making work orders; the rest were made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n label(s) as PDF…</source>
        <translation>
            <numerusform>Saving %n label as PDF…</numerusform>
            <numerusform>Saving %n labels as PDF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n label(s) to %1.</source>
        <translation>
            <numerusform>Saved %n label to %1.</numerusform>
            <numerusform>Saved %n labels to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n label(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n label to the printer.</numerusform>
            <numerusform>Sent %n labels to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::SyncModule</name>
    <message numerus="yes">
        <source>%n sync conflict(s) to resolve</source>
        <translation>
            <numerusform>%n sync conflict to resolve</numerusform>
            <numerusform>%n sync conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::SyncPage</name>
    <message numerus="yes">
        <source>%n row(s) downloaded</source>
        <translation>
            <numerusform>%n row downloaded</numerusform>
            <numerusform>%n rows downloaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Sync::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
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
<context>
    <name>Hearth::Warehouse::AggregatorTracking</name>
    <message numerus="yes">
        <source>%1 is limiting requests (HTTP 429) after %n try(ies); poll less often or raise the plan&apos;s limit</source>
        <translation>
            <numerusform>%1 is limiting requests (HTTP 429) after %n try; poll less often or raise the plan&apos;s limit</numerusform>
            <numerusform>%1 is limiting requests (HTTP 429) after %n tries; poll less often or raise the plan&apos;s limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed with HTTP %2 after %n try(ies); try again later</source>
        <translation>
            <numerusform>%1 failed with HTTP %2 after %n try; try again later</numerusform>
            <numerusform>%1 failed with HTTP %2 after %n tries; try again later</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::CodeCheckHandler</name>
    <message numerus="yes">
        <source>Already scanned for %1 (read %n time(s)); nothing changed</source>
        <translation>
            <numerusform>Already scanned for %1 (read %n time); nothing changed</numerusform>
            <numerusform>Already scanned for %1 (read %n times); nothing changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::Completeness</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::CountHandler</name>
    <message numerus="yes">
        <source>Count of %1 closed: %n line(s)</source>
        <translation>
            <numerusform>Count of %1 closed: %n line</numerusform>
            <numerusform>Count of %1 closed: %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::Gs1</name>
    <message numerus="yes">
        <source>%1 is longer than %n character(s); a group separator (GS) may be missing</source>
        <translation>
            <numerusform>%1 is longer than %n character; a group separator (GS) may be missing</numerusform>
            <numerusform>%1 is longer than %n characters; a group separator (GS) may be missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n digit(s), found %2</source>
        <translation>
            <numerusform>%1 needs %n digit, found %2</numerusform>
            <numerusform>%1 needs %n digits, found %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::LoadHandler</name>
    <message numerus="yes">
        <source>The label is out of date: the order now has %n package(s); print its labels again; nothing changed</source>
        <translation>
            <numerusform>The label is out of date: the order now has %n package; print its labels again; nothing changed</numerusform>
            <numerusform>The label is out of date: the order now has %n packages; print its labels again; nothing changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %1 is incomplete: %n thing(s) missing</source>
        <translation>
            <numerusform>Order %1 is incomplete: %n thing missing</numerusform>
            <numerusform>Order %1 is incomplete: %n things missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PackHandler</name>
    <message numerus="yes">
        <source>%n order(s) wait for this item: scan a panel of the order first to open its package; nothing changed</source>
        <translation>
            <numerusform>%n order waits for this item: scan a panel of the order first to open its package; nothing changed</numerusform>
            <numerusform>%n orders wait for this item: scan a panel of the order first to open its package; nothing changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The label is out of date: the order now has %n package(s); print its labels again; nothing changed</source>
        <translation>
            <numerusform>The label is out of date: the order now has %n package; print its labels again; nothing changed</numerusform>
            <numerusform>The label is out of date: the order now has %n packages; print its labels again; nothing changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PackageLabel</name>
    <message numerus="yes">
        <source>%n panel(s)</source>
        <translation>
            <numerusform>%n panel</numerusform>
            <numerusform>%n panels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hardware line(s)</source>
        <translation>
            <numerusform>%n hardware line</numerusform>
            <numerusform>%n hardware lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PackagesModel</name>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PackagesPage</name>
    <message numerus="yes">
        <source>%1 lacks %n thing(s) before it may be loaded</source>
        <translation>
            <numerusform>%1 lacks %n thing before it may be loaded</numerusform>
            <numerusform>%1 lacks %n things before it may be loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n package(s) planned</source>
        <translation>
            <numerusform>%1: %n package planned</numerusform>
            <numerusform>%1: %n packages planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved to %1</source>
        <translation>
            <numerusform>%n label saved to %1</numerusform>
            <numerusform>%n labels saved to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n label(s) to %1</source>
        <translation>
            <numerusform>Sent %n label to %1</numerusform>
            <numerusform>Sent %n labels to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::PurchasingPage</name>
    <message numerus="yes">
        <source>%n purchase order(s) created: %1</source>
        <translation>
            <numerusform>%n purchase order created: %1</numerusform>
            <numerusform>%n purchase orders created: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported; %n error(s) to put right in the sheet</source>
        <translation>
            <numerusform>%1: nothing was imported; %n error to put right in the sheet</numerusform>
            <numerusform>%1: nothing was imported; %n errors to put right in the sheet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n order(s) now at risk</source>
        <translation>
            <numerusform>; %n order now at risk</numerusform>
            <numerusform>; %n orders now at risk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::ReceiveHandler</name>
    <message numerus="yes">
        <source>%n line(s) still to receive: scan the goods</source>
        <translation>
            <numerusform>%n line still to receive: scan the goods</numerusform>
            <numerusform>%n lines still to receive: scan the goods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) still to receive: scan the bin label</source>
        <translation>
            <numerusform>%n line still to receive: scan the bin label</numerusform>
            <numerusform>%n lines still to receive: scan the bin label</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::ShipmentsPage</name>
    <message numerus="yes">
        <source>On shipment %1: %n package(s), freight %2</source>
        <translation>
            <numerusform>On shipment %1: %n package, freight %2</numerusform>
            <numerusform>On shipment %1: %n packages, freight %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipment %1: %n package(s), freight %2</source>
        <translation>
            <numerusform>Shipment %1: %n package, freight %2</numerusform>
            <numerusform>Shipment %1: %n packages, freight %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing stopped: %n new event(s) stored</source>
        <translation>
            <numerusform>Refreshing stopped: %n new event stored</numerusform>
            <numerusform>Refreshing stopped: %n new events stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tracking refreshed for %n shipment(s)</source>
        <translation>
            <numerusform>Tracking refreshed for %n shipment</numerusform>
            <numerusform>Tracking refreshed for %n shipments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n new event(s)</source>
        <translation>
            <numerusform>: %n new event</numerusform>
            <numerusform>: %n new events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::StockPage</name>
    <message numerus="yes">
        <source>%n item(s), value %1 yuan</source>
        <translation>
            <numerusform>%n item, value %1 yuan</numerusform>
            <numerusform>%n items, value %1 yuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n below reorder point</source>
        <translation>
            <numerusform>; %n below reorder point</numerusform>
            <numerusform>; %n below reorder point</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n bin label(s) to %1</source>
        <translation>
            <numerusform>Sent %n bin label to %1</numerusform>
            <numerusform>Sent %n bin labels to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::TransferHandler</name>
    <message numerus="yes">
        <source>Moved %n item(s) from %1 to %2</source>
        <translation>
            <numerusform>Moved %n item from %1 to %2</numerusform>
            <numerusform>Moved %n items from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) read: scan more, or the bin they go to</source>
        <translation>
            <numerusform>%n item read: scan more, or the bin it goes to</numerusform>
            <numerusform>%n items read: scan more, or the bin they go to</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Warehouse::WarehouseLabelPrinter</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the printer stopped after %n label(s)</source>
        <translation>
            <numerusform>the printer stopped after %n label</numerusform>
            <numerusform>the printer stopped after %n labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::DefinitionStore</name>
    <message numerus="yes">
        <source>the definition has %n problem(s):
%1</source>
        <translation>
            <numerusform>the definition has %n problem:
%1</numerusform>
            <numerusform>the definition has %n problems:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::DryRun</name>
    <message numerus="yes">
        <source>%n order(s) in the period</source>
        <translation>
            <numerusform>%n order in the period</numerusform>
            <numerusform>%n orders in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would change</source>
        <translation>
            <numerusform>%n would change</numerusform>
            <numerusform>%n would change</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::DryRunPanel</name>
    <message numerus="yes">
        <source>%n would be reviewed or split differently:</source>
        <translation>
            <numerusform>%n would be reviewed or split differently:</numerusform>
            <numerusform>%n would be reviewed or split differently:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) signed %1 replayed.</source>
        <translation>
            <numerusform>%n order signed %1 replayed.</numerusform>
            <numerusform>%n orders signed %1 replayed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::EngineRunner</name>
    <message numerus="yes">
        <source>%n order(s) failed; the first: %1</source>
        <translation>
            <numerusform>%n order failed; the first: %1</numerusform>
            <numerusform>%n orders failed; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::Expression</name>
    <message numerus="yes">
        <source>%1() takes at least %n value(s)</source>
        <translation>
            <numerusform>%1() takes at least %n value</numerusform>
            <numerusform>%1() takes at least %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1() takes %n value(s)</source>
        <translation>
            <numerusform>%1() takes %n value</numerusform>
            <numerusform>%1() takes %n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::OrderRemoval</name>
    <message numerus="yes">
        <source>%1 cancelled (%n open task(s) cancelled)</source>
        <translation>
            <numerusform>%1 cancelled (%n open task cancelled)</numerusform>
            <numerusform>%1 cancelled (%n open tasks cancelled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 deleted (%n open task(s) cancelled)</source>
        <translation>
            <numerusform>%1 deleted (%n open task cancelled)</numerusform>
            <numerusform>%1 deleted (%n open tasks cancelled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) are recorded on it (record a refund instead)</source>
        <translation>
            <numerusform>%n receipt is recorded on it (record a refund instead)</numerusform>
            <numerusform>%n receipts are recorded on it (record a refund instead)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n work order(s)</source>
        <translation>
            <numerusform>it has %n work order</numerusform>
            <numerusform>it has %n work orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock move(s) were booked for it</source>
        <translation>
            <numerusform>%n stock move was booked for it</numerusform>
            <numerusform>%n stock moves were booked for it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n package(s)</source>
        <translation>
            <numerusform>it has %n package</numerusform>
            <numerusform>it has %n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n re-make(s)</source>
        <translation>
            <numerusform>it has %n re-make</numerusform>
            <numerusform>it has %n re-makes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::PlanDiff</name>
    <message numerus="yes">
        <source>%n part(s) changed</source>
        <translation>
            <numerusform>%n part changed</numerusform>
            <numerusform>%n parts changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hardware item(s) changed</source>
        <translation>
            <numerusform>%n hardware item changed</numerusform>
            <numerusform>%n hardware items changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::ProcessDefinition</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::ProcessDisplay</name>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n working hour</numerusform>
            <numerusform>%n working hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::ProcessEngine</name>
    <message numerus="yes">
        <source>split into %n task(s)</source>
        <translation>
            <numerusform>split into %n task</numerusform>
            <numerusform>split into %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n part(s)</source>
        <translation>
            <numerusform>, %n part</numerusform>
            <numerusform>, %n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>promised date set to %1 (%n working day(s) after signing)</source>
        <translation>
            <numerusform>promised date set to %1 (%n working day after signing)</numerusform>
            <numerusform>promised date set to %1 (%n working days after signing)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::ProcessPage</name>
    <message numerus="yes">
        <source>%n order(s) in all</source>
        <translation>
            <numerusform>%n order in all</numerusform>
            <numerusform>%n orders in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n order(s) · %2</source>
        <translation>
            <numerusform>%1 · %n order · %2</numerusform>
            <numerusform>%1 · %n orders · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s), %2 by %3</source>
        <translation>
            <numerusform>%1: %n order, %2 by %3</numerusform>
            <numerusform>%1: %n orders, %2 by %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>v%1 is shown read-only. %n order(s) started with it and keep it; new orders start with v%2. &quot;Make Active&quot; lets new orders start with v%1 again.</source>
        <translation>
            <numerusform>v%1 is shown read-only. %n order started with it and keeps it; new orders start with v%2. &quot;Make Active&quot; lets new orders start with v%1 again.</numerusform>
            <numerusform>v%1 is shown read-only. %n orders started with it and keep it; new orders start with v%2. &quot;Make Active&quot; lets new orders start with v%1 again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New orders start with v%1, the active version; %n order(s) run on it.</source>
        <translation>
            <numerusform>New orders start with v%1, the active version; %n order runs on it.</numerusform>
            <numerusform>New orders start with v%1, the active version; %n orders run on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) on other versions keep the version they started with.</source>
        <translation>
            <numerusform>%n order on another version keeps the version it started with.</numerusform>
            <numerusform>%n orders on other versions keep the version they started with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problems (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); click one to see its place in the text.</source>
        <translation>
            <numerusform>%n problem; click it to see its place in the text.</numerusform>
            <numerusform>%n problems; click one to see its place in the text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the definition has %n problem(s). Fix them first.</source>
        <translation>
            <numerusform>Not saved: the definition has %n problem. Fix it first.</numerusform>
            <numerusform>Not saved: the definition has %n problems. Fix them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n order(s) already started keep the version they started with.</source>
        <translation>
            <numerusform>The %n order already started keeps the version it started with.</numerusform>
            <numerusform>The %n orders already started keep the version they started with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transition(s): %1 automatic, %2 on an event</source>
        <translation>
            <numerusform>%n transition: %1 automatic, %2 on an event</numerusform>
            <numerusform>%n transitions: %1 automatic, %2 on an event</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::ReviewRules</name>
    <message numerus="yes">
        <source>%n panel(s) within the machines&apos; limits</source>
        <translation>
            <numerusform>%n panel within the machines&apos; limits</numerusform>
            <numerusform>%n panels within the machines&apos; limits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>materials and colours of %n custom line(s) are in the catalogue</source>
        <translation>
            <numerusform>materials and colours of %n custom line are in the catalogue</numerusform>
            <numerusform>materials and colours of %n custom lines are in the catalogue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::RuleSetStore</name>
    <message numerus="yes">
        <source>the rules have %n problem(s):
%1</source>
        <translation>
            <numerusform>the rules have %n problem:
%1</numerusform>
            <numerusform>the rules have %n problems:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::RulesPage</name>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problems (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); click one to see its place.</source>
        <translation>
            <numerusform>%n problem; click it to see its place.</numerusform>
            <numerusform>%n problems; click one to see its place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the rules have %n problem(s). Fix them first.</source>
        <translation>
            <numerusform>Not saved: the rules have %n problem. Fix it first.</numerusform>
            <numerusform>Not saved: the rules have %n problems. Fix them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The edited rules have %n problem(s); fix them in the Rules tab first.</source>
        <translation>
            <numerusform>The edited rules have %n problem; fix it in the Rules tab first.</numerusform>
            <numerusform>The edited rules have %n problems; fix them in the Rules tab first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review: %n rule(s)</source>
        <translation>
            <numerusform>Review: %n rule</numerusform>
            <numerusform>Review: %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split: %n rule(s) for order lines</source>
        <translation>
            <numerusform>Split: %n rule for order lines</numerusform>
            <numerusform>Split: %n rules for order lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cabinet templates: %n</source>
        <translation>
            <numerusform>Cabinet templates: %n</numerusform>
            <numerusform>Cabinet templates: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n workshop(s) (%1)</source>
        <translation>
            <numerusform>to %n workshop (%1)</numerusform>
            <numerusform>to %n workshops (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s) (%1)</source>
        <translation>
            <numerusform>%n supplier (%1)</numerusform>
            <numerusform>%n suppliers (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::Splitter</name>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::TaskDisplay</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::Workflow::TaskInboxPage</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
</TS>
