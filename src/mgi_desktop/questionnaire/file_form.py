"""A checked questionnaire written back as a questionnaire file (YAML), the form `loader` reads.

What a file leaves out stays out: fields at their default are not written, and a text with only
its source language is a plain string.  Used for a questionnaire that came from elsewhere (an
XLSForm) so that it can be kept, read and edited as the app's own files are.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import Any

import yaml

from mgi_desktop.questionnaire.model import LocalizedText, Questionnaire

#: The order of the top-level keys, as the bundled files have them.
_HEAD = ("format", "id", "version", "title", "level", "scoring", "source_language", "languages", "notice",
         "introduction", "choice_lists", "domains")


def file_data(questionnaire: Questionnaire) -> dict[str, Any]:
    """The questionnaire as the mapping a file holds (what `model.validate` reads back to the same)."""
    data = _plain(questionnaire)
    assert isinstance(data, dict)
    return {key: data[key] for key in _HEAD if key in data}


def _plain(value: Any) -> Any:
    if isinstance(value, LocalizedText):
        if set(value.values) == {""}:
            return value.values[""]
        return dict(value.values)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
            if f.name != "format" and item == default and default is not dataclasses.MISSING:
                continue
            out[f.name] = _plain(item)
        return out
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class _Dumper(yaml.SafeDumper):
    """Block style, long texts folded at 100 columns, strings that YAML would misread quoted."""


def _text(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _text)


def yaml_text(questionnaire: Questionnaire, header: str = "") -> str:
    """The questionnaire file's text, with `header` as its opening comment."""
    body = yaml.dump(file_data(questionnaire), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)
    comment = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines()) if header else ""
    return comment + body
