<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddPurchaseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="62"/>
        <source>Edit the charge</source>
        <translation>Editar el cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="62"/>
        <source>Add a charge or refund</source>
        <translation>Añadir un cargo o un reembolso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="77"/>
        <source>as printed on the bank statement</source>
        <translation>tal como figura en el extracto bancario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="78"/>
        <source>I d&amp;ispute this one</source>
        <translation>Reclamo este car&amp;go</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="80"/>
        <source>what the quote, order or contract says, if known</source>
        <translation>lo que dice el presupuesto, el pedido o el contrato, si se sabe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="83"/>
        <source>the whole charge, or charged minus agreed</source>
        <translation>todo el cargo, o lo cobrado menos lo acordado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="86"/>
        <source>Left empty, the disputed amount is the whole charge, or the amount charged minus the agreed amount when you give one</source>
        <translation>Si lo dejas vacío, el importe reclamado es todo el cargo, o el importe cobrado menos el acordado si indicas uno</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="94"/>
        <source>as on the statement or the bank&apos;s app</source>
        <translation>como en el extracto o en la app del banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="96"/>
        <source>Expected delivery</source>
        <translation>Entrega prevista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="97"/>
        <source>When the goods or the service of this charge were due</source>
        <translation>Cuándo debían llegar los bienes o prestarse el servicio de este cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="100"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="101"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="103"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="106"/>
        <source>&amp;Currency:</source>
        <translation>Mo&amp;neda:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="107"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="108"/>
        <source>&amp;Order number:</source>
        <translation>N.º de &amp;pedido:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="109"/>
        <source>I&amp;nvoice number:</source>
        <translation>N.º de fact&amp;ura:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="110"/>
        <source>C&amp;ustomer number:</source>
        <translation>N.º de &amp;cliente:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="111"/>
        <source>&amp;PO number:</source>
        <translation>N.º de &amp;orden de compra:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="112"/>
        <source>S&amp;tatement descriptor:</source>
        <translation>Concepto en el e&amp;xtracto:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="114"/>
        <source>Authorisation code or A&amp;RN:</source>
        <translation>Código de autorización o A&amp;RN:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="117"/>
        <source>Expected de&amp;livery:</source>
        <translation>Entrega pre&amp;vista:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="120"/>
        <source>A&amp;greed amount:</source>
        <translation>Importe &amp;acordado:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="124"/>
        <source>Disputed a&amp;mount:</source>
        <translation>Importe recla&amp;mado:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="127"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="127"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="166"/>
        <location filename="../../desktop_app/ui/purchase_form.py" line="238"/>
        <source>Type the amount.</source>
        <translation>Escribe el importe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="168"/>
        <source>Type the date, as on the statement.</source>
        <translation>Escribe la fecha, como en el extracto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="180"/>
        <source>Agreed amount</source>
        <translation>Importe acordado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="181"/>
        <source>Disputed amount</source>
        <translation>Importe reclamado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="189"/>
        <source>Expected delivery: %1</source>
        <translation>Entrega prevista: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="208"/>
        <source>Worked out: charged minus agreed</source>
        <translation>Calculado: cobrado menos acordado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/purchase_form.py" line="210"/>
        <source>Worked out: the whole charge</source>
        <translation>Calculado: todo el cargo</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="39"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="41"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="45"/>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="83"/>
        <source>Add to calendar…</source>
        <translation>Añadir al calendario…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="85"/>
        <source>Write every open case&apos;s open deadlines to an iCalendar (.ics) file, with reminders</source>
        <translation>Guarda los plazos abiertos de todos los expedientes abiertos en un archivo iCalendar (.ics), con avisos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="128"/>
        <source>Due soon: %1</source>
        <translation>Vencen pronto: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="130"/>
        <source>(%1 late)</source>
        <translation>(vencidos: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda.py" line="131"/>
        <source>Nothing due in the next two weeks.</source>
        <translation>Nada vence en las próximas dos semanas.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="51"/>
        <location filename="../../desktop_app/ui/security.py" line="157"/>
        <source>Back up the store</source>
        <translation>Copia de seguridad del almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="55"/>
        <source>One encrypted file holding the database and every evidence file, all checked before it is written. It opens with this store&apos;s recovery key or passphrase. Give it a passphrase of its own as well to restore it where neither is at hand.</source>
        <translation>Un único archivo cifrado con la base de datos y todos los archivos de pruebas, comprobado todo antes de escribirlo. Se abre con la clave de recuperación o la frase de contraseña de este almacén. Ponle además una frase de contraseña propia para poder restaurarla donde no tengas ninguna de las dos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="61"/>
        <source>One encrypted file holding the database and every evidence file, all checked before it is written. This store is not encrypted, so the backup needs a passphrase of its own: without it, the backup cannot be restored.</source>
        <translation>Un único archivo cifrado con la base de datos y todos los archivos de pruebas, comprobado todo antes de escribirlo. Este almacén no está cifrado, así que la copia necesita una frase de contraseña propia: sin ella, la copia no se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="71"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="73"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="79"/>
        <source>Protect it with a passphrase of its &amp;own</source>
        <translation>Protegerla con una frase de contraseña &amp;propia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="83"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="85"/>
        <source>The same &amp;again:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="87"/>
        <source>Sho&amp;w what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="93"/>
        <source>&amp;Back up</source>
        <translation>&amp;Crear copia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="131"/>
        <source>Choose where to write the backup.</source>
        <translation>Elige dónde guardar la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="133"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="136"/>
        <source>Type a passphrase for the backup.</source>
        <translation>Escribe una frase de contraseña para la copia.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="138"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="159"/>
        <source>Dossier backups (*%1)</source>
        <translation>Copias de seguridad de Dossier (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="169"/>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <location filename="../../desktop_app/ui/case_list.py" line="31"/>
        <source>Filter cases (Ctrl+F)</source>
        <translation>Filtrar expedientes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_list.py" line="34"/>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_list.py" line="37"/>
        <source>Show only the cases with this status</source>
        <translation>Mostrar solo los expedientes con este estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_list.py" line="42"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="177"/>
        <source>Merchant</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="178"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="179"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="180"/>
        <source>Paid with</source>
        <translation>Pagado con</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="181"/>
        <source>Disputed</source>
        <translation>Reclamado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="182"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="206"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="214"/>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="215"/>
        <source>The purchases and the charges disputed</source>
        <translation>Las compras y los cargos reclamados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="220"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="221"/>
        <source>What you, the merchant and the bank said to each other</source>
        <translation>Lo que os habéis dicho tú, el comercio y el banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="224"/>
        <source>Everything in the case, by date</source>
        <translation>Todo el expediente, por fecha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="225"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="225"/>
        <source>The rules&apos; deadlines and your tasks</source>
        <translation>Los plazos de las normas y tus tareas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="223"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="223"/>
        <source>The files that back the dispute</source>
        <translation>Los archivos que respaldan la reclamación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="224"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="266"/>
        <source>Your own deadlines, tasks and the promises you logged</source>
        <translation>Tus propios plazos y tareas, y los compromisos que registraste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="272"/>
        <source>Add to calendar…</source>
        <translation>Añadir al calendario…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="275"/>
        <source>Write this case&apos;s open deadlines to an iCalendar (.ics) file, with a reminder before each</source>
        <translation>Guarda los plazos abiertos de este expediente en un archivo iCalendar (.ics), con un aviso antes de cada uno</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="316"/>
        <source>What the rules give from this case&apos;s facts (guidance, not legal advice):</source>
        <translation>Lo que dicen las normas según los hechos de este expediente (orientación, no asesoramiento jurídico):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="319"/>
        <source>No deadline from the rules yet: fill in the case&apos;s payment, country and dates (Edit case details, F2) and Dossier computes the chargeback window and the legal limits.</source>
        <translation>Las normas aún no dan ningún plazo: indica el medio de pago, el país y las fechas del expediente (Editar datos del expediente, F2) y Dossier calculará el plazo del contracargo y los límites legales.</translation>
    </message>
</context>
<context>
    <name>CasesController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="36"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo expediente…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="39"/>
        <source>&amp;Import case file…</source>
        <translation>&amp;Importar archivo de expediente…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="43"/>
        <source>E&amp;xport case file…</source>
        <translation>E&amp;xportar archivo de expediente…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="45"/>
        <source>Write the case as a dossier-case/2 file with its evidence files</source>
        <translation>Guarda el expediente como archivo dossier-case/2 con sus archivos de pruebas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="47"/>
        <source>Cases in the &amp;trash…</source>
        <translation>Expedientes en la &amp;papelera…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="48"/>
        <source>Add the &amp;sample case</source>
        <translation>Añadir expediente de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="50"/>
        <source>&amp;Edit case details…</source>
        <translation>&amp;Editar datos del expediente…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="52"/>
        <source>D&amp;uplicate case</source>
        <translation>D&amp;uplicar expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="54"/>
        <source>Archi&amp;ve or unarchive case</source>
        <translation>Archi&amp;var o desarchivar expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="56"/>
        <source>Move case to the t&amp;rash</source>
        <translation>Mover e&amp;xpediente a la papelera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="80"/>
        <source>Case created: %1.</source>
        <translation>Expediente creado: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="91"/>
        <source>The sample case was added: %1.</source>
        <translation>Se ha añadido el expediente de ejemplo: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="98"/>
        <source>Import a case file</source>
        <translation>Importar un archivo de expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="100"/>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="140"/>
        <source>Dossier case files (*.json)</source>
        <translation>Archivos de expediente de Dossier (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="105"/>
        <source>Importing the case…</source>
        <translation>Importando el expediente…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="110"/>
        <source>Case imported: %1.</source>
        <translation>Expediente importado: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="112"/>
        <source>evidence #%1: %2, imported as “%3”</source>
        <translation>prueba n.º %1: %2, importada como «%3»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="122"/>
        <source>Case imported</source>
        <translation>Expediente importado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="123"/>
        <source>Some files were imported under another name, as the case file asks:</source>
        <translation>Algunos archivos se han importado con otro nombre, como indica el archivo de expediente:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="138"/>
        <source>Export the case file</source>
        <translation>Exportar el archivo de expediente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/cases.py" line="158"/>
        <source>Wrote %1 and %n evidence file(s) beside it.</source>
        <translation>
            <numerusform>Se ha guardado %1 con %n archivo de pruebas al lado.</numerusform>
            <numerusform>Se ha guardado %1 con %n archivos de pruebas al lado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="166"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>Cancelado; no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="173"/>
        <source>Writing the case file…</source>
        <translation>Guardando el archivo de expediente…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="194"/>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="199"/>
        <source>Saved: %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="213"/>
        <source>Case duplicated: %1.</source>
        <translation>Expediente duplicado: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="224"/>
        <source>Archive “%1”</source>
        <translation>Archivar «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="224"/>
        <source>Unarchive “%1”</source>
        <translation>Desarchivar «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="229"/>
        <source>Archived: %1.</source>
        <translation>Archivado: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="229"/>
        <source>Out of the archive: %1.</source>
        <translation>Desarchivado: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="242"/>
        <source>Move “%1” to the trash</source>
        <translation>Mover «%1» a la papelera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/cases.py" line="247"/>
        <source>Moved to the trash: %1.</source>
        <translation>Movido a la papelera: %1.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="19"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="22"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="25"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="28"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="31"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="35"/>
        <source>Imported %n message(s) with %1.</source>
        <translation>
            <numerusform>Se ha importado %n mensaje con %1.</numerusform>
            <numerusform>Se han importado %n mensajes con %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="37"/>
        <source>%n attachment(s)</source>
        <comment>Imported 3 messages with 2 attachments</comment>
        <translation>
            <numerusform>%n adjunto</numerusform>
            <numerusform>%n adjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/counts.py" line="41"/>
        <source>%n already in the case, not stored again.</source>
        <translation>
            <numerusform>%n ya estaba en el expediente y no se ha vuelto a guardar.</numerusform>
            <numerusform>%n ya estaban en el expediente y no se han vuelto a guardar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/counts.py" line="59"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="57"/>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="60"/>
        <source>Ombudsmen and rights meant for consumers are offered only to a person; a company is shown the steps open to it</source>
        <translation>Los defensores del cliente y los derechos de los consumidores solo se ofrecen a un particular; a una empresa se le muestran las vías que tiene a su alcance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="65"/>
        <source>the cardholder or the company, as on the account</source>
        <translation>el titular de la tarjeta o la empresa, como en la cuenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="68"/>
        <source>e.g. Lyon</source>
        <translation>p. ej., Sevilla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="70"/>
        <source>Where the customer lives: a letter&apos;s place and date (“Lyon, le 1er décembre 2026”)</source>
        <translation>Donde vive el cliente: el lugar y la fecha de las cartas («Sevilla, a 1 de diciembre de 2026»)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="75"/>
        <source>NIP, NIF, SIREN, VAT</source>
        <translation>NIF, NIP, SIREN, IVA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="77"/>
        <source>The tax number as written on invoices: NIP, NIF, SIREN or VAT number</source>
        <translation>El número fiscal tal como figura en las facturas: NIF, NIP, SIREN o número de IVA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="80"/>
        <source>who holds the business card</source>
        <translation>quién tiene la tarjeta de empresa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="82"/>
        <source>e.g. office manager</source>
        <translation>p. ej., responsable de administración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="84"/>
        <source>&amp;Kind:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="85"/>
        <source>Customer&apos;s name:</source>
        <translation>Nombre del cliente:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="86"/>
        <source>Customer&apos;s address:</source>
        <translation>Dirección del cliente:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="87"/>
        <source>Customer&apos;s city:</source>
        <translation>Ciudad del cliente:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="88"/>
        <source>Customer&apos;s e-mail:</source>
        <translation>Correo del cliente:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="89"/>
        <source>Customer&apos;s phone:</source>
        <translation>Teléfono del cliente:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="90"/>
        <source>Ta&amp;x number:</source>
        <translation>N.º fi&amp;scal:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="91"/>
        <source>For a business card or account:</source>
        <translation>Para una tarjeta o cuenta de empresa:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="94"/>
        <source>Cardholder&apos;s name:</source>
        <translation>Nombre del titular de la tarjeta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="95"/>
        <source>Cardholder&apos;s role:</source>
        <translation>Cargo del titular de la tarjeta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="134"/>
        <source>Customer&apos;s e-mail: “%1” is not an e-mail address (name@example.com).</source>
        <translation>Correo del cliente: «%1» no es una dirección de correo electrónico (nombre@ejemplo.com).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="133"/>
        <source>“{text}” is not a date; type it as {example} or 2026-10-03</source>
        <translation>«{text}» no es una fecha; escríbela como {example} o 2026-10-03</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="148"/>
        <source>“{text}” is not a date: the year “{year}” has {digits} digits; type it with four (or two, meaning 20..)</source>
        <translation>«{text}» no es una fecha: el año «{year}» tiene {digits} cifras; escríbelo con cuatro (o con dos, que se leen como 20..)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="157"/>
        <source>“{text}” is not a date: “{value}” is not a day</source>
        <translation>«{text}» no es una fecha: «{value}» no es un día</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="159"/>
        <source>“{text}” is not a date: “{value}” is not a month</source>
        <translation>«{text}» no es una fecha: «{value}» no es un mes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="185"/>
        <source>“{text}” is not a date and a time; type them as {example} 14:30 or 2026-10-03 14:30</source>
        <translation>«{text}» no es una fecha con hora; escríbelas como {example} 14:30 o 2026-10-03 14:30</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="195"/>
        <source>“{text}” is not a time: write the minutes with two digits, as in 14:05</source>
        <translation>«{text}» no es una hora: escribe los minutos con dos cifras, como en 14:05</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="210"/>
        <source>“{text}”: {offset} is not an offset from UTC</source>
        <translation>«{text}»: {offset} no es un desfase respecto a UTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="255"/>
        <source>Type it as %1 or %2; Alt+Down opens a calendar</source>
        <translation>Escríbela como %1 o %2; Alt+Abajo abre un calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="263"/>
        <source>Choose the date from a calendar (Alt+Down)</source>
        <translation>Elige la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datefield.py" line="264"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="50"/>
        <source>&amp;Add evidence files…</source>
        <translation>Añadir &amp;archivos de pruebas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="53"/>
        <source>Paste a &amp;screenshot</source>
        <translation>Pegar captura de &amp;pantalla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="55"/>
        <source>Evidence tras&amp;h…</source>
        <translation>Pruebas en la pape&amp;lera…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="86"/>
        <source>Add evidence</source>
        <translation>Añadir pruebas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="106"/>
        <source>The clipboard holds no image to paste.</source>
        <translation>El portapapeles no contiene ninguna imagen que pegar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="120"/>
        <source>Adding the evidence…</source>
        <translation>Añadiendo las pruebas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="126"/>
        <source>Added to the evidence: %1.</source>
        <translation>Añadido a las pruebas: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/evidence.py" line="133"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="56"/>
        <source>Evidence: %1</source>
        <translation>Prueba: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="65"/>
        <source>For example: issued after the cancellation took effect</source>
        <translation>Por ejemplo: emitida después de que la cancelación fuera efectiva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="66"/>
        <source>Printed on the exhibit&apos;s first page and in the pack&apos;s index</source>
        <translation>Se imprime en la primera página del documento y en el índice del dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="69"/>
        <source>Optional: the note in one line, in the bank&apos;s language</source>
        <translation>Opcional: la nota en una línea, en el idioma del banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="72"/>
        <source>A one-line translation printed under the note, for a bank that reads another language</source>
        <translation>Una traducción de una línea impresa bajo la nota, para un banco que lee otro idioma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="75"/>
        <location filename="../../desktop_app/ui/evidence.py" line="82"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="90"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Imported %4 UTC&lt;br&gt;SHA-256 &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Importado el %4 UTC&lt;br&gt;SHA-256 &lt;tt&gt;%5&lt;/tt&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evidence.py" line="91"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="100"/>
        <source>&amp;Open the original</source>
        <translation>&amp;Abrir el original</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="104"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="105"/>
        <source>&amp;Kind:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="106"/>
        <source>What it &amp;proves:</source>
        <translation>Lo que acre&amp;dita:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="107"/>
        <source>T&amp;ranslation:</source>
        <translation>T&amp;raducción:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="108"/>
        <source>Proves the &amp;charge:</source>
        <translation>Acredita el &amp;cargo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="109"/>
        <source>&amp;Belongs to the contact:</source>
        <translation>&amp;Pertenece al contacto:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="145"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="154"/>
        <source>Opening a copy…</source>
        <translation>Abriendo una copia…</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="54"/>
        <source>Choose an exhibit to see it here.</source>
        <translation>Elige un documento para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="100"/>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="101"/>
        <source>The previous page (Page Up)</source>
        <translation>La página anterior (Re Pág)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="102"/>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="103"/>
        <source>The next page (Page Down)</source>
        <translation>La página siguiente (Av Pág)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="106"/>
        <source>Page </source>
        <translation>Página </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="107"/>
        <source>Page shown</source>
        <translation>Página mostrada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="108"/>
        <source>Type a page number and press Enter to go to it</source>
        <translation>Escribe un número de página y pulsa Intro para ir a ella</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="153"/>
        <source>This image cannot be shown.</source>
        <translation>Esta imagen no se puede mostrar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="189"/>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="221"/>
        <source>Drawing page %1…</source>
        <translation>Dibujando la página %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence_preview.py" line="236"/>
        <source>This page cannot be shown.</source>
        <translation>Esta página no se puede mostrar.</translation>
    </message>
</context>
<context>
    <name>ExhibitOrder</name>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="178"/>
        <source>Exhibits, in the pack&apos;s order</source>
        <translation>Documentos, en el orden del dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="181"/>
        <source>Drag an exhibit to its place, or select it and press Alt+Up / Alt+Down; untick: left out</source>
        <translation>Arrastra un documento a su sitio, o selecciónalo y pulsa Alt+Arriba / Alt+Abajo; desmarcado: no se incluye</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="200"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="201"/>
        <source>Move the selected exhibits one place up (Alt+Up)</source>
        <translation>Sube una posición los documentos seleccionados (Alt+Arriba)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="202"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="203"/>
        <source>Move the selected exhibits one place down (Alt+Down)</source>
        <translation>Baja una posición los documentos seleccionados (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="269"/>
        <source>Left out to fit:</source>
        <translation>No incluidos para ajustarse:</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="327"/>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="341"/>
        <source>Exhibit %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="329"/>
        <source>An exhibit</source>
        <translation>Un documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="334"/>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="346"/>
        <source>A full card number would go to the bank</source>
        <translation>Se enviaría al banco un número de tarjeta completo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="348"/>
        <source>These exhibits still show a full card number that Dossier could not hide:</source>
        <translation>Estos documentos aún muestran un número de tarjeta completo que Dossier no ha podido tapar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="355"/>
        <source>Go back to draw boxes over the number in the evidence preview, or untick the exhibit. Write anyway only if the bank must see the whole number.</source>
        <translation>Vuelve atrás para dibujar recuadros sobre el número en la vista previa de las pruebas, o desmarca el documento. Genera el dossier de todos modos solo si el banco debe ver el número completo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="361"/>
        <source>Go back</source>
        <translation>Volver atrás</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_exhibits.py" line="363"/>
        <source>Write anyway</source>
        <translation>Generar de todos modos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="79"/>
        <location filename="../../desktop_app/ui/pack_export.py" line="509"/>
        <source>Export the evidence pack</source>
        <translation>Exportar el dossier de pruebas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="94"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="111"/>
        <source>Automatic (Letter in the US, A4 elsewhere)</source>
        <translation>Automático (Carta en EE. UU., A4 en el resto)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="113"/>
        <source>Letter</source>
        <translation>Carta (US Letter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="114"/>
        <source>Stop if an exhibit cannot be read (otherwise a page says why)</source>
        <translation>Detenerse si un documento no se puede leer (si no, una página explica el motivo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="121"/>
        <source>Fit to the portal</source>
        <translation>Ajustar al portal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="124"/>
        <source>Keep the exhibits that matter most for the reason so that the pack meets the portal&apos;s limits; those left out are listed on a page of the pack, available on request</source>
        <translation>Conserva los documentos más importantes para el motivo, de modo que el dossier cumpla los límites del portal; los que no se incluyen se enumeran en una página del dossier, disponibles previa solicitud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="136"/>
        <source>Black and white</source>
        <translation>Blanco y negro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="137"/>
        <source>The exhibits&apos; pictures in greyscale, for portals that ask for it</source>
        <translation>Las imágenes de los documentos en escala de grises, para los portales que lo piden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="143"/>
        <location filename="../../desktop_app/ui/pack_export.py" line="456"/>
        <source>&amp;Check pages and size</source>
        <translation>&amp;Comprobar páginas y tamaño</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="145"/>
        <source>Build the pack in a private folder and say how many pages and MB it makes</source>
        <translation>Genera el dossier en una carpeta privada e indica cuántas páginas y MB ocupa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="161"/>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="162"/>
        <source>Portal limits:</source>
        <translation>Límites del portal:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="163"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="164"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="166"/>
        <source>Exhibits:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="172"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="246"/>
        <source>⚠ %n exhibit(s) are images. Dossier masks card numbers in what it writes, but cannot read text in images: check they show no full card number or other private detail before you send the pack.</source>
        <translation>
            <numerusform>⚠ %n documento es una imagen. Dossier enmascara los números de tarjeta en lo que escribe, pero no puede leer el texto de las imágenes: comprueba que no muestra ningún número de tarjeta completo ni otro dato privado antes de enviar el dossier.</numerusform>
            <numerusform>⚠ %n documentos son imágenes. Dossier enmascara los números de tarjeta en lo que escribe, pero no puede leer el texto de las imágenes: comprueba que no muestran ningún número de tarjeta completo ni otro dato privado antes de enviar el dossier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="276"/>
        <source>Choose a portal with limits first: without limits the whole case goes in</source>
        <translation>Elige primero un portal con límites: sin límites se incluye todo el expediente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="338"/>
        <source>Fit to %1: %2 of %n exhibit(s) kept, about %3 and %4</source>
        <translation>
            <numerusform>Ajustado a %1: se conserva %2 de %n documento, aprox. %3 y %4</numerusform>
            <numerusform>Ajustado a %1: se conservan %2 de %n documentos, aprox. %3 y %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="340"/>
        <source>%n page(s)</source>
        <comment>Fit to the portal: 4 of 6 exhibits kept, about 20 pages</comment>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="348"/>
        <source>in %n file(s)</source>
        <translation>
            <numerusform>en %n archivo</numerusform>
            <numerusform>en %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="330"/>
        <source>images at %1</source>
        <translation>imágenes a %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="354"/>
        <source>Left out, and listed on a page of the pack as available on request: %1.</source>
        <translation>No incluidos, y enumerados en una página del dossier como disponibles previa solicitud: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="357"/>
        <source>Every exhibit fits: none is left out.</source>
        <translation>Caben todos los documentos: no se deja fuera ninguno.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="360"/>
        <source>To make room, the pack also leaves out %1 (said on the same page, available on request).</source>
        <translation>Para hacer sitio, el dossier tampoco incluye %1 (se indica en la misma página, disponible previa solicitud).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="364"/>
        <source>⚠ Even so the estimate is above the portal&apos;s limits: check pages and size before sending it.</source>
        <translation>⚠ Aun así, la estimación supera los límites del portal: comprueba las páginas y el tamaño antes de enviarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="375"/>
        <source>You changed the choice: the pack keeps the exhibits ticked, in this order (Check pages and size measures it).</source>
        <translation>Has cambiado la selección: el dossier incluye los documentos marcados, en este orden («Comprobar páginas y tamaño» lo mide).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="413"/>
        <source>Cancel the check</source>
        <translation>Cancelar la comprobación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="416"/>
        <source>Building the pack to measure it…</source>
        <translation>Generando el dossier para medirlo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="451"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="468"/>
        <source>%1, %2 in %n file(s)</source>
        <translation>
            <numerusform>%1, %2 en %n archivo</numerusform>
            <numerusform>%1, %2 en %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pack_export.py" line="469"/>
        <source>%n page(s)</source>
        <comment>12 pages, 2.3 MB in 2 files</comment>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="473"/>
        <source>fits %1 (%2)</source>
        <translation>cumple %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="476"/>
        <source>Export now saves this pack as it is.</source>
        <translation>«Exportar» guarda ahora este dossier tal como está.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="483"/>
        <source>The settings changed: check again to see pages and size.</source>
        <translation>Los ajustes han cambiado: vuelve a comprobar para ver las páginas y el tamaño.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="525"/>
        <source>Save the evidence pack as</source>
        <translation>Guardar el dossier de pruebas como</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="527"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pack_export.py" line="547"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="34"/>
        <location filename="../../desktop_app/ui/controllers/history.py" line="49"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="37"/>
        <location filename="../../desktop_app/ui/controllers/history.py" line="49"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="52"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="52"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="65"/>
        <source>%1 %2 to undo.</source>
        <translation>%1 %2 para deshacer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="77"/>
        <source>Undone: %1. %2 to redo.</source>
        <translation>Deshecho: %1. %2 para rehacer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/history.py" line="91"/>
        <source>Redone: %1. %2 to undo.</source>
        <translation>Rehecho: %1. %2 para deshacer.</translation>
    </message>
</context>
<context>
    <name>IssuerPage</name>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="154"/>
        <source>the bank or card issuer</source>
        <translation>el banco o el emisor de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="157"/>
        <source>the bank&apos;s reference for the dispute</source>
        <translation>la referencia del banco para la reclamación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="158"/>
        <source>Filed on</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="161"/>
        <source>Provisional credit on</source>
        <translation>Fecha del abono provisional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="163"/>
        <source>what the merchant answered the bank, in short</source>
        <translation>lo que el comercio respondió al banco, en pocas palabras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="164"/>
        <source>(not decided yet)</source>
        <translation>(aún sin resolver)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="165"/>
        <source>Decided on</source>
        <translation>Fecha de resolución</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="168"/>
        <source>Re-debited on</source>
        <translation>Fecha del nuevo cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="170"/>
        <source>Issuer (bank):</source>
        <translation>Emisor (banco):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="171"/>
        <source>Issuer&apos;s address:</source>
        <translation>Dirección del emisor:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="172"/>
        <source>Claim number:</source>
        <translation>N.º de reclamación:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="173"/>
        <source>Filed on:</source>
        <translation>Fecha de presentación:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="174"/>
        <source>Merc&amp;hant&apos;s response:</source>
        <translation>Respuest&amp;a del comercio:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="177"/>
        <source>Pro&amp;visional credit:</source>
        <translation>Abono pro&amp;visional:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="180"/>
        <source>Credited on:</source>
        <translation>Fecha del abono:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="181"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="182"/>
        <source>Decided on:</source>
        <translation>Fecha de resolución:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="183"/>
        <source>Re-debited:</source>
        <translation>Nuevo cargo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="184"/>
        <source>Re-debited on:</source>
        <translation>Fecha del nuevo cargo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="248"/>
        <source>Provisional credit</source>
        <translation>Abono provisional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="249"/>
        <source>Re-debited</source>
        <translation>Nuevo cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="257"/>
        <source>%1: an amount credited or taken back is never negative (%2 was read).</source>
        <translation>%1: un importe abonado o retirado nunca es negativo (se ha leído %2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_sections.py" line="272"/>
        <source>%1 (%2) is before the dispute was filed (%3).</source>
        <translation>%1 (%2) es anterior a la presentación de la reclamación (%3).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="37"/>
        <source>Language</source>
        <extracomment>Each language in its own name, with its key in the menu; never translated.</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="39"/>
        <source>Dossier will be in this language the next time it starts. Quit Dossier and start it again to see it now.</source>
        <translation>Dossier estará en este idioma la próxima vez que se inicie. Sal de Dossier y vuelve a abrirlo para verlo ya.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="46"/>
        <source>Dossier is in this language already: no restart is needed.</source>
        <translation>Dossier ya está en este idioma: no hace falta reiniciarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="48"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="112"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="120"/>
        <source>Like the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="57"/>
        <source>Dispute to your card issuer (chargeback)</source>
        <translation>Reclamación al emisor de la tarjeta (contracargo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="58"/>
        <source>Refund of a direct debit (SEPA, within 8 weeks)</source>
        <translation>Devolución de un adeudo directo (SEPA, en 8 semanas)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="59"/>
        <source>Refund of a debit taken without a valid mandate</source>
        <translation>Devolución de un adeudo sin orden de domiciliación válida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="60"/>
        <source>Billing-error notice, US credit card (FCBA)</source>
        <translation>Aviso de error de facturación, tarjeta de crédito de EE. UU. (FCBA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="61"/>
        <source>Error notice, US debit card or transfer (Regulation E)</source>
        <translation>Aviso de error, tarjeta de débito o transferencia de EE. UU. (Regulation E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="62"/>
        <source>Section 75 claim to your UK credit-card issuer</source>
        <translation>Reclamación Section 75 al emisor de tu tarjeta de crédito del Reino Unido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="63"/>
        <source>Referral to the Financial Ombudsman Service (UK)</source>
        <translation>Reclamación ante el Financial Ombudsman Service (Reino Unido)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="64"/>
        <source>Formal complaint to the merchant</source>
        <translation>Reclamación formal al comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="65"/>
        <source>Request for a copy or a correction of an invoice</source>
        <translation>Solicitud de copia o corrección de una factura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="66"/>
        <source>Complaint to your bank</source>
        <translation>Reclamación a tu banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="83"/>
        <location filename="../../desktop_app/ui/letters.py" line="234"/>
        <source>Write a letter</source>
        <translation>Redactar una carta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="95"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="101"/>
        <source>%1 (does not fit)</source>
        <translation>%1 (no corresponde)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/letters.py" line="119"/>
        <source>&amp;Why are %n letter(s) not offered?</source>
        <translation>
            <numerusform>¿&amp;Por qué no se ofrece %n carta?</numerusform>
            <numerusform>¿&amp;Por qué no se ofrecen %n cartas?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="127"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="133"/>
        <source>The letter</source>
        <translation>La carta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="139"/>
        <source>&amp;Copy the text</source>
        <translation>&amp;Copiar el texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="141"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="143"/>
        <source>Save as te&amp;xt…</source>
        <translation>Guardar como te&amp;xto…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="145"/>
        <source>&amp;Mark as sent…</source>
        <translation>&amp;Marcar como enviada…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="147"/>
        <source>Log the letter as a contact and keep its PDF with the case&apos;s evidence</source>
        <translation>Registra la carta como contacto y guarda su PDF con las pruebas del expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="156"/>
        <source>&amp;Letter:</source>
        <translation>C&amp;arta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="158"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="160"/>
        <source>The letter (&amp;edit it before you send it):</source>
        <translation>La carta (&amp;edítala antes de enviarla):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="222"/>
        <source>A draft made from the case&apos;s facts: read it, change what you want, fill in what is marked, and send it yourself. Dossier gives guidance, not legal advice.</source>
        <translation>Un borrador hecho a partir de los hechos del expediente: léelo, cambia lo que quieras, completa lo marcado y envíalo tú. Dossier ofrece orientación, no asesoramiento jurídico.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="235"/>
        <source>Your changes to this letter will be lost. Draft the other letter?</source>
        <translation>Se perderán los cambios de esta carta. ¿Redactar la otra carta?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="260"/>
        <source>No letter of Dossier fits this case.</source>
        <translation>Ninguna carta de Dossier corresponde a este expediente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="299"/>
        <source>Save the letter</source>
        <translation>Guardar la carta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="301"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="312"/>
        <source>Save the letter as text</source>
        <translation>Guardar la carta como texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="314"/>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="333"/>
        <location filename="../../desktop_app/ui/letters.py" line="356"/>
        <source>Saved %1. Read it before you send it.</source>
        <translation>Se ha guardado %1. Léela antes de enviarla.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="351"/>
        <source>%1 could not be written (%2); nothing was saved.</source>
        <translation>No se ha podido escribir %1 (%2); no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="369"/>
        <source>Mark the letter as sent</source>
        <translation>Marcar la carta como enviada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="371"/>
        <source>The letter still says “%1” where a fact is missing. Mark it as sent as it is?</source>
        <translation>La carta aún dice «%1» donde falta un dato. ¿Marcarla como enviada tal como está?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="377"/>
        <source>Fill in “%1” in the letter, then mark it as sent.</source>
        <translation>Completa «%1» en la carta y después márcala como enviada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="418"/>
        <source>Mark “%1” as sent</source>
        <translation>Marcar «%1» como enviada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="426"/>
        <source>The letter was not marked as sent.</source>
        <translation>La carta no se ha marcado como enviada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="431"/>
        <source>Marked as sent on %1 (%2): the letter is logged as a contact and its PDF kept as evidence.</source>
        <translation>Marcada como enviada el %1 (%2): la carta queda registrada como contacto y su PDF se guarda como prueba.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters.py" line="439"/>
        <source>%1 in the window undoes it.</source>
        <translation>%1 en la ventana lo deshace.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="22"/>
        <source>Dossier is locked</source>
        <translation>Dossier está bloqueado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="29"/>
        <location filename="../../desktop_app/ui/lock_screen.py" line="76"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Frase de contraseña o clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="31"/>
        <source>Sho&amp;w what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="32"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="72"/>
        <source>Nothing of your cases is shown or readable until you unlock it. Type your passphrase, or the recovery key.</source>
        <translation>No se muestra ni se puede leer nada de tus expedientes hasta que desbloquees Dossier. Escribe tu frase de contraseña o la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="80"/>
        <source>Nothing of your cases is shown or readable until you unlock it. Unlock opens it with the key kept in the system keyring.</source>
        <translation>No se muestra ni se puede leer nada de tus expedientes hasta que desbloquees Dossier. «Desbloquear» lo abre con la clave guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="90"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="113"/>
        <source>Type your passphrase or the recovery key first.</source>
        <translation>Escribe primero tu frase de contraseña o la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lock_screen.py" line="129"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="84"/>
        <source>Edit the contact</source>
        <translation>Editar el contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="84"/>
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="86"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="88"/>
        <source>The time zone of the time above: yours, or the merchant&apos;s</source>
        <translation>La zona horaria de la hora indicada arriba: la tuya o la del comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="109"/>
        <source>Earlier: %1</source>
        <translation>Anterior: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="110"/>
        <source>Same as the &amp;last contact</source>
        <translation>Igual que el ú&amp;ltimo contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="118"/>
        <source>Fill in who it was with, the representative and the reference of the last contact</source>
        <translation>Rellena el interlocutor, el representante y la referencia del último contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="123"/>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="126"/>
        <location filename="../../desktop_app/ui/record_forms.py" line="130"/>
        <location filename="../../desktop_app/ui/record_forms.py" line="134"/>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="128"/>
        <source>Who answered: customer service, a supervisor, head office… It moves the escalation on.</source>
        <translation>Quién respondió: atención al cliente, un supervisor, la sede central… Hace avanzar el escalado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="132"/>
        <source>What they answered: a refusal or a final response opens the next step</source>
        <translation>Lo que respondieron: un rechazo o una respuesta definitiva abre el siguiente paso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="136"/>
        <source>For a letter: how it was sent. Registered post keeps a proof of delivery.</source>
        <translation>Para una carta: cómo se envió. El correo certificado deja constancia de la entrega.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="139"/>
        <source>e.g. Refund of 35.98 EUR</source>
        <translation>p. ej., reembolso de 35,98 EUR</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="141"/>
        <source>Promised by</source>
        <translation>Prometido para el</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/record_forms.py" line="144"/>
        <source>%n day(s) after the contact unless you change it</source>
        <translation>
            <numerusform>%n día después del contacto, salvo que lo cambies</numerusform>
            <numerusform>%n días después del contacto, salvo que lo cambies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="151"/>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="152"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="153"/>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="154"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Sentido:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="155"/>
        <source>How it was s&amp;ent:</source>
        <translation>Cómo se en&amp;vió:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="156"/>
        <source>W&amp;ith:</source>
        <translation>C&amp;on:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="157"/>
        <source>&amp;Representative:</source>
        <translation>&amp;Representante:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="158"/>
        <source>Re&amp;ference / ticket:</source>
        <translation>Re&amp;ferencia / incidencia:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="164"/>
        <source>Su&amp;bject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="165"/>
        <source>&amp;Summary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="166"/>
        <source>&amp;Outcome:</source>
        <translation>Resul&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="167"/>
        <source>Who a&amp;nswered:</source>
        <translation>&amp;Quién respondió:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="168"/>
        <source>Their &amp;answer:</source>
        <translation>Su res&amp;puesta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="169"/>
        <source>They &amp;promised:</source>
        <translation>Se compro&amp;metieron a:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="170"/>
        <source>B&amp;y:</source>
        <translation>A más tar&amp;dar el:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="171"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="171"/>
        <source>Log it</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="269"/>
        <source>Say when it was, such as %1 14:30.</source>
        <translation>Indica cuándo fue, por ejemplo %1 14:30.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="288"/>
        <source>Promised by: %1</source>
        <translation>Prometido para el: %1</translation>
    </message>
</context>
<context>
    <name>MailChooser</name>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="71"/>
        <source>Import e-mails</source>
        <translation>Importar correos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="83"/>
        <source>part of the address or domain, e.g. streamnova</source>
        <translation>parte de la dirección o del dominio, p. ej., streamnova</translation>
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
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="94"/>
        <source>words in the subject or text (accents do not matter)</source>
        <translation>palabras del asunto o del texto (sin importar los acentos)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="95"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="102"/>
        <source>&amp;Sender:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="103"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="104"/>
        <source>&amp;Words:</source>
        <translation>&amp;Palabras:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="111"/>
        <source>Already in</source>
        <translation>Ya incluido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="119"/>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="121"/>
        <source>Tick &amp;none</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="124"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="169"/>
        <source>Reading the e-mails…</source>
        <translation>Leyendo los correos…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="231"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/mail_import.py" line="257"/>
        <source>%n message(s) shown, %1 ticked</source>
        <translation>
            <numerusform>%n mensaje mostrado; marcados: %1</numerusform>
            <numerusform>%n mensajes mostrados; marcados: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="259"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="261"/>
        <source>Reading stopped: press Filter to read the files again.</source>
        <translation>Lectura detenida: pulsa «Filtrar» para volver a leer los archivos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/mail_import.py" line="264"/>
        <source>%n cannot be read: %1</source>
        <translation>
            <numerusform>%n no se puede leer: %1</numerusform>
            <numerusform>%n no se pueden leer: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="33"/>
        <source>Import e-&amp;mails…</source>
        <translation>&amp;Importar correos…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="37"/>
        <source>Import .eml, Outlook .msg or mbox files: each message is logged with its attachments</source>
        <translation>Importa archivos .eml, .msg de Outlook o mbox: cada mensaje se registra con sus adjuntos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="48"/>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="87"/>
        <source>Import e-mails</source>
        <translation>Importar correos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="50"/>
        <source>E-mails (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation>Correos (*.eml *.msg *.mbox *.mbx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/mail.py" line="77"/>
        <source>Importing e-mails…</source>
        <translation>Importando los correos…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <source>Case page</source>
        <translation>Página del expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113"/>
        <source>Choose a case on the left.</source>
        <translation>Elige un expediente a la izquierda.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="178"/>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="200"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="410"/>
        <source>%1 (locked)</source>
        <translation>%1 (bloqueado)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="413"/>
        <source>Locked.</source>
        <translation>Bloqueado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="488"/>
        <source>About Dossier</source>
        <translation>Acerca de Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="490"/>
        <source>&lt;b&gt;Dossier %1&lt;/b&gt;&lt;p&gt;Keep the whole record of a billing dispute and hand it to your bank. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Dossier %1&lt;/b&gt;&lt;p&gt;Reúne todo el historial de una reclamación de facturación y entrégaselo a tu banco. Todo se queda en este ordenador.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="136"/>
        <source>&amp;Search all cases…</source>
        <translation>&amp;Buscar en todos los expedientes…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="142"/>
        <source>&amp;Filter the cases</source>
        <translation>&amp;Filtrar expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="147"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="151"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="153"/>
        <source>&amp;Case</source>
        <translation>E&amp;xpediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="162"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="173"/>
        <source>Search all cases (Ctrl+Shift+F)</source>
        <translation>Buscar en todos los expedientes (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="181"/>
        <source>&amp;Next tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="185"/>
        <source>&amp;Previous tab</source>
        <translation>Pestaña &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="191"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="192"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="196"/>
        <source>Like the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="197"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="198"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="208"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="210"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="213"/>
        <source>&amp;About Dossier</source>
        <translation>Acerca &amp;de Dossier</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="26"/>
        <source>Mark the letter as sent</source>
        <translation>Marcar la carta como enviada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="29"/>
        <source>Date sent</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="32"/>
        <source>How it was sent</source>
        <translation>Cómo se envió</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="34"/>
        <source>Tracking number or reference</source>
        <translation>Número de seguimiento o referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="35"/>
        <source>Optional: the registered letter&apos;s number, a ticket…</source>
        <translation>Opcional: el número del certificado, de una incidencia…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="38"/>
        <source>The letter is logged as a contact with the merchant or the bank, and its PDF is kept with the case&apos;s evidence, so that the timeline and the pack show it.</source>
        <translation>La carta se registra como contacto con el comercio o el banco, y su PDF se guarda con las pruebas del expediente, para que aparezca en la cronología y en el dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="44"/>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Marcar como enviada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="46"/>
        <source>&amp;Date sent:</source>
        <translation>&amp;Fecha de envío:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="47"/>
        <source>&amp;How:</source>
        <translation>&amp;Cómo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="48"/>
        <source>&amp;Tracking number:</source>
        <translation>N.º de &amp;seguimiento:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="60"/>
        <source>Date sent: say when the letter was sent.</source>
        <translation>Fecha de envío: indica cuándo se envió la carta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="63"/>
        <source>Date sent: %1</source>
        <translation>Fecha de envío: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letter_sent.py" line="66"/>
        <source>Date sent: that is after today; mark a letter as sent once it has gone.</source>
        <translation>Fecha de envío: es posterior a hoy; marca la carta como enviada cuando ya haya salido.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="87"/>
        <source>Case details</source>
        <translation>Datos del expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="87"/>
        <source>New case</source>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="90"/>
        <source>e.g. Gym membership charged after cancelling</source>
        <translation>p. ej., cuota del gimnasio cobrada después de darse de baja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="100"/>
        <source>Follow the facts</source>
        <translation>Según los hechos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="103"/>
        <source>Follow the facts: where the case stands follows the contacts, answers and filing you logged. Choose a stage to set it yourself.</source>
        <translation>Según los hechos: la fase del expediente sigue los contactos, las respuestas y la presentación que registraste. Elige una fase para fijarla tú.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="113"/>
        <source>From the country</source>
        <translation>Según el país</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="116"/>
        <source>Language of the pack and the letters</source>
        <translation>Idioma del dossier y de las cartas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="119"/>
        <source>The language the pack and the letters start in. From the country: French for FR, BE, LU; Spanish for ES and Spanish-speaking countries; Polish for PL; English for GB, US, IE, AU, NZ; for any other country, or none, the window&apos;s language.</source>
        <translation>El idioma inicial del dossier y de las cartas. Según el país: francés para FR, BE y LU; español para ES y los países hispanohablantes; polaco para PL; inglés para GB, US, IE, AU y NZ; para cualquier otro país, o sin país, el idioma de la ventana.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="129"/>
        <source>The case&apos;s own figure, for a case without charges. Once charges are recorded, the disputed total is the sum of the disputed charges&apos; figures (see each charge).</source>
        <translation>El importe propio del expediente, para un expediente sin cargos. En cuanto se registran cargos, el total reclamado es la suma de los importes de los cargos reclamados (véase cada cargo).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="136"/>
        <location filename="../../desktop_app/ui/case_form.py" line="138"/>
        <source>(not known)</source>
        <translation>(se desconoce)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="137"/>
        <source>(not a card, or not known)</source>
        <translation>(no es tarjeta, o se desconoce)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="139"/>
        <source>In the US, credit and debit cards have different deadlines</source>
        <translation>En EE. UU., las tarjetas de crédito y de débito tienen plazos distintos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="141"/>
        <source>last 4 digits only</source>
        <translation>solo los 4 últimos dígitos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="144"/>
        <source>Business card or account</source>
        <translation>Tarjeta o cuenta de empresa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="145"/>
        <source>A company&apos;s (corporate) card or account, not a consumer&apos;s</source>
        <translation>Tarjeta o cuenta de una empresa (corporativa), no de un consumidor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="147"/>
        <source>RUM, UMR: on the mandate or the statement</source>
        <translation>RUM, UMR: en la orden de domiciliación o en el extracto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="149"/>
        <source>ICS, CI: e.g. FR12ZZZ123456</source>
        <translation>ICS, CI: p. ej., ES12000B12345678</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="161"/>
        <source>What happened, in your own words</source>
        <translation>Lo que ocurrió, con tus propias palabras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="167"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="168"/>
        <source>&amp;Merchant:</source>
        <translation>&amp;Comercio:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="169"/>
        <source>Merchant&apos;s e-mail:</source>
        <translation>Correo del comercio:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="170"/>
        <source>Merchant&apos;s phone:</source>
        <translation>Teléfono del comercio:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="171"/>
        <source>Merchant&apos;s website:</source>
        <translation>Web del comercio:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="172"/>
        <source>Merchant&apos;s address:</source>
        <translation>Dirección del comercio:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="173"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="174"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="175"/>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="176"/>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="177"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="180"/>
        <source>&amp;Amount disputed:</source>
        <translation>&amp;Importe reclamado:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="184"/>
        <source>Already re&amp;funded:</source>
        <translation>&amp;Ya reembolsado:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="187"/>
        <source>&amp;Currency:</source>
        <translation>Mo&amp;neda:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="188"/>
        <source>&amp;Paid by:</source>
        <translation>Medio de pa&amp;go:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="189"/>
        <source>Card net&amp;work:</source>
        <translation>&amp;Red de la tarjeta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="190"/>
        <source>Cred&amp;it or debit:</source>
        <translation>Crédito o &amp;débito:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="194"/>
        <source>Card&apos;s &amp;last 4 digits:</source>
        <translation>Últimos &amp;4 dígitos de la tarjeta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="196"/>
        <source>Mandate reference:</source>
        <translation>Referencia de la orden:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="197"/>
        <source>Creditor identifier:</source>
        <translation>Identificador del acreedor:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="205"/>
        <source>&amp;Story:</source>
        <translation>Lo oc&amp;urrido:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="225"/>
        <source>Th&amp;e case</source>
        <translation>E&amp;xpediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="226"/>
        <source>Cust&amp;omer</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="227"/>
        <source>&amp;Dates</source>
        <translation>Fec&amp;has</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="228"/>
        <source>After filing with the &amp;bank</source>
        <translation>Tras reclamar al &amp;banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="239"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="239"/>
        <source>Create case</source>
        <translation>Crear expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="312"/>
        <source>From the country (%1)</source>
        <translation>Según el país (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="312"/>
        <source>The window&apos;s language (%1)</source>
        <translation>El idioma de la ventana (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="385"/>
        <source>Only the last 4 digits are kept.</source>
        <translation>Solo se guardan los 4 últimos dígitos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="396"/>
        <source>Give the case a title.</source>
        <translation>Ponle un título al expediente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="398"/>
        <source>Name the merchant.</source>
        <translation>Indica el comercio.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="404"/>
        <source>Type the date “%1”, or untick it.</source>
        <translation>Escribe la fecha «%1» o desmárcala.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="409"/>
        <source>Amount disputed</source>
        <translation>Importe reclamado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="410"/>
        <source>Already refunded</source>
        <translation>Ya reembolsado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_form.py" line="425"/>
        <source>“%1” is not a country: the country is a two-letter code, such as FR or PL.</source>
        <translation>«%1» no es un país: el país es un código de dos letras, como ES o FR.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="275"/>
        <source>Set a passphrase</source>
        <translation>Establecer una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="282"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="284"/>
        <source>The same &amp;again:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="286"/>
        <source>Sho&amp;w what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="289"/>
        <source>A few unrelated words are strong and easy to type. Dossier cannot recover a forgotten passphrase: the recovery key is the only other way in.</source>
        <translation>Varias palabras sin relación entre sí forman una frase segura y fácil de escribir. Dossier no puede recuperar una frase de contraseña olvidada: la clave de recuperación es la única otra forma de entrar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="300"/>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Establecer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="327"/>
        <source>Type a passphrase.</source>
        <translation>Escribe una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="329"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="357"/>
        <source>Protecting your dossier…</source>
        <translation>Protegiendo tus expedientes…</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../desktop_app/ui/outputs.py" line="63"/>
        <source>These files already exist:
%1

Replace them?</source>
        <translation>Estos archivos ya existen:
%1

¿Reemplazarlos?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outputs.py" line="65"/>
        <source>%1 already exists.

Replace it?</source>
        <translation>%1 ya existe.

¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outputs.py" line="87"/>
        <source>Nothing was written. Choose another name or folder.</source>
        <translation>No se ha escrito nada. Elige otro nombre u otra carpeta.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="85"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="86"/>
        <source>Customer&apos;s contacts</source>
        <translation>Datos de contacto del cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="87"/>
        <source>Tax number</source>
        <translation>Número fiscal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="88"/>
        <source>Cardholder</source>
        <translation>Titular de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="89"/>
        <source>Merchant</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="90"/>
        <source>Merchant&apos;s contacts</source>
        <translation>Datos de contacto del comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="91"/>
        <source>Merchant&apos;s address</source>
        <translation>Dirección del comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="92"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="93"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="94"/>
        <source>Escalation stage</source>
        <translation>Fase de escalado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="95"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="96"/>
        <source>Language of letters and packs</source>
        <translation>Idioma de las cartas y los dossieres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="97"/>
        <source>Paid with</source>
        <translation>Pagado con</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="98"/>
        <source>Mandate</source>
        <translation>Orden de domiciliación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="99"/>
        <source>Amount disputed</source>
        <translation>Importe reclamado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="100"/>
        <source>Already refunded</source>
        <translation>Ya reembolsado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="102"/>
        <source>Case opened</source>
        <translation>Expediente abierto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="103"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="111"/>
        <source>After filing with the bank</source>
        <translation>Tras reclamar al banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="115"/>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="116"/>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="117"/>
        <source>Provisional credit</source>
        <translation>Abono provisional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="118"/>
        <source>Merchant&apos;s response</source>
        <translation>Respuesta del comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="119"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="120"/>
        <source>Re-debited</source>
        <translation>Nuevo cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="140"/>
        <source>The story</source>
        <translation>Lo ocurrido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="149"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="204"/>
        <location filename="../../desktop_app/ui/overview_page.py" line="231"/>
        <source>%1 (your choice)</source>
        <translation>%1 (elegido por ti)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="233"/>
        <source>%1 (from the facts)</source>
        <translation>%1 (según los hechos)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="206"/>
        <source>%1 (from the country)</source>
        <translation>%1 (según el país)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="208"/>
        <source>%1 (the window&apos;s language)</source>
        <translation>%1 (el idioma de la ventana)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="252"/>
        <source>business card or account</source>
        <translation>tarjeta o cuenta de empresa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="255"/>
        <source>reference %1</source>
        <translation>referencia %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="258"/>
        <source>creditor %1</source>
        <translation>acreedor %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="277"/>
        <source>No story yet: Edit case details (F2) to write it.</source>
        <translation>Aún no se ha contado lo ocurrido: escríbelo en Editar datos del expediente (F2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="279"/>
        <source>What the bank will expect (%1 of %2)</source>
        <translation>Lo que pedirá el banco (%1 de %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="288"/>
        <source>Where it stands: %1</source>
        <translation>Situación: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="293"/>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="295"/>
        <source>Everything the bank usually asks for is here.</source>
        <translation>Está todo lo que el banco suele pedir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="352"/>
        <source>Next:</source>
        <translation>Siguiente paso:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="358"/>
        <source>Have ready:</source>
        <translation>Ten a mano:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="361"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="362"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="363"/>
        <source>next</source>
        <translation>después</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="364"/>
        <source>later</source>
        <translation>más adelante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="376"/>
        <source>not open to you</source>
        <translation>no está a tu alcance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="389"/>
        <source>filed on %1</source>
        <translation>presentada el %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="390"/>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="399"/>
        <source>number %1</source>
        <translation>número %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="414"/>
        <source>The disputed charges (%1)</source>
        <translation>Los cargos reclamados (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="416"/>
        <source>The disputed amount</source>
        <translation>El importe reclamado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="421"/>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="422"/>
        <source>Charged</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="423"/>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="424"/>
        <source>Disputed</source>
        <translation>Reclamado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="433"/>
        <source>charged minus agreed</source>
        <translation>cobrado menos acordado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="443"/>
        <source>Total disputed</source>
        <translation>Total reclamado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="445"/>
        <source>Disputed (the case&apos;s own figure)</source>
        <translation>Reclamado (importe propio del expediente)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="450"/>
        <source>No amount given yet.</source>
        <translation>Aún no se ha indicado ningún importe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="473"/>
        <source>for the %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="479"/>
        <source>No deadline from the rules yet.</source>
        <translation>Las normas aún no dan ningún plazo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/overview_page.py" line="482"/>
        <source>and %n more in Deadlines</source>
        <translation>
            <numerusform>y %n más en Plazos</numerusform>
            <numerusform>y %n más en Plazos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="494"/>
        <source>charge of %1, %2</source>
        <translation>cargo del %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="513"/>
        <source>Act by %1, the working day before.</source>
        <translation>Actúa a más tardar el %1, el día hábil anterior.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/overview_page.py" line="532"/>
        <source>Also open to you, with no date of its own:</source>
        <translation>También puedes recurrir a lo siguiente, sin plazo propio:</translation>
    </message>
</context>
<context>
    <name>PacksController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="47"/>
        <source>Export evidence &amp;pack…</source>
        <translation>Exportar &amp;dossier de pruebas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="50"/>
        <source>Write the PDF pack to send to the bank or card issuer</source>
        <translation>Genera el dossier en PDF para enviarlo al banco o al emisor de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="54"/>
        <source>&amp;Write a letter…</source>
        <translation>Redactar car&amp;ta…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="57"/>
        <source>A dispute, complaint or invoice letter from the case&apos;s facts</source>
        <translation>Una carta de reclamación, de queja o sobre una factura a partir de los hechos del expediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="123"/>
        <source>Nothing was written: the pack would show a full card number.</source>
        <translation>No se ha escrito nada: el dossier mostraría un número de tarjeta completo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="148"/>
        <source>Preparing the evidence pack…</source>
        <translation>Preparando el dossier de pruebas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="165"/>
        <source>Evidence pack written: %1</source>
        <translation>Dossier de pruebas guardado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="167"/>
        <source>Evidence pack</source>
        <translation>Dossier de pruebas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/packs.py" line="177"/>
        <source>The evidence pack was cancelled; nothing was written.</source>
        <translation>Se ha cancelado el dossier de pruebas; no se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>RecordsController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="58"/>
        <source>&amp;Log a call, chat or e-mail…</source>
        <translation>&amp;Registrar llamada, chat o correo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="61"/>
        <source>Add a &amp;charge or refund…</source>
        <translation>Añadir &amp;cargo o reembolso…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="64"/>
        <source>Add a &amp;deadline or task…</source>
        <translation>Añadir pla&amp;zo o tarea…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="67"/>
        <source>Mark the task d&amp;one or not done</source>
        <translation>Marcar tarea como &amp;hecha o pendiente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="71"/>
        <source>Move to the &amp;trash</source>
        <translation>&amp;Mover a la papelera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="75"/>
        <source>Move the selected exhibit, charge, contact or task to the trash (Ctrl+Z brings it back)</source>
        <translation>Mueve a la papelera el documento, el cargo, el contacto o la tarea seleccionados (Ctrl+Z lo recupera)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="98"/>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="105"/>
        <source>%1 of %2 on %3</source>
        <translation>%1 de %2 del %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="159"/>
        <source>Logged: %1. A task reminds you of the promise on %2.</source>
        <translation>Registrado: %1. Una tarea te recordará el compromiso el %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="164"/>
        <source>Logged: %1.</source>
        <translation>Registrado: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="197"/>
        <source>Added: %1.</source>
        <translation>Añadido: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="229"/>
        <source>Added to the deadlines and tasks: %1.</source>
        <translation>Añadido a los plazos y tareas: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="237"/>
        <source>Select a task in “Deadlines” first.</source>
        <translation>Selecciona primero una tarea en «Plazos».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="243"/>
        <source>Mark “%1” done</source>
        <translation>Marcar «%1» como hecha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="243"/>
        <source>Mark “%1” not done</source>
        <translation>Marcar «%1» como pendiente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="248"/>
        <source>Done: %1.</source>
        <translation>Hecho: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="248"/>
        <source>Not done yet: %1.</source>
        <translation>Pendiente: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="265"/>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="266"/>
        <source>Saved: %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="275"/>
        <source>Select an exhibit, charge, contact or task first.</source>
        <translation>Selecciona primero un documento, un cargo, un contacto o una tarea.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="290"/>
        <source>Move “%1” to the trash</source>
        <translation>Mover «%1» a la papelera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="296"/>
        <source>Moved to the trash: %1, with the task of its promise.</source>
        <translation>Movido a la papelera: %1, con la tarea de su compromiso.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="298"/>
        <source>Moved to the trash: %1.</source>
        <translation>Movido a la papelera: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/records.py" line="301"/>
        <source>%1 %2 to undo.</source>
        <translation>%1 %2 para deshacer.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="419"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="424"/>
        <source>Write down your recovery key</source>
        <translation>Anota tu clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="431"/>
        <source>This key opens your dossier if the system keyring or your passphrase is lost: a new computer, a reinstalled system, a forgotten passphrase. Dossier shows it only now. Write it down, print it or save it, and keep it apart from this computer.</source>
        <translation>Esta clave abre tus expedientes si se pierde el llavero del sistema o tu frase de contraseña: un ordenador nuevo, un sistema reinstalado, una frase olvidada. Dossier solo la muestra ahora. Anótala, imprímela o guárdala, y tenla lejos de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="446"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="453"/>
        <source>Your dossier is protected by your passphrase only: %1.</source>
        <translation>Tus expedientes solo están protegidos por tu frase de contraseña: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="458"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="460"/>
        <source>&amp;Save to file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="467"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="473"/>
        <source>I have &amp;written it down or saved it</source>
        <translation>La he &amp;anotado o guardado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="476"/>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="506"/>
        <source>Copied. Paste it where you keep such things; copy something else afterwards.</source>
        <translation>Copiada. Pégala donde guardes este tipo de cosas; después copia otra cosa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="516"/>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="518"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="534"/>
        <source>Saved to %1. Keep that file away from this computer: on a USB stick, or printed.</source>
        <translation>Guardada en %1. Guarda ese archivo lejos de este ordenador: en una memoria USB o impreso.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="544"/>
        <source>%1 recovery key</source>
        <translation>Clave de recuperación de %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="546"/>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="553"/>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
</context>
<context>
    <name>RedactionBar</name>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="319"/>
        <source>Drag over the picture to hide a part of it in the pack.</source>
        <translation>Arrastra sobre la imagen para tapar una parte en el dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="323"/>
        <source>Remove box</source>
        <translation>Quitar recuadro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="324"/>
        <source>Remove the selected box (Delete)</source>
        <translation>Quita el recuadro seleccionado (Supr)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="325"/>
        <source>Save redaction</source>
        <translation>Guardar tachaduras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="327"/>
        <source>Keep these boxes as the exhibit&apos;s redaction: the pack hides what is under them (Ctrl+S)</source>
        <translation>Guarda estos recuadros como tachaduras del documento: el dossier tapa lo que hay debajo (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="329"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/redaction.py" line="346"/>
        <source>%n box(es), not saved</source>
        <translation>
            <numerusform>%n recuadro, sin guardar</numerusform>
            <numerusform>%n recuadros, sin guardar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/redaction.py" line="348"/>
        <source>%n box(es) saved</source>
        <translation>
            <numerusform>%n recuadro guardado</numerusform>
            <numerusform>%n recuadros guardados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionCanvas</name>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="72"/>
        <source>Drag to draw a box over what the bank must not see; click a box, then Delete removes it</source>
        <translation>Arrastra para dibujar un recuadro sobre lo que el banco no debe ver; haz clic en un recuadro y Supr lo elimina</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="77"/>
        <source>Page %1: drag to draw a box to hide in the pack</source>
        <translation>Página %1: arrastra para dibujar un recuadro que se tapará en el dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/redaction.py" line="254"/>
        <source>Remove this box</source>
        <translation>Quitar este recuadro</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <location filename="../../desktop_app/ui/reminder.py" line="18"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminder.py" line="34"/>
        <source>Needs you now:</source>
        <translation>Requiere tu atención:</translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="38"/>
        <source>Add deadlines to cale&amp;ndar…</source>
        <translation>Añadir plazos al cale&amp;ndario…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="41"/>
        <source>Write the case&apos;s open deadlines to an iCalendar (.ics) file, with a reminder before each</source>
        <translation>Guarda los plazos abiertos del expediente en un archivo iCalendar (.ics), con un aviso antes de cada uno</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="75"/>
        <source>Dossier: deadlines</source>
        <translation>Dossier: plazos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="110"/>
        <source>Dossier: the store is damaged</source>
        <translation>Dossier: el almacén está dañado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="134"/>
        <source>Wait for the work in progress to end, then add to the calendar again.</source>
        <translation>Espera a que termine el trabajo en curso y vuelve a añadir al calendario.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="141"/>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="143"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="152"/>
        <source>The calendar was not written: %1</source>
        <translation>No se ha escrito el calendario: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/reminders.py" line="155"/>
        <source>Wrote %n deadline(s) to %1: open it with your calendar to add them.</source>
        <translation>
            <numerusform>Se ha guardado %n plazo en %1: ábrelo con tu calendario para añadirlo.</numerusform>
            <numerusform>Se han guardado %n plazos en %1: ábrelo con tu calendario para añadirlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="55"/>
        <source>Search all cases</source>
        <translation>Buscar en todos los expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="59"/>
        <source>Words to find: “lodz” finds “Łódź”, “resume” finds “résumé”</source>
        <translation>Palabras que buscar: «lodz» encuentra «Łódź», «cancion» encuentra «canción»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="63"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="63"/>
        <source>Matching words</source>
        <translation>Palabras coincidentes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search.py" line="113"/>
        <source>%n item(s) in %1</source>
        <translation>
            <numerusform>%n elemento en %1</numerusform>
            <numerusform>%n elementos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search.py" line="114"/>
        <source>%n case(s)</source>
        <comment>3 items in 2 cases</comment>
        <translation>
            <numerusform>%n expediente</numerusform>
            <numerusform>%n expedientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search.py" line="117"/>
        <source>Nothing holds these words.</source>
        <translation>Nada contiene estas palabras.</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="207"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="222"/>
        <source>Store:</source>
        <translation>Almacén:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="223"/>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="224"/>
        <source>System keyring:</source>
        <translation>Llavero del sistema:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="225"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="226"/>
        <source>Opened this time:</source>
        <translation>Abierto esta vez:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="227"/>
        <source>How this store is protected</source>
        <translation>Cómo está protegido este almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="230"/>
        <source>&amp;Encrypt this store…</source>
        <translation>&amp;Cifrar este almacén…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="231"/>
        <source>&amp;Decrypt this store…</source>
        <translation>&amp;Descifrar este almacén…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="232"/>
        <source>Set or change the &amp;passphrase…</source>
        <translation>Establecer o cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="233"/>
        <source>&amp;Remove the passphrase…</source>
        <translation>&amp;Quitar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="234"/>
        <source>Make a new recovery &amp;key…</source>
        <translation>Crear una nueva clave de &amp;recuperación…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="235"/>
        <source>&amp;Back up now…</source>
        <translation>Hacer una copia de &amp;seguridad ahora…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="249"/>
        <source>Change it</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="254"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="255"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="257"/>
        <source>Lock after this many minutes without use</source>
        <translation>Bloquear tras estos minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="259"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Bloquear tras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="264"/>
        <source>without use</source>
        <translation>de inactividad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="272"/>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="315"/>
        <source>Reading how the store is protected…</source>
        <translation>Leyendo cómo está protegido el almacén…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="317"/>
        <source>Reading the store&apos;s protection</source>
        <translation>Leyendo la protección del almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="327"/>
        <source>Encrypted: the database and every evidence file.</source>
        <translation>Cifrado: la base de datos y todos los archivos de pruebas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="329"/>
        <source>Holds the key: Dossier opens without asking.</source>
        <translation>Guarda la clave: Dossier se abre sin preguntar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="331"/>
        <source>Does not hold the key: Dossier asks for the passphrase or recovery key.</source>
        <translation>No guarda la clave: Dossier pide la frase de contraseña o la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="333"/>
        <source>Set</source>
        <translation>Establecida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="333"/>
        <location filename="../../desktop_app/ui/security.py" line="339"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="336"/>
        <source>Not encrypted: anyone who can read the folder can read it.</source>
        <translation>Sin cifrar: cualquiera que pueda leer la carpeta puede leerlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="338"/>
        <source>Not used</source>
        <translation>No se usa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="342"/>
        <source>Without a key: it is not encrypted.</source>
        <translation>Sin clave: no está cifrado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="343"/>
        <source>With the key in the system keyring.</source>
        <translation>Con la clave del llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="344"/>
        <source>With the passphrase.</source>
        <translation>Con la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="345"/>
        <source>With the recovery key.</source>
        <translation>Con la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="346"/>
        <source>It was just made.</source>
        <translation>Se acaba de crear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="350"/>
        <source>Only an encrypted store is locked: encrypt it first.</source>
        <translation>Solo se bloquea un almacén cifrado: cífralo primero.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="371"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="373"/>
        <source>Set a &amp;passphrase…</source>
        <translation>Establecer una &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="392"/>
        <source>Encrypt this store</source>
        <translation>Cifrar este almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="394"/>
        <source>Encrypt the database and every evidence file of this store? Dossier rewrites each file; an interruption leaves the store as it was. You will be shown a recovery key to keep.</source>
        <translation>¿Cifrar la base de datos y todos los archivos de pruebas de este almacén? Dossier reescribe cada archivo; si se interrumpe, el almacén queda como estaba. Se te mostrará una clave de recuperación que debes guardar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="409"/>
        <source>Decrypt this store</source>
        <translation>Descifrar este almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="411"/>
        <source>Decrypt this store? The database and every evidence file will be written in plaintext: anyone who can read the folder %1, or a copy of it, can then read every case. The passphrase and the recovery key will no longer be needed, nor work.</source>
        <translation>¿Descifrar este almacén? La base de datos y todos los archivos de pruebas se guardarán sin cifrar: cualquiera que pueda leer la carpeta %1, o una copia de ella, podrá leer todos los expedientes. La frase de contraseña y la clave de recuperación dejarán de ser necesarias y de funcionar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="426"/>
        <source>The passphrase opens this store where the system keyring does not give its key. The recovery key keeps working.</source>
        <translation>La frase de contraseña abre este almacén allí donde el llavero del sistema no facilita su clave. La clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="429"/>
        <source>Set a passphrase</source>
        <translation>Establecer una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="440"/>
        <source>Remove the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="442"/>
        <source>Remove the passphrase? The store then opens with the key in the system keyring, or with the recovery key.</source>
        <translation>¿Quitar la frase de contraseña? El almacén se abrirá entonces con la clave del llavero del sistema o con la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="460"/>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/security.py" line="462"/>
        <source>Make a new recovery key? The one you kept stops opening this store at once. Backups made before today still open with the old key, not the new one: keep the old key as long as you keep those backups.</source>
        <translation>¿Crear una nueva clave de recuperación? La que guardaste dejará de abrir este almacén de inmediato. Las copias de seguridad anteriores a hoy se siguen abriendo con la clave antigua, no con la nueva: conserva la clave antigua mientras conserves esas copias.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="141"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="145"/>
        <source>Tab and Shift+Tab move between the parts of the window. In a menu or a form, Alt and the underlined letter choose.</source>
        <translation>Tab y Mayús+Tab pasan de una parte de la ventana a otra. En un menú o un formulario, Alt y la letra subrayada eligen una opción.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="151"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="151"/>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="151"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>StoreController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="104"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="108"/>
        <source>Hide every case and close the database until the passphrase or the keyring opens it again</source>
        <translation>Oculta todos los expedientes y cierra la base de datos hasta que la frase de contraseña o el llavero la vuelvan a abrir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="114"/>
        <source>Securit&amp;y…</source>
        <translation>Seg&amp;uridad…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="116"/>
        <source>Encryption, passphrase, recovery key, locking and backups of this store</source>
        <translation>Cifrado, frase de contraseña, clave de recuperación, bloqueo y copias de seguridad de este almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="120"/>
        <source>Back &amp;up…</source>
        <translation>Hacer &amp;copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="122"/>
        <source>Write one encrypted file holding every case and every file</source>
        <translation>Guarda en un único archivo cifrado todos los expedientes y todos los archivos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="126"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="128"/>
        <source>Restore a backup into a new or empty folder</source>
        <translation>Restaura una copia de seguridad en una carpeta nueva o vacía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="132"/>
        <source>Export case &amp;bundle (unencrypted)…</source>
        <translation>Exportar expediente en &amp;ZIP (sin cifrar)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="134"/>
        <source>A zip of the case file and its original files, for a lawyer: NOT encrypted</source>
        <translation>Un ZIP con el archivo de expediente y sus archivos originales, para un abogado: SIN cifrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="199"/>
        <location filename="../../desktop_app/ui/controllers/store.py" line="515"/>
        <source>Wait for the work under way to end, or cancel it, first.</source>
        <translation>Espera primero a que termine el trabajo en curso, o cancélalo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="204"/>
        <source>Encrypting every file…</source>
        <translation>Cifrando todos los archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="204"/>
        <source>Decrypting every file…</source>
        <translation>Descifrando todos los archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="214"/>
        <source>No system keyring works here to keep the store&apos;s key: a passphrase of yours protects it instead. You will type it each time Dossier starts.

(Why: %1.)</source>
        <translation>Aquí no funciona ningún llavero del sistema para guardar la clave del almacén: la protegerá una frase de contraseña tuya. Tendrás que escribirla cada vez que inicies Dossier.

(Motivo: %1.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="217"/>
        <source>Protect this store</source>
        <translation>Proteger este almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="218"/>
        <source>&amp;Protect and encrypt</source>
        <translation>&amp;Proteger y cifrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="224"/>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="229"/>
        <source>The store is encrypted.</source>
        <translation>El almacén está cifrado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="231"/>
        <source>The store is decrypted: its files are now in plaintext.</source>
        <translation>El almacén está descifrado: sus archivos están ahora sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="252"/>
        <source>The passphrase was set.</source>
        <translation>Se ha establecido la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="254"/>
        <source>The passphrase was removed.</source>
        <translation>Se ha quitado la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="260"/>
        <source>Protecting the key…</source>
        <translation>Protegiendo la clave…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="275"/>
        <source>Dossier backup %1.dossier-backup</source>
        <translation>Copia de seguridad de Dossier %1.dossier-backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="290"/>
        <source>Checking the store and writing the backup…</source>
        <translation>Comprobando el almacén y guardando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="295"/>
        <source>It opens with its passphrase.</source>
        <translation>Se abre con su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="297"/>
        <source>It opens with this store&apos;s recovery key or passphrase (or the backup&apos;s own).</source>
        <translation>Se abre con la clave de recuperación o la frase de contraseña de este almacén (o con la propia de la copia).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="301"/>
        <source>Wrote %1 (%2 MB): %3 and %4, checked before it was written.</source>
        <translation>Se ha guardado %1 (%2 MB): %3 y %4, todo comprobado antes de escribirlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="302"/>
        <source>%n case(s)</source>
        <comment>Wrote the backup (12 MB): 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n expediente</numerusform>
            <numerusform>%n expedientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="303"/>
        <source>%n file(s)</source>
        <comment>Wrote the backup (12 MB): 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="308"/>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="317"/>
        <location filename="../../desktop_app/ui/controllers/store.py" line="378"/>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="319"/>
        <source>Dossier backups (*.dossier-backup);;All files (*)</source>
        <translation>Copias de seguridad de Dossier (*.dossier-backup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="324"/>
        <source>Choose an empty folder for the restored store</source>
        <translation>Elige una carpeta vacía para el almacén restaurado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="333"/>
        <source>%1 is not empty: choose a new or empty folder. Nothing was changed.</source>
        <translation>%1 no está vacía: elige una carpeta nueva o vacía. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="342"/>
        <source>Checking the backup and restoring every file…</source>
        <translation>Comprobando la copia y restaurando todos los archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="349"/>
        <source>The backup %1 is encrypted.</source>
        <translation>La copia de seguridad %1 está cifrada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="353"/>
        <source>Open the backup</source>
        <translation>Abrir la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="362"/>
        <source>Nothing was restored.</source>
        <translation>No se ha restaurado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="370"/>
        <source>Restored %1 and %2 into %3. Every file&apos;s SHA-256 and the database were checked.

To open it: dossier gui --data-dir &quot;%3&quot;</source>
        <translation>Se han restaurado %1 y %2 en %3. Se han comprobado la base de datos y el SHA-256 de cada archivo.

Para abrirlo: dossier gui --data-dir &quot;%3&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="373"/>
        <source>%n case(s)</source>
        <comment>Restored 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n expediente</numerusform>
            <numerusform>%n expedientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/controllers/store.py" line="374"/>
        <source>%n file(s)</source>
        <comment>Restored 3 cases and 40 files</comment>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="380"/>
        <source>&amp;Open it now</source>
        <translation>&amp;Abrirlo ahora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="390"/>
        <source>Export case bundle (unencrypted)</source>
        <translation>Exportar el expediente en ZIP (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="394"/>
        <source>Write the bundle?</source>
        <translation>¿Guardar el ZIP?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="407"/>
        <source>Zip files (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="417"/>
        <source>Wrote %1, NOT encrypted: delete it once it is no longer needed.</source>
        <translation>Se ha guardado %1 SIN cifrar: bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="424"/>
        <source>Writing the case bundle…</source>
        <translation>Guardando el ZIP del expediente…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="441"/>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="441"/>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="443"/>
        <source>The database and every evidence file are encrypted on disk</source>
        <translation>La base de datos y todos los archivos de pruebas están cifrados en el disco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="445"/>
        <source>Anyone who can read the store&apos;s folder can read its cases: File &gt; Security…</source>
        <translation>Cualquiera que pueda leer la carpeta del almacén puede leer sus expedientes: Archivo &gt; Seguridad…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="449"/>
        <source>Lock (Ctrl+Shift+L)</source>
        <translation>Bloquear (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="451"/>
        <source>Only an encrypted store can be locked: File &gt; Security… encrypts it</source>
        <translation>Solo se puede bloquear un almacén cifrado: Archivo &gt; Seguridad… lo cifra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/store.py" line="539"/>
        <source>Unlocked.</source>
        <translation>Desbloqueado.</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="116"/>
        <source>Opening the store</source>
        <translation>Abriendo el almacén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="126"/>
        <source>Opening your dossier…</source>
        <translation>Abriendo tus expedientes…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="185"/>
        <source>Dossier encrypts your cases on this computer. Its key is usually kept in the system keyring, but there is none that works here, so a passphrase of yours protects it. You will type it each time Dossier starts.

(Why: %1.)</source>
        <translation>Dossier cifra tus expedientes en este ordenador. Su clave suele guardarse en el llavero del sistema, pero aquí no funciona ninguno, así que la protegerá una frase de contraseña tuya. Tendrás que escribirla cada vez que inicies Dossier.

(Motivo: %1.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="189"/>
        <source>Protect your new dossier</source>
        <translation>Protege tus expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="190"/>
        <source>&amp;Protect and create</source>
        <translation>&amp;Proteger y crear</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="347"/>
        <source>Edit the task</source>
        <translation>Editar la tarea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="347"/>
        <source>Add a deadline or task</source>
        <translation>Añadir un plazo o una tarea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="350"/>
        <source>e.g. Last day to dispute the charge with the bank</source>
        <translation>p. ej., último día para reclamar el cargo al banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="351"/>
        <source>&amp;Due on</source>
        <translation>&amp;Vence el</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="354"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="361"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="362"/>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="365"/>
        <source>e.g. 2, 4, 21, 29 (a dunning schedule)</source>
        <translation>p. ej., 2, 4, 21, 29 (un calendario de avisos de impago)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="368"/>
        <source>Also on these days after the date above: one deadline each, such as a merchant&apos;s reminders</source>
        <translation>También estos días después de la fecha anterior: un plazo por cada uno, como los avisos de un comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="372"/>
        <source>Also &amp;after (days):</source>
        <translation>También &amp;después (días):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="373"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="374"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="374"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="410"/>
        <source>Say what is to be done.</source>
        <translation>Indica qué hay que hacer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="415"/>
        <source>Type the date it is due on, or untick “Due on”.</source>
        <translation>Escribe la fecha de vencimiento o desmarca «Vence el».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="418"/>
        <source>Give the days after as whole numbers, such as 2, 4, 21, 29.</source>
        <translation>Indica los días posteriores como números enteros, por ejemplo 2, 4, 21, 29.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_forms.py" line="420"/>
        <source>Days after need a date to count from.</source>
        <translation>Los días posteriores necesitan una fecha desde la que contar.</translation>
    </message>
</context>
<context>
    <name>TimeZoneBox</name>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="260"/>
        <source>Choose a time zone from the list, such as Europe/Warsaw.</source>
        <translation>Elige una zona horaria de la lista, como Europe/Madrid.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="208"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="210"/>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Eliminar definitivamente…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="213"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="217"/>
        <source>&amp;Files no record names…</source>
        <translation>&amp;Archivos sin referencia…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="219"/>
        <source>Vault files that no item names (left by an interrupted import): listed before removal</source>
        <translation>Archivos del depósito a los que no remite ningún elemento (restos de una importación interrumpida): se enumeran antes de eliminarlos</translation>
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
        <translation>Restaurado desde la papelera: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="269"/>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="271"/>
        <source>Delete “%1” for good? Its file is removed from the vault unless another item names the same file. This cannot be undone.</source>
        <translation>¿Eliminar «%1» definitivamente? Su archivo se borra del depósito, salvo que otro elemento remita al mismo archivo. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="285"/>
        <source>Deleted for good: %1.</source>
        <translation>Eliminado definitivamente: %1.</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../desktop_app/ui/unexpected.py" line="42"/>
        <source>Something unexpected went wrong while doing “%1” (%2).</source>
        <translation>Algo inesperado ha fallado al hacer «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unexpected.py" line="46"/>
        <source>Something unexpected went wrong (%1).</source>
        <translation>Algo inesperado ha fallado (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unexpected.py" line="51"/>
        <source>Nothing was lost: Dossier saves each change whole, so your cases and evidence are as they were after the last change it finished. You can go on working, or quit and start Dossier again.</source>
        <translation>No se ha perdido nada: Dossier guarda cada cambio completo, así que tus expedientes y pruebas están como quedaron tras el último cambio terminado. Puedes seguir trabajando, o salir y volver a abrir Dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unexpected.py" line="57"/>
        <source>The details are in Dossier&apos;s log: %1
Dossier never sends anything anywhere. The log holds no passphrase, key or case contents; you may share it when you ask for help.</source>
        <translation>Los detalles están en el registro de Dossier: %1
Dossier nunca envía nada a ningún sitio. El registro no contiene frases de contraseña, claves ni el contenido de los expedientes; puedes compartirlo cuando pidas ayuda.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="144"/>
        <source>Unlock your dossier</source>
        <translation>Desbloquear tus expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="152"/>
        <source>Your passphrase, or the recovery key (ABCDEF-GHJKMN-…)</source>
        <translation>Tu frase de contraseña o la clave de recuperación (ABCDEF-GHJKMN-…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="154"/>
        <source>The recovery key (ABCDEF-GHJKMN-…)</source>
        <translation>La clave de recuperación (ABCDEF-GHJKMN-…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="157"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Frase de contraseña o clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="157"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="160"/>
        <source>Sho&amp;w what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="161"/>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Recordar en este ordenador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="164"/>
        <source>Keep the key in the system keyring, so that Dossier opens without asking in your session on this computer</source>
        <translation>Guarda la clave en el llavero del sistema, para que Dossier se abra sin preguntar en tu sesión de este ordenador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="173"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="232"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>UnusedFilesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="302"/>
        <source>Files no record names</source>
        <translation>Archivos sin referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="307"/>
        <source>&amp;Remove these files…</source>
        <translation>&amp;Eliminar estos archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="330"/>
        <source>No item of any case, in the trash or not, names these files: an import or a deletion was interrupted before it finished. Nothing removes them until you do.</source>
        <translation>Ningún elemento de ningún expediente, esté o no en la papelera, remite a estos archivos: una importación o un borrado se interrumpió antes de terminar. Nada los elimina hasta que lo hagas tú.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="334"/>
        <source>Every file in the vault is named by an item: none is unused.</source>
        <translation>Todos los archivos del depósito tienen un elemento que remite a ellos: no hay ninguno sin usar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="348"/>
        <source>Remove files for good</source>
        <translation>Eliminar archivos definitivamente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evidence.py" line="350"/>
        <source>Remove these %n file(s) from the vault for good? No record names them. This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente este archivo del depósito? Ningún registro remite a él. Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar definitivamente estos %n archivos del depósito? Ningún registro remite a ellos. Esta acción no se puede deshacer.</numerusform>
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
            <numerusform>Se ha eliminado %n archivo del depósito sin referencia.</numerusform>
            <numerusform>Se han eliminado %n archivos del depósito sin referencia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="84"/>
        <source>Welcome to Dossier</source>
        <translation>Te damos la bienvenida a Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="92"/>
        <source>Dossier keeps the whole record of a billing dispute in one place: the charges, the receipts and statements, every e-mail, call and chat with the merchant, and the deadlines that matter. When the merchant will not fix it, Dossier turns the record into an evidence pack your bank accepts.

Everything stays on this computer.</source>
        <translation>Dossier reúne en un solo lugar todo el historial de una reclamación de facturación: los cargos, los recibos y extractos, cada correo, llamada y chat con el comercio, y los plazos que importan. Cuando el comercio no lo soluciona, Dossier convierte ese historial en un dossier de pruebas que tu banco acepta.

Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="101"/>
        <source>Open the &amp;sample case</source>
        <translation>Abrir expediente de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="104"/>
        <source>A subscription billed after cancellation, with evidence, to look around</source>
        <translation>Una suscripción cobrada después de la cancelación, con pruebas, para echar un vistazo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_view.py" line="106"/>
        <source>&amp;Import a case file…</source>
        <translation>&amp;Importar archivo de expediente…</translation>
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
        <translation>Fecha del cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="196"/>
        <source>Statement dated</source>
        <translation>Fecha del extracto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="197"/>
        <source>Delivery expected</source>
        <translation>Entrega prevista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="198"/>
        <source>Cancelled on</source>
        <translation>Fecha de cancelación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="199"/>
        <source>Returned on</source>
        <translation>Fecha de devolución</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="200"/>
        <source>Refund promised by</source>
        <translation>Reembolso prometido para</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="201"/>
        <source>Account debited</source>
        <translation>Fecha del adeudo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="202"/>
        <source>Final response</source>
        <translation>Respuesta definitiva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="203"/>
        <source>Complaint to the bank</source>
        <translation>Reclamación al banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="204"/>
        <source>Mandate revoked or contract ended</source>
        <translation>Orden revocada o contrato resuelto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="205"/>
        <source>Complaint reached the merchant</source>
        <translation>Reclamación recibida por el comercio</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../desktop_app/ui/form_parts.py" line="164"/>
        <source>What Dossier read, as it will be kept</source>
        <translation>Lo que ha leído Dossier, tal como se guardará</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../desktop_app/ui/jobs.py" line="174"/>
        <source>Wait for the work under way to end, or cancel it, first.</source>
        <translation>Espera primero a que termine el trabajo en curso, o cancélalo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs.py" line="180"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs.py" line="301"/>
        <source>Cancelled; nothing was changed or kept.</source>
        <translation>Cancelado; no se ha cambiado ni guardado nada.</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <location filename="../../desktop_app/ui/mail_import.py" line="283"/>
        <source>Stopped: the messages imported before stay, each whole.</source>
        <translation>Detenido: los mensajes ya importados se conservan, cada uno completo.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="335"/>
        <location filename="../../desktop_app/ui/models.py" line="466"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="336"/>
        <source>Merchant</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="337"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="339"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="343"/>
        <location filename="../../desktop_app/ui/models.py" line="386"/>
        <source>Disputed</source>
        <translation>Reclamado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="349"/>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="355"/>
        <location filename="../../desktop_app/ui/models.py" line="488"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="21"/>
        <source>(archived)</source>
        <translation>(archivado)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="29"/>
        <source>%1 (late)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="34"/>
        <source>No open deadline</source>
        <translation>Ningún plazo abierto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="36"/>
        <source>Late: %1 has passed and it is not done</source>
        <translation>Vencido: el %1 ya ha pasado y no está hecho</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="39"/>
        <source>The earliest open deadline: %1</source>
        <translation>El plazo abierto más próximo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="48"/>
        <source>everything the bank usually asks for is here</source>
        <translation>está todo lo que el banco suele pedir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_cells.py" line="52"/>
        <source>still missing:</source>
        <translation>aún falta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="369"/>
        <location filename="../../desktop_app/ui/models.py" line="492"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="370"/>
        <location filename="../../desktop_app/ui/models.py" line="467"/>
        <location filename="../../desktop_app/ui/models.py" line="533"/>
        <location filename="../../desktop_app/ui/models.py" line="568"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="372"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="378"/>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="390"/>
        <source>Worked out: charged minus agreed</source>
        <translation>Calculado: cobrado menos acordado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="395"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="396"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="397"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="398"/>
        <source>Customer no.</source>
        <translation>N.º de cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="399"/>
        <source>PO</source>
        <translation>Orden de compra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="400"/>
        <source>Statement descriptor</source>
        <translation>Concepto en el extracto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="401"/>
        <source>Authorisation / ARN</source>
        <translation>Autorización / ARN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="403"/>
        <source>Expected delivery</source>
        <translation>Entrega prevista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="414"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="421"/>
        <location filename="../../desktop_app/ui/models.py" line="496"/>
        <location filename="../../desktop_app/ui/models.py" line="529"/>
        <location filename="../../desktop_app/ui/models.py" line="565"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="425"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="427"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="429"/>
        <source>from them</source>
        <translation>recibido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="431"/>
        <source>from me</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="434"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="435"/>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="436"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="437"/>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="438"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="439"/>
        <source>Counterpart</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="440"/>
        <source>Their answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="458"/>
        <source>(by %1)</source>
        <translation>(a más tardar el %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="468"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="469"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="471"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="477"/>
        <source>Imported (UTC)</source>
        <translation>Importado (UTC)</translation>
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
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="487"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="489"/>
        <source>Promise</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="490"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="491"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="493"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="497"/>
        <location filename="../../desktop_app/ui/models.py" line="535"/>
        <location filename="../../desktop_app/ui/models.py" line="569"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="498"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="525"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="525"/>
        <source>From this day</source>
        <translation>A partir de este día</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="527"/>
        <location filename="../../desktop_app/ui/models.py" line="560"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="549"/>
        <source>Counted from</source>
        <translation>Contado desde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="552"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models.py" line="567"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="379"/>
        <source>Evidence in the trash</source>
        <translation>Pruebas en la papelera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="391"/>
        <source>Cases in the trash</source>
        <translation>Expedientes en la papelera</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="385"/>
        <source>Dossier recovery key</source>
        <translation>Clave de recuperación de Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="389"/>
        <source>Made on %1.</source>
        <translation>Creada el %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="393"/>
        <source>It opens the store in %1, and its backups.</source>
        <translation>Abre el almacén de %1 y sus copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="396"/>
        <source>Keep it apart from the computer, where you would keep a passport. Anyone who has it and a copy of the store can read your cases.</source>
        <translation>Guárdala lejos del ordenador, donde guardarías un pasaporte. Cualquiera que la tenga y disponga de una copia del almacén puede leer tus expedientes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="511"/>
        <source>Dossier recovery key.txt</source>
        <translation>Clave de recuperación de Dossier.txt</translation>
    </message>
</context>
</TS>
