"""Read a questionnaire file and report every problem in it in one pass.

Problems name the file, the place (question code or path) and the line.  The
structural checks (types, required fields) come from pydantic; the checks that
span the file (duplicate codes, references, cycles, choice lists, languages,
empty domains) run on the raw data, so they are reported even when pydantic
has also found something.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pydantic
import yaml

from mgi_desktop.errors import QuestionnaireError
from mgi_desktop.messages import Message, Template
from mgi_desktop.progress import Progress, step
from mgi_desktop.questionnaire import answer_types, conditions, model
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.model import Questionnaire
from mgi_desktop.questionnaire.problems import MAX_FILE_BYTES, TOO_LARGE, Problem, read_text
from mgi_desktop.questionnaire.yaml_source import LocatedDict, limits, parse_yaml

# A questionnaire author's report: where (file, place, line) and what.  The place names the
# format's own keys and codes ("question Q3, field 'text'"), as the file spells them.
INVALID = Template("questionnaire.invalid", "{detail}")
UNKNOWN_TYPE = Template("questionnaire.unknown_type", "unknown answer type {type} (expected one of: {types})")
UNKNOWN_FIELD = Template("questionnaire.unknown_field", "unknown field {field}")
MISSING_FIELD = Template("questionnaire.missing_field", "missing field {field}")
SOURCE_LANGUAGE_UNDECLARED = Template("questionnaire.source_language_undeclared",
                                      "source language {language} is not among the declared languages {declared}")
LANGUAGE_UNDECLARED = Template("questionnaire.language_undeclared",
                               "translation in undeclared language {language} in '{field}' (declared: {declared})")
DUPLICATE_CODE = {kind: Template(f"questionnaire.duplicate_{kind.replace('-', '_')}",
                                 f"duplicate {kind} code {{code}} (first used on line {{line}})")
                  for kind in ("domain", "sub-area", "indicator", "question")}
#: the same, in a workbook: where the code was first used is a cell (``survey!B5``)
DUPLICATE_CODE_IN_CELL = {kind: Template(f"questionnaire.duplicate_{kind.replace('-', '_')}_in_cell",
                                         f"duplicate {kind} code {{code}} (first used in {{cell}})")
                          for kind in ("domain", "sub-area", "indicator", "question")}
NO_DOMAINS = Template("questionnaire.no_domains", "the questionnaire has no domains")
DOMAIN_TWICE = Template("questionnaire.domain_twice", "domain number {number} is used twice")
EMPTY_DOMAIN = Template("questionnaire.empty_domain", "empty domain: it has no sub-areas")
EMPTY_SUB_AREA = Template("questionnaire.empty_sub_area", "empty sub-area: it has no indicators")
EMPTY_INDICATOR = Template("questionnaire.empty_indicator", "empty indicator: it has no questions")
DUPLICATE_CHOICE = Template("questionnaire.duplicate_choice", "duplicate choice code {code}")
CHOICES_AND_LIST = Template("questionnaire.choices_and_list", "give either 'choices' or 'choice_list', not both")
EMPTY_CHOICES = Template("questionnaire.empty_choices", "missing choice list: 'choices' is empty")
NO_SUCH_LIST = Template("questionnaire.no_such_list",
                        "missing choice list: no choice list named {name} in 'choice_lists'")
BAD_RANGE = Template("questionnaire.bad_range", "minimum {minimum} is greater than maximum {maximum}")
MISSING_REFERENCE = Template("questionnaire.missing_reference", "condition names a missing question {code}")
LATER_REFERENCE = Template("questionnaire.later_reference",
                           "condition names a later question {code}: conditions may only use earlier answers")
SELF_IN_RELEVANCE = Template("questionnaire.self_in_relevance",
                             "a relevance condition cannot use '.' (the question's own answer)")
CYCLE = Template("questionnaire.cycle", "cycle in conditions: {path}")
NOT_A_MAPPING = Template("questionnaire.not_a_mapping", "not a questionnaire: the file must hold a mapping")
HAS_PROBLEMS = Template("questionnaire.has_problems", "questionnaire has {n} problem",
                        plural="questionnaire has {n} problems", count="n")
HASH_MISMATCH = Template("questionnaire.hash_mismatch", "the stored questionnaire does not match its hash {sha}")
STORED_UNREADABLE = Template("questionnaire.stored_unreadable", "the stored questionnaire cannot be read ({detail})")

_TEXT_FIELDS = frozenset(
    {"title", "long_title", "description", "text", "hint", "guidance", "label", "unit", "message",
     "notice", "introduction"}
)


# -- locating pydantic errors ---------------------------------------------------


def _describe(obj: Any, index_path: str) -> str:
    if isinstance(obj, dict):
        code = obj.get("code")
        if isinstance(code, str):
            if "type" in obj or "text" in obj:
                return f"question {code}"
            if "questions" in obj:
                return f"indicator {code}"
            if "indicators" in obj:
                return f"sub-area {code}"
            if "sub_areas" in obj:
                return f"domain {code}"
            return f"choice {code}"
    return index_path


def _locate(data: Any, loc: tuple[int | str, ...]) -> tuple[str, int | None]:
    """Turn a pydantic error location into (place, line)."""
    node = data
    line: int | None = getattr(data, "line", None)
    place = ""
    path = ""
    trailing: list[str] = []
    for part in loc:
        if isinstance(node, dict) and part in node:
            key_line = getattr(node, "key_lines", {}).get(part)
            line = key_line or line
            node = node[part]
            path = f"{path}.{part}" if path else str(part)
            trailing.append(str(part))
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            path = f"{path}[{part}]"
            line = getattr(node, "line", None) or line
            described = _describe(node, path)
            if described != path:
                place, trailing = described, []
        else:
            if part not in ("values",):
                trailing.append(str(part))
            break
        if isinstance(node, dict) and getattr(node, "line", None):
            line = line or getattr(node, "line", None)
    field = ".".join(t for t in trailing if t != "values")
    if place and field:
        return f"{place}, field '{field}'", line
    return place or field or path, line


def _pydantic_problems(data: Any, exc: pydantic.ValidationError, file: str) -> list[Problem]:
    problems = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        place, line = _locate(data, loc)
        message = INVALID(detail=error["msg"])  # pydantic's own wording (English)
        if loc and loc[-1] == "type" and isinstance(error.get("input"), str):
            message = UNKNOWN_TYPE(type=repr(error["input"]), types=list(answer_types.names()))
        elif error["type"] in ("extra_forbidden", "unexpected_keyword_argument"):  # a model's, a dataclass's
            message = UNKNOWN_FIELD(field=repr(loc[-1]))
        elif error["type"] == "missing":
            message = MISSING_FIELD(field=repr(loc[-1]))
        problems.append(Problem(file, place, line, message))
    return problems


# -- checks across the file ------------------------------------------------------


def _items(value: Any) -> list[Any]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _line(obj: Any, key: str | None = None) -> int | str | None:
    if key is not None and isinstance(obj, LocatedDict) and key in obj.key_lines:
        return obj.key_lines[key]
    return getattr(obj, "line", None)


class _Checker:
    def __init__(self, data: dict[str, Any], file: str) -> None:
        self.data = data
        self.file = file
        self.problems: list[Problem] = []

    def add(self, place: str, line: int | str | None, message: Message) -> None:
        self.problems.append(Problem(self.file, place, line, message))

    def run(self) -> list[Problem]:
        self._check_languages()
        self._check_structure()
        self._check_logic()
        return self.problems

    def _check_languages(self) -> None:
        declared = self.data.get("languages", ["en"])
        if not isinstance(declared, list):
            return
        source = self.data.get("source_language", "en")
        if source not in declared:
            self.add("source_language", _line(self.data, "source_language"),
                     SOURCE_LANGUAGE_UNDECLARED(language=repr(source), declared=str(declared)))

        def walk(node: Any, place: str) -> None:
            if isinstance(node, dict):
                here = _describe(node, place) if "code" in node else place
                for key, value in node.items():
                    if key in _TEXT_FIELDS and isinstance(value, dict):
                        for lang in value:
                            if lang not in declared:
                                line = value.key_lines.get(lang) if isinstance(value, LocatedDict) else None
                                self.add(here, line or _line(node, key),
                                         LANGUAGE_UNDECLARED(language=repr(lang), field=key,
                                                             declared=[str(d) for d in declared]))
                    else:
                        walk(value, here)
            elif isinstance(node, list):
                for item in node:
                    walk(item, place)

        walk(self.data, "")

    def _check_structure(self) -> None:
        seen: dict[str, dict[str, int | str | None]] = {"domain": {}, "sub-area": {}, "indicator": {},
                                                  "question": {}}
        numbers: dict[Any, int | str | None] = {}
        choice_lists = self.data.get("choice_lists")
        list_names = set(choice_lists) if isinstance(choice_lists, dict) else set()
        if isinstance(choice_lists, dict):
            for name, choices in choice_lists.items():
                self._check_choice_codes(f"choice list {name}", choices)

        def unique(kind: str, obj: dict[str, Any]) -> None:
            code = obj.get("code")
            if not isinstance(code, str):
                return
            if code in seen[kind]:
                first = seen[kind][code]
                duplicate = (DUPLICATE_CODE_IN_CELL[kind](code=repr(code), cell=first) if isinstance(first, str)
                             else DUPLICATE_CODE[kind](code=repr(code), line=first))
                self.add(f"{kind} {code}", _line(obj, "code"), duplicate)
            else:
                seen[kind][code] = _line(obj, "code")

        domains = self.data.get("domains")
        if isinstance(domains, list) and not domains:
            self.add("domains", _line(self.data, "domains"), NO_DOMAINS())
        for domain in _items(domains):
            unique("domain", domain)
            place = f"domain {domain.get('code', '?')}"
            number = domain.get("number")
            if number in numbers:
                self.add(place, _line(domain, "number"), DOMAIN_TWICE(number=number))
            numbers[number] = _line(domain, "number")
            sub_areas = _items(domain.get("sub_areas"))
            if not sub_areas:
                self.add(place, _line(domain), EMPTY_DOMAIN())
            for sub_area in sub_areas:
                unique("sub-area", sub_area)
                indicators = _items(sub_area.get("indicators"))
                if not indicators:
                    self.add(f"sub-area {sub_area.get('code', '?')}", _line(sub_area), EMPTY_SUB_AREA())
                for indicator in indicators:
                    unique("indicator", indicator)
                    questions = _items(indicator.get("questions"))
                    if not questions:
                        self.add(f"indicator {indicator.get('code', '?')}", _line(indicator), EMPTY_INDICATOR())
                    for question in questions:
                        unique("question", question)
                        self._check_question(question, list_names)

    def _check_choice_codes(self, place: str, choices: Any) -> None:
        seen: set[str] = set()
        for choice in _items(choices):
            code = choice.get("code")
            if code in seen:
                self.add(place, _line(choice, "code"), DUPLICATE_CHOICE(code=repr(code)))
            if isinstance(code, str):
                seen.add(code)

    def _check_question(self, question: dict[str, Any], list_names: set[str]) -> None:
        place = f"question {question.get('code', '?')}"
        name = question.get("type")
        choices = question.get("choices")
        choice_list = question.get("choice_list")
        if not isinstance(name, str) or name not in answer_types.names():
            return  # reported by pydantic as an unknown answer type
        if choices is not None:
            self._check_choice_codes(place, choices)
        if choices is not None and choice_list is not None:
            self.add(place, _line(question, "choice_list"), CHOICES_AND_LIST())
        elif isinstance(choices, list) and not choices:
            self.add(place, _line(question, "choices"), EMPTY_CHOICES())
        if choice_list is not None and choice_list not in list_names:
            self.add(place, _line(question, "choice_list"), NO_SUCH_LIST(name=repr(choice_list)))
        answer_types.kind(name).file_problems(question, lambda key, problem: self.add(
            place, _line(question, key), problem))
        lo, hi = question.get("minimum"), question.get("maximum")
        if isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and lo > hi:
            self.add(place, _line(question, "minimum"), BAD_RANGE(minimum=lo, maximum=hi))

    def _check_logic(self) -> None:
        order: dict[str, int] = {}
        refs: dict[str, list[str]] = {}
        where: dict[str, tuple[dict[str, Any], str]] = {}
        for domain in _items(self.data.get("domains")):
            for sub_area in _items(domain.get("sub_areas")):
                for indicator in _items(sub_area.get("indicators")):
                    for question in _items(indicator.get("questions")):
                        code = question.get("code")
                        if isinstance(code, str) and code not in order:
                            order[code] = len(order)
                            where[code] = (question, f"question {code}")
        for code, (question, place) in where.items():
            found: list[str] = []
            relevant = question.get("relevant")
            if relevant is not None:
                found += self._expression_refs(place, question, "relevant", relevant, allow_self=False)
            for constraint in _items(question.get("constraints")):
                expr = constraint.get("expression")
                if isinstance(expr, str):
                    found += self._expression_refs(place, constraint, "expression", expr, allow_self=True)
            for choice in self._choices_of(question):
                if choice.get("relevant") is not None:
                    found += self._expression_refs(place, choice, "relevant", choice["relevant"], allow_self=False)
            refs[code] = found

        in_cycle = self._report_cycles(refs, where)
        for code, targets in refs.items():
            question, place = where[code]
            for target in dict.fromkeys(targets):
                line = _line(question, "relevant") or _line(question)
                if target not in order:
                    self.add(place, line, MISSING_REFERENCE(code=repr(target)))
                elif target == code or (code in in_cycle and target in in_cycle):
                    continue  # reported as a cycle
                elif order[target] > order[code]:
                    self.add(place, line, LATER_REFERENCE(code=repr(target)))

    def _choices_of(self, question: dict[str, Any]) -> list[dict[str, Any]]:
        """A question's own choices, or those of the shared list it names."""
        if question.get("choices") is not None:
            return _items(question.get("choices"))
        lists = self.data.get("choice_lists")
        name = question.get("choice_list")
        return _items(lists.get(name)) if isinstance(lists, dict) and isinstance(name, str) else []

    def _expression_refs(self, place: str, owner: dict[str, Any], key: str, source: Any,
                         *, allow_self: bool) -> list[str]:
        if not isinstance(source, str):
            return []
        try:
            expression = conditions.parse(source)
        except conditions.ExpressionError as exc:
            self.add(place, _line(owner, key), exc.msg)
            return []
        if expression.uses_self and not allow_self:
            self.add(place, _line(owner, key), SELF_IN_RELEVANCE())
        return list(expression.references)

    def _report_cycles(self, refs: dict[str, list[str]], where: dict[str, tuple[dict[str, Any], str]]) -> set[str]:
        """Find cycles with a depth-first search; report each once."""
        state: dict[str, int] = {}
        stack: list[str] = []
        members: set[str] = set()

        def visit(code: str) -> None:
            state[code] = 1
            stack.append(code)
            for target in refs.get(code, []):
                if target not in refs:
                    continue
                if state.get(target) == 1:
                    cycle = [*stack[stack.index(target):], target]
                    members.update(cycle)
                    question, place = where[cycle[0]]
                    self.add(place, _line(question, "relevant") or _line(question), CYCLE(path=" -> ".join(cycle)))
                elif target not in state:
                    visit(target)
            stack.pop()
            state[code] = 2

        for code in refs:
            if code not in state:
                visit(code)
        return members


