"""Messages from the core are codes with parameters: every template renders, none is built as text."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from mgi_desktop import errors, messages
from mgi_desktop.enums import AssessmentStatus
from mgi_desktop.errors import MgiError, StateError
from mgi_desktop.messages import Template, english

SRC = Path(__file__).resolve().parents[2] / "src" / "mgi_desktop"
ERROR_NAMES = {name for name, value in vars(errors).items() if isinstance(value, type)
               and issubclass(value, MgiError)} | {"ConflictError"}


def test_every_template_renders_in_english_with_each_form() -> None:
    catalogue = messages.load_all()
    assert len(catalogue) > 150
    for code, template in catalogue.items():
        params = {name: f"<{name}>" for name in template.parameters}
        if template.count:
            one = english(template(**params | {template.count: 1}))
            many = english(template(**params | {template.count: 2}))
            assert "{" not in one and "{" not in many, code
        text = english(template(**params | ({template.count: 2} if template.count else {})))
        assert text and "{" not in text, code
        if code.startswith("export."):
            continue  # the headings and column headers of exported files stand alone: they start capitalised
        assert text[0] == text[0].lower() or not text[0].isalpha() or text.split()[0].isupper(), code


def test_plural_forms_follow_the_count() -> None:
    template = Template("test_only.plural", "{n} file is missing", plural="{n} files are missing", count="n")
    try:
        assert english(template(n=1)) == "1 file is missing"
        assert english(template(n=0)) == "0 files are missing"
        assert english(template(n=12_000)) == "12,000 files are missing"
    finally:
        messages._REGISTRY.pop("test_only.plural")


def test_a_template_refuses_wrong_parameters_and_duplicate_codes() -> None:
    template = Template("test_only.params", "{status}: {n} left")
    try:
        with pytest.raises(TypeError):
            template(status="x")
        with pytest.raises(ValueError, match="defined twice"):
            Template("test_only.params", "another text")
        with pytest.raises(ValueError, match="without a format"):
            Template("test_only.format", "{n:,} left")
    finally:
        messages._REGISTRY.pop("test_only.params")


def test_values_are_rendered_by_kind() -> None:
    from mgi_desktop.services.workflow import NOT_EDITABLE

    message = NOT_EDITABLE(status=AssessmentStatus.IN_REVIEW)
    assert english(message).startswith("the assessment is in review:")
    error = StateError(message)
    assert error.code == "workflow.not_editable" and str(error) == error.message == english(message)
    assert error.msg.params["status"] is AssessmentStatus.IN_REVIEW  # a front end reads the code, never the text


def test_an_error_carries_messages_not_text() -> None:
    with pytest.raises(TypeError):
        MgiError("a sentence")  # type: ignore[arg-type]


def _constructed_with_text(tree: ast.AST) -> list[int]:
    """Lines where an MgiError (or subclass) is built from a string literal or an f-string."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERROR_NAMES:
            if node.args and isinstance(node.args[0], (ast.Constant, ast.JoinedStr, ast.BinOp)):
                found.append(node.lineno)
    return found


def test_no_module_builds_an_error_from_english_text() -> None:
    offenders = {}
    for path in SRC.rglob("*.py"):
        lines = _constructed_with_text(ast.parse(path.read_text(encoding="utf-8")))
        if lines:
            offenders[str(path.relative_to(SRC))] = lines
    assert offenders == {}


def test_templates_are_written_with_names_only() -> None:
    for template in messages.load_all().values():
        for text in filter(None, (template.text, template.plural)):
            fields = [f for _, f, spec, conv in string.Formatter().parse(text) if f is not None]
            assert all(f.isidentifier() for f in fields), template.code
