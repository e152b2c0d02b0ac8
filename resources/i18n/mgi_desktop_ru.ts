<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About MGI Desktop</source>
            <translation>О программе MGI Desktop</translation>
        </message>
        <message>
            <source>Answer, review, exchange and export Migration Governance Indicators assessments, offline.</source>
            <translation>Заполнение, проверка, обмен и экспорт оценок по Индикаторам управления миграцией (MGI) без подключения к интернету.</translation>
        </message>
        <message>
            <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
            <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
        </message>
        <message>
            <source>Data folder: {path}</source>
            <translation>Папка данных: {path}</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>Файл журнала: {path}</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>База данных: {path}</translation>
        </message>
    </context>
    <context>
        <name>AssessmentTableModel</name>
        <message>
            <source>Country or city</source>
            <extracomment>the raw value of a cell, for sorting (text columns sort as shown) the assessment id of a row, in every column the completion percentage (0-100) of a row, for the progress delegate</extracomment>
            <translation>Страна или город</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Раунд</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Ход заполнения</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Последнее изменение</translation>
        </message>
        <message>
            <source> (archived)</source>
            <translation> (в архиве)</translation>
        </message>
        <message>
            <source>{percent}% ({answered} of {relevant} applicable)</source>
            <translation>{percent}% ({answered} из {relevant} применимых)</translation>
        </message>
        <message>
            <source>{title}
Questionnaire: {framework} {version}
Focal point: {person}</source>
            <translation>{title}
