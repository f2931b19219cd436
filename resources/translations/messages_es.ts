<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Amounts</name>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="78"/>
        <source>the agreed amount is never negative ({agreed} was read)</source>
        <translation>el importe acordado nunca es negativo (se ha leído {agreed})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="85"/>
        <source>the disputed amount is never negative ({disputed} was read)</source>
        <translation>el importe reclamado nunca es negativo (se ha leído {disputed})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="92"/>
        <source>the disputed amount ({disputed}) is more than the amount charged ({charged})</source>
        <translation>el importe reclamado ({disputed}) es mayor que el importe cobrado ({charged})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="101"/>
        <source>the agreed amount ({agreed}) is more than the amount charged ({charged}): nothing would be disputed; give the disputed amount if there is one</source>
        <translation>el importe acordado ({agreed}) es mayor que el importe cobrado ({charged}): no se reclamaría nada; indica el importe reclamado si lo hay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="155"/>
        <source>the case&apos;s own disputed amount ({own}) differs from the sum of its disputed charges ({total}); the charges&apos; sum is used</source>
        <translation>el importe reclamado propio del expediente ({own}) no coincide con la suma de sus cargos reclamados ({total}); se usa la suma de los cargos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/amounts.py" line="148"/>
        <source>the disputed charges are in {currencies}: no single total can be given</source>
        <translation>los cargos reclamados están en {currencies}: no se puede dar un único total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="62"/>
        <location filename="../../desktop_app/domain/money.py" line="63"/>
        <location filename="../../desktop_app/domain/money.py" line="64"/>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="65"/>
        <location filename="../../desktop_app/domain/money.py" line="66"/>
        <source>an apostrophe</source>
        <translation>un apóstrofo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="67"/>
        <source>a dot</source>
        <translation>un punto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="68"/>
        <source>a comma</source>
        <translation>una coma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="90"/>
        <source>{text} is not an amount; write it as a string such as &quot;19.99&quot;</source>
        <translation>{text} no es un importe; escríbelo como una cadena, por ejemplo &quot;19.99&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="97"/>
        <source>{text} is not an amount; write digits with a dot for decimals, such as &quot;19.99&quot;</source>
        <translation>{text} no es un importe; escribe cifras con un punto para los decimales, por ejemplo &quot;19.99&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="141"/>
        <source>{text} is not an amount; type it as digits, such as 1440,00</source>
        <translation>{text} no es un importe; escríbelo con cifras, por ejemplo 1440,00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="151"/>
        <source>The amount is empty; type it as digits, such as {example}</source>
        <translation>El importe está vacío; escríbelo con cifras, por ejemplo {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="197"/>
        <source>{quoted} is not an amount: “{char}” has no place in an amount</source>
        <translation>{quoted} no es un importe: «{char}» no puede aparecer en un importe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="208"/>
        <source>{quoted} starts with {separator_name}; type the digits before it too, such as 0{separator}50</source>
        <translation>{quoted} empieza por {separator_name}; escribe también las cifras anteriores, por ejemplo 0{separator}50</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="216"/>
        <source>{quoted} ends with {separator_name}; type the digits after it or leave it out</source>
        <translation>{quoted} termina en {separator_name}; escribe las cifras que siguen o quita el separador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="222"/>
        <source>{quoted} has two separators side by side; type one between the groups of digits</source>
        <translation>{quoted} tiene dos separadores seguidos; escribe uno solo entre los grupos de cifras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="262"/>
        <source>{quoted} has more than {max_integer_digits} digits before the decimals; check the amount</source>
        <translation>{quoted} tiene más de {max_integer_digits} cifras antes de los decimales; comprueba el importe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="351"/>
        <source>{quoted} groups its digits with {names}; use one grouping character throughout</source>
        <translation>{quoted} agrupa las cifras con {names}; usa un solo separador de miles en todo el importe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="363"/>
        <source>{quoted} is not grouped by thousands: before the first {separator} come 1 to 3 digits, not starting with 0</source>
        <translation>{quoted} no está agrupado por miles: antes del primer {separator} van de 1 a 3 cifras, sin empezar por 0</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="391"/>
        <source>{text} is not a currency code; use three letters such as EUR or USD</source>
        <translation>{text} no es un código de moneda; usa tres letras, como EUR o USD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="420"/>
        <source>{amount} is not an amount</source>
        <translation>{amount} no es un importe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="104"/>
        <source>{text} is not an amount</source>
        <translation>{text} no es un importe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="160"/>
        <source>{quoted} is negative; a charge is never negative: refunds and credits are kinds of their own, so type the amount without a minus sign and choose its kind</source>
        <translation>{quoted} es negativo; un cargo nunca es negativo: los reembolsos y los abonos tienen su propio tipo, así que escribe el importe sin signo menos y elige su tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="169"/>
        <source>{quoted} has a minus sign but no digits</source>
        <translation>{quoted} tiene un signo menos pero ninguna cifra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="178"/>
        <source>{quoted} is not an amount: type it with the digits 0 to 9</source>
        <translation>{quoted} no es un importe: escríbelo con las cifras del 0 al 9</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="184"/>
        <source>{quoted} is not an amount: it has letters or a currency sign ({char}); type only the digits, the currency ({code}) is kept in its own field</source>
        <translation>{quoted} no es un importe: contiene letras o un símbolo de moneda ({char}); escribe solo las cifras, la moneda ({code}) se guarda en su propio campo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="192"/>
        <source>{quoted} is not an amount: a minus sign can only come first</source>
        <translation>{quoted} no es un importe: el signo menos solo puede ir al principio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="236"/>
        <source>{quoted} has decimals, but {code} amounts have none; type whole {code} only, such as 1 440</source>
        <translation>{quoted} tiene decimales, pero los importes en {code} no los tienen; escribe solo {code} enteros, por ejemplo 1 440</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="244"/>
        <source>{quoted} has {count} decimals after {separator_name}, but {code} has {decimals}; check the amount (such as {example})</source>
        <translation>{quoted} tiene {count} decimales después de {separator_name}, pero {code} tiene {decimals}; comprueba el importe (por ejemplo {example})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="290"/>
        <source>{quoted} has {separator_name} as its decimal separator, so nothing but decimals can follow it</source>
        <translation>{quoted} usa {separator_name} como separador decimal, así que detrás solo pueden ir decimales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="298"/>
        <source>{quoted} has several decimal separators: with both a dot and a comma, the last one ({separator_name}) marks the decimals and can appear only once</source>
        <translation>{quoted} tiene varios separadores decimales: si hay un punto y una coma, el último ({separator_name}) marca los decimales y solo puede aparecer una vez</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="312"/>
        <source>{quoted} has decimals, but {code} amounts have none; type whole {code} only, such as {example}</source>
        <translation>{quoted} tiene decimales, pero los importes en {code} no los tienen; escribe solo {code} enteros, por ejemplo {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="327"/>
        <source>{quoted} has three digits after {separator_name}: {code} has {decimals} decimals, and “{group}” is not how thousands begin; check the amount</source>
        <translation>{quoted} tiene tres cifras después de {separator_name}: {code} tiene {decimals} decimales, y «{group}» no es un comienzo válido de miles; comprueba el importe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="372"/>
        <source>{quoted} is not grouped by thousands: after {name} come exactly three digits, not “{group}”</source>
        <translation>{quoted} no está agrupado por miles: después de {name} van exactamente tres cifras, no «{group}»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/money.py" line="355"/>
        <source> and </source>
        <comment>between the names of separators: a space and a dot</comment>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="121"/>
        <source>Guidance, not legal advice: check the dates with your bank.</source>
        <translation>Orientación, no asesoramiento jurídico: comprueba las fechas con tu banco.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="132"/>
        <source>{title} (case D-{number}: {case})</source>
        <translation>{title} (expediente D-{number}: {case})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="177"/>
        <source>a calendar holds at least one event (RFC 5545 3.6): there is no deadline to write</source>
        <translation>un calendario contiene al menos un evento (RFC 5545 3.6): no hay ningún plazo que escribir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="103"/>
        <source>Rule: {title} ({rule})</source>
        <translation>Norma: {title} ({rule})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="117"/>
        <source>Case D-{number}: {title}</source>
        <translation>Expediente D-{number}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="105"/>
        <source>Counted from: {start}</source>
        <translation>Contado desde: {start}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="107"/>
        <source>Charge: {charge}</source>
        <translation>Cargo: {charge}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="109"/>
        <source>Act by: {day}</source>
        <translation>Fecha límite para actuar: {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="111"/>
        <source>Working day: {note}</source>
        <translation>Día hábil: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="113"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/ics.py" line="115"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../../desktop_app/domain/casefile.py" line="233"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile.py" line="237"/>
        <source>must be {format} (or the older {format_1}), found {found}</source>
        <translation>debe ser {format} (o el anterior {format_1}); se ha encontrado {found}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile.py" line="228"/>
        <source>the case file is empty</source>
        <translation>el archivo de expediente está vacío</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile.py" line="394"/>
        <source>{path} must be relative to the case file</source>
        <translation>{path} debe ser una ruta relativa al archivo de expediente</translation>
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
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="266"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="267"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="226"/>
        <source>page {page}, x {x}, y {y}, width {width}, height {height} were read</source>
        <translation>se ha leído página {page}, x {x}, y {y}, ancho {width}, alto {height}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="324"/>
        <source>must be 64 hexadecimal characters</source>
        <translation>debe tener 64 caracteres hexadecimales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="41"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="153"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="220"/>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="63"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="240"/>
        <source>holds {char} at character {position}: a lone surrogate, half of a UTF-16 pair and not a character; write that text again</source>
        <translation>contiene {char} en el carácter {position}: un sustituto suelto, la mitad de un par UTF-16 y no un carácter; vuelve a escribir ese texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="294"/>
        <source>{text} has no time zone; add its offset, such as 2026-09-15T14:30:00+02:00</source>
        <translation>{text} no tiene zona horaria; añade su desfase, como en 2026-09-15T14:30:00+02:00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="55"/>
        <source>is not a field of this format</source>
        <translation>no es un campo de este formato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="68"/>
        <source>must be text, not {kind}</source>
        <translation>debe ser texto, no {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="101"/>
        <source>must be one of {values}, not {kind}</source>
        <translation>debe ser uno de {values}, no {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="109"/>
        <source>{value} is not one of {values}</source>
        <translation>{value} no es uno de {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="141"/>
        <source>must be the position (0 to {last}) of an entry</source>
        <translation>debe ser la posición (de 0 a {last}) de una entrada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="168"/>
        <source>must be a list of boxes, not {kind}</source>
        <translation>debe ser una lista de recuadros, no {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="288"/>
        <source>{text} is not a date and time; write it as 2026-09-15T14:30:00+02:00</source>
        <translation>{text} no es una fecha con hora; escríbela como 2026-09-15T14:30:00+02:00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="47"/>
        <source>is a field of dossier-case/2, not of {fmt}: write &quot;format&quot;: &quot;dossier-case/2&quot; to give it</source>
        <translation>es un campo de dossier-case/2, no de {fmt}: escribe &quot;format&quot;: &quot;dossier-case/2&quot; para indicarlo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="93"/>
        <source>is required (one of {values})</source>
        <translation>es obligatorio (uno de {values})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="177"/>
        <source>must be an object with page, x, y, width and height, not {kind}</source>
        <translation>debe ser un objeto con page, x, y, width y height, no {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="203"/>
        <source>page {page} is not a whole page number</source>
        <translation>la página {page} no es un número de página entero</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="210"/>
        <source>{why} ({read})</source>
        <translation>{why} ({read})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="191"/>
        <source>{field} is missing</source>
        <translation>falta {field}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/casefile_fields.py" line="192"/>
        <source>{field} must be a number, not {kind}</source>
        <translation>{field} debe ser un número, no {kind}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="154"/>
        <source>-o - cannot be a pack: give the name of the file to write</source>
        <translation>-o - no puede ser un dossier: indica el nombre del archivo que se va a escribir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="156"/>
        <source>-o - cannot be a case file and the folder of its files: give the name of the file to write</source>
        <translation>-o - no puede ser un archivo de expediente con la carpeta de sus archivos: indica el nombre del archivo que se va a escribir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="119"/>
        <source>dossier: interrupted; nothing more was changed</source>
        <translation>dossier: interrumpido; no se ha cambiado nada más</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="111"/>
        <source>the store&apos;s database cannot be read ({reason}); &apos;dossier verify&apos; checks it</source>
        <translation>no se puede leer la base de datos del almacén ({reason}); &apos;dossier verify&apos; la comprueba</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/__init__.py" line="130"/>
        <source>an unexpected {error} stopped &apos;{command}&apos;. Nothing was lost: the store keeps only whole changes. The details are in {log} (Dossier never sends it).</source>
        <translation>un {error} inesperado ha detenido &apos;{command}&apos;. No se ha perdido nada: el almacén solo guarda cambios completos. Los detalles están en {log} (Dossier nunca lo envía).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="20"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="21"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="22"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="23"/>
        <source>show this help message and exit</source>
        <translation>muestra este mensaje de ayuda y sale</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="24"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="25"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="26"/>
        <source>not allowed with argument %s</source>
        <translation>no se permite con el argumento %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="27"/>
        <source>ignored explicit argument %r</source>
        <translation>se ha ignorado el argumento explícito %r</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="28"/>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="29"/>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="30"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="31"/>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="32"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="33"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría corresponder a %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="34"/>
        <source>unexpected option string: %s</source>
        <translation>cadena de opción inesperada: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="35"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="36"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="37"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="38"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/argparse_words.py" line="39"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>analizador desconocido %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="33"/>
        <source>{text} is not a valid id</source>
        <translation>{text} no es un id válido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="46"/>
        <location filename="../../desktop_app/cli/args.py" line="42"/>
        <source>{text} is not a list of ids such as 1,3,4</source>
        <translation>{text} no es una lista de ids como 1,3,4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="30"/>
        <source>{text} is not a number</source>
        <translation>{text} no es un número</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/args.py" line="56"/>
        <source>{text} is not a date written YYYY-MM-DD</source>
        <translation>{text} no es una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/casefiles.py" line="44"/>
        <source>Wrote {case_file} and %n evidence file(s).</source>
        <translation>
            <numerusform>Se ha guardado {case_file} con %n archivo de pruebas.</numerusform>
            <numerusform>Se ha guardado {case_file} con %n archivos de pruebas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/casefiles.py" line="21"/>
        <source>Wrote {output} ({size}), not encrypted.</source>
        <translation>Se ha guardado {output} ({size}), sin cifrar.</translation>
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
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="235"/>
        <source>Guidance, not legal advice: check the dates with your bank. &apos;dossier deadlines --json&apos; gives each rule&apos;s source.</source>
        <translation>Orientación, no asesoramiento jurídico: comprueba las fechas con tu banco. &apos;dossier deadlines --json&apos; indica la fuente de cada norma.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="88"/>
        <source>No cases yet. &apos;dossier demo&apos; adds the sample case.</source>
        <translation>Aún no hay expedientes. &apos;dossier demo&apos; añade el expediente de ejemplo.</translation>
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
        <translation>TÍTULO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="95"/>
        <source>MERCHANT</source>
        <translation>COMERCIO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="96"/>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="97"/>
        <source>NEXT DEADLINE</source>
        <translation>PRÓXIMO PLAZO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="98"/>
        <source>DISPUTED</source>
        <translation>RECLAMADO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="99"/>
        <source>EVIDENCE</source>
        <translation>PRUEBAS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="192"/>
        <source>No deadline: add the case&apos;s charges or dates (transaction, statement...) or a deadline of your own.</source>
        <translation>Ningún plazo: añade los cargos o las fechas del expediente (operación, extracto...) o un plazo propio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/cases.py" line="204"/>
        <location filename="../../desktop_app/cli/show.py" line="296"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="205"/>
        <location filename="../../desktop_app/cli/show.py" line="297"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/cases.py" line="205"/>
        <location filename="../../desktop_app/cli/show.py" line="297"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="210"/>
        <source>CASE</source>
        <translation>EXPEDIENTE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="211"/>
        <source>DUE</source>
        <translation>VENCE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="212"/>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="213"/>
        <source>WHAT</source>
        <translation>QUÉ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="214"/>
        <source>CHARGE</source>
        <translation>CARGO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="215"/>
        <source>RULE</source>
        <translation>NORMA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="123"/>
        <source>{day} (late)</source>
        <translation>{day} (vencido)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="39"/>
        <source>own addresses: {addresses}</source>
        <translation>direcciones propias: {addresses}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="161"/>
        <source>also: {title}.{note} (source: {source})</source>
        <translation>además: {title}.{note} (fuente: {source})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="171"/>
        <source>case {noted}: {note}</source>
        <translation>expediente {noted}: {note}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/cases.py" line="30"/>
        <source>%n open deadline(s) written to {ics}</source>
        <translation>
            <numerusform>%n plazo abierto guardado en {ics}</numerusform>
            <numerusform>%n plazos abiertos guardados en {ics}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="40"/>
        <source>(none set)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="116"/>
        <source>note: case {id}: {note}</source>
        <translation>nota: expediente {id}: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/cases.py" line="225"/>
        <source>note: case {case_id}, {rule_id}, due {due}: {working_day_note}</source>
        <translation>nota: expediente {case_id}, {rule_id}, vence el {due}: {working_day_note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="44"/>
        <source>Problems found: see above.</source>
        <translation>Se han encontrado problemas: véase arriba.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="16"/>
        <source>database: {problem}</source>
        <translation>base de datos: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="18"/>
        <source>missing: {line}</source>
        <translation>falta: {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="20"/>
        <source>altered: {line}</source>
        <translation>alterado: {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="22"/>
        <source>stray: {line} (no evidence refers to it)</source>
        <translation>suelto: {line} (ninguna prueba remite a él)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="25"/>
        <source>unused: {line} (whole, but no record refers to it: left by an interrupted import or deletion; &apos;dossier evidence unused&apos; lists such files, &apos;dossier evidence remove-unused&apos; removes them after asking)</source>
        <translation>sin usar: {line} (completo, pero ningún registro remite a él: resto de una importación o un borrado interrumpidos; &apos;dossier evidence unused&apos; enumera esos archivos y &apos;dossier evidence remove-unused&apos; los elimina tras preguntar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/check.py" line="36"/>
        <source>OK: database sound; {files} match their SHA-256; {cases}, {evidence}.</source>
        <translation>OK: base de datos correcta; SHA-256 correcto en {files}; {cases}, {evidence}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/check.py" line="37"/>
        <source>%n vault file(s)</source>
        <translation>
            <numerusform>%n archivo del depósito</numerusform>
            <numerusform>%n archivos del depósito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/check.py" line="38"/>
        <location filename="../../desktop_app/cli/store.py" line="117"/>
        <location filename="../../desktop_app/cli/store.py" line="158"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n expediente</numerusform>
            <numerusform>%n expedientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/check.py" line="39"/>
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n prueba</numerusform>
            <numerusform>%n pruebas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="175"/>
        <source>Nothing to change in #{id} “{title}”: give --title, --kind, --note or --note-translation.</source>
        <translation>Nada que cambiar en n.º {id} «{title}»: indica --title, --kind, --note o --note-translation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="224"/>
        <source>page {page}: x {x}, y {y}, width {width}, height {height}</source>
        <translation>página {page}: x {x}, y {y}, ancho {width}, alto {height}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="267"/>
        <source>%n vault file(s) no record names:</source>
        <translation>
            <numerusform>%n archivo del depósito sin referencia:</numerusform>
            <numerusform>%n archivos del depósito sin referencia:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="278"/>
        <source>Removed %n vault file(s) no record named.</source>
        <translation>
            <numerusform>Se ha eliminado %n archivo del depósito sin referencia.</numerusform>
            <numerusform>Se han eliminado %n archivos del depósito sin referencia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="59"/>
        <source>Deleted %n item(s) for good.</source>
        <translation>
            <numerusform>Se ha eliminado definitivamente %n elemento.</numerusform>
            <numerusform>Se han eliminado definitivamente %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="138"/>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="140"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="141"/>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="248"/>
        <source>%n vault file(s) no record names; &apos;dossier evidence remove-unused&apos; removes them after listing them again and asking.</source>
        <translation>
            <numerusform>%n archivo del depósito sin referencia; &apos;dossier evidence remove-unused&apos; lo elimina tras volver a enumerarlo y preguntar.</numerusform>
            <numerusform>%n archivos del depósito sin referencia; &apos;dossier evidence remove-unused&apos; los elimina tras volver a enumerarlos y preguntar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="257"/>
        <source>Every vault file is named by a record: none is unused.</source>
        <translation>Todos los archivos del depósito tienen un registro que remite a ellos: no hay ninguno sin usar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="265"/>
        <source>Every vault file is named by a record: nothing to remove.</source>
        <translation>Todos los archivos del depósito tienen un registro que remite a ellos: no hay nada que eliminar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="182"/>
        <source>Edited #{id} “{title}”.</source>
        <translation>Editado n.º {id} «{title}».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="233"/>
        <source>Redaction boxes: none</source>
        <translation>Recuadros de tachado: ninguno</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="272"/>
        <source>removing these files deletes them for good; add --yes to confirm</source>
        <translation>eliminar estos archivos los borra definitivamente; añade --yes para confirmarlo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="274"/>
        <source>Remove these %n file(s) for good? [y/N] </source>
        <translation>
            <numerusform>¿Eliminar definitivamente este archivo? [s/N] </numerusform>
            <numerusform>¿Eliminar definitivamente estos %n archivos? [s/N] </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="275"/>
        <source>Nothing was removed.</source>
        <translation>No se ha eliminado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="38"/>
        <source>Moved #{id} “{title}” to the trash; &apos;dossier evidence restore {id}&apos; brings it back.</source>
        <translation>Se ha movido n.º {id} «{title}» a la papelera; &apos;dossier evidence restore {id}&apos; lo recupera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="46"/>
        <source>Restored #{id} “{title}”.</source>
        <translation>Restaurado n.º {id} «{title}».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="52"/>
        <source>emptying the trash deletes files for good; add --yes to confirm</source>
        <translation>vaciar la papelera borra archivos definitivamente; añade --yes para confirmarlo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="55"/>
        <source>Delete the items in the trash for good? [y/N] </source>
        <translation>¿Eliminar definitivamente los elementos de la papelera? [s/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="56"/>
        <source>Nothing was deleted.</source>
        <translation>No se ha eliminado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="82"/>
        <source>added #{id} {kind} “{title}” sha256 {sha256}{shared}</source>
        <translation>añadido n.º {id} {kind} «{title}» sha256 {sha256}{shared}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="99"/>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="102"/>
        <source>dossier: {added} of %n file(s) added; the others are named above with the reason</source>
        <translation>
            <numerusform>dossier: añadido {added} de %n archivo; el otro se indica arriba con el motivo</numerusform>
            <numerusform>dossier: añadidos {added} de %n archivos; los demás se indican arriba con el motivo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="210"/>
        <source>{item} (in the trash)</source>
        <translation>{item} (en la papelera)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="212"/>
        <source>File: {name} ({type}, {size}), SHA-256 {sha256}</source>
        <translation>Archivo: {name} ({type}, {size}), SHA-256 {sha256}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/evidence.py" line="215"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="218"/>
        <location filename="../../desktop_app/cli/show.py" line="290"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="220"/>
        <source>Note&apos;s translation: {translation}</source>
        <translation>Traducción de la nota: {translation}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="90"/>
        <source>skipped {path}: {reason}</source>
        <translation>omitido {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="95"/>
        <source>refused {path}: {reason}</source>
        <translation>rechazado {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/evidence.py" line="223"/>
        <source>Redaction boxes: {count}</source>
        <translation>Recuadros de tachado: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/gui.py" line="18"/>
        <source>no display to open a window on (DISPLAY is not set). Run it in a desktop session, or use the commands: dossier --help</source>
        <translation>no hay ninguna pantalla en la que abrir una ventana (DISPLAY no está definida). Ejecútalo en una sesión de escritorio o usa las órdenes: dossier --help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="59"/>
        <source>fits</source>
        <translation>corresponde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="59"/>
        <source>does not fit</source>
        <translation>no corresponde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="50"/>
        <source>Wrote {output}: “{subject}”. Read it before you send it: it is not legal advice.</source>
        <translation>Se ha guardado {output}: «{subject}». Léela antes de enviarla: no es asesoramiento jurídico.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="28"/>
        <source>{options} required (or --list, to see the kinds that fit)</source>
        <translation>{options} es obligatorio (o --list, para ver los tipos que corresponden)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/letters.py" line="29"/>
        <source> and </source>
        <comment>between two option names</comment>
        <translation> y </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/mail.py" line="40"/>
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>Se ha importado %n mensaje</numerusform>
            <numerusform>Se han importado %n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/mail.py" line="41"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n adjunto</numerusform>
            <numerusform>%n adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="87"/>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="88"/>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="89"/>
        <source>SUBJECT</source>
        <translation>ASUNTO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="90"/>
        <source>ATTACHMENTS</source>
        <translation>ADJUNTOS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="42"/>
        <source>{imported} with {attachments}; {duplicates} already in the case; {problems} could not be read</source>
        <translation>{imported} con {attachments}; ya en el expediente: {duplicates}; ilegibles: {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="52"/>
        <source>{said}; {count} left out by the filter</source>
        <translation>{said}; descartados por el filtro: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="99"/>
        <source>already imported</source>
        <translation>ya importado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="105"/>
        <source>dossier: cannot read {problem}</source>
        <translation>dossier: no se puede leer {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="57"/>
        <source>skipped {line}</source>
        <translation>omitido {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="59"/>
        <source>note: {line}</source>
        <translation>nota: {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/mail.py" line="61"/>
        <source>dossier: cannot import {line}</source>
        <translation>dossier: no se puede importar {line}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/output.py" line="28"/>
        <source>dossier: error: {message}</source>
        <translation>dossier: error: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/output.py" line="32"/>
        <source>dossier: warning: {message}</source>
        <translation>dossier: aviso: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/output.py" line="63"/>
        <source>y|yes</source>
        <comment>the answers that mean yes, lower case</comment>
        <translation>s|sí|si</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/packs.py" line="58"/>
        <source>Profile: {label} ({limits}); images: {settings}.</source>
        <translation>Perfil: {label} ({limits}); imágenes: {settings}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/packs.py" line="46"/>
        <source>Wrote {path} ({pages}, {size} MB, exhibits {exhibits}); SHA-256 in {name}.sha256</source>
        <translation>Se ha guardado {path} ({pages}, {size} MB, documentos {exhibits}); SHA-256 en {name}.sha256</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/packs.py" line="50"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/packs.py" line="52"/>
        <location filename="../../desktop_app/cli/store.py" line="192"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="69"/>
        <source>the store folder (default: $DOSSIER_HOME, else the platform&apos;s user data folder)</source>
        <translation>la carpeta del almacén (por defecto: $DOSSIER_HOME o, si no, la carpeta de datos de usuario de la plataforma)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="75"/>
        <source>Keep the whole record of a billing dispute and hand it to your bank.</source>
        <translation>Reúne todo el historial de una reclamación de facturación y entrégaselo a tu banco.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="78"/>
        <source>environment: DOSSIER_HOME chooses the store folder; DOSSIER_PASSPHRASE_FILE names a file holding the store&apos;s passphrase, for scripts (on a terminal Dossier asks for it when the system keyring does not give the key). Every command is described in docs/cli.md.</source>
        <translation>entorno: DOSSIER_HOME elige la carpeta del almacén; DOSSIER_PASSPHRASE_FILE indica un archivo con la frase de contraseña del almacén, para scripts (en un terminal, Dossier la pide cuando el llavero del sistema no facilita la clave). Todas las órdenes se describen en docs/cli.md.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="90"/>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra el número de versión del programa y sale</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="94"/>
        <source>open the window (the default)</source>
        <translation>abre la ventana (opción por defecto)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="98"/>
        <source>add the sample case first when the store has no case</source>
        <translation>añade antes el expediente de ejemplo si el almacén no tiene ningún expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="102"/>
        <source>add the sample case and print its id</source>
        <translation>añade el expediente de ejemplo y muestra su id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="105"/>
        <source>list the cases</source>
        <translation>enumera los expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="106"/>
        <location filename="../../desktop_app/cli/parser.py" line="147"/>
        <location filename="../../desktop_app/cli/parser.py" line="285"/>
        <source>print JSON instead of a table</source>
        <translation>muestra JSON en lugar de una tabla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="109"/>
        <source>create a case, import or export a case file</source>
        <translation>crea un expediente, importa o exporta un archivo de expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="113"/>
        <source>create a case from a case file</source>
        <translation>crea un expediente a partir de un archivo de expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="117"/>
        <source>write a case file</source>
        <translation>escribe un archivo de expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="122"/>
        <source>replace FILE.json and its files if they exist</source>
        <translation>reemplaza FILE.json y sus archivos si existen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="125"/>
        <source>one case as the window&apos;s Overview shows it</source>
        <translation>un expediente tal como lo muestra el Resumen de la ventana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="131"/>
        <source>the case&apos;s fields as in a case file, with its checklist, deadlines and escalation</source>
        <translation>los campos del expediente como en un archivo de expediente, con su lista de comprobación, sus plazos y su escalado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="143"/>
        <source>list the deadlines of a case (or of every open case)</source>
        <translation>enumera los plazos de un expediente (o de todos los expedientes abiertos)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="153"/>
        <source>write the open deadlines as an iCalendar file (.ics) instead</source>
        <translation>escribe en su lugar los plazos abiertos en un archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="156"/>
        <source>replace the --ics FILE if it exists</source>
        <translation>reemplaza el FILE de --ics si existe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="160"/>
        <source>write a letter from the case&apos;s data</source>
        <translation>redacta una carta con los datos del expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="166"/>
        <source>which letter (required unless --list); see --list for those that fit</source>
        <translation>qué carta (obligatorio salvo con --list); --list muestra las que corresponden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="173"/>
        <source>list every kind of letter, whether it fits the case, and why</source>
        <translation>enumera todos los tipos de carta, si corresponden al expediente y por qué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="178"/>
        <source>its language (default: the case&apos;s language, as the pack&apos;s)</source>
        <translation>su idioma (por defecto: el del expediente, como el del dossier)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="181"/>
        <source>the letter&apos;s date (default: today)</source>
        <translation>la fecha de la carta (por defecto: hoy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="188"/>
        <source>the PDF to write (unless --list); a name ending in .txt writes plain text, and - prints it</source>
        <translation>el PDF que se escribe (salvo con --list); un nombre terminado en .txt escribe texto sin formato, y - lo muestra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="193"/>
        <location filename="../../desktop_app/cli/parser.py" line="532"/>
        <source>replace OUT if it exists</source>
        <translation>reemplaza OUT si existe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="198"/>
        <source>find cases, contacts, e-mails and documents holding words</source>
        <translation>busca expedientes, contactos, correos y documentos que contengan unas palabras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="201"/>
        <source>words to find (accents and case do not matter)</source>
        <translation>palabras que buscar (sin importar acentos ni mayúsculas)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="203"/>
        <location filename="../../desktop_app/cli/parser.py" line="276"/>
        <location filename="../../desktop_app/cli/parser.py" line="306"/>
        <location filename="../../desktop_app/cli/parser.py" line="356"/>
        <source>print JSON instead of text</source>
        <translation>muestra JSON en lugar de texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="206"/>
        <source>show or set your preferences</source>
        <translation>muestra o establece tus preferencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="211"/>
        <source>your own e-mail addresses, comma-separated: messages from them are logged as sent by you</source>
        <translation>tus propias direcciones de correo, separadas por comas: los mensajes que salen de ellas se registran como enviados por ti</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="223"/>
        <source>check the database and every vault file; exit 1 if anything is wrong</source>
        <translation>comprueba la base de datos y todos los archivos del depósito; sale con 1 si algo falla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="230"/>
        <source>add, list, trash and restore evidence</source>
        <translation>añade, enumera, envía a la papelera y restaura pruebas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="233"/>
        <source>add files to a case</source>
        <translation>añade archivos a un expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="239"/>
        <source>what the files are (default: guessed)</source>
        <translation>qué son los archivos (por defecto: se deduce)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="241"/>
        <source>title (default: the file name)</source>
        <translation>título (por defecto: el nombre del archivo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="244"/>
        <source>what the files prove, in your words (printed on the exhibit&apos;s first page and index)</source>
        <translation>lo que acreditan los archivos, con tus palabras (se imprime en la primera página del documento y en el índice)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="251"/>
        <source>the note in one line in another language, for a bank that reads that one (needs --note)</source>
        <translation>la nota en una línea en otro idioma, para un banco que lee ese idioma (requiere --note)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="255"/>
        <source>where the files came from, such as a URL</source>
        <translation>de dónde proceden los archivos, por ejemplo una URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="259"/>
        <source>change an item&apos;s title, kind, note or the note&apos;s translation</source>
        <translation>cambia el título, el tipo, la nota o la traducción de la nota de un elemento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="262"/>
        <source>its title</source>
        <translation>su título</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="263"/>
        <source>what it is</source>
        <translation>qué es</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="264"/>
        <source>what it proves, in your words (&quot;&quot; clears it)</source>
        <translation>lo que acredita, con tus palabras (&quot;&quot; lo borra)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="268"/>
        <source>the note in one line in another language (&quot;&quot; clears it)</source>
        <translation>la nota en una línea en otro idioma (&quot;&quot; la borra)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="273"/>
        <source>one item: its note, the note&apos;s translation and its redaction boxes</source>
        <translation>un elemento: su nota, la traducción de la nota y sus recuadros de tachado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="278"/>
        <source>list a case&apos;s evidence</source>
        <translation>enumera las pruebas de un expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="282"/>
        <source>list the items in the trash instead</source>
        <translation>enumera en su lugar los elementos de la papelera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="288"/>
        <source>move an item to the trash</source>
        <translation>mueve un elemento a la papelera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="292"/>
        <source>take an item out of the trash</source>
        <translation>saca un elemento de la papelera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="298"/>
        <source>delete trashed items and their files for good</source>
        <translation>elimina definitivamente los elementos de la papelera y sus archivos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="300"/>
        <location filename="../../desktop_app/cli/parser.py" line="313"/>
        <location filename="../../desktop_app/cli/parser.py" line="505"/>
        <location filename="../../desktop_app/cli/parser.py" line="524"/>
        <source>do not ask for confirmation</source>
        <translation>no pide confirmación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="304"/>
        <source>list the vault files no record names (nothing is removed)</source>
        <translation>enumera los archivos del depósito a los que no remite ningún registro (no se elimina nada)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="310"/>
        <source>list the vault files no record names, then remove them once you confirm</source>
        <translation>enumera los archivos del depósito a los que no remite ningún registro y los elimina cuando lo confirmas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="319"/>
        <source>import e-mails (.eml, .msg, mbox) into a case</source>
        <translation>importa correos (.eml, .msg, mbox) en un expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="325"/>
        <source>import each message as a contact, with the message and its attachments as evidence</source>
        <translation>importa cada mensaje como contacto, con el mensaje y sus adjuntos como pruebas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="331"/>
        <source>.eml, .msg or mbox files</source>
        <translation>archivos .eml, .msg o mbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="337"/>
        <source>only messages whose sender&apos;s address or domain has TEXT</source>
        <translation>solo los mensajes cuya dirección o dominio del remitente contiene TEXT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="340"/>
        <source>only messages from that day on</source>
        <translation>solo los mensajes desde ese día</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="343"/>
        <source>only messages up to that day</source>
        <translation>solo los mensajes hasta ese día</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="348"/>
        <source>only messages with every word (accents and case ignored)</source>
        <translation>solo los mensajes con todas las palabras (sin tener en cuenta acentos ni mayúsculas)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="353"/>
        <source>list the messages that would be imported; import nothing</source>
        <translation>enumera los mensajes que se importarían; no importa nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="377"/>
        <source>profiles (the portal&apos;s published limits, and where they are published):
{profiles}</source>
        <translation>perfiles (los límites publicados por cada portal y dónde se publican):
{profiles}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="386"/>
        <source>write the dispute-evidence PDF pack of a case</source>
        <translation>genera el dossier de pruebas en PDF de un expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="396"/>
        <source>the portal&apos;s limits to fit (default: none)</source>
        <translation>los límites del portal a los que ajustarse (por defecto: ninguno)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="401"/>
        <source>the language of the pack&apos;s own words (default: the case&apos;s country&apos;s, else en)</source>
        <translation>el idioma de los textos propios del dossier (por defecto: el del país del expediente o, si no, en)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="406"/>
        <source>at most N megabytes per file</source>
        <translation>como máximo N megabytes por archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="409"/>
        <source>at most N pages per file</source>
        <translation>como máximo N páginas por archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="414"/>
        <source>paper size (default: Letter for US cases, else A4)</source>
        <translation>tamaño del papel (por defecto: Letter para los expedientes de EE. UU. y A4 para los demás)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="420"/>
        <source>these evidence items, in the order given (default: all, in the reason&apos;s checklist order)</source>
        <translation>estas pruebas, en el orden indicado (por defecto: todas, en el orden de la lista de comprobación del motivo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="427"/>
        <source>when the whole case cannot fit the profile, leave out the exhibits that matter least and list them on a page of their own (with --exhibits: keep those, leave out the others)</source>
        <translation>cuando el expediente completo no cabe en el perfil, deja fuera los documentos menos importantes y los enumera en una página aparte (con --exhibits: conserva esos y deja fuera los demás)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="438"/>
        <source>write the pack even if an exhibit still shows a full card number that could not be redacted</source>
        <translation>genera el dossier aunque un documento siga mostrando un número de tarjeta completo que no se ha podido tapar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="446"/>
        <source>images in greyscale, for portals that ask for it (a profile that asks for it turns it on)</source>
        <translation>imágenes en escala de grises, para los portales que lo piden (un perfil que lo pide lo activa)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="454"/>
        <source>when an exhibit cannot be read: put a page saying why (default), or write nothing</source>
        <translation>cuando un documento no se puede leer: incluye una página que explica el motivo (por defecto) o no escribe nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="459"/>
        <source>the same case gives the same bytes</source>
        <translation>el mismo expediente da los mismos bytes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="464"/>
        <source>replace the pack (its parts) and its .sha256 if they exist</source>
        <translation>reemplaza el dossier (sus partes) y su .sha256 si existen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="470"/>
        <source>encryption of the store: status, encrypt, decrypt</source>
        <translation>cifrado del almacén: estado, cifrar, descifrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="476"/>
        <source>say whether the store is encrypted and how it opens</source>
        <translation>indica si el almacén está cifrado y cómo se abre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="479"/>
        <source>encrypt a plaintext store in place</source>
        <translation>cifra en el sitio un almacén sin cifrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="484"/>
        <source>also protect the key with the passphrase in FILE</source>
        <translation>protege además la clave con la frase de contraseña de FILE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="487"/>
        <source>decrypt an encrypted store in place (asks first)</source>
        <translation>descifra en el sitio un almacén cifrado (pregunta antes)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="492"/>
        <source>make a new recovery key; the old stops working</source>
        <translation>crea una nueva clave de recuperación; la antigua deja de funcionar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="497"/>
        <source>accept a database older than the store&apos;s record of it, when no newer one or backup exists (the newer records are lost; keep a copy of the folder first)</source>
        <translation>acepta una base de datos más antigua que la que registra el almacén, cuando no existe otra más reciente ni una copia de seguridad (se pierden los registros más recientes; haz antes una copia de la carpeta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="509"/>
        <source>say whether a recovery key opens the store (asked, or one line on standard input); changes nothing</source>
        <translation>indica si una clave de recuperación abre el almacén (se pregunta, o una línea de la entrada estándar); no cambia nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="518"/>
        <source>set, change or remove the passphrase</source>
        <translation>establece, cambia o quita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="521"/>
        <source>the new passphrase, from FILE</source>
        <translation>la nueva frase de contraseña, desde FILE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="523"/>
        <source>remove the passphrase</source>
        <translation>quita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="529"/>
        <source>write one encrypted file holding the database and every file</source>
        <translation>escribe un único archivo cifrado con la base de datos y todos los archivos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="536"/>
        <source>protect the backup with the passphrase in FILE (needed for a store that is not encrypted)</source>
        <translation>protege la copia de seguridad con la frase de contraseña de FILE (obligatorio si el almacén no está cifrado)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="544"/>
        <source>restore a backup into a new or empty folder (--data-dir)</source>
        <translation>restaura una copia de seguridad en una carpeta nueva o vacía (--data-dir)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="548"/>
        <source>the store&apos;s recovery key, from FILE</source>
        <translation>la clave de recuperación del almacén, desde FILE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="554"/>
        <source>write an UNENCRYPTED zip of a case and its files, for a lawyer</source>
        <translation>escribe un ZIP SIN CIFRAR de un expediente y sus archivos, para un abogado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/parser.py" line="558"/>
        <source>replace OUT.zip if it exists</source>
        <translation>reemplaza OUT.zip si existe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="125"/>
        <location filename="../../desktop_app/cli/records.py" line="203"/>
        <source>a case needs a title, such as “Gym membership charged after cancelling”</source>
        <translation>un expediente necesita un título, como «Cuota del gimnasio cobrada después de darse de baja»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="144"/>
        <location filename="../../desktop_app/cli/records.py" line="207"/>
        <source>a case needs the merchant&apos;s name</source>
        <translation>un expediente necesita el nombre del comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="251"/>
        <location filename="../../desktop_app/cli/records.py" line="294"/>
        <source>expected delivery</source>
        <translation>entrega prevista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="292"/>
        <location filename="../../desktop_app/cli/records.py" line="341"/>
        <source>promised date</source>
        <translation>fecha prometida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="302"/>
        <location filename="../../desktop_app/cli/records.py" line="345"/>
        <source>say what was promised too, with --promised-action</source>
        <translation>indica también qué se prometió, con --promised-action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="229"/>
        <location filename="../../desktop_app/cli/records.py" line="291"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="307"/>
        <location filename="../../desktop_app/cli/records.py" line="156"/>
        <source>{promised} is before the contact itself ({contact}): a promise is kept after it is made; check the date</source>
        <translation>{promised} es anterior al propio contacto ({contact}): un compromiso se cumple después de hacerse; comprueba la fecha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="168"/>
        <location filename="../../desktop_app/cli/records.py" line="239"/>
        <source>{name} date</source>
        <comment>name: the date&apos;s name, as in the options</comment>
        <translation>fecha «{name}»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_edits.py" line="277"/>
        <source>“{at}” has no UTC offset, and the case&apos;s country does not say the time zone: add the offset, such as 2026-10-05T14:30-05:00, or give --zone</source>
        <translation>«{at}» no tiene desfase respecto a UTC y el país del expediente no indica la zona horaria: añade el desfase, como en 2026-10-05T14:30-05:00, o indica --zone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="41"/>
        <source>the day the transaction was processed</source>
        <translation>el día en que se procesó la operación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="42"/>
        <source>the date of the statement showing the charge</source>
        <translation>la fecha del extracto en el que aparece el cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="43"/>
        <source>the day the goods or service were expected</source>
        <translation>el día en que se esperaban los bienes o el servicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="44"/>
        <source>the day you cancelled</source>
        <translation>el día en que cancelaste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="45"/>
        <source>the day you returned the goods</source>
        <translation>el día en que devolviste los bienes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="46"/>
        <source>the day the merchant promised the refund by</source>
        <translation>el día para el que el comercio prometió el reembolso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="47"/>
        <source>the day the account was debited</source>
        <translation>el día en que se adeudó la cuenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="48"/>
        <source>the day the merchant&apos;s final response came</source>
        <translation>el día en que llegó la respuesta definitiva del comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="49"/>
        <source>the day the complaint was sent to the bank</source>
        <translation>el día en que se envió la reclamación al banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="50"/>
        <source>the day the mandate was revoked or the contract ended</source>
        <translation>el día en que se revocó la orden de domiciliación o se resolvió el contrato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="51"/>
        <source>the day the written complaint reached the merchant</source>
        <translation>el día en que la reclamación escrita llegó al comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="202"/>
        <source>after filing with the bank or card issuer</source>
        <translation>tras reclamar al banco o al emisor de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="63"/>
        <source>create a case from its facts and print its id</source>
        <translation>crea un expediente a partir de sus datos y muestra su id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="69"/>
        <source>change the facts of a case: only the options given; &quot;&quot; (or none for a choice) clears one</source>
        <translation>cambia los datos de un expediente: solo las opciones indicadas; &quot;&quot; (o none en una opción con valores fijos) borra una</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="80"/>
        <source>what the dispute is about</source>
        <translation>de qué trata la reclamación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="83"/>
        <source>the merchant&apos;s name</source>
        <translation>el nombre del comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="89"/>
        <source>why the charge is wrong</source>
        <translation>por qué el cargo es incorrecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="95"/>
        <source>ISO 4217 code, such as EUR or PLN</source>
        <translation>código ISO 4217, como EUR o PLN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="100"/>
        <source>two-letter code of the jurisdiction (FR, PL, GB, US...)</source>
        <translation>código de dos letras de la jurisdicción (ES, FR, PL, GB, US...)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="120"/>
        <source>how it was paid</source>
        <translation>cómo se pagó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="123"/>
        <source>the card&apos;s network</source>
        <translation>la red de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="128"/>
        <source>the card&apos;s last 4 digits; a whole card number keeps only its last 4</source>
        <translation>los 4 últimos dígitos de la tarjeta; de un número completo solo se guardan los 4 últimos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="133"/>
        <source>credit, debit or prepaid</source>
        <translation>crédito, débito o prepago</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="139"/>
        <source>a business (corporate) card or account (default: not)</source>
        <translation>una tarjeta o cuenta de empresa (corporativa) (por defecto: no)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="144"/>
        <source>SEPA direct debit: the mandate&apos;s reference (RUM, UMR)</source>
        <translation>adeudo directo SEPA: la referencia de la orden de domiciliación (RUM, UMR)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="147"/>
        <source>SEPA direct debit: the creditor identifier</source>
        <translation>adeudo directo SEPA: el identificador del acreedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="149"/>
        <source>the cardholder or customer</source>
        <translation>el titular de la tarjeta o el cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="153"/>
        <source>a private person or a company: ombudsmen and consumer rights depend on it</source>
        <translation>un particular o una empresa: los defensores del cliente y los derechos del consumidor dependen de ello</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="159"/>
        <source>where the customer lives: a letter&apos;s place, as in “Lyon, le…”</source>
        <translation>dónde vive el cliente: el lugar de las cartas, como en «Sevilla, a…»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="166"/>
        <source>the customer&apos;s tax number: NIP, NIF, SIREN, VAT...</source>
        <translation>el número fiscal del cliente: NIF, NIP, SIREN, IVA...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="168"/>
        <source>a business card&apos;s holder</source>
        <translation>el titular de una tarjeta de empresa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="170"/>
        <source>the holder&apos;s role in the company</source>
        <translation>el cargo del titular en la empresa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="176"/>
        <source>default: open</source>
        <translation>por defecto: open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="180"/>
        <source>the step of the escalation ladder you say it is at; auto (the default): it follows the facts</source>
        <translation>el escalón del escalado en el que dices que está; auto (por defecto): sigue los hechos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="188"/>
        <source>the amount in dispute, such as &quot;1 440,00&quot;</source>
        <translation>el importe reclamado, como &quot;1 440,00&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="191"/>
        <source>what has been refunded already</source>
        <translation>lo que ya se ha reembolsado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="201"/>
        <source>the story in your own words</source>
        <translation>lo ocurrido, con tus propias palabras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="203"/>
        <source>the bank or card issuer</source>
        <translation>el banco o el emisor de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="206"/>
        <source>the bank&apos;s reference for the dispute</source>
        <translation>la referencia del banco para la reclamación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="209"/>
        <source>the day the dispute was filed</source>
        <translation>el día en que se presentó la reclamación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="214"/>
        <source>a provisional credit, as you read it</source>
        <translation>un abono provisional, tal como lo lees</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="217"/>
        <source>the day it was credited</source>
        <translation>el día en que se abonó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="220"/>
        <source>what the merchant answered the bank</source>
        <translation>lo que el comercio respondió al banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="225"/>
        <source>the bank&apos;s decision</source>
        <translation>la decisión del banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="227"/>
        <source>the day it was decided</source>
        <translation>el día en que se resolvió</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="229"/>
        <source>a provisional credit taken back</source>
        <translation>un abono provisional retirado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="232"/>
        <source>the day it was taken back</source>
        <translation>el día en que se retiró</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="242"/>
        <source>record a charge, an authorisation hold, a refund or a credit</source>
        <translation>registra un cargo, una retención, un reembolso o un abono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="246"/>
        <source>record one line of the statement and print its id</source>
        <translation>registra una línea del extracto y muestra su id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="253"/>
        <source>change a charge: only the options given; &quot;&quot; clears one</source>
        <translation>cambia un cargo: solo las opciones indicadas; &quot;&quot; borra una</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="259"/>
        <source>record a contact with the merchant</source>
        <translation>registra un contacto con el comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="263"/>
        <source>record a call, an e-mail, a chat... and print its id</source>
        <translation>registra una llamada, un correo, un chat... y muestra su id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="270"/>
        <source>change a contact: only the options given; &quot;&quot; clears one</source>
        <translation>cambia un contacto: solo las opciones indicadas; &quot;&quot; borra una</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="278"/>
        <source>the day it was charged</source>
        <translation>el día en que se cargó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="284"/>
        <source>as you read it: 1440, &quot;1 440,00&quot;, 1.440,00, 1,440.00 or 1&apos;440.00; never negative</source>
        <translation>tal como lo lees: 1440, &quot;1 440,00&quot;, 1.440,00, 1,440.00 o 1&apos;440.00; nunca negativo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="289"/>
        <source>ISO 4217 code (default: the case&apos;s)</source>
        <translation>código ISO 4217 (por defecto: el del expediente)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="295"/>
        <source>default: charge</source>
        <translation>por defecto: charge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="305"/>
        <source>how the statement names the merchant</source>
        <translation>cómo aparece el comercio en el extracto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="321"/>
        <source>what was agreed (a quote, an order, a contract)</source>
        <translation>lo acordado (un presupuesto, un pedido, un contrato)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="326"/>
        <source>what is disputed (default: the amount minus the agreed one, else the whole charge)</source>
        <translation>lo reclamado (por defecto: el importe menos el acordado o, si no, todo el cargo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="333"/>
        <source>the card charge&apos;s authorisation code or ARN</source>
        <translation>el código de autorización o el ARN del cargo con tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="338"/>
        <source>when the goods or service of this charge were due</source>
        <translation>cuándo debían llegar los bienes o prestarse el servicio de este cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="347"/>
        <source>when: 2026-10-05T14:30+02:00, or 2026-10-05 14:30 in the case&apos;s country&apos;s time zone</source>
        <translation>cuándo: 2026-10-05T14:30+02:00, o 2026-10-05 14:30 en la zona horaria del país del expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="354"/>
        <source>the time zone of a MOMENT without offset, such as America/New_York (default: the case&apos;s country&apos;s)</source>
        <translation>la zona horaria de un MOMENT sin desfase horario, como Europe/Madrid (por defecto: la del país del expediente)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="367"/>
        <source>incoming: from the merchant; outgoing: from you</source>
        <translation>incoming: del comercio; outgoing: tuyo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="370"/>
        <source>who: a department, an address, a number</source>
        <translation>con quién: un departamento, una dirección, un número</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="372"/>
        <source>the person you dealt with</source>
        <translation>la persona que te atendió</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="373"/>
        <source>a ticket or call reference</source>
        <translation>una referencia de incidencia o de llamada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="375"/>
        <source>what was said, in short</source>
        <translation>lo que se dijo, en pocas palabras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="377"/>
        <source>the whole text of a letter or e-mail</source>
        <translation>el texto completo de una carta o un correo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="381"/>
        <source>what the merchant promised (needs --promised-by)</source>
        <translation>lo que prometió el comercio (requiere --promised-by)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="386"/>
        <source>by when; the promise becomes a task due that day (needs --promised-action)</source>
        <translation>para cuándo; el compromiso se convierte en una tarea que vence ese día (requiere --promised-action)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="391"/>
        <source>who answered: customer_service, supervisor, formal_complaint (head office)...</source>
        <translation>quién respondió: customer_service, supervisor, formal_complaint (sede central)...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="398"/>
        <source>what the merchant answered</source>
        <translation>lo que respondió el comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="403"/>
        <source>a letter&apos;s: how it was sent (registered_post: with proof of delivery)</source>
        <translation>de una carta: cómo se envió (registered_post: con acuse de recibo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="312"/>
        <source>in dispute, or not</source>
        <translation>reclamado o no</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="316"/>
        <source>this charge is in dispute</source>
        <translation>este cargo está reclamado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="106"/>
        <source>the language of the case&apos;s pack and letters: {languages} (none or &quot;&quot;: its country&apos;s again)</source>
        <translation>el idioma del dossier y las cartas del expediente: {languages} (none o &quot;&quot;: de nuevo el de su país)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/record_options.py" line="112"/>
        <source>the language of the case&apos;s pack and letters: {languages} (default: its country&apos;s)</source>
        <translation>el idioma del dossier y las cartas del expediente: {languages} (por defecto: el de su país)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="349"/>
        <source>say by when it was promised too, with --promised-by YYYY-MM-DD</source>
        <translation>indica también para cuándo se prometió, con --promised-by AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="168"/>
        <source>dossier: the promise is task #{task_id}, due {promised_by}; &apos;dossier deadlines {case_id}&apos; lists it</source>
        <translation>dossier: el compromiso es la tarea n.º {task_id}, que vence el {promised_by}; &apos;dossier deadlines {case_id}&apos; la muestra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="334"/>
        <source>“{at}” has its own offset ({own}), but in {zone} it was {other} then; give the offset or the zone, not both that disagree</source>
        <translation>«{at}» tiene su propio desfase ({own}), pero en {zone} era {other} en esa fecha; indica el desfase o la zona, no ambos si no coinciden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="135"/>
        <source>case {id}&apos;s country ({country}) has several time zones</source>
        <translation>el país del expediente {id} ({country}) tiene varias zonas horarias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="139"/>
        <source>case {id} has no country to take a time zone from</source>
        <translation>el expediente {id} no tiene un país del que tomar la zona horaria</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/records.py" line="145"/>
        <source>“{typed}” has no UTC offset, and {where}: add the offset, such as {typed}-05:00, or give the zone, such as --zone America/New_York</source>
        <translation>«{typed}» no tiene desfase respecto a UTC y {where}: añade el desfase, como en {typed}-05:00, o indica la zona, como --zone Europe/Madrid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/search.py" line="37"/>
        <source>Nothing holds “{query}”.</source>
        <translation>Nada contiene «{query}».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/search.py" line="41"/>
        <location filename="../../desktop_app/cli/show.py" line="170"/>
        <source>Case {id}: {title}</source>
        <translation>Expediente {id}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="267"/>
        <source>After filing with the bank</source>
        <translation>Tras reclamar al banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="173"/>
        <source>Amounts</source>
        <translation>Importes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="174"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="177"/>
        <source>The story</source>
        <translation>Lo ocurrido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="180"/>
        <source>Guidance, not legal advice: check the dates and the bodies with your bank.</source>
        <translation>Orientación, no asesoramiento jurídico: comprueba las fechas y los organismos con tu banco.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="209"/>
        <source>business card or account</source>
        <translation>tarjeta o cuenta de empresa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="286"/>
        <source>cannot be given</source>
        <translation>no se puede indicar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="348"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="349"/>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="350"/>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="351"/>
        <source>later</source>
        <translation>más adelante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="155"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="212"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="216"/>
        <source>Customer&apos;s contacts</source>
        <translation>Datos de contacto del cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="219"/>
        <source>Tax number</source>
        <translation>Número fiscal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="220"/>
        <source>Cardholder</source>
        <translation>Titular de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="221"/>
        <source>Merchant</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="222"/>
        <source>Merchant&apos;s contacts</source>
        <translation>Datos de contacto del comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="223"/>
        <source>Merchant&apos;s address</source>
        <translation>Dirección del comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="224"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="225"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="226"/>
        <source>Escalation stage</source>
        <translation>Fase de escalado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="227"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="228"/>
        <source>Language of letters and packs</source>
        <translation>Idioma de las cartas y los dossieres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="229"/>
        <source>Paid with</source>
        <translation>Pagado con</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="230"/>
        <source>Mandate</source>
        <translation>Orden de domiciliación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="232"/>
        <source>Already refunded</source>
        <translation>Ya reembolsado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="260"/>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="261"/>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="262"/>
        <source>Provisional credit</source>
        <translation>Abono provisional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="263"/>
        <source>Merchant&apos;s response</source>
        <translation>Respuesta del comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="264"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="265"/>
        <source>Re-debited</source>
        <translation>Nuevo cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="275"/>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="331"/>
        <source>Have ready:</source>
        <translation>Ten a mano:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="333"/>
        <source>The ladder:</source>
        <translation>Los pasos:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="367"/>
        <source>Everything the bank usually asks for is here.</source>
        <translation>Está todo lo que el banco suele pedir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="193"/>
        <source>{stage} (your choice)</source>
        <translation>{stage} (elegida por ti)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="195"/>
        <source>{stage} (from the facts)</source>
        <translation>{stage} (según los hechos)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="198"/>
        <source>{language} (your choice)</source>
        <translation>{language} (elegido por ti)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="200"/>
        <source>{language} (from the country)</source>
        <translation>{language} (según el país)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="276"/>
        <source>{what}: charged {charged} · agreed {agreed} · disputed {disputed}</source>
        <translation>{what}: cobrado {charged} · acordado {agreed} · reclamado {disputed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="303"/>
        <source>None: add the charges and the case&apos;s dates, or a deadline of your own.</source>
        <translation>Ninguno: añade los cargos y las fechas del expediente, o un plazo propio.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="326"/>
        <source>The issuer&apos;s clocks:</source>
        <translation>Los plazos del emisor:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="337"/>
        <source>open to you</source>
        <translation>a tu alcance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="337"/>
        <source>not open to you</source>
        <translation>no está a tu alcance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="358"/>
        <source>What the bank will expect ({done} of {total})</source>
        <translation>Lo que pedirá el banco ({done} de {total})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="177"/>
        <source>No story yet.</source>
        <translation>Aún no se ha contado lo ocurrido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="202"/>
        <source>reference {reference}</source>
        <translation>referencia {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="205"/>
        <source>creditor {creditor}</source>
        <translation>acreedor {creditor}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="250"/>
        <source>on {day}</source>
        <translation>el {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="256"/>
        <source>number {number}</source>
        <translation>número {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="257"/>
        <source>filed on {day}</source>
        <translation>presentada el {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="288"/>
        <source>Total disputed: {total}</source>
        <translation>Total reclamado: {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="322"/>
        <source>Where it stands: {stage}</source>
        <translation>Situación: {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="323"/>
        <location filename="../../desktop_app/cli/show.py" line="365"/>
        <source>Next: {step}</source>
        <translation>Siguiente paso: {step}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="309"/>
        <source>(charge of {day}, {amount})</source>
        <translation>(cargo del {day}, {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/show.py" line="340"/>
        <source>{body}: {open}. {why}</source>
        <translation>{body}: {open}. {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="146"/>
        <source>its passphrase</source>
        <translation>su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="148"/>
        <source>the store&apos;s recovery key or passphrase</source>
        <translation>la clave de recuperación o la frase de contraseña del almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="305"/>
        <source>The passphrase was set.</source>
        <translation>Se ha establecido la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="93"/>
        <source>The recovery key does NOT open the store at {root}: {problem}</source>
        <translation>La clave de recuperación NO abre el almacén de {root}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="113"/>
        <source>Restored {cases} and {files} into {target}; every file&apos;s SHA-256 and the database were checked.</source>
        <translation>Se han restaurado {cases} y {files} en {target}; se han comprobado la base de datos y el SHA-256 de cada archivo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/cli/store.py" line="118"/>
        <location filename="../../desktop_app/cli/store.py" line="159"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="142"/>
        <source>A passphrase for the backup: </source>
        <translation>Frase de contraseña para la copia de seguridad: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="142"/>
        <source>no backup was written</source>
        <translation>no se ha escrito ninguna copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="180"/>
        <source>             &apos;dossier store encrypt&apos; encrypts it in place</source>
        <translation>                       &apos;dossier store encrypt&apos; lo cifra en el sitio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="196"/>
        <source>recovery key: set when the store was encrypted</source>
        <translation>clave de recuperación: creada al cifrar el almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="288"/>
        <source>The passphrase was removed: the store opens with the system keyring or its recovery key.</source>
        <translation>Se ha quitado la frase de contraseña: el almacén se abre con el llavero del sistema o con su clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="50"/>
        <source>Accepting loses the newer records for good: add --yes to confirm (keep a copy of the folder first, and look for a backup: &apos;dossier restore&apos;).</source>
        <translation>Aceptar pierde definitivamente los registros más recientes: añade --yes para confirmarlo (haz antes una copia de la carpeta y busca una copia de seguridad: &apos;dossier restore&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="57"/>
        <source>Accept this database as it is, losing the newer records? [y/N] </source>
        <translation>¿Aceptar esta base de datos tal como está y perder los registros más recientes? [s/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="59"/>
        <location filename="../../desktop_app/cli/store.py" line="239"/>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="63"/>
        <source>Accepted the database of the store at {data_dir} as it is. Evidence files that no record names any more are kept: &apos;dossier evidence unused&apos; lists them.</source>
        <translation>Se ha aceptado tal como está la base de datos del almacén de {data_dir}. Se conservan los archivos de pruebas a los que ya no remite ningún registro: &apos;dossier evidence unused&apos; los enumera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="81"/>
        <location filename="../../desktop_app/cli/unlocking.py" line="160"/>
        <source>no Dossier store at {root}</source>
        <translation>no hay ningún almacén de Dossier en {root}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="86"/>
        <source>The recovery key opens the store at {root}. Nothing was changed.</source>
        <translation>La clave de recuperación abre el almacén de {root}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="136"/>
        <source>This store is not encrypted: give --passphrase-file FILE to protect its backup.</source>
        <translation>Este almacén no está cifrado: indica --passphrase-file FILE para proteger su copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="151"/>
        <source>Wrote {output} ({size}): {cases}, {files}, checked before it was written. It opens with {how}.</source>
        <translation>Se ha guardado {output} ({size}): {cases}, {files}, todo comprobado antes de escribirlo. Se abre con {how}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="172"/>
        <source>store:       {folder}</source>
        <translation>almacén:               {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="174"/>
        <source>encrypted:   {answer}</source>
        <translation>cifrado:               {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="221"/>
        <source>Encrypted the store at {data_dir}.</source>
        <translation>Se ha cifrado el almacén de {data_dir}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="236"/>
        <source>Decrypting writes every file in plaintext: add --yes to confirm.</source>
        <translation>Descifrar guarda todos los archivos sin cifrar: añade --yes para confirmarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="238"/>
        <source>Decrypt the store, writing every file in plaintext? [y/N] </source>
        <translation>¿Descifrar el almacén y guardar todos los archivos sin cifrar? [s/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="243"/>
        <source>Decrypted the store at {data_dir}: its files are now in plaintext.</source>
        <translation>Se ha descifrado el almacén de {data_dir}: sus archivos están ahora sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="251"/>
        <location filename="../../desktop_app/cli/store.py" line="39"/>
        <source>The database of the store at {data_dir} matches its record: nothing to accept.</source>
        <translation>La base de datos del almacén de {data_dir} coincide con su registro: no hay nada que aceptar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="269"/>
        <source>The recovery key does NOT open the store at {data_dir}: {problem}</source>
        <translation>La clave de recuperación NO abre el almacén de {data_dir}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="278"/>
        <source>New recovery key (the old one no longer works):

    {text}
</source>
        <translation>Nueva clave de recuperación (la antigua ya no funciona):

    {text}
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="300"/>
        <location filename="../../desktop_app/cli/unlocking.py" line="219"/>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="300"/>
        <location filename="../../desktop_app/cli/unlocking.py" line="210"/>
        <source>nothing was changed</source>
        <translation>no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="303"/>
        <source>Give the new passphrase with --passphrase-file FILE.</source>
        <translation>Indica la nueva frase de contraseña con --passphrase-file FILE.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="46"/>
        <source>problem: {problem}</source>
        <translation>problema: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="175"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="175"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="183"/>
        <source>keyring:     {answer}</source>
        <translation>llavero del sistema:   {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="191"/>
        <source>passphrase:  {answer}</source>
        <translation>frase de contraseña:   {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="226"/>
        <source>Its recovery key, shown once; write it down or print it:

    {recovery}
</source>
        <translation>Su clave de recuperación, que solo se muestra una vez; anótala o imprímela:

    {recovery}
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="262"/>
        <source>The recovery key opens the store at {data_dir}. Nothing was changed.</source>
        <translation>La clave de recuperación abre el almacén de {data_dir}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="184"/>
        <source>holds the key</source>
        <translation>guarda la clave</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="186"/>
        <source>does not hold the key</source>
        <translation>no guarda la clave</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="192"/>
        <source>set</source>
        <translation>establecida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/store.py" line="214"/>
        <source>The store&apos;s new recovery key, shown once; write it down:

    {key}
</source>
        <translation>La nueva clave de recuperación del almacén, que solo se muestra una vez; anótala:

    {key}
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="122"/>
        <source>nothing was created</source>
        <translation>no se ha creado nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="193"/>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="198"/>
        <source>No recovery key was given: type it, or give it as one line on standard input.</source>
        <translation>No se ha indicado ninguna clave de recuperación: escríbela o pásala como una línea por la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="209"/>
        <source>Give --passphrase-file FILE.</source>
        <translation>Indica --passphrase-file FILE.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="46"/>
        <source>The same passphrase again: </source>
        <translation>Repite la frase de contraseña: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="48"/>
        <source>The two passphrases differ (or are empty); {refused}.</source>
        <translation>Las dos frases de contraseña no coinciden (o están vacías); {refused}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="77"/>
        <source>{what} names {path}, which is empty.</source>
        <translation>{what} indica {path}, que está vacío.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="119"/>
        <source>Set {variable} to a file holding the passphrase.</source>
        <translation>Define {variable} con un archivo que contenga la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="125"/>
        <source>Passphrase or recovery key for {store}: </source>
        <translation>Frase de contraseña o clave de recuperación de {store}: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="170"/>
        <source>dossier: made a new encrypted store at {root}.
Its recovery key opens it if the system keyring or the passphrase is lost:

    {recovery}

Write it down or print it, and keep it apart from this computer. It is not shown again.</source>
        <translation>dossier: se ha creado un almacén cifrado nuevo en {root}.
Su clave de recuperación lo abre si se pierde el llavero del sistema o la frase de contraseña:

    {recovery}

Anótala o imprímela, y guárdala lejos de este ordenador. No se vuelve a mostrar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="182"/>
        <source>dossier: the key is protected by your passphrase only ({note})</source>
        <translation>dossier: la clave solo está protegida por tu frase de contraseña ({note})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="63"/>
        <source>{what} names {path}, which cannot be read ({reason}).</source>
        <translation>{what} indica {path}, que no se puede leer ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="69"/>
        <source>{what} names {path}, which is not UTF-8 text.</source>
        <translation>{what} indica {path}, que no es texto UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli/unlocking.py" line="108"/>
        <source>{problem} On a terminal Dossier asks for it; a script sets {variable} to a file holding the passphrase.</source>
        <translation>{problem} En un terminal, Dossier la pide; un script define {variable} con un archivo que contiene la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="32"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="33"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="34"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="35"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="36"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="37"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="38"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="39"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="40"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="41"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="42"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="43"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="70"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="223"/>
        <source>No date and time was given; write them as 2026-10-05 14:30</source>
        <translation>No se ha indicado la fecha y la hora; escríbelas como 2026-10-05 14:30</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="195"/>
        <source>“{moment}” happened twice in {zone} (the clocks went back an hour); add the offset, as in {first} or {second}</source>
        <translation>«{moment}» ocurrió dos veces en {zone} (los relojes se retrasaron una hora); añade el desfase horario, como en {first} o {second}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="59"/>
        <source>The {what} {day} is not taken: its year {year} is outside {first}–{last}, which looks like a typing error</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>No se acepta la {what} {day}: su año, {year}, está fuera de {first}–{last}, lo que parece un error al escribirla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="77"/>
        <source>“{text}” is not taken as a {what}: the year {year} is outside {first}–{last}, which looks like a typing error</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>«{text}» no se acepta como {what}: el año {year} está fuera de {first}–{last}, lo que parece un error al escribirla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="86"/>
        <source>“{text}” is not a {what}: there is no month {month} (months go from 1 to 12)</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>«{text}» no es una {what} válida: no existe el mes {month} (los meses van del 1 al 12)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="117"/>
        <source>No {what} was given; write it as YYYY-MM-DD, such as 2026-10-03</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>No se ha indicado ninguna {what}; escríbela como AAAA-MM-DD, por ejemplo 2026-10-03</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="126"/>
        <source>“{text}” is not a {what}; write it as YYYY-MM-DD, such as 2026-10-03</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>«{text}» no es una {what} válida; escríbela como AAAA-MM-DD, por ejemplo 2026-10-03</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="140"/>
        <source>“{text}” is not a time: there is no hour {hour} (hours go from 0 to 23)</source>
        <translation>«{text}» no es una hora: no existe la hora {hour} (las horas van de 0 a 23)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="146"/>
        <source>“{text}” is not a time: there is no minute {minute} (minutes go from 0 to 59)</source>
        <translation>«{text}» no es una hora: no existe el minuto {minute} (los minutos van de 0 a 59)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="152"/>
        <source>“{text}” is not a time: there is no second {second} (seconds go from 0 to 59)</source>
        <translation>«{text}» no es una hora: no existe el segundo {second} (los segundos van de 0 a 59)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="187"/>
        <source>“{moment}” did not happen in {zone}: the clocks skipped that hour (a change of daylight-saving time); check the time</source>
        <translation>«{moment}» no existió en {zone}: los relojes se saltaron esa hora (un cambio de horario de verano); comprueba la hora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="227"/>
        <source>“{text}” is not a date and time; write them as 2026-10-05 14:30 (an offset such as +02:00 may follow)</source>
        <translation>«{text}» no es una fecha con hora; escríbelas como 2026-10-05 14:30 (puede seguir un desfase como +02:00)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="250"/>
        <source>“{text}” has no valid offset: {offset} is not an offset from UTC (they go from -12:00 to +14:00)</source>
        <translation>«{text}» no tiene un desfase válido: {offset} no es un desfase respecto a UTC (van de -12:00 a +14:00)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="97"/>
        <source>“{text}” is not a {what}: {month} {year} has no day {day} (it has {last} days)</source>
        <comment>what: a noun such as “date”, “due date”, “charge&apos;s date”</comment>
        <translation>«{text}» no es una {what} válida: {month} de {year} no tiene día {day} (tiene {last} días)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/dates.py" line="164"/>
        <source>“{name}” is not a time zone; give one such as Europe/Warsaw</source>
        <translation>«{name}» no es una zona horaria; indica una como Europe/Madrid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="20"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="21"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="22"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="23"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="24"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="25"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="26"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="143"/>
        <source>{day} is {why}: act by {weekday} {before}, the working day before (banks and post offices may be closed).</source>
        <translation>El {day} es {why}: actúa a más tardar el {weekday} {before}, el día hábil anterior (los bancos y las oficinas de correos pueden estar cerrados).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="140"/>
        <source>{day} is {why}: the answer may come on the next working day.</source>
        <translation>El {day} es {why}: la respuesta puede llegar el siguiente día hábil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/holidays.py" line="120"/>
        <source>a public holiday in {country} ({holiday})</source>
        <translation>festivo en {country} ({holiday})</translation>
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
        <translation>fecha del cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="183"/>
        <source>charge&apos;s expected delivery</source>
        <translation>fecha de entrega prevista del cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="184"/>
        <source>last payment</source>
        <translation>último pago</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="185"/>
        <source>filing with the bank</source>
        <translation>reclamación ante el banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="463"/>
        <source>“{title}”: {count} from the {start}, {due} ({source})</source>
        <translation>«{title}»: {count} (desde: {start}), {due} ({source})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="104"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="106"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="108"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/deadlines.py" line="110"/>
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n día hábil</numerusform>
            <numerusform>%n días hábiles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="474"/>
        <source>Two rules give different dates for this right ({told}); the earlier is shown.</source>
        <translation>Dos normas dan fechas distintas para este derecho ({told}); se muestra la más temprana.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="409"/>
        <source>Sources disagree ({others}); the earlier date is shown.</source>
        <translation>Las fuentes no coinciden ({others}); se muestra la fecha más temprana.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="434"/>
        <source>The case&apos;s {dates} is not used: each disputed charge counts from its own date.</source>
        <translation>Dato no usado del expediente: {dates}. Cada cargo reclamado cuenta desde su propia fecha.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/deadlines.py" line="421"/>
        <source>At most {count} after the {start}.</source>
        <translation>Como máximo {count} (desde: {start}).</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="312"/>
        <source>Nothing is left to escalate: the issuer decided in your favour. Keep the record: if the merchant challenges the decision, the bank may write to you again</source>
        <translation>No queda nada que escalar: el emisor resolvió a tu favor. Conserva el historial: si el comercio impugna la decisión, el banco puede volver a escribirte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="207"/>
        <source>the stage you chose</source>
        <translation>la fase que elegiste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="233"/>
        <source>the complaint to the bank of {day}</source>
        <translation>la reclamación al banco del {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="237"/>
        <source>the dispute filed with the issuer on {day}</source>
        <translation>la reclamación presentada al emisor el {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="242"/>
        <source>the bank&apos;s final response of {day}</source>
        <translation>la respuesta definitiva del banco del {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="287"/>
        <source>customer service</source>
        <translation>la atención al cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="288"/>
        <source>a supervisor</source>
        <translation>un supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="289"/>
        <source>the head office</source>
        <translation>la sede central</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="290"/>
        <source>the bank</source>
        <translation>el banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="291"/>
        <source>the regulator or ombudsman</source>
        <translation>el regulador o el defensor del cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="317"/>
        <source>the issuer&apos;s decision, as evidence</source>
        <translation>la decisión del emisor, como prueba</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="404"/>
        <location filename="../../desktop_app/domain/escalation.py" line="327"/>
        <source>your bank or card issuer</source>
        <translation>tu banco o el emisor de tu tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="252"/>
        <source>the issuer decided in your favour</source>
        <translation>el emisor resolvió a tu favor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="219"/>
        <source>the refusal of {who} on {day}</source>
        <translation>el rechazo del {day} ({who})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="221"/>
        <source>the final response of {who} on {day}</source>
        <translation>la respuesta definitiva del {day} ({who})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="259"/>
        <source>the issuer decided against you</source>
        <translation>el emisor resolvió en tu contra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="403"/>
        <source>the merchant</source>
        <translation>el comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="215"/>
        <source>a contact with {who} on {day}</source>
        <translation>un contacto con {who} el {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="228"/>
        <source>the written complaint that reached the merchant on {day}</source>
        <translation>la reclamación escrita que llegó al comercio el {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="250"/>
        <source>the issuer decided in your favour on {day}</source>
        <translation>el emisor resolvió a tu favor el {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="269"/>
        <source>the issuer decided for only part of the dispute</source>
        <translation>el emisor resolvió a tu favor solo una parte de la reclamación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="257"/>
        <source>the issuer decided against you on {day}</source>
        <translation>el emisor resolvió en tu contra el {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="279"/>
        <source>the provisional credit was taken back</source>
        <translation>se retiró el abono provisional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="320"/>
        <source>(claim {claim})</source>
        <translation>(n.º {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="265"/>
        <source>the issuer decided for only part of the dispute on {day}</source>
        <translation>el emisor resolvió a tu favor solo una parte de la reclamación el {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/escalation.py" line="275"/>
        <source>the provisional credit was taken back on {day}</source>
        <translation>se retiró el abono provisional el {day}</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="33"/>
        <source>declared no charset and was read as {label}</source>
        <translation>no declaraba ningún juego de caracteres y se ha leído como {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="41"/>
        <source>declared charset &apos;{charset}&apos; but its bytes do not fit it; it was read as {label}</source>
        <translation>declaraba el juego de caracteres &apos;{charset}&apos;, pero sus bytes no corresponden; se ha leído como {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="46"/>
        <source>declared charset &apos;{charset}&apos; and was read as {label}</source>
        <translation>declaraba el juego de caracteres &apos;{charset}&apos; y se ha leído como {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="59"/>
        <source>declared charset &apos;{charset}&apos; but its text is {label}; it was read as {label}</source>
        <translation>declaraba el juego de caracteres &apos;{charset}&apos;, pero su texto está en {label}; se ha leído como {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/charsets.py" line="131"/>
        <source>{where} contains a base64 encoded word that could not be decoded</source>
        <translation>{where}: contiene una palabra codificada en base64 que no se ha podido descodificar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="23"/>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="24"/>
        <source>an e-mail</source>
        <translation>un correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="25"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="67"/>
        <source>{name} is named {suffix} but holds {content}: it is kept as {content}</source>
        <translation>{name} tiene la extensión {suffix}, pero contiene {content}: se guarda como {content}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="77"/>
        <source>a {type} file</source>
        <translation>un archivo {type}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="32"/>
        <source>{name} is empty (0 bytes): there is nothing in it to keep</source>
        <translation>{name} está vacío (0 bytes): no contiene nada que guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="76"/>
        <source>a {format} picture</source>
        <translation>una imagen {format}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="53"/>
        <source>{name} is a picture of no size ({width}x{height})</source>
        <translation>{name} es una imagen sin tamaño ({width}x{height})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/check.py" line="44"/>
        <source>{name} claims to be a picture of more than {millions} million pixels: no camera or screen makes such a picture, and opening it could exhaust this computer&apos;s memory</source>
        <translation>{name} dice ser una imagen de más de {millions} millones de píxeles: ninguna cámara ni pantalla genera una imagen así, y abrirla podría agotar la memoria de este ordenador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="483"/>
        <source>the message ends before its last part is closed; it may be truncated</source>
        <translation>el mensaje termina antes de cerrarse su última parte; puede estar truncado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="486"/>
        <source>{where} is declared multipart but its boundary never appears; it was read as plain text</source>
        <translation>{where}: se declara multipart, pero su separador no aparece nunca; se ha leído como texto sin formato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="490"/>
        <source>{where} is declared multipart but names no boundary; it was read as plain text</source>
        <translation>{where}: se declara multipart, pero no indica ningún separador; se ha leído como texto sin formato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="494"/>
        <source>{where} is declared multipart but has no parts</source>
        <translation>{where}: se declara multipart, pero no tiene partes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="495"/>
        <source>the headers of {where} start with a continuation line</source>
        <translation>las cabeceras de {where} empiezan por una línea de continuación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="498"/>
        <source>the headers of {where} contain a misplaced &apos;From &apos; envelope line</source>
        <translation>las cabeceras de {where} contienen una línea de sobre &apos;From &apos; fuera de lugar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="501"/>
        <source>the headers of {where} contain a line that is not a header; what follows was read as its body</source>
        <translation>las cabeceras de {where} contienen una línea que no es una cabecera; lo que sigue se ha leído como su cuerpo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="505"/>
        <source>{where} is multipart but declares a transfer encoding</source>
        <translation>{where}: es multipart, pero declara una codificación de transferencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="508"/>
        <source>{where} contains bytes that could not be decoded</source>
        <translation>{where}: contiene bytes que no se han podido descodificar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="509"/>
        <source>the base64 data of {where} is badly padded; it may be incomplete</source>
        <translation>los datos base64 de {where} tienen un relleno incorrecto; pueden estar incompletos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="512"/>
        <source>the base64 data of {where} contains characters that are not base64</source>
        <translation>los datos base64 de {where} contienen caracteres que no son base64</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="515"/>
        <source>the base64 data of {where} is cut short and could not be decoded</source>
        <translation>los datos base64 de {where} están cortados y no se han podido descodificar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="522"/>
        <source>{where} is malformed</source>
        <translation>{where}: formato incorrecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="252"/>
        <source>the message</source>
        <translation>el mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="252"/>
        <source>a part</source>
        <translation>una parte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="143"/>
        <source>the message has no From header</source>
        <translation>el mensaje no tiene cabecera From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="216"/>
        <source>the message has no Date header</source>
        <translation>el mensaje no tiene cabecera Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="219"/>
        <source>the Date header is empty</source>
        <translation>la cabecera Date está vacía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="69"/>
        <source>{name} is empty, so it is not an e-mail</source>
        <translation>{name} está vacío, así que no es un correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="80"/>
        <source>{name} is not an e-mail: it does not start with headers such as From, To, Subject or Date</source>
        <translation>{name} no es un correo electrónico: no empieza por cabeceras como From, To, Subject o Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="87"/>
        <source>{name} is not an e-mail: none of its header lines is an e-mail header such as From, To, Subject or Date</source>
        <translation>{name} no es un correo electrónico: ninguna de sus líneas de cabecera es una cabecera de correo como From, To, Subject o Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="185"/>
        <source>the forwarded message&apos;s {field} header</source>
        <translation>la cabecera {field} del mensaje reenviado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="187"/>
        <source>the {field} header</source>
        <translation>la cabecera {field}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="234"/>
        <source>the Date header gives no time zone that can be read; it was read as UTC</source>
        <translation>la cabecera Date no indica una zona horaria legible; se ha leído como UTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="75"/>
        <source>{name} cannot be read: its parts are nested too deeply</source>
        <translation>No se puede leer {name}: sus partes tienen demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="247"/>
        <source>parts nested more than {max_depth} levels deep were left out</source>
        <translation>se han omitido las partes anidadas a más de {max_depth} niveles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="266"/>
        <source>the attachment &apos;{name}&apos;</source>
        <translation>el adjunto &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="361"/>
        <source>a forwarded message could not be written back and was left out</source>
        <translation>no se ha podido reconstruir un mensaje reenviado y se ha omitido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="375"/>
        <source>a forwarded message has damaged encoded data; it was kept encoded</source>
        <translation>un mensaje reenviado tiene datos codificados dañados; se ha guardado codificado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="410"/>
        <source>{where} declared the unknown transfer encoding &apos;{encoding}&apos;; its bytes were kept as they are</source>
        <translation>{where}: declaraba la codificación de transferencia desconocida &apos;{encoding}&apos;; sus bytes se han guardado tal cual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="225"/>
        <source>the Date header &apos;{date_text}&apos; is not a date that can be read</source>
        <translation>la cabecera Date &apos;{date_text}&apos; no es una fecha legible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/email.py" line="258"/>
        <source>{where} of type {content_type} could not be read and was left out</source>
        <translation>{where}, de tipo {content_type}: no se ha podido leer y se ha omitido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="237"/>
        <source>it has no date</source>
        <translation>no tiene fecha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="122"/>
        <source>{name} is not an mbox: it has no line starting with &apos;From &apos;</source>
        <translation>{name} no es un mbox: no tiene ninguna línea que empiece por &apos;From &apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="144"/>
        <source>{origin}: the message is empty or too large to read</source>
        <translation>{origin}: el mensaje está vacío o es demasiado grande para leerlo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="218"/>
        <source>{origin} is an Outlook file but not an e-mail (a contact, task or note)</source>
        <translation>{origin} es un archivo de Outlook, pero no un correo electrónico (un contacto, una tarea o una nota)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="74"/>
        <source>{path}: cannot be read ({value})</source>
        <translation>{path}: no se puede leer ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="82"/>
        <source>{name} is empty: there is no message in it</source>
        <translation>{name} está vacío: no contiene ningún mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="188"/>
        <source>{origin} cannot be read as an Outlook message ({reason})</source>
        <translation>No se puede leer {origin} como mensaje de Outlook ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="250"/>
        <source>its attachment {name} is not a file (an embedded item) and was left out</source>
        <translation>su adjunto {name} no es un archivo (es un elemento incrustado) y se ha omitido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/mail.py" line="210"/>
        <source>its {name} cannot be read ({reason})</source>
        <translation>no se puede leer su {name} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="73"/>
        <source>{name}: {type}, {size}. Open the original to see it.</source>
        <translation>{name}: {type}, {size}. Abre el original para verlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="74"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="109"/>
        <source>(no text on the first page: it may be a scan)</source>
        <translation>(la primera página no tiene texto: puede ser un escaneo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="118"/>
        <source>{name}: %n page(s). First page:</source>
        <translation>
            <numerusform>{name}: %n página. Primera página:</numerusform>
            <numerusform>{name}: %n páginas. Primera página:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="131"/>
        <source>The PDF cannot be read, so its pages cannot be drawn.</source>
        <translation>No se puede leer el PDF, así que no se pueden dibujar sus páginas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="114"/>
        <source>{name}: %n page(s). Text of the first page:</source>
        <translation>
            <numerusform>{name}: %n página. Texto de la primera página:</numerusform>
            <numerusform>{name}: %n páginas. Texto de la primera página:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="89"/>
        <source>Attachments: {names}</source>
        <translation>Adjuntos: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/intake/preview.py" line="134"/>
        <source>There is no page {page}: the PDF has %n page(s), numbered from 1.</source>
        <translation>
            <numerusform>No existe la página {page}: el PDF tiene %n página, numerada desde 1.</numerusform>
            <numerusform>No existe la página {page}: el PDF tiene %n páginas, numeradas desde 1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="141"/>
        <source>Page {page} of {count} cannot be drawn (it may be damaged).</source>
        <translation>No se puede dibujar la página {page} de {count} (puede estar dañada).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="98"/>
        <source>{name} is protected by a password.</source>
        <translation>{name} está protegido con contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/preview.py" line="106"/>
        <source>{name} cannot be read as a PDF ({reason}).</source>
        <translation>No se puede leer {name} como PDF ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/text.py" line="60"/>
        <source>{name} cannot be read as a PDF ({reason})</source>
        <translation>No se puede leer {name} como PDF ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/intake/text.py" line="47"/>
        <source>{name} is protected by a password, so its text cannot be searched</source>
        <translation>{name} está protegido con contraseña, así que no se puede buscar en su texto</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="55"/>
        <source>a card dispute (chargeback) letter</source>
        <translation>una carta de reclamación de tarjeta (contracargo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="56"/>
        <source>a SEPA direct-debit refund request</source>
        <translation>una solicitud de devolución de un adeudo directo SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="57"/>
        <source>an unauthorised direct-debit notice</source>
        <translation>un aviso de adeudo directo no autorizado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="58"/>
        <source>a Fair Credit Billing Act notice</source>
        <translation>un aviso de la Fair Credit Billing Act</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="59"/>
        <source>a Regulation E error notice</source>
        <translation>un aviso de error de la Regulation E</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="60"/>
        <source>a Section 75 claim</source>
        <translation>una reclamación Section 75</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="61"/>
        <source>a Financial Ombudsman referral</source>
        <translation>una reclamación ante el Financial Ombudsman</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="62"/>
        <source>a complaint to the merchant</source>
        <translation>una reclamación al comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="63"/>
        <source>an invoice request</source>
        <translation>una solicitud de factura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="64"/>
        <source>a complaint to the bank</source>
        <translation>una reclamación al banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="69"/>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="70"/>
        <source>direct debit</source>
        <translation>adeudo directo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="71"/>
        <source>bank transfer</source>
        <translation>transferencia bancaria</translation>
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
        <translation>el expediente no indica cómo se pagó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="119"/>
        <source>the case does not say the card&apos;s kind (credit, debit or prepaid)</source>
        <translation>el expediente no indica el tipo de tarjeta (crédito, débito o prepago)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="130"/>
        <source>the customer is a company</source>
        <translation>el cliente es una empresa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="132"/>
        <source>the card or account is a business one</source>
        <translation>la tarjeta o la cuenta es de empresa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="139"/>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="169"/>
        <source>the case has no country</source>
        <translation>el expediente no tiene país</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="160"/>
        <source>is for a card payment</source>
        <translation>es para un pago con tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="161"/>
        <source>the case is paid by card</source>
        <translation>en el expediente se pagó con tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="103"/>
        <source>this case is paid by {means}</source>
        <translation>en este expediente se pagó con {means}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="163"/>
        <source>is for a direct debit in a SEPA country</source>
        <translation>es para un adeudo directo en un país SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="164"/>
        <source>the case is a direct debit in a SEPA country</source>
        <translation>el expediente es de un adeudo directo en un país SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="102"/>
        <source>another means</source>
        <translation>otro medio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="122"/>
        <source>this case&apos;s card is a {card}, not {wanted}</source>
        <translation>la tarjeta de este expediente es una {card}, no {wanted}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="141"/>
        <source>this case&apos;s country is {country}, not {wanted}</source>
        <translation>el país de este expediente es {country}, no {wanted}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="181"/>
        <source>is for a US credit card paid by a consumer</source>
        <translation>es para una tarjeta de crédito de EE. UU. de un consumidor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="182"/>
        <source>the case is a consumer&apos;s US credit card</source>
        <translation>el expediente es de una tarjeta de crédito de EE. UU. de un consumidor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="152"/>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="89"/>
        <location filename="../../desktop_app/domain/letters.py" line="164"/>
        <source>{kind} is not a letter; choose one of {kinds}</source>
        <translation>{kind} no es una carta; elige una de estas: {kinds}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="189"/>
        <source>is for a US consumer&apos;s debit or prepaid card, bank transfer or direct debit</source>
        <translation>es para una tarjeta de débito o prepago, una transferencia o un adeudo directo de un consumidor de EE. UU.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="192"/>
        <source>the case is a US consumer&apos;s electronic fund transfer</source>
        <translation>el expediente es de una transferencia electrónica de fondos de un consumidor de EE. UU.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="223"/>
        <source>{letter} fits: {why}.</source>
        <translation>{letter} corresponde: {why}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="171"/>
        <source>a UK Direct Debit is covered by the Direct Debit Guarantee instead</source>
        <translation>un Direct Debit del Reino Unido está cubierto, en su lugar, por la Direct Debit Guarantee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="185"/>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="210"/>
        <source>a credit card</source>
        <translation>una tarjeta de crédito</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="206"/>
        <source>is for a UK credit card paid by a consumer</source>
        <translation>es para una tarjeta de crédito del Reino Unido de un consumidor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="207"/>
        <source>the case is a consumer&apos;s UK credit card</source>
        <translation>el expediente es de una tarjeta de crédito del Reino Unido de un consumidor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="214"/>
        <source>is for a complaint about a UK bank or card issuer</source>
        <translation>es para una reclamación sobre un banco o emisor de tarjetas del Reino Unido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="215"/>
        <source>the case is in the United Kingdom</source>
        <translation>el expediente es del Reino Unido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="200"/>
        <source>a debit or prepaid card</source>
        <translation>una tarjeta de débito o prepago</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="209"/>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="216"/>
        <source>GB (the United Kingdom)</source>
        <translation>GB (el Reino Unido)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="175"/>
        <source>this case&apos;s country, {country}, is not in SEPA</source>
        <translation>el país de este expediente, {country}, no está en la zona SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letter_kinds.py" line="219"/>
        <source>{letter} fits every case.</source>
        <translation>{letter} corresponde a cualquier expediente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/letters.py" line="172"/>
        <source>a {kind} letter does not fit this case ({why}); the kinds that fit: {kinds}</source>
        <translation>una carta {kind} no corresponde a este expediente ({why}); las que corresponden: {kinds}</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../desktop_app/fileio.py" line="103"/>
        <source>something that is not a regular file</source>
        <translation>algo que no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="208"/>
        <source>{path}: cannot write here (no free name for a temporary file)</source>
        <translation>{path}: no se puede escribir aquí (no hay ningún nombre libre para un archivo temporal)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="98"/>
        <source>a FIFO (named pipe)</source>
        <translation>una FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="102"/>
        <source>a link to something that is not a regular file</source>
        <translation>un enlace a algo que no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="110"/>
        <location filename="../../desktop_app/fileio.py" line="111"/>
        <source>the file</source>
        <comment>what cannot be written</comment>
        <translation>el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="112"/>
        <source>the pack</source>
        <comment>what cannot be written</comment>
        <translation>el dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="113"/>
        <source>the pack&apos;s .sha256 file</source>
        <comment>what cannot be written</comment>
        <translation>el archivo .sha256 del dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="114"/>
        <source>the letter</source>
        <comment>what cannot be written</comment>
        <translation>la carta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="115"/>
        <source>the recovery key</source>
        <comment>what cannot be written</comment>
        <translation>la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="116"/>
        <source>the calendar</source>
        <comment>what cannot be written</comment>
        <translation>el calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="117"/>
        <location filename="../../desktop_app/fileio.py" line="118"/>
        <source>the case file</source>
        <comment>what cannot be written</comment>
        <translation>el archivo de expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="119"/>
        <source>the exported evidence</source>
        <comment>what cannot be written</comment>
        <translation>las pruebas exportadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="120"/>
        <source>the backup</source>
        <comment>what cannot be written</comment>
        <translation>la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="121"/>
        <source>the case bundle</source>
        <comment>what cannot be written</comment>
        <translation>el ZIP del expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="143"/>
        <source>{path}: refused: this place is inside the Dossier store folder {store}, where writing {what} could damage the store; choose a place outside it</source>
        <translation>{path}: rechazado: este lugar está dentro de la carpeta del almacén de Dossier {store}, donde escribir {what} podría dañar el almacén; elige un lugar fuera de ella</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="171"/>
        <source>{path} exists; add --force to replace it</source>
        <translation>{path} ya existe; añade --force para reemplazarlo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="189"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="92"/>
        <source>a link to a folder</source>
        <translation>un enlace a una carpeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="92"/>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="94"/>
        <source>a link to a device</source>
        <translation>un enlace a un dispositivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="94"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="97"/>
        <source>a link to a FIFO (named pipe)</source>
        <translation>un enlace a una FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="100"/>
        <source>a link to a socket</source>
        <translation>un enlace a un socket</translation>
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
        <translation>{path}: no se puede escribir {what} ahí ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="159"/>
        <source>{path}: refused: this is {kind}, not a regular file; give the name of a file to write</source>
        <translation>{path}: rechazado: es {kind}, no un archivo normal; indica el nombre de un archivo que escribir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="164"/>
        <source>{path}: refused: this is {kind}, not a regular file; give the name of a file to write {what} in</source>
        <translation>{path}: rechazado: es {kind}, no un archivo normal; indica el nombre de un archivo en el que escribir {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="251"/>
        <source>{path}: cannot be written ({reason}); nothing was changed</source>
        <translation>{path}: no se puede escribir ({reason}); no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="203"/>
        <source>{path}: cannot write here ({reason})</source>
        <translation>{path}: no se puede escribir aquí ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/fileio.py" line="250"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <location filename="../../desktop_app/pack/assemble.py" line="154"/>
        <source>The pack&apos;s pages do not add up ({found} found, {expected} expected).</source>
        <translation>Las páginas del dossier no cuadran (hay {found} y se esperaban {expected}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/assemble.py" line="240"/>
        <source>{path}: cannot be written ({reason}); nothing was changed</source>
        <translation>{path}: no se puede escribir ({reason}); no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="376"/>
        <source>#{id} (in the trash)</source>
        <translation>#{id} (en la papelera)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="553"/>
        <source>more than %n page(s)</source>
        <translation>
            <numerusform>más de %n página</numerusform>
            <numerusform>más de %n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="451"/>
        <source>the files would be %n page(s) in all</source>
        <translation>
            <numerusform>los archivos sumarían %n página en total</numerusform>
            <numerusform>los archivos sumarían %n páginas en total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="237"/>
        <source>The pack was cancelled; nothing was written.</source>
        <translation>Se ha cancelado la generación del dossier; no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="310"/>
        <source>Putting the pack together</source>
        <translation>Montando el dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="332"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="551"/>
        <source>more than {size} MB</source>
        <translation>más de {size} MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="162"/>
        <source>{file}: {problem}. Nothing was written; choose a shorter name, for example {suggested}.</source>
        <translation>{file}: {problem}. No se ha escrito nada; elige un nombre más corto, por ejemplo {suggested}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="366"/>
        <source>Evidence {ids} is given more than once in the exhibits&apos; order; give each exhibit once.</source>
        <translation>
            <numerusform>La prueba {ids} aparece más de una vez en el orden de los documentos; indica cada documento una sola vez.</numerusform>
            <numerusform>Las pruebas {ids} aparecen más de una vez en el orden de los documentos; indica cada documento una sola vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="379"/>
        <source>Evidence {ids} is not in this case, or is in its trash: give the ids &apos;dossier evidence list&apos; shows, each once.</source>
        <translation>
            <numerusform>La prueba {ids} no pertenece a este expediente o está en su papelera: indica los números que muestra &apos;dossier evidence list&apos;, cada uno una sola vez.</numerusform>
            <numerusform>Las pruebas {ids} no pertenecen a este expediente o están en su papelera: indica los números que muestra &apos;dossier evidence list&apos;, cada uno una sola vez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="449"/>
        <source>the files would be {size} in all</source>
        <translation>los archivos sumarían {size} en total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="207"/>
        <source>Or run it again with --fit: the pack then keeps the exhibits that matter most and lists the others as available on request.</source>
        <translation>O vuelve a ejecutarlo con --fit: el dossier conservará los documentos más importantes y enumerará los demás como disponibles previa solicitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="251"/>
        <source>{exhibit_problem}. Nothing was written; remove or replace this exhibit, or let the pack put a page saying why it is missing.</source>
        <translation>{exhibit_problem}. No se ha escrito nada; quita o sustituye este documento, o deja que el dossier ponga en su lugar una página que explique por qué falta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/builder.py" line="442"/>
        <source>part {part} would be {size} and %n page(s): {problem}</source>
        <translation>
            <numerusform>la parte {part} ocuparía {size} y %n página: {problem}</numerusform>
            <numerusform>la parte {part} ocuparía {size} y %n páginas: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="458"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="498"/>
        <location filename="../../desktop_app/pack/bundle.py" line="52"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="538"/>
        <source>{path}: the copy does not match the pack that was built; export it again</source>
        <translation>{path}: la copia no coincide con el dossier generado; vuelve a exportarlo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="293"/>
        <source>{step} (smaller settings, try {attempt})</source>
        <translation>{step} (ajustes más reducidos, intento {attempt})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/builder.py" line="463"/>
        <source>{path}: the pack cannot be written ({reason})</source>
        <translation>{path}: no se puede escribir el dossier ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/bundle.py" line="80"/>
        <source>{path}: the bundle cannot be written ({reason}); nothing was kept</source>
        <translation>{path}: no se puede guardar el ZIP ({reason}); no se ha conservado nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/bundle.py" line="65"/>
        <source>The case bundle was not written: you cancelled it.</source>
        <translation>No se ha guardado el ZIP del expediente: lo has cancelado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/bundle.py" line="68"/>
        <source>Adding {file}</source>
        <translation>Añadiendo {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="252"/>
        <source>a box on page {page}, but an image has one page</source>
        <translation>está en la página {page}, pero una imagen solo tiene una página</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="470"/>
        <source>the e-mail cannot be read</source>
        <translation>el correo electrónico no se puede leer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="488"/>
        <source>the PDF file is empty</source>
        <translation>el archivo PDF está vacío</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="505"/>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="517"/>
        <source>the image file is empty</source>
        <translation>el archivo de imagen está vacío</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="474"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="493"/>
        <source>the PDF is protected by a password</source>
        <translation>el PDF está protegido con contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="527"/>
        <source>the image is too large to open safely (a possible decompression bomb)</source>
        <translation>la imagen es demasiado grande para abrirla de forma segura (podría ser una bomba de descompresión)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="502"/>
        <source>the PDF is damaged ({detail})</source>
        <translation>el PDF está dañado ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/exhibits.py" line="533"/>
        <source>the image cannot be decoded ({detail})</source>
        <translation>la imagen no se puede descodificar ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="510"/>
        <source>original quality</source>
        <translation>calidad original</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="516"/>
        <source>, %n images per page</source>
        <translation>
            <numerusform>, %n imagen por página</numerusform>
            <numerusform>, %n imágenes por página</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="544"/>
        <source>%n page(s) too many</source>
        <translation>
            <numerusform>%n página de más</numerusform>
            <numerusform>%n páginas de más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="556"/>
        <source>in all about {size} and %n page(s)</source>
        <translation>
            <numerusform>en total, unos {size} y %n página</numerusform>
            <numerusform>en total, unos {size} y %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="565"/>
        <source>The pack cannot fit the {profile} profile ({limits}): even at the smallest settings {failure}; {total}. The largest exhibits: {largest}. Nothing was written. Leave some exhibits out, or choose a profile with more room.</source>
        <translation>El dossier no cabe en los límites del perfil «{profile}» ({limits}): incluso con los ajustes mínimos, {failure}; {total}. Los documentos más grandes: {largest}. No se ha escrito nada. Deja fuera algunos documentos o elige un perfil con más margen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="512"/>
        <source>{dpi} dpi, JPEG quality {quality}</source>
        <translation>{dpi} dpi, calidad JPEG {quality}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="241"/>
        <source>it would need %n file(s) of at most {size}</source>
        <translation>
            <numerusform>haría falta %n archivo de {size} como máximo</numerusform>
            <numerusform>harían falta %n archivos de {size} como máximo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="542"/>
        <source>{size} too large</source>
        <translation>{size} de más</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="551"/>
        <source>{letter} {name} ({size}, %n page(s))</source>
        <translation>
            <numerusform>{letter} {name} ({size}, %n página)</numerusform>
            <numerusform>{letter} {name} ({size}, %n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/fitting.py" line="560"/>
        <source>{size_over} and {pages_over}</source>
        <translation>{size_over} y {pages_over}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/fitting.py" line="233"/>
        <source>exhibit {letters} alone takes %n page(s) and {size}</source>
        <translation>
            <numerusform>el documento {letters} ocupa por sí solo %n página y {size}</numerusform>
            <numerusform>el documento {letters} ocupa por sí solo %n páginas y {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/front_cut.py" line="47"/>
        <source>the full communication log (%n contact(s))</source>
        <translation>
            <numerusform>el registro completo de comunicaciones (%n contacto)</numerusform>
            <numerusform>el registro completo de comunicaciones (%n contactos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/front_cut.py" line="50"/>
        <source>the transactions not in dispute (%n transaction(s))</source>
        <translation>
            <numerusform>las operaciones no reclamadas (%n operación)</numerusform>
            <numerusform>las operaciones no reclamadas (%n operaciones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/front_cut.py" line="54"/>
        <source>the timeline&apos;s entries neither page 1 nor a kept exhibit refers to (%n entry(ies))</source>
        <translation>
            <numerusform>los hechos de la cronología a los que no remiten ni la página 1 ni ningún documento incluido (%n hecho)</numerusform>
            <numerusform>los hechos de la cronología a los que no remiten ni la página 1 ni ningún documento incluido (%n hechos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/messages.py" line="18"/>
        <source>Exhibit {letter} ({name})</source>
        <translation>Documento {letter} ({name})</translation>
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
            <numerusform>no cabe ni un solo documento junto a la página 1 y las secciones iniciales (al menos %n página)</numerusform>
            <numerusform>no cabe ni un solo documento junto a la página 1 y las secciones iniciales (al menos %n páginas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="523"/>
        <source>it needs at least %n page(s), even with four images on a page</source>
        <translation>
            <numerusform>necesita al menos %n página, incluso con cuatro imágenes por página</numerusform>
            <numerusform>necesita al menos %n páginas, incluso con cuatro imágenes por página</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/planner.py" line="525"/>
        <source>its sizes, even at the smallest settings, exceed it</source>
        <translation>su tamaño los supera, incluso con los ajustes mínimos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="533"/>
        <source>no room left for it within the profile&apos;s limits (about %n page(s), up to {size})</source>
        <translation>
            <numerusform>no queda sitio para él dentro de los límites del perfil (%n página aprox., hasta {size})</numerusform>
            <numerusform>no queda sitio para él dentro de los límites del perfil (unas %n páginas, hasta {size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="322"/>
        <source>not even one exhibit fits beside page 1 and the front matter (at least {pages} pages), even leaving out {parts} (%n page(s) then)</source>
        <translation>
            <numerusform>no cabe ni un solo documento junto a la página 1 y las secciones iniciales (al menos {pages} páginas), ni siquiera dejando fuera {parts} (que entonces ocupan %n página)</numerusform>
            <numerusform>no cabe ni un solo documento junto a la página 1 y las secciones iniciales (al menos {pages} páginas), ni siquiera dejando fuera {parts} (que entonces ocupan %n páginas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="509"/>
        <source>{name} (%n page(s), up to {size})</source>
        <translation>
            <numerusform>{name} (%n página, hasta {size})</numerusform>
            <numerusform>{name} (%n páginas, hasta {size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/planner.py" line="359"/>
        <source>page 1 and the front matter alone take at least %n page(s): the pack leaves out {parts}, said on its page of documents left out as available on request</source>
        <translation>
            <numerusform>la página 1 y las secciones iniciales ocupan por sí solas al menos %n página: el dossier no incluye {parts}, y así lo indica en su página de documentos no incluidos (disponibles previa solicitud)</numerusform>
            <numerusform>la página 1 y las secciones iniciales ocupan por sí solas al menos %n páginas: el dossier no incluye {parts}, y así lo indica en su página de documentos no incluidos (disponibles previa solicitud)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="168"/>
        <source>Dossier cannot place it on the page to cover it</source>
        <translation>Dossier no puede situarlo en la página para taparlo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="143"/>
        <source>the PDF cannot be rendered to cover it</source>
        <translation>el PDF no se puede convertir en imagen para taparlo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="152"/>
        <source>the page cannot be rendered to cover it</source>
        <translation>la página no se puede convertir en imagen para taparlo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="203"/>
        <source>page {page}: a card number in its text cannot be located on the page</source>
        <translation>página {page}: hay un número de tarjeta en su texto que no se puede localizar en la página</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="205"/>
        <source>page {page}: an IBAN in its text cannot be located on the page</source>
        <translation>página {page}: hay un IBAN en su texto que no se puede localizar en la página</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="439"/>
        <source>page {page}: a card number in its text, but {why}</source>
        <translation>página {page}: hay un número de tarjeta en su texto, pero {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/redaction.py" line="441"/>
        <source>page {page}: an IBAN in its text, but {why}</source>
        <translation>página {page}: hay un IBAN en su texto, pero {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="24"/>
        <source>not among the exhibits chosen</source>
        <translation>no está entre los documentos elegidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="31"/>
        <source>{named} and %n more</source>
        <translation>
            <numerusform>{named} y %n más</numerusform>
            <numerusform>{named} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="64"/>
        <source>The pack cannot fit the {profile} profile ({limits}): counted before rendering, {short}. The largest exhibits: {largest}. Nothing was written. Even --fit cannot help: {why}. Choose the exhibits yourself (--exhibits), or a profile with more room.</source>
        <translation>El dossier no cabe en los límites del perfil «{profile}» ({limits}): según el cálculo previo a la generación, {short}. Los documentos más grandes: {largest}. No se ha escrito nada. Ni siquiera --fit puede ayudar: {why}. Elige tú los documentos (--exhibits) o un perfil con más margen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="75"/>
        <source>The pack cannot fit the {profile} profile ({limits}) even with exhibits left out: {why}. Nothing was written.</source>
        <translation>El dossier no cabe en los límites del perfil «{profile}» ({limits}) ni siquiera dejando fuera documentos: {why}. No se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="85"/>
        <source>The exhibits chosen cannot fit the {profile} profile ({limits}), counted before rendering. Nothing was written.</source>
        <translation>Los documentos elegidos no caben en los límites del perfil «{profile}» ({limits}), según el cálculo previo a la generación. No se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="38"/>
        <source>--fit would keep %n exhibit(s) (about {pages} pages, at most {size}) and list the {count} left out as available on request: {left_out}</source>
        <translation>
            <numerusform>--fit conservaría %n documento (unas {pages} páginas, {size} como máximo) y enumeraría como disponibles previa solicitud los no incluidos ({count}): {left_out}</numerusform>
            <numerusform>--fit conservaría %n documentos (unas {pages} páginas, {size} como máximo) y enumeraría como disponibles previa solicitud los no incluidos ({count}): {left_out}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="55"/>
        <source>The pack cannot fit the {profile} profile ({limits}): counted before rendering, {short}. The largest exhibits: {largest}. Nothing was written. Run it again with --fit to build the pack that fits: {fit}. Or choose the exhibits yourself (--exhibits), or a profile with more room.</source>
        <translation>El dossier no cabe en los límites del perfil «{profile}» ({limits}): según el cálculo previo a la generación, {short}. Los documentos más grandes: {largest}. No se ha escrito nada. Vuelve a ejecutarlo con --fit para generar un dossier que quepa: {fit}. O elige tú los documentos (--exhibits) o un perfil con más margen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="98"/>
        <source>Even fewer cannot help: {why}.</source>
        <translation>Con menos documentos tampoco cabría: {why}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="108"/>
        <source>The pack includes %n image(s) ({letters}). Dossier cannot read text in images: check they show no full card number or other private detail, and draw boxes over any in the evidence preview.</source>
        <translation>
            <numerusform>El dossier incluye %n imagen ({letters}). Dossier no puede leer el texto de las imágenes: comprueba que no muestra ningún número de tarjeta completo ni otro dato privado y, si lo hay, dibuja recuadros encima en la vista previa de las pruebas.</numerusform>
            <numerusform>El dossier incluye %n imágenes ({letters}). Dossier no puede leer el texto de las imágenes: comprueba que no muestran ningún número de tarjeta completo ni otro dato privado y, si lo hay, dibuja recuadros encima en la vista previa de las pruebas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="150"/>
        <source>{exhibit}: its image is redacted (listed in the integrity appendix).</source>
        <translation>{exhibit}: la imagen tiene tachaduras (figuran en el anexo de integridad).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="154"/>
        <source>{exhibit}: page(s) {pages} redacted (listed in the integrity appendix).</source>
        <translation>
            <numerusform>{exhibit}: la página {pages} tiene tachaduras (figuran en el anexo de integridad).</numerusform>
            <numerusform>{exhibit}: las páginas {pages} tienen tachaduras (figuran en el anexo de integridad).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="169"/>
        <source>Written as confirmed, with a full card number Dossier could not redact: {exhibits}.</source>
        <translation>Se ha generado tal como confirmaste, con un número de tarjeta completo que Dossier no ha podido tachar: {exhibits}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="180"/>
        <source>A full card number would go out in the pack, and Dossier cannot redact it: {exhibits}. Nothing was written. Draw boxes over it in the evidence&apos;s preview (the pack redacts those), leave the exhibit out (--exhibits), or confirm that it may go out (--allow-card-numbers).</source>
        <translation>El dossier incluiría un número de tarjeta completo que Dossier no puede tachar: {exhibits}. No se ha escrito nada. Dibuja recuadros sobre él en la vista previa de las pruebas (el dossier tacha lo que cubren), deja fuera el documento (--exhibits) o confirma que puede enviarse así (--allow-card-numbers).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="198"/>
        <source>{exhibit} is replaced by a page saying why: {reason}</source>
        <translation>{exhibit} se sustituye por una página que explica el motivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="50"/>
        <source>; page 1 and the front matter alone being too long, it would also leave out {parts} (available on request)</source>
        <translation>; como la página 1 y las secciones iniciales ya son demasiado largas por sí solas, también dejaría fuera {parts}, todo ello disponible previa solicitud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="94"/>
        <source>Of them, these would have to go as well: {exhibits}.</source>
        <translation>De ellos, también habría que quitar estos: {exhibits}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="205"/>
        <source>%n document(s) left out to fit the {profile} profile, listed as available on request: {documents}</source>
        <translation>
            <numerusform>Se ha dejado fuera %n documento para ajustarse al perfil «{profile}»; figura como disponible previa solicitud: {documents}</numerusform>
            <numerusform>Se han dejado fuera %n documentos para ajustarse al perfil «{profile}»; figuran como disponibles previa solicitud: {documents}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="217"/>
        <source>Page 1 and the front matter alone break the {profile} profile: the pack leaves out {parts}, said on its page of documents left out as available on request.</source>
        <translation>La página 1 y las secciones iniciales superan por sí solas los límites del perfil «{profile}»: el dossier no incluye {parts}, y así lo indica en su página de documentos no incluidos (disponibles previa solicitud).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/pack/refusals.py" line="129"/>
        <source>{exhibit}: page(s) {pages} hold no text Dossier can read (a scan, a picture): check they show no full card number, and draw boxes over any in the evidence preview.</source>
        <translation>
            <numerusform>{exhibit}: la página {pages} no tiene texto que Dossier pueda leer (un escaneo, una foto): comprueba que no muestra ningún número de tarjeta completo y, si lo hay, dibuja recuadros encima en la vista previa de las pruebas.</numerusform>
            <numerusform>{exhibit}: las páginas {pages} no tienen texto que Dossier pueda leer (escaneos, fotos): comprueba que no muestran ningún número de tarjeta completo y, si lo hay, dibuja recuadros encima en la vista previa de las pruebas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="138"/>
        <source>{exhibit} shows an IBAN Dossier could not redact ({where}).</source>
        <translation>{exhibit} muestra un IBAN que Dossier no ha podido tachar ({where}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack/refusals.py" line="144"/>
        <source>{exhibit}: a redaction box is left out ({why}).</source>
        <translation>{exhibit}: se ha descartado un recuadro de tachado ({why}).</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../desktop_app/domain/models.py" line="95"/>
        <source>{payment} ending {last4}</source>
        <translation>{payment} terminada en {last4}</translation>
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
        <translation>sin límite</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="110"/>
        <source>the {profile} portal takes file names of at most {most} ASCII characters (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), and {name} has %n</source>
        <translation>
            <numerusform>el portal del perfil «{profile}» admite nombres de archivo de {most} caracteres ASCII como máximo (letras, cifras, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;), y {name} tiene %n carácter</numerusform>
            <numerusform>el portal del perfil «{profile}» admite nombres de archivo de {most} caracteres ASCII como máximo (letras, cifras, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;), y {name} tiene %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="117"/>
        <source>the {profile} portal takes file names of at most {most} ASCII characters (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), and {name} has %n, with characters it does not take</source>
        <translation>
            <numerusform>el portal del perfil «{profile}» admite nombres de archivo de {most} caracteres ASCII como máximo (letras, cifras, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;), y {name} tiene %n carácter, que el portal no admite</numerusform>
            <numerusform>el portal del perfil «{profile}» admite nombres de archivo de {most} caracteres ASCII como máximo (letras, cifras, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;), y {name} tiene %n caracteres, algunos de ellos no admitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="78"/>
        <source>%n page(s) per file</source>
        <translation>
            <numerusform>%n página por archivo</numerusform>
            <numerusform>%n páginas por archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="80"/>
        <source>up to %n file(s)</source>
        <translation>
            <numerusform>hasta %n archivo</numerusform>
            <numerusform>hasta %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="86"/>
        <source>%n page(s) in all</source>
        <translation>
            <numerusform>%n página en total</numerusform>
            <numerusform>%n páginas en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/profiles.py" line="89"/>
        <source>file names of at most %n ASCII character(s)</source>
        <translation>
            <numerusform>nombres de archivo de %n carácter ASCII como máximo</numerusform>
            <numerusform>nombres de archivo de %n caracteres ASCII como máximo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="92"/>
        <source>black and white</source>
        <translation>blanco y negro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="156"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="181"/>
        <source>U.S. Bank cardholder portal</source>
        <translation>Portal de titulares de U.S. Bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="188"/>
        <source>Single PDF of 2 MB (Adyen, Marqeta-style issuers)</source>
        <translation>Un solo PDF de 2 MB (emisores tipo Adyen o Marqeta)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="209"/>
        <source>--max-mb must be more than 0</source>
        <translation>--max-mb debe ser mayor que 0</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="214"/>
        <source>--max-pages must be at least 1</source>
        <translation>--max-pages debe ser al menos 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="202"/>
        <source>{name} is not a profile; choose one of {profiles}</source>
        <translation>{name} no es un perfil; elige uno de estos: {profiles}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="75"/>
        <source>{size} MB per file</source>
        <translation>{size} MB por archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="83"/>
        <source>{size} MB in all</source>
        <translation>{size} MB en total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/profiles.py" line="100"/>
        <source>; source: {source}</source>
        <translation>; fuente: {source}</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../rules/checklists.json" line="11"/>
        <source>The disputed charge: its date, amount and reference</source>
        <translation>El cargo reclamado: su fecha, importe y referencia</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="12"/>
        <source>Proof of the purchase: receipt, invoice, order confirmation or contract</source>
        <translation>Prueba de la compra: recibo, factura, confirmación del pedido o contrato</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="13"/>
        <source>Your attempt to resolve it with the merchant</source>
        <translation>Tu intento de resolverlo con el comercio</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="14"/>
        <source>The merchant&apos;s answer: a refusal or final response, or a promise it did not keep</source>
        <translation>La respuesta del comercio: un rechazo o una respuesta definitiva, o un compromiso que no cumplió</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="15"/>
        <source>What happened, in your own words</source>
        <translation>Lo que ocurrió, con tus propias palabras</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="11"/>
        <source>Add the charge as the bank statement shows it, and tick “I dispute this one”.</source>
        <translation>Añade el cargo tal como aparece en el extracto bancario y marca «Reclamo este cargo».</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="12"/>
        <source>Add the receipt, the invoice, the order confirmation e-mail or the contract. If you have none, ask the merchant for a copy.</source>
        <translation>Añade el recibo, la factura, el correo de confirmación del pedido o el contrato. Si no tienes ninguno, pide una copia al comercio.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="13"/>
        <source>Log your calls, chats and e-mails with the merchant (Ctrl+L), with their dates and reference numbers.</source>
        <translation>Registra tus llamadas, chats y correos con el comercio (Ctrl+L), con sus fechas y números de referencia.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="14"/>
        <source>Log the merchant&apos;s reply with what it answered (Refused, Final response, Partly accepted). A promise logged with its date counts once that date has passed with no refund recorded.</source>
        <translation>Registra la respuesta del comercio indicando qué contestó (Rechazo, Respuesta definitiva, Aceptación parcial). Un compromiso registrado con su fecha cuenta en cuanto esa fecha pasa sin que conste ningún reembolso.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="15"/>
        <source>Write the story of the case in Edit case details (F2): it becomes the first page of the pack.</source>
        <translation>Cuenta lo ocurrido en Editar datos del expediente (F2): será la primera página del dossier.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="21"/>
        <source>The date the goods or service were expected</source>
        <translation>La fecha en que se esperaban los bienes o el servicio</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="22"/>
        <source>What was bought, as the merchant described it</source>
        <translation>Lo que se compró, tal como lo describía el comercio</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="28"/>
        <source>What is wrong: photos or a description of the defect</source>
        <translation>Lo que falla: fotos o una descripción del defecto</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="29"/>
        <source>Your return attempt: its date and how</source>
        <translation>Tu intento de devolución: la fecha y cómo se hizo</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="35"/>
        <source>The date you cancelled</source>
        <translation>La fecha en que cancelaste</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="36"/>
        <source>Proof of the cancellation: confirmation, e-mail or screenshot</source>
        <translation>Prueba de la cancelación: confirmación, correo o captura de pantalla</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="37"/>
        <source>A charge dated after the cancellation</source>
        <translation>Un cargo con fecha posterior a la cancelación</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="38"/>
        <source>The merchant&apos;s terms and cancellation policy</source>
        <translation>Las condiciones del comercio y su política de cancelación</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="44"/>
        <source>The date you cancelled or returned it</source>
        <translation>La fecha en que lo cancelaste o devolviste</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="45"/>
        <source>Proof of the return: carrier, tracking number, date the merchant received it</source>
        <translation>Prueba de la devolución: transportista, número de seguimiento, fecha en que la recibió el comercio</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="46"/>
        <source>The merchant&apos;s return or cancellation policy</source>
        <translation>La política de devolución o cancelación del comercio</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="52"/>
        <source>The refund promise or credit voucher, with its date</source>
        <translation>El compromiso de reembolso o el vale de abono, con su fecha</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="53"/>
        <source>The promise in writing</source>
        <translation>El compromiso por escrito</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="59"/>
        <source>Both charges: date, amount and authorisation code (or ARN) of each</source>
        <translation>Los dos cargos: fecha, importe y código de autorización (o ARN) de cada uno</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="60"/>
        <source>The statement showing both charges</source>
        <translation>El extracto en el que aparecen los dos cargos</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="66"/>
        <source>Proof of the other payment</source>
        <translation>Prueba del otro pago</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="72"/>
        <source>The agreed price: a quote, order, purchase order or contract, or the agreed amount of each disputed charge</source>
        <translation>El precio acordado: presupuesto, pedido, orden de compra o contrato, o el importe acordado de cada cargo reclamado</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="73"/>
        <source>The statement showing the amount charged</source>
        <translation>El extracto en el que aparece el importe cobrado</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="79"/>
        <source>Your statement that you did not authorise the charge</source>
        <translation>Tu declaración de que no autorizaste el cargo</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="80"/>
        <source>Proof the card was blocked or reported</source>
        <translation>Prueba de que la tarjeta se bloqueó o se denunció su uso</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="21"/>
        <source>Fill in “Delivery expected” on each disputed charge, or in the case details.</source>
        <translation>Rellena «Entrega prevista» en cada cargo reclamado o en los datos del expediente.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="22"/>
        <source>Add the order confirmation, the product page, the quote or the merchant&apos;s terms.</source>
        <translation>Añade la confirmación del pedido, la página del producto, el presupuesto o las condiciones del comercio.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="28"/>
        <source>Add photos or screenshots that show what is wrong.</source>
        <translation>Añade fotos o capturas de pantalla que muestren lo que falla.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="29"/>
        <source>Add the return receipt or tracking, and fill in “Returned on”.</source>
        <translation>Añade el justificante de devolución o el seguimiento del envío, y rellena «Fecha de devolución».</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="35"/>
        <source>Fill in “Cancelled on” in the case details.</source>
        <translation>Rellena «Fecha de cancelación» en los datos del expediente.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="36"/>
        <source>Add the cancellation confirmation, e-mail or a screenshot of it, of kind “Cancellation proof”.</source>
        <translation>Añade la confirmación de la cancelación, el correo o una captura de pantalla, con el tipo «Prueba de cancelación».</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="37"/>
        <source>Add the charge that came after you cancelled, and the date you cancelled.</source>
        <translation>Añade el cargo que llegó después de cancelar y la fecha en que cancelaste.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="38"/>
        <source>Add the terms or the cancellation policy as they were when you cancelled, or the contract.</source>
        <translation>Añade las condiciones o la política de cancelación vigentes cuando cancelaste, o el contrato.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="44"/>
        <source>Fill in “Returned on” or “Cancelled on” in the case details.</source>
        <translation>Rellena «Fecha de devolución» o «Fecha de cancelación» en los datos del expediente.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="45"/>
        <source>Add the carrier&apos;s receipt or tracking page, of kind “Return proof”.</source>
        <translation>Añade el justificante del transportista o la página de seguimiento, con el tipo «Prueba de devolución o envío».</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="46"/>
        <source>Add the terms or the return policy.</source>
        <translation>Añade las condiciones o la política de devoluciones.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="52"/>
        <source>Log the contact where the refund was promised, with its date, or add the credit voucher.</source>
        <translation>Registra el contacto en el que se prometió el reembolso, con su fecha, o añade el vale de abono.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="53"/>
        <source>Add the e-mail, letter, chat transcript or screenshot where the merchant promised the refund.</source>
        <translation>Añade el correo, la carta, la transcripción del chat o la captura de pantalla en la que el comercio prometió el reembolso.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="59"/>
        <source>Add both charges with their authorisation codes (on the card statement or from the bank), and tick “I dispute this one” on the duplicate.</source>
        <translation>Añade los dos cargos con sus códigos de autorización (en el extracto de la tarjeta o facilitados por el banco) y marca «Reclamo este cargo» en el duplicado.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="60"/>
        <source>Add the bank statement (you may black out other lines).</source>
        <translation>Añade el extracto bancario (puedes tapar las demás líneas).</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="66"/>
        <source>Add the receipt or statement of the payment made another way.</source>
        <translation>Añade el recibo o el extracto del pago hecho por otro medio.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="72"/>
        <source>Add the quote, the order, the purchase order or the contract of kind “Quote”, “Order”, “Purchase order” or “Contract”, or give each disputed charge its agreed amount. The invoice that shows the wrong amount does not prove the agreed one.</source>
        <translation>Añade el presupuesto, el pedido, la orden de compra o el contrato, con el tipo «Presupuesto», «Confirmación del pedido», «Orden de compra» o «Contrato o acuerdo», o indica en cada cargo reclamado su importe acordado. La factura con el importe erróneo no prueba el acordado.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="73"/>
        <source>Add the bank statement.</source>
        <translation>Añade el extracto bancario.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="79"/>
        <source>Write in the story that you did not make or allow this payment.</source>
        <translation>Indica en «Lo ocurrido» que no hiciste ni permitiste este pago.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="80"/>
        <source>Log the call to your bank that blocked the card, with its reference.</source>
        <translation>Registra la llamada a tu banco en la que se bloqueó la tarjeta, con su referencia.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <source>Your report to your bank: when and how you told it</source>
        <translation>Tu aviso al banco: cuándo y cómo se lo comunicaste</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="93"/>
        <source>The mandate reference (RUM / UMR; in the UK, the Direct Debit reference)</source>
        <translation>La referencia de la orden de domiciliación (RUM / UMR; en el Reino Unido, la Direct Debit reference)</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="94"/>
        <source>The creditor identifier (ICS / CI; in the UK, the service user number) of who took the debits</source>
        <translation>El identificador del acreedor (ICS / CI; en el Reino Unido, el service user number) de quien cobró los adeudos</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="95"/>
        <source>Each disputed debit&apos;s line on your bank statement</source>
        <translation>La línea de cada adeudo reclamado en tu extracto bancario</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="96"/>
        <source>When the revocation of the mandate (or the end of the contract) reached the creditor</source>
        <translation>Cuándo llegó al acreedor la revocación de la orden (o la resolución del contrato)</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="97"/>
        <source>Proof of the revocation or cancellation, and of when it arrived: the registered letter&apos;s receipt, the e-mail or the confirmation</source>
        <translation>Prueba de la revocación o cancelación, y de cuándo llegó: el acuse de recibo del certificado, el correo o la confirmación</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="98"/>
        <source>A debit taken after the revocation or cancellation</source>
        <translation>Un adeudo cobrado después de la revocación o cancelación</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="99"/>
        <source>Both debits: date, amount and reference of each</source>
        <translation>Los dos adeudos: fecha, importe y referencia de cada uno</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="106"/>
        <location filename="../rules/checklists.json" line="106"/>
        <source>Both payments: date, amount and reference of each</source>
        <translation>Los dos pagos: fecha, importe y referencia de cada uno</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="113"/>
        <source>Both payments: date, amount and transaction id of each</source>
        <translation>Los dos pagos: fecha, importe e identificador de la transacción de cada uno</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <location filename="../rules/checklists.json" line="92"/>
        <source>Log the call or message to your bank (or PayPal) reporting the payment, with its reference.</source>
        <translation>Registra la llamada o el mensaje a tu banco (o a PayPal) en el que comunicaste el pago, con su referencia.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="93"/>
        <source>Copy it from the debit&apos;s line on your statement or from the mandate into the payment&apos;s “Mandate reference”.</source>
        <translation>Cópiala de la línea del adeudo en tu extracto, o de la orden, en «Referencia de la orden» del pago.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="94"/>
        <source>Copy it from the debit&apos;s line on your statement into the payment&apos;s “Creditor identifier”.</source>
        <translation>Cópialo de la línea del adeudo en tu extracto en «Identificador del acreedor» del pago.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="95"/>
        <source>For each disputed debit, add the statement with that line and link it to the debit, or copy the line&apos;s text into the debit&apos;s “Statement descriptor”.</source>
        <translation>Para cada adeudo reclamado, añade el extracto con esa línea y vincúlalo al adeudo, o copia el texto de la línea en «Concepto en el extracto» del adeudo.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="96"/>
        <source>Fill in “Mandate revoked” in the case details: the day your letter or e-mail arrived.</source>
        <translation>Rellena «Orden revocada o contrato resuelto» en los datos del expediente: el día en que llegó tu carta o tu correo.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="97"/>
        <source>Add it, of kind “Cancellation proof”.</source>
        <translation>Añádela con el tipo «Prueba de cancelación».</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="98"/>
        <source>Add the debits taken after your revocation reached the creditor, and fill in “Mandate revoked” or “Cancelled on”.</source>
        <translation>Añade los adeudos cobrados después de que tu revocación llegara al acreedor, y rellena «Orden revocada o contrato resuelto» o «Fecha de cancelación».</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="99"/>
        <source>Add both debits as the statement shows them, and tick “I dispute this one” on the duplicate.</source>
        <translation>Añade los dos adeudos tal como aparecen en el extracto y marca «Reclamo este cargo» en el duplicado.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="106"/>
        <source>Add both payments as the statement shows them, and tick “I dispute this one” on the second.</source>
        <translation>Añade los dos pagos tal como aparecen en el extracto y marca «Reclamo este cargo» en el segundo.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="113"/>
        <source>Add both payments as PayPal lists them, and tick “I dispute this one” on the second.</source>
        <translation>Añade los dos pagos tal como los muestra PayPal y marca «Reclamo este cargo» en el segundo.</translation>
    </message>
    <message>
        <location filename="../rules/checklists.json" line="120"/>
        <source>Add both payments, and tick “I dispute this one” on the second.</source>
        <translation>Añade los dos pagos y marca «Reclamo este cargo» en el segundo.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="123"/>
        <source>Last day to dispute the charge with your card issuer (Visa chargeback)</source>
        <translation>Último día para reclamar el cargo al emisor de tu tarjeta (contracargo Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="154"/>
        <source>Last day to dispute the processing error with your card issuer (Visa chargeback)</source>
        <translation>Último día para reclamar el error de procesamiento al emisor de tu tarjeta (contracargo Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="184"/>
        <source>Last day to dispute goods or a service never received (Visa chargeback)</source>
        <translation>Último día para reclamar bienes o servicios no recibidos (contracargo Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="222"/>
        <source>Last day to dispute a payment you did not make (Visa chargeback)</source>
        <translation>Último día para reclamar un pago que no hiciste (contracargo Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="250"/>
        <source>From this day you may dispute the refund that never came (15 days after the promised credit)</source>
        <translation>A partir de este día puedes reclamar el reembolso que nunca llegó (15 días después del abono prometido)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="275"/>
        <source>Last day to dispute the refund that never came (Visa chargeback)</source>
        <translation>Último día para reclamar el reembolso que nunca llegó (contracargo Visa)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="304"/>
        <source>From this day you may dispute the return (15 days after you returned it)</source>
        <translation>A partir de este día puedes reclamar la devolución (15 días después de devolverlo)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="330"/>
        <source>Last day to dispute the charge with your card issuer (Mastercard chargeback, 4853)</source>
        <translation>Último día para reclamar el cargo al emisor de tu tarjeta (contracargo Mastercard, 4853)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="361"/>
        <source>Last day to dispute goods or a service never received (Mastercard chargeback, 4853)</source>
        <translation>Último día para reclamar bienes o servicios no recibidos (contracargo Mastercard, 4853)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="399"/>
        <source>Last day to dispute the processing error with your card issuer (Mastercard chargeback, 4834)</source>
        <translation>Último día para reclamar el error de procesamiento al emisor de tu tarjeta (contracargo Mastercard, 4834)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="429"/>
        <source>Last day to dispute a payment you did not make (Mastercard chargeback, 4837)</source>
        <translation>Último día para reclamar un pago que no hiciste (contracargo Mastercard, 4837)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="460"/>
        <source>Last day to dispute the refund that never came (Mastercard chargeback, 4853)</source>
        <translation>Último día para reclamar el reembolso que nunca llegó (contracargo Mastercard, 4853)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="488"/>
        <source>Last day to dispute the refund that never came, counted from the promise (Mastercard chargeback, 4853)</source>
        <translation>Último día para reclamar el reembolso que nunca llegó, contado desde el compromiso (contracargo Mastercard, 4853)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="515"/>
        <source>Your card network&apos;s chargeback limit is not known: ask your card issuer now</source>
        <translation>Se desconoce el plazo de contracargo de la red de tu tarjeta: pregúntalo ya al emisor</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="530"/>
        <source>Last day to send your written billing-error notice to the card issuer (FCBA)</source>
        <translation>Último día para enviar por escrito el aviso de error de facturación al emisor de la tarjeta (FCBA)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="558"/>
        <source>Your card issuer should have acknowledged your billing-error notice by this day (FCBA)</source>
        <translation>El emisor de tu tarjeta debería haber acusado recibo de tu aviso de error de facturación a más tardar este día (FCBA)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="588"/>
        <source>Your card issuer must resolve your billing error by this day (two billing cycles, 90 days at most; FCBA)</source>
        <translation>El emisor de tu tarjeta debe resolver el error de facturación a más tardar este día (dos ciclos de facturación, 90 días como máximo; FCBA)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="619"/>
        <source>Last day to tell your bank about the error (Regulation E)</source>
        <translation>Último día para comunicar el error a tu banco (Regulation E)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="653"/>
        <source>Your bank should tell you the result of its investigation by this day (Regulation E)</source>
        <translation>Tu banco debería comunicarte el resultado de su investigación a más tardar este día (Regulation E)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="692"/>
        <source>With its provisional credit, your bank must finish its investigation by this day (Regulation E)</source>
        <translation>Con su abono provisional, tu banco debe terminar su investigación a más tardar este día (Regulation E)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="732"/>
        <source>Last day to have the direct debit refunded, no questions asked (SEPA, 8 weeks)</source>
        <translation>Último día para pedir la devolución del adeudo directo sin necesidad de justificación (SEPA, 8 semanas)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="759"/>
        <source>Last day to report the debit taken after you revoked the mandate (unauthorised payment, 13 months)</source>
        <translation>Último día para comunicar el adeudo cobrado después de revocar la orden de domiciliación (operación no autorizada, 13 meses)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="789"/>
        <source>Last day to tell your bank about a payment you did not authorise (PSD2, 13 months)</source>
        <translation>Último día para comunicar a tu banco un pago que no autorizaste (PSD2, 13 meses)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="816"/>
        <source>A bank transfer has no chargeback: ask your bank at once to recall it</source>
        <translation>Una transferencia no tiene contracargo: pide de inmediato a tu banco que solicite su devolución</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="831"/>
        <source>The Direct Debit Guarantee: your bank refunds a Direct Debit taken in error, at once</source>
        <translation>La Direct Debit Guarantee: tu banco devuelve de inmediato un Direct Debit cobrado por error</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="846"/>
        <source>Last day to claim reimbursement of an authorised push-payment scam (PSR, 13 months from the last payment)</source>
        <translation>Último día para reclamar el reembolso de una estafa de pago autorizado (PSR, 13 meses desde el último pago)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="871"/>
        <source>Last day to open a PayPal dispute (Buyer Protection, 180 days from the payment)</source>
        <translation>Último día para abrir una disputa en PayPal (Protección del Comprador, 180 días desde el pago)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="891"/>
        <source>Section 75: your credit card issuer is jointly liable with the merchant (cash price over £100, up to £30,000)</source>
        <translation>Section 75: el emisor de tu tarjeta de crédito responde solidariamente con el comercio (precio al contado de más de 100 £ y hasta 30.000 £)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="915"/>
        <source>Last day to take the complaint to the Financial Ombudsman Service</source>
        <translation>Último día para llevar la reclamación al Financial Ombudsman Service</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="935"/>
        <source>From this day you may take the complaint to the Financial Ombudsman Service (8 weeks without a final response)</source>
        <translation>A partir de este día puedes llevar la reclamación al Financial Ombudsman Service (8 semanas sin respuesta definitiva)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="958"/>
        <location filename="../rules/deadlines.json" line="958"/>
        <location filename="../rules/deadlines.json" line="958"/>
        <location filename="../rules/deadlines.json" line="958"/>
        <source>Your bank should have answered your payment complaint by this day (15 business days)</source>
        <translation>Tu banco debería haber respondido a tu reclamación sobre el pago a más tardar este día (15 días hábiles)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="979"/>
        <location filename="../rules/deadlines.json" line="979"/>
        <location filename="../rules/deadlines.json" line="979"/>
        <source>At the latest, after a holding reply, your bank must answer by this day (35 business days)</source>
        <translation>Como muy tarde, tras una respuesta provisional, tu banco debe responder a más tardar este día (35 días hábiles)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1000"/>
        <source>Last day to withdraw from a distance or off-premises contract (14 days)</source>
        <translation>Último día para desistir de un contrato a distancia o celebrado fuera del establecimiento (14 días)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1031"/>
        <source>The trader must have refunded you by this day (14 days after your withdrawal)</source>
        <translation>El comercio debe haberte reembolsado a más tardar este día (14 días después de tu desistimiento)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1059"/>
        <source>The trader must answer your complaint by this day, or it is deemed accepted (14 days)</source>
        <translation>El comercio debe responder a tu reclamación a más tardar este día o se considerará aceptada (14 días)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1083"/>
        <source>The trader must answer your complaint by this day (one month)</source>
        <translation>El comercio debe responder a tu reclamación a más tardar este día (un mes)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1108"/>
        <source>A large company or a basic-service provider must answer your complaint by this day (15 business days)</source>
        <translation>Una gran empresa o un prestador de servicios básicos debe responder a tu reclamación a más tardar este día (15 días hábiles)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1134"/>
        <source>Your bank must answer your complaint by this day, or it is deemed accepted (15 business days)</source>
        <translation>Tu banco debe responder a tu reclamación a más tardar este día o se considerará aceptada (15 días hábiles)</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1155"/>
        <source>At the latest, in a complex case, your bank must answer by this day (35 business days)</source>
        <translation>Como muy tarde, en un caso complejo, tu banco debe responder a más tardar este día (35 días hábiles)</translation>
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
        <translation>Es el límite que la red de tarjetas fija al emisor: tu banco suele querer el aviso antes (consulta las condiciones de tu tarjeta), así que avísale ya.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="611"/>
        <source>Two complete billing cycles from your notice, and never more than 90 days: if your billing cycles are shorter, the date is earlier.</source>
        <translation>Dos ciclos de facturación completos desde tu aviso, y nunca más de 90 días: si tus ciclos de facturación son más cortos, la fecha es anterior.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="646"/>
        <source>Regulation E covers debit card payments, ACH transfers and debits; not wire transfers (Fedwire, SWIFT).</source>
        <translation>Regulation E cubre los pagos con tarjeta de débito y las transferencias y adeudos ACH; no las transferencias internacionales o urgentes (Fedwire, SWIFT).</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="724"/>
        <source>90 days for a new account, a point-of-sale debit card payment or a foreign transaction.</source>
        <translation>90 días para una cuenta nueva, un pago con tarjeta de débito en un punto de venta o una operación en el extranjero.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="780"/>
        <source>This debit is dated after the mandate was revoked: taken without a valid mandate, it is an unauthorised payment. Report it to your bank without undue delay.</source>
        <translation>Este adeudo es posterior a la revocación de la orden: cobrado sin una orden válida, es una operación no autorizada. Comunícalo a tu banco sin tardanza injustificada.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="807"/>
        <source>Tell your bank without undue delay: 13 months is the outer limit.</source>
        <translation>Comunícaselo a tu banco sin tardanza injustificada: 13 meses es el límite máximo.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="842"/>
        <source>For a euro SEPA direct debit, the SEPA rules&apos; 8 weeks apply instead.</source>
        <translation>Para un adeudo directo SEPA en euros se aplican, en su lugar, las 8 semanas de las normas SEPA.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="862"/>
        <source>Only for a scam paid by Faster Payments or CHAPS since 7 October 2024; up to £85,000 per claim.</source>
        <translation>Solo para una estafa pagada por Faster Payments o CHAPS desde el 7 de octubre de 2024; hasta 85.000 £ por reclamación.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="911"/>
        <source>Claim from the card issuer as you would from the merchant; the limit is 6 years from the breach, not a short deadline.</source>
        <translation>Reclama al emisor de la tarjeta como lo harías al comercio; el límite es de 6 años desde el incumplimiento, no un plazo breve.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="928"/>
        <source>The Financial Ombudsman serves consumers and micro-enterprises.</source>
        <translation>El Financial Ombudsman atiende a consumidores y microempresas.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1021"/>
        <source>Consumers only, for a contract made online, by phone or off the trader&apos;s premises: 14 days from the day you received the goods (counted here from the expected delivery, else the charge), for a service from the contract.</source>
        <translation>Solo para consumidores, en un contrato celebrado por internet, por teléfono o fuera del establecimiento del comercio: 14 días desde el día en que recibiste los bienes (aquí se cuentan desde la entrega prevista o, si no, desde el cargo); para un servicio, desde la celebración del contrato.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1052"/>
        <source>When you withdrew from a distance or off-premises contract as a consumer.</source>
        <translation>Cuando desististe, como consumidor, de un contrato a distancia o celebrado fuera del establecimiento.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1076"/>
        <source>Consumers (and sole traders buying outside their trade); no answer in time means the complaint is accepted.</source>
        <translation>Consumidores (y autónomos que compran al margen de su actividad); si no hay respuesta a tiempo, la reclamación se considera aceptada.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1101"/>
        <source>Without an answer you may go to consumer arbitration or your OMIC.</source>
        <translation>Sin respuesta, puedes acudir al arbitraje de consumo o a tu OMIC.</translation>
    </message>
    <message>
        <location filename="../rules/deadlines.json" line="1127"/>
        <source>Only for providers of basic services and large companies, for complaints made from 28 December 2026.</source>
        <translation>Solo para prestadores de servicios básicos y grandes empresas, en reclamaciones presentadas a partir del 28 de diciembre de 2026.</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="21"/>
        <source>Customer service</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="35"/>
        <source>A supervisor or manager</source>
        <translation>Un supervisor o responsable</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="49"/>
        <source>A formal complaint to the head office</source>
        <translation>Una reclamación formal a la sede central</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="68"/>
        <source>Dispute with the bank or card issuer</source>
        <translation>Reclamación al banco o al emisor de la tarjeta</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="83"/>
        <source>The regulator or ombudsman</source>
        <translation>El regulador o el defensor del cliente</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="22"/>
        <source>Contact the merchant&apos;s customer service with everything prepared, and note the reference and the representative&apos;s name</source>
        <translation>Contacta con la atención al cliente del comercio con todo preparado, y anota la referencia y el nombre de quien te atienda</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="23"/>
        <location filename="../rules/escalation.json" line="23"/>
        <source>Ask for a supervisor or manager, and log their name</source>
        <translation>Pide hablar con un supervisor o responsable, y registra su nombre</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="50"/>
        <source>Send a formal written complaint to the head office, in a way that proves when it arrived</source>
        <translation>Envía una reclamación formal por escrito a la sede central, por un medio que acredite cuándo llegó</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="51"/>
        <location filename="../rules/escalation.json" line="51"/>
        <source>Dispute the charge with your bank or card issuer, before its deadline</source>
        <translation>Reclama el cargo a tu banco o al emisor de la tarjeta, antes de que venza el plazo</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="84"/>
        <source>Take it to {regulator}</source>
        <translation>Acude a {regulator}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="37"/>
        <source>Send a formal written complaint to the head office</source>
        <translation>Envía una reclamación formal por escrito a la sede central</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="70"/>
        <source>If the bank refuses or does not answer in time, take it to {regulator}</source>
        <translation>Si el banco la rechaza o no responde a tiempo, acude a {regulator}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="85"/>
        <source>Wait for the decision of {regulator}; keep logging every contact</source>
        <translation>Espera la decisión de {regulator}; sigue registrando cada contacto</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="71"/>
        <source>Wait for the decision of {issuer} on the dispute filed on {filed_on}{claim}: its answer clocks run from that day. If it refuses, or does not answer in time, take it to {regulator}</source>
        <translation>Espera la decisión de {issuer} sobre la reclamación presentada el {filed_on}{claim}: sus plazos de respuesta corren desde ese día. Si la rechaza o no responde a tiempo, acude a {regulator}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="25"/>
        <source>the order, invoice and customer numbers</source>
        <translation>los números de pedido, de factura y de cliente</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="26"/>
        <source>the reference numbers of your earlier contacts</source>
        <translation>los números de referencia de tus contactos anteriores</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="27"/>
        <source>what you ask for, in one sentence (a refund of the amount, a corrected invoice)</source>
        <translation>lo que pides, en una frase (el reembolso del importe, una factura corregida)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="39"/>
        <source>the reference numbers and the names of your earlier contacts</source>
        <translation>los números de referencia y los nombres de tus contactos anteriores</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="40"/>
        <source>what customer service answered, and when</source>
        <translation>lo que respondió la atención al cliente, y cuándo</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="41"/>
        <source>what you ask for, in one sentence</source>
        <translation>lo que pides, en una frase</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="53"/>
        <source>the complaint letter to the merchant (Letters: merchant complaint)</source>
        <translation>la carta de reclamación al comercio (Cartas: reclamación formal al comercio)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="54"/>
        <source>the dates and names of every contact so far</source>
        <translation>las fechas y los nombres de todos los contactos hasta ahora</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="55"/>
        <source>the merchant&apos;s terms and the receipt or invoice</source>
        <translation>las condiciones del comercio y el recibo o la factura</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="73"/>
        <source>the evidence pack (File &gt; Export evidence pack) within the portal&apos;s limits</source>
        <translation>el dossier de pruebas (Archivo &gt; Exportar dossier de pruebas) dentro de los límites del portal</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="74"/>
        <source>the dispute letter to the issuer (or the FCBA letter for a US credit card)</source>
        <translation>la carta de reclamación al emisor (o la carta FCBA para una tarjeta de crédito de EE. UU.)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="75"/>
        <source>the deadlines of the case (Deadlines and tasks)</source>
        <translation>los plazos del expediente (Plazos y tareas)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="87"/>
        <source>the bank&apos;s final answer, or proof it did not answer within its time</source>
        <translation>la respuesta definitiva del banco, o la prueba de que no respondió en plazo</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="88"/>
        <source>the complaint to the bank and the evidence pack</source>
        <translation>la reclamación al banco y el dossier de pruebas</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="89"/>
        <source>a short account of what happened, with dates</source>
        <translation>un breve relato de lo ocurrido, con fechas</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="91"/>
        <source>any new letter or e-mail from the merchant or the bank, as evidence</source>
        <translation>cualquier nueva carta o correo del comercio o del banco, como prueba</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="112"/>
        <source>{merchant}&apos;s customer service</source>
        <translation>la atención al cliente de {merchant}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="113"/>
        <source>a supervisor or manager at {merchant}</source>
        <translation>un supervisor o responsable de {merchant}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="114"/>
        <source>{merchant}&apos;s head office (a written complaint)</source>
        <translation>la sede central de {merchant} (una reclamación por escrito)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="116"/>
        <source>the merchant&apos;s médiateur de la consommation (named in its terms)</source>
        <translation>el médiateur de la consommation del comercio (indicado en sus condiciones)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="124"/>
        <source>the Junta Arbitral de Consumo (consumer arbitration), if the merchant accepts it</source>
        <translation>la Junta Arbitral de Consumo (arbitraje de consumo), si el comercio lo acepta</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="132"/>
        <source>the miejski or powiatowy rzecznik konsumentów (your local consumer ombudsman)</source>
        <translation>el miejski o powiatowy rzecznik konsumentów (el defensor local de los consumidores)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="139"/>
        <source>the courts (a small-claims procedure where the amount allows)</source>
        <translation>los tribunales (un procedimiento de escasa cuantía, si el importe lo permite)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="140"/>
        <source>a dispute of the charge with {issuer} (a chargeback for a card, a refund request for a direct debit)</source>
        <translation>una reclamación del cargo ante {issuer} (un contracargo para una tarjeta, una solicitud de devolución para un adeudo directo)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="141"/>
        <source>the complaint procedure of {issuer}</source>
        <translation>el procedimiento de reclamación de {issuer}</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="143"/>
        <source>the Financial Ombudsman Service</source>
        <translation>el Financial Ombudsman Service</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="150"/>
        <source>the Banco de España (Servicio de Reclamaciones)</source>
        <translation>el Banco de España (Servicio de Reclamaciones)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="152"/>
        <source>the Rzecznik Finansowy (Financial Ombudsman)</source>
        <translation>el Rzecznik Finansowy (defensor del cliente financiero polaco)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="159"/>
        <source>the Sąd Polubowny przy KNF (arbitration at the Polish Financial Supervision Authority), if the bank agrees</source>
        <translation>el Sąd Polubowny przy KNF (arbitraje ante el supervisor financiero polaco), si el banco lo acepta</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="161"/>
        <source>your bank&apos;s médiateur (named on its website and statements)</source>
        <translation>el médiateur de tu banco (indicado en su web y en sus extractos)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="169"/>
        <source>the Consumer Financial Protection Bureau (CFPB)</source>
        <translation>la Consumer Financial Protection Bureau (CFPB)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="177"/>
        <source>your country&apos;s financial ombudsman or banking regulator</source>
        <translation>el defensor del cliente financiero o el supervisor bancario de tu país</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="112"/>
        <source>Open to every customer: the first place to ask</source>
        <translation>A disposición de todos los clientes: el primer sitio al que acudir</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="113"/>
        <source>Ask for one when customer service cannot solve it</source>
        <translation>Pídelo cuando la atención al cliente no pueda resolverlo</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="114"/>
        <source>Open to every customer; send it so that you can prove when it arrived: the merchant&apos;s answer clock runs from that day</source>
        <translation>A disposición de todos los clientes; envíala de forma que puedas acreditar cuándo llegó: el plazo de respuesta del comercio corre desde ese día</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="139"/>
        <source>Open to anyone, person or company, when the other steps fail</source>
        <translation>Al alcance de cualquiera, particular o empresa, cuando fallan las demás vías</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="140"/>
        <source>Open to every cardholder or account holder, person or company, within the deadlines of the case</source>
        <translation>Al alcance de todo titular de tarjeta o de cuenta, particular o empresa, dentro de los plazos del expediente</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="141"/>
        <source>Open to every customer, person or company; the bank must answer within its time (see the deadlines)</source>
        <translation>Al alcance de todos los clientes, particulares o empresas; el banco debe responder en su plazo (véanse los plazos)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="150"/>
        <source>Open to any user of the bank&apos;s services, person or company, after the bank&apos;s customer service answered or did not answer in time (Orden ECO/734/2004)</source>
        <translation>Al alcance de cualquier usuario de los servicios del banco, particular o empresa, después de que el servicio de atención al cliente del banco haya respondido o no lo haya hecho a tiempo (Orden ECO/734/2004)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="159"/>
        <source>Open to a bank&apos;s clients, persons or companies, when both sides agree to it</source>
        <translation>Al alcance de los clientes de un banco, particulares o empresas, cuando ambas partes lo aceptan</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="118"/>
        <source>Free for consumers, after a written complaint to the merchant (Code de la consommation L612-1)</source>
        <translation>Sin coste para los consumidores, tras una reclamación por escrito al comercio (Code de la consommation L612-1)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="119"/>
        <source>If you act as a private person: free for consumers, after a written complaint to the merchant (Code de la consommation L612-1)</source>
        <translation>Si actúas como particular: sin coste para los consumidores, tras una reclamación por escrito al comercio (Code de la consommation L612-1)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="120"/>
        <source>Only for consumers (natural persons): a company&apos;s dispute with a trader goes to the commercial court, or to the mediation or arbitration its contract names</source>
        <translation>Solo para consumidores (personas físicas): el litigio de una empresa con un comercio va al tribunal mercantil, o a la mediación o el arbitraje que prevea su contrato</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="126"/>
        <source>Free for consumers, when the merchant accepts arbitration (Real Decreto 231/2008)</source>
        <translation>Sin coste para los consumidores, cuando el comercio acepta el arbitraje (Real Decreto 231/2008)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="127"/>
        <source>If you act as a private person: free for consumers, when the merchant accepts arbitration (Real Decreto 231/2008)</source>
        <translation>Si actúas como particular: sin coste para los consumidores, cuando el comercio acepta el arbitraje (Real Decreto 231/2008)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="128"/>
        <location filename="../rules/escalation.json" line="128"/>
        <source>Only for consumers: a company&apos;s dispute with a trader goes to court, or to the arbitration its contract names</source>
        <translation>Solo para consumidores: el litigio de una empresa con un comercio va a los tribunales, o al arbitraje que prevea su contrato</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="134"/>
        <source>Free help for consumers with a trader (ustawa o ochronie konkurencji i konsumentów, art. 42)</source>
        <translation>Ayuda gratuita para los consumidores frente a un comercio (ustawa o ochronie konkurencji i konsumentów, art. 42)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="135"/>
        <source>If you act as a private person: free help for consumers with a trader (art. 42 of the ustawa o ochronie konkurencji i konsumentów)</source>
        <translation>Si actúas como particular: ayuda gratuita para los consumidores frente a un comercio (art. 42 de la ustawa o ochronie konkurencji i konsumentów)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="145"/>
        <source>After the firm&apos;s final response, or 8 weeks without one; within 6 months of the final response (FCA DISP 2.8.2R)</source>
        <translation>Tras la respuesta definitiva de la entidad, o tras 8 semanas sin ella; dentro de los 6 meses siguientes a la respuesta definitiva (FCA DISP 2.8.2R)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="146"/>
        <source>If you act as a private person or for a micro-enterprise or small business: after the firm&apos;s final response, or 8 weeks without one; within 6 months of it (FCA DISP 2.8.2R)</source>
        <translation>Si actúas como particular o por cuenta de una microempresa o pequeña empresa: tras la respuesta definitiva de la entidad, o tras 8 semanas sin ella; dentro de los 6 meses siguientes (FCA DISP 2.8.2R)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="147"/>
        <source>Open to a micro-enterprise (fewer than 10 employees and a turnover or balance sheet of at most €2 million) or a small business as FCA DISP 2.7.3R defines it: after the firm&apos;s final response, or 8 weeks without one; a larger company goes to court or arbitration</source>
        <translation>Al alcance de una microempresa (menos de 10 empleados y un volumen de negocios o un balance de 2 millones de euros como máximo) o a una pequeña empresa según la define la FCA DISP 2.7.3R: tras la respuesta definitiva de la entidad, o tras 8 semanas sin ella; una empresa mayor acude a los tribunales o al arbitraje</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="154"/>
        <source>For natural persons, after the bank rejected the complaint (ustawa o Rzeczniku Finansowym, 2015)</source>
        <translation>Para personas físicas, después de que el banco haya rechazado la reclamación (ustawa o Rzeczniku Finansowym, 2015)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="155"/>
        <source>If you act as a private person: for natural persons, after the bank rejected the complaint (ustawa o Rzeczniku Finansowym, 2015)</source>
        <translation>Si actúas como particular: para personas físicas, después de que el banco haya rechazado la reclamación (ustawa o Rzeczniku Finansowym, 2015)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="156"/>
        <source>The Rzecznik Finansowy takes only natural persons: a company goes to the bank&apos;s own complaint procedure, then the Sąd Polubowny przy KNF (if the bank agrees) or court</source>
        <translation>El Rzecznik Finansowy solo atiende a personas físicas: una empresa acude al procedimiento de reclamación del propio banco y después al Sąd Polubowny przy KNF (si el banco lo acepta) o a los tribunales</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="163"/>
        <source>Free for consumers, after a written complaint to the bank, within one year of it (Code monétaire et financier L316-1)</source>
        <translation>Sin coste para los consumidores, tras una reclamación por escrito al banco, dentro del año siguiente (Code monétaire et financier L316-1)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="164"/>
        <source>If you act as a private person: free for consumers, after a written complaint to the bank, within one year of it (Code monétaire et financier L316-1)</source>
        <translation>Si actúas como particular: sin coste para los consumidores, tras una reclamación por escrito al banco, dentro del año siguiente (Code monétaire et financier L316-1)</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="165"/>
        <source>A médiateur de la consommation takes only consumers: a company goes to the bank&apos;s own complaint procedure, then the commercial court or a mediation its agreement with the bank offers</source>
        <translation>Un médiateur de la consommation solo atiende a consumidores: una empresa acude al procedimiento de reclamación del propio banco y después al tribunal mercantil o a la mediación que ofrezca su contrato con el banco</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="171"/>
        <source>Complaints from consumers about credit cards, bank accounts and money transfers, at consumerfinance.gov/complaint</source>
        <translation>Reclamaciones de consumidores sobre tarjetas de crédito, cuentas bancarias y transferencias de dinero, en consumerfinance.gov/complaint</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="172"/>
        <source>If the account is yours as a private person: complaints about credit cards, bank accounts and money transfers, at consumerfinance.gov/complaint</source>
        <translation>Si la cuenta es tuya como particular: reclamaciones sobre tarjetas de crédito, cuentas bancarias y transferencias de dinero, en consumerfinance.gov/complaint</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="173"/>
        <source>The CFPB takes complaints from consumers about consumer products: a business card&apos;s dispute goes through the issuer&apos;s own procedure, then the arbitration or court its agreement names</source>
        <translation>La CFPB atiende reclamaciones de consumidores sobre productos de consumo: la reclamación de una tarjeta de empresa sigue el procedimiento del propio emisor y después el arbitraje o el tribunal que prevea su contrato</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="179"/>
        <source>After the bank&apos;s final answer, or when it did not answer in time</source>
        <translation>Tras la respuesta definitiva del banco, o si no respondió a tiempo</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="180"/>
        <source>After the bank&apos;s final answer, or when it did not answer in time; many take only private persons</source>
        <translation>Tras la respuesta definitiva del banco, o si no respondió a tiempo; muchos solo atienden a particulares</translation>
    </message>
    <message>
        <location filename="../rules/escalation.json" line="181"/>
        <source>Check whether it takes complaints from companies: many take only private persons; else the courts or arbitration</source>
        <translation>Comprueba si atiende reclamaciones de empresas: muchos solo atienden a particulares; si no, los tribunales o el arbitraje</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="55"/>
        <source>{path}: not written: case {number} has no open deadline (none due today or later) to put in a calendar</source>
        <translation>{path}: no se ha escrito: el expediente {number} no tiene ningún plazo abierto (ninguno vence hoy o más adelante) que poner en un calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="61"/>
        <source>{path}: not written: no open case has an open deadline (none due today or later) to put in a calendar</source>
        <translation>{path}: no se ha escrito: ningún expediente abierto tiene un plazo abierto (ninguno vence hoy o más adelante) que poner en un calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="78"/>
        <source>{name} is not a file name: name the .ics file to write</source>
        <translation>{name} no es un nombre de archivo: indica el archivo .ics que se va a escribir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="86"/>
        <source>{path}: the folder {folder} does not exist; create it or choose another place</source>
        <translation>{path}: la carpeta {folder} no existe; créala o elige otro lugar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calendar.py" line="92"/>
        <source>{path}: {folder} is not a folder; choose another place for the calendar</source>
        <translation>{path}: {folder} no es una carpeta; elige otro lugar para el calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/case_rows.py" line="212"/>
        <source>its {field} date {date} is outside {first}–{last}</source>
        <translation>su fecha «{field}» ({date}) está fuera de {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/case_rows.py" line="222"/>
        <source>no deadline can be counted: {reasons}. Correct the case&apos;s dates (in the window: Edit case).</source>
        <translation>no se puede calcular ningún plazo: {reasons}. Corrige las fechas del expediente (en la ventana: Editar datos del expediente).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="329"/>
        <source>{path}: the case file was refused, nothing was imported:</source>
        <translation>{path}: se ha rechazado el archivo de expediente y no se ha importado nada:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="65"/>
        <source>Importing the case file</source>
        <translation>Importando el archivo de expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="231"/>
        <source>Exporting the case file</source>
        <translation>Exportando el archivo de expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="363"/>
        <source>{file} cannot be followed (a loop of symbolic links?)</source>
        <translation>No se puede seguir {file} (¿un bucle de enlaces simbólicos?)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="367"/>
        <source>{file} leads outside the case file&apos;s folder {folder} (to {target}): refused</source>
        <translation>{file} lleva fuera de la carpeta del archivo de expediente {folder} (a {target}): rechazado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="378"/>
        <source>{file} is a hidden file or in a hidden folder (such as .ssh or .gnupg): Dossier never takes one from a case file; refused</source>
        <translation>{file} es un archivo oculto o está en una carpeta oculta (como .ssh o .gnupg): Dossier nunca los toma de un archivo de expediente; rechazado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="445"/>
        <source>{path}: is not UTF-8 text (byte {byte}); save it as UTF-8</source>
        <translation>{path}: no es texto UTF-8 (byte {byte}); guárdalo como UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="479"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: no se puede leer ({reason})</translation>
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
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="406"/>
        <source>{file} is not a regular file (a FIFO, a device or a socket)</source>
        <translation>{file} no es un archivo normal (es una FIFO, un dispositivo o un socket)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="467"/>
        <source>an integer of thousands of digits, far too long for any amount</source>
        <translation>un entero de miles de cifras, demasiado largo para cualquier importe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="485"/>
        <source>{name} is not a number a case file may hold</source>
        <translation>{name} no es un número que pueda contener un archivo de expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="301"/>
        <location filename="../../desktop_app/services/casefiles.py" line="292"/>
        <source>The case file was not written: you cancelled it.</source>
        <translation>No se ha escrito el archivo de expediente: lo has cancelado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="352"/>
        <source>{path}: its folder cannot be resolved; nothing was imported</source>
        <translation>{path}: no se puede resolver su carpeta; no se ha importado nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="437"/>
        <source>{path}: {size} bytes is too large for a case file (at most {limit}); nothing was imported</source>
        <translation>{path}: {size} bytes es demasiado para un archivo de expediente (como máximo {limit}); no se ha importado nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="139"/>
        <source>The case file was not imported: you cancelled it.</source>
        <translation>No se ha importado el archivo de expediente: lo has cancelado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="255"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="270"/>
        <source>{folder}: refused: it exists and is not a folder of Dossier&apos;s; nothing was written</source>
        <translation>{folder}: rechazada: existe y no es una carpeta de Dossier; no se ha escrito nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="288"/>
        <source>{folder}: cannot be created ({reason})</source>
        <translation>{folder}: no se puede crear ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="453"/>
        <source>{path}: is not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>{path}: no es un JSON válido: {reason} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="459"/>
        <source>{path}: is nested too deeply to be a case file (lists or objects inside each other hundreds of times); nothing was imported</source>
        <translation>{path}: tiene demasiados niveles de anidamiento para ser un archivo de expediente (listas u objetos unos dentro de otros cientos de veces); no se ha importado nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="472"/>
        <source>{path}: holds a number that cannot be read ({reason}); nothing was imported</source>
        <translation>{path}: contiene un número que no se puede leer ({reason}); no se ha importado nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="294"/>
        <location filename="../../desktop_app/services/evidence.py" line="430"/>
        <source>Copying {name}</source>
        <translation>Copiando {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="403"/>
        <source>{file} is a folder, not a file</source>
        <translation>{file} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="124"/>
        <source>{path}: evidence[{index}].sha256 says {said} but the file&apos;s SHA-256 is {found}: the file has changed since the case file was written</source>
        <translation>{path}: evidence[{index}].sha256 indica {said}, pero el SHA-256 del archivo es {found}: el archivo ha cambiado desde que se escribió el archivo de expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="388"/>
        <source>{file}: no such file</source>
        <translation>{file}: no existe el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/casefiles.py" line="395"/>
        <source>{file} cannot be read ({reason})</source>
        <translation>No se puede leer {file} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="155"/>
        <source>A case needs a title, such as “Gym membership charged after cancelling”.</source>
        <translation>Un expediente necesita un título, como «Cuota del gimnasio cobrada después de darse de baja».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="160"/>
        <source>A case needs the merchant&apos;s name.</source>
        <translation>Un expediente necesita el nombre del comercio.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="172"/>
        <source>This case is not saved yet.</source>
        <translation>Este expediente aún no está guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="175"/>
        <source>A case needs a title and the merchant&apos;s name.</source>
        <translation>Un expediente necesita un título y el nombre del comercio.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/cases.py" line="189"/>
        <source>{title} (copy)</source>
        <translation>{title} (copia)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="335"/>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="337"/>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="330"/>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="310"/>
        <source>{name} ({path})</source>
        <translation>{name} ({path})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="323"/>
        <source>Nothing was added.</source>
        <translation>No se ha añadido nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="333"/>
        <location filename="../../desktop_app/services/core.py" line="342"/>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="145"/>
        <location filename="../../desktop_app/services/evidence.py" line="269"/>
        <source>Nothing was added: you cancelled it.</source>
        <translation>No se ha añadido nada: lo has cancelado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="204"/>
        <source>{name} is too large to search its text</source>
        <translation>{name} es demasiado grande para buscar en su texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="316"/>
        <source>is inside the Dossier store folder {folder}: the store&apos;s own files are never evidence</source>
        <translation>está dentro de la carpeta del almacén de Dossier {folder}: los propios archivos del almacén nunca son pruebas</translation>
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
        <translation>Leyendo {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/core.py" line="373"/>
        <source>The {field} holds {character}, which is not a character (bytes that are not UTF-8 text?); type it again.</source>
        <translation>El campo {field} contiene {character}, que no es un carácter (¿bytes que no son texto UTF-8?); vuelve a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="135"/>
        <source>Adding the files</source>
        <translation>Añadiendo los archivos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="178"/>
        <source>Adding the pasted file</source>
        <translation>Añadiendo el archivo pegado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="371"/>
        <source>{name}: there is no page {page}: pages are numbered from 1.</source>
        <translation>{name}: no existe la página {page}: las páginas se numeran desde 1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="441"/>
        <source>Opening a copy of the evidence</source>
        <translation>Abriendo una copia de la prueba</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="469"/>
        <source>{name}: {size} bytes, too large to preview.</source>
        <translation>{name}: {size} bytes, demasiado grande para la vista previa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="86"/>
        <source>No file was given.</source>
        <translation>No se ha indicado ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="134"/>
        <source>Adding the file</source>
        <translation>Añadiendo el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="305"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="313"/>
        <source>This evidence item is not saved yet.</source>
        <translation>Esta prueba aún no está guardada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="322"/>
        <source>That charge is not in this case.</source>
        <translation>Ese cargo no pertenece a este expediente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="326"/>
        <source>That contact is not in this case.</source>
        <translation>Ese contacto no pertenece a este expediente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="438"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="388"/>
        <source>Drawing page {page} of {name}</source>
        <translation>Dibujando la página {page} de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="151"/>
        <source>{name}: there is nothing in it</source>
        <translation>{name}: está vacío</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="170"/>
        <source>Adding {name}</source>
        <translation>Añadiendo {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="368"/>
        <source>{name} is not a PDF: it has no pages to turn.</source>
        <translation>{name} no es un PDF: no tiene páginas que pasar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="214"/>
        <source>the same file is in this case&apos;s trash #{number} “{title}”</source>
        <translation>el mismo archivo está en la papelera de este expediente, n.º {number} «{title}»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="218"/>
        <source>the same file is already evidence #{number} “{title}”</source>
        <translation>el mismo archivo ya es la prueba n.º {number} «{title}»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evidence.py" line="274"/>
        <source>Checking {name}</source>
        <translation>Comprobando {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/jobs.py" line="45"/>
        <source>{job}: cancelled; nothing of it was kept.</source>
        <translation>{job}: cancelado; no se ha guardado nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/mail.py" line="89"/>
        <source>Not an e-mail address: {addresses}</source>
        <translation>
            <numerusform>No es una dirección de correo electrónico: {addresses}</numerusform>
            <numerusform>No son direcciones de correo electrónico: {addresses}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="149"/>
        <source>Reading the e-mails</source>
        <translation>Leyendo los correos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="230"/>
        <source>Importing the e-mails</source>
        <translation>Importando los correos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="281"/>
        <source>{origin}: already in this case as evidence #{number} “{title}”</source>
        <translation>{origin}: ya está en este expediente como prueba n.º {number} «{title}»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="285"/>
        <source>{origin}: has no date (no Date or Received header), so it cannot take its place in the contact log; add the file as evidence instead</source>
        <translation>{origin}: no tiene fecha (ni cabecera Date ni Received), así que no puede ocupar su lugar en el registro de contactos; añade el archivo como prueba</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="146"/>
        <source>Read</source>
        <comment>done reading</comment>
        <translation>Leído</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/mail.py" line="58"/>
        <source>Reading {name}: %n message(s) read</source>
        <translation>
            <numerusform>Leyendo {name}: %n mensaje leído</numerusform>
            <numerusform>Leyendo {name}: %n mensajes leídos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="326"/>
        <source>{origin}: the attachment {name} is empty; left out</source>
        <translation>{origin}: el adjunto {name} está vacío; se omite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/mail.py" line="397"/>
        <source>{origin}: the attachment {name} is already evidence #{number} “{title}”</source>
        <translation>{origin}: el adjunto {name} ya es la prueba n.º {number} «{title}»</translation>
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
        <translation>Generando el dossier de pruebas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="122"/>
        <source>Building the pack&apos;s preview</source>
        <translation>Generando la vista previa del dossier de pruebas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="144"/>
        <source>Exporting the evidence pack</source>
        <translation>Exportando el dossier de pruebas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="209"/>
        <source>The store&apos;s database fails its check ({problems}): nothing was written. Run &apos;dossier verify&apos;, and restore the store from a backup.</source>
        <translation>La base de datos del almacén no supera la comprobación ({problems}): no se ha escrito nada. Ejecuta &apos;dossier verify&apos; y restaura el almacén desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="138"/>
        <location filename="../../desktop_app/services/verify.py" line="76"/>
        <location filename="../../desktop_app/services/verify.py" line="71"/>
        <source>Checking the store&apos;s database</source>
        <translation>Comprobando la base de datos del almacén</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/packs.py" line="178"/>
        <source>No pack was written: %n evidence file(s) are missing or damaged in the vault: {files}. Run &apos;dossier verify&apos;, and restore the store from a backup.</source>
        <translation>
            <numerusform>No se ha escrito ningún dossier de pruebas: falta o está dañado %n archivo de pruebas en el depósito: {files}. Ejecuta &apos;dossier verify&apos; y restaura el almacén desde una copia de seguridad.</numerusform>
            <numerusform>No se ha escrito ningún dossier de pruebas: faltan o están dañados %n archivos de pruebas en el depósito: {files}. Ejecuta &apos;dossier verify&apos; y restaura el almacén desde una copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="169"/>
        <source>{name} (its bytes no longer match its SHA-256)</source>
        <translation>{name} (su contenido ya no coincide con su SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/packs.py" line="173"/>
        <source>{name} ({problem})</source>
        <translation>{name} ({problem})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="35"/>
        <source>A case bundle is NOT encrypted: anyone who has the file can read every document in it. Hand it over in person or through a secure channel, and delete it when it is no longer needed.</source>
        <translation>El ZIP de un expediente NO está cifrado: cualquiera que tenga el archivo puede leer todos sus documentos. Entrégalo en persona o por un canal seguro, y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="273"/>
        <source>Backing up the store</source>
        <translation>Haciendo la copia de seguridad del almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="286"/>
        <source>Restoring the backup</source>
        <translation>Restaurando la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="298"/>
        <source>Encrypting the store</source>
        <translation>Cifrando el almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="300"/>
        <source>Decrypting the store</source>
        <translation>Descifrando el almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="315"/>
        <source>Removing the passphrase</source>
        <translation>Quitando la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="326"/>
        <location filename="../../desktop_app/services/protection.py" line="321"/>
        <source>Unlocking the store</source>
        <translation>Desbloqueando el almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="337"/>
        <source>Writing the case bundle</source>
        <translation>Guardando el ZIP del expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="144"/>
        <source>The system keyring does not hold this store&apos;s key: without its passphrase it would open only with the recovery key. The passphrase was kept.</source>
        <translation>El llavero del sistema no guarda la clave de este almacén: sin su frase de contraseña solo se abriría con la clave de recuperación. Se ha conservado la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/protection.py" line="308"/>
        <location filename="../../desktop_app/services/protection.py" line="314"/>
        <source>Changing the passphrase</source>
        <translation>Cambiando la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="140"/>
        <source>This charge is not saved yet.</source>
        <translation>Este cargo aún no está guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="155"/>
        <source>This contact is not saved yet.</source>
        <translation>Este contacto aún no está guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="175"/>
        <source>Days after need a date to count from.</source>
        <translation>Los días posteriores necesitan una fecha desde la que contar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="215"/>
        <source>This task is not saved yet.</source>
        <translation>Esta tarea aún no está guardada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="241"/>
        <source>Unknown kind of record: {table}.</source>
        <translation>Tipo de registro desconocido: {table}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="101"/>
        <source>Check: {promise} ({who})</source>
        <translation>Comprobar: {promise} ({who})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/records.py" line="105"/>
        <source>Check: {promise}</source>
        <translation>Comprobar: {promise}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/records.py" line="184"/>
        <source>{title} (+%n d)</source>
        <translation>
            <numerusform>{title} (+%n d)</numerusform>
            <numerusform>{title} (+%n d)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="100"/>
        <source>the bank</source>
        <translation>el banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="108"/>
        <source>dispute won (claim {claim})</source>
        <translation>reclamación ganada (n.º {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="109"/>
        <source>dispute lost (claim {claim})</source>
        <translation>reclamación perdida (n.º {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="110"/>
        <source>dispute partly won (claim {claim})</source>
        <translation>reclamación ganada en parte (n.º {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="114"/>
        <source>dispute won</source>
        <translation>reclamación ganada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="115"/>
        <source>dispute lost</source>
        <translation>reclamación perdida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="116"/>
        <source>dispute partly won</source>
        <translation>reclamación ganada en parte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="105"/>
        <source>filed with {issuer}</source>
        <translation>presentada a {issuer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/results.py" line="102"/>
        <source>filed with {issuer} (claim {claim})</source>
        <translation>presentada a {issuer} (n.º {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="41"/>
        <source>the letters</source>
        <translation>las cartas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="49"/>
        <source>the letters&apos; legal basis</source>
        <translation>la base jurídica de las cartas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="68"/>
        <source>the escalation ladder</source>
        <translation>la escala de escalado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="75"/>
        <source>the deadline rules</source>
        <translation>las normas de plazos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="83"/>
        <source>the evidence checklists</source>
        <translation>las listas de comprobación de pruebas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="61"/>
        <source>{path}: {what} cannot be read ({reason}); reinstall Dossier.</source>
        <translation>{path}: no se puede leer {what} ({reason}); vuelve a instalar Dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rules.py" line="30"/>
        <source>{language} is not a language of the letters; choose one of {languages}</source>
        <translation>{language} no es un idioma de las cartas; elige uno de estos: {languages}</translation>
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
        <translation>Expediente: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/search.py" line="54"/>
        <location filename="../../desktop_app/services/search.py" line="64"/>
        <source>{kind} of {date}</source>
        <translation>{kind} del {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/search.py" line="62"/>
        <source>{kind} of {date}: {subject}</source>
        <translation>{kind} del {date}: {subject}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="109"/>
        <source>The letter&apos;s PDF was refused ({reason}); nothing was kept.</source>
        <translation>Se ha rechazado el PDF de la carta ({reason}); no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="70"/>
        <source>The letter is empty: there is nothing to mark as sent.</source>
        <translation>La carta está vacía: no hay nada que marcar como enviado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="114"/>
        <source>This letter&apos;s PDF is already evidence: it was marked as sent before. Nothing was added.</source>
        <translation>El PDF de esta carta ya es una prueba: ya se marcó como enviada. No se ha añadido nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="183"/>
        <source>The moment the letter was sent needs its time zone.</source>
        <translation>El momento del envío de la carta necesita su zona horaria.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="119"/>
        <source>This letter&apos;s PDF is in this case&apos;s trash #{number} “{title}”: it was marked as sent before. Nothing was added.</source>
        <translation>El PDF de esta carta está en la papelera de este expediente, n.º {number} «{title}»: ya se marcó como enviada. No se ha añadido nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="125"/>
        <source>This letter&apos;s PDF is already evidence #{number} “{title}”: it was marked as sent before. Nothing was added.</source>
        <translation>El PDF de esta carta ya es la prueba n.º {number} «{title}»: ya se marcó como enviada. No se ha añadido nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="88"/>
        <source>The date sent {date} is after today: mark a letter as sent once it has gone.</source>
        <translation>La fecha de envío {date} es posterior a hoy: marca la carta como enviada cuando ya haya salido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_letters.py" line="150"/>
        <source>Evidence #{evidence} is not the letter of contact #{contact}.</source>
        <translation>La prueba n.º {evidence} no es la carta del contacto n.º {contact}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="85"/>
        <source>nothing was deleted</source>
        <translation>no se ha eliminado nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="162"/>
        <source>no file was removed</source>
        <translation>no se ha eliminado ningún archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="44"/>
        <source>Evidence #{number} is already in the trash.</source>
        <translation>La prueba n.º {number} ya está en la papelera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="46"/>
        <source>Evidence #{number} is not in the trash.</source>
        <translation>La prueba n.º {number} no está en la papelera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="181"/>
        <source>A record names one of those files now: no file was removed.</source>
        <translation>Ahora un registro remite a uno de esos archivos: no se ha eliminado ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="76"/>
        <source>“{title}” is not in the trash: move it there first.</source>
        <translation>«{title}» no está en la papelera: muévelo antes allí.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="127"/>
        <source>The store at {folder} looks rolled back or replaced ({reason}): {outcome}. Restore it from a backup (&apos;dossier restore&apos;), or see docs/security.md for the recovery steps.</source>
        <translation>El almacén de {folder} parece haber vuelto a un estado anterior o haber sido sustituido ({reason}): {outcome}. Restáuralo desde una copia de seguridad (&apos;dossier restore&apos;) o consulta en docs/security.md los pasos de recuperación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/trash.py" line="166"/>
        <source>The store&apos;s database fails its check ({problems}): no file was removed. Run &apos;dossier verify&apos;.</source>
        <translation>La base de datos del almacén no supera la comprobación ({problems}): no se ha eliminado ningún archivo. Ejecuta &apos;dossier verify&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/verify.py" line="35"/>
        <source>unused file</source>
        <translation>archivo sin usar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/verify.py" line="58"/>
        <source>Verifying the store</source>
        <translation>Verificando el almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/verify.py" line="52"/>
        <source>Checking the database and every file</source>
        <translation>Comprobando la base de datos y todos los archivos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_results.py" line="50"/>
        <source>name unknown</source>
        <translation>nombre desconocido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/services/work_results.py" line="53"/>
        <source>{sha256}  {size} byte(s)  {names}</source>
        <translation>
            <numerusform>{sha256}  {size} byte  {names}</numerusform>
            <numerusform>{sha256}  {size} bytes  {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_results.py" line="72"/>
        <source>evidence #{number}: {file}</source>
        <translation>prueba n.º {number}: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_results.py" line="69"/>
        <source>evidence #{number}: {file}, imported as “{name}”</source>
        <translation>prueba n.º {number}: {file}, importada como «{name}»</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../desktop_app/secrets.py" line="134"/>
        <source>the system keyring did not answer within {seconds} s while removing the key (it may be locked or waiting for a prompt)</source>
        <translation>el llavero del sistema no ha respondido en {seconds} s al eliminar la clave (puede estar bloqueado o esperando una confirmación)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="146"/>
        <source>the system keyring failed while removing the key: {error}</source>
        <translation>el llavero del sistema ha fallado al eliminar la clave: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="123"/>
        <source>the system keyring did not answer within {seconds} s while reading the store&apos;s key (it may be locked or waiting for a prompt)</source>
        <translation>el llavero del sistema no ha respondido en {seconds} s al leer la clave del almacén (puede estar bloqueado o esperando una confirmación)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="129"/>
        <source>the system keyring did not answer within {seconds} s while saving the key (it may be locked or waiting for a prompt)</source>
        <translation>el llavero del sistema no ha respondido en {seconds} s al guardar la clave (puede estar bloqueado o esperando una confirmación)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="143"/>
        <source>the system keyring failed while reading the store&apos;s key: {error}</source>
        <translation>el llavero del sistema ha fallado al leer la clave del almacén: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="145"/>
        <source>the system keyring failed while saving the key: {error}</source>
        <translation>el llavero del sistema ha fallado al guardar la clave: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="271"/>
        <source>The store&apos;s key file is damaged (the {method} copy has no {name}).</source>
        <translation>El archivo de claves del almacén está dañado (a la copia {method} le falta {name}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="281"/>
        <source>The store&apos;s key file is damaged (the {method} copy&apos;s {name} is {found} bytes, not {size}).</source>
        <translation>El archivo de claves del almacén está dañado (el campo {name} de la copia {method} tiene {found} bytes, no {size}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="368"/>
        <source>A recovery key is {count} letters and digits in groups of six (ABCDEF-GHJKMN-…)</source>
        <translation>Una clave de recuperación tiene {count} letras y cifras en grupos de seis (ABCDEF-GHJKMN-…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="252"/>
        <source>The store&apos;s key file is damaged (unknown key copy method {method}).</source>
        <translation>El archivo de claves del almacén está dañado (método de copia de la clave desconocido: {method}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="256"/>
        <source>The store&apos;s key file is damaged (the {method} copy&apos;s kdf {kdf} is not {expected}).</source>
        <translation>El archivo de claves del almacén está dañado (el kdf {kdf} de la copia {method} no es {expected}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="276"/>
        <source>The store&apos;s key file is damaged (the {method} copy&apos;s {name} is not base64).</source>
        <translation>El archivo de claves del almacén está dañado (el campo {name} de la copia {method} no es base64).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="384"/>
        <source>This recovery key has a typo: check each group against the printed one.</source>
        <translation>Esta clave de recuperación tiene un error tipográfico: compara cada grupo con la clave impresa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="248"/>
        <source>The store&apos;s key file is damaged (a key copy is not an object).</source>
        <translation>El archivo de claves del almacén está dañado (una copia de la clave no es un objeto).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="336"/>
        <source>This passphrase does not open the store; nothing was changed.</source>
        <translation>Esta frase de contraseña no abre el almacén; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="338"/>
        <source>This recovery key does not open the store; nothing was changed.</source>
        <translation>Esta clave de recuperación no abre el almacén; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="379"/>
        <source>This is not a Dossier recovery key: check what you typed.</source>
        <translation>No es una clave de recuperación de Dossier: comprueba lo que has escrito.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/secrets.py" line="111"/>
        <source>there is no safe system keyring on this computer ({backend}), and Dossier never keeps its key in a plain file</source>
        <translation>no hay ningún llavero del sistema seguro en este ordenador ({backend}), y Dossier nunca guarda su clave en un archivo sin cifrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="83"/>
        <source>the system keyring is not to be used</source>
        <translation>no se debe usar el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="85"/>
        <source>The store at {root} is encrypted and its key is not at hand: {reason}. Unlock it with its passphrase or its recovery key.</source>
        <translation>El almacén de {root} está cifrado y su clave no está disponible: {reason}. Desbloquéalo con su frase de contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="91"/>
        <source>The store at {root} is encrypted and its key is not at hand: {reason}. Unlock it with its recovery key.</source>
        <translation>El almacén de {root} está cifrado y su clave no está disponible: {reason}. Desbloquéalo con su clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="55"/>
        <source>The folder {root} holds evidence files but no database ({db_name}). Nothing was changed: restore the database from a backup, or choose another folder.</source>
        <translation>La carpeta {root} contiene archivos de pruebas pero ninguna base de datos ({db_name}). No se ha cambiado nada: restaura la base de datos desde una copia de seguridad o elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/access.py" line="136"/>
        <source>A new store at {root} needs a passphrase: {note}. Nothing was created.</source>
        <translation>Un almacén nuevo en {root} necesita una frase de contraseña: {note}. No se ha creado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="100"/>
        <source>This store is not encrypted: give a passphrase to protect its backup.</source>
        <translation>Este almacén no está cifrado: indica una frase de contraseña para proteger su copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="132"/>
        <location filename="../../desktop_app/store/convert.py" line="110"/>
        <source>Copying the database</source>
        <translation>Copiando la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="403"/>
        <source>Nothing was restored: you stopped it.</source>
        <translation>No se ha restaurado nada: lo has detenido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="122"/>
        <source>{out}: the folder {parent} does not exist</source>
        <translation>{out}: la carpeta {parent} no existe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="288"/>
        <source>{target} is not empty: restore into a new or empty folder. Nothing was changed.</source>
        <translation>{target} no está vacía: restaura en una carpeta nueva o vacía. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="381"/>
        <source>{path} holds an encrypted store: open it with the store&apos;s recovery key or passphrase.</source>
        <translation>{path} contiene un almacén cifrado: ábrelo con la clave de recuperación o la frase de contraseña del almacén.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="151"/>
        <source>The backup was not written: you stopped it.</source>
        <translation>No se ha escrito la copia de seguridad: la has detenido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="171"/>
        <location filename="../../desktop_app/store/backup.py" line="180"/>
        <source>{out}: the backup cannot be written ({reason}); nothing was kept</source>
        <translation>{out}: no se puede escribir la copia de seguridad ({reason}); no se ha guardado nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="228"/>
        <source>Cannot create the folder {parent} ({reason}). Nothing was changed.</source>
        <translation>No se puede crear la carpeta {parent} ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="264"/>
        <location filename="../../desktop_app/store/backup.py" line="316"/>
        <source>{parent}: cannot restore here ({reason}). Nothing was changed.</source>
        <translation>{parent}: no se puede restaurar aquí ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="298"/>
        <source>{source} is damaged: its manifest or database is missing.</source>
        <translation>{source} está dañado: falta su manifiesto o su base de datos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="408"/>
        <source>Restoring file {n} of {count}</source>
        <translation>Restaurando el archivo {n} de {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="414"/>
        <source>{path} is damaged: the file {sha} is missing from it.</source>
        <translation>{path} está dañado: le falta el archivo {sha}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="422"/>
        <source>{path} is damaged: the file {sha} does not match its SHA-256.</source>
        <translation>{path} está dañado: el archivo {sha} no coincide con su SHA-256.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="434"/>
        <source>{path}: its database does not open with its key.</source>
        <translation>{path}: su base de datos no se abre con su clave.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="440"/>
        <source>{path}: its database fails its check ({problems}).</source>
        <translation>{path}: su base de datos no supera la comprobación ({problems}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="447"/>
        <source>{path}: its database does not hold the rows its manifest lists.</source>
        <translation>{path}: su base de datos no contiene las filas que enumera su manifiesto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="454"/>
        <source>{path}: its files are not those its database names.</source>
        <translation>{path}: sus archivos no son los que indica su base de datos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="307"/>
        <source>{source} is damaged: {reason}</source>
        <translation>{source} está dañado: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="341"/>
        <source>{source} is damaged: {reason}. Nothing was restored.</source>
        <translation>{source} está dañado: {reason}. No se ha restaurado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="349"/>
        <source>{where}: the restore cannot be written ({reason}). Nothing was restored into {target}.</source>
        <translation>{where}: no se puede escribir la restauración ({reason}). No se ha restaurado nada en {target}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="156"/>
        <location filename="../../desktop_app/store/convert.py" line="139"/>
        <source>Copying file {n} of {count}</source>
        <translation>Copiando el archivo {n} de {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup.py" line="327"/>
        <source>{target} is no longer empty: something was written there during the restore. Nothing was restored.</source>
        <translation>{target} ya no está vacía: se ha escrito algo en ella durante la restauración. No se ha restaurado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="141"/>
        <source>The backup {path} needs its passphrase, or the store&apos;s recovery key.</source>
        <translation>La copia de seguridad {path} necesita su frase de contraseña o la clave de recuperación del almacén.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="145"/>
        <source>The backup {path} needs its passphrase.</source>
        <translation>La copia de seguridad {path} necesita su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="182"/>
        <source>Checking the backup</source>
        <translation>Comprobando la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="105"/>
        <source>{path} is cut short (in {what}).</source>
        <translation>{path} está incompleto (en {what}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="172"/>
        <location filename="../../desktop_app/store/backup_file.py" line="178"/>
        <source>{path} is cut short.</source>
        <translation>{path} está incompleto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="187"/>
        <source>{path} is damaged: its check over the whole file fails</source>
        <translation>{path} está dañado: falla la comprobación del archivo completo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="191"/>
        <source>{where} (a byte was changed, or the file is incomplete). Nothing was restored.</source>
        <translation>{where} (se ha cambiado un byte o el archivo está incompleto). No se ha restaurado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="53"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="62"/>
        <source>{path} is not a Dossier backup (or its first bytes are damaged).</source>
        <translation>{path} no es una copia de seguridad de Dossier (o sus primeros bytes están dañados).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="69"/>
        <source>{path} is damaged: its header length is impossible.</source>
        <translation>{path} está dañado: la longitud de su cabecera es imposible.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="76"/>
        <source>{path} is damaged: its header fails its check.</source>
        <translation>{path} está dañado: su cabecera no supera la comprobación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="81"/>
        <source>{path} is a backup of an unknown format ({format}).</source>
        <translation>{path} es una copia de seguridad de un formato desconocido ({format}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="159"/>
        <source>{path}: the store&apos;s key does not open this backup.</source>
        <translation>{path}: la clave del almacén no abre esta copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="220"/>
        <source>{path} is damaged: section {name} runs past the end.</source>
        <translation>{path} está dañado: la sección {name} sobrepasa el final.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/backup_file.py" line="128"/>
        <source>This passphrase does not open the backup {path}; nothing was changed.</source>
        <translation>Esta frase de contraseña no abre la copia de seguridad {path}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/cases.py" line="61"/>
        <source>There is no case {case_id}; &apos;dossier cases&apos; lists them.</source>
        <translation>No existe el expediente {case_id}; &apos;dossier cases&apos; los enumera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/checks.py" line="59"/>
        <source>row {row} of {table} refers to a missing {parent}</source>
        <translation>la fila {row} de {table} remite a un {parent} que no existe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/cipher.py" line="128"/>
        <source>{name} is not a sealed vault file (its header is missing or damaged)</source>
        <translation>{name} no es un archivo sellado del depósito (falta su cabecera o está dañada)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/cipher.py" line="136"/>
        <source>{name} is cut short</source>
        <translation>{name} está incompleto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/cipher.py" line="175"/>
        <source>{name} has been altered or damaged (chunk {index} fails its check), or it belongs to another file or another key</source>
        <translation>{name} se ha alterado o está dañado (el bloque {index} no supera la comprobación), o pertenece a otro archivo o a otra clave</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/convert.py" line="135"/>
        <source>The store was not converted: you stopped it. It is as it was.</source>
        <translation>No se ha convertido el almacén: lo has detenido. Está como estaba.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/convert.py" line="51"/>
        <source>{plan} is damaged ({reason}); nothing was changed. Keep a copy of {root}.</source>
        <translation>{plan} está dañado ({reason}); no se ha cambiado nada. Guarda una copia de {root}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/convert.py" line="126"/>
        <source>The store at {root} cannot be converted ({reason}); nothing was changed.</source>
        <translation>No se puede convertir el almacén de {root} ({reason}); no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/convert.py" line="147"/>
        <source>The vault file {path} does not match its SHA-256; nothing was changed. Run &apos;dossier verify&apos;.</source>
        <translation>El archivo del depósito {path} no coincide con su SHA-256; no se ha cambiado nada. Ejecuta &apos;dossier verify&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="143"/>
        <location filename="../../desktop_app/store/store.py" line="214"/>
        <location filename="../../desktop_app/store/store.py" line="548"/>
        <location filename="../../desktop_app/store/vault.py" line="168"/>
        <source>The store is locked: unlock it first.</source>
        <translation>El almacén está bloqueado: desbloquéalo primero.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="45"/>
        <source>Cannot open the database {path}: {reason}</source>
        <translation>No se puede abrir la base de datos {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="65"/>
        <source>The database {path} cannot be created ({reason}).</source>
        <translation>No se puede crear la base de datos {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="110"/>
        <source>The database {path} cannot use write-ahead logging (mode {mode}).</source>
        <translation>La base de datos {path} no puede usar el registro de escritura anticipada (WAL) (modo {mode}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="122"/>
        <source>The database {path} cannot be read: {reason}</source>
        <translation>No se puede leer la base de datos {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/database.py" line="96"/>
        <source>The database {path} cannot be read with this key, or it is not a Dossier database.</source>
        <translation>La base de datos {path} no se puede leer con esta clave, o no es una base de datos de Dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/evidence.py" line="41"/>
        <source>There is no evidence item {evidence_id}.</source>
        <translation>No existe la prueba {evidence_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="122"/>
        <source>The database {db} is missing, but {root} is a Dossier store ({why}). Nothing was changed, and no new store was made in its place. {recovery_hint}</source>
        <translation>Falta la base de datos {db}, pero {root} es un almacén de Dossier ({why}). No se ha cambiado nada ni se ha creado un almacén nuevo en su lugar. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="128"/>
        <source>The database {db} is empty (0 bytes), but {root} is a Dossier store ({why}). Nothing was changed, and no new store was made in its place. {recovery_hint}</source>
        <translation>La base de datos {db} está vacía (0 bytes), pero {root} es un almacén de Dossier ({why}). No se ha cambiado nada ni se ha creado un almacén nuevo en su lugar. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="116"/>
        <source>its record {record} says so</source>
        <translation>así lo indica su registro {record}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="228"/>
        <source>The database {db} does not open with the store&apos;s own key: it is damaged or was replaced. Nothing was changed. {recovery_hint}</source>
        <translation>La base de datos {db} no se abre con la clave del propio almacén: está dañada o se ha sustituido. No se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="118"/>
        <source>its key file {key_file} says so</source>
        <translation>así lo indica su archivo de claves {key_file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="120"/>
        <source>the evidence files in {vault}/ say so</source>
        <translation>así lo indican los archivos de pruebas de {vault}/</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="156"/>
        <source>The recovery copy in the key file unwraps with this key, but what it holds does not open the database {database}: the key file or the database was replaced.</source>
        <translation>La copia de recuperación del archivo de claves se descifra con esta clave, pero lo que contiene no abre la base de datos {database}: se ha sustituido el archivo de claves o la base de datos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="179"/>
        <location filename="../../desktop_app/store/store.py" line="122"/>
        <location filename="../../desktop_app/store/store.py" line="135"/>
        <source>no Dossier store at {root}</source>
        <translation>no hay ningún almacén de Dossier en {root}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="182"/>
        <source>The store at {root} is not encrypted: it has no recovery key.</source>
        <translation>El almacén de {root} no está cifrado: no tiene clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="212"/>
        <source>The database {db} cannot be read: it is damaged, or it is encrypted and its key file {key_file} is missing from {root}. Nothing was changed. {recovery_hint}</source>
        <translation>No se puede leer la base de datos {db}: está dañada, o está cifrada y falta su archivo de claves {key_file} en {root}. No se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="220"/>
        <source>The key in the system keyring does not open the store at {root}. Unlock it with its passphrase or its recovery key.</source>
        <translation>La clave del llavero del sistema no abre el almacén de {root}. Desbloquéalo con su frase de contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="56"/>
        <source>Cannot create the store folder {root}: {reason}</source>
        <translation>No se puede crear la carpeta del almacén {root}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="105"/>
        <source>The database {db} cannot be read ({reason}). Nothing was changed. {recovery_hint}</source>
        <translation>No se puede leer la base de datos {db} ({reason}). No se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/folder.py" line="207"/>
        <source>The database {db} cannot be read. Nothing was changed. {recovery_hint}</source>
        <translation>No se puede leer la base de datos {db}. No se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="57"/>
        <source>Restore the store from a backup into a new folder (&apos;dossier restore BACKUP --data-dir NEW_FOLDER&apos;), or follow &apos;If Dossier refuses to open a store&apos; in docs/security.md. Keep a copy of the folder as it is.</source>
        <translation>Restaura el almacén desde una copia de seguridad en una carpeta nueva (&apos;dossier restore BACKUP --data-dir NEW_FOLDER&apos;) o sigue «If Dossier refuses to open a store» en docs/security.md. Guarda una copia de la carpeta tal como está.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="119"/>
        <source>The store&apos;s record of its database, {path}, is damaged</source>
        <translation>El registro que el almacén guarda de su base de datos, {path}, está dañado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="132"/>
        <source>{damaged} (not a {format} file). Nothing was changed. {recovery_hint}</source>
        <translation>{damaged} (no es un archivo {format}). No se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="149"/>
        <source>{damaged} (a field is missing or malformed). Nothing was changed. {recovery_hint}</source>
        <translation>{damaged} (falta un campo o está mal formado). No se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="214"/>
        <source>The store&apos;s record of its database, {path}, cannot be read ({reason}). Nothing was changed.</source>
        <translation>No se puede leer el registro que el almacén guarda de su base de datos, {path} ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="236"/>
        <location filename="../../desktop_app/store/generation.py" line="250"/>
        <source>{target}: cannot be written ({reason}); the record is kept</source>
        <translation>{target}: no se puede escribir ({reason}); se conserva el registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="126"/>
        <source>{damaged} ({reason}). Nothing was changed. {recovery_hint}</source>
        <translation>{damaged} ({reason}). No se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="159"/>
        <source>{path} records an encrypted store, but its key file is missing from {parent}. Nothing was changed. {recovery_hint}</source>
        <translation>{path} registra un almacén cifrado, pero falta su archivo de claves en {parent}. No se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="169"/>
        <source>{path} does not match this store&apos;s key: it was altered, or it belongs to another store. Nothing was changed. {recovery_hint}</source>
        <translation>{path} no coincide con la clave de este almacén: se ha alterado o pertenece a otro almacén. No se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="178"/>
        <source>{path} records a store that is not encrypted, but {parent} holds an encrypted one: the record was replaced. Nothing was changed. {recovery_hint}</source>
        <translation>{path} registra un almacén sin cifrar, pero {parent} contiene uno cifrado: se ha sustituido el registro. No se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/generation.py" line="187"/>
        <source>{damaged} (its checksum fails). Nothing was changed. {recovery_hint}</source>
        <translation>{damaged} (falla su suma de comprobación). No se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keeper.py" line="90"/>
        <source>The database {database} is older than this store&apos;s record of it ({record}): {problem}</source>
        <translation>La base de datos {database} es más antigua que el registro que este almacén guarda de ella ({record}): {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keeper.py" line="61"/>
        <source>The store&apos;s record of its database, {record}, is missing: the database {database} cannot be told from an older copy</source>
        <translation>Falta el registro que el almacén guarda de su base de datos, {record}: no se puede distinguir la base de datos {database} de una copia más antigua</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keeper.py" line="78"/>
        <source>{record} belongs to another store than {key_file}. Nothing was changed. {recovery_hint}</source>
        <translation>{record} pertenece a un almacén distinto del de {key_file}. No se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keeper.py" line="98"/>
        <location filename="../../desktop_app/store/keeper.py" line="71"/>
        <source>{message}. Nothing was changed. {recovery_hint}</source>
        <translation>{message}. No se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="121"/>
        <source>This store has no recovery key; use its passphrase.</source>
        <translation>Este almacén no tiene clave de recuperación; usa su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="127"/>
        <source>This store has no passphrase: it opens with the system keyring or its recovery key.</source>
        <translation>Este almacén no tiene frase de contraseña: se abre con el llavero del sistema o con su clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="151"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="163"/>
        <source>&apos;keys&apos; is not a list</source>
        <translation>&apos;keys&apos; no es una lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="169"/>
        <source>it holds no recovery copy of the key</source>
        <translation>no contiene ninguna copia de recuperación de la clave</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="172"/>
        <source>&apos;state&apos; is not true or false</source>
        <translation>&apos;state&apos; no es true ni false</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="154"/>
        <source>unknown format {format}</source>
        <translation>formato desconocido {format}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="159"/>
        <source>the store id {store} is not a UUID</source>
        <translation>el id del almacén {store} no es un UUID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="167"/>
        <source>two {method} copies</source>
        <translation>dos copias {method}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="177"/>
        <location filename="../../desktop_app/store/keys.py" line="184"/>
        <source>The store&apos;s key file {name} is damaged ({reason}); nothing was changed. {recovery_hint}</source>
        <translation>El archivo de claves del almacén {name} está dañado ({reason}); no se ha cambiado nada. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/keys.py" line="196"/>
        <source>The store&apos;s key file {path} cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo de claves del almacén {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/lock.py" line="46"/>
        <source>The store&apos;s lock file {path} cannot be opened ({reason}). Nothing was changed.</source>
        <translation>No se puede abrir el archivo de bloqueo del almacén {path} ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/lock.py" line="67"/>
        <source>The store at {parent} is already open in another Dossier ({holder}). Close that one first, or choose another folder with --data-dir.</source>
        <translation>El almacén de {parent} ya está abierto en otro Dossier ({holder}). Ciérralo primero o elige otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/lock.py" line="87"/>
        <source>The store&apos;s lock file {path} cannot be written ({reason}). Nothing was changed.</source>
        <translation>No se puede escribir el archivo de bloqueo del almacén {path} ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/records.py" line="21"/>
        <source>There is no charge {id}.</source>
        <translation>No existe el cargo {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/records.py" line="22"/>
        <source>There is no contact {id}.</source>
        <translation>No existe el contacto {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/records.py" line="23"/>
        <source>There is no task {id}.</source>
        <translation>No existe la tarea {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/records.py" line="26"/>
        <source>There is no {what} {id}.</source>
        <translation>No existe {what} {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="246"/>
        <location filename="../../desktop_app/store/store.py" line="406"/>
        <source>This store is not encrypted, or it is locked.</source>
        <translation>Este almacén no está cifrado o está bloqueado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="268"/>
        <source>The store at {root} is already encrypted.</source>
        <translation>El almacén de {root} ya está cifrado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="270"/>
        <source>The store at {root} is already in plaintext.</source>
        <translation>El almacén de {root} ya está sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="377"/>
        <source>A passphrase cannot be empty.</source>
        <translation>Una frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="120"/>
        <source>{root} is a file, not a store folder.</source>
        <translation>{root} es un archivo, no una carpeta de almacén.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="160"/>
        <source>The database {database} is damaged ({problems}). Nothing was changed: restore it from a backup, or keep a copy of the folder and run &apos;dossier verify&apos;.</source>
        <translation>La base de datos {database} está dañada ({problems}). No se ha cambiado nada: restáurala desde una copia de seguridad, o guarda una copia de la carpeta y ejecuta &apos;dossier verify&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="198"/>
        <source>The store&apos;s record {record} cannot be written: nothing was accepted.</source>
        <translation>No se puede escribir el registro del almacén {record}: no se ha aceptado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="339"/>
        <source>The database fails its check ({problems}): no backup was written. Run &apos;dossier verify&apos;.</source>
        <translation>La base de datos no supera la comprobación ({problems}): no se ha escrito ninguna copia de seguridad. Ejecuta &apos;dossier verify&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/store/store.py" line="349"/>
        <source>%n vault file(s) are missing or damaged ({first}…): no backup was written. Run &apos;dossier verify&apos;.</source>
        <translation>
            <numerusform>Falta %n archivo del depósito o está dañado ({first}…): no se ha escrito ninguna copia de seguridad. Ejecuta &apos;dossier verify&apos;.</numerusform>
            <numerusform>Faltan %n archivos del depósito o están dañados ({first}…): no se ha escrito ninguna copia de seguridad. Ejecuta &apos;dossier verify&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="496"/>
        <source>The store at {root} was opened to be checked only ({problem}): nothing can be changed in it. {recovery_hint}</source>
        <translation>El almacén de {root} se ha abierto solo para comprobarlo ({problem}): no se puede cambiar nada en él. {recovery_hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/store.py" line="509"/>
        <source>The database {database} could not be written ({reason}); nothing was saved.</source>
        <translation>No se ha podido escribir la base de datos {database} ({reason}); no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="352"/>
        <source>its bytes no longer match its SHA-256</source>
        <translation>su contenido ya no coincide con su SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="78"/>
        <location filename="../../desktop_app/store/vault.py" line="188"/>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="125"/>
        <location filename="../../desktop_app/store/vault.py" line="144"/>
        <source>{source}: is a folder, not a file</source>
        <translation>{source}: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="129"/>
        <source>{source}: no such file</source>
        <translation>{source}: no existe el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="133"/>
        <source>{source}: cannot be read (permission denied)</source>
        <translation>{source}: no se puede leer (permiso denegado)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="138"/>
        <source>{source}: cannot be read ({reason})</source>
        <translation>{source}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="148"/>
        <source>{source}: is not a regular file (a FIFO, a device or a socket)</source>
        <translation>{source}: no es un archivo normal (es una FIFO, un dispositivo o un socket)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="234"/>
        <source>{name}: changed while it was being read; nothing was saved</source>
        <translation>{name}: ha cambiado mientras se leía; no se ha guardado nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/store/vault.py" line="278"/>
        <location filename="../../desktop_app/store/vault.py" line="289"/>
        <source>The vault file {sha256} is missing; run &apos;dossier verify&apos;.</source>
        <translation>Falta el archivo del depósito {sha256}; ejecuta &apos;dossier verify&apos;.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="27"/>
        <source>charged {charged}, agreed {agreed}, disputed {disputed}</source>
        <translation>cobrado {charged}, acordado {agreed}, reclamado {disputed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="28"/>
        <source>charged {charged}, disputed {disputed}</source>
        <translation>cobrado {charged}, reclamado {disputed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="32"/>
        <source>won</source>
        <translation>ganada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="33"/>
        <source>lost</source>
        <translation>perdida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="34"/>
        <source>partly won</source>
        <translation>ganada en parte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="38"/>
        <source>Transaction processed</source>
        <translation>Operación procesada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="39"/>
        <source>Statement showing the charge</source>
        <translation>Extracto con el cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="40"/>
        <source>Delivery expected</source>
        <translation>Entrega prevista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="41"/>
        <source>Cancelled</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="42"/>
        <source>Goods returned</source>
        <translation>Bienes devueltos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="43"/>
        <source>Refund promised by</source>
        <translation>Fecha prometida del reembolso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="44"/>
        <source>Account debited</source>
        <translation>Cuenta adeudada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="45"/>
        <source>Final response received</source>
        <translation>Respuesta definitiva recibida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="46"/>
        <source>Complaint sent to the bank</source>
        <translation>Reclamación enviada al banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="47"/>
        <source>Mandate revoked or contract ended</source>
        <translation>Orden de domiciliación revocada o contrato resuelto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="48"/>
        <source>Written complaint reached the merchant</source>
        <translation>Reclamación escrita recibida por el comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="158"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="195"/>
        <source>the bank</source>
        <translation>el banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="218"/>
        <source>Outcome of the dispute with {bank}: {outcome}</source>
        <translation>Resultado de la reclamación ante {bank}: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="212"/>
        <source>Provisional credit of {amount} from {bank}</source>
        <translation>Abono provisional de {amount} de {bank}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="214"/>
        <source>Provisional credit from {bank}</source>
        <translation>Abono provisional de {bank}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="222"/>
        <source>Provisional credit re-debited of {amount}</source>
        <translation>Abono provisional cargado de nuevo: {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="224"/>
        <source>Provisional credit re-debited</source>
        <translation>Abono provisional cargado de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="84"/>
        <source>{kind} of {amount}</source>
        <translation>{kind} de {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="160"/>
        <source>{channel} from the merchant</source>
        <translation>{channel} del comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="162"/>
        <source>{channel} to the merchant</source>
        <translation>{channel} al comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="166"/>
        <source>{contact} with {person}</source>
        <translation>{contact} con {person}</translation>
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
        <translation>Respuesta: {answer} ({level})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="184"/>
        <source>Answer: {answer}</source>
        <translation>Respuesta: {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="186"/>
        <source>Answered by: {level}</source>
        <translation>Respondió: {level}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="147"/>
        <source>{title} (done)</source>
        <translation>{title} (hecho)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="204"/>
        <source>Dispute filed with {bank} (claim {claim})</source>
        <translation>Reclamación presentada a {bank} (n.º {claim})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="208"/>
        <source>Dispute filed with {bank}</source>
        <translation>Reclamación presentada a {bank}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="95"/>
        <source>{entry} (disputed: {figures})</source>
        <translation>{entry} (reclamado: {figures})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="97"/>
        <source>{entry} (disputed)</source>
        <translation>{entry} (reclamado)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="136"/>
        <source>Evidence added: {title} ({file})</source>
        <translation>Prueba añadida: {title} ({file})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/timeline.py" line="106"/>
        <source>Delivery expected: {what}</source>
        <translation>Entrega prevista: {what}</translation>
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
        <translation>un cargo nunca es negativo (se ha leído {amount}): registra un reembolso o un abono con su propio tipo y un importe positivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/models.py" line="202"/>
        <source>an authorisation hold is never negative ({amount} was read): record a refund or a credit as its own kind, with a positive amount</source>
        <translation>una retención nunca es negativa (se ha leído {amount}): registra un reembolso o un abono con su propio tipo y un importe positivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/domain/redact.py" line="343"/>
        <source>{text} has %n digit(s), neither the last 4 digits nor a whole card number (13 to 19 digits): type only the last 4 digits, such as {example}</source>
        <translation>
            <numerusform>{text} tiene %n cifra: no son los 4 últimos dígitos ni un número de tarjeta completo (de 13 a 19 cifras); escribe solo los 4 últimos dígitos, como {example}</numerusform>
            <numerusform>{text} tiene %n cifras: no son los 4 últimos dígitos ni un número de tarjeta completo (de 13 a 19 cifras); escribe solo los 4 últimos dígitos, como {example}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/redact.py" line="307"/>
        <source>{text} is empty: type the card&apos;s last 4 digits, such as {example}</source>
        <translation>{text} está vacío: escribe los 4 últimos dígitos de la tarjeta, como {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/redact.py" line="314"/>
        <source>{text} is not the last 4 digits of a card: it holds “{characters}”, and only the digits 0 to 9 count; type only the last 4 digits, such as {example}</source>
        <translation>{text} no son los 4 últimos dígitos de una tarjeta: contiene «{characters}», y solo cuentan las cifras del 0 al 9; escribe solo los 4 últimos dígitos, como {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/redact.py" line="323"/>
        <source>{text} is not the last 4 digits of a card: it starts or ends with a dash; type only the last 4 digits, such as {example}</source>
        <translation>{text} no son los 4 últimos dígitos de una tarjeta: empieza o termina con un guion; escribe solo los 4 últimos dígitos, como {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/redact.py" line="336"/>
        <source>{text} is not a valid card number (its check digit does not match): type only the last 4 digits, such as {example}</source>
        <translation>{text} no es un número de tarjeta válido (su dígito de control no coincide): escribe solo los 4 últimos dígitos, como {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="90"/>
        <source>a way of sending a letter (delivery)</source>
        <translation>una forma de envío de la carta (delivery)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="156"/>
        <source>issuer&apos;s filed on</source>
        <translation>fecha de presentación ante el emisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="157"/>
        <source>issuer&apos;s provisional credit on</source>
        <translation>fecha del abono provisional del emisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="158"/>
        <source>issuer&apos;s outcome on</source>
        <translation>fecha de resolución del emisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="159"/>
        <source>issuer&apos;s redebit on</source>
        <translation>fecha del nuevo cargo del emisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="234"/>
        <source>the re-debit is dated {taken}, before the provisional credit it takes back ({credited}); check both dates</source>
        <translation>el nuevo cargo tiene fecha {taken}, anterior al abono provisional que retira ({credited}); comprueba las dos fechas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="242"/>
        <source>the re-debit ({back}) is more than the provisional credit ({given})</source>
        <translation>el nuevo cargo ({back}) es mayor que el abono provisional ({given})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="277"/>
        <source>a kind of customer (customer.kind)</source>
        <translation>un tipo de cliente (customer.kind)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="279"/>
        <source>a stage</source>
        <translation>una fase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="292"/>
        <source>charge&apos;s expected delivery</source>
        <translation>fecha de entrega prevista del cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="301"/>
        <source>contact&apos;s date</source>
        <translation>fecha del contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="302"/>
        <source>promise&apos;s date</source>
        <translation>fecha del compromiso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="304"/>
        <source>a level (who answered)</source>
        <translation>un nivel (quién respondió)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="306"/>
        <source>an answer</source>
        <translation>una respuesta</translation>
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
        <translation>ancho</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="390"/>
        <source>height</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="187"/>
        <source>the provisional credit</source>
        <translation>el abono provisional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="188"/>
        <source>the outcome</source>
        <translation>el resultado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="189"/>
        <source>the re-debit</source>
        <translation>el nuevo cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="193"/>
        <source>{what} is dated {day}, before the dispute was filed ({filed}): the bank acts after a dispute is filed; check both dates</source>
        <comment>what: the provisional credit, the outcome or the re-debit</comment>
        <translation>{what} tiene fecha {day}, anterior a la presentación de la reclamación ({filed}): el banco actúa después de que se presente la reclamación; comprueba las dos fechas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="257"/>
        <source>Only the last 4 digits of the card are kept, never more and never other characters</source>
        <translation>Solo se guardan los 4 últimos dígitos de la tarjeta, nunca más ni otros caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="294"/>
        <source>charge&apos;s date</source>
        <translation>fecha del cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="300"/>
        <source>A contact&apos;s time needs its time zone</source>
        <translation>La hora de un contacto necesita su zona horaria</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="309"/>
        <source>Say what was promised, not only by when.</source>
        <translation>Indica qué se prometió, no solo para cuándo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="325"/>
        <source>Say what is to be done, such as “Call the bank back”.</source>
        <translation>Indica qué hay que hacer, como «Volver a llamar al banco».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="327"/>
        <source>due date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="379"/>
        <source>page {page}, x {x}, y {y}, width {width}, height {height}</source>
        <translation>página {page}, x {x}, y {y}, ancho {width}, alto {height}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="409"/>
        <source>A note&apos;s translation needs the note it translates: write the note first</source>
        <translation>La traducción de una nota necesita la nota que traduce: escribe primero la nota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="417"/>
        <source>Evidence needs a title.</source>
        <translation>Una prueba necesita un título.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="77"/>
        <source>“{language}” is not a language of the pack and the letters (language): it is one of {languages}, or nothing for the country&apos;s</source>
        <translation>«{language}» no es un idioma del dossier y las cartas (language): es uno de {languages}, o nada para usar el del país</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="137"/>
        <source>“{value}” is not {what}: it is one of {values}</source>
        <comment>what: such as “an answer”</comment>
        <translation>«{value}» no es {what}: es uno de estos: {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="165"/>
        <source>an outcome</source>
        <translation>un resultado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="205"/>
        <source>an outcome is given but not the day the dispute was filed: give that date too</source>
        <translation>se indica un resultado pero no el día en que se presentó la reclamación: indica también esa fecha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="215"/>
        <source>the outcome&apos;s date is given but not the outcome: won, lost or partly</source>
        <translation>se indica la fecha del resultado pero no el resultado: won, lost o partly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="225"/>
        <source>a re-debit takes back a provisional credit, and none is given: give the provisional credit (its amount or date) first</source>
        <translation>un nuevo cargo retira un abono provisional, y no se indica ninguno: indica primero el abono provisional (su importe o su fecha)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="363"/>
        <source>Redaction box {n} ({read}): its width and height cannot be 0</source>
        <translation>Recuadro de tachado {n} ({read}): su ancho y su alto no pueden ser 0</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="50"/>
        <source>“{text}” is not a country: give its two-letter code, such as FR, PL or US</source>
        <translation>«{text}» no es un país: indica su código de dos letras, como ES, FR o US</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="63"/>
        <source>“{text}” is not a language Dossier writes the pack and the letters in: give one of {languages} (or nothing, for the country&apos;s)</source>
        <translation>«{text}» no es un idioma en el que Dossier escriba el dossier y las cartas: indica uno de {languages} (o nada, para usar el del país)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="95"/>
        <source>How it was sent (delivery: {delivery}) is said of a letter, and this contact&apos;s channel is {channel}: leave the delivery out, or make the channel letter</source>
        <translation>La forma de envío (delivery: {delivery}) se indica para una carta, y el canal de este contacto es {channel}: quita la forma de envío o pon letter como canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="121"/>
        <source>“{currency}” is not written as a currency code: use {code}</source>
        <translation>«{currency}» no está escrito como un código de moneda: usa {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="251"/>
        <source>“{country}” is not a country code; use two capital letters, such as FR or PL</source>
        <translation>«{country}» no es un código de país; usa dos letras mayúsculas, como ES o FR</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="264"/>
        <source>The amount disputed is never negative ({amount} was given)</source>
        <translation>El importe reclamado nunca es negativo (se ha indicado {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="270"/>
        <source>The amount refunded is never negative ({amount} was given)</source>
        <translation>El importe reembolsado nunca es negativo (se ha indicado {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="312"/>
        <source>The promise&apos;s date {promised} comes before the contact itself ({contact}): a promise is made for later</source>
        <translation>La fecha del compromiso, {promised}, es anterior al propio contacto ({contact}): un compromiso se hace para más adelante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="365"/>
        <source>Redaction box {n} ({read}): its width cannot be 0</source>
        <translation>Recuadro de tachado {n} ({read}): su ancho no puede ser 0</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="367"/>
        <source>Redaction box {n} ({read}): its height cannot be 0</source>
        <translation>Recuadro de tachado {n} ({read}): su alto no puede ser 0</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="403"/>
        <source>The note&apos;s translation is one line; {text} holds a line break</source>
        <translation>La traducción de la nota es de una sola línea; {text} contiene un salto de línea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="171"/>
        <source>the provisional credit is never negative ({amount} was read)</source>
        <translation>el abono provisional nunca es negativo (se ha leído {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="180"/>
        <source>the re-debit is never negative ({amount} was read)</source>
        <translation>el nuevo cargo nunca es negativo (se ha leído {amount})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="341"/>
        <source>Redaction box {n} ({read}): its page counts from 1</source>
        <translation>Recuadro de tachado {n} ({read}): su página se cuenta desde 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="354"/>
        <source>Redaction box {n} ({read}): {fields} must be a fraction of the page, from 0 to 1</source>
        <translation>Recuadro de tachado {n} ({read}): {fields} debe ser una fracción de la página, de 0 a 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/validation.py" line="371"/>
        <source>Redaction box {n} ({read}): it goes past the page&apos;s edge</source>
        <translation>Recuadro de tachado {n} ({read}): sobrepasa el borde de la página</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="384"/>
        <source>transaction date</source>
        <translation>fecha de la operación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="385"/>
        <source>statement date</source>
        <translation>fecha del extracto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="386"/>
        <source>expected delivery date</source>
        <translation>fecha de entrega prevista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="387"/>
        <source>cancellation date</source>
        <translation>fecha de cancelación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="388"/>
        <source>returned date</source>
        <translation>fecha de devolución</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="389"/>
        <source>credit promised date</source>
        <translation>fecha del reembolso prometido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="390"/>
        <source>debit date</source>
        <translation>fecha del adeudo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="391"/>
        <source>final response date</source>
        <translation>fecha de la respuesta definitiva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="392"/>
        <source>bank complaint date</source>
        <translation>fecha de la reclamación al banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="393"/>
        <source>mandate revoked date</source>
        <translation>fecha de revocación de la orden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="394"/>
        <source>merchant complaint date</source>
        <translation>fecha de la reclamación al comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="211"/>
        <source>Goods or service not received</source>
        <translation>Bienes o servicio no recibidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="212"/>
        <source>Not as described or defective</source>
        <translation>No conforme con la descripción o defectuoso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="213"/>
        <source>Subscription billed after cancellation</source>
        <translation>Suscripción cobrada tras la cancelación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="214"/>
        <source>Cancelled or returned, not refunded</source>
        <translation>Cancelado o devuelto, sin reembolso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="215"/>
        <source>Promised refund never came</source>
        <translation>El reembolso prometido nunca llegó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="216"/>
        <source>Charged twice</source>
        <translation>Cobrado dos veces</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="217"/>
        <source>Already paid by other means</source>
        <translation>Ya pagado por otro medio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="218"/>
        <source>Charged the wrong amount</source>
        <translation>Importe cobrado incorrecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="219"/>
        <source>Not authorised by me</source>
        <translation>No autorizado por mí</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="220"/>
        <source>Other billing problem</source>
        <translation>Otro problema de facturación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="226"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="227"/>
        <source>Direct debit</source>
        <translation>Adeudo directo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="228"/>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="229"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="230"/>
        <source>Other payment method</source>
        <translation>Otro medio de pago</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="236"/>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="237"/>
        <source>Debit card</source>
        <translation>Tarjeta de débito</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="238"/>
        <source>Prepaid card</source>
        <translation>Tarjeta prepago</translation>
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
        <translation>Otra red</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="254"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="255"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="256"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="257"/>
        <source>Letter by post</source>
        <translation>Carta por correo postal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="258"/>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="259"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="260"/>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="266"/>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="267"/>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="273"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="274"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="275"/>
        <source>Bank statement</source>
        <translation>Extracto bancario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="276"/>
        <source>E-mail message</source>
        <translation>Mensaje de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="277"/>
        <source>Screenshot</source>
        <translation>Captura de pantalla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="278"/>
        <source>Terms or policy</source>
        <translation>Condiciones o política</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="279"/>
        <source>Cancellation proof</source>
        <translation>Prueba de cancelación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="280"/>
        <source>Return or shipping proof</source>
        <translation>Prueba de devolución o envío</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="281"/>
        <source>Quote or estimate</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="282"/>
        <source>Order confirmation</source>
        <translation>Confirmación del pedido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="283"/>
        <source>Purchase order</source>
        <translation>Orden de compra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="284"/>
        <source>Contract or agreement</source>
        <translation>Contrato o acuerdo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="285"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="286"/>
        <source>Chat transcript</source>
        <translation>Transcripción del chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="287"/>
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="293"/>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="294"/>
        <source>Authorisation hold</source>
        <translation>Retención (preautorización)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="295"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="296"/>
        <source>Credit</source>
        <translation>Abono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="302"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="303"/>
        <source>Waiting for the merchant</source>
        <translation>A la espera del comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="304"/>
        <source>Disputed with the bank</source>
        <translation>Reclamado al banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="305"/>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="306"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="307"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="313"/>
        <source>Customer service</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="314"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="315"/>
        <source>Head office / formal complaint</source>
        <translation>Sede central / reclamación formal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="316"/>
        <source>Bank or card issuer</source>
        <translation>Banco o emisor de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="317"/>
        <source>Regulator or ombudsman</source>
        <translation>Regulador o defensor del cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="323"/>
        <source>A private person</source>
        <translation>Un particular</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="324"/>
        <source>A company or sole trader</source>
        <translation>Una empresa o un autónomo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="330"/>
        <source>Dispute won</source>
        <translation>Reclamación ganada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="331"/>
        <source>Dispute lost</source>
        <translation>Reclamación perdida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="332"/>
        <source>Dispute partly won</source>
        <translation>Reclamación ganada en parte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="338"/>
        <source>Refused</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="339"/>
        <source>Final response</source>
        <translation>Respuesta definitiva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="340"/>
        <source>Promised to act</source>
        <translation>Compromiso de actuar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="341"/>
        <source>Partly accepted</source>
        <translation>Aceptación parcial</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="342"/>
        <source>Accepted</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="343"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="349"/>
        <source>Registered post, with proof of delivery</source>
        <translation>Correo certificado con acuse de recibo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="350"/>
        <source>Ordinary post</source>
        <translation>Correo ordinario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="351"/>
        <source>Sent by e-mail</source>
        <translation>Enviada por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="352"/>
        <source>The bank&apos;s or merchant&apos;s online portal</source>
        <translation>El portal en línea del banco o del comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="353"/>
        <source>By hand</source>
        <translation>En mano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="359"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="360"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/vocab.py" line="361"/>
        <source>Promise</source>
        <translation>Compromiso</translation>
    </message>
</context>
</TS>
