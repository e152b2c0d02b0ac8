"""Reading a YAML file of the app's own formats (a questionnaire, its translations) within limits,
with the line of every mapping and key, and the problems a reader reports: file, place, line, what.

Shared by `loader` (questionnaires) and `translations` (their translation files), so that both read
files the same careful way: a size limit, no aliases, bounded nesting, duplicate keys reported, and
every problem located.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from mgi_desktop.messages import Template
from mgi_desktop.questionnaire.problems import Problem, read_text

NOT_YAML = Template("questionnaire.not_yaml", "not valid YAML: {detail}")
KEY_TWICE = Template("questionnaire.key_twice", "key {key} appears twice")
ALIAS = Template("questionnaire.alias",
                 "YAML aliases (*{name}) are not allowed in a questionnaire; share choices through 'choice_lists'")
TOO_DEEP = Template("questionnaire.too_deep", "nested more than {limit} levels deep: not a questionnaire")
TOO_MANY_VALUES = Template("questionnaire.too_many_values",
                          "more than {limit} values (keys, texts, lists): too large for a questionnaire")

#: The format nests 11 levels deep (a translated label of a choice of a question of an indicator...);
#: deeper is not a questionnaire, and would overflow the recursive steps below (the constructor, the
#: checks) with a stack trace instead of a problem.
MAX_DEPTH = 50
#: Values (scalars, lists and mappings) in one file: the national questionnaire holds 4,345 (23 times
#: fewer).  Each costs its checks time and memory: 100,000 values that are each a problem took 3 s and
#: 175 MB (measured), the most this limit lets a file cost.
MAX_VALUES = 100_000
#: Aliases a file may use: none.  A questionnaire shares choices through `choice_lists`, so anchors
#: and aliases (``&name`` / ``*name``, and ``<<: *name`` merge keys) have no use in it, while eight
#: levels of ten aliases over a list of ten ("billion laughs") make a 1 kB file expand to 10^9 values
#: that every check walks for minutes.  Anchors alone expand nothing and are let through.  At most this many aliases
#: are reported, each by its line.
MAX_ALIASES_REPORTED = 20


# -- YAML with line numbers ---------------------------------------------------


class LocatedDict(dict[Any, Any]):
    """A mapping that remembers where it and each of its keys stood in the file: lines of a YAML
    file, or the cells of a workbook (`questionnaire.xlsform.read` builds them)."""

    line: int | str = 0
    key_lines: dict[Any, int | str]


# libyaml's parser when present (several times faster); marks and our
# constructor work the same on both.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    duplicate_keys: list[tuple[int, str]]


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> Iterator[LocatedDict]:
    data = LocatedDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in data.key_lines:
            loader.duplicate_keys.append((key_node.start_mark.line + 1, str(key)))
        data.key_lines[key] = key_node.start_mark.line + 1
        data[key] = loader.construct_object(value_node, deep=True)


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)


def limits(text: str, file: str) -> list[Problem]:
    """The problems that make `text` too costly to build: aliases, nesting, values (see `MAX_DEPTH`,
    `MAX_VALUES`, `MAX_ALIASES_REPORTED`), found on the parser's events before any value is built.

    The events come one by one, with their lines, from the same parser (libyaml's when present), and
    this loop keeps counts and at most `MAX_ALIASES_REPORTED` problems: its time and memory follow the
    file's size, never what it would expand to.
    """
    problems: list[Problem] = []
    depth = values = 0
    parser = _Loader(text)
    try:
        while parser.check_event():
            event = parser.get_event()
            line = event.start_mark.line + 1 if event.start_mark else None
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    return [*problems, Problem(file, "", line, TOO_DEEP(limit=MAX_DEPTH))]
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
                continue
            elif isinstance(event, yaml.AliasEvent):
                alias = Problem(file, "", line, ALIAS(name=event.anchor))
                if alias not in problems:  # once per line and name
                    problems.append(alias)
                if len(problems) >= MAX_ALIASES_REPORTED:
                    return problems
            elif not isinstance(event, yaml.ScalarEvent):
                continue  # the stream's and documents' start and end
            values += 1
            if values > MAX_VALUES:
                return [*problems, Problem(file, "", line, TOO_MANY_VALUES(limit=MAX_VALUES))]
    finally:
        parser.dispose()
    return problems


def parse_yaml(text: str, file: str) -> tuple[Any, list[Problem]]:
    loader = _Loader(text)
    loader.duplicate_keys = []
    try:
        too_costly = limits(text, file)  # first: what would be too costly to build is never built
        if too_costly:
            return None, too_costly
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        return None, [Problem(file, "", line, NOT_YAML(detail=exc.problem or exc.context))]
    except yaml.YAMLError as exc:
        return None, [Problem(file, "", None, NOT_YAML(detail=str(exc)))]
    finally:
        loader.dispose()
    problems = [Problem(file, "", line, KEY_TWICE(key=repr(key))) for line, key in loader.duplicate_keys]
    return data, problems


def read_located_yaml(path: Path) -> tuple[Any, list[Problem]]:
    """A YAML file's data with the lines of its mappings (`LocatedDict`), read within the same limits
    as a questionnaire; the data only when there are no problems."""
    text, problems = read_text(path)
    if text is None:
        return None, problems
    data, problems = parse_yaml(text, str(path))
    return (None if problems else data), problems
