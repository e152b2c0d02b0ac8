"""The expression language of relevance conditions and constraints.

Questionnaire files are data from outside, so their logic is parsed with a
real grammar and interpreted here; nothing is ever handed to ``eval``.

Syntax (close to XLSForm's, which authors in this field already know)::

    ${1.1.2.a} = 'yes' and not (${1.1.3.a} in ('no', 'dont_know'))
    . >= 1900 and . <= 2100                  # '.' is the answer being checked
    selected(${2.1.1.b}, 'law') or count(${2.1.1.b}) > 2
    answered(${4.2.1.a})

Values: strings in single or double quotes, numbers, true, false, null.
Operators: = != < <= > >= in, and or not, + - * /, parentheses.
Functions: selected(x, code), count(x), answered(x), length(x).

Semantics are total: a comparison with a missing answer or with a value of
another type is false, never an error, so a half-filled assessment always
evaluates.

The LALR parser is built from `GRAMMAR` by lark when the first expression is
parsed, not at import (a questionnaire without conditions never needs it),
and kept in the cache folder (`paths.cache_dir`): building it costs a tenth
of a second, loading it a few milliseconds.  The cached file is derived data:
it carries the hash of what it was built from (the grammar, the options,
lark's and Python's versions) and of its own content, and anything that does
not match is ignored and rebuilt.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import logging
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mgi_desktop import atomic, paths
from mgi_desktop.errors import MgiError
from mgi_desktop.messages import Message, Template, english

if TYPE_CHECKING:
    from lark import Lark, Token, Tree

log = logging.getLogger(__name__)

GRAMMAR = r"""
?start: or_expr
?or_expr: and_expr
        | and_expr ("or" and_expr)+          -> or_
?and_expr: not_expr
         | not_expr ("and" not_expr)+        -> and_
?not_expr: "not" not_expr                    -> not_
         | comparison
?comparison: sum
           | sum COMP_OP sum                 -> compare
           | sum "in" "(" literal ("," literal)* ")" -> in_
?sum: product
    | product (ADD_OP product)+              -> arith
?product: unary
        | unary (MUL_OP unary)+              -> arith
?unary: "-" unary                            -> neg
      | atom
?atom: NUMBER                                 -> number
     | STRING                                 -> string
     | "true"                                 -> true
     | "false"                                -> false
     | "null"                                 -> null
     | REF                                    -> ref
     | "."                                    -> self_
     | FUNC "(" [or_expr ("," or_expr)*] ")"  -> call
     | "(" or_expr ")"
?literal: NUMBER -> number
        | STRING -> string
