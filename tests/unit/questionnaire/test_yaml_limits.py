"""A questionnaire that would cost minutes or gigabytes to build is refused first, as a problem of the file.

The limits (`yaml_source.MAX_DEPTH`, `MAX_VALUES`, no aliases, `MAX_FILE_BYTES`) are checked on the parser's
events, before any value is built: an alias bomb ("billion laughs": nine levels of ten aliases, 10^9
values from 1 kB) and a file nested 100,000 deep are each refused in well under 2 s and 200 MB (the
acceptance bound of issue 17, measured in a process of their own, see `run_bounded`).
"""

from __future__ import annotations

from itertools import accumulate

import pytest
import yaml

from mgi_desktop.errors import QuestionnaireError
from mgi_desktop.questionnaire import loader, yaml_source
from mgi_desktop.questionnaire.loader import check_file, check_text, load_text
from mgi_desktop.questionnaire.problems import MAX_FILE_BYTES, Problem


def alias_bomb(levels: int = 8) -> str:
    """A mapping whose last key expands to 10^(levels + 1) strings: 10^9, of 3 bytes each, for 8 levels."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, levels + 1)]
    return "\n".join(["id: bomb", "version: '1'", *lines, f"domains: *a{levels}", ""])


# 100,000 levels deep, in linear size: flow lists, flow mappings, block lists ("- - - x")
DEEP_LISTS = "domains: " + "[" * 100_000 + "]" * 100_000 + "\n"
DEEP_FLOW_MAPPINGS = "{a: " * 100_000 + "1" + "}" * 100_000 + "\n"
DEEP_BLOCK_LISTS = "domains:\n" + "- " * 100_000 + "x\n"
# block mappings are indented one more space a level: 2,000 levels are 2 MB already
DEEP_BLOCK_MAPPINGS = "".join(f"{' ' * i}k{i}:\n" for i in range(2_000)) + " " * 2_000 + "end\n"
DEEP = {"flow-lists": DEEP_LISTS, "flow-mappings": DEEP_FLOW_MAPPINGS, "block-lists": DEEP_BLOCK_LISTS,
        "block-mappings": DEEP_BLOCK_MAPPINGS}

BOUNDED = """\
from mgi_desktop.errors import QuestionnaireError
from mgi_desktop.questionnaire import loader

TEXT = {text!r}

def measured():
    try:
        loader.load_text(TEXT, {label!r})
    except QuestionnaireError as exc:
        return [exc.code, *(d.params["message"].code for d in exc.details)]
    return "loaded"