# -- public entry points ----------------------------------------------------------


#: The steps `check_text` reports to its `progress` (see `mgi_desktop.progress`).
CHECK_STEPS = 3


def check_data(data: dict[str, Any], file: str, between: Callable[[], None] | None = None,
               ) -> tuple[Questionnaire | None, list[Problem]]:
    """Check a questionnaire's data as read from a file (mappings that are `LocatedDict`s say where
    each value stood): the format's checks, then those across the file; every problem of both.
    `between` is called between the two (a progress step)."""
    checked: Questionnaire | None = None
    problems: list[Problem] = []
    try:
        checked = model.validate(data)
    except pydantic.ValidationError as exc:
        problems += _pydantic_problems(data, exc, file)
    if between is not None:
        between()
    problems += _Checker(data, file).run()
    return (checked if not problems else None), problems


def check_text(text: str, file: str, progress: Progress | None = None, *,
               translations_beside: Path | None = None) -> tuple[Framework | None, list[Problem]]:
    """Validate questionnaire text; return the framework (if it is sound) and every problem.

    `progress` hears of each step and may stop the work between them (`Cancelled`); translations are
    also looked for in `translations_beside` (`translations.folders`)."""
    step(progress, 0, CHECK_STEPS)
    if len(text) > MAX_FILE_BYTES // 4:  # more characters than that may be more bytes than the limit
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_FILE_BYTES:
            return None, [Problem(file, "", None, TOO_LARGE(size=size))]
    data, problems = parse_yaml(text, file)
    step(progress, 1, CHECK_STEPS)
    if problems and data is None:
        return None, problems
    if not isinstance(data, dict):
        return None, [*problems, Problem(file, "", 1, NOT_A_MAPPING())]
    checked, found = check_data(data, file, lambda: step(progress, 2, CHECK_STEPS))
    problems += found
    step(progress, CHECK_STEPS, CHECK_STEPS)
    if problems or checked is None:
        return None, problems
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Framework(checked, source=file, text=text, sha256=digest, translations_beside=translations_beside), []