COMP_OP: "<=" | ">=" | "!=" | "=" | "<" | ">"
ADD_OP: "+" | "-"
MUL_OP: "*" | "/"
REF: "${" /[A-Za-z0-9][A-Za-z0-9._-]*/ "}"
FUNC.2: /(selected|count|answered|length)(?=\s*\()/
STRING: /'[^']*'/ | /"[^"]*"/
NUMBER: /\d+(\.\d+)?/
%import common.WS
%ignore WS
"""

OPTIONS: dict[str, Any] = {"parser": "lalr", "maybe_placeholders": False}
#: The cached parser: this line, the hash of what it was built from, the hash of the parser's
#: bytes (each on its own line), then those bytes (lark's own `Lark.save` form).
_CACHE_MAGIC = b"mgi-desktop conditions parser 1"


@functools.cache
def parser() -> Lark:
    """The parser of `GRAMMAR`, loaded from the cache (or built, and cached) on first use."""
    return load_parser(_cache_file())


def _cache_file() -> Path:
    return paths.cache_dir() / "conditions-parser.lark"


def _built_from() -> bytes:
    import lark

    text = f"{GRAMMAR}\0{sorted(OPTIONS.items())}\0lark {lark.__version__}\0python {sys.version_info[:2]}"
    return hashlib.sha256(text.encode()).hexdigest().encode()


def load_parser(cache: Path) -> Lark:
    """The parser from `cache` if that file holds the parser of this grammar, intact; else built and saved there."""
    from lark import Lark

    key = _built_from()
    try:
        data = cache.read_bytes()
    except OSError:
        data = b""
    magic, _, rest = data.partition(b"\n")
    built_from, _, rest = rest.partition(b"\n")
    digest, _, payload = rest.partition(b"\n")
    if magic == _CACHE_MAGIC and built_from == key and digest == hashlib.sha256(payload).hexdigest().encode():
        try:
            loaded: Lark = Lark.load(io.BytesIO(payload))
            return loaded
        except Exception:  # intact but unreadable (it cannot happen with the hashes above): rebuilt
            log.warning("the cached parser %s cannot be loaded; rebuilding it", cache, exc_info=True)
    built = Lark(GRAMMAR, **OPTIONS)
    buffer = io.BytesIO()
    built.save(buffer)
    payload = buffer.getvalue()
    try:
        atomic.write_bytes(cache, b"\n".join((_CACHE_MAGIC, key, hashlib.sha256(payload).hexdigest().encode(),
                                               payload)))
    except (OSError, MgiError):  # a cache that cannot be written only costs time
        log.debug("cannot cache the parser in %s", cache, exc_info=True)
    return built


FUNCTIONS = {"selected": 2, "count": 1, "answered": 1, "length": 1}


UNREADABLE = Template("expression.unreadable", "cannot read expression {source}")
UNREADABLE_AT = Template("expression.unreadable_at", "cannot read expression {source} at column {column}")
ARGUMENTS = Template("expression.arguments", "{function}() takes {n} argument, {given} given in {source}",
                     plural="{function}() takes {n} arguments, {given} given in {source}", count="n")


class ExpressionError(ValueError):
    """The text is not a valid expression; `msg` says where."""

    def __init__(self, msg: Message) -> None:
        super().__init__(english(msg))
        self.msg = msg


@dataclass(frozen=True)
class Expression:
    source: str
    tree: Tree[Token]
    references: tuple[str, ...]
    uses_self: bool

    def evaluate(self, values: Mapping[str, Any], current: Any = None) -> bool:
        return _truthy(_Evaluator(values, current).visit(self.tree))


def parse(source: str) -> Expression:
    from lark import UnexpectedInput

    try:
        tree = parser().parse(source)
    except UnexpectedInput as exc:
        column = getattr(exc, "column", None)
        if isinstance(column, int) and column > 0:
            raise ExpressionError(UNREADABLE_AT(source=repr(source), column=column)) from None
        raise ExpressionError(UNREADABLE(source=repr(source))) from None
    refs: list[str] = []
    uses_self = False
    for node in tree.iter_subtrees_topdown():  # type: ignore[no-untyped-call]
        if node.data == "ref":
            code = str(node.children[0])[2:-1]
            if code not in refs:
                refs.append(code)
        elif node.data == "self_":
            uses_self = True
        elif node.data == "call":
            name = str(node.children[0])
            args = [c for c in node.children[1:] if c is not None]
            if len(args) != FUNCTIONS[name]:
                raise ExpressionError(ARGUMENTS(function=name, n=FUNCTIONS[name], given=len(args),
                                                source=repr(source)))
    if tree.data == "ref":
        refs = [str(tree.children[0])[2:-1]]
    elif tree.data == "self_":
        uses_self = True
    return Expression(source, tree, tuple(refs), uses_self)


_MISSING = object()


def _truthy(value: Any) -> bool:
    if value is None or value is _MISSING:
        return False
    if isinstance(value, (list, tuple, str)):
        return len(value) > 0
    return bool(value)


def _comparable(a: Any, b: Any) -> bool:
    numeric = (int, float)
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool)
    if isinstance(a, numeric) and isinstance(b, numeric):
        return True
    if isinstance(a, str) and isinstance(b, str):
        return True
    return isinstance(a, dt.date) and isinstance(b, dt.date)


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "=": lambda a, b: bool(a == b),
    "!=": lambda a, b: bool(a != b),
    "<": lambda a, b: bool(a < b),
    "<=": lambda a, b: bool(a <= b),
    ">": lambda a, b: bool(a > b),
    ">=": lambda a, b: bool(a >= b),
}


class _Evaluator:
    def __init__(self, values: Mapping[str, Any], current: Any) -> None:
        self.values = values
        self.current = current

    def visit(self, node: Tree[Token] | Token) -> Any:
        data = getattr(node, "data", None)
        if data is None:  # pragma: no cover - a token: the grammar always wraps them
            return str(node)
        return getattr(self, data)(node.children)  # type: ignore[union-attr]

    # literals and references
    def number(self, children: list[Token]) -> float | int:
        text = str(children[0])
        return float(text) if "." in text else int(text)

    def string(self, children: list[Token]) -> str:
        return str(children[0])[1:-1]

    def true(self, _: list[Any]) -> bool:
        return True

    def false(self, _: list[Any]) -> bool:
        return False

    def null(self, _: list[Any]) -> None:
        return None

    def ref(self, children: list[Token]) -> Any:
        return self.values.get(str(children[0])[2:-1])

    def self_(self, _: list[Any]) -> Any:
        return self.current

    # logic
    def or_(self, children: list[Tree[Token]]) -> bool:
        return any(_truthy(self.visit(c)) for c in children)

    def and_(self, children: list[Tree[Token]]) -> bool:
        return all(_truthy(self.visit(c)) for c in children)

    def not_(self, children: list[Tree[Token]]) -> bool:
        return not _truthy(self.visit(children[0]))

    def compare(self, children: list[Any]) -> bool:
        left, op, right = self.visit(children[0]), str(children[1]), self.visit(children[2])
        if left is None or right is None:
            return (op == "=" and left is right) or (op == "!=" and (left is None) != (right is None))
        if isinstance(left, list):  # a multiple choice compared to a code: "is that code selected"
            return (right in left) if op == "=" else (right not in left) if op == "!=" else False
        if not _comparable(left, right):
            return op == "!="
        return _COMPARE[op](left, right)

    def in_(self, children: list[Any]) -> bool:
        value = self.visit(children[0])
        options = [self.visit(c) for c in children[1:]]
        if isinstance(value, list):
            return any(v in options for v in value)
        return value in options

    def neg(self, children: list[Any]) -> Any:
        value = self.visit(children[0])
        return -value if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    def arith(self, children: list[Any]) -> Any:
        result = self.visit(children[0])
        for i in range(1, len(children), 2):
            op, operand = str(children[i]), self.visit(children[i + 1])
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (result, operand)):
                return None
            if op == "+":
                result = result + operand
            elif op == "-":
                result = result - operand
            elif op == "*":
                result = result * operand
            else:
                result = None if operand == 0 else result / operand
        return result

    def call(self, children: list[Any]) -> Any:
        name = str(children[0])
        args = [self.visit(c) for c in children[1:] if c is not None]
        if name == "answered":
            return _truthy(args[0]) or isinstance(args[0], (int, float))
        if name == "count":
            return len(args[0]) if isinstance(args[0], list) else (0 if args[0] is None else 1)
        if name == "length":
            return len(args[0]) if isinstance(args[0], (str, list)) else 0
        # selected(x, code)
        value, code = args
        return code in value if isinstance(value, list) else value == code


# -- the canonical text of an expression ---------------------------------------------------------

#: How tightly each kind of node binds (higher binds tighter): a child that binds less tightly than its
#: place needs is printed in parentheses.
_BINDS_OR, _BINDS_AND, _BINDS_NOT, _BINDS_COMPARE, _BINDS_SUM, _BINDS_PRODUCT, _BINDS_NEG, _BINDS_ATOM = range(1, 9)


def canonical(source: str) -> str:
    """`source` written one way: what two expressions that mean the same share (raises `ExpressionError`).

    Whitespace, redundant parentheses and quote style do not count: ``${a}='yes'`` and
    ``( ${a} = "yes" )`` both read ``${a} = 'yes'``.  Chains of ``and`` (and of ``or``) are
    flattened, numbers lose trailing zeros (``1.50`` is ``1.5``, ``2.0`` is ``2``: they compare
    equal); the order of operands is kept (``a and b`` is not ``b and a``: the text says what the
    author wrote, and order never changes a result here only by accident of evaluation).
    """
    return _printed(parse(source).tree)[0]


def _printed(node: Any) -> tuple[str, int]:
    """The node's text and how tightly it binds."""
    data = node.data
    children = [c for c in node.children if c is not None]
    if data in ("or_", "and_"):
        level, word = (_BINDS_OR, " or ") if data == "or_" else (_BINDS_AND, " and ")
        parts: list[str] = []
        for child in children:
            if getattr(child, "data", None) == data:  # (a and b) and c is a and b and c
                parts.extend(_wrapped(c, level + 1) for c in child.children if c is not None)
            else:
                parts.append(_wrapped(child, level + 1))
        return word.join(parts), level
    if data == "not_":
        # ``not a = 'x'`` means not (a = 'x'), but few readers would bet on it: anything but an
        # atom or a call is written in parentheses
        return f"not {_wrapped(children[0], _BINDS_ATOM)}", _BINDS_NOT
    if data == "compare":
        left, op, right = children
        return f"{_wrapped(left, _BINDS_SUM)} {op} {_wrapped(right, _BINDS_SUM)}", _BINDS_COMPARE
    if data == "in_":
        options = ", ".join(_printed(c)[0] for c in children[1:])
        return f"{_wrapped(children[0], _BINDS_SUM)} in ({options})", _BINDS_COMPARE
    if data == "arith":
        level = _BINDS_SUM if str(children[1]) in "+-" else _BINDS_PRODUCT
        text = _wrapped(children[0], level)
        for i in range(1, len(children), 2):  # a - (b - c) keeps its parentheses: only the first operand may be a peer
            text += f" {children[i]} {_wrapped(children[i + 1], level + 1)}"
        return text, level
    if data == "neg":
        return f"-{_wrapped(children[0], _BINDS_NEG)}", _BINDS_NEG
    if data == "number":
        whole, _, fraction = str(children[0]).partition(".")  # as text: exact however long
        fraction = fraction.rstrip("0")
        return str(int(whole)) + (f".{fraction}" if fraction else ""), _BINDS_ATOM
    if data == "string":
        text = str(children[0])[1:-1]
        return (f'"{text}"' if "'" in text else f"'{text}'"), _BINDS_ATOM  # the grammar has no escapes
    if data in ("true", "false", "null"):
        return data, _BINDS_ATOM
    if data == "ref":
        return str(children[0]), _BINDS_ATOM
    if data == "self_":
        return ".", _BINDS_ATOM
    if data == "call":
        name, *args = children
        return f"{name}({', '.join(_printed(a)[0] for a in args)})", _BINDS_ATOM
    raise ValueError(f"unknown expression node {data!r}")  # pragma: no cover - the grammar has no other


def _wrapped(node: Any, needed: int) -> str:
    text, level = _printed(node)
    return text if level >= needed else f"({text})"