"""


def codes(found: list[Problem]) -> list[str]:
    return [p.msg.code for p in found]


def test_an_alias_bomb_is_refused_naming_the_lines_of_its_aliases() -> None:
    framework, problems = check_text(alias_bomb(), "bomb.yaml")
    assert framework is None
    assert [(p.file, p.line, p.msg.code, p.msg.params) for p in problems] == [
        ("bomb.yaml", line, "questionnaire.alias", {"name": f"a{line - 4}"}) for line in range(4, 12)
    ] + [("bomb.yaml", 12, "questionnaire.alias", {"name": "a8"})]  # each line and name once
    assert str(problems[0]) == ("bomb.yaml:4: YAML aliases (*a0) are not allowed in a questionnaire; share "
                                "choices through 'choice_lists'")


def test_at_most_twenty_aliases_are_reported() -> None:
    text = "a: &a 1\nb:\n" + "- *a\n" * 100
    _, problems = check_text(text, "many.yaml")
    assert [(p.line, p.msg.code) for p in problems] == [
        (line, "questionnaire.alias") for line in range(3, 3 + yaml_source.MAX_ALIASES_REPORTED)]


def test_a_single_alias_is_refused_too(mini) -> None:
    text = mini.text.replace("languages: [en, fr]", "languages: &langs [en, fr]", 1)
    assert text != mini.text
    assert check_text(text, "mini.yaml")[1] == []  # an anchor alone expands nothing
    text += "\nalso: *langs\n"
    _, problems = check_text(text, "mini.yaml")
    assert [(p.line, p.msg.code) for p in problems] == [(text.count("\n"), "questionnaire.alias")]


def test_a_merge_key_is_an_alias() -> None:
    _, problems = check_text("base: &b {a: 1}\nother:\n  <<: *b\n", "merge.yaml")
    assert [(p.line, p.msg.code) for p in problems] == [(3, "questionnaire.alias")]


@pytest.mark.parametrize("text", DEEP.values(), ids=DEEP.keys())
def test_deep_nesting_is_a_problem_of_the_file_never_a_stack_trace(text: str) -> None:
    framework, problems = check_text(text, "deep.yaml")
    assert framework is None and len(problems) == 1
    # libyaml stops flow collections at 1,000 levels itself (then it is not YAML); ours stops at 50
    assert problems[0].msg.code in ("questionnaire.too_deep", "questionnaire.not_yaml"), problems
    assert problems[0].file == "deep.yaml" and problems[0].line is not None


def test_the_depth_limit_names_the_line_it_is_crossed_on() -> None:
    depth = yaml_source.MAX_DEPTH + 1
    text = "".join(f"{' ' * i}k{i}:\n" for i in range(depth)) + " " * depth + "end\n"
    _, problems = check_text(text, "deep.yaml")
    assert [(p.line, p.msg.code, p.msg.params) for p in problems] == [
        (depth, "questionnaire.too_deep", {"limit": yaml_source.MAX_DEPTH})]
    shallow = "".join(f"{' ' * i}k{i}:\n" for i in range(yaml_source.MAX_DEPTH - 1)) + "end\n"
    assert "questionnaire.too_deep" not in codes(check_text(shallow, "shallow.yaml")[1])


def test_too_many_values_are_refused_before_they_are_checked() -> None:
    text = "id: x\nversion: '1'\ndomains:\n" + "- 1\n" * (yaml_source.MAX_VALUES + 10)
    _, problems = check_text(text, "many.yaml")
    # before the items: the mapping, its five keys and values, the list (7); each item is a value
    crossing = yaml_source.MAX_VALUES + 1 - 7
    assert [(p.line, p.msg.code) for p in problems] == [(3 + crossing, "questionnaire.too_many_values")]


def test_the_shipped_questionnaires_are_well_within_the_limits(national, local, sdg) -> None:
    for framework in (national, local, sdg):
        events = list(yaml.parse(framework.text, Loader=yaml_source._Loader))
        values = [e for e in events if isinstance(e, (yaml.ScalarEvent, yaml.CollectionStartEvent))]
        depth = max(accumulate(1 if isinstance(e, yaml.CollectionStartEvent) else
                               -1 if isinstance(e, yaml.CollectionEndEvent) else 0 for e in events))
        assert len(values) * 20 < yaml_source.MAX_VALUES and depth * 4 < yaml_source.MAX_DEPTH
        assert not any(isinstance(e, yaml.AliasEvent) for e in events)
        assert len(framework.text.encode()) * 50 < MAX_FILE_BYTES


def test_text_over_the_size_limit_is_refused_without_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*_args: object) -> None:
        raise AssertionError("parsed")

    monkeypatch.setattr(loader, "parse_yaml", never)
    text = "# " + "é" * (MAX_FILE_BYTES // 2)
    _, problems = check_text(text, "package.mgi (questionnaire in the package)")
    assert [(p.file, p.msg.code, p.msg.params) for p in problems] == [
        ("package.mgi (questionnaire in the package)", "questionnaire.too_large", {"size": len(text.encode())})]


@pytest.mark.parametrize("text", [alias_bomb(), *DEEP.values()], ids=["alias-bomb", *DEEP])
def test_without_libyaml_the_limits_hold_the_same(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """The pure-Python parser (where libyaml is missing) has no nesting limit of its own and a recursive
    composer: the limits are checked on its events first all the same."""

    class PythonLoader(yaml.SafeLoader):
        duplicate_keys: list[tuple[int, str]]

    PythonLoader.add_constructor("tag:yaml.org,2002:map", yaml_source._construct_map)
    monkeypatch.setattr(yaml_source, "_Loader", PythonLoader)
    _, problems = check_text(text, "file.yaml")
    assert problems and set(codes(problems)) <= {"questionnaire.alias", "questionnaire.too_deep"}


def test_a_questionnaire_file_with_a_bomb_is_refused_naming_the_file(tmp_path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb(), encoding="utf-8")
    with pytest.raises(QuestionnaireError) as refused:
        loader.load_file(path)
    assert refused.value.code == "questionnaire.has_problems"
    assert str(refused.value.details[0]) == (f"{path}:4: YAML aliases (*a0) are not allowed in a questionnaire; "
                                             "share choices through 'choice_lists'")
    assert codes(check_file(path)[1]) == ["questionnaire.alias"] * 9


def test_a_stored_questionnaire_is_held_to_the_limits_too() -> None:
    """A database may come from elsewhere: its stored text is proved by its own hash only."""
    import hashlib

    text = alias_bomb()
    with pytest.raises(QuestionnaireError) as refused:
        loader.load_trusted(text, "x (stored in the database)", hashlib.sha256(text.encode()).hexdigest())
    assert refused.value.code == "questionnaire.stored_unreadable"
    assert "YAML aliases (*a0) are not allowed" in refused.value.message


# -- within 2 s and 200 MB, in a process of their own ----------------------------------------------


@pytest.mark.parametrize(("name", "text"), [("alias-bomb", alias_bomb()), *DEEP.items()],
                         ids=["alias-bomb", *DEEP])
def test_refused_within_2_seconds_and_200_mb(run_bounded, name: str, text: str) -> None:
    refused = run_bounded(BOUNDED.format(text=text, label=f"{name}.yaml"))
    assert refused.result[0] == "questionnaire.has_problems"
    assert set(refused.result[1:]) <= {"questionnaire.alias", "questionnaire.too_deep", "questionnaire.not_yaml"}


def test_a_package_questionnaire_bomb_is_refused_within_2_seconds_and_200_mb(run_bounded) -> None:
    """`load_text` with the label the import gives a package's questionnaire member (see
    tests/unit/exchange/test_questionnaire_limits.py for the whole import)."""
    label = "/tmp/from-a-stranger.mgi (questionnaire in the package)"
    refused = run_bounded(BOUNDED.format(text=alias_bomb(), label=label))
    assert refused.result == ["questionnaire.has_problems", *["questionnaire.alias"] * 9]
    with pytest.raises(QuestionnaireError) as in_process:
        load_text(alias_bomb(), label)
    assert str(in_process.value.details[0]).startswith(f"{label}:4: YAML aliases (*a0) are not allowed")
