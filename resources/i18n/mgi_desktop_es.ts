<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About MGI Desktop</source>
            <translation>Acerca de MGI Desktop</translation>
        </message>
        <message>
            <source>Answer, review, exchange and export Migration Governance Indicators assessments, offline.</source>
            <translation>Responder, revisar, intercambiar y exportar evaluaciones de los Indicadores de Gobernanza de la Migración, sin conexión.</translation>
        </message>
        <message>
            <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
            <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
        </message>
        <message>
            <source>Data folder: {path}</source>
            <translation>Carpeta de datos: {path}</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>Archivo de registro: {path}</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Base de datos: {path}</translation>
        </message>
    </context>
    <context>
        <name>AssessmentTableModel</name>
        <message>
            <source>Country or city</source>
            <extracomment>the raw value of a cell, for sorting (text columns sort as shown) the assessment id of a row, in every column the completion percentage (0-100) of a row, for the progress delegate</extracomment>
            <translation>País o ciudad</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Última modificación</translation>
        </message>
        <message>
            <source> (archived)</source>
            <translation> (archivada)</translation>
        </message>
        <message>
            <source>{percent}% ({answered} of {relevant} applicable)</source>
            <translation>{percent} % ({answered} de {relevant} aplicables)</translation>
        </message>
        <message>
            <source>{title}
Questionnaire: {framework} {version}
Focal point: {person}</source>
            <translation>{title}
