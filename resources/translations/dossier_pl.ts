<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AddPurchaseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="62"/>
        <source>Edit the charge</source>
        <translation>Edytuj obciążenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="62"/>
        <source>Add a charge or refund</source>
        <translation>Dodaj obciążenie lub zwrot</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="77"/>
        <source>as printed on the bank statement</source>
        <translation>tak jak na wyciągu bankowym</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="78"/>
        <source>I d&amp;ispute this one</source>
        <translation>Kwest&amp;ionuję to obciążenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="80"/>
        <source>what the quote, order or contract says, if known</source>
        <translation>kwota z oferty, zamówienia lub umowy, jeśli jest znana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="83"/>
        <source>the whole charge, or charged minus agreed</source>
        <translation>całe obciążenie albo obciążenie minus kwota uzgodniona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="86"/>
        <source>Left empty, the disputed amount is the whole charge, or the amount charged minus the agreed amount when you give one</source>
        <translation>Gdy pole jest puste, kwotą sporną jest całe obciążenie albo, jeśli podasz kwotę uzgodnioną, różnica między obciążeniem a tą kwotą</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="94"/>
        <source>as on the statement or the bank&apos;s app</source>
        <translation>jak na wyciągu lub w aplikacji banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="96"/>
        <source>Expected delivery</source>
        <translation>Oczekiwana dostawa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="97"/>
        <source>When the goods or the service of this charge were due</source>
        <translation>Kiedy miał zostać dostarczony towar lub wykonana usługa, za które pobrano to obciążenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="100"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="101"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="103"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="106"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="107"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="108"/>
        <source>&amp;Order number:</source>
        <translation>Numer &amp;zamówienia:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="109"/>
        <source>I&amp;nvoice number:</source>
        <translation>Numer &amp;faktury:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="110"/>
        <source>C&amp;ustomer number:</source>
        <translation>Numer k&amp;lienta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="111"/>
        <source>&amp;PO number:</source>
        <translation>Numer &amp;PO:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="112"/>
        <source>S&amp;tatement descriptor:</source>
        <translation>Opis na wy&amp;ciągu:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="114"/>
        <source>Authorisation code or A&amp;RN:</source>
        <translation>Kod autoryzacji lub AR&amp;N:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="117"/>
        <source>Expected de&amp;livery:</source>
        <translation>Oczekiwana do&amp;stawa:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="120"/>
        <source>A&amp;greed amount:</source>
        <translation>Kwota &amp;uzgodniona:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="124"/>
        <source>Disputed a&amp;mount:</source>
        <translation>Kwota sporn&amp;a:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="127"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="127"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="166"/>
        <location filename="../../desktop_app/ui/purchase_form.py" line="238"/>
        <source>Type the amount.</source>
        <translation>Wpisz kwotę.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="168"/>
        <source>Type the date, as on the statement.</source>
        <translation>Wpisz datę, jak na wyciągu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="180"/>
        <source>Agreed amount</source>
        <translation>Kwota uzgodniona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="181"/>
        <source>Disputed amount</source>
        <translation>Kwota sporna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="189"/>
        <source>Expected delivery: %1</source>
        <translation>Oczekiwana dostawa: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="208"/>
        <source>Worked out: charged minus agreed</source>
        <translation>Wyliczona: obciążenie minus kwota uzgodniona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="210"/>
        <source>Worked out: the whole charge</source>
        <translation>Wyliczona: całe obciążenie</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="39"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="41"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="45"/>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="83"/>
        <source>Add to calendar…</source>
        <translation>Dodaj do kalendarza…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="85"/>
        <source>Write every open case&apos;s open deadlines to an iCalendar (.ics) file, with reminders</source>
        <translation>Zapisz otwarte terminy wszystkich otwartych spraw w pliku iCalendar (.ics), z przypomnieniami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="128"/>
        <source>Due soon: %1</source>
        <translation>Wkrótce upływa: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="130"/>
        <source>(%1 late)</source>
        <translation>(po terminie: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="131"/>
        <source>Nothing due in the next two weeks.</source>
        <translation>Nic nie upływa w ciągu najbliższych dwóch tygodni.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="51"/>
        <location filename="../../desktop_app/ui/security.py" line="157"/>
        <source>Back up the store</source>
        <translation>Kopia zapasowa magazynu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="55"/>
        <source>One encrypted file holding the database and every evidence file, all checked before it is written. It opens with this store&apos;s recovery key or passphrase. Give it a passphrase of its own as well to restore it where neither is at hand.</source>
        <translation>Jeden zaszyfrowany plik z bazą danych i wszystkimi plikami dowodów, sprawdzonymi przed zapisem. Otwiera się kluczem odzyskiwania lub hasłem tego magazynu. Nadaj mu też osobne hasło, jeśli chcesz móc go przywrócić tam, gdzie nie masz żadnego z nich pod ręką.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="61"/>
        <source>One encrypted file holding the database and every evidence file, all checked before it is written. This store is not encrypted, so the backup needs a passphrase of its own: without it, the backup cannot be restored.</source>
        <translation>Jeden zaszyfrowany plik z bazą danych i wszystkimi plikami dowodów, sprawdzonymi przed zapisem. Ten magazyn nie jest zaszyfrowany, więc kopia zapasowa potrzebuje własnego hasła: bez niego nie da się jej przywrócić.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="71"/>
        <source>&amp;Save as:</source>
        <translation>Zapi&amp;sz jako:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="73"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="79"/>
        <source>Protect it with a passphrase of its &amp;own</source>
        <translation>Chroń ją &amp;osobnym hasłem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="83"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="85"/>
        <source>The same &amp;again:</source>
        <translation>&amp;Powtórz hasło:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="87"/>
        <source>Sho&amp;w what I type</source>
        <translation>Pokaż wpisywane &amp;znaki</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="93"/>
        <source>&amp;Back up</source>
        <translation>&amp;Utwórz kopię</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="131"/>
        <source>Choose where to write the backup.</source>
        <translation>Wybierz, gdzie zapisać kopię zapasową.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="133"/>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="136"/>
        <source>Type a passphrase for the backup.</source>
        <translation>Wpisz hasło do kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="138"/>
        <source>The two passphrases differ.</source>
        <translation>Wpisane hasła się różnią.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="159"/>
        <source>Dossier backups (*%1)</source>
        <translation>Kopie zapasowe Dossier (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="169"/>
        <source>Back up</source>
        <translation>Kopia zapasowa</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <location filename="../../desktop_app/ui/case_list.py" line="31"/>
        <source>Filter cases (Ctrl+F)</source>
        <translation>Filtruj sprawy (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_list.py" line="34"/>
        <source>Show &amp;archived</source>
        <translation>Pokaż &amp;zarchiwizowane</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_list.py" line="37"/>
        <source>Show only the cases with this status</source>
        <translation>Pokaż tylko sprawy o tym statusie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_list.py" line="42"/>
        <source>Any status</source>
        <translation>Wszystkie</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="177"/>
        <source>Merchant</source>
        <translation>Sprzedawca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="178"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="179"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="180"/>
        <source>Paid with</source>
        <translation>Metoda płatności</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="181"/>
        <source>Disputed</source>
        <translation>Kwota sporna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="182"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="206"/>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="214"/>
        <source>Charges</source>
        <translation>Obciążenia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="215"/>
        <source>The purchases and the charges disputed</source>
        <translation>Zakupy i sporne obciążenia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="220"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="221"/>
        <source>What you, the merchant and the bank said to each other</source>
        <translation>Korespondencja i rozmowy między Tobą, sprzedawcą i bankiem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="224"/>
        <source>Everything in the case, by date</source>
        <translation>Wszystko w sprawie, według dat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="225"/>
        <source>Deadlines</source>
        <translation>Terminy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="225"/>
        <source>The rules&apos; deadlines and your tasks</source>
        <translation>Terminy z przepisów i Twoje zadania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="223"/>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="223"/>
        <source>The files that back the dispute</source>
        <translation>Pliki potwierdzające reklamację</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="224"/>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="266"/>
        <source>Your own deadlines, tasks and the promises you logged</source>
        <translation>Twoje terminy, zadania i zapisane obietnice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="272"/>
        <source>Add to calendar…</source>
        <translation>Dodaj do kalendarza…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="275"/>
        <source>Write this case&apos;s open deadlines to an iCalendar (.ics) file, with a reminder before each</source>
        <translation>Zapisz otwarte terminy tej sprawy w pliku iCalendar (.ics), z przypomnieniem przed każdym z nich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="316"/>
        <source>What the rules give from this case&apos;s facts (guidance, not legal advice):</source>
        <translation>Co wynika z przepisów dla tej sprawy (wskazówki, nie porada prawna):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="319"/>
        <source>No deadline from the rules yet: fill in the case&apos;s payment, country and dates (Edit case details, F2) and Dossier computes the chargeback window and the legal limits.</source>
        <translation>Przepisy nie wyznaczają jeszcze żadnego terminu: uzupełnij płatność, kraj i daty sprawy (Edytuj szczegóły sprawy, F2), a Dossier obliczy termin na chargeback i terminy ustawowe.</translation>
    </message>
</context>
<context>
    <name>CasesController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="36"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nowa sprawa…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="39"/>
        <source>&amp;Import case file…</source>
        <translation>&amp;Importuj plik sprawy…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="43"/>
        <source>E&amp;xport case file…</source>
        <translation>&amp;Eksportuj plik sprawy…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="45"/>
        <source>Write the case as a dossier-case/2 file with its evidence files</source>
        <translation>Zapisz sprawę jako plik dossier-case/2 razem z plikami dowodów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="47"/>
        <source>Cases in the &amp;trash…</source>
        <translation>Sprawy w k&amp;oszu…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="48"/>
        <source>Add the &amp;sample case</source>
        <translation>Dodaj przykładową &amp;sprawę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="50"/>
        <source>&amp;Edit case details…</source>
        <translation>Edytuj &amp;szczegóły sprawy…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="52"/>
        <source>D&amp;uplicate case</source>
        <translation>D&amp;uplikuj sprawę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="54"/>
        <source>Archi&amp;ve or unarchive case</source>
        <translation>&amp;Archiwizuj lub przywróć sprawę z archiwum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="56"/>
        <source>Move case to the t&amp;rash</source>
        <translation>Przen&amp;ieś sprawę do kosza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="80"/>
        <source>Case created: %1.</source>
        <translation>Utworzono sprawę: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="91"/>
        <source>The sample case was added: %1.</source>
        <translation>Dodano przykładową sprawę: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="98"/>
        <source>Import a case file</source>
        <translation>Importuj plik sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="100"/>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="140"/>
        <source>Dossier case files (*.json)</source>
        <translation>Pliki spraw Dossier (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="105"/>
        <source>Importing the case…</source>
        <translation>Importowanie sprawy…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="110"/>
        <source>Case imported: %1.</source>
        <translation>Zaimportowano sprawę: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="112"/>
        <source>evidence #%1: %2, imported as “%3”</source>
        <translation>dowód nr %1: %2, zaimportowany jako „%3”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="122"/>
        <source>Case imported</source>
        <translation>Sprawa zaimportowana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="123"/>
        <source>Some files were imported under another name, as the case file asks:</source>
        <translation>Niektóre pliki zaimportowano pod inną nazwą, zgodnie z plikiem sprawy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="138"/>
        <source>Export the case file</source>
        <translation>Eksportuj plik sprawy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/cases.py" line="158"/>
        <source>Wrote %1 and %n evidence file(s) beside it.</source>
        <translation>
            <numerusform>Zapisano %1, a obok niego %n plik dowodu.</numerusform>
            <numerusform>Zapisano %1, a obok niego %n pliki dowodów.</numerusform>
            <numerusform>Zapisano %1, a obok niego %n plików dowodów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="166"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>Anulowano; niczego nie zachowano.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="173"/>
        <source>Writing the case file…</source>
        <translation>Zapisywanie pliku sprawy…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="194"/>
        <source>Edit “%1”</source>
        <translation>Edytuj „%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="199"/>
        <source>Saved: %1.</source>
        <translation>Zapisano: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="213"/>
        <source>Case duplicated: %1.</source>
        <translation>Zduplikowano sprawę: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="224"/>
        <source>Archive “%1”</source>
        <translation>Archiwizuj „%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="224"/>
        <source>Unarchive “%1”</source>
        <translation>Przywróć z archiwum „%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="229"/>
        <source>Archived: %1.</source>
        <translation>Zarchiwizowano: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="229"/>
        <source>Out of the archive: %1.</source>
        <translation>Przywrócono z archiwum: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="242"/>
        <source>Move “%1” to the trash</source>
        <translation>Przenieś „%1” do kosza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="247"/>
        <source>Moved to the trash: %1.</source>
        <translation>Przeniesiono do kosza: %1.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="19"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="22"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dzień po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="25"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="28"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="31"/>
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="35"/>
        <source>Imported %n message(s) with %1.</source>
        <translation>
            <numerusform>Zaimportowano %n wiadomość z %1.</numerusform>
            <numerusform>Zaimportowano %n wiadomości z %1.</numerusform>
            <numerusform>Zaimportowano %n wiadomości z %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="37"/>
        <source>%n attachment(s)</source>
        <comment>Imported 3 messages with 2 attachments</comment>
        <translation>
            <numerusform>%n załącznikiem</numerusform>
            <numerusform>%n załącznikami</numerusform>
            <numerusform>%n załącznikami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="41"/>
        <source>%n already in the case, not stored again.</source>
        <translation>
            <numerusform>%n wiadomość jest już w sprawie i nie została zapisana ponownie.</numerusform>
            <numerusform>%n wiadomości są już w sprawie i nie zostały zapisane ponownie.</numerusform>
            <numerusform>%n wiadomości jest już w sprawie i nie zostało zapisanych ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counts.py" line="59"/>
        <source>today</source>
        <translation>dziś</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="57"/>
        <source>(not said)</source>
        <translation>(nie podano)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="60"/>
        <source>Ombudsmen and rights meant for consumers are offered only to a person; a company is shown the steps open to it</source>
        <translation>Rzecznicy i uprawnienia przeznaczone dla konsumentów są proponowane tylko osobie fizycznej; firmie pokazywane są kroki, z których może skorzystać</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="65"/>
        <source>the cardholder or the company, as on the account</source>
        <translation>posiadacz karty lub firma, jak w danych rachunku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="68"/>
        <source>e.g. Lyon</source>
        <translation>np. Kraków</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="70"/>
        <source>Where the customer lives: a letter&apos;s place and date (“Lyon, le 1er décembre 2026”)</source>
        <translation>Miejscowość zamieszkania klienta: miejsce i data w liście („Kraków, 1 grudnia 2026 r.”)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="75"/>
        <source>NIP, NIF, SIREN, VAT</source>
        <translation>NIP, NIF, SIREN, VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="77"/>
        <source>The tax number as written on invoices: NIP, NIF, SIREN or VAT number</source>
        <translation>Numer podatkowy w postaci z faktur: NIP, NIF, SIREN lub numer VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="80"/>
        <source>who holds the business card</source>
        <translation>osoba, która posługuje się kartą firmową</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="82"/>
        <source>e.g. office manager</source>
        <translation>np. kierownik biura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="84"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="85"/>
        <source>Customer&apos;s name:</source>
        <translation>Imię i nazwisko / nazwa:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="86"/>
        <source>Customer&apos;s address:</source>
        <translation>Adres klienta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="87"/>
        <source>Customer&apos;s city:</source>
        <translation>Miejscowość klienta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="88"/>
        <source>Customer&apos;s e-mail:</source>
        <translation>E-mail klienta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="89"/>
        <source>Customer&apos;s phone:</source>
        <translation>Telefon klienta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="90"/>
        <source>Ta&amp;x number:</source>
        <translation>&amp;Numer podatkowy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="91"/>
        <source>For a business card or account:</source>
        <translation>Dla karty lub rachunku firmowego:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="94"/>
        <source>Cardholder&apos;s name:</source>
        <translation>Użytkownik karty:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="95"/>
        <source>Cardholder&apos;s role:</source>
        <translation>Stanowisko użytkownika karty:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="134"/>
        <source>Customer&apos;s e-mail: “%1” is not an e-mail address (name@example.com).</source>
        <translation>E-mail klienta: „%1” nie jest adresem e-mail (nazwa@example.com).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="133"/>
        <source>“{text}” is not a date; type it as {example} or 2026-10-03</source>
        <translation>„{text}” nie jest datą; wpisz ją w postaci {example} lub 2026-10-03</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="148"/>
        <source>“{text}” is not a date: the year “{year}” has {digits} digits; type it with four (or two, meaning 20..)</source>
        <translation>„{text}” nie jest datą: rok „{year}” ma niewłaściwą liczbę cyfr ({digits}); wpisz go czterema cyframi (albo dwiema, co oznacza 20..)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="157"/>
        <source>“{text}” is not a date: “{value}” is not a day</source>
        <translation>„{text}” nie jest datą: „{value}” nie jest prawidłowym dniem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="159"/>
        <source>“{text}” is not a date: “{value}” is not a month</source>
        <translation>„{text}” nie jest datą: „{value}” nie jest prawidłowym miesiącem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="185"/>
        <source>“{text}” is not a date and a time; type them as {example} 14:30 or 2026-10-03 14:30</source>
        <translation>„{text}” nie jest datą z godziną; wpisz je w postaci {example} 14:30 lub 2026-10-03 14:30</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="195"/>
        <source>“{text}” is not a time: write the minutes with two digits, as in 14:05</source>
        <translation>„{text}” nie jest godziną: wpisz minuty dwiema cyframi, np. 14:05</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="210"/>
        <source>“{text}”: {offset} is not an offset from UTC</source>
        <translation>„{text}”: {offset} nie jest przesunięciem względem UTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="255"/>
        <source>Type it as %1 or %2; Alt+Down opens a calendar</source>
        <translation>Wpisz w postaci %1 lub %2; Alt+Strzałka w dół otwiera kalendarz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="263"/>
        <source>Choose the date from a calendar (Alt+Down)</source>
        <translation>Wybierz datę z kalendarza (Alt+Strzałka w dół)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="264"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="50"/>
        <source>&amp;Add evidence files…</source>
        <translation>&amp;Dodaj pliki dowodów…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="53"/>
        <source>Paste a &amp;screenshot</source>
        <translation>Wkle&amp;j zrzut ekranu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="55"/>
        <source>Evidence tras&amp;h…</source>
        <translation>&amp;Kosz dowodów…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="86"/>
        <source>Add evidence</source>
        <translation>Dodaj dowody</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="106"/>
        <source>The clipboard holds no image to paste.</source>
        <translation>W schowku nie ma obrazu do wklejenia.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="120"/>
        <source>Adding the evidence…</source>
        <translation>Dodawanie dowodów…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="126"/>
        <source>Added to the evidence: %1.</source>
        <translation>Dodano do dowodów: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="133"/>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="56"/>
        <source>Evidence: %1</source>
        <translation>Dowód: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="65"/>
        <source>For example: issued after the cancellation took effect</source>
        <translation>Na przykład: wystawiona już po skutecznej rezygnacji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="66"/>
        <source>Printed on the exhibit&apos;s first page and in the pack&apos;s index</source>
        <translation>Drukowane na pierwszej stronie załącznika i w spisie załączników pakietu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="69"/>
        <source>Optional: the note in one line, in the bank&apos;s language</source>
        <translation>Opcjonalnie: ta notatka w jednym wierszu, w języku banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="72"/>
        <source>A one-line translation printed under the note, for a bank that reads another language</source>
        <translation>Jednowierszowe tłumaczenie drukowane pod notatką, dla banku, który posługuje się innym językiem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="75"/>
        <location filename="../../desktop_app/ui/evidence.py" line="82"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="90"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Imported %4 UTC&lt;br&gt;SHA-256 &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Zaimportowano %4 UTC&lt;br&gt;SHA-256 &lt;tt&gt;%5&lt;/tt&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evidence.py" line="91"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln bajt</numerusform>
            <numerusform>%Ln bajty</numerusform>
            <numerusform>%Ln bajtów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="100"/>
        <source>&amp;Open the original</source>
        <translation>&amp;Otwórz oryginał</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="104"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="105"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="106"/>
        <source>What it &amp;proves:</source>
        <translation>Czego &amp;dowodzi:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="107"/>
        <source>T&amp;ranslation:</source>
        <translation>Tłu&amp;maczenie:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="108"/>
        <source>Proves the &amp;charge:</source>
        <translation>Dotyczy o&amp;bciążenia:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="109"/>
        <source>&amp;Belongs to the contact:</source>
        <translation>Należy do &amp;kontaktu:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="145"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="154"/>
        <source>Opening a copy…</source>
        <translation>Otwieranie kopii…</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="54"/>
        <source>Choose an exhibit to see it here.</source>
        <translation>Wybierz załącznik, aby go tu zobaczyć.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="100"/>
        <source>‹ Previous</source>
        <translation>‹ Poprzednia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="101"/>
        <source>The previous page (Page Up)</source>
        <translation>Poprzednia strona (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="102"/>
        <source>Next ›</source>
        <translation>Następna ›</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="103"/>
        <source>The next page (Page Down)</source>
        <translation>Następna strona (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="106"/>
        <source>Page </source>
        <translation>Strona </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="107"/>
        <source>Page shown</source>
        <translation>Wyświetlana strona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="108"/>
        <source>Type a page number and press Enter to go to it</source>
        <translation>Wpisz numer strony i naciśnij Enter, aby do niej przejść</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="153"/>
        <source>This image cannot be shown.</source>
        <translation>Nie można wyświetlić tego obrazu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="189"/>
        <source> of %1</source>
        <translation> z %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="221"/>
        <source>Drawing page %1…</source>
        <translation>Rysowanie strony %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="236"/>
        <source>This page cannot be shown.</source>
        <translation>Nie można wyświetlić tej strony.</translation>
    </message>
</context>
<context>
    <name>ExhibitOrder</name>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="178"/>
        <source>Exhibits, in the pack&apos;s order</source>
        <translation>Załączniki w kolejności z pakietu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="181"/>
        <source>Drag an exhibit to its place, or select it and press Alt+Up / Alt+Down; untick: left out</source>
        <translation>Przeciągnij załącznik na jego miejsce albo zaznacz go i naciśnij Alt+Strzałka w górę / Alt+Strzałka w dół; odznaczony zostanie pominięty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="200"/>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="201"/>
        <source>Move the selected exhibits one place up (Alt+Up)</source>
        <translation>Przesuń zaznaczone załączniki o jedno miejsce w górę (Alt+Strzałka w górę)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="202"/>
        <source>Move do&amp;wn</source>
        <translation>W &amp;dół</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="203"/>
        <source>Move the selected exhibits one place down (Alt+Down)</source>
        <translation>Przesuń zaznaczone załączniki o jedno miejsce w dół (Alt+Strzałka w dół)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="269"/>
        <source>Left out to fit:</source>
        <translation>Pominięte, by zmieścić się w limitach:</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="327"/>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="341"/>
        <source>Exhibit %1</source>
        <translation>Załącznik %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="329"/>
        <source>An exhibit</source>
        <translation>Załącznik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="334"/>
        <source>%1: “%2”</source>
        <translation>%1: „%2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="346"/>
        <source>A full card number would go to the bank</source>
        <translation>Do banku trafiłby pełny numer karty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="348"/>
        <source>These exhibits still show a full card number that Dossier could not hide:</source>
        <translation>Te załączniki nadal pokazują pełny numer karty, którego Dossier nie zdołał ukryć:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="355"/>
        <source>Go back to draw boxes over the number in the evidence preview, or untick the exhibit. Write anyway only if the bank must see the whole number.</source>
        <translation>Wróć, aby zakryć numer ramkami w podglądzie dowodu, albo odznacz załącznik. Wybierz „Zapisz mimo to” tylko wtedy, gdy bank musi zobaczyć cały numer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="361"/>
        <source>Go back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="363"/>
        <source>Write anyway</source>
        <translation>Zapisz mimo to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="79"/>
        <location filename="../../desktop_app/ui/pack_export.py" line="509"/>
        <source>Export the evidence pack</source>
        <translation>Eksportuj pakiet dowodów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="94"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="111"/>
        <source>Automatic (Letter in the US, A4 elsewhere)</source>
        <translation>Automatycznie (Letter w USA, A4 w pozostałych krajach)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="113"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="114"/>
        <source>Stop if an exhibit cannot be read (otherwise a page says why)</source>
        <translation>Przerwij, jeśli załącznika nie da się odczytać (w przeciwnym razie wyjaśni to osobna strona)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="121"/>
        <source>Fit to the portal</source>
        <translation>Dopasuj do portalu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="124"/>
        <source>Keep the exhibits that matter most for the reason so that the pack meets the portal&apos;s limits; those left out are listed on a page of the pack, available on request</source>
        <translation>Zachowaj załączniki najważniejsze dla powodu reklamacji, tak aby pakiet mieścił się w limitach portalu; pominięte zostaną wymienione na osobnej stronie pakietu jako dostępne na żądanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="136"/>
        <source>Black and white</source>
        <translation>Czarno-białe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="137"/>
        <source>The exhibits&apos; pictures in greyscale, for portals that ask for it</source>
        <translation>Obrazy załączników w skali szarości, dla portali, które tego wymagają</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="143"/>
        <location filename="../../desktop_app/ui/pack_export.py" line="456"/>
        <source>&amp;Check pages and size</source>
        <translation>&amp;Sprawdź strony i rozmiar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="145"/>
        <source>Build the pack in a private folder and say how many pages and MB it makes</source>
        <translation>Zbuduj pakiet w prywatnym folderze i pokaż, ile ma stron i MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="161"/>
        <source>Save as:</source>
        <translation>Zapisz jako:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="162"/>
        <source>Portal limits:</source>
        <translation>Limity portalu:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="163"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="164"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="166"/>
        <source>Exhibits:</source>
        <translation>Załączniki:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="172"/>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="246"/>
        <source>⚠ %n exhibit(s) are images. Dossier masks card numbers in what it writes, but cannot read text in images: check they show no full card number or other private detail before you send the pack.</source>
        <translation>
            <numerusform>⚠ %n załącznik jest obrazem. Dossier maskuje numery kart w tekście, który sam tworzy, ale nie odczyta tekstu na obrazach: przed wysłaniem pakietu sprawdź, czy nie widać na nim pełnego numeru karty ani innych danych prywatnych.</numerusform>
            <numerusform>⚠ %n załączniki są obrazami. Dossier maskuje numery kart w tekście, który sam tworzy, ale nie odczyta tekstu na obrazach: przed wysłaniem pakietu sprawdź, czy nie widać na nich pełnego numeru karty ani innych danych prywatnych.</numerusform>
            <numerusform>⚠ %n załączników to obrazy. Dossier maskuje numery kart w tekście, który sam tworzy, ale nie odczyta tekstu na obrazach: przed wysłaniem pakietu sprawdź, czy nie widać na nich pełnego numeru karty ani innych danych prywatnych.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="276"/>
        <source>Choose a portal with limits first: without limits the whole case goes in</source>
        <translation>Najpierw wybierz portal z limitami: bez limitów pakiet obejmie całą sprawę</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="338"/>
        <source>Fit to %1: %2 of %n exhibit(s) kept, about %3 and %4</source>
        <translation>
            <numerusform>Dopasowanie do %1: zachowano %2 z %n załącznika, szacunkowo %3 i %4</numerusform>
            <numerusform>Dopasowanie do %1: zachowano %2 z %n załączników, szacunkowo %3 i %4</numerusform>
            <numerusform>Dopasowanie do %1: zachowano %2 z %n załączników, szacunkowo %3 i %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="340"/>
        <source>%n page(s)</source>
        <comment>Fit to the portal: 4 of 6 exhibits kept, about 20 pages</comment>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="348"/>
        <source>in %n file(s)</source>
        <translation>
            <numerusform>w %n pliku</numerusform>
            <numerusform>w %n plikach</numerusform>
            <numerusform>w %n plikach</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="330"/>
        <source>images at %1</source>
        <translation>obrazy: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="354"/>
        <source>Left out, and listed on a page of the pack as available on request: %1.</source>
        <translation>Pominięte i wymienione na stronie pakietu jako dostępne na żądanie: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="357"/>
        <source>Every exhibit fits: none is left out.</source>
        <translation>Mieszczą się wszystkie załączniki: żaden nie zostanie pominięty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="360"/>
        <source>To make room, the pack also leaves out %1 (said on the same page, available on request).</source>
        <translation>Aby zrobić miejsce, pakiet pomija także: %1 (informacja na tej samej stronie, dostępne na żądanie).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="364"/>
        <source>⚠ Even so the estimate is above the portal&apos;s limits: check pages and size before sending it.</source>
        <translation>⚠ Mimo to szacunek przekracza limity portalu: przed wysłaniem sprawdź strony i rozmiar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="375"/>
        <source>You changed the choice: the pack keeps the exhibits ticked, in this order (Check pages and size measures it).</source>
        <translation>Wybór został zmieniony: pakiet zawiera zaznaczone załączniki w tej kolejności (zmierzysz go przyciskiem „Sprawdź strony i rozmiar”).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="413"/>
        <source>Cancel the check</source>
        <translation>Anuluj sprawdzanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="416"/>
        <source>Building the pack to measure it…</source>
        <translation>Budowanie pakietu do pomiaru…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="451"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="468"/>
        <source>%1, %2 in %n file(s)</source>
        <translation>
            <numerusform>%1, %2 w %n pliku</numerusform>
            <numerusform>%1, %2 w %n plikach</numerusform>
            <numerusform>%1, %2 w %n plikach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="469"/>
        <source>%n page(s)</source>
        <comment>12 pages, 2.3 MB in 2 files</comment>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="473"/>
        <source>fits %1 (%2)</source>
        <translation>mieści się w limitach: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="476"/>
        <source>Export now saves this pack as it is.</source>
        <translation>„Eksportuj” zapisze teraz ten pakiet w obecnej postaci.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="483"/>
        <source>The settings changed: check again to see pages and size.</source>
        <translation>Ustawienia się zmieniły: sprawdź ponownie, aby zobaczyć liczbę stron i rozmiar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="525"/>
        <source>Save the evidence pack as</source>
        <translation>Zapisz pakiet dowodów jako</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="527"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="547"/>
        <source>and %1 more</source>
        <translation>i jeszcze %1</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="34"/>
        <location filename="../../desktop_app/ui/controllers/history.py" line="49"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="37"/>
        <location filename="../../desktop_app/ui/controllers/history.py" line="49"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="52"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Cofnij: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="52"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ponów: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="65"/>
        <source>%1 %2 to undo.</source>
        <translation>%1 %2 cofa zmianę.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="77"/>
        <source>Undone: %1. %2 to redo.</source>
        <translation>Cofnięto: %1. %2 ponawia.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="91"/>
        <source>Redone: %1. %2 to undo.</source>
        <translation>Ponowiono: %1. %2 cofa.</translation>
    </message>
</context>
<context>
    <name>IssuerPage</name>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="154"/>
        <source>the bank or card issuer</source>
        <translation>bank lub wydawca karty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="157"/>
        <source>the bank&apos;s reference for the dispute</source>
        <translation>numer reklamacji nadany przez bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="158"/>
        <source>Filed on</source>
        <translation>Złożono dnia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="161"/>
        <source>Provisional credit on</source>
        <translation>Warunkowe uznanie dnia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="163"/>
        <source>what the merchant answered the bank, in short</source>
        <translation>w skrócie: co sprzedawca odpowiedział bankowi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="164"/>
        <source>(not decided yet)</source>
        <translation>(jeszcze nie rozstrzygnięto)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="165"/>
        <source>Decided on</source>
        <translation>Rozstrzygnięto dnia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="168"/>
        <source>Re-debited on</source>
        <translation>Ponownie obciążono dnia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="170"/>
        <source>Issuer (bank):</source>
        <translation>Wydawca karty (bank):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="171"/>
        <source>Issuer&apos;s address:</source>
        <translation>Adres wydawcy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="172"/>
        <source>Claim number:</source>
        <translation>Numer reklamacji:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="173"/>
        <source>Filed on:</source>
        <translation>Złożono dnia:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="174"/>
        <source>Merc&amp;hant&apos;s response:</source>
        <translation>Odpowiedź &amp;sprzedawcy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="177"/>
        <source>Pro&amp;visional credit:</source>
        <translation>&amp;Warunkowe uznanie:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="180"/>
        <source>Credited on:</source>
        <translation>Uznano dnia:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="181"/>
        <source>Outcome:</source>
        <translation>Wynik:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="182"/>
        <source>Decided on:</source>
        <translation>Rozstrzygnięto dnia:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="183"/>
        <source>Re-debited:</source>
        <translation>Ponowne obciążenie:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="184"/>
        <source>Re-debited on:</source>
        <translation>Ponownie obciążono dnia:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="248"/>
        <source>Provisional credit</source>
        <translation>Warunkowe uznanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="249"/>
        <source>Re-debited</source>
        <translation>Ponowne obciążenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="257"/>
        <source>%1: an amount credited or taken back is never negative (%2 was read).</source>
        <translation>%1: kwota uznana lub ponownie pobrana nie może być ujemna (odczytano %2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="272"/>
        <source>%1 (%2) is before the dispute was filed (%3).</source>
        <translation>%1 (%2) przypada przed złożeniem reklamacji (%3).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="37"/>
        <source>Language</source>
        <extracomment>Each language in its own name, with its key in the menu; never translated.</extracomment>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="39"/>
        <source>Dossier will be in this language the next time it starts. Quit Dossier and start it again to see it now.</source>
        <translation>Dossier będzie w tym języku po następnym uruchomieniu. Zamknij Dossier i uruchom go ponownie, aby od razu zobaczyć zmianę.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="46"/>
        <source>Dossier is in this language already: no restart is needed.</source>
        <translation>Dossier jest już w tym języku: ponowne uruchomienie nie jest potrzebne.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="48"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="112"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="120"/>
        <source>Like the &amp;system</source>
        <translation>Jak w &amp;systemie</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="57"/>
        <source>Dispute to your card issuer (chargeback)</source>
        <translation>Reklamacja transakcji kartowej w banku (chargeback)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="58"/>
        <source>Refund of a direct debit (SEPA, within 8 weeks)</source>
        <translation>Zwrot polecenia zapłaty (SEPA, w ciągu 8 tygodni)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="59"/>
        <source>Refund of a debit taken without a valid mandate</source>
        <translation>Zwrot obciążenia pobranego bez ważnej zgody (mandatu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="60"/>
        <source>Billing-error notice, US credit card (FCBA)</source>
        <translation>Zgłoszenie błędu w rozliczeniu, amerykańska karta kredytowa (FCBA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="61"/>
        <source>Error notice, US debit card or transfer (Regulation E)</source>
        <translation>Zgłoszenie błędu, amerykańska karta debetowa lub przelew (Regulation E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="62"/>
        <source>Section 75 claim to your UK credit-card issuer</source>
        <translation>Roszczenie z Section 75 do brytyjskiego wydawcy karty kredytowej</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="63"/>
        <source>Referral to the Financial Ombudsman Service (UK)</source>
        <translation>Skarga do Financial Ombudsman Service (Wielka Brytania)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="64"/>
        <source>Formal complaint to the merchant</source>
        <translation>Formalna reklamacja do sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="65"/>
        <source>Request for a copy or a correction of an invoice</source>
        <translation>Prośba o kopię lub korektę faktury</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="66"/>
        <source>Complaint to your bank</source>
        <translation>Reklamacja w banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="83"/>
        <location filename="../../desktop_app/ui/letters.py" line="234"/>
        <source>Write a letter</source>
        <translation>Przygotuj pismo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="95"/>
        <source>Letter</source>
        <translation>Pismo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="101"/>
        <source>%1 (does not fit)</source>
        <translation>%1 (nie pasuje)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/letters.py" line="119"/>
        <source>&amp;Why are %n letter(s) not offered?</source>
        <translation>
            <numerusform>&amp;Dlaczego %n pismo nie jest proponowane?</numerusform>
            <numerusform>&amp;Dlaczego %n pisma nie są proponowane?</numerusform>
            <numerusform>&amp;Dlaczego %n pism nie jest proponowanych?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="127"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="133"/>
        <source>The letter</source>
        <translation>Pismo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="139"/>
        <source>&amp;Copy the text</source>
        <translation>&amp;Kopiuj tekst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="141"/>
        <source>&amp;Save as PDF…</source>
        <translation>Zapisz jako &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="143"/>
        <source>Save as te&amp;xt…</source>
        <translation>Zapisz jako &amp;tekst…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="145"/>
        <source>&amp;Mark as sent…</source>
        <translation>Oznacz jako &amp;wysłane…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="147"/>
        <source>Log the letter as a contact and keep its PDF with the case&apos;s evidence</source>
        <translation>Zapisz pismo jako kontakt i zachowaj jego PDF w dowodach sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="156"/>
        <source>&amp;Letter:</source>
        <translation>P&amp;ismo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="158"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="160"/>
        <source>The letter (&amp;edit it before you send it):</source>
        <translation>Pismo (&amp;edytuj je przed wysłaniem):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="222"/>
        <source>A draft made from the case&apos;s facts: read it, change what you want, fill in what is marked, and send it yourself. Dossier gives guidance, not legal advice.</source>
        <translation>Projekt przygotowany na podstawie faktów sprawy: przeczytaj go, zmień, co chcesz, uzupełnij zaznaczone miejsca i wyślij pismo samodzielnie. Dossier udziela wskazówek, nie porad prawnych.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="235"/>
        <source>Your changes to this letter will be lost. Draft the other letter?</source>
        <translation>Zmiany w tym piśmie zostaną utracone. Przygotować inne pismo?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="260"/>
        <source>No letter of Dossier fits this case.</source>
        <translation>Żadne pismo Dossier nie pasuje do tej sprawy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="299"/>
        <source>Save the letter</source>
        <translation>Zapisz pismo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="301"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="312"/>
        <source>Save the letter as text</source>
        <translation>Zapisz pismo jako tekst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="314"/>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="333"/>
        <location filename="../../desktop_app/ui/letters.py" line="356"/>
        <source>Saved %1. Read it before you send it.</source>
        <translation>Zapisano %1. Przeczytaj pismo przed wysłaniem.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="351"/>
        <source>%1 could not be written (%2); nothing was saved.</source>
        <translation>Nie udało się zapisać %1 (%2); niczego nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="369"/>
        <source>Mark the letter as sent</source>
        <translation>Oznacz pismo jako wysłane</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="371"/>
        <source>The letter still says “%1” where a fact is missing. Mark it as sent as it is?</source>
        <translation>W piśmie wciąż jest „%1” w miejscu brakującej informacji. Oznaczyć je jako wysłane w tej postaci?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="377"/>
        <source>Fill in “%1” in the letter, then mark it as sent.</source>
        <translation>Uzupełnij „%1” w piśmie, a potem oznacz je jako wysłane.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="418"/>
        <source>Mark “%1” as sent</source>
        <translation>Oznacz „%1” jako wysłane</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="426"/>
        <source>The letter was not marked as sent.</source>
        <translation>Pismo nie zostało oznaczone jako wysłane.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="431"/>
        <source>Marked as sent on %1 (%2): the letter is logged as a contact and its PDF kept as evidence.</source>
        <translation>Oznaczono jako wysłane %1 (%2): pismo zapisano jako kontakt, a jego PDF zachowano jako dowód.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="439"/>
        <source>%1 in the window undoes it.</source>
        <translation>%1 w oknie cofa tę operację.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="22"/>
        <source>Dossier is locked</source>
        <translation>Dossier jest zablokowany</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="29"/>
        <location filename="../../desktop_app/ui/lock_screen.py" line="76"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Hasło lub klucz odzyskiwania:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="31"/>
        <source>Sho&amp;w what I type</source>
        <translation>Pokaż wpisywane &amp;znaki</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="32"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="72"/>
        <source>Nothing of your cases is shown or readable until you unlock it. Type your passphrase, or the recovery key.</source>
        <translation>Dopóki nie odblokujesz Dossier, żadna sprawa nie jest widoczna ani czytelna. Wpisz hasło lub klucz odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="80"/>
        <source>Nothing of your cases is shown or readable until you unlock it. Unlock opens it with the key kept in the system keyring.</source>
        <translation>Dopóki nie odblokujesz Dossier, żadna sprawa nie jest widoczna ani czytelna. „Odblokuj” otworzy go kluczem przechowywanym w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="90"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Klucz odzyskiwania:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="113"/>
        <source>Type your passphrase or the recovery key first.</source>
        <translation>Najpierw wpisz hasło lub klucz odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="129"/>
        <source>Unlocking…</source>
        <translation>Odblokowywanie…</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="84"/>
        <source>Edit the contact</source>
        <translation>Edytuj kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="84"/>
        <source>Log a contact</source>
        <translation>Zapisz kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="86"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="88"/>
        <source>The time zone of the time above: yours, or the merchant&apos;s</source>
        <translation>Strefa czasowa podanej godziny: Twoja lub sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="109"/>
        <source>Earlier: %1</source>
        <translation>Wcześniej: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="110"/>
        <source>Same as the &amp;last contact</source>
        <translation>Jak przy ostatni&amp;m kontakcie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="118"/>
        <source>Fill in who it was with, the representative and the reference of the last contact</source>
        <translation>Uzupełnij drugą stronę, konsultanta i numer referencyjny z ostatniego kontaktu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="123"/>
        <source>What was said</source>
        <translation>Treść rozmowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="126"/>
        <location filename="../../desktop_app/ui/record_forms.py" line="130"/>
        <location filename="../../desktop_app/ui/record_forms.py" line="134"/>
        <source>(not said)</source>
        <translation>(nie podano)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="128"/>
        <source>Who answered: customer service, a supervisor, head office… It moves the escalation on.</source>
        <translation>Kto odpowiedział: obsługa klienta, przełożony, centrala… To posuwa eskalację naprzód.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="132"/>
        <source>What they answered: a refusal or a final response opens the next step</source>
        <translation>Co odpowiedzieli: odmowa lub ostateczna odpowiedź otwiera kolejny krok</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="136"/>
        <source>For a letter: how it was sent. Registered post keeps a proof of delivery.</source>
        <translation>Dla pisma: jak zostało wysłane. List polecony za potwierdzeniem odbioru daje dowód doręczenia.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="139"/>
        <source>e.g. Refund of 35.98 EUR</source>
        <translation>np. zwrot 35,98 EUR</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="141"/>
        <source>Promised by</source>
        <translation>Obiecany termin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/record_forms.py" line="144"/>
        <source>%n day(s) after the contact unless you change it</source>
        <translation>
            <numerusform>%n dzień po kontakcie, chyba że to zmienisz</numerusform>
            <numerusform>%n dni po kontakcie, chyba że to zmienisz</numerusform>
            <numerusform>%n dni po kontakcie, chyba że to zmienisz</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="151"/>
        <source>&amp;When:</source>
        <translation>&amp;Kiedy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="152"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Strefa czasowa:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="153"/>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nał:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="154"/>
        <source>&amp;Direction:</source>
        <translation>K&amp;ierunek:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="155"/>
        <source>How it was s&amp;ent:</source>
        <translation>Sposób &amp;wysłania:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="156"/>
        <source>W&amp;ith:</source>
        <translation>&amp;Z kim:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="157"/>
        <source>&amp;Representative:</source>
        <translation>K&amp;onsultant:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="158"/>
        <source>Re&amp;ference / ticket:</source>
        <translation>Nr &amp;referencyjny / zgłoszenia:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="164"/>
        <source>Su&amp;bject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="165"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Podsumowanie:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="166"/>
        <source>&amp;Outcome:</source>
        <translation>W&amp;ynik:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="167"/>
        <source>Who a&amp;nswered:</source>
        <translation>Kto o&amp;dpowiedział:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="168"/>
        <source>Their &amp;answer:</source>
        <translation>Ich odpowi&amp;edź:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="169"/>
        <source>They &amp;promised:</source>
        <translation>O&amp;biecali:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="170"/>
        <source>B&amp;y:</source>
        <translation>Do dni&amp;a:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="171"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="171"/>
        <source>Log it</source>
        <translation>Zapisz kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="269"/>
        <source>Say when it was, such as %1 14:30.</source>
        <translation>Podaj, kiedy to było, np. %1 14:30.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="288"/>
        <source>Promised by: %1</source>
        <translation>Obiecany termin: %1</translation>
    </message>
</context>
<context>
    <name>MailChooser</name>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="71"/>
        <source>Import e-mails</source>
        <translation>Importuj e-maile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="83"/>
        <source>part of the address or domain, e.g. streamnova</source>
        <translation>część adresu lub domeny, np. streamnova</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="84"/>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="86"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="94"/>
        <source>words in the subject or text (accents do not matter)</source>
        <translation>słowa w temacie lub treści (znaki diakrytyczne nie mają znaczenia)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="95"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtruj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="102"/>
        <source>&amp;Sender:</source>
        <translation>&amp;Nadawca:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="103"/>
        <source>Dates:</source>
        <translation>Daty:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="104"/>
        <source>&amp;Words:</source>
        <translation>&amp;Słowa:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>Already in</source>
        <translation>Już dodane</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="119"/>
        <source>Tick &amp;all</source>
        <translation>Zaznacz &amp;wszystkie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="121"/>
        <source>Tick &amp;none</source>
        <translation>&amp;Odznacz wszystkie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="124"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="169"/>
        <source>Reading the e-mails…</source>
        <translation>Odczytywanie e-maili…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="231"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/mail_import.py" line="257"/>
        <source>%n message(s) shown, %1 ticked</source>
        <translation>
            <numerusform>Wyświetlono %n wiadomość, zaznaczono: %1</numerusform>
            <numerusform>Wyświetlono %n wiadomości, zaznaczono: %1</numerusform>
            <numerusform>Wyświetlono %n wiadomości, zaznaczono: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="259"/>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="261"/>
        <source>Reading stopped: press Filter to read the files again.</source>
        <translation>Odczytywanie przerwane: naciśnij „Filtruj”, aby ponownie odczytać pliki.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/mail_import.py" line="264"/>
        <source>%n cannot be read: %1</source>
        <translation>
            <numerusform>Nie można odczytać %n pliku: %1</numerusform>
            <numerusform>Nie można odczytać %n plików: %1</numerusform>
            <numerusform>Nie można odczytać %n plików: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="33"/>
        <source>Import e-&amp;mails…</source>
        <translation>Importuj &amp;e-maile…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="37"/>
        <source>Import .eml, Outlook .msg or mbox files: each message is logged with its attachments</source>
        <translation>Importuj pliki .eml, .msg z Outlooka lub mbox: każda wiadomość zostanie zapisana razem z załącznikami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="48"/>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="87"/>
        <source>Import e-mails</source>
        <translation>Importuj e-maile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="50"/>
        <source>E-mails (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation>E-maile (*.eml *.msg *.mbox *.mbx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="77"/>
        <source>Importing e-mails…</source>
        <translation>Importowanie e-maili…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <source>Case page</source>
        <translation>Strona sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113"/>
        <source>Choose a case on the left.</source>
        <translation>Wybierz sprawę z listy po lewej.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="178"/>
        <source>Store: %1</source>
        <translation>Magazyn: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="200"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="410"/>
        <source>%1 (locked)</source>
        <translation>%1 (zablokowany)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="413"/>
        <source>Locked.</source>
        <translation>Zablokowano.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="488"/>
        <source>About Dossier</source>
        <translation>O programie Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="490"/>
        <source>&lt;b&gt;Dossier %1&lt;/b&gt;&lt;p&gt;Keep the whole record of a billing dispute and hand it to your bank. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Dossier %1&lt;/b&gt;&lt;p&gt;Gromadź całą dokumentację sporu o rozliczenie i przekaż ją swojemu bankowi. Wszystko pozostaje na tym komputerze.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="136"/>
        <source>&amp;Search all cases…</source>
        <translation>&amp;Szukaj we wszystkich sprawach…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="142"/>
        <source>&amp;Filter the cases</source>
        <translation>&amp;Filtruj sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="147"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="151"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="153"/>
        <source>&amp;Case</source>
        <translation>&amp;Sprawa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="162"/>
        <source>Main</source>
        <translation>Główny pasek</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="173"/>
        <source>Search all cases (Ctrl+Shift+F)</source>
        <translation>Szukaj w sprawach (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="181"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Następna karta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="185"/>
        <source>&amp;Previous tab</source>
        <translation>&amp;Poprzednia karta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="191"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="192"/>
        <source>&amp;Appearance</source>
        <translation>Wy&amp;gląd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="196"/>
        <source>Like the &amp;system</source>
        <translation>Jak w &amp;systemie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="197"/>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="198"/>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="208"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="210"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Skróty klawiszowe…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="213"/>
        <source>&amp;About Dossier</source>
        <translation>&amp;O programie Dossier</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="26"/>
        <source>Mark the letter as sent</source>
        <translation>Oznacz pismo jako wysłane</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="29"/>
        <source>Date sent</source>
        <translation>Data wysłania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="32"/>
        <source>How it was sent</source>
        <translation>Sposób wysłania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="34"/>
        <source>Tracking number or reference</source>
        <translation>Numer nadania lub numer referencyjny</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="35"/>
        <source>Optional: the registered letter&apos;s number, a ticket…</source>
        <translation>Opcjonalnie: numer nadania listu poleconego, zgłoszenia…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="38"/>
        <source>The letter is logged as a contact with the merchant or the bank, and its PDF is kept with the case&apos;s evidence, so that the timeline and the pack show it.</source>
        <translation>Pismo zostanie zapisane jako kontakt ze sprzedawcą lub bankiem, a jego PDF zachowany w dowodach sprawy, tak aby pokazywały je oś czasu i pakiet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="44"/>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Oznacz jako wysłane</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="46"/>
        <source>&amp;Date sent:</source>
        <translation>&amp;Data wysłania:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="47"/>
        <source>&amp;How:</source>
        <translation>&amp;Sposób:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="48"/>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Numer nadania:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="60"/>
        <source>Date sent: say when the letter was sent.</source>
        <translation>Data wysłania: podaj, kiedy pismo zostało wysłane.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="63"/>
        <source>Date sent: %1</source>
        <translation>Data wysłania: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="66"/>
        <source>Date sent: that is after today; mark a letter as sent once it has gone.</source>
        <translation>Data wysłania: to data z przyszłości; oznacz pismo jako wysłane dopiero wtedy, gdy zostanie wysłane.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="87"/>
        <source>Case details</source>
        <translation>Szczegóły sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="87"/>
        <source>New case</source>
        <translation>Nowa sprawa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="90"/>
        <source>e.g. Gym membership charged after cancelling</source>
        <translation>np. Karnet na siłownię pobrany po rezygnacji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="100"/>
        <source>Follow the facts</source>
        <translation>Według faktów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="103"/>
        <source>Follow the facts: where the case stands follows the contacts, answers and filing you logged. Choose a stage to set it yourself.</source>
        <translation>Według faktów: etap sprawy wynika z zapisanych kontaktów, odpowiedzi i złożenia reklamacji. Wybierz etap, aby ustawić go samodzielnie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="113"/>
        <source>From the country</source>
        <translation>Według kraju</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="116"/>
        <source>Language of the pack and the letters</source>
        <translation>Język pakietu i pism</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="119"/>
        <source>The language the pack and the letters start in. From the country: French for FR, BE, LU; Spanish for ES and Spanish-speaking countries; Polish for PL; English for GB, US, IE, AU, NZ; for any other country, or none, the window&apos;s language.</source>
        <translation>Język, w którym początkowo powstają pakiet i pisma. Według kraju: francuski dla FR, BE, LU; hiszpański dla ES i krajów hiszpańskojęzycznych; polski dla PL; angielski dla GB, US, IE, AU, NZ; dla każdego innego kraju lub bez kraju: język okna.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="129"/>
        <source>The case&apos;s own figure, for a case without charges. Once charges are recorded, the disputed total is the sum of the disputed charges&apos; figures (see each charge).</source>
        <translation>Kwota podana dla samej sprawy, gdy nie ma w niej obciążeń. Po zapisaniu obciążeń łączna kwota sporna jest sumą kwot spornych poszczególnych obciążeń (zob. każde obciążenie).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="136"/>
        <location filename="../../desktop_app/ui/case_form.py" line="138"/>
        <source>(not known)</source>
        <translation>(nieznane)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="137"/>
        <source>(not a card, or not known)</source>
        <translation>(nie karta lub nieznane)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="139"/>
        <source>In the US, credit and debit cards have different deadlines</source>
        <translation>W USA karty kredytowe i debetowe mają różne terminy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="141"/>
        <source>last 4 digits only</source>
        <translation>tylko 4 ostatnie cyfry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="144"/>
        <source>Business card or account</source>
        <translation>Karta lub rachunek firmowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="145"/>
        <source>A company&apos;s (corporate) card or account, not a consumer&apos;s</source>
        <translation>Karta lub rachunek firmy (korporacyjny), a nie konsumenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="147"/>
        <source>RUM, UMR: on the mandate or the statement</source>
        <translation>RUM, UMR: na mandacie lub wyciągu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="149"/>
        <source>ICS, CI: e.g. FR12ZZZ123456</source>
        <translation>ICS, CI: np. FR12ZZZ123456</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="161"/>
        <source>What happened, in your own words</source>
        <translation>Co się stało, własnymi słowami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="167"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="168"/>
        <source>&amp;Merchant:</source>
        <translation>&amp;Sprzedawca:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="169"/>
        <source>Merchant&apos;s e-mail:</source>
        <translation>E-mail sprzedawcy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="170"/>
        <source>Merchant&apos;s phone:</source>
        <translation>Telefon sprzedawcy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="171"/>
        <source>Merchant&apos;s website:</source>
        <translation>Strona internetowa sprzedawcy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="172"/>
        <source>Merchant&apos;s address:</source>
        <translation>Adres sprzedawcy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="173"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="174"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="175"/>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="176"/>
        <source>Cou&amp;ntry:</source>
        <translation>K&amp;raj:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="177"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="180"/>
        <source>&amp;Amount disputed:</source>
        <translation>&amp;Kwota sporna:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="184"/>
        <source>Already re&amp;funded:</source>
        <translation>Już &amp;zwrócono:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="187"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="188"/>
        <source>&amp;Paid by:</source>
        <translation>Metoda płat&amp;ności:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="189"/>
        <source>Card net&amp;work:</source>
        <translation>Or&amp;ganizacja kartowa:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="190"/>
        <source>Cred&amp;it or debit:</source>
        <translation>Kredytowa czy &amp;debetowa:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="194"/>
        <source>Card&apos;s &amp;last 4 digits:</source>
        <translation>&amp;Ostatnie 4 cyfry karty:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="196"/>
        <source>Mandate reference:</source>
        <translation>Identyfikator mandatu:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="197"/>
        <source>Creditor identifier:</source>
        <translation>Identyfikator wierzyciela:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="205"/>
        <source>&amp;Story:</source>
        <translation>&amp;Historia:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="225"/>
        <source>Th&amp;e case</source>
        <translation>Spr&amp;awa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="226"/>
        <source>Cust&amp;omer</source>
        <translation>K&amp;lient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="227"/>
        <source>&amp;Dates</source>
        <translation>Dat&amp;y</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="228"/>
        <source>After filing with the &amp;bank</source>
        <translation>Po złożeniu reklamacji w &amp;banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="239"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="239"/>
        <source>Create case</source>
        <translation>Utwórz sprawę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="312"/>
        <source>From the country (%1)</source>
        <translation>Według kraju (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="312"/>
        <source>The window&apos;s language (%1)</source>
        <translation>Język okna (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="385"/>
        <source>Only the last 4 digits are kept.</source>
        <translation>Zapisywane są tylko 4 ostatnie cyfry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="396"/>
        <source>Give the case a title.</source>
        <translation>Nadaj sprawie tytuł.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="398"/>
        <source>Name the merchant.</source>
        <translation>Podaj sprzedawcę.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="404"/>
        <source>Type the date “%1”, or untick it.</source>
        <translation>Wpisz datę „%1” albo ją odznacz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="409"/>
        <source>Amount disputed</source>
        <translation>Kwota sporna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="410"/>
        <source>Already refunded</source>
        <translation>Już zwrócono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="425"/>
        <source>“%1” is not a country: the country is a two-letter code, such as FR or PL.</source>
        <translation>„%1” nie jest krajem: kraj to dwuliterowy kod, np. FR lub PL.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="275"/>
        <source>Set a passphrase</source>
        <translation>Ustaw hasło</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="282"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nowe hasło:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="284"/>
        <source>The same &amp;again:</source>
        <translation>&amp;Powtórz hasło:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="286"/>
        <source>Sho&amp;w what I type</source>
        <translation>Pokaż wpisywane &amp;znaki</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="289"/>
        <source>A few unrelated words are strong and easy to type. Dossier cannot recover a forgotten passphrase: the recovery key is the only other way in.</source>
        <translation>Kilka niezwiązanych ze sobą słów to silne hasło, które łatwo wpisać. Dossier nie odzyska zapomnianego hasła: jedynym innym sposobem dostępu jest klucz odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="300"/>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Ustaw hasło</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="327"/>
        <source>Type a passphrase.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="329"/>
        <source>The two passphrases differ.</source>
        <translation>Wpisane hasła się różnią.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="357"/>
        <source>Protecting your dossier…</source>
        <translation>Zabezpieczanie magazynu Dossier…</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../desktop_app/ui/outputs.py" line="63"/>
        <source>These files already exist:
%1

Replace them?</source>
        <translation>Te pliki już istnieją:
%1

Zastąpić je?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outputs.py" line="65"/>
        <source>%1 already exists.

Replace it?</source>
        <translation>%1 już istnieje.

Zastąpić?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outputs.py" line="87"/>
        <source>Nothing was written. Choose another name or folder.</source>
        <translation>Niczego nie zapisano. Wybierz inną nazwę lub folder.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="85"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="86"/>
        <source>Customer&apos;s contacts</source>
        <translation>Dane kontaktowe klienta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="87"/>
        <source>Tax number</source>
        <translation>Numer podatkowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="88"/>
        <source>Cardholder</source>
        <translation>Użytkownik karty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="89"/>
        <source>Merchant</source>
        <translation>Sprzedawca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="90"/>
        <source>Merchant&apos;s contacts</source>
        <translation>Dane kontaktowe sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="91"/>
        <source>Merchant&apos;s address</source>
        <translation>Adres sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="92"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="94"/>
        <source>Escalation stage</source>
        <translation>Etap eskalacji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="95"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="96"/>
        <source>Language of letters and packs</source>
        <translation>Język pism i pakietów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="97"/>
        <source>Paid with</source>
        <translation>Metoda płatności</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="98"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="99"/>
        <source>Amount disputed</source>
        <translation>Kwota sporna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="100"/>
        <source>Already refunded</source>
        <translation>Już zwrócono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="102"/>
        <source>Case opened</source>
        <translation>Otwarcie sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="103"/>
        <source>Last change</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="111"/>
        <source>After filing with the bank</source>
        <translation>Po złożeniu reklamacji w banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="115"/>
        <source>Issuer</source>
        <translation>Wydawca karty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="116"/>
        <source>Claim</source>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="117"/>
        <source>Provisional credit</source>
        <translation>Warunkowe uznanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="118"/>
        <source>Merchant&apos;s response</source>
        <translation>Odpowiedź sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="119"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="120"/>
        <source>Re-debited</source>
        <translation>Ponowne obciążenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="140"/>
        <source>The story</source>
        <translation>Historia sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="149"/>
        <source>Deadlines</source>
        <translation>Terminy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="204"/>
        <location filename="../../desktop_app/ui/overview_page.py" line="231"/>
        <source>%1 (your choice)</source>
        <translation>%1 (Twój wybór)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="233"/>
        <source>%1 (from the facts)</source>
        <translation>%1 (według faktów)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="206"/>
        <source>%1 (from the country)</source>
        <translation>%1 (według kraju)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="208"/>
        <source>%1 (the window&apos;s language)</source>
        <translation>%1 (język okna)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="252"/>
        <source>business card or account</source>
        <translation>karta lub rachunek firmowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="255"/>
        <source>reference %1</source>
        <translation>identyfikator %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="258"/>
        <source>creditor %1</source>
        <translation>wierzyciel %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="277"/>
        <source>No story yet: Edit case details (F2) to write it.</source>
        <translation>Brak historii sprawy: opisz ją w oknie „Edytuj szczegóły sprawy” (F2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="279"/>
        <source>What the bank will expect (%1 of %2)</source>
        <translation>Czego oczekuje bank (%1 z %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="288"/>
        <source>Where it stands: %1</source>
        <translation>Etap: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="293"/>
        <source>Next: %1</source>
        <translation>Następny krok: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="295"/>
        <source>Everything the bank usually asks for is here.</source>
        <translation>Jest wszystko, czego bank zwykle wymaga.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="352"/>
        <source>Next:</source>
        <translation>Następny krok:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="358"/>
        <source>Have ready:</source>
        <translation>Przygotuj:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="361"/>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="362"/>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="363"/>
        <source>next</source>
        <translation>następnie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="364"/>
        <source>later</source>
        <translation>później</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="376"/>
        <source>not open to you</source>
        <translation>niedostępne dla Ciebie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="389"/>
        <source>filed on %1</source>
        <translation>złożono %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="390"/>
        <source>on %1</source>
        <translation>dnia %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="399"/>
        <source>number %1</source>
        <translation>numer %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="414"/>
        <source>The disputed charges (%1)</source>
        <translation>Sporne obciążenia (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="416"/>
        <source>The disputed amount</source>
        <translation>Kwota sporna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="421"/>
        <source>Charge</source>
        <translation>Obciążenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="422"/>
        <source>Charged</source>
        <translation>Pobrano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="423"/>
        <source>Agreed</source>
        <translation>Uzgodniono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="424"/>
        <source>Disputed</source>
        <translation>Kwota sporna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="433"/>
        <source>charged minus agreed</source>
        <translation>obciążenie minus kwota uzgodniona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="443"/>
        <source>Total disputed</source>
        <translation>Łączna kwota sporna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="445"/>
        <source>Disputed (the case&apos;s own figure)</source>
        <translation>Kwota sporna (podana dla sprawy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="450"/>
        <source>No amount given yet.</source>
        <translation>Nie podano jeszcze kwoty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="473"/>
        <source>for the %1</source>
        <translation>dotyczy: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="479"/>
        <source>No deadline from the rules yet.</source>
        <translation>Przepisy nie wyznaczają jeszcze żadnego terminu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/overview_page.py" line="482"/>
        <source>and %n more in Deadlines</source>
        <translation>
            <numerusform>i jeszcze %n na karcie Terminy</numerusform>
            <numerusform>i jeszcze %n na karcie Terminy</numerusform>
            <numerusform>i jeszcze %n na karcie Terminy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="494"/>
        <source>charge of %1, %2</source>
        <translation>obciążenie z dnia %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="513"/>
        <source>Act by %1, the working day before.</source>
        <translation>Zdąż do %1, czyli w poprzedzającym dniu roboczym.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="532"/>
        <source>Also open to you, with no date of its own:</source>
        <translation>Możesz też skorzystać z poniższych, bez własnego terminu:</translation>
    </message>
</context>
<context>
    <name>PacksController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="47"/>
        <source>Export evidence &amp;pack…</source>
        <translation>Eksportuj &amp;pakiet dowodów…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="50"/>
        <source>Write the PDF pack to send to the bank or card issuer</source>
        <translation>Zapisz pakiet PDF do wysłania do banku lub wydawcy karty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="54"/>
        <source>&amp;Write a letter…</source>
        <translation>P&amp;rzygotuj pismo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="57"/>
        <source>A dispute, complaint or invoice letter from the case&apos;s facts</source>
        <translation>Pismo reklamacyjne, skarga lub prośba o fakturę na podstawie faktów sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="123"/>
        <source>Nothing was written: the pack would show a full card number.</source>
        <translation>Niczego nie zapisano: pakiet pokazywałby pełny numer karty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="148"/>
        <source>Preparing the evidence pack…</source>
        <translation>Przygotowywanie pakietu dowodów…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="165"/>
        <source>Evidence pack written: %1</source>
        <translation>Zapisano pakiet dowodów: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="167"/>
        <source>Evidence pack</source>
        <translation>Pakiet dowodów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="177"/>
        <source>The evidence pack was cancelled; nothing was written.</source>
        <translation>Anulowano pakiet dowodów; niczego nie zapisano.</translation>
    </message>
</context>
<context>
    <name>RecordsController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="58"/>
        <source>&amp;Log a call, chat or e-mail…</source>
        <translation>&amp;Zapisz rozmowę, czat lub e-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="61"/>
        <source>Add a &amp;charge or refund…</source>
        <translation>Dodaj &amp;obciążenie lub zwrot…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="64"/>
        <source>Add a &amp;deadline or task…</source>
        <translation>Dodaj &amp;termin lub zadanie…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="67"/>
        <source>Mark the task d&amp;one or not done</source>
        <translation>Oznacz zadanie jako &amp;wykonane lub niewykonane</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="71"/>
        <source>Move to the &amp;trash</source>
        <translation>Prze&amp;nieś do kosza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="75"/>
        <source>Move the selected exhibit, charge, contact or task to the trash (Ctrl+Z brings it back)</source>
        <translation>Przenieś zaznaczony załącznik, obciążenie, kontakt lub zadanie do kosza (Ctrl+Z przywraca)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="98"/>
        <source>%1 of %2</source>
        <translation>%1 z dnia %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="105"/>
        <source>%1 of %2 on %3</source>
        <translation>%1 na kwotę %2 z dnia %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="159"/>
        <source>Logged: %1. A task reminds you of the promise on %2.</source>
        <translation>Zapisano: %1. Zadanie przypomni o obietnicy dnia %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="164"/>
        <source>Logged: %1.</source>
        <translation>Zapisano: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="197"/>
        <source>Added: %1.</source>
        <translation>Dodano: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="229"/>
        <source>Added to the deadlines and tasks: %1.</source>
        <translation>Dodano do terminów i zadań: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="237"/>
        <source>Select a task in “Deadlines” first.</source>
        <translation>Najpierw zaznacz zadanie na karcie „Terminy”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="243"/>
        <source>Mark “%1” done</source>
        <translation>Oznacz „%1” jako wykonane</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="243"/>
        <source>Mark “%1” not done</source>
        <translation>Oznacz „%1” jako niewykonane</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="248"/>
        <source>Done: %1.</source>
        <translation>Wykonano: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="248"/>
        <source>Not done yet: %1.</source>
        <translation>Jeszcze niewykonane: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="265"/>
        <source>Edit “%1”</source>
        <translation>Edytuj „%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="266"/>
        <source>Saved: %1.</source>
        <translation>Zapisano: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="275"/>
        <source>Select an exhibit, charge, contact or task first.</source>
        <translation>Najpierw zaznacz załącznik, obciążenie, kontakt lub zadanie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="290"/>
        <source>Move “%1” to the trash</source>
        <translation>Przenieś „%1” do kosza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="296"/>
        <source>Moved to the trash: %1, with the task of its promise.</source>
        <translation>Przeniesiono do kosza: %1, razem z zadaniem dotyczącym obietnicy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="298"/>
        <source>Moved to the trash: %1.</source>
        <translation>Przeniesiono do kosza: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="301"/>
        <source>%1 %2 to undo.</source>
        <translation>%1 %2 cofa zmianę.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="419"/>
        <source>Your recovery key</source>
        <translation>Twój klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="424"/>
        <source>Write down your recovery key</source>
        <translation>Zapisz swój klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="431"/>
        <source>This key opens your dossier if the system keyring or your passphrase is lost: a new computer, a reinstalled system, a forgotten passphrase. Dossier shows it only now. Write it down, print it or save it, and keep it apart from this computer.</source>
        <translation>Ten klucz otworzy magazyn Dossier, jeśli stracisz dostęp do systemowego pęku kluczy lub hasła: na nowym komputerze, po ponownej instalacji systemu, gdy zapomnisz hasła. Dossier pokazuje go tylko teraz. Zapisz go, wydrukuj lub zachowaj w pliku i przechowuj z dala od tego komputera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="446"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="453"/>
        <source>Your dossier is protected by your passphrase only: %1.</source>
        <translation>Magazyn Dossier jest chroniony tylko Twoim hasłem: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="458"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="460"/>
        <source>&amp;Save to file…</source>
        <translation>&amp;Zapisz do pliku…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="467"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="473"/>
        <source>I have &amp;written it down or saved it</source>
        <translation>&amp;Mam go zapisany lub zachowany</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="476"/>
        <source>C&amp;lose</source>
        <translation>Zamk&amp;nij</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="506"/>
        <source>Copied. Paste it where you keep such things; copy something else afterwards.</source>
        <translation>Skopiowano. Wklej go tam, gdzie przechowujesz takie rzeczy, a potem skopiuj coś innego.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="516"/>
        <source>Save the recovery key</source>
        <translation>Zapisz klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="518"/>
        <source>Text files (*.txt)</source>
        <translation>Pliki tekstowe (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="534"/>
        <source>Saved to %1. Keep that file away from this computer: on a USB stick, or printed.</source>
        <translation>Zapisano w %1. Przechowuj ten plik z dala od tego komputera: na pendrivie albo wydrukowany.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="544"/>
        <source>%1 recovery key</source>
        <translation>Klucz odzyskiwania %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="546"/>
        <source>Print the recovery key</source>
        <translation>Drukuj klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="553"/>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
</context>
<context>
    <name>RedactionBar</name>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="319"/>
        <source>Drag over the picture to hide a part of it in the pack.</source>
        <translation>Przeciągnij po obrazie, aby ukryć jego fragment w pakiecie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="323"/>
        <source>Remove box</source>
        <translation>Usuń ramkę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="324"/>
        <source>Remove the selected box (Delete)</source>
        <translation>Usuń zaznaczoną ramkę (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="325"/>
        <source>Save redaction</source>
        <translation>Zapisz zakrycia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="327"/>
        <source>Keep these boxes as the exhibit&apos;s redaction: the pack hides what is under them (Ctrl+S)</source>
        <translation>Zachowaj te ramki jako zakrycia załącznika: pakiet ukryje to, co jest pod nimi (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="329"/>
        <source>Discard changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/redaction.py" line="346"/>
        <source>%n box(es), not saved</source>
        <translation>
            <numerusform>%n ramka, niezapisana</numerusform>
            <numerusform>%n ramki, niezapisane</numerusform>
            <numerusform>%n ramek, niezapisanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/redaction.py" line="348"/>
        <source>%n box(es) saved</source>
        <translation>
            <numerusform>%n ramka zapisana</numerusform>
            <numerusform>%n ramki zapisane</numerusform>
            <numerusform>%n ramek zapisanych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionCanvas</name>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="72"/>
        <source>Drag to draw a box over what the bank must not see; click a box, then Delete removes it</source>
        <translation>Przeciągnij, aby narysować ramkę nad tym, czego bank nie może zobaczyć; kliknij ramkę, a klawisz Delete ją usunie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="77"/>
        <source>Page %1: drag to draw a box to hide in the pack</source>
        <translation>Strona %1: przeciągnij, aby narysować ramkę zakrywającą w pakiecie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="254"/>
        <source>Remove this box</source>
        <translation>Usuń tę ramkę</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <location filename="../../desktop_app/ui/reminder.py" line="18"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ukryj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminder.py" line="34"/>
        <source>Needs you now:</source>
        <translation>Wymaga Twojej uwagi:</translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="38"/>
        <source>Add deadlines to cale&amp;ndar…</source>
        <translation>Dodaj terminy do &amp;kalendarza…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="41"/>
        <source>Write the case&apos;s open deadlines to an iCalendar (.ics) file, with a reminder before each</source>
        <translation>Zapisz otwarte terminy sprawy w pliku iCalendar (.ics), z przypomnieniem przed każdym z nich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="75"/>
        <source>Dossier: deadlines</source>
        <translation>Dossier: terminy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="110"/>
        <source>Dossier: the store is damaged</source>
        <translation>Dossier: magazyn jest uszkodzony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="134"/>
        <source>Wait for the work in progress to end, then add to the calendar again.</source>
        <translation>Poczekaj na zakończenie bieżącej operacji i ponownie dodaj terminy do kalendarza.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="141"/>
        <source>Add to calendar</source>
        <translation>Dodaj do kalendarza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="143"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Pliki iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="152"/>
        <source>The calendar was not written: %1</source>
        <translation>Nie zapisano kalendarza: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="155"/>
        <source>Wrote %n deadline(s) to %1: open it with your calendar to add them.</source>
        <translation>
            <numerusform>Zapisano %n termin w pliku %1: otwórz go w kalendarzu, aby dodać termin.</numerusform>
            <numerusform>Zapisano %n terminy w pliku %1: otwórz go w kalendarzu, aby je dodać.</numerusform>
            <numerusform>Zapisano %n terminów w pliku %1: otwórz go w kalendarzu, aby je dodać.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="55"/>
        <source>Search all cases</source>
        <translation>Szukaj we wszystkich sprawach</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="59"/>
        <source>Words to find: “lodz” finds “Łódź”, “resume” finds “résumé”</source>
        <translation>Szukane słowa: „lodz” znajdzie „Łódź”, „zolw” znajdzie „żółw”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="63"/>
        <source>Found</source>
        <translation>Znaleziono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="63"/>
        <source>Matching words</source>
        <translation>Pasujące słowa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search.py" line="113"/>
        <source>%n item(s) in %1</source>
        <translation>
            <numerusform>%n element w %1</numerusform>
            <numerusform>%n elementy w %1</numerusform>
            <numerusform>%n elementów w %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search.py" line="114"/>
        <source>%n case(s)</source>
        <comment>3 items in 2 cases</comment>
        <translation>
            <numerusform>%n sprawie</numerusform>
            <numerusform>%n sprawach</numerusform>
            <numerusform>%n sprawach</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="117"/>
        <source>Nothing holds these words.</source>
        <translation>Nic nie zawiera tych słów.</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="207"/>
        <source>Security</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="222"/>
        <source>Store:</source>
        <translation>Magazyn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="223"/>
        <source>Encryption:</source>
        <translation>Szyfrowanie:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="224"/>
        <source>System keyring:</source>
        <translation>Systemowy pęk kluczy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="225"/>
        <source>Passphrase:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="226"/>
        <source>Opened this time:</source>
        <translation>Tym razem otwarty:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="227"/>
        <source>How this store is protected</source>
        <translation>Jak jest chroniony ten magazyn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="230"/>
        <source>&amp;Encrypt this store…</source>
        <translation>&amp;Zaszyfruj ten magazyn…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="231"/>
        <source>&amp;Decrypt this store…</source>
        <translation>&amp;Odszyfruj ten magazyn…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="232"/>
        <source>Set or change the &amp;passphrase…</source>
        <translation>Ustaw lub zmień &amp;hasło…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="233"/>
        <source>&amp;Remove the passphrase…</source>
        <translation>&amp;Usuń hasło…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="234"/>
        <source>Make a new recovery &amp;key…</source>
        <translation>Utwórz nowy &amp;klucz odzyskiwania…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="235"/>
        <source>&amp;Back up now…</source>
        <translation>Utwórz ko&amp;pię zapasową teraz…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="249"/>
        <source>Change it</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="254"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="255"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="257"/>
        <source>Lock after this many minutes without use</source>
        <translation>Blokuj po tylu minutach bezczynności</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="259"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Blokuj po</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="264"/>
        <source>without use</source>
        <translation>bezczynności</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="272"/>
        <source>Locking</source>
        <translation>Blokowanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="315"/>
        <source>Reading how the store is protected…</source>
        <translation>Sprawdzanie zabezpieczeń magazynu…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="317"/>
        <source>Reading the store&apos;s protection</source>
        <translation>Sprawdzanie zabezpieczeń magazynu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="327"/>
        <source>Encrypted: the database and every evidence file.</source>
        <translation>Włączone: baza danych i wszystkie pliki dowodów są zaszyfrowane.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="329"/>
        <source>Holds the key: Dossier opens without asking.</source>
        <translation>Przechowuje klucz: Dossier otwiera się bez pytania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="331"/>
        <source>Does not hold the key: Dossier asks for the passphrase or recovery key.</source>
        <translation>Nie przechowuje klucza: Dossier prosi o hasło lub klucz odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="333"/>
        <source>Set</source>
        <translation>Ustawione</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="333"/>
        <location filename="../../desktop_app/ui/security.py" line="339"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="336"/>
        <source>Not encrypted: anyone who can read the folder can read it.</source>
        <translation>Wyłączone: każdy, kto ma dostęp do folderu, może odczytać dane.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="338"/>
        <source>Not used</source>
        <translation>Nieużywany</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="342"/>
        <source>Without a key: it is not encrypted.</source>
        <translation>Bez klucza: magazyn nie jest zaszyfrowany.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="343"/>
        <source>With the key in the system keyring.</source>
        <translation>Kluczem z systemowego pęku kluczy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="344"/>
        <source>With the passphrase.</source>
        <translation>Hasłem.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="345"/>
        <source>With the recovery key.</source>
        <translation>Kluczem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="346"/>
        <source>It was just made.</source>
        <translation>Został właśnie utworzony.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="350"/>
        <source>Only an encrypted store is locked: encrypt it first.</source>
        <translation>Blokować można tylko zaszyfrowany magazyn: najpierw go zaszyfruj.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="371"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Zmień &amp;hasło…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="373"/>
        <source>Set a &amp;passphrase…</source>
        <translation>Ustaw &amp;hasło…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="392"/>
        <source>Encrypt this store</source>
        <translation>Zaszyfruj ten magazyn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="394"/>
        <source>Encrypt the database and every evidence file of this store? Dossier rewrites each file; an interruption leaves the store as it was. You will be shown a recovery key to keep.</source>
        <translation>Zaszyfrować bazę danych i wszystkie pliki dowodów tego magazynu? Dossier zapisze każdy plik od nowa; przerwanie pozostawi magazyn w dotychczasowym stanie. Zobaczysz klucz odzyskiwania, który trzeba zachować.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="409"/>
        <source>Decrypt this store</source>
        <translation>Odszyfruj ten magazyn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="411"/>
        <source>Decrypt this store? The database and every evidence file will be written in plaintext: anyone who can read the folder %1, or a copy of it, can then read every case. The passphrase and the recovery key will no longer be needed, nor work.</source>
        <translation>Odszyfrować ten magazyn? Baza danych i wszystkie pliki dowodów zostaną zapisane jawnym tekstem: każdy, kto ma dostęp do folderu %1 lub jego kopii, odczyta wtedy każdą sprawę. Hasło i klucz odzyskiwania nie będą już potrzebne ani nie będą działać.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="426"/>
        <source>The passphrase opens this store where the system keyring does not give its key. The recovery key keeps working.</source>
        <translation>Hasło otwiera ten magazyn tam, gdzie systemowy pęk kluczy nie udostępnia klucza. Klucz odzyskiwania nadal działa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="429"/>
        <source>Set a passphrase</source>
        <translation>Ustaw hasło</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="440"/>
        <source>Remove the passphrase</source>
        <translation>Usuń hasło</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="442"/>
        <source>Remove the passphrase? The store then opens with the key in the system keyring, or with the recovery key.</source>
        <translation>Usunąć hasło? Magazyn będzie się wtedy otwierał kluczem z systemowego pęku kluczy albo kluczem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="460"/>
        <source>Make a new recovery key</source>
        <translation>Utwórz nowy klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="462"/>
        <source>Make a new recovery key? The one you kept stops opening this store at once. Backups made before today still open with the old key, not the new one: keep the old key as long as you keep those backups.</source>
        <translation>Utworzyć nowy klucz odzyskiwania? Dotychczasowy klucz od razu przestanie otwierać ten magazyn. Kopie zapasowe utworzone przed dzisiejszym dniem nadal otwierają się starym kluczem, a nie nowym: zachowaj stary klucz tak długo, jak te kopie.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="141"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="145"/>
        <source>Tab and Shift+Tab move between the parts of the window. In a menu or a form, Alt and the underlined letter choose.</source>
        <translation>Tab i Shift+Tab przechodzą między częściami okna. W menu lub formularzu Alt i podkreślona litera wybierają pozycję.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="151"/>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="151"/>
        <source>What it does</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="151"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
</context>
<context>
    <name>StoreController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="104"/>
        <source>&amp;Lock</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="108"/>
        <source>Hide every case and close the database until the passphrase or the keyring opens it again</source>
        <translation>Ukryj wszystkie sprawy i zamknij bazę danych, dopóki hasło lub pęk kluczy ponownie jej nie otworzy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="114"/>
        <source>Securit&amp;y…</source>
        <translation>&amp;Bezpieczeństwo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="116"/>
        <source>Encryption, passphrase, recovery key, locking and backups of this store</source>
        <translation>Szyfrowanie, hasło, klucz odzyskiwania, blokowanie i kopie zapasowe tego magazynu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="120"/>
        <source>Back &amp;up…</source>
        <translation>Utwórz &amp;kopię zapasową…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="122"/>
        <source>Write one encrypted file holding every case and every file</source>
        <translation>Zapisz jeden zaszyfrowany plik ze wszystkimi sprawami i plikami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="126"/>
        <source>&amp;Restore from backup…</source>
        <translation>P&amp;rzywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="128"/>
        <source>Restore a backup into a new or empty folder</source>
        <translation>Przywróć kopię zapasową do nowego lub pustego folderu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="132"/>
        <source>Export case &amp;bundle (unencrypted)…</source>
        <translation>Eksportuj &amp;archiwum sprawy (bez szyfrowania)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="134"/>
        <source>A zip of the case file and its original files, for a lawyer: NOT encrypted</source>
        <translation>Plik zip z plikiem sprawy i jej oryginalnymi plikami, np. dla prawnika: BEZ szyfrowania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="199"/>
        <location filename="../../desktop_app/ui/controllers/store.py" line="515"/>
        <source>Wait for the work under way to end, or cancel it, first.</source>
        <translation>Najpierw poczekaj na zakończenie bieżącej operacji albo ją anuluj.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="204"/>
        <source>Encrypting every file…</source>
        <translation>Szyfrowanie wszystkich plików…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="204"/>
        <source>Decrypting every file…</source>
        <translation>Odszyfrowywanie wszystkich plików…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="214"/>
        <source>No system keyring works here to keep the store&apos;s key: a passphrase of yours protects it instead. You will type it each time Dossier starts.

(Why: %1.)</source>
        <translation>Nie działa tu żaden systemowy pęk kluczy, w którym można by przechowywać klucz magazynu: zamiast tego chroni go Twoje hasło. Będziesz je wpisywać przy każdym uruchomieniu Dossier.

(Powód: %1.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="217"/>
        <source>Protect this store</source>
        <translation>Zabezpiecz ten magazyn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="218"/>
        <source>&amp;Protect and encrypt</source>
        <translation>&amp;Zabezpiecz i zaszyfruj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="224"/>
        <source>Nothing was changed.</source>
        <translation>Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="229"/>
        <source>The store is encrypted.</source>
        <translation>Magazyn jest zaszyfrowany.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="231"/>
        <source>The store is decrypted: its files are now in plaintext.</source>
        <translation>Magazyn jest odszyfrowany: jego pliki są teraz zapisane jawnym tekstem.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="252"/>
        <source>The passphrase was set.</source>
        <translation>Ustawiono hasło.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="254"/>
        <source>The passphrase was removed.</source>
        <translation>Usunięto hasło.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="260"/>
        <source>Protecting the key…</source>
        <translation>Zabezpieczanie klucza…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="275"/>
        <source>Dossier backup %1.dossier-backup</source>
        <translation>Kopia zapasowa Dossier %1.dossier-backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="290"/>
        <source>Checking the store and writing the backup…</source>
        <translation>Sprawdzanie magazynu i zapisywanie kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="295"/>
        <source>It opens with its passphrase.</source>
        <translation>Otwiera się własnym hasłem.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="297"/>
        <source>It opens with this store&apos;s recovery key or passphrase (or the backup&apos;s own).</source>
        <translation>Otwiera się kluczem odzyskiwania lub hasłem tego magazynu (albo własnym hasłem kopii).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="301"/>
        <source>Wrote %1 (%2 MB): %3 and %4, checked before it was written.</source>
        <translation>Zapisano %1 (%2 MB): %3 i %4, sprawdzone przed zapisem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="302"/>
        <source>%n case(s)</source>
        <comment>Wrote the backup (12 MB): 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n sprawa</numerusform>
            <numerusform>%n sprawy</numerusform>
            <numerusform>%n spraw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="303"/>
        <source>%n file(s)</source>
        <comment>Wrote the backup (12 MB): 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="308"/>
        <source>Back up</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="317"/>
        <location filename="../../desktop_app/ui/controllers/store.py" line="378"/>
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="319"/>
        <source>Dossier backups (*.dossier-backup);;All files (*)</source>
        <translation>Kopie zapasowe Dossier (*.dossier-backup);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="324"/>
        <source>Choose an empty folder for the restored store</source>
        <translation>Wybierz pusty folder na przywrócony magazyn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="333"/>
        <source>%1 is not empty: choose a new or empty folder. Nothing was changed.</source>
        <translation>Folder %1 nie jest pusty: wybierz nowy lub pusty folder. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="342"/>
        <source>Checking the backup and restoring every file…</source>
        <translation>Sprawdzanie kopii zapasowej i przywracanie wszystkich plików…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="349"/>
        <source>The backup %1 is encrypted.</source>
        <translation>Kopia zapasowa %1 jest zaszyfrowana.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="353"/>
        <source>Open the backup</source>
        <translation>Otwórz kopię zapasową</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="362"/>
        <source>Nothing was restored.</source>
        <translation>Niczego nie przywrócono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="370"/>
        <source>Restored %1 and %2 into %3. Every file&apos;s SHA-256 and the database were checked.

To open it: dossier gui --data-dir &quot;%3&quot;</source>
        <translation>Przywrócono %1 i %2 do %3. Sprawdzono sumy SHA-256 wszystkich plików oraz bazę danych.

Aby otworzyć magazyn: dossier gui --data-dir &quot;%3&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="373"/>
        <source>%n case(s)</source>
        <comment>Restored 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n sprawę</numerusform>
            <numerusform>%n sprawy</numerusform>
            <numerusform>%n spraw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="374"/>
        <source>%n file(s)</source>
        <comment>Restored 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="380"/>
        <source>&amp;Open it now</source>
        <translation>&amp;Otwórz teraz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="390"/>
        <source>Export case bundle (unencrypted)</source>
        <translation>Eksportuj archiwum sprawy (bez szyfrowania)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="394"/>
        <source>Write the bundle?</source>
        <translation>Zapisać archiwum?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="407"/>
        <source>Zip files (*.zip)</source>
        <translation>Pliki zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="417"/>
        <source>Wrote %1, NOT encrypted: delete it once it is no longer needed.</source>
        <translation>Zapisano %1 BEZ szyfrowania: usuń plik, gdy przestanie być potrzebny.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="424"/>
        <source>Writing the case bundle…</source>
        <translation>Zapisywanie archiwum sprawy…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="441"/>
        <source>Encrypted</source>
        <translation>Zaszyfrowany</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="441"/>
        <source>Not encrypted</source>
        <translation>Niezaszyfrowany</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="443"/>
        <source>The database and every evidence file are encrypted on disk</source>
        <translation>Baza danych i wszystkie pliki dowodów są zaszyfrowane na dysku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="445"/>
        <source>Anyone who can read the store&apos;s folder can read its cases: File &gt; Security…</source>
        <translation>Każdy, kto ma dostęp do folderu magazynu, może odczytać sprawy: Plik &gt; Bezpieczeństwo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="449"/>
        <source>Lock (Ctrl+Shift+L)</source>
        <translation>Zablokuj (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="451"/>
        <source>Only an encrypted store can be locked: File &gt; Security… encrypts it</source>
        <translation>Zablokować można tylko zaszyfrowany magazyn: zaszyfruj go w menu Plik &gt; Bezpieczeństwo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="539"/>
        <source>Unlocked.</source>
        <translation>Odblokowano.</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="116"/>
        <source>Opening the store</source>
        <translation>Otwieranie magazynu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="126"/>
        <source>Opening your dossier…</source>
        <translation>Otwieranie magazynu Dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="185"/>
        <source>Dossier encrypts your cases on this computer. Its key is usually kept in the system keyring, but there is none that works here, so a passphrase of yours protects it. You will type it each time Dossier starts.

(Why: %1.)</source>
        <translation>Dossier szyfruje Twoje sprawy na tym komputerze. Klucz jest zwykle przechowywany w systemowym pęku kluczy, ale tutaj żaden nie działa, więc chroni go Twoje hasło. Będziesz je wpisywać przy każdym uruchomieniu Dossier.

(Powód: %1.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="189"/>
        <source>Protect your new dossier</source>
        <translation>Zabezpiecz nowy magazyn Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="190"/>
        <source>&amp;Protect and create</source>
        <translation>&amp;Zabezpiecz i utwórz</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="347"/>
        <source>Edit the task</source>
        <translation>Edytuj zadanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="347"/>
        <source>Add a deadline or task</source>
        <translation>Dodaj termin lub zadanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="350"/>
        <source>e.g. Last day to dispute the charge with the bank</source>
        <translation>np. Ostatni dzień na reklamację transakcji w banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="351"/>
        <source>&amp;Due on</source>
        <translation>&amp;Do dnia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="354"/>
        <source>Due on</source>
        <translation>Do dnia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="361"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="362"/>
        <source>&amp;What:</source>
        <translation>&amp;Co:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="365"/>
        <source>e.g. 2, 4, 21, 29 (a dunning schedule)</source>
        <translation>np. 2, 4, 21, 29 (harmonogram monitów)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="368"/>
        <source>Also on these days after the date above: one deadline each, such as a merchant&apos;s reminders</source>
        <translation>Także w tych dniach po powyższej dacie: po jednym terminie na każdy, np. monity sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="372"/>
        <source>Also &amp;after (days):</source>
        <translation>Także &amp;po (dniach):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="373"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="374"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="374"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="410"/>
        <source>Say what is to be done.</source>
        <translation>Napisz, co jest do zrobienia.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="415"/>
        <source>Type the date it is due on, or untick “Due on”.</source>
        <translation>Wpisz datę terminu albo odznacz „Do dnia”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="418"/>
        <source>Give the days after as whole numbers, such as 2, 4, 21, 29.</source>
        <translation>Podaj dni jako liczby całkowite, np. 2, 4, 21, 29.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="420"/>
        <source>Days after need a date to count from.</source>
        <translation>Aby liczyć kolejne dni, potrzebna jest data początkowa.</translation>
    </message>
</context>
<context>
    <name>TimeZoneBox</name>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="260"/>
        <source>Choose a time zone from the list, such as Europe/Warsaw.</source>
        <translation>Wybierz strefę czasową z listy, np. Europe/Warsaw.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="208"/>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="210"/>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Usuń trwale…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="213"/>
        <source>The trash is empty.</source>
        <translation>Kosz jest pusty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="217"/>
        <source>&amp;Files no record names…</source>
        <translation>Pliki &amp;bez powiązań…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="219"/>
        <source>Vault files that no item names (left by an interrupted import): listed before removal</source>
        <translation>Pliki w magazynie plików, do których nie odwołuje się żaden element (pozostałość po przerwanym imporcie): przed usunięciem zostaną wyświetlone</translation>
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
        <translation>Przywrócono z kosza: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="269"/>
        <source>Delete for good</source>
        <translation>Usuń trwale</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="271"/>
        <source>Delete “%1” for good? Its file is removed from the vault unless another item names the same file. This cannot be undone.</source>
        <translation>Usunąć trwale „%1”? Jego plik zostanie usunięty z magazynu plików, chyba że odwołuje się do niego inny element. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="285"/>
        <source>Deleted for good: %1.</source>
        <translation>Usunięto trwale: %1.</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../desktop_app/ui/unexpected.py" line="42"/>
        <source>Something unexpected went wrong while doing “%1” (%2).</source>
        <translation>Wystąpił nieoczekiwany błąd podczas operacji „%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unexpected.py" line="46"/>
        <source>Something unexpected went wrong (%1).</source>
        <translation>Wystąpił nieoczekiwany błąd (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unexpected.py" line="51"/>
        <source>Nothing was lost: Dossier saves each change whole, so your cases and evidence are as they were after the last change it finished. You can go on working, or quit and start Dossier again.</source>
        <translation>Nic nie zostało utracone: Dossier zapisuje każdą zmianę w całości, więc sprawy i dowody są w takim stanie, jak po ostatniej ukończonej zmianie. Możesz pracować dalej albo zamknąć Dossier i uruchomić go ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unexpected.py" line="57"/>
        <source>The details are in Dossier&apos;s log: %1
Dossier never sends anything anywhere. The log holds no passphrase, key or case contents; you may share it when you ask for help.</source>
        <translation>Szczegóły są w dzienniku Dossier: %1
Dossier nigdzie niczego nie wysyła. Dziennik nie zawiera haseł, kluczy ani treści spraw; możesz go udostępnić, gdy prosisz o pomoc.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="144"/>
        <source>Unlock your dossier</source>
        <translation>Odblokuj magazyn Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="152"/>
        <source>Your passphrase, or the recovery key (ABCDEF-GHJKMN-…)</source>
        <translation>Twoje hasło lub klucz odzyskiwania (ABCDEF-GHJKMN-…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="154"/>
        <source>The recovery key (ABCDEF-GHJKMN-…)</source>
        <translation>Klucz odzyskiwania (ABCDEF-GHJKMN-…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="157"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Hasło lub klucz odzyskiwania:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="157"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Klucz odzyskiwania:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="160"/>
        <source>Sho&amp;w what I type</source>
        <translation>Pokaż wpisywane &amp;znaki</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="161"/>
        <source>Re&amp;member on this computer</source>
        <translation>Zapa&amp;miętaj na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="164"/>
        <source>Keep the key in the system keyring, so that Dossier opens without asking in your session on this computer</source>
        <translation>Przechowuj klucz w systemowym pęku kluczy, aby Dossier otwierał się bez pytania w Twojej sesji na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="173"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="232"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
</context>
<context>
    <name>UnusedFilesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="302"/>
        <source>Files no record names</source>
        <translation>Pliki bez powiązań</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="307"/>
        <source>&amp;Remove these files…</source>
        <translation>&amp;Usuń te pliki…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="330"/>
        <source>No item of any case, in the trash or not, names these files: an import or a deletion was interrupted before it finished. Nothing removes them until you do.</source>
        <translation>Żaden element żadnej sprawy, w koszu ani poza nim, nie odwołuje się do tych plików: import lub usuwanie zostało przerwane przed zakończeniem. Pozostaną na miejscu, dopóki ich nie usuniesz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="334"/>
        <source>Every file in the vault is named by an item: none is unused.</source>
        <translation>Do każdego pliku w magazynie plików odwołuje się jakiś element: żaden nie jest zbędny.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="348"/>
        <source>Remove files for good</source>
        <translation>Usuń pliki trwale</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evidence.py" line="350"/>
        <source>Remove these %n file(s) from the vault for good? No record names them. This cannot be undone.</source>
        <translation>
            <numerusform>Trwale usunąć ten %n plik z magazynu plików? Nie odwołuje się do niego żaden wpis. Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć te %n pliki z magazynu plików? Nie odwołuje się do nich żaden wpis. Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć tych %n plików z magazynu plików? Nie odwołuje się do nich żaden wpis. Tej operacji nie można cofnąć.</numerusform>
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
            <numerusform>Usunięto %n plik bez powiązań z magazynu plików.</numerusform>
            <numerusform>Usunięto %n pliki bez powiązań z magazynu plików.</numerusform>
            <numerusform>Usunięto %n plików bez powiązań z magazynu plików.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="84"/>
        <source>Welcome to Dossier</source>
        <translation>Witamy w Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="92"/>
        <source>Dossier keeps the whole record of a billing dispute in one place: the charges, the receipts and statements, every e-mail, call and chat with the merchant, and the deadlines that matter. When the merchant will not fix it, Dossier turns the record into an evidence pack your bank accepts.

Everything stays on this computer.</source>
        <translation>Dossier przechowuje w jednym miejscu całą dokumentację sporu o rozliczenie: obciążenia, paragony i wyciągi, każdy e-mail, rozmowę i czat ze sprzedawcą oraz ważne terminy. Gdy sprzedawca nie chce naprawić błędu, Dossier zamienia tę dokumentację w pakiet dowodów, który przyjmie Twój bank.

Wszystko pozostaje na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="101"/>
        <source>Open the &amp;sample case</source>
        <translation>Otwórz &amp;przykładową sprawę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="104"/>
        <source>A subscription billed after cancellation, with evidence, to look around</source>
        <translation>Subskrypcja naliczona po rezygnacji, z dowodami, do zapoznania się z programem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="106"/>
        <source>&amp;Import a case file…</source>
        <translation>&amp;Importuj plik sprawy…</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../desktop_app/ui/wording.py" line="16"/>
        <source>%1: %2</source>
        <comment>a label, then what it says</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wording.py" line="22"/>
        <source>%1:</source>
        <comment>a form&apos;s label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wording.py" line="27"/>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="195"/>
        <source>Charged on</source>
        <translation>Data obciążenia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="196"/>
        <source>Statement dated</source>
        <translation>Data wyciągu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="197"/>
        <source>Delivery expected</source>
        <translation>Oczekiwana dostawa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="198"/>
        <source>Cancelled on</source>
        <translation>Data rezygnacji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="199"/>
        <source>Returned on</source>
        <translation>Data zwrotu towaru</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="200"/>
        <source>Refund promised by</source>
        <translation>Obiecany termin zwrotu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="201"/>
        <source>Account debited</source>
        <translation>Obciążenie rachunku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="202"/>
        <source>Final response</source>
        <translation>Ostateczna odpowiedź</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="203"/>
        <source>Complaint to the bank</source>
        <translation>Reklamacja w banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="204"/>
        <source>Mandate revoked or contract ended</source>
        <translation>Odwołanie mandatu lub koniec umowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="205"/>
        <source>Complaint reached the merchant</source>
        <translation>Doręczenie reklamacji sprzedawcy</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="164"/>
        <source>What Dossier read, as it will be kept</source>
        <translation>Co odczytał Dossier, w postaci, w jakiej zostanie zapisane</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../desktop_app/ui/jobs.py" line="174"/>
        <source>Wait for the work under way to end, or cancel it, first.</source>
        <translation>Najpierw poczekaj na zakończenie bieżącej operacji albo ją anuluj.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs.py" line="180"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs.py" line="301"/>
        <source>Cancelled; nothing was changed or kept.</source>
        <translation>Anulowano; niczego nie zmieniono ani nie zachowano.</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="283"/>
        <source>Stopped: the messages imported before stay, each whole.</source>
        <translation>Przerwano: wcześniej zaimportowane wiadomości pozostają, każda w całości.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="335"/>
        <location filename="../../desktop_app/ui/models.py" line="466"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="336"/>
        <source>Merchant</source>
        <translation>Sprzedawca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="337"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="339"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="343"/>
        <location filename="../../desktop_app/ui/models.py" line="386"/>
        <source>Disputed</source>
        <translation>Kwota sporna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="349"/>
        <source>Next deadline</source>
        <translation>Najbliższy termin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="355"/>
        <location filename="../../desktop_app/ui/models.py" line="488"/>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="21"/>
        <source>(archived)</source>
        <translation>(zarchiwizowana)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="29"/>
        <source>%1 (late)</source>
        <translation>%1 (po terminie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="34"/>
        <source>No open deadline</source>
        <translation>Brak otwartych terminów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="36"/>
        <source>Late: %1 has passed and it is not done</source>
        <translation>Po terminie: termin upłynął %1, a zadanie nie zostało wykonane</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="39"/>
        <source>The earliest open deadline: %1</source>
        <translation>Najbliższy otwarty termin: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="48"/>
        <source>everything the bank usually asks for is here</source>
        <translation>jest wszystko, czego bank zwykle wymaga</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="52"/>
        <source>still missing:</source>
        <translation>nadal brakuje:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="369"/>
        <location filename="../../desktop_app/ui/models.py" line="492"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="370"/>
        <location filename="../../desktop_app/ui/models.py" line="467"/>
        <location filename="../../desktop_app/ui/models.py" line="533"/>
        <location filename="../../desktop_app/ui/models.py" line="568"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="372"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="378"/>
        <source>Agreed</source>
        <translation>Uzgodniona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="390"/>
        <source>Worked out: charged minus agreed</source>
        <translation>Wyliczona: obciążenie minus kwota uzgodniona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="395"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="396"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="397"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="398"/>
        <source>Customer no.</source>
        <translation>Nr klienta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="399"/>
        <source>PO</source>
        <translation>Nr PO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="400"/>
        <source>Statement descriptor</source>
        <translation>Opis na wyciągu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="401"/>
        <source>Authorisation / ARN</source>
        <translation>Autoryzacja / ARN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="403"/>
        <source>Expected delivery</source>
        <translation>Oczekiwana dostawa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="414"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="421"/>
        <location filename="../../desktop_app/ui/models.py" line="496"/>
        <location filename="../../desktop_app/ui/models.py" line="529"/>
        <location filename="../../desktop_app/ui/models.py" line="565"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="425"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="427"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="429"/>
        <source>from them</source>
        <translation>od nich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="431"/>
        <source>from me</source>
        <translation>ode mnie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="434"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="435"/>
        <source>Representative</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="436"/>
        <source>Reference</source>
        <translation>Nr referencyjny</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="437"/>
        <source>Promised</source>
        <translation>Obiecano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="438"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="439"/>
        <source>Counterpart</source>
        <translation>Druga strona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="440"/>
        <source>Their answer</source>
        <translation>Ich odpowiedź</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="458"/>
        <source>(by %1)</source>
        <translation>(do %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="468"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="469"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="471"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="477"/>
        <source>Imported (UTC)</source>
        <translation>Zaimportowano (UTC)</translation>
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
        <translation>Obciążenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="487"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="489"/>
        <source>Promise</source>
        <translation>Obietnica</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="490"/>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="491"/>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="493"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="497"/>
        <location filename="../../desktop_app/ui/models.py" line="535"/>
        <location filename="../../desktop_app/ui/models.py" line="569"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="498"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="525"/>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="525"/>
        <source>From this day</source>
        <translation>Od tego dnia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="527"/>
        <location filename="../../desktop_app/ui/models.py" line="560"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="549"/>
        <source>Counted from</source>
        <translation>Podstawa liczenia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="552"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="567"/>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="379"/>
        <source>Evidence in the trash</source>
        <translation>Dowody w koszu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="391"/>
        <source>Cases in the trash</source>
        <translation>Sprawy w koszu</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="385"/>
        <source>Dossier recovery key</source>
        <translation>Klucz odzyskiwania Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="389"/>
        <source>Made on %1.</source>
        <translation>Utworzono %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="393"/>
        <source>It opens the store in %1, and its backups.</source>
        <translation>Otwiera magazyn w %1 oraz jego kopie zapasowe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="396"/>
        <source>Keep it apart from the computer, where you would keep a passport. Anyone who has it and a copy of the store can read your cases.</source>
        <translation>Przechowuj go z dala od komputera, tam gdzie paszport. Każdy, kto ma ten klucz i kopię magazynu, może odczytać Twoje sprawy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="511"/>
        <source>Dossier recovery key.txt</source>
        <translation>Klucz odzyskiwania Dossier.txt</translation>
    </message>
</context>
</TS>
