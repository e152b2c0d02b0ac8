<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About MGI Desktop</source>
            <translation>حول MGI Desktop</translation>
        </message>
        <message>
            <source>Answer, review, exchange and export Migration Governance Indicators assessments, offline.</source>
            <translation>الإجابة عن تقييمات مؤشرات حوكمة الهجرة ومراجعتها وتبادلها وتصديرها، دون اتصال بالإنترنت.</translation>
        </message>
        <message>
            <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
            <translation>Qt {qt}، PySide6 {pyside}، Python {python}</translation>
        </message>
        <message>
            <source>Data folder: {path}</source>
            <translation>مجلد البيانات: {path}</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>ملف السجل: {path}</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>قاعدة البيانات: {path}</translation>
        </message>
    </context>
    <context>
        <name>AssessmentTableModel</name>
        <message>
            <source>Country or city</source>
            <extracomment>the raw value of a cell, for sorting (text columns sort as shown) the assessment id of a row, in every column the completion percentage (0-100) of a row, for the progress delegate</extracomment>
            <translation>البلد أو المدينة</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>التقدّم</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>آخر تعديل</translation>
        </message>
        <message>
            <source> (archived)</source>
            <translation> (مؤرشف)</translation>
        </message>
        <message>
            <source>{percent}% ({answered} of {relevant} applicable)</source>
            <translation>{percent}% ({answered} من {relevant} منطبقة)</translation>
        </message>
        <message>
            <source>{title}
Questionnaire: {framework} {version}
Focal point: {person}</source>
            <translation>{title}
