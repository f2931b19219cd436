<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Amounts</name>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="78"/>
        <source>the agreed amount is never negative ({agreed} was read)</source>
        <translation>le montant convenu n&apos;est jamais négatif (lu : {agreed})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="85"/>
        <source>the disputed amount is never negative ({disputed} was read)</source>
        <translation>le montant contesté n&apos;est jamais négatif (lu : {disputed})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="92"/>
        <source>the disputed amount ({disputed}) is more than the amount charged ({charged})</source>
        <translation>le montant contesté ({disputed}) dépasse le montant débité ({charged})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="101"/>
        <source>the agreed amount ({agreed}) is more than the amount charged ({charged}): nothing would be disputed; give the disputed amount if there is one</source>
        <translation>le montant convenu ({agreed}) dépasse le montant débité ({charged}) : il n&apos;y aurait rien à contester ; indiquez le montant contesté s&apos;il y en a un</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="155"/>
        <source>the case&apos;s own disputed amount ({own}) differs from the sum of its disputed charges ({total}); the charges&apos; sum is used</source>
        <translation>le montant contesté propre au dossier ({own}) diffère de la somme de ses débits contestés ({total}) ; c&apos;est la somme des débits qui est retenue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="148"/>
        <source>the disputed charges are in {currencies}: no single total can be given</source>
        <translation>les débits contestés sont en {currencies} : impossible de donner un total unique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="62"/>
        <location filename="../../desktop_app/domain/money.py" line="63"/>
        <location filename="../../desktop_app/domain/money.py" line="64"/>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="65"/>
        <location filename="../../desktop_app/domain/money.py" line="66"/>
        <source>an apostrophe</source>
        <translation>une apostrophe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="67"/>
        <source>a dot</source>
        <translation>un point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="68"/>
        <source>a comma</source>
        <translation>une virgule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="90"/>
        <source>{text} is not an amount; write it as a string such as &quot;19.99&quot;</source>
        <translation>{text} n&apos;est pas un montant ; écrivez-le sous forme de chaîne, comme &quot;19.99&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="97"/>
        <source>{text} is not an amount; write digits with a dot for decimals, such as &quot;19.99&quot;</source>
        <translation>{text} n&apos;est pas un montant ; écrivez des chiffres avec un point pour les décimales, comme &quot;19.99&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="141"/>
        <source>{text} is not an amount; type it as digits, such as 1440,00</source>
        <translation>{text} n&apos;est pas un montant ; saisissez-le en chiffres, comme 1440,00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="151"/>
        <source>The amount is empty; type it as digits, such as {example}</source>
        <translation>Le montant est vide ; saisissez-le en chiffres, comme {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="197"/>
        <source>{quoted} is not an amount: “{char}” has no place in an amount</source>
        <translation>{quoted} n&apos;est pas un montant : « {char} » n&apos;a pas sa place dans un montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="208"/>
        <source>{quoted} starts with {separator_name}; type the digits before it too, such as 0{separator}50</source>
        <translation>{quoted} commence par {separator_name} ; saisissez aussi les chiffres qui précèdent, comme 0{separator}50</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="216"/>
        <source>{quoted} ends with {separator_name}; type the digits after it or leave it out</source>
        <translation>{quoted} se termine par {separator_name} ; saisissez les chiffres qui suivent ou supprimez-le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="222"/>
        <source>{quoted} has two separators side by side; type one between the groups of digits</source>
        <translation>{quoted} a deux séparateurs côte à côte ; n&apos;en mettez qu&apos;un entre les groupes de chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="262"/>
        <source>{quoted} has more than {max_integer_digits} digits before the decimals; check the amount</source>
        <translation>{quoted} a plus de {max_integer_digits} chiffres avant les décimales ; vérifiez le montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="351"/>
        <source>{quoted} groups its digits with {names}; use one grouping character throughout</source>
        <translation>{quoted} groupe ses chiffres avec {names} ; utilisez un seul séparateur de milliers partout</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="363"/>
        <source>{quoted} is not grouped by thousands: before the first {separator} come 1 to 3 digits, not starting with 0</source>
        <translation>{quoted} n&apos;est pas groupé par milliers : avant le premier {separator} viennent 1 à 3 chiffres, sans 0 au début</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="391"/>
        <source>{text} is not a currency code; use three letters such as EUR or USD</source>
        <translation>{text} n&apos;est pas un code de devise ; utilisez trois lettres, comme EUR ou USD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="420"/>
        <source>{amount} is not an amount</source>
        <translation>{amount} n&apos;est pas un montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="104"/>
        <source>{text} is not an amount</source>
        <translation>{text} n&apos;est pas un montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="160"/>
        <source>{quoted} is negative; a charge is never negative: refunds and credits are kinds of their own, so type the amount without a minus sign and choose its kind</source>
        <translation>{quoted} est négatif ; un débit n&apos;est jamais négatif : les remboursements et les crédits ont leur propre type, saisissez donc le montant sans signe moins et choisissez son type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="169"/>
        <source>{quoted} has a minus sign but no digits</source>
        <translation>{quoted} a un signe moins mais aucun chiffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="178"/>
        <source>{quoted} is not an amount: type it with the digits 0 to 9</source>
        <translation>{quoted} n&apos;est pas un montant : saisissez-le avec les chiffres de 0 à 9</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="184"/>
        <source>{quoted} is not an amount: it has letters or a currency sign ({char}); type only the digits, the currency ({code}) is kept in its own field</source>
        <translation>{quoted} n&apos;est pas un montant : il contient des lettres ou un symbole de devise ({char}) ; saisissez seulement les chiffres, la devise ({code}) a son propre champ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="192"/>
        <source>{quoted} is not an amount: a minus sign can only come first</source>
        <translation>{quoted} n&apos;est pas un montant : un signe moins ne peut venir qu&apos;en premier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="236"/>
        <source>{quoted} has decimals, but {code} amounts have none; type whole {code} only, such as 1 440</source>
        <translation>{quoted} a des décimales, mais les montants en {code} n&apos;en ont pas ; saisissez des {code} entiers, comme 1 440</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="244"/>
        <source>{quoted} has {count} decimals after {separator_name}, but {code} has {decimals}; check the amount (such as {example})</source>
        <translation>{quoted} a {count} décimales après {separator_name}, mais {code} en a {decimals} ; vérifiez le montant (par exemple {example})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="290"/>
        <source>{quoted} has {separator_name} as its decimal separator, so nothing but decimals can follow it</source>
        <translation>{quoted} a {separator_name} comme séparateur décimal : seules des décimales peuvent donc le suivre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="298"/>
        <source>{quoted} has several decimal separators: with both a dot and a comma, the last one ({separator_name}) marks the decimals and can appear only once</source>
        <translation>{quoted} a plusieurs séparateurs décimaux : avec à la fois un point et une virgule, le dernier ({separator_name}) marque les décimales et ne peut apparaître qu&apos;une fois</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="312"/>
        <source>{quoted} has decimals, but {code} amounts have none; type whole {code} only, such as {example}</source>
        <translation>{quoted} a des décimales, mais les montants en {code} n&apos;en ont pas ; saisissez des {code} entiers, comme {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="327"/>
        <source>{quoted} has three digits after {separator_name}: {code} has {decimals} decimals, and “{group}” is not how thousands begin; check the amount</source>
        <translation>{quoted} a trois chiffres après {separator_name} : {code} a {decimals} décimales, et « {group} » n&apos;est pas un début de milliers ; vérifiez le montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="372"/>
        <source>{quoted} is not grouped by thousands: after {name} come exactly three digits, not “{group}”</source>
        <translation>{quoted} n&apos;est pas groupé par milliers : après {name} viennent exactement trois chiffres, pas « {group} »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="355"/>
        <source> and </source>
        <comment>between the names of separators: a space and a dot</comment>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="121"/>
        <source>Guidance, not legal advice: check the dates with your bank.</source>
        <translation>À titre indicatif, pas un conseil juridique : vérifiez les dates auprès de votre banque.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="132"/>
        <source>{title} (case D-{number}: {case})</source>
        <translation>{title} (dossier D-{number} : {case})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="177"/>
        <source>a calendar holds at least one event (RFC 5545 3.6): there is no deadline to write</source>
        <translation>un agenda contient au moins un événement (RFC 5545 3.6) : il n&apos;y a aucune échéance à écrire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="103"/>
        <source>Rule: {title} ({rule})</source>
        <translation>Règle : {title} ({rule})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="117"/>
        <source>Case D-{number}: {title}</source>
        <translation>Dossier D-{number} : {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="105"/>
        <source>Counted from: {start}</source>
        <translation>Point de départ : {start}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="107"/>
        <source>Charge: {charge}</source>
        <translation>Débit : {charge}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="109"/>
        <source>Act by: {day}</source>
        <translation>Agir au plus tard le : {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="111"/>
        <source>Working day: {note}</source>
        <translation>Jour ouvré : {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="113"/>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="115"/>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../../desktop_app/domain/casefile.py" line="233"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile.py" line="237"/>
        <source>must be {format} (or the older {format_1}), found {found}</source>
        <translation>doit être {format} (ou l&apos;ancien {format_1}), trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile.py" line="228"/>
        <source>the case file is empty</source>
        <translation>le fichier de dossier est vide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile.py" line="394"/>
        <source>{path} must be relative to the case file</source>
        <translation>{path} doit être relatif au fichier de dossier</translation>
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
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="266"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="267"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="226"/>
        <source>page {page}, x {x}, y {y}, width {width}, height {height} were read</source>
        <translation>lu : page {page}, x {x}, y {y}, largeur {width}, hauteur {height}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="324"/>
        <source>must be 64 hexadecimal characters</source>
        <translation>doit comporter 64 caractères hexadécimaux</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="41"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="153"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="220"/>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="63"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="240"/>
        <source>holds {char} at character {position}: a lone surrogate, half of a UTF-16 pair and not a character; write that text again</source>
        <translation>contient {char} au caractère {position} : un demi-code isolé (surrogate), moitié d&apos;une paire UTF-16 et non un caractère ; réécrivez ce texte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="294"/>
        <source>{text} has no time zone; add its offset, such as 2026-09-15T14:30:00+02:00</source>
        <translation>{text} n&apos;a pas de fuseau horaire ; ajoutez son décalage, comme 2026-09-15T14:30:00+02:00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="55"/>
        <source>is not a field of this format</source>
        <translation>n&apos;est pas un champ de ce format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="68"/>
        <source>must be text, not {kind}</source>
        <translation>doit être du texte, pas {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="101"/>
        <source>must be one of {values}, not {kind}</source>
        <translation>doit être l&apos;une des valeurs {values}, pas {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="109"/>
        <source>{value} is not one of {values}</source>
        <translation>{value} ne fait pas partie de {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="141"/>
        <source>must be the position (0 to {last}) of an entry</source>
        <translation>doit être la position (de 0 à {last}) d&apos;une entrée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="168"/>
        <source>must be a list of boxes, not {kind}</source>
        <translation>doit être une liste de cadres, pas {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="288"/>
        <source>{text} is not a date and time; write it as 2026-09-15T14:30:00+02:00</source>
        <translation>{text} n&apos;est pas une date et une heure ; écrivez-la sous la forme 2026-09-15T14:30:00+02:00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="47"/>
        <source>is a field of dossier-case/2, not of {fmt}: write &quot;format&quot;: &quot;dossier-case/2&quot; to give it</source>
        <translation>est un champ de dossier-case/2, pas de {fmt} : écrivez &quot;format&quot;: &quot;dossier-case/2&quot; pour le fournir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="93"/>
        <source>is required (one of {values})</source>
        <translation>est obligatoire (l&apos;une des valeurs {values})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="177"/>
        <source>must be an object with page, x, y, width and height, not {kind}</source>
        <translation>doit être un objet avec page, x, y, width et height, pas {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="203"/>
        <source>page {page} is not a whole page number</source>
        <translation>page {page} n&apos;est pas un numéro de page entier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="210"/>
        <source>{why} ({read})</source>
        <translation>{why} ({read})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="191"/>
        <source>{field} is missing</source>
        <translation>{field} manque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="192"/>
        <source>{field} must be a number, not {kind}</source>
        <translation>{field} doit être un nombre, pas {kind}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="154"/>
        <source>-o - cannot be a pack: give the name of the file to write</source>
        <translation>-o - ne peut pas être un dossier de preuves : indiquez le nom du fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="156"/>
        <source>-o - cannot be a case file and the folder of its files: give the name of the file to write</source>
        <translation>-o - ne peut pas être un fichier de dossier accompagné du répertoire de ses fichiers : indiquez le nom du fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="119"/>
        <source>dossier: interrupted; nothing more was changed</source>
        <translation>dossier : interrompu ; rien de plus n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="111"/>
        <source>the store&apos;s database cannot be read ({reason}); &apos;dossier verify&apos; checks it</source>
        <translation>la base de données du coffre est illisible ({reason}) ; &apos;dossier verify&apos; la vérifie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="130"/>
        <source>an unexpected {error} stopped &apos;{command}&apos;. Nothing was lost: the store keeps only whole changes. The details are in {log} (Dossier never sends it).</source>
        <translation>une erreur inattendue ({error}) a arrêté &apos;{command}&apos;. Rien n&apos;a été perdu : le coffre ne conserve que des modifications complètes. Les détails figurent dans {log} (Dossier ne l&apos;envoie jamais).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="20"/>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="21"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="22"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="23"/>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="24"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="25"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="26"/>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="27"/>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré : %r</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="28"/>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="29"/>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="30"/>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="31"/>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="32"/>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="33"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="34"/>
        <source>unexpected option string: %s</source>
        <translation>option inattendue : %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="35"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valable : %(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="36"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valable : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="37"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="38"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir &apos;%(filename)s&apos; : %(error)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="39"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>analyseur inconnu %(parser_name)r (choix : %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="33"/>
        <source>{text} is not a valid id</source>
        <translation>{text} n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="46"/>
        <location filename="../../desktop_app/cli/args.py" line="42"/>
        <source>{text} is not a list of ids such as 1,3,4</source>
        <translation>{text} n&apos;est pas une liste d&apos;identifiants comme 1,3,4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="30"/>
        <source>{text} is not a number</source>
        <translation>{text} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="56"/>
        <source>{text} is not a date written YYYY-MM-DD</source>
        <translation>{text} n&apos;est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/casefiles.py" line="44"/>
        <source>Wrote {case_file} and %n evidence file(s).</source>
        <translation>
            <numerusform>{case_file} écrit, avec %n pièce.</numerusform>
            <numerusform>{case_file} écrit, avec %n pièces.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/casefiles.py" line="21"/>
        <source>Wrote {output} ({size}), not encrypted.</source>
        <translation>{output} écrit ({size}), non chiffré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/casefiles.py" line="22"/>
        <location filename="../../desktop_app/cli/store.py" line="157"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="235"/>
        <source>Guidance, not legal advice: check the dates with your bank. &apos;dossier deadlines --json&apos; gives each rule&apos;s source.</source>
        <translation>À titre indicatif, pas un conseil juridique : vérifiez les dates auprès de votre banque. &apos;dossier deadlines --json&apos; donne la source de chaque règle.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="88"/>
        <source>No cases yet. &apos;dossier demo&apos; adds the sample case.</source>
        <translation>Aucun dossier pour l&apos;instant. &apos;dossier demo&apos; ajoute le dossier d&apos;exemple.</translation>
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
        <translation>TITRE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="95"/>
        <source>MERCHANT</source>
        <translation>COMMERÇANT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="96"/>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="97"/>
        <source>NEXT DEADLINE</source>
        <translation>PROCHAINE ÉCHÉANCE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="98"/>
        <source>DISPUTED</source>
        <translation>CONTESTÉ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="99"/>
        <source>EVIDENCE</source>
        <translation>PIÈCES</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="192"/>
        <source>No deadline: add the case&apos;s charges or dates (transaction, statement...) or a deadline of your own.</source>
        <translation>Aucune échéance : ajoutez les débits ou les dates du dossier (opération, relevé...) ou une échéance à vous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/cases.py" line="204"/>
        <location filename="../../desktop_app/cli/show.py" line="296"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="205"/>
        <location filename="../../desktop_app/cli/show.py" line="297"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/cases.py" line="205"/>
        <location filename="../../desktop_app/cli/show.py" line="297"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="210"/>
        <source>CASE</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="211"/>
        <source>DUE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="212"/>
        <source>WHEN</source>
        <translation>QUAND</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="213"/>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="214"/>
        <source>CHARGE</source>
        <translation>DÉBIT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="215"/>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="123"/>
        <source>{day} (late)</source>
        <translation>{day} (en retard)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="39"/>
        <source>own addresses: {addresses}</source>
        <translation>adresses personnelles : {addresses}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="161"/>
        <source>also: {title}.{note} (source: {source})</source>
        <translation>aussi : {title}.{note} (source : {source})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="171"/>
        <source>case {noted}: {note}</source>
        <translation>dossier {noted} : {note}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/cases.py" line="30"/>
        <source>%n open deadline(s) written to {ics}</source>
        <translation>
            <numerusform>%n échéance en cours écrite dans {ics}</numerusform>
            <numerusform>%n échéances en cours écrites dans {ics}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="40"/>
        <source>(none set)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="116"/>
        <source>note: case {id}: {note}</source>
        <translation>remarque : dossier {id} : {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="225"/>
        <source>note: case {case_id}, {rule_id}, due {due}: {working_day_note}</source>
        <translation>remarque : dossier {case_id}, {rule_id}, échéance le {due} : {working_day_note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="44"/>
        <source>Problems found: see above.</source>
        <translation>Problèmes détectés : voir ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="16"/>
        <source>database: {problem}</source>
        <translation>base de données : {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="18"/>
        <source>missing: {line}</source>
        <translation>manquant : {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="20"/>
        <source>altered: {line}</source>
        <translation>modifié : {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="22"/>
        <source>stray: {line} (no evidence refers to it)</source>
        <translation>égaré : {line} (aucune pièce n&apos;y renvoie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="25"/>
        <source>unused: {line} (whole, but no record refers to it: left by an interrupted import or deletion; &apos;dossier evidence unused&apos; lists such files, &apos;dossier evidence remove-unused&apos; removes them after asking)</source>
        <translation>inutilisé : {line} (intact, mais aucun élément n&apos;y renvoie : laissé par un import ou une suppression interrompus ; &apos;dossier evidence unused&apos; liste ces fichiers, &apos;dossier evidence remove-unused&apos; les supprime après confirmation)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="36"/>
        <source>OK: database sound; {files} match their SHA-256; {cases}, {evidence}.</source>
        <translation>OK : base de données saine ; {files} conformes à leur SHA-256 ; {cases}, {evidence}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/check.py" line="37"/>
        <source>%n vault file(s)</source>
        <translation>
            <numerusform>%n fichier du coffre</numerusform>
            <numerusform>%n fichiers du coffre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/check.py" line="38"/>
        <location filename="../../desktop_app/cli/store.py" line="117"/>
        <location filename="../../desktop_app/cli/store.py" line="158"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/check.py" line="39"/>
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="175"/>
        <source>Nothing to change in #{id} “{title}”: give --title, --kind, --note or --note-translation.</source>
        <translation>Rien à modifier dans n° {id} « {title} » : indiquez --title, --kind, --note ou --note-translation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="224"/>
        <source>page {page}: x {x}, y {y}, width {width}, height {height}</source>
        <translation>page {page} : x {x}, y {y}, largeur {width}, hauteur {height}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="267"/>
        <source>%n vault file(s) no record names:</source>
        <translation>
            <numerusform>%n fichier orphelin dans le coffre :</numerusform>
            <numerusform>%n fichiers orphelins dans le coffre :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="278"/>
        <source>Removed %n vault file(s) no record named.</source>
        <translation>
            <numerusform>%n fichier orphelin supprimé du coffre.</numerusform>
            <numerusform>%n fichiers orphelins supprimés du coffre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="59"/>
        <source>Deleted %n item(s) for good.</source>
        <translation>
            <numerusform>%n élément supprimé définitivement.</numerusform>
            <numerusform>%n éléments supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="138"/>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="140"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="141"/>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="248"/>
        <source>%n vault file(s) no record names; &apos;dossier evidence remove-unused&apos; removes them after listing them again and asking.</source>
        <translation>
            <numerusform>%n fichier orphelin dans le coffre ; &apos;dossier evidence remove-unused&apos; le supprime après l&apos;avoir de nouveau listé et demandé confirmation.</numerusform>
            <numerusform>%n fichiers orphelins dans le coffre ; &apos;dossier evidence remove-unused&apos; les supprime après les avoir de nouveau listés et demandé confirmation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="257"/>
        <source>Every vault file is named by a record: none is unused.</source>
        <translation>Chaque fichier du coffre est cité par un élément : aucun n&apos;est inutilisé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="265"/>
        <source>Every vault file is named by a record: nothing to remove.</source>
        <translation>Chaque fichier du coffre est cité par un élément : rien à supprimer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="182"/>
        <source>Edited #{id} “{title}”.</source>
        <translation>N° {id} « {title} » modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="233"/>
        <source>Redaction boxes: none</source>
        <translation>Cadres de masquage : aucun</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="272"/>
        <source>removing these files deletes them for good; add --yes to confirm</source>
        <translation>supprimer ces fichiers les efface définitivement ; ajoutez --yes pour confirmer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="274"/>
        <source>Remove these %n file(s) for good? [y/N] </source>
        <translation>
            <numerusform>Supprimer définitivement %n fichier ? [o/N] </numerusform>
            <numerusform>Supprimer définitivement ces %n fichiers ? [o/N] </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="275"/>
        <source>Nothing was removed.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="38"/>
        <source>Moved #{id} “{title}” to the trash; &apos;dossier evidence restore {id}&apos; brings it back.</source>
        <translation>N° {id} « {title} » mis à la corbeille ; &apos;dossier evidence restore {id}&apos; le restaure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="46"/>
        <source>Restored #{id} “{title}”.</source>
        <translation>N° {id} « {title} » restauré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="52"/>
        <source>emptying the trash deletes files for good; add --yes to confirm</source>
        <translation>vider la corbeille supprime définitivement des fichiers ; ajoutez --yes pour confirmer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="55"/>
        <source>Delete the items in the trash for good? [y/N] </source>
        <translation>Supprimer définitivement les éléments de la corbeille ? [o/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="56"/>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="82"/>
        <source>added #{id} {kind} “{title}” sha256 {sha256}{shared}</source>
        <translation>ajouté n° {id} {kind} « {title} » sha256 {sha256}{shared}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="99"/>
        <source>note: {note}</source>
        <translation>remarque : {note}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="102"/>
        <source>dossier: {added} of %n file(s) added; the others are named above with the reason</source>
        <translation>
            <numerusform>dossier : {added} fichier sur %n ajouté ; les autres sont cités ci-dessus avec la raison</numerusform>
            <numerusform>dossier : {added} fichiers sur %n ajoutés ; les autres sont cités ci-dessus avec la raison</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="210"/>
        <source>{item} (in the trash)</source>
        <translation>{item} (dans la corbeille)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="212"/>
        <source>File: {name} ({type}, {size}), SHA-256 {sha256}</source>
        <translation>Fichier : {name} ({type}, {size}), SHA-256 {sha256}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="215"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="218"/>
        <location filename="../../desktop_app/cli/show.py" line="290"/>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="220"/>
        <source>Note&apos;s translation: {translation}</source>
        <translation>Traduction de la note : {translation}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="90"/>
        <source>skipped {path}: {reason}</source>
        <translation>ignoré {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="95"/>
        <source>refused {path}: {reason}</source>
        <translation>refusé {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="223"/>
        <source>Redaction boxes: {count}</source>
        <translation>Cadres de masquage : {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/gui.py" line="18"/>
        <source>no display to open a window on (DISPLAY is not set). Run it in a desktop session, or use the commands: dossier --help</source>
        <translation>aucun écran pour ouvrir une fenêtre (DISPLAY n&apos;est pas défini). Lancez-le dans une session de bureau, ou utilisez les commandes : dossier --help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="59"/>
        <source>fits</source>
        <translation>convient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="59"/>
        <source>does not fit</source>
        <translation>ne convient pas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="50"/>
        <source>Wrote {output}: “{subject}”. Read it before you send it: it is not legal advice.</source>
        <translation>{output} écrit : « {subject} ». Relisez-le avant de l&apos;envoyer : ce n&apos;est pas un conseil juridique.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="28"/>
        <source>{options} required (or --list, to see the kinds that fit)</source>
        <translation>{options} obligatoire (ou --list, pour voir les types qui conviennent)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="29"/>
        <source> and </source>
        <comment>between two option names</comment>
        <translation> et </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/mail.py" line="40"/>
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>%n message importé</numerusform>
            <numerusform>%n messages importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/mail.py" line="41"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="87"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="88"/>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="89"/>
        <source>SUBJECT</source>
        <translation>OBJET</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="90"/>
        <source>ATTACHMENTS</source>
        <translation>PIÈCES JOINTES</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="42"/>
        <source>{imported} with {attachments}; {duplicates} already in the case; {problems} could not be read</source>
        <translation>{imported} avec {attachments} ; {duplicates} déjà dans le dossier ; illisibles : {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="52"/>
        <source>{said}; {count} left out by the filter</source>
        <translation>{said} ; écartés par le filtre : {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="99"/>
        <source>already imported</source>
        <translation>déjà importé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="105"/>
        <source>dossier: cannot read {problem}</source>
        <translation>dossier : impossible de lire {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="57"/>
        <source>skipped {line}</source>
        <translation>ignoré {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="59"/>
        <source>note: {line}</source>
        <translation>remarque : {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="61"/>
        <source>dossier: cannot import {line}</source>
        <translation>dossier : impossible d&apos;importer {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/output.py" line="28"/>
        <source>dossier: error: {message}</source>
        <translation>dossier : erreur : {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/output.py" line="32"/>
        <source>dossier: warning: {message}</source>
        <translation>dossier : avertissement : {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/output.py" line="63"/>
        <source>y|yes</source>
        <comment>the answers that mean yes, lower case</comment>
        <translation>o|oui</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/packs.py" line="58"/>
        <source>Profile: {label} ({limits}); images: {settings}.</source>
        <translation>Profil : {label} ({limits}) ; images : {settings}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/packs.py" line="46"/>
        <source>Wrote {path} ({pages}, {size} MB, exhibits {exhibits}); SHA-256 in {name}.sha256</source>
        <translation>{path} écrit ({pages}, {size} Mo, pièces {exhibits}) ; SHA-256 dans {name}.sha256</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/packs.py" line="50"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/packs.py" line="52"/>
        <location filename="../../desktop_app/cli/store.py" line="192"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="69"/>
        <source>the store folder (default: $DOSSIER_HOME, else the platform&apos;s user data folder)</source>
        <translation>le répertoire du coffre (par défaut : $DOSSIER_HOME, sinon le répertoire de données utilisateur du système)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="75"/>
        <source>Keep the whole record of a billing dispute and hand it to your bank.</source>
        <translation>Conservez tout l&apos;historique d&apos;un litige de facturation et transmettez-le à votre banque.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="78"/>
        <source>environment: DOSSIER_HOME chooses the store folder; DOSSIER_PASSPHRASE_FILE names a file holding the store&apos;s passphrase, for scripts (on a terminal Dossier asks for it when the system keyring does not give the key). Every command is described in docs/cli.md.</source>
        <translation>environnement : DOSSIER_HOME choisit le répertoire du coffre ; DOSSIER_PASSPHRASE_FILE désigne un fichier contenant la phrase secrète du coffre, pour les scripts (dans un terminal, Dossier la demande quand le trousseau du système ne fournit pas la clé). Chaque commande est décrite dans docs/cli.md.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="90"/>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="94"/>
        <source>open the window (the default)</source>
        <translation>ouvrir la fenêtre (par défaut)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="98"/>
        <source>add the sample case first when the store has no case</source>
        <translation>ajouter d&apos;abord le dossier d&apos;exemple si le coffre n&apos;a aucun dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="102"/>
        <source>add the sample case and print its id</source>
        <translation>ajouter le dossier d&apos;exemple et afficher son identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="105"/>
        <source>list the cases</source>
        <translation>lister les dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="106"/>
        <location filename="../../desktop_app/cli/parser.py" line="147"/>
        <location filename="../../desktop_app/cli/parser.py" line="285"/>
        <source>print JSON instead of a table</source>
        <translation>afficher du JSON au lieu d&apos;un tableau</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="109"/>
        <source>create a case, import or export a case file</source>
        <translation>créer un dossier, importer ou exporter un fichier de dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="113"/>
        <source>create a case from a case file</source>
        <translation>créer un dossier à partir d&apos;un fichier de dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="117"/>
        <source>write a case file</source>
        <translation>écrire un fichier de dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="122"/>
        <source>replace FILE.json and its files if they exist</source>
        <translation>remplacer FILE.json et ses fichiers s&apos;ils existent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="125"/>
        <source>one case as the window&apos;s Overview shows it</source>
        <translation>un dossier tel que le montre la Vue d&apos;ensemble de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="131"/>
        <source>the case&apos;s fields as in a case file, with its checklist, deadlines and escalation</source>
        <translation>les champs du dossier comme dans un fichier de dossier, avec sa liste de pièces, ses échéances et son recours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="143"/>
        <source>list the deadlines of a case (or of every open case)</source>
        <translation>lister les échéances d&apos;un dossier (ou de tous les dossiers ouverts)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="153"/>
        <source>write the open deadlines as an iCalendar file (.ics) instead</source>
        <translation>écrire plutôt les échéances en cours dans un fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="156"/>
        <source>replace the --ics FILE if it exists</source>
        <translation>remplacer le FILE de --ics s&apos;il existe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="160"/>
        <source>write a letter from the case&apos;s data</source>
        <translation>rédiger un courrier à partir des données du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="166"/>
        <source>which letter (required unless --list); see --list for those that fit</source>
        <translation>quel courrier (obligatoire sauf avec --list) ; voir --list pour ceux qui conviennent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="173"/>
        <source>list every kind of letter, whether it fits the case, and why</source>
        <translation>lister chaque type de courrier, s&apos;il convient au dossier, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="178"/>
        <source>its language (default: the case&apos;s language, as the pack&apos;s)</source>
        <translation>sa langue (par défaut : celle du dossier, comme pour le dossier de preuves)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="181"/>
        <source>the letter&apos;s date (default: today)</source>
        <translation>la date du courrier (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="188"/>
        <source>the PDF to write (unless --list); a name ending in .txt writes plain text, and - prints it</source>
        <translation>le PDF à écrire (sauf avec --list) ; un nom en .txt écrit du texte brut, et - l&apos;affiche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="193"/>
        <location filename="../../desktop_app/cli/parser.py" line="532"/>
        <source>replace OUT if it exists</source>
        <translation>remplacer OUT s&apos;il existe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="198"/>
        <source>find cases, contacts, e-mails and documents holding words</source>
        <translation>trouver les dossiers, échanges, e-mails et documents contenant des mots</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="201"/>
        <source>words to find (accents and case do not matter)</source>
        <translation>mots à trouver (accents et majuscules indifférents)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="203"/>
        <location filename="../../desktop_app/cli/parser.py" line="276"/>
        <location filename="../../desktop_app/cli/parser.py" line="306"/>
        <location filename="../../desktop_app/cli/parser.py" line="356"/>
        <source>print JSON instead of text</source>
        <translation>afficher du JSON au lieu du texte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="206"/>
        <source>show or set your preferences</source>
        <translation>afficher ou définir vos préférences</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="211"/>
        <source>your own e-mail addresses, comma-separated: messages from them are logged as sent by you</source>
        <translation>vos propres adresses e-mail, séparées par des virgules : les messages qui en viennent sont consignés comme envoyés par vous</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="223"/>
        <source>check the database and every vault file; exit 1 if anything is wrong</source>
        <translation>vérifier la base de données et chaque fichier du coffre ; code de sortie 1 en cas de problème</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="230"/>
        <source>add, list, trash and restore evidence</source>
        <translation>ajouter, lister, mettre à la corbeille et restaurer des pièces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="233"/>
        <source>add files to a case</source>
        <translation>ajouter des fichiers à un dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="239"/>
        <source>what the files are (default: guessed)</source>
        <translation>la nature des fichiers (par défaut : devinée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="241"/>
        <source>title (default: the file name)</source>
        <translation>titre (par défaut : le nom du fichier)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="244"/>
        <source>what the files prove, in your words (printed on the exhibit&apos;s first page and index)</source>
        <translation>ce que prouvent les fichiers, avec vos mots (imprimé sur la première page de la pièce et dans le bordereau)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="251"/>
        <source>the note in one line in another language, for a bank that reads that one (needs --note)</source>
        <translation>la note en une ligne dans une autre langue, pour une banque qui lit celle-ci (nécessite --note)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="255"/>
        <source>where the files came from, such as a URL</source>
        <translation>la provenance des fichiers, par exemple une URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="259"/>
        <source>change an item&apos;s title, kind, note or the note&apos;s translation</source>
        <translation>modifier le titre, le type, la note ou la traduction de la note d&apos;une pièce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="262"/>
        <source>its title</source>
        <translation>son titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="263"/>
        <source>what it is</source>
        <translation>sa nature</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="264"/>
        <source>what it proves, in your words (&quot;&quot; clears it)</source>
        <translation>ce qu&apos;elle prouve, avec vos mots (&quot;&quot; l&apos;efface)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="268"/>
        <source>the note in one line in another language (&quot;&quot; clears it)</source>
        <translation>la note en une ligne dans une autre langue (&quot;&quot; l&apos;efface)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="273"/>
        <source>one item: its note, the note&apos;s translation and its redaction boxes</source>
        <translation>une pièce : sa note, la traduction de la note et ses cadres de masquage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="278"/>
        <source>list a case&apos;s evidence</source>
        <translation>lister les pièces d&apos;un dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="282"/>
        <source>list the items in the trash instead</source>
        <translation>lister plutôt les pièces dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="288"/>
        <source>move an item to the trash</source>
        <translation>mettre une pièce à la corbeille</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="292"/>
        <source>take an item out of the trash</source>
        <translation>sortir une pièce de la corbeille</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="298"/>
        <source>delete trashed items and their files for good</source>
        <translation>supprimer définitivement les pièces de la corbeille et leurs fichiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="300"/>
        <location filename="../../desktop_app/cli/parser.py" line="313"/>
        <location filename="../../desktop_app/cli/parser.py" line="505"/>
        <location filename="../../desktop_app/cli/parser.py" line="524"/>
        <source>do not ask for confirmation</source>
        <translation>ne pas demander de confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="304"/>
        <source>list the vault files no record names (nothing is removed)</source>
        <translation>lister les fichiers orphelins du coffre (rien n&apos;est supprimé)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="310"/>
        <source>list the vault files no record names, then remove them once you confirm</source>
        <translation>lister les fichiers orphelins du coffre, puis les supprimer après confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="319"/>
        <source>import e-mails (.eml, .msg, mbox) into a case</source>
        <translation>importer des e-mails (.eml, .msg, mbox) dans un dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="325"/>
        <source>import each message as a contact, with the message and its attachments as evidence</source>
        <translation>importer chaque message comme un échange, avec le message et ses pièces jointes comme pièces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="331"/>
        <source>.eml, .msg or mbox files</source>
        <translation>fichiers .eml, .msg ou mbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="337"/>
        <source>only messages whose sender&apos;s address or domain has TEXT</source>
        <translation>seulement les messages dont l&apos;adresse ou le domaine de l&apos;expéditeur contient TEXT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="340"/>
        <source>only messages from that day on</source>
        <translation>seulement les messages à partir de ce jour</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="343"/>
        <source>only messages up to that day</source>
        <translation>seulement les messages jusqu&apos;à ce jour</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="348"/>
        <source>only messages with every word (accents and case ignored)</source>
        <translation>seulement les messages contenant tous les mots (sans tenir compte des accents ni des majuscules)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="353"/>
        <source>list the messages that would be imported; import nothing</source>
        <translation>lister les messages qui seraient importés ; ne rien importer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="377"/>
        <source>profiles (the portal&apos;s published limits, and where they are published):
{profiles}</source>
        <translation>profils (les limites publiées du portail, et où elles sont publiées) :
{profiles}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="386"/>
        <source>write the dispute-evidence PDF pack of a case</source>
        <translation>écrire le dossier de preuves PDF d&apos;un dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="396"/>
        <source>the portal&apos;s limits to fit (default: none)</source>
        <translation>les limites du portail à respecter (par défaut : aucune)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="401"/>
        <source>the language of the pack&apos;s own words (default: the case&apos;s country&apos;s, else en)</source>
        <translation>la langue des textes propres au dossier de preuves (par défaut : celle du pays du dossier, sinon en)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="406"/>
        <source>at most N megabytes per file</source>
        <translation>au plus N mégaoctets par fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="409"/>
        <source>at most N pages per file</source>
        <translation>au plus N pages par fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="414"/>
        <source>paper size (default: Letter for US cases, else A4)</source>
        <translation>format du papier (par défaut : Letter pour les dossiers américains, sinon A4)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="420"/>
        <source>these evidence items, in the order given (default: all, in the reason&apos;s checklist order)</source>
        <translation>ces pièces, dans l&apos;ordre donné (par défaut : toutes, dans l&apos;ordre de la liste du motif)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="427"/>
        <source>when the whole case cannot fit the profile, leave out the exhibits that matter least and list them on a page of their own (with --exhibits: keep those, leave out the others)</source>
        <translation>quand le dossier entier ne tient pas dans le profil, écarter les pièces les moins utiles et les lister sur une page à part (avec --exhibits : garder celles-ci, écarter les autres)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="438"/>
        <source>write the pack even if an exhibit still shows a full card number that could not be redacted</source>
        <translation>écrire le dossier de preuves même si une pièce montre encore un numéro de carte complet impossible à masquer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="446"/>
        <source>images in greyscale, for portals that ask for it (a profile that asks for it turns it on)</source>
        <translation>images en niveaux de gris, pour les portails qui l&apos;exigent (un profil qui l&apos;exige l&apos;active)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="454"/>
        <source>when an exhibit cannot be read: put a page saying why (default), or write nothing</source>
        <translation>quand une pièce est illisible : insérer une page qui en indique la raison (par défaut), ou ne rien écrire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="459"/>
        <source>the same case gives the same bytes</source>
        <translation>le même dossier donne les mêmes octets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="464"/>
        <source>replace the pack (its parts) and its .sha256 if they exist</source>
        <translation>remplacer le dossier de preuves (ses parties) et son .sha256 s&apos;ils existent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="470"/>
        <source>encryption of the store: status, encrypt, decrypt</source>
        <translation>chiffrement du coffre : état, chiffrer, déchiffrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="476"/>
        <source>say whether the store is encrypted and how it opens</source>
        <translation>indiquer si le coffre est chiffré et comment il s&apos;ouvre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="479"/>
        <source>encrypt a plaintext store in place</source>
        <translation>chiffrer sur place un coffre en clair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="484"/>
        <source>also protect the key with the passphrase in FILE</source>
        <translation>protéger aussi la clé avec la phrase secrète contenue dans FILE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="487"/>
        <source>decrypt an encrypted store in place (asks first)</source>
        <translation>déchiffrer sur place un coffre chiffré (demande confirmation)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="492"/>
        <source>make a new recovery key; the old stops working</source>
        <translation>créer une nouvelle clé de récupération ; l&apos;ancienne cesse de fonctionner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="497"/>
        <source>accept a database older than the store&apos;s record of it, when no newer one or backup exists (the newer records are lost; keep a copy of the folder first)</source>
        <translation>accepter une base de données plus ancienne que celle enregistrée par le coffre, quand il n&apos;existe ni version plus récente ni sauvegarde (les données plus récentes sont perdues ; copiez d&apos;abord le répertoire)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="509"/>
        <source>say whether a recovery key opens the store (asked, or one line on standard input); changes nothing</source>
        <translation>indiquer si une clé de récupération ouvre le coffre (demandée, ou une ligne sur l&apos;entrée standard) ; ne modifie rien</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="518"/>
        <source>set, change or remove the passphrase</source>
        <translation>définir, modifier ou supprimer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="521"/>
        <source>the new passphrase, from FILE</source>
        <translation>la nouvelle phrase secrète, lue dans FILE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="523"/>
        <source>remove the passphrase</source>
        <translation>supprimer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="529"/>
        <source>write one encrypted file holding the database and every file</source>
        <translation>écrire un seul fichier chiffré contenant la base de données et tous les fichiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="536"/>
        <source>protect the backup with the passphrase in FILE (needed for a store that is not encrypted)</source>
        <translation>protéger la sauvegarde avec la phrase secrète contenue dans FILE (nécessaire pour un coffre non chiffré)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="544"/>
        <source>restore a backup into a new or empty folder (--data-dir)</source>
        <translation>restaurer une sauvegarde dans un répertoire nouveau ou vide (--data-dir)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="548"/>
        <source>the store&apos;s recovery key, from FILE</source>
        <translation>la clé de récupération du coffre, lue dans FILE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="554"/>
        <source>write an UNENCRYPTED zip of a case and its files, for a lawyer</source>
        <translation>écrire un zip NON CHIFFRÉ d&apos;un dossier et de ses fichiers, pour un avocat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="558"/>
        <source>replace OUT.zip if it exists</source>
        <translation>remplacer OUT.zip s&apos;il existe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="125"/>
        <location filename="../../desktop_app/cli/records.py" line="203"/>
        <source>a case needs a title, such as “Gym membership charged after cancelling”</source>
        <translation>un dossier a besoin d&apos;un titre, comme « Abonnement de salle de sport débité après résiliation »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="144"/>
        <location filename="../../desktop_app/cli/records.py" line="207"/>
        <source>a case needs the merchant&apos;s name</source>
        <translation>un dossier a besoin du nom du commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="251"/>
        <location filename="../../desktop_app/cli/records.py" line="294"/>
        <source>expected delivery</source>
        <translation>date de livraison prévue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="292"/>
        <location filename="../../desktop_app/cli/records.py" line="341"/>
        <source>promised date</source>
        <translation>date de la promesse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="302"/>
        <location filename="../../desktop_app/cli/records.py" line="345"/>
        <source>say what was promised too, with --promised-action</source>
        <translation>indiquez aussi ce qui a été promis, avec --promised-action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="229"/>
        <location filename="../../desktop_app/cli/records.py" line="291"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="307"/>
        <location filename="../../desktop_app/cli/records.py" line="156"/>
        <source>{promised} is before the contact itself ({contact}): a promise is kept after it is made; check the date</source>
        <translation>{promised} précède l&apos;échange lui-même ({contact}) : une promesse se tient après avoir été faite ; vérifiez la date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="168"/>
        <location filename="../../desktop_app/cli/records.py" line="239"/>
        <source>{name} date</source>
        <comment>name: the date&apos;s name, as in the options</comment>
        <translation>date « {name} »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="277"/>
        <source>“{at}” has no UTC offset, and the case&apos;s country does not say the time zone: add the offset, such as 2026-10-05T14:30-05:00, or give --zone</source>
        <translation>« {at} » n&apos;a pas de décalage UTC, et le pays du dossier n&apos;indique pas le fuseau horaire : ajoutez le décalage, comme 2026-10-05T14:30-05:00, ou indiquez --zone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="41"/>
        <source>the day the transaction was processed</source>
        <translation>le jour où l&apos;opération a été traitée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="42"/>
        <source>the date of the statement showing the charge</source>
        <translation>la date du relevé où figure le débit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="43"/>
        <source>the day the goods or service were expected</source>
        <translation>le jour où le bien ou le service était attendu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="44"/>
        <source>the day you cancelled</source>
        <translation>le jour de votre résiliation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="45"/>
        <source>the day you returned the goods</source>
        <translation>le jour où vous avez renvoyé le bien</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="46"/>
        <source>the day the merchant promised the refund by</source>
        <translation>la date pour laquelle le commerçant a promis le remboursement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="47"/>
        <source>the day the account was debited</source>
        <translation>le jour où le compte a été débité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="48"/>
        <source>the day the merchant&apos;s final response came</source>
        <translation>le jour de la réponse définitive du commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="49"/>
        <source>the day the complaint was sent to the bank</source>
        <translation>le jour où la réclamation a été envoyée à la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="50"/>
        <source>the day the mandate was revoked or the contract ended</source>
        <translation>le jour où le mandat a été révoqué ou le contrat résilié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="51"/>
        <source>the day the written complaint reached the merchant</source>
        <translation>le jour où la réclamation écrite est parvenue au commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="202"/>
        <source>after filing with the bank or card issuer</source>
        <translation>après la contestation auprès de la banque ou de l&apos;émetteur de la carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="63"/>
        <source>create a case from its facts and print its id</source>
        <translation>créer un dossier à partir de ses faits et afficher son identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="69"/>
        <source>change the facts of a case: only the options given; &quot;&quot; (or none for a choice) clears one</source>
        <translation>modifier les faits d&apos;un dossier : seulement les options données ; &quot;&quot; (ou none pour un choix) en efface une</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="80"/>
        <source>what the dispute is about</source>
        <translation>l&apos;objet du litige</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="83"/>
        <source>the merchant&apos;s name</source>
        <translation>le nom du commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="89"/>
        <source>why the charge is wrong</source>
        <translation>pourquoi le débit est injustifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="95"/>
        <source>ISO 4217 code, such as EUR or PLN</source>
        <translation>code ISO 4217, comme EUR ou PLN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="100"/>
        <source>two-letter code of the jurisdiction (FR, PL, GB, US...)</source>
        <translation>code à deux lettres du pays dont le droit s&apos;applique (FR, PL, GB, US...)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="120"/>
        <source>how it was paid</source>
        <translation>le moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="123"/>
        <source>the card&apos;s network</source>
        <translation>le réseau de la carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="128"/>
        <source>the card&apos;s last 4 digits; a whole card number keeps only its last 4</source>
        <translation>les 4 derniers chiffres de la carte ; d&apos;un numéro complet, seuls les 4 derniers sont conservés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="133"/>
        <source>credit, debit or prepaid</source>
        <translation>crédit, débit ou prépayée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="139"/>
        <source>a business (corporate) card or account (default: not)</source>
        <translation>une carte ou un compte professionnel (par défaut : non)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="144"/>
        <source>SEPA direct debit: the mandate&apos;s reference (RUM, UMR)</source>
        <translation>prélèvement SEPA : la référence unique du mandat (RUM)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="147"/>
        <source>SEPA direct debit: the creditor identifier</source>
        <translation>prélèvement SEPA : l&apos;identifiant créancier (ICS)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="149"/>
        <source>the cardholder or customer</source>
        <translation>le titulaire de la carte ou le client</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="153"/>
        <source>a private person or a company: ombudsmen and consumer rights depend on it</source>
        <translation>un particulier ou une entreprise : les médiateurs et les droits des consommateurs en dépendent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="159"/>
        <source>where the customer lives: a letter&apos;s place, as in “Lyon, le…”</source>
        <translation>le lieu de résidence du client : le lieu d&apos;un courrier, comme dans « Lyon, le… »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="166"/>
        <source>the customer&apos;s tax number: NIP, NIF, SIREN, VAT...</source>
        <translation>le numéro fiscal du client : SIREN, TVA, NIF, NIP...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="168"/>
        <source>a business card&apos;s holder</source>
        <translation>le détenteur d&apos;une carte professionnelle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="170"/>
        <source>the holder&apos;s role in the company</source>
        <translation>la fonction du détenteur dans l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="176"/>
        <source>default: open</source>
        <translation>par défaut : open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="180"/>
        <source>the step of the escalation ladder you say it is at; auto (the default): it follows the facts</source>
        <translation>l&apos;étape du recours où vous estimez en être ; auto (par défaut) : elle suit les faits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="188"/>
        <source>the amount in dispute, such as &quot;1 440,00&quot;</source>
        <translation>le montant contesté, par exemple &quot;1 440,00&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="191"/>
        <source>what has been refunded already</source>
        <translation>ce qui a déjà été remboursé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="201"/>
        <source>the story in your own words</source>
        <translation>le récit des faits avec vos propres mots</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="203"/>
        <source>the bank or card issuer</source>
        <translation>la banque ou l&apos;émetteur de la carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="206"/>
        <source>the bank&apos;s reference for the dispute</source>
        <translation>la référence de la contestation à la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="209"/>
        <source>the day the dispute was filed</source>
        <translation>le jour où la contestation a été déposée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="214"/>
        <source>a provisional credit, as you read it</source>
        <translation>un crédit provisoire, tel que vous le lisez</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="217"/>
        <source>the day it was credited</source>
        <translation>le jour où il a été crédité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="220"/>
        <source>what the merchant answered the bank</source>
        <translation>la réponse du commerçant à la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="225"/>
        <source>the bank&apos;s decision</source>
        <translation>la décision de la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="227"/>
        <source>the day it was decided</source>
        <translation>le jour de la décision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="229"/>
        <source>a provisional credit taken back</source>
        <translation>un crédit provisoire repris</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="232"/>
        <source>the day it was taken back</source>
        <translation>le jour où il a été repris</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="242"/>
        <source>record a charge, an authorisation hold, a refund or a credit</source>
        <translation>enregistrer un débit, une pré-autorisation, un remboursement ou un crédit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="246"/>
        <source>record one line of the statement and print its id</source>
        <translation>enregistrer une ligne du relevé et afficher son identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="253"/>
        <source>change a charge: only the options given; &quot;&quot; clears one</source>
        <translation>modifier un débit : seulement les options données ; &quot;&quot; en efface une</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="259"/>
        <source>record a contact with the merchant</source>
        <translation>consigner un échange avec le commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="263"/>
        <source>record a call, an e-mail, a chat... and print its id</source>
        <translation>consigner un appel, un e-mail, un chat... et afficher son identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="270"/>
        <source>change a contact: only the options given; &quot;&quot; clears one</source>
        <translation>modifier un échange : seulement les options données ; &quot;&quot; en efface une</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="278"/>
        <source>the day it was charged</source>
        <translation>le jour du débit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="284"/>
        <source>as you read it: 1440, &quot;1 440,00&quot;, 1.440,00, 1,440.00 or 1&apos;440.00; never negative</source>
        <translation>tel que vous le lisez : 1440, &quot;1 440,00&quot;, 1.440,00, 1,440.00 ou 1&apos;440.00 ; jamais négatif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="289"/>
        <source>ISO 4217 code (default: the case&apos;s)</source>
        <translation>code ISO 4217 (par défaut : celui du dossier)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="295"/>
        <source>default: charge</source>
        <translation>par défaut : charge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="305"/>
        <source>how the statement names the merchant</source>
        <translation>le nom du commerçant tel qu&apos;il figure sur le relevé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="321"/>
        <source>what was agreed (a quote, an order, a contract)</source>
        <translation>ce qui a été convenu (devis, commande, contrat)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="326"/>
        <source>what is disputed (default: the amount minus the agreed one, else the whole charge)</source>
        <translation>ce qui est contesté (par défaut : le montant moins le montant convenu, sinon le débit entier)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="333"/>
        <source>the card charge&apos;s authorisation code or ARN</source>
        <translation>le code d&apos;autorisation ou l&apos;ARN du paiement par carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="338"/>
        <source>when the goods or service of this charge were due</source>
        <translation>quand les biens ou le service de ce débit étaient dus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="347"/>
        <source>when: 2026-10-05T14:30+02:00, or 2026-10-05 14:30 in the case&apos;s country&apos;s time zone</source>
        <translation>quand : 2026-10-05T14:30+02:00, ou 2026-10-05 14:30 dans le fuseau horaire du pays du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="354"/>
        <source>the time zone of a MOMENT without offset, such as America/New_York (default: the case&apos;s country&apos;s)</source>
        <translation>le fuseau horaire d&apos;un MOMENT sans décalage, comme Europe/Paris (par défaut : celui du pays du dossier)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="367"/>
        <source>incoming: from the merchant; outgoing: from you</source>
        <translation>incoming : du commerçant ; outgoing : de vous</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="370"/>
        <source>who: a department, an address, a number</source>
        <translation>qui : un service, une adresse, un numéro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="372"/>
        <source>the person you dealt with</source>
        <translation>la personne à qui vous avez eu affaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="373"/>
        <source>a ticket or call reference</source>
        <translation>une référence de ticket ou d&apos;appel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="375"/>
        <source>what was said, in short</source>
        <translation>ce qui a été dit, en bref</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="377"/>
        <source>the whole text of a letter or e-mail</source>
        <translation>le texte intégral d&apos;un courrier ou d&apos;un e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="381"/>
        <source>what the merchant promised (needs --promised-by)</source>
        <translation>ce que le commerçant a promis (nécessite --promised-by)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="386"/>
        <source>by when; the promise becomes a task due that day (needs --promised-action)</source>
        <translation>pour quand ; la promesse devient une tâche à échéance ce jour-là (nécessite --promised-action)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="391"/>
        <source>who answered: customer_service, supervisor, formal_complaint (head office)...</source>
        <translation>qui a répondu : customer_service, supervisor, formal_complaint (siège)...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="398"/>
        <source>what the merchant answered</source>
        <translation>ce que le commerçant a répondu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="403"/>
        <source>a letter&apos;s: how it was sent (registered_post: with proof of delivery)</source>
        <translation>pour un courrier : son mode d&apos;envoi (registered_post : avec accusé de réception)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="312"/>
        <source>in dispute, or not</source>
        <translation>contesté ou non</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="316"/>
        <source>this charge is in dispute</source>
        <translation>ce débit est contesté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="106"/>
        <source>the language of the case&apos;s pack and letters: {languages} (none or &quot;&quot;: its country&apos;s again)</source>
        <translation>la langue du dossier de preuves et des courriers du dossier : {languages} (none ou &quot;&quot; : de nouveau celle de son pays)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="112"/>
        <source>the language of the case&apos;s pack and letters: {languages} (default: its country&apos;s)</source>
        <translation>la langue du dossier de preuves et des courriers du dossier : {languages} (par défaut : celle de son pays)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="349"/>
        <source>say by when it was promised too, with --promised-by YYYY-MM-DD</source>
        <translation>indiquez aussi pour quand c&apos;est promis, avec --promised-by AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="168"/>
        <source>dossier: the promise is task #{task_id}, due {promised_by}; &apos;dossier deadlines {case_id}&apos; lists it</source>
        <translation>dossier : la promesse est la tâche n° {task_id}, à échéance le {promised_by} ; &apos;dossier deadlines {case_id}&apos; la liste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="334"/>
        <source>“{at}” has its own offset ({own}), but in {zone} it was {other} then; give the offset or the zone, not both that disagree</source>
        <translation>« {at} » a son propre décalage ({own}), mais dans le fuseau {zone} il était alors {other} ; indiquez le décalage ou le fuseau, pas les deux s&apos;ils divergent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="135"/>
        <source>case {id}&apos;s country ({country}) has several time zones</source>
        <translation>le pays du dossier {id} ({country}) a plusieurs fuseaux horaires</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="139"/>
        <source>case {id} has no country to take a time zone from</source>
        <translation>le dossier {id} n&apos;a pas de pays dont tirer un fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="145"/>
        <source>“{typed}” has no UTC offset, and {where}: add the offset, such as {typed}-05:00, or give the zone, such as --zone America/New_York</source>
        <translation>« {typed} » n&apos;a pas de décalage UTC, et {where} : ajoutez le décalage, comme {typed}-05:00, ou indiquez le fuseau, comme --zone America/New_York</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/search.py" line="37"/>
        <source>Nothing holds “{query}”.</source>
        <translation>Rien ne contient « {query} ».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/search.py" line="41"/>
        <location filename="../../desktop_app/cli/show.py" line="170"/>
        <source>Case {id}: {title}</source>
        <translation>Dossier {id} : {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="267"/>
        <source>After filing with the bank</source>
        <translation>Après la contestation auprès de la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="173"/>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="174"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="177"/>
        <source>The story</source>
        <translation>Les faits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="180"/>
        <source>Guidance, not legal advice: check the dates and the bodies with your bank.</source>
        <translation>À titre indicatif, pas un conseil juridique : vérifiez les dates et les organismes auprès de votre banque.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="209"/>
        <source>business card or account</source>
        <translation>carte ou compte professionnel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="286"/>
        <source>cannot be given</source>
        <translation>impossible à indiquer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="348"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="349"/>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="350"/>
        <source>next</source>
        <translation>ensuite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="351"/>
        <source>later</source>
        <translation>plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="155"/>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="212"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="216"/>
        <source>Customer&apos;s contacts</source>
        <translation>Coordonnées du client</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="219"/>
        <source>Tax number</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="220"/>
        <source>Cardholder</source>
        <translation>Titulaire de la carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="221"/>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="222"/>
        <source>Merchant&apos;s contacts</source>
        <translation>Coordonnées du commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="223"/>
        <source>Merchant&apos;s address</source>
        <translation>Adresse du commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="224"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="225"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="226"/>
        <source>Escalation stage</source>
        <translation>Étape du recours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="227"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="228"/>
        <source>Language of letters and packs</source>
        <translation>Langue des courriers et des dossiers de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="229"/>
        <source>Paid with</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="230"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="232"/>
        <source>Already refunded</source>
        <translation>Déjà remboursé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="260"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="261"/>
        <source>Claim</source>
        <translation>Contestation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="262"/>
        <source>Provisional credit</source>
        <translation>Crédit provisoire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="263"/>
        <source>Merchant&apos;s response</source>
        <translation>Réponse du commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="264"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="265"/>
        <source>Re-debited</source>
        <translation>Redébité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="275"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="331"/>
        <source>Have ready:</source>
        <translation>À préparer :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="333"/>
        <source>The ladder:</source>
        <translation>Les étapes du recours :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="367"/>
        <source>Everything the bank usually asks for is here.</source>
        <translation>Tout ce que la banque demande habituellement est là.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="193"/>
        <source>{stage} (your choice)</source>
        <translation>{stage} (votre choix)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="195"/>
        <source>{stage} (from the facts)</source>
        <translation>{stage} (selon les faits)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="198"/>
        <source>{language} (your choice)</source>
        <translation>{language} (votre choix)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="200"/>
        <source>{language} (from the country)</source>
        <translation>{language} (selon le pays)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="276"/>
        <source>{what}: charged {charged} · agreed {agreed} · disputed {disputed}</source>
        <translation>{what} : débité {charged} · convenu {agreed} · contesté {disputed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="303"/>
        <source>None: add the charges and the case&apos;s dates, or a deadline of your own.</source>
        <translation>Aucune : ajoutez les débits et les dates du dossier, ou une échéance à vous.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="326"/>
        <source>The issuer&apos;s clocks:</source>
        <translation>Les délais de la banque :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="337"/>
        <source>open to you</source>
        <translation>ouvert dans votre cas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="337"/>
        <source>not open to you</source>
        <translation>pas ouvert dans votre cas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="358"/>
        <source>What the bank will expect ({done} of {total})</source>
        <translation>Ce que la banque attendra ({done} sur {total})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="177"/>
        <source>No story yet.</source>
        <translation>Pas encore de récit des faits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="202"/>
        <source>reference {reference}</source>
        <translation>référence {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="205"/>
        <source>creditor {creditor}</source>
        <translation>créancier {creditor}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="250"/>
        <source>on {day}</source>
        <translation>le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="256"/>
        <source>number {number}</source>
        <translation>n° {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="257"/>
        <source>filed on {day}</source>
        <translation>déposée le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="288"/>
        <source>Total disputed: {total}</source>
        <translation>Total contesté : {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="322"/>
        <source>Where it stands: {stage}</source>
        <translation>Où en est le dossier : {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="323"/>
        <location filename="../../desktop_app/cli/show.py" line="365"/>
        <source>Next: {step}</source>
        <translation>Prochaine étape : {step}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="309"/>
        <source>(charge of {day}, {amount})</source>
        <translation>(débit du {day}, {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="340"/>
        <source>{body}: {open}. {why}</source>
        <translation>{body} : {open}. {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="146"/>
        <source>its passphrase</source>
        <translation>sa phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="148"/>
        <source>the store&apos;s recovery key or passphrase</source>
        <translation>la clé de récupération ou la phrase secrète du coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="305"/>
        <source>The passphrase was set.</source>
        <translation>La phrase secrète a été définie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="93"/>
        <source>The recovery key does NOT open the store at {root}: {problem}</source>
        <translation>La clé de récupération n&apos;ouvre PAS le coffre situé dans {root} : {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="113"/>
        <source>Restored {cases} and {files} into {target}; every file&apos;s SHA-256 and the database were checked.</source>
        <translation>{cases} et {files} restaurés dans {target} ; le SHA-256 de chaque fichier et la base de données ont été vérifiés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/store.py" line="118"/>
        <location filename="../../desktop_app/cli/store.py" line="159"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="142"/>
        <source>A passphrase for the backup: </source>
        <translation>Phrase secrète de la sauvegarde : </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="142"/>
        <source>no backup was written</source>
        <translation>aucune sauvegarde n&apos;a été écrite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="180"/>
        <source>             &apos;dossier store encrypt&apos; encrypts it in place</source>
        <translation>                      &apos;dossier store encrypt&apos; le chiffre sur place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="196"/>
        <source>recovery key: set when the store was encrypted</source>
        <translation>clé de récupération : définie lors du chiffrement du coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="288"/>
        <source>The passphrase was removed: the store opens with the system keyring or its recovery key.</source>
        <translation>La phrase secrète a été supprimée : le coffre s&apos;ouvre avec le trousseau du système ou sa clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="50"/>
        <source>Accepting loses the newer records for good: add --yes to confirm (keep a copy of the folder first, and look for a backup: &apos;dossier restore&apos;).</source>
        <translation>Accepter perd définitivement les données plus récentes : ajoutez --yes pour confirmer (copiez d&apos;abord le répertoire, et cherchez une sauvegarde : &apos;dossier restore&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="57"/>
        <source>Accept this database as it is, losing the newer records? [y/N] </source>
        <translation>Accepter cette base de données telle quelle, en perdant les données plus récentes ? [o/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="59"/>
        <location filename="../../desktop_app/cli/store.py" line="239"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="63"/>
        <source>Accepted the database of the store at {data_dir} as it is. Evidence files that no record names any more are kept: &apos;dossier evidence unused&apos; lists them.</source>
        <translation>Base de données du coffre situé dans {data_dir} acceptée telle quelle. Les pièces qu&apos;aucun élément ne cite plus sont conservées : &apos;dossier evidence unused&apos; les liste.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="81"/>
        <location filename="../../desktop_app/cli/unlocking.py" line="160"/>
        <source>no Dossier store at {root}</source>
        <translation>aucun coffre Dossier dans {root}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="86"/>
        <source>The recovery key opens the store at {root}. Nothing was changed.</source>
        <translation>La clé de récupération ouvre le coffre situé dans {root}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="136"/>
        <source>This store is not encrypted: give --passphrase-file FILE to protect its backup.</source>
        <translation>Ce coffre n&apos;est pas chiffré : indiquez --passphrase-file FILE pour protéger sa sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="151"/>
        <source>Wrote {output} ({size}): {cases}, {files}, checked before it was written. It opens with {how}.</source>
        <translation>{output} écrit ({size}) : {cases}, {files}, vérifiés avant l&apos;écriture. Il s&apos;ouvre avec {how}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="172"/>
        <source>store:       {folder}</source>
        <translation>coffre :              {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="174"/>
        <source>encrypted:   {answer}</source>
        <translation>chiffré :             {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="221"/>
        <source>Encrypted the store at {data_dir}.</source>
        <translation>Coffre situé dans {data_dir} chiffré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="236"/>
        <source>Decrypting writes every file in plaintext: add --yes to confirm.</source>
        <translation>Déchiffrer écrit chaque fichier en clair : ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="238"/>
        <source>Decrypt the store, writing every file in plaintext? [y/N] </source>
        <translation>Déchiffrer le coffre, en écrivant chaque fichier en clair ? [o/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="243"/>
        <source>Decrypted the store at {data_dir}: its files are now in plaintext.</source>
        <translation>Coffre situé dans {data_dir} déchiffré : ses fichiers sont désormais en clair.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="251"/>
        <location filename="../../desktop_app/cli/store.py" line="39"/>
        <source>The database of the store at {data_dir} matches its record: nothing to accept.</source>
        <translation>La base de données du coffre situé dans {data_dir} correspond à son enregistrement : rien à accepter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="269"/>
        <source>The recovery key does NOT open the store at {data_dir}: {problem}</source>
        <translation>La clé de récupération n&apos;ouvre PAS le coffre situé dans {data_dir} : {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="278"/>
        <source>New recovery key (the old one no longer works):

    {text}
</source>
        <translation>Nouvelle clé de récupération (l&apos;ancienne ne fonctionne plus) :

    {text}
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="300"/>
        <location filename="../../desktop_app/cli/unlocking.py" line="219"/>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="300"/>
        <location filename="../../desktop_app/cli/unlocking.py" line="210"/>
        <source>nothing was changed</source>
        <translation>rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="303"/>
        <source>Give the new passphrase with --passphrase-file FILE.</source>
        <translation>Indiquez la nouvelle phrase secrète avec --passphrase-file FILE.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="46"/>
        <source>problem: {problem}</source>
        <translation>problème : {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="175"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="175"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="183"/>
        <source>keyring:     {answer}</source>
        <translation>trousseau :           {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="191"/>
        <source>passphrase:  {answer}</source>
        <translation>phrase secrète :      {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="226"/>
        <source>Its recovery key, shown once; write it down or print it:

    {recovery}
</source>
        <translation>Sa clé de récupération, affichée une seule fois ; notez-la ou imprimez-la :

    {recovery}
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="262"/>
        <source>The recovery key opens the store at {data_dir}. Nothing was changed.</source>
        <translation>La clé de récupération ouvre le coffre situé dans {data_dir}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="184"/>
        <source>holds the key</source>
        <translation>contient la clé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="186"/>
        <source>does not hold the key</source>
        <translation>ne contient pas la clé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="192"/>
        <source>set</source>
        <translation>définie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="214"/>
        <source>The store&apos;s new recovery key, shown once; write it down:

    {key}
</source>
        <translation>La nouvelle clé de récupération du coffre, affichée une seule fois ; notez-la :

    {key}
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="122"/>
        <source>nothing was created</source>
        <translation>rien n&apos;a été créé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="193"/>
        <source>Recovery key: </source>
        <translation>Clé de récupération : </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="198"/>
        <source>No recovery key was given: type it, or give it as one line on standard input.</source>
        <translation>Aucune clé de récupération n&apos;a été fournie : saisissez-la, ou donnez-la sur une ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="209"/>
        <source>Give --passphrase-file FILE.</source>
        <translation>Indiquez --passphrase-file FILE.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="46"/>
        <source>The same passphrase again: </source>
        <translation>Confirmez la phrase secrète : </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="48"/>
        <source>The two passphrases differ (or are empty); {refused}.</source>
        <translation>Les deux phrases secrètes diffèrent (ou sont vides) ; {refused}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="77"/>
        <source>{what} names {path}, which is empty.</source>
        <translation>{what} désigne {path}, qui est vide.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="119"/>
        <source>Set {variable} to a file holding the passphrase.</source>
        <translation>Définissez {variable} avec un fichier contenant la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="125"/>
        <source>Passphrase or recovery key for {store}: </source>
        <translation>Phrase secrète ou clé de récupération de {store} : </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="170"/>
        <source>dossier: made a new encrypted store at {root}.
Its recovery key opens it if the system keyring or the passphrase is lost:

    {recovery}

Write it down or print it, and keep it apart from this computer. It is not shown again.</source>
        <translation>dossier : nouveau coffre chiffré créé dans {root}.
Sa clé de récupération l&apos;ouvre si le trousseau du système ou la phrase secrète est perdu :

    {recovery}

Notez-la ou imprimez-la, et conservez-la à l&apos;écart de cet ordinateur. Elle ne sera plus affichée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="182"/>
        <source>dossier: the key is protected by your passphrase only ({note})</source>
        <translation>dossier : la clé n&apos;est protégée que par votre phrase secrète ({note})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="63"/>
        <source>{what} names {path}, which cannot be read ({reason}).</source>
        <translation>{what} désigne {path}, qui est illisible ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="69"/>
        <source>{what} names {path}, which is not UTF-8 text.</source>
        <translation>{what} désigne {path}, qui n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="108"/>
        <source>{problem} On a terminal Dossier asks for it; a script sets {variable} to a file holding the passphrase.</source>
        <translation>{problem} Dans un terminal, Dossier la demande ; un script définit {variable} avec un fichier contenant la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="32"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="33"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="34"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="35"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="36"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="37"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="38"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="39"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="40"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="41"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="42"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="43"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="70"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="223"/>
        <source>No date and time was given; write them as 2026-10-05 14:30</source>
        <translation>Aucune date ni heure n&apos;a été indiquée ; écrivez-les sous la forme 2026-10-05 14:30</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="195"/>
        <source>“{moment}” happened twice in {zone} (the clocks went back an hour); add the offset, as in {first} or {second}</source>
        <translation>« {moment} » a eu lieu deux fois dans le fuseau {zone} (retour à l&apos;heure d&apos;hiver) ; ajoutez le décalage, comme dans {first} ou {second}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="59"/>
        <source>The {what} {day} is not taken: its year {year} is outside {first}–{last}, which looks like a typing error</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>La {what} {day} n&apos;est pas retenue : son année, {year}, est hors de la plage {first}–{last}, ce qui ressemble à une faute de frappe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="77"/>
        <source>“{text}” is not taken as a {what}: the year {year} is outside {first}–{last}, which looks like a typing error</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>« {text} » n&apos;est pas retenu comme {what} : l&apos;année {year} est hors de la plage {first}–{last}, ce qui ressemble à une faute de frappe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="86"/>
        <source>“{text}” is not a {what}: there is no month {month} (months go from 1 to 12)</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>« {text} » n&apos;est pas une {what} valable : il n&apos;y a pas de mois {month} (les mois vont de 1 à 12)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="117"/>
        <source>No {what} was given; write it as YYYY-MM-DD, such as 2026-10-03</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>Aucune {what} n&apos;a été indiquée ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-10-03</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="126"/>
        <source>“{text}” is not a {what}; write it as YYYY-MM-DD, such as 2026-10-03</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>« {text} » n&apos;est pas une {what} valable ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-10-03</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="140"/>
        <source>“{text}” is not a time: there is no hour {hour} (hours go from 0 to 23)</source>
        <translation>« {text} » n&apos;est pas une heure : il n&apos;y a pas d&apos;heure {hour} (les heures vont de 0 à 23)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="146"/>
        <source>“{text}” is not a time: there is no minute {minute} (minutes go from 0 to 59)</source>
        <translation>« {text} » n&apos;est pas une heure : il n&apos;y a pas de minute {minute} (les minutes vont de 0 à 59)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="152"/>
        <source>“{text}” is not a time: there is no second {second} (seconds go from 0 to 59)</source>
        <translation>« {text} » n&apos;est pas une heure : il n&apos;y a pas de seconde {second} (les secondes vont de 0 à 59)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="187"/>
        <source>“{moment}” did not happen in {zone}: the clocks skipped that hour (a change of daylight-saving time); check the time</source>
        <translation>« {moment} » n&apos;a pas existé dans le fuseau {zone} : cette heure a été sautée (passage à l&apos;heure d&apos;été) ; vérifiez l&apos;heure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="227"/>
        <source>“{text}” is not a date and time; write them as 2026-10-05 14:30 (an offset such as +02:00 may follow)</source>
        <translation>« {text} » n&apos;est pas une date et une heure ; écrivez-les sous la forme 2026-10-05 14:30 (un décalage comme +02:00 peut suivre)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="250"/>
        <source>“{text}” has no valid offset: {offset} is not an offset from UTC (they go from -12:00 to +14:00)</source>
        <translation>« {text} » n&apos;a pas de décalage valable : {offset} n&apos;est pas un décalage par rapport à UTC (de -12:00 à +14:00)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="97"/>
        <source>“{text}” is not a {what}: {month} {year} has no day {day} (it has {last} days)</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>« {text} » n&apos;est pas une {what} valable : {month} {year} n&apos;a pas de jour {day} (il compte {last} jours)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="164"/>
        <source>“{name}” is not a time zone; give one such as Europe/Warsaw</source>
        <translation>« {name} » n&apos;est pas un fuseau horaire ; indiquez-en un comme Europe/Paris</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="20"/>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="21"/>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="22"/>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="23"/>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="24"/>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="25"/>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="26"/>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="143"/>
        <source>{day} is {why}: act by {weekday} {before}, the working day before (banks and post offices may be closed).</source>
        <translation>Le {day} est {why} : agissez au plus tard le {weekday} {before}, le jour ouvré précédent (banques et bureaux de poste peuvent être fermés).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="140"/>
        <source>{day} is {why}: the answer may come on the next working day.</source>
        <translation>Le {day} est {why} : la réponse peut arriver le jour ouvré suivant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="120"/>
        <source>a public holiday in {country} ({holiday})</source>
        <translation>un jour férié en {country} ({holiday})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="116"/>
        <source>a {weekday}</source>
        <comment>a {weekday}: a Sunday</comment>
        <translation>un {weekday}</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="182"/>
        <source>charge&apos;s date</source>
        <translation>date du débit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="183"/>
        <source>charge&apos;s expected delivery</source>
        <translation>date de livraison prévue du débit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="184"/>
        <source>last payment</source>
        <translation>date du dernier paiement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="185"/>
        <source>filing with the bank</source>
        <translation>date de la contestation auprès de la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="463"/>
        <source>“{title}”: {count} from the {start}, {due} ({source})</source>
        <translation>« {title} » : {count} à compter de la {start}, {due} ({source})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="104"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="106"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="108"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="110"/>
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvrable</numerusform>
            <numerusform>%n jours ouvrables</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="474"/>
        <source>Two rules give different dates for this right ({told}); the earlier is shown.</source>
        <translation>Deux règles donnent des dates différentes pour ce droit ({told}) ; la plus tôt est affichée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="409"/>
        <source>Sources disagree ({others}); the earlier date is shown.</source>
        <translation>Les sources divergent ({others}) ; la date la plus tôt est affichée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="434"/>
        <source>The case&apos;s {dates} is not used: each disputed charge counts from its own date.</source>
        <translation>Le dossier ne compte pas à partir de : {dates} ; chaque débit contesté compte à partir de sa propre date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="421"/>
        <source>At most {count} after the {start}.</source>
        <translation>Au plus {count} après la {start}.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="312"/>
        <source>Nothing is left to escalate: the issuer decided in your favour. Keep the record: if the merchant challenges the decision, the bank may write to you again</source>
        <translation>Plus aucun recours à engager : la banque a tranché en votre faveur. Conservez le dossier : si le commerçant conteste la décision, la banque peut vous recontacter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="207"/>
        <source>the stage you chose</source>
        <translation>l&apos;étape que vous avez choisie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="233"/>
        <source>the complaint to the bank of {day}</source>
        <translation>la réclamation à la banque du {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="237"/>
        <source>the dispute filed with the issuer on {day}</source>
        <translation>la contestation déposée auprès de la banque le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="242"/>
        <source>the bank&apos;s final response of {day}</source>
        <translation>la réponse définitive de la banque du {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="287"/>
        <source>customer service</source>
        <translation>le service client</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="288"/>
        <source>a supervisor</source>
        <translation>un responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="289"/>
        <source>the head office</source>
        <translation>le siège</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="290"/>
        <source>the bank</source>
        <translation>la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="291"/>
        <source>the regulator or ombudsman</source>
        <translation>l&apos;autorité ou le médiateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="317"/>
        <source>the issuer&apos;s decision, as evidence</source>
        <translation>la décision de la banque, comme pièce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="404"/>
        <location filename="../../desktop_app/domain/escalation.py" line="327"/>
        <source>your bank or card issuer</source>
        <translation>votre banque ou l&apos;émetteur de votre carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="252"/>
        <source>the issuer decided in your favour</source>
        <translation>la banque a tranché en votre faveur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="219"/>
        <source>the refusal of {who} on {day}</source>
        <translation>le refus opposé le {day} par {who}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="221"/>
        <source>the final response of {who} on {day}</source>
        <translation>la réponse définitive donnée le {day} par {who}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="259"/>
        <source>the issuer decided against you</source>
        <translation>la banque a tranché en votre défaveur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="403"/>
        <source>the merchant</source>
        <translation>ce commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="215"/>
        <source>a contact with {who} on {day}</source>
        <translation>un échange avec {who} le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="228"/>
        <source>the written complaint that reached the merchant on {day}</source>
        <translation>la réclamation écrite reçue par le commerçant le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="250"/>
        <source>the issuer decided in your favour on {day}</source>
        <translation>la banque a tranché en votre faveur le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="269"/>
        <source>the issuer decided for only part of the dispute</source>
        <translation>la banque n&apos;a donné raison que sur une partie de la contestation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="257"/>
        <source>the issuer decided against you on {day}</source>
        <translation>la banque a tranché en votre défaveur le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="279"/>
        <source>the provisional credit was taken back</source>
        <translation>le crédit provisoire a été repris</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="320"/>
        <source>(claim {claim})</source>
        <translation>(n° {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="265"/>
        <source>the issuer decided for only part of the dispute on {day}</source>
        <translation>la banque n&apos;a donné raison que sur une partie de la contestation le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="275"/>
        <source>the provisional credit was taken back on {day}</source>
        <translation>le crédit provisoire a été repris le {day}</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="33"/>
        <source>declared no charset and was read as {label}</source>
        <translation>ne déclare aucun jeu de caractères ; lu en {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="41"/>
        <source>declared charset &apos;{charset}&apos; but its bytes do not fit it; it was read as {label}</source>
        <translation>déclare le jeu de caractères &apos;{charset}&apos; mais ses octets n&apos;y correspondent pas ; lu en {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="46"/>
        <source>declared charset &apos;{charset}&apos; and was read as {label}</source>
        <translation>déclare le jeu de caractères &apos;{charset}&apos; ; lu en {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="59"/>
        <source>declared charset &apos;{charset}&apos; but its text is {label}; it was read as {label}</source>
        <translation>déclare le jeu de caractères &apos;{charset}&apos; mais son texte est en {label} ; lu en {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="131"/>
        <source>{where} contains a base64 encoded word that could not be decoded</source>
        <translation>{where} contient un mot encodé en base64 impossible à décoder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="23"/>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="24"/>
        <source>an e-mail</source>
        <translation>un e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="25"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="67"/>
        <source>{name} is named {suffix} but holds {content}: it is kept as {content}</source>
        <translation>{name} porte l&apos;extension {suffix} mais contient {content} : il est conservé comme {content}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="77"/>
        <source>a {type} file</source>
        <translation>un fichier {type}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="32"/>
        <source>{name} is empty (0 bytes): there is nothing in it to keep</source>
        <translation>{name} est vide (0 octet) : il n&apos;y a rien à conserver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="76"/>
        <source>a {format} picture</source>
        <translation>une image {format}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="53"/>
        <source>{name} is a picture of no size ({width}x{height})</source>
        <translation>{name} est une image sans dimensions ({width}x{height})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="44"/>
        <source>{name} claims to be a picture of more than {millions} million pixels: no camera or screen makes such a picture, and opening it could exhaust this computer&apos;s memory</source>
        <translation>{name} prétend être une image de plus de {millions} millions de pixels : aucun appareil photo ni écran ne produit une telle image, et l&apos;ouvrir pourrait épuiser la mémoire de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="483"/>
        <source>the message ends before its last part is closed; it may be truncated</source>
        <translation>le message se termine avant la fermeture de sa dernière partie ; il est peut-être tronqué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="486"/>
        <source>{where} is declared multipart but its boundary never appears; it was read as plain text</source>
        <translation>{where} se déclare multipart mais sa limite (boundary) n&apos;apparaît jamais ; lecture en texte brut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="490"/>
        <source>{where} is declared multipart but names no boundary; it was read as plain text</source>
        <translation>{where} se déclare multipart mais n&apos;indique aucune limite (boundary) ; lecture en texte brut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="494"/>
        <source>{where} is declared multipart but has no parts</source>
        <translation>{where} se déclare multipart mais ne contient aucune partie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="495"/>
        <source>the headers of {where} start with a continuation line</source>
        <translation>{where} : ses en-têtes commencent par une ligne de continuation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="498"/>
        <source>the headers of {where} contain a misplaced &apos;From &apos; envelope line</source>
        <translation>{where} : ses en-têtes contiennent une ligne d&apos;enveloppe &apos;From &apos; mal placée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="501"/>
        <source>the headers of {where} contain a line that is not a header; what follows was read as its body</source>
        <translation>{where} : ses en-têtes contiennent une ligne qui n&apos;est pas un en-tête ; la suite a été lue comme le corps</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="505"/>
        <source>{where} is multipart but declares a transfer encoding</source>
        <translation>{where} est multipart mais déclare un encodage de transfert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="508"/>
        <source>{where} contains bytes that could not be decoded</source>
        <translation>{where} contient des octets impossibles à décoder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="509"/>
        <source>the base64 data of {where} is badly padded; it may be incomplete</source>
        <translation>{where} : ses données base64 sont mal complétées (padding) ; elles sont peut-être incomplètes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="512"/>
        <source>the base64 data of {where} contains characters that are not base64</source>
        <translation>{where} : ses données base64 contiennent des caractères hors base64</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="515"/>
        <source>the base64 data of {where} is cut short and could not be decoded</source>
        <translation>{where} : ses données base64 sont tronquées et n&apos;ont pas pu être décodées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="522"/>
        <source>{where} is malformed</source>
        <translation>{where} : format incorrect</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="252"/>
        <source>the message</source>
        <translation>le message</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="252"/>
        <source>a part</source>
        <translation>une partie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="143"/>
        <source>the message has no From header</source>
        <translation>le message n&apos;a pas d&apos;en-tête From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="216"/>
        <source>the message has no Date header</source>
        <translation>le message n&apos;a pas d&apos;en-tête Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="219"/>
        <source>the Date header is empty</source>
        <translation>l&apos;en-tête Date est vide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="69"/>
        <source>{name} is empty, so it is not an e-mail</source>
        <translation>{name} est vide : ce n&apos;est donc pas un e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="80"/>
        <source>{name} is not an e-mail: it does not start with headers such as From, To, Subject or Date</source>
        <translation>{name} n&apos;est pas un e-mail : il ne commence pas par des en-têtes comme From, To, Subject ou Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="87"/>
        <source>{name} is not an e-mail: none of its header lines is an e-mail header such as From, To, Subject or Date</source>
        <translation>{name} n&apos;est pas un e-mail : aucune de ses lignes d&apos;en-tête n&apos;est un en-tête d&apos;e-mail comme From, To, Subject ou Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="185"/>
        <source>the forwarded message&apos;s {field} header</source>
        <translation>l&apos;en-tête {field} du message transféré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="187"/>
        <source>the {field} header</source>
        <translation>l&apos;en-tête {field}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="234"/>
        <source>the Date header gives no time zone that can be read; it was read as UTC</source>
        <translation>l&apos;en-tête Date n&apos;indique aucun fuseau horaire lisible ; il a été lu en UTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="75"/>
        <source>{name} cannot be read: its parts are nested too deeply</source>
        <translation>impossible de lire {name} : ses parties sont imbriquées trop profondément</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="247"/>
        <source>parts nested more than {max_depth} levels deep were left out</source>
        <translation>les parties imbriquées sur plus de {max_depth} niveaux ont été écartées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="266"/>
        <source>the attachment &apos;{name}&apos;</source>
        <translation>la pièce jointe &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="361"/>
        <source>a forwarded message could not be written back and was left out</source>
        <translation>un message transféré n&apos;a pas pu être réécrit et a été écarté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="375"/>
        <source>a forwarded message has damaged encoded data; it was kept encoded</source>
        <translation>un message transféré contient des données encodées endommagées ; il a été conservé encodé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="410"/>
        <source>{where} declared the unknown transfer encoding &apos;{encoding}&apos;; its bytes were kept as they are</source>
        <translation>{where} déclare l&apos;encodage de transfert inconnu &apos;{encoding}&apos; ; ses octets ont été gardés tels quels</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="225"/>
        <source>the Date header &apos;{date_text}&apos; is not a date that can be read</source>
        <translation>l&apos;en-tête Date &apos;{date_text}&apos; n&apos;est pas une date lisible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="258"/>
        <source>{where} of type {content_type} could not be read and was left out</source>
        <translation>{where} (type {content_type}) : lecture impossible, élément écarté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="237"/>
        <source>it has no date</source>
        <translation>il n&apos;a pas de date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="122"/>
        <source>{name} is not an mbox: it has no line starting with &apos;From &apos;</source>
        <translation>{name} n&apos;est pas un mbox : aucune ligne ne commence par &apos;From &apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="144"/>
        <source>{origin}: the message is empty or too large to read</source>
        <translation>{origin} : le message est vide ou trop volumineux pour être lu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="218"/>
        <source>{origin} is an Outlook file but not an e-mail (a contact, task or note)</source>
        <translation>{origin} est un fichier Outlook mais pas un e-mail (un contact, une tâche ou une note)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="74"/>
        <source>{path}: cannot be read ({value})</source>
        <translation>{path} : illisible ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="82"/>
        <source>{name} is empty: there is no message in it</source>
        <translation>{name} est vide : il ne contient aucun message</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="188"/>
        <source>{origin} cannot be read as an Outlook message ({reason})</source>
        <translation>impossible de lire {origin} comme un message Outlook ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="250"/>
        <source>its attachment {name} is not a file (an embedded item) and was left out</source>
        <translation>sa pièce jointe {name} n&apos;est pas un fichier (un élément incorporé) et a été écartée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="210"/>
        <source>its {name} cannot be read ({reason})</source>
        <translation>impossible de lire son {name} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="73"/>
        <source>{name}: {type}, {size}. Open the original to see it.</source>
        <translation>{name} : {type}, {size}. Ouvrez l&apos;original pour le voir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="74"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="109"/>
        <source>(no text on the first page: it may be a scan)</source>
        <translation>(pas de texte sur la première page : c&apos;est peut-être une numérisation)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="118"/>
        <source>{name}: %n page(s). First page:</source>
        <translation>
            <numerusform>{name} : %n page. Première page :</numerusform>
            <numerusform>{name} : %n pages. Première page :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="131"/>
        <source>The PDF cannot be read, so its pages cannot be drawn.</source>
        <translation>Le PDF est illisible : impossible d&apos;afficher ses pages.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="114"/>
        <source>{name}: %n page(s). Text of the first page:</source>
        <translation>
            <numerusform>{name} : %n page. Texte de la première page :</numerusform>
            <numerusform>{name} : %n pages. Texte de la première page :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="89"/>
        <source>Attachments: {names}</source>
        <translation>Pièces jointes : {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="134"/>
        <source>There is no page {page}: the PDF has %n page(s), numbered from 1.</source>
        <translation>
            <numerusform>Il n&apos;y a pas de page {page} : le PDF a %n page, numérotée à partir de 1.</numerusform>
            <numerusform>Il n&apos;y a pas de page {page} : le PDF a %n pages, numérotées à partir de 1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="141"/>
        <source>Page {page} of {count} cannot be drawn (it may be damaged).</source>
        <translation>Impossible d&apos;afficher la page {page} sur {count} (elle est peut-être endommagée).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="98"/>
        <source>{name} is protected by a password.</source>
        <translation>{name} est protégé par un mot de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="106"/>
        <source>{name} cannot be read as a PDF ({reason}).</source>
        <translation>Impossible de lire {name} comme un PDF ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/text.py" line="60"/>
        <source>{name} cannot be read as a PDF ({reason})</source>
        <translation>impossible de lire {name} comme un PDF ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/text.py" line="47"/>
        <source>{name} is protected by a password, so its text cannot be searched</source>
        <translation>{name} est protégé par un mot de passe : impossible d&apos;y rechercher du texte</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="55"/>
        <source>a card dispute (chargeback) letter</source>
        <translation>un courrier de contestation de paiement par carte (rétrofacturation)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="56"/>
        <source>a SEPA direct-debit refund request</source>
        <translation>une demande de remboursement de prélèvement SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="57"/>
        <source>an unauthorised direct-debit notice</source>
        <translation>un signalement de prélèvement non autorisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="58"/>
        <source>a Fair Credit Billing Act notice</source>
        <translation>un signalement au titre du Fair Credit Billing Act</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="59"/>
        <source>a Regulation E error notice</source>
        <translation>un signalement d&apos;erreur au titre de la Regulation E</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="60"/>
        <source>a Section 75 claim</source>
        <translation>une réclamation au titre de la Section 75</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="61"/>
        <source>a Financial Ombudsman referral</source>
        <translation>une saisine du Financial Ombudsman</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="62"/>
        <source>a complaint to the merchant</source>
        <translation>une réclamation au commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="63"/>
        <source>an invoice request</source>
        <translation>une demande de facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="64"/>
        <source>a complaint to the bank</source>
        <translation>une réclamation à la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="69"/>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="70"/>
        <source>direct debit</source>
        <translation>prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="71"/>
        <source>bank transfer</source>
        <translation>virement</translation>
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
        <translation>{letter} {is_for} : {problem}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="98"/>
        <source>the case does not say how it was paid</source>
        <translation>le dossier n&apos;indique pas le moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="119"/>
        <source>the case does not say the card&apos;s kind (credit, debit or prepaid)</source>
        <translation>le dossier n&apos;indique pas le type de carte (crédit, débit ou prépayée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="130"/>
        <source>the customer is a company</source>
        <translation>le client est une entreprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="132"/>
        <source>the card or account is a business one</source>
        <translation>la carte ou le compte est professionnel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="139"/>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="169"/>
        <source>the case has no country</source>
        <translation>le dossier n&apos;a pas de pays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="160"/>
        <source>is for a card payment</source>
        <translation>concerne un paiement par carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="161"/>
        <source>the case is paid by card</source>
        <translation>le dossier est payé par carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="103"/>
        <source>this case is paid by {means}</source>
        <translation>ce dossier est payé par {means}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="163"/>
        <source>is for a direct debit in a SEPA country</source>
        <translation>concerne un prélèvement dans un pays SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="164"/>
        <source>the case is a direct debit in a SEPA country</source>
        <translation>le dossier concerne un prélèvement dans un pays SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="102"/>
        <source>another means</source>
        <translation>un autre moyen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="122"/>
        <source>this case&apos;s card is a {card}, not {wanted}</source>
        <translation>la carte de ce dossier est une {card}, pas {wanted}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="141"/>
        <source>this case&apos;s country is {country}, not {wanted}</source>
        <translation>le pays de ce dossier est {country}, pas {wanted}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="181"/>
        <source>is for a US credit card paid by a consumer</source>
        <translation>concerne une carte de crédit américaine utilisée par un consommateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="182"/>
        <source>the case is a consumer&apos;s US credit card</source>
        <translation>le dossier concerne la carte de crédit américaine d&apos;un consommateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="152"/>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="89"/>
        <location filename="../../desktop_app/domain/letters.py" line="164"/>
        <source>{kind} is not a letter; choose one of {kinds}</source>
        <translation>{kind} n&apos;est pas un courrier ; choisissez parmi {kinds}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="189"/>
        <source>is for a US consumer&apos;s debit or prepaid card, bank transfer or direct debit</source>
        <translation>concerne la carte de débit ou prépayée, le virement ou le prélèvement d&apos;un consommateur américain</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="192"/>
        <source>the case is a US consumer&apos;s electronic fund transfer</source>
        <translation>le dossier concerne un transfert électronique de fonds d&apos;un consommateur américain</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="223"/>
        <source>{letter} fits: {why}.</source>
        <translation>{letter} convient : {why}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="171"/>
        <source>a UK Direct Debit is covered by the Direct Debit Guarantee instead</source>
        <translation>un Direct Debit britannique relève plutôt de la Direct Debit Guarantee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="185"/>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="210"/>
        <source>a credit card</source>
        <translation>une carte de crédit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="206"/>
        <source>is for a UK credit card paid by a consumer</source>
        <translation>concerne une carte de crédit britannique utilisée par un consommateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="207"/>
        <source>the case is a consumer&apos;s UK credit card</source>
        <translation>le dossier concerne la carte de crédit britannique d&apos;un consommateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="214"/>
        <source>is for a complaint about a UK bank or card issuer</source>
        <translation>concerne une réclamation contre une banque ou un émetteur de carte britannique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="215"/>
        <source>the case is in the United Kingdom</source>
        <translation>le dossier concerne le Royaume-Uni</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="200"/>
        <source>a debit or prepaid card</source>
        <translation>une carte de débit ou prépayée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="209"/>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="216"/>
        <source>GB (the United Kingdom)</source>
        <translation>GB (le Royaume-Uni)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="175"/>
        <source>this case&apos;s country, {country}, is not in SEPA</source>
        <translation>le pays de ce dossier, {country}, n&apos;est pas dans la zone SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="219"/>
        <source>{letter} fits every case.</source>
        <translation>{letter} convient à tous les dossiers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letters.py" line="172"/>
        <source>a {kind} letter does not fit this case ({why}); the kinds that fit: {kinds}</source>
        <translation>un courrier {kind} ne convient pas à ce dossier ({why}) ; ceux qui conviennent : {kinds}</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../desktop_app/fileio.py" line="103"/>
        <source>something that is not a regular file</source>
        <translation>un élément qui n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="208"/>
        <source>{path}: cannot write here (no free name for a temporary file)</source>
        <translation>{path} : impossible d&apos;écrire ici (aucun nom libre pour un fichier temporaire)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="98"/>
        <source>a FIFO (named pipe)</source>
        <translation>un FIFO (tube nommé)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="102"/>
        <source>a link to something that is not a regular file</source>
        <translation>un lien vers un élément qui n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="110"/>
        <location filename="../../desktop_app/fileio.py" line="111"/>
        <source>the file</source>
        <comment>what cannot be written</comment>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="112"/>
        <source>the pack</source>
        <comment>what cannot be written</comment>
        <translation>le dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="113"/>
        <source>the pack&apos;s .sha256 file</source>
        <comment>what cannot be written</comment>
        <translation>le fichier .sha256 du dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="114"/>
        <source>the letter</source>
        <comment>what cannot be written</comment>
        <translation>le courrier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="115"/>
        <source>the recovery key</source>
        <comment>what cannot be written</comment>
        <translation>la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="116"/>
        <source>the calendar</source>
        <comment>what cannot be written</comment>
        <translation>l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="117"/>
        <location filename="../../desktop_app/fileio.py" line="118"/>
        <source>the case file</source>
        <comment>what cannot be written</comment>
        <translation>le fichier de dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="119"/>
        <source>the exported evidence</source>
        <comment>what cannot be written</comment>
        <translation>les pièces exportées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="120"/>
        <source>the backup</source>
        <comment>what cannot be written</comment>
        <translation>la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="121"/>
        <source>the case bundle</source>
        <comment>what cannot be written</comment>
        <translation>l&apos;archive du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="143"/>
        <source>{path}: refused: this place is inside the Dossier store folder {store}, where writing {what} could damage the store; choose a place outside it</source>
        <translation>{path} : refusé : cet emplacement se trouve dans le répertoire du coffre Dossier {store}, où écrire {what} pourrait endommager le coffre ; choisissez un emplacement en dehors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="171"/>
        <source>{path} exists; add --force to replace it</source>
        <translation>{path} existe ; ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="189"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path} : le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="92"/>
        <source>a link to a folder</source>
        <translation>un lien vers un dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="92"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="94"/>
        <source>a link to a device</source>
        <translation>un lien vers un périphérique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="94"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="97"/>
        <source>a link to a FIFO (named pipe)</source>
        <translation>un lien vers un FIFO (tube nommé)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="100"/>
        <source>a link to a socket</source>
        <translation>un lien vers un socket</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="100"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="139"/>
        <location filename="../../desktop_app/fileio.py" line="154"/>
        <source>{path}: cannot write {what} there ({reason})</source>
        <translation>{path} : impossible d&apos;y écrire {what} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="159"/>
        <source>{path}: refused: this is {kind}, not a regular file; give the name of a file to write</source>
        <translation>{path} : refusé : c&apos;est {kind}, pas un fichier ordinaire ; indiquez le nom d&apos;un fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="164"/>
        <source>{path}: refused: this is {kind}, not a regular file; give the name of a file to write {what} in</source>
        <translation>{path} : refusé : c&apos;est {kind}, pas un fichier ordinaire ; indiquez le nom d&apos;un fichier où écrire {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="251"/>
        <source>{path}: cannot be written ({reason}); nothing was changed</source>
        <translation>{path} : écriture impossible ({reason}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="203"/>
        <source>{path}: cannot write here ({reason})</source>
        <translation>{path} : impossible d&apos;écrire ici ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="250"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <location filename="../../desktop_app/pack/assemble.py" line="154"/>
        <source>The pack&apos;s pages do not add up ({found} found, {expected} expected).</source>
        <translation>Le nombre de pages du dossier de preuves ne correspond pas ({found} trouvées, {expected} attendues).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/assemble.py" line="240"/>
        <source>{path}: cannot be written ({reason}); nothing was changed</source>
        <translation>{path} : écriture impossible ({reason}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="376"/>
        <source>#{id} (in the trash)</source>
        <translation>#{id} (dans la corbeille)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="553"/>
        <source>more than %n page(s)</source>
        <translation>
            <numerusform>plus de %n page</numerusform>
            <numerusform>plus de %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="451"/>
        <source>the files would be %n page(s) in all</source>
        <translation>
            <numerusform>les fichiers feraient %n page au total</numerusform>
            <numerusform>les fichiers feraient %n pages au total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="237"/>
        <source>The pack was cancelled; nothing was written.</source>
        <translation>Le dossier de preuves a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="310"/>
        <source>Putting the pack together</source>
        <translation>Assemblage du dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="332"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="551"/>
        <source>more than {size} MB</source>
        <translation>plus de {size} Mo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="162"/>
        <source>{file}: {problem}. Nothing was written; choose a shorter name, for example {suggested}.</source>
        <translation>{file} : {problem}. Rien n&apos;a été écrit ; choisissez un nom plus court, par exemple {suggested}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="366"/>
        <source>Evidence {ids} is given more than once in the exhibits&apos; order; give each exhibit once.</source>
        <translation>
            <numerusform>La pièce {ids} figure plusieurs fois dans l&apos;ordre des pièces ; indiquez chaque pièce une seule fois.</numerusform>
            <numerusform>Les pièces {ids} figurent plusieurs fois dans l&apos;ordre des pièces ; indiquez chaque pièce une seule fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="379"/>
        <source>Evidence {ids} is not in this case, or is in its trash: give the ids &apos;dossier evidence list&apos; shows, each once.</source>
        <translation>
            <numerusform>La pièce {ids} ne fait pas partie de ce dossier ou se trouve dans sa corbeille : indiquez les numéros qu&apos;affiche &apos;dossier evidence list&apos;, chacun une seule fois.</numerusform>
            <numerusform>Les pièces {ids} ne font pas partie de ce dossier ou se trouvent dans sa corbeille : indiquez les numéros qu&apos;affiche &apos;dossier evidence list&apos;, chacun une seule fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="449"/>
        <source>the files would be {size} in all</source>
        <translation>les fichiers feraient {size} au total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="207"/>
        <source>Or run it again with --fit: the pack then keeps the exhibits that matter most and lists the others as available on request.</source>
        <translation>Ou relancez la commande avec --fit : le dossier de preuves garde alors les pièces les plus utiles et indique les autres comme disponibles sur demande.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="251"/>
        <source>{exhibit_problem}. Nothing was written; remove or replace this exhibit, or let the pack put a page saying why it is missing.</source>
        <translation>{exhibit_problem}. Rien n&apos;a été écrit ; retirez ou remplacez cette pièce, ou laissez le dossier de preuves mettre à sa place une page qui explique son absence.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="442"/>
        <source>part {part} would be {size} and %n page(s): {problem}</source>
        <translation>
            <numerusform>la partie {part} ferait {size} et %n page : {problem}</numerusform>
            <numerusform>la partie {part} ferait {size} et %n pages : {problem}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="458"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="498"/>
        <location filename="../../desktop_app/pack/bundle.py" line="52"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path} : le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="538"/>
        <source>{path}: the copy does not match the pack that was built; export it again</source>
        <translation>{path} : la copie ne correspond pas au dossier de preuves construit ; exportez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="293"/>
        <source>{step} (smaller settings, try {attempt})</source>
        <translation>{step} (réglages plus compacts, essai {attempt})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="463"/>
        <source>{path}: the pack cannot be written ({reason})</source>
        <translation>{path} : impossible d&apos;écrire le dossier de preuves ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/bundle.py" line="80"/>
        <source>{path}: the bundle cannot be written ({reason}); nothing was kept</source>
        <translation>{path} : impossible d&apos;écrire l&apos;archive du dossier ({reason}) ; rien n&apos;a été conservé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/bundle.py" line="65"/>
        <source>The case bundle was not written: you cancelled it.</source>
        <translation>L&apos;archive du dossier n&apos;a pas été écrite : vous avez annulé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/bundle.py" line="68"/>
        <source>Adding {file}</source>
        <translation>Ajout de {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="252"/>
        <source>a box on page {page}, but an image has one page</source>
        <translation>un cadre en page {page}, alors qu&apos;une image n&apos;a qu&apos;une page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="470"/>
        <source>the e-mail cannot be read</source>
        <translation>l&apos;e-mail ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="488"/>
        <source>the PDF file is empty</source>
        <translation>le fichier PDF est vide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="505"/>
        <source>the PDF has no pages</source>
        <translation>le PDF ne comporte aucune page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="517"/>
        <source>the image file is empty</source>
        <translation>le fichier image est vide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="474"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="493"/>
        <source>the PDF is protected by a password</source>
        <translation>le PDF est protégé par un mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="527"/>
        <source>the image is too large to open safely (a possible decompression bomb)</source>
        <translation>l&apos;image est trop grande pour être ouverte sans risque (peut-être une bombe de décompression)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="502"/>
        <source>the PDF is damaged ({detail})</source>
        <translation>le PDF est endommagé ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="533"/>
        <source>the image cannot be decoded ({detail})</source>
        <translation>l&apos;image ne peut pas être décodée ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="510"/>
        <source>original quality</source>
        <translation>qualité d&apos;origine</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="516"/>
        <source>, %n images per page</source>
        <translation>
            <numerusform>, %n image par page</numerusform>
            <numerusform>, %n images par page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="544"/>
        <source>%n page(s) too many</source>
        <translation>
            <numerusform>%n page de trop</numerusform>
            <numerusform>%n pages de trop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="556"/>
        <source>in all about {size} and %n page(s)</source>
        <translation>
            <numerusform>au total environ {size} et %n page</numerusform>
            <numerusform>au total environ {size} et %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="565"/>
        <source>The pack cannot fit the {profile} profile ({limits}): even at the smallest settings {failure}; {total}. The largest exhibits: {largest}. Nothing was written. Leave some exhibits out, or choose a profile with more room.</source>
        <translation>Le dossier de preuves ne tient pas dans les limites du profil « {profile} » ({limits}) : même aux réglages les plus compacts, {failure} ; {total}. Les pièces les plus volumineuses : {largest}. Rien n&apos;a été écrit. Écartez des pièces, ou choisissez un profil moins restrictif.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="512"/>
        <source>{dpi} dpi, JPEG quality {quality}</source>
        <translation>{dpi} dpi, qualité JPEG {quality}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="241"/>
        <source>it would need %n file(s) of at most {size}</source>
        <translation>
            <numerusform>il faudrait %n fichier de {size} au plus</numerusform>
            <numerusform>il faudrait %n fichiers de {size} au plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="542"/>
        <source>{size} too large</source>
        <translation>{size} de trop</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="551"/>
        <source>{letter} {name} ({size}, %n page(s))</source>
        <translation>
            <numerusform>{letter} {name} ({size}, %n page)</numerusform>
            <numerusform>{letter} {name} ({size}, %n pages)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="560"/>
        <source>{size_over} and {pages_over}</source>
        <translation>{size_over} et {pages_over}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="233"/>
        <source>exhibit {letters} alone takes %n page(s) and {size}</source>
        <translation>
            <numerusform>la pièce {letters} occupe à elle seule %n page et {size}</numerusform>
            <numerusform>la pièce {letters} occupe à elle seule %n pages et {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/front_cut.py" line="47"/>
        <source>the full communication log (%n contact(s))</source>
        <translation>
            <numerusform>le journal complet des échanges (%n échange)</numerusform>
            <numerusform>le journal complet des échanges (%n échanges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/front_cut.py" line="50"/>
        <source>the transactions not in dispute (%n transaction(s))</source>
        <translation>
            <numerusform>les opérations non contestées (%n opération)</numerusform>
            <numerusform>les opérations non contestées (%n opérations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/front_cut.py" line="54"/>
        <source>the timeline&apos;s entries neither page 1 nor a kept exhibit refers to (%n entry(ies))</source>
        <translation>
            <numerusform>les événements de la chronologie auxquels ne renvoient ni la page 1 ni aucune pièce gardée (%n événement)</numerusform>
            <numerusform>les événements de la chronologie auxquels ne renvoient ni la page 1 ni aucune pièce gardée (%n événements)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/messages.py" line="18"/>
        <source>Exhibit {letter} ({name})</source>
        <translation>Pièce {letter} ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/messages.py" line="23"/>
        <source>{label}: {text}</source>
        <comment>a label, then what it says</comment>
        <translation>{label} : {text}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/messages.py" line="33"/>
        <source>; </source>
        <comment>the separator between the items of a list</comment>
        <translation> ; </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="316"/>
        <source>not even one exhibit fits beside page 1 and the front matter (at least %n page(s))</source>
        <translation>
            <numerusform>aucune pièce ne tient en plus de la page 1 et des pages liminaires (au moins %n page)</numerusform>
            <numerusform>aucune pièce ne tient en plus de la page 1 et des pages liminaires (au moins %n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="523"/>
        <source>it needs at least %n page(s), even with four images on a page</source>
        <translation>
            <numerusform>il lui faut au moins %n page, même avec quatre images par page</numerusform>
            <numerusform>il lui faut au moins %n pages, même avec quatre images par page</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/planner.py" line="525"/>
        <source>its sizes, even at the smallest settings, exceed it</source>
        <translation>sa taille dépasse les limites, même aux réglages les plus compacts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="533"/>
        <source>no room left for it within the profile&apos;s limits (about %n page(s), up to {size})</source>
        <translation>
            <numerusform>plus de place pour elle dans les limites du profil (environ %n page, jusqu&apos;à {size})</numerusform>
            <numerusform>plus de place pour elle dans les limites du profil (environ %n pages, jusqu&apos;à {size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="322"/>
        <source>not even one exhibit fits beside page 1 and the front matter (at least {pages} pages), even leaving out {parts} (%n page(s) then)</source>
        <translation>
            <numerusform>aucune pièce ne tient en plus de la page 1 et des pages liminaires (au moins {pages} pages), même en écartant {parts} (soit encore %n page)</numerusform>
            <numerusform>aucune pièce ne tient en plus de la page 1 et des pages liminaires (au moins {pages} pages), même en écartant {parts} (soit encore %n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="509"/>
        <source>{name} (%n page(s), up to {size})</source>
        <translation>
            <numerusform>{name} (%n page, jusqu&apos;à {size})</numerusform>
            <numerusform>{name} (%n pages, jusqu&apos;à {size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="359"/>
        <source>page 1 and the front matter alone take at least %n page(s): the pack leaves out {parts}, said on its page of documents left out as available on request</source>
        <translation>
            <numerusform>la page 1 et les pages liminaires occupent à elles seules au moins %n page : le dossier de preuves écarte {parts}, et l&apos;indique sur sa page des pièces non jointes, disponibles sur demande</numerusform>
            <numerusform>la page 1 et les pages liminaires occupent à elles seules au moins %n pages : le dossier de preuves écarte {parts}, et l&apos;indique sur sa page des pièces non jointes, disponibles sur demande</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="168"/>
        <source>Dossier cannot place it on the page to cover it</source>
        <translation>Dossier ne peut pas le situer sur la page pour le masquer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="143"/>
        <source>the PDF cannot be rendered to cover it</source>
        <translation>le PDF ne peut pas être converti en image pour le masquer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="152"/>
        <source>the page cannot be rendered to cover it</source>
        <translation>la page ne peut pas être convertie en image pour le masquer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="203"/>
        <source>page {page}: a card number in its text cannot be located on the page</source>
        <translation>page {page} : un numéro de carte figure dans le texte mais ne peut pas être situé sur la page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="205"/>
        <source>page {page}: an IBAN in its text cannot be located on the page</source>
        <translation>page {page} : un IBAN figure dans le texte mais ne peut pas être situé sur la page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="439"/>
        <source>page {page}: a card number in its text, but {why}</source>
        <translation>page {page} : un numéro de carte figure dans le texte, mais {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="441"/>
        <source>page {page}: an IBAN in its text, but {why}</source>
        <translation>page {page} : un IBAN figure dans le texte, mais {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="24"/>
        <source>not among the exhibits chosen</source>
        <translation>ne fait pas partie des pièces choisies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="31"/>
        <source>{named} and %n more</source>
        <translation>
            <numerusform>{named} et %n autre</numerusform>
            <numerusform>{named} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="64"/>
        <source>The pack cannot fit the {profile} profile ({limits}): counted before rendering, {short}. The largest exhibits: {largest}. Nothing was written. Even --fit cannot help: {why}. Choose the exhibits yourself (--exhibits), or a profile with more room.</source>
        <translation>Le dossier de preuves ne tient pas dans les limites du profil « {profile} » ({limits}) : d&apos;après un décompte fait avant la mise en page, {short}. Les pièces les plus volumineuses : {largest}. Rien n&apos;a été écrit. Même --fit n&apos;y peut rien : {why}. Choisissez vous-même les pièces (--exhibits), ou un profil moins restrictif.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="75"/>
        <source>The pack cannot fit the {profile} profile ({limits}) even with exhibits left out: {why}. Nothing was written.</source>
        <translation>Le dossier de preuves ne tient pas dans les limites du profil « {profile} » ({limits}), même en écartant des pièces : {why}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="85"/>
        <source>The exhibits chosen cannot fit the {profile} profile ({limits}), counted before rendering. Nothing was written.</source>
        <translation>Les pièces choisies ne tiennent pas dans les limites du profil « {profile} » ({limits}), d&apos;après un décompte fait avant la mise en page. Rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="38"/>
        <source>--fit would keep %n exhibit(s) (about {pages} pages, at most {size}) and list the {count} left out as available on request: {left_out}</source>
        <translation>
            <numerusform>--fit garderait %n pièce (environ {pages} pages, {size} au plus) et indiquerait les pièces écartées ({count}) comme disponibles sur demande : {left_out}</numerusform>
            <numerusform>--fit garderait %n pièces (environ {pages} pages, {size} au plus) et indiquerait les pièces écartées ({count}) comme disponibles sur demande : {left_out}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="55"/>
        <source>The pack cannot fit the {profile} profile ({limits}): counted before rendering, {short}. The largest exhibits: {largest}. Nothing was written. Run it again with --fit to build the pack that fits: {fit}. Or choose the exhibits yourself (--exhibits), or a profile with more room.</source>
        <translation>Le dossier de preuves ne tient pas dans les limites du profil « {profile} » ({limits}) : d&apos;après un décompte fait avant la mise en page, {short}. Les pièces les plus volumineuses : {largest}. Rien n&apos;a été écrit. Relancez la commande avec --fit pour obtenir un dossier de preuves qui respecte ces limites : {fit}. Ou choisissez vous-même les pièces (--exhibits), ou un profil moins restrictif.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="98"/>
        <source>Even fewer cannot help: {why}.</source>
        <translation>Même avec moins de pièces, c&apos;est impossible : {why}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="108"/>
        <source>The pack includes %n image(s) ({letters}). Dossier cannot read text in images: check they show no full card number or other private detail, and draw boxes over any in the evidence preview.</source>
        <translation>
            <numerusform>Le dossier de preuves contient %n image ({letters}). Dossier ne peut pas lire le texte d&apos;une image : vérifiez qu&apos;elle ne montre ni numéro de carte complet ni autre donnée personnelle, et masquez-les au besoin avec des cadres dans l&apos;aperçu de la pièce.</numerusform>
            <numerusform>Le dossier de preuves contient %n images ({letters}). Dossier ne peut pas lire le texte des images : vérifiez qu&apos;elles ne montrent ni numéro de carte complet ni autre donnée personnelle, et masquez-les au besoin avec des cadres dans l&apos;aperçu de la pièce.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="150"/>
        <source>{exhibit}: its image is redacted (listed in the integrity appendix).</source>
        <translation>{exhibit} : l&apos;image comporte des zones masquées (recensées dans l&apos;annexe d&apos;intégrité).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="154"/>
        <source>{exhibit}: page(s) {pages} redacted (listed in the integrity appendix).</source>
        <translation>
            <numerusform>{exhibit} : la page {pages} comporte des zones masquées (recensées dans l&apos;annexe d&apos;intégrité).</numerusform>
            <numerusform>{exhibit} : les pages {pages} comportent des zones masquées (recensées dans l&apos;annexe d&apos;intégrité).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="169"/>
        <source>Written as confirmed, with a full card number Dossier could not redact: {exhibits}.</source>
        <translation>Dossier de preuves écrit comme vous l&apos;avez confirmé, avec un numéro de carte complet que Dossier n&apos;a pas pu masquer : {exhibits}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="180"/>
        <source>A full card number would go out in the pack, and Dossier cannot redact it: {exhibits}. Nothing was written. Draw boxes over it in the evidence&apos;s preview (the pack redacts those), leave the exhibit out (--exhibits), or confirm that it may go out (--allow-card-numbers).</source>
        <translation>Le dossier de preuves montrerait un numéro de carte complet que Dossier ne peut pas masquer : {exhibits}. Rien n&apos;a été écrit. Tracez des cadres dessus dans l&apos;aperçu de la pièce (le dossier de preuves masque ce qu&apos;ils recouvrent), écartez la pièce (--exhibits) ou confirmez que le numéro peut être envoyé (--allow-card-numbers).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="198"/>
        <source>{exhibit} is replaced by a page saying why: {reason}</source>
        <translation>{exhibit} : {reason} ; une page l&apos;explique à sa place dans le dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="50"/>
        <source>; page 1 and the front matter alone being too long, it would also leave out {parts} (available on request)</source>
        <translation> ; la page 1 et les pages liminaires étant à elles seules trop longues, le dossier de preuves écarterait aussi {parts}, le tout disponible sur demande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="94"/>
        <source>Of them, these would have to go as well: {exhibits}.</source>
        <translation>Parmi elles, il faudrait aussi écarter : {exhibits}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="205"/>
        <source>%n document(s) left out to fit the {profile} profile, listed as available on request: {documents}</source>
        <translation>
            <numerusform>%n document écarté pour tenir dans les limites du profil « {profile} », indiqué comme disponible sur demande : {documents}</numerusform>
            <numerusform>%n documents écartés pour tenir dans les limites du profil « {profile} », indiqués comme disponibles sur demande : {documents}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="217"/>
        <source>Page 1 and the front matter alone break the {profile} profile: the pack leaves out {parts}, said on its page of documents left out as available on request.</source>
        <translation>La page 1 et les pages liminaires dépassent à elles seules les limites du profil « {profile} » : le dossier de preuves écarte {parts}, et l&apos;indique sur sa page des pièces non jointes, disponibles sur demande.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="129"/>
        <source>{exhibit}: page(s) {pages} hold no text Dossier can read (a scan, a picture): check they show no full card number, and draw boxes over any in the evidence preview.</source>
        <translation>
            <numerusform>{exhibit} : la page {pages} ne contient aucun texte que Dossier puisse lire (numérisation, photo) ; vérifiez qu&apos;elle ne montre aucun numéro de carte complet et masquez-le au besoin avec un cadre dans l&apos;aperçu de la pièce.</numerusform>
            <numerusform>{exhibit} : les pages {pages} ne contiennent aucun texte que Dossier puisse lire (numérisation, photo) ; vérifiez qu&apos;elles ne montrent aucun numéro de carte complet et masquez-le au besoin avec des cadres dans l&apos;aperçu de la pièce.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="138"/>
        <source>{exhibit} shows an IBAN Dossier could not redact ({where}).</source>
        <translation>{exhibit} : un IBAN que Dossier n&apos;a pas pu masquer reste visible ({where}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="144"/>
        <source>{exhibit}: a redaction box is left out ({why}).</source>
        <translation>{exhibit} : un cadre de masquage est ignoré ({why}).</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../desktop_app/domain/models.py" line="95"/>
        <source>{payment} ending {last4}</source>
        <translation>{payment} se terminant par {last4}</translation>
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
        <translation>aucune limite</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="110"/>
        <source>the {profile} portal takes file names of at most {most} ASCII characters (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), and {name} has %n</source>
        <translation>
            <numerusform>le portail du profil « {profile} » n&apos;accepte que des noms de fichier de {most} caractères ASCII au plus (lettres, chiffres, « - », « _ » et « . »), et {name} en compte %n</numerusform>
            <numerusform>le portail du profil « {profile} » n&apos;accepte que des noms de fichier de {most} caractères ASCII au plus (lettres, chiffres, « - », « _ » et « . »), et {name} en compte %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="117"/>
        <source>the {profile} portal takes file names of at most {most} ASCII characters (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), and {name} has %n, with characters it does not take</source>
        <translation>
            <numerusform>le portail du profil « {profile} » n&apos;accepte que des noms de fichier de {most} caractères ASCII au plus (lettres, chiffres, « - », « _ » et « . »), et {name} en compte %n, qui n&apos;est pas accepté</numerusform>
            <numerusform>le portail du profil « {profile} » n&apos;accepte que des noms de fichier de {most} caractères ASCII au plus (lettres, chiffres, « - », « _ » et « . »), et {name} en compte %n, dont certains ne sont pas acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="78"/>
        <source>%n page(s) per file</source>
        <translation>
            <numerusform>%n page par fichier</numerusform>
            <numerusform>%n pages par fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="80"/>
        <source>up to %n file(s)</source>
        <translation>
            <numerusform>jusqu&apos;à %n fichier</numerusform>
            <numerusform>jusqu&apos;à %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="86"/>
        <source>%n page(s) in all</source>
        <translation>
            <numerusform>%n page au total</numerusform>
            <numerusform>%n pages au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="89"/>
        <source>file names of at most %n ASCII character(s)</source>
        <translation>
            <numerusform>noms de fichier de %n caractère ASCII au plus</numerusform>
            <numerusform>noms de fichier de %n caractères ASCII au plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="92"/>
        <source>black and white</source>
        <translation>noir et blanc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="156"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="181"/>
        <source>U.S. Bank cardholder portal</source>
        <translation>Portail titulaires de U.S. Bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="188"/>
        <source>Single PDF of 2 MB (Adyen, Marqeta-style issuers)</source>
        <translation>PDF unique de 2 Mo (émetteurs type Adyen, Marqeta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="209"/>
        <source>--max-mb must be more than 0</source>
        <translation>--max-mb doit être supérieur à 0</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="214"/>
        <source>--max-pages must be at least 1</source>
        <translation>--max-pages doit valoir au moins 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="202"/>
        <source>{name} is not a profile; choose one of {profiles}</source>
        <translation>{name} n&apos;est pas un profil ; choisissez parmi {profiles}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="75"/>
        <source>{size} MB per file</source>
        <translation>{size} Mo par fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="83"/>
        <source>{size} MB in all</source>
        <translation>{size} Mo au total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="100"/>
        <source>; source: {source}</source>
        <translation> ; source : {source}</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../rules/checklists.json" line="11"/>
        <source>The disputed charge: its date, amount and reference</source>
        <translation>Le débit contesté : sa date, son montant et sa référence</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="12"/>
        <source>Proof of the purchase: receipt, invoice, order confirmation or contract</source>
        <translation>La preuve d&apos;achat : reçu, facture, confirmation de commande ou contrat</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="13"/>
        <source>Your attempt to resolve it with the merchant</source>
        <translation>Votre tentative de résolution avec le commerçant</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="14"/>
        <source>The merchant&apos;s answer: a refusal or final response, or a promise it did not keep</source>
        <translation>La réponse du commerçant : un refus, une réponse définitive, ou une promesse non tenue</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="15"/>
        <source>What happened, in your own words</source>
        <translation>Ce qui s&apos;est passé, avec vos propres mots</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="11"/>
        <source>Add the charge as the bank statement shows it, and tick “I dispute this one”.</source>
        <translation>Ajoutez le débit tel qu&apos;il figure sur le relevé bancaire, et cochez « Je conteste celui-ci ».</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="12"/>
        <source>Add the receipt, the invoice, the order confirmation e-mail or the contract. If you have none, ask the merchant for a copy.</source>
        <translation>Ajoutez le reçu, la facture, l&apos;e-mail de confirmation de commande ou le contrat. Si vous n&apos;en avez aucun, demandez-en une copie au commerçant.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="13"/>
        <source>Log your calls, chats and e-mails with the merchant (Ctrl+L), with their dates and reference numbers.</source>
        <translation>Consignez vos appels, chats et e-mails avec le commerçant (Ctrl+L), avec leurs dates et leurs numéros de référence.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="14"/>
        <source>Log the merchant&apos;s reply with what it answered (Refused, Final response, Partly accepted). A promise logged with its date counts once that date has passed with no refund recorded.</source>
        <translation>Consignez la réponse du commerçant avec sa teneur (Refus, Réponse définitive, Accord partiel). Une promesse consignée avec sa date compte une fois cette date passée sans remboursement enregistré.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="15"/>
        <source>Write the story of the case in Edit case details (F2): it becomes the first page of the pack.</source>
        <translation>Rédigez le récit des faits dans Modifier les détails du dossier (F2) : il devient la première page du dossier de preuves.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="21"/>
        <source>The date the goods or service were expected</source>
        <translation>La date à laquelle le bien ou le service était attendu</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="22"/>
        <source>What was bought, as the merchant described it</source>
        <translation>Ce qui a été acheté, tel que le commerçant l&apos;a décrit</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="28"/>
        <source>What is wrong: photos or a description of the defect</source>
        <translation>Ce qui ne va pas : photos ou description du défaut</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="29"/>
        <source>Your return attempt: its date and how</source>
        <translation>Votre tentative de retour : sa date et son mode</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="35"/>
        <source>The date you cancelled</source>
        <translation>La date de votre résiliation</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="36"/>
        <source>Proof of the cancellation: confirmation, e-mail or screenshot</source>
        <translation>La preuve de la résiliation : confirmation, e-mail ou capture d&apos;écran</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="37"/>
        <source>A charge dated after the cancellation</source>
        <translation>Un débit postérieur à la résiliation</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="38"/>
        <source>The merchant&apos;s terms and cancellation policy</source>
        <translation>Les conditions générales et la politique de résiliation du commerçant</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="44"/>
        <source>The date you cancelled or returned it</source>
        <translation>La date de l&apos;annulation ou du retour</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="45"/>
        <source>Proof of the return: carrier, tracking number, date the merchant received it</source>
        <translation>La preuve du retour : transporteur, numéro de suivi, date de réception par le commerçant</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="46"/>
        <source>The merchant&apos;s return or cancellation policy</source>
        <translation>La politique de retour ou d&apos;annulation du commerçant</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="52"/>
        <source>The refund promise or credit voucher, with its date</source>
        <translation>La promesse de remboursement ou l&apos;avoir, avec sa date</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="53"/>
        <source>The promise in writing</source>
        <translation>La promesse par écrit</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="59"/>
        <source>Both charges: date, amount and authorisation code (or ARN) of each</source>
        <translation>Les deux débits : date, montant et code d&apos;autorisation (ou ARN) de chacun</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="60"/>
        <source>The statement showing both charges</source>
        <translation>Le relevé montrant les deux débits</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="66"/>
        <source>Proof of the other payment</source>
        <translation>La preuve de l&apos;autre paiement</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="72"/>
        <source>The agreed price: a quote, order, purchase order or contract, or the agreed amount of each disputed charge</source>
        <translation>Le prix convenu : devis, commande, bon de commande ou contrat, ou le montant convenu de chaque débit contesté</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="73"/>
        <source>The statement showing the amount charged</source>
        <translation>Le relevé montrant le montant débité</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="79"/>
        <source>Your statement that you did not authorise the charge</source>
        <translation>Votre déclaration selon laquelle vous n&apos;avez pas autorisé le débit</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="80"/>
        <source>Proof the card was blocked or reported</source>
        <translation>La preuve de l&apos;opposition sur la carte</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="21"/>
        <source>Fill in “Delivery expected” on each disputed charge, or in the case details.</source>
        <translation>Renseignez « Livraison prévue » sur chaque débit contesté, ou dans les détails du dossier.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="22"/>
        <source>Add the order confirmation, the product page, the quote or the merchant&apos;s terms.</source>
        <translation>Ajoutez la confirmation de commande, la fiche produit, le devis ou les conditions du commerçant.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="28"/>
        <source>Add photos or screenshots that show what is wrong.</source>
        <translation>Ajoutez des photos ou des captures d&apos;écran qui montrent ce qui ne va pas.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="29"/>
        <source>Add the return receipt or tracking, and fill in “Returned on”.</source>
        <translation>Ajoutez le reçu ou le suivi du retour, et renseignez « Retourné le ».</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="35"/>
        <source>Fill in “Cancelled on” in the case details.</source>
        <translation>Renseignez « Résilié le » dans les détails du dossier.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="36"/>
        <source>Add the cancellation confirmation, e-mail or a screenshot of it, of kind “Cancellation proof”.</source>
        <translation>Ajoutez la confirmation de résiliation, l&apos;e-mail ou une capture d&apos;écran, de type « Preuve de résiliation ».</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="37"/>
        <source>Add the charge that came after you cancelled, and the date you cancelled.</source>
        <translation>Ajoutez le débit survenu après votre résiliation, et la date de la résiliation.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="38"/>
        <source>Add the terms or the cancellation policy as they were when you cancelled, or the contract.</source>
        <translation>Ajoutez les conditions générales ou la politique de résiliation telles qu&apos;elles étaient lors de votre résiliation, ou le contrat.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="44"/>
        <source>Fill in “Returned on” or “Cancelled on” in the case details.</source>
        <translation>Renseignez « Retourné le » ou « Résilié le » dans les détails du dossier.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="45"/>
        <source>Add the carrier&apos;s receipt or tracking page, of kind “Return proof”.</source>
        <translation>Ajoutez le reçu du transporteur ou la page de suivi, de type « Preuve de retour ou d&apos;expédition ».</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="46"/>
        <source>Add the terms or the return policy.</source>
        <translation>Ajoutez les conditions générales ou la politique de retour.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="52"/>
        <source>Log the contact where the refund was promised, with its date, or add the credit voucher.</source>
        <translation>Consignez l&apos;échange au cours duquel le remboursement a été promis, avec sa date, ou ajoutez l&apos;avoir.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="53"/>
        <source>Add the e-mail, letter, chat transcript or screenshot where the merchant promised the refund.</source>
        <translation>Ajoutez l&apos;e-mail, le courrier, la transcription de chat ou la capture d&apos;écran où le commerçant a promis le remboursement.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="59"/>
        <source>Add both charges with their authorisation codes (on the card statement or from the bank), and tick “I dispute this one” on the duplicate.</source>
        <translation>Ajoutez les deux débits avec leurs codes d&apos;autorisation (sur le relevé de carte ou auprès de la banque), et cochez « Je conteste celui-ci » sur le doublon.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="60"/>
        <source>Add the bank statement (you may black out other lines).</source>
        <translation>Ajoutez le relevé bancaire (vous pouvez masquer les autres lignes).</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="66"/>
        <source>Add the receipt or statement of the payment made another way.</source>
        <translation>Ajoutez le reçu ou le relevé du paiement effectué par un autre moyen.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="72"/>
        <source>Add the quote, the order, the purchase order or the contract of kind “Quote”, “Order”, “Purchase order” or “Contract”, or give each disputed charge its agreed amount. The invoice that shows the wrong amount does not prove the agreed one.</source>
        <translation>Ajoutez le devis, la commande, le bon de commande ou le contrat, de type « Devis », « Confirmation de commande », « Bon de commande » ou « Contrat », ou indiquez pour chaque débit contesté son montant convenu. La facture qui porte le montant erroné ne prouve pas le montant convenu.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="73"/>
        <source>Add the bank statement.</source>
        <translation>Ajoutez le relevé bancaire.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="79"/>
        <source>Write in the story that you did not make or allow this payment.</source>
        <translation>Indiquez dans le récit des faits que vous n&apos;avez ni effectué ni autorisé ce paiement.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="80"/>
        <source>Log the call to your bank that blocked the card, with its reference.</source>
        <translation>Consignez l&apos;appel à votre banque pour faire opposition sur la carte, avec sa référence.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <source>Your report to your bank: when and how you told it</source>
        <translation>Votre signalement à la banque : quand et comment vous l&apos;avez prévenue</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="93"/>
        <source>The mandate reference (RUM / UMR; in the UK, the Direct Debit reference)</source>
        <translation>La référence unique du mandat (RUM ; au Royaume-Uni, la Direct Debit reference)</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="94"/>
        <source>The creditor identifier (ICS / CI; in the UK, the service user number) of who took the debits</source>
        <translation>L&apos;identifiant créancier SEPA (ICS ; au Royaume-Uni, le service user number) de l&apos;auteur des prélèvements</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="95"/>
        <source>Each disputed debit&apos;s line on your bank statement</source>
        <translation>La ligne de chaque prélèvement contesté sur votre relevé bancaire</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="96"/>
        <source>When the revocation of the mandate (or the end of the contract) reached the creditor</source>
        <translation>La date à laquelle la révocation du mandat (ou la fin du contrat) est parvenue au créancier</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="97"/>
        <source>Proof of the revocation or cancellation, and of when it arrived: the registered letter&apos;s receipt, the e-mail or the confirmation</source>
        <translation>La preuve de la révocation ou de la résiliation, et de sa date de réception : l&apos;accusé de réception du recommandé, l&apos;e-mail ou la confirmation</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="98"/>
        <source>A debit taken after the revocation or cancellation</source>
        <translation>Un prélèvement effectué après la révocation ou la résiliation</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="99"/>
        <source>Both debits: date, amount and reference of each</source>
        <translation>Les deux prélèvements : date, montant et référence de chacun</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="106"/>
        <location filename="../rules/checklists.json" line="106"/>
        <source>Both payments: date, amount and reference of each</source>
        <translation>Les deux paiements : date, montant et référence de chacun</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="113"/>
        <source>Both payments: date, amount and transaction id of each</source>
        <translation>Les deux paiements : date, montant et identifiant de transaction de chacun</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <source>Log the call or message to your bank (or PayPal) reporting the payment, with its reference.</source>
        <translation>Consignez l&apos;appel ou le message à votre banque (ou à PayPal) signalant le paiement, avec sa référence.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="93"/>
        <source>Copy it from the debit&apos;s line on your statement or from the mandate into the payment&apos;s “Mandate reference”.</source>
        <translation>Recopiez-la depuis la ligne du prélèvement sur votre relevé ou depuis le mandat dans le champ « Référence du mandat (RUM) » du paiement.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="94"/>
        <source>Copy it from the debit&apos;s line on your statement into the payment&apos;s “Creditor identifier”.</source>
        <translation>Recopiez-le depuis la ligne du prélèvement sur votre relevé dans le champ « Identifiant créancier (ICS) » du paiement.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="95"/>
        <source>For each disputed debit, add the statement with that line and link it to the debit, or copy the line&apos;s text into the debit&apos;s “Statement descriptor”.</source>
        <translation>Pour chaque prélèvement contesté, ajoutez le relevé portant cette ligne et liez-le au prélèvement, ou recopiez le texte de la ligne dans le « Libellé du relevé » du prélèvement.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="96"/>
        <source>Fill in “Mandate revoked” in the case details: the day your letter or e-mail arrived.</source>
        <translation>Renseignez « Mandat révoqué » dans les détails du dossier : le jour où votre courrier ou votre e-mail est arrivé.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="97"/>
        <source>Add it, of kind “Cancellation proof”.</source>
        <translation>Ajoutez-la, de type « Preuve de résiliation ».</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="98"/>
        <source>Add the debits taken after your revocation reached the creditor, and fill in “Mandate revoked” or “Cancelled on”.</source>
        <translation>Ajoutez les prélèvements effectués après que votre révocation est parvenue au créancier, et renseignez « Mandat révoqué » ou « Résilié le ».</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="99"/>
        <source>Add both debits as the statement shows them, and tick “I dispute this one” on the duplicate.</source>
        <translation>Ajoutez les deux prélèvements tels qu&apos;ils figurent sur le relevé, et cochez « Je conteste celui-ci » sur le doublon.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="106"/>
        <source>Add both payments as the statement shows them, and tick “I dispute this one” on the second.</source>
        <translation>Ajoutez les deux paiements tels qu&apos;ils figurent sur le relevé, et cochez « Je conteste celui-ci » sur le second.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="113"/>
        <source>Add both payments as PayPal lists them, and tick “I dispute this one” on the second.</source>
        <translation>Ajoutez les deux paiements tels que PayPal les affiche, et cochez « Je conteste celui-ci » sur le second.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="120"/>
        <source>Add both payments, and tick “I dispute this one” on the second.</source>
        <translation>Ajoutez les deux paiements, et cochez « Je conteste celui-ci » sur le second.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="123"/>
        <source>Last day to dispute the charge with your card issuer (Visa chargeback)</source>
        <translation>Dernier jour pour contester le débit auprès de votre banque (rétrofacturation Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="154"/>
        <source>Last day to dispute the processing error with your card issuer (Visa chargeback)</source>
        <translation>Dernier jour pour contester l&apos;erreur de traitement auprès de votre banque (rétrofacturation Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="184"/>
        <source>Last day to dispute goods or a service never received (Visa chargeback)</source>
        <translation>Dernier jour pour contester un bien ou un service jamais reçu (rétrofacturation Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="222"/>
        <source>Last day to dispute a payment you did not make (Visa chargeback)</source>
        <translation>Dernier jour pour contester un paiement que vous n&apos;avez pas effectué (rétrofacturation Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="250"/>
        <source>From this day you may dispute the refund that never came (15 days after the promised credit)</source>
        <translation>À partir de ce jour, vous pouvez contester le remboursement jamais reçu (15 jours après le remboursement promis)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="275"/>
        <source>Last day to dispute the refund that never came (Visa chargeback)</source>
        <translation>Dernier jour pour contester le remboursement jamais reçu (rétrofacturation Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="304"/>
        <source>From this day you may dispute the return (15 days after you returned it)</source>
        <translation>À partir de ce jour, vous pouvez contester le débit de l&apos;article retourné (15 jours après le renvoi)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="330"/>
        <source>Last day to dispute the charge with your card issuer (Mastercard chargeback, 4853)</source>
        <translation>Dernier jour pour contester le débit auprès de votre banque (rétrofacturation Mastercard, 4853)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="361"/>
        <source>Last day to dispute goods or a service never received (Mastercard chargeback, 4853)</source>
        <translation>Dernier jour pour contester un bien ou un service jamais reçu (rétrofacturation Mastercard, 4853)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="399"/>
        <source>Last day to dispute the processing error with your card issuer (Mastercard chargeback, 4834)</source>
        <translation>Dernier jour pour contester l&apos;erreur de traitement auprès de votre banque (rétrofacturation Mastercard, 4834)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="429"/>
        <source>Last day to dispute a payment you did not make (Mastercard chargeback, 4837)</source>
        <translation>Dernier jour pour contester un paiement que vous n&apos;avez pas effectué (rétrofacturation Mastercard, 4837)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="460"/>
        <source>Last day to dispute the refund that never came (Mastercard chargeback, 4853)</source>
        <translation>Dernier jour pour contester le remboursement jamais reçu (rétrofacturation Mastercard, 4853)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="488"/>
        <source>Last day to dispute the refund that never came, counted from the promise (Mastercard chargeback, 4853)</source>
        <translation>Dernier jour pour contester le remboursement jamais reçu, à compter de la promesse (rétrofacturation Mastercard, 4853)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="515"/>
        <source>Your card network&apos;s chargeback limit is not known: ask your card issuer now</source>
        <translation>Le délai de rétrofacturation de votre réseau de carte est inconnu : interrogez votre banque dès maintenant</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="530"/>
        <source>Last day to send your written billing-error notice to the card issuer (FCBA)</source>
        <translation>Dernier jour pour envoyer votre signalement écrit d&apos;erreur de facturation à l&apos;émetteur de la carte (FCBA)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="558"/>
        <source>Your card issuer should have acknowledged your billing-error notice by this day (FCBA)</source>
        <translation>L&apos;émetteur de votre carte doit avoir accusé réception de votre signalement d&apos;erreur de facturation au plus tard ce jour (FCBA)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="588"/>
        <source>Your card issuer must resolve your billing error by this day (two billing cycles, 90 days at most; FCBA)</source>
        <translation>L&apos;émetteur de votre carte doit avoir corrigé l&apos;erreur de facturation au plus tard ce jour (deux cycles de facturation, 90 jours au maximum ; FCBA)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="619"/>
        <source>Last day to tell your bank about the error (Regulation E)</source>
        <translation>Dernier jour pour signaler l&apos;erreur à votre banque (Regulation E)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="653"/>
        <source>Your bank should tell you the result of its investigation by this day (Regulation E)</source>
        <translation>Votre banque doit vous communiquer le résultat de son enquête au plus tard ce jour (Regulation E)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="692"/>
        <source>With its provisional credit, your bank must finish its investigation by this day (Regulation E)</source>
        <translation>Avec un crédit provisoire, votre banque doit terminer son enquête au plus tard ce jour (Regulation E)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="732"/>
        <source>Last day to have the direct debit refunded, no questions asked (SEPA, 8 weeks)</source>
        <translation>Dernier jour pour obtenir le remboursement du prélèvement sans justification (SEPA, 8 semaines)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="759"/>
        <source>Last day to report the debit taken after you revoked the mandate (unauthorised payment, 13 months)</source>
        <translation>Dernier jour pour signaler le prélèvement effectué après la révocation du mandat (paiement non autorisé, 13 mois)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="789"/>
        <source>Last day to tell your bank about a payment you did not authorise (PSD2, 13 months)</source>
        <translation>Dernier jour pour signaler à votre banque un paiement que vous n&apos;avez pas autorisé (DSP2, 13 mois)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="816"/>
        <source>A bank transfer has no chargeback: ask your bank at once to recall it</source>
        <translation>Un virement n&apos;ouvre pas droit à une rétrofacturation : demandez sans attendre à votre banque de rappeler les fonds</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="831"/>
        <source>The Direct Debit Guarantee: your bank refunds a Direct Debit taken in error, at once</source>
        <translation>La Direct Debit Guarantee : votre banque rembourse immédiatement un Direct Debit prélevé par erreur</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="846"/>
        <source>Last day to claim reimbursement of an authorised push-payment scam (PSR, 13 months from the last payment)</source>
        <translation>Dernier jour pour demander le remboursement d&apos;une escroquerie au virement autorisé (PSR, 13 mois après le dernier paiement)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="871"/>
        <source>Last day to open a PayPal dispute (Buyer Protection, 180 days from the payment)</source>
        <translation>Dernier jour pour ouvrir un litige PayPal (Protection des achats, 180 jours après le paiement)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="891"/>
        <source>Section 75: your credit card issuer is jointly liable with the merchant (cash price over £100, up to £30,000)</source>
        <translation>Section 75 : l&apos;émetteur de votre carte de crédit est solidairement responsable avec le commerçant (prix au comptant de plus de 100 £, jusqu&apos;à 30 000 £)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="915"/>
        <source>Last day to take the complaint to the Financial Ombudsman Service</source>
        <translation>Dernier jour pour saisir le Financial Ombudsman Service</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="935"/>
        <source>From this day you may take the complaint to the Financial Ombudsman Service (8 weeks without a final response)</source>
        <translation>À partir de ce jour, vous pouvez saisir le Financial Ombudsman Service (8 semaines sans réponse définitive)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="958"/>
        <location filename="../rules/deadlines.json" line="958"/>
        <location filename="../rules/deadlines.json" line="958"/>
        <location filename="../rules/deadlines.json" line="958"/>
        <source>Your bank should have answered your payment complaint by this day (15 business days)</source>
        <translation>Votre banque doit avoir répondu à votre réclamation sur le paiement au plus tard ce jour (15 jours ouvrables)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="979"/>
        <location filename="../rules/deadlines.json" line="979"/>
        <location filename="../rules/deadlines.json" line="979"/>
        <source>At the latest, after a holding reply, your bank must answer by this day (35 business days)</source>
        <translation>Au plus tard, après une réponse d&apos;attente, votre banque doit répondre ce jour (35 jours ouvrables)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1000"/>
        <source>Last day to withdraw from a distance or off-premises contract (14 days)</source>
        <translation>Dernier jour pour vous rétracter d&apos;un contrat à distance ou hors établissement (14 jours)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1031"/>
        <source>The trader must have refunded you by this day (14 days after your withdrawal)</source>
        <translation>Le professionnel doit vous avoir remboursé au plus tard ce jour (14 jours après votre rétractation)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1059"/>
        <source>The trader must answer your complaint by this day, or it is deemed accepted (14 days)</source>
        <translation>Le professionnel doit répondre à votre réclamation au plus tard ce jour, faute de quoi elle est réputée acceptée (14 jours)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1083"/>
        <source>The trader must answer your complaint by this day (one month)</source>
        <translation>Le professionnel doit répondre à votre réclamation au plus tard ce jour (un mois)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1108"/>
        <source>A large company or a basic-service provider must answer your complaint by this day (15 business days)</source>
        <translation>Une grande entreprise ou un fournisseur de services de base doit répondre à votre réclamation au plus tard ce jour (15 jours ouvrables)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1134"/>
        <source>Your bank must answer your complaint by this day, or it is deemed accepted (15 business days)</source>
        <translation>Votre banque doit répondre à votre réclamation au plus tard ce jour, faute de quoi elle est réputée acceptée (15 jours ouvrables)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1155"/>
        <source>At the latest, in a complex case, your bank must answer by this day (35 business days)</source>
        <translation>Au plus tard, dans un cas complexe, votre banque doit répondre ce jour (35 jours ouvrables)</translation>
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
        <translation>C&apos;est la limite fixée par le réseau à votre banque : celle-ci veut en général être prévenue plus tôt (voir les conditions de votre carte), alors prévenez-la dès maintenant.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="611"/>
        <source>Two complete billing cycles from your notice, and never more than 90 days: if your billing cycles are shorter, the date is earlier.</source>
        <translation>Deux cycles de facturation complets à compter de votre signalement, et jamais plus de 90 jours : si vos cycles de facturation sont plus courts, la date est plus proche.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="646"/>
        <source>Regulation E covers debit card payments, ACH transfers and debits; not wire transfers (Fedwire, SWIFT).</source>
        <translation>La Regulation E couvre les paiements par carte de débit, les virements et prélèvements ACH ; pas les virements télégraphiques (Fedwire, SWIFT).</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="724"/>
        <source>90 days for a new account, a point-of-sale debit card payment or a foreign transaction.</source>
        <translation>90 jours pour un compte récent, un paiement par carte de débit en magasin ou une opération à l&apos;étranger.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="780"/>
        <source>This debit is dated after the mandate was revoked: taken without a valid mandate, it is an unauthorised payment. Report it to your bank without undue delay.</source>
        <translation>Ce prélèvement est postérieur à la révocation du mandat : effectué sans mandat valable, c&apos;est un paiement non autorisé. Signalez-le à votre banque sans tarder.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="807"/>
        <source>Tell your bank without undue delay: 13 months is the outer limit.</source>
        <translation>Prévenez votre banque sans tarder : 13 mois est la limite absolue.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="842"/>
        <source>For a euro SEPA direct debit, the SEPA rules&apos; 8 weeks apply instead.</source>
        <translation>Pour un prélèvement SEPA en euros, ce sont les 8 semaines des règles SEPA qui s&apos;appliquent.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="862"/>
        <source>Only for a scam paid by Faster Payments or CHAPS since 7 October 2024; up to £85,000 per claim.</source>
        <translation>Uniquement pour une escroquerie payée par Faster Payments ou CHAPS depuis le 7 octobre 2024 ; jusqu&apos;à 85 000 £ par demande.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="911"/>
        <source>Claim from the card issuer as you would from the merchant; the limit is 6 years from the breach, not a short deadline.</source>
        <translation>Réclamez auprès de l&apos;émetteur de la carte comme vous le feriez auprès du commerçant ; la prescription est de 6 ans à compter du manquement, ce n&apos;est pas un délai court.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="928"/>
        <source>The Financial Ombudsman serves consumers and micro-enterprises.</source>
        <translation>Le Financial Ombudsman traite les réclamations des consommateurs et des micro-entreprises.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1021"/>
        <source>Consumers only, for a contract made online, by phone or off the trader&apos;s premises: 14 days from the day you received the goods (counted here from the expected delivery, else the charge), for a service from the contract.</source>
        <translation>Consommateurs uniquement, pour un contrat conclu en ligne, par téléphone ou hors de l&apos;établissement du professionnel : 14 jours à compter de la réception du bien (calculés ici depuis la livraison prévue, à défaut depuis le débit), pour un service à compter de la conclusion du contrat.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1052"/>
        <source>When you withdrew from a distance or off-premises contract as a consumer.</source>
        <translation>Lorsque vous vous êtes rétracté, en tant que consommateur, d&apos;un contrat à distance ou hors établissement.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1076"/>
        <source>Consumers (and sole traders buying outside their trade); no answer in time means the complaint is accepted.</source>
        <translation>Consommateurs (et entrepreneurs individuels achetant hors de leur activité) ; sans réponse dans le délai, la réclamation est acceptée.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1101"/>
        <source>Without an answer you may go to consumer arbitration or your OMIC.</source>
        <translation>Sans réponse, vous pouvez recourir à l&apos;arbitrage de la consommation ou à votre OMIC.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1127"/>
        <source>Only for providers of basic services and large companies, for complaints made from 28 December 2026.</source>
        <translation>Uniquement pour les fournisseurs de services de base et les grandes entreprises, pour les réclamations faites à partir du 28 décembre 2026.</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="21"/>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="35"/>
        <source>A supervisor or manager</source>
        <translation>Un responsable</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="49"/>
        <source>A formal complaint to the head office</source>
        <translation>Une réclamation formelle au siège</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="68"/>
        <source>Dispute with the bank or card issuer</source>
        <translation>Contestation auprès de la banque ou de l&apos;émetteur de la carte</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="83"/>
        <source>The regulator or ombudsman</source>
        <translation>L&apos;autorité ou le médiateur</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="22"/>
        <source>Contact the merchant&apos;s customer service with everything prepared, and note the reference and the representative&apos;s name</source>
        <translation>Contactez le service client du commerçant avec tous les éléments en main, et notez la référence et le nom du conseiller</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="23"/>
        <location filename="../rules/escalation.json" line="23"/>
        <source>Ask for a supervisor or manager, and log their name</source>
        <translation>Demandez un responsable, et consignez son nom</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="50"/>
        <source>Send a formal written complaint to the head office, in a way that proves when it arrived</source>
        <translation>Envoyez une réclamation écrite formelle au siège, par un moyen qui prouve sa date de réception</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="51"/>
        <location filename="../rules/escalation.json" line="51"/>
        <source>Dispute the charge with your bank or card issuer, before its deadline</source>
        <translation>Contestez le débit auprès de votre banque ou de l&apos;émetteur de votre carte, avant la date limite</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="84"/>
        <source>Take it to {regulator}</source>
        <translation>Saisissez {regulator}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="37"/>
        <source>Send a formal written complaint to the head office</source>
        <translation>Envoyez une réclamation écrite formelle au siège</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="70"/>
        <source>If the bank refuses or does not answer in time, take it to {regulator}</source>
        <translation>Si la banque refuse ou ne répond pas dans le délai, saisissez {regulator}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="85"/>
        <source>Wait for the decision of {regulator}; keep logging every contact</source>
        <translation>Attendez que {regulator} se prononce ; continuez à consigner chaque échange</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="71"/>
        <source>Wait for the decision of {issuer} on the dispute filed on {filed_on}{claim}: its answer clocks run from that day. If it refuses, or does not answer in time, take it to {regulator}</source>
        <translation>Attendez que {issuer} se prononce sur la contestation déposée le {filed_on}{claim} : ses délais de réponse courent à partir de ce jour. En cas de refus ou d&apos;absence de réponse dans le délai, saisissez {regulator}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="25"/>
        <source>the order, invoice and customer numbers</source>
        <translation>les numéros de commande, de facture et de client</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="26"/>
        <source>the reference numbers of your earlier contacts</source>
        <translation>les numéros de référence de vos échanges précédents</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="27"/>
        <source>what you ask for, in one sentence (a refund of the amount, a corrected invoice)</source>
        <translation>ce que vous demandez, en une phrase (le remboursement du montant, une facture corrigée)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="39"/>
        <source>the reference numbers and the names of your earlier contacts</source>
        <translation>les numéros de référence et les noms de vos interlocuteurs précédents</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="40"/>
        <source>what customer service answered, and when</source>
        <translation>ce que le service client a répondu, et quand</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="41"/>
        <source>what you ask for, in one sentence</source>
        <translation>ce que vous demandez, en une phrase</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="53"/>
        <source>the complaint letter to the merchant (Letters: merchant complaint)</source>
        <translation>le courrier de réclamation au commerçant (Courriers : réclamation au commerçant)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="54"/>
        <source>the dates and names of every contact so far</source>
        <translation>les dates et les noms de tous les échanges jusqu&apos;ici</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="55"/>
        <source>the merchant&apos;s terms and the receipt or invoice</source>
        <translation>les conditions générales du commerçant et le reçu ou la facture</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="73"/>
        <source>the evidence pack (File &gt; Export evidence pack) within the portal&apos;s limits</source>
        <translation>le dossier de preuves (Fichier &gt; Exporter le dossier de preuves) dans les limites du portail</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="74"/>
        <source>the dispute letter to the issuer (or the FCBA letter for a US credit card)</source>
        <translation>le courrier de contestation à l&apos;émetteur (ou le courrier FCBA pour une carte de crédit américaine)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="75"/>
        <source>the deadlines of the case (Deadlines and tasks)</source>
        <translation>les échéances du dossier (Échéances et tâches)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="87"/>
        <source>the bank&apos;s final answer, or proof it did not answer within its time</source>
        <translation>la réponse définitive de la banque, ou la preuve qu&apos;elle n&apos;a pas répondu dans le délai</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="88"/>
        <source>the complaint to the bank and the evidence pack</source>
        <translation>la réclamation à la banque et le dossier de preuves</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="89"/>
        <source>a short account of what happened, with dates</source>
        <translation>un bref récit des faits, avec les dates</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="91"/>
        <source>any new letter or e-mail from the merchant or the bank, as evidence</source>
        <translation>tout nouveau courrier ou e-mail du commerçant ou de la banque, comme pièce</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="112"/>
        <source>{merchant}&apos;s customer service</source>
        <translation>le service client de {merchant}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="113"/>
        <source>a supervisor or manager at {merchant}</source>
        <translation>un responsable chez {merchant}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="114"/>
        <source>{merchant}&apos;s head office (a written complaint)</source>
        <translation>le siège de {merchant} (réclamation écrite)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="116"/>
        <source>the merchant&apos;s médiateur de la consommation (named in its terms)</source>
        <translation>le médiateur de la consommation du commerçant (indiqué dans ses conditions générales)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="124"/>
        <source>the Junta Arbitral de Consumo (consumer arbitration), if the merchant accepts it</source>
        <translation>la Junta Arbitral de Consumo (arbitrage de la consommation), si le commerçant l&apos;accepte</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="132"/>
        <source>the miejski or powiatowy rzecznik konsumentów (your local consumer ombudsman)</source>
        <translation>le miejski ou powiatowy rzecznik konsumentów (le défenseur local des consommateurs)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="139"/>
        <source>the courts (a small-claims procedure where the amount allows)</source>
        <translation>la justice (une procédure simplifiée pour les petits litiges si le montant le permet)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="140"/>
        <source>a dispute of the charge with {issuer} (a chargeback for a card, a refund request for a direct debit)</source>
        <translation>une contestation du débit auprès de {issuer} (rétrofacturation pour une carte, demande de remboursement pour un prélèvement)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="141"/>
        <source>the complaint procedure of {issuer}</source>
        <translation>la procédure de réclamation de {issuer}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="143"/>
        <source>the Financial Ombudsman Service</source>
        <translation>le Financial Ombudsman Service</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="150"/>
        <source>the Banco de España (Servicio de Reclamaciones)</source>
        <translation>le Banco de España (Servicio de Reclamaciones)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="152"/>
        <source>the Rzecznik Finansowy (Financial Ombudsman)</source>
        <translation>le Rzecznik Finansowy (médiateur financier)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="159"/>
        <source>the Sąd Polubowny przy KNF (arbitration at the Polish Financial Supervision Authority), if the bank agrees</source>
        <translation>le Sąd Polubowny przy KNF (arbitrage auprès de l&apos;autorité polonaise de surveillance financière), si la banque l&apos;accepte</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="161"/>
        <source>your bank&apos;s médiateur (named on its website and statements)</source>
        <translation>le médiateur de votre banque (indiqué sur son site et sur vos relevés)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="169"/>
        <source>the Consumer Financial Protection Bureau (CFPB)</source>
        <translation>le Consumer Financial Protection Bureau (CFPB)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="177"/>
        <source>your country&apos;s financial ombudsman or banking regulator</source>
        <translation>le médiateur financier ou l&apos;autorité bancaire de votre pays</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="112"/>
        <source>Open to every customer: the first place to ask</source>
        <translation>Ouvert à tous les clients : le premier interlocuteur</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="113"/>
        <source>Ask for one when customer service cannot solve it</source>
        <translation>À demander quand le service client ne peut pas résoudre le problème</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="114"/>
        <source>Open to every customer; send it so that you can prove when it arrived: the merchant&apos;s answer clock runs from that day</source>
        <translation>Ouvert à tous les clients ; envoyez-la de façon à pouvoir prouver sa date de réception : le délai de réponse du commerçant court à partir de ce jour</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="139"/>
        <source>Open to anyone, person or company, when the other steps fail</source>
        <translation>Ouvert à tous, particulier ou entreprise, quand les autres démarches échouent</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="140"/>
        <source>Open to every cardholder or account holder, person or company, within the deadlines of the case</source>
        <translation>Ouvert à tout titulaire de carte ou de compte, particulier ou entreprise, dans les délais du dossier</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="141"/>
        <source>Open to every customer, person or company; the bank must answer within its time (see the deadlines)</source>
        <translation>Ouvert à tous les clients, particuliers ou entreprises ; la banque doit répondre dans son délai (voir les échéances)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="150"/>
        <source>Open to any user of the bank&apos;s services, person or company, after the bank&apos;s customer service answered or did not answer in time (Orden ECO/734/2004)</source>
        <translation>Ouvert à tout utilisateur des services de la banque, particulier ou entreprise, après la réponse du service client de la banque ou en l&apos;absence de réponse dans le délai (Orden ECO/734/2004)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="159"/>
        <source>Open to a bank&apos;s clients, persons or companies, when both sides agree to it</source>
        <translation>Ouvert aux clients d&apos;une banque, particuliers ou entreprises, si les deux parties l&apos;acceptent</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="118"/>
        <source>Free for consumers, after a written complaint to the merchant (Code de la consommation L612-1)</source>
        <translation>Gratuit pour les consommateurs, après une réclamation écrite au commerçant (Code de la consommation L612-1)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="119"/>
        <source>If you act as a private person: free for consumers, after a written complaint to the merchant (Code de la consommation L612-1)</source>
        <translation>Si vous agissez en tant que particulier : gratuit pour les consommateurs, après une réclamation écrite au commerçant (Code de la consommation L612-1)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="120"/>
        <source>Only for consumers (natural persons): a company&apos;s dispute with a trader goes to the commercial court, or to the mediation or arbitration its contract names</source>
        <translation>Réservé aux consommateurs (personnes physiques) : le litige d&apos;une entreprise avec un professionnel relève du tribunal de commerce, ou de la médiation ou de l&apos;arbitrage prévu par son contrat</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="126"/>
        <source>Free for consumers, when the merchant accepts arbitration (Real Decreto 231/2008)</source>
        <translation>Gratuit pour les consommateurs, si le commerçant accepte l&apos;arbitrage (Real Decreto 231/2008)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="127"/>
        <source>If you act as a private person: free for consumers, when the merchant accepts arbitration (Real Decreto 231/2008)</source>
        <translation>Si vous agissez en tant que particulier : gratuit pour les consommateurs, si le commerçant accepte l&apos;arbitrage (Real Decreto 231/2008)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="128"/>
        <location filename="../rules/escalation.json" line="128"/>
        <source>Only for consumers: a company&apos;s dispute with a trader goes to court, or to the arbitration its contract names</source>
        <translation>Réservé aux consommateurs : le litige d&apos;une entreprise avec un professionnel relève du tribunal, ou de l&apos;arbitrage prévu par son contrat</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="134"/>
        <source>Free help for consumers with a trader (ustawa o ochronie konkurencji i konsumentów, art. 42)</source>
        <translation>Aide gratuite aux consommateurs face à un professionnel (ustawa o ochronie konkurencji i konsumentów, art. 42)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="135"/>
        <source>If you act as a private person: free help for consumers with a trader (art. 42 of the ustawa o ochronie konkurencji i konsumentów)</source>
        <translation>Si vous agissez en tant que particulier : aide gratuite aux consommateurs face à un professionnel (art. 42 de l&apos;ustawa o ochronie konkurencji i konsumentów)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="145"/>
        <source>After the firm&apos;s final response, or 8 weeks without one; within 6 months of the final response (FCA DISP 2.8.2R)</source>
        <translation>Après la réponse définitive de l&apos;établissement, ou 8 semaines sans réponse ; dans les 6 mois suivant la réponse définitive (FCA DISP 2.8.2R)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="146"/>
        <source>If you act as a private person or for a micro-enterprise or small business: after the firm&apos;s final response, or 8 weeks without one; within 6 months of it (FCA DISP 2.8.2R)</source>
        <translation>Si vous agissez en tant que particulier ou pour une micro-entreprise ou une petite entreprise : après la réponse définitive de l&apos;établissement, ou 8 semaines sans réponse ; dans les 6 mois suivant celle-ci (FCA DISP 2.8.2R)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="147"/>
        <source>Open to a micro-enterprise (fewer than 10 employees and a turnover or balance sheet of at most €2 million) or a small business as FCA DISP 2.7.3R defines it: after the firm&apos;s final response, or 8 weeks without one; a larger company goes to court or arbitration</source>
        <translation>Ouvert à une micro-entreprise (moins de 10 salariés et un chiffre d&apos;affaires ou un total de bilan d&apos;au plus 2 millions d&apos;euros) ou à une petite entreprise au sens de FCA DISP 2.7.3R : après la réponse définitive de l&apos;établissement, ou 8 semaines sans réponse ; une entreprise plus grande s&apos;adresse à la justice ou à l&apos;arbitrage</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="154"/>
        <source>For natural persons, after the bank rejected the complaint (ustawa o Rzeczniku Finansowym, 2015)</source>
        <translation>Pour les personnes physiques, après le rejet de la réclamation par la banque (ustawa o Rzeczniku Finansowym, 2015)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="155"/>
        <source>If you act as a private person: for natural persons, after the bank rejected the complaint (ustawa o Rzeczniku Finansowym, 2015)</source>
        <translation>Si vous agissez en tant que particulier : pour les personnes physiques, après le rejet de la réclamation par la banque (ustawa o Rzeczniku Finansowym, 2015)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="156"/>
        <source>The Rzecznik Finansowy takes only natural persons: a company goes to the bank&apos;s own complaint procedure, then the Sąd Polubowny przy KNF (if the bank agrees) or court</source>
        <translation>Le Rzecznik Finansowy ne traite que les personnes physiques : une entreprise passe par la procédure de réclamation de la banque, puis par le Sąd Polubowny przy KNF (si la banque l&apos;accepte) ou la justice</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="163"/>
        <source>Free for consumers, after a written complaint to the bank, within one year of it (Code monétaire et financier L316-1)</source>
        <translation>Gratuit pour les consommateurs, après une réclamation écrite à la banque, dans l&apos;année qui suit (Code monétaire et financier L316-1)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="164"/>
        <source>If you act as a private person: free for consumers, after a written complaint to the bank, within one year of it (Code monétaire et financier L316-1)</source>
        <translation>Si vous agissez en tant que particulier : gratuit pour les consommateurs, après une réclamation écrite à la banque, dans l&apos;année qui suit (Code monétaire et financier L316-1)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="165"/>
        <source>A médiateur de la consommation takes only consumers: a company goes to the bank&apos;s own complaint procedure, then the commercial court or a mediation its agreement with the bank offers</source>
        <translation>Un médiateur de la consommation ne traite que les consommateurs : une entreprise passe par la procédure de réclamation de la banque, puis par le tribunal de commerce ou une médiation prévue par sa convention avec la banque</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="171"/>
        <source>Complaints from consumers about credit cards, bank accounts and money transfers, at consumerfinance.gov/complaint</source>
        <translation>Réclamations des consommateurs sur les cartes de crédit, les comptes bancaires et les transferts d&apos;argent, sur consumerfinance.gov/complaint</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="172"/>
        <source>If the account is yours as a private person: complaints about credit cards, bank accounts and money transfers, at consumerfinance.gov/complaint</source>
        <translation>Si le compte est le vôtre en tant que particulier : réclamations sur les cartes de crédit, les comptes bancaires et les transferts d&apos;argent, sur consumerfinance.gov/complaint</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="173"/>
        <source>The CFPB takes complaints from consumers about consumer products: a business card&apos;s dispute goes through the issuer&apos;s own procedure, then the arbitration or court its agreement names</source>
        <translation>Le CFPB traite les réclamations des consommateurs sur les produits destinés aux particuliers : la contestation d&apos;une carte professionnelle passe par la procédure de l&apos;émetteur, puis par l&apos;arbitrage ou la juridiction prévus par son contrat</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="179"/>
        <source>After the bank&apos;s final answer, or when it did not answer in time</source>
        <translation>Après la réponse définitive de la banque, ou en l&apos;absence de réponse dans le délai</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="180"/>
        <source>After the bank&apos;s final answer, or when it did not answer in time; many take only private persons</source>
        <translation>Après la réponse définitive de la banque, ou en l&apos;absence de réponse dans le délai ; beaucoup ne traitent que les particuliers</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="181"/>
        <source>Check whether it takes complaints from companies: many take only private persons; else the courts or arbitration</source>
        <translation>Vérifiez s&apos;il traite les réclamations des entreprises : beaucoup ne traitent que les particuliers ; sinon, la justice ou l&apos;arbitrage</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="55"/>
        <source>{path}: not written: case {number} has no open deadline (none due today or later) to put in a calendar</source>
        <translation>{path} : non écrit : le dossier {number} n&apos;a aucune échéance en cours (aucune aujourd&apos;hui ou plus tard) à mettre dans un agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="61"/>
        <source>{path}: not written: no open case has an open deadline (none due today or later) to put in a calendar</source>
        <translation>{path} : non écrit : aucun dossier ouvert n&apos;a d&apos;échéance en cours (aucune aujourd&apos;hui ou plus tard) à mettre dans un agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="78"/>
        <source>{name} is not a file name: name the .ics file to write</source>
        <translation>{name} n&apos;est pas un nom de fichier : indiquez le nom du fichier .ics à écrire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="86"/>
        <source>{path}: the folder {folder} does not exist; create it or choose another place</source>
        <translation>{path} : le dossier {folder} n&apos;existe pas ; créez-le ou choisissez un autre emplacement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="92"/>
        <source>{path}: {folder} is not a folder; choose another place for the calendar</source>
        <translation>{path} : {folder} n&apos;est pas un dossier ; choisissez un autre emplacement pour l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/case_rows.py" line="212"/>
        <source>its {field} date {date} is outside {first}–{last}</source>
        <translation>sa date {field}, {date}, est hors de la plage {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/case_rows.py" line="222"/>
        <source>no deadline can be counted: {reasons}. Correct the case&apos;s dates (in the window: Edit case).</source>
        <translation>aucun délai ne peut être calculé : {reasons}. Corrigez les dates du dossier (dans la fenêtre : Modifier les détails du dossier).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="329"/>
        <source>{path}: the case file was refused, nothing was imported:</source>
        <translation>{path} : le fichier de dossier a été refusé, rien n&apos;a été importé :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="65"/>
        <source>Importing the case file</source>
        <translation>Import du fichier de dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="231"/>
        <source>Exporting the case file</source>
        <translation>Export du fichier de dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="363"/>
        <source>{file} cannot be followed (a loop of symbolic links?)</source>
        <translation>impossible de suivre {file} (une boucle de liens symboliques ?)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="367"/>
        <source>{file} leads outside the case file&apos;s folder {folder} (to {target}): refused</source>
        <translation>{file} mène hors du répertoire du fichier de dossier, {folder} (vers {target}) : refusé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="378"/>
        <source>{file} is a hidden file or in a hidden folder (such as .ssh or .gnupg): Dossier never takes one from a case file; refused</source>
        <translation>{file} est un fichier caché ou se trouve dans un dossier caché (comme .ssh ou .gnupg) : Dossier n&apos;en prend jamais depuis un fichier de dossier ; refusé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="445"/>
        <source>{path}: is not UTF-8 text (byte {byte}); save it as UTF-8</source>
        <translation>{path} : n&apos;est pas du texte UTF-8 (octet {byte}) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="479"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path} : illisible ({reason})</translation>
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
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="406"/>
        <source>{file} is not a regular file (a FIFO, a device or a socket)</source>
        <translation>{file} n&apos;est pas un fichier ordinaire (un FIFO, un périphérique ou un socket)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="467"/>
        <source>an integer of thousands of digits, far too long for any amount</source>
        <translation>un entier de plusieurs milliers de chiffres, bien trop long pour un montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="485"/>
        <source>{name} is not a number a case file may hold</source>
        <translation>{name} n&apos;est pas un nombre qu&apos;un fichier de dossier peut contenir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="301"/>
        <location filename="../../desktop_app/services/casefiles.py" line="292"/>
        <source>The case file was not written: you cancelled it.</source>
        <translation>Le fichier de dossier n&apos;a pas été écrit : vous avez annulé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="352"/>
        <source>{path}: its folder cannot be resolved; nothing was imported</source>
        <translation>{path} : impossible de déterminer son dossier ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="437"/>
        <source>{path}: {size} bytes is too large for a case file (at most {limit}); nothing was imported</source>
        <translation>{path} : {size} octets, c&apos;est trop pour un fichier de dossier (au plus {limit}) ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="139"/>
        <source>The case file was not imported: you cancelled it.</source>
        <translation>Le fichier de dossier n&apos;a pas été importé : vous avez annulé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="255"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path} : le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="270"/>
        <source>{folder}: refused: it exists and is not a folder of Dossier&apos;s; nothing was written</source>
        <translation>{folder} : refusé : il existe et n&apos;a pas été créé par Dossier ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="288"/>
        <source>{folder}: cannot be created ({reason})</source>
        <translation>{folder} : impossible de le créer ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="453"/>
        <source>{path}: is not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>{path} : JSON non valide : {reason} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="459"/>
        <source>{path}: is nested too deeply to be a case file (lists or objects inside each other hundreds of times); nothing was imported</source>
        <translation>{path} : imbrication trop profonde pour un fichier de dossier (des listes ou des objets imbriqués des centaines de fois) ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="472"/>
        <source>{path}: holds a number that cannot be read ({reason}); nothing was imported</source>
        <translation>{path} : contient un nombre illisible ({reason}) ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="294"/>
        <location filename="../../desktop_app/services/evidence.py" line="430"/>
        <source>Copying {name}</source>
        <translation>Copie de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="403"/>
        <source>{file} is a folder, not a file</source>
        <translation>{file} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="124"/>
        <source>{path}: evidence[{index}].sha256 says {said} but the file&apos;s SHA-256 is {found}: the file has changed since the case file was written</source>
        <translation>{path} : evidence[{index}].sha256 indique {said} mais le SHA-256 du fichier est {found} : le fichier a changé depuis l&apos;écriture du fichier de dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="388"/>
        <source>{file}: no such file</source>
        <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="395"/>
        <source>{file} cannot be read ({reason})</source>
        <translation>{file} est illisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="155"/>
        <source>A case needs a title, such as “Gym membership charged after cancelling”.</source>
        <translation>Un dossier a besoin d&apos;un titre, comme « Abonnement de salle de sport débité après résiliation ».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="160"/>
        <source>A case needs the merchant&apos;s name.</source>
        <translation>Un dossier a besoin du nom du commerçant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="172"/>
        <source>This case is not saved yet.</source>
        <translation>Ce dossier n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="175"/>
        <source>A case needs a title and the merchant&apos;s name.</source>
        <translation>Un dossier a besoin d&apos;un titre et du nom du commerçant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="189"/>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="335"/>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="337"/>
        <source>is not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="330"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="310"/>
        <source>{name} ({path})</source>
        <translation>{name} ({path})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="323"/>
        <source>Nothing was added.</source>
        <translation>Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="333"/>
        <location filename="../../desktop_app/services/core.py" line="342"/>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="145"/>
        <location filename="../../desktop_app/services/evidence.py" line="269"/>
        <source>Nothing was added: you cancelled it.</source>
        <translation>Rien n&apos;a été ajouté : vous avez annulé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="204"/>
        <source>{name} is too large to search its text</source>
        <translation>{name} est trop volumineux pour qu&apos;on y recherche du texte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="316"/>
        <source>is inside the Dossier store folder {folder}: the store&apos;s own files are never evidence</source>
        <translation>se trouve dans le répertoire du coffre Dossier {folder} : les fichiers propres au coffre ne sont jamais des pièces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="321"/>
        <location filename="../../desktop_app/services/evidence.py" line="385"/>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="148"/>
        <location filename="../../desktop_app/services/mail.py" line="137"/>
        <source>Reading {name}</source>
        <translation>Lecture de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="373"/>
        <source>The {field} holds {character}, which is not a character (bytes that are not UTF-8 text?); type it again.</source>
        <translation>Le champ {field} contient {character}, qui n&apos;est pas un caractère (des octets qui ne sont pas du texte UTF-8 ?) ; saisissez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="135"/>
        <source>Adding the files</source>
        <translation>Ajout des fichiers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="178"/>
        <source>Adding the pasted file</source>
        <translation>Ajout du fichier collé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="371"/>
        <source>{name}: there is no page {page}: pages are numbered from 1.</source>
        <translation>{name} : il n&apos;y a pas de page {page} : les pages sont numérotées à partir de 1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="441"/>
        <source>Opening a copy of the evidence</source>
        <translation>Ouverture d&apos;une copie de la pièce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="469"/>
        <source>{name}: {size} bytes, too large to preview.</source>
        <translation>{name} : {size} octets, trop volumineux pour l&apos;aperçu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="86"/>
        <source>No file was given.</source>
        <translation>Aucun fichier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="134"/>
        <source>Adding the file</source>
        <translation>Ajout du fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="305"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="313"/>
        <source>This evidence item is not saved yet.</source>
        <translation>Cette pièce n&apos;est pas encore enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="322"/>
        <source>That charge is not in this case.</source>
        <translation>Ce débit n&apos;appartient pas à ce dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="326"/>
        <source>That contact is not in this case.</source>
        <translation>Cet échange n&apos;appartient pas à ce dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="438"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="388"/>
        <source>Drawing page {page} of {name}</source>
        <translation>Affichage de la page {page} de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="151"/>
        <source>{name}: there is nothing in it</source>
        <translation>{name} : il est vide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="170"/>
        <source>Adding {name}</source>
        <translation>Ajout de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="368"/>
        <source>{name} is not a PDF: it has no pages to turn.</source>
        <translation>{name} n&apos;est pas un PDF : il n&apos;a pas de pages à tourner.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="214"/>
        <source>the same file is in this case&apos;s trash #{number} “{title}”</source>
        <translation>le même fichier est dans la corbeille de ce dossier, n° {number} « {title} »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="218"/>
        <source>the same file is already evidence #{number} “{title}”</source>
        <translation>le même fichier est déjà la pièce n° {number} « {title} »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="274"/>
        <source>Checking {name}</source>
        <translation>Vérification de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/jobs.py" line="45"/>
        <source>{job}: cancelled; nothing of it was kept.</source>
        <translation>{job} : annulé ; rien n&apos;en a été conservé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/mail.py" line="89"/>
        <source>Not an e-mail address: {addresses}</source>
        <translation>
            <numerusform>Adresse e-mail non valable : {addresses}</numerusform>
            <numerusform>Adresses e-mail non valables : {addresses}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="149"/>
        <source>Reading the e-mails</source>
        <translation>Lecture des e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="230"/>
        <source>Importing the e-mails</source>
        <translation>Import des e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="281"/>
        <source>{origin}: already in this case as evidence #{number} “{title}”</source>
        <translation>{origin} : déjà dans ce dossier comme pièce n° {number} « {title} »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="285"/>
        <source>{origin}: has no date (no Date or Received header), so it cannot take its place in the contact log; add the file as evidence instead</source>
        <translation>{origin} : sans date (pas d&apos;en-tête Date ni Received), il ne peut pas prendre place dans l&apos;historique des échanges ; ajoutez plutôt le fichier comme pièce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="146"/>
        <source>Read</source>
        <comment>done reading</comment>
        <translation>Lu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/mail.py" line="58"/>
        <source>Reading {name}: %n message(s) read</source>
        <translation>
            <numerusform>Lecture de {name} : %n message lu</numerusform>
            <numerusform>Lecture de {name} : %n messages lus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="326"/>
        <source>{origin}: the attachment {name} is empty; left out</source>
        <translation>{origin} : la pièce jointe {name} est vide ; écartée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="397"/>
        <source>{origin}: the attachment {name} is already evidence #{number} “{title}”</source>
        <translation>{origin} : la pièce jointe {name} est déjà la pièce n° {number} « {title} »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="422"/>
        <location filename="../../desktop_app/services/mail.py" line="297"/>
        <source>{origin}: {problem}</source>
        <translation>{origin} : {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="101"/>
        <source>Building the evidence pack</source>
        <translation>Création du dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="122"/>
        <source>Building the pack&apos;s preview</source>
        <translation>Création de l&apos;aperçu du dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="144"/>
        <source>Exporting the evidence pack</source>
        <translation>Export du dossier de preuves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="209"/>
        <source>The store&apos;s database fails its check ({problems}): nothing was written. Run &apos;dossier verify&apos;, and restore the store from a backup.</source>
        <translation>La base de données du coffre ne passe pas la vérification ({problems}) : rien n&apos;a été écrit. Lancez « dossier verify », puis restaurez le coffre à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="138"/>
        <location filename="../../desktop_app/services/verify.py" line="76"/>
        <location filename="../../desktop_app/services/verify.py" line="71"/>
        <source>Checking the store&apos;s database</source>
        <translation>Vérification de la base de données du coffre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/packs.py" line="178"/>
        <source>No pack was written: %n evidence file(s) are missing or damaged in the vault: {files}. Run &apos;dossier verify&apos;, and restore the store from a backup.</source>
        <translation>
            <numerusform>Aucun dossier de preuves n&apos;a été écrit : %n fichier de preuve manque ou est endommagé dans le coffre : {files}. Lancez « dossier verify », puis restaurez le coffre à partir d&apos;une sauvegarde.</numerusform>
            <numerusform>Aucun dossier de preuves n&apos;a été écrit : %n fichiers de preuve manquent ou sont endommagés dans le coffre : {files}. Lancez « dossier verify », puis restaurez le coffre à partir d&apos;une sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="169"/>
        <source>{name} (its bytes no longer match its SHA-256)</source>
        <translation>{name} (son contenu ne correspond plus à son empreinte SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="173"/>
        <source>{name} ({problem})</source>
        <translation>{name} ({problem})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="35"/>
        <source>A case bundle is NOT encrypted: anyone who has the file can read every document in it. Hand it over in person or through a secure channel, and delete it when it is no longer needed.</source>
        <translation>Une archive de dossier n&apos;est PAS chiffrée : quiconque possède le fichier peut lire tous les documents qu&apos;elle contient. Remettez-la en main propre ou par un canal sécurisé, et supprimez-la dès qu&apos;elle n&apos;est plus utile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="273"/>
        <source>Backing up the store</source>
        <translation>Sauvegarde du coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="286"/>
        <source>Restoring the backup</source>
        <translation>Restauration de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="298"/>
        <source>Encrypting the store</source>
        <translation>Chiffrement du coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="300"/>
        <source>Decrypting the store</source>
        <translation>Déchiffrement du coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="315"/>
        <source>Removing the passphrase</source>
        <translation>Suppression de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="326"/>
        <location filename="../../desktop_app/services/protection.py" line="321"/>
        <source>Unlocking the store</source>
        <translation>Déverrouillage du coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="337"/>
        <source>Writing the case bundle</source>
        <translation>Écriture de l&apos;archive du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="144"/>
        <source>The system keyring does not hold this store&apos;s key: without its passphrase it would open only with the recovery key. The passphrase was kept.</source>
        <translation>Le trousseau du système ne contient pas la clé de ce coffre : sans sa phrase secrète, il ne s&apos;ouvrirait qu&apos;avec la clé de récupération. La phrase secrète a été conservée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="308"/>
        <location filename="../../desktop_app/services/protection.py" line="314"/>
        <source>Changing the passphrase</source>
        <translation>Modification de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="140"/>
        <source>This charge is not saved yet.</source>
        <translation>Ce débit n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="155"/>
        <source>This contact is not saved yet.</source>
        <translation>Cet échange n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="175"/>
        <source>Days after need a date to count from.</source>
        <translation>Les jours suivants nécessitent une date de départ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="215"/>
        <source>This task is not saved yet.</source>
        <translation>Cette tâche n&apos;est pas encore enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="241"/>
        <source>Unknown kind of record: {table}.</source>
        <translation>Type d&apos;élément inconnu : {table}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="101"/>
        <source>Check: {promise} ({who})</source>
        <translation>Vérifier : {promise} ({who})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="105"/>
        <source>Check: {promise}</source>
        <translation>Vérifier : {promise}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/records.py" line="184"/>
        <source>{title} (+%n d)</source>
        <translation>
            <numerusform>{title} (+%n j)</numerusform>
            <numerusform>{title} (+%n j)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="100"/>
        <source>the bank</source>
        <translation>la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="108"/>
        <source>dispute won (claim {claim})</source>
        <translation>contestation gagnée (n° {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="109"/>
        <source>dispute lost (claim {claim})</source>
        <translation>contestation perdue (n° {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="110"/>
        <source>dispute partly won (claim {claim})</source>
        <translation>contestation partiellement gagnée (n° {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="114"/>
        <source>dispute won</source>
        <translation>contestation gagnée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="115"/>
        <source>dispute lost</source>
        <translation>contestation perdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="116"/>
        <source>dispute partly won</source>
        <translation>contestation partiellement gagnée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="105"/>
        <source>filed with {issuer}</source>
        <translation>déposée auprès de {issuer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="102"/>
        <source>filed with {issuer} (claim {claim})</source>
        <translation>déposée auprès de {issuer} (n° {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="41"/>
        <source>the letters</source>
        <translation>les courriers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="49"/>
        <source>the letters&apos; legal basis</source>
        <translation>les fondements juridiques des courriers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="68"/>
        <source>the escalation ladder</source>
        <translation>les étapes du recours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="75"/>
        <source>the deadline rules</source>
        <translation>les règles de délais</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="83"/>
        <source>the evidence checklists</source>
        <translation>les listes de pièces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="61"/>
        <source>{path}: {what} cannot be read ({reason}); reinstall Dossier.</source>
        <translation>{path} : impossible de lire {what} ({reason}) ; réinstallez Dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="30"/>
        <source>{language} is not a language of the letters; choose one of {languages}</source>
        <translation>{language} n&apos;est pas une langue des courriers ; choisissez parmi {languages}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/search.py" line="75"/>
        <location filename="../../desktop_app/services/search.py" line="71"/>
        <source>{kind}: {title}</source>
        <translation>{kind} : {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/search.py" line="49"/>
        <source>Case: {title}</source>
        <translation>Dossier : {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/search.py" line="54"/>
        <location filename="../../desktop_app/services/search.py" line="64"/>
        <source>{kind} of {date}</source>
        <translation>{kind} du {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/search.py" line="62"/>
        <source>{kind} of {date}: {subject}</source>
        <translation>{kind} du {date} : {subject}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="109"/>
        <source>The letter&apos;s PDF was refused ({reason}); nothing was kept.</source>
        <translation>Le PDF du courrier a été refusé ({reason}) ; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="70"/>
        <source>The letter is empty: there is nothing to mark as sent.</source>
        <translation>Le courrier est vide : il n&apos;y a rien à marquer comme envoyé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="114"/>
        <source>This letter&apos;s PDF is already evidence: it was marked as sent before. Nothing was added.</source>
        <translation>Le PDF de ce courrier est déjà une pièce : il a déjà été marqué comme envoyé. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="183"/>
        <source>The moment the letter was sent needs its time zone.</source>
        <translation>Le moment de l&apos;envoi du courrier doit avoir son fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="119"/>
        <source>This letter&apos;s PDF is in this case&apos;s trash #{number} “{title}”: it was marked as sent before. Nothing was added.</source>
        <translation>Le PDF de ce courrier est dans la corbeille de ce dossier, n° {number} « {title} » : il a déjà été marqué comme envoyé. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="125"/>
        <source>This letter&apos;s PDF is already evidence #{number} “{title}”: it was marked as sent before. Nothing was added.</source>
        <translation>Le PDF de ce courrier est déjà la pièce n° {number} « {title} » : il a déjà été marqué comme envoyé. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="88"/>
        <source>The date sent {date} is after today: mark a letter as sent once it has gone.</source>
        <translation>La date d&apos;envoi {date} est postérieure à aujourd&apos;hui : marquez un courrier comme envoyé une fois qu&apos;il est parti.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="150"/>
        <source>Evidence #{evidence} is not the letter of contact #{contact}.</source>
        <translation>La pièce n° {evidence} n&apos;est pas le courrier de l&apos;échange n° {contact}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="85"/>
        <source>nothing was deleted</source>
        <translation>rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="162"/>
        <source>no file was removed</source>
        <translation>aucun fichier n&apos;a été supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="44"/>
        <source>Evidence #{number} is already in the trash.</source>
        <translation>La pièce n° {number} est déjà dans la corbeille.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="46"/>
        <source>Evidence #{number} is not in the trash.</source>
        <translation>La pièce n° {number} n&apos;est pas dans la corbeille.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="181"/>
        <source>A record names one of those files now: no file was removed.</source>
        <translation>Un élément cite désormais l&apos;un de ces fichiers : aucun fichier n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="76"/>
        <source>“{title}” is not in the trash: move it there first.</source>
        <translation>« {title} » n&apos;est pas dans la corbeille : mettez-le d&apos;abord à la corbeille.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="127"/>
        <source>The store at {folder} looks rolled back or replaced ({reason}): {outcome}. Restore it from a backup (&apos;dossier restore&apos;), or see docs/security.md for the recovery steps.</source>
        <translation>Le coffre situé dans {folder} semble être revenu en arrière ou avoir été remplacé ({reason}) : {outcome}. Restaurez-le depuis une sauvegarde (&apos;dossier restore&apos;), ou consultez docs/security.md pour les étapes de récupération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="166"/>
        <source>The store&apos;s database fails its check ({problems}): no file was removed. Run &apos;dossier verify&apos;.</source>
        <translation>La base de données du coffre échoue à la vérification ({problems}) : aucun fichier n&apos;a été supprimé. Lancez &apos;dossier verify&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/verify.py" line="35"/>
        <source>unused file</source>
        <translation>fichier inutilisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/verify.py" line="58"/>
        <source>Verifying the store</source>
        <translation>Vérification du coffre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/verify.py" line="52"/>
        <source>Checking the database and every file</source>
        <translation>Vérification de la base de données et de chaque fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_results.py" line="50"/>
        <source>name unknown</source>
        <translation>nom inconnu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/work_results.py" line="53"/>
        <source>{sha256}  {size} byte(s)  {names}</source>
        <translation>
            <numerusform>{sha256}  {size} octet  {names}</numerusform>
            <numerusform>{sha256}  {size} octets  {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_results.py" line="72"/>
        <source>evidence #{number}: {file}</source>
        <translation>pièce n° {number} : {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_results.py" line="69"/>
        <source>evidence #{number}: {file}, imported as “{name}”</source>
        <translation>pièce n° {number} : {file}, importée sous le nom « {name} »</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../desktop_app/secrets.py" line="134"/>
        <source>the system keyring did not answer within {seconds} s while removing the key (it may be locked or waiting for a prompt)</source>
        <translation>le trousseau du système n&apos;a pas répondu en {seconds} s lors de la suppression de la clé (il est peut-être verrouillé ou en attente d&apos;une confirmation)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="146"/>
        <source>the system keyring failed while removing the key: {error}</source>
        <translation>le trousseau du système a échoué lors de la suppression de la clé : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="123"/>
        <source>the system keyring did not answer within {seconds} s while reading the store&apos;s key (it may be locked or waiting for a prompt)</source>
        <translation>le trousseau du système n&apos;a pas répondu en {seconds} s lors de la lecture de la clé du coffre (il est peut-être verrouillé ou en attente d&apos;une confirmation)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="129"/>
        <source>the system keyring did not answer within {seconds} s while saving the key (it may be locked or waiting for a prompt)</source>
        <translation>le trousseau du système n&apos;a pas répondu en {seconds} s lors de l&apos;enregistrement de la clé (il est peut-être verrouillé ou en attente d&apos;une confirmation)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="143"/>
        <source>the system keyring failed while reading the store&apos;s key: {error}</source>
        <translation>le trousseau du système a échoué lors de la lecture de la clé du coffre : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="145"/>
        <source>the system keyring failed while saving the key: {error}</source>
        <translation>le trousseau du système a échoué lors de l&apos;enregistrement de la clé : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="271"/>
        <source>The store&apos;s key file is damaged (the {method} copy has no {name}).</source>
        <translation>Le fichier de clés du coffre est endommagé (la copie {method} n&apos;a pas de {name}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="281"/>
        <source>The store&apos;s key file is damaged (the {method} copy&apos;s {name} is {found} bytes, not {size}).</source>
        <translation>Le fichier de clés du coffre est endommagé (le champ {name} de la copie {method} fait {found} octets, pas {size}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="368"/>
        <source>A recovery key is {count} letters and digits in groups of six (ABCDEF-GHJKMN-…)</source>
        <translation>Une clé de récupération compte {count} lettres et chiffres par groupes de six (ABCDEF-GHJKMN-…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="252"/>
        <source>The store&apos;s key file is damaged (unknown key copy method {method}).</source>
        <translation>Le fichier de clés du coffre est endommagé (méthode de copie de clé inconnue : {method}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="256"/>
        <source>The store&apos;s key file is damaged (the {method} copy&apos;s kdf {kdf} is not {expected}).</source>
        <translation>Le fichier de clés du coffre est endommagé (la fonction de dérivation {kdf} de la copie {method} n&apos;est pas {expected}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="276"/>
        <source>The store&apos;s key file is damaged (the {method} copy&apos;s {name} is not base64).</source>
        <translation>Le fichier de clés du coffre est endommagé (le champ {name} de la copie {method} n&apos;est pas en base64).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="384"/>
        <source>This recovery key has a typo: check each group against the printed one.</source>
        <translation>Cette clé de récupération contient une faute de frappe : comparez chaque groupe à la clé imprimée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="248"/>
        <source>The store&apos;s key file is damaged (a key copy is not an object).</source>
        <translation>Le fichier de clés du coffre est endommagé (une copie de clé n&apos;est pas un objet).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="336"/>
        <source>This passphrase does not open the store; nothing was changed.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas le coffre ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="338"/>
        <source>This recovery key does not open the store; nothing was changed.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas le coffre ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="379"/>
        <source>This is not a Dossier recovery key: check what you typed.</source>
        <translation>Ce n&apos;est pas une clé de récupération Dossier : vérifiez votre saisie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="111"/>
        <source>there is no safe system keyring on this computer ({backend}), and Dossier never keeps its key in a plain file</source>
        <translation>il n&apos;y a pas de trousseau système sûr sur cet ordinateur ({backend}), et Dossier ne conserve jamais sa clé dans un fichier en clair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="83"/>
        <source>the system keyring is not to be used</source>
        <translation>le trousseau du système ne doit pas être utilisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="85"/>
        <source>The store at {root} is encrypted and its key is not at hand: {reason}. Unlock it with its passphrase or its recovery key.</source>
        <translation>Le coffre situé dans {root} est chiffré et sa clé n&apos;est pas disponible : {reason}. Déverrouillez-le avec sa phrase secrète ou sa clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="91"/>
        <source>The store at {root} is encrypted and its key is not at hand: {reason}. Unlock it with its recovery key.</source>
        <translation>Le coffre situé dans {root} est chiffré et sa clé n&apos;est pas disponible : {reason}. Déverrouillez-le avec sa clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="55"/>
        <source>The folder {root} holds evidence files but no database ({db_name}). Nothing was changed: restore the database from a backup, or choose another folder.</source>
        <translation>Le répertoire {root} contient des pièces mais pas de base de données ({db_name}). Rien n&apos;a été modifié : restaurez la base de données depuis une sauvegarde, ou choisissez un autre répertoire.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="136"/>
        <source>A new store at {root} needs a passphrase: {note}. Nothing was created.</source>
        <translation>Un nouveau coffre dans {root} a besoin d&apos;une phrase secrète : {note}. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="100"/>
        <source>This store is not encrypted: give a passphrase to protect its backup.</source>
        <translation>Ce coffre n&apos;est pas chiffré : indiquez une phrase secrète pour protéger sa sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="132"/>
        <location filename="../../desktop_app/store/convert.py" line="110"/>
        <source>Copying the database</source>
        <translation>Copie de la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="403"/>
        <source>Nothing was restored: you stopped it.</source>
        <translation>Rien n&apos;a été restauré : vous avez arrêté l&apos;opération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="122"/>
        <source>{out}: the folder {parent} does not exist</source>
        <translation>{out} : le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="288"/>
        <source>{target} is not empty: restore into a new or empty folder. Nothing was changed.</source>
        <translation>{target} n&apos;est pas vide : restaurez dans un répertoire nouveau ou vide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="381"/>
        <source>{path} holds an encrypted store: open it with the store&apos;s recovery key or passphrase.</source>
        <translation>{path} contient un coffre chiffré : ouvrez-le avec la clé de récupération ou la phrase secrète du coffre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="151"/>
        <source>The backup was not written: you stopped it.</source>
        <translation>La sauvegarde n&apos;a pas été écrite : vous avez arrêté l&apos;opération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="171"/>
        <location filename="../../desktop_app/store/backup.py" line="180"/>
        <source>{out}: the backup cannot be written ({reason}); nothing was kept</source>
        <translation>{out} : impossible d&apos;écrire la sauvegarde ({reason}) ; rien n&apos;a été conservé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="228"/>
        <source>Cannot create the folder {parent} ({reason}). Nothing was changed.</source>
        <translation>Impossible de créer le dossier {parent} ({reason}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="264"/>
        <location filename="../../desktop_app/store/backup.py" line="316"/>
        <source>{parent}: cannot restore here ({reason}). Nothing was changed.</source>
        <translation>{parent} : impossible de restaurer ici ({reason}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="298"/>
        <source>{source} is damaged: its manifest or database is missing.</source>
        <translation>{source} est endommagé : son manifeste ou sa base de données manque.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="408"/>
        <source>Restoring file {n} of {count}</source>
        <translation>Restauration du fichier {n} sur {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="414"/>
        <source>{path} is damaged: the file {sha} is missing from it.</source>
        <translation>{path} est endommagé : le fichier {sha} y manque.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="422"/>
        <source>{path} is damaged: the file {sha} does not match its SHA-256.</source>
        <translation>{path} est endommagé : le fichier {sha} ne correspond pas à son SHA-256.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="434"/>
        <source>{path}: its database does not open with its key.</source>
        <translation>{path} : sa base de données ne s&apos;ouvre pas avec sa clé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="440"/>
        <source>{path}: its database fails its check ({problems}).</source>
        <translation>{path} : sa base de données échoue à la vérification ({problems}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="447"/>
        <source>{path}: its database does not hold the rows its manifest lists.</source>
        <translation>{path} : sa base de données ne contient pas les lignes que liste son manifeste.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="454"/>
        <source>{path}: its files are not those its database names.</source>
        <translation>{path} : ses fichiers ne sont pas ceux que cite sa base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="307"/>
        <source>{source} is damaged: {reason}</source>
        <translation>{source} est endommagé : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="341"/>
        <source>{source} is damaged: {reason}. Nothing was restored.</source>
        <translation>{source} est endommagé : {reason}. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="349"/>
        <source>{where}: the restore cannot be written ({reason}). Nothing was restored into {target}.</source>
        <translation>{where} : impossible d&apos;écrire la restauration ({reason}). Rien n&apos;a été restauré dans {target}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="156"/>
        <location filename="../../desktop_app/store/convert.py" line="139"/>
        <source>Copying file {n} of {count}</source>
        <translation>Copie du fichier {n} sur {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="327"/>
        <source>{target} is no longer empty: something was written there during the restore. Nothing was restored.</source>
        <translation>{target} n&apos;est plus vide : quelque chose y a été écrit pendant la restauration. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="141"/>
        <source>The backup {path} needs its passphrase, or the store&apos;s recovery key.</source>
        <translation>La sauvegarde {path} nécessite sa phrase secrète, ou la clé de récupération du coffre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="145"/>
        <source>The backup {path} needs its passphrase.</source>
        <translation>La sauvegarde {path} nécessite sa phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="182"/>
        <source>Checking the backup</source>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="105"/>
        <source>{path} is cut short (in {what}).</source>
        <translation>{path} est tronqué (dans {what}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="172"/>
        <location filename="../../desktop_app/store/backup_file.py" line="178"/>
        <source>{path} is cut short.</source>
        <translation>{path} est tronqué.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="187"/>
        <source>{path} is damaged: its check over the whole file fails</source>
        <translation>{path} est endommagé : la vérification de l&apos;ensemble du fichier échoue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="191"/>
        <source>{where} (a byte was changed, or the file is incomplete). Nothing was restored.</source>
        <translation>{where} (un octet a été modifié, ou le fichier est incomplet). Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="53"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path} : illisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="62"/>
        <source>{path} is not a Dossier backup (or its first bytes are damaged).</source>
        <translation>{path} n&apos;est pas une sauvegarde Dossier (ou ses premiers octets sont endommagés).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="69"/>
        <source>{path} is damaged: its header length is impossible.</source>
        <translation>{path} est endommagé : la longueur de son en-tête est impossible.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="76"/>
        <source>{path} is damaged: its header fails its check.</source>
        <translation>{path} est endommagé : son en-tête échoue à la vérification.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="81"/>
        <source>{path} is a backup of an unknown format ({format}).</source>
        <translation>{path} est une sauvegarde d&apos;un format inconnu ({format}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="159"/>
        <source>{path}: the store&apos;s key does not open this backup.</source>
        <translation>{path} : la clé du coffre n&apos;ouvre pas cette sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="220"/>
        <source>{path} is damaged: section {name} runs past the end.</source>
        <translation>{path} est endommagé : la section {name} dépasse la fin du fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="128"/>
        <source>This passphrase does not open the backup {path}; nothing was changed.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la sauvegarde {path} ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/cases.py" line="61"/>
        <source>There is no case {case_id}; &apos;dossier cases&apos; lists them.</source>
        <translation>Il n&apos;y a pas de dossier {case_id} ; &apos;dossier cases&apos; les liste.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/checks.py" line="59"/>
        <source>row {row} of {table} refers to a missing {parent}</source>
        <translation>la ligne {row} de {table} renvoie à un élément {parent} manquant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/cipher.py" line="128"/>
        <source>{name} is not a sealed vault file (its header is missing or damaged)</source>
        <translation>{name} n&apos;est pas un fichier scellé du coffre (son en-tête manque ou est endommagé)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/cipher.py" line="136"/>
        <source>{name} is cut short</source>
        <translation>{name} est tronqué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/cipher.py" line="175"/>
        <source>{name} has been altered or damaged (chunk {index} fails its check), or it belongs to another file or another key</source>
        <translation>{name} a été modifié ou endommagé (le bloc {index} échoue à la vérification), ou il appartient à un autre fichier ou à une autre clé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/convert.py" line="135"/>
        <source>The store was not converted: you stopped it. It is as it was.</source>
        <translation>Le coffre n&apos;a pas été converti : vous avez arrêté l&apos;opération. Il est tel qu&apos;il était.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/convert.py" line="51"/>
        <source>{plan} is damaged ({reason}); nothing was changed. Keep a copy of {root}.</source>
        <translation>{plan} est endommagé ({reason}) ; rien n&apos;a été modifié. Gardez une copie de {root}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/convert.py" line="126"/>
        <source>The store at {root} cannot be converted ({reason}); nothing was changed.</source>
        <translation>Impossible de convertir le coffre situé dans {root} ({reason}) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/convert.py" line="147"/>
        <source>The vault file {path} does not match its SHA-256; nothing was changed. Run &apos;dossier verify&apos;.</source>
        <translation>Le fichier du coffre {path} ne correspond pas à son SHA-256 ; rien n&apos;a été modifié. Lancez &apos;dossier verify&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="143"/>
        <location filename="../../desktop_app/store/store.py" line="214"/>
        <location filename="../../desktop_app/store/store.py" line="548"/>
        <location filename="../../desktop_app/store/vault.py" line="168"/>
        <source>The store is locked: unlock it first.</source>
        <translation>Le coffre est verrouillé : déverrouillez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="45"/>
        <source>Cannot open the database {path}: {reason}</source>
        <translation>Impossible d&apos;ouvrir la base de données {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="65"/>
        <source>The database {path} cannot be created ({reason}).</source>
        <translation>Impossible de créer la base de données {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="110"/>
        <source>The database {path} cannot use write-ahead logging (mode {mode}).</source>
        <translation>La base de données {path} ne peut pas utiliser la journalisation anticipée (WAL) (mode {mode}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="122"/>
        <source>The database {path} cannot be read: {reason}</source>
        <translation>Impossible de lire la base de données {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="96"/>
        <source>The database {path} cannot be read with this key, or it is not a Dossier database.</source>
        <translation>Impossible de lire la base de données {path} avec cette clé, ou ce n&apos;est pas une base de données Dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/evidence.py" line="41"/>
        <source>There is no evidence item {evidence_id}.</source>
        <translation>Il n&apos;y a pas de pièce {evidence_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="122"/>
        <source>The database {db} is missing, but {root} is a Dossier store ({why}). Nothing was changed, and no new store was made in its place. {recovery_hint}</source>
        <translation>La base de données {db} manque, mais {root} est un coffre Dossier ({why}). Rien n&apos;a été modifié, et aucun nouveau coffre n&apos;a été créé à sa place. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="128"/>
        <source>The database {db} is empty (0 bytes), but {root} is a Dossier store ({why}). Nothing was changed, and no new store was made in its place. {recovery_hint}</source>
        <translation>La base de données {db} est vide (0 octet), mais {root} est un coffre Dossier ({why}). Rien n&apos;a été modifié, et aucun nouveau coffre n&apos;a été créé à sa place. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="116"/>
        <source>its record {record} says so</source>
        <translation>son enregistrement {record} l&apos;indique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="228"/>
        <source>The database {db} does not open with the store&apos;s own key: it is damaged or was replaced. Nothing was changed. {recovery_hint}</source>
        <translation>La base de données {db} ne s&apos;ouvre pas avec la clé du coffre : elle est endommagée ou a été remplacée. Rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="118"/>
        <source>its key file {key_file} says so</source>
        <translation>son fichier de clés {key_file} l&apos;indique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="120"/>
        <source>the evidence files in {vault}/ say so</source>
        <translation>les pièces dans {vault}/ l&apos;indiquent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="156"/>
        <source>The recovery copy in the key file unwraps with this key, but what it holds does not open the database {database}: the key file or the database was replaced.</source>
        <translation>La copie de secours du fichier de clés s&apos;ouvre avec cette clé, mais son contenu n&apos;ouvre pas la base de données {database} : le fichier de clés ou la base de données a été remplacé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="179"/>
        <location filename="../../desktop_app/store/store.py" line="122"/>
        <location filename="../../desktop_app/store/store.py" line="135"/>
        <source>no Dossier store at {root}</source>
        <translation>aucun coffre Dossier dans {root}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="182"/>
        <source>The store at {root} is not encrypted: it has no recovery key.</source>
        <translation>Le coffre situé dans {root} n&apos;est pas chiffré : il n&apos;a pas de clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="212"/>
        <source>The database {db} cannot be read: it is damaged, or it is encrypted and its key file {key_file} is missing from {root}. Nothing was changed. {recovery_hint}</source>
        <translation>Impossible de lire la base de données {db} : elle est endommagée, ou elle est chiffrée et son fichier de clés {key_file} manque dans {root}. Rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="220"/>
        <source>The key in the system keyring does not open the store at {root}. Unlock it with its passphrase or its recovery key.</source>
        <translation>La clé du trousseau du système n&apos;ouvre pas le coffre situé dans {root}. Déverrouillez-le avec sa phrase secrète ou sa clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="56"/>
        <source>Cannot create the store folder {root}: {reason}</source>
        <translation>Impossible de créer le répertoire du coffre {root} : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="105"/>
        <source>The database {db} cannot be read ({reason}). Nothing was changed. {recovery_hint}</source>
        <translation>Impossible de lire la base de données {db} ({reason}). Rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="207"/>
        <source>The database {db} cannot be read. Nothing was changed. {recovery_hint}</source>
        <translation>Impossible de lire la base de données {db}. Rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="57"/>
        <source>Restore the store from a backup into a new folder (&apos;dossier restore BACKUP --data-dir NEW_FOLDER&apos;), or follow &apos;If Dossier refuses to open a store&apos; in docs/security.md. Keep a copy of the folder as it is.</source>
        <translation>Restaurez le coffre depuis une sauvegarde dans un nouveau répertoire (&apos;dossier restore BACKUP --data-dir NEW_FOLDER&apos;), ou suivez « If Dossier refuses to open a store » dans docs/security.md. Gardez une copie du répertoire en l&apos;état.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="119"/>
        <source>The store&apos;s record of its database, {path}, is damaged</source>
        <translation>L&apos;enregistrement que le coffre tient de sa base de données, {path}, est endommagé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="132"/>
        <source>{damaged} (not a {format} file). Nothing was changed. {recovery_hint}</source>
        <translation>{damaged} (pas un fichier {format}). Rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="149"/>
        <source>{damaged} (a field is missing or malformed). Nothing was changed. {recovery_hint}</source>
        <translation>{damaged} (un champ manque ou est mal formé). Rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="214"/>
        <source>The store&apos;s record of its database, {path}, cannot be read ({reason}). Nothing was changed.</source>
        <translation>L&apos;enregistrement que le coffre tient de sa base de données, {path}, est illisible ({reason}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="236"/>
        <location filename="../../desktop_app/store/generation.py" line="250"/>
        <source>{target}: cannot be written ({reason}); the record is kept</source>
        <translation>{target} : écriture impossible ({reason}) ; l&apos;enregistrement est conservé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="126"/>
        <source>{damaged} ({reason}). Nothing was changed. {recovery_hint}</source>
        <translation>{damaged} ({reason}). Rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="159"/>
        <source>{path} records an encrypted store, but its key file is missing from {parent}. Nothing was changed. {recovery_hint}</source>
        <translation>{path} décrit un coffre chiffré, mais son fichier de clés manque dans {parent}. Rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="169"/>
        <source>{path} does not match this store&apos;s key: it was altered, or it belongs to another store. Nothing was changed. {recovery_hint}</source>
        <translation>{path} ne correspond pas à la clé de ce coffre : il a été modifié, ou il appartient à un autre coffre. Rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="178"/>
        <source>{path} records a store that is not encrypted, but {parent} holds an encrypted one: the record was replaced. Nothing was changed. {recovery_hint}</source>
        <translation>{path} décrit un coffre non chiffré, mais {parent} contient un coffre chiffré : l&apos;enregistrement a été remplacé. Rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="187"/>
        <source>{damaged} (its checksum fails). Nothing was changed. {recovery_hint}</source>
        <translation>{damaged} (sa somme de contrôle échoue). Rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keeper.py" line="90"/>
        <source>The database {database} is older than this store&apos;s record of it ({record}): {problem}</source>
        <translation>La base de données {database} est plus ancienne que l&apos;enregistrement qu&apos;en tient ce coffre ({record}) : {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keeper.py" line="61"/>
        <source>The store&apos;s record of its database, {record}, is missing: the database {database} cannot be told from an older copy</source>
        <translation>L&apos;enregistrement que le coffre tient de sa base de données, {record}, manque : impossible de distinguer la base de données {database} d&apos;une copie plus ancienne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keeper.py" line="78"/>
        <source>{record} belongs to another store than {key_file}. Nothing was changed. {recovery_hint}</source>
        <translation>{record} appartient à un autre coffre que {key_file}. Rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keeper.py" line="98"/>
        <location filename="../../desktop_app/store/keeper.py" line="71"/>
        <source>{message}. Nothing was changed. {recovery_hint}</source>
        <translation>{message}. Rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="121"/>
        <source>This store has no recovery key; use its passphrase.</source>
        <translation>Ce coffre n&apos;a pas de clé de récupération ; utilisez sa phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="127"/>
        <source>This store has no passphrase: it opens with the system keyring or its recovery key.</source>
        <translation>Ce coffre n&apos;a pas de phrase secrète : il s&apos;ouvre avec le trousseau du système ou sa clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="151"/>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="163"/>
        <source>&apos;keys&apos; is not a list</source>
        <translation>&apos;keys&apos; n&apos;est pas une liste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="169"/>
        <source>it holds no recovery copy of the key</source>
        <translation>il ne contient pas de copie de secours de la clé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="172"/>
        <source>&apos;state&apos; is not true or false</source>
        <translation>&apos;state&apos; ne vaut ni true ni false</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="154"/>
        <source>unknown format {format}</source>
        <translation>format inconnu {format}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="159"/>
        <source>the store id {store} is not a UUID</source>
        <translation>l&apos;identifiant de coffre {store} n&apos;est pas un UUID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="167"/>
        <source>two {method} copies</source>
        <translation>deux copies {method}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="177"/>
        <location filename="../../desktop_app/store/keys.py" line="184"/>
        <source>The store&apos;s key file {name} is damaged ({reason}); nothing was changed. {recovery_hint}</source>
        <translation>Le fichier de clés du coffre {name} est endommagé ({reason}) ; rien n&apos;a été modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="196"/>
        <source>The store&apos;s key file {path} cannot be read ({reason}).</source>
        <translation>Impossible de lire le fichier de clés du coffre {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/lock.py" line="46"/>
        <source>The store&apos;s lock file {path} cannot be opened ({reason}). Nothing was changed.</source>
        <translation>Impossible d&apos;ouvrir le fichier de verrou du coffre {path} ({reason}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/lock.py" line="67"/>
        <source>The store at {parent} is already open in another Dossier ({holder}). Close that one first, or choose another folder with --data-dir.</source>
        <translation>Le coffre situé dans {parent} est déjà ouvert dans un autre Dossier ({holder}). Fermez-le d&apos;abord, ou choisissez un autre répertoire avec --data-dir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/lock.py" line="87"/>
        <source>The store&apos;s lock file {path} cannot be written ({reason}). Nothing was changed.</source>
        <translation>Impossible d&apos;écrire le fichier de verrou du coffre {path} ({reason}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/records.py" line="21"/>
        <source>There is no charge {id}.</source>
        <translation>Il n&apos;y a pas de débit {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/records.py" line="22"/>
        <source>There is no contact {id}.</source>
        <translation>Il n&apos;y a pas d&apos;échange {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/records.py" line="23"/>
        <source>There is no task {id}.</source>
        <translation>Il n&apos;y a pas de tâche {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/records.py" line="26"/>
        <source>There is no {what} {id}.</source>
        <translation>Il n&apos;y a pas de {what} {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="246"/>
        <location filename="../../desktop_app/store/store.py" line="406"/>
        <source>This store is not encrypted, or it is locked.</source>
        <translation>Ce coffre n&apos;est pas chiffré, ou il est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="268"/>
        <source>The store at {root} is already encrypted.</source>
        <translation>Le coffre situé dans {root} est déjà chiffré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="270"/>
        <source>The store at {root} is already in plaintext.</source>
        <translation>Le coffre situé dans {root} est déjà en clair.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="377"/>
        <source>A passphrase cannot be empty.</source>
        <translation>Une phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="120"/>
        <source>{root} is a file, not a store folder.</source>
        <translation>{root} est un fichier, pas un répertoire de coffre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="160"/>
        <source>The database {database} is damaged ({problems}). Nothing was changed: restore it from a backup, or keep a copy of the folder and run &apos;dossier verify&apos;.</source>
        <translation>La base de données {database} est endommagée ({problems}). Rien n&apos;a été modifié : restaurez-la depuis une sauvegarde, ou gardez une copie du répertoire et lancez &apos;dossier verify&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="198"/>
        <source>The store&apos;s record {record} cannot be written: nothing was accepted.</source>
        <translation>Impossible d&apos;écrire l&apos;enregistrement du coffre {record} : rien n&apos;a été accepté.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="339"/>
        <source>The database fails its check ({problems}): no backup was written. Run &apos;dossier verify&apos;.</source>
        <translation>La base de données échoue à la vérification ({problems}) : aucune sauvegarde n&apos;a été écrite. Lancez &apos;dossier verify&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/store/store.py" line="349"/>
        <source>%n vault file(s) are missing or damaged ({first}…): no backup was written. Run &apos;dossier verify&apos;.</source>
        <translation>
            <numerusform>%n fichier du coffre manque ou est endommagé ({first}…) : aucune sauvegarde n&apos;a été écrite. Lancez &apos;dossier verify&apos;.</numerusform>
            <numerusform>%n fichiers du coffre manquent ou sont endommagés ({first}…) : aucune sauvegarde n&apos;a été écrite. Lancez &apos;dossier verify&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="496"/>
        <source>The store at {root} was opened to be checked only ({problem}): nothing can be changed in it. {recovery_hint}</source>
        <translation>Le coffre situé dans {root} a été ouvert pour vérification seulement ({problem}) : rien ne peut y être modifié. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="509"/>
        <source>The database {database} could not be written ({reason}); nothing was saved.</source>
        <translation>Impossible d&apos;écrire la base de données {database} ({reason}) ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="352"/>
        <source>its bytes no longer match its SHA-256</source>
        <translation>son contenu ne correspond plus à son empreinte SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="78"/>
        <location filename="../../desktop_app/store/vault.py" line="188"/>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name} : illisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="125"/>
        <location filename="../../desktop_app/store/vault.py" line="144"/>
        <source>{source}: is a folder, not a file</source>
        <translation>{source} : c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="129"/>
        <source>{source}: no such file</source>
        <translation>{source} : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="133"/>
        <source>{source}: cannot be read (permission denied)</source>
        <translation>{source} : illisible (accès refusé)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="138"/>
        <source>{source}: cannot be read ({reason})</source>
        <translation>{source} : illisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="148"/>
        <source>{source}: is not a regular file (a FIFO, a device or a socket)</source>
        <translation>{source} : n&apos;est pas un fichier ordinaire (un FIFO, un périphérique ou un socket)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="234"/>
        <source>{name}: changed while it was being read; nothing was saved</source>
        <translation>{name} : modifié pendant sa lecture ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="278"/>
        <location filename="../../desktop_app/store/vault.py" line="289"/>
        <source>The vault file {sha256} is missing; run &apos;dossier verify&apos;.</source>
        <translation>Le fichier du coffre {sha256} manque ; lancez &apos;dossier verify&apos;.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="27"/>
        <source>charged {charged}, agreed {agreed}, disputed {disputed}</source>
        <translation>débité {charged}, convenu {agreed}, contesté {disputed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="28"/>
        <source>charged {charged}, disputed {disputed}</source>
        <translation>débité {charged}, contesté {disputed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="32"/>
        <source>won</source>
        <translation>gagnée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="33"/>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="34"/>
        <source>partly won</source>
        <translation>partiellement gagnée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="38"/>
        <source>Transaction processed</source>
        <translation>Opération traitée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="39"/>
        <source>Statement showing the charge</source>
        <translation>Relevé où figure le débit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="40"/>
        <source>Delivery expected</source>
        <translation>Livraison prévue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="41"/>
        <source>Cancelled</source>
        <translation>Résiliation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="42"/>
        <source>Goods returned</source>
        <translation>Bien renvoyé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="43"/>
        <source>Refund promised by</source>
        <translation>Remboursement promis pour le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="44"/>
        <source>Account debited</source>
        <translation>Compte débité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="45"/>
        <source>Final response received</source>
        <translation>Réponse définitive reçue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="46"/>
        <source>Complaint sent to the bank</source>
        <translation>Réclamation envoyée à la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="47"/>
        <source>Mandate revoked or contract ended</source>
        <translation>Mandat révoqué ou contrat résilié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="48"/>
        <source>Written complaint reached the merchant</source>
        <translation>Réclamation écrite reçue par le commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="158"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="195"/>
        <source>the bank</source>
        <translation>la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="218"/>
        <source>Outcome of the dispute with {bank}: {outcome}</source>
        <translation>Issue de la contestation auprès de {bank} : {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="212"/>
        <source>Provisional credit of {amount} from {bank}</source>
        <translation>Crédit provisoire de {amount} par {bank}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="214"/>
        <source>Provisional credit from {bank}</source>
        <translation>Crédit provisoire par {bank}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="222"/>
        <source>Provisional credit re-debited of {amount}</source>
        <translation>Crédit provisoire de {amount} redébité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="224"/>
        <source>Provisional credit re-debited</source>
        <translation>Crédit provisoire redébité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="84"/>
        <source>{kind} of {amount}</source>
        <translation>{kind} de {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="160"/>
        <source>{channel} from the merchant</source>
        <translation>{channel} du commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="162"/>
        <source>{channel} to the merchant</source>
        <translation>{channel} au commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="166"/>
        <source>{contact} with {person}</source>
        <translation>{contact} avec {person}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="171"/>
        <location filename="../../desktop_app/domain/timeline.py" line="88"/>
        <source>{entry}: {description}</source>
        <translation>{entry} : {description}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="180"/>
        <source>Answer: {answer} ({level})</source>
        <translation>Réponse : {answer} ({level})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="184"/>
        <source>Answer: {answer}</source>
        <translation>Réponse : {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="186"/>
        <source>Answered by: {level}</source>
        <translation>Réponse de : {level}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="147"/>
        <source>{title} (done)</source>
        <translation>{title} (fait)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="204"/>
        <source>Dispute filed with {bank} (claim {claim})</source>
        <translation>Contestation déposée auprès de {bank} (n° {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="208"/>
        <source>Dispute filed with {bank}</source>
        <translation>Contestation déposée auprès de {bank}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="95"/>
        <source>{entry} (disputed: {figures})</source>
        <translation>{entry} (contesté : {figures})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="97"/>
        <source>{entry} (disputed)</source>
        <translation>{entry} (contesté)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="136"/>
        <source>Evidence added: {title} ({file})</source>
        <translation>Pièce ajoutée : {title} ({file})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="106"/>
        <source>Delivery expected: {what}</source>
        <translation>Livraison prévue : {what}</translation>
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
        <translation>un débit n&apos;est jamais négatif (lu : {amount}) : enregistrez un remboursement ou un crédit avec son propre type, et un montant positif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/models.py" line="202"/>
        <source>an authorisation hold is never negative ({amount} was read): record a refund or a credit as its own kind, with a positive amount</source>
        <translation>une pré-autorisation n&apos;est jamais négative (lu : {amount}) : enregistrez un remboursement ou un crédit avec son propre type, et un montant positif</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/redact.py" line="343"/>
        <source>{text} has %n digit(s), neither the last 4 digits nor a whole card number (13 to 19 digits): type only the last 4 digits, such as {example}</source>
        <translation>
            <numerusform>{text} a %n chiffre, ni les 4 derniers chiffres ni un numéro de carte complet (13 à 19 chiffres) : saisissez seulement les 4 derniers chiffres, comme {example}</numerusform>
            <numerusform>{text} a %n chiffres, ni les 4 derniers chiffres ni un numéro de carte complet (13 à 19 chiffres) : saisissez seulement les 4 derniers chiffres, comme {example}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/redact.py" line="307"/>
        <source>{text} is empty: type the card&apos;s last 4 digits, such as {example}</source>
        <translation>{text} est vide : saisissez les 4 derniers chiffres de la carte, comme {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/redact.py" line="314"/>
        <source>{text} is not the last 4 digits of a card: it holds “{characters}”, and only the digits 0 to 9 count; type only the last 4 digits, such as {example}</source>
        <translation>{text} n&apos;est pas les 4 derniers chiffres d&apos;une carte : il contient « {characters} », et seuls les chiffres de 0 à 9 comptent ; saisissez seulement les 4 derniers chiffres, comme {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/redact.py" line="323"/>
        <source>{text} is not the last 4 digits of a card: it starts or ends with a dash; type only the last 4 digits, such as {example}</source>
        <translation>{text} n&apos;est pas les 4 derniers chiffres d&apos;une carte : il commence ou se termine par un tiret ; saisissez seulement les 4 derniers chiffres, comme {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/redact.py" line="336"/>
        <source>{text} is not a valid card number (its check digit does not match): type only the last 4 digits, such as {example}</source>
        <translation>{text} n&apos;est pas un numéro de carte valable (sa clé de contrôle ne correspond pas) : saisissez seulement les 4 derniers chiffres, comme {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="90"/>
        <source>a way of sending a letter (delivery)</source>
        <translation>un mode d&apos;envoi de courrier (delivery)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="156"/>
        <source>issuer&apos;s filed on</source>
        <translation>date de dépôt de la contestation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="157"/>
        <source>issuer&apos;s provisional credit on</source>
        <translation>date du crédit provisoire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="158"/>
        <source>issuer&apos;s outcome on</source>
        <translation>date de la décision de la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="159"/>
        <source>issuer&apos;s redebit on</source>
        <translation>date de reprise du crédit provisoire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="234"/>
        <source>the re-debit is dated {taken}, before the provisional credit it takes back ({credited}); check both dates</source>
        <translation>la reprise est datée du {taken}, avant le crédit provisoire qu&apos;elle annule ({credited}) ; vérifiez les deux dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="242"/>
        <source>the re-debit ({back}) is more than the provisional credit ({given})</source>
        <translation>la reprise ({back}) dépasse le crédit provisoire ({given})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="277"/>
        <source>a kind of customer (customer.kind)</source>
        <translation>un type de client (customer.kind)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="279"/>
        <source>a stage</source>
        <translation>une étape</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="292"/>
        <source>charge&apos;s expected delivery</source>
        <translation>date de livraison prévue du débit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="301"/>
        <source>contact&apos;s date</source>
        <translation>date de l&apos;échange</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="302"/>
        <source>promise&apos;s date</source>
        <translation>date de la promesse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="304"/>
        <source>a level (who answered)</source>
        <translation>un niveau (qui a répondu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="306"/>
        <source>an answer</source>
        <translation>une réponse</translation>
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
        <translation>largeur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="390"/>
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="187"/>
        <source>the provisional credit</source>
        <translation>le crédit provisoire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="188"/>
        <source>the outcome</source>
        <translation>la décision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="189"/>
        <source>the re-debit</source>
        <translation>la reprise du crédit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="193"/>
        <source>{what} is dated {day}, before the dispute was filed ({filed}): the bank acts after a dispute is filed; check both dates</source>
        <comment>what: the provisional credit, the outcome or the re-debit</comment>
        <translation>{what} porte la date du {day}, antérieure au dépôt de la contestation ({filed}) : la banque n&apos;agit qu&apos;après le dépôt d&apos;une contestation ; vérifiez les deux dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="257"/>
        <source>Only the last 4 digits of the card are kept, never more and never other characters</source>
        <translation>Seuls les 4 derniers chiffres de la carte sont conservés, jamais plus et jamais d&apos;autres caractères</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="294"/>
        <source>charge&apos;s date</source>
        <translation>date du débit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="300"/>
        <source>A contact&apos;s time needs its time zone</source>
        <translation>L&apos;heure d&apos;un échange doit avoir son fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="309"/>
        <source>Say what was promised, not only by when.</source>
        <translation>Indiquez ce qui a été promis, pas seulement pour quand.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="325"/>
        <source>Say what is to be done, such as “Call the bank back”.</source>
        <translation>Indiquez ce qu&apos;il faut faire, comme « Rappeler la banque ».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="327"/>
        <source>due date</source>
        <translation>date d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="379"/>
        <source>page {page}, x {x}, y {y}, width {width}, height {height}</source>
        <translation>page {page}, x {x}, y {y}, largeur {width}, hauteur {height}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="409"/>
        <source>A note&apos;s translation needs the note it translates: write the note first</source>
        <translation>La traduction d&apos;une note a besoin de la note qu&apos;elle traduit : rédigez d&apos;abord la note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="417"/>
        <source>Evidence needs a title.</source>
        <translation>Une pièce a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="77"/>
        <source>“{language}” is not a language of the pack and the letters (language): it is one of {languages}, or nothing for the country&apos;s</source>
        <translation>« {language} » n&apos;est pas une langue du dossier de preuves et des courriers (language) : c&apos;est l&apos;une de {languages}, ou rien pour celle du pays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="137"/>
        <source>“{value}” is not {what}: it is one of {values}</source>
        <comment>what: such as “an answer”</comment>
        <translation>« {value} » n&apos;est pas {what} : les valeurs possibles sont {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="165"/>
        <source>an outcome</source>
        <translation>une issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="205"/>
        <source>an outcome is given but not the day the dispute was filed: give that date too</source>
        <translation>une issue est indiquée, mais pas le jour du dépôt de la contestation : indiquez aussi cette date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="215"/>
        <source>the outcome&apos;s date is given but not the outcome: won, lost or partly</source>
        <translation>la date de la décision est indiquée, mais pas l&apos;issue : won, lost ou partly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="225"/>
        <source>a re-debit takes back a provisional credit, and none is given: give the provisional credit (its amount or date) first</source>
        <translation>une reprise annule un crédit provisoire, et aucun n&apos;est indiqué : indiquez d&apos;abord le crédit provisoire (son montant ou sa date)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="363"/>
        <source>Redaction box {n} ({read}): its width and height cannot be 0</source>
        <translation>Cadre de masquage {n} ({read}) : sa largeur et sa hauteur ne peuvent pas être nulles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="50"/>
        <source>“{text}” is not a country: give its two-letter code, such as FR, PL or US</source>
        <translation>« {text} » n&apos;est pas un pays : indiquez son code à deux lettres, comme FR, PL ou US</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="63"/>
        <source>“{text}” is not a language Dossier writes the pack and the letters in: give one of {languages} (or nothing, for the country&apos;s)</source>
        <translation>« {text} » n&apos;est pas une langue dans laquelle Dossier rédige le dossier de preuves et les courriers : indiquez l&apos;une de {languages} (ou rien, pour celle du pays)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="95"/>
        <source>How it was sent (delivery: {delivery}) is said of a letter, and this contact&apos;s channel is {channel}: leave the delivery out, or make the channel letter</source>
        <translation>Le mode d&apos;envoi (delivery : {delivery}) concerne un courrier, et le canal de cet échange est {channel} : retirez le mode d&apos;envoi, ou choisissez le canal letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="121"/>
        <source>“{currency}” is not written as a currency code: use {code}</source>
        <translation>« {currency} » n&apos;est pas écrit comme un code de devise : utilisez {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="251"/>
        <source>“{country}” is not a country code; use two capital letters, such as FR or PL</source>
        <translation>« {country} » n&apos;est pas un code de pays ; utilisez deux lettres majuscules, comme FR ou PL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="264"/>
        <source>The amount disputed is never negative ({amount} was given)</source>
        <translation>Le montant contesté n&apos;est jamais négatif (indiqué : {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="270"/>
        <source>The amount refunded is never negative ({amount} was given)</source>
        <translation>Le montant remboursé n&apos;est jamais négatif (indiqué : {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="312"/>
        <source>The promise&apos;s date {promised} comes before the contact itself ({contact}): a promise is made for later</source>
        <translation>La date de la promesse, {promised}, précède l&apos;échange lui-même ({contact}) : une promesse porte sur l&apos;avenir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="365"/>
        <source>Redaction box {n} ({read}): its width cannot be 0</source>
        <translation>Cadre de masquage {n} ({read}) : sa largeur ne peut pas être nulle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="367"/>
        <source>Redaction box {n} ({read}): its height cannot be 0</source>
        <translation>Cadre de masquage {n} ({read}) : sa hauteur ne peut pas être nulle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="403"/>
        <source>The note&apos;s translation is one line; {text} holds a line break</source>
        <translation>La traduction de la note tient sur une ligne ; {text} contient un saut de ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="171"/>
        <source>the provisional credit is never negative ({amount} was read)</source>
        <translation>le crédit provisoire n&apos;est jamais négatif (lu : {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="180"/>
        <source>the re-debit is never negative ({amount} was read)</source>
        <translation>la reprise n&apos;est jamais négative (lu : {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="341"/>
        <source>Redaction box {n} ({read}): its page counts from 1</source>
        <translation>Cadre de masquage {n} ({read}) : sa page se compte à partir de 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="354"/>
        <source>Redaction box {n} ({read}): {fields} must be a fraction of the page, from 0 to 1</source>
        <translation>Cadre de masquage {n} ({read}) : {fields} doit être une fraction de la page, de 0 à 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="371"/>
        <source>Redaction box {n} ({read}): it goes past the page&apos;s edge</source>
        <translation>Cadre de masquage {n} ({read}) : il dépasse le bord de la page</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="384"/>
        <source>transaction date</source>
        <translation>date de l&apos;opération</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="385"/>
        <source>statement date</source>
        <translation>date du relevé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="386"/>
        <source>expected delivery date</source>
        <translation>date de livraison prévue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="387"/>
        <source>cancellation date</source>
        <translation>date de résiliation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="388"/>
        <source>returned date</source>
        <translation>date de retour</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="389"/>
        <source>credit promised date</source>
        <translation>date du remboursement promis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="390"/>
        <source>debit date</source>
        <translation>date de débit du compte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="391"/>
        <source>final response date</source>
        <translation>date de la réponse définitive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="392"/>
        <source>bank complaint date</source>
        <translation>date de la réclamation à la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="393"/>
        <source>mandate revoked date</source>
        <translation>date de révocation du mandat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="394"/>
        <source>merchant complaint date</source>
        <translation>date de la réclamation au commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="211"/>
        <source>Goods or service not received</source>
        <translation>Bien ou service non reçu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="212"/>
        <source>Not as described or defective</source>
        <translation>Non conforme à la description ou défectueux</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="213"/>
        <source>Subscription billed after cancellation</source>
        <translation>Abonnement facturé après résiliation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="214"/>
        <source>Cancelled or returned, not refunded</source>
        <translation>Annulé ou retourné, non remboursé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="215"/>
        <source>Promised refund never came</source>
        <translation>Remboursement promis jamais reçu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="216"/>
        <source>Charged twice</source>
        <translation>Débité deux fois</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="217"/>
        <source>Already paid by other means</source>
        <translation>Déjà payé par un autre moyen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="218"/>
        <source>Charged the wrong amount</source>
        <translation>Montant débité erroné</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="219"/>
        <source>Not authorised by me</source>
        <translation>Paiement non autorisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="220"/>
        <source>Other billing problem</source>
        <translation>Autre problème de facturation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="226"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="227"/>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="228"/>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="229"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="230"/>
        <source>Other payment method</source>
        <translation>Autre moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="236"/>
        <source>Credit card</source>
        <translation>Carte de crédit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="237"/>
        <source>Debit card</source>
        <translation>Carte de débit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="238"/>
        <source>Prepaid card</source>
        <translation>Carte prépayée</translation>
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
        <translation>Autre réseau</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="254"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="255"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="256"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="257"/>
        <source>Letter by post</source>
        <translation>Courrier postal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="258"/>
        <source>Web form</source>
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="259"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="260"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="266"/>
        <source>Incoming</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="267"/>
        <source>Outgoing</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="273"/>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="274"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="275"/>
        <source>Bank statement</source>
        <translation>Relevé bancaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="276"/>
        <source>E-mail message</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="277"/>
        <source>Screenshot</source>
        <translation>Capture d&apos;écran</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="278"/>
        <source>Terms or policy</source>
        <translation>Conditions générales ou politique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="279"/>
        <source>Cancellation proof</source>
        <translation>Preuve de résiliation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="280"/>
        <source>Return or shipping proof</source>
        <translation>Preuve de retour ou d&apos;expédition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="281"/>
        <source>Quote or estimate</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="282"/>
        <source>Order confirmation</source>
        <translation>Confirmation de commande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="283"/>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="284"/>
        <source>Contract or agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="285"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="286"/>
        <source>Chat transcript</source>
        <translation>Transcription de chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="287"/>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="293"/>
        <source>Charge</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="294"/>
        <source>Authorisation hold</source>
        <translation>Pré-autorisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="295"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="296"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="302"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="303"/>
        <source>Waiting for the merchant</source>
        <translation>En attente du commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="304"/>
        <source>Disputed with the bank</source>
        <translation>Contesté auprès de la banque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="305"/>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="306"/>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="307"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="313"/>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="314"/>
        <source>Supervisor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="315"/>
        <source>Head office / formal complaint</source>
        <translation>Siège / réclamation formelle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="316"/>
        <source>Bank or card issuer</source>
        <translation>Banque ou émetteur de la carte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="317"/>
        <source>Regulator or ombudsman</source>
        <translation>Autorité ou médiateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="323"/>
        <source>A private person</source>
        <translation>Un particulier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="324"/>
        <source>A company or sole trader</source>
        <translation>Une entreprise ou un entrepreneur individuel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="330"/>
        <source>Dispute won</source>
        <translation>Contestation gagnée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="331"/>
        <source>Dispute lost</source>
        <translation>Contestation perdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="332"/>
        <source>Dispute partly won</source>
        <translation>Contestation partiellement gagnée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="338"/>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="339"/>
        <source>Final response</source>
        <translation>Réponse définitive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="340"/>
        <source>Promised to act</source>
        <translation>Promesse d&apos;agir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="341"/>
        <source>Partly accepted</source>
        <translation>Accord partiel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="342"/>
        <source>Accepted</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="343"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="349"/>
        <source>Registered post, with proof of delivery</source>
        <translation>Lettre recommandée avec accusé de réception</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="350"/>
        <source>Ordinary post</source>
        <translation>Courrier simple</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="351"/>
        <source>Sent by e-mail</source>
        <translation>Envoyé par e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="352"/>
        <source>The bank&apos;s or merchant&apos;s online portal</source>
        <translation>Espace en ligne de la banque ou du commerçant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="353"/>
        <source>By hand</source>
        <translation>Remis en main propre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="359"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="360"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="361"/>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
</context>
</TS>