def check_file(path: str | Path, progress: Progress | None = None) -> tuple[Framework | None, list[Problem]]:
    path = Path(path)
    text, problems = read_text(path)
    if text is None:
        return None, problems
    return check_text(text, str(path), progress, translations_beside=path.parent)


def load_file(path: str | Path) -> Framework:
    framework, problems = check_file(path)
    if framework is None:
        raise QuestionnaireError(HAS_PROBLEMS(path, n=len(problems)), details=[p.as_message() for p in problems])
    return framework


def load_text(text: str, source: str) -> Framework:
    framework, problems = check_text(text, source)
    if framework is None:
        raise QuestionnaireError(HAS_PROBLEMS(source, n=len(problems)), details=[p.as_message() for p in problems])
    return framework


def load_trusted(text: str, source: str, sha256: str) -> Framework:
    """Re-read a questionnaire that was fully checked when it was stored (its hash proves it
    unchanged): parse and build, without the file-wide checks and line bookkeeping."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != sha256:
        raise QuestionnaireError(HASH_MISMATCH(source, sha=sha256[:12]))
    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        # the limits again (a few ms): a database can come from elsewhere, and its hash proves only itself
        too_costly = limits(text, source)
        if too_costly:
            raise QuestionnaireError(STORED_UNREADABLE(source, detail=too_costly[0].as_message()))
        checked = model.validate(yaml.load(text, Loader=loader))  # a safe loader
    except (yaml.YAMLError, pydantic.ValidationError) as exc:
        raise QuestionnaireError(STORED_UNREADABLE(source, detail=str(exc))) from None
    return Framework(checked, source=source, text=text, sha256=digest)
