"""A crosswalk: which question of a new questionnaire version takes the answer to each question of
the old one, and how answer values are recoded on the way (docs/crosswalk.md).

A crosswalk is a small YAML file a person can read and edit: a header naming
both questionnaires (id, version and SHA-256 of the file, so that it is never
applied to another pair) and one entry per old question::

    - from: 1.1.1.c
      to: 1.1.1.c            # a code, a list of codes (a split), or null (not carried)
      confirm: true          # the focal point confirms the carried answer
      note: reworded
      values: {'yes': 'yes', 'no': 'no', dont_know: null}   # old value -> new value; null: not carried

`draft` writes one from `diff.diff`; `check_text` / `load_file` read one
back against the two questionnaires and report every problem at once, each
with its line, the way `loader` reports a questionnaire's; `identity` is the
crosswalk of a questionnaire to itself.  A follow-up round stores the
crosswalk it applied (`as_dict`, rebuilt by `from_dict`) so a comparison of
the two rounds pairs their questions the same way.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from mgi_desktop.errors import MgiError, ValidationError
from mgi_desktop.messages import Message, Template
from mgi_desktop.questionnaire.diff import QuestionnaireDiff, Side, diff, texts
from mgi_desktop.questionnaire.framework import AnswerValue, Framework
from mgi_desktop.questionnaire.loader import _line
from mgi_desktop.questionnaire.problems import MAX_FILE_BYTES, Problem
from mgi_desktop.questionnaire.yaml_source import parse_yaml

NOT_A_MAPPING = Template("crosswalk.not_a_mapping", "not a crosswalk: the file must hold a mapping")
FORMAT = Template("crosswalk.format", "unknown crosswalk format {value} (this version reads format {known})")
MISSING = Template("crosswalk.missing", "missing field {field}")
UNKNOWN_FIELD = Template("crosswalk.unknown_field", "unknown field {field}")
NOT_A_LIST = Template("crosswalk.not_a_list", "{field} must be a list")
NOT_AN_ENTRY = Template("crosswalk.not_an_entry", "each question of a crosswalk is a mapping with 'from' and 'to'")
HEADER_MISMATCH = Template("crosswalk.header_mismatch",
                           "the crosswalk's '{side}' {field} is {named}, but the questionnaire's is {actual}")
UNKNOWN_OLD_CODE = Template("crosswalk.unknown_old_code", "no question {code} in the old questionnaire {framework}")
UNKNOWN_NEW_CODE = Template("crosswalk.unknown_new_code", "no question {code} in the new questionnaire {framework}")
OLD_CODE_TWICE = Template("crosswalk.old_code_twice", "old question {code} is listed twice (first on line {line})")
NEW_CODE_TWICE = Template("crosswalk.new_code_twice",
                          "new question {code} already takes the answer of {other} (line {line})")
NOT_A_CODE = Template("crosswalk.not_a_code", "{value} is not a question code")
NOT_A_FLAG = Template("crosswalk.not_a_flag", "'confirm' is true or false, not {value}")
NOT_TEXT = Template("crosswalk.not_text", "'note' must be text")
VALUES_NOT_MAPPING = Template("crosswalk.values_not_mapping", "'values' maps old answers to new ones")
NOT_OLD_CHOICE = Template("crosswalk.not_old_choice", "{value} is not a choice of old question {code} ({choices})")
NOT_OLD_VALUE = Template("crosswalk.not_old_value", "{value} is not an answer old question {code} can have: {reason}")
NOT_NEW_CHOICE = Template("crosswalk.not_new_choice", "{value} is not a choice of new question {code} ({choices})")
WRONG_TYPE = Template("crosswalk.wrong_type",
                      "{value} is not a value new question {code} ({type}) can hold: {reason}")
EMPTY_VALUE = Template("crosswalk.empty_value", "an empty answer is not recoded: it is never carried")
HAS_PROBLEMS = Template("crosswalk.has_problems", "crosswalk has {n} problem", plural="crosswalk has {n} problems",
                        count="n")
NOT_FOUND = Template("crosswalk.not_found", "file not found")
UNREADABLE = Template("crosswalk.unreadable", "cannot read the file: {reason}")
TOO_LARGE = Template("crosswalk.too_large", "file is too large for a crosswalk ({size} bytes)")
#: Notes the draft writes (English, for the person editing the file: the file is theirs, not the window's).
NOTES = {"same": "same question", "reworded": "reworded: confirm the answer still holds",
         "changed": "answer type or choices changed: confirm the answer", "identical": "same text, new code",
         "similar": "similar text ({ratio:.0%}), new code: check it is the same question",
         "split": "split into {n} questions: confirm each", "removed": "not in the new questionnaire"}


class CrosswalkError(MgiError):
    """A crosswalk file that cannot be used; the details list every problem, each with its line."""


FORMAT_VERSION = 1
#: Two question texts at least this similar (difflib's ratio, 0 to 1, on the source-language texts with
#: white space folded and case ignored) are drafted as the same question under a new code, to confirm.
#: 0.8 pairs a reworded sentence ("the law" -> "the legal framework") and leaves apart two questions of
#: one indicator that differ by their subject ("children" / "adults" differ by more than a fifth).
SIMILAR_TEXT = 0.8

_ENTRY_KEYS = frozenset({"from", "to", "confirm", "note", "values"})
_TOP_KEYS = frozenset({"format", "from", "to", "questions"})


def value_key(value: Any) -> str:
    """How an old answer value is looked up in `Mapping.values` (JSON keys are text)."""
    return value if isinstance(value, str) else json.dumps(value)


@dataclass(frozen=True)
class Mapping:
    """Where the answer to one old question goes."""

    old: str
    new: tuple[str, ...]  # empty: not carried; two or more: a split
    confirm: bool = False
    note: str = ""
    #: old value (`value_key`) -> new value, None where a value is not carried; None: values carry as they are
    values: dict[str, AnswerValue] | None = None
    line: int | str | None = field(default=None, compare=False)  # where a file said it (not part of what it says)

    @property
    def split(self) -> bool:
        return len(self.new) > 1

    def recode(self, value: AnswerValue) -> tuple[AnswerValue, list[str]]:
        """The value for the new question(s), and the old codes that have no new value (dropped)."""
        if self.values is None or value is None:
            return value, []
        if isinstance(value, list):
            kept: list[str] = []
            dropped: list[str] = []
            for code in value:
                new = self.values.get(code, code)
                if new is None:
                    dropped.append(code)
                elif isinstance(new, list):
                    kept += [c for c in new if c not in kept]
                elif str(new) not in kept:
                    kept.append(str(new))
            return kept, dropped
        key = value_key(value)
        if key in self.values and self.values[key] is None:
            return None, [str(value)]
        return self.values.get(key, value), []

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"from": self.old, "to": list(self.new)}
        if self.confirm:
            data["confirm"] = True
        if self.note:
            data["note"] = self.note
        if self.values is not None:
            data["values"] = dict(self.values)
        return data


@dataclass(frozen=True)
class Crosswalk:
    old: Side
    new: Side
    mappings: tuple[Mapping, ...]
    _by_old: dict[str, Mapping] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_old", {m.old: m for m in self.mappings})

    def of(self, old_code: str) -> Mapping | None:
        return self._by_old.get(old_code)

    def sources(self, new_code: str) -> list[str]:
        """The old questions whose answer `new_code` takes (one, or none for a new question)."""
        return [m.old for m in self.mappings if new_code in m.new]

    def is_identity(self) -> bool:
        return self.old == self.new and all(m.new == (m.old,) and m.values is None for m in self.mappings)

    def as_dict(self) -> dict[str, Any]:
        return {"format": FORMAT_VERSION, "from": _side_dict(self.old), "to": _side_dict(self.new),
                "questions": [m.as_dict() for m in self.mappings]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Crosswalk:
        """A crosswalk this app wrote (`as_dict`, kept with an assessment), rebuilt without checks."""
        return cls(Side(**data["from"]), Side(**data["to"]), tuple(
            Mapping(m["from"], tuple(m["to"]), bool(m.get("confirm", False)), m.get("note", ""), m.get("values"))
            for m in data["questions"]))

    @classmethod
    def from_json(cls, text: str) -> Crosswalk:
        """The `as_dict` JSON of a crosswalk that came from elsewhere (a package): its shape checked,
        `ValueError` if it is not one.  What it names is checked against the questionnaires by the caller."""
        data = json.loads(text)
        _expect(isinstance(data, dict) and set(data) == _TOP_KEYS and data["format"] == FORMAT_VERSION)
        for side in ("from", "to"):
            _expect(isinstance(data[side], dict) and set(data[side]) == {"id", "version", "sha256"}
                    and all(isinstance(v, str) for v in data[side].values()))
        _expect(isinstance(data["questions"], list))
        for m in data["questions"]:
            _expect(isinstance(m, dict) and {"from", "to"} <= set(m) <= _ENTRY_KEYS and isinstance(m["from"], str)
                    and isinstance(m["to"], list) and all(isinstance(c, str) for c in m["to"])
                    and isinstance(m.get("confirm", False), bool) and isinstance(m.get("note", ""), str))
            values = m.get("values")
            _expect(values is None or (isinstance(values, dict) and all(
                v is None or isinstance(v, (str, int, float)) or (isinstance(v, list) and all(
                    isinstance(c, str) for c in v)) for v in values.values())))
        return cls.from_dict(data)


def _expect(condition: bool) -> None:
    if not condition:
        raise ValueError("not a crosswalk")


def _side_dict(side: Side) -> dict[str, str]:
    return {"id": side.id, "version": side.version, "sha256": side.sha256}


# -- drafting ---------------------------------------------------------------------------------


def identity(framework: Framework) -> Crosswalk:
    """Every question to itself: a follow-up on the same questionnaire."""
    side = Side.of(framework)
    return Crosswalk(side, side, tuple(Mapping(code, (code,)) for code in framework.codes()))


def _plain(framework: Framework, code: str) -> str:
    text = texts(framework.placement(code).question.text, framework.model.source_language)
    return text.get(framework.model.source_language, "").lower()


def _values(old: Framework, new: Framework, old_code: str, new_code: str) -> dict[str, AnswerValue] | None:
    """Choice codes that still exist map to themselves, vanished ones to nothing (for the author to see);
    None when the choices are the same codes (values carry as they are) or the old question has none."""
    before = [c.code for c in old.placement(old_code).choices]
    after = {c.code for c in new.placement(new_code).choices}
    if not before or set(before) == after:
        return None
    return {code: (code if code in after else None) for code in before}


def draft(old: Framework, new: Framework, changes: QuestionnaireDiff | None = None) -> Crosswalk:
    """A crosswalk for a person to check: see docs/crosswalk.md for what each case drafts."""
    changes = changes if changes is not None else diff(old, new)
    added = [c.code for c in changes.added]
    removed = [c.code for c in changes.removed]
    # each new question goes to the removed question it is most like, if it is like one enough
    best: dict[str, list[tuple[str, float]]] = {}
    for code in added:
        text = _plain(new, code)
        scored = [(difflib.SequenceMatcher(None, _plain(old, r), text, autojunk=False).ratio(), r) for r in removed]
        if scored:
            ratio, source = max(scored)
            if ratio >= SIMILAR_TEXT:
                best.setdefault(source, []).append((code, ratio))
    mappings = []
    for code in old.codes():
        if code in new.placements:
            change = changes.get(code)
            values = _values(old, new, code, code)
            if change is None or not change.meaning_changed:
                note, confirm = NOTES["same"], False
            else:
                note = NOTES["reworded"] if change.reworded else NOTES["changed"]
                confirm = True
            mappings.append(Mapping(code, (code,), confirm, note, values))
            continue
        targets = best.get(code, [])
        if not targets:
            mappings.append(Mapping(code, (), False, NOTES["removed"]))
        elif len(targets) > 1:
            mappings.append(Mapping(code, tuple(t for t, _ in targets), True, NOTES["split"].format(n=len(targets)),
                                    _values(old, new, code, targets[0][0])))
        else:
            (target, ratio), = targets
            identical = ratio == 1.0
            mappings.append(Mapping(code, (target,), not identical,
                                    NOTES["identical"] if identical else NOTES["similar"].format(ratio=ratio),
                                    _values(old, new, code, target)))
    return Crosswalk(Side.of(old), Side.of(new), tuple(mappings))


_HEADER = """\
# A crosswalk from {old.id} {old.version} to {new.id} {new.version} (see docs/crosswalk.md).
# Each old question: 'to' is the new question (a list for a split, null when it is not carried);
# 'confirm: true' makes the carried answer wait for the focal point; 'values' recodes answers
# (old -> new, null: not carried). Quote the codes yes and no: unquoted, YAML reads them as true/false.
# Drafted: check every 'confirm' and every null before using it.
"""


def dump_yaml(crosswalk: Crosswalk) -> str:
    """The crosswalk as a YAML file a person edits (`check_text` reads it back)."""
    data = crosswalk.as_dict()
    for entry in data["questions"]:  # a single code reads better than a list of one, nothing better than []
        entry["to"] = entry["to"][0] if len(entry["to"]) == 1 else (entry["to"] or None)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100, default_flow_style=None)
    return _HEADER.format(old=crosswalk.old, new=crosswalk.new) + body


# -- reading ----------------------------------------------------------------------------------


def _code(value: Any) -> str | None:
    """A code as YAML may have read it: 1.1 unquoted is a number."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    return value if isinstance(value, str) else None


