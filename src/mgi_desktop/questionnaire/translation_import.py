"""A translator's work read back: a PO file, or an XLSForm with ``label::xx`` columns.

Everything is checked before anything is kept, and a file with any problem changes nothing: a text
the questionnaire does not have (an unknown key or code), a translation that is only white space,
one that lost or changed a placeholder of its source (a ``${question}`` reference, a web address),
a file made for another questionnaire or language.  What passes becomes the new translation file
for the language: each text added, changed or removed is counted, each recorded with the fingerprint
of the source it translates (so a translation made from an older export arrives *outdated*) and a
status: a PO entry marked fuzzy is a draft, one without the flag reviewed; an XLSForm has no such
mark, so the importer says which (`status`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from mgi_desktop.errors import QuestionnaireError
from mgi_desktop.messages import Message, Template
from mgi_desktop.questionnaire import texts, translations
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.problems import Problem
from mgi_desktop.questionnaire.translations import Entry, Status, TranslationFile

NOT_PO = Template("translations.not_po", "not a PO file: {detail}")
OTHER_QUESTIONNAIRE = Template("translations.other_questionnaire",
                               "this file translates the questionnaire {found}, not {expected}")
NO_LANGUAGE = Template("translations.no_language",
                       "the file does not say which language it holds: give it (--language)")
OTHER_LANGUAGE = Template("translations.other_language", "the file holds {found}, not {expected}")
SOURCE_LANGUAGE = Template("translations.source_language",
                           "{language} is the questionnaire's source language: there is nothing to translate into it")
UNKNOWN_TEXT = Template("translations.unknown_text", "the questionnaire has no text {key}")
NO_KEY = Template("translations.no_key", "entry without a context (msgctxt): the app cannot tell which text it is")
BLANK = Template("translations.blank",
                 "the translation is only white space: leave it empty to remove it, or write the text")
PLACEHOLDERS = Template("translations.placeholders",
                        "the translation must keep {expected} of the source as written (it has {found})")
IMPORT_PROBLEMS = Template("translations.import_problems",
                           "{file}: {n} problem, nothing was imported",
                           plural="{file}: {n} problems, nothing was imported", count="n")

#: what must come through a translation untouched: references to answers and web addresses
_PLACEHOLDER = re.compile(r"\$\{[^}\s]*\}|https?://[^\s<>\"')\]]+[^\s<>\"')\].,;:]")


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


@dataclass
class TranslationImport:
    """What a translator's file would change; `apply` keeps it."""

    file: Path
    questionnaire: str
    language: str
    problems: list[Problem] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    #: of the added and changed: translations of an older source text than the questionnaire's
    outdated: list[str] = field(default_factory=list)
    unchanged: int = 0
    result: TranslationFile | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "changed": len(self.changed), "removed": len(self.removed),
                "outdated": len(self.outdated), "unchanged": self.unchanged, "problems": len(self.problems)}

    def error(self) -> QuestionnaireError:
        return QuestionnaireError(IMPORT_PROBLEMS(file=self.file, n=len(self.problems)),
                                  details=[p.as_message() for p in self.problems])


@dataclass(frozen=True)
class _Given:
    """One text as the translator's file has it."""

    key: str
    source: str
    text: str
    status: Status
    where: int | str | None


def _compare(framework: Framework, path: Path, language: str, given: list[_Given],
             problems: list[Problem]) -> TranslationImport:
    model = framework.source_model
    source_language = model.source_language
    result = TranslationImport(path, model.id, language, problems)
    if language == source_language:
        problems.append(Problem(str(path), "", None, SOURCE_LANGUAGE(language=language)))
    known = texts.by_key(model)
    before = framework.translations.get(language)
    entries: dict[str, Entry] = dict(before.entries) if before else {}
    seen: set[str] = set()

    def problem(item: _Given, message: Message) -> None:
        problems.append(Problem(str(path), item.key, item.where, message))

    for item in given:
        text = known.get(item.key)
        if text is None:
            problem(item, UNKNOWN_TEXT(key=item.key))
            continue
        seen.add(item.key)
        old = entries.get(item.key)
        if not item.text:
            if old is not None:
                del entries[item.key]
                result.removed.append(item.key)
            continue
        if not item.text.strip():
            problem(item, BLANK())
            continue
        wanted, found = placeholders(item.source), placeholders(item.text)
        if wanted != found:
            problem(item, PLACEHOLDERS(expected=", ".join(wanted) or "no placeholder",
                                       found=", ".join(found) or "none"))
            continue
        fingerprint = texts.fingerprint(item.source)
        new = Entry(item.text, fingerprint, item.status, old.origin if old and old.text == item.text else None)
        if old == new:
            result.unchanged += 1
            continue
        (result.changed if old is not None else result.added).append(item.key)
        if fingerprint != texts.fingerprint(text.source(source_language)):
            result.outdated.append(item.key)
        entries[item.key] = new
    if not problems:
        result.result = TranslationFile(model.id, language, entries,
                                        before.origin if before else None)
    return result


