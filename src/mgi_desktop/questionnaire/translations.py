"""Translations of a questionnaire, kept beside it: one file per questionnaire and language.

A questionnaire file holds its texts in its source language (and whatever translations its author
put inline, as an XLSForm's ``label::fr`` columns do).  The app's own translations live in
``translations/<questionnaire id>.<language>.json`` next to the questionnaire files::

    {"format": 1, "questionnaire": "mgi-national", "language": "fr",
     "origin": "Draft translation by the MGI Desktop project of its own English text",
     "texts": {
      "question:1.1.1.a:text": {
       "source": "3b1f0c9a2d4e",    the fingerprint of the English it translates (`texts.fingerprint`)
       "status": "draft",           or "reviewed"
       "text": "Les migrants ont-ils ...",
       "origin": "UN SDG metadata"  optional: where the wording comes from, if not from `origin`
      }}}

JSON rather than YAML: they are read each time a questionnaire is (on the way to the window's
first question), where JSON's parser is many times faster and imports nothing.  Translators do
not edit them by hand but through a PO file or an XLSForm (`translation_import`).

They are a layer over the questionnaire, not part of it: the questionnaire's identity (the hash an
assessment keeps) is its source text, so an assessment started before a translation existed shows
it as soon as it is installed, and a package carries no translations the other side lacks.  A
translation applies only while its text is unchanged: when the English of a question changes, its
fingerprint no longer matches and the translation is *outdated*, shown in the source language (with
a mark, see `Coverage`) until a translator updates it, never as a text that may now say something
else.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from mgi_desktop import atomic, paths
from mgi_desktop.errors import QuestionnaireError
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire import texts
from mgi_desktop.questionnaire.model import CODE_PATTERN, LocalizedText, Questionnaire
from mgi_desktop.questionnaire.problems import Problem, read_text

FORMAT = 1
FOLDER = "translations"
#: the header of a translator's PO file that names its questionnaire, so that it is not read back
#: into another one (`export.translation_po` writes it, `translation_import` checks it)
PO_QUESTIONNAIRE_HEADER = "X-MGI-Questionnaire"

NOT_JSON = Template("translations.not_json", "not valid JSON: {detail}")
KEY_TWICE = Template("translations.key_twice", "key {key} appears twice")
NOT_A_MAPPING = Template("translations.not_a_mapping", "a translation file is a mapping with a 'texts' mapping")
BAD_FIELD = Template("translations.bad_field", "{field} must be {expected}")
WRONG_NAME = Template("translations.wrong_name",
                      "the file is named for {expected} but holds {found}: name it {expected}.json")
BAD_ENTRY = Template("translations.bad_entry",
                     "each text needs 'source' (12 hex digits), 'status' (draft or reviewed) and a "
                     "non-empty 'text'")
UNKNOWN_FIELD = Template("translations.unknown_field", "unknown field {field} (expected: {expected})")
HAS_PROBLEMS = Template("translations.has_problems", "translation file {file} has {n} problem",
                        plural="translation file {file} has {n} problems", count="n")


class Status(StrEnum):
    DRAFT = "draft"
    REVIEWED = "reviewed"


@dataclass(frozen=True)
class Entry:
    text: str
    #: fingerprint of the source text this translates
    source: str
    status: Status = Status.DRAFT
    origin: str | None = None


@dataclass
class TranslationFile:
    questionnaire: str
    language: str
    entries: dict[str, Entry] = field(default_factory=dict)
    #: where the texts come from, unless an entry says otherwise
    origin: str | None = None
    path: Path | None = None

    @property
    def name(self) -> str:
        return f"{self.questionnaire}.{self.language}"


# -- reading and writing ---------------------------------------------------------------------------

_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)?$")
_FINGERPRINT = re.compile(r"^[0-9a-f]{12}$")
_HEAD_FIELDS = ("about", "format", "questionnaire", "language", "origin", "texts")
#: what a person opening a file learns first (JSON holds no comments)
ABOUT = ("Translations of an MGI Desktop questionnaire: each text under its key, with the fingerprint of the "
         "source text it translates (a changed source makes it outdated) and its status (draft or reviewed). "
         "Edit them through a PO file: mgi-desktop questionnaire translation-export / translation-import.")
_ENTRY_FIELDS = ("source", "status", "text", "origin")


def check_file(path: Path) -> tuple[TranslationFile | None, list[Problem]]:
    """A translation file and its problems (the file only when there are none)."""
    name = str(path)
    text, problems = read_text(path)
    if text is None:
        return None, problems
    duplicates: list[str] = []
    try:
        data = json.loads(text, object_pairs_hook=lambda pairs: _unique(pairs, duplicates))
    except json.JSONDecodeError as exc:
        return None, [Problem(name, "", exc.lineno, NOT_JSON(detail=exc.msg))]
    problems = [Problem(name, "", None, KEY_TWICE(key=repr(key))) for key in duplicates]

    def problem(place: str, message: Any) -> None:
        # JSON's parser keeps no lines of keys: the place names the key instead
        problems.append(Problem(name, place, None, message))

    if not isinstance(data, dict) or not isinstance(data.get("texts", {}), dict):
        return None, [Problem(name, "", None, NOT_A_MAPPING())]
    for key in data:
        if key not in _HEAD_FIELDS:
            problem(str(key), UNKNOWN_FIELD(field=repr(key), expected=", ".join(_HEAD_FIELDS)))
    if data.get("format", FORMAT) != FORMAT:
        problem("format", BAD_FIELD(field="format", expected=str(FORMAT)))
    questionnaire, language = data.get("questionnaire"), data.get("language")
    if not isinstance(questionnaire, str) or not re.match(CODE_PATTERN, questionnaire):
        problem("questionnaire", BAD_FIELD(field="questionnaire", expected="a questionnaire id"))
    if not isinstance(language, str) or not _LANGUAGE.match(language):
        problem("language", BAD_FIELD(field="language", expected="a language code such as fr"))
    origin = data.get("origin")
    if origin is not None and not isinstance(origin, str):
        problem("origin", BAD_FIELD(field="origin", expected="a text"))
    if not problems and path.stem != f"{questionnaire}.{language}":
        problem("", WRONG_NAME(expected=f"{questionnaire}.{language}", found=path.stem))
    entries: dict[str, Entry] = {}
    for key, raw in (data.get("texts") or {}).items():
        if isinstance(raw, dict):
            for extra in raw:
                if extra not in _ENTRY_FIELDS:
                    problem(str(key), UNKNOWN_FIELD(field=repr(extra), expected=", ".join(_ENTRY_FIELDS)))
        entry = _entry(raw)
        if entry is None:
            problem(str(key), BAD_ENTRY())
        else:
            entries[str(key)] = entry
    if problems:
        return None, problems
    assert isinstance(questionnaire, str) and isinstance(language, str)
    return TranslationFile(questionnaire, language, entries, origin, path), []


def _unique(pairs: list[tuple[str, Any]], duplicates: list[str]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            duplicates.append(key)
        result[key] = value
    return result


def _entry(raw: Any) -> Entry | None:
    if not isinstance(raw, dict):
        return None
    text, source, status, origin = raw.get("text"), raw.get("source"), raw.get("status"), raw.get("origin")
    if not isinstance(text, str) or not text.strip() or not isinstance(source, str) \
            or not _FINGERPRINT.match(source) or status not in (Status.DRAFT, Status.REVIEWED) \
            or (origin is not None and not isinstance(origin, str)):
        return None
    return Entry(text, source, Status(status), origin)


def read_file(path: Path) -> TranslationFile:
    translation, problems = check_file(path)
    if translation is None:
        raise QuestionnaireError(HAS_PROBLEMS(file=path, n=len(problems)), details=[p.as_message() for p in problems])
    return translation


def dump(translation: TranslationFile, questionnaire: Questionnaire | None = None) -> str:
    """The file's text: entries in the questionnaire's order when it is given (so a diff of two
    versions reads as the questionnaire does), else in key order."""
    order = {key: n for n, key in enumerate(texts.by_key(questionnaire))} if questionnaire else {}
    keys = sorted(translation.entries, key=lambda k: (order.get(k, len(order)), k))
    body: dict[str, Any] = {"about": ABOUT, "format": FORMAT, "questionnaire": translation.questionnaire,
                            "language": translation.language}
    if translation.origin:
        body["origin"] = translation.origin
    body["texts"] = {}
    for key in keys:
        entry = translation.entries[key]
        item: dict[str, Any] = {"source": entry.source, "status": str(entry.status), "text": entry.text}
        if entry.origin:
            item["origin"] = entry.origin
        body["texts"][key] = item
    # one text per line group, UTF-8 as written: a reviewer reads a diff of two versions as text
    return json.dumps(body, ensure_ascii=False, indent=1) + "\n"


def write_file(translation: TranslationFile, path: Path, questionnaire: Questionnaire | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_text(path, dump(translation, questionnaire))
    _read_cached.cache_clear()


# -- where they are found ----------------------------------------------------------------------------


def folders(beside: Path | None = None) -> list[Path]:
    """Where translations are looked for, later ones overriding earlier: the app's own, the user's
    (what they imported for the app's questionnaires), and the folder beside a questionnaire file."""
    found = [paths.questionnaires_dir() / FOLDER, paths.data_dir() / FOLDER]
    if beside is not None:
        found.append(beside.resolve() / FOLDER)
    unique: list[Path] = []
    for folder in found:
        if folder not in unique:
            unique.append(folder)
    return unique


def user_file(questionnaire_id: str, language: str) -> Path:
    """Where the user's own translation of one of the app's questionnaires is written."""
    return paths.data_dir() / FOLDER / f"{questionnaire_id}.{language}.json"


@functools.lru_cache(maxsize=64)
def _read_cached(path: Path, mtime_ns: int, size: int) -> TranslationFile | None:
    translation, _ = check_file(path)
    return translation


def available(questionnaire_id: str, beside: Path | None = None) -> dict[str, TranslationFile]:
    """The translations of a questionnaire by language; a file with problems is left out (the status
    report and `check_file` name them).  A later folder's file replaces an earlier one's whole: an
    import writes every text of the language, so what it removed stays removed."""
    found: dict[str, TranslationFile] = {}
    for folder in folders(beside):
        for path in sorted(folder.glob(f"{questionnaire_id}.*.json")) if folder.is_dir() else ():
            try:
                stat = path.stat()
            except OSError:
                continue
            translation = _read_cached(path, stat.st_mtime_ns, stat.st_size)
            if translation is None or translation.questionnaire != questionnaire_id:
                continue
            found[translation.language] = translation
    return found


# -- applying ---------------------------------------------------------------------------------------


def applicable(translation: TranslationFile, text: texts.Text, source_language: str) -> Entry | None:
    """The translation of a text, if there is one and it translates the text as it now stands."""
    entry = translation.entries.get(text.key)
    if entry is None or entry.source != texts.fingerprint(text.source(source_language)):
        return None
    return entry


def apply(questionnaire: Questionnaire, translations: Iterable[TranslationFile]) -> Questionnaire:
    """The questionnaire with each translation that still matches its source text added."""
    layers = [t for t in translations if t.language != questionnaire.source_language]
    if not layers:
        return questionnaire
    source = questionnaire.source_language

    def translate(text: texts.Text) -> LocalizedText:
        values = dict(text.value.values)
        if "" in values:  # a plain string in the file: the source language's
            values.setdefault(source, values.pop(""))
        for layer in layers:
            entry = applicable(layer, text, source)
            if entry is not None:
                values[layer.language] = entry.text
        return LocalizedText(values)

    translated = texts.map_texts(questionnaire, translate)
    languages = list(dict.fromkeys([*questionnaire.languages, *(t.language for t in layers)]))
    return dataclasses.replace(translated, languages=languages)


# -- status --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    """How far a questionnaire is translated into one language."""

    language: str
    total: int
    translated: int
    missing: int
    outdated: int
    draft: int
    reviewed: int
    #: in the questionnaire file itself (an XLSForm's label::xx column), not in a translation file
    inline: int
    outdated_keys: tuple[str, ...] = ()
    missing_keys: tuple[str, ...] = ()

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    def as_dict(self) -> dict[str, Any]:
        return {"language": self.language, "total": self.total, "translated": self.translated,
                "percent": round(self.percent, 1), "missing": self.missing, "outdated": self.outdated,
                "draft": self.draft, "reviewed": self.reviewed, "inline": self.inline,
                "outdated_keys": list(self.outdated_keys), "missing_keys": list(self.missing_keys)}


def coverage(questionnaire: Questionnaire, translations: Mapping[str, TranslationFile],
             languages: Iterable[str] = ()) -> list[Coverage]:
    """Per language (those of the file, of the translations and `languages`): the counts of the status
    report.  A text is outdated when its translation no longer matches its source and missing when
    it has none at all; inline texts count as reviewed, their author put them there."""
    source = questionnaire.source_language
    wanted = sorted({*questionnaire.languages, *translations, *languages} - {source})
    all_texts = list(texts.iter_texts(questionnaire))
    report = []
    for language in wanted:
        counts: Counter[str] = Counter()
        outdated: list[str] = []
        missing: list[str] = []
        layer = translations.get(language)
        for text in all_texts:
            entry = applicable(layer, text, source) if layer else None
            if entry is not None:
                counts[str(entry.status)] += 1
            elif text.value.values.get(language, "").strip():
                counts["inline"] += 1
            elif layer is not None and text.key in layer.entries:
                outdated.append(text.key)
            else:
                missing.append(text.key)
        translated = counts["draft"] + counts["reviewed"] + counts["inline"]
        report.append(Coverage(language, len(all_texts), translated, len(missing), len(outdated), counts["draft"],
                               counts["reviewed"] + counts["inline"], counts["inline"], tuple(outdated),
                               tuple(missing)))
    return report
