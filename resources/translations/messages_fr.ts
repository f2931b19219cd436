<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="154"/>
        <source>-o - cannot be a pack: give the name of the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="156"/>
        <source>-o - cannot be a case file and the folder of its files: give the name of the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="119"/>
        <source>dossier: interrupted; nothing more was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="111"/>
        <source>the store&apos;s database cannot be read ({reason}); &apos;dossier verify&apos; checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="130"/>
        <source>an unexpected {error} stopped &apos;{command}&apos;. Nothing was lost: the store keeps only whole changes. The details are in {log} (Dossier never sends it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="33"/>
        <source>{text} is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="46"/>
        <location filename="../../desktop_app/cli/args.py" line="42"/>
        <source>{text} is not a list of ids such as 1,3,4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="30"/>
        <source>{text} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="56"/>
        <source>{text} is not a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/output.py" line="28"/>
        <source>dossier: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/output.py" line="32"/>
        <source>dossier: warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/output.py" line="63"/>
        <source>y|yes</source>
        <comment>the answers that mean yes, lower case</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="68"/>
        <source>the store folder (default: $DOSSIER_HOME, else the platform&apos;s user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="74"/>
        <source>Keep the whole record of a billing dispute and hand it to your bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="77"/>
        <source>environment: DOSSIER_HOME chooses the store folder; DOSSIER_PASSPHRASE_FILE names a file holding the store&apos;s passphrase, for scripts (on a terminal Dossier asks for it when the system keyring does not give the key). Every command is described in docs/cli.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="88"/>
        <source>open the window (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="92"/>
        <source>add the sample case first when the store has no case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="96"/>
        <source>add the sample case and print its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="99"/>
        <source>list the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="100"/>
        <location filename="../../desktop_app/cli/parser.py" line="141"/>
        <location filename="../../desktop_app/cli/parser.py" line="279"/>
        <source>print JSON instead of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="103"/>
        <source>create a case, import or export a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="107"/>
        <source>create a case from a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="111"/>
        <source>write a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="116"/>
        <source>replace FILE.json and its files if they exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="119"/>
        <source>one case as the window&apos;s Overview shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="125"/>
        <source>the case&apos;s fields as in a case file, with its checklist, deadlines and escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="137"/>
        <source>list the deadlines of a case (or of every open case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="147"/>
        <source>write the open deadlines as an iCalendar file (.ics) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="150"/>
        <source>replace the --ics FILE if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="154"/>
        <source>write a letter from the case&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="160"/>
        <source>which letter (required unless --list); see --list for those that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="167"/>
        <source>list every kind of letter, whether it fits the case, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="172"/>
        <source>its language (default: the case&apos;s language, as the pack&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="175"/>
        <source>the letter&apos;s date (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="182"/>
        <source>the PDF to write (unless --list); a name ending in .txt writes plain text, and - prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="187"/>
        <location filename="../../desktop_app/cli/parser.py" line="526"/>
        <source>replace OUT if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="192"/>
        <source>find cases, contacts, e-mails and documents holding words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="195"/>
        <source>words to find (accents and case do not matter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="197"/>
        <location filename="../../desktop_app/cli/parser.py" line="270"/>
        <location filename="../../desktop_app/cli/parser.py" line="300"/>
        <location filename="../../desktop_app/cli/parser.py" line="350"/>
        <source>print JSON instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="200"/>
        <source>show or set your preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="205"/>
        <source>your own e-mail addresses, comma-separated: messages from them are logged as sent by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="217"/>
        <source>check the database and every vault file; exit 1 if anything is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="224"/>
        <source>add, list, trash and restore evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="227"/>
        <source>add files to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="233"/>
        <source>what the files are (default: guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="235"/>
        <source>title (default: the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="238"/>
        <source>what the files prove, in your words (printed on the exhibit&apos;s first page and index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="245"/>
        <source>the note in one line in another language, for a bank that reads that one (needs --note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="249"/>
        <source>where the files came from, such as a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="253"/>
        <source>change an item&apos;s title, kind, note or the note&apos;s translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="256"/>
        <source>its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="257"/>
        <source>what it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="258"/>
        <source>what it proves, in your words (&quot;&quot; clears it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="262"/>
        <source>the note in one line in another language (&quot;&quot; clears it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="267"/>
        <source>one item: its note, the note&apos;s translation and its redaction boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="272"/>
        <source>list a case&apos;s evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="276"/>
        <source>list the items in the trash instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="282"/>
        <source>move an item to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="286"/>
        <source>take an item out of the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="292"/>
        <source>delete trashed items and their files for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="294"/>
        <location filename="../../desktop_app/cli/parser.py" line="307"/>
        <location filename="../../desktop_app/cli/parser.py" line="499"/>
        <location filename="../../desktop_app/cli/parser.py" line="518"/>
        <source>do not ask for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="298"/>
        <source>list the vault files no record names (nothing is removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="304"/>
        <source>list the vault files no record names, then remove them once you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="313"/>
        <source>import e-mails (.eml, .msg, mbox) into a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="319"/>
        <source>import each message as a contact, with the message and its attachments as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="325"/>
        <source>.eml, .msg or mbox files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="331"/>
        <source>only messages whose sender&apos;s address or domain has TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="334"/>
        <source>only messages from that day on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="337"/>
        <source>only messages up to that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="342"/>
        <source>only messages with every word (accents and case ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="347"/>
        <source>list the messages that would be imported; import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="371"/>
        <source>profiles (the portal&apos;s published limits, and where they are published):
{profiles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="380"/>
        <source>write the dispute-evidence PDF pack of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="390"/>
        <source>the portal&apos;s limits to fit (default: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="395"/>
        <source>the language of the pack&apos;s own words (default: the case&apos;s country&apos;s, else en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="400"/>
        <source>at most N megabytes per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="403"/>
        <source>at most N pages per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="408"/>
        <source>paper size (default: Letter for US cases, else A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="414"/>
        <source>these evidence items, in the order given (default: all, in the reason&apos;s checklist order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="421"/>
        <source>when the whole case cannot fit the profile, leave out the exhibits that matter least and list them on a page of their own (with --exhibits: keep those, leave out the others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="432"/>
        <source>write the pack even if an exhibit still shows a full card number that could not be redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="440"/>
        <source>images in greyscale, for portals that ask for it (a profile that asks for it turns it on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="448"/>
        <source>when an exhibit cannot be read: put a page saying why (default), or write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="453"/>
        <source>the same case gives the same bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="458"/>
        <source>replace the pack (its parts) and its .sha256 if they exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="464"/>
        <source>encryption of the store: status, encrypt, decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="470"/>
        <source>say whether the store is encrypted and how it opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="473"/>
        <source>encrypt a plaintext store in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="478"/>
        <source>also protect the key with the passphrase in FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="481"/>
        <source>decrypt an encrypted store in place (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="486"/>
        <source>make a new recovery key; the old stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="491"/>
        <source>accept a database older than the store&apos;s record of it, when no newer one or backup exists (the newer records are lost; keep a copy of the folder first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="503"/>
        <source>say whether a recovery key opens the store (asked, or one line on standard input); changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="512"/>
        <source>set, change or remove the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="515"/>
        <source>the new passphrase, from FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="517"/>
        <source>remove the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="523"/>
        <source>write one encrypted file holding the database and every file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="530"/>
        <source>protect the backup with the passphrase in FILE (needed for a store that is not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="538"/>
        <source>restore a backup into a new or empty folder (--data-dir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="542"/>
        <source>the store&apos;s recovery key, from FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="548"/>
        <source>write an UNENCRYPTED zip of a case and its files, for a lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="552"/>
        <source>replace OUT.zip if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="41"/>
        <source>the day the transaction was processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="42"/>
        <source>the date of the statement showing the charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="43"/>
        <source>the day the goods or service were expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="44"/>
        <source>the day you cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="45"/>
        <source>the day you returned the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="46"/>
        <source>the day the merchant promised the refund by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="47"/>
        <source>the day the account was debited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="48"/>
        <source>the day the merchant&apos;s final response came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="49"/>
        <source>the day the complaint was sent to the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="50"/>
        <source>the day the mandate was revoked or the contract ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="51"/>
        <source>the day the written complaint reached the merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="202"/>
        <source>after filing with the bank or card issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="63"/>
        <source>create a case from its facts and print its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="69"/>
        <source>change the facts of a case: only the options given; &quot;&quot; (or none for a choice) clears one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="80"/>
        <source>what the dispute is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="83"/>
        <source>the merchant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="89"/>
        <source>why the charge is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="95"/>
        <source>ISO 4217 code, such as EUR or PLN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="100"/>
        <source>two-letter code of the jurisdiction (FR, PL, GB, US...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="120"/>
        <source>how it was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="123"/>
        <source>the card&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="128"/>
        <source>the card&apos;s last 4 digits; a whole card number keeps only its last 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="133"/>
        <source>credit, debit or prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="139"/>
        <source>a business (corporate) card or account (default: not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="144"/>
        <source>SEPA direct debit: the mandate&apos;s reference (RUM, UMR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="147"/>
        <source>SEPA direct debit: the creditor identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="149"/>
        <source>the cardholder or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="153"/>
        <source>a private person or a company: ombudsmen and consumer rights depend on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="159"/>
        <source>where the customer lives: a letter&apos;s place, as in “Lyon, le…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="166"/>
        <source>the customer&apos;s tax number: NIP, NIF, SIREN, VAT...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="168"/>
        <source>a business card&apos;s holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="170"/>
        <source>the holder&apos;s role in the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="176"/>
        <source>default: open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="180"/>
        <source>the step of the escalation ladder you say it is at; auto (the default): it follows the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="188"/>
        <source>the amount in dispute, such as &quot;1 440,00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="191"/>
        <source>what has been refunded already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="201"/>
        <source>the story in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="203"/>
        <source>the bank or card issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="206"/>
        <source>the bank&apos;s reference for the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="209"/>
        <source>the day the dispute was filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="214"/>
        <source>a provisional credit, as you read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="217"/>
        <source>the day it was credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="220"/>
        <source>what the merchant answered the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="225"/>
        <source>the bank&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="227"/>
        <source>the day it was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="229"/>
        <source>a provisional credit taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="232"/>
        <source>the day it was taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="242"/>
        <source>record a charge, an authorisation hold, a refund or a credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="246"/>
        <source>record one line of the statement and print its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="253"/>
        <source>change a charge: only the options given; &quot;&quot; clears one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="259"/>
        <source>record a contact with the merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="263"/>
        <source>record a call, an e-mail, a chat... and print its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="270"/>
        <source>change a contact: only the options given; &quot;&quot; clears one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="278"/>
        <source>the day it was charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="284"/>
        <source>as you read it: 1440, &quot;1 440,00&quot;, 1.440,00, 1,440.00 or 1&apos;440.00; never negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="289"/>
        <source>ISO 4217 code (default: the case&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="295"/>
        <source>default: charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="305"/>
        <source>how the statement names the merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="321"/>
        <source>what was agreed (a quote, an order, a contract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="326"/>
        <source>what is disputed (default: the amount minus the agreed one, else the whole charge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="333"/>
        <source>the card charge&apos;s authorisation code or ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="338"/>
        <source>when the goods or service of this charge were due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="347"/>
        <source>when: 2026-10-05T14:30+02:00, or 2026-10-05 14:30 in the case&apos;s country&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="354"/>
        <source>the time zone of a MOMENT without offset, such as America/New_York (default: the case&apos;s country&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="367"/>
        <source>incoming: from the merchant; outgoing: from you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="370"/>
        <source>who: a department, an address, a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="372"/>
        <source>the person you dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="373"/>
        <source>a ticket or call reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="375"/>
        <source>what was said, in short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="377"/>
        <source>the whole text of a letter or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="381"/>
        <source>what the merchant promised (needs --promised-by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="386"/>
        <source>by when; the promise becomes a task due that day (needs --promised-action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="391"/>
        <source>who answered: customer_service, supervisor, formal_complaint (head office)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="398"/>
        <source>what the merchant answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="403"/>
        <source>a letter&apos;s: how it was sent (registered_post: with proof of delivery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="312"/>
        <source>in dispute, or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="316"/>
        <source>this charge is in dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="106"/>
        <source>the language of the case&apos;s pack and letters: {languages} (none or &quot;&quot;: its country&apos;s again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="112"/>
        <source>the language of the case&apos;s pack and letters: {languages} (default: its country&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="91"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="76"/>
        <source>%n pages per file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="78"/>
        <source>up to %n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="84"/>
        <source>%n pages in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="87"/>
        <source>file names of at most %n ASCII characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="90"/>
        <source>black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="135"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="160"/>
        <source>U.S. Bank cardholder portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="167"/>
        <source>Single PDF of 2 MB (Adyen, Marqeta-style issuers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="73"/>
        <source>{size} MB per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="81"/>
        <source>{size} MB in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="98"/>
        <source>; source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../rules/checklists.json" line="11"/>
        <source>The disputed charge: its date, amount and reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="12"/>
        <source>Proof of the purchase: receipt, invoice, order confirmation or contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="13"/>
        <source>Your attempt to resolve it with the merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="14"/>
        <source>The merchant&apos;s answer: a refusal or final response, or a promise it did not keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="15"/>
        <source>What happened, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="11"/>
        <source>Add the charge as the bank statement shows it, and tick “I dispute this one”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="12"/>
        <source>Add the receipt, the invoice, the order confirmation e-mail or the contract. If you have none, ask the merchant for a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="13"/>
        <source>Log your calls, chats and e-mails with the merchant (Ctrl+L), with their dates and reference numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="14"/>
        <source>Log the merchant&apos;s reply with what it answered (Refused, Final response, Partly accepted). A promise logged with its date counts once that date has passed with no refund recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="15"/>
        <source>Write the story of the case in Edit case details (F2): it becomes the first page of the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="21"/>
        <source>The date the goods or service were expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="22"/>
        <source>What was bought, as the merchant described it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="28"/>
        <source>What is wrong: photos or a description of the defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="29"/>
        <source>Your return attempt: its date and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="35"/>
        <source>The date you cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="36"/>
        <source>Proof of the cancellation: confirmation, e-mail or screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="37"/>
        <source>A charge dated after the cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="38"/>
        <source>The merchant&apos;s terms and cancellation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="44"/>
        <source>The date you cancelled or returned it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="45"/>
        <source>Proof of the return: carrier, tracking number, date the merchant received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="46"/>
        <source>The merchant&apos;s return or cancellation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="52"/>
        <source>The refund promise or credit voucher, with its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="53"/>
        <source>The promise in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="59"/>
        <source>Both charges: date, amount and authorisation code (or ARN) of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="60"/>
        <source>The statement showing both charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="66"/>
        <source>Proof of the other payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="72"/>
        <source>The agreed price: a quote, order, purchase order or contract, or the agreed amount of each disputed charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="73"/>
        <source>The statement showing the amount charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="79"/>
        <source>Your statement that you did not authorise the charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="80"/>
        <source>Proof the card was blocked or reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="21"/>
        <source>Fill in “Delivery expected” on each disputed charge, or in the case details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="22"/>
        <source>Add the order confirmation, the product page, the quote or the merchant&apos;s terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="28"/>
        <source>Add photos or screenshots that show what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="29"/>
        <source>Add the return receipt or tracking, and fill in “Returned on”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="35"/>
        <source>Fill in “Cancelled on” in the case details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="36"/>
        <source>Add the cancellation confirmation, e-mail or a screenshot of it, of kind “Cancellation proof”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="37"/>
        <source>Add the charge that came after you cancelled, and the date you cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="38"/>
        <source>Add the terms or the cancellation policy as they were when you cancelled, or the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="44"/>
        <source>Fill in “Returned on” or “Cancelled on” in the case details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="45"/>
        <source>Add the carrier&apos;s receipt or tracking page, of kind “Return proof”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="46"/>
        <source>Add the terms or the return policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="52"/>
        <source>Log the contact where the refund was promised, with its date, or add the credit voucher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="53"/>
        <source>Add the e-mail, letter, chat transcript or screenshot where the merchant promised the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="59"/>
        <source>Add both charges with their authorisation codes (on the card statement or from the bank), and tick “I dispute this one” on the duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="60"/>
        <source>Add the bank statement (you may black out other lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="66"/>
        <source>Add the receipt or statement of the payment made another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="72"/>
        <source>Add the quote, the order, the purchase order or the contract of kind “Quote”, “Order”, “Purchase order” or “Contract”, or give each disputed charge its agreed amount. The invoice that shows the wrong amount does not prove the agreed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="73"/>
        <source>Add the bank statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="79"/>
        <source>Write in the story that you did not make or allow this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="80"/>
        <source>Log the call to your bank that blocked the card, with its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <source>Your report to your bank: when and how you told it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="93"/>
        <source>The mandate reference (RUM / UMR; in the UK, the Direct Debit reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="94"/>
        <source>The creditor identifier (ICS / CI; in the UK, the service user number) of who took the debits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="95"/>
        <source>Each disputed debit&apos;s line on your bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="96"/>
        <source>When the revocation of the mandate (or the end of the contract) reached the creditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="97"/>
        <source>Proof of the revocation or cancellation, and of when it arrived: the registered letter&apos;s receipt, the e-mail or the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="98"/>
        <source>A debit taken after the revocation or cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="99"/>
        <source>Both debits: date, amount and reference of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="106"/>
        <location filename="../rules/checklists.json" line="106"/>
        <source>Both payments: date, amount and reference of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="113"/>
        <source>Both payments: date, amount and transaction id of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <source>Log the call or message to your bank (or PayPal) reporting the payment, with its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="93"/>
        <source>Copy it from the debit&apos;s line on your statement or from the mandate into the payment&apos;s “Mandate reference”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="94"/>
        <source>Copy it from the debit&apos;s line on your statement into the payment&apos;s “Creditor identifier”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="95"/>
        <source>For each disputed debit, add the statement with that line and link it to the debit, or copy the line&apos;s text into the debit&apos;s “Statement descriptor”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="96"/>
        <source>Fill in “Mandate revoked” in the case details: the day your letter or e-mail arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="97"/>
        <source>Add it, of kind “Cancellation proof”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="98"/>
        <source>Add the debits taken after your revocation reached the creditor, and fill in “Mandate revoked” or “Cancelled on”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="99"/>
        <source>Add both debits as the statement shows them, and tick “I dispute this one” on the duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="106"/>
        <source>Add both payments as the statement shows them, and tick “I dispute this one” on the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="113"/>
        <source>Add both payments as PayPal lists them, and tick “I dispute this one” on the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="120"/>
        <source>Add both payments, and tick “I dispute this one” on the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="123"/>
        <source>Last day to dispute the charge with your card issuer (Visa chargeback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="154"/>
        <source>Last day to dispute the processing error with your card issuer (Visa chargeback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="184"/>
        <source>Last day to dispute goods or a service never received (Visa chargeback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="222"/>
        <source>Last day to dispute a payment you did not make (Visa chargeback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="250"/>
        <source>From this day you may dispute the refund that never came (15 days after the promised credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="275"/>
        <source>Last day to dispute the refund that never came (Visa chargeback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="304"/>
        <source>From this day you may dispute the return (15 days after you returned it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="330"/>
        <source>Last day to dispute the charge with your card issuer (Mastercard chargeback, 4853)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="361"/>
        <source>Last day to dispute goods or a service never received (Mastercard chargeback, 4853)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="399"/>
        <source>Last day to dispute the processing error with your card issuer (Mastercard chargeback, 4834)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="429"/>
        <source>Last day to dispute a payment you did not make (Mastercard chargeback, 4837)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="460"/>
        <source>Last day to dispute the refund that never came (Mastercard chargeback, 4853)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="488"/>
        <source>Last day to dispute the refund that never came, counted from the promise (Mastercard chargeback, 4853)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="515"/>
        <source>Your card network&apos;s chargeback limit is not known: ask your card issuer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="530"/>
        <source>Last day to send your written billing-error notice to the card issuer (FCBA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="558"/>
        <source>Your card issuer should have acknowledged your billing-error notice by this day (FCBA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="588"/>
        <source>Your card issuer must resolve your billing error by this day (two billing cycles, 90 days at most; FCBA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="619"/>
        <source>Last day to tell your bank about the error (Regulation E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="653"/>
        <source>Your bank should tell you the result of its investigation by this day (Regulation E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="692"/>
        <source>With its provisional credit, your bank must finish its investigation by this day (Regulation E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="732"/>
        <source>Last day to have the direct debit refunded, no questions asked (SEPA, 8 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="759"/>
        <source>Last day to report the debit taken after you revoked the mandate (unauthorised payment, 13 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="789"/>
        <source>Last day to tell your bank about a payment you did not authorise (PSD2, 13 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="816"/>
        <source>A bank transfer has no chargeback: ask your bank at once to recall it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="831"/>
        <source>The Direct Debit Guarantee: your bank refunds a Direct Debit taken in error, at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="846"/>
        <source>Last day to claim reimbursement of an authorised push-payment scam (PSR, 13 months from the last payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="871"/>
        <source>Last day to open a PayPal dispute (Buyer Protection, 180 days from the payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="891"/>
        <source>Section 75: your credit card issuer is jointly liable with the merchant (cash price over £100, up to £30,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="915"/>
        <source>Last day to take the complaint to the Financial Ombudsman Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="935"/>
        <source>From this day you may take the complaint to the Financial Ombudsman Service (8 weeks without a final response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="958"/>
        <location filename="../rules/deadlines.json" line="958"/>
        <location filename="../rules/deadlines.json" line="958"/>
        <location filename="../rules/deadlines.json" line="958"/>
        <source>Your bank should have answered your payment complaint by this day (15 business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="979"/>
        <location filename="../rules/deadlines.json" line="979"/>
        <location filename="../rules/deadlines.json" line="979"/>
        <source>At the latest, after a holding reply, your bank must answer by this day (35 business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1000"/>
        <source>Last day to withdraw from a distance or off-premises contract (14 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1031"/>
        <source>The trader must have refunded you by this day (14 days after your withdrawal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1059"/>
        <source>The trader must answer your complaint by this day, or it is deemed accepted (14 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1083"/>
        <source>The trader must answer your complaint by this day (one month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1108"/>
        <source>A large company or a basic-service provider must answer your complaint by this day (15 business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1134"/>
        <source>Your bank must answer your complaint by this day, or it is deemed accepted (15 business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1155"/>
        <source>At the latest, in a complex case, your bank must answer by this day (35 business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="146"/>
        <location filename="../rules/deadlines.json" line="146"/>
        <location filename="../rules/deadlines.json" line="146"/>
        <location filename="../rules/deadlines.json" line="146"/>
        <location filename="../rules/deadlines.json" line="146"/>
        <location filename="../rules/deadlines.json" line="146"/>
        <location filename="../rules/deadlines.json" line="146"/>
        <location filename="../rules/deadlines.json" line="146"/>
        <location filename="../rules/deadlines.json" line="146"/>
        <location filename="../rules/deadlines.json" line="146"/>
        <source>This is the network&apos;s limit for your card issuer: your bank usually wants your notice sooner (see your card&apos;s terms), so tell it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="611"/>
        <source>Two complete billing cycles from your notice, and never more than 90 days: if your billing cycles are shorter, the date is earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="646"/>
        <source>Regulation E covers debit card payments, ACH transfers and debits; not wire transfers (Fedwire, SWIFT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="724"/>
        <source>90 days for a new account, a point-of-sale debit card payment or a foreign transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="780"/>
        <source>This debit is dated after the mandate was revoked: taken without a valid mandate, it is an unauthorised payment. Report it to your bank without undue delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="807"/>
        <source>Tell your bank without undue delay: 13 months is the outer limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="842"/>
        <source>For a euro SEPA direct debit, the SEPA rules&apos; 8 weeks apply instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="862"/>
        <source>Only for a scam paid by Faster Payments or CHAPS since 7 October 2024; up to £85,000 per claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="911"/>
        <source>Claim from the card issuer as you would from the merchant; the limit is 6 years from the breach, not a short deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="928"/>
        <source>The Financial Ombudsman serves consumers and micro-enterprises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1021"/>
        <source>Consumers only, for a contract made online, by phone or off the trader&apos;s premises: 14 days from the day you received the goods (counted here from the expected delivery, else the charge), for a service from the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1052"/>
        <source>When you withdrew from a distance or off-premises contract as a consumer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1076"/>
        <source>Consumers (and sole traders buying outside their trade); no answer in time means the complaint is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1101"/>
        <source>Without an answer you may go to consumer arbitration or your OMIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1127"/>
        <source>Only for providers of basic services and large companies, for complaints made from 28 December 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="21"/>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="35"/>
        <source>A supervisor or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="49"/>
        <source>A formal complaint to the head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="68"/>
        <source>Dispute with the bank or card issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="83"/>
        <source>The regulator or ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="22"/>
        <source>Contact the merchant&apos;s customer service with everything prepared, and note the reference and the representative&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="23"/>
        <location filename="../rules/escalation.json" line="23"/>
        <source>Ask for a supervisor or manager, and log their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="50"/>
        <source>Send a formal written complaint to the head office, in a way that proves when it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="51"/>
        <location filename="../rules/escalation.json" line="51"/>
        <source>Dispute the charge with your bank or card issuer, before its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="84"/>
        <source>Take it to {regulator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="37"/>
        <source>Send a formal written complaint to the head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="70"/>
        <source>If the bank refuses or does not answer in time, take it to {regulator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="85"/>
        <source>Wait for the decision of {regulator}; keep logging every contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="71"/>
        <source>Wait for the decision of {issuer} on the dispute filed on {filed_on}{claim}: its answer clocks run from that day. If it refuses, or does not answer in time, take it to {regulator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="25"/>
        <source>the order, invoice and customer numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="26"/>
        <source>the reference numbers of your earlier contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="27"/>
        <source>what you ask for, in one sentence (a refund of the amount, a corrected invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="39"/>
        <source>the reference numbers and the names of your earlier contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="40"/>
        <source>what customer service answered, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="41"/>
        <source>what you ask for, in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="53"/>
        <source>the complaint letter to the merchant (Letters: merchant complaint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="54"/>
        <source>the dates and names of every contact so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="55"/>
        <source>the merchant&apos;s terms and the receipt or invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="73"/>
        <source>the evidence pack (File &gt; Export evidence pack) within the portal&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="74"/>
        <source>the dispute letter to the issuer (or the FCBA letter for a US credit card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="75"/>
        <source>the deadlines of the case (Deadlines and tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="87"/>
        <source>the bank&apos;s final answer, or proof it did not answer within its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="88"/>
        <source>the complaint to the bank and the evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="89"/>
        <source>a short account of what happened, with dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="91"/>
        <source>any new letter or e-mail from the merchant or the bank, as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="112"/>
        <source>{merchant}&apos;s customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="113"/>
        <source>a supervisor or manager at {merchant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="114"/>
        <source>{merchant}&apos;s head office (a written complaint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="116"/>
        <source>the merchant&apos;s médiateur de la consommation (named in its terms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="124"/>
        <source>the Junta Arbitral de Consumo (consumer arbitration), if the merchant accepts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="132"/>
        <source>the miejski or powiatowy rzecznik konsumentów (your local consumer ombudsman)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="139"/>
        <source>the courts (a small-claims procedure where the amount allows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="140"/>
        <source>a dispute of the charge with {issuer} (a chargeback for a card, a refund request for a direct debit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="141"/>
        <source>the complaint procedure of {issuer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="143"/>
        <source>the Financial Ombudsman Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="150"/>
        <source>the Banco de España (Servicio de Reclamaciones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="152"/>
        <source>the Rzecznik Finansowy (Financial Ombudsman)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="159"/>
        <source>the Sąd Polubowny przy KNF (arbitration at the Polish Financial Supervision Authority), if the bank agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="161"/>
        <source>your bank&apos;s médiateur (named on its website and statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="169"/>
        <source>the Consumer Financial Protection Bureau (CFPB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="177"/>
        <source>your country&apos;s financial ombudsman or banking regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="112"/>
        <source>Open to every customer: the first place to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="113"/>
        <source>Ask for one when customer service cannot solve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="114"/>
        <source>Open to every customer; send it so that you can prove when it arrived: the merchant&apos;s answer clock runs from that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="139"/>
        <source>Open to anyone, person or company, when the other steps fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="140"/>
        <source>Open to every cardholder or account holder, person or company, within the deadlines of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="141"/>
        <source>Open to every customer, person or company; the bank must answer within its time (see the deadlines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="150"/>
        <source>Open to any user of the bank&apos;s services, person or company, after the bank&apos;s customer service answered or did not answer in time (Orden ECO/734/2004)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="159"/>
        <source>Open to a bank&apos;s clients, persons or companies, when both sides agree to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="118"/>
        <source>Free for consumers, after a written complaint to the merchant (Code de la consommation L612-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="119"/>
        <source>If you act as a private person: free for consumers, after a written complaint to the merchant (Code de la consommation L612-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="120"/>
        <source>Only for consumers (natural persons): a company&apos;s dispute with a trader goes to the commercial court, or to the mediation or arbitration its contract names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="126"/>
        <source>Free for consumers, when the merchant accepts arbitration (Real Decreto 231/2008)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="127"/>
        <source>If you act as a private person: free for consumers, when the merchant accepts arbitration (Real Decreto 231/2008)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="128"/>
        <location filename="../rules/escalation.json" line="128"/>
        <source>Only for consumers: a company&apos;s dispute with a trader goes to court, or to the arbitration its contract names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="134"/>
        <source>Free help for consumers with a trader (ustawa o ochronie konkurencji i konsumentów, art. 42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="135"/>
        <source>If you act as a private person: free help for consumers with a trader (art. 42 of the ustawa o ochronie konkurencji i konsumentów)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="145"/>
        <source>After the firm&apos;s final response, or 8 weeks without one; within 6 months of the final response (FCA DISP 2.8.2R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="146"/>
        <source>If you act as a private person or for a micro-enterprise or small business: after the firm&apos;s final response, or 8 weeks without one; within 6 months of it (FCA DISP 2.8.2R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="147"/>
        <source>Open to a micro-enterprise (fewer than 10 employees and a turnover or balance sheet of at most €2 million) or a small business as FCA DISP 2.7.3R defines it: after the firm&apos;s final response, or 8 weeks without one; a larger company goes to court or arbitration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="154"/>
        <source>For natural persons, after the bank rejected the complaint (ustawa o Rzeczniku Finansowym, 2015)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="155"/>
        <source>If you act as a private person: for natural persons, after the bank rejected the complaint (ustawa o Rzeczniku Finansowym, 2015)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="156"/>
        <source>The Rzecznik Finansowy takes only natural persons: a company goes to the bank&apos;s own complaint procedure, then the Sąd Polubowny przy KNF (if the bank agrees) or court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="163"/>
        <source>Free for consumers, after a written complaint to the bank, within one year of it (Code monétaire et financier L316-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="164"/>
        <source>If you act as a private person: free for consumers, after a written complaint to the bank, within one year of it (Code monétaire et financier L316-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="165"/>
        <source>A médiateur de la consommation takes only consumers: a company goes to the bank&apos;s own complaint procedure, then the commercial court or a mediation its agreement with the bank offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="171"/>
        <source>Complaints from consumers about credit cards, bank accounts and money transfers, at consumerfinance.gov/complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="172"/>
        <source>If the account is yours as a private person: complaints about credit cards, bank accounts and money transfers, at consumerfinance.gov/complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="173"/>
        <source>The CFPB takes complaints from consumers about consumer products: a business card&apos;s dispute goes through the issuer&apos;s own procedure, then the arbitration or court its agreement names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="179"/>
        <source>After the bank&apos;s final answer, or when it did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="180"/>
        <source>After the bank&apos;s final answer, or when it did not answer in time; many take only private persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="181"/>
        <source>Check whether it takes complaints from companies: many take only private persons; else the courts or arbitration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
