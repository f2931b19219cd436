<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CasesController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/cases.py" line="154"/>
        <source>Wrote %1 and %n evidence file(s) beside it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="17"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="20"/>
        <source>%n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="23"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="26"/>
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="29"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="33"/>
        <source>Imported %n message(s) with %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="35"/>
        <source>%n attachment(s)</source>
        <comment>Imported 3 messages with 2 attachments</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="39"/>
        <source>%n message(s) already in the case, not stored again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evidence.py" line="91"/>
        <source>%Ln byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="238"/>
        <source>⚠ %n exhibit(s) are images. Dossier masks card numbers in what it writes, but cannot read text in images: check they show no full card number or other private detail before you send the pack.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="325"/>
        <source>Fit to %1: %2 of %n exhibit(s) kept, about %3 and %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="327"/>
        <source>%n page(s)</source>
        <comment>Fit to the portal: 4 of 6 exhibits kept, about 20 pages</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="335"/>
        <source>in %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="456"/>
        <source>%1, %2 in %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="457"/>
        <source>%n page(s)</source>
        <comment>12 pages, 2.3 MB in 2 files</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/letters.py" line="118"/>
        <source>&amp;Why are %n letter(s) not offered?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/record_forms.py" line="144"/>
        <source>%n day(s) after the contact unless you change it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailChooser</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/mail_import.py" line="257"/>
        <source>%n message(s) shown, %1 ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/mail_import.py" line="264"/>
        <source>%n cannot be read: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionBar</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/redaction.py" line="346"/>
        <source>%n box(es), not saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/redaction.py" line="348"/>
        <source>%n box(es) saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="155"/>
        <source>Wrote %n deadline(s) to %1: open it with your calendar to add them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search.py" line="113"/>
        <source>%n item(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search.py" line="114"/>
        <source>%n case(s)</source>
        <comment>3 items in 2 cases</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="302"/>
        <source>%n case(s)</source>
        <comment>Wrote the backup (12 MB): 3 cases and 40 files</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="303"/>
        <source>%n file(s)</source>
        <comment>Wrote the backup (12 MB): 3 cases and 40 files</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="373"/>
        <source>%n case(s)</source>
        <comment>Restored 3 cases and 40 files</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="374"/>
        <source>%n file(s)</source>
        <comment>Restored 3 cases and 40 files</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnusedFilesDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evidence.py" line="350"/>
        <source>Remove these %n file(s) from the vault for good? No record names them. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evidence.py" line="366"/>
        <source>Removed %n vault file(s) no record named.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