def _answer(value: Any) -> Any:
    """A value as written: unquoted yes / no are YAML 1.1's true / false, and mean the codes here."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def _name(framework: Framework) -> str:
    return f"{framework.id} {framework.version}"


class _Reader:
    def __init__(self, file: str, old: Framework, new: Framework) -> None:
        self.file, self.old, self.new = file, old, new
        self.problems: list[Problem] = []

    def add(self, place: str, line: int | str | None, msg: Message) -> None:
        self.problems.append(Problem(self.file, place, line, msg))

    def read(self, data: Any) -> Crosswalk | None:
        if not isinstance(data, dict):
            self.add("", 1, NOT_A_MAPPING())
            return None
        for key in data:
            if key not in _TOP_KEYS:
                self.add("", _line(data, key), UNKNOWN_FIELD(field=repr(key)))
        if data.get("format", FORMAT_VERSION) != FORMAT_VERSION:
            self.add("format", _line(data, "format"), FORMAT(value=repr(data.get("format")), known=FORMAT_VERSION))
        for side, framework in (("from", self.old), ("to", self.new)):
            self._header(data, side, framework)
        questions = data.get("questions")
        if questions is None:
            self.add("", _line(data), MISSING(field="'questions'"))
            questions = []
        elif not isinstance(questions, list):
            self.add("questions", _line(data, "questions"), NOT_A_LIST(field="'questions'"))
            questions = []
        mappings: list[Mapping] = []
        old_lines: dict[str, int | str | None] = {}
        new_lines: dict[str, tuple[str, int | str | None]] = {}
        for entry in questions:
            mapping = self._entry(entry, data, old_lines, new_lines)
            if mapping is not None:
                mappings.append(mapping)
        if self.problems:
            return None
        return Crosswalk(Side.of(self.old), Side.of(self.new), tuple(mappings))

    def _header(self, data: dict[str, Any], side: str, framework: Framework) -> None:
        header = data.get(side)
        if not isinstance(header, dict):
            self.add("", _line(data, side) or _line(data), MISSING(field=repr(side)))
            return
        actual = {"id": framework.id, "version": framework.version, "sha256": framework.sha256}
        for key in header:
            if key not in actual:
                self.add(side, _line(header, key), UNKNOWN_FIELD(field=repr(key)))
        for key, expected in actual.items():
            if key not in header:
                self.add(side, _line(header), MISSING(field=repr(key)))
            elif str(header[key]) != expected:
                self.add(side, _line(header, key), HEADER_MISMATCH(side=side, field=key, named=repr(str(header[key])),
                                                                   actual=repr(expected)))

    def _entry(self, entry: Any, data: dict[str, Any], old_lines: dict[str, int | str | None],
               new_lines: dict[str, tuple[str, int | str | None]]) -> Mapping | None:
        line = _line(entry) or _line(data, "questions")
        if not isinstance(entry, dict):
            self.add("questions", line, NOT_AN_ENTRY())
            return None
        sound = True
        for key in entry:
            if key not in _ENTRY_KEYS:
                self.add("", _line(entry, key), UNKNOWN_FIELD(field=repr(key)))
                sound = False
        old = _code(entry.get("from"))
        place = f"question {old}" if old else "questions"
        if "from" not in entry or "to" not in entry:
            self.add(place, line, MISSING(field="'from'" if "from" not in entry else "'to'"))
            return None
        if old is None:
            self.add(place, _line(entry, "from"), NOT_A_CODE(value=repr(entry["from"])))
            return None
        if old not in self.old.placements:
            self.add(place, _line(entry, "from"), UNKNOWN_OLD_CODE(code=repr(old), framework=_name(self.old)))
            sound = False
        elif old in old_lines:
            self.add(place, _line(entry, "from"), OLD_CODE_TWICE(code=repr(old), line=old_lines[old]))
            sound = False
        else:
            old_lines[old] = _line(entry, "from")
        targets = self._targets(place, entry, old, new_lines)
        if targets is None:
            sound = False
            targets = ()
        confirm = entry.get("confirm", False)
        if not isinstance(confirm, bool):
            self.add(place, _line(entry, "confirm"), NOT_A_FLAG(value=repr(confirm)))
            sound = False
        note = entry.get("note", "")
        if note is None:
            note = ""
        if not isinstance(note, str):
            self.add(place, _line(entry, "note"), NOT_TEXT())
            sound = False
        values = None
        if "values" in entry and entry["values"] is not None:
            values = self._values(place, entry, old if old in self.old.placements else None, targets)
            sound = sound and values is not None
        if not sound:
            return None
        return Mapping(old, targets, bool(confirm), str(note), values, line)

    def _targets(self, place: str, entry: dict[str, Any], old: str,
                 new_lines: dict[str, tuple[str, int | str | None]]) -> tuple[str, ...] | None:
        raw = entry["to"]
        items = [] if raw is None else raw if isinstance(raw, list) else [raw]
        line = _line(entry, "to")
        targets: list[str] = []
        sound = True
        for item in items:
            code = _code(item)
            if code is None:
                self.add(place, line, NOT_A_CODE(value=repr(item)))
                sound = False
            elif code not in self.new.placements:
                self.add(place, line, UNKNOWN_NEW_CODE(code=repr(code), framework=_name(self.new)))
                sound = False
            elif code in new_lines:
                other, other_line = new_lines[code]
                self.add(place, line, NEW_CODE_TWICE(code=repr(code), other=repr(other), line=other_line))
                sound = False
            else:
                new_lines[code] = (old, line)
                targets.append(code)
        return tuple(targets) if sound else None

    def _values(self, place: str, entry: dict[str, Any], old: str | None,
                targets: tuple[str, ...]) -> dict[str, AnswerValue] | None:
        raw = entry["values"]
        if not isinstance(raw, dict):
            self.add(place, _line(entry, "values"), VALUES_NOT_MAPPING())
            return None
        result: dict[str, AnswerValue] = {}
        sound = True
        for key, value in raw.items():
            line = _line(raw, key) or _line(entry, "values")
            old_value = self._old_value(place, line, old, _answer(key))
            new_value = _answer(value)
            for target in targets if new_value is not None else ():
                sound = self._check_new(place, line, target, new_value) and sound
            if old_value is None:
                sound = False
            elif sound:
                result[value_key(old_value)] = new_value
        return result if sound else None

    def _old_value(self, place: str, line: int | str | None, old: str | None, value: Any) -> AnswerValue:
        if old is None:
            return None  # the unknown code is reported already
        placement = self.old.placement(old)
        if placement.choices:
            codes = [c.code for c in placement.choices]
            if value not in codes:
                self.add(place, line, NOT_OLD_CHOICE(value=repr(value), code=old, choices=codes))
                return None
            return str(value)
        try:
            checked = self.old.check_value(old, value)
        except ValidationError as exc:
            self.add(place, line, NOT_OLD_VALUE(value=repr(value), code=old, reason=exc.msg))
            return None
        if checked is None:
            self.add(place, line, EMPTY_VALUE())
        return checked

    def _check_new(self, place: str, line: int | str | None, target: str, value: Any) -> bool:
        placement = self.new.placement(target)
        if placement.choices:
            codes = [c.code for c in placement.choices]
            items = value if isinstance(value, list) else [value]
            if not all(isinstance(v, str) and v in codes for v in items) or (
                    isinstance(value, list) and not placement.kind.multiple):
                self.add(place, line, NOT_NEW_CHOICE(value=repr(value), code=target, choices=codes))
                return False
            return True
        try:
            self.new.check_value(target, value)
        except ValidationError as exc:
            self.add(place, line, WRONG_TYPE(value=repr(value), code=target, type=placement.question.type,
                                             reason=exc.msg))
            return False
        return True


def check_text(text: str, file: str, old: Framework, new: Framework) -> tuple[Crosswalk | None, list[Problem]]:
    """The crosswalk in `text` for `old` -> `new`, or None and every problem (each with its line)."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        return None, [Problem(file, "", None, TOO_LARGE(size=len(text.encode("utf-8", "surrogatepass"))))]
    data, problems = parse_yaml(text, file)  # the questionnaire loader's limits, lines and duplicate keys
    if problems and data is None:
        return None, problems
    reader = _Reader(file, old, new)
    crosswalk = reader.read(data)
    problems = [*problems, *reader.problems]
    return (None if problems else crosswalk), problems


def check_file(path: str | Path, old: Framework, new: Framework) -> tuple[Crosswalk | None, list[Problem]]:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, [Problem(str(path), "", None, TOO_LARGE(size=path.stat().st_size))]
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        return None, [Problem(str(path), "", None, NOT_FOUND())]
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return None, [Problem(str(path), "", None, UNREADABLE(reason=reason))]
    return check_text(text, str(path), old, new)


def load_file(path: str | Path, old: Framework, new: Framework) -> Crosswalk:
    """The crosswalk in `path`, or `CrosswalkError` listing every problem."""
    crosswalk, problems = check_file(path, old, new)
    if crosswalk is None:
        raise CrosswalkError(HAS_PROBLEMS(path, n=len(problems)), details=[p.as_message() for p in problems])
    return crosswalk
