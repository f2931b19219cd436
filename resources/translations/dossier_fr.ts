<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddPurchaseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="62"/>
        <source>Edit the charge</source>
        <translation>Modifier le débit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="62"/>
        <source>Add a charge or refund</source>
        <translation>Ajouter un débit ou un remboursement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="77"/>
        <source>as printed on the bank statement</source>
        <translation>tel qu&apos;imprimé sur le relevé bancaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="78"/>
        <source>I d&amp;ispute this one</source>
        <translation>Je &amp;conteste celui-ci</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="80"/>
        <source>what the quote, order or contract says, if known</source>
        <translation>ce que prévoit le devis, la commande ou le contrat, si vous le savez</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="83"/>
        <source>the whole charge, or charged minus agreed</source>
        <translation>le débit entier, ou débité moins convenu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="86"/>
        <source>Left empty, the disputed amount is the whole charge, or the amount charged minus the agreed amount when you give one</source>
        <translation>Laissé vide, le montant contesté est le débit entier, ou le montant débité moins le montant convenu si vous en indiquez un</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="94"/>
        <source>as on the statement or the bank&apos;s app</source>
        <translation>comme sur le relevé ou l&apos;application de la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="96"/>
        <source>Expected delivery</source>
        <translation>Livraison prévue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="97"/>
        <source>When the goods or the service of this charge were due</source>
        <translation>Quand les biens ou le service de ce débit étaient dus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="100"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="101"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="103"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="106"/>
        <source>&amp;Currency:</source>
        <translation>Dev&amp;ise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="107"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="108"/>
        <source>&amp;Order number:</source>
        <translation>N° de c&amp;ommande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="109"/>
        <source>I&amp;nvoice number:</source>
        <translation>N° de &amp;facture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="110"/>
        <source>C&amp;ustomer number:</source>
        <translation>&amp;N° client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="111"/>
        <source>&amp;PO number:</source>
        <translation>N° de &amp;bon de commande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="112"/>
        <source>S&amp;tatement descriptor:</source>
        <translation>Libellé du &amp;relevé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="114"/>
        <source>Authorisation code or A&amp;RN:</source>
        <translation>Code d&apos;a&amp;utorisation ou ARN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="117"/>
        <source>Expected de&amp;livery:</source>
        <translation>&amp;Livraison prévue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="120"/>
        <source>A&amp;greed amount:</source>
        <translation>Montant con&amp;venu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="124"/>
        <source>Disputed a&amp;mount:</source>
        <translation>Montant conte&amp;sté&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="127"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="127"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="166"/>
        <location filename="../../desktop_app/ui/purchase_form.py" line="238"/>
        <source>Type the amount.</source>
        <translation>Saisissez le montant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="168"/>
        <source>Type the date, as on the statement.</source>
        <translation>Saisissez la date, comme sur le relevé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="180"/>
        <source>Agreed amount</source>
        <translation>Montant convenu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="181"/>
        <source>Disputed amount</source>
        <translation>Montant contesté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="189"/>
        <source>Expected delivery: %1</source>
        <translation>Livraison prévue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="208"/>
        <source>Worked out: charged minus agreed</source>
        <translation>Calculé&#xa0;: débité moins convenu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="210"/>
        <source>Worked out: the whole charge</source>
        <translation>Calculé&#xa0;: le débit entier</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="39"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="41"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="45"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="83"/>
        <source>Add to calendar…</source>
        <translation>Ajouter à l&apos;agenda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="85"/>
        <source>Write every open case&apos;s open deadlines to an iCalendar (.ics) file, with reminders</source>
        <translation>Écrire les échéances en cours de tous les dossiers ouverts dans un fichier iCalendar (.ics), avec des rappels</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="128"/>
        <source>Due soon: %1</source>
        <translation>Bientôt à échéance&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="130"/>
        <source>(%1 late)</source>
        <translation>(%1 en retard)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="131"/>
        <source>Nothing due in the next two weeks.</source>
        <translation>Aucune échéance dans les deux prochaines semaines.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="51"/>
        <location filename="../../desktop_app/ui/security.py" line="157"/>
        <source>Back up the store</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="55"/>
        <source>One encrypted file holding the database and every evidence file, all checked before it is written. It opens with this store&apos;s recovery key or passphrase. Give it a passphrase of its own as well to restore it where neither is at hand.</source>
        <translation>Un seul fichier chiffré contenant la base de données et toutes les pièces, le tout vérifié avant l&apos;écriture. Il s&apos;ouvre avec la clé de récupération ou la phrase secrète de ce coffre. Donnez-lui aussi sa propre phrase secrète pour pouvoir le restaurer quand ni l&apos;une ni l&apos;autre n&apos;est disponible.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="61"/>
        <source>One encrypted file holding the database and every evidence file, all checked before it is written. This store is not encrypted, so the backup needs a passphrase of its own: without it, the backup cannot be restored.</source>
        <translation>Un seul fichier chiffré contenant la base de données et toutes les pièces, le tout vérifié avant l&apos;écriture. Ce coffre n&apos;étant pas chiffré, la sauvegarde a besoin de sa propre phrase secrète&#xa0;: sans elle, impossible de la restaurer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="71"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="73"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="79"/>
        <source>Protect it with a passphrase of its &amp;own</source>
        <translation>La protéger par sa pr&amp;opre phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="83"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="85"/>
        <source>The same &amp;again:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="87"/>
        <source>Sho&amp;w what I type</source>
        <translation>Affic&amp;her la saisie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="93"/>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="131"/>
        <source>Choose where to write the backup.</source>
        <translation>Choisissez où écrire la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="133"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="136"/>
        <source>Type a passphrase for the backup.</source>
        <translation>Saisissez une phrase secrète pour la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="138"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="159"/>
        <source>Dossier backups (*%1)</source>
        <translation>Sauvegardes Dossier (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="169"/>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <location filename="../../desktop_app/ui/case_list.py" line="31"/>
        <source>Filter cases (Ctrl+F)</source>
        <translation>Filtrer les dossiers (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_list.py" line="34"/>
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;archivés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_list.py" line="37"/>
        <source>Show only the cases with this status</source>
        <translation>N&apos;afficher que les dossiers ayant ce statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_list.py" line="42"/>
        <source>Any status</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="177"/>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="178"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="179"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="180"/>
        <source>Paid with</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="181"/>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="182"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="206"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="214"/>
        <source>Charges</source>
        <translation>Débits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="215"/>
        <source>The purchases and the charges disputed</source>
        <translation>Les achats et les débits contestés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="220"/>
        <source>Contacts</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="221"/>
        <source>What you, the merchant and the bank said to each other</source>
        <translation>Ce que vous, le commerçant et la banque vous êtes dit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="224"/>
        <source>Everything in the case, by date</source>
        <translation>Tout le dossier, par date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="225"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="225"/>
        <source>The rules&apos; deadlines and your tasks</source>
        <translation>Les délais des règles et vos tâches</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="223"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="223"/>
        <source>The files that back the dispute</source>
        <translation>Les fichiers qui appuient la contestation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="224"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="266"/>
        <source>Your own deadlines, tasks and the promises you logged</source>
        <translation>Vos propres échéances, vos tâches et les promesses que vous avez consignées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="272"/>
        <source>Add to calendar…</source>
        <translation>Ajouter à l&apos;agenda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="275"/>
        <source>Write this case&apos;s open deadlines to an iCalendar (.ics) file, with a reminder before each</source>
        <translation>Écrire les échéances en cours de ce dossier dans un fichier iCalendar (.ics), avec un rappel avant chacune</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="316"/>
        <source>What the rules give from this case&apos;s facts (guidance, not legal advice):</source>
        <translation>Ce que les règles donnent à partir des faits de ce dossier (à titre indicatif, pas un conseil juridique)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="319"/>
        <source>No deadline from the rules yet: fill in the case&apos;s payment, country and dates (Edit case details, F2) and Dossier computes the chargeback window and the legal limits.</source>
        <translation>Aucun délai issu des règles pour l&apos;instant&#xa0;: renseignez le paiement, le pays et les dates du dossier (Modifier les détails du dossier, F2) et Dossier calcule le délai de contestation et les délais légaux.</translation>
    </message>
</context>
<context>
    <name>CasesController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="36"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="39"/>
        <source>&amp;Import case file…</source>
        <translation>&amp;Importer un fichier de dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="43"/>
        <source>E&amp;xport case file…</source>
        <translation>E&amp;xporter le fichier du dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="45"/>
        <source>Write the case as a dossier-case/2 file with its evidence files</source>
        <translation>Écrire le dossier dans un fichier dossier-case/2 avec ses pièces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="47"/>
        <source>Cases in the &amp;trash…</source>
        <translation>Dossiers dans la &amp;corbeille…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="48"/>
        <source>Add the &amp;sample case</source>
        <translation>Ajouter le dossier d&apos;exe&amp;mple</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="50"/>
        <source>&amp;Edit case details…</source>
        <translation>Modifier les dé&amp;tails du dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="52"/>
        <source>D&amp;uplicate case</source>
        <translation>D&amp;upliquer le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="54"/>
        <source>Archi&amp;ve or unarchive case</source>
        <translation>Archi&amp;ver ou désarchiver le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="56"/>
        <source>Move case to the t&amp;rash</source>
        <translation>Mettre &amp;le dossier à la corbeille</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="80"/>
        <source>Case created: %1.</source>
        <translation>Dossier créé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="91"/>
        <source>The sample case was added: %1.</source>
        <translation>Le dossier d&apos;exemple a été ajouté&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="98"/>
        <source>Import a case file</source>
        <translation>Importer un fichier de dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="100"/>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="140"/>
        <source>Dossier case files (*.json)</source>
        <translation>Fichiers de dossier (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="105"/>
        <source>Importing the case…</source>
        <translation>Import du dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="110"/>
        <source>Case imported: %1.</source>
        <translation>Dossier importé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="112"/>
        <source>evidence #%1: %2, imported as “%3”</source>
        <translation>pièce n° %1&#xa0;: %2, importée sous le nom «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="122"/>
        <source>Case imported</source>
        <translation>Dossier importé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="123"/>
        <source>Some files were imported under another name, as the case file asks:</source>
        <translation>Certains fichiers ont été importés sous un autre nom, comme le demande le fichier de dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="138"/>
        <source>Export the case file</source>
        <translation>Exporter le fichier du dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/cases.py" line="158"/>
        <source>Wrote %1 and %n evidence file(s) beside it.</source>
        <translation>
            <numerusform>Fichier de dossier écrit dans %1, avec %n pièce à côté.</numerusform>
            <numerusform>Fichier de dossier écrit dans %1, avec %n pièces à côté.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="166"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="173"/>
        <source>Writing the case file…</source>
        <translation>Écriture du fichier du dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="194"/>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="199"/>
        <source>Saved: %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="213"/>
        <source>Case duplicated: %1.</source>
        <translation>Dossier dupliqué&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="224"/>
        <source>Archive “%1”</source>
        <translation>Archiver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="224"/>
        <source>Unarchive “%1”</source>
        <translation>Désarchiver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="229"/>
        <source>Archived: %1.</source>
        <translation>Archivé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="229"/>
        <source>Out of the archive: %1.</source>
        <translation>Sorti des archives&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="242"/>
        <source>Move “%1” to the trash</source>
        <translation>Mettre «&#xa0;%1&#xa0;» à la corbeille</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="247"/>
        <source>Moved to the trash: %1.</source>
        <translation>Mis à la corbeille&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="19"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="22"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="25"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="28"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="31"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="35"/>
        <source>Imported %n message(s) with %1.</source>
        <translation>
            <numerusform>%n message importé avec %1.</numerusform>
            <numerusform>%n messages importés avec %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="37"/>
        <source>%n attachment(s)</source>
        <comment>Imported 3 messages with 2 attachments</comment>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="41"/>
        <source>%n already in the case, not stored again.</source>
        <translation>
            <numerusform>%n déjà dans le dossier, non enregistré à nouveau.</numerusform>
            <numerusform>%n déjà dans le dossier, non enregistrés à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counts.py" line="59"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="57"/>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="60"/>
        <source>Ombudsmen and rights meant for consumers are offered only to a person; a company is shown the steps open to it</source>
        <translation>Les médiateurs et les droits réservés aux consommateurs ne sont proposés qu&apos;aux particuliers&#xa0;; pour une entreprise, seules les démarches qui lui sont ouvertes sont affichées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="65"/>
        <source>the cardholder or the company, as on the account</source>
        <translation>le titulaire de la carte ou l&apos;entreprise, comme sur le compte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="68"/>
        <source>e.g. Lyon</source>
        <translation>ex.&#xa0;: Lyon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="70"/>
        <source>Where the customer lives: a letter&apos;s place and date (“Lyon, le 1er décembre 2026”)</source>
        <translation>Lieu de résidence du client&#xa0;: le lieu et la date d&apos;un courrier («&#xa0;Lyon, le 1er décembre 2026&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="75"/>
        <source>NIP, NIF, SIREN, VAT</source>
        <translation>SIREN, TVA, NIF, NIP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="77"/>
        <source>The tax number as written on invoices: NIP, NIF, SIREN or VAT number</source>
        <translation>Le numéro fiscal tel qu&apos;il figure sur les factures&#xa0;: SIREN, numéro de TVA, NIF ou NIP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="80"/>
        <source>who holds the business card</source>
        <translation>le détenteur de la carte professionnelle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="82"/>
        <source>e.g. office manager</source>
        <translation>ex.&#xa0;: responsable administratif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="84"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="85"/>
        <source>Customer&apos;s name:</source>
        <translation>Nom du client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="86"/>
        <source>Customer&apos;s address:</source>
        <translation>Adresse du client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="87"/>
        <source>Customer&apos;s city:</source>
        <translation>Ville du client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="88"/>
        <source>Customer&apos;s e-mail:</source>
        <translation>E-mail du client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="89"/>
        <source>Customer&apos;s phone:</source>
        <translation>Téléphone du client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="90"/>
        <source>Ta&amp;x number:</source>
        <translation>N° &amp;fiscal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="91"/>
        <source>For a business card or account:</source>
        <translation>Pour une carte ou un compte professionnel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="94"/>
        <source>Cardholder&apos;s name:</source>
        <translation>Nom du titulaire de la carte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="95"/>
        <source>Cardholder&apos;s role:</source>
        <translation>Fonction du titulaire de la carte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="134"/>
        <source>Customer&apos;s e-mail: “%1” is not an e-mail address (name@example.com).</source>
        <translation>E-mail du client&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail (nom@exemple.fr).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="133"/>
        <source>“{text}” is not a date; type it as {example} or 2026-10-03</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;; saisissez-la sous la forme {example} ou 2026-10-03</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="148"/>
        <source>“{text}” is not a date: the year “{year}” has {digits} digits; type it with four (or two, meaning 20..)</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;: l&apos;année «&#xa0;{year}&#xa0;» a {digits} chiffres&#xa0;; saisissez-la avec quatre chiffres (ou deux, pour 20..)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="157"/>
        <source>“{text}” is not a date: “{value}” is not a day</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas un jour</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="159"/>
        <source>“{text}” is not a date: “{value}” is not a month</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas un mois</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="185"/>
        <source>“{text}” is not a date and a time; type them as {example} 14:30 or 2026-10-03 14:30</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date et une heure&#xa0;; saisissez-les sous la forme {example} 14:30 ou 2026-10-03 14:30</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="195"/>
        <source>“{text}” is not a time: write the minutes with two digits, as in 14:05</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une heure&#xa0;: écrivez les minutes avec deux chiffres, comme dans 14:05</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="210"/>
        <source>“{text}”: {offset} is not an offset from UTC</source>
        <translation>«&#xa0;{text}&#xa0;»&#xa0;: {offset} n&apos;est pas un décalage par rapport à UTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="255"/>
        <source>Type it as %1 or %2; Alt+Down opens a calendar</source>
        <translation>Saisissez-la sous la forme %1 ou %2&#xa0;; Alt+Bas ouvre un calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="263"/>
        <source>Choose the date from a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="264"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="50"/>
        <source>&amp;Add evidence files…</source>
        <translation>&amp;Ajouter des pièces…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="53"/>
        <source>Paste a &amp;screenshot</source>
        <translation>Coller une capture d&apos;écra&amp;n</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="55"/>
        <source>Evidence tras&amp;h…</source>
        <translation>Corbeille des pièce&amp;s…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="86"/>
        <source>Add evidence</source>
        <translation>Ajouter des pièces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="106"/>
        <source>The clipboard holds no image to paste.</source>
        <translation>Le presse-papiers ne contient aucune image à coller.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="120"/>
        <source>Adding the evidence…</source>
        <translation>Ajout des pièces…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="126"/>
        <source>Added to the evidence: %1.</source>
        <translation>Ajouté aux pièces&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="133"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="56"/>
        <source>Evidence: %1</source>
        <translation>Pièce&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="65"/>
        <source>For example: issued after the cancellation took effect</source>
        <translation>Par exemple&#xa0;: émise après la prise d&apos;effet de la résiliation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="66"/>
        <source>Printed on the exhibit&apos;s first page and in the pack&apos;s index</source>
        <translation>Imprimé sur la première page de la pièce et dans le bordereau du dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="69"/>
        <source>Optional: the note in one line, in the bank&apos;s language</source>
        <translation>Facultatif&#xa0;: la note en une ligne, dans la langue de la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="72"/>
        <source>A one-line translation printed under the note, for a bank that reads another language</source>
        <translation>Une traduction d&apos;une ligne imprimée sous la note, pour une banque qui lit une autre langue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="75"/>
        <location filename="../../desktop_app/ui/evidence.py" line="82"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="90"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Imported %4 UTC&lt;br&gt;SHA-256 &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Importé le %4 UTC&lt;br&gt;SHA-256 &lt;tt&gt;%5&lt;/tt&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evidence.py" line="91"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="100"/>
        <source>&amp;Open the original</source>
        <translation>&amp;Ouvrir l&apos;original</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="104"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="105"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="106"/>
        <source>What it &amp;proves:</source>
        <translation>Ce qu&apos;elle &amp;prouve&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="107"/>
        <source>T&amp;ranslation:</source>
        <translation>T&amp;raduction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="108"/>
        <source>Proves the &amp;charge:</source>
        <translation>Prouve le &amp;débit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="109"/>
        <source>&amp;Belongs to the contact:</source>
        <translation>&amp;Liée à l&apos;échange&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="145"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="154"/>
        <source>Opening a copy…</source>
        <translation>Ouverture d&apos;une copie…</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="54"/>
        <source>Choose an exhibit to see it here.</source>
        <translation>Choisissez une pièce pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="100"/>
        <source>‹ Previous</source>
        <translation>‹ Précédente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="101"/>
        <source>The previous page (Page Up)</source>
        <translation>La page précédente (Page préc.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="102"/>
        <source>Next ›</source>
        <translation>Suivante ›</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="103"/>
        <source>The next page (Page Down)</source>
        <translation>La page suivante (Page suiv.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="106"/>
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="107"/>
        <source>Page shown</source>
        <translation>Page affichée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="108"/>
        <source>Type a page number and press Enter to go to it</source>
        <translation>Saisissez un numéro de page et appuyez sur Entrée pour y aller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="153"/>
        <source>This image cannot be shown.</source>
        <translation>Impossible d&apos;afficher cette image.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="189"/>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="221"/>
        <source>Drawing page %1…</source>
        <translation>Affichage de la page %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="236"/>
        <source>This page cannot be shown.</source>
        <translation>Impossible d&apos;afficher cette page.</translation>
    </message>
</context>
<context>
    <name>ExhibitOrder</name>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="178"/>
        <source>Exhibits, in the pack&apos;s order</source>
        <translation>Pièces, dans l&apos;ordre du dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="181"/>
        <source>Drag an exhibit to its place, or select it and press Alt+Up / Alt+Down; untick: left out</source>
        <translation>Faites glisser une pièce à sa place, ou sélectionnez-la et appuyez sur Alt+Haut / Alt+Bas&#xa0;; décochée&#xa0;: écartée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="200"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="201"/>
        <source>Move the selected exhibits one place up (Alt+Up)</source>
        <translation>Monter les pièces sélectionnées d&apos;un rang (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="202"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="203"/>
        <source>Move the selected exhibits one place down (Alt+Down)</source>
        <translation>Descendre les pièces sélectionnées d&apos;un rang (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="269"/>
        <source>Left out to fit:</source>
        <translation>Écartées pour tenir dans les limites&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="327"/>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="341"/>
        <source>Exhibit %1</source>
        <translation>Pièce %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="329"/>
        <source>An exhibit</source>
        <translation>Une pièce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="334"/>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="346"/>
        <source>A full card number would go to the bank</source>
        <translation>Un numéro de carte complet serait envoyé à la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="348"/>
        <source>These exhibits still show a full card number that Dossier could not hide:</source>
        <translation>Ces pièces montrent encore un numéro de carte complet que Dossier n&apos;a pas pu masquer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="355"/>
        <source>Go back to draw boxes over the number in the evidence preview, or untick the exhibit. Write anyway only if the bank must see the whole number.</source>
        <translation>Revenez en arrière pour masquer le numéro avec des cadres dans l&apos;aperçu de la pièce, ou décochez la pièce. N&apos;écrivez quand même que si la banque doit voir le numéro entier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="361"/>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="363"/>
        <source>Write anyway</source>
        <translation>Écrire quand même</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="79"/>
        <location filename="../../desktop_app/ui/pack_export.py" line="509"/>
        <source>Export the evidence pack</source>
        <translation>Exporter le dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="94"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="111"/>
        <source>Automatic (Letter in the US, A4 elsewhere)</source>
        <translation>Automatique (Letter aux États-Unis, A4 ailleurs)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="113"/>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="114"/>
        <source>Stop if an exhibit cannot be read (otherwise a page says why)</source>
        <translation>Arrêter si une pièce est illisible (sinon une page en indique la raison)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="121"/>
        <source>Fit to the portal</source>
        <translation>Adapter au portail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="124"/>
        <source>Keep the exhibits that matter most for the reason so that the pack meets the portal&apos;s limits; those left out are listed on a page of the pack, available on request</source>
        <translation>Garder les pièces les plus utiles pour le motif afin que le dossier de preuves respecte les limites du portail&#xa0;; celles qui sont écartées sont listées sur une page du dossier, disponibles sur demande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="136"/>
        <source>Black and white</source>
        <translation>Noir et blanc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="137"/>
        <source>The exhibits&apos; pictures in greyscale, for portals that ask for it</source>
        <translation>Les images des pièces en niveaux de gris, pour les portails qui l&apos;exigent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="143"/>
        <location filename="../../desktop_app/ui/pack_export.py" line="456"/>
        <source>&amp;Check pages and size</source>
        <translation>&amp;Vérifier pages et taille</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="145"/>
        <source>Build the pack in a private folder and say how many pages and MB it makes</source>
        <translation>Construire le dossier de preuves dans un répertoire privé et indiquer son nombre de pages et sa taille en Mo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="161"/>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="162"/>
        <source>Portal limits:</source>
        <translation>Limites du portail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="163"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="164"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="166"/>
        <source>Exhibits:</source>
        <translation>Pièces&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="172"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="246"/>
        <source>⚠ %n exhibit(s) are images. Dossier masks card numbers in what it writes, but cannot read text in images: check they show no full card number or other private detail before you send the pack.</source>
        <translation>
            <numerusform>⚠ %n pièce est une image. Dossier masque les numéros de carte dans ce qu&apos;il écrit, mais ne peut pas lire le texte des images&#xa0;: vérifiez qu&apos;elle ne montre ni numéro de carte complet ni autre donnée privée avant d&apos;envoyer le dossier de preuves.</numerusform>
            <numerusform>⚠ %n pièces sont des images. Dossier masque les numéros de carte dans ce qu&apos;il écrit, mais ne peut pas lire le texte des images&#xa0;: vérifiez qu&apos;elles ne montrent ni numéro de carte complet ni autre donnée privée avant d&apos;envoyer le dossier de preuves.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="276"/>
        <source>Choose a portal with limits first: without limits the whole case goes in</source>
        <translation>Choisissez d&apos;abord un portail avec des limites&#xa0;: sans limites, tout le dossier est inclus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="338"/>
        <source>Fit to %1: %2 of %n exhibit(s) kept, about %3 and %4</source>
        <translation>
            <numerusform>Adapté à %1&#xa0;: %2 sur %n pièce gardée, environ %3 et %4</numerusform>
            <numerusform>Adapté à %1&#xa0;: %2 sur %n pièces gardées, environ %3 et %4</numerusform>
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
            <numerusform>en %n fichier</numerusform>
            <numerusform>en %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="330"/>
        <source>images at %1</source>
        <translation>images à %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="354"/>
        <source>Left out, and listed on a page of the pack as available on request: %1.</source>
        <translation>Écartées, et listées sur une page du dossier de preuves comme disponibles sur demande&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="357"/>
        <source>Every exhibit fits: none is left out.</source>
        <translation>Toutes les pièces tiennent&#xa0;: aucune n&apos;est écartée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="360"/>
        <source>To make room, the pack also leaves out %1 (said on the same page, available on request).</source>
        <translation>Pour faire de la place, le dossier de preuves écarte aussi %1 (indiqué sur la même page, disponible sur demande).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="364"/>
        <source>⚠ Even so the estimate is above the portal&apos;s limits: check pages and size before sending it.</source>
        <translation>⚠ Même ainsi, l&apos;estimation dépasse les limites du portail&#xa0;: vérifiez les pages et la taille avant l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="375"/>
        <source>You changed the choice: the pack keeps the exhibits ticked, in this order (Check pages and size measures it).</source>
        <translation>Vous avez modifié la sélection&#xa0;: le dossier de preuves garde les pièces cochées, dans cet ordre (Vérifier pages et taille le mesure).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="413"/>
        <source>Cancel the check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="416"/>
        <source>Building the pack to measure it…</source>
        <translation>Construction du dossier de preuves pour le mesurer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="451"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="468"/>
        <source>%1, %2 in %n file(s)</source>
        <translation>
            <numerusform>%1, %2 en %n fichier</numerusform>
            <numerusform>%1, %2 en %n fichiers</numerusform>
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
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="473"/>
        <source>fits %1 (%2)</source>
        <translation>tient dans %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="476"/>
        <source>Export now saves this pack as it is.</source>
        <translation>Exporter enregistre désormais ce dossier de preuves tel quel.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="483"/>
        <source>The settings changed: check again to see pages and size.</source>
        <translation>Les réglages ont changé&#xa0;: vérifiez de nouveau pour voir les pages et la taille.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="525"/>
        <source>Save the evidence pack as</source>
        <translation>Enregistrer le dossier de preuves sous</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="527"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="547"/>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="34"/>
        <location filename="../../desktop_app/ui/controllers/history.py" line="49"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="37"/>
        <location filename="../../desktop_app/ui/controllers/history.py" line="49"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="52"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="52"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="65"/>
        <source>%1 %2 to undo.</source>
        <translation>%1 %2 pour annuler.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="77"/>
        <source>Undone: %1. %2 to redo.</source>
        <translation>Annulé&#xa0;: %1. %2 pour rétablir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="91"/>
        <source>Redone: %1. %2 to undo.</source>
        <translation>Rétabli&#xa0;: %1. %2 pour annuler.</translation>
    </message>
</context>
<context>
    <name>IssuerPage</name>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="154"/>
        <source>the bank or card issuer</source>
        <translation>la banque ou l&apos;émetteur de la carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="157"/>
        <source>the bank&apos;s reference for the dispute</source>
        <translation>la référence de la contestation à la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="158"/>
        <source>Filed on</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="161"/>
        <source>Provisional credit on</source>
        <translation>Crédit provisoire le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="163"/>
        <source>what the merchant answered the bank, in short</source>
        <translation>la réponse du commerçant à la banque, en bref</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="164"/>
        <source>(not decided yet)</source>
        <translation>(pas encore décidée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="165"/>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="168"/>
        <source>Re-debited on</source>
        <translation>Redébité le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="170"/>
        <source>Issuer (bank):</source>
        <translation>Émetteur (banque)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="171"/>
        <source>Issuer&apos;s address:</source>
        <translation>Adresse de l&apos;émetteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="172"/>
        <source>Claim number:</source>
        <translation>N° de contestation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="173"/>
        <source>Filed on:</source>
        <translation>Déposée le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="174"/>
        <source>Merc&amp;hant&apos;s response:</source>
        <translation>Réponse du &amp;commerçant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="177"/>
        <source>Pro&amp;visional credit:</source>
        <translation>Crédit pro&amp;visoire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="180"/>
        <source>Credited on:</source>
        <translation>Crédité le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="181"/>
        <source>Outcome:</source>
        <translation>Issue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="182"/>
        <source>Decided on:</source>
        <translation>Décidée le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="183"/>
        <source>Re-debited:</source>
        <translation>Redébité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="184"/>
        <source>Re-debited on:</source>
        <translation>Redébité le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="248"/>
        <source>Provisional credit</source>
        <translation>Crédit provisoire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="249"/>
        <source>Re-debited</source>
        <translation>Redébité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="257"/>
        <source>%1: an amount credited or taken back is never negative (%2 was read).</source>
        <translation>%1&#xa0;: un montant crédité ou repris n&apos;est jamais négatif (lu&#xa0;: %2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="272"/>
        <source>%1 (%2) is before the dispute was filed (%3).</source>
        <translation>%1 (%2) est antérieur au dépôt de la contestation (%3).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="37"/>
        <source>Language</source>
        <extracomment>Each language in its own name, with its key in the menu; never translated.</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="39"/>
        <source>Dossier will be in this language the next time it starts. Quit Dossier and start it again to see it now.</source>
        <translation>Dossier sera dans cette langue au prochain démarrage. Quittez et relancez Dossier pour la voir dès maintenant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="46"/>
        <source>Dossier is in this language already: no restart is needed.</source>
        <translation>Dossier est déjà dans cette langue&#xa0;: inutile de le relancer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="48"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="112"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="120"/>
        <source>Like the &amp;system</source>
        <translation>Comme le s&amp;ystème</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="57"/>
        <source>Dispute to your card issuer (chargeback)</source>
        <translation>Contestation auprès de votre banque (rétrofacturation)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="58"/>
        <source>Refund of a direct debit (SEPA, within 8 weeks)</source>
        <translation>Remboursement d&apos;un prélèvement (SEPA, sous 8 semaines)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="59"/>
        <source>Refund of a debit taken without a valid mandate</source>
        <translation>Remboursement d&apos;un prélèvement sans mandat valable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="60"/>
        <source>Billing-error notice, US credit card (FCBA)</source>
        <translation>Signalement d&apos;erreur de facturation, carte de crédit américaine (FCBA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="61"/>
        <source>Error notice, US debit card or transfer (Regulation E)</source>
        <translation>Signalement d&apos;erreur, carte de débit ou virement aux États-Unis (Regulation E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="62"/>
        <source>Section 75 claim to your UK credit-card issuer</source>
        <translation>Réclamation au titre de la Section 75 auprès de l&apos;émetteur de votre carte de crédit britannique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="63"/>
        <source>Referral to the Financial Ombudsman Service (UK)</source>
        <translation>Saisine du Financial Ombudsman Service (Royaume-Uni)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="64"/>
        <source>Formal complaint to the merchant</source>
        <translation>Réclamation formelle au commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="65"/>
        <source>Request for a copy or a correction of an invoice</source>
        <translation>Demande de copie ou de correction d&apos;une facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="66"/>
        <source>Complaint to your bank</source>
        <translation>Réclamation à votre banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="83"/>
        <location filename="../../desktop_app/ui/letters.py" line="234"/>
        <source>Write a letter</source>
        <translation>Rédiger un courrier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="95"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="101"/>
        <source>%1 (does not fit)</source>
        <translation>%1 (ne convient pas)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/letters.py" line="119"/>
        <source>&amp;Why are %n letter(s) not offered?</source>
        <translation>
            <numerusform>&amp;Pourquoi %n courrier n&apos;est-il pas proposé&#xa0;?</numerusform>
            <numerusform>&amp;Pourquoi %n courriers ne sont-ils pas proposés&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="127"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="133"/>
        <source>The letter</source>
        <translation>Le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="139"/>
        <source>&amp;Copy the text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="141"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="143"/>
        <source>Save as te&amp;xt…</source>
        <translation>Enregistrer en te&amp;xte…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="145"/>
        <source>&amp;Mark as sent…</source>
        <translation>&amp;Marquer comme envoyé…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="147"/>
        <source>Log the letter as a contact and keep its PDF with the case&apos;s evidence</source>
        <translation>Consigner le courrier comme un échange et conserver son PDF avec les pièces du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="156"/>
        <source>&amp;Letter:</source>
        <translation>Co&amp;urrier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="158"/>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="160"/>
        <source>The letter (&amp;edit it before you send it):</source>
        <translation>Le courrier (mod&amp;ifiez-le avant de l&apos;envoyer)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="222"/>
        <source>A draft made from the case&apos;s facts: read it, change what you want, fill in what is marked, and send it yourself. Dossier gives guidance, not legal advice.</source>
        <translation>Un brouillon établi à partir des faits du dossier&#xa0;: relisez-le, modifiez ce que vous voulez, complétez ce qui est signalé et envoyez-le vous-même. Dossier donne des indications, pas un conseil juridique.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="235"/>
        <source>Your changes to this letter will be lost. Draft the other letter?</source>
        <translation>Vos modifications de ce courrier seront perdues. Rédiger l&apos;autre courrier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="260"/>
        <source>No letter of Dossier fits this case.</source>
        <translation>Aucun courrier de Dossier ne convient à ce dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="299"/>
        <source>Save the letter</source>
        <translation>Enregistrer le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="301"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="312"/>
        <source>Save the letter as text</source>
        <translation>Enregistrer le courrier en texte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="314"/>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="333"/>
        <location filename="../../desktop_app/ui/letters.py" line="356"/>
        <source>Saved %1. Read it before you send it.</source>
        <translation>Courrier enregistré dans %1. Relisez-le avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="351"/>
        <source>%1 could not be written (%2); nothing was saved.</source>
        <translation>Impossible d&apos;écrire %1 (%2)&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="369"/>
        <source>Mark the letter as sent</source>
        <translation>Marquer le courrier comme envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="371"/>
        <source>The letter still says “%1” where a fact is missing. Mark it as sent as it is?</source>
        <translation>Le courrier contient encore «&#xa0;%1&#xa0;» là où un fait manque. Le marquer comme envoyé tel quel&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="377"/>
        <source>Fill in “%1” in the letter, then mark it as sent.</source>
        <translation>Complétez «&#xa0;%1&#xa0;» dans le courrier, puis marquez-le comme envoyé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="418"/>
        <source>Mark “%1” as sent</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="426"/>
        <source>The letter was not marked as sent.</source>
        <translation>Le courrier n&apos;a pas été marqué comme envoyé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="431"/>
        <source>Marked as sent on %1 (%2): the letter is logged as a contact and its PDF kept as evidence.</source>
        <translation>Marqué comme envoyé le %1 (%2)&#xa0;: le courrier est consigné comme un échange et son PDF conservé comme pièce.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="439"/>
        <source>%1 in the window undoes it.</source>
        <translation>%1 dans la fenêtre l&apos;annule.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="22"/>
        <source>Dossier is locked</source>
        <translation>Dossier est verrouillé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="29"/>
        <location filename="../../desktop_app/ui/lock_screen.py" line="76"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Phrase secrète ou clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="31"/>
        <source>Sho&amp;w what I type</source>
        <translation>Affic&amp;her la saisie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="32"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="72"/>
        <source>Nothing of your cases is shown or readable until you unlock it. Type your passphrase, or the recovery key.</source>
        <translation>Rien de vos dossiers n&apos;est affiché ni lisible tant que vous ne déverrouillez pas. Saisissez votre phrase secrète ou la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="80"/>
        <source>Nothing of your cases is shown or readable until you unlock it. Unlock opens it with the key kept in the system keyring.</source>
        <translation>Rien de vos dossiers n&apos;est affiché ni lisible tant que vous ne déverrouillez pas. Déverrouiller ouvre le coffre avec la clé conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="90"/>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="113"/>
        <source>Type your passphrase or the recovery key first.</source>
        <translation>Saisissez d&apos;abord votre phrase secrète ou la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="129"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="84"/>
        <source>Edit the contact</source>
        <translation>Modifier l&apos;échange</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="84"/>
        <source>Log a contact</source>
        <translation>Consigner un échange</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="86"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="88"/>
        <source>The time zone of the time above: yours, or the merchant&apos;s</source>
        <translation>Le fuseau horaire de l&apos;heure ci-dessus&#xa0;: le vôtre, ou celui du commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="109"/>
        <source>Earlier: %1</source>
        <translation>Précédemment&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="110"/>
        <source>Same as the &amp;last contact</source>
        <translation>Comme le &amp;dernier échange</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="118"/>
        <source>Fill in who it was with, the representative and the reference of the last contact</source>
        <translation>Reprendre l&apos;interlocuteur, le conseiller et la référence du dernier échange</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="123"/>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="126"/>
        <location filename="../../desktop_app/ui/record_forms.py" line="130"/>
        <location filename="../../desktop_app/ui/record_forms.py" line="134"/>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="128"/>
        <source>Who answered: customer service, a supervisor, head office… It moves the escalation on.</source>
        <translation>Qui a répondu&#xa0;: service client, responsable, siège… Cela fait avancer le recours.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="132"/>
        <source>What they answered: a refusal or a final response opens the next step</source>
        <translation>Ce qui a été répondu&#xa0;: un refus ou une réponse définitive ouvre l&apos;étape suivante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="136"/>
        <source>For a letter: how it was sent. Registered post keeps a proof of delivery.</source>
        <translation>Pour un courrier&#xa0;: son mode d&apos;envoi. Le recommandé avec accusé de réception garde une preuve de remise.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="139"/>
        <source>e.g. Refund of 35.98 EUR</source>
        <translation>ex.&#xa0;: remboursement de 35,98 EUR</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="141"/>
        <source>Promised by</source>
        <translation>Promis pour le</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/record_forms.py" line="144"/>
        <source>%n day(s) after the contact unless you change it</source>
        <translation>
            <numerusform>%n jour après l&apos;échange, sauf si vous le modifiez</numerusform>
            <numerusform>%n jours après l&apos;échange, sauf si vous le modifiez</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="151"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="152"/>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="153"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="154"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="155"/>
        <source>How it was s&amp;ent:</source>
        <translation>Mode d&apos;en&amp;voi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="156"/>
        <source>W&amp;ith:</source>
        <translation>Ave&amp;c&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="157"/>
        <source>&amp;Representative:</source>
        <translation>Conse&amp;iller&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="158"/>
        <source>Re&amp;ference / ticket:</source>
        <translation>Ré&amp;férence / ticket&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="164"/>
        <source>Su&amp;bject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="165"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="166"/>
        <source>&amp;Outcome:</source>
        <translation>Iss&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="167"/>
        <source>Who a&amp;nswered:</source>
        <translation>Qui a rép&amp;ondu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="168"/>
        <source>Their &amp;answer:</source>
        <translation>Leur ré&amp;ponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="169"/>
        <source>They &amp;promised:</source>
        <translation>Promess&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="170"/>
        <source>B&amp;y:</source>
        <translation>Pour &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="171"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="171"/>
        <source>Log it</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="269"/>
        <source>Say when it was, such as %1 14:30.</source>
        <translation>Indiquez quand c&apos;était, par exemple %1 14:30.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="288"/>
        <source>Promised by: %1</source>
        <translation>Promis pour le %1</translation>
    </message>
</context>
<context>
    <name>MailChooser</name>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="71"/>
        <source>Import e-mails</source>
        <translation>Importer des e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="83"/>
        <source>part of the address or domain, e.g. streamnova</source>
        <translation>partie de l&apos;adresse ou du domaine, ex.&#xa0;: streamnova</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="84"/>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="86"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="94"/>
        <source>words in the subject or text (accents do not matter)</source>
        <translation>mots de l&apos;objet ou du texte (accents indifférents)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="95"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="102"/>
        <source>&amp;Sender:</source>
        <translation>&amp;Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="103"/>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="104"/>
        <source>&amp;Words:</source>
        <translation>&amp;Mots&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>Already in</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="119"/>
        <source>Tick &amp;all</source>
        <translation>Tout &amp;cocher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="121"/>
        <source>Tick &amp;none</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="124"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="169"/>
        <source>Reading the e-mails…</source>
        <translation>Lecture des e-mails…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="231"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/mail_import.py" line="257"/>
        <source>%n message(s) shown, %1 ticked</source>
        <translation>
            <numerusform>%n message affiché, cochés&#xa0;: %1</numerusform>
            <numerusform>%n messages affichés, cochés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="259"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="261"/>
        <source>Reading stopped: press Filter to read the files again.</source>
        <translation>Lecture arrêtée&#xa0;: cliquez sur Filtrer pour relire les fichiers.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/mail_import.py" line="264"/>
        <source>%n cannot be read: %1</source>
        <translation>
            <numerusform>%n illisible&#xa0;: %1</numerusform>
            <numerusform>%n illisibles&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="33"/>
        <source>Import e-&amp;mails…</source>
        <translation>Importer des e-&amp;mails…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="37"/>
        <source>Import .eml, Outlook .msg or mbox files: each message is logged with its attachments</source>
        <translation>Importer des fichiers .eml, .msg d&apos;Outlook ou mbox&#xa0;: chaque message est consigné avec ses pièces jointes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="48"/>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="87"/>
        <source>Import e-mails</source>
        <translation>Importer des e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="50"/>
        <source>E-mails (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation>E-mails (*.eml *.msg *.mbox *.mbx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="77"/>
        <source>Importing e-mails…</source>
        <translation>Import des e-mails…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <source>Case page</source>
        <translation>Page du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113"/>
        <source>Choose a case on the left.</source>
        <translation>Choisissez un dossier à gauche.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="178"/>
        <source>Store: %1</source>
        <translation>Coffre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="200"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="410"/>
        <source>%1 (locked)</source>
        <translation>%1 (verrouillé)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="413"/>
        <source>Locked.</source>
        <translation>Verrouillé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="488"/>
        <source>About Dossier</source>
        <translation>À propos de Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="490"/>
        <source>&lt;b&gt;Dossier %1&lt;/b&gt;&lt;p&gt;Keep the whole record of a billing dispute and hand it to your bank. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Dossier %1&lt;/b&gt;&lt;p&gt;Conservez tout l&apos;historique d&apos;un litige de facturation et transmettez-le à votre banque. Tout reste sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="136"/>
        <source>&amp;Search all cases…</source>
        <translation>Rechercher dans &amp;tous les dossiers…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="142"/>
        <source>&amp;Filter the cases</source>
        <translation>&amp;Filtrer les dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="147"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="151"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="153"/>
        <source>&amp;Case</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="162"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="173"/>
        <source>Search all cases (Ctrl+Shift+F)</source>
        <translation>Rechercher (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="181"/>
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="185"/>
        <source>&amp;Previous tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="191"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="192"/>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="196"/>
        <source>Like the &amp;system</source>
        <translation>Comme le s&amp;ystème</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="197"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="198"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="208"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="210"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="213"/>
        <source>&amp;About Dossier</source>
        <translation>À &amp;propos de Dossier</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="26"/>
        <source>Mark the letter as sent</source>
        <translation>Marquer le courrier comme envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="29"/>
        <source>Date sent</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="32"/>
        <source>How it was sent</source>
        <translation>Mode d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="34"/>
        <source>Tracking number or reference</source>
        <translation>Numéro de suivi ou référence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="35"/>
        <source>Optional: the registered letter&apos;s number, a ticket…</source>
        <translation>Facultatif&#xa0;: le numéro du recommandé, d&apos;un ticket…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="38"/>
        <source>The letter is logged as a contact with the merchant or the bank, and its PDF is kept with the case&apos;s evidence, so that the timeline and the pack show it.</source>
        <translation>Le courrier est consigné comme un échange avec le commerçant ou la banque, et son PDF est conservé avec les pièces du dossier, pour qu&apos;il apparaisse dans la chronologie et dans le dossier de preuves.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="44"/>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Marquer comme envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="46"/>
        <source>&amp;Date sent:</source>
        <translation>&amp;Date d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="47"/>
        <source>&amp;How:</source>
        <translation>&amp;Comment&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="48"/>
        <source>&amp;Tracking number:</source>
        <translation>N° de &amp;suivi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="60"/>
        <source>Date sent: say when the letter was sent.</source>
        <translation>Date d&apos;envoi&#xa0;: indiquez quand le courrier a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="63"/>
        <source>Date sent: %1</source>
        <translation>Date d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="66"/>
        <source>Date sent: that is after today; mark a letter as sent once it has gone.</source>
        <translation>Date d&apos;envoi&#xa0;: elle est postérieure à aujourd&apos;hui&#xa0;; marquez un courrier comme envoyé une fois qu&apos;il est parti.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="87"/>
        <source>Case details</source>
        <translation>Détails du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="87"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="90"/>
        <source>e.g. Gym membership charged after cancelling</source>
        <translation>ex.&#xa0;: abonnement de salle de sport débité après résiliation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="100"/>
        <source>Follow the facts</source>
        <translation>Selon les faits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="103"/>
        <source>Follow the facts: where the case stands follows the contacts, answers and filing you logged. Choose a stage to set it yourself.</source>
        <translation>Selon les faits&#xa0;: l&apos;état du dossier suit les échanges, les réponses et la contestation que vous avez consignés. Choisissez une étape pour la fixer vous-même.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="113"/>
        <source>From the country</source>
        <translation>Selon le pays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="116"/>
        <source>Language of the pack and the letters</source>
        <translation>Langue du dossier de preuves et des courriers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="119"/>
        <source>The language the pack and the letters start in. From the country: French for FR, BE, LU; Spanish for ES and Spanish-speaking countries; Polish for PL; English for GB, US, IE, AU, NZ; for any other country, or none, the window&apos;s language.</source>
        <translation>La langue dans laquelle le dossier de preuves et les courriers sont rédigés au départ. Selon le pays&#xa0;: français pour FR, BE, LU&#xa0;; espagnol pour ES et les pays hispanophones&#xa0;; polonais pour PL&#xa0;; anglais pour GB, US, IE, AU, NZ&#xa0;; pour tout autre pays, ou sans pays, la langue de la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="129"/>
        <source>The case&apos;s own figure, for a case without charges. Once charges are recorded, the disputed total is the sum of the disputed charges&apos; figures (see each charge).</source>
        <translation>Le montant propre au dossier, pour un dossier sans débit enregistré. Dès que des débits sont enregistrés, le total contesté est la somme des montants des débits contestés (voir chaque débit).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="136"/>
        <location filename="../../desktop_app/ui/case_form.py" line="138"/>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="137"/>
        <source>(not a card, or not known)</source>
        <translation>(pas une carte, ou inconnu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="139"/>
        <source>In the US, credit and debit cards have different deadlines</source>
        <translation>Aux États-Unis, les cartes de crédit et de débit ont des délais différents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="141"/>
        <source>last 4 digits only</source>
        <translation>4 derniers chiffres seulement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="144"/>
        <source>Business card or account</source>
        <translation>Carte ou compte professionnel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="145"/>
        <source>A company&apos;s (corporate) card or account, not a consumer&apos;s</source>
        <translation>La carte ou le compte d&apos;une entreprise, pas d&apos;un particulier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="147"/>
        <source>RUM, UMR: on the mandate or the statement</source>
        <translation>RUM&#xa0;: sur le mandat ou le relevé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="149"/>
        <source>ICS, CI: e.g. FR12ZZZ123456</source>
        <translation>ICS&#xa0;: ex. FR12ZZZ123456</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="161"/>
        <source>What happened, in your own words</source>
        <translation>Ce qui s&apos;est passé, avec vos propres mots</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="167"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="168"/>
        <source>&amp;Merchant:</source>
        <translation>&amp;Commerçant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="169"/>
        <source>Merchant&apos;s e-mail:</source>
        <translation>E-mail du commerçant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="170"/>
        <source>Merchant&apos;s phone:</source>
        <translation>Téléphone du commerçant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="171"/>
        <source>Merchant&apos;s website:</source>
        <translation>Site web du commerçant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="172"/>
        <source>Merchant&apos;s address:</source>
        <translation>Adresse du commerçant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="173"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="174"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="175"/>
        <source>Sta&amp;ge:</source>
        <translation>Ét&amp;ape&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="176"/>
        <source>Cou&amp;ntry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="177"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="180"/>
        <source>&amp;Amount disputed:</source>
        <translation>Montant co&amp;ntesté&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="184"/>
        <source>Already re&amp;funded:</source>
        <translation>Déjà remb&amp;oursé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="187"/>
        <source>&amp;Currency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="188"/>
        <source>&amp;Paid by:</source>
        <translation>&amp;Payé par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="189"/>
        <source>Card net&amp;work:</source>
        <translation>Ré&amp;seau de la carte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="190"/>
        <source>Cred&amp;it or debit:</source>
        <translation>Crédit ou déb&amp;it&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="194"/>
        <source>Card&apos;s &amp;last 4 digits:</source>
        <translation>4 derniers c&amp;hiffres de la carte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="196"/>
        <source>Mandate reference:</source>
        <translation>Référence du mandat (RUM)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="197"/>
        <source>Creditor identifier:</source>
        <translation>Identifiant créancier (ICS)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="205"/>
        <source>&amp;Story:</source>
        <translation>&amp;Récit des faits&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="225"/>
        <source>Th&amp;e case</source>
        <translation>L&amp;e dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="226"/>
        <source>Cust&amp;omer</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="227"/>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="228"/>
        <source>After filing with the &amp;bank</source>
        <translation>Après la contestation auprès de la &amp;banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="239"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="239"/>
        <source>Create case</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="312"/>
        <source>From the country (%1)</source>
        <translation>Selon le pays (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="312"/>
        <source>The window&apos;s language (%1)</source>
        <translation>La langue de la fenêtre (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="385"/>
        <source>Only the last 4 digits are kept.</source>
        <translation>Seuls les 4 derniers chiffres sont conservés.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="396"/>
        <source>Give the case a title.</source>
        <translation>Donnez un titre au dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="398"/>
        <source>Name the merchant.</source>
        <translation>Indiquez le nom du commerçant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="404"/>
        <source>Type the date “%1”, or untick it.</source>
        <translation>Saisissez la date «&#xa0;%1&#xa0;», ou décochez-la.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="409"/>
        <source>Amount disputed</source>
        <translation>Montant contesté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="410"/>
        <source>Already refunded</source>
        <translation>Déjà remboursé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="425"/>
        <source>“%1” is not a country: the country is a two-letter code, such as FR or PL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pays&#xa0;: le pays est un code à deux lettres, comme FR ou PL.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="275"/>
        <source>Set a passphrase</source>
        <translation>Définir une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="282"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="284"/>
        <source>The same &amp;again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="286"/>
        <source>Sho&amp;w what I type</source>
        <translation>Affic&amp;her la saisie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="289"/>
        <source>A few unrelated words are strong and easy to type. Dossier cannot recover a forgotten passphrase: the recovery key is the only other way in.</source>
        <translation>Quelques mots sans rapport entre eux sont robustes et faciles à saisir. Dossier ne peut pas retrouver une phrase secrète oubliée&#xa0;: la clé de récupération est le seul autre moyen d&apos;accès.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="300"/>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Définir la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="327"/>
        <source>Type a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="329"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="357"/>
        <source>Protecting your dossier…</source>
        <translation>Protection de votre coffre…</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../desktop_app/ui/outputs.py" line="63"/>
        <source>These files already exist:
%1

Replace them?</source>
        <translation>Ces fichiers existent déjà&#xa0;:
%1

Les remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outputs.py" line="65"/>
        <source>%1 already exists.

Replace it?</source>
        <translation>%1 existe déjà.

Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outputs.py" line="87"/>
        <source>Nothing was written. Choose another name or folder.</source>
        <translation>Rien n&apos;a été écrit. Choisissez un autre nom ou un autre dossier.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="85"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="86"/>
        <source>Customer&apos;s contacts</source>
        <translation>Coordonnées du client</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="87"/>
        <source>Tax number</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="88"/>
        <source>Cardholder</source>
        <translation>Titulaire de la carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="89"/>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="90"/>
        <source>Merchant&apos;s contacts</source>
        <translation>Coordonnées du commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="91"/>
        <source>Merchant&apos;s address</source>
        <translation>Adresse du commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="92"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="93"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="94"/>
        <source>Escalation stage</source>
        <translation>Étape du recours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="95"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="96"/>
        <source>Language of letters and packs</source>
        <translation>Langue des courriers et des dossiers de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="97"/>
        <source>Paid with</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="98"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="99"/>
        <source>Amount disputed</source>
        <translation>Montant contesté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="100"/>
        <source>Already refunded</source>
        <translation>Déjà remboursé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="102"/>
        <source>Case opened</source>
        <translation>Dossier ouvert le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="103"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="111"/>
        <source>After filing with the bank</source>
        <translation>Après la contestation auprès de la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="115"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="116"/>
        <source>Claim</source>
        <translation>Contestation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="117"/>
        <source>Provisional credit</source>
        <translation>Crédit provisoire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="118"/>
        <source>Merchant&apos;s response</source>
        <translation>Réponse du commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="119"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="120"/>
        <source>Re-debited</source>
        <translation>Redébité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="140"/>
        <source>The story</source>
        <translation>Les faits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="149"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="204"/>
        <location filename="../../desktop_app/ui/overview_page.py" line="231"/>
        <source>%1 (your choice)</source>
        <translation>%1 (votre choix)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="233"/>
        <source>%1 (from the facts)</source>
        <translation>%1 (selon les faits)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="206"/>
        <source>%1 (from the country)</source>
        <translation>%1 (selon le pays)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="208"/>
        <source>%1 (the window&apos;s language)</source>
        <translation>%1 (la langue de la fenêtre)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="252"/>
        <source>business card or account</source>
        <translation>carte ou compte professionnel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="255"/>
        <source>reference %1</source>
        <translation>référence %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="258"/>
        <source>creditor %1</source>
        <translation>créancier %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="277"/>
        <source>No story yet: Edit case details (F2) to write it.</source>
        <translation>Pas encore de récit des faits&#xa0;: Modifier les détails du dossier (F2) pour le rédiger.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="279"/>
        <source>What the bank will expect (%1 of %2)</source>
        <translation>Ce que la banque attendra (%1 sur %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="288"/>
        <source>Where it stands: %1</source>
        <translation>Où en est le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="293"/>
        <source>Next: %1</source>
        <translation>Prochaine étape&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="295"/>
        <source>Everything the bank usually asks for is here.</source>
        <translation>Tout ce que la banque demande habituellement est là.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="352"/>
        <source>Next:</source>
        <translation>Prochaine étape&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="358"/>
        <source>Have ready:</source>
        <translation>À préparer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="361"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="362"/>
        <source>now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="363"/>
        <source>next</source>
        <translation>ensuite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="364"/>
        <source>later</source>
        <translation>plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="376"/>
        <source>not open to you</source>
        <translation>pas ouvert dans votre cas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="389"/>
        <source>filed on %1</source>
        <translation>déposée le %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="390"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="399"/>
        <source>number %1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="414"/>
        <source>The disputed charges (%1)</source>
        <translation>Les débits contestés (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="416"/>
        <source>The disputed amount</source>
        <translation>Le montant contesté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="421"/>
        <source>Charge</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="422"/>
        <source>Charged</source>
        <translation>Débité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="423"/>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="424"/>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="433"/>
        <source>charged minus agreed</source>
        <translation>débité moins convenu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="443"/>
        <source>Total disputed</source>
        <translation>Total contesté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="445"/>
        <source>Disputed (the case&apos;s own figure)</source>
        <translation>Contesté (montant propre au dossier)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="450"/>
        <source>No amount given yet.</source>
        <translation>Aucun montant indiqué pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="473"/>
        <source>for the %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="479"/>
        <source>No deadline from the rules yet.</source>
        <translation>Aucun délai issu des règles pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/overview_page.py" line="482"/>
        <source>and %n more in Deadlines</source>
        <translation>
            <numerusform>et %n autre dans Échéances</numerusform>
            <numerusform>et %n autres dans Échéances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="494"/>
        <source>charge of %1, %2</source>
        <translation>débit du %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="513"/>
        <source>Act by %1, the working day before.</source>
        <translation>Agissez au plus tard le %1, le jour ouvré précédent.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="532"/>
        <source>Also open to you, with no date of its own:</source>
        <translation>Autres recours possibles, sans date propre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PacksController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="47"/>
        <source>Export evidence &amp;pack…</source>
        <translation>Exporter le dossier de &amp;preuves…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="50"/>
        <source>Write the PDF pack to send to the bank or card issuer</source>
        <translation>Écrire le dossier de preuves en PDF à envoyer à la banque ou à l&apos;émetteur de la carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="54"/>
        <source>&amp;Write a letter…</source>
        <translation>&amp;Rédiger un courrier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="57"/>
        <source>A dispute, complaint or invoice letter from the case&apos;s facts</source>
        <translation>Un courrier de contestation, de réclamation ou au sujet d&apos;une facture, à partir des faits du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="123"/>
        <source>Nothing was written: the pack would show a full card number.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: le dossier de preuves montrerait un numéro de carte complet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="148"/>
        <source>Preparing the evidence pack…</source>
        <translation>Préparation du dossier de preuves…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="165"/>
        <source>Evidence pack written: %1</source>
        <translation>Dossier de preuves écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="167"/>
        <source>Evidence pack</source>
        <translation>Dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="177"/>
        <source>The evidence pack was cancelled; nothing was written.</source>
        <translation>Le dossier de preuves a été annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>RecordsController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="58"/>
        <source>&amp;Log a call, chat or e-mail…</source>
        <translation>&amp;Consigner un appel, un chat ou un e-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="61"/>
        <source>Add a &amp;charge or refund…</source>
        <translation>Ajouter un &amp;débit ou un remboursement…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="64"/>
        <source>Add a &amp;deadline or task…</source>
        <translation>Ajouter une éc&amp;héance ou une tâche…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="67"/>
        <source>Mark the task d&amp;one or not done</source>
        <translation>Marquer la tâche comme &amp;faite ou non faite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="71"/>
        <source>Move to the &amp;trash</source>
        <translation>Mettre à la c&amp;orbeille</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="75"/>
        <source>Move the selected exhibit, charge, contact or task to the trash (Ctrl+Z brings it back)</source>
        <translation>Mettre la pièce, le débit, l&apos;échange ou la tâche sélectionné à la corbeille (Ctrl+Z le restaure)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="98"/>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="105"/>
        <source>%1 of %2 on %3</source>
        <translation>%1 de %2 le %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="159"/>
        <source>Logged: %1. A task reminds you of the promise on %2.</source>
        <translation>Consigné&#xa0;: %1. Une tâche vous rappellera la promesse le %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="164"/>
        <source>Logged: %1.</source>
        <translation>Consigné&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="197"/>
        <source>Added: %1.</source>
        <translation>Ajouté&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="229"/>
        <source>Added to the deadlines and tasks: %1.</source>
        <translation>Ajouté aux échéances et tâches&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="237"/>
        <source>Select a task in “Deadlines” first.</source>
        <translation>Sélectionnez d&apos;abord une tâche dans «&#xa0;Échéances&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="243"/>
        <source>Mark “%1” done</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme faite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="243"/>
        <source>Mark “%1” not done</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme non faite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="248"/>
        <source>Done: %1.</source>
        <translation>Fait&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="248"/>
        <source>Not done yet: %1.</source>
        <translation>Pas encore fait&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="265"/>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="266"/>
        <source>Saved: %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="275"/>
        <source>Select an exhibit, charge, contact or task first.</source>
        <translation>Sélectionnez d&apos;abord une pièce, un débit, un échange ou une tâche.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="290"/>
        <source>Move “%1” to the trash</source>
        <translation>Mettre «&#xa0;%1&#xa0;» à la corbeille</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="296"/>
        <source>Moved to the trash: %1, with the task of its promise.</source>
        <translation>Mis à la corbeille&#xa0;: %1, avec la tâche liée à sa promesse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="298"/>
        <source>Moved to the trash: %1.</source>
        <translation>Mis à la corbeille&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="301"/>
        <source>%1 %2 to undo.</source>
        <translation>%1 %2 pour annuler.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="419"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="424"/>
        <source>Write down your recovery key</source>
        <translation>Notez votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="431"/>
        <source>This key opens your dossier if the system keyring or your passphrase is lost: a new computer, a reinstalled system, a forgotten passphrase. Dossier shows it only now. Write it down, print it or save it, and keep it apart from this computer.</source>
        <translation>Cette clé ouvre votre coffre si le trousseau du système ou votre phrase secrète est perdu&#xa0;: nouvel ordinateur, système réinstallé, phrase secrète oubliée. Dossier ne l&apos;affiche que maintenant. Notez-la, imprimez-la ou enregistrez-la, et conservez-la à l&apos;écart de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="446"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="453"/>
        <source>Your dossier is protected by your passphrase only: %1.</source>
        <translation>Votre coffre n&apos;est protégé que par votre phrase secrète&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="458"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="460"/>
        <source>&amp;Save to file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="467"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="473"/>
        <source>I have &amp;written it down or saved it</source>
        <translation>Je l&apos;ai &amp;notée ou enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="476"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="506"/>
        <source>Copied. Paste it where you keep such things; copy something else afterwards.</source>
        <translation>Copiée. Collez-la là où vous gardez ce genre d&apos;informations, puis copiez autre chose.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="516"/>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="518"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="534"/>
        <source>Saved to %1. Keep that file away from this computer: on a USB stick, or printed.</source>
        <translation>Enregistrée dans %1. Conservez ce fichier hors de cet ordinateur&#xa0;: sur une clé USB, ou imprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="544"/>
        <source>%1 recovery key</source>
        <translation>Clé de récupération %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="546"/>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="553"/>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>RedactionBar</name>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="319"/>
        <source>Drag over the picture to hide a part of it in the pack.</source>
        <translation>Faites glisser sur l&apos;image pour en masquer une partie dans le dossier de preuves.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="323"/>
        <source>Remove box</source>
        <translation>Supprimer le cadre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="324"/>
        <source>Remove the selected box (Delete)</source>
        <translation>Supprimer le cadre sélectionné (Suppr)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="325"/>
        <source>Save redaction</source>
        <translation>Enregistrer le masquage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="327"/>
        <source>Keep these boxes as the exhibit&apos;s redaction: the pack hides what is under them (Ctrl+S)</source>
        <translation>Garder ces cadres comme masquage de la pièce&#xa0;: le dossier de preuves cache ce qu&apos;ils recouvrent (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="329"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/redaction.py" line="346"/>
        <source>%n box(es), not saved</source>
        <translation>
            <numerusform>%n cadre, non enregistré</numerusform>
            <numerusform>%n cadres, non enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/redaction.py" line="348"/>
        <source>%n box(es) saved</source>
        <translation>
            <numerusform>%n cadre enregistré</numerusform>
            <numerusform>%n cadres enregistrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionCanvas</name>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="72"/>
        <source>Drag to draw a box over what the bank must not see; click a box, then Delete removes it</source>
        <translation>Faites glisser pour tracer un cadre sur ce que la banque ne doit pas voir&#xa0;; cliquez sur un cadre, puis Suppr l&apos;efface</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="77"/>
        <source>Page %1: drag to draw a box to hide in the pack</source>
        <translation>Page %1&#xa0;: faites glisser pour tracer un cadre à masquer dans le dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="254"/>
        <source>Remove this box</source>
        <translation>Supprimer ce cadre</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <location filename="../../desktop_app/ui/reminder.py" line="18"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminder.py" line="34"/>
        <source>Needs you now:</source>
        <translation>À traiter maintenant&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="38"/>
        <source>Add deadlines to cale&amp;ndar…</source>
        <translation>Ajouter les échéances à l&apos;a&amp;genda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="41"/>
        <source>Write the case&apos;s open deadlines to an iCalendar (.ics) file, with a reminder before each</source>
        <translation>Écrire les échéances en cours du dossier dans un fichier iCalendar (.ics), avec un rappel avant chacune</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="75"/>
        <source>Dossier: deadlines</source>
        <translation>Dossier&#xa0;: échéances</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="110"/>
        <source>Dossier: the store is damaged</source>
        <translation>Dossier&#xa0;: le coffre est endommagé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="134"/>
        <source>Wait for the work in progress to end, then add to the calendar again.</source>
        <translation>Attendez la fin de l&apos;opération en cours, puis ajoutez de nouveau à l&apos;agenda.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="141"/>
        <source>Add to calendar</source>
        <translation>Ajouter à l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="143"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="152"/>
        <source>The calendar was not written: %1</source>
        <translation>L&apos;agenda n&apos;a pas été écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="155"/>
        <source>Wrote %n deadline(s) to %1: open it with your calendar to add them.</source>
        <translation>
            <numerusform>%n échéance écrite dans %1&#xa0;: ouvrez ce fichier avec votre agenda pour l&apos;ajouter.</numerusform>
            <numerusform>%n échéances écrites dans %1&#xa0;: ouvrez ce fichier avec votre agenda pour les ajouter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="55"/>
        <source>Search all cases</source>
        <translation>Rechercher dans tous les dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="59"/>
        <source>Words to find: “lodz” finds “Łódź”, “resume” finds “résumé”</source>
        <translation>Mots à trouver&#xa0;: «&#xa0;lodz&#xa0;» trouve «&#xa0;Łódź&#xa0;», «&#xa0;resume&#xa0;» trouve «&#xa0;résumé&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="63"/>
        <source>Found</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="63"/>
        <source>Matching words</source>
        <translation>Mots trouvés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search.py" line="113"/>
        <source>%n item(s) in %1</source>
        <translation>
            <numerusform>%n élément dans %1</numerusform>
            <numerusform>%n éléments dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search.py" line="114"/>
        <source>%n case(s)</source>
        <comment>3 items in 2 cases</comment>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="117"/>
        <source>Nothing holds these words.</source>
        <translation>Rien ne contient ces mots.</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="207"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="222"/>
        <source>Store:</source>
        <translation>Coffre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="223"/>
        <source>Encryption:</source>
        <translation>Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="224"/>
        <source>System keyring:</source>
        <translation>Trousseau du système&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="225"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="226"/>
        <source>Opened this time:</source>
        <translation>Ouvert cette fois-ci&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="227"/>
        <source>How this store is protected</source>
        <translation>Comment ce coffre est protégé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="230"/>
        <source>&amp;Encrypt this store…</source>
        <translation>&amp;Chiffrer ce coffre…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="231"/>
        <source>&amp;Decrypt this store…</source>
        <translation>&amp;Déchiffrer ce coffre…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="232"/>
        <source>Set or change the &amp;passphrase…</source>
        <translation>Définir ou modifier la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="233"/>
        <source>&amp;Remove the passphrase…</source>
        <translation>&amp;Supprimer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="234"/>
        <source>Make a new recovery &amp;key…</source>
        <translation>Créer une nouvelle clé de &amp;récupération…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="235"/>
        <source>&amp;Back up now…</source>
        <translation>Sauve&amp;garder maintenant…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="249"/>
        <source>Change it</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="254"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="255"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="257"/>
        <source>Lock after this many minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="259"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="264"/>
        <source>without use</source>
        <translation>d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="272"/>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="315"/>
        <source>Reading how the store is protected…</source>
        <translation>Lecture de la protection du coffre…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="317"/>
        <source>Reading the store&apos;s protection</source>
        <translation>Lecture de la protection du coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="327"/>
        <source>Encrypted: the database and every evidence file.</source>
        <translation>Chiffré&#xa0;: la base de données et toutes les pièces.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="329"/>
        <source>Holds the key: Dossier opens without asking.</source>
        <translation>Contient la clé&#xa0;: Dossier s&apos;ouvre sans rien demander.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="331"/>
        <source>Does not hold the key: Dossier asks for the passphrase or recovery key.</source>
        <translation>Ne contient pas la clé&#xa0;: Dossier demande la phrase secrète ou la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="333"/>
        <source>Set</source>
        <translation>Définie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="333"/>
        <location filename="../../desktop_app/ui/security.py" line="339"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="336"/>
        <source>Not encrypted: anyone who can read the folder can read it.</source>
        <translation>Non chiffré&#xa0;: quiconque a accès au répertoire peut le lire.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="338"/>
        <source>Not used</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="342"/>
        <source>Without a key: it is not encrypted.</source>
        <translation>Sans clé&#xa0;: il n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="343"/>
        <source>With the key in the system keyring.</source>
        <translation>Avec la clé du trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="344"/>
        <source>With the passphrase.</source>
        <translation>Avec la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="345"/>
        <source>With the recovery key.</source>
        <translation>Avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="346"/>
        <source>It was just made.</source>
        <translation>Il vient d&apos;être créé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="350"/>
        <source>Only an encrypted store is locked: encrypt it first.</source>
        <translation>Seul un coffre chiffré se verrouille&#xa0;: chiffrez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="371"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Modifier la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="373"/>
        <source>Set a &amp;passphrase…</source>
        <translation>Définir une &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="392"/>
        <source>Encrypt this store</source>
        <translation>Chiffrer ce coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="394"/>
        <source>Encrypt the database and every evidence file of this store? Dossier rewrites each file; an interruption leaves the store as it was. You will be shown a recovery key to keep.</source>
        <translation>Chiffrer la base de données et toutes les pièces de ce coffre&#xa0;? Dossier réécrit chaque fichier&#xa0;; une interruption laisse le coffre tel qu&apos;il était. Une clé de récupération à conserver vous sera présentée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="409"/>
        <source>Decrypt this store</source>
        <translation>Déchiffrer ce coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="411"/>
        <source>Decrypt this store? The database and every evidence file will be written in plaintext: anyone who can read the folder %1, or a copy of it, can then read every case. The passphrase and the recovery key will no longer be needed, nor work.</source>
        <translation>Déchiffrer ce coffre&#xa0;? La base de données et toutes les pièces seront écrites en clair&#xa0;: quiconque a accès au répertoire %1, ou à une copie, pourra alors lire tous les dossiers. La phrase secrète et la clé de récupération ne seront plus nécessaires et ne fonctionneront plus.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="426"/>
        <source>The passphrase opens this store where the system keyring does not give its key. The recovery key keeps working.</source>
        <translation>La phrase secrète ouvre ce coffre quand le trousseau du système ne fournit pas sa clé. La clé de récupération reste valable.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="429"/>
        <source>Set a passphrase</source>
        <translation>Définir une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="440"/>
        <source>Remove the passphrase</source>
        <translation>Supprimer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="442"/>
        <source>Remove the passphrase? The store then opens with the key in the system keyring, or with the recovery key.</source>
        <translation>Supprimer la phrase secrète&#xa0;? Le coffre s&apos;ouvrira alors avec la clé du trousseau du système, ou avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="460"/>
        <source>Make a new recovery key</source>
        <translation>Créer une nouvelle clé de récupération</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="462"/>
        <source>Make a new recovery key? The one you kept stops opening this store at once. Backups made before today still open with the old key, not the new one: keep the old key as long as you keep those backups.</source>
        <translation>Créer une nouvelle clé de récupération&#xa0;? Celle que vous avez conservée cesse immédiatement d&apos;ouvrir ce coffre. Les sauvegardes antérieures à aujourd&apos;hui s&apos;ouvrent toujours avec l&apos;ancienne clé, pas avec la nouvelle&#xa0;: gardez l&apos;ancienne clé tant que vous gardez ces sauvegardes.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="141"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="145"/>
        <source>Tab and Shift+Tab move between the parts of the window. In a menu or a form, Alt and the underlined letter choose.</source>
        <translation>Tab et Maj+Tab passent d&apos;une partie de la fenêtre à l&apos;autre. Dans un menu ou un formulaire, Alt et la lettre soulignée permettent de choisir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="151"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="151"/>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="151"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>StoreController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="104"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="108"/>
        <source>Hide every case and close the database until the passphrase or the keyring opens it again</source>
        <translation>Masquer tous les dossiers et fermer la base de données jusqu&apos;à ce que la phrase secrète ou le trousseau la rouvre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="114"/>
        <source>Securit&amp;y…</source>
        <translation>Sécuri&amp;té…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="116"/>
        <source>Encryption, passphrase, recovery key, locking and backups of this store</source>
        <translation>Chiffrement, phrase secrète, clé de récupération, verrouillage et sauvegardes de ce coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="120"/>
        <source>Back &amp;up…</source>
        <translation>Sauve&amp;garder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="122"/>
        <source>Write one encrypted file holding every case and every file</source>
        <translation>Écrire un seul fichier chiffré contenant tous les dossiers et tous les fichiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="126"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="128"/>
        <source>Restore a backup into a new or empty folder</source>
        <translation>Restaurer une sauvegarde dans un répertoire nouveau ou vide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="132"/>
        <source>Export case &amp;bundle (unencrypted)…</source>
        <translation>Exporter l&apos;&amp;archive du dossier (non chiffrée)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="134"/>
        <source>A zip of the case file and its original files, for a lawyer: NOT encrypted</source>
        <translation>Un zip du fichier du dossier et de ses fichiers d&apos;origine, pour un avocat&#xa0;: NON chiffré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="199"/>
        <location filename="../../desktop_app/ui/controllers/store.py" line="515"/>
        <source>Wait for the work under way to end, or cancel it, first.</source>
        <translation>Attendez d&apos;abord la fin de l&apos;opération en cours, ou annulez-la.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="204"/>
        <source>Encrypting every file…</source>
        <translation>Chiffrement de chaque fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="204"/>
        <source>Decrypting every file…</source>
        <translation>Déchiffrement de chaque fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="214"/>
        <source>No system keyring works here to keep the store&apos;s key: a passphrase of yours protects it instead. You will type it each time Dossier starts.

(Why: %1.)</source>
        <translation>Aucun trousseau système ne fonctionne ici pour conserver la clé du coffre&#xa0;: c&apos;est une phrase secrète de votre choix qui la protège. Vous la saisirez à chaque démarrage de Dossier.

(Raison&#xa0;: %1.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="217"/>
        <source>Protect this store</source>
        <translation>Protéger ce coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="218"/>
        <source>&amp;Protect and encrypt</source>
        <translation>&amp;Protéger et chiffrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="224"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="229"/>
        <source>The store is encrypted.</source>
        <translation>Le coffre est chiffré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="231"/>
        <source>The store is decrypted: its files are now in plaintext.</source>
        <translation>Le coffre est déchiffré&#xa0;: ses fichiers sont désormais en clair.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="252"/>
        <source>The passphrase was set.</source>
        <translation>La phrase secrète a été définie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="254"/>
        <source>The passphrase was removed.</source>
        <translation>La phrase secrète a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="260"/>
        <source>Protecting the key…</source>
        <translation>Protection de la clé…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="275"/>
        <source>Dossier backup %1.dossier-backup</source>
        <translation>Sauvegarde Dossier %1.dossier-backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="290"/>
        <source>Checking the store and writing the backup…</source>
        <translation>Vérification du coffre et écriture de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="295"/>
        <source>It opens with its passphrase.</source>
        <translation>Elle s&apos;ouvre avec sa phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="297"/>
        <source>It opens with this store&apos;s recovery key or passphrase (or the backup&apos;s own).</source>
        <translation>Elle s&apos;ouvre avec la clé de récupération ou la phrase secrète de ce coffre (ou celle propre à la sauvegarde).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="301"/>
        <source>Wrote %1 (%2 MB): %3 and %4, checked before it was written.</source>
        <translation>Sauvegarde écrite dans %1 (%2 Mo)&#xa0;: %3 et %4, vérifiés avant l&apos;écriture.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="302"/>
        <source>%n case(s)</source>
        <comment>Wrote the backup (12 MB): 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="303"/>
        <source>%n file(s)</source>
        <comment>Wrote the backup (12 MB): 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="308"/>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="317"/>
        <location filename="../../desktop_app/ui/controllers/store.py" line="378"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="319"/>
        <source>Dossier backups (*.dossier-backup);;All files (*)</source>
        <translation>Sauvegardes Dossier (*.dossier-backup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="324"/>
        <source>Choose an empty folder for the restored store</source>
        <translation>Choisissez un dossier vide pour le coffre restauré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="333"/>
        <source>%1 is not empty: choose a new or empty folder. Nothing was changed.</source>
        <translation>%1 n&apos;est pas vide&#xa0;: choisissez un répertoire nouveau ou vide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="342"/>
        <source>Checking the backup and restoring every file…</source>
        <translation>Vérification de la sauvegarde et restauration de chaque fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="349"/>
        <source>The backup %1 is encrypted.</source>
        <translation>La sauvegarde %1 est chiffrée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="353"/>
        <source>Open the backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="362"/>
        <source>Nothing was restored.</source>
        <translation>Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="370"/>
        <source>Restored %1 and %2 into %3. Every file&apos;s SHA-256 and the database were checked.

To open it: dossier gui --data-dir &quot;%3&quot;</source>
        <translation>%1 et %2 restaurés dans %3. Le SHA-256 de chaque fichier et la base de données ont été vérifiés.

Pour l&apos;ouvrir&#xa0;: dossier gui --data-dir &quot;%3&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="373"/>
        <source>%n case(s)</source>
        <comment>Restored 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="374"/>
        <source>%n file(s)</source>
        <comment>Restored 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="380"/>
        <source>&amp;Open it now</source>
        <translation>&amp;L&apos;ouvrir maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="390"/>
        <source>Export case bundle (unencrypted)</source>
        <translation>Exporter l&apos;archive du dossier (non chiffrée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="394"/>
        <source>Write the bundle?</source>
        <translation>Écrire l&apos;archive&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="407"/>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="417"/>
        <source>Wrote %1, NOT encrypted: delete it once it is no longer needed.</source>
        <translation>Archive écrite dans %1, NON chiffrée&#xa0;: supprimez-la dès qu&apos;elle n&apos;est plus utile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="424"/>
        <source>Writing the case bundle…</source>
        <translation>Écriture de l&apos;archive du dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="441"/>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="441"/>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="443"/>
        <source>The database and every evidence file are encrypted on disk</source>
        <translation>La base de données et toutes les pièces sont chiffrées sur le disque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="445"/>
        <source>Anyone who can read the store&apos;s folder can read its cases: File &gt; Security…</source>
        <translation>Quiconque a accès au répertoire du coffre peut lire ses dossiers&#xa0;: Fichier &gt; Sécurité…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="449"/>
        <source>Lock (Ctrl+Shift+L)</source>
        <translation>Verrouiller (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="451"/>
        <source>Only an encrypted store can be locked: File &gt; Security… encrypts it</source>
        <translation>Seul un coffre chiffré peut être verrouillé&#xa0;: Fichier &gt; Sécurité… permet de le chiffrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="539"/>
        <source>Unlocked.</source>
        <translation>Déverrouillé.</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="116"/>
        <source>Opening the store</source>
        <translation>Ouverture du coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="126"/>
        <source>Opening your dossier…</source>
        <translation>Ouverture de votre coffre…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="185"/>
        <source>Dossier encrypts your cases on this computer. Its key is usually kept in the system keyring, but there is none that works here, so a passphrase of yours protects it. You will type it each time Dossier starts.

(Why: %1.)</source>
        <translation>Dossier chiffre vos dossiers sur cet ordinateur. Sa clé est d&apos;habitude conservée dans le trousseau du système, mais aucun ne fonctionne ici&#xa0;: c&apos;est donc une phrase secrète de votre choix qui la protège. Vous la saisirez à chaque démarrage de Dossier.

(Raison&#xa0;: %1.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="189"/>
        <source>Protect your new dossier</source>
        <translation>Protégez votre nouveau coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="190"/>
        <source>&amp;Protect and create</source>
        <translation>&amp;Protéger et créer</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="347"/>
        <source>Edit the task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="347"/>
        <source>Add a deadline or task</source>
        <translation>Ajouter une échéance ou une tâche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="350"/>
        <source>e.g. Last day to dispute the charge with the bank</source>
        <translation>ex.&#xa0;: dernier jour pour contester le débit auprès de la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="351"/>
        <source>&amp;Due on</source>
        <translation>É&amp;chéance le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="354"/>
        <source>Due on</source>
        <translation>Échéance le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="361"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="362"/>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="365"/>
        <source>e.g. 2, 4, 21, 29 (a dunning schedule)</source>
        <translation>ex.&#xa0;: 2, 4, 21, 29 (un calendrier de relances)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="368"/>
        <source>Also on these days after the date above: one deadline each, such as a merchant&apos;s reminders</source>
        <translation>Aussi ces jours-là après la date ci-dessus&#xa0;: une échéance pour chacun, comme les relances d&apos;un commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="372"/>
        <source>Also &amp;after (days):</source>
        <translation>Aussi a&amp;près (jours)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="373"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="374"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="374"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="410"/>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="415"/>
        <source>Type the date it is due on, or untick “Due on”.</source>
        <translation>Saisissez la date d&apos;échéance, ou décochez «&#xa0;Échéance le&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="418"/>
        <source>Give the days after as whole numbers, such as 2, 4, 21, 29.</source>
        <translation>Indiquez les jours suivants en nombres entiers, comme 2, 4, 21, 29.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="420"/>
        <source>Days after need a date to count from.</source>
        <translation>Les jours suivants nécessitent une date de départ.</translation>
    </message>
</context>
<context>
    <name>TimeZoneBox</name>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="260"/>
        <source>Choose a time zone from the list, such as Europe/Warsaw.</source>
        <translation>Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="208"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="210"/>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="213"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="217"/>
        <source>&amp;Files no record names…</source>
        <translation>&amp;Fichiers orphelins…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="219"/>
        <source>Vault files that no item names (left by an interrupted import): listed before removal</source>
        <translation>Fichiers du coffre qu&apos;aucun élément ne cite (laissés par un import interrompu)&#xa0;: listés avant suppression</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="255"/>
        <location filename="../../desktop_app/ui/evidence.py" line="283"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="258"/>
        <source>Restored from the trash: %1.</source>
        <translation>Restauré depuis la corbeille&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="269"/>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="271"/>
        <source>Delete “%1” for good? Its file is removed from the vault unless another item names the same file. This cannot be undone.</source>
        <translation>Supprimer définitivement «&#xa0;%1&#xa0;»&#xa0;? Son fichier est retiré du coffre, sauf si un autre élément cite le même fichier. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="285"/>
        <source>Deleted for good: %1.</source>
        <translation>Supprimé définitivement&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../desktop_app/ui/unexpected.py" line="42"/>
        <source>Something unexpected went wrong while doing “%1” (%2).</source>
        <translation>Un problème inattendu est survenu pendant «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unexpected.py" line="46"/>
        <source>Something unexpected went wrong (%1).</source>
        <translation>Un problème inattendu est survenu (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unexpected.py" line="51"/>
        <source>Nothing was lost: Dossier saves each change whole, so your cases and evidence are as they were after the last change it finished. You can go on working, or quit and start Dossier again.</source>
        <translation>Rien n&apos;a été perdu&#xa0;: Dossier enregistre chaque modification en entier, vos dossiers et vos pièces sont donc tels qu&apos;après la dernière modification terminée. Vous pouvez continuer à travailler, ou quitter et relancer Dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unexpected.py" line="57"/>
        <source>The details are in Dossier&apos;s log: %1
Dossier never sends anything anywhere. The log holds no passphrase, key or case contents; you may share it when you ask for help.</source>
        <translation>Les détails figurent dans le journal de Dossier&#xa0;: %1
Dossier n&apos;envoie jamais rien nulle part. Le journal ne contient ni phrase secrète, ni clé, ni contenu de dossier&#xa0;; vous pouvez le partager pour demander de l&apos;aide.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="144"/>
        <source>Unlock your dossier</source>
        <translation>Déverrouiller votre coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="152"/>
        <source>Your passphrase, or the recovery key (ABCDEF-GHJKMN-…)</source>
        <translation>Votre phrase secrète, ou la clé de récupération (ABCDEF-GHJKMN-…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="154"/>
        <source>The recovery key (ABCDEF-GHJKMN-…)</source>
        <translation>La clé de récupération (ABCDEF-GHJKMN-…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="157"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Phrase secrète ou clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="157"/>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="160"/>
        <source>Sho&amp;w what I type</source>
        <translation>Affic&amp;her la saisie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="161"/>
        <source>Re&amp;member on this computer</source>
        <translation>Se sou&amp;venir sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="164"/>
        <source>Keep the key in the system keyring, so that Dossier opens without asking in your session on this computer</source>
        <translation>Conserver la clé dans le trousseau du système, pour que Dossier s&apos;ouvre sans rien demander dans votre session sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="173"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="232"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>UnusedFilesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="302"/>
        <source>Files no record names</source>
        <translation>Fichiers orphelins</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="307"/>
        <source>&amp;Remove these files…</source>
        <translation>&amp;Supprimer ces fichiers…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="330"/>
        <source>No item of any case, in the trash or not, names these files: an import or a deletion was interrupted before it finished. Nothing removes them until you do.</source>
        <translation>Aucun élément d&apos;aucun dossier, dans la corbeille ou non, ne cite ces fichiers&#xa0;: un import ou une suppression a été interrompu avant la fin. Ils restent là tant que vous ne les supprimez pas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="334"/>
        <source>Every file in the vault is named by an item: none is unused.</source>
        <translation>Chaque fichier du coffre est cité par un élément&#xa0;: aucun n&apos;est inutilisé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="348"/>
        <source>Remove files for good</source>
        <translation>Supprimer définitivement les fichiers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evidence.py" line="350"/>
        <source>Remove these %n file(s) from the vault for good? No record names them. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n fichier du coffre&#xa0;? Aucun élément ne le cite. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement ces %n fichiers du coffre&#xa0;? Aucun élément ne les cite. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="364"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evidence.py" line="366"/>
        <source>Removed %n vault file(s) no record named.</source>
        <translation>
            <numerusform>%n fichier orphelin supprimé du coffre.</numerusform>
            <numerusform>%n fichiers orphelins supprimés du coffre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="84"/>
        <source>Welcome to Dossier</source>
        <translation>Bienvenue dans Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="92"/>
        <source>Dossier keeps the whole record of a billing dispute in one place: the charges, the receipts and statements, every e-mail, call and chat with the merchant, and the deadlines that matter. When the merchant will not fix it, Dossier turns the record into an evidence pack your bank accepts.

Everything stays on this computer.</source>
        <translation>Dossier rassemble en un seul endroit tout l&apos;historique d&apos;un litige de facturation&#xa0;: les débits, les reçus et les relevés, chaque e-mail, appel et chat avec le commerçant, et les délais qui comptent. Si le commerçant ne règle pas le problème, Dossier en fait un dossier de preuves que votre banque accepte.

Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="101"/>
        <source>Open the &amp;sample case</source>
        <translation>Ouvrir le dossier d&apos;&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="104"/>
        <source>A subscription billed after cancellation, with evidence, to look around</source>
        <translation>Un abonnement facturé après résiliation, avec ses pièces, pour découvrir l&apos;application</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="106"/>
        <source>&amp;Import a case file…</source>
        <translation>&amp;Importer un fichier de dossier…</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../desktop_app/ui/wording.py" line="16"/>
        <source>%1: %2</source>
        <comment>a label, then what it says</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wording.py" line="22"/>
        <source>%1:</source>
        <comment>a form&apos;s label</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wording.py" line="27"/>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="195"/>
        <source>Charged on</source>
        <translation>Débité le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="196"/>
        <source>Statement dated</source>
        <translation>Relevé du</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="197"/>
        <source>Delivery expected</source>
        <translation>Livraison prévue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="198"/>
        <source>Cancelled on</source>
        <translation>Résilié le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="199"/>
        <source>Returned on</source>
        <translation>Retourné le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="200"/>
        <source>Refund promised by</source>
        <translation>Remboursement promis pour le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="201"/>
        <source>Account debited</source>
        <translation>Compte débité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="202"/>
        <source>Final response</source>
        <translation>Réponse définitive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="203"/>
        <source>Complaint to the bank</source>
        <translation>Réclamation à la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="204"/>
        <source>Mandate revoked or contract ended</source>
        <translation>Mandat révoqué ou contrat résilié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="205"/>
        <source>Complaint reached the merchant</source>
        <translation>Réclamation reçue par le commerçant</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="164"/>
        <source>What Dossier read, as it will be kept</source>
        <translation>Ce que Dossier a lu, tel qu&apos;il sera conservé</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../desktop_app/ui/jobs.py" line="174"/>
        <source>Wait for the work under way to end, or cancel it, first.</source>
        <translation>Attendez d&apos;abord la fin de l&apos;opération en cours, ou annulez-la.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs.py" line="180"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs.py" line="301"/>
        <source>Cancelled; nothing was changed or kept.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été modifié ni conservé.</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="283"/>
        <source>Stopped: the messages imported before stay, each whole.</source>
        <translation>Arrêté&#xa0;: les messages déjà importés restent, chacun complet.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="335"/>
        <location filename="../../desktop_app/ui/models.py" line="466"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="336"/>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="337"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="339"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="343"/>
        <location filename="../../desktop_app/ui/models.py" line="386"/>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="349"/>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="355"/>
        <location filename="../../desktop_app/ui/models.py" line="488"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="21"/>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="29"/>
        <source>%1 (late)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="34"/>
        <source>No open deadline</source>
        <translation>Aucune échéance en cours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="36"/>
        <source>Late: %1 has passed and it is not done</source>
        <translation>En retard&#xa0;: l&apos;échéance du %1 est passée sans être traitée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="39"/>
        <source>The earliest open deadline: %1</source>
        <translation>La plus proche échéance en cours&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="48"/>
        <source>everything the bank usually asks for is here</source>
        <translation>tout ce que la banque demande habituellement est là</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="52"/>
        <source>still missing:</source>
        <translation>manque encore&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="369"/>
        <location filename="../../desktop_app/ui/models.py" line="492"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="370"/>
        <location filename="../../desktop_app/ui/models.py" line="467"/>
        <location filename="../../desktop_app/ui/models.py" line="533"/>
        <location filename="../../desktop_app/ui/models.py" line="568"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="372"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="378"/>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="390"/>
        <source>Worked out: charged minus agreed</source>
        <translation>Calculé&#xa0;: débité moins convenu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="395"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="396"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="397"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="398"/>
        <source>Customer no.</source>
        <translation>N° client</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="399"/>
        <source>PO</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="400"/>
        <source>Statement descriptor</source>
        <translation>Libellé du relevé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="401"/>
        <source>Authorisation / ARN</source>
        <translation>Autorisation / ARN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="403"/>
        <source>Expected delivery</source>
        <translation>Livraison prévue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="414"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="421"/>
        <location filename="../../desktop_app/ui/models.py" line="496"/>
        <location filename="../../desktop_app/ui/models.py" line="529"/>
        <location filename="../../desktop_app/ui/models.py" line="565"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="425"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="427"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="429"/>
        <source>from them</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="431"/>
        <source>from me</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="434"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="435"/>
        <source>Representative</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="436"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="437"/>
        <source>Promised</source>
        <translation>Promis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="438"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="439"/>
        <source>Counterpart</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="440"/>
        <source>Their answer</source>
        <translation>Leur réponse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="458"/>
        <source>(by %1)</source>
        <translation>(pour le %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="468"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="469"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="471"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="477"/>
        <source>Imported (UTC)</source>
        <translation>Importé (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="479"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="486"/>
        <location filename="../../desktop_app/ui/models.py" line="542"/>
        <source>Charge</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="487"/>
        <source>Contact</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="489"/>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="490"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="491"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="493"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="497"/>
        <location filename="../../desktop_app/ui/models.py" line="535"/>
        <location filename="../../desktop_app/ui/models.py" line="569"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="498"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="525"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="525"/>
        <source>From this day</source>
        <translation>À partir de ce jour</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="527"/>
        <location filename="../../desktop_app/ui/models.py" line="560"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="549"/>
        <source>Counted from</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="552"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="567"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="379"/>
        <source>Evidence in the trash</source>
        <translation>Pièces dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="391"/>
        <source>Cases in the trash</source>
        <translation>Dossiers dans la corbeille</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="385"/>
        <source>Dossier recovery key</source>
        <translation>Clé de récupération Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="389"/>
        <source>Made on %1.</source>
        <translation>Créée le %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="393"/>
        <source>It opens the store in %1, and its backups.</source>
        <translation>Elle ouvre le coffre situé dans %1, ainsi que ses sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="396"/>
        <source>Keep it apart from the computer, where you would keep a passport. Anyone who has it and a copy of the store can read your cases.</source>
        <translation>Conservez-la à l&apos;écart de l&apos;ordinateur, là où vous rangeriez un passeport. Quiconque la détient avec une copie du coffre peut lire vos dossiers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="511"/>
        <source>Dossier recovery key.txt</source>
        <translation>Clé de récupération Dossier.txt</translation>
    </message>
</context>
</TS>