الاستبيان: {framework} {version}
جهة الاتصال: {person}</translation>
        </message>
    </context>
    <context>
        <name>AssessmentView</name>
        <message>
            <source>&amp;Undo answer change</source>
            <extracomment>each pane's share of the width (navigator, page, review panel) until the person moves the splitter: at 1366 pixels the reviewer's panel gets about 380, the page 700 and the navigator 280 the working language changed: the window rebuilds the view, back on this question (or "") the next step is to send the assessment to the other side (the window's File ▸ Send) what the last import brought, and the questions of it the person has not looked at yet</extracomment>
            <translation>&amp;تراجع عن تعديل الإجابة</translation>
        </message>
        <message>
            <source>&amp;Redo answer change</source>
            <translation>&amp;إعادة تعديل الإجابة</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>السؤال التال&amp;ي</translation>
        </message>
        <message>
            <source>&amp;Previous question</source>
            <translation>السؤال السا&amp;بق</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;نظرة عامة</translation>
        </message>
        <message>
            <source>&amp;Find question…</source>
            <translation>&amp;بحث عن سؤال…</translation>
        </message>
        <message>
            <source>&amp;Submit for review…</source>
            <translation>&amp;تقديم للمراجعة…</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>&amp;الاستنتاجات</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;سجل التدقيق…</translation>
        </message>
        <message>
            <source>&amp;History of this question…</source>
            <translation>سجل ت&amp;غييرات هذا السؤال…</translation>
        </message>
        <message>
            <source>&amp;Compare with the previous round…</source>
            <translation>&amp;مقارنة بالجولة السابقة…</translation>
        </message>
        <message>
            <source>&amp;Working language…</source>
            <translation>&amp;لغة العمل…</translation>
        </message>
        <message>
            <source>This assessment does not follow an earlier round</source>
            <translation>هذا التقييم ليس متابعةً لجولة سابقة</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>عرض</translation>
        </message>
        <message>
            <source>All questions</source>
            <translation>جميع الأسئلة</translation>
        </message>
        <message>
            <source>Unanswered</source>
            <translation>بلا إجابة</translation>
        </message>
        <message>
            <source>Required, missing</source>
            <translation>الإلزامية الناقصة</translation>
        </message>
        <message>
            <source>Evidence required, missing</source>
            <translation>أدلة مطلوبة وناقصة</translation>
        </message>
        <message>
            <source>Returned by reviewer</source>
            <translation>أعادها المراجع</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>مُعلَّمة للمتابعة</translation>
        </message>
        <message>
            <source>With comments</source>
            <translation>ذات تعليقات</translation>
        </message>
        <message>
            <source>Returned or with open comments</source>
            <translation>مُعادة أو ذات تعليقات مفتوحة</translation>
        </message>
        <message>
            <source>Search codes and text (Ctrl+F)</source>
            <translation>البحث في الرموز والنصوص (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search questions</source>
            <translation>البحث في الأسئلة</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>الأسئلة</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>عر&amp;ض:</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>حُفظ في {time}</translation>
        </message>
        <message>
            <source>answer to {code}</source>
            <translation>الإجابة عن {code}</translation>
        </message>
        <message>
            <source>justification of {code}</source>
            <translation>مبرر {code}</translation>
        </message>
        <message>
            <source>Submitted for review</source>
            <translation>قُدِّم للمراجعة</translation>
        </message>
        <message>
            <source>You are a reviewer: the answers are read-only. You can comment and flag questions.</source>
            <translation>أنت مراجع: الإجابات للقراءة فقط. يمكنك التعليق على الأسئلة ووضع علامات عليها.</translation>
        </message>
        <message>
            <source>Your key is not one of this assessment's (neither its focal point nor a reviewer): the answers are read-only. You can comment and flag questions.</source>
            <translation>مفتاحك ليس من مفاتيح هذا التقييم (فهو ليس مفتاح جهة الاتصال ولا مفتاح أحد المراجعين): الإجابات للقراءة فقط. يمكنك التعليق على الأسئلة ووضع علامات عليها.</translation>
        </message>
        <message>
            <source>The assessment is {status}: answers can be changed only while it is a draft or after the reviewer returned it.</source>
            <translation>حالة التقييم «{status}»: لا يمكن تغيير الإجابات إلا ما دام مسودة أو بعد أن يعيده المراجع.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit trail — {title}</source>
            <translation>سجل التدقيق — {title}</translation>
        </message>
        <message>
            <source>Audit trail of {code} — {title}</source>
            <translation>سجل تدقيق {code} — {title}</translation>
        </message>
        <message>
            <source>Filter by any text (values, reasons, codes)…</source>
            <translation>التصفية حسب أي نص (القيم، الأسباب، الرموز)…</translation>
        </message>
        <message>
            <source>Filter text</source>
            <translation>نص التصفية</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>مَن</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;مَن:</translation>
        </message>
        <message>
            <source>W&amp;hat:</source>
            <translation>&amp;ماذا:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;تصدير…</translation>
        </message>
        <message>
            <source>Save the rows shown as an Excel workbook or a CSV file</source>
            <translation>حفظ الصفوف المعروضة في مصنف Excel أو ملف CSV</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;تحديث</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>الجميع</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>كل شيء</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>لم يُسجَّل أي شيء بعد.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>ملف CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>تصدير سجل التدقيق</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>مَن</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>القيمة القديمة</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>القيمة الجديدة</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>الإجابة</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>التعليق</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>الاستنتاج</translation>
        </message>
        <message>
            <source>Domain text</source>
            <translation>نص المجال</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>الحزمة</translation>
        </message>
        <message>
            <source>answer</source>
            <extracomment>what each event changed, as the audit trail names it (the core records a field's code)</extracomment>
            <translation>الإجابة</translation>
        </message>
        <message>
            <source>justification</source>
            <translation>المبرر</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>العلامة</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>مُرحَّلة</translation>
        </message>
        <message>
            <source>review decision</source>
            <translation>قرار المراجعة</translation>
        </message>
        <message>
            <source>status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>created</source>
            <translation>الإنشاء</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>الأرشفة</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>التوقيع</translation>
        </message>
        <message>
            <source>added</source>
            <translation>الإضافة</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>الإزالة</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>الحل</translation>
        </message>
        <message>
            <source>title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>focal point</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <source>institution</source>
            <translation>المؤسسة</translation>
        </message>
        <message>
            <source>introduction</source>
            <translation>المقدمة</translation>
        </message>
        <message>
            <source>working language</source>
            <translation>لغة العمل</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>issuing body</source>
            <translation>الجهة المصدرة</translation>
        </message>
        <message>
            <source>year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <source>date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>web address</source>
            <translation>عنوان الويب</translation>
        </message>
        <message>
            <source>note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>file</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>order</source>
            <translation>الترتيب</translation>
        </message>
        <message>
            <source>linked questions</source>
            <translation>الأسئلة المرتبطة</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>الدمج</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>النقل</translation>
        </message>
        <message>
            <source>redrafted</source>
            <translation>إعادة الصياغة</translation>
        </message>
        <message>
            <source>follow-up round</source>
            <translation>جولة المتابعة</translation>
        </message>
        <message>
            <source>category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>{time} UTC</source>
            <extracomment>the longest value shown in a cell; the tooltip has all of it an answer's value as the question names it ("Partially", "Oui"), when the questionnaire is known</extracomment>
            <translation>{time} بتوقيت UTC</translation>
        </message>
    </context>
    <context>
        <name>CameBackDialog</name>
        <message>
            <source>What came back</source>
            <translation>ما عاد إليك</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>الحالة: {old} ← {new}</translation>
        </message>
        <message>
            <source>Note from {who}, {when}: “{note}”</source>
            <translation>ملاحظة من {who}، {when}: «{note}»</translation>
        </message>
        <message>
            <source>No answer, decision or comment came back.</source>
            <translation>لم تعد أي إجابة أو قرار أو تعليق.</translation>
        </message>
        <message>
            <source>What came back; press Enter to go to the question</source>
            <translation>ما عاد إليك؛ اضغط Enter للانتقال إلى السؤال</translation>
        </message>
        <message>
            <source>returned to you</source>
            <translation>أُعيدت إليك</translation>
        </message>
        <message>
            <source>comment by {who}: {text}</source>
            <translation>تعليق من {who}: {text}</translation>
        </message>
        <message>
            <source>answer changed</source>
            <translation>تغيّرت الإجابة</translation>
        </message>
        <message>
            <source>Go to {code}</source>
            <translation>الانتقال إلى {code}</translation>
        </message>
    </context>
    <context>
        <name>CommentThread</name>
        <message>
            <source>Comments; check a comment to mark it resolved</source>
            <translation>التعليقات؛ ضع علامة اختيار على تعليق لتمييزه بأنه تمت معالجته</translation>
        </message>
        <message>
            <source>New comment</source>
            <translation>تعليق جديد</translation>
        </message>
        <message>
            <source>Write a comment (Ctrl+Enter adds it)</source>
            <translation>اكتب تعليقًا (Ctrl+Enter لإضافته)</translation>
        </message>
        <message>
            <source>Add co&amp;mment</source>
            <translation>إضافة &amp;تعليق</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation>المراجع</translation>
        </message>
        <message>
            <source>focal point</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>تمت معالجته</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>مفتوح</translation>
        </message>
    </context>
    <context>
        <name>ComparisonModel</name>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>ما الذي تغيّر</translation>
        </message>
        <message>
            <source>Evidence added</source>
            <translation>أدلة مضافة</translation>
        </message>
        <message>
            <source>Evidence removed</source>
            <translation>أدلة محذوفة</translation>
        </message>
        <message>
            <source>Round {n}</source>
            <translation>الجولة {n}</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>الإجابة</translation>
        </message>
        <message>
            <source>justification</source>
            <translation>المبرر</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>question reworded</source>
            <translation>أُعيدت صياغة السؤال</translation>
        </message>
        <message>
            <source>question split in several</source>
            <translation>قُسِّم السؤال إلى عدة أسئلة</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>لا تغيير</translation>
        </message>
        <message>
            <source>(carried over, not confirmed yet)</source>
            <translation>(منقولة، لم تُؤكَّد بعد)</translation>
        </message>
    </context>
    <context>
        <name>ConsolidateOptions</name>
        <message>
            <source>Consolidate</source>
            <translation>تجميع</translation>
        </message>
        <message>
            <source>Which assessments go into the consolidated workbook? The workbook's About sheet lists the filters and how many assessments each left out.</source>
            <translation>ما التقييمات التي تدخل في المصنف المجمّع؟ تذكر ورقة «حول» في المصنف عوامل التصفية وعدد التقييمات التي استبعدها كل منها.</translation>
        </message>
        <message>
            <source>Statuses</source>
            <translation>الحالات</translation>
        </message>
        <message>
            <source>Include archived assessments</source>
            <translation>تضمين التقييمات المؤرشفة</translation>
        </message>
        <message>
            <source>Also write the tables as CSV files, with a data dictionary, in a folder beside the workbook</source>
            <translation>كتابة الجداول أيضاً كملفات CSV، مع قاموس بيانات، في مجلد بجانب المصنف</translation>
        </message>
    </context>
    <context>
        <name>DatabaseOpening</name>
        <message>
            <source>Cannot open the database</source>
            <extracomment>lupdate reads the context and text of every translate("Context", "text") call.</extracomment>
            <translation>تعذّر فتح قاعدة البيانات</translation>
        </message>
        <message>
            <source>MGI Desktop cannot open this database.</source>
            <translation>يتعذّر على MGI Desktop فتح قاعدة البيانات هذه.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Restore the backup of {when}</source>
            <translation>استعادة النسخة الاحتياطية المؤرخة {when}</translation>
        </message>
        <message>
            <source>Use another database…</source>
            <translation>استخدام قاعدة بيانات أخرى…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>MGI Desktop databases (*.sqlite *.db);;All files (*)</source>
            <translation>قواعد بيانات MGI Desktop (*.sqlite *.db);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>قاعدة بيانات جديدة</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>فتح قاعدة بيانات</translation>
        </message>
        <message>
            <source>The current file cannot be read, so what it holds beyond the backup cannot be told.</source>
            <translation>لا يمكن قراءة الملف الحالي، لذا يتعذّر معرفة ما يحويه زيادةً على النسخة الاحتياطية.</translation>
        </message>
        <message>
            <source>The backup holds every answer of the current file: no answer will be lost.</source>
            <translation>تحوي النسخة الاحتياطية كل إجابات الملف الحالي: لن تُفقد أي إجابة.</translation>
        </message>
        <message>
            <source>Before restoring, a safety backup of the current state is made in the backup folder, so that this restore can itself be undone.</source>
            <translation>قبل الاستعادة، تُحفظ نسخة أمان من الحالة الحالية في مجلد النسخ الاحتياطية، بحيث يمكن التراجع عن هذه الاستعادة نفسها.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>استعادة النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>Replace {file} with its backup of {when}?</source>
            <translation>هل تريد استبدال {file} بنسخته الاحتياطية المؤرخة {when}؟</translation>
        </message>
    </context>
    <context>
        <name>DomainWheel</name>
        <message>
            <source>Progress wheel of the six domains</source>
            <extracomment>One colour per domain, of medium lightness so that they read on light and dark themes.</extracomment>
            <translation>عجلة التقدّم في المجالات الستة</translation>
        </message>
    </context>
    <context>
        <name>EditAnswerDialog</name>
        <message>
            <source>Edit the answer to {code}</source>
            <translation>تعديل الإجابة عن {code}</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>المبرر</translation>
        </message>
        <message>
            <source>Justification:</source>
            <translation>المبرر:</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Open log folder</source>
            <extracomment>lupdate reads the context and text of every translate("Context", "text") call.</extracomment>
            <translation>فتح مجلد السجل</translation>
        </message>
        <message>
            <source>Free some space on this disk (empty the recycle bin, move large files to another drive), then try again. Nothing you saved before was lost.</source>
            <translation>حرِّر بعض المساحة على هذا القرص (أفرِغ سلة المحذوفات، وانقل الملفات الكبيرة إلى محرك أقراص آخر)، ثم أعد المحاولة. لم يُفقَد أي شيء حفظته من قبل.</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>القرص ممتلئ</translation>
        </message>
        <message>
            <source>MGI Desktop</source>
            <translation>MGI Desktop</translation>
        </message>
        <message>
            <source>Unexpected problem</source>
            <translation>مشكلة غير متوقعة</translation>
        </message>
        <message>
            <source>MGI Desktop ran into an unexpected problem and could not finish what you asked.</source>
            <translation>واجه MGI Desktop مشكلة غير متوقعة ولم يتمكن من إتمام ما طلبته.</translation>
        </message>
        <message>
            <source>The answers you have already seen saved are safe. The details were written to the log file: {path}</source>
            <translation>الإجابات التي رأيت أنها حُفظت في أمان. كُتبت التفاصيل في ملف السجل: {path}</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>ملف السجل: {path}</translation>
        </message>
        <message>
            <source>What you typed is still in the window.</source>
            <translation>ما كتبته لا يزال في النافذة.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Show the folder</source>
            <translation>إظهار المجلد</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>Law</source>
            <translation>قانون</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>لائحة</translation>
        </message>
        <message>
            <source>Policy or strategy</source>
            <translation>سياسة أو استراتيجية</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>خطة</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>اتفاق</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>تقرير</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>موقع إلكتروني</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>مقابلة</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Edit evidence</source>
            <translation>تعديل الدليل</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>إضافة دليل</translation>
        </message>
        <message>
            <source>e.g. Law on External Migration (2000)</source>
            <translation>مثال: قانون الهجرة الخارجية (2000)</translation>
        </message>
        <message>
            <source>article, section or page</source>
            <translation>المادة أو القسم أو الصفحة</translation>
        </message>
        <message>
            <source>e.g. 2019</source>
            <translation>مثال: 2019</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;نوع:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;عنوان:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;المرجع:</translation>
        </message>
        <message>
            <source>&amp;Issuing body:</source>
            <translation>&amp;جهة الإصدار:</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;سنة:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;تاريخ:</translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation>&amp;رابط الويب:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;ملاحظة:</translation>
        </message>
        <message>
            <source>&amp;Attach file…</source>
            <translation>&amp;إرفاق ملف…</translation>
        </message>
        <message>
            <source>Remo&amp;ve file</source>
            <translation>&amp;حذف الملف</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>الملف:</translation>
        </message>
        <message>
            <source>(kept as attached)</source>
            <translation>(يُحتفَظ به كما أُرفق)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا يوجد</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>إرفاق ملف</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Add ev&amp;idence…</source>
            <translation>إضافة &amp;دليل…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>فتح الملف</translation>
        </message>
        <message>
            <source>Remove evidence</source>
            <translation>إزالة الدليل</translation>
        </message>
        <message>
            <source>Remove “{title}” from this answer?</source>
            <translation>هل تريد إزالة «{title}» من هذه الإجابة؟</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;Import or receive…</source>
            <translation>استيراد أو است&amp;لام…</translation>
        </message>
        <message>
            <source>&amp;Send for review or back…</source>
            <translation>&amp;إرسال للمراجعة أو الإعادة…</translation>
        </message>
        <message>
            <source>&amp;Profile…</source>
            <translation>&amp;الملف التعريفي…</translation>
        </message>
        <message>
            <source>&amp;Excel summary…</source>
            <translation>&amp;ملخص Excel…</translation>
        </message>
        <message>
            <source>S&amp;DG 10.7.2 files…</source>
            <translation>ملفات &amp;هدف التنمية المستدامة 10.7.2…</translation>
        </message>
        <message>
            <source>Conso&amp;lidate…</source>
            <translation>تج&amp;ميع…</translation>
        </message>
        <message>
            <source>Start &amp;follow-up round…</source>
            <translation>&amp;بدء جولة متابعة…</translation>
        </message>
        <message>
            <source>Questionnaire as &amp;XLSForm…</source>
            <translation>الاستبيان &amp;بصيغة XLSForm…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>ت&amp;صدير</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>تم حفظ {file}</translation>
        </message>
        <message>
            <source>Export Excel summary</source>
            <translation>تصدير ملخص Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>مصنفات Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting the Excel summary…</source>
            <translation>جارٍ تصدير ملخص Excel…</translation>
        </message>
        <message>
            <source>National SDG platform, open-sdg layout (*.csv)</source>
            <translation>المنصة الوطنية لأهداف التنمية المستدامة، بشكل open-sdg (*.csv)</translation>
        </message>
        <message>
            <source>UN global SDG database, SDMX-CSV layout (*.csv)</source>
            <translation>قاعدة البيانات العالمية لأهداف التنمية المستدامة، بشكل SDMX-CSV (*.csv)</translation>
        </message>
        <message>
            <source>Transcription for the UN Inquiry, Module III (*.xlsx)</source>
            <translation>النقل إلى استقصاء الأمم المتحدة، الوحدة الثالثة (*.xlsx)</translation>
        </message>
        <message>
            <source>Export SDG 10.7.2</source>
            <translation>تصدير المؤشر 10.7.2</translation>
        </message>
        <message>
            <source>Exporting SDG 10.7.2…</source>
            <translation>جارٍ تصدير المؤشر 10.7.2…</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>صفحة ويب (*.html)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>مستند Word (*.docx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>مستند PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export profile</source>
            <translation>تصدير الملف التعريفي</translation>
        </message>
        <message>
            <source>Exporting the profile…</source>
            <translation>جارٍ تصدير الملف التعريفي…</translation>
        </message>
        <message>
            <source>Databases and packages to consolidate</source>
            <translation>قواعد البيانات والحزم المراد تجميعها</translation>
        </message>
        <message>
            <source>Databases and packages (*.sqlite *.db *.mgi);;All files (*)</source>
            <translation>قواعد البيانات والحزم (*.sqlite *.db *.mgi);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>Save the consolidated workbook</source>
            <translation>حفظ المصنف المُجمَّع</translation>
        </message>
        <message>
            <source>Consolidating…</source>
            <translation>جارٍ التجميع…</translation>
        </message>
        <message>
            <source>Import or receive a package</source>
            <translation>استيراد حزمة أو استلامها</translation>
        </message>
        <message>
            <source>MGI packages (*.mgi);;All files (*)</source>
            <translation>حزم MGI (*.mgi);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>Round {n} started</source>
            <translation>بدأت الجولة {n}</translation>
        </message>
        <message>
            <source>Package imported</source>
            <translation>تم استيراد الحزمة</translation>
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message>
            <source>Findings</source>
            <translation>الاستنتاجات</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>المجال</translation>
        </message>
        <message>
            <source>&amp;Domain:</source>
            <translation>&amp;المجال:</translation>
        </message>
        <message>
            <source>Profile &amp;introduction (all domains)</source>
            <translation>مقدمة المل&amp;ف التعريفي (جميع المجالات)</translation>
        </message>
        <message>
            <source>Domain des&amp;cription</source>
            <translation>&amp;وصف المجال</translation>
        </message>
        <message>
            <source>Also explain what the local authority is responsible for and the local migration context.</source>
            <translation>اشرح أيضًا اختصاصات السلطة المحلية وسياق الهجرة المحلي.</translation>
        </message>
        <message>
            <source>We&amp;ll-developed areas</source>
            <translation>المجالات المتطورة بشكل &amp;جيد</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>إضافة…</translation>
        </message>
        <message>
            <source>Areas with &amp;potential for further development</source>
            <translation>المجالات التي &amp;يمكن مواصلة تطويرها</translation>
        </message>
        <message>
            <source>Add a finding to {list}</source>
            <translation>إضافة استنتاج إلى {list}</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>&amp;تعديل…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;إزالة</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;دمج</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>نقل إلى أعل&amp;ى</translation>
        </message>
        <message>
            <source>Move dow&amp;n</source>
            <translation>&amp;نقل إلى أسفل</translation>
        </message>
        <message>
            <source>Move to the &amp;other list</source>
            <translation>نقل إلى ال&amp;قائمة الأخرى</translation>
        </message>
        <message>
            <source>&amp;Questions…</source>
            <translation>الأسئ&amp;لة…</translation>
        </message>
        <message>
            <source>Drafts suggested by the answers</source>
            <translation>مسودات مقترحة من الإجابات</translation>
        </message>
        <message>
            <source>Ta&amp;ke selected</source>
            <translation>&amp;أخذ المحدد</translation>
        </message>
        <message>
            <source>Draft &amp;all from the answers</source>
            <translation>&amp;صياغة الكل من الإجابات</translation>
        </message>
        <message>
            <source>Adds a draft finding for every answered question not covered yet; untouched drafts follow later changes of the answers</source>
            <translation>يضيف مسودة استنتاج لكل سؤال مُجاب عنه لم يُغطَّ بعد؛ وتتبع المسودات التي لم تُعدَّل التغييرات اللاحقة في الإجابات</translation>
        </message>
        <message>
            <source>Read only: {reason}</source>
            <translation>للقراءة فقط: {reason}</translation>
        </message>
        <message>
            <source>[Draft] {text}</source>
            <translation>[مسودة] {text}</translation>
        </message>
        <message>
            <source>Questions: {codes}</source>
            <translation>الأسئلة: {codes}</translation>
        </message>
        <message>
            <source>Draft from the answers, not edited yet: edit it, or press OK in Edit… to keep it as written</source>
            <translation>مسودة من الإجابات لم تُعدَّل بعد: عدّلها، أو اضغط «موافق» في «تعديل…» لإبقائها كما هي</translation>
        </message>
        <message>
            <source>No findings yet: add one, take a draft below, or drag one here.</source>
            <translation>لا توجد استنتاجات بعد: أضف استنتاجًا، أو خذ مسودة من الأسفل، أو اسحب استنتاجًا إلى هنا.</translation>
        </message>
        <message>
            <source>Well-developed</source>
            <translation>متطور بشكل جيد</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>قابل لمزيد من التطوير</translation>
        </message>
        <message>
            <source>Drafts from the answers ({n})</source>
            <translation>مسودات من الإجابات ({n})</translation>
        </message>
        <message>
            <source>No drafts: every answered question of this domain is covered by a finding, or none has a scored answer yet.</source>
            <translation>لا توجد مسودات: كل سؤال مُجاب عنه في هذا المجال يغطيه استنتاج، أو لا يوجد بعد أي سؤال ذو إجابة ذات درجة.</translation>
        </message>
        <message>
            <source>Linked questions (click to open): {links}</source>
            <translation>الأسئلة المرتبطة (انقر للفتح): {links}</translation>
        </message>
        <message>
            <source>This finding is not linked to a question yet (Questions…).</source>
            <translation>هذا الاستنتاج غير مرتبط بأي سؤال بعد (الأسئلة…).</translation>
        </message>
        <message>
            <source>Select a finding to see the questions it rests on.</source>
            <translation>حدِّد استنتاجًا لرؤية الأسئلة التي يستند إليها.</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>حُفظ في {time}</translation>
        </message>
        <message>
            <source>Add a finding</source>
            <translation>إضافة استنتاج</translation>
        </message>
        <message>
            <source>Finding:</source>
            <translation>الاستنتاج:</translation>
        </message>
        <message>
            <source>Edit the finding</source>
            <translation>تعديل الاستنتاج</translation>
        </message>
        <message>
            <source>Remove findings</source>
            <translation>إزالة استنتاجات</translation>
        </message>
        <message>
            <source>Merge findings</source>
            <translation>دمج استنتاجات</translation>
        </message>
        <message>
            <source>The merged finding:</source>
            <translation>الاستنتاج المدموج:</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Start follow-up round</source>
            <translation>بدء جولة متابعة</translation>
        </message>
        <message>
            <source>Round {n} of {title} starts from this round's answers, justifications and evidence. Each carried-over answer waits for your confirmation; this round stays as it is.</source>
            <translation>تستند الجولة {n} من {title} إلى إجابات هذه الجولة ومبرراتها وأدلتها. وتنتظر كل إجابة منقولة تأكيدك؛ وتبقى هذه الجولة على حالها.</translation>
        </message>
        <message>
            <source>Questionnaire of the new round</source>
            <translation>استبيان الجولة الجديدة</translation>
        </message>
        <message>
            <source>Other &amp;file…</source>
            <translation>&amp;ملف آخر…</translation>
        </message>
        <message>
            <source>&amp;Questionnaire:</source>
            <translation>&amp;الاستبيان:</translation>
        </message>
        <message>
            <source>&amp;Open crosswalk…</source>
            <translation>&amp;فتح جدول مطابقة…</translation>
        </message>
        <message>
            <source>Save crosswalk to &amp;edit…</source>
            <translation>&amp;حفظ جدول المطابقة لتعديله…</translation>
        </message>
        <message>
            <source>Crosswalk:</source>
            <translation>جدول المطابقة:</translation>
        </message>
        <message>
            <source>Question (before → now)</source>
            <translation>السؤال (قبل ← الآن)</translation>
        </message>
        <message>
            <source>Answer before</source>
            <translation>الإجابة السابقة</translation>
        </message>
        <message>
            <source>Answer now</source>
            <translation>الإجابة الحالية</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>لماذا</translation>
        </message>
        <message>
            <source>What the new round carries</source>
            <translation>ما تنقله الجولة الجديدة</translation>
        </message>
        <message>
            <source>&amp;Start round {n}</source>
            <translation>&amp;بدء الجولة {n}</translation>
        </message>
        <message>
            <source>Reading the questionnaire files…</source>
            <translation>جارٍ قراءة ملفات الاستبيان…</translation>
        </message>
        <message>
            <source>{questionnaire} — the same as this round</source>
            <translation>{questionnaire} — الاستبيان نفسه المستخدم في هذه الجولة</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>جارٍ التحقق من {file}…</translation>
        </message>
        <message>
            <source>{file} is a {level} questionnaire; a follow-up round keeps the level of the round before ({this}).</source>
            <translation>{file} استبيان من مستوى «{level}»؛ وتحتفظ جولة المتابعة بمستوى الجولة السابقة ({this}).</translation>
        </message>
        <message>
            <source>Open crosswalk</source>
            <translation>فتح جدول مطابقة</translation>
        </message>
        <message>
            <source>Crosswalks (*.yaml *.yml);;All files (*)</source>
            <translation>جداول المطابقة (*.yaml *.yml);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>Save crosswalk</source>
            <translation>حفظ جدول المطابقة</translation>
        </message>
        <message>
            <source>Crosswalks (*.yaml *.yml)</source>
            <translation>جداول المطابقة (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>from {file}</source>
            <translation>من {file}</translation>
        </message>
        <message>
            <source>drafted from the two versions (same code, same or similar text); save it to check or edit it</source>
            <translation>أُعِدّ انطلاقًا من النسختين (الرمز نفسه، ونص مطابق أو مشابه)؛ احفظه للتحقق منه أو تعديله</translation>
        </message>
        <message>
            <source>Working out what the new round carries…</source>
            <translation>جارٍ تحديد ما تنقله الجولة الجديدة…</translation>
        </message>
        <message>
            <source>Nothing to show: choose the questionnaire again.</source>
            <translation>لا يوجد ما يُعرض: اختر الاستبيان مرة أخرى.</translation>
        </message>
        <message>
            <source>{carried} answers carried as they were, {confirm} to confirm, {lost} not carried, {new} new questions.</source>
            <translation>إجابات منقولة كما هي: {carried}، وإجابات للتأكيد: {confirm}، وإجابات غير منقولة: {lost}، وأسئلة جديدة: {new}.</translation>
        </message>
        <message>
            <source>Findings of the previous round carried over as drafts, to keep, edit or remove: {n}.</source>
            <translation>استنتاجات الجولة السابقة المنقولة كمسودات، للاحتفاظ بها أو تعديلها أو حذفها: {n}.</translation>
        </message>
        <message>
            <source>To confirm ({n})</source>
            <translation>للتأكيد ({n})</translation>
        </message>
        <message>
            <source>Not carried ({n})</source>
            <translation>غير منقولة ({n})</translation>
        </message>
        <message>
            <source>New questions, not answered yet ({n})</source>
            <translation>أسئلة جديدة لم يُجَب عنها بعد ({n})</translation>
        </message>
        <message>
            <source>new in this version</source>
            <translation>جديد في هذه النسخة</translation>
        </message>
        <message>
            <source>Carried as they were ({n})</source>
            <translation>منقولة كما هي ({n})</translation>
        </message>
    </context>
    <context>
        <name>FrameworkPage</name>
        <message>
            <source>Questionnaire</source>
            <translation>الاستبيان</translation>
        </message>
        <message>
            <source>Choose the questionnaire to answer. You can add a questionnaire file that IOM sent you.</source>
            <translation>اختر الاستبيان الذي ستجيب عنه. يمكنك إضافة ملف استبيان أرسلته إليك المنظمة الدولية للهجرة.</translation>
        </message>
        <message>
            <source>Questionnaires</source>
            <translation>الاستبيانات</translation>
        </message>
        <message>
            <source>&amp;Add questionnaire file…</source>
            <translation>&amp;إضافة ملف استبيان…</translation>
        </message>
        <message>
            <source>Problems in the questionnaire file</source>
            <translation>مشكلات في ملف الاستبيان</translation>
        </message>
        <message>
            <source>&amp;Working language:</source>
            <translation>&amp;لغة العمل:</translation>
        </message>
        <message>
            <source>No questionnaire of this level yet: add a questionnaire file.</source>
            <translation>لا يوجد استبيان من هذا المستوى بعد: أضف ملف استبيان.</translation>
        </message>
        <message>
            <source>{n} questions in {d} domains: {always} always asked, {conditional} only with certain earlier answers.</source>
            <translation>الأسئلة: {n}، المجالات: {d}؛ يُطرح {always} منها دائمًا، و{conditional} مع إجابات سابقة معينة فقط.</translation>
        </message>
        <message>
            <source>{n} questions in {d} domains.</source>
            <translation>الأسئلة: {n}، المجالات: {d}.</translation>
        </message>
        <message>
            <source>Add questionnaire file</source>
            <translation>إضافة ملف استبيان</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>جارٍ التحقق من {file}…</translation>
        </message>
        <message>
            <source>{file} is a {level} questionnaire; go back and choose that level to use it.</source>
            <translation>{file} استبيان من مستوى «{level}»؛ ارجع واختر هذا المستوى لاستخدامه.</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>MGI Desktop guide</source>
            <extracomment>link schemes handed to the system (never loaded inside the guide) lupdate reads the context and text of every translate("Context", "text") call. a picture of a guide page, as the pages write them: &lt;img src="pictures/NAME-LANG.png" ...&gt;</extracomment>
            <translation>دليل MGI Desktop</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>تقدّم</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>المحتويات</translation>
        </message>
        <message>
            <source>Find in the guide (Ctrl+F)</source>
            <translation>البحث في الدليل (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>البحث في الدليل</translation>
        </message>
        <message>
            <source>Not found: {text}</source>
            <translation>غير موجود: {text}</translation>
        </message>
        <message>
            <source>The guide is missing from this installation (no file in {folder}). Reinstall MGI Desktop to get it back; everything else works without it.</source>
            <translation>الدليل غير موجود في هذا التثبيت (لا يوجد ملف في {folder}). أعد تثبيت MGI Desktop لاستعادته؛ وكل ما عدا ذلك يعمل بدونه.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>answers changed</source>
            <translation>إجابات معدَّلة</translation>
        </message>
        <message>
            <source>questions flagged or unflagged</source>
            <translation>أسئلة وُضعت عليها علامة أو أُزيلت</translation>
        </message>
        <message>
            <source>evidence added</source>
            <translation>أدلة مضافة</translation>
        </message>
        <message>
            <source>evidence removed</source>
            <translation>أدلة محذوفة</translation>
        </message>
        <message>
            <source>evidence changed</source>
            <translation>أدلة معدَّلة</translation>
        </message>
        <message>
            <source>comments added</source>
            <translation>تعليقات مضافة</translation>
        </message>
        <message>
            <source>comments changed</source>
            <translation>تعليقات معدَّلة</translation>
        </message>
        <message>
            <source>answers accepted</source>
            <translation>إجابات مقبولة</translation>
        </message>
        <message>
            <source>answers returned</source>
            <translation>إجابات معادة</translation>
        </message>
        <message>
            <source>findings added</source>
            <translation>استنتاجات مضافة</translation>
        </message>
        <message>
            <source>findings removed</source>
            <translation>استنتاجات محذوفة</translation>
        </message>
        <message>
            <source>findings changed</source>
            <translation>استنتاجات معدَّلة</translation>
        </message>
        <message>
            <source>domain descriptions changed</source>
            <translation>أوصاف مجالات معدَّلة</translation>
        </message>
        <message>
            <source>audit events added</source>
            <translation>أحداث تدقيق مضافة</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>الإجابة</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>الاستنتاج</translation>
        </message>
        <message>
            <source>Domain description</source>
            <translation>وصف المجال</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Receive a package — {file}</source>
            <translation>استلام حزمة — {file}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <source>Mine (this database)</source>
            <translation>نسختي (قاعدة البيانات هذه)</translation>
        </message>
        <message>
            <source>Theirs (the package)</source>
            <translation>نسختهم (الحزمة)</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>الحل</translation>
        </message>
        <message>
            <source>Keep &amp;mine for all</source>
            <translation>&amp;الاحتفاظ بنسختي لجميع العناصر</translation>
        </message>
        <message>
            <source>Take &amp;theirs for all</source>
            <translation>&amp;أخذ نسختهم لجميع العناصر</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;استيراد</translation>
        </message>
        <message>
            <source>Wrong password. Try again:</source>
            <translation>كلمة المرور غير صحيحة. أعد المحاولة:</translation>
        </message>
        <message>
            <source>This package is protected by a password. Password:</source>
            <translation>هذه الحزمة محمية بكلمة مرور. كلمة المرور:</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>جارٍ التحقق من {file}…</translation>
        </message>
        <message>
            <source>This package cannot be received:</source>
            <translation>لا يمكن استلام هذه الحزمة:</translation>
        </message>
        <message>
            <source>checking it was cancelled.</source>
            <translation>أُلغي التحقق منها.</translation>
        </message>
        <message>
            <source>A new assessment for this database.</source>
            <translation>تقييم جديد لقاعدة البيانات هذه.</translation>
        </message>
        <message>
            <source>An update of an assessment already in this database: the changes are merged.</source>
            <translation>تحديث لتقييم موجود بالفعل في قاعدة البيانات هذه: تُدمَج التغييرات.</translation>
        </message>
        <message>
            <source>From {sender}, {role}; sent {when}; package {n} from them.</source>
            <translation>من {sender}، {role}؛ أُرسلت في {when}؛ الحزمة رقم {n} الواردة منه.</translation>
        </message>
        <message>
            <source>Questionnaire: {q}.</source>
            <translation>الاستبيان: {q}.</translation>
        </message>
        <message>
            <source>Questionnaire: {q}, not included in this installation: the copy carried in the package is used.</source>
            <translation>الاستبيان: {q}، وهو غير مُضمَّن في هذا التثبيت: تُستخدم النسخة المنقولة في الحزمة.</translation>
        </message>
        <message>
            <source>The package was protected by a password.</source>
            <translation>كانت الحزمة محمية بكلمة مرور.</translation>
        </message>
        <message>
            <source>The package was encrypted to your key.</source>
            <translation>كانت الحزمة مشفَّرة لمفتاحك.</translation>
        </message>
        <message>
            <source>Status: {now} → {after}.</source>
            <translation>الحالة: {now} ← {after}.</translation>
        </message>
        <message>
            <source>What it changes: {list}.</source>
            <translation>ما تغيّره: {list}.</translation>
        </message>
        <message>
            <source>It changes nothing here.</source>
            <translation>لا تغيّر شيئًا هنا.</translation>
        </message>
        <message>
            <source>⚠ Not signed: this package was written by an older MGI Desktop. Anyone could have written or changed it; its review decisions and status are not applied.</source>
            <translation>⚠ غير موقَّعة: كُتبت هذه الحزمة بإصدار أقدم من MGI Desktop. كان بإمكان أي شخص كتابتها أو تغييرها؛ ولا تُطبَّق قرارات المراجعة والحالة الواردة فيها.</translation>
        </message>
        <message>
            <source>I know where this package comes from: import it anyway</source>
            <translation>أعرف مصدر هذه الحزمة: استوردها على أي حال</translation>
        </message>
        <message>
            <source>Signed by {who}, {role}, key {fingerprint}: {trust}.</source>
            <translation>موقَّعة من {who}، {role}، المفتاح {fingerprint}: {trust}.</translation>
        </message>
        <message>
            <source>⚠ This key is new to you. Phone the sender and compare the fingerprint they read out with the one above before you import.</source>
            <translation>⚠ هذا المفتاح جديد بالنسبة إليك. اتصل هاتفيًا بالمُرسِل وقارن البصمة التي يقرؤها عليك بالبصمة الواردة أعلاه قبل الاستيراد.</translation>
        </message>
        <message>
            <source>I compared the fingerprint {fingerprint} with {who}: it is the same</source>
            <translation>قارنتُ البصمة {fingerprint} مع {who}: إنها مطابقة</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>الاحتفاظ بنسختي</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>أخذ نسختهم</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Description of domain {n}</source>
            <translation>وصف المجال {n}</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(محذوف)</translation>
        </message>
        <message>
            <source>(no answer)</source>
            <translation>(لا توجد إجابة)</translation>
        </message>
        <message>
            <source>— {who}, {when}</source>
            <translation>— {who}، {when}</translation>
        </message>
        <message>
            <source>Edited: {value}</source>
            <translation>معدَّلة: {value}</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>جارٍ استيراد {file}…</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>أُلغي الاستيراد: لم يُستورد أي شيء.</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
        <message>
            <source>Your key</source>
            <translation>مفتاحك</translation>
        </message>
        <message>
            <source>This is what you read out when someone checks your key on the phone. Your packages are signed with it; packages encrypted to it open only here.</source>
            <translation>هذا ما تقرؤه بصوت عالٍ عندما يتحقق شخص ما من مفتاحك عبر الهاتف. تُوقَّع حزمك به؛ والحزم المشفَّرة له لا تُفتح إلا هنا.</translation>
        </message>
        <message>
            <source>&amp;Export my key…</source>
            <translation>&amp;تصدير مفتاحي…</translation>
        </message>
        <message>
            <source>Write your public key to a .mgikey file, to send to the people you exchange packages with</source>
            <translation>كتابة مفتاحك العام في ملف .mgikey لإرساله إلى الأشخاص الذين تتبادل معهم الحزم</translation>
        </message>
        <message>
            <source>&amp;Replace my key…</source>
            <translation>&amp;استبدال مفتاحي…</translation>
        </message>
        <message>
            <source>Keys you know</source>
            <translation>المفاتيح التي تعرفها</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>البصمة</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>الثقة</translation>
        </message>
        <message>
            <source>&amp;Import key file…</source>
            <translation>استيراد &amp;ملف مفتاح…</translation>
        </message>
        <message>
            <source>Add the keys of a .mgikey file, or of a .mgikeys list signed by someone you trust</source>
            <translation>إضافة المفاتيح الواردة في ملف .mgikey، أو في قائمة .mgikeys موقَّعة من شخص تثق به</translation>
        </message>
        <message>
            <source>&amp;Trust…</source>
            <translation>م&amp;نح الثقة…</translation>
        </message>
        <message>
            <source>Let this key &amp;answer with me</source>
            <translation>السماح لهذا المفتاح &amp;بالإجابة معي</translation>
        </message>
        <message>
            <source>A colleague's key may then change the answers of the open assessment, as yours may</source>
            <translation>يمكن عندئذٍ لمفتاح الزميل تغيير إجابات التقييم المفتوح، كما يمكن لمفتاحك</translation>
        </message>
        <message>
            <source>Export a key &amp;list…</source>
            <translation>تصدير &amp;قائمة مفاتيح…</translation>
        </message>
        <message>
            <source>Sign a .mgikeys list of the reviewer keys you trust, for the focal points to import (IOM)</source>
            <translation>توقيع قائمة .mgikeys بمفاتيح المراجعين التي تثق بها، لكي تستوردها جهات الاتصال (المنظمة الدولية للهجرة)</translation>
        </message>
        <message>
            <source>{who}, {role}</source>
            <translation>{who}، {role}</translation>
        </message>
        <message>
            <source>{trust}, replaced by a newer key</source>
            <translation>{trust}، واستُبدل بمفتاح أحدث</translation>
        </message>
        <message>
            <source>Export my key</source>
            <translation>تصدير مفتاحي</translation>
        </message>
        <message>
            <source>MGI key files (*.mgikey)</source>
            <translation>ملفات مفاتيح MGI (*.mgikey)</translation>
        </message>
        <message>
            <source>Your key was written to {file}. Send it to the other side; they will phone you to compare its fingerprint.</source>
            <translation>كُتب مفتاحك في {file}. أرسله إلى الطرف الآخر؛ وسيتصل بك هاتفيًا لمقارنة بصمته.</translation>
        </message>
        <message>
            <source>Import key file</source>
            <translation>استيراد ملف مفتاح</translation>
        </message>
        <message>
            <source>MGI key files ({patterns});;All files (*)</source>
            <translation>ملفات مفاتيح MGI ({patterns});;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>You trust the key of {who} now.</source>
            <translation>أنت تثق الآن بمفتاح {who}.</translation>
        </message>
        <message>
            <source>{who} may now answer this assessment with you; your next package tells their database so.</source>
            <translation>أصبح بإمكان {who} الآن الإجابة عن هذا التقييم معك؛ وستُبلغ حزمتك التالية قاعدة بياناته بذلك.</translation>
        </message>
        <message>
            <source>Export a key list</source>
            <translation>تصدير قائمة مفاتيح</translation>
        </message>
        <message>
            <source>MGI key lists (*.mgikeys)</source>
            <translation>قوائم مفاتيح MGI (*.mgikeys)</translation>
        </message>
        <message>
            <source>{n} reviewer keys were listed in {file}, signed with your key.</source>
            <translation>أُدرجت مفاتيح المراجعين ({n}) في {file}، موقَّعةً بمفتاحك.</translation>
        </message>
        <message>
            <source>Replace my key</source>
            <translation>استبدال مفتاحي</translation>
        </message>
        <message>
            <source>Make a new key for you?

Use this when your key may have been copied, or before handing this computer on. The old key signs an introduction of the new one, carried in your next packages, so the people you exchange with take the new key without a new phone call. The old key is kept only to open packages already encrypted to it.

If you have lost your old key, nothing can introduce the new one: send your new key file and have its fingerprint compared again.</source>
            <translation>هل تريد إنشاء مفتاح جديد لك؟

استخدم هذا الخيار إذا كان من المحتمل أن يكون مفتاحك قد نُسخ، أو قبل تسليم هذا الحاسوب إلى شخص آخر. يوقِّع المفتاح القديم تعريفًا بالمفتاح الجديد يُنقل في حزمك التالية، فيعتمد الأشخاص الذين تتبادل معهم الحزم المفتاح الجديد دون الحاجة إلى مكالمة هاتفية جديدة. ولا يُحتفَظ بالمفتاح القديم إلا لفتح الحزم المشفَّرة له من قبل.

إذا فقدت مفتاحك القديم، فلا شيء يمكنه التعريف بالمفتاح الجديد: أرسل ملف مفتاحك الجديد واطلب مقارنة بصمته من جديد.</translation>
        </message>
        <message>
            <source>Your new key is {fingerprint}. Your next packages introduce it.</source>
            <translation>مفتاحك الجديد هو {fingerprint}. ستُعرِّف به حزمك التالية.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>مُقدَّم</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>قيد المراجعة</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>مُعاد</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>مُعاد تقديمه</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>مُصادَق عليه</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>مُعتمَد</translation>
        </message>
        <message>
            <source>National</source>
            <translation>وطني</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>محلي</translation>
        </message>
        <message>
            <source>Focal point</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>المراجع</translation>
        </message>
        <message>
            <source>not verified yet</source>
            <translation>لم يُتحقَّق منه بعد</translation>
        </message>
        <message>
            <source>fingerprint compared</source>
            <translation>تمت مقارنة البصمة</translation>
        </message>
        <message>
            <source>on IOM's list of trusted keys</source>
            <translation>مُدرَج في قائمة المفاتيح الموثوقة لدى المنظمة الدولية للهجرة</translation>
        </message>
        <message>
            <source>your own key</source>
            <translation>مفتاحك الخاص</translation>
        </message>
        <message>
            <source>Well-developed areas</source>
            <translation>المجالات المتطورة بشكل جيد</translation>
        </message>
        <message>
            <source>Areas with potential for further development</source>
            <translation>المجالات التي يمكن مواصلة تطويرها</translation>
        </message>
        <message>
            <source>the question was reworded</source>
            <extracomment>the label of any enumeration value the core may put in a message</extracomment>
            <translation>أُعيدت صياغة السؤال</translation>
        </message>
        <message>
            <source>its answers changed</source>
            <translation>تغيّرت إجاباته الممكنة</translation>
        </message>
        <message>
            <source>carried to a question with another code</source>
            <translation>نُقلت إلى سؤال برمز آخر</translation>
        </message>
        <message>
            <source>the question was split in several</source>
            <translation>قُسِّم السؤال إلى عدة أسئلة</translation>
        </message>
        <message>
            <source>the answer was recoded</source>
            <translation>أُعيد ترميز الإجابة</translation>
        </message>
        <message>
            <source>the crosswalk asks for a confirmation</source>
            <translation>يطلب جدول المطابقة تأكيدًا</translation>
        </message>
        <message>
            <source>the question was removed</source>
            <translation>حُذف السؤال</translation>
        </message>
        <message>
            <source>the crosswalk does not say where it goes</source>
            <translation>لا يحدد جدول المطابقة إلى أين تُنقل</translation>
        </message>
        <message>
            <source>the new question cannot hold the answer</source>
            <translation>لا يمكن للسؤال الجديد استيعاب هذه الإجابة</translation>
        </message>
        <message>
            <source>a choice has no counterpart in the new version</source>
            <translation>أحد الخيارات ليس له مقابل في النسخة الجديدة</translation>
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
            <translation>لغة العمل</translation>
        </message>
        <message>
            <source>{language} — the questionnaire's own language</source>
            <translation>{language} — اللغة الأصلية للاستبيان</translation>
        </message>
        <message>
            <source>{language} — {percent}% translated</source>
            <translation>{language} — مترجم بنسبة {percent}٪</translation>
        </message>
        <message>
            <source> (draft, not yet reviewed)</source>
            <translation> (مسودة، لم تُراجع بعد)</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>Working language</source>
            <translation>لغة العمل</translation>
        </message>
        <message>
            <source>The questions, answer options and guidance are shown in this language, and the profile and workbooks are written in it. Answers, justifications and findings are kept as they were typed.</source>
            <translation>تُعرض الأسئلة وخيارات الإجابة والإرشادات بهذه اللغة، ويُكتب بها الملف التعريفي والمصنفات. وتبقى الإجابات والمبررات والاستنتاجات كما كُتبت.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;اللغة:</translation>
        </message>
    </context>
    <context>
        <name>LevelPage</name>
        <message>
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <source>Is this assessment about a whole country or about a city or province?</source>
            <translation>هل يتناول هذا التقييم بلدًا بأكمله أم مدينة أو مقاطعة؟</translation>
        </message>
        <message>
            <source>N&amp;ational — the country's migration governance</source>
            <translation>&amp;وطني — حوكمة الهجرة في البلد</translation>
        </message>
        <message>
            <source>&amp;Local — a city, municipality or province</source>
            <translation>&amp;محلي — مدينة أو بلدية أو مقاطعة</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>Answer</source>
            <extracomment>Keys that pick the built-in answers wherever they are offered (also Alt+key mnemonics). the plain keys (no modifier) that pick an answer; the page answers them wherever focus is but a text field</extracomment>
            <translation>الإجابة</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Year, e.g. 2019</source>
            <translation>السنة، مثال: 2019</translation>
        </message>
        <message>
            <source>Whole number</source>
            <translation>عدد صحيح</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>عدد</translation>
        </message>
        <message>
            <source>Calendar…</source>
            <translation>التقويم…</translation>
        </message>
        <message>
            <source>Pick a date from a calendar</source>
            <translation>اختيار تاريخ من التقويم</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Opening…</source>
            <extracomment>the AssessmentView's actions, in the order the Edit and View menus show them (None: a separator)</extracomment>
            <translation>جارٍ الفتح…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>ت&amp;حرير</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>MGI Desktop</source>
            <translation>MGI Desktop</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;تقييم جديد…</translation>
        </message>
        <message>
            <source>&amp;Open assessment…</source>
            <translation>&amp;فتح تقييم…</translation>
        </message>
        <message>
            <source>Open q&amp;uestionnaire…</source>
            <translation>فتح &amp;استبيان…</translation>
        </message>
        <message>
            <source>Open &amp;database…</source>
            <translation>فتح &amp;قاعدة بيانات…</translation>
        </message>
        <message>
            <source>New data&amp;base…</source>
            <translation>قاعدة بيانات &amp;جديدة…</translation>
        </message>
        <message>
            <source>&amp;Close assessment</source>
            <translation>إ&amp;غلاق التقييم</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;الإعدادات…</translation>
        </message>
        <message>
            <source>&amp;About MGI Desktop</source>
            <translation>&amp;حول MGI Desktop</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>فتح مجلد &amp;السجل</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;دليل المستخدم</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>اختصارات &amp;لوحة المفاتيح</translation>
        </message>
        <message>
            <source>&amp;Keys…</source>
            <translation>ال&amp;مفاتيح…</translation>
        </message>
        <message>
            <source>Your key, and the keys of the people you exchange packages with</source>
            <translation>مفتاحك، ومفاتيح الأشخاص الذين تتبادل معهم الحزم</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;إعادة</translation>
        </message>
        <message>
            <source>&amp;Find question…</source>
            <translation>&amp;بحث عن سؤال…</translation>
        </message>
        <message>
            <source>&amp;Previous question</source>
            <translation>السؤال السا&amp;بق</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>السؤال التال&amp;ي</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;نظرة عامة</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>&amp;الاستنتاجات</translation>
        </message>
        <message>
            <source>&amp;Submit for review…</source>
            <translation>&amp;تقديم للمراجعة…</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;سجل التدقيق…</translation>
        </message>
        <message>
            <source>&amp;History of this question…</source>
            <translation>سجل ت&amp;غييرات هذا السؤال…</translation>
        </message>
        <message>
            <source>&amp;Compare with the previous round…</source>
            <translation>&amp;مقارنة بالجولة السابقة…</translation>
        </message>
        <message>
            <source>&amp;Working language…</source>
            <translation>&amp;لغة العمل…</translation>
        </message>
        <message>
            <source>&amp;Recent databases</source>
            <translation>قواعد البيانات الأخ&amp;يرة</translation>
        </message>
        <message>
            <source>Wait for the work in progress to finish, or cancel it.</source>
            <translation>انتظر حتى ينتهي العمل الجاري، أو ألغِه.</translation>
        </message>
    </context>
    <context>
        <name>NavigatorModel</name>
        <message>
            <source>Questions</source>
            <extracomment>Semantic colours of medium lightness: readable on light and dark backgrounds alike. The roles the model answers (any other is None) "attention" is the review panel's filter: returned answers and unresolved comments (as review.attention)</extracomment>
            <translation>الأسئلة</translation>
        </message>
        <message>
            <source>Domain {n}: {title}, {answered} of {relevant} applicable answered, {missing} required missing</source>
            <translation>المجال {n}: {title}، أُجيب عن {answered} من {relevant} من الأسئلة المنطبقة، والإلزامية الناقصة: {missing}</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>لا ينطبق</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>غير صالحة</translation>
        </message>
        <message>
            <source>returned by the reviewer</source>
            <translation>أعادها المراجع</translation>
        </message>
        <message>
            <source>required, not answered</source>
            <translation>إلزامي، بلا إجابة</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>بلا إجابة</translation>
        </message>
        <message>
            <source>answered, evidence required</source>
            <translation>مُجاب عنه، والأدلة مطلوبة</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>مُجاب عنه</translation>
        </message>
        <message>
            <source>flagged for follow-up</source>
            <translation>مُعلَّم للمتابعة</translation>
        </message>
    </context>
    <context>
        <name>NewAssessmentWizard</name>
        <message>
            <source>New assessment</source>
            <extracomment>the questionnaire to select when the list is shown (`prefer`)</extracomment>
            <translation>تقييم جديد</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; ال&amp;سابق</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>ال&amp;تالي &gt;</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;إنشاء</translation>
        </message>
        <message>
            <source>Reading the questionnaire files…</source>
            <translation>جارٍ قراءة ملفات الاستبيان…</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Go to the first open question of this domain</source>
            <translation>الانتقال إلى أول سؤال مفتوح في هذا المجال</translation>
        </message>
        <message>
            <source>Domain {n} completion</source>
            <translation>نسبة إنجاز المجال {n}</translation>
        </message>
        <message>
            <source>Percentages are an indicative completion measure, not an official MGI score.</source>
            <translation>النسب المئوية مقياس استرشادي لمدى الإنجاز، وليست درجة رسمية في مؤشرات حوكمة الهجرة.</translation>
        </message>
        <message>
            <source>SDG 10.7.2: the completeness-aware value is MGI Desktop's: a domain has one once its five sub-categories are answered. The official-method value is the UN's: a missing sub-category counts as 0.</source>
            <translation>المؤشر 10.7.2: القيمة بحسب الإجابات المكتملة هي قيمة MGI Desktop: تكون للمجال قيمة متى أُجيب عن فئاته الفرعية الخمس. أما القيمة بحسب الطريقة الرسمية فهي قيمة الأمم المتحدة: تُحتسب الفئة الفرعية المفقودة 0.</translation>
        </message>
        <message>
            <source>{answered} of {relevant} applicable questions answered ({pct:.0f}%); {missing} required still missing.</source>
            <translation>الأسئلة المنطبقة المُجاب عنها: {answered} من {relevant} ({pct:.0f}%)؛ والأسئلة الإلزامية التي لا تزال ناقصة: {missing}.</translation>
        </message>
        <message>
            <source>{n} answers still need the evidence their question requires.</source>
            <translation>لا تزال {n} من الإجابات تحتاج إلى الأدلة التي يتطلبها سؤالها.</translation>
        </message>
        <message>
            <source>The questionnaire has {total} questions; {skipped} do not apply with the answers so far.</source>
            <translation>يضم الاستبيان {total} سؤالًا؛ ولا ينطبق منها {skipped} مع الإجابات الحالية.</translation>
        </message>
        <message>
            <source>SDG 10.7.2 overall: {aware} (completeness-aware), {official} (official method).</source>
            <translation>المؤشر 10.7.2 إجمالًا: {aware} (الإجابات المكتملة)، {official} (الطريقة الرسمية).</translation>
        </message>
        <message>
            <source>, {n} need evidence</source>
            <translation>، {n} تحتاج إلى أدلة</translation>
        </message>
        <message>
            <source>SDG 10.7.2: {aware} (completeness-aware), {official} (official method)</source>
            <translation>المؤشر 10.7.2: {aware} (الإجابات المكتملة)، {official} (الطريقة الرسمية)</translation>
        </message>
        <message>
            <source>no value yet</source>
            <translation>لا قيمة بعد</translation>
        </message>
        <message>
            <source>{value} ({category})</source>
            <translation>{value} ({category})</translation>
        </message>
        <message>
            <source>{answered} of {relevant} answered</source>
            <translation>أُجيب عن {answered} من {relevant}</translation>
        </message>
        <message>
            <source>, {n} required missing</source>
            <translation>، الإلزامية الناقصة: {n}</translation>
        </message>
    </context>
    <context>
        <name>PlacePage</name>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Type to search, e.g. Kyrgyzstan</source>
            <translation>اكتب للبحث، مثال: قيرغيزستان</translation>
        </message>
        <message>
            <source>City or province</source>
            <translation>المدينة أو المقاطعة</translation>
        </message>
        <message>
            <source>e.g. Bishkek</source>
            <translation>مثال: بيشكك</translation>
        </message>
        <message>
            <source>&amp;City or province:</source>
            <translation>&amp;مدينة أو مقاطعة:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;البلد:</translation>
        </message>
        <message>
            <source>Which city or province, in which country?</source>
            <translation>أي مدينة أو مقاطعة، وفي أي بلد؟</translation>
        </message>
        <message>
            <source>Which country is assessed?</source>
            <translation>ما البلد الذي يجري تقييمه؟</translation>
        </message>
    </context>
    <context>
        <name>ProfileDetails</name>
        <message>
            <source>Profile details</source>
            <extracomment>saves some settings; whether they were saved (a refusal was explained to the user) the setting -&gt; the assessment's column</extracomment>
            <translation>تفاصيل الملف التعريفي</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>العنوان:</translation>
        </message>
        <message>
            <source>Country name:</source>
            <translation>اسم البلد:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>التاريخ:</translation>
        </message>
        <message>
            <source>Round label:</source>
            <translation>تسمية الجولة:</translation>
        </message>
        <message>
            <source>YYYY-MM or YYYY-MM-DD, e.g. 2023-12; empty: the month of the last change</source>
            <translation>YYYY-MM أو YYYY-MM-DD، مثل 2023-12؛ إذا تُرك فارغًا: شهر آخر تعديل</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>شكر وتقدير</translation>
        </message>
        <message>
            <source>Credits:</source>
            <translation>شكر وتقدير:</translation>
        </message>
        <message>
            <source>The partners to credit (e.g. who funded the assessment and who contributed)</source>
            <translation>الشركاء الذين يُنسب إليهم الفضل (مثل الجهة التي موّلت التقييم والجهات التي أسهمت فيه)</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Welcome to MGI Desktop</source>
            <translation>مرحبًا بك في MGI Desktop</translation>
        </message>
        <message>
            <source>Before you start, tell us who you are. Your name and institution are recorded with every answer you give and every comment you write. You can change them later in Settings.</source>
            <translation>قبل أن تبدأ، عرِّفنا بنفسك. يُسجَّل اسمك ومؤسستك مع كل إجابة تقدمها وكل تعليق تكتبه. يمكنك تغييرهما لاحقًا في الإعدادات.</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <source>e.g. Amina Diallo</source>
            <translation>مثال: أمينة ديالو</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <source>e.g. Ministry of Labour</source>
            <translation>مثال: وزارة العمل</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>المؤسسة</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>الا&amp;سم:</translation>
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation>ال&amp;مؤسسة:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>ال&amp;دور:</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>&amp;Confirm this answer</source>
            <extracomment>a short note for the status bar (an answer key pressed where no answer can be picked)</extracomment>
            <translation>&amp;تأكيد هذه الإجابة</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>الإجابة</translation>
        </message>
        <message>
            <source>C&amp;lear answer</source>
            <translation>مسح الإ&amp;جابة</translation>
        </message>
        <message>
            <source>&amp;Justification (sources, explanation):</source>
            <translation>&amp;المبرر (المصادر، الشرح):</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>المبرر</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>التعليقات</translation>
        </message>
        <message>
            <source>Fla&amp;g for follow-up</source>
            <translation>&amp;وضع علامة للمتابعة</translation>
        </message>
        <message>
            <source>← Previous</source>
            <translation>→ السابق</translation>
        </message>
        <message>
            <source>Previous question (Alt+Left)</source>
            <translation>السؤال السابق (Alt+السهم الأيسر)</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>التالي ←</translation>
        </message>
        <message>
            <source>Next question (Alt+Right)</source>
            <translation>السؤال التالي (Alt+السهم الأيمن)</translation>
        </message>
        <message>
            <source>Domain {n}: {domain} › {sub_area} › {indicator}</source>
            <translation>المجال {n}: {domain} › {sub_area} › {indicator}</translation>
        </message>
        <message>
            <source>Not applicable: {reason}</source>
            <translation>لا ينطبق: {reason}</translation>
        </message>
        <message>
            <source>Add the evidence this answer needs: this question requires at least one source (Evidence, below).</source>
            <translation>أضف الأدلة التي تحتاجها هذه الإجابة: يتطلب هذا السؤال مصدرًا واحدًا على الأقل (الأدلة، أدناه).</translation>
        </message>
        <message>
            <source>(required)</source>
            <translation>(إلزامي)</translation>
        </message>
        <message>
            <source>(optional)</source>
            <translation>(اختياري)</translation>
        </message>
        <message>
            <source>Guidance: </source>
            <translation>إرشادات: </translation>
        </message>
        <message>
            <source>Answer to {code}</source>
            <translation>الإجابة عن {code}</translation>
        </message>
        <message>
            <source>Carried over from the previous round: confirm it, or change it.</source>
            <translation>منقولة من الجولة السابقة: أكِّدها أو غيِّرها.</translation>
        </message>
        <message>
            <source>Evidence (required)</source>
            <translation>الأدلة (إلزامية)</translation>
        </message>
        <message>
            <source>Question {i} of {n} · {relevant} apply</source>
            <translation>السؤال {i} من {n} · المنطبقة: {relevant}</translation>
        </message>
        <message>
            <source>This answer was returned to the focal point; it waits for their revision.</source>
            <translation>أُعيدت هذه الإجابة إلى جهة الاتصال؛ وهي بانتظار تنقيحها.</translation>
        </message>
        <message>
            <source>The reviewer returned this answer: read the comments below, then revise it.</source>
            <translation>أعاد المراجع هذه الإجابة: اقرأ التعليقات أدناه، ثم نقِّحها.</translation>
        </message>
        <message>
            <source>This question does not apply: there is nothing to answer.</source>
            <translation>لا ينطبق هذا السؤال: لا شيء للإجابة عنه.</translation>
        </message>
        <message>
            <source>The answers are read-only here.</source>
            <translation>الإجابات هنا للقراءة فقط.</translation>
        </message>
        <message>
            <source>No answer of this question has that key.</source>
            <translation>لا توجد إجابة لهذا السؤال مرتبطة بهذا المفتاح.</translation>
        </message>
        <message>
            <source>This question is required: choose or enter an answer.</source>
            <translation>هذا السؤال إلزامي: اختر إجابة أو أدخلها.</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireFiles</name>
        <message>
            <source>line {line}</source>
            <translation>السطر {line}</translation>
        </message>
        <message>
            <source>Open questionnaire</source>
            <translation>فتح استبيان</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>جارٍ التحقق من {file}…</translation>
        </message>
        <message>
            <source>Reading the questionnaire files…</source>
            <translation>جارٍ قراءة ملفات الاستبيان…</translation>
        </message>
        <message>
            <source>Export questionnaire as XLSForm</source>
            <translation>تصدير الاستبيان بصيغة XLSForm</translation>
        </message>
        <message>
            <source>Questionnaire:</source>
            <translation>الاستبيان:</translation>
        </message>
        <message>
            <source>XLSForm workbooks (*.xlsx)</source>
            <translation>مصنفات XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the XLSForm…</source>
            <translation>جارٍ كتابة ملف XLSForm…</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireReport</name>
        <message>
            <source>Questionnaire {file}</source>
            <translation>الاستبيان {file}</translation>
        </message>
        <message>
            <source>Problems and notes</source>
            <translation>المشكلات والملاحظات</translation>
        </message>
        <message>
            <source>{title}, version {version}</source>
            <translation>{title}، الإصدار {version}</translation>
        </message>
        <message>
            <source>{n} questions in {d} domains.</source>
            <translation>الأسئلة: {n}، المجالات: {d}.</translation>
        </message>
        <message>
            <source>Level: {level}. Languages: {languages}.</source>
            <translation>المستوى: {level}. اللغات: {languages}.</translation>
        </message>
        <message>
            <source>It is offered when you start a new assessment.</source>
            <translation>سيُتاح للاختيار عند بدء تقييم جديد.</translation>
        </message>
        <message>
            <source>&amp;Start an assessment with it…</source>
            <translation>&amp;بدء تقييم باستخدامه…</translation>
        </message>
        <message>
            <source>{file} cannot be used: nothing was added.</source>
            <translation>لا يمكن استخدام {file}: لم يُضَف أي شيء.</translation>
        </message>
        <message>
            <source>Problems to correct in the file ({n}), each with its place:</source>
            <translation>المشكلات الواجب تصحيحها في الملف ({n})، مع موضع كل منها:</translation>
        </message>
        <message>
            <source>Read past, for your information:</source>
            <translation>عناصر تم تجاوزها أثناء القراءة، للعلم:</translation>
        </message>
    </context>
    <context>
        <name>Questionnaires</name>
        <message>
            <source>Questionnaires (*.xlsx *.yaml *.yml *.json);;XLSForm workbooks (*.xlsx);;Questionnaire files (*.yaml *.yml *.json);;All files (*)</source>
            <translation>الاستبيانات (*.xlsx *.yaml *.yml *.json);;مصنفات XLSForm (*.xlsx);;ملفات الاستبيانات (*.yaml *.yml *.json);;جميع الملفات (*)</translation>
        </message>
    </context>
    <context>
        <name>QuestionsDialog</name>
        <message>
            <source>Questions behind the finding</source>
            <translation>الأسئلة التي يستند إليها الاستنتاج</translation>
        </message>
        <message>
            <source>Tick the questions this finding rests on:</source>
            <translation>حدِّد الأسئلة التي يستند إليها هذا الاستنتاج:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Not reviewed</source>
            <translation>لم تُراجَع</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>مقبولة</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>مُعاد</translation>
        </message>
        <message>
            <source>Revised since returned</source>
            <translation>نُقِّحت منذ إعادتها</translation>
        </message>
        <message>
            <source>This question</source>
            <extracomment>the "returned and unresolved" filter was switched on or off (`attention_codes()` lists them) the focal point resubmits through the submit check (it lists returned answers not revised)</extracomment>
            <translation>هذا السؤال</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>قبول</translation>
        </message>
        <message>
            <source>Accept this answer (Ctrl+Shift+A)</source>
            <translation>قبول هذه الإجابة (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>إعادة…</translation>
        </message>
        <message>
            <source>Return this answer to the focal point with a reason (Ctrl+Shift+R)</source>
            <translation>إعادة هذه الإجابة إلى جهة الاتصال مع ذكر السبب (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Next to review</source>
            <translation>التالي للمراجعة</translation>
        </message>
        <message>
            <source>The next answered question without a decision (Ctrl+Shift+N)</source>
            <translation>السؤال المُجاب عنه التالي الذي لم يُتخذ بشأنه قرار (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Go to the next after a decision</source>
            <translation>الانتقال إلى التالي بعد اتخاذ قرار</translation>
        </message>
        <message>
            <source>Decisions per domain</source>
            <translation>القرارات حسب المجال</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>للمراجعة</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>التعليقات</translation>
        </message>
        <message>
            <source>Answered questions that apply, by their latest decision; “to review” includes answers revised after a return; comments: unresolved threads</source>
            <translation>الأسئلة المنطبقة المُجاب عنها، حسب آخر قرار بشأنها؛ وتشمل «للمراجعة» الإجابات المُنقَّحة بعد إعادتها؛ التعليقات: السلاسل التي لم تُعالَج</translation>
        </message>
        <message>
            <source>Show only returned answers and unresolved comments</source>
            <translation>عرض الإجابات المُعادة والتعليقات غير المُعالَجة فقط</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>الحالة: {status}</translation>
        </message>
        <message>
            <source>Start the review</source>
            <translation>بدء المراجعة</translation>
        </message>
        <message>
            <source>Return the assessment to the focal point…</source>
            <translation>إعادة التقييم إلى جهة الاتصال…</translation>
        </message>
        <message>
            <source>Validate the assessment…</source>
            <translation>المصادقة على التقييم…</translation>
        </message>
        <message>
            <source>Resubmit for review…</source>
            <translation>إعادة التقديم للمراجعة…</translation>
        </message>
        <message>
            <source>Approve the validated assessment…</source>
            <translation>اعتماد التقييم المُصادَق عليه…</translation>
        </message>
        <message>
            <source>Submit for review…</source>
            <translation>تقديم للمراجعة…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>All domains</source>
            <translation>جميع المجالات</translation>
        </message>
        <message>
            <source>IOM validated the assessment: approve it to close the round.</source>
            <translation>صادقت المنظمة الدولية للهجرة على التقييم: اعتمده لإغلاق الجولة.</translation>
        </message>
        <message>
            <source>To do: change the answer as the reviewer asks, or say in the comments why it stands; then resubmit.</source>
            <translation>المطلوب: غيّر الإجابة كما يطلب المراجع، أو اشرح في التعليقات سبب الإبقاء عليها؛ ثم أعد التقديم.</translation>
        </message>
        <message>
            <source>Revised: the reviewer looks at it again once you resubmit.</source>
            <translation>منقّحة: سيراجعها المراجع مجددًا بعد إعادة التقديم.</translation>
        </message>
        <message>
            <source>Accepted by the reviewer: nothing to do here.</source>
            <translation>قبلها المراجع: لا شيء مطلوب هنا.</translation>
        </message>
        <message>
            <source>No question is shown.</source>
            <translation>لا يوجد سؤال معروض.</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>بلا إجابة</translation>
        </message>
        <message>
            <source>Answer: {answer}</source>
            <translation>الإجابة: {answer}</translation>
        </message>
        <message>
            <source>Review: {state}</source>
            <translation>المراجعة: {state}</translation>
        </message>
        <message>
            <source>Last decision: {decision} by {who}, {when}</source>
            <translation>آخر قرار: {decision} من {who}، {when}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>السبب: {reason}</translation>
        </message>
        <message>
            <source>Unanswered: it can be returned (“please answer”), not accepted.</source>
            <translation>بلا إجابة: يمكن إعادة السؤال («يُرجى الإجابة»)، ولا يمكن قبوله.</translation>
        </message>
        <message>
            <source>a required answer is missing</source>
            <translation>تنقص إجابة إلزامية</translation>
        </message>
        <message>
            <source>the answer is not valid</source>
            <translation>الإجابة غير صالحة</translation>
        </message>
        <message>
            <source>the evidence this question requires is missing</source>
            <translation>تنقص الأدلة التي يتطلبها هذا السؤال</translation>
        </message>
        <message>
            <source>Accept {code}?</source>
            <translation>قبول {code}؟</translation>
        </message>
        <message>
            <source>Accept {code} although:</source>
            <translation>قبول {code} رغم أن:</translation>
        </message>
        <message>
            <source>You can return it instead, asking for what is missing.</source>
            <translation>يمكنك بدلًا من ذلك إعادتها وطلب ما ينقص.</translation>
        </message>
        <message>
            <source>{code} accepted</source>
            <translation>تم قبول {code}</translation>
        </message>
        <message>
            <source>Return {code}</source>
            <translation>إعادة {code}</translation>
        </message>
        <message>
            <source>Why is this answer returned? The focal point reads this in the question's comments.</source>
            <translation>لماذا تُعاد هذه الإجابة؟ ستقرأ جهة الاتصال هذا في تعليقات السؤال.</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <source>{code} returned</source>
            <translation>تمت إعادة {code}</translation>
        </message>
        <message>
            <source>Nothing left to review: every answered question has a decision.</source>
            <translation>لم يتبقَّ شيء للمراجعة: لكل سؤال مُجاب عنه قرار.</translation>
        </message>
        <message>
            <source>Change the status to “{status}”</source>
            <translation>تغيير الحالة إلى «{status}»</translation>
        </message>
        <message>
            <source>A note for the audit trail and the other side (what was done, what is expected next):</source>
            <translation>ملاحظة لسجل التدقيق وللطرف الآخر (ما الذي أُنجز، وما المتوقع بعد ذلك):</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>الحالة: {old} ← {new}</translation>
        </message>
    </context>
    <context>
        <name>RoundCompareDialog</name>
        <message>
            <source>Compare rounds — {title}</source>
            <translation>مقارنة الجولات — {title}</translation>
        </message>
        <message>
            <source>This assessment does not follow an earlier round: there is nothing to compare it with.</source>
            <translation>هذا التقييم ليس متابعةً لجولة سابقة: لا يوجد ما يُقارَن به.</translation>
        </message>
        <message>
            <source>Round {a} ({status_a}) and round {b} ({status_b}): {n} of {total} questions changed.</source>
            <translation>الجولة {a} ({status_a}) والجولة {b} ({status_b}): عدد الأسئلة التي تغيّرت {n} من أصل {total}.</translation>
        </message>
        <message>
            <source>&amp;Only questions that changed</source>
            <translation>الأسئلة التي تغيّرت &amp;فقط</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>المجال</translation>
        </message>
        <message>
            <source>All domains</source>
            <translation>جميع المجالات</translation>
        </message>
        <message>
            <source>Filter by code or text…</source>
            <translation>التصفية حسب الرمز أو النص…</translation>
        </message>
        <message>
            <source>Filter text</source>
            <translation>نص التصفية</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;تصدير…</translation>
        </message>
        <message>
            <source>Save the rows shown as an Excel workbook or a web page</source>
            <translation>حفظ الصفوف المعروضة في مصنف Excel أو صفحة ويب</translation>
        </message>
        <message>
            <source>Round {n}: {validation}</source>
            <translation>الجولة {n}: {validation}</translation>
        </message>
        <message>
            <source>No question matches the filters.</source>
            <translation>لا يوجد سؤال يطابق عوامل التصفية.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>صفحة ويب (*.html)</translation>
        </message>
        <message>
            <source>Export the comparison</source>
            <translation>تصدير المقارنة</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>تم حفظ {file}</translation>
        </message>
    </context>
    <context>
        <name>RoundPage</name>
        <message>
            <source>Round and focal point</source>
            <translation>الجولة وجهة الاتصال</translation>
        </message>
        <message>
            <source>Link a new round to the previous one of the same place to compare them.</source>
            <translation>اربط الجولة الجديدة بالجولة السابقة للمكان نفسه لمقارنتهما.</translation>
        </message>
        <message>
            <source>Previous round</source>
            <translation>الجولة السابقة</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>Focal point</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>المؤسسة</translation>
        </message>
        <message>
            <source>&amp;Previous round:</source>
            <translation>الجولة السا&amp;بقة:</translation>
        </message>
        <message>
            <source>&amp;Round:</source>
            <translation>الجو&amp;لة:</translation>
        </message>
        <message>
            <source>&amp;Focal point:</source>
            <translation>&amp;جهة الاتصال:</translation>
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation>ال&amp;مؤسسة:</translation>
        </message>
        <message>
            <source>None — this is the first round</source>
            <translation>لا شيء — هذه هي الجولة الأولى</translation>
        </message>
        <message>
            <source>Round {round} — {framework} {version} ({status})</source>
            <translation>الجولة {round} — {framework} {version} ({status})</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <source>Send — {title}</source>
            <translation>إرسال — {title}</translation>
        </message>
        <message>
            <source>The package holds this assessment with its evidence files, comments, decisions and history. Send it by e-mail or on a USB stick; the other side receives it with File ▸ Import or receive.</source>
            <translation>تتضمن الحزمة هذا التقييم مع ملفات أدلته وتعليقاته وقراراته وسجله. أرسلها بالبريد الإلكتروني أو على ذاكرة USB؛ ويستلمها الطرف الآخر عبر ملف ◂ استيراد أو استلام.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;استعراض…</translation>
        </message>
        <message>
            <source>Encrypt to the recipients' &amp;keys (recommended)</source>
            <translation>التشفير &amp;بمفاتيح المستلمين (موصى به)</translation>
        </message>
        <message>
            <source>Protect with a pass&amp;word (first contact, before keys are swapped)</source>
            <translation>الحماية بكلمة &amp;مرور (أول اتصال، قبل تبادل المفاتيح)</translation>
        </message>
        <message>
            <source>&amp;Not protected</source>
            <translation>&amp;غير محمية</translation>
        </message>
        <message>
            <source>Recipients' keys</source>
            <translation>مفاتيح المستلمين</translation>
        </message>
        <message>
            <source>{who}, {role} — key {fingerprint}</source>
            <translation>{who}، {role} — المفتاح {fingerprint}</translation>
        </message>
        <message>
            <source>of this assessment</source>
            <translation>في هذا التقييم</translation>
        </message>
        <message>
            <source>Only the keys ticked (and yours) can open the package: no password travels.</source>
            <translation>لا يمكن فتح الحزمة إلا بالمفاتيح المحددة (وبمفتاحك): لا تنتقل أي كلمة مرور.</translation>
        </message>
        <message>
            <source>No key of the other side is known yet. Import their key file (Edit ▸ Keys), or protect this first package with a password.</source>
            <translation>لا يُعرف أي مفتاح للطرف الآخر بعد. استورد ملف مفتاحه (تحرير ◂ المفاتيح)، أو احمِ هذه الحزمة الأولى بكلمة مرور.</translation>
        </message>
        <message>
            <source>At least {n} characters</source>
            <translation>ما لا يقل عن {n} من الأحرف</translation>
        </message>
        <message>
            <source>Tell the password to the recipient another way (by phone), never in the same e-mail as the file.</source>
            <translation>أبلغ المستلم بكلمة المرور بطريقة أخرى (عبر الهاتف)، ولا ترسلها أبدًا في رسالة البريد الإلكتروني نفسها التي تتضمن الملف.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>المل&amp;ف:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;كلمة المرور:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;أعد إدخالها:</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;إرسال</translation>
        </message>
        <message>
            <source>Send assessment</source>
            <translation>إرسال التقييم</translation>
        </message>
        <message>
            <source>MGI packages (*.mgi)</source>
            <translation>حزم MGI (*.mgi)</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>اختر الملف المراد كتابته.</translation>
        </message>
        <message>
            <source>Tick at least one recipient's key.</source>
            <translation>حدِّد مفتاح مستلم واحد على الأقل.</translation>
        </message>
        <message>
            <source>The password is too short: use at least {n} characters.</source>
            <translation>كلمة المرور قصيرة جدًا: استخدم ما لا يقل عن {n} من الأحرف.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>كلمتا المرور مختلفتان.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Your profile</source>
            <translation>ملفك الشخصي</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>&amp;Window language:</source>
            <translation>&amp;لغة النافذة:</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Search the keys and commands</source>
            <translation>البحث في المفاتيح والأوامر</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;بحث:</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>الأمر</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>أين</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>الاختصار</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;نسخ</translation>
        </message>
        <message>
            <source>Copy the table, to paste or print it</source>
            <translation>نسخ الجدول للصقه أو طباعته</translation>
        </message>
        <message>
            <source>Open the {menu} menu</source>
            <translation>فتح قائمة {menu}</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>شريط القوائم</translation>
        </message>
        <message>
            <source>Question page, but in a text field</source>
            <translation>صفحة السؤال، خارج حقل نصي</translation>
        </message>
        <message>
            <source>Notes and comments</source>
            <translation>الملاحظات والتعليقات</translation>
        </message>
        <message>
            <source>Answer “{answer}”</source>
            <translation>الإجابة «{answer}»</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>من {first} إلى {last}</translation>
        </message>
        <message>
            <source>Pick the answer with that number</source>
            <translation>اختيار الإجابة بهذا الرقم</translation>
        </message>
        <message>
            <source>Clear the answer (on the answer)</source>
            <translation>مسح الإجابة (على الإجابة)</translation>
        </message>
        <message>
            <source>Next or previous field</source>
            <translation>الحقل التالي أو السابق</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>في كل مكان</translation>
        </message>
        <message>
            <source>Send the note or comment being typed</source>
            <translation>إرسال الملاحظة أو التعليق قيد الكتابة</translation>
        </message>
        <message>
            <source>Leave the search</source>
            <translation>الخروج من البحث</translation>
        </message>
        <message>
            <source>Question search</source>
            <translation>البحث عن الأسئلة</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Assessments</source>
            <translation>التقييمات</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;تقييم جديد…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;فتح</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;استيراد…</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;أرشفة</translation>
        </message>
        <message>
            <source>Show a&amp;rchived</source>
            <translation>عرض المؤ&amp;رشفة</translation>
        </message>
        <message>
            <source>Filter by country or city</source>
            <translation>التصفية حسب البلد أو المدينة</translation>
        </message>
        <message>
            <source>Filter assessments</source>
            <translation>تصفية التقييمات</translation>
        </message>
        <message>
            <source>Assessments in this database</source>
            <translation>التقييمات في قاعدة البيانات هذه</translation>
        </message>
        <message>
            <source>There is no assessment in this database yet. Click “New assessment…” to start one, or “Import…” to receive one from a colleague.</source>
            <translation>لا يوجد أي تقييم في قاعدة البيانات هذه بعد. انقر على «تقييم جديد…» لبدء تقييم، أو على «استيراد…» لاستلام تقييم من أحد الزملاء.</translation>
        </message>
        <message>
            <source>Recent databases</source>
            <translation>قواعد البيانات الأخيرة</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>قاعدة البيانات: {path}</translation>
        </message>
        <message>
            <source>{name} (open)</source>
            <translation>{name} (مفتوحة)</translation>
        </message>
        <message>
            <source>Un&amp;archive</source>
            <translation>&amp;إلغاء الأرشفة</translation>
        </message>
    </context>
    <context>
        <name>StatusStrip</name>
        <message>
            <source>You are not one of its parties: you can read, comment and flag</source>
            <translation>لست طرفًا في هذا التقييم: يمكنك القراءة والتعليق ووضع العلامات</translation>
        </message>
        <message>
            <source>Approved: the assessment is complete</source>
            <translation>معتمد: اكتمل التقييم</translation>
        </message>
        <message>
            <source>With you: a draft</source>
            <translation>لديك: مسودة</translation>
        </message>
        <message>
            <source>Returned to you: every returned answer is revised</source>
            <translation>أُعيد إليك: نُقّحت كل الإجابات المعادة</translation>
        </message>
        <message>
            <source>Sent to IOM — waiting for the review</source>
            <translation>أُرسل إلى المنظمة الدولية للهجرة — بانتظار المراجعة</translation>
        </message>
        <message>
            <source>Submitted, not yet with IOM: send it</source>
            <translation>مقدَّم، لكنه لم يصل بعد إلى المنظمة الدولية للهجرة: أرسله</translation>
        </message>
        <message>
            <source>Validated by IOM: approve it to close the round</source>
            <translation>صادقت عليه المنظمة الدولية للهجرة: اعتمده لإغلاق الجولة</translation>
        </message>
        <message>
            <source>With IOM: the review is under way</source>
            <translation>لدى المنظمة الدولية للهجرة: المراجعة جارية</translation>
        </message>
        <message>
            <source>Sent to the focal point — waiting for them</source>
            <translation>أُرسل إلى جهة الاتصال — بانتظارها</translation>
        </message>
        <message>
            <source>Decided, not yet with the focal point: send it</source>
            <translation>اتُّخذ القرار، لكنه لم يصل بعد إلى جهة الاتصال: أرسله</translation>
        </message>
        <message>
            <source>With you: every answer has a decision</source>
            <translation>لديك: لكل إجابة قرار</translation>
        </message>
        <message>
            <source>With the focal point</source>
            <translation>لدى جهة الاتصال</translation>
        </message>
        <message>
            <source>Check and submit…</source>
            <translation>التحقق والتقديم…</translation>
        </message>
        <message>
            <source>Send to IOM…</source>
            <translation>إرسال إلى المنظمة الدولية للهجرة…</translation>
        </message>
        <message>
            <source>Send to the focal point…</source>
            <translation>إرسال إلى جهة الاتصال…</translation>
        </message>
        <message>
            <source>Check and resubmit…</source>
            <translation>التحقق وإعادة التقديم…</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>اعتماد…</translation>
        </message>
        <message>
            <source>Start the review</source>
            <translation>بدء المراجعة</translation>
        </message>
        <message>
            <source>Next to review</source>
            <translation>التالي للمراجعة</translation>
        </message>
        <message>
            <source>Validate…</source>
            <translation>مصادقة…</translation>
        </message>
        <message>
            <source>Return to the focal point…</source>
            <translation>إعادة إلى جهة الاتصال…</translation>
        </message>
        <message>
            <source>“{note}” — {who}, {when}</source>
            <translation>«{note}» — {who}، {when}</translation>
        </message>
    </context>
    <context>
        <name>SubmitCheck</name>
        <message>
            <source>Submit for review</source>
            <extracomment>the page's "Send to IOM…" (once submitted)</extracomment>
            <translation>تقديم للمراجعة</translation>
        </message>
        <message>
            <source>Problems; press Enter to go to the question</source>
            <translation>المشكلات؛ اضغط Enter للانتقال إلى السؤال</translation>
        </message>
        <message>
            <source>&amp;Check again</source>
            <translation>&amp;إعادة التحقق</translation>
        </message>
        <message>
            <source>Send to &amp;IOM…</source>
            <translation>إرسال إلى &amp;المنظمة الدولية للهجرة…</translation>
        </message>
        <message>
            <source>&amp;Note to the reviewer:</source>
            <translation>ملاح&amp;ظة إلى المراجع:</translation>
        </message>
        <message>
            <source>Note to the reviewer</source>
            <translation>ملاحظة إلى المراجع</translation>
        </message>
        <message>
            <source>Submit &amp;although problems remain (explain why in the note)</source>
            <translation>التقديم &amp;رغم بقاء مشكلات (اشرح السبب في الملاحظة)</translation>
        </message>
        <message>
            <source>&amp;Submit for review</source>
            <translation>&amp;تقديم للمراجعة</translation>
        </message>
        <message>
            <source>Submitted on {when}. Next: send it to IOM (File ▸ Send for review or back…); until then IOM does not have it.</source>
            <translation>قُدِّم في {when}. الخطوة التالية: أرسله إلى المنظمة الدولية للهجرة (ملف ◂ إرسال للمراجعة أو الإعادة…)؛ وحتى ذلك الحين لا تملكه المنظمة.</translation>
        </message>
        <message>
            <source>Submitted on {when} and sent to IOM: waiting for the review.</source>
            <translation>قُدِّم في {when} وأُرسل إلى المنظمة الدولية للهجرة: بانتظار المراجعة.</translation>
        </message>
        <message>
            <source>required, not answered</source>
            <translation>إلزامي، بلا إجابة</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>غير صالحة</translation>
        </message>
        <message>
            <source>evidence required</source>
            <translation>الأدلة مطلوبة</translation>
        </message>
        <message>
            <source>returned by the reviewer, not changed since</source>
            <translation>أعادها المراجع ولم تتغير منذ ذلك الحين</translation>
        </message>
        <message>
            <source>Go to {code}</source>
            <translation>الانتقال إلى {code}</translation>
        </message>
        <message>
            <source>No problems found: every required question is answered, valid and documented.</source>
            <translation>لم يُعثر على مشكلات: كل سؤال إلزامي مُجاب عنه إجابةً صالحة وموثَّقة.</translation>
        </message>
        <message>
            <source>The assessment is {status}; you cannot submit it now.</source>
            <translation>حالة التقييم «{status}»؛ لا يمكنك تقديمه الآن.</translation>
        </message>
    </context>
    <context>
        <name>SubmittedBox</name>
        <message>
            <source>Submitted</source>
            <translation>مُقدَّم</translation>
        </message>
        <message>
            <source>The assessment is submitted, but IOM does not have it yet.</source>
            <translation>قُدِّم التقييم، لكن المنظمة الدولية للهجرة لم تتسلمه بعد.</translation>
        </message>
        <message>
            <source>Send it to IOM as a package (File ▸ Send for review or back…): save the file and give it to the reviewer, by e-mail or on a memory stick. Until then nobody can review it.</source>
            <translation>أرسله إلى المنظمة الدولية للهجرة في حزمة (ملف ◂ إرسال للمراجعة أو الإعادة…): احفظ الملف وسلّمه إلى المراجع بالبريد الإلكتروني أو على ذاكرة USB. وحتى ذلك الحين لا يمكن لأحد مراجعته.</translation>
        </message>
        <message>
            <source>&amp;Send it to IOM now…</source>
            <translation>&amp;أرسله إلى المنظمة الدولية للهجرة الآن…</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;لاحقًا</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <extracomment>the last task finished, still referenced from here: see `Task._release`</extracomment>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>جارٍ الإيقاف…</translation>
        </message>
    </context>
    <context>
        <name>TextEditor</name>
        <message>
            <source>Answer</source>
            <translation>الإجابة</translation>
        </message>
    </context>
    <context>
        <name>TrustDialog</name>
        <message>
            <source>Trust the key of {who}</source>
            <translation>الوثوق بمفتاح {who}</translation>
        </message>
        <message>
            <source>{who}, {role}</source>
            <translation>{who}، {role}</translation>
        </message>
        <message>
            <source>Phone {name} (on a number you know, not one from the same e-mail) and ask them to read out the fingerprint of their key (Edit ▸ Keys in their MGI Desktop). Trust the key only if it is the same as this one:</source>
            <translation>اتصل هاتفيًا بـ {name} (على رقم تعرفه، لا على رقم وارد في رسالة البريد الإلكتروني نفسها) واطلب منه قراءة بصمة مفتاحه (تحرير ◂ المفاتيح في MGI Desktop لديه). لا تثق بالمفتاح إلا إذا كانت بصمته مطابقة لهذه البصمة:</translation>
        </message>
        <message>
            <source>Full fingerprint: {fingerprint}</source>
            <translation>البصمة الكاملة: {fingerprint}</translation>
        </message>
        <message>
            <source>I compared it with {name}: it is the same</source>
            <translation>قارنتها مع {name}: إنها مطابقة</translation>
        </message>
        <message>
            <source>&amp;Trust this key</source>
            <translation>&amp;الوثوق بهذا المفتاح</translation>
        </message>
    </context>
    <context>
        <name>_TextBox</name>
        <message>
            <source>Reset to the questionnaire's text</source>
            <translation>إعادة التعيين إلى نص الاستبيان</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <source>from {min} to {max}</source>
            <translation>من {min} إلى {max}</translation>
        </message>
        <message>
            <source>at least {min}</source>
            <translation>{min} على الأقل</translation>
        </message>
        <message>
            <source>at most {max}</source>
            <translation>{max} على الأكثر</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>{value} is above the maximum {maximum}</source>
            <comment>answer.above_maximum</comment>
            <translation>{value} أكبر من الحد الأقصى {maximum}</translation>
        </message>
        <message>
            <source>{value} is below the minimum {minimum}</source>
            <comment>answer.below_minimum</comment>
            <translation>{value} أقل من الحد الأدنى {minimum}</translation>
        </message>
        <message>
            <source>{text}</source>
            <comment>answer.constraint</comment>
            <translation>{text}</translation>
        </message>
        <message>
            <source>no question {code} in this assessment's questionnaire</source>
            <comment>answer.no_question</comment>
            <translation>لا يوجد سؤال {code} في استبيان هذا التقييم</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <comment>answer.not_a_date</comment>
            <translation>{value} ليس تاريخًا (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>a multiple choice answer is a list of codes</source>
            <comment>answer.not_a_list</comment>
            <translation>الإجابة المتعددة الخيارات هي قائمة من الرموز</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <comment>answer.not_a_number</comment>
            <translation>{value} ليس عددًا</translation>
        </message>
        <message>
            <source>{value} is not a year</source>
            <comment>answer.not_a_year</comment>
            <translation>{value} ليس سنة</translation>
        </message>
        <message numerus="yes">
            <source>{values} are not among the answers ({choices})</source>
            <comment>answer.not_among</comment>
            <translation>
                <numerusform>القيم {values} ليست من بين الإجابات الممكنة ({choices})</numerusform>
                <numerusform>القيمة {values} ليست من بين الإجابات الممكنة ({choices})</numerusform>
                <numerusform>القيمتان {values} ليستا من بين الإجابات الممكنة ({choices})</numerusform>
                <numerusform>القيم {values} ليست من بين الإجابات الممكنة ({choices})</numerusform>
                <numerusform>القيم {values} ليست من بين الإجابات الممكنة ({choices})</numerusform>
                <numerusform>القيم {values} ليست من بين الإجابات الممكنة ({choices})</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} cannot be combined with other answers</source>
            <comment>answer.not_combined</comment>
            <translation>لا يمكن الجمع بين الإجابة {value} وإجابات أخرى</translation>
        </message>
        <message numerus="yes">
            <source>{value} are not offered with the earlier answers</source>
            <comment>answer.not_offered</comment>
            <translation>
                <numerusform>القيم {value} غير متاحة مع الإجابات السابقة</numerusform>
                <numerusform>القيمة {value} غير متاحة مع الإجابات السابقة</numerusform>
                <numerusform>القيمتان {value} غير متاحتين مع الإجابات السابقة</numerusform>
                <numerusform>القيم {value} غير متاحة مع الإجابات السابقة</numerusform>
                <numerusform>القيم {value} غير متاحة مع الإجابات السابقة</numerusform>
                <numerusform>القيم {value} غير متاحة مع الإجابات السابقة</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not one of the answers ({choices})</source>
            <comment>answer.not_one_of</comment>
            <translation>القيمة {value} ليست من بين الإجابات الممكنة ({choices})</translation>
        </message>
        <message>
            <source>a text answer must be text</source>
            <comment>answer.not_text</comment>
            <translation>يجب أن تكون الإجابة النصية نصًا</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <comment>answer.not_whole</comment>
            <translation>{value} ليس عددًا صحيحًا</translation>
        </message>
        <message>
            <source>cannot change {fields}</source>
            <comment>assessment.cannot_change</comment>
            <translation>لا يمكن تغيير {fields}</translation>
        </message>
        <message numerus="yes">
            <source>{codes} and %n more</source>
            <comment>assessment.codes_and_more</comment>
            <translation>
                <numerusform>{codes} و%n رمز آخر</numerusform>
                <numerusform>{codes} و%n رمز آخر</numerusform>
                <numerusform>{codes} و%n رمزان آخران</numerusform>
                <numerusform>{codes} و%n رموز أخرى</numerusform>
                <numerusform>{codes} و%n رمزًا آخر</numerusform>
                <numerusform>{codes} و%n رمز آخر</numerusform>
            </translation>
        </message>
        <message>
            <source>{place} — local MGI, round {round}</source>
            <comment>assessment.default_title_local</comment>
            <translation>{place} — مؤشرات حوكمة الهجرة المحلية، الجولة {round}</translation>
        </message>
        <message>
            <source>{place} — national MGI, round {round}</source>
            <comment>assessment.default_title_national</comment>
            <translation>{place} — مؤشرات حوكمة الهجرة الوطنية، الجولة {round}</translation>
        </message>
        <message>
            <source>{prefix} matches {n} assessments; give more of the id</source>
            <comment>assessment.id_ambiguous</comment>
            <translation>{prefix} يطابق {n} من التقييمات؛ أدخل جزءًا أطول من المعرِّف</translation>
        </message>
        <message>
            <source>{prefix}: give at least 4 characters of the assessment id</source>
            <comment>assessment.id_too_short</comment>
            <translation>{prefix}: أدخل 4 أحرف على الأقل من معرِّف التقييم</translation>
        </message>
        <message>
            <source>{framework} is a Local MGI questionnaire: give the city or province</source>
            <comment>assessment.locality_needed</comment>
            <translation>{framework} استبيان محلي لمؤشرات حوكمة الهجرة: حدِّد المدينة أو المقاطعة</translation>
        </message>
        <message>
            <source>{framework} is a national questionnaire: a locality is not used</source>
            <comment>assessment.locality_unused</comment>
            <translation>{framework} استبيان وطني: لا يُستخدم فيه تحديد منطقة محلية</translation>
        </message>
        <message>
            <source>no assessment with id {prefix} in {database}</source>
            <comment>assessment.no_prefix</comment>
            <translation>لا يوجد تقييم بالمعرِّف {prefix} في {database}</translation>
        </message>
        <message>
            <source>{code} is not an ISO 3166 country code (e.g. KGZ for Kyrgyzstan)</source>
            <comment>assessment.not_a_country</comment>
            <translation>{code} ليس رمز بلد وفق معيار ISO 3166 (مثال: KGZ لقيرغيزستان)</translation>
        </message>
        <message numerus="yes">
            <source>%n answers are not accepted yet ({codes})</source>
            <comment>assessment.not_all_accepted</comment>
            <translation>
                <numerusform>لم تُقبَل بعد %n إجابة ({codes})</numerusform>
                <numerusform>لم تُقبَل بعد %n إجابة ({codes})</numerusform>
                <numerusform>لم تُقبَل بعد %n إجابتان ({codes})</numerusform>
                <numerusform>لم تُقبَل بعد %n إجابات ({codes})</numerusform>
                <numerusform>لم تُقبَل بعد %n إجابةً ({codes})</numerusform>
                <numerusform>لم تُقبَل بعد %n إجابة ({codes})</numerusform>
            </translation>
        </message>
        <message>
            <source>no assessment {id}</source>
            <comment>assessment.not_found</comment>
            <translation>لا يوجد تقييم {id}</translation>
        </message>
        <message>
            <source>no assessment {id} in {database}</source>
            <comment>assessment.not_found_in</comment>
            <translation>لا يوجد تقييم {id} في {database}</translation>
        </message>
        <message>
            <source>the previous round must be an assessment of the same country and place</source>
            <comment>assessment.previous_other_place</comment>
            <translation>يجب أن تكون الجولة السابقة تقييمًا للبلد والمكان نفسيهما</translation>
        </message>
        <message>
            <source>the round is a number from 1</source>
            <comment>assessment.round_from_one</comment>
            <translation>رقم الجولة عدد يبدأ من 1</translation>
        </message>
        <message>
            <source>{language} is not a language code (give a code such as en, fr, es, ru or ar)</source>
            <comment>assessment.unknown_language</comment>
            <translation>{language} ليس رمز لغة (أدخل رمزًا مثل en أو fr أو es أو ru أو ar)</translation>
        </message>
        <message>
            <source>cannot create the folder: {reason}</source>
            <comment>attachments.cannot_create</comment>
            <translation>تعذّر إنشاء المجلد: {reason}</translation>
        </message>
        <message>
            <source>cannot store the file in {folder}: {reason}</source>
            <comment>attachments.cannot_store</comment>
            <translation>تعذّر تخزين الملف في {folder}: {reason}</translation>
        </message>
        <message>
            <source>the file changed while it was copied, or is damaged (its SHA-256 is {sha}, expected {expected}); nothing was stored</source>
            <comment>attachments.changed</comment>
            <translation>تغيّر الملف أثناء نسخه، أو أنه تالف (قيمة SHA-256 الخاصة به {sha}، والقيمة المتوقعة {expected})؛ لم يُخزَّن أي شيء</translation>
        </message>
        <message>
            <source>is a folder, not a file: attach a file; nothing was stored</source>
            <comment>attachments.folder</comment>
            <translation>هو مجلد وليس ملفًا: أرفق ملفًا؛ لم يُخزَّن أي شيء</translation>
        </message>
        <message>
            <source>{sha} is not the SHA-256 of an attached file</source>
            <comment>attachments.not_a_sha</comment>
            <translation>{sha} ليست قيمة SHA-256 لملف مرفق</translation>
        </message>
        <message>
            <source>the file was not stored, and nothing else changed</source>
            <comment>attachments.not_attached</comment>
            <translation>لم يُخزَّن الملف، ولم يتغير أي شيء آخر</translation>
        </message>
        <message>
            <source>is not a regular file (a pipe, a device or a socket): attach a file; nothing was stored</source>
            <comment>attachments.not_regular</comment>
            <translation>ليس ملفًا عاديًا (بل أنبوب أو جهاز أو مقبس): أرفق ملفًا؛ لم يُخزَّن أي شيء</translation>
        </message>
        <message>
            <source>the attachments of a database opened read-only cannot change</source>
            <comment>attachments.read_only</comment>
            <translation>لا يمكن تغيير مرفقات قاعدة بيانات مفتوحة للقراءة فقط</translation>
        </message>
        <message>
            <source>is a symbolic link: attach the file itself, not a link to it; nothing was stored</source>
            <comment>attachments.symbolic_link</comment>
            <translation>هو رابط رمزي: أرفق الملف نفسه لا رابطًا إليه؛ لم يُخزَّن أي شيء</translation>
        </message>
        <message>
            <source>the audit trail is exported as .csv or .xlsx</source>
            <comment>audit.wrong_suffix</comment>
            <translation>يُصدَّر سجل التدقيق بصيغة .csv أو .xlsx</translation>
        </message>
        <message>
            <source>the package changes the answer to {code}, but it is signed by a reviewer: only the focal point's key changes answers</source>
            <comment>authority.answers_from_reviewer</comment>
            <translation>تغيّر الحزمة الإجابة عن {code}، لكنها موقَّعة من مراجع: لا يغيّر الإجابات إلا مفتاح جهة الاتصال</translation>
        </message>
        <message>
            <source>the review decision on {code} ({decision}) is not validly signed by its reviewer: it was forged or altered</source>
            <comment>authority.bad_decision</comment>
            <translation>قرار المراجعة بشأن {code} ({decision}) غير موقَّع توقيعًا صحيحًا من مراجعه: فقد زُوِّر أو عُدِّل</translation>
        </message>
        <message>
            <source>the step to {status} is not validly signed: it was forged or altered</source>
            <comment>authority.bad_step</comment>
            <translation>الانتقال إلى الحالة «{status}» غير موقَّع توقيعًا صحيحًا: فقد زُوِّر أو عُدِّل</translation>
        </message>
        <message numerus="yes">
            <source>%n unsigned review decisions were not applied</source>
            <comment>authority.dropped_decisions</comment>
            <translation>
                <numerusform>لم يُطبَّق %n قرار مراجعة غير موقَّع</numerusform>
                <numerusform>لم يُطبَّق %n قرار مراجعة غير موقَّع</numerusform>
                <numerusform>لم يُطبَّق %n قرارا مراجعة غير موقَّعين</numerusform>
                <numerusform>لم تُطبَّق %n قرارات مراجعة غير موقَّعة</numerusform>
                <numerusform>لم يُطبَّق %n قرار مراجعة غير موقَّع</numerusform>
                <numerusform>لم يُطبَّق %n قرار مراجعة غير موقَّع</numerusform>
            </translation>
        </message>
        <message>
            <source>the status {status} in the unsigned package was not applied</source>
            <comment>authority.dropped_status</comment>
            <translation>لم تُطبَّق الحالة «{status}» الواردة في الحزمة غير الموقَّعة</translation>
        </message>
        <message>
            <source>the package changes evidence of {code}, but it is signed by a reviewer: only the focal point's key changes evidence</source>
            <comment>authority.evidence_from_reviewer</comment>
            <translation>تغيّر الحزمة أدلة {code}، لكنها موقَّعة من مراجع: لا يغيّر الأدلة إلا مفتاح جهة الاتصال</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) is now this assessment's focal point: the first package signed by them</source>
            <comment>authority.first_signer</comment>
            <translation>أصبح {name} ({fingerprint}) الآن جهة الاتصال لهذا التقييم: فأول حزمة له موقَّعة منه</translation>
        </message>
        <message>
            <source>the review decision on {code} is signed by this assessment's focal point: a focal point does not review their own answers</source>
            <comment>authority.focal_point_decides</comment>
            <translation>قرار المراجعة بشأن {code} موقَّع من جهة الاتصال لهذا التقييم: لا تراجع جهة الاتصال إجاباتها</translation>
        </message>
        <message>
            <source>the key listed for {fingerprint} does not match its fingerprint</source>
            <comment>authority.key_mismatch</comment>
            <translation>المفتاح المُدرَج للبصمة {fingerprint} لا يطابق بصمته</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) is now a reviewer of this assessment</source>
            <comment>authority.new_reviewer</comment>
            <translation>أصبح {name} ({fingerprint}) الآن مراجعًا لهذا التقييم</translation>
        </message>
        <message>
            <source>a reviewer of this assessment</source>
            <comment>authority.not_a_reviewer_key</comment>
            <translation>مفتاح أحد مراجعي هذا التقييم</translation>
        </message>
        <message>
            <source>this assessment's focal point</source>
            <comment>authority.not_its_focal_point</comment>
            <translation>مفتاح جهة الاتصال لهذا التقييم</translation>
        </message>
        <message>
            <source>a key you trust</source>
            <comment>authority.not_trusted</comment>
            <translation>مفتاحًا تثق به</translation>
        </message>
        <message>
            <source>{name}'s key {old} was replaced by {new}, introduced by a statement signed with the old key</source>
            <comment>authority.replaced_key</comment>
            <translation>استُبدل مفتاح {name} {old} بالمفتاح {new}، الذي عُرِّف به في بيان موقَّع بالمفتاح القديم</translation>
        </message>
        <message>
            <source>the answer to {code} is marked {state} without a reviewer's signed decision behind it</source>
            <comment>authority.unbacked_mark</comment>
            <translation>الإجابة عن {code} موسومة بأنها «{state}» دون قرار موقَّع من مراجع يستند إليه</translation>
        </message>
        <message>
            <source>the package moves the assessment to {status} without a step signed by its {role}</source>
            <comment>authority.unbacked_status</comment>
            <translation>تنقل الحزمة التقييم إلى الحالة «{status}» دون خطوة موقَّعة من صاحب دور «{role}» فيه</translation>
        </message>
        <message>
            <source>the package is not signed (it was written by an MGI Desktop older than signatures): anyone could have written or changed it. Import it only if you know where it comes from, and confirm (--accept-unsigned); its review decisions and status are not applied</source>
            <comment>authority.unsigned</comment>
            <translation>الحزمة غير موقَّعة (كُتبت بإصدار من MGI Desktop سابق لاعتماد التوقيعات): كان بإمكان أي شخص كتابتها أو تغييرها. لا تستوردها إلا إذا كنت تعرف مصدرها، وأكِّد ذلك (--accept-unsigned)؛ ولا تُطبَّق قرارات المراجعة والحالة الواردة فيها</translation>
        </message>
        <message>
            <source>the review decision on {code} is not signed; a signed package carries only signed decisions</source>
            <comment>authority.unsigned_decision</comment>
            <translation>قرار المراجعة بشأن {code} غير موقَّع؛ والحزمة الموقَّعة لا تحمل إلا قرارات موقَّعة</translation>
        </message>
        <message>
            <source>signed by {name} ({role}), key {fingerprint}, which is not {what}: compare the fingerprint with them (on the phone, in person) and confirm it (--confirm-key {fingerprint}), or import IOM's key list; nothing was imported</source>
            <comment>authority.unverified</comment>
            <translation>موقَّعة من {name} ({role})، بالمفتاح {fingerprint}، الذي ليس {what}: قارن البصمة معه (عبر الهاتف أو شخصيًا) وأكِّدها (--confirm-key {fingerprint})، أو استورد قائمة مفاتيح المنظمة الدولية للهجرة؛ لم يُستورد أي شيء</translation>
        </message>
        <message>
            <source>the step to {status} is signed by {fingerprint}, who is not this assessment's {role}</source>
            <comment>authority.wrong_step_signer</comment>
            <translation>الانتقال إلى الحالة «{status}» موقَّع بالمفتاح {fingerprint}، وصاحبه ليس صاحب دور «{role}» في هذا التقييم</translation>
        </message>
        <message>
            <source>the copy failed its integrity check ({detail})</source>
            <comment>backup.copy_failed_check</comment>
            <translation>لم تجتز النسخة فحص السلامة ({detail})</translation>
        </message>
        <message>
            <source>backup to {folder} failed: {reason}</source>
            <comment>backup.failed</comment>
            <translation>فشل النسخ الاحتياطي إلى {folder}: {reason}</translation>
        </message>
        <message>
            <source>the database is in use by another program; close it there and try again</source>
            <comment>backup.in_use</comment>
            <translation>قاعدة البيانات قيد الاستخدام في برنامج آخر؛ أغلقها هناك وأعد المحاولة</translation>
        </message>
        <message>
            <source>no backup was made; the database and its backups are as they were</source>
            <comment>backup.none_made</comment>
            <translation>لم تُنشأ أي نسخة احتياطية؛ وبقيت قاعدة البيانات ونسخها الاحتياطية على حالها</translation>
        </message>
        <message>
            <source>nothing was restored; the database is as it was</source>
            <comment>backup.nothing_restored</comment>
            <translation>لم يُستعَد أي شيء؛ وبقيت قاعدة البيانات على حالها</translation>
        </message>
        <message>
            <source>restore from {backup} failed: {reason}</source>
            <comment>backup.restore_failed</comment>
            <translation>فشلت الاستعادة من {backup}: {reason}</translation>
        </message>
        <message>
            <source>this answer needs evidence (a law, policy or source)</source>
            <comment>check.evidence_missing</comment>
            <translation>تحتاج هذه الإجابة إلى أدلة (قانون أو سياسة أو مصدر)</translation>
        </message>
        <message>
            <source>a required question is not answered</source>
            <comment>check.required_missing</comment>
            <translation>لم يُجَب عن سؤال إلزامي</translation>
        </message>
        <message>
            <source>the reviewer returned this answer and it has not been changed since; change it, or say in its comments or the note why it stands</source>
            <comment>check.returned_not_revised</comment>
            <translation>أعاد المراجع هذه الإجابة ولم تتغير منذ ذلك الحين؛ غيّرها، أو اشرح في تعليقاتها أو في الملاحظة سبب الإبقاء عليها</translation>
        </message>
        <message>
            <source>{prefix} matches {n} findings; give more of the id</source>
            <comment>cli.ambiguous_finding</comment>
            <translation>{prefix} يطابق {n} من الاستنتاجات؛ أدخل جزءًا أطول من المعرِّف</translation>
        </message>
        <message>
            <source>--crosswalk carries the answers of a previous round: give --previous too</source>
            <comment>cli.crosswalk_needs_previous</comment>
            <translation>ينقل الخيار --crosswalk إجابات جولة سابقة: حدِّد --previous أيضًا</translation>
        </message>
        <message>
            <source>give --format html, pdf or docx (the extension does not say)</source>
            <comment>cli.format_needed</comment>
            <translation>حدِّد --format html أو pdf أو docx (الامتداد لا يدل على الصيغة)</translation>
        </message>
        <message>
            <source>there is no backup to restore</source>
            <comment>cli.no_backup</comment>
            <translation>لا توجد نسخة احتياطية لاستعادتها</translation>
        </message>
        <message>
            <source>no finding {prefix} in assessment {assessment}</source>
            <comment>cli.no_finding</comment>
            <translation>لا يوجد استنتاج {prefix} في التقييم {assessment}</translation>
        </message>
        <message>
            <source>no single evidence item {id} in assessment {assessment}</source>
            <comment>cli.no_single_evidence</comment>
            <translation>لا يوجد دليل واحد بعينه يطابق {id} في التقييم {assessment}</translation>
        </message>
        <message>
            <source>no such backup file</source>
            <comment>cli.no_such_backup</comment>
            <translation>ملف النسخة الاحتياطية غير موجود</translation>
        </message>
        <message>
            <source>the value of {option} is not valid text (character {position} is not valid Unicode; it may have been pasted or passed from a program in another encoding)</source>
            <comment>cli.not_text</comment>
            <translation>قيمة {option} ليست نصًا صالحًا (الحرف {position} ليس Unicode صالحًا؛ ربما لُصقت القيمة أو مُرِّرت من برنامج يستخدم ترميزًا آخر)</translation>
        </message>
        <message>
            <source>the password file is empty</source>
            <comment>cli.password_file_empty</comment>
            <translation>ملف كلمة المرور فارغ</translation>
        </message>
        <message>
            <source>cannot read the password file: {reason}</source>
            <comment>cli.password_file_unreadable</comment>
            <translation>تعذّرت قراءة ملف كلمة المرور: {reason}</translation>
        </message>
        <message>
            <source>give at least one of --title, --country-name, --date, --round-label, --credits-file, --intro-file (or --reset NAME)</source>
            <comment>cli.profile_nothing_to_set</comment>
            <translation>حدِّد خيارًا واحدًا على الأقل من --title أو --country-name أو --date أو --round-label أو --credits-file أو --intro-file (أو --reset الاسم)</translation>
        </message>
        <message>
            <source>a follow-up round is round {round}, the one after its previous round</source>
            <comment>cli.round_of_follow_up</comment>
            <translation>جولة المتابعة هي الجولة {round}، أي الجولة التالية لجولتها السابقة</translation>
        </message>
        <message>
            <source>cannot read the text: {reason}</source>
            <comment>cli.text_file_unreadable</comment>
            <translation>تتعذّر قراءة النص: {reason}</translation>
        </message>
        <message>
            <source>a comment needs some text</source>
            <comment>comment.needs_text</comment>
            <translation>يجب أن يتضمن التعليق نصًا</translation>
        </message>
        <message>
            <source>no comment {id}</source>
            <comment>comment.not_found</comment>
            <translation>لا يوجد تعليق {id}</translation>
        </message>
        <message>
            <source>{first}, or {second}</source>
            <comment>condition.alternatives</comment>
            <translation>{first}، أو {second}</translation>
        </message>
        <message>
            <source>the answer to {code}</source>
            <comment>condition.answer_to</comment>
            <translation>الإجابة عن {code}</translation>
        </message>
        <message>
            <source>the answer to {code} ({question})</source>
            <comment>condition.answer_to_text</comment>
            <translation>الإجابة عن {code} ({question})</translation>
        </message>
        <message>
            <source>{question} is answered</source>
            <comment>condition.answered</comment>
            <translation>تمت الإجابة عن {question}</translation>
        </message>
        <message>
            <source>this question is asked only with certain answers to {codes}.</source>
            <comment>condition.asked_generic</comment>
            <translation>لا يُطرح هذا السؤال إلا مع إجابات معينة عن {codes}.</translation>
        </message>
        <message>
            <source>this question is asked only when {condition}.</source>
            <comment>condition.asked_only_when</comment>
            <translation>لا يُطرح هذا السؤال إلا إذا {condition}.</translation>
        </message>
        <message>
            <source>{subject} is at least {value}</source>
            <comment>condition.at_least</comment>
            <translation>كانت {subject} {value} على الأقل</translation>
        </message>
        <message>
            <source>{subject} is at most {value}</source>
            <comment>condition.at_most</comment>
            <translation>كانت {subject} {value} على الأكثر</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <comment>condition.both</comment>
            <translation>{first} و{second}</translation>
        </message>
        <message>
            <source>the number of choices in {answer}</source>
            <comment>condition.count_of</comment>
            <translation>عدد الخيارات في {answer}</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <comment>condition.either</comment>
            <translation>{first} أو {second}</translation>
        </message>
        <message>
            <source>{subject} is {value}</source>
            <comment>condition.is</comment>
            <translation>كانت {subject} هي {value}</translation>
        </message>
        <message>
            <source>{subject} is not {value}</source>
            <comment>condition.is_not</comment>
            <translation>لم تكن {subject} هي {value}</translation>
        </message>
        <message>
            <source>{subject} is less than {value}</source>
            <comment>condition.less</comment>
            <translation>كانت {subject} أقل من {value}</translation>
        </message>
        <message>
            <source>{subject} is more than {value}</source>
            <comment>condition.more</comment>
            <translation>كانت {subject} أكثر من {value}</translation>
        </message>
        <message>
            <source>{first} nor {second}</source>
            <comment>condition.neither</comment>
            <translation>{first} ولا {second}</translation>
        </message>
        <message>
            <source>{subject} is neither {values}</source>
            <comment>condition.none_of</comment>
            <translation>لم تكن {subject} {values}</translation>
        </message>
        <message>
            <source>it is not the case that {condition}</source>
            <comment>condition.not</comment>
            <translation>لم يكن صحيحًا أن {condition}</translation>
        </message>
        <message>
            <source>{question} is not answered</source>
            <comment>condition.not_answered</comment>
            <translation>لم تتم الإجابة عن {question}</translation>
        </message>
        <message>
            <source>{answer} does not include {value}</source>
            <comment>condition.not_selected</comment>
            <translation>لم تكن {answer} تتضمن {value}</translation>
        </message>
        <message>
            <source>the answer to {code} is now {answer}.</source>
            <comment>condition.now_answer</comment>
            <translation>الإجابة عن {code} حاليًا هي {answer}.</translation>
        </message>
        <message>
            <source>{code} is itself not asked with the answers so far.</source>
            <comment>condition.now_not_asked</comment>
            <translation>لا يُطرح {code} نفسه مع الإجابات الحالية.</translation>
        </message>
        <message>
            <source>{code} is not answered yet.</source>
            <comment>condition.now_unanswered</comment>
            <translation>لم تتم الإجابة عن {code} بعد.</translation>
        </message>
        <message>
            <source>{subject} is {values}</source>
            <comment>condition.one_of</comment>
            <translation>كانت {subject} هي {values}</translation>
        </message>
        <message>
            <source>question {code}</source>
            <comment>condition.question</comment>
            <translation>السؤال {code}</translation>
        </message>
        <message>
            <source>question {code} ({question})</source>
            <comment>condition.question_text</comment>
            <translation>السؤال {code} ({question})</translation>
        </message>
        <message>
            <source>“{text}”</source>
            <comment>condition.quoted</comment>
            <translation>«{text}»</translation>
        </message>
        <message>
            <source>{answer} includes {value}</source>
            <comment>condition.selected</comment>
            <translation>كانت {answer} تتضمن {value}</translation>
        </message>
        <message>
            <source>the folder {folder} holds other files ({files}): choose a new or empty folder</source>
            <comment>consolidate.csv_foreign_files</comment>
            <translation>يحتوي المجلد {folder} على ملفات أخرى ({files}): اختر مجلداً جديداً أو فارغاً</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder</source>
            <comment>consolidate.csv_not_a_folder</comment>
            <translation>{folder} ملف وليس مجلداً</translation>
        </message>
        <message>
            <source>give at least one status, or all</source>
            <comment>consolidate.no_status</comment>
            <translation>حدّد حالة واحدة على الأقل، أو all</translation>
        </message>
        <message>
            <source>nothing to consolidate: give one or more databases</source>
            <comment>consolidate.nothing</comment>
            <translation>لا يوجد ما يُجمَّع: حدِّد قاعدة بيانات واحدة أو أكثر</translation>
        </message>
        <message>
            <source>the questionnaires have {n} questions in all, more than one Excel sheet has columns for; consolidate fewer frameworks at once</source>
            <comment>consolidate.too_many_columns</comment>
            <translation>يبلغ مجموع أسئلة الاستبيانات {n}، وهو أكثر مما تتسع له أعمدة ورقة Excel واحدة؛ اجمع عددًا أقل من الاستبيانات في كل مرة</translation>
        </message>
        <message>
            <source>{status} is not an assessment status; give some of {statuses}, or all</source>
            <comment>consolidate.unknown_status</comment>
            <translation>{status} ليست حالة تقييم؛ حدّد بعضاً من {statuses}، أو all</translation>
        </message>
        <message>
            <source>{code} was changed in the assessment after the workbook was read: read it again to see the changes</source>
            <comment>contribution.changed_since</comment>
            <translation>تغيّر {code} في التقييم بعد قراءة المصنف: اقرأه مرة أخرى لترى التغييرات</translation>
        </message>
        <message>
            <source>the workbook's hidden record does not match its structure (it was edited or copied from another workbook): export a new workbook</source>
            <comment>contribution.checksum</comment>
            <translation>السجل المخفي في المصنف لا يطابق بنيته (عُدِّل أو نُسخ من مصنف آخر): صدِّر مصنفًا جديدًا</translation>
        </message>
        <message>
            <source>{file} cannot be read as a workbook ({detail})</source>
            <comment>contribution.damaged</comment>
            <translation>تتعذر قراءة {file} كمصنف ({detail})</translation>
        </message>
        <message>
            <source>{code} is given twice (also in row {row})</source>
            <comment>contribution.duplicate_code</comment>
            <translation>ورد {code} مرتين (أيضًا في الصف {row})</translation>
        </message>
        <message>
            <source>this evidence row has no question code</source>
            <comment>contribution.evidence_no_code</comment>
            <translation>صف المصدر هذا بلا رمز سؤال</translation>
        </message>
        <message>
            <source>this evidence row has no title</source>
            <comment>contribution.evidence_no_title</comment>
            <translation>صف المصدر هذا بلا عنوان</translation>
        </message>
        <message>
            <source>there is no file {file}</source>
            <comment>contribution.file_not_found</comment>
            <translation>لا يوجد الملف {file}</translation>
        </message>
        <message>
            <source>this contribution workbook has layout {found}; this version of MGI Desktop reads layout {expected}</source>
            <comment>contribution.format_unknown</comment>
            <translation>مصنف المساهمة هذا بالتخطيط {found}؛ هذا الإصدار من MGI Desktop يقرأ التخطيط {expected}</translation>
        </message>
        <message>
            <source>the column {column} is missing from the sheet {sheet} (was its header changed?)</source>
            <comment>contribution.no_column</comment>
            <translation>العمود {column} غير موجود في الورقة {sheet} (هل غُيِّر عنوانه؟)</translation>
        </message>
        <message>
            <source>the sheet {sheet} is missing (was it renamed or deleted?)</source>
            <comment>contribution.no_sheet</comment>
            <translation>الورقة {sheet} غير موجودة (هل أُعيدت تسميتها أو حُذفت؟)</translation>
        </message>
        <message>
            <source>{value} is not one of the answers ({choices})</source>
            <comment>contribution.not_a_choice</comment>
            <translation>{value} ليست من الإجابات ({choices})</translation>
        </message>
        <message>
            <source>{file} is not a contribution workbook made by MGI Desktop (its hidden sheet is missing); export one for the contributor and have them fill that in</source>
            <comment>contribution.not_a_contribution</comment>
            <translation>{file} ليس مصنف مساهمة أنشأه MGI Desktop (ورقته المخفية غير موجودة)؛ صدِّر مصنفًا للمساهم واطلب منه ملأه</translation>
        </message>
        <message>
            <source>{value} is not a kind of evidence ({kinds})</source>
            <comment>contribution.not_a_kind</comment>
            <translation>{value} ليس نوعًا من المصادر ({kinds})</translation>
        </message>
        <message>
            <source>{value} is not a web address</source>
            <comment>contribution.not_an_address</comment>
            <translation>{value} ليس عنوان ويب</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx): open it in Excel or LibreOffice and save it as .xlsx</source>
            <comment>contribution.not_xlsx</comment>
            <translation>{file} ليس مصنف Excel ‏(.xlsx): افتحه في Excel أو LibreOffice واحفظه بصيغة ‎.xlsx</translation>
        </message>
        <message>
            <source>{contributor} has no questions assigned in this assessment; assign some first</source>
            <comment>contribution.nothing_assigned</comment>
            <translation>لا أسئلة مسندة إلى {contributor} في هذا التقييم؛ أسند إليه أسئلة أولًا</translation>
        </message>
        <message>
            <source>{file} is an OpenDocument spreadsheet (.ods): open it in LibreOffice and use File ▸ Save As with the type “Excel 2007-365 (.xlsx)”, then import that file</source>
            <comment>contribution.ods</comment>
            <translation>{file} جدول OpenDocument ‏(.ods): افتحه في LibreOffice واستخدم ملف ◂ حفظ باسم بالنوع «Excel 2007-365 (.xlsx)»، ثم استورد ذلك الملف</translation>
        </message>
        <message>
            <source>{file} is an old Excel workbook (.xls): open it in Excel or LibreOffice and save it as “Excel Workbook (.xlsx)”, then import that file</source>
            <comment>contribution.old_xls</comment>
            <translation>{file} مصنف Excel قديم ‏(.xls): افتحه في Excel أو LibreOffice واحفظه بصيغة «مصنف Excel ‏(.xlsx)»، ثم استورد ذلك الملف</translation>
        </message>
        <message>
            <source>the workbook is for the assessment {id}, which is not in this database</source>
            <comment>contribution.other_assessment</comment>
            <translation>المصنف خاص بالتقييم {id}، وهو غير موجود في قاعدة البيانات هذه</translation>
        </message>
        <message>
            <source>the workbook was made from the questionnaire {framework} {version}; the assessment now uses {current}: export a new workbook</source>
            <comment>contribution.outdated</comment>
            <translation>أُنشئ المصنف من الاستبيان {framework} {version}؛ ويستخدم التقييم الآن {current}: صدِّر مصنفًا جديدًا</translation>
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
                <numerusform>لم يُستورد {file}: %n مشكلة يجب إصلاحها</numerusform>
                <numerusform>لم يُستورد {file}: مشكلة واحدة يجب إصلاحها</numerusform>
                <numerusform>لم يُستورد {file}: مشكلتان يجب إصلاحهما</numerusform>
                <numerusform>لم يُستورد {file}: %n مشكلات يجب إصلاحها</numerusform>
                <numerusform>لم يُستورد {file}: %n مشكلةً يجب إصلاحها</numerusform>
                <numerusform>لم يُستورد {file}: %n مشكلة يجب إصلاحها</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is too large for a contribution workbook ({size} MiB; the limit is {limit} MiB)</source>
            <comment>contribution.too_large</comment>
            <translation>{file} أكبر من أن يكون مصنف مساهمة ({size} ميبيبايت؛ الحد {limit} ميبيبايت)</translation>
        </message>
        <message>
            <source>the sheet {sheet} has more than {limit} rows</source>
            <comment>contribution.too_many_rows</comment>
            <translation>في الورقة {sheet} أكثر من {limit} صف</translation>
        </message>
        <message>
            <source>{code} is not one of the questions sent in this workbook</source>
            <comment>contribution.unknown_code</comment>
            <translation>{code} ليس من الأسئلة المرسلة في هذا المصنف</translation>
        </message>
        <message>
            <source>the workbook was made for the contributor {id}, who is not recorded in this database</source>
            <comment>contribution.unknown_contributor</comment>
            <translation>أُنشئ المصنف للمساهم {id}، وهو غير مسجَّل في قاعدة البيانات هذه</translation>
        </message>
        <message>
            <source>cannot read {file}: {reason}</source>
            <comment>contribution.unreadable</comment>
            <translation>تتعذر قراءة {file}: {reason}</translation>
        </message>
        <message>
            <source>{value} is not a year from {low} to {high}</source>
            <comment>contribution.year_range</comment>
            <translation>{value} ليست سنة من {low} إلى {high}</translation>
        </message>
        <message>
            <source>{id} matches {n} contributors; give more of the id</source>
            <comment>contributor.ambiguous</comment>
            <translation>{id} يطابق {n} من المساهمين؛ أدخل جزءًا أطول من المعرّف</translation>
        </message>
        <message>
            <source>{code} already has a lead contributor: {other}</source>
            <comment>contributor.lead_taken</comment>
            <translation>لـ {code} مساهم رئيسي بالفعل: {other}</translation>
        </message>
        <message>
            <source>a contributor needs an institution (e.g. the ministry of labour)</source>
            <comment>contributor.needs_institution</comment>
            <translation>يحتاج المساهم إلى مؤسسة (مثل وزارة العمل)</translation>
        </message>
        <message>
            <source>no {scope} {target} in this assessment's questionnaire</source>
            <comment>contributor.no_target</comment>
            <translation>لا يوجد {scope} {target} في استبيان هذا التقييم</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <comment>contributor.not_a_due_date</comment>
            <translation>{value} ليس تاريخًا (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>{value} is not what can be assigned (domain, sub_area, question)</source>
            <comment>contributor.not_a_scope</comment>
            <translation>لا يمكن إسناد {value} (domain أو sub_area أو question)</translation>
        </message>
        <message>
            <source>{value} is not an e-mail address</source>
            <comment>contributor.not_an_email</comment>
            <translation>{value} ليس عنوان بريد إلكتروني</translation>
        </message>
        <message>
            <source>{scope} {target} is not assigned to {contributor}</source>
            <comment>contributor.not_assigned</comment>
            <translation>{scope} {target} غير مُسند إلى {contributor}</translation>
        </message>
        <message>
            <source>no contributor {id}</source>
            <comment>contributor.not_found</comment>
            <translation>لا يوجد مساهم {id}</translation>
        </message>
        <message>
            <source>an empty answer is not recoded: it is never carried</source>
            <comment>crosswalk.empty_value</comment>
            <translation>لا يُعاد ترميز الإجابة الفارغة: فهي لا تُنقل أبدًا</translation>
        </message>
        <message>
            <source>unknown crosswalk format {value} (this version reads format {known})</source>
            <comment>crosswalk.format</comment>
            <translation>صيغة جدول مطابقة غير معروفة {value} (يقرأ هذا الإصدار الصيغة {known})</translation>
        </message>
        <message numerus="yes">
            <source>crosswalk has %n problems</source>
            <comment>crosswalk.has_problems</comment>
            <translation>
                <numerusform>في جدول المطابقة %n مشكلة</numerusform>
                <numerusform>في جدول المطابقة %n مشكلة</numerusform>
                <numerusform>في جدول المطابقة %n مشكلتان</numerusform>
                <numerusform>في جدول المطابقة %n مشكلات</numerusform>
                <numerusform>في جدول المطابقة %n مشكلةً</numerusform>
                <numerusform>في جدول المطابقة %n مشكلة</numerusform>
            </translation>
        </message>
        <message>
            <source>the crosswalk's '{side}' {field} is {named}, but the questionnaire's is {actual}</source>
            <comment>crosswalk.header_mismatch</comment>
            <translation>قيمة الحقل {field} للجانب '{side}' في جدول المطابقة هي {named}، لكن قيمته في الاستبيان هي {actual}</translation>
        </message>
        <message>
            <source>missing field {field}</source>
            <comment>crosswalk.missing</comment>
            <translation>الحقل {field} مفقود</translation>
        </message>
        <message>
            <source>new question {code} already takes the answer of {other} (line {line})</source>
            <comment>crosswalk.new_code_twice</comment>
            <translation>السؤال الجديد {code} يتلقى بالفعل إجابة {other} (السطر {line})</translation>
        </message>
        <message>
            <source>{value} is not a question code</source>
            <comment>crosswalk.not_a_code</comment>
            <translation>{value} ليس رمز سؤال</translation>
        </message>
        <message>
            <source>'confirm' is true or false, not {value}</source>
            <comment>crosswalk.not_a_flag</comment>
            <translation>قيمة 'confirm' هي true أو false، وليست {value}</translation>
        </message>
        <message>
            <source>{field} must be a list</source>
            <comment>crosswalk.not_a_list</comment>
            <translation>يجب أن يكون {field} قائمة</translation>
        </message>
        <message>
            <source>not a crosswalk: the file must hold a mapping</source>
            <comment>crosswalk.not_a_mapping</comment>
            <translation>ليس جدول مطابقة: يجب أن يحتوي الملف على قاموس (mapping)</translation>
        </message>
        <message>
            <source>each question of a crosswalk is a mapping with 'from' and 'to'</source>
            <comment>crosswalk.not_an_entry</comment>
            <translation>كل سؤال في جدول المطابقة هو قاموس يتضمن 'from' و'to'</translation>
        </message>
        <message>
            <source>file not found</source>
            <comment>crosswalk.not_found</comment>
            <translation>الملف غير موجود</translation>
        </message>
        <message>
            <source>{value} is not a choice of new question {code} ({choices})</source>
            <comment>crosswalk.not_new_choice</comment>
            <translation>{value} ليس خيارًا من خيارات السؤال الجديد {code} ({choices})</translation>
        </message>
        <message>
            <source>{value} is not a choice of old question {code} ({choices})</source>
            <comment>crosswalk.not_old_choice</comment>
            <translation>{value} ليس خيارًا من خيارات السؤال القديم {code} ({choices})</translation>
        </message>
        <message>
            <source>{value} is not an answer old question {code} can have: {reason}</source>
            <comment>crosswalk.not_old_value</comment>
            <translation>{value} ليست إجابة ممكنة للسؤال القديم {code}: {reason}</translation>
        </message>
        <message>
            <source>'note' must be text</source>
            <comment>crosswalk.not_text</comment>
            <translation>يجب أن تكون قيمة 'note' نصًا</translation>
        </message>
        <message>
            <source>old question {code} is listed twice (first on line {line})</source>
            <comment>crosswalk.old_code_twice</comment>
            <translation>السؤال القديم {code} مُدرَج مرتين (أولًا في السطر {line})</translation>
        </message>
        <message>
            <source>file is too large for a crosswalk ({size} bytes)</source>
            <comment>crosswalk.too_large</comment>
            <translation>الملف أكبر من أن يكون جدول مطابقة ({size} بايت)</translation>
        </message>
        <message>
            <source>unknown field {field}</source>
            <comment>crosswalk.unknown_field</comment>
            <translation>حقل غير معروف {field}</translation>
        </message>
        <message>
            <source>no question {code} in the new questionnaire {framework}</source>
            <comment>crosswalk.unknown_new_code</comment>
            <translation>لا يوجد سؤال {code} في الاستبيان الجديد {framework}</translation>
        </message>
        <message>
            <source>no question {code} in the old questionnaire {framework}</source>
            <comment>crosswalk.unknown_old_code</comment>
            <translation>لا يوجد سؤال {code} في الاستبيان القديم {framework}</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>crosswalk.unreadable</comment>
            <translation>تعذّرت قراءة الملف: {reason}</translation>
        </message>
        <message>
            <source>'values' maps old answers to new ones</source>
            <comment>crosswalk.values_not_mapping</comment>
            <translation>يربط 'values' الإجابات القديمة بالإجابات الجديدة</translation>
        </message>
        <message>
            <source>{value} is not a value new question {code} ({type}) can hold: {reason}</source>
            <comment>crosswalk.wrong_type</comment>
            <translation>{value} ليست قيمة يمكن أن يتلقاها السؤال الجديد {code} ({type}): {reason}</translation>
        </message>
        <message>
            <source>the package was altered after it was encrypted</source>
            <comment>crypto.altered</comment>
            <translation>عُدِّلت الحزمة بعد تشفيرها</translation>
        </message>
        <message>
            <source>the package's envelope names no recipient and no password</source>
            <comment>crypto.no_way_in</comment>
            <translation>لا يحدد مغلَّف الحزمة أي مستلم ولا أي كلمة مرور</translation>
        </message>
        <message>
            <source>the package is encrypted for other people's keys ({recipients}), not for yours ({mine}); ask the sender to send it to your key</source>
            <comment>crypto.not_for_you</comment>
            <translation>الحزمة مشفَّرة لمفاتيح أشخاص آخرين ({recipients})، لا لمفتاحك ({mine})؛ اطلب من المُرسِل إرسالها إلى مفتاحك</translation>
        </message>
        <message>
            <source>the package's encryption parameters are damaged</source>
            <comment>crypto.parameters_damaged</comment>
            <translation>معلمات تشفير الحزمة تالفة</translation>
        </message>
        <message>
            <source>the password is too short: use at least {n} characters</source>
            <comment>crypto.password_too_short</comment>
            <translation>كلمة المرور قصيرة جدًا: استخدم ما لا يقل عن {n} من الأحرف</translation>
        </message>
        <message>
            <source>wrong password (or the package was altered after it was protected)</source>
            <comment>crypto.wrong_password</comment>
            <translation>كلمة المرور غير صحيحة (أو عُدِّلت الحزمة بعد حمايتها)</translation>
        </message>
        <message>
            <source>not enough space on the disk of {folder}: {needed} needed, {free} free; {kept}</source>
            <comment>disk.full</comment>
            <translation>لا توجد مساحة كافية على قرص {folder}: المطلوب {needed}، والمتاح {free}؛ {kept}</translation>
        </message>
        <message>
            <source>the disk of {folder} is full ({free} free); {kept}</source>
            <comment>disk.full_unknown</comment>
            <translation>قرص {folder} ممتلئ (المساحة المتاحة {free})؛ {kept}</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes)</source>
            <comment>evidence.empty_file</comment>
            <translation>الملف فارغ (0 بايت)</translation>
        </message>
        <message>
            <source>evidence needs a title (e.g. the name of the law or policy)</source>
            <comment>evidence.needs_title</comment>
            <translation>يحتاج الدليل إلى عنوان (مثل اسم القانون أو السياسة)</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <comment>evidence.not_a_date</comment>
            <translation>{value} ليس تاريخًا (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>{value} is not a kind of evidence ({kinds})</source>
            <comment>evidence.not_a_kind</comment>
            <translation>{value} ليس نوعًا من أنواع الأدلة ({kinds})</translation>
        </message>
        <message>
            <source>{value} is not a year</source>
            <comment>evidence.not_a_year</comment>
            <translation>{value} ليس سنة</translation>
        </message>
        <message>
            <source>no evidence item {id}</source>
            <comment>evidence.not_found</comment>
            <translation>لا يوجد دليل {id}</translation>
        </message>
        <message>
            <source>the file is too large to attach ({size} MiB; the limit is {limit} MiB); cite it by reference instead</source>
            <comment>evidence.too_large</comment>
            <translation>الملف أكبر من أن يُرفَق ({size} ميبيبايت؛ والحد الأقصى {limit} ميبيبايت)؛ استشهد به بالإشارة إلى مرجعه بدلًا من ذلك</translation>
        </message>
        <message numerus="yes">
            <source>unknown evidence fields: {fields}</source>
            <comment>evidence.unknown_fields</comment>
            <translation>
                <numerusform>حقول أدلة غير معروفة: {fields}</numerusform>
                <numerusform>حقل دليل غير معروف: {fields}</numerusform>
                <numerusform>حقلا دليل غير معروفين: {fields}</numerusform>
                <numerusform>حقول أدلة غير معروفة: {fields}</numerusform>
                <numerusform>حقول أدلة غير معروفة: {fields}</numerusform>
                <numerusform>حقول أدلة غير معروفة: {fields}</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>evidence.unreadable</comment>
            <translation>تعذّرت قراءة الملف: {reason}</translation>
        </message>
        <message>
            <source>refused: {reason}; nothing was imported</source>
            <comment>exchange.refused</comment>
            <translation>رُفض: {reason}؛ لم يُستورد أي شيء</translation>
        </message>
        <message>
            <source>Exported (UTC)</source>
            <comment>export.about.exported</comment>
            <translation>تاريخ التصدير (UTC)</translation>
        </message>
        <message>
            <source>Exported with</source>
            <comment>export.about.exported_with</comment>
            <translation>أداة التصدير</translation>
        </message>
        <message>
            <source>stable across copies and exchange packages</source>
            <comment>export.about.id</comment>
            <translation>ثابت في جميع النسخ وحزم التبادل</translation>
        </message>
        <message>
            <source>Language</source>
            <comment>export.about.language</comment>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>no</source>
            <comment>export.cell.no</comment>
            <translation>لا</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>export.cell.yes</comment>
            <translation>نعم</translation>
        </message>
        <message>
            <source>Actor</source>
            <comment>export.column.actor</comment>
            <translation>الجهة الفاعلة</translation>
        </message>
        <message>
            <source>Added (UTC)</source>
            <comment>export.column.added</comment>
            <translation>تاريخ الإضافة (UTC)</translation>
        </message>
        <message>
            <source>Added by</source>
            <comment>export.column.added_by</comment>
            <translation>أضافه</translation>
        </message>
        <message>
            <source>Answer code</source>
            <comment>export.column.answer_code</comment>
            <translation>رمز الإجابة</translation>
        </message>
        <message>
            <source>Answer label</source>
            <comment>export.column.answer_label</comment>
            <translation>تسمية الإجابة</translation>
        </message>
        <message>
            <source>Answered</source>
            <comment>export.column.answered</comment>
            <translation>مُجاب عنها</translation>
        </message>
        <message>
            <source>Assessment id</source>
            <comment>export.column.assessment_id</comment>
            <translation>معرّف التقييم</translation>
        </message>
        <message>
            <source>Author</source>
            <comment>export.column.author</comment>
            <translation>الكاتب</translation>
        </message>
        <message>
            <source>Carried over</source>
            <comment>export.column.carried_over</comment>
            <translation>مُرحَّلة</translation>
        </message>
        <message>
            <source>Category</source>
            <comment>export.column.category</comment>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Changed by</source>
            <comment>export.column.changed_by</comment>
            <translation>عدّلها</translation>
        </message>
        <message>
            <source>Code</source>
            <comment>export.column.code</comment>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Code list</source>
            <comment>export.column.code_list</comment>
            <translation>قائمة الرموز</translation>
        </message>
        <message>
            <source>Column</source>
            <comment>export.column.column</comment>
            <translation>العمود</translation>
        </message>
        <message>
            <source>Comment</source>
            <comment>export.column.comment</comment>
            <translation>التعليق</translation>
        </message>
        <message>
            <source>Comment id</source>
            <comment>export.column.comment_id</comment>
            <translation>معرّف التعليق</translation>
        </message>
        <message>
            <source>Comments</source>
            <comment>export.column.comments</comment>
            <translation>التعليقات</translation>
        </message>
        <message>
            <source>Completion % (indicative completion measure, not an official MGI score)</source>
            <comment>export.column.completion</comment>
            <translation>نسبة الإنجاز % (مقياس إرشادي لمدى الإنجاز، وليس درجة رسمية لمؤشرات حوكمة الهجرة)</translation>
        </message>
        <message>
            <source>Country</source>
            <comment>export.column.country</comment>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Country name</source>
            <comment>export.column.country_name</comment>
            <translation>اسم البلد</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <comment>export.column.created</comment>
            <translation>تاريخ الإنشاء (UTC)</translation>
        </message>
        <message>
            <source>Date</source>
            <comment>export.column.date</comment>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Domain</source>
            <comment>export.column.domain</comment>
            <translation>المجال</translation>
        </message>
        <message>
            <source>Domain title</source>
            <comment>export.column.domain_title</comment>
            <translation>عنوان المجال</translation>
        </message>
        <message>
            <source>Don't know</source>
            <comment>export.column.dont_know</comment>
            <translation>لا أعرف</translation>
        </message>
        <message>
            <source>Drafted</source>
            <comment>export.column.drafted</comment>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Entity</source>
            <comment>export.column.entity</comment>
            <translation>الكيان</translation>
        </message>
        <message>
            <source>Entity id</source>
            <comment>export.column.entity_id</comment>
            <translation>معرّف الكيان</translation>
        </message>
        <message>
            <source>Event id</source>
            <comment>export.column.event_id</comment>
            <translation>معرّف الحدث</translation>
        </message>
        <message>
            <source>Evidence count</source>
            <comment>export.column.evidence_count</comment>
            <translation>عدد الأدلة</translation>
        </message>
        <message>
            <source>Evidence id</source>
            <comment>export.column.evidence_id</comment>
            <translation>معرّف الدليل</translation>
        </message>
        <message>
            <source>Field</source>
            <comment>export.column.field</comment>
            <translation>الحقل</translation>
        </message>
        <message>
            <source>File</source>
            <comment>export.column.file</comment>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Finding</source>
            <comment>export.column.finding</comment>
            <translation>الاستنتاج</translation>
        </message>
        <message>
            <source>Finding id</source>
            <comment>export.column.finding_id</comment>
            <translation>معرّف الاستنتاج</translation>
        </message>
        <message>
            <source>Flagged</source>
            <comment>export.column.flagged</comment>
            <translation>مُعلَّمة للمتابعة</translation>
        </message>
        <message>
            <source>Framework</source>
            <comment>export.column.framework</comment>
            <translation>الإطار</translation>
        </message>
        <message>
            <source>Framework version</source>
            <comment>export.column.framework_version</comment>
            <translation>إصدار الإطار</translation>
        </message>
        <message>
            <source>Indicator</source>
            <comment>export.column.indicator</comment>
            <translation>المؤشر</translation>
        </message>
        <message>
            <source>Issuing body</source>
            <comment>export.column.issuing_body</comment>
            <translation>الجهة المُصدِرة</translation>
        </message>
        <message>
            <source>Item</source>
            <comment>export.column.item</comment>
            <translation>البند</translation>
        </message>
        <message>
            <source>Justification</source>
            <comment>export.column.justification</comment>
            <translation>المبرر</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>export.column.kind</comment>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Last changed (UTC)</source>
            <comment>export.column.last_changed</comment>
            <translation>آخر تعديل (UTC)</translation>
        </message>
        <message>
            <source>Level</source>
            <comment>export.column.level</comment>
            <translation>المستوى</translation>
        </message>
        <message>
            <source>Locality</source>
            <comment>export.column.locality</comment>
            <translation>المنطقة المحلية</translation>
        </message>
        <message>
            <source>Meaning</source>
            <comment>export.column.meaning</comment>
            <translation>المعنى</translation>
        </message>
        <message>
            <source>New value</source>
            <comment>export.column.new_value</comment>
            <translation>القيمة الجديدة</translation>
        </message>
        <message>
            <source>No</source>
            <comment>export.column.no</comment>
            <translation>لا</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <comment>export.column.not_applicable</comment>
            <translation>لا ينطبق</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>export.column.note</comment>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Old value</source>
            <comment>export.column.old_value</comment>
            <translation>القيمة السابقة</translation>
        </message>
        <message>
            <source>Partially</source>
            <comment>export.column.partially</comment>
            <translation>جزئياً</translation>
        </message>
        <message>
            <source>Position</source>
            <comment>export.column.position</comment>
            <translation>الموضع</translation>
        </message>
        <message>
            <source>Potential findings</source>
            <comment>export.column.potential_findings</comment>
            <translation>استنتاجات: إمكانات التطوير</translation>
        </message>
        <message>
            <source>Question</source>
            <comment>export.column.question</comment>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>Question code</source>
            <comment>export.column.question_code</comment>
            <translation>رمز السؤال</translation>
        </message>
        <message>
            <source>Questionnaire version</source>
            <comment>export.column.questionnaire_version</comment>
            <translation>إصدار الاستبيان</translation>
        </message>
        <message>
            <source>Questions</source>
            <comment>export.column.questions</comment>
            <translation>الأسئلة</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>export.column.reason</comment>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Reference</source>
            <comment>export.column.reference</comment>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Relevant</source>
            <comment>export.column.relevant</comment>
            <translation>ذات صلة</translation>
        </message>
        <message>
            <source>Resolved</source>
            <comment>export.column.resolved</comment>
            <translation>تمت معالجته</translation>
        </message>
        <message>
            <source>Resolved (UTC)</source>
            <comment>export.column.resolved_at</comment>
            <translation>تاريخ المعالجة (UTC)</translation>
        </message>
        <message>
            <source>Resolved by</source>
            <comment>export.column.resolved_by</comment>
            <translation>عالجه</translation>
        </message>
        <message>
            <source>Review status</source>
            <comment>export.column.review_status</comment>
            <translation>حالة المراجعة</translation>
        </message>
        <message>
            <source>Role</source>
            <comment>export.column.role</comment>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Round</source>
            <comment>export.column.round</comment>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>SDG 10.7.2 category</source>
            <comment>export.column.sdg_category</comment>
            <translation>فئة المؤشر 10.7.2</translation>
        </message>
        <message>
            <source>SDG 10.7.2 category label</source>
            <comment>export.column.sdg_category_label</comment>
            <translation>تسمية فئة المؤشر 10.7.2</translation>
        </message>
        <message>
            <source>SDG 10.7.2 value</source>
            <comment>export.column.sdg_value</comment>
            <translation>قيمة المؤشر 10.7.2</translation>
        </message>
        <message>
            <source>Sheet</source>
            <comment>export.column.sheet</comment>
            <translation>الورقة</translation>
        </message>
        <message>
            <source>Sub-area</source>
            <comment>export.column.sub_area</comment>
            <translation>المجال الفرعي</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <comment>export.column.time</comment>
            <translation>الوقت (UTC)</translation>
        </message>
        <message>
            <source>Title</source>
            <comment>export.column.title</comment>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Updated (UTC)</source>
            <comment>export.column.updated</comment>
            <translation>تاريخ التحديث (UTC)</translation>
        </message>
        <message>
            <source>URL</source>
            <comment>export.column.url</comment>
            <translation>الرابط</translation>
        </message>
        <message>
            <source>Validation</source>
            <comment>export.column.validation</comment>
            <translation>المصادقة</translation>
        </message>
        <message>
            <source>Value</source>
            <comment>export.column.value</comment>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Well-developed findings</source>
            <comment>export.column.well_developed_findings</comment>
            <translation>استنتاجات: متطورة جيداً</translation>
        </message>
        <message>
            <source>Written (UTC)</source>
            <comment>export.column.written</comment>
            <translation>تاريخ الكتابة (UTC)</translation>
        </message>
        <message>
            <source>Year</source>
            <comment>export.column.year</comment>
            <translation>السنة</translation>
        </message>
        <message>
            <source>Yes</source>
            <comment>export.column.yes</comment>
            <translation>نعم</translation>
        </message>
        <message>
            <source>this sheet: the inputs, the filters, what each sheet holds, what the columns mean</source>
            <comment>export.consolidate.about_about</comment>
            <translation>هذه الورقة: المدخلات، وعوامل التصفية، ومحتوى كل ورقة، ومعنى الأعمدة</translation>
        </message>
        <message>
            <source>All compl. %</source>
            <comment>export.consolidate.all_completion</comment>
            <translation>الكل: الإنجاز %</translation>
        </message>
        <message>
            <source>All no</source>
            <comment>export.consolidate.all_no</comment>
            <translation>الكل: لا</translation>
        </message>
        <message>
            <source>All partially</source>
            <comment>export.consolidate.all_partially</comment>
            <translation>الكل: جزئياً</translation>
        </message>
        <message>
            <source>All yes</source>
            <comment>export.consolidate.all_yes</comment>
            <translation>الكل: نعم</translation>
        </message>
        <message>
            <source>Answer rows</source>
            <comment>export.consolidate.answer_rows</comment>
            <translation>صفوف الإجابات</translation>
        </message>
        <message>
            <source>Archived</source>
            <comment>export.consolidate.archived</comment>
            <translation>مؤرشف</translation>
        </message>
        <message>
            <source>TRUE when the assessment is archived in the database it came from</source>
            <comment>export.consolidate.archived_about</comment>
            <translation>TRUE عندما يكون التقييم مؤرشفاً في قاعدة البيانات التي جاء منها</translation>
        </message>
        <message>
            <source>excluded</source>
            <comment>export.consolidate.archived_excluded</comment>
            <translation>مستبعدة</translation>
        </message>
        <message>
            <source>included</source>
            <comment>export.consolidate.archived_included</comment>
            <translation>مشمولة</translation>
        </message>
        <message>
            <source>Assessment title</source>
            <comment>export.consolidate.assessment_title</comment>
            <translation>عنوان التقييم</translation>
        </message>
        <message>
            <source>Assessments</source>
            <comment>export.consolidate.assessments</comment>
            <translation>التقييمات</translation>
        </message>
        <message>
            <source>well_developed or potential (area with potential for further development)</source>
            <comment>export.consolidate.category_about</comment>
            <translation>well_developed أو potential (مجال ينطوي على إمكانات لمزيد من التطوير)</translation>
        </message>
        <message>
            <source>Column: {header}</source>
            <comment>export.consolidate.column_line</comment>
            <translation>العمود: {header}</translation>
        </message>
        <message>
            <source>a row per assessment, the domains across: counts of yes, partially and no answers and the completion per domain</source>
            <comment>export.consolidate.countries_about</comment>
            <translation>صف لكل تقييم، والمجالات في الأعمدة: عدد الإجابات بنعم وجزئياً ولا ونسبة الإنجاز لكل مجال</translation>
        </message>
        <message>
            <source>ISO 3166-1 alpha-3</source>
            <comment>export.consolidate.country_about</comment>
            <translation>ISO 3166-1 alpha-3</translation>
        </message>
        <message>
            <source>Answers per assessment, all domains</source>
            <comment>export.consolidate.country_chart_title</comment>
            <translation>الإجابات حسب التقييم، جميع المجالات</translation>
        </message>
        <message>
            <source>CSV files</source>
            <comment>export.consolidate.csv_files</comment>
            <translation>ملفات CSV</translation>
        </message>
        <message>
            <source>D{domain} compl. %</source>
            <comment>export.consolidate.d_completion</comment>
            <translation>المجال {domain}: الإنجاز %</translation>
        </message>
        <message>
            <source>answered / relevant x 100 in domain {domain}; indicative, not an official MGI score</source>
            <comment>export.consolidate.d_completion_about</comment>
            <translation>المُجاب عنها / ذات الصلة × 100 في المجال {domain}؛ إرشادي، وليس درجة رسمية لمؤشرات حوكمة الهجرة</translation>
        </message>
        <message>
            <source>D{domain} no</source>
            <comment>export.consolidate.d_no</comment>
            <translation>المجال {domain}: لا</translation>
        </message>
        <message>
            <source>relevant questions of domain {domain} answered 'no'</source>
            <comment>export.consolidate.d_no_about</comment>
            <translation>الأسئلة ذات الصلة في المجال {domain} التي أُجيب عنها بـ«لا»</translation>
        </message>
        <message>
            <source>D{domain} partially</source>
            <comment>export.consolidate.d_partially</comment>
            <translation>المجال {domain}: جزئياً</translation>
        </message>
        <message>
            <source>relevant questions of domain {domain} answered 'partially'</source>
            <comment>export.consolidate.d_partially_about</comment>
            <translation>الأسئلة ذات الصلة في المجال {domain} التي أُجيب عنها بـ«جزئياً»</translation>
        </message>
        <message>
            <source>D{domain} yes</source>
            <comment>export.consolidate.d_yes</comment>
            <translation>المجال {domain}: نعم</translation>
        </message>
        <message>
            <source>relevant questions of domain {domain} answered 'yes'</source>
            <comment>export.consolidate.d_yes_about</comment>
            <translation>الأسئلة ذات الصلة في المجال {domain} التي أُجيب عنها بـ«نعم»</translation>
        </message>
        <message>
            <source>D{domain}</source>
            <comment>export.consolidate.domain_line</comment>
            <translation>المجال {domain}</translation>
        </message>
        <message>
            <source>a row per assessment and domain (and one for all domains): counts of answers, completion, findings; the CSV file leaves out the all-domains rows</source>
            <comment>export.consolidate.domains_about</comment>
            <translation>صف لكل تقييم ومجال (وصف لجميع المجالات): عدد الإجابات، ونسبة الإنجاز، والاستنتاجات؛ يُسقط ملف CSV صفوف جميع المجالات</translation>
        </message>
        <message>
            <source>an assessment found in several inputs (same id) is counted once: the copy with the latest revision is used, the others are listed in the Duplicates sheet</source>
            <comment>export.consolidate.duplicates_about</comment>
            <translation>يُحتسب التقييم الموجود في عدة مُدخلات (بالمعرّف نفسه) مرة واحدة: تُستخدم النسخة ذات أحدث مراجعة، وتُدرج النسخ الأخرى في ورقة «النسخ المكررة»</translation>
        </message>
        <message>
            <source>a row per evidence item: kind, title, reference, year, address</source>
            <comment>export.consolidate.evidence_about</comment>
            <translation>صف لكل دليل: النوع، والعنوان، والمرجع، والسنة، والعنوان الإلكتروني</translation>
        </message>
        <message>
            <source>Excluded by the filters</source>
            <comment>export.consolidate.excluded</comment>
            <translation>المستبعدة بعوامل التصفية</translation>
        </message>
        <message>
            <source>each filter's count is what it leaves out on its own (an archived draft counts under both); the total counts each assessment once, after duplicates are set aside</source>
            <comment>export.consolidate.excluded_about</comment>
            <translation>عدد كل عامل تصفية هو ما يستبعده وحده (المسودة المؤرشفة تُحسب في كليهما)؛ ويَحسب المجموع كل تقييم مرة واحدة بعد استبعاد النسخ المكررة</translation>
        </message>
        <message>
            <source>Excluded as archived</source>
            <comment>export.consolidate.excluded_as_archived</comment>
            <translation>المستبعدة لأنها مؤرشفة</translation>
        </message>
        <message>
            <source>Excluded by status</source>
            <comment>export.consolidate.excluded_by_status</comment>
            <translation>المستبعدة بسبب الحالة</translation>
        </message>
        <message>
            <source>Filter: archived assessments</source>
            <comment>export.consolidate.filter_archived</comment>
            <translation>عامل التصفية: التقييمات المؤرشفة</translation>
        </message>
        <message>
            <source>Filter: statuses included</source>
            <comment>export.consolidate.filter_statuses</comment>
            <translation>عامل التصفية: الحالات المشمولة</translation>
        </message>
        <message>
            <source>a row per finding, by assessment and domain, well-developed first, in the profile's order</source>
            <comment>export.consolidate.findings_about</comment>
            <translation>صف لكل استنتاج، حسب التقييم والمجال، المجالات المتطورة أولاً، بترتيب الملف القطري</translation>
        </message>
        <message>
            <source>Assessments found</source>
            <comment>export.consolidate.found</comment>
            <translation>التقييمات التي عُثر عليها</translation>
        </message>
        <message>
            <source>Input</source>
            <comment>export.consolidate.input</comment>
            <translation>المُدخل</translation>
        </message>
        <message>
            <source>a row per input file: assessments found, used, left out as duplicates or by the filters</source>
            <comment>export.consolidate.inputs_about</comment>
            <translation>صف لكل ملف مدخل: التقييمات الموجودة، والمستخدمة، والمستبعدة كنسخ مكررة أو بعوامل التصفية</translation>
        </message>
        <message>
            <source>a row per answer with a justification, its full text</source>
            <comment>export.consolidate.justifications_about</comment>
            <translation>صف لكل إجابة لها مبرر، بنصه الكامل</translation>
        </message>
        <message>
            <source>Kept from</source>
            <comment>export.consolidate.kept_from</comment>
            <translation>مأخوذة من</translation>
        </message>
        <message>
            <source>Kept revision</source>
            <comment>export.consolidate.kept_revision</comment>
            <translation>المراجعة المعتمدة</translation>
        </message>
        <message>
            <source>law, regulation, policy, plan, agreement, report, website, interview or other</source>
            <comment>export.consolidate.kind_about</comment>
            <translation>law أو regulation أو policy أو plan أو agreement أو report أو website أو interview أو other</translation>
        </message>
        <message>
            <source>national or local</source>
            <comment>export.consolidate.level_about</comment>
            <translation>national أو local</translation>
        </message>
        <message>
            <source>Linked questions</source>
            <comment>export.consolidate.linked</comment>
            <translation>الأسئلة المرتبطة</translation>
        </message>
        <message>
            <source>the question codes the finding is linked to, separated by ';'</source>
            <comment>export.consolidate.linked_about</comment>
            <translation>رموز الأسئلة المرتبطة بالاستنتاج، مفصولة بـ«;»</translation>
        </message>
        <message>
            <source>a row per assessment and question: the answer code and label, its review status</source>
            <comment>export.consolidate.long_about</comment>
            <translation>صف لكل تقييم وسؤال: رمز الإجابة وتسميتها، وحالة المراجعة</translation>
        </message>
        <message>
            <source>a row per assessment, a column per question code; cells hold the answer codes</source>
            <comment>export.consolidate.matrix_about</comment>
            <translation>صف لكل تقييم وعمود لكل رمز سؤال؛ وتحتوي الخلايا على رموز الإجابات</translation>
        </message>
        <message>
            <source>Duplicates not used</source>
            <comment>export.consolidate.not_used</comment>
            <translation>النسخ المكررة غير المستخدمة</translation>
        </message>
        <message>
            <source>Not used from</source>
            <comment>export.consolidate.not_used_from</comment>
            <translation>غير مستخدمة من</translation>
        </message>
        <message>
            <source>Not used revision</source>
            <comment>export.consolidate.not_used_revision</comment>
            <translation>المراجعة غير المستخدمة</translation>
        </message>
        <message>
            <source>Official name</source>
            <comment>export.consolidate.official_name</comment>
            <translation>الاسم الرسمي</translation>
        </message>
        <message>
            <source>the country's name as its profile prints it when set (Profile details), else its official name (ISO 3166, in English)</source>
            <comment>export.consolidate.official_name_about</comment>
            <translation>اسم البلد كما يطبعه ملفه إن حُدِّد (تفاصيل الملف)، وإلا فاسمه الرسمي (ISO 3166، بالإنجليزية)</translation>
        </message>
        <message>
            <source>Tables of the consolidated Migration Governance Indicators assessments, one CSV file per table, joined on assessment_id. Text that starts with = + - @, a tab or a carriage return is written with a leading apostrophe (') so that spreadsheets do not run it as a formula; remove it when reading if needed.</source>
            <comment>export.consolidate.package_about</comment>
            <translation>جداول التقييمات المجمّعة لمؤشرات حوكمة الهجرة، ملف CSV لكل جدول، مرتبطة عبر assessment_id. يُكتب النص الذي يبدأ بـ = أو + أو - أو @ أو بعلامة جدولة أو إرجاع السطر مسبوقاً بفاصلة عليا (') كي لا تنفّذه جداول البيانات كصيغة؛ احذفها عند القراءة إن لزم.</translation>
        </message>
        <message>
            <source>MGI consolidated assessments</source>
            <comment>export.consolidate.package_title</comment>
            <translation>تقييمات مؤشرات حوكمة الهجرة المجمّعة</translation>
        </message>
        <message>
            <source>Percentages</source>
            <comment>export.consolidate.percentages</comment>
            <translation>النسب المئوية</translation>
        </message>
        <message>
            <source>completion percentages are an indicative completion measure, not an official MGI score</source>
            <comment>export.consolidate.percentages_about</comment>
            <translation>نسب الإنجاز مقياس إرشادي لمدى الإنجاز، وليست درجة رسمية لمؤشرات حوكمة الهجرة</translation>
        </message>
        <message>
            <source>Country summary</source>
            <comment>export.consolidate.sheet_countries</comment>
            <translation>ملخص البلدان</translation>
        </message>
        <message>
            <source>Domain summary</source>
            <comment>export.consolidate.sheet_domains</comment>
            <translation>ملخص المجالات</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <comment>export.consolidate.sheet_duplicates</comment>
            <translation>النسخ المكررة</translation>
        </message>
        <message>
            <source>Evidence</source>
            <comment>export.consolidate.sheet_evidence</comment>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Findings</source>
            <comment>export.consolidate.sheet_findings</comment>
            <translation>الاستنتاجات</translation>
        </message>
        <message>
            <source>Inputs</source>
            <comment>export.consolidate.sheet_inputs</comment>
            <translation>المُدخلات</translation>
        </message>
        <message>
            <source>Justifications</source>
            <comment>export.consolidate.sheet_justifications</comment>
            <translation>المبررات</translation>
        </message>
        <message>
            <source>Sheet: {sheet}</source>
            <comment>export.consolidate.sheet_line</comment>
            <translation>الورقة: {sheet}</translation>
        </message>
        <message>
            <source>Answers (long)</source>
            <comment>export.consolidate.sheet_long</comment>
            <translation>الإجابات (تنسيق طويل)</translation>
        </message>
        <message>
            <source>Matrix (wide)</source>
            <comment>export.consolidate.sheet_matrix</comment>
            <translation>المصفوفة (تنسيق عريض)</translation>
        </message>
        <message>
            <source>Domain totals</source>
            <comment>export.consolidate.sheet_totals</comment>
            <translation>مجاميع المجالات</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>export.consolidate.status</comment>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>the assessment's status: draft, submitted, in_review, returned, resubmitted, validated or approved</source>
            <comment>export.consolidate.status_about</comment>
            <translation>حالة التقييم: draft أو submitted أو in_review أو returned أو resubmitted أو validated أو approved</translation>
        </message>
        <message>
            <source>a row per domain: the answers of every assessment consolidated, added up</source>
            <comment>export.consolidate.totals_about</comment>
            <translation>صف لكل مجال: إجابات جميع التقييمات المجمّعة، مجموعةً</translation>
        </message>
        <message>
            <source>the address as typed, plain text (never a live link)</source>
            <comment>export.consolidate.url_about</comment>
            <translation>العنوان كما كُتب، نصاً عادياً (وليس رابطاً نشطاً أبداً)</translation>
        </message>
        <message>
            <source>Assessments used</source>
            <comment>export.consolidate.used</comment>
            <translation>التقييمات المستخدمة</translation>
        </message>
        <message>
            <source>what the validation is worth, checked against the keys trusted by whoever consolidated: 'signed' only when a reviewer key they trust signed it, it is not the focal point's own key, the signature verifies and the answers are those it signed (the codes are listed below)</source>
            <comment>export.consolidate.validation_about</comment>
            <translation>قيمة المصادقة بعد التحقق منها مقابل المفاتيح التي يثق بها من أجرى التجميع: 'signed' فقط عندما يوقّعها مفتاح مراجِع موثوق لديه، ولا يكون مفتاح جهة التنسيق نفسها، ويكون التوقيع صالحاً، وتكون الإجابات هي التي وُقّعت (الرموز مدرجة أدناه)</translation>
        </message>
        <message>
            <source>Validation details</source>
            <comment>export.consolidate.validation_details</comment>
            <translation>تفاصيل المصادقة</translation>
        </message>
        <message>
            <source>the validation's standing in words, naming the key's holder or the key</source>
            <comment>export.consolidate.validation_details_about</comment>
            <translation>وضع المصادقة بالكلمات، مع ذكر صاحب المفتاح أو المفتاح</translation>
        </message>
        <message>
            <source>Validation key</source>
            <comment>export.consolidate.validation_key</comment>
            <translation>مفتاح المصادقة</translation>
        </message>
        <message>
            <source>the fingerprint of the key that signed the validation (64 hex digits; people compare the first 20)</source>
            <comment>export.consolidate.validation_key_about</comment>
            <translation>بصمة المفتاح الذي وقّع المصادقة (64 رقماً ست عشرياً؛ تُقارن العشرون الأولى)</translation>
        </message>
        <message>
            <source>Validation: {mark}</source>
            <comment>export.consolidate.validation_line</comment>
            <translation>المصادقة: {mark}</translation>
        </message>
        <message>
            <source>Validations</source>
            <comment>export.consolidate.validations</comment>
            <translation>المصادقات</translation>
        </message>
        <message>
            <source>Validation warnings</source>
            <comment>export.consolidate.warnings</comment>
            <translation>تنبيهات المصادقة</translation>
        </message>
        <message>
            <source>assessments used from this input that claim a validation not backed as 'signed' (see the Validation column)</source>
            <comment>export.consolidate.warnings_about</comment>
            <translation>التقييمات المستخدمة من هذا المُدخل التي تدّعي مصادقة غير مدعومة بالرمز 'signed' (انظر عمود المصادقة)</translation>
        </message>
        <message>
            <source>Your answer</source>
            <comment>export.contribution.column.answer</comment>
            <translation>إجابتكم</translation>
        </message>
        <message>
            <source>Asked when</source>
            <comment>export.contribution.column.asked_when</comment>
            <translation>متى يُطرح</translation>
        </message>
        <message>
            <source>Code</source>
            <comment>export.contribution.column.code</comment>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Comment to the focal point</source>
            <comment>export.contribution.column.comment</comment>
            <translation>تعليق إلى جهة التنسيق</translation>
        </message>
        <message>
            <source>Answer in the assessment now</source>
            <comment>export.contribution.column.current</comment>
            <translation>الإجابة الحالية في التقييم</translation>
        </message>
        <message>
            <source>Guidance</source>
            <comment>export.contribution.column.guidance</comment>
            <translation>إرشادات</translation>
        </message>
        <message>
            <source>Justification</source>
            <comment>export.contribution.column.justification</comment>
            <translation>المبرر</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>export.contribution.column.kind</comment>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Question</source>
            <comment>export.contribution.column.question</comment>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>Reference</source>
            <comment>export.contribution.column.reference</comment>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Title</source>
            <comment>export.contribution.column.title</comment>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Web address</source>
            <comment>export.contribution.column.url</comment>
            <translation>عنوان الويب</translation>
        </message>
        <message>
            <source>Year</source>
            <comment>export.contribution.column.year</comment>
            <translation>السنة</translation>
        </message>
        <message>
            <source>Several answers: separate them with ;</source>
            <comment>export.contribution.hint.multiple</comment>
            <translation>عدة إجابات: افصل بينها بـ ;</translation>
        </message>
        <message>
            <source>On the sheet “{answers}”, give each answer in the column “{answer}”: pick it from the drop-down list, or type it. Say why in “{justification}”, citing laws, policies or sources.</source>
            <comment>export.contribution.instructions.answer</comment>
            <translation>في ورقة «{answers}»، أعطِ كل إجابة في العمود «{answer}»: اخترها من القائمة المنسدلة أو اكتبها. واذكر السبب في «{justification}» مستشهدًا بالقوانين أو السياسات أو المصادر.</translation>
        </message>
        <message>
            <source>Some questions are asked only with certain answers to others: “{asked_when}” says when. Leave a question that is not asked empty.</source>
            <comment>export.contribution.instructions.asked_when</comment>
            <translation>تُطرح بعض الأسئلة فقط مع إجابات معيّنة عن أسئلة أخرى: يبيّن «{asked_when}» متى. اترك السؤال الذي لا يُطرح فارغًا.</translation>
        </message>
        <message>
            <source>Please return it by {due}.</source>
            <comment>export.contribution.instructions.due</comment>
            <translation>يُرجى إعادته بحلول {due}.</translation>
        </message>
        <message>
            <source>An empty cell changes nothing: the assessment keeps what it holds.</source>
            <comment>export.contribution.instructions.empty</comment>
            <translation>الخلية الفارغة لا تغيّر شيئًا: يحتفظ التقييم بما فيه.</translation>
        </message>
        <message>
            <source>On the sheet “{evidence}”, add one row per source: the question's code, its kind, title, reference, year and web address. Add as many rows as you need.</source>
            <comment>export.contribution.instructions.evidence</comment>
            <translation>في ورقة «{evidence}»، أضف صفًا لكل مصدر: رمز السؤال ونوعه وعنوانه ومرجعه وسنته وعنوان الويب. أضف من الصفوف ما تحتاج.</translation>
        </message>
        <message>
            <source>This workbook holds the questions of the assessment “{title}” given to {contributor}.</source>
            <comment>export.contribution.instructions.intro</comment>
            <translation>يضم هذا المصنف أسئلة التقييم «{title}» المسندة إلى {contributor}.</translation>
        </message>
        <message>
            <source>Where several answers may be chosen, write them in one cell separated by semicolons (;).</source>
            <comment>export.contribution.instructions.multiple</comment>
            <translation>حيث يمكن اختيار عدة إجابات، اكتبها في خلية واحدة مفصولة بفواصل منقوطة (;).</translation>
        </message>
        <message>
            <source>Codes and questions are protected without a password so they are not changed by mistake; you may sort, filter, format and add columns. Do not rename the sheets or their column headers.</source>
            <comment>export.contribution.instructions.protection</comment>
            <translation>الرموز والأسئلة محمية بلا كلمة مرور كي لا تُغيَّر خطأً؛ يمكنك الفرز والتصفية والتنسيق وإضافة أعمدة. لا تغيّر أسماء الأوراق ولا عناوين أعمدتها.</translation>
        </message>
        <message>
            <source>Save the workbook as .xlsx (Excel or LibreOffice) and send it back to the focal point, {focal_point}.</source>
            <comment>export.contribution.instructions.return</comment>
            <translation>احفظ المصنف بصيغة ‎.xlsx (Excel أو LibreOffice) وأعده إلى جهة التنسيق، {focal_point}.</translation>
        </message>
        <message>
            <source>Answers</source>
            <comment>export.contribution.sheet.answers</comment>
            <translation>الإجابات</translation>
        </message>
        <message>
            <source>Evidence</source>
            <comment>export.contribution.sheet.evidence</comment>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Instructions</source>
            <comment>export.contribution.sheet.instructions</comment>
            <translation>التعليمات</translation>
        </message>
        <message>
            <source>indicative completion measure, not an official MGI score</source>
            <comment>export.indicative</comment>
            <translation>مقياس إرشادي لمدى الإنجاز، وليس درجة رسمية لمؤشرات حوكمة الهجرة</translation>
        </message>
        <message>
            <source>Migration Governance Indicators</source>
            <comment>export.mgi</comment>
            <translation>مؤشرات حوكمة الهجرة</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <comment>export.print.page</comment>
            <translation>الصفحة {page} من {pages}</translation>
        </message>
        <message>
            <source>About the Migration Governance Indicators</source>
            <comment>export.profile.about</comment>
            <translation>نبذة عن مؤشرات حوكمة الهجرة</translation>
        </message>
        <message>
            <source>The Local MGI adapt the indicators to cities, municipalities and provinces, within the competences of local authorities.</source>
            <comment>export.profile.about_local_text</comment>
            <translation>وتكيّف مؤشرات حوكمة الهجرة على المستوى المحلي هذه المؤشرات لتناسب المدن والبلديات والمقاطعات، في حدود اختصاصات السلطات المحلية.</translation>
        </message>
        <message>
            <source>The Migration Governance Indicators (MGI) are a policy-benchmarking tool led by the International Organization for Migration (IOM). They help governments take stock of their migration governance structures. The MGI look at policy and institutional frameworks: the laws, policies, strategies and institutions that are in place, not how they are implemented in practice or what results they achieve. The MGI are not a ranking: they show well-developed areas and areas with potential for further development, to support a dialogue on migration governance and on progress towards target 10.7 of the Sustainable Development Goals.</source>
            <comment>export.profile.about_text</comment>
            <translation>مؤشرات حوكمة الهجرة أداةٌ لقياس السياسات ومقارنتها تقودها المنظمة الدولية للهجرة. وهي تساعد الحكومات على تقييم هياكل حوكمة الهجرة لديها. وتتناول المؤشرات الأطر السياساتية والمؤسسية، أي القوانين والسياسات والاستراتيجيات والمؤسسات القائمة، لا طريقة تنفيذها في الممارسة العملية ولا النتائج التي تحققها. ولا تشكّل المؤشرات تصنيفاً ترتيبياً، بل تُبرز المجالات المتطورة جيداً والمجالات التي تنطوي على إمكانات لمزيد من التطوير، دعماً للحوار بشأن حوكمة الهجرة وبشأن التقدم المحرز نحو تحقيق الغاية 10.7 من أهداف التنمية المستدامة.</translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed since the previous round (the previous answer, then the answer now):</source>
            <comment>export.profile.changed</comment>
            <translation>
                <numerusform>لم تتغير أي إجابة منذ الجولة السابقة (الإجابة السابقة ثم الإجابة الحالية):</numerusform>
                <numerusform>تغيرت إجابة واحدة منذ الجولة السابقة (الإجابة السابقة ثم الإجابة الحالية):</numerusform>
                <numerusform>تغيرت إجابتان منذ الجولة السابقة (الإجابة السابقة ثم الإجابة الحالية):</numerusform>
                <numerusform>تغيرت %n إجابات منذ الجولة السابقة (الإجابة السابقة ثم الإجابة الحالية):</numerusform>
                <numerusform>تغيرت %n إجابةً منذ الجولة السابقة (الإجابة السابقة ثم الإجابة الحالية):</numerusform>
                <numerusform>تغيرت %n إجابة منذ الجولة السابقة (الإجابة السابقة ثم الإجابة الحالية):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed since round {round} (the previous answer, then the answer now):</source>
            <comment>export.profile.changed_since</comment>
            <translation>
                <numerusform>لم تتغير أي إجابة منذ الجولة {round} (الإجابة السابقة ثم الإجابة الحالية):</numerusform>
                <numerusform>تغيرت إجابة واحدة منذ الجولة {round} (الإجابة السابقة ثم الإجابة الحالية):</numerusform>
                <numerusform>تغيرت إجابتان منذ الجولة {round} (الإجابة السابقة ثم الإجابة الحالية):</numerusform>
                <numerusform>تغيرت %n إجابات منذ الجولة {round} (الإجابة السابقة ثم الإجابة الحالية):</numerusform>
                <numerusform>تغيرت %n إجابةً منذ الجولة {round} (الإجابة السابقة ثم الإجابة الحالية):</numerusform>
                <numerusform>تغيرت %n إجابة منذ الجولة {round} (الإجابة السابقة ثم الإجابة الحالية):</numerusform>
            </translation>
        </message>
        <message>
            <source>Developments since the previous round</source>
            <comment>export.profile.developments</comment>
            <translation>التطورات منذ الجولة السابقة</translation>
        </message>
        <message>
            <source>Domain {n}: {title}</source>
            <comment>export.profile.domain</comment>
            <translation>المجال {n}: {title}</translation>
        </message>
        <message>
            <source>DRAFT — not validated</source>
            <comment>export.profile.draft_mark</comment>
            <translation>مسودة — لم يُصادَق عليها</translation>
        </message>
        <message>
            <source>Fifth Profile</source>
            <comment>export.profile.fifth</comment>
            <translation>الملف الخامس</translation>
        </message>
        <message>
            <source>First Profile</source>
            <comment>export.profile.first</comment>
            <translation>الملف الأول</translation>
        </message>
        <message>
            <source>Fourth Profile</source>
            <comment>export.profile.fourth</comment>
            <translation>الملف الرابع</translation>
        </message>
        <message>
            <source>{title}, version {version}</source>
            <comment>export.profile.framework</comment>
            <translation>{title}، الإصدار {version}</translation>
        </message>
        <message>
            <source>Interview: {citation}</source>
            <comment>export.profile.interview</comment>
            <translation>مقابلة: {citation}</translation>
        </message>
        <message>
            <source>Introduction</source>
            <comment>export.profile.introduction</comment>
            <translation>مقدمة</translation>
        </message>
        <message>
            <source>No findings have been recorded for this domain yet.</source>
            <comment>export.profile.no_findings</comment>
            <translation>لم تُسجَّل بعد أي استنتاجات لهذا المجال.</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <comment>export.profile.none_recorded</comment>
            <translation>لم يُسجَّل شيء.</translation>
        </message>
        <message>
            <source>not answered</source>
            <comment>export.profile.not_answered</comment>
            <translation>بلا إجابة</translation>
        </message>
        <message>
            <source>Now</source>
            <comment>export.profile.now_column</comment>
            <translation>الآن</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <comment>export.profile.page_of</comment>
            <translation>الصفحة {n} من {total}</translation>
        </message>
        <message>
            <source>{place} — round {n}</source>
            <comment>export.profile.place_round</comment>
            <translation>{place} — الجولة {n}</translation>
        </message>
        <message>
            <source>Areas with potential for further development</source>
            <comment>export.profile.potential</comment>
            <translation>مجالات تنطوي على إمكانات لمزيد من التطوير</translation>
        </message>
        <message>
            <source>Previous round</source>
            <comment>export.profile.previous_column</comment>
            <translation>الجولة السابقة</translation>
        </message>
        <message>
            <source>The previous round is not in this database, so the answers cannot be compared here.</source>
            <comment>export.profile.previous_missing</comment>
            <translation>الجولة السابقة غير موجودة في قاعدة البيانات هذه، ولذلك لا يمكن مقارنة الإجابات هنا.</translation>
        </message>
        <message>
            <source>Questionnaire: {framework}</source>
            <comment>export.profile.questionnaire</comment>
            <translation>الاستبيان: {framework}</translation>
        </message>
        <message>
            <source>Round {round}</source>
            <comment>export.profile.round_column</comment>
            <translation>الجولة {round}</translation>
        </message>
        <message>
            <source>Profile, round {n}</source>
            <comment>export.profile.round_n</comment>
            <translation>الملف، الجولة {n}</translation>
        </message>
        <message>
            <source>Second Profile</source>
            <comment>export.profile.second</comment>
            <translation>الملف الثاني</translation>
        </message>
        <message>
            <source>The six domains</source>
            <comment>export.profile.six_domains</comment>
            <translation>المجالات الستة</translation>
        </message>
        <message>
            <source>Sixth Profile</source>
            <comment>export.profile.sixth</comment>
            <translation>الملف السادس</translation>
        </message>
        <message>
            <source>Annex: key sources</source>
            <comment>export.profile.sources</comment>
            <translation>الملحق: المصادر الرئيسية</translation>
        </message>
        <message>
            <source>National MGI · {round} · {date}</source>
            <comment>export.profile.subtitle</comment>
            <translation>مؤشرات حوكمة الهجرة الوطنية · {round} · {date}</translation>
        </message>
        <message>
            <source>Local MGI · {round} · {date}</source>
            <comment>export.profile.subtitle_local</comment>
            <translation>مؤشرات حوكمة الهجرة المحلية · {round} · {date}</translation>
        </message>
        <message>
            <source>Text</source>
            <comment>export.profile.text_column</comment>
            <translation>النص</translation>
        </message>
        <message>
            <source>Third Profile</source>
            <comment>export.profile.third</comment>
            <translation>الملف الثالث</translation>
        </message>
        <message>
            <source>Migration Governance Profile: {place}</source>
            <comment>export.profile.title</comment>
            <translation>ملف حوكمة الهجرة: {place}</translation>
        </message>
        <message>
            <source>Migration Governance Local Profile: {place}</source>
            <comment>export.profile.title_local</comment>
            <translation>ملف حوكمة الهجرة على المستوى المحلي: {place}</translation>
        </message>
        <message>
            <source>No answer changed since the previous round.</source>
            <comment>export.profile.unchanged</comment>
            <translation>لم تتغير أي إجابة منذ الجولة السابقة.</translation>
        </message>
        <message>
            <source>No answer changed since round {round}.</source>
            <comment>export.profile.unchanged_since</comment>
            <translation>لم تتغير أي إجابة منذ الجولة {round}.</translation>
        </message>
        <message>
            <source>Validation: {validation}</source>
            <comment>export.profile.validation</comment>
            <translation>المصادقة: {validation}</translation>
        </message>
        <message>
            <source>Migration governance: examples of well-developed areas</source>
            <comment>export.profile.well_developed</comment>
            <translation>حوكمة الهجرة: أمثلة على المجالات المتطورة جيداً</translation>
        </message>
        <message>
            <source>MGI</source>
            <comment>export.profile.wheel_centre</comment>
            <translation>MGI</translation>
        </message>
        <message>
            <source>The six domains of the Migration Governance Indicators</source>
            <comment>export.profile.wheel_title</comment>
            <translation>المجالات الستة لمؤشرات حوكمة الهجرة</translation>
        </message>
        <message>
            <source>Answer (later round)</source>
            <comment>export.rounds.answer_after</comment>
            <translation>الإجابة (الجولة اللاحقة)</translation>
        </message>
        <message>
            <source>Answer (earlier round)</source>
            <comment>export.rounds.answer_before</comment>
            <translation>الإجابة (الجولة السابقة)</translation>
        </message>
        <message>
            <source>Answer changed</source>
            <comment>export.rounds.answer_changed</comment>
            <translation>تغيّرت الإجابة</translation>
        </message>
        <message>
            <source>Changed</source>
            <comment>export.rounds.changed</comment>
            <translation>تغيّر</translation>
        </message>
        <message>
            <source>Question code (later round)</source>
            <comment>export.rounds.code_after</comment>
            <translation>رمز السؤال (الجولة اللاحقة)</translation>
        </message>
        <message>
            <source>Question code (earlier round)</source>
            <comment>export.rounds.code_before</comment>
            <translation>رمز السؤال (الجولة السابقة)</translation>
        </message>
        <message>
            <source>Earlier round</source>
            <comment>export.rounds.earlier</comment>
            <translation>الجولة السابقة</translation>
        </message>
        <message>
            <source>Earlier questionnaire</source>
            <comment>export.rounds.earlier_questionnaire</comment>
            <translation>الاستبيان السابق</translation>
        </message>
        <message>
            <source>Evidence added</source>
            <comment>export.rounds.evidence_added</comment>
            <translation>الأدلة المضافة</translation>
        </message>
        <message>
            <source>Evidence removed</source>
            <comment>export.rounds.evidence_removed</comment>
            <translation>الأدلة المحذوفة</translation>
        </message>
        <message>
            <source>Justification (later round)</source>
            <comment>export.rounds.justification_after</comment>
            <translation>المبرر (الجولة اللاحقة)</translation>
        </message>
        <message>
            <source>Justification (earlier round)</source>
            <comment>export.rounds.justification_before</comment>
            <translation>المبرر (الجولة السابقة)</translation>
        </message>
        <message>
            <source>Justification changed</source>
            <comment>export.rounds.justification_changed</comment>
            <translation>تغيّر المبرر</translation>
        </message>
        <message>
            <source>Later round</source>
            <comment>export.rounds.later</comment>
            <translation>الجولة اللاحقة</translation>
        </message>
        <message>
            <source>Later questionnaire</source>
            <comment>export.rounds.later_questionnaire</comment>
            <translation>الاستبيان اللاحق</translation>
        </message>
        <message>
            <source>Questions changed</source>
            <comment>export.rounds.questions_changed</comment>
            <translation>الأسئلة التي تغيرت</translation>
        </message>
        <message>
            <source>Reworded</source>
            <comment>export.rounds.reworded</comment>
            <translation>أعيدت صياغته</translation>
        </message>
        <message>
            <source>Round {before} vs {after}</source>
            <comment>export.rounds.sheet</comment>
            <translation>الجولتان {before} و{after}</translation>
        </message>
        <message>
            <source>Split</source>
            <comment>export.rounds.split</comment>
            <translation>مُجزّأ</translation>
        </message>
        <message>
            <source>Still carried over</source>
            <comment>export.rounds.still_carried_over</comment>
            <translation>لا تزال مُرحَّلة</translation>
        </message>
        <message numerus="yes">
            <source>{changed} of %n questions changed (highlighted).</source>
            <comment>export.rounds.summary</comment>
            <translation>
                <numerusform>الأسئلة التي تغيرت: {changed} من أصل %n (مظللة).</numerusform>
                <numerusform>الأسئلة التي تغيرت: {changed} من أصل %n (مظللة).</numerusform>
                <numerusform>الأسئلة التي تغيرت: {changed} من أصل %n (مظللة).</numerusform>
                <numerusform>الأسئلة التي تغيرت: {changed} من أصل %n (مظللة).</numerusform>
                <numerusform>الأسئلة التي تغيرت: {changed} من أصل %n (مظللة).</numerusform>
                <numerusform>الأسئلة التي تغيرت: {changed} من أصل %n (مظللة).</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} — rounds {before} and {after} compared</source>
            <comment>export.rounds.title</comment>
            <translation>{title} — مقارنة الجولتين {before} و{after}</translation>
        </message>
        <message>
            <source>Round {round} validation</source>
            <comment>export.rounds.validation</comment>
            <translation>مصادقة الجولة {round}</translation>
        </message>
        <message>
            <source>Categories</source>
            <comment>export.sdg.about_categories</comment>
            <translation>الفئات</translation>
        </message>
        <message>
            <source>below 40: 1; 40 to below 80: 2; 80 to below 100: 3; 100: 4 (UN SDG metadata, DATA_COMP)</source>
            <comment>export.sdg.about_categories_text</comment>
            <translation>أقل من 40: 1؛ من 40 إلى أقل من 80: 2؛ من 80 إلى أقل من 100: 3؛ 100: 4 (البيانات الوصفية لأهداف التنمية المستدامة، الأمم المتحدة، DATA_COMP)</translation>
        </message>
        <message>
            <source>Layout</source>
            <comment>export.sdg.about_layout</comment>
            <translation>الشكل</translation>
        </message>
        <message>
            <source>Module III of the UN Inquiry among Governments on Population and Development: one question per domain, sub-categories a to e</source>
            <comment>export.sdg.about_layout_text</comment>
            <translation>الوحدة الثالثة من استقصاء الأمم المتحدة للحكومات بشأن السكان والتنمية: سؤال واحد لكل مجال، والفئات الفرعية من a إلى e</translation>
        </message>
        <message>
            <source>Texts</source>
            <comment>export.sdg.about_texts</comment>
            <translation>النصوص</translation>
        </message>
        <message>
            <source>the questions, sub-categories and answer options of the UN SDG metadata for indicator 10.7.2 (STAT_CONC_DEF, DATA_COMP), word for word in English; other languages are MGI Desktop's draft translations</source>
            <comment>export.sdg.about_texts_text</comment>
            <translation>أسئلة البيانات الوصفية لأهداف التنمية المستدامة للمؤشر 10.7.2 وفئاتها الفرعية وخيارات الإجابة عنها (STAT_CONC_DEF، DATA_COMP)، حرفيًا بالإنكليزية؛ أما اللغات الأخرى فترجمات أولية من MGI Desktop</translation>
        </message>
        <message>
            <source>All</source>
            <comment>export.sdg.all</comment>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>All six domains (30 sub-categories)</source>
            <comment>export.sdg.all_domains</comment>
            <translation>المجالات الستة (30 فئة فرعية)</translation>
        </message>
        <message>
            <source>Answer to transcribe</source>
            <comment>export.sdg.column_answer</comment>
            <translation>الإجابة المطلوب نقلها</translation>
        </message>
        <message>
            <source>the answer option of the UN questionnaire to tick</source>
            <comment>export.sdg.column_answer_about</comment>
            <translation>خيار الإجابة الذي يُؤشَّر عليه في استبيان الأمم المتحدة</translation>
        </message>
        <message>
            <source>Coded value</source>
            <comment>export.sdg.column_coded</comment>
            <translation>القيمة المرمّزة</translation>
        </message>
        <message>
            <source>1, 0.5 or 0 as the UN metadata codes the answer (DATA_COMP); empty when not answered</source>
            <comment>export.sdg.column_coded_about</comment>
            <translation>1 أو 0.5 أو 0 بحسب ترميز الإجابة في البيانات الوصفية للأمم المتحدة (DATA_COMP)؛ فارغة إن لم تكن هناك إجابة</translation>
        </message>
        <message>
            <source>Policy measure</source>
            <comment>export.sdg.column_measure</comment>
            <translation>تدبير السياسة</translation>
        </message>
        <message>
            <source>Question (UN Inquiry, Module III)</source>
            <comment>export.sdg.column_question</comment>
            <translation>السؤال (استقصاء الأمم المتحدة، الوحدة الثالثة)</translation>
        </message>
        <message>
            <source>Sub-category</source>
            <comment>export.sdg.column_sub_category</comment>
            <translation>الفئة الفرعية</translation>
        </message>
        <message>
            <source>a domain has a value once its five sub-categories are answered, the overall value once all 30 are</source>
            <comment>export.sdg.completeness_aware_about</comment>
            <translation>تكون للمجال قيمة متى أُجيب عن فئاته الفرعية الخمس، وللقيمة الإجمالية متى أُجيب عن الثلاثين كلها</translation>
        </message>
        <message>
            <source>Completeness-aware category</source>
            <comment>export.sdg.completeness_aware_category</comment>
            <translation>الفئة بحسب الإجابات المكتملة</translation>
        </message>
        <message>
            <source>Completeness-aware category name</source>
            <comment>export.sdg.completeness_aware_category_label</comment>
            <translation>اسم الفئة (بحسب اكتمال الإجابات)</translation>
        </message>
        <message>
            <source>Completeness-aware value (MGI Desktop)</source>
            <comment>export.sdg.completeness_aware_value</comment>
            <translation>القيمة بحسب الإجابات المكتملة (MGI Desktop)</translation>
        </message>
        <message>
            <source>Fully meets</source>
            <comment>export.sdg.fully_meets</comment>
            <translation>يفي تماماً</translation>
        </message>
        <message>
            <source>Meets</source>
            <comment>export.sdg.meets</comment>
            <translation>يفي</translation>
        </message>
        <message>
            <source>Not answered: answer it first, or the UN counts it as 0 (missing value)</source>
            <comment>export.sdg.not_answered</comment>
            <translation>بلا إجابة: أجب عنها أولًا، وإلا احتسبتها الأمم المتحدة 0 (قيمة مفقودة)</translation>
        </message>
        <message>
            <source>{title} is not an SDG 10.7.2 assessment: its questionnaire ({framework}) is not scored as SDG indicator 10.7.2</source>
            <comment>export.sdg.not_sdg</comment>
            <translation>{title} ليس تقييمًا للمؤشر 10.7.2 من أهداف التنمية المستدامة: استبيانه ({framework}) لا يُقيَّم وفق المؤشر 10.7.2</translation>
        </message>
        <message>
            <source>the UN SDG metadata's method: a missing sub-category counts as 0 (IMPUTATION); the value the UN publishes</source>
            <comment>export.sdg.official_about</comment>
            <translation>طريقة البيانات الوصفية لأهداف التنمية المستدامة: تُحتسب الفئة الفرعية المفقودة 0 (IMPUTATION)؛ وهي القيمة التي تنشرها الأمم المتحدة</translation>
        </message>
        <message>
            <source>Official-method category</source>
            <comment>export.sdg.official_category</comment>
            <translation>الفئة بحسب الطريقة الرسمية</translation>
        </message>
        <message>
            <source>Official-method category name</source>
            <comment>export.sdg.official_category_label</comment>
            <translation>اسم الفئة (بحسب الطريقة الرسمية)</translation>
        </message>
        <message>
            <source>Official-method value (missing = 0)</source>
            <comment>export.sdg.official_value</comment>
            <translation>القيمة بحسب الطريقة الرسمية (المفقود = 0)</translation>
        </message>
        <message>
            <source>Partially meets</source>
            <comment>export.sdg.partially_meets</comment>
            <translation>يفي جزئياً</translation>
        </message>
        <message>
            <source>Requires further progress</source>
            <comment>export.sdg.requires_further_progress</comment>
            <translation>يتطلب مزيداً من التقدم</translation>
        </message>
        <message>
            <source>UN Inquiry Module III</source>
            <comment>export.sdg.sheet_module_iii</comment>
            <translation>استقصاء الأمم المتحدة الوحدة 3</translation>
        </message>
        <message>
            <source>SDG 10.7.2 values</source>
            <comment>export.sdg.sheet_values</comment>
            <translation>قيم المؤشر 10.7.2</translation>
        </message>
        <message>
            <source>Unanswered sub-categories</source>
            <comment>export.sdg.unanswered</comment>
            <translation>الفئات الفرعية بلا إجابة</translation>
        </message>
        <message>
            <source>no SDG 10.7.2 layout {layout}: open-sdg, un-global or transcription</source>
            <comment>export.sdg.unknown_layout</comment>
            <translation>لا يوجد شكل للمؤشر 10.7.2 باسم {layout}: open-sdg أو un-global أو transcription</translation>
        </message>
        <message>
            <source>About</source>
            <comment>export.sheet.about</comment>
            <translation>حول</translation>
        </message>
        <message>
            <source>All</source>
            <comment>export.summary.all</comment>
            <translation>الكل</translation>
        </message>
        <message>
            <source>All domains</source>
            <comment>export.summary.all_domains</comment>
            <translation>جميع المجالات</translation>
        </message>
        <message>
            <source>the stored answer: a code (see the answer codes below), codes joined by ';', a number, a date or text</source>
            <comment>export.summary.answer_code_about</comment>
            <translation>الإجابة المحفوظة: رمز (انظر رموز الإجابات أدناه)، أو رموز مفصولة بـ ';'، أو رقم، أو تاريخ، أو نص</translation>
        </message>
        <message>
            <source>the answer as the questionnaire words it</source>
            <comment>export.summary.answer_label_about</comment>
            <translation>الإجابة كما يصوغها الاستبيان</translation>
        </message>
        <message>
            <source>relevant questions with an answer</source>
            <comment>export.summary.answered_about</comment>
            <translation>الأسئلة ذات الصلة التي أُجيب عنها</translation>
        </message>
        <message>
            <source>taken from the previous round, not yet confirmed</source>
            <comment>export.summary.carried_over_about</comment>
            <translation>مُرحَّلة من الجولة السابقة ولم تُؤكَّد بعد</translation>
        </message>
        <message>
            <source>well_developed or potential (for further development)</source>
            <comment>export.summary.category_about</comment>
            <translation>well_developed أو potential (إمكانات لمزيد من التطوير)</translation>
        </message>
        <message>
            <source>Answers per domain</source>
            <comment>export.summary.chart_title</comment>
            <translation>الإجابات حسب المجال</translation>
        </message>
        <message>
            <source>question code</source>
            <comment>export.summary.code_about</comment>
            <translation>رمز السؤال</translation>
        </message>
        <message>
            <source>answered / relevant x 100; indicative completion measure, not an official MGI score</source>
            <comment>export.summary.completion_about</comment>
            <translation>المُجاب عنها / ذات الصلة × 100؛ مقياس إرشادي لمدى الإنجاز، وليس درجة رسمية لمؤشرات حوكمة الهجرة</translation>
        </message>
        <message>
            <source>ISO 3166-1 alpha-3: {code}</source>
            <comment>export.summary.country_about</comment>
            <translation>ISO 3166-1 alpha-3: {code}</translation>
        </message>
        <message>
            <source>domain number (1-6)</source>
            <comment>export.summary.domain_about</comment>
            <translation>رقم المجال (1-6)</translation>
        </message>
        <message>
            <source>TRUE while the finding is a draft from the answers not yet edited</source>
            <comment>export.summary.drafted_about</comment>
            <translation>TRUE ما دام الاستنتاج مسودة مأخوذة من الإجابات ولم يُحرَّر بعد</translation>
        </message>
        <message>
            <source>Evidence kind</source>
            <comment>export.summary.evidence_kind_list</comment>
            <translation>نوع الدليل</translation>
        </message>
        <message>
            <source>Finding category</source>
            <comment>export.summary.finding_category_list</comment>
            <translation>فئة الاستنتاج</translation>
        </message>
        <message>
            <source>Focal point</source>
            <comment>export.summary.focal_point</comment>
            <translation>جهة التنسيق</translation>
        </message>
        <message>
            <source>national or local MGI</source>
            <comment>export.summary.level_about</comment>
            <translation>مؤشرات حوكمة الهجرة الوطنية أو المحلية</translation>
        </message>
        <message>
            <source>linked question codes, ';'</source>
            <comment>export.summary.linked_about</comment>
            <translation>رموز الأسئلة المرتبطة، ';'</translation>
        </message>
        <message>
            <source>Notice</source>
            <comment>export.summary.notice</comment>
            <translation>تنبيه</translation>
        </message>
        <message>
            <source>a choice code of the question; its label is in '{column}'</source>
            <comment>export.summary.other_code</comment>
            <translation>رمز خيار من خيارات السؤال؛ وتسميته في عمود «{column}»</translation>
        </message>
        <message>
            <source>order within its list, from 1</source>
            <comment>export.summary.position_about</comment>
            <translation>الترتيب ضمن قائمته، بدءاً من 1</translation>
        </message>
        <message>
            <source>assessment id of the round before</source>
            <comment>export.summary.previous_about</comment>
            <translation>معرّف تقييم الجولة السابقة</translation>
        </message>
        <message>
            <source>Previous round</source>
            <comment>export.summary.previous_round</comment>
            <translation>الجولة السابقة</translation>
        </message>
        <message>
            <source>questions in the questionnaire</source>
            <comment>export.summary.questions_about</comment>
            <translation>أسئلة الاستبيان</translation>
        </message>
        <message>
            <source>questions that apply given the answers (skip logic)</source>
            <comment>export.summary.relevant_about</comment>
            <translation>الأسئلة المنطبقة بحسب الإجابات (منطق التخطي)</translation>
        </message>
        <message>
            <source>TRUE when the question applies given the earlier answers</source>
            <comment>export.summary.relevant_answer_about</comment>
            <translation>TRUE عندما ينطبق السؤال بحسب الإجابات السابقة</translation>
        </message>
        <message>
            <source>see the review status codes below</source>
            <comment>export.summary.review_status_about</comment>
            <translation>انظر رموز حالة المراجعة أدناه</translation>
        </message>
        <message>
            <source>Review status</source>
            <comment>export.summary.review_status_list</comment>
            <translation>حالة المراجعة</translation>
        </message>
        <message>
            <source>revision {n}</source>
            <comment>export.summary.revision</comment>
            <translation>المراجعة {n}</translation>
        </message>
        <message>
            <source>Scoring</source>
            <comment>export.summary.scoring</comment>
            <translation>طريقة التقييم</translation>
        </message>
        <message>
            <source>SDG 10.7.2 category</source>
            <comment>export.summary.sdg_category_list</comment>
            <translation>فئة المؤشر 10.7.2</translation>
        </message>
        <message>
            <source>SDG 10.7.2 as published in the UN metadata</source>
            <comment>export.summary.sdg_scoring</comment>
            <translation>المؤشر 10.7.2 كما نُشر في البيانات الوصفية للأمم المتحدة</translation>
        </message>
        <message>
            <source>Questionnaire SHA-256</source>
            <comment>export.summary.sha</comment>
            <translation>SHA-256 للاستبيان</translation>
        </message>
        <message>
            <source>the exact questionnaire text answered</source>
            <comment>export.summary.sha_about</comment>
            <translation>النص الدقيق للاستبيان الذي أُجيب عنه</translation>
        </message>
        <message>
            <source>Answers</source>
            <comment>export.summary.sheet_answers</comment>
            <translation>الإجابات</translation>
        </message>
        <message>
            <source>Audit</source>
            <comment>export.summary.sheet_audit</comment>
            <translation>سجل التدقيق</translation>
        </message>
        <message>
            <source>Comments</source>
            <comment>export.summary.sheet_comments</comment>
            <translation>التعليقات</translation>
        </message>
        <message>
            <source>Evidence</source>
            <comment>export.summary.sheet_evidence</comment>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Findings</source>
            <comment>export.summary.sheet_findings</comment>
            <translation>الاستنتاجات</translation>
        </message>
        <message>
            <source>Summary</source>
            <comment>export.summary.sheet_summary</comment>
            <translation>الملخص</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>export.summary.status</comment>
            <translation>الحالة</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n arguments, {given} given in {source}</source>
            <comment>expression.arguments</comment>
            <translation>
                <numerusform>تأخذ {function}() %n وسيطة، لكنها تلقت {given} في {source}</numerusform>
                <numerusform>تأخذ {function}() %n وسيطة، لكنها تلقت {given} في {source}</numerusform>
                <numerusform>تأخذ {function}() %n وسيطتين، لكنها تلقت {given} في {source}</numerusform>
                <numerusform>تأخذ {function}() %n وسيطات، لكنها تلقت {given} في {source}</numerusform>
                <numerusform>تأخذ {function}() %n وسيطةً، لكنها تلقت {given} في {source}</numerusform>
                <numerusform>تأخذ {function}() %n وسيطة، لكنها تلقت {given} في {source}</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read expression {source}</source>
            <comment>expression.unreadable</comment>
            <translation>تعذّرت قراءة التعبير {source}</translation>
        </message>
        <message>
            <source>cannot read expression {source} at column {column}</source>
            <comment>expression.unreadable_at</comment>
            <translation>تعذّرت قراءة التعبير {source} عند العمود {column}</translation>
        </message>
        <message>
            <source>cannot write the file: {reason}</source>
            <comment>file.cannot_write</comment>
            <translation>تعذّرت كتابة الملف: {reason}</translation>
        </message>
        <message>
            <source>cannot write in {folder}: {reason}</source>
            <comment>file.cannot_write_in</comment>
            <translation>تعذّرت الكتابة في {folder}: {reason}</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <comment>file.no_folder</comment>
            <translation>المجلد {folder} غير موجود</translation>
        </message>
        <message>
            <source>nothing was written; {file} is as it was</source>
            <comment>file.nothing_written</comment>
            <translation>لم يُكتب أي شيء؛ وبقي {file} على حاله</translation>
        </message>
        <message>
            <source>{topic}: {answer}.</source>
            <comment>finding.draft_answer</comment>
            <translation>{topic}: {answer}.</translation>
        </message>
        <message>
            <source>{topic}: in place.</source>
            <comment>finding.draft_in_place</comment>
            <translation>{topic}: قائم.</translation>
        </message>
        <message>
            <source>{topic}: not in place.</source>
            <comment>finding.draft_not_in_place</comment>
            <translation>{topic}: غير قائم.</translation>
        </message>
        <message>
            <source>{topic}: only partly in place.</source>
            <comment>finding.draft_partly</comment>
            <translation>{topic}: قائم جزئيًا فقط.</translation>
        </message>
        <message>
            <source>findings of different assessments cannot be merged</source>
            <comment>finding.merge_across</comment>
            <translation>لا يمكن دمج استنتاجات من تقييمات مختلفة</translation>
        </message>
        <message>
            <source>merging needs two or more different findings</source>
            <comment>finding.merge_needs_two</comment>
            <translation>يتطلب الدمج استنتاجين مختلفين أو أكثر</translation>
        </message>
        <message>
            <source>a finding needs some text</source>
            <comment>finding.needs_text</comment>
            <translation>يجب أن يتضمن الاستنتاج نصًا</translation>
        </message>
        <message>
            <source>no domain {number} in {framework} {version}</source>
            <comment>finding.no_domain</comment>
            <translation>لا يوجد مجال {number} في {framework} {version}</translation>
        </message>
        <message>
            <source>no domain {number} in {framework} {version} (domains: {numbers})</source>
            <comment>finding.no_domain_of</comment>
            <translation>لا يوجد مجال {number} في {framework} {version} (المجالات: {numbers})</translation>
        </message>
        <message>
            <source>{value} is not a finding category (well-developed or potential)</source>
            <comment>finding.not_a_category</comment>
            <translation>{value} ليست فئة استنتاج (متطور بشكل جيد أو قابل لمزيد من التطوير)</translation>
        </message>
        <message>
            <source>no finding {id}</source>
            <comment>finding.not_found</comment>
            <translation>لا يوجد استنتاج {id}</translation>
        </message>
        <message>
            <source>the new order must list each finding of domain {domain} ({category}) exactly once</source>
            <comment>finding.order_incomplete</comment>
            <translation>يجب أن يُدرج الترتيب الجديد كل استنتاج من استنتاجات المجال {domain} ({category}) مرة واحدة بالضبط</translation>
        </message>
        <message>
            <source>a finding is at most {limit} characters (this one has {size}); split it into several findings</source>
            <comment>finding.too_long</comment>
            <translation>لا يتجاوز طول الاستنتاج {limit} من الأحرف (وطول هذا الاستنتاج {size})؛ قسِّمه إلى عدة استنتاجات</translation>
        </message>
        <message>
            <source>the questionnaire {sha} is missing from {database}</source>
            <comment>frameworks.missing</comment>
            <translation>الاستبيان {sha} غير موجود في {database}</translation>
        </message>
        <message>
            <source>your signing key file is damaged ({detail}); it was left as it is. Restore it from a copy, or move it away to make a new key (the people you exchange with must then accept the new key by comparing its fingerprint)</source>
            <comment>identity.damaged</comment>
            <translation>ملف مفتاح التوقيع الخاص بك تالف ({detail})؛ وقد تُرك على حاله. استعده من نسخة، أو انقله إلى مكان آخر لإنشاء مفتاح جديد (وسيتعين عندئذٍ على الأشخاص الذين تتبادل معهم الحزم قبول المفتاح الجديد بمقارنة بصمته)</translation>
        </message>
        <message>
            <source>cannot read your signing key file: {reason}</source>
            <comment>identity.unreadable</comment>
            <translation>تعذّرت قراءة ملف مفتاح التوقيع الخاص بك: {reason}</translation>
        </message>
        <message>
            <source>the key list's signature does not verify: it was altered or damaged</source>
            <comment>keyfile.bad_list_signature</comment>
            <translation>تعذّر التحقق من توقيع قائمة المفاتيح: فقد عُدِّلت أو تلفت</translation>
        </message>
        <message>
            <source>the key file's signature does not verify: it was altered or damaged</source>
            <comment>keyfile.bad_signature</comment>
            <translation>تعذّر التحقق من توقيع ملف المفتاح: فقد عُدِّل أو تلف</translation>
        </message>
        <message>
            <source>not an MGI Desktop key file ({detail})</source>
            <comment>keyfile.not_a_key_file</comment>
            <translation>ليس ملف مفتاح خاصًا بـ MGI Desktop ({detail})</translation>
        </message>
        <message>
            <source>the file is too large for a key file ({size} bytes)</source>
            <comment>keyfile.too_large</comment>
            <translation>الملف أكبر من أن يكون ملف مفتاح ({size} بايت)</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>keyfile.unreadable</comment>
            <translation>تعذّرت قراءة الملف: {reason}</translation>
        </message>
        <message>
            <source>{fingerprint} matches {n} keys; give more digits</source>
            <comment>keys.ambiguous</comment>
            <translation>{fingerprint} يطابق {n} من المفاتيح؛ أدخل أرقامًا أكثر</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) added, not yet trusted: compare the fingerprint with them, then run key trust {fingerprint}</source>
            <comment>keys.imported</comment>
            <translation>أُضيف مفتاح {name} ({fingerprint})، ولم يُوثَق به بعد: قارن البصمة معه، ثم شغِّل key trust {fingerprint}</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) is already trusted ({how})</source>
            <comment>keys.known_trusted</comment>
            <translation>مفتاح {name} ({fingerprint}) موثوق به بالفعل ({how})</translation>
        </message>
        <message numerus="yes">
            <source>%n keys trusted from the list signed by {name}</source>
            <comment>keys.list_trusted</comment>
            <translation>
                <numerusform>تم الوثوق بـ %n مفتاح من القائمة الموقَّعة من {name}</numerusform>
                <numerusform>تم الوثوق بـ %n مفتاح من القائمة الموقَّعة من {name}</numerusform>
                <numerusform>تم الوثوق بـ %n مفتاحين من القائمة الموقَّعة من {name}</numerusform>
                <numerusform>تم الوثوق بـ %n مفاتيح من القائمة الموقَّعة من {name}</numerusform>
                <numerusform>تم الوثوق بـ %n مفتاحًا من القائمة الموقَّعة من {name}</numerusform>
                <numerusform>تم الوثوق بـ %n مفتاح من القائمة الموقَّعة من {name}</numerusform>
            </translation>
        </message>
        <message>
            <source>the key list is signed by {name} ({fingerprint}), whose key you have not trusted: compare that fingerprint with IOM, run key trust {fingerprint}, then import the list again; no key of the list was trusted</source>
            <comment>keys.list_untrusted</comment>
            <translation>قائمة المفاتيح موقَّعة من {name} ({fingerprint})، ولم تمنح مفتاحه ثقتك: قارن هذه البصمة مع المنظمة الدولية للهجرة، وشغِّل key trust {fingerprint}، ثم استورد القائمة مرة أخرى؛ لم يُوثَق بأي مفتاح من القائمة</translation>
        </message>
        <message>
            <source>no known key has the fingerprint {fingerprint}; import its key file first (key import)</source>
            <comment>keys.no_such_key</comment>
            <translation>لا يوجد مفتاح معروف بالبصمة {fingerprint}؛ استورد ملف مفتاحه أولًا (key import)</translation>
        </message>
        <message>
            <source>give at least the {digits} digits of the short fingerprint</source>
            <comment>keys.too_short</comment>
            <translation>أدخل على الأقل أرقام البصمة المختصرة البالغ عددها {digits}</translation>
        </message>
        <message>
            <source>approved</source>
            <comment>label.assessment_status.approved</comment>
            <translation>مُعتمَد</translation>
        </message>
        <message>
            <source>draft</source>
            <comment>label.assessment_status.draft</comment>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>in review</source>
            <comment>label.assessment_status.in_review</comment>
            <translation>قيد المراجعة</translation>
        </message>
        <message>
            <source>resubmitted</source>
            <comment>label.assessment_status.resubmitted</comment>
            <translation>أعيد تقديمه</translation>
        </message>
        <message>
            <source>returned</source>
            <comment>label.assessment_status.returned</comment>
            <translation>مُعاد</translation>
        </message>
        <message>
            <source>submitted</source>
            <comment>label.assessment_status.submitted</comment>
            <translation>مُقدَّم</translation>
        </message>
        <message>
            <source>validated</source>
            <comment>label.assessment_status.validated</comment>
            <translation>مُصادَق عليه</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>label.decision.accepted</comment>
            <translation>مقبولة</translation>
        </message>
        <message>
            <source>returned</source>
            <comment>label.decision.returned</comment>
            <translation>مُعادة</translation>
        </message>
        <message>
            <source>received</source>
            <comment>label.direction.received</comment>
            <translation>مُستلَم</translation>
        </message>
        <message>
            <source>sent</source>
            <comment>label.direction.sent</comment>
            <translation>مُرسَل</translation>
        </message>
        <message>
            <source>agreement</source>
            <comment>label.evidence_kind.agreement</comment>
            <translation>اتفاق</translation>
        </message>
        <message>
            <source>interview</source>
            <comment>label.evidence_kind.interview</comment>
            <translation>مقابلة</translation>
        </message>
        <message>
            <source>law</source>
            <comment>label.evidence_kind.law</comment>
            <translation>قانون</translation>
        </message>
        <message>
            <source>other</source>
            <comment>label.evidence_kind.other</comment>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>plan</source>
            <comment>label.evidence_kind.plan</comment>
            <translation>خطة</translation>
        </message>
        <message>
            <source>policy or strategy</source>
            <comment>label.evidence_kind.policy</comment>
            <translation>سياسة أو استراتيجية</translation>
        </message>
        <message>
            <source>regulation</source>
            <comment>label.evidence_kind.regulation</comment>
            <translation>لائحة</translation>
        </message>
        <message>
            <source>report</source>
            <comment>label.evidence_kind.report</comment>
            <translation>تقرير</translation>
        </message>
        <message>
            <source>website</source>
            <comment>label.evidence_kind.website</comment>
            <translation>موقع إلكتروني</translation>
        </message>
        <message>
            <source>areas with potential for further development</source>
            <comment>label.finding_category.potential</comment>
            <translation>مجالات تنطوي على إمكانات لمزيد من التطوير</translation>
        </message>
        <message>
            <source>well-developed areas</source>
            <comment>label.finding_category.well_developed</comment>
            <translation>المجالات المتطورة جيداً</translation>
        </message>
        <message>
            <source>fingerprint compared</source>
            <comment>label.key_trust.hand</comment>
            <translation>تمت مقارنة البصمة</translation>
        </message>
        <message>
            <source>on a trusted list</source>
            <comment>label.key_trust.list</comment>
            <translation>مدرج في قائمة موثوقة</translation>
        </message>
        <message>
            <source>your own key</source>
            <comment>label.key_trust.own</comment>
            <translation>مفتاحك الخاص</translation>
        </message>
        <message>
            <source>not verified</source>
            <comment>label.key_trust.seen</comment>
            <translation>لم يتم التحقق منه</translation>
        </message>
        <message>
            <source>local</source>
            <comment>label.level.local</comment>
            <translation>محلي</translation>
        </message>
        <message>
            <source>national</source>
            <comment>label.level.national</comment>
            <translation>وطني</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>label.review_state.accepted</comment>
            <translation>مقبولة</translation>
        </message>
        <message>
            <source>not reviewed</source>
            <comment>label.review_state.not_reviewed</comment>
            <translation>لم تتم مراجعتها</translation>
        </message>
        <message>
            <source>returned</source>
            <comment>label.review_state.returned</comment>
            <translation>مُعادة</translation>
        </message>
        <message>
            <source>revised</source>
            <comment>label.review_state.revised</comment>
            <translation>مُنقَّحة</translation>
        </message>
        <message>
            <source>focal point</source>
            <comment>label.role.focal_point</comment>
            <translation>جهة التنسيق</translation>
        </message>
        <message>
            <source>reviewer</source>
            <comment>label.role.reviewer</comment>
            <translation>المراجِع</translation>
        </message>
        <message>
            <source>signature does not verify</source>
            <comment>label.validation_mark.bad_signature</comment>
            <translation>التوقيع غير صالح</translation>
        </message>
        <message>
            <source>answers changed since the validation</source>
            <comment>label.validation_mark.changed</comment>
            <translation>تغيرت الإجابات منذ المصادقة</translation>
        </message>
        <message>
            <source>signer not checked</source>
            <comment>label.validation_mark.not_checked</comment>
            <translation>لم يتم التحقق من الموقّع</translation>
        </message>
        <message>
            <source>not validated</source>
            <comment>label.validation_mark.not_validated</comment>
            <translation>غير مُصادَق عليه</translation>
        </message>
        <message>
            <source>self-validated by the focal point</source>
            <comment>label.validation_mark.self_validated</comment>
            <translation>مُصادَق عليه ذاتياً من جهة التنسيق</translation>
        </message>
        <message>
            <source>validated, signed by a trusted key</source>
            <comment>label.validation_mark.signed</comment>
            <translation>مُصادَق عليه وموقّع بمفتاح موثوق</translation>
        </message>
        <message>
            <source>validated, not signed</source>
            <comment>label.validation_mark.unsigned</comment>
            <translation>مُصادَق عليه، غير موقّع</translation>
        </message>
        <message>
            <source>validated by a key not trusted</source>
            <comment>label.validation_mark.untrusted</comment>
            <translation>مُصادَق عليه بمفتاح غير موثوق</translation>
        </message>
        <message>
            <source>a web address starting with {scheme}: is not allowed; give an address that starts with http:// or https:// (or mailto: for an e-mail address)</source>
            <comment>link.scheme_not_allowed</comment>
            <translation>لا يُسمح بعنوان ويب يبدأ بـ {scheme}:؛ أدخل عنوانًا يبدأ بـ http:// أو https:// (أو mailto: لعنوان بريد إلكتروني)</translation>
        </message>
        <message>
            <source>an absolute path in member name {name}</source>
            <comment>package.absolute_name</comment>
            <translation>مسار مطلق في اسم الملف {name}</translation>
        </message>
        <message>
            <source>a backslash in member name {name}</source>
            <comment>package.backslash_name</comment>
            <translation>شرطة مائلة عكسية في اسم الملف {name}</translation>
        </message>
        <message>
            <source>the signature does not match the package: it was altered after it was signed, or signed by someone else than it says</source>
            <comment>package.bad_signature</comment>
            <translation>التوقيع لا يطابق الحزمة: فقد عُدِّلت بعد توقيعها، أو وقَّعها شخص غير الشخص المذكور</translation>
        </message>
        <message>
            <source>the package is damaged or truncated ({detail})</source>
            <comment>package.damaged</comment>
            <translation>الحزمة تالفة أو مبتورة ({detail})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <comment>package.empty</comment>
            <translation>الملف فارغ</translation>
        </message>
        <message>
            <source>an empty or NUL-containing member name</source>
            <comment>package.empty_name</comment>
            <translation>اسم ملف فارغ أو يحتوي على حرف NUL</translation>
        </message>
        <message>
            <source>envelope.json is too large</source>
            <comment>package.envelope_too_large</comment>
            <translation>حجم envelope.json كبير جدًا</translation>
        </message>
        <message>
            <source>an evidence file ({sha}) is missing from the package</source>
            <comment>package.file_missing</comment>
            <translation>ملف دليل ({sha}) مفقود من الحزمة</translation>
        </message>
        <message>
            <source>the file is too large for a package ({size} bytes)</source>
            <comment>package.file_too_large</comment>
            <translation>الملف أكبر من أن يكون حزمة ({size} بايت)</translation>
        </message>
        <message>
            <source>{name} is not valid: {where}: the text is not valid Unicode at character {position}</source>
            <comment>package.invalid_text</comment>
            <translation>{name} غير صالح: {where}: النص ليس Unicode صالحًا عند الحرف {position}</translation>
        </message>
        <message>
            <source>an irregular member name {name}</source>
            <comment>package.irregular_name</comment>
            <translation>اسم ملف غير نظامي {name}</translation>
        </message>
        <message>
            <source>the member {name} listed in the manifest is missing</source>
            <comment>package.listed_missing</comment>
            <translation>الملف {name} المُدرَج في البيان (manifest) مفقود</translation>
        </message>
        <message>
            <source>manifest.json is too large</source>
            <comment>package.manifest_too_large</comment>
            <translation>حجم manifest.json كبير جدًا</translation>
        </message>
        <message>
            <source>the member {name} is damaged ({detail})</source>
            <comment>package.member_damaged</comment>
            <translation>الملف {name} تالف ({detail})</translation>
        </message>
        <message>
            <source>the member {name} is missing</source>
            <comment>package.member_missing</comment>
            <translation>الملف {name} مفقود</translation>
        </message>
        <message>
            <source>the member {name} is too large ({size} bytes; the limit is {limit})</source>
            <comment>package.member_too_large</comment>
            <translation>الملف {name} كبير جدًا ({size} بايت؛ والحد الأقصى {limit})</translation>
        </message>
        <message>
            <source>the member {name} is truncated</source>
            <comment>package.member_truncated</comment>
            <translation>الملف {name} مبتور</translation>
        </message>
        <message>
            <source>the member {name} appears twice</source>
            <comment>package.member_twice</comment>
            <translation>الملف {name} يرد مرتين</translation>
        </message>
        <message>
            <source>the member {name} cannot be read ({detail})</source>
            <comment>package.member_unreadable</comment>
            <translation>تعذّرت قراءة الملف {name} ({detail})</translation>
        </message>
        <message>
            <source>the package was written by a newer MGI Desktop (package format {version}; this version reads format {known}): update MGI Desktop to receive it</source>
            <comment>package.newer_format</comment>
            <translation>كُتبت الحزمة بإصدار أحدث من MGI Desktop (صيغة الحزمة {version}؛ ويقرأ هذا الإصدار الصيغة {known}): حدِّث MGI Desktop لاستلامها</translation>
        </message>
        <message>
            <source>no such file</source>
            <comment>package.no_such_file</comment>
            <translation>الملف غير موجود</translation>
        </message>
        <message>
            <source>{name} has no known format version ({version})</source>
            <comment>package.no_version</comment>
            <translation>ليس لـ {name} إصدار صيغة معروف ({version})</translation>
        </message>
        <message>
            <source>not a file</source>
            <comment>package.not_a_file</comment>
            <translation>ليس ملفًا</translation>
        </message>
        <message>
            <source>not an MGI package (not a zip file)</source>
            <comment>package.not_a_zip</comment>
            <translation>ليست حزمة MGI (ليست ملف zip)</translation>
        </message>
        <message>
            <source>{name} is not valid JSON ({detail})</source>
            <comment>package.not_json</comment>
            <translation>{name} ليس JSON صالحًا ({detail})</translation>
        </message>
        <message>
            <source>the member {name} is not listed in the manifest</source>
            <comment>package.not_listed</comment>
            <translation>الملف {name} غير مُدرَج في البيان (manifest)</translation>
        </message>
        <message>
            <source>{name} is not valid: {where}: {detail}</source>
            <comment>package.not_valid</comment>
            <translation>{name} غير صالح: {where}: {detail}</translation>
        </message>
        <message numerus="yes">
            <source>{name} is not valid: {where}: {detail} (and %n more problems)</source>
            <comment>package.not_valid_more</comment>
            <translation>
                <numerusform>{name} غير صالح: {where}: {detail} (و%n مشكلة أخرى)</numerusform>
                <numerusform>{name} غير صالح: {where}: {detail} (و%n مشكلة أخرى)</numerusform>
                <numerusform>{name} غير صالح: {where}: {detail} (و%n مشكلتان أخريان)</numerusform>
                <numerusform>{name} غير صالح: {where}: {detail} (و%n مشكلات أخرى)</numerusform>
                <numerusform>{name} غير صالح: {where}: {detail} (و%n مشكلةً أخرى)</numerusform>
                <numerusform>{name} غير صالح: {where}: {detail} (و%n مشكلة أخرى)</numerusform>
            </translation>
        </message>
        <message>
            <source>the attachment {sha} belongs to no evidence item</source>
            <comment>package.orphan_file</comment>
            <translation>المرفق {sha} لا ينتمي إلى أي دليل</translation>
        </message>
        <message>
            <source>data.json holds another assessment than the manifest names</source>
            <comment>package.other_assessment</comment>
            <translation>يحتوي data.json على تقييم غير الذي يسميه البيان (manifest)</translation>
        </message>
        <message>
            <source>data.json names another questionnaire than the manifest</source>
            <comment>package.other_questionnaire</comment>
            <translation>يسمي data.json استبيانًا غير الذي يسميه البيان (manifest)</translation>
        </message>
        <message>
            <source>the package is protected by a password; give the password to receive it</source>
            <comment>package.password_needed</comment>
            <translation>الحزمة محمية بكلمة مرور؛ أدخل كلمة المرور لاستلامها</translation>
        </message>
        <message>
            <source>the questionnaire in the package does not match its stated SHA-256</source>
            <comment>package.questionnaire_hash</comment>
            <translation>الاستبيان الموجود في الحزمة لا يطابق قيمة SHA-256 المعلنة له</translation>
        </message>
        <message>
            <source>the questionnaire in the package is not UTF-8 text</source>
            <comment>package.questionnaire_not_text</comment>
            <translation>الاستبيان الموجود في الحزمة ليس نصًا بترميز UTF-8</translation>
        </message>
        <message>
            <source>signature.json is damaged ({detail})</source>
            <comment>package.signature_damaged</comment>
            <translation>الملف signature.json تالف ({detail})</translation>
        </message>
        <message>
            <source>the package has no signature, yet it is of format {version}, which is always signed: the signature was removed</source>
            <comment>package.signature_stripped</comment>
            <translation>لا تحمل الحزمة توقيعًا، مع أنها بالصيغة {version} الموقَّعة دائمًا: فقد أُزيل التوقيع</translation>
        </message>
        <message>
            <source>the manifest names another sender's key than the one that signed it</source>
            <comment>package.signer_mismatch</comment>
            <translation>يسمي البيان (manifest) مفتاح مُرسِل آخر غير المفتاح الذي وقَّعه</translation>
        </message>
        <message>
            <source>the members are too large together (over {limit} bytes)</source>
            <comment>package.too_large_together</comment>
            <translation>الملفات كبيرة جدًا في مجموعها (أكثر من {limit} بايت)</translation>
        </message>
        <message>
            <source>too many members ({n}; the limit is {limit})</source>
            <comment>package.too_many_members</comment>
            <translation>عدد الملفات كبير جدًا ({n}؛ والحد الأقصى {limit})</translation>
        </message>
        <message>
            <source>path traversal ('..') in member name {name}</source>
            <comment>package.traversal_name</comment>
            <translation>اجتياز للمسار ('..') في اسم الملف {name}</translation>
        </message>
        <message>
            <source>unexpected member {name}</source>
            <comment>package.unexpected_member</comment>
            <translation>ملف غير متوقع {name}</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>package.unreadable</comment>
            <translation>تعذّرت قراءة الملف: {reason}</translation>
        </message>
        <message>
            <source>a package of format 1 cannot carry a signature</source>
            <comment>package.unsigned_has_signature</comment>
            <translation>لا يمكن لحزمة بالصيغة 1 أن تحمل توقيعًا</translation>
        </message>
        <message>
            <source>wrong checksum for {name}: the package was altered or damaged</source>
            <comment>package.wrong_checksum</comment>
            <translation>المجموع الاختباري لـ {name} غير صحيح: عُدِّلت الحزمة أو تلفت</translation>
        </message>
        <message>
            <source>the member {name} expands {size} bytes from {compressed} (a zip bomb?)</source>
            <comment>package.zip_bomb</comment>
            <translation>الملف {name} يتمدد من {compressed} إلى {size} بايت (قنبلة zip؟)</translation>
        </message>
        <message>
            <source>the member {name} uses zip encryption, which MGI packages never use</source>
            <comment>package.zip_encryption</comment>
            <translation>يستخدم الملف {name} تشفير zip، الذي لا تستخدمه حزم MGI أبدًا</translation>
        </message>
        <message>
            <source>{fingerprint} is a reviewer of this assessment: a reviewer does not answer</source>
            <comment>parties.is_reviewer</comment>
            <translation>{fingerprint} مراجع لهذا التقييم: والمراجع لا يجيب</translation>
        </message>
        <message>
            <source>only the assessment's focal point adds colleagues who answer with them</source>
            <comment>parties.not_focal_point</comment>
            <translation>جهة الاتصال للتقييم وحدها هي التي تضيف زملاء يجيبون معها</translation>
        </message>
        <message>
            <source>a name is needed</source>
            <comment>profile.name_needed</comment>
            <translation>الاسم مطلوب</translation>
        </message>
        <message>
            <source>{value} is not a profile date (YYYY-MM or YYYY-MM-DD, e.g. 2023-12)</source>
            <comment>profile.not_a_date</comment>
            <translation>{value} ليس تاريخًا صالحًا للملف التعريفي (YYYY-MM أو YYYY-MM-DD، مثل 2023-12)</translation>
        </message>
        <message>
            <source>{format} is not a profile format ({formats})</source>
            <comment>profile.not_a_format</comment>
            <translation>{format} ليست صيغة للملف التعريفي ({formats})</translation>
        </message>
        <message>
            <source>the profile's {name} is at most {limit} characters</source>
            <comment>profile.too_long</comment>
            <translation>لا يتجاوز حقل «{name}» في الملف التعريفي {limit} حرفًا</translation>
        </message>
        <message>
            <source>{names}: not a profile setting</source>
            <comment>profile.unknown_setting</comment>
            <translation>{names}: ليس من إعدادات الملف التعريفي</translation>
        </message>
        <message>
            <source>YAML aliases (*{name}) are not allowed in a questionnaire; share choices through 'choice_lists'</source>
            <comment>questionnaire.alias</comment>
            <translation>لا يُسمح بالأسماء المستعارة في YAML (*{name}) في الاستبيان؛ شارك الخيارات عبر 'choice_lists'</translation>
        </message>
        <message>
            <source>minimum {minimum} is greater than maximum {maximum}</source>
            <comment>questionnaire.bad_range</comment>
            <translation>الحد الأدنى {minimum} أكبر من الحد الأقصى {maximum}</translation>
        </message>
        <message>
            <source>choice {code} is not an answer of a {type} question (allowed: {allowed})</source>
            <comment>questionnaire.choice_not_allowed</comment>
            <translation>الخيار {code} ليس إجابة ممكنة لسؤال من نوع {type} (المسموح: {allowed})</translation>
        </message>
        <message>
            <source>give either 'choices' or 'choice_list', not both</source>
            <comment>questionnaire.choices_and_list</comment>
            <translation>حدِّد إما 'choices' أو 'choice_list'، لا كليهما</translation>
        </message>
        <message>
            <source>cycle in conditions: {path}</source>
            <comment>questionnaire.cycle</comment>
            <translation>اعتماد دائري في الشروط: {path}</translation>
        </message>
        <message>
            <source>domain number {number} is used twice</source>
            <comment>questionnaire.domain_twice</comment>
            <translation>رقم المجال {number} مستخدم مرتين</translation>
        </message>
        <message>
            <source>duplicate choice code {code}</source>
            <comment>questionnaire.duplicate_choice</comment>
            <translation>رمز الخيار {code} مكرر</translation>
        </message>
        <message>
            <source>duplicate domain code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_domain</comment>
            <translation>رمز المجال {code} مكرر (استُخدم أولًا في السطر {line})</translation>
        </message>
        <message>
            <source>duplicate domain code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_domain_in_cell</comment>
            <translation>رمز المجال {code} مكرر (استُخدم أولًا في {cell})</translation>
        </message>
        <message>
            <source>duplicate indicator code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_indicator</comment>
            <translation>رمز المؤشر {code} مكرر (استُخدم أولًا في السطر {line})</translation>
        </message>
        <message>
            <source>duplicate indicator code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_indicator_in_cell</comment>
            <translation>رمز المؤشر {code} مكرر (استُخدم أولًا في {cell})</translation>
        </message>
        <message>
            <source>duplicate question code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_question</comment>
            <translation>رمز السؤال {code} مكرر (استُخدم أولًا في السطر {line})</translation>
        </message>
        <message>
            <source>duplicate question code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_question_in_cell</comment>
            <translation>رمز السؤال {code} مكرر (استُخدم أولًا في {cell})</translation>
        </message>
        <message>
            <source>duplicate sub-area code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_sub_area</comment>
            <translation>رمز المجال الفرعي {code} مكرر (استُخدم أولًا في السطر {line})</translation>
        </message>
        <message>
            <source>duplicate sub-area code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_sub_area_in_cell</comment>
            <translation>رمز المجال الفرعي {code} مكرر (استُخدم أولًا في {cell})</translation>
        </message>
        <message>
            <source>missing choice list: 'choices' is empty</source>
            <comment>questionnaire.empty_choices</comment>
            <translation>قائمة الخيارات مفقودة: 'choices' فارغة</translation>
        </message>
        <message>
            <source>empty domain: it has no sub-areas</source>
            <comment>questionnaire.empty_domain</comment>
            <translation>مجال فارغ: لا يحتوي على مجالات فرعية</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <comment>questionnaire.empty_file</comment>
            <translation>الملف فارغ</translation>
        </message>
        <message>
            <source>empty indicator: it has no questions</source>
            <comment>questionnaire.empty_indicator</comment>
            <translation>مؤشر فارغ: لا يحتوي على أسئلة</translation>
        </message>
        <message>
            <source>empty sub-area: it has no indicators</source>
            <comment>questionnaire.empty_sub_area</comment>
            <translation>مجال فرعي فارغ: لا يحتوي على مؤشرات</translation>
        </message>
        <message numerus="yes">
            <source>questionnaire has %n problems</source>
            <comment>questionnaire.has_problems</comment>
            <translation>
                <numerusform>في الاستبيان %n مشكلة</numerusform>
                <numerusform>في الاستبيان %n مشكلة</numerusform>
                <numerusform>في الاستبيان %n مشكلتان</numerusform>
                <numerusform>في الاستبيان %n مشكلات</numerusform>
                <numerusform>في الاستبيان %n مشكلةً</numerusform>
                <numerusform>في الاستبيان %n مشكلة</numerusform>
            </translation>
        </message>
        <message>
            <source>the stored questionnaire does not match its hash {sha}</source>
            <comment>questionnaire.hash_mismatch</comment>
            <translation>الاستبيان المخزَّن لا يطابق قيمة التجزئة الخاصة به {sha}</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>questionnaire.invalid</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>is a folder, not a questionnaire file</source>
            <comment>questionnaire.is_a_folder</comment>
            <translation>هذا مجلد وليس ملف استبيان</translation>
        </message>
        <message>
            <source>key {key} appears twice</source>
            <comment>questionnaire.key_twice</comment>
            <translation>المفتاح {key} يرد مرتين</translation>
        </message>
        <message>
            <source>translation in undeclared language {language} in '{field}' (declared: {declared})</source>
            <comment>questionnaire.language_undeclared</comment>
            <translation>ترجمة بلغة غير مُعلَنة {language} في '{field}' (اللغات المُعلَنة: {declared})</translation>
        </message>
        <message>
            <source>condition names a later question {code}: conditions may only use earlier answers</source>
            <comment>questionnaire.later_reference</comment>
            <translation>يشير الشرط إلى سؤال لاحق {code}: لا يجوز أن تستخدم الشروط إلا الإجابات عن الأسئلة السابقة</translation>
        </message>
        <message>
            <source>missing field {field}</source>
            <comment>questionnaire.missing_field</comment>
            <translation>الحقل {field} مفقود</translation>
        </message>
        <message>
            <source>condition names a missing question {code}</source>
            <comment>questionnaire.missing_reference</comment>
            <translation>يشير الشرط إلى سؤال غير موجود {code}</translation>
        </message>
        <message>
            <source>missing choice list: a {type} question needs 'choices' or 'choice_list'</source>
            <comment>questionnaire.needs_choices</comment>
            <translation>قائمة الخيارات مفقودة: يحتاج السؤال من نوع {type} إلى 'choices' أو 'choice_list'</translation>
        </message>
        <message>
            <source>the questionnaire has no domains</source>
            <comment>questionnaire.no_domains</comment>
            <translation>لا يحتوي الاستبيان على أي مجال</translation>
        </message>
        <message>
            <source>missing choice list: no choice list named {name} in 'choice_lists'</source>
            <comment>questionnaire.no_such_list</comment>
            <translation>قائمة الخيارات مفقودة: لا توجد قائمة خيارات باسم {name} في 'choice_lists'</translation>
        </message>
        <message>
            <source>no question {code} in {framework} {version}</source>
            <comment>questionnaire.no_such_question</comment>
            <translation>لا يوجد سؤال {code} في {framework} {version}</translation>
        </message>
        <message>
            <source>not a questionnaire: the file must hold a mapping</source>
            <comment>questionnaire.not_a_mapping</comment>
            <translation>ليس استبيانًا: يجب أن يحتوي الملف على قاموس (mapping)</translation>
        </message>
        <message>
            <source>file not found</source>
            <comment>questionnaire.not_found</comment>
            <translation>الملف غير موجود</translation>
        </message>
        <message>
            <source>not a text file (not UTF-8 at byte {offset})</source>
            <comment>questionnaire.not_utf8</comment>
            <translation>ليس ملفًا نصيًا (ترميز UTF-8 غير صالح عند البايت {offset})</translation>
        </message>
        <message>
            <source>not valid YAML: {detail}</source>
            <comment>questionnaire.not_yaml</comment>
            <translation>YAML غير صالح: {detail}</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <comment>questionnaire.problem</comment>
            <translation>{where}: {message}</translation>
        </message>
        <message>
            <source>a relevance condition cannot use '.' (the question's own answer)</source>
            <comment>questionnaire.self_in_relevance</comment>
            <translation>لا يمكن لشرط الانطباق أن يستخدم '.' (إجابة السؤال نفسه)</translation>
        </message>
        <message>
            <source>source language {language} is not among the declared languages {declared}</source>
            <comment>questionnaire.source_language_undeclared</comment>
            <translation>اللغة المصدر {language} ليست من بين اللغات المُعلَنة {declared}</translation>
        </message>
        <message>
            <source>the stored questionnaire cannot be read ({detail})</source>
            <comment>questionnaire.stored_unreadable</comment>
            <translation>تعذّرت قراءة الاستبيان المخزَّن ({detail})</translation>
        </message>
        <message>
            <source>a {type} question takes no choices</source>
            <comment>questionnaire.takes_no_choices</comment>
            <translation>السؤال من نوع {type} لا يقبل خيارات</translation>
        </message>
        <message>
            <source>a {type} question takes no range</source>
            <comment>questionnaire.takes_no_range</comment>
            <translation>السؤال من نوع {type} لا يقبل نطاقًا من القيم</translation>
        </message>
        <message>
            <source>nested more than {limit} levels deep: not a questionnaire</source>
            <comment>questionnaire.too_deep</comment>
            <translation>متداخل بأكثر من {limit} من المستويات: ليس استبيانًا</translation>
        </message>
        <message>
            <source>file is too large for a questionnaire ({size} bytes)</source>
            <comment>questionnaire.too_large</comment>
            <translation>الملف أكبر من أن يكون استبيانًا ({size} بايت)</translation>
        </message>
        <message>
            <source>more than {limit} values (keys, texts, lists): too large for a questionnaire</source>
            <comment>questionnaire.too_many_values</comment>
            <translation>أكثر من {limit} من القيم (مفاتيح، نصوص، قوائم): أكبر من أن يكون استبيانًا</translation>
        </message>
        <message>
            <source>unknown field {field}</source>
            <comment>questionnaire.unknown_field</comment>
            <translation>حقل غير معروف {field}</translation>
        </message>
        <message>
            <source>no questionnaire file or bundled framework named {name} (bundled: {known})</source>
            <comment>questionnaire.unknown_framework</comment>
            <translation>لا يوجد ملف استبيان ولا استبيان مُضمَّن باسم {name} (الاستبيانات المُضمَّنة: {known})</translation>
        </message>
        <message>
            <source>unknown answer type {type} (expected one of: {types})</source>
            <comment>questionnaire.unknown_type</comment>
            <translation>نوع إجابة غير معروف {type} (الأنواع المتوقعة: {types})</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>questionnaire.unreadable</comment>
            <translation>تعذّرت قراءة الملف: {reason}</translation>
        </message>
        <message>
            <source>this package was already received (package {sequence} from {sender})</source>
            <comment>receive.already_received</comment>
            <translation>سبق استلام هذه الحزمة (الحزمة رقم {sequence} من {sender})</translation>
        </message>
        <message>
            <source>the questionnaire in the package is not valid ({problem})</source>
            <comment>receive.bad_questionnaire</comment>
            <translation>الاستبيان الموجود في الحزمة غير صالح ({problem})</translation>
        </message>
        <message>
            <source>{side}: a conflict is resolved with mine or theirs</source>
            <comment>receive.bad_side</comment>
            <translation>{side}: يُحَلّ التعارض باختيار mine (نسختي) أو theirs (نسختهم)</translation>
        </message>
        <message>
            <source>mine {mine} | theirs {theirs}</source>
            <comment>receive.conflict</comment>
            <translation>نسختي: {mine} | نسختهم: {theirs}</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts with changes made here; nothing was imported. Resolve them (keep mine, take theirs, or edit), or import with --mine or --theirs</source>
            <comment>receive.conflicts</comment>
            <translation>
                <numerusform>يوجد %n تعارض مع تغييرات أُجريت هنا؛ لم يُستورد أي شيء. حُلّ التعارضات (الاحتفاظ بنسختي، أو أخذ نسختهم، أو التعديل)، أو استورد باستخدام --mine أو --theirs</numerusform>
                <numerusform>يوجد %n تعارض مع تغييرات أُجريت هنا؛ لم يُستورد أي شيء. حُلّه (الاحتفاظ بنسختي، أو أخذ نسختهم، أو التعديل)، أو استورد باستخدام --mine أو --theirs</numerusform>
                <numerusform>يوجد %n تعارضان مع تغييرات أُجريت هنا؛ لم يُستورد أي شيء. حُلّهما (الاحتفاظ بنسختي، أو أخذ نسختهم، أو التعديل)، أو استورد باستخدام --mine أو --theirs</numerusform>
                <numerusform>توجد %n تعارضات مع تغييرات أُجريت هنا؛ لم يُستورد أي شيء. حُلّها (الاحتفاظ بنسختي، أو أخذ نسختهم، أو التعديل)، أو استورد باستخدام --mine أو --theirs</numerusform>
                <numerusform>يوجد %n تعارضًا مع تغييرات أُجريت هنا؛ لم يُستورد أي شيء. حُلّها (الاحتفاظ بنسختي، أو أخذ نسختهم، أو التعديل)، أو استورد باستخدام --mine أو --theirs</numerusform>
                <numerusform>يوجد %n تعارض مع تغييرات أُجريت هنا؛ لم يُستورد أي شيء. حُلّها (الاحتفاظ بنسختي، أو أخذ نسختهم، أو التعديل)، أو استورد باستخدام --mine أو --theirs</numerusform>
            </translation>
        </message>
        <message>
            <source>the import failed and was undone ({detail})</source>
            <comment>receive.failed</comment>
            <translation>فشل الاستيراد وتم التراجع عنه ({detail})</translation>
        </message>
        <message>
            <source>this database has not exchanged this assessment with the sender before: every difference is shown as a conflict</source>
            <comment>receive.first_exchange</comment>
            <translation>لم يسبق لقاعدة البيانات هذه أن تبادلت هذا التقييم مع المُرسِل: لذا يُعرض كل اختلاف على أنه تعارض</translation>
        </message>
        <message>
            <source>{resolution} is not a resolution (mine, theirs or edited)</source>
            <comment>receive.not_a_resolution</comment>
            <translation>{resolution} ليس حلًا صالحًا (mine: نسختي، أو theirs: نسختهم، أو edited: معدَّلة)</translation>
        </message>
        <message>
            <source>the package uses questionnaire {framework} {version} ({sha}), which this installation does not include; the copy carried in the package will be used</source>
            <comment>receive.not_bundled</comment>
            <translation>تستخدم الحزمة الاستبيان {framework} {version} ({sha})، وهو غير مُضمَّن في هذا التثبيت؛ وستُستخدم النسخة المنقولة في الحزمة</translation>
        </message>
        <message>
            <source>nothing was imported; the database is as it was</source>
            <comment>receive.nothing_imported</comment>
            <translation>لم يُستورد أي شيء؛ وبقيت قاعدة البيانات على حالها</translation>
        </message>
        <message>
            <source>this is package {sequence} from {sender}, older than package {last} already received from them for this assessment (an old copy or a replay)</source>
            <comment>receive.older</comment>
            <translation>هذه هي الحزمة رقم {sequence} من {sender}، وهي أقدم من الحزمة رقم {last} التي سبق استلامها منه لهذا التقييم (نسخة قديمة أو إعادة إرسال)</translation>
        </message>
        <message>
            <source>only answers can be edited; keep mine or take theirs</source>
            <comment>receive.only_answers_edited</comment>
            <translation>لا يمكن تعديل إلا الإجابات؛ احتفظ بنسختك أو خذ نسختهم</translation>
        </message>
        <message>
            <source>the manifest names questionnaire {named} {named_version} but the package holds {held} {held_version}</source>
            <comment>receive.other_questionnaire</comment>
            <translation>يسمي البيان (manifest) الاستبيان {named} {named_version}، لكن الحزمة تحتوي على {held} {held_version}</translation>
        </message>
        <message>
            <source>the assessment here uses another version of the questionnaire ({here} {here_version}) than the package ({there} {there_version})</source>
            <comment>receive.other_version</comment>
            <translation>يستخدم التقييم الموجود هنا إصدارًا من الاستبيان ({here} {here_version}) غير الإصدار الذي تستخدمه الحزمة ({there} {there_version})</translation>
        </message>
        <message>
            <source>this package was sent from this database; it is received by the other side</source>
            <comment>receive.own_package</comment>
            <translation>أُرسلت هذه الحزمة من قاعدة البيانات هذه؛ والطرف الآخر هو من يستلمها</translation>
        </message>
        <message>
            <source>the previous round this assessment follows is not in this database; the link to it is not kept</source>
            <comment>receive.previous_missing</comment>
            <translation>الجولة السابقة التي يتابعها هذا التقييم ليست في قاعدة البيانات هذه؛ ولا يُحتفَظ بالرابط إليها</translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed after {since}, in {assessments} ({titles}), will be lost.</source>
            <comment>restore.answers_lost</comment>
            <translation>
                <numerusform>لن تُفقد أي إجابة (%n) عُدّلت بعد {since} في {assessments} ({titles}).</numerusform>
                <numerusform>ستُفقد إجابة واحدة (%n) عُدّلت بعد {since} في {assessments} ({titles}).</numerusform>
                <numerusform>ستُفقد إجابتان (%n) عُدّلتا بعد {since} في {assessments} ({titles}).</numerusform>
                <numerusform>ستُفقد %n إجابات عُدّلت بعد {since} في {assessments} ({titles}).</numerusform>
                <numerusform>ستُفقد %n إجابة عُدّلت بعد {since} في {assessments} ({titles}).</numerusform>
                <numerusform>ستُفقد %n إجابة عُدّلت بعد {since} في {assessments} ({titles}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessments</source>
            <comment>restore.assessments</comment>
            <translation>
                <numerusform>%n تقييم</numerusform>
                <numerusform>تقييم واحد (%n)</numerusform>
                <numerusform>تقييمين (%n)</numerusform>
                <numerusform>%n تقييمات</numerusform>
                <numerusform>%n تقييمًا</numerusform>
                <numerusform>%n تقييم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessments created since the backup will be gone.</source>
            <comment>restore.new_assessments</comment>
            <translation>
                <numerusform>لن يختفي أي تقييم (%n) أُنشئ بعد النسخة الاحتياطية.</numerusform>
                <numerusform>سيختفي تقييم واحد (%n) أُنشئ بعد النسخة الاحتياطية.</numerusform>
                <numerusform>سيختفي تقييمان (%n) أُنشئا بعد النسخة الاحتياطية.</numerusform>
                <numerusform>ستختفي %n تقييمات أُنشئت بعد النسخة الاحتياطية.</numerusform>
                <numerusform>سيختفي %n تقييمًا أُنشئ بعد النسخة الاحتياطية.</numerusform>
                <numerusform>سيختفي %n تقييم أُنشئ بعد النسخة الاحتياطية.</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not a decision (accepted or returned)</source>
            <comment>review.not_a_decision</comment>
            <translation>{value} ليس قرارًا (مقبولة أو مُعادة)</translation>
        </message>
        <message>
            <source>the question is not answered; return it with a reason instead</source>
            <comment>review.not_answered</comment>
            <translation>لم يُجَب عن السؤال؛ أعِده مع ذكر السبب بدلًا من ذلك</translation>
        </message>
        <message>
            <source>say why the answer is returned, so the focal point can fix it</source>
            <comment>review.reason_needed</comment>
            <translation>اذكر سبب إعادة الإجابة، لكي تتمكن جهة الاتصال من تصحيحها</translation>
        </message>
        <message>
            <source>round {round} already follows this assessment ({title})</source>
            <comment>rounds.already_followed</comment>
            <translation>الجولة {round} تتابع هذا التقييم بالفعل ({title})</translation>
        </message>
        <message>
            <source>a follow-up round is started by the focal point</source>
            <comment>rounds.focal_point_only</comment>
            <translation>لا يبدأ جولة المتابعة إلا جهة الاتصال</translation>
        </message>
        <message>
            <source>rounds of different countries or places cannot be compared</source>
            <comment>rounds.other_place</comment>
            <translation>لا يمكن مقارنة جولات لبلدان أو أماكن مختلفة</translation>
        </message>
        <message>
            <source>the crosswalk goes from {named_old} to {named_new}, not from {old} to {new}</source>
            <comment>rounds.wrong_crosswalk</comment>
            <translation>ينتقل جدول المطابقة من {named_old} إلى {named_new}، لا من {old} إلى {new}</translation>
        </message>
        <message>
            <source>a round comparison is exported as .xlsx or .html</source>
            <comment>rounds.wrong_suffix</comment>
            <translation>تُصدَّر مقارنة الجولات بصيغة .xlsx أو .html</translation>
        </message>
        <message>
            <source>the file attached to evidence {title} ({name}) is missing; attach it again or remove it</source>
            <comment>send.file_missing</comment>
            <translation>الملف المرفق بالدليل {title} ({name}) مفقود؛ أرفقه مرة أخرى أو احذفه</translation>
        </message>
        <message>
            <source>the assessment has no other party whose key is known yet: protect this first package with a password, or import the recipient's key file (key import)</source>
            <comment>send.no_party</comment>
            <translation>ليس للتقييم بعد أي طرف آخر معروف المفتاح: احمِ هذه الحزمة الأولى بكلمة مرور، أو استورد ملف مفتاح المستلم (key import)</translation>
        </message>
        <message>
            <source>no key is known for {fingerprint}: import the recipient's key file first (key import)</source>
            <comment>send.no_recipient_key</comment>
            <translation>لا يوجد مفتاح معروف للبصمة {fingerprint}: استورد ملف مفتاح المستلم أولًا (key import)</translation>
        </message>
        <message>
            <source>the questionnaire of assessment {id} is missing from {database}</source>
            <comment>send.questionnaire_missing</comment>
            <translation>استبيان التقييم {id} مفقود من {database}</translation>
        </message>
        <message>
            <source>the crosswalk the assessment was made through is not one for its questionnaire</source>
            <comment>snapshot.bad_crosswalk</comment>
            <translation>جدول المطابقة الذي أُنشئ التقييم من خلاله ليس خاصًا باستبيانه</translation>
        </message>
        <message>
            <source>invalid answer: {problem}</source>
            <comment>snapshot.invalid_answer</comment>
            <translation>إجابة غير صالحة: {problem}</translation>
        </message>
        <message>
            <source>the assessment does not match the questionnaire in the package</source>
            <comment>snapshot.mismatch</comment>
            <translation>التقييم لا يطابق الاستبيان الموجود في الحزمة</translation>
        </message>
        <message>
            <source>{code}: the answer {value} is not in canonical form</source>
            <comment>snapshot.not_canonical</comment>
            <translation>{code}: الإجابة {value} ليست بالصيغة القياسية</translation>
        </message>
        <message>
            <source>the answer to {item} appears twice</source>
            <comment>snapshot.twice_answer</comment>
            <translation>الإجابة عن {item} ترد مرتين</translation>
        </message>
        <message>
            <source>the audit event {item} appears twice</source>
            <comment>snapshot.twice_audit</comment>
            <translation>حدث التدقيق {item} يرد مرتين</translation>
        </message>
        <message>
            <source>the comment {item} appears twice</source>
            <comment>snapshot.twice_comment</comment>
            <translation>التعليق {item} يرد مرتين</translation>
        </message>
        <message>
            <source>the review decision {item} appears twice</source>
            <comment>snapshot.twice_decision</comment>
            <translation>قرار المراجعة {item} يرد مرتين</translation>
        </message>
        <message>
            <source>the description of domain {item} appears twice</source>
            <comment>snapshot.twice_domain_text</comment>
            <translation>وصف المجال {item} يرد مرتين</translation>
        </message>
        <message>
            <source>the evidence item {item} appears twice</source>
            <comment>snapshot.twice_evidence</comment>
            <translation>الدليل {item} يرد مرتين</translation>
        </message>
        <message>
            <source>the finding {item} appears twice</source>
            <comment>snapshot.twice_finding</comment>
            <translation>الاستنتاج {item} يرد مرتين</translation>
        </message>
        <message>
            <source>finding {id}: unknown domain {number}</source>
            <comment>snapshot.unknown_domain</comment>
            <translation>الاستنتاج {id}: مجال غير معروف {number}</translation>
        </message>
        <message>
            <source>a description of domain {number}, which the questionnaire does not have</source>
            <comment>snapshot.unknown_domain_text</comment>
            <translation>وصف للمجال {number}، الذي لا يتضمنه الاستبيان</translation>
        </message>
        <message>
            <source>{item} refers to question {code}, which {framework} {version} does not have</source>
            <comment>snapshot.unknown_question</comment>
            <translation>يشير {item} إلى السؤال {code}، الذي لا يتضمنه {framework} {version}</translation>
        </message>
        <message>
            <source>no such file</source>
            <comment>sources.no_such_file</comment>
            <translation>الملف غير موجود</translation>
        </message>
        <message>
            <source>not an MGI Desktop database or package</source>
            <comment>sources.not_a_source</comment>
            <translation>ليس قاعدة بيانات أو حزمة لـ MGI Desktop</translation>
        </message>
        <message>
            <source>the database is busy in another program; try again</source>
            <comment>storage.busy</comment>
            <translation>قاعدة البيانات مشغولة في برنامج آخر؛ أعد المحاولة</translation>
        </message>
        <message>
            <source>cannot create the folder: {reason}</source>
            <comment>storage.cannot_create_folder</comment>
            <translation>تعذّر إنشاء المجلد: {reason}</translation>
        </message>
        <message>
            <source>cannot lock the database: {reason}</source>
            <comment>storage.cannot_lock</comment>
            <translation>تعذّر قفل قاعدة البيانات: {reason}</translation>
        </message>
        <message>
            <source>cannot write the database: {detail}</source>
            <comment>storage.cannot_write</comment>
            <translation>تعذّرت الكتابة في قاعدة البيانات: {detail}</translation>
        </message>
        <message>
            <source>the database is damaged ({detail})</source>
            <comment>storage.damaged</comment>
            <translation>قاعدة البيانات تالفة ({detail})</translation>
        </message>
        <message>
            <source>the disk is failing; nothing was saved</source>
            <comment>storage.disk</comment>
            <translation>القرص يتعطّل؛ لم يُحفظ أي شيء</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes), not an MGI Desktop database</source>
            <comment>storage.empty</comment>
            <translation>الملف فارغ (0 بايت)، وليس قاعدة بيانات لـ MGI Desktop</translation>
        </message>
        <message>
            <source>not an MGI Desktop database (a SQLite file of another program)</source>
            <comment>storage.foreign</comment>
            <translation>ليست قاعدة بيانات لـ MGI Desktop (ملف SQLite لبرنامج آخر)</translation>
        </message>
        <message>
            <source>the database is already open in another MGI Desktop window or command; close it there first</source>
            <comment>storage.in_use</comment>
            <translation>قاعدة البيانات مفتوحة بالفعل في نافذة أخرى أو أمر آخر لـ MGI Desktop؛ أغلقها هناك أولًا</translation>
        </message>
        <message>
            <source>the latest backup is from {when}: {backup} (restore it with: mgi-desktop --database "{database}" backup restore latest)</source>
            <comment>storage.latest_backup</comment>
            <translation>آخر نسخة احتياطية مؤرخة {when}: {backup} (لاستعادتها: mgi-desktop --database "{database}" backup restore latest)</translation>
        </message>
        <message>
            <source>the database was written by a newer version of MGI Desktop (schema {schema}); install that version to open it</source>
            <comment>storage.newer</comment>
            <translation>كُتبت قاعدة البيانات بإصدار أحدث من MGI Desktop (المخطط {schema})؛ ثبِّت ذلك الإصدار لفتحها</translation>
        </message>
        <message>
            <source>no such database</source>
            <comment>storage.no_such_database</comment>
            <translation>قاعدة البيانات غير موجودة</translation>
        </message>
        <message>
            <source>the database was not opened, and nothing in it changed</source>
            <comment>storage.not_opened</comment>
            <translation>لم تُفتح قاعدة البيانات، ولم يتغير فيها أي شيء</translation>
        </message>
        <message>
            <source>not an SQLite database (it may be a text file or another format)</source>
            <comment>storage.not_sqlite</comment>
            <translation>ليست قاعدة بيانات SQLite (ربما تكون ملفًا نصيًا أو ملفًا بصيغة أخرى)</translation>
        </message>
        <message>
            <source>the database was not upgraded (no room for the backup taken first), and is unchanged</source>
            <comment>storage.not_upgraded</comment>
            <translation>لم تُرقَّ قاعدة البيانات (لا توجد مساحة للنسخة الاحتياطية التي تُنشأ أولًا)، وبقيت دون تغيير</translation>
        </message>
        <message>
            <source>the database cannot be written ({detail}); nothing was saved</source>
            <comment>storage.not_written</comment>
            <translation>تتعذر الكتابة في قاعدة البيانات ({detail})؛ لم يُحفظ أي شيء</translation>
        </message>
        <message>
            <source>nothing was saved; everything saved before is kept</source>
            <comment>storage.nothing_saved</comment>
            <translation>لم يُحفظ أي شيء؛ ويُحتفَظ بكل ما حُفظ من قبل</translation>
        </message>
        <message>
            <source>the database was written by an older version; open it once in MGI Desktop to upgrade it</source>
            <comment>storage.older</comment>
            <translation>كُتبت قاعدة البيانات بإصدار أقدم؛ افتحها مرة واحدة في MGI Desktop لترقيتها</translation>
        </message>
        <message>
            <source>opened read-only</source>
            <comment>storage.opened_read_only</comment>
            <translation>مفتوحة للقراءة فقط</translation>
        </message>
        <message>
            <source>cannot read the database: permission denied</source>
            <comment>storage.permission</comment>
            <translation>تعذّرت قراءة قاعدة البيانات: تم رفض الإذن</translation>
        </message>
        <message>
            <source>the database is read-only; nothing was saved</source>
            <comment>storage.read_only</comment>
            <translation>قاعدة البيانات للقراءة فقط؛ لم يُحفظ أي شيء</translation>
        </message>
        <message>
            <source>the database file is read-only; copy it to a folder you can write to</source>
            <comment>storage.read_only_file</comment>
            <translation>ملف قاعدة البيانات للقراءة فقط؛ انسخه إلى مجلد يمكنك الكتابة فيه</translation>
        </message>
        <message>
            <source>cannot write in the database's folder (needed for its journal)</source>
            <comment>storage.read_only_folder</comment>
            <translation>تتعذر الكتابة في مجلد قاعدة البيانات (وهو أمر لازم لملف اليومية الخاص بها)</translation>
        </message>
        <message>
            <source>the database is truncated ({size} of {expected} bytes)</source>
            <comment>storage.truncated</comment>
            <translation>قاعدة البيانات مبتورة ({size} من أصل {expected} بايت)</translation>
        </message>
        <message>
            <source>cannot read the database: {reason}</source>
            <comment>storage.unreadable</comment>
            <translation>تعذّرت قراءة قاعدة البيانات: {reason}</translation>
        </message>
        <message>
            <source>the text is not valid Unicode at character {position} (it may have been pasted or passed from a program in another encoding)</source>
            <comment>text.invalid</comment>
            <translation>النص ليس Unicode صالحًا عند الحرف {position} (ربما لُصق أو مُرِّر من برنامج يستخدم ترميزًا آخر)</translation>
        </message>
        <message>
            <source>the text is too long ({size} bytes; the limit is {limit})</source>
            <comment>text.too_long</comment>
            <translation>النص طويل جدًا ({size} بايت؛ والحد الأقصى {limit})</translation>
        </message>
        <message>
            <source>each text needs 'source' (12 hex digits), 'status' (draft or reviewed) and a non-empty 'text'</source>
            <comment>translations.bad_entry</comment>
            <translation>يحتاج كل نص إلى 'source' (12 رقمًا ست عشريًا) و'status' (draft أو reviewed) و'text' غير فارغ</translation>
        </message>
        <message>
            <source>{field} must be {expected}</source>
            <comment>translations.bad_field</comment>
            <translation>يجب أن يكون {field} {expected}</translation>
        </message>
        <message>
            <source>the translation is only white space: leave it empty to remove it, or write the text</source>
            <comment>translations.blank</comment>
            <translation>الترجمة مسافات فقط: اتركها فارغة لحذفها، أو اكتب النص</translation>
        </message>
        <message numerus="yes">
            <source>translation file {file} has %n problems</source>
            <comment>translations.has_problems</comment>
            <translation>
                <numerusform>في ملف الترجمة {file} %n مشكلة</numerusform>
                <numerusform>في ملف الترجمة {file} مشكلة واحدة (%n)</numerusform>
                <numerusform>في ملف الترجمة {file} مشكلتان (%n)</numerusform>
                <numerusform>في ملف الترجمة {file} %n مشكلات</numerusform>
                <numerusform>في ملف الترجمة {file} %n مشكلة</numerusform>
                <numerusform>في ملف الترجمة {file} %n مشكلة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n problems, nothing was imported</source>
            <comment>translations.import_problems</comment>
            <translation>
                <numerusform>{file}: %n مشكلة، لم يُستورد شيء</numerusform>
                <numerusform>{file}: مشكلة واحدة (%n)، لم يُستورد شيء</numerusform>
                <numerusform>{file}: مشكلتان (%n)، لم يُستورد شيء</numerusform>
                <numerusform>{file}: %n مشكلات، لم يُستورد شيء</numerusform>
                <numerusform>{file}: %n مشكلة، لم يُستورد شيء</numerusform>
                <numerusform>{file}: %n مشكلة، لم يُستورد شيء</numerusform>
            </translation>
        </message>
        <message>
            <source>key {key} appears twice</source>
            <comment>translations.key_twice</comment>
            <translation>يتكرر المفتاح {key} مرتين</translation>
        </message>
        <message>
            <source>entry without a context (msgctxt): the app cannot tell which text it is</source>
            <comment>translations.no_key</comment>
            <translation>مدخل بلا سياق (msgctxt): لا يستطيع التطبيق معرفة النص المقصود</translation>
        </message>
        <message>
            <source>the file does not say which language it holds: give it (--language)</source>
            <comment>translations.no_language</comment>
            <translation>لا يذكر الملف اللغة التي يحتويها: حدّدها (--language)</translation>
        </message>
        <message>
            <source>a translation file is a mapping with a 'texts' mapping</source>
            <comment>translations.not_a_mapping</comment>
            <translation>ملف الترجمة قاموس يحتوي على قاموس 'texts'</translation>
        </message>
        <message>
            <source>not valid JSON: {detail}</source>
            <comment>translations.not_json</comment>
            <translation>ليس JSON صالحًا: {detail}</translation>
        </message>
        <message>
            <source>not a PO file: {detail}</source>
            <comment>translations.not_po</comment>
            <translation>ليس ملف PO: {detail}</translation>
        </message>
        <message>
            <source>the file holds {found}, not {expected}</source>
            <comment>translations.other_language</comment>
            <translation>يحتوي الملف على {found}، لا على {expected}</translation>
        </message>
        <message>
            <source>this file translates the questionnaire {found}, not {expected}</source>
            <comment>translations.other_questionnaire</comment>
            <translation>يترجم هذا الملف الاستبيان {found}، لا {expected}</translation>
        </message>
        <message>
            <source>the translation must keep {expected} of the source as written (it has {found})</source>
            <comment>translations.placeholders</comment>
            <translation>يجب أن تحافظ الترجمة على {expected} من النص المصدر كما هو (تحتوي على {found})</translation>
        </message>
        <message>
            <source>{language} is the questionnaire's source language: there is nothing to translate into it</source>
            <comment>translations.source_language</comment>
            <translation>{language} هي اللغة المصدر للاستبيان: لا شيء للترجمة إليها</translation>
        </message>
        <message>
            <source>unknown field {field} (expected: {expected})</source>
            <comment>translations.unknown_field</comment>
            <translation>حقل غير معروف {field} (المتوقع: {expected})</translation>
        </message>
        <message>
            <source>the questionnaire has no text {key}</source>
            <comment>translations.unknown_text</comment>
            <translation>لا يحتوي الاستبيان على النص {key}</translation>
        </message>
        <message>
            <source>the file is named for {expected} but holds {found}: name it {expected}.json</source>
            <comment>translations.wrong_name</comment>
            <translation>اسم الملف يخص {expected} لكنه يحتوي على {found}: سمِّه {expected}.yaml</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: the validation's signature does not verify against key {fingerprint} (forged or altered)</source>
            <comment>validation.bad_signature</comment>
            <translation>لم يُصادَق عليه بمفتاح مراجع موثوق: تعذّر التحقق من توقيع المصادقة باستخدام المفتاح {fingerprint} (مزوَّر أو معدَّل)</translation>
        </message>
        <message>
            <source>validated with key {fingerprint} on {date}, but the answers changed since: the validation does not cover them</source>
            <comment>validation.changed</comment>
            <translation>صودق عليه بالمفتاح {fingerprint} في {date}، لكن الإجابات تغيّرت منذ ذلك الحين: فالمصادقة لا تشملها</translation>
        </message>
        <message>
            <source>validated with key {fingerprint} on {date}, answers unchanged since; the key was not checked against trusted keys (no database of yours to check it with)</source>
            <comment>validation.not_checked</comment>
            <translation>صودق عليه بالمفتاح {fingerprint} في {date}، ولم تتغير الإجابات منذ ذلك الحين؛ ولم يُتحقَّق من المفتاح مقارنةً بالمفاتيح الموثوقة (لا توجد قاعدة بيانات خاصة بك للتحقق منه بها)</translation>
        </message>
        <message>
            <source>not validated: the assessment is {status}</source>
            <comment>validation.not_validated</comment>
            <translation>لم يُصادَق عليه: حالة التقييم «{status}»</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: self-validated with the focal point's own key {fingerprint}</source>
            <comment>validation.self_validated</comment>
            <translation>لم يُصادَق عليه بمفتاح مراجع موثوق: صادقت عليه جهة الاتصال بمفتاحها الخاص {fingerprint}</translation>
        </message>
        <message>
            <source>validated by {holder} (key {fingerprint}) on {date}, answers unchanged since</source>
            <comment>validation.signed</comment>
            <translation>صادق عليه {holder} (المفتاح {fingerprint}) في {date}، ولم تتغير الإجابات منذ ذلك الحين</translation>
        </message>
        <message>
            <source>signers not checked: no database of trusted keys was given</source>
            <comment>validation.trust_unknown</comment>
            <translation>لم يُتحقَّق من الموقِّعين: لم تُحدَّد أي قاعدة بيانات للمفاتيح الموثوقة</translation>
        </message>
        <message>
            <source>signers checked against the keys trusted in {database}</source>
            <comment>validation.trusted_in</comment>
            <translation>تم التحقق من الموقِّعين مقارنةً بالمفاتيح الموثوقة في {database}</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: marked validated without a signature (older data), anyone could have set it</source>
            <comment>validation.unsigned</comment>
            <translation>لم يُصادَق عليه بمفتاح مراجع موثوق: وُسِم بأنه مُصادَق عليه دون توقيع (بيانات قديمة)، وكان بإمكان أي شخص تعيين ذلك</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: validated with key {fingerprint}, which is not a reviewer key trusted here</source>
            <comment>validation.untrusted</comment>
            <translation>لم يُصادَق عليه بمفتاح مراجع موثوق: صودق عليه بالمفتاح {fingerprint}، وهو ليس مفتاح مراجع موثوقًا هنا</translation>
        </message>
        <message numerus="yes">
            <source>%n events, oldest first by default</source>
            <comment>window.audit_events</comment>
            <translation>
                <numerusform>%n حدث، الأقدم أولًا افتراضيًا</numerusform>
                <numerusform>%n حدث، الأقدم أولًا افتراضيًا</numerusform>
                <numerusform>%n حدثان، الأقدم أولًا افتراضيًا</numerusform>
                <numerusform>%n أحداث، الأقدم أولًا افتراضيًا</numerusform>
                <numerusform>%n حدثًا، الأقدم أولًا افتراضيًا</numerusform>
                <numerusform>%n حدث، الأقدم أولًا افتراضيًا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n events to {file}</source>
            <comment>window.audit_events_saved</comment>
            <translation>
                <numerusform>تم حفظ %n حدث في {file}</numerusform>
                <numerusform>تم حفظ %n حدث في {file}</numerusform>
                <numerusform>تم حفظ %n حدثين في {file}</numerusform>
                <numerusform>تم حفظ %n أحداث في {file}</numerusform>
                <numerusform>تم حفظ %n حدثًا في {file}</numerusform>
                <numerusform>تم حفظ %n حدث في {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n events shown</source>
            <comment>window.audit_events_shown</comment>
            <translation>
                <numerusform>عُرض {shown} من أصل %n حدث</numerusform>
                <numerusform>عُرض {shown} من أصل %n حدث</numerusform>
                <numerusform>عُرض {shown} من أصل %n حدثين</numerusform>
                <numerusform>عُرض {shown} من أصل %n أحداث</numerusform>
                <numerusform>عُرض {shown} من أصل %n حدثًا</numerusform>
                <numerusform>عُرض {shown} من أصل %n حدث</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers were accepted</source>
            <comment>window.came_back_accepted</comment>
            <translation>
                <numerusform>قُبلت %n إجابة</numerusform>
                <numerusform>قُبلت إجابة واحدة (%n)</numerusform>
                <numerusform>قُبلت إجابتان (%n)</numerusform>
                <numerusform>قُبلت %n إجابات</numerusform>
                <numerusform>قُبلت %n إجابة</numerusform>
                <numerusform>قُبلت %n إجابة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed</source>
            <comment>window.came_back_changed</comment>
            <translation>
                <numerusform>تغيّرت %n إجابة</numerusform>
                <numerusform>تغيّرت إجابة واحدة (%n)</numerusform>
                <numerusform>تغيّرت إجابتان (%n)</numerusform>
                <numerusform>تغيّرت %n إجابات</numerusform>
                <numerusform>تغيّرت %n إجابة</numerusform>
                <numerusform>تغيّرت %n إجابة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new comments</source>
            <comment>window.came_back_comments</comment>
            <translation>
                <numerusform>%n تعليق جديد</numerusform>
                <numerusform>تعليق جديد واحد (%n)</numerusform>
                <numerusform>تعليقان جديدان (%n)</numerusform>
                <numerusform>%n تعليقات جديدة</numerusform>
                <numerusform>%n تعليقًا جديدًا</numerusform>
                <numerusform>%n تعليق جديد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers were returned to you</source>
            <comment>window.came_back_returned</comment>
            <translation>
                <numerusform>أُعيدت إليك %n إجابة</numerusform>
                <numerusform>أُعيدت إليك إجابة واحدة (%n)</numerusform>
                <numerusform>أُعيدت إليك إجابتان (%n)</numerusform>
                <numerusform>أُعيدت إليك %n إجابات</numerusform>
                <numerusform>أُعيدت إليك %n إجابة</numerusform>
                <numerusform>أُعيدت إليك %n إجابة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n findings? The audit trail keeps their text.</source>
            <comment>window.findings_remove</comment>
            <translation>
                <numerusform>هل تريد إزالة %n استنتاج؟ يحتفظ سجل التدقيق بنصوصها.</numerusform>
                <numerusform>هل تريد إزالة %n استنتاج؟ يحتفظ سجل التدقيق بنصه.</numerusform>
                <numerusform>هل تريد إزالة %n استنتاجين؟ يحتفظ سجل التدقيق بنصيهما.</numerusform>
                <numerusform>هل تريد إزالة %n استنتاجات؟ يحتفظ سجل التدقيق بنصوصها.</numerusform>
                <numerusform>هل تريد إزالة %n استنتاجًا؟ يحتفظ سجل التدقيق بنصوصها.</numerusform>
                <numerusform>هل تريد إزالة %n استنتاج؟ يحتفظ سجل التدقيق بنصوصها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items changed both here and in the package: choose for each</source>
            <comment>window.import_conflicting</comment>
            <translation>
                <numerusform>تغيّر %n عنصر هنا وفي الحزمة معًا: اختر لكل منها</numerusform>
                <numerusform>تغيّر %n عنصر هنا وفي الحزمة معًا: اختر ما تريد الاحتفاظ به</numerusform>
                <numerusform>تغيّر %n عنصران هنا وفي الحزمة معًا: اختر لكل منهما</numerusform>
                <numerusform>تغيّرت %n عناصر هنا وفي الحزمة معًا: اختر لكل منها</numerusform>
                <numerusform>تغيّر %n عنصرًا هنا وفي الحزمة معًا: اختر لكل منها</numerusform>
                <numerusform>تغيّر %n عنصر هنا وفي الحزمة معًا: اختر لكل منها</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts still to resolve</source>
            <comment>window.import_pending</comment>
            <translation>
                <numerusform>لا يزال %n تعارض بحاجة إلى حل</numerusform>
                <numerusform>لا يزال %n تعارض بحاجة إلى حل</numerusform>
                <numerusform>لا يزال %n تعارضان بحاجة إلى حل</numerusform>
                <numerusform>لا تزال %n تعارضات بحاجة إلى حل</numerusform>
                <numerusform>لا يزال %n تعارضًا بحاجة إلى حل</numerusform>
                <numerusform>لا يزال %n تعارض بحاجة إلى حل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comments, {open} open</source>
            <comment>window.navigator_comments</comment>
            <translation>
                <numerusform>%n تعليق، المفتوح: {open}</numerusform>
                <numerusform>%n تعليق، المفتوح: {open}</numerusform>
                <numerusform>%n تعليقان، المفتوح: {open}</numerusform>
                <numerusform>%n تعليقات، المفتوح: {open}</numerusform>
                <numerusform>%n تعليقًا، المفتوح: {open}</numerusform>
                <numerusform>%n تعليق، المفتوح: {open}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} cannot be used: it has %n problems.</source>
            <comment>window.questionnaire_unusable</comment>
            <translation>
                <numerusform>لا يمكن استخدام {file}: ففيه %n مشكلة.</numerusform>
                <numerusform>لا يمكن استخدام {file}: ففيه %n مشكلة.</numerusform>
                <numerusform>لا يمكن استخدام {file}: ففيه %n مشكلتان.</numerusform>
                <numerusform>لا يمكن استخدام {file}: ففيه %n مشكلات.</numerusform>
                <numerusform>لا يمكن استخدام {file}: ففيه %n مشكلةً.</numerusform>
                <numerusform>لا يمكن استخدام {file}: ففيه %n مشكلة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions shown</source>
            <comment>window.rounds_shown</comment>
            <translation>
                <numerusform>عُرض %n سؤال</numerusform>
                <numerusform>عُرض %n سؤال</numerusform>
                <numerusform>عُرض %n سؤالان</numerusform>
                <numerusform>عُرضت %n أسئلة</numerusform>
                <numerusform>عُرض %n سؤالًا</numerusform>
                <numerusform>عُرض %n سؤال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>What came back (%n to look at)…</source>
            <comment>window.strip_came_back</comment>
            <translation>
                <numerusform>ما عاد إليك (%n للاطلاع)…</numerusform>
                <numerusform>ما عاد إليك (%n للاطلاع)…</numerusform>
                <numerusform>ما عاد إليك (%n للاطلاع)…</numerusform>
                <numerusform>ما عاد إليك (%n للاطلاع)…</numerusform>
                <numerusform>ما عاد إليك (%n للاطلاع)…</numerusform>
                <numerusform>ما عاد إليك (%n للاطلاع)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Returned to you: %n answers to revise</source>
            <comment>window.strip_returned</comment>
            <translation>
                <numerusform>أُعيد إليك: %n إجابة للتنقيح</numerusform>
                <numerusform>أُعيد إليك: إجابة واحدة للتنقيح (%n)</numerusform>
                <numerusform>أُعيد إليك: إجابتان للتنقيح (%n)</numerusform>
                <numerusform>أُعيد إليك: %n إجابات للتنقيح</numerusform>
                <numerusform>أُعيد إليك: %n إجابة للتنقيح</numerusform>
                <numerusform>أُعيد إليك: %n إجابة للتنقيح</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revise %n returned answers</source>
            <comment>window.strip_revise</comment>
            <translation>
                <numerusform>تنقيح %n إجابة معادة</numerusform>
                <numerusform>تنقيح إجابة معادة واحدة (%n)</numerusform>
                <numerusform>تنقيح إجابتين معادتين (%n)</numerusform>
                <numerusform>تنقيح %n إجابات معادة</numerusform>
                <numerusform>تنقيح %n إجابة معادة</numerusform>
                <numerusform>تنقيح %n إجابة معادة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>With you: %n answers to review</source>
            <comment>window.strip_to_review</comment>
            <translation>
                <numerusform>لديك: %n إجابة للمراجعة</numerusform>
                <numerusform>لديك: إجابة واحدة للمراجعة (%n)</numerusform>
                <numerusform>لديك: إجابتان للمراجعة (%n)</numerusform>
                <numerusform>لديك: %n إجابات للمراجعة</numerusform>
                <numerusform>لديك: %n إجابة للمراجعة</numerusform>
                <numerusform>لديك: %n إجابة للمراجعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problems to look at before submitting. Choose one to go to its question.</source>
            <comment>window.submit_problems</comment>
            <translation>
                <numerusform>هناك %n مشكلة ينبغي النظر فيها قبل التقديم. اختر إحداها للانتقال إلى سؤالها.</numerusform>
                <numerusform>هناك %n مشكلة ينبغي النظر فيها قبل التقديم. اخترها للانتقال إلى سؤالها.</numerusform>
                <numerusform>هناك %n مشكلتان ينبغي النظر فيهما قبل التقديم. اختر إحداهما للانتقال إلى سؤالها.</numerusform>
                <numerusform>هناك %n مشكلات ينبغي النظر فيها قبل التقديم. اختر إحداها للانتقال إلى سؤالها.</numerusform>
                <numerusform>هناك %n مشكلةً ينبغي النظر فيها قبل التقديم. اختر إحداها للانتقال إلى سؤالها.</numerusform>
                <numerusform>هناك %n مشكلة ينبغي النظر فيها قبل التقديم. اختر إحداها للانتقال إلى سؤالها.</numerusform>
            </translation>
        </message>
        <message>
            <source>an assessment cannot go from {current} to {target}</source>
            <comment>workflow.bad_step</comment>
            <translation>لا يمكن أن ينتقل التقييم من «{current}» إلى «{target}»</translation>
        </message>
        <message>
            <source>your key is neither this assessment's focal point nor one of its reviewers: you can read it, comment and flag, but not change answers or review</source>
            <comment>workflow.not_a_party</comment>
            <translation>مفتاحك ليس مفتاح جهة الاتصال لهذا التقييم ولا مفتاح أحد مراجعيه: يمكنك قراءته والتعليق ووضع العلامات، لكن لا يمكنك تغيير الإجابات أو مراجعتها</translation>
        </message>
        <message>
            <source>the assessment is {status}: answers can be changed only while it is a draft or after it was returned</source>
            <comment>workflow.not_editable</comment>
            <translation>حالة التقييم «{status}»: لا يمكن تغيير الإجابات إلا ما دام مسودة أو بعد إعادته</translation>
        </message>
        <message>
            <source>the assessment is {status}: decisions are recorded once it is submitted and until it is validated</source>
            <comment>workflow.not_reviewable</comment>
            <translation>حالة التقييم «{status}»: تُسجَّل القرارات بعد تقديمه وحتى المصادقة عليه</translation>
        </message>
        <message>
            <source>only a reviewer can accept or return answers</source>
            <comment>workflow.only_reviewer</comment>
            <translation>لا يمكن قبول الإجابات أو إعادتها إلا للمراجع</translation>
        </message>
        <message>
            <source>you are this assessment's focal point (by your key): its review is IOM's, whatever the role setting says</source>
            <comment>workflow.own_assessment</comment>
            <translation>أنت جهة الاتصال لهذا التقييم (وفقًا لمفتاحك): مراجعته من اختصاص المنظمة الدولية للهجرة، أيًا كان إعداد الدور</translation>
        </message>
        <message>
            <source>a reviewer cannot change answers, evidence or findings; record a decision or a comment instead</source>
            <comment>workflow.reviewer_cannot_edit</comment>
            <translation>لا يمكن للمراجع تغيير الإجابات أو الأدلة أو الاستنتاجات؛ سجِّل قرارًا أو تعليقًا بدلًا من ذلك</translation>
        </message>
        <message>
            <source>only a {role} may move an assessment from {current} to {target}</source>
            <comment>workflow.wrong_role</comment>
            <translation>لا يجوز إلا لصاحب دور «{role}» نقل التقييم من «{current}» إلى «{target}»</translation>
        </message>
        <message>
            <source>mgi_field {value} does not fit here (expected: {expected})</source>
            <comment>xlsform.bad_field</comment>
            <translation>قيمة mgi_field {value} لا تناسب هذا الموضع (المتوقع: {expected})</translation>
        </message>
        <message>
            <source>form_id {form_id} must be letters, digits and . _ - only, with no spaces</source>
            <comment>xlsform.bad_form_id</comment>
            <translation>يجب ألا يتضمن form_id {form_id} إلا حروفًا وأرقامًا و. _ - فقط، دون مسافات</translation>
        </message>
        <message>
            <source>mgi_gcm_objectives must be numbers from 1 to 23, not {value}</source>
            <comment>xlsform.bad_gcm</comment>
            <translation>يجب أن تكون قيم mgi_gcm_objectives أعدادًا من 1 إلى 23، لا {value}</translation>
        </message>
        <message>
            <source>mgi_level {value} is not one of: domain, sub_area, indicator</source>
            <comment>xlsform.bad_level</comment>
            <translation>قيمة mgi_level {value} ليست من بين القيم: domain، sub_area، indicator</translation>
        </message>
        <message>
            <source>the expression names {name} without a dollar sign and braces: write {instead}</source>
            <comment>xlsform.bare_name</comment>
            <translation>يذكر التعبير {name} دون علامة الدولار والأقواس المعقوصة: اكتب {instead}</translation>
        </message>
        <message>
            <source>duplicate name {name} (first used in {cell})</source>
            <comment>xlsform.duplicate_name</comment>
            <translation>الاسم {name} مكرر (استُخدم أولًا في {cell})</translation>
        </message>
        <message>
            <source>{type} without a matching begin</source>
            <comment>xlsform.end_without_begin</comment>
            <translation>{type} دون بداية مطابقة</translation>
        </message>
        <message>
            <source>cannot read the expression {source}</source>
            <comment>xlsform.expression_unreadable</comment>
            <translation>تعذّرت قراءة التعبير {source}</translation>
        </message>
        <message>
            <source>cannot read the expression {source} at column {column}</source>
            <comment>xlsform.expression_unreadable_at</comment>
            <translation>تعذّرت قراءة التعبير {source} عند العمود {column}</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n arguments, {given} given</source>
            <comment>xlsform.function_arguments</comment>
            <translation>
                <numerusform>تأخذ {function}() %n وسيطة، لكنها تلقت {given}</numerusform>
                <numerusform>تأخذ {function}() %n وسيطة، لكنها تلقت {given}</numerusform>
                <numerusform>تأخذ {function}() %n وسيطتين، لكنها تلقت {given}</numerusform>
                <numerusform>تأخذ {function}() %n وسيطات، لكنها تلقت {given}</numerusform>
                <numerusform>تأخذ {function}() %n وسيطةً، لكنها تلقت {given}</numerusform>
                <numerusform>تأخذ {function}() %n وسيطة، لكنها تلقت {given}</numerusform>
            </translation>
        </message>
        <message>
            <source>the {sheet} sheet has no '{column}' column</source>
            <comment>xlsform.missing_column</comment>
            <translation>لا يوجد عمود '{column}' في الورقة {sheet}</translation>
        </message>
        <message>
            <source>the form selects from choice lists but has no 'choices' sheet</source>
            <comment>xlsform.no_choices</comment>
            <translation>يختار النموذج من قوائم خيارات، لكنه لا يتضمن ورقة 'choices'</translation>
        </message>
        <message>
            <source>the form has no groups: the app needs its questions in groups for the domains, sub-areas and indicators (begin group ... end group, three deep; see docs/xlsform.md)</source>
            <comment>xlsform.no_groups</comment>
            <translation>لا يتضمن النموذج مجموعات: يحتاج التطبيق إلى أن تكون أسئلته ضمن مجموعات للمجالات والمجالات الفرعية والمؤشرات (begin group ... end group، بثلاثة مستويات؛ انظر docs/xlsform.md)</translation>
        </message>
        <message>
            <source>the row has no list_name</source>
            <comment>xlsform.no_list_row</comment>
            <translation>لا يتضمن الصف list_name</translation>
        </message>
        <message>
            <source>the row has no name</source>
            <comment>xlsform.no_name</comment>
            <translation>لا يتضمن الصف اسمًا (name)</translation>
        </message>
        <message>
            <source>the choice filter names {name}, which is not a column of the choices sheet</source>
            <comment>xlsform.no_such_column</comment>
            <translation>يذكر مرشِّح الخيارات {name}، وهو ليس عمودًا في ورقة choices</translation>
        </message>
        <message>
            <source>the choice list {name} does not exist in the choices sheet</source>
            <comment>xlsform.no_such_list</comment>
            <translation>قائمة الخيارات {name} غير موجودة في ورقة choices</translation>
        </message>
        <message>
            <source>the workbook has no 'survey' sheet (sheets: {sheets})</source>
            <comment>xlsform.no_survey</comment>
            <translation>لا يتضمن المصنف ورقة 'survey' (الأوراق: {sheets})</translation>
        </message>
        <message>
            <source>the row has no type</source>
            <comment>xlsform.no_type</comment>
            <translation>لا يتضمن الصف نوعًا (type)</translation>
        </message>
        <message>
            <source>{column} must be a number, not {value}</source>
            <comment>xlsform.not_a_number</comment>
            <translation>يجب أن تكون قيمة {column} عددًا، لا {value}</translation>
        </message>
        <message>
            <source>group {name} is not closed: it has no 'end group'</source>
            <comment>xlsform.not_closed</comment>
            <translation>المجموعة {name} غير مغلقة: لا يوجد لها 'end group'</translation>
        </message>
        <message>
            <source>not an Excel workbook (.xlsx): {detail}</source>
            <comment>xlsform.not_xlsx</comment>
            <translation>ليس مصنف Excel (.xlsx): {detail}</translation>
        </message>
        <message>
            <source>{column} must be yes or no, not {value}</source>
            <comment>xlsform.not_yes_no</comment>
            <translation>يجب أن تكون قيمة {column} هي yes أو no، لا {value}</translation>
        </message>
        <message numerus="yes">
            <source>{sheet}: column {column} is not used by the app (%n cells)</source>
            <comment>xlsform.note_column</comment>
            <translation>
                <numerusform>{sheet}: العمود {column} لا يستخدمه التطبيق (%n خلية)</numerusform>
                <numerusform>{sheet}: العمود {column} لا يستخدمه التطبيق (%n خلية)</numerusform>
                <numerusform>{sheet}: العمود {column} لا يستخدمه التطبيق (%n خليتان)</numerusform>
                <numerusform>{sheet}: العمود {column} لا يستخدمه التطبيق (%n خلايا)</numerusform>
                <numerusform>{sheet}: العمود {column} لا يستخدمه التطبيق (%n خليةً)</numerusform>
                <numerusform>{sheet}: العمود {column} لا يستخدمه التطبيق (%n خلية)</numerusform>
            </translation>
        </message>
        <message>
            <source>{what} is not given: {value} is used</source>
            <comment>xlsform.note_default</comment>
            <translation>لم يُحدَّد {what}: تُستخدم القيمة {value}</translation>
        </message>
        <message>
            <source>{cell}: {type} ({name}) is metadata the app does not keep</source>
            <comment>xlsform.note_metadata</comment>
            <translation>{cell}: {type} ({name}) بيانات وصفية لا يحتفظ بها التطبيق</translation>
        </message>
        <message>
            <source>note {name}: the app shows a note only at the start of the form (notice, introduction) or first in a domain (its description); put this text in a question's hint</source>
            <comment>xlsform.note_place</comment>
            <translation>الملاحظة {name}: لا يعرض التطبيق الملاحظة إلا في بداية النموذج (تنبيه، مقدمة) أو في أول المجال (وصفه)؛ ضع هذا النص في تلميح أحد الأسئلة</translation>
        </message>
        <message>
            <source>an Excel 97-2003 workbook (.xls): save it as .xlsx and open that</source>
            <comment>xlsform.old_xls</comment>
            <translation>مصنف Excel 97-2003 (.xls): احفظه بصيغة .xlsx وافتح الملف الناتج</translation>
        </message>
        <message>
            <source>{type}: the app cannot add an 'other' answer with its own text; add an 'other' choice to the list and a text question after it</source>
            <comment>xlsform.or_other</comment>
            <translation>{type}: لا يمكن للتطبيق إضافة إجابة 'أخرى' بنص خاص بها؛ أضف خيار 'أخرى' إلى القائمة وسؤالًا نصيًا بعده</translation>
        </message>
        <message>
            <source>question {name} must stand inside an indicator group (domain &gt; sub-area &gt; indicator)</source>
            <comment>xlsform.outside_indicator</comment>
            <translation>يجب أن يقع السؤال {name} داخل مجموعة مؤشر (مجال &gt; مجال فرعي &gt; مؤشر)</translation>
        </message>
        <message>
            <source>repeat {name}: the app asks each question once per assessment and cannot repeat a group</source>
            <comment>xlsform.repeat</comment>
            <translation>التكرار {name}: يطرح التطبيق كل سؤال مرة واحدة في كل تقييم ولا يمكنه تكرار مجموعة</translation>
        </message>
        <message>
            <source>'.' (the answer itself) can only be used in a constraint</source>
            <comment>xlsform.self_here</comment>
            <translation>لا يمكن استخدام '.' (الإجابة نفسها) إلا في قيد</translation>
        </message>
        <message>
            <source>group {name} is nested deeper than domain, sub-area and indicator</source>
            <comment>xlsform.too_deep</comment>
            <translation>المجموعة {name} متداخلة بعمق يتجاوز المجال والمجال الفرعي والمؤشر</translation>
        </message>
        <message>
            <source>the {sheet} sheet has more than {limit} rows: not a questionnaire</source>
            <comment>xlsform.too_many_rows</comment>
            <translation>تحتوي الورقة {sheet} على أكثر من {limit} من الصفوف: ليس استبيانًا</translation>
        </message>
        <message>
            <source>mgi_type {mgi_type} does not fit the type {type}</source>
            <comment>xlsform.type_mismatch</comment>
            <translation>mgi_type {mgi_type} لا يتوافق مع النوع {type}</translation>
        </message>
        <message>
            <source>cannot tell which language {language} is: write it with its code, e.g. 'English (en)'</source>
            <comment>xlsform.unknown_language</comment>
            <translation>يتعذر تحديد اللغة {language}: اكتبها مع رمزها، مثل 'العربية (ar)'</translation>
        </message>
        <message>
            <source>unknown column {column}: the app's columns are {known}</source>
            <comment>xlsform.unknown_mgi_column</comment>
            <translation>عمود غير معروف {column}: أعمدة التطبيق هي {known}</translation>
        </message>
        <message>
            <source>the expression names {name}, which is not a question of the form</source>
            <comment>xlsform.unknown_name</comment>
            <translation>يذكر التعبير {name}، وهو ليس سؤالًا في النموذج</translation>
        </message>
        <message>
            <source>unknown type {type} (the app reads: {types})</source>
            <comment>xlsform.unknown_type</comment>
            <translation>نوع غير معروف {type} (الأنواع التي يقرؤها التطبيق: {types})</translation>
        </message>
        <message>
            <source>the expression uses {function}(), which the app cannot evaluate</source>
            <comment>xlsform.unsupported_function</comment>
            <translation>يستخدم التعبير {function}()، التي لا يستطيع التطبيق حسابها</translation>
        </message>
        <message>
            <source>the expression uses the operator {operator}, which the app cannot evaluate</source>
            <comment>xlsform.unsupported_operator</comment>
            <translation>يستخدم التعبير العامل {operator}، الذي لا يستطيع التطبيق حسابه</translation>
        </message>
        <message>
            <source>the expression uses the path {path}: write {instead} instead</source>
            <comment>xlsform.unsupported_path</comment>
            <translation>يستخدم التعبير المسار {path}: اكتب {instead} بدلًا منه</translation>
        </message>
        <message>
            <source>the app has no question of type {type}</source>
            <comment>xlsform.unsupported_type</comment>
            <translation>لا يتضمن التطبيق سؤالًا من نوع {type}</translation>
        </message>
        <message>
            <source>group {name} ({level}) must stand inside a {parent} group</source>
            <comment>xlsform.wrong_parent</comment>
            <translation>يجب أن تقع المجموعة {name} ({level}) داخل مجموعة {parent}</translation>
        </message>
    </context>
</TS>
