<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About MGI Desktop</source>
            <translation>À propos de MGI Desktop</translation>
        </message>
        <message>
            <source>Answer, review, exchange and export Migration Governance Indicators assessments, offline.</source>
            <translation>Répondre, examiner, échanger et exporter les évaluations des Indicateurs de gouvernance des migrations, hors ligne.</translation>
        </message>
        <message>
            <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
            <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
        </message>
        <message>
            <source>Data folder: {path}</source>
            <translation>Dossier des données : {path}</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>Fichier journal : {path}</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Base de données : {path}</translation>
        </message>
    </context>
    <context>
        <name>AssessmentTableModel</name>
        <message>
            <source>Country or city</source>
            <extracomment>the raw value of a cell, for sorting (text columns sort as shown) the assessment id of a row, in every column the completion percentage (0-100) of a row, for the progress delegate</extracomment>
            <translation>Pays ou ville</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source> (archived)</source>
            <translation> (archivée)</translation>
        </message>
        <message>
            <source>{percent}% ({answered} of {relevant} applicable)</source>
            <translation>{percent} % ({answered} sur {relevant} applicables)</translation>
        </message>
        <message>
            <source>{title}
Questionnaire: {framework} {version}
Focal point: {person}</source>
            <translation>{title}
Questionnaire : {framework} {version}
Point focal : {person}</translation>
        </message>
    </context>
    <context>
        <name>AssessmentView</name>
        <message>
            <source>&amp;Undo answer change</source>
            <extracomment>each pane's share of the width (navigator, page, review panel) until the person moves the splitter: at 1366 pixels the reviewer's panel gets about 380, the page 700 and the navigator 280 the working language changed: the window rebuilds the view, back on this question (or "") the next step is to send the assessment to the other side (the window's File ▸ Send) what the last import brought, and the questions of it the person has not looked at yet</extracomment>
            <translation>&amp;Annuler la modification de la réponse</translation>
        </message>
        <message>
            <source>&amp;Redo answer change</source>
            <translation>&amp;Rétablir la modification de la réponse</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>Question &amp;suivante</translation>
        </message>
        <message>
            <source>&amp;Previous question</source>
            <translation>Question &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Vue d'ensemble</translation>
        </message>
        <message>
            <source>&amp;Find question…</source>
            <translation>Rec&amp;hercher une question…</translation>
        </message>
        <message>
            <source>&amp;Submit for review…</source>
            <translation>Sou&amp;mettre pour examen…</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>&amp;Constats</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;Journal d'audit…</translation>
        </message>
        <message>
            <source>&amp;History of this question…</source>
            <translation>&amp;Historique de cette question…</translation>
        </message>
        <message>
            <source>&amp;Compare with the previous round…</source>
            <translation>C&amp;omparer avec le cycle précédent…</translation>
        </message>
        <message>
            <source>&amp;Working language…</source>
            <translation>&amp;Langue de travail…</translation>
        </message>
        <message>
            <source>This assessment does not follow an earlier round</source>
            <translation>Cette évaluation ne fait pas suite à un cycle précédent</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>All questions</source>
            <translation>Toutes les questions</translation>
        </message>
        <message>
            <source>Unanswered</source>
            <translation>Sans réponse</translation>
        </message>
        <message>
            <source>Required, missing</source>
            <translation>Obligatoires manquantes</translation>
        </message>
        <message>
            <source>Evidence required, missing</source>
            <translation>Sources requises, manquantes</translation>
        </message>
        <message>
            <source>Returned by reviewer</source>
            <translation>Renvoyées par l'examinateur</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>Marquées pour suivi</translation>
        </message>
        <message>
            <source>With comments</source>
            <translation>Avec commentaires</translation>
        </message>
        <message>
            <source>Returned or with open comments</source>
            <translation>Renvoyées ou avec commentaires ouverts</translation>
        </message>
        <message>
            <source>Search codes and text (Ctrl+F)</source>
            <translation>Rechercher dans les codes et le texte (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search questions</source>
            <translation>Rechercher des questions</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Affiche&amp;r :</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Enregistré à {time}</translation>
        </message>
        <message>
            <source>answer to {code}</source>
            <translation>réponse à {code}</translation>
        </message>
        <message>
            <source>justification of {code}</source>
            <translation>justification de {code}</translation>
        </message>
        <message>
            <source>Submitted for review</source>
            <translation>Soumise pour examen</translation>
        </message>
        <message>
            <source>You are a reviewer: the answers are read-only. You can comment and flag questions.</source>
            <translation>Vous êtes examinateur : les réponses sont en lecture seule. Vous pouvez commenter et marquer des questions.</translation>
        </message>
        <message>
            <source>Your key is not one of this assessment's (neither its focal point nor a reviewer): the answers are read-only. You can comment and flag questions.</source>
            <translation>Votre clé n’est pas l’une de celles de cette évaluation (ni son point focal ni un examinateur) : les réponses sont en lecture seule. Vous pouvez commenter et signaler des questions.</translation>
        </message>
        <message>
            <source>The assessment is {status}: answers can be changed only while it is a draft or after the reviewer returned it.</source>
            <translation>L'évaluation est au statut « {status} » : les réponses ne peuvent être modifiées que tant qu'elle est un brouillon ou après son renvoi par l'examinateur.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit trail — {title}</source>
            <translation>Journal d'audit — {title}</translation>
        </message>
        <message>
            <source>Audit trail of {code} — {title}</source>
            <translation>Journal d'audit de {code} — {title}</translation>
        </message>
        <message>
            <source>Filter by any text (values, reasons, codes)…</source>
            <translation>Filtrer par n'importe quel texte (valeurs, motifs, codes)…</translation>
        </message>
        <message>
            <source>Filter text</source>
            <translation>Texte du filtre</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Qui :</translation>
        </message>
        <message>
            <source>W&amp;hat:</source>
            <translation>Q&amp;uoi :</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Save the rows shown as an Excel workbook or a CSV file</source>
            <translation>Enregistrer les lignes affichées dans un classeur Excel ou un fichier CSV</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Rien n'a encore été enregistré.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>Fichier CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>Exporter le journal d'audit</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Ancienne valeur</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Nouvelle valeur</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Constat</translation>
        </message>
        <message>
            <source>Domain text</source>
            <translation>Texte du domaine</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Paquet</translation>
        </message>
        <message>
            <source>answer</source>
            <extracomment>what each event changed, as the audit trail names it (the core records a field's code)</extracomment>
            <translation>réponse</translation>
        </message>
        <message>
            <source>justification</source>
            <translation>justification</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>signalement</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>reprise</translation>
        </message>
        <message>
            <source>review decision</source>
            <translation>décision d'examen</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>created</source>
            <translation>création</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archivage</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>signature</translation>
        </message>
        <message>
            <source>added</source>
            <translation>ajout</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>retrait</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>résolution</translation>
        </message>
        <message>
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <source>focal point</source>
            <translation>point focal</translation>
        </message>
        <message>
            <source>institution</source>
            <translation>institution</translation>
        </message>
        <message>
            <source>introduction</source>
            <translation>introduction</translation>
        </message>
        <message>
            <source>working language</source>
            <translation>langue de travail</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>référence</translation>
        </message>
        <message>
            <source>issuing body</source>
            <translation>organisme émetteur</translation>
        </message>
        <message>
            <source>year</source>
            <translation>année</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>web address</source>
            <translation>adresse web</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>order</source>
            <translation>ordre</translation>
        </message>
        <message>
            <source>linked questions</source>
            <translation>questions liées</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>fusion</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>déplacement</translation>
        </message>
        <message>
            <source>redrafted</source>
            <translation>nouvelle rédaction</translation>
        </message>
        <message>
            <source>follow-up round</source>
            <translation>cycle de suivi</translation>
        </message>
        <message>
            <source>category</source>
            <translation>catégorie</translation>
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
            <translation>Ce qui est revenu</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>Statut : {old} → {new}</translation>
        </message>
        <message>
            <source>Note from {who}, {when}: “{note}”</source>
            <translation>Note de {who}, {when} : « {note} »</translation>
        </message>
        <message>
            <source>No answer, decision or comment came back.</source>
            <translation>Aucune réponse, décision ni commentaire n'est revenu.</translation>
        </message>
        <message>
            <source>What came back; press Enter to go to the question</source>
            <translation>Ce qui est revenu ; appuyez sur Entrée pour aller à la question</translation>
        </message>
        <message>
            <source>returned to you</source>
            <translation>vous est renvoyée</translation>
        </message>
        <message>
            <source>comment by {who}: {text}</source>
            <translation>commentaire de {who} : {text}</translation>
        </message>
        <message>
            <source>answer changed</source>
            <translation>réponse modifiée</translation>
        </message>
        <message>
            <source>Go to {code}</source>
            <translation>Aller à {code}</translation>
        </message>
    </context>
    <context>
        <name>CommentThread</name>
        <message>
            <source>Comments; check a comment to mark it resolved</source>
            <translation>Commentaires ; cochez un commentaire pour le marquer comme résolu</translation>
        </message>
        <message>
            <source>New comment</source>
            <translation>Nouveau commentaire</translation>
        </message>
        <message>
            <source>Write a comment (Ctrl+Enter adds it)</source>
            <translation>Écrivez un commentaire (Ctrl+Entrée l'ajoute)</translation>
        </message>
        <message>
            <source>Add co&amp;mment</source>
            <translation>Ajouter un co&amp;mmentaire</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation>examinateur</translation>
        </message>
        <message>
            <source>focal point</source>
            <translation>point focal</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Résolu</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
    </context>
    <context>
        <name>ComparisonModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Ce qui a changé</translation>
        </message>
        <message>
            <source>Evidence added</source>
            <translation>Sources ajoutées</translation>
        </message>
        <message>
            <source>Evidence removed</source>
            <translation>Sources retirées</translation>
        </message>
        <message>
            <source>Round {n}</source>
            <translation>Cycle {n}</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>réponse</translation>
        </message>
        <message>
            <source>justification</source>
            <translation>justification</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>sources</translation>
        </message>
        <message>
            <source>question reworded</source>
            <translation>question reformulée</translation>
        </message>
        <message>
            <source>question split in several</source>
            <translation>question scindée en plusieurs</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>aucun changement</translation>
        </message>
        <message>
            <source>(carried over, not confirmed yet)</source>
            <translation>(reprise, pas encore confirmée)</translation>
        </message>
    </context>
    <context>
        <name>ConsolidateOptions</name>
        <message>
            <source>Consolidate</source>
            <translation>Consolider</translation>
        </message>
        <message>
            <source>Which assessments go into the consolidated workbook? The workbook's About sheet lists the filters and how many assessments each left out.</source>
            <translation>Quelles évaluations entrent dans le classeur consolidé ? La feuille « À propos » du classeur indique les filtres et le nombre d'évaluations que chacun a écartées.</translation>
        </message>
        <message>
            <source>Statuses</source>
            <translation>Statuts</translation>
        </message>
        <message>
            <source>Include archived assessments</source>
            <translation>Inclure les évaluations archivées</translation>
        </message>
        <message>
            <source>Also write the tables as CSV files, with a data dictionary, in a folder beside the workbook</source>
            <translation>Écrire aussi les tableaux en fichiers CSV, avec un dictionnaire des données, dans un dossier à côté du classeur</translation>
        </message>
    </context>
    <context>
        <name>DatabaseOpening</name>
        <message>
            <source>Cannot open the database</source>
            <extracomment>lupdate reads the context and text of every translate("Context", "text") call.</extracomment>
            <translation>Impossible d'ouvrir la base de données</translation>
        </message>
        <message>
            <source>MGI Desktop cannot open this database.</source>
            <translation>MGI Desktop ne peut pas ouvrir cette base de données.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Restore the backup of {when}</source>
            <translation>Restaurer la sauvegarde du {when}</translation>
        </message>
        <message>
            <source>Use another database…</source>
            <translation>Utiliser une autre base de données…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>MGI Desktop databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de données MGI Desktop (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Nouvelle base de données</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Ouvrir une base de données</translation>
        </message>
        <message>
            <source>The current file cannot be read, so what it holds beyond the backup cannot be told.</source>
            <translation>Le fichier actuel est illisible : impossible de dire ce qu'il contient de plus que la sauvegarde.</translation>
        </message>
        <message>
            <source>The backup holds every answer of the current file: no answer will be lost.</source>
            <translation>La sauvegarde contient toutes les réponses du fichier actuel : aucune réponse ne sera perdue.</translation>
        </message>
        <message>
            <source>Before restoring, a safety backup of the current state is made in the backup folder, so that this restore can itself be undone.</source>
            <translation>Avant la restauration, une sauvegarde de sécurité de l'état actuel est faite dans le dossier des sauvegardes : cette restauration pourra elle-même être annulée.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Restaurer la sauvegarde</translation>
        </message>
        <message>
            <source>Replace {file} with its backup of {when}?</source>
            <translation>Remplacer {file} par sa sauvegarde du {when} ?</translation>
        </message>
    </context>
    <context>
        <name>DomainWheel</name>
        <message>
            <source>Progress wheel of the six domains</source>
            <extracomment>One colour per domain, of medium lightness so that they read on light and dark themes.</extracomment>
            <translation>Roue d'avancement des six domaines</translation>
        </message>
    </context>
    <context>
        <name>EditAnswerDialog</name>
        <message>
            <source>Edit the answer to {code}</source>
            <translation>Modifier la réponse à {code}</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Justification:</source>
            <translation>Justification :</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Open log folder</source>
            <extracomment>lupdate reads the context and text of every translate("Context", "text") call.</extracomment>
            <translation>Ouvrir le dossier du journal</translation>
        </message>
        <message>
            <source>Free some space on this disk (empty the recycle bin, move large files to another drive), then try again. Nothing you saved before was lost.</source>
            <translation>Libérez de l'espace sur ce disque (videz la corbeille, déplacez de gros fichiers vers un autre lecteur), puis réessayez. Rien de ce que vous aviez enregistré n'a été perdu.</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Le disque est plein</translation>
        </message>
        <message>
            <source>MGI Desktop</source>
            <translation>MGI Desktop</translation>
        </message>
        <message>
            <source>Unexpected problem</source>
            <translation>Problème inattendu</translation>
        </message>
        <message>
            <source>MGI Desktop ran into an unexpected problem and could not finish what you asked.</source>
            <translation>MGI Desktop a rencontré un problème inattendu et n'a pas pu terminer ce que vous avez demandé.</translation>
        </message>
        <message>
            <source>The answers you have already seen saved are safe. The details were written to the log file: {path}</source>
            <translation>Les réponses dont vous avez vu l'enregistrement sont en sécurité. Les détails ont été écrits dans le fichier journal : {path}</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>Fichier journal : {path}</translation>
        </message>
        <message>
            <source>What you typed is still in the window.</source>
            <translation>Ce que vous avez saisi est toujours dans la fenêtre.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Show the folder</source>
            <translation>Afficher le dossier</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>Law</source>
            <translation>Loi</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>Règlement</translation>
        </message>
        <message>
            <source>Policy or strategy</source>
            <translation>Politique ou stratégie</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Edit evidence</source>
            <translation>Modifier la source</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>Ajouter une source</translation>
        </message>
        <message>
            <source>e.g. Law on External Migration (2000)</source>
            <translation>p. ex. Loi sur les migrations extérieures (2000)</translation>
        </message>
        <message>
            <source>article, section or page</source>
            <translation>article, section ou page</translation>
        </message>
        <message>
            <source>e.g. 2019</source>
            <translation>p. ex. 2019</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>T&amp;itre :</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Référence :</translation>
        </message>
        <message>
            <source>&amp;Issuing body:</source>
            <translation>&amp;Organisme émetteur :</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Année :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation>Adresse &amp;web :</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
        <message>
            <source>&amp;Attach file…</source>
            <translation>&amp;Joindre un fichier…</translation>
        </message>
        <message>
            <source>Remo&amp;ve file</source>
            <translation>Retirer le fic&amp;hier</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <source>(kept as attached)</source>
            <translation>(conservé tel que joint)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Joindre un fichier</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <source>Evidence</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Add ev&amp;idence…</source>
            <translation>Ajouter une so&amp;urce…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>Ouvrir le fichier</translation>
        </message>
        <message>
            <source>Remove evidence</source>
            <translation>Retirer la source</translation>
        </message>
        <message>
            <source>Remove “{title}” from this answer?</source>
            <translation>Retirer « {title} » de cette réponse ?</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;Import or receive…</source>
            <translation>&amp;Importer ou recevoir…</translation>
        </message>
        <message>
            <source>&amp;Send for review or back…</source>
            <translation>En&amp;voyer pour examen ou en retour…</translation>
        </message>
        <message>
            <source>&amp;Profile…</source>
            <translation>&amp;Profil…</translation>
        </message>
        <message>
            <source>&amp;Excel summary…</source>
            <translation>&amp;Synthèse Excel…</translation>
        </message>
        <message>
            <source>S&amp;DG 10.7.2 files…</source>
            <translation>Fichiers &amp;ODD 10.7.2…</translation>
        </message>
        <message>
            <source>Start &amp;follow-up round…</source>
            <translation>Démarrer un cycle de &amp;suivi…</translation>
        </message>
        <message>
            <source>Questionnaire as &amp;XLSForm…</source>
            <translation>Questionnaire au format &amp;XLSForm…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Enregistré : {file}</translation>
        </message>
        <message>
            <source>Export Excel summary</source>
            <translation>Exporter la synthèse Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting the Excel summary…</source>
            <translation>Export de la synthèse Excel…</translation>
        </message>
        <message>
            <source>National SDG platform, open-sdg layout (*.csv)</source>
            <translation>Plateforme nationale des ODD, format open-sdg (*.csv)</translation>
        </message>
        <message>
            <source>UN global SDG database, SDMX-CSV layout (*.csv)</source>
            <translation>Base de données mondiale des ODD de l’ONU, format SDMX-CSV (*.csv)</translation>
        </message>
        <message>
            <source>Transcription for the UN Inquiry, Module III (*.xlsx)</source>
            <translation>Transcription pour l’Enquête des Nations Unies, module III (*.xlsx)</translation>
        </message>
        <message>
            <source>Export SDG 10.7.2</source>
            <translation>Exporter l’ODD 10.7.2</translation>
        </message>
        <message>
            <source>Exporting SDG 10.7.2…</source>
            <translation>Export de l’ODD 10.7.2…</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Page web (*.html)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Document Word (*.docx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export profile</source>
            <translation>Exporter le profil</translation>
        </message>
        <message>
            <source>Exporting the profile…</source>
            <translation>Export du profil…</translation>
        </message>
        <message>
            <source>Databases and packages to consolidate</source>
            <translation>Bases de données et paquets à consolider</translation>
        </message>
        <message>
            <source>Databases and packages (*.sqlite *.db *.mgi);;All files (*)</source>
            <translation>Bases de données et paquets (*.sqlite *.db *.mgi);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Save the consolidated workbook</source>
            <translation>Enregistrer le classeur consolidé</translation>
        </message>
        <message>
            <source>Consolidating…</source>
            <translation>Consolidation…</translation>
        </message>
        <message>
            <source>Round {n} started</source>
            <translation>Cycle {n} démarré</translation>
        </message>
        <message>
            <source>Import or receive a package</source>
            <translation>Importer ou recevoir un paquet</translation>
        </message>
        <message>
            <source>Conso&amp;lidate…</source>
            <translation>&amp;Consolider…</translation>
        </message>
        <message>
            <source>MGI packages (*.mgi);;All files (*)</source>
            <translation>Paquets MGI (*.mgi);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Package imported</source>
            <translation>Paquet importé</translation>
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>&amp;Domain:</source>
            <translation>D&amp;omaine :</translation>
        </message>
        <message>
            <source>Profile &amp;introduction (all domains)</source>
            <translation>&amp;Introduction du profil (tous les domaines)</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Areas with &amp;potential for further development</source>
            <translation>Domaines à déve&amp;lopper davantage</translation>
        </message>
        <message>
            <source>Add a finding to {list}</source>
            <translation>Ajouter un constat à {list}</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Re&amp;tirer</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>F&amp;usionner</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Mo&amp;nter</translation>
        </message>
        <message>
            <source>Move to the &amp;other list</source>
            <translation>Déplacer vers l'autre li&amp;ste</translation>
        </message>
        <message>
            <source>&amp;Questions…</source>
            <translation>&amp;Questions…</translation>
        </message>
        <message>
            <source>Drafts suggested by the answers</source>
            <translation>Brouillons suggérés par les réponses</translation>
        </message>
        <message>
            <source>Domain des&amp;cription</source>
            <translation>Description du dom&amp;aine</translation>
        </message>
        <message>
            <source>Also explain what the local authority is responsible for and the local migration context.</source>
            <translation>Expliquez aussi les compétences de l’autorité locale et le contexte migratoire local.</translation>
        </message>
        <message>
            <source>We&amp;ll-developed areas</source>
            <translation>Domaines &amp;bien développés</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Move dow&amp;n</source>
            <translation>Des&amp;cendre</translation>
        </message>
        <message>
            <source>Ta&amp;ke selected</source>
            <translation>&amp;Prendre la sélection</translation>
        </message>
        <message>
            <source>Draft &amp;all from the answers</source>
            <translation>Tout rédi&amp;ger à partir des réponses</translation>
        </message>
        <message>
            <source>Adds a draft finding for every answered question not covered yet; untouched drafts follow later changes of the answers</source>
            <translation>Ajoute un constat brouillon pour chaque question répondue non encore couverte ; les brouillons non modifiés suivent les changements ultérieurs des réponses</translation>
        </message>
        <message>
            <source>Read only: {reason}</source>
            <translation>Lecture seule : {reason}</translation>
        </message>
        <message>
            <source>[Draft] {text}</source>
            <translation>[Brouillon] {text}</translation>
        </message>
        <message>
            <source>Questions: {codes}</source>
            <translation>Questions : {codes}</translation>
        </message>
        <message>
            <source>Draft from the answers, not edited yet: edit it, or press OK in Edit… to keep it as written</source>
            <translation>Brouillon tiré des réponses, pas encore modifié : modifiez-le, ou appuyez sur OK dans Modifier… pour le garder tel quel</translation>
        </message>
        <message>
            <source>No findings yet: add one, take a draft below, or drag one here.</source>
            <translation>Aucun constat pour l'instant : ajoutez-en un, prenez un brouillon ci-dessous ou glissez-en un ici.</translation>
        </message>
        <message>
            <source>Well-developed</source>
            <translation>Bien développé</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>À développer</translation>
        </message>
        <message>
            <source>Drafts from the answers ({n})</source>
            <translation>Brouillons issus des réponses ({n})</translation>
        </message>
        <message>
            <source>No drafts: every answered question of this domain is covered by a finding, or none has a scored answer yet.</source>
            <translation>Aucun brouillon : chaque question répondue de ce domaine est couverte par un constat, ou aucune n'a encore de réponse notée.</translation>
        </message>
        <message>
            <source>Linked questions (click to open): {links}</source>
            <translation>Questions liées (cliquez pour ouvrir) : {links}</translation>
        </message>
        <message>
            <source>This finding is not linked to a question yet (Questions…).</source>
            <translation>Ce constat n'est encore lié à aucune question (Questions…).</translation>
        </message>
        <message>
            <source>Select a finding to see the questions it rests on.</source>
            <translation>Sélectionnez un constat pour voir les questions sur lesquelles il repose.</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Enregistré à {time}</translation>
        </message>
        <message>
            <source>Add a finding</source>
            <translation>Ajouter un constat</translation>
        </message>
        <message>
            <source>Finding:</source>
            <translation>Constat :</translation>
        </message>
        <message>
            <source>Edit the finding</source>
            <translation>Modifier le constat</translation>
        </message>
        <message>
            <source>Remove findings</source>
            <translation>Retirer des constats</translation>
        </message>
        <message>
            <source>Merge findings</source>
            <translation>Fusionner des constats</translation>
        </message>
        <message>
            <source>The merged finding:</source>
            <translation>Le constat fusionné :</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Start follow-up round</source>
            <translation>Démarrer un cycle de suivi</translation>
        </message>
        <message>
            <source>Round {n} of {title} starts from this round's answers, justifications and evidence. Each carried-over answer waits for your confirmation; this round stays as it is.</source>
            <translation>Le cycle {n} de {title} part des réponses, justifications et sources de ce cycle. Chaque réponse reprise attend votre confirmation ; ce cycle reste tel qu'il est.</translation>
        </message>
        <message>
            <source>Questionnaire of the new round</source>
            <translation>Questionnaire du nouveau cycle</translation>
        </message>
        <message>
            <source>Other &amp;file…</source>
            <translation>Autre &amp;fichier…</translation>
        </message>
        <message>
            <source>&amp;Questionnaire:</source>
            <translation>&amp;Questionnaire :</translation>
        </message>
        <message>
            <source>&amp;Open crosswalk…</source>
            <translation>&amp;Ouvrir une table de correspondance…</translation>
        </message>
        <message>
            <source>Save crosswalk to &amp;edit…</source>
            <translation>&amp;Enregistrer la table pour la modifier…</translation>
        </message>
        <message>
            <source>Crosswalk:</source>
            <translation>Table de correspondance :</translation>
        </message>
        <message>
            <source>Question (before → now)</source>
            <translation>Question (avant → maintenant)</translation>
        </message>
        <message>
            <source>Answer before</source>
            <translation>Réponse avant</translation>
        </message>
        <message>
            <source>Answer now</source>
            <translation>Réponse maintenant</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>What the new round carries</source>
            <translation>Ce que reprend le nouveau cycle</translation>
        </message>
        <message>
            <source>&amp;Start round {n}</source>
            <translation>&amp;Commencer le cycle {n}</translation>
        </message>
        <message>
            <source>Reading the questionnaire files…</source>
            <translation>Lecture des fichiers de questionnaire…</translation>
        </message>
        <message>
            <source>{questionnaire} — the same as this round</source>
            <translation>{questionnaire} — le même que pour ce cycle</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Vérification de {file}…</translation>
        </message>
        <message>
            <source>{file} is a {level} questionnaire; a follow-up round keeps the level of the round before ({this}).</source>
            <translation>{file} est un questionnaire de niveau {level} ; un cycle de suivi garde le niveau du cycle précédent ({this}).</translation>
        </message>
        <message>
            <source>Open crosswalk</source>
            <translation>Ouvrir une table de correspondance</translation>
        </message>
        <message>
            <source>Crosswalks (*.yaml *.yml);;All files (*)</source>
            <translation>Tables de correspondance (*.yaml *.yml);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Save crosswalk</source>
            <translation>Enregistrer la table de correspondance</translation>
        </message>
        <message>
            <source>Crosswalks (*.yaml *.yml)</source>
            <translation>Tables de correspondance (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>from {file}</source>
            <translation>depuis {file}</translation>
        </message>
        <message>
            <source>drafted from the two versions (same code, same or similar text); save it to check or edit it</source>
            <translation>établie d'après les deux versions (même code, texte identique ou proche) ; enregistrez-la pour la vérifier ou la modifier</translation>
        </message>
        <message>
            <source>Working out what the new round carries…</source>
            <translation>Calcul de ce que reprend le nouveau cycle…</translation>
        </message>
        <message>
            <source>Nothing to show: choose the questionnaire again.</source>
            <translation>Rien à afficher : choisissez de nouveau le questionnaire.</translation>
        </message>
        <message>
            <source>{carried} answers carried as they were, {confirm} to confirm, {lost} not carried, {new} new questions.</source>
            <translation>{carried} réponses reprises telles quelles, {confirm} à confirmer, {lost} non reprises, {new} nouvelles questions.</translation>
        </message>
        <message>
            <source>Findings of the previous round carried over as drafts, to keep, edit or remove: {n}.</source>
            <translation>Constatations du cycle précédent reprises comme brouillons, à conserver, modifier ou supprimer : {n}.</translation>
        </message>
        <message>
            <source>To confirm ({n})</source>
            <translation>À confirmer ({n})</translation>
        </message>
        <message>
            <source>Not carried ({n})</source>
            <translation>Non reprises ({n})</translation>
        </message>
        <message>
            <source>New questions, not answered yet ({n})</source>
            <translation>Nouvelles questions, sans réponse pour l'instant ({n})</translation>
        </message>
        <message>
            <source>new in this version</source>
            <translation>nouvelle dans cette version</translation>
        </message>
        <message>
            <source>Carried as they were ({n})</source>
            <translation>Reprises telles quelles ({n})</translation>
        </message>
    </context>
    <context>
        <name>FrameworkPage</name>
        <message>
            <source>Questionnaire</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <source>Choose the questionnaire to answer. You can add a questionnaire file that IOM sent you.</source>
            <translation>Choisissez le questionnaire auquel répondre. Vous pouvez ajouter un fichier de questionnaire envoyé par l'OIM.</translation>
        </message>
        <message>
            <source>Questionnaires</source>
            <translation>Questionnaires</translation>
        </message>
        <message>
            <source>&amp;Add questionnaire file…</source>
            <translation>&amp;Ajouter un fichier de questionnaire…</translation>
        </message>
        <message>
            <source>Problems in the questionnaire file</source>
            <translation>Problèmes dans le fichier de questionnaire</translation>
        </message>
        <message>
            <source>&amp;Working language:</source>
            <translation>&amp;Langue de travail :</translation>
        </message>
        <message>
            <source>No questionnaire of this level yet: add a questionnaire file.</source>
            <translation>Aucun questionnaire de ce niveau pour l'instant : ajoutez un fichier de questionnaire.</translation>
        </message>
        <message>
            <source>{n} questions in {d} domains: {always} always asked, {conditional} only with certain earlier answers.</source>
            <translation>{n} questions dans {d} domaines : {always} toujours posées, {conditional} seulement avec certaines réponses précédentes.</translation>
        </message>
        <message>
            <source>{n} questions in {d} domains.</source>
            <translation>{n} questions dans {d} domaines.</translation>
        </message>
        <message>
            <source>Add questionnaire file</source>
            <translation>Ajouter un fichier de questionnaire</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Vérification de {file}…</translation>
        </message>
        <message>
            <source>{file} is a {level} questionnaire; go back and choose that level to use it.</source>
            <translation>{file} est un questionnaire de niveau « {level} » ; revenez en arrière et choisissez ce niveau pour l'utiliser.</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>MGI Desktop guide</source>
            <extracomment>link schemes handed to the system (never loaded inside the guide) lupdate reads the context and text of every translate("Context", "text") call. a picture of a guide page, as the pages write them: &lt;img src="pictures/NAME-LANG.png" ...&gt;</extracomment>
            <translation>Guide de MGI Desktop</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Sommaire</translation>
        </message>
        <message>
            <source>Find in the guide (Ctrl+F)</source>
            <translation>Rechercher dans le guide (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Rechercher dans le guide</translation>
        </message>
        <message>
            <source>Not found: {text}</source>
            <translation>Introuvable : {text}</translation>
        </message>
        <message>
            <source>The guide is missing from this installation (no file in {folder}). Reinstall MGI Desktop to get it back; everything else works without it.</source>
            <translation>Le guide manque dans cette installation (aucun fichier dans {folder}). Réinstallez MGI Desktop pour le retrouver ; tout le reste fonctionne sans lui.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>answers changed</source>
            <translation>réponses modifiées</translation>
        </message>
        <message>
            <source>questions flagged or unflagged</source>
            <translation>questions marquées ou démarquées</translation>
        </message>
        <message>
            <source>evidence added</source>
            <translation>sources ajoutées</translation>
        </message>
        <message>
            <source>evidence removed</source>
            <translation>sources retirées</translation>
        </message>
        <message>
            <source>evidence changed</source>
            <translation>sources modifiées</translation>
        </message>
        <message>
            <source>comments added</source>
            <translation>commentaires ajoutés</translation>
        </message>
        <message>
            <source>comments changed</source>
            <translation>commentaires modifiés</translation>
        </message>
        <message>
            <source>answers accepted</source>
            <translation>réponses acceptées</translation>
        </message>
        <message>
            <source>answers returned</source>
            <translation>réponses renvoyées</translation>
        </message>
        <message>
            <source>findings added</source>
            <translation>constats ajoutés</translation>
        </message>
        <message>
            <source>findings removed</source>
            <translation>constats retirés</translation>
        </message>
        <message>
            <source>findings changed</source>
            <translation>constats modifiés</translation>
        </message>
        <message>
            <source>domain descriptions changed</source>
            <translation>descriptions de domaine modifiées</translation>
        </message>
        <message>
            <source>audit events added</source>
            <translation>événements d'audit ajoutés</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Constat</translation>
        </message>
        <message>
            <source>Domain description</source>
            <translation>Description du domaine</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Receive a package — {file}</source>
            <translation>Recevoir un paquet — {file}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Mine (this database)</source>
            <translation>La mienne (cette base de données)</translation>
        </message>
        <message>
            <source>Theirs (the package)</source>
            <translation>La leur (le paquet)</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Résolution</translation>
        </message>
        <message>
            <source>Keep &amp;mine for all</source>
            <translation>Garder la &amp;mienne pour tout</translation>
        </message>
        <message>
            <source>Take &amp;theirs for all</source>
            <translation>Prendre la &amp;leur pour tout</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Wrong password. Try again:</source>
            <translation>Mot de passe incorrect. Réessayez :</translation>
        </message>
        <message>
            <source>This package is protected by a password. Password:</source>
            <translation>Ce paquet est protégé par un mot de passe. Mot de passe :</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Vérification de {file}…</translation>
        </message>
        <message>
            <source>This package cannot be received:</source>
            <translation>Ce paquet ne peut pas être reçu :</translation>
        </message>
        <message>
            <source>checking it was cancelled.</source>
            <translation>la vérification a été annulée.</translation>
        </message>
        <message>
            <source>A new assessment for this database.</source>
            <translation>Une nouvelle évaluation pour cette base de données.</translation>
        </message>
        <message>
            <source>An update of an assessment already in this database: the changes are merged.</source>
            <translation>Une mise à jour d'une évaluation déjà présente dans cette base de données : les modifications sont fusionnées.</translation>
        </message>
        <message>
            <source>From {sender}, {role}; sent {when}; package {n} from them.</source>
            <translation>De {sender}, {role} ; envoyé le {when} ; paquet n° {n} de cet expéditeur.</translation>
        </message>
        <message>
            <source>Questionnaire: {q}.</source>
            <translation>Questionnaire : {q}.</translation>
        </message>
        <message>
            <source>Questionnaire: {q}, not included in this installation: the copy carried in the package is used.</source>
            <translation>Questionnaire : {q}, absent de cette installation : la copie contenue dans le paquet est utilisée.</translation>
        </message>
        <message>
            <source>The package was protected by a password.</source>
            <translation>Le paquet était protégé par un mot de passe.</translation>
        </message>
        <message>
            <source>The package was encrypted to your key.</source>
            <translation>Le paquet était chiffré pour votre clé.</translation>
        </message>
        <message>
            <source>Status: {now} → {after}.</source>
            <translation>Statut : {now} → {after}.</translation>
        </message>
        <message>
            <source>What it changes: {list}.</source>
            <translation>Ce qu'il modifie : {list}.</translation>
        </message>
        <message>
            <source>It changes nothing here.</source>
            <translation>Il ne modifie rien ici.</translation>
        </message>
        <message>
            <source>⚠ Not signed: this package was written by an older MGI Desktop. Anyone could have written or changed it; its review decisions and status are not applied.</source>
            <translation>⚠ Non signé : ce paquet a été écrit par une version plus ancienne de MGI Desktop. N'importe qui a pu l'écrire ou le modifier ; ses décisions d'examen et son statut ne sont pas appliqués.</translation>
        </message>
        <message>
            <source>I know where this package comes from: import it anyway</source>
            <translation>Je sais d'où vient ce paquet : l'importer quand même</translation>
        </message>
        <message>
            <source>Signed by {who}, {role}, key {fingerprint}: {trust}.</source>
            <translation>Signé par {who}, {role}, clé {fingerprint} : {trust}.</translation>
        </message>
        <message>
            <source>⚠ This key is new to you. Phone the sender and compare the fingerprint they read out with the one above before you import.</source>
            <translation>⚠ Cette clé est nouvelle pour vous. Téléphonez à l'expéditeur et comparez l'empreinte qu'il vous lit avec celle ci-dessus avant d'importer.</translation>
        </message>
        <message>
            <source>I compared the fingerprint {fingerprint} with {who}: it is the same</source>
            <translation>J'ai comparé l'empreinte {fingerprint} avec {who} : elle est identique</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Garder la mienne</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Prendre la leur</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Description of domain {n}</source>
            <translation>Description du domaine {n}</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(retiré)</translation>
        </message>
        <message>
            <source>(no answer)</source>
            <translation>(pas de réponse)</translation>
        </message>
        <message>
            <source>— {who}, {when}</source>
            <translation>— {who}, {when}</translation>
        </message>
        <message>
            <source>Edited: {value}</source>
            <translation>Modifiée : {value}</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importation de {file}…</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Importation annulée : rien n’a été importé.</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source>Keys</source>
            <translation>Clés</translation>
        </message>
        <message>
            <source>Your key</source>
            <translation>Votre clé</translation>
        </message>
        <message>
            <source>This is what you read out when someone checks your key on the phone. Your packages are signed with it; packages encrypted to it open only here.</source>
            <translation>C’est ce que vous lisez à voix haute quand quelqu’un vérifie votre clé par téléphone. Vos paquets sont signés avec elle ; les paquets chiffrés pour elle ne s’ouvrent qu’ici.</translation>
        </message>
        <message>
            <source>&amp;Export my key…</source>
            <translation>&amp;Exporter ma clé…</translation>
        </message>
        <message>
            <source>Write your public key to a .mgikey file, to send to the people you exchange packages with</source>
            <translation>Écrire votre clé publique dans un fichier .mgikey, à envoyer aux personnes avec qui vous échangez des paquets</translation>
        </message>
        <message>
            <source>&amp;Replace my key…</source>
            <translation>&amp;Remplacer ma clé…</translation>
        </message>
        <message>
            <source>Keys you know</source>
            <translation>Clés que vous connaissez</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Empreinte</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Confiance</translation>
        </message>
        <message>
            <source>&amp;Import key file…</source>
            <translation>&amp;Importer un fichier de clé…</translation>
        </message>
        <message>
            <source>Add the keys of a .mgikey file, or of a .mgikeys list signed by someone you trust</source>
            <translation>Ajouter les clés d’un fichier .mgikey, ou d’une liste .mgikeys signée par une personne de confiance</translation>
        </message>
        <message>
            <source>&amp;Trust…</source>
            <translation>Faire &amp;confiance…</translation>
        </message>
        <message>
            <source>Let this key &amp;answer with me</source>
            <translation>Laisser cette clé répondre &amp;avec moi</translation>
        </message>
        <message>
            <source>A colleague's key may then change the answers of the open assessment, as yours may</source>
            <translation>La clé d’un collègue pourra alors modifier les réponses de l’évaluation ouverte, comme la vôtre</translation>
        </message>
        <message>
            <source>Export a key &amp;list…</source>
            <translation>Exporter une &amp;liste de clés…</translation>
        </message>
        <message>
            <source>Sign a .mgikeys list of the reviewer keys you trust, for the focal points to import (IOM)</source>
            <translation>Signer une liste .mgikeys des clés d’examinateurs auxquelles vous faites confiance, à importer par les points focaux (OIM)</translation>
        </message>
        <message>
            <source>{who}, {role}</source>
            <translation>{who}, {role}</translation>
        </message>
        <message>
            <source>{trust}, replaced by a newer key</source>
            <translation>{trust}, remplacée par une clé plus récente</translation>
        </message>
        <message>
            <source>Export my key</source>
            <translation>Exporter ma clé</translation>
        </message>
        <message>
            <source>MGI key files (*.mgikey)</source>
            <translation>Fichiers de clé MGI (*.mgikey)</translation>
        </message>
        <message>
            <source>Your key was written to {file}. Send it to the other side; they will phone you to compare its fingerprint.</source>
            <translation>Votre clé a été écrite dans {file}. Envoyez-la à l’autre partie ; elle vous appellera pour comparer son empreinte.</translation>
        </message>
        <message>
            <source>Import key file</source>
            <translation>Importer un fichier de clé</translation>
        </message>
        <message>
            <source>MGI key files ({patterns});;All files (*)</source>
            <translation>Fichiers de clé MGI ({patterns});;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>You trust the key of {who} now.</source>
            <translation>Vous faites désormais confiance à la clé de {who}.</translation>
        </message>
        <message>
            <source>{who} may now answer this assessment with you; your next package tells their database so.</source>
            <translation>{who} peut désormais répondre à cette évaluation avec vous ; votre prochain paquet l’indique à sa base de données.</translation>
        </message>
        <message>
            <source>Export a key list</source>
            <translation>Exporter une liste de clés</translation>
        </message>
        <message>
            <source>MGI key lists (*.mgikeys)</source>
            <translation>Listes de clés MGI (*.mgikeys)</translation>
        </message>
        <message>
            <source>{n} reviewer keys were listed in {file}, signed with your key.</source>
            <translation>{n} clés d’examinateurs ont été listées dans {file}, signé avec votre clé.</translation>
        </message>
        <message>
            <source>Replace my key</source>
            <translation>Remplacer ma clé</translation>
        </message>
        <message>
            <source>Make a new key for you?

Use this when your key may have been copied, or before handing this computer on. The old key signs an introduction of the new one, carried in your next packages, so the people you exchange with take the new key without a new phone call. The old key is kept only to open packages already encrypted to it.

If you have lost your old key, nothing can introduce the new one: send your new key file and have its fingerprint compared again.</source>
            <translation>Créer une nouvelle clé pour vous ?

Faites-le si votre clé a pu être copiée, ou avant de céder cet ordinateur. L’ancienne clé signe une présentation de la nouvelle, transmise dans vos prochains paquets : les personnes avec qui vous échangez adoptent la nouvelle clé sans nouvel appel. L’ancienne clé n’est gardée que pour ouvrir les paquets déjà chiffrés pour elle.

Si vous avez perdu votre ancienne clé, rien ne peut présenter la nouvelle : envoyez votre nouveau fichier de clé et faites comparer à nouveau son empreinte.</translation>
        </message>
        <message>
            <source>Your new key is {fingerprint}. Your next packages introduce it.</source>
            <translation>Votre nouvelle clé est {fingerprint}. Vos prochains paquets la présentent.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Soumise</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>En examen</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Renvoyée</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>Soumise à nouveau</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>Validée</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <source>National</source>
            <translation>National</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Focal point</source>
            <translation>Point focal</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Examinateur</translation>
        </message>
        <message>
            <source>not verified yet</source>
            <translation>pas encore vérifiée</translation>
        </message>
        <message>
            <source>fingerprint compared</source>
            <translation>empreinte comparée</translation>
        </message>
        <message>
            <source>on IOM's list of trusted keys</source>
            <translation>sur la liste des clés de confiance de l'OIM</translation>
        </message>
        <message>
            <source>your own key</source>
            <translation>votre propre clé</translation>
        </message>
        <message>
            <source>Well-developed areas</source>
            <translation>Domaines bien développés</translation>
        </message>
        <message>
            <source>Areas with potential for further development</source>
            <translation>Domaines à développer davantage</translation>
        </message>
        <message>
            <source>the question was reworded</source>
            <extracomment>the label of any enumeration value the core may put in a message</extracomment>
            <translation>la question a été reformulée</translation>
        </message>
        <message>
            <source>its answers changed</source>
            <translation>ses réponses possibles ont changé</translation>
        </message>
        <message>
            <source>carried to a question with another code</source>
            <translation>reprise dans une question d'un autre code</translation>
        </message>
        <message>
            <source>the question was split in several</source>
            <translation>la question a été scindée en plusieurs</translation>
        </message>
        <message>
            <source>the answer was recoded</source>
            <translation>la réponse a été recodée</translation>
        </message>
        <message>
            <source>the crosswalk asks for a confirmation</source>
            <translation>la table de correspondance demande une confirmation</translation>
        </message>
        <message>
            <source>the question was removed</source>
            <translation>la question a été supprimée</translation>
        </message>
        <message>
            <source>the crosswalk does not say where it goes</source>
            <translation>la table de correspondance ne dit pas où la reprendre</translation>
        </message>
        <message>
            <source>the new question cannot hold the answer</source>
            <translation>la nouvelle question ne peut pas recevoir cette réponse</translation>
        </message>
        <message>
            <source>a choice has no counterpart in the new version</source>
            <translation>un choix n'a pas d'équivalent dans la nouvelle version</translation>
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
            <translation>Langue de travail</translation>
        </message>
        <message>
            <source>{language} — the questionnaire's own language</source>
            <translation>{language} — la langue du questionnaire</translation>
        </message>
        <message>
            <source>{language} — {percent}% translated</source>
            <translation>{language} — traduit à {percent} %</translation>
        </message>
        <message>
            <source> (draft, not yet reviewed)</source>
            <translation> (brouillon, pas encore relu)</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>Working language</source>
            <translation>Langue de travail</translation>
        </message>
        <message>
            <source>The questions, answer options and guidance are shown in this language, and the profile and workbooks are written in it. Answers, justifications and findings are kept as they were typed.</source>
            <translation>Les questions, les options de réponse et les orientations s'affichent dans cette langue, et le profil et les classeurs sont rédigés dans celle-ci. Les réponses, justifications et constats restent tels qu'ils ont été saisis.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
    </context>
    <context>
        <name>LevelPage</name>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Is this assessment about a whole country or about a city or province?</source>
            <translation>Cette évaluation porte-t-elle sur un pays entier ou sur une ville ou une province ?</translation>
        </message>
        <message>
            <source>N&amp;ational — the country's migration governance</source>
            <translation>&amp;National — la gouvernance des migrations du pays</translation>
        </message>
        <message>
            <source>&amp;Local — a city, municipality or province</source>
            <translation>&amp;Local — une ville, une commune ou une province</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>Answer</source>
            <extracomment>Keys that pick the built-in answers wherever they are offered (also Alt+key mnemonics). the plain keys (no modifier) that pick an answer; the page answers them wherever focus is but a text field</extracomment>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>Year, e.g. 2019</source>
            <translation>Année, p. ex. 2019</translation>
        </message>
        <message>
            <source>Whole number</source>
            <translation>Nombre entier</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Calendar…</source>
            <translation>Calendrier…</translation>
        </message>
        <message>
            <source>Pick a date from a calendar</source>
            <translation>Choisir une date dans un calendrier</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;Nouvelle évaluation…</translation>
        </message>
        <message>
            <source>&amp;Open assessment…</source>
            <translation>&amp;Ouvrir une évaluation…</translation>
        </message>
        <message>
            <source>Open q&amp;uestionnaire…</source>
            <translation>Ouvrir un q&amp;uestionnaire…</translation>
        </message>
        <message>
            <source>Open &amp;database…</source>
            <translation>Ouvrir une &amp;base de données…</translation>
        </message>
        <message>
            <source>New data&amp;base…</source>
            <translation>Nouvelle bas&amp;e de données…</translation>
        </message>
        <message>
            <source>&amp;Close assessment</source>
            <translation>&amp;Fermer l'évaluation</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;About MGI Desktop</source>
            <translation>À &amp;propos de MGI Desktop</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Ouvrir le dossier du &amp;journal</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;Keys…</source>
            <translation>&amp;Clés…</translation>
        </message>
        <message>
            <source>Your key, and the keys of the people you exchange packages with</source>
            <translation>Votre clé, et celles des personnes avec qui vous échangez des paquets</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Find question…</source>
            <translation>Rec&amp;hercher une question…</translation>
        </message>
        <message>
            <source>&amp;Previous question</source>
            <translation>Question &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>Question &amp;suivante</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Vue d'ensemble</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>&amp;Constats</translation>
        </message>
        <message>
            <source>&amp;Submit for review…</source>
            <translation>Sou&amp;mettre pour examen…</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;Journal d'audit…</translation>
        </message>
        <message>
            <source>&amp;History of this question…</source>
            <translation>&amp;Historique de cette question…</translation>
        </message>
        <message>
            <source>&amp;Compare with the previous round…</source>
            <translation>C&amp;omparer avec le cycle précédent…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Recent databases</source>
            <translation>Bases de données &amp;récentes</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>Opening…</source>
            <extracomment>the AssessmentView's actions, in the order the Edit and View menus show them (None: a separator)</extracomment>
            <translation>Ouverture…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>MGI Desktop</source>
            <translation>MGI Desktop</translation>
        </message>
        <message>
            <source>&amp;Working language…</source>
            <translation>&amp;Langue de travail…</translation>
        </message>
        <message>
            <source>Wait for the work in progress to finish, or cancel it.</source>
            <translation>Attendez la fin du travail en cours, ou annulez-le.</translation>
        </message>
    </context>
    <context>
        <name>NavigatorModel</name>
        <message>
            <source>Questions</source>
            <extracomment>Semantic colours of medium lightness: readable on light and dark backgrounds alike. The roles the model answers (any other is None) "attention" is the review panel's filter: returned answers and unresolved comments (as review.attention)</extracomment>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Domain {n}: {title}, {answered} of {relevant} applicable answered, {missing} required missing</source>
            <translation>Domaine {n} : {title}, {answered} sur {relevant} applicables répondues, {missing} obligatoires manquantes</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>sans objet</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>non valide</translation>
        </message>
        <message>
            <source>returned by the reviewer</source>
            <translation>renvoyée par l'examinateur</translation>
        </message>
        <message>
            <source>required, not answered</source>
            <translation>obligatoire, sans réponse</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sans réponse</translation>
        </message>
        <message>
            <source>answered, evidence required</source>
            <translation>répondue, sources requises</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>répondue</translation>
        </message>
        <message>
            <source>flagged for follow-up</source>
            <translation>marquée pour suivi</translation>
        </message>
    </context>
    <context>
        <name>NewAssessmentWizard</name>
        <message>
            <source>New assessment</source>
            <extracomment>the questionnaire to select when the list is shown (`prefer`)</extracomment>
            <translation>Nouvelle évaluation</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Créer</translation>
        </message>
        <message>
            <source>Reading the questionnaire files…</source>
            <translation>Lecture des fichiers de questionnaire…</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Go to the first open question of this domain</source>
            <translation>Aller à la première question ouverte de ce domaine</translation>
        </message>
        <message>
            <source>Domain {n} completion</source>
            <translation>Avancement du domaine {n}</translation>
        </message>
        <message>
            <source>Percentages are an indicative completion measure, not an official MGI score.</source>
            <translation>Les pourcentages sont une mesure indicative de l'avancement, pas un score officiel de l'IGM.</translation>
        </message>
        <message>
            <source>SDG 10.7.2: the completeness-aware value is MGI Desktop's: a domain has one once its five sub-categories are answered. The official-method value is the UN's: a missing sub-category counts as 0.</source>
            <translation>ODD 10.7.2 : la valeur selon les réponses complètes est celle de MGI Desktop : un domaine en a une dès que ses cinq sous-catégories ont une réponse. La valeur selon la méthode officielle est celle de l’ONU : une sous-catégorie manquante compte pour 0.</translation>
        </message>
        <message>
            <source>{answered} of {relevant} applicable questions answered ({pct:.0f}%); {missing} required still missing.</source>
            <translation>{answered} questions applicables répondues sur {relevant} ({pct:.0f} %) ; {missing} obligatoires encore manquantes.</translation>
        </message>
        <message>
            <source>{n} answers still need the evidence their question requires.</source>
            <translation>{n} réponses attendent encore les sources exigées par leur question.</translation>
        </message>
        <message>
            <source>The questionnaire has {total} questions; {skipped} do not apply with the answers so far.</source>
            <translation>Le questionnaire compte {total} questions ; {skipped} ne s'appliquent pas avec les réponses données jusqu'ici.</translation>
        </message>
        <message>
            <source>SDG 10.7.2 overall: {aware} (completeness-aware), {official} (official method).</source>
            <translation>ODD 10.7.2, ensemble : {aware} (réponses complètes), {official} (méthode officielle).</translation>
        </message>
        <message>
            <source>, {n} need evidence</source>
            <translation>, {n} sans sources</translation>
        </message>
        <message>
            <source>SDG 10.7.2: {aware} (completeness-aware), {official} (official method)</source>
            <translation>ODD 10.7.2 : {aware} (réponses complètes), {official} (méthode officielle)</translation>
        </message>
        <message>
            <source>no value yet</source>
            <translation>pas encore de valeur</translation>
        </message>
        <message>
            <source>{value} ({category})</source>
            <translation>{value} ({category})</translation>
        </message>
        <message>
            <source>{answered} of {relevant} answered</source>
            <translation>{answered} sur {relevant} répondues</translation>
        </message>
        <message>
            <source>, {n} required missing</source>
            <translation>, {n} obligatoires manquantes</translation>
        </message>
    </context>
    <context>
        <name>PlacePage</name>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Type to search, e.g. Kyrgyzstan</source>
            <translation>Tapez pour chercher, p. ex. Kirghizistan</translation>
        </message>
        <message>
            <source>City or province</source>
            <translation>Ville ou province</translation>
        </message>
        <message>
            <source>e.g. Bishkek</source>
            <translation>p. ex. Bichkek</translation>
        </message>
        <message>
            <source>&amp;City or province:</source>
            <translation>&amp;Ville ou province :</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>Pa&amp;ys :</translation>
        </message>
        <message>
            <source>Which city or province, in which country?</source>
            <translation>Quelle ville ou province, dans quel pays ?</translation>
        </message>
        <message>
            <source>Which country is assessed?</source>
            <translation>Quel pays est évalué ?</translation>
        </message>
    </context>
    <context>
        <name>ProfileDetails</name>
        <message>
            <source>Profile details</source>
            <extracomment>saves some settings; whether they were saved (a refusal was explained to the user) the setting -&gt; the assessment's column</extracomment>
            <translation>Détails du profil</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Titre :</translation>
        </message>
        <message>
            <source>Country name:</source>
            <translation>Nom du pays :</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <source>Round label:</source>
            <translation>Libellé du cycle :</translation>
        </message>
        <message>
            <source>YYYY-MM or YYYY-MM-DD, e.g. 2023-12; empty: the month of the last change</source>
            <translation>AAAA-MM ou AAAA-MM-JJ, par exemple 2023-12 ; vide : le mois de la dernière modification</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Remerciements</translation>
        </message>
        <message>
            <source>Credits:</source>
            <translation>Remerciements :</translation>
        </message>
        <message>
            <source>The partners to credit (e.g. who funded the assessment and who contributed)</source>
            <translation>Les partenaires à remercier (par exemple qui a financé l’évaluation et qui y a contribué)</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Welcome to MGI Desktop</source>
            <translation>Bienvenue dans MGI Desktop</translation>
        </message>
        <message>
            <source>Before you start, tell us who you are. Your name and institution are recorded with every answer you give and every comment you write. You can change them later in Settings.</source>
            <translation>Avant de commencer, dites-nous qui vous êtes. Votre nom et votre institution sont enregistrés avec chaque réponse que vous donnez et chaque commentaire que vous écrivez. Vous pourrez les modifier plus tard dans les Paramètres.</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <source>e.g. Amina Diallo</source>
            <translation>p. ex. Amina Diallo</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>e.g. Ministry of Labour</source>
            <translation>p. ex. Ministère du Travail</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation>&amp;Institution :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>&amp;Confirm this answer</source>
            <extracomment>a short note for the status bar (an answer key pressed where no answer can be picked)</extracomment>
            <translation>&amp;Confirmer cette réponse</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>C&amp;lear answer</source>
            <translation>Eff&amp;acer la réponse</translation>
        </message>
        <message>
            <source>&amp;Justification (sources, explanation):</source>
            <translation>&amp;Justification (sources, explication) :</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <source>Fla&amp;g for follow-up</source>
            <translation>Marquer pour sui&amp;vi</translation>
        </message>
        <message>
            <source>← Previous</source>
            <translation>← Précédente</translation>
        </message>
        <message>
            <source>Previous question (Alt+Left)</source>
            <translation>Question précédente (Alt+Gauche)</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Suivante →</translation>
        </message>
        <message>
            <source>Next question (Alt+Right)</source>
            <translation>Question suivante (Alt+Droite)</translation>
        </message>
        <message>
            <source>Domain {n}: {domain} › {sub_area} › {indicator}</source>
            <translation>Domaine {n} : {domain} › {sub_area} › {indicator}</translation>
        </message>
        <message>
            <source>Not applicable: {reason}</source>
            <translation>Sans objet : {reason}</translation>
        </message>
        <message>
            <source>Add the evidence this answer needs: this question requires at least one source (Evidence, below).</source>
            <translation>Ajoutez les sources dont cette réponse a besoin : cette question exige au moins une source (Sources, ci-dessous).</translation>
        </message>
        <message>
            <source>(required)</source>
            <translation>(obligatoire)</translation>
        </message>
        <message>
            <source>(optional)</source>
            <translation>(facultative)</translation>
        </message>
        <message>
            <source>Guidance: </source>
            <translation>Conseils : </translation>
        </message>
        <message>
            <source>Answer to {code}</source>
            <translation>Réponse à {code}</translation>
        </message>
        <message>
            <source>Carried over from the previous round: confirm it, or change it.</source>
            <translation>Reprise du cycle précédent : confirmez-la ou modifiez-la.</translation>
        </message>
        <message>
            <source>Evidence (required)</source>
            <translation>Sources (obligatoires)</translation>
        </message>
        <message>
            <source>Question {i} of {n} · {relevant} apply</source>
            <translation>Question {i} sur {n} · {relevant} applicables</translation>
        </message>
        <message>
            <source>This answer was returned to the focal point; it waits for their revision.</source>
            <translation>Cette réponse a été renvoyée au point focal ; elle attend sa révision.</translation>
        </message>
        <message>
            <source>The reviewer returned this answer: read the comments below, then revise it.</source>
            <translation>L'évaluateur a renvoyé cette réponse : lisez les commentaires ci-dessous, puis révisez-la.</translation>
        </message>
        <message>
            <source>This question does not apply: there is nothing to answer.</source>
            <translation>Cette question ne s’applique pas : il n’y a rien à répondre.</translation>
        </message>
        <message>
            <source>The answers are read-only here.</source>
            <translation>Les réponses sont en lecture seule ici.</translation>
        </message>
        <message>
            <source>No answer of this question has that key.</source>
            <translation>Aucune réponse de cette question n’a cette touche.</translation>
        </message>
        <message>
            <source>This question is required: choose or enter an answer.</source>
            <translation>Cette question est obligatoire : choisissez ou saisissez une réponse.</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireFiles</name>
        <message>
            <source>line {line}</source>
            <translation>ligne {line}</translation>
        </message>
        <message>
            <source>Open questionnaire</source>
            <translation>Ouvrir un questionnaire</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Vérification de {file}…</translation>
        </message>
        <message>
            <source>Reading the questionnaire files…</source>
            <translation>Lecture des fichiers de questionnaire…</translation>
        </message>
        <message>
            <source>Export questionnaire as XLSForm</source>
            <translation>Exporter le questionnaire au format XLSForm</translation>
        </message>
        <message>
            <source>Questionnaire:</source>
            <translation>Questionnaire :</translation>
        </message>
        <message>
            <source>XLSForm workbooks (*.xlsx)</source>
            <translation>Classeurs XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the XLSForm…</source>
            <translation>Écriture du XLSForm…</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireReport</name>
        <message>
            <source>Questionnaire {file}</source>
            <translation>Questionnaire {file}</translation>
        </message>
        <message>
            <source>Problems and notes</source>
            <translation>Problèmes et remarques</translation>
        </message>
        <message>
            <source>{title}, version {version}</source>
            <translation>{title}, version {version}</translation>
        </message>
        <message>
            <source>{n} questions in {d} domains.</source>
            <translation>{n} questions dans {d} domaines.</translation>
        </message>
        <message>
            <source>Level: {level}. Languages: {languages}.</source>
            <translation>Niveau : {level}. Langues : {languages}.</translation>
        </message>
        <message>
            <source>It is offered when you start a new assessment.</source>
            <translation>Il est proposé quand vous commencez une nouvelle évaluation.</translation>
        </message>
        <message>
            <source>&amp;Start an assessment with it…</source>
            <translation>&amp;Commencer une évaluation avec ce questionnaire…</translation>
        </message>
        <message>
            <source>{file} cannot be used: nothing was added.</source>
            <translation>{file} ne peut pas être utilisé : rien n'a été ajouté.</translation>
        </message>
        <message>
            <source>Problems to correct in the file ({n}), each with its place:</source>
            <translation>Problèmes à corriger dans le fichier ({n}), chacun avec son emplacement :</translation>
        </message>
        <message>
            <source>Read past, for your information:</source>
            <translation>Ignoré à la lecture, pour information :</translation>
        </message>
    </context>
    <context>
        <name>Questionnaires</name>
        <message>
            <source>Questionnaires (*.xlsx *.yaml *.yml *.json);;XLSForm workbooks (*.xlsx);;Questionnaire files (*.yaml *.yml *.json);;All files (*)</source>
            <translation>Questionnaires (*.xlsx *.yaml *.yml *.json);;Classeurs XLSForm (*.xlsx);;Fichiers de questionnaire (*.yaml *.yml *.json);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>QuestionsDialog</name>
        <message>
            <source>Questions behind the finding</source>
            <translation>Questions à l'appui du constat</translation>
        </message>
        <message>
            <source>Tick the questions this finding rests on:</source>
            <translation>Cochez les questions sur lesquelles repose ce constat :</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Not reviewed</source>
            <translation>Non examinée</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Acceptée</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Renvoyée</translation>
        </message>
        <message>
            <source>Revised since returned</source>
            <translation>Révisée depuis le renvoi</translation>
        </message>
        <message>
            <source>This question</source>
            <extracomment>the "returned and unresolved" filter was switched on or off (`attention_codes()` lists them) the focal point resubmits through the submit check (it lists returned answers not revised)</extracomment>
            <translation>Cette question</translation>
        </message>
        <message>
            <source>Accept this answer (Ctrl+Shift+A)</source>
            <translation>Accepter cette réponse (Ctrl+Maj+A)</translation>
        </message>
        <message>
            <source>Return this answer to the focal point with a reason (Ctrl+Shift+R)</source>
            <translation>Renvoyer cette réponse au point focal avec un motif (Ctrl+Maj+R)</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>Renvoyer…</translation>
        </message>
        <message>
            <source>Next to review</source>
            <translation>Suivante à examiner</translation>
        </message>
        <message>
            <source>The next answered question without a decision (Ctrl+Shift+N)</source>
            <translation>La prochaine question répondue sans décision (Ctrl+Maj+N)</translation>
        </message>
        <message>
            <source>Go to the next after a decision</source>
            <translation>Passer à la suivante après une décision</translation>
        </message>
        <message>
            <source>Decisions per domain</source>
            <translation>Décisions par domaine</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>À examiner</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <source>Answered questions that apply, by their latest decision; “to review” includes answers revised after a return; comments: unresolved threads</source>
            <translation>Questions applicables répondues, selon leur dernière décision ; « à examiner » comprend les réponses révisées après un renvoi ; commentaires : fils non résolus</translation>
        </message>
        <message>
            <source>Show only returned answers and unresolved comments</source>
            <translation>Seulement les renvois et commentaires ouverts</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Statut : {status}</translation>
        </message>
        <message>
            <source>Start the review</source>
            <translation>Commencer l'examen</translation>
        </message>
        <message>
            <source>Return the assessment to the focal point…</source>
            <translation>Renvoyer l'évaluation au point focal…</translation>
        </message>
        <message>
            <source>Validate the assessment…</source>
            <translation>Valider l'évaluation…</translation>
        </message>
        <message>
            <source>Resubmit for review…</source>
            <translation>Soumettre à nouveau pour examen…</translation>
        </message>
        <message>
            <source>Approve the validated assessment…</source>
            <translation>Approuver l'évaluation validée…</translation>
        </message>
        <message>
            <source>Submit for review…</source>
            <translation>Soumettre pour examen…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>All domains</source>
            <translation>Tous les domaines</translation>
        </message>
        <message>
            <source>IOM validated the assessment: approve it to close the round.</source>
            <translation>L'OIM a validé l'évaluation : approuvez-la pour clore le cycle.</translation>
        </message>
        <message>
            <source>To do: change the answer as the reviewer asks, or say in the comments why it stands; then resubmit.</source>
            <translation>À faire : modifiez la réponse comme le demande l'examinateur, ou expliquez dans les commentaires pourquoi elle est maintenue ; puis soumettez à nouveau.</translation>
        </message>
        <message>
            <source>Revised: the reviewer looks at it again once you resubmit.</source>
            <translation>Révisée : l'examinateur la réexaminera une fois l'évaluation soumise à nouveau.</translation>
        </message>
        <message>
            <source>Accepted by the reviewer: nothing to do here.</source>
            <translation>Acceptée par l'examinateur : rien à faire ici.</translation>
        </message>
        <message>
            <source>No question is shown.</source>
            <translation>Aucune question n'est affichée.</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sans réponse</translation>
        </message>
        <message>
            <source>Answer: {answer}</source>
            <translation>Réponse : {answer}</translation>
        </message>
        <message>
            <source>Review: {state}</source>
            <translation>Examen : {state}</translation>
        </message>
        <message>
            <source>Last decision: {decision} by {who}, {when}</source>
            <translation>Dernière décision : {decision} par {who}, {when}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motif : {reason}</translation>
        </message>
        <message>
            <source>Unanswered: it can be returned (“please answer”), not accepted.</source>
            <translation>Sans réponse : elle peut être renvoyée (« merci de répondre »), pas acceptée.</translation>
        </message>
        <message>
            <source>a required answer is missing</source>
            <translation>une réponse obligatoire manque</translation>
        </message>
        <message>
            <source>the answer is not valid</source>
            <translation>la réponse n'est pas valide</translation>
        </message>
        <message>
            <source>the evidence this question requires is missing</source>
            <translation>la source exigée par cette question manque</translation>
        </message>
        <message>
            <source>Accept {code}?</source>
            <translation>Accepter {code} ?</translation>
        </message>
        <message>
            <source>Accept {code} although:</source>
            <translation>Accepter {code} bien que :</translation>
        </message>
        <message>
            <source>You can return it instead, asking for what is missing.</source>
            <translation>Vous pouvez plutôt la renvoyer en demandant ce qui manque.</translation>
        </message>
        <message>
            <source>{code} accepted</source>
            <translation>{code} acceptée</translation>
        </message>
        <message>
            <source>Return {code}</source>
            <translation>Renvoyer {code}</translation>
        </message>
        <message>
            <source>Why is this answer returned? The focal point reads this in the question's comments.</source>
            <translation>Pourquoi cette réponse est-elle renvoyée ? Le point focal le lira dans les commentaires de la question.</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Renvoyer</translation>
        </message>
        <message>
            <source>{code} returned</source>
            <translation>{code} renvoyée</translation>
        </message>
        <message>
            <source>Nothing left to review: every answered question has a decision.</source>
            <translation>Plus rien à examiner : chaque question répondue a une décision.</translation>
        </message>
        <message>
            <source>Change the status to “{status}”</source>
            <translation>Passer au statut « {status} »</translation>
        </message>
        <message>
            <source>A note for the audit trail and the other side (what was done, what is expected next):</source>
            <translation>Une note pour le journal d'audit et l'autre partie (ce qui a été fait, ce qui est attendu ensuite) :</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>Statut : {old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>RoundCompareDialog</name>
        <message>
            <source>Compare rounds — {title}</source>
            <translation>Comparer les cycles — {title}</translation>
        </message>
        <message>
            <source>This assessment does not follow an earlier round: there is nothing to compare it with.</source>
            <translation>Cette évaluation ne fait pas suite à un cycle précédent : il n'y a rien à comparer.</translation>
        </message>
        <message>
            <source>Round {a} ({status_a}) and round {b} ({status_b}): {n} of {total} questions changed.</source>
            <translation>Cycle {a} ({status_a}) et cycle {b} ({status_b}) : {n} questions modifiées sur {total}.</translation>
        </message>
        <message>
            <source>&amp;Only questions that changed</source>
            <translation>&amp;Uniquement les questions modifiées</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>All domains</source>
            <translation>Tous les domaines</translation>
        </message>
        <message>
            <source>Filter by code or text…</source>
            <translation>Filtrer par code ou texte…</translation>
        </message>
        <message>
            <source>Filter text</source>
            <translation>Texte du filtre</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Save the rows shown as an Excel workbook or a web page</source>
            <translation>Enregistrer les lignes affichées dans un classeur Excel ou une page web</translation>
        </message>
        <message>
            <source>Round {n}: {validation}</source>
            <translation>Cycle {n} : {validation}</translation>
        </message>
        <message>
            <source>No question matches the filters.</source>
            <translation>Aucune question ne correspond aux filtres.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Page web (*.html)</translation>
        </message>
        <message>
            <source>Export the comparison</source>
            <translation>Exporter la comparaison</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Enregistré : {file}</translation>
        </message>
    </context>
    <context>
        <name>RoundPage</name>
        <message>
            <source>Round and focal point</source>
            <translation>Cycle et point focal</translation>
        </message>
        <message>
            <source>Link a new round to the previous one of the same place to compare them.</source>
            <translation>Reliez un nouveau cycle au précédent pour le même lieu afin de les comparer.</translation>
        </message>
        <message>
            <source>Previous round</source>
            <translation>Cycle précédent</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Focal point</source>
            <translation>Point focal</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>&amp;Previous round:</source>
            <translation>Cycle p&amp;récédent :</translation>
        </message>
        <message>
            <source>&amp;Round:</source>
            <translation>C&amp;ycle :</translation>
        </message>
        <message>
            <source>&amp;Focal point:</source>
            <translation>Point &amp;focal :</translation>
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation>&amp;Institution :</translation>
        </message>
        <message>
            <source>None — this is the first round</source>
            <translation>Aucun — c'est le premier cycle</translation>
        </message>
        <message>
            <source>Round {round} — {framework} {version} ({status})</source>
            <translation>Cycle {round} — {framework} {version} ({status})</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <source>Send — {title}</source>
            <translation>Envoyer — {title}</translation>
        </message>
        <message>
            <source>The package holds this assessment with its evidence files, comments, decisions and history. Send it by e-mail or on a USB stick; the other side receives it with File ▸ Import or receive.</source>
            <translation>Le paquet contient cette évaluation avec ses fichiers de sources, commentaires, décisions et historique. Envoyez-le par courriel ou sur une clé USB ; l'autre partie le reçoit avec Fichier ▸ Importer ou recevoir.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Encrypt to the recipients' &amp;keys (recommended)</source>
            <translation>Chiffrer pour les &amp;clés des destinataires (recommandé)</translation>
        </message>
        <message>
            <source>Protect with a pass&amp;word (first contact, before keys are swapped)</source>
            <translation>Protéger par un &amp;mot de passe (premier contact, avant l’échange des clés)</translation>
        </message>
        <message>
            <source>&amp;Not protected</source>
            <translation>&amp;Non protégé</translation>
        </message>
        <message>
            <source>Recipients' keys</source>
            <translation>Clés des destinataires</translation>
        </message>
        <message>
            <source>{who}, {role} — key {fingerprint}</source>
            <translation>{who}, {role} — clé {fingerprint}</translation>
        </message>
        <message>
            <source>of this assessment</source>
            <translation>de cette évaluation</translation>
        </message>
        <message>
            <source>Only the keys ticked (and yours) can open the package: no password travels.</source>
            <translation>Seules les clés cochées (et la vôtre) peuvent ouvrir le paquet : aucun mot de passe ne circule.</translation>
        </message>
        <message>
            <source>No key of the other side is known yet. Import their key file (Edit ▸ Keys), or protect this first package with a password.</source>
            <translation>Aucune clé de l’autre partie n’est encore connue. Importez son fichier de clé (Édition ▸ Clés), ou protégez ce premier paquet par un mot de passe.</translation>
        </message>
        <message>
            <source>At least {n} characters</source>
            <translation>Au moins {n} caractères</translation>
        </message>
        <message>
            <source>Tell the password to the recipient another way (by phone), never in the same e-mail as the file.</source>
            <translation>Communiquez le mot de passe au destinataire par un autre moyen (par téléphone), jamais dans le même courriel que le fichier.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mo&amp;t de passe :</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Répétez-le :</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>En&amp;voyer</translation>
        </message>
        <message>
            <source>Send assessment</source>
            <translation>Envoyer l'évaluation</translation>
        </message>
        <message>
            <source>MGI packages (*.mgi)</source>
            <translation>Paquets MGI (*.mgi)</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Choisissez le fichier à écrire.</translation>
        </message>
        <message>
            <source>Tick at least one recipient's key.</source>
            <translation>Cochez au moins la clé d’un destinataire.</translation>
        </message>
        <message>
            <source>The password is too short: use at least {n} characters.</source>
            <translation>Le mot de passe est trop court : utilisez au moins {n} caractères.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Your profile</source>
            <translation>Votre profil</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>&amp;Window language:</source>
            <translation>&amp;Langue de la fenêtre :</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Search the keys and commands</source>
            <translation>Rechercher dans les touches et les commandes</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Raccourci</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Copy the table, to paste or print it</source>
            <translation>Copier le tableau, pour le coller ou l’imprimer</translation>
        </message>
        <message>
            <source>Open the {menu} menu</source>
            <translation>Ouvrir le menu {menu}</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barre de menus</translation>
        </message>
        <message>
            <source>Question page, but in a text field</source>
            <translation>Page de la question, hors d’un champ de texte</translation>
        </message>
        <message>
            <source>Notes and comments</source>
            <translation>Notes et commentaires</translation>
        </message>
        <message>
            <source>Answer “{answer}”</source>
            <translation>Répondre « {answer} »</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} à {last}</translation>
        </message>
        <message>
            <source>Pick the answer with that number</source>
            <translation>Choisir la réponse portant ce numéro</translation>
        </message>
        <message>
            <source>Clear the answer (on the answer)</source>
            <translation>Effacer la réponse (sur la réponse)</translation>
        </message>
        <message>
            <source>Next or previous field</source>
            <translation>Champ suivant ou précédent</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Partout</translation>
        </message>
        <message>
            <source>Send the note or comment being typed</source>
            <translation>Envoyer la note ou le commentaire en cours</translation>
        </message>
        <message>
            <source>Leave the search</source>
            <translation>Quitter la recherche</translation>
        </message>
        <message>
            <source>Question search</source>
            <translation>Recherche de questions</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Assessments</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;Nouvelle évaluation…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>Ar&amp;chiver</translation>
        </message>
        <message>
            <source>Show a&amp;rchived</source>
            <translation>Afficher les a&amp;rchivées</translation>
        </message>
        <message>
            <source>Filter by country or city</source>
            <translation>Filtrer par pays ou ville</translation>
        </message>
        <message>
            <source>Filter assessments</source>
            <translation>Filtrer les évaluations</translation>
        </message>
        <message>
            <source>Assessments in this database</source>
            <translation>Évaluations de cette base de données</translation>
        </message>
        <message>
            <source>There is no assessment in this database yet. Click “New assessment…” to start one, or “Import…” to receive one from a colleague.</source>
            <translation>Cette base de données ne contient encore aucune évaluation. Cliquez sur « Nouvelle évaluation… » pour en commencer une, ou sur « Importer… » pour en recevoir une d'un collègue.</translation>
        </message>
        <message>
            <source>Recent databases</source>
            <translation>Bases de données récentes</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Base de données : {path}</translation>
        </message>
        <message>
            <source>{name} (open)</source>
            <translation>{name} (ouverte)</translation>
        </message>
        <message>
            <source>Un&amp;archive</source>
            <translation>Désarchi&amp;ver</translation>
        </message>
    </context>
    <context>
        <name>StatusStrip</name>
        <message>
            <source>You are not one of its parties: you can read, comment and flag</source>
            <translation>Vous n'êtes pas partie à cette évaluation : vous pouvez lire, commenter et marquer</translation>
        </message>
        <message>
            <source>Approved: the assessment is complete</source>
            <translation>Approuvée : l'évaluation est terminée</translation>
        </message>
        <message>
            <source>With you: a draft</source>
            <translation>Chez vous : un brouillon</translation>
        </message>
        <message>
            <source>Returned to you: every returned answer is revised</source>
            <translation>Renvoyée : toutes les réponses renvoyées sont révisées</translation>
        </message>
        <message>
            <source>Sent to IOM — waiting for the review</source>
            <translation>Envoyée à l'OIM — en attente de l'examen</translation>
        </message>
        <message>
            <source>Submitted, not yet with IOM: send it</source>
            <translation>Soumise, pas encore chez l'OIM : envoyez-la</translation>
        </message>
        <message>
            <source>Validated by IOM: approve it to close the round</source>
            <translation>Validée par l'OIM : approuvez-la pour clore le cycle</translation>
        </message>
        <message>
            <source>With IOM: the review is under way</source>
            <translation>Chez l'OIM : l'examen est en cours</translation>
        </message>
        <message>
            <source>Sent to the focal point — waiting for them</source>
            <translation>Envoyée au point focal — en attente de sa réponse</translation>
        </message>
        <message>
            <source>Decided, not yet with the focal point: send it</source>
            <translation>Décidée, pas encore chez le point focal : envoyez-la</translation>
        </message>
        <message>
            <source>With you: every answer has a decision</source>
            <translation>Chez vous : chaque réponse a une décision</translation>
        </message>
        <message>
            <source>With the focal point</source>
            <translation>Chez le point focal</translation>
        </message>
        <message>
            <source>Check and submit…</source>
            <translation>Vérifier et soumettre…</translation>
        </message>
        <message>
            <source>Send to IOM…</source>
            <translation>Envoyer à l'OIM…</translation>
        </message>
        <message>
            <source>Send to the focal point…</source>
            <translation>Envoyer au point focal…</translation>
        </message>
        <message>
            <source>Check and resubmit…</source>
            <translation>Vérifier et soumettre à nouveau…</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>Approuver…</translation>
        </message>
        <message>
            <source>Start the review</source>
            <translation>Commencer l'examen</translation>
        </message>
        <message>
            <source>Next to review</source>
            <translation>Suivante à examiner</translation>
        </message>
        <message>
            <source>Validate…</source>
            <translation>Valider…</translation>
        </message>
        <message>
            <source>Return to the focal point…</source>
            <translation>Renvoyer au point focal…</translation>
        </message>
        <message>
            <source>“{note}” — {who}, {when}</source>
            <translation>« {note} » — {who}, {when}</translation>
        </message>
    </context>
    <context>
        <name>SubmitCheck</name>
        <message>
            <source>Submit for review</source>
            <extracomment>the page's "Send to IOM…" (once submitted)</extracomment>
            <translation>Soumettre pour examen</translation>
        </message>
        <message>
            <source>Problems; press Enter to go to the question</source>
            <translation>Problèmes ; appuyez sur Entrée pour aller à la question</translation>
        </message>
        <message>
            <source>&amp;Check again</source>
            <translation>&amp;Vérifier à nouveau</translation>
        </message>
        <message>
            <source>Send to &amp;IOM…</source>
            <translation>Envoyer à l'&amp;OIM…</translation>
        </message>
        <message>
            <source>&amp;Note to the reviewer:</source>
            <translation>&amp;Note à l'examinateur :</translation>
        </message>
        <message>
            <source>Note to the reviewer</source>
            <translation>Note à l'examinateur</translation>
        </message>
        <message>
            <source>Submit &amp;although problems remain (explain why in the note)</source>
            <translation>Soumettre &amp;malgré les problèmes restants (expliquez pourquoi dans la note)</translation>
        </message>
        <message>
            <source>&amp;Submit for review</source>
            <translation>&amp;Soumettre pour examen</translation>
        </message>
        <message>
            <source>Submitted on {when}. Next: send it to IOM (File ▸ Send for review or back…); until then IOM does not have it.</source>
            <translation>Soumise le {when}. Ensuite : envoyez-la à l'OIM (Fichier ▸ Envoyer pour examen ou en retour…) ; d'ici là, l'OIM ne l'a pas.</translation>
        </message>
        <message>
            <source>Submitted on {when} and sent to IOM: waiting for the review.</source>
            <translation>Soumise le {when} et envoyée à l'OIM : en attente de l'examen.</translation>
        </message>
        <message>
            <source>required, not answered</source>
            <translation>obligatoire, sans réponse</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>non valide</translation>
        </message>
        <message>
            <source>evidence required</source>
            <translation>source requise</translation>
        </message>
        <message>
            <source>returned by the reviewer, not changed since</source>
            <translation>renvoyée par l'examinateur, non modifiée depuis</translation>
        </message>
        <message>
            <source>Go to {code}</source>
            <translation>Aller à {code}</translation>
        </message>
        <message>
            <source>No problems found: every required question is answered, valid and documented.</source>
            <translation>Aucun problème : chaque question obligatoire a une réponse valide et documentée.</translation>
        </message>
        <message>
            <source>The assessment is {status}; you cannot submit it now.</source>
            <translation>L'évaluation est au statut « {status} » ; vous ne pouvez pas la soumettre maintenant.</translation>
        </message>
    </context>
    <context>
        <name>SubmittedBox</name>
        <message>
            <source>Submitted</source>
            <translation>Soumise</translation>
        </message>
        <message>
            <source>The assessment is submitted, but IOM does not have it yet.</source>
            <translation>L'évaluation est soumise, mais l'OIM ne l'a pas encore.</translation>
        </message>
        <message>
            <source>Send it to IOM as a package (File ▸ Send for review or back…): save the file and give it to the reviewer, by e-mail or on a memory stick. Until then nobody can review it.</source>
            <translation>Envoyez-la à l'OIM sous forme de paquet (Fichier ▸ Envoyer pour examen ou en retour…) : enregistrez le fichier et remettez-le à l'examinateur, par courriel ou sur une clé USB. D'ici là, personne ne peut l'examiner.</translation>
        </message>
        <message>
            <source>&amp;Send it to IOM now…</source>
            <translation>&amp;Envoyer à l'OIM maintenant…</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Plus tard</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <extracomment>the last task finished, still referenced from here: see `Task._release`</extracomment>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt en cours…</translation>
        </message>
    </context>
    <context>
        <name>TextEditor</name>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
    </context>
    <context>
        <name>TrustDialog</name>
        <message>
            <source>Trust the key of {who}</source>
            <translation>Faire confiance à la clé de {who}</translation>
        </message>
        <message>
            <source>{who}, {role}</source>
            <translation>{who}, {role}</translation>
        </message>
        <message>
            <source>Phone {name} (on a number you know, not one from the same e-mail) and ask them to read out the fingerprint of their key (Edit ▸ Keys in their MGI Desktop). Trust the key only if it is the same as this one:</source>
            <translation>Appelez {name} (à un numéro que vous connaissez, pas à un numéro tiré du même courriel) et demandez-lui de lire l’empreinte de sa clé (Édition ▸ Clés dans son MGI Desktop). Ne faites confiance à la clé que si c’est la même que celle-ci :</translation>
        </message>
        <message>
            <source>Full fingerprint: {fingerprint}</source>
            <translation>Empreinte complète : {fingerprint}</translation>
        </message>
        <message>
            <source>I compared it with {name}: it is the same</source>
            <translation>Je l’ai comparée avec {name} : c’est la même</translation>
        </message>
        <message>
            <source>&amp;Trust this key</source>
            <translation>&amp;Faire confiance à cette clé</translation>
        </message>
    </context>
    <context>
        <name>_TextBox</name>
        <message>
            <source>Reset to the questionnaire's text</source>
            <translation>Revenir au texte du questionnaire</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <source>from {min} to {max}</source>
            <translation>de {min} à {max}</translation>
        </message>
        <message>
            <source>at least {min}</source>
            <translation>au moins {min}</translation>
        </message>
        <message>
            <source>at most {max}</source>
            <translation>au plus {max}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>{value} is above the maximum {maximum}</source>
            <comment>answer.above_maximum</comment>
            <translation>{value} dépasse le maximum {maximum}</translation>
        </message>
        <message>
            <source>{value} is below the minimum {minimum}</source>
            <comment>answer.below_minimum</comment>
            <translation>{value} est inférieur au minimum {minimum}</translation>
        </message>
        <message>
            <source>{text}</source>
            <comment>answer.constraint</comment>
            <translation>{text}</translation>
        </message>
        <message>
            <source>no question {code} in this assessment's questionnaire</source>
            <comment>answer.no_question</comment>
            <translation>aucune question {code} dans le questionnaire de cette évaluation</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <comment>answer.not_a_date</comment>
            <translation>{value} n'est pas une date (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>a multiple choice answer is a list of codes</source>
            <comment>answer.not_a_list</comment>
            <translation>une réponse à choix multiple est une liste de codes</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <comment>answer.not_a_number</comment>
            <translation>{value} n'est pas un nombre</translation>
        </message>
        <message>
            <source>{value} is not a year</source>
            <comment>answer.not_a_year</comment>
            <translation>{value} n'est pas une année</translation>
        </message>
        <message numerus="yes">
            <source>{values} are not among the answers ({choices})</source>
            <comment>answer.not_among</comment>
            <translation>
                <numerusform>{values} ne figure pas parmi les réponses possibles ({choices})</numerusform>
                <numerusform>{values} ne figurent pas parmi les réponses possibles ({choices})</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} cannot be combined with other answers</source>
            <comment>answer.not_combined</comment>
            <translation>la réponse {value} ne peut pas être combinée avec d'autres réponses</translation>
        </message>
        <message numerus="yes">
            <source>{value} are not offered with the earlier answers</source>
            <comment>answer.not_offered</comment>
            <translation>
                <numerusform>{value} n'est pas proposé avec les réponses précédentes</numerusform>
                <numerusform>{value} ne sont pas proposés avec les réponses précédentes</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not one of the answers ({choices})</source>
            <comment>answer.not_one_of</comment>
            <translation>{value} ne fait pas partie des réponses possibles ({choices})</translation>
        </message>
        <message>
            <source>a text answer must be text</source>
            <comment>answer.not_text</comment>
            <translation>une réponse textuelle doit être du texte</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <comment>answer.not_whole</comment>
            <translation>{value} n'est pas un nombre entier</translation>
        </message>
        <message>
            <source>cannot change {fields}</source>
            <comment>assessment.cannot_change</comment>
            <translation>impossible de modifier {fields}</translation>
        </message>
        <message numerus="yes">
            <source>{codes} and %n more</source>
            <comment>assessment.codes_and_more</comment>
            <translation>
                <numerusform>{codes} et %n autre</numerusform>
                <numerusform>{codes} et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>{place} — local MGI, round {round}</source>
            <comment>assessment.default_title_local</comment>
            <translation>{place} — IGM locaux, cycle {round}</translation>
        </message>
        <message>
            <source>{place} — national MGI, round {round}</source>
            <comment>assessment.default_title_national</comment>
            <translation>{place} — IGM nationaux, cycle {round}</translation>
        </message>
        <message>
            <source>{prefix} matches {n} assessments; give more of the id</source>
            <comment>assessment.id_ambiguous</comment>
            <translation>{prefix} correspond à {n} évaluations ; précisez davantage l'identifiant</translation>
        </message>
        <message>
            <source>{prefix}: give at least 4 characters of the assessment id</source>
            <comment>assessment.id_too_short</comment>
            <translation>{prefix} : indiquez au moins 4 caractères de l'identifiant de l'évaluation</translation>
        </message>
        <message>
            <source>{framework} is a Local MGI questionnaire: give the city or province</source>
            <comment>assessment.locality_needed</comment>
            <translation>{framework} est un questionnaire MGI local : indiquez la ville ou la province</translation>
        </message>
        <message>
            <source>{framework} is a national questionnaire: a locality is not used</source>
            <comment>assessment.locality_unused</comment>
            <translation>{framework} est un questionnaire national : il n'utilise pas de localité</translation>
        </message>
        <message>
            <source>no assessment with id {prefix} in {database}</source>
            <comment>assessment.no_prefix</comment>
            <translation>aucune évaluation avec l'identifiant {prefix} dans {database}</translation>
        </message>
        <message>
            <source>{code} is not an ISO 3166 country code (e.g. KGZ for Kyrgyzstan)</source>
            <comment>assessment.not_a_country</comment>
            <translation>{code} n'est pas un code de pays ISO 3166 (p. ex. KGZ pour le Kirghizistan)</translation>
        </message>
        <message numerus="yes">
            <source>%n answers are not accepted yet ({codes})</source>
            <comment>assessment.not_all_accepted</comment>
            <translation>
                <numerusform>%n réponse n'est pas encore acceptée ({codes})</numerusform>
                <numerusform>%n réponses ne sont pas encore acceptées ({codes})</numerusform>
            </translation>
        </message>
        <message>
            <source>no assessment {id}</source>
            <comment>assessment.not_found</comment>
            <translation>aucune évaluation {id}</translation>
        </message>
        <message>
            <source>no assessment {id} in {database}</source>
            <comment>assessment.not_found_in</comment>
            <translation>aucune évaluation {id} dans {database}</translation>
        </message>
        <message>
            <source>the previous round must be an assessment of the same country and place</source>
            <comment>assessment.previous_other_place</comment>
            <translation>le cycle précédent doit être une évaluation du même pays et du même lieu</translation>
        </message>
        <message>
            <source>the round is a number from 1</source>
            <comment>assessment.round_from_one</comment>
            <translation>le numéro de cycle est un nombre à partir de 1</translation>
        </message>
        <message>
            <source>{language} is not a language code (give a code such as en, fr, es, ru or ar)</source>
            <comment>assessment.unknown_language</comment>
            <translation>{language} n'est pas un code de langue (indiquez un code comme en, fr, es, ru ou ar)</translation>
        </message>
        <message>
            <source>cannot create the folder: {reason}</source>
            <comment>attachments.cannot_create</comment>
            <translation>impossible de créer le dossier : {reason}</translation>
        </message>
        <message>
            <source>cannot store the file in {folder}: {reason}</source>
            <comment>attachments.cannot_store</comment>
            <translation>impossible d'enregistrer le fichier dans {folder} : {reason}</translation>
        </message>
        <message>
            <source>the file changed while it was copied, or is damaged (its SHA-256 is {sha}, expected {expected}); nothing was stored</source>
            <comment>attachments.changed</comment>
            <translation>le fichier a changé pendant sa copie, ou il est endommagé (son SHA-256 est {sha}, {expected} était attendu) ; rien n'a été enregistré</translation>
        </message>
        <message>
            <source>is a folder, not a file: attach a file; nothing was stored</source>
            <comment>attachments.folder</comment>
            <translation>est un dossier, pas un fichier : joignez un fichier ; rien n'a été enregistré</translation>
        </message>
        <message>
            <source>{sha} is not the SHA-256 of an attached file</source>
            <comment>attachments.not_a_sha</comment>
            <translation>{sha} n'est pas le SHA-256 d'un fichier joint</translation>
        </message>
        <message>
            <source>the file was not stored, and nothing else changed</source>
            <comment>attachments.not_attached</comment>
            <translation>le fichier n'a pas été enregistré, et rien d'autre n'a changé</translation>
        </message>
        <message>
            <source>is not a regular file (a pipe, a device or a socket): attach a file; nothing was stored</source>
            <comment>attachments.not_regular</comment>
            <translation>n'est pas un fichier ordinaire (un tube, un périphérique ou un socket) : joignez un fichier ; rien n'a été enregistré</translation>
        </message>
        <message>
            <source>the attachments of a database opened read-only cannot change</source>
            <comment>attachments.read_only</comment>
            <translation>les pièces jointes d'une base de données ouverte en lecture seule ne peuvent pas changer</translation>
        </message>
        <message>
            <source>is a symbolic link: attach the file itself, not a link to it; nothing was stored</source>
            <comment>attachments.symbolic_link</comment>
            <translation>est un lien symbolique : joignez le fichier lui-même, pas un lien vers lui ; rien n'a été enregistré</translation>
        </message>
        <message>
            <source>the audit trail is exported as .csv or .xlsx</source>
            <comment>audit.wrong_suffix</comment>
            <translation>le journal d'audit s'exporte au format .csv ou .xlsx</translation>
        </message>
        <message>
            <source>the package changes the answer to {code}, but it is signed by a reviewer: only the focal point's key changes answers</source>
            <comment>authority.answers_from_reviewer</comment>
            <translation>le paquet modifie la réponse à {code}, mais il est signé par un examinateur : seule la clé du point focal modifie les réponses</translation>
        </message>
        <message>
            <source>the review decision on {code} ({decision}) is not validly signed by its reviewer: it was forged or altered</source>
            <comment>authority.bad_decision</comment>
            <translation>la décision d'examen sur {code} ({decision}) n'est pas valablement signée par son examinateur : elle a été falsifiée ou modifiée</translation>
        </message>
        <message>
            <source>the step to {status} is not validly signed: it was forged or altered</source>
            <comment>authority.bad_step</comment>
            <translation>le passage au statut « {status} » n'est pas valablement signé : il a été falsifié ou modifié</translation>
        </message>
        <message numerus="yes">
            <source>%n unsigned review decisions were not applied</source>
            <comment>authority.dropped_decisions</comment>
            <translation>
                <numerusform>%n décision d'examen non signée n'a pas été appliquée</numerusform>
                <numerusform>%n décisions d'examen non signées n'ont pas été appliquées</numerusform>
            </translation>
        </message>
        <message>
            <source>the status {status} in the unsigned package was not applied</source>
            <comment>authority.dropped_status</comment>
            <translation>le statut « {status} » du paquet non signé n'a pas été appliqué</translation>
        </message>
        <message>
            <source>the package changes evidence of {code}, but it is signed by a reviewer: only the focal point's key changes evidence</source>
            <comment>authority.evidence_from_reviewer</comment>
            <translation>le paquet modifie les sources de {code}, mais il est signé par un examinateur : seule la clé du point focal modifie les sources</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) is now this assessment's focal point: the first package signed by them</source>
            <comment>authority.first_signer</comment>
            <translation>{name} ({fingerprint}) est désormais le point focal de cette évaluation : cette personne a signé son premier paquet</translation>
        </message>
        <message>
            <source>the review decision on {code} is signed by this assessment's focal point: a focal point does not review their own answers</source>
            <comment>authority.focal_point_decides</comment>
            <translation>la décision d'examen sur {code} est signée par le point focal de cette évaluation : un point focal n'examine pas ses propres réponses</translation>
        </message>
        <message>
            <source>the key listed for {fingerprint} does not match its fingerprint</source>
            <comment>authority.key_mismatch</comment>
            <translation>la clé répertoriée pour {fingerprint} ne correspond pas à son empreinte</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) is now a reviewer of this assessment</source>
            <comment>authority.new_reviewer</comment>
            <translation>{name} ({fingerprint}) est désormais examinateur de cette évaluation</translation>
        </message>
        <message>
            <source>a reviewer of this assessment</source>
            <comment>authority.not_a_reviewer_key</comment>
            <translation>celle d'un examinateur de cette évaluation</translation>
        </message>
        <message>
            <source>this assessment's focal point</source>
            <comment>authority.not_its_focal_point</comment>
            <translation>celle du point focal de cette évaluation</translation>
        </message>
        <message>
            <source>a key you trust</source>
            <comment>authority.not_trusted</comment>
            <translation>une clé en laquelle vous avez confiance</translation>
        </message>
        <message>
            <source>{name}'s key {old} was replaced by {new}, introduced by a statement signed with the old key</source>
            <comment>authority.replaced_key</comment>
            <translation>la clé {old} de {name} a été remplacée par {new}, introduite par une déclaration signée avec l'ancienne clé</translation>
        </message>
        <message>
            <source>the answer to {code} is marked {state} without a reviewer's signed decision behind it</source>
            <comment>authority.unbacked_mark</comment>
            <translation>la réponse à {code} est marquée « {state} » sans décision signée d'un examinateur à l'appui</translation>
        </message>
        <message>
            <source>the package moves the assessment to {status} without a step signed by its {role}</source>
            <comment>authority.unbacked_status</comment>
            <translation>le paquet fait passer l'évaluation au statut « {status} » sans étape signée par son {role}</translation>
        </message>
        <message>
            <source>the package is not signed (it was written by an MGI Desktop older than signatures): anyone could have written or changed it. Import it only if you know where it comes from, and confirm (--accept-unsigned); its review decisions and status are not applied</source>
            <comment>authority.unsigned</comment>
            <translation>le paquet n'est pas signé (il a été écrit par une version de MGI Desktop antérieure aux signatures) : n'importe qui a pu l'écrire ou le modifier. Ne l'importez que si vous savez d'où il vient, et confirmez-le (--accept-unsigned) ; ses décisions d'examen et son statut ne sont pas appliqués</translation>
        </message>
        <message>
            <source>the review decision on {code} is not signed; a signed package carries only signed decisions</source>
            <comment>authority.unsigned_decision</comment>
            <translation>la décision d'examen sur {code} n'est pas signée ; un paquet signé ne contient que des décisions signées</translation>
        </message>
        <message>
            <source>signed by {name} ({role}), key {fingerprint}, which is not {what}: compare the fingerprint with them (on the phone, in person) and confirm it (--confirm-key {fingerprint}), or import IOM's key list; nothing was imported</source>
            <comment>authority.unverified</comment>
            <translation>signé par {name} ({role}), clé {fingerprint}, qui n'est pas {what} : comparez l'empreinte avec cette personne (par téléphone, en personne) et confirmez-la (--confirm-key {fingerprint}), ou importez la liste de clés de l'OIM ; rien n'a été importé</translation>
        </message>
        <message>
            <source>the step to {status} is signed by {fingerprint}, who is not this assessment's {role}</source>
            <comment>authority.wrong_step_signer</comment>
            <translation>le passage au statut « {status} » est signé par {fingerprint}, qui n'est pas le {role} de cette évaluation</translation>
        </message>
        <message>
            <source>the copy failed its integrity check ({detail})</source>
            <comment>backup.copy_failed_check</comment>
            <translation>la copie n'a pas passé le contrôle d'intégrité ({detail})</translation>
        </message>
        <message>
            <source>backup to {folder} failed: {reason}</source>
            <comment>backup.failed</comment>
            <translation>la sauvegarde dans {folder} a échoué : {reason}</translation>
        </message>
        <message>
            <source>the database is in use by another program; close it there and try again</source>
            <comment>backup.in_use</comment>
            <translation>la base de données est utilisée par un autre programme ; fermez-la là-bas et réessayez</translation>
        </message>
        <message>
            <source>no backup was made; the database and its backups are as they were</source>
            <comment>backup.none_made</comment>
            <translation>aucune sauvegarde n'a été faite ; la base de données et ses sauvegardes sont restées telles quelles</translation>
        </message>
        <message>
            <source>nothing was restored; the database is as it was</source>
            <comment>backup.nothing_restored</comment>
            <translation>rien n'a été restauré ; la base de données est restée telle quelle</translation>
        </message>
        <message>
            <source>restore from {backup} failed: {reason}</source>
            <comment>backup.restore_failed</comment>
            <translation>la restauration depuis {backup} a échoué : {reason}</translation>
        </message>
        <message>
            <source>this answer needs evidence (a law, policy or source)</source>
            <comment>check.evidence_missing</comment>
            <translation>cette réponse doit être étayée par une source (loi, politique ou autre document)</translation>
        </message>
        <message>
            <source>a required question is not answered</source>
            <comment>check.required_missing</comment>
            <translation>une question obligatoire est sans réponse</translation>
        </message>
        <message>
            <source>the reviewer returned this answer and it has not been changed since; change it, or say in its comments or the note why it stands</source>
            <comment>check.returned_not_revised</comment>
            <translation>l'examinateur a renvoyé cette réponse et elle n'a pas été modifiée depuis ; modifiez-la, ou expliquez dans ses commentaires ou dans la note pourquoi elle est maintenue</translation>
        </message>
        <message>
            <source>{prefix} matches {n} findings; give more of the id</source>
            <comment>cli.ambiguous_finding</comment>
            <translation>{prefix} correspond à {n} constats ; précisez davantage l'identifiant</translation>
        </message>
        <message>
            <source>--crosswalk carries the answers of a previous round: give --previous too</source>
            <comment>cli.crosswalk_needs_previous</comment>
            <translation>--crosswalk reprend les réponses d'un cycle précédent : indiquez aussi --previous</translation>
        </message>
        <message>
            <source>give --format html, pdf or docx (the extension does not say)</source>
            <comment>cli.format_needed</comment>
            <translation>indiquez --format html, pdf ou docx (l'extension ne permet pas de le déterminer)</translation>
        </message>
        <message>
            <source>there is no backup to restore</source>
            <comment>cli.no_backup</comment>
            <translation>il n'y a aucune sauvegarde à restaurer</translation>
        </message>
        <message>
            <source>no finding {prefix} in assessment {assessment}</source>
            <comment>cli.no_finding</comment>
            <translation>aucun constat {prefix} dans l'évaluation {assessment}</translation>
        </message>
        <message>
            <source>no single evidence item {id} in assessment {assessment}</source>
            <comment>cli.no_single_evidence</comment>
            <translation>aucune source ne correspond de façon univoque à {id} dans l'évaluation {assessment}</translation>
        </message>
        <message>
            <source>no such backup file</source>
            <comment>cli.no_such_backup</comment>
            <translation>fichier de sauvegarde introuvable</translation>
        </message>
        <message>
            <source>the value of {option} is not valid text (character {position} is not valid Unicode; it may have been pasted or passed from a program in another encoding)</source>
            <comment>cli.not_text</comment>
            <translation>la valeur de {option} n'est pas un texte valide (le caractère {position} n'est pas de l'Unicode valide ; elle a peut-être été collée ou transmise par un programme utilisant un autre encodage)</translation>
        </message>
        <message>
            <source>the password file is empty</source>
            <comment>cli.password_file_empty</comment>
            <translation>le fichier de mot de passe est vide</translation>
        </message>
        <message>
            <source>cannot read the password file: {reason}</source>
            <comment>cli.password_file_unreadable</comment>
            <translation>impossible de lire le fichier de mot de passe : {reason}</translation>
        </message>
        <message>
            <source>give at least one of --title, --country-name, --date, --round-label, --credits-file, --intro-file (or --reset NAME)</source>
            <comment>cli.profile_nothing_to_set</comment>
            <translation>indiquez au moins l’une des options --title, --country-name, --date, --round-label, --credits-file, --intro-file (ou --reset NOM)</translation>
        </message>
        <message>
            <source>a follow-up round is round {round}, the one after its previous round</source>
            <comment>cli.round_of_follow_up</comment>
            <translation>un cycle de suivi est le cycle {round}, celui qui suit son cycle précédent</translation>
        </message>
        <message>
            <source>cannot read the text: {reason}</source>
            <comment>cli.text_file_unreadable</comment>
            <translation>impossible de lire le texte : {reason}</translation>
        </message>
        <message>
            <source>a comment needs some text</source>
            <comment>comment.needs_text</comment>
            <translation>un commentaire doit contenir du texte</translation>
        </message>
        <message>
            <source>no comment {id}</source>
            <comment>comment.not_found</comment>
            <translation>aucun commentaire {id}</translation>
        </message>
        <message>
            <source>{first}, or {second}</source>
            <comment>condition.alternatives</comment>
            <translation>{first}, ou {second}</translation>
        </message>
        <message>
            <source>the answer to {code}</source>
            <comment>condition.answer_to</comment>
            <translation>la réponse à {code}</translation>
        </message>
        <message>
            <source>the answer to {code} ({question})</source>
            <comment>condition.answer_to_text</comment>
            <translation>la réponse à {code} ({question})</translation>
        </message>
        <message>
            <source>{question} is answered</source>
            <comment>condition.answered</comment>
            <translation>{question} a une réponse</translation>
        </message>
        <message>
            <source>this question is asked only with certain answers to {codes}.</source>
            <comment>condition.asked_generic</comment>
            <translation>cette question n'est posée qu'avec certaines réponses à {codes}.</translation>
        </message>
        <message>
            <source>this question is asked only when {condition}.</source>
            <comment>condition.asked_only_when</comment>
            <translation>cette question n'est posée que si {condition}.</translation>
        </message>
        <message>
            <source>{subject} is at least {value}</source>
            <comment>condition.at_least</comment>
            <translation>{subject} est au moins {value}</translation>
        </message>
        <message>
            <source>{subject} is at most {value}</source>
            <comment>condition.at_most</comment>
            <translation>{subject} est au plus {value}</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <comment>condition.both</comment>
            <translation>{first} et {second}</translation>
        </message>
        <message>
            <source>the number of choices in {answer}</source>
            <comment>condition.count_of</comment>
            <translation>le nombre de choix dans {answer}</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <comment>condition.either</comment>
            <translation>{first} ou {second}</translation>
        </message>
        <message>
            <source>{subject} is {value}</source>
            <comment>condition.is</comment>
            <translation>{subject} est {value}</translation>
        </message>
        <message>
            <source>{subject} is not {value}</source>
            <comment>condition.is_not</comment>
            <translation>{subject} n'est pas {value}</translation>
        </message>
        <message>
            <source>{subject} is less than {value}</source>
            <comment>condition.less</comment>
            <translation>{subject} est inférieure à {value}</translation>
        </message>
        <message>
            <source>{subject} is more than {value}</source>
            <comment>condition.more</comment>
            <translation>{subject} est supérieure à {value}</translation>
        </message>
        <message>
            <source>{first} nor {second}</source>
            <comment>condition.neither</comment>
            <translation>{first} ni {second}</translation>
        </message>
        <message>
            <source>{subject} is neither {values}</source>
            <comment>condition.none_of</comment>
            <translation>{subject} n'est ni {values}</translation>
        </message>
        <message>
            <source>it is not the case that {condition}</source>
            <comment>condition.not</comment>
            <translation>il n'est pas vrai que {condition}</translation>
        </message>
        <message>
            <source>{question} is not answered</source>
            <comment>condition.not_answered</comment>
            <translation>{question} n'a pas de réponse</translation>
        </message>
        <message>
            <source>{answer} does not include {value}</source>
            <comment>condition.not_selected</comment>
            <translation>{answer} ne comprend pas {value}</translation>
        </message>
        <message>
            <source>the answer to {code} is now {answer}.</source>
            <comment>condition.now_answer</comment>
            <translation>la réponse à {code} est actuellement {answer}.</translation>
        </message>
        <message>
            <source>{code} is itself not asked with the answers so far.</source>
            <comment>condition.now_not_asked</comment>
            <translation>{code} n'est lui-même pas posé avec les réponses actuelles.</translation>
        </message>
        <message>
            <source>{code} is not answered yet.</source>
            <comment>condition.now_unanswered</comment>
            <translation>{code} n'a pas encore de réponse.</translation>
        </message>
        <message>
            <source>{subject} is {values}</source>
            <comment>condition.one_of</comment>
            <translation>{subject} est {values}</translation>
        </message>
        <message>
            <source>question {code}</source>
            <comment>condition.question</comment>
            <translation>la question {code}</translation>
        </message>
        <message>
            <source>question {code} ({question})</source>
            <comment>condition.question_text</comment>
            <translation>la question {code} ({question})</translation>
        </message>
        <message>
            <source>“{text}”</source>
            <comment>condition.quoted</comment>
            <translation>« {text} »</translation>
        </message>
        <message>
            <source>{answer} includes {value}</source>
            <comment>condition.selected</comment>
            <translation>{answer} comprend {value}</translation>
        </message>
        <message>
            <source>the folder {folder} holds other files ({files}): choose a new or empty folder</source>
            <comment>consolidate.csv_foreign_files</comment>
            <translation>le dossier {folder} contient d'autres fichiers ({files}) : choisissez un dossier nouveau ou vide</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder</source>
            <comment>consolidate.csv_not_a_folder</comment>
            <translation>{folder} est un fichier, pas un dossier</translation>
        </message>
        <message>
            <source>give at least one status, or all</source>
            <comment>consolidate.no_status</comment>
            <translation>indiquez au moins un statut, ou all</translation>
        </message>
        <message>
            <source>nothing to consolidate: give one or more databases</source>
            <comment>consolidate.nothing</comment>
            <translation>rien à consolider : indiquez une ou plusieurs bases de données</translation>
        </message>
        <message>
            <source>the questionnaires have {n} questions in all, more than one Excel sheet has columns for; consolidate fewer frameworks at once</source>
            <comment>consolidate.too_many_columns</comment>
            <translation>les questionnaires comptent {n} questions au total, plus qu'une feuille Excel ne peut contenir de colonnes ; consolidez moins de questionnaires à la fois</translation>
        </message>
        <message>
            <source>{status} is not an assessment status; give some of {statuses}, or all</source>
            <comment>consolidate.unknown_status</comment>
            <translation>{status} n'est pas un statut d'évaluation ; indiquez-en parmi {statuses}, ou all</translation>
        </message>
        <message>
            <source>{code} was changed in the assessment after the workbook was read: read it again to see the changes</source>
            <comment>contribution.changed_since</comment>
            <translation>{code} a été modifiée dans l’évaluation après la lecture du classeur : relisez-le pour voir les changements</translation>
        </message>
        <message>
            <source>the workbook's hidden record does not match its structure (it was edited or copied from another workbook): export a new workbook</source>
            <comment>contribution.checksum</comment>
            <translation>l’enregistrement caché du classeur ne correspond pas à sa structure (il a été modifié ou copié d’un autre classeur) : exportez un nouveau classeur</translation>
        </message>
        <message>
            <source>{file} cannot be read as a workbook ({detail})</source>
            <comment>contribution.damaged</comment>
            <translation>{file} ne peut pas être lu comme un classeur ({detail})</translation>
        </message>
        <message>
            <source>{code} is given twice (also in row {row})</source>
            <comment>contribution.duplicate_code</comment>
            <translation>{code} figure deux fois (aussi à la ligne {row})</translation>
        </message>
        <message>
            <source>this evidence row has no question code</source>
            <comment>contribution.evidence_no_code</comment>
            <translation>cette ligne de source n’a pas de code de question</translation>
        </message>
        <message>
            <source>this evidence row has no title</source>
            <comment>contribution.evidence_no_title</comment>
            <translation>cette ligne de source n’a pas de titre</translation>
        </message>
        <message>
            <source>there is no file {file}</source>
            <comment>contribution.file_not_found</comment>
            <translation>le fichier {file} n’existe pas</translation>
        </message>
        <message>
            <source>this contribution workbook has layout {found}; this version of MGI Desktop reads layout {expected}</source>
            <comment>contribution.format_unknown</comment>
            <translation>ce classeur de contribution suit la présentation {found} ; cette version de MGI Desktop lit la présentation {expected}</translation>
        </message>
        <message>
            <source>the column {column} is missing from the sheet {sheet} (was its header changed?)</source>
            <comment>contribution.no_column</comment>
            <translation>la colonne {column} manque dans la feuille {sheet} (son en-tête a-t-il été modifié ?)</translation>
        </message>
        <message>
            <source>the sheet {sheet} is missing (was it renamed or deleted?)</source>
            <comment>contribution.no_sheet</comment>
            <translation>la feuille {sheet} manque (a-t-elle été renommée ou supprimée ?)</translation>
        </message>
        <message>
            <source>{value} is not one of the answers ({choices})</source>
            <comment>contribution.not_a_choice</comment>
            <translation>{value} ne fait pas partie des réponses ({choices})</translation>
        </message>
        <message>
            <source>{file} is not a contribution workbook made by MGI Desktop (its hidden sheet is missing); export one for the contributor and have them fill that in</source>
            <comment>contribution.not_a_contribution</comment>
            <translation>{file} n’est pas un classeur de contribution créé par MGI Desktop (sa feuille cachée manque) ; exportez-en un pour le contributeur et faites-le remplir</translation>
        </message>
        <message>
            <source>{value} is not a kind of evidence ({kinds})</source>
            <comment>contribution.not_a_kind</comment>
            <translation>{value} n’est pas un type de source ({kinds})</translation>
        </message>
        <message>
            <source>{value} is not a web address</source>
            <comment>contribution.not_an_address</comment>
            <translation>{value} n’est pas une adresse web</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx): open it in Excel or LibreOffice and save it as .xlsx</source>
            <comment>contribution.not_xlsx</comment>
            <translation>{file} n’est pas un classeur Excel (.xlsx) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx</translation>
        </message>
        <message>
            <source>{contributor} has no questions assigned in this assessment; assign some first</source>
            <comment>contribution.nothing_assigned</comment>
            <translation>{contributor} n’a aucune question attribuée dans cette évaluation ; attribuez-en d’abord</translation>
        </message>
        <message>
            <source>{file} is an OpenDocument spreadsheet (.ods): open it in LibreOffice and use File ▸ Save As with the type “Excel 2007-365 (.xlsx)”, then import that file</source>
            <comment>contribution.ods</comment>
            <translation>{file} est un classeur OpenDocument (.ods) : ouvrez-le dans LibreOffice, Fichier ▸ Enregistrer sous avec le type « Excel 2007-365 (.xlsx) », puis importez ce fichier</translation>
        </message>
        <message>
            <source>{file} is an old Excel workbook (.xls): open it in Excel or LibreOffice and save it as “Excel Workbook (.xlsx)”, then import that file</source>
            <comment>contribution.old_xls</comment>
            <translation>{file} est un ancien classeur Excel (.xls) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le en « Classeur Excel (.xlsx) », puis importez ce fichier</translation>
        </message>
        <message>
            <source>the workbook is for the assessment {id}, which is not in this database</source>
            <comment>contribution.other_assessment</comment>
            <translation>le classeur concerne l’évaluation {id}, qui n’est pas dans cette base de données</translation>
        </message>
        <message>
            <source>the workbook was made from the questionnaire {framework} {version}; the assessment now uses {current}: export a new workbook</source>
            <comment>contribution.outdated</comment>
            <translation>le classeur a été créé avec le questionnaire {framework} {version} ; l’évaluation utilise maintenant {current} : exportez un nouveau classeur</translation>
        </message>
        <message>
            <source>{place}: {problem}</source>
            <comment>contribution.problem_at</comment>
            <translation>{place} : {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{file} was not imported: %n problems to fix</source>
            <comment>contribution.rejected</comment>
            <translation>
                <numerusform>{file} n’a pas été importé : %n problème à corriger</numerusform>
                <numerusform>{file} n’a pas été importé : %n problèmes à corriger</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is too large for a contribution workbook ({size} MiB; the limit is {limit} MiB)</source>
            <comment>contribution.too_large</comment>
            <translation>{file} est trop volumineux pour un classeur de contribution ({size} Mio ; la limite est {limit} Mio)</translation>
        </message>
        <message>
            <source>the sheet {sheet} has more than {limit} rows</source>
            <comment>contribution.too_many_rows</comment>
            <translation>la feuille {sheet} a plus de {limit} lignes</translation>
        </message>
        <message>
            <source>{code} is not one of the questions sent in this workbook</source>
            <comment>contribution.unknown_code</comment>
            <translation>{code} ne fait pas partie des questions envoyées dans ce classeur</translation>
        </message>
        <message>
            <source>the workbook was made for the contributor {id}, who is not recorded in this database</source>
            <comment>contribution.unknown_contributor</comment>
            <translation>le classeur a été créé pour le contributeur {id}, qui n’est pas enregistré dans cette base de données</translation>
        </message>
        <message>
            <source>cannot read {file}: {reason}</source>
            <comment>contribution.unreadable</comment>
            <translation>impossible de lire {file} : {reason}</translation>
        </message>
        <message>
            <source>{value} is not a year from {low} to {high}</source>
            <comment>contribution.year_range</comment>
            <translation>{value} n’est pas une année de {low} à {high}</translation>
        </message>
        <message>
            <source>{id} matches {n} contributors; give more of the id</source>
            <comment>contributor.ambiguous</comment>
            <translation>{id} correspond à {n} contributeurs ; donnez davantage de l’identifiant</translation>
        </message>
        <message>
            <source>{code} already has a lead contributor: {other}</source>
            <comment>contributor.lead_taken</comment>
            <translation>{code} a déjà un contributeur principal : {other}</translation>
        </message>
        <message>
            <source>a contributor needs an institution (e.g. the ministry of labour)</source>
            <comment>contributor.needs_institution</comment>
            <translation>un contributeur doit avoir une institution (p. ex. le ministère du Travail)</translation>
        </message>
        <message>
            <source>no {scope} {target} in this assessment's questionnaire</source>
            <comment>contributor.no_target</comment>
            <translation>aucun élément {scope} {target} dans le questionnaire de cette évaluation</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <comment>contributor.not_a_due_date</comment>
            <translation>{value} n’est pas une date (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>{value} is not what can be assigned (domain, sub_area, question)</source>
            <comment>contributor.not_a_scope</comment>
            <translation>{value} ne peut pas être attribué (domain, sub_area, question)</translation>
        </message>
        <message>
            <source>{value} is not an e-mail address</source>
            <comment>contributor.not_an_email</comment>
            <translation>{value} n’est pas une adresse électronique</translation>
        </message>
        <message>
            <source>{scope} {target} is not assigned to {contributor}</source>
            <comment>contributor.not_assigned</comment>
            <translation>{scope} {target} n’est pas attribué à {contributor}</translation>
        </message>
        <message>
            <source>no contributor {id}</source>
            <comment>contributor.not_found</comment>
            <translation>aucun contributeur {id}</translation>
        </message>
        <message>
            <source>an empty answer is not recoded: it is never carried</source>
            <comment>crosswalk.empty_value</comment>
            <translation>une réponse vide n'est pas recodée : elle n'est jamais reprise</translation>
        </message>
        <message>
            <source>unknown crosswalk format {value} (this version reads format {known})</source>
            <comment>crosswalk.format</comment>
            <translation>format de table de correspondance inconnu {value} (cette version lit le format {known})</translation>
        </message>
        <message numerus="yes">
            <source>crosswalk has %n problems</source>
            <comment>crosswalk.has_problems</comment>
            <translation>
                <numerusform>la table de correspondance comporte %n problème</numerusform>
                <numerusform>la table de correspondance comporte %n problèmes</numerusform>
            </translation>
        </message>
        <message>
            <source>the crosswalk's '{side}' {field} is {named}, but the questionnaire's is {actual}</source>
            <comment>crosswalk.header_mismatch</comment>
            <translation>le champ {field} de « {side} » dans la table de correspondance vaut {named}, mais celui du questionnaire vaut {actual}</translation>
        </message>
        <message>
            <source>missing field {field}</source>
            <comment>crosswalk.missing</comment>
            <translation>champ manquant {field}</translation>
        </message>
        <message>
            <source>new question {code} already takes the answer of {other} (line {line})</source>
            <comment>crosswalk.new_code_twice</comment>
            <translation>la nouvelle question {code} reçoit déjà la réponse de {other} (ligne {line})</translation>
        </message>
        <message>
            <source>{value} is not a question code</source>
            <comment>crosswalk.not_a_code</comment>
            <translation>{value} n'est pas un code de question</translation>
        </message>
        <message>
            <source>'confirm' is true or false, not {value}</source>
            <comment>crosswalk.not_a_flag</comment>
            <translation>« confirm » vaut true ou false, pas {value}</translation>
        </message>
        <message>
            <source>{field} must be a list</source>
            <comment>crosswalk.not_a_list</comment>
            <translation>{field} doit être une liste</translation>
        </message>
        <message>
            <source>not a crosswalk: the file must hold a mapping</source>
            <comment>crosswalk.not_a_mapping</comment>
            <translation>ce n'est pas une table de correspondance : le fichier doit contenir un dictionnaire</translation>
        </message>
        <message>
            <source>each question of a crosswalk is a mapping with 'from' and 'to'</source>
            <comment>crosswalk.not_an_entry</comment>
            <translation>chaque question d'une table de correspondance est un dictionnaire avec « from » et « to »</translation>
        </message>
        <message>
            <source>file not found</source>
            <comment>crosswalk.not_found</comment>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <source>{value} is not a choice of new question {code} ({choices})</source>
            <comment>crosswalk.not_new_choice</comment>
            <translation>{value} n'est pas un choix de la nouvelle question {code} ({choices})</translation>
        </message>
        <message>
            <source>{value} is not a choice of old question {code} ({choices})</source>
            <comment>crosswalk.not_old_choice</comment>
            <translation>{value} n'est pas un choix de l'ancienne question {code} ({choices})</translation>
        </message>
        <message>
            <source>{value} is not an answer old question {code} can have: {reason}</source>
            <comment>crosswalk.not_old_value</comment>
            <translation>{value} n'est pas une réponse possible de l'ancienne question {code} : {reason}</translation>
        </message>
        <message>
            <source>'note' must be text</source>
            <comment>crosswalk.not_text</comment>
            <translation>« note » doit être un texte</translation>
        </message>
        <message>
            <source>old question {code} is listed twice (first on line {line})</source>
            <comment>crosswalk.old_code_twice</comment>
            <translation>l'ancienne question {code} figure deux fois (d'abord à la ligne {line})</translation>
        </message>
        <message>
            <source>file is too large for a crosswalk ({size} bytes)</source>
            <comment>crosswalk.too_large</comment>
            <translation>fichier trop volumineux pour une table de correspondance ({size} octets)</translation>
        </message>
        <message>
            <source>unknown field {field}</source>
            <comment>crosswalk.unknown_field</comment>
            <translation>champ inconnu {field}</translation>
        </message>
        <message>
            <source>no question {code} in the new questionnaire {framework}</source>
            <comment>crosswalk.unknown_new_code</comment>
            <translation>aucune question {code} dans le nouveau questionnaire {framework}</translation>
        </message>
        <message>
            <source>no question {code} in the old questionnaire {framework}</source>
            <comment>crosswalk.unknown_old_code</comment>
            <translation>aucune question {code} dans l'ancien questionnaire {framework}</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>crosswalk.unreadable</comment>
            <translation>impossible de lire le fichier : {reason}</translation>
        </message>
        <message>
            <source>'values' maps old answers to new ones</source>
            <comment>crosswalk.values_not_mapping</comment>
            <translation>« values » associe les anciennes réponses aux nouvelles</translation>
        </message>
        <message>
            <source>{value} is not a value new question {code} ({type}) can hold: {reason}</source>
            <comment>crosswalk.wrong_type</comment>
            <translation>{value} n'est pas une valeur que la nouvelle question {code} ({type}) peut recevoir : {reason}</translation>
        </message>
        <message>
            <source>the package was altered after it was encrypted</source>
            <comment>crypto.altered</comment>
            <translation>le paquet a été modifié après avoir été chiffré</translation>
        </message>
        <message>
            <source>the package's envelope names no recipient and no password</source>
            <comment>crypto.no_way_in</comment>
            <translation>l'enveloppe du paquet n'indique ni destinataire ni mot de passe</translation>
        </message>
        <message>
            <source>the package is encrypted for other people's keys ({recipients}), not for yours ({mine}); ask the sender to send it to your key</source>
            <comment>crypto.not_for_you</comment>
            <translation>le paquet est chiffré pour les clés d'autres personnes ({recipients}), pas pour la vôtre ({mine}) ; demandez à l'expéditeur de l'envoyer à votre clé</translation>
        </message>
        <message>
            <source>the package's encryption parameters are damaged</source>
            <comment>crypto.parameters_damaged</comment>
            <translation>les paramètres de chiffrement du paquet sont endommagés</translation>
        </message>
        <message>
            <source>the password is too short: use at least {n} characters</source>
            <comment>crypto.password_too_short</comment>
            <translation>le mot de passe est trop court : utilisez au moins {n} caractères</translation>
        </message>
        <message>
            <source>wrong password (or the package was altered after it was protected)</source>
            <comment>crypto.wrong_password</comment>
            <translation>mot de passe incorrect (ou le paquet a été modifié après avoir été protégé)</translation>
        </message>
        <message>
            <source>not enough space on the disk of {folder}: {needed} needed, {free} free; {kept}</source>
            <comment>disk.full</comment>
            <translation>pas assez d'espace sur le disque de {folder} : {needed} nécessaires, {free} libres ; {kept}</translation>
        </message>
        <message>
            <source>the disk of {folder} is full ({free} free); {kept}</source>
            <comment>disk.full_unknown</comment>
            <translation>le disque de {folder} est plein ({free} libres) ; {kept}</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes)</source>
            <comment>evidence.empty_file</comment>
            <translation>le fichier est vide (0 octet)</translation>
        </message>
        <message>
            <source>evidence needs a title (e.g. the name of the law or policy)</source>
            <comment>evidence.needs_title</comment>
            <translation>une source a besoin d'un titre (par exemple le nom de la loi ou de la politique)</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <comment>evidence.not_a_date</comment>
            <translation>{value} n'est pas une date (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>{value} is not a kind of evidence ({kinds})</source>
            <comment>evidence.not_a_kind</comment>
            <translation>{value} n'est pas un type de source ({kinds})</translation>
        </message>
        <message>
            <source>{value} is not a year</source>
            <comment>evidence.not_a_year</comment>
            <translation>{value} n'est pas une année</translation>
        </message>
        <message>
            <source>no evidence item {id}</source>
            <comment>evidence.not_found</comment>
            <translation>aucune source {id}</translation>
        </message>
        <message>
            <source>the file is too large to attach ({size} MiB; the limit is {limit} MiB); cite it by reference instead</source>
            <comment>evidence.too_large</comment>
            <translation>le fichier est trop volumineux pour être joint ({size} Mio ; la limite est de {limit} Mio) ; citez-le plutôt par sa référence</translation>
        </message>
        <message numerus="yes">
            <source>unknown evidence fields: {fields}</source>
            <comment>evidence.unknown_fields</comment>
            <translation>
                <numerusform>champ de source inconnu : {fields}</numerusform>
                <numerusform>champs de source inconnus : {fields}</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>evidence.unreadable</comment>
            <translation>impossible de lire le fichier : {reason}</translation>
        </message>
        <message>
            <source>refused: {reason}; nothing was imported</source>
            <comment>exchange.refused</comment>
            <translation>refusé : {reason} ; rien n'a été importé</translation>
        </message>
        <message>
            <source>Exported (UTC)</source>
            <comment>export.about.exported</comment>
            <translation>Exporté (UTC)</translation>
        </message>
        <message>
            <source>Exported with</source>
            <comment>export.about.exported_with</comment>
            <translation>Exporté avec</translation>
        </message>
        <message>
            <source>stable across copies and exchange packages</source>
            <comment>export.about.id</comment>
            <translation>stable d'une copie à l'autre et dans les paquets d'échange</translation>
        </message>
        <message>
            <source>Language</source>
            <comment>export.about.language</comment>
            <translation>Langue</translation>
        </message>
        <message>
            <source>no</source>
            <comment>export.cell.no</comment>
            <translation>non</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>export.cell.yes</comment>
            <translation>oui</translation>
        </message>
        <message>
            <source>Actor</source>
            <comment>export.column.actor</comment>
            <translation>Acteur</translation>
        </message>
        <message>
            <source>Added (UTC)</source>
            <comment>export.column.added</comment>
            <translation>Ajoutée (UTC)</translation>
        </message>
        <message>
            <source>Added by</source>
            <comment>export.column.added_by</comment>
            <translation>Ajoutée par</translation>
        </message>
        <message>
            <source>Answer code</source>
            <comment>export.column.answer_code</comment>
            <translation>Code de réponse</translation>
        </message>
        <message>
            <source>Answer label</source>
            <comment>export.column.answer_label</comment>
            <translation>Libellé de la réponse</translation>
        </message>
        <message>
            <source>Answered</source>
            <comment>export.column.answered</comment>
            <translation>Répondues</translation>
        </message>
        <message>
            <source>Assessment id</source>
            <comment>export.column.assessment_id</comment>
            <translation>Identifiant de l'évaluation</translation>
        </message>
        <message>
            <source>Author</source>
            <comment>export.column.author</comment>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Carried over</source>
            <comment>export.column.carried_over</comment>
            <translation>Reprise</translation>
        </message>
        <message>
            <source>Category</source>
            <comment>export.column.category</comment>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Changed by</source>
            <comment>export.column.changed_by</comment>
            <translation>Modifiée par</translation>
        </message>
        <message>
            <source>Code</source>
            <comment>export.column.code</comment>
            <translation>Code</translation>
        </message>
        <message>
            <source>Code list</source>
            <comment>export.column.code_list</comment>
            <translation>Liste de codes</translation>
        </message>
        <message>
            <source>Column</source>
            <comment>export.column.column</comment>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Comment</source>
            <comment>export.column.comment</comment>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Comment id</source>
            <comment>export.column.comment_id</comment>
            <translation>Identifiant du commentaire</translation>
        </message>
        <message>
            <source>Comments</source>
            <comment>export.column.comments</comment>
            <translation>Commentaires</translation>
        </message>
        <message>
            <source>Completion % (indicative completion measure, not an official MGI score)</source>
            <comment>export.column.completion</comment>
            <translation>Avancement % (mesure indicative de l'avancement, pas un score officiel des IGM)</translation>
        </message>
        <message>
            <source>Country</source>
            <comment>export.column.country</comment>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Country name</source>
            <comment>export.column.country_name</comment>
            <translation>Nom du pays</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <comment>export.column.created</comment>
            <translation>Créé (UTC)</translation>
        </message>
        <message>
            <source>Date</source>
            <comment>export.column.date</comment>
            <translation>Date</translation>
        </message>
        <message>
            <source>Domain</source>
            <comment>export.column.domain</comment>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Domain title</source>
            <comment>export.column.domain_title</comment>
            <translation>Titre du domaine</translation>
        </message>
        <message>
            <source>Don't know</source>
            <comment>export.column.dont_know</comment>
            <translation>Ne sait pas</translation>
        </message>
        <message>
            <source>Drafted</source>
            <comment>export.column.drafted</comment>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Entity</source>
            <comment>export.column.entity</comment>
            <translation>Entité</translation>
        </message>
        <message>
            <source>Entity id</source>
            <comment>export.column.entity_id</comment>
            <translation>Identifiant de l'entité</translation>
        </message>
        <message>
            <source>Event id</source>
            <comment>export.column.event_id</comment>
            <translation>Identifiant de l'événement</translation>
        </message>
        <message>
            <source>Evidence count</source>
            <comment>export.column.evidence_count</comment>
            <translation>Nombre de sources</translation>
        </message>
        <message>
            <source>Evidence id</source>
            <comment>export.column.evidence_id</comment>
            <translation>Identifiant de la source</translation>
        </message>
        <message>
            <source>Field</source>
            <comment>export.column.field</comment>
            <translation>Champ</translation>
        </message>
        <message>
            <source>File</source>
            <comment>export.column.file</comment>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Finding</source>
            <comment>export.column.finding</comment>
            <translation>Constat</translation>
        </message>
        <message>
            <source>Finding id</source>
            <comment>export.column.finding_id</comment>
            <translation>Identifiant du constat</translation>
        </message>
        <message>
            <source>Flagged</source>
            <comment>export.column.flagged</comment>
            <translation>Marquée pour suivi</translation>
        </message>
        <message>
            <source>Framework</source>
            <comment>export.column.framework</comment>
            <translation>Cadre</translation>
        </message>
        <message>
            <source>Framework version</source>
            <comment>export.column.framework_version</comment>
            <translation>Version du cadre</translation>
        </message>
        <message>
            <source>Indicator</source>
            <comment>export.column.indicator</comment>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Issuing body</source>
            <comment>export.column.issuing_body</comment>
            <translation>Organisme émetteur</translation>
        </message>
        <message>
            <source>Item</source>
            <comment>export.column.item</comment>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Justification</source>
            <comment>export.column.justification</comment>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>export.column.kind</comment>
            <translation>Type</translation>
        </message>
        <message>
            <source>Last changed (UTC)</source>
            <comment>export.column.last_changed</comment>
            <translation>Dernière modification (UTC)</translation>
        </message>
        <message>
            <source>Level</source>
            <comment>export.column.level</comment>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Locality</source>
            <comment>export.column.locality</comment>
            <translation>Localité</translation>
        </message>
        <message>
            <source>Meaning</source>
            <comment>export.column.meaning</comment>
            <translation>Signification</translation>
        </message>
        <message>
            <source>New value</source>
            <comment>export.column.new_value</comment>
            <translation>Nouvelle valeur</translation>
        </message>
        <message>
            <source>No</source>
            <comment>export.column.no</comment>
            <translation>Non</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <comment>export.column.not_applicable</comment>
            <translation>Sans objet</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>export.column.note</comment>
            <translation>Note</translation>
        </message>
        <message>
            <source>Old value</source>
            <comment>export.column.old_value</comment>
            <translation>Ancienne valeur</translation>
        </message>
        <message>
            <source>Partially</source>
            <comment>export.column.partially</comment>
            <translation>Partiellement</translation>
        </message>
        <message>
            <source>Position</source>
            <comment>export.column.position</comment>
            <translation>Position</translation>
        </message>
        <message>
            <source>Potential findings</source>
            <comment>export.column.potential_findings</comment>
            <translation>Constats : à développer davantage</translation>
        </message>
        <message>
            <source>Question</source>
            <comment>export.column.question</comment>
            <translation>Question</translation>
        </message>
        <message>
            <source>Question code</source>
            <comment>export.column.question_code</comment>
            <translation>Code de la question</translation>
        </message>
        <message>
            <source>Questionnaire version</source>
            <comment>export.column.questionnaire_version</comment>
            <translation>Version du questionnaire</translation>
        </message>
        <message>
            <source>Questions</source>
            <comment>export.column.questions</comment>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>export.column.reason</comment>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Reference</source>
            <comment>export.column.reference</comment>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Relevant</source>
            <comment>export.column.relevant</comment>
            <translation>Pertinentes</translation>
        </message>
        <message>
            <source>Resolved</source>
            <comment>export.column.resolved</comment>
            <translation>Résolu</translation>
        </message>
        <message>
            <source>Resolved (UTC)</source>
            <comment>export.column.resolved_at</comment>
            <translation>Résolu le (UTC)</translation>
        </message>
        <message>
            <source>Resolved by</source>
            <comment>export.column.resolved_by</comment>
            <translation>Résolu par</translation>
        </message>
        <message>
            <source>Review status</source>
            <comment>export.column.review_status</comment>
            <translation>Statut d'examen</translation>
        </message>
        <message>
            <source>Role</source>
            <comment>export.column.role</comment>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Round</source>
            <comment>export.column.round</comment>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>SDG 10.7.2 category</source>
            <comment>export.column.sdg_category</comment>
            <translation>Catégorie ODD 10.7.2</translation>
        </message>
        <message>
            <source>SDG 10.7.2 category label</source>
            <comment>export.column.sdg_category_label</comment>
            <translation>Libellé de la catégorie ODD 10.7.2</translation>
        </message>
        <message>
            <source>SDG 10.7.2 value</source>
            <comment>export.column.sdg_value</comment>
            <translation>Valeur ODD 10.7.2</translation>
        </message>
        <message>
            <source>Sheet</source>
            <comment>export.column.sheet</comment>
            <translation>Feuille</translation>
        </message>
        <message>
            <source>Sub-area</source>
            <comment>export.column.sub_area</comment>
            <translation>Sous-domaine</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <comment>export.column.time</comment>
            <translation>Heure (UTC)</translation>
        </message>
        <message>
            <source>Title</source>
            <comment>export.column.title</comment>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Updated (UTC)</source>
            <comment>export.column.updated</comment>
            <translation>Mis à jour (UTC)</translation>
        </message>
        <message>
            <source>URL</source>
            <comment>export.column.url</comment>
            <translation>Adresse web</translation>
        </message>
        <message>
            <source>Validation</source>
            <comment>export.column.validation</comment>
            <translation>Validation</translation>
        </message>
        <message>
            <source>Value</source>
            <comment>export.column.value</comment>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Well-developed findings</source>
            <comment>export.column.well_developed_findings</comment>
            <translation>Constats : bien développés</translation>
        </message>
        <message>
            <source>Written (UTC)</source>
            <comment>export.column.written</comment>
            <translation>Rédigé (UTC)</translation>
        </message>
        <message>
            <source>Year</source>
            <comment>export.column.year</comment>
            <translation>Année</translation>
        </message>
        <message>
            <source>Yes</source>
            <comment>export.column.yes</comment>
            <translation>Oui</translation>
        </message>
        <message>
            <source>this sheet: the inputs, the filters, what each sheet holds, what the columns mean</source>
            <comment>export.consolidate.about_about</comment>
            <translation>cette feuille : les entrées, les filtres, le contenu de chaque feuille, le sens des colonnes</translation>
        </message>
        <message>
            <source>All compl. %</source>
            <comment>export.consolidate.all_completion</comment>
            <translation>Tous : avanc. %</translation>
        </message>
        <message>
            <source>All no</source>
            <comment>export.consolidate.all_no</comment>
            <translation>Tous : non</translation>
        </message>
        <message>
            <source>All partially</source>
            <comment>export.consolidate.all_partially</comment>
            <translation>Tous : partiellement</translation>
        </message>
        <message>
            <source>All yes</source>
            <comment>export.consolidate.all_yes</comment>
            <translation>Tous : oui</translation>
        </message>
        <message>
            <source>Answer rows</source>
            <comment>export.consolidate.answer_rows</comment>
            <translation>Lignes de réponses</translation>
        </message>
        <message>
            <source>Archived</source>
            <comment>export.consolidate.archived</comment>
            <translation>Archivée</translation>
        </message>
        <message>
            <source>TRUE when the assessment is archived in the database it came from</source>
            <comment>export.consolidate.archived_about</comment>
            <translation>TRUE lorsque l'évaluation est archivée dans la base de données d'où elle provient</translation>
        </message>
        <message>
            <source>excluded</source>
            <comment>export.consolidate.archived_excluded</comment>
            <translation>exclues</translation>
        </message>
        <message>
            <source>included</source>
            <comment>export.consolidate.archived_included</comment>
            <translation>incluses</translation>
        </message>
        <message>
            <source>Assessment title</source>
            <comment>export.consolidate.assessment_title</comment>
            <translation>Titre de l'évaluation</translation>
        </message>
        <message>
            <source>Assessments</source>
            <comment>export.consolidate.assessments</comment>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>well_developed or potential (area with potential for further development)</source>
            <comment>export.consolidate.category_about</comment>
            <translation>well_developed ou potential (domaine présentant un potentiel de développement)</translation>
        </message>
        <message>
            <source>Column: {header}</source>
            <comment>export.consolidate.column_line</comment>
            <translation>Colonne : {header}</translation>
        </message>
        <message>
            <source>a row per assessment, the domains across: counts of yes, partially and no answers and the completion per domain</source>
            <comment>export.consolidate.countries_about</comment>
            <translation>une ligne par évaluation, les domaines en colonnes : nombre de réponses oui, partiellement et non et avancement par domaine</translation>
        </message>
        <message>
            <source>ISO 3166-1 alpha-3</source>
            <comment>export.consolidate.country_about</comment>
            <translation>ISO 3166-1 alpha-3</translation>
        </message>
        <message>
            <source>Answers per assessment, all domains</source>
            <comment>export.consolidate.country_chart_title</comment>
            <translation>Réponses par évaluation, tous domaines</translation>
        </message>
        <message>
            <source>CSV files</source>
            <comment>export.consolidate.csv_files</comment>
            <translation>Fichiers CSV</translation>
        </message>
        <message>
            <source>D{domain} compl. %</source>
            <comment>export.consolidate.d_completion</comment>
            <translation>D{domain} avanc. %</translation>
        </message>
        <message>
            <source>answered / relevant x 100 in domain {domain}; indicative, not an official MGI score</source>
            <comment>export.consolidate.d_completion_about</comment>
            <translation>répondues / pertinentes x 100 dans le domaine {domain} ; indicatif, pas un score officiel des IGM</translation>
        </message>
        <message>
            <source>D{domain} no</source>
            <comment>export.consolidate.d_no</comment>
            <translation>D{domain} non</translation>
        </message>
        <message>
            <source>relevant questions of domain {domain} answered 'no'</source>
            <comment>export.consolidate.d_no_about</comment>
            <translation>questions pertinentes du domaine {domain} répondues « non »</translation>
        </message>
        <message>
            <source>D{domain} partially</source>
            <comment>export.consolidate.d_partially</comment>
            <translation>D{domain} partiellement</translation>
        </message>
        <message>
            <source>relevant questions of domain {domain} answered 'partially'</source>
            <comment>export.consolidate.d_partially_about</comment>
            <translation>questions pertinentes du domaine {domain} répondues « partiellement »</translation>
        </message>
        <message>
            <source>D{domain} yes</source>
            <comment>export.consolidate.d_yes</comment>
            <translation>D{domain} oui</translation>
        </message>
        <message>
            <source>relevant questions of domain {domain} answered 'yes'</source>
            <comment>export.consolidate.d_yes_about</comment>
            <translation>questions pertinentes du domaine {domain} répondues « oui »</translation>
        </message>
        <message>
            <source>D{domain}</source>
            <comment>export.consolidate.domain_line</comment>
            <translation>D{domain}</translation>
        </message>
        <message>
            <source>a row per assessment and domain (and one for all domains): counts of answers, completion, findings; the CSV file leaves out the all-domains rows</source>
            <comment>export.consolidate.domains_about</comment>
            <translation>une ligne par évaluation et par domaine (et une pour tous les domaines) : nombre de réponses, avancement, constats ; le fichier CSV omet les lignes « tous les domaines »</translation>
        </message>
        <message>
            <source>an assessment found in several inputs (same id) is counted once: the copy with the latest revision is used, the others are listed in the Duplicates sheet</source>
            <comment>export.consolidate.duplicates_about</comment>
            <translation>une évaluation présente dans plusieurs entrées (même identifiant) n'est comptée qu'une fois : la copie de la révision la plus récente est utilisée, les autres sont listées dans la feuille Doublons</translation>
        </message>
        <message>
            <source>a row per evidence item: kind, title, reference, year, address</source>
            <comment>export.consolidate.evidence_about</comment>
            <translation>une ligne par source : type, titre, référence, année, adresse</translation>
        </message>
        <message>
            <source>Excluded by the filters</source>
            <comment>export.consolidate.excluded</comment>
            <translation>Exclues par les filtres</translation>
        </message>
        <message>
            <source>each filter's count is what it leaves out on its own (an archived draft counts under both); the total counts each assessment once, after duplicates are set aside</source>
            <comment>export.consolidate.excluded_about</comment>
            <translation>le nombre de chaque filtre est ce qu'il exclut à lui seul (un brouillon archivé compte pour les deux) ; le total compte chaque évaluation une fois, une fois les doublons écartés</translation>
        </message>
        <message>
            <source>Excluded as archived</source>
            <comment>export.consolidate.excluded_as_archived</comment>
            <translation>Exclues car archivées</translation>
        </message>
        <message>
            <source>Excluded by status</source>
            <comment>export.consolidate.excluded_by_status</comment>
            <translation>Exclues par le statut</translation>
        </message>
        <message>
            <source>Filter: archived assessments</source>
            <comment>export.consolidate.filter_archived</comment>
            <translation>Filtre : évaluations archivées</translation>
        </message>
        <message>
            <source>Filter: statuses included</source>
            <comment>export.consolidate.filter_statuses</comment>
            <translation>Filtre : statuts retenus</translation>
        </message>
        <message>
            <source>a row per finding, by assessment and domain, well-developed first, in the profile's order</source>
            <comment>export.consolidate.findings_about</comment>
            <translation>une ligne par constat, par évaluation et par domaine, les domaines bien développés d'abord, dans l'ordre du profil</translation>
        </message>
        <message>
            <source>Assessments found</source>
            <comment>export.consolidate.found</comment>
            <translation>Évaluations trouvées</translation>
        </message>
        <message>
            <source>Input</source>
            <comment>export.consolidate.input</comment>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>a row per input file: assessments found, used, left out as duplicates or by the filters</source>
            <comment>export.consolidate.inputs_about</comment>
            <translation>une ligne par fichier d'entrée : évaluations trouvées, utilisées, écartées comme doublons ou par les filtres</translation>
        </message>
        <message>
            <source>a row per answer with a justification, its full text</source>
            <comment>export.consolidate.justifications_about</comment>
            <translation>une ligne par réponse justifiée, avec le texte complet de la justification</translation>
        </message>
        <message>
            <source>Kept from</source>
            <comment>export.consolidate.kept_from</comment>
            <translation>Conservée depuis</translation>
        </message>
        <message>
            <source>Kept revision</source>
            <comment>export.consolidate.kept_revision</comment>
            <translation>Révision conservée</translation>
        </message>
        <message>
            <source>law, regulation, policy, plan, agreement, report, website, interview or other</source>
            <comment>export.consolidate.kind_about</comment>
            <translation>law, regulation, policy, plan, agreement, report, website, interview ou other</translation>
        </message>
        <message>
            <source>national or local</source>
            <comment>export.consolidate.level_about</comment>
            <translation>national ou local</translation>
        </message>
        <message>
            <source>Linked questions</source>
            <comment>export.consolidate.linked</comment>
            <translation>Questions liées</translation>
        </message>
        <message>
            <source>the question codes the finding is linked to, separated by ';'</source>
            <comment>export.consolidate.linked_about</comment>
            <translation>les codes des questions liées au constat, séparés par « ; »</translation>
        </message>
        <message>
            <source>a row per assessment and question: the answer code and label, its review status</source>
            <comment>export.consolidate.long_about</comment>
            <translation>une ligne par évaluation et par question : code et libellé de la réponse, statut d'examen</translation>
        </message>
        <message>
            <source>a row per assessment, a column per question code; cells hold the answer codes</source>
            <comment>export.consolidate.matrix_about</comment>
            <translation>une ligne par évaluation, une colonne par code de question ; les cellules contiennent les codes de réponse</translation>
        </message>
        <message>
            <source>Duplicates not used</source>
            <comment>export.consolidate.not_used</comment>
            <translation>Doublons non utilisés</translation>
        </message>
        <message>
            <source>Not used from</source>
            <comment>export.consolidate.not_used_from</comment>
            <translation>Non utilisée depuis</translation>
        </message>
        <message>
            <source>Not used revision</source>
            <comment>export.consolidate.not_used_revision</comment>
            <translation>Révision non utilisée</translation>
        </message>
        <message>
            <source>Official name</source>
            <comment>export.consolidate.official_name</comment>
            <translation>Nom officiel</translation>
        </message>
        <message>
            <source>the country's name as its profile prints it when set (Profile details), else its official name (ISO 3166, in English)</source>
            <comment>export.consolidate.official_name_about</comment>
            <translation>le nom du pays tel que son profil l'imprime s'il est défini (Détails du profil), sinon son nom officiel (ISO 3166, en anglais)</translation>
        </message>
        <message>
            <source>Tables of the consolidated Migration Governance Indicators assessments, one CSV file per table, joined on assessment_id. Text that starts with = + - @, a tab or a carriage return is written with a leading apostrophe (') so that spreadsheets do not run it as a formula; remove it when reading if needed.</source>
            <comment>export.consolidate.package_about</comment>
            <translation>Tableaux des évaluations consolidées des Indicateurs de gouvernance des migrations, un fichier CSV par tableau, reliés par assessment_id. Le texte qui commence par = + - @, une tabulation ou un retour chariot est écrit précédé d'une apostrophe (') afin que les tableurs ne l'exécutent pas comme une formule ; retirez-la à la lecture si besoin.</translation>
        </message>
        <message>
            <source>MGI consolidated assessments</source>
            <comment>export.consolidate.package_title</comment>
            <translation>Évaluations IGM consolidées</translation>
        </message>
        <message>
            <source>Percentages</source>
            <comment>export.consolidate.percentages</comment>
            <translation>Pourcentages</translation>
        </message>
        <message>
            <source>completion percentages are an indicative completion measure, not an official MGI score</source>
            <comment>export.consolidate.percentages_about</comment>
            <translation>les pourcentages d'avancement sont une mesure indicative de l'avancement, pas un score officiel des IGM</translation>
        </message>
        <message>
            <source>Country summary</source>
            <comment>export.consolidate.sheet_countries</comment>
            <translation>Synthèse par pays</translation>
        </message>
        <message>
            <source>Domain summary</source>
            <comment>export.consolidate.sheet_domains</comment>
            <translation>Synthèse par domaine</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <comment>export.consolidate.sheet_duplicates</comment>
            <translation>Doublons</translation>
        </message>
        <message>
            <source>Evidence</source>
            <comment>export.consolidate.sheet_evidence</comment>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Findings</source>
            <comment>export.consolidate.sheet_findings</comment>
            <translation>Constats</translation>
        </message>
        <message>
            <source>Inputs</source>
            <comment>export.consolidate.sheet_inputs</comment>
            <translation>Entrées</translation>
        </message>
        <message>
            <source>Justifications</source>
            <comment>export.consolidate.sheet_justifications</comment>
            <translation>Justifications</translation>
        </message>
        <message>
            <source>Sheet: {sheet}</source>
            <comment>export.consolidate.sheet_line</comment>
            <translation>Feuille : {sheet}</translation>
        </message>
        <message>
            <source>Answers (long)</source>
            <comment>export.consolidate.sheet_long</comment>
            <translation>Réponses (format long)</translation>
        </message>
        <message>
            <source>Matrix (wide)</source>
            <comment>export.consolidate.sheet_matrix</comment>
            <translation>Matrice (format large)</translation>
        </message>
        <message>
            <source>Domain totals</source>
            <comment>export.consolidate.sheet_totals</comment>
            <translation>Totaux par domaine</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>export.consolidate.status</comment>
            <translation>Statut</translation>
        </message>
        <message>
            <source>the assessment's status: draft, submitted, in_review, returned, resubmitted, validated or approved</source>
            <comment>export.consolidate.status_about</comment>
            <translation>le statut de l'évaluation : draft, submitted, in_review, returned, resubmitted, validated ou approved</translation>
        </message>
        <message>
            <source>a row per domain: the answers of every assessment consolidated, added up</source>
            <comment>export.consolidate.totals_about</comment>
            <translation>une ligne par domaine : les réponses de toutes les évaluations consolidées, additionnées</translation>
        </message>
        <message>
            <source>the address as typed, plain text (never a live link)</source>
            <comment>export.consolidate.url_about</comment>
            <translation>l'adresse telle que saisie, en texte brut (jamais un lien actif)</translation>
        </message>
        <message>
            <source>Assessments used</source>
            <comment>export.consolidate.used</comment>
            <translation>Évaluations utilisées</translation>
        </message>
        <message>
            <source>what the validation is worth, checked against the keys trusted by whoever consolidated: 'signed' only when a reviewer key they trust signed it, it is not the focal point's own key, the signature verifies and the answers are those it signed (the codes are listed below)</source>
            <comment>export.consolidate.validation_about</comment>
            <translation>ce que vaut la validation, vérifiée au regard des clés auxquelles se fie la personne qui a consolidé : « signed » uniquement lorsqu'une clé d'examinateur de confiance l'a signée, qu'il ne s'agit pas de la propre clé du point focal, que la signature se vérifie et que les réponses sont celles qui ont été signées (les codes sont listés ci-dessous)</translation>
        </message>
        <message>
            <source>Validation details</source>
            <comment>export.consolidate.validation_details</comment>
            <translation>Détails de la validation</translation>
        </message>
        <message>
            <source>the validation's standing in words, naming the key's holder or the key</source>
            <comment>export.consolidate.validation_details_about</comment>
            <translation>la situation de la validation en toutes lettres, avec le titulaire de la clé ou la clé</translation>
        </message>
        <message>
            <source>Validation key</source>
            <comment>export.consolidate.validation_key</comment>
            <translation>Clé de validation</translation>
        </message>
        <message>
            <source>the fingerprint of the key that signed the validation (64 hex digits; people compare the first 20)</source>
            <comment>export.consolidate.validation_key_about</comment>
            <translation>l'empreinte de la clé qui a signé la validation (64 chiffres hexadécimaux ; on compare les 20 premiers)</translation>
        </message>
        <message>
            <source>Validation: {mark}</source>
            <comment>export.consolidate.validation_line</comment>
            <translation>Validation : {mark}</translation>
        </message>
        <message>
            <source>Validations</source>
            <comment>export.consolidate.validations</comment>
            <translation>Validations</translation>
        </message>
        <message>
            <source>Validation warnings</source>
            <comment>export.consolidate.warnings</comment>
            <translation>Alertes de validation</translation>
        </message>
        <message>
            <source>assessments used from this input that claim a validation not backed as 'signed' (see the Validation column)</source>
            <comment>export.consolidate.warnings_about</comment>
            <translation>évaluations utilisées de cette entrée qui revendiquent une validation non attestée comme « signed » (voir la colonne Validation)</translation>
        </message>
        <message>
            <source>Your answer</source>
            <comment>export.contribution.column.answer</comment>
            <translation>Votre réponse</translation>
        </message>
        <message>
            <source>Asked when</source>
            <comment>export.contribution.column.asked_when</comment>
            <translation>Posée quand</translation>
        </message>
        <message>
            <source>Code</source>
            <comment>export.contribution.column.code</comment>
            <translation>Code</translation>
        </message>
        <message>
            <source>Comment to the focal point</source>
            <comment>export.contribution.column.comment</comment>
            <translation>Commentaire au point focal</translation>
        </message>
        <message>
            <source>Answer in the assessment now</source>
            <comment>export.contribution.column.current</comment>
            <translation>Réponse actuelle dans l’évaluation</translation>
        </message>
        <message>
            <source>Guidance</source>
            <comment>export.contribution.column.guidance</comment>
            <translation>Orientations</translation>
        </message>
        <message>
            <source>Justification</source>
            <comment>export.contribution.column.justification</comment>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>export.contribution.column.kind</comment>
            <translation>Type</translation>
        </message>
        <message>
            <source>Question</source>
            <comment>export.contribution.column.question</comment>
            <translation>Question</translation>
        </message>
        <message>
            <source>Reference</source>
            <comment>export.contribution.column.reference</comment>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Title</source>
            <comment>export.contribution.column.title</comment>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Web address</source>
            <comment>export.contribution.column.url</comment>
            <translation>Adresse web</translation>
        </message>
        <message>
            <source>Year</source>
            <comment>export.contribution.column.year</comment>
            <translation>Année</translation>
        </message>
        <message>
            <source>Several answers: separate them with ;</source>
            <comment>export.contribution.hint.multiple</comment>
            <translation>Plusieurs réponses : séparez-les par ;</translation>
        </message>
        <message>
            <source>On the sheet “{answers}”, give each answer in the column “{answer}”: pick it from the drop-down list, or type it. Say why in “{justification}”, citing laws, policies or sources.</source>
            <comment>export.contribution.instructions.answer</comment>
            <translation>Sur la feuille « {answers} », donnez chaque réponse dans la colonne « {answer} » : choisissez-la dans la liste déroulante ou saisissez-la. Dites pourquoi dans « {justification} », en citant lois, politiques ou sources.</translation>
        </message>
        <message>
            <source>Some questions are asked only with certain answers to others: “{asked_when}” says when. Leave a question that is not asked empty.</source>
            <comment>export.contribution.instructions.asked_when</comment>
            <translation>Certaines questions ne sont posées qu’avec certaines réponses à d’autres : « {asked_when} » dit quand. Laissez vide une question qui n’est pas posée.</translation>
        </message>
        <message>
            <source>Please return it by {due}.</source>
            <comment>export.contribution.instructions.due</comment>
            <translation>Merci de le renvoyer d’ici le {due}.</translation>
        </message>
        <message>
            <source>An empty cell changes nothing: the assessment keeps what it holds.</source>
            <comment>export.contribution.instructions.empty</comment>
            <translation>Une cellule vide ne change rien : l’évaluation garde ce qu’elle contient.</translation>
        </message>
        <message>
            <source>On the sheet “{evidence}”, add one row per source: the question's code, its kind, title, reference, year and web address. Add as many rows as you need.</source>
            <comment>export.contribution.instructions.evidence</comment>
            <translation>Sur la feuille « {evidence} », ajoutez une ligne par source : le code de la question, le type, le titre, la référence, l’année et l’adresse web. Ajoutez autant de lignes que nécessaire.</translation>
        </message>
        <message>
            <source>This workbook holds the questions of the assessment “{title}” given to {contributor}.</source>
            <comment>export.contribution.instructions.intro</comment>
            <translation>Ce classeur contient les questions de l’évaluation « {title} » confiées à {contributor}.</translation>
        </message>
        <message>
            <source>Where several answers may be chosen, write them in one cell separated by semicolons (;).</source>
            <comment>export.contribution.instructions.multiple</comment>
            <translation>Lorsque plusieurs réponses sont possibles, écrivez-les dans une cellule, séparées par des points-virgules (;).</translation>
        </message>
        <message>
            <source>Codes and questions are protected without a password so they are not changed by mistake; you may sort, filter, format and add columns. Do not rename the sheets or their column headers.</source>
            <comment>export.contribution.instructions.protection</comment>
            <translation>Les codes et les questions sont protégés sans mot de passe pour ne pas être modifiés par erreur ; vous pouvez trier, filtrer, mettre en forme et ajouter des colonnes. Ne renommez pas les feuilles ni leurs en-têtes de colonnes.</translation>
        </message>
        <message>
            <source>Save the workbook as .xlsx (Excel or LibreOffice) and send it back to the focal point, {focal_point}.</source>
            <comment>export.contribution.instructions.return</comment>
            <translation>Enregistrez le classeur au format .xlsx (Excel ou LibreOffice) et renvoyez-le au point focal, {focal_point}.</translation>
        </message>
        <message>
            <source>Answers</source>
            <comment>export.contribution.sheet.answers</comment>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>Evidence</source>
            <comment>export.contribution.sheet.evidence</comment>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Instructions</source>
            <comment>export.contribution.sheet.instructions</comment>
            <translation>Consignes</translation>
        </message>
        <message>
            <source>indicative completion measure, not an official MGI score</source>
            <comment>export.indicative</comment>
            <translation>mesure indicative de l'avancement, pas un score officiel des IGM</translation>
        </message>
        <message>
            <source>Migration Governance Indicators</source>
            <comment>export.mgi</comment>
            <translation>Indicateurs de gouvernance des migrations</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <comment>export.print.page</comment>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>About the Migration Governance Indicators</source>
            <comment>export.profile.about</comment>
            <translation>À propos des Indicateurs de gouvernance des migrations</translation>
        </message>
        <message>
            <source>The Local MGI adapt the indicators to cities, municipalities and provinces, within the competences of local authorities.</source>
            <comment>export.profile.about_local_text</comment>
            <translation>Les IGM au niveau local adaptent les indicateurs aux villes, aux communes et aux provinces, dans les limites des compétences des autorités locales.</translation>
        </message>
        <message>
            <source>The Migration Governance Indicators (MGI) are a policy-benchmarking tool led by the International Organization for Migration (IOM). They help governments take stock of their migration governance structures. The MGI look at policy and institutional frameworks: the laws, policies, strategies and institutions that are in place, not how they are implemented in practice or what results they achieve. The MGI are not a ranking: they show well-developed areas and areas with potential for further development, to support a dialogue on migration governance and on progress towards target 10.7 of the Sustainable Development Goals.</source>
            <comment>export.profile.about_text</comment>
            <translation>Les Indicateurs de gouvernance des migrations (IGM) sont un outil d'analyse comparative des politiques piloté par l'Organisation internationale pour les migrations (OIM). Ils aident les gouvernements à faire le point sur leurs structures de gouvernance des migrations. Les IGM portent sur les cadres politiques et institutionnels : les lois, politiques, stratégies et institutions en place, et non sur la manière dont elles sont mises en œuvre dans la pratique ni sur les résultats obtenus. Les IGM ne constituent pas un classement : ils mettent en évidence les domaines bien développés et les domaines à développer davantage, afin de soutenir le dialogue sur la gouvernance des migrations et sur les progrès accomplis vers la cible 10.7 des objectifs de développement durable.</translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed since the previous round (the previous answer, then the answer now):</source>
            <comment>export.profile.changed</comment>
            <translation>
                <numerusform>%n réponse a changé depuis le cycle précédent (la réponse précédente, puis la réponse actuelle) :</numerusform>
                <numerusform>%n réponses ont changé depuis le cycle précédent (la réponse précédente, puis la réponse actuelle) :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed since round {round} (the previous answer, then the answer now):</source>
            <comment>export.profile.changed_since</comment>
            <translation>
                <numerusform>%n réponse a changé depuis le cycle {round} (la réponse précédente, puis la réponse actuelle) :</numerusform>
                <numerusform>%n réponses ont changé depuis le cycle {round} (la réponse précédente, puis la réponse actuelle) :</numerusform>
            </translation>
        </message>
        <message>
            <source>Developments since the previous round</source>
            <comment>export.profile.developments</comment>
            <translation>Évolutions depuis le cycle précédent</translation>
        </message>
        <message>
            <source>Domain {n}: {title}</source>
            <comment>export.profile.domain</comment>
            <translation>Domaine {n} : {title}</translation>
        </message>
        <message>
            <source>DRAFT — not validated</source>
            <comment>export.profile.draft_mark</comment>
            <translation>PROJET — non validé</translation>
        </message>
        <message>
            <source>Fifth Profile</source>
            <comment>export.profile.fifth</comment>
            <translation>Cinquième profil</translation>
        </message>
        <message>
            <source>First Profile</source>
            <comment>export.profile.first</comment>
            <translation>Premier profil</translation>
        </message>
        <message>
            <source>Fourth Profile</source>
            <comment>export.profile.fourth</comment>
            <translation>Quatrième profil</translation>
        </message>
        <message>
            <source>{title}, version {version}</source>
            <comment>export.profile.framework</comment>
            <translation>{title}, version {version}</translation>
        </message>
        <message>
            <source>Interview: {citation}</source>
            <comment>export.profile.interview</comment>
            <translation>Entretien : {citation}</translation>
        </message>
        <message>
            <source>Introduction</source>
            <comment>export.profile.introduction</comment>
            <translation>Introduction</translation>
        </message>
        <message>
            <source>No findings have been recorded for this domain yet.</source>
            <comment>export.profile.no_findings</comment>
            <translation>Aucune constatation n’a encore été consignée pour ce domaine.</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <comment>export.profile.none_recorded</comment>
            <translation>Aucun élément consigné.</translation>
        </message>
        <message>
            <source>not answered</source>
            <comment>export.profile.not_answered</comment>
            <translation>sans réponse</translation>
        </message>
        <message>
            <source>Now</source>
            <comment>export.profile.now_column</comment>
            <translation>Maintenant</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <comment>export.profile.page_of</comment>
            <translation>Page {n} sur {total}</translation>
        </message>
        <message>
            <source>{place} — round {n}</source>
            <comment>export.profile.place_round</comment>
            <translation>{place} — cycle {n}</translation>
        </message>
        <message>
            <source>Areas with potential for further development</source>
            <comment>export.profile.potential</comment>
            <translation>Domaines à développer davantage</translation>
        </message>
        <message>
            <source>Previous round</source>
            <comment>export.profile.previous_column</comment>
            <translation>Cycle précédent</translation>
        </message>
        <message>
            <source>The previous round is not in this database, so the answers cannot be compared here.</source>
            <comment>export.profile.previous_missing</comment>
            <translation>Le cycle précédent ne figure pas dans cette base de données : les réponses ne peuvent donc pas être comparées ici.</translation>
        </message>
        <message>
            <source>Questionnaire: {framework}</source>
            <comment>export.profile.questionnaire</comment>
            <translation>Questionnaire : {framework}</translation>
        </message>
        <message>
            <source>Round {round}</source>
            <comment>export.profile.round_column</comment>
            <translation>Cycle {round}</translation>
        </message>
        <message>
            <source>Profile, round {n}</source>
            <comment>export.profile.round_n</comment>
            <translation>Profil, cycle {n}</translation>
        </message>
        <message>
            <source>Second Profile</source>
            <comment>export.profile.second</comment>
            <translation>Deuxième profil</translation>
        </message>
        <message>
            <source>The six domains</source>
            <comment>export.profile.six_domains</comment>
            <translation>Les six domaines</translation>
        </message>
        <message>
            <source>Sixth Profile</source>
            <comment>export.profile.sixth</comment>
            <translation>Sixième profil</translation>
        </message>
        <message>
            <source>Annex: key sources</source>
            <comment>export.profile.sources</comment>
            <translation>Annexe : principales sources</translation>
        </message>
        <message>
            <source>National MGI · {round} · {date}</source>
            <comment>export.profile.subtitle</comment>
            <translation>IGM nationaux · {round} · {date}</translation>
        </message>
        <message>
            <source>Local MGI · {round} · {date}</source>
            <comment>export.profile.subtitle_local</comment>
            <translation>IGM au niveau local · {round} · {date}</translation>
        </message>
        <message>
            <source>Text</source>
            <comment>export.profile.text_column</comment>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Third Profile</source>
            <comment>export.profile.third</comment>
            <translation>Troisième profil</translation>
        </message>
        <message>
            <source>Migration Governance Profile: {place}</source>
            <comment>export.profile.title</comment>
            <translation>Profil de gouvernance des migrations : {place}</translation>
        </message>
        <message>
            <source>Migration Governance Local Profile: {place}</source>
            <comment>export.profile.title_local</comment>
            <translation>Profil local de gouvernance des migrations : {place}</translation>
        </message>
        <message>
            <source>No answer changed since the previous round.</source>
            <comment>export.profile.unchanged</comment>
            <translation>Aucune réponse n'a changé depuis le cycle précédent.</translation>
        </message>
        <message>
            <source>No answer changed since round {round}.</source>
            <comment>export.profile.unchanged_since</comment>
            <translation>Aucune réponse n'a changé depuis le cycle {round}.</translation>
        </message>
        <message>
            <source>Validation: {validation}</source>
            <comment>export.profile.validation</comment>
            <translation>Validation : {validation}</translation>
        </message>
        <message>
            <source>Migration governance: examples of well-developed areas</source>
            <comment>export.profile.well_developed</comment>
            <translation>Gouvernance des migrations : exemples de domaines bien développés</translation>
        </message>
        <message>
            <source>MGI</source>
            <comment>export.profile.wheel_centre</comment>
            <translation>IGM</translation>
        </message>
        <message>
            <source>The six domains of the Migration Governance Indicators</source>
            <comment>export.profile.wheel_title</comment>
            <translation>Les six domaines des Indicateurs de gouvernance des migrations</translation>
        </message>
        <message>
            <source>Answer (later round)</source>
            <comment>export.rounds.answer_after</comment>
            <translation>Réponse (cycle ultérieur)</translation>
        </message>
        <message>
            <source>Answer (earlier round)</source>
            <comment>export.rounds.answer_before</comment>
            <translation>Réponse (cycle antérieur)</translation>
        </message>
        <message>
            <source>Answer changed</source>
            <comment>export.rounds.answer_changed</comment>
            <translation>Réponse modifiée</translation>
        </message>
        <message>
            <source>Changed</source>
            <comment>export.rounds.changed</comment>
            <translation>Modifiée</translation>
        </message>
        <message>
            <source>Question code (later round)</source>
            <comment>export.rounds.code_after</comment>
            <translation>Code de la question (cycle ultérieur)</translation>
        </message>
        <message>
            <source>Question code (earlier round)</source>
            <comment>export.rounds.code_before</comment>
            <translation>Code de la question (cycle antérieur)</translation>
        </message>
        <message>
            <source>Earlier round</source>
            <comment>export.rounds.earlier</comment>
            <translation>Cycle antérieur</translation>
        </message>
        <message>
            <source>Earlier questionnaire</source>
            <comment>export.rounds.earlier_questionnaire</comment>
            <translation>Questionnaire antérieur</translation>
        </message>
        <message>
            <source>Evidence added</source>
            <comment>export.rounds.evidence_added</comment>
            <translation>Sources ajoutées</translation>
        </message>
        <message>
            <source>Evidence removed</source>
            <comment>export.rounds.evidence_removed</comment>
            <translation>Sources retirées</translation>
        </message>
        <message>
            <source>Justification (later round)</source>
            <comment>export.rounds.justification_after</comment>
            <translation>Justification (cycle ultérieur)</translation>
        </message>
        <message>
            <source>Justification (earlier round)</source>
            <comment>export.rounds.justification_before</comment>
            <translation>Justification (cycle antérieur)</translation>
        </message>
        <message>
            <source>Justification changed</source>
            <comment>export.rounds.justification_changed</comment>
            <translation>Justification modifiée</translation>
        </message>
        <message>
            <source>Later round</source>
            <comment>export.rounds.later</comment>
            <translation>Cycle ultérieur</translation>
        </message>
        <message>
            <source>Later questionnaire</source>
            <comment>export.rounds.later_questionnaire</comment>
            <translation>Questionnaire ultérieur</translation>
        </message>
        <message>
            <source>Questions changed</source>
            <comment>export.rounds.questions_changed</comment>
            <translation>Questions modifiées</translation>
        </message>
        <message>
            <source>Reworded</source>
            <comment>export.rounds.reworded</comment>
            <translation>Reformulée</translation>
        </message>
        <message>
            <source>Round {before} vs {after}</source>
            <comment>export.rounds.sheet</comment>
            <translation>Cycles {before} et {after}</translation>
        </message>
        <message>
            <source>Split</source>
            <comment>export.rounds.split</comment>
            <translation>Scindée</translation>
        </message>
        <message>
            <source>Still carried over</source>
            <comment>export.rounds.still_carried_over</comment>
            <translation>Toujours reprise</translation>
        </message>
        <message numerus="yes">
            <source>{changed} of %n questions changed (highlighted).</source>
            <comment>export.rounds.summary</comment>
            <translation>
                <numerusform>Questions modifiées : {changed} sur %n (surlignées).</numerusform>
                <numerusform>Questions modifiées : {changed} sur %n (surlignées).</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} — rounds {before} and {after} compared</source>
            <comment>export.rounds.title</comment>
            <translation>{title} — cycles {before} et {after} comparés</translation>
        </message>
        <message>
            <source>Round {round} validation</source>
            <comment>export.rounds.validation</comment>
            <translation>Validation du cycle {round}</translation>
        </message>
        <message>
            <source>Categories</source>
            <comment>export.sdg.about_categories</comment>
            <translation>Catégories</translation>
        </message>
        <message>
            <source>below 40: 1; 40 to below 80: 2; 80 to below 100: 3; 100: 4 (UN SDG metadata, DATA_COMP)</source>
            <comment>export.sdg.about_categories_text</comment>
            <translation>moins de 40 : 1 ; de 40 à moins de 80 : 2 ; de 80 à moins de 100 : 3 ; 100 : 4 (métadonnées ODD de l’ONU, DATA_COMP)</translation>
        </message>
        <message>
            <source>Layout</source>
            <comment>export.sdg.about_layout</comment>
            <translation>Présentation</translation>
        </message>
        <message>
            <source>Module III of the UN Inquiry among Governments on Population and Development: one question per domain, sub-categories a to e</source>
            <comment>export.sdg.about_layout_text</comment>
            <translation>Module III de l’Enquête des Nations Unies auprès des gouvernements sur la population et le développement : une question par domaine, sous-catégories a à e</translation>
        </message>
        <message>
            <source>Texts</source>
            <comment>export.sdg.about_texts</comment>
            <translation>Textes</translation>
        </message>
        <message>
            <source>the questions, sub-categories and answer options of the UN SDG metadata for indicator 10.7.2 (STAT_CONC_DEF, DATA_COMP), word for word in English; other languages are MGI Desktop's draft translations</source>
            <comment>export.sdg.about_texts_text</comment>
            <translation>les questions, sous-catégories et options de réponse des métadonnées ODD de l’ONU pour l’indicateur 10.7.2 (STAT_CONC_DEF, DATA_COMP), mot pour mot en anglais ; les autres langues sont des traductions provisoires de MGI Desktop</translation>
        </message>
        <message>
            <source>All</source>
            <comment>export.sdg.all</comment>
            <translation>Ensemble</translation>
        </message>
        <message>
            <source>All six domains (30 sub-categories)</source>
            <comment>export.sdg.all_domains</comment>
            <translation>Les six domaines (30 sous-catégories)</translation>
        </message>
        <message>
            <source>Answer to transcribe</source>
            <comment>export.sdg.column_answer</comment>
            <translation>Réponse à reporter</translation>
        </message>
        <message>
            <source>the answer option of the UN questionnaire to tick</source>
            <comment>export.sdg.column_answer_about</comment>
            <translation>l’option de réponse à cocher dans le questionnaire de l’ONU</translation>
        </message>
        <message>
            <source>Coded value</source>
            <comment>export.sdg.column_coded</comment>
            <translation>Valeur codée</translation>
        </message>
        <message>
            <source>1, 0.5 or 0 as the UN metadata codes the answer (DATA_COMP); empty when not answered</source>
            <comment>export.sdg.column_coded_about</comment>
            <translation>1, 0,5 ou 0, selon le codage de la réponse dans les métadonnées de l’ONU (DATA_COMP) ; vide en l’absence de réponse</translation>
        </message>
        <message>
            <source>Policy measure</source>
            <comment>export.sdg.column_measure</comment>
            <translation>Mesure de politique</translation>
        </message>
        <message>
            <source>Question (UN Inquiry, Module III)</source>
            <comment>export.sdg.column_question</comment>
            <translation>Question (Enquête des Nations Unies, module III)</translation>
        </message>
        <message>
            <source>Sub-category</source>
            <comment>export.sdg.column_sub_category</comment>
            <translation>Sous-catégorie</translation>
        </message>
        <message>
            <source>a domain has a value once its five sub-categories are answered, the overall value once all 30 are</source>
            <comment>export.sdg.completeness_aware_about</comment>
            <translation>un domaine a une valeur dès que ses cinq sous-catégories ont une réponse, la valeur globale dès que les 30 en ont une</translation>
        </message>
        <message>
            <source>Completeness-aware category</source>
            <comment>export.sdg.completeness_aware_category</comment>
            <translation>Catégorie selon les réponses complètes</translation>
        </message>
        <message>
            <source>Completeness-aware category name</source>
            <comment>export.sdg.completeness_aware_category_label</comment>
            <translation>Nom de la catégorie (complétude)</translation>
        </message>
        <message>
            <source>Completeness-aware value (MGI Desktop)</source>
            <comment>export.sdg.completeness_aware_value</comment>
            <translation>Valeur selon les réponses complètes (MGI Desktop)</translation>
        </message>
        <message>
            <source>Fully meets</source>
            <comment>export.sdg.fully_meets</comment>
            <translation>Répond pleinement</translation>
        </message>
        <message>
            <source>Meets</source>
            <comment>export.sdg.meets</comment>
            <translation>Répond</translation>
        </message>
        <message>
            <source>Not answered: answer it first, or the UN counts it as 0 (missing value)</source>
            <comment>export.sdg.not_answered</comment>
            <translation>Sans réponse : répondez d’abord, sinon l’ONU la compte comme 0 (valeur manquante)</translation>
        </message>
        <message>
            <source>{title} is not an SDG 10.7.2 assessment: its questionnaire ({framework}) is not scored as SDG indicator 10.7.2</source>
            <comment>export.sdg.not_sdg</comment>
            <translation>{title} n’est pas une évaluation ODD 10.7.2 : son questionnaire ({framework}) n’est pas noté selon l’indicateur ODD 10.7.2</translation>
        </message>
        <message>
            <source>the UN SDG metadata's method: a missing sub-category counts as 0 (IMPUTATION); the value the UN publishes</source>
            <comment>export.sdg.official_about</comment>
            <translation>la méthode des métadonnées ODD de l’ONU : une sous-catégorie manquante compte pour 0 (IMPUTATION) ; la valeur que publie l’ONU</translation>
        </message>
        <message>
            <source>Official-method category</source>
            <comment>export.sdg.official_category</comment>
            <translation>Catégorie selon la méthode officielle</translation>
        </message>
        <message>
            <source>Official-method category name</source>
            <comment>export.sdg.official_category_label</comment>
            <translation>Nom de la catégorie (méthode officielle)</translation>
        </message>
        <message>
            <source>Official-method value (missing = 0)</source>
            <comment>export.sdg.official_value</comment>
            <translation>Valeur selon la méthode officielle (manquante = 0)</translation>
        </message>
        <message>
            <source>Partially meets</source>
            <comment>export.sdg.partially_meets</comment>
            <translation>Répond partiellement</translation>
        </message>
        <message>
            <source>Requires further progress</source>
            <comment>export.sdg.requires_further_progress</comment>
            <translation>Exige des progrès supplémentaires</translation>
        </message>
        <message>
            <source>UN Inquiry Module III</source>
            <comment>export.sdg.sheet_module_iii</comment>
            <translation>Enquête ONU module III</translation>
        </message>
        <message>
            <source>SDG 10.7.2 values</source>
            <comment>export.sdg.sheet_values</comment>
            <translation>Valeurs ODD 10.7.2</translation>
        </message>
        <message>
            <source>Unanswered sub-categories</source>
            <comment>export.sdg.unanswered</comment>
            <translation>Sous-catégories sans réponse</translation>
        </message>
        <message>
            <source>no SDG 10.7.2 layout {layout}: open-sdg, un-global or transcription</source>
            <comment>export.sdg.unknown_layout</comment>
            <translation>aucune présentation ODD 10.7.2 nommée {layout} : open-sdg, un-global ou transcription</translation>
        </message>
        <message>
            <source>About</source>
            <comment>export.sheet.about</comment>
            <translation>À propos</translation>
        </message>
        <message>
            <source>All</source>
            <comment>export.summary.all</comment>
            <translation>Tous</translation>
        </message>
        <message>
            <source>All domains</source>
            <comment>export.summary.all_domains</comment>
            <translation>Tous les domaines</translation>
        </message>
        <message>
            <source>the stored answer: a code (see the answer codes below), codes joined by ';', a number, a date or text</source>
            <comment>export.summary.answer_code_about</comment>
            <translation>la réponse enregistrée : un code (voir les codes de réponse ci-dessous), des codes séparés par « ; », un nombre, une date ou un texte</translation>
        </message>
        <message>
            <source>the answer as the questionnaire words it</source>
            <comment>export.summary.answer_label_about</comment>
            <translation>la réponse telle que le questionnaire la formule</translation>
        </message>
        <message>
            <source>relevant questions with an answer</source>
            <comment>export.summary.answered_about</comment>
            <translation>questions pertinentes ayant une réponse</translation>
        </message>
        <message>
            <source>taken from the previous round, not yet confirmed</source>
            <comment>export.summary.carried_over_about</comment>
            <translation>reprise du cycle précédent, pas encore confirmée</translation>
        </message>
        <message>
            <source>well_developed or potential (for further development)</source>
            <comment>export.summary.category_about</comment>
            <translation>well_developed ou potential (à développer davantage)</translation>
        </message>
        <message>
            <source>Answers per domain</source>
            <comment>export.summary.chart_title</comment>
            <translation>Réponses par domaine</translation>
        </message>
        <message>
            <source>question code</source>
            <comment>export.summary.code_about</comment>
            <translation>code de la question</translation>
        </message>
        <message>
            <source>answered / relevant x 100; indicative completion measure, not an official MGI score</source>
            <comment>export.summary.completion_about</comment>
            <translation>répondues / pertinentes x 100 ; mesure indicative de l'avancement, pas un score officiel des IGM</translation>
        </message>
        <message>
            <source>ISO 3166-1 alpha-3: {code}</source>
            <comment>export.summary.country_about</comment>
            <translation>ISO 3166-1 alpha-3 : {code}</translation>
        </message>
        <message>
            <source>domain number (1-6)</source>
            <comment>export.summary.domain_about</comment>
            <translation>numéro du domaine (1-6)</translation>
        </message>
        <message>
            <source>TRUE while the finding is a draft from the answers not yet edited</source>
            <comment>export.summary.drafted_about</comment>
            <translation>TRUE tant que le constat est un brouillon tiré des réponses et pas encore modifié</translation>
        </message>
        <message>
            <source>Evidence kind</source>
            <comment>export.summary.evidence_kind_list</comment>
            <translation>Type de source</translation>
        </message>
        <message>
            <source>Finding category</source>
            <comment>export.summary.finding_category_list</comment>
            <translation>Catégorie de constat</translation>
        </message>
        <message>
            <source>Focal point</source>
            <comment>export.summary.focal_point</comment>
            <translation>Point focal</translation>
        </message>
        <message>
            <source>national or local MGI</source>
            <comment>export.summary.level_about</comment>
            <translation>IGM nationaux ou locaux</translation>
        </message>
        <message>
            <source>linked question codes, ';'</source>
            <comment>export.summary.linked_about</comment>
            <translation>codes des questions liées, « ; »</translation>
        </message>
        <message>
            <source>Notice</source>
            <comment>export.summary.notice</comment>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>a choice code of the question; its label is in '{column}'</source>
            <comment>export.summary.other_code</comment>
            <translation>un code de choix de la question ; son libellé figure dans « {column} »</translation>
        </message>
        <message>
            <source>order within its list, from 1</source>
            <comment>export.summary.position_about</comment>
            <translation>rang dans sa liste, à partir de 1</translation>
        </message>
        <message>
            <source>assessment id of the round before</source>
            <comment>export.summary.previous_about</comment>
            <translation>identifiant de l'évaluation du cycle précédent</translation>
        </message>
        <message>
            <source>Previous round</source>
            <comment>export.summary.previous_round</comment>
            <translation>Cycle précédent</translation>
        </message>
        <message>
            <source>questions in the questionnaire</source>
            <comment>export.summary.questions_about</comment>
            <translation>questions du questionnaire</translation>
        </message>
        <message>
            <source>questions that apply given the answers (skip logic)</source>
            <comment>export.summary.relevant_about</comment>
            <translation>questions applicables compte tenu des réponses (logique de saut)</translation>
        </message>
        <message>
            <source>TRUE when the question applies given the earlier answers</source>
            <comment>export.summary.relevant_answer_about</comment>
            <translation>TRUE lorsque la question s'applique compte tenu des réponses précédentes</translation>
        </message>
        <message>
            <source>see the review status codes below</source>
            <comment>export.summary.review_status_about</comment>
            <translation>voir les codes de statut d'examen ci-dessous</translation>
        </message>
        <message>
            <source>Review status</source>
            <comment>export.summary.review_status_list</comment>
            <translation>Statut d'examen</translation>
        </message>
        <message>
            <source>revision {n}</source>
            <comment>export.summary.revision</comment>
            <translation>révision {n}</translation>
        </message>
        <message>
            <source>Scoring</source>
            <comment>export.summary.scoring</comment>
            <translation>Notation</translation>
        </message>
        <message>
            <source>SDG 10.7.2 category</source>
            <comment>export.summary.sdg_category_list</comment>
            <translation>Catégorie ODD 10.7.2</translation>
        </message>
        <message>
            <source>SDG 10.7.2 as published in the UN metadata</source>
            <comment>export.summary.sdg_scoring</comment>
            <translation>ODD 10.7.2 tel que publié dans les métadonnées des Nations Unies</translation>
        </message>
        <message>
            <source>Questionnaire SHA-256</source>
            <comment>export.summary.sha</comment>
            <translation>SHA-256 du questionnaire</translation>
        </message>
        <message>
            <source>the exact questionnaire text answered</source>
            <comment>export.summary.sha_about</comment>
            <translation>le texte exact du questionnaire auquel il a été répondu</translation>
        </message>
        <message>
            <source>Answers</source>
            <comment>export.summary.sheet_answers</comment>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>Audit</source>
            <comment>export.summary.sheet_audit</comment>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <source>Comments</source>
            <comment>export.summary.sheet_comments</comment>
            <translation>Commentaires</translation>
        </message>
        <message>
            <source>Evidence</source>
            <comment>export.summary.sheet_evidence</comment>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Findings</source>
            <comment>export.summary.sheet_findings</comment>
            <translation>Constats</translation>
        </message>
        <message>
            <source>Summary</source>
            <comment>export.summary.sheet_summary</comment>
            <translation>Synthèse</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>export.summary.status</comment>
            <translation>Statut</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n arguments, {given} given in {source}</source>
            <comment>expression.arguments</comment>
            <translation>
                <numerusform>{function}() attend %n argument, mais en reçoit {given} dans {source}</numerusform>
                <numerusform>{function}() attend %n arguments, mais en reçoit {given} dans {source}</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read expression {source}</source>
            <comment>expression.unreadable</comment>
            <translation>impossible de lire l'expression {source}</translation>
        </message>
        <message>
            <source>cannot read expression {source} at column {column}</source>
            <comment>expression.unreadable_at</comment>
            <translation>impossible de lire l'expression {source} à la colonne {column}</translation>
        </message>
        <message>
            <source>cannot write the file: {reason}</source>
            <comment>file.cannot_write</comment>
            <translation>impossible d'écrire le fichier : {reason}</translation>
        </message>
        <message>
            <source>cannot write in {folder}: {reason}</source>
            <comment>file.cannot_write_in</comment>
            <translation>impossible d'écrire dans {folder} : {reason}</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <comment>file.no_folder</comment>
            <translation>le dossier {folder} n'existe pas</translation>
        </message>
        <message>
            <source>nothing was written; {file} is as it was</source>
            <comment>file.nothing_written</comment>
            <translation>rien n'a été écrit ; {file} est resté tel quel</translation>
        </message>
        <message>
            <source>{topic}: {answer}.</source>
            <comment>finding.draft_answer</comment>
            <translation>{topic} : {answer}.</translation>
        </message>
        <message>
            <source>{topic}: in place.</source>
            <comment>finding.draft_in_place</comment>
            <translation>{topic} : en place.</translation>
        </message>
        <message>
            <source>{topic}: not in place.</source>
            <comment>finding.draft_not_in_place</comment>
            <translation>{topic} : pas en place.</translation>
        </message>
        <message>
            <source>{topic}: only partly in place.</source>
            <comment>finding.draft_partly</comment>
            <translation>{topic} : en place en partie seulement.</translation>
        </message>
        <message>
            <source>findings of different assessments cannot be merged</source>
            <comment>finding.merge_across</comment>
            <translation>impossible de fusionner des constats d'évaluations différentes</translation>
        </message>
        <message>
            <source>merging needs two or more different findings</source>
            <comment>finding.merge_needs_two</comment>
            <translation>une fusion nécessite au moins deux constats différents</translation>
        </message>
        <message>
            <source>a finding needs some text</source>
            <comment>finding.needs_text</comment>
            <translation>un constat doit contenir du texte</translation>
        </message>
        <message>
            <source>no domain {number} in {framework} {version}</source>
            <comment>finding.no_domain</comment>
            <translation>aucun domaine {number} dans {framework} {version}</translation>
        </message>
        <message>
            <source>no domain {number} in {framework} {version} (domains: {numbers})</source>
            <comment>finding.no_domain_of</comment>
            <translation>aucun domaine {number} dans {framework} {version} (domaines : {numbers})</translation>
        </message>
        <message>
            <source>{value} is not a finding category (well-developed or potential)</source>
            <comment>finding.not_a_category</comment>
            <translation>{value} n'est pas une catégorie de constat (bien développé ou à développer)</translation>
        </message>
        <message>
            <source>no finding {id}</source>
            <comment>finding.not_found</comment>
            <translation>aucun constat {id}</translation>
        </message>
        <message>
            <source>the new order must list each finding of domain {domain} ({category}) exactly once</source>
            <comment>finding.order_incomplete</comment>
            <translation>le nouvel ordre doit citer chaque constat du domaine {domain} ({category}) exactement une fois</translation>
        </message>
        <message>
            <source>a finding is at most {limit} characters (this one has {size}); split it into several findings</source>
            <comment>finding.too_long</comment>
            <translation>un constat compte au plus {limit} caractères (celui-ci en compte {size}) ; répartissez-le en plusieurs constats</translation>
        </message>
        <message>
            <source>the questionnaire {sha} is missing from {database}</source>
            <comment>frameworks.missing</comment>
            <translation>le questionnaire {sha} est absent de {database}</translation>
        </message>
        <message>
            <source>your signing key file is damaged ({detail}); it was left as it is. Restore it from a copy, or move it away to make a new key (the people you exchange with must then accept the new key by comparing its fingerprint)</source>
            <comment>identity.damaged</comment>
            <translation>votre fichier de clé de signature est endommagé ({detail}) ; il a été laissé tel quel. Restaurez-le depuis une copie, ou déplacez-le ailleurs pour créer une nouvelle clé (les personnes avec qui vous échangez devront alors accepter la nouvelle clé en comparant son empreinte)</translation>
        </message>
        <message>
            <source>cannot read your signing key file: {reason}</source>
            <comment>identity.unreadable</comment>
            <translation>impossible de lire votre fichier de clé de signature : {reason}</translation>
        </message>
        <message>
            <source>the key list's signature does not verify: it was altered or damaged</source>
            <comment>keyfile.bad_list_signature</comment>
            <translation>la signature de la liste de clés n'est pas valide : elle a été modifiée ou endommagée</translation>
        </message>
        <message>
            <source>the key file's signature does not verify: it was altered or damaged</source>
            <comment>keyfile.bad_signature</comment>
            <translation>la signature du fichier de clé n'est pas valide : il a été modifié ou endommagé</translation>
        </message>
        <message>
            <source>not an MGI Desktop key file ({detail})</source>
            <comment>keyfile.not_a_key_file</comment>
            <translation>ce n'est pas un fichier de clé MGI Desktop ({detail})</translation>
        </message>
        <message>
            <source>the file is too large for a key file ({size} bytes)</source>
            <comment>keyfile.too_large</comment>
            <translation>le fichier est trop volumineux pour un fichier de clé ({size} octets)</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>keyfile.unreadable</comment>
            <translation>impossible de lire le fichier : {reason}</translation>
        </message>
        <message>
            <source>{fingerprint} matches {n} keys; give more digits</source>
            <comment>keys.ambiguous</comment>
            <translation>{fingerprint} correspond à {n} clés ; indiquez davantage de chiffres</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) added, not yet trusted: compare the fingerprint with them, then run key trust {fingerprint}</source>
            <comment>keys.imported</comment>
            <translation>la clé de {name} ({fingerprint}) a été ajoutée, mais n'est pas encore de confiance : comparez l'empreinte avec cette personne, puis lancez key trust {fingerprint}</translation>
        </message>
        <message>
            <source>{name} ({fingerprint}) is already trusted ({how})</source>
            <comment>keys.known_trusted</comment>
            <translation>la clé de {name} ({fingerprint}) est déjà de confiance ({how})</translation>
        </message>
        <message numerus="yes">
            <source>%n keys trusted from the list signed by {name}</source>
            <comment>keys.list_trusted</comment>
            <translation>
                <numerusform>%n clé de confiance ajoutée depuis la liste signée par {name}</numerusform>
                <numerusform>%n clés de confiance ajoutées depuis la liste signée par {name}</numerusform>
            </translation>
        </message>
        <message>
            <source>the key list is signed by {name} ({fingerprint}), whose key you have not trusted: compare that fingerprint with IOM, run key trust {fingerprint}, then import the list again; no key of the list was trusted</source>
            <comment>keys.list_untrusted</comment>
            <translation>la liste de clés est signée par {name} ({fingerprint}), dont la clé n'a pas reçu votre confiance : comparez cette empreinte avec l'OIM, lancez key trust {fingerprint}, puis importez de nouveau la liste ; aucune clé de la liste n'a été marquée de confiance</translation>
        </message>
        <message>
            <source>no known key has the fingerprint {fingerprint}; import its key file first (key import)</source>
            <comment>keys.no_such_key</comment>
            <translation>aucune clé connue n'a l'empreinte {fingerprint} ; importez d'abord son fichier de clé (key import)</translation>
        </message>
        <message>
            <source>give at least the {digits} digits of the short fingerprint</source>
            <comment>keys.too_short</comment>
            <translation>indiquez au moins les {digits} chiffres de l'empreinte courte</translation>
        </message>
        <message>
            <source>approved</source>
            <comment>label.assessment_status.approved</comment>
            <translation>approuvée</translation>
        </message>
        <message>
            <source>draft</source>
            <comment>label.assessment_status.draft</comment>
            <translation>brouillon</translation>
        </message>
        <message>
            <source>in review</source>
            <comment>label.assessment_status.in_review</comment>
            <translation>en examen</translation>
        </message>
        <message>
            <source>resubmitted</source>
            <comment>label.assessment_status.resubmitted</comment>
            <translation>soumise à nouveau</translation>
        </message>
        <message>
            <source>returned</source>
            <comment>label.assessment_status.returned</comment>
            <translation>renvoyée</translation>
        </message>
        <message>
            <source>submitted</source>
            <comment>label.assessment_status.submitted</comment>
            <translation>soumise</translation>
        </message>
        <message>
            <source>validated</source>
            <comment>label.assessment_status.validated</comment>
            <translation>validée</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>label.decision.accepted</comment>
            <translation>acceptée</translation>
        </message>
        <message>
            <source>returned</source>
            <comment>label.decision.returned</comment>
            <translation>renvoyée</translation>
        </message>
        <message>
            <source>received</source>
            <comment>label.direction.received</comment>
            <translation>reçu</translation>
        </message>
        <message>
            <source>sent</source>
            <comment>label.direction.sent</comment>
            <translation>envoyé</translation>
        </message>
        <message>
            <source>agreement</source>
            <comment>label.evidence_kind.agreement</comment>
            <translation>accord</translation>
        </message>
        <message>
            <source>interview</source>
            <comment>label.evidence_kind.interview</comment>
            <translation>entretien</translation>
        </message>
        <message>
            <source>law</source>
            <comment>label.evidence_kind.law</comment>
            <translation>loi</translation>
        </message>
        <message>
            <source>other</source>
            <comment>label.evidence_kind.other</comment>
            <translation>autre</translation>
        </message>
        <message>
            <source>plan</source>
            <comment>label.evidence_kind.plan</comment>
            <translation>plan</translation>
        </message>
        <message>
            <source>policy or strategy</source>
            <comment>label.evidence_kind.policy</comment>
            <translation>politique ou stratégie</translation>
        </message>
        <message>
            <source>regulation</source>
            <comment>label.evidence_kind.regulation</comment>
            <translation>règlement</translation>
        </message>
        <message>
            <source>report</source>
            <comment>label.evidence_kind.report</comment>
            <translation>rapport</translation>
        </message>
        <message>
            <source>website</source>
            <comment>label.evidence_kind.website</comment>
            <translation>site web</translation>
        </message>
        <message>
            <source>areas with potential for further development</source>
            <comment>label.finding_category.potential</comment>
            <translation>domaines à développer davantage</translation>
        </message>
        <message>
            <source>well-developed areas</source>
            <comment>label.finding_category.well_developed</comment>
            <translation>domaines bien développés</translation>
        </message>
        <message>
            <source>fingerprint compared</source>
            <comment>label.key_trust.hand</comment>
            <translation>empreinte comparée</translation>
        </message>
        <message>
            <source>on a trusted list</source>
            <comment>label.key_trust.list</comment>
            <translation>sur une liste de confiance</translation>
        </message>
        <message>
            <source>your own key</source>
            <comment>label.key_trust.own</comment>
            <translation>votre propre clé</translation>
        </message>
        <message>
            <source>not verified</source>
            <comment>label.key_trust.seen</comment>
            <translation>non vérifiée</translation>
        </message>
        <message>
            <source>local</source>
            <comment>label.level.local</comment>
            <translation>local</translation>
        </message>
        <message>
            <source>national</source>
            <comment>label.level.national</comment>
            <translation>national</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>label.review_state.accepted</comment>
            <translation>acceptée</translation>
        </message>
        <message>
            <source>not reviewed</source>
            <comment>label.review_state.not_reviewed</comment>
            <translation>non examinée</translation>
        </message>
        <message>
            <source>returned</source>
            <comment>label.review_state.returned</comment>
            <translation>renvoyée</translation>
        </message>
        <message>
            <source>revised</source>
            <comment>label.review_state.revised</comment>
            <translation>révisée</translation>
        </message>
        <message>
            <source>focal point</source>
            <comment>label.role.focal_point</comment>
            <translation>point focal</translation>
        </message>
        <message>
            <source>reviewer</source>
            <comment>label.role.reviewer</comment>
            <translation>examinateur</translation>
        </message>
        <message>
            <source>signature does not verify</source>
            <comment>label.validation_mark.bad_signature</comment>
            <translation>la signature n'est pas valide</translation>
        </message>
        <message>
            <source>answers changed since the validation</source>
            <comment>label.validation_mark.changed</comment>
            <translation>réponses modifiées depuis la validation</translation>
        </message>
        <message>
            <source>signer not checked</source>
            <comment>label.validation_mark.not_checked</comment>
            <translation>signataire non vérifié</translation>
        </message>
        <message>
            <source>not validated</source>
            <comment>label.validation_mark.not_validated</comment>
            <translation>non validée</translation>
        </message>
        <message>
            <source>self-validated by the focal point</source>
            <comment>label.validation_mark.self_validated</comment>
            <translation>auto-validée par le point focal</translation>
        </message>
        <message>
            <source>validated, signed by a trusted key</source>
            <comment>label.validation_mark.signed</comment>
            <translation>validée, signée par une clé de confiance</translation>
        </message>
        <message>
            <source>validated, not signed</source>
            <comment>label.validation_mark.unsigned</comment>
            <translation>validée, non signée</translation>
        </message>
        <message>
            <source>validated by a key not trusted</source>
            <comment>label.validation_mark.untrusted</comment>
            <translation>validée par une clé qui n'est pas de confiance</translation>
        </message>
        <message>
            <source>a web address starting with {scheme}: is not allowed; give an address that starts with http:// or https:// (or mailto: for an e-mail address)</source>
            <comment>link.scheme_not_allowed</comment>
            <translation>une adresse web commençant par {scheme}: n'est pas admise ; donnez une adresse qui commence par http:// ou https:// (ou mailto: pour une adresse électronique)</translation>
        </message>
        <message>
            <source>an absolute path in member name {name}</source>
            <comment>package.absolute_name</comment>
            <translation>chemin absolu dans le nom de fichier {name}</translation>
        </message>
        <message>
            <source>a backslash in member name {name}</source>
            <comment>package.backslash_name</comment>
            <translation>barre oblique inverse dans le nom de fichier {name}</translation>
        </message>
        <message>
            <source>the signature does not match the package: it was altered after it was signed, or signed by someone else than it says</source>
            <comment>package.bad_signature</comment>
            <translation>la signature ne correspond pas au paquet : il a été modifié après sa signature, ou signé par quelqu'un d'autre que la personne indiquée</translation>
        </message>
        <message>
            <source>the package is damaged or truncated ({detail})</source>
            <comment>package.damaged</comment>
            <translation>le paquet est endommagé ou tronqué ({detail})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <comment>package.empty</comment>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>an empty or NUL-containing member name</source>
            <comment>package.empty_name</comment>
            <translation>nom de fichier vide ou contenant un caractère NUL</translation>
        </message>
        <message>
            <source>envelope.json is too large</source>
            <comment>package.envelope_too_large</comment>
            <translation>envelope.json est trop volumineux</translation>
        </message>
        <message>
            <source>an evidence file ({sha}) is missing from the package</source>
            <comment>package.file_missing</comment>
            <translation>un fichier de source ({sha}) est absent du paquet</translation>
        </message>
        <message>
            <source>the file is too large for a package ({size} bytes)</source>
            <comment>package.file_too_large</comment>
            <translation>le fichier est trop volumineux pour un paquet ({size} octets)</translation>
        </message>
        <message>
            <source>{name} is not valid: {where}: the text is not valid Unicode at character {position}</source>
            <comment>package.invalid_text</comment>
            <translation>{name} n'est pas valide : {where} : le texte n'est pas de l'Unicode valide au caractère {position}</translation>
        </message>
        <message>
            <source>an irregular member name {name}</source>
            <comment>package.irregular_name</comment>
            <translation>nom de fichier irrégulier {name}</translation>
        </message>
        <message>
            <source>the member {name} listed in the manifest is missing</source>
            <comment>package.listed_missing</comment>
            <translation>le fichier {name} répertorié dans le manifeste est absent</translation>
        </message>
        <message>
            <source>manifest.json is too large</source>
            <comment>package.manifest_too_large</comment>
            <translation>manifest.json est trop volumineux</translation>
        </message>
        <message>
            <source>the member {name} is damaged ({detail})</source>
            <comment>package.member_damaged</comment>
            <translation>le fichier {name} est endommagé ({detail})</translation>
        </message>
        <message>
            <source>the member {name} is missing</source>
            <comment>package.member_missing</comment>
            <translation>le fichier {name} est absent</translation>
        </message>
        <message>
            <source>the member {name} is too large ({size} bytes; the limit is {limit})</source>
            <comment>package.member_too_large</comment>
            <translation>le fichier {name} est trop volumineux ({size} octets ; la limite est de {limit})</translation>
        </message>
        <message>
            <source>the member {name} is truncated</source>
            <comment>package.member_truncated</comment>
            <translation>le fichier {name} est tronqué</translation>
        </message>
        <message>
            <source>the member {name} appears twice</source>
            <comment>package.member_twice</comment>
            <translation>le fichier {name} figure deux fois</translation>
        </message>
        <message>
            <source>the member {name} cannot be read ({detail})</source>
            <comment>package.member_unreadable</comment>
            <translation>impossible de lire le fichier {name} ({detail})</translation>
        </message>
        <message>
            <source>the package was written by a newer MGI Desktop (package format {version}; this version reads format {known}): update MGI Desktop to receive it</source>
            <comment>package.newer_format</comment>
            <translation>le paquet a été écrit par une version plus récente de MGI Desktop (format de paquet {version} ; cette version lit le format {known}) : mettez MGI Desktop à jour pour le recevoir</translation>
        </message>
        <message>
            <source>no such file</source>
            <comment>package.no_such_file</comment>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <source>{name} has no known format version ({version})</source>
            <comment>package.no_version</comment>
            <translation>{name} n'a pas de version de format connue ({version})</translation>
        </message>
        <message>
            <source>not a file</source>
            <comment>package.not_a_file</comment>
            <translation>ce n'est pas un fichier</translation>
        </message>
        <message>
            <source>not an MGI package (not a zip file)</source>
            <comment>package.not_a_zip</comment>
            <translation>ce n'est pas un paquet MGI (pas un fichier zip)</translation>
        </message>
        <message>
            <source>{name} is not valid JSON ({detail})</source>
            <comment>package.not_json</comment>
            <translation>{name} n'est pas un JSON valide ({detail})</translation>
        </message>
        <message>
            <source>the member {name} is not listed in the manifest</source>
            <comment>package.not_listed</comment>
            <translation>le fichier {name} n'est pas répertorié dans le manifeste</translation>
        </message>
        <message>
            <source>{name} is not valid: {where}: {detail}</source>
            <comment>package.not_valid</comment>
            <translation>{name} n'est pas valide : {where} : {detail}</translation>
        </message>
        <message numerus="yes">
            <source>{name} is not valid: {where}: {detail} (and %n more problems)</source>
            <comment>package.not_valid_more</comment>
            <translation>
                <numerusform>{name} n'est pas valide : {where} : {detail} (et %n autre problème)</numerusform>
                <numerusform>{name} n'est pas valide : {where} : {detail} (et %n autres problèmes)</numerusform>
            </translation>
        </message>
        <message>
            <source>the attachment {sha} belongs to no evidence item</source>
            <comment>package.orphan_file</comment>
            <translation>la pièce jointe {sha} n'appartient à aucune source</translation>
        </message>
        <message>
            <source>data.json holds another assessment than the manifest names</source>
            <comment>package.other_assessment</comment>
            <translation>data.json contient une autre évaluation que celle indiquée dans le manifeste</translation>
        </message>
        <message>
            <source>data.json names another questionnaire than the manifest</source>
            <comment>package.other_questionnaire</comment>
            <translation>data.json indique un autre questionnaire que le manifeste</translation>
        </message>
        <message>
            <source>the package is protected by a password; give the password to receive it</source>
            <comment>package.password_needed</comment>
            <translation>le paquet est protégé par un mot de passe ; indiquez le mot de passe pour le recevoir</translation>
        </message>
        <message>
            <source>the questionnaire in the package does not match its stated SHA-256</source>
            <comment>package.questionnaire_hash</comment>
            <translation>le questionnaire du paquet ne correspond pas à son empreinte SHA-256 déclarée</translation>
        </message>
        <message>
            <source>the questionnaire in the package is not UTF-8 text</source>
            <comment>package.questionnaire_not_text</comment>
            <translation>le questionnaire du paquet n'est pas du texte UTF-8</translation>
        </message>
        <message>
            <source>signature.json is damaged ({detail})</source>
            <comment>package.signature_damaged</comment>
            <translation>signature.json est endommagé ({detail})</translation>
        </message>
        <message>
            <source>the package has no signature, yet it is of format {version}, which is always signed: the signature was removed</source>
            <comment>package.signature_stripped</comment>
            <translation>le paquet n'a pas de signature, alors qu'il est au format {version}, qui est toujours signé : la signature a été retirée</translation>
        </message>
        <message>
            <source>the manifest names another sender's key than the one that signed it</source>
            <comment>package.signer_mismatch</comment>
            <translation>le manifeste indique la clé d'un autre expéditeur que celle qui l'a signé</translation>
        </message>
        <message>
            <source>the members are too large together (over {limit} bytes)</source>
            <comment>package.too_large_together</comment>
            <translation>les fichiers sont trop volumineux au total (plus de {limit} octets)</translation>
        </message>
        <message>
            <source>too many members ({n}; the limit is {limit})</source>
            <comment>package.too_many_members</comment>
            <translation>trop de fichiers ({n} ; la limite est de {limit})</translation>
        </message>
        <message>
            <source>path traversal ('..') in member name {name}</source>
            <comment>package.traversal_name</comment>
            <translation>remontée de répertoire ('..') dans le nom de fichier {name}</translation>
        </message>
        <message>
            <source>unexpected member {name}</source>
            <comment>package.unexpected_member</comment>
            <translation>fichier inattendu {name}</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>package.unreadable</comment>
            <translation>impossible de lire le fichier : {reason}</translation>
        </message>
        <message>
            <source>a package of format 1 cannot carry a signature</source>
            <comment>package.unsigned_has_signature</comment>
            <translation>un paquet au format 1 ne peut pas comporter de signature</translation>
        </message>
        <message>
            <source>wrong checksum for {name}: the package was altered or damaged</source>
            <comment>package.wrong_checksum</comment>
            <translation>somme de contrôle incorrecte pour {name} : le paquet a été modifié ou endommagé</translation>
        </message>
        <message>
            <source>the member {name} expands {size} bytes from {compressed} (a zip bomb?)</source>
            <comment>package.zip_bomb</comment>
            <translation>le fichier {name} passe de {compressed} à {size} octets une fois décompressé (bombe zip ?)</translation>
        </message>
        <message>
            <source>the member {name} uses zip encryption, which MGI packages never use</source>
            <comment>package.zip_encryption</comment>
            <translation>le fichier {name} utilise le chiffrement zip, que les paquets MGI n'utilisent jamais</translation>
        </message>
        <message>
            <source>{fingerprint} is a reviewer of this assessment: a reviewer does not answer</source>
            <comment>parties.is_reviewer</comment>
            <translation>{fingerprint} est examinateur de cette évaluation : un examinateur ne répond pas</translation>
        </message>
        <message>
            <source>only the assessment's focal point adds colleagues who answer with them</source>
            <comment>parties.not_focal_point</comment>
            <translation>seul le point focal de l'évaluation peut ajouter des collègues qui répondent avec lui</translation>
        </message>
        <message>
            <source>a name is needed</source>
            <comment>profile.name_needed</comment>
            <translation>un nom est requis</translation>
        </message>
        <message>
            <source>{value} is not a profile date (YYYY-MM or YYYY-MM-DD, e.g. 2023-12)</source>
            <comment>profile.not_a_date</comment>
            <translation>{value} n’est pas une date de profil (AAAA-MM ou AAAA-MM-JJ, par exemple 2023-12)</translation>
        </message>
        <message>
            <source>{format} is not a profile format ({formats})</source>
            <comment>profile.not_a_format</comment>
            <translation>{format} n'est pas un format de profil ({formats})</translation>
        </message>
        <message>
            <source>the profile's {name} is at most {limit} characters</source>
            <comment>profile.too_long</comment>
            <translation>le champ « {name} » du profil compte au plus {limit} caractères</translation>
        </message>
        <message>
            <source>{names}: not a profile setting</source>
            <comment>profile.unknown_setting</comment>
            <translation>{names} : pas un paramètre du profil</translation>
        </message>
        <message>
            <source>YAML aliases (*{name}) are not allowed in a questionnaire; share choices through 'choice_lists'</source>
            <comment>questionnaire.alias</comment>
            <translation>les alias YAML (*{name}) ne sont pas admis dans un questionnaire ; partagez les choix par 'choice_lists'</translation>
        </message>
        <message>
            <source>minimum {minimum} is greater than maximum {maximum}</source>
            <comment>questionnaire.bad_range</comment>
            <translation>le minimum {minimum} est supérieur au maximum {maximum}</translation>
        </message>
        <message>
            <source>choice {code} is not an answer of a {type} question (allowed: {allowed})</source>
            <comment>questionnaire.choice_not_allowed</comment>
            <translation>le choix {code} n'est pas une réponse possible pour une question de type {type} (autorisés : {allowed})</translation>
        </message>
        <message>
            <source>give either 'choices' or 'choice_list', not both</source>
            <comment>questionnaire.choices_and_list</comment>
            <translation>indiquez soit 'choices', soit 'choice_list', mais pas les deux</translation>
        </message>
        <message>
            <source>cycle in conditions: {path}</source>
            <comment>questionnaire.cycle</comment>
            <translation>dépendance circulaire dans les conditions : {path}</translation>
        </message>
        <message>
            <source>domain number {number} is used twice</source>
            <comment>questionnaire.domain_twice</comment>
            <translation>le numéro de domaine {number} est utilisé deux fois</translation>
        </message>
        <message>
            <source>duplicate choice code {code}</source>
            <comment>questionnaire.duplicate_choice</comment>
            <translation>code de choix {code} en double</translation>
        </message>
        <message>
            <source>duplicate domain code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_domain</comment>
            <translation>code de domaine {code} en double (utilisé pour la première fois à la ligne {line})</translation>
        </message>
        <message>
            <source>duplicate domain code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_domain_in_cell</comment>
            <translation>code de domaine {code} en double (utilisé pour la première fois en {cell})</translation>
        </message>
        <message>
            <source>duplicate indicator code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_indicator</comment>
            <translation>code d'indicateur {code} en double (utilisé pour la première fois à la ligne {line})</translation>
        </message>
        <message>
            <source>duplicate indicator code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_indicator_in_cell</comment>
            <translation>code d'indicateur {code} en double (utilisé pour la première fois en {cell})</translation>
        </message>
        <message>
            <source>duplicate question code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_question</comment>
            <translation>code de question {code} en double (utilisé pour la première fois à la ligne {line})</translation>
        </message>
        <message>
            <source>duplicate question code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_question_in_cell</comment>
            <translation>code de question {code} en double (utilisé pour la première fois en {cell})</translation>
        </message>
        <message>
            <source>duplicate sub-area code {code} (first used on line {line})</source>
            <comment>questionnaire.duplicate_sub_area</comment>
            <translation>code de sous-domaine {code} en double (utilisé pour la première fois à la ligne {line})</translation>
        </message>
        <message>
            <source>duplicate sub-area code {code} (first used in {cell})</source>
            <comment>questionnaire.duplicate_sub_area_in_cell</comment>
            <translation>code de sous-domaine {code} en double (utilisé pour la première fois en {cell})</translation>
        </message>
        <message>
            <source>missing choice list: 'choices' is empty</source>
            <comment>questionnaire.empty_choices</comment>
            <translation>liste de choix manquante : 'choices' est vide</translation>
        </message>
        <message>
            <source>empty domain: it has no sub-areas</source>
            <comment>questionnaire.empty_domain</comment>
            <translation>domaine vide : il ne contient aucun sous-domaine</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <comment>questionnaire.empty_file</comment>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>empty indicator: it has no questions</source>
            <comment>questionnaire.empty_indicator</comment>
            <translation>indicateur vide : il ne contient aucune question</translation>
        </message>
        <message>
            <source>empty sub-area: it has no indicators</source>
            <comment>questionnaire.empty_sub_area</comment>
            <translation>sous-domaine vide : il ne contient aucun indicateur</translation>
        </message>
        <message numerus="yes">
            <source>questionnaire has %n problems</source>
            <comment>questionnaire.has_problems</comment>
            <translation>
                <numerusform>le questionnaire comporte %n problème</numerusform>
                <numerusform>le questionnaire comporte %n problèmes</numerusform>
            </translation>
        </message>
        <message>
            <source>the stored questionnaire does not match its hash {sha}</source>
            <comment>questionnaire.hash_mismatch</comment>
            <translation>le questionnaire enregistré ne correspond pas à son empreinte {sha}</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>questionnaire.invalid</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>is a folder, not a questionnaire file</source>
            <comment>questionnaire.is_a_folder</comment>
            <translation>c'est un dossier, pas un fichier de questionnaire</translation>
        </message>
        <message>
            <source>key {key} appears twice</source>
            <comment>questionnaire.key_twice</comment>
            <translation>la clé {key} figure deux fois</translation>
        </message>
        <message>
            <source>translation in undeclared language {language} in '{field}' (declared: {declared})</source>
            <comment>questionnaire.language_undeclared</comment>
            <translation>traduction dans une langue non déclarée, {language}, dans '{field}' (langues déclarées : {declared})</translation>
        </message>
        <message>
            <source>condition names a later question {code}: conditions may only use earlier answers</source>
            <comment>questionnaire.later_reference</comment>
            <translation>la condition fait référence à la question {code}, placée plus loin : une condition ne peut utiliser que les réponses aux questions précédentes</translation>
        </message>
        <message>
            <source>missing field {field}</source>
            <comment>questionnaire.missing_field</comment>
            <translation>champ {field} manquant</translation>
        </message>
        <message>
            <source>condition names a missing question {code}</source>
            <comment>questionnaire.missing_reference</comment>
            <translation>la condition fait référence à la question {code}, qui n'existe pas</translation>
        </message>
        <message>
            <source>missing choice list: a {type} question needs 'choices' or 'choice_list'</source>
            <comment>questionnaire.needs_choices</comment>
            <translation>liste de choix manquante : une question de type {type} nécessite 'choices' ou 'choice_list'</translation>
        </message>
        <message>
            <source>the questionnaire has no domains</source>
            <comment>questionnaire.no_domains</comment>
            <translation>le questionnaire ne contient aucun domaine</translation>
        </message>
        <message>
            <source>missing choice list: no choice list named {name} in 'choice_lists'</source>
            <comment>questionnaire.no_such_list</comment>
            <translation>liste de choix manquante : aucune liste de choix nommée {name} dans 'choice_lists'</translation>
        </message>
        <message>
            <source>no question {code} in {framework} {version}</source>
            <comment>questionnaire.no_such_question</comment>
            <translation>aucune question {code} dans {framework} {version}</translation>
        </message>
        <message>
            <source>not a questionnaire: the file must hold a mapping</source>
            <comment>questionnaire.not_a_mapping</comment>
            <translation>ce n'est pas un questionnaire : le fichier doit contenir un dictionnaire (mapping)</translation>
        </message>
        <message>
            <source>file not found</source>
            <comment>questionnaire.not_found</comment>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <source>not a text file (not UTF-8 at byte {offset})</source>
            <comment>questionnaire.not_utf8</comment>
            <translation>ce n'est pas un fichier texte (UTF-8 non valide à l'octet {offset})</translation>
        </message>
        <message>
            <source>not valid YAML: {detail}</source>
            <comment>questionnaire.not_yaml</comment>
            <translation>YAML non valide : {detail}</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <comment>questionnaire.problem</comment>
            <translation>{where} : {message}</translation>
        </message>
        <message>
            <source>a relevance condition cannot use '.' (the question's own answer)</source>
            <comment>questionnaire.self_in_relevance</comment>
            <translation>une condition de pertinence ne peut pas utiliser '.' (la réponse de la question elle-même)</translation>
        </message>
        <message>
            <source>source language {language} is not among the declared languages {declared}</source>
            <comment>questionnaire.source_language_undeclared</comment>
            <translation>la langue source {language} ne figure pas parmi les langues déclarées {declared}</translation>
        </message>
        <message>
            <source>the stored questionnaire cannot be read ({detail})</source>
            <comment>questionnaire.stored_unreadable</comment>
            <translation>impossible de lire le questionnaire enregistré ({detail})</translation>
        </message>
        <message>
            <source>a {type} question takes no choices</source>
            <comment>questionnaire.takes_no_choices</comment>
            <translation>une question de type {type} n'accepte pas de choix</translation>
        </message>
        <message>
            <source>a {type} question takes no range</source>
            <comment>questionnaire.takes_no_range</comment>
            <translation>une question de type {type} n'accepte pas de plage de valeurs</translation>
        </message>
        <message>
            <source>nested more than {limit} levels deep: not a questionnaire</source>
            <comment>questionnaire.too_deep</comment>
            <translation>imbriqué sur plus de {limit} niveaux : ce n'est pas un questionnaire</translation>
        </message>
        <message>
            <source>file is too large for a questionnaire ({size} bytes)</source>
            <comment>questionnaire.too_large</comment>
            <translation>le fichier est trop volumineux pour un questionnaire ({size} octets)</translation>
        </message>
        <message>
            <source>more than {limit} values (keys, texts, lists): too large for a questionnaire</source>
            <comment>questionnaire.too_many_values</comment>
            <translation>plus de {limit} valeurs (clés, textes, listes) : trop volumineux pour un questionnaire</translation>
        </message>
        <message>
            <source>unknown field {field}</source>
            <comment>questionnaire.unknown_field</comment>
            <translation>champ inconnu {field}</translation>
        </message>
        <message>
            <source>no questionnaire file or bundled framework named {name} (bundled: {known})</source>
            <comment>questionnaire.unknown_framework</comment>
            <translation>aucun fichier de questionnaire ni questionnaire fourni ne s'appelle {name} (questionnaires fournis : {known})</translation>
        </message>
        <message>
            <source>unknown answer type {type} (expected one of: {types})</source>
            <comment>questionnaire.unknown_type</comment>
            <translation>type de réponse inconnu {type} (types attendus : {types})</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <comment>questionnaire.unreadable</comment>
            <translation>impossible de lire le fichier : {reason}</translation>
        </message>
        <message>
            <source>this package was already received (package {sequence} from {sender})</source>
            <comment>receive.already_received</comment>
            <translation>ce paquet a déjà été reçu (paquet n° {sequence} de {sender})</translation>
        </message>
        <message>
            <source>the questionnaire in the package is not valid ({problem})</source>
            <comment>receive.bad_questionnaire</comment>
            <translation>le questionnaire du paquet n'est pas valide ({problem})</translation>
        </message>
        <message>
            <source>{side}: a conflict is resolved with mine or theirs</source>
            <comment>receive.bad_side</comment>
            <translation>{side} : un conflit se résout avec « la mienne » ou « la leur »</translation>
        </message>
        <message>
            <source>mine {mine} | theirs {theirs}</source>
            <comment>receive.conflict</comment>
            <translation>la mienne : {mine} | la leur : {theirs}</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts with changes made here; nothing was imported. Resolve them (keep mine, take theirs, or edit), or import with --mine or --theirs</source>
            <comment>receive.conflicts</comment>
            <translation>
                <numerusform>%n conflit avec des modifications faites ici ; rien n'a été importé. Résolvez-le (garder la mienne, prendre la leur ou modifier), ou importez avec --mine ou --theirs</numerusform>
                <numerusform>%n conflits avec des modifications faites ici ; rien n'a été importé. Résolvez-les (garder la mienne, prendre la leur ou modifier), ou importez avec --mine ou --theirs</numerusform>
            </translation>
        </message>
        <message>
            <source>the import failed and was undone ({detail})</source>
            <comment>receive.failed</comment>
            <translation>l'importation a échoué et a été annulée ({detail})</translation>
        </message>
        <message>
            <source>this database has not exchanged this assessment with the sender before: every difference is shown as a conflict</source>
            <comment>receive.first_exchange</comment>
            <translation>cette base de données n'a encore jamais échangé cette évaluation avec l'expéditeur : chaque différence est présentée comme un conflit</translation>
        </message>
        <message>
            <source>{resolution} is not a resolution (mine, theirs or edited)</source>
            <comment>receive.not_a_resolution</comment>
            <translation>{resolution} n'est pas une résolution (garder la mienne, prendre la leur ou modifier)</translation>
        </message>
        <message>
            <source>the package uses questionnaire {framework} {version} ({sha}), which this installation does not include; the copy carried in the package will be used</source>
            <comment>receive.not_bundled</comment>
            <translation>le paquet utilise le questionnaire {framework} {version} ({sha}), absent de cette installation ; la copie contenue dans le paquet sera utilisée</translation>
        </message>
        <message>
            <source>nothing was imported; the database is as it was</source>
            <comment>receive.nothing_imported</comment>
            <translation>rien n'a été importé ; la base de données est restée telle quelle</translation>
        </message>
        <message>
            <source>this is package {sequence} from {sender}, older than package {last} already received from them for this assessment (an old copy or a replay)</source>
            <comment>receive.older</comment>
            <translation>il s'agit du paquet n° {sequence} de {sender}, antérieur au paquet n° {last} déjà reçu de cet expéditeur pour cette évaluation (une ancienne copie ou un rejeu)</translation>
        </message>
        <message>
            <source>only answers can be edited; keep mine or take theirs</source>
            <comment>receive.only_answers_edited</comment>
            <translation>seules les réponses peuvent être modifiées ; gardez votre version ou prenez la leur</translation>
        </message>
        <message>
            <source>the manifest names questionnaire {named} {named_version} but the package holds {held} {held_version}</source>
            <comment>receive.other_questionnaire</comment>
            <translation>le manifeste indique le questionnaire {named} {named_version}, mais le paquet contient {held} {held_version}</translation>
        </message>
        <message>
            <source>the assessment here uses another version of the questionnaire ({here} {here_version}) than the package ({there} {there_version})</source>
            <comment>receive.other_version</comment>
            <translation>l'évaluation présente ici utilise une autre version du questionnaire ({here} {here_version}) que le paquet ({there} {there_version})</translation>
        </message>
        <message>
            <source>this package was sent from this database; it is received by the other side</source>
            <comment>receive.own_package</comment>
            <translation>ce paquet a été envoyé depuis cette base de données ; c'est l'autre partie qui le reçoit</translation>
        </message>
        <message>
            <source>the previous round this assessment follows is not in this database; the link to it is not kept</source>
            <comment>receive.previous_missing</comment>
            <translation>le cycle précédent auquel fait suite cette évaluation n'est pas dans cette base de données ; le lien vers celui-ci n'est pas conservé</translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed after {since}, in {assessments} ({titles}), will be lost.</source>
            <comment>restore.answers_lost</comment>
            <translation>
                <numerusform>%n réponse modifiée après le {since}, dans {assessments} ({titles}), sera perdue.</numerusform>
                <numerusform>%n réponses modifiées après le {since}, dans {assessments} ({titles}), seront perdues.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessments</source>
            <comment>restore.assessments</comment>
            <translation>
                <numerusform>%n évaluation</numerusform>
                <numerusform>%n évaluations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessments created since the backup will be gone.</source>
            <comment>restore.new_assessments</comment>
            <translation>
                <numerusform>%n évaluation créée depuis la sauvegarde disparaîtra.</numerusform>
                <numerusform>%n évaluations créées depuis la sauvegarde disparaîtront.</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not a decision (accepted or returned)</source>
            <comment>review.not_a_decision</comment>
            <translation>{value} n'est pas une décision (acceptée ou renvoyée)</translation>
        </message>
        <message>
            <source>the question is not answered; return it with a reason instead</source>
            <comment>review.not_answered</comment>
            <translation>la question est sans réponse ; renvoyez-la plutôt avec un motif</translation>
        </message>
        <message>
            <source>say why the answer is returned, so the focal point can fix it</source>
            <comment>review.reason_needed</comment>
            <translation>indiquez pourquoi la réponse est renvoyée, afin que le point focal puisse la corriger</translation>
        </message>
        <message>
            <source>round {round} already follows this assessment ({title})</source>
            <comment>rounds.already_followed</comment>
            <translation>le cycle {round} fait déjà suite à cette évaluation ({title})</translation>
        </message>
        <message>
            <source>a follow-up round is started by the focal point</source>
            <comment>rounds.focal_point_only</comment>
            <translation>seul le point focal peut démarrer un cycle de suivi</translation>
        </message>
        <message>
            <source>rounds of different countries or places cannot be compared</source>
            <comment>rounds.other_place</comment>
            <translation>impossible de comparer des cycles de pays ou de lieux différents</translation>
        </message>
        <message>
            <source>the crosswalk goes from {named_old} to {named_new}, not from {old} to {new}</source>
            <comment>rounds.wrong_crosswalk</comment>
            <translation>la table de correspondance va de {named_old} à {named_new}, et non de {old} à {new}</translation>
        </message>
        <message>
            <source>a round comparison is exported as .xlsx or .html</source>
            <comment>rounds.wrong_suffix</comment>
            <translation>une comparaison de cycles s'exporte au format .xlsx ou .html</translation>
        </message>
        <message>
            <source>the file attached to evidence {title} ({name}) is missing; attach it again or remove it</source>
            <comment>send.file_missing</comment>
            <translation>le fichier joint à la source {title} ({name}) est absent ; joignez-le à nouveau ou retirez-le</translation>
        </message>
        <message>
            <source>the assessment has no other party whose key is known yet: protect this first package with a password, or import the recipient's key file (key import)</source>
            <comment>send.no_party</comment>
            <translation>l'évaluation n'a encore aucune autre partie dont la clé est connue : protégez ce premier paquet par un mot de passe, ou importez le fichier de clé du destinataire (key import)</translation>
        </message>
        <message>
            <source>no key is known for {fingerprint}: import the recipient's key file first (key import)</source>
            <comment>send.no_recipient_key</comment>
            <translation>aucune clé n'est connue pour {fingerprint} : importez d'abord le fichier de clé du destinataire (key import)</translation>
        </message>
        <message>
            <source>the questionnaire of assessment {id} is missing from {database}</source>
            <comment>send.questionnaire_missing</comment>
            <translation>le questionnaire de l'évaluation {id} est absent de {database}</translation>
        </message>
        <message>
            <source>the crosswalk the assessment was made through is not one for its questionnaire</source>
            <comment>snapshot.bad_crosswalk</comment>
            <translation>la table de correspondance ayant servi à créer l'évaluation ne correspond pas à son questionnaire</translation>
        </message>
        <message>
            <source>invalid answer: {problem}</source>
            <comment>snapshot.invalid_answer</comment>
            <translation>réponse non valide : {problem}</translation>
        </message>
        <message>
            <source>the assessment does not match the questionnaire in the package</source>
            <comment>snapshot.mismatch</comment>
            <translation>l'évaluation ne correspond pas au questionnaire du paquet</translation>
        </message>
        <message>
            <source>{code}: the answer {value} is not in canonical form</source>
            <comment>snapshot.not_canonical</comment>
            <translation>{code} : la réponse {value} n'est pas sous forme canonique</translation>
        </message>
        <message>
            <source>the answer to {item} appears twice</source>
            <comment>snapshot.twice_answer</comment>
            <translation>la réponse à {item} figure deux fois</translation>
        </message>
        <message>
            <source>the audit event {item} appears twice</source>
            <comment>snapshot.twice_audit</comment>
            <translation>l'événement d'audit {item} figure deux fois</translation>
        </message>
        <message>
            <source>the comment {item} appears twice</source>
            <comment>snapshot.twice_comment</comment>
            <translation>le commentaire {item} figure deux fois</translation>
        </message>
        <message>
            <source>the review decision {item} appears twice</source>
            <comment>snapshot.twice_decision</comment>
            <translation>la décision d'examen {item} figure deux fois</translation>
        </message>
        <message>
            <source>the description of domain {item} appears twice</source>
            <comment>snapshot.twice_domain_text</comment>
            <translation>la description du domaine {item} figure deux fois</translation>
        </message>
        <message>
            <source>the evidence item {item} appears twice</source>
            <comment>snapshot.twice_evidence</comment>
            <translation>la source {item} figure deux fois</translation>
        </message>
        <message>
            <source>the finding {item} appears twice</source>
            <comment>snapshot.twice_finding</comment>
            <translation>le constat {item} figure deux fois</translation>
        </message>
        <message>
            <source>finding {id}: unknown domain {number}</source>
            <comment>snapshot.unknown_domain</comment>
            <translation>constat {id} : domaine inconnu {number}</translation>
        </message>
        <message>
            <source>a description of domain {number}, which the questionnaire does not have</source>
            <comment>snapshot.unknown_domain_text</comment>
            <translation>une description du domaine {number}, que le questionnaire ne comporte pas</translation>
        </message>
        <message>
            <source>{item} refers to question {code}, which {framework} {version} does not have</source>
            <comment>snapshot.unknown_question</comment>
            <translation>{item} fait référence à la question {code}, que {framework} {version} ne comporte pas</translation>
        </message>
        <message>
            <source>no such file</source>
            <comment>sources.no_such_file</comment>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <source>not an MGI Desktop database or package</source>
            <comment>sources.not_a_source</comment>
            <translation>ce n'est ni une base de données ni un paquet MGI Desktop</translation>
        </message>
        <message>
            <source>the database is busy in another program; try again</source>
            <comment>storage.busy</comment>
            <translation>la base de données est occupée par un autre programme ; réessayez</translation>
        </message>
        <message>
            <source>cannot create the folder: {reason}</source>
            <comment>storage.cannot_create_folder</comment>
            <translation>impossible de créer le dossier : {reason}</translation>
        </message>
        <message>
            <source>cannot lock the database: {reason}</source>
            <comment>storage.cannot_lock</comment>
            <translation>impossible de verrouiller la base de données : {reason}</translation>
        </message>
        <message>
            <source>cannot write the database: {detail}</source>
            <comment>storage.cannot_write</comment>
            <translation>impossible d'écrire dans la base de données : {detail}</translation>
        </message>
        <message>
            <source>the database is damaged ({detail})</source>
            <comment>storage.damaged</comment>
            <translation>la base de données est endommagée ({detail})</translation>
        </message>
        <message>
            <source>the disk is failing; nothing was saved</source>
            <comment>storage.disk</comment>
            <translation>le disque est défaillant ; rien n'a été enregistré</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes), not an MGI Desktop database</source>
            <comment>storage.empty</comment>
            <translation>le fichier est vide (0 octet) : ce n'est pas une base de données MGI Desktop</translation>
        </message>
        <message>
            <source>not an MGI Desktop database (a SQLite file of another program)</source>
            <comment>storage.foreign</comment>
            <translation>ce n'est pas une base de données MGI Desktop (fichier SQLite d'un autre programme)</translation>
        </message>
        <message>
            <source>the database is already open in another MGI Desktop window or command; close it there first</source>
            <comment>storage.in_use</comment>
            <translation>la base de données est déjà ouverte dans une autre fenêtre ou commande MGI Desktop ; fermez-la d'abord</translation>
        </message>
        <message>
            <source>the latest backup is from {when}: {backup} (restore it with: mgi-desktop --database "{database}" backup restore latest)</source>
            <comment>storage.latest_backup</comment>
            <translation>la dernière sauvegarde date du {when} : {backup} (pour la restaurer : mgi-desktop --database "{database}" backup restore latest)</translation>
        </message>
        <message>
            <source>the database was written by a newer version of MGI Desktop (schema {schema}); install that version to open it</source>
            <comment>storage.newer</comment>
            <translation>la base de données a été écrite par une version plus récente de MGI Desktop (schéma {schema}) ; installez cette version pour l'ouvrir</translation>
        </message>
        <message>
            <source>no such database</source>
            <comment>storage.no_such_database</comment>
            <translation>base de données introuvable</translation>
        </message>
        <message>
            <source>the database was not opened, and nothing in it changed</source>
            <comment>storage.not_opened</comment>
            <translation>la base de données n'a pas été ouverte, et rien n'y a changé</translation>
        </message>
        <message>
            <source>not an SQLite database (it may be a text file or another format)</source>
            <comment>storage.not_sqlite</comment>
            <translation>ce n'est pas une base de données SQLite (il s'agit peut-être d'un fichier texte ou d'un autre format)</translation>
        </message>
        <message>
            <source>the database was not upgraded (no room for the backup taken first), and is unchanged</source>
            <comment>storage.not_upgraded</comment>
            <translation>la base de données n'a pas été mise à niveau (pas de place pour la sauvegarde faite avant), et n'a pas changé</translation>
        </message>
        <message>
            <source>the database cannot be written ({detail}); nothing was saved</source>
            <comment>storage.not_written</comment>
            <translation>impossible d'écrire dans la base de données ({detail}) ; rien n'a été enregistré</translation>
        </message>
        <message>
            <source>nothing was saved; everything saved before is kept</source>
            <comment>storage.nothing_saved</comment>
            <translation>rien n'a été enregistré ; tout ce qui l'avait été est conservé</translation>
        </message>
        <message>
            <source>the database was written by an older version; open it once in MGI Desktop to upgrade it</source>
            <comment>storage.older</comment>
            <translation>la base de données a été écrite par une version plus ancienne ; ouvrez-la une fois dans MGI Desktop pour la mettre à niveau</translation>
        </message>
        <message>
            <source>opened read-only</source>
            <comment>storage.opened_read_only</comment>
            <translation>ouverte en lecture seule</translation>
        </message>
        <message>
            <source>cannot read the database: permission denied</source>
            <comment>storage.permission</comment>
            <translation>impossible de lire la base de données : autorisation refusée</translation>
        </message>
        <message>
            <source>the database is read-only; nothing was saved</source>
            <comment>storage.read_only</comment>
            <translation>la base de données est en lecture seule ; rien n'a été enregistré</translation>
        </message>
        <message>
            <source>the database file is read-only; copy it to a folder you can write to</source>
            <comment>storage.read_only_file</comment>
            <translation>le fichier de la base de données est en lecture seule ; copiez-le dans un dossier où vous pouvez écrire</translation>
        </message>
        <message>
            <source>cannot write in the database's folder (needed for its journal)</source>
            <comment>storage.read_only_folder</comment>
            <translation>impossible d'écrire dans le dossier de la base de données (nécessaire pour son journal)</translation>
        </message>
        <message>
            <source>the database is truncated ({size} of {expected} bytes)</source>
            <comment>storage.truncated</comment>
            <translation>la base de données est tronquée ({size} octets sur {expected})</translation>
        </message>
        <message>
            <source>cannot read the database: {reason}</source>
            <comment>storage.unreadable</comment>
            <translation>impossible de lire la base de données : {reason}</translation>
        </message>
        <message>
            <source>the text is not valid Unicode at character {position} (it may have been pasted or passed from a program in another encoding)</source>
            <comment>text.invalid</comment>
            <translation>le texte n'est pas de l'Unicode valide au caractère {position} (il a peut-être été collé ou transmis par un programme utilisant un autre encodage)</translation>
        </message>
        <message>
            <source>the text is too long ({size} bytes; the limit is {limit})</source>
            <comment>text.too_long</comment>
            <translation>le texte est trop long ({size} octets ; la limite est de {limit})</translation>
        </message>
        <message>
            <source>each text needs 'source' (12 hex digits), 'status' (draft or reviewed) and a non-empty 'text'</source>
            <comment>translations.bad_entry</comment>
            <translation>chaque texte a besoin de 'source' (12 chiffres hexadécimaux), de 'status' (draft ou reviewed) et d'un 'text' non vide</translation>
        </message>
        <message>
            <source>{field} must be {expected}</source>
            <comment>translations.bad_field</comment>
            <translation>{field} doit être {expected}</translation>
        </message>
        <message>
            <source>the translation is only white space: leave it empty to remove it, or write the text</source>
            <comment>translations.blank</comment>
            <translation>la traduction ne contient que des espaces : laissez-la vide pour la supprimer, ou écrivez le texte</translation>
        </message>
        <message numerus="yes">
            <source>translation file {file} has %n problems</source>
            <comment>translations.has_problems</comment>
            <translation>
                <numerusform>le fichier de traduction {file} a %n problème</numerusform>
                <numerusform>le fichier de traduction {file} a %n problèmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n problems, nothing was imported</source>
            <comment>translations.import_problems</comment>
            <translation>
                <numerusform>{file} : %n problème, rien n'a été importé</numerusform>
                <numerusform>{file} : %n problèmes, rien n'a été importé</numerusform>
            </translation>
        </message>
        <message>
            <source>key {key} appears twice</source>
            <comment>translations.key_twice</comment>
            <translation>la clé {key} apparaît deux fois</translation>
        </message>
        <message>
            <source>entry without a context (msgctxt): the app cannot tell which text it is</source>
            <comment>translations.no_key</comment>
            <translation>entrée sans contexte (msgctxt) : l'application ne peut pas savoir de quel texte il s'agit</translation>
        </message>
        <message>
            <source>the file does not say which language it holds: give it (--language)</source>
            <comment>translations.no_language</comment>
            <translation>le fichier ne dit pas quelle langue il contient : indiquez-la (--language)</translation>
        </message>
        <message>
            <source>a translation file is a mapping with a 'texts' mapping</source>
            <comment>translations.not_a_mapping</comment>
            <translation>un fichier de traduction est un dictionnaire contenant un dictionnaire 'texts'</translation>
        </message>
        <message>
            <source>not valid JSON: {detail}</source>
            <comment>translations.not_json</comment>
            <translation>ce n'est pas du JSON valide : {detail}</translation>
        </message>
        <message>
            <source>not a PO file: {detail}</source>
            <comment>translations.not_po</comment>
            <translation>ce n'est pas un fichier PO : {detail}</translation>
        </message>
        <message>
            <source>the file holds {found}, not {expected}</source>
            <comment>translations.other_language</comment>
            <translation>le fichier contient {found}, pas {expected}</translation>
        </message>
        <message>
            <source>this file translates the questionnaire {found}, not {expected}</source>
            <comment>translations.other_questionnaire</comment>
            <translation>ce fichier traduit le questionnaire {found}, pas {expected}</translation>
        </message>
        <message>
            <source>the translation must keep {expected} of the source as written (it has {found})</source>
            <comment>translations.placeholders</comment>
            <translation>la traduction doit garder {expected} de la source tel quel (elle contient {found})</translation>
        </message>
        <message>
            <source>{language} is the questionnaire's source language: there is nothing to translate into it</source>
            <comment>translations.source_language</comment>
            <translation>{language} est la langue source du questionnaire : il n'y a rien à traduire vers elle</translation>
        </message>
        <message>
            <source>unknown field {field} (expected: {expected})</source>
            <comment>translations.unknown_field</comment>
            <translation>champ inconnu {field} (attendus : {expected})</translation>
        </message>
        <message>
            <source>the questionnaire has no text {key}</source>
            <comment>translations.unknown_text</comment>
            <translation>le questionnaire n'a pas de texte {key}</translation>
        </message>
        <message>
            <source>the file is named for {expected} but holds {found}: name it {expected}.json</source>
            <comment>translations.wrong_name</comment>
            <translation>le fichier est nommé pour {expected} mais contient {found} : nommez-le {expected}.yaml</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: the validation's signature does not verify against key {fingerprint} (forged or altered)</source>
            <comment>validation.bad_signature</comment>
            <translation>non validée par une clé d'examinateur de confiance : la signature de la validation ne se vérifie pas avec la clé {fingerprint} (falsifiée ou modifiée)</translation>
        </message>
        <message>
            <source>validated with key {fingerprint} on {date}, but the answers changed since: the validation does not cover them</source>
            <comment>validation.changed</comment>
            <translation>validée avec la clé {fingerprint} le {date}, mais les réponses ont changé depuis : la validation ne les couvre pas</translation>
        </message>
        <message>
            <source>validated with key {fingerprint} on {date}, answers unchanged since; the key was not checked against trusted keys (no database of yours to check it with)</source>
            <comment>validation.not_checked</comment>
            <translation>validée avec la clé {fingerprint} le {date}, réponses inchangées depuis ; la clé n'a pas été comparée aux clés de confiance (aucune base de données à vous pour la vérifier)</translation>
        </message>
        <message>
            <source>not validated: the assessment is {status}</source>
            <comment>validation.not_validated</comment>
            <translation>non validée : l'évaluation est {status}</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: self-validated with the focal point's own key {fingerprint}</source>
            <comment>validation.self_validated</comment>
            <translation>non validée par une clé d'examinateur de confiance : auto-validée avec la propre clé du point focal {fingerprint}</translation>
        </message>
        <message>
            <source>validated by {holder} (key {fingerprint}) on {date}, answers unchanged since</source>
            <comment>validation.signed</comment>
            <translation>validée par {holder} (clé {fingerprint}) le {date}, réponses inchangées depuis</translation>
        </message>
        <message>
            <source>signers not checked: no database of trusted keys was given</source>
            <comment>validation.trust_unknown</comment>
            <translation>signataires non vérifiés : aucune base de données de clés de confiance n'a été indiquée</translation>
        </message>
        <message>
            <source>signers checked against the keys trusted in {database}</source>
            <comment>validation.trusted_in</comment>
            <translation>signataires vérifiés par rapport aux clés de confiance de {database}</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: marked validated without a signature (older data), anyone could have set it</source>
            <comment>validation.unsigned</comment>
            <translation>non validée par une clé d'examinateur de confiance : marquée validée sans signature (données anciennes), n'importe qui a pu le faire</translation>
        </message>
        <message>
            <source>not validated by a trusted reviewer key: validated with key {fingerprint}, which is not a reviewer key trusted here</source>
            <comment>validation.untrusted</comment>
            <translation>non validée par une clé d'examinateur de confiance : validée avec la clé {fingerprint}, qui n'est pas une clé d'examinateur de confiance ici</translation>
        </message>
        <message numerus="yes">
            <source>%n events, oldest first by default</source>
            <comment>window.audit_events</comment>
            <translation>
                <numerusform>%n événement, du plus ancien au plus récent par défaut</numerusform>
                <numerusform>%n événements, du plus ancien au plus récent par défaut</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n events to {file}</source>
            <comment>window.audit_events_saved</comment>
            <translation>
                <numerusform>%n événement enregistré dans {file}</numerusform>
                <numerusform>%n événements enregistrés dans {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n events shown</source>
            <comment>window.audit_events_shown</comment>
            <translation>
                <numerusform>{shown} sur %n événement affiché</numerusform>
                <numerusform>{shown} sur %n événements affichés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers were accepted</source>
            <comment>window.came_back_accepted</comment>
            <translation>
                <numerusform>%n réponse a été acceptée</numerusform>
                <numerusform>%n réponses ont été acceptées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers changed</source>
            <comment>window.came_back_changed</comment>
            <translation>
                <numerusform>%n réponse modifiée</numerusform>
                <numerusform>%n réponses modifiées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new comments</source>
            <comment>window.came_back_comments</comment>
            <translation>
                <numerusform>%n nouveau commentaire</numerusform>
                <numerusform>%n nouveaux commentaires</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers were returned to you</source>
            <comment>window.came_back_returned</comment>
            <translation>
                <numerusform>%n réponse vous a été renvoyée</numerusform>
                <numerusform>%n réponses vous ont été renvoyées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n findings? The audit trail keeps their text.</source>
            <comment>window.findings_remove</comment>
            <translation>
                <numerusform>Retirer %n constat ? Le journal d'audit garde son texte.</numerusform>
                <numerusform>Retirer %n constats ? Le journal d'audit garde leur texte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items changed both here and in the package: choose for each</source>
            <comment>window.import_conflicting</comment>
            <translation>
                <numerusform>%n élément a changé ici et dans le paquet : choisissez ce qu'il faut garder</numerusform>
                <numerusform>%n éléments ont changé ici et dans le paquet : choisissez pour chacun</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts still to resolve</source>
            <comment>window.import_pending</comment>
            <translation>
                <numerusform>%n conflit reste à résoudre</numerusform>
                <numerusform>%n conflits restent à résoudre</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comments, {open} open</source>
            <comment>window.navigator_comments</comment>
            <translation>
                <numerusform>%n commentaire, {open} ouvert(s)</numerusform>
                <numerusform>%n commentaires, {open} ouvert(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} cannot be used: it has %n problems.</source>
            <comment>window.questionnaire_unusable</comment>
            <translation>
                <numerusform>{file} ne peut pas être utilisé : il comporte %n problème.</numerusform>
                <numerusform>{file} ne peut pas être utilisé : il comporte %n problèmes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions shown</source>
            <comment>window.rounds_shown</comment>
            <translation>
                <numerusform>%n question affichée</numerusform>
                <numerusform>%n questions affichées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>What came back (%n to look at)…</source>
            <comment>window.strip_came_back</comment>
            <translation>
                <numerusform>Ce qui est revenu (%n à regarder)…</numerusform>
                <numerusform>Ce qui est revenu (%n à regarder)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Returned to you: %n answers to revise</source>
            <comment>window.strip_returned</comment>
            <translation>
                <numerusform>Renvoyée : %n réponse à réviser</numerusform>
                <numerusform>Renvoyée : %n réponses à réviser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revise %n returned answers</source>
            <comment>window.strip_revise</comment>
            <translation>
                <numerusform>Réviser %n réponse renvoyée</numerusform>
                <numerusform>Réviser %n réponses renvoyées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>With you: %n answers to review</source>
            <comment>window.strip_to_review</comment>
            <translation>
                <numerusform>Chez vous : %n réponse à examiner</numerusform>
                <numerusform>Chez vous : %n réponses à examiner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problems to look at before submitting. Choose one to go to its question.</source>
            <comment>window.submit_problems</comment>
            <translation>
                <numerusform>%n problème à examiner avant l'envoi. Choisissez-le pour aller à sa question.</numerusform>
                <numerusform>%n problèmes à examiner avant l'envoi. Choisissez-en un pour aller à sa question.</numerusform>
            </translation>
        </message>
        <message>
            <source>an assessment cannot go from {current} to {target}</source>
            <comment>workflow.bad_step</comment>
            <translation>une évaluation ne peut pas passer de « {current} » à « {target} »</translation>
        </message>
        <message>
            <source>your key is neither this assessment's focal point nor one of its reviewers: you can read it, comment and flag, but not change answers or review</source>
            <comment>workflow.not_a_party</comment>
            <translation>votre clé n'est ni celle du point focal de cette évaluation ni celle de l'un de ses examinateurs : vous pouvez la lire, commenter et marquer des questions, mais pas modifier les réponses ni les examiner</translation>
        </message>
        <message>
            <source>the assessment is {status}: answers can be changed only while it is a draft or after it was returned</source>
            <comment>workflow.not_editable</comment>
            <translation>l'évaluation est au statut « {status} » : les réponses ne peuvent être modifiées que tant qu'elle est un brouillon ou après son renvoi</translation>
        </message>
        <message>
            <source>the assessment is {status}: decisions are recorded once it is submitted and until it is validated</source>
            <comment>workflow.not_reviewable</comment>
            <translation>l'évaluation est au statut « {status} » : les décisions ne peuvent être enregistrées qu'après sa soumission et jusqu'à sa validation</translation>
        </message>
        <message>
            <source>only a reviewer can accept or return answers</source>
            <comment>workflow.only_reviewer</comment>
            <translation>seul un examinateur peut accepter ou renvoyer des réponses</translation>
        </message>
        <message>
            <source>you are this assessment's focal point (by your key): its review is IOM's, whatever the role setting says</source>
            <comment>workflow.own_assessment</comment>
            <translation>vous êtes le point focal de cette évaluation (d'après votre clé) : son examen revient à l'OIM, quel que soit le réglage du rôle</translation>
        </message>
        <message>
            <source>a reviewer cannot change answers, evidence or findings; record a decision or a comment instead</source>
            <comment>workflow.reviewer_cannot_edit</comment>
            <translation>un examinateur ne peut pas modifier les réponses, les sources ni les constats ; enregistrez plutôt une décision ou un commentaire</translation>
        </message>
        <message>
            <source>only a {role} may move an assessment from {current} to {target}</source>
            <comment>workflow.wrong_role</comment>
            <translation>seul un {role} peut faire passer une évaluation de « {current} » à « {target} »</translation>
        </message>
        <message>
            <source>mgi_field {value} does not fit here (expected: {expected})</source>
            <comment>xlsform.bad_field</comment>
            <translation>mgi_field {value} ne convient pas ici (attendu : {expected})</translation>
        </message>
        <message>
            <source>form_id {form_id} must be letters, digits and . _ - only, with no spaces</source>
            <comment>xlsform.bad_form_id</comment>
            <translation>form_id {form_id} ne doit contenir que des lettres, des chiffres et . _ -, sans espaces</translation>
        </message>
        <message>
            <source>mgi_gcm_objectives must be numbers from 1 to 23, not {value}</source>
            <comment>xlsform.bad_gcm</comment>
            <translation>mgi_gcm_objectives doit contenir des nombres de 1 à 23, pas {value}</translation>
        </message>
        <message>
            <source>mgi_level {value} is not one of: domain, sub_area, indicator</source>
            <comment>xlsform.bad_level</comment>
            <translation>mgi_level {value} n'est pas l'une des valeurs : domain, sub_area, indicator</translation>
        </message>
        <message>
            <source>the expression names {name} without a dollar sign and braces: write {instead}</source>
            <comment>xlsform.bare_name</comment>
            <translation>l'expression nomme {name} sans le signe dollar ni les accolades : écrivez {instead}</translation>
        </message>
        <message>
            <source>duplicate name {name} (first used in {cell})</source>
            <comment>xlsform.duplicate_name</comment>
            <translation>nom {name} en double (utilisé pour la première fois en {cell})</translation>
        </message>
        <message>
            <source>{type} without a matching begin</source>
            <comment>xlsform.end_without_begin</comment>
            <translation>{type} sans début correspondant</translation>
        </message>
        <message>
            <source>cannot read the expression {source}</source>
            <comment>xlsform.expression_unreadable</comment>
            <translation>impossible de lire l'expression {source}</translation>
        </message>
        <message>
            <source>cannot read the expression {source} at column {column}</source>
            <comment>xlsform.expression_unreadable_at</comment>
            <translation>impossible de lire l'expression {source} à la colonne {column}</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n arguments, {given} given</source>
            <comment>xlsform.function_arguments</comment>
            <translation>
                <numerusform>{function}() prend %n argument, {given} donné(s)</numerusform>
                <numerusform>{function}() prend %n arguments, {given} donné(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>the {sheet} sheet has no '{column}' column</source>
            <comment>xlsform.missing_column</comment>
            <translation>la feuille {sheet} n'a pas de colonne « {column} »</translation>
        </message>
        <message>
            <source>the form selects from choice lists but has no 'choices' sheet</source>
            <comment>xlsform.no_choices</comment>
            <translation>le formulaire utilise des listes de choix mais n'a pas de feuille « choices »</translation>
        </message>
        <message>
            <source>the form has no groups: the app needs its questions in groups for the domains, sub-areas and indicators (begin group ... end group, three deep; see docs/xlsform.md)</source>
            <comment>xlsform.no_groups</comment>
            <translation>le formulaire n'a pas de groupes : l'application a besoin de ses questions dans des groupes pour les domaines, sous-domaines et indicateurs (begin group ... end group, sur trois niveaux ; voir docs/xlsform.md)</translation>
        </message>
        <message>
            <source>the row has no list_name</source>
            <comment>xlsform.no_list_row</comment>
            <translation>la ligne n'a pas de list_name</translation>
        </message>
        <message>
            <source>the row has no name</source>
            <comment>xlsform.no_name</comment>
            <translation>la ligne n'a pas de nom</translation>
        </message>
        <message>
            <source>the choice filter names {name}, which is not a column of the choices sheet</source>
            <comment>xlsform.no_such_column</comment>
            <translation>le filtre de choix nomme {name}, qui n'est pas une colonne de la feuille choices</translation>
        </message>
        <message>
            <source>the choice list {name} does not exist in the choices sheet</source>
            <comment>xlsform.no_such_list</comment>
            <translation>la liste de choix {name} n'existe pas dans la feuille choices</translation>
        </message>
        <message>
            <source>the workbook has no 'survey' sheet (sheets: {sheets})</source>
            <comment>xlsform.no_survey</comment>
            <translation>le classeur n'a pas de feuille « survey » (feuilles : {sheets})</translation>
        </message>
        <message>
            <source>the row has no type</source>
            <comment>xlsform.no_type</comment>
            <translation>la ligne n'a pas de type</translation>
        </message>
        <message>
            <source>{column} must be a number, not {value}</source>
            <comment>xlsform.not_a_number</comment>
            <translation>{column} doit être un nombre, pas {value}</translation>
        </message>
        <message>
            <source>group {name} is not closed: it has no 'end group'</source>
            <comment>xlsform.not_closed</comment>
            <translation>le groupe {name} n'est pas fermé : il n'a pas de « end group »</translation>
        </message>
        <message>
            <source>not an Excel workbook (.xlsx): {detail}</source>
            <comment>xlsform.not_xlsx</comment>
            <translation>ce n'est pas un classeur Excel (.xlsx) : {detail}</translation>
        </message>
        <message>
            <source>{column} must be yes or no, not {value}</source>
            <comment>xlsform.not_yes_no</comment>
            <translation>{column} doit valoir yes ou no, pas {value}</translation>
        </message>
        <message numerus="yes">
            <source>{sheet}: column {column} is not used by the app (%n cells)</source>
            <comment>xlsform.note_column</comment>
            <translation>
                <numerusform>{sheet} : la colonne {column} n'est pas utilisée par l'application (%n cellule)</numerusform>
                <numerusform>{sheet} : la colonne {column} n'est pas utilisée par l'application (%n cellules)</numerusform>
            </translation>
        </message>
        <message>
            <source>{what} is not given: {value} is used</source>
            <comment>xlsform.note_default</comment>
            <translation>{what} n'est pas indiqué : {value} est utilisé</translation>
        </message>
        <message>
            <source>{cell}: {type} ({name}) is metadata the app does not keep</source>
            <comment>xlsform.note_metadata</comment>
            <translation>{cell} : {type} ({name}) est une métadonnée que l'application ne conserve pas</translation>
        </message>
        <message>
            <source>note {name}: the app shows a note only at the start of the form (notice, introduction) or first in a domain (its description); put this text in a question's hint</source>
            <comment>xlsform.note_place</comment>
            <translation>note {name} : l'application n'affiche une note qu'au début du formulaire (avertissement, introduction) ou en tête d'un domaine (sa description) ; mettez ce texte dans l'indication d'une question</translation>
        </message>
        <message>
            <source>an Excel 97-2003 workbook (.xls): save it as .xlsx and open that</source>
            <comment>xlsform.old_xls</comment>
            <translation>classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx et ouvrez ce fichier</translation>
        </message>
        <message>
            <source>{type}: the app cannot add an 'other' answer with its own text; add an 'other' choice to the list and a text question after it</source>
            <comment>xlsform.or_other</comment>
            <translation>{type} : l'application ne peut pas ajouter une réponse « autre » avec son propre texte ; ajoutez un choix « autre » à la liste et une question texte à la suite</translation>
        </message>
        <message>
            <source>question {name} must stand inside an indicator group (domain &gt; sub-area &gt; indicator)</source>
            <comment>xlsform.outside_indicator</comment>
            <translation>la question {name} doit se trouver dans un groupe indicateur (domaine &gt; sous-domaine &gt; indicateur)</translation>
        </message>
        <message>
            <source>repeat {name}: the app asks each question once per assessment and cannot repeat a group</source>
            <comment>xlsform.repeat</comment>
            <translation>répétition {name} : l'application pose chaque question une fois par évaluation et ne peut pas répéter un groupe</translation>
        </message>
        <message>
            <source>'.' (the answer itself) can only be used in a constraint</source>
            <comment>xlsform.self_here</comment>
            <translation>« . » (la réponse elle-même) ne peut servir que dans une contrainte</translation>
        </message>
        <message>
            <source>group {name} is nested deeper than domain, sub-area and indicator</source>
            <comment>xlsform.too_deep</comment>
            <translation>le groupe {name} est imbriqué plus profondément que domaine, sous-domaine et indicateur</translation>
        </message>
        <message>
            <source>the {sheet} sheet has more than {limit} rows: not a questionnaire</source>
            <comment>xlsform.too_many_rows</comment>
            <translation>la feuille {sheet} a plus de {limit} lignes : ce n'est pas un questionnaire</translation>
        </message>
        <message>
            <source>mgi_type {mgi_type} does not fit the type {type}</source>
            <comment>xlsform.type_mismatch</comment>
            <translation>mgi_type {mgi_type} ne correspond pas au type {type}</translation>
        </message>
        <message>
            <source>cannot tell which language {language} is: write it with its code, e.g. 'English (en)'</source>
            <comment>xlsform.unknown_language</comment>
            <translation>impossible de savoir quelle langue est {language} : écrivez-la avec son code, p. ex. « Français (fr) »</translation>
        </message>
        <message>
            <source>unknown column {column}: the app's columns are {known}</source>
            <comment>xlsform.unknown_mgi_column</comment>
            <translation>colonne inconnue {column} : les colonnes de l'application sont {known}</translation>
        </message>
        <message>
            <source>the expression names {name}, which is not a question of the form</source>
            <comment>xlsform.unknown_name</comment>
            <translation>l'expression nomme {name}, qui n'est pas une question du formulaire</translation>
        </message>
        <message>
            <source>unknown type {type} (the app reads: {types})</source>
            <comment>xlsform.unknown_type</comment>
            <translation>type inconnu {type} (l'application lit : {types})</translation>
        </message>
        <message>
            <source>the expression uses {function}(), which the app cannot evaluate</source>
            <comment>xlsform.unsupported_function</comment>
            <translation>l'expression utilise {function}(), que l'application ne sait pas évaluer</translation>
        </message>
        <message>
            <source>the expression uses the operator {operator}, which the app cannot evaluate</source>
            <comment>xlsform.unsupported_operator</comment>
            <translation>l'expression utilise l'opérateur {operator}, que l'application ne sait pas évaluer</translation>
        </message>
        <message>
            <source>the expression uses the path {path}: write {instead} instead</source>
            <comment>xlsform.unsupported_path</comment>
            <translation>l'expression utilise le chemin {path} : écrivez plutôt {instead}</translation>
        </message>
        <message>
            <source>the app has no question of type {type}</source>
            <comment>xlsform.unsupported_type</comment>
            <translation>l'application n'a pas de question de type {type}</translation>
        </message>
        <message>
            <source>group {name} ({level}) must stand inside a {parent} group</source>
            <comment>xlsform.wrong_parent</comment>
            <translation>le groupe {name} ({level}) doit se trouver dans un groupe {parent}</translation>
        </message>
    </context>
</TS>
