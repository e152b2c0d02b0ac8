from pathlib import Path

import pytest
from lark import Lark

from mgi_desktop.questionnaire import conditions
from mgi_desktop.questionnaire.conditions import ExpressionError, parse
from mgi_desktop.questionnaire.loader import load_file


@pytest.mark.parametrize(
    ("source", "values", "current", "expected"),
    [
        ("${a} = 'yes'", {"a": "yes"}, None, True),
        ("${a} = 'yes'", {"a": "no"}, None, False),
        ("${a} = 'yes'", {}, None, False),  # unanswered is not 'yes'
        ("${a} != 'no'", {}, None, True),  # ...and is not 'no' either, as in XLSForm
        ("${a} in ('yes', 'partially')", {"a": "partially"}, None, True),
        ("${a} in ('yes', 'partially')", {"a": "dont_know"}, None, False),
        ("not (${a} = 'no') and ${b} > 3", {"a": "yes", "b": 4}, None, True),
        ("${a} = 'no' or ${b} > 3", {"a": "yes", "b": 2}, None, False),
        (". >= 1900 and . <= 2100", {}, 1950, True),
        (". >= 1900 and . <= 2100", {}, 1850, False),
        ("selected(${m}, 'law')", {"m": ["law", "policy"]}, None, True),
        ("selected(${m}, 'law')", {"m": ["policy"]}, None, False),
        ("${m} = 'law'", {"m": ["law"]}, None, True),  # a multiple choice equals a code it contains
        ("count(${m}) >= 2", {"m": ["a", "b"]}, None, True),
        ("answered(${q})", {"q": 0}, None, True),  # zero is an answer
        ("answered(${q})", {}, None, False),
        ("length(.) <= 5", {}, "short", True),
        ("${n} * 2 + 1 = 7", {"n": 3}, None, True),
        ("${n} / 0 = 1", {"n": 3}, None, False),  # division by zero is missing, not a crash
        ("${t} > 3", {"t": "text"}, None, False),  # mismatched types compare false
        (". = null", {}, None, True),
        ("-${n} < 0", {"n": 2}, None, True),
    ],
)
def test_evaluation(source, values, current, expected):
    assert parse(source).evaluate(values, current) is expected


def test_references_in_order_of_appearance():
    expression = parse("${b} = 'x' and (${a} = 'y' or ${b} = 'z')")
    assert expression.references == ("b", "a")
    assert not expression.uses_self
    assert parse(". > 1").uses_self


@pytest.mark.parametrize(
    "source",
    ["${a} ==", "foo(1)", "count(1, 2)", "${a b}", "", "__import__('os')", "${a} = 'yes'; drop"],
)
def test_bad_expressions_are_refused(source):
    with pytest.raises(ExpressionError):
        parse(source)


# -- the parser, built once and cached -------------------------------------------------------

QUESTIONNAIRES = Path(__file__).resolve().parents[3] / "questionnaires"
SAMPLES = [
    "${a} = 'yes' and not (${b} in ('no', 'dont_know'))", ". >= 1900 and . <= 2100",
    "selected(${m}, 'law') or count(${m}) > 2", "answered(${q})", "-${n} * 2 + 1 / 3 != 7", ". = null",
    "length(.) <= 5 and true or false", '${x.y-z} = "double"',
]


def every_expression() -> list[str]:
    found = list(SAMPLES)
    for path in sorted(QUESTIONNAIRES.glob("*.yaml")):
        for question in load_file(path).model.questions():
            found += [question.relevant] if question.relevant else []
            found += [c.expression for c in question.constraints]
    return found


def test_the_cached_parser_parses_as_a_freshly_built_one(tmp_path):
    cache = tmp_path / "parser.lark"
    built = conditions.load_parser(cache)  # no cache yet: built, then saved
    assert cache.is_file()
    loaded = conditions.load_parser(cache)
    fresh = Lark(conditions.GRAMMAR, **conditions.OPTIONS)
    expressions = every_expression()
    assert len(expressions) > 60
    for source in expressions:
        assert loaded.parse(source) == fresh.parse(source) == built.parse(source), source
    for bad in ("${a} ==", "foo(1)", "${a b}"):
        with pytest.raises(Exception) as from_cache:
            loaded.parse(bad)
        with pytest.raises(Exception) as from_grammar:
            fresh.parse(bad)
        assert type(from_cache.value) is type(from_grammar.value)


def builds(monkeypatch, cache) -> int:
    """How many times the grammar is built while the parser is loaded from `cache`."""
    built: list[object] = []
    real_init = Lark.__init__
    with monkeypatch.context() as patch:
        patch.setattr(Lark, "__init__", lambda self, *a, **k: (built.append(a), real_init(self, *a, **k))[1])
        conditions.load_parser(cache)
    return len(built)


def test_the_parser_comes_from_the_cache_when_it_is_sound(tmp_path, monkeypatch):
    cache = tmp_path / "parser.lark"
    assert builds(monkeypatch, cache) == 1
    assert builds(monkeypatch, cache) == 0  # loaded, not built


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty", "other grammar"])
def test_a_damaged_cache_is_ignored_and_rebuilt(tmp_path, monkeypatch, damage):
    cache = tmp_path / "parser.lark"
    conditions.load_parser(cache)
    sound = cache.read_bytes()
    if damage == "garbage":
        cache.write_bytes(b"\x80\x04 not a parser at all")
    elif damage == "truncated":
        cache.write_bytes(sound[: len(sound) // 2])
    elif damage == "flipped":  # one byte of the pickled parser changed: the digest no longer matches
        at = len(sound) - 100
        cache.write_bytes(sound[:at] + bytes([sound[at] ^ 0x20]) + sound[at + 1:])
    elif damage == "empty":
        cache.write_bytes(b"")
    else:  # a cache written for another grammar (an older version of the app)
        magic, key, rest = sound.split(b"\n", 2)
        cache.write_bytes(b"\n".join((magic, b"0" * len(key), rest)))
    assert builds(monkeypatch, cache) == 1  # ignored: built again...
    assert builds(monkeypatch, cache) == 0  # ...and saved again, soundly
    parser = conditions.load_parser(cache)
    assert parser.parse("${a} = 'yes'") == Lark(conditions.GRAMMAR, **conditions.OPTIONS).parse("${a} = 'yes'")


def test_an_unwritable_cache_only_costs_time(tmp_path):
    folder = tmp_path / "not-a-folder"
    folder.write_text("a file where the cache folder should be")
    parser = conditions.load_parser(folder / "parser.lark")
    assert parser.parse(". > 1") is not None