# -- PO ----------------------------------------------------------------------------------------------


def from_po(framework: Framework, path: Path, language: str | None = None) -> TranslationImport:
    """Read a PO file made by `export.translation_po` (or by a tool from it) against `framework`."""
    import polib

    model = framework.source_model
    try:
        po = polib.pofile(str(path), wrapwidth=0)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        return TranslationImport(path, model.id, language or "", [Problem(str(path), "", None,
                                                                          NOT_PO(detail=str(exc)))])
    problems: list[Problem] = []
    found_id = po.metadata.get(translations.PO_QUESTIONNAIRE_HEADER, "").strip()
    if found_id and found_id != model.id:
        problems.append(Problem(str(path), "", None, OTHER_QUESTIONNAIRE(found=found_id, expected=model.id)))
    header_language = po.metadata.get("Language", "").strip().replace("_", "-").split("-")[0].lower()
    if language and header_language and header_language != language:
        problems.append(Problem(str(path), "", None, OTHER_LANGUAGE(found=header_language, expected=language)))
    language = language or header_language
    if not language:
        return TranslationImport(path, model.id, "", [*problems, Problem(str(path), "", None, NO_LANGUAGE())])
    given = []
    for entry in po:
        if entry.obsolete:
            continue
        if not entry.msgctxt:
            problems.append(Problem(str(path), entry.msgid[:40], entry.linenum, NO_KEY()))
            continue
        given.append(_Given(entry.msgctxt, entry.msgid, entry.msgstr,
                            Status.DRAFT if "fuzzy" in entry.flags else Status.REVIEWED, entry.linenum))
    return _compare(framework, path, language, given, problems)


# -- XLSForm -------------------------------------------------------------------------------------------


def from_xlsform(framework: Framework, path: Path, language: str,
                 status: Status = Status.DRAFT) -> TranslationImport:
    """Read the ``::language`` columns of an XLSForm of this questionnaire (as `export.xlsform` writes
    it, edited in a spreadsheet) against `framework`."""
    from mgi_desktop.questionnaire.xlsform.read import check_xlsform

    model = framework.source_model
    checked = check_xlsform(path)
    if checked.framework is None:
        return TranslationImport(path, model.id, language, list(checked.problems))
    problems: list[Problem] = []
    form = checked.framework.source_model
    if form.id != model.id:
        problems.append(Problem(str(path), "", None, OTHER_QUESTIONNAIRE(found=form.id, expected=model.id)))
    if language not in form.languages:
        problems.append(Problem(str(path), "", None, OTHER_LANGUAGE(found=", ".join(form.languages),
                                                                    expected=language)))
        return TranslationImport(path, model.id, language, problems)
    known = texts.by_key(model)
    given = []
    for text in texts.iter_texts(form):
        if text.key not in known and not text.value.values.get(language):
            continue  # a text the form adds in its source language only (a built-in label): not a translation
        given.append(_Given(text.key, text.source(form.source_language), text.value.values.get(language, ""),
                            status, text.owner))
    return _compare(framework, path, language, given, problems)


def apply(result: TranslationImport, target: Path, framework: Framework) -> None:
    """Write the checked import as the language's translation file `target` (atomically)."""
    if not result.ok or result.result is None:
        raise result.error()
    translations.write_file(result.result, target, framework.source_model)


def target_for(framework: Framework, language: str, questionnaire_file: Path | None) -> Path:
    """Where an import is kept: beside the questionnaire file it translates, or, for one of the app's
    own questionnaires, in the user's folder (the app's may not be writable)."""
    name = f"{framework.id}.{language}.json"
    if questionnaire_file is not None:
        return questionnaire_file.resolve().parent / translations.FOLDER / name
    return translations.user_file(framework.id, language)
