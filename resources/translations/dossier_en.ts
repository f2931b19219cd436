<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CasesController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/cases.py" line="158"/>
        <source>Wrote %1 and %n evidence file(s) beside it.</source>
        <translation>
            <numerusform>Wrote %1 and %n evidence file beside it.</numerusform>
            <numerusform>Wrote %1 and %n evidence files beside it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="19"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="22"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="25"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="28"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="31"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="35"/>
        <source>Imported %n message(s) with %1.</source>
        <translation>
            <numerusform>Imported %n message with %1.</numerusform>
            <numerusform>Imported %n messages with %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="37"/>
        <source>%n attachment(s)</source>
        <comment>Imported 3 messages with 2 attachments</comment>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="41"/>
        <source>%n already in the case, not stored again.</source>
        <translation>
            <numerusform>%n already in the case, not stored again.</numerusform>
            <numerusform>%n already in the case, not stored again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evidence.py" line="91"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="246"/>
        <source>⚠ %n exhibit(s) are images. Dossier masks card numbers in what it writes, but cannot read text in images: check they show no full card number or other private detail before you send the pack.</source>
        <translation>
            <numerusform>⚠ %n exhibit is an image. Dossier masks card numbers in what it writes, but cannot read text in images: check it shows no full card number or other private detail before you send the pack.</numerusform>
            <numerusform>⚠ %n exhibits are images. Dossier masks card numbers in what it writes, but cannot read text in images: check they show no full card number or other private detail before you send the pack.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="338"/>
        <source>Fit to %1: %2 of %n exhibit(s) kept, about %3 and %4</source>
        <translation>
            <numerusform>Fit to %1: %2 of %n exhibit kept, about %3 and %4</numerusform>
            <numerusform>Fit to %1: %2 of %n exhibits kept, about %3 and %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="340"/>
        <source>%n page(s)</source>
        <comment>Fit to the portal: 4 of 6 exhibits kept, about 20 pages</comment>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="348"/>
        <source>in %n file(s)</source>
        <translation>
            <numerusform>in %n file</numerusform>
            <numerusform>in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="468"/>
        <source>%1, %2 in %n file(s)</source>
        <translation>
            <numerusform>%1, %2 in %n file</numerusform>
            <numerusform>%1, %2 in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="469"/>
        <source>%n page(s)</source>
        <comment>12 pages, 2.3 MB in 2 files</comment>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/letters.py" line="119"/>
        <source>&amp;Why are %n letter(s) not offered?</source>
        <translation>
            <numerusform>&amp;Why is %n letter not offered?</numerusform>
            <numerusform>&amp;Why are %n letters not offered?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/record_forms.py" line="144"/>
        <source>%n day(s) after the contact unless you change it</source>
        <translation>
            <numerusform>%n day after the contact unless you change it</numerusform>
            <numerusform>%n days after the contact unless you change it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailChooser</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/mail_import.py" line="257"/>
        <source>%n message(s) shown, %1 ticked</source>
        <translation>
            <numerusform>%n message shown, %1 ticked</numerusform>
            <numerusform>%n messages shown, %1 ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/mail_import.py" line="264"/>
        <source>%n cannot be read: %1</source>
        <translation>
            <numerusform>%n cannot be read: %1</numerusform>
            <numerusform>%n cannot be read: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/overview_page.py" line="482"/>
        <source>and %n more in Deadlines</source>
        <translation>
            <numerusform>and %n more in Deadlines</numerusform>
            <numerusform>and %n more in Deadlines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionBar</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/redaction.py" line="346"/>
        <source>%n box(es), not saved</source>
        <translation>
            <numerusform>%n box, not saved</numerusform>
            <numerusform>%n boxes, not saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/redaction.py" line="348"/>
        <source>%n box(es) saved</source>
        <translation>
            <numerusform>%n box saved</numerusform>
            <numerusform>%n boxes saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="155"/>
        <source>Wrote %n deadline(s) to %1: open it with your calendar to add them.</source>
        <translation>
            <numerusform>Wrote %n deadline to %1: open it with your calendar to add them.</numerusform>
            <numerusform>Wrote %n deadlines to %1: open it with your calendar to add them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search.py" line="113"/>
        <source>%n item(s) in %1</source>
        <translation>
            <numerusform>%n item in %1</numerusform>
            <numerusform>%n items in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search.py" line="114"/>
        <source>%n case(s)</source>
        <comment>3 items in 2 cases</comment>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="302"/>
        <source>%n case(s)</source>
        <comment>Wrote the backup (12 MB): 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="303"/>
        <source>%n file(s)</source>
        <comment>Wrote the backup (12 MB): 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="373"/>
        <source>%n case(s)</source>
        <comment>Restored 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="374"/>
        <source>%n file(s)</source>
        <comment>Restored 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnusedFilesDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evidence.py" line="350"/>
        <source>Remove these %n file(s) from the vault for good? No record names them. This cannot be undone.</source>
        <translation>
            <numerusform>Remove this %n file from the vault for good? No record names them. This cannot be undone.</numerusform>
            <numerusform>Remove these %n files from the vault for good? No record names them. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evidence.py" line="366"/>
        <source>Removed %n vault file(s) no record named.</source>
        <translation>
            <numerusform>Removed %n vault file no record named.</numerusform>
            <numerusform>Removed %n vault files no record named.</numerusform>
        </translation>
    </message>
</context>
</TS>