Вопросник: {framework} {version}
Координатор: {person}</translation>
        </message>
    </context>
    <context>
        <name>AssessmentView</name>
        <message>
            <source>&amp;Undo answer change</source>
            <extracomment>each pane's share of the width (navigator, page, review panel) until the person moves the splitter: at 1366 pixels the reviewer's panel gets about 380, the page 700 and the navigator 280 the working language changed: the window rebuilds the view, back on this question (or "") the next step is to send the assessment to the other side (the window's File ▸ Send) what the last import brought, and the questions of it the person has not looked at yet</extracomment>
            <translation>&amp;Отменить изменение ответа</translation>
        </message>
        <message>
            <source>&amp;Redo answer change</source>
            <translation>&amp;Повторить изменение ответа</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>&amp;Следующий вопрос</translation>
        </message>
        <message>
            <source>&amp;Previous question</source>
            <translation>&amp;Предыдущий вопрос</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Обзор</translation>
        </message>
        <message>
            <source>&amp;Find question…</source>
            <translation>На&amp;йти вопрос…</translation>
        </message>
        <message>
            <source>&amp;Submit for review…</source>
            <translation>Отправить на проверк&amp;у…</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>&amp;Выводы</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;Журнал аудита…</translation>
        </message>
        <message>
            <source>&amp;History of this question…</source>
            <translation>&amp;История этого вопроса…</translation>
        </message>
        <message>
            <source>&amp;Compare with the previous round…</source>
            <translation>С&amp;равнить с предыдущим раундом…</translation>
        </message>
        <message>
            <source>&amp;Working language…</source>
            <translation>Рабочий &amp;язык…</translation>
        </message>
        <message>
            <source>This assessment does not follow an earlier round</source>
            <translation>Эта оценка не является продолжением предыдущего раунда</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>All questions</source>
            <translation>Все вопросы</translation>
        </message>
        <message>
            <source>Unanswered</source>
            <translation>Без ответа</translation>
        </message>
        <message>
            <source>Required, missing</source>
            <translation>Обязательные без ответа</translation>
        </message>
        <message>
            <source>Evidence required, missing</source>
            <translation>Нужны подтверждающие материалы, их нет</translation>
        </message>
        <message>
            <source>Returned by reviewer</source>
            <translation>Возвращённые проверяющим</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>Помеченные</translation>
        </message>
        <message>
            <source>With comments</source>
            <translation>С комментариями</translation>
        </message>
        <message>
            <source>Returned or with open comments</source>
            <translation>Возвращённые или с открытыми комментариями</translation>
        </message>
        <message>
            <source>Search codes and text (Ctrl+F)</source>
            <translation>Поиск по кодам и тексту (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search questions</source>
            <translation>Поиск вопросов</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Вопросы</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Показ&amp;ать:</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Сохранено в {time}</translation>
        </message>
        <message>
            <source>answer to {code}</source>
            <translation>ответ на вопрос {code}</translation>
        </message>
        <message>
            <source>justification of {code}</source>
            <translation>обоснование к вопросу {code}</translation>
        </message>
        <message>
            <source>Submitted for review</source>
            <translation>Отправлена на проверку</translation>
        </message>
        <message>
            <source>You are a reviewer: the answers are read-only. You can comment and flag questions.</source>
            <translation>Вы — проверяющий: ответы доступны только для чтения. Вы можете оставлять комментарии и помечать вопросы.</translation>
        </message>
        <message>
            <source>Your key is not one of this assessment's (neither its focal point nor a reviewer): the answers are read-only. You can comment and flag questions.</source>
            <translation>Ваш ключ не относится к этой оценке (он не принадлежит ни её координатору, ни проверяющему): ответы доступны только для чтения. Вы можете оставлять комментарии и помечать вопросы.</translation>
        </message>
        <message>
            <source>The assessment is {status}: answers can be changed only while it is a draft or after the reviewer returned it.</source>
            <translation>Оценка имеет статус «{status}»: ответы можно изменять, только пока она является черновиком или после её возврата проверяющим.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit trail — {title}</source>
            <translation>Журнал аудита — {title}</translation>
        </message>
        <message>
            <source>Audit trail of {code} — {title}</source>
            <translation>Журнал аудита по вопросу {code} — {title}</translation>
        </message>
        <message>
            <source>Filter by any text (values, reasons, codes)…</source>
            <translation>Фильтр по любому тексту (значения, причины, коды)…</translation>
        </message>
        <message>
            <source>Filter text</source>
            <translation>Текст фильтра</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Кто:</translation>
        </message>
        <message>
            <source>W&amp;hat:</source>
            <translation>&amp;Что:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <source>Save the rows shown as an Excel workbook or a CSV file</source>
            <translation>Сохранить отображаемые строки в книгу Excel или файл CSV</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Все пользователи</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Всё</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Пока ничего не записано.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>Файл CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>Экспорт журнала аудита</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Прежнее значение</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Новое значение</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Подтверждающие материалы</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Вывод</translation>
        </message>
        <message>
            <source>Domain text</source>
            <translation>Текст области</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Пакет</translation>
        </message>
        <message>
            <source>answer</source>
            <extracomment>what each event changed, as the audit trail names it (the core records a field's code)</extracomment>
            <translation>ответ</translation>
        </message>
        <message>
            <source>justification</source>
            <translation>обоснование</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>отметка</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>перенесено</translation>
        </message>
        <message>
            <source>review decision</source>
            <translation>решение проверки</translation>
        </message>
        <message>
            <source>status</source>
            <translation>статус</translation>
        </message>
        <message>
            <source>created</source>
            <translation>создание</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>архивирование</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>подпись</translation>
        </message>
        <message>
            <source>added</source>
            <translation>добавление</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>удаление</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>решено</translation>
        </message>
        <message>
            <source>title</source>
            <translation>название</translation>
        </message>
        <message>
            <source>focal point</source>
            <translation>координатор</translation>
        </message>
        <message>
            <source>institution</source>
            <translation>учреждение</translation>
        </message>
        <message>
            <source>introduction</source>
            <translation>введение</translation>
        </message>
        <message>
            <source>working language</source>
            <translation>рабочий язык</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>вид</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>ссылка</translation>
        </message>
        <message>
            <source>issuing body</source>
            <translation>выпустивший орган</translation>
        </message>
        <message>
            <source>year</source>
            <translation>год</translation>
        </message>
        <message>
            <source>date</source>
            <translation>дата</translation>
        </message>
        <message>
            <source>web address</source>
            <translation>веб-адрес</translation>
        </message>
        <message>
            <source>note</source>
            <translation>примечание</translation>
        </message>
        <message>
            <source>file</source>
            <translation>файл</translation>
        </message>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <source>description</source>
            <translation>описание</translation>
        </message>
        <message>
            <source>order</source>
            <translation>порядок</translation>
        </message>
        <message>
            <source>linked questions</source>
            <translation>связанные вопросы</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>объединение</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>перемещение</translation>
        </message>
        <message>
            <source>redrafted</source>
            <translation>новая редакция</translation>
        </message>
        <message>
            <source>follow-up round</source>
            <translation>последующий раунд</translation>
        </message>
        <message>
            <source>category</source>
            <translation>категория</translation>
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
            <translation>Что пришло обратно</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>Статус: {old} → {new}</translation>
        </message>
        <message>
            <source>Note from {who}, {when}: “{note}”</source>
            <translation>Примечание от {who}, {when}: «{note}»</translation>
        </message>
        <message>
            <source>No answer, decision or comment came back.</source>
            <translation>Не пришло ни ответов, ни решений, ни комментариев.</translation>
        </message>
        <message>
            <source>What came back; press Enter to go to the question</source>
            <translation>Что пришло обратно; нажмите Enter, чтобы перейти к вопросу</translation>
        </message>
        <message>
            <source>returned to you</source>
            <translation>возвращён вам</translation>
        </message>
        <message>
            <source>comment by {who}: {text}</source>
            <translation>комментарий {who}: {text}</translation>
        </message>
        <message>
            <source>answer changed</source>
            <translation>ответ изменён</translation>
        </message>
        <message>
            <source>Go to {code}</source>
            <translation>Перейти к вопросу {code}</translation>
        </message>
    </context>
    <context>
        <name>CommentThread</name>
        <message>
            <source>Comments; check a comment to mark it resolved</source>
            <translation>Комментарии; отметьте комментарий флажком, чтобы обозначить его как решённый</translation>
        </message>
        <message>
            <source>New comment</source>
            <translation>Новый комментарий</translation>
        </message>
        <message>
            <source>Write a comment (Ctrl+Enter adds it)</source>
            <translation>Напишите комментарий (Ctrl+Enter — добавить)</translation>
        </message>
        <message>
            <source>Add co&amp;mment</source>
            <translation>Добавить &amp;комментарий</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation>проверяющий</translation>
        </message>
        <message>
            <source>focal point</source>
            <translation>координатор</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Решён</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыт</translation>
        </message>
    </context>
    <context>
        <name>ComparisonModel</name>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Вопрос</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Что изменилось</translation>
        </message>
        <message>
            <source>Evidence added</source>
            <translation>Добавленные подтверждающие материалы</translation>
        </message>
        <message>
            <source>Evidence removed</source>
            <translation>Удалённые подтверждающие материалы</translation>
        </message>
        <message>
            <source>Round {n}</source>
            <translation>Раунд {n}</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>ответ</translation>
        </message>
        <message>
            <source>justification</source>
            <translation>обоснование</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>подтверждающие материалы</translation>
        </message>
        <message>
            <source>question reworded</source>
            <translation>вопрос переформулирован</translation>
        </message>
        <message>
            <source>question split in several</source>
            <translation>вопрос разделён на несколько</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <source>(carried over, not confirmed yet)</source>
            <translation>(перенесено, ещё не подтверждено)</translation>
        </message>
    </context>
    <context>
        <name>ConsolidateOptions</name>
        <message>
            <source>Consolidate</source>
            <translation>Свести оценки</translation>
        </message>
        <message>
            <source>Which assessments go into the consolidated workbook? The workbook's About sheet lists the filters and how many assessments each left out.</source>
            <translation>Какие оценки войдут в сводную книгу? На листе «Сведения» книги указаны фильтры и сколько оценок исключил каждый из них.</translation>
        </message>
        <message>
            <source>Statuses</source>
            <translation>Статусы</translation>
        </message>
        <message>
            <source>Include archived assessments</source>
            <translation>Включить архивные оценки</translation>
        </message>
        <message>
            <source>Also write the tables as CSV files, with a data dictionary, in a folder beside the workbook</source>
            <translation>Также записать таблицы в файлы CSV со словарём данных в папку рядом с книгой</translation>
        </message>
    </context>
    <context>
        <name>DatabaseOpening</name>
        <message>
            <source>Cannot open the database</source>
            <extracomment>lupdate reads the context and text of every translate("Context", "text") call.</extracomment>
            <translation>Не удаётся открыть базу данных</translation>
        </message>
        <message>
            <source>MGI Desktop cannot open this database.</source>
            <translation>MGI Desktop не может открыть эту базу данных.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Повторить попытку</translation>
        </message>
        <message>
            <source>Restore the backup of {when}</source>
            <translation>Восстановить резервную копию от {when}</translation>
        </message>
        <message>
            <source>Use another database…</source>
            <translation>Использовать другую базу данных…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>MGI Desktop databases (*.sqlite *.db);;All files (*)</source>
            <translation>Базы данных MGI Desktop (*.sqlite *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Новая база данных</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <source>The current file cannot be read, so what it holds beyond the backup cannot be told.</source>
            <translation>Текущий файл не читается, поэтому нельзя сказать, что в нём есть сверх резервной копии.</translation>
        </message>
        <message>
            <source>The backup holds every answer of the current file: no answer will be lost.</source>
            <translation>Резервная копия содержит все ответы текущего файла: ни один ответ не будет потерян.</translation>
        </message>
        <message>
            <source>Before restoring, a safety backup of the current state is made in the backup folder, so that this restore can itself be undone.</source>
            <translation>Перед восстановлением в папке резервных копий сохраняется копия текущего состояния, так что само восстановление можно будет отменить.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Восстановить резервную копию</translation>
        </message>
        <message>
            <source>Replace {file} with its backup of {when}?</source>
            <translation>Заменить {file} его резервной копией от {when}?</translation>
        </message>
    </context>
    <context>
        <name>DomainWheel</name>
        <message>
            <source>Progress wheel of the six domains</source>
            <extracomment>One colour per domain, of medium lightness so that they read on light and dark themes.</extracomment>
            <translation>Диаграмма хода заполнения по шести областям</translation>
        </message>
    </context>
    <context>
        <name>EditAnswerDialog</name>
        <message>
            <source>Edit the answer to {code}</source>
            <translation>Изменение ответа на вопрос {code}</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Обоснование</translation>
        </message>
        <message>
            <source>Justification:</source>
            <translation>Обоснование:</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Open log folder</source>
            <extracomment>lupdate reads the context and text of every translate("Context", "text") call.</extracomment>
            <translation>Открыть папку журнала</translation>
        </message>
        <message>
            <source>Free some space on this disk (empty the recycle bin, move large files to another drive), then try again. Nothing you saved before was lost.</source>
            <translation>Освободите место на этом диске (очистите корзину, перенесите большие файлы на другой диск), затем повторите попытку. Всё, что вы сохранили ранее, не утеряно.</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Диск заполнен</translation>
        </message>
        <message>
            <source>MGI Desktop</source>
            <translation>MGI Desktop</translation>
        </message>
        <message>
            <source>Unexpected problem</source>
            <translation>Непредвиденная ошибка</translation>
        </message>
        <message>
            <source>MGI Desktop ran into an unexpected problem and could not finish what you asked.</source>
            <translation>В работе MGI Desktop возникла непредвиденная ошибка, и программе не удалось выполнить ваш запрос.</translation>
        </message>
        <message>
            <source>The answers you have already seen saved are safe. The details were written to the log file: {path}</source>
            <translation>Ответы, сохранение которых было подтверждено, в безопасности. Подробности записаны в файл журнала: {path}</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>Файл журнала: {path}</translation>
        </message>
        <message>
            <source>What you typed is still in the window.</source>
            <translation>Введённый вами текст по-прежнему находится в окне.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Повторить попытку</translation>
        </message>
        <message>
            <source>Show the folder</source>
            <translation>Показать папку</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>Law</source>
            <translation>Закон</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>Подзаконный акт</translation>
        </message>
        <message>
            <source>Policy or strategy</source>
            <translation>Политика или стратегия</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Соглашение</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Доклад</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Веб-сайт</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Интервью</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Edit evidence</source>
            <translation>Изменение подтверждающего материала</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>Добавление подтверждающего материала</translation>
        </message>
        <message>
            <source>e.g. Law on External Migration (2000)</source>
            <translation>например, Закон «О внешней миграции» (2000)</translation>
        </message>
        <message>
            <source>article, section or page</source>
            <translation>статья, раздел или страница</translation>
        </message>
        <message>
            <source>e.g. 2019</source>
            <translation>например, 2019</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Место в документе:</translation>
        </message>
        <message>
            <source>&amp;Issuing body:</source>
            <translation>&amp;Издавший орган:</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Год:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation>&amp;Веб-адрес:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Примечание:</translation>
        </message>
        <message>
            <source>&amp;Attach file…</source>
            <translation>Прикрепить &amp;файл…</translation>
        </message>
        <message>
            <source>Remo&amp;ve file</source>
            <translation>&amp;Удалить файл</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>(kept as attached)</source>
            <translation>(сохраняется в прикреплённом виде)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Прикрепить файл</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <source>Evidence</source>
            <translation>Подтверждающие материалы</translation>
        </message>
        <message>
            <source>Add ev&amp;idence…</source>
            <translation>&amp;Добавить подтверждающий материал…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>Открыть файл</translation>
        </message>
        <message>
            <source>Remove evidence</source>
            <translation>Удалить подтверждающий материал</translation>
        </message>
        <message>
            <source>Remove “{title}” from this answer?</source>
            <translation>Удалить «{title}» из этого ответа?</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;Import or receive…</source>
            <translation>&amp;Импорт или получение…</translation>
        </message>
        <message>
            <source>&amp;Send for review or back…</source>
            <translation>Отп&amp;равить на проверку или обратно…</translation>
        </message>
        <message>
            <source>&amp;Profile…</source>
            <translation>&amp;Профиль…</translation>
        </message>
        <message>
            <source>&amp;Excel summary…</source>
            <translation>&amp;Сводка Excel…</translation>
        </message>
        <message>
            <source>S&amp;DG 10.7.2 files…</source>
            <translation>Файлы &amp;ЦУР 10.7.2…</translation>
        </message>
        <message>
            <source>Conso&amp;lidate…</source>
            <translation>Объ&amp;единить…</translation>
        </message>
        <message>
            <source>Start &amp;follow-up round…</source>
            <translation>Начать последующий ра&amp;унд…</translation>
        </message>
        <message>
            <source>Questionnaire as &amp;XLSForm…</source>
            <translation>Вопросник в формате &amp;XLSForm…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспорт</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Сохранено: {file}</translation>
        </message>
        <message>
            <source>Export Excel summary</source>
            <translation>Экспорт сводки Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting the Excel summary…</source>
            <translation>Экспорт сводки Excel…</translation>
        </message>
        <message>
            <source>National SDG platform, open-sdg layout (*.csv)</source>
            <translation>Национальная платформа ЦУР, формат open-sdg (*.csv)</translation>
        </message>
        <message>
            <source>UN global SDG database, SDMX-CSV layout (*.csv)</source>
            <translation>Глобальная база данных ЦУР ООН, формат SDMX-CSV (*.csv)</translation>
        </message>
        <message>
            <source>Transcription for the UN Inquiry, Module III (*.xlsx)</source>
            <translation>Перенос в обследование ООН, модуль III (*.xlsx)</translation>
        </message>
        <message>
            <source>Export SDG 10.7.2</source>
            <translation>Экспорт ЦУР 10.7.2</translation>
        </message>
        <message>
            <source>Exporting SDG 10.7.2…</source>
            <translation>Экспорт ЦУР 10.7.2…</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Веб-страница (*.html)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Документ Word (*.docx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export profile</source>
            <translation>Экспорт профиля</translation>
        </message>
        <message>
            <source>Exporting the profile…</source>
            <translation>Экспорт профиля…</translation>
        </message>
        <message>
            <source>Databases and packages to consolidate</source>
            <translation>Базы данных и пакеты для объединения</translation>
        </message>
        <message>
            <source>Databases and packages (*.sqlite *.db *.mgi);;All files (*)</source>
            <translation>Базы данных и пакеты (*.sqlite *.db *.mgi);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Save the consolidated workbook</source>
            <translation>Сохранить сводную книгу</translation>
        </message>
        <message>
            <source>Consolidating…</source>
            <translation>Объединение…</translation>
        </message>
        <message>
            <source>Import or receive a package</source>
            <translation>Импорт или получение пакета</translation>
        </message>
        <message>
            <source>MGI packages (*.mgi);;All files (*)</source>
            <translation>Пакеты MGI (*.mgi);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Round {n} started</source>
            <translation>Раунд {n} начат</translation>
        </message>
        <message>
            <source>Package imported</source>
            <translation>Пакет импортирован</translation>
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message>
            <source>Findings</source>
            <translation>Выводы</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Область</translation>
        </message>
        <message>
            <source>&amp;Domain:</source>
            <translation>&amp;Область:</translation>
        </message>
        <message>
            <source>Profile &amp;introduction (all domains)</source>
            <translation>Вв&amp;едение к профилю (все области)</translation>
        </message>
        <message>
            <source>Domain des&amp;cription</source>
            <translation>Описа&amp;ние области</translation>
        </message>
        <message>
            <source>Also explain what the local authority is responsible for and the local migration context.</source>
            <translation>Поясните также полномочия органа местного самоуправления и местную миграционную ситуацию.</translation>
        </message>
        <message>
            <source>We&amp;ll-developed areas</source>
            <translation>&amp;Хорошо развитые направления</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Добавить…</translation>
        </message>
        <message>
            <source>Areas with &amp;potential for further development</source>
            <translation>Направления с по&amp;тенциалом для дальнейшего развития</translation>
        </message>
        <message>
            <source>Add a finding to {list}</source>
            <translation>Добавить вывод в раздел «{list}»</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>О&amp;бъединить</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Переместить вве&amp;рх</translation>
        </message>
        <message>
            <source>Move dow&amp;n</source>
            <translation>Переместить вни&amp;з</translation>
        </message>
        <message>
            <source>Move to the &amp;other list</source>
            <translation>Перенести в &amp;другой список</translation>
        </message>
        <message>
            <source>&amp;Questions…</source>
            <translation>Вопрос&amp;ы…</translation>
        </message>
        <message>
            <source>Drafts suggested by the answers</source>
            <translation>Черновики, предложенные на основе ответов</translation>
        </message>
        <message>
            <source>Ta&amp;ke selected</source>
            <translation>Вз&amp;ять выбранные</translation>
        </message>
        <message>
            <source>Draft &amp;all from the answers</source>
            <translation>Составить &amp;черновики по всем ответам</translation>
        </message>
        <message>
            <source>Adds a draft finding for every answered question not covered yet; untouched drafts follow later changes of the answers</source>
            <translation>Добавляет черновик вывода для каждого вопроса с ответом, ещё не охваченного выводами; неизменённые черновики обновляются при последующих изменениях ответов</translation>
        </message>
        <message>
            <source>Read only: {reason}</source>
            <translation>Только для чтения: {reason}</translation>
        </message>
        <message>
            <source>[Draft] {text}</source>
            <translation>[Черновик] {text}</translation>
        </message>
        <message>
            <source>Questions: {codes}</source>
            <translation>Вопросы: {codes}</translation>
        </message>
        <message>
            <source>Draft from the answers, not edited yet: edit it, or press OK in Edit… to keep it as written</source>
            <translation>Черновик по ответам, ещё не изменён: измените его или нажмите OK в окне «Изменить…», чтобы оставить как есть</translation>
        </message>
        <message>
            <source>No findings yet: add one, take a draft below, or drag one here.</source>
            <translation>Выводов пока нет: добавьте вывод, возьмите черновик ниже или перетащите его сюда.</translation>
        </message>
        <message>
            <source>Well-developed</source>
            <translation>Хорошо развито</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Потенциал для развития</translation>
        </message>
        <message>
            <source>Drafts from the answers ({n})</source>
            <translation>Черновики на основе ответов ({n})</translation>
        </message>
        <message>
            <source>No drafts: every answered question of this domain is covered by a finding, or none has a scored answer yet.</source>
            <translation>Черновиков нет: каждый вопрос этой области, на который дан ответ, охвачен выводом, либо ни на один вопрос ещё не дан ответ, оцениваемый в баллах.</translation>
        </message>
        <message>
            <source>Linked questions (click to open): {links}</source>
            <translation>Связанные вопросы (щёлкните, чтобы открыть): {links}</translation>
        </message>
        <message>
            <source>This finding is not linked to a question yet (Questions…).</source>
            <translation>Этот вывод ещё не связан ни с одним вопросом (Вопросы…).</translation>
        </message>
        <message>
            <source>Select a finding to see the questions it rests on.</source>
            <translation>Выберите вывод, чтобы увидеть вопросы, на которых он основан.</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Сохранено в {time}</translation>
        </message>
        <message>
            <source>Add a finding</source>
            <translation>Добавить вывод</translation>
        </message>
        <message>
            <source>Finding:</source>
            <translation>Вывод:</translation>
        </message>
        <message>
            <source>Edit the finding</source>
            <translation>Изменить вывод</translation>
        </message>
        <message>
            <source>Remove findings</source>
            <translation>Удалить выводы</translation>
        </message>
        <message>
            <source>Merge findings</source>
            <translation>Объединить выводы</translation>
        </message>
        <message>
            <source>The merged finding:</source>
            <translation>Объединённый вывод:</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Start follow-up round</source>
            <translation>Начать последующий раунд</translation>
        </message>
        <message>
            <source>Round {n} of {title} starts from this round's answers, justifications and evidence. Each carried-over answer waits for your confirmation; this round stays as it is.</source>
            <translation>Раунд {n} оценки «{title}» начинается с ответов, обоснований и подтверждающих материалов этого раунда. Каждый перенесённый ответ ожидает вашего подтверждения; этот раунд остаётся без изменений.</translation>
        </message>
        <message>
            <source>Questionnaire of the new round</source>
            <translation>Вопросник нового раунда</translation>
        </message>
        <message>
            <source>Other &amp;file…</source>
            <translation>Другой &amp;файл…</translation>
        </message>
        <message>
            <source>&amp;Questionnaire:</source>
            <translation>&amp;Вопросник:</translation>
        </message>
        <message>
            <source>&amp;Open crosswalk…</source>
            <translation>&amp;Открыть таблицу соответствия…</translation>
        </message>
        <message>
            <source>Save crosswalk to &amp;edit…</source>
            <translation>&amp;Сохранить таблицу для правки…</translation>
        </message>
        <message>
            <source>Crosswalk:</source>
            <translation>Таблица соответствия:</translation>
        </message>
        <message>
            <source>Question (before → now)</source>
            <translation>Вопрос (раньше → сейчас)</translation>
        </message>
        <message>
            <source>Answer before</source>
            <translation>Прежний ответ</translation>
        </message>
        <message>
            <source>Answer now</source>
            <translation>Новый ответ</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>What the new round carries</source>
            <translation>Что переносится в новый раунд</translation>
        </message>
        <message>
            <source>&amp;Start round {n}</source>
            <translation>&amp;Начать раунд {n}</translation>
        </message>
        <message>
            <source>Reading the questionnaire files…</source>
            <translation>Чтение файлов вопросников…</translation>
        </message>
        <message>
            <source>{questionnaire} — the same as this round</source>
            <translation>{questionnaire} — тот же, что и в этом раунде</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Проверка файла {file}…</translation>
        </message>
        <message>
            <source>{file} is a {level} questionnaire; a follow-up round keeps the level of the round before ({this}).</source>
            <translation>Файл {file} содержит вопросник уровня «{level}»; последующий раунд сохраняет уровень предыдущего раунда ({this}).</translation>
        </message>
        <message>
            <source>Open crosswalk</source>
            <translation>Открыть таблицу соответствия</translation>
        </message>
        <message>
            <source>Crosswalks (*.yaml *.yml);;All files (*)</source>
            <translation>Таблицы соответствия (*.yaml *.yml);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Save crosswalk</source>
            <translation>Сохранить таблицу соответствия</translation>
        </message>
        <message>
            <source>Crosswalks (*.yaml *.yml)</source>
            <translation>Таблицы соответствия (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>from {file}</source>
            <translation>из файла {file}</translation>
        </message>
        <message>
            <source>drafted from the two versions (same code, same or similar text); save it to check or edit it</source>
            <translation>составлена по двум версиям (тот же код, тот же или похожий текст); сохраните её, чтобы проверить или изменить</translation>
        </message>
        <message>
            <source>Working out what the new round carries…</source>
            <translation>Определение того, что переносится в новый раунд…</translation>
        </message>
        <message>
            <source>Nothing to show: choose the questionnaire again.</source>
            <translation>Нечего показать: выберите вопросник ещё раз.</translation>
        </message>
        <message>
            <source>{carried} answers carried as they were, {confirm} to confirm, {lost} not carried, {new} new questions.</source>
            <translation>Перенесено без изменений: {carried}; требуют подтверждения: {confirm}; не перенесено: {lost}; новых вопросов: {new}.</translation>
        </message>
        <message>
            <source>Findings of the previous round carried over as drafts, to keep, edit or remove: {n}.</source>
            <translation>Выводы предыдущего цикла, перенесённые как черновики (сохранить, изменить или удалить): {n}.</translation>
        </message>
        <message>
            <source>To confirm ({n})</source>
            <translation>Требуют подтверждения ({n})</translation>
        </message>
        <message>
            <source>Not carried ({n})</source>
            <translation>Не перенесены ({n})</translation>
        </message>
        <message>
            <source>New questions, not answered yet ({n})</source>
            <translation>Новые вопросы, пока без ответа ({n})</translation>
        </message>
        <message>
            <source>new in this version</source>
            <translation>новый в этой версии</translation>
        </message>
        <message>
            <source>Carried as they were ({n})</source>
            <translation>Перенесены без изменений ({n})</translation>
        </message>
    </context>
    <context>
        <name>FrameworkPage</name>
        <message>
            <source>Questionnaire</source>
            <translation>Вопросник</translation>
        </message>
        <message>
            <source>Choose the questionnaire to answer. You can add a questionnaire file that IOM sent you.</source>
            <translation>Выберите вопросник для заполнения. Вы можете добавить файл вопросника, присланный вам МОМ.</translation>
        </message>
        <message>
            <source>Questionnaires</source>
            <translation>Вопросники</translation>
        </message>
        <message>
            <source>&amp;Add questionnaire file…</source>
            <translation>Доб&amp;авить файл вопросника…</translation>
        </message>
        <message>
            <source>Problems in the questionnaire file</source>
            <translation>Проблемы в файле вопросника</translation>
        </message>
        <message>
            <source>&amp;Working language:</source>
            <translation>&amp;Рабочий язык:</translation>
        </message>
        <message>
            <source>No questionnaire of this level yet: add a questionnaire file.</source>
            <translation>Вопросника этого уровня пока нет: добавьте файл вопросника.</translation>
        </message>
        <message>
            <source>{n} questions in {d} domains: {always} always asked, {conditional} only with certain earlier answers.</source>
            <translation>Вопросов: {n}; областей: {d}. Задаются всегда: {always}; только при некоторых предыдущих ответах: {conditional}.</translation>
        </message>
        <message>
            <source>{n} questions in {d} domains.</source>
            <translation>Вопросов: {n}; областей: {d}.</translation>
        </message>
        <message>
            <source>Add questionnaire file</source>
            <translation>Добавить файл вопросника</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Проверка файла {file}…</translation>
        </message>
        <message>
            <source>{file} is a {level} questionnaire; go back and choose that level to use it.</source>
            <translation>Файл {file} содержит вопросник уровня «{level}»; чтобы использовать его, вернитесь назад и выберите этот уровень.</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>MGI Desktop guide</source>
            <extracomment>link schemes handed to the system (never loaded inside the guide) lupdate reads the context and text of every translate("Context", "text") call. a picture of a guide page, as the pages write them: &lt;img src="pictures/NAME-LANG.png" ...&gt;</extracomment>
            <translation>Руководство по MGI Desktop</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Разделы</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <source>Find in the guide (Ctrl+F)</source>
            <translation>Найти в руководстве (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Найти в руководстве</translation>
        </message>
        <message>
            <source>Not found: {text}</source>
            <translation>Не найдено: {text}</translation>
        </message>
        <message>
            <source>The guide is missing from this installation (no file in {folder}). Reinstall MGI Desktop to get it back; everything else works without it.</source>
            <translation>В этой установке нет руководства (нет файла в {folder}). Переустановите MGI Desktop, чтобы вернуть его; всё остальное работает и без него.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>answers changed</source>
            <translation>изменённые ответы</translation>
        </message>
        <message>
            <source>questions flagged or unflagged</source>
            <translation>вопросов отмечено или снято с отметки</translation>
        </message>
        <message>
            <source>evidence added</source>
            <translation>добавленные подтверждающие материалы</translation>
        </message>
        <message>
            <source>evidence removed</source>
            <translation>удалённые подтверждающие материалы</translation>
        </message>
        <message>
            <source>evidence changed</source>
            <translation>изменённые подтверждающие материалы</translation>
        </message>
        <message>
            <source>comments added</source>
            <translation>добавленные комментарии</translation>
        </message>
        <message>
            <source>comments changed</source>
            <translation>изменённые комментарии</translation>
        </message>
        <message>
            <source>answers accepted</source>
            <translation>ответов принято</translation>
        </message>
        <message>
            <source>answers returned</source>
            <translation>ответов возвращено</translation>
        </message>
        <message>
            <source>findings added</source>
            <translation>добавленные выводы</translation>
        </message>
        <message>
            <source>findings removed</source>
            <translation>удалённые выводы</translation>
        </message>
        <message>
            <source>findings changed</source>
            <translation>изменённые выводы</translation>
        </message>
        <message>
            <source>domain descriptions changed</source>
            <translation>изменённые описания областей</translation>
        </message>
        <message>
            <source>audit events added</source>
            <translation>добавленные события аудита</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Подтверждающие материалы</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Вывод</translation>
        </message>
        <message>
            <source>Domain description</source>
            <translation>Описание области</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Receive a package — {file}</source>
            <translation>Получение пакета — {file}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <source>Mine (this database)</source>
            <translation>Моя версия (эта база данных)</translation>
        </message>
        <message>
            <source>Theirs (the package)</source>
            <translation>Их версия (пакет)</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Keep &amp;mine for all</source>
            <translation>Для всех оставить &amp;мою версию</translation>
        </message>
        <message>
            <source>Take &amp;theirs for all</source>
            <translation>Для всех при&amp;нять их версию</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>Wrong password. Try again:</source>
            <translation>Неверный пароль. Повторите попытку:</translation>
        </message>
        <message>
            <source>This package is protected by a password. Password:</source>
            <translation>Этот пакет защищён паролем. Пароль:</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Проверка файла {file}…</translation>
        </message>
        <message>
            <source>This package cannot be received:</source>
            <translation>Не удаётся получить этот пакет:</translation>
        </message>
        <message>
            <source>checking it was cancelled.</source>
            <translation>проверка отменена.</translation>
        </message>
        <message>
            <source>A new assessment for this database.</source>
            <translation>Новая оценка для этой базы данных.</translation>
        </message>
        <message>
            <source>An update of an assessment already in this database: the changes are merged.</source>
            <translation>Обновление оценки, уже имеющейся в этой базе данных: изменения будут объединены.</translation>
        </message>
        <message>
            <source>From {sender}, {role}; sent {when}; package {n} from them.</source>
            <translation>Отправитель: {sender}, {role}; отправлено {when}; пакет № {n} от этого отправителя.</translation>
        </message>
        <message>
            <source>Questionnaire: {q}.</source>
            <translation>Вопросник: {q}.</translation>
        </message>
        <message>
            <source>Questionnaire: {q}, not included in this installation: the copy carried in the package is used.</source>
            <translation>Вопросник: {q}; его нет в этой установке программы, поэтому используется копия, содержащаяся в пакете.</translation>
        </message>
        <message>
            <source>The package was protected by a password.</source>
            <translation>Пакет был защищён паролем.</translation>
        </message>
        <message>
            <source>The package was encrypted to your key.</source>
            <translation>Пакет был зашифрован для вашего ключа.</translation>
        </message>
        <message>
            <source>Status: {now} → {after}.</source>
            <translation>Статус: {now} → {after}.</translation>
        </message>
        <message>
            <source>What it changes: {list}.</source>
            <translation>Что изменяется: {list}.</translation>
        </message>
        <message>
            <source>It changes nothing here.</source>
            <translation>Здесь ничего не изменяется.</translation>
        </message>
        <message>
            <source>⚠ Not signed: this package was written by an older MGI Desktop. Anyone could have written or changed it; its review decisions and status are not applied.</source>
            <translation>⚠ Без подписи: этот пакет создан более старой версией MGI Desktop. Кто угодно мог его создать или изменить; решения по проверке и статус из него не применяются.</translation>
        </message>
        <message>
            <source>I know where this package comes from: import it anyway</source>
            <translation>Я знаю, откуда этот пакет: всё равно импортировать</translation>
        </message>
        <message>
            <source>Signed by {who}, {role}, key {fingerprint}: {trust}.</source>
            <translation>Подписано: {who}, {role}, ключ {fingerprint}: {trust}.</translation>
        </message>
        <message>
            <source>⚠ This key is new to you. Phone the sender and compare the fingerprint they read out with the one above before you import.</source>
            <translation>⚠ Этот ключ вам ещё не известен. Перед импортом позвоните отправителю и сравните отпечаток, который он зачитает, с указанным выше.</translation>
        </message>
        <message>
            <source>I compared the fingerprint {fingerprint} with {who}: it is the same</source>
            <translation>Отпечаток {fingerprint} сверен с отправителем ({who}): он совпадает</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Оставить мою версию</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Принять их версию</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Description of domain {n}</source>
            <translation>Описание области {n}</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(удалено)</translation>
        </message>
        <message>
            <source>(no answer)</source>
            <translation>(нет ответа)</translation>
        </message>
        <message>
            <source>— {who}, {when}</source>
            <translation>— {who}, {when}</translation>
        </message>
        <message>
            <source>Edited: {value}</source>
            <translation>Изменено: {value}</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Импорт файла {file}…</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Импорт отменён: ничего не импортировано.</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source>Keys</source>
            <translation>Ключи</translation>
        </message>
        <message>
            <source>Your key</source>
            <translation>Ваш ключ</translation>
        </message>
        <message>
            <source>This is what you read out when someone checks your key on the phone. Your packages are signed with it; packages encrypted to it open only here.</source>
            <translation>Именно это вы зачитываете, когда кто-то проверяет ваш ключ по телефону. Ваши пакеты подписываются этим ключом; пакеты, зашифрованные для него, открываются только здесь.</translation>
        </message>
        <message>
            <source>&amp;Export my key…</source>
            <translation>&amp;Экспортировать мой ключ…</translation>
        </message>
        <message>
            <source>Write your public key to a .mgikey file, to send to the people you exchange packages with</source>
            <translation>Записать ваш открытый ключ в файл .mgikey, чтобы отправить его тем, с кем вы обмениваетесь пакетами</translation>
        </message>
        <message>
            <source>&amp;Replace my key…</source>
            <translation>&amp;Заменить мой ключ…</translation>
        </message>
        <message>
            <source>Keys you know</source>
            <translation>Известные вам ключи</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Отпечаток</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Доверие</translation>
        </message>
        <message>
            <source>&amp;Import key file…</source>
            <translation>&amp;Импортировать файл ключа…</translation>
        </message>
        <message>
            <source>Add the keys of a .mgikey file, or of a .mgikeys list signed by someone you trust</source>
            <translation>Добавить ключи из файла .mgikey или из списка .mgikeys, подписанного лицом, которому вы доверяете</translation>
        </message>
        <message>
            <source>&amp;Trust…</source>
            <translation>&amp;Доверять…</translation>
        </message>
        <message>
            <source>Let this key &amp;answer with me</source>
            <translation>Разрешить этому ключу &amp;отвечать вместе со мной</translation>
        </message>
        <message>
            <source>A colleague's key may then change the answers of the open assessment, as yours may</source>
            <translation>Тогда ключ коллеги сможет изменять ответы открытой оценки, как и ваш</translation>
        </message>
        <message>
            <source>Export a key &amp;list…</source>
            <translation>Экспортировать &amp;список ключей…</translation>
        </message>
        <message>
            <source>Sign a .mgikeys list of the reviewer keys you trust, for the focal points to import (IOM)</source>
            <translation>Подписать список .mgikeys ключей проверяющих, которым вы доверяете, для импорта координаторами (МОМ)</translation>
        </message>
        <message>
            <source>{who}, {role}</source>
            <translation>{who}, {role}</translation>
        </message>
        <message>
            <source>{trust}, replaced by a newer key</source>
            <translation>{trust}, заменён более новым ключом</translation>
        </message>
        <message>
            <source>Export my key</source>
            <translation>Экспортировать мой ключ</translation>
        </message>
        <message>
            <source>MGI key files (*.mgikey)</source>
            <translation>Файлы ключей MGI (*.mgikey)</translation>
        </message>
        <message>
            <source>Your key was written to {file}. Send it to the other side; they will phone you to compare its fingerprint.</source>
            <translation>Ваш ключ записан в файл {file}. Отправьте его другой стороне; вам позвонят, чтобы сверить его отпечаток.</translation>
        </message>
        <message>
            <source>Import key file</source>
            <translation>Импортировать файл ключа</translation>
        </message>
        <message>
            <source>MGI key files ({patterns});;All files (*)</source>
            <translation>Файлы ключей MGI ({patterns});;Все файлы (*)</translation>
        </message>
        <message>
            <source>You trust the key of {who} now.</source>
            <translation>Теперь вы доверяете ключу пользователя {who}.</translation>
        </message>
        <message>
            <source>{who} may now answer this assessment with you; your next package tells their database so.</source>
            <translation>Пользователь {who} теперь может заполнять эту оценку вместе с вами; ваш следующий пакет сообщит об этом его базе данных.</translation>
        </message>
        <message>
            <source>Export a key list</source>
            <translation>Экспортировать список ключей</translation>
        </message>
        <message>
            <source>MGI key lists (*.mgikeys)</source>
            <translation>Списки ключей MGI (*.mgikeys)</translation>
        </message>
        <message>
            <source>{n} reviewer keys were listed in {file}, signed with your key.</source>
            <translation>В файл {file} внесено ключей проверяющих: {n}; список подписан вашим ключом.</translation>
        </message>
        <message>
            <source>Replace my key</source>
            <translation>Заменить мой ключ</translation>
        </message>
        <message>
            <source>Make a new key for you?

Use this when your key may have been copied, or before handing this computer on. The old key signs an introduction of the new one, carried in your next packages, so the people you exchange with take the new key without a new phone call. The old key is kept only to open packages already encrypted to it.

If you have lost your old key, nothing can introduce the new one: send your new key file and have its fingerprint compared again.</source>
            <translation>Создать для вас новый ключ?

Сделайте это, если ваш ключ мог быть скопирован, или перед передачей этого компьютера другому лицу. Старый ключ подписывает представление нового ключа, которое передаётся в ваших следующих пакетах, поэтому те, с кем вы обмениваетесь пакетами, примут новый ключ без повторного звонка. Старый ключ сохраняется только для открытия пакетов, уже зашифрованных для него.

Если вы потеряли старый ключ, представить новый нечем: отправьте файл нового ключа и попросите снова сверить его отпечаток.</translation>
        </message>
        <message>
            <source>Your new key is {fingerprint}. Your next packages introduce it.</source>
            <translation>Ваш новый ключ: {fingerprint}. Ваши следующие пакеты представят его другим участникам.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Draft</source>
            <translation>Черновик</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Отправлена</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>На проверке</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>На доработке</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>Отправлена повторно</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>Валидирована</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Утверждена</translation>
        </message>
        <message>
            <source>National</source>
            <translation>Национальный</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Местный</translation>
        </message>
        <message>
            <source>Focal point</source>
            <translation>Координатор</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Проверяющий</translation>
        </message>
        <message>
            <source>not verified yet</source>
            <translation>ещё не проверен</translation>
        </message>
        <message>
            <source>fingerprint compared</source>
            <translation>отпечаток сверен</translation>
        </message>
        <message>
            <source>on IOM's list of trusted keys</source>
            <translation>в списке доверенных ключей МОМ</translation>
        </message>
        <message>
            <source>your own key</source>
            <translation>ваш собственный ключ</translation>
        </message>
        <message>
            <source>Well-developed areas</source>
            <translation>Хорошо развитые направления</translation>
        </message>
        <message>
            <source>Areas with potential for further development</source>
            <translation>Направления с потенциалом для дальнейшего развития</translation>
        </message>
        <message>
            <source>the question was reworded</source>
            <extracomment>the label of any enumeration value the core may put in a message</extracomment>
            <translation>вопрос был переформулирован</translation>
        </message>
        <message>
            <source>its answers changed</source>
            <translation>изменились варианты ответа</translation>
        </message>
        <message>
            <source>carried to a question with another code</source>
            <translation>перенесён в вопрос с другим кодом</translation>
        </message>
        <message>
            <source>the question was split in several</source>
            <translation>вопрос был разделён на несколько</translation>
        </message>
        <message>
            <source>the answer was recoded</source>
            <translation>ответ был перекодирован</translation>
        </message>
        <message>
            <source>the crosswalk asks for a confirmation</source>
            <translation>таблица соответствия требует подтверждения</translation>
        </message>
        <message>
            <source>the question was removed</source>
            <translation>вопрос был удалён</translation>
        </message>
        <message>
            <source>the crosswalk does not say where it goes</source>
            <translation>в таблице соответствия не указано, куда его перенести</translation>
        </message>
        <message>
            <source>the new question cannot hold the answer</source>
            <translation>новый вопрос не может содержать этот ответ</translation>
        </message>
        <message>
            <source>a choice has no counterpart in the new version</source>
            <translation>у одного из вариантов нет соответствия в новой версии</translation>
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
            <translation>Рабочий язык</translation>
        </message>
        <message>
            <source>{language} — the questionnaire's own language</source>
            <translation>{language} — исходный язык вопросника</translation>
        </message>
        <message>
            <source>{language} — {percent}% translated</source>
            <translation>{language} — переведено {percent}%</translation>
        </message>
        <message>
            <source> (draft, not yet reviewed)</source>
            <translation> (черновик, ещё не проверен)</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>Working language</source>
            <translation>Рабочий язык</translation>
        </message>
        <message>
            <source>The questions, answer options and guidance are shown in this language, and the profile and workbooks are written in it. Answers, justifications and findings are kept as they were typed.</source>
            <translation>Вопросы, варианты ответов и пояснения показываются на этом языке, и на нём же составляются профиль и книги Excel. Ответы, обоснования и выводы остаются такими, какими были введены.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
    </context>
    <context>
        <name>LevelPage</name>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Is this assessment about a whole country or about a city or province?</source>
            <translation>Оценка проводится для страны в целом или для города либо провинции?</translation>
        </message>
        <message>
            <source>N&amp;ational — the country's migration governance</source>
            <translation>&amp;Национальный уровень — управление миграцией в стране</translation>
        </message>
        <message>
            <source>&amp;Local — a city, municipality or province</source>
            <translation>&amp;Местный уровень — город, муниципалитет или провинция</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>Answer</source>
            <extracomment>Keys that pick the built-in answers wherever they are offered (also Alt+key mnemonics). the plain keys (no modifier) that pick an answer; the page answers them wherever focus is but a text field</extracomment>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>Year, e.g. 2019</source>
            <translation>Год, например 2019</translation>
        </message>
        <message>
            <source>Whole number</source>
            <translation>Целое число</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Число</translation>
        </message>
        <message>
            <source>Calendar…</source>
            <translation>Календарь…</translation>
        </message>
        <message>
            <source>Pick a date from a calendar</source>
            <translation>Выбрать дату в календаре</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Opening…</source>
            <extracomment>the AssessmentView's actions, in the order the Edit and View menus show them (None: a separator)</extracomment>
            <translation>Открытие…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>MGI Desktop</source>
            <translation>MGI Desktop</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;Новая оценка…</translation>
        </message>
        <message>
            <source>&amp;Open assessment…</source>
            <translation>&amp;Открыть оценку…</translation>
        </message>
        <message>
            <source>Open q&amp;uestionnaire…</source>
            <translation>Открыть &amp;вопросник…</translation>
        </message>
        <message>
            <source>Open &amp;database…</source>
            <translation>Открыть &amp;базу данных…</translation>
        </message>
        <message>
            <source>New data&amp;base…</source>
            <translation>Новая база &amp;данных…</translation>
        </message>
        <message>
            <source>&amp;Close assessment</source>
            <translation>&amp;Закрыть оценку</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>&amp;About MGI Desktop</source>
            <translation>&amp;О программе MGI Desktop</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Открыть папку &amp;журнала</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Руководство</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>&amp;Keys…</source>
            <translation>&amp;Ключи…</translation>
        </message>
        <message>
            <source>Your key, and the keys of the people you exchange packages with</source>
            <translation>Ваш ключ и ключи тех, с кем вы обмениваетесь пакетами</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;Find question…</source>
            <translation>На&amp;йти вопрос…</translation>
        </message>
        <message>
            <source>&amp;Previous question</source>
            <translation>&amp;Предыдущий вопрос</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>&amp;Следующий вопрос</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Обзор</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>&amp;Выводы</translation>
        </message>
        <message>
            <source>&amp;Submit for review…</source>
            <translation>Отправить на проверк&amp;у…</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;Журнал аудита…</translation>
        </message>
        <message>
            <source>&amp;History of this question…</source>
            <translation>&amp;История этого вопроса…</translation>
        </message>
        <message>
            <source>&amp;Compare with the previous round…</source>
            <translation>С&amp;равнить с предыдущим раундом…</translation>
        </message>
        <message>
            <source>&amp;Working language…</source>
            <translation>Рабочий &amp;язык…</translation>
        </message>
        <message>
            <source>&amp;Recent databases</source>
            <translation>&amp;Последние базы данных</translation>
        </message>
        <message>
            <source>Wait for the work in progress to finish, or cancel it.</source>
            <translation>Дождитесь завершения текущей операции или отмените её.</translation>
        </message>
    </context>
    <context>
        <name>NavigatorModel</name>
        <message>
            <source>Questions</source>
            <extracomment>Semantic colours of medium lightness: readable on light and dark backgrounds alike. The roles the model answers (any other is None) "attention" is the review panel's filter: returned answers and unresolved comments (as review.attention)</extracomment>
            <translation>Вопросы</translation>
        </message>
        <message>
            <source>Domain {n}: {title}, {answered} of {relevant} applicable answered, {missing} required missing</source>
            <translation>Область {n}: {title}; ответов: {answered} из {relevant} применимых; обязательных без ответа: {missing}</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>не применяется</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>недопустимый ответ</translation>
        </message>
        <message>
            <source>returned by the reviewer</source>
            <translation>возвращён проверяющим</translation>
        </message>
        <message>
            <source>required, not answered</source>
            <translation>обязательный, без ответа</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>без ответа</translation>
        </message>
        <message>
            <source>answered, evidence required</source>
            <translation>ответ дан, нужны подтверждающие материалы</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>есть ответ</translation>
        </message>
        <message>
            <source>flagged for follow-up</source>
            <translation>помечен для контроля</translation>
        </message>
    </context>
    <context>
        <name>NewAssessmentWizard</name>
        <message>
            <source>New assessment</source>
            <extracomment>the questionnaire to select when the list is shown (`prefer`)</extracomment>
            <translation>Новая оценка</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Назад</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Далее &gt;</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Создать</translation>
        </message>
        <message>
            <source>Reading the questionnaire files…</source>
            <translation>Чтение файлов вопросников…</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Go to the first open question of this domain</source>
            <translation>Перейти к первому незавершённому вопросу этой области</translation>
        </message>
        <message>
            <source>Domain {n} completion</source>
            <translation>Ход заполнения области {n}</translation>
        </message>
        <message>
            <source>Percentages are an indicative completion measure, not an official MGI score.</source>
            <translation>Проценты — ориентировочный показатель хода заполнения, а не официальный балл MGI.</translation>
        </message>
        <message>
            <source>SDG 10.7.2: the completeness-aware value is MGI Desktop's: a domain has one once its five sub-categories are answered. The official-method value is the UN's: a missing sub-category counts as 0.</source>
            <translation>ЦУР 10.7.2: значение по полным ответам рассчитывает MGI Desktop: у области оно есть, когда даны ответы на все пять ее подкатегорий. Значение по официальному методу — это значение ООН: пропущенная подкатегория засчитывается как 0.</translation>
        </message>
        <message>
            <source>{answered} of {relevant} applicable questions answered ({pct:.0f}%); {missing} required still missing.</source>
            <translation>Применимых вопросов с ответом: {answered} из {relevant} ({pct:.0f}%); обязательных без ответа: {missing}.</translation>
        </message>
        <message>
            <source>{n} answers still need the evidence their question requires.</source>
            <translation>Ответов, которым ещё нужны требуемые подтверждающие материалы: {n}.</translation>
        </message>
        <message>
            <source>The questionnaire has {total} questions; {skipped} do not apply with the answers so far.</source>
            <translation>В анкете {total} вопросов; при нынешних ответах неприменимы: {skipped}.</translation>
        </message>
        <message>
            <source>SDG 10.7.2 overall: {aware} (completeness-aware), {official} (official method).</source>
            <translation>ЦУР 10.7.2, итого: {aware} (по полным ответам), {official} (официальный метод).</translation>
        </message>
        <message>
            <source>, {n} need evidence</source>
            <translation>, без подтверждения: {n}</translation>
        </message>
        <message>
            <source>SDG 10.7.2: {aware} (completeness-aware), {official} (official method)</source>
            <translation>ЦУР 10.7.2: {aware} (по полным ответам), {official} (официальный метод)</translation>
        </message>
        <message>
            <source>no value yet</source>
            <translation>значения пока нет</translation>
        </message>
        <message>
            <source>{value} ({category})</source>
            <translation>{value} ({category})</translation>
        </message>
        <message>
            <source>{answered} of {relevant} answered</source>
            <translation>Ответов: {answered} из {relevant}</translation>
        </message>
        <message>
            <source>, {n} required missing</source>
            <translation>, обязательных без ответа: {n}</translation>
        </message>
    </context>
    <context>
        <name>PlacePage</name>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Type to search, e.g. Kyrgyzstan</source>
            <translation>Начните вводить для поиска, например Кыргызстан</translation>
        </message>
        <message>
            <source>City or province</source>
            <translation>Город или провинция</translation>
        </message>
        <message>
            <source>e.g. Bishkek</source>
            <translation>например, Бишкек</translation>
        </message>
        <message>
            <source>&amp;City or province:</source>
            <translation>&amp;Город или провинция:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;Страна:</translation>
        </message>
        <message>
            <source>Which city or province, in which country?</source>
            <translation>Какой город или провинция и в какой стране?</translation>
        </message>
        <message>
            <source>Which country is assessed?</source>
            <translation>Какая страна проходит оценку?</translation>
        </message>
    </context>
    <context>
        <name>ProfileDetails</name>
        <message>
            <source>Profile details</source>
            <extracomment>saves some settings; whether they were saved (a refusal was explained to the user) the setting -&gt; the assessment's column</extracomment>
            <translation>Сведения о профиле</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Заголовок:</translation>
        </message>
        <message>
            <source>Country name:</source>
            <translation>Название страны:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <source>Round label:</source>
            <translation>Обозначение цикла:</translation>
        </message>
        <message>
            <source>YYYY-MM or YYYY-MM-DD, e.g. 2023-12; empty: the month of the last change</source>
            <translation>ГГГГ-ММ или ГГГГ-ММ-ДД, например 2023-12; пусто — месяц последнего изменения</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Благодарности</translation>
        </message>
        <message>
            <source>Credits:</source>
            <translation>Благодарности:</translation>
        </message>
        <message>
            <source>The partners to credit (e.g. who funded the assessment and who contributed)</source>
            <translation>Партнёры, которых следует упомянуть (например, кто финансировал оценку и кто в ней участвовал)</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Welcome to MGI Desktop</source>
            <translation>Добро пожаловать в MGI Desktop</translation>
        </message>
        <message>
            <source>Before you start, tell us who you are. Your name and institution are recorded with every answer you give and every comment you write. You can change them later in Settings.</source>
            <translation>Прежде чем начать, укажите, кто вы. Ваше имя и учреждение записываются вместе с каждым вашим ответом и комментарием. Позднее их можно изменить в настройках.</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <source>e.g. Amina Diallo</source>
            <translation>например, Амина Диалло</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <source>e.g. Ministry of Labour</source>
            <translation>например, Министерство труда</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Учреждение</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Имя:</translation>
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation>&amp;Учреждение:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Роль:</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>&amp;Confirm this answer</source>
            <extracomment>a short note for the status bar (an answer key pressed where no answer can be picked)</extracomment>
            <translation>Под&amp;твердить этот ответ</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>C&amp;lear answer</source>
            <translation>&amp;Очистить ответ</translation>
        </message>
        <message>
            <source>&amp;Justification (sources, explanation):</source>
            <translation>О&amp;боснование (источники, пояснение):</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Обоснование</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Подтверждающие материалы</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Комментарии</translation>
        </message>
        <message>
            <source>Fla&amp;g for follow-up</source>
            <translation>По&amp;метить для контроля</translation>
        </message>
        <message>
            <source>← Previous</source>
            <translation>← Предыдущий</translation>
        </message>
        <message>
            <source>Previous question (Alt+Left)</source>
            <translation>Предыдущий вопрос (Alt+Стрелка влево)</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Следующий →</translation>
        </message>
        <message>
            <source>Next question (Alt+Right)</source>
            <translation>Следующий вопрос (Alt+Стрелка вправо)</translation>
        </message>
        <message>
            <source>Domain {n}: {domain} › {sub_area} › {indicator}</source>
            <translation>Область {n}: {domain} › {sub_area} › {indicator}</translation>
        </message>
        <message>
            <source>Not applicable: {reason}</source>
            <translation>Неприменимо: {reason}</translation>
        </message>
        <message>
            <source>Add the evidence this answer needs: this question requires at least one source (Evidence, below).</source>
            <translation>Добавьте подтверждение, которое нужно этому ответу: вопрос требует хотя бы одного источника (раздел «Подтверждающие материалы» ниже).</translation>
        </message>
        <message>
            <source>(required)</source>
            <translation>(обязательный)</translation>
        </message>
        <message>
            <source>(optional)</source>
            <translation>(необязательный)</translation>
        </message>
        <message>
            <source>Guidance: </source>
            <translation>Рекомендации: </translation>
        </message>
        <message>
            <source>Answer to {code}</source>
            <translation>Ответ на вопрос {code}</translation>
        </message>
        <message>
            <source>Carried over from the previous round: confirm it, or change it.</source>
            <translation>Перенесён из предыдущего раунда: подтвердите или измените его.</translation>
        </message>
        <message>
            <source>Evidence (required)</source>
            <translation>Подтверждающие материалы (обязательно)</translation>
        </message>
        <message>
            <source>Question {i} of {n} · {relevant} apply</source>
            <translation>Вопрос {i} из {n} · применимых: {relevant}</translation>
        </message>
        <message>
            <source>This answer was returned to the focal point; it waits for their revision.</source>
            <translation>Этот ответ возвращён координатору и ожидает доработки.</translation>
        </message>
        <message>
            <source>The reviewer returned this answer: read the comments below, then revise it.</source>
            <translation>Проверяющий вернул этот ответ: прочтите комментарии ниже, затем доработайте его.</translation>
        </message>
        <message>
            <source>This question does not apply: there is nothing to answer.</source>
            <translation>Этот вопрос не применим: отвечать не нужно.</translation>
        </message>
        <message>
            <source>The answers are read-only here.</source>
            <translation>Здесь ответы доступны только для чтения.</translation>
        </message>
        <message>
            <source>No answer of this question has that key.</source>
            <translation>Ни один ответ на этот вопрос не назначен на эту клавишу.</translation>
        </message>
        <message>
            <source>This question is required: choose or enter an answer.</source>
            <translation>Это обязательный вопрос: выберите или введите ответ.</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireFiles</name>
        <message>
            <source>line {line}</source>
            <translation>строка {line}</translation>
        </message>
        <message>
            <source>Open questionnaire</source>
            <translation>Открыть вопросник</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Проверка файла {file}…</translation>
        </message>
        <message>
            <source>Reading the questionnaire files…</source>
            <translation>Чтение файлов вопросников…</translation>
        </message>
        <message>
            <source>Export questionnaire as XLSForm</source>
            <translation>Экспорт вопросника в формате XLSForm</translation>
        </message>
        <message>
            <source>Questionnaire:</source>
            <translation>Вопросник:</translation>
        </message>
        <message>
            <source>XLSForm workbooks (*.xlsx)</source>
            <translation>Книги XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the XLSForm…</source>
            <translation>Запись XLSForm…</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireReport</name>
        <message>
            <source>Questionnaire {file}</source>
            <translation>Вопросник {file}</translation>
        </message>
        <message>
            <source>Problems and notes</source>
            <translation>Проблемы и примечания</translation>
        </message>
        <message>
            <source>{title}, version {version}</source>
            <translation>{title}, версия {version}</translation>
        </message>
        <message>
            <source>{n} questions in {d} domains.</source>
            <translation>Вопросов: {n}; областей: {d}.</translation>
        </message>
        <message>
            <source>Level: {level}. Languages: {languages}.</source>
            <translation>Уровень: {level}. Языки: {languages}.</translation>
        </message>
        <message>
            <source>It is offered when you start a new assessment.</source>
            <translation>Он будет предлагаться при создании новой оценки.</translation>
        </message>
        <message>
            <source>&amp;Start an assessment with it…</source>
            <translation>&amp;Начать оценку с этим вопросником…</translation>
        </message>
        <message>
            <source>{file} cannot be used: nothing was added.</source>
            <translation>Файл {file} нельзя использовать: ничего не добавлено.</translation>
        </message>
        <message>
            <source>Problems to correct in the file ({n}), each with its place:</source>
            <translation>Проблемы, которые нужно исправить в файле ({n}), с указанием места:</translation>
        </message>
        <message>
            <source>Read past, for your information:</source>
            <translation>Пропущено при чтении, для сведения:</translation>
        </message>
    </context>
    <context>
        <name>Questionnaires</name>
        <message>
            <source>Questionnaires (*.xlsx *.yaml *.yml *.json);;XLSForm workbooks (*.xlsx);;Questionnaire files (*.yaml *.yml *.json);;All files (*)</source>
            <translation>Вопросники (*.xlsx *.yaml *.yml *.json);;Книги XLSForm (*.xlsx);;Файлы вопросников (*.yaml *.yml *.json);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>QuestionsDialog</name>
        <message>
            <source>Questions behind the finding</source>
            <translation>Вопросы, на которых основан вывод</translation>
        </message>
        <message>
            <source>Tick the questions this finding rests on:</source>
            <translation>Отметьте вопросы, на которых основан этот вывод:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Not reviewed</source>
            <translation>Не проверено</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Принято</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>На доработке</translation>
        </message>
        <message>
            <source>Revised since returned</source>
            <translation>Исправлено после возврата</translation>
        </message>
        <message>
            <source>This question</source>
            <extracomment>the "returned and unresolved" filter was switched on or off (`attention_codes()` lists them) the focal point resubmits through the submit check (it lists returned answers not revised)</extracomment>
            <translation>Этот вопрос</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Принять</translation>
        </message>
        <message>
            <source>Accept this answer (Ctrl+Shift+A)</source>
            <translation>Принять этот ответ (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>Вернуть…</translation>
        </message>
        <message>
            <source>Return this answer to the focal point with a reason (Ctrl+Shift+R)</source>
            <translation>Вернуть этот ответ координатору с указанием причины (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Next to review</source>
            <translation>Следующий для проверки</translation>
        </message>
        <message>
            <source>The next answered question without a decision (Ctrl+Shift+N)</source>
            <translation>Следующий вопрос с ответом, по которому нет решения (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Go to the next after a decision</source>
            <translation>После решения переходить к следующему</translation>
        </message>
        <message>
            <source>Decisions per domain</source>
            <translation>Решения по областям</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>К проверке</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Комментарии</translation>
        </message>
        <message>
            <source>Answered questions that apply, by their latest decision; “to review” includes answers revised after a return; comments: unresolved threads</source>
            <translation>Применимые вопросы с ответами, по последнему решению; «к проверке» включает ответы, исправленные после возврата; комментарии: нерешённые обсуждения</translation>
        </message>
        <message>
            <source>Show only returned answers and unresolved comments</source>
            <translation>Показывать только возвращённые ответы и нерешённые комментарии</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Статус: {status}</translation>
        </message>
        <message>
            <source>Start the review</source>
            <translation>Начать проверку</translation>
        </message>
        <message>
            <source>Return the assessment to the focal point…</source>
            <translation>Вернуть оценку координатору…</translation>
        </message>
        <message>
            <source>Validate the assessment…</source>
            <translation>Валидировать оценку…</translation>
        </message>
        <message>
            <source>Resubmit for review…</source>
            <translation>Повторно отправить на проверку…</translation>
        </message>
        <message>
            <source>Approve the validated assessment…</source>
            <translation>Утвердить валидированную оценку…</translation>
        </message>
        <message>
            <source>Submit for review…</source>
            <translation>Отправить на проверку…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>All domains</source>
            <translation>Все области</translation>
        </message>
        <message>
            <source>IOM validated the assessment: approve it to close the round.</source>
            <translation>МОМ утвердила оценку: одобрите её, чтобы завершить цикл.</translation>
        </message>
        <message>
            <source>To do: change the answer as the reviewer asks, or say in the comments why it stands; then resubmit.</source>
            <translation>Что сделать: измените ответ, как просит проверяющий, или объясните в комментариях, почему он остаётся; затем отправьте повторно.</translation>
        </message>
        <message>
            <source>Revised: the reviewer looks at it again once you resubmit.</source>
            <translation>Исправлен: проверяющий посмотрит его снова после повторной отправки.</translation>
        </message>
        <message>
            <source>Accepted by the reviewer: nothing to do here.</source>
            <translation>Принят проверяющим: здесь ничего делать не нужно.</translation>
        </message>
        <message>
            <source>No question is shown.</source>
            <translation>Нет отображаемых вопросов.</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>без ответа</translation>
        </message>
        <message>
            <source>Answer: {answer}</source>
            <translation>Ответ: {answer}</translation>
        </message>
        <message>
            <source>Review: {state}</source>
            <translation>Проверка: {state}</translation>
        </message>
        <message>
            <source>Last decision: {decision} by {who}, {when}</source>
            <translation>Последнее решение: {decision} ({who}, {when})</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Причина: {reason}</translation>
        </message>
        <message>
            <source>Unanswered: it can be returned (“please answer”), not accepted.</source>
            <translation>Нет ответа: вопрос можно вернуть («просим ответить»), но нельзя принять.</translation>
        </message>
        <message>
            <source>a required answer is missing</source>
            <translation>нет обязательного ответа</translation>
        </message>
        <message>
            <source>the answer is not valid</source>
            <translation>ответ недопустим</translation>
        </message>
        <message>
            <source>the evidence this question requires is missing</source>
            <translation>нет подтверждающих материалов, которых требует этот вопрос</translation>
        </message>
        <message>
            <source>Accept {code}?</source>
            <translation>Принять {code}?</translation>
        </message>
        <message>
            <source>Accept {code} although:</source>
            <translation>Принять {code}, хотя:</translation>
        </message>
        <message>
            <source>You can return it instead, asking for what is missing.</source>
            <translation>Вместо этого его можно вернуть, попросив недостающее.</translation>
        </message>
        <message>
            <source>{code} accepted</source>
            <translation>Ответ на вопрос {code} принят</translation>
        </message>
        <message>
            <source>Return {code}</source>
            <translation>Вернуть ответ на вопрос {code}</translation>
        </message>
        <message>
            <source>Why is this answer returned? The focal point reads this in the question's comments.</source>
            <translation>Почему этот ответ возвращается? Координатор прочтёт это в комментариях к вопросу.</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Вернуть</translation>
        </message>
        <message>
            <source>{code} returned</source>
            <translation>Ответ на вопрос {code} возвращён</translation>
        </message>
        <message>
            <source>Nothing left to review: every answered question has a decision.</source>
            <translation>Проверять больше нечего: по каждому вопросу с ответом принято решение.</translation>
        </message>
        <message>
            <source>Change the status to “{status}”</source>
            <translation>Изменить статус на «{status}»</translation>
        </message>
        <message>
            <source>A note for the audit trail and the other side (what was done, what is expected next):</source>
            <translation>Примечание для журнала аудита и другой стороны (что сделано, что ожидается далее):</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>Статус: {old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>RoundCompareDialog</name>
        <message>
            <source>Compare rounds — {title}</source>
            <translation>Сравнение раундов — {title}</translation>
        </message>
        <message>
            <source>This assessment does not follow an earlier round: there is nothing to compare it with.</source>
            <translation>Эта оценка не является продолжением предыдущего раунда: сравнивать не с чем.</translation>
        </message>
        <message>
            <source>Round {a} ({status_a}) and round {b} ({status_b}): {n} of {total} questions changed.</source>
            <translation>Раунд {a} ({status_a}) и раунд {b} ({status_b}): изменено вопросов — {n} из {total}.</translation>
        </message>
        <message>
            <source>&amp;Only questions that changed</source>
            <translation>&amp;Только изменённые вопросы</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Область</translation>
        </message>
        <message>
            <source>All domains</source>
            <translation>Все области</translation>
        </message>
        <message>
            <source>Filter by code or text…</source>
            <translation>Фильтр по коду или тексту…</translation>
        </message>
        <message>
            <source>Filter text</source>
            <translation>Текст фильтра</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <source>Save the rows shown as an Excel workbook or a web page</source>
            <translation>Сохранить отображаемые строки в книгу Excel или веб-страницу</translation>
        </message>
        <message>
            <source>Round {n}: {validation}</source>
            <translation>Раунд {n}: {validation}</translation>
        </message>
        <message>
            <source>No question matches the filters.</source>
            <translation>Нет вопросов, соответствующих фильтрам.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Веб-страница (*.html)</translation>
        </message>
        <message>
            <source>Export the comparison</source>
            <translation>Экспорт сравнения</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Сохранено: {file}</translation>
        </message>
    </context>
    <context>
        <name>RoundPage</name>
        <message>
            <source>Round and focal point</source>
            <translation>Раунд и координатор</translation>
        </message>
        <message>
            <source>Link a new round to the previous one of the same place to compare them.</source>
            <translation>Свяжите новый раунд с предыдущим раундом для того же места, чтобы их можно было сравнить.</translation>
        </message>
        <message>
            <source>Previous round</source>
            <translation>Предыдущий раунд</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Раунд</translation>
        </message>
        <message>
            <source>Focal point</source>
            <translation>Координатор</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Учреждение</translation>
        </message>
        <message>
            <source>&amp;Previous round:</source>
            <translation>&amp;Предыдущий раунд:</translation>
        </message>
        <message>
            <source>&amp;Round:</source>
            <translation>&amp;Раунд:</translation>
        </message>
        <message>
            <source>&amp;Focal point:</source>
            <translation>&amp;Координатор:</translation>
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation>&amp;Учреждение:</translation>
        </message>
        <message>
            <source>None — this is the first round</source>
            <translation>Нет — это первый раунд</translation>
        </message>
        <message>
            <source>Round {round} — {framework} {version} ({status})</source>
            <translation>Раунд {round} — {framework} {version} ({status})</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <source>Send — {title}</source>
            <translation>Отправка — {title}</translation>
        </message>
        <message>
            <source>The package holds this assessment with its evidence files, comments, decisions and history. Send it by e-mail or on a USB stick; the other side receives it with File ▸ Import or receive.</source>
            <translation>Пакет содержит эту оценку вместе с файлами подтверждающих материалов, комментариями, решениями и историей. Отправьте его по электронной почте или на USB-накопителе; другая сторона получит его через меню Файл ▸ Импорт или получение.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Об&amp;зор…</translation>
        </message>
        <message>
            <source>Encrypt to the recipients' &amp;keys (recommended)</source>
            <translation>Зашифровать для &amp;ключей получателей (рекомендуется)</translation>
        </message>
        <message>
            <source>Protect with a pass&amp;word (first contact, before keys are swapped)</source>
            <translation>Защитить &amp;паролем (первый контакт, до обмена ключами)</translation>
        </message>
        <message>
            <source>&amp;Not protected</source>
            <translation>&amp;Без защиты</translation>
        </message>
        <message>
            <source>Recipients' keys</source>
            <translation>Ключи получателей</translation>
        </message>
        <message>
            <source>{who}, {role} — key {fingerprint}</source>
            <translation>{who}, {role} — ключ {fingerprint}</translation>
        </message>
        <message>
            <source>of this assessment</source>
            <translation>этой оценки</translation>
        </message>
        <message>
            <source>Only the keys ticked (and yours) can open the package: no password travels.</source>
            <translation>Открыть пакет смогут только отмеченные ключи (и ваш): пароль не передаётся.</translation>
        </message>
        <message>
            <source>No key of the other side is known yet. Import their key file (Edit ▸ Keys), or protect this first package with a password.</source>
            <translation>Ключи другой стороны пока неизвестны. Импортируйте её файл ключа (Правка ▸ Ключи) или защитите этот первый пакет паролем.</translation>
        </message>
        <message>
            <source>At least {n} characters</source>
            <translation>Минимум символов: {n}</translation>
        </message>
        <message>
            <source>Tell the password to the recipient another way (by phone), never in the same e-mail as the file.</source>
            <translation>Сообщите пароль получателю другим способом (по телефону) и никогда не отправляйте его в том же письме, что и файл.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>Повтор&amp;ите пароль:</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Отправить</translation>
        </message>
        <message>
            <source>Send assessment</source>
            <translation>Отправить оценку</translation>
        </message>
        <message>
            <source>MGI packages (*.mgi)</source>
            <translation>Пакеты MGI (*.mgi)</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Выберите файл для записи.</translation>
        </message>
        <message>
            <source>Tick at least one recipient's key.</source>
            <translation>Отметьте ключ хотя бы одного получателя.</translation>
        </message>
        <message>
            <source>The password is too short: use at least {n} characters.</source>
            <translation>Пароль слишком короткий: минимальное число символов — {n}.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Your profile</source>
            <translation>Ваш профиль</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>&amp;Window language:</source>
            <translation>&amp;Язык интерфейса:</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Search the keys and commands</source>
            <translation>Искать среди клавиш и команд</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Поиск:</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Команда</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Сочетание</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>Copy the table, to paste or print it</source>
            <translation>Скопировать таблицу, чтобы вставить или напечатать её</translation>
        </message>
        <message>
            <source>Open the {menu} menu</source>
            <translation>Открыть меню «{menu}»</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Строка меню</translation>
        </message>
        <message>
            <source>Question page, but in a text field</source>
            <translation>Страница вопроса, вне текстового поля</translation>
        </message>
        <message>
            <source>Notes and comments</source>
            <translation>Примечания и комментарии</translation>
        </message>
        <message>
            <source>Answer “{answer}”</source>
            <translation>Ответить «{answer}»</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>от {first} до {last}</translation>
        </message>
        <message>
            <source>Pick the answer with that number</source>
            <translation>Выбрать ответ с этим номером</translation>
        </message>
        <message>
            <source>Clear the answer (on the answer)</source>
            <translation>Очистить ответ (на ответе)</translation>
        </message>
        <message>
            <source>Next or previous field</source>
            <translation>Следующее или предыдущее поле</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Везде</translation>
        </message>
        <message>
            <source>Send the note or comment being typed</source>
            <translation>Отправить набираемое примечание или комментарий</translation>
        </message>
        <message>
            <source>Leave the search</source>
            <translation>Выйти из поиска</translation>
        </message>
        <message>
            <source>Question search</source>
            <translation>Поиск вопросов</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Assessments</source>
            <translation>Оценки</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;Новая оценка…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Архивировать</translation>
        </message>
        <message>
            <source>Show a&amp;rchived</source>
            <translation>Показать ар&amp;хивные</translation>
        </message>
        <message>
            <source>Filter by country or city</source>
            <translation>Фильтр по стране или городу</translation>
        </message>
        <message>
            <source>Filter assessments</source>
            <translation>Фильтр оценок</translation>
        </message>
        <message>
            <source>Assessments in this database</source>
            <translation>Оценки в этой базе данных</translation>
        </message>
        <message>
            <source>There is no assessment in this database yet. Click “New assessment…” to start one, or “Import…” to receive one from a colleague.</source>
            <translation>В этой базе данных пока нет оценок. Нажмите «Новая оценка…», чтобы начать оценку, или «Импорт…», чтобы получить её от коллеги.</translation>
        </message>
        <message>
            <source>Recent databases</source>
            <translation>Последние базы данных</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>База данных: {path}</translation>
        </message>
        <message>
            <source>{name} (open)</source>
            <translation>{name} (открыта)</translation>
        </message>
        <message>
            <source>Un&amp;archive</source>
            <translation>&amp;Вернуть из архива</translation>
        </message>
    </context>
    <context>
        <name>StatusStrip</name>
        <message>
            <source>You are not one of its parties: you can read, comment and flag</source>
            <translation>Вы не участник этой оценки: можно читать, комментировать и отмечать</translation>
        </message>
        <message>
            <source>Approved: the assessment is complete</source>
            <translation>Одобрена: оценка завершена</translation>
        </message>
        <message>
            <source>With you: a draft</source>
            <translation>У вас: черновик</translation>
        </message>
        <message>
            <source>Returned to you: every returned answer is revised</source>
            <translation>Возвращена вам: все возвращённые ответы исправлены</translation>
        </message>
        <message>
            <source>Sent to IOM — waiting for the review</source>
            <translation>Отправлена в МОМ — ожидает проверки</translation>
        </message>
        <message>
            <source>Submitted, not yet with IOM: send it</source>
            <translation>Отправлена на проверку, но ещё не в МОМ: отправьте её</translation>
        </message>
        <message>
            <source>Validated by IOM: approve it to close the round</source>
            <translation>Утверждена МОМ: одобрите её, чтобы завершить цикл</translation>
        </message>
        <message>
            <source>With IOM: the review is under way</source>
            <translation>В МОМ: идёт проверка</translation>
        </message>
        <message>
            <source>Sent to the focal point — waiting for them</source>
            <translation>Отправлена координатору — ожидает его</translation>
        </message>
        <message>
            <source>Decided, not yet with the focal point: send it</source>
            <translation>Решение принято, но координатор его ещё не получил: отправьте</translation>
        </message>
        <message>
            <source>With you: every answer has a decision</source>
            <translation>У вас: по каждому ответу есть решение</translation>
        </message>
        <message>
            <source>With the focal point</source>
            <translation>У координатора</translation>
        </message>
        <message>
            <source>Check and submit…</source>
            <translation>Проверить и отправить…</translation>
        </message>
        <message>
            <source>Send to IOM…</source>
            <translation>Отправить в МОМ…</translation>
        </message>
        <message>
            <source>Send to the focal point…</source>
            <translation>Отправить координатору…</translation>
        </message>
        <message>
            <source>Check and resubmit…</source>
            <translation>Проверить и отправить повторно…</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>Одобрить…</translation>
        </message>
        <message>
            <source>Start the review</source>
            <translation>Начать проверку</translation>
        </message>
        <message>
            <source>Next to review</source>
            <translation>Следующий для проверки</translation>
        </message>
        <message>
            <source>Validate…</source>
            <translation>Утвердить…</translation>
        </message>
        <message>
            <source>Return to the focal point…</source>
            <translation>Вернуть координатору…</translation>
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
            <translation>Отправить на проверку</translation>
        </message>
        <message>
            <source>Problems; press Enter to go to the question</source>
            <translation>Проблемы; нажмите Enter, чтобы перейти к вопросу</translation>
        </message>
        <message>
            <source>&amp;Check again</source>
            <translation>Пров&amp;ерить снова</translation>
        </message>
        <message>
            <source>Send to &amp;IOM…</source>
            <translation>Отправить &amp;в МОМ…</translation>
        </message>
        <message>
            <source>&amp;Note to the reviewer:</source>
            <translation>При&amp;мечание для проверяющего:</translation>
        </message>
        <message>
            <source>Note to the reviewer</source>
            <translation>Примечание для проверяющего</translation>
        </message>
        <message>
            <source>Submit &amp;although problems remain (explain why in the note)</source>
            <translation>Отправить, &amp;несмотря на оставшиеся проблемы (объясните причину в примечании)</translation>
        </message>
        <message>
            <source>&amp;Submit for review</source>
            <translation>&amp;Отправить на проверку</translation>
        </message>
        <message>
            <source>Submitted on {when}. Next: send it to IOM (File ▸ Send for review or back…); until then IOM does not have it.</source>
            <translation>Отправлена на проверку {when}. Далее: передайте её в МОМ (Файл ▸ Отправить на проверку или обратно…); до этого у МОМ её нет.</translation>
        </message>
        <message>
            <source>Submitted on {when} and sent to IOM: waiting for the review.</source>
            <translation>Отправлена на проверку {when} и передана в МОМ: ожидает проверки.</translation>
        </message>
        <message>
            <source>required, not answered</source>
            <translation>обязательный, без ответа</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>недопустимый ответ</translation>
        </message>
        <message>
            <source>evidence required</source>
            <translation>требуются подтверждающие материалы</translation>
        </message>
        <message>
            <source>returned by the reviewer, not changed since</source>
            <translation>возвращён проверяющим и с тех пор не изменён</translation>
        </message>
        <message>
            <source>Go to {code}</source>
            <translation>Перейти к вопросу {code}</translation>
        </message>
        <message>
            <source>No problems found: every required question is answered, valid and documented.</source>
            <translation>Проблем не обнаружено: на все обязательные вопросы даны допустимые ответы, подкреплённые материалами.</translation>
        </message>
        <message>
            <source>The assessment is {status}; you cannot submit it now.</source>
            <translation>Оценка имеет статус «{status}»; сейчас её нельзя отправить.</translation>
        </message>
    </context>
    <context>
        <name>SubmittedBox</name>
        <message>
            <source>Submitted</source>
            <translation>Отправлена</translation>
        </message>
        <message>
            <source>The assessment is submitted, but IOM does not have it yet.</source>
            <translation>Оценка отправлена на проверку, но у МОМ её ещё нет.</translation>
        </message>
        <message>
            <source>Send it to IOM as a package (File ▸ Send for review or back…): save the file and give it to the reviewer, by e-mail or on a memory stick. Until then nobody can review it.</source>
            <translation>Передайте её в МОМ пакетом (Файл ▸ Отправить на проверку или обратно…): сохраните файл и передайте проверяющему по электронной почте или на флешке. До этого никто не сможет её проверить.</translation>
        </message>
        <message>
            <source>&amp;Send it to IOM now…</source>
            <translation>&amp;Отправить в МОМ сейчас…</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Позже</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <extracomment>the last task finished, still referenced from here: see `Task._release`</extracomment>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
    </context>
    <context>
        <name>TextEditor</name>
        <message>
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
    </context>
    <context>
        <name>TrustDialog</name>
        <message>
            <source>Trust the key of {who}</source>
            <translation>Доверять ключу пользователя {who}</translation>
        </message>
        <message>
            <source>{who}, {role}</source>
            <translation>{who}, {role}</translation>
        </message>
        <message>
            <source>Phone {name} (on a number you know, not one from the same e-mail) and ask them to read out the fingerprint of their key (Edit ▸ Keys in their MGI Desktop). Trust the key only if it is the same as this one:</source>
            <translation>Позвоните пользователю {name} (по известному вам номеру, а не по номеру из того же письма) и попросите зачитать отпечаток его ключа (Правка ▸ Ключи в его MGI Desktop). Доверяйте ключу, только если отпечаток совпадает с этим:</translation>
        </message>
        <message>
            <source>Full fingerprint: {fingerprint}</source>
            <translation>Полный отпечаток: {fingerprint}</translation>
        </message>
        <message>
            <source>I compared it with {name}: it is the same</source>
            <translation>Отпечаток сверен с пользователем {name}: он совпадает</translation>
        </message>
        <message>
            <source>&amp;Trust this key</source>
            <translation>&amp;Доверять этому ключу</translation>
        </message>
    </context>
    <context>
        <name>_TextBox</name>
        <message>
            <source>Reset to the questionnaire's text</source>
            <translation>Восстановить текст вопросника</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <source>from {min} to {max}</source>
            <translation>от {min} до {max}</translation>
        </message>
        <message>
            <source>at least {min}</source>
            <translation>не менее {min}</translation>
        </message>
        <message>
            <source>at most {max}</source>
            <translation>не более {max}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>{value} is above the maximum {maximum}</source>
            <comment>answer.above_maximum</comment>
            <translation>значение {value} превышает максимум ({maximum})</translation>
        </message>
        <message>
            <source>{value} is below the minimum {minimum}</source>
            <comment>answer.below_minimum</comment>
            <translation>значение {value} меньше минимума ({minimum})</translation>
        </message>
        <message>
            <source>{text}</source>
            <comment>answer.constraint</comment>
            <translation>{text}</translation>
        </message>
        <message>
            <source>no question {code} in this assessment's questionnaire</source>
            <comment>answer.no_question</comment>
            <translation>в вопроснике этой оценки нет вопроса {code}</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <comment>answer.not_a_date</comment>
            <translation>{value} не является датой (ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <source>a multiple choice answer is a list of codes</source>
            <comment>answer.not_a_list</comment>
            <translation>ответ с множественным выбором должен быть списком кодов</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <comment>answer.not_a_number</comment>
            <translation>{value} не является числом</translation>
        </message>
        <message>
            <source>{value} is not a year</source>
            <comment>answer.not_a_year</comment>
            <translation>{value} не является годом</translation>
        </message>
        <message numerus="yes">
            <source>{values} are not among the answers ({choices})</source>
            <comment>answer.not_among</comment>
            <translation>
                <numerusform>{values} не входит в число вариантов ответа ({choices})</numerusform>
                <numerusform>{values} не входят в число вариантов ответа ({choices})</numerusform>
                <numerusform>{values} не входят в число вариантов ответа ({choices})</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} cannot be combined with other answers</source>
            <comment>answer.not_combined</comment>
            <translation>ответ {value} нельзя сочетать с другими ответами</translation>
        </message>
        <message numerus="yes">
            <source>{value} are not offered with the earlier answers</source>
            <comment>answer.not_offered</comment>
            <translation>
                <numerusform>вариант {value} не предлагается при предыдущих ответах</numerusform>
                <numerusform>варианты {value} не предлагаются при предыдущих ответах</numerusform>
                <numerusform>варианты {value} не предлагаются при предыдущих ответах</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not one of the answers ({choices})</source>
            <comment>answer.not_one_of</comment>
            <translation>{value} не является одним из вариантов ответа ({choices})</translation>
        </message>
        <message>
            <source>a text answer must be text</source>
            <comment>answer.not_text</comment>
            <translation>текстовый ответ должен быть текстом</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <comment>answer.not_whole</comment>
            <translation>{value} не является целым числом</translation>
        </message>
        <message>
            <source>cannot change {fields}</source>
            <comment>assessment.cannot_change</comment>
            <translation>невозможно изменить: {fields}</translation>
        </message>
        <message numerus="yes">
            <source>{codes} and %n more</source>
            <comment>assessment.codes_and_more</comment>
            <translation>
                <numerusform>{codes} и ещё %n</numerusform>
                <numerusform>{codes} и ещё %n</numerusform>
                <numerusform>{codes} и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{place} — local MGI, round {round}</source>
            <comment>assessment.default_title_local</comment>
            <translation>{place} — местные ПУМ, раунд {round}</translation>
        </message>
        <message>
            <source>{place} — national MGI, round {round}</source>
            <comment>assessment.default_title_national</comment>
            <translation>{place} — национальные ПУМ, раунд {round}</translation>
        </message>
        <message>
            <source>{prefix} matches {n} assessments; give more of the id</source>
            <comment>assessment.id_ambiguous</comment>
            <translation>{prefix} соответствует нескольким оценкам ({n}); укажите идентификатор полнее</translation>
        </message>
        <message>
            <source>{prefix}: give at least 4 characters of the assessment id</source>
            <comment>assessment.id_too_short</comment>
            <translation>{prefix}: укажите не менее 4 символов идентификатора оценки</translation>
        </message>
        <message>
            <source>{framework} is a Local MGI questionnaire: give the city or province</source>
            <comment>assessment.locality_needed</comment>
            <translation>{framework} — вопросник MGI местного уровня: укажите город или провинцию</translation>
        </message>
        <message>
            <source>{framework} is a national questionnaire: a locality is not used</source>
            <comment>assessment.locality_unused</comment>
            <translation>{framework} — вопросник национального уровня: населённый пункт не указывается</translation>
        </message>
        <message>
            <source>no assessment with id {prefix} in {database}</source>
            <comment>assessment.no_prefix</comment>
            <translation>в базе данных {database} нет оценки с идентификатором {prefix}</translation>
        </message>
        <message>
            <source>{code} is not an ISO 3166 country code (e.g. KGZ for Kyrgyzstan)</source>
            <comment>assessment.not_a_country</comment>
            <translation>{code} не является кодом страны по ISO 3166 (например, KGZ — Кыргызстан)</translation>
        </message>
        <message numerus="yes">
            <source>%n answers are not accepted yet ({codes})</source>
            <comment>assessment.not_all_accepted</comment>
            <translation>
                <numerusform>%n ответ ещё не принят ({codes})</numerusform>
                <numerusform>%n ответа ещё не приняты ({codes})</numerusform>
                <numerusform>%n ответов ещё не принято ({codes})</numerusform>
            </translation>
        </message>
        <message>
            <source>no assessment {id}</source>
            <comment>assessment.not_found</comment>
            <translation>оценка {id} не найдена</translation>
        </message>
        <message>
            <source>no assessment {id} in {database}</source>
            <comment>assessment.not_found_in</comment>
            <translation>в базе данных {database} нет оценки {id}</translation>
        </message>
        <message>
            <source>the previous round must be an assessment of the same country and place</source>
            <comment>assessment.previous_other_place</comment>
            <translation>предыдущий раунд должен быть оценкой той же страны и того же места</translation>
        </message>
        <message>
            <source>the round is a number from 1</source>
            <comment>assessment.round_from_one</comment>
            <translation>номер раунда — число, начиная с 1</translation>
        </message>
        <message>
            <source>{language} is not a language code (give a code such as en, fr, es, ru or ar)</source>
            <comment>assessment.unknown_language</comment>
            <translation>{language} — не код языка (укажите код, например en, fr, es, ru или ar)</translation>
        </message>
        <message>
            <source>cannot create the folder: {reason}</source>
            <comment>attachments.cannot_create</comment>
            <translation>не удаётся создать папку: {reason}</translation>
        </message>
        <message>
            <source>cannot store the file in {folder}: {reason}</source>
            <comment>attachments.cannot_store</comment>
            <translation>не удаётся сохранить файл в папке {folder}: {reason}</translation>
        </message>
        <message>
            <source>the file changed while it was copied, or is damaged (its SHA-256 is {sha}, expected {expected}); nothing was stored</source>
            <comment>attachments.changed</comment>
            <translation>файл изменился во время копирования или повреждён (его SHA-256 — {sha}, ожидалось {expected}); ничего не сохранено</translation>
        </message>
        <message>
            <source>is a folder, not a file: attach a file; nothing was stored</source>
            <comment>attachments.folder</comment>
            <translation>является папкой, а не файлом: прикрепите файл; ничего не сохранено</translation>
        </message>
        <message>
            <source>{sha} is not the SHA-256 of an attached file</source>
            <comment>attachments.not_a_sha</comment>
            <translation>{sha} не является SHA-256 прикреплённого файла</translation>
        </message>
        <message>
            <source>the file was not stored, and nothing else changed</source>
            <comment>attachments.not_attached</comment>
            <translation>файл не сохранён, и больше ничего не изменилось</translation>
        </message>
        <message>
            <source>is not a regular file (a pipe, a device or a socket): attach a file; nothing was stored</source>
            <comment>attachments.not_regular</comment>
            <translation>не является обычным файлом (это канал, устройство или сокет): прикрепите файл; ничего не сохранено</translation>
        </message>
        <message>
            <source>the attachments of a database opened read-only cannot change</source>
            <comment>attachments.read_only</comment>
            <translation>вложения базы данных, открытой только для чтения, изменить нельзя</translation>
        </message>
        <message>
            <source>is a symbolic link: attach the file itself, not a link to it; nothing was stored</source>
            <comment>attachments.symbolic_link</comment>
            <translation>является символической ссылкой: прикрепите сам файл, а не ссылку на него; ничего не сохранено</translation>
        </message>
        <message>
            <source>the audit trail is exported as .csv or .xlsx</source>
            <comment>audit.wrong_suffix</comment>
            <translation>журнал аудита экспортируется в формате .csv или .xlsx</translation>
        </message>
        <message>
            <source>the package changes the answer to {code}, but it is signed by a reviewer: only the focal point's key changes answers</source>
            <comment>authority.answers_from_reviewer</comment>
            <translation>пакет изменяет ответ на вопрос {code}, но подписан проверяющим: изменять ответы может только ключ координатора</translation>
        </message>
        <message>
            <source>the review decision on {code} ({decision}) is not validly signed by its reviewer: it was forged or altered</source>
            <comment>authority.bad_decision</comment>
            <translation>решение по проверке вопроса {code} ({decision}) не имеет действительной подписи проверяющего: оно подделано или изменено</translation>
        </message>
        <message>
            <source>the step to {status} is not validly signed: it was forged or altered</source>
            <comment>authority.bad_step</comment>
            <translation>переход к статусу «{status}» не имеет действительной подписи: он подделан или изменён</translation>
        </message>
        <message numerus="yes">
            <source>%n unsigned review decisions were not applied</source>
            <comment>authority.dropped_decisions</comment>
            <translation>
                <numerusform>%n неподписанное решение по проверке не применено</numerusform>
                <numerusform>%n неподписанных решения по проверке не применены</numerusform>
                <numerusform>%n неподписанных решений по проверке не применено</numerusform>
            </translation>
        </message>
        <message>
            <source>the status {status} in the unsigned package was not applied</source>
            <comment>authority.dropped_status</comment>
            <translation>статус «{status}» из неподписанного пакета не применён</translation>
        </message>
        <message>
            <source>the package changes evidence of {code}, but it is signed by a reviewer: only the focal point's key changes evidence</source>
            <comment>authority.evidence_from_reviewer</comment>
            <translation>пакет изменяет подтверждающие материалы к вопросу {code}, но подписан проверяющим: изменять подтверждающие материалы может только ключ координатора</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) is now this assessment's focal point: the first package signed by them</source>
            <comment>authority.first_signer</comment>
            <translation>пользователь {name} ({fingerprint}) теперь является координатором этой оценки: первый пакет подписан его ключом</translation>
        </message>
        <message>
            <source>the review decision on {code} is signed by this assessment's focal point: a focal point does not review their own answers</source>
            <comment>authority.focal_point_decides</comment>
            <translation>решение по проверке вопроса {code} подписано координатором этой оценки: координатор не проверяет собственные ответы</translation>
        </message>
        <message>
            <source>the key listed for {fingerprint} does not match its fingerprint</source>
            <comment>authority.key_mismatch</comment>
            <translation>ключ, указанный для {fingerprint}, не соответствует своему отпечатку</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) is now a reviewer of this assessment</source>
            <comment>authority.new_reviewer</comment>
            <translation>пользователь {name} ({fingerprint}) теперь является проверяющим этой оценки</translation>
        </message>
        <message>
            <source>a reviewer of this assessment</source>
            <comment>authority.not_a_reviewer_key</comment>
            <translation>ключом проверяющего этой оценки</translation>
        </message>
        <message>
            <source>this assessment's focal point</source>
            <comment>authority.not_its_focal_point</comment>
            <translation>ключом координатора этой оценки</translation>
        </message>
        <message>
            <source>a key you trust</source>
            <comment>authority.not_trusted</comment>
            <translation>ключом, которому вы доверяете</translation>
        </message>
        <message>
            <source>{name}'s key {old} was replaced by {new}, introduced by a statement signed with the old key</source>
            <comment>authority.replaced_key</comment>
            <translation>ключ {old} пользователя {name} заменён ключом {new}, представленным в заявлении, подписанном старым ключом</translation>
        </message>
        <message>
            <source>the answer to {code} is marked {state} without a reviewer's signed decision behind it</source>
            <comment>authority.unbacked_mark</comment>
            <translation>ответ на вопрос {code} отмечен как «{state}» без подписанного решения проверяющего</translation>
        </message>
        <message>
            <source>the package moves the assessment to {status} without a step signed by its {role}</source>
            <comment>authority.unbacked_status</comment>
            <translation>пакет переводит оценку в статус «{status}» без шага, подписанного участником с ролью «{role}»</translation>
        </message>
        <message>
            <source>the package is not signed (it was written by an MGI Desktop older than signatures): anyone could have written or changed it. Import it only if you know where it comes from, and confirm (--accept-unsigned); its review decisions and status are not applied</source>
            <comment>authority.unsigned</comment>
            <translation>пакет не подписан (он создан версией MGI Desktop, выпущенной до появления подписей): кто угодно мог его создать или изменить. Импортируйте его, только если знаете, откуда он, и подтвердите это (--accept-unsigned); решения по проверке и статус из него не применяются</translation>
        </message>
        <message>
            <source>the review decision on {code} is not signed; a signed package carries only signed decisions</source>
            <comment>authority.unsigned_decision</comment>
            <translation>решение по проверке вопроса {code} не подписано; подписанный пакет содержит только подписанные решения</translation>
        </message>
        <message>
            <source>signed by {name} ({role}), key {fingerprint}, which is not {what}: compare the fingerprint with them (on the phone, in person) and confirm it (--confirm-key {fingerprint}), or import IOM's key list; nothing was imported</source>
            <comment>authority.unverified</comment>
            <translation>подписано: {name} ({role}), ключ {fingerprint}, который не является {what}: сверьте отпечаток с этим лицом (по телефону, при личной встрече) и подтвердите его (--confirm-key {fingerprint}) или импортируйте список ключей МОМ; ничего не импортировано</translation>
        </message>
        <message>
            <source>the step to {status} is signed by {fingerprint}, who is not this assessment's {role}</source>
            <comment>authority.wrong_step_signer</comment>
            <translation>переход к статусу «{status}» подписан ключом {fingerprint}, который не принадлежит участнику этой оценки с ролью «{role}»</translation>
        </message>
        <message>
            <source>the copy failed its integrity check ({detail})</source>
            <comment>backup.copy_failed_check</comment>
            <translation>копия не прошла проверку целостности ({detail})</translation>
        </message>
        <message>
            <source>backup to {folder} failed: {reason}</source>
            <comment>backup.failed</comment>
            <translation>не удалось создать резервную копию в папке {folder}: {reason}</translation>
        </message>
        <message>
            <source>the database is in use by another program; close it there and try again</source>
            <comment>backup.in_use</comment>
            <translation>база данных используется другой программой; закройте её там и повторите попытку</translation>
        </message>
        <message>
            <source>no backup was made; the database and its backups are as they were</source>
            <comment>backup.none_made</comment>
            <translation>резервная копия не создана; база данных и её резервные копии остались без изменений</translation>
        </message>
        <message>
            <source>nothing was restored; the database is as it was</source>
            <comment>backup.nothing_restored</comment>
            <translation>ничего не восстановлено; база данных осталась без изменений</translation>
        </message>
        <message>
            <source>restore from {backup} failed: {reason}</source>
            <comment>backup.restore_failed</comment>
            <translation>не удалось выполнить восстановление из резервной копии {backup}: {reason}</translation>
        </message>
        <message>
            <source>this answer needs evidence (a law, policy or source)</source>
            <comment>check.evidence_missing</comment>
            <translation>для этого ответа нужны подтверждающие материалы (закон, политика или иной источник)</translation>
        </message>
        <message>
            <source>a required question is not answered</source>
            <comment>check.required_missing</comment>
            <translation>на обязательный вопрос не дан ответ</translation>
        </message>
        <message>
            <source>the reviewer returned this answer and it has not been changed since; change it, or say in its comments or the note why it stands</source>
            <comment>check.returned_not_revised</comment>
            <translation>проверяющий вернул этот ответ, и с тех пор он не изменён; измените его или объясните в комментариях либо в примечании, почему он остаётся</translation>
        </message>
        <message>
            <source>{prefix} matches {n} findings; give more of the id</source>
            <comment>cli.ambiguous_finding</comment>
            <translation>{prefix} соответствует нескольким выводам ({n}); укажите идентификатор полнее</translation>
        </message>
        <message>
            <source>--crosswalk carries the answers of a previous round: give --previous too</source>
            <comment>cli.crosswalk_needs_previous</comment>
            <translation>--crosswalk переносит ответы предыдущего раунда: укажите также --previous</translation>
        </message>
        <message>
            <source>give --format html, pdf or docx (the extension does not say)</source>
            <comment>cli.format_needed</comment>
            <translation>укажите --format html, pdf или docx (по расширению формат определить нельзя)</translation>
        </message>
        <message>
            <source>there is no backup to restore</source>
            <comment>cli.no_backup</comment>
            <translation>нет резервной копии для восстановления</translation>
        </message>
        <message>
            <source>no finding {prefix} in assessment {assessment}</source>
            <comment>cli.no_finding</comment>
            <translation>в оценке {assessment} нет вывода {prefix}</translation>
        </message>
        <message>
            <source>no single evidence item {id} in assessment {assessment}</source>
            <comment>cli.no_single_evidence</comment>
            <translation>в оценке {assessment} нет единственного подтверждающего материала, соответствующего {id}</translation>
        </message>
        <message>
            <source>no such backup file</source>
            <comment>cli.no_such_backup</comment>
            <translation>такой файл резервной копии не найден</translation>
        </message>
        <message>
            <source>the value of {option} is not valid text (character {position} is not valid Unicode; it may have been pasted or passed from a program in another encoding)</source>
            <comment>cli.not_text</comment>
            <translation>значение {option} не является допустимым текстом (символ {position} не является допустимым символом Юникода; возможно, текст был вставлен или передан из программы, использующей другую кодировку)</translation>
        </message>
        <message>
            <source>the password file is empty</source>
            <comment>cli.password_file_empty</comment>
            <translation>файл пароля пуст</translation>
        </message>
        <message>
            <source>cannot read the password file: {reason}</source>
            <comment>cli.password_file_unreadable</comment>
            <translation>не удаётся прочитать файл пароля: {reason}</translation>
        </message>
        <message>
            <source>give at least one of --title, --country-name, --date, --round-label, --credits-file, --intro-file (or --reset NAME)</source>
            <comment>cli.profile_nothing_to_set</comment>
            <translation>укажите хотя бы один из параметров --title, --country-name, --date, --round-label, --credits-file, --intro-file (или --reset ИМЯ)</translation>
        </message>
        <message>
            <source>a follow-up round is round {round}, the one after its previous round</source>
            <comment>cli.round_of_follow_up</comment>
            <translation>последующий раунд имеет номер {round}, то есть следует сразу за своим предыдущим раундом</translation>
        </message>
        <message>
            <source>cannot read the text: {reason}</source>
            <comment>cli.text_file_unreadable</comment>
            <translation>не удаётся прочитать текст: {reason}</translation>
        </message>
        <message>
            <source>a comment needs some text</source>
            <comment>comment.needs_text</comment>
            <translation>комментарий должен содержать текст</translation>
        </message>
        <message>
            <source>no comment {id}</source>
            <comment>comment.not_found</comment>
            <translation>комментарий {id} не найден</translation>
        </message>
        <message>
            <source>{first}, or {second}</source>
            <comment>condition.alternatives</comment>
            <translation>{first} или {second}</translation>
        </message>
        <message>
            <source>the answer to {code}</source>
            <comment>condition.answer_to</comment>
            <translation>ответ на {code}</translation>
        </message>
        <message>
            <source>the answer to {code} ({question})</source>
            <comment>condition.answer_to_text</comment>
            <translation>ответ на {code} ({question})</translation>
        </message>
        <message>
            <source>{question} is answered</source>
            <comment>condition.answered</comment>
            <translation>на {question} дан ответ</translation>
        </message>
        <message>
            <source>this question is asked only with certain answers to {codes}.</source>
            <comment>condition.asked_generic</comment>
            <translation>этот вопрос задаётся только при некоторых ответах на {codes}.</translation>
        </message>
        <message>
            <source>this question is asked only when {condition}.</source>
            <comment>condition.asked_only_when</comment>
            <translation>этот вопрос задаётся, только если {condition}.</translation>
        </message>
        <message>
            <source>{subject} is at least {value}</source>
            <comment>condition.at_least</comment>
            <translation>{subject} не меньше {value}</translation>
        </message>
        <message>
            <source>{subject} is at most {value}</source>
            <comment>condition.at_most</comment>
            <translation>{subject} не больше {value}</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <comment>condition.both</comment>
            <translation>{first} и {second}</translation>
        </message>
        <message>
            <source>the number of choices in {answer}</source>
            <comment>condition.count_of</comment>
            <translation>число выбранных вариантов ({answer})</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <comment>condition.either</comment>
            <translation>{first} или {second}</translation>
        </message>
        <message>
            <source>{subject} is {value}</source>
            <comment>condition.is</comment>
            <translation>{subject} — {value}</translation>
        </message>
        <message>
            <source>{subject} is not {value}</source>
            <comment>condition.is_not</comment>
            <translation>{subject} — не {value}</translation>
        </message>
        <message>
            <source>{subject} is less than {value}</source>
            <comment>condition.less</comment>
            <translation>{subject} меньше {value}</translation>
        </message>
        <message>
            <source>{subject} is more than {value}</source>
            <comment>condition.more</comment>
            <translation>{subject} больше {value}</translation>
        </message>
        <message>
            <source>{first} nor {second}</source>
            <comment>condition.neither</comment>
            <translation>{first}, ни {second}</translation>
        </message>
        <message>
            <source>{subject} is neither {values}</source>
            <comment>condition.none_of</comment>
            <translation>{subject} — ни {values}</translation>
        </message>
        <message>
            <source>it is not the case that {condition}</source>
            <comment>condition.not</comment>
            <translation>неверно, что {condition}</translation>
        </message>
        <message>
            <source>{question} is not answered</source>
            <comment>condition.not_answered</comment>
            <translation>на {question} нет ответа</translation>
        </message>
        <message>
            <source>{answer} does not include {value}</source>
            <comment>condition.not_selected</comment>
            <translation>{answer} не включает {value}</translation>
        </message>
        <message>
            <source>the answer to {code} is now {answer}.</source>
            <comment>condition.now_answer</comment>
            <translation>сейчас ответ на {code}: {answer}.</translation>
        </message>
        <message>
            <source>{code} is itself not asked with the answers so far.</source>
            <comment>condition.now_not_asked</comment>
            <translation>Вопрос {code} сам не задаётся при нынешних ответах.</translation>
        </message>
        <message>
            <source>{code} is not answered yet.</source>
            <comment>condition.now_unanswered</comment>
            <translation>На {code} ещё нет ответа.</translation>
        </message>
        <message>
            <source>{subject} is {values}</source>
            <comment>condition.one_of</comment>
            <translation>{subject} — {values}</translation>
        </message>
        <message>
            <source>question {code}</source>
            <comment>condition.question</comment>
            <translation>вопрос {code}</translation>
        </message>
        <message>
            <source>question {code} ({question})</source>
            <comment>condition.question_text</comment>
            <translation>вопрос {code} ({question})</translation>
        </message>
        <message>
            <source>“{text}”</source>
            <comment>condition.quoted</comment>
            <translation>«{text}»</translation>
        </message>
        <message>
            <source>{answer} includes {value}</source>
            <comment>condition.selected</comment>
            <translation>{answer} включает {value}</translation>
        </message>
        <message>
            <source>the folder {folder} holds other files ({files}): choose a new or empty folder</source>
            <comment>consolidate.csv_foreign_files</comment>
            <translation>в папке {folder} есть другие файлы ({files}): выберите новую или пустую папку</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder</source>
            <comment>consolidate.csv_not_a_folder</comment>
            <translation>{folder} — это файл, а не папка</translation>
        </message>
        <message>
            <source>give at least one status, or all</source>
            <comment>consolidate.no_status</comment>
            <translation>укажите хотя бы один статус или all</translation>
        </message>
        <message>
            <source>nothing to consolidate: give one or more databases</source>
            <comment>consolidate.nothing</comment>
            <translation>нечего объединять: укажите одну или несколько баз данных</translation>
        </message>
        <message>
            <source>the questionnaires have {n} questions in all, more than one Excel sheet has columns for; consolidate fewer frameworks at once</source>
            <comment>consolidate.too_many_columns</comment>
            <translation>общее число вопросов в вопросниках ({n}) превышает число столбцов на листе Excel; объединяйте меньше вопросников за один раз</translation>
        </message>
        <message>
            <source>{status} is not an assessment status; give some of {statuses}, or all</source>
            <comment>consolidate.unknown_status</comment>
            <translation>{status} — не статус оценки; укажите один или несколько из {statuses} или all</translation>
        </message>
        <message>
            <source>{code} was changed in the assessment after the workbook was read: read it again to see the changes</source>
            <comment>contribution.changed_since</comment>
            <translation>{code} изменён в оценке после чтения книги: прочитайте её снова, чтобы увидеть изменения</translation>
        </message>
        <message>
            <source>the workbook's hidden record does not match its structure (it was edited or copied from another workbook): export a new workbook</source>
            <comment>contribution.checksum</comment>
            <translation>скрытая запись книги не соответствует её структуре (её изменили или скопировали из другой книги): выгрузите новую книгу</translation>
        </message>
        <message>
            <source>{file} cannot be read as a workbook ({detail})</source>
            <comment>contribution.damaged</comment>
            <translation>{file} не читается как книга ({detail})</translation>
        </message>
        <message>
            <source>{code} is given twice (also in row {row})</source>
            <comment>contribution.duplicate_code</comment>
            <translation>{code} указан дважды (также в строке {row})</translation>
        </message>
        <message>
            <source>this evidence row has no question code</source>
            <comment>contribution.evidence_no_code</comment>
            <translation>в этой строке источника нет кода вопроса</translation>
        </message>
        <message>
            <source>this evidence row has no title</source>
            <comment>contribution.evidence_no_title</comment>
            <translation>в этой строке источника нет названия</translation>
        </message>
        <message>
            <source>there is no file {file}</source>
            <comment>contribution.file_not_found</comment>
            <translation>файла {file} нет</translation>
        </message>
        <message>
            <source>this contribution workbook has layout {found}; this version of MGI Desktop reads layout {expected}</source>
            <comment>contribution.format_unknown</comment>
            <translation>эта книга вклада имеет формат {found}; эта версия MGI Desktop читает формат {expected}</translation>
        </message>
        <message>
            <source>the column {column} is missing from the sheet {sheet} (was its header changed?)</source>
            <comment>contribution.no_column</comment>
            <translation>на листе {sheet} нет столбца {column} (не изменили ли его заголовок?)</translation>
        </message>
        <message>
            <source>the sheet {sheet} is missing (was it renamed or deleted?)</source>
            <comment>contribution.no_sheet</comment>
            <translation>нет листа {sheet} (не переименовали или не удалили ли его?)</translation>
        </message>
        <message>
            <source>{value} is not one of the answers ({choices})</source>
            <comment>contribution.not_a_choice</comment>
            <translation>{value} — не один из ответов ({choices})</translation>
        </message>
        <message>
            <source>{file} is not a contribution workbook made by MGI Desktop (its hidden sheet is missing); export one for the contributor and have them fill that in</source>
            <comment>contribution.not_a_contribution</comment>
            <translation>{file} — не книга вклада, созданная MGI Desktop (нет её скрытого листа); выгрузите книгу для участника и попросите заполнить её</translation>
        </message>
        <message>
            <source>{value} is not a kind of evidence ({kinds})</source>
            <comment>contribution.not_a_kind</comment>
            <translation>{value} — не вид источника ({kinds})</translation>
        </message>
        <message>
            <source>{value} is not a web address</source>
            <comment>contribution.not_an_address</comment>
            <translation>{value} — не веб-адрес</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx): open it in Excel or LibreOffice and save it as .xlsx</source>
            <comment>contribution.not_xlsx</comment>
            <translation>{file} — не книга Excel (.xlsx): откройте её в Excel или LibreOffice и сохраните в формате .xlsx</translation>
        </message>
        <message>
            <source>{contributor} has no questions assigned in this assessment; assign some first</source>
            <comment>contribution.nothing_assigned</comment>
            <translation>у участника {contributor} нет вопросов в этой оценке; сначала поручите ему вопросы</translation>
        </message>
        <message>
            <source>{file} is an OpenDocument spreadsheet (.ods): open it in LibreOffice and use File ▸ Save As with the type “Excel 2007-365 (.xlsx)”, then import that file</source>
            <comment>contribution.ods</comment>
            <translation>{file} — таблица OpenDocument (.ods): откройте её в LibreOffice, выберите Файл ▸ Сохранить как с типом «Excel 2007-365 (.xlsx)», затем импортируйте этот файл</translation>
        </message>
        <message>
            <source>{file} is an old Excel workbook (.xls): open it in Excel or LibreOffice and save it as “Excel Workbook (.xlsx)”, then import that file</source>
            <comment>contribution.old_xls</comment>
            <translation>{file} — старая книга Excel (.xls): откройте её в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)», затем импортируйте этот файл</translation>
        </message>
        <message>
            <source>the workbook is for the assessment {id}, which is not in this database</source>
            <comment>contribution.other_assessment</comment>
            <translation>книга относится к оценке {id}, которой нет в этой базе данных</translation>
        </message>
        <message>
            <source>the workbook was made from the questionnaire {framework} {version}; the assessment now uses {current}: export a new workbook</source>
            <comment>contribution.outdated</comment>
            <translation>книга создана по вопроснику {framework} {version}; теперь оценка использует {current}: выгрузите новую книгу</translation>
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
                <numerusform>{file} не импортирован: %n проблема для исправления</numerusform>
                <numerusform>{file} не импортирован: %n проблемы для исправления</numerusform>
                <numerusform>{file} не импортирован: %n проблем для исправления</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is too large for a contribution workbook ({size} MiB; the limit is {limit} MiB)</source>
            <comment>contribution.too_large</comment>
            <translation>{file} слишком велик для книги вклада ({size} МиБ; предел — {limit} МиБ)</translation>
        </message>
        <message>
            <source>the sheet {sheet} has more than {limit} rows</source>
            <comment>contribution.too_many_rows</comment>
            <translation>на листе {sheet} больше {limit} строк</translation>
        </message>
        <message>
            <source>{code} is not one of the questions sent in this workbook</source>
            <comment>contribution.unknown_code</comment>
            <translation>{code} — не из вопросов, отправленных в этой книге</translation>
        </message>
        <message>
            <source>the workbook was made for the contributor {id}, who is not recorded in this database</source>
            <comment>contribution.unknown_contributor</comment>
            <translation>книга создана для участника {id}, которого нет в этой базе данных</translation>
        </message>
        <message>
            <source>cannot read {file}: {reason}</source>
            <comment>contribution.unreadable</comment>
            <translation>не удаётся прочитать {file}: {reason}</translation>
        </message>
        <message>
            <source>{value} is not a year from {low} to {high}</source>
            <comment>contribution.year_range</comment>
            <translation>{value} — не год в пределах от {low} до {high}</translation>
        </message>
        <message>
            <source>{id} matches {n} contributors; give more of the id</source>
            <comment>contributor.ambiguous</comment>
            <translation>{id} соответствует нескольким участникам ({n}); укажите идентификатор подробнее</translation>
        </message>
        <message>
            <source>{code} already has a lead contributor: {other}</source>
            <comment>contributor.lead_taken</comment>
            <translation>у {code} уже есть ведущий участник: {other}</translation>
        </message>
        <message>
            <source>a contributor needs an institution (e.g. the ministry of labour)</source>
            <comment>contributor.needs_institution</comment>
            <translation>у участника должно быть учреждение (например, министерство труда)</translation>
        </message>
        <message>
            <source>no {scope} {target} in this assessment's questionnaire</source>
            <comment>contributor.no_target</comment>
            <translation>в анкете этой оценки нет {scope} {target}</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <comment>contributor.not_a_due_date</comment>
            <translation>{value} — не дата (ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <source>{value} is not what can be assigned (domain, sub_area, question)</source>
            <comment>contributor.not_a_scope</comment>
            <translation>{value} нельзя назначить (domain, sub_area, question)</translation>
        </message>
        <message>
            <source>{value} is not an e-mail address</source>
            <comment>contributor.not_an_email</comment>
            <translation>{value} — не адрес электронной почты</translation>
        </message>
        <message>
            <source>{scope} {target} is not assigned to {contributor}</source>
            <comment>contributor.not_assigned</comment>
            <translation>{scope} {target} не назначен участнику {contributor}</translation>
        </message>
        <message>
            <source>no contributor {id}</source>
            <comment>contributor.not_found</comment>
            <translation>нет участника {id}</translation>
        </message>
        <message>
            <source>an empty answer is not recoded: it is never carried</source>
            <comment>crosswalk.empty_value</comment>
            <translation>пустой ответ не перекодируется: он никогда не переносится</translation>
        </message>
        <message>
            <source>unknown crosswalk format {value} (this version reads format {known})</source>
            <comment>crosswalk.format</comment>
            <translation>неизвестный формат таблицы соответствия {value} (эта версия читает формат {known})</translation>
        </message>
        <message numerus="yes">
            <source>crosswalk has %n problems</source>
            <comment>crosswalk.has_problems</comment>
            <translation>
                <numerusform>в таблице соответствия %n проблема</numerusform>
                <numerusform>в таблице соответствия %n проблемы</numerusform>
                <numerusform>в таблице соответствия %n проблем</numerusform>
            </translation>
        </message>
        <message>
            <source>the crosswalk's '{side}' {field} is {named}, but the questionnaire's is {actual}</source>
            <comment>crosswalk.header_mismatch</comment>
            <translation>в таблице соответствия поле {field} стороны «{side}» имеет значение {named}, а в вопроснике — {actual}</translation>
        </message>
        <message>
            <source>missing field {field}</source>
            <comment>crosswalk.missing</comment>
            <translation>отсутствует поле {field}</translation>
        </message>
        <message>
            <source>new question {code} already takes the answer of {other} (line {line})</source>
            <comment>crosswalk.new_code_twice</comment>
            <translation>новый вопрос {code} уже получает ответ вопроса {other} (строка {line})</translation>
        </message>
        <message>
            <source>{value} is not a question code</source>
            <comment>crosswalk.not_a_code</comment>
            <translation>{value} не является кодом вопроса</translation>
        </message>
        <message>
            <source>'confirm' is true or false, not {value}</source>
            <comment>crosswalk.not_a_flag</comment>
            <translation>«confirm» принимает значение true или false, а не {value}</translation>
        </message>
        <message>
            <source>{field} must be a list</source>
            <comment>crosswalk.not_a_list</comment>
            <translation>поле {field} должно быть списком</translation>
        </message>
        <message>
            <source>not a crosswalk: the file must hold a mapping</source>
            <comment>crosswalk.not_a_mapping</comment>
            <translation>это не таблица соответствия: файл должен содержать словарь (mapping)</translation>
        </message>
        <message>
            <source>each question of a crosswalk is a mapping with 'from' and 'to'</source>
            <comment>crosswalk.not_an_entry</comment>
            <translation>каждый вопрос таблицы соответствия должен быть словарём с ключами «from» и «to»</translation>
        </message>
        <message>
            <source>file not found</source>
            <comment>crosswalk.not_found</comment>
            <translation>файл не найден</translation>
        </message>
        <message>
            <source>{value} is not a choice of new question {code} ({choices})</source>
            <comment>crosswalk.not_new_choice</comment>
            <translation>{value} не является вариантом ответа нового вопроса {code} ({choices})</translation>
        </message>
        <message>
            <source>{value} is not a choice of old question {code} ({choices})</source>
            <comment>crosswalk.not_old_choice</comment>
            <translation>{value} не является вариантом ответа старого вопроса {code} ({choices})</translation>
        </message>
        <message>
            <source>{value} is not an answer old question {code} can have: {reason}</source>
            <comment>crosswalk.not_old_value</comment>
            <translation>{value} не может быть ответом на старый вопрос {code}: {reason}</translation>
        </message>
        <message>
            <source>'note' must be text</source>
            <comment>crosswalk.not_text</comment>
            <translation>«note» должно быть текстом</translation>
        </message>
        <message>
            <source>old question {code} is listed twice (first on line {line})</source>
            <comment>crosswalk.old_code_twice</comment>
            <translation>старый вопрос {code} указан дважды (впервые в строке {line})</translation>
        </message>
        <message>
            <source>file is too large for a crosswalk ({size} bytes)</source>
            <comment>crosswalk.too_large</comment>
            <translation>файл слишком велик для таблицы соответствия ({size} байт)</translation>
        </message>
        <message>
            <source>unknown field {field}</source>
            <comment>crosswalk.unknown_field</comment>
            <translation>неизвестное поле {field}</translation>
        </message>
        <message>
            <source>no question {code} in the new questionnaire {framework}</source>
            <comment>crosswalk.unknown_new_code</comment>
            <translation>в новом вопроснике {framework} нет вопроса {code}</translation>
        </message>
        <message>
            <source>no question {code} in the old questionnaire {framework}</source>
            <comment>crosswalk.unknown_old_code</comment>
            <translation>в старом вопроснике {framework} нет вопроса {code}</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>crosswalk.unreadable</comment>
            <translation>не удаётся прочитать файл: {reason}</translation>
        </message>
        <message>
            <source>'values' maps old answers to new ones</source>
            <comment>crosswalk.values_not_mapping</comment>
            <translation>«values» должно сопоставлять старые ответы с новыми</translation>
        </message>
        <message>
            <source>{value} is not a value new question {code} ({type}) can hold: {reason}</source>
            <comment>crosswalk.wrong_type</comment>
            <translation>{value} не является значением, которое может принимать новый вопрос {code} ({type}): {reason}</translation>
        </message>
        <message>
            <source>the package was altered after it was encrypted</source>
            <comment>crypto.altered</comment>
            <translation>пакет был изменён после шифрования</translation>
        </message>
        <message>
            <source>the package's envelope names no recipient and no password</source>
            <comment>crypto.no_way_in</comment>
            <translation>в конверте пакета не указаны ни получатель, ни пароль</translation>
        </message>
        <message>
            <source>the package is encrypted for other people's keys ({recipients}), not for yours ({mine}); ask the sender to send it to your key</source>
            <comment>crypto.not_for_you</comment>
            <translation>пакет зашифрован для ключей других лиц ({recipients}), а не для вашего ({mine}); попросите отправителя отправить его для вашего ключа</translation>
        </message>
        <message>
            <source>the package's encryption parameters are damaged</source>
            <comment>crypto.parameters_damaged</comment>
            <translation>параметры шифрования пакета повреждены</translation>
        </message>
        <message>
            <source>the password is too short: use at least {n} characters</source>
            <comment>crypto.password_too_short</comment>
            <translation>пароль слишком короткий: минимальное число символов — {n}</translation>
        </message>
        <message>
            <source>wrong password (or the package was altered after it was protected)</source>
            <comment>crypto.wrong_password</comment>
            <translation>неверный пароль (или пакет был изменён после установки защиты)</translation>
        </message>
        <message>
            <source>not enough space on the disk of {folder}: {needed} needed, {free} free; {kept}</source>
            <comment>disk.full</comment>
            <translation>недостаточно места на диске, где находится папка {folder}: требуется {needed}, свободно {free}; {kept}</translation>
        </message>
        <message>
            <source>the disk of {folder} is full ({free} free); {kept}</source>
            <comment>disk.full_unknown</comment>
            <translation>диск, где находится папка {folder}, заполнен (свободно {free}); {kept}</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes)</source>
            <comment>evidence.empty_file</comment>
            <translation>файл пуст (0 байт)</translation>
        </message>
        <message>
            <source>evidence needs a title (e.g. the name of the law or policy)</source>
            <comment>evidence.needs_title</comment>
            <translation>у подтверждающего материала должно быть название (например, название закона или политики)</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <comment>evidence.not_a_date</comment>
            <translation>{value} не является датой (ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <source>{value} is not a kind of evidence ({kinds})</source>
            <comment>evidence.not_a_kind</comment>
            <translation>{value} не является типом подтверждающего материала ({kinds})</translation>
        </message>
        <message>
            <source>{value} is not a year</source>
            <comment>evidence.not_a_year</comment>
            <translation>{value} не является годом</translation>
        </message>
        <message>
            <source>no evidence item {id}</source>
            <comment>evidence.not_found</comment>
            <translation>подтверждающий материал {id} не найден</translation>
        </message>
        <message>
            <source>the file is too large to attach ({size} MiB; the limit is {limit} MiB); cite it by reference instead</source>
            <comment>evidence.too_large</comment>
            <translation>файл слишком велик для прикрепления ({size} МиБ; предел — {limit} МиБ); вместо этого укажите ссылку на него</translation>
        </message>
        <message numerus="yes">
            <source>unknown evidence fields: {fields}</source>
            <comment>evidence.unknown_fields</comment>
            <translation>
                <numerusform>неизвестное поле подтверждающего материала: {fields}</numerusform>
                <numerusform>неизвестные поля подтверждающего материала: {fields}</numerusform>
                <numerusform>неизвестные поля подтверждающего материала: {fields}</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>evidence.unreadable</comment>
            <translation>не удаётся прочитать файл: {reason}</translation>
        </message>
        <message>
            <source>refused: {reason}; nothing was imported</source>
            <comment>exchange.refused</comment>
            <translation>отклонено: {reason}; ничего не импортировано</translation>
        </message>
        <message>
            <source>Exported (UTC)</source>
            <comment>export.about.exported</comment>
            <translation>Экспортировано (UTC)</translation>
        </message>
        <message>
            <source>Exported with</source>
            <comment>export.about.exported_with</comment>
            <translation>Экспортировано с помощью</translation>
        </message>
        <message>
            <source>stable across copies and exchange packages</source>
            <comment>export.about.id</comment>
            <translation>неизменен во всех копиях и пакетах обмена</translation>
        </message>
        <message>
            <source>Language</source>
            <comment>export.about.language</comment>
            <translation>Язык</translation>
        </message>
        <message>
            <source>no</source>
            <comment>export.cell.no</comment>
            <translation>нет</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>export.cell.yes</comment>
            <translation>да</translation>
        </message>
        <message>
            <source>Actor</source>
            <comment>export.column.actor</comment>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <source>Added (UTC)</source>
            <comment>export.column.added</comment>
            <translation>Добавлено (UTC)</translation>
        </message>
        <message>
            <source>Added by</source>
            <comment>export.column.added_by</comment>
            <translation>Кем добавлено</translation>
        </message>
        <message>
            <source>Answer code</source>
            <comment>export.column.answer_code</comment>
            <translation>Код ответа</translation>
        </message>
        <message>
            <source>Answer label</source>
            <comment>export.column.answer_label</comment>
            <translation>Текст ответа</translation>
        </message>
        <message>
            <source>Answered</source>
            <comment>export.column.answered</comment>
            <translation>Отвечено</translation>
        </message>
        <message>
            <source>Assessment id</source>
            <comment>export.column.assessment_id</comment>
            <translation>Идентификатор оценки</translation>
        </message>
        <message>
            <source>Author</source>
            <comment>export.column.author</comment>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Carried over</source>
            <comment>export.column.carried_over</comment>
            <translation>Перенесён</translation>
        </message>
        <message>
            <source>Category</source>
            <comment>export.column.category</comment>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Changed by</source>
            <comment>export.column.changed_by</comment>
            <translation>Кем изменено</translation>
        </message>
        <message>
            <source>Code</source>
            <comment>export.column.code</comment>
            <translation>Код</translation>
        </message>
        <message>
            <source>Code list</source>
            <comment>export.column.code_list</comment>
            <translation>Список кодов</translation>
        </message>
        <message>
            <source>Column</source>
            <comment>export.column.column</comment>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Comment</source>
            <comment>export.column.comment</comment>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Comment id</source>
            <comment>export.column.comment_id</comment>
            <translation>Идентификатор комментария</translation>
        </message>
        <message>
            <source>Comments</source>
            <comment>export.column.comments</comment>
            <translation>Комментарии</translation>
        </message>
        <message>
            <source>Completion % (indicative completion measure, not an official MGI score)</source>
            <comment>export.column.completion</comment>
            <translation>Заполнено, % (ориентировочный показатель заполнения, а не официальная оценка ПУМ)</translation>
        </message>
        <message>
            <source>Country</source>
            <comment>export.column.country</comment>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Country name</source>
            <comment>export.column.country_name</comment>
            <translation>Название страны</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <comment>export.column.created</comment>
            <translation>Создано (UTC)</translation>
        </message>
        <message>
            <source>Date</source>
            <comment>export.column.date</comment>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Domain</source>
            <comment>export.column.domain</comment>
            <translation>Область</translation>
        </message>
        <message>
            <source>Domain title</source>
            <comment>export.column.domain_title</comment>
            <translation>Название области</translation>
        </message>
        <message>
            <source>Don't know</source>
            <comment>export.column.dont_know</comment>
            <translation>Не знаю</translation>
        </message>
        <message>
            <source>Drafted</source>
            <comment>export.column.drafted</comment>
            <translation>Черновик</translation>
        </message>
        <message>
            <source>Entity</source>
            <comment>export.column.entity</comment>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Entity id</source>
            <comment>export.column.entity_id</comment>
            <translation>Идентификатор объекта</translation>
        </message>
        <message>
            <source>Event id</source>
            <comment>export.column.event_id</comment>
            <translation>Идентификатор события</translation>
        </message>
        <message>
            <source>Evidence count</source>
            <comment>export.column.evidence_count</comment>
            <translation>Число подтверждающих материалов</translation>
        </message>
        <message>
            <source>Evidence id</source>
            <comment>export.column.evidence_id</comment>
            <translation>Идентификатор материала</translation>
        </message>
        <message>
            <source>Field</source>
            <comment>export.column.field</comment>
            <translation>Поле</translation>
        </message>
        <message>
            <source>File</source>
            <comment>export.column.file</comment>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Finding</source>
            <comment>export.column.finding</comment>
            <translation>Вывод</translation>
        </message>
        <message>
            <source>Finding id</source>
            <comment>export.column.finding_id</comment>
            <translation>Идентификатор вывода</translation>
        </message>
        <message>
            <source>Flagged</source>
            <comment>export.column.flagged</comment>
            <translation>Отмечен</translation>
        </message>
        <message>
            <source>Framework</source>
            <comment>export.column.framework</comment>
            <translation>Методика</translation>
        </message>
        <message>
            <source>Framework version</source>
            <comment>export.column.framework_version</comment>
            <translation>Версия методики</translation>
        </message>
        <message>
            <source>Indicator</source>
            <comment>export.column.indicator</comment>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Issuing body</source>
            <comment>export.column.issuing_body</comment>
            <translation>Выпустивший орган</translation>
        </message>
        <message>
            <source>Item</source>
            <comment>export.column.item</comment>
            <translation>Пункт</translation>
        </message>
        <message>
            <source>Justification</source>
            <comment>export.column.justification</comment>
            <translation>Обоснование</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>export.column.kind</comment>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Last changed (UTC)</source>
            <comment>export.column.last_changed</comment>
            <translation>Последнее изменение (UTC)</translation>
        </message>
        <message>
            <source>Level</source>
            <comment>export.column.level</comment>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Locality</source>
            <comment>export.column.locality</comment>
            <translation>Населённый пункт</translation>
        </message>
        <message>
            <source>Meaning</source>
            <comment>export.column.meaning</comment>
            <translation>Значение</translation>
        </message>
        <message>
            <source>New value</source>
            <comment>export.column.new_value</comment>
            <translation>Новое значение</translation>
        </message>
        <message>
            <source>No</source>
            <comment>export.column.no</comment>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <comment>export.column.not_applicable</comment>
            <translation>Неприменимо</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>export.column.note</comment>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Old value</source>
            <comment>export.column.old_value</comment>
            <translation>Прежнее значение</translation>
        </message>
        <message>
            <source>Partially</source>
            <comment>export.column.partially</comment>
            <translation>Частично</translation>
        </message>
        <message>
            <source>Position</source>
            <comment>export.column.position</comment>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Potential findings</source>
            <comment>export.column.potential_findings</comment>
            <translation>Выводы: потенциал развития</translation>
        </message>
        <message>
            <source>Question</source>
            <comment>export.column.question</comment>
            <translation>Вопрос</translation>
        </message>
        <message>
            <source>Question code</source>
            <comment>export.column.question_code</comment>
            <translation>Код вопроса</translation>
        </message>
        <message>
            <source>Questionnaire version</source>
            <comment>export.column.questionnaire_version</comment>
            <translation>Версия анкеты</translation>
        </message>
        <message>
            <source>Questions</source>
            <comment>export.column.questions</comment>
            <translation>Вопросы</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>export.column.reason</comment>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Reference</source>
            <comment>export.column.reference</comment>
            <translation>Реквизиты</translation>
        </message>
        <message>
            <source>Relevant</source>
            <comment>export.column.relevant</comment>
            <translation>Применимы</translation>
        </message>
        <message>
            <source>Resolved</source>
            <comment>export.column.resolved</comment>
            <translation>Решён</translation>
        </message>
        <message>
            <source>Resolved (UTC)</source>
            <comment>export.column.resolved_at</comment>
            <translation>Дата решения (UTC)</translation>
        </message>
        <message>
            <source>Resolved by</source>
            <comment>export.column.resolved_by</comment>
            <translation>Кем решён</translation>
        </message>
        <message>
            <source>Review status</source>
            <comment>export.column.review_status</comment>
            <translation>Статус проверки</translation>
        </message>
        <message>
            <source>Role</source>
            <comment>export.column.role</comment>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Round</source>
            <comment>export.column.round</comment>
            <translation>Цикл</translation>
        </message>
        <message>
            <source>SDG 10.7.2 category</source>
            <comment>export.column.sdg_category</comment>
            <translation>Категория ЦУР 10.7.2</translation>
        </message>
        <message>
            <source>SDG 10.7.2 category label</source>
            <comment>export.column.sdg_category_label</comment>
            <translation>Название категории ЦУР 10.7.2</translation>
        </message>
        <message>
            <source>SDG 10.7.2 value</source>
            <comment>export.column.sdg_value</comment>
            <translation>Значение ЦУР 10.7.2</translation>
        </message>
        <message>
            <source>Sheet</source>
            <comment>export.column.sheet</comment>
            <translation>Лист</translation>
        </message>
        <message>
            <source>Sub-area</source>
            <comment>export.column.sub_area</comment>
            <translation>Подобласть</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <comment>export.column.time</comment>
            <translation>Время (UTC)</translation>
        </message>
        <message>
            <source>Title</source>
            <comment>export.column.title</comment>
            <translation>Название</translation>
        </message>
        <message>
            <source>Updated (UTC)</source>
            <comment>export.column.updated</comment>
            <translation>Обновлено (UTC)</translation>
        </message>
        <message>
            <source>URL</source>
            <comment>export.column.url</comment>
            <translation>Веб-адрес</translation>
        </message>
        <message>
            <source>Validation</source>
            <comment>export.column.validation</comment>
            <translation>Подтверждение</translation>
        </message>
        <message>
            <source>Value</source>
            <comment>export.column.value</comment>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Well-developed findings</source>
            <comment>export.column.well_developed_findings</comment>
            <translation>Выводы: хорошо развито</translation>
        </message>
        <message>
            <source>Written (UTC)</source>
            <comment>export.column.written</comment>
            <translation>Написано (UTC)</translation>
        </message>
        <message>
            <source>Year</source>
            <comment>export.column.year</comment>
            <translation>Год</translation>
        </message>
        <message>
            <source>Yes</source>
            <comment>export.column.yes</comment>
            <translation>Да</translation>
        </message>
        <message>
            <source>this sheet: the inputs, the filters, what each sheet holds, what the columns mean</source>
            <comment>export.consolidate.about_about</comment>
            <translation>этот лист: входные файлы, фильтры, содержимое каждого листа, значение столбцов</translation>
        </message>
        <message>
            <source>All compl. %</source>
            <comment>export.consolidate.all_completion</comment>
            <translation>Все: запол., %</translation>
        </message>
        <message>
            <source>All no</source>
            <comment>export.consolidate.all_no</comment>
            <translation>Все: нет</translation>
        </message>
        <message>
            <source>All partially</source>
            <comment>export.consolidate.all_partially</comment>
            <translation>Все: частично</translation>
        </message>
        <message>
            <source>All yes</source>
            <comment>export.consolidate.all_yes</comment>
            <translation>Все: да</translation>
        </message>
        <message>
            <source>Answer rows</source>
            <comment>export.consolidate.answer_rows</comment>
            <translation>Строк ответов</translation>
        </message>
        <message>
            <source>Archived</source>
            <comment>export.consolidate.archived</comment>
            <translation>В архиве</translation>
        </message>
        <message>
            <source>TRUE when the assessment is archived in the database it came from</source>
            <comment>export.consolidate.archived_about</comment>
            <translation>TRUE, если оценка находится в архиве в базе данных, из которой она взята</translation>
        </message>
        <message>
            <source>excluded</source>
            <comment>export.consolidate.archived_excluded</comment>
            <translation>исключены</translation>
        </message>
        <message>
            <source>included</source>
            <comment>export.consolidate.archived_included</comment>
            <translation>включены</translation>
        </message>
        <message>
            <source>Assessment title</source>
            <comment>export.consolidate.assessment_title</comment>
            <translation>Название оценки</translation>
        </message>
        <message>
            <source>Assessments</source>
            <comment>export.consolidate.assessments</comment>
            <translation>Оценки</translation>
        </message>
        <message>
            <source>well_developed or potential (area with potential for further development)</source>
            <comment>export.consolidate.category_about</comment>
            <translation>well_developed или potential (направление с потенциалом для дальнейшего развития)</translation>
        </message>
        <message>
            <source>Column: {header}</source>
            <comment>export.consolidate.column_line</comment>
            <translation>Столбец: {header}</translation>
        </message>
        <message>
            <source>a row per assessment, the domains across: counts of yes, partially and no answers and the completion per domain</source>
            <comment>export.consolidate.countries_about</comment>
            <translation>строка на оценку, области по столбцам: число ответов «да», «частично» и «нет» и заполнение по каждой области</translation>
        </message>
        <message>
            <source>ISO 3166-1 alpha-3</source>
            <comment>export.consolidate.country_about</comment>
            <translation>ISO 3166-1 alpha-3</translation>
        </message>
        <message>
            <source>Answers per assessment, all domains</source>
            <comment>export.consolidate.country_chart_title</comment>
            <translation>Ответы по оценкам, все области</translation>
        </message>
        <message>
            <source>CSV files</source>
            <comment>export.consolidate.csv_files</comment>
            <translation>Файлы CSV</translation>
        </message>
        <message>
            <source>D{domain} compl. %</source>
            <comment>export.consolidate.d_completion</comment>
            <translation>Обл. {domain}: запол., %</translation>
        </message>
        <message>
            <source>answered / relevant x 100 in domain {domain}; indicative, not an official MGI score</source>
            <comment>export.consolidate.d_completion_about</comment>
            <translation>отвечено / применимо x 100 в области {domain}; ориентировочно, не официальная оценка ПУМ</translation>
        </message>
        <message>
            <source>D{domain} no</source>
            <comment>export.consolidate.d_no</comment>
            <translation>Обл. {domain}: нет</translation>
        </message>
        <message>
            <source>relevant questions of domain {domain} answered 'no'</source>
            <comment>export.consolidate.d_no_about</comment>
            <translation>применимые вопросы области {domain} с ответом «нет»</translation>
        </message>
        <message>
            <source>D{domain} partially</source>
            <comment>export.consolidate.d_partially</comment>
            <translation>Обл. {domain}: частично</translation>
        </message>
        <message>
            <source>relevant questions of domain {domain} answered 'partially'</source>
            <comment>export.consolidate.d_partially_about</comment>
            <translation>применимые вопросы области {domain} с ответом «частично»</translation>
        </message>
        <message>
            <source>D{domain} yes</source>
            <comment>export.consolidate.d_yes</comment>
            <translation>Обл. {domain}: да</translation>
        </message>
        <message>
            <source>relevant questions of domain {domain} answered 'yes'</source>
            <comment>export.consolidate.d_yes_about</comment>
            <translation>применимые вопросы области {domain} с ответом «да»</translation>
        </message>
        <message>
            <source>D{domain}</source>
            <comment>export.consolidate.domain_line</comment>
            <translation>Обл. {domain}</translation>
        </message>
        <message>
            <source>a row per assessment and domain (and one for all domains): counts of answers, completion, findings; the CSV file leaves out the all-domains rows</source>
            <comment>export.consolidate.domains_about</comment>
            <translation>строка на оценку и область (и одна для всех областей): число ответов, заполнение, выводы; в файле CSV строк «все области» нет</translation>
        </message>
        <message>
            <source>an assessment found in several inputs (same id) is counted once: the copy with the latest revision is used, the others are listed in the Duplicates sheet</source>
            <comment>export.consolidate.duplicates_about</comment>
            <translation>оценка, найденная в нескольких источниках (с одним и тем же идентификатором), учитывается один раз: используется копия с последней редакцией, остальные перечислены на листе «Дубликаты»</translation>
        </message>
        <message>
            <source>a row per evidence item: kind, title, reference, year, address</source>
            <comment>export.consolidate.evidence_about</comment>
            <translation>строка на материал: вид, название, реквизиты, год, адрес</translation>
        </message>
        <message>
            <source>Excluded by the filters</source>
            <comment>export.consolidate.excluded</comment>
            <translation>Исключено фильтрами</translation>
        </message>
        <message>
            <source>each filter's count is what it leaves out on its own (an archived draft counts under both); the total counts each assessment once, after duplicates are set aside</source>
            <comment>export.consolidate.excluded_about</comment>
            <translation>для каждого фильтра указано, сколько он исключает сам по себе (архивный черновик учитывается в обоих); в итоге каждая оценка считается один раз, после отбора дубликатов</translation>
        </message>
        <message>
            <source>Excluded as archived</source>
            <comment>export.consolidate.excluded_as_archived</comment>
            <translation>Исключено как архивные</translation>
        </message>
        <message>
            <source>Excluded by status</source>
            <comment>export.consolidate.excluded_by_status</comment>
            <translation>Исключено по статусу</translation>
        </message>
        <message>
            <source>Filter: archived assessments</source>
            <comment>export.consolidate.filter_archived</comment>
            <translation>Фильтр: архивные оценки</translation>
        </message>
        <message>
            <source>Filter: statuses included</source>
            <comment>export.consolidate.filter_statuses</comment>
            <translation>Фильтр: включённые статусы</translation>
        </message>
        <message>
            <source>a row per finding, by assessment and domain, well-developed first, in the profile's order</source>
            <comment>export.consolidate.findings_about</comment>
            <translation>строка на вывод, по оценкам и областям, сначала хорошо развитые направления, в порядке профиля</translation>
        </message>
        <message>
            <source>Assessments found</source>
            <comment>export.consolidate.found</comment>
            <translation>Найдено оценок</translation>
        </message>
        <message>
            <source>Input</source>
            <comment>export.consolidate.input</comment>
            <translation>Источник</translation>
        </message>
        <message>
            <source>a row per input file: assessments found, used, left out as duplicates or by the filters</source>
            <comment>export.consolidate.inputs_about</comment>
            <translation>строка на входной файл: найдено, использовано, отброшено как дубликаты или фильтрами</translation>
        </message>
        <message>
            <source>a row per answer with a justification, its full text</source>
            <comment>export.consolidate.justifications_about</comment>
            <translation>строка на ответ с обоснованием, полный текст обоснования</translation>
        </message>
        <message>
            <source>Kept from</source>
            <comment>export.consolidate.kept_from</comment>
            <translation>Взята из</translation>
        </message>
        <message>
            <source>Kept revision</source>
            <comment>export.consolidate.kept_revision</comment>
            <translation>Использованная редакция</translation>
        </message>
        <message>
            <source>law, regulation, policy, plan, agreement, report, website, interview or other</source>
            <comment>export.consolidate.kind_about</comment>
            <translation>law, regulation, policy, plan, agreement, report, website, interview или other</translation>
        </message>
        <message>
            <source>national or local</source>
            <comment>export.consolidate.level_about</comment>
            <translation>national или local</translation>
        </message>
        <message>
            <source>Linked questions</source>
            <comment>export.consolidate.linked</comment>
            <translation>Связанные вопросы</translation>
        </message>
        <message>
            <source>the question codes the finding is linked to, separated by ';'</source>
            <comment>export.consolidate.linked_about</comment>
            <translation>коды вопросов, с которыми связан вывод, через «;»</translation>
        </message>
        <message>
            <source>a row per assessment and question: the answer code and label, its review status</source>
            <comment>export.consolidate.long_about</comment>
            <translation>строка на оценку и вопрос: код и текст ответа, статус проверки</translation>
        </message>
        <message>
            <source>a row per assessment, a column per question code; cells hold the answer codes</source>
            <comment>export.consolidate.matrix_about</comment>
            <translation>строка на каждую оценку, столбец на каждый код вопроса; в ячейках — коды ответов</translation>
        </message>
        <message>
            <source>Duplicates not used</source>
            <comment>export.consolidate.not_used</comment>
            <translation>Неиспользованные дубликаты</translation>
        </message>
        <message>
            <source>Not used from</source>
            <comment>export.consolidate.not_used_from</comment>
            <translation>Не использована из</translation>
        </message>
        <message>
            <source>Not used revision</source>
            <comment>export.consolidate.not_used_revision</comment>
            <translation>Неиспользованная редакция</translation>
        </message>
        <message>
            <source>Official name</source>
            <comment>export.consolidate.official_name</comment>
            <translation>Официальное название</translation>
        </message>
        <message>
            <source>the country's name as its profile prints it when set (Profile details), else its official name (ISO 3166, in English)</source>
            <comment>export.consolidate.official_name_about</comment>
            <translation>название страны, как его печатает профиль, если оно задано (сведения о профиле), иначе официальное название (ISO 3166, на английском)</translation>
        </message>
        <message>
            <source>Tables of the consolidated Migration Governance Indicators assessments, one CSV file per table, joined on assessment_id. Text that starts with = + - @, a tab or a carriage return is written with a leading apostrophe (') so that spreadsheets do not run it as a formula; remove it when reading if needed.</source>
            <comment>export.consolidate.package_about</comment>
            <translation>Таблицы сводных оценок по показателям управления миграцией (ПУМ), по файлу CSV на таблицу, связанные по assessment_id. Текст, начинающийся с = + - @, табуляции или возврата каретки, записан с апострофом (') в начале, чтобы электронные таблицы не выполняли его как формулу; при необходимости удалите его при чтении.</translation>
        </message>
        <message>
            <source>MGI consolidated assessments</source>
            <comment>export.consolidate.package_title</comment>
            <translation>Сводные оценки ПУМ</translation>
        </message>
        <message>
            <source>Percentages</source>
            <comment>export.consolidate.percentages</comment>
            <translation>Проценты</translation>
        </message>
        <message>
            <source>completion percentages are an indicative completion measure, not an official MGI score</source>
            <comment>export.consolidate.percentages_about</comment>
            <translation>проценты заполнения — ориентировочный показатель, а не официальная оценка ПУМ</translation>
        </message>
        <message>
            <source>Country summary</source>
            <comment>export.consolidate.sheet_countries</comment>
            <translation>Сводка по странам</translation>
        </message>
        <message>
            <source>Domain summary</source>
            <comment>export.consolidate.sheet_domains</comment>
            <translation>Сводка по областям</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <comment>export.consolidate.sheet_duplicates</comment>
            <translation>Дубликаты</translation>
        </message>
        <message>
            <source>Evidence</source>
            <comment>export.consolidate.sheet_evidence</comment>
            <translation>Материалы</translation>
        </message>
        <message>
            <source>Findings</source>
            <comment>export.consolidate.sheet_findings</comment>
            <translation>Выводы</translation>
        </message>
        <message>
            <source>Inputs</source>
            <comment>export.consolidate.sheet_inputs</comment>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Justifications</source>
            <comment>export.consolidate.sheet_justifications</comment>
            <translation>Обоснования</translation>
        </message>
        <message>
            <source>Sheet: {sheet}</source>
            <comment>export.consolidate.sheet_line</comment>
            <translation>Лист: {sheet}</translation>
        </message>
        <message>
            <source>Answers (long)</source>
            <comment>export.consolidate.sheet_long</comment>
            <translation>Ответы (длинный формат)</translation>
        </message>
        <message>
            <source>Matrix (wide)</source>
            <comment>export.consolidate.sheet_matrix</comment>
            <translation>Матрица (широкий формат)</translation>
        </message>
        <message>
            <source>Domain totals</source>
            <comment>export.consolidate.sheet_totals</comment>
            <translation>Итоги по областям</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>export.consolidate.status</comment>
            <translation>Статус</translation>
        </message>
        <message>
            <source>the assessment's status: draft, submitted, in_review, returned, resubmitted, validated or approved</source>
            <comment>export.consolidate.status_about</comment>
            <translation>статус оценки: draft, submitted, in_review, returned, resubmitted, validated или approved</translation>
        </message>
        <message>
            <source>a row per domain: the answers of every assessment consolidated, added up</source>
            <comment>export.consolidate.totals_about</comment>
            <translation>строка на область: ответы всех сведённых оценок, сложенные</translation>
        </message>
        <message>
            <source>the address as typed, plain text (never a live link)</source>
            <comment>export.consolidate.url_about</comment>
            <translation>адрес в том виде, в каком он введён, простым текстом (никогда не активная ссылка)</translation>
        </message>
        <message>
            <source>Assessments used</source>
            <comment>export.consolidate.used</comment>
            <translation>Использовано оценок</translation>
        </message>
        <message>
            <source>what the validation is worth, checked against the keys trusted by whoever consolidated: 'signed' only when a reviewer key they trust signed it, it is not the focal point's own key, the signature verifies and the answers are those it signed (the codes are listed below)</source>
            <comment>export.consolidate.validation_about</comment>
            <translation>чего стоит подтверждение, проверенное по ключам, которым доверяет выполнивший сведение: 'signed' — только если его подписал доверенный ключ проверяющего, это не собственный ключ координатора, подпись проходит проверку, а ответы совпадают с подписанными (коды перечислены ниже)</translation>
        </message>
        <message>
            <source>Validation details</source>
            <comment>export.consolidate.validation_details</comment>
            <translation>Сведения о подтверждении</translation>
        </message>
        <message>
            <source>the validation's standing in words, naming the key's holder or the key</source>
            <comment>export.consolidate.validation_details_about</comment>
            <translation>положение подтверждения словами, с указанием владельца ключа или самого ключа</translation>
        </message>
        <message>
            <source>Validation key</source>
            <comment>export.consolidate.validation_key</comment>
            <translation>Ключ подтверждения</translation>
        </message>
        <message>
            <source>the fingerprint of the key that signed the validation (64 hex digits; people compare the first 20)</source>
            <comment>export.consolidate.validation_key_about</comment>
            <translation>отпечаток ключа, которым подписано подтверждение (64 шестнадцатеричные цифры; сверяют первые 20)</translation>
        </message>
        <message>
            <source>Validation: {mark}</source>
            <comment>export.consolidate.validation_line</comment>
            <translation>Подтверждение: {mark}</translation>
        </message>
        <message>
            <source>Validations</source>
            <comment>export.consolidate.validations</comment>
            <translation>Подтверждения</translation>
        </message>
        <message>
            <source>Validation warnings</source>
            <comment>export.consolidate.warnings</comment>
            <translation>Предупреждения о подтверждении</translation>
        </message>
        <message>
            <source>assessments used from this input that claim a validation not backed as 'signed' (see the Validation column)</source>
            <comment>export.consolidate.warnings_about</comment>
            <translation>использованные оценки из этого источника, заявляющие подтверждение, не подкреплённое отметкой 'signed' (см. столбец «Подтверждение»)</translation>
        </message>
        <message>
            <source>Your answer</source>
            <comment>export.contribution.column.answer</comment>
            <translation>Ваш ответ</translation>
        </message>
        <message>
            <source>Asked when</source>
            <comment>export.contribution.column.asked_when</comment>
            <translation>Когда задаётся</translation>
        </message>
        <message>
            <source>Code</source>
            <comment>export.contribution.column.code</comment>
            <translation>Код</translation>
        </message>
        <message>
            <source>Comment to the focal point</source>
            <comment>export.contribution.column.comment</comment>
            <translation>Комментарий для координатора</translation>
        </message>
        <message>
            <source>Answer in the assessment now</source>
            <comment>export.contribution.column.current</comment>
            <translation>Текущий ответ в оценке</translation>
        </message>
        <message>
            <source>Guidance</source>
            <comment>export.contribution.column.guidance</comment>
            <translation>Пояснения</translation>
        </message>
        <message>
            <source>Justification</source>
            <comment>export.contribution.column.justification</comment>
            <translation>Обоснование</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>export.contribution.column.kind</comment>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Question</source>
            <comment>export.contribution.column.question</comment>
            <translation>Вопрос</translation>
        </message>
        <message>
            <source>Reference</source>
            <comment>export.contribution.column.reference</comment>
            <translation>Реквизиты</translation>
        </message>
        <message>
            <source>Title</source>
            <comment>export.contribution.column.title</comment>
            <translation>Название</translation>
        </message>
        <message>
            <source>Web address</source>
            <comment>export.contribution.column.url</comment>
            <translation>Веб-адрес</translation>
        </message>
        <message>
            <source>Year</source>
            <comment>export.contribution.column.year</comment>
            <translation>Год</translation>
        </message>
        <message>
            <source>Several answers: separate them with ;</source>
            <comment>export.contribution.hint.multiple</comment>
            <translation>Несколько ответов: разделяйте их знаком ;</translation>
        </message>
        <message>
            <source>On the sheet “{answers}”, give each answer in the column “{answer}”: pick it from the drop-down list, or type it. Say why in “{justification}”, citing laws, policies or sources.</source>
            <comment>export.contribution.instructions.answer</comment>
            <translation>На листе «{answers}» укажите каждый ответ в столбце «{answer}»: выберите его из раскрывающегося списка или введите. Объясните почему в столбце «{justification}», ссылаясь на законы, политику или источники.</translation>
        </message>
        <message>
            <source>Some questions are asked only with certain answers to others: “{asked_when}” says when. Leave a question that is not asked empty.</source>
            <comment>export.contribution.instructions.asked_when</comment>
            <translation>Некоторые вопросы задаются только при определённых ответах на другие: столбец «{asked_when}» говорит когда. Вопрос, который не задаётся, оставьте пустым.</translation>
        </message>
        <message>
            <source>Please return it by {due}.</source>
            <comment>export.contribution.instructions.due</comment>
            <translation>Пожалуйста, верните её до {due}.</translation>
        </message>
        <message>
            <source>An empty cell changes nothing: the assessment keeps what it holds.</source>
            <comment>export.contribution.instructions.empty</comment>
            <translation>Пустая ячейка ничего не меняет: в оценке остаётся то, что в ней есть.</translation>
        </message>
        <message>
            <source>On the sheet “{evidence}”, add one row per source: the question's code, its kind, title, reference, year and web address. Add as many rows as you need.</source>
            <comment>export.contribution.instructions.evidence</comment>
            <translation>На листе «{evidence}» добавьте по строке на источник: код вопроса, вид, название, реквизиты, год и веб-адрес. Добавляйте столько строк, сколько нужно.</translation>
        </message>
        <message>
            <source>This workbook holds the questions of the assessment “{title}” given to {contributor}.</source>
            <comment>export.contribution.instructions.intro</comment>
            <translation>В этой книге — вопросы оценки «{title}», порученные: {contributor}.</translation>
        </message>
        <message>
            <source>Where several answers may be chosen, write them in one cell separated by semicolons (;).</source>
            <comment>export.contribution.instructions.multiple</comment>
            <translation>Если можно выбрать несколько ответов, запишите их в одну ячейку через точку с запятой (;).</translation>
        </message>
        <message>
            <source>Codes and questions are protected without a password so they are not changed by mistake; you may sort, filter, format and add columns. Do not rename the sheets or their column headers.</source>
            <comment>export.contribution.instructions.protection</comment>
            <translation>Коды и вопросы защищены без пароля, чтобы их не изменили по ошибке; сортировать, фильтровать, форматировать и добавлять столбцы можно. Не переименовывайте листы и заголовки их столбцов.</translation>
        </message>
        <message>
            <source>Save the workbook as .xlsx (Excel or LibreOffice) and send it back to the focal point, {focal_point}.</source>
            <comment>export.contribution.instructions.return</comment>
            <translation>Сохраните книгу в формате .xlsx (Excel или LibreOffice) и отправьте её координатору: {focal_point}.</translation>
        </message>
        <message>
            <source>Answers</source>
            <comment>export.contribution.sheet.answers</comment>
            <translation>Ответы</translation>
        </message>
        <message>
            <source>Evidence</source>
            <comment>export.contribution.sheet.evidence</comment>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Instructions</source>
            <comment>export.contribution.sheet.instructions</comment>
            <translation>Инструкции</translation>
        </message>
        <message>
            <source>indicative completion measure, not an official MGI score</source>
            <comment>export.indicative</comment>
            <translation>ориентировочный показатель заполнения, а не официальная оценка ПУМ</translation>
        </message>
        <message>
            <source>Migration Governance Indicators</source>
            <comment>export.mgi</comment>
            <translation>Показатели управления миграцией</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <comment>export.print.page</comment>
            <translation>Страница {page} из {pages}</translation>
        </message>
        <message>
            <source>About the Migration Governance Indicators</source>
            <comment>export.profile.about</comment>
            <translation>Об Показателях управления миграцией</translation>
        </message>
        <message>
            <source>The Local MGI adapt the indicators to cities, municipalities and provinces, within the competences of local authorities.</source>
            <comment>export.profile.about_local_text</comment>
            <translation>Местные ПУМ адаптируют показатели к городам, муниципалитетам и провинциям в пределах полномочий местных органов власти.</translation>
        </message>
        <message>
            <source>The Migration Governance Indicators (MGI) are a policy-benchmarking tool led by the International Organization for Migration (IOM). They help governments take stock of their migration governance structures. The MGI look at policy and institutional frameworks: the laws, policies, strategies and institutions that are in place, not how they are implemented in practice or what results they achieve. The MGI are not a ranking: they show well-developed areas and areas with potential for further development, to support a dialogue on migration governance and on progress towards target 10.7 of the Sustainable Development Goals.</source>
            <comment>export.profile.about_text</comment>
            <translation>Показатели управления миграцией (ПУМ) — инструмент сравнительного анализа политики, применяемый под руководством Международной организации по миграции (МОМ). Они помогают правительствам оценить свои структуры управления миграцией. ПУМ рассматривают политические и институциональные рамки — действующие законы, политику, стратегии и институты, — а не то, как они применяются на практике или каких результатов достигают. ПУМ не являются рейтингом: они показывают хорошо развитые области и области с потенциалом для дальнейшего развития, чтобы поддержать диалог об управлении миграцией и о продвижении к достижению задачи 10.7 Целей в области устойчивого развития.</translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed since the previous round (the previous answer, then the answer now):</source>
            <comment>export.profile.changed</comment>
            <translation>
                <numerusform>С предыдущего цикла изменился %n ответ (сначала прежний ответ, затем нынешний):</numerusform>
                <numerusform>С предыдущего цикла изменились %n ответа (сначала прежний ответ, затем нынешний):</numerusform>
                <numerusform>С предыдущего цикла изменились %n ответов (сначала прежний ответ, затем нынешний):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed since round {round} (the previous answer, then the answer now):</source>
            <comment>export.profile.changed_since</comment>
            <translation>
                <numerusform>С цикла {round} изменился %n ответ (сначала прежний ответ, затем нынешний):</numerusform>
                <numerusform>С цикла {round} изменились %n ответа (сначала прежний ответ, затем нынешний):</numerusform>
                <numerusform>С цикла {round} изменились %n ответов (сначала прежний ответ, затем нынешний):</numerusform>
            </translation>
        </message>
        <message>
            <source>Developments since the previous round</source>
            <comment>export.profile.developments</comment>
            <translation>Изменения с предыдущего цикла</translation>
        </message>
        <message>
            <source>Domain {n}: {title}</source>
            <comment>export.profile.domain</comment>
            <translation>Область {n}: {title}</translation>
        </message>
        <message>
            <source>DRAFT — not validated</source>
            <comment>export.profile.draft_mark</comment>
            <translation>ПРОЕКТ — не утверждён</translation>
        </message>
        <message>
            <source>Fifth Profile</source>
            <comment>export.profile.fifth</comment>
            <translation>Пятый профиль</translation>
        </message>
        <message>
            <source>First Profile</source>
            <comment>export.profile.first</comment>
            <translation>Первый профиль</translation>
        </message>
        <message>
            <source>Fourth Profile</source>
            <comment>export.profile.fourth</comment>
            <translation>Четвёртый профиль</translation>
        </message>
        <message>
            <source>{title}, version {version}</source>
            <comment>export.profile.framework</comment>
            <translation>{title}, версия {version}</translation>
        </message>
        <message>
            <source>Interview: {citation}</source>
            <comment>export.profile.interview</comment>
            <translation>Интервью: {citation}</translation>
        </message>
        <message>
            <source>Introduction</source>
            <comment>export.profile.introduction</comment>
            <translation>Введение</translation>
        </message>
        <message>
            <source>No findings have been recorded for this domain yet.</source>
            <comment>export.profile.no_findings</comment>
            <translation>Для этой области выводы пока не внесены.</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <comment>export.profile.none_recorded</comment>
            <translation>Ничего не записано.</translation>
        </message>
        <message>
            <source>not answered</source>
            <comment>export.profile.not_answered</comment>
            <translation>нет ответа</translation>
        </message>
        <message>
            <source>Now</source>
            <comment>export.profile.now_column</comment>
            <translation>Сейчас</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <comment>export.profile.page_of</comment>
            <translation>Страница {n} из {total}</translation>
        </message>
        <message>
            <source>{place} — round {n}</source>
            <comment>export.profile.place_round</comment>
            <translation>{place} — цикл {n}</translation>
        </message>
        <message>
            <source>Areas with potential for further development</source>
            <comment>export.profile.potential</comment>
            <translation>Области с потенциалом для дальнейшего развития</translation>
        </message>
        <message>
            <source>Previous round</source>
            <comment>export.profile.previous_column</comment>
            <translation>Предыдущий цикл</translation>
        </message>
        <message>
            <source>The previous round is not in this database, so the answers cannot be compared here.</source>
            <comment>export.profile.previous_missing</comment>
            <translation>Предыдущего цикла нет в этой базе данных, поэтому ответы здесь сравнить нельзя.</translation>
        </message>
        <message>
            <source>Questionnaire: {framework}</source>
            <comment>export.profile.questionnaire</comment>
            <translation>Анкета: {framework}</translation>
        </message>
        <message>
            <source>Round {round}</source>
            <comment>export.profile.round_column</comment>
            <translation>Цикл {round}</translation>
        </message>
        <message>
            <source>Profile, round {n}</source>
            <comment>export.profile.round_n</comment>
            <translation>Профиль, цикл {n}</translation>
        </message>
        <message>
            <source>Second Profile</source>
            <comment>export.profile.second</comment>
            <translation>Второй профиль</translation>
        </message>
        <message>
            <source>The six domains</source>
            <comment>export.profile.six_domains</comment>
            <translation>Шесть областей</translation>
        </message>
        <message>
            <source>Sixth Profile</source>
            <comment>export.profile.sixth</comment>
            <translation>Шестой профиль</translation>
        </message>
        <message>
            <source>Annex: key sources</source>
            <comment>export.profile.sources</comment>
            <translation>Приложение: основные источники</translation>
        </message>
        <message>
            <source>National MGI · {round} · {date}</source>
            <comment>export.profile.subtitle</comment>
            <translation>Национальные ПУМ · {round} · {date}</translation>
        </message>
        <message>
            <source>Local MGI · {round} · {date}</source>
            <comment>export.profile.subtitle_local</comment>
            <translation>Местные ПУМ · {round} · {date}</translation>
        </message>
        <message>
            <source>Text</source>
            <comment>export.profile.text_column</comment>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Third Profile</source>
            <comment>export.profile.third</comment>
            <translation>Третий профиль</translation>
        </message>
        <message>
            <source>Migration Governance Profile: {place}</source>
            <comment>export.profile.title</comment>
            <translation>Профиль управления миграцией: {place}</translation>
        </message>
        <message>
            <source>Migration Governance Local Profile: {place}</source>
            <comment>export.profile.title_local</comment>
            <translation>Местный профиль управления миграцией: {place}</translation>
        </message>
        <message>
            <source>No answer changed since the previous round.</source>
            <comment>export.profile.unchanged</comment>
            <translation>С предыдущего цикла ни один ответ не изменился.</translation>
        </message>
        <message>
            <source>No answer changed since round {round}.</source>
            <comment>export.profile.unchanged_since</comment>
            <translation>С цикла {round} ни один ответ не изменился.</translation>
        </message>
        <message>
            <source>Validation: {validation}</source>
            <comment>export.profile.validation</comment>
            <translation>Подтверждение: {validation}</translation>
        </message>
        <message>
            <source>Migration governance: examples of well-developed areas</source>
            <comment>export.profile.well_developed</comment>
            <translation>Управление миграцией: примеры хорошо развитых областей</translation>
        </message>
        <message>
            <source>MGI</source>
            <comment>export.profile.wheel_centre</comment>
            <translation>ПУМ</translation>
        </message>
        <message>
            <source>The six domains of the Migration Governance Indicators</source>
            <comment>export.profile.wheel_title</comment>
            <translation>Шесть областей Показателей управления миграцией</translation>
        </message>
        <message>
            <source>Answer (later round)</source>
            <comment>export.rounds.answer_after</comment>
            <translation>Ответ (поздний цикл)</translation>
        </message>
        <message>
            <source>Answer (earlier round)</source>
            <comment>export.rounds.answer_before</comment>
            <translation>Ответ (ранний цикл)</translation>
        </message>
        <message>
            <source>Answer changed</source>
            <comment>export.rounds.answer_changed</comment>
            <translation>Ответ изменён</translation>
        </message>
        <message>
            <source>Changed</source>
            <comment>export.rounds.changed</comment>
            <translation>Изменён</translation>
        </message>
        <message>
            <source>Question code (later round)</source>
            <comment>export.rounds.code_after</comment>
            <translation>Код вопроса (поздний цикл)</translation>
        </message>
        <message>
            <source>Question code (earlier round)</source>
            <comment>export.rounds.code_before</comment>
            <translation>Код вопроса (ранний цикл)</translation>
        </message>
        <message>
            <source>Earlier round</source>
            <comment>export.rounds.earlier</comment>
            <translation>Ранний цикл</translation>
        </message>
        <message>
            <source>Earlier questionnaire</source>
            <comment>export.rounds.earlier_questionnaire</comment>
            <translation>Прежняя анкета</translation>
        </message>
        <message>
            <source>Evidence added</source>
            <comment>export.rounds.evidence_added</comment>
            <translation>Добавленные материалы</translation>
        </message>
        <message>
            <source>Evidence removed</source>
            <comment>export.rounds.evidence_removed</comment>
            <translation>Удалённые материалы</translation>
        </message>
        <message>
            <source>Justification (later round)</source>
            <comment>export.rounds.justification_after</comment>
            <translation>Обоснование (поздний цикл)</translation>
        </message>
        <message>
            <source>Justification (earlier round)</source>
            <comment>export.rounds.justification_before</comment>
            <translation>Обоснование (ранний цикл)</translation>
        </message>
        <message>
            <source>Justification changed</source>
            <comment>export.rounds.justification_changed</comment>
            <translation>Обоснование изменено</translation>
        </message>
        <message>
            <source>Later round</source>
            <comment>export.rounds.later</comment>
            <translation>Поздний цикл</translation>
        </message>
        <message>
            <source>Later questionnaire</source>
            <comment>export.rounds.later_questionnaire</comment>
            <translation>Новая анкета</translation>
        </message>
        <message>
            <source>Questions changed</source>
            <comment>export.rounds.questions_changed</comment>
            <translation>Изменено вопросов</translation>
        </message>
        <message>
            <source>Reworded</source>
            <comment>export.rounds.reworded</comment>
            <translation>Переформулирован</translation>
        </message>
        <message>
            <source>Round {before} vs {after}</source>
            <comment>export.rounds.sheet</comment>
            <translation>Циклы {before} и {after}</translation>
        </message>
        <message>
            <source>Split</source>
            <comment>export.rounds.split</comment>
            <translation>Разделён</translation>
        </message>
        <message>
            <source>Still carried over</source>
            <comment>export.rounds.still_carried_over</comment>
            <translation>Всё ещё перенесён</translation>
        </message>
        <message numerus="yes">
            <source>{changed} of %n questions changed (highlighted).</source>
            <comment>export.rounds.summary</comment>
            <translation>
                <numerusform>Изменено вопросов: {changed} из %n (выделены).</numerusform>
                <numerusform>Изменено вопросов: {changed} из %n (выделены).</numerusform>
                <numerusform>Изменено вопросов: {changed} из %n (выделены).</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} — rounds {before} and {after} compared</source>
            <comment>export.rounds.title</comment>
            <translation>{title} — сравнение циклов {before} и {after}</translation>
        </message>
        <message>
            <source>Round {round} validation</source>
            <comment>export.rounds.validation</comment>
            <translation>Подтверждение цикла {round}</translation>
        </message>
        <message>
            <source>Categories</source>
            <comment>export.sdg.about_categories</comment>
            <translation>Категории</translation>
        </message>
        <message>
            <source>below 40: 1; 40 to below 80: 2; 80 to below 100: 3; 100: 4 (UN SDG metadata, DATA_COMP)</source>
            <comment>export.sdg.about_categories_text</comment>
            <translation>менее 40: 1; от 40 до менее 80: 2; от 80 до менее 100: 3; 100: 4 (метаданные ЦУР ООН, DATA_COMP)</translation>
        </message>
        <message>
            <source>Layout</source>
            <comment>export.sdg.about_layout</comment>
            <translation>Формат</translation>
        </message>
        <message>
            <source>Module III of the UN Inquiry among Governments on Population and Development: one question per domain, sub-categories a to e</source>
            <comment>export.sdg.about_layout_text</comment>
            <translation>Модуль III Обследования правительств Организации Объединенных Наций по вопросам народонаселения и развития: один вопрос на область, подкатегории a–e</translation>
        </message>
        <message>
            <source>Texts</source>
            <comment>export.sdg.about_texts</comment>
            <translation>Тексты</translation>
        </message>
        <message>
            <source>the questions, sub-categories and answer options of the UN SDG metadata for indicator 10.7.2 (STAT_CONC_DEF, DATA_COMP), word for word in English; other languages are MGI Desktop's draft translations</source>
            <comment>export.sdg.about_texts_text</comment>
            <translation>вопросы, подкатегории и варианты ответа из метаданных ЦУР ООН для показателя 10.7.2 (STAT_CONC_DEF, DATA_COMP), дословно на английском языке; остальные языки — предварительные переводы MGI Desktop</translation>
        </message>
        <message>
            <source>All</source>
            <comment>export.sdg.all</comment>
            <translation>Итого</translation>
        </message>
        <message>
            <source>All six domains (30 sub-categories)</source>
            <comment>export.sdg.all_domains</comment>
            <translation>Все шесть областей (30 подкатегорий)</translation>
        </message>
        <message>
            <source>Answer to transcribe</source>
            <comment>export.sdg.column_answer</comment>
            <translation>Ответ для переноса</translation>
        </message>
        <message>
            <source>the answer option of the UN questionnaire to tick</source>
            <comment>export.sdg.column_answer_about</comment>
            <translation>вариант ответа, который нужно отметить в вопроснике ООН</translation>
        </message>
        <message>
            <source>Coded value</source>
            <comment>export.sdg.column_coded</comment>
            <translation>Кодированное значение</translation>
        </message>
        <message>
            <source>1, 0.5 or 0 as the UN metadata codes the answer (DATA_COMP); empty when not answered</source>
            <comment>export.sdg.column_coded_about</comment>
            <translation>1, 0,5 или 0 — код ответа по метаданным ООН (DATA_COMP); пусто, если ответа нет</translation>
        </message>
        <message>
            <source>Policy measure</source>
            <comment>export.sdg.column_measure</comment>
            <translation>Мера политики</translation>
        </message>
        <message>
            <source>Question (UN Inquiry, Module III)</source>
            <comment>export.sdg.column_question</comment>
            <translation>Вопрос (обследование ООН, модуль III)</translation>
        </message>
        <message>
            <source>Sub-category</source>
            <comment>export.sdg.column_sub_category</comment>
            <translation>Подкатегория</translation>
        </message>
        <message>
            <source>a domain has a value once its five sub-categories are answered, the overall value once all 30 are</source>
            <comment>export.sdg.completeness_aware_about</comment>
            <translation>у области есть значение, когда даны ответы на все пять ее подкатегорий, у общего значения — когда на все 30</translation>
        </message>
        <message>
            <source>Completeness-aware category</source>
            <comment>export.sdg.completeness_aware_category</comment>
            <translation>Категория по полным ответам</translation>
        </message>
        <message>
            <source>Completeness-aware category name</source>
            <comment>export.sdg.completeness_aware_category_label</comment>
            <translation>Название категории (с учётом полноты)</translation>
        </message>
        <message>
            <source>Completeness-aware value (MGI Desktop)</source>
            <comment>export.sdg.completeness_aware_value</comment>
            <translation>Значение по полным ответам (MGI Desktop)</translation>
        </message>
        <message>
            <source>Fully meets</source>
            <comment>export.sdg.fully_meets</comment>
            <translation>Полностью соответствует</translation>
        </message>
        <message>
            <source>Meets</source>
            <comment>export.sdg.meets</comment>
            <translation>Соответствует</translation>
        </message>
        <message>
            <source>Not answered: answer it first, or the UN counts it as 0 (missing value)</source>
            <comment>export.sdg.not_answered</comment>
            <translation>Нет ответа: сначала ответьте, иначе ООН засчитает 0 (пропущенное значение)</translation>
        </message>
        <message>
            <source>{title} is not an SDG 10.7.2 assessment: its questionnaire ({framework}) is not scored as SDG indicator 10.7.2</source>
            <comment>export.sdg.not_sdg</comment>
            <translation>{title} — не оценка по ЦУР 10.7.2: ее вопросник ({framework}) не оценивается по показателю ЦУР 10.7.2</translation>
        </message>
        <message>
            <source>the UN SDG metadata's method: a missing sub-category counts as 0 (IMPUTATION); the value the UN publishes</source>
            <comment>export.sdg.official_about</comment>
            <translation>метод метаданных ЦУР ООН: пропущенная подкатегория засчитывается как 0 (IMPUTATION); значение, которое публикует ООН</translation>
        </message>
        <message>
            <source>Official-method category</source>
            <comment>export.sdg.official_category</comment>
            <translation>Категория по официальному методу</translation>
        </message>
        <message>
            <source>Official-method category name</source>
            <comment>export.sdg.official_category_label</comment>
            <translation>Название категории (официальный метод)</translation>
        </message>
        <message>
            <source>Official-method value (missing = 0)</source>
            <comment>export.sdg.official_value</comment>
            <translation>Значение по официальному методу (пропуск = 0)</translation>
        </message>
        <message>
            <source>Partially meets</source>
            <comment>export.sdg.partially_meets</comment>
            <translation>Частично соответствует</translation>
        </message>
        <message>
            <source>Requires further progress</source>
            <comment>export.sdg.requires_further_progress</comment>
            <translation>Требуется дальнейший прогресс</translation>
        </message>
        <message>
            <source>UN Inquiry Module III</source>
            <comment>export.sdg.sheet_module_iii</comment>
            <translation>Обследование ООН модуль III</translation>
        </message>
        <message>
            <source>SDG 10.7.2 values</source>
            <comment>export.sdg.sheet_values</comment>
            <translation>Значения ЦУР 10.7.2</translation>
        </message>
        <message>
            <source>Unanswered sub-categories</source>
            <comment>export.sdg.unanswered</comment>
            <translation>Подкатегории без ответа</translation>
        </message>
        <message>
            <source>no SDG 10.7.2 layout {layout}: open-sdg, un-global or transcription</source>
            <comment>export.sdg.unknown_layout</comment>
            <translation>нет формата ЦУР 10.7.2 {layout}: open-sdg, un-global или transcription</translation>
        </message>
        <message>
            <source>About</source>
            <comment>export.sheet.about</comment>
            <translation>Сведения</translation>
        </message>
        <message>
            <source>All</source>
            <comment>export.summary.all</comment>
            <translation>Все</translation>
        </message>
        <message>
            <source>All domains</source>
            <comment>export.summary.all_domains</comment>
            <translation>Все области</translation>
        </message>
        <message>
            <source>the stored answer: a code (see the answer codes below), codes joined by ';', a number, a date or text</source>
            <comment>export.summary.answer_code_about</comment>
            <translation>сохранённый ответ: код (см. коды ответов ниже), коды через ';', число, дата или текст</translation>
        </message>
        <message>
            <source>the answer as the questionnaire words it</source>
            <comment>export.summary.answer_label_about</comment>
            <translation>ответ в формулировке анкеты</translation>
        </message>
        <message>
            <source>relevant questions with an answer</source>
            <comment>export.summary.answered_about</comment>
            <translation>применимые вопросы, на которые дан ответ</translation>
        </message>
        <message>
            <source>taken from the previous round, not yet confirmed</source>
            <comment>export.summary.carried_over_about</comment>
            <translation>перенесён из предыдущего цикла, ещё не подтверждён</translation>
        </message>
        <message>
            <source>well_developed or potential (for further development)</source>
            <comment>export.summary.category_about</comment>
            <translation>well_developed или potential (потенциал для дальнейшего развития)</translation>
        </message>
        <message>
            <source>Answers per domain</source>
            <comment>export.summary.chart_title</comment>
            <translation>Ответы по областям</translation>
        </message>
        <message>
            <source>question code</source>
            <comment>export.summary.code_about</comment>
            <translation>код вопроса</translation>
        </message>
        <message>
            <source>answered / relevant x 100; indicative completion measure, not an official MGI score</source>
            <comment>export.summary.completion_about</comment>
            <translation>отвечено / применимо x 100; ориентировочный показатель заполнения, а не официальная оценка ПУМ</translation>
        </message>
        <message>
            <source>ISO 3166-1 alpha-3: {code}</source>
            <comment>export.summary.country_about</comment>
            <translation>ISO 3166-1 alpha-3: {code}</translation>
        </message>
        <message>
            <source>domain number (1-6)</source>
            <comment>export.summary.domain_about</comment>
            <translation>номер области (1–6)</translation>
        </message>
        <message>
            <source>TRUE while the finding is a draft from the answers not yet edited</source>
            <comment>export.summary.drafted_about</comment>
            <translation>TRUE, пока вывод остаётся черновиком по ответам и ещё не отредактирован</translation>
        </message>
        <message>
            <source>Evidence kind</source>
            <comment>export.summary.evidence_kind_list</comment>
            <translation>Вид материала</translation>
        </message>
        <message>
            <source>Finding category</source>
            <comment>export.summary.finding_category_list</comment>
            <translation>Категория вывода</translation>
        </message>
        <message>
            <source>Focal point</source>
            <comment>export.summary.focal_point</comment>
            <translation>Координатор</translation>
        </message>
        <message>
            <source>national or local MGI</source>
            <comment>export.summary.level_about</comment>
            <translation>национальные или местные ПУМ</translation>
        </message>
        <message>
            <source>linked question codes, ';'</source>
            <comment>export.summary.linked_about</comment>
            <translation>коды связанных вопросов, ';'</translation>
        </message>
        <message>
            <source>Notice</source>
            <comment>export.summary.notice</comment>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>a choice code of the question; its label is in '{column}'</source>
            <comment>export.summary.other_code</comment>
            <translation>код варианта ответа на вопрос; его текст — в столбце «{column}»</translation>
        </message>
        <message>
            <source>order within its list, from 1</source>
            <comment>export.summary.position_about</comment>
            <translation>порядковый номер в списке, начиная с 1</translation>
        </message>
        <message>
            <source>assessment id of the round before</source>
            <comment>export.summary.previous_about</comment>
            <translation>идентификатор оценки предыдущего цикла</translation>
        </message>
        <message>
            <source>Previous round</source>
            <comment>export.summary.previous_round</comment>
            <translation>Предыдущий цикл</translation>
        </message>
        <message>
            <source>questions in the questionnaire</source>
            <comment>export.summary.questions_about</comment>
            <translation>вопросы анкеты</translation>
        </message>
        <message>
            <source>questions that apply given the answers (skip logic)</source>
            <comment>export.summary.relevant_about</comment>
            <translation>вопросы, применимые с учётом ответов (логика переходов)</translation>
        </message>
        <message>
            <source>TRUE when the question applies given the earlier answers</source>
            <comment>export.summary.relevant_answer_about</comment>
            <translation>TRUE, если вопрос применим с учётом предыдущих ответов</translation>
        </message>
        <message>
            <source>see the review status codes below</source>
            <comment>export.summary.review_status_about</comment>
            <translation>см. коды статуса проверки ниже</translation>
        </message>
        <message>
            <source>Review status</source>
            <comment>export.summary.review_status_list</comment>
            <translation>Статус проверки</translation>
        </message>
        <message>
            <source>revision {n}</source>
            <comment>export.summary.revision</comment>
            <translation>редакция {n}</translation>
        </message>
        <message>
            <source>Scoring</source>
            <comment>export.summary.scoring</comment>
            <translation>Оценивание</translation>
        </message>
        <message>
            <source>SDG 10.7.2 category</source>
            <comment>export.summary.sdg_category_list</comment>
            <translation>Категория ЦУР 10.7.2</translation>
        </message>
        <message>
            <source>SDG 10.7.2 as published in the UN metadata</source>
            <comment>export.summary.sdg_scoring</comment>
            <translation>ЦУР 10.7.2 в соответствии с метаданными ООН</translation>
        </message>
        <message>
            <source>Questionnaire SHA-256</source>
            <comment>export.summary.sha</comment>
            <translation>SHA-256 анкеты</translation>
        </message>
        <message>
            <source>the exact questionnaire text answered</source>
            <comment>export.summary.sha_about</comment>
            <translation>точный текст анкеты, на которую даны ответы</translation>
        </message>
        <message>
            <source>Answers</source>
            <comment>export.summary.sheet_answers</comment>
            <translation>Ответы</translation>
        </message>
        <message>
            <source>Audit</source>
            <comment>export.summary.sheet_audit</comment>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>Comments</source>
            <comment>export.summary.sheet_comments</comment>
            <translation>Комментарии</translation>
        </message>
        <message>
            <source>Evidence</source>
            <comment>export.summary.sheet_evidence</comment>
            <translation>Материалы</translation>
        </message>
        <message>
            <source>Findings</source>
            <comment>export.summary.sheet_findings</comment>
            <translation>Выводы</translation>
        </message>
        <message>
            <source>Summary</source>
            <comment>export.summary.sheet_summary</comment>
            <translation>Сводка</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>export.summary.status</comment>
            <translation>Статус</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n arguments, {given} given in {source}</source>
            <comment>expression.arguments</comment>
            <translation>
                <numerusform>{function}() принимает %n аргумент, а в {source} передано аргументов: {given}</numerusform>
                <numerusform>{function}() принимает %n аргумента, а в {source} передано аргументов: {given}</numerusform>
                <numerusform>{function}() принимает %n аргументов, а в {source} передано аргументов: {given}</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read expression {source}</source>
            <comment>expression.unreadable</comment>
            <translation>не удаётся прочитать выражение {source}</translation>
        </message>
        <message>
            <source>cannot read expression {source} at column {column}</source>
            <comment>expression.unreadable_at</comment>
            <translation>не удаётся прочитать выражение {source} в позиции {column}</translation>
        </message>
        <message>
            <source>cannot write the file: {reason}</source>
            <comment>file.cannot_write</comment>
            <translation>не удаётся записать файл: {reason}</translation>
        </message>
        <message>
            <source>cannot write in {folder}: {reason}</source>
            <comment>file.cannot_write_in</comment>
            <translation>не удаётся выполнить запись в папку {folder}: {reason}</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <comment>file.no_folder</comment>
            <translation>папка {folder} не существует</translation>
        </message>
        <message>
            <source>nothing was written; {file} is as it was</source>
            <comment>file.nothing_written</comment>
            <translation>ничего не записано; файл {file} остался без изменений</translation>
        </message>
        <message>
            <source>{topic}: {answer}.</source>
            <comment>finding.draft_answer</comment>
            <translation>{topic}: {answer}.</translation>
        </message>
        <message>
            <source>{topic}: in place.</source>
            <comment>finding.draft_in_place</comment>
            <translation>{topic}: имеется.</translation>
        </message>
        <message>
            <source>{topic}: not in place.</source>
            <comment>finding.draft_not_in_place</comment>
            <translation>{topic}: отсутствует.</translation>
        </message>
        <message>
            <source>{topic}: only partly in place.</source>
            <comment>finding.draft_partly</comment>
            <translation>{topic}: имеется лишь частично.</translation>
        </message>
        <message>
            <source>findings of different assessments cannot be merged</source>
            <comment>finding.merge_across</comment>
            <translation>нельзя объединять выводы разных оценок</translation>
        </message>
        <message>
            <source>merging needs two or more different findings</source>
            <comment>finding.merge_needs_two</comment>
            <translation>для объединения нужны два или более разных вывода</translation>
        </message>
        <message>
            <source>a finding needs some text</source>
            <comment>finding.needs_text</comment>
            <translation>вывод должен содержать текст</translation>
        </message>
        <message>
            <source>no domain {number} in {framework} {version}</source>
            <comment>finding.no_domain</comment>
            <translation>в {framework} {version} нет области {number}</translation>
        </message>
        <message>
            <source>no domain {number} in {framework} {version} (domains: {numbers})</source>
            <comment>finding.no_domain_of</comment>
            <translation>в {framework} {version} нет области {number} (области: {numbers})</translation>
        </message>
        <message>
            <source>{value} is not a finding category (well-developed or potential)</source>
            <comment>finding.not_a_category</comment>
            <translation>{value} не является категорией вывода (well-developed — хорошо развито или potential — потенциал для развития)</translation>
        </message>
        <message>
            <source>no finding {id}</source>
            <comment>finding.not_found</comment>
            <translation>вывод {id} не найден</translation>
        </message>
        <message>
            <source>the new order must list each finding of domain {domain} ({category}) exactly once</source>
            <comment>finding.order_incomplete</comment>
            <translation>новый порядок должен включать каждый вывод области {domain} ({category}) ровно один раз</translation>
        </message>
        <message>
            <source>a finding is at most {limit} characters (this one has {size}); split it into several findings</source>
            <comment>finding.too_long</comment>
            <translation>максимальная длина вывода — {limit} (в этом выводе — {size}); разделите его на несколько выводов</translation>
        </message>
        <message>
            <source>the questionnaire {sha} is missing from {database}</source>
            <comment>frameworks.missing</comment>
            <translation>вопросник {sha} отсутствует в базе данных {database}</translation>
        </message>
        <message>
            <source>your signing key file is damaged ({detail}); it was left as it is. Restore it from a copy, or move it away to make a new key (the people you exchange with must then accept the new key by comparing its fingerprint)</source>
            <comment>identity.damaged</comment>
            <translation>файл вашего ключа подписи повреждён ({detail}); он оставлен без изменений. Восстановите его из копии или переместите в другое место, чтобы создать новый ключ (тогда те, с кем вы обмениваетесь пакетами, должны будут принять новый ключ, сверив его отпечаток)</translation>
        </message>
        <message>
            <source>cannot read your signing key file: {reason}</source>
            <comment>identity.unreadable</comment>
            <translation>не удаётся прочитать файл вашего ключа подписи: {reason}</translation>
        </message>
        <message>
            <source>the key list's signature does not verify: it was altered or damaged</source>
            <comment>keyfile.bad_list_signature</comment>
            <translation>подпись списка ключей не проходит проверку: список изменён или повреждён</translation>
        </message>
        <message>
            <source>the key file's signature does not verify: it was altered or damaged</source>
            <comment>keyfile.bad_signature</comment>
            <translation>подпись файла ключа не проходит проверку: файл изменён или повреждён</translation>
        </message>
        <message>
            <source>not an MGI Desktop key file ({detail})</source>
            <comment>keyfile.not_a_key_file</comment>
            <translation>это не файл ключа MGI Desktop ({detail})</translation>
        </message>
        <message>
            <source>the file is too large for a key file ({size} bytes)</source>
            <comment>keyfile.too_large</comment>
            <translation>файл слишком велик для файла ключа ({size} байт)</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>keyfile.unreadable</comment>
            <translation>не удаётся прочитать файл: {reason}</translation>
        </message>
        <message>
            <source>{fingerprint} matches {n} keys; give more digits</source>
            <comment>keys.ambiguous</comment>
            <translation>{fingerprint} соответствует нескольким ключам ({n}); укажите больше цифр</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) added, not yet trusted: compare the fingerprint with them, then run key trust {fingerprint}</source>
            <comment>keys.imported</comment>
            <translation>ключ пользователя {name} ({fingerprint}) добавлен, но ещё не является доверенным: сверьте отпечаток с этим пользователем, затем выполните key trust {fingerprint}</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) is already trusted ({how})</source>
            <comment>keys.known_trusted</comment>
            <translation>ключ пользователя {name} ({fingerprint}) уже является доверенным ({how})</translation>
        </message>
        <message numerus="yes">
            <source>%n keys trusted from the list signed by {name}</source>
            <comment>keys.list_trusted</comment>
            <translation>
                <numerusform>%n ключ из списка, подписанного пользователем {name}, стал доверенным</numerusform>
                <numerusform>%n ключа из списка, подписанного пользователем {name}, стали доверенными</numerusform>
                <numerusform>%n ключей из списка, подписанного пользователем {name}, стали доверенными</numerusform>
            </translation>
        </message>
        <message>
            <source>the key list is signed by {name} ({fingerprint}), whose key you have not trusted: compare that fingerprint with IOM, run key trust {fingerprint}, then import the list again; no key of the list was trusted</source>
            <comment>keys.list_untrusted</comment>
            <translation>список ключей подписан пользователем {name} ({fingerprint}), ключу которого вы не доверяете: сверьте этот отпечаток с МОМ, выполните key trust {fingerprint}, затем снова импортируйте список; ни один ключ из списка не стал доверенным</translation>
        </message>
        <message>
            <source>no known key has the fingerprint {fingerprint}; import its key file first (key import)</source>
            <comment>keys.no_such_key</comment>
            <translation>нет известного ключа с отпечатком {fingerprint}; сначала импортируйте его файл ключа (key import)</translation>
        </message>
        <message>
            <source>give at least the {digits} digits of the short fingerprint</source>
            <comment>keys.too_short</comment>
            <translation>укажите как минимум все цифры короткого отпечатка (их {digits})</translation>
        </message>
        <message>
            <source>approved</source>
            <comment>label.assessment_status.approved</comment>
            <translation>утверждена</translation>
        </message>
        <message>
            <source>draft</source>
            <comment>label.assessment_status.draft</comment>
            <translation>черновик</translation>
        </message>
        <message>
            <source>in review</source>
            <comment>label.assessment_status.in_review</comment>
            <translation>на проверке</translation>
        </message>
        <message>
            <source>resubmitted</source>
            <comment>label.assessment_status.resubmitted</comment>
            <translation>представлена повторно</translation>
        </message>
        <message>
            <source>returned</source>
            <comment>label.assessment_status.returned</comment>
            <translation>возвращена</translation>
        </message>
        <message>
            <source>submitted</source>
            <comment>label.assessment_status.submitted</comment>
            <translation>представлена</translation>
        </message>
        <message>
            <source>validated</source>
            <comment>label.assessment_status.validated</comment>
            <translation>подтверждена</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>label.decision.accepted</comment>
            <translation>принят</translation>
        </message>
        <message>
            <source>returned</source>
            <comment>label.decision.returned</comment>
            <translation>возвращён</translation>
        </message>
        <message>
            <source>received</source>
            <comment>label.direction.received</comment>
            <translation>получен</translation>
        </message>
        <message>
            <source>sent</source>
            <comment>label.direction.sent</comment>
            <translation>отправлен</translation>
        </message>
        <message>
            <source>agreement</source>
            <comment>label.evidence_kind.agreement</comment>
            <translation>соглашение</translation>
        </message>
        <message>
            <source>interview</source>
            <comment>label.evidence_kind.interview</comment>
            <translation>интервью</translation>
        </message>
        <message>
            <source>law</source>
            <comment>label.evidence_kind.law</comment>
            <translation>закон</translation>
        </message>
        <message>
            <source>other</source>
            <comment>label.evidence_kind.other</comment>
            <translation>другое</translation>
        </message>
        <message>
            <source>plan</source>
            <comment>label.evidence_kind.plan</comment>
            <translation>план</translation>
        </message>
        <message>
            <source>policy or strategy</source>
            <comment>label.evidence_kind.policy</comment>
            <translation>политика или стратегия</translation>
        </message>
        <message>
            <source>regulation</source>
            <comment>label.evidence_kind.regulation</comment>
            <translation>нормативный акт</translation>
        </message>
        <message>
            <source>report</source>
            <comment>label.evidence_kind.report</comment>
            <translation>доклад</translation>
        </message>
        <message>
            <source>website</source>
            <comment>label.evidence_kind.website</comment>
            <translation>веб-сайт</translation>
        </message>
        <message>
            <source>areas with potential for further development</source>
            <comment>label.finding_category.potential</comment>
            <translation>области с потенциалом для дальнейшего развития</translation>
        </message>
        <message>
            <source>well-developed areas</source>
            <comment>label.finding_category.well_developed</comment>
            <translation>хорошо развитые области</translation>
        </message>
        <message>
            <source>fingerprint compared</source>
            <comment>label.key_trust.hand</comment>
            <translation>отпечаток сверен</translation>
        </message>
        <message>
            <source>on a trusted list</source>
            <comment>label.key_trust.list</comment>
            <translation>в списке доверенных ключей</translation>
        </message>
        <message>
            <source>your own key</source>
            <comment>label.key_trust.own</comment>
            <translation>ваш собственный ключ</translation>
        </message>
        <message>
            <source>not verified</source>
            <comment>label.key_trust.seen</comment>
            <translation>не проверен</translation>
        </message>
        <message>
            <source>local</source>
            <comment>label.level.local</comment>
            <translation>местный</translation>
        </message>
        <message>
            <source>national</source>
            <comment>label.level.national</comment>
            <translation>национальный</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>label.review_state.accepted</comment>
            <translation>принят</translation>
        </message>
        <message>
            <source>not reviewed</source>
            <comment>label.review_state.not_reviewed</comment>
            <translation>не проверен</translation>
        </message>
        <message>
            <source>returned</source>
            <comment>label.review_state.returned</comment>
            <translation>возвращён</translation>
        </message>
        <message>
            <source>revised</source>
            <comment>label.review_state.revised</comment>
            <translation>исправлен</translation>
        </message>
        <message>
            <source>focal point</source>
            <comment>label.role.focal_point</comment>
            <translation>координатор</translation>
        </message>
        <message>
            <source>reviewer</source>
            <comment>label.role.reviewer</comment>
            <translation>проверяющий</translation>
        </message>
        <message>
            <source>signature does not verify</source>
            <comment>label.validation_mark.bad_signature</comment>
            <translation>подпись не проходит проверку</translation>
        </message>
        <message>
            <source>answers changed since the validation</source>
            <comment>label.validation_mark.changed</comment>
            <translation>ответы изменились после подтверждения</translation>
        </message>
        <message>
            <source>signer not checked</source>
            <comment>label.validation_mark.not_checked</comment>
            <translation>подписавший не проверен</translation>
        </message>
        <message>
            <source>not validated</source>
            <comment>label.validation_mark.not_validated</comment>
            <translation>не подтверждена</translation>
        </message>
        <message>
            <source>self-validated by the focal point</source>
            <comment>label.validation_mark.self_validated</comment>
            <translation>подтверждена самим координатором</translation>
        </message>
        <message>
            <source>validated, signed by a trusted key</source>
            <comment>label.validation_mark.signed</comment>
            <translation>подтверждена, подписана доверенным ключом</translation>
        </message>
        <message>
            <source>validated, not signed</source>
            <comment>label.validation_mark.unsigned</comment>
            <translation>подтверждена, без подписи</translation>
        </message>
        <message>
            <source>validated by a key not trusted</source>
            <comment>label.validation_mark.untrusted</comment>
            <translation>подтверждена ключом, которому нет доверия</translation>
        </message>
        <message>
            <source>a web address starting with {scheme}: is not allowed; give an address that starts with http:// or https:// (or mailto: for an e-mail address)</source>
            <comment>link.scheme_not_allowed</comment>
            <translation>веб-адрес, начинающийся с {scheme}:, не допускается; укажите адрес, начинающийся с http:// или https:// (или mailto: для адреса электронной почты)</translation>
        </message>
        <message>
            <source>an absolute path in member name {name}</source>
            <comment>package.absolute_name</comment>
            <translation>абсолютный путь в имени файла {name}</translation>
        </message>
        <message>
            <source>a backslash in member name {name}</source>
            <comment>package.backslash_name</comment>
            <translation>обратная косая черта в имени файла {name}</translation>
        </message>
        <message>
            <source>the signature does not match the package: it was altered after it was signed, or signed by someone else than it says</source>
            <comment>package.bad_signature</comment>
            <translation>подпись не соответствует пакету: он был изменён после подписания или подписан не тем лицом, которое указано</translation>
        </message>
        <message>
            <source>the package is damaged or truncated ({detail})</source>
            <comment>package.damaged</comment>
            <translation>пакет повреждён или усечён ({detail})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <comment>package.empty</comment>
            <translation>файл пуст</translation>
        </message>
        <message>
            <source>an empty or NUL-containing member name</source>
            <comment>package.empty_name</comment>
            <translation>пустое имя файла или имя, содержащее символ NUL</translation>
        </message>
        <message>
            <source>envelope.json is too large</source>
            <comment>package.envelope_too_large</comment>
            <translation>файл envelope.json слишком велик</translation>
        </message>
        <message>
            <source>an evidence file ({sha}) is missing from the package</source>
            <comment>package.file_missing</comment>
            <translation>в пакете отсутствует файл подтверждающего материала ({sha})</translation>
        </message>
        <message>
            <source>the file is too large for a package ({size} bytes)</source>
            <comment>package.file_too_large</comment>
            <translation>файл слишком велик для пакета ({size} байт)</translation>
        </message>
        <message>
            <source>{name} is not valid: {where}: the text is not valid Unicode at character {position}</source>
            <comment>package.invalid_text</comment>
            <translation>{name} содержит ошибку: {where}: недопустимый символ Юникода в позиции {position}</translation>
        </message>
        <message>
            <source>an irregular member name {name}</source>
            <comment>package.irregular_name</comment>
            <translation>недопустимое имя файла {name}</translation>
        </message>
        <message>
            <source>the member {name} listed in the manifest is missing</source>
            <comment>package.listed_missing</comment>
            <translation>файл {name}, указанный в манифесте, отсутствует</translation>
        </message>
        <message>
            <source>manifest.json is too large</source>
            <comment>package.manifest_too_large</comment>
            <translation>файл manifest.json слишком велик</translation>
        </message>
        <message>
            <source>the member {name} is damaged ({detail})</source>
            <comment>package.member_damaged</comment>
            <translation>файл {name} повреждён ({detail})</translation>
        </message>
        <message>
            <source>the member {name} is missing</source>
            <comment>package.member_missing</comment>
            <translation>файл {name} отсутствует</translation>
        </message>
        <message>
            <source>the member {name} is too large ({size} bytes; the limit is {limit})</source>
            <comment>package.member_too_large</comment>
            <translation>файл {name} слишком велик ({size} байт; предел — {limit})</translation>
        </message>
        <message>
            <source>the member {name} is truncated</source>
            <comment>package.member_truncated</comment>
            <translation>файл {name} усечён</translation>
        </message>
        <message>
            <source>the member {name} appears twice</source>
            <comment>package.member_twice</comment>
            <translation>файл {name} встречается дважды</translation>
        </message>
        <message>
            <source>the member {name} cannot be read ({detail})</source>
            <comment>package.member_unreadable</comment>
            <translation>не удаётся прочитать файл {name} ({detail})</translation>
        </message>
        <message>
            <source>the package was written by a newer MGI Desktop (package format {version}; this version reads format {known}): update MGI Desktop to receive it</source>
            <comment>package.newer_format</comment>
            <translation>пакет создан более новой версией MGI Desktop (формат пакета {version}; эта версия читает формат {known}): обновите MGI Desktop, чтобы получить его</translation>
        </message>
        <message>
            <source>no such file</source>
            <comment>package.no_such_file</comment>
            <translation>файл не найден</translation>
        </message>
        <message>
            <source>{name} has no known format version ({version})</source>
            <comment>package.no_version</comment>
            <translation>{name}: неизвестная версия формата ({version})</translation>
        </message>
        <message>
            <source>not a file</source>
            <comment>package.not_a_file</comment>
            <translation>это не файл</translation>
        </message>
        <message>
            <source>not an MGI package (not a zip file)</source>
            <comment>package.not_a_zip</comment>
            <translation>это не пакет MGI (не ZIP-файл)</translation>
        </message>
        <message>
            <source>{name} is not valid JSON ({detail})</source>
            <comment>package.not_json</comment>
            <translation>{name} не является допустимым JSON ({detail})</translation>
        </message>
        <message>
            <source>the member {name} is not listed in the manifest</source>
            <comment>package.not_listed</comment>
            <translation>файл {name} не указан в манифесте</translation>
        </message>
        <message>
            <source>{name} is not valid: {where}: {detail}</source>
            <comment>package.not_valid</comment>
            <translation>{name} содержит ошибку: {where}: {detail}</translation>
        </message>
        <message numerus="yes">
            <source>{name} is not valid: {where}: {detail} (and %n more problems)</source>
            <comment>package.not_valid_more</comment>
            <translation>
                <numerusform>{name} содержит ошибку: {where}: {detail} (и ещё %n проблема)</numerusform>
                <numerusform>{name} содержит ошибку: {where}: {detail} (и ещё %n проблемы)</numerusform>
                <numerusform>{name} содержит ошибку: {where}: {detail} (и ещё %n проблем)</numerusform>
            </translation>
        </message>
        <message>
            <source>the attachment {sha} belongs to no evidence item</source>
            <comment>package.orphan_file</comment>
            <translation>вложение {sha} не относится ни к одному подтверждающему материалу</translation>
        </message>
        <message>
            <source>data.json holds another assessment than the manifest names</source>
            <comment>package.other_assessment</comment>
            <translation>data.json содержит не ту оценку, что указана в манифесте</translation>
        </message>
        <message>
            <source>data.json names another questionnaire than the manifest</source>
            <comment>package.other_questionnaire</comment>
            <translation>в data.json указан не тот вопросник, что в манифесте</translation>
        </message>
        <message>
            <source>the package is protected by a password; give the password to receive it</source>
            <comment>package.password_needed</comment>
            <translation>пакет защищён паролем; чтобы получить его, укажите пароль</translation>
        </message>
        <message>
            <source>the questionnaire in the package does not match its stated SHA-256</source>
            <comment>package.questionnaire_hash</comment>
            <translation>вопросник в пакете не соответствует заявленной для него сумме SHA-256</translation>
        </message>
        <message>
            <source>the questionnaire in the package is not UTF-8 text</source>
            <comment>package.questionnaire_not_text</comment>
            <translation>вопросник в пакете не является текстом в кодировке UTF-8</translation>
        </message>
        <message>
            <source>signature.json is damaged ({detail})</source>
            <comment>package.signature_damaged</comment>
            <translation>файл signature.json повреждён ({detail})</translation>
        </message>
        <message>
            <source>the package has no signature, yet it is of format {version}, which is always signed: the signature was removed</source>
            <comment>package.signature_stripped</comment>
            <translation>у пакета нет подписи, хотя он имеет формат {version}, который всегда подписывается: подпись была удалена</translation>
        </message>
        <message>
            <source>the manifest names another sender's key than the one that signed it</source>
            <comment>package.signer_mismatch</comment>
            <translation>в манифесте указан ключ другого отправителя, а не тот, которым манифест подписан</translation>
        </message>
        <message>
            <source>the members are too large together (over {limit} bytes)</source>
            <comment>package.too_large_together</comment>
            <translation>файлы в совокупности слишком велики (более {limit} байт)</translation>
        </message>
        <message>
            <source>too many members ({n}; the limit is {limit})</source>
            <comment>package.too_many_members</comment>
            <translation>слишком много файлов ({n}; предел — {limit})</translation>
        </message>
        <message>
            <source>path traversal ('..') in member name {name}</source>
            <comment>package.traversal_name</comment>
            <translation>выход за пределы каталога ('..') в имени файла {name}</translation>
        </message>
        <message>
            <source>unexpected member {name}</source>
            <comment>package.unexpected_member</comment>
            <translation>непредвиденный файл {name}</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>package.unreadable</comment>
            <translation>не удаётся прочитать файл: {reason}</translation>
        </message>
        <message>
            <source>a package of format 1 cannot carry a signature</source>
            <comment>package.unsigned_has_signature</comment>
            <translation>пакет формата 1 не может содержать подпись</translation>
        </message>
        <message>
            <source>wrong checksum for {name}: the package was altered or damaged</source>
            <comment>package.wrong_checksum</comment>
            <translation>неверная контрольная сумма для {name}: пакет изменён или повреждён</translation>
        </message>
        <message>
            <source>the member {name} expands {size} bytes from {compressed} (a zip bomb?)</source>
            <comment>package.zip_bomb</comment>
            <translation>файл {name} при распаковке увеличивается с {compressed} до {size} байт (ZIP-бомба?)</translation>
        </message>
        <message>
            <source>the member {name} uses zip encryption, which MGI packages never use</source>
            <comment>package.zip_encryption</comment>
            <translation>файл {name} использует шифрование ZIP, которое в пакетах MGI никогда не применяется</translation>
        </message>
        <message>
            <source>{fingerprint} is a reviewer of this assessment: a reviewer does not answer</source>
            <comment>parties.is_reviewer</comment>
            <translation>{fingerprint} — проверяющий этой оценки: проверяющий не отвечает на вопросы</translation>
        </message>
        <message>
            <source>only the assessment's focal point adds colleagues who answer with them</source>
            <comment>parties.not_focal_point</comment>
            <translation>добавлять коллег, отвечающих вместе с ним, может только координатор оценки</translation>
        </message>
        <message>
            <source>a name is needed</source>
            <comment>profile.name_needed</comment>
            <translation>необходимо указать имя</translation>
        </message>
        <message>
            <source>{value} is not a profile date (YYYY-MM or YYYY-MM-DD, e.g. 2023-12)</source>
            <comment>profile.not_a_date</comment>
            <translation>{value} — не дата профиля (ГГГГ-ММ или ГГГГ-ММ-ДД, например 2023-12)</translation>
        </message>
        <message>
            <source>{format} is not a profile format ({formats})</source>
            <comment>profile.not_a_format</comment>
            <translation>{format} не является форматом профиля ({formats})</translation>
        </message>
        <message>
            <source>the profile's {name} is at most {limit} characters</source>
            <comment>profile.too_long</comment>
            <translation>поле профиля «{name}» — не более {limit} символов</translation>
        </message>
        <message>
            <source>{names}: not a profile setting</source>
            <comment>profile.unknown_setting</comment>
            <translation>{names}: нет такого параметра профиля</translation>
        </message>
        <message>
            <source>YAML aliases (*{name}) are not allowed in a questionnaire; share choices through 'choice_lists'</source>
            <comment>questionnaire.alias</comment>
            <translation>псевдонимы YAML (*{name}) в вопроснике не допускаются; для общих вариантов ответа используйте 'choice_lists'</translation>
        </message>
        <message>
            <source>minimum {minimum} is greater than maximum {maximum}</source>
            <comment>questionnaire.bad_range</comment>
            <translation>минимум {minimum} больше максимума {maximum}</translation>
        </message>
        <message>
            <source>choice {code} is not an answer of a {type} question (allowed: {allowed})</source>
            <comment>questionnaire.choice_not_allowed</comment>
            <translation>вариант {code} не является допустимым ответом на вопрос типа {type} (допустимы: {allowed})</translation>
        </message>
        <message>
            <source>give either 'choices' or 'choice_list', not both</source>
            <comment>questionnaire.choices_and_list</comment>
            <translation>укажите либо 'choices', либо 'choice_list', но не оба сразу</translation>
        </message>
        <message>
            <source>cycle in conditions: {path}</source>
            <comment>questionnaire.cycle</comment>
            <translation>циклическая зависимость в условиях: {path}</translation>
        </message>
        <message>
            <source>domain number {number} is used twice</source>
            <comment>questionnaire.domain_twice</comment>
            <translation>номер области {number} используется дважды</translation>
        </message>
        <message>
            <source>duplicate choice code {code}</source>
            <comment>questionnaire.duplicate_choice</comment>
            <translation>повторяющийся код варианта ответа {code}</translation>
        </message>
        <message>
            <source>duplicate domain code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_domain</comment>
            <translation>повторяющийся код области {code} (впервые использован в строке {line})</translation>
        </message>
        <message>
            <source>duplicate domain code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_domain_in_cell</comment>
            <translation>повторяющийся код области {code} (впервые использован в ячейке {cell})</translation>
        </message>
        <message>
            <source>duplicate indicator code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_indicator</comment>
            <translation>повторяющийся код показателя {code} (впервые использован в строке {line})</translation>
        </message>
        <message>
            <source>duplicate indicator code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_indicator_in_cell</comment>
            <translation>повторяющийся код показателя {code} (впервые использован в ячейке {cell})</translation>
        </message>
        <message>
            <source>duplicate question code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_question</comment>
            <translation>повторяющийся код вопроса {code} (впервые использован в строке {line})</translation>
        </message>
        <message>
            <source>duplicate question code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_question_in_cell</comment>
            <translation>повторяющийся код вопроса {code} (впервые использован в ячейке {cell})</translation>
        </message>
        <message>
            <source>duplicate sub-area code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_sub_area</comment>
            <translation>повторяющийся код подобласти {code} (впервые использован в строке {line})</translation>
        </message>
        <message>
            <source>duplicate sub-area code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_sub_area_in_cell</comment>
            <translation>повторяющийся код подобласти {code} (впервые использован в ячейке {cell})</translation>
        </message>
        <message>
            <source>missing choice list: 'choices' is empty</source>
            <comment>questionnaire.empty_choices</comment>
            <translation>отсутствует список вариантов ответа: 'choices' пуст</translation>
        </message>
        <message>
            <source>empty domain: it has no sub-areas</source>
            <comment>questionnaire.empty_domain</comment>
            <translation>пустая область: в ней нет подобластей</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <comment>questionnaire.empty_file</comment>
            <translation>файл пуст</translation>
        </message>
        <message>
            <source>empty indicator: it has no questions</source>
            <comment>questionnaire.empty_indicator</comment>
            <translation>пустой показатель: в нём нет вопросов</translation>
        </message>
        <message>
            <source>empty sub-area: it has no indicators</source>
            <comment>questionnaire.empty_sub_area</comment>
            <translation>пустая подобласть: в ней нет показателей</translation>
        </message>
        <message numerus="yes">
            <source>questionnaire has %n problems</source>
            <comment>questionnaire.has_problems</comment>
            <translation>
                <numerusform>в вопроснике %n проблема</numerusform>
                <numerusform>в вопроснике %n проблемы</numerusform>
                <numerusform>в вопроснике %n проблем</numerusform>
            </translation>
        </message>
        <message>
            <source>the stored questionnaire does not match its hash {sha}</source>
            <comment>questionnaire.hash_mismatch</comment>
            <translation>сохранённый вопросник не соответствует своей хеш-сумме {sha}</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>questionnaire.invalid</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>is a folder, not a questionnaire file</source>
            <comment>questionnaire.is_a_folder</comment>
            <translation>это папка, а не файл вопросника</translation>
        </message>
        <message>
            <source>key {key} appears twice</source>
            <comment>questionnaire.key_twice</comment>
            <translation>ключ {key} встречается дважды</translation>
        </message>
        <message>
            <source>translation in undeclared language {language} in '{field}' (declared: {declared})</source>
            <comment>questionnaire.language_undeclared</comment>
            <translation>перевод на необъявленный язык {language} в '{field}' (объявлены: {declared})</translation>
        </message>
        <message>
            <source>condition names a later question {code}: conditions may only use earlier answers</source>
            <comment>questionnaire.later_reference</comment>
            <translation>условие ссылается на последующий вопрос {code}: в условиях можно использовать только ответы на предыдущие вопросы</translation>
        </message>
        <message>
            <source>missing field {field}</source>
            <comment>questionnaire.missing_field</comment>
            <translation>отсутствует поле {field}</translation>
        </message>
        <message>
            <source>condition names a missing question {code}</source>
            <comment>questionnaire.missing_reference</comment>
            <translation>условие ссылается на несуществующий вопрос {code}</translation>
        </message>
        <message>
            <source>missing choice list: a {type} question needs 'choices' or 'choice_list'</source>
            <comment>questionnaire.needs_choices</comment>
            <translation>отсутствует список вариантов ответа: для вопроса типа {type} требуется 'choices' или 'choice_list'</translation>
        </message>
        <message>
            <source>the questionnaire has no domains</source>
            <comment>questionnaire.no_domains</comment>
            <translation>в вопроснике нет областей</translation>
        </message>
        <message>
            <source>missing choice list: no choice list named {name} in 'choice_lists'</source>
            <comment>questionnaire.no_such_list</comment>
            <translation>отсутствует список вариантов ответа: в 'choice_lists' нет списка с именем {name}</translation>
        </message>
        <message>
            <source>no question {code} in {framework} {version}</source>
            <comment>questionnaire.no_such_question</comment>
            <translation>в {framework} {version} нет вопроса {code}</translation>
        </message>
        <message>
            <source>not a questionnaire: the file must hold a mapping</source>
            <comment>questionnaire.not_a_mapping</comment>
            <translation>это не вопросник: файл должен содержать словарь (mapping)</translation>
        </message>
        <message>
            <source>file not found</source>
            <comment>questionnaire.not_found</comment>
            <translation>файл не найден</translation>
        </message>
        <message>
            <source>not a text file (not UTF-8 at byte {offset})</source>
            <comment>questionnaire.not_utf8</comment>
            <translation>это не текстовый файл (недопустимый UTF-8 в байте {offset})</translation>
        </message>
        <message>
            <source>not valid YAML: {detail}</source>
            <comment>questionnaire.not_yaml</comment>
            <translation>недопустимый YAML: {detail}</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <comment>questionnaire.problem</comment>
            <translation>{where}: {message}</translation>
        </message>
        <message>
            <source>a relevance condition cannot use '.' (the question's own answer)</source>
            <comment>questionnaire.self_in_relevance</comment>
            <translation>в условии применимости нельзя использовать '.' (собственный ответ вопроса)</translation>
        </message>
        <message>
            <source>source language {language} is not among the declared languages {declared}</source>
            <comment>questionnaire.source_language_undeclared</comment>
            <translation>исходный язык {language} не входит в число объявленных языков {declared}</translation>
        </message>
        <message>
            <source>the stored questionnaire cannot be read ({detail})</source>
            <comment>questionnaire.stored_unreadable</comment>
            <translation>не удаётся прочитать сохранённый вопросник ({detail})</translation>
        </message>
        <message>
            <source>a {type} question takes no choices</source>
            <comment>questionnaire.takes_no_choices</comment>
            <translation>у вопроса типа {type} не может быть вариантов ответа</translation>
        </message>
        <message>
            <source>a {type} question takes no range</source>
            <comment>questionnaire.takes_no_range</comment>
            <translation>для вопроса типа {type} диапазон значений не задаётся</translation>
        </message>
        <message>
            <source>nested more than {limit} levels deep: not a questionnaire</source>
            <comment>questionnaire.too_deep</comment>
            <translation>глубина вложенности превышает {limit}: это не вопросник</translation>
        </message>
        <message>
            <source>file is too large for a questionnaire ({size} bytes)</source>
            <comment>questionnaire.too_large</comment>
            <translation>файл слишком велик для вопросника ({size} байт)</translation>
        </message>
        <message>
            <source>more than {limit} values (keys, texts, lists): too large for a questionnaire</source>
            <comment>questionnaire.too_many_values</comment>
            <translation>число значений (ключей, текстов, списков) превышает {limit}: слишком много для вопросника</translation>
        </message>
        <message>
            <source>unknown field {field}</source>
            <comment>questionnaire.unknown_field</comment>
            <translation>неизвестное поле {field}</translation>
        </message>
        <message>
            <source>no questionnaire file or bundled framework named {name} (bundled: {known})</source>
            <comment>questionnaire.unknown_framework</comment>
            <translation>нет файла вопросника или встроенного вопросника с именем {name} (встроенные: {known})</translation>
        </message>
        <message>
            <source>unknown answer type {type} (expected one of: {types})</source>
            <comment>questionnaire.unknown_type</comment>
            <translation>неизвестный тип ответа {type} (ожидается один из следующих: {types})</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>questionnaire.unreadable</comment>
            <translation>не удаётся прочитать файл: {reason}</translation>
        </message>
        <message>
            <source>this package was already received (package {sequence} from {sender})</source>
            <comment>receive.already_received</comment>
            <translation>этот пакет уже был получен (пакет № {sequence} от отправителя {sender})</translation>
        </message>
        <message>
            <source>the questionnaire in the package is not valid ({problem})</source>
            <comment>receive.bad_questionnaire</comment>
            <translation>вопросник в пакете недопустим ({problem})</translation>
        </message>
        <message>
            <source>{side}: a conflict is resolved with mine or theirs</source>
            <comment>receive.bad_side</comment>
            <translation>{side}: конфликт разрешается значением mine (моя версия) или theirs (их версия)</translation>
        </message>
        <message>
            <source>mine {mine} | theirs {theirs}</source>
            <comment>receive.conflict</comment>
            <translation>моя версия: {mine} | их версия: {theirs}</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts with changes made here; nothing was imported. Resolve them (keep mine, take theirs, or edit), or import with --mine or --theirs</source>
            <comment>receive.conflicts</comment>
            <translation>
                <numerusform>%n конфликт с изменениями, внесёнными здесь; ничего не импортировано. Разрешите его (оставить мою версию, принять их версию или отредактировать) или выполните импорт с параметром --mine или --theirs</numerusform>
                <numerusform>%n конфликта с изменениями, внесёнными здесь; ничего не импортировано. Разрешите их (оставить мою версию, принять их версию или отредактировать) или выполните импорт с параметром --mine или --theirs</numerusform>
                <numerusform>%n конфликтов с изменениями, внесёнными здесь; ничего не импортировано. Разрешите их (оставить мою версию, принять их версию или отредактировать) или выполните импорт с параметром --mine или --theirs</numerusform>
            </translation>
        </message>
        <message>
            <source>the import failed and was undone ({detail})</source>
            <comment>receive.failed</comment>
            <translation>импорт не удался и был отменён ({detail})</translation>
        </message>
        <message>
            <source>this database has not exchanged this assessment with the sender before: every difference is shown as a conflict</source>
            <comment>receive.first_exchange</comment>
            <translation>эта база данных ещё не обменивалась этой оценкой с данным отправителем: каждое расхождение показывается как конфликт</translation>
        </message>
        <message>
            <source>{resolution} is not a resolution (mine, theirs or edited)</source>
            <comment>receive.not_a_resolution</comment>
            <translation>{resolution} не является способом разрешения конфликта (mine, theirs или edited)</translation>
        </message>
        <message>
            <source>the package uses questionnaire {framework} {version} ({sha}), which this installation does not include; the copy carried in the package will be used</source>
            <comment>receive.not_bundled</comment>
            <translation>пакет использует вопросник {framework} {version} ({sha}), которого нет в этой установке; будет использована копия из пакета</translation>
        </message>
        <message>
            <source>nothing was imported; the database is as it was</source>
            <comment>receive.nothing_imported</comment>
            <translation>ничего не импортировано; база данных осталась без изменений</translation>
        </message>
        <message>
            <source>this is package {sequence} from {sender}, older than package {last} already received from them for this assessment (an old copy or a replay)</source>
            <comment>receive.older</comment>
            <translation>это пакет № {sequence} от отправителя {sender}, более старый, чем уже полученный от него для этой оценки пакет № {last} (старая копия или повторная отправка)</translation>
        </message>
        <message>
            <source>only answers can be edited; keep mine or take theirs</source>
            <comment>receive.only_answers_edited</comment>
            <translation>редактировать можно только ответы; оставьте свою версию или примите их версию</translation>
        </message>
        <message>
            <source>the manifest names questionnaire {named} {named_version} but the package holds {held} {held_version}</source>
            <comment>receive.other_questionnaire</comment>
            <translation>в манифесте указан вопросник {named} {named_version}, но пакет содержит {held} {held_version}</translation>
        </message>
        <message>
            <source>the assessment here uses another version of the questionnaire ({here} {here_version}) than the package ({there} {there_version})</source>
            <comment>receive.other_version</comment>
            <translation>оценка здесь использует другую версию вопросника ({here} {here_version}), чем пакет ({there} {there_version})</translation>
        </message>
        <message>
            <source>this package was sent from this database; it is received by the other side</source>
            <comment>receive.own_package</comment>
            <translation>этот пакет был отправлен из этой базы данных; его получает другая сторона</translation>
        </message>
        <message>
            <source>the previous round this assessment follows is not in this database; the link to it is not kept</source>
            <comment>receive.previous_missing</comment>
            <translation>предыдущего раунда, продолжением которого является эта оценка, нет в этой базе данных; связь с ним не сохраняется</translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed after {since}, in {assessments} ({titles}), will be lost.</source>
            <comment>restore.answers_lost</comment>
            <translation>
                <numerusform>%n ответ, изменённый после {since}, в {assessments} ({titles}), будет потерян.</numerusform>
                <numerusform>%n ответа, изменённых после {since}, в {assessments} ({titles}), будут потеряны.</numerusform>
                <numerusform>%n ответов, изменённых после {since}, в {assessments} ({titles}), будут потеряны.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessments</source>
            <comment>restore.assessments</comment>
            <translation>
                <numerusform>%n оценке</numerusform>
                <numerusform>%n оценках</numerusform>
                <numerusform>%n оценках</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessments created since the backup will be gone.</source>
            <comment>restore.new_assessments</comment>
            <translation>
                <numerusform>%n оценка, созданная после резервной копии, исчезнет.</numerusform>
                <numerusform>%n оценки, созданные после резервной копии, исчезнут.</numerusform>
                <numerusform>%n оценок, созданных после резервной копии, исчезнут.</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not a decision (accepted or returned)</source>
            <comment>review.not_a_decision</comment>
            <translation>{value} не является решением (accepted — принято или returned — возвращено)</translation>
        </message>
        <message>
            <source>the question is not answered; return it with a reason instead</source>
            <comment>review.not_answered</comment>
            <translation>на вопрос не дан ответ; вместо этого верните его с указанием причины</translation>
        </message>
        <message>
            <source>say why the answer is returned, so the focal point can fix it</source>
            <comment>review.reason_needed</comment>
            <translation>укажите, почему ответ возвращается, чтобы координатор мог его исправить</translation>
        </message>
        <message>
            <source>round {round} already follows this assessment ({title})</source>
            <comment>rounds.already_followed</comment>
            <translation>у этой оценки уже есть последующий раунд {round} ({title})</translation>
        </message>
        <message>
            <source>a follow-up round is started by the focal point</source>
            <comment>rounds.focal_point_only</comment>
            <translation>последующий раунд начинает координатор</translation>
        </message>
        <message>
            <source>rounds of different countries or places cannot be compared</source>
            <comment>rounds.other_place</comment>
            <translation>нельзя сравнивать раунды разных стран или мест</translation>
        </message>
        <message>
            <source>the crosswalk goes from {named_old} to {named_new}, not from {old} to {new}</source>
            <comment>rounds.wrong_crosswalk</comment>
            <translation>таблица соответствия предназначена для перехода от {named_old} к {named_new}, а не от {old} к {new}</translation>
        </message>
        <message>
            <source>a round comparison is exported as .xlsx or .html</source>
            <comment>rounds.wrong_suffix</comment>
            <translation>сравнение раундов экспортируется в формате .xlsx или .html</translation>
        </message>
        <message>
            <source>the file attached to evidence {title} ({name}) is missing; attach it again or remove it</source>
            <comment>send.file_missing</comment>
            <translation>файл, прикреплённый к подтверждающему материалу {title} ({name}), отсутствует; прикрепите его снова или удалите</translation>
        </message>
        <message>
            <source>the assessment has no other party whose key is known yet: protect this first package with a password, or import the recipient's key file (key import)</source>
            <comment>send.no_party</comment>
            <translation>у оценки пока нет другой стороны с известным ключом: защитите этот первый пакет паролем или импортируйте файл ключа получателя (key import)</translation>
        </message>
        <message>
            <source>no key is known for {fingerprint}: import the recipient's key file first (key import)</source>
            <comment>send.no_recipient_key</comment>
            <translation>ключ для {fingerprint} неизвестен: сначала импортируйте файл ключа получателя (key import)</translation>
        </message>
        <message>
            <source>the questionnaire of assessment {id} is missing from {database}</source>
            <comment>send.questionnaire_missing</comment>
            <translation>вопросник оценки {id} отсутствует в базе данных {database}</translation>
        </message>
        <message>
            <source>the crosswalk the assessment was made through is not one for its questionnaire</source>
            <comment>snapshot.bad_crosswalk</comment>
            <translation>таблица соответствия, по которой была создана оценка, не относится к её вопроснику</translation>
        </message>
        <message>
            <source>invalid answer: {problem}</source>
            <comment>snapshot.invalid_answer</comment>
            <translation>недопустимый ответ: {problem}</translation>
        </message>
        <message>
            <source>the assessment does not match the questionnaire in the package</source>
            <comment>snapshot.mismatch</comment>
            <translation>оценка не соответствует вопроснику в пакете</translation>
        </message>
        <message>
            <source>{code}: the answer {value} is not in canonical form</source>
            <comment>snapshot.not_canonical</comment>
            <translation>{code}: ответ {value} представлен не в каноническом виде</translation>
        </message>
        <message>
            <source>the answer to {item} appears twice</source>
            <comment>snapshot.twice_answer</comment>
            <translation>ответ на {item} встречается дважды</translation>
        </message>
        <message>
            <source>the audit event {item} appears twice</source>
            <comment>snapshot.twice_audit</comment>
            <translation>событие аудита {item} встречается дважды</translation>
        </message>
        <message>
            <source>the comment {item} appears twice</source>
            <comment>snapshot.twice_comment</comment>
            <translation>комментарий {item} встречается дважды</translation>
        </message>
        <message>
            <source>the review decision {item} appears twice</source>
            <comment>snapshot.twice_decision</comment>
            <translation>решение по проверке {item} встречается дважды</translation>
        </message>
        <message>
            <source>the description of domain {item} appears twice</source>
            <comment>snapshot.twice_domain_text</comment>
            <translation>описание области {item} встречается дважды</translation>
        </message>
        <message>
            <source>the evidence item {item} appears twice</source>
            <comment>snapshot.twice_evidence</comment>
            <translation>подтверждающий материал {item} встречается дважды</translation>
        </message>
        <message>
            <source>the finding {item} appears twice</source>
            <comment>snapshot.twice_finding</comment>
            <translation>вывод {item} встречается дважды</translation>
        </message>
        <message>
            <source>finding {id}: unknown domain {number}</source>
            <comment>snapshot.unknown_domain</comment>
            <translation>вывод {id}: неизвестная область {number}</translation>
        </message>
        <message>
            <source>a description of domain {number}, which the questionnaire does not have</source>
            <comment>snapshot.unknown_domain_text</comment>
            <translation>описание области {number}, которой нет в вопроснике</translation>
        </message>
        <message>
            <source>{item} refers to question {code}, which {framework} {version} does not have</source>
            <comment>snapshot.unknown_question</comment>
            <translation>{item} ссылается на вопрос {code}, которого нет в {framework} {version}</translation>
        </message>
        <message>
            <source>no such file</source>
            <comment>sources.no_such_file</comment>
            <translation>файл не найден</translation>
        </message>
        <message>
            <source>not an MGI Desktop database or package</source>
            <comment>sources.not_a_source</comment>
            <translation>это не база данных и не пакет MGI Desktop</translation>
        </message>
        <message>
            <source>the database is busy in another program; try again</source>
            <comment>storage.busy</comment>
            <translation>база данных занята другой программой; повторите попытку</translation>
        </message>
        <message>
            <source>cannot create the folder: {reason}</source>
            <comment>storage.cannot_create_folder</comment>
            <translation>не удаётся создать папку: {reason}</translation>
        </message>
        <message>
            <source>cannot lock the database: {reason}</source>
            <comment>storage.cannot_lock</comment>
            <translation>не удаётся заблокировать базу данных: {reason}</translation>
        </message>
        <message>
            <source>cannot write the database: {detail}</source>
            <comment>storage.cannot_write</comment>
            <translation>не удаётся выполнить запись в базу данных: {detail}</translation>
        </message>
        <message>
            <source>the database is damaged ({detail})</source>
            <comment>storage.damaged</comment>
            <translation>база данных повреждена ({detail})</translation>
        </message>
        <message>
            <source>the disk is failing; nothing was saved</source>
            <comment>storage.disk</comment>
            <translation>диск неисправен; ничего не сохранено</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes), not an MGI Desktop database</source>
            <comment>storage.empty</comment>
            <translation>файл пуст (0 байт): это не база данных MGI Desktop</translation>
        </message>
        <message>
            <source>not an MGI Desktop database (a SQLite file of another program)</source>
            <comment>storage.foreign</comment>
            <translation>это не база данных MGI Desktop (файл SQLite другой программы)</translation>
        </message>
        <message>
            <source>the database is already open in another MGI Desktop window or command; close it there first</source>
            <comment>storage.in_use</comment>
            <translation>база данных уже открыта в другом окне или команде MGI Desktop; сначала закройте её там</translation>
        </message>
        <message>
            <source>the latest backup is from {when}: {backup} (restore it with: mgi-desktop --database "{database}" backup restore latest)</source>
            <comment>storage.latest_backup</comment>
            <translation>последняя резервная копия создана {when}: {backup} (чтобы восстановить её, выполните: mgi-desktop --database "{database}" backup restore latest)</translation>
        </message>
        <message>
            <source>the database was written by a newer version of MGI Desktop (schema {schema}); install that version to open it</source>
            <comment>storage.newer</comment>
            <translation>база данных создана более новой версией MGI Desktop (схема {schema}); чтобы открыть её, установите эту версию</translation>
        </message>
        <message>
            <source>no such database</source>
            <comment>storage.no_such_database</comment>
            <translation>база данных не найдена</translation>
        </message>
        <message>
            <source>the database was not opened, and nothing in it changed</source>
            <comment>storage.not_opened</comment>
            <translation>база данных не открыта, и в ней ничего не изменилось</translation>
        </message>
        <message>
            <source>not an SQLite database (it may be a text file or another format)</source>
            <comment>storage.not_sqlite</comment>
            <translation>это не база данных SQLite (возможно, это текстовый файл или файл другого формата)</translation>
        </message>
        <message>
            <source>the database was not upgraded (no room for the backup taken first), and is unchanged</source>
            <comment>storage.not_upgraded</comment>
            <translation>база данных не обновлена (нет места для предварительной резервной копии) и осталась без изменений</translation>
        </message>
        <message>
            <source>the database cannot be written ({detail}); nothing was saved</source>
            <comment>storage.not_written</comment>
            <translation>не удаётся выполнить запись в базу данных ({detail}); ничего не сохранено</translation>
        </message>
        <message>
            <source>nothing was saved; everything saved before is kept</source>
            <comment>storage.nothing_saved</comment>
            <translation>ничего не сохранено; всё, что было сохранено ранее, не затронуто</translation>
        </message>
        <message>
            <source>the database was written by an older version; open it once in MGI Desktop to upgrade it</source>
            <comment>storage.older</comment>
            <translation>база данных создана более старой версией; откройте её один раз в MGI Desktop, чтобы обновить</translation>
        </message>
        <message>
            <source>opened read-only</source>
            <comment>storage.opened_read_only</comment>
            <translation>открыта только для чтения</translation>
        </message>
        <message>
            <source>cannot read the database: permission denied</source>
            <comment>storage.permission</comment>
            <translation>не удаётся прочитать базу данных: доступ запрещён</translation>
        </message>
        <message>
            <source>the database is read-only; nothing was saved</source>
            <comment>storage.read_only</comment>
            <translation>база данных доступна только для чтения; ничего не сохранено</translation>
        </message>
        <message>
            <source>the database file is read-only; copy it to a folder you can write to</source>
            <comment>storage.read_only_file</comment>
            <translation>файл базы данных доступен только для чтения; скопируйте его в папку, в которую у вас есть права записи</translation>
        </message>
        <message>
            <source>cannot write in the database's folder (needed for its journal)</source>
            <comment>storage.read_only_folder</comment>
            <translation>не удаётся выполнить запись в папку базы данных (это необходимо для её журнала)</translation>
        </message>
        <message>
            <source>the database is truncated ({size} of {expected} bytes)</source>
            <comment>storage.truncated</comment>
            <translation>база данных усечена ({size} из {expected} байт)</translation>
        </message>
        <message>
            <source>cannot read the database: {reason}</source>
            <comment>storage.unreadable</comment>
            <translation>не удаётся прочитать базу данных: {reason}</translation>
        </message>
        <message>
            <source>the text is not valid Unicode at character {position} (it may have been pasted or passed from a program in another encoding)</source>
            <comment>text.invalid</comment>
            <translation>текст содержит недопустимый символ Юникода в позиции {position} (возможно, он был вставлен или передан из программы, использующей другую кодировку)</translation>
        </message>
        <message>
            <source>the text is too long ({size} bytes; the limit is {limit})</source>
            <comment>text.too_long</comment>
            <translation>текст слишком длинный ({size} байт; предел — {limit})</translation>
        </message>
        <message>
            <source>each text needs 'source' (12 hex digits), 'status' (draft or reviewed) and a non-empty 'text'</source>
            <comment>translations.bad_entry</comment>
            <translation>для каждого текста нужны 'source' (12 шестнадцатеричных цифр), 'status' (draft или reviewed) и непустой 'text'</translation>
        </message>
        <message>
            <source>{field} must be {expected}</source>
            <comment>translations.bad_field</comment>
            <translation>{field}: ожидается {expected}</translation>
        </message>
        <message>
            <source>the translation is only white space: leave it empty to remove it, or write the text</source>
            <comment>translations.blank</comment>
            <translation>перевод состоит только из пробелов: оставьте его пустым, чтобы удалить, или напишите текст</translation>
        </message>
        <message numerus="yes">
            <source>translation file {file} has %n problems</source>
            <comment>translations.has_problems</comment>
            <translation>
                <numerusform>в файле перевода {file} %n проблема</numerusform>
                <numerusform>в файле перевода {file} %n проблемы</numerusform>
                <numerusform>в файле перевода {file} %n проблем</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n problems, nothing was imported</source>
            <comment>translations.import_problems</comment>
            <translation>
                <numerusform>{file}: %n проблема, ничего не импортировано</numerusform>
                <numerusform>{file}: %n проблемы, ничего не импортировано</numerusform>
                <numerusform>{file}: %n проблем, ничего не импортировано</numerusform>
            </translation>
        </message>
        <message>
            <source>key {key} appears twice</source>
            <comment>translations.key_twice</comment>
            <translation>ключ {key} встречается дважды</translation>
        </message>
        <message>
            <source>entry without a context (msgctxt): the app cannot tell which text it is</source>
            <comment>translations.no_key</comment>
            <translation>запись без контекста (msgctxt): приложение не может определить, к какому тексту она относится</translation>
        </message>
        <message>
            <source>the file does not say which language it holds: give it (--language)</source>
            <comment>translations.no_language</comment>
            <translation>в файле не указан язык: укажите его (--language)</translation>
        </message>
        <message>
            <source>a translation file is a mapping with a 'texts' mapping</source>
            <comment>translations.not_a_mapping</comment>
            <translation>файл перевода — это словарь со словарём 'texts'</translation>
        </message>
        <message>
            <source>not valid JSON: {detail}</source>
            <comment>translations.not_json</comment>
            <translation>недопустимый JSON: {detail}</translation>
        </message>
        <message>
            <source>not a PO file: {detail}</source>
            <comment>translations.not_po</comment>
            <translation>это не файл PO: {detail}</translation>
        </message>
        <message>
            <source>the file holds {found}, not {expected}</source>
            <comment>translations.other_language</comment>
            <translation>файл содержит язык {found}, а не {expected}</translation>
        </message>
        <message>
            <source>this file translates the questionnaire {found}, not {expected}</source>
            <comment>translations.other_questionnaire</comment>
            <translation>этот файл переводит вопросник {found}, а не {expected}</translation>
        </message>
        <message>
            <source>the translation must keep {expected} of the source as written (it has {found})</source>
            <comment>translations.placeholders</comment>
            <translation>перевод должен сохранить {expected} из исходного текста без изменений (в нём: {found})</translation>
        </message>
        <message>
            <source>{language} is the questionnaire's source language: there is nothing to translate into it</source>
            <comment>translations.source_language</comment>
            <translation>{language} — исходный язык вопросника: на него нечего переводить</translation>
        </message>
        <message>
            <source>unknown field {field} (expected: {expected})</source>
            <comment>translations.unknown_field</comment>
            <translation>неизвестное поле {field} (ожидается: {expected})</translation>
        </message>
        <message>
            <source>the questionnaire has no text {key}</source>
            <comment>translations.unknown_text</comment>
            <translation>в вопроснике нет текста {key}</translation>
        </message>
        <message>
            <source>the file is named for {expected} but holds {found}: name it {expected}.json</source>
            <comment>translations.wrong_name</comment>
            <translation>имя файла соответствует {expected}, но он содержит {found}: назовите его {expected}.yaml</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: the validation's signature does not verify against key {fingerprint} (forged or altered)</source>
            <comment>validation.bad_signature</comment>
            <translation>не валидирована доверенным ключом проверяющего: подпись валидации не проходит проверку ключом {fingerprint} (подделана или изменена)</translation>
        </message>
        <message>
            <source>validated with key {fingerprint} on {date}, but the answers changed since: the validation does not cover them</source>
            <comment>validation.changed</comment>
            <translation>валидирована ключом {fingerprint} {date}, но с тех пор ответы изменились: валидация на них не распространяется</translation>
        </message>
        <message>
            <source>validated with key {fingerprint} on {date}, answers unchanged since; the key was not checked against trusted keys (no database of yours to check it with)</source>
            <comment>validation.not_checked</comment>
            <translation>валидирована ключом {fingerprint} {date}, ответы с тех пор не менялись; ключ не сверялся с доверенными ключами (нет вашей базы данных для проверки)</translation>
        </message>
        <message>
            <source>not validated: the assessment is {status}</source>
            <comment>validation.not_validated</comment>
            <translation>не валидирована: оценка имеет статус «{status}»</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: self-validated with the focal point's own key {fingerprint}</source>
            <comment>validation.self_validated</comment>
            <translation>не валидирована доверенным ключом проверяющего: валидирована собственным ключом координатора {fingerprint}</translation>
        </message>
        <message>
            <source>validated by {holder} (key {fingerprint}) on {date}, answers unchanged since</source>
            <comment>validation.signed</comment>
            <translation>валидирована пользователем {holder} (ключ {fingerprint}) {date}, ответы с тех пор не менялись</translation>
        </message>
        <message>
            <source>signers not checked: no database of trusted keys was given</source>
            <comment>validation.trust_unknown</comment>
            <translation>подписавшие лица не проверены: не указана база данных доверенных ключей</translation>
        </message>
        <message>
            <source>signers checked against the keys trusted in {database}</source>
            <comment>validation.trusted_in</comment>
            <translation>подписавшие лица проверены по ключам, доверенным в базе данных {database}</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: marked validated without a signature (older data), anyone could have set it</source>
            <comment>validation.unsigned</comment>
            <translation>не валидирована доверенным ключом проверяющего: отмечена как валидированная без подписи (старые данные), это мог сделать кто угодно</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: validated with key {fingerprint}, which is not a reviewer key trusted here</source>
            <comment>validation.untrusted</comment>
            <translation>не валидирована доверенным ключом проверяющего: валидирована ключом {fingerprint}, который здесь не является доверенным ключом проверяющего</translation>
        </message>
        <message numerus="yes">
            <source>%n events, oldest first by default</source>
            <comment>window.audit_events</comment>
            <translation>
                <numerusform>%n событие, по умолчанию сначала самые ранние</numerusform>
                <numerusform>%n события, по умолчанию сначала самые ранние</numerusform>
                <numerusform>%n событий, по умолчанию сначала самые ранние</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n events to {file}</source>
            <comment>window.audit_events_saved</comment>
            <translation>
                <numerusform>В файл {file} сохранено %n событие</numerusform>
                <numerusform>В файл {file} сохранено %n события</numerusform>
                <numerusform>В файл {file} сохранено %n событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n events shown</source>
            <comment>window.audit_events_shown</comment>
            <translation>
                <numerusform>Показано {shown} из %n события</numerusform>
                <numerusform>Показано {shown} из %n событий</numerusform>
                <numerusform>Показано {shown} из %n событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers were accepted</source>
            <comment>window.came_back_accepted</comment>
            <translation>
                <numerusform>%n ответ принят</numerusform>
                <numerusform>%n ответа принято</numerusform>
                <numerusform>%n ответов принято</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed</source>
            <comment>window.came_back_changed</comment>
            <translation>
                <numerusform>%n ответ изменён</numerusform>
                <numerusform>%n ответа изменено</numerusform>
                <numerusform>%n ответов изменено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new comments</source>
            <comment>window.came_back_comments</comment>
            <translation>
                <numerusform>%n новый комментарий</numerusform>
                <numerusform>%n новых комментария</numerusform>
                <numerusform>%n новых комментариев</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers were returned to you</source>
            <comment>window.came_back_returned</comment>
            <translation>
                <numerusform>Вам возвращён %n ответ</numerusform>
                <numerusform>Вам возвращено %n ответа</numerusform>
                <numerusform>Вам возвращено %n ответов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n findings? The audit trail keeps their text.</source>
            <comment>window.findings_remove</comment>
            <translation>
                <numerusform>Удалить %n вывод? Его текст сохранится в журнале аудита.</numerusform>
                <numerusform>Удалить %n вывода? Их текст сохранится в журнале аудита.</numerusform>
                <numerusform>Удалить %n выводов? Их текст сохранится в журнале аудита.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items changed both here and in the package: choose for each</source>
            <comment>window.import_conflicting</comment>
            <translation>
                <numerusform>%n элемент изменён и здесь, и в пакете: выберите нужную версию</numerusform>
                <numerusform>%n элемента изменены и здесь, и в пакете: выберите версию для каждого</numerusform>
                <numerusform>%n элементов изменено и здесь, и в пакете: выберите версию для каждого</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts still to resolve</source>
            <comment>window.import_pending</comment>
            <translation>
                <numerusform>Осталось разрешить %n конфликт</numerusform>
                <numerusform>Осталось разрешить %n конфликта</numerusform>
                <numerusform>Осталось разрешить %n конфликтов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comments, {open} open</source>
            <comment>window.navigator_comments</comment>
            <translation>
                <numerusform>%n комментарий, открытых: {open}</numerusform>
                <numerusform>%n комментария, открытых: {open}</numerusform>
                <numerusform>%n комментариев, открытых: {open}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} cannot be used: it has %n problems.</source>
            <comment>window.questionnaire_unusable</comment>
            <translation>
                <numerusform>Файл {file} нельзя использовать: в нём %n проблема.</numerusform>
                <numerusform>Файл {file} нельзя использовать: в нём %n проблемы.</numerusform>
                <numerusform>Файл {file} нельзя использовать: в нём %n проблем.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions shown</source>
            <comment>window.rounds_shown</comment>
            <translation>
                <numerusform>Показан %n вопрос</numerusform>
                <numerusform>Показано %n вопроса</numerusform>
                <numerusform>Показано %n вопросов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>What came back (%n to look at)…</source>
            <comment>window.strip_came_back</comment>
            <translation>
                <numerusform>Что пришло обратно (%n посмотреть)…</numerusform>
                <numerusform>Что пришло обратно (%n посмотреть)…</numerusform>
                <numerusform>Что пришло обратно (%n посмотреть)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Returned to you: %n answers to revise</source>
            <comment>window.strip_returned</comment>
            <translation>
                <numerusform>Возвращена вам: исправить %n ответ</numerusform>
                <numerusform>Возвращена вам: исправить %n ответа</numerusform>
                <numerusform>Возвращена вам: исправить %n ответов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revise %n returned answers</source>
            <comment>window.strip_revise</comment>
            <translation>
                <numerusform>Исправить %n возвращённый ответ</numerusform>
                <numerusform>Исправить %n возвращённых ответа</numerusform>
                <numerusform>Исправить %n возвращённых ответов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>With you: %n answers to review</source>
            <comment>window.strip_to_review</comment>
            <translation>
                <numerusform>У вас: проверить %n ответ</numerusform>
                <numerusform>У вас: проверить %n ответа</numerusform>
                <numerusform>У вас: проверить %n ответов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problems to look at before submitting. Choose one to go to its question.</source>
            <comment>window.submit_problems</comment>
            <translation>
                <numerusform>Перед отправкой нужно рассмотреть %n проблему. Выберите её, чтобы перейти к соответствующему вопросу.</numerusform>
                <numerusform>Перед отправкой нужно рассмотреть %n проблемы. Выберите любую из них, чтобы перейти к соответствующему вопросу.</numerusform>
                <numerusform>Перед отправкой нужно рассмотреть %n проблем. Выберите любую из них, чтобы перейти к соответствующему вопросу.</numerusform>
            </translation>
        </message>
        <message>
            <source>an assessment cannot go from {current} to {target}</source>
            <comment>workflow.bad_step</comment>
            <translation>оценку нельзя перевести из статуса «{current}» в статус «{target}»</translation>
        </message>
        <message>
            <source>your key is neither this assessment's focal point nor one of its reviewers: you can read it, comment and flag, but not change answers or review</source>
            <comment>workflow.not_a_party</comment>
            <translation>ваш ключ не принадлежит ни координатору этой оценки, ни одному из её проверяющих: вы можете читать её, комментировать и помечать вопросы, но не можете изменять ответы или проводить проверку</translation>
        </message>
        <message>
            <source>the assessment is {status}: answers can be changed only while it is a draft or after it was returned</source>
            <comment>workflow.not_editable</comment>
            <translation>оценка имеет статус «{status}»: ответы можно изменять, только пока она является черновиком или после её возврата</translation>
        </message>
        <message>
            <source>the assessment is {status}: decisions are recorded once it is submitted and until it is validated</source>
            <comment>workflow.not_reviewable</comment>
            <translation>оценка имеет статус «{status}»: решения записываются после её отправки и до её валидации</translation>
        </message>
        <message>
            <source>only a reviewer can accept or return answers</source>
            <comment>workflow.only_reviewer</comment>
            <translation>принимать или возвращать ответы может только проверяющий</translation>
        </message>
        <message>
            <source>you are this assessment's focal point (by your key): its review is IOM's, whatever the role setting says</source>
            <comment>workflow.own_assessment</comment>
            <translation>вы являетесь координатором этой оценки (согласно вашему ключу): её проверку проводит МОМ, независимо от настройки роли</translation>
        </message>
        <message>
            <source>a reviewer cannot change answers, evidence or findings; record a decision or a comment instead</source>
            <comment>workflow.reviewer_cannot_edit</comment>
            <translation>проверяющий не может изменять ответы, подтверждающие материалы или выводы; вместо этого запишите решение или комментарий</translation>
        </message>
        <message>
            <source>only a {role} may move an assessment from {current} to {target}</source>
            <comment>workflow.wrong_role</comment>
            <translation>перевести оценку из статуса «{current}» в статус «{target}» может только участник с ролью «{role}»</translation>
        </message>
        <message>
            <source>mgi_field {value} does not fit here (expected: {expected})</source>
            <comment>xlsform.bad_field</comment>
            <translation>mgi_field {value} здесь не подходит (ожидается: {expected})</translation>
        </message>
        <message>
            <source>form_id {form_id} must be letters, digits and . _ - only, with no spaces</source>
            <comment>xlsform.bad_form_id</comment>
            <translation>form_id {form_id} может содержать только буквы, цифры и символы . _ - без пробелов</translation>
        </message>
        <message>
            <source>mgi_gcm_objectives must be numbers from 1 to 23, not {value}</source>
            <comment>xlsform.bad_gcm</comment>
            <translation>mgi_gcm_objectives должны быть числами от 1 до 23, а не {value}</translation>
        </message>
        <message>
            <source>mgi_level {value} is not one of: domain, sub_area, indicator</source>
            <comment>xlsform.bad_level</comment>
            <translation>mgi_level {value} не является одним из значений: domain, sub_area, indicator</translation>
        </message>
        <message>
            <source>the expression names {name} without a dollar sign and braces: write {instead}</source>
            <comment>xlsform.bare_name</comment>
            <translation>выражение ссылается на {name} без знака доллара и фигурных скобок: напишите {instead}</translation>
        </message>
        <message>
            <source>duplicate name {name} (first used in {cell})</source>
            <comment>xlsform.duplicate_name</comment>
            <translation>повторяющееся имя {name} (впервые использовано в ячейке {cell})</translation>
        </message>
        <message>
            <source>{type} without a matching begin</source>
            <comment>xlsform.end_without_begin</comment>
            <translation>{type} без соответствующего begin</translation>
        </message>
        <message>
            <source>cannot read the expression {source}</source>
            <comment>xlsform.expression_unreadable</comment>
            <translation>не удаётся прочитать выражение {source}</translation>
        </message>
        <message>
            <source>cannot read the expression {source} at column {column}</source>
            <comment>xlsform.expression_unreadable_at</comment>
            <translation>не удаётся прочитать выражение {source} в позиции {column}</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n arguments, {given} given</source>
            <comment>xlsform.function_arguments</comment>
            <translation>
                <numerusform>{function}() принимает %n аргумент, передано аргументов: {given}</numerusform>
                <numerusform>{function}() принимает %n аргумента, передано аргументов: {given}</numerusform>
                <numerusform>{function}() принимает %n аргументов, передано аргументов: {given}</numerusform>
            </translation>
        </message>
        <message>
            <source>the {sheet} sheet has no '{column}' column</source>
            <comment>xlsform.missing_column</comment>
            <translation>на листе {sheet} нет столбца '{column}'</translation>
        </message>
        <message>
            <source>the form selects from choice lists but has no 'choices' sheet</source>
            <comment>xlsform.no_choices</comment>
            <translation>в форме используются списки вариантов, но нет листа 'choices'</translation>
        </message>
        <message>
            <source>the form has no groups: the app needs its questions in groups for the domains, sub-areas and indicators (begin group ... end group, three deep; see docs/xlsform.md)</source>
            <comment>xlsform.no_groups</comment>
            <translation>в форме нет групп: приложению нужны вопросы, распределённые по группам для областей, подобластей и показателей (begin group ... end group, три уровня вложенности; см. docs/xlsform.md)</translation>
        </message>
        <message>
            <source>the row has no list_name</source>
            <comment>xlsform.no_list_row</comment>
            <translation>в строке нет list_name</translation>
        </message>
        <message>
            <source>the row has no name</source>
            <comment>xlsform.no_name</comment>
            <translation>в строке нет имени (name)</translation>
        </message>
        <message>
            <source>the choice filter names {name}, which is not a column of the choices sheet</source>
            <comment>xlsform.no_such_column</comment>
            <translation>фильтр вариантов ссылается на {name}, но такого столбца нет на листе choices</translation>
        </message>
        <message>
            <source>the choice list {name} does not exist in the choices sheet</source>
            <comment>xlsform.no_such_list</comment>
            <translation>список вариантов {name} отсутствует на листе choices</translation>
        </message>
        <message>
            <source>the workbook has no 'survey' sheet (sheets: {sheets})</source>
            <comment>xlsform.no_survey</comment>
            <translation>в книге нет листа 'survey' (листы: {sheets})</translation>
        </message>
        <message>
            <source>the row has no type</source>
            <comment>xlsform.no_type</comment>
            <translation>в строке нет типа (type)</translation>
        </message>
        <message>
            <source>{column} must be a number, not {value}</source>
            <comment>xlsform.not_a_number</comment>
            <translation>{column} должно быть числом, а не {value}</translation>
        </message>
        <message>
            <source>group {name} is not closed: it has no 'end group'</source>
            <comment>xlsform.not_closed</comment>
            <translation>группа {name} не закрыта: у неё нет 'end group'</translation>
        </message>
        <message>
            <source>not an Excel workbook (.xlsx): {detail}</source>
            <comment>xlsform.not_xlsx</comment>
            <translation>это не книга Excel (.xlsx): {detail}</translation>
        </message>
        <message>
            <source>{column} must be yes or no, not {value}</source>
            <comment>xlsform.not_yes_no</comment>
            <translation>{column} должно иметь значение yes или no, а не {value}</translation>
        </message>
        <message numerus="yes">
            <source>{sheet}: column {column} is not used by the app (%n cells)</source>
            <comment>xlsform.note_column</comment>
            <translation>
                <numerusform>{sheet}: столбец {column} не используется приложением (%n ячейка)</numerusform>
                <numerusform>{sheet}: столбец {column} не используется приложением (%n ячейки)</numerusform>
                <numerusform>{sheet}: столбец {column} не используется приложением (%n ячеек)</numerusform>
            </translation>
        </message>
        <message>
            <source>{what} is not given: {value} is used</source>
            <comment>xlsform.note_default</comment>
            <translation>{what} не указано: используется {value}</translation>
        </message>
        <message>
            <source>{cell}: {type} ({name}) is metadata the app does not keep</source>
            <comment>xlsform.note_metadata</comment>
            <translation>{cell}: {type} ({name}) — метаданные, которые приложение не сохраняет</translation>
        </message>
        <message>
            <source>note {name}: the app shows a note only at the start of the form (notice, introduction) or first in a domain (its description); put this text in a question's hint</source>
            <comment>xlsform.note_place</comment>
            <translation>note {name}: приложение показывает примечание только в начале формы (уведомление, введение) или первым в области (её описание); поместите этот текст в подсказку (hint) к вопросу</translation>
        </message>
        <message>
            <source>an Excel 97-2003 workbook (.xls): save it as .xlsx and open that</source>
            <comment>xlsform.old_xls</comment>
            <translation>книга Excel 97–2003 (.xls): сохраните её в формате .xlsx и откройте полученный файл</translation>
        </message>
        <message>
            <source>{type}: the app cannot add an 'other' answer with its own text; add an 'other' choice to the list and a text question after it</source>
            <comment>xlsform.or_other</comment>
            <translation>{type}: приложение не может добавить ответ «другое» с собственным текстом; добавьте в список вариант «другое» и после него текстовый вопрос</translation>
        </message>
        <message>
            <source>question {name} must stand inside an indicator group (domain &gt; sub-area &gt; indicator)</source>
            <comment>xlsform.outside_indicator</comment>
            <translation>вопрос {name} должен находиться внутри группы показателя (область &gt; подобласть &gt; показатель)</translation>
        </message>
        <message>
            <source>repeat {name}: the app asks each question once per assessment and cannot repeat a group</source>
            <comment>xlsform.repeat</comment>
            <translation>repeat {name}: приложение задаёт каждый вопрос один раз за оценку и не может повторять группу</translation>
        </message>
        <message>
            <source>'.' (the answer itself) can only be used in a constraint</source>
            <comment>xlsform.self_here</comment>
            <translation>'.' (сам ответ) можно использовать только в ограничении (constraint)</translation>
        </message>
        <message>
            <source>group {name} is nested deeper than domain, sub-area and indicator</source>
            <comment>xlsform.too_deep</comment>
            <translation>группа {name} вложена глубже, чем область, подобласть и показатель</translation>
        </message>
        <message>
            <source>the {sheet} sheet has more than {limit} rows: not a questionnaire</source>
            <comment>xlsform.too_many_rows</comment>
            <translation>число строк на листе {sheet} превышает {limit}: это не вопросник</translation>
        </message>
        <message>
            <source>mgi_type {mgi_type} does not fit the type {type}</source>
            <comment>xlsform.type_mismatch</comment>
            <translation>mgi_type {mgi_type} не соответствует типу {type}</translation>
        </message>
        <message>
            <source>cannot tell which language {language} is: write it with its code, e.g. 'English (en)'</source>
            <comment>xlsform.unknown_language</comment>
            <translation>не удаётся определить язык {language}: укажите его вместе с кодом, например 'Русский (ru)'</translation>
        </message>
        <message>
            <source>unknown column {column}: the app's columns are {known}</source>
            <comment>xlsform.unknown_mgi_column</comment>
            <translation>неизвестный столбец {column}: столбцы приложения — {known}</translation>
        </message>
        <message>
            <source>the expression names {name}, which is not a question of the form</source>
            <comment>xlsform.unknown_name</comment>
            <translation>выражение ссылается на {name}, но такого вопроса в форме нет</translation>
        </message>
        <message>
            <source>unknown type {type} (the app reads: {types})</source>
            <comment>xlsform.unknown_type</comment>
            <translation>неизвестный тип {type} (приложение читает: {types})</translation>
        </message>
        <message>
            <source>the expression uses {function}(), which the app cannot evaluate</source>
            <comment>xlsform.unsupported_function</comment>
            <translation>в выражении используется функция {function}(), которую приложение не может вычислить</translation>
        </message>
        <message>
            <source>the expression uses the operator {operator}, which the app cannot evaluate</source>
            <comment>xlsform.unsupported_operator</comment>
            <translation>в выражении используется оператор {operator}, который приложение не может вычислить</translation>
        </message>
        <message>
            <source>the expression uses the path {path}: write {instead} instead</source>
            <comment>xlsform.unsupported_path</comment>
            <translation>в выражении используется путь {path}: напишите вместо него {instead}</translation>
        </message>
        <message>
            <source>the app has no question of type {type}</source>
            <comment>xlsform.unsupported_type</comment>
            <translation>в приложении нет вопросов типа {type}</translation>
        </message>
        <message>
            <source>group {name} ({level}) must stand inside a {parent} group</source>
            <comment>xlsform.wrong_parent</comment>
            <translation>группа {name} ({level}) должна находиться внутри группы {parent}</translation>
        </message>
    </context>
</TS>
