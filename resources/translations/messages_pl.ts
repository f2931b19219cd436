<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Amounts</name>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="78"/>
        <source>the agreed amount is never negative ({agreed} was read)</source>
        <translation>kwota uzgodniona nie może być ujemna (odczytano {agreed})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="85"/>
        <source>the disputed amount is never negative ({disputed} was read)</source>
        <translation>kwota sporna nie może być ujemna (odczytano {disputed})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="92"/>
        <source>the disputed amount ({disputed}) is more than the amount charged ({charged})</source>
        <translation>kwota sporna ({disputed}) jest większa niż kwota obciążenia ({charged})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="101"/>
        <source>the agreed amount ({agreed}) is more than the amount charged ({charged}): nothing would be disputed; give the disputed amount if there is one</source>
        <translation>kwota uzgodniona ({agreed}) jest większa niż kwota obciążenia ({charged}): nie byłoby kwoty spornej; podaj kwotę sporną, jeśli istnieje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="155"/>
        <source>the case&apos;s own disputed amount ({own}) differs from the sum of its disputed charges ({total}); the charges&apos; sum is used</source>
        <translation>kwota sporna podana dla sprawy ({own}) różni się od sumy spornych obciążeń ({total}); używana jest suma obciążeń</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="148"/>
        <source>the disputed charges are in {currencies}: no single total can be given</source>
        <translation>sporne obciążenia są w walutach {currencies}: nie można podać jednej sumy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="62"/>
        <location filename="../../desktop_app/domain/money.py" line="63"/>
        <location filename="../../desktop_app/domain/money.py" line="64"/>
        <source>a space</source>
        <translation>spacja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="65"/>
        <location filename="../../desktop_app/domain/money.py" line="66"/>
        <source>an apostrophe</source>
        <translation>apostrof</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="67"/>
        <source>a dot</source>
        <translation>kropka</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="68"/>
        <source>a comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="90"/>
        <source>{text} is not an amount; write it as a string such as &quot;19.99&quot;</source>
        <translation>{text} nie jest kwotą; zapisz ją jako napis, np. &quot;19.99&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="97"/>
        <source>{text} is not an amount; write digits with a dot for decimals, such as &quot;19.99&quot;</source>
        <translation>{text} nie jest kwotą; wpisz cyfry z kropką przed częścią dziesiętną, np. &quot;19.99&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="141"/>
        <source>{text} is not an amount; type it as digits, such as 1440,00</source>
        <translation>{text} nie jest kwotą; wpisz ją cyframi, np. 1440,00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="151"/>
        <source>The amount is empty; type it as digits, such as {example}</source>
        <translation>Kwota jest pusta; wpisz ją cyframi, np. {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="197"/>
        <source>{quoted} is not an amount: “{char}” has no place in an amount</source>
        <translation>{quoted} nie jest kwotą: znak „{char}” nie może wystąpić w kwocie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="208"/>
        <source>{quoted} starts with {separator_name}; type the digits before it too, such as 0{separator}50</source>
        <translation>{quoted} zaczyna się od separatora ({separator_name}); wpisz też cyfry przed nim, np. 0{separator}50</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="216"/>
        <source>{quoted} ends with {separator_name}; type the digits after it or leave it out</source>
        <translation>{quoted} kończy się separatorem ({separator_name}); wpisz cyfry po nim albo go usuń</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="222"/>
        <source>{quoted} has two separators side by side; type one between the groups of digits</source>
        <translation>{quoted} ma dwa separatory obok siebie; między grupami cyfr wpisz jeden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="262"/>
        <source>{quoted} has more than {max_integer_digits} digits before the decimals; check the amount</source>
        <translation>{quoted} ma przed częścią dziesiętną więcej cyfr niż {max_integer_digits}; sprawdź kwotę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="351"/>
        <source>{quoted} groups its digits with {names}; use one grouping character throughout</source>
        <translation>{quoted} grupuje cyfry różnymi znakami ({names}); użyj wszędzie jednego znaku grupowania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="363"/>
        <source>{quoted} is not grouped by thousands: before the first {separator} come 1 to 3 digits, not starting with 0</source>
        <translation>W {quoted} cyfry nie są pogrupowane w tysiące: przed pierwszym separatorem „{separator}” musi stać od 1 do 3 cyfr, a pierwsza nie może być zerem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="391"/>
        <source>{text} is not a currency code; use three letters such as EUR or USD</source>
        <translation>{text} nie jest kodem waluty; użyj trzech liter, np. EUR lub USD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="420"/>
        <source>{amount} is not an amount</source>
        <translation>{amount} nie jest kwotą</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="104"/>
        <source>{text} is not an amount</source>
        <translation>{text} nie jest kwotą</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="160"/>
        <source>{quoted} is negative; a charge is never negative: refunds and credits are kinds of their own, so type the amount without a minus sign and choose its kind</source>
        <translation>{quoted} jest wartością ujemną; obciążenie nigdy nie jest ujemne: zwroty i uznania to osobne rodzaje, więc wpisz kwotę bez minusa i wybierz jej rodzaj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="169"/>
        <source>{quoted} has a minus sign but no digits</source>
        <translation>{quoted} ma znak minus, ale nie ma cyfr</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="178"/>
        <source>{quoted} is not an amount: type it with the digits 0 to 9</source>
        <translation>{quoted} nie jest kwotą: wpisz ją cyframi od 0 do 9</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="184"/>
        <source>{quoted} is not an amount: it has letters or a currency sign ({char}); type only the digits, the currency ({code}) is kept in its own field</source>
        <translation>{quoted} nie jest kwotą: zawiera litery lub symbol waluty ({char}); wpisz tylko cyfry, waluta ({code}) ma osobne pole</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="192"/>
        <source>{quoted} is not an amount: a minus sign can only come first</source>
        <translation>{quoted} nie jest kwotą: znak minus może stać tylko na początku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="236"/>
        <source>{quoted} has decimals, but {code} amounts have none; type whole {code} only, such as 1 440</source>
        <translation>{quoted} ma część dziesiętną, a kwoty w {code} jej nie mają; wpisz tylko pełne jednostki {code}, np. 1 440</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="244"/>
        <source>{quoted} has {count} decimals after {separator_name}, but {code} has {decimals}; check the amount (such as {example})</source>
        <translation>{quoted}: po separatorze ({separator_name}) jest cyfr: {count}, a w {code} powinno ich być {decimals}; sprawdź kwotę (np. {example})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="290"/>
        <source>{quoted} has {separator_name} as its decimal separator, so nothing but decimals can follow it</source>
        <translation>W {quoted} separatorem dziesiętnym jest {separator_name}, więc po nim mogą stać tylko cyfry dziesiętne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="298"/>
        <source>{quoted} has several decimal separators: with both a dot and a comma, the last one ({separator_name}) marks the decimals and can appear only once</source>
        <translation>{quoted} ma kilka separatorów dziesiętnych: gdy występują i kropka, i przecinek, ostatni z nich ({separator_name}) oznacza część dziesiętną i może wystąpić tylko raz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="312"/>
        <source>{quoted} has decimals, but {code} amounts have none; type whole {code} only, such as {example}</source>
        <translation>{quoted} ma część dziesiętną, a kwoty w {code} jej nie mają; wpisz tylko pełne jednostki {code}, np. {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="327"/>
        <source>{quoted} has three digits after {separator_name}: {code} has {decimals} decimals, and “{group}” is not how thousands begin; check the amount</source>
        <translation>{quoted} ma trzy cyfry po separatorze ({separator_name}): {code} ma miejsc dziesiętnych: {decimals}, a „{group}” nie jest początkiem grupy tysięcy; sprawdź kwotę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="372"/>
        <source>{quoted} is not grouped by thousands: after {name} come exactly three digits, not “{group}”</source>
        <translation>W {quoted} cyfry nie są pogrupowane w tysiące: po separatorze ({name}) muszą stać dokładnie trzy cyfry, a nie „{group}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="355"/>
        <source> and </source>
        <comment>between the names of separators: a space and a dot</comment>
        <translation> i </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="121"/>
        <source>Guidance, not legal advice: check the dates with your bank.</source>
        <translation>Wskazówki, nie porada prawna: sprawdź daty w swoim banku.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="132"/>
        <source>{title} (case D-{number}: {case})</source>
        <translation>{title} (sprawa D-{number}: {case})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="177"/>
        <source>a calendar holds at least one event (RFC 5545 3.6): there is no deadline to write</source>
        <translation>kalendarz musi zawierać co najmniej jedno zdarzenie (RFC 5545 3.6): nie ma terminu do zapisania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="103"/>
        <source>Rule: {title} ({rule})</source>
        <translation>Reguła: {title} ({rule})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="117"/>
        <source>Case D-{number}: {title}</source>
        <translation>Sprawa D-{number}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="105"/>
        <source>Counted from: {start}</source>
        <translation>Podstawa liczenia: {start}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="107"/>
        <source>Charge: {charge}</source>
        <translation>Obciążenie: {charge}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="109"/>
        <source>Act by: {day}</source>
        <translation>Zdąż do: {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="111"/>
        <source>Working day: {note}</source>
        <translation>Dzień roboczy: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="113"/>
        <source>Note: {note}</source>
        <translation>Notatka: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="115"/>
        <source>Source: {source}</source>
        <translation>Źródło: {source}</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../../desktop_app/domain/casefile.py" line="233"/>
        <source>nothing</source>
        <translation>brak wartości</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile.py" line="237"/>
        <source>must be {format} (or the older {format_1}), found {found}</source>
        <translation>musi mieć format {format} (lub starszy {format_1}), odczytano {found}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile.py" line="228"/>
        <source>the case file is empty</source>
        <translation>plik sprawy jest pusty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile.py" line="394"/>
        <source>{path} must be relative to the case file</source>
        <translation>{path} musi być ścieżką względną wobec pliku sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="263"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="264"/>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="265"/>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="266"/>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="267"/>
        <source>an object</source>
        <translation>obiekt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="226"/>
        <source>page {page}, x {x}, y {y}, width {width}, height {height} were read</source>
        <translation>odczytano: strona {page}, x {x}, y {y}, szerokość {width}, wysokość {height}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="324"/>
        <source>must be 64 hexadecimal characters</source>
        <translation>musi składać się z 64 znaków szesnastkowych</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="41"/>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="153"/>
        <source>must be true or false</source>
        <translation>musi mieć wartość true lub false</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="220"/>
        <source>must be a list</source>
        <translation>musi być listą</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="63"/>
        <source>is required</source>
        <translation>jest wymagane</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="240"/>
        <source>holds {char} at character {position}: a lone surrogate, half of a UTF-16 pair and not a character; write that text again</source>
        <translation>zawiera {char} na pozycji {position}: to samotny surogat, połowa pary UTF-16, a nie znak; wpisz ten tekst ponownie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="294"/>
        <source>{text} has no time zone; add its offset, such as 2026-09-15T14:30:00+02:00</source>
        <translation>{text} nie ma strefy czasowej; dodaj przesunięcie, np. 2026-09-15T14:30:00+02:00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="55"/>
        <source>is not a field of this format</source>
        <translation>nie jest polem tego formatu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="68"/>
        <source>must be text, not {kind}</source>
        <translation>musi być tekstem (odczytano: {kind})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="101"/>
        <source>must be one of {values}, not {kind}</source>
        <translation>musi mieć jedną z wartości {values} (odczytano: {kind})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="109"/>
        <source>{value} is not one of {values}</source>
        <translation>{value} nie jest jedną z wartości {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="141"/>
        <source>must be the position (0 to {last}) of an entry</source>
        <translation>musi być pozycją wpisu (od 0 do {last})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="168"/>
        <source>must be a list of boxes, not {kind}</source>
        <translation>musi być listą ramek (odczytano: {kind})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="288"/>
        <source>{text} is not a date and time; write it as 2026-09-15T14:30:00+02:00</source>
        <translation>{text} nie jest datą z godziną; zapisz ją w postaci 2026-09-15T14:30:00+02:00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="47"/>
        <source>is a field of dossier-case/2, not of {fmt}: write &quot;format&quot;: &quot;dossier-case/2&quot; to give it</source>
        <translation>jest polem formatu dossier-case/2, a nie {fmt}: aby je podać, wpisz &quot;format&quot;: &quot;dossier-case/2&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="93"/>
        <source>is required (one of {values})</source>
        <translation>jest wymagane (jedna z wartości {values})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="177"/>
        <source>must be an object with page, x, y, width and height, not {kind}</source>
        <translation>musi być obiektem z polami page, x, y, width i height (odczytano: {kind})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="203"/>
        <source>page {page} is not a whole page number</source>
        <translation>{page} nie jest całkowitym numerem strony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="210"/>
        <source>{why} ({read})</source>
        <translation>{why} ({read})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="191"/>
        <source>{field} is missing</source>
        <translation>brak pola {field}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="192"/>
        <source>{field} must be a number, not {kind}</source>
        <translation>{field} musi być liczbą (odczytano: {kind})</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="154"/>
        <source>-o - cannot be a pack: give the name of the file to write</source>
        <translation>-o - nie może być pakietem: podaj nazwę pliku do zapisania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="156"/>
        <source>-o - cannot be a case file and the folder of its files: give the name of the file to write</source>
        <translation>-o - nie może być plikiem sprawy i folderem jej plików: podaj nazwę pliku do zapisania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="119"/>
        <source>dossier: interrupted; nothing more was changed</source>
        <translation>dossier: przerwano; nic więcej nie zostało zmienione</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="111"/>
        <source>the store&apos;s database cannot be read ({reason}); &apos;dossier verify&apos; checks it</source>
        <translation>nie można odczytać bazy danych magazynu ({reason}); sprawdzi ją polecenie &apos;dossier verify&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="130"/>
        <source>an unexpected {error} stopped &apos;{command}&apos;. Nothing was lost: the store keeps only whole changes. The details are in {log} (Dossier never sends it).</source>
        <translation>nieoczekiwany błąd {error} przerwał &apos;{command}&apos;. Nic nie zostało utracone: magazyn zachowuje tylko kompletne zmiany. Szczegóły są w {log} (Dossier nigdzie go nie wysyła).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="20"/>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="21"/>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="22"/>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="23"/>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="24"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="25"/>
        <source>unrecognized arguments: %s</source>
        <translation>nierozpoznane argumenty: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="26"/>
        <source>not allowed with argument %s</source>
        <translation>niedozwolony razem z argumentem %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="27"/>
        <source>ignored explicit argument %r</source>
        <translation>zignorowano jawnie podaną wartość %r</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="28"/>
        <source>the following arguments are required: %s</source>
        <translation>wymagane są następujące argumenty: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="29"/>
        <source>one of the arguments %s is required</source>
        <translation>wymagany jest jeden z argumentów %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="30"/>
        <source>expected one argument</source>
        <translation>oczekiwano jednej wartości</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="31"/>
        <source>expected at most one argument</source>
        <translation>oczekiwano najwyżej jednej wartości</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="32"/>
        <source>expected at least one argument</source>
        <translation>oczekiwano co najmniej jednej wartości</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="33"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s może oznaczać %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="34"/>
        <source>unexpected option string: %s</source>
        <translation>nieoczekiwana opcja: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="35"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nieprawidłowa wartość typu %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="36"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nieprawidłowy wybór: %(value)r (wybierz spośród: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="37"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: błąd: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="38"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>nie można otworzyć &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="39"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>nieznany parser %(parser_name)r (dostępne: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="33"/>
        <source>{text} is not a valid id</source>
        <translation>{text} nie jest prawidłowym identyfikatorem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="46"/>
        <location filename="../../desktop_app/cli/args.py" line="42"/>
        <source>{text} is not a list of ids such as 1,3,4</source>
        <translation>{text} nie jest listą identyfikatorów, np. 1,3,4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="30"/>
        <source>{text} is not a number</source>
        <translation>{text} nie jest liczbą</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="56"/>
        <source>{text} is not a date written YYYY-MM-DD</source>
        <translation>{text} nie jest datą w formacie RRRR-MM-DD</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/casefiles.py" line="44"/>
        <source>Wrote {case_file} and %n evidence file(s).</source>
        <translation>
            <numerusform>Zapisano {case_file} i %n plik dowodu.</numerusform>
            <numerusform>Zapisano {case_file} i %n pliki dowodów.</numerusform>
            <numerusform>Zapisano {case_file} i %n plików dowodów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/casefiles.py" line="21"/>
        <source>Wrote {output} ({size}), not encrypted.</source>
        <translation>Zapisano {output} ({size}), bez szyfrowania.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/casefiles.py" line="22"/>
        <location filename="../../desktop_app/cli/store.py" line="157"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln bajt</numerusform>
            <numerusform>%Ln bajty</numerusform>
            <numerusform>%Ln bajtów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="235"/>
        <source>Guidance, not legal advice: check the dates with your bank. &apos;dossier deadlines --json&apos; gives each rule&apos;s source.</source>
        <translation>Wskazówki, nie porada prawna: sprawdź daty w swoim banku. &apos;dossier deadlines --json&apos; podaje źródło każdej reguły.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="88"/>
        <source>No cases yet. &apos;dossier demo&apos; adds the sample case.</source>
        <translation>Nie ma jeszcze spraw. &apos;dossier demo&apos; dodaje przykładową sprawę.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="93"/>
        <location filename="../../desktop_app/cli/evidence.py" line="137"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="94"/>
        <location filename="../../desktop_app/cli/evidence.py" line="139"/>
        <source>TITLE</source>
        <translation>TYTUŁ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="95"/>
        <source>MERCHANT</source>
        <translation>SPRZEDAWCA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="96"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="97"/>
        <source>NEXT DEADLINE</source>
        <translation>NAJBLIŻSZY TERMIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="98"/>
        <source>DISPUTED</source>
        <translation>KWOTA SPORNA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="99"/>
        <source>EVIDENCE</source>
        <translation>DOWODY</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="192"/>
        <source>No deadline: add the case&apos;s charges or dates (transaction, statement...) or a deadline of your own.</source>
        <translation>Brak terminów: dodaj obciążenia lub daty sprawy (transakcja, wyciąg...) albo własny termin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/cases.py" line="204"/>
        <location filename="../../desktop_app/cli/show.py" line="296"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="205"/>
        <location filename="../../desktop_app/cli/show.py" line="297"/>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/cases.py" line="205"/>
        <location filename="../../desktop_app/cli/show.py" line="297"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="210"/>
        <source>CASE</source>
        <translation>SPRAWA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="211"/>
        <source>DUE</source>
        <translation>TERMIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="212"/>
        <source>WHEN</source>
        <translation>KIEDY</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="213"/>
        <source>WHAT</source>
        <translation>CO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="214"/>
        <source>CHARGE</source>
        <translation>OBCIĄŻENIE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="215"/>
        <source>RULE</source>
        <translation>REGUŁA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="123"/>
        <source>{day} (late)</source>
        <translation>{day} (po terminie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="39"/>
        <source>own addresses: {addresses}</source>
        <translation>własne adresy: {addresses}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="161"/>
        <source>also: {title}.{note} (source: {source})</source>
        <translation>również: {title}.{note} (źródło: {source})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="171"/>
        <source>case {noted}: {note}</source>
        <translation>sprawa {noted}: {note}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/cases.py" line="30"/>
        <source>%n open deadline(s) written to {ics}</source>
        <translation>
            <numerusform>Zapisano %n otwarty termin w {ics}</numerusform>
            <numerusform>Zapisano %n otwarte terminy w {ics}</numerusform>
            <numerusform>Zapisano %n otwartych terminów w {ics}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="40"/>
        <source>(none set)</source>
        <translation>(nie ustawiono)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="116"/>
        <source>note: case {id}: {note}</source>
        <translation>uwaga: sprawa {id}: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="225"/>
        <source>note: case {case_id}, {rule_id}, due {due}: {working_day_note}</source>
        <translation>uwaga: sprawa {case_id}, {rule_id}, termin {due}: {working_day_note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="44"/>
        <source>Problems found: see above.</source>
        <translation>Znaleziono problemy: zob. wyżej.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="16"/>
        <source>database: {problem}</source>
        <translation>baza danych: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="18"/>
        <source>missing: {line}</source>
        <translation>brak: {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="20"/>
        <source>altered: {line}</source>
        <translation>zmieniony: {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="22"/>
        <source>stray: {line} (no evidence refers to it)</source>
        <translation>zbędny: {line} (żaden dowód się do niego nie odwołuje)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="25"/>
        <source>unused: {line} (whole, but no record refers to it: left by an interrupted import or deletion; &apos;dossier evidence unused&apos; lists such files, &apos;dossier evidence remove-unused&apos; removes them after asking)</source>
        <translation>nieużywany: {line} (kompletny, ale nie odwołuje się do niego żaden wpis: pozostałość po przerwanym imporcie lub usuwaniu; &apos;dossier evidence unused&apos; wyświetla takie pliki, a &apos;dossier evidence remove-unused&apos; usuwa je po potwierdzeniu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="36"/>
        <source>OK: database sound; {files} match their SHA-256; {cases}, {evidence}.</source>
        <translation>OK: baza danych sprawna; sumy SHA-256 zgodne: {files}; {cases}, {evidence}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/check.py" line="37"/>
        <source>%n vault file(s)</source>
        <translation>
            <numerusform>%n plik magazynu</numerusform>
            <numerusform>%n pliki magazynu</numerusform>
            <numerusform>%n plików magazynu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/check.py" line="38"/>
        <location filename="../../desktop_app/cli/store.py" line="117"/>
        <location filename="../../desktop_app/cli/store.py" line="158"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sprawa</numerusform>
            <numerusform>%n sprawy</numerusform>
            <numerusform>%n spraw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/check.py" line="39"/>
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n dowód</numerusform>
            <numerusform>%n dowody</numerusform>
            <numerusform>%n dowodów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="175"/>
        <source>Nothing to change in #{id} “{title}”: give --title, --kind, --note or --note-translation.</source>
        <translation>Nic do zmiany w nr {id} „{title}”: podaj --title, --kind, --note lub --note-translation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="224"/>
        <source>page {page}: x {x}, y {y}, width {width}, height {height}</source>
        <translation>strona {page}: x {x}, y {y}, szerokość {width}, wysokość {height}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="267"/>
        <source>%n vault file(s) no record names:</source>
        <translation>
            <numerusform>%n plik w magazynie plików bez powiązań z wpisem:</numerusform>
            <numerusform>%n pliki w magazynie plików bez powiązań z wpisem:</numerusform>
            <numerusform>%n plików w magazynie plików bez powiązań z wpisem:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="278"/>
        <source>Removed %n vault file(s) no record named.</source>
        <translation>
            <numerusform>Usunięto %n plik bez powiązań z magazynu plików.</numerusform>
            <numerusform>Usunięto %n pliki bez powiązań z magazynu plików.</numerusform>
            <numerusform>Usunięto %n plików bez powiązań z magazynu plików.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="59"/>
        <source>Deleted %n item(s) for good.</source>
        <translation>
            <numerusform>Trwale usunięto %n element.</numerusform>
            <numerusform>Trwale usunięto %n elementy.</numerusform>
            <numerusform>Trwale usunięto %n elementów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="138"/>
        <source>KIND</source>
        <translation>RODZAJ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="140"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="141"/>
        <source>SIZE</source>
        <translation>ROZMIAR</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="248"/>
        <source>%n vault file(s) no record names; &apos;dossier evidence remove-unused&apos; removes them after listing them again and asking.</source>
        <translation>
            <numerusform>%n plik w magazynie plików bez powiązań z wpisem; &apos;dossier evidence remove-unused&apos; usuwa takie pliki po ponownym wyświetleniu i potwierdzeniu.</numerusform>
            <numerusform>%n pliki w magazynie plików bez powiązań z wpisem; &apos;dossier evidence remove-unused&apos; usuwa takie pliki po ponownym wyświetleniu i potwierdzeniu.</numerusform>
            <numerusform>%n plików w magazynie plików bez powiązań z wpisem; &apos;dossier evidence remove-unused&apos; usuwa takie pliki po ponownym wyświetleniu i potwierdzeniu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="257"/>
        <source>Every vault file is named by a record: none is unused.</source>
        <translation>Do każdego pliku w magazynie plików odwołuje się jakiś wpis: żaden nie jest zbędny.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="265"/>
        <source>Every vault file is named by a record: nothing to remove.</source>
        <translation>Do każdego pliku w magazynie plików odwołuje się jakiś wpis: nie ma czego usuwać.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="182"/>
        <source>Edited #{id} “{title}”.</source>
        <translation>Zmieniono nr {id} „{title}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="233"/>
        <source>Redaction boxes: none</source>
        <translation>Ramki zakryć: brak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="272"/>
        <source>removing these files deletes them for good; add --yes to confirm</source>
        <translation>usunięcie tych plików jest nieodwracalne; dodaj --yes, aby potwierdzić</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="274"/>
        <source>Remove these %n file(s) for good? [y/N] </source>
        <translation>
            <numerusform>Trwale usunąć ten %n plik? [t/N] </numerusform>
            <numerusform>Trwale usunąć te %n pliki? [t/N] </numerusform>
            <numerusform>Trwale usunąć tych %n plików? [t/N] </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="275"/>
        <source>Nothing was removed.</source>
        <translation>Niczego nie usunięto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="38"/>
        <source>Moved #{id} “{title}” to the trash; &apos;dossier evidence restore {id}&apos; brings it back.</source>
        <translation>Przeniesiono nr {id} „{title}” do kosza; &apos;dossier evidence restore {id}&apos; go przywróci.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="46"/>
        <source>Restored #{id} “{title}”.</source>
        <translation>Przywrócono nr {id} „{title}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="52"/>
        <source>emptying the trash deletes files for good; add --yes to confirm</source>
        <translation>opróżnienie kosza trwale usuwa pliki; dodaj --yes, aby potwierdzić</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="55"/>
        <source>Delete the items in the trash for good? [y/N] </source>
        <translation>Trwale usunąć elementy z kosza? [t/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="56"/>
        <source>Nothing was deleted.</source>
        <translation>Niczego nie usunięto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="82"/>
        <source>added #{id} {kind} “{title}” sha256 {sha256}{shared}</source>
        <translation>dodano nr {id} {kind} „{title}” sha256 {sha256}{shared}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="99"/>
        <source>note: {note}</source>
        <translation>uwaga: {note}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="102"/>
        <source>dossier: {added} of %n file(s) added; the others are named above with the reason</source>
        <translation>
            <numerusform>dossier: dodano {added} z %n pliku; pozostałe wymieniono wyżej wraz z powodem</numerusform>
            <numerusform>dossier: dodano {added} z %n plików; pozostałe wymieniono wyżej wraz z powodem</numerusform>
            <numerusform>dossier: dodano {added} z %n plików; pozostałe wymieniono wyżej wraz z powodem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="210"/>
        <source>{item} (in the trash)</source>
        <translation>{item} (w koszu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="212"/>
        <source>File: {name} ({type}, {size}), SHA-256 {sha256}</source>
        <translation>Plik: {name} ({type}, {size}), SHA-256 {sha256}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="215"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bajt</numerusform>
            <numerusform>%n bajty</numerusform>
            <numerusform>%n bajtów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="218"/>
        <location filename="../../desktop_app/cli/show.py" line="290"/>
        <source>Note: {note}</source>
        <translation>Notatka: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="220"/>
        <source>Note&apos;s translation: {translation}</source>
        <translation>Tłumaczenie notatki: {translation}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="90"/>
        <source>skipped {path}: {reason}</source>
        <translation>pominięto {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="95"/>
        <source>refused {path}: {reason}</source>
        <translation>odrzucono {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="223"/>
        <source>Redaction boxes: {count}</source>
        <translation>Ramki zakryć: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/gui.py" line="18"/>
        <source>no display to open a window on (DISPLAY is not set). Run it in a desktop session, or use the commands: dossier --help</source>
        <translation>brak ekranu, na którym można otworzyć okno (nie ustawiono DISPLAY). Uruchom program w sesji graficznej albo użyj poleceń: dossier --help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="59"/>
        <source>fits</source>
        <translation>pasuje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="59"/>
        <source>does not fit</source>
        <translation>nie pasuje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="50"/>
        <source>Wrote {output}: “{subject}”. Read it before you send it: it is not legal advice.</source>
        <translation>Zapisano {output}: „{subject}”. Przeczytaj pismo przed wysłaniem: to nie jest porada prawna.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="28"/>
        <source>{options} required (or --list, to see the kinds that fit)</source>
        <translation>wymagane: {options} (albo --list, aby zobaczyć pasujące rodzaje)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="29"/>
        <source> and </source>
        <comment>between two option names</comment>
        <translation> i </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/mail.py" line="40"/>
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>Zaimportowano %n wiadomość</numerusform>
            <numerusform>Zaimportowano %n wiadomości</numerusform>
            <numerusform>Zaimportowano %n wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/mail.py" line="41"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n załącznikiem</numerusform>
            <numerusform>%n załącznikami</numerusform>
            <numerusform>%n załącznikami</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="87"/>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="88"/>
        <source>FROM</source>
        <translation>OD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="89"/>
        <source>SUBJECT</source>
        <translation>TEMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="90"/>
        <source>ATTACHMENTS</source>
        <translation>ZAŁĄCZNIKI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="42"/>
        <source>{imported} with {attachments}; {duplicates} already in the case; {problems} could not be read</source>
        <translation>{imported} z {attachments}; już w sprawie: {duplicates}; nie udało się odczytać: {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="52"/>
        <source>{said}; {count} left out by the filter</source>
        <translation>{said}; pominięte przez filtr: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="99"/>
        <source>already imported</source>
        <translation>już zaimportowana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="105"/>
        <source>dossier: cannot read {problem}</source>
        <translation>dossier: nie można odczytać {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="57"/>
        <source>skipped {line}</source>
        <translation>pominięto {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="59"/>
        <source>note: {line}</source>
        <translation>uwaga: {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="61"/>
        <source>dossier: cannot import {line}</source>
        <translation>dossier: nie można zaimportować {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/output.py" line="28"/>
        <source>dossier: error: {message}</source>
        <translation>dossier: błąd: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/output.py" line="32"/>
        <source>dossier: warning: {message}</source>
        <translation>dossier: ostrzeżenie: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/output.py" line="63"/>
        <source>y|yes</source>
        <comment>the answers that mean yes, lower case</comment>
        <translation>t|tak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/packs.py" line="58"/>
        <source>Profile: {label} ({limits}); images: {settings}.</source>
        <translation>Profil: {label} ({limits}); obrazy: {settings}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/packs.py" line="46"/>
        <source>Wrote {path} ({pages}, {size} MB, exhibits {exhibits}); SHA-256 in {name}.sha256</source>
        <translation>Zapisano {path} ({pages}, {size} MB, załączniki {exhibits}); SHA-256 w {name}.sha256</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/packs.py" line="50"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/packs.py" line="52"/>
        <location filename="../../desktop_app/cli/store.py" line="192"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="69"/>
        <source>the store folder (default: $DOSSIER_HOME, else the platform&apos;s user data folder)</source>
        <translation>folder magazynu (domyślnie: $DOSSIER_HOME, a w razie jego braku folder danych użytkownika w systemie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="75"/>
        <source>Keep the whole record of a billing dispute and hand it to your bank.</source>
        <translation>Gromadź całą dokumentację sporu o rozliczenie i przekaż ją swojemu bankowi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="78"/>
        <source>environment: DOSSIER_HOME chooses the store folder; DOSSIER_PASSPHRASE_FILE names a file holding the store&apos;s passphrase, for scripts (on a terminal Dossier asks for it when the system keyring does not give the key). Every command is described in docs/cli.md.</source>
        <translation>zmienne środowiskowe: DOSSIER_HOME wskazuje folder magazynu; DOSSIER_PASSPHRASE_FILE wskazuje plik z hasłem magazynu, dla skryptów (w terminalu Dossier pyta o hasło, gdy systemowy pęk kluczy nie udostępnia klucza). Wszystkie polecenia opisuje docs/cli.md.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="90"/>
        <source>show program&apos;s version number and exit</source>
        <translation>pokaż numer wersji programu i zakończ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="94"/>
        <source>open the window (the default)</source>
        <translation>otwórz okno programu (domyślnie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="98"/>
        <source>add the sample case first when the store has no case</source>
        <translation>najpierw dodaj przykładową sprawę, jeśli magazyn nie ma żadnej sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="102"/>
        <source>add the sample case and print its id</source>
        <translation>dodaj przykładową sprawę i wypisz jej identyfikator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="105"/>
        <source>list the cases</source>
        <translation>wyświetl listę spraw</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="106"/>
        <location filename="../../desktop_app/cli/parser.py" line="147"/>
        <location filename="../../desktop_app/cli/parser.py" line="285"/>
        <source>print JSON instead of a table</source>
        <translation>wypisz JSON zamiast tabeli</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="109"/>
        <source>create a case, import or export a case file</source>
        <translation>utwórz sprawę, zaimportuj lub wyeksportuj plik sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="113"/>
        <source>create a case from a case file</source>
        <translation>utwórz sprawę z pliku sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="117"/>
        <source>write a case file</source>
        <translation>zapisz plik sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="122"/>
        <source>replace FILE.json and its files if they exist</source>
        <translation>zastąp FILE.json i jego pliki, jeśli istnieją</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="125"/>
        <source>one case as the window&apos;s Overview shows it</source>
        <translation>jedna sprawa, tak jak pokazuje ją karta Przegląd w oknie programu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="131"/>
        <source>the case&apos;s fields as in a case file, with its checklist, deadlines and escalation</source>
        <translation>pola sprawy jak w pliku sprawy, wraz z listą kontrolną, terminami i eskalacją</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="143"/>
        <source>list the deadlines of a case (or of every open case)</source>
        <translation>wyświetl terminy sprawy (lub wszystkich otwartych spraw)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="153"/>
        <source>write the open deadlines as an iCalendar file (.ics) instead</source>
        <translation>zamiast tego zapisz otwarte terminy w pliku iCalendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="156"/>
        <source>replace the --ics FILE if it exists</source>
        <translation>zastąp plik FILE z --ics, jeśli istnieje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="160"/>
        <source>write a letter from the case&apos;s data</source>
        <translation>przygotuj pismo na podstawie danych sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="166"/>
        <source>which letter (required unless --list); see --list for those that fit</source>
        <translation>które pismo (wymagane, chyba że podano --list); --list pokazuje pasujące</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="173"/>
        <source>list every kind of letter, whether it fits the case, and why</source>
        <translation>wyświetl wszystkie rodzaje pism, z informacją, czy pasują do sprawy i dlaczego</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="178"/>
        <source>its language (default: the case&apos;s language, as the pack&apos;s)</source>
        <translation>jego język (domyślnie: język sprawy, taki jak pakietu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="181"/>
        <source>the letter&apos;s date (default: today)</source>
        <translation>data pisma (domyślnie: dzisiejsza)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="188"/>
        <source>the PDF to write (unless --list); a name ending in .txt writes plain text, and - prints it</source>
        <translation>plik PDF do zapisania (chyba że podano --list); nazwa zakończona na .txt zapisuje zwykły tekst, a - wypisuje go na ekranie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="193"/>
        <location filename="../../desktop_app/cli/parser.py" line="532"/>
        <source>replace OUT if it exists</source>
        <translation>zastąp OUT, jeśli istnieje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="198"/>
        <source>find cases, contacts, e-mails and documents holding words</source>
        <translation>znajdź sprawy, kontakty, e-maile i dokumenty zawierające podane słowa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="201"/>
        <source>words to find (accents and case do not matter)</source>
        <translation>szukane słowa (znaki diakrytyczne i wielkość liter nie mają znaczenia)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="203"/>
        <location filename="../../desktop_app/cli/parser.py" line="276"/>
        <location filename="../../desktop_app/cli/parser.py" line="306"/>
        <location filename="../../desktop_app/cli/parser.py" line="356"/>
        <source>print JSON instead of text</source>
        <translation>wypisz JSON zamiast tekstu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="206"/>
        <source>show or set your preferences</source>
        <translation>pokaż lub ustaw preferencje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="211"/>
        <source>your own e-mail addresses, comma-separated: messages from them are logged as sent by you</source>
        <translation>Twoje adresy e-mail, rozdzielone przecinkami: wiadomości z nich są zapisywane jako wysłane przez Ciebie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="223"/>
        <source>check the database and every vault file; exit 1 if anything is wrong</source>
        <translation>sprawdź bazę danych i wszystkie pliki w magazynie plików; kod wyjścia 1, jeśli coś jest nie tak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="230"/>
        <source>add, list, trash and restore evidence</source>
        <translation>dodawaj, wyświetlaj, usuwaj do kosza i przywracaj dowody</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="233"/>
        <source>add files to a case</source>
        <translation>dodaj pliki do sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="239"/>
        <source>what the files are (default: guessed)</source>
        <translation>czym są pliki (domyślnie: rozpoznawane automatycznie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="241"/>
        <source>title (default: the file name)</source>
        <translation>tytuł (domyślnie: nazwa pliku)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="244"/>
        <source>what the files prove, in your words (printed on the exhibit&apos;s first page and index)</source>
        <translation>czego dowodzą pliki, własnymi słowami (drukowane na pierwszej stronie załącznika i w spisie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="251"/>
        <source>the note in one line in another language, for a bank that reads that one (needs --note)</source>
        <translation>notatka w jednym wierszu w innym języku, dla banku, który posługuje się tym językiem (wymaga --note)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="255"/>
        <source>where the files came from, such as a URL</source>
        <translation>skąd pochodzą pliki, np. adres URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="259"/>
        <source>change an item&apos;s title, kind, note or the note&apos;s translation</source>
        <translation>zmień tytuł, rodzaj, notatkę lub tłumaczenie notatki elementu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="262"/>
        <source>its title</source>
        <translation>jego tytuł</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="263"/>
        <source>what it is</source>
        <translation>czym jest</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="264"/>
        <source>what it proves, in your words (&quot;&quot; clears it)</source>
        <translation>czego dowodzi, własnymi słowami (&quot;&quot; czyści pole)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="268"/>
        <source>the note in one line in another language (&quot;&quot; clears it)</source>
        <translation>notatka w jednym wierszu w innym języku (&quot;&quot; czyści pole)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="273"/>
        <source>one item: its note, the note&apos;s translation and its redaction boxes</source>
        <translation>jeden element: jego notatka, tłumaczenie notatki i ramki zakryć</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="278"/>
        <source>list a case&apos;s evidence</source>
        <translation>wyświetl dowody sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="282"/>
        <source>list the items in the trash instead</source>
        <translation>zamiast tego wyświetl elementy w koszu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="288"/>
        <source>move an item to the trash</source>
        <translation>przenieś element do kosza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="292"/>
        <source>take an item out of the trash</source>
        <translation>przywróć element z kosza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="298"/>
        <source>delete trashed items and their files for good</source>
        <translation>trwale usuń elementy z kosza i ich pliki</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="300"/>
        <location filename="../../desktop_app/cli/parser.py" line="313"/>
        <location filename="../../desktop_app/cli/parser.py" line="505"/>
        <location filename="../../desktop_app/cli/parser.py" line="524"/>
        <source>do not ask for confirmation</source>
        <translation>nie pytaj o potwierdzenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="304"/>
        <source>list the vault files no record names (nothing is removed)</source>
        <translation>wyświetl pliki w magazynie plików bez powiązań z żadnym wpisem (nic nie jest usuwane)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="310"/>
        <source>list the vault files no record names, then remove them once you confirm</source>
        <translation>wyświetl pliki w magazynie plików bez powiązań z żadnym wpisem, a po potwierdzeniu usuń je</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="319"/>
        <source>import e-mails (.eml, .msg, mbox) into a case</source>
        <translation>importuj e-maile (.eml, .msg, mbox) do sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="325"/>
        <source>import each message as a contact, with the message and its attachments as evidence</source>
        <translation>importuj każdą wiadomość jako kontakt, a wiadomość i jej załączniki jako dowody</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="331"/>
        <source>.eml, .msg or mbox files</source>
        <translation>pliki .eml, .msg lub mbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="337"/>
        <source>only messages whose sender&apos;s address or domain has TEXT</source>
        <translation>tylko wiadomości, których adres lub domena nadawcy zawiera TEXT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="340"/>
        <source>only messages from that day on</source>
        <translation>tylko wiadomości od tego dnia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="343"/>
        <source>only messages up to that day</source>
        <translation>tylko wiadomości do tego dnia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="348"/>
        <source>only messages with every word (accents and case ignored)</source>
        <translation>tylko wiadomości zawierające wszystkie słowa (bez względu na znaki diakrytyczne i wielkość liter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="353"/>
        <source>list the messages that would be imported; import nothing</source>
        <translation>wyświetl wiadomości, które zostałyby zaimportowane; niczego nie importuj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="377"/>
        <source>profiles (the portal&apos;s published limits, and where they are published):
{profiles}</source>
        <translation>profile (opublikowane limity portalu i miejsce ich publikacji):
{profiles}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="386"/>
        <source>write the dispute-evidence PDF pack of a case</source>
        <translation>zapisz pakiet dowodów PDF do reklamacji sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="396"/>
        <source>the portal&apos;s limits to fit (default: none)</source>
        <translation>limity portalu, w których ma się zmieścić pakiet (domyślnie: brak)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="401"/>
        <source>the language of the pack&apos;s own words (default: the case&apos;s country&apos;s, else en)</source>
        <translation>język tekstów samego pakietu (domyślnie: język kraju sprawy, a w razie jego braku en)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="406"/>
        <source>at most N megabytes per file</source>
        <translation>maksymalnie N megabajtów na plik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="409"/>
        <source>at most N pages per file</source>
        <translation>maksymalnie N stron na plik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="414"/>
        <source>paper size (default: Letter for US cases, else A4)</source>
        <translation>rozmiar papieru (domyślnie: Letter dla spraw z USA, w pozostałych przypadkach A4)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="420"/>
        <source>these evidence items, in the order given (default: all, in the reason&apos;s checklist order)</source>
        <translation>te dowody, w podanej kolejności (domyślnie: wszystkie, w kolejności z listy kontrolnej dla powodu reklamacji)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="427"/>
        <source>when the whole case cannot fit the profile, leave out the exhibits that matter least and list them on a page of their own (with --exhibits: keep those, leave out the others)</source>
        <translation>gdy cała sprawa nie mieści się w profilu, pomiń najmniej ważne załączniki i wymień je na osobnej stronie (z --exhibits: zachowaj wskazane, pomiń pozostałe)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="438"/>
        <source>write the pack even if an exhibit still shows a full card number that could not be redacted</source>
        <translation>zapisz pakiet nawet wtedy, gdy załącznik nadal pokazuje pełny numer karty, którego nie udało się zakryć</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="446"/>
        <source>images in greyscale, for portals that ask for it (a profile that asks for it turns it on)</source>
        <translation>obrazy w skali szarości, dla portali, które tego wymagają (włącza to profil, który tego wymaga)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="454"/>
        <source>when an exhibit cannot be read: put a page saying why (default), or write nothing</source>
        <translation>gdy załącznika nie da się odczytać: dodaj stronę z wyjaśnieniem (domyślnie) albo niczego nie zapisuj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="459"/>
        <source>the same case gives the same bytes</source>
        <translation>ta sama sprawa daje identyczne bajty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="464"/>
        <source>replace the pack (its parts) and its .sha256 if they exist</source>
        <translation>zastąp pakiet (jego części) i jego plik .sha256, jeśli istnieją</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="470"/>
        <source>encryption of the store: status, encrypt, decrypt</source>
        <translation>szyfrowanie magazynu: stan, szyfrowanie, odszyfrowanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="476"/>
        <source>say whether the store is encrypted and how it opens</source>
        <translation>pokaż, czy magazyn jest zaszyfrowany i jak się otwiera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="479"/>
        <source>encrypt a plaintext store in place</source>
        <translation>zaszyfruj niezaszyfrowany magazyn w miejscu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="484"/>
        <source>also protect the key with the passphrase in FILE</source>
        <translation>dodatkowo chroń klucz hasłem z pliku FILE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="487"/>
        <source>decrypt an encrypted store in place (asks first)</source>
        <translation>odszyfruj zaszyfrowany magazyn w miejscu (najpierw pyta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="492"/>
        <source>make a new recovery key; the old stops working</source>
        <translation>utwórz nowy klucz odzyskiwania; stary przestanie działać</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="497"/>
        <source>accept a database older than the store&apos;s record of it, when no newer one or backup exists (the newer records are lost; keep a copy of the folder first)</source>
        <translation>zaakceptuj bazę danych starszą niż ta zapamiętana przez magazyn, gdy nie istnieje nowsza ani kopia zapasowa (nowsze wpisy zostaną utracone; najpierw zrób kopię folderu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="509"/>
        <source>say whether a recovery key opens the store (asked, or one line on standard input); changes nothing</source>
        <translation>sprawdź, czy klucz odzyskiwania otwiera magazyn (podany na pytanie lub jako jeden wiersz na standardowym wejściu); niczego nie zmienia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="518"/>
        <source>set, change or remove the passphrase</source>
        <translation>ustaw, zmień lub usuń hasło</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="521"/>
        <source>the new passphrase, from FILE</source>
        <translation>nowe hasło, z pliku FILE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="523"/>
        <source>remove the passphrase</source>
        <translation>usuń hasło</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="529"/>
        <source>write one encrypted file holding the database and every file</source>
        <translation>zapisz jeden zaszyfrowany plik z bazą danych i wszystkimi plikami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="536"/>
        <source>protect the backup with the passphrase in FILE (needed for a store that is not encrypted)</source>
        <translation>chroń kopię zapasową hasłem z pliku FILE (wymagane dla niezaszyfrowanego magazynu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="544"/>
        <source>restore a backup into a new or empty folder (--data-dir)</source>
        <translation>przywróć kopię zapasową do nowego lub pustego folderu (--data-dir)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="548"/>
        <source>the store&apos;s recovery key, from FILE</source>
        <translation>klucz odzyskiwania magazynu, z pliku FILE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="554"/>
        <source>write an UNENCRYPTED zip of a case and its files, for a lawyer</source>
        <translation>zapisz NIEZASZYFROWANY plik zip ze sprawą i jej plikami, np. dla prawnika</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="558"/>
        <source>replace OUT.zip if it exists</source>
        <translation>zastąp OUT.zip, jeśli istnieje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="125"/>
        <location filename="../../desktop_app/cli/records.py" line="203"/>
        <source>a case needs a title, such as “Gym membership charged after cancelling”</source>
        <translation>sprawa musi mieć tytuł, np. „Karnet na siłownię pobrany po rezygnacji”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="144"/>
        <location filename="../../desktop_app/cli/records.py" line="207"/>
        <source>a case needs the merchant&apos;s name</source>
        <translation>sprawa musi mieć nazwę sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="251"/>
        <location filename="../../desktop_app/cli/records.py" line="294"/>
        <source>expected delivery</source>
        <translation>oczekiwana dostawa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="292"/>
        <location filename="../../desktop_app/cli/records.py" line="341"/>
        <source>promised date</source>
        <translation>obiecany termin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="302"/>
        <location filename="../../desktop_app/cli/records.py" line="345"/>
        <source>say what was promised too, with --promised-action</source>
        <translation>podaj też, co obiecano, opcją --promised-action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="229"/>
        <location filename="../../desktop_app/cli/records.py" line="291"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="307"/>
        <location filename="../../desktop_app/cli/records.py" line="156"/>
        <source>{promised} is before the contact itself ({contact}): a promise is kept after it is made; check the date</source>
        <translation>{promised} przypada przed samym kontaktem ({contact}): obietnicę spełnia się po jej złożeniu; sprawdź datę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="168"/>
        <location filename="../../desktop_app/cli/records.py" line="239"/>
        <source>{name} date</source>
        <comment>name: the date&apos;s name, as in the options</comment>
        <translation>data: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="277"/>
        <source>“{at}” has no UTC offset, and the case&apos;s country does not say the time zone: add the offset, such as 2026-10-05T14:30-05:00, or give --zone</source>
        <translation>„{at}” nie ma przesunięcia względem UTC, a kraj sprawy nie określa strefy czasowej: dodaj przesunięcie, np. 2026-10-05T14:30-05:00, lub podaj --zone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="41"/>
        <source>the day the transaction was processed</source>
        <translation>dzień rozliczenia transakcji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="42"/>
        <source>the date of the statement showing the charge</source>
        <translation>data wyciągu, na którym widnieje obciążenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="43"/>
        <source>the day the goods or service were expected</source>
        <translation>dzień, w którym miał zostać dostarczony towar lub wykonana usługa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="44"/>
        <source>the day you cancelled</source>
        <translation>dzień rezygnacji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="45"/>
        <source>the day you returned the goods</source>
        <translation>dzień zwrotu towaru</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="46"/>
        <source>the day the merchant promised the refund by</source>
        <translation>dzień, do którego sprzedawca obiecał zwrot</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="47"/>
        <source>the day the account was debited</source>
        <translation>dzień obciążenia rachunku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="48"/>
        <source>the day the merchant&apos;s final response came</source>
        <translation>dzień otrzymania ostatecznej odpowiedzi sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="49"/>
        <source>the day the complaint was sent to the bank</source>
        <translation>dzień wysłania reklamacji do banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="50"/>
        <source>the day the mandate was revoked or the contract ended</source>
        <translation>dzień odwołania mandatu lub zakończenia umowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="51"/>
        <source>the day the written complaint reached the merchant</source>
        <translation>dzień doręczenia pisemnej reklamacji sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="202"/>
        <source>after filing with the bank or card issuer</source>
        <translation>po złożeniu reklamacji w banku lub u wydawcy karty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="63"/>
        <source>create a case from its facts and print its id</source>
        <translation>utwórz sprawę z podanych faktów i wypisz jej identyfikator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="69"/>
        <source>change the facts of a case: only the options given; &quot;&quot; (or none for a choice) clears one</source>
        <translation>zmień fakty sprawy: tylko podane opcje; &quot;&quot; (lub none dla wyboru z listy) czyści pole</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="80"/>
        <source>what the dispute is about</source>
        <translation>czego dotyczy spór</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="83"/>
        <source>the merchant&apos;s name</source>
        <translation>nazwa sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="89"/>
        <source>why the charge is wrong</source>
        <translation>dlaczego obciążenie jest nieprawidłowe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="95"/>
        <source>ISO 4217 code, such as EUR or PLN</source>
        <translation>kod ISO 4217, np. EUR lub PLN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="100"/>
        <source>two-letter code of the jurisdiction (FR, PL, GB, US...)</source>
        <translation>dwuliterowy kod kraju właściwego (FR, PL, GB, US...)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="120"/>
        <source>how it was paid</source>
        <translation>sposób płatności</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="123"/>
        <source>the card&apos;s network</source>
        <translation>organizacja kartowa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="128"/>
        <source>the card&apos;s last 4 digits; a whole card number keeps only its last 4</source>
        <translation>4 ostatnie cyfry karty; z pełnego numeru zapisywane są tylko 4 ostatnie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="133"/>
        <source>credit, debit or prepaid</source>
        <translation>kredytowa, debetowa lub przedpłacona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="139"/>
        <source>a business (corporate) card or account (default: not)</source>
        <translation>karta lub rachunek firmowy (korporacyjny) (domyślnie: nie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="144"/>
        <source>SEPA direct debit: the mandate&apos;s reference (RUM, UMR)</source>
        <translation>polecenie zapłaty SEPA: identyfikator mandatu (RUM, UMR)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="147"/>
        <source>SEPA direct debit: the creditor identifier</source>
        <translation>polecenie zapłaty SEPA: identyfikator wierzyciela</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="149"/>
        <source>the cardholder or customer</source>
        <translation>posiadacz karty lub klient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="153"/>
        <source>a private person or a company: ombudsmen and consumer rights depend on it</source>
        <translation>osoba fizyczna lub firma: od tego zależą dostępni rzecznicy i prawa konsumenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="159"/>
        <source>where the customer lives: a letter&apos;s place, as in “Lyon, le…”</source>
        <translation>miejscowość zamieszkania klienta: miejsce w nagłówku pisma, np. „Kraków, dnia…”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="166"/>
        <source>the customer&apos;s tax number: NIP, NIF, SIREN, VAT...</source>
        <translation>numer podatkowy klienta: NIP, NIF, SIREN, VAT...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="168"/>
        <source>a business card&apos;s holder</source>
        <translation>użytkownik karty firmowej</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="170"/>
        <source>the holder&apos;s role in the company</source>
        <translation>stanowisko użytkownika karty w firmie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="176"/>
        <source>default: open</source>
        <translation>domyślnie: open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="180"/>
        <source>the step of the escalation ladder you say it is at; auto (the default): it follows the facts</source>
        <translation>etap eskalacji wskazany przez Ciebie; auto (domyślnie): wynika z faktów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="188"/>
        <source>the amount in dispute, such as &quot;1 440,00&quot;</source>
        <translation>kwota sporna, np. &quot;1 440,00&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="191"/>
        <source>what has been refunded already</source>
        <translation>kwota już zwrócona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="201"/>
        <source>the story in your own words</source>
        <translation>historia sprawy własnymi słowami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="203"/>
        <source>the bank or card issuer</source>
        <translation>bank lub wydawca karty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="206"/>
        <source>the bank&apos;s reference for the dispute</source>
        <translation>numer reklamacji nadany przez bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="209"/>
        <source>the day the dispute was filed</source>
        <translation>dzień złożenia reklamacji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="214"/>
        <source>a provisional credit, as you read it</source>
        <translation>kwota warunkowego uznania, tak jak ją widzisz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="217"/>
        <source>the day it was credited</source>
        <translation>dzień uznania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="220"/>
        <source>what the merchant answered the bank</source>
        <translation>co sprzedawca odpowiedział bankowi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="225"/>
        <source>the bank&apos;s decision</source>
        <translation>decyzja banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="227"/>
        <source>the day it was decided</source>
        <translation>dzień decyzji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="229"/>
        <source>a provisional credit taken back</source>
        <translation>cofnięte warunkowe uznanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="232"/>
        <source>the day it was taken back</source>
        <translation>dzień cofnięcia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="242"/>
        <source>record a charge, an authorisation hold, a refund or a credit</source>
        <translation>zapisz obciążenie, blokadę autoryzacyjną, zwrot lub uznanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="246"/>
        <source>record one line of the statement and print its id</source>
        <translation>zapisz jeden wiersz wyciągu i wypisz jego identyfikator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="253"/>
        <source>change a charge: only the options given; &quot;&quot; clears one</source>
        <translation>zmień obciążenie: tylko podane opcje; &quot;&quot; czyści pole</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="259"/>
        <source>record a contact with the merchant</source>
        <translation>zapisz kontakt ze sprzedawcą</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="263"/>
        <source>record a call, an e-mail, a chat... and print its id</source>
        <translation>zapisz rozmowę, e-mail, czat... i wypisz identyfikator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="270"/>
        <source>change a contact: only the options given; &quot;&quot; clears one</source>
        <translation>zmień kontakt: tylko podane opcje; &quot;&quot; czyści pole</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="278"/>
        <source>the day it was charged</source>
        <translation>dzień obciążenia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="284"/>
        <source>as you read it: 1440, &quot;1 440,00&quot;, 1.440,00, 1,440.00 or 1&apos;440.00; never negative</source>
        <translation>tak jak ją widzisz: 1440, &quot;1 440,00&quot;, 1.440,00, 1,440.00 lub 1&apos;440.00; nigdy ujemna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="289"/>
        <source>ISO 4217 code (default: the case&apos;s)</source>
        <translation>kod ISO 4217 (domyślnie: waluta sprawy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="295"/>
        <source>default: charge</source>
        <translation>domyślnie: charge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="305"/>
        <source>how the statement names the merchant</source>
        <translation>jak sprzedawca jest opisany na wyciągu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="321"/>
        <source>what was agreed (a quote, an order, a contract)</source>
        <translation>kwota uzgodniona (oferta, zamówienie, umowa)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="326"/>
        <source>what is disputed (default: the amount minus the agreed one, else the whole charge)</source>
        <translation>kwota sporna (domyślnie: kwota minus kwota uzgodniona, a bez niej całe obciążenie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="333"/>
        <source>the card charge&apos;s authorisation code or ARN</source>
        <translation>kod autoryzacji lub ARN transakcji kartowej</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="338"/>
        <source>when the goods or service of this charge were due</source>
        <translation>kiedy miał zostać dostarczony towar lub wykonana usługa z tego obciążenia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="347"/>
        <source>when: 2026-10-05T14:30+02:00, or 2026-10-05 14:30 in the case&apos;s country&apos;s time zone</source>
        <translation>kiedy: 2026-10-05T14:30+02:00 lub 2026-10-05 14:30 w strefie czasowej kraju sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="354"/>
        <source>the time zone of a MOMENT without offset, such as America/New_York (default: the case&apos;s country&apos;s)</source>
        <translation>strefa czasowa dla MOMENT bez przesunięcia, np. America/New_York (domyślnie: strefa kraju sprawy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="367"/>
        <source>incoming: from the merchant; outgoing: from you</source>
        <translation>incoming: od sprzedawcy; outgoing: od Ciebie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="370"/>
        <source>who: a department, an address, a number</source>
        <translation>z kim: dział, adres, numer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="372"/>
        <source>the person you dealt with</source>
        <translation>osoba, z którą się kontaktowano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="373"/>
        <source>a ticket or call reference</source>
        <translation>numer zgłoszenia lub rozmowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="375"/>
        <source>what was said, in short</source>
        <translation>co ustalono, w skrócie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="377"/>
        <source>the whole text of a letter or e-mail</source>
        <translation>pełny tekst pisma lub e-maila</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="381"/>
        <source>what the merchant promised (needs --promised-by)</source>
        <translation>co obiecał sprzedawca (wymaga --promised-by)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="386"/>
        <source>by when; the promise becomes a task due that day (needs --promised-action)</source>
        <translation>do kiedy; obietnica staje się zadaniem z terminem na ten dzień (wymaga --promised-action)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="391"/>
        <source>who answered: customer_service, supervisor, formal_complaint (head office)...</source>
        <translation>kto odpowiedział: customer_service, supervisor, formal_complaint (centrala)...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="398"/>
        <source>what the merchant answered</source>
        <translation>co odpowiedział sprzedawca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="403"/>
        <source>a letter&apos;s: how it was sent (registered_post: with proof of delivery)</source>
        <translation>dla pisma: jak zostało wysłane (registered_post: z potwierdzeniem odbioru)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="312"/>
        <source>in dispute, or not</source>
        <translation>sporne lub nie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="316"/>
        <source>this charge is in dispute</source>
        <translation>to obciążenie jest sporne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="106"/>
        <source>the language of the case&apos;s pack and letters: {languages} (none or &quot;&quot;: its country&apos;s again)</source>
        <translation>język pakietu i pism sprawy: {languages} (none lub &quot;&quot;: ponownie język kraju sprawy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="112"/>
        <source>the language of the case&apos;s pack and letters: {languages} (default: its country&apos;s)</source>
        <translation>język pakietu i pism sprawy: {languages} (domyślnie: język kraju sprawy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="349"/>
        <source>say by when it was promised too, with --promised-by YYYY-MM-DD</source>
        <translation>podaj też, do kiedy to obiecano, opcją --promised-by RRRR-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="168"/>
        <source>dossier: the promise is task #{task_id}, due {promised_by}; &apos;dossier deadlines {case_id}&apos; lists it</source>
        <translation>dossier: obietnica to zadanie nr {task_id} z terminem {promised_by}; wyświetla je &apos;dossier deadlines {case_id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="334"/>
        <source>“{at}” has its own offset ({own}), but in {zone} it was {other} then; give the offset or the zone, not both that disagree</source>
        <translation>„{at}” ma własne przesunięcie ({own}), ale w strefie {zone} obowiązywało wtedy {other}; podaj przesunięcie albo strefę, a nie obie sprzeczne ze sobą wartości</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="135"/>
        <source>case {id}&apos;s country ({country}) has several time zones</source>
        <translation>kraj sprawy {id} ({country}) ma kilka stref czasowych</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="139"/>
        <source>case {id} has no country to take a time zone from</source>
        <translation>sprawa {id} nie ma kraju, z którego można by wziąć strefę czasową</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="145"/>
        <source>“{typed}” has no UTC offset, and {where}: add the offset, such as {typed}-05:00, or give the zone, such as --zone America/New_York</source>
        <translation>„{typed}” nie ma przesunięcia względem UTC, a {where}: dodaj przesunięcie, np. {typed}-05:00, lub podaj strefę, np. --zone America/New_York</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/search.py" line="37"/>
        <source>Nothing holds “{query}”.</source>
        <translation>Nic nie zawiera „{query}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/search.py" line="41"/>
        <location filename="../../desktop_app/cli/show.py" line="170"/>
        <source>Case {id}: {title}</source>
        <translation>Sprawa {id}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="267"/>
        <source>After filing with the bank</source>
        <translation>Po złożeniu reklamacji w banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="173"/>
        <source>Amounts</source>
        <translation>Kwoty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="174"/>
        <source>Deadlines</source>
        <translation>Terminy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="177"/>
        <source>The story</source>
        <translation>Historia sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="180"/>
        <source>Guidance, not legal advice: check the dates and the bodies with your bank.</source>
        <translation>Wskazówki, nie porada prawna: sprawdź daty i instytucje w swoim banku.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="209"/>
        <source>business card or account</source>
        <translation>karta lub rachunek firmowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="286"/>
        <source>cannot be given</source>
        <translation>nie można podać</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="348"/>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="349"/>
        <source>current</source>
        <translation>obecny</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="350"/>
        <source>next</source>
        <translation>następny</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="351"/>
        <source>later</source>
        <translation>później</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="155"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="212"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="216"/>
        <source>Customer&apos;s contacts</source>
        <translation>Dane kontaktowe klienta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="219"/>
        <source>Tax number</source>
        <translation>Numer podatkowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="220"/>
        <source>Cardholder</source>
        <translation>Użytkownik karty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="221"/>
        <source>Merchant</source>
        <translation>Sprzedawca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="222"/>
        <source>Merchant&apos;s contacts</source>
        <translation>Dane kontaktowe sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="223"/>
        <source>Merchant&apos;s address</source>
        <translation>Adres sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="224"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="225"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="226"/>
        <source>Escalation stage</source>
        <translation>Etap eskalacji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="227"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="228"/>
        <source>Language of letters and packs</source>
        <translation>Język pism i pakietów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="229"/>
        <source>Paid with</source>
        <translation>Metoda płatności</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="230"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="232"/>
        <source>Already refunded</source>
        <translation>Już zwrócono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="260"/>
        <source>Issuer</source>
        <translation>Wydawca karty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="261"/>
        <source>Claim</source>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="262"/>
        <source>Provisional credit</source>
        <translation>Warunkowe uznanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="263"/>
        <source>Merchant&apos;s response</source>
        <translation>Odpowiedź sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="264"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="265"/>
        <source>Re-debited</source>
        <translation>Ponowne obciążenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="275"/>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="331"/>
        <source>Have ready:</source>
        <translation>Przygotuj:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="333"/>
        <source>The ladder:</source>
        <translation>Ścieżka eskalacji:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="367"/>
        <source>Everything the bank usually asks for is here.</source>
        <translation>Jest wszystko, czego bank zwykle wymaga.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="193"/>
        <source>{stage} (your choice)</source>
        <translation>{stage} (Twój wybór)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="195"/>
        <source>{stage} (from the facts)</source>
        <translation>{stage} (według faktów)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="198"/>
        <source>{language} (your choice)</source>
        <translation>{language} (Twój wybór)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="200"/>
        <source>{language} (from the country)</source>
        <translation>{language} (według kraju)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="276"/>
        <source>{what}: charged {charged} · agreed {agreed} · disputed {disputed}</source>
        <translation>{what}: pobrano: {charged} · uzgodniono: {agreed} · kwota sporna: {disputed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="303"/>
        <source>None: add the charges and the case&apos;s dates, or a deadline of your own.</source>
        <translation>Brak: dodaj obciążenia i daty sprawy albo własny termin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="326"/>
        <source>The issuer&apos;s clocks:</source>
        <translation>Terminy wydawcy karty:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="337"/>
        <source>open to you</source>
        <translation>dostępne dla Ciebie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="337"/>
        <source>not open to you</source>
        <translation>niedostępne dla Ciebie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="358"/>
        <source>What the bank will expect ({done} of {total})</source>
        <translation>Czego oczekuje bank ({done} z {total})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="177"/>
        <source>No story yet.</source>
        <translation>Brak historii sprawy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="202"/>
        <source>reference {reference}</source>
        <translation>identyfikator {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="205"/>
        <source>creditor {creditor}</source>
        <translation>wierzyciel {creditor}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="250"/>
        <source>on {day}</source>
        <translation>dnia {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="256"/>
        <source>number {number}</source>
        <translation>numer {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="257"/>
        <source>filed on {day}</source>
        <translation>złożono {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="288"/>
        <source>Total disputed: {total}</source>
        <translation>Łączna kwota sporna: {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="322"/>
        <source>Where it stands: {stage}</source>
        <translation>Etap: {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="323"/>
        <location filename="../../desktop_app/cli/show.py" line="365"/>
        <source>Next: {step}</source>
        <translation>Następny krok: {step}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="309"/>
        <source>(charge of {day}, {amount})</source>
        <translation>(obciążenie z dnia {day}, {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="340"/>
        <source>{body}: {open}. {why}</source>
        <translation>{body}: {open}. {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="146"/>
        <source>its passphrase</source>
        <translation>jej własne hasło</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="148"/>
        <source>the store&apos;s recovery key or passphrase</source>
        <translation>klucz odzyskiwania lub hasło magazynu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="305"/>
        <source>The passphrase was set.</source>
        <translation>Ustawiono hasło.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="93"/>
        <source>The recovery key does NOT open the store at {root}: {problem}</source>
        <translation>Klucz odzyskiwania NIE otwiera magazynu w {root}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="113"/>
        <source>Restored {cases} and {files} into {target}; every file&apos;s SHA-256 and the database were checked.</source>
        <translation>Przywrócono do {target}: {cases} i {files}; sprawdzono sumy SHA-256 wszystkich plików oraz bazę danych.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/store.py" line="118"/>
        <location filename="../../desktop_app/cli/store.py" line="159"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="142"/>
        <source>A passphrase for the backup: </source>
        <translation>Hasło do kopii zapasowej: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="142"/>
        <source>no backup was written</source>
        <translation>nie zapisano kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="180"/>
        <source>             &apos;dossier store encrypt&apos; encrypts it in place</source>
        <translation>               &apos;dossier store encrypt&apos; szyfruje go w miejscu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="196"/>
        <source>recovery key: set when the store was encrypted</source>
        <translation>klucz odzyskiwania: ustawiony podczas szyfrowania magazynu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="288"/>
        <source>The passphrase was removed: the store opens with the system keyring or its recovery key.</source>
        <translation>Usunięto hasło: magazyn otwiera się kluczem z systemowego pęku kluczy lub kluczem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="50"/>
        <source>Accepting loses the newer records for good: add --yes to confirm (keep a copy of the folder first, and look for a backup: &apos;dossier restore&apos;).</source>
        <translation>Akceptacja oznacza trwałą utratę nowszych wpisów: dodaj --yes, aby potwierdzić (najpierw zrób kopię folderu i poszukaj kopii zapasowej: &apos;dossier restore&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="57"/>
        <source>Accept this database as it is, losing the newer records? [y/N] </source>
        <translation>Zaakceptować tę bazę danych w obecnej postaci i utracić nowsze wpisy? [t/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="59"/>
        <location filename="../../desktop_app/cli/store.py" line="239"/>
        <source>Nothing was changed.</source>
        <translation>Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="63"/>
        <source>Accepted the database of the store at {data_dir} as it is. Evidence files that no record names any more are kept: &apos;dossier evidence unused&apos; lists them.</source>
        <translation>Zaakceptowano bazę danych magazynu w {data_dir} w obecnej postaci. Pliki dowodów, do których nie odwołuje się już żaden wpis, zostają zachowane: wyświetla je &apos;dossier evidence unused&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="81"/>
        <location filename="../../desktop_app/cli/unlocking.py" line="160"/>
        <source>no Dossier store at {root}</source>
        <translation>brak magazynu Dossier w {root}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="86"/>
        <source>The recovery key opens the store at {root}. Nothing was changed.</source>
        <translation>Klucz odzyskiwania otwiera magazyn w {root}. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="136"/>
        <source>This store is not encrypted: give --passphrase-file FILE to protect its backup.</source>
        <translation>Ten magazyn nie jest zaszyfrowany: podaj --passphrase-file FILE, aby chronić jego kopię zapasową.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="151"/>
        <source>Wrote {output} ({size}): {cases}, {files}, checked before it was written. It opens with {how}.</source>
        <translation>Zapisano {output} ({size}): {cases}, {files}, sprawdzone przed zapisem. Otwiera ją: {how}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="172"/>
        <source>store:       {folder}</source>
        <translation>magazyn:       {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="174"/>
        <source>encrypted:   {answer}</source>
        <translation>zaszyfrowany:  {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="221"/>
        <source>Encrypted the store at {data_dir}.</source>
        <translation>Zaszyfrowano magazyn w {data_dir}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="236"/>
        <source>Decrypting writes every file in plaintext: add --yes to confirm.</source>
        <translation>Odszyfrowanie zapisze wszystkie pliki jawnym tekstem: dodaj --yes, aby potwierdzić.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="238"/>
        <source>Decrypt the store, writing every file in plaintext? [y/N] </source>
        <translation>Odszyfrować magazyn i zapisać wszystkie pliki jawnym tekstem? [t/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="243"/>
        <source>Decrypted the store at {data_dir}: its files are now in plaintext.</source>
        <translation>Odszyfrowano magazyn w {data_dir}: jego pliki są teraz zapisane jawnym tekstem.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="251"/>
        <location filename="../../desktop_app/cli/store.py" line="39"/>
        <source>The database of the store at {data_dir} matches its record: nothing to accept.</source>
        <translation>Baza danych magazynu w {data_dir} zgadza się z rekordem: nie ma czego akceptować.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="269"/>
        <source>The recovery key does NOT open the store at {data_dir}: {problem}</source>
        <translation>Klucz odzyskiwania NIE otwiera magazynu w {data_dir}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="278"/>
        <source>New recovery key (the old one no longer works):

    {text}
</source>
        <translation>Nowy klucz odzyskiwania (stary już nie działa):

    {text}
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="300"/>
        <location filename="../../desktop_app/cli/unlocking.py" line="219"/>
        <source>New passphrase: </source>
        <translation>Nowe hasło: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="300"/>
        <location filename="../../desktop_app/cli/unlocking.py" line="210"/>
        <source>nothing was changed</source>
        <translation>niczego nie zmieniono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="303"/>
        <source>Give the new passphrase with --passphrase-file FILE.</source>
        <translation>Podaj nowe hasło opcją --passphrase-file FILE.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="46"/>
        <source>problem: {problem}</source>
        <translation>problem: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="175"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="175"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="183"/>
        <source>keyring:     {answer}</source>
        <translation>pęk kluczy:    {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="191"/>
        <source>passphrase:  {answer}</source>
        <translation>hasło:         {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="226"/>
        <source>Its recovery key, shown once; write it down or print it:

    {recovery}
</source>
        <translation>Jego klucz odzyskiwania, pokazywany tylko raz; zapisz go lub wydrukuj:

    {recovery}
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="262"/>
        <source>The recovery key opens the store at {data_dir}. Nothing was changed.</source>
        <translation>Klucz odzyskiwania otwiera magazyn w {data_dir}. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="184"/>
        <source>holds the key</source>
        <translation>przechowuje klucz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="186"/>
        <source>does not hold the key</source>
        <translation>nie przechowuje klucza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="192"/>
        <source>set</source>
        <translation>ustawione</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="214"/>
        <source>The store&apos;s new recovery key, shown once; write it down:

    {key}
</source>
        <translation>Nowy klucz odzyskiwania magazynu, pokazywany tylko raz; zapisz go:

    {key}
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="122"/>
        <source>nothing was created</source>
        <translation>niczego nie utworzono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="193"/>
        <source>Recovery key: </source>
        <translation>Klucz odzyskiwania: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="198"/>
        <source>No recovery key was given: type it, or give it as one line on standard input.</source>
        <translation>Nie podano klucza odzyskiwania: wpisz go lub podaj jako jeden wiersz na standardowym wejściu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="209"/>
        <source>Give --passphrase-file FILE.</source>
        <translation>Podaj --passphrase-file FILE.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="46"/>
        <source>The same passphrase again: </source>
        <translation>Powtórz hasło: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="48"/>
        <source>The two passphrases differ (or are empty); {refused}.</source>
        <translation>Hasła się różnią (lub są puste); {refused}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="77"/>
        <source>{what} names {path}, which is empty.</source>
        <translation>{what} wskazuje plik {path}, który jest pusty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="119"/>
        <source>Set {variable} to a file holding the passphrase.</source>
        <translation>Ustaw {variable} na plik z hasłem.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="125"/>
        <source>Passphrase or recovery key for {store}: </source>
        <translation>Hasło lub klucz odzyskiwania do {store}: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="170"/>
        <source>dossier: made a new encrypted store at {root}.
Its recovery key opens it if the system keyring or the passphrase is lost:

    {recovery}

Write it down or print it, and keep it apart from this computer. It is not shown again.</source>
        <translation>dossier: utworzono nowy zaszyfrowany magazyn w {root}.
Jego klucz odzyskiwania otworzy go, jeśli stracisz dostęp do systemowego pęku kluczy lub hasła:

    {recovery}

Zapisz go lub wydrukuj i przechowuj z dala od tego komputera. Nie zostanie pokazany ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="182"/>
        <source>dossier: the key is protected by your passphrase only ({note})</source>
        <translation>dossier: klucz jest chroniony tylko Twoim hasłem ({note})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="63"/>
        <source>{what} names {path}, which cannot be read ({reason}).</source>
        <translation>{what} wskazuje plik {path}, którego nie można odczytać ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="69"/>
        <source>{what} names {path}, which is not UTF-8 text.</source>
        <translation>{what} wskazuje plik {path}, który nie jest tekstem UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="108"/>
        <source>{problem} On a terminal Dossier asks for it; a script sets {variable} to a file holding the passphrase.</source>
        <translation>{problem} W terminalu Dossier pyta o hasło; skrypt ustawia {variable} na plik z hasłem.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="32"/>
        <source>January</source>
        <translation>styczeń</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="33"/>
        <source>February</source>
        <translation>luty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="34"/>
        <source>March</source>
        <translation>marzec</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="35"/>
        <source>April</source>
        <translation>kwiecień</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="36"/>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="37"/>
        <source>June</source>
        <translation>czerwiec</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="38"/>
        <source>July</source>
        <translation>lipiec</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="39"/>
        <source>August</source>
        <translation>sierpień</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="40"/>
        <source>September</source>
        <translation>wrzesień</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="41"/>
        <source>October</source>
        <translation>październik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="42"/>
        <source>November</source>
        <translation>listopad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="43"/>
        <source>December</source>
        <translation>grudzień</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="70"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="223"/>
        <source>No date and time was given; write them as 2026-10-05 14:30</source>
        <translation>Nie podano daty i godziny; wpisz je w postaci 2026-10-05 14:30</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="195"/>
        <source>“{moment}” happened twice in {zone} (the clocks went back an hour); add the offset, as in {first} or {second}</source>
        <translation>„{moment}” wystąpiło w strefie {zone} dwukrotnie (zegary cofnięto o godzinę); dodaj przesunięcie, np. {first} lub {second}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="59"/>
        <source>The {what} {day} is not taken: its year {year} is outside {first}–{last}, which looks like a typing error</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>Nie przyjęto: {what} {day} — rok {year} wykracza poza zakres {first}–{last}, co wygląda na literówkę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="77"/>
        <source>“{text}” is not taken as a {what}: the year {year} is outside {first}–{last}, which looks like a typing error</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>Nie przyjęto „{text}” ({what}): rok {year} wykracza poza zakres {first}–{last}, co wygląda na literówkę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="86"/>
        <source>“{text}” is not a {what}: there is no month {month} (months go from 1 to 12)</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>„{text}” nie jest prawidłową wartością ({what}): nie ma miesiąca {month} (miesiące mają numery od 1 do 12)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="117"/>
        <source>No {what} was given; write it as YYYY-MM-DD, such as 2026-10-03</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>Nie podano wartości ({what}); wpisz ją w formacie RRRR-MM-DD, np. 2026-10-03</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="126"/>
        <source>“{text}” is not a {what}; write it as YYYY-MM-DD, such as 2026-10-03</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>„{text}” nie jest prawidłową wartością ({what}); wpisz ją w formacie RRRR-MM-DD, np. 2026-10-03</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="140"/>
        <source>“{text}” is not a time: there is no hour {hour} (hours go from 0 to 23)</source>
        <translation>„{text}” nie jest godziną: nie ma godziny {hour} (godziny mają wartości od 0 do 23)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="146"/>
        <source>“{text}” is not a time: there is no minute {minute} (minutes go from 0 to 59)</source>
        <translation>„{text}” nie jest godziną: nie ma minuty {minute} (minuty mają wartości od 0 do 59)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="152"/>
        <source>“{text}” is not a time: there is no second {second} (seconds go from 0 to 59)</source>
        <translation>„{text}” nie jest godziną: nie ma sekundy {second} (sekundy mają wartości od 0 do 59)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="187"/>
        <source>“{moment}” did not happen in {zone}: the clocks skipped that hour (a change of daylight-saving time); check the time</source>
        <translation>„{moment}” nie wystąpiło w strefie {zone}: zegary przeskoczyły tę godzinę (zmiana czasu letniego); sprawdź godzinę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="227"/>
        <source>“{text}” is not a date and time; write them as 2026-10-05 14:30 (an offset such as +02:00 may follow)</source>
        <translation>„{text}” nie jest datą z godziną; wpisz je w postaci 2026-10-05 14:30 (można dodać przesunięcie, np. +02:00)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="250"/>
        <source>“{text}” has no valid offset: {offset} is not an offset from UTC (they go from -12:00 to +14:00)</source>
        <translation>„{text}” nie ma prawidłowego przesunięcia: {offset} nie jest przesunięciem względem UTC (dopuszczalne od -12:00 do +14:00)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="97"/>
        <source>“{text}” is not a {what}: {month} {year} has no day {day} (it has {last} days)</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>„{text}” nie jest prawidłową wartością ({what}): {month} {year} nie ma dnia {day} (ma {last} dni)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="164"/>
        <source>“{name}” is not a time zone; give one such as Europe/Warsaw</source>
        <translation>„{name}” nie jest strefą czasową; podaj np. Europe/Warsaw</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="20"/>
        <source>Monday</source>
        <translation>poniedziałek</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="21"/>
        <source>Tuesday</source>
        <translation>wtorek</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="22"/>
        <source>Wednesday</source>
        <translation>środa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="23"/>
        <source>Thursday</source>
        <translation>czwartek</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="24"/>
        <source>Friday</source>
        <translation>piątek</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="25"/>
        <source>Saturday</source>
        <translation>sobota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="26"/>
        <source>Sunday</source>
        <translation>niedziela</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="143"/>
        <source>{day} is {why}: act by {weekday} {before}, the working day before (banks and post offices may be closed).</source>
        <translation>{day} to {why}: zdąż do {before} ({weekday}), czyli poprzedniego dnia roboczego (banki i placówki pocztowe mogą być zamknięte).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="140"/>
        <source>{day} is {why}: the answer may come on the next working day.</source>
        <translation>{day} to {why}: odpowiedź może przyjść w następnym dniu roboczym.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="120"/>
        <source>a public holiday in {country} ({holiday})</source>
        <translation>dzień ustawowo wolny od pracy w {country} ({holiday})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="116"/>
        <source>a {weekday}</source>
        <comment>a {weekday}: a Sunday</comment>
        <translation>{weekday}</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="182"/>
        <source>charge&apos;s date</source>
        <translation>data obciążenia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="183"/>
        <source>charge&apos;s expected delivery</source>
        <translation>data oczekiwanej dostawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="184"/>
        <source>last payment</source>
        <translation>ostatnia płatność</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="185"/>
        <source>filing with the bank</source>
        <translation>złożenie reklamacji w banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="463"/>
        <source>“{title}”: {count} from the {start}, {due} ({source})</source>
        <translation>„{title}”: {count}, licząc od: {start}, {due} ({source})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="104"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="106"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n tydzień</numerusform>
            <numerusform>%n tygodnie</numerusform>
            <numerusform>%n tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="108"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="110"/>
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n dzień roboczy</numerusform>
            <numerusform>%n dni robocze</numerusform>
            <numerusform>%n dni roboczych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="474"/>
        <source>Two rules give different dates for this right ({told}); the earlier is shown.</source>
        <translation>Dwa przepisy dają różne daty dla tego uprawnienia ({told}); pokazano wcześniejszą.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="409"/>
        <source>Sources disagree ({others}); the earlier date is shown.</source>
        <translation>Źródła się różnią ({others}); pokazano wcześniejszą datę.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="434"/>
        <source>The case&apos;s {dates} is not used: each disputed charge counts from its own date.</source>
        <translation>Nie używa się daty sprawy ({dates}): każde sporne obciążenie liczy się od własnej daty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="421"/>
        <source>At most {count} after the {start}.</source>
        <translation>Najwyżej {count}, licząc od: {start}.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="312"/>
        <source>Nothing is left to escalate: the issuer decided in your favour. Keep the record: if the merchant challenges the decision, the bank may write to you again</source>
        <translation>Nie ma już czego eskalować: wydawca karty rozstrzygnął na Twoją korzyść. Zachowaj dokumentację: jeśli sprzedawca zakwestionuje decyzję, bank może się z Tobą ponownie skontaktować</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="207"/>
        <source>the stage you chose</source>
        <translation>etap wybrany przez Ciebie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="233"/>
        <source>the complaint to the bank of {day}</source>
        <translation>reklamacja w banku z dnia {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="237"/>
        <source>the dispute filed with the issuer on {day}</source>
        <translation>reklamacja złożona u wydawcy karty dnia {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="242"/>
        <source>the bank&apos;s final response of {day}</source>
        <translation>ostateczna odpowiedź banku z dnia {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="287"/>
        <source>customer service</source>
        <translation>obsługa klienta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="288"/>
        <source>a supervisor</source>
        <translation>przełożony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="289"/>
        <source>the head office</source>
        <translation>centrala</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="290"/>
        <source>the bank</source>
        <translation>bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="291"/>
        <source>the regulator or ombudsman</source>
        <translation>regulator lub rzecznik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="317"/>
        <source>the issuer&apos;s decision, as evidence</source>
        <translation>decyzję wydawcy karty jako dowód</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="404"/>
        <location filename="../../desktop_app/domain/escalation.py" line="327"/>
        <source>your bank or card issuer</source>
        <translation>Twój bank lub wydawca karty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="252"/>
        <source>the issuer decided in your favour</source>
        <translation>wydawca karty rozstrzygnął na Twoją korzyść</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="219"/>
        <source>the refusal of {who} on {day}</source>
        <translation>odmowa ({who}) z dnia {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="221"/>
        <source>the final response of {who} on {day}</source>
        <translation>ostateczna odpowiedź ({who}) z dnia {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="259"/>
        <source>the issuer decided against you</source>
        <translation>wydawca karty rozstrzygnął na Twoją niekorzyść</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="403"/>
        <source>the merchant</source>
        <translation>sprzedawca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="215"/>
        <source>a contact with {who} on {day}</source>
        <translation>kontakt ({who}) z dnia {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="228"/>
        <source>the written complaint that reached the merchant on {day}</source>
        <translation>pisemna reklamacja doręczona sprzedawcy dnia {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="250"/>
        <source>the issuer decided in your favour on {day}</source>
        <translation>wydawca karty rozstrzygnął na Twoją korzyść dnia {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="269"/>
        <source>the issuer decided for only part of the dispute</source>
        <translation>wydawca karty uwzględnił reklamację tylko częściowo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="257"/>
        <source>the issuer decided against you on {day}</source>
        <translation>wydawca karty rozstrzygnął na Twoją niekorzyść dnia {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="279"/>
        <source>the provisional credit was taken back</source>
        <translation>warunkowe uznanie zostało cofnięte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="320"/>
        <source>(claim {claim})</source>
        <translation>(nr reklamacji {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="265"/>
        <source>the issuer decided for only part of the dispute on {day}</source>
        <translation>wydawca karty uwzględnił reklamację tylko częściowo dnia {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="275"/>
        <source>the provisional credit was taken back on {day}</source>
        <translation>warunkowe uznanie zostało cofnięte dnia {day}</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="33"/>
        <source>declared no charset and was read as {label}</source>
        <translation>nie deklaruje kodowania znaków i odczytano jako {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="41"/>
        <source>declared charset &apos;{charset}&apos; but its bytes do not fit it; it was read as {label}</source>
        <translation>deklaruje kodowanie &apos;{charset}&apos;, ale bajty do niego nie pasują; odczytano jako {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="46"/>
        <source>declared charset &apos;{charset}&apos; and was read as {label}</source>
        <translation>deklaruje kodowanie &apos;{charset}&apos; i odczytano jako {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="59"/>
        <source>declared charset &apos;{charset}&apos; but its text is {label}; it was read as {label}</source>
        <translation>deklaruje kodowanie &apos;{charset}&apos;, ale tekst jest w {label}; odczytano jako {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="131"/>
        <source>{where} contains a base64 encoded word that could not be decoded</source>
        <translation>{where}: zawiera słowo zakodowane w base64, którego nie udało się zdekodować</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="23"/>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="24"/>
        <source>an e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="25"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="67"/>
        <source>{name} is named {suffix} but holds {content}: it is kept as {content}</source>
        <translation>{name} ma rozszerzenie {suffix}, ale zawiera: {content}; zostaje zapisany jako: {content}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="77"/>
        <source>a {type} file</source>
        <translation>plik {type}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="32"/>
        <source>{name} is empty (0 bytes): there is nothing in it to keep</source>
        <translation>{name} jest pusty (0 bajtów): nie ma w nim nic do zachowania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="76"/>
        <source>a {format} picture</source>
        <translation>obraz {format}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="53"/>
        <source>{name} is a picture of no size ({width}x{height})</source>
        <translation>{name} jest obrazem bez wymiarów ({width}x{height})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="44"/>
        <source>{name} claims to be a picture of more than {millions} million pixels: no camera or screen makes such a picture, and opening it could exhaust this computer&apos;s memory</source>
        <translation>{name} podaje się za obraz o ponad {millions} mln pikseli: żaden aparat ani ekran nie tworzy takich obrazów, a jego otwarcie mogłoby wyczerpać pamięć tego komputera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="483"/>
        <source>the message ends before its last part is closed; it may be truncated</source>
        <translation>wiadomość kończy się przed zamknięciem ostatniej części; może być ucięta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="486"/>
        <source>{where} is declared multipart but its boundary never appears; it was read as plain text</source>
        <translation>{where}: zadeklarowano typ multipart, ale granica części nigdzie nie występuje; odczytano jako zwykły tekst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="490"/>
        <source>{where} is declared multipart but names no boundary; it was read as plain text</source>
        <translation>{where}: zadeklarowano typ multipart, ale nie podano granicy części; odczytano jako zwykły tekst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="494"/>
        <source>{where} is declared multipart but has no parts</source>
        <translation>{where}: zadeklarowano typ multipart, ale brak części</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="495"/>
        <source>the headers of {where} start with a continuation line</source>
        <translation>{where}: nagłówki zaczynają się od wiersza kontynuacji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="498"/>
        <source>the headers of {where} contain a misplaced &apos;From &apos; envelope line</source>
        <translation>{where}: nagłówki zawierają źle umieszczony wiersz koperty &apos;From &apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="501"/>
        <source>the headers of {where} contain a line that is not a header; what follows was read as its body</source>
        <translation>{where}: nagłówki zawierają wiersz, który nie jest nagłówkiem; dalszą część odczytano jako treść</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="505"/>
        <source>{where} is multipart but declares a transfer encoding</source>
        <translation>{where}: typ multipart, a mimo to zadeklarowano kodowanie transferu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="508"/>
        <source>{where} contains bytes that could not be decoded</source>
        <translation>{where}: zawiera bajty, których nie udało się zdekodować</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="509"/>
        <source>the base64 data of {where} is badly padded; it may be incomplete</source>
        <translation>{where}: dane base64 mają złe dopełnienie; mogą być niekompletne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="512"/>
        <source>the base64 data of {where} contains characters that are not base64</source>
        <translation>{where}: dane base64 zawierają znaki spoza base64</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="515"/>
        <source>the base64 data of {where} is cut short and could not be decoded</source>
        <translation>{where}: dane base64 są ucięte i nie udało się ich zdekodować</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="522"/>
        <source>{where} is malformed</source>
        <translation>{where}: nieprawidłowa struktura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="252"/>
        <source>the message</source>
        <translation>wiadomość</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="252"/>
        <source>a part</source>
        <translation>część wiadomości</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="143"/>
        <source>the message has no From header</source>
        <translation>wiadomość nie ma nagłówka From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="216"/>
        <source>the message has no Date header</source>
        <translation>wiadomość nie ma nagłówka Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="219"/>
        <source>the Date header is empty</source>
        <translation>nagłówek Date jest pusty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="69"/>
        <source>{name} is empty, so it is not an e-mail</source>
        <translation>{name} jest pusty, więc nie jest e-mailem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="80"/>
        <source>{name} is not an e-mail: it does not start with headers such as From, To, Subject or Date</source>
        <translation>{name} nie jest e-mailem: nie zaczyna się od nagłówków takich jak From, To, Subject czy Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="87"/>
        <source>{name} is not an e-mail: none of its header lines is an e-mail header such as From, To, Subject or Date</source>
        <translation>{name} nie jest e-mailem: żaden z jego wierszy nagłówka nie jest nagłówkiem e-maila, takim jak From, To, Subject czy Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="185"/>
        <source>the forwarded message&apos;s {field} header</source>
        <translation>nagłówek {field} przekazanej wiadomości</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="187"/>
        <source>the {field} header</source>
        <translation>nagłówek {field}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="234"/>
        <source>the Date header gives no time zone that can be read; it was read as UTC</source>
        <translation>nagłówek Date nie podaje czytelnej strefy czasowej; przyjęto UTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="75"/>
        <source>{name} cannot be read: its parts are nested too deeply</source>
        <translation>Nie można odczytać {name}: jego części są zbyt głęboko zagnieżdżone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="247"/>
        <source>parts nested more than {max_depth} levels deep were left out</source>
        <translation>pominięto części zagnieżdżone głębiej niż na {max_depth} poziomach</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="266"/>
        <source>the attachment &apos;{name}&apos;</source>
        <translation>załącznik &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="361"/>
        <source>a forwarded message could not be written back and was left out</source>
        <translation>nie udało się ponownie zapisać przekazanej wiadomości, więc ją pominięto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="375"/>
        <source>a forwarded message has damaged encoded data; it was kept encoded</source>
        <translation>przekazana wiadomość ma uszkodzone zakodowane dane; zachowano ją w postaci zakodowanej</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="410"/>
        <source>{where} declared the unknown transfer encoding &apos;{encoding}&apos;; its bytes were kept as they are</source>
        <translation>{where}: zadeklarowano nieznane kodowanie transferu &apos;{encoding}&apos;; bajty zachowano bez zmian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="225"/>
        <source>the Date header &apos;{date_text}&apos; is not a date that can be read</source>
        <translation>nagłówek Date &apos;{date_text}&apos; nie zawiera czytelnej daty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="258"/>
        <source>{where} of type {content_type} could not be read and was left out</source>
        <translation>{where} (typ {content_type}): nie udało się odczytać, pominięto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="237"/>
        <source>it has no date</source>
        <translation>nie ma daty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="122"/>
        <source>{name} is not an mbox: it has no line starting with &apos;From &apos;</source>
        <translation>{name} nie jest plikiem mbox: nie ma wiersza zaczynającego się od &apos;From &apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="144"/>
        <source>{origin}: the message is empty or too large to read</source>
        <translation>{origin}: wiadomość jest pusta lub zbyt duża, by ją odczytać</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="218"/>
        <source>{origin} is an Outlook file but not an e-mail (a contact, task or note)</source>
        <translation>{origin} jest plikiem Outlooka, ale nie e-mailem (to kontakt, zadanie lub notatka)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="74"/>
        <source>{path}: cannot be read ({value})</source>
        <translation>{path}: nie można odczytać ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="82"/>
        <source>{name} is empty: there is no message in it</source>
        <translation>{name} jest pusty: nie ma w nim żadnej wiadomości</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="188"/>
        <source>{origin} cannot be read as an Outlook message ({reason})</source>
        <translation>Nie można odczytać {origin} jako wiadomości Outlooka ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="250"/>
        <source>its attachment {name} is not a file (an embedded item) and was left out</source>
        <translation>jej załącznik {name} nie jest plikiem (to osadzony element) i został pominięty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="210"/>
        <source>its {name} cannot be read ({reason})</source>
        <translation>nie można odczytać: {name} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="73"/>
        <source>{name}: {type}, {size}. Open the original to see it.</source>
        <translation>{name}: {type}, {size}. Otwórz oryginał, aby go zobaczyć.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="74"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln bajt</numerusform>
            <numerusform>%Ln bajty</numerusform>
            <numerusform>%Ln bajtów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="109"/>
        <source>(no text on the first page: it may be a scan)</source>
        <translation>(brak tekstu na pierwszej stronie: może to być skan)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="118"/>
        <source>{name}: %n page(s). First page:</source>
        <translation>
            <numerusform>{name}: %n strona. Pierwsza strona:</numerusform>
            <numerusform>{name}: %n strony. Pierwsza strona:</numerusform>
            <numerusform>{name}: %n stron. Pierwsza strona:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="131"/>
        <source>The PDF cannot be read, so its pages cannot be drawn.</source>
        <translation>Nie można odczytać pliku PDF, więc nie da się narysować jego stron.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="114"/>
        <source>{name}: %n page(s). Text of the first page:</source>
        <translation>
            <numerusform>{name}: %n strona. Tekst pierwszej strony:</numerusform>
            <numerusform>{name}: %n strony. Tekst pierwszej strony:</numerusform>
            <numerusform>{name}: %n stron. Tekst pierwszej strony:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="89"/>
        <source>Attachments: {names}</source>
        <translation>Załączniki: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="134"/>
        <source>There is no page {page}: the PDF has %n page(s), numbered from 1.</source>
        <translation>
            <numerusform>Nie ma strony {page}: PDF ma %n stronę, numerowaną od 1.</numerusform>
            <numerusform>Nie ma strony {page}: PDF ma %n strony, numerowane od 1.</numerusform>
            <numerusform>Nie ma strony {page}: PDF ma %n stron, numerowanych od 1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="141"/>
        <source>Page {page} of {count} cannot be drawn (it may be damaged).</source>
        <translation>Nie można narysować strony {page} z {count} (może być uszkodzona).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="98"/>
        <source>{name} is protected by a password.</source>
        <translation>{name} jest chroniony hasłem.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="106"/>
        <source>{name} cannot be read as a PDF ({reason}).</source>
        <translation>Nie można odczytać {name} jako pliku PDF ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/text.py" line="60"/>
        <source>{name} cannot be read as a PDF ({reason})</source>
        <translation>Nie można odczytać {name} jako pliku PDF ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/text.py" line="47"/>
        <source>{name} is protected by a password, so its text cannot be searched</source>
        <translation>{name} jest chroniony hasłem, więc nie można przeszukać jego tekstu</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="55"/>
        <source>a card dispute (chargeback) letter</source>
        <translation>pismo reklamacyjne dotyczące karty (chargeback)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="56"/>
        <source>a SEPA direct-debit refund request</source>
        <translation>wniosek o zwrot polecenia zapłaty SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="57"/>
        <source>an unauthorised direct-debit notice</source>
        <translation>zgłoszenie nieautoryzowanego polecenia zapłaty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="58"/>
        <source>a Fair Credit Billing Act notice</source>
        <translation>zgłoszenie na podstawie Fair Credit Billing Act</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="59"/>
        <source>a Regulation E error notice</source>
        <translation>zgłoszenie błędu na podstawie Regulation E</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="60"/>
        <source>a Section 75 claim</source>
        <translation>roszczenie z Section 75</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="61"/>
        <source>a Financial Ombudsman referral</source>
        <translation>skarga do Financial Ombudsman</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="62"/>
        <source>a complaint to the merchant</source>
        <translation>reklamacja do sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="63"/>
        <source>an invoice request</source>
        <translation>prośba o fakturę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="64"/>
        <source>a complaint to the bank</source>
        <translation>reklamacja w banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="69"/>
        <source>card</source>
        <translation>karta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="70"/>
        <source>direct debit</source>
        <translation>polecenie zapłaty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="71"/>
        <source>bank transfer</source>
        <translation>przelew bankowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="72"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="225"/>
        <source>{letter} {is_for}: {problem}.</source>
        <comment>e.g. A Section 75 claim / is for a UK credit card paid by a consumer / the customer is a company</comment>
        <translation>{letter} {is_for}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="98"/>
        <source>the case does not say how it was paid</source>
        <translation>w sprawie nie podano sposobu płatności</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="119"/>
        <source>the case does not say the card&apos;s kind (credit, debit or prepaid)</source>
        <translation>w sprawie nie podano rodzaju karty (kredytowa, debetowa lub przedpłacona)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="130"/>
        <source>the customer is a company</source>
        <translation>klientem jest firma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="132"/>
        <source>the card or account is a business one</source>
        <translation>karta lub rachunek są firmowe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="139"/>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="169"/>
        <source>the case has no country</source>
        <translation>w sprawie nie podano kraju</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="160"/>
        <source>is for a card payment</source>
        <translation>dotyczy płatności kartą</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="161"/>
        <source>the case is paid by card</source>
        <translation>w sprawie zapłacono kartą</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="103"/>
        <source>this case is paid by {means}</source>
        <translation>sposób płatności w tej sprawie to: {means}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="163"/>
        <source>is for a direct debit in a SEPA country</source>
        <translation>dotyczy polecenia zapłaty w kraju SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="164"/>
        <source>the case is a direct debit in a SEPA country</source>
        <translation>sprawa dotyczy polecenia zapłaty w kraju SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="102"/>
        <source>another means</source>
        <translation>inny sposób</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="122"/>
        <source>this case&apos;s card is a {card}, not {wanted}</source>
        <translation>karta w tej sprawie to {card}, a nie {wanted}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="141"/>
        <source>this case&apos;s country is {country}, not {wanted}</source>
        <translation>kraj tej sprawy to {country}, a nie {wanted}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="181"/>
        <source>is for a US credit card paid by a consumer</source>
        <translation>dotyczy amerykańskiej karty kredytowej konsumenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="182"/>
        <source>the case is a consumer&apos;s US credit card</source>
        <translation>sprawa dotyczy amerykańskiej karty kredytowej konsumenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="152"/>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="89"/>
        <location filename="../../desktop_app/domain/letters.py" line="164"/>
        <source>{kind} is not a letter; choose one of {kinds}</source>
        <translation>{kind} nie jest rodzajem pisma; wybierz jeden z: {kinds}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="189"/>
        <source>is for a US consumer&apos;s debit or prepaid card, bank transfer or direct debit</source>
        <translation>dotyczy amerykańskiej karty debetowej lub przedpłaconej, przelewu lub polecenia zapłaty konsumenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="192"/>
        <source>the case is a US consumer&apos;s electronic fund transfer</source>
        <translation>sprawa dotyczy elektronicznego przelewu środków amerykańskiego konsumenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="223"/>
        <source>{letter} fits: {why}.</source>
        <translation>{letter} pasuje: {why}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="171"/>
        <source>a UK Direct Debit is covered by the Direct Debit Guarantee instead</source>
        <translation>brytyjskie polecenie zapłaty (Direct Debit) chroni zamiast tego Direct Debit Guarantee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="185"/>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="210"/>
        <source>a credit card</source>
        <translation>karta kredytowa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="206"/>
        <source>is for a UK credit card paid by a consumer</source>
        <translation>dotyczy brytyjskiej karty kredytowej konsumenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="207"/>
        <source>the case is a consumer&apos;s UK credit card</source>
        <translation>sprawa dotyczy brytyjskiej karty kredytowej konsumenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="214"/>
        <source>is for a complaint about a UK bank or card issuer</source>
        <translation>dotyczy skargi na brytyjski bank lub wydawcę karty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="215"/>
        <source>the case is in the United Kingdom</source>
        <translation>sprawa dotyczy Wielkiej Brytanii</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="200"/>
        <source>a debit or prepaid card</source>
        <translation>karta debetowa lub przedpłacona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="209"/>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="216"/>
        <source>GB (the United Kingdom)</source>
        <translation>GB (Wielka Brytania)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="175"/>
        <source>this case&apos;s country, {country}, is not in SEPA</source>
        <translation>kraj tej sprawy, {country}, nie należy do SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="219"/>
        <source>{letter} fits every case.</source>
        <translation>{letter} pasuje do każdej sprawy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letters.py" line="172"/>
        <source>a {kind} letter does not fit this case ({why}); the kinds that fit: {kinds}</source>
        <translation>pismo {kind} nie pasuje do tej sprawy ({why}); pasujące rodzaje: {kinds}</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../desktop_app/fileio.py" line="103"/>
        <source>something that is not a regular file</source>
        <translation>coś, co nie jest zwykłym plikiem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="208"/>
        <source>{path}: cannot write here (no free name for a temporary file)</source>
        <translation>{path}: nie można tu zapisać (brak wolnej nazwy dla pliku tymczasowego)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="98"/>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO (potok nazwany)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="102"/>
        <source>a link to something that is not a regular file</source>
        <translation>dowiązanie do czegoś, co nie jest zwykłym plikiem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="110"/>
        <location filename="../../desktop_app/fileio.py" line="111"/>
        <source>the file</source>
        <comment>what cannot be written</comment>
        <translation>pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="112"/>
        <source>the pack</source>
        <comment>what cannot be written</comment>
        <translation>pakietu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="113"/>
        <source>the pack&apos;s .sha256 file</source>
        <comment>what cannot be written</comment>
        <translation>pliku .sha256 pakietu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="114"/>
        <source>the letter</source>
        <comment>what cannot be written</comment>
        <translation>pisma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="115"/>
        <source>the recovery key</source>
        <comment>what cannot be written</comment>
        <translation>klucza odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="116"/>
        <source>the calendar</source>
        <comment>what cannot be written</comment>
        <translation>kalendarza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="117"/>
        <location filename="../../desktop_app/fileio.py" line="118"/>
        <source>the case file</source>
        <comment>what cannot be written</comment>
        <translation>pliku sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="119"/>
        <source>the exported evidence</source>
        <comment>what cannot be written</comment>
        <translation>wyeksportowanych dowodów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="120"/>
        <source>the backup</source>
        <comment>what cannot be written</comment>
        <translation>kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="121"/>
        <source>the case bundle</source>
        <comment>what cannot be written</comment>
        <translation>archiwum sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="143"/>
        <source>{path}: refused: this place is inside the Dossier store folder {store}, where writing {what} could damage the store; choose a place outside it</source>
        <translation>{path}: odrzucono: to miejsce leży w folderze magazynu Dossier {store}, gdzie zapis {what} mógłby uszkodzić magazyn; wybierz miejsce poza nim</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="171"/>
        <source>{path} exists; add --force to replace it</source>
        <translation>{path} już istnieje; dodaj --force, aby go zastąpić</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="189"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: folder {folder} nie istnieje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="92"/>
        <source>a link to a folder</source>
        <translation>dowiązanie do folderu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="92"/>
        <source>a folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="94"/>
        <source>a link to a device</source>
        <translation>dowiązanie do urządzenia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="94"/>
        <source>a device</source>
        <translation>urządzenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="97"/>
        <source>a link to a FIFO (named pipe)</source>
        <translation>dowiązanie do FIFO (potoku nazwanego)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="100"/>
        <source>a link to a socket</source>
        <translation>dowiązanie do gniazda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="100"/>
        <source>a socket</source>
        <translation>gniazdo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="139"/>
        <location filename="../../desktop_app/fileio.py" line="154"/>
        <source>{path}: cannot write {what} there ({reason})</source>
        <translation>{path}: zapis {what} w tym miejscu jest niemożliwy ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="159"/>
        <source>{path}: refused: this is {kind}, not a regular file; give the name of a file to write</source>
        <translation>{path}: odrzucono: to {kind}, a nie zwykły plik; podaj nazwę pliku do zapisania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="164"/>
        <source>{path}: refused: this is {kind}, not a regular file; give the name of a file to write {what} in</source>
        <translation>{path}: odrzucono: to {kind}, a nie zwykły plik; podaj nazwę pliku do zapisu {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="251"/>
        <source>{path}: cannot be written ({reason}); nothing was changed</source>
        <translation>{path}: nie można zapisać ({reason}); niczego nie zmieniono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="203"/>
        <source>{path}: cannot write here ({reason})</source>
        <translation>{path}: nie można tu zapisać ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="250"/>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <location filename="../../desktop_app/pack/assemble.py" line="154"/>
        <source>The pack&apos;s pages do not add up ({found} found, {expected} expected).</source>
        <translation>Liczba stron pakietu się nie zgadza (jest {found}, powinno być {expected}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/assemble.py" line="240"/>
        <source>{path}: cannot be written ({reason}); nothing was changed</source>
        <translation>{path}: nie można zapisać ({reason}); niczego nie zmieniono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="376"/>
        <source>#{id} (in the trash)</source>
        <translation>#{id} (w koszu)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="553"/>
        <source>more than %n page(s)</source>
        <translation>
            <numerusform>więcej niż %n strona</numerusform>
            <numerusform>więcej niż %n strony</numerusform>
            <numerusform>więcej niż %n stron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="451"/>
        <source>the files would be %n page(s) in all</source>
        <translation>
            <numerusform>pliki miałyby łącznie %n stronę</numerusform>
            <numerusform>pliki miałyby łącznie %n strony</numerusform>
            <numerusform>pliki miałyby łącznie %n stron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="237"/>
        <source>The pack was cancelled; nothing was written.</source>
        <translation>Anulowano tworzenie pakietu; niczego nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="310"/>
        <source>Putting the pack together</source>
        <translation>Składanie pakietu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="332"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="551"/>
        <source>more than {size} MB</source>
        <translation>więcej niż {size} MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="162"/>
        <source>{file}: {problem}. Nothing was written; choose a shorter name, for example {suggested}.</source>
        <translation>{file}: {problem}. Niczego nie zapisano; wybierz krótszą nazwę, na przykład {suggested}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="366"/>
        <source>Evidence {ids} is given more than once in the exhibits&apos; order; give each exhibit once.</source>
        <translation>
            <numerusform>Dowód {ids} występuje w kolejności załączników więcej niż raz; podaj każdy załącznik tylko raz.</numerusform>
            <numerusform>Dowody {ids} występują w kolejności załączników więcej niż raz; podaj każdy załącznik tylko raz.</numerusform>
            <numerusform>Dowody {ids} występują w kolejności załączników więcej niż raz; podaj każdy załącznik tylko raz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="379"/>
        <source>Evidence {ids} is not in this case, or is in its trash: give the ids &apos;dossier evidence list&apos; shows, each once.</source>
        <translation>
            <numerusform>Dowodu {ids} nie ma w tej sprawie albo jest w jej koszu: podaj numery wyświetlane przez &apos;dossier evidence list&apos;, każdy tylko raz.</numerusform>
            <numerusform>Dowodów {ids} nie ma w tej sprawie albo są w jej koszu: podaj numery wyświetlane przez &apos;dossier evidence list&apos;, każdy tylko raz.</numerusform>
            <numerusform>Dowodów {ids} nie ma w tej sprawie albo są w jej koszu: podaj numery wyświetlane przez &apos;dossier evidence list&apos;, każdy tylko raz.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="449"/>
        <source>the files would be {size} in all</source>
        <translation>pliki miałyby łącznie {size}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="207"/>
        <source>Or run it again with --fit: the pack then keeps the exhibits that matter most and lists the others as available on request.</source>
        <translation>Możesz też uruchomić polecenie ponownie z --fit: pakiet zachowa wtedy najważniejsze załączniki, a pozostałe wymieni jako dostępne na żądanie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="251"/>
        <source>{exhibit_problem}. Nothing was written; remove or replace this exhibit, or let the pack put a page saying why it is missing.</source>
        <translation>{exhibit_problem}. Niczego nie zapisano; usuń lub zastąp ten załącznik albo pozwól, by pakiet zawierał w jego miejscu stronę z wyjaśnieniem, dlaczego go brakuje.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="442"/>
        <source>part {part} would be {size} and %n page(s): {problem}</source>
        <translation>
            <numerusform>część {part} miałaby {size} i %n stronę: {problem}</numerusform>
            <numerusform>część {part} miałaby {size} i %n strony: {problem}</numerusform>
            <numerusform>część {part} miałaby {size} i %n stron: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="458"/>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="498"/>
        <location filename="../../desktop_app/pack/bundle.py" line="52"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: folder {folder} nie istnieje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="538"/>
        <source>{path}: the copy does not match the pack that was built; export it again</source>
        <translation>{path}: kopia nie zgadza się z utworzonym pakietem; wyeksportuj go ponownie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="293"/>
        <source>{step} (smaller settings, try {attempt})</source>
        <translation>{step} (mniejsze ustawienia, próba {attempt})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="463"/>
        <source>{path}: the pack cannot be written ({reason})</source>
        <translation>{path}: nie można zapisać pakietu ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/bundle.py" line="80"/>
        <source>{path}: the bundle cannot be written ({reason}); nothing was kept</source>
        <translation>{path}: nie można zapisać archiwum sprawy ({reason}); niczego nie zachowano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/bundle.py" line="65"/>
        <source>The case bundle was not written: you cancelled it.</source>
        <translation>Nie zapisano archiwum sprawy: zapis został anulowany.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/bundle.py" line="68"/>
        <source>Adding {file}</source>
        <translation>Dodawanie {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="252"/>
        <source>a box on page {page}, but an image has one page</source>
        <translation>ramka na stronie {page}, a obraz ma tylko jedną stronę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="470"/>
        <source>the e-mail cannot be read</source>
        <translation>nie da się odczytać wiadomości e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="488"/>
        <source>the PDF file is empty</source>
        <translation>plik PDF jest pusty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="505"/>
        <source>the PDF has no pages</source>
        <translation>plik PDF nie ma żadnych stron</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="517"/>
        <source>the image file is empty</source>
        <translation>plik obrazu jest pusty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="474"/>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="493"/>
        <source>the PDF is protected by a password</source>
        <translation>plik PDF jest chroniony hasłem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="527"/>
        <source>the image is too large to open safely (a possible decompression bomb)</source>
        <translation>obraz jest zbyt duży, by bezpiecznie go otworzyć (możliwa bomba dekompresyjna)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="502"/>
        <source>the PDF is damaged ({detail})</source>
        <translation>plik PDF jest uszkodzony ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="533"/>
        <source>the image cannot be decoded ({detail})</source>
        <translation>nie da się zdekodować obrazu ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="510"/>
        <source>original quality</source>
        <translation>oryginalna jakość</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="516"/>
        <source>, %n images per page</source>
        <translation>
            <numerusform>, %n obraz na stronie</numerusform>
            <numerusform>, %n obrazy na stronie</numerusform>
            <numerusform>, %n obrazów na stronie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="544"/>
        <source>%n page(s) too many</source>
        <translation>
            <numerusform>o %n stronę za dużo</numerusform>
            <numerusform>o %n strony za dużo</numerusform>
            <numerusform>o %n stron za dużo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="556"/>
        <source>in all about {size} and %n page(s)</source>
        <translation>
            <numerusform>łącznie ok. {size} i %n strona</numerusform>
            <numerusform>łącznie ok. {size} i %n strony</numerusform>
            <numerusform>łącznie ok. {size} i %n stron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="565"/>
        <source>The pack cannot fit the {profile} profile ({limits}): even at the smallest settings {failure}; {total}. The largest exhibits: {largest}. Nothing was written. Leave some exhibits out, or choose a profile with more room.</source>
        <translation>Pakiet nie mieści się w profilu {profile} ({limits}): nawet przy najmniejszych ustawieniach {failure}; {total}. Największe załączniki: {largest}. Niczego nie zapisano. Pomiń część załączników albo wybierz profil z większymi limitami.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="512"/>
        <source>{dpi} dpi, JPEG quality {quality}</source>
        <translation>{dpi} dpi, jakość JPEG {quality}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="241"/>
        <source>it would need %n file(s) of at most {size}</source>
        <translation>
            <numerusform>pakiet wymagałby %n pliku o rozmiarze najwyżej {size}</numerusform>
            <numerusform>pakiet wymagałby %n plików o rozmiarze najwyżej {size}</numerusform>
            <numerusform>pakiet wymagałby %n plików o rozmiarze najwyżej {size}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="542"/>
        <source>{size} too large</source>
        <translation>o {size} za dużo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="551"/>
        <source>{letter} {name} ({size}, %n page(s))</source>
        <translation>
            <numerusform>{letter} {name} ({size}, %n strona)</numerusform>
            <numerusform>{letter} {name} ({size}, %n strony)</numerusform>
            <numerusform>{letter} {name} ({size}, %n stron)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="560"/>
        <source>{size_over} and {pages_over}</source>
        <translation>{size_over} i {pages_over}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="233"/>
        <source>exhibit {letters} alone takes %n page(s) and {size}</source>
        <translation>
            <numerusform>sam załącznik {letters} zajmuje %n stronę i {size}</numerusform>
            <numerusform>sam załącznik {letters} zajmuje %n strony i {size}</numerusform>
            <numerusform>sam załącznik {letters} zajmuje %n stron i {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/front_cut.py" line="47"/>
        <source>the full communication log (%n contact(s))</source>
        <translation>
            <numerusform>pełny rejestr kontaktów (%n kontakt)</numerusform>
            <numerusform>pełny rejestr kontaktów (%n kontakty)</numerusform>
            <numerusform>pełny rejestr kontaktów (%n kontaktów)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/front_cut.py" line="50"/>
        <source>the transactions not in dispute (%n transaction(s))</source>
        <translation>
            <numerusform>niekwestionowane transakcje (%n transakcja)</numerusform>
            <numerusform>niekwestionowane transakcje (%n transakcje)</numerusform>
            <numerusform>niekwestionowane transakcje (%n transakcji)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/front_cut.py" line="54"/>
        <source>the timeline&apos;s entries neither page 1 nor a kept exhibit refers to (%n entry(ies))</source>
        <translation>
            <numerusform>wpisy przebiegu zdarzeń, do których nie odsyła ani strona 1, ani żaden zachowany załącznik (%n wpis)</numerusform>
            <numerusform>wpisy przebiegu zdarzeń, do których nie odsyła ani strona 1, ani żaden zachowany załącznik (%n wpisy)</numerusform>
            <numerusform>wpisy przebiegu zdarzeń, do których nie odsyła ani strona 1, ani żaden zachowany załącznik (%n wpisów)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/messages.py" line="18"/>
        <source>Exhibit {letter} ({name})</source>
        <translation>Załącznik {letter} ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/messages.py" line="23"/>
        <source>{label}: {text}</source>
        <comment>a label, then what it says</comment>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/messages.py" line="33"/>
        <source>; </source>
        <comment>the separator between the items of a list</comment>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="316"/>
        <source>not even one exhibit fits beside page 1 and the front matter (at least %n page(s))</source>
        <translation>
            <numerusform>obok strony 1 i pozostałych stron wstępnych nie mieści się ani jeden załącznik (same zajmują co najmniej %n stronę)</numerusform>
            <numerusform>obok strony 1 i pozostałych stron wstępnych nie mieści się ani jeden załącznik (same zajmują co najmniej %n strony)</numerusform>
            <numerusform>obok strony 1 i pozostałych stron wstępnych nie mieści się ani jeden załącznik (same zajmują co najmniej %n stron)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="523"/>
        <source>it needs at least %n page(s), even with four images on a page</source>
        <translation>
            <numerusform>zajmuje co najmniej %n stronę, nawet przy czterech obrazach na stronie</numerusform>
            <numerusform>zajmuje co najmniej %n strony, nawet przy czterech obrazach na stronie</numerusform>
            <numerusform>zajmuje co najmniej %n stron, nawet przy czterech obrazach na stronie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/planner.py" line="525"/>
        <source>its sizes, even at the smallest settings, exceed it</source>
        <translation>nawet przy najmniejszych ustawieniach jego rozmiar przekracza limity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="533"/>
        <source>no room left for it within the profile&apos;s limits (about %n page(s), up to {size})</source>
        <translation>
            <numerusform>zabrakło dla niego miejsca w limitach profilu (ok. %n strona, do {size})</numerusform>
            <numerusform>zabrakło dla niego miejsca w limitach profilu (ok. %n strony, do {size})</numerusform>
            <numerusform>zabrakło dla niego miejsca w limitach profilu (ok. %n stron, do {size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="322"/>
        <source>not even one exhibit fits beside page 1 and the front matter (at least {pages} pages), even leaving out {parts} (%n page(s) then)</source>
        <translation>
            <numerusform>obok strony 1 i pozostałych stron wstępnych (co najmniej {pages} str.) nie mieści się ani jeden załącznik, nawet gdy pakiet pominie {parts} (zostaje wtedy %n strona)</numerusform>
            <numerusform>obok strony 1 i pozostałych stron wstępnych (co najmniej {pages} str.) nie mieści się ani jeden załącznik, nawet gdy pakiet pominie {parts} (zostają wtedy %n strony)</numerusform>
            <numerusform>obok strony 1 i pozostałych stron wstępnych (co najmniej {pages} str.) nie mieści się ani jeden załącznik, nawet gdy pakiet pominie {parts} (zostaje wtedy %n stron)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="509"/>
        <source>{name} (%n page(s), up to {size})</source>
        <translation>
            <numerusform>{name} (%n strona, do {size})</numerusform>
            <numerusform>{name} (%n strony, do {size})</numerusform>
            <numerusform>{name} (%n stron, do {size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="359"/>
        <source>page 1 and the front matter alone take at least %n page(s): the pack leaves out {parts}, said on its page of documents left out as available on request</source>
        <translation>
            <numerusform>już strona 1 i pozostałe strony wstępne zajmują co najmniej %n stronę: pakiet pomija {parts}, o czym informuje na stronie dokumentów niedołączonych, dostępnych na żądanie</numerusform>
            <numerusform>już strona 1 i pozostałe strony wstępne zajmują co najmniej %n strony: pakiet pomija {parts}, o czym informuje na stronie dokumentów niedołączonych, dostępnych na żądanie</numerusform>
            <numerusform>już strona 1 i pozostałe strony wstępne zajmują co najmniej %n stron: pakiet pomija {parts}, o czym informuje na stronie dokumentów niedołączonych, dostępnych na żądanie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="168"/>
        <source>Dossier cannot place it on the page to cover it</source>
        <translation>Dossier nie potrafi ustalić jego położenia na stronie, aby go zakryć</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="143"/>
        <source>the PDF cannot be rendered to cover it</source>
        <translation>nie da się zamienić pliku PDF na obraz, aby go zakryć</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="152"/>
        <source>the page cannot be rendered to cover it</source>
        <translation>nie da się zamienić strony na obraz, aby go zakryć</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="203"/>
        <source>page {page}: a card number in its text cannot be located on the page</source>
        <translation>strona {page}: tekst zawiera numer karty, ale nie da się ustalić jego położenia na stronie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="205"/>
        <source>page {page}: an IBAN in its text cannot be located on the page</source>
        <translation>strona {page}: tekst zawiera numer IBAN, ale nie da się ustalić jego położenia na stronie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="439"/>
        <source>page {page}: a card number in its text, but {why}</source>
        <translation>strona {page}: tekst zawiera numer karty, ale {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="441"/>
        <source>page {page}: an IBAN in its text, but {why}</source>
        <translation>strona {page}: tekst zawiera numer IBAN, ale {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="24"/>
        <source>not among the exhibits chosen</source>
        <translation>nie należy do wybranych załączników</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="31"/>
        <source>{named} and %n more</source>
        <translation>
            <numerusform>{named} i %n kolejny</numerusform>
            <numerusform>{named} i %n kolejne</numerusform>
            <numerusform>{named} i %n kolejnych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="64"/>
        <source>The pack cannot fit the {profile} profile ({limits}): counted before rendering, {short}. The largest exhibits: {largest}. Nothing was written. Even --fit cannot help: {why}. Choose the exhibits yourself (--exhibits), or a profile with more room.</source>
        <translation>Pakiet nie mieści się w profilu {profile} ({limits}): według wstępnych obliczeń {short}. Największe załączniki: {largest}. Niczego nie zapisano. Nawet --fit nie pomoże: {why}. Wybierz samodzielnie załączniki (--exhibits) albo profil z większymi limitami.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="75"/>
        <source>The pack cannot fit the {profile} profile ({limits}) even with exhibits left out: {why}. Nothing was written.</source>
        <translation>Pakiet nie mieści się w profilu {profile} ({limits}) nawet po pominięciu części załączników: {why}. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="85"/>
        <source>The exhibits chosen cannot fit the {profile} profile ({limits}), counted before rendering. Nothing was written.</source>
        <translation>Według wstępnych obliczeń wybrane załączniki nie mieszczą się w profilu {profile} ({limits}). Niczego nie zapisano.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="38"/>
        <source>--fit would keep %n exhibit(s) (about {pages} pages, at most {size}) and list the {count} left out as available on request: {left_out}</source>
        <translation>
            <numerusform>z --fit pakiet zachowałby %n załącznik (ok. {pages} str., najwyżej {size}), a pominięte ({count}) wymieniłby jako dostępne na żądanie: {left_out}</numerusform>
            <numerusform>z --fit pakiet zachowałby %n załączniki (ok. {pages} str., najwyżej {size}), a pominięte ({count}) wymieniłby jako dostępne na żądanie: {left_out}</numerusform>
            <numerusform>z --fit pakiet zachowałby %n załączników (ok. {pages} str., najwyżej {size}), a pominięte ({count}) wymieniłby jako dostępne na żądanie: {left_out}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="55"/>
        <source>The pack cannot fit the {profile} profile ({limits}): counted before rendering, {short}. The largest exhibits: {largest}. Nothing was written. Run it again with --fit to build the pack that fits: {fit}. Or choose the exhibits yourself (--exhibits), or a profile with more room.</source>
        <translation>Pakiet nie mieści się w profilu {profile} ({limits}): według wstępnych obliczeń {short}. Największe załączniki: {largest}. Niczego nie zapisano. Uruchom polecenie ponownie z --fit, aby utworzyć pakiet, który się zmieści: {fit}. Możesz też samodzielnie wybrać załączniki (--exhibits) albo profil z większymi limitami.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="98"/>
        <source>Even fewer cannot help: {why}.</source>
        <translation>Nawet mniej załączników nie pomoże: {why}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="108"/>
        <source>The pack includes %n image(s) ({letters}). Dossier cannot read text in images: check they show no full card number or other private detail, and draw boxes over any in the evidence preview.</source>
        <translation>
            <numerusform>Pakiet zawiera %n obraz ({letters}). Dossier nie odczytuje tekstu z obrazów: sprawdź, czy nie widać na nim pełnego numeru karty ani innych danych poufnych; jeśli tak, zakryj je ramkami w podglądzie dowodu.</numerusform>
            <numerusform>Pakiet zawiera %n obrazy ({letters}). Dossier nie odczytuje tekstu z obrazów: sprawdź, czy nie widać na nich pełnego numeru karty ani innych danych poufnych; jeśli tak, zakryj je ramkami w podglądzie dowodu.</numerusform>
            <numerusform>Pakiet zawiera %n obrazów ({letters}). Dossier nie odczytuje tekstu z obrazów: sprawdź, czy nie widać na nich pełnego numeru karty ani innych danych poufnych; jeśli tak, zakryj je ramkami w podglądzie dowodu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="150"/>
        <source>{exhibit}: its image is redacted (listed in the integrity appendix).</source>
        <translation>{exhibit}: na obrazie zakryto fragmenty (wykaz w załączniku integralności).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="154"/>
        <source>{exhibit}: page(s) {pages} redacted (listed in the integrity appendix).</source>
        <translation>
            <numerusform>{exhibit}: na stronie {pages} zakryto fragmenty (wykaz w załączniku integralności).</numerusform>
            <numerusform>{exhibit}: na stronach {pages} zakryto fragmenty (wykaz w załączniku integralności).</numerusform>
            <numerusform>{exhibit}: na stronach {pages} zakryto fragmenty (wykaz w załączniku integralności).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="169"/>
        <source>Written as confirmed, with a full card number Dossier could not redact: {exhibits}.</source>
        <translation>Zapisano zgodnie z potwierdzeniem, z pełnym numerem karty, którego Dossier nie udało się zakryć: {exhibits}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="180"/>
        <source>A full card number would go out in the pack, and Dossier cannot redact it: {exhibits}. Nothing was written. Draw boxes over it in the evidence&apos;s preview (the pack redacts those), leave the exhibit out (--exhibits), or confirm that it may go out (--allow-card-numbers).</source>
        <translation>Pakiet zawierałby pełny numer karty, którego Dossier nie może zakryć: {exhibits}. Niczego nie zapisano. Zakryj numer ramkami w podglądzie dowodu (pakiet zakrywa obszary pod ramkami), pomiń załącznik (--exhibits) albo potwierdź, że numer może trafić do pakietu (--allow-card-numbers).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="198"/>
        <source>{exhibit} is replaced by a page saying why: {reason}</source>
        <translation>{exhibit} został zastąpiony stroną z wyjaśnieniem: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="50"/>
        <source>; page 1 and the front matter alone being too long, it would also leave out {parts} (available on request)</source>
        <translation>; ponieważ już strona 1 i pozostałe strony wstępne są za długie, pominąłby też {parts} (dostępne na żądanie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="94"/>
        <source>Of them, these would have to go as well: {exhibits}.</source>
        <translation>Spośród nich trzeba by pominąć także: {exhibits}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="205"/>
        <source>%n document(s) left out to fit the {profile} profile, listed as available on request: {documents}</source>
        <translation>
            <numerusform>Pominięto %n dokument, aby zmieścić się w profilu {profile}; wymieniono go jako dostępny na żądanie: {documents}</numerusform>
            <numerusform>Pominięto %n dokumenty, aby zmieścić się w profilu {profile}; wymieniono je jako dostępne na żądanie: {documents}</numerusform>
            <numerusform>Pominięto %n dokumentów, aby zmieścić się w profilu {profile}; wymieniono je jako dostępne na żądanie: {documents}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="217"/>
        <source>Page 1 and the front matter alone break the {profile} profile: the pack leaves out {parts}, said on its page of documents left out as available on request.</source>
        <translation>Już strona 1 i pozostałe strony wstępne przekraczają limity profilu {profile}: pakiet pomija {parts}, o czym informuje na stronie dokumentów niedołączonych, dostępnych na żądanie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="129"/>
        <source>{exhibit}: page(s) {pages} hold no text Dossier can read (a scan, a picture): check they show no full card number, and draw boxes over any in the evidence preview.</source>
        <translation>
            <numerusform>{exhibit}: strona {pages} nie zawiera tekstu, który Dossier może odczytać (skan, zdjęcie): sprawdź, czy nie widać na niej pełnego numeru karty; jeśli tak, zakryj go ramką w podglądzie dowodu.</numerusform>
            <numerusform>{exhibit}: strony {pages} nie zawierają tekstu, który Dossier może odczytać (skan, zdjęcie): sprawdź, czy nie widać na nich pełnego numeru karty; jeśli tak, zakryj go ramką w podglądzie dowodu.</numerusform>
            <numerusform>{exhibit}: strony {pages} nie zawierają tekstu, który Dossier może odczytać (skan, zdjęcie): sprawdź, czy nie widać na nich pełnego numeru karty; jeśli tak, zakryj go ramką w podglądzie dowodu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="138"/>
        <source>{exhibit} shows an IBAN Dossier could not redact ({where}).</source>
        <translation>{exhibit} zawiera numer IBAN, którego Dossier nie udało się zakryć ({where}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="144"/>
        <source>{exhibit}: a redaction box is left out ({why}).</source>
        <translation>{exhibit}: pominięto ramkę zakrycia ({why}).</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../desktop_app/domain/models.py" line="95"/>
        <source>{payment} ending {last4}</source>
        <translation>{payment} z końcówką {last4}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/models.py" line="85"/>
        <source>{network} {method}</source>
        <comment>a card&apos;s network, then the means of payment</comment>
        <translation>{method} {network}</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="93"/>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="110"/>
        <source>the {profile} portal takes file names of at most {most} ASCII characters (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), and {name} has %n</source>
        <translation>
            <numerusform>portal {profile} przyjmuje tylko nazwy plików do {most} znaków ASCII (litery, cyfry, &apos;-&apos;, &apos;_&apos; i &apos;.&apos;), a nazwa {name} ma %n znak</numerusform>
            <numerusform>portal {profile} przyjmuje tylko nazwy plików do {most} znaków ASCII (litery, cyfry, &apos;-&apos;, &apos;_&apos; i &apos;.&apos;), a nazwa {name} ma %n znaki</numerusform>
            <numerusform>portal {profile} przyjmuje tylko nazwy plików do {most} znaków ASCII (litery, cyfry, &apos;-&apos;, &apos;_&apos; i &apos;.&apos;), a nazwa {name} ma %n znaków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="117"/>
        <source>the {profile} portal takes file names of at most {most} ASCII characters (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), and {name} has %n, with characters it does not take</source>
        <translation>
            <numerusform>portal {profile} przyjmuje tylko nazwy plików do {most} znaków ASCII (litery, cyfry, &apos;-&apos;, &apos;_&apos; i &apos;.&apos;), a nazwa {name} ma %n znak i zawiera znaki, których portal nie przyjmuje</numerusform>
            <numerusform>portal {profile} przyjmuje tylko nazwy plików do {most} znaków ASCII (litery, cyfry, &apos;-&apos;, &apos;_&apos; i &apos;.&apos;), a nazwa {name} ma %n znaki i zawiera znaki, których portal nie przyjmuje</numerusform>
            <numerusform>portal {profile} przyjmuje tylko nazwy plików do {most} znaków ASCII (litery, cyfry, &apos;-&apos;, &apos;_&apos; i &apos;.&apos;), a nazwa {name} ma %n znaków i zawiera znaki, których portal nie przyjmuje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="78"/>
        <source>%n page(s) per file</source>
        <translation>
            <numerusform>%n strona na plik</numerusform>
            <numerusform>%n strony na plik</numerusform>
            <numerusform>%n stron na plik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="80"/>
        <source>up to %n file(s)</source>
        <translation>
            <numerusform>maksymalnie %n plik</numerusform>
            <numerusform>maksymalnie %n pliki</numerusform>
            <numerusform>maksymalnie %n plików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="86"/>
        <source>%n page(s) in all</source>
        <translation>
            <numerusform>łącznie %n strona</numerusform>
            <numerusform>łącznie %n strony</numerusform>
            <numerusform>łącznie %n stron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="89"/>
        <source>file names of at most %n ASCII character(s)</source>
        <translation>
            <numerusform>nazwy plików do %n znaku ASCII</numerusform>
            <numerusform>nazwy plików do %n znaków ASCII</numerusform>
            <numerusform>nazwy plików do %n znaków ASCII</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="92"/>
        <source>black and white</source>
        <translation>czarno-białe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="156"/>
        <source>No limit</source>
        <translation>Bez limitu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="181"/>
        <source>U.S. Bank cardholder portal</source>
        <translation>Portal posiadaczy kart U.S. Bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="188"/>
        <source>Single PDF of 2 MB (Adyen, Marqeta-style issuers)</source>
        <translation>Jeden PDF do 2 MB (Adyen, wydawcy w modelu Marqeta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="209"/>
        <source>--max-mb must be more than 0</source>
        <translation>--max-mb musi być większe od 0</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="214"/>
        <source>--max-pages must be at least 1</source>
        <translation>--max-pages musi wynosić co najmniej 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="202"/>
        <source>{name} is not a profile; choose one of {profiles}</source>
        <translation>{name} nie jest profilem; wybierz jeden z: {profiles}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="75"/>
        <source>{size} MB per file</source>
        <translation>{size} MB na plik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="83"/>
        <source>{size} MB in all</source>
        <translation>łącznie {size} MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="100"/>
        <source>; source: {source}</source>
        <translation>; źródło: {source}</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../rules/checklists.json" line="11"/>
        <source>The disputed charge: its date, amount and reference</source>
        <translation>Sporne obciążenie: data, kwota i numer referencyjny</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="12"/>
        <source>Proof of the purchase: receipt, invoice, order confirmation or contract</source>
        <translation>Dowód zakupu: paragon, faktura, potwierdzenie zamówienia lub umowa</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="13"/>
        <source>Your attempt to resolve it with the merchant</source>
        <translation>Próba rozwiązania sprawy ze sprzedawcą</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="14"/>
        <source>The merchant&apos;s answer: a refusal or final response, or a promise it did not keep</source>
        <translation>Odpowiedź sprzedawcy: odmowa, ostateczna odpowiedź albo niedotrzymana obietnica</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="15"/>
        <source>What happened, in your own words</source>
        <translation>Co się stało, własnymi słowami</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="11"/>
        <source>Add the charge as the bank statement shows it, and tick “I dispute this one”.</source>
        <translation>Dodaj obciążenie tak, jak widnieje na wyciągu bankowym, i zaznacz „Kwestionuję to obciążenie”.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="12"/>
        <source>Add the receipt, the invoice, the order confirmation e-mail or the contract. If you have none, ask the merchant for a copy.</source>
        <translation>Dodaj paragon, fakturę, e-mail z potwierdzeniem zamówienia lub umowę. Jeśli nie masz żadnego z nich, poproś sprzedawcę o kopię.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="13"/>
        <source>Log your calls, chats and e-mails with the merchant (Ctrl+L), with their dates and reference numbers.</source>
        <translation>Zapisuj rozmowy, czaty i e-maile ze sprzedawcą (Ctrl+L), z datami i numerami referencyjnymi.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="14"/>
        <source>Log the merchant&apos;s reply with what it answered (Refused, Final response, Partly accepted). A promise logged with its date counts once that date has passed with no refund recorded.</source>
        <translation>Zapisz odpowiedź sprzedawcy razem z jej wynikiem (Odmowa, Ostateczna odpowiedź, Częściowo uznana). Obietnica zapisana z datą liczy się, gdy ta data minie, a zwrot nie zostanie zapisany.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="15"/>
        <source>Write the story of the case in Edit case details (F2): it becomes the first page of the pack.</source>
        <translation>Opisz historię sprawy w oknie „Edytuj szczegóły sprawy” (F2): stanie się pierwszą stroną pakietu.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="21"/>
        <source>The date the goods or service were expected</source>
        <translation>Data, w której miał zostać dostarczony towar lub wykonana usługa</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="22"/>
        <source>What was bought, as the merchant described it</source>
        <translation>Co zostało kupione, zgodnie z opisem sprzedawcy</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="28"/>
        <source>What is wrong: photos or a description of the defect</source>
        <translation>Co jest nie tak: zdjęcia lub opis wady</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="29"/>
        <source>Your return attempt: its date and how</source>
        <translation>Próba zwrotu: data i sposób</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="35"/>
        <source>The date you cancelled</source>
        <translation>Data rezygnacji</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="36"/>
        <source>Proof of the cancellation: confirmation, e-mail or screenshot</source>
        <translation>Dowód rezygnacji: potwierdzenie, e-mail lub zrzut ekranu</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="37"/>
        <source>A charge dated after the cancellation</source>
        <translation>Obciążenie z datą późniejszą niż rezygnacja</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="38"/>
        <source>The merchant&apos;s terms and cancellation policy</source>
        <translation>Regulamin sprzedawcy i zasady rezygnacji</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="44"/>
        <source>The date you cancelled or returned it</source>
        <translation>Data rezygnacji lub zwrotu</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="45"/>
        <source>Proof of the return: carrier, tracking number, date the merchant received it</source>
        <translation>Dowód zwrotu: przewoźnik, numer przesyłki, data odbioru przez sprzedawcę</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="46"/>
        <source>The merchant&apos;s return or cancellation policy</source>
        <translation>Zasady zwrotów lub rezygnacji sprzedawcy</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="52"/>
        <source>The refund promise or credit voucher, with its date</source>
        <translation>Obietnica zwrotu lub potwierdzenie zwrotu (credit voucher), z datą</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="53"/>
        <source>The promise in writing</source>
        <translation>Obietnica na piśmie</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="59"/>
        <source>Both charges: date, amount and authorisation code (or ARN) of each</source>
        <translation>Oba obciążenia: data, kwota i kod autoryzacji (lub ARN) każdego z nich</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="60"/>
        <source>The statement showing both charges</source>
        <translation>Wyciąg z oboma obciążeniami</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="66"/>
        <source>Proof of the other payment</source>
        <translation>Dowód innej płatności</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="72"/>
        <source>The agreed price: a quote, order, purchase order or contract, or the agreed amount of each disputed charge</source>
        <translation>Uzgodniona cena: oferta, zamówienie, zamówienie zakupu lub umowa albo kwota uzgodniona każdego spornego obciążenia</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="73"/>
        <source>The statement showing the amount charged</source>
        <translation>Wyciąg z pobraną kwotą</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="79"/>
        <source>Your statement that you did not authorise the charge</source>
        <translation>Oświadczenie, że obciążenie nie zostało przez Ciebie autoryzowane</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="80"/>
        <source>Proof the card was blocked or reported</source>
        <translation>Dowód zastrzeżenia lub zgłoszenia karty</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="21"/>
        <source>Fill in “Delivery expected” on each disputed charge, or in the case details.</source>
        <translation>Uzupełnij „Oczekiwana dostawa” przy każdym spornym obciążeniu lub w szczegółach sprawy.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="22"/>
        <source>Add the order confirmation, the product page, the quote or the merchant&apos;s terms.</source>
        <translation>Dodaj potwierdzenie zamówienia, stronę produktu, ofertę lub regulamin sprzedawcy.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="28"/>
        <source>Add photos or screenshots that show what is wrong.</source>
        <translation>Dodaj zdjęcia lub zrzuty ekranu pokazujące, co jest nie tak.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="29"/>
        <source>Add the return receipt or tracking, and fill in “Returned on”.</source>
        <translation>Dodaj potwierdzenie nadania zwrotu lub śledzenie przesyłki i uzupełnij „Data zwrotu towaru”.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="35"/>
        <source>Fill in “Cancelled on” in the case details.</source>
        <translation>Uzupełnij „Data rezygnacji” w szczegółach sprawy.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="36"/>
        <source>Add the cancellation confirmation, e-mail or a screenshot of it, of kind “Cancellation proof”.</source>
        <translation>Dodaj potwierdzenie rezygnacji, e-mail lub zrzut ekranu jako dowód rodzaju „Potwierdzenie rezygnacji”.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="37"/>
        <source>Add the charge that came after you cancelled, and the date you cancelled.</source>
        <translation>Dodaj obciążenie pobrane po rezygnacji oraz datę rezygnacji.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="38"/>
        <source>Add the terms or the cancellation policy as they were when you cancelled, or the contract.</source>
        <translation>Dodaj regulamin lub zasady rezygnacji obowiązujące w chwili rezygnacji albo umowę.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="44"/>
        <source>Fill in “Returned on” or “Cancelled on” in the case details.</source>
        <translation>Uzupełnij „Data zwrotu towaru” lub „Data rezygnacji” w szczegółach sprawy.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="45"/>
        <source>Add the carrier&apos;s receipt or tracking page, of kind “Return proof”.</source>
        <translation>Dodaj potwierdzenie nadania od przewoźnika lub stronę śledzenia przesyłki jako dowód rodzaju „Dowód zwrotu lub nadania”.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="46"/>
        <source>Add the terms or the return policy.</source>
        <translation>Dodaj regulamin lub zasady zwrotów.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="52"/>
        <source>Log the contact where the refund was promised, with its date, or add the credit voucher.</source>
        <translation>Zapisz kontakt, w którym obiecano zwrot, z jego datą, albo dodaj potwierdzenie zwrotu.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="53"/>
        <source>Add the e-mail, letter, chat transcript or screenshot where the merchant promised the refund.</source>
        <translation>Dodaj e-mail, pismo, zapis czatu lub zrzut ekranu, w którym sprzedawca obiecał zwrot.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="59"/>
        <source>Add both charges with their authorisation codes (on the card statement or from the bank), and tick “I dispute this one” on the duplicate.</source>
        <translation>Dodaj oba obciążenia z kodami autoryzacji (z wyciągu karty lub od banku) i zaznacz „Kwestionuję to obciążenie” przy duplikacie.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="60"/>
        <source>Add the bank statement (you may black out other lines).</source>
        <translation>Dodaj wyciąg bankowy (pozostałe pozycje możesz zaczernić).</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="66"/>
        <source>Add the receipt or statement of the payment made another way.</source>
        <translation>Dodaj potwierdzenie lub wyciąg płatności dokonanej w inny sposób.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="72"/>
        <source>Add the quote, the order, the purchase order or the contract of kind “Quote”, “Order”, “Purchase order” or “Contract”, or give each disputed charge its agreed amount. The invoice that shows the wrong amount does not prove the agreed one.</source>
        <translation>Dodaj ofertę, zamówienie, zamówienie zakupu lub umowę jako dowód rodzaju „Oferta lub kosztorys”, „Potwierdzenie zamówienia”, „Zamówienie zakupu” lub „Umowa” albo podaj kwotę uzgodnioną dla każdego spornego obciążenia. Faktura z błędną kwotą nie dowodzi kwoty uzgodnionej.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="73"/>
        <source>Add the bank statement.</source>
        <translation>Dodaj wyciąg bankowy.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="79"/>
        <source>Write in the story that you did not make or allow this payment.</source>
        <translation>Napisz w historii sprawy, że ta płatność nie została przez Ciebie dokonana ani zatwierdzona.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="80"/>
        <source>Log the call to your bank that blocked the card, with its reference.</source>
        <translation>Zapisz rozmowę z bankiem, w której zastrzeżono kartę, z jej numerem referencyjnym.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <source>Your report to your bank: when and how you told it</source>
        <translation>Zgłoszenie w banku: kiedy i jak poinformowano bank</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="93"/>
        <source>The mandate reference (RUM / UMR; in the UK, the Direct Debit reference)</source>
        <translation>Identyfikator mandatu (RUM / UMR; w Wielkiej Brytanii Direct Debit reference)</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="94"/>
        <source>The creditor identifier (ICS / CI; in the UK, the service user number) of who took the debits</source>
        <translation>Identyfikator wierzyciela (ICS / CI; w Wielkiej Brytanii service user number), który pobrał płatności</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="95"/>
        <source>Each disputed debit&apos;s line on your bank statement</source>
        <translation>Pozycja każdego spornego obciążenia na wyciągu bankowym</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="96"/>
        <source>When the revocation of the mandate (or the end of the contract) reached the creditor</source>
        <translation>Kiedy odwołanie mandatu (lub zakończenie umowy) dotarło do wierzyciela</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="97"/>
        <source>Proof of the revocation or cancellation, and of when it arrived: the registered letter&apos;s receipt, the e-mail or the confirmation</source>
        <translation>Dowód odwołania lub rezygnacji i daty doręczenia: potwierdzenie odbioru listu poleconego, e-mail lub potwierdzenie</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="98"/>
        <source>A debit taken after the revocation or cancellation</source>
        <translation>Obciążenie pobrane po odwołaniu lub rezygnacji</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="99"/>
        <source>Both debits: date, amount and reference of each</source>
        <translation>Oba obciążenia: data, kwota i numer referencyjny każdego z nich</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="106"/>
        <location filename="../rules/checklists.json" line="106"/>
        <source>Both payments: date, amount and reference of each</source>
        <translation>Obie płatności: data, kwota i numer referencyjny każdej z nich</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="113"/>
        <source>Both payments: date, amount and transaction id of each</source>
        <translation>Obie płatności: data, kwota i identyfikator transakcji każdej z nich</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <source>Log the call or message to your bank (or PayPal) reporting the payment, with its reference.</source>
        <translation>Zapisz rozmowę lub wiadomość, w której zgłoszono płatność bankowi (lub PayPal), z numerem referencyjnym.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="93"/>
        <source>Copy it from the debit&apos;s line on your statement or from the mandate into the payment&apos;s “Mandate reference”.</source>
        <translation>Przepisz go z pozycji obciążenia na wyciągu lub z mandatu do pola „Identyfikator mandatu” płatności.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="94"/>
        <source>Copy it from the debit&apos;s line on your statement into the payment&apos;s “Creditor identifier”.</source>
        <translation>Przepisz go z pozycji obciążenia na wyciągu do pola „Identyfikator wierzyciela” płatności.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="95"/>
        <source>For each disputed debit, add the statement with that line and link it to the debit, or copy the line&apos;s text into the debit&apos;s “Statement descriptor”.</source>
        <translation>Dla każdego spornego obciążenia dodaj wyciąg z tą pozycją i powiąż go z obciążeniem albo przepisz treść pozycji do pola „Opis na wyciągu” obciążenia.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="96"/>
        <source>Fill in “Mandate revoked” in the case details: the day your letter or e-mail arrived.</source>
        <translation>Uzupełnij „Odwołanie mandatu” w szczegółach sprawy: dzień doręczenia pisma lub e-maila.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="97"/>
        <source>Add it, of kind “Cancellation proof”.</source>
        <translation>Dodaj go jako dowód rodzaju „Potwierdzenie rezygnacji”.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="98"/>
        <source>Add the debits taken after your revocation reached the creditor, and fill in “Mandate revoked” or “Cancelled on”.</source>
        <translation>Dodaj obciążenia pobrane po doręczeniu odwołania wierzycielowi i uzupełnij „Odwołanie mandatu” lub „Data rezygnacji”.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="99"/>
        <source>Add both debits as the statement shows them, and tick “I dispute this one” on the duplicate.</source>
        <translation>Dodaj oba obciążenia tak, jak widnieją na wyciągu, i zaznacz „Kwestionuję to obciążenie” przy duplikacie.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="106"/>
        <source>Add both payments as the statement shows them, and tick “I dispute this one” on the second.</source>
        <translation>Dodaj obie płatności tak, jak widnieją na wyciągu, i zaznacz „Kwestionuję to obciążenie” przy drugiej.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="113"/>
        <source>Add both payments as PayPal lists them, and tick “I dispute this one” on the second.</source>
        <translation>Dodaj obie płatności tak, jak pokazuje je PayPal, i zaznacz „Kwestionuję to obciążenie” przy drugiej.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="120"/>
        <source>Add both payments, and tick “I dispute this one” on the second.</source>
        <translation>Dodaj obie płatności i zaznacz „Kwestionuję to obciążenie” przy drugiej.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="123"/>
        <source>Last day to dispute the charge with your card issuer (Visa chargeback)</source>
        <translation>Ostatni dzień na reklamację obciążenia u wydawcy karty (chargeback Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="154"/>
        <source>Last day to dispute the processing error with your card issuer (Visa chargeback)</source>
        <translation>Ostatni dzień na reklamację błędu przetwarzania u wydawcy karty (chargeback Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="184"/>
        <source>Last day to dispute goods or a service never received (Visa chargeback)</source>
        <translation>Ostatni dzień na reklamację nieotrzymanego towaru lub usługi (chargeback Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="222"/>
        <source>Last day to dispute a payment you did not make (Visa chargeback)</source>
        <translation>Ostatni dzień na reklamację nieautoryzowanej płatności (chargeback Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="250"/>
        <source>From this day you may dispute the refund that never came (15 days after the promised credit)</source>
        <translation>Od tego dnia możesz reklamować brak obiecanego zwrotu (15 dni po obiecanym uznaniu)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="275"/>
        <source>Last day to dispute the refund that never came (Visa chargeback)</source>
        <translation>Ostatni dzień na reklamację brakującego zwrotu (chargeback Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="304"/>
        <source>From this day you may dispute the return (15 days after you returned it)</source>
        <translation>Od tego dnia możesz reklamować zwrócony towar (15 dni po jego odesłaniu)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="330"/>
        <source>Last day to dispute the charge with your card issuer (Mastercard chargeback, 4853)</source>
        <translation>Ostatni dzień na reklamację obciążenia u wydawcy karty (chargeback Mastercard, 4853)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="361"/>
        <source>Last day to dispute goods or a service never received (Mastercard chargeback, 4853)</source>
        <translation>Ostatni dzień na reklamację nieotrzymanego towaru lub usługi (chargeback Mastercard, 4853)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="399"/>
        <source>Last day to dispute the processing error with your card issuer (Mastercard chargeback, 4834)</source>
        <translation>Ostatni dzień na reklamację błędu przetwarzania u wydawcy karty (chargeback Mastercard, 4834)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="429"/>
        <source>Last day to dispute a payment you did not make (Mastercard chargeback, 4837)</source>
        <translation>Ostatni dzień na reklamację nieautoryzowanej płatności (chargeback Mastercard, 4837)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="460"/>
        <source>Last day to dispute the refund that never came (Mastercard chargeback, 4853)</source>
        <translation>Ostatni dzień na reklamację brakującego zwrotu (chargeback Mastercard, 4853)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="488"/>
        <source>Last day to dispute the refund that never came, counted from the promise (Mastercard chargeback, 4853)</source>
        <translation>Ostatni dzień na reklamację brakującego zwrotu, liczony od obietnicy (chargeback Mastercard, 4853)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="515"/>
        <source>Your card network&apos;s chargeback limit is not known: ask your card issuer now</source>
        <translation>Termin na chargeback w Twojej organizacji kartowej jest nieznany: od razu zapytaj wydawcę karty</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="530"/>
        <source>Last day to send your written billing-error notice to the card issuer (FCBA)</source>
        <translation>Ostatni dzień na wysłanie wydawcy karty pisemnego zgłoszenia błędu w rozliczeniu (FCBA)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="558"/>
        <source>Your card issuer should have acknowledged your billing-error notice by this day (FCBA)</source>
        <translation>Do tego dnia wydawca karty powinien potwierdzić otrzymanie zgłoszenia błędu w rozliczeniu (FCBA)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="588"/>
        <source>Your card issuer must resolve your billing error by this day (two billing cycles, 90 days at most; FCBA)</source>
        <translation>Do tego dnia wydawca karty musi rozpatrzyć błąd w rozliczeniu (dwa cykle rozliczeniowe, najwyżej 90 dni; FCBA)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="619"/>
        <source>Last day to tell your bank about the error (Regulation E)</source>
        <translation>Ostatni dzień na zgłoszenie błędu w banku (Regulation E)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="653"/>
        <source>Your bank should tell you the result of its investigation by this day (Regulation E)</source>
        <translation>Do tego dnia bank powinien przekazać wynik postępowania wyjaśniającego (Regulation E)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="692"/>
        <source>With its provisional credit, your bank must finish its investigation by this day (Regulation E)</source>
        <translation>Po warunkowym uznaniu rachunku bank musi zakończyć postępowanie wyjaśniające do tego dnia (Regulation E)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="732"/>
        <source>Last day to have the direct debit refunded, no questions asked (SEPA, 8 weeks)</source>
        <translation>Ostatni dzień na bezwarunkowy zwrot polecenia zapłaty (SEPA, 8 tygodni)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="759"/>
        <source>Last day to report the debit taken after you revoked the mandate (unauthorised payment, 13 months)</source>
        <translation>Ostatni dzień na zgłoszenie obciążenia pobranego po odwołaniu mandatu (transakcja nieautoryzowana, 13 miesięcy)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="789"/>
        <source>Last day to tell your bank about a payment you did not authorise (PSD2, 13 months)</source>
        <translation>Ostatni dzień na zgłoszenie bankowi nieautoryzowanej transakcji (PSD2, 13 miesięcy)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="816"/>
        <source>A bank transfer has no chargeback: ask your bank at once to recall it</source>
        <translation>Przelewu nie obejmuje procedura chargeback: od razu poproś bank o jego odwołanie</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="831"/>
        <source>The Direct Debit Guarantee: your bank refunds a Direct Debit taken in error, at once</source>
        <translation>Direct Debit Guarantee: bank od razu zwraca błędnie pobrane polecenie zapłaty (Direct Debit)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="846"/>
        <source>Last day to claim reimbursement of an authorised push-payment scam (PSR, 13 months from the last payment)</source>
        <translation>Ostatni dzień na wniosek o zwrot środków utraconych w oszustwie na przelew autoryzowany (APP; PSR, 13 miesięcy od ostatniej płatności)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="871"/>
        <source>Last day to open a PayPal dispute (Buyer Protection, 180 days from the payment)</source>
        <translation>Ostatni dzień na otwarcie sporu w PayPal (Ochrona Kupującego, 180 dni od płatności)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="891"/>
        <source>Section 75: your credit card issuer is jointly liable with the merchant (cash price over £100, up to £30,000)</source>
        <translation>Section 75: wydawca karty kredytowej odpowiada solidarnie ze sprzedawcą (cena powyżej 100 £, do 30 000 £)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="915"/>
        <source>Last day to take the complaint to the Financial Ombudsman Service</source>
        <translation>Ostatni dzień na skierowanie skargi do Financial Ombudsman Service</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="935"/>
        <source>From this day you may take the complaint to the Financial Ombudsman Service (8 weeks without a final response)</source>
        <translation>Od tego dnia możesz skierować skargę do Financial Ombudsman Service (8 tygodni bez ostatecznej odpowiedzi)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="958"/>
        <location filename="../rules/deadlines.json" line="958"/>
        <location filename="../rules/deadlines.json" line="958"/>
        <location filename="../rules/deadlines.json" line="958"/>
        <source>Your bank should have answered your payment complaint by this day (15 business days)</source>
        <translation>Do tego dnia bank powinien odpowiedzieć na reklamację płatności (15 dni roboczych)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="979"/>
        <location filename="../rules/deadlines.json" line="979"/>
        <location filename="../rules/deadlines.json" line="979"/>
        <source>At the latest, after a holding reply, your bank must answer by this day (35 business days)</source>
        <translation>Najpóźniej do tego dnia, po wyjaśnieniu przyczyn opóźnienia, bank musi odpowiedzieć (35 dni roboczych)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1000"/>
        <source>Last day to withdraw from a distance or off-premises contract (14 days)</source>
        <translation>Ostatni dzień na odstąpienie od umowy zawartej na odległość lub poza lokalem przedsiębiorstwa (14 dni)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1031"/>
        <source>The trader must have refunded you by this day (14 days after your withdrawal)</source>
        <translation>Do tego dnia przedsiębiorca musi zwrócić płatność (14 dni od odstąpienia od umowy)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1059"/>
        <source>The trader must answer your complaint by this day, or it is deemed accepted (14 days)</source>
        <translation>Do tego dnia przedsiębiorca musi odpowiedzieć na reklamację, inaczej uważa się ją za uznaną (14 dni)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1083"/>
        <source>The trader must answer your complaint by this day (one month)</source>
        <translation>Do tego dnia przedsiębiorca musi odpowiedzieć na reklamację (jeden miesiąc)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1108"/>
        <source>A large company or a basic-service provider must answer your complaint by this day (15 business days)</source>
        <translation>Do tego dnia duże przedsiębiorstwo lub dostawca usług podstawowych musi odpowiedzieć na reklamację (15 dni roboczych)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1134"/>
        <source>Your bank must answer your complaint by this day, or it is deemed accepted (15 business days)</source>
        <translation>Do tego dnia bank musi odpowiedzieć na reklamację, inaczej uważa się ją za rozpatrzoną zgodnie z Twoją wolą (15 dni roboczych)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1155"/>
        <source>At the latest, in a complex case, your bank must answer by this day (35 business days)</source>
        <translation>Najpóźniej do tego dnia, w szczególnie skomplikowanej sprawie, bank musi odpowiedzieć (35 dni roboczych)</translation>
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
        <translation>To termin organizacji kartowej dla wydawcy karty: bank zwykle oczekuje zgłoszenia wcześniej (zob. regulamin karty), więc zgłoś reklamację już teraz.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="611"/>
        <source>Two complete billing cycles from your notice, and never more than 90 days: if your billing cycles are shorter, the date is earlier.</source>
        <translation>Dwa pełne cykle rozliczeniowe od zgłoszenia, ale nigdy więcej niż 90 dni: jeśli cykle rozliczeniowe są krótsze, termin jest wcześniejszy.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="646"/>
        <source>Regulation E covers debit card payments, ACH transfers and debits; not wire transfers (Fedwire, SWIFT).</source>
        <translation>Regulation E obejmuje płatności kartą debetową, przelewy i obciążenia ACH; nie obejmuje przelewów typu wire (Fedwire, SWIFT).</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="724"/>
        <source>90 days for a new account, a point-of-sale debit card payment or a foreign transaction.</source>
        <translation>90 dni dla nowego rachunku, płatności kartą debetową w punkcie sprzedaży lub transakcji zagranicznej.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="780"/>
        <source>This debit is dated after the mandate was revoked: taken without a valid mandate, it is an unauthorised payment. Report it to your bank without undue delay.</source>
        <translation>To obciążenie ma datę późniejszą niż odwołanie mandatu: pobrane bez ważnego mandatu jest transakcją nieautoryzowaną. Zgłoś je w banku niezwłocznie.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="807"/>
        <source>Tell your bank without undue delay: 13 months is the outer limit.</source>
        <translation>Zgłoś to w banku niezwłocznie: 13 miesięcy to termin ostateczny.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="842"/>
        <source>For a euro SEPA direct debit, the SEPA rules&apos; 8 weeks apply instead.</source>
        <translation>W przypadku polecenia zapłaty SEPA w euro obowiązuje zamiast tego 8-tygodniowy termin z zasad SEPA.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="862"/>
        <source>Only for a scam paid by Faster Payments or CHAPS since 7 October 2024; up to £85,000 per claim.</source>
        <translation>Tylko dla oszustw opłaconych przez Faster Payments lub CHAPS od 7 października 2024 r.; do 85 000 £ na jedno roszczenie.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="911"/>
        <source>Claim from the card issuer as you would from the merchant; the limit is 6 years from the breach, not a short deadline.</source>
        <translation>Dochodź roszczenia od wydawcy karty tak jak od sprzedawcy; termin wynosi 6 lat od naruszenia, a nie kilka tygodni.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="928"/>
        <source>The Financial Ombudsman serves consumers and micro-enterprises.</source>
        <translation>Financial Ombudsman przyjmuje sprawy konsumentów i mikroprzedsiębiorstw.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1021"/>
        <source>Consumers only, for a contract made online, by phone or off the trader&apos;s premises: 14 days from the day you received the goods (counted here from the expected delivery, else the charge), for a service from the contract.</source>
        <translation>Tylko konsumenci, przy umowie zawartej przez internet, telefonicznie lub poza lokalem przedsiębiorstwa: 14 dni od otrzymania towaru (liczone tu od oczekiwanej dostawy, a bez niej od obciążenia), a dla usługi od zawarcia umowy.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1052"/>
        <source>When you withdrew from a distance or off-premises contract as a consumer.</source>
        <translation>Data odstąpienia przez konsumenta od umowy zawartej na odległość lub poza lokalem przedsiębiorstwa.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1076"/>
        <source>Consumers (and sole traders buying outside their trade); no answer in time means the complaint is accepted.</source>
        <translation>Konsumenci (oraz przedsiębiorcy jednoosobowi kupujący poza zakresem swojej działalności zawodowej); brak odpowiedzi w terminie oznacza uznanie reklamacji.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1101"/>
        <source>Without an answer you may go to consumer arbitration or your OMIC.</source>
        <translation>Bez odpowiedzi możesz zwrócić się do arbitrażu konsumenckiego lub do swojego OMIC.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1127"/>
        <source>Only for providers of basic services and large companies, for complaints made from 28 December 2026.</source>
        <translation>Tylko dla dostawców usług podstawowych i dużych przedsiębiorstw, w przypadku reklamacji złożonych od 28 grudnia 2026 r.</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="21"/>
        <source>Customer service</source>
        <translation>Obsługa klienta</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="35"/>
        <source>A supervisor or manager</source>
        <translation>Przełożony lub kierownik</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="49"/>
        <source>A formal complaint to the head office</source>
        <translation>Formalna reklamacja do centrali</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="68"/>
        <source>Dispute with the bank or card issuer</source>
        <translation>Reklamacja w banku lub u wydawcy karty</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="83"/>
        <source>The regulator or ombudsman</source>
        <translation>Regulator lub rzecznik</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="22"/>
        <source>Contact the merchant&apos;s customer service with everything prepared, and note the reference and the representative&apos;s name</source>
        <translation>Skontaktuj się z obsługą klienta sprzedawcy, mając wszystko przygotowane, i zanotuj numer referencyjny oraz imię i nazwisko konsultanta</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="23"/>
        <location filename="../rules/escalation.json" line="23"/>
        <source>Ask for a supervisor or manager, and log their name</source>
        <translation>Poproś o rozmowę z przełożonym lub kierownikiem i zapisz jego imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="50"/>
        <source>Send a formal written complaint to the head office, in a way that proves when it arrived</source>
        <translation>Wyślij formalną pisemną reklamację do centrali w sposób, który potwierdzi datę doręczenia</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="51"/>
        <location filename="../rules/escalation.json" line="51"/>
        <source>Dispute the charge with your bank or card issuer, before its deadline</source>
        <translation>Złóż reklamację obciążenia w banku lub u wydawcy karty przed upływem terminu</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="84"/>
        <source>Take it to {regulator}</source>
        <translation>Skieruj sprawę dalej: {regulator}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="37"/>
        <source>Send a formal written complaint to the head office</source>
        <translation>Wyślij formalną pisemną reklamację do centrali</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="70"/>
        <source>If the bank refuses or does not answer in time, take it to {regulator}</source>
        <translation>Jeśli bank odmówi lub nie odpowie w terminie, skieruj sprawę dalej: {regulator}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="85"/>
        <source>Wait for the decision of {regulator}; keep logging every contact</source>
        <translation>Poczekaj, aż {regulator} rozstrzygnie sprawę; nadal zapisuj każdy kontakt</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="71"/>
        <source>Wait for the decision of {issuer} on the dispute filed on {filed_on}{claim}: its answer clocks run from that day. If it refuses, or does not answer in time, take it to {regulator}</source>
        <translation>Poczekaj, aż {issuer} rozpatrzy reklamację złożoną {filed_on}{claim}: od tego dnia biegną terminy na odpowiedź. Jeśli reklamacja zostanie odrzucona lub nie będzie odpowiedzi w terminie, skieruj sprawę dalej: {regulator}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="25"/>
        <source>the order, invoice and customer numbers</source>
        <translation>numery zamówienia, faktury i klienta</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="26"/>
        <source>the reference numbers of your earlier contacts</source>
        <translation>numery referencyjne wcześniejszych kontaktów</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="27"/>
        <source>what you ask for, in one sentence (a refund of the amount, a corrected invoice)</source>
        <translation>czego żądasz, w jednym zdaniu (zwrotu kwoty, skorygowanej faktury)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="39"/>
        <source>the reference numbers and the names of your earlier contacts</source>
        <translation>numery referencyjne i nazwiska osób z wcześniejszych kontaktów</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="40"/>
        <source>what customer service answered, and when</source>
        <translation>co i kiedy odpowiedziała obsługa klienta</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="41"/>
        <source>what you ask for, in one sentence</source>
        <translation>czego żądasz, w jednym zdaniu</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="53"/>
        <source>the complaint letter to the merchant (Letters: merchant complaint)</source>
        <translation>pismo reklamacyjne do sprzedawcy (Pisma: formalna reklamacja do sprzedawcy)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="54"/>
        <source>the dates and names of every contact so far</source>
        <translation>daty i nazwiska z dotychczasowych kontaktów</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="55"/>
        <source>the merchant&apos;s terms and the receipt or invoice</source>
        <translation>regulamin sprzedawcy i paragon lub fakturę</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="73"/>
        <source>the evidence pack (File &gt; Export evidence pack) within the portal&apos;s limits</source>
        <translation>pakiet dowodów (Plik &gt; Eksportuj pakiet dowodów) w limitach portalu</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="74"/>
        <source>the dispute letter to the issuer (or the FCBA letter for a US credit card)</source>
        <translation>pismo reklamacyjne do wydawcy karty (lub pismo FCBA dla amerykańskiej karty kredytowej)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="75"/>
        <source>the deadlines of the case (Deadlines and tasks)</source>
        <translation>terminy sprawy (Terminy i zadania)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="87"/>
        <source>the bank&apos;s final answer, or proof it did not answer within its time</source>
        <translation>ostateczną odpowiedź banku lub dowód, że nie odpowiedział w terminie</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="88"/>
        <source>the complaint to the bank and the evidence pack</source>
        <translation>reklamację złożoną w banku i pakiet dowodów</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="89"/>
        <source>a short account of what happened, with dates</source>
        <translation>krótki opis zdarzeń z datami</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="91"/>
        <source>any new letter or e-mail from the merchant or the bank, as evidence</source>
        <translation>każde nowe pismo lub e-mail od sprzedawcy lub banku, jako dowód</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="112"/>
        <source>{merchant}&apos;s customer service</source>
        <translation>obsługa klienta firmy {merchant}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="113"/>
        <source>a supervisor or manager at {merchant}</source>
        <translation>przełożony lub kierownik w firmie {merchant}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="114"/>
        <source>{merchant}&apos;s head office (a written complaint)</source>
        <translation>centrala firmy {merchant} (pisemna reklamacja)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="116"/>
        <source>the merchant&apos;s médiateur de la consommation (named in its terms)</source>
        <translation>médiateur de la consommation sprzedawcy (wskazany w jego regulaminie)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="124"/>
        <source>the Junta Arbitral de Consumo (consumer arbitration), if the merchant accepts it</source>
        <translation>Junta Arbitral de Consumo (arbitraż konsumencki), jeśli sprzedawca go akceptuje</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="132"/>
        <source>the miejski or powiatowy rzecznik konsumentów (your local consumer ombudsman)</source>
        <translation>miejski lub powiatowy rzecznik konsumentów</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="139"/>
        <source>the courts (a small-claims procedure where the amount allows)</source>
        <translation>sąd (postępowanie uproszczone, jeśli pozwala na to kwota)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="140"/>
        <source>a dispute of the charge with {issuer} (a chargeback for a card, a refund request for a direct debit)</source>
        <translation>reklamacja obciążenia, którą rozpatruje {issuer} (chargeback dla karty, wniosek o zwrot dla polecenia zapłaty)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="141"/>
        <source>the complaint procedure of {issuer}</source>
        <translation>procedura reklamacyjna, którą prowadzi {issuer}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="143"/>
        <source>the Financial Ombudsman Service</source>
        <translation>Financial Ombudsman Service</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="150"/>
        <source>the Banco de España (Servicio de Reclamaciones)</source>
        <translation>Banco de España (Servicio de Reclamaciones)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="152"/>
        <source>the Rzecznik Finansowy (Financial Ombudsman)</source>
        <translation>Rzecznik Finansowy</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="159"/>
        <source>the Sąd Polubowny przy KNF (arbitration at the Polish Financial Supervision Authority), if the bank agrees</source>
        <translation>Sąd Polubowny przy KNF, jeśli bank wyrazi zgodę</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="161"/>
        <source>your bank&apos;s médiateur (named on its website and statements)</source>
        <translation>médiateur banku (wskazany na jego stronie internetowej i wyciągach)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="169"/>
        <source>the Consumer Financial Protection Bureau (CFPB)</source>
        <translation>Consumer Financial Protection Bureau (CFPB)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="177"/>
        <source>your country&apos;s financial ombudsman or banking regulator</source>
        <translation>rzecznik finansowy lub nadzór bankowy w Twoim kraju</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="112"/>
        <source>Open to every customer: the first place to ask</source>
        <translation>Dostępne dla każdego klienta: pierwsze miejsce, do którego warto się zwrócić</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="113"/>
        <source>Ask for one when customer service cannot solve it</source>
        <translation>Poproś o to, gdy obsługa klienta nie potrafi rozwiązać problemu</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="114"/>
        <source>Open to every customer; send it so that you can prove when it arrived: the merchant&apos;s answer clock runs from that day</source>
        <translation>Dostępne dla każdego klienta; wyślij ją tak, aby móc udowodnić datę doręczenia: od tego dnia biegnie termin na odpowiedź sprzedawcy</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="139"/>
        <source>Open to anyone, person or company, when the other steps fail</source>
        <translation>Dostępne dla każdego, osoby fizycznej lub firmy, gdy inne kroki zawiodą</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="140"/>
        <source>Open to every cardholder or account holder, person or company, within the deadlines of the case</source>
        <translation>Dostępne dla każdego posiadacza karty lub rachunku, osoby fizycznej lub firmy, w terminach sprawy</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="141"/>
        <source>Open to every customer, person or company; the bank must answer within its time (see the deadlines)</source>
        <translation>Dostępne dla każdego klienta, osoby fizycznej lub firmy; bank musi odpowiedzieć w swoim terminie (zob. terminy)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="150"/>
        <source>Open to any user of the bank&apos;s services, person or company, after the bank&apos;s customer service answered or did not answer in time (Orden ECO/734/2004)</source>
        <translation>Dostępne dla każdego użytkownika usług banku, osoby fizycznej lub firmy, po odpowiedzi działu obsługi klienta banku lub jej braku w terminie (Orden ECO/734/2004)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="159"/>
        <source>Open to a bank&apos;s clients, persons or companies, when both sides agree to it</source>
        <translation>Dostępne dla klientów banku, osób fizycznych lub firm, gdy obie strony wyrażą zgodę</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="118"/>
        <source>Free for consumers, after a written complaint to the merchant (Code de la consommation L612-1)</source>
        <translation>Bezpłatne dla konsumentów, po pisemnej reklamacji do sprzedawcy (Code de la consommation L612-1)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="119"/>
        <source>If you act as a private person: free for consumers, after a written complaint to the merchant (Code de la consommation L612-1)</source>
        <translation>Jeśli działasz jako osoba prywatna: bezpłatne dla konsumentów, po pisemnej reklamacji do sprzedawcy (Code de la consommation L612-1)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="120"/>
        <source>Only for consumers (natural persons): a company&apos;s dispute with a trader goes to the commercial court, or to the mediation or arbitration its contract names</source>
        <translation>Tylko dla konsumentów (osób fizycznych): spór firmy z przedsiębiorcą trafia do sądu gospodarczego albo do mediacji lub arbitrażu wskazanych w umowie</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="126"/>
        <source>Free for consumers, when the merchant accepts arbitration (Real Decreto 231/2008)</source>
        <translation>Bezpłatne dla konsumentów, gdy sprzedawca akceptuje arbitraż (Real Decreto 231/2008)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="127"/>
        <source>If you act as a private person: free for consumers, when the merchant accepts arbitration (Real Decreto 231/2008)</source>
        <translation>Jeśli działasz jako osoba prywatna: bezpłatne dla konsumentów, gdy sprzedawca akceptuje arbitraż (Real Decreto 231/2008)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="128"/>
        <location filename="../rules/escalation.json" line="128"/>
        <source>Only for consumers: a company&apos;s dispute with a trader goes to court, or to the arbitration its contract names</source>
        <translation>Tylko dla konsumentów: spór firmy z przedsiębiorcą trafia do sądu albo do arbitrażu wskazanego w umowie</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="134"/>
        <source>Free help for consumers with a trader (ustawa o ochronie konkurencji i konsumentów, art. 42)</source>
        <translation>Bezpłatna pomoc dla konsumentów w sporze z przedsiębiorcą (ustawa o ochronie konkurencji i konsumentów, art. 42)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="135"/>
        <source>If you act as a private person: free help for consumers with a trader (art. 42 of the ustawa o ochronie konkurencji i konsumentów)</source>
        <translation>Jeśli działasz jako osoba prywatna: bezpłatna pomoc dla konsumentów w sporze z przedsiębiorcą (art. 42 ustawy o ochronie konkurencji i konsumentów)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="145"/>
        <source>After the firm&apos;s final response, or 8 weeks without one; within 6 months of the final response (FCA DISP 2.8.2R)</source>
        <translation>Po ostatecznej odpowiedzi firmy lub po 8 tygodniach bez niej; w ciągu 6 miesięcy od ostatecznej odpowiedzi (FCA DISP 2.8.2R)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="146"/>
        <source>If you act as a private person or for a micro-enterprise or small business: after the firm&apos;s final response, or 8 weeks without one; within 6 months of it (FCA DISP 2.8.2R)</source>
        <translation>Jeśli działasz jako osoba prywatna lub w imieniu mikroprzedsiębiorstwa albo małej firmy: po ostatecznej odpowiedzi firmy lub po 8 tygodniach bez niej; w ciągu 6 miesięcy od tej odpowiedzi (FCA DISP 2.8.2R)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="147"/>
        <source>Open to a micro-enterprise (fewer than 10 employees and a turnover or balance sheet of at most €2 million) or a small business as FCA DISP 2.7.3R defines it: after the firm&apos;s final response, or 8 weeks without one; a larger company goes to court or arbitration</source>
        <translation>Dostępne dla mikroprzedsiębiorstwa (mniej niż 10 pracowników i obrót lub suma bilansowa nie większe niż 2 mln €) lub małej firmy w rozumieniu FCA DISP 2.7.3R: po ostatecznej odpowiedzi firmy lub po 8 tygodniach bez niej; większa firma kieruje sprawę do sądu lub arbitrażu</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="154"/>
        <source>For natural persons, after the bank rejected the complaint (ustawa o Rzeczniku Finansowym, 2015)</source>
        <translation>Dla osób fizycznych, po odrzuceniu reklamacji przez bank (ustawa o Rzeczniku Finansowym, 2015)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="155"/>
        <source>If you act as a private person: for natural persons, after the bank rejected the complaint (ustawa o Rzeczniku Finansowym, 2015)</source>
        <translation>Jeśli działasz jako osoba prywatna: dla osób fizycznych, po odrzuceniu reklamacji przez bank (ustawa o Rzeczniku Finansowym, 2015)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="156"/>
        <source>The Rzecznik Finansowy takes only natural persons: a company goes to the bank&apos;s own complaint procedure, then the Sąd Polubowny przy KNF (if the bank agrees) or court</source>
        <translation>Rzecznik Finansowy przyjmuje sprawy tylko osób fizycznych: firma korzysta z procedury reklamacyjnej banku, a następnie z Sądu Polubownego przy KNF (jeśli bank się zgodzi) lub idzie do sądu</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="163"/>
        <source>Free for consumers, after a written complaint to the bank, within one year of it (Code monétaire et financier L316-1)</source>
        <translation>Bezpłatne dla konsumentów, po pisemnej reklamacji w banku, w ciągu roku od jej złożenia (Code monétaire et financier L316-1)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="164"/>
        <source>If you act as a private person: free for consumers, after a written complaint to the bank, within one year of it (Code monétaire et financier L316-1)</source>
        <translation>Jeśli działasz jako osoba prywatna: bezpłatne dla konsumentów, po pisemnej reklamacji w banku, w ciągu roku od jej złożenia (Code monétaire et financier L316-1)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="165"/>
        <source>A médiateur de la consommation takes only consumers: a company goes to the bank&apos;s own complaint procedure, then the commercial court or a mediation its agreement with the bank offers</source>
        <translation>Médiateur de la consommation przyjmuje sprawy tylko konsumentów: firma korzysta z procedury reklamacyjnej banku, a następnie z sądu gospodarczego lub mediacji przewidzianej w umowie z bankiem</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="171"/>
        <source>Complaints from consumers about credit cards, bank accounts and money transfers, at consumerfinance.gov/complaint</source>
        <translation>Skargi konsumentów dotyczące kart kredytowych, rachunków bankowych i przekazów pieniężnych, na consumerfinance.gov/complaint</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="172"/>
        <source>If the account is yours as a private person: complaints about credit cards, bank accounts and money transfers, at consumerfinance.gov/complaint</source>
        <translation>Jeśli rachunek należy do Ciebie jako osoby prywatnej: skargi dotyczące kart kredytowych, rachunków bankowych i przekazów pieniężnych, na consumerfinance.gov/complaint</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="173"/>
        <source>The CFPB takes complaints from consumers about consumer products: a business card&apos;s dispute goes through the issuer&apos;s own procedure, then the arbitration or court its agreement names</source>
        <translation>CFPB przyjmuje skargi konsumentów dotyczące produktów konsumenckich: spór dotyczący karty firmowej przechodzi przez procedurę wydawcy, a następnie trafia do arbitrażu lub sądu wskazanego w umowie</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="179"/>
        <source>After the bank&apos;s final answer, or when it did not answer in time</source>
        <translation>Po ostatecznej odpowiedzi banku lub gdy bank nie odpowiedział w terminie</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="180"/>
        <source>After the bank&apos;s final answer, or when it did not answer in time; many take only private persons</source>
        <translation>Po ostatecznej odpowiedzi banku lub gdy bank nie odpowiedział w terminie; wiele z tych instytucji przyjmuje sprawy tylko osób prywatnych</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="181"/>
        <source>Check whether it takes complaints from companies: many take only private persons; else the courts or arbitration</source>
        <translation>Sprawdź, czy przyjmuje skargi od firm: wiele przyjmuje tylko osoby prywatne; w przeciwnym razie pozostaje sąd lub arbitraż</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="55"/>
        <source>{path}: not written: case {number} has no open deadline (none due today or later) to put in a calendar</source>
        <translation>{path}: nie zapisano: sprawa {number} nie ma otwartego terminu (na dziś lub później), który można dodać do kalendarza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="61"/>
        <source>{path}: not written: no open case has an open deadline (none due today or later) to put in a calendar</source>
        <translation>{path}: nie zapisano: żadna otwarta sprawa nie ma otwartego terminu (na dziś lub później), który można dodać do kalendarza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="78"/>
        <source>{name} is not a file name: name the .ics file to write</source>
        <translation>{name} nie jest nazwą pliku: podaj nazwę pliku .ics do zapisania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="86"/>
        <source>{path}: the folder {folder} does not exist; create it or choose another place</source>
        <translation>{path}: folder {folder} nie istnieje; utwórz go lub wybierz inne miejsce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="92"/>
        <source>{path}: {folder} is not a folder; choose another place for the calendar</source>
        <translation>{path}: {folder} nie jest folderem; wybierz inne miejsce na kalendarz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/case_rows.py" line="212"/>
        <source>its {field} date {date} is outside {first}–{last}</source>
        <translation>jej data ({field}) {date} wykracza poza zakres {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/case_rows.py" line="222"/>
        <source>no deadline can be counted: {reasons}. Correct the case&apos;s dates (in the window: Edit case).</source>
        <translation>nie można obliczyć żadnego terminu: {reasons}. Popraw daty sprawy (w oknie programu: Edytuj szczegóły sprawy).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="329"/>
        <source>{path}: the case file was refused, nothing was imported:</source>
        <translation>{path}: plik sprawy został odrzucony, niczego nie zaimportowano:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="65"/>
        <source>Importing the case file</source>
        <translation>Importowanie pliku sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="231"/>
        <source>Exporting the case file</source>
        <translation>Eksportowanie pliku sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="363"/>
        <source>{file} cannot be followed (a loop of symbolic links?)</source>
        <translation>Nie można przejść do {file} (pętla dowiązań symbolicznych?)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="367"/>
        <source>{file} leads outside the case file&apos;s folder {folder} (to {target}): refused</source>
        <translation>{file} prowadzi poza folder pliku sprawy {folder} (do {target}): odrzucono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="378"/>
        <source>{file} is a hidden file or in a hidden folder (such as .ssh or .gnupg): Dossier never takes one from a case file; refused</source>
        <translation>{file} jest plikiem ukrytym lub leży w ukrytym folderze (np. .ssh lub .gnupg): Dossier nigdy nie pobiera takich plików z pliku sprawy; odrzucono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="445"/>
        <source>{path}: is not UTF-8 text (byte {byte}); save it as UTF-8</source>
        <translation>{path}: nie jest tekstem UTF-8 (bajt {byte}); zapisz go w UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="479"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: nie można odczytać ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="314"/>
        <location filename="../../desktop_app/services/evidence.py" line="175"/>
        <location filename="../../desktop_app/services/packs.py" line="141"/>
        <location filename="../../desktop_app/services/protection.py" line="311"/>
        <location filename="../../desktop_app/services/protection.py" line="324"/>
        <location filename="../../desktop_app/services/verify.py" line="55"/>
        <location filename="../../desktop_app/services/verify.py" line="73"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="406"/>
        <source>{file} is not a regular file (a FIFO, a device or a socket)</source>
        <translation>{file} nie jest zwykłym plikiem (to FIFO, urządzenie lub gniazdo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="467"/>
        <source>an integer of thousands of digits, far too long for any amount</source>
        <translation>liczba całkowita z tysiącami cyfr, o wiele za długa na jakąkolwiek kwotę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="485"/>
        <source>{name} is not a number a case file may hold</source>
        <translation>{name} nie jest liczbą dopuszczalną w pliku sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="301"/>
        <location filename="../../desktop_app/services/casefiles.py" line="292"/>
        <source>The case file was not written: you cancelled it.</source>
        <translation>Nie zapisano pliku sprawy: operacja została anulowana.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="352"/>
        <source>{path}: its folder cannot be resolved; nothing was imported</source>
        <translation>{path}: nie można ustalić jego folderu; niczego nie zaimportowano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="437"/>
        <source>{path}: {size} bytes is too large for a case file (at most {limit}); nothing was imported</source>
        <translation>{path}: rozmiar {size} B jest za duży na plik sprawy (maksymalnie {limit}); niczego nie zaimportowano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="139"/>
        <source>The case file was not imported: you cancelled it.</source>
        <translation>Nie zaimportowano pliku sprawy: operacja została anulowana.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="255"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: folder {folder} nie istnieje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="270"/>
        <source>{folder}: refused: it exists and is not a folder of Dossier&apos;s; nothing was written</source>
        <translation>{folder}: odrzucono: folder istnieje i nie należy do Dossier; niczego nie zapisano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="288"/>
        <source>{folder}: cannot be created ({reason})</source>
        <translation>{folder}: nie można utworzyć ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="453"/>
        <source>{path}: is not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>{path}: nieprawidłowy JSON: {reason} w wierszu {line}, kolumna {column}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="459"/>
        <source>{path}: is nested too deeply to be a case file (lists or objects inside each other hundreds of times); nothing was imported</source>
        <translation>{path}: ma zbyt głębokie zagnieżdżenie jak na plik sprawy (listy lub obiekty zagnieżdżone setki razy); niczego nie zaimportowano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="472"/>
        <source>{path}: holds a number that cannot be read ({reason}); nothing was imported</source>
        <translation>{path}: zawiera liczbę, której nie można odczytać ({reason}); niczego nie zaimportowano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="294"/>
        <location filename="../../desktop_app/services/evidence.py" line="430"/>
        <source>Copying {name}</source>
        <translation>Kopiowanie {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="403"/>
        <source>{file} is a folder, not a file</source>
        <translation>{file} jest folderem, a nie plikiem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="124"/>
        <source>{path}: evidence[{index}].sha256 says {said} but the file&apos;s SHA-256 is {found}: the file has changed since the case file was written</source>
        <translation>{path}: evidence[{index}].sha256 podaje {said}, ale SHA-256 pliku to {found}: plik zmienił się od zapisania pliku sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="388"/>
        <source>{file}: no such file</source>
        <translation>{file}: nie ma takiego pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="395"/>
        <source>{file} cannot be read ({reason})</source>
        <translation>Nie można odczytać {file} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="155"/>
        <source>A case needs a title, such as “Gym membership charged after cancelling”.</source>
        <translation>Sprawa musi mieć tytuł, np. „Karnet na siłownię pobrany po rezygnacji”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="160"/>
        <source>A case needs the merchant&apos;s name.</source>
        <translation>Sprawa musi mieć nazwę sprzedawcy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="172"/>
        <source>This case is not saved yet.</source>
        <translation>Ta sprawa nie jest jeszcze zapisana.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="175"/>
        <source>A case needs a title and the merchant&apos;s name.</source>
        <translation>Sprawa musi mieć tytuł i nazwę sprzedawcy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="189"/>
        <source>{title} (copy)</source>
        <translation>{title} (kopia)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="335"/>
        <source>is a folder, not a file</source>
        <translation>jest folderem, a nie plikiem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="337"/>
        <source>is not a regular file</source>
        <translation>nie jest zwykłym plikiem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="330"/>
        <source>no such file</source>
        <translation>nie ma takiego pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="310"/>
        <source>{name} ({path})</source>
        <translation>{name} ({path})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="323"/>
        <source>Nothing was added.</source>
        <translation>Niczego nie dodano.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="333"/>
        <location filename="../../desktop_app/services/core.py" line="342"/>
        <source>cannot be read ({reason})</source>
        <translation>nie można odczytać ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="145"/>
        <location filename="../../desktop_app/services/evidence.py" line="269"/>
        <source>Nothing was added: you cancelled it.</source>
        <translation>Niczego nie dodano: operacja została anulowana.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="204"/>
        <source>{name} is too large to search its text</source>
        <translation>{name} jest za duży, aby przeszukać jego tekst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="316"/>
        <source>is inside the Dossier store folder {folder}: the store&apos;s own files are never evidence</source>
        <translation>leży w folderze magazynu Dossier {folder}: własne pliki magazynu nigdy nie są dowodami</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="321"/>
        <location filename="../../desktop_app/services/evidence.py" line="385"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="148"/>
        <location filename="../../desktop_app/services/mail.py" line="137"/>
        <source>Reading {name}</source>
        <translation>Odczytywanie {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="373"/>
        <source>The {field} holds {character}, which is not a character (bytes that are not UTF-8 text?); type it again.</source>
        <translation>Pole {field} zawiera {character}, co nie jest znakiem (bajty, które nie są tekstem UTF-8?); wpisz je ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="135"/>
        <source>Adding the files</source>
        <translation>Dodawanie plików</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="178"/>
        <source>Adding the pasted file</source>
        <translation>Dodawanie wklejonego pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="371"/>
        <source>{name}: there is no page {page}: pages are numbered from 1.</source>
        <translation>{name}: nie ma strony {page}: strony są numerowane od 1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="441"/>
        <source>Opening a copy of the evidence</source>
        <translation>Otwieranie kopii dowodu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="469"/>
        <source>{name}: {size} bytes, too large to preview.</source>
        <translation>{name}: {size} B, za duży na podgląd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="86"/>
        <source>No file was given.</source>
        <translation>Nie podano pliku.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="134"/>
        <source>Adding the file</source>
        <translation>Dodawanie pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="305"/>
        <source>Saving</source>
        <translation>Zapisywanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="313"/>
        <source>This evidence item is not saved yet.</source>
        <translation>Ten dowód nie jest jeszcze zapisany.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="322"/>
        <source>That charge is not in this case.</source>
        <translation>Tego obciążenia nie ma w tej sprawie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="326"/>
        <source>That contact is not in this case.</source>
        <translation>Tego kontaktu nie ma w tej sprawie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="438"/>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="388"/>
        <source>Drawing page {page} of {name}</source>
        <translation>Rysowanie strony {page} z {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="151"/>
        <source>{name}: there is nothing in it</source>
        <translation>{name}: plik jest pusty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="170"/>
        <source>Adding {name}</source>
        <translation>Dodawanie {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="368"/>
        <source>{name} is not a PDF: it has no pages to turn.</source>
        <translation>{name} nie jest plikiem PDF: nie ma stron do przewracania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="214"/>
        <source>the same file is in this case&apos;s trash #{number} “{title}”</source>
        <translation>ten sam plik jest w koszu tej sprawy: nr {number} „{title}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="218"/>
        <source>the same file is already evidence #{number} “{title}”</source>
        <translation>ten sam plik jest już dowodem nr {number} „{title}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="274"/>
        <source>Checking {name}</source>
        <translation>Sprawdzanie {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/jobs.py" line="45"/>
        <source>{job}: cancelled; nothing of it was kept.</source>
        <translation>{job}: anulowano; niczego z tej operacji nie zachowano.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/mail.py" line="89"/>
        <source>Not an e-mail address: {addresses}</source>
        <translation>
            <numerusform>To nie jest adres e-mail: {addresses}</numerusform>
            <numerusform>To nie są adresy e-mail: {addresses}</numerusform>
            <numerusform>To nie są adresy e-mail: {addresses}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="149"/>
        <source>Reading the e-mails</source>
        <translation>Odczytywanie e-maili</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="230"/>
        <source>Importing the e-mails</source>
        <translation>Importowanie e-maili</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="281"/>
        <source>{origin}: already in this case as evidence #{number} “{title}”</source>
        <translation>{origin}: jest już w tej sprawie jako dowód nr {number} „{title}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="285"/>
        <source>{origin}: has no date (no Date or Received header), so it cannot take its place in the contact log; add the file as evidence instead</source>
        <translation>{origin}: nie ma daty (brak nagłówka Date lub Received), więc nie może trafić do dziennika kontaktów; dodaj zamiast tego plik jako dowód</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="146"/>
        <source>Read</source>
        <comment>done reading</comment>
        <translation>Odczytano</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/mail.py" line="58"/>
        <source>Reading {name}: %n message(s) read</source>
        <translation>
            <numerusform>Odczytywanie {name}: odczytano %n wiadomość</numerusform>
            <numerusform>Odczytywanie {name}: odczytano %n wiadomości</numerusform>
            <numerusform>Odczytywanie {name}: odczytano %n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="326"/>
        <source>{origin}: the attachment {name} is empty; left out</source>
        <translation>{origin}: załącznik {name} jest pusty; pominięto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="397"/>
        <source>{origin}: the attachment {name} is already evidence #{number} “{title}”</source>
        <translation>{origin}: załącznik {name} jest już dowodem nr {number} „{title}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="422"/>
        <location filename="../../desktop_app/services/mail.py" line="297"/>
        <source>{origin}: {problem}</source>
        <translation>{origin}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="101"/>
        <source>Building the evidence pack</source>
        <translation>Tworzenie pakietu dowodów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="122"/>
        <source>Building the pack&apos;s preview</source>
        <translation>Tworzenie podglądu pakietu dowodów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="144"/>
        <source>Exporting the evidence pack</source>
        <translation>Eksportowanie pakietu dowodów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="209"/>
        <source>The store&apos;s database fails its check ({problems}): nothing was written. Run &apos;dossier verify&apos;, and restore the store from a backup.</source>
        <translation>Baza danych magazynu nie przeszła kontroli ({problems}): niczego nie zapisano. Uruchom „dossier verify” i przywróć magazyn z kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="138"/>
        <location filename="../../desktop_app/services/verify.py" line="76"/>
        <location filename="../../desktop_app/services/verify.py" line="71"/>
        <source>Checking the store&apos;s database</source>
        <translation>Sprawdzanie bazy danych magazynu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/packs.py" line="178"/>
        <source>No pack was written: %n evidence file(s) are missing or damaged in the vault: {files}. Run &apos;dossier verify&apos;, and restore the store from a backup.</source>
        <translation>
            <numerusform>Nie zapisano pakietu: %n plik dowodu w magazynie jest niedostępny lub uszkodzony: {files}. Uruchom „dossier verify” i przywróć magazyn z kopii zapasowej.</numerusform>
            <numerusform>Nie zapisano pakietu: %n pliki dowodów w magazynie są niedostępne lub uszkodzone: {files}. Uruchom „dossier verify” i przywróć magazyn z kopii zapasowej.</numerusform>
            <numerusform>Nie zapisano pakietu: %n plików dowodów w magazynie jest niedostępnych lub uszkodzonych: {files}. Uruchom „dossier verify” i przywróć magazyn z kopii zapasowej.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="169"/>
        <source>{name} (its bytes no longer match its SHA-256)</source>
        <translation>{name} (jego zawartość nie zgadza się już z sumą SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="173"/>
        <source>{name} ({problem})</source>
        <translation>{name} ({problem})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="35"/>
        <source>A case bundle is NOT encrypted: anyone who has the file can read every document in it. Hand it over in person or through a secure channel, and delete it when it is no longer needed.</source>
        <translation>Archiwum sprawy NIE jest zaszyfrowane: każdy, kto ma ten plik, może odczytać wszystkie zawarte w nim dokumenty. Przekaż je osobiście lub bezpiecznym kanałem i usuń, gdy przestanie być potrzebne.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="273"/>
        <source>Backing up the store</source>
        <translation>Tworzenie kopii zapasowej magazynu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="286"/>
        <source>Restoring the backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="298"/>
        <source>Encrypting the store</source>
        <translation>Szyfrowanie magazynu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="300"/>
        <source>Decrypting the store</source>
        <translation>Odszyfrowywanie magazynu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="315"/>
        <source>Removing the passphrase</source>
        <translation>Usuwanie hasła</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="326"/>
        <location filename="../../desktop_app/services/protection.py" line="321"/>
        <source>Unlocking the store</source>
        <translation>Odblokowywanie magazynu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="337"/>
        <source>Writing the case bundle</source>
        <translation>Zapisywanie archiwum sprawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="144"/>
        <source>The system keyring does not hold this store&apos;s key: without its passphrase it would open only with the recovery key. The passphrase was kept.</source>
        <translation>Systemowy pęk kluczy nie przechowuje klucza tego magazynu: bez hasła magazyn otwierałby się tylko kluczem odzyskiwania. Hasło zostało zachowane.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="308"/>
        <location filename="../../desktop_app/services/protection.py" line="314"/>
        <source>Changing the passphrase</source>
        <translation>Zmiana hasła</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="140"/>
        <source>This charge is not saved yet.</source>
        <translation>To obciążenie nie jest jeszcze zapisane.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="155"/>
        <source>This contact is not saved yet.</source>
        <translation>Ten kontakt nie jest jeszcze zapisany.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="175"/>
        <source>Days after need a date to count from.</source>
        <translation>Aby liczyć kolejne dni, potrzebna jest data początkowa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="215"/>
        <source>This task is not saved yet.</source>
        <translation>To zadanie nie jest jeszcze zapisane.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="241"/>
        <source>Unknown kind of record: {table}.</source>
        <translation>Nieznany rodzaj wpisu: {table}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="101"/>
        <source>Check: {promise} ({who})</source>
        <translation>Sprawdź: {promise} ({who})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="105"/>
        <source>Check: {promise}</source>
        <translation>Sprawdź: {promise}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/records.py" line="184"/>
        <source>{title} (+%n d)</source>
        <translation>
            <numerusform>{title} (+%n dzień)</numerusform>
            <numerusform>{title} (+%n dni)</numerusform>
            <numerusform>{title} (+%n dni)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="100"/>
        <source>the bank</source>
        <translation>bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="108"/>
        <source>dispute won (claim {claim})</source>
        <translation>reklamacja uznana (nr {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="109"/>
        <source>dispute lost (claim {claim})</source>
        <translation>reklamacja odrzucona (nr {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="110"/>
        <source>dispute partly won (claim {claim})</source>
        <translation>reklamacja częściowo uznana (nr {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="114"/>
        <source>dispute won</source>
        <translation>reklamacja uznana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="115"/>
        <source>dispute lost</source>
        <translation>reklamacja odrzucona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="116"/>
        <source>dispute partly won</source>
        <translation>reklamacja częściowo uznana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="105"/>
        <source>filed with {issuer}</source>
        <translation>złożona w {issuer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="102"/>
        <source>filed with {issuer} (claim {claim})</source>
        <translation>złożona w {issuer} (nr {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="41"/>
        <source>the letters</source>
        <translation>pisma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="49"/>
        <source>the letters&apos; legal basis</source>
        <translation>podstawa prawna pism</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="68"/>
        <source>the escalation ladder</source>
        <translation>ścieżka eskalacji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="75"/>
        <source>the deadline rules</source>
        <translation>zasady terminów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="83"/>
        <source>the evidence checklists</source>
        <translation>listy kontrolne dowodów</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="61"/>
        <source>{path}: {what} cannot be read ({reason}); reinstall Dossier.</source>
        <translation>{path}: nie można odczytać danych ({what}) ({reason}); zainstaluj Dossier ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="30"/>
        <source>{language} is not a language of the letters; choose one of {languages}</source>
        <translation>{language} nie jest językiem pism; wybierz jeden z: {languages}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/search.py" line="75"/>
        <location filename="../../desktop_app/services/search.py" line="71"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/search.py" line="49"/>
        <source>Case: {title}</source>
        <translation>Sprawa: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/search.py" line="54"/>
        <location filename="../../desktop_app/services/search.py" line="64"/>
        <source>{kind} of {date}</source>
        <translation>{kind} z dnia {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/search.py" line="62"/>
        <source>{kind} of {date}: {subject}</source>
        <translation>{kind} z dnia {date}: {subject}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="109"/>
        <source>The letter&apos;s PDF was refused ({reason}); nothing was kept.</source>
        <translation>PDF pisma został odrzucony ({reason}); niczego nie zachowano.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="70"/>
        <source>The letter is empty: there is nothing to mark as sent.</source>
        <translation>Pismo jest puste: nie ma czego oznaczyć jako wysłane.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="114"/>
        <source>This letter&apos;s PDF is already evidence: it was marked as sent before. Nothing was added.</source>
        <translation>PDF tego pisma jest już dowodem: pismo zostało wcześniej oznaczone jako wysłane. Niczego nie dodano.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="183"/>
        <source>The moment the letter was sent needs its time zone.</source>
        <translation>Moment wysłania pisma wymaga podania strefy czasowej.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="119"/>
        <source>This letter&apos;s PDF is in this case&apos;s trash #{number} “{title}”: it was marked as sent before. Nothing was added.</source>
        <translation>PDF tego pisma jest w koszu tej sprawy (nr {number} „{title}”): pismo zostało wcześniej oznaczone jako wysłane. Niczego nie dodano.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="125"/>
        <source>This letter&apos;s PDF is already evidence #{number} “{title}”: it was marked as sent before. Nothing was added.</source>
        <translation>PDF tego pisma jest już dowodem nr {number} „{title}”: pismo zostało wcześniej oznaczone jako wysłane. Niczego nie dodano.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="88"/>
        <source>The date sent {date} is after today: mark a letter as sent once it has gone.</source>
        <translation>Data wysłania {date} jest z przyszłości: oznacz pismo jako wysłane dopiero wtedy, gdy zostanie wysłane.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="150"/>
        <source>Evidence #{evidence} is not the letter of contact #{contact}.</source>
        <translation>Dowód nr {evidence} nie jest pismem z kontaktu nr {contact}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="85"/>
        <source>nothing was deleted</source>
        <translation>niczego nie usunięto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="162"/>
        <source>no file was removed</source>
        <translation>nie usunięto żadnego pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="44"/>
        <source>Evidence #{number} is already in the trash.</source>
        <translation>Dowód nr {number} jest już w koszu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="46"/>
        <source>Evidence #{number} is not in the trash.</source>
        <translation>Dowodu nr {number} nie ma w koszu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="181"/>
        <source>A record names one of those files now: no file was removed.</source>
        <translation>Jeden z tych plików jest teraz powiązany z wpisem: nie usunięto żadnego pliku.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="76"/>
        <source>“{title}” is not in the trash: move it there first.</source>
        <translation>„{title}” nie jest w koszu: najpierw go tam przenieś.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="127"/>
        <source>The store at {folder} looks rolled back or replaced ({reason}): {outcome}. Restore it from a backup (&apos;dossier restore&apos;), or see docs/security.md for the recovery steps.</source>
        <translation>Magazyn w {folder} wygląda na cofnięty do wcześniejszego stanu lub podmieniony ({reason}): {outcome}. Przywróć go z kopii zapasowej (&apos;dossier restore&apos;) albo zobacz kroki naprawy w docs/security.md.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="166"/>
        <source>The store&apos;s database fails its check ({problems}): no file was removed. Run &apos;dossier verify&apos;.</source>
        <translation>Baza danych magazynu nie przeszła kontroli ({problems}): nie usunięto żadnego pliku. Uruchom &apos;dossier verify&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/verify.py" line="35"/>
        <source>unused file</source>
        <translation>nieużywany plik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/verify.py" line="58"/>
        <source>Verifying the store</source>
        <translation>Weryfikacja magazynu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/verify.py" line="52"/>
        <source>Checking the database and every file</source>
        <translation>Sprawdzanie bazy danych i wszystkich plików</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_results.py" line="50"/>
        <source>name unknown</source>
        <translation>nazwa nieznana</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/work_results.py" line="53"/>
        <source>{sha256}  {size} byte(s)  {names}</source>
        <translation>
            <numerusform>{sha256}  {size} bajt  {names}</numerusform>
            <numerusform>{sha256}  {size} bajty  {names}</numerusform>
            <numerusform>{sha256}  {size} bajtów  {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_results.py" line="72"/>
        <source>evidence #{number}: {file}</source>
        <translation>dowód nr {number}: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_results.py" line="69"/>
        <source>evidence #{number}: {file}, imported as “{name}”</source>
        <translation>dowód nr {number}: {file}, zaimportowany jako „{name}”</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../desktop_app/secrets.py" line="134"/>
        <source>the system keyring did not answer within {seconds} s while removing the key (it may be locked or waiting for a prompt)</source>
        <translation>systemowy pęk kluczy nie odpowiedział w ciągu {seconds} s podczas usuwania klucza (może być zablokowany lub czekać na potwierdzenie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="146"/>
        <source>the system keyring failed while removing the key: {error}</source>
        <translation>błąd systemowego pęku kluczy podczas usuwania klucza: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="123"/>
        <source>the system keyring did not answer within {seconds} s while reading the store&apos;s key (it may be locked or waiting for a prompt)</source>
        <translation>systemowy pęk kluczy nie odpowiedział w ciągu {seconds} s podczas odczytu klucza magazynu (może być zablokowany lub czekać na potwierdzenie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="129"/>
        <source>the system keyring did not answer within {seconds} s while saving the key (it may be locked or waiting for a prompt)</source>
        <translation>systemowy pęk kluczy nie odpowiedział w ciągu {seconds} s podczas zapisywania klucza (może być zablokowany lub czekać na potwierdzenie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="143"/>
        <source>the system keyring failed while reading the store&apos;s key: {error}</source>
        <translation>błąd systemowego pęku kluczy podczas odczytu klucza magazynu: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="145"/>
        <source>the system keyring failed while saving the key: {error}</source>
        <translation>błąd systemowego pęku kluczy podczas zapisywania klucza: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="271"/>
        <source>The store&apos;s key file is damaged (the {method} copy has no {name}).</source>
        <translation>Plik klucza magazynu jest uszkodzony (w kopii {method} brakuje pola {name}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="281"/>
        <source>The store&apos;s key file is damaged (the {method} copy&apos;s {name} is {found} bytes, not {size}).</source>
        <translation>Plik klucza magazynu jest uszkodzony (pole {name} kopii {method} ma {found} B zamiast {size}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="368"/>
        <source>A recovery key is {count} letters and digits in groups of six (ABCDEF-GHJKMN-…)</source>
        <translation>Klucz odzyskiwania to {count} liter i cyfr w grupach po sześć (ABCDEF-GHJKMN-…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="252"/>
        <source>The store&apos;s key file is damaged (unknown key copy method {method}).</source>
        <translation>Plik klucza magazynu jest uszkodzony (nieznana metoda kopii klucza: {method}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="256"/>
        <source>The store&apos;s key file is damaged (the {method} copy&apos;s kdf {kdf} is not {expected}).</source>
        <translation>Plik klucza magazynu jest uszkodzony (funkcja kdf kopii {method} to {kdf} zamiast {expected}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="276"/>
        <source>The store&apos;s key file is damaged (the {method} copy&apos;s {name} is not base64).</source>
        <translation>Plik klucza magazynu jest uszkodzony (pole {name} kopii {method} nie jest w base64).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="384"/>
        <source>This recovery key has a typo: check each group against the printed one.</source>
        <translation>Ten klucz odzyskiwania zawiera literówkę: porównaj każdą grupę z wydrukiem.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="248"/>
        <source>The store&apos;s key file is damaged (a key copy is not an object).</source>
        <translation>Plik klucza magazynu jest uszkodzony (kopia klucza nie jest obiektem).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="336"/>
        <source>This passphrase does not open the store; nothing was changed.</source>
        <translation>To hasło nie otwiera magazynu; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="338"/>
        <source>This recovery key does not open the store; nothing was changed.</source>
        <translation>Ten klucz odzyskiwania nie otwiera magazynu; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="379"/>
        <source>This is not a Dossier recovery key: check what you typed.</source>
        <translation>To nie jest klucz odzyskiwania Dossier: sprawdź, co zostało wpisane.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="111"/>
        <source>there is no safe system keyring on this computer ({backend}), and Dossier never keeps its key in a plain file</source>
        <translation>na tym komputerze nie ma bezpiecznego systemowego pęku kluczy ({backend}), a Dossier nigdy nie przechowuje klucza w zwykłym pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="83"/>
        <source>the system keyring is not to be used</source>
        <translation>systemowy pęk kluczy ma nie być używany</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="85"/>
        <source>The store at {root} is encrypted and its key is not at hand: {reason}. Unlock it with its passphrase or its recovery key.</source>
        <translation>Magazyn w {root} jest zaszyfrowany, a jego klucz jest niedostępny: {reason}. Odblokuj go hasłem lub kluczem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="91"/>
        <source>The store at {root} is encrypted and its key is not at hand: {reason}. Unlock it with its recovery key.</source>
        <translation>Magazyn w {root} jest zaszyfrowany, a jego klucz jest niedostępny: {reason}. Odblokuj go kluczem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="55"/>
        <source>The folder {root} holds evidence files but no database ({db_name}). Nothing was changed: restore the database from a backup, or choose another folder.</source>
        <translation>Folder {root} zawiera pliki dowodów, ale nie ma bazy danych ({db_name}). Niczego nie zmieniono: przywróć bazę danych z kopii zapasowej albo wybierz inny folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="136"/>
        <source>A new store at {root} needs a passphrase: {note}. Nothing was created.</source>
        <translation>Nowy magazyn w {root} wymaga hasła: {note}. Niczego nie utworzono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="100"/>
        <source>This store is not encrypted: give a passphrase to protect its backup.</source>
        <translation>Ten magazyn nie jest zaszyfrowany: podaj hasło, aby chronić jego kopię zapasową.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="132"/>
        <location filename="../../desktop_app/store/convert.py" line="110"/>
        <source>Copying the database</source>
        <translation>Kopiowanie bazy danych</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="403"/>
        <source>Nothing was restored: you stopped it.</source>
        <translation>Niczego nie przywrócono: operacja została przerwana.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="122"/>
        <source>{out}: the folder {parent} does not exist</source>
        <translation>{out}: folder {parent} nie istnieje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="288"/>
        <source>{target} is not empty: restore into a new or empty folder. Nothing was changed.</source>
        <translation>Folder {target} nie jest pusty: przywróć kopię do nowego lub pustego folderu. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="381"/>
        <source>{path} holds an encrypted store: open it with the store&apos;s recovery key or passphrase.</source>
        <translation>{path} zawiera zaszyfrowany magazyn: otwórz go kluczem odzyskiwania lub hasłem magazynu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="151"/>
        <source>The backup was not written: you stopped it.</source>
        <translation>Nie zapisano kopii zapasowej: operacja została przerwana.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="171"/>
        <location filename="../../desktop_app/store/backup.py" line="180"/>
        <source>{out}: the backup cannot be written ({reason}); nothing was kept</source>
        <translation>{out}: nie można zapisać kopii zapasowej ({reason}); niczego nie zachowano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="228"/>
        <source>Cannot create the folder {parent} ({reason}). Nothing was changed.</source>
        <translation>Nie można utworzyć folderu {parent} ({reason}). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="264"/>
        <location filename="../../desktop_app/store/backup.py" line="316"/>
        <source>{parent}: cannot restore here ({reason}). Nothing was changed.</source>
        <translation>{parent}: nie można tu przywrócić kopii ({reason}). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="298"/>
        <source>{source} is damaged: its manifest or database is missing.</source>
        <translation>Plik {source} jest uszkodzony: brakuje jego manifestu lub bazy danych.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="408"/>
        <source>Restoring file {n} of {count}</source>
        <translation>Przywracanie pliku {n} z {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="414"/>
        <source>{path} is damaged: the file {sha} is missing from it.</source>
        <translation>Plik {path} jest uszkodzony: brakuje w nim pliku {sha}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="422"/>
        <source>{path} is damaged: the file {sha} does not match its SHA-256.</source>
        <translation>Plik {path} jest uszkodzony: plik {sha} nie zgadza się ze swoją sumą SHA-256.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="434"/>
        <source>{path}: its database does not open with its key.</source>
        <translation>{path}: jego baza danych nie otwiera się jego kluczem.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="440"/>
        <source>{path}: its database fails its check ({problems}).</source>
        <translation>{path}: jego baza danych nie przechodzi kontroli ({problems}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="447"/>
        <source>{path}: its database does not hold the rows its manifest lists.</source>
        <translation>{path}: jego baza danych nie zawiera wierszy wymienionych w manifeście.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="454"/>
        <source>{path}: its files are not those its database names.</source>
        <translation>{path}: jego pliki nie są tymi, które wymienia baza danych.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="307"/>
        <source>{source} is damaged: {reason}</source>
        <translation>Plik {source} jest uszkodzony: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="341"/>
        <source>{source} is damaged: {reason}. Nothing was restored.</source>
        <translation>Plik {source} jest uszkodzony: {reason}. Niczego nie przywrócono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="349"/>
        <source>{where}: the restore cannot be written ({reason}). Nothing was restored into {target}.</source>
        <translation>{where}: nie można zapisać przywracanych danych ({reason}). Niczego nie przywrócono do {target}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="156"/>
        <location filename="../../desktop_app/store/convert.py" line="139"/>
        <source>Copying file {n} of {count}</source>
        <translation>Kopiowanie pliku {n} z {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="327"/>
        <source>{target} is no longer empty: something was written there during the restore. Nothing was restored.</source>
        <translation>Folder {target} nie jest już pusty: podczas przywracania coś w nim zapisano. Niczego nie przywrócono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="141"/>
        <source>The backup {path} needs its passphrase, or the store&apos;s recovery key.</source>
        <translation>Kopia zapasowa {path} wymaga swojego hasła lub klucza odzyskiwania magazynu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="145"/>
        <source>The backup {path} needs its passphrase.</source>
        <translation>Kopia zapasowa {path} wymaga swojego hasła.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="182"/>
        <source>Checking the backup</source>
        <translation>Sprawdzanie kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="105"/>
        <source>{path} is cut short (in {what}).</source>
        <translation>Plik {path} jest niekompletny (w: {what}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="172"/>
        <location filename="../../desktop_app/store/backup_file.py" line="178"/>
        <source>{path} is cut short.</source>
        <translation>Plik {path} jest niekompletny.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="187"/>
        <source>{path} is damaged: its check over the whole file fails</source>
        <translation>Plik {path} jest uszkodzony: kontrola całego pliku kończy się niepowodzeniem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="191"/>
        <source>{where} (a byte was changed, or the file is incomplete). Nothing was restored.</source>
        <translation>{where} (zmieniono bajt lub plik jest niekompletny). Niczego nie przywrócono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="53"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: nie można odczytać ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="62"/>
        <source>{path} is not a Dossier backup (or its first bytes are damaged).</source>
        <translation>{path} nie jest kopią zapasową Dossier (albo jej pierwsze bajty są uszkodzone).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="69"/>
        <source>{path} is damaged: its header length is impossible.</source>
        <translation>Plik {path} jest uszkodzony: długość nagłówka jest niemożliwa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="76"/>
        <source>{path} is damaged: its header fails its check.</source>
        <translation>Plik {path} jest uszkodzony: nagłówek nie przechodzi kontroli.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="81"/>
        <source>{path} is a backup of an unknown format ({format}).</source>
        <translation>{path} jest kopią zapasową w nieznanym formacie ({format}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="159"/>
        <source>{path}: the store&apos;s key does not open this backup.</source>
        <translation>{path}: klucz magazynu nie otwiera tej kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="220"/>
        <source>{path} is damaged: section {name} runs past the end.</source>
        <translation>Plik {path} jest uszkodzony: sekcja {name} wychodzi poza koniec pliku.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="128"/>
        <source>This passphrase does not open the backup {path}; nothing was changed.</source>
        <translation>To hasło nie otwiera kopii zapasowej {path}; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/cases.py" line="61"/>
        <source>There is no case {case_id}; &apos;dossier cases&apos; lists them.</source>
        <translation>Nie ma sprawy {case_id}; listę spraw wyświetla &apos;dossier cases&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/checks.py" line="59"/>
        <source>row {row} of {table} refers to a missing {parent}</source>
        <translation>wiersz {row} tabeli {table} odwołuje się do nieistniejącego rekordu {parent}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/cipher.py" line="128"/>
        <source>{name} is not a sealed vault file (its header is missing or damaged)</source>
        <translation>{name} nie jest zabezpieczonym plikiem magazynu plików (brak nagłówka lub jest on uszkodzony)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/cipher.py" line="136"/>
        <source>{name} is cut short</source>
        <translation>{name} jest niekompletny</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/cipher.py" line="175"/>
        <source>{name} has been altered or damaged (chunk {index} fails its check), or it belongs to another file or another key</source>
        <translation>{name} został zmieniony lub uszkodzony (fragment {index} nie przechodzi kontroli) albo należy do innego pliku lub innego klucza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/convert.py" line="135"/>
        <source>The store was not converted: you stopped it. It is as it was.</source>
        <translation>Magazyn nie został przekształcony: operacja została przerwana. Pozostał bez zmian.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/convert.py" line="51"/>
        <source>{plan} is damaged ({reason}); nothing was changed. Keep a copy of {root}.</source>
        <translation>{plan} jest uszkodzony ({reason}); niczego nie zmieniono. Zachowaj kopię {root}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/convert.py" line="126"/>
        <source>The store at {root} cannot be converted ({reason}); nothing was changed.</source>
        <translation>Nie można przekształcić magazynu w {root} ({reason}); niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/convert.py" line="147"/>
        <source>The vault file {path} does not match its SHA-256; nothing was changed. Run &apos;dossier verify&apos;.</source>
        <translation>Plik {path} w magazynie plików nie zgadza się ze swoją sumą SHA-256; niczego nie zmieniono. Uruchom &apos;dossier verify&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="143"/>
        <location filename="../../desktop_app/store/store.py" line="214"/>
        <location filename="../../desktop_app/store/store.py" line="548"/>
        <location filename="../../desktop_app/store/vault.py" line="168"/>
        <source>The store is locked: unlock it first.</source>
        <translation>Magazyn jest zablokowany: najpierw go odblokuj.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="45"/>
        <source>Cannot open the database {path}: {reason}</source>
        <translation>Nie można otworzyć bazy danych {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="65"/>
        <source>The database {path} cannot be created ({reason}).</source>
        <translation>Nie można utworzyć bazy danych {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="110"/>
        <source>The database {path} cannot use write-ahead logging (mode {mode}).</source>
        <translation>Baza danych {path} nie może używać dziennika zapisu z wyprzedzeniem (WAL; tryb {mode}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="122"/>
        <source>The database {path} cannot be read: {reason}</source>
        <translation>Nie można odczytać bazy danych {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="96"/>
        <source>The database {path} cannot be read with this key, or it is not a Dossier database.</source>
        <translation>Nie można odczytać bazy danych {path} tym kluczem albo nie jest to baza danych Dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/evidence.py" line="41"/>
        <source>There is no evidence item {evidence_id}.</source>
        <translation>Nie ma dowodu {evidence_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="122"/>
        <source>The database {db} is missing, but {root} is a Dossier store ({why}). Nothing was changed, and no new store was made in its place. {recovery_hint}</source>
        <translation>Brakuje bazy danych {db}, ale {root} jest magazynem Dossier ({why}). Niczego nie zmieniono i nie utworzono w jego miejscu nowego magazynu. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="128"/>
        <source>The database {db} is empty (0 bytes), but {root} is a Dossier store ({why}). Nothing was changed, and no new store was made in its place. {recovery_hint}</source>
        <translation>Baza danych {db} jest pusta (0 bajtów), ale {root} jest magazynem Dossier ({why}). Niczego nie zmieniono i nie utworzono w jego miejscu nowego magazynu. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="116"/>
        <source>its record {record} says so</source>
        <translation>wskazuje na to jego rekord {record}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="228"/>
        <source>The database {db} does not open with the store&apos;s own key: it is damaged or was replaced. Nothing was changed. {recovery_hint}</source>
        <translation>Baza danych {db} nie otwiera się własnym kluczem magazynu: jest uszkodzona lub została podmieniona. Niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="118"/>
        <source>its key file {key_file} says so</source>
        <translation>wskazuje na to jego plik klucza {key_file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="120"/>
        <source>the evidence files in {vault}/ say so</source>
        <translation>wskazują na to pliki dowodów w {vault}/</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="156"/>
        <source>The recovery copy in the key file unwraps with this key, but what it holds does not open the database {database}: the key file or the database was replaced.</source>
        <translation>Kopia awaryjna w pliku klucza daje się odszyfrować tym kluczem, ale jej zawartość nie otwiera bazy danych {database}: podmieniono plik klucza lub bazę danych.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="179"/>
        <location filename="../../desktop_app/store/store.py" line="122"/>
        <location filename="../../desktop_app/store/store.py" line="135"/>
        <source>no Dossier store at {root}</source>
        <translation>brak magazynu Dossier w {root}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="182"/>
        <source>The store at {root} is not encrypted: it has no recovery key.</source>
        <translation>Magazyn w {root} nie jest zaszyfrowany: nie ma klucza odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="212"/>
        <source>The database {db} cannot be read: it is damaged, or it is encrypted and its key file {key_file} is missing from {root}. Nothing was changed. {recovery_hint}</source>
        <translation>Nie można odczytać bazy danych {db}: jest uszkodzona albo zaszyfrowana, a w {root} brakuje jej pliku klucza {key_file}. Niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="220"/>
        <source>The key in the system keyring does not open the store at {root}. Unlock it with its passphrase or its recovery key.</source>
        <translation>Klucz z systemowego pęku kluczy nie otwiera magazynu w {root}. Odblokuj go hasłem lub kluczem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="56"/>
        <source>Cannot create the store folder {root}: {reason}</source>
        <translation>Nie można utworzyć folderu magazynu {root}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="105"/>
        <source>The database {db} cannot be read ({reason}). Nothing was changed. {recovery_hint}</source>
        <translation>Nie można odczytać bazy danych {db} ({reason}). Niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="207"/>
        <source>The database {db} cannot be read. Nothing was changed. {recovery_hint}</source>
        <translation>Nie można odczytać bazy danych {db}. Niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="57"/>
        <source>Restore the store from a backup into a new folder (&apos;dossier restore BACKUP --data-dir NEW_FOLDER&apos;), or follow &apos;If Dossier refuses to open a store&apos; in docs/security.md. Keep a copy of the folder as it is.</source>
        <translation>Przywróć magazyn z kopii zapasowej do nowego folderu (&apos;dossier restore BACKUP --data-dir NEW_FOLDER&apos;) albo postępuj zgodnie z częścią &apos;If Dossier refuses to open a store&apos; w docs/security.md. Zachowaj kopię folderu w obecnym stanie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="119"/>
        <source>The store&apos;s record of its database, {path}, is damaged</source>
        <translation>Rekord bazy danych magazynu, {path}, jest uszkodzony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="132"/>
        <source>{damaged} (not a {format} file). Nothing was changed. {recovery_hint}</source>
        <translation>{damaged} (to nie jest plik {format}). Niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="149"/>
        <source>{damaged} (a field is missing or malformed). Nothing was changed. {recovery_hint}</source>
        <translation>{damaged} (brakuje pola lub ma ono złą postać). Niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="214"/>
        <source>The store&apos;s record of its database, {path}, cannot be read ({reason}). Nothing was changed.</source>
        <translation>Nie można odczytać rekordu bazy danych magazynu, {path} ({reason}). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="236"/>
        <location filename="../../desktop_app/store/generation.py" line="250"/>
        <source>{target}: cannot be written ({reason}); the record is kept</source>
        <translation>{target}: nie można zapisać ({reason}); rekord pozostaje bez zmian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="126"/>
        <source>{damaged} ({reason}). Nothing was changed. {recovery_hint}</source>
        <translation>{damaged} ({reason}). Niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="159"/>
        <source>{path} records an encrypted store, but its key file is missing from {parent}. Nothing was changed. {recovery_hint}</source>
        <translation>{path} opisuje zaszyfrowany magazyn, ale w {parent} brakuje jego pliku klucza. Niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="169"/>
        <source>{path} does not match this store&apos;s key: it was altered, or it belongs to another store. Nothing was changed. {recovery_hint}</source>
        <translation>{path} nie zgadza się z kluczem tego magazynu: został zmieniony lub należy do innego magazynu. Niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="178"/>
        <source>{path} records a store that is not encrypted, but {parent} holds an encrypted one: the record was replaced. Nothing was changed. {recovery_hint}</source>
        <translation>{path} opisuje niezaszyfrowany magazyn, ale {parent} zawiera zaszyfrowany: rekord został podmieniony. Niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="187"/>
        <source>{damaged} (its checksum fails). Nothing was changed. {recovery_hint}</source>
        <translation>{damaged} (suma kontrolna się nie zgadza). Niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keeper.py" line="90"/>
        <source>The database {database} is older than this store&apos;s record of it ({record}): {problem}</source>
        <translation>Baza danych {database} jest starsza niż zapisany o niej rekord magazynu ({record}): {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keeper.py" line="61"/>
        <source>The store&apos;s record of its database, {record}, is missing: the database {database} cannot be told from an older copy</source>
        <translation>Brakuje rekordu bazy danych magazynu, {record}: nie można odróżnić bazy danych {database} od starszej kopii</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keeper.py" line="78"/>
        <source>{record} belongs to another store than {key_file}. Nothing was changed. {recovery_hint}</source>
        <translation>{record} należy do innego magazynu niż {key_file}. Niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keeper.py" line="98"/>
        <location filename="../../desktop_app/store/keeper.py" line="71"/>
        <source>{message}. Nothing was changed. {recovery_hint}</source>
        <translation>{message}. Niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="121"/>
        <source>This store has no recovery key; use its passphrase.</source>
        <translation>Ten magazyn nie ma klucza odzyskiwania; użyj jego hasła.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="127"/>
        <source>This store has no passphrase: it opens with the system keyring or its recovery key.</source>
        <translation>Ten magazyn nie ma hasła: otwiera się kluczem z systemowego pęku kluczy lub kluczem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="151"/>
        <source>not a JSON object</source>
        <translation>to nie jest obiekt JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="163"/>
        <source>&apos;keys&apos; is not a list</source>
        <translation>&apos;keys&apos; nie jest listą</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="169"/>
        <source>it holds no recovery copy of the key</source>
        <translation>nie zawiera awaryjnej kopii klucza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="172"/>
        <source>&apos;state&apos; is not true or false</source>
        <translation>&apos;state&apos; nie ma wartości true ani false</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="154"/>
        <source>unknown format {format}</source>
        <translation>nieznany format {format}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="159"/>
        <source>the store id {store} is not a UUID</source>
        <translation>identyfikator magazynu {store} nie jest UUID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="167"/>
        <source>two {method} copies</source>
        <translation>dwie kopie typu {method}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="177"/>
        <location filename="../../desktop_app/store/keys.py" line="184"/>
        <source>The store&apos;s key file {name} is damaged ({reason}); nothing was changed. {recovery_hint}</source>
        <translation>Plik klucza magazynu {name} jest uszkodzony ({reason}); niczego nie zmieniono. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="196"/>
        <source>The store&apos;s key file {path} cannot be read ({reason}).</source>
        <translation>Nie można odczytać pliku klucza magazynu {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/lock.py" line="46"/>
        <source>The store&apos;s lock file {path} cannot be opened ({reason}). Nothing was changed.</source>
        <translation>Nie można otworzyć pliku blokady magazynu {path} ({reason}). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/lock.py" line="67"/>
        <source>The store at {parent} is already open in another Dossier ({holder}). Close that one first, or choose another folder with --data-dir.</source>
        <translation>Magazyn w {parent} jest już otwarty w innym oknie Dossier ({holder}). Najpierw je zamknij albo wybierz inny folder opcją --data-dir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/lock.py" line="87"/>
        <source>The store&apos;s lock file {path} cannot be written ({reason}). Nothing was changed.</source>
        <translation>Nie można zapisać pliku blokady magazynu {path} ({reason}). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/records.py" line="21"/>
        <source>There is no charge {id}.</source>
        <translation>Nie ma obciążenia {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/records.py" line="22"/>
        <source>There is no contact {id}.</source>
        <translation>Nie ma kontaktu {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/records.py" line="23"/>
        <source>There is no task {id}.</source>
        <translation>Nie ma zadania {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/records.py" line="26"/>
        <source>There is no {what} {id}.</source>
        <translation>Nie istnieje: {what} {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="246"/>
        <location filename="../../desktop_app/store/store.py" line="406"/>
        <source>This store is not encrypted, or it is locked.</source>
        <translation>Ten magazyn nie jest zaszyfrowany albo jest zablokowany.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="268"/>
        <source>The store at {root} is already encrypted.</source>
        <translation>Magazyn w {root} jest już zaszyfrowany.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="270"/>
        <source>The store at {root} is already in plaintext.</source>
        <translation>Magazyn w {root} jest już niezaszyfrowany.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="377"/>
        <source>A passphrase cannot be empty.</source>
        <translation>Hasło nie może być puste.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="120"/>
        <source>{root} is a file, not a store folder.</source>
        <translation>{root} jest plikiem, a nie folderem magazynu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="160"/>
        <source>The database {database} is damaged ({problems}). Nothing was changed: restore it from a backup, or keep a copy of the folder and run &apos;dossier verify&apos;.</source>
        <translation>Baza danych {database} jest uszkodzona ({problems}). Niczego nie zmieniono: przywróć ją z kopii zapasowej albo zachowaj kopię folderu i uruchom &apos;dossier verify&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="198"/>
        <source>The store&apos;s record {record} cannot be written: nothing was accepted.</source>
        <translation>Nie można zapisać rekordu magazynu {record}: niczego nie zaakceptowano.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="339"/>
        <source>The database fails its check ({problems}): no backup was written. Run &apos;dossier verify&apos;.</source>
        <translation>Baza danych nie przechodzi kontroli ({problems}): nie zapisano kopii zapasowej. Uruchom &apos;dossier verify&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/store/store.py" line="349"/>
        <source>%n vault file(s) are missing or damaged ({first}…): no backup was written. Run &apos;dossier verify&apos;.</source>
        <translation>
            <numerusform>%n plik w magazynie plików jest brakujący lub uszkodzony ({first}…): nie zapisano kopii zapasowej. Uruchom &apos;dossier verify&apos;.</numerusform>
            <numerusform>%n pliki w magazynie plików są brakujące lub uszkodzone ({first}…): nie zapisano kopii zapasowej. Uruchom &apos;dossier verify&apos;.</numerusform>
            <numerusform>%n plików w magazynie plików jest brakujących lub uszkodzonych ({first}…): nie zapisano kopii zapasowej. Uruchom &apos;dossier verify&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="496"/>
        <source>The store at {root} was opened to be checked only ({problem}): nothing can be changed in it. {recovery_hint}</source>
        <translation>Magazyn w {root} otwarto tylko do sprawdzenia ({problem}): nie można w nim niczego zmienić. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="509"/>
        <source>The database {database} could not be written ({reason}); nothing was saved.</source>
        <translation>Nie udało się zapisać bazy danych {database} ({reason}); niczego nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="352"/>
        <source>its bytes no longer match its SHA-256</source>
        <translation>jego zawartość nie zgadza się już z sumą SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="78"/>
        <location filename="../../desktop_app/store/vault.py" line="188"/>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: nie można odczytać ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="125"/>
        <location filename="../../desktop_app/store/vault.py" line="144"/>
        <source>{source}: is a folder, not a file</source>
        <translation>{source}: to folder, a nie plik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="129"/>
        <source>{source}: no such file</source>
        <translation>{source}: nie ma takiego pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="133"/>
        <source>{source}: cannot be read (permission denied)</source>
        <translation>{source}: nie można odczytać (brak uprawnień)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="138"/>
        <source>{source}: cannot be read ({reason})</source>
        <translation>{source}: nie można odczytać ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="148"/>
        <source>{source}: is not a regular file (a FIFO, a device or a socket)</source>
        <translation>{source}: nie jest zwykłym plikiem (to FIFO, urządzenie lub gniazdo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="234"/>
        <source>{name}: changed while it was being read; nothing was saved</source>
        <translation>{name}: zmienił się podczas odczytu; niczego nie zapisano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="278"/>
        <location filename="../../desktop_app/store/vault.py" line="289"/>
        <source>The vault file {sha256} is missing; run &apos;dossier verify&apos;.</source>
        <translation>Brakuje pliku {sha256} w magazynie plików; uruchom &apos;dossier verify&apos;.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="27"/>
        <source>charged {charged}, agreed {agreed}, disputed {disputed}</source>
        <translation>pobrano {charged}, uzgodniono {agreed}, kwota sporna {disputed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="28"/>
        <source>charged {charged}, disputed {disputed}</source>
        <translation>pobrano {charged}, kwota sporna {disputed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="32"/>
        <source>won</source>
        <translation>wygrana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="33"/>
        <source>lost</source>
        <translation>przegrana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="34"/>
        <source>partly won</source>
        <translation>częściowo wygrana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="38"/>
        <source>Transaction processed</source>
        <translation>Rozliczenie transakcji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="39"/>
        <source>Statement showing the charge</source>
        <translation>Wyciąg z obciążeniem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="40"/>
        <source>Delivery expected</source>
        <translation>Oczekiwana dostawa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="41"/>
        <source>Cancelled</source>
        <translation>Rezygnacja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="42"/>
        <source>Goods returned</source>
        <translation>Zwrot towaru</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="43"/>
        <source>Refund promised by</source>
        <translation>Obiecany termin zwrotu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="44"/>
        <source>Account debited</source>
        <translation>Obciążenie rachunku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="45"/>
        <source>Final response received</source>
        <translation>Otrzymano ostateczną odpowiedź</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="46"/>
        <source>Complaint sent to the bank</source>
        <translation>Wysłano reklamację do banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="47"/>
        <source>Mandate revoked or contract ended</source>
        <translation>Odwołanie mandatu lub koniec umowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="48"/>
        <source>Written complaint reached the merchant</source>
        <translation>Pisemna reklamacja dotarła do sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="158"/>
        <source>Letter</source>
        <translation>Pismo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="195"/>
        <source>the bank</source>
        <translation>bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="218"/>
        <source>Outcome of the dispute with {bank}: {outcome}</source>
        <translation>Wynik reklamacji ({bank}): {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="212"/>
        <source>Provisional credit of {amount} from {bank}</source>
        <translation>Warunkowe uznanie na kwotę {amount} ({bank})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="214"/>
        <source>Provisional credit from {bank}</source>
        <translation>Warunkowe uznanie ({bank})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="222"/>
        <source>Provisional credit re-debited of {amount}</source>
        <translation>Cofnięcie warunkowego uznania na kwotę {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="224"/>
        <source>Provisional credit re-debited</source>
        <translation>Cofnięcie warunkowego uznania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="84"/>
        <source>{kind} of {amount}</source>
        <translation>{kind} na kwotę {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="160"/>
        <source>{channel} from the merchant</source>
        <translation>{channel} od sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="162"/>
        <source>{channel} to the merchant</source>
        <translation>{channel} do sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="166"/>
        <source>{contact} with {person}</source>
        <translation>{contact}, rozmówca: {person}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="171"/>
        <location filename="../../desktop_app/domain/timeline.py" line="88"/>
        <source>{entry}: {description}</source>
        <translation>{entry}: {description}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="180"/>
        <source>Answer: {answer} ({level})</source>
        <translation>Odpowiedź: {answer} ({level})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="184"/>
        <source>Answer: {answer}</source>
        <translation>Odpowiedź: {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="186"/>
        <source>Answered by: {level}</source>
        <translation>Kto odpowiedział: {level}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="147"/>
        <source>{title} (done)</source>
        <translation>{title} (wykonane)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="204"/>
        <source>Dispute filed with {bank} (claim {claim})</source>
        <translation>Złożono reklamację ({bank}, nr {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="208"/>
        <source>Dispute filed with {bank}</source>
        <translation>Złożono reklamację ({bank})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="95"/>
        <source>{entry} (disputed: {figures})</source>
        <translation>{entry} (sporne: {figures})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="97"/>
        <source>{entry} (disputed)</source>
        <translation>{entry} (sporne)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="136"/>
        <source>Evidence added: {title} ({file})</source>
        <translation>Dodano dowód: {title} ({file})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="106"/>
        <source>Delivery expected: {what}</source>
        <translation>Oczekiwana dostawa: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="123"/>
        <source>{contact} — {answer}</source>
        <translation>{contact} — {answer}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../desktop_app/domain/models.py" line="196"/>
        <source>a charge is never negative ({amount} was read): record a refund or a credit as its own kind, with a positive amount</source>
        <translation>obciążenie nigdy nie jest ujemne (odczytano {amount}): zapisz zwrot lub uznanie jako osobny rodzaj, z kwotą dodatnią</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/models.py" line="202"/>
        <source>an authorisation hold is never negative ({amount} was read): record a refund or a credit as its own kind, with a positive amount</source>
        <translation>blokada autoryzacyjna nigdy nie jest ujemna (odczytano {amount}): zapisz zwrot lub uznanie jako osobny rodzaj, z kwotą dodatnią</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/redact.py" line="343"/>
        <source>{text} has %n digit(s), neither the last 4 digits nor a whole card number (13 to 19 digits): type only the last 4 digits, such as {example}</source>
        <translation>
            <numerusform>{text} ma %n cyfrę, a to ani 4 ostatnie cyfry, ani pełny numer karty (od 13 do 19 cyfr): wpisz tylko 4 ostatnie cyfry, np. {example}</numerusform>
            <numerusform>{text} ma %n cyfry, a to ani 4 ostatnie cyfry, ani pełny numer karty (od 13 do 19 cyfr): wpisz tylko 4 ostatnie cyfry, np. {example}</numerusform>
            <numerusform>{text} ma %n cyfr, a to ani 4 ostatnie cyfry, ani pełny numer karty (od 13 do 19 cyfr): wpisz tylko 4 ostatnie cyfry, np. {example}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/redact.py" line="307"/>
        <source>{text} is empty: type the card&apos;s last 4 digits, such as {example}</source>
        <translation>{text} jest puste: wpisz 4 ostatnie cyfry karty, np. {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/redact.py" line="314"/>
        <source>{text} is not the last 4 digits of a card: it holds “{characters}”, and only the digits 0 to 9 count; type only the last 4 digits, such as {example}</source>
        <translation>{text} to nie są 4 ostatnie cyfry karty: zawiera „{characters}”, a liczą się tylko cyfry od 0 do 9; wpisz tylko 4 ostatnie cyfry, np. {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/redact.py" line="323"/>
        <source>{text} is not the last 4 digits of a card: it starts or ends with a dash; type only the last 4 digits, such as {example}</source>
        <translation>{text} to nie są 4 ostatnie cyfry karty: zaczyna się lub kończy myślnikiem; wpisz tylko 4 ostatnie cyfry, np. {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/redact.py" line="336"/>
        <source>{text} is not a valid card number (its check digit does not match): type only the last 4 digits, such as {example}</source>
        <translation>{text} nie jest prawidłowym numerem karty (cyfra kontrolna się nie zgadza): wpisz tylko 4 ostatnie cyfry, np. {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="90"/>
        <source>a way of sending a letter (delivery)</source>
        <translation>sposób wysłania pisma (delivery)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="156"/>
        <source>issuer&apos;s filed on</source>
        <translation>data złożenia reklamacji w banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="157"/>
        <source>issuer&apos;s provisional credit on</source>
        <translation>data warunkowego uznania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="158"/>
        <source>issuer&apos;s outcome on</source>
        <translation>data rozstrzygnięcia reklamacji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="159"/>
        <source>issuer&apos;s redebit on</source>
        <translation>data ponownego obciążenia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="234"/>
        <source>the re-debit is dated {taken}, before the provisional credit it takes back ({credited}); check both dates</source>
        <translation>ponowne obciążenie ma datę {taken}, wcześniejszą niż cofane warunkowe uznanie ({credited}); sprawdź obie daty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="242"/>
        <source>the re-debit ({back}) is more than the provisional credit ({given})</source>
        <translation>ponowne obciążenie ({back}) jest większe niż warunkowe uznanie ({given})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="277"/>
        <source>a kind of customer (customer.kind)</source>
        <translation>rodzaj klienta (customer.kind)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="279"/>
        <source>a stage</source>
        <translation>etap</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="292"/>
        <source>charge&apos;s expected delivery</source>
        <translation>data oczekiwanej dostawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="301"/>
        <source>contact&apos;s date</source>
        <translation>data kontaktu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="302"/>
        <source>promise&apos;s date</source>
        <translation>termin obietnicy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="304"/>
        <source>a level (who answered)</source>
        <translation>poziom (kto odpowiedział)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="306"/>
        <source>an answer</source>
        <translation>odpowiedź</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="387"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="388"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="389"/>
        <source>width</source>
        <translation>szerokość</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="390"/>
        <source>height</source>
        <translation>wysokość</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="187"/>
        <source>the provisional credit</source>
        <translation>warunkowe uznanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="188"/>
        <source>the outcome</source>
        <translation>rozstrzygnięcie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="189"/>
        <source>the re-debit</source>
        <translation>ponowne obciążenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="193"/>
        <source>{what} is dated {day}, before the dispute was filed ({filed}): the bank acts after a dispute is filed; check both dates</source>
        <comment>what: the provisional credit, the outcome or the re-debit</comment>
        <translation>{what}: data {day} jest wcześniejsza niż złożenie reklamacji ({filed}), a bank działa dopiero po jej złożeniu; sprawdź obie daty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="257"/>
        <source>Only the last 4 digits of the card are kept, never more and never other characters</source>
        <translation>Zapisywane są tylko 4 ostatnie cyfry karty, nigdy więcej i nigdy inne znaki</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="294"/>
        <source>charge&apos;s date</source>
        <translation>data obciążenia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="300"/>
        <source>A contact&apos;s time needs its time zone</source>
        <translation>Godzina kontaktu wymaga podania strefy czasowej</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="309"/>
        <source>Say what was promised, not only by when.</source>
        <translation>Napisz, co obiecano, a nie tylko do kiedy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="325"/>
        <source>Say what is to be done, such as “Call the bank back”.</source>
        <translation>Napisz, co jest do zrobienia, np. „Oddzwonić do banku”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="327"/>
        <source>due date</source>
        <translation>termin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="379"/>
        <source>page {page}, x {x}, y {y}, width {width}, height {height}</source>
        <translation>strona {page}, x {x}, y {y}, szerokość {width}, wysokość {height}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="409"/>
        <source>A note&apos;s translation needs the note it translates: write the note first</source>
        <translation>Tłumaczenie notatki wymaga samej notatki: najpierw napisz notatkę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="417"/>
        <source>Evidence needs a title.</source>
        <translation>Dowód musi mieć tytuł.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="77"/>
        <source>“{language}” is not a language of the pack and the letters (language): it is one of {languages}, or nothing for the country&apos;s</source>
        <translation>„{language}” nie jest językiem pakietu i pism (language): dopuszczalne są {languages} lub brak wartości, aby użyć języka kraju</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="137"/>
        <source>“{value}” is not {what}: it is one of {values}</source>
        <comment>what: such as “an answer”</comment>
        <translation>„{value}” nie jest prawidłową wartością ({what}): dopuszczalne wartości to {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="165"/>
        <source>an outcome</source>
        <translation>wynik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="205"/>
        <source>an outcome is given but not the day the dispute was filed: give that date too</source>
        <translation>podano wynik, ale nie datę złożenia reklamacji: podaj też tę datę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="215"/>
        <source>the outcome&apos;s date is given but not the outcome: won, lost or partly</source>
        <translation>podano datę rozstrzygnięcia, ale nie wynik: won, lost lub partly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="225"/>
        <source>a re-debit takes back a provisional credit, and none is given: give the provisional credit (its amount or date) first</source>
        <translation>ponowne obciążenie cofa warunkowe uznanie, a żadnego nie podano: najpierw podaj warunkowe uznanie (kwotę lub datę)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="363"/>
        <source>Redaction box {n} ({read}): its width and height cannot be 0</source>
        <translation>Ramka zakrycia {n} ({read}): jej szerokość i wysokość nie mogą wynosić 0</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="50"/>
        <source>“{text}” is not a country: give its two-letter code, such as FR, PL or US</source>
        <translation>„{text}” nie jest krajem: podaj jego dwuliterowy kod, np. FR, PL lub US</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="63"/>
        <source>“{text}” is not a language Dossier writes the pack and the letters in: give one of {languages} (or nothing, for the country&apos;s)</source>
        <translation>„{text}” nie jest językiem, w którym Dossier tworzy pakiet i pisma: podaj jeden z: {languages} (albo nic, aby użyć języka kraju)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="95"/>
        <source>How it was sent (delivery: {delivery}) is said of a letter, and this contact&apos;s channel is {channel}: leave the delivery out, or make the channel letter</source>
        <translation>Sposób wysłania (delivery: {delivery}) dotyczy pisma, a kanał tego kontaktu to {channel}: pomiń sposób wysłania albo zmień kanał na pismo (letter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="121"/>
        <source>“{currency}” is not written as a currency code: use {code}</source>
        <translation>„{currency}” nie jest zapisane jako kod waluty: użyj {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="251"/>
        <source>“{country}” is not a country code; use two capital letters, such as FR or PL</source>
        <translation>„{country}” nie jest kodem kraju; użyj dwóch wielkich liter, np. FR lub PL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="264"/>
        <source>The amount disputed is never negative ({amount} was given)</source>
        <translation>Kwota sporna nie może być ujemna (podano {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="270"/>
        <source>The amount refunded is never negative ({amount} was given)</source>
        <translation>Kwota zwrócona nie może być ujemna (podano {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="312"/>
        <source>The promise&apos;s date {promised} comes before the contact itself ({contact}): a promise is made for later</source>
        <translation>Termin obietnicy {promised} jest wcześniejszy niż sam kontakt ({contact}): obietnica dotyczy przyszłości</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="365"/>
        <source>Redaction box {n} ({read}): its width cannot be 0</source>
        <translation>Ramka zakrycia {n} ({read}): jej szerokość nie może wynosić 0</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="367"/>
        <source>Redaction box {n} ({read}): its height cannot be 0</source>
        <translation>Ramka zakrycia {n} ({read}): jej wysokość nie może wynosić 0</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="403"/>
        <source>The note&apos;s translation is one line; {text} holds a line break</source>
        <translation>Tłumaczenie notatki musi mieścić się w jednym wierszu; {text} zawiera podział wiersza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="171"/>
        <source>the provisional credit is never negative ({amount} was read)</source>
        <translation>warunkowe uznanie nie może być ujemne (odczytano {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="180"/>
        <source>the re-debit is never negative ({amount} was read)</source>
        <translation>ponowne obciążenie nie może być ujemne (odczytano {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="341"/>
        <source>Redaction box {n} ({read}): its page counts from 1</source>
        <translation>Ramka zakrycia {n} ({read}): strony są numerowane od 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="354"/>
        <source>Redaction box {n} ({read}): {fields} must be a fraction of the page, from 0 to 1</source>
        <translation>Ramka zakrycia {n} ({read}): wartości {fields} muszą być ułamkiem strony, od 0 do 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="371"/>
        <source>Redaction box {n} ({read}): it goes past the page&apos;s edge</source>
        <translation>Ramka zakrycia {n} ({read}): wychodzi poza krawędź strony</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="384"/>
        <source>transaction date</source>
        <translation>data transakcji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="385"/>
        <source>statement date</source>
        <translation>data wyciągu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="386"/>
        <source>expected delivery date</source>
        <translation>data oczekiwanej dostawy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="387"/>
        <source>cancellation date</source>
        <translation>data rezygnacji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="388"/>
        <source>returned date</source>
        <translation>data zwrotu towaru</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="389"/>
        <source>credit promised date</source>
        <translation>obiecany termin zwrotu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="390"/>
        <source>debit date</source>
        <translation>data obciążenia rachunku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="391"/>
        <source>final response date</source>
        <translation>data ostatecznej odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="392"/>
        <source>bank complaint date</source>
        <translation>data reklamacji w banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="393"/>
        <source>mandate revoked date</source>
        <translation>data odwołania mandatu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="394"/>
        <source>merchant complaint date</source>
        <translation>data doręczenia reklamacji sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="211"/>
        <source>Goods or service not received</source>
        <translation>Nie otrzymano towaru lub usługi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="212"/>
        <source>Not as described or defective</source>
        <translation>Niezgodne z opisem lub wadliwe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="213"/>
        <source>Subscription billed after cancellation</source>
        <translation>Subskrypcja naliczona po rezygnacji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="214"/>
        <source>Cancelled or returned, not refunded</source>
        <translation>Anulowane lub zwrócone, bez zwrotu pieniędzy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="215"/>
        <source>Promised refund never came</source>
        <translation>Obiecany zwrot nie nastąpił</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="216"/>
        <source>Charged twice</source>
        <translation>Podwójne obciążenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="217"/>
        <source>Already paid by other means</source>
        <translation>Zapłacono już w inny sposób</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="218"/>
        <source>Charged the wrong amount</source>
        <translation>Nieprawidłowa kwota obciążenia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="219"/>
        <source>Not authorised by me</source>
        <translation>Transakcja nieautoryzowana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="220"/>
        <source>Other billing problem</source>
        <translation>Inny problem z rozliczeniem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="226"/>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="227"/>
        <source>Direct debit</source>
        <translation>Polecenie zapłaty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="228"/>
        <source>Bank transfer</source>
        <translation>Przelew bankowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="229"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="230"/>
        <source>Other payment method</source>
        <translation>Inna metoda płatności</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="236"/>
        <source>Credit card</source>
        <translation>Karta kredytowa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="237"/>
        <source>Debit card</source>
        <translation>Karta debetowa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="238"/>
        <source>Prepaid card</source>
        <translation>Karta przedpłacona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="244"/>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="245"/>
        <source>Mastercard</source>
        <translation>Mastercard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="246"/>
        <source>American Express</source>
        <translation>American Express</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="247"/>
        <source>Discover</source>
        <translation>Discover</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="248"/>
        <source>Other network</source>
        <translation>Inna organizacja kartowa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="254"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="255"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="256"/>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="257"/>
        <source>Letter by post</source>
        <translation>Pismo pocztą</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="258"/>
        <source>Web form</source>
        <translation>Formularz internetowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="259"/>
        <source>In person</source>
        <translation>Osobiście</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="260"/>
        <source>Social media</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="266"/>
        <source>Incoming</source>
        <translation>Przychodzący</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="267"/>
        <source>Outgoing</source>
        <translation>Wychodzący</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="273"/>
        <source>Receipt</source>
        <translation>Paragon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="274"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="275"/>
        <source>Bank statement</source>
        <translation>Wyciąg bankowy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="276"/>
        <source>E-mail message</source>
        <translation>Wiadomość e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="277"/>
        <source>Screenshot</source>
        <translation>Zrzut ekranu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="278"/>
        <source>Terms or policy</source>
        <translation>Regulamin lub zasady</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="279"/>
        <source>Cancellation proof</source>
        <translation>Potwierdzenie rezygnacji</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="280"/>
        <source>Return or shipping proof</source>
        <translation>Dowód zwrotu lub nadania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="281"/>
        <source>Quote or estimate</source>
        <translation>Oferta lub kosztorys</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="282"/>
        <source>Order confirmation</source>
        <translation>Potwierdzenie zamówienia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="283"/>
        <source>Purchase order</source>
        <translation>Zamówienie zakupu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="284"/>
        <source>Contract or agreement</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="285"/>
        <source>Letter</source>
        <translation>Pismo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="286"/>
        <source>Chat transcript</source>
        <translation>Zapis czatu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="287"/>
        <source>Other document</source>
        <translation>Inny dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="293"/>
        <source>Charge</source>
        <translation>Obciążenie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="294"/>
        <source>Authorisation hold</source>
        <translation>Blokada autoryzacyjna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="295"/>
        <source>Refund</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="296"/>
        <source>Credit</source>
        <translation>Uznanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="302"/>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="303"/>
        <source>Waiting for the merchant</source>
        <translation>Czeka na sprzedawcę</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="304"/>
        <source>Disputed with the bank</source>
        <translation>Reklamacja w banku</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="305"/>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="306"/>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="307"/>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="313"/>
        <source>Customer service</source>
        <translation>Obsługa klienta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="314"/>
        <source>Supervisor</source>
        <translation>Przełożony</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="315"/>
        <source>Head office / formal complaint</source>
        <translation>Centrala / formalna reklamacja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="316"/>
        <source>Bank or card issuer</source>
        <translation>Bank lub wydawca karty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="317"/>
        <source>Regulator or ombudsman</source>
        <translation>Regulator lub rzecznik</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="323"/>
        <source>A private person</source>
        <translation>Osoba prywatna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="324"/>
        <source>A company or sole trader</source>
        <translation>Firma lub jednoosobowa działalność</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="330"/>
        <source>Dispute won</source>
        <translation>Reklamacja uznana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="331"/>
        <source>Dispute lost</source>
        <translation>Reklamacja odrzucona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="332"/>
        <source>Dispute partly won</source>
        <translation>Reklamacja częściowo uznana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="338"/>
        <source>Refused</source>
        <translation>Odmowa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="339"/>
        <source>Final response</source>
        <translation>Ostateczna odpowiedź</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="340"/>
        <source>Promised to act</source>
        <translation>Obietnica działania</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="341"/>
        <source>Partly accepted</source>
        <translation>Częściowo uznana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="342"/>
        <source>Accepted</source>
        <translation>Uznana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="343"/>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="349"/>
        <source>Registered post, with proof of delivery</source>
        <translation>List polecony za potwierdzeniem odbioru</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="350"/>
        <source>Ordinary post</source>
        <translation>List zwykły</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="351"/>
        <source>Sent by e-mail</source>
        <translation>E-mailem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="352"/>
        <source>The bank&apos;s or merchant&apos;s online portal</source>
        <translation>Portal internetowy banku lub sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="353"/>
        <source>By hand</source>
        <translation>Doręczone osobiście</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="359"/>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="360"/>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="361"/>
        <source>Promise</source>
        <translation>Obietnica</translation>
    </message>
</context>
</TS>