Cuestionario: {framework} {version}
Punto focal: {person}</translation>
        </message>
    </context>
    <context>
        <name>AssessmentView</name>
        <message>
            <source>&amp;Undo answer change</source>
            <extracomment>each pane's share of the width (navigator, page, review panel) until the person moves the splitter: at 1366 pixels the reviewer's panel gets about 380, the page 700 and the navigator 280 the working language changed: the window rebuilds the view, back on this question (or "") the next step is to send the assessment to the other side (the window's File ▸ Send) what the last import brought, and the questions of it the person has not looked at yet</extracomment>
            <translation>&amp;Deshacer el cambio de respuesta</translation>
        </message>
        <message>
            <source>&amp;Redo answer change</source>
            <translation>&amp;Rehacer el cambio de respuesta</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>Pregunta &amp;siguiente</translation>
        </message>
        <message>
            <source>&amp;Previous question</source>
            <translation>Pregunta &amp;anterior</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Vista general</translation>
        </message>
        <message>
            <source>&amp;Find question…</source>
            <translation>&amp;Buscar pregunta…</translation>
        </message>
        <message>
            <source>&amp;Submit for review…</source>
            <translation>&amp;Presentar para revisión…</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>&amp;Constataciones</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;Registro de auditoría…</translation>
        </message>
        <message>
            <source>&amp;History of this question…</source>
            <translation>&amp;Historial de esta pregunta…</translation>
        </message>
        <message>
            <source>&amp;Compare with the previous round…</source>
            <translation>C&amp;omparar con la ronda anterior…</translation>
        </message>
        <message>
            <source>&amp;Working language…</source>
            <translation>&amp;Idioma de trabajo…</translation>
        </message>
        <message>
            <source>This assessment does not follow an earlier round</source>
            <translation>Esta evaluación no da continuidad a una ronda anterior</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>All questions</source>
            <translation>Todas las preguntas</translation>
        </message>
        <message>
            <source>Unanswered</source>
            <translation>Sin respuesta</translation>
        </message>
        <message>
            <source>Required, missing</source>
            <translation>Obligatorias sin respuesta</translation>
        </message>
        <message>
            <source>Evidence required, missing</source>
            <translation>Evidencia requerida, falta</translation>
        </message>
        <message>
            <source>Returned by reviewer</source>
            <translation>Devueltas por el revisor</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>Marcadas para seguimiento</translation>
        </message>
        <message>
            <source>With comments</source>
            <translation>Con comentarios</translation>
        </message>
        <message>
            <source>Returned or with open comments</source>
            <translation>Devueltas o con comentarios abiertos</translation>
        </message>
        <message>
            <source>Search codes and text (Ctrl+F)</source>
            <translation>Buscar en los códigos y el texto (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search questions</source>
            <translation>Buscar preguntas</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Mo&amp;strar:</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Guardado a las {time}</translation>
        </message>
        <message>
            <source>answer to {code}</source>
            <translation>respuesta a {code}</translation>
        </message>
        <message>
            <source>justification of {code}</source>
            <translation>justificación de {code}</translation>
        </message>
        <message>
            <source>Submitted for review</source>
            <translation>Presentada para revisión</translation>
        </message>
        <message>
            <source>You are a reviewer: the answers are read-only. You can comment and flag questions.</source>
            <translation>Usted es revisor: las respuestas son de solo lectura. Puede comentar y marcar preguntas.</translation>
        </message>
        <message>
            <source>Your key is not one of this assessment's (neither its focal point nor a reviewer): the answers are read-only. You can comment and flag questions.</source>
            <translation>Su clave no es una de las de esta evaluación (ni la de su punto focal ni la de un revisor): las respuestas son de solo lectura. Puede comentar y marcar preguntas.</translation>
        </message>
        <message>
            <source>The assessment is {status}: answers can be changed only while it is a draft or after the reviewer returned it.</source>
            <translation>La evaluación tiene el estado «{status}»: las respuestas solo pueden modificarse mientras es un borrador o después de que el revisor la haya devuelto.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit trail — {title}</source>
            <translation>Registro de auditoría — {title}</translation>
        </message>
        <message>
            <source>Audit trail of {code} — {title}</source>
            <translation>Registro de auditoría de {code} — {title}</translation>
        </message>
        <message>
            <source>Filter by any text (values, reasons, codes)…</source>
            <translation>Filtrar por cualquier texto (valores, motivos, códigos)…</translation>
        </message>
        <message>
            <source>Filter text</source>
            <translation>Texto del filtro</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Quién:</translation>
        </message>
        <message>
            <source>W&amp;hat:</source>
            <translation>Q&amp;ué:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the rows shown as an Excel workbook or a CSV file</source>
            <translation>Guardar las filas mostradas en un libro de Excel o un archivo CSV</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todas las personas</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Todavía no se ha registrado nada.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>Archivo CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>Exportar el registro de auditoría</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Valor anterior</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Valor nuevo</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Constatación</translation>
        </message>
        <message>
            <source>Domain text</source>
            <translation>Texto de la dimensión</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Paquete</translation>
        </message>
        <message>
            <source>answer</source>
            <extracomment>what each event changed, as the audit trail names it (the core records a field's code)</extracomment>
            <translation>respuesta</translation>
        </message>
        <message>
            <source>justification</source>
            <translation>justificación</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>marca</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>trasladada</translation>
        </message>
        <message>
            <source>review decision</source>
            <translation>decisión de revisión</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>created</source>
            <translation>creación</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>firma</translation>
        </message>
        <message>
            <source>added</source>
            <translation>adición</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>eliminación</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>resolución</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>focal point</source>
            <translation>punto focal</translation>
        </message>
        <message>
            <source>institution</source>
            <translation>institución</translation>
        </message>
        <message>
            <source>introduction</source>
            <translation>introducción</translation>
        </message>
        <message>
            <source>working language</source>
            <translation>idioma de trabajo</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referencia</translation>
        </message>
        <message>
            <source>issuing body</source>
            <translation>organismo emisor</translation>
        </message>
        <message>
            <source>year</source>
            <translation>año</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>web address</source>
            <translation>dirección web</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo adjunto</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <source>order</source>
            <translation>orden</translation>
        </message>
        <message>
            <source>linked questions</source>
            <translation>preguntas vinculadas</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>fusión</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>traslado</translation>
        </message>
        <message>
            <source>redrafted</source>
            <translation>nueva redacción</translation>
        </message>
        <message>
            <source>follow-up round</source>
            <translation>ronda de seguimiento</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categoría</translation>
        </message>
        <message>
            <source>{time} UTC</source>
            <extracomment>the longest value shown in a cell; the tooltip has all of it an answer's value as the question names it ("Partially", "Oui"), when the questionnaire is known</extracomment>
            <translation>{time} UTC</translation>
        </message>
    </context>
    <context>
        <name>CameBackDialog</name>
        <message>
            <source>What came back</source>
            <translation>Lo que ha vuelto</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>Estado: {old} → {new}</translation>
        </message>
        <message>
            <source>Note from {who}, {when}: “{note}”</source>
            <translation>Nota de {who}, {when}: «{note}»</translation>
        </message>
        <message>
            <source>No answer, decision or comment came back.</source>
            <translation>No ha vuelto ninguna respuesta, decisión ni comentario.</translation>
        </message>
        <message>
            <source>What came back; press Enter to go to the question</source>
            <translation>Lo que ha vuelto; pulse Intro para ir a la pregunta</translation>
        </message>
        <message>
            <source>returned to you</source>
            <translation>se le ha devuelto</translation>
        </message>
        <message>
            <source>comment by {who}: {text}</source>
            <translation>comentario de {who}: {text}</translation>
        </message>
        <message>
            <source>answer changed</source>
            <translation>respuesta modificada</translation>
        </message>
        <message>
            <source>Go to {code}</source>
            <translation>Ir a {code}</translation>
        </message>
    </context>
    <context>
        <name>CommentThread</name>
        <message>
            <source>Comments; check a comment to mark it resolved</source>
            <translation>Comentarios; marque un comentario para indicar que está resuelto</translation>
        </message>
        <message>
            <source>New comment</source>
            <translation>Nuevo comentario</translation>
        </message>
        <message>
            <source>Write a comment (Ctrl+Enter adds it)</source>
            <translation>Escriba un comentario (Ctrl+Intro lo añade)</translation>
        </message>
        <message>
            <source>Add co&amp;mment</source>
            <translation>Añadir co&amp;mentario</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation>revisor</translation>
        </message>
        <message>
            <source>focal point</source>
            <translation>punto focal</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resuelto</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
    </context>
    <context>
        <name>ComparisonModel</name>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Qué cambió</translation>
        </message>
        <message>
            <source>Evidence added</source>
            <translation>Evidencia añadida</translation>
        </message>
        <message>
            <source>Evidence removed</source>
            <translation>Evidencia quitada</translation>
        </message>
        <message>
            <source>Round {n}</source>
            <translation>Ronda {n}</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>respuesta</translation>
        </message>
        <message>
            <source>justification</source>
            <translation>justificación</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>evidencia</translation>
        </message>
        <message>
            <source>question reworded</source>
            <translation>pregunta reformulada</translation>
        </message>
        <message>
            <source>question split in several</source>
            <translation>pregunta dividida en varias</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>(carried over, not confirmed yet)</source>
            <translation>(trasladada, aún sin confirmar)</translation>
        </message>
    </context>
    <context>
        <name>ConsolidateOptions</name>
        <message>
            <source>Consolidate</source>
            <translation>Consolidar</translation>
        </message>
        <message>
            <source>Which assessments go into the consolidated workbook? The workbook's About sheet lists the filters and how many assessments each left out.</source>
            <translation>¿Qué evaluaciones entran en el libro consolidado? La hoja «Acerca de» del libro indica los filtros y cuántas evaluaciones dejó fuera cada uno.</translation>
        </message>
        <message>
            <source>Statuses</source>
            <translation>Estados</translation>
        </message>
        <message>
            <source>Include archived assessments</source>
            <translation>Incluir las evaluaciones archivadas</translation>
        </message>
        <message>
            <source>Also write the tables as CSV files, with a data dictionary, in a folder beside the workbook</source>
            <translation>Escribir también las tablas como archivos CSV, con un diccionario de datos, en una carpeta junto al libro</translation>
        </message>
    </context>
    <context>
        <name>DatabaseOpening</name>
        <message>
            <source>Cannot open the database</source>
            <extracomment>lupdate reads the context and text of every translate("Context", "text") call.</extracomment>
            <translation>No se puede abrir la base de datos</translation>
        </message>
        <message>
            <source>MGI Desktop cannot open this database.</source>
            <translation>MGI Desktop no puede abrir esta base de datos.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Restore the backup of {when}</source>
            <translation>Restaurar la copia de seguridad del {when}</translation>
        </message>
        <message>
            <source>Use another database…</source>
            <translation>Usar otra base de datos…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>MGI Desktop databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de datos de MGI Desktop (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Nueva base de datos</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Abrir base de datos</translation>
        </message>
        <message>
            <source>The current file cannot be read, so what it holds beyond the backup cannot be told.</source>
            <translation>El archivo actual no se puede leer, así que no se puede saber qué contiene además de la copia de seguridad.</translation>
        </message>
        <message>
            <source>The backup holds every answer of the current file: no answer will be lost.</source>
            <translation>La copia de seguridad contiene todas las respuestas del archivo actual: no se perderá ninguna respuesta.</translation>
        </message>
        <message>
            <source>Before restoring, a safety backup of the current state is made in the backup folder, so that this restore can itself be undone.</source>
            <translation>Antes de restaurar, se hace una copia de seguridad del estado actual en la carpeta de copias, de modo que esta restauración también se pueda deshacer.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Restaurar la copia de seguridad</translation>
        </message>
        <message>
            <source>Replace {file} with its backup of {when}?</source>
            <translation>¿Reemplazar {file} por su copia de seguridad del {when}?</translation>
        </message>
    </context>
    <context>
        <name>DomainWheel</name>
        <message>
            <source>Progress wheel of the six domains</source>
            <extracomment>One colour per domain, of medium lightness so that they read on light and dark themes.</extracomment>
            <translation>Rueda de avance de las seis dimensiones</translation>
        </message>
    </context>
    <context>
        <name>EditAnswerDialog</name>
        <message>
            <source>Edit the answer to {code}</source>
            <translation>Editar la respuesta a {code}</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justificación</translation>
        </message>
        <message>
            <source>Justification:</source>
            <translation>Justificación:</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Open log folder</source>
            <extracomment>lupdate reads the context and text of every translate("Context", "text") call.</extracomment>
            <translation>Abrir la carpeta del registro</translation>
        </message>
        <message>
            <source>Free some space on this disk (empty the recycle bin, move large files to another drive), then try again. Nothing you saved before was lost.</source>
            <translation>Libere espacio en este disco (vacíe la papelera de reciclaje, mueva archivos grandes a otra unidad) y vuelva a intentarlo. No se ha perdido nada de lo que había guardado.</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>El disco está lleno</translation>
        </message>
        <message>
            <source>MGI Desktop</source>
            <translation>MGI Desktop</translation>
        </message>
        <message>
            <source>Unexpected problem</source>
            <translation>Problema inesperado</translation>
        </message>
        <message>
            <source>MGI Desktop ran into an unexpected problem and could not finish what you asked.</source>
            <translation>MGI Desktop encontró un problema inesperado y no pudo terminar lo que usted solicitó.</translation>
        </message>
        <message>
            <source>The answers you have already seen saved are safe. The details were written to the log file: {path}</source>
            <translation>Las respuestas que usted vio guardadas están a salvo. Los detalles se escribieron en el archivo de registro: {path}</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>Archivo de registro: {path}</translation>
        </message>
        <message>
            <source>What you typed is still in the window.</source>
            <translation>Lo que usted escribió sigue en la ventana.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Show the folder</source>
            <translation>Mostrar la carpeta</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>Law</source>
            <translation>Ley</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>Reglamento</translation>
        </message>
        <message>
            <source>Policy or strategy</source>
            <translation>Política o estrategia</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entrevista</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Edit evidence</source>
            <translation>Editar la evidencia</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>Añadir evidencia</translation>
        </message>
        <message>
            <source>e.g. Law on External Migration (2000)</source>
            <translation>p. ej., Ley de Migración Externa (2000)</translation>
        </message>
        <message>
            <source>article, section or page</source>
            <translation>artículo, sección o página</translation>
        </message>
        <message>
            <source>e.g. 2019</source>
            <translation>p. ej., 2019</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>Tít&amp;ulo:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Referencia:</translation>
        </message>
        <message>
            <source>&amp;Issuing body:</source>
            <translation>&amp;Organismo emisor:</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Año:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation>Dirección &amp;web:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <source>&amp;Attach file…</source>
            <translation>Ad&amp;juntar archivo…</translation>
        </message>
        <message>
            <source>Remo&amp;ve file</source>
            <translation>&amp;Quitar archivo</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <source>(kept as attached)</source>
            <translation>(se conserva tal como se adjuntó)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Adjuntar un archivo</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>Add ev&amp;idence…</source>
            <translation>Añadir ev&amp;idencia…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>Abrir el archivo</translation>
        </message>
        <message>
            <source>Remove evidence</source>
            <translation>Quitar la evidencia</translation>
        </message>
        <message>
            <source>Remove “{title}” from this answer?</source>
            <translation>¿Quitar «{title}» de esta respuesta?</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;Import or receive…</source>
            <translation>&amp;Importar o recibir…</translation>
        </message>
        <message>
            <source>&amp;Send for review or back…</source>
            <translation>En&amp;viar para revisión o de vuelta…</translation>
        </message>
        <message>
            <source>&amp;Profile…</source>
            <translation>&amp;Perfil…</translation>
        </message>
        <message>
            <source>&amp;Excel summary…</source>
            <translation>Resumen en &amp;Excel…</translation>
        </message>
        <message>
            <source>S&amp;DG 10.7.2 files…</source>
            <translation>Archivos &amp;ODS 10.7.2…</translation>
        </message>
        <message>
            <source>Conso&amp;lidate…</source>
            <translation>C&amp;onsolidar…</translation>
        </message>
        <message>
            <source>Start &amp;follow-up round…</source>
            <translation>Iniciar ronda de se&amp;guimiento…</translation>
        </message>
        <message>
            <source>Questionnaire as &amp;XLSForm…</source>
            <translation>Cuestionario en formato &amp;XLSForm…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Guardado: {file}</translation>
        </message>
        <message>
            <source>Export Excel summary</source>
            <translation>Exportar el resumen en Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting the Excel summary…</source>
            <translation>Exportando el resumen en Excel…</translation>
        </message>
        <message>
            <source>National SDG platform, open-sdg layout (*.csv)</source>
            <translation>Plataforma nacional de los ODS, formato open-sdg (*.csv)</translation>
        </message>
        <message>
            <source>UN global SDG database, SDMX-CSV layout (*.csv)</source>
            <translation>Base de datos mundial de los ODS de las Naciones Unidas, formato SDMX-CSV (*.csv)</translation>
        </message>
        <message>
            <source>Transcription for the UN Inquiry, Module III (*.xlsx)</source>
            <translation>Transcripción para la Encuesta de las Naciones Unidas, módulo III (*.xlsx)</translation>
        </message>
        <message>
            <source>Export SDG 10.7.2</source>
            <translation>Exportar el ODS 10.7.2</translation>
        </message>
        <message>
            <source>Exporting SDG 10.7.2…</source>
            <translation>Exportando el ODS 10.7.2…</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Página web (*.html)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Documento de Word (*.docx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export profile</source>
            <translation>Exportar el perfil</translation>
        </message>
        <message>
            <source>Exporting the profile…</source>
            <translation>Exportando el perfil…</translation>
        </message>
        <message>
            <source>Databases and packages to consolidate</source>
            <translation>Bases de datos y paquetes que consolidar</translation>
        </message>
        <message>
            <source>Databases and packages (*.sqlite *.db *.mgi);;All files (*)</source>
            <translation>Bases de datos y paquetes (*.sqlite *.db *.mgi);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Save the consolidated workbook</source>
            <translation>Guardar el libro consolidado</translation>
        </message>
        <message>
            <source>Consolidating…</source>
            <translation>Consolidando…</translation>
        </message>
        <message>
            <source>Import or receive a package</source>
            <translation>Importar o recibir un paquete</translation>
        </message>
        <message>
            <source>MGI packages (*.mgi);;All files (*)</source>
            <translation>Paquetes MGI (*.mgi);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Round {n} started</source>
            <translation>Ronda {n} iniciada</translation>
        </message>
        <message>
            <source>Package imported</source>
            <translation>Paquete importado</translation>
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message>
            <source>Findings</source>
            <translation>Constataciones</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Dimensión</translation>
        </message>
        <message>
            <source>&amp;Domain:</source>
            <translation>&amp;Dimensión:</translation>
        </message>
        <message>
            <source>Profile &amp;introduction (all domains)</source>
            <translation>&amp;Introducción del perfil (todas las dimensiones)</translation>
        </message>
        <message>
            <source>Domain des&amp;cription</source>
            <translation>Des&amp;cripción de la dimensión</translation>
        </message>
        <message>
            <source>Also explain what the local authority is responsible for and the local migration context.</source>
            <translation>Explique también las competencias de la autoridad local y el contexto migratorio local.</translation>
        </message>
        <message>
            <source>We&amp;ll-developed areas</source>
            <translation>Áreas &amp;bien desarrolladas</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <source>Areas with &amp;potential for further development</source>
            <translation>Áreas con &amp;potencial de mayor desarrollo</translation>
        </message>
        <message>
            <source>Add a finding to {list}</source>
            <translation>Añadir una constatación a {list}</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>Edi&amp;tar…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Fusionar</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Mover arriba</translation>
        </message>
        <message>
            <source>Move dow&amp;n</source>
            <translation>Ba&amp;jar</translation>
        </message>
        <message>
            <source>Move to the &amp;other list</source>
            <translation>Mover a la &amp;otra lista</translation>
        </message>
        <message>
            <source>&amp;Questions…</source>
            <translation>Pre&amp;guntas…</translation>
        </message>
        <message>
            <source>Drafts suggested by the answers</source>
            <translation>Borradores sugeridos por las respuestas</translation>
        </message>
        <message>
            <source>Ta&amp;ke selected</source>
            <translation>Tomar la se&amp;lección</translation>
        </message>
        <message>
            <source>Draft &amp;all from the answers</source>
            <translation>&amp;Redactar todo a partir de las respuestas</translation>
        </message>
        <message>
            <source>Adds a draft finding for every answered question not covered yet; untouched drafts follow later changes of the answers</source>
            <translation>Añade una constatación en borrador por cada pregunta respondida que aún no esté cubierta; los borradores no editados siguen los cambios posteriores de las respuestas</translation>
        </message>
        <message>
            <source>Read only: {reason}</source>
            <translation>Solo lectura: {reason}</translation>
        </message>
        <message>
            <source>[Draft] {text}</source>
            <translation>[Borrador] {text}</translation>
        </message>
        <message>
            <source>Questions: {codes}</source>
            <translation>Preguntas: {codes}</translation>
        </message>
        <message>
            <source>Draft from the answers, not edited yet: edit it, or press OK in Edit… to keep it as written</source>
            <translation>Borrador a partir de las respuestas, aún sin editar: edítelo, o pulse Aceptar en Editar… para conservarlo tal cual</translation>
        </message>
        <message>
            <source>No findings yet: add one, take a draft below, or drag one here.</source>
            <translation>Todavía no hay constataciones: añada una, tome un borrador de abajo o arrastre una aquí.</translation>
        </message>
        <message>
            <source>Well-developed</source>
            <translation>Bien desarrollada</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Con potencial</translation>
        </message>
        <message>
            <source>Drafts from the answers ({n})</source>
            <translation>Borradores a partir de las respuestas ({n})</translation>
        </message>
        <message>
            <source>No drafts: every answered question of this domain is covered by a finding, or none has a scored answer yet.</source>
            <translation>No hay borradores: cada pregunta respondida de esta dimensión está cubierta por una constatación, o ninguna tiene todavía una respuesta puntuada.</translation>
        </message>
        <message>
            <source>Linked questions (click to open): {links}</source>
            <translation>Preguntas vinculadas (haga clic para abrirlas): {links}</translation>
        </message>
        <message>
            <source>This finding is not linked to a question yet (Questions…).</source>
            <translation>Esta constatación aún no está vinculada a ninguna pregunta (Preguntas…).</translation>
        </message>
        <message>
            <source>Select a finding to see the questions it rests on.</source>
            <translation>Seleccione una constatación para ver las preguntas en las que se basa.</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Guardado a las {time}</translation>
        </message>
        <message>
            <source>Add a finding</source>
            <translation>Añadir una constatación</translation>
        </message>
        <message>
            <source>Finding:</source>
            <translation>Constatación:</translation>
        </message>
        <message>
            <source>Edit the finding</source>
            <translation>Editar la constatación</translation>
        </message>
        <message>
            <source>Remove findings</source>
            <translation>Quitar constataciones</translation>
        </message>
        <message>
            <source>Merge findings</source>
            <translation>Fusionar constataciones</translation>
        </message>
        <message>
            <source>The merged finding:</source>
            <translation>La constatación fusionada:</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Start follow-up round</source>
            <translation>Iniciar una ronda de seguimiento</translation>
        </message>
        <message>
            <source>Round {n} of {title} starts from this round's answers, justifications and evidence. Each carried-over answer waits for your confirmation; this round stays as it is.</source>
            <translation>La ronda {n} de {title} parte de las respuestas, justificaciones y evidencia de esta ronda. Cada respuesta trasladada espera su confirmación; esta ronda permanece tal como está.</translation>
        </message>
        <message>
            <source>Questionnaire of the new round</source>
            <translation>Cuestionario de la nueva ronda</translation>
        </message>
        <message>
            <source>Other &amp;file…</source>
            <translation>Otro &amp;archivo…</translation>
        </message>
        <message>
            <source>&amp;Questionnaire:</source>
            <translation>&amp;Cuestionario:</translation>
        </message>
        <message>
            <source>&amp;Open crosswalk…</source>
            <translation>A&amp;brir tabla de correspondencias…</translation>
        </message>
        <message>
            <source>Save crosswalk to &amp;edit…</source>
            <translation>&amp;Guardar la tabla para editarla…</translation>
        </message>
        <message>
            <source>Crosswalk:</source>
            <translation>Tabla de correspondencias:</translation>
        </message>
        <message>
            <source>Question (before → now)</source>
            <translation>Pregunta (antes → ahora)</translation>
        </message>
        <message>
            <source>Answer before</source>
            <translation>Respuesta antes</translation>
        </message>
        <message>
            <source>Answer now</source>
            <translation>Respuesta ahora</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>What the new round carries</source>
            <translation>Lo que traslada la nueva ronda</translation>
        </message>
        <message>
            <source>&amp;Start round {n}</source>
            <translation>&amp;Iniciar la ronda {n}</translation>
        </message>
        <message>
            <source>Reading the questionnaire files…</source>
            <translation>Leyendo los archivos de cuestionario…</translation>
        </message>
        <message>
            <source>{questionnaire} — the same as this round</source>
            <translation>{questionnaire} — el mismo que en esta ronda</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Comprobando {file}…</translation>
        </message>
        <message>
            <source>{file} is a {level} questionnaire; a follow-up round keeps the level of the round before ({this}).</source>
            <translation>{file} es un cuestionario de nivel {level}; una ronda de seguimiento conserva el nivel de la ronda anterior ({this}).</translation>
        </message>
        <message>
            <source>Open crosswalk</source>
            <translation>Abrir una tabla de correspondencias</translation>
        </message>
        <message>
            <source>Crosswalks (*.yaml *.yml);;All files (*)</source>
            <translation>Tablas de correspondencias (*.yaml *.yml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Save crosswalk</source>
            <translation>Guardar la tabla de correspondencias</translation>
        </message>
        <message>
            <source>Crosswalks (*.yaml *.yml)</source>
            <translation>Tablas de correspondencias (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>from {file}</source>
            <translation>desde {file}</translation>
        </message>
        <message>
            <source>drafted from the two versions (same code, same or similar text); save it to check or edit it</source>
            <translation>elaborada a partir de las dos versiones (mismo código, texto igual o similar); guárdela para comprobarla o editarla</translation>
        </message>
        <message>
            <source>Working out what the new round carries…</source>
            <translation>Calculando lo que traslada la nueva ronda…</translation>
        </message>
        <message>
            <source>Nothing to show: choose the questionnaire again.</source>
            <translation>No hay nada que mostrar: vuelva a elegir el cuestionario.</translation>
        </message>
        <message>
            <source>{carried} answers carried as they were, {confirm} to confirm, {lost} not carried, {new} new questions.</source>
            <translation>{carried} respuestas trasladadas tal como estaban, {confirm} por confirmar, {lost} no trasladadas, {new} preguntas nuevas.</translation>
        </message>
        <message>
            <source>Findings of the previous round carried over as drafts, to keep, edit or remove: {n}.</source>
            <translation>Conclusiones del ciclo anterior incorporadas como borradores, para conservar, editar o eliminar: {n}.</translation>
        </message>
        <message>
            <source>To confirm ({n})</source>
            <translation>Por confirmar ({n})</translation>
        </message>
        <message>
            <source>Not carried ({n})</source>
            <translation>No trasladadas ({n})</translation>
        </message>
        <message>
            <source>New questions, not answered yet ({n})</source>
            <translation>Preguntas nuevas, aún sin respuesta ({n})</translation>
        </message>
        <message>
            <source>new in this version</source>
            <translation>nueva en esta versión</translation>
        </message>
        <message>
            <source>Carried as they were ({n})</source>
            <translation>Trasladadas tal como estaban ({n})</translation>
        </message>
    </context>
    <context>
        <name>FrameworkPage</name>
        <message>
            <source>Questionnaire</source>
            <translation>Cuestionario</translation>
        </message>
        <message>
            <source>Choose the questionnaire to answer. You can add a questionnaire file that IOM sent you.</source>
            <translation>Elija el cuestionario que desea responder. Puede añadir un archivo de cuestionario que le haya enviado la OIM.</translation>
        </message>
        <message>
            <source>Questionnaires</source>
            <translation>Cuestionarios</translation>
        </message>
        <message>
            <source>&amp;Add questionnaire file…</source>
            <translation>Añadir arc&amp;hivo de cuestionario…</translation>
        </message>
        <message>
            <source>Problems in the questionnaire file</source>
            <translation>Problemas en el archivo de cuestionario</translation>
        </message>
        <message>
            <source>&amp;Working language:</source>
            <translation>&amp;Idioma de trabajo:</translation>
        </message>
        <message>
            <source>No questionnaire of this level yet: add a questionnaire file.</source>
            <translation>Todavía no hay ningún cuestionario de este nivel: añada un archivo de cuestionario.</translation>
        </message>
        <message>
            <source>{n} questions in {d} domains: {always} always asked, {conditional} only with certain earlier answers.</source>
            <translation>{n} preguntas en {d} dimensiones: {always} se formulan siempre, {conditional} solo con ciertas respuestas anteriores.</translation>
        </message>
        <message>
            <source>{n} questions in {d} domains.</source>
            <translation>{n} preguntas en {d} dimensiones.</translation>
        </message>
        <message>
            <source>Add questionnaire file</source>
            <translation>Añadir un archivo de cuestionario</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Comprobando {file}…</translation>
        </message>
        <message>
            <source>{file} is a {level} questionnaire; go back and choose that level to use it.</source>
            <translation>{file} es un cuestionario de nivel «{level}»; vuelva atrás y elija ese nivel para usarlo.</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>MGI Desktop guide</source>
            <extracomment>link schemes handed to the system (never loaded inside the guide) lupdate reads the context and text of every translate("Context", "text") call. a picture of a guide page, as the pages write them: &lt;img src="pictures/NAME-LANG.png" ...&gt;</extracomment>
            <translation>Guía de MGI Desktop</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Adelante</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Índice</translation>
        </message>
        <message>
            <source>Find in the guide (Ctrl+F)</source>
            <translation>Buscar en la guía (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Buscar en la guía</translation>
        </message>
        <message>
            <source>Not found: {text}</source>
            <translation>No encontrado: {text}</translation>
        </message>
        <message>
            <source>The guide is missing from this installation (no file in {folder}). Reinstall MGI Desktop to get it back; everything else works without it.</source>
            <translation>Falta la guía en esta instalación (ningún archivo en {folder}). Reinstale MGI Desktop para recuperarla; todo lo demás funciona sin ella.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>answers changed</source>
            <translation>respuestas modificadas</translation>
        </message>
        <message>
            <source>questions flagged or unflagged</source>
            <translation>preguntas marcadas o desmarcadas</translation>
        </message>
        <message>
            <source>evidence added</source>
            <translation>evidencia añadida</translation>
        </message>
        <message>
            <source>evidence removed</source>
            <translation>evidencia quitada</translation>
        </message>
        <message>
            <source>evidence changed</source>
            <translation>evidencia modificada</translation>
        </message>
        <message>
            <source>comments added</source>
            <translation>comentarios añadidos</translation>
        </message>
        <message>
            <source>comments changed</source>
            <translation>comentarios modificados</translation>
        </message>
        <message>
            <source>answers accepted</source>
            <translation>respuestas aceptadas</translation>
        </message>
        <message>
            <source>answers returned</source>
            <translation>respuestas devueltas</translation>
        </message>
        <message>
            <source>findings added</source>
            <translation>constataciones añadidas</translation>
        </message>
        <message>
            <source>findings removed</source>
            <translation>constataciones quitadas</translation>
        </message>
        <message>
            <source>findings changed</source>
            <translation>constataciones modificadas</translation>
        </message>
        <message>
            <source>domain descriptions changed</source>
            <translation>descripciones de dimensión modificadas</translation>
        </message>
        <message>
            <source>audit events added</source>
            <translation>eventos de auditoría añadidos</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Constatación</translation>
        </message>
        <message>
            <source>Domain description</source>
            <translation>Descripción de la dimensión</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Receive a package — {file}</source>
            <translation>Recibir un paquete — {file}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Mine (this database)</source>
            <translation>La mía (esta base de datos)</translation>
        </message>
        <message>
            <source>Theirs (the package)</source>
            <translation>La de la otra parte (el paquete)</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolución</translation>
        </message>
        <message>
            <source>Keep &amp;mine for all</source>
            <translation>Conservar la &amp;mía en todo</translation>
        </message>
        <message>
            <source>Take &amp;theirs for all</source>
            <translation>Tomar la de la &amp;otra parte en todo</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Wrong password. Try again:</source>
            <translation>Contraseña incorrecta. Vuelva a intentarlo:</translation>
        </message>
        <message>
            <source>This package is protected by a password. Password:</source>
            <translation>Este paquete está protegido con contraseña. Contraseña:</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Comprobando {file}…</translation>
        </message>
        <message>
            <source>This package cannot be received:</source>
            <translation>Este paquete no se puede recibir:</translation>
        </message>
        <message>
            <source>checking it was cancelled.</source>
            <translation>se canceló la comprobación.</translation>
        </message>
        <message>
            <source>A new assessment for this database.</source>
            <translation>Una nueva evaluación para esta base de datos.</translation>
        </message>
        <message>
            <source>An update of an assessment already in this database: the changes are merged.</source>
            <translation>Una actualización de una evaluación que ya está en esta base de datos: los cambios se fusionan.</translation>
        </message>
        <message>
            <source>From {sender}, {role}; sent {when}; package {n} from them.</source>
            <translation>De {sender}, {role}; enviado el {when}; paquete n.º {n} de este remitente.</translation>
        </message>
        <message>
            <source>Questionnaire: {q}.</source>
            <translation>Cuestionario: {q}.</translation>
        </message>
        <message>
            <source>Questionnaire: {q}, not included in this installation: the copy carried in the package is used.</source>
            <translation>Cuestionario: {q}, no incluido en esta instalación: se usa la copia que contiene el paquete.</translation>
        </message>
        <message>
            <source>The package was protected by a password.</source>
            <translation>El paquete estaba protegido con contraseña.</translation>
        </message>
        <message>
            <source>The package was encrypted to your key.</source>
            <translation>El paquete estaba cifrado para su clave.</translation>
        </message>
        <message>
            <source>Status: {now} → {after}.</source>
            <translation>Estado: {now} → {after}.</translation>
        </message>
        <message>
            <source>What it changes: {list}.</source>
            <translation>Lo que modifica: {list}.</translation>
        </message>
        <message>
            <source>It changes nothing here.</source>
            <translation>No modifica nada aquí.</translation>
        </message>
        <message>
            <source>⚠ Not signed: this package was written by an older MGI Desktop. Anyone could have written or changed it; its review decisions and status are not applied.</source>
            <translation>⚠ Sin firma: este paquete lo escribió una versión anterior de MGI Desktop. Cualquier persona podría haberlo escrito o modificado; sus decisiones de revisión y su estado no se aplican.</translation>
        </message>
        <message>
            <source>I know where this package comes from: import it anyway</source>
            <translation>Sé de dónde procede este paquete: importarlo de todos modos</translation>
        </message>
        <message>
            <source>Signed by {who}, {role}, key {fingerprint}: {trust}.</source>
            <translation>Firmado por {who}, {role}, clave {fingerprint}: {trust}.</translation>
        </message>
        <message>
            <source>⚠ This key is new to you. Phone the sender and compare the fingerprint they read out with the one above before you import.</source>
            <translation>⚠ Esta clave es nueva para usted. Llame por teléfono al remitente y compare la huella digital que le lea con la que figura arriba antes de importar.</translation>
        </message>
        <message>
            <source>I compared the fingerprint {fingerprint} with {who}: it is the same</source>
            <translation>He comparado la huella digital {fingerprint} con {who}: es la misma</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Conservar la mía</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Tomar la de la otra parte</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Description of domain {n}</source>
            <translation>Descripción de la dimensión {n}</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(quitado)</translation>
        </message>
        <message>
            <source>(no answer)</source>
            <translation>(sin respuesta)</translation>
        </message>
        <message>
            <source>— {who}, {when}</source>
            <translation>— {who}, {when}</translation>
        </message>
        <message>
            <source>Edited: {value}</source>
            <translation>Editada: {value}</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importando {file}…</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Importación cancelada: no se importó nada.</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source>Keys</source>
            <translation>Claves</translation>
        </message>
        <message>
            <source>Your key</source>
            <translation>Su clave</translation>
        </message>
        <message>
            <source>This is what you read out when someone checks your key on the phone. Your packages are signed with it; packages encrypted to it open only here.</source>
            <translation>Esto es lo que usted lee en voz alta cuando alguien verifica su clave por teléfono. Sus paquetes se firman con ella; los paquetes cifrados para ella solo se abren aquí.</translation>
        </message>
        <message>
            <source>&amp;Export my key…</source>
            <translation>&amp;Exportar mi clave…</translation>
        </message>
        <message>
            <source>Write your public key to a .mgikey file, to send to the people you exchange packages with</source>
            <translation>Escribir su clave pública en un archivo .mgikey, para enviarlo a las personas con las que intercambia paquetes</translation>
        </message>
        <message>
            <source>&amp;Replace my key…</source>
            <translation>&amp;Reemplazar mi clave…</translation>
        </message>
        <message>
            <source>Keys you know</source>
            <translation>Claves que usted conoce</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Huella digital</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Confianza</translation>
        </message>
        <message>
            <source>&amp;Import key file…</source>
            <translation>&amp;Importar archivo de clave…</translation>
        </message>
        <message>
            <source>Add the keys of a .mgikey file, or of a .mgikeys list signed by someone you trust</source>
            <translation>Añadir las claves de un archivo .mgikey, o de una lista .mgikeys firmada por alguien de su confianza</translation>
        </message>
        <message>
            <source>&amp;Trust…</source>
            <translation>&amp;Confiar…</translation>
        </message>
        <message>
            <source>Let this key &amp;answer with me</source>
            <translation>Permitir que esta clave res&amp;ponda conmigo</translation>
        </message>
        <message>
            <source>A colleague's key may then change the answers of the open assessment, as yours may</source>
            <translation>La clave de un colega podrá entonces modificar las respuestas de la evaluación abierta, igual que la suya</translation>
        </message>
        <message>
            <source>Export a key &amp;list…</source>
            <translation>Exportar una &amp;lista de claves…</translation>
        </message>
        <message>
            <source>Sign a .mgikeys list of the reviewer keys you trust, for the focal points to import (IOM)</source>
            <translation>Firmar una lista .mgikeys de las claves de revisores en las que usted confía, para que la importen los puntos focales (OIM)</translation>
        </message>
        <message>
            <source>{who}, {role}</source>
            <translation>{who}, {role}</translation>
        </message>
        <message>
            <source>{trust}, replaced by a newer key</source>
            <translation>{trust}, reemplazada por una clave más reciente</translation>
        </message>
        <message>
            <source>Export my key</source>
            <translation>Exportar mi clave</translation>
        </message>
        <message>
            <source>MGI key files (*.mgikey)</source>
            <translation>Archivos de clave MGI (*.mgikey)</translation>
        </message>
        <message>
            <source>Your key was written to {file}. Send it to the other side; they will phone you to compare its fingerprint.</source>
            <translation>Su clave se escribió en {file}. Envíela a la otra parte; le llamarán por teléfono para comparar su huella digital.</translation>
        </message>
        <message>
            <source>Import key file</source>
            <translation>Importar un archivo de clave</translation>
        </message>
        <message>
            <source>MGI key files ({patterns});;All files (*)</source>
            <translation>Archivos de clave MGI ({patterns});;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>You trust the key of {who} now.</source>
            <translation>Ahora usted confía en la clave de {who}.</translation>
        </message>
        <message>
            <source>{who} may now answer this assessment with you; your next package tells their database so.</source>
            <translation>{who} puede ahora responder esta evaluación con usted; su próximo paquete se lo comunicará a la base de datos de esa persona.</translation>
        </message>
        <message>
            <source>Export a key list</source>
            <translation>Exportar una lista de claves</translation>
        </message>
        <message>
            <source>MGI key lists (*.mgikeys)</source>
            <translation>Listas de claves MGI (*.mgikeys)</translation>
        </message>
        <message>
            <source>{n} reviewer keys were listed in {file}, signed with your key.</source>
            <translation>Se incluyeron {n} claves de revisores en {file}, firmado con su clave.</translation>
        </message>
        <message>
            <source>Replace my key</source>
            <translation>Reemplazar mi clave</translation>
        </message>
        <message>
            <source>Make a new key for you?

Use this when your key may have been copied, or before handing this computer on. The old key signs an introduction of the new one, carried in your next packages, so the people you exchange with take the new key without a new phone call. The old key is kept only to open packages already encrypted to it.

If you have lost your old key, nothing can introduce the new one: send your new key file and have its fingerprint compared again.</source>
            <translation>¿Crear una nueva clave para usted?

Hágalo cuando su clave pueda haber sido copiada, o antes de ceder este equipo a otra persona. La clave anterior firma una presentación de la nueva, que viaja en sus próximos paquetes, de modo que las personas con las que intercambia adoptan la nueva clave sin una nueva llamada telefónica. La clave anterior solo se conserva para abrir los paquetes ya cifrados para ella.

Si ha perdido su clave anterior, nada puede presentar la nueva: envíe su nuevo archivo de clave y haga que se vuelva a comparar su huella digital.</translation>
        </message>
        <message>
            <source>Your new key is {fingerprint}. Your next packages introduce it.</source>
            <translation>Su nueva clave es {fingerprint}. Sus próximos paquetes la presentan.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Presentada</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>En revisión</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Devuelta</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>Presentada de nuevo</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>Validada</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobada</translation>
        </message>
        <message>
            <source>National</source>
            <translation>Nacional</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Focal point</source>
            <translation>Punto focal</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Revisor</translation>
        </message>
        <message>
            <source>not verified yet</source>
            <translation>aún no verificada</translation>
        </message>
        <message>
            <source>fingerprint compared</source>
            <translation>huella digital comparada</translation>
        </message>
        <message>
            <source>on IOM's list of trusted keys</source>
            <translation>en la lista de claves de confianza de la OIM</translation>
        </message>
        <message>
            <source>your own key</source>
            <translation>su propia clave</translation>
        </message>
        <message>
            <source>Well-developed areas</source>
            <translation>Áreas bien desarrolladas</translation>
        </message>
        <message>
            <source>Areas with potential for further development</source>
            <translation>Áreas con potencial de mayor desarrollo</translation>
        </message>
        <message>
            <source>the question was reworded</source>
            <extracomment>the label of any enumeration value the core may put in a message</extracomment>
            <translation>la pregunta se reformuló</translation>
        </message>
        <message>
            <source>its answers changed</source>
            <translation>cambiaron sus respuestas posibles</translation>
        </message>
        <message>
            <source>carried to a question with another code</source>
            <translation>trasladada a una pregunta con otro código</translation>
        </message>
        <message>
            <source>the question was split in several</source>
            <translation>la pregunta se dividió en varias</translation>
        </message>
        <message>
            <source>the answer was recoded</source>
            <translation>la respuesta se recodificó</translation>
        </message>
        <message>
            <source>the crosswalk asks for a confirmation</source>
            <translation>la tabla de correspondencias pide una confirmación</translation>
        </message>
        <message>
            <source>the question was removed</source>
            <translation>la pregunta se eliminó</translation>
        </message>
        <message>
            <source>the crosswalk does not say where it goes</source>
            <translation>la tabla de correspondencias no indica adónde va</translation>
        </message>
        <message>
            <source>the new question cannot hold the answer</source>
            <translation>la nueva pregunta no admite esta respuesta</translation>
        </message>
        <message>
            <source>a choice has no counterpart in the new version</source>
            <translation>una opción no tiene equivalente en la nueva versión</translation>
        </message>
        <message>
            <source>[{language}] {text}</source>
            <translation>[{language}] {text}</translation>
        </message>
    </context>
    <context>
        <name>LanguageCombo</name>
        <message>
            <source>Working language</source>
            <translation>Idioma de trabajo</translation>
        </message>
        <message>
            <source>{language} — the questionnaire's own language</source>
            <translation>{language} — el idioma propio del cuestionario</translation>
        </message>
        <message>
            <source>{language} — {percent}% translated</source>
            <translation>{language} — traducido al {percent} %</translation>
        </message>
        <message>
            <source> (draft, not yet reviewed)</source>
            <translation> (borrador, aún sin revisar)</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>Working language</source>
            <translation>Idioma de trabajo</translation>
        </message>
        <message>
            <source>The questions, answer options and guidance are shown in this language, and the profile and workbooks are written in it. Answers, justifications and findings are kept as they were typed.</source>
            <translation>Las preguntas, las opciones de respuesta y las orientaciones se muestran en este idioma, y el perfil y los libros de Excel se redactan en él. Las respuestas, justificaciones y constataciones se conservan tal como se escribieron.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
    </context>
    <context>
        <name>LevelPage</name>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Is this assessment about a whole country or about a city or province?</source>
            <translation>¿Esta evaluación se refiere a todo un país o a una ciudad o provincia?</translation>
        </message>
        <message>
            <source>N&amp;ational — the country's migration governance</source>
            <translation>&amp;Nacional — la gobernanza de la migración del país</translation>
        </message>
        <message>
            <source>&amp;Local — a city, municipality or province</source>
            <translation>&amp;Local — una ciudad, un municipio o una provincia</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>Answer</source>
            <extracomment>Keys that pick the built-in answers wherever they are offered (also Alt+key mnemonics). the plain keys (no modifier) that pick an answer; the page answers them wherever focus is but a text field</extracomment>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Year, e.g. 2019</source>
            <translation>Año, p. ej., 2019</translation>
        </message>
        <message>
            <source>Whole number</source>
            <translation>Número entero</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Calendar…</source>
            <translation>Calendario…</translation>
        </message>
        <message>
            <source>Pick a date from a calendar</source>
            <translation>Elegir una fecha en un calendario</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Opening…</source>
            <extracomment>the AssessmentView's actions, in the order the Edit and View menus show them (None: a separator)</extracomment>
            <translation>Abriendo…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>MGI Desktop</source>
            <translation>MGI Desktop</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;Nueva evaluación…</translation>
        </message>
        <message>
            <source>&amp;Open assessment…</source>
            <translation>&amp;Abrir evaluación…</translation>
        </message>
        <message>
            <source>Open q&amp;uestionnaire…</source>
            <translation>Abrir c&amp;uestionario…</translation>
        </message>
        <message>
            <source>Open &amp;database…</source>
            <translation>Abrir base de &amp;datos…</translation>
        </message>
        <message>
            <source>New data&amp;base…</source>
            <translation>Nueva &amp;base de datos…</translation>
        </message>
        <message>
            <source>&amp;Close assessment</source>
            <translation>&amp;Cerrar la evaluación</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Con&amp;figuración…</translation>
        </message>
        <message>
            <source>&amp;About MGI Desktop</source>
            <translation>&amp;Acerca de MGI Desktop</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Abrir la carpeta del &amp;registro</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guía</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;Keys…</source>
            <translation>&amp;Claves…</translation>
        </message>
        <message>
            <source>Your key, and the keys of the people you exchange packages with</source>
            <translation>Su clave y las claves de las personas con las que intercambia paquetes</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Find question…</source>
            <translation>&amp;Buscar pregunta…</translation>
        </message>
        <message>
            <source>&amp;Previous question</source>
            <translation>Pregunta &amp;anterior</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>Pregunta &amp;siguiente</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Vista general</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>&amp;Constataciones</translation>
        </message>
        <message>
            <source>&amp;Submit for review…</source>
            <translation>&amp;Presentar para revisión…</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;Registro de auditoría…</translation>
        </message>
        <message>
            <source>&amp;History of this question…</source>
            <translation>&amp;Historial de esta pregunta…</translation>
        </message>
        <message>
            <source>&amp;Compare with the previous round…</source>
            <translation>C&amp;omparar con la ronda anterior…</translation>
        </message>
        <message>
            <source>&amp;Working language…</source>
            <translation>&amp;Idioma de trabajo…</translation>
        </message>
        <message>
            <source>&amp;Recent databases</source>
            <translation>Bases de datos &amp;recientes</translation>
        </message>
        <message>
            <source>Wait for the work in progress to finish, or cancel it.</source>
            <translation>Espere a que termine el trabajo en curso, o cancélelo.</translation>
        </message>
    </context>
    <context>
        <name>NavigatorModel</name>
        <message>
            <source>Questions</source>
            <extracomment>Semantic colours of medium lightness: readable on light and dark backgrounds alike. The roles the model answers (any other is None) "attention" is the review panel's filter: returned answers and unresolved comments (as review.attention)</extracomment>
            <translation>Preguntas</translation>
        </message>
        <message>
            <source>Domain {n}: {title}, {answered} of {relevant} applicable answered, {missing} required missing</source>
            <translation>Dimensión {n}: {title}, {answered} de {relevant} aplicables respondidas, faltan {missing} obligatorias</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>no aplicable</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>no válida</translation>
        </message>
        <message>
            <source>returned by the reviewer</source>
            <translation>devuelta por el revisor</translation>
        </message>
        <message>
            <source>required, not answered</source>
            <translation>obligatoria, sin respuesta</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <source>answered, evidence required</source>
            <translation>respondida, se requiere evidencia</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>respondida</translation>
        </message>
        <message>
            <source>flagged for follow-up</source>
            <translation>marcada para seguimiento</translation>
        </message>
    </context>
    <context>
        <name>NewAssessmentWizard</name>
        <message>
            <source>New assessment</source>
            <extracomment>the questionnaire to select when the list is shown (`prefer`)</extracomment>
            <translation>Nueva evaluación</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Siguiente &gt;</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Crear</translation>
        </message>
        <message>
            <source>Reading the questionnaire files…</source>
            <translation>Leyendo los archivos de cuestionario…</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Go to the first open question of this domain</source>
            <translation>Ir a la primera pregunta abierta de esta dimensión</translation>
        </message>
        <message>
            <source>Domain {n} completion</source>
            <translation>Avance de la dimensión {n}</translation>
        </message>
        <message>
            <source>Percentages are an indicative completion measure, not an official MGI score.</source>
            <translation>Los porcentajes son una medida indicativa del avance, no una puntuación oficial de los IGM.</translation>
        </message>
        <message>
            <source>SDG 10.7.2: the completeness-aware value is MGI Desktop's: a domain has one once its five sub-categories are answered. The official-method value is the UN's: a missing sub-category counts as 0.</source>
            <translation>ODS 10.7.2: el valor con respuestas completas es el de MGI Desktop: un ámbito lo tiene cuando sus cinco subcategorías tienen respuesta. El valor según el método oficial es el de las Naciones Unidas: una subcategoría faltante cuenta como 0.</translation>
        </message>
        <message>
            <source>{answered} of {relevant} applicable questions answered ({pct:.0f}%); {missing} required still missing.</source>
            <translation>{answered} de {relevant} preguntas aplicables respondidas ({pct:.0f} %); aún faltan {missing} obligatorias.</translation>
        </message>
        <message>
            <source>{n} answers still need the evidence their question requires.</source>
            <translation>{n} respuestas aún necesitan la evidencia que exige su pregunta.</translation>
        </message>
        <message>
            <source>The questionnaire has {total} questions; {skipped} do not apply with the answers so far.</source>
            <translation>El cuestionario tiene {total} preguntas; {skipped} no se aplican con las respuestas dadas hasta ahora.</translation>
        </message>
        <message>
            <source>SDG 10.7.2 overall: {aware} (completeness-aware), {official} (official method).</source>
            <translation>ODS 10.7.2, total: {aware} (respuestas completas), {official} (método oficial).</translation>
        </message>
        <message>
            <source>, {n} need evidence</source>
            <translation>, {n} sin evidencia</translation>
        </message>
        <message>
            <source>SDG 10.7.2: {aware} (completeness-aware), {official} (official method)</source>
            <translation>ODS 10.7.2: {aware} (respuestas completas), {official} (método oficial)</translation>
        </message>
        <message>
            <source>no value yet</source>
            <translation>aún sin valor</translation>
        </message>
        <message>
            <source>{value} ({category})</source>
            <translation>{value} ({category})</translation>
        </message>
        <message>
            <source>{answered} of {relevant} answered</source>
            <translation>{answered} de {relevant} respondidas</translation>
        </message>
        <message>
            <source>, {n} required missing</source>
            <translation>, faltan {n} obligatorias</translation>
        </message>
    </context>
    <context>
        <name>PlacePage</name>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Type to search, e.g. Kyrgyzstan</source>
            <translation>Escriba para buscar, p. ej., Kirguistán</translation>
        </message>
        <message>
            <source>City or province</source>
            <translation>Ciudad o provincia</translation>
        </message>
        <message>
            <source>e.g. Bishkek</source>
            <translation>p. ej., Biskek</translation>
        </message>
        <message>
            <source>&amp;City or province:</source>
            <translation>&amp;Ciudad o provincia:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>Which city or province, in which country?</source>
            <translation>¿Qué ciudad o provincia, y de qué país?</translation>
        </message>
        <message>
            <source>Which country is assessed?</source>
            <translation>¿Qué país se evalúa?</translation>
        </message>
    </context>
    <context>
        <name>ProfileDetails</name>
        <message>
            <source>Profile details</source>
            <extracomment>saves some settings; whether they were saved (a refusal was explained to the user) the setting -&gt; the assessment's column</extracomment>
            <translation>Datos del perfil</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Título:</translation>
        </message>
        <message>
            <source>Country name:</source>
            <translation>Nombre del país:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <source>Round label:</source>
            <translation>Nombre del ciclo:</translation>
        </message>
        <message>
            <source>YYYY-MM or YYYY-MM-DD, e.g. 2023-12; empty: the month of the last change</source>
            <translation>AAAA-MM o AAAA-MM-DD, por ejemplo 2023-12; vacío: el mes del último cambio</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Créditos</translation>
        </message>
        <message>
            <source>Credits:</source>
            <translation>Créditos:</translation>
        </message>
        <message>
            <source>The partners to credit (e.g. who funded the assessment and who contributed)</source>
            <translation>Los socios a los que se da crédito (por ejemplo, quién financió la evaluación y quién contribuyó)</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Welcome to MGI Desktop</source>
            <translation>Le damos la bienvenida a MGI Desktop</translation>
        </message>
        <message>
            <source>Before you start, tell us who you are. Your name and institution are recorded with every answer you give and every comment you write. You can change them later in Settings.</source>
            <translation>Antes de empezar, indíquenos quién es usted. Su nombre e institución quedan registrados con cada respuesta que dé y cada comentario que escriba. Podrá modificarlos más adelante en Configuración.</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <source>e.g. Amina Diallo</source>
            <translation>p. ej., Amina Diallo</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>e.g. Ministry of Labour</source>
            <translation>p. ej., Ministerio de Trabajo</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation>&amp;Institución:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>&amp;Confirm this answer</source>
            <extracomment>a short note for the status bar (an answer key pressed where no answer can be picked)</extracomment>
            <translation>&amp;Confirmar esta respuesta</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>C&amp;lear answer</source>
            <translation>&amp;Borrar la respuesta</translation>
        </message>
        <message>
            <source>&amp;Justification (sources, explanation):</source>
            <translation>&amp;Justificación (fuentes, explicación):</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justificación</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>Fla&amp;g for follow-up</source>
            <translation>Marcar para se&amp;guimiento</translation>
        </message>
        <message>
            <source>← Previous</source>
            <translation>← Anterior</translation>
        </message>
        <message>
            <source>Previous question (Alt+Left)</source>
            <translation>Pregunta anterior (Alt+Izquierda)</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Siguiente →</translation>
        </message>
        <message>
            <source>Next question (Alt+Right)</source>
            <translation>Pregunta siguiente (Alt+Derecha)</translation>
        </message>
        <message>
            <source>Domain {n}: {domain} › {sub_area} › {indicator}</source>
            <translation>Dimensión {n}: {domain} › {sub_area} › {indicator}</translation>
        </message>
        <message>
            <source>Not applicable: {reason}</source>
            <translation>No aplicable: {reason}</translation>
        </message>
        <message>
            <source>Add the evidence this answer needs: this question requires at least one source (Evidence, below).</source>
            <translation>Añada la evidencia que necesita esta respuesta: esta pregunta exige al menos una fuente (Evidencia, abajo).</translation>
        </message>
        <message>
            <source>(required)</source>
            <translation>(obligatoria)</translation>
        </message>
        <message>
            <source>(optional)</source>
            <translation>(opcional)</translation>
        </message>
        <message>
            <source>Guidance: </source>
            <translation>Orientaciones: </translation>
        </message>
        <message>
            <source>Answer to {code}</source>
            <translation>Respuesta a {code}</translation>
        </message>
        <message>
            <source>Carried over from the previous round: confirm it, or change it.</source>
            <translation>Trasladada de la ronda anterior: confírmela o modifíquela.</translation>
        </message>
        <message>
            <source>Evidence (required)</source>
            <translation>Evidencia (obligatoria)</translation>
        </message>
        <message>
            <source>Question {i} of {n} · {relevant} apply</source>
            <translation>Pregunta {i} de {n} · {relevant} aplicables</translation>
        </message>
        <message>
            <source>This answer was returned to the focal point; it waits for their revision.</source>
            <translation>Esta respuesta se devolvió al punto focal; está a la espera de su corrección.</translation>
        </message>
        <message>
            <source>The reviewer returned this answer: read the comments below, then revise it.</source>
            <translation>El revisor devolvió esta respuesta: lea los comentarios de abajo y luego corríjala.</translation>
        </message>
        <message>
            <source>This question does not apply: there is nothing to answer.</source>
            <translation>Esta pregunta no se aplica: no hay nada que responder.</translation>
        </message>
        <message>
            <source>The answers are read-only here.</source>
            <translation>Aquí las respuestas son de solo lectura.</translation>
        </message>
        <message>
            <source>No answer of this question has that key.</source>
            <translation>Ninguna respuesta de esta pregunta tiene esa tecla.</translation>
        </message>
        <message>
            <source>This question is required: choose or enter an answer.</source>
            <translation>Esta pregunta es obligatoria: elija o introduzca una respuesta.</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireFiles</name>
        <message>
            <source>line {line}</source>
            <translation>línea {line}</translation>
        </message>
        <message>
            <source>Open questionnaire</source>
            <translation>Abrir un cuestionario</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Comprobando {file}…</translation>
        </message>
        <message>
            <source>Reading the questionnaire files…</source>
            <translation>Leyendo los archivos de cuestionario…</translation>
        </message>
        <message>
            <source>Export questionnaire as XLSForm</source>
            <translation>Exportar el cuestionario en formato XLSForm</translation>
        </message>
        <message>
            <source>Questionnaire:</source>
            <translation>Cuestionario:</translation>
        </message>
        <message>
            <source>XLSForm workbooks (*.xlsx)</source>
            <translation>Libros XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the XLSForm…</source>
            <translation>Escribiendo el XLSForm…</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireReport</name>
        <message>
            <source>Questionnaire {file}</source>
            <translation>Cuestionario {file}</translation>
        </message>
        <message>
            <source>Problems and notes</source>
            <translation>Problemas y observaciones</translation>
        </message>
        <message>
            <source>{title}, version {version}</source>
            <translation>{title}, versión {version}</translation>
        </message>
        <message>
            <source>{n} questions in {d} domains.</source>
            <translation>{n} preguntas en {d} dimensiones.</translation>
        </message>
        <message>
            <source>Level: {level}. Languages: {languages}.</source>
            <translation>Nivel: {level}. Idiomas: {languages}.</translation>
        </message>
        <message>
            <source>It is offered when you start a new assessment.</source>
            <translation>Se ofrece al iniciar una nueva evaluación.</translation>
        </message>
        <message>
            <source>&amp;Start an assessment with it…</source>
            <translation>&amp;Iniciar una evaluación con este cuestionario…</translation>
        </message>
        <message>
            <source>{file} cannot be used: nothing was added.</source>
            <translation>{file} no se puede usar: no se añadió nada.</translation>
        </message>
        <message>
            <source>Problems to correct in the file ({n}), each with its place:</source>
            <translation>Problemas que corregir en el archivo ({n}), cada uno con su ubicación:</translation>
        </message>
        <message>
            <source>Read past, for your information:</source>
            <translation>Omitido en la lectura, a título informativo:</translation>
        </message>
    </context>
    <context>
        <name>Questionnaires</name>
        <message>
            <source>Questionnaires (*.xlsx *.yaml *.yml *.json);;XLSForm workbooks (*.xlsx);;Questionnaire files (*.yaml *.yml *.json);;All files (*)</source>
            <translation>Cuestionarios (*.xlsx *.yaml *.yml *.json);;Libros XLSForm (*.xlsx);;Archivos de cuestionario (*.yaml *.yml *.json);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>QuestionsDialog</name>
        <message>
            <source>Questions behind the finding</source>
            <translation>Preguntas en las que se basa la constatación</translation>
        </message>
        <message>
            <source>Tick the questions this finding rests on:</source>
            <translation>Marque las preguntas en las que se basa esta constatación:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Not reviewed</source>
            <translation>No revisada</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Aceptada</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Devuelta</translation>
        </message>
        <message>
            <source>Revised since returned</source>
            <translation>Corregida tras la devolución</translation>
        </message>
        <message>
            <source>This question</source>
            <extracomment>the "returned and unresolved" filter was switched on or off (`attention_codes()` lists them) the focal point resubmits through the submit check (it lists returned answers not revised)</extracomment>
            <translation>Esta pregunta</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Accept this answer (Ctrl+Shift+A)</source>
            <translation>Aceptar esta respuesta (Ctrl+Mayús+A)</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>Devolver…</translation>
        </message>
        <message>
            <source>Return this answer to the focal point with a reason (Ctrl+Shift+R)</source>
            <translation>Devolver esta respuesta al punto focal con un motivo (Ctrl+Mayús+R)</translation>
        </message>
        <message>
            <source>Next to review</source>
            <translation>Siguiente por revisar</translation>
        </message>
        <message>
            <source>The next answered question without a decision (Ctrl+Shift+N)</source>
            <translation>La siguiente pregunta respondida sin decisión (Ctrl+Mayús+N)</translation>
        </message>
        <message>
            <source>Go to the next after a decision</source>
            <translation>Pasar a la siguiente después de una decisión</translation>
        </message>
        <message>
            <source>Decisions per domain</source>
            <translation>Decisiones por dimensión</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>Por revisar</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>Answered questions that apply, by their latest decision; “to review” includes answers revised after a return; comments: unresolved threads</source>
            <translation>Preguntas aplicables respondidas, según su última decisión; «por revisar» incluye las respuestas corregidas tras una devolución; comentarios: hilos sin resolver</translation>
        </message>
        <message>
            <source>Show only returned answers and unresolved comments</source>
            <translation>Mostrar solo las respuestas devueltas y los comentarios sin resolver</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Estado: {status}</translation>
        </message>
        <message>
            <source>Start the review</source>
            <translation>Iniciar la revisión</translation>
        </message>
        <message>
            <source>Return the assessment to the focal point…</source>
            <translation>Devolver la evaluación al punto focal…</translation>
        </message>
        <message>
            <source>Validate the assessment…</source>
            <translation>Validar la evaluación…</translation>
        </message>
        <message>
            <source>Resubmit for review…</source>
            <translation>Volver a presentar para revisión…</translation>
        </message>
        <message>
            <source>Approve the validated assessment…</source>
            <translation>Aprobar la evaluación validada…</translation>
        </message>
        <message>
            <source>Submit for review…</source>
            <translation>Presentar para revisión…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <source>All domains</source>
            <translation>Todas las dimensiones</translation>
        </message>
        <message>
            <source>IOM validated the assessment: approve it to close the round.</source>
            <translation>La OIM validó la evaluación: apruébela para cerrar la ronda.</translation>
        </message>
        <message>
            <source>To do: change the answer as the reviewer asks, or say in the comments why it stands; then resubmit.</source>
            <translation>Por hacer: cambie la respuesta como pide el revisor, o explique en los comentarios por qué se mantiene; después vuelva a presentarla.</translation>
        </message>
        <message>
            <source>Revised: the reviewer looks at it again once you resubmit.</source>
            <translation>Revisada: el revisor la examinará de nuevo cuando vuelva a presentarla.</translation>
        </message>
        <message>
            <source>Accepted by the reviewer: nothing to do here.</source>
            <translation>Aceptada por el revisor: nada que hacer aquí.</translation>
        </message>
        <message>
            <source>No question is shown.</source>
            <translation>No se muestra ninguna pregunta.</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <source>Answer: {answer}</source>
            <translation>Respuesta: {answer}</translation>
        </message>
        <message>
            <source>Review: {state}</source>
            <translation>Revisión: {state}</translation>
        </message>
        <message>
            <source>Last decision: {decision} by {who}, {when}</source>
            <translation>Última decisión: {decision} por {who}, {when}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motivo: {reason}</translation>
        </message>
        <message>
            <source>Unanswered: it can be returned (“please answer”), not accepted.</source>
            <translation>Sin respuesta: puede devolverse («responda, por favor»), pero no aceptarse.</translation>
        </message>
        <message>
            <source>a required answer is missing</source>
            <translation>falta una respuesta obligatoria</translation>
        </message>
        <message>
            <source>the answer is not valid</source>
            <translation>la respuesta no es válida</translation>
        </message>
        <message>
            <source>the evidence this question requires is missing</source>
            <translation>falta la evidencia que exige esta pregunta</translation>
        </message>
        <message>
            <source>Accept {code}?</source>
            <translation>¿Aceptar {code}?</translation>
        </message>
        <message>
            <source>Accept {code} although:</source>
            <translation>¿Aceptar {code} aunque:</translation>
        </message>
        <message>
            <source>You can return it instead, asking for what is missing.</source>
            <translation>Puede devolverla en su lugar, pidiendo lo que falta.</translation>
        </message>
        <message>
            <source>{code} accepted</source>
            <translation>{code} aceptada</translation>
        </message>
        <message>
            <source>Return {code}</source>
            <translation>Devolver {code}</translation>
        </message>
        <message>
            <source>Why is this answer returned? The focal point reads this in the question's comments.</source>
            <translation>¿Por qué se devuelve esta respuesta? El punto focal lo leerá en los comentarios de la pregunta.</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Devolver</translation>
        </message>
        <message>
            <source>{code} returned</source>
            <translation>{code} devuelta</translation>
        </message>
        <message>
            <source>Nothing left to review: every answered question has a decision.</source>
            <translation>No queda nada por revisar: cada pregunta respondida tiene una decisión.</translation>
        </message>
        <message>
            <source>Change the status to “{status}”</source>
            <translation>Cambiar el estado a «{status}»</translation>
        </message>
        <message>
            <source>A note for the audit trail and the other side (what was done, what is expected next):</source>
            <translation>Una nota para el registro de auditoría y para la otra parte (qué se hizo, qué se espera a continuación):</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>Estado: {old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>RoundCompareDialog</name>
        <message>
            <source>Compare rounds — {title}</source>
            <translation>Comparar rondas — {title}</translation>
        </message>
        <message>
            <source>This assessment does not follow an earlier round: there is nothing to compare it with.</source>
            <translation>Esta evaluación no da continuidad a una ronda anterior: no hay nada con qué compararla.</translation>
        </message>
        <message>
            <source>Round {a} ({status_a}) and round {b} ({status_b}): {n} of {total} questions changed.</source>
            <translation>Ronda {a} ({status_a}) y ronda {b} ({status_b}): {n} de {total} preguntas cambiaron.</translation>
        </message>
        <message>
            <source>&amp;Only questions that changed</source>
            <translation>&amp;Solo las preguntas que cambiaron</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Dimensión</translation>
        </message>
        <message>
            <source>All domains</source>
            <translation>Todas las dimensiones</translation>
        </message>
        <message>
            <source>Filter by code or text…</source>
            <translation>Filtrar por código o texto…</translation>
        </message>
        <message>
            <source>Filter text</source>
            <translation>Texto del filtro</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the rows shown as an Excel workbook or a web page</source>
            <translation>Guardar las filas mostradas en un libro de Excel o una página web</translation>
        </message>
        <message>
            <source>Round {n}: {validation}</source>
            <translation>Ronda {n}: {validation}</translation>
        </message>
        <message>
            <source>No question matches the filters.</source>
            <translation>Ninguna pregunta coincide con los filtros.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Página web (*.html)</translation>
        </message>
        <message>
            <source>Export the comparison</source>
            <translation>Exportar la comparación</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Guardado: {file}</translation>
        </message>
    </context>
    <context>
        <name>RoundPage</name>
        <message>
            <source>Round and focal point</source>
            <translation>Ronda y punto focal</translation>
        </message>
        <message>
            <source>Link a new round to the previous one of the same place to compare them.</source>
            <translation>Vincule una nueva ronda a la anterior del mismo lugar para compararlas.</translation>
        </message>
        <message>
            <source>Previous round</source>
            <translation>Ronda anterior</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>Focal point</source>
            <translation>Punto focal</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>&amp;Previous round:</source>
            <translation>Ronda a&amp;nterior:</translation>
        </message>
        <message>
            <source>&amp;Round:</source>
            <translation>&amp;Ronda:</translation>
        </message>
        <message>
            <source>&amp;Focal point:</source>
            <translation>&amp;Punto focal:</translation>
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation>&amp;Institución:</translation>
        </message>
        <message>
            <source>None — this is the first round</source>
            <translation>Ninguna — esta es la primera ronda</translation>
        </message>
        <message>
            <source>Round {round} — {framework} {version} ({status})</source>
            <translation>Ronda {round} — {framework} {version} ({status})</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <source>Send — {title}</source>
            <translation>Enviar — {title}</translation>
        </message>
        <message>
            <source>The package holds this assessment with its evidence files, comments, decisions and history. Send it by e-mail or on a USB stick; the other side receives it with File ▸ Import or receive.</source>
            <translation>El paquete contiene esta evaluación con sus archivos de evidencia, comentarios, decisiones e historial. Envíelo por correo electrónico o en una memoria USB; la otra parte lo recibe con Archivo ▸ Importar o recibir.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <source>Encrypt to the recipients' &amp;keys (recommended)</source>
            <translation>Cifrar para las &amp;claves de los destinatarios (recomendado)</translation>
        </message>
        <message>
            <source>Protect with a pass&amp;word (first contact, before keys are swapped)</source>
            <translation>Proteger con con&amp;traseña (primer contacto, antes de intercambiar las claves)</translation>
        </message>
        <message>
            <source>&amp;Not protected</source>
            <translation>&amp;No protegido</translation>
        </message>
        <message>
            <source>Recipients' keys</source>
            <translation>Claves de los destinatarios</translation>
        </message>
        <message>
            <source>{who}, {role} — key {fingerprint}</source>
            <translation>{who}, {role} — clave {fingerprint}</translation>
        </message>
        <message>
            <source>of this assessment</source>
            <translation>de esta evaluación</translation>
        </message>
        <message>
            <source>Only the keys ticked (and yours) can open the package: no password travels.</source>
            <translation>Solo las claves marcadas (y la suya) pueden abrir el paquete: no viaja ninguna contraseña.</translation>
        </message>
        <message>
            <source>No key of the other side is known yet. Import their key file (Edit ▸ Keys), or protect this first package with a password.</source>
            <translation>Todavía no se conoce ninguna clave de la otra parte. Importe su archivo de clave (Edición ▸ Claves) o proteja este primer paquete con una contraseña.</translation>
        </message>
        <message>
            <source>At least {n} characters</source>
            <translation>Al menos {n} caracteres</translation>
        </message>
        <message>
            <source>Tell the password to the recipient another way (by phone), never in the same e-mail as the file.</source>
            <translation>Comunique la contraseña al destinatario por otro medio (por teléfono), nunca en el mismo correo electrónico que el archivo.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Contra&amp;seña:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repítala:</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Enviar</translation>
        </message>
        <message>
            <source>Send assessment</source>
            <translation>Enviar la evaluación</translation>
        </message>
        <message>
            <source>MGI packages (*.mgi)</source>
            <translation>Paquetes MGI (*.mgi)</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Elija el archivo que se escribirá.</translation>
        </message>
        <message>
            <source>Tick at least one recipient's key.</source>
            <translation>Marque al menos la clave de un destinatario.</translation>
        </message>
        <message>
            <source>The password is too short: use at least {n} characters.</source>
            <translation>La contraseña es demasiado corta: use al menos {n} caracteres.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Las dos contraseñas no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Your profile</source>
            <translation>Su perfil</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>&amp;Window language:</source>
            <translation>Idioma de la &amp;ventana:</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Search the keys and commands</source>
            <translation>Buscar en las teclas y las órdenes</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Atajo</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy the table, to paste or print it</source>
            <translation>Copiar la tabla, para pegarla o imprimirla</translation>
        </message>
        <message>
            <source>Open the {menu} menu</source>
            <translation>Abrir el menú {menu}</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barra de menús</translation>
        </message>
        <message>
            <source>Question page, but in a text field</source>
            <translation>Página de la pregunta, fuera de un campo de texto</translation>
        </message>
        <message>
            <source>Notes and comments</source>
            <translation>Notas y comentarios</translation>
        </message>
        <message>
            <source>Answer “{answer}”</source>
            <translation>Responder «{answer}»</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} a {last}</translation>
        </message>
        <message>
            <source>Pick the answer with that number</source>
            <translation>Elegir la respuesta con ese número</translation>
        </message>
        <message>
            <source>Clear the answer (on the answer)</source>
            <translation>Borrar la respuesta (en la respuesta)</translation>
        </message>
        <message>
            <source>Next or previous field</source>
            <translation>Campo siguiente o anterior</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>En todas partes</translation>
        </message>
        <message>
            <source>Send the note or comment being typed</source>
            <translation>Enviar la nota o el comentario que se escribe</translation>
        </message>
        <message>
            <source>Leave the search</source>
            <translation>Salir de la búsqueda</translation>
        </message>
        <message>
            <source>Question search</source>
            <translation>Búsqueda de preguntas</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Assessments</source>
            <translation>Evaluaciones</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;Nueva evaluación…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>A&amp;brir</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>Arc&amp;hivar</translation>
        </message>
        <message>
            <source>Show a&amp;rchived</source>
            <translation>Mostrar a&amp;rchivadas</translation>
        </message>
        <message>
            <source>Filter by country or city</source>
            <translation>Filtrar por país o ciudad</translation>
        </message>
        <message>
            <source>Filter assessments</source>
            <translation>Filtrar las evaluaciones</translation>
        </message>
        <message>
            <source>Assessments in this database</source>
            <translation>Evaluaciones de esta base de datos</translation>
        </message>
        <message>
            <source>There is no assessment in this database yet. Click “New assessment…” to start one, or “Import…” to receive one from a colleague.</source>
            <translation>Esta base de datos aún no contiene ninguna evaluación. Haga clic en «Nueva evaluación…» para iniciar una, o en «Importar…» para recibir una de un colega.</translation>
        </message>
        <message>
            <source>Recent databases</source>
            <translation>Bases de datos recientes</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Base de datos: {path}</translation>
        </message>
        <message>
            <source>{name} (open)</source>
            <translation>{name} (abierta)</translation>
        </message>
        <message>
            <source>Un&amp;archive</source>
            <translation>&amp;Desarchivar</translation>
        </message>
    </context>
    <context>
        <name>StatusStrip</name>
        <message>
            <source>You are not one of its parties: you can read, comment and flag</source>
            <translation>No es parte de esta evaluación: puede leer, comentar y marcar</translation>
        </message>
        <message>
            <source>Approved: the assessment is complete</source>
            <translation>Aprobada: la evaluación está completa</translation>
        </message>
        <message>
            <source>With you: a draft</source>
            <translation>En sus manos: un borrador</translation>
        </message>
        <message>
            <source>Returned to you: every returned answer is revised</source>
            <translation>Devuelta: todas las respuestas devueltas están revisadas</translation>
        </message>
        <message>
            <source>Sent to IOM — waiting for the review</source>
            <translation>Enviada a la OIM — a la espera de la revisión</translation>
        </message>
        <message>
            <source>Submitted, not yet with IOM: send it</source>
            <translation>Presentada, aún no en la OIM: envíela</translation>
        </message>
        <message>
            <source>Validated by IOM: approve it to close the round</source>
            <translation>Validada por la OIM: apruébela para cerrar la ronda</translation>
        </message>
        <message>
            <source>With IOM: the review is under way</source>
            <translation>En la OIM: la revisión está en curso</translation>
        </message>
        <message>
            <source>Sent to the focal point — waiting for them</source>
            <translation>Enviada al punto focal — a la espera de su respuesta</translation>
        </message>
        <message>
            <source>Decided, not yet with the focal point: send it</source>
            <translation>Decidida, aún no en manos del punto focal: envíela</translation>
        </message>
        <message>
            <source>With you: every answer has a decision</source>
            <translation>En sus manos: todas las respuestas tienen una decisión</translation>
        </message>
        <message>
            <source>With the focal point</source>
            <translation>En manos del punto focal</translation>
        </message>
        <message>
            <source>Check and submit…</source>
            <translation>Comprobar y presentar…</translation>
        </message>
        <message>
            <source>Send to IOM…</source>
            <translation>Enviar a la OIM…</translation>
        </message>
        <message>
            <source>Send to the focal point…</source>
            <translation>Enviar al punto focal…</translation>
        </message>
        <message>
            <source>Check and resubmit…</source>
            <translation>Comprobar y volver a presentar…</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>Aprobar…</translation>
        </message>
        <message>
            <source>Start the review</source>
            <translation>Iniciar la revisión</translation>
        </message>
        <message>
            <source>Next to review</source>
            <translation>Siguiente por revisar</translation>
        </message>
        <message>
            <source>Validate…</source>
            <translation>Validar…</translation>
        </message>
        <message>
            <source>Return to the focal point…</source>
            <translation>Devolver al punto focal…</translation>
        </message>
        <message>
            <source>“{note}” — {who}, {when}</source>
            <translation>«{note}» — {who}, {when}</translation>
        </message>
    </context>
    <context>
        <name>SubmitCheck</name>
        <message>
            <source>Submit for review</source>
            <extracomment>the page's "Send to IOM…" (once submitted)</extracomment>
            <translation>Presentar para revisión</translation>
        </message>
        <message>
            <source>Problems; press Enter to go to the question</source>
            <translation>Problemas; pulse Intro para ir a la pregunta</translation>
        </message>
        <message>
            <source>&amp;Check again</source>
            <translation>Volver a &amp;comprobar</translation>
        </message>
        <message>
            <source>Send to &amp;IOM…</source>
            <translation>Enviar a la &amp;OIM…</translation>
        </message>
        <message>
            <source>&amp;Note to the reviewer:</source>
            <translation>&amp;Nota para el revisor:</translation>
        </message>
        <message>
            <source>Note to the reviewer</source>
            <translation>Nota para el revisor</translation>
        </message>
        <message>
            <source>Submit &amp;although problems remain (explain why in the note)</source>
            <translation>Presentar aun&amp;que queden problemas (explique el motivo en la nota)</translation>
        </message>
        <message>
            <source>&amp;Submit for review</source>
            <translation>&amp;Presentar para revisión</translation>
        </message>
        <message>
            <source>Submitted on {when}. Next: send it to IOM (File ▸ Send for review or back…); until then IOM does not have it.</source>
            <translation>Presentada el {when}. Siguiente paso: enviarla a la OIM (Archivo ▸ Enviar para revisión o de vuelta…); hasta entonces la OIM no la tiene.</translation>
        </message>
        <message>
            <source>Submitted on {when} and sent to IOM: waiting for the review.</source>
            <translation>Presentada el {when} y enviada a la OIM: a la espera de la revisión.</translation>
        </message>
        <message>
            <source>required, not answered</source>
            <translation>obligatoria, sin respuesta</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>no válida</translation>
        </message>
        <message>
            <source>evidence required</source>
            <translation>se requiere evidencia</translation>
        </message>
        <message>
            <source>returned by the reviewer, not changed since</source>
            <translation>devuelta por el revisor, sin cambios desde entonces</translation>
        </message>
        <message>
            <source>Go to {code}</source>
            <translation>Ir a {code}</translation>
        </message>
        <message>
            <source>No problems found: every required question is answered, valid and documented.</source>
            <translation>No se encontraron problemas: cada pregunta obligatoria tiene una respuesta válida y documentada.</translation>
        </message>
        <message>
            <source>The assessment is {status}; you cannot submit it now.</source>
            <translation>La evaluación tiene el estado «{status}»; no puede presentarla ahora.</translation>
        </message>
    </context>
    <context>
        <name>SubmittedBox</name>
        <message>
            <source>Submitted</source>
            <translation>Presentada</translation>
        </message>
        <message>
            <source>The assessment is submitted, but IOM does not have it yet.</source>
            <translation>La evaluación está presentada, pero la OIM aún no la tiene.</translation>
        </message>
        <message>
            <source>Send it to IOM as a package (File ▸ Send for review or back…): save the file and give it to the reviewer, by e-mail or on a memory stick. Until then nobody can review it.</source>
            <translation>Envíela a la OIM como paquete (Archivo ▸ Enviar para revisión o de vuelta…): guarde el archivo y entréguelo al revisor, por correo electrónico o en una memoria USB. Hasta entonces nadie puede revisarla.</translation>
        </message>
        <message>
            <source>&amp;Send it to IOM now…</source>
            <translation>&amp;Enviar a la OIM ahora…</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Más tarde</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <extracomment>the last task finished, still referenced from here: see `Task._release`</extracomment>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
    </context>
    <context>
        <name>TextEditor</name>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
    </context>
    <context>
        <name>TrustDialog</name>
        <message>
            <source>Trust the key of {who}</source>
            <translation>Confiar en la clave de {who}</translation>
        </message>
        <message>
            <source>{who}, {role}</source>
            <translation>{who}, {role}</translation>
        </message>
        <message>
            <source>Phone {name} (on a number you know, not one from the same e-mail) and ask them to read out the fingerprint of their key (Edit ▸ Keys in their MGI Desktop). Trust the key only if it is the same as this one:</source>
            <translation>Llame por teléfono a {name} (a un número que usted conozca, no a uno que figure en el mismo correo electrónico) y pídale que le lea la huella digital de su clave (Edición ▸ Claves en su MGI Desktop). Confíe en la clave solo si es igual a esta:</translation>
        </message>
        <message>
            <source>Full fingerprint: {fingerprint}</source>
            <translation>Huella digital completa: {fingerprint}</translation>
        </message>
        <message>
            <source>I compared it with {name}: it is the same</source>
            <translation>La he comparado con {name}: es la misma</translation>
        </message>
        <message>
            <source>&amp;Trust this key</source>
            <translation>&amp;Confiar en esta clave</translation>
        </message>
    </context>
    <context>
        <name>_TextBox</name>
        <message>
            <source>Reset to the questionnaire's text</source>
            <translation>Restablecer el texto del cuestionario</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <source>from {min} to {max}</source>
            <translation>de {min} a {max}</translation>
        </message>
        <message>
            <source>at least {min}</source>
            <translation>al menos {min}</translation>
        </message>
        <message>
            <source>at most {max}</source>
            <translation>como máximo {max}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>{value} is above the maximum {maximum}</source>
            <comment>answer.above_maximum</comment>
            <translation>{value} supera el máximo {maximum}</translation>
        </message>
        <message>
            <source>{value} is below the minimum {minimum}</source>
            <comment>answer.below_minimum</comment>
            <translation>{value} es inferior al mínimo {minimum}</translation>
        </message>
        <message>
            <source>{text}</source>
            <comment>answer.constraint</comment>
            <translation>{text}</translation>
        </message>
        <message>
            <source>no question {code} in this assessment's questionnaire</source>
            <comment>answer.no_question</comment>
            <translation>no existe la pregunta {code} en el cuestionario de esta evaluación</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <comment>answer.not_a_date</comment>
            <translation>{value} no es una fecha (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>a multiple choice answer is a list of codes</source>
            <comment>answer.not_a_list</comment>
            <translation>una respuesta de opción múltiple es una lista de códigos</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <comment>answer.not_a_number</comment>
            <translation>{value} no es un número</translation>
        </message>
        <message>
            <source>{value} is not a year</source>
            <comment>answer.not_a_year</comment>
            <translation>{value} no es un año</translation>
        </message>
        <message numerus="yes">
            <source>{values} are not among the answers ({choices})</source>
            <comment>answer.not_among</comment>
            <translation>
                <numerusform>{values} no figura entre las respuestas posibles ({choices})</numerusform>
                <numerusform>{values} no figuran entre las respuestas posibles ({choices})</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} cannot be combined with other answers</source>
            <comment>answer.not_combined</comment>
            <translation>la respuesta {value} no puede combinarse con otras respuestas</translation>
        </message>
        <message numerus="yes">
            <source>{value} are not offered with the earlier answers</source>
            <comment>answer.not_offered</comment>
            <translation>
                <numerusform>{value} no se ofrece con las respuestas anteriores</numerusform>
                <numerusform>{value} no se ofrecen con las respuestas anteriores</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not one of the answers ({choices})</source>
            <comment>answer.not_one_of</comment>
            <translation>{value} no es una de las respuestas posibles ({choices})</translation>
        </message>
        <message>
            <source>a text answer must be text</source>
            <comment>answer.not_text</comment>
            <translation>una respuesta de texto debe ser texto</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <comment>answer.not_whole</comment>
            <translation>{value} no es un número entero</translation>
        </message>
        <message>
            <source>cannot change {fields}</source>
            <comment>assessment.cannot_change</comment>
            <translation>no se puede modificar {fields}</translation>
        </message>
        <message numerus="yes">
            <source>{codes} and %n more</source>
            <comment>assessment.codes_and_more</comment>
            <translation>
                <numerusform>{codes} y %n más</numerusform>
                <numerusform>{codes} y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>{place} — local MGI, round {round}</source>
            <comment>assessment.default_title_local</comment>
            <translation>{place} — IGM locales, ronda {round}</translation>
        </message>
        <message>
            <source>{place} — national MGI, round {round}</source>
            <comment>assessment.default_title_national</comment>
            <translation>{place} — IGM nacionales, ronda {round}</translation>
        </message>
        <message>
            <source>{prefix} matches {n} assessments; give more of the id</source>
            <comment>assessment.id_ambiguous</comment>
            <translation>{prefix} coincide con {n} evaluaciones; indique una parte mayor del identificador</translation>
        </message>
        <message>
            <source>{prefix}: give at least 4 characters of the assessment id</source>
            <comment>assessment.id_too_short</comment>
            <translation>{prefix}: indique al menos 4 caracteres del identificador de la evaluación</translation>
        </message>
        <message>
            <source>{framework} is a Local MGI questionnaire: give the city or province</source>
            <comment>assessment.locality_needed</comment>
            <translation>{framework} es un cuestionario de IGM locales: indique la ciudad o la provincia</translation>
        </message>
        <message>
            <source>{framework} is a national questionnaire: a locality is not used</source>
            <comment>assessment.locality_unused</comment>
            <translation>{framework} es un cuestionario nacional: no utiliza localidad</translation>
        </message>
        <message>
            <source>no assessment with id {prefix} in {database}</source>
            <comment>assessment.no_prefix</comment>
            <translation>no hay ninguna evaluación con el identificador {prefix} en {database}</translation>
        </message>
        <message>
            <source>{code} is not an ISO 3166 country code (e.g. KGZ for Kyrgyzstan)</source>
            <comment>assessment.not_a_country</comment>
            <translation>{code} no es un código de país ISO 3166 (p. ej., KGZ para Kirguistán)</translation>
        </message>
        <message numerus="yes">
            <source>%n answers are not accepted yet ({codes})</source>
            <comment>assessment.not_all_accepted</comment>
            <translation>
                <numerusform>%n respuesta aún no está aceptada ({codes})</numerusform>
                <numerusform>%n respuestas aún no están aceptadas ({codes})</numerusform>
            </translation>
        </message>
        <message>
            <source>no assessment {id}</source>
            <comment>assessment.not_found</comment>
            <translation>no existe la evaluación {id}</translation>
        </message>
        <message>
            <source>no assessment {id} in {database}</source>
            <comment>assessment.not_found_in</comment>
            <translation>no existe la evaluación {id} en {database}</translation>
        </message>
        <message>
            <source>the previous round must be an assessment of the same country and place</source>
            <comment>assessment.previous_other_place</comment>
            <translation>la ronda anterior debe ser una evaluación del mismo país y del mismo lugar</translation>
        </message>
        <message>
            <source>the round is a number from 1</source>
            <comment>assessment.round_from_one</comment>
            <translation>el número de ronda es un número a partir de 1</translation>
        </message>
        <message>
            <source>{language} is not a language code (give a code such as en, fr, es, ru or ar)</source>
            <comment>assessment.unknown_language</comment>
            <translation>{language} no es un código de idioma (indique un código como en, fr, es, ru o ar)</translation>
        </message>
        <message>
            <source>cannot create the folder: {reason}</source>
            <comment>attachments.cannot_create</comment>
            <translation>no se puede crear la carpeta: {reason}</translation>
        </message>
        <message>
            <source>cannot store the file in {folder}: {reason}</source>
            <comment>attachments.cannot_store</comment>
            <translation>no se puede guardar el archivo en {folder}: {reason}</translation>
        </message>
        <message>
            <source>the file changed while it was copied, or is damaged (its SHA-256 is {sha}, expected {expected}); nothing was stored</source>
            <comment>attachments.changed</comment>
            <translation>el archivo cambió mientras se copiaba, o está dañado (su SHA-256 es {sha}, se esperaba {expected}); no se guardó nada</translation>
        </message>
        <message>
            <source>is a folder, not a file: attach a file; nothing was stored</source>
            <comment>attachments.folder</comment>
            <translation>es una carpeta, no un archivo: adjunte un archivo; no se guardó nada</translation>
        </message>
        <message>
            <source>{sha} is not the SHA-256 of an attached file</source>
            <comment>attachments.not_a_sha</comment>
            <translation>{sha} no es el SHA-256 de un archivo adjunto</translation>
        </message>
        <message>
            <source>the file was not stored, and nothing else changed</source>
            <comment>attachments.not_attached</comment>
            <translation>el archivo no se guardó, y nada más cambió</translation>
        </message>
        <message>
            <source>is not a regular file (a pipe, a device or a socket): attach a file; nothing was stored</source>
            <comment>attachments.not_regular</comment>
            <translation>no es un archivo normal (es una canalización, un dispositivo o un socket): adjunte un archivo; no se guardó nada</translation>
        </message>
        <message>
            <source>the attachments of a database opened read-only cannot change</source>
            <comment>attachments.read_only</comment>
            <translation>los archivos adjuntos de una base de datos abierta en modo de solo lectura no pueden cambiar</translation>
        </message>
        <message>
            <source>is a symbolic link: attach the file itself, not a link to it; nothing was stored</source>
            <comment>attachments.symbolic_link</comment>
            <translation>es un enlace simbólico: adjunte el propio archivo, no un enlace a él; no se guardó nada</translation>
        </message>
        <message>
            <source>the audit trail is exported as .csv or .xlsx</source>
            <comment>audit.wrong_suffix</comment>
            <translation>el registro de auditoría se exporta en formato .csv o .xlsx</translation>
        </message>
        <message>
            <source>the package changes the answer to {code}, but it is signed by a reviewer: only the focal point's key changes answers</source>
            <comment>authority.answers_from_reviewer</comment>
            <translation>el paquete modifica la respuesta a {code}, pero está firmado por un revisor: solo la clave del punto focal modifica las respuestas</translation>
        </message>
        <message>
            <source>the review decision on {code} ({decision}) is not validly signed by its reviewer: it was forged or altered</source>
            <comment>authority.bad_decision</comment>
            <translation>la decisión de revisión sobre {code} ({decision}) no está firmada válidamente por su revisor: fue falsificada o alterada</translation>
        </message>
        <message>
            <source>the step to {status} is not validly signed: it was forged or altered</source>
            <comment>authority.bad_step</comment>
            <translation>el paso al estado «{status}» no está firmado válidamente: fue falsificado o alterado</translation>
        </message>
        <message numerus="yes">
            <source>%n unsigned review decisions were not applied</source>
            <comment>authority.dropped_decisions</comment>
            <translation>
                <numerusform>no se aplicó %n decisión de revisión sin firmar</numerusform>
                <numerusform>no se aplicaron %n decisiones de revisión sin firmar</numerusform>
            </translation>
        </message>
        <message>
            <source>the status {status} in the unsigned package was not applied</source>
            <comment>authority.dropped_status</comment>
            <translation>no se aplicó el estado «{status}» del paquete sin firmar</translation>
        </message>
        <message>
            <source>the package changes evidence of {code}, but it is signed by a reviewer: only the focal point's key changes evidence</source>
            <comment>authority.evidence_from_reviewer</comment>
            <translation>el paquete modifica la evidencia de {code}, pero está firmado por un revisor: solo la clave del punto focal modifica la evidencia</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) is now this assessment's focal point: the first package signed by them</source>
            <comment>authority.first_signer</comment>
            <translation>{name} ({fingerprint}) es ahora el punto focal de esta evaluación: es quien firmó el primer paquete</translation>
        </message>
        <message>
            <source>the review decision on {code} is signed by this assessment's focal point: a focal point does not review their own answers</source>
            <comment>authority.focal_point_decides</comment>
            <translation>la decisión de revisión sobre {code} está firmada por el punto focal de esta evaluación: un punto focal no revisa sus propias respuestas</translation>
        </message>
        <message>
            <source>the key listed for {fingerprint} does not match its fingerprint</source>
            <comment>authority.key_mismatch</comment>
            <translation>la clave registrada para {fingerprint} no coincide con su huella digital</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) is now a reviewer of this assessment</source>
            <comment>authority.new_reviewer</comment>
            <translation>{name} ({fingerprint}) es ahora revisor de esta evaluación</translation>
        </message>
        <message>
            <source>a reviewer of this assessment</source>
            <comment>authority.not_a_reviewer_key</comment>
            <translation>la de un revisor de esta evaluación</translation>
        </message>
        <message>
            <source>this assessment's focal point</source>
            <comment>authority.not_its_focal_point</comment>
            <translation>la del punto focal de esta evaluación</translation>
        </message>
        <message>
            <source>a key you trust</source>
            <comment>authority.not_trusted</comment>
            <translation>una clave de su confianza</translation>
        </message>
        <message>
            <source>{name}'s key {old} was replaced by {new}, introduced by a statement signed with the old key</source>
            <comment>authority.replaced_key</comment>
            <translation>la clave {old} de {name} se reemplazó por {new}, presentada mediante una declaración firmada con la clave anterior</translation>
        </message>
        <message>
            <source>the answer to {code} is marked {state} without a reviewer's signed decision behind it</source>
            <comment>authority.unbacked_mark</comment>
            <translation>la respuesta a {code} está marcada como «{state}» sin una decisión firmada de un revisor que la respalde</translation>
        </message>
        <message>
            <source>the package moves the assessment to {status} without a step signed by its {role}</source>
            <comment>authority.unbacked_status</comment>
            <translation>el paquete hace pasar la evaluación al estado «{status}» sin un paso firmado por su {role}</translation>
        </message>
        <message>
            <source>the package is not signed (it was written by an MGI Desktop older than signatures): anyone could have written or changed it. Import it only if you know where it comes from, and confirm (--accept-unsigned); its review decisions and status are not applied</source>
            <comment>authority.unsigned</comment>
            <translation>el paquete no está firmado (lo escribió una versión de MGI Desktop anterior a las firmas): cualquier persona podría haberlo escrito o modificado. Impórtelo solo si sabe de dónde procede, y confírmelo (--accept-unsigned); sus decisiones de revisión y su estado no se aplican</translation>
        </message>
        <message>
            <source>the review decision on {code} is not signed; a signed package carries only signed decisions</source>
            <comment>authority.unsigned_decision</comment>
            <translation>la decisión de revisión sobre {code} no está firmada; un paquete firmado solo contiene decisiones firmadas</translation>
        </message>
        <message>
            <source>signed by {name} ({role}), key {fingerprint}, which is not {what}: compare the fingerprint with them (on the phone, in person) and confirm it (--confirm-key {fingerprint}), or import IOM's key list; nothing was imported</source>
            <comment>authority.unverified</comment>
            <translation>firmado por {name} ({role}), clave {fingerprint}, que no es {what}: compare la huella digital con esa persona (por teléfono, en persona) y confírmela (--confirm-key {fingerprint}), o importe la lista de claves de la OIM; no se importó nada</translation>
        </message>
        <message>
            <source>the step to {status} is signed by {fingerprint}, who is not this assessment's {role}</source>
            <comment>authority.wrong_step_signer</comment>
            <translation>el paso al estado «{status}» está firmado por {fingerprint}, que no es el {role} de esta evaluación</translation>
        </message>
        <message>
            <source>the copy failed its integrity check ({detail})</source>
            <comment>backup.copy_failed_check</comment>
            <translation>la copia no superó la comprobación de integridad ({detail})</translation>
        </message>
        <message>
            <source>backup to {folder} failed: {reason}</source>
            <comment>backup.failed</comment>
            <translation>falló la copia de seguridad en {folder}: {reason}</translation>
        </message>
        <message>
            <source>the database is in use by another program; close it there and try again</source>
            <comment>backup.in_use</comment>
            <translation>otro programa está usando la base de datos; ciérrela en ese programa y vuelva a intentarlo</translation>
        </message>
        <message>
            <source>no backup was made; the database and its backups are as they were</source>
            <comment>backup.none_made</comment>
            <translation>no se hizo ninguna copia de seguridad; la base de datos y sus copias de seguridad siguen como estaban</translation>
        </message>
        <message>
            <source>nothing was restored; the database is as it was</source>
            <comment>backup.nothing_restored</comment>
            <translation>no se restauró nada; la base de datos sigue como estaba</translation>
        </message>
        <message>
            <source>restore from {backup} failed: {reason}</source>
            <comment>backup.restore_failed</comment>
            <translation>falló la restauración desde {backup}: {reason}</translation>
        </message>
        <message>
            <source>this answer needs evidence (a law, policy or source)</source>
            <comment>check.evidence_missing</comment>
            <translation>esta respuesta necesita evidencia (una ley, una política u otra fuente)</translation>
        </message>
        <message>
            <source>a required question is not answered</source>
            <comment>check.required_missing</comment>
            <translation>una pregunta obligatoria no tiene respuesta</translation>
        </message>
        <message>
            <source>the reviewer returned this answer and it has not been changed since; change it, or say in its comments or the note why it stands</source>
            <comment>check.returned_not_revised</comment>
            <translation>el revisor devolvió esta respuesta y no se ha cambiado desde entonces; cámbiela, o explique en sus comentarios o en la nota por qué se mantiene</translation>
        </message>
        <message>
            <source>{prefix} matches {n} findings; give more of the id</source>
            <comment>cli.ambiguous_finding</comment>
            <translation>{prefix} coincide con {n} constataciones; indique una parte mayor del identificador</translation>
        </message>
        <message>
            <source>--crosswalk carries the answers of a previous round: give --previous too</source>
            <comment>cli.crosswalk_needs_previous</comment>
            <translation>--crosswalk traslada las respuestas de una ronda anterior: indique también --previous</translation>
        </message>
        <message>
            <source>give --format html, pdf or docx (the extension does not say)</source>
            <comment>cli.format_needed</comment>
            <translation>indique --format html, pdf o docx (la extensión no permite determinarlo)</translation>
        </message>
        <message>
            <source>there is no backup to restore</source>
            <comment>cli.no_backup</comment>
            <translation>no hay ninguna copia de seguridad que restaurar</translation>
        </message>
        <message>
            <source>no finding {prefix} in assessment {assessment}</source>
            <comment>cli.no_finding</comment>
            <translation>no existe la constatación {prefix} en la evaluación {assessment}</translation>
        </message>
        <message>
            <source>no single evidence item {id} in assessment {assessment}</source>
            <comment>cli.no_single_evidence</comment>
            <translation>ningún elemento de evidencia corresponde de forma unívoca a {id} en la evaluación {assessment}</translation>
        </message>
        <message>
            <source>no such backup file</source>
            <comment>cli.no_such_backup</comment>
            <translation>no existe ese archivo de copia de seguridad</translation>
        </message>
        <message>
            <source>the value of {option} is not valid text (character {position} is not valid Unicode; it may have been pasted or passed from a program in another encoding)</source>
            <comment>cli.not_text</comment>
            <translation>el valor de {option} no es un texto válido (el carácter {position} no es Unicode válido; puede que se haya pegado o transmitido desde un programa con otra codificación)</translation>
        </message>
        <message>
            <source>the password file is empty</source>
            <comment>cli.password_file_empty</comment>
            <translation>el archivo de contraseña está vacío</translation>
        </message>
        <message>
            <source>cannot read the password file: {reason}</source>
            <comment>cli.password_file_unreadable</comment>
            <translation>no se puede leer el archivo de contraseña: {reason}</translation>
        </message>
        <message>
            <source>give at least one of --title, --country-name, --date, --round-label, --credits-file, --intro-file (or --reset NAME)</source>
            <comment>cli.profile_nothing_to_set</comment>
            <translation>indique al menos una de las opciones --title, --country-name, --date, --round-label, --credits-file, --intro-file (o --reset NOMBRE)</translation>
        </message>
        <message>
            <source>a follow-up round is round {round}, the one after its previous round</source>
            <comment>cli.round_of_follow_up</comment>
            <translation>una ronda de seguimiento es la ronda {round}, la siguiente a su ronda anterior</translation>
        </message>
        <message>
            <source>cannot read the text: {reason}</source>
            <comment>cli.text_file_unreadable</comment>
            <translation>no se puede leer el texto: {reason}</translation>
        </message>
        <message>
            <source>a comment needs some text</source>
            <comment>comment.needs_text</comment>
            <translation>un comentario debe contener texto</translation>
        </message>
        <message>
            <source>no comment {id}</source>
            <comment>comment.not_found</comment>
            <translation>no existe el comentario {id}</translation>
        </message>
        <message>
            <source>{first}, or {second}</source>
            <comment>condition.alternatives</comment>
            <translation>{first}, o {second}</translation>
        </message>
        <message>
            <source>the answer to {code}</source>
            <comment>condition.answer_to</comment>
            <translation>la respuesta a {code}</translation>
        </message>
        <message>
            <source>the answer to {code} ({question})</source>
            <comment>condition.answer_to_text</comment>
            <translation>la respuesta a {code} ({question})</translation>
        </message>
        <message>
            <source>{question} is answered</source>
            <comment>condition.answered</comment>
            <translation>{question} tiene respuesta</translation>
        </message>
        <message>
            <source>this question is asked only with certain answers to {codes}.</source>
            <comment>condition.asked_generic</comment>
            <translation>esta pregunta solo se formula con ciertas respuestas a {codes}.</translation>
        </message>
        <message>
            <source>this question is asked only when {condition}.</source>
            <comment>condition.asked_only_when</comment>
            <translation>esta pregunta solo se formula si {condition}.</translation>
        </message>
        <message>
            <source>{subject} is at least {value}</source>
            <comment>condition.at_least</comment>
            <translation>{subject} es como mínimo {value}</translation>
        </message>
        <message>
            <source>{subject} is at most {value}</source>
            <comment>condition.at_most</comment>
            <translation>{subject} es como máximo {value}</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <comment>condition.both</comment>
            <translation>{first} y {second}</translation>
        </message>
        <message>
            <source>the number of choices in {answer}</source>
            <comment>condition.count_of</comment>
            <translation>el número de opciones en {answer}</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <comment>condition.either</comment>
            <translation>{first} o {second}</translation>
        </message>
        <message>
            <source>{subject} is {value}</source>
            <comment>condition.is</comment>
            <translation>{subject} es {value}</translation>
        </message>
        <message>
            <source>{subject} is not {value}</source>
            <comment>condition.is_not</comment>
            <translation>{subject} no es {value}</translation>
        </message>
        <message>
            <source>{subject} is less than {value}</source>
            <comment>condition.less</comment>
            <translation>{subject} es menor que {value}</translation>
        </message>
        <message>
            <source>{subject} is more than {value}</source>
            <comment>condition.more</comment>
            <translation>{subject} es mayor que {value}</translation>
        </message>
        <message>
            <source>{first} nor {second}</source>
            <comment>condition.neither</comment>
            <translation>{first} ni {second}</translation>
        </message>
        <message>
            <source>{subject} is neither {values}</source>
            <comment>condition.none_of</comment>
            <translation>{subject} no es ni {values}</translation>
        </message>
        <message>
            <source>it is not the case that {condition}</source>
            <comment>condition.not</comment>
            <translation>no es cierto que {condition}</translation>
        </message>
        <message>
            <source>{question} is not answered</source>
            <comment>condition.not_answered</comment>
            <translation>{question} no tiene respuesta</translation>
        </message>
        <message>
            <source>{answer} does not include {value}</source>
            <comment>condition.not_selected</comment>
            <translation>{answer} no incluye {value}</translation>
        </message>
        <message>
            <source>the answer to {code} is now {answer}.</source>
            <comment>condition.now_answer</comment>
            <translation>la respuesta a {code} es ahora {answer}.</translation>
        </message>
        <message>
            <source>{code} is itself not asked with the answers so far.</source>
            <comment>condition.now_not_asked</comment>
            <translation>{code} tampoco se formula con las respuestas actuales.</translation>
        </message>
        <message>
            <source>{code} is not answered yet.</source>
            <comment>condition.now_unanswered</comment>
            <translation>{code} aún no tiene respuesta.</translation>
        </message>
        <message>
            <source>{subject} is {values}</source>
            <comment>condition.one_of</comment>
            <translation>{subject} es {values}</translation>
        </message>
        <message>
            <source>question {code}</source>
            <comment>condition.question</comment>
            <translation>la pregunta {code}</translation>
        </message>
        <message>
            <source>question {code} ({question})</source>
            <comment>condition.question_text</comment>
            <translation>la pregunta {code} ({question})</translation>
        </message>
        <message>
            <source>“{text}”</source>
            <comment>condition.quoted</comment>
            <translation>«{text}»</translation>
        </message>
        <message>
            <source>{answer} includes {value}</source>
            <comment>condition.selected</comment>
            <translation>{answer} incluye {value}</translation>
        </message>
        <message>
            <source>the folder {folder} holds other files ({files}): choose a new or empty folder</source>
            <comment>consolidate.csv_foreign_files</comment>
            <translation>la carpeta {folder} contiene otros archivos ({files}): elija una carpeta nueva o vacía</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder</source>
            <comment>consolidate.csv_not_a_folder</comment>
            <translation>{folder} es un archivo, no una carpeta</translation>
        </message>
        <message>
            <source>give at least one status, or all</source>
            <comment>consolidate.no_status</comment>
            <translation>indique al menos un estado, o all</translation>
        </message>
        <message>
            <source>nothing to consolidate: give one or more databases</source>
            <comment>consolidate.nothing</comment>
            <translation>no hay nada que consolidar: indique una o varias bases de datos</translation>
        </message>
        <message>
            <source>the questionnaires have {n} questions in all, more than one Excel sheet has columns for; consolidate fewer frameworks at once</source>
            <comment>consolidate.too_many_columns</comment>
            <translation>los cuestionarios tienen {n} preguntas en total, más de las columnas que admite una hoja de Excel; consolide menos cuestionarios a la vez</translation>
        </message>
        <message>
            <source>{status} is not an assessment status; give some of {statuses}, or all</source>
            <comment>consolidate.unknown_status</comment>
            <translation>{status} no es un estado de evaluación; indique alguno de {statuses}, o all</translation>
        </message>
        <message>
            <source>{code} was changed in the assessment after the workbook was read: read it again to see the changes</source>
            <comment>contribution.changed_since</comment>
            <translation>{code} se modificó en la evaluación después de leer el libro: vuelva a leerlo para ver los cambios</translation>
        </message>
        <message>
            <source>the workbook's hidden record does not match its structure (it was edited or copied from another workbook): export a new workbook</source>
            <comment>contribution.checksum</comment>
            <translation>el registro oculto del libro no coincide con su estructura (se editó o se copió de otro libro): exporte un libro nuevo</translation>
        </message>
        <message>
            <source>{file} cannot be read as a workbook ({detail})</source>
            <comment>contribution.damaged</comment>
            <translation>{file} no se puede leer como libro ({detail})</translation>
        </message>
        <message>
            <source>{code} is given twice (also in row {row})</source>
            <comment>contribution.duplicate_code</comment>
            <translation>{code} aparece dos veces (también en la fila {row})</translation>
        </message>
        <message>
            <source>this evidence row has no question code</source>
            <comment>contribution.evidence_no_code</comment>
            <translation>esta fila de fuente no tiene código de pregunta</translation>
        </message>
        <message>
            <source>this evidence row has no title</source>
            <comment>contribution.evidence_no_title</comment>
            <translation>esta fila de fuente no tiene título</translation>
        </message>
        <message>
            <source>there is no file {file}</source>
            <comment>contribution.file_not_found</comment>
            <translation>no existe el archivo {file}</translation>
        </message>
        <message>
            <source>this contribution workbook has layout {found}; this version of MGI Desktop reads layout {expected}</source>
            <comment>contribution.format_unknown</comment>
            <translation>este libro de contribución tiene el formato {found}; esta versión de MGI Desktop lee el formato {expected}</translation>
        </message>
        <message>
            <source>the column {column} is missing from the sheet {sheet} (was its header changed?)</source>
            <comment>contribution.no_column</comment>
            <translation>falta la columna {column} en la hoja {sheet} (¿se cambió su encabezado?)</translation>
        </message>
        <message>
            <source>the sheet {sheet} is missing (was it renamed or deleted?)</source>
            <comment>contribution.no_sheet</comment>
            <translation>falta la hoja {sheet} (¿se le cambió el nombre o se eliminó?)</translation>
        </message>
        <message>
            <source>{value} is not one of the answers ({choices})</source>
            <comment>contribution.not_a_choice</comment>
            <translation>{value} no es una de las respuestas ({choices})</translation>
        </message>
        <message>
            <source>{file} is not a contribution workbook made by MGI Desktop (its hidden sheet is missing); export one for the contributor and have them fill that in</source>
            <comment>contribution.not_a_contribution</comment>
            <translation>{file} no es un libro de contribución creado por MGI Desktop (falta su hoja oculta); exporte uno para el contribuyente y pida que lo rellene</translation>
        </message>
        <message>
            <source>{value} is not a kind of evidence ({kinds})</source>
            <comment>contribution.not_a_kind</comment>
            <translation>{value} no es un tipo de fuente ({kinds})</translation>
        </message>
        <message>
            <source>{value} is not a web address</source>
            <comment>contribution.not_an_address</comment>
            <translation>{value} no es una dirección web</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx): open it in Excel or LibreOffice and save it as .xlsx</source>
            <comment>contribution.not_xlsx</comment>
            <translation>{file} no es un libro de Excel (.xlsx): ábralo en Excel o LibreOffice y guárdelo como .xlsx</translation>
        </message>
        <message>
            <source>{contributor} has no questions assigned in this assessment; assign some first</source>
            <comment>contribution.nothing_assigned</comment>
            <translation>{contributor} no tiene preguntas asignadas en esta evaluación; asígnele algunas primero</translation>
        </message>
        <message>
            <source>{file} is an OpenDocument spreadsheet (.ods): open it in LibreOffice and use File ▸ Save As with the type “Excel 2007-365 (.xlsx)”, then import that file</source>
            <comment>contribution.ods</comment>
            <translation>{file} es una hoja de cálculo OpenDocument (.ods): ábrala en LibreOffice y use Archivo ▸ Guardar como con el tipo «Excel 2007-365 (.xlsx)»; luego importe ese archivo</translation>
        </message>
        <message>
            <source>{file} is an old Excel workbook (.xls): open it in Excel or LibreOffice and save it as “Excel Workbook (.xlsx)”, then import that file</source>
            <comment>contribution.old_xls</comment>
            <translation>{file} es un libro antiguo de Excel (.xls): ábralo en Excel o LibreOffice y guárdelo como «Libro de Excel (.xlsx)»; luego importe ese archivo</translation>
        </message>
        <message>
            <source>the workbook is for the assessment {id}, which is not in this database</source>
            <comment>contribution.other_assessment</comment>
            <translation>el libro es de la evaluación {id}, que no está en esta base de datos</translation>
        </message>
        <message>
            <source>the workbook was made from the questionnaire {framework} {version}; the assessment now uses {current}: export a new workbook</source>
            <comment>contribution.outdated</comment>
            <translation>el libro se hizo con el cuestionario {framework} {version}; la evaluación usa ahora {current}: exporte un libro nuevo</translation>
        </message>
        <message>
            <source>{place}: {problem}</source>
            <comment>contribution.problem_at</comment>
            <translation>{place}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{file} was not imported: %n problems to fix</source>
            <comment>contribution.rejected</comment>
            <translation>
                <numerusform>{file} no se importó: %n problema por corregir</numerusform>
                <numerusform>{file} no se importó: %n problemas por corregir</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is too large for a contribution workbook ({size} MiB; the limit is {limit} MiB)</source>
            <comment>contribution.too_large</comment>
            <translation>{file} es demasiado grande para un libro de contribución ({size} MiB; el límite es {limit} MiB)</translation>
        </message>
        <message>
            <source>the sheet {sheet} has more than {limit} rows</source>
            <comment>contribution.too_many_rows</comment>
            <translation>la hoja {sheet} tiene más de {limit} filas</translation>
        </message>
        <message>
            <source>{code} is not one of the questions sent in this workbook</source>
            <comment>contribution.unknown_code</comment>
            <translation>{code} no es una de las preguntas enviadas en este libro</translation>
        </message>
        <message>
            <source>the workbook was made for the contributor {id}, who is not recorded in this database</source>
            <comment>contribution.unknown_contributor</comment>
            <translation>el libro se hizo para el contribuyente {id}, que no está registrado en esta base de datos</translation>
        </message>
        <message>
            <source>cannot read {file}: {reason}</source>
            <comment>contribution.unreadable</comment>
            <translation>no se puede leer {file}: {reason}</translation>
        </message>
        <message>
            <source>{value} is not a year from {low} to {high}</source>
            <comment>contribution.year_range</comment>
            <translation>{value} no es un año de {low} a {high}</translation>
        </message>
        <message>
            <source>{id} matches {n} contributors; give more of the id</source>
            <comment>contributor.ambiguous</comment>
            <translation>{id} corresponde a {n} colaboradores; indique más del identificador</translation>
        </message>
        <message>
            <source>{code} already has a lead contributor: {other}</source>
            <comment>contributor.lead_taken</comment>
            <translation>{code} ya tiene un colaborador principal: {other}</translation>
        </message>
        <message>
            <source>a contributor needs an institution (e.g. the ministry of labour)</source>
            <comment>contributor.needs_institution</comment>
            <translation>un colaborador necesita una institución (p. ej., el Ministerio de Trabajo)</translation>
        </message>
        <message>
            <source>no {scope} {target} in this assessment's questionnaire</source>
            <comment>contributor.no_target</comment>
            <translation>no hay {scope} {target} en el cuestionario de esta evaluación</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <comment>contributor.not_a_due_date</comment>
            <translation>{value} no es una fecha (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>{value} is not what can be assigned (domain, sub_area, question)</source>
            <comment>contributor.not_a_scope</comment>
            <translation>{value} no se puede asignar (domain, sub_area, question)</translation>
        </message>
        <message>
            <source>{value} is not an e-mail address</source>
            <comment>contributor.not_an_email</comment>
            <translation>{value} no es una dirección de correo electrónico</translation>
        </message>
        <message>
            <source>{scope} {target} is not assigned to {contributor}</source>
            <comment>contributor.not_assigned</comment>
            <translation>{scope} {target} no está asignado a {contributor}</translation>
        </message>
        <message>
            <source>no contributor {id}</source>
            <comment>contributor.not_found</comment>
            <translation>no hay ningún colaborador {id}</translation>
        </message>
        <message>
            <source>an empty answer is not recoded: it is never carried</source>
            <comment>crosswalk.empty_value</comment>
            <translation>una respuesta vacía no se recodifica: nunca se traslada</translation>
        </message>
        <message>
            <source>unknown crosswalk format {value} (this version reads format {known})</source>
            <comment>crosswalk.format</comment>
            <translation>formato de tabla de correspondencias desconocido {value} (esta versión lee el formato {known})</translation>
        </message>
        <message numerus="yes">
            <source>crosswalk has %n problems</source>
            <comment>crosswalk.has_problems</comment>
            <translation>
                <numerusform>la tabla de correspondencias tiene %n problema</numerusform>
                <numerusform>la tabla de correspondencias tiene %n problemas</numerusform>
            </translation>
        </message>
        <message>
            <source>the crosswalk's '{side}' {field} is {named}, but the questionnaire's is {actual}</source>
            <comment>crosswalk.header_mismatch</comment>
            <translation>el campo {field} de «{side}» en la tabla de correspondencias es {named}, pero el del cuestionario es {actual}</translation>
        </message>
        <message>
            <source>missing field {field}</source>
            <comment>crosswalk.missing</comment>
            <translation>falta el campo {field}</translation>
        </message>
        <message>
            <source>new question {code} already takes the answer of {other} (line {line})</source>
            <comment>crosswalk.new_code_twice</comment>
            <translation>la nueva pregunta {code} ya recibe la respuesta de {other} (línea {line})</translation>
        </message>
        <message>
            <source>{value} is not a question code</source>
            <comment>crosswalk.not_a_code</comment>
            <translation>{value} no es un código de pregunta</translation>
        </message>
        <message>
            <source>'confirm' is true or false, not {value}</source>
            <comment>crosswalk.not_a_flag</comment>
            <translation>«confirm» es true o false, no {value}</translation>
        </message>
        <message>
            <source>{field} must be a list</source>
            <comment>crosswalk.not_a_list</comment>
            <translation>{field} debe ser una lista</translation>
        </message>
        <message>
            <source>not a crosswalk: the file must hold a mapping</source>
            <comment>crosswalk.not_a_mapping</comment>
            <translation>no es una tabla de correspondencias: el archivo debe contener un diccionario (mapping)</translation>
        </message>
        <message>
            <source>each question of a crosswalk is a mapping with 'from' and 'to'</source>
            <comment>crosswalk.not_an_entry</comment>
            <translation>cada pregunta de una tabla de correspondencias es un diccionario con «from» y «to»</translation>
        </message>
        <message>
            <source>file not found</source>
            <comment>crosswalk.not_found</comment>
            <translation>no se encontró el archivo</translation>
        </message>
        <message>
            <source>{value} is not a choice of new question {code} ({choices})</source>
            <comment>crosswalk.not_new_choice</comment>
            <translation>{value} no es una opción de la nueva pregunta {code} ({choices})</translation>
        </message>
        <message>
            <source>{value} is not a choice of old question {code} ({choices})</source>
            <comment>crosswalk.not_old_choice</comment>
            <translation>{value} no es una opción de la pregunta anterior {code} ({choices})</translation>
        </message>
        <message>
            <source>{value} is not an answer old question {code} can have: {reason}</source>
            <comment>crosswalk.not_old_value</comment>
            <translation>{value} no es una respuesta posible de la pregunta anterior {code}: {reason}</translation>
        </message>
        <message>
            <source>'note' must be text</source>
            <comment>crosswalk.not_text</comment>
            <translation>«note» debe ser texto</translation>
        </message>
        <message>
            <source>old question {code} is listed twice (first on line {line})</source>
            <comment>crosswalk.old_code_twice</comment>
            <translation>la pregunta anterior {code} figura dos veces (la primera, en la línea {line})</translation>
        </message>
        <message>
            <source>file is too large for a crosswalk ({size} bytes)</source>
            <comment>crosswalk.too_large</comment>
            <translation>el archivo es demasiado grande para una tabla de correspondencias ({size} bytes)</translation>
        </message>
        <message>
            <source>unknown field {field}</source>
            <comment>crosswalk.unknown_field</comment>
            <translation>campo desconocido {field}</translation>
        </message>
        <message>
            <source>no question {code} in the new questionnaire {framework}</source>
            <comment>crosswalk.unknown_new_code</comment>
            <translation>no existe la pregunta {code} en el nuevo cuestionario {framework}</translation>
        </message>
        <message>
            <source>no question {code} in the old questionnaire {framework}</source>
            <comment>crosswalk.unknown_old_code</comment>
            <translation>no existe la pregunta {code} en el cuestionario anterior {framework}</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>crosswalk.unreadable</comment>
            <translation>no se puede leer el archivo: {reason}</translation>
        </message>
        <message>
            <source>'values' maps old answers to new ones</source>
            <comment>crosswalk.values_not_mapping</comment>
            <translation>«values» asocia las respuestas anteriores con las nuevas</translation>
        </message>
        <message>
            <source>{value} is not a value new question {code} ({type}) can hold: {reason}</source>
            <comment>crosswalk.wrong_type</comment>
            <translation>{value} no es un valor que la nueva pregunta {code} ({type}) pueda admitir: {reason}</translation>
        </message>
        <message>
            <source>the package was altered after it was encrypted</source>
            <comment>crypto.altered</comment>
            <translation>el paquete se alteró después de cifrarse</translation>
        </message>
        <message>
            <source>the package's envelope names no recipient and no password</source>
            <comment>crypto.no_way_in</comment>
            <translation>el sobre del paquete no indica ningún destinatario ni ninguna contraseña</translation>
        </message>
        <message>
            <source>the package is encrypted for other people's keys ({recipients}), not for yours ({mine}); ask the sender to send it to your key</source>
            <comment>crypto.not_for_you</comment>
            <translation>el paquete está cifrado para las claves de otras personas ({recipients}), no para la suya ({mine}); pida al remitente que lo envíe a su clave</translation>
        </message>
        <message>
            <source>the package's encryption parameters are damaged</source>
            <comment>crypto.parameters_damaged</comment>
            <translation>los parámetros de cifrado del paquete están dañados</translation>
        </message>
        <message>
            <source>the password is too short: use at least {n} characters</source>
            <comment>crypto.password_too_short</comment>
            <translation>la contraseña es demasiado corta: use al menos {n} caracteres</translation>
        </message>
        <message>
            <source>wrong password (or the package was altered after it was protected)</source>
            <comment>crypto.wrong_password</comment>
            <translation>contraseña incorrecta (o el paquete se alteró después de protegerse)</translation>
        </message>
        <message>
            <source>not enough space on the disk of {folder}: {needed} needed, {free} free; {kept}</source>
            <comment>disk.full</comment>
            <translation>no hay espacio suficiente en el disco de {folder}: se necesitan {needed}, hay {free} libres; {kept}</translation>
        </message>
        <message>
            <source>the disk of {folder} is full ({free} free); {kept}</source>
            <comment>disk.full_unknown</comment>
            <translation>el disco de {folder} está lleno ({free} libres); {kept}</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes)</source>
            <comment>evidence.empty_file</comment>
            <translation>el archivo está vacío (0 bytes)</translation>
        </message>
        <message>
            <source>evidence needs a title (e.g. the name of the law or policy)</source>
            <comment>evidence.needs_title</comment>
            <translation>la evidencia necesita un título (p. ej., el nombre de la ley o la política)</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <comment>evidence.not_a_date</comment>
            <translation>{value} no es una fecha (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>{value} is not a kind of evidence ({kinds})</source>
            <comment>evidence.not_a_kind</comment>
            <translation>{value} no es un tipo de evidencia ({kinds})</translation>
        </message>
        <message>
            <source>{value} is not a year</source>
            <comment>evidence.not_a_year</comment>
            <translation>{value} no es un año</translation>
        </message>
        <message>
            <source>no evidence item {id}</source>
            <comment>evidence.not_found</comment>
            <translation>no existe el elemento de evidencia {id}</translation>
        </message>
        <message>
            <source>the file is too large to attach ({size} MiB; the limit is {limit} MiB); cite it by reference instead</source>
            <comment>evidence.too_large</comment>
            <translation>el archivo es demasiado grande para adjuntarlo ({size} MiB; el límite es {limit} MiB); cítelo mediante su referencia</translation>
        </message>
        <message numerus="yes">
            <source>unknown evidence fields: {fields}</source>
            <comment>evidence.unknown_fields</comment>
            <translation>
                <numerusform>campo de evidencia desconocido: {fields}</numerusform>
                <numerusform>campos de evidencia desconocidos: {fields}</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>evidence.unreadable</comment>
            <translation>no se puede leer el archivo: {reason}</translation>
        </message>
        <message>
            <source>refused: {reason}; nothing was imported</source>
            <comment>exchange.refused</comment>
            <translation>rechazado: {reason}; no se importó nada</translation>
        </message>
        <message>
            <source>Exported (UTC)</source>
            <comment>export.about.exported</comment>
            <translation>Exportado (UTC)</translation>
        </message>
        <message>
            <source>Exported with</source>
            <comment>export.about.exported_with</comment>
            <translation>Exportado con</translation>
        </message>
        <message>
            <source>stable across copies and exchange packages</source>
            <comment>export.about.id</comment>
            <translation>estable entre copias y paquetes de intercambio</translation>
        </message>
        <message>
            <source>Language</source>
            <comment>export.about.language</comment>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>no</source>
            <comment>export.cell.no</comment>
            <translation>no</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>export.cell.yes</comment>
            <translation>sí</translation>
        </message>
        <message>
            <source>Actor</source>
            <comment>export.column.actor</comment>
            <translation>Actor</translation>
        </message>
        <message>
            <source>Added (UTC)</source>
            <comment>export.column.added</comment>
            <translation>Añadida (UTC)</translation>
        </message>
        <message>
            <source>Added by</source>
            <comment>export.column.added_by</comment>
            <translation>Añadida por</translation>
        </message>
        <message>
            <source>Answer code</source>
            <comment>export.column.answer_code</comment>
            <translation>Código de respuesta</translation>
        </message>
        <message>
            <source>Answer label</source>
            <comment>export.column.answer_label</comment>
            <translation>Etiqueta de la respuesta</translation>
        </message>
        <message>
            <source>Answered</source>
            <comment>export.column.answered</comment>
            <translation>Respondidas</translation>
        </message>
        <message>
            <source>Assessment id</source>
            <comment>export.column.assessment_id</comment>
            <translation>Identificador de la evaluación</translation>
        </message>
        <message>
            <source>Author</source>
            <comment>export.column.author</comment>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Carried over</source>
            <comment>export.column.carried_over</comment>
            <translation>Trasladada</translation>
        </message>
        <message>
            <source>Category</source>
            <comment>export.column.category</comment>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Changed by</source>
            <comment>export.column.changed_by</comment>
            <translation>Modificada por</translation>
        </message>
        <message>
            <source>Code</source>
            <comment>export.column.code</comment>
            <translation>Código</translation>
        </message>
        <message>
            <source>Code list</source>
            <comment>export.column.code_list</comment>
            <translation>Lista de códigos</translation>
        </message>
        <message>
            <source>Column</source>
            <comment>export.column.column</comment>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Comment</source>
            <comment>export.column.comment</comment>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Comment id</source>
            <comment>export.column.comment_id</comment>
            <translation>Identificador del comentario</translation>
        </message>
        <message>
            <source>Comments</source>
            <comment>export.column.comments</comment>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>Completion % (indicative completion measure, not an official MGI score)</source>
            <comment>export.column.completion</comment>
            <translation>Avance % (medida indicativa del grado de avance, no una puntuación oficial de los IGM)</translation>
        </message>
        <message>
            <source>Country</source>
            <comment>export.column.country</comment>
            <translation>País</translation>
        </message>
        <message>
            <source>Country name</source>
            <comment>export.column.country_name</comment>
            <translation>Nombre del país</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <comment>export.column.created</comment>
            <translation>Creado (UTC)</translation>
        </message>
        <message>
            <source>Date</source>
            <comment>export.column.date</comment>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Domain</source>
            <comment>export.column.domain</comment>
            <translation>Dominio</translation>
        </message>
        <message>
            <source>Domain title</source>
            <comment>export.column.domain_title</comment>
            <translation>Título del dominio</translation>
        </message>
        <message>
            <source>Don't know</source>
            <comment>export.column.dont_know</comment>
            <translation>No sabe</translation>
        </message>
        <message>
            <source>Drafted</source>
            <comment>export.column.drafted</comment>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Entity</source>
            <comment>export.column.entity</comment>
            <translation>Entidad</translation>
        </message>
        <message>
            <source>Entity id</source>
            <comment>export.column.entity_id</comment>
            <translation>Identificador de la entidad</translation>
        </message>
        <message>
            <source>Event id</source>
            <comment>export.column.event_id</comment>
            <translation>Identificador del evento</translation>
        </message>
        <message>
            <source>Evidence count</source>
            <comment>export.column.evidence_count</comment>
            <translation>Número de pruebas</translation>
        </message>
        <message>
            <source>Evidence id</source>
            <comment>export.column.evidence_id</comment>
            <translation>Identificador de la prueba</translation>
        </message>
        <message>
            <source>Field</source>
            <comment>export.column.field</comment>
            <translation>Campo</translation>
        </message>
        <message>
            <source>File</source>
            <comment>export.column.file</comment>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Finding</source>
            <comment>export.column.finding</comment>
            <translation>Hallazgo</translation>
        </message>
        <message>
            <source>Finding id</source>
            <comment>export.column.finding_id</comment>
            <translation>Identificador del hallazgo</translation>
        </message>
        <message>
            <source>Flagged</source>
            <comment>export.column.flagged</comment>
            <translation>Marcada</translation>
        </message>
        <message>
            <source>Framework</source>
            <comment>export.column.framework</comment>
            <translation>Marco</translation>
        </message>
        <message>
            <source>Framework version</source>
            <comment>export.column.framework_version</comment>
            <translation>Versión del marco</translation>
        </message>
        <message>
            <source>Indicator</source>
            <comment>export.column.indicator</comment>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Issuing body</source>
            <comment>export.column.issuing_body</comment>
            <translation>Organismo emisor</translation>
        </message>
        <message>
            <source>Item</source>
            <comment>export.column.item</comment>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Justification</source>
            <comment>export.column.justification</comment>
            <translation>Justificación</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>export.column.kind</comment>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Last changed (UTC)</source>
            <comment>export.column.last_changed</comment>
            <translation>Última modificación (UTC)</translation>
        </message>
        <message>
            <source>Level</source>
            <comment>export.column.level</comment>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Locality</source>
            <comment>export.column.locality</comment>
            <translation>Localidad</translation>
        </message>
        <message>
            <source>Meaning</source>
            <comment>export.column.meaning</comment>
            <translation>Significado</translation>
        </message>
        <message>
            <source>New value</source>
            <comment>export.column.new_value</comment>
            <translation>Valor nuevo</translation>
        </message>
        <message>
            <source>No</source>
            <comment>export.column.no</comment>
            <translation>No</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <comment>export.column.not_applicable</comment>
            <translation>No aplica</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>export.column.note</comment>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Old value</source>
            <comment>export.column.old_value</comment>
            <translation>Valor anterior</translation>
        </message>
        <message>
            <source>Partially</source>
            <comment>export.column.partially</comment>
            <translation>Parcialmente</translation>
        </message>
        <message>
            <source>Position</source>
            <comment>export.column.position</comment>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Potential findings</source>
            <comment>export.column.potential_findings</comment>
            <translation>Hallazgos: potencial de desarrollo</translation>
        </message>
        <message>
            <source>Question</source>
            <comment>export.column.question</comment>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Question code</source>
            <comment>export.column.question_code</comment>
            <translation>Código de la pregunta</translation>
        </message>
        <message>
            <source>Questionnaire version</source>
            <comment>export.column.questionnaire_version</comment>
            <translation>Versión del cuestionario</translation>
        </message>
        <message>
            <source>Questions</source>
            <comment>export.column.questions</comment>
            <translation>Preguntas</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>export.column.reason</comment>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Reference</source>
            <comment>export.column.reference</comment>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Relevant</source>
            <comment>export.column.relevant</comment>
            <translation>Pertinentes</translation>
        </message>
        <message>
            <source>Resolved</source>
            <comment>export.column.resolved</comment>
            <translation>Resuelto</translation>
        </message>
        <message>
            <source>Resolved (UTC)</source>
            <comment>export.column.resolved_at</comment>
            <translation>Resuelto el (UTC)</translation>
        </message>
        <message>
            <source>Resolved by</source>
            <comment>export.column.resolved_by</comment>
            <translation>Resuelto por</translation>
        </message>
        <message>
            <source>Review status</source>
            <comment>export.column.review_status</comment>
            <translation>Estado de revisión</translation>
        </message>
        <message>
            <source>Role</source>
            <comment>export.column.role</comment>
            <translation>Función</translation>
        </message>
        <message>
            <source>Round</source>
            <comment>export.column.round</comment>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>SDG 10.7.2 category</source>
            <comment>export.column.sdg_category</comment>
            <translation>Categoría ODS 10.7.2</translation>
        </message>
        <message>
            <source>SDG 10.7.2 category label</source>
            <comment>export.column.sdg_category_label</comment>
            <translation>Etiqueta de la categoría ODS 10.7.2</translation>
        </message>
        <message>
            <source>SDG 10.7.2 value</source>
            <comment>export.column.sdg_value</comment>
            <translation>Valor ODS 10.7.2</translation>
        </message>
        <message>
            <source>Sheet</source>
            <comment>export.column.sheet</comment>
            <translation>Hoja</translation>
        </message>
        <message>
            <source>Sub-area</source>
            <comment>export.column.sub_area</comment>
            <translation>Subdominio</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <comment>export.column.time</comment>
            <translation>Hora (UTC)</translation>
        </message>
        <message>
            <source>Title</source>
            <comment>export.column.title</comment>
            <translation>Título</translation>
        </message>
        <message>
            <source>Updated (UTC)</source>
            <comment>export.column.updated</comment>
            <translation>Actualizado (UTC)</translation>
        </message>
        <message>
            <source>URL</source>
            <comment>export.column.url</comment>
            <translation>Dirección web</translation>
        </message>
        <message>
            <source>Validation</source>
            <comment>export.column.validation</comment>
            <translation>Validación</translation>
        </message>
        <message>
            <source>Value</source>
            <comment>export.column.value</comment>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Well-developed findings</source>
            <comment>export.column.well_developed_findings</comment>
            <translation>Hallazgos: bien desarrollados</translation>
        </message>
        <message>
            <source>Written (UTC)</source>
            <comment>export.column.written</comment>
            <translation>Escrito (UTC)</translation>
        </message>
        <message>
            <source>Year</source>
            <comment>export.column.year</comment>
            <translation>Año</translation>
        </message>
        <message>
            <source>Yes</source>
            <comment>export.column.yes</comment>
            <translation>Sí</translation>
        </message>
        <message>
            <source>this sheet: the inputs, the filters, what each sheet holds, what the columns mean</source>
            <comment>export.consolidate.about_about</comment>
            <translation>esta hoja: las entradas, los filtros, lo que contiene cada hoja, el significado de las columnas</translation>
        </message>
        <message>
            <source>All compl. %</source>
            <comment>export.consolidate.all_completion</comment>
            <translation>Todos: avance %</translation>
        </message>
        <message>
            <source>All no</source>
            <comment>export.consolidate.all_no</comment>
            <translation>Todos: no</translation>
        </message>
        <message>
            <source>All partially</source>
            <comment>export.consolidate.all_partially</comment>
            <translation>Todos: parcialmente</translation>
        </message>
        <message>
            <source>All yes</source>
            <comment>export.consolidate.all_yes</comment>
            <translation>Todos: sí</translation>
        </message>
        <message>
            <source>Answer rows</source>
            <comment>export.consolidate.answer_rows</comment>
            <translation>Filas de respuestas</translation>
        </message>
        <message>
            <source>Archived</source>
            <comment>export.consolidate.archived</comment>
            <translation>Archivada</translation>
        </message>
        <message>
            <source>TRUE when the assessment is archived in the database it came from</source>
            <comment>export.consolidate.archived_about</comment>
            <translation>TRUE cuando la evaluación está archivada en la base de datos de la que procede</translation>
        </message>
        <message>
            <source>excluded</source>
            <comment>export.consolidate.archived_excluded</comment>
            <translation>excluidas</translation>
        </message>
        <message>
            <source>included</source>
            <comment>export.consolidate.archived_included</comment>
            <translation>incluidas</translation>
        </message>
        <message>
            <source>Assessment title</source>
            <comment>export.consolidate.assessment_title</comment>
            <translation>Título de la evaluación</translation>
        </message>
        <message>
            <source>Assessments</source>
            <comment>export.consolidate.assessments</comment>
            <translation>Evaluaciones</translation>
        </message>
        <message>
            <source>well_developed or potential (area with potential for further development)</source>
            <comment>export.consolidate.category_about</comment>
            <translation>well_developed o potential (área con potencial de mayor desarrollo)</translation>
        </message>
        <message>
            <source>Column: {header}</source>
            <comment>export.consolidate.column_line</comment>
            <translation>Columna: {header}</translation>
        </message>
        <message>
            <source>a row per assessment, the domains across: counts of yes, partially and no answers and the completion per domain</source>
            <comment>export.consolidate.countries_about</comment>
            <translation>una fila por evaluación, los dominios en columnas: número de respuestas sí, parcialmente y no y avance por dominio</translation>
        </message>
        <message>
            <source>ISO 3166-1 alpha-3</source>
            <comment>export.consolidate.country_about</comment>
            <translation>ISO 3166-1 alfa-3</translation>
        </message>
        <message>
            <source>Answers per assessment, all domains</source>
            <comment>export.consolidate.country_chart_title</comment>
            <translation>Respuestas por evaluación, todos los dominios</translation>
        </message>
        <message>
            <source>CSV files</source>
            <comment>export.consolidate.csv_files</comment>
            <translation>Archivos CSV</translation>
        </message>
        <message>
            <source>D{domain} compl. %</source>
            <comment>export.consolidate.d_completion</comment>
            <translation>D{domain} avance %</translation>
        </message>
        <message>
            <source>answered / relevant x 100 in domain {domain}; indicative, not an official MGI score</source>
            <comment>export.consolidate.d_completion_about</comment>
            <translation>respondidas / pertinentes x 100 en el dominio {domain}; indicativo, no una puntuación oficial de los IGM</translation>
        </message>
        <message>
            <source>D{domain} no</source>
            <comment>export.consolidate.d_no</comment>
            <translation>D{domain} no</translation>
        </message>
        <message>
            <source>relevant questions of domain {domain} answered 'no'</source>
            <comment>export.consolidate.d_no_about</comment>
            <translation>preguntas pertinentes del dominio {domain} respondidas «no»</translation>
        </message>
        <message>
            <source>D{domain} partially</source>
            <comment>export.consolidate.d_partially</comment>
            <translation>D{domain} parcialmente</translation>
        </message>
        <message>
            <source>relevant questions of domain {domain} answered 'partially'</source>
            <comment>export.consolidate.d_partially_about</comment>
            <translation>preguntas pertinentes del dominio {domain} respondidas «parcialmente»</translation>
        </message>
        <message>
            <source>D{domain} yes</source>
            <comment>export.consolidate.d_yes</comment>
            <translation>D{domain} sí</translation>
        </message>
        <message>
            <source>relevant questions of domain {domain} answered 'yes'</source>
            <comment>export.consolidate.d_yes_about</comment>
            <translation>preguntas pertinentes del dominio {domain} respondidas «sí»</translation>
        </message>
        <message>
            <source>D{domain}</source>
            <comment>export.consolidate.domain_line</comment>
            <translation>D{domain}</translation>
        </message>
        <message>
            <source>a row per assessment and domain (and one for all domains): counts of answers, completion, findings; the CSV file leaves out the all-domains rows</source>
            <comment>export.consolidate.domains_about</comment>
            <translation>una fila por evaluación y dominio (y una para todos los dominios): número de respuestas, avance, hallazgos; el archivo CSV omite las filas de todos los dominios</translation>
        </message>
        <message>
            <source>an assessment found in several inputs (same id) is counted once: the copy with the latest revision is used, the others are listed in the Duplicates sheet</source>
            <comment>export.consolidate.duplicates_about</comment>
            <translation>una evaluación que figura en varias entradas (mismo identificador) se cuenta una sola vez: se usa la copia con la revisión más reciente y las demás se enumeran en la hoja Duplicados</translation>
        </message>
        <message>
            <source>a row per evidence item: kind, title, reference, year, address</source>
            <comment>export.consolidate.evidence_about</comment>
            <translation>una fila por prueba: tipo, título, referencia, año, dirección</translation>
        </message>
        <message>
            <source>Excluded by the filters</source>
            <comment>export.consolidate.excluded</comment>
            <translation>Excluidas por los filtros</translation>
        </message>
        <message>
            <source>each filter's count is what it leaves out on its own (an archived draft counts under both); the total counts each assessment once, after duplicates are set aside</source>
            <comment>export.consolidate.excluded_about</comment>
            <translation>el número de cada filtro es lo que excluye por sí solo (un borrador archivado cuenta en ambos); el total cuenta cada evaluación una vez, una vez apartados los duplicados</translation>
        </message>
        <message>
            <source>Excluded as archived</source>
            <comment>export.consolidate.excluded_as_archived</comment>
            <translation>Excluidas por estar archivadas</translation>
        </message>
        <message>
            <source>Excluded by status</source>
            <comment>export.consolidate.excluded_by_status</comment>
            <translation>Excluidas por el estado</translation>
        </message>
        <message>
            <source>Filter: archived assessments</source>
            <comment>export.consolidate.filter_archived</comment>
            <translation>Filtro: evaluaciones archivadas</translation>
        </message>
        <message>
            <source>Filter: statuses included</source>
            <comment>export.consolidate.filter_statuses</comment>
            <translation>Filtro: estados incluidos</translation>
        </message>
        <message>
            <source>a row per finding, by assessment and domain, well-developed first, in the profile's order</source>
            <comment>export.consolidate.findings_about</comment>
            <translation>una fila por hallazgo, por evaluación y dominio, primero las áreas bien desarrolladas, en el orden del perfil</translation>
        </message>
        <message>
            <source>Assessments found</source>
            <comment>export.consolidate.found</comment>
            <translation>Evaluaciones encontradas</translation>
        </message>
        <message>
            <source>Input</source>
            <comment>export.consolidate.input</comment>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>a row per input file: assessments found, used, left out as duplicates or by the filters</source>
            <comment>export.consolidate.inputs_about</comment>
            <translation>una fila por archivo de entrada: evaluaciones encontradas, utilizadas, apartadas como duplicados o por los filtros</translation>
        </message>
        <message>
            <source>a row per answer with a justification, its full text</source>
            <comment>export.consolidate.justifications_about</comment>
            <translation>una fila por respuesta con justificación, con su texto completo</translation>
        </message>
        <message>
            <source>Kept from</source>
            <comment>export.consolidate.kept_from</comment>
            <translation>Conservada de</translation>
        </message>
        <message>
            <source>Kept revision</source>
            <comment>export.consolidate.kept_revision</comment>
            <translation>Revisión conservada</translation>
        </message>
        <message>
            <source>law, regulation, policy, plan, agreement, report, website, interview or other</source>
            <comment>export.consolidate.kind_about</comment>
            <translation>law, regulation, policy, plan, agreement, report, website, interview u other</translation>
        </message>
        <message>
            <source>national or local</source>
            <comment>export.consolidate.level_about</comment>
            <translation>national o local</translation>
        </message>
        <message>
            <source>Linked questions</source>
            <comment>export.consolidate.linked</comment>
            <translation>Preguntas vinculadas</translation>
        </message>
        <message>
            <source>the question codes the finding is linked to, separated by ';'</source>
            <comment>export.consolidate.linked_about</comment>
            <translation>los códigos de las preguntas vinculadas al hallazgo, separados por «;»</translation>
        </message>
        <message>
            <source>a row per assessment and question: the answer code and label, its review status</source>
            <comment>export.consolidate.long_about</comment>
            <translation>una fila por evaluación y pregunta: código y etiqueta de la respuesta, estado de revisión</translation>
        </message>
        <message>
            <source>a row per assessment, a column per question code; cells hold the answer codes</source>
            <comment>export.consolidate.matrix_about</comment>
            <translation>una fila por evaluación, una columna por código de pregunta; las celdas contienen los códigos de respuesta</translation>
        </message>
        <message>
            <source>Duplicates not used</source>
            <comment>export.consolidate.not_used</comment>
            <translation>Duplicados no utilizados</translation>
        </message>
        <message>
            <source>Not used from</source>
            <comment>export.consolidate.not_used_from</comment>
            <translation>No utilizada de</translation>
        </message>
        <message>
            <source>Not used revision</source>
            <comment>export.consolidate.not_used_revision</comment>
            <translation>Revisión no utilizada</translation>
        </message>
        <message>
            <source>Official name</source>
            <comment>export.consolidate.official_name</comment>
            <translation>Nombre oficial</translation>
        </message>
        <message>
            <source>the country's name as its profile prints it when set (Profile details), else its official name (ISO 3166, in English)</source>
            <comment>export.consolidate.official_name_about</comment>
            <translation>el nombre del país tal como lo imprime su perfil si está definido (Detalles del perfil), si no su nombre oficial (ISO 3166, en inglés)</translation>
        </message>
        <message>
            <source>Tables of the consolidated Migration Governance Indicators assessments, one CSV file per table, joined on assessment_id. Text that starts with = + - @, a tab or a carriage return is written with a leading apostrophe (') so that spreadsheets do not run it as a formula; remove it when reading if needed.</source>
            <comment>export.consolidate.package_about</comment>
            <translation>Tablas de las evaluaciones consolidadas de los Indicadores de Gobernanza de la Migración, un archivo CSV por tabla, unidas por assessment_id. El texto que empieza por = + - @, un tabulador o un retorno de carro se escribe precedido de un apóstrofo (') para que las hojas de cálculo no lo ejecuten como fórmula; quítelo al leer si hace falta.</translation>
        </message>
        <message>
            <source>MGI consolidated assessments</source>
            <comment>export.consolidate.package_title</comment>
            <translation>Evaluaciones IGM consolidadas</translation>
        </message>
        <message>
            <source>Percentages</source>
            <comment>export.consolidate.percentages</comment>
            <translation>Porcentajes</translation>
        </message>
        <message>
            <source>completion percentages are an indicative completion measure, not an official MGI score</source>
            <comment>export.consolidate.percentages_about</comment>
            <translation>los porcentajes de avance son una medida indicativa del grado de avance, no una puntuación oficial de los IGM</translation>
        </message>
        <message>
            <source>Country summary</source>
            <comment>export.consolidate.sheet_countries</comment>
            <translation>Resumen por país</translation>
        </message>
        <message>
            <source>Domain summary</source>
            <comment>export.consolidate.sheet_domains</comment>
            <translation>Resumen por dominio</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <comment>export.consolidate.sheet_duplicates</comment>
            <translation>Duplicados</translation>
        </message>
        <message>
            <source>Evidence</source>
            <comment>export.consolidate.sheet_evidence</comment>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Findings</source>
            <comment>export.consolidate.sheet_findings</comment>
            <translation>Hallazgos</translation>
        </message>
        <message>
            <source>Inputs</source>
            <comment>export.consolidate.sheet_inputs</comment>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Justifications</source>
            <comment>export.consolidate.sheet_justifications</comment>
            <translation>Justificaciones</translation>
        </message>
        <message>
            <source>Sheet: {sheet}</source>
            <comment>export.consolidate.sheet_line</comment>
            <translation>Hoja: {sheet}</translation>
        </message>
        <message>
            <source>Answers (long)</source>
            <comment>export.consolidate.sheet_long</comment>
            <translation>Respuestas (formato largo)</translation>
        </message>
        <message>
            <source>Matrix (wide)</source>
            <comment>export.consolidate.sheet_matrix</comment>
            <translation>Matriz (formato ancho)</translation>
        </message>
        <message>
            <source>Domain totals</source>
            <comment>export.consolidate.sheet_totals</comment>
            <translation>Totales por dominio</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>export.consolidate.status</comment>
            <translation>Estado</translation>
        </message>
        <message>
            <source>the assessment's status: draft, submitted, in_review, returned, resubmitted, validated or approved</source>
            <comment>export.consolidate.status_about</comment>
            <translation>el estado de la evaluación: draft, submitted, in_review, returned, resubmitted, validated o approved</translation>
        </message>
        <message>
            <source>a row per domain: the answers of every assessment consolidated, added up</source>
            <comment>export.consolidate.totals_about</comment>
            <translation>una fila por dominio: las respuestas de todas las evaluaciones consolidadas, sumadas</translation>
        </message>
        <message>
            <source>the address as typed, plain text (never a live link)</source>
            <comment>export.consolidate.url_about</comment>
            <translation>la dirección tal como se escribió, en texto sin formato (nunca un enlace activo)</translation>
        </message>
        <message>
            <source>Assessments used</source>
            <comment>export.consolidate.used</comment>
            <translation>Evaluaciones utilizadas</translation>
        </message>
        <message>
            <source>what the validation is worth, checked against the keys trusted by whoever consolidated: 'signed' only when a reviewer key they trust signed it, it is not the focal point's own key, the signature verifies and the answers are those it signed (the codes are listed below)</source>
            <comment>export.consolidate.validation_about</comment>
            <translation>lo que vale la validación, comprobada con las claves en las que confía quien consolidó: 'signed' solo cuando la firmó una clave de revisor de su confianza, no es la propia clave del punto focal, la firma se verifica y las respuestas son las que se firmaron (los códigos figuran más abajo)</translation>
        </message>
        <message>
            <source>Validation details</source>
            <comment>export.consolidate.validation_details</comment>
            <translation>Detalles de la validación</translation>
        </message>
        <message>
            <source>the validation's standing in words, naming the key's holder or the key</source>
            <comment>export.consolidate.validation_details_about</comment>
            <translation>la situación de la validación en palabras, con el titular de la clave o la clave</translation>
        </message>
        <message>
            <source>Validation key</source>
            <comment>export.consolidate.validation_key</comment>
            <translation>Clave de validación</translation>
        </message>
        <message>
            <source>the fingerprint of the key that signed the validation (64 hex digits; people compare the first 20)</source>
            <comment>export.consolidate.validation_key_about</comment>
            <translation>la huella digital de la clave que firmó la validación (64 dígitos hexadecimales; se comparan los 20 primeros)</translation>
        </message>
        <message>
            <source>Validation: {mark}</source>
            <comment>export.consolidate.validation_line</comment>
            <translation>Validación: {mark}</translation>
        </message>
        <message>
            <source>Validations</source>
            <comment>export.consolidate.validations</comment>
            <translation>Validaciones</translation>
        </message>
        <message>
            <source>Validation warnings</source>
            <comment>export.consolidate.warnings</comment>
            <translation>Advertencias de validación</translation>
        </message>
        <message>
            <source>assessments used from this input that claim a validation not backed as 'signed' (see the Validation column)</source>
            <comment>export.consolidate.warnings_about</comment>
            <translation>evaluaciones utilizadas de esta entrada que declaran una validación no respaldada como 'signed' (véase la columna Validación)</translation>
        </message>
        <message>
            <source>Your answer</source>
            <comment>export.contribution.column.answer</comment>
            <translation>Su respuesta</translation>
        </message>
        <message>
            <source>Asked when</source>
            <comment>export.contribution.column.asked_when</comment>
            <translation>Se pregunta cuando</translation>
        </message>
        <message>
            <source>Code</source>
            <comment>export.contribution.column.code</comment>
            <translation>Código</translation>
        </message>
        <message>
            <source>Comment to the focal point</source>
            <comment>export.contribution.column.comment</comment>
            <translation>Comentario al punto focal</translation>
        </message>
        <message>
            <source>Answer in the assessment now</source>
            <comment>export.contribution.column.current</comment>
            <translation>Respuesta actual en la evaluación</translation>
        </message>
        <message>
            <source>Guidance</source>
            <comment>export.contribution.column.guidance</comment>
            <translation>Orientación</translation>
        </message>
        <message>
            <source>Justification</source>
            <comment>export.contribution.column.justification</comment>
            <translation>Justificación</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>export.contribution.column.kind</comment>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Question</source>
            <comment>export.contribution.column.question</comment>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Reference</source>
            <comment>export.contribution.column.reference</comment>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Title</source>
            <comment>export.contribution.column.title</comment>
            <translation>Título</translation>
        </message>
        <message>
            <source>Web address</source>
            <comment>export.contribution.column.url</comment>
            <translation>Dirección web</translation>
        </message>
        <message>
            <source>Year</source>
            <comment>export.contribution.column.year</comment>
            <translation>Año</translation>
        </message>
        <message>
            <source>Several answers: separate them with ;</source>
            <comment>export.contribution.hint.multiple</comment>
            <translation>Varias respuestas: sepárelas con ;</translation>
        </message>
        <message>
            <source>On the sheet “{answers}”, give each answer in the column “{answer}”: pick it from the drop-down list, or type it. Say why in “{justification}”, citing laws, policies or sources.</source>
            <comment>export.contribution.instructions.answer</comment>
            <translation>En la hoja «{answers}», dé cada respuesta en la columna «{answer}»: elíjala de la lista desplegable o escríbala. Explique por qué en «{justification}», citando leyes, políticas o fuentes.</translation>
        </message>
        <message>
            <source>Some questions are asked only with certain answers to others: “{asked_when}” says when. Leave a question that is not asked empty.</source>
            <comment>export.contribution.instructions.asked_when</comment>
            <translation>Algunas preguntas solo se hacen con ciertas respuestas a otras: «{asked_when}» dice cuándo. Deje vacía una pregunta que no se hace.</translation>
        </message>
        <message>
            <source>Please return it by {due}.</source>
            <comment>export.contribution.instructions.due</comment>
            <translation>Devuélvalo a más tardar el {due}.</translation>
        </message>
        <message>
            <source>An empty cell changes nothing: the assessment keeps what it holds.</source>
            <comment>export.contribution.instructions.empty</comment>
            <translation>Una celda vacía no cambia nada: la evaluación conserva lo que tiene.</translation>
        </message>
        <message>
            <source>On the sheet “{evidence}”, add one row per source: the question's code, its kind, title, reference, year and web address. Add as many rows as you need.</source>
            <comment>export.contribution.instructions.evidence</comment>
            <translation>En la hoja «{evidence}», añada una fila por fuente: el código de la pregunta, el tipo, el título, la referencia, el año y la dirección web. Añada tantas filas como necesite.</translation>
        </message>
        <message>
            <source>This workbook holds the questions of the assessment “{title}” given to {contributor}.</source>
            <comment>export.contribution.instructions.intro</comment>
            <translation>Este libro contiene las preguntas de la evaluación «{title}» asignadas a {contributor}.</translation>
        </message>
        <message>
            <source>Where several answers may be chosen, write them in one cell separated by semicolons (;).</source>
            <comment>export.contribution.instructions.multiple</comment>
            <translation>Cuando se puedan elegir varias respuestas, escríbalas en una celda separadas por punto y coma (;).</translation>
        </message>
        <message>
            <source>Codes and questions are protected without a password so they are not changed by mistake; you may sort, filter, format and add columns. Do not rename the sheets or their column headers.</source>
            <comment>export.contribution.instructions.protection</comment>
            <translation>Los códigos y las preguntas están protegidos sin contraseña para que no se cambien por error; puede ordenar, filtrar, dar formato y añadir columnas. No cambie el nombre de las hojas ni de sus encabezados de columna.</translation>
        </message>
        <message>
            <source>Save the workbook as .xlsx (Excel or LibreOffice) and send it back to the focal point, {focal_point}.</source>
            <comment>export.contribution.instructions.return</comment>
            <translation>Guarde el libro como .xlsx (Excel o LibreOffice) y devuélvalo al punto focal, {focal_point}.</translation>
        </message>
        <message>
            <source>Answers</source>
            <comment>export.contribution.sheet.answers</comment>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Evidence</source>
            <comment>export.contribution.sheet.evidence</comment>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>Instructions</source>
            <comment>export.contribution.sheet.instructions</comment>
            <translation>Instrucciones</translation>
        </message>
        <message>
            <source>indicative completion measure, not an official MGI score</source>
            <comment>export.indicative</comment>
            <translation>medida indicativa del grado de avance, no una puntuación oficial de los IGM</translation>
        </message>
        <message>
            <source>Migration Governance Indicators</source>
            <comment>export.mgi</comment>
            <translation>Indicadores de Gobernanza de la Migración</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <comment>export.print.page</comment>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>About the Migration Governance Indicators</source>
            <comment>export.profile.about</comment>
            <translation>Acerca de los Indicadores de Gobernanza de la Migración</translation>
        </message>
        <message>
            <source>The Local MGI adapt the indicators to cities, municipalities and provinces, within the competences of local authorities.</source>
            <comment>export.profile.about_local_text</comment>
            <translation>Los IGM a nivel local adaptan los indicadores a ciudades, municipios y provincias, dentro de las competencias de las autoridades locales.</translation>
        </message>
        <message>
            <source>The Migration Governance Indicators (MGI) are a policy-benchmarking tool led by the International Organization for Migration (IOM). They help governments take stock of their migration governance structures. The MGI look at policy and institutional frameworks: the laws, policies, strategies and institutions that are in place, not how they are implemented in practice or what results they achieve. The MGI are not a ranking: they show well-developed areas and areas with potential for further development, to support a dialogue on migration governance and on progress towards target 10.7 of the Sustainable Development Goals.</source>
            <comment>export.profile.about_text</comment>
            <translation>Los Indicadores de Gobernanza de la Migración (IGM) son una herramienta de análisis comparativo de políticas dirigida por la Organización Internacional para las Migraciones (OIM). Ayudan a los gobiernos a hacer balance de sus estructuras de gobernanza de la migración. Los IGM examinan los marcos normativos e institucionales: las leyes, políticas, estrategias e instituciones existentes, no su aplicación en la práctica ni los resultados que logran. Los IGM no son una clasificación: muestran las áreas bien desarrolladas y las áreas con potencial de desarrollo adicional, para apoyar el diálogo sobre la gobernanza de la migración y sobre los avances hacia la meta 10.7 de los Objetivos de Desarrollo Sostenible.</translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed since the previous round (the previous answer, then the answer now):</source>
            <comment>export.profile.changed</comment>
            <translation>
                <numerusform>%n respuesta ha cambiado desde la ronda anterior (la respuesta anterior y, después, la actual):</numerusform>
                <numerusform>%n respuestas han cambiado desde la ronda anterior (la respuesta anterior y, después, la actual):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed since round {round} (the previous answer, then the answer now):</source>
            <comment>export.profile.changed_since</comment>
            <translation>
                <numerusform>%n respuesta ha cambiado desde la ronda {round} (la respuesta anterior y, después, la actual):</numerusform>
                <numerusform>%n respuestas han cambiado desde la ronda {round} (la respuesta anterior y, después, la actual):</numerusform>
            </translation>
        </message>
        <message>
            <source>Developments since the previous round</source>
            <comment>export.profile.developments</comment>
            <translation>Cambios desde la ronda anterior</translation>
        </message>
        <message>
            <source>Domain {n}: {title}</source>
            <comment>export.profile.domain</comment>
            <translation>Dominio {n}: {title}</translation>
        </message>
        <message>
            <source>DRAFT — not validated</source>
            <comment>export.profile.draft_mark</comment>
            <translation>BORRADOR — no validado</translation>
        </message>
        <message>
            <source>Fifth Profile</source>
            <comment>export.profile.fifth</comment>
            <translation>Quinto perfil</translation>
        </message>
        <message>
            <source>First Profile</source>
            <comment>export.profile.first</comment>
            <translation>Primer perfil</translation>
        </message>
        <message>
            <source>Fourth Profile</source>
            <comment>export.profile.fourth</comment>
            <translation>Cuarto perfil</translation>
        </message>
        <message>
            <source>{title}, version {version}</source>
            <comment>export.profile.framework</comment>
            <translation>{title}, versión {version}</translation>
        </message>
        <message>
            <source>Interview: {citation}</source>
            <comment>export.profile.interview</comment>
            <translation>Entrevista: {citation}</translation>
        </message>
        <message>
            <source>Introduction</source>
            <comment>export.profile.introduction</comment>
            <translation>Introducción</translation>
        </message>
        <message>
            <source>No findings have been recorded for this domain yet.</source>
            <comment>export.profile.no_findings</comment>
            <translation>Todavía no se ha registrado ninguna conclusión para este ámbito.</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <comment>export.profile.none_recorded</comment>
            <translation>No se ha registrado nada.</translation>
        </message>
        <message>
            <source>not answered</source>
            <comment>export.profile.not_answered</comment>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <source>Now</source>
            <comment>export.profile.now_column</comment>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <comment>export.profile.page_of</comment>
            <translation>Página {n} de {total}</translation>
        </message>
        <message>
            <source>{place} — round {n}</source>
            <comment>export.profile.place_round</comment>
            <translation>{place} — ronda {n}</translation>
        </message>
        <message>
            <source>Areas with potential for further development</source>
            <comment>export.profile.potential</comment>
            <translation>Áreas con potencial de desarrollo adicional</translation>
        </message>
        <message>
            <source>Previous round</source>
            <comment>export.profile.previous_column</comment>
            <translation>Ronda anterior</translation>
        </message>
        <message>
            <source>The previous round is not in this database, so the answers cannot be compared here.</source>
            <comment>export.profile.previous_missing</comment>
            <translation>La ronda anterior no está en esta base de datos, por lo que las respuestas no pueden compararse aquí.</translation>
        </message>
        <message>
            <source>Questionnaire: {framework}</source>
            <comment>export.profile.questionnaire</comment>
            <translation>Cuestionario: {framework}</translation>
        </message>
        <message>
            <source>Round {round}</source>
            <comment>export.profile.round_column</comment>
            <translation>Ronda {round}</translation>
        </message>
        <message>
            <source>Profile, round {n}</source>
            <comment>export.profile.round_n</comment>
            <translation>Perfil, ronda {n}</translation>
        </message>
        <message>
            <source>Second Profile</source>
            <comment>export.profile.second</comment>
            <translation>Segundo perfil</translation>
        </message>
        <message>
            <source>The six domains</source>
            <comment>export.profile.six_domains</comment>
            <translation>Los seis dominios</translation>
        </message>
        <message>
            <source>Sixth Profile</source>
            <comment>export.profile.sixth</comment>
            <translation>Sexto perfil</translation>
        </message>
        <message>
            <source>Annex: key sources</source>
            <comment>export.profile.sources</comment>
            <translation>Anexo: fuentes principales</translation>
        </message>
        <message>
            <source>National MGI · {round} · {date}</source>
            <comment>export.profile.subtitle</comment>
            <translation>IGM nacionales · {round} · {date}</translation>
        </message>
        <message>
            <source>Local MGI · {round} · {date}</source>
            <comment>export.profile.subtitle_local</comment>
            <translation>IGM a nivel local · {round} · {date}</translation>
        </message>
        <message>
            <source>Text</source>
            <comment>export.profile.text_column</comment>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Third Profile</source>
            <comment>export.profile.third</comment>
            <translation>Tercer perfil</translation>
        </message>
        <message>
            <source>Migration Governance Profile: {place}</source>
            <comment>export.profile.title</comment>
            <translation>Perfil de gobernanza de la migración: {place}</translation>
        </message>
        <message>
            <source>Migration Governance Local Profile: {place}</source>
            <comment>export.profile.title_local</comment>
            <translation>Perfil local de gobernanza de la migración: {place}</translation>
        </message>
        <message>
            <source>No answer changed since the previous round.</source>
            <comment>export.profile.unchanged</comment>
            <translation>Ninguna respuesta ha cambiado desde la ronda anterior.</translation>
        </message>
        <message>
            <source>No answer changed since round {round}.</source>
            <comment>export.profile.unchanged_since</comment>
            <translation>Ninguna respuesta ha cambiado desde la ronda {round}.</translation>
        </message>
        <message>
            <source>Validation: {validation}</source>
            <comment>export.profile.validation</comment>
            <translation>Validación: {validation}</translation>
        </message>
        <message>
            <source>Migration governance: examples of well-developed areas</source>
            <comment>export.profile.well_developed</comment>
            <translation>Gobernanza de la migración: ejemplos de áreas bien desarrolladas</translation>
        </message>
        <message>
            <source>MGI</source>
            <comment>export.profile.wheel_centre</comment>
            <translation>IGM</translation>
        </message>
        <message>
            <source>The six domains of the Migration Governance Indicators</source>
            <comment>export.profile.wheel_title</comment>
            <translation>Los seis dominios de los Indicadores de Gobernanza de la Migración</translation>
        </message>
        <message>
            <source>Answer (later round)</source>
            <comment>export.rounds.answer_after</comment>
            <translation>Respuesta (ronda posterior)</translation>
        </message>
        <message>
            <source>Answer (earlier round)</source>
            <comment>export.rounds.answer_before</comment>
            <translation>Respuesta (ronda anterior)</translation>
        </message>
        <message>
            <source>Answer changed</source>
            <comment>export.rounds.answer_changed</comment>
            <translation>Respuesta modificada</translation>
        </message>
        <message>
            <source>Changed</source>
            <comment>export.rounds.changed</comment>
            <translation>Modificada</translation>
        </message>
        <message>
            <source>Question code (later round)</source>
            <comment>export.rounds.code_after</comment>
            <translation>Código de la pregunta (ronda posterior)</translation>
        </message>
        <message>
            <source>Question code (earlier round)</source>
            <comment>export.rounds.code_before</comment>
            <translation>Código de la pregunta (ronda anterior)</translation>
        </message>
        <message>
            <source>Earlier round</source>
            <comment>export.rounds.earlier</comment>
            <translation>Ronda anterior</translation>
        </message>
        <message>
            <source>Earlier questionnaire</source>
            <comment>export.rounds.earlier_questionnaire</comment>
            <translation>Cuestionario anterior</translation>
        </message>
        <message>
            <source>Evidence added</source>
            <comment>export.rounds.evidence_added</comment>
            <translation>Pruebas añadidas</translation>
        </message>
        <message>
            <source>Evidence removed</source>
            <comment>export.rounds.evidence_removed</comment>
            <translation>Pruebas eliminadas</translation>
        </message>
        <message>
            <source>Justification (later round)</source>
            <comment>export.rounds.justification_after</comment>
            <translation>Justificación (ronda posterior)</translation>
        </message>
        <message>
            <source>Justification (earlier round)</source>
            <comment>export.rounds.justification_before</comment>
            <translation>Justificación (ronda anterior)</translation>
        </message>
        <message>
            <source>Justification changed</source>
            <comment>export.rounds.justification_changed</comment>
            <translation>Justificación modificada</translation>
        </message>
        <message>
            <source>Later round</source>
            <comment>export.rounds.later</comment>
            <translation>Ronda posterior</translation>
        </message>
        <message>
            <source>Later questionnaire</source>
            <comment>export.rounds.later_questionnaire</comment>
            <translation>Cuestionario posterior</translation>
        </message>
        <message>
            <source>Questions changed</source>
            <comment>export.rounds.questions_changed</comment>
            <translation>Preguntas modificadas</translation>
        </message>
        <message>
            <source>Reworded</source>
            <comment>export.rounds.reworded</comment>
            <translation>Reformulada</translation>
        </message>
        <message>
            <source>Round {before} vs {after}</source>
            <comment>export.rounds.sheet</comment>
            <translation>Rondas {before} y {after}</translation>
        </message>
        <message>
            <source>Split</source>
            <comment>export.rounds.split</comment>
            <translation>Dividida</translation>
        </message>
        <message>
            <source>Still carried over</source>
            <comment>export.rounds.still_carried_over</comment>
            <translation>Aún trasladada</translation>
        </message>
        <message numerus="yes">
            <source>{changed} of %n questions changed (highlighted).</source>
            <comment>export.rounds.summary</comment>
            <translation>
                <numerusform>Preguntas modificadas: {changed} de %n (resaltadas).</numerusform>
                <numerusform>Preguntas modificadas: {changed} de %n (resaltadas).</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} — rounds {before} and {after} compared</source>
            <comment>export.rounds.title</comment>
            <translation>{title} — comparación de las rondas {before} y {after}</translation>
        </message>
        <message>
            <source>Round {round} validation</source>
            <comment>export.rounds.validation</comment>
            <translation>Validación de la ronda {round}</translation>
        </message>
        <message>
            <source>Categories</source>
            <comment>export.sdg.about_categories</comment>
            <translation>Categorías</translation>
        </message>
        <message>
            <source>below 40: 1; 40 to below 80: 2; 80 to below 100: 3; 100: 4 (UN SDG metadata, DATA_COMP)</source>
            <comment>export.sdg.about_categories_text</comment>
            <translation>menos de 40: 1; de 40 a menos de 80: 2; de 80 a menos de 100: 3; 100: 4 (metadatos de los ODS de las Naciones Unidas, DATA_COMP)</translation>
        </message>
        <message>
            <source>Layout</source>
            <comment>export.sdg.about_layout</comment>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Module III of the UN Inquiry among Governments on Population and Development: one question per domain, sub-categories a to e</source>
            <comment>export.sdg.about_layout_text</comment>
            <translation>Módulo III de la Encuesta de las Naciones Unidas a los Gobiernos sobre Población y Desarrollo: una pregunta por ámbito, subcategorías a a e</translation>
        </message>
        <message>
            <source>Texts</source>
            <comment>export.sdg.about_texts</comment>
            <translation>Textos</translation>
        </message>
        <message>
            <source>the questions, sub-categories and answer options of the UN SDG metadata for indicator 10.7.2 (STAT_CONC_DEF, DATA_COMP), word for word in English; other languages are MGI Desktop's draft translations</source>
            <comment>export.sdg.about_texts_text</comment>
            <translation>las preguntas, subcategorías y opciones de respuesta de los metadatos de los ODS de las Naciones Unidas para el indicador 10.7.2 (STAT_CONC_DEF, DATA_COMP), palabra por palabra en inglés; los demás idiomas son traducciones provisionales de MGI Desktop</translation>
        </message>
        <message>
            <source>All</source>
            <comment>export.sdg.all</comment>
            <translation>Total</translation>
        </message>
        <message>
            <source>All six domains (30 sub-categories)</source>
            <comment>export.sdg.all_domains</comment>
            <translation>Los seis ámbitos (30 subcategorías)</translation>
        </message>
        <message>
            <source>Answer to transcribe</source>
            <comment>export.sdg.column_answer</comment>
            <translation>Respuesta que transcribir</translation>
        </message>
        <message>
            <source>the answer option of the UN questionnaire to tick</source>
            <comment>export.sdg.column_answer_about</comment>
            <translation>la opción de respuesta que marcar en el cuestionario de las Naciones Unidas</translation>
        </message>
        <message>
            <source>Coded value</source>
            <comment>export.sdg.column_coded</comment>
            <translation>Valor codificado</translation>
        </message>
        <message>
            <source>1, 0.5 or 0 as the UN metadata codes the answer (DATA_COMP); empty when not answered</source>
            <comment>export.sdg.column_coded_about</comment>
            <translation>1, 0,5 o 0, según la codificación de la respuesta en los metadatos de las Naciones Unidas (DATA_COMP); vacío si no hay respuesta</translation>
        </message>
        <message>
            <source>Policy measure</source>
            <comment>export.sdg.column_measure</comment>
            <translation>Medida de política</translation>
        </message>
        <message>
            <source>Question (UN Inquiry, Module III)</source>
            <comment>export.sdg.column_question</comment>
            <translation>Pregunta (Encuesta de las Naciones Unidas, módulo III)</translation>
        </message>
        <message>
            <source>Sub-category</source>
            <comment>export.sdg.column_sub_category</comment>
            <translation>Subcategoría</translation>
        </message>
        <message>
            <source>a domain has a value once its five sub-categories are answered, the overall value once all 30 are</source>
            <comment>export.sdg.completeness_aware_about</comment>
            <translation>un ámbito tiene valor cuando sus cinco subcategorías tienen respuesta, y el valor global cuando las 30 la tienen</translation>
        </message>
        <message>
            <source>Completeness-aware category</source>
            <comment>export.sdg.completeness_aware_category</comment>
            <translation>Categoría con respuestas completas</translation>
        </message>
        <message>
            <source>Completeness-aware category name</source>
            <comment>export.sdg.completeness_aware_category_label</comment>
            <translation>Nombre de la categoría (según la completitud)</translation>
        </message>
        <message>
            <source>Completeness-aware value (MGI Desktop)</source>
            <comment>export.sdg.completeness_aware_value</comment>
            <translation>Valor con respuestas completas (MGI Desktop)</translation>
        </message>
        <message>
            <source>Fully meets</source>
            <comment>export.sdg.fully_meets</comment>
            <translation>Cumple plenamente</translation>
        </message>
        <message>
            <source>Meets</source>
            <comment>export.sdg.meets</comment>
            <translation>Cumple</translation>
        </message>
        <message>
            <source>Not answered: answer it first, or the UN counts it as 0 (missing value)</source>
            <comment>export.sdg.not_answered</comment>
            <translation>Sin respuesta: respóndala primero; si no, las Naciones Unidas la cuentan como 0 (valor faltante)</translation>
        </message>
        <message>
            <source>{title} is not an SDG 10.7.2 assessment: its questionnaire ({framework}) is not scored as SDG indicator 10.7.2</source>
            <comment>export.sdg.not_sdg</comment>
            <translation>{title} no es una evaluación del ODS 10.7.2: su cuestionario ({framework}) no se puntúa según el indicador 10.7.2 de los ODS</translation>
        </message>
        <message>
            <source>the UN SDG metadata's method: a missing sub-category counts as 0 (IMPUTATION); the value the UN publishes</source>
            <comment>export.sdg.official_about</comment>
            <translation>el método de los metadatos de los ODS de las Naciones Unidas: una subcategoría faltante cuenta como 0 (IMPUTATION); el valor que publican las Naciones Unidas</translation>
        </message>
        <message>
            <source>Official-method category</source>
            <comment>export.sdg.official_category</comment>
            <translation>Categoría según el método oficial</translation>
        </message>
        <message>
            <source>Official-method category name</source>
            <comment>export.sdg.official_category_label</comment>
            <translation>Nombre de la categoría (método oficial)</translation>
        </message>
        <message>
            <source>Official-method value (missing = 0)</source>
            <comment>export.sdg.official_value</comment>
            <translation>Valor según el método oficial (faltante = 0)</translation>
        </message>
        <message>
            <source>Partially meets</source>
            <comment>export.sdg.partially_meets</comment>
            <translation>Cumple parcialmente</translation>
        </message>
        <message>
            <source>Requires further progress</source>
            <comment>export.sdg.requires_further_progress</comment>
            <translation>Requiere más avances</translation>
        </message>
        <message>
            <source>UN Inquiry Module III</source>
            <comment>export.sdg.sheet_module_iii</comment>
            <translation>Encuesta ONU módulo III</translation>
        </message>
        <message>
            <source>SDG 10.7.2 values</source>
            <comment>export.sdg.sheet_values</comment>
            <translation>Valores ODS 10.7.2</translation>
        </message>
        <message>
            <source>Unanswered sub-categories</source>
            <comment>export.sdg.unanswered</comment>
            <translation>Subcategorías sin respuesta</translation>
        </message>
        <message>
            <source>no SDG 10.7.2 layout {layout}: open-sdg, un-global or transcription</source>
            <comment>export.sdg.unknown_layout</comment>
            <translation>no hay un formato ODS 10.7.2 llamado {layout}: open-sdg, un-global o transcription</translation>
        </message>
        <message>
            <source>About</source>
            <comment>export.sheet.about</comment>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>All</source>
            <comment>export.summary.all</comment>
            <translation>Todos</translation>
        </message>
        <message>
            <source>All domains</source>
            <comment>export.summary.all_domains</comment>
            <translation>Todos los dominios</translation>
        </message>
        <message>
            <source>the stored answer: a code (see the answer codes below), codes joined by ';', a number, a date or text</source>
            <comment>export.summary.answer_code_about</comment>
            <translation>la respuesta guardada: un código (véanse los códigos de respuesta más abajo), códigos separados por ';', un número, una fecha o un texto</translation>
        </message>
        <message>
            <source>the answer as the questionnaire words it</source>
            <comment>export.summary.answer_label_about</comment>
            <translation>la respuesta tal como la formula el cuestionario</translation>
        </message>
        <message>
            <source>relevant questions with an answer</source>
            <comment>export.summary.answered_about</comment>
            <translation>preguntas pertinentes con respuesta</translation>
        </message>
        <message>
            <source>taken from the previous round, not yet confirmed</source>
            <comment>export.summary.carried_over_about</comment>
            <translation>trasladada de la ronda anterior, aún sin confirmar</translation>
        </message>
        <message>
            <source>well_developed or potential (for further development)</source>
            <comment>export.summary.category_about</comment>
            <translation>well_developed o potential (con potencial de desarrollo adicional)</translation>
        </message>
        <message>
            <source>Answers per domain</source>
            <comment>export.summary.chart_title</comment>
            <translation>Respuestas por dominio</translation>
        </message>
        <message>
            <source>question code</source>
            <comment>export.summary.code_about</comment>
            <translation>código de la pregunta</translation>
        </message>
        <message>
            <source>answered / relevant x 100; indicative completion measure, not an official MGI score</source>
            <comment>export.summary.completion_about</comment>
            <translation>respondidas / pertinentes x 100; medida indicativa del grado de avance, no una puntuación oficial de los IGM</translation>
        </message>
        <message>
            <source>ISO 3166-1 alpha-3: {code}</source>
            <comment>export.summary.country_about</comment>
            <translation>ISO 3166-1 alfa-3: {code}</translation>
        </message>
        <message>
            <source>domain number (1-6)</source>
            <comment>export.summary.domain_about</comment>
            <translation>número del dominio (1-6)</translation>
        </message>
        <message>
            <source>TRUE while the finding is a draft from the answers not yet edited</source>
            <comment>export.summary.drafted_about</comment>
            <translation>TRUE mientras el hallazgo sea un borrador generado a partir de las respuestas y aún no editado</translation>
        </message>
        <message>
            <source>Evidence kind</source>
            <comment>export.summary.evidence_kind_list</comment>
            <translation>Tipo de prueba</translation>
        </message>
        <message>
            <source>Finding category</source>
            <comment>export.summary.finding_category_list</comment>
            <translation>Categoría de hallazgo</translation>
        </message>
        <message>
            <source>Focal point</source>
            <comment>export.summary.focal_point</comment>
            <translation>Punto focal</translation>
        </message>
        <message>
            <source>national or local MGI</source>
            <comment>export.summary.level_about</comment>
            <translation>IGM nacionales o locales</translation>
        </message>
        <message>
            <source>linked question codes, ';'</source>
            <comment>export.summary.linked_about</comment>
            <translation>códigos de las preguntas vinculadas, ';'</translation>
        </message>
        <message>
            <source>Notice</source>
            <comment>export.summary.notice</comment>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>a choice code of the question; its label is in '{column}'</source>
            <comment>export.summary.other_code</comment>
            <translation>un código de opción de la pregunta; su etiqueta figura en '{column}'</translation>
        </message>
        <message>
            <source>order within its list, from 1</source>
            <comment>export.summary.position_about</comment>
            <translation>orden dentro de su lista, desde 1</translation>
        </message>
        <message>
            <source>assessment id of the round before</source>
            <comment>export.summary.previous_about</comment>
            <translation>identificador de la evaluación de la ronda anterior</translation>
        </message>
        <message>
            <source>Previous round</source>
            <comment>export.summary.previous_round</comment>
            <translation>Ronda anterior</translation>
        </message>
        <message>
            <source>questions in the questionnaire</source>
            <comment>export.summary.questions_about</comment>
            <translation>preguntas del cuestionario</translation>
        </message>
        <message>
            <source>questions that apply given the answers (skip logic)</source>
            <comment>export.summary.relevant_about</comment>
            <translation>preguntas aplicables según las respuestas (lógica de salto)</translation>
        </message>
        <message>
            <source>TRUE when the question applies given the earlier answers</source>
            <comment>export.summary.relevant_answer_about</comment>
            <translation>TRUE cuando la pregunta se aplica según las respuestas anteriores</translation>
        </message>
        <message>
            <source>see the review status codes below</source>
            <comment>export.summary.review_status_about</comment>
            <translation>véanse los códigos de estado de revisión más abajo</translation>
        </message>
        <message>
            <source>Review status</source>
            <comment>export.summary.review_status_list</comment>
            <translation>Estado de revisión</translation>
        </message>
        <message>
            <source>revision {n}</source>
            <comment>export.summary.revision</comment>
            <translation>revisión {n}</translation>
        </message>
        <message>
            <source>Scoring</source>
            <comment>export.summary.scoring</comment>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>SDG 10.7.2 category</source>
            <comment>export.summary.sdg_category_list</comment>
            <translation>Categoría ODS 10.7.2</translation>
        </message>
        <message>
            <source>SDG 10.7.2 as published in the UN metadata</source>
            <comment>export.summary.sdg_scoring</comment>
            <translation>ODS 10.7.2 según se publica en los metadatos de las Naciones Unidas</translation>
        </message>
        <message>
            <source>Questionnaire SHA-256</source>
            <comment>export.summary.sha</comment>
            <translation>SHA-256 del cuestionario</translation>
        </message>
        <message>
            <source>the exact questionnaire text answered</source>
            <comment>export.summary.sha_about</comment>
            <translation>el texto exacto del cuestionario respondido</translation>
        </message>
        <message>
            <source>Answers</source>
            <comment>export.summary.sheet_answers</comment>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Audit</source>
            <comment>export.summary.sheet_audit</comment>
            <translation>Auditoría</translation>
        </message>
        <message>
            <source>Comments</source>
            <comment>export.summary.sheet_comments</comment>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>Evidence</source>
            <comment>export.summary.sheet_evidence</comment>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Findings</source>
            <comment>export.summary.sheet_findings</comment>
            <translation>Hallazgos</translation>
        </message>
        <message>
            <source>Summary</source>
            <comment>export.summary.sheet_summary</comment>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>export.summary.status</comment>
            <translation>Estado</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n arguments, {given} given in {source}</source>
            <comment>expression.arguments</comment>
            <translation>
                <numerusform>{function}() admite %n argumento, pero recibe {given} en {source}</numerusform>
                <numerusform>{function}() admite %n argumentos, pero recibe {given} en {source}</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read expression {source}</source>
            <comment>expression.unreadable</comment>
            <translation>no se puede leer la expresión {source}</translation>
        </message>
        <message>
            <source>cannot read expression {source} at column {column}</source>
            <comment>expression.unreadable_at</comment>
            <translation>no se puede leer la expresión {source} en la columna {column}</translation>
        </message>
        <message>
            <source>cannot write the file: {reason}</source>
            <comment>file.cannot_write</comment>
            <translation>no se puede escribir el archivo: {reason}</translation>
        </message>
        <message>
            <source>cannot write in {folder}: {reason}</source>
            <comment>file.cannot_write_in</comment>
            <translation>no se puede escribir en {folder}: {reason}</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <comment>file.no_folder</comment>
            <translation>la carpeta {folder} no existe</translation>
        </message>
        <message>
            <source>nothing was written; {file} is as it was</source>
            <comment>file.nothing_written</comment>
            <translation>no se escribió nada; {file} sigue como estaba</translation>
        </message>
        <message>
            <source>{topic}: {answer}.</source>
            <comment>finding.draft_answer</comment>
            <translation>{topic}: {answer}.</translation>
        </message>
        <message>
            <source>{topic}: in place.</source>
            <comment>finding.draft_in_place</comment>
            <translation>{topic}: existe.</translation>
        </message>
        <message>
            <source>{topic}: not in place.</source>
            <comment>finding.draft_not_in_place</comment>
            <translation>{topic}: no existe.</translation>
        </message>
        <message>
            <source>{topic}: only partly in place.</source>
            <comment>finding.draft_partly</comment>
            <translation>{topic}: existe solo en parte.</translation>
        </message>
        <message>
            <source>findings of different assessments cannot be merged</source>
            <comment>finding.merge_across</comment>
            <translation>no se pueden fusionar constataciones de evaluaciones diferentes</translation>
        </message>
        <message>
            <source>merging needs two or more different findings</source>
            <comment>finding.merge_needs_two</comment>
            <translation>una fusión requiere al menos dos constataciones diferentes</translation>
        </message>
        <message>
            <source>a finding needs some text</source>
            <comment>finding.needs_text</comment>
            <translation>una constatación debe contener texto</translation>
        </message>
        <message>
            <source>no domain {number} in {framework} {version}</source>
            <comment>finding.no_domain</comment>
            <translation>no existe la dimensión {number} en {framework} {version}</translation>
        </message>
        <message>
            <source>no domain {number} in {framework} {version} (domains: {numbers})</source>
            <comment>finding.no_domain_of</comment>
            <translation>no existe la dimensión {number} en {framework} {version} (dimensiones: {numbers})</translation>
        </message>
        <message>
            <source>{value} is not a finding category (well-developed or potential)</source>
            <comment>finding.not_a_category</comment>
            <translation>{value} no es una categoría de constatación (bien desarrollada o con potencial)</translation>
        </message>
        <message>
            <source>no finding {id}</source>
            <comment>finding.not_found</comment>
            <translation>no existe la constatación {id}</translation>
        </message>
        <message>
            <source>the new order must list each finding of domain {domain} ({category}) exactly once</source>
            <comment>finding.order_incomplete</comment>
            <translation>el nuevo orden debe incluir cada constatación de la dimensión {domain} ({category}) exactamente una vez</translation>
        </message>
        <message>
            <source>a finding is at most {limit} characters (this one has {size}); split it into several findings</source>
            <comment>finding.too_long</comment>
            <translation>una constatación tiene como máximo {limit} caracteres (esta tiene {size}); divídala en varias constataciones</translation>
        </message>
        <message>
            <source>the questionnaire {sha} is missing from {database}</source>
            <comment>frameworks.missing</comment>
            <translation>falta el cuestionario {sha} en {database}</translation>
        </message>
        <message>
            <source>your signing key file is damaged ({detail}); it was left as it is. Restore it from a copy, or move it away to make a new key (the people you exchange with must then accept the new key by comparing its fingerprint)</source>
            <comment>identity.damaged</comment>
            <translation>su archivo de clave de firma está dañado ({detail}); se ha dejado tal como está. Restáurelo a partir de una copia, o muévalo a otro lugar para crear una nueva clave (las personas con las que intercambia deberán entonces aceptar la nueva clave comparando su huella digital)</translation>
        </message>
        <message>
            <source>cannot read your signing key file: {reason}</source>
            <comment>identity.unreadable</comment>
            <translation>no se puede leer su archivo de clave de firma: {reason}</translation>
        </message>
        <message>
            <source>the key list's signature does not verify: it was altered or damaged</source>
            <comment>keyfile.bad_list_signature</comment>
            <translation>la firma de la lista de claves no es válida: se alteró o está dañada</translation>
        </message>
        <message>
            <source>the key file's signature does not verify: it was altered or damaged</source>
            <comment>keyfile.bad_signature</comment>
            <translation>la firma del archivo de clave no es válida: se alteró o está dañado</translation>
        </message>
        <message>
            <source>not an MGI Desktop key file ({detail})</source>
            <comment>keyfile.not_a_key_file</comment>
            <translation>no es un archivo de clave de MGI Desktop ({detail})</translation>
        </message>
        <message>
            <source>the file is too large for a key file ({size} bytes)</source>
            <comment>keyfile.too_large</comment>
            <translation>el archivo es demasiado grande para un archivo de clave ({size} bytes)</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>keyfile.unreadable</comment>
            <translation>no se puede leer el archivo: {reason}</translation>
        </message>
        <message>
            <source>{fingerprint} matches {n} keys; give more digits</source>
            <comment>keys.ambiguous</comment>
            <translation>{fingerprint} coincide con {n} claves; indique más dígitos</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) added, not yet trusted: compare the fingerprint with them, then run key trust {fingerprint}</source>
            <comment>keys.imported</comment>
            <translation>se añadió la clave de {name} ({fingerprint}), aún sin confianza: compare la huella digital con esa persona y luego ejecute key trust {fingerprint}</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) is already trusted ({how})</source>
            <comment>keys.known_trusted</comment>
            <translation>la clave de {name} ({fingerprint}) ya es de confianza ({how})</translation>
        </message>
        <message numerus="yes">
            <source>%n keys trusted from the list signed by {name}</source>
            <comment>keys.list_trusted</comment>
            <translation>
                <numerusform>%n clave de confianza añadida desde la lista firmada por {name}</numerusform>
                <numerusform>%n claves de confianza añadidas desde la lista firmada por {name}</numerusform>
            </translation>
        </message>
        <message>
            <source>the key list is signed by {name} ({fingerprint}), whose key you have not trusted: compare that fingerprint with IOM, run key trust {fingerprint}, then import the list again; no key of the list was trusted</source>
            <comment>keys.list_untrusted</comment>
            <translation>la lista de claves está firmada por {name} ({fingerprint}), cuya clave usted no ha marcado como de confianza: compare esa huella digital con la OIM, ejecute key trust {fingerprint} y vuelva a importar la lista; no se marcó como de confianza ninguna clave de la lista</translation>
        </message>
        <message>
            <source>no known key has the fingerprint {fingerprint}; import its key file first (key import)</source>
            <comment>keys.no_such_key</comment>
            <translation>ninguna clave conocida tiene la huella digital {fingerprint}; importe primero su archivo de clave (key import)</translation>
        </message>
        <message>
            <source>give at least the {digits} digits of the short fingerprint</source>
            <comment>keys.too_short</comment>
            <translation>indique al menos los {digits} dígitos de la huella digital corta</translation>
        </message>
        <message>
            <source>approved</source>
            <comment>label.assessment_status.approved</comment>
            <translation>aprobada</translation>
        </message>
        <message>
            <source>draft</source>
            <comment>label.assessment_status.draft</comment>
            <translation>borrador</translation>
        </message>
        <message>
            <source>in review</source>
            <comment>label.assessment_status.in_review</comment>
            <translation>en revisión</translation>
        </message>
        <message>
            <source>resubmitted</source>
            <comment>label.assessment_status.resubmitted</comment>
            <translation>reenviada</translation>
        </message>
        <message>
            <source>returned</source>
            <comment>label.assessment_status.returned</comment>
            <translation>devuelta</translation>
        </message>
        <message>
            <source>submitted</source>
            <comment>label.assessment_status.submitted</comment>
            <translation>enviada</translation>
        </message>
        <message>
            <source>validated</source>
            <comment>label.assessment_status.validated</comment>
            <translation>validada</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>label.decision.accepted</comment>
            <translation>aceptada</translation>
        </message>
        <message>
            <source>returned</source>
            <comment>label.decision.returned</comment>
            <translation>devuelta</translation>
        </message>
        <message>
            <source>received</source>
            <comment>label.direction.received</comment>
            <translation>recibido</translation>
        </message>
        <message>
            <source>sent</source>
            <comment>label.direction.sent</comment>
            <translation>enviado</translation>
        </message>
        <message>
            <source>agreement</source>
            <comment>label.evidence_kind.agreement</comment>
            <translation>acuerdo</translation>
        </message>
        <message>
            <source>interview</source>
            <comment>label.evidence_kind.interview</comment>
            <translation>entrevista</translation>
        </message>
        <message>
            <source>law</source>
            <comment>label.evidence_kind.law</comment>
            <translation>ley</translation>
        </message>
        <message>
            <source>other</source>
            <comment>label.evidence_kind.other</comment>
            <translation>otro</translation>
        </message>
        <message>
            <source>plan</source>
            <comment>label.evidence_kind.plan</comment>
            <translation>plan</translation>
        </message>
        <message>
            <source>policy or strategy</source>
            <comment>label.evidence_kind.policy</comment>
            <translation>política o estrategia</translation>
        </message>
        <message>
            <source>regulation</source>
            <comment>label.evidence_kind.regulation</comment>
            <translation>reglamento</translation>
        </message>
        <message>
            <source>report</source>
            <comment>label.evidence_kind.report</comment>
            <translation>informe</translation>
        </message>
        <message>
            <source>website</source>
            <comment>label.evidence_kind.website</comment>
            <translation>sitio web</translation>
        </message>
        <message>
            <source>areas with potential for further development</source>
            <comment>label.finding_category.potential</comment>
            <translation>áreas con potencial de desarrollo adicional</translation>
        </message>
        <message>
            <source>well-developed areas</source>
            <comment>label.finding_category.well_developed</comment>
            <translation>áreas bien desarrolladas</translation>
        </message>
        <message>
            <source>fingerprint compared</source>
            <comment>label.key_trust.hand</comment>
            <translation>huella digital comparada</translation>
        </message>
        <message>
            <source>on a trusted list</source>
            <comment>label.key_trust.list</comment>
            <translation>en una lista de confianza</translation>
        </message>
        <message>
            <source>your own key</source>
            <comment>label.key_trust.own</comment>
            <translation>su propia clave</translation>
        </message>
        <message>
            <source>not verified</source>
            <comment>label.key_trust.seen</comment>
            <translation>no verificada</translation>
        </message>
        <message>
            <source>local</source>
            <comment>label.level.local</comment>
            <translation>local</translation>
        </message>
        <message>
            <source>national</source>
            <comment>label.level.national</comment>
            <translation>nacional</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>label.review_state.accepted</comment>
            <translation>aceptada</translation>
        </message>
        <message>
            <source>not reviewed</source>
            <comment>label.review_state.not_reviewed</comment>
            <translation>sin revisar</translation>
        </message>
        <message>
            <source>returned</source>
            <comment>label.review_state.returned</comment>
            <translation>devuelta</translation>
        </message>
        <message>
            <source>revised</source>
            <comment>label.review_state.revised</comment>
            <translation>revisada</translation>
        </message>
        <message>
            <source>focal point</source>
            <comment>label.role.focal_point</comment>
            <translation>punto focal</translation>
        </message>
        <message>
            <source>reviewer</source>
            <comment>label.role.reviewer</comment>
            <translation>revisor</translation>
        </message>
        <message>
            <source>signature does not verify</source>
            <comment>label.validation_mark.bad_signature</comment>
            <translation>la firma no es válida</translation>
        </message>
        <message>
            <source>answers changed since the validation</source>
            <comment>label.validation_mark.changed</comment>
            <translation>respuestas modificadas desde la validación</translation>
        </message>
        <message>
            <source>signer not checked</source>
            <comment>label.validation_mark.not_checked</comment>
            <translation>firmante no comprobado</translation>
        </message>
        <message>
            <source>not validated</source>
            <comment>label.validation_mark.not_validated</comment>
            <translation>no validada</translation>
        </message>
        <message>
            <source>self-validated by the focal point</source>
            <comment>label.validation_mark.self_validated</comment>
            <translation>autovalidada por el punto focal</translation>
        </message>
        <message>
            <source>validated, signed by a trusted key</source>
            <comment>label.validation_mark.signed</comment>
            <translation>validada, firmada por una clave de confianza</translation>
        </message>
        <message>
            <source>validated, not signed</source>
            <comment>label.validation_mark.unsigned</comment>
            <translation>validada, sin firmar</translation>
        </message>
        <message>
            <source>validated by a key not trusted</source>
            <comment>label.validation_mark.untrusted</comment>
            <translation>validada por una clave que no es de confianza</translation>
        </message>
        <message>
            <source>a web address starting with {scheme}: is not allowed; give an address that starts with http:// or https:// (or mailto: for an e-mail address)</source>
            <comment>link.scheme_not_allowed</comment>
            <translation>no se admite una dirección web que empiece por {scheme}: indique una dirección que empiece por http:// o https:// (o mailto: para una dirección de correo electrónico)</translation>
        </message>
        <message>
            <source>an absolute path in member name {name}</source>
            <comment>package.absolute_name</comment>
            <translation>ruta absoluta en el nombre de archivo {name}</translation>
        </message>
        <message>
            <source>a backslash in member name {name}</source>
            <comment>package.backslash_name</comment>
            <translation>barra invertida en el nombre de archivo {name}</translation>
        </message>
        <message>
            <source>the signature does not match the package: it was altered after it was signed, or signed by someone else than it says</source>
            <comment>package.bad_signature</comment>
            <translation>la firma no coincide con el paquete: se alteró después de firmarse, o lo firmó alguien distinto de quien indica</translation>
        </message>
        <message>
            <source>the package is damaged or truncated ({detail})</source>
            <comment>package.damaged</comment>
            <translation>el paquete está dañado o truncado ({detail})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <comment>package.empty</comment>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>an empty or NUL-containing member name</source>
            <comment>package.empty_name</comment>
            <translation>nombre de archivo vacío o que contiene un carácter NUL</translation>
        </message>
        <message>
            <source>envelope.json is too large</source>
            <comment>package.envelope_too_large</comment>
            <translation>envelope.json es demasiado grande</translation>
        </message>
        <message>
            <source>an evidence file ({sha}) is missing from the package</source>
            <comment>package.file_missing</comment>
            <translation>falta en el paquete un archivo de evidencia ({sha})</translation>
        </message>
        <message>
            <source>the file is too large for a package ({size} bytes)</source>
            <comment>package.file_too_large</comment>
            <translation>el archivo es demasiado grande para un paquete ({size} bytes)</translation>
        </message>
        <message>
            <source>{name} is not valid: {where}: the text is not valid Unicode at character {position}</source>
            <comment>package.invalid_text</comment>
            <translation>{name} no es válido: {where}: el texto no es Unicode válido en el carácter {position}</translation>
        </message>
        <message>
            <source>an irregular member name {name}</source>
            <comment>package.irregular_name</comment>
            <translation>nombre de archivo irregular {name}</translation>
        </message>
        <message>
            <source>the member {name} listed in the manifest is missing</source>
            <comment>package.listed_missing</comment>
            <translation>falta el archivo {name} que figura en el manifiesto</translation>
        </message>
        <message>
            <source>manifest.json is too large</source>
            <comment>package.manifest_too_large</comment>
            <translation>manifest.json es demasiado grande</translation>
        </message>
        <message>
            <source>the member {name} is damaged ({detail})</source>
            <comment>package.member_damaged</comment>
            <translation>el archivo {name} está dañado ({detail})</translation>
        </message>
        <message>
            <source>the member {name} is missing</source>
            <comment>package.member_missing</comment>
            <translation>falta el archivo {name}</translation>
        </message>
        <message>
            <source>the member {name} is too large ({size} bytes; the limit is {limit})</source>
            <comment>package.member_too_large</comment>
            <translation>el archivo {name} es demasiado grande ({size} bytes; el límite es {limit})</translation>
        </message>
        <message>
            <source>the member {name} is truncated</source>
            <comment>package.member_truncated</comment>
            <translation>el archivo {name} está truncado</translation>
        </message>
        <message>
            <source>the member {name} appears twice</source>
            <comment>package.member_twice</comment>
            <translation>el archivo {name} figura dos veces</translation>
        </message>
        <message>
            <source>the member {name} cannot be read ({detail})</source>
            <comment>package.member_unreadable</comment>
            <translation>no se puede leer el archivo {name} ({detail})</translation>
        </message>
        <message>
            <source>the package was written by a newer MGI Desktop (package format {version}; this version reads format {known}): update MGI Desktop to receive it</source>
            <comment>package.newer_format</comment>
            <translation>el paquete lo escribió una versión más reciente de MGI Desktop (formato de paquete {version}; esta versión lee el formato {known}): actualice MGI Desktop para recibirlo</translation>
        </message>
        <message>
            <source>no such file</source>
            <comment>package.no_such_file</comment>
            <translation>no existe ese archivo</translation>
        </message>
        <message>
            <source>{name} has no known format version ({version})</source>
            <comment>package.no_version</comment>
            <translation>{name} no tiene una versión de formato conocida ({version})</translation>
        </message>
        <message>
            <source>not a file</source>
            <comment>package.not_a_file</comment>
            <translation>no es un archivo</translation>
        </message>
        <message>
            <source>not an MGI package (not a zip file)</source>
            <comment>package.not_a_zip</comment>
            <translation>no es un paquete MGI (no es un archivo zip)</translation>
        </message>
        <message>
            <source>{name} is not valid JSON ({detail})</source>
            <comment>package.not_json</comment>
            <translation>{name} no es un JSON válido ({detail})</translation>
        </message>
        <message>
            <source>the member {name} is not listed in the manifest</source>
            <comment>package.not_listed</comment>
            <translation>el archivo {name} no figura en el manifiesto</translation>
        </message>
        <message>
            <source>{name} is not valid: {where}: {detail}</source>
            <comment>package.not_valid</comment>
            <translation>{name} no es válido: {where}: {detail}</translation>
        </message>
        <message numerus="yes">
            <source>{name} is not valid: {where}: {detail} (and %n more problems)</source>
            <comment>package.not_valid_more</comment>
            <translation>
                <numerusform>{name} no es válido: {where}: {detail} (y %n problema más)</numerusform>
                <numerusform>{name} no es válido: {where}: {detail} (y %n problemas más)</numerusform>
            </translation>
        </message>
        <message>
            <source>the attachment {sha} belongs to no evidence item</source>
            <comment>package.orphan_file</comment>
            <translation>el archivo adjunto {sha} no pertenece a ningún elemento de evidencia</translation>
        </message>
        <message>
            <source>data.json holds another assessment than the manifest names</source>
            <comment>package.other_assessment</comment>
            <translation>data.json contiene una evaluación distinta de la que indica el manifiesto</translation>
        </message>
        <message>
            <source>data.json names another questionnaire than the manifest</source>
            <comment>package.other_questionnaire</comment>
            <translation>data.json indica un cuestionario distinto del que indica el manifiesto</translation>
        </message>
        <message>
            <source>the package is protected by a password; give the password to receive it</source>
            <comment>package.password_needed</comment>
            <translation>el paquete está protegido con contraseña; indique la contraseña para recibirlo</translation>
        </message>
        <message>
            <source>the questionnaire in the package does not match its stated SHA-256</source>
            <comment>package.questionnaire_hash</comment>
            <translation>el cuestionario del paquete no coincide con su SHA-256 declarado</translation>
        </message>
        <message>
            <source>the questionnaire in the package is not UTF-8 text</source>
            <comment>package.questionnaire_not_text</comment>
            <translation>el cuestionario del paquete no es texto UTF-8</translation>
        </message>
        <message>
            <source>signature.json is damaged ({detail})</source>
            <comment>package.signature_damaged</comment>
            <translation>signature.json está dañado ({detail})</translation>
        </message>
        <message>
            <source>the package has no signature, yet it is of format {version}, which is always signed: the signature was removed</source>
            <comment>package.signature_stripped</comment>
            <translation>el paquete no tiene firma, pero tiene el formato {version}, que siempre se firma: la firma se eliminó</translation>
        </message>
        <message>
            <source>the manifest names another sender's key than the one that signed it</source>
            <comment>package.signer_mismatch</comment>
            <translation>el manifiesto indica una clave de remitente distinta de la que lo firmó</translation>
        </message>
        <message>
            <source>the members are too large together (over {limit} bytes)</source>
            <comment>package.too_large_together</comment>
            <translation>los archivos son demasiado grandes en conjunto (más de {limit} bytes)</translation>
        </message>
        <message>
            <source>too many members ({n}; the limit is {limit})</source>
            <comment>package.too_many_members</comment>
            <translation>demasiados archivos ({n}; el límite es {limit})</translation>
        </message>
        <message>
            <source>path traversal ('..') in member name {name}</source>
            <comment>package.traversal_name</comment>
            <translation>recorrido de directorios ('..') en el nombre de archivo {name}</translation>
        </message>
        <message>
            <source>unexpected member {name}</source>
            <comment>package.unexpected_member</comment>
            <translation>archivo inesperado {name}</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>package.unreadable</comment>
            <translation>no se puede leer el archivo: {reason}</translation>
        </message>
        <message>
            <source>a package of format 1 cannot carry a signature</source>
            <comment>package.unsigned_has_signature</comment>
            <translation>un paquete con formato 1 no puede llevar firma</translation>
        </message>
        <message>
            <source>wrong checksum for {name}: the package was altered or damaged</source>
            <comment>package.wrong_checksum</comment>
            <translation>suma de comprobación incorrecta para {name}: el paquete se alteró o está dañado</translation>
        </message>
        <message>
            <source>the member {name} expands {size} bytes from {compressed} (a zip bomb?)</source>
            <comment>package.zip_bomb</comment>
            <translation>el archivo {name} pasa de {compressed} a {size} bytes al descomprimirse (¿una bomba zip?)</translation>
        </message>
        <message>
            <source>the member {name} uses zip encryption, which MGI packages never use</source>
            <comment>package.zip_encryption</comment>
            <translation>el archivo {name} usa cifrado zip, que los paquetes MGI nunca usan</translation>
        </message>
        <message>
            <source>{fingerprint} is a reviewer of this assessment: a reviewer does not answer</source>
            <comment>parties.is_reviewer</comment>
            <translation>{fingerprint} es revisor de esta evaluación: un revisor no responde</translation>
        </message>
        <message>
            <source>only the assessment's focal point adds colleagues who answer with them</source>
            <comment>parties.not_focal_point</comment>
            <translation>solo el punto focal de la evaluación puede añadir colegas que respondan con él</translation>
        </message>
        <message>
            <source>a name is needed</source>
            <comment>profile.name_needed</comment>
            <translation>se necesita un nombre</translation>
        </message>
        <message>
            <source>{value} is not a profile date (YYYY-MM or YYYY-MM-DD, e.g. 2023-12)</source>
            <comment>profile.not_a_date</comment>
            <translation>{value} no es una fecha de perfil (AAAA-MM o AAAA-MM-DD, por ejemplo 2023-12)</translation>
        </message>
        <message>
            <source>{format} is not a profile format ({formats})</source>
            <comment>profile.not_a_format</comment>
            <translation>{format} no es un formato de perfil ({formats})</translation>
        </message>
        <message>
            <source>the profile's {name} is at most {limit} characters</source>
            <comment>profile.too_long</comment>
            <translation>el campo «{name}» del perfil tiene como máximo {limit} caracteres</translation>
        </message>
        <message>
            <source>{names}: not a profile setting</source>
            <comment>profile.unknown_setting</comment>
            <translation>{names}: no es un ajuste del perfil</translation>
        </message>
        <message>
            <source>YAML aliases (*{name}) are not allowed in a questionnaire; share choices through 'choice_lists'</source>
            <comment>questionnaire.alias</comment>
            <translation>los alias de YAML (*{name}) no se admiten en un cuestionario; comparta las opciones mediante 'choice_lists'</translation>
        </message>
        <message>
            <source>minimum {minimum} is greater than maximum {maximum}</source>
            <comment>questionnaire.bad_range</comment>
            <translation>el mínimo {minimum} es mayor que el máximo {maximum}</translation>
        </message>
        <message>
            <source>choice {code} is not an answer of a {type} question (allowed: {allowed})</source>
            <comment>questionnaire.choice_not_allowed</comment>
            <translation>la opción {code} no es una respuesta posible de una pregunta de tipo {type} (permitidas: {allowed})</translation>
        </message>
        <message>
            <source>give either 'choices' or 'choice_list', not both</source>
            <comment>questionnaire.choices_and_list</comment>
            <translation>indique 'choices' o 'choice_list', pero no ambos</translation>
        </message>
        <message>
            <source>cycle in conditions: {path}</source>
            <comment>questionnaire.cycle</comment>
            <translation>dependencia circular en las condiciones: {path}</translation>
        </message>
        <message>
            <source>domain number {number} is used twice</source>
            <comment>questionnaire.domain_twice</comment>
            <translation>el número de dimensión {number} se usa dos veces</translation>
        </message>
        <message>
            <source>duplicate choice code {code}</source>
            <comment>questionnaire.duplicate_choice</comment>
            <translation>código de opción {code} duplicado</translation>
        </message>
        <message>
            <source>duplicate domain code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_domain</comment>
            <translation>código de dimensión {code} duplicado (usado por primera vez en la línea {line})</translation>
        </message>
        <message>
            <source>duplicate domain code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_domain_in_cell</comment>
            <translation>código de dimensión {code} duplicado (usado por primera vez en {cell})</translation>
        </message>
        <message>
            <source>duplicate indicator code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_indicator</comment>
            <translation>código de indicador {code} duplicado (usado por primera vez en la línea {line})</translation>
        </message>
        <message>
            <source>duplicate indicator code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_indicator_in_cell</comment>
            <translation>código de indicador {code} duplicado (usado por primera vez en {cell})</translation>
        </message>
        <message>
            <source>duplicate question code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_question</comment>
            <translation>código de pregunta {code} duplicado (usado por primera vez en la línea {line})</translation>
        </message>
        <message>
            <source>duplicate question code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_question_in_cell</comment>
            <translation>código de pregunta {code} duplicado (usado por primera vez en {cell})</translation>
        </message>
        <message>
            <source>duplicate sub-area code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_sub_area</comment>
            <translation>código de subárea {code} duplicado (usado por primera vez en la línea {line})</translation>
        </message>
        <message>
            <source>duplicate sub-area code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_sub_area_in_cell</comment>
            <translation>código de subárea {code} duplicado (usado por primera vez en {cell})</translation>
        </message>
        <message>
            <source>missing choice list: 'choices' is empty</source>
            <comment>questionnaire.empty_choices</comment>
            <translation>falta la lista de opciones: 'choices' está vacío</translation>
        </message>
        <message>
            <source>empty domain: it has no sub-areas</source>
            <comment>questionnaire.empty_domain</comment>
            <translation>dimensión vacía: no contiene ninguna subárea</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <comment>questionnaire.empty_file</comment>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>empty indicator: it has no questions</source>
            <comment>questionnaire.empty_indicator</comment>
            <translation>indicador vacío: no contiene ninguna pregunta</translation>
        </message>
        <message>
            <source>empty sub-area: it has no indicators</source>
            <comment>questionnaire.empty_sub_area</comment>
            <translation>subárea vacía: no contiene ningún indicador</translation>
        </message>
        <message numerus="yes">
            <source>questionnaire has %n problems</source>
            <comment>questionnaire.has_problems</comment>
            <translation>
                <numerusform>el cuestionario tiene %n problema</numerusform>
                <numerusform>el cuestionario tiene %n problemas</numerusform>
            </translation>
        </message>
        <message>
            <source>the stored questionnaire does not match its hash {sha}</source>
            <comment>questionnaire.hash_mismatch</comment>
            <translation>el cuestionario guardado no coincide con su hash {sha}</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>questionnaire.invalid</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>is a folder, not a questionnaire file</source>
            <comment>questionnaire.is_a_folder</comment>
            <translation>es una carpeta, no un archivo de cuestionario</translation>
        </message>
        <message>
            <source>key {key} appears twice</source>
            <comment>questionnaire.key_twice</comment>
            <translation>la clave {key} figura dos veces</translation>
        </message>
        <message>
            <source>translation in undeclared language {language} in '{field}' (declared: {declared})</source>
            <comment>questionnaire.language_undeclared</comment>
            <translation>traducción en un idioma no declarado, {language}, en '{field}' (idiomas declarados: {declared})</translation>
        </message>
        <message>
            <source>condition names a later question {code}: conditions may only use earlier answers</source>
            <comment>questionnaire.later_reference</comment>
            <translation>la condición hace referencia a la pregunta {code}, que figura más adelante: una condición solo puede usar las respuestas a preguntas anteriores</translation>
        </message>
        <message>
            <source>missing field {field}</source>
            <comment>questionnaire.missing_field</comment>
            <translation>falta el campo {field}</translation>
        </message>
        <message>
            <source>condition names a missing question {code}</source>
            <comment>questionnaire.missing_reference</comment>
            <translation>la condición hace referencia a la pregunta {code}, que no existe</translation>
        </message>
        <message>
            <source>missing choice list: a {type} question needs 'choices' or 'choice_list'</source>
            <comment>questionnaire.needs_choices</comment>
            <translation>falta la lista de opciones: una pregunta de tipo {type} necesita 'choices' o 'choice_list'</translation>
        </message>
        <message>
            <source>the questionnaire has no domains</source>
            <comment>questionnaire.no_domains</comment>
            <translation>el cuestionario no contiene ninguna dimensión</translation>
        </message>
        <message>
            <source>missing choice list: no choice list named {name} in 'choice_lists'</source>
            <comment>questionnaire.no_such_list</comment>
            <translation>falta la lista de opciones: no hay ninguna lista de opciones llamada {name} en 'choice_lists'</translation>
        </message>
        <message>
            <source>no question {code} in {framework} {version}</source>
            <comment>questionnaire.no_such_question</comment>
            <translation>no existe la pregunta {code} en {framework} {version}</translation>
        </message>
        <message>
            <source>not a questionnaire: the file must hold a mapping</source>
            <comment>questionnaire.not_a_mapping</comment>
            <translation>no es un cuestionario: el archivo debe contener un diccionario (mapping)</translation>
        </message>
        <message>
            <source>file not found</source>
            <comment>questionnaire.not_found</comment>
            <translation>no se encontró el archivo</translation>
        </message>
        <message>
            <source>not a text file (not UTF-8 at byte {offset})</source>
            <comment>questionnaire.not_utf8</comment>
            <translation>no es un archivo de texto (UTF-8 no válido en el byte {offset})</translation>
        </message>
        <message>
            <source>not valid YAML: {detail}</source>
            <comment>questionnaire.not_yaml</comment>
            <translation>YAML no válido: {detail}</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <comment>questionnaire.problem</comment>
            <translation>{where}: {message}</translation>
        </message>
        <message>
            <source>a relevance condition cannot use '.' (the question's own answer)</source>
            <comment>questionnaire.self_in_relevance</comment>
            <translation>una condición de pertinencia no puede usar '.' (la propia respuesta de la pregunta)</translation>
        </message>
        <message>
            <source>source language {language} is not among the declared languages {declared}</source>
            <comment>questionnaire.source_language_undeclared</comment>
            <translation>el idioma de origen {language} no figura entre los idiomas declarados {declared}</translation>
        </message>
        <message>
            <source>the stored questionnaire cannot be read ({detail})</source>
            <comment>questionnaire.stored_unreadable</comment>
            <translation>no se puede leer el cuestionario guardado ({detail})</translation>
        </message>
        <message>
            <source>a {type} question takes no choices</source>
            <comment>questionnaire.takes_no_choices</comment>
            <translation>una pregunta de tipo {type} no admite opciones</translation>
        </message>
        <message>
            <source>a {type} question takes no range</source>
            <comment>questionnaire.takes_no_range</comment>
            <translation>una pregunta de tipo {type} no admite un intervalo de valores</translation>
        </message>
        <message>
            <source>nested more than {limit} levels deep: not a questionnaire</source>
            <comment>questionnaire.too_deep</comment>
            <translation>anidado en más de {limit} niveles: no es un cuestionario</translation>
        </message>
        <message>
            <source>file is too large for a questionnaire ({size} bytes)</source>
            <comment>questionnaire.too_large</comment>
            <translation>el archivo es demasiado grande para un cuestionario ({size} bytes)</translation>
        </message>
        <message>
            <source>more than {limit} values (keys, texts, lists): too large for a questionnaire</source>
            <comment>questionnaire.too_many_values</comment>
            <translation>más de {limit} valores (claves, textos, listas): demasiado grande para un cuestionario</translation>
        </message>
        <message>
            <source>unknown field {field}</source>
            <comment>questionnaire.unknown_field</comment>
            <translation>campo desconocido {field}</translation>
        </message>
        <message>
            <source>no questionnaire file or bundled framework named {name} (bundled: {known})</source>
            <comment>questionnaire.unknown_framework</comment>
            <translation>no hay ningún archivo de cuestionario ni cuestionario incluido llamado {name} (cuestionarios incluidos: {known})</translation>
        </message>
        <message>
            <source>unknown answer type {type} (expected one of: {types})</source>
            <comment>questionnaire.unknown_type</comment>
            <translation>tipo de respuesta desconocido {type} (se esperaba uno de estos: {types})</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>questionnaire.unreadable</comment>
            <translation>no se puede leer el archivo: {reason}</translation>
        </message>
        <message>
            <source>this package was already received (package {sequence} from {sender})</source>
            <comment>receive.already_received</comment>
            <translation>este paquete ya se recibió (paquete n.º {sequence} de {sender})</translation>
        </message>
        <message>
            <source>the questionnaire in the package is not valid ({problem})</source>
            <comment>receive.bad_questionnaire</comment>
            <translation>el cuestionario del paquete no es válido ({problem})</translation>
        </message>
        <message>
            <source>{side}: a conflict is resolved with mine or theirs</source>
            <comment>receive.bad_side</comment>
            <translation>{side}: un conflicto se resuelve con «la mía» o «la de la otra parte»</translation>
        </message>
        <message>
            <source>mine {mine} | theirs {theirs}</source>
            <comment>receive.conflict</comment>
            <translation>la mía: {mine} | la de la otra parte: {theirs}</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts with changes made here; nothing was imported. Resolve them (keep mine, take theirs, or edit), or import with --mine or --theirs</source>
            <comment>receive.conflicts</comment>
            <translation>
                <numerusform>%n conflicto con cambios hechos aquí; no se importó nada. Resuélvalo (conservar la mía, tomar la de la otra parte o editar), o importe con --mine o --theirs</numerusform>
                <numerusform>%n conflictos con cambios hechos aquí; no se importó nada. Resuélvalos (conservar la mía, tomar la de la otra parte o editar), o importe con --mine o --theirs</numerusform>
            </translation>
        </message>
        <message>
            <source>the import failed and was undone ({detail})</source>
            <comment>receive.failed</comment>
            <translation>la importación falló y se deshizo ({detail})</translation>
        </message>
        <message>
            <source>this database has not exchanged this assessment with the sender before: every difference is shown as a conflict</source>
            <comment>receive.first_exchange</comment>
            <translation>esta base de datos no ha intercambiado antes esta evaluación con el remitente: cada diferencia se muestra como un conflicto</translation>
        </message>
        <message>
            <source>{resolution} is not a resolution (mine, theirs or edited)</source>
            <comment>receive.not_a_resolution</comment>
            <translation>{resolution} no es una resolución (conservar la mía, tomar la de la otra parte o editar)</translation>
        </message>
        <message>
            <source>the package uses questionnaire {framework} {version} ({sha}), which this installation does not include; the copy carried in the package will be used</source>
            <comment>receive.not_bundled</comment>
            <translation>el paquete usa el cuestionario {framework} {version} ({sha}), que esta instalación no incluye; se usará la copia que contiene el paquete</translation>
        </message>
        <message>
            <source>nothing was imported; the database is as it was</source>
            <comment>receive.nothing_imported</comment>
            <translation>no se importó nada; la base de datos sigue como estaba</translation>
        </message>
        <message>
            <source>this is package {sequence} from {sender}, older than package {last} already received from them for this assessment (an old copy or a replay)</source>
            <comment>receive.older</comment>
            <translation>este es el paquete n.º {sequence} de {sender}, anterior al paquete n.º {last} ya recibido de este remitente para esta evaluación (una copia antigua o una repetición)</translation>
        </message>
        <message>
            <source>only answers can be edited; keep mine or take theirs</source>
            <comment>receive.only_answers_edited</comment>
            <translation>solo se pueden editar las respuestas; conserve la suya o tome la de la otra parte</translation>
        </message>
        <message>
            <source>the manifest names questionnaire {named} {named_version} but the package holds {held} {held_version}</source>
            <comment>receive.other_questionnaire</comment>
            <translation>el manifiesto indica el cuestionario {named} {named_version}, pero el paquete contiene {held} {held_version}</translation>
        </message>
        <message>
            <source>the assessment here uses another version of the questionnaire ({here} {here_version}) than the package ({there} {there_version})</source>
            <comment>receive.other_version</comment>
            <translation>la evaluación de aquí usa otra versión del cuestionario ({here} {here_version}) que el paquete ({there} {there_version})</translation>
        </message>
        <message>
            <source>this package was sent from this database; it is received by the other side</source>
            <comment>receive.own_package</comment>
            <translation>este paquete se envió desde esta base de datos; es la otra parte quien lo recibe</translation>
        </message>
        <message>
            <source>the previous round this assessment follows is not in this database; the link to it is not kept</source>
            <comment>receive.previous_missing</comment>
            <translation>la ronda anterior a la que da continuidad esta evaluación no está en esta base de datos; no se conserva el vínculo con ella</translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed after {since}, in {assessments} ({titles}), will be lost.</source>
            <comment>restore.answers_lost</comment>
            <translation>
                <numerusform>%n respuesta modificada después del {since}, en {assessments} ({titles}), se perderá.</numerusform>
                <numerusform>%n respuestas modificadas después del {since}, en {assessments} ({titles}), se perderán.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessments</source>
            <comment>restore.assessments</comment>
            <translation>
                <numerusform>%n evaluación</numerusform>
                <numerusform>%n evaluaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessments created since the backup will be gone.</source>
            <comment>restore.new_assessments</comment>
            <translation>
                <numerusform>%n evaluación creada desde la copia de seguridad desaparecerá.</numerusform>
                <numerusform>%n evaluaciones creadas desde la copia de seguridad desaparecerán.</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not a decision (accepted or returned)</source>
            <comment>review.not_a_decision</comment>
            <translation>{value} no es una decisión (aceptada o devuelta)</translation>
        </message>
        <message>
            <source>the question is not answered; return it with a reason instead</source>
            <comment>review.not_answered</comment>
            <translation>la pregunta no tiene respuesta; devuélvala con un motivo</translation>
        </message>
        <message>
            <source>say why the answer is returned, so the focal point can fix it</source>
            <comment>review.reason_needed</comment>
            <translation>indique por qué se devuelve la respuesta, para que el punto focal pueda corregirla</translation>
        </message>
        <message>
            <source>round {round} already follows this assessment ({title})</source>
            <comment>rounds.already_followed</comment>
            <translation>la ronda {round} ya da continuidad a esta evaluación ({title})</translation>
        </message>
        <message>
            <source>a follow-up round is started by the focal point</source>
            <comment>rounds.focal_point_only</comment>
            <translation>solo el punto focal puede iniciar una ronda de seguimiento</translation>
        </message>
        <message>
            <source>rounds of different countries or places cannot be compared</source>
            <comment>rounds.other_place</comment>
            <translation>no se pueden comparar rondas de países o lugares diferentes</translation>
        </message>
        <message>
            <source>the crosswalk goes from {named_old} to {named_new}, not from {old} to {new}</source>
            <comment>rounds.wrong_crosswalk</comment>
            <translation>la tabla de correspondencias va de {named_old} a {named_new}, no de {old} a {new}</translation>
        </message>
        <message>
            <source>a round comparison is exported as .xlsx or .html</source>
            <comment>rounds.wrong_suffix</comment>
            <translation>una comparación de rondas se exporta en formato .xlsx o .html</translation>
        </message>
        <message>
            <source>the file attached to evidence {title} ({name}) is missing; attach it again or remove it</source>
            <comment>send.file_missing</comment>
            <translation>falta el archivo adjunto a la evidencia {title} ({name}); vuelva a adjuntarlo o quítelo</translation>
        </message>
        <message>
            <source>the assessment has no other party whose key is known yet: protect this first package with a password, or import the recipient's key file (key import)</source>
            <comment>send.no_party</comment>
            <translation>la evaluación aún no tiene ninguna otra parte cuya clave se conozca: proteja este primer paquete con una contraseña, o importe el archivo de clave del destinatario (key import)</translation>
        </message>
        <message>
            <source>no key is known for {fingerprint}: import the recipient's key file first (key import)</source>
            <comment>send.no_recipient_key</comment>
            <translation>no se conoce ninguna clave para {fingerprint}: importe primero el archivo de clave del destinatario (key import)</translation>
        </message>
        <message>
            <source>the questionnaire of assessment {id} is missing from {database}</source>
            <comment>send.questionnaire_missing</comment>
            <translation>falta el cuestionario de la evaluación {id} en {database}</translation>
        </message>
        <message>
            <source>the crosswalk the assessment was made through is not one for its questionnaire</source>
            <comment>snapshot.bad_crosswalk</comment>
            <translation>la tabla de correspondencias con la que se creó la evaluación no corresponde a su cuestionario</translation>
        </message>
        <message>
            <source>invalid answer: {problem}</source>
            <comment>snapshot.invalid_answer</comment>
            <translation>respuesta no válida: {problem}</translation>
        </message>
        <message>
            <source>the assessment does not match the questionnaire in the package</source>
            <comment>snapshot.mismatch</comment>
            <translation>la evaluación no coincide con el cuestionario del paquete</translation>
        </message>
        <message>
            <source>{code}: the answer {value} is not in canonical form</source>
            <comment>snapshot.not_canonical</comment>
            <translation>{code}: la respuesta {value} no está en forma canónica</translation>
        </message>
        <message>
            <source>the answer to {item} appears twice</source>
            <comment>snapshot.twice_answer</comment>
            <translation>la respuesta a {item} figura dos veces</translation>
        </message>
        <message>
            <source>the audit event {item} appears twice</source>
            <comment>snapshot.twice_audit</comment>
            <translation>el evento de auditoría {item} figura dos veces</translation>
        </message>
        <message>
            <source>the comment {item} appears twice</source>
            <comment>snapshot.twice_comment</comment>
            <translation>el comentario {item} figura dos veces</translation>
        </message>
        <message>
            <source>the review decision {item} appears twice</source>
            <comment>snapshot.twice_decision</comment>
            <translation>la decisión de revisión {item} figura dos veces</translation>
        </message>
        <message>
            <source>the description of domain {item} appears twice</source>
            <comment>snapshot.twice_domain_text</comment>
            <translation>la descripción de la dimensión {item} figura dos veces</translation>
        </message>
        <message>
            <source>the evidence item {item} appears twice</source>
            <comment>snapshot.twice_evidence</comment>
            <translation>el elemento de evidencia {item} figura dos veces</translation>
        </message>
        <message>
            <source>the finding {item} appears twice</source>
            <comment>snapshot.twice_finding</comment>
            <translation>la constatación {item} figura dos veces</translation>
        </message>
        <message>
            <source>finding {id}: unknown domain {number}</source>
            <comment>snapshot.unknown_domain</comment>
            <translation>constatación {id}: dimensión desconocida {number}</translation>
        </message>
        <message>
            <source>a description of domain {number}, which the questionnaire does not have</source>
            <comment>snapshot.unknown_domain_text</comment>
            <translation>una descripción de la dimensión {number}, que el cuestionario no tiene</translation>
        </message>
        <message>
            <source>{item} refers to question {code}, which {framework} {version} does not have</source>
            <comment>snapshot.unknown_question</comment>
            <translation>{item} hace referencia a la pregunta {code}, que {framework} {version} no tiene</translation>
        </message>
        <message>
            <source>no such file</source>
            <comment>sources.no_such_file</comment>
            <translation>no existe ese archivo</translation>
        </message>
        <message>
            <source>not an MGI Desktop database or package</source>
            <comment>sources.not_a_source</comment>
            <translation>no es una base de datos ni un paquete de MGI Desktop</translation>
        </message>
        <message>
            <source>the database is busy in another program; try again</source>
            <comment>storage.busy</comment>
            <translation>la base de datos está ocupada por otro programa; vuelva a intentarlo</translation>
        </message>
        <message>
            <source>cannot create the folder: {reason}</source>
            <comment>storage.cannot_create_folder</comment>
            <translation>no se puede crear la carpeta: {reason}</translation>
        </message>
        <message>
            <source>cannot lock the database: {reason}</source>
            <comment>storage.cannot_lock</comment>
            <translation>no se puede bloquear la base de datos: {reason}</translation>
        </message>
        <message>
            <source>cannot write the database: {detail}</source>
            <comment>storage.cannot_write</comment>
            <translation>no se puede escribir en la base de datos: {detail}</translation>
        </message>
        <message>
            <source>the database is damaged ({detail})</source>
            <comment>storage.damaged</comment>
            <translation>la base de datos está dañada ({detail})</translation>
        </message>
        <message>
            <source>the disk is failing; nothing was saved</source>
            <comment>storage.disk</comment>
            <translation>el disco está fallando; no se guardó nada</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes), not an MGI Desktop database</source>
            <comment>storage.empty</comment>
            <translation>el archivo está vacío (0 bytes): no es una base de datos de MGI Desktop</translation>
        </message>
        <message>
            <source>not an MGI Desktop database (a SQLite file of another program)</source>
            <comment>storage.foreign</comment>
            <translation>no es una base de datos de MGI Desktop (es un archivo SQLite de otro programa)</translation>
        </message>
        <message>
            <source>the database is already open in another MGI Desktop window or command; close it there first</source>
            <comment>storage.in_use</comment>
            <translation>la base de datos ya está abierta en otra ventana o comando de MGI Desktop; ciérrela primero allí</translation>
        </message>
        <message>
            <source>the latest backup is from {when}: {backup} (restore it with: mgi-desktop --database "{database}" backup restore latest)</source>
            <comment>storage.latest_backup</comment>
            <translation>la última copia de seguridad es del {when}: {backup} (para restaurarla: mgi-desktop --database "{database}" backup restore latest)</translation>
        </message>
        <message>
            <source>the database was written by a newer version of MGI Desktop (schema {schema}); install that version to open it</source>
            <comment>storage.newer</comment>
            <translation>la base de datos la escribió una versión más reciente de MGI Desktop (esquema {schema}); instale esa versión para abrirla</translation>
        </message>
        <message>
            <source>no such database</source>
            <comment>storage.no_such_database</comment>
            <translation>no existe esa base de datos</translation>
        </message>
        <message>
            <source>the database was not opened, and nothing in it changed</source>
            <comment>storage.not_opened</comment>
            <translation>la base de datos no se abrió, y no cambió nada en ella</translation>
        </message>
        <message>
            <source>not an SQLite database (it may be a text file or another format)</source>
            <comment>storage.not_sqlite</comment>
            <translation>no es una base de datos SQLite (puede ser un archivo de texto u otro formato)</translation>
        </message>
        <message>
            <source>the database was not upgraded (no room for the backup taken first), and is unchanged</source>
            <comment>storage.not_upgraded</comment>
            <translation>la base de datos no se actualizó (no había espacio para la copia de seguridad previa), y no ha cambiado</translation>
        </message>
        <message>
            <source>the database cannot be written ({detail}); nothing was saved</source>
            <comment>storage.not_written</comment>
            <translation>no se puede escribir en la base de datos ({detail}); no se guardó nada</translation>
        </message>
        <message>
            <source>nothing was saved; everything saved before is kept</source>
            <comment>storage.nothing_saved</comment>
            <translation>no se guardó nada; se conserva todo lo guardado anteriormente</translation>
        </message>
        <message>
            <source>the database was written by an older version; open it once in MGI Desktop to upgrade it</source>
            <comment>storage.older</comment>
            <translation>la base de datos la escribió una versión anterior; ábrala una vez en MGI Desktop para actualizarla</translation>
        </message>
        <message>
            <source>opened read-only</source>
            <comment>storage.opened_read_only</comment>
            <translation>abierta en modo de solo lectura</translation>
        </message>
        <message>
            <source>cannot read the database: permission denied</source>
            <comment>storage.permission</comment>
            <translation>no se puede leer la base de datos: permiso denegado</translation>
        </message>
        <message>
            <source>the database is read-only; nothing was saved</source>
            <comment>storage.read_only</comment>
            <translation>la base de datos es de solo lectura; no se guardó nada</translation>
        </message>
        <message>
            <source>the database file is read-only; copy it to a folder you can write to</source>
            <comment>storage.read_only_file</comment>
            <translation>el archivo de la base de datos es de solo lectura; cópielo en una carpeta en la que pueda escribir</translation>
        </message>
        <message>
            <source>cannot write in the database's folder (needed for its journal)</source>
            <comment>storage.read_only_folder</comment>
            <translation>no se puede escribir en la carpeta de la base de datos (necesario para su diario)</translation>
        </message>
        <message>
            <source>the database is truncated ({size} of {expected} bytes)</source>
            <comment>storage.truncated</comment>
            <translation>la base de datos está truncada ({size} de {expected} bytes)</translation>
        </message>
        <message>
            <source>cannot read the database: {reason}</source>
            <comment>storage.unreadable</comment>
            <translation>no se puede leer la base de datos: {reason}</translation>
        </message>
        <message>
            <source>the text is not valid Unicode at character {position} (it may have been pasted or passed from a program in another encoding)</source>
            <comment>text.invalid</comment>
            <translation>el texto no es Unicode válido en el carácter {position} (puede que se haya pegado o transmitido desde un programa con otra codificación)</translation>
        </message>
        <message>
            <source>the text is too long ({size} bytes; the limit is {limit})</source>
            <comment>text.too_long</comment>
            <translation>el texto es demasiado largo ({size} bytes; el límite es {limit})</translation>
        </message>
        <message>
            <source>each text needs 'source' (12 hex digits), 'status' (draft or reviewed) and a non-empty 'text'</source>
            <comment>translations.bad_entry</comment>
            <translation>cada texto necesita 'source' (12 dígitos hexadecimales), 'status' (draft o reviewed) y un 'text' no vacío</translation>
        </message>
        <message>
            <source>{field} must be {expected}</source>
            <comment>translations.bad_field</comment>
            <translation>{field} debe ser {expected}</translation>
        </message>
        <message>
            <source>the translation is only white space: leave it empty to remove it, or write the text</source>
            <comment>translations.blank</comment>
            <translation>la traducción solo contiene espacios: déjela vacía para eliminarla o escriba el texto</translation>
        </message>
        <message numerus="yes">
            <source>translation file {file} has %n problems</source>
            <comment>translations.has_problems</comment>
            <translation>
                <numerusform>el archivo de traducción {file} tiene %n problema</numerusform>
                <numerusform>el archivo de traducción {file} tiene %n problemas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n problems, nothing was imported</source>
            <comment>translations.import_problems</comment>
            <translation>
                <numerusform>{file}: %n problema, no se importó nada</numerusform>
                <numerusform>{file}: %n problemas, no se importó nada</numerusform>
            </translation>
        </message>
        <message>
            <source>key {key} appears twice</source>
            <comment>translations.key_twice</comment>
            <translation>la clave {key} aparece dos veces</translation>
        </message>
        <message>
            <source>entry without a context (msgctxt): the app cannot tell which text it is</source>
            <comment>translations.no_key</comment>
            <translation>entrada sin contexto (msgctxt): la aplicación no puede saber de qué texto se trata</translation>
        </message>
        <message>
            <source>the file does not say which language it holds: give it (--language)</source>
            <comment>translations.no_language</comment>
            <translation>el archivo no indica qué idioma contiene: indíquelo (--language)</translation>
        </message>
        <message>
            <source>a translation file is a mapping with a 'texts' mapping</source>
            <comment>translations.not_a_mapping</comment>
            <translation>un archivo de traducción es un diccionario con un diccionario 'texts'</translation>
        </message>
        <message>
            <source>not valid JSON: {detail}</source>
            <comment>translations.not_json</comment>
            <translation>no es JSON válido: {detail}</translation>
        </message>
        <message>
            <source>not a PO file: {detail}</source>
            <comment>translations.not_po</comment>
            <translation>no es un archivo PO: {detail}</translation>
        </message>
        <message>
            <source>the file holds {found}, not {expected}</source>
            <comment>translations.other_language</comment>
            <translation>el archivo contiene {found}, no {expected}</translation>
        </message>
        <message>
            <source>this file translates the questionnaire {found}, not {expected}</source>
            <comment>translations.other_questionnaire</comment>
            <translation>este archivo traduce el cuestionario {found}, no {expected}</translation>
        </message>
        <message>
            <source>the translation must keep {expected} of the source as written (it has {found})</source>
            <comment>translations.placeholders</comment>
            <translation>la traducción debe conservar {expected} de la fuente tal como está (contiene {found})</translation>
        </message>
        <message>
            <source>{language} is the questionnaire's source language: there is nothing to translate into it</source>
            <comment>translations.source_language</comment>
            <translation>{language} es el idioma de origen del cuestionario: no hay nada que traducir a él</translation>
        </message>
        <message>
            <source>unknown field {field} (expected: {expected})</source>
            <comment>translations.unknown_field</comment>
            <translation>campo desconocido {field} (se esperaba: {expected})</translation>
        </message>
        <message>
            <source>the questionnaire has no text {key}</source>
            <comment>translations.unknown_text</comment>
            <translation>el cuestionario no tiene el texto {key}</translation>
        </message>
        <message>
            <source>the file is named for {expected} but holds {found}: name it {expected}.json</source>
            <comment>translations.wrong_name</comment>
            <translation>el nombre del archivo corresponde a {expected} pero contiene {found}: llámelo {expected}.yaml</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: the validation's signature does not verify against key {fingerprint} (forged or altered)</source>
            <comment>validation.bad_signature</comment>
            <translation>no validada por una clave de revisor de confianza: la firma de la validación no se verifica con la clave {fingerprint} (falsificada o alterada)</translation>
        </message>
        <message>
            <source>validated with key {fingerprint} on {date}, but the answers changed since: the validation does not cover them</source>
            <comment>validation.changed</comment>
            <translation>validada con la clave {fingerprint} el {date}, pero las respuestas han cambiado desde entonces: la validación no las cubre</translation>
        </message>
        <message>
            <source>validated with key {fingerprint} on {date}, answers unchanged since; the key was not checked against trusted keys (no database of yours to check it with)</source>
            <comment>validation.not_checked</comment>
            <translation>validada con la clave {fingerprint} el {date}, respuestas sin cambios desde entonces; la clave no se comparó con las claves de confianza (no hay ninguna base de datos suya con la que comprobarla)</translation>
        </message>
        <message>
            <source>not validated: the assessment is {status}</source>
            <comment>validation.not_validated</comment>
            <translation>no validada: la evaluación tiene el estado «{status}»</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: self-validated with the focal point's own key {fingerprint}</source>
            <comment>validation.self_validated</comment>
            <translation>no validada por una clave de revisor de confianza: autovalidada con la propia clave del punto focal {fingerprint}</translation>
        </message>
        <message>
            <source>validated by {holder} (key {fingerprint}) on {date}, answers unchanged since</source>
            <comment>validation.signed</comment>
            <translation>validada por {holder} (clave {fingerprint}) el {date}, respuestas sin cambios desde entonces</translation>
        </message>
        <message>
            <source>signers not checked: no database of trusted keys was given</source>
            <comment>validation.trust_unknown</comment>
            <translation>firmantes no verificados: no se indicó ninguna base de datos de claves de confianza</translation>
        </message>
        <message>
            <source>signers checked against the keys trusted in {database}</source>
            <comment>validation.trusted_in</comment>
            <translation>firmantes verificados con las claves de confianza de {database}</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: marked validated without a signature (older data), anyone could have set it</source>
            <comment>validation.unsigned</comment>
            <translation>no validada por una clave de revisor de confianza: marcada como validada sin firma (datos antiguos), cualquier persona podría haberlo hecho</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: validated with key {fingerprint}, which is not a reviewer key trusted here</source>
            <comment>validation.untrusted</comment>
            <translation>no validada por una clave de revisor de confianza: validada con la clave {fingerprint}, que no es una clave de revisor de confianza aquí</translation>
        </message>
        <message numerus="yes">
            <source>%n events, oldest first by default</source>
            <comment>window.audit_events</comment>
            <translation>
                <numerusform>%n evento, del más antiguo al más reciente de forma predeterminada</numerusform>
                <numerusform>%n eventos, del más antiguo al más reciente de forma predeterminada</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n events to {file}</source>
            <comment>window.audit_events_saved</comment>
            <translation>
                <numerusform>Se guardó %n evento en {file}</numerusform>
                <numerusform>Se guardaron %n eventos en {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n events shown</source>
            <comment>window.audit_events_shown</comment>
            <translation>
                <numerusform>{shown} de %n evento mostrado(s)</numerusform>
                <numerusform>{shown} de %n eventos mostrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers were accepted</source>
            <comment>window.came_back_accepted</comment>
            <translation>
                <numerusform>%n respuesta fue aceptada</numerusform>
                <numerusform>%n respuestas fueron aceptadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed</source>
            <comment>window.came_back_changed</comment>
            <translation>
                <numerusform>%n respuesta modificada</numerusform>
                <numerusform>%n respuestas modificadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new comments</source>
            <comment>window.came_back_comments</comment>
            <translation>
                <numerusform>%n comentario nuevo</numerusform>
                <numerusform>%n comentarios nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers were returned to you</source>
            <comment>window.came_back_returned</comment>
            <translation>
                <numerusform>se le devolvió %n respuesta</numerusform>
                <numerusform>se le devolvieron %n respuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n findings? The audit trail keeps their text.</source>
            <comment>window.findings_remove</comment>
            <translation>
                <numerusform>¿Quitar %n constatación? El registro de auditoría conserva su texto.</numerusform>
                <numerusform>¿Quitar %n constataciones? El registro de auditoría conserva su texto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items changed both here and in the package: choose for each</source>
            <comment>window.import_conflicting</comment>
            <translation>
                <numerusform>%n elemento cambió aquí y en el paquete: elija qué conservar</numerusform>
                <numerusform>%n elementos cambiaron aquí y en el paquete: elija para cada uno</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts still to resolve</source>
            <comment>window.import_pending</comment>
            <translation>
                <numerusform>%n conflicto pendiente de resolver</numerusform>
                <numerusform>%n conflictos pendientes de resolver</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comments, {open} open</source>
            <comment>window.navigator_comments</comment>
            <translation>
                <numerusform>%n comentario, {open} abierto(s)</numerusform>
                <numerusform>%n comentarios, {open} abierto(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} cannot be used: it has %n problems.</source>
            <comment>window.questionnaire_unusable</comment>
            <translation>
                <numerusform>{file} no se puede usar: tiene %n problema.</numerusform>
                <numerusform>{file} no se puede usar: tiene %n problemas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions shown</source>
            <comment>window.rounds_shown</comment>
            <translation>
                <numerusform>%n pregunta mostrada</numerusform>
                <numerusform>%n preguntas mostradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>What came back (%n to look at)…</source>
            <comment>window.strip_came_back</comment>
            <translation>
                <numerusform>Lo que ha vuelto (%n por mirar)…</numerusform>
                <numerusform>Lo que ha vuelto (%n por mirar)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Returned to you: %n answers to revise</source>
            <comment>window.strip_returned</comment>
            <translation>
                <numerusform>Devuelta: %n respuesta por revisar</numerusform>
                <numerusform>Devuelta: %n respuestas por revisar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revise %n returned answers</source>
            <comment>window.strip_revise</comment>
            <translation>
                <numerusform>Revisar %n respuesta devuelta</numerusform>
                <numerusform>Revisar %n respuestas devueltas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>With you: %n answers to review</source>
            <comment>window.strip_to_review</comment>
            <translation>
                <numerusform>En sus manos: %n respuesta por revisar</numerusform>
                <numerusform>En sus manos: %n respuestas por revisar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problems to look at before submitting. Choose one to go to its question.</source>
            <comment>window.submit_problems</comment>
            <translation>
                <numerusform>%n problema que revisar antes de presentar. Elíjalo para ir a su pregunta.</numerusform>
                <numerusform>%n problemas que revisar antes de presentar. Elija uno para ir a su pregunta.</numerusform>
            </translation>
        </message>
        <message>
            <source>an assessment cannot go from {current} to {target}</source>
            <comment>workflow.bad_step</comment>
            <translation>una evaluación no puede pasar de «{current}» a «{target}»</translation>
        </message>
        <message>
            <source>your key is neither this assessment's focal point nor one of its reviewers: you can read it, comment and flag, but not change answers or review</source>
            <comment>workflow.not_a_party</comment>
            <translation>su clave no es la del punto focal de esta evaluación ni la de uno de sus revisores: puede leerla, comentar y marcar preguntas, pero no modificar las respuestas ni revisarlas</translation>
        </message>
        <message>
            <source>the assessment is {status}: answers can be changed only while it is a draft or after it was returned</source>
            <comment>workflow.not_editable</comment>
            <translation>la evaluación tiene el estado «{status}»: las respuestas solo pueden modificarse mientras es un borrador o después de su devolución</translation>
        </message>
        <message>
            <source>the assessment is {status}: decisions are recorded once it is submitted and until it is validated</source>
            <comment>workflow.not_reviewable</comment>
            <translation>la evaluación tiene el estado «{status}»: las decisiones solo se registran desde su presentación hasta su validación</translation>
        </message>
        <message>
            <source>only a reviewer can accept or return answers</source>
            <comment>workflow.only_reviewer</comment>
            <translation>solo un revisor puede aceptar o devolver respuestas</translation>
        </message>
        <message>
            <source>you are this assessment's focal point (by your key): its review is IOM's, whatever the role setting says</source>
            <comment>workflow.own_assessment</comment>
            <translation>usted es el punto focal de esta evaluación (según su clave): su revisión corresponde a la OIM, independientemente del rol configurado</translation>
        </message>
        <message>
            <source>a reviewer cannot change answers, evidence or findings; record a decision or a comment instead</source>
            <comment>workflow.reviewer_cannot_edit</comment>
            <translation>un revisor no puede modificar respuestas, evidencia ni constataciones; registre en su lugar una decisión o un comentario</translation>
        </message>
        <message>
            <source>only a {role} may move an assessment from {current} to {target}</source>
            <comment>workflow.wrong_role</comment>
            <translation>solo un {role} puede hacer pasar una evaluación de «{current}» a «{target}»</translation>
        </message>
        <message>
            <source>mgi_field {value} does not fit here (expected: {expected})</source>
            <comment>xlsform.bad_field</comment>
            <translation>mgi_field {value} no corresponde aquí (se esperaba: {expected})</translation>
        </message>
        <message>
            <source>form_id {form_id} must be letters, digits and . _ - only, with no spaces</source>
            <comment>xlsform.bad_form_id</comment>
            <translation>form_id {form_id} solo debe contener letras, dígitos y . _ -, sin espacios</translation>
        </message>
        <message>
            <source>mgi_gcm_objectives must be numbers from 1 to 23, not {value}</source>
            <comment>xlsform.bad_gcm</comment>
            <translation>mgi_gcm_objectives debe contener números del 1 al 23, no {value}</translation>
        </message>
        <message>
            <source>mgi_level {value} is not one of: domain, sub_area, indicator</source>
            <comment>xlsform.bad_level</comment>
            <translation>mgi_level {value} no es uno de estos valores: domain, sub_area, indicator</translation>
        </message>
        <message>
            <source>the expression names {name} without a dollar sign and braces: write {instead}</source>
            <comment>xlsform.bare_name</comment>
            <translation>la expresión nombra {name} sin el signo de dólar ni las llaves: escriba {instead}</translation>
        </message>
        <message>
            <source>duplicate name {name} (first used in {cell})</source>
            <comment>xlsform.duplicate_name</comment>
            <translation>nombre {name} duplicado (usado por primera vez en {cell})</translation>
        </message>
        <message>
            <source>{type} without a matching begin</source>
            <comment>xlsform.end_without_begin</comment>
            <translation>{type} sin un begin correspondiente</translation>
        </message>
        <message>
            <source>cannot read the expression {source}</source>
            <comment>xlsform.expression_unreadable</comment>
            <translation>no se puede leer la expresión {source}</translation>
        </message>
        <message>
            <source>cannot read the expression {source} at column {column}</source>
            <comment>xlsform.expression_unreadable_at</comment>
            <translation>no se puede leer la expresión {source} en la columna {column}</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n arguments, {given} given</source>
            <comment>xlsform.function_arguments</comment>
            <translation>
                <numerusform>{function}() admite %n argumento; se han dado {given}</numerusform>
                <numerusform>{function}() admite %n argumentos; se han dado {given}</numerusform>
            </translation>
        </message>
        <message>
            <source>the {sheet} sheet has no '{column}' column</source>
            <comment>xlsform.missing_column</comment>
            <translation>la hoja {sheet} no tiene una columna «{column}»</translation>
        </message>
        <message>
            <source>the form selects from choice lists but has no 'choices' sheet</source>
            <comment>xlsform.no_choices</comment>
            <translation>el formulario usa listas de opciones, pero no tiene una hoja «choices»</translation>
        </message>
        <message>
            <source>the form has no groups: the app needs its questions in groups for the domains, sub-areas and indicators (begin group ... end group, three deep; see docs/xlsform.md)</source>
            <comment>xlsform.no_groups</comment>
            <translation>el formulario no tiene grupos: la aplicación necesita que sus preguntas estén en grupos para las dimensiones, subáreas e indicadores (begin group ... end group, en tres niveles; véase docs/xlsform.md)</translation>
        </message>
        <message>
            <source>the row has no list_name</source>
            <comment>xlsform.no_list_row</comment>
            <translation>la fila no tiene list_name</translation>
        </message>
        <message>
            <source>the row has no name</source>
            <comment>xlsform.no_name</comment>
            <translation>la fila no tiene nombre</translation>
        </message>
        <message>
            <source>the choice filter names {name}, which is not a column of the choices sheet</source>
            <comment>xlsform.no_such_column</comment>
            <translation>el filtro de opciones nombra {name}, que no es una columna de la hoja choices</translation>
        </message>
        <message>
            <source>the choice list {name} does not exist in the choices sheet</source>
            <comment>xlsform.no_such_list</comment>
            <translation>la lista de opciones {name} no existe en la hoja choices</translation>
        </message>
        <message>
            <source>the workbook has no 'survey' sheet (sheets: {sheets})</source>
            <comment>xlsform.no_survey</comment>
            <translation>el libro no tiene una hoja «survey» (hojas: {sheets})</translation>
        </message>
        <message>
            <source>the row has no type</source>
            <comment>xlsform.no_type</comment>
            <translation>la fila no tiene tipo</translation>
        </message>
        <message>
            <source>{column} must be a number, not {value}</source>
            <comment>xlsform.not_a_number</comment>
            <translation>{column} debe ser un número, no {value}</translation>
        </message>
        <message>
            <source>group {name} is not closed: it has no 'end group'</source>
            <comment>xlsform.not_closed</comment>
            <translation>el grupo {name} no está cerrado: no tiene «end group»</translation>
        </message>
        <message>
            <source>not an Excel workbook (.xlsx): {detail}</source>
            <comment>xlsform.not_xlsx</comment>
            <translation>no es un libro de Excel (.xlsx): {detail}</translation>
        </message>
        <message>
            <source>{column} must be yes or no, not {value}</source>
            <comment>xlsform.not_yes_no</comment>
            <translation>{column} debe ser yes o no, no {value}</translation>
        </message>
        <message numerus="yes">
            <source>{sheet}: column {column} is not used by the app (%n cells)</source>
            <comment>xlsform.note_column</comment>
            <translation>
                <numerusform>{sheet}: la aplicación no usa la columna {column} (%n celda)</numerusform>
                <numerusform>{sheet}: la aplicación no usa la columna {column} (%n celdas)</numerusform>
            </translation>
        </message>
        <message>
            <source>{what} is not given: {value} is used</source>
            <comment>xlsform.note_default</comment>
            <translation>no se indica {what}: se usa {value}</translation>
        </message>
        <message>
            <source>{cell}: {type} ({name}) is metadata the app does not keep</source>
            <comment>xlsform.note_metadata</comment>
            <translation>{cell}: {type} ({name}) es un metadato que la aplicación no conserva</translation>
        </message>
        <message>
            <source>note {name}: the app shows a note only at the start of the form (notice, introduction) or first in a domain (its description); put this text in a question's hint</source>
            <comment>xlsform.note_place</comment>
            <translation>nota {name}: la aplicación solo muestra una nota al principio del formulario (aviso, introducción) o en primer lugar en una dimensión (su descripción); ponga este texto en la indicación (hint) de una pregunta</translation>
        </message>
        <message>
            <source>an Excel 97-2003 workbook (.xls): save it as .xlsx and open that</source>
            <comment>xlsform.old_xls</comment>
            <translation>un libro de Excel 97-2003 (.xls): guárdelo como .xlsx y abra ese archivo</translation>
        </message>
        <message>
            <source>{type}: the app cannot add an 'other' answer with its own text; add an 'other' choice to the list and a text question after it</source>
            <comment>xlsform.or_other</comment>
            <translation>{type}: la aplicación no puede añadir una respuesta «otro» con su propio texto; añada una opción «otro» a la lista y una pregunta de texto a continuación</translation>
        </message>
        <message>
            <source>question {name} must stand inside an indicator group (domain &gt; sub-area &gt; indicator)</source>
            <comment>xlsform.outside_indicator</comment>
            <translation>la pregunta {name} debe estar dentro de un grupo de indicador (dimensión &gt; subárea &gt; indicador)</translation>
        </message>
        <message>
            <source>repeat {name}: the app asks each question once per assessment and cannot repeat a group</source>
            <comment>xlsform.repeat</comment>
            <translation>repeat {name}: la aplicación formula cada pregunta una vez por evaluación y no puede repetir un grupo</translation>
        </message>
        <message>
            <source>'.' (the answer itself) can only be used in a constraint</source>
            <comment>xlsform.self_here</comment>
            <translation>«.» (la propia respuesta) solo puede usarse en una restricción (constraint)</translation>
        </message>
        <message>
            <source>group {name} is nested deeper than domain, sub-area and indicator</source>
            <comment>xlsform.too_deep</comment>
            <translation>el grupo {name} está anidado a más profundidad que dimensión, subárea e indicador</translation>
        </message>
        <message>
            <source>the {sheet} sheet has more than {limit} rows: not a questionnaire</source>
            <comment>xlsform.too_many_rows</comment>
            <translation>la hoja {sheet} tiene más de {limit} filas: no es un cuestionario</translation>
        </message>
        <message>
            <source>mgi_type {mgi_type} does not fit the type {type}</source>
            <comment>xlsform.type_mismatch</comment>
            <translation>mgi_type {mgi_type} no corresponde al tipo {type}</translation>
        </message>
        <message>
            <source>cannot tell which language {language} is: write it with its code, e.g. 'English (en)'</source>
            <comment>xlsform.unknown_language</comment>
            <translation>no se puede determinar qué idioma es {language}: escríbalo con su código, p. ej., 'Español (es)'</translation>
        </message>
        <message>
            <source>unknown column {column}: the app's columns are {known}</source>
            <comment>xlsform.unknown_mgi_column</comment>
            <translation>columna desconocida {column}: las columnas de la aplicación son {known}</translation>
        </message>
        <message>
            <source>the expression names {name}, which is not a question of the form</source>
            <comment>xlsform.unknown_name</comment>
            <translation>la expresión nombra {name}, que no es una pregunta del formulario</translation>
        </message>
        <message>
            <source>unknown type {type} (the app reads: {types})</source>
            <comment>xlsform.unknown_type</comment>
            <translation>tipo desconocido {type} (la aplicación lee: {types})</translation>
        </message>
        <message>
            <source>the expression uses {function}(), which the app cannot evaluate</source>
            <comment>xlsform.unsupported_function</comment>
            <translation>la expresión usa {function}(), que la aplicación no puede evaluar</translation>
        </message>
        <message>
            <source>the expression uses the operator {operator}, which the app cannot evaluate</source>
            <comment>xlsform.unsupported_operator</comment>
            <translation>la expresión usa el operador {operator}, que la aplicación no puede evaluar</translation>
        </message>
        <message>
            <source>the expression uses the path {path}: write {instead} instead</source>
            <comment>xlsform.unsupported_path</comment>
            <translation>la expresión usa la ruta {path}: escriba {instead} en su lugar</translation>
        </message>
        <message>
            <source>the app has no question of type {type}</source>
            <comment>xlsform.unsupported_type</comment>
            <translation>la aplicación no tiene preguntas de tipo {type}</translation>
        </message>
        <message>
            <source>group {name} ({level}) must stand inside a {parent} group</source>
            <comment>xlsform.wrong_parent</comment>
            <translation>el grupo {name} ({level}) debe estar dentro de un grupo {parent}</translation>
        </message>
    </context>
</TS>
