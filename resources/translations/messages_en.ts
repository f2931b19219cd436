<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/casefiles.py" line="44"/>
        <source>Wrote {case_file} and %n evidence file(s).</source>
        <translation>
            <numerusform>Wrote {case_file} and %n evidence file.</numerusform>
            <numerusform>Wrote {case_file} and %n evidence files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/casefiles.py" line="22"/>
        <location filename="../../desktop_app/cli/store.py" line="157"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/cases.py" line="204"/>
        <location filename="../../desktop_app/cli/show.py" line="296"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/cases.py" line="205"/>
        <location filename="../../desktop_app/cli/show.py" line="297"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/cases.py" line="30"/>
        <source>%n open deadline(s) written to {ics}</source>
        <translation>
            <numerusform>%n open deadline written to {ics}</numerusform>
            <numerusform>%n open deadlines written to {ics}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/check.py" line="37"/>
        <source>%n vault file(s)</source>
        <translation>
            <numerusform>%n vault file</numerusform>
            <numerusform>%n vault files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/check.py" line="38"/>
        <location filename="../../desktop_app/cli/store.py" line="117"/>
        <location filename="../../desktop_app/cli/store.py" line="158"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/check.py" line="39"/>
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n evidence item</numerusform>
            <numerusform>%n evidence items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="267"/>
        <source>%n vault file(s) no record names:</source>
        <translation>
            <numerusform>%n vault file no record names:</numerusform>
            <numerusform>%n vault files no record names:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="278"/>
        <source>Removed %n vault file(s) no record named.</source>
        <translation>
            <numerusform>Removed %n vault file no record named.</numerusform>
            <numerusform>Removed %n vault files no record named.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="59"/>
        <source>Deleted %n item(s) for good.</source>
        <translation>
            <numerusform>Deleted %n item for good.</numerusform>
            <numerusform>Deleted %n items for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="248"/>
        <source>%n vault file(s) no record names; &apos;dossier evidence remove-unused&apos; removes them after listing them again and asking.</source>
        <translation>
            <numerusform>%n vault file no record names; &apos;dossier evidence remove-unused&apos; removes it after listing it again and asking.</numerusform>
            <numerusform>%n vault files no record names; &apos;dossier evidence remove-unused&apos; removes them after listing them again and asking.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="274"/>
        <source>Remove these %n file(s) for good? [y/N] </source>
        <translation>
            <numerusform>Remove this file for good? [y/N] </numerusform>
            <numerusform>Remove these %n files for good? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="102"/>
        <source>dossier: {added} of %n file(s) added; the others are named above with the reason</source>
        <translation>
            <numerusform>dossier: {added} of %n file added; it is named above with the reason</numerusform>
            <numerusform>dossier: {added} of %n files added; the others are named above with the reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="215"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/mail.py" line="40"/>
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>Imported %n message</numerusform>
            <numerusform>Imported %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/mail.py" line="41"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/packs.py" line="50"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/store.py" line="118"/>
        <location filename="../../desktop_app/cli/store.py" line="159"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="104"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="106"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="108"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="110"/>
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="74"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="118"/>
        <source>{name}: %n page(s). First page:</source>
        <translation>
            <numerusform>{name}: %n page. First page:</numerusform>
            <numerusform>{name}: %n pages. First page:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="114"/>
        <source>{name}: %n page(s). Text of the first page:</source>
        <translation>
            <numerusform>{name}: %n page. Text of the first page:</numerusform>
            <numerusform>{name}: %n pages. Text of the first page:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="134"/>
        <source>There is no page {page}: the PDF has %n page(s), numbered from 1.</source>
        <translation>
            <numerusform>There is no page {page}: the PDF has %n page, numbered from 1.</numerusform>
            <numerusform>There is no page {page}: the PDF has %n pages, numbered from 1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="553"/>
        <source>more than %n page(s)</source>
        <translation>
            <numerusform>more than %n page</numerusform>
            <numerusform>more than %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="451"/>
        <source>the files would be %n page(s) in all</source>
        <translation>
            <numerusform>the files would be %n page in all</numerusform>
            <numerusform>the files would be %n pages in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="366"/>
        <source>Evidence {ids} is given more than once in the exhibits&apos; order; give each exhibit once.</source>
        <translation>
            <numerusform>Evidence {ids} is given more than once in the exhibits&apos; order; give each exhibit once.</numerusform>
            <numerusform>Evidence items {ids} are given more than once in the exhibits&apos; order; give each exhibit once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="379"/>
        <source>Evidence {ids} is not in this case, or is in its trash: give the ids &apos;dossier evidence list&apos; shows, each once.</source>
        <translation>
            <numerusform>Evidence {ids} is not in this case, or is in its trash: give the ids &apos;dossier evidence list&apos; shows, each once.</numerusform>
            <numerusform>Evidence items {ids} are not in this case, or are in its trash: give the ids &apos;dossier evidence list&apos; shows, each once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="442"/>
        <source>part {part} would be {size} and %n page(s): {problem}</source>
        <translation>
            <numerusform>part {part} would be {size} and %n page: {problem}</numerusform>
            <numerusform>part {part} would be {size} and %n pages: {problem}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="516"/>
        <source>, %n images per page</source>
        <translation>
            <numerusform>, %n image per page</numerusform>
            <numerusform>, %n images per page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="544"/>
        <source>%n page(s) too many</source>
        <translation>
            <numerusform>%n page too many</numerusform>
            <numerusform>%n pages too many</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="556"/>
        <source>in all about {size} and %n page(s)</source>
        <translation>
            <numerusform>in all about {size} and %n page</numerusform>
            <numerusform>in all about {size} and %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="241"/>
        <source>it would need %n file(s) of at most {size}</source>
        <translation>
            <numerusform>it would need %n file of at most {size}</numerusform>
            <numerusform>it would need %n files of at most {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="551"/>
        <source>{letter} {name} ({size}, %n page(s))</source>
        <translation>
            <numerusform>{letter} {name} ({size}, %n page)</numerusform>
            <numerusform>{letter} {name} ({size}, %n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="233"/>
        <source>exhibit {letters} alone takes %n page(s) and {size}</source>
        <translation>
            <numerusform>exhibit {letters} alone takes %n page and {size}</numerusform>
            <numerusform>exhibit {letters} alone takes %n pages and {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/front_cut.py" line="47"/>
        <source>the full communication log (%n contact(s))</source>
        <translation>
            <numerusform>the full communication log (%n contact)</numerusform>
            <numerusform>the full communication log (%n contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/front_cut.py" line="50"/>
        <source>the transactions not in dispute (%n transaction(s))</source>
        <translation>
            <numerusform>the transactions not in dispute (%n transaction)</numerusform>
            <numerusform>the transactions not in dispute (%n transactions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/front_cut.py" line="54"/>
        <source>the timeline&apos;s entries neither page 1 nor a kept exhibit refers to (%n entry(ies))</source>
        <translation>
            <numerusform>the timeline&apos;s entries neither page 1 nor a kept exhibit refers to (%n entry)</numerusform>
            <numerusform>the timeline&apos;s entries neither page 1 nor a kept exhibit refers to (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="316"/>
        <source>not even one exhibit fits beside page 1 and the front matter (at least %n page(s))</source>
        <translation>
            <numerusform>not even one exhibit fits beside page 1 and the front matter (at least %n page)</numerusform>
            <numerusform>not even one exhibit fits beside page 1 and the front matter (at least %n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="523"/>
        <source>it needs at least %n page(s), even with four images on a page</source>
        <translation>
            <numerusform>it needs at least %n page, even with four images on a page</numerusform>
            <numerusform>it needs at least %n pages, even with four images on a page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="533"/>
        <source>no room left for it within the profile&apos;s limits (about %n page(s), up to {size})</source>
        <translation>
            <numerusform>no room left for it within the profile&apos;s limits (about %n page, up to {size})</numerusform>
            <numerusform>no room left for it within the profile&apos;s limits (about %n pages, up to {size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="322"/>
        <source>not even one exhibit fits beside page 1 and the front matter (at least {pages} pages), even leaving out {parts} (%n page(s) then)</source>
        <translation>
            <numerusform>not even one exhibit fits beside page 1 and the front matter (at least {pages} pages), even leaving out {parts} (%n page then)</numerusform>
            <numerusform>not even one exhibit fits beside page 1 and the front matter (at least {pages} pages), even leaving out {parts} (%n pages then)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="509"/>
        <source>{name} (%n page(s), up to {size})</source>
        <translation>
            <numerusform>{name} (%n page, up to {size})</numerusform>
            <numerusform>{name} (%n pages, up to {size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="359"/>
        <source>page 1 and the front matter alone take at least %n page(s): the pack leaves out {parts}, said on its page of documents left out as available on request</source>
        <translation>
            <numerusform>page 1 and the front matter alone take at least %n page: the pack leaves out {parts}, said on its page of documents left out as available on request</numerusform>
            <numerusform>page 1 and the front matter alone take at least %n pages: the pack leaves out {parts}, said on its page of documents left out as available on request</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="31"/>
        <source>{named} and %n more</source>
        <translation>
            <numerusform>{named} and %n more</numerusform>
            <numerusform>{named} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="38"/>
        <source>--fit would keep %n exhibit(s) (about {pages} pages, at most {size}) and list the {count} left out as available on request: {left_out}</source>
        <translation>
            <numerusform>--fit would keep %n exhibit (about {pages} pages, at most {size}) and list the {count} left out as available on request: {left_out}</numerusform>
            <numerusform>--fit would keep %n exhibits (about {pages} pages, at most {size}) and list the {count} left out as available on request: {left_out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="108"/>
        <source>The pack includes %n image(s) ({letters}). Dossier cannot read text in images: check they show no full card number or other private detail, and draw boxes over any in the evidence preview.</source>
        <translation>
            <numerusform>The pack includes %n image ({letters}). Dossier cannot read text in images: check it shows no full card number or other private detail, and draw boxes over any in the evidence preview.</numerusform>
            <numerusform>The pack includes %n images ({letters}). Dossier cannot read text in images: check they show no full card number or other private detail, and draw boxes over any in the evidence preview.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="154"/>
        <source>{exhibit}: page(s) {pages} redacted (listed in the integrity appendix).</source>
        <translation>
            <numerusform>{exhibit}: page {pages} redacted (listed in the integrity appendix).</numerusform>
            <numerusform>{exhibit}: pages {pages} redacted (listed in the integrity appendix).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="205"/>
        <source>%n document(s) left out to fit the {profile} profile, listed as available on request: {documents}</source>
        <translation>
            <numerusform>%n document left out to fit the {profile} profile, listed as available on request: {documents}</numerusform>
            <numerusform>%n documents left out to fit the {profile} profile, listed as available on request: {documents}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="129"/>
        <source>{exhibit}: page(s) {pages} hold no text Dossier can read (a scan, a picture): check they show no full card number, and draw boxes over any in the evidence preview.</source>
        <translation>
            <numerusform>{exhibit}: page {pages} holds no text Dossier can read (a scan, a picture): check it shows no full card number, and draw boxes over any in the evidence preview.</numerusform>
            <numerusform>{exhibit}: pages {pages} hold no text Dossier can read (a scan, a picture): check they show no full card number, and draw boxes over any in the evidence preview.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="110"/>
        <source>the {profile} portal takes file names of at most {most} ASCII characters (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), and {name} has %n</source>
        <translation>
            <numerusform>the {profile} portal takes file names of at most {most} ASCII characters (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), and {name} has %n</numerusform>
            <numerusform>the {profile} portal takes file names of at most {most} ASCII characters (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), and {name} has %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="117"/>
        <source>the {profile} portal takes file names of at most {most} ASCII characters (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), and {name} has %n, with characters it does not take</source>
        <translation>
            <numerusform>the {profile} portal takes file names of at most {most} ASCII characters (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), and {name} has %n, with characters it does not take</numerusform>
            <numerusform>the {profile} portal takes file names of at most {most} ASCII characters (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), and {name} has %n, with characters it does not take</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="78"/>
        <source>%n page(s) per file</source>
        <translation>
            <numerusform>%n page per file</numerusform>
            <numerusform>%n pages per file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="80"/>
        <source>up to %n file(s)</source>
        <translation>
            <numerusform>up to %n file</numerusform>
            <numerusform>up to %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="86"/>
        <source>%n page(s) in all</source>
        <translation>
            <numerusform>%n page in all</numerusform>
            <numerusform>%n pages in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="89"/>
        <source>file names of at most %n ASCII character(s)</source>
        <translation>
            <numerusform>file names of at most %n ASCII character</numerusform>
            <numerusform>file names of at most %n ASCII characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message numerus="yes">
        <location filename="../../desktop_app/services/mail.py" line="89"/>
        <source>Not an e-mail address: {addresses}</source>
        <translation>
            <numerusform>Not an e-mail address: {addresses}</numerusform>
            <numerusform>Not e-mail addresses: {addresses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/mail.py" line="58"/>
        <source>Reading {name}: %n message(s) read</source>
        <translation>
            <numerusform>Reading {name}: %n message read</numerusform>
            <numerusform>Reading {name}: %n messages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/packs.py" line="178"/>
        <source>No pack was written: %n evidence file(s) are missing or damaged in the vault: {files}. Run &apos;dossier verify&apos;, and restore the store from a backup.</source>
        <translation>
            <numerusform>No pack was written: %n evidence file is missing or damaged in the vault: {files}. Run &apos;dossier verify&apos;, and restore the store from a backup.</numerusform>
            <numerusform>No pack was written: %n evidence files are missing or damaged in the vault: {files}. Run &apos;dossier verify&apos;, and restore the store from a backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/records.py" line="184"/>
        <source>{title} (+%n d)</source>
        <translation>
            <numerusform>{title} (+%n d)</numerusform>
            <numerusform>{title} (+%n d)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/work_results.py" line="53"/>
        <source>{sha256}  {size} byte(s)  {names}</source>
        <translation>
            <numerusform>{sha256}  {size} byte  {names}</numerusform>
            <numerusform>{sha256}  {size} bytes  {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <location filename="../../desktop_app/store/store.py" line="349"/>
        <source>%n vault file(s) are missing or damaged ({first}…): no backup was written. Run &apos;dossier verify&apos;.</source>
        <translation>
            <numerusform>%n vault file is missing or damaged ({first}…): no backup was written. Run &apos;dossier verify&apos;.</numerusform>
            <numerusform>%n vault files are missing or damaged ({first}…): no backup was written. Run &apos;dossier verify&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/redact.py" line="343"/>
        <source>{text} has %n digit(s), neither the last 4 digits nor a whole card number (13 to 19 digits): type only the last 4 digits, such as {example}</source>
        <translation>
            <numerusform>{text} has %n digit, neither the last 4 digits nor a whole card number (13 to 19 digits): type only the last 4 digits, such as {example}</numerusform>
            <numerusform>{text} has %n digits, neither the last 4 digits nor a whole card number (13 to 19 digits): type only the last 4 digits, such as {example}</numerusform>
        </translation>
    </message>
</context>
</TS>
